-- One row per queue (phone = calls, chat = chats) and day the queue received contacts.
SELECT
    q.day,
    q.channel,
    count(*) AS offered,
    count(*) FILTER (WHERE NOT q.is_abandoned) AS answered,
    count(*) FILTER (WHERE q.is_abandoned) AS abandoned,
    count(*) FILTER (WHERE q.is_abandoned)::numeric / count(*) AS abandonment_rate,
    avg(q.wait_seconds) FILTER (WHERE NOT q.is_abandoned) AS avg_wait_to_answer_seconds,
    avg(q.wait_seconds) FILTER (WHERE q.is_abandoned) AS avg_wait_to_abandon_seconds
FROM {{ ref('int_queue_contacts') }} AS q
GROUP BY q.day, q.channel
