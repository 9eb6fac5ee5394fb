"""The staging schema of a parallel load: made from the migrations, checked, swapped into place.

The staged tables are built by the migrations' own SQL (the SQL `seed` runs on an empty
database) with the staging schema first on the search path, so they are exactly the migrated
tables; their keys, indexes and foreign keys are then dropped, to be rebuilt after the data.
The schema carries a comment that marks it as seeder's: a run removes a leftover staging
schema (from a killed run) only when it bears that mark.

A swap drops the target's tables and moves the staged ones into their schema. Dropping a
table also drops what hangs on it (views, triggers, rules, policies, grants, other tables'
foreign keys, a column or index someone added), so before a staged load `obstacles` lists all
of those; any one of them sends the load down the single-transaction path instead, which keeps
the tables themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from psycopg import sql

if TYPE_CHECKING:
    import psycopg

    from seeder.schema.offline import CompiledSchema

STAGING_SCHEMA = "seeder_staging"
STAGING_MARK = "seeder: tables of a load in progress (a later seed run removes them)"

# Objects that depend on the target tables and are not part of them (their indexes, keys,
# row types, defaults, toast tables and the triggers of their foreign keys are).
_DEPENDENTS = """
WITH target AS (
    SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = %(schema)s AND c.relname = ANY(%(tables)s)
), own (classid, objid) AS (
    SELECT 'pg_class'::regclass::oid, oid FROM target
    UNION ALL SELECT 'pg_class'::regclass::oid, indexrelid FROM pg_index
        WHERE indrelid IN (SELECT oid FROM target)
    UNION ALL SELECT 'pg_class'::regclass::oid, reltoastrelid FROM pg_class
        WHERE oid IN (SELECT oid FROM target)
    UNION ALL SELECT 'pg_type'::regclass::oid, reltype FROM pg_class
        WHERE oid IN (SELECT oid FROM target)
    UNION ALL SELECT 'pg_constraint'::regclass::oid, oid FROM pg_constraint
        WHERE conrelid IN (SELECT oid FROM target)
    UNION ALL SELECT 'pg_attrdef'::regclass::oid, oid FROM pg_attrdef
        WHERE adrelid IN (SELECT oid FROM target)
    UNION ALL SELECT 'pg_trigger'::regclass::oid, oid FROM pg_trigger
        WHERE tgrelid IN (SELECT oid FROM target) AND tgisinternal
)
SELECT DISTINCT CASE
    WHEN d.classid = 'pg_rewrite'::regclass THEN (
        SELECT CASE WHEN r.rulename = '_RETURN'
            THEN pg_describe_object('pg_class'::regclass, r.ev_class, 0)
            ELSE pg_describe_object(d.classid, d.objid, 0) END
        FROM pg_rewrite r WHERE r.oid = d.objid)
    ELSE pg_describe_object(d.classid, d.objid, 0) END
FROM pg_depend d
WHERE d.refclassid = 'pg_class'::regclass AND d.refobjid IN (SELECT oid FROM target)
    AND (d.classid, d.objid) NOT IN (SELECT classid, objid FROM own)
"""

# Columns, indexes and constraints of the target tables that the migrations do not make
# (compared by name with the staged tables), and settings a swap would not carry over.
_ADDITIONS = """
WITH t AS (
    SELECT c.*, n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname IN (%(schema)s, %(staging)s) AND c.relname = ANY(%(tables)s)
), parts (nspname, what) AS (
    SELECT t.nspname, format('column %%s.%%s', t.relname, a.attname)
        FROM t JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
    UNION ALL SELECT t.nspname, format('index %%s on %%s', i.relname, t.relname)
        FROM t JOIN pg_index x ON x.indrelid = t.oid JOIN pg_class i ON i.oid = x.indexrelid
    UNION ALL SELECT t.nspname, format('constraint %%s on %%s', k.conname, t.relname)
        FROM t JOIN pg_constraint k ON k.conrelid = t.oid
)
(SELECT what FROM parts WHERE nspname = %(schema)s
    EXCEPT SELECT what FROM parts WHERE nspname = %(staging)s)
UNION
SELECT format('%%s on table %%s', setting, t.relname) FROM t CROSS JOIN LATERAL (VALUES
    ('privileges', t.relacl IS NOT NULL),
    ('row security', t.relrowsecurity OR t.relforcerowsecurity),
    ('storage options', t.reloptions IS NOT NULL),
    ('persistence ' || t.relpersistence::text, t.relpersistence <> 'p'),
    ('replica identity', t.relreplident <> 'd'),
    ('owner ' || pg_get_userbyid(t.relowner),
        t.relowner <> (SELECT oid FROM pg_roles WHERE rolname = current_user))
) AS s (setting, applies) WHERE t.nspname = %(schema)s AND s.applies
UNION
SELECT format('settings of column %%s.%%s', t.relname, a.attname)
    FROM t JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0
    WHERE t.nspname = %(schema)s
        AND (a.attacl IS NOT NULL OR coalesce(a.attstattarget::int, -1) <> -1)
"""


def target_schema(connection: psycopg.Connection) -> str | None:
    """Where the load's tables go: the schema unqualified names create in (as a load does)."""
    row = connection.execute("SELECT current_schema()").fetchone()
    return None if row is None or row[0] is None else str(row[0])


def staging_exists(connection: psycopg.Connection) -> bool | None:
    """None: no staging schema; True: seeder's; False: a schema of that name that is not."""
    row = connection.execute(
        "SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = %s",
        (STAGING_SCHEMA,),
    ).fetchone()
    return None if row is None else row[0] == STAGING_MARK


def drop_staging(connection: psycopg.Connection) -> None:
    """Remove the staging schema and everything in it (the caller checked it is seeder's)."""
    connection.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(_staging()))


def drop_leftover_staging(connection: psycopg.Connection) -> None:
    """Remove the staging schema of a killed run, if seeder's (the caller holds the run's lock)."""
    if staging_exists(connection):
        drop_staging(connection)


def create_staging(connection: psycopg.Connection, schema: CompiledSchema) -> None:
    """The staging schema with the migrated tables, keys and all (in the caller's transaction)."""
    connection.execute(sql.SQL("CREATE SCHEMA {}").format(_staging()))
    connection.execute(
        sql.SQL("COMMENT ON SCHEMA {} IS {}").format(_staging(), sql.Literal(STAGING_MARK))
    )
    connection.execute("SELECT set_config('search_path', %s, true)", (_search_path(),))
    connection.execute(schema.create_sql)


def drop_deferred(connection: psycopg.Connection, schema: CompiledSchema) -> None:
    """Drop the staged tables' keys, indexes and foreign keys (search path set by
    create_staging in this transaction)."""
    for statement in schema.deferred_drop:
        connection.execute(statement)


def obstacles(connection: psycopg.Connection, schema: str, tables: Sequence[str]) -> list[str]:
    """What a swap would destroy or lose on the target tables, one description each."""
    found: set[str] = set()
    params = {"schema": schema, "staging": STAGING_SCHEMA, "tables": list(tables)}
    for query in (_DEPENDENTS, _ADDITIONS):
        found.update(str(row[0]) for row in connection.execute(query, params).fetchall())
    return sorted(found)


def swap(connection: psycopg.Connection, schema: str, tables: Sequence[str]) -> None:
    """Replace the target's tables by the staged ones (in the caller's transaction), then
    remove the staging schema and what the migrations left in it (their alembic_version)."""
    target = sql.Identifier(schema)
    qualified = sql.SQL(", ").join(
        sql.SQL("{}.{}").format(target, sql.Identifier(table)) for table in tables
    )
    # No CASCADE: if anything came to depend on the tables since the check, this fails.
    connection.execute(sql.SQL("DROP TABLE {}").format(qualified))
    for table in tables:
        connection.execute(
            sql.SQL("ALTER TABLE {}.{} SET SCHEMA {}").format(
                _staging(), sql.Identifier(table), target
            )
        )
    drop_staging(connection)


def session_search_path() -> str:
    """The search path of a connection that loads or builds the staged tables."""
    return _search_path()


def _search_path() -> str:
    return STAGING_SCHEMA  # a plain lower-case name: no quoting needed


def _staging() -> sql.Identifier:
    return sql.Identifier(STAGING_SCHEMA)
