-- Question: Which ISO weeks had unusually many or few tickets for their recent past, and
--           which scenario events ran in them?
-- Metric:   tickets_created per full ISO week (Monday to Sunday, UTC; the partial first and
--           last weeks are left out); trailing_mean and trailing_stddev = AVG and STDDEV_SAMP
--           of the 8 weeks before (not the week itself), NULL until 8 weeks precede;
--           z_score = (tickets_created - trailing_mean) / trailing_stddev, NULL also when the
--           stddev is 0; is_anomaly = |z_score| >= 3. events = the names of the scenario events
--           whose window overlaps the week ('' for none): the labels an anomaly detector
--           can be scored against (public holidays are not stored, so are not listed).
WITH weeks AS (
    SELECT
        d.iso_week,
        d.week_start,
        sum(d.tickets_created) AS tickets_created
    FROM {{ ref('fct_tickets_daily') }} AS d
    GROUP BY d.iso_week, d.week_start
    HAVING count(*) = 7
),
history AS (
    SELECT
        w.*,
        count(*) OVER last_8 AS trailing_weeks,
        avg(w.tickets_created) OVER last_8 AS trailing_mean,
        stddev_samp(w.tickets_created) OVER last_8 AS trailing_stddev
    FROM weeks AS w
    WINDOW last_8 AS (ORDER BY w.week_start ROWS BETWEEN 8 PRECEDING AND 1 PRECEDING)
),
scored AS (
    SELECT
        t.*,
        CASE WHEN t.trailing_weeks = 8
            THEN (t.tickets_created - t.trailing_mean) / nullif(t.trailing_stddev, 0)
        END AS z
    FROM history AS t
)
SELECT
    s.iso_week,
    s.week_start,
    s.tickets_created,
    round(CASE WHEN s.trailing_weeks = 8 THEN s.trailing_mean END, 1) AS trailing_mean,
    round(CASE WHEN s.trailing_weeks = 8 THEN s.trailing_stddev END, 1) AS trailing_stddev,
    round(s.z, 2) AS z_score,
    coalesce(abs(s.z) >= 3, false) AS is_anomaly,
    coalesce(
        (SELECT string_agg(e.event_name, '; ' ORDER BY e.starts_at, e.event_id)
         FROM {{ ref('stg_scenario_events') }} AS e
         WHERE e.starts_at < s.week_start + 7 AND e.ends_at > s.week_start),
        ''
    ) AS events
FROM scored AS s
ORDER BY s.week_start
