{#
  format_date(expression, pattern): a date or timestamp as text, `pattern` written as for
  PostgreSQL's to_char. PostgreSQL renders to_char itself, so the generated psql files keep
  it; DuckDB has strftime, so each pattern the models use is mapped to its strftime form.
#}
{% macro format_date(expression, pattern) -%}
    {{ return(adapter.dispatch('format_date', 'seeder')(expression, pattern)) }}
{%- endmacro %}

{% macro default__format_date(expression, pattern) -%}
    to_char({{ expression }}, '{{ pattern }}')
{%- endmacro %}

{% macro duckdb__format_date(expression, pattern) -%}
    {%- set strftime_patterns = {
        'Dy': '%a',
        'YYYY-MM': '%Y-%m',
        'YYYY-MM-DD': '%Y-%m-%d',
        'IYYY-"W"IW': '%G-W%V',
    } -%}
    {%- if pattern not in strftime_patterns -%}
        {{ exceptions.raise_compiler_error("format_date: no DuckDB form of the pattern " ~ pattern ~ "; add it to macros/format_date.sql") }}
    {%- endif -%}
    strftime({{ expression }}, '{{ strftime_patterns[pattern] }}')
{%- endmacro %}
