-- Question: How often are tickets escalated to the second line, and what does it cost in
--           resolution time?
-- Metric:   escalation_pct = 100 * COUNT(escalated) / COUNT(tickets);
--           escalation_pct_of_non_fcr = 100 * COUNT(escalated) / COUNT(tickets with fcr = false)
--           (an FCR ticket is never escalated);
--           avg resolution hours ((ticket_closed - ticket_created), resolved tickets only)
--           for escalated and for non-escalated non-FCR tickets.
--           Per symptom category and overall ('all').
SELECT
    coalesce(t.symptom_cat, 'all') AS symptom_cat,
    count(*) AS tickets,
    count(*) FILTER (WHERE t.escalated) AS escalated,
    round(100.0 * count(*) FILTER (WHERE t.escalated) / NULLIF(count(*), 0), 1) AS escalation_pct,
    round(
        100.0 * count(*) FILTER (WHERE t.escalated)
        / nullif(count(*) FILTER (WHERE NOT t.fcr), 0),
        1
    ) AS escalation_pct_of_non_fcr,
    round(avg(t.resolution_hours) FILTER (WHERE t.escalated), 2) AS escalated_avg_resolution_hours,
    round(avg(t.resolution_hours) FILTER (WHERE NOT t.escalated AND NOT t.fcr), 2)
        AS other_non_fcr_avg_resolution_hours
FROM {{ ref('int_tickets') }} AS t
GROUP BY GROUPING SETS ((t.symptom_cat), ())
ORDER BY grouping(t.symptom_cat), escalation_pct DESC, t.symptom_cat
