-- GENERATED from dbt/models/marts/questions/q01_tickets_per_day.sql: do not edit;
-- edit the model, then run `python tests/generate_analytics.py`.
-- Question: How many tickets are created per day (and how many are closed)?
-- Metric:   tickets_created = COUNT(ticket_id) GROUP BY ticket_created::date (UTC day);
--           tickets_closed  = COUNT(ticket_id) GROUP BY ticket_closed::date.
--           Every calendar day of the data is listed, days without tickets with 0, so
--           SUM(tickets_created) = COUNT(*) FROM tickets.
-- Uses:     analytics.fct_tickets_daily
-- Needs:    a loaded database, and the views from 00_views.sql (run it first, once).
-- Run:      psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/00_views.sql
--           psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/01_tickets_per_day.sql
SELECT
    d.day,
    to_char(d.day, 'Dy') AS weekday,
    d.tickets_created,
    d.tickets_closed
FROM analytics.fct_tickets_daily AS d
ORDER BY d.day;
