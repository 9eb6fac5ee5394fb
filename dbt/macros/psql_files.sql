{#
  ref() and source() as dbt has them, except while sql/analytics is generated
  (--vars '{psql_files: true}', see tests/generate_analytics.py): a model then renders as the
  view the psql files create for it (analytics.<model>) and a source as its plain table name,
  as a psql user's search_path finds it. The real reference is still taken first, so dbt
  records the dependency either way.
#}
{% macro ref(model_name) -%}
    {%- set relation = builtins.ref(model_name) -%}
    {%- if var('psql_files', false) -%}
        {{ return('analytics.' ~ model_name) }}
    {%- endif -%}
    {{ return(relation) }}
{%- endmacro %}

{% macro source(source_name, table_name) -%}
    {%- set relation = builtins.source(source_name, table_name) -%}
    {%- if var('psql_files', false) -%}
        {{ return(table_name) }}
    {%- endif -%}
    {{ return(relation) }}
{%- endmacro %}
