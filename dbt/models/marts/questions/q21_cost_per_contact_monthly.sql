-- Question: What does one contact cost, month by month?
-- Metric:   cost_per_contact_eur = SUM(hourly_rate_eur * paid_time / 60) / COUNT(interactions
--           handled), per month, over all agents: paid time, not only handling time, so
--           shrinkage, idle time and other work are part of the cost of a contact.
--           Agent pay only (no overhead). interactions_per_paid_hour is the same ratio
--           turned around. The first and last months are partial; 'all' is the whole period.
SELECT
    coalesce({{ format_date('a.month', 'YYYY-MM') }}, 'all') AS month,
    count(DISTINCT a.agent_id) FILTER (WHERE a.is_scheduled) AS agents_on_shift,
    round(sum(a.paid_minutes) / 60.0, 1) AS paid_hours,
    round(sum(a.paid_cost_eur), 2) AS paid_cost_eur,
    sum(a.interactions_handled) AS interactions_handled,
    round(sum(a.paid_cost_eur) / nullif(sum(a.interactions_handled), 0), 2)
        AS cost_per_contact_eur,
    round(sum(a.interactions_handled) / nullif(sum(a.paid_minutes) / 60.0, 0), 3)
        AS interactions_per_paid_hour
FROM {{ ref('fct_agent_daily') }} AS a
GROUP BY GROUPING SETS ((a.month), ())
ORDER BY grouping(a.month), a.month
