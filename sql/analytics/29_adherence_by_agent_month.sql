-- GENERATED from dbt/models/marts/questions/q29_adherence_by_agent_month.sql: do not edit;
-- edit the model, then run `python tests/generate_analytics.py`.
-- Question: Do agents keep to the rota: absence, overtime and work inside the shift, by agent
--           and month?
-- Metric:   from WFM, per agent and month of `date`:
--           rostered_days   = days with scheduled_time > 0 (shift_start / shift_end set);
--           absent_days     = rostered days with available_time = 0 (sickness, leave);
--           absence_pct     = 100 * absent_days / rostered_days;
--           overtime_minutes = SUM(paid_time - scheduled_time), overtime_days = days with
--                             paid_time > scheduled_time (contacts run past the shift end);
--           from interactions, per handling agent and month of `interaction_created`:
--           in_shift_pct    = 100 * interactions with shift_start <= interaction_created
--                             < shift_end of the agent's WFM row for that day
--                             / interactions handled. An interaction on a day off or an
--                             absent day's shift counts as outside or inside as its times say.
--           Shifts lie within one calendar day (the centre's day runs from the earliest
--           opening to the latest closing), so each interaction is matched to the WFM row
--           of its own day. Rows per (agent, month); month = 'all' per agent; agent_name =
--           'all' is the whole centre.
-- Uses:     analytics.stg_interactions, analytics.stg_users, analytics.stg_wfm
-- Needs:    a loaded database, and the views from 00_views.sql (run it first, once).
-- Run:      psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/00_views.sql
--           psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/29_adherence_by_agent_month.sql
WITH rota AS (
    SELECT
        w.agent_id,
        w.month,
        count(*) FILTER (WHERE w.is_scheduled) AS rostered_days,
        count(*) FILTER (WHERE w.is_absent) AS absent_days,
        sum(w.overtime_minutes) AS overtime_minutes,
        count(*) FILTER (WHERE w.overtime_minutes > 0) AS overtime_days
    FROM analytics.stg_wfm AS w
    GROUP BY w.agent_id, w.month
),
handled AS (
    SELECT
        i.agent_id,
        date_trunc('month', i.created_day)::date AS month,
        count(*) AS interactions_handled,
        count(*) FILTER (
            WHERE i.interaction_created >= w.shift_start AND i.interaction_created < w.shift_end
        ) AS interactions_in_shift
    FROM analytics.stg_interactions AS i
    LEFT JOIN analytics.stg_wfm AS w ON w.agent_id = i.agent_id AND w.day = i.created_day
    GROUP BY i.agent_id, date_trunc('month', i.created_day)
),
agent_month AS (
    SELECT
        coalesce(r.agent_id, h.agent_id) AS agent_id,
        coalesce(r.month, h.month) AS month,
        coalesce(r.rostered_days, 0) AS rostered_days,
        coalesce(r.absent_days, 0) AS absent_days,
        coalesce(r.overtime_minutes, 0) AS overtime_minutes,
        coalesce(r.overtime_days, 0) AS overtime_days,
        coalesce(h.interactions_handled, 0) AS interactions_handled,
        coalesce(h.interactions_in_shift, 0) AS interactions_in_shift
    FROM rota AS r
    FULL JOIN handled AS h ON h.agent_id = r.agent_id AND h.month = r.month
)
SELECT
    a.agent_id,
    coalesce(u.agent_name, 'all') AS agent_name,
    coalesce(to_char(a.month, 'YYYY-MM'), 'all') AS month,
    sum(a.rostered_days) AS rostered_days,
    sum(a.absent_days) AS absent_days,
    round(100.0 * sum(a.absent_days) / nullif(sum(a.rostered_days), 0), 1) AS absence_pct,
    sum(a.overtime_minutes) AS overtime_minutes,
    sum(a.overtime_days) AS overtime_days,
    sum(a.interactions_handled) AS interactions_handled,
    sum(a.interactions_in_shift) AS interactions_in_shift,
    round(100.0 * sum(a.interactions_in_shift) / nullif(sum(a.interactions_handled), 0), 1)
        AS in_shift_pct
FROM agent_month AS a
JOIN analytics.stg_users AS u ON u.agent_id = a.agent_id
GROUP BY GROUPING SETS ((a.agent_id, u.agent_name, a.month), (a.agent_id, u.agent_name), ())
ORDER BY grouping(a.agent_id), a.agent_id, grouping(a.month), a.month;
