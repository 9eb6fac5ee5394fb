-- fct_tickets_daily counts every ticket once on the day it was created and every closed
-- ticket once on the day it was closed: no day of the data is missing from the calendar.
WITH facts AS (
    SELECT sum(d.tickets_created) AS created, sum(d.tickets_closed) AS closed
    FROM {{ ref('fct_tickets_daily') }} AS d
),
tickets AS (
    SELECT count(*) AS created, count(*) FILTER (WHERE t.is_resolved) AS closed
    FROM {{ ref('stg_tickets') }} AS t
)
SELECT f.created, t.created AS tickets, f.closed, t.closed AS closed_tickets
FROM facts AS f, tickets AS t
WHERE f.created <> t.created OR f.closed <> t.closed
