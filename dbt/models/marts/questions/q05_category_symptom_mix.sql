-- Question: What are tickets about? Mix of symptom categories and of symptoms within them.
-- Metric:   tickets = COUNT(ticket_id) per (symptom_cat, symptom), per symptom_cat and overall
--           (GROUPING SETS; 'all' marks a subtotal);
--           pct_of_all_tickets = 100 * tickets / all tickets;
--           pct_of_category = 100 * tickets / tickets of the same symptom_cat.
WITH mix AS (
    SELECT
        t.symptom_cat,
        t.symptom,
        grouping(t.symptom_cat, t.symptom) AS level,  -- 0 symptom, 1 category, 3 overall
        count(*) AS tickets
    FROM {{ ref('int_tickets') }} AS t
    GROUP BY GROUPING SETS ((t.symptom_cat, t.symptom), (t.symptom_cat), ())
)
SELECT
    coalesce(m.symptom_cat, 'all') AS symptom_cat,
    coalesce(m.symptom, 'all') AS symptom,
    m.tickets,
    round(100.0 * m.tickets / NULLIF(max(m.tickets) FILTER (WHERE m.level = 3) OVER (), 0), 1)
        AS pct_of_all_tickets,
    round(
        100.0 * m.tickets / max(m.tickets) FILTER (WHERE m.level = 1) OVER (
            PARTITION BY m.symptom_cat
        ),
        1
    ) AS pct_of_category
FROM mix AS m
ORDER BY
    m.level = 3,
    max(m.tickets) FILTER (WHERE m.level = 1) OVER (PARTITION BY m.symptom_cat) DESC,
    m.symptom_cat,
    m.level DESC,
    m.tickets DESC,
    m.symptom
