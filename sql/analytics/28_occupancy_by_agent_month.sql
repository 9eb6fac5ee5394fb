-- GENERATED from dbt/models/marts/questions/q28_occupancy_by_agent_month.sql: do not edit;
-- edit the model, then run `python tests/generate_analytics.py`.
-- Question: How busy are agents while available: occupancy by agent and month, and the
--           centre's occupancy by month?
-- Metric:   occupancy_pct = 100 * SUM(interactions_time) / SUM(available_time), both WFM
--           minutes summed over PRESENT days (available_time > 0: rostered and not absent;
--           days off and absent days have no available time and are left out, so they
--           dilute nothing). interactions_time = handle time + after-contact work + case work.
--           present_days = days counted; the model's target is about 70 % on average, higher
--           on busy days. Rows per (agent, month); agent_name = 'all' is the whole centre
--           per month; month = 'all' is the agent's (or the centre's) whole range. The first
--           and last months are partial months of data.
-- Uses:     analytics.stg_users, analytics.stg_wfm
-- Needs:    a loaded database, and the views from 00_views.sql (run it first, once).
-- Run:      psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/00_views.sql
--           psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/28_occupancy_by_agent_month.sql
SELECT
    w.agent_id,
    coalesce(u.agent_name, 'all') AS agent_name,
    coalesce(to_char(w.month, 'YYYY-MM'), 'all') AS month,
    count(*) AS present_days,
    round(sum(w.available_minutes) / 60.0, 1) AS available_hours,
    round(sum(w.interactions_minutes) / 60.0, 1) AS interactions_hours,
    round(100.0 * sum(w.interactions_minutes) / sum(w.available_minutes), 1) AS occupancy_pct
FROM analytics.stg_wfm AS w
JOIN analytics.stg_users AS u ON u.agent_id = w.agent_id
WHERE w.available_minutes > 0
GROUP BY GROUPING SETS (
    (w.agent_id, u.agent_name, w.month), (w.agent_id, u.agent_name), (w.month), ()
)
ORDER BY grouping(w.agent_id), w.agent_id, grouping(w.month), w.month;
