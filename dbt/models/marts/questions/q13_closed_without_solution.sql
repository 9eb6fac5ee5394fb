-- Question: How many tickets are closed without a solution?
-- Metric:   This dataset has no such status (status is new / open / closed, and every closed
--           ticket counts as resolved), so this file reports a documented PROXY:
--             closed_dissatisfied = closed tickets whose customer rated them 1 or 2 (the
--             bottom two of five: the customer says the closure did not solve the problem).
--           Only about a third of closed tickets are rated, so two rates are shown:
--             dissatisfied_pct_of_closed = 100 * closed_dissatisfied / closed tickets
--               (a lower bound: unrated tickets count as solved), and
--             dissatisfied_pct_of_rated = 100 * closed_dissatisfied / rated closed tickets
--               (the estimate, assuming raters are representative).
--           Secondary proxy, independent of ratings:
--             recontact_7d = closed tickets whose customer opened another ticket within
--             7 days after ticket_closed (the problem may have come back).
--           Per symptom category and overall ('all').
WITH recontacted AS (
    -- A join rather than a correlated EXISTS: it hashes on customer_id and stays linear.
    SELECT DISTINCT t.ticket_id
    FROM {{ ref('int_tickets') }} AS t
    JOIN {{ ref('int_tickets') }} AS n
        ON
            n.customer_id = t.customer_id
            AND n.ticket_created > t.ticket_closed
            AND n.ticket_created <= t.ticket_closed + interval '7 days'
    WHERE t.is_resolved
),
closed AS (
    SELECT
        t.symptom_cat,
        t.ticket_rating,
        r.ticket_id IS NOT NULL AS recontacted_7d
    FROM {{ ref('int_tickets') }} AS t
    LEFT JOIN recontacted AS r ON r.ticket_id = t.ticket_id
    WHERE t.is_resolved
)
SELECT
    coalesce(c.symptom_cat, 'all') AS symptom_cat,
    count(*) AS closed_tickets,
    count(c.ticket_rating) AS rated_closed,
    count(*) FILTER (WHERE c.ticket_rating <= 2) AS closed_dissatisfied,
    round(100.0 * count(*) FILTER (WHERE c.ticket_rating <= 2) / NULLIF(count(*), 0), 1)
        AS dissatisfied_pct_of_closed,
    round(
        100.0 * count(*) FILTER (WHERE c.ticket_rating <= 2) / nullif(count(c.ticket_rating), 0),
        1
    ) AS dissatisfied_pct_of_rated,
    count(*) FILTER (WHERE c.recontacted_7d) AS recontact_7d,
    round(100.0 * count(*) FILTER (WHERE c.recontacted_7d) / NULLIF(count(*), 0), 1)
        AS recontact_7d_pct
FROM closed AS c
GROUP BY GROUPING SETS ((c.symptom_cat), ())
ORDER BY grouping(c.symptom_cat), dissatisfied_pct_of_rated DESC NULLS LAST, c.symptom_cat
