-- GENERATED from dbt/models/marts/questions/q11_resolution_time_monthly.sql: do not edit;
-- edit the model, then run `python tests/generate_analytics.py`.
-- Question: Is resolution getting faster or slower from month to month?
-- Metric:   per month of ticket_created (UTC): tickets created, resolved (status = 'closed'),
--           resolved_pct = 100 * resolved / created, and for the resolved ones
--           resolution_hours = (ticket_closed - ticket_created) in hours: min, avg,
--           median (percentile_cont 0.5), max.
--           Caveat: the last months are right-censored: their slow tickets are still open,
--           so their resolved_pct is lower and their resolution time looks shorter.
--           The first and last months are partial months of data.
-- Uses:     analytics.int_tickets
-- Needs:    a loaded database, and the views from 00_views.sql (run it first, once).
-- Run:      psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/00_views.sql
--           psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/11_resolution_time_monthly.sql
SELECT
    to_char(t.created_month, 'YYYY-MM') AS month,
    count(*) AS tickets_created,
    count(*) FILTER (WHERE t.is_resolved) AS resolved,
    round(100.0 * count(*) FILTER (WHERE t.is_resolved) / count(*), 1) AS resolved_pct,
    round(min(t.resolution_hours), 2) AS resolution_min_hours,
    round(avg(t.resolution_hours), 2) AS resolution_avg_hours,
    round((percentile_cont(0.5) WITHIN GROUP (ORDER BY t.resolution_hours::float8))::numeric, 2)
        AS resolution_median_hours,
    round(max(t.resolution_hours), 2) AS resolution_max_hours
FROM analytics.int_tickets AS t
GROUP BY t.created_month
ORDER BY t.created_month;
