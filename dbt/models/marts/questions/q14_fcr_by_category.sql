-- Question: What is the first contact resolution (FCR) rate by symptom category, and do the
--           flag, the contact count and the time-based proxies agree?
-- Metric:   all rates are 100 * tickets meeting the rule / all tickets of the category:
--           fcr_flag          tickets.fcr is true;
--           fcr_contacts      the ticket has exactly 1 interaction (recomputed from the data;
--                             in this dataset it must equal the flag);
--           fcr_strict_60m    proxy: resolved (status = 'closed') with
--                             ticket_closed - ticket_created <= 60 minutes;
--           fcr_lenient_240m  proxy: resolved within 240 minutes.
--           The time proxies are what a desk without contact counts would use; they also
--           count multi-contact tickets solved quickly, and miss FCR tickets closed late.
--           Per symptom category and overall ('all').
SELECT
    coalesce(t.symptom_cat, 'all') AS symptom_cat,
    count(*) AS tickets,
    count(*) FILTER (WHERE t.fcr) AS fcr_flag_tickets,
    count(*) FILTER (WHERE t.is_single_contact) AS fcr_contacts_tickets,
    round(100.0 * count(*) FILTER (WHERE t.fcr) / NULLIF(count(*), 0), 1) AS fcr_flag_pct,
    round(100.0 * count(*) FILTER (WHERE t.is_single_contact) / NULLIF(count(*), 0), 1)
        AS fcr_contacts_pct,
    round(
        100.0 * count(*) FILTER (WHERE t.is_resolved AND t.resolution_minutes <= 60)
        / NULLIF(count(*), 0), 1
    ) AS fcr_strict_60m_pct,
    round(
        100.0 * count(*) FILTER (WHERE t.is_resolved AND t.resolution_minutes <= 240)
        / NULLIF(count(*), 0), 1
    ) AS fcr_lenient_240m_pct
FROM {{ ref('int_tickets') }} AS t
GROUP BY GROUPING SETS ((t.symptom_cat), ())
ORDER BY grouping(t.symptom_cat), fcr_flag_pct DESC, t.symptom_cat
