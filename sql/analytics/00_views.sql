-- GENERATED from dbt/models (staging, intermediate, marts): do not edit; edit the
-- models, then run `python tests/generate_analytics.py`.
--
-- The views in schema `analytics` that the question files NN_*.sql read: one view per dbt
-- model, so they always reflect the loaded tables. dbt/README.md describes the layers;
-- sql/analytics/README.md the conventions (UTC days, units, what "resolved" means).
--
-- Run (idempotent, all or nothing; run it again after an update):
--   psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/00_views.sql
-- The views are dropped and created again, so their columns can change; a view of your own
-- that reads one of them makes the file stop with an error, and nothing changes.

BEGIN;

-- Quiet on re-runs ("schema already exists, skipping").
SET LOCAL client_min_messages = warning;

CREATE SCHEMA IF NOT EXISTS analytics;

DROP VIEW IF EXISTS
    analytics.dim_date,
    analytics.fct_agent_daily,
    analytics.fct_customer_history,
    analytics.fct_interactions_by_channel_daily,
    analytics.fct_queue_daily,
    analytics.fct_tickets_daily,
    analytics.int_queue_contacts,
    analytics.int_ticket_contacts,
    analytics.int_tickets,
    analytics.stg_calls,
    analytics.stg_chats,
    analytics.stg_customers,
    analytics.stg_interactions,
    analytics.stg_queue_contacts,
    analytics.stg_scenario_events,
    analytics.stg_tickets,
    analytics.stg_users,
    analytics.stg_wfm;

-- --- staging ------------------------------------------------------------------------------

-- stg_calls (dbt/models/staging/stg_calls.sql)
-- One row per call in the phone queue, answered or abandoned.
CREATE VIEW analytics.stg_calls AS
SELECT
    c.id AS queue_contact_id,
    c.initialized,
    c.answered,
    c.abandoned,
    c.is_abandoned,
    c.interaction_id,
    c.initialized::date AS day,
    extract(EPOCH FROM coalesce(c.answered, c.abandoned) - c.initialized) AS wait_seconds
FROM calls AS c;

-- stg_chats (dbt/models/staging/stg_chats.sql)
-- One row per chat in the chat queue, answered or abandoned.
CREATE VIEW analytics.stg_chats AS
SELECT
    h.id AS queue_contact_id,
    h.initialized,
    h.answered,
    h.abandoned,
    h.is_abandoned,
    h.interaction_id,
    h.initialized::date AS day,
    extract(EPOCH FROM coalesce(h.answered, h.abandoned) - h.initialized) AS wait_seconds
FROM chats AS h;

-- stg_customers (dbt/models/staging/stg_customers.sql)
-- One row per customer.
CREATE VIEW analytics.stg_customers AS
SELECT
    c.id AS customer_id,
    c.name AS customer_name,
    c.email,
    c.phone,
    c.country
FROM customers AS c;

-- stg_interactions (dbt/models/staging/stg_interactions.sql)
-- One row per interaction, speed of answer in seconds for every channel.
CREATE VIEW analytics.stg_interactions AS
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

-- stg_scenario_events (dbt/models/staging/stg_scenario_events.sql)
-- One row per scenario event: the ground truth behind the tickets with an event_id.
CREATE VIEW analytics.stg_scenario_events AS
SELECT
    e.id AS event_id,
    e.kind,
    e.name AS event_name,
    e.starts_at,
    e.ends_at,
    e.description,
    e.parameters
FROM scenario_events AS e;

-- stg_tickets (dbt/models/staging/stg_tickets.sql)
-- One row per ticket, with what follows from its own row: resolved or open, resolution time,
-- the UTC day, ISO week and month it was created in. A ticket is resolved when its status
-- is 'closed' (the dataset has no other end state).
CREATE VIEW analytics.stg_tickets AS
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
    -- The scenario event that caused the ticket; NULL for ordinary ones.
    t.event_id
FROM tickets AS t;

-- stg_users (dbt/models/staging/stg_users.sql)
-- One row per agent.
CREATE VIEW analytics.stg_users AS
SELECT
    u.id AS agent_id,
    u.first_name || ' ' || u.last_name AS agent_name,
    u.fte,
    u.position,
    u.start_date,
    u.status,
    u.hourly_rate_eur
FROM users AS u;

-- stg_wfm (dbt/models/staging/stg_wfm.sql)
-- One row per agent and calendar day, WFM times in minutes.
CREATE VIEW analytics.stg_wfm AS
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

-- --- intermediate -------------------------------------------------------------------------

-- int_queue_contacts (dbt/models/intermediate/int_queue_contacts.sql)
-- One row per queue contact, phone (calls) and chat (chats) in one shape.
CREATE VIEW analytics.int_queue_contacts AS
SELECT
    'phone'::text AS channel,
    c.queue_contact_id,
    c.initialized,
    c.answered,
    c.abandoned,
    c.is_abandoned,
    c.interaction_id,
    c.day,
    c.wait_seconds
FROM analytics.stg_calls AS c
UNION ALL
SELECT
    'chat'::text,
    h.queue_contact_id,
    h.initialized,
    h.answered,
    h.abandoned,
    h.is_abandoned,
    h.interaction_id,
    h.day,
    h.wait_seconds
FROM analytics.stg_chats AS h;

-- int_ticket_contacts (dbt/models/intermediate/int_ticket_contacts.sql)
-- One row per ticket with interactions: how many contacts and agents it took, when the first
-- answer came and when the last contact ended.
CREATE VIEW analytics.int_ticket_contacts AS
SELECT
    i.ticket_id,
    count(*) AS contacts,
    count(DISTINCT i.agent_id) AS agents_involved,
    min(i.interaction_created) AS first_response_at,
    max(i.interaction_handled) AS last_contact_handled_at
FROM analytics.stg_interactions AS i
GROUP BY i.ticket_id;

-- int_tickets (dbt/models/intermediate/int_tickets.sql)
-- One row per ticket: stg_tickets with its contacts. First response: the first interaction
-- starts when an agent first answers the customer.
CREATE VIEW analytics.int_tickets AS
SELECT
    t.ticket_id,
    t.customer_id,
    t.owner_id,
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
    t.is_resolved,
    t.is_open,
    t.resolution_minutes,
    t.resolution_hours,
    t.created_day,
    t.created_week,
    t.created_iso_week,
    t.created_month,
    t.closed_day,
    c.first_response_at,
    extract(EPOCH FROM c.first_response_at - t.ticket_created) / 60 AS first_response_minutes,
    c.last_contact_handled_at,
    coalesce(c.contacts, 0) AS contacts,
    coalesce(c.agents_involved, 0) AS agents_involved,
    coalesce(c.contacts, 0) = 1 AS is_single_contact,
    t.event_id
FROM analytics.stg_tickets AS t
LEFT JOIN analytics.int_ticket_contacts AS c ON c.ticket_id = t.ticket_id;

-- --- marts --------------------------------------------------------------------------------

-- dim_date (dbt/models/marts/dim_date.sql)
-- One row per UTC calendar day of the data: from the first WFM day or ticket to the last WFM
-- day or ticket event (created or closed).
CREATE VIEW analytics.dim_date AS
WITH bounds AS (
    SELECT
        least(
            (SELECT min(w.day) FROM analytics.stg_wfm AS w),
            (SELECT min(t.ticket_created)::date FROM analytics.stg_tickets AS t)
        ) AS first_day,
        greatest(
            (SELECT max(w.day) FROM analytics.stg_wfm AS w),
            (SELECT max(coalesce(t.ticket_closed, t.ticket_created))::date
             FROM analytics.stg_tickets AS t)
        ) AS last_day
)
SELECT
    d::date AS day,
    date_trunc('week', d)::date AS week_start,
    to_char(d, 'IYYY-"W"IW') AS iso_week,
    date_trunc('month', d)::date AS month,
    extract(ISODOW FROM d)::int AS iso_day_of_week,
    extract(ISODOW FROM d) >= 6 AS is_weekend
-- Timestamps, not dates: given dates, PostgreSQL steps in the session's time zone, and where
-- a clock change skips midnight (America/Santiago) the series loses the last day.
FROM bounds,
    generate_series(
        bounds.first_day::timestamp, bounds.last_day::timestamp, interval '1 day'
    ) AS d;

-- fct_agent_daily (dbt/models/marts/fct_agent_daily.sql)
-- One row per agent and day: the WFM minutes joined with the interactions the agent handled
-- that day. A full join, so handled work on a day without a WFM row would still show up.
CREATE VIEW analytics.fct_agent_daily AS
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

-- fct_customer_history (dbt/models/marts/fct_customer_history.sql)
-- One row per customer who has at least one ticket.
CREATE VIEW analytics.fct_customer_history AS
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

-- fct_interactions_by_channel_daily (dbt/models/marts/fct_interactions_by_channel_daily.sql)
-- One row per calendar day and channel, zero-filled.
CREATE VIEW analytics.fct_interactions_by_channel_daily AS
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

-- fct_queue_daily (dbt/models/marts/fct_queue_daily.sql)
-- One row per queue (phone = calls, chat = chats) and day the queue received contacts.
CREATE VIEW analytics.fct_queue_daily AS
SELECT
    q.day,
    q.channel,
    count(*) AS offered,
    count(*) FILTER (WHERE NOT q.is_abandoned) AS answered,
    count(*) FILTER (WHERE q.is_abandoned) AS abandoned,
    count(*) FILTER (WHERE q.is_abandoned)::numeric / count(*) AS abandonment_rate,
    avg(q.wait_seconds) FILTER (WHERE NOT q.is_abandoned) AS avg_wait_to_answer_seconds,
    avg(q.wait_seconds) FILTER (WHERE q.is_abandoned) AS avg_wait_to_abandon_seconds
FROM analytics.int_queue_contacts AS q
GROUP BY q.day, q.channel;

-- fct_tickets_daily (dbt/models/marts/fct_tickets_daily.sql)
-- One row per calendar day, zero-filled: tickets created that day (and what became of them),
-- and tickets closed that day.
CREATE VIEW analytics.fct_tickets_daily AS
WITH created AS (
    SELECT
        t.created_day AS day,
        count(*) AS tickets_created,
        count(*) FILTER (WHERE t.is_resolved) AS created_and_resolved,
        count(*) FILTER (WHERE t.fcr) AS created_fcr,
        count(*) FILTER (WHERE t.escalated) AS created_escalated,
        sum(t.first_response_minutes) AS first_response_minutes_sum,
        count(t.first_response_minutes) AS first_responses
    FROM analytics.int_tickets AS t
    GROUP BY t.created_day
),
closed AS (
    SELECT
        t.closed_day AS day,
        count(*) AS tickets_closed,
        sum(t.resolution_hours) AS resolution_hours_sum
    FROM analytics.int_tickets AS t
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

COMMIT;
