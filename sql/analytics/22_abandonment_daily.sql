-- GENERATED from dbt/models/marts/questions/q22_abandonment_daily.sql: do not edit;
-- edit the model, then run `python tests/generate_analytics.py`.
-- Question: How many calls and chats are abandoned in the queue, day by day?
-- Metric:   per UTC day of `initialized` (the contact entered the queue):
--           offered = COUNT(queue records), abandoned = COUNT(is_abandoned),
--           abandonment_pct = 100 * abandoned / offered; calls = phone queue (table calls),
--           chats = chat queue (table chats). A day without queue contacts is not listed;
--           a queue without contacts on a listed day shows 0 offered and no rate.
-- Uses:     analytics.fct_queue_daily
-- Needs:    a loaded database, and the views from 00_views.sql (run it first, once).
-- Run:      psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/00_views.sql
--           psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/22_abandonment_daily.sql
SELECT
    q.day,
    coalesce(sum(q.offered) FILTER (WHERE q.channel = 'phone'), 0) AS calls_offered,
    coalesce(sum(q.abandoned) FILTER (WHERE q.channel = 'phone'), 0) AS calls_abandoned,
    round(
        100.0 * sum(q.abandoned) FILTER (WHERE q.channel = 'phone')
        / sum(q.offered) FILTER (WHERE q.channel = 'phone'),
        1
    ) AS calls_abandonment_pct,
    coalesce(sum(q.offered) FILTER (WHERE q.channel = 'chat'), 0) AS chats_offered,
    coalesce(sum(q.abandoned) FILTER (WHERE q.channel = 'chat'), 0) AS chats_abandoned,
    round(
        100.0 * sum(q.abandoned) FILTER (WHERE q.channel = 'chat')
        / sum(q.offered) FILTER (WHERE q.channel = 'chat'),
        1
    ) AS chats_abandonment_pct
FROM analytics.fct_queue_daily AS q
GROUP BY q.day
ORDER BY q.day;
