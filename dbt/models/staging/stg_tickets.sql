-- One row per ticket, with what follows from its own row: resolved or open, resolution time,
-- the UTC day, ISO week and month it was created in. A ticket is resolved when its status
-- is 'closed' (the dataset has no other end state).
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
    {{ format_date('t.ticket_created', 'IYYY-"W"IW') }} AS created_iso_week,
    date_trunc('month', t.ticket_created)::date AS created_month,
    t.ticket_closed::date AS closed_day,
    -- The scenario event that caused the ticket; NULL for ordinary ones.
    t.event_id
FROM {{ source('support', 'tickets') }} AS t
