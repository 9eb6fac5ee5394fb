-- One row per customer.
SELECT
    c.id AS customer_id,
    c.name AS customer_name,
    c.email,
    c.phone,
    c.country
FROM {{ source('support', 'customers') }} AS c
