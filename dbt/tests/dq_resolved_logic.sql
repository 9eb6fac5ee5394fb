-- Seed 004, resolved logic: a resolved (closed) ticket has a closing time, not before its
-- creation; an unresolved one has none. Returns the tickets that break it.
SELECT
    t.ticket_id,
    t.status,
    t.ticket_created,
    t.ticket_closed
FROM {{ ref('stg_tickets') }} AS t
WHERE
    (t.is_resolved AND (t.ticket_closed IS NULL OR t.ticket_closed < t.ticket_created))
    OR (NOT t.is_resolved AND t.ticket_closed IS NOT NULL)
