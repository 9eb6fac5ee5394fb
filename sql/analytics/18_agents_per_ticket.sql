-- GENERATED from dbt/models/marts/questions/q18_agents_per_ticket.sql: do not edit;
-- edit the model, then run `python tests/generate_analytics.py`.
-- Question: How many agents are involved in a ticket? (distribution)
-- Metric:   agents_involved = COUNT(DISTINCT interactions.handled_by) per ticket;
--           tickets = COUNT(tickets) per agents_involved; pct_of_tickets = 100 * tickets / all;
--           resolved_tickets = those with status = 'closed' (the mode.com report counts only
--           resolved tickets); avg_contacts = AVG(interactions per ticket) in the group.
-- Uses:     analytics.int_tickets
-- Needs:    a loaded database, and the views from 00_views.sql (run it first, once).
-- Run:      psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/00_views.sql
--           psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/18_agents_per_ticket.sql
SELECT
    t.agents_involved,
    count(*) AS tickets,
    round(100.0 * count(*) / sum(count(*)) OVER (), 1) AS pct_of_tickets,
    count(*) FILTER (WHERE t.is_resolved) AS resolved_tickets,
    round(avg(t.contacts), 2) AS avg_contacts
FROM analytics.int_tickets AS t
GROUP BY t.agents_involved
ORDER BY t.agents_involved;
