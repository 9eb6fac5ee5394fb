-- Question: How is agents' paid time used: shrinkage, occupancy and utilisation, by agent and
--           month?
-- Metric:   all from WFM minutes, summed over the agent's days in the month, then divided:
--           shrinkage_pct   = 100 * (scheduled_time - available_time) / scheduled_time
--                             (breaks and absence);
--           occupancy_pct   = 100 * interactions_time / available_time
--                             (busy on contacts, after-contact work and the tickets'
--                             back-office case work included, while available);
--           utilisation_pct = 100 * productive_time / paid_time
--                             (interactions plus meetings, training and admin, per paid minute).
--           Rows per (agent, month) and a total per agent (month = 'all').
--           The first and last months are partial months of data.
SELECT
    a.agent_id,
    a.agent_name,
    coalesce({{ format_date('a.month', 'YYYY-MM') }}, 'all') AS month,
    count(*) FILTER (WHERE a.is_scheduled) AS shifts,
    round(sum(a.paid_minutes) / 60.0, 1) AS paid_hours,
    round(100.0 * sum(a.shrinkage_minutes) / nullif(sum(a.scheduled_minutes), 0), 1)
        AS shrinkage_pct,
    round(100.0 * sum(a.interactions_minutes) / nullif(sum(a.available_minutes), 0), 1)
        AS occupancy_pct,
    round(100.0 * sum(a.productive_minutes) / nullif(sum(a.paid_minutes), 0), 1)
        AS utilisation_pct,
    sum(a.interactions_handled) AS interactions_handled
FROM {{ ref('fct_agent_daily') }} AS a
GROUP BY GROUPING SETS ((a.agent_id, a.agent_name, a.month), (a.agent_id, a.agent_name))
ORDER BY a.agent_id, grouping(a.month), a.month
