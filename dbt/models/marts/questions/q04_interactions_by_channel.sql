-- Question: How are interactions split across channels (email, phone, chat)?
-- Metric:   interactions = COUNT(interaction_id) GROUP BY channel;
--           pct_of_interactions = 100 * interactions / all interactions;
--           avg_per_day = interactions / calendar days of the data (zero days included);
--           max_per_day = the busiest day. The row with channel 'all' is the total.
WITH per_day AS (
    SELECT
        f.day,
        f.channel,
        f.interactions
    FROM {{ ref('fct_interactions_by_channel_daily') }} AS f
    UNION ALL
    SELECT
        f.day,
        'all',
        sum(f.interactions)
    FROM {{ ref('fct_interactions_by_channel_daily') }} AS f
    GROUP BY f.day
)
SELECT
    p.channel,
    sum(p.interactions) AS interactions,
    round(
        100.0 * sum(p.interactions)
        / sum(sum(p.interactions)) FILTER (WHERE p.channel <> 'all') OVER (),
        1
    ) AS pct_of_interactions,
    round(avg(p.interactions), 2) AS avg_per_day,
    max(p.interactions) AS max_per_day
FROM per_day AS p
GROUP BY p.channel
ORDER BY p.channel = 'all', sum(p.interactions) DESC
