-- Question: How long do contacts wait before an agent answers, by channel, in one unit?
-- Metric:   speed_of_answer_seconds = speed_of_answer * 3600 for email (stored in HOURS),
--           speed_of_answer as is for phone and chat (stored in SECONDS);
--           per interaction (every contact, not only the first): avg, median
--           (percentile_cont 0.5), p95 (percentile_cont 0.95), max; 'all' = every channel.
--           avg_minutes is the same average in minutes, for reading.
SELECT
    coalesce(i.channel, 'all') AS channel,
    count(*) AS interactions,
    round(avg(i.speed_of_answer_seconds), 1) AS soa_avg_seconds,
    round(
        (percentile_cont(0.5) WITHIN GROUP (ORDER BY i.speed_of_answer_seconds::float8))::numeric, 1
    ) AS soa_median_seconds,
    round(
        (percentile_cont(0.95) WITHIN GROUP (ORDER BY i.speed_of_answer_seconds::float8))::numeric, 1
    ) AS soa_p95_seconds,
    round(max(i.speed_of_answer_seconds), 1) AS soa_max_seconds,
    round(avg(i.speed_of_answer_seconds) / 60, 2) AS soa_avg_minutes
FROM {{ ref('stg_interactions') }} AS i
GROUP BY GROUPING SETS ((i.channel), ())
ORDER BY grouping(i.channel), soa_avg_seconds
