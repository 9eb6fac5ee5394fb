-- One row per calendar day and channel, zero-filled.
WITH daily AS (
    SELECT
        i.created_day AS day,
        i.channel,
        count(*) AS interactions,
        sum(i.handle_time_minutes) AS handle_time_minutes_sum,
        sum(i.speed_of_answer_seconds) AS speed_of_answer_seconds_sum
    FROM {{ ref('stg_interactions') }} AS i
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
FROM {{ ref('dim_date') }} AS d
CROSS JOIN (VALUES ('email'), ('phone'), ('chat')) AS ch (channel)
LEFT JOIN daily AS x ON x.day = d.day AND x.channel = ch.channel
