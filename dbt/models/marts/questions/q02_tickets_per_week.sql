-- Question: How many tickets are created per ISO week (Monday to Sunday, UTC)?
-- Metric:   tickets_created = SUM(daily tickets_created) GROUP BY ISO week;
--           avg_per_day = tickets_created / days_in_data. The first and last weeks can be
--           partial (days_in_data < 7): compare them by avg_per_day, not by the total.
SELECT
    d.iso_week,
    d.week_start,
    count(*) AS days_in_data,
    sum(d.tickets_created) AS tickets_created,
    sum(d.tickets_closed) AS tickets_closed,
    round(sum(d.tickets_created)::numeric / count(*), 2) AS avg_per_day
FROM {{ ref('fct_tickets_daily') }} AS d
GROUP BY d.iso_week, d.week_start
ORDER BY d.week_start
