{#-
  Every row satisfies `expression`; a row where it is NULL passes (as in a CHECK). On a column
  too, where `expression` names the column itself.
-#}
{% test expression_is_true(model, expression, column_name=none) %}
SELECT *
FROM {{ model }}
WHERE NOT ({{ expression }})
{% endtest %}
