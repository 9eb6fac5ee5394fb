-- One row per agent and calendar day, WFM times in minutes.
SELECT
    w.user_id AS agent_id,
    w.date AS day,
    date_trunc('month', w.date)::date AS month,
    w.paid_time AS paid_minutes,
    w.scheduled_time AS scheduled_minutes,
    w.available_time AS available_minutes,
    w.interactions_time AS interactions_minutes,
    w.productive_time AS productive_minutes,
    w.scheduled_time > 0 AS is_scheduled,
    -- Breaks and absence: scheduled time the agent was not available.
    w.scheduled_time - w.available_time AS shrinkage_minutes,
    -- The rostered shift; both NULL on days off.
    w.shift_start,
    w.shift_end,
    -- Rostered (scheduled and paid) but not available at all: sickness or leave.
    w.scheduled_time > 0 AND w.available_time = 0 AS is_absent,
    -- Contacts that ran past the end of the shift, paid on top of the schedule.
    w.paid_time - w.scheduled_time AS overtime_minutes
FROM {{ source('support', 'wfm') }} AS w
