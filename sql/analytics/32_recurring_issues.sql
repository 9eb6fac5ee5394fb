-- GENERATED from dbt/models/marts/questions/q32_recurring_issues.sql: do not edit;
-- edit the model, then run `python tests/generate_analytics.py`.
-- Question: What did each scenario event bring in, symptom by symptom, and how much harder
--           were those tickets than the same category's ordinary ones?
-- Metric:   per event (name, kind, window: first and last day) and symptom: tickets with
--           that event_id; share_of_event_pct = 100 * tickets / the event's tickets;
--           fcr_pct = 100 * tickets with fcr / tickets; aht_avg_minutes = SUM(handle_time)
--           / interactions of those tickets. The ordinary_* columns are the same measures
--           over the tickets of the same symptom_cat that no event caused (event_id NULL),
--           over the whole range.
-- Uses:     analytics.int_tickets, analytics.stg_interactions, analytics.stg_scenario_events
-- Needs:    a loaded database, and the views from 00_views.sql (run it first, once).
-- Run:      psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/00_views.sql
--           psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/32_recurring_issues.sql
WITH handled AS (
    SELECT
        i.ticket_id,
        count(*) AS interactions,
        sum(i.handle_time_minutes) AS handle_time_minutes
    FROM analytics.stg_interactions AS i
    GROUP BY i.ticket_id
),
tickets AS (
    SELECT
        t.event_id,
        t.symptom_cat,
        t.symptom,
        t.fcr,
        coalesce(h.interactions, 0) AS interactions,
        coalesce(h.handle_time_minutes, 0) AS handle_time_minutes
    FROM analytics.int_tickets AS t
    LEFT JOIN handled AS h ON h.ticket_id = t.ticket_id
),
by_symptom AS (
    SELECT
        t.event_id,
        t.symptom_cat,
        t.symptom,
        count(*) AS tickets,
        count(*) FILTER (WHERE t.fcr) AS fcr_tickets,
        sum(t.interactions) AS interactions,
        sum(t.handle_time_minutes) AS handle_time_minutes
    FROM tickets AS t
    WHERE t.event_id IS NOT NULL
    GROUP BY t.event_id, t.symptom_cat, t.symptom
),
ordinary AS (
    SELECT
        t.symptom_cat,
        count(*) AS tickets,
        count(*) FILTER (WHERE t.fcr) AS fcr_tickets,
        sum(t.interactions) AS interactions,
        sum(t.handle_time_minutes) AS handle_time_minutes
    FROM tickets AS t
    WHERE t.event_id IS NULL
    GROUP BY t.symptom_cat
)
SELECT
    e.event_id,
    e.event_name,
    e.kind,
    e.starts_at::date AS first_day,
    (e.ends_at - interval '1 day')::date AS last_day,
    s.symptom_cat,
    s.symptom,
    s.tickets,
    round(100.0 * s.tickets / sum(s.tickets) OVER (PARTITION BY s.event_id), 1)
        AS share_of_event_pct,
    round(100.0 * s.fcr_tickets / s.tickets, 1) AS fcr_pct,
    round(100.0 * o.fcr_tickets / nullif(o.tickets, 0), 1) AS ordinary_fcr_pct,
    round(s.handle_time_minutes / nullif(s.interactions, 0), 2) AS aht_avg_minutes,
    round(o.handle_time_minutes / nullif(o.interactions, 0), 2) AS ordinary_aht_avg_minutes
FROM by_symptom AS s
JOIN analytics.stg_scenario_events AS e ON e.event_id = s.event_id
LEFT JOIN ordinary AS o ON o.symptom_cat = s.symptom_cat
ORDER BY e.starts_at, e.event_id, s.tickets DESC, s.symptom_cat, s.symptom;
