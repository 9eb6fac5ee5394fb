-- Question: What is the average handle time (AHT) by channel and by symptom category?
-- Metric:   AHT = AVG(interactions.handle_time), minutes (the agent's time on the contact,
--           interaction_created to interaction_handled; after-contact work is not in it).
--           Also median (percentile_cont 0.5) and p95 (percentile_cont 0.95).
--           Grouped by (channel, category), by channel, by category and overall; 'all' marks
--           a subtotal. The category is the ticket's symptom_cat.
SELECT
    coalesce(i.channel, 'all') AS channel,
    coalesce(t.symptom_cat, 'all') AS symptom_cat,
    count(*) AS interactions,
    round(avg(i.handle_time_minutes), 2) AS aht_avg_minutes,
    round((percentile_cont(0.5) WITHIN GROUP (ORDER BY i.handle_time_minutes::float8))::numeric, 2)
        AS aht_median_minutes,
    round((percentile_cont(0.95) WITHIN GROUP (ORDER BY i.handle_time_minutes::float8))::numeric, 2)
        AS aht_p95_minutes
FROM {{ ref('stg_interactions') }} AS i
JOIN {{ ref('int_tickets') }} AS t ON t.ticket_id = i.ticket_id
GROUP BY GROUPING SETS ((i.channel, t.symptom_cat), (i.channel), (t.symptom_cat), ())
ORDER BY grouping(i.channel), i.channel, grouping(t.symptom_cat), t.symptom_cat
