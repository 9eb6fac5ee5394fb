-- fct_agent_daily and fct_interactions_by_channel_daily count every interaction once, and
-- fct_agent_daily keeps every paid WFM minute.
WITH counts AS (
    SELECT
        (SELECT count(*) FROM {{ ref('stg_interactions') }}) AS interactions,
        (SELECT sum(a.interactions_handled) FROM {{ ref('fct_agent_daily') }} AS a) AS by_agent,
        (SELECT sum(c.interactions) FROM {{ ref('fct_interactions_by_channel_daily') }} AS c)
            AS by_channel,
        (SELECT sum(w.paid_minutes) FROM {{ ref('stg_wfm') }} AS w) AS paid_minutes,
        (SELECT sum(a.paid_minutes) FROM {{ ref('fct_agent_daily') }} AS a) AS agent_paid_minutes
)
SELECT *
FROM counts
WHERE
    by_agent <> interactions
    OR by_channel <> interactions
    OR agent_paid_minutes <> paid_minutes
