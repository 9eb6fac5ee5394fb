-- Question: How many tickets are resolved, and how many are still open, by channel?
-- Metric:   resolved = status = 'closed' (the dataset's only terminal status; every closed
--           ticket has ticket_closed set); resolved_pct = 100 * resolved / tickets;
--           open and new = the backlog (status 'open', or 'new' = unclosed and under two days
--           old at the end of the data). Per origin channel, and overall ('all').
SELECT
    coalesce(t.origin, 'all') AS channel,
    count(*) AS tickets,
    count(*) FILTER (WHERE t.is_resolved) AS resolved,
    round(100.0 * count(*) FILTER (WHERE t.is_resolved) / NULLIF(count(*), 0), 1) AS resolved_pct,
    count(*) FILTER (WHERE t.status = 'open') AS open,
    count(*) FILTER (WHERE t.status = 'new') AS new,
    count(*) FILTER (WHERE t.is_resolved AND t.fcr) AS resolved_at_first_contact,
    count(*) FILTER (WHERE t.is_resolved AND t.escalated) AS resolved_after_escalation
FROM {{ ref('int_tickets') }} AS t
GROUP BY GROUPING SETS ((t.origin), ())
ORDER BY grouping(t.origin), t.origin
