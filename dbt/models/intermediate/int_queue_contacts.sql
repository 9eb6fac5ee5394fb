-- One row per queue contact, phone (calls) and chat (chats) in one shape.
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
FROM {{ ref('stg_calls') }} AS c
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
FROM {{ ref('stg_chats') }} AS h
