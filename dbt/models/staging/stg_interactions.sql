-- One row per interaction, speed of answer in seconds for every channel.
SELECT
    i.interaction_id,
    i.ticket_id,
    i.customer_id,
    i.channel,
    i.handled_by AS agent_id,
    i.interaction_created,
    i.interaction_handled,
    i.interaction_created::date AS created_day,
    i.handle_time AS handle_time_minutes,
    -- The source mixes units by channel: hours for email, seconds for phone and chat.
    CASE i.channel
        WHEN 'email' THEN i.speed_of_answer * 3600
        ELSE i.speed_of_answer
    END AS speed_of_answer_seconds,
    -- 1 for the ticket's first contact, 2 for the next, ...
    row_number() OVER (
        PARTITION BY i.ticket_id ORDER BY i.interaction_created, i.interaction_id
    ) AS contact_number
FROM {{ source('support', 'interactions') }} AS i
