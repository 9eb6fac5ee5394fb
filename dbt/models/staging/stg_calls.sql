-- One row per call in the phone queue, answered or abandoned.
SELECT
    c.id AS queue_contact_id,
    c.initialized,
    c.answered,
    c.abandoned,
    c.is_abandoned,
    c.interaction_id,
    c.initialized::date AS day,
    extract(EPOCH FROM coalesce(c.answered, c.abandoned) - c.initialized) AS wait_seconds
FROM {{ source('support', 'calls') }} AS c
