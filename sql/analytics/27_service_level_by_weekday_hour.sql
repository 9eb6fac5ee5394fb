-- GENERATED from dbt/models/marts/questions/q27_service_level_by_weekday_hour.sql: do not edit;
-- edit the model, then run `python tests/generate_analytics.py`.
-- Question: When in the week do callers and chatters wait: service level and speed of answer
--           by weekday and hour of day?
-- Metric:   as 26_service_level_weekly.sql: service_level_pct = 100 * contacts answered
--           within the threshold (phone 20 s, chat 60 s; wait <= threshold) / contacts
--           offered (answered + abandoned); avg_speed_of_answer_seconds = AVG(answered -
--           initialized) of answered contacts; abandonment_pct = 100 * abandoned / offered.
--           Per ISO weekday (1 = Monday) and UTC hour of `initialized`, summed over every
--           week of the data, and per channel; channel = 'all' pools phone and chat, each
--           against its own threshold (the heatmap in `seed report`). Only hours with queue
--           contacts are listed: the grid shows the opening hours.
-- Uses:     analytics.int_queue_contacts
-- Needs:    a loaded database, and the views from 00_views.sql (run it first, once).
-- Run:      psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/00_views.sql
--           psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/27_service_level_by_weekday_hour.sql
WITH thresholds (channel, threshold_seconds) AS (
    VALUES ('phone', 20), ('chat', 60)
),
contacts AS (
    SELECT
        extract(ISODOW FROM q.initialized)::int AS iso_day_of_week,
        extract(HOUR FROM q.initialized)::int AS hour,
        q.channel,
        q.is_abandoned,
        q.wait_seconds,
        NOT q.is_abandoned AND q.wait_seconds <= t.threshold_seconds AS in_threshold
    FROM analytics.int_queue_contacts AS q
    JOIN thresholds AS t ON t.channel = q.channel
)
SELECT
    c.iso_day_of_week,
    (ARRAY['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])[c.iso_day_of_week] AS weekday,
    c.hour,
    coalesce(c.channel, 'all') AS channel,
    count(*) AS offered,
    count(*) FILTER (WHERE c.in_threshold) AS answered_in_threshold,
    round(100.0 * count(*) FILTER (WHERE c.in_threshold) / count(*), 1) AS service_level_pct,
    round(avg(c.wait_seconds) FILTER (WHERE NOT c.is_abandoned), 1)
        AS avg_speed_of_answer_seconds,
    round(100.0 * count(*) FILTER (WHERE c.is_abandoned) / count(*), 1) AS abandonment_pct
FROM contacts AS c
GROUP BY GROUPING SETS ((c.iso_day_of_week, c.hour, c.channel), (c.iso_day_of_week, c.hour))
ORDER BY c.iso_day_of_week, c.hour, grouping(c.channel), c.channel DESC;
