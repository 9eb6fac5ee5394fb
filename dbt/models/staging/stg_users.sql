-- One row per agent.
SELECT
    u.id AS agent_id,
    u.first_name || ' ' || u.last_name AS agent_name,
    u.fte,
    u.position,
    u.start_date,
    u.status,
    u.hourly_rate_eur
FROM {{ source('support', 'users') }} AS u
