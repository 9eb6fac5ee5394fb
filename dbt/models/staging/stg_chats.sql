-- One row per chat in the chat queue, answered or abandoned.
SELECT
    h.id AS queue_contact_id,
    h.initialized,
    h.answered,
    h.abandoned,
    h.is_abandoned,
    h.interaction_id,
    h.initialized::date AS day,
    extract(EPOCH FROM coalesce(h.answered, h.abandoned) - h.initialized) AS wait_seconds
FROM {{ source('support', 'chats') }} AS h
