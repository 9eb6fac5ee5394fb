-- Seed 004, first response time range: non-negative and at most 7 days (10,080 minutes),
-- for every ticket that has a first response. Returns the tickets outside the range.
SELECT
    t.ticket_id,
    t.origin,
    t.ticket_created,
    t.first_response_at,
    t.first_response_minutes
FROM {{ ref('int_tickets') }} AS t
WHERE t.first_response_minutes < 0 OR t.first_response_minutes > 7 * 24 * 60
