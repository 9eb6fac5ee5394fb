-- Question: How many contacts (interactions) does a case need, by symptom category?
-- Metric:   contacts = COUNT(interactions) per ticket;
--           avg_contacts = AVG(contacts) over all tickets of the category; median and max;
--           avg_contacts_non_fcr = AVG(contacts) over tickets with fcr = false;
--           pct_1 / pct_2 / pct_3 / pct_4_plus = share of tickets with that many contacts.
--           Per symptom category and overall ('all'). Open tickets count with the contacts
--           they have so far.
SELECT
    coalesce(t.symptom_cat, 'all') AS symptom_cat,
    count(*) AS tickets,
    sum(t.contacts) AS interactions,
    round(avg(t.contacts), 2) AS avg_contacts,
    percentile_disc(0.5) WITHIN GROUP (ORDER BY t.contacts) AS median_contacts,
    max(t.contacts) AS max_contacts,
    round(avg(t.contacts) FILTER (WHERE NOT t.fcr), 2) AS avg_contacts_non_fcr,
    round(100.0 * count(*) FILTER (WHERE t.contacts = 1) / NULLIF(count(*), 0), 1) AS pct_1,
    round(100.0 * count(*) FILTER (WHERE t.contacts = 2) / NULLIF(count(*), 0), 1) AS pct_2,
    round(100.0 * count(*) FILTER (WHERE t.contacts = 3) / NULLIF(count(*), 0), 1) AS pct_3,
    round(100.0 * count(*) FILTER (WHERE t.contacts >= 4) / NULLIF(count(*), 0), 1) AS pct_4_plus
FROM {{ ref('int_tickets') }} AS t
GROUP BY GROUPING SETS ((t.symptom_cat), ())
ORDER BY grouping(t.symptom_cat), avg_contacts DESC, t.symptom_cat
