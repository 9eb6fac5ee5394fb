-- GENERATED from dbt/models/marts/questions/q30_agent_handle_time_vs_fcr.sql: do not edit;
-- edit the model, then run `python tests/generate_analytics.py`.
-- Question: Do faster agents resolve less at first contact? Handle time against FCR,
--           escalation and rating per agent, for new hires and later.
-- Metric:   aht_avg_minutes = AVG(handle_time) of the interactions the agent HANDLED (all
--           channels together: every agent gets the same channel mix, on average);
--           of the tickets the agent OWNS (ticket_owner): fcr_pct = 100 * tickets with fcr /
--           tickets owned, escalation_pct = 100 * escalated / owned, rating_avg =
--           AVG(ticket_rating) of the rated ones.
--           tenure = the agent's tenure at the contact: 'first month' when it started
--           before start_date + 1 month, else 'later' (for an owned ticket: at its first
--           contact; a ticket without interactions counts at ticket_created). 'all' = both.
--           Agents hired before the data starts have no 'first month' row.
-- Uses:     analytics.int_tickets, analytics.stg_interactions, analytics.stg_users
-- Needs:    a loaded database, and the views from 00_views.sql (run it first, once).
-- Run:      psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/00_views.sql
--           psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/30_agent_handle_time_vs_fcr.sql
WITH handled AS (
    SELECT
        i.agent_id,
        i.interaction_created < u.start_date + interval '1 month' AS first_month,
        count(*) AS interactions_handled,
        sum(i.handle_time_minutes) AS handle_time_minutes
    FROM analytics.stg_interactions AS i
    JOIN analytics.stg_users AS u ON u.agent_id = i.agent_id
    GROUP BY 1, 2
),
owned AS (
    SELECT
        t.owner_id AS agent_id,
        coalesce(t.first_response_at, t.ticket_created) < u.start_date + interval '1 month'
            AS first_month,
        count(*) AS tickets_owned,
        count(*) FILTER (WHERE t.fcr) AS fcr_tickets,
        count(*) FILTER (WHERE t.escalated) AS escalated_tickets,
        count(t.ticket_rating) AS rated_tickets,
        sum(t.ticket_rating) AS rating_sum
    FROM analytics.int_tickets AS t
    JOIN analytics.stg_users AS u ON u.agent_id = t.owner_id
    GROUP BY 1, 2
),
agent_tenure AS (
    SELECT
        coalesce(h.agent_id, o.agent_id) AS agent_id,
        CASE WHEN coalesce(h.first_month, o.first_month) THEN 'first month' ELSE 'later' END
            AS tenure,
        coalesce(h.interactions_handled, 0) AS interactions_handled,
        coalesce(h.handle_time_minutes, 0) AS handle_time_minutes,
        coalesce(o.tickets_owned, 0) AS tickets_owned,
        coalesce(o.fcr_tickets, 0) AS fcr_tickets,
        coalesce(o.escalated_tickets, 0) AS escalated_tickets,
        coalesce(o.rated_tickets, 0) AS rated_tickets,
        coalesce(o.rating_sum, 0) AS rating_sum
    FROM handled AS h
    FULL JOIN owned AS o ON o.agent_id = h.agent_id AND o.first_month = h.first_month
)
SELECT
    a.agent_id,
    u.agent_name,
    coalesce(a.tenure, 'all') AS tenure,
    sum(a.interactions_handled) AS interactions_handled,
    round(sum(a.handle_time_minutes) / nullif(sum(a.interactions_handled), 0), 2)
        AS aht_avg_minutes,
    sum(a.tickets_owned) AS tickets_owned,
    round(100.0 * sum(a.fcr_tickets) / nullif(sum(a.tickets_owned), 0), 1) AS fcr_pct,
    round(100.0 * sum(a.escalated_tickets) / nullif(sum(a.tickets_owned), 0), 1)
        AS escalation_pct,
    sum(a.rated_tickets) AS rated_tickets,
    round(sum(a.rating_sum)::numeric / nullif(sum(a.rated_tickets), 0), 2) AS rating_avg
FROM agent_tenure AS a
JOIN analytics.stg_users AS u ON u.agent_id = a.agent_id
GROUP BY GROUPING SETS ((a.agent_id, u.agent_name, a.tenure), (a.agent_id, u.agent_name))
ORDER BY a.agent_id, grouping(a.tenure), a.tenure;
