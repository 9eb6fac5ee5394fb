-- One row per UTC calendar day of the data: from the first WFM day or ticket to the last WFM
-- day or ticket event (created or closed).
WITH bounds AS (
    SELECT
        least(
            (SELECT min(w.day) FROM {{ ref('stg_wfm') }} AS w),
            (SELECT min(t.ticket_created)::date FROM {{ ref('stg_tickets') }} AS t)
        ) AS first_day,
        greatest(
            (SELECT max(w.day) FROM {{ ref('stg_wfm') }} AS w),
            (SELECT max(coalesce(t.ticket_closed, t.ticket_created))::date
             FROM {{ ref('stg_tickets') }} AS t)
        ) AS last_day
)
SELECT
    d::date AS day,
    date_trunc('week', d)::date AS week_start,
    {{ format_date('d', 'IYYY-"W"IW') }} AS iso_week,
    date_trunc('month', d)::date AS month,
    extract(ISODOW FROM d)::int AS iso_day_of_week,
    extract(ISODOW FROM d) >= 6 AS is_weekend
-- Timestamps, not dates: given dates, PostgreSQL steps in the session's time zone, and where
-- a clock change skips midnight (America/Santiago) the series loses the last day.
FROM bounds,
    generate_series(
        bounds.first_day::timestamp, bounds.last_day::timestamp, interval '1 day'
    ) AS d
