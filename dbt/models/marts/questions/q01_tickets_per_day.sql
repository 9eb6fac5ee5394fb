-- Question: How many tickets are created per day (and how many are closed)?
-- Metric:   tickets_created = COUNT(ticket_id) GROUP BY ticket_created::date (UTC day);
--           tickets_closed  = COUNT(ticket_id) GROUP BY ticket_closed::date.
--           Every calendar day of the data is listed, days without tickets with 0, so
--           SUM(tickets_created) = COUNT(*) FROM tickets.
SELECT
    d.day,
    {{ format_date('d.day', 'Dy') }} AS weekday,
    d.tickets_created,
    d.tickets_closed
FROM {{ ref('fct_tickets_daily') }} AS d
ORDER BY d.day
