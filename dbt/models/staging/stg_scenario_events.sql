-- One row per scenario event: the ground truth behind the tickets with an event_id.
SELECT
    e.id AS event_id,
    e.kind,
    e.name AS event_name,
    e.starts_at,
    e.ends_at,
    e.description,
    e.parameters
FROM {{ source('support', 'scenario_events') }} AS e
