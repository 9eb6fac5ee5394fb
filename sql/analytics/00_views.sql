-- Analytics layer: staging and fact views in schema `analytics`, used by the question files
-- 01_*.sql .. 30_*.sql in this folder.
--
-- Layers (dbt-style, all plain views, so they always reflect the loaded tables):
--   staging  stg_users, stg_customers, stg_tickets, stg_interactions, stg_wfm,
--            stg_queue_contacts      one row per source row; units in the column names,
--                                    derived fields (is_resolved, resolution_hours,
--                                    first_response_minutes, speed_of_answer_seconds, ...)
--   dims     dim_date                one row per UTC calendar day of the data
--   facts    fct_tickets_daily, fct_interactions_by_channel_daily, fct_agent_daily,
--            fct_queue_daily, fct_customer_history
--
-- Conventions: timestamps are UTC (timestamp without time zone), so days, ISO weeks (Monday
-- start) and months are UTC too. A ticket is resolved when status = 'closed' (the dataset has
-- no other terminal status). Email speed of answer is stored in HOURS, phone and chat in
-- SECONDS; stg_interactions.speed_of_answer_seconds puts all channels in seconds.
-- stg_wfm reads wfm.shift_start / shift_end (the rota's shift, NULL on days off), so the
-- database needs the migration that adds them.
--
-- Run (idempotent, all or nothing; run it again after changing this file):
--   psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/00_views.sql
-- CREATE OR REPLACE VIEW cannot drop, rename or reorder a view's columns: after such an edit run
--   psql -d DB -c 'DROP SCHEMA IF EXISTS analytics CASCADE'   first.

BEGIN;

-- Quiet on re-runs ("schema already exists, skipping").
SET LOCAL client_min_messages = warning;

CREATE SCHEMA IF NOT EXISTS analytics;

-- --- staging --------------------------------------------------------------------------------

CREATE OR REPLACE VIEW analytics.stg_users AS
SELECT
    u.id AS agent_id,
    u.first_name || ' ' || u.last_name AS agent_name,
    u.fte,
    u.position,
    u.start_date,
    u.status,
    u.hourly_rate_eur
FROM users AS u;

CREATE OR REPLACE VIEW analytics.stg_customers AS
SELECT
    c.id AS customer_id,
    c.name AS customer_name,
    c.email,
    c.phone,
    c.country
FROM customers AS c;

CREATE OR REPLACE VIEW analytics.stg_interactions AS
SELECT
    i.interaction_id,
    i.ticket_id,
    i.customer_id,
    i.channel,
    i.handled_by AS agent_id,
    i.interaction_created,
    i.interaction_handled,
    i.interaction_created::date AS created_day,
    i.handle_time AS handle_time_minutes,
    -- The source mixes units by channel: hours for email, seconds for phone and chat.
    CASE i.channel
        WHEN 'email' THEN i.speed_of_answer * 3600
        ELSE i.speed_of_answer
    END AS speed_of_answer_seconds,
    -- 1 for the ticket's first contact, 2 for the next, ...
    row_number() OVER (
        PARTITION BY i.ticket_id ORDER BY i.interaction_created, i.interaction_id
    ) AS contact_number
FROM interactions AS i;

CREATE OR REPLACE VIEW analytics.stg_tickets AS
WITH contacts AS (
    SELECT
        i.ticket_id,
        count(*) AS contacts,
        count(DISTINCT i.handled_by) AS agents_involved,
        min(i.interaction_created) AS first_response_at,
        max(i.interaction_handled) AS last_contact_handled_at
    FROM interactions AS i
    GROUP BY i.ticket_id
)
SELECT
    t.ticket_id,
    t.customer_id,
    t.ticket_owner AS owner_id,
    t.origin,
    t.symptom_cat,
    t.symptom,
    t.product,
    t.language,
    t.status,
    t.fcr,
    t.escalated,
    t.ticket_rating,
    t.ticket_created,
    t.ticket_closed,
    t.last_interaction_time,
    t.lifecycle_hours,
    t.resolution_after_last_interaction_hours,
    t.status = 'closed' AS is_resolved,
    t.status <> 'closed' AS is_open,
    extract(EPOCH FROM t.ticket_closed - t.ticket_created) / 60 AS resolution_minutes,
    extract(EPOCH FROM t.ticket_closed - t.ticket_created) / 3600 AS resolution_hours,
    t.ticket_created::date AS created_day,
    date_trunc('week', t.ticket_created)::date AS created_week,
    to_char(t.ticket_created, 'IYYY-"W"IW') AS created_iso_week,
    date_trunc('month', t.ticket_created)::date AS created_month,
    t.ticket_closed::date AS closed_day,
    -- First response: the first interaction starts when an agent first answers the customer.
    c.first_response_at,
    extract(EPOCH FROM c.first_response_at - t.ticket_created) / 60 AS first_response_minutes,
    c.last_contact_handled_at,
    coalesce(c.contacts, 0) AS contacts,
    coalesce(c.agents_involved, 0) AS agents_involved,
    coalesce(c.contacts, 0) = 1 AS is_single_contact,
    -- The scenario event that caused the ticket (scenario_events.id); NULL for ordinary ones.
    -- Last, so that CREATE OR REPLACE VIEW can add it to an older view.
    t.event_id
FROM tickets AS t
LEFT JOIN contacts AS c ON c.ticket_id = t.ticket_id;

CREATE OR REPLACE VIEW analytics.stg_wfm AS
SELECT
    w.user_id AS agent_id,
    w.date AS day,
    date_trunc('month', w.date)::date AS month,
    w.paid_time AS paid_minutes,
    w.scheduled_time AS scheduled_minutes,
    w.available_time AS available_minutes,
    w.interactions_time AS interactions_minutes,
    w.productive_time AS productive_minutes,
    w.scheduled_time > 0 AS is_scheduled,
    -- Breaks and absence: scheduled time the agent was not available.
    w.scheduled_time - w.available_time AS shrinkage_minutes,
    -- The rostered shift; both NULL on days off.
    w.shift_start,
    w.shift_end,
    -- Rostered (scheduled and paid) but not available at all: sickness or leave.
    w.scheduled_time > 0 AND w.available_time = 0 AS is_absent,
    -- Contacts that ran past the end of the shift, paid on top of the schedule.
    w.paid_time - w.scheduled_time AS overtime_minutes
FROM wfm AS w;

CREATE OR REPLACE VIEW analytics.stg_queue_contacts AS
SELECT
    'phone'::text AS channel,
    c.id AS queue_contact_id,
    c.initialized,
    c.answered,
    c.abandoned,
    c.is_abandoned,
    c.interaction_id,
    c.initialized::date AS day,
    extract(EPOCH FROM coalesce(c.answered, c.abandoned) - c.initialized) AS wait_seconds
FROM calls AS c
UNION ALL
SELECT
    'chat'::text,
    h.id,
    h.initialized,
    h.answered,
    h.abandoned,
    h.is_abandoned,
    h.interaction_id,
    h.initialized::date,
    extract(EPOCH FROM coalesce(h.answered, h.abandoned) - h.initialized)
FROM chats AS h;

-- --- dimensions -----------------------------------------------------------------------------

CREATE OR REPLACE VIEW analytics.dim_date AS
WITH bounds AS (
    SELECT
        least(
            (SELECT min(w.date) FROM wfm AS w),
            (SELECT min(t.ticket_created)::date FROM tickets AS t)
        ) AS first_day,
        greatest(
            (SELECT max(w.date) FROM wfm AS w),
            (SELECT max(coalesce(t.ticket_closed, t.ticket_created))::date FROM tickets AS t)
        ) AS last_day
)
SELECT
    d::date AS day,
    date_trunc('week', d)::date AS week_start,
    to_char(d, 'IYYY-"W"IW') AS iso_week,
    date_trunc('month', d)::date AS month,
    extract(ISODOW FROM d)::int AS iso_day_of_week,
    extract(ISODOW FROM d) >= 6 AS is_weekend
FROM bounds, generate_series(bounds.first_day, bounds.last_day, interval '1 day') AS d;

-- --- facts ----------------------------------------------------------------------------------

-- One row per calendar day, zero-filled: tickets created that day (and what became of them),
-- and tickets closed that day.
CREATE OR REPLACE VIEW analytics.fct_tickets_daily AS
WITH created AS (
    SELECT
        t.created_day AS day,
        count(*) AS tickets_created,
        count(*) FILTER (WHERE t.is_resolved) AS created_and_resolved,
        count(*) FILTER (WHERE t.fcr) AS created_fcr,
        count(*) FILTER (WHERE t.escalated) AS created_escalated,
        sum(t.first_response_minutes) AS first_response_minutes_sum,
        count(t.first_response_minutes) AS first_responses
    FROM analytics.stg_tickets AS t
    GROUP BY t.created_day
),
closed AS (
    SELECT
        t.closed_day AS day,
        count(*) AS tickets_closed,
        sum(t.resolution_hours) AS resolution_hours_sum
    FROM analytics.stg_tickets AS t
    WHERE t.is_resolved
    GROUP BY t.closed_day
)
SELECT
    d.day,
    d.week_start,
    d.iso_week,
    d.month,
    d.is_weekend,
    coalesce(c.tickets_created, 0) AS tickets_created,
    coalesce(c.created_and_resolved, 0) AS created_and_resolved,
    coalesce(c.created_fcr, 0) AS created_fcr,
    coalesce(c.created_escalated, 0) AS created_escalated,
    coalesce(c.first_response_minutes_sum, 0) AS first_response_minutes_sum,
    coalesce(c.first_responses, 0) AS first_responses,
    coalesce(x.tickets_closed, 0) AS tickets_closed,
    coalesce(x.resolution_hours_sum, 0) AS resolution_hours_sum
FROM analytics.dim_date AS d
LEFT JOIN created AS c ON c.day = d.day
LEFT JOIN closed AS x ON x.day = d.day;

-- One row per calendar day and channel, zero-filled.
CREATE OR REPLACE VIEW analytics.fct_interactions_by_channel_daily AS
WITH daily AS (
    SELECT
        i.created_day AS day,
        i.channel,
        count(*) AS interactions,
        sum(i.handle_time_minutes) AS handle_time_minutes_sum,
        sum(i.speed_of_answer_seconds) AS speed_of_answer_seconds_sum
    FROM analytics.stg_interactions AS i
    GROUP BY i.created_day, i.channel
)
SELECT
    d.day,
    d.week_start,
    d.month,
    ch.channel,
    coalesce(x.interactions, 0) AS interactions,
    coalesce(x.handle_time_minutes_sum, 0) AS handle_time_minutes_sum,
    coalesce(x.speed_of_answer_seconds_sum, 0) AS speed_of_answer_seconds_sum,
    x.handle_time_minutes_sum / x.interactions AS avg_handle_time_minutes,
    x.speed_of_answer_seconds_sum / x.interactions AS avg_speed_of_answer_seconds
FROM analytics.dim_date AS d
CROSS JOIN (VALUES ('email'), ('phone'), ('chat')) AS ch (channel)
LEFT JOIN daily AS x ON x.day = d.day AND x.channel = ch.channel;

-- One row per agent and day: the WFM minutes joined with the interactions the agent handled
-- that day. A full join, so handled work on a day without a WFM row would still show up.
CREATE OR REPLACE VIEW analytics.fct_agent_daily AS
WITH handled AS (
    SELECT
        i.agent_id,
        i.created_day AS day,
        count(*) AS interactions_handled,
        count(DISTINCT i.ticket_id) AS tickets_touched,
        sum(i.handle_time_minutes) AS handle_time_minutes
    FROM analytics.stg_interactions AS i
    GROUP BY i.agent_id, i.created_day
),
joined AS (
    SELECT
        coalesce(w.agent_id, h.agent_id) AS agent_id,
        coalesce(w.day, h.day) AS day,
        coalesce(w.paid_minutes, 0) AS paid_minutes,
        coalesce(w.scheduled_minutes, 0) AS scheduled_minutes,
        coalesce(w.available_minutes, 0) AS available_minutes,
        coalesce(w.interactions_minutes, 0) AS interactions_minutes,
        coalesce(w.productive_minutes, 0) AS productive_minutes,
        coalesce(w.shrinkage_minutes, 0) AS shrinkage_minutes,
        coalesce(w.is_scheduled, false) AS is_scheduled,
        w.agent_id IS NOT NULL AS has_wfm_row,
        coalesce(h.interactions_handled, 0) AS interactions_handled,
        coalesce(h.tickets_touched, 0) AS tickets_touched,
        coalesce(h.handle_time_minutes, 0) AS handle_time_minutes
    FROM analytics.stg_wfm AS w
    FULL JOIN handled AS h ON h.agent_id = w.agent_id AND h.day = w.day
)
SELECT
    j.agent_id,
    u.agent_name,
    j.day,
    date_trunc('month', j.day)::date AS month,
    j.paid_minutes,
    j.scheduled_minutes,
    j.available_minutes,
    j.interactions_minutes,
    j.productive_minutes,
    j.shrinkage_minutes,
    j.is_scheduled,
    j.has_wfm_row,
    j.interactions_handled,
    j.tickets_touched,
    j.handle_time_minutes,
    u.hourly_rate_eur,
    u.hourly_rate_eur * j.paid_minutes / 60 AS paid_cost_eur
FROM joined AS j
JOIN analytics.stg_users AS u ON u.agent_id = j.agent_id;

-- One row per queue (phone = calls, chat = chats) and day the queue received contacts.
CREATE OR REPLACE VIEW analytics.fct_queue_daily AS
SELECT
    q.day,
    q.channel,
    count(*) AS offered,
    count(*) FILTER (WHERE NOT q.is_abandoned) AS answered,
    count(*) FILTER (WHERE q.is_abandoned) AS abandoned,
    count(*) FILTER (WHERE q.is_abandoned)::numeric / count(*) AS abandonment_rate,
    avg(q.wait_seconds) FILTER (WHERE NOT q.is_abandoned) AS avg_wait_to_answer_seconds,
    avg(q.wait_seconds) FILTER (WHERE q.is_abandoned) AS avg_wait_to_abandon_seconds
FROM analytics.stg_queue_contacts AS q
GROUP BY q.day, q.channel;

-- One row per customer who has at least one ticket.
CREATE OR REPLACE VIEW analytics.fct_customer_history AS
WITH tickets AS (
    SELECT
        t.customer_id,
        count(*) AS tickets,
        count(*) FILTER (WHERE t.is_open) AS open_tickets,
        min(t.ticket_created) AS first_ticket_at,
        max(t.ticket_created) AS last_ticket_at,
        avg(t.ticket_rating) AS avg_rating
    FROM analytics.stg_tickets AS t
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
    FROM analytics.stg_interactions AS i
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
FROM analytics.stg_customers AS c
JOIN tickets AS t ON t.customer_id = c.customer_id
LEFT JOIN contacts AS x ON x.customer_id = c.customer_id;

COMMIT;
