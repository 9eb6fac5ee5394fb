-- One row per ticket with interactions: how many contacts and agents it took, when the first
-- answer came and when the last contact ended.
SELECT
    i.ticket_id,
    count(*) AS contacts,
    count(DISTINCT i.agent_id) AS agents_involved,
    min(i.interaction_created) AS first_response_at,
    max(i.interaction_handled) AS last_contact_handled_at
FROM {{ ref('stg_interactions') }} AS i
GROUP BY i.ticket_id
