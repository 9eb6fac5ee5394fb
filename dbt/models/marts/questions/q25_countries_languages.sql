-- Question: Where do our customers come from, and in which languages do we support them?
-- Metric:   one block of rows per country (the customer's) and one per language (the
--           ticket's), then the total ('all'):
--           registered_customers = COUNT(customers) of the country (with or without tickets);
--           customers = COUNT(DISTINCT customer_id) over the tickets of the group;
--           tickets = COUNT(tickets), pct_of_tickets = 100 * tickets / all tickets;
--           tickets_per_customer = tickets / customers.
--           In this dataset the language follows the country (UK and Netherlands english,
--           France and Belgium french, Germany and Austria german).
WITH grouped AS (
    SELECT
        CASE
            WHEN grouping(c.country) = 0 THEN 'country'
            WHEN grouping(t.language) = 0 THEN 'language'
            ELSE 'all'
        END AS dimension,
        coalesce(c.country, t.language, 'all') AS value,
        count(DISTINCT t.customer_id) AS customers,
        count(*) AS tickets
    FROM {{ ref('int_tickets') }} AS t
    JOIN {{ ref('stg_customers') }} AS c ON c.customer_id = t.customer_id
    GROUP BY GROUPING SETS ((c.country), (t.language), ())
),
registered AS (
    SELECT
        c.country,
        count(*) AS registered_customers
    FROM {{ ref('stg_customers') }} AS c
    GROUP BY c.country
)
SELECT
    g.dimension,
    g.value,
    CASE g.dimension
        WHEN 'country' THEN r.registered_customers
        WHEN 'all' THEN (SELECT count(*) FROM {{ ref('stg_customers') }})
    END AS registered_customers,
    g.customers,
    g.tickets,
    round(
        100.0 * g.tickets / NULLIF(max(g.tickets) FILTER (WHERE g.dimension = 'all') OVER (), 0), 1
    )
        AS pct_of_tickets,
    round(g.tickets::numeric / NULLIF(g.customers, 0), 2) AS tickets_per_customer
FROM grouped AS g
LEFT JOIN registered AS r ON g.dimension = 'country' AND r.country = g.value
ORDER BY
    CASE g.dimension WHEN 'country' THEN 1 WHEN 'language' THEN 2 ELSE 3 END,
    g.tickets DESC,
    g.value
