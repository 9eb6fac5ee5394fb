{#-
  Seed 004's joinability rule: at least `min_pct` percent of the non-NULL values of the column
  match a `field` of `to`. Fails with one row (the counts and the percentage) when fewer do.
-#}
{% test join_coverage(model, column_name, to, field, min_pct=100) %}
WITH coverage AS (
    SELECT
        count(*) AS keyed_rows,
        count(p.{{ field }}) AS matched_rows
    FROM {{ model }} AS c
    LEFT JOIN (SELECT DISTINCT {{ field }} FROM {{ to }}) AS p ON p.{{ field }} = c.{{ column_name }}
    WHERE c.{{ column_name }} IS NOT NULL
)
SELECT keyed_rows, matched_rows, 100.0 * matched_rows / keyed_rows AS matched_pct
FROM coverage
WHERE keyed_rows > 0 AND 100.0 * matched_rows < {{ min_pct }} * keyed_rows
{% endtest %}
