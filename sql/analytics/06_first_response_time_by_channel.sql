-- GENERATED from dbt/models/marts/questions/q06_first_response_time_by_channel.sql: do not edit;
-- edit the model, then run `python tests/generate_analytics.py`.
-- Question: How fast do customers get a first response, by channel?
-- Metric:   first_response_minutes = (first interaction_created of the ticket) - ticket_created,
--           in minutes. ticket_created is when the customer first reached us and the first
--           interaction starts when an agent answers, so this is the wait for the first answer
--           (for phone and chat it equals the first contact's queue wait).
--           avg, median = percentile_cont(0.5), p95 = percentile_cont(0.95), max;
--           per channel = tickets.origin (the first contact's channel), and overall ('all').
-- Uses:     analytics.int_tickets
-- Needs:    a loaded database, and the views from 00_views.sql (run it first, once).
-- Run:      psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/00_views.sql
--           psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/06_first_response_time_by_channel.sql
SELECT
    coalesce(t.origin, 'all') AS channel,
    count(t.first_response_minutes) AS tickets,
    round(avg(t.first_response_minutes), 2) AS frt_avg_minutes,
    round(
        (percentile_cont(0.5) WITHIN GROUP (ORDER BY t.first_response_minutes::float8))::numeric, 2
    ) AS frt_median_minutes,
    round(
        (percentile_cont(0.95) WITHIN GROUP (ORDER BY t.first_response_minutes::float8))::numeric, 2
    ) AS frt_p95_minutes,
    round(max(t.first_response_minutes), 2) AS frt_max_minutes
FROM analytics.int_tickets AS t
GROUP BY GROUPING SETS ((t.origin), ())
ORDER BY grouping(t.origin), frt_avg_minutes;
