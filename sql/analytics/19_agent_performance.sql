-- GENERATED from dbt/models/marts/questions/q19_agent_performance.sql: do not edit;
-- edit the model, then run `python tests/generate_analytics.py`.
-- Question: How does each agent perform: volume, speed and customer ratings?
-- Metric:   interactions_handled = COUNT(interactions WHERE handled_by = agent);
--           aht_avg_minutes = AVG(handle_time) of those interactions;
--           ratings of the tickets the agent OWNS (ticket_owner): rated_tickets =
--           COUNT(ticket_rating), rating_min / rating_avg / rating_max over rated tickets;
--           fcr_pct = 100 * owned tickets with fcr / owned tickets;
--           interactions_per_shift = interactions_handled / WFM days with scheduled time > 0.
-- Uses:     analytics.int_tickets, analytics.stg_interactions, analytics.stg_users,
--           analytics.stg_wfm
-- Needs:    a loaded database, and the views from 00_views.sql (run it first, once).
-- Run:      psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/00_views.sql
--           psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/19_agent_performance.sql
WITH handled AS (
    SELECT
        i.agent_id,
        count(*) AS interactions_handled,
        avg(i.handle_time_minutes) AS aht_avg_minutes
    FROM analytics.stg_interactions AS i
    GROUP BY i.agent_id
),
owned AS (
    SELECT
        t.owner_id AS agent_id,
        count(*) AS tickets_owned,
        count(*) FILTER (WHERE t.fcr) AS fcr_tickets,
        count(t.ticket_rating) AS rated_tickets,
        min(t.ticket_rating) AS rating_min,
        avg(t.ticket_rating) AS rating_avg,
        max(t.ticket_rating) AS rating_max
    FROM analytics.int_tickets AS t
    GROUP BY t.owner_id
),
shifts AS (
    SELECT
        w.agent_id,
        count(*) FILTER (WHERE w.is_scheduled) AS shifts
    FROM analytics.stg_wfm AS w
    GROUP BY w.agent_id
)
SELECT
    u.agent_id,
    u.agent_name,
    coalesce(h.interactions_handled, 0) AS interactions_handled,
    round(h.aht_avg_minutes, 2) AS aht_avg_minutes,
    round(coalesce(h.interactions_handled, 0)::numeric / nullif(s.shifts, 0), 2)
        AS interactions_per_shift,
    coalesce(o.tickets_owned, 0) AS tickets_owned,
    round(100.0 * o.fcr_tickets / nullif(o.tickets_owned, 0), 1) AS fcr_pct,
    coalesce(o.rated_tickets, 0) AS rated_tickets,
    o.rating_min,
    round(o.rating_avg, 2) AS rating_avg,
    o.rating_max
FROM analytics.stg_users AS u
LEFT JOIN handled AS h ON h.agent_id = u.agent_id
LEFT JOIN owned AS o ON o.agent_id = u.agent_id
LEFT JOIN shifts AS s ON s.agent_id = u.agent_id
ORDER BY interactions_handled DESC, u.agent_id;
