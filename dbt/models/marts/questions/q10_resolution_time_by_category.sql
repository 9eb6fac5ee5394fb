-- Question: How long does it take to resolve a ticket, overall and by symptom category?
-- Metric:   resolution_hours = (ticket_closed - ticket_created) in hours, resolved
--           (status = 'closed') tickets only; min, avg, median (percentile_cont 0.5), p95
--           (percentile_cont 0.95), max. 'all' = every category.
--           contact_span_avg_hours is the mode.com definition (first to last message):
--           AVG(last interaction_handled - first interaction_created), same tickets.
SELECT
    coalesce(t.symptom_cat, 'all') AS symptom_cat,
    count(*) AS resolved_tickets,
    round(min(t.resolution_hours), 2) AS resolution_min_hours,
    round(avg(t.resolution_hours), 2) AS resolution_avg_hours,
    round((percentile_cont(0.5) WITHIN GROUP (ORDER BY t.resolution_hours::float8))::numeric, 2)
        AS resolution_median_hours,
    round((percentile_cont(0.95) WITHIN GROUP (ORDER BY t.resolution_hours::float8))::numeric, 2)
        AS resolution_p95_hours,
    round(max(t.resolution_hours), 2) AS resolution_max_hours,
    round(
        avg(extract(EPOCH FROM t.last_contact_handled_at - t.first_response_at) / 3600), 2
    ) AS contact_span_avg_hours
FROM {{ ref('int_tickets') }} AS t
WHERE t.is_resolved
GROUP BY GROUPING SETS ((t.symptom_cat), ())
ORDER BY grouping(t.symptom_cat), resolution_avg_hours
