-- One row per agent and day: the WFM minutes joined with the interactions the agent handled
-- that day. A full join, so handled work on a day without a WFM row would still show up.
WITH handled AS (
    SELECT
        i.agent_id,
        i.created_day AS day,
        count(*) AS interactions_handled,
        count(DISTINCT i.ticket_id) AS tickets_touched,
        sum(i.handle_time_minutes) AS handle_time_minutes
    FROM {{ ref('stg_interactions') }} AS i
    GROUP BY i.agent_id, i.created_day
),
joined AS (
    SELECT
        coalesce(w.agent_id, h.agent_id) AS agent_id,
        coalesce(w.day, h.day) AS day,
        coalesce(w.paid_minutes, 0) AS paid_minutes,
        coalesce(w.scheduled_minutes, 0) AS scheduled_minutes,
        coalesce(w.available_minutes, 0) AS available_minutes,
        coalesce(w.interactions_minutes, 0) AS interactions_minutes,
        coalesce(w.productive_minutes, 0) AS productive_minutes,
        coalesce(w.shrinkage_minutes, 0) AS shrinkage_minutes,
        coalesce(w.is_scheduled, false) AS is_scheduled,
        w.agent_id IS NOT NULL AS has_wfm_row,
        coalesce(h.interactions_handled, 0) AS interactions_handled,
        coalesce(h.tickets_touched, 0) AS tickets_touched,
        coalesce(h.handle_time_minutes, 0) AS handle_time_minutes
    FROM {{ ref('stg_wfm') }} AS w
    FULL JOIN handled AS h ON h.agent_id = w.agent_id AND h.day = w.day
)
SELECT
    j.agent_id,
    u.agent_name,
    j.day,
    date_trunc('month', j.day)::date AS month,
    j.paid_minutes,
    j.scheduled_minutes,
    j.available_minutes,
    j.interactions_minutes,
    j.productive_minutes,
    j.shrinkage_minutes,
    j.is_scheduled,
    j.has_wfm_row,
    j.interactions_handled,
    j.tickets_touched,
    j.handle_time_minutes,
    u.hourly_rate_eur,
    u.hourly_rate_eur * j.paid_minutes / 60 AS paid_cost_eur
FROM joined AS j
JOIN {{ ref('stg_users') }} AS u ON u.agent_id = j.agent_id
