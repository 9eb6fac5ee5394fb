-- One row per customer who has at least one ticket.
WITH tickets AS (
    SELECT
        t.customer_id,
        count(*) AS tickets,
        count(*) FILTER (WHERE t.is_open) AS open_tickets,
        min(t.ticket_created) AS first_ticket_at,
        max(t.ticket_created) AS last_ticket_at,
        avg(t.ticket_rating) AS avg_rating
    FROM {{ ref('stg_tickets') }} AS t
    GROUP BY t.customer_id
),
contacts AS (
    SELECT
        i.customer_id,
        count(*) AS interactions,
        count(*) FILTER (WHERE i.channel = 'email') AS email_interactions,
        count(*) FILTER (WHERE i.channel = 'phone') AS phone_interactions,
        count(*) FILTER (WHERE i.channel = 'chat') AS chat_interactions,
        min(i.interaction_created) AS first_contact_at,
        max(i.interaction_created) AS last_contact_at
    FROM {{ ref('stg_interactions') }} AS i
    GROUP BY i.customer_id
)
SELECT
    c.customer_id,
    c.customer_name,
    c.country,
    t.tickets,
    t.open_tickets,
    coalesce(x.interactions, 0) AS interactions,
    coalesce(x.email_interactions, 0) AS email_interactions,
    coalesce(x.phone_interactions, 0) AS phone_interactions,
    coalesce(x.chat_interactions, 0) AS chat_interactions,
    t.first_ticket_at,
    t.last_ticket_at,
    x.first_contact_at,
    x.last_contact_at,
    t.avg_rating
FROM {{ ref('stg_customers') }} AS c
JOIN tickets AS t ON t.customer_id = c.customer_id
LEFT JOIN contacts AS x ON x.customer_id = c.customer_id
