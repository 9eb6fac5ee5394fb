-- fct_queue_daily counts every call and chat once, as offered and as answered or abandoned.
WITH facts AS (
    SELECT sum(q.offered) AS offered, sum(q.answered + q.abandoned) AS answered_or_abandoned
    FROM {{ ref('fct_queue_daily') }} AS q
),
contacts AS (
    SELECT
        (SELECT count(*) FROM {{ ref('stg_calls') }})
        + (SELECT count(*) FROM {{ ref('stg_chats') }}) AS queue_contacts
)
SELECT f.offered, f.answered_or_abandoned, c.queue_contacts
FROM facts AS f, contacts AS c
WHERE f.offered <> c.queue_contacts OR f.answered_or_abandoned <> c.queue_contacts
