-- GENERATED from dbt/models/marts/questions/q26_service_level_weekly.sql: do not edit;
-- edit the model, then run `python tests/generate_analytics.py`.
-- Question: What service level do the phone and chat queues reach, week by week?
-- Metric:   service level = contacts answered within the channel's threshold / contacts
--           offered, where offered = answered + abandoned (every calls / chats record, the
--           abandoned ones whatever their wait: no short-abandon exclusion). Thresholds:
--           phone 20 s, chat 60 s ("80/20" style targets), wait = answered - initialized,
--           "within" = wait <= threshold.
--           service_level_pct        = 100 * answered_in_threshold / offered   (the usual SL);
--           answered_in_threshold_pct = 100 * answered_in_threshold / answered (the variant
--                                      some desks report, blind to abandonment);
--           abandonment_pct = 100 * abandoned / offered;
--           avg_speed_of_answer_seconds = AVG(wait) of answered contacts.
--           Per ISO week (Monday start, UTC, by `initialized`) and channel; channel = 'all'
--           pools phone and chat, each against its own threshold; week = 'all' is the whole
--           range. Weeks without queue contacts are not listed.
-- Uses:     analytics.int_queue_contacts
-- Needs:    a loaded database, and the views from 00_views.sql (run it first, once).
-- Run:      psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/00_views.sql
--           psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/26_service_level_weekly.sql
WITH thresholds (channel, threshold_seconds) AS (
    VALUES ('phone', 20), ('chat', 60)
),
contacts AS (
    SELECT
        date_trunc('week', q.initialized)::date AS week_start,
        q.channel,
        q.is_abandoned,
        q.wait_seconds,
        NOT q.is_abandoned AND q.wait_seconds <= t.threshold_seconds AS in_threshold
    FROM analytics.int_queue_contacts AS q
    JOIN thresholds AS t ON t.channel = q.channel
)
SELECT
    coalesce(to_char(c.week_start, 'YYYY-MM-DD'), 'all') AS week_start,
    coalesce(to_char(c.week_start, 'IYYY-"W"IW'), 'all') AS iso_week,
    coalesce(c.channel, 'all') AS channel,
    count(*) AS offered,
    count(*) FILTER (WHERE NOT c.is_abandoned) AS answered,
    count(*) FILTER (WHERE c.is_abandoned) AS abandoned,
    count(*) FILTER (WHERE c.in_threshold) AS answered_in_threshold,
    -- nullif: with no calls or chats at all, the grand total's row still comes, of nothing
    round(100.0 * count(*) FILTER (WHERE c.in_threshold) / nullif(count(*), 0), 1)
        AS service_level_pct,
    round(
        100.0 * count(*) FILTER (WHERE c.in_threshold)
        / nullif(count(*) FILTER (WHERE NOT c.is_abandoned), 0),
        1
    ) AS answered_in_threshold_pct,
    round(100.0 * count(*) FILTER (WHERE c.is_abandoned) / nullif(count(*), 0), 1)
        AS abandonment_pct,
    round(avg(c.wait_seconds) FILTER (WHERE NOT c.is_abandoned), 1)
        AS avg_speed_of_answer_seconds
FROM contacts AS c
GROUP BY GROUPING SETS ((c.week_start, c.channel), (c.week_start), (c.channel), ())
ORDER BY grouping(c.week_start), c.week_start, grouping(c.channel), c.channel DESC;
