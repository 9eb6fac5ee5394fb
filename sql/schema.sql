BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 0001

CREATE TABLE customers (
    id INTEGER NOT NULL, 
    name TEXT NOT NULL, 
    email TEXT NOT NULL, 
    phone TEXT NOT NULL, 
    country TEXT NOT NULL, 
    CONSTRAINT pk_customers PRIMARY KEY (id), 
    CONSTRAINT ck_customers_country_valid CHECK (country IN ('UK', 'Germany', 'Austria', 'Netherlands', 'France', 'Belgium')), 
    CONSTRAINT uq_customers_email UNIQUE (email)
);

COMMENT ON TABLE customers IS 'Customers of the audio-equipment company.';

COMMENT ON COLUMN customers.id IS 'Customer id, 1..number of customers';

COMMENT ON COLUMN customers.name IS 'Full name';

COMMENT ON COLUMN customers.email IS 'E-mail address, unique';

COMMENT ON COLUMN customers.phone IS 'Phone number in international format';

COMMENT ON COLUMN customers.country IS 'UK, Germany, Austria, Netherlands, France or Belgium';

CREATE TABLE users (
    id INTEGER NOT NULL, 
    first_name TEXT NOT NULL, 
    last_name TEXT NOT NULL, 
    fte NUMERIC(3, 2) NOT NULL, 
    position TEXT NOT NULL, 
    start_date DATE NOT NULL, 
    status TEXT NOT NULL, 
    hourly_rate_eur NUMERIC(5, 2) NOT NULL, 
    CONSTRAINT pk_users PRIMARY KEY (id), 
    CONSTRAINT ck_users_fte_range CHECK (fte > 0 AND fte <= 1), 
    CONSTRAINT ck_users_hourly_rate_positive CHECK (hourly_rate_eur > 0)
);

COMMENT ON TABLE users IS 'Support agents (the spec''s users_table).';

COMMENT ON COLUMN users.id IS 'Agent id, 1..number of agents';

COMMENT ON COLUMN users.first_name IS 'Agent''s first name';

COMMENT ON COLUMN users.last_name IS 'Agent''s last name';

COMMENT ON COLUMN users.fte IS 'Full-time equivalent: 1.00 = 8 h per working day';

COMMENT ON COLUMN users.position IS 'Job position (support_agent)';

COMMENT ON COLUMN users.start_date IS 'First working day';

COMMENT ON COLUMN users.status IS 'Employment status (active)';

COMMENT ON COLUMN users.hourly_rate_eur IS 'Hourly rate in EUR, higher with experience';

CREATE TABLE tickets (
    ticket_id TEXT NOT NULL, 
    origin TEXT NOT NULL, 
    symptom_cat TEXT NOT NULL, 
    symptom TEXT NOT NULL, 
    status TEXT NOT NULL, 
    product TEXT NOT NULL, 
    ticket_owner INTEGER NOT NULL, 
    language TEXT NOT NULL, 
    fcr BOOLEAN NOT NULL, 
    escalated BOOLEAN NOT NULL, 
    ticket_created TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    ticket_closed TIMESTAMP WITHOUT TIME ZONE, 
    last_interaction_time TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    resolution_after_last_interaction_hours NUMERIC(8, 2), 
    lifecycle_hours NUMERIC(8, 2), 
    customer_id INTEGER NOT NULL, 
    ticket_rating SMALLINT, 
    CONSTRAINT pk_tickets PRIMARY KEY (ticket_id), 
    CONSTRAINT ck_tickets_closed_status CHECK ((status = 'closed') = (ticket_closed IS NOT NULL)), 
    CONSTRAINT ck_tickets_language_valid CHECK (language IN ('english', 'french', 'german')), 
    CONSTRAINT ck_tickets_origin_valid CHECK (origin IN ('email', 'phone', 'chat')), 
    CONSTRAINT ck_tickets_product_valid CHECK (product IN ('headphones', 'speakers', 'amplifiers', 'turntables')), 
    CONSTRAINT ck_tickets_status_valid CHECK (status IN ('new', 'open', 'closed')), 
    CONSTRAINT ck_tickets_symptom_cat_valid CHECK (symptom_cat IN ('troubleshooting', 'finance', 'logistics', 'rma', 'product', 'complaint')), 
    CONSTRAINT ck_tickets_fcr_not_escalated CHECK (NOT (fcr AND escalated)), 
    CONSTRAINT ck_tickets_closed_after_created CHECK (ticket_closed IS NULL OR ticket_closed >= ticket_created), 
    CONSTRAINT ck_tickets_rating_range CHECK (ticket_rating BETWEEN 1 AND 5), 
    CONSTRAINT fk_tickets_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id), 
    CONSTRAINT fk_tickets_ticket_owner_users FOREIGN KEY(ticket_owner) REFERENCES users (id)
);

COMMENT ON TABLE tickets IS 'Support tickets (cases).';

COMMENT ON COLUMN tickets.ticket_id IS 'TKT-00001 format';

COMMENT ON COLUMN tickets.origin IS 'Channel of the first contact';

COMMENT ON COLUMN tickets.symptom_cat IS 'Issue category';

COMMENT ON COLUMN tickets.symptom IS 'Specific issue within the category';

COMMENT ON COLUMN tickets.status IS 'new, open or closed';

COMMENT ON COLUMN tickets.product IS 'Product concerned';

COMMENT ON COLUMN tickets.ticket_owner IS 'Agent responsible for the ticket';

COMMENT ON COLUMN tickets.language IS 'Customer language, from their country';

COMMENT ON COLUMN tickets.fcr IS 'First contact resolution: resolved with exactly one interaction';

COMMENT ON COLUMN tickets.escalated IS 'Escalated to second line';

COMMENT ON COLUMN tickets.ticket_created IS 'Creation time (timestamp without time zone, UTC)';

COMMENT ON COLUMN tickets.ticket_closed IS 'Closure time, NULL unless closed (timestamp without time zone, UTC)';

COMMENT ON COLUMN tickets.last_interaction_time IS 'Latest interaction_handled of the ticket (timestamp without time zone, UTC)';

COMMENT ON COLUMN tickets.resolution_after_last_interaction_hours IS 'Hours from last_interaction_time to ticket_closed';

COMMENT ON COLUMN tickets.lifecycle_hours IS 'Hours from ticket_created to ticket_closed';

COMMENT ON COLUMN tickets.customer_id IS 'Customer who raised the ticket';

COMMENT ON COLUMN tickets.ticket_rating IS 'Customer satisfaction rating 1..5, NULL when not rated';

CREATE INDEX ix_tickets_customer_id ON tickets (customer_id);

CREATE INDEX ix_tickets_ticket_closed ON tickets (ticket_closed);

CREATE INDEX ix_tickets_ticket_created ON tickets (ticket_created);

CREATE INDEX ix_tickets_ticket_owner ON tickets (ticket_owner);

CREATE TABLE wfm (
    date DATE NOT NULL, 
    user_id INTEGER NOT NULL, 
    paid_time INTEGER NOT NULL, 
    scheduled_time INTEGER NOT NULL, 
    available_time INTEGER NOT NULL, 
    interactions_time INTEGER NOT NULL, 
    productive_time INTEGER NOT NULL, 
    CONSTRAINT pk_wfm PRIMARY KEY (user_id, date), 
    CONSTRAINT ck_wfm_available_within_scheduled CHECK (available_time <= scheduled_time), 
    CONSTRAINT ck_wfm_interactions_within_productive CHECK (interactions_time <= productive_time), 
    CONSTRAINT ck_wfm_times_nonnegative CHECK (scheduled_time >= 0 AND paid_time >= 0), 
    CONSTRAINT fk_wfm_user_id_users FOREIGN KEY(user_id) REFERENCES users (id)
);

COMMENT ON TABLE wfm IS 'Daily workforce-management time per agent, in minutes.';

COMMENT ON COLUMN wfm.date IS 'Calendar day';

COMMENT ON COLUMN wfm.user_id IS 'Agent';

COMMENT ON COLUMN wfm.paid_time IS 'Paid minutes (FTE x 8 h on shift)';

COMMENT ON COLUMN wfm.scheduled_time IS 'Scheduled minutes';

COMMENT ON COLUMN wfm.available_time IS 'Scheduled minus breaks and absence, minutes';

COMMENT ON COLUMN wfm.interactions_time IS 'Minutes on customer interactions including after-contact work';

COMMENT ON COLUMN wfm.productive_time IS 'interactions_time plus meetings, training and admin, minutes';

CREATE INDEX ix_wfm_date ON wfm (date);

CREATE TABLE interactions (
    interaction_id TEXT NOT NULL, 
    channel TEXT NOT NULL, 
    customer_id INTEGER NOT NULL, 
    interaction_created TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    handle_time NUMERIC(6, 1) NOT NULL, 
    speed_of_answer NUMERIC(8, 2) NOT NULL, 
    interaction_handled TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    handled_by INTEGER NOT NULL, 
    subject TEXT, 
    body TEXT, 
    ticket_id TEXT NOT NULL, 
    CONSTRAINT pk_interactions PRIMARY KEY (interaction_id), 
    CONSTRAINT ck_interactions_channel_valid CHECK (channel IN ('email', 'phone', 'chat')), 
    CONSTRAINT ck_interactions_handle_time_positive CHECK (handle_time > 0), 
    CONSTRAINT ck_interactions_handled_after_created CHECK (interaction_handled >= interaction_created), 
    CONSTRAINT ck_interactions_speed_of_answer_nonnegative CHECK (speed_of_answer >= 0), 
    CONSTRAINT fk_interactions_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id), 
    CONSTRAINT fk_interactions_handled_by_users FOREIGN KEY(handled_by) REFERENCES users (id), 
    CONSTRAINT fk_interactions_ticket_id_tickets FOREIGN KEY(ticket_id) REFERENCES tickets (ticket_id)
);

COMMENT ON TABLE interactions IS 'Customer-agent interactions over email, phone and chat.';

COMMENT ON COLUMN interactions.interaction_id IS 'INT-000001 format';

COMMENT ON COLUMN interactions.channel IS 'email, phone or chat';

COMMENT ON COLUMN interactions.customer_id IS 'Customer of the ticket';

COMMENT ON COLUMN interactions.interaction_created IS 'When the agent started handling the contact (timestamp without time zone, UTC)';

COMMENT ON COLUMN interactions.handle_time IS 'Handle time in minutes';

COMMENT ON COLUMN interactions.speed_of_answer IS 'Wait before the answer: HOURS for email, SECONDS for phone and chat';

COMMENT ON COLUMN interactions.interaction_handled IS 'interaction_created + handle_time (timestamp without time zone, UTC)';

COMMENT ON COLUMN interactions.handled_by IS 'Agent who handled the contact';

COMMENT ON COLUMN interactions.subject IS 'Subject line (email and chat), in the ticket''s language';

COMMENT ON COLUMN interactions.body IS 'Message text (email and chat), in the ticket''s language';

COMMENT ON COLUMN interactions.ticket_id IS 'Ticket the contact belongs to';

CREATE INDEX ix_interactions_customer_id ON interactions (customer_id);

CREATE INDEX ix_interactions_handled_by ON interactions (handled_by);

CREATE INDEX ix_interactions_interaction_created ON interactions (interaction_created);

CREATE INDEX ix_interactions_ticket_id ON interactions (ticket_id);

CREATE TABLE calls (
    id TEXT NOT NULL, 
    initialized TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    answered TIMESTAMP WITHOUT TIME ZONE, 
    abandoned TIMESTAMP WITHOUT TIME ZONE, 
    is_abandoned BOOLEAN NOT NULL, 
    interaction_id TEXT, 
    CONSTRAINT pk_calls PRIMARY KEY (id), 
    CONSTRAINT ck_calls_answered_xor_abandoned CHECK ((answered IS NULL) <> (abandoned IS NULL)), 
    CONSTRAINT ck_calls_interaction_iff_answered CHECK ((interaction_id IS NULL) = is_abandoned), 
    CONSTRAINT ck_calls_is_abandoned_flag CHECK (is_abandoned = (abandoned IS NOT NULL)), 
    CONSTRAINT fk_calls_interaction_id_interactions FOREIGN KEY(interaction_id) REFERENCES interactions (interaction_id), 
    CONSTRAINT uq_calls_interaction_id UNIQUE (interaction_id)
);

COMMENT ON TABLE calls IS 'Phone queue records, answered and abandoned.';

COMMENT ON COLUMN calls.id IS 'CAL-000001 format';

COMMENT ON COLUMN calls.initialized IS 'Call entered the queue (timestamp without time zone, UTC)';

COMMENT ON COLUMN calls.answered IS 'Answered by an agent, NULL if abandoned (timestamp without time zone, UTC)';

COMMENT ON COLUMN calls.abandoned IS 'Caller hung up, NULL if answered (timestamp without time zone, UTC)';

COMMENT ON COLUMN calls.is_abandoned IS 'True when abandoned';

COMMENT ON COLUMN calls.interaction_id IS 'Interaction of an answered call, NULL if abandoned';

CREATE INDEX ix_calls_initialized ON calls (initialized);

CREATE TABLE chats (
    id TEXT NOT NULL, 
    initialized TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    answered TIMESTAMP WITHOUT TIME ZONE, 
    abandoned TIMESTAMP WITHOUT TIME ZONE, 
    is_abandoned BOOLEAN NOT NULL, 
    interaction_id TEXT, 
    CONSTRAINT pk_chats PRIMARY KEY (id), 
    CONSTRAINT ck_chats_answered_xor_abandoned CHECK ((answered IS NULL) <> (abandoned IS NULL)), 
    CONSTRAINT ck_chats_interaction_iff_answered CHECK ((interaction_id IS NULL) = is_abandoned), 
    CONSTRAINT ck_chats_is_abandoned_flag CHECK (is_abandoned = (abandoned IS NOT NULL)), 
    CONSTRAINT fk_chats_interaction_id_interactions FOREIGN KEY(interaction_id) REFERENCES interactions (interaction_id), 
    CONSTRAINT uq_chats_interaction_id UNIQUE (interaction_id)
);

COMMENT ON TABLE chats IS 'Chat queue records, answered and abandoned.';

COMMENT ON COLUMN chats.id IS 'CHA-000001 format';

COMMENT ON COLUMN chats.initialized IS 'Chat entered the queue (timestamp without time zone, UTC)';

COMMENT ON COLUMN chats.answered IS 'Answered by an agent, NULL if abandoned (timestamp without time zone, UTC)';

COMMENT ON COLUMN chats.abandoned IS 'Customer left, NULL if answered (timestamp without time zone, UTC)';

COMMENT ON COLUMN chats.is_abandoned IS 'True when abandoned';

COMMENT ON COLUMN chats.interaction_id IS 'Interaction of an answered chat, NULL if abandoned';

CREATE INDEX ix_chats_initialized ON chats (initialized);

INSERT INTO alembic_version (version_num) VALUES ('0001') RETURNING alembic_version.version_num;

-- Running upgrade 0001 -> 0002

ALTER TABLE wfm ADD COLUMN shift_start TIMESTAMP WITHOUT TIME ZONE;

COMMENT ON COLUMN wfm.shift_start IS 'Start of the shift, NULL on days off (timestamp without time zone, UTC)';

ALTER TABLE wfm ADD COLUMN shift_end TIMESTAMP WITHOUT TIME ZONE;

COMMENT ON COLUMN wfm.shift_end IS 'End of the shift, NULL on days off (timestamp without time zone, UTC)';

ALTER TABLE wfm ADD CONSTRAINT ck_wfm_shift_whole CHECK ((shift_start IS NULL) = (shift_end IS NULL) AND (shift_start IS NULL OR shift_end > shift_start));

COMMENT ON COLUMN wfm.paid_time IS 'Paid minutes: scheduled_time plus overtime';

COMMENT ON COLUMN wfm.scheduled_time IS 'Scheduled minutes: the shift''s length, 0 on days off';

UPDATE alembic_version SET version_num='0002' WHERE alembic_version.version_num = '0001';

-- Running upgrade 0002 -> 0003

CREATE TABLE scenario_events (
    id INTEGER NOT NULL, 
    kind TEXT NOT NULL, 
    name TEXT NOT NULL, 
    starts_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    ends_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    description TEXT NOT NULL, 
    parameters TEXT NOT NULL, 
    CONSTRAINT pk_scenario_events PRIMARY KEY (id), 
    CONSTRAINT ck_scenario_events_ends_after_starts CHECK (ends_at > starts_at)
);

COMMENT ON TABLE scenario_events IS 'Scenario events (firmware bugs, outages, strikes...) that caused tickets.';

COMMENT ON COLUMN scenario_events.id IS 'Event id: its position in the configured events, from 1';

COMMENT ON COLUMN scenario_events.kind IS 'firmware_bug, outage, carrier_strike, ...';

COMMENT ON COLUMN scenario_events.name IS 'Short name of the event';

COMMENT ON COLUMN scenario_events.starts_at IS 'Start of the event''s first day (timestamp without time zone, UTC)';

COMMENT ON COLUMN scenario_events.ends_at IS 'End of the event: midnight after its last day (timestamp without time zone, UTC)';

COMMENT ON COLUMN scenario_events.description IS 'What happened, in one sentence';

COMMENT ON COLUMN scenario_events.parameters IS 'The event''s configuration as a JSON object (cast to jsonb to query)';

ALTER TABLE tickets ADD COLUMN event_id INTEGER;

COMMENT ON COLUMN tickets.event_id IS 'Scenario event that caused the ticket, NULL for ordinary tickets';

CREATE INDEX ix_tickets_event_id ON tickets (event_id);

ALTER TABLE tickets ADD CONSTRAINT fk_tickets_event_id_scenario_events FOREIGN KEY(event_id) REFERENCES scenario_events (id);

UPDATE alembic_version SET version_num='0003' WHERE alembic_version.version_num = '0002';

-- Running upgrade 0003 -> 0004

CREATE TABLE seed_runs (
    id BIGINT GENERATED ALWAYS AS IDENTITY, 
    target TEXT NOT NULL, 
    seeder_version TEXT NOT NULL, 
    seed BIGINT NOT NULL, 
    tickets INTEGER NOT NULL, 
    customers INTEGER NOT NULL, 
    agents INTEGER NOT NULL, 
    start_date DATE NOT NULL, 
    end_date DATE NOT NULL, 
    params_toml TEXT NOT NULL, 
    params_sha256 TEXT NOT NULL, 
    started_at TIMESTAMP WITH TIME ZONE NOT NULL, 
    finished_at TIMESTAMP WITH TIME ZONE NOT NULL, 
    row_counts JSONB NOT NULL, 
    content_hashes JSONB NOT NULL, 
    content_hash_encoding TEXT NOT NULL, 
    CONSTRAINT pk_seed_runs PRIMARY KEY (id), 
    CONSTRAINT ck_seed_runs_target_valid CHECK (target IN ('load', 'dump')), 
    CONSTRAINT ck_seed_runs_hash_encoding_valid CHECK (content_hash_encoding IN ('binary', 'text', 'insert')), 
    CONSTRAINT ck_seed_runs_dates_ordered CHECK (end_date >= start_date), 
    CONSTRAINT ck_seed_runs_finished_after_started CHECK (finished_at >= started_at)
);

COMMENT ON TABLE seed_runs IS 'One row per load, newest last: the inputs and the per-table row counts and content hashes of the data it wrote (kept across --reset: the history).';

COMMENT ON COLUMN seed_runs.id IS 'Run number, in the order runs were recorded: the highest describes the data';

COMMENT ON COLUMN seed_runs.target IS 'How the data arrived: load (seed) or dump (a seed dump file run by psql)';

COMMENT ON COLUMN seed_runs.seeder_version IS 'seeder version that made the data';

COMMENT ON COLUMN seed_runs.seed IS 'Random seed (--seed)';

COMMENT ON COLUMN seed_runs.tickets IS 'Tickets generated (--size or --tickets)';

COMMENT ON COLUMN seed_runs.customers IS 'Customers generated (--customers, else scaled with the tickets)';

COMMENT ON COLUMN seed_runs.agents IS 'Agents generated, the users rows (--agents, else scaled with the tickets)';

COMMENT ON COLUMN seed_runs.start_date IS 'First day of the data (--start)';

COMMENT ON COLUMN seed_runs.end_date IS 'Last day of the data (--end)';

COMMENT ON COLUMN seed_runs.params_toml IS 'Every generation parameter, as the TOML `seed config` prints (a --config)';

COMMENT ON COLUMN seed_runs.params_sha256 IS 'SHA-256 of params_toml in UTF-8, 64 hex digits (as in a dump''s header)';

COMMENT ON COLUMN seed_runs.started_at IS 'When the loading transaction began, now() (for a dump: when psql ran it)';

COMMENT ON COLUMN seed_runs.finished_at IS 'When the loading transaction wrote this row, just before its commit';

COMMENT ON COLUMN seed_runs.row_counts IS 'Rows written per data table, a JSON object {table: rows}';

COMMENT ON COLUMN seed_runs.content_hashes IS 'SHA-256 (hex) per data table of its rows as encoded, in load order, a JSON object {table: hash} (docs/run_manifest.md)';

COMMENT ON COLUMN seed_runs.content_hash_encoding IS 'What content_hashes hash: binary (binary COPY rows, a load), text (COPY text lines, a copy dump) or insert (INSERT VALUES lists, an insert dump)';

UPDATE alembic_version SET version_num='0004' WHERE alembic_version.version_num = '0003';

-- Running upgrade 0004 -> 0005

DO $$
DECLARE views text;
BEGIN
    SELECT string_agg(DISTINCT reader.oid::regclass::text, ', ') INTO views
    FROM pg_depend AS dep
    JOIN pg_rewrite AS rule ON rule.oid = dep.objid
    JOIN pg_class AS reader ON reader.oid = rule.ev_class
    JOIN pg_attribute AS col ON col.attrelid = dep.refobjid AND col.attnum = dep.refobjsubid
    JOIN (VALUES ('tickets', 'ticket_id'), ('interactions', 'interaction_id'), ('interactions', 'ticket_id'), ('calls', 'id'), ('calls', 'interaction_id'), ('chats', 'id'), ('chats', 'interaction_id')) AS id_column (tab, name)
      ON dep.refobjid = to_regclass(id_column.tab) AND col.attname = id_column.name
    WHERE dep.classid = 'pg_rewrite'::regclass AND reader.oid <> dep.refobjid;
    IF views IS NOT NULL THEN
        RAISE EXCEPTION 'upgrading the schema to 0005 needs the views on the id columns dropped '
            'first and made again after (DROP SCHEMA analytics CASCADE; dbt''s: DROP SCHEMA dbt '
            'CASCADE, then dbt run); nothing was changed; the views: %', views;
    END IF;
END $$;

ALTER TABLE tickets ALTER COLUMN ticket_id TYPE TEXT COLLATE "C";

ALTER TABLE interactions ALTER COLUMN interaction_id TYPE TEXT COLLATE "C";

ALTER TABLE interactions ALTER COLUMN ticket_id TYPE TEXT COLLATE "C";

ALTER TABLE calls ALTER COLUMN id TYPE TEXT COLLATE "C";

ALTER TABLE calls ALTER COLUMN interaction_id TYPE TEXT COLLATE "C";

ALTER TABLE chats ALTER COLUMN id TYPE TEXT COLLATE "C";

ALTER TABLE chats ALTER COLUMN interaction_id TYPE TEXT COLLATE "C";

UPDATE alembic_version SET version_num='0005' WHERE alembic_version.version_num = '0004';

COMMIT;

