-- One row per calendar day, zero-filled: tickets created that day (and what became of them),
-- and tickets closed that day.
WITH created AS (
    SELECT
        t.created_day AS day,
        count(*) AS tickets_created,
        count(*) FILTER (WHERE t.is_resolved) AS created_and_resolved,
        count(*) FILTER (WHERE t.fcr) AS created_fcr,
        count(*) FILTER (WHERE t.escalated) AS created_escalated,
        sum(t.first_response_minutes) AS first_response_minutes_sum,
        count(t.first_response_minutes) AS first_responses
    FROM {{ ref('int_tickets') }} AS t
    GROUP BY t.created_day
),
closed AS (
    SELECT
        t.closed_day AS day,
        count(*) AS tickets_closed,
        sum(t.resolution_hours) AS resolution_hours_sum
    FROM {{ ref('int_tickets') }} AS t
    WHERE t.is_resolved
    GROUP BY t.closed_day
)
SELECT
    d.day,
    d.week_start,
    d.iso_week,
    d.month,
    d.is_weekend,
    coalesce(c.tickets_created, 0) AS tickets_created,
    coalesce(c.created_and_resolved, 0) AS created_and_resolved,
    coalesce(c.created_fcr, 0) AS created_fcr,
    coalesce(c.created_escalated, 0) AS created_escalated,
    coalesce(c.first_response_minutes_sum, 0) AS first_response_minutes_sum,
    coalesce(c.first_responses, 0) AS first_responses,
    coalesce(x.tickets_closed, 0) AS tickets_closed,
    coalesce(x.resolution_hours_sum, 0) AS resolution_hours_sum
FROM {{ ref('dim_date') }} AS d
LEFT JOIN created AS c ON c.day = d.day
LEFT JOIN closed AS x ON x.day = d.day
