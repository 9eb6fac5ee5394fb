-- Question: What share of calls and chats is abandoned overall, and how long do people wait?
-- Metric:   abandonment_rate = COUNT(is_abandoned) / COUNT(queue records), as a fraction;
--           abandonment_pct = the same in percent; per queue (phone = calls, chat = chats).
--           daily_rate_min / _max = the lowest and highest daily abandonment rate (days
--           with at least 10 offered contacts, so a quiet day's 1 of 2 does not dominate);
--           avg_wait_to_answer_seconds = AVG(answered - initialized) of answered contacts;
--           avg_wait_to_abandon_seconds = AVG(abandoned - initialized) of abandoned ones.
WITH overall AS (
    SELECT
        q.channel,
        count(*) AS offered,
        count(*) FILTER (WHERE q.is_abandoned) AS abandoned,
        avg(q.wait_seconds) FILTER (WHERE NOT q.is_abandoned) AS avg_wait_to_answer_seconds,
        avg(q.wait_seconds) FILTER (WHERE q.is_abandoned) AS avg_wait_to_abandon_seconds
    FROM {{ ref('int_queue_contacts') }} AS q
    GROUP BY q.channel
),
daily AS (
    SELECT
        d.channel,
        min(d.abandonment_rate) AS daily_rate_min,
        max(d.abandonment_rate) AS daily_rate_max,
        count(*) AS days
    FROM {{ ref('fct_queue_daily') }} AS d
    WHERE d.offered >= 10
    GROUP BY d.channel
)
SELECT
    o.channel,
    o.offered,
    o.abandoned,
    round(o.abandoned::numeric / o.offered, 4) AS abandonment_rate,
    round(100.0 * o.abandoned / o.offered, 1) AS abandonment_pct,
    coalesce(d.days, 0) AS days_with_10_offered,
    round(d.daily_rate_min, 4) AS daily_rate_min,
    round(d.daily_rate_max, 4) AS daily_rate_max,
    round(o.avg_wait_to_answer_seconds, 1) AS avg_wait_to_answer_seconds,
    round(o.avg_wait_to_abandon_seconds, 1) AS avg_wait_to_abandon_seconds
FROM overall AS o
LEFT JOIN daily AS d ON d.channel = o.channel
ORDER BY o.channel DESC
