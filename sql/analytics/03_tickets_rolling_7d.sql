-- GENERATED from dbt/models/marts/questions/q03_tickets_rolling_7d.sql: do not edit;
-- edit the model, then run `python tests/generate_analytics.py`.
-- Question: What is the trend of daily ticket volume and first response time, smoothed over
--           7 days?
-- Metric:   tickets_7d_avg = AVG(tickets_created) over the day and the 6 days before it,
--           zero-volume days included (the calendar is zero-filled);
--           frt_7d_avg_minutes = SUM(first_response_minutes) / COUNT(first responses) over the
--           same 7 days (ticket-weighted, not an average of daily averages).
--           The first 6 days have a shorter window (days_in_window < 7).
--           First response minutes = first interaction_created - ticket_created.
-- Uses:     analytics.fct_tickets_daily
-- Needs:    a loaded database, and the views from 00_views.sql (run it first, once).
-- Run:      psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/00_views.sql
--           psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/03_tickets_rolling_7d.sql
SELECT
    d.day,
    d.tickets_created,
    count(*) OVER w AS days_in_window,
    round(avg(d.tickets_created) OVER w, 2) AS tickets_7d_avg,
    round(sum(d.first_response_minutes_sum) OVER w / nullif(sum(d.first_responses) OVER w, 0), 2)
        AS frt_7d_avg_minutes
FROM analytics.fct_tickets_daily AS d
WINDOW w AS (ORDER BY d.day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW)
ORDER BY d.day;
