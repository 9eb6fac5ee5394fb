-- GENERATED from dbt/models/marts/questions/q12_backlog_weekly.sql: do not edit;
-- edit the model, then run `python tests/generate_analytics.py`.
-- Question: How many tickets are open at the end of each week (the backlog), and is it
--           growing?
-- Metric:   backlog at the end of ISO week W (week end = the next Monday 00:00 UTC) =
--           COUNT(tickets WHERE ticket_created < week end
--                           AND (ticket_closed IS NULL OR ticket_closed >= week end)).
--           Computed as running SUM(created) - running SUM(closed) over the zero-filled
--           calendar, which is the same count because ticket_closed >= ticket_created, and
--           scales linearly. The last week is partial: its backlog is as of the end of
--           as_of_day, the last day of data, and equals the tickets not closed at all.
-- Uses:     analytics.fct_tickets_daily
-- Needs:    a loaded database, and the views from 00_views.sql (run it first, once).
-- Run:      psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/00_views.sql
--           psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/12_backlog_weekly.sql
WITH daily AS (
    SELECT
        d.day,
        d.week_start,
        d.iso_week,
        d.tickets_created,
        d.tickets_closed,
        sum(d.tickets_created - d.tickets_closed) OVER (ORDER BY d.day) AS backlog_at_day_end
    FROM analytics.fct_tickets_daily AS d
)
SELECT
    d.iso_week,
    d.week_start,
    max(d.day) AS as_of_day,
    sum(d.tickets_created) AS created_in_week,
    sum(d.tickets_closed) AS closed_in_week,
    (array_agg(d.backlog_at_day_end ORDER BY d.day DESC))[1] AS backlog_at_week_end
FROM daily AS d
GROUP BY d.iso_week, d.week_start
ORDER BY d.week_start;
