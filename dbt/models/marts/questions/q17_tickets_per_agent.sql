-- Question: How many tickets does each agent deal with?
-- Metric:   tickets_owned = COUNT(tickets WHERE ticket_owner = agent);
--           tickets_handled = COUNT(DISTINCT ticket_id) over the interactions the agent
--           handled (the mode.com definition: every ticket the agent worked on);
--           pct_of_tickets_owned = 100 * tickets_owned / all tickets;
--           open_tickets_owned = owned tickets not yet closed (status new or open).
WITH owned AS (
    SELECT
        t.owner_id AS agent_id,
        count(*) AS tickets_owned,
        count(*) FILTER (WHERE t.is_open) AS open_tickets_owned
    FROM {{ ref('int_tickets') }} AS t
    GROUP BY t.owner_id
),
handled AS (
    SELECT
        i.agent_id,
        count(DISTINCT i.ticket_id) AS tickets_handled
    FROM {{ ref('stg_interactions') }} AS i
    GROUP BY i.agent_id
)
SELECT
    u.agent_id,
    u.agent_name,
    u.start_date,
    coalesce(o.tickets_owned, 0) AS tickets_owned,
    coalesce(h.tickets_handled, 0) AS tickets_handled,
    round(100.0 * coalesce(o.tickets_owned, 0) / sum(coalesce(o.tickets_owned, 0)) OVER (), 1)
        AS pct_of_tickets_owned,
    coalesce(o.open_tickets_owned, 0) AS open_tickets_owned
FROM {{ ref('stg_users') }} AS u
LEFT JOIN owned AS o ON o.agent_id = u.agent_id
LEFT JOIN handled AS h ON h.agent_id = u.agent_id
ORDER BY tickets_owned DESC, u.agent_id
