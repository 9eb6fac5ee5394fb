-- Question: Who are our most frequent customers, and what is their contact history?
-- Metric:   per customer: tickets = COUNT(tickets), interactions = COUNT(interactions) (and
--           per channel), first_contact_at / last_contact_at = MIN / MAX(interaction_created),
--           active_days = last_contact_at - first_contact_at in days, open_tickets = tickets
--           not closed, avg_rating = AVG(ticket_rating) of rated tickets.
--           The 25 customers with the most interactions (ties: most tickets, then lowest id).
SELECT
    c.customer_id,
    c.customer_name,
    c.country,
    c.tickets,
    c.open_tickets,
    c.interactions,
    c.email_interactions,
    c.phone_interactions,
    c.chat_interactions,
    c.first_contact_at,
    c.last_contact_at,
    round(extract(EPOCH FROM c.last_contact_at - c.first_contact_at) / 86400, 1) AS active_days,
    round(c.avg_rating, 2) AS avg_rating
FROM {{ ref('fct_customer_history') }} AS c
ORDER BY c.interactions DESC, c.tickets DESC, c.customer_id
LIMIT 25
