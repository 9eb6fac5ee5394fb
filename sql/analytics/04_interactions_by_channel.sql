-- GENERATED from dbt/models/marts/questions/q04_interactions_by_channel.sql: do not edit;
-- edit the model, then run `python tests/generate_analytics.py`.
-- Question: How are interactions split across channels (email, phone, chat)?
-- Metric:   interactions = COUNT(interaction_id) GROUP BY channel;
--           pct_of_interactions = 100 * interactions / all interactions;
--           avg_per_day = interactions / calendar days of the data (zero days included);
--           max_per_day = the busiest day. The row with channel 'all' is the total.
-- Uses:     analytics.fct_interactions_by_channel_daily
-- Needs:    a loaded database, and the views from 00_views.sql (run it first, once).
-- Run:      psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/00_views.sql
--           psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/04_interactions_by_channel.sql
WITH per_day AS (
    SELECT
        f.day,
        f.channel,
        f.interactions
    FROM analytics.fct_interactions_by_channel_daily AS f
    UNION ALL
    SELECT
        f.day,
        'all',
        sum(f.interactions)
    FROM analytics.fct_interactions_by_channel_daily AS f
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
ORDER BY p.channel = 'all', sum(p.interactions) DESC;
