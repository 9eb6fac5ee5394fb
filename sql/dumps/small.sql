-- seeder 0.1.0: synthetic customer-support dataset
-- tickets=500 customers=120 agents=3 seed=42 start=2023-09-15 end=2025-08-21
-- parameters sha256=0a1adbf5aa8c0335479a004d09c75602632db8fcded63998a7f475bb71ba10be (`seed config` prints them)
-- Load: createdb DBNAME && psql -v ON_ERROR_STOP=1 -d DBNAME -f FILE
-- (a .gz file: gunzip -c FILE | psql -v ON_ERROR_STOP=1 -d DBNAME)

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET client_min_messages = warning;

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

INSERT INTO alembic_version (version_num) VALUES ('0001');

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

-- Secondary indexes and foreign keys are dropped for the load and re-created after it
-- (as pg_restore does): much faster than maintaining them row by row.
ALTER TABLE tickets DROP CONSTRAINT fk_tickets_customer_id_customers;
ALTER TABLE tickets DROP CONSTRAINT fk_tickets_event_id_scenario_events;
ALTER TABLE tickets DROP CONSTRAINT fk_tickets_ticket_owner_users;
ALTER TABLE wfm DROP CONSTRAINT fk_wfm_user_id_users;
ALTER TABLE interactions DROP CONSTRAINT fk_interactions_customer_id_customers;
ALTER TABLE interactions DROP CONSTRAINT fk_interactions_handled_by_users;
ALTER TABLE interactions DROP CONSTRAINT fk_interactions_ticket_id_tickets;
ALTER TABLE calls DROP CONSTRAINT fk_calls_interaction_id_interactions;
ALTER TABLE chats DROP CONSTRAINT fk_chats_interaction_id_interactions;
DROP INDEX ix_tickets_customer_id;
DROP INDEX ix_tickets_event_id;
DROP INDEX ix_tickets_ticket_closed;
DROP INDEX ix_tickets_ticket_created;
DROP INDEX ix_tickets_ticket_owner;
DROP INDEX ix_wfm_date;
DROP INDEX ix_interactions_customer_id;
DROP INDEX ix_interactions_handled_by;
DROP INDEX ix_interactions_interaction_created;
DROP INDEX ix_interactions_ticket_id;
DROP INDEX ix_calls_initialized;
DROP INDEX ix_chats_initialized;
ALTER TABLE customers DROP CONSTRAINT pk_customers;
ALTER TABLE customers DROP CONSTRAINT uq_customers_email;
ALTER TABLE scenario_events DROP CONSTRAINT pk_scenario_events;
ALTER TABLE users DROP CONSTRAINT pk_users;
ALTER TABLE tickets DROP CONSTRAINT pk_tickets;
ALTER TABLE wfm DROP CONSTRAINT pk_wfm;
ALTER TABLE interactions DROP CONSTRAINT pk_interactions;
ALTER TABLE calls DROP CONSTRAINT pk_calls;
ALTER TABLE calls DROP CONSTRAINT uq_calls_interaction_id;
ALTER TABLE chats DROP CONSTRAINT pk_chats;
ALTER TABLE chats DROP CONSTRAINT uq_chats_interaction_id;

COPY users (id, first_name, last_name, fte, position, start_date, status, hourly_rate_eur) FROM stdin WITH (FREEZE);
1	Ruben	van Bovene	1.00	support_agent	2021-11-30	active	13.25
2	Leoni	Stoiber	1.00	support_agent	2022-07-11	active	13.00
3	Emily	Robertson	1.00	support_agent	2022-01-04	active	13.25
\.

COPY customers (id, name, email, phone, country) FROM stdin WITH (FREEZE);
1	Axel Wathelet	axel.wathelet1@example.org	+32 471 57 38 51	Belgium
2	Boaz Doesburg	boaz.doesburg2@example.org	+31 6 44803093	Netherlands
3	Capucine Potier	capucine.potier3@example.org	+33 6 20 29 59 05	France
4	Karl-Ludwig Barth	karlludwig.barth4@example.org	+49 156 25499681	Germany
5	Gillian Smith	gillian.smith5@example.org	+44 7151 321483	UK
6	Nigel Evans	nigel.evans6@example.com	+44 7527 456485	UK
7	Zoey Ritter	zoey.ritter7@example.net	+43 660 9394052	Austria
8	Rudolf Seifert	rudolf.seifert8@example.net	+49 150 24818113	Germany
9	Conor Adams	conor.adams9@example.com	+44 7203 223971	UK
10	Hugues Lecomte	hugues.lecomte10@example.org	+33 6 18 68 16 88	France
11	Ingrid Paquay	ingrid.paquay11@example.net	+32 475 25 87 01	Belgium
12	Julian Wachter	julian.wachter12@example.net	+43 663 4954400	Austria
13	Jake Mills	jake.mills13@example.org	+44 7284 814018	UK
14	Julie Rolland	julie.rolland14@example.org	+33 6 33 09 29 61	France
15	Tara van Landen	tara.vanlanden15@example.com	+31 6 50452329	Netherlands
16	Amanda Wood	amanda.wood16@example.net	+44 7782 719492	UK
17	Herrmann Hecker	herrmann.hecker17@example.com	+49 150 19678633	Germany
18	Brett Willis	brett.willis18@example.net	+44 7200 852536	UK
19	Klaus-Michael Rogner	klausmichael.rogner19@example.org	+49 157 96839363	Germany
20	Hortense Ledoux	hortense.ledoux20@example.net	+33 6 53 31 11 79	France
21	Margita Stoll	margita.stoll21@example.org	+49 153 03825581	Germany
22	Alexandre De Sousa	alexandre.desousa22@example.org	+33 6 39 48 15 74	France
23	Wendy Miles	wendy.miles23@example.com	+44 7807 412047	UK
24	Maria Seifert	maria.seifert24@example.net	+49 158 44541924	Germany
25	Rosel Scheel	rosel.scheel25@example.com	+49 150 37930621	Germany
26	Élise Bouvier	elise.bouvier26@example.org	+33 6 47 94 90 87	France
27	Oliver Dixon	oliver.dixon27@example.com	+44 7800 995063	UK
28	Rudolf Gorlitz	rudolf.gorlitz28@example.com	+49 157 36497554	Germany
29	Rosaria Lamy	rosaria.lamy29@example.org	+32 478 06 15 61	Belgium
30	Alexandria Morel	alexandria.morel30@example.net	+33 6 58 41 82 44	France
31	Christoph Jank	christoph.jank31@example.org	+43 666 3615315	Austria
32	Mehdi Carpentier	mehdi.carpentier32@example.org	+32 476 62 50 28	Belgium
33	Konstantin Kastner	konstantin.kastner33@example.org	+43 660 6617943	Austria
34	Isabelle Peltier	isabelle.peltier34@example.com	+33 6 44 51 16 67	France
35	Michelle Briand	michelle.briand35@example.net	+33 6 84 81 34 15	France
36	Victor Short	victor.short36@example.net	+44 7951 846753	UK
37	Margita Trupp	margita.trupp37@example.net	+49 151 52159214	Germany
38	Armin Leithner	armin.leithner38@example.org	+43 665 8824084	Austria
39	Mehmet Merkx	mehmet.merkx39@example.org	+31 6 29021906	Netherlands
40	Amélie Philippe	amelie.philippe40@example.com	+33 6 44 58 12 73	France
41	Emma Thalhammer	emma.thalhammer41@example.net	+43 668 9787193	Austria
42	Kirsten Junk	kirsten.junk42@example.net	+49 155 24896444	Germany
43	Felicitas Auinger	felicitas.auinger43@example.org	+43 666 1163673	Austria
44	Guy Birch	guy.birch44@example.org	+44 7438 437615	UK
45	Frédéric De Oliveira	frederic.deoliveira45@example.net	+33 6 06 87 85 59	France
46	Guus de Bruijn	guus.debruijn46@example.org	+31 6 72179720	Netherlands
47	Harriet Sutton	harriet.sutton47@example.net	+44 7923 780556	UK
48	Boaz Risma	boaz.risma48@example.net	+31 6 03984955	Netherlands
49	Christelle Gillard	christelle.gillard49@example.net	+32 474 74 27 85	Belgium
50	Leona Walder	leona.walder50@example.net	+43 666 0078639	Austria
51	Andrea Heger	andrea.heger51@example.org	+43 660 8255317	Austria
52	Grégoire Lecomte	gregoire.lecomte52@example.net	+33 6 20 39 01 45	France
53	Daniela Franz	daniela.franz53@example.com	+43 665 8082080	Austria
54	Berend de Groot	berend.degroot54@example.com	+31 6 55226876	Netherlands
55	Martha Widhalm	martha.widhalm55@example.net	+43 669 0790446	Austria
56	Jacob Bentley	jacob.bentley56@example.com	+44 7445 097212	UK
57	Toby Murphy	toby.murphy57@example.com	+44 7698 597471	UK
58	Vanessa Brookes	vanessa.brookes58@example.org	+44 7194 735199	UK
59	Katie Noble	katie.noble59@example.net	+44 7617 897358	UK
60	Chloé Benoit	chloe.benoit60@example.org	+32 474 99 62 27	Belgium
61	Sophie-Marie Kastner	sophiemarie.kastner61@example.com	+43 662 7861185	Austria
62	André Lopes	andre.lopes62@example.org	+33 6 01 33 87 62	France
63	Valerie Cook	valerie.cook63@example.org	+44 7868 002029	UK
64	Alan Riley	alan.riley64@example.org	+44 7062 497069	UK
65	Berend Borman	berend.borman65@example.org	+31 6 61496268	Netherlands
66	Serge Alexandre	serge.alexandre66@example.net	+32 470 24 50 51	Belgium
67	Christiane Rousseau	christiane.rousseau67@example.net	+33 6 33 27 65 20	France
68	Katherina Weller	katherina.weller68@example.com	+49 152 47293053	Germany
69	Jacob Dawson	jacob.dawson69@example.com	+44 7591 994501	UK
70	Felicitas Trapp	felicitas.trapp70@example.org	+49 151 13824133	Germany
71	Linda Bell	linda.bell71@example.org	+44 7737 007433	UK
72	Édouard Blanc	edouard.blanc72@example.net	+33 6 18 73 92 35	France
73	Sébastien Marchand	sebastien.marchand73@example.org	+33 6 24 50 14 07	France
74	Patricia Leroy	patricia.leroy74@example.net	+32 476 94 01 25	Belgium
75	Calvin Fankhauser	calvin.fankhauser75@example.com	+43 661 1794912	Austria
76	Shaun Blackburn	shaun.blackburn76@example.net	+44 7196 791380	UK
77	Dorothy Evans	dorothy.evans77@example.com	+44 7185 964337	UK
78	Lesley Birch	lesley.birch78@example.com	+44 7850 510724	UK
79	Aurelia Rosenberger	aurelia.rosenberger79@example.com	+43 661 0052626	Austria
80	Franck Descamps	franck.descamps80@example.org	+33 6 10 72 72 47	France
81	Francis Walker	francis.walker81@example.org	+44 7613 945124	UK
82	Jacqueline Lawrence	jacqueline.lawrence82@example.org	+44 7785 561735	UK
83	Lotte Reichmann	lotte.reichmann83@example.net	+43 666 1210446	Austria
84	Kay van de Wiel	kay.vandewiel84@example.org	+31 6 69492832	Netherlands
85	Ahmed Fechner	ahmed.fechner85@example.com	+49 156 95579390	Germany
86	Margareta Gute	margareta.gute86@example.org	+49 153 05718787	Germany
87	Melissa Sigl	melissa.sigl87@example.com	+43 664 5964349	Austria
88	Lynn Thompson	lynn.thompson88@example.org	+44 7679 409125	UK
89	Loni Täsche	loni.tasche89@example.com	+49 150 17696897	Germany
90	Annaliese Kruschwitz	annaliese.kruschwitz90@example.org	+49 155 24974941	Germany
91	Nath Aubert	nath.aubert91@example.org	+33 6 82 18 65 29	France
92	Guus Arts	guus.arts92@example.com	+31 6 43446091	Netherlands
93	Marcelle Motte	marcelle.motte93@example.org	+32 472 79 29 13	Belgium
94	Josefine Henschel	josefine.henschel94@example.com	+49 153 28285078	Germany
95	Beverley Barrett	beverley.barrett95@example.net	+44 7346 356724	UK
96	Cécile Marchal	cecile.marchal96@example.com	+33 6 59 30 98 38	France
97	Holly O'Brien	holly.obrien97@example.org	+44 7239 026751	UK
98	Allan Archer	allan.archer98@example.net	+44 7470 897120	UK
99	Elliot Barrett	elliot.barrett99@example.com	+44 7522 314436	UK
100	Antoine Maurice	antoine.maurice100@example.net	+33 6 05 66 40 15	France
101	Tom Webb	tom.webb101@example.org	+44 7441 302775	UK
102	Antonio Burger	antonio.burger102@example.net	+43 666 7895219	Austria
103	Yasmine van Vermandois	yasmine.vanvermandois103@example.net	+31 6 60649861	Netherlands
104	Friedhold Haase	friedhold.haase104@example.com	+49 151 38950883	Germany
105	Julian Webb	julian.webb105@example.com	+44 7644 468755	UK
106	Florentin Windisch	florentin.windisch106@example.com	+43 660 4115674	Austria
107	Sébastien Breton	sebastien.breton107@example.net	+33 6 21 05 58 05	France
108	Pénélope Neveu	penelope.neveu108@example.com	+33 6 09 16 84 21	France
109	Megan Reed	megan.reed109@example.com	+44 7952 014492	UK
110	Constanze Himmelbauer	constanze.himmelbauer110@example.net	+43 663 2412642	Austria
111	Kimberley Martin	kimberley.martin111@example.org	+44 7842 373579	UK
112	Francine Moureau	francine.moureau112@example.com	+32 477 58 03 44	Belgium
113	Capucine Buisson	capucine.buisson113@example.org	+33 6 75 86 89 41	France
114	Job Louws	job.louws114@example.com	+31 6 42329384	Netherlands
115	Roger Collet	roger.collet115@example.net	+33 6 06 06 13 70	France
116	Pamela Hein	pamela.hein116@example.com	+49 158 70706762	Germany
117	Anselm Tschentscher	anselm.tschentscher117@example.org	+49 153 71128998	Germany
118	Herma Ruppert	herma.ruppert118@example.com	+49 158 63331209	Germany
119	Gillian Williamson	gillian.williamson119@example.net	+44 7592 695853	UK
120	Gloria Pfeffer	gloria.pfeffer120@example.com	+43 662 7128504	Austria
\.

COPY scenario_events (id, kind, name, starts_at, ends_at, description, parameters) FROM stdin WITH (FREEZE);
1	firmware_bug	Headphones firmware 2.4.1 bug	2024-03-04 00:00:00	2024-03-25 00:00:00	Firmware 2.4.1 made wireless headphones drop their Bluetooth pairing.	{"category": "troubleshooting", "channel": "", "closure_factor": 1.5, "country": "", "days": 21, "description": "Firmware 2.4.1 made wireless headphones drop their Bluetooth pairing.", "detail": "2.4.1", "fcr_factor": 0.5, "handle_factor": 1.3, "kind": "firmware_bug", "magnitude": 11.0, "name": "Headphones firmware 2.4.1 bug", "product": "headphones", "rating_shift": -0.6, "start": "2024-03-04", "symptom": "bluetooth_pairing_fails"}
2	carrier_strike	Carrier strike in France	2024-06-10 00:00:00	2024-06-20 00:00:00	A strike at the carrier Colis Rapide held parcels to France.	{"category": "logistics", "channel": "", "closure_factor": 2.0, "country": "France", "days": 10, "description": "A strike at the carrier Colis Rapide held parcels to France.", "detail": "Colis Rapide", "fcr_factor": 0.6, "handle_factor": 1.1, "kind": "carrier_strike", "magnitude": 14.0, "name": "Carrier strike in France", "product": "", "rating_shift": -0.5, "start": "2024-06-10", "symptom": "order_not_delivered"}
3	product_launch	TT-900 turntable launch	2024-10-01 00:00:00	2024-10-15 00:00:00	The TT-900 turntable went on sale; buyers asked how to set it up.	{"category": "product", "channel": "", "closure_factor": 1.0, "country": "", "days": 14, "description": "The TT-900 turntable went on sale; buyers asked how to set it up.", "detail": "TT-900", "fcr_factor": 1.0, "handle_factor": 1.0, "kind": "product_launch", "magnitude": 3.0, "name": "TT-900 turntable launch", "product": "turntables", "rating_shift": 0.0, "start": "2024-10-01", "symptom": ""}
4	recall	SB-50 speaker recall	2025-02-03 00:00:00	2025-03-03 00:00:00	The SB-50 speaker was recalled for an overheating power supply.	{"category": "rma", "channel": "", "closure_factor": 1.5, "country": "", "days": 28, "description": "The SB-50 speaker was recalled for an overheating power supply.", "detail": "SB-50", "fcr_factor": 0.5, "handle_factor": 1.2, "kind": "recall", "magnitude": 17.0, "name": "SB-50 speaker recall", "product": "speakers", "rating_shift": -0.4, "start": "2025-02-03", "symptom": "replacement_unit_request"}
5	outage	Web shop checkout outage	2025-05-12 00:00:00	2025-05-16 00:00:00	The web shop's checkout failed; payments were taken twice or not at all.	{"category": "finance", "channel": "", "closure_factor": 1.3, "country": "", "days": 4, "description": "The web shop's checkout failed; payments were taken twice or not at all.", "detail": "checkout", "fcr_factor": 0.8, "handle_factor": 1.2, "kind": "outage", "magnitude": 22.0, "name": "Web shop checkout outage", "product": "", "rating_shift": -0.8, "start": "2025-05-12", "symptom": "charged_twice"}
\.

COPY tickets (ticket_id, origin, symptom_cat, symptom, status, product, ticket_owner, language, fcr, escalated, ticket_created, ticket_closed, last_interaction_time, resolution_after_last_interaction_hours, lifecycle_hours, customer_id, ticket_rating, event_id) FROM stdin WITH (FREEZE);
TKT-00001	phone	complaint	unhappy with the repair	closed	headphones	1	german	f	f	2023-09-16 10:59:16	2023-09-18 09:08:31	2023-09-16 12:31:39	44.61	46.15	79	\N	\N
TKT-00002	chat	rma	warranty repair request	closed	headphones	3	english	f	f	2023-09-18 09:27:00	2023-09-28 16:14:41	2023-09-18 15:09:54	241.08	246.79	84	\N	\N
TKT-00003	chat	product	app features	closed	speakers	3	english	t	f	2023-09-18 11:02:58	2023-09-18 11:35:15	2023-09-18 11:16:23	0.31	0.54	18	4	\N
TKT-00004	phone	rma	warranty repair request	closed	speakers	2	french	f	f	2023-09-18 13:25:46	2023-10-17 09:38:26	2023-09-18 18:56:13	686.70	692.21	34	\N	\N
TKT-00005	email	troubleshooting	bluetooth pairing fails	closed	headphones	2	german	t	f	2023-09-18 14:46:24	2023-09-18 15:15:47	2023-09-18 15:12:54	0.05	0.49	90	4	\N
TKT-00006	chat	finance	invoice request	closed	headphones	2	english	f	f	2023-09-20 16:15:38	2023-09-25 09:35:24	2023-09-20 19:06:01	110.49	113.33	84	\N	\N
TKT-00007	email	troubleshooting	hum or crackling noise	closed	turntables	1	english	t	f	2023-09-21 09:49:51	2023-09-21 10:36:00	2023-09-21 10:24:45	0.19	0.77	58	\N	\N
TKT-00008	email	finance	payment failed	closed	turntables	2	german	f	f	2023-09-25 09:34:23	2023-09-26 14:56:15	2023-09-25 13:14:06	25.70	29.36	86	\N	\N
TKT-00009	email	finance	charged twice	closed	amplifiers	2	english	f	f	2023-09-25 11:57:51	2023-09-27 09:23:39	2023-09-25 15:26:13	41.96	45.43	101	\N	\N
TKT-00010	phone	troubleshooting	distorted sound	closed	turntables	3	french	f	f	2023-09-26 11:02:15	2023-09-27 08:08:38	2023-09-26 12:32:46	19.60	21.11	62	\N	\N
TKT-00011	email	logistics	return label needed	closed	turntables	1	german	t	f	2023-09-26 13:52:58	2023-09-26 17:07:01	2023-09-26 16:24:22	0.71	3.23	104	\N	\N
TKT-00012	chat	troubleshooting	bluetooth pairing fails	closed	headphones	3	english	f	f	2023-09-26 14:49:43	2023-09-30 14:20:13	2023-09-26 19:50:11	90.50	95.51	99	\N	\N
TKT-00013	phone	troubleshooting	bluetooth pairing fails	closed	headphones	1	english	f	f	2023-09-26 16:57:52	2023-09-27 12:36:28	2023-09-26 18:03:14	18.55	19.64	97	4	\N
TKT-00014	phone	troubleshooting	hum or crackling noise	closed	speakers	3	german	t	f	2023-09-27 09:46:00	2023-09-27 10:02:52	2023-09-27 09:54:35	0.14	0.28	21	\N	\N
TKT-00015	email	finance	vat invoice for my business	closed	headphones	2	french	f	f	2023-09-30 09:36:48	2023-10-02 11:19:49	2023-09-30 13:03:27	46.27	49.72	26	\N	\N
TKT-00016	chat	troubleshooting	power or battery problem	closed	turntables	2	english	f	f	2023-09-30 10:03:50	2023-10-02 08:11:55	2023-09-30 12:02:54	44.15	46.13	15	\N	\N
TKT-00017	email	logistics	wrong item delivered	closed	headphones	2	german	f	f	2023-09-30 19:39:45	2023-10-04 17:23:17	2023-10-01 12:22:00	77.02	93.73	90	3	\N
TKT-00018	email	troubleshooting	hum or crackling noise	closed	speakers	2	german	f	f	2023-10-02 10:52:26	2023-10-03 09:05:40	2023-10-02 18:39:03	14.44	22.22	110	\N	\N
TKT-00019	email	complaint	poor delivery experience	closed	speakers	3	english	f	f	2023-10-02 15:08:21	2023-10-03 10:57:58	2023-10-02 18:23:32	16.57	19.83	15	4	\N
TKT-00020	email	complaint	poor delivery experience	closed	speakers	3	english	t	f	2023-10-03 12:27:44	2023-10-03 13:00:37	2023-10-03 12:46:20	0.24	0.55	71	5	\N
TKT-00021	phone	complaint	unhappy with the repair	closed	headphones	1	english	t	f	2023-10-04 14:40:02	2023-10-04 15:24:19	2023-10-04 14:46:11	0.64	0.74	56	4	\N
TKT-00022	email	product	technical specifications	closed	turntables	1	english	t	f	2023-10-05 07:10:52	2023-10-05 08:53:08	2023-10-05 08:39:28	0.23	1.70	95	\N	\N
TKT-00023	phone	product	app features	closed	speakers	1	english	t	f	2023-10-08 13:38:09	2023-10-08 13:57:53	2023-10-08 13:47:09	0.18	0.33	59	\N	\N
TKT-00024	phone	complaint	recurring fault	closed	headphones	2	french	t	f	2023-10-10 12:21:33	2023-10-10 12:31:15	2023-10-10 12:26:40	0.08	0.16	22	\N	\N
TKT-00025	phone	logistics	change of delivery address	closed	headphones	1	french	t	f	2023-10-10 16:05:20	2023-10-10 16:24:34	2023-10-10 16:12:18	0.20	0.32	66	\N	\N
TKT-00026	email	troubleshooting	no sound	closed	headphones	2	german	t	f	2023-10-11 13:15:43	2023-10-11 14:22:05	2023-10-11 13:57:07	0.42	1.11	86	\N	\N
TKT-00027	email	troubleshooting	firmware update failed	closed	headphones	1	english	f	t	2023-10-11 14:06:53	2023-10-18 09:04:30	2023-10-11 17:10:27	159.90	162.96	101	\N	\N
TKT-00028	email	logistics	return label needed	closed	headphones	2	german	f	t	2023-10-13 11:50:59	2023-10-20 16:58:25	2023-10-13 15:41:01	169.29	173.12	85	\N	\N
TKT-00029	chat	complaint	unhappy with the repair	closed	speakers	2	german	f	f	2023-10-13 16:22:48	2023-10-14 13:28:16	2023-10-13 18:55:54	18.54	21.09	104	\N	\N
TKT-00030	phone	rma	replacement unit request	closed	headphones	2	english	f	f	2023-10-13 17:42:36	2023-10-17 16:37:10	2023-10-13 20:00:00	92.62	94.91	98	\N	\N
TKT-00031	email	rma	replacement unit request	closed	headphones	3	german	f	f	2023-10-16 14:02:27	2023-10-19 09:30:14	2023-10-16 19:44:46	61.76	67.46	68	3	\N
TKT-00032	email	logistics	parcel arrived damaged	closed	turntables	1	english	t	f	2023-10-16 16:08:29	2023-10-16 17:08:29	2023-10-16 16:49:41	0.31	1.00	98	\N	\N
TKT-00033	email	troubleshooting	power or battery problem	closed	headphones	1	french	f	f	2023-10-17 13:01:44	2023-10-20 16:53:23	2023-10-17 19:36:34	69.28	75.86	66	\N	\N
TKT-00034	chat	logistics	parts missing from the box	closed	turntables	3	german	f	f	2023-10-17 14:35:33	2023-10-19 14:23:39	2023-10-17 18:38:16	43.76	47.80	55	\N	\N
TKT-00035	phone	rma	warranty repair request	closed	headphones	3	english	f	f	2023-10-20 10:13:18	2023-10-31 18:41:15	2023-10-20 15:58:06	266.72	272.47	109	\N	\N
TKT-00036	phone	logistics	order not delivered yet	closed	speakers	3	german	t	f	2023-10-24 11:05:20	2023-10-24 11:22:22	2023-10-24 11:11:19	0.18	0.28	38	5	\N
TKT-00037	email	rma	exchange for dead-on-arrival unit	closed	speakers	1	german	f	f	2023-10-24 15:04:32	2023-10-27 14:30:45	2023-10-25 15:37:40	46.88	71.44	28	\N	\N
TKT-00038	phone	product	compatibility question	closed	speakers	3	german	t	f	2023-10-25 15:08:29	2023-10-25 15:34:39	2023-10-25 15:17:17	0.29	0.44	75	\N	\N
TKT-00039	email	product	technical specifications	closed	headphones	1	german	t	f	2023-10-26 09:03:21	2023-10-26 11:47:39	2023-10-26 11:36:03	0.19	2.74	116	\N	\N
TKT-00040	phone	logistics	tracking not updating	closed	amplifiers	1	english	f	f	2023-10-26 15:45:21	2023-10-27 09:33:18	2023-10-26 16:46:10	16.79	17.80	64	\N	\N
TKT-00041	phone	logistics	order not delivered yet	closed	speakers	1	english	f	f	2023-10-27 12:36:52	2023-10-31 17:25:31	2023-10-27 16:58:30	96.45	100.81	82	\N	\N
TKT-00042	email	finance	invoice request	closed	speakers	3	german	f	f	2023-10-27 13:52:44	2023-10-28 10:48:23	2023-10-27 16:33:45	18.24	20.93	8	5	\N
TKT-00043	email	logistics	order not delivered yet	closed	turntables	1	english	f	f	2023-10-27 14:25:20	2023-10-30 12:16:28	2023-10-27 16:08:41	68.13	69.85	109	\N	\N
TKT-00044	phone	troubleshooting	connection keeps dropping	closed	speakers	2	english	f	f	2023-10-31 11:19:07	2023-11-02 19:21:29	2023-10-31 15:09:56	52.19	56.04	16	\N	\N
TKT-00045	chat	troubleshooting	no sound	closed	speakers	2	german	f	f	2023-11-01 13:21:13	2023-11-02 09:33:19	2023-11-01 15:05:06	18.47	20.20	85	\N	\N
TKT-00046	chat	logistics	order not delivered yet	closed	amplifiers	1	french	t	f	2023-11-06 12:54:43	2023-11-06 13:24:53	2023-11-06 13:13:39	0.19	0.50	74	4	\N
TKT-00047	email	complaint	long waiting time	closed	turntables	3	english	t	f	2023-11-07 10:50:12	2023-11-07 12:36:33	2023-11-07 11:53:48	0.71	1.77	105	\N	\N
TKT-00048	phone	logistics	order not delivered yet	closed	speakers	2	english	f	f	2023-11-10 14:56:10	2023-11-12 12:06:09	2023-11-10 15:57:49	44.14	45.17	64	4	\N
TKT-00049	phone	complaint	unhappy with the repair	closed	speakers	2	english	f	t	2023-11-12 14:17:05	2023-11-16 18:45:16	2023-11-12 14:45:00	100.00	100.47	36	\N	\N
TKT-00050	chat	logistics	order not delivered yet	closed	speakers	2	english	f	t	2023-11-13 10:38:03	2023-11-14 13:41:36	2023-11-13 12:08:00	25.56	27.06	5	4	\N
TKT-00051	email	finance	vat invoice for my business	closed	speakers	3	german	f	f	2023-11-15 11:24:33	2023-11-21 10:19:03	2023-11-15 17:31:02	136.80	142.91	51	2	\N
TKT-00052	chat	logistics	change of delivery address	closed	headphones	2	german	t	f	2023-11-15 14:48:10	2023-11-15 15:04:23	2023-11-15 14:53:12	0.19	0.27	75	5	\N
TKT-00053	email	product	compatibility question	closed	headphones	2	german	t	f	2023-11-15 17:33:46	2023-11-15 18:06:15	2023-11-15 17:51:22	0.25	0.54	89	\N	\N
TKT-00054	phone	logistics	parcel arrived damaged	closed	amplifiers	1	english	f	t	2023-11-16 08:53:39	2023-11-23 14:32:51	2023-11-16 13:19:11	169.23	173.65	65	2	\N
TKT-00055	phone	complaint	recurring fault	closed	headphones	2	french	f	t	2023-11-16 14:10:28	2023-11-17 15:07:01	2023-11-16 17:02:34	22.07	24.94	74	5	\N
TKT-00056	email	troubleshooting	hum or crackling noise	closed	amplifiers	3	english	f	f	2023-11-17 14:29:49	2023-11-17 18:14:33	2023-11-17 16:13:13	2.02	3.75	48	4	\N
TKT-00057	phone	troubleshooting	firmware update failed	closed	headphones	3	german	t	f	2023-11-17 14:51:48	2023-11-17 15:41:47	2023-11-17 15:16:04	0.43	0.83	8	\N	\N
TKT-00058	email	troubleshooting	hum or crackling noise	closed	headphones	1	english	f	f	2023-11-18 07:49:53	2023-11-18 15:48:49	2023-11-18 14:13:12	1.59	7.98	63	4	\N
TKT-00059	chat	troubleshooting	distorted sound	closed	headphones	3	english	t	f	2023-11-20 13:34:23	2023-11-20 14:00:33	2023-11-20 13:50:01	0.18	0.44	2	\N	\N
TKT-00060	chat	product	technical specifications	closed	amplifiers	1	english	t	f	2023-11-20 16:48:55	2023-11-20 17:04:48	2023-11-20 16:59:12	0.09	0.26	36	\N	\N
TKT-00061	chat	troubleshooting	bluetooth pairing fails	closed	headphones	2	french	f	f	2023-11-23 18:16:47	2023-11-24 16:58:13	2023-11-23 19:10:44	21.79	22.69	67	\N	\N
TKT-00062	phone	rma	exchange for dead-on-arrival unit	closed	speakers	3	french	f	f	2023-11-24 10:26:57	2023-11-25 15:56:13	2023-11-24 16:06:25	23.83	29.49	107	\N	\N
TKT-00063	chat	troubleshooting	distorted sound	closed	headphones	2	german	t	f	2023-11-24 14:36:40	2023-11-24 14:52:05	2023-11-24 14:44:27	0.13	0.26	8	5	\N
TKT-00064	email	troubleshooting	distorted sound	closed	headphones	3	english	f	f	2023-11-26 10:33:35	2023-11-27 11:32:39	2023-11-26 15:07:33	20.42	24.98	84	4	\N
TKT-00065	phone	product	compatibility question	closed	speakers	1	english	t	f	2023-11-28 11:12:45	2023-11-28 11:44:29	2023-11-28 11:31:22	0.22	0.53	56	\N	\N
TKT-00066	phone	troubleshooting	power or battery problem	closed	headphones	1	english	f	f	2023-11-28 11:31:03	2023-11-30 11:32:11	2023-11-28 11:46:05	47.77	48.02	23	4	\N
TKT-00067	phone	product	technical specifications	closed	turntables	2	german	t	f	2023-12-01 12:39:52	2023-12-01 13:09:18	2023-12-01 12:45:54	0.39	0.49	120	\N	\N
TKT-00068	phone	logistics	order not delivered yet	closed	headphones	2	german	f	f	2023-12-03 15:34:47	2023-12-06 08:54:16	2023-12-03 15:55:50	64.97	65.32	24	\N	\N
TKT-00069	email	troubleshooting	hum or crackling noise	closed	turntables	2	german	t	f	2023-12-05 03:01:59	2023-12-05 10:37:43	2023-12-05 10:05:35	0.54	7.60	21	\N	\N
TKT-00070	email	product	stock availability	closed	amplifiers	3	german	t	f	2023-12-05 11:33:47	2023-12-05 14:02:14	2023-12-05 13:29:23	0.55	2.47	41	\N	\N
TKT-00071	phone	troubleshooting	no sound	closed	headphones	2	english	f	f	2023-12-05 14:17:01	2023-12-11 11:37:24	2023-12-05 17:36:09	138.02	141.34	23	\N	\N
TKT-00072	phone	logistics	wrong item delivered	closed	speakers	1	english	f	f	2023-12-06 08:31:59	2023-12-13 19:09:41	2023-12-06 09:57:08	177.21	178.63	2	\N	\N
TKT-00073	phone	complaint	issue still unresolved	closed	amplifiers	1	german	f	f	2023-12-10 11:14:02	2023-12-11 09:47:00	2023-12-10 15:14:32	18.54	22.55	68	\N	\N
TKT-00074	phone	troubleshooting	power or battery problem	closed	turntables	2	english	t	f	2023-12-11 18:41:19	2023-12-11 18:55:34	2023-12-11 18:47:57	0.13	0.24	27	\N	\N
TKT-00075	chat	troubleshooting	bluetooth pairing fails	closed	headphones	2	german	f	f	2023-12-11 19:15:27	2023-12-12 14:49:51	2023-12-11 19:50:00	19.00	19.57	7	\N	\N
TKT-00076	phone	product	stock availability	closed	headphones	1	english	t	f	2023-12-12 11:48:05	2023-12-12 12:26:49	2023-12-12 11:55:28	0.52	0.65	98	\N	\N
TKT-00077	phone	troubleshooting	firmware update failed	closed	speakers	2	german	f	f	2023-12-13 12:08:47	2023-12-14 08:41:40	2023-12-13 14:53:35	17.80	20.55	94	\N	\N
TKT-00078	phone	finance	vat invoice for my business	closed	headphones	2	german	f	f	2023-12-13 17:06:24	2023-12-14 16:56:06	2023-12-13 19:43:54	21.20	23.83	24	\N	\N
TKT-00079	phone	logistics	parts missing from the box	closed	amplifiers	2	english	f	t	2023-12-13 17:06:24	2023-12-16 11:00:45	2023-12-13 19:58:50	63.03	65.91	119	3	\N
TKT-00080	chat	finance	refund not received	closed	headphones	2	english	f	f	2023-12-14 17:43:37	2023-12-16 11:07:22	2023-12-14 18:36:09	40.52	41.40	16	\N	\N
TKT-00081	email	troubleshooting	firmware update failed	closed	headphones	1	english	f	f	2023-12-15 14:18:15	2023-12-16 10:49:17	2023-12-15 19:02:30	15.78	20.52	18	\N	\N
TKT-00082	chat	logistics	change of delivery address	closed	turntables	2	english	f	f	2023-12-15 15:24:27	2023-12-17 10:42:02	2023-12-15 17:02:40	41.66	43.29	5	\N	\N
TKT-00083	chat	finance	price match request	closed	speakers	2	english	f	t	2023-12-18 09:51:30	2024-01-23 08:11:57	2023-12-18 14:05:54	858.10	862.34	78	\N	\N
TKT-00084	chat	logistics	change of delivery address	closed	speakers	2	english	t	f	2023-12-18 12:53:05	2023-12-18 13:22:57	2023-12-18 13:05:56	0.28	0.50	111	4	\N
TKT-00085	phone	troubleshooting	distorted sound	closed	amplifiers	3	german	t	f	2023-12-19 12:12:17	2023-12-19 12:36:33	2023-12-19 12:22:25	0.24	0.40	4	\N	\N
TKT-00086	phone	finance	invoice request	closed	speakers	3	english	f	f	2023-12-20 08:17:27	2023-12-21 16:31:20	2023-12-20 10:58:20	29.55	32.23	88	\N	\N
TKT-00087	phone	product	compatibility question	closed	amplifiers	3	french	t	f	2023-12-20 10:07:59	2023-12-20 11:01:30	2023-12-20 10:18:58	0.71	0.89	62	4	\N
TKT-00088	phone	rma	exchange for dead-on-arrival unit	closed	headphones	3	english	f	t	2023-12-20 15:17:50	2024-02-02 13:44:14	2023-12-20 15:52:38	1053.86	1054.44	88	\N	\N
TKT-00089	chat	product	stock availability	closed	headphones	2	german	t	f	2023-12-22 08:59:50	2023-12-22 09:20:20	2023-12-22 09:11:09	0.15	0.34	85	5	\N
TKT-00090	phone	troubleshooting	bluetooth pairing fails	closed	speakers	2	english	f	f	2023-12-22 10:36:44	2023-12-23 10:14:33	2023-12-22 14:16:53	19.96	23.63	59	\N	\N
TKT-00091	email	logistics	return label needed	closed	speakers	1	german	f	f	2023-12-22 11:04:46	2023-12-23 15:35:38	2023-12-22 16:03:58	23.53	28.51	117	\N	\N
TKT-00092	phone	rma	exchange for dead-on-arrival unit	closed	speakers	2	german	f	f	2023-12-23 09:17:47	2023-12-30 15:17:42	2023-12-23 15:11:16	168.11	174.00	7	2	\N
TKT-00093	chat	complaint	unhappy with the repair	closed	headphones	2	english	f	f	2023-12-24 15:06:31	2023-12-27 08:58:14	2023-12-24 15:31:12	65.45	65.86	15	\N	\N
TKT-00094	chat	logistics	wrong item delivered	closed	headphones	1	german	f	f	2023-12-29 15:55:00	2023-12-31 12:45:02	2023-12-29 17:54:58	42.83	44.83	8	\N	\N
TKT-00095	phone	troubleshooting	bluetooth pairing fails	closed	headphones	1	english	f	f	2023-12-30 11:09:23	2024-01-05 11:46:10	2023-12-30 11:43:28	144.04	144.61	56	\N	\N
TKT-00096	phone	product	stylus or cartridge recommendation	closed	turntables	1	french	t	f	2023-12-31 12:26:55	2023-12-31 12:50:51	2023-12-31 12:36:39	0.24	0.40	29	5	\N
TKT-00097	email	logistics	order not delivered yet	closed	headphones	2	french	t	f	2024-01-02 09:11:45	2024-01-02 10:56:57	2024-01-02 10:44:15	0.21	1.75	73	\N	\N
TKT-00098	phone	troubleshooting	distorted sound	closed	amplifiers	1	english	t	f	2024-01-02 13:08:42	2024-01-02 13:53:41	2024-01-02 13:17:38	0.60	0.75	5	5	\N
TKT-00099	phone	finance	refund not received	closed	speakers	1	german	f	f	2024-01-03 08:20:56	2024-01-05 19:22:49	2024-01-03 10:31:05	56.86	59.03	75	\N	\N
TKT-00100	phone	logistics	return label needed	closed	turntables	1	english	t	f	2024-01-04 10:54:15	2024-01-04 11:38:04	2024-01-04 11:09:45	0.47	0.73	48	\N	\N
TKT-00101	phone	logistics	order not delivered yet	closed	headphones	3	german	t	f	2024-01-05 09:04:39	2024-01-05 09:38:04	2024-01-05 09:22:14	0.26	0.56	25	5	\N
TKT-00102	phone	troubleshooting	hum or crackling noise	closed	amplifiers	3	english	f	f	2024-01-05 10:43:49	2024-01-05 17:33:26	2024-01-05 15:48:02	1.76	6.83	46	\N	\N
TKT-00103	phone	troubleshooting	bluetooth pairing fails	closed	headphones	2	french	f	f	2024-01-05 13:56:08	2024-01-07 15:14:40	2024-01-05 16:24:45	46.83	49.31	72	\N	\N
TKT-00104	chat	troubleshooting	distorted sound	closed	speakers	1	english	f	f	2024-01-05 14:41:40	2024-01-10 08:12:44	2024-01-05 16:09:12	112.06	113.52	44	\N	\N
TKT-00105	phone	product	app features	closed	headphones	2	english	t	f	2024-01-08 08:36:37	2024-01-08 09:16:07	2024-01-08 08:44:41	0.52	0.66	13	\N	\N
TKT-00106	chat	logistics	tracking not updating	closed	amplifiers	3	english	t	f	2024-01-08 14:51:05	2024-01-08 15:22:08	2024-01-08 15:04:56	0.29	0.52	9	\N	\N
TKT-00107	phone	logistics	parts missing from the box	closed	turntables	3	english	f	t	2024-01-08 15:58:13	2024-01-09 12:16:57	2024-01-08 17:10:45	19.10	20.31	63	\N	\N
TKT-00108	chat	troubleshooting	distorted sound	closed	speakers	1	english	t	f	2024-01-08 16:43:17	2024-01-08 17:04:50	2024-01-08 16:48:50	0.27	0.36	2	\N	\N
TKT-00109	email	finance	charged twice	closed	amplifiers	3	english	f	f	2024-01-09 11:04:06	2024-01-11 14:14:56	2024-01-09 17:38:53	44.60	51.18	54	\N	\N
TKT-00110	chat	logistics	order not delivered yet	closed	headphones	3	german	f	f	2024-01-09 14:59:52	2024-01-10 10:56:13	2024-01-09 19:53:41	15.04	19.94	110	2	\N
TKT-00111	chat	troubleshooting	no sound	closed	headphones	2	german	t	f	2024-01-11 09:25:25	2024-01-11 09:49:30	2024-01-11 09:40:41	0.15	0.40	17	\N	\N
TKT-00112	phone	logistics	wrong item delivered	closed	speakers	1	german	f	f	2024-01-11 15:02:04	2024-01-12 19:51:25	2024-01-11 15:42:27	28.15	28.82	7	\N	\N
TKT-00113	phone	rma	replacement unit request	closed	headphones	2	english	t	f	2024-01-13 13:41:23	2024-01-13 13:59:54	2024-01-13 13:53:19	0.11	0.31	9	\N	\N
TKT-00114	phone	troubleshooting	no sound	closed	headphones	2	german	t	f	2024-01-15 14:25:52	2024-01-15 14:54:41	2024-01-15 14:32:12	0.37	0.48	53	5	\N
TKT-00115	chat	product	stylus or cartridge recommendation	closed	turntables	3	german	t	f	2024-01-15 18:13:21	2024-01-15 18:37:54	2024-01-15 18:28:28	0.16	0.41	19	\N	\N
TKT-00116	email	finance	charged twice	closed	speakers	3	german	f	f	2024-01-15 18:47:55	2024-01-18 12:25:44	2024-01-15 19:58:16	64.46	65.63	19	\N	\N
TKT-00117	email	finance	price match request	closed	turntables	3	english	f	f	2024-01-17 10:17:04	2024-01-20 09:08:15	2024-01-17 15:02:42	66.09	70.85	76	\N	\N
TKT-00118	phone	logistics	change of delivery address	closed	amplifiers	3	german	f	t	2024-01-17 11:06:30	2024-01-19 15:51:36	2024-01-17 14:57:00	48.91	52.75	37	\N	\N
TKT-00119	phone	rma	replacement unit request	closed	headphones	3	german	f	f	2024-01-18 17:04:21	2024-01-22 14:30:02	2024-01-18 19:36:25	90.89	93.43	106	4	\N
TKT-00120	chat	product	technical specifications	closed	amplifiers	1	french	t	f	2024-01-19 13:20:42	2024-01-19 13:50:20	2024-01-19 13:32:09	0.30	0.49	96	\N	\N
TKT-00121	phone	troubleshooting	power or battery problem	closed	turntables	2	english	f	f	2024-01-19 19:48:04	2024-01-22 18:10:59	2024-01-19 19:55:18	70.26	70.38	2	4	\N
TKT-00122	phone	troubleshooting	firmware update failed	closed	speakers	1	german	t	f	2024-01-21 15:31:21	2024-01-21 16:00:00	2024-01-21 15:38:12	0.36	0.48	90	4	\N
TKT-00123	chat	logistics	return label needed	closed	headphones	2	german	t	f	2024-01-22 13:58:19	2024-01-22 14:17:22	2024-01-22 14:11:07	0.10	0.32	104	\N	\N
TKT-00124	chat	logistics	return label needed	closed	headphones	2	english	t	f	2024-01-23 15:31:01	2024-01-23 15:51:06	2024-01-23 15:47:34	0.06	0.33	27	\N	\N
TKT-00125	email	complaint	recurring fault	closed	speakers	1	english	f	f	2024-01-24 08:11:42	2024-01-25 10:40:10	2024-01-24 12:54:16	21.76	26.47	78	4	\N
TKT-00126	email	troubleshooting	hum or crackling noise	closed	turntables	1	german	f	f	2024-01-24 08:18:46	2024-01-25 19:36:26	2024-01-24 11:32:33	32.06	35.29	116	\N	\N
TKT-00127	phone	finance	refund not received	closed	speakers	1	german	f	f	2024-01-24 09:23:04	2024-01-24 16:58:11	2024-01-24 13:33:25	3.41	7.59	28	4	\N
TKT-00128	email	complaint	unhappy with the repair	closed	speakers	2	english	t	f	2024-01-24 15:28:19	2024-01-24 16:57:19	2024-01-24 16:08:07	0.82	1.48	6	\N	\N
TKT-00129	chat	troubleshooting	no sound	closed	headphones	1	german	t	f	2024-01-25 09:48:48	2024-01-25 09:59:39	2024-01-25 09:53:26	0.10	0.18	24	\N	\N
TKT-00130	chat	logistics	order not delivered yet	closed	amplifiers	2	french	t	f	2024-01-29 15:34:34	2024-01-29 16:00:46	2024-01-29 15:46:29	0.24	0.44	32	\N	\N
TKT-00131	chat	rma	warranty repair request	closed	turntables	3	french	f	f	2024-01-29 17:23:01	2024-02-06 09:36:06	2024-01-29 19:48:06	181.80	184.22	26	3	\N
TKT-00132	email	rma	repair status update	closed	headphones	1	german	f	f	2024-01-30 17:04:53	2024-02-07 14:50:13	2024-01-31 14:18:03	168.54	189.76	4	4	\N
TKT-00133	phone	finance	payment failed	closed	amplifiers	1	english	f	f	2024-01-31 08:56:22	2024-02-01 13:34:03	2024-01-31 11:07:21	26.44	28.63	71	\N	\N
TKT-00134	chat	finance	charged twice	closed	headphones	1	english	f	t	2024-01-31 12:53:27	2024-02-01 13:12:15	2024-01-31 13:37:27	23.58	24.31	44	\N	\N
TKT-00135	phone	finance	payment failed	closed	headphones	1	german	f	f	2024-02-02 11:19:45	2024-02-05 11:45:58	2024-02-02 16:30:27	67.26	72.44	70	3	\N
TKT-00136	phone	logistics	order not delivered yet	closed	turntables	1	english	t	f	2024-02-07 14:34:46	2024-02-07 15:04:54	2024-02-07 14:45:40	0.32	0.50	36	\N	\N
TKT-00137	chat	finance	refund not received	closed	headphones	3	english	f	t	2024-02-09 17:21:55	2024-02-12 14:47:11	2024-02-09 18:40:05	68.12	69.42	99	\N	\N
TKT-00138	email	troubleshooting	distorted sound	closed	speakers	2	english	t	f	2024-02-09 17:55:49	2024-02-09 19:06:39	2024-02-09 18:46:25	0.34	1.18	105	\N	\N
TKT-00139	chat	logistics	parcel arrived damaged	closed	speakers	1	english	f	f	2024-02-13 12:22:35	2024-02-18 11:01:43	2024-02-13 17:22:16	113.66	118.65	36	3	\N
TKT-00140	phone	troubleshooting	firmware update failed	closed	headphones	1	english	t	f	2024-02-14 10:34:30	2024-02-14 11:27:03	2024-02-14 10:42:16	0.75	0.88	9	\N	\N
TKT-00141	phone	logistics	order not delivered yet	closed	amplifiers	1	german	f	f	2024-02-15 09:14:55	2024-02-16 12:22:40	2024-02-15 10:36:55	25.76	27.13	50	\N	\N
TKT-00142	email	troubleshooting	connection keeps dropping	closed	speakers	1	english	f	f	2024-02-16 16:37:37	2024-02-21 14:24:07	2024-02-16 19:08:04	115.27	117.78	71	\N	\N
TKT-00143	email	troubleshooting	hum or crackling noise	closed	amplifiers	2	german	t	f	2024-02-19 12:19:44	2024-02-19 13:46:40	2024-02-19 13:21:50	0.41	1.45	12	\N	\N
TKT-00144	phone	troubleshooting	bluetooth pairing fails	closed	headphones	2	german	t	f	2024-02-23 11:12:54	2024-02-23 11:29:05	2024-02-23 11:19:41	0.16	0.27	86	\N	\N
TKT-00145	phone	troubleshooting	no sound	closed	speakers	2	french	f	t	2024-02-26 13:07:03	2024-02-28 19:59:05	2024-02-26 16:55:46	51.06	54.87	11	\N	\N
TKT-00146	email	troubleshooting	bluetooth pairing fails	closed	turntables	3	english	f	t	2024-02-26 15:34:16	2024-03-01 10:23:37	2024-02-26 19:36:49	86.78	90.82	13	\N	\N
TKT-00147	email	logistics	return label needed	closed	headphones	3	english	t	f	2024-02-27 18:48:55	2024-02-27 19:39:18	2024-02-27 19:32:07	0.12	0.84	105	\N	\N
TKT-00148	chat	logistics	wrong item delivered	closed	speakers	1	german	f	f	2024-02-28 14:52:01	2024-03-07 10:42:52	2024-02-28 18:59:01	183.73	187.85	7	5	\N
TKT-00149	email	rma	warranty repair request	closed	headphones	3	english	f	f	2024-02-28 16:06:21	2024-02-29 14:52:24	2024-02-28 19:48:21	19.07	22.77	64	\N	\N
TKT-00150	phone	finance	invoice request	closed	turntables	3	english	f	f	2024-03-05 08:12:34	2024-03-05 17:35:23	2024-03-05 12:06:21	5.48	9.38	119	\N	\N
TKT-00151	phone	product	compatibility question	closed	headphones	2	german	t	f	2024-03-05 15:23:42	2024-03-05 15:38:08	2024-03-05 15:27:31	0.18	0.24	79	\N	\N
TKT-00152	chat	troubleshooting	power or battery problem	closed	headphones	1	german	f	f	2024-03-06 10:33:52	2024-03-08 18:37:06	2024-03-06 15:47:39	50.82	56.05	31	4	\N
TKT-00153	phone	troubleshooting	distorted sound	closed	amplifiers	2	english	f	t	2024-03-07 14:20:41	2024-03-10 11:51:07	2024-03-07 14:51:10	69.00	69.51	58	\N	\N
TKT-00154	chat	troubleshooting	bluetooth pairing fails	closed	headphones	3	french	t	f	2024-03-08 09:18:39	2024-03-08 09:41:29	2024-03-08 09:31:00	0.17	0.38	30	\N	1
TKT-00155	phone	product	stock availability	closed	headphones	2	german	t	f	2024-03-08 15:44:56	2024-03-08 16:38:21	2024-03-08 15:49:43	0.81	0.89	7	\N	\N
TKT-00156	phone	troubleshooting	bluetooth pairing fails	closed	headphones	3	english	f	f	2024-03-09 13:25:17	2024-03-15 11:11:21	2024-03-09 16:54:45	138.28	141.77	64	\N	1
TKT-00157	phone	complaint	rude service	closed	speakers	3	english	f	t	2024-03-09 15:26:16	2024-03-20 15:47:02	2024-03-09 15:50:56	263.94	264.35	15	\N	\N
TKT-00158	chat	complaint	poor delivery experience	closed	amplifiers	3	english	f	f	2024-03-09 16:00:32	2024-03-11 10:27:33	2024-03-09 16:27:27	42.00	42.45	5	\N	\N
TKT-00159	email	troubleshooting	bluetooth pairing fails	closed	headphones	3	english	f	f	2024-03-18 11:32:00	2024-03-19 15:57:31	2024-03-18 15:37:15	24.34	28.43	109	\N	1
TKT-00160	email	troubleshooting	bluetooth pairing fails	closed	headphones	3	english	f	f	2024-03-18 18:42:34	2024-03-19 17:30:40	2024-03-18 19:56:14	21.57	22.80	59	\N	1
TKT-00161	chat	troubleshooting	bluetooth pairing fails	closed	headphones	2	german	f	f	2024-03-19 10:39:47	2024-03-22 17:09:37	2024-03-19 13:44:48	75.41	78.50	89	\N	1
TKT-00162	phone	troubleshooting	firmware update failed	closed	speakers	2	french	t	f	2024-03-19 11:58:43	2024-03-19 12:08:09	2024-03-19 12:03:17	0.08	0.16	14	\N	\N
TKT-00163	chat	troubleshooting	bluetooth pairing fails	closed	headphones	3	french	f	f	2024-03-22 14:09:37	2024-03-26 13:51:40	2024-03-22 17:10:55	92.68	95.70	45	\N	1
TKT-00164	email	logistics	change of delivery address	closed	amplifiers	3	french	t	f	2024-03-25 07:46:23	2024-03-25 09:40:46	2024-03-25 09:34:05	0.11	1.91	66	\N	\N
TKT-00165	phone	finance	refund not received	closed	amplifiers	2	english	f	t	2024-03-28 18:03:37	2024-03-30 11:36:59	2024-03-28 19:19:55	40.28	41.56	98	3	\N
TKT-00166	chat	troubleshooting	no sound	closed	amplifiers	2	german	t	f	2024-04-01 11:32:05	2024-04-01 11:50:45	2024-04-01 11:42:58	0.13	0.31	61	\N	\N
TKT-00167	email	troubleshooting	bluetooth pairing fails	closed	headphones	1	english	t	f	2024-04-02 13:55:52	2024-04-02 14:26:28	2024-04-02 14:24:22	0.04	0.51	103	\N	\N
TKT-00168	email	product	which amplifier for my speakers	closed	speakers	2	english	t	f	2024-04-04 08:09:00	2024-04-04 08:52:24	2024-04-04 08:46:12	0.10	0.72	101	\N	\N
TKT-00169	email	logistics	order not delivered yet	closed	headphones	1	french	f	t	2024-04-04 08:41:29	2024-04-09 12:31:02	2024-04-04 13:37:31	118.89	123.83	113	\N	\N
TKT-00170	phone	troubleshooting	firmware update failed	closed	headphones	1	english	f	f	2024-04-05 10:29:01	2024-04-05 17:08:04	2024-04-05 13:01:22	4.11	6.65	78	\N	\N
TKT-00171	phone	troubleshooting	power or battery problem	closed	speakers	2	english	f	f	2024-04-08 10:51:39	2024-04-08 17:23:58	2024-04-08 12:58:35	4.42	6.54	23	4	\N
TKT-00172	phone	troubleshooting	connection keeps dropping	closed	headphones	3	english	f	t	2024-04-10 17:50:31	2024-04-15 11:31:01	2024-04-10 18:25:12	113.10	113.68	97	3	\N
TKT-00173	chat	troubleshooting	no sound	closed	headphones	1	german	f	f	2024-04-14 10:46:15	2024-04-16 11:08:42	2024-04-14 14:41:36	44.45	48.37	4	\N	\N
TKT-00174	email	troubleshooting	power or battery problem	closed	amplifiers	3	english	t	f	2024-04-15 08:52:02	2024-04-15 09:38:42	2024-04-15 09:23:50	0.25	0.78	54	\N	\N
TKT-00175	phone	finance	invoice request	closed	amplifiers	1	german	f	f	2024-04-17 14:43:10	2024-04-19 10:08:35	2024-04-17 18:13:44	39.91	43.42	21	\N	\N
TKT-00176	phone	finance	charged twice	closed	speakers	2	french	f	f	2024-04-18 12:12:54	2024-04-19 11:16:59	2024-04-18 14:53:10	20.40	23.07	14	\N	\N
TKT-00177	phone	troubleshooting	bluetooth pairing fails	closed	headphones	1	french	t	f	2024-04-18 13:38:24	2024-04-18 13:51:46	2024-04-18 13:41:57	0.16	0.22	45	\N	\N
TKT-00178	email	finance	charged twice	closed	headphones	3	english	f	f	2024-04-18 20:52:29	2024-04-20 09:31:23	2024-04-19 14:58:44	18.54	36.65	15	\N	\N
TKT-00179	email	finance	price match request	closed	headphones	2	english	f	f	2024-04-19 07:46:20	2024-04-20 11:30:09	2024-04-19 15:57:58	19.54	27.73	48	\N	\N
TKT-00180	email	logistics	return label needed	closed	turntables	3	german	t	f	2024-04-19 13:13:32	2024-04-19 14:51:07	2024-04-19 14:48:44	0.04	1.63	42	5	\N
TKT-00181	chat	complaint	unhappy with the repair	closed	headphones	2	english	f	f	2024-04-19 15:14:24	2024-04-20 15:47:11	2024-04-19 19:09:21	20.63	24.55	48	\N	\N
TKT-00182	phone	finance	payment failed	closed	headphones	1	english	f	t	2024-04-19 18:22:40	2024-04-29 08:18:11	2024-04-19 18:50:05	229.47	229.93	18	3	\N
TKT-00183	chat	logistics	order not delivered yet	closed	turntables	3	english	f	f	2024-04-20 13:56:50	2024-04-22 10:22:03	2024-04-20 14:29:19	43.88	44.42	2	2	\N
TKT-00184	phone	complaint	poor delivery experience	closed	speakers	2	french	f	t	2024-04-22 09:42:59	2024-04-30 14:53:24	2024-04-22 14:29:27	192.40	197.17	35	\N	\N
TKT-00185	email	troubleshooting	bluetooth pairing fails	closed	speakers	3	german	f	t	2024-04-22 19:47:10	2024-04-25 09:16:24	2024-04-23 14:11:12	43.09	61.49	37	2	\N
TKT-00186	email	complaint	issue still unresolved	closed	turntables	3	english	f	t	2024-04-23 08:40:44	2024-04-28 12:37:05	2024-04-23 13:56:50	118.67	123.94	16	\N	\N
TKT-00187	phone	rma	warranty repair request	closed	speakers	3	english	f	f	2024-04-24 10:57:56	2024-04-28 10:18:21	2024-04-24 16:55:35	89.38	95.34	77	3	\N
TKT-00188	phone	product	technical specifications	closed	headphones	3	french	t	f	2024-04-24 11:13:53	2024-04-24 11:54:19	2024-04-24 11:27:59	0.44	0.67	96	\N	\N
TKT-00189	phone	troubleshooting	connection keeps dropping	closed	headphones	1	english	f	t	2024-04-24 15:14:20	2024-04-29 15:48:19	2024-04-24 17:46:06	118.04	120.57	78	3	\N
TKT-00190	phone	troubleshooting	no sound	closed	headphones	3	german	t	f	2024-04-25 19:34:32	2024-04-25 20:00:00	2024-04-25 19:45:45	0.24	0.42	94	4	\N
TKT-00191	chat	product	compatibility question	closed	headphones	1	german	t	f	2024-04-26 10:15:31	2024-04-26 10:26:13	2024-04-26 10:24:02	0.04	0.18	104	4	\N
TKT-00192	chat	troubleshooting	distorted sound	closed	turntables	2	german	t	f	2024-04-28 14:52:07	2024-04-28 15:12:53	2024-04-28 15:05:52	0.12	0.35	120	5	\N
TKT-00193	phone	logistics	order not delivered yet	closed	amplifiers	3	english	t	f	2024-04-29 17:14:19	2024-04-29 17:37:06	2024-04-29 17:25:27	0.19	0.38	23	\N	\N
TKT-00194	phone	logistics	order not delivered yet	closed	amplifiers	2	german	t	f	2024-05-02 12:30:48	2024-05-02 12:47:47	2024-05-02 12:41:32	0.10	0.28	117	5	\N
TKT-00195	email	finance	refund not received	closed	turntables	3	english	f	t	2024-05-02 19:22:37	2024-05-06 17:26:41	2024-05-03 15:41:07	73.76	94.07	58	\N	\N
TKT-00196	phone	logistics	wrong item delivered	closed	headphones	3	english	t	f	2024-05-03 16:13:29	2024-05-03 16:42:11	2024-05-03 16:19:55	0.37	0.48	59	3	\N
TKT-00197	phone	logistics	parcel arrived damaged	closed	amplifiers	3	english	f	f	2024-05-03 17:03:43	2024-05-08 18:23:53	2024-05-03 19:34:55	118.82	121.34	119	3	\N
TKT-00198	chat	troubleshooting	bluetooth pairing fails	closed	speakers	3	english	t	f	2024-05-07 13:57:50	2024-05-07 14:14:45	2024-05-07 14:04:59	0.16	0.28	77	\N	\N
TKT-00199	email	logistics	order not delivered yet	closed	speakers	1	german	f	f	2024-05-08 08:16:22	2024-05-16 14:33:02	2024-05-08 12:29:23	194.06	198.28	94	\N	\N
TKT-00200	chat	troubleshooting	connection keeps dropping	closed	headphones	2	german	f	t	2024-05-08 13:10:43	2024-05-09 11:01:07	2024-05-08 18:43:40	16.29	21.84	86	\N	\N
TKT-00201	email	product	compatibility question	closed	speakers	1	english	t	f	2024-05-09 07:15:00	2024-05-09 09:17:29	2024-05-09 09:06:00	0.19	2.04	58	4	\N
TKT-00202	email	product	app features	closed	speakers	3	english	t	f	2024-05-14 13:00:55	2024-05-14 13:30:39	2024-05-14 13:19:43	0.18	0.50	64	\N	\N
TKT-00203	email	complaint	unhappy with the repair	closed	amplifiers	1	french	f	f	2024-05-15 11:24:01	2024-05-16 15:15:21	2024-05-15 15:06:56	24.14	27.86	62	\N	\N
TKT-00204	phone	troubleshooting	connection keeps dropping	closed	headphones	1	french	f	f	2024-05-15 16:56:48	2024-05-16 12:13:04	2024-05-15 18:17:45	17.92	19.27	62	\N	\N
TKT-00205	email	troubleshooting	power or battery problem	closed	amplifiers	3	english	t	f	2024-05-16 17:46:19	2024-05-16 18:37:09	2024-05-16 18:19:25	0.30	0.85	81	\N	\N
TKT-00206	phone	complaint	issue still unresolved	closed	speakers	2	german	f	f	2024-05-21 09:44:44	2024-05-23 19:55:57	2024-05-21 11:35:20	56.34	58.19	12	\N	\N
TKT-00207	phone	product	stock availability	closed	amplifiers	1	french	t	f	2024-05-23 09:54:20	2024-05-23 10:25:03	2024-05-23 09:58:26	0.44	0.51	74	\N	\N
TKT-00208	phone	finance	refund not received	closed	turntables	1	german	f	f	2024-05-28 17:46:45	2024-05-29 10:18:50	2024-05-28 18:53:16	15.43	16.53	118	3	\N
TKT-00209	phone	logistics	change of delivery address	closed	turntables	2	english	f	f	2024-05-29 13:58:06	2024-06-13 16:04:29	2024-05-29 16:53:33	359.18	362.11	101	2	\N
TKT-00210	email	troubleshooting	distorted sound	closed	headphones	1	english	t	f	2024-05-30 10:46:47	2024-05-30 14:45:17	2024-05-30 13:20:47	1.41	3.98	57	\N	\N
TKT-00211	chat	troubleshooting	power or battery problem	closed	headphones	1	german	f	f	2024-05-30 12:56:50	2024-05-31 15:09:37	2024-05-30 18:45:57	20.39	26.21	4	5	\N
TKT-00212	phone	troubleshooting	power or battery problem	closed	headphones	1	german	t	f	2024-05-30 15:50:21	2024-05-30 16:14:31	2024-05-30 16:02:53	0.19	0.40	8	\N	\N
TKT-00213	email	troubleshooting	firmware update failed	closed	headphones	3	english	f	f	2024-06-04 11:48:15	2024-06-05 08:40:07	2024-06-04 16:15:46	16.41	20.86	77	2	\N
TKT-00214	phone	logistics	order not delivered yet	closed	speakers	1	english	t	f	2024-06-04 14:49:07	2024-06-04 15:25:42	2024-06-04 15:01:35	0.40	0.61	98	4	\N
TKT-00215	phone	troubleshooting	connection keeps dropping	closed	headphones	3	french	t	f	2024-06-05 09:57:40	2024-06-05 10:15:00	2024-06-05 10:06:11	0.15	0.29	3	\N	\N
TKT-00216	chat	finance	refund not received	closed	speakers	1	english	f	f	2024-06-06 17:49:09	2024-06-07 11:15:31	2024-06-06 19:25:34	15.83	17.44	56	\N	\N
TKT-00217	email	product	compatibility question	closed	headphones	1	french	t	f	2024-06-07 10:19:51	2024-06-07 11:01:41	2024-06-07 10:44:57	0.28	0.70	49	\N	\N
TKT-00218	email	complaint	unhappy with the repair	closed	headphones	2	english	f	f	2024-06-08 18:57:33	2024-06-10 10:45:49	2024-06-09 13:12:09	21.56	39.80	6	\N	\N
TKT-00219	phone	complaint	long waiting time	closed	turntables	2	french	f	f	2024-06-09 11:08:55	2024-06-10 11:50:49	2024-06-09 11:20:44	24.50	24.70	108	3	\N
TKT-00220	chat	troubleshooting	hum or crackling noise	closed	speakers	2	french	f	f	2024-06-10 08:52:46	2024-06-13 08:10:15	2024-06-10 09:44:02	70.44	71.29	112	3	\N
TKT-00221	email	rma	replacement unit request	closed	headphones	3	english	t	f	2024-06-10 12:10:05	2024-06-10 13:19:30	2024-06-10 12:46:35	0.55	1.16	64	\N	\N
TKT-00222	email	complaint	long waiting time	closed	speakers	2	english	f	t	2024-06-11 08:47:26	2024-06-16 12:15:46	2024-06-11 14:28:49	117.78	123.47	63	\N	\N
TKT-00223	chat	troubleshooting	distorted sound	closed	speakers	3	english	t	f	2024-06-11 13:52:07	2024-06-11 14:08:56	2024-06-11 14:02:50	0.10	0.28	95	\N	\N
TKT-00224	chat	troubleshooting	connection keeps dropping	closed	headphones	3	english	t	f	2024-06-13 14:03:10	2024-06-13 14:25:57	2024-06-13 14:18:44	0.12	0.38	48	\N	\N
TKT-00225	phone	logistics	order not delivered yet	closed	amplifiers	1	french	t	f	2024-06-20 08:41:37	2024-06-20 08:57:06	2024-06-20 08:49:16	0.13	0.26	52	\N	\N
TKT-00226	email	rma	warranty repair request	closed	amplifiers	1	english	f	f	2024-06-20 13:22:48	2024-06-26 14:39:12	2024-06-20 18:37:43	140.02	145.27	105	\N	\N
TKT-00227	chat	complaint	unhappy with the repair	closed	speakers	3	german	f	f	2024-06-21 09:19:45	2024-06-22 09:50:39	2024-06-21 14:48:33	19.04	24.52	33	\N	\N
TKT-00228	chat	rma	warranty repair request	closed	headphones	3	french	f	f	2024-06-22 14:15:51	2024-06-26 12:59:25	2024-06-22 16:44:53	92.24	94.73	100	4	\N
TKT-00229	email	product	technical specifications	closed	speakers	1	english	t	f	2024-06-24 10:28:02	2024-06-24 11:48:27	2024-06-24 11:36:50	0.19	1.34	36	4	\N
TKT-00230	email	complaint	issue still unresolved	closed	headphones	3	english	f	f	2024-06-25 07:11:24	2024-06-28 10:48:30	2024-06-25 11:06:53	71.69	75.62	92	\N	\N
TKT-00231	email	logistics	parts missing from the box	closed	headphones	1	english	f	f	2024-06-25 10:51:01	2024-06-29 12:19:17	2024-06-25 18:51:29	89.46	97.47	71	\N	\N
TKT-00232	phone	finance	payment failed	closed	speakers	3	german	f	f	2024-06-25 11:31:22	2024-06-29 10:22:14	2024-06-25 14:07:03	92.25	94.85	42	\N	\N
TKT-00233	chat	finance	payment failed	closed	headphones	3	english	f	f	2024-06-25 12:04:16	2024-07-04 11:45:11	2024-06-25 17:11:42	210.56	215.68	98	\N	\N
TKT-00234	email	logistics	change of delivery address	closed	turntables	1	german	f	f	2024-06-26 16:54:31	2024-06-27 12:07:53	2024-06-26 19:58:21	16.16	19.22	118	\N	\N
TKT-00235	email	rma	replacement unit request	closed	turntables	2	english	f	f	2024-07-01 14:40:30	2024-07-04 12:20:59	2024-07-01 20:00:00	64.35	69.67	57	\N	\N
TKT-00236	chat	complaint	recurring fault	closed	amplifiers	1	english	f	f	2024-07-03 09:50:41	2024-07-04 08:05:39	2024-07-03 15:42:03	16.39	22.25	111	\N	\N
TKT-00237	phone	troubleshooting	distorted sound	closed	amplifiers	2	german	f	t	2024-07-03 19:46:31	2024-07-22 10:25:06	2024-07-03 19:59:53	446.42	446.64	51	\N	\N
TKT-00238	chat	troubleshooting	distorted sound	closed	turntables	2	english	t	f	2024-07-10 12:47:14	2024-07-10 13:05:54	2024-07-10 12:57:06	0.15	0.31	54	\N	\N
TKT-00239	chat	logistics	parts missing from the box	closed	turntables	1	english	t	f	2024-07-11 12:45:27	2024-07-11 12:59:06	2024-07-11 12:52:42	0.11	0.23	92	5	\N
TKT-00240	phone	finance	refund not received	closed	headphones	2	english	f	f	2024-07-12 10:03:26	2024-07-13 16:46:25	2024-07-12 11:21:19	29.42	30.72	88	\N	\N
TKT-00241	chat	troubleshooting	no sound	closed	headphones	2	english	f	f	2024-07-15 09:36:58	2024-07-15 17:52:33	2024-07-15 15:25:32	2.45	8.26	76	\N	\N
TKT-00242	phone	finance	charged twice	closed	headphones	2	french	f	f	2024-07-20 15:54:54	2024-07-24 10:46:05	2024-07-20 16:20:53	90.42	90.85	80	3	\N
TKT-00243	email	troubleshooting	distorted sound	closed	speakers	1	english	f	f	2024-07-24 11:00:29	2024-07-24 17:27:23	2024-07-24 14:17:04	3.17	6.45	58	4	\N
TKT-00244	phone	product	stock availability	closed	headphones	3	french	t	f	2024-07-30 09:46:21	2024-07-30 10:09:10	2024-07-30 10:03:56	0.09	0.38	73	\N	\N
TKT-00245	phone	logistics	parts missing from the box	closed	headphones	2	english	f	f	2024-07-30 14:27:43	2024-07-31 10:48:02	2024-07-30 18:39:41	16.14	20.34	59	\N	\N
TKT-00246	phone	troubleshooting	connection keeps dropping	closed	headphones	1	english	t	f	2024-07-31 14:19:58	2024-07-31 14:57:25	2024-07-31 14:28:49	0.48	0.62	58	5	\N
TKT-00247	phone	product	compatibility question	closed	amplifiers	1	english	t	f	2024-08-01 14:50:30	2024-08-01 15:05:14	2024-08-01 14:59:14	0.10	0.25	57	5	\N
TKT-00248	phone	logistics	order not delivered yet	closed	turntables	1	french	f	f	2024-08-09 10:13:24	2024-08-09 16:22:02	2024-08-09 15:20:23	1.03	6.14	107	\N	\N
TKT-00249	phone	finance	payment failed	closed	headphones	2	german	f	f	2024-08-13 08:56:33	2024-08-22 08:56:14	2024-08-13 13:00:16	211.93	215.99	120	4	\N
TKT-00250	phone	finance	charged twice	closed	headphones	2	german	f	f	2024-08-15 08:34:07	2024-08-15 18:54:00	2024-08-15 08:58:54	9.92	10.33	117	\N	\N
TKT-00251	phone	product	compatibility question	closed	headphones	1	english	t	f	2024-08-16 15:09:46	2024-08-16 15:50:56	2024-08-16 15:16:38	0.57	0.69	63	\N	\N
TKT-00252	phone	troubleshooting	no sound	closed	amplifiers	2	german	t	f	2024-08-19 10:24:00	2024-08-19 10:47:28	2024-08-19 10:33:38	0.23	0.39	104	\N	\N
TKT-00253	phone	troubleshooting	firmware update failed	closed	speakers	2	english	t	f	2024-08-20 10:06:07	2024-08-20 10:25:20	2024-08-20 10:10:28	0.25	0.32	58	\N	\N
TKT-00254	phone	logistics	parcel arrived damaged	closed	speakers	3	english	f	t	2024-08-20 10:11:44	2024-08-23 08:38:18	2024-08-20 13:52:20	66.77	70.44	111	\N	\N
TKT-00255	phone	product	app features	closed	headphones	3	english	t	f	2024-08-20 11:06:55	2024-08-20 11:33:59	2024-08-20 11:19:22	0.24	0.45	109	4	\N
TKT-00256	chat	complaint	poor delivery experience	closed	turntables	1	german	f	f	2024-08-20 17:00:25	2024-08-21 09:47:29	2024-08-20 19:39:20	14.14	16.78	89	\N	\N
TKT-00257	chat	finance	payment failed	closed	speakers	1	english	f	f	2024-08-21 08:59:53	2024-08-22 11:00:37	2024-08-21 13:47:43	21.22	26.01	46	\N	\N
TKT-00258	chat	logistics	return label needed	closed	amplifiers	2	english	t	f	2024-08-21 15:21:20	2024-08-21 15:42:12	2024-08-21 15:31:44	0.17	0.35	69	\N	\N
TKT-00259	email	troubleshooting	connection keeps dropping	closed	amplifiers	2	german	f	t	2024-08-21 16:11:38	2024-08-24 16:01:44	2024-08-21 19:37:16	68.41	71.84	19	\N	\N
TKT-00260	phone	logistics	change of delivery address	closed	turntables	1	english	f	f	2024-08-23 16:53:02	2024-08-27 14:55:53	2024-08-23 17:46:42	93.15	94.05	88	3	\N
TKT-00261	email	finance	invoice request	closed	headphones	3	english	f	f	2024-08-26 20:29:02	2024-08-27 19:42:43	2024-08-27 12:37:01	7.10	23.23	15	\N	\N
TKT-00262	phone	logistics	parts missing from the box	closed	headphones	3	german	f	f	2024-08-28 08:01:42	2024-09-03 13:39:23	2024-08-28 13:01:02	144.64	149.63	31	\N	\N
TKT-00263	phone	troubleshooting	firmware update failed	closed	headphones	3	english	f	f	2024-08-28 08:37:48	2024-08-28 12:54:37	2024-08-28 11:00:55	1.90	4.28	57	\N	\N
TKT-00264	phone	troubleshooting	firmware update failed	closed	speakers	1	english	f	f	2024-08-29 12:54:33	2024-08-31 14:44:16	2024-08-29 15:17:10	47.45	49.83	82	\N	\N
TKT-00265	phone	rma	exchange for dead-on-arrival unit	closed	speakers	1	english	f	f	2024-08-29 13:13:30	2024-09-04 18:32:22	2024-08-29 18:01:55	144.51	149.31	2	\N	\N
TKT-00266	chat	finance	payment failed	closed	turntables	2	english	f	f	2024-08-30 08:52:11	2024-08-30 19:04:09	2024-08-30 09:57:47	9.11	10.20	15	\N	\N
TKT-00267	chat	troubleshooting	firmware update failed	closed	speakers	2	english	t	f	2024-09-03 14:59:23	2024-09-03 15:21:28	2024-09-03 15:09:01	0.21	0.37	119	\N	\N
TKT-00268	phone	troubleshooting	firmware update failed	closed	speakers	3	french	t	f	2024-09-05 14:50:59	2024-09-05 15:15:42	2024-09-05 14:59:09	0.28	0.41	100	\N	\N
TKT-00269	phone	troubleshooting	no sound	closed	speakers	3	english	f	f	2024-09-06 11:23:11	2024-09-06 19:04:57	2024-09-06 13:31:04	5.56	7.70	76	2	\N
TKT-00270	chat	troubleshooting	distorted sound	closed	amplifiers	3	german	t	f	2024-09-06 14:21:32	2024-09-06 14:56:14	2024-09-06 14:34:31	0.36	0.58	8	\N	\N
TKT-00271	chat	troubleshooting	connection keeps dropping	closed	headphones	2	german	f	f	2024-09-06 19:05:57	2024-09-09 08:21:47	2024-09-06 19:56:52	60.42	61.26	50	3	\N
TKT-00272	phone	logistics	order not delivered yet	closed	speakers	3	english	f	f	2024-09-10 09:22:42	2024-09-11 18:18:58	2024-09-10 12:22:58	29.93	32.94	65	3	\N
TKT-00273	email	rma	return authorisation needed	closed	turntables	1	english	f	f	2024-09-10 14:33:47	2024-09-11 18:05:18	2024-09-10 19:57:39	22.13	27.53	2	\N	\N
TKT-00274	phone	logistics	change of delivery address	closed	headphones	1	german	t	f	2024-09-11 08:57:32	2024-09-11 09:14:25	2024-09-11 09:00:41	0.23	0.28	55	5	\N
TKT-00275	phone	product	which amplifier for my speakers	closed	turntables	2	german	t	f	2024-09-12 14:05:16	2024-09-12 14:22:22	2024-09-12 14:10:04	0.20	0.28	24	\N	\N
TKT-00276	phone	product	stock availability	closed	headphones	3	english	t	f	2024-09-14 10:15:48	2024-09-14 10:52:03	2024-09-14 10:35:35	0.27	0.60	81	\N	\N
TKT-00277	phone	troubleshooting	power or battery problem	closed	speakers	2	german	f	f	2024-09-16 10:41:20	2024-09-16 16:21:06	2024-09-16 12:51:15	3.50	5.66	85	3	\N
TKT-00278	phone	rma	warranty repair request	closed	amplifiers	3	english	t	f	2024-09-20 17:29:11	2024-09-20 18:07:23	2024-09-20 17:39:13	0.47	0.64	78	\N	\N
TKT-00279	phone	troubleshooting	distorted sound	closed	headphones	3	french	f	f	2024-09-23 16:58:04	2024-09-24 08:31:00	2024-09-23 18:43:10	13.80	15.55	49	\N	\N
TKT-00280	chat	troubleshooting	bluetooth pairing fails	closed	amplifiers	3	english	f	f	2024-09-24 18:06:10	2024-09-27 18:43:28	2024-09-24 19:00:29	71.72	72.62	5	\N	\N
TKT-00281	phone	troubleshooting	firmware update failed	closed	headphones	1	english	f	t	2024-09-25 08:10:40	2024-10-01 10:20:32	2024-09-25 11:40:30	142.67	146.16	59	\N	\N
TKT-00282	email	troubleshooting	firmware update failed	closed	amplifiers	3	german	f	f	2024-09-26 15:57:10	2024-09-27 09:13:37	2024-09-26 17:09:06	16.08	17.27	53	\N	\N
TKT-00283	chat	product	stock availability	closed	headphones	3	english	t	f	2024-10-01 08:42:36	2024-10-01 09:00:05	2024-10-01 08:51:54	0.14	0.29	54	\N	\N
TKT-00284	phone	rma	repair status update	closed	turntables	1	english	f	t	2024-10-02 11:31:55	2024-10-10 10:48:04	2024-10-02 15:12:45	187.59	191.27	13	\N	\N
TKT-00285	phone	complaint	recurring fault	closed	headphones	3	german	t	f	2024-10-06 11:09:07	2024-10-06 11:43:00	2024-10-06 11:23:37	0.32	0.56	79	5	\N
TKT-00286	chat	logistics	change of delivery address	closed	headphones	3	english	f	t	2024-10-07 08:26:25	2024-10-08 19:37:47	2024-10-07 09:02:57	34.58	35.19	15	4	\N
TKT-00287	chat	troubleshooting	no sound	closed	turntables	1	french	t	f	2024-10-09 16:23:28	2024-10-09 16:43:13	2024-10-09 16:36:37	0.11	0.33	73	5	\N
TKT-00288	chat	logistics	wrong item delivered	closed	turntables	1	german	t	f	2024-10-10 14:52:34	2024-10-10 15:32:12	2024-10-10 15:05:11	0.45	0.66	28	\N	\N
TKT-00289	email	product	which amplifier for my speakers	closed	speakers	3	french	t	f	2024-10-14 11:54:10	2024-10-14 14:41:50	2024-10-14 14:32:16	0.16	2.79	10	4	\N
TKT-00290	phone	rma	warranty repair request	closed	turntables	3	french	t	f	2024-10-14 17:38:28	2024-10-14 17:50:55	2024-10-14 17:46:53	0.07	0.21	96	\N	\N
TKT-00291	chat	product	which amplifier for my speakers	closed	turntables	2	english	t	f	2024-10-15 10:23:01	2024-10-15 10:59:39	2024-10-15 10:52:38	0.12	0.61	111	4	\N
TKT-00292	chat	finance	charged twice	closed	headphones	3	french	f	t	2024-10-15 15:31:38	2024-10-21 16:07:43	2024-10-15 18:19:11	141.81	144.60	35	\N	\N
TKT-00293	phone	complaint	issue still unresolved	closed	headphones	1	french	f	f	2024-10-16 09:39:40	2024-10-18 14:58:34	2024-10-16 14:27:04	48.52	53.32	26	\N	\N
TKT-00294	phone	troubleshooting	connection keeps dropping	closed	headphones	1	english	f	f	2024-10-18 09:42:18	2024-10-18 18:37:04	2024-10-18 15:19:34	3.29	8.91	114	\N	\N
TKT-00295	phone	troubleshooting	no sound	closed	speakers	3	german	t	f	2024-10-18 14:34:49	2024-10-18 14:46:48	2024-10-18 14:40:07	0.11	0.20	79	\N	\N
TKT-00296	email	troubleshooting	no sound	closed	headphones	3	french	t	f	2024-10-21 14:59:07	2024-10-21 15:31:03	2024-10-21 15:28:13	0.05	0.53	32	4	\N
TKT-00297	phone	product	which amplifier for my speakers	closed	amplifiers	1	german	t	f	2024-10-28 10:33:43	2024-10-28 10:40:28	2024-10-28 10:37:25	0.05	0.11	21	5	\N
TKT-00298	email	rma	replacement unit request	closed	turntables	1	german	f	f	2024-10-29 11:07:12	2024-11-05 16:20:11	2024-10-29 18:00:35	166.33	173.22	21	3	\N
TKT-00299	phone	logistics	change of delivery address	closed	speakers	2	english	f	f	2024-10-31 09:56:45	2024-11-01 16:20:37	2024-10-31 12:16:03	28.08	30.40	56	\N	\N
TKT-00300	phone	logistics	parts missing from the box	closed	turntables	2	english	t	f	2024-11-03 14:43:56	2024-11-03 15:06:47	2024-11-03 14:47:45	0.32	0.38	23	\N	\N
TKT-00301	phone	troubleshooting	distorted sound	closed	amplifiers	2	french	f	f	2024-11-04 09:48:10	2024-11-06 16:47:47	2024-11-04 12:45:28	52.04	54.99	66	\N	\N
TKT-00302	phone	logistics	order not delivered yet	closed	amplifiers	3	french	t	f	2024-11-04 16:21:48	2024-11-04 17:11:53	2024-11-04 16:34:31	0.62	0.83	40	\N	\N
TKT-00303	chat	complaint	unhappy with the repair	closed	headphones	3	french	f	f	2024-11-05 17:48:08	2024-11-07 17:22:33	2024-11-05 19:16:52	46.09	47.57	14	3	\N
TKT-00304	email	troubleshooting	power or battery problem	closed	speakers	2	german	t	f	2024-11-06 07:43:23	2024-11-06 08:45:35	2024-11-06 08:37:53	0.13	1.04	28	\N	\N
TKT-00305	email	logistics	tracking not updating	closed	speakers	3	english	f	t	2024-11-06 17:43:33	2024-11-12 17:49:32	2024-11-06 19:57:02	141.88	144.10	64	2	\N
TKT-00306	email	complaint	unhappy with the repair	closed	headphones	3	english	t	f	2024-11-08 16:23:51	2024-11-08 16:54:27	2024-11-08 16:45:45	0.14	0.51	88	\N	\N
TKT-00307	phone	logistics	parts missing from the box	closed	headphones	2	german	t	f	2024-11-11 17:45:10	2024-11-11 18:12:22	2024-11-11 18:07:01	0.09	0.45	28	\N	\N
TKT-00308	phone	finance	charged twice	closed	headphones	1	english	f	f	2024-11-13 10:36:55	2024-11-14 14:49:59	2024-11-13 14:08:46	24.69	28.22	99	\N	\N
TKT-00309	chat	product	technical specifications	closed	headphones	1	german	t	f	2024-11-18 16:48:04	2024-11-18 17:11:58	2024-11-18 17:00:30	0.19	0.40	51	\N	\N
TKT-00310	chat	troubleshooting	distorted sound	closed	turntables	3	german	t	f	2024-11-19 11:16:20	2024-11-19 11:42:25	2024-11-19 11:31:03	0.19	0.43	33	\N	\N
TKT-00311	email	troubleshooting	power or battery problem	closed	turntables	3	english	f	f	2024-11-19 14:38:03	2024-11-19 19:38:24	2024-11-19 18:13:37	1.41	5.01	16	4	\N
TKT-00312	phone	finance	charged twice	closed	headphones	1	german	f	f	2024-11-21 16:23:50	2024-11-25 17:29:49	2024-11-21 17:10:53	96.32	97.10	4	\N	\N
TKT-00313	email	logistics	wrong item delivered	closed	headphones	1	english	t	f	2024-11-22 13:28:31	2024-11-22 14:17:13	2024-11-22 14:12:43	0.08	0.81	5	\N	\N
TKT-00314	email	troubleshooting	bluetooth pairing fails	closed	headphones	1	german	t	f	2024-11-22 15:24:28	2024-11-22 16:35:47	2024-11-22 16:32:28	0.06	1.19	42	4	\N
TKT-00315	chat	troubleshooting	no sound	closed	amplifiers	2	german	t	f	2024-11-23 11:27:27	2024-11-23 12:51:36	2024-11-23 11:31:32	1.33	1.40	33	5	\N
TKT-00316	phone	finance	invoice request	closed	headphones	2	german	f	f	2024-11-26 09:10:10	2024-11-27 16:06:38	2024-11-26 15:04:19	25.04	30.94	50	\N	\N
TKT-00317	email	troubleshooting	distorted sound	closed	amplifiers	3	german	f	t	2024-11-28 08:39:51	2024-12-02 08:32:36	2024-11-28 15:51:47	88.68	95.88	70	\N	\N
TKT-00318	phone	product	compatibility question	closed	turntables	1	english	t	f	2024-11-28 10:50:13	2024-11-28 11:03:00	2024-11-28 10:55:36	0.12	0.21	46	5	\N
TKT-00319	email	logistics	change of delivery address	closed	headphones	2	german	f	f	2024-11-28 15:58:17	2024-12-03 13:20:53	2024-11-28 18:33:57	114.78	117.38	86	\N	\N
TKT-00320	chat	logistics	parcel arrived damaged	closed	turntables	1	english	f	f	2024-12-01 14:37:58	2024-12-03 12:27:11	2024-12-01 15:16:33	45.18	45.82	98	\N	\N
TKT-00321	email	finance	invoice request	closed	headphones	3	english	f	f	2024-12-02 10:01:58	2024-12-05 18:02:28	2024-12-02 16:06:34	73.93	80.01	109	\N	\N
TKT-00322	phone	troubleshooting	no sound	closed	amplifiers	1	english	t	f	2024-12-02 17:52:03	2024-12-02 18:24:58	2024-12-02 18:05:02	0.33	0.55	77	\N	\N
TKT-00323	chat	troubleshooting	connection keeps dropping	closed	speakers	1	french	f	f	2024-12-02 18:34:52	2024-12-03 13:12:47	2024-12-02 19:01:45	18.18	18.63	52	3	\N
TKT-00324	email	troubleshooting	bluetooth pairing fails	closed	headphones	2	german	f	t	2024-12-03 16:57:52	2024-12-06 15:35:29	2024-12-03 19:45:19	67.84	70.63	79	\N	\N
TKT-00325	email	logistics	wrong item delivered	closed	amplifiers	1	english	t	f	2024-12-05 07:45:52	2024-12-05 08:48:50	2024-12-05 08:27:40	0.35	1.05	13	\N	\N
TKT-00326	email	troubleshooting	connection keeps dropping	closed	amplifiers	3	german	f	f	2024-12-07 11:38:30	2024-12-08 10:51:36	2024-12-07 14:40:35	20.18	23.22	75	\N	\N
TKT-00327	phone	troubleshooting	no sound	closed	speakers	2	english	t	f	2024-12-09 12:08:50	2024-12-09 12:58:47	2024-12-09 12:17:10	0.69	0.83	27	\N	\N
TKT-00328	chat	troubleshooting	firmware update failed	closed	headphones	3	german	t	f	2024-12-09 13:42:12	2024-12-09 14:08:17	2024-12-09 13:55:34	0.21	0.43	85	\N	\N
TKT-00329	email	rma	warranty repair request	closed	speakers	1	english	f	f	2024-12-12 11:23:07	2024-12-16 09:46:48	2024-12-12 16:30:50	89.27	94.39	71	\N	\N
TKT-00330	phone	logistics	order not delivered yet	closed	amplifiers	3	english	t	f	2024-12-12 19:45:52	2024-12-12 20:00:00	2024-12-12 19:50:25	0.16	0.24	114	\N	\N
TKT-00331	chat	logistics	wrong item delivered	closed	turntables	1	german	t	f	2024-12-13 16:25:01	2024-12-13 16:48:23	2024-12-13 16:31:10	0.29	0.39	116	\N	\N
TKT-00332	phone	finance	payment failed	closed	amplifiers	2	english	f	f	2024-12-17 10:44:57	2024-12-19 17:06:10	2024-12-17 16:02:07	49.07	54.35	92	\N	\N
TKT-00333	phone	troubleshooting	power or battery problem	closed	headphones	2	english	f	t	2024-12-17 14:21:13	2024-12-17 18:09:02	2024-12-17 16:26:34	1.71	3.80	105	\N	\N
TKT-00334	phone	product	stylus or cartridge recommendation	closed	turntables	3	french	t	f	2024-12-18 11:18:44	2024-12-18 11:55:51	2024-12-18 11:43:29	0.21	0.62	80	\N	\N
TKT-00335	phone	logistics	order not delivered yet	closed	turntables	1	english	f	f	2024-12-19 09:19:08	2024-12-23 08:43:32	2024-12-19 13:29:27	91.23	95.41	64	\N	\N
TKT-00336	chat	logistics	order not delivered yet	closed	turntables	2	french	t	f	2024-12-19 13:02:07	2024-12-19 13:36:50	2024-12-19 13:20:59	0.26	0.58	3	5	\N
TKT-00337	phone	product	technical specifications	closed	speakers	2	french	t	f	2024-12-19 19:22:36	2024-12-19 19:56:42	2024-12-19 19:33:33	0.39	0.57	30	4	\N
TKT-00338	chat	product	technical specifications	closed	headphones	1	french	t	f	2024-12-20 09:31:22	2024-12-20 09:49:45	2024-12-20 09:46:56	0.05	0.31	80	4	\N
TKT-00339	chat	troubleshooting	distorted sound	closed	headphones	1	german	t	f	2024-12-20 09:39:03	2024-12-20 10:04:31	2024-12-20 09:49:31	0.25	0.42	37	\N	\N
TKT-00340	phone	rma	warranty repair request	closed	headphones	3	french	f	t	2024-12-20 10:37:42	2025-01-06 15:21:11	2024-12-20 15:00:11	408.35	412.72	67	\N	\N
TKT-00341	phone	finance	refund not received	closed	turntables	3	german	f	f	2024-12-20 11:51:20	2024-12-20 19:21:40	2024-12-20 13:39:52	5.70	7.51	68	\N	\N
TKT-00342	chat	troubleshooting	distorted sound	closed	speakers	2	german	t	f	2024-12-20 17:21:51	2024-12-20 17:40:20	2024-12-20 17:34:02	0.10	0.31	68	3	\N
TKT-00343	phone	logistics	return label needed	closed	headphones	3	english	t	f	2024-12-27 12:59:29	2024-12-27 13:49:37	2024-12-27 13:06:27	0.72	0.84	114	4	\N
TKT-00344	chat	rma	warranty repair request	closed	speakers	3	english	f	f	2024-12-28 13:10:46	2025-01-07 09:07:36	2024-12-28 16:01:09	233.11	235.95	92	2	\N
TKT-00345	phone	complaint	rude service	closed	headphones	2	english	f	f	2025-01-03 11:55:05	2025-01-03 17:35:55	2025-01-03 14:26:26	3.16	5.68	109	\N	\N
TKT-00346	phone	troubleshooting	bluetooth pairing fails	closed	headphones	2	english	t	f	2025-01-07 14:44:20	2025-01-07 14:54:31	2025-01-07 14:48:57	0.09	0.17	16	\N	\N
TKT-00347	chat	complaint	long waiting time	closed	headphones	2	english	f	f	2025-01-09 19:10:18	2025-01-10 16:30:24	2025-01-09 19:54:20	20.60	21.34	2	\N	\N
TKT-00348	email	logistics	order not delivered yet	closed	amplifiers	1	german	f	t	2025-01-11 10:32:05	2025-01-15 10:40:24	2025-01-11 15:48:21	90.87	96.14	55	4	\N
TKT-00349	email	rma	repair status update	closed	speakers	1	english	f	f	2025-01-13 14:16:08	2025-01-14 11:59:05	2025-01-13 16:33:21	19.43	21.72	81	\N	\N
TKT-00350	phone	troubleshooting	bluetooth pairing fails	closed	speakers	1	french	t	f	2025-01-15 13:38:10	2025-01-15 13:51:32	2025-01-15 13:46:17	0.09	0.22	34	\N	\N
TKT-00351	chat	troubleshooting	distorted sound	closed	speakers	2	english	t	f	2025-01-16 14:17:36	2025-01-16 14:34:18	2025-01-16 14:27:05	0.12	0.28	76	5	\N
TKT-00352	chat	logistics	order not delivered yet	closed	speakers	1	french	t	f	2025-01-16 15:17:41	2025-01-16 15:43:46	2025-01-16 15:27:31	0.27	0.43	72	\N	\N
TKT-00353	email	logistics	parts missing from the box	closed	speakers	2	german	t	f	2025-01-17 15:21:58	2025-01-17 16:15:41	2025-01-17 16:04:40	0.18	0.90	87	\N	\N
TKT-00354	email	logistics	parcel arrived damaged	closed	headphones	1	german	t	f	2025-01-20 14:06:16	2025-01-20 15:04:23	2025-01-20 14:53:04	0.19	0.97	38	\N	\N
TKT-00355	phone	product	which amplifier for my speakers	closed	turntables	1	english	t	f	2025-01-21 15:24:07	2025-01-21 15:49:52	2025-01-21 15:45:54	0.07	0.43	23	5	\N
TKT-00356	email	rma	warranty repair request	closed	speakers	3	german	t	f	2025-01-22 09:00:02	2025-01-22 09:41:46	2025-01-22 09:36:44	0.08	0.70	12	\N	\N
TKT-00357	phone	rma	warranty repair request	closed	headphones	2	german	f	f	2025-01-23 08:26:40	2025-01-24 14:45:06	2025-01-23 13:22:57	25.37	30.31	42	\N	\N
TKT-00358	phone	complaint	long waiting time	closed	headphones	2	german	f	f	2025-01-24 10:47:51	2025-01-28 15:40:45	2025-01-24 12:49:26	98.86	100.88	70	1	\N
TKT-00359	phone	rma	collection for repair	closed	speakers	2	english	f	f	2025-01-26 13:40:17	2025-01-30 19:51:23	2025-01-26 15:46:52	100.08	102.18	16	\N	\N
TKT-00360	email	complaint	poor delivery experience	closed	amplifiers	2	german	f	f	2025-01-27 10:00:03	2025-01-29 11:39:58	2025-01-27 12:35:21	47.08	49.67	118	\N	\N
TKT-00361	email	troubleshooting	power or battery problem	closed	headphones	2	german	t	f	2025-01-27 11:45:24	2025-01-27 12:24:44	2025-01-27 12:16:12	0.14	0.66	94	\N	\N
TKT-00362	phone	troubleshooting	no sound	closed	turntables	1	english	f	f	2025-01-29 09:40:41	2025-01-31 08:41:54	2025-01-29 11:14:07	45.46	47.02	18	\N	\N
TKT-00363	phone	logistics	parcel arrived damaged	closed	turntables	1	german	f	f	2025-01-30 09:49:55	2025-02-08 10:00:52	2025-01-30 13:15:05	212.76	216.18	28	\N	\N
TKT-00364	phone	troubleshooting	no sound	closed	speakers	3	german	t	f	2025-01-30 15:07:23	2025-01-30 15:32:22	2025-01-30 15:12:13	0.34	0.42	90	\N	\N
TKT-00365	email	logistics	parcel arrived damaged	closed	turntables	2	german	f	f	2025-01-30 17:20:26	2025-02-04 16:14:09	2025-01-30 19:55:22	116.31	118.90	41	\N	\N
TKT-00366	chat	troubleshooting	no sound	closed	amplifiers	3	english	t	f	2025-02-04 11:07:37	2025-02-04 11:41:24	2025-02-04 11:22:06	0.32	0.56	65	\N	\N
TKT-00367	phone	logistics	tracking not updating	closed	speakers	1	german	t	f	2025-02-04 17:09:20	2025-02-04 17:50:55	2025-02-04 17:20:40	0.50	0.69	104	\N	\N
TKT-00368	email	troubleshooting	no sound	closed	headphones	1	german	t	f	2025-02-05 07:16:31	2025-02-05 10:10:14	2025-02-05 09:29:49	0.67	2.90	120	\N	\N
TKT-00369	email	rma	replacement unit request	closed	speakers	2	english	f	f	2025-02-05 16:10:29	2025-02-13 12:16:39	2025-02-05 20:05:56	184.18	188.10	56	\N	4
TKT-00370	email	rma	replacement unit request	closed	headphones	2	french	f	f	2025-02-05 16:37:46	2025-03-02 11:59:08	2025-02-05 19:58:25	592.01	595.36	10	1	\N
TKT-00371	phone	rma	warranty repair request	closed	turntables	1	german	f	f	2025-02-06 09:32:07	2025-02-11 14:15:00	2025-02-06 14:07:14	120.13	124.71	70	\N	\N
TKT-00372	chat	product	app features	closed	speakers	3	german	t	f	2025-02-08 12:41:48	2025-02-08 13:09:45	2025-02-08 12:54:56	0.25	0.47	75	\N	\N
TKT-00373	email	troubleshooting	hum or crackling noise	closed	speakers	2	french	f	f	2025-02-10 15:01:23	2025-02-11 10:52:28	2025-02-10 19:43:45	15.15	19.85	62	\N	\N
TKT-00374	chat	product	app features	closed	headphones	1	french	t	f	2025-02-14 15:00:01	2025-02-14 15:17:06	2025-02-14 15:09:24	0.13	0.28	3	\N	\N
TKT-00375	email	rma	exchange for dead-on-arrival unit	closed	headphones	2	french	f	f	2025-02-14 15:13:35	2025-02-16 14:33:06	2025-02-14 19:53:05	42.67	47.33	22	\N	\N
TKT-00376	chat	troubleshooting	firmware update failed	closed	amplifiers	2	german	t	f	2025-02-17 10:37:38	2025-02-17 11:14:12	2025-02-17 10:55:24	0.31	0.61	12	4	\N
TKT-00377	phone	troubleshooting	distorted sound	closed	turntables	1	french	t	f	2025-02-24 18:00:05	2025-02-24 18:26:03	2025-02-24 18:13:12	0.21	0.43	96	\N	\N
TKT-00378	phone	troubleshooting	distorted sound	closed	speakers	3	german	f	t	2025-02-25 14:24:24	2025-03-06 08:16:08	2025-02-25 18:07:53	206.14	209.86	85	\N	\N
TKT-00379	phone	complaint	issue still unresolved	closed	speakers	2	english	f	f	2025-02-25 17:24:38	2025-02-27 09:04:43	2025-02-25 19:45:33	37.32	39.67	69	4	\N
TKT-00380	email	product	app features	closed	speakers	2	french	t	f	2025-03-03 07:12:31	2025-03-03 10:03:21	2025-03-03 09:59:31	0.06	2.85	108	5	\N
TKT-00381	chat	product	compatibility question	closed	headphones	3	german	t	f	2025-03-05 09:45:20	2025-03-05 10:10:43	2025-03-05 10:05:35	0.09	0.42	117	\N	\N
TKT-00382	phone	troubleshooting	power or battery problem	closed	headphones	1	english	f	f	2025-03-05 15:27:46	2025-03-07 16:56:45	2025-03-05 16:35:37	48.35	49.48	6	\N	\N
TKT-00383	phone	troubleshooting	hum or crackling noise	closed	turntables	1	english	f	f	2025-03-07 16:43:53	2025-03-08 11:15:57	2025-03-07 18:59:00	16.28	18.53	57	\N	\N
TKT-00384	phone	troubleshooting	bluetooth pairing fails	closed	speakers	2	french	f	f	2025-03-09 10:33:03	2025-03-10 11:14:43	2025-03-09 13:54:39	21.33	24.69	34	4	\N
TKT-00385	email	rma	warranty repair request	closed	headphones	3	english	f	f	2025-03-10 10:22:52	2025-05-12 16:16:58	2025-03-10 15:57:27	1512.33	1517.90	23	\N	\N
TKT-00386	chat	product	app features	closed	amplifiers	1	english	t	f	2025-03-13 08:33:36	2025-03-13 09:26:05	2025-03-13 08:53:38	0.54	0.87	16	\N	\N
TKT-00387	chat	logistics	tracking not updating	closed	headphones	1	english	f	f	2025-03-13 10:15:13	2025-03-17 17:17:44	2025-03-13 13:15:15	100.04	103.04	69	\N	\N
TKT-00388	chat	logistics	order not delivered yet	closed	speakers	2	french	t	f	2025-03-14 14:15:18	2025-03-14 14:32:32	2025-03-14 14:23:29	0.15	0.29	72	\N	\N
TKT-00389	email	complaint	rude service	closed	speakers	2	english	f	f	2025-03-18 16:45:07	2025-03-19 11:54:24	2025-03-18 19:02:47	16.86	19.15	6	3	\N
TKT-00390	phone	logistics	return label needed	closed	speakers	1	german	t	f	2025-03-19 10:49:25	2025-03-19 11:16:28	2025-03-19 11:03:28	0.22	0.45	110	\N	\N
TKT-00391	chat	finance	vat invoice for my business	closed	speakers	2	french	f	f	2025-03-20 19:28:04	2025-03-21 19:16:29	2025-03-20 19:54:37	23.36	23.81	115	\N	\N
TKT-00392	phone	troubleshooting	power or battery problem	closed	headphones	3	german	t	f	2025-03-24 17:38:45	2025-03-24 17:51:01	2025-03-24 17:47:45	0.05	0.20	70	\N	\N
TKT-00393	chat	product	stock availability	closed	headphones	2	german	t	f	2025-03-27 09:12:13	2025-03-27 09:39:02	2025-03-27 09:22:38	0.27	0.45	117	4	\N
TKT-00394	chat	complaint	long waiting time	closed	turntables	2	german	f	f	2025-03-28 10:22:28	2025-03-29 10:36:24	2025-03-28 14:36:15	20.00	24.23	55	\N	\N
TKT-00395	chat	troubleshooting	no sound	closed	headphones	3	english	t	f	2025-03-28 15:05:39	2025-03-28 15:26:59	2025-03-28 15:24:36	0.04	0.36	78	\N	\N
TKT-00396	email	logistics	change of delivery address	closed	headphones	2	french	f	t	2025-03-29 06:56:57	2025-04-01 09:32:26	2025-03-29 16:00:15	65.54	74.59	72	3	\N
TKT-00397	phone	product	stock availability	closed	headphones	2	english	t	f	2025-03-29 10:50:45	2025-03-29 11:05:50	2025-03-29 11:00:14	0.09	0.25	27	5	\N
TKT-00398	chat	logistics	parcel arrived damaged	closed	amplifiers	2	german	t	f	2025-04-03 14:12:37	2025-04-03 15:07:02	2025-04-03 14:23:45	0.72	0.91	117	5	\N
TKT-00399	phone	finance	price match request	closed	turntables	2	german	f	f	2025-04-04 11:32:07	2025-04-05 13:42:31	2025-04-04 14:25:31	23.28	26.17	68	4	\N
TKT-00400	email	finance	charged twice	closed	headphones	1	english	f	f	2025-04-05 16:46:05	2025-04-09 10:52:38	2025-04-06 15:33:21	67.32	90.11	16	2	\N
TKT-00401	email	product	technical specifications	closed	headphones	2	english	t	f	2025-04-08 14:24:10	2025-04-08 15:31:08	2025-04-08 15:25:46	0.09	1.12	64	\N	\N
TKT-00402	phone	logistics	wrong item delivered	closed	headphones	1	french	t	f	2025-04-08 15:40:14	2025-04-08 16:09:05	2025-04-08 15:46:19	0.38	0.48	91	\N	\N
TKT-00403	phone	troubleshooting	power or battery problem	closed	headphones	1	english	t	f	2025-04-09 10:50:07	2025-04-09 11:03:33	2025-04-09 10:54:54	0.14	0.22	119	\N	\N
TKT-00404	email	troubleshooting	connection keeps dropping	closed	amplifiers	2	english	f	f	2025-04-11 07:06:16	2025-04-16 17:04:04	2025-04-11 15:04:55	121.99	129.96	78	3	\N
TKT-00405	chat	finance	vat invoice for my business	closed	headphones	3	english	f	f	2025-04-12 09:53:26	2025-04-30 08:21:27	2025-04-12 15:19:18	425.04	430.47	36	\N	\N
TKT-00406	chat	finance	invoice request	closed	headphones	3	german	f	f	2025-04-12 14:52:28	2025-04-14 09:23:59	2025-04-12 16:47:48	40.60	42.53	28	\N	\N
TKT-00407	phone	rma	warranty repair request	closed	headphones	2	german	f	f	2025-04-14 09:56:13	2025-04-15 17:47:40	2025-04-14 13:57:42	27.83	31.86	70	\N	\N
TKT-00408	email	complaint	issue still unresolved	closed	speakers	3	german	f	f	2025-04-22 14:02:32	2025-04-24 14:40:46	2025-04-22 19:22:03	43.31	48.64	89	\N	\N
TKT-00409	email	troubleshooting	firmware update failed	closed	headphones	1	french	f	t	2025-04-25 05:34:25	2025-04-29 09:57:49	2025-04-25 13:02:29	92.92	100.39	20	\N	\N
TKT-00410	chat	logistics	wrong item delivered	closed	headphones	1	english	f	f	2025-04-26 10:02:05	2025-04-28 19:55:19	2025-04-26 13:27:40	54.46	57.89	119	\N	\N
TKT-00411	chat	troubleshooting	no sound	closed	speakers	1	german	t	f	2025-04-26 14:29:53	2025-04-26 14:48:58	2025-04-26 14:41:39	0.12	0.32	4	3	\N
TKT-00412	phone	complaint	unhappy with the repair	closed	headphones	2	german	f	f	2025-04-28 11:44:36	2025-04-29 10:28:28	2025-04-28 14:07:51	20.34	22.73	55	3	\N
TKT-00413	email	troubleshooting	connection keeps dropping	closed	headphones	2	english	f	f	2025-04-30 15:27:22	2025-05-03 13:45:22	2025-04-30 19:54:04	65.86	70.30	5	\N	\N
TKT-00414	email	finance	price match request	closed	turntables	2	french	f	f	2025-05-01 15:59:35	2025-05-02 10:59:24	2025-05-01 17:12:13	17.79	19.00	49	\N	\N
TKT-00415	chat	logistics	wrong item delivered	closed	headphones	2	french	f	t	2025-05-02 17:55:20	2025-05-09 14:49:43	2025-05-02 19:23:18	163.44	164.91	30	\N	\N
TKT-00416	phone	troubleshooting	no sound	closed	amplifiers	1	german	t	f	2025-05-05 17:34:18	2025-05-05 18:11:14	2025-05-05 17:48:12	0.38	0.62	68	\N	\N
TKT-00417	email	logistics	parcel arrived damaged	closed	turntables	3	german	t	f	2025-05-06 08:52:07	2025-05-06 10:24:03	2025-05-06 10:18:13	0.10	1.53	33	\N	\N
TKT-00418	email	rma	repair status update	closed	headphones	1	french	f	f	2025-05-06 15:17:34	2025-05-08 19:48:23	2025-05-06 19:57:21	47.85	52.51	62	\N	\N
TKT-00419	phone	logistics	parcel arrived damaged	closed	amplifiers	1	french	f	f	2025-05-06 16:47:28	2025-05-07 11:54:24	2025-05-06 19:54:57	15.99	19.12	29	3	\N
TKT-00420	phone	logistics	change of delivery address	closed	speakers	2	english	t	f	2025-05-12 08:33:16	2025-05-12 09:01:18	2025-05-12 08:42:10	0.32	0.47	99	\N	\N
TKT-00421	chat	complaint	poor delivery experience	closed	amplifiers	3	german	f	f	2025-05-12 14:14:22	2025-05-14 18:32:53	2025-05-12 14:55:02	51.63	52.31	17	3	\N
TKT-00422	chat	finance	charged twice	closed	turntables	3	english	f	f	2025-05-12 19:27:08	2025-05-23 16:14:21	2025-05-12 19:46:04	260.47	260.79	57	\N	5
TKT-00423	email	logistics	order not delivered yet	closed	headphones	2	french	t	f	2025-05-13 09:39:39	2025-05-13 10:44:00	2025-05-13 10:38:51	0.09	1.07	66	5	\N
TKT-00424	chat	troubleshooting	hum or crackling noise	closed	turntables	1	german	t	f	2025-05-14 11:48:31	2025-05-14 12:00:22	2025-05-14 11:56:21	0.07	0.20	104	\N	\N
TKT-00425	phone	logistics	parts missing from the box	closed	headphones	1	french	f	t	2025-05-14 15:24:36	2025-05-23 18:27:29	2025-05-14 18:19:26	216.13	219.05	62	\N	\N
TKT-00426	phone	finance	charged twice	closed	turntables	3	english	f	f	2025-05-15 11:03:05	2025-05-16 08:50:49	2025-05-15 13:22:46	19.47	21.80	48	2	5
TKT-00427	phone	troubleshooting	bluetooth pairing fails	closed	headphones	1	german	f	f	2025-05-15 11:08:55	2025-05-16 10:15:45	2025-05-15 14:00:19	20.26	23.11	118	3	\N
TKT-00428	email	finance	charged twice	closed	speakers	1	german	f	t	2025-05-15 13:22:20	2025-05-17 11:34:04	2025-05-15 17:25:05	42.15	46.20	24	3	5
TKT-00429	chat	finance	charged twice	closed	speakers	3	french	f	t	2025-05-15 14:34:45	2025-05-27 09:35:06	2025-05-15 18:35:17	279.00	283.01	112	2	5
TKT-00430	email	finance	payment failed	closed	headphones	3	english	f	f	2025-05-16 09:08:54	2025-05-16 18:16:07	2025-05-16 14:24:37	3.86	9.12	2	\N	\N
TKT-00431	email	logistics	parcel arrived damaged	closed	amplifiers	3	english	f	f	2025-05-19 19:45:39	2025-05-20 18:05:18	2025-05-20 10:47:20	7.30	22.33	47	\N	\N
TKT-00432	chat	product	technical specifications	closed	headphones	3	german	t	f	2025-05-20 09:13:47	2025-05-20 09:44:42	2025-05-20 09:38:43	0.10	0.52	25	3	\N
TKT-00433	email	logistics	parcel arrived damaged	closed	headphones	3	english	f	f	2025-05-23 08:03:07	2025-05-23 18:53:11	2025-05-23 13:26:47	5.44	10.83	101	3	\N
TKT-00434	phone	logistics	parcel arrived damaged	closed	amplifiers	3	english	f	f	2025-05-23 08:30:47	2025-05-27 11:13:29	2025-05-23 14:03:02	93.17	98.71	47	2	\N
TKT-00435	phone	troubleshooting	no sound	closed	headphones	3	english	f	t	2025-05-24 11:50:38	2025-06-06 19:05:14	2025-05-24 13:37:50	317.46	319.24	92	\N	\N
TKT-00436	chat	logistics	tracking not updating	closed	headphones	1	english	t	f	2025-05-27 08:37:13	2025-05-27 09:29:19	2025-05-27 08:43:57	0.76	0.87	16	\N	\N
TKT-00437	chat	finance	charged twice	closed	headphones	3	german	f	f	2025-05-28 10:29:54	2025-05-29 17:02:14	2025-05-28 14:41:23	26.35	30.54	90	\N	\N
TKT-00438	phone	troubleshooting	connection keeps dropping	closed	headphones	3	german	f	f	2025-05-28 13:14:17	2025-05-29 10:40:12	2025-05-28 15:12:49	19.46	21.43	90	\N	\N
TKT-00439	phone	complaint	rude service	closed	speakers	1	english	t	f	2025-05-28 14:50:34	2025-05-28 15:04:16	2025-05-28 14:56:19	0.13	0.23	39	5	\N
TKT-00440	chat	troubleshooting	distorted sound	closed	turntables	3	english	t	f	2025-05-28 14:54:08	2025-05-28 16:06:59	2025-05-28 15:22:58	0.73	1.21	78	3	\N
TKT-00441	phone	troubleshooting	distorted sound	closed	headphones	2	english	f	t	2025-05-29 08:12:17	2025-05-29 17:34:26	2025-05-29 09:53:49	7.68	9.37	2	\N	\N
TKT-00442	chat	rma	repair status update	closed	headphones	2	english	f	f	2025-05-31 11:55:47	2025-06-05 08:28:04	2025-05-31 15:26:24	113.03	116.54	78	3	\N
TKT-00443	phone	troubleshooting	no sound	closed	headphones	2	french	f	f	2025-06-02 15:36:49	2025-06-02 18:57:35	2025-06-02 17:42:35	1.25	3.35	14	3	\N
TKT-00444	email	troubleshooting	connection keeps dropping	closed	speakers	3	english	f	t	2025-06-03 06:02:11	2025-06-10 10:52:30	2025-06-03 10:09:27	168.72	172.84	97	\N	\N
TKT-00445	phone	troubleshooting	connection keeps dropping	closed	headphones	1	german	f	f	2025-06-04 10:10:42	2025-06-04 19:19:08	2025-06-04 16:07:06	3.20	9.14	7	3	\N
TKT-00446	chat	troubleshooting	connection keeps dropping	closed	speakers	3	english	t	f	2025-06-04 14:49:28	2025-06-04 15:24:48	2025-06-04 15:08:46	0.27	0.59	103	\N	\N
TKT-00447	phone	troubleshooting	bluetooth pairing fails	closed	headphones	1	english	t	f	2025-06-05 08:46:52	2025-06-05 09:13:08	2025-06-05 08:51:24	0.36	0.44	57	\N	\N
TKT-00448	email	rma	return authorisation needed	closed	headphones	3	german	f	t	2025-06-06 15:41:55	2025-06-17 13:04:40	2025-06-06 19:53:17	257.19	261.38	12	3	\N
TKT-00449	email	product	stylus or cartridge recommendation	closed	turntables	1	english	t	f	2025-06-07 09:07:15	2025-06-07 10:21:50	2025-06-07 10:17:57	0.06	1.24	98	\N	\N
TKT-00450	phone	rma	warranty repair request	closed	turntables	1	french	f	f	2025-06-09 16:51:46	2025-06-11 16:54:46	2025-06-09 19:22:12	45.54	48.05	49	\N	\N
TKT-00451	email	logistics	parts missing from the box	closed	speakers	2	french	t	f	2025-06-10 09:15:03	2025-06-10 10:53:54	2025-06-10 10:29:39	0.40	1.65	72	\N	\N
TKT-00452	phone	logistics	return label needed	closed	headphones	1	english	t	f	2025-06-10 17:03:55	2025-06-10 17:14:27	2025-06-10 17:09:16	0.09	0.18	59	\N	\N
TKT-00453	phone	logistics	parcel arrived damaged	closed	headphones	1	french	f	f	2025-06-11 09:30:09	2025-06-19 19:56:02	2025-06-11 13:49:58	198.10	202.43	73	\N	\N
TKT-00454	email	troubleshooting	power or battery problem	closed	speakers	2	german	t	f	2025-06-11 15:09:30	2025-06-11 16:28:08	2025-06-11 16:04:42	0.39	1.31	21	5	\N
TKT-00455	chat	finance	refund not received	closed	amplifiers	2	english	f	f	2025-06-13 16:27:14	2025-06-16 08:37:06	2025-06-13 18:46:26	61.84	64.16	64	4	\N
TKT-00456	chat	logistics	order not delivered yet	closed	headphones	2	english	t	f	2025-06-20 08:41:03	2025-06-20 08:59:46	2025-06-20 08:53:38	0.10	0.31	82	4	\N
TKT-00457	phone	troubleshooting	distorted sound	closed	amplifiers	1	german	f	f	2025-06-20 13:06:49	2025-06-20 17:17:38	2025-06-20 14:09:05	3.14	4.18	75	\N	\N
TKT-00458	phone	troubleshooting	hum or crackling noise	closed	amplifiers	2	french	f	f	2025-06-23 09:08:57	2025-06-25 10:16:05	2025-06-23 12:34:53	45.69	49.12	107	\N	\N
TKT-00459	chat	complaint	poor delivery experience	closed	amplifiers	2	german	t	f	2025-06-23 09:29:20	2025-06-23 09:47:07	2025-06-23 09:36:28	0.18	0.30	31	\N	\N
TKT-00460	chat	finance	refund not received	closed	speakers	2	french	f	f	2025-06-24 13:53:42	2025-06-25 10:16:43	2025-06-24 19:35:45	14.68	20.38	26	4	\N
TKT-00461	phone	logistics	wrong item delivered	closed	speakers	3	english	f	t	2025-06-24 15:36:40	2025-06-30 09:42:08	2025-06-24 18:12:38	135.49	138.09	81	\N	\N
TKT-00462	phone	complaint	recurring fault	closed	turntables	2	english	f	f	2025-06-25 19:24:30	2025-06-28 14:25:20	2025-06-25 19:50:12	66.59	67.01	15	\N	\N
TKT-00463	chat	product	compatibility question	closed	speakers	1	german	t	f	2025-06-28 11:16:28	2025-06-28 11:36:48	2025-06-28 11:24:08	0.21	0.34	87	5	\N
TKT-00464	phone	finance	price match request	closed	speakers	1	english	f	f	2025-07-02 10:07:58	2025-07-04 19:09:02	2025-07-02 12:19:41	54.82	57.02	114	\N	\N
TKT-00465	chat	troubleshooting	power or battery problem	closed	speakers	1	english	f	t	2025-07-03 10:34:10	2025-07-04 17:56:59	2025-07-03 15:25:03	26.53	31.38	111	3	\N
TKT-00466	phone	finance	charged twice	closed	headphones	1	german	f	f	2025-07-03 15:25:42	2025-07-06 14:46:45	2025-07-03 19:24:27	67.37	71.35	85	\N	\N
TKT-00467	chat	rma	warranty repair request	closed	turntables	3	french	f	f	2025-07-05 15:01:12	2025-07-09 11:57:39	2025-07-05 15:51:00	92.11	92.94	1	3	\N
TKT-00468	chat	logistics	change of delivery address	closed	speakers	2	english	f	f	2025-07-07 13:24:40	2025-07-08 08:23:53	2025-07-07 14:40:31	17.72	18.99	76	5	\N
TKT-00469	phone	troubleshooting	no sound	closed	speakers	2	german	t	f	2025-07-07 14:15:27	2025-07-07 14:54:22	2025-07-07 14:30:59	0.39	0.65	8	\N	\N
TKT-00470	email	finance	invoice request	closed	headphones	1	german	f	f	2025-07-08 17:21:39	2025-07-09 16:50:33	2025-07-08 19:57:11	20.89	23.48	42	\N	\N
TKT-00471	phone	finance	vat invoice for my business	closed	headphones	3	german	f	f	2025-07-09 09:56:08	2025-07-09 17:01:56	2025-07-09 11:45:17	5.28	7.10	53	\N	\N
TKT-00472	chat	logistics	order not delivered yet	closed	turntables	3	french	t	f	2025-07-09 15:01:35	2025-07-09 15:29:11	2025-07-09 15:13:45	0.26	0.46	108	\N	\N
TKT-00473	phone	troubleshooting	hum or crackling noise	closed	headphones	2	german	f	f	2025-07-10 09:41:43	2025-07-11 10:36:23	2025-07-10 14:30:59	20.09	24.91	116	4	\N
TKT-00474	phone	troubleshooting	power or battery problem	closed	turntables	2	english	t	f	2025-07-11 12:18:48	2025-07-11 12:31:38	2025-07-11 12:24:46	0.11	0.21	48	\N	\N
TKT-00475	phone	troubleshooting	bluetooth pairing fails	closed	headphones	2	german	f	f	2025-07-14 09:55:43	2025-07-15 12:28:30	2025-07-14 14:01:43	22.45	26.55	37	\N	\N
TKT-00476	email	rma	repair status update	closed	turntables	2	french	f	f	2025-07-14 11:26:35	2025-07-17 17:53:38	2025-07-14 19:37:16	70.27	78.45	91	2	\N
TKT-00477	email	complaint	recurring fault	closed	headphones	2	french	t	f	2025-07-14 14:24:06	2025-07-14 16:22:06	2025-07-14 15:40:42	0.69	1.97	11	\N	\N
TKT-00478	chat	troubleshooting	connection keeps dropping	closed	headphones	3	german	f	f	2025-07-22 10:24:15	2025-07-22 17:11:52	2025-07-22 14:12:50	2.98	6.79	117	\N	\N
TKT-00479	chat	complaint	unhappy with the repair	closed	headphones	1	german	f	f	2025-07-22 13:44:07	2025-07-24 16:49:08	2025-07-22 19:06:38	45.71	51.08	24	\N	\N
TKT-00480	chat	troubleshooting	firmware update failed	closed	amplifiers	2	english	t	f	2025-07-23 12:43:31	2025-07-23 13:14:18	2025-07-23 12:49:50	0.41	0.51	64	4	\N
TKT-00481	email	troubleshooting	firmware update failed	closed	speakers	2	english	f	f	2025-07-24 17:54:54	2025-07-25 10:38:59	2025-07-24 19:47:29	14.86	16.73	27	\N	\N
TKT-00482	chat	troubleshooting	connection keeps dropping	closed	headphones	2	english	t	f	2025-07-31 08:30:33	2025-07-31 09:11:25	2025-07-31 08:52:00	0.32	0.68	101	\N	\N
TKT-00483	phone	troubleshooting	no sound	closed	turntables	3	french	t	f	2025-07-31 16:28:44	2025-07-31 16:38:02	2025-07-31 16:33:32	0.08	0.16	26	\N	\N
TKT-00484	phone	product	compatibility question	closed	headphones	2	french	t	f	2025-08-01 09:37:19	2025-08-01 10:04:30	2025-08-01 09:45:47	0.31	0.45	107	\N	\N
TKT-00485	phone	troubleshooting	bluetooth pairing fails	closed	speakers	2	german	t	f	2025-08-02 14:46:24	2025-08-02 14:58:17	2025-08-02 14:53:19	0.08	0.20	120	5	\N
TKT-00486	phone	troubleshooting	hum or crackling noise	closed	turntables	2	french	f	f	2025-08-04 09:50:36	2025-08-05 14:34:17	2025-08-04 15:28:58	23.09	28.73	93	\N	\N
TKT-00487	phone	logistics	tracking not updating	closed	speakers	3	english	f	f	2025-08-06 11:59:34	2025-08-07 13:00:47	2025-08-06 17:11:38	19.82	25.02	23	\N	\N
TKT-00488	email	product	compatibility question	closed	amplifiers	2	english	t	f	2025-08-06 19:05:32	2025-08-06 20:00:00	2025-08-06 19:47:02	0.22	0.91	82	\N	\N
TKT-00489	email	rma	warranty repair request	open	amplifiers	3	french	f	t	2025-08-07 08:39:40	\N	2025-08-07 15:56:07	\N	\N	3	\N	\N
TKT-00490	chat	troubleshooting	no sound	closed	headphones	1	german	t	f	2025-08-07 15:39:44	2025-08-07 16:01:18	2025-08-07 15:55:17	0.10	0.36	104	5	\N
TKT-00491	email	product	stylus or cartridge recommendation	closed	turntables	1	french	t	f	2025-08-08 11:14:52	2025-08-08 12:04:17	2025-08-08 11:51:28	0.21	0.82	22	\N	\N
TKT-00492	phone	troubleshooting	distorted sound	closed	amplifiers	1	german	f	t	2025-08-08 12:15:40	2025-08-12 16:34:18	2025-08-08 12:43:40	99.84	100.31	94	3	\N
TKT-00493	email	troubleshooting	no sound	closed	headphones	1	english	f	f	2025-08-09 20:22:15	2025-08-11 19:21:48	2025-08-10 14:36:44	28.75	46.99	39	\N	\N
TKT-00494	phone	product	stylus or cartridge recommendation	closed	turntables	2	french	t	f	2025-08-12 15:49:58	2025-08-12 16:19:41	2025-08-12 15:54:03	0.43	0.50	115	\N	\N
TKT-00495	phone	logistics	return label needed	closed	speakers	1	french	f	f	2025-08-13 09:37:00	2025-08-14 09:11:39	2025-08-13 10:38:10	22.56	23.58	62	\N	\N
TKT-00496	phone	logistics	change of delivery address	closed	speakers	2	english	f	f	2025-08-13 18:36:50	2025-08-17 12:23:21	2025-08-13 19:48:27	88.58	89.78	111	\N	\N
TKT-00497	phone	complaint	long waiting time	closed	speakers	2	english	f	f	2025-08-18 14:10:31	2025-08-19 14:48:06	2025-08-18 15:05:42	23.71	24.63	6	\N	\N
TKT-00498	email	logistics	parts missing from the box	closed	headphones	3	english	t	f	2025-08-18 15:45:02	2025-08-18 17:00:25	2025-08-18 16:55:38	0.08	1.26	18	\N	\N
TKT-00499	chat	troubleshooting	distorted sound	new	speakers	1	french	f	f	2025-08-20 15:59:34	\N	2025-08-20 19:55:45	\N	\N	1	\N	\N
TKT-00500	email	troubleshooting	firmware update failed	new	headphones	3	english	f	f	2025-08-21 16:35:47	\N	2025-08-21 17:23:17	\N	\N	84	\N	\N
\.

COPY interactions (interaction_id, channel, customer_id, interaction_created, handle_time, speed_of_answer, interaction_handled, handled_by, subject, body, ticket_id) FROM stdin WITH (FREEZE);
INT-000001	phone	79	2023-09-16 10:59:30	6.7	14.00	2023-09-16 11:06:12	1	\N	\N	TKT-00001
INT-000002	phone	79	2023-09-16 12:18:39	13.0	97.00	2023-09-16 12:31:39	1	\N	\N	TKT-00001
INT-000003	chat	84	2023-09-18 09:29:07	16.1	127.00	2023-09-18 09:45:13	3	Warranty claim for my headphones	Hi, is anyone available? It's about my headphones.	TKT-00002
INT-000004	chat	84	2023-09-18 09:51:50	22.2	246.00	2023-09-18 10:14:02	3	RMA request for my headphones	Hi, I'm getting back to you about my headphones	TKT-00002
INT-000005	phone	84	2023-09-18 10:18:23	4.2	103.00	2023-09-18 10:22:35	3	\N	\N	TKT-00002
INT-000006	chat	84	2023-09-18 11:01:22	15.1	331.00	2023-09-18 11:16:28	3	Warranty case for my headphones: warranty repair request	Hello, sorry to bother you again about my headphones	TKT-00002
INT-000007	chat	18	2023-09-18 11:04:11	12.2	73.00	2023-09-18 11:16:23	3	Question about the speakers	Hello, quick question about my speakers	TKT-00003
INT-000008	chat	84	2023-09-18 12:40:34	7.7	28.00	2023-09-18 12:48:16	2	Warranty claim for my headphones	Hi, a quick update on my case: warranty repair request	TKT-00002
INT-000009	phone	84	2023-09-18 12:56:15	13.0	37.00	2023-09-18 13:09:15	3	\N	\N	TKT-00002
INT-000010	chat	84	2023-09-18 13:14:18	15.2	126.00	2023-09-18 13:29:30	3	Warranty case for my headphones: warranty repair request	Hi again, I contacted you earlier about my headphones	TKT-00002
INT-000011	phone	34	2023-09-18 13:26:14	4.4	28.00	2023-09-18 13:30:38	2	\N	\N	TKT-00004
INT-000012	chat	84	2023-09-18 14:48:30	21.4	265.00	2023-09-18 15:09:54	3	Warranty claim for my headphones	Hello, it's me again – my headphones case is still open	TKT-00002
INT-000013	phone	34	2023-09-18 14:49:58	6.3	44.00	2023-09-18 14:56:16	2	\N	\N	TKT-00004
INT-000014	email	90	2023-09-18 15:06:48	6.1	0.34	2023-09-18 15:12:54	2	Technische Störung – Bluetooth-Kopplung schlägt fehl	Guten Tag, gibt es eine bekannte Lösung für dieses Problem mit meinem Kopfhörer: Bluetooth-Kopplung schlägt fehl? Vielen Dank im Voraus.	TKT-00005
INT-000015	phone	34	2023-09-18 15:24:34	19.8	83.00	2023-09-18 15:44:22	2	\N	\N	TKT-00004
INT-000016	phone	34	2023-09-18 16:36:12	11.4	44.00	2023-09-18 16:47:36	2	\N	\N	TKT-00004
INT-000017	phone	34	2023-09-18 18:51:13	5.0	70.00	2023-09-18 18:56:13	1	\N	\N	TKT-00004
INT-000018	chat	84	2023-09-20 16:16:21	8.8	43.00	2023-09-20 16:25:09	2	Accounts enquiry: invoice request	Hi there – invoice request, can you help?	TKT-00006
INT-000019	chat	84	2023-09-20 17:42:44	8.7	7.00	2023-09-20 17:51:26	2	Question about my payment – invoice request	Hello, sorry to bother you again about my headphones	TKT-00006
INT-000020	chat	84	2023-09-20 18:49:15	4.2	10.00	2023-09-20 18:53:27	2	Order for my headphones: invoice request	Hi, a quick update on my case: invoice request	TKT-00006
INT-000021	chat	84	2023-09-20 18:54:07	11.9	28.00	2023-09-20 19:06:01	2	Order for my headphones: invoice request	Hello, I still need help with my headphones (invoice request)	TKT-00006
INT-000022	email	58	2023-09-21 10:18:39	6.1	0.48	2023-09-21 10:24:45	1	Fault report for my turntable: hum or crackling noise	Good morning, I bought the turntable from you a few months ago and now have the following problem: hum or crackling noise. Is there a fix for this?	TKT-00007
INT-000023	email	86	2023-09-25 10:30:11	7.0	0.93	2023-09-25 10:37:11	2	Rechnung für meinen Plattenspieler	Hallo, bei der Bezahlung für meinen Plattenspieler ist ein Problem aufgetreten: Zahlung fehlgeschlagen. Bitte teilen Sie mir mit, was ich tun muss.	TKT-00008
INT-000024	phone	86	2023-09-25 13:02:48	11.3	15.00	2023-09-25 13:14:06	1	\N	\N	TKT-00008
INT-000025	email	101	2023-09-25 13:08:39	10.7	1.18	2023-09-25 13:19:21	2	Question about my payment – charged twice	Hello, there was a problem with the payment for my amplifier: charged twice. Please let me know what I need to do.	TKT-00009
INT-000026	email	101	2023-09-25 15:23:37	2.6	1.23	2023-09-25 15:26:13	1	Re: Payment issue with my amplifier order	Hello, thank you for your message. To process your request (charged twice), could you please send us the billing address used for your amplifier order and a screenshot of the payment?	TKT-00009
INT-000027	phone	62	2023-09-26 11:02:47	12.7	32.00	2023-09-26 11:15:29	3	\N	\N	TKT-00010
INT-000028	phone	62	2023-09-26 12:18:40	14.1	110.00	2023-09-26 12:32:46	3	\N	\N	TKT-00010
INT-000029	chat	99	2023-09-26 14:50:01	10.7	18.00	2023-09-26 15:00:43	3	Help needed: bluetooth pairing fails on my headphones	Good morning, my problem is: bluetooth pairing fails	TKT-00012
INT-000030	email	104	2023-09-26 16:19:58	4.4	2.45	2023-09-26 16:24:22	1	Frage zum Versand: Rücksendeetikett benötigt	Hallo, ich habe letzte Woche einen Plattenspieler bestellt und es gibt ein Problem: Rücksendeetikett benötigt. Bestellnummer: ORD-586897.	TKT-00011
INT-000031	phone	97	2023-09-26 16:58:52	11.2	60.00	2023-09-26 17:10:04	1	\N	\N	TKT-00013
INT-000032	phone	97	2023-09-26 17:59:26	3.8	187.00	2023-09-26 18:03:14	1	\N	\N	TKT-00013
INT-000033	chat	99	2023-09-26 19:33:47	16.4	99.00	2023-09-26 19:50:11	1	Technical issue (bluetooth pairing fails)	Hi, a quick update on my case: bluetooth pairing fails	TKT-00012
INT-000034	phone	21	2023-09-27 09:47:47	6.8	107.00	2023-09-27 09:54:35	3	\N	\N	TKT-00014
INT-000035	chat	15	2023-09-30 10:05:56	9.2	126.00	2023-09-30 10:15:08	2	Technical issue (power or battery problem)	Hi, is anyone available? It's about my turntable.	TKT-00016
INT-000036	email	26	2023-09-30 11:19:24	5.8	1.71	2023-09-30 11:25:12	2	Question de facturation : facture avec TVA pour mon entreprise	Madame, Monsieur, je vous écris au sujet de ma commande ORD-502002. Objet : facture avec TVA pour mon entreprise. Merci de votre retour.	TKT-00015
INT-000037	phone	15	2023-09-30 11:59:00	3.9	301.00	2023-09-30 12:02:54	2	\N	\N	TKT-00016
INT-000038	chat	26	2023-09-30 12:52:21	11.1	171.00	2023-09-30 13:03:27	2	Commande de mon casque : facture avec TVA pour mon entreprise	Bonjour, j'ai encore une question sur mon casque	TKT-00015
INT-000039	email	90	2023-10-01 10:28:57	4.0	14.82	2023-10-01 10:32:57	2	Meine Bestellung (Kopfhörer) – falscher Artikel geliefert	Hallo, können Sie mir bei der Bestellung ORD-709017 helfen? Das Problem: falscher Artikel geliefert. Danke.	TKT-00017
INT-000040	email	90	2023-10-01 12:15:06	6.9	1.12	2023-10-01 12:22:00	2	AW: Problem mit der Lieferung: falscher Artikel geliefert	Guten Tag, anbei erhalten Sie ein vorfrankiertes Rücksendeetikett für die Bestellung ORD-709017. Sobald das Paket beim Versanddienstleister ist, kümmern wir uns um den Rest (falscher Artikel geliefert).	TKT-00017
INT-000041	email	110	2023-10-02 13:22:26	5.0	2.50	2023-10-02 13:27:26	2	Bitte um Hilfe: Brummen oder Knistern	Hallo, mein Lautsprecher funktioniert nicht mehr richtig. Das Problem: Brummen oder Knistern. Muss ich das Gerät einschicken?	TKT-00018
INT-000042	email	15	2023-10-02 16:43:45	4.5	1.59	2023-10-02 16:48:15	3	Complaint: poor delivery experience	To whom it may concern, I am writing to complain about the following: poor delivery experience. I would like this to be escalated.	TKT-00019
INT-000043	email	15	2023-10-02 18:16:56	6.6	0.55	2023-10-02 18:23:32	3	Re: Very disappointed – poor delivery experience	Hello, we are very sorry about your experience with your speakers. As a goodwill gesture, we would like to offer you a voucher for your next order. Please let us know whether you accept.	TKT-00019
INT-000044	email	110	2023-10-02 18:28:57	10.1	0.22	2023-10-02 18:39:03	3	AW: Defekt an meinem Lautsprecher: Brummen oder Knistern	Guten Tag, unsere Techniker haben Ihren Fall geprüft (Brummen oder Knistern). Bitte heben Sie die Kopplung mit Ihrem Lautsprecher auf allen Geräten auf, starten Sie das Gerät neu und koppeln Sie es erneut. Das behebt das Problem in den meisten Fällen.	TKT-00018
INT-000045	email	71	2023-10-03 12:41:32	4.8	0.23	2023-10-03 12:46:20	3	Escalation request: poor delivery experience	Hello, I wish to make a complaint: poor delivery experience. This is not the service I expect from your company.	TKT-00020
INT-000046	phone	56	2023-10-04 14:41:05	5.1	63.00	2023-10-04 14:46:11	1	\N	\N	TKT-00021
INT-000047	email	95	2023-10-05 08:33:40	5.8	1.38	2023-10-05 08:39:28	1	Question about the turntable	Dear team, could you help me with a question about the turntable? Topic: technical specifications.	TKT-00022
INT-000048	phone	59	2023-10-08 13:39:09	8.0	60.00	2023-10-08 13:47:09	1	\N	\N	TKT-00023
INT-000049	phone	22	2023-10-10 12:21:40	5.0	7.00	2023-10-10 12:26:40	2	\N	\N	TKT-00024
INT-000050	phone	66	2023-10-10 16:06:00	6.3	40.00	2023-10-10 16:12:18	1	\N	\N	TKT-00025
INT-000051	email	86	2023-10-11 13:52:55	4.2	0.62	2023-10-11 13:57:07	2	Technische Störung – kein Ton	Guten Tag, ich habe ein Problem mit meinem Kopfhörer: kein Ton. Ich habe das Gerät bereits neu gestartet. Können Sie mir bitte helfen?	TKT-00026
INT-000052	email	101	2023-10-11 15:32:41	12.8	1.43	2023-10-11 15:45:29	1	Technical issue (firmware update failed)	Hi, since yesterday I have had this issue with my headphones: firmware update failed. What can I do?	TKT-00027
INT-000053	chat	101	2023-10-11 16:58:51	11.6	32.00	2023-10-11 17:10:27	2	Technical issue (firmware update failed)	Hi, a quick update on my case: firmware update failed	TKT-00027
INT-000054	email	85	2023-10-13 14:20:59	3.2	2.50	2023-10-13 14:24:11	2	Meine Bestellung (Kopfhörer) – Rücksendeetikett benötigt	Hallo, können Sie mir bei der Bestellung ORD-194653 helfen? Das Problem: Rücksendeetikett benötigt. Danke.	TKT-00028
INT-000055	email	85	2023-10-13 15:37:49	3.2	0.77	2023-10-13 15:41:01	2	AW: Meine Bestellung (Kopfhörer) – Rücksendeetikett benötigt	Guten Tag, vielen Dank für Ihre Geduld. Wir haben den Versanddienstleister zur Bestellung ORD-194653 (Rücksendeetikett benötigt) kontaktiert und melden uns, sobald wir eine Antwort haben, in der Regel innerhalb von zwei Werktagen.	TKT-00028
INT-000056	chat	104	2023-10-13 16:23:04	9.6	16.00	2023-10-13 16:32:40	2	Unzufrieden mit Ihrem Service: unzufrieden mit der Reparatur	Guten Tag, ich habe ein Problem: unzufrieden mit der Reparatur	TKT-00029
INT-000057	phone	98	2023-10-13 17:43:52	7.5	76.00	2023-10-13 17:51:22	2	\N	\N	TKT-00030
INT-000058	phone	98	2023-10-13 18:15:34	2.8	73.00	2023-10-13 18:18:22	2	\N	\N	TKT-00030
INT-000059	phone	98	2023-10-13 18:20:47	6.4	34.00	2023-10-13 18:27:11	2	\N	\N	TKT-00030
INT-000060	chat	104	2023-10-13 18:35:18	20.6	31.00	2023-10-13 18:55:54	2	Reklamation: unzufrieden mit der Reparatur	Guten Tag, ich melde mich noch einmal: unzufrieden mit der Reparatur, immer noch nicht gelöst	TKT-00029
INT-000061	phone	98	2023-10-13 18:55:54	7.3	53.00	2023-10-13 19:03:12	2	\N	\N	TKT-00030
INT-000062	chat	98	2023-10-13 19:06:04	5.3	42.00	2023-10-13 19:11:22	2	Warranty case for my headphones: replacement unit request	Hello, following up on my earlier request (replacement unit request)	TKT-00030
INT-000063	phone	98	2023-10-13 19:24:10	7.0	93.00	2023-10-13 19:31:10	2	\N	\N	TKT-00030
INT-000064	phone	98	2023-10-13 19:55:24	1.5	40.00	2023-10-13 19:56:54	2	\N	\N	TKT-00030
INT-000065	phone	98	2023-10-13 19:56:57	1.5	3.00	2023-10-13 19:58:27	2	\N	\N	TKT-00030
INT-000066	phone	98	2023-10-13 19:58:30	1.5	3.00	2023-10-13 20:00:00	2	\N	\N	TKT-00030
INT-000067	email	68	2023-10-16 14:10:15	11.5	0.13	2023-10-16 14:21:45	3	Reparaturanfrage für meinen Kopfhörer	Hallo, ich schreibe Ihnen wegen der Reparatur an meinem Kopfhörer (Bitte um ein Austauschgerät). Bestellnummer: ORD-534594.	TKT-00031
INT-000068	email	68	2023-10-16 15:00:29	7.2	0.32	2023-10-16 15:07:41	3	AW: Reparaturanfrage für meinen Kopfhörer	Guten Tag, gute Nachrichten: Ihr Kopfhörer kommt für unsere Expressreparatur in Frage (Bitte um ein Austauschgerät). Eine Reparatur dauert in der Regel fünf bis sieben Werktage ab Eingang des Geräts, und der Rückversand ist kostenlos.	TKT-00031
INT-000069	email	98	2023-10-16 16:45:05	4.6	0.61	2023-10-16 16:49:41	1	My turntable order – parcel arrived damaged	Hello, there is a problem with my order ORD-641236 (turntable): parcel arrived damaged. Could you please check this for me?	TKT-00032
INT-000070	email	68	2023-10-16 16:53:51	7.2	0.80	2023-10-16 17:01:03	3	AW: Gewährleistung – Bitte um ein Austauschgerät	Hallo, danke für das Angebot eines Austauschgeräts. Kann das neue Gerät denselben Fehler (Bitte um ein Austauschgerät) haben? Ich würde meinen Kopfhörer lieber reparieren lassen.	TKT-00031
INT-000071	email	68	2023-10-16 19:34:16	10.5	0.34	2023-10-16 19:44:46	3	AW: Gewährleistung – Bitte um ein Austauschgerät	Guten Tag, da der Defekt unter die Garantie fällt, senden wir Ihnen ein Austauschgerät für Ihren Kopfhörer. Bitte schicken Sie das defekte Gerät innerhalb von 14 Tagen zurück (Bestellung ORD-534594).	TKT-00031
INT-000072	email	66	2023-10-17 13:43:44	4.2	0.70	2023-10-17 13:47:56	1	Assistance technique pour mon casque	Bonjour, depuis hier je rencontre un souci avec mon casque : problème d'alimentation ou de batterie. Que me conseillez-vous ?	TKT-00033
INT-000073	chat	55	2023-10-17 14:36:00	6.9	27.00	2023-10-17 14:42:54	3	Lieferproblem: Teile fehlen im Paket	Hallo, ich habe eine Frage zu meinem Plattenspieler (Teile fehlen im Paket)	TKT-00034
INT-000074	phone	55	2023-10-17 16:40:01	13.0	39.00	2023-10-17 16:53:01	1	\N	\N	TKT-00034
INT-000075	email	55	2023-10-17 18:35:46	2.5	1.36	2023-10-17 18:38:16	1	AW: Lieferproblem: Teile fehlen im Paket	Hallo, ich warte noch auf die angekündigte Versandbestätigung für meinen Plattenspieler. Könnten Sie die Bestellung ORD-142569 bitte noch einmal prüfen?	TKT-00034
INT-000076	email	66	2023-10-17 19:30:04	6.5	0.32	2023-10-17 19:36:34	1	RE : Dysfonctionnement : problème d'alimentation ou de batterie	Bonjour, merci d'avoir essayé nos suggestions. Comme le problème persiste sur votre casque (problème d'alimentation ou de batterie), nous avons transmis votre dossier à notre équipe technique, qui vous répondra sous deux jours ouvrés.	TKT-00033
INT-000077	phone	109	2023-10-20 10:13:31	9.5	13.00	2023-10-20 10:23:01	3	\N	\N	TKT-00035
INT-000078	phone	109	2023-10-20 12:48:08	8.5	62.00	2023-10-20 12:56:38	3	\N	\N	TKT-00035
INT-000079	phone	109	2023-10-20 13:58:01	11.2	151.00	2023-10-20 14:09:13	3	\N	\N	TKT-00035
INT-000080	phone	109	2023-10-20 14:27:26	7.8	97.00	2023-10-20 14:35:14	3	\N	\N	TKT-00035
INT-000081	phone	109	2023-10-20 15:42:48	15.3	41.00	2023-10-20 15:58:06	3	\N	\N	TKT-00035
INT-000082	phone	38	2023-10-24 11:05:37	5.7	17.00	2023-10-24 11:11:19	3	\N	\N	TKT-00036
INT-000083	email	28	2023-10-25 09:39:20	3.4	18.58	2023-10-25 09:42:44	1	Rücksendung/Reparatur: Umtausch wegen Defekt bei Lieferung	Guten Tag, können Sie mir bitte den aktuellen Stand zu meinem Fall mitteilen (Umtausch wegen Defekt bei Lieferung)? Bestellnummer: ORD-472864.	TKT-00037
INT-000084	email	28	2023-10-25 10:08:03	5.2	0.41	2023-10-25 10:13:15	1	AW: RMA-Anfrage zu meinem Lautsprecher	Guten Tag, gute Nachrichten: Ihr Lautsprecher kommt für unsere Expressreparatur in Frage (Umtausch wegen Defekt bei Lieferung). Eine Reparatur dauert in der Regel fünf bis sieben Werktage ab Eingang des Geräts, und der Rückversand ist kostenlos.	TKT-00037
INT-000085	email	28	2023-10-25 10:46:38	5.7	0.55	2023-10-25 10:52:20	1	AW: RMA-Anfrage zu meinem Lautsprecher	Hallo, danke für das Angebot eines Austauschgeräts. Kann das neue Gerät denselben Fehler (Umtausch wegen Defekt bei Lieferung) haben? Ich würde meinen Lautsprecher lieber reparieren lassen.	TKT-00037
INT-000086	email	28	2023-10-25 11:23:33	2.6	0.52	2023-10-25 11:26:09	1	AW: Rücksendung/Reparatur: Umtausch wegen Defekt bei Lieferung	Guten Tag, da der Defekt unter die Garantie fällt, senden wir Ihnen ein Austauschgerät für Ihren Lautsprecher. Bitte schicken Sie das defekte Gerät innerhalb von 14 Tagen zurück (Bestellung ORD-472864).	TKT-00037
INT-000087	email	28	2023-10-25 13:39:59	5.6	2.23	2023-10-25 13:45:35	1	AW: Garantiefall: Umtausch wegen Defekt bei Lieferung	Hallo, danke für Ihre Antwort. Ich habe meinen Lautsprecher im Originalkarton verpackt. Wann genau kommt der Kurier, um das Paket abzuholen?	TKT-00037
INT-000088	email	28	2023-10-25 14:33:36	4.9	0.80	2023-10-25 14:38:30	1	AW: Rücksendung/Reparatur: Umtausch wegen Defekt bei Lieferung	Guten Tag, vielen Dank für Ihre Nachricht. Ein Kurier holt Ihren Lautsprecher in den nächsten drei Werktagen ab. Bitte verpacken Sie das Gerät sicher, am besten im Originalkarton (Umtausch wegen Defekt bei Lieferung).	TKT-00037
INT-000089	phone	75	2023-10-25 15:09:11	8.1	42.00	2023-10-25 15:17:17	3	\N	\N	TKT-00038
INT-000090	email	28	2023-10-25 15:32:34	5.1	0.90	2023-10-25 15:37:40	1	AW: Reparaturanfrage für meinen Lautsprecher	Guten Tag, ich melde mich erneut wegen meines Falls (Umtausch wegen Defekt bei Lieferung). Seit Ihrer letzten E-Mail habe ich nichts mehr zu meinem Lautsprecher gehört. Wie ist der aktuelle Stand?	TKT-00037
INT-000091	email	116	2023-10-26 11:33:21	2.7	2.50	2023-10-26 11:36:03	1	Frage vor dem Kauf: technische Daten	Sehr geehrte Damen und Herren, können Sie mir bei einer Frage zum Kopfhörer helfen? Thema: technische Daten.	TKT-00039
INT-000092	phone	64	2023-10-26 15:46:05	8.0	44.00	2023-10-26 15:54:05	1	\N	\N	TKT-00040
INT-000093	email	64	2023-10-26 16:40:28	5.7	0.61	2023-10-26 16:46:10	3	Re: My amplifier order – tracking not updating	Hello, we have arranged a replacement shipment for your amplifier. The new tracking number will follow in a separate e-mail. Order reference: ORD-989328.	TKT-00040
INT-000094	phone	82	2023-10-27 12:38:22	11.1	90.00	2023-10-27 12:49:28	1	\N	\N	TKT-00041
INT-000095	email	8	2023-10-27 14:41:20	13.5	0.81	2023-10-27 14:54:50	3	Rechnung für meinen Lautsprecher	Guten Tag, zu meiner Bestellung ORD-900107 (Lautsprecher): Bitte um eine Rechnung. Könnten Sie das bitte prüfen?	TKT-00042
INT-000096	email	109	2023-10-27 14:49:20	10.8	0.40	2023-10-27 15:00:08	1	Delivery issue: order not delivered yet	Dear support, I am contacting you about a delivery issue: order not delivered yet. The order reference is ORD-570511. Please advise how to proceed.	TKT-00043
INT-000097	chat	109	2023-10-27 15:54:53	13.8	15.00	2023-10-27 16:08:41	1	My turntable order – order not delivered yet	Hello, it's me again – my turntable case is still open	TKT-00043
INT-000098	email	8	2023-10-27 16:27:51	5.9	0.88	2023-10-27 16:33:45	3	AW: Rechnung für meinen Lautsprecher	Guten Tag, vielen Dank für Ihre Nachricht. Um Ihr Anliegen (Bitte um eine Rechnung) zu bearbeiten, senden Sie uns bitte die Rechnungsadresse Ihrer Bestellung (Lautsprecher) und einen Screenshot der Zahlung.	TKT-00042
INT-000099	chat	82	2023-10-27 16:47:48	10.7	45.00	2023-10-27 16:58:30	3	Shipping query: order not delivered yet	Hello, I have one more question about my speakers	TKT-00041
INT-000100	phone	16	2023-10-31 11:20:05	9.7	58.00	2023-10-31 11:29:47	2	\N	\N	TKT-00044
INT-000101	phone	16	2023-10-31 15:06:02	3.9	407.00	2023-10-31 15:09:56	1	\N	\N	TKT-00044
INT-000102	chat	85	2023-11-01 13:21:28	18.3	15.00	2023-11-01 13:39:46	2	Technische Störung – kein Ton	Hallo, kein Ton – können Sie mir helfen?	TKT-00045
INT-000103	chat	85	2023-11-01 15:00:54	4.2	8.00	2023-11-01 15:05:06	2	Bitte um Hilfe: kein Ton	Hallo, ich habe getan, worum Ihr Kollege gebeten hat, aber die Sache mit meinem Lautsprecher ist noch nicht erledigt	TKT-00045
INT-000104	chat	74	2023-11-06 12:54:45	18.9	2.00	2023-11-06 13:13:39	1	Livraison de mon amplificateur – commande toujours pas livrée	Bonjour, une petite question sur mon amplificateur	TKT-00046
INT-000105	email	105	2023-11-07 11:44:12	9.6	0.90	2023-11-07 11:53:48	3	Complaint: long waiting time	Good afternoon, regarding my turntable, I must complain: long waiting time. I hope you can put this right.	TKT-00047
INT-000106	phone	64	2023-11-10 14:57:21	5.8	71.00	2023-11-10 15:03:09	2	\N	\N	TKT-00048
INT-000107	chat	64	2023-11-10 15:51:25	6.4	8.00	2023-11-10 15:57:49	2	Delivery issue: order not delivered yet	Hi, I'm getting back to you about my speakers	TKT-00048
INT-000108	phone	36	2023-11-12 14:20:05	5.4	180.00	2023-11-12 14:25:29	2	\N	\N	TKT-00049
INT-000109	phone	36	2023-11-12 14:40:06	4.9	75.00	2023-11-12 14:45:00	2	\N	\N	TKT-00049
INT-000110	chat	5	2023-11-13 10:38:51	9.0	48.00	2023-11-13 10:47:51	2	My speakers order – order not delivered yet	Hi, is anyone available? It's about my speakers.	TKT-00050
INT-000111	email	5	2023-11-13 11:26:37	8.1	0.52	2023-11-13 11:34:43	2	Re: Order enquiry: order not delivered yet	Hello, the carrier has confirmed that the parcel with your speakers is on its way again. Please allow two to three working days for delivery. We apologise for the inconvenience (order not delivered yet).	TKT-00050
INT-000112	chat	5	2023-11-13 12:01:12	6.8	18.00	2023-11-13 12:08:00	2	My speakers order – order not delivered yet	Hi again, I contacted you earlier about my speakers	TKT-00050
INT-000113	email	51	2023-11-15 12:13:09	11.5	0.81	2023-11-15 12:24:39	3	Zahlungsfrage: Rechnung mit MwSt. für meine Firma	Hallo, bei der Bezahlung für meinen Lautsprecher ist ein Problem aufgetreten: Rechnung mit MwSt. für meine Firma. Bitte teilen Sie mir mit, was ich tun muss.	TKT-00051
INT-000114	chat	75	2023-11-15 14:48:30	4.7	20.00	2023-11-15 14:53:12	2	Problem mit der Lieferung: Änderung der Lieferadresse	Hallo, ich brauche Hilfe mit meinem Kopfhörer: Änderung der Lieferadresse	TKT-00052
INT-000115	chat	51	2023-11-15 17:20:38	10.4	36.00	2023-11-15 17:31:02	3	Zahlungsfrage: Rechnung mit MwSt. für meine Firma	Hallo, ich melde mich wieder zu meinem Lautsprecher	TKT-00051
INT-000116	email	89	2023-11-15 17:46:58	4.4	0.22	2023-11-15 17:51:22	2	Informationen zum Kopfhörer: Frage zur Kompatibilität	Guten Tag, ich habe eine Frage vor dem Kauf zu Ihrem Kopfhörer: Frage zur Kompatibilität. Welches Modell würden Sie empfehlen?	TKT-00053
INT-000117	phone	65	2023-11-16 08:57:08	8.6	209.00	2023-11-16 09:05:44	1	\N	\N	TKT-00054
INT-000118	phone	65	2023-11-16 13:11:59	7.2	179.00	2023-11-16 13:19:11	1	\N	\N	TKT-00054
INT-000119	phone	74	2023-11-16 14:10:33	2.8	5.00	2023-11-16 14:13:21	2	\N	\N	TKT-00055
INT-000120	phone	74	2023-11-16 16:52:34	10.0	17.00	2023-11-16 17:02:34	2	\N	\N	TKT-00055
INT-000121	phone	8	2023-11-17 14:53:34	22.5	106.00	2023-11-17 15:16:04	3	\N	\N	TKT-00057
INT-000122	email	48	2023-11-17 15:16:37	5.6	0.78	2023-11-17 15:22:13	3	Help needed: hum or crackling noise on my amplifier	Hi there, is there a known fix for this problem with my amplifier: hum or crackling noise? Thanks in advance.	TKT-00056
INT-000123	phone	48	2023-11-17 15:51:31	21.7	97.00	2023-11-17 16:13:13	3	\N	\N	TKT-00056
INT-000124	email	63	2023-11-18 10:07:17	8.6	2.29	2023-11-18 10:15:53	1	Fault report for my headphones: hum or crackling noise	Good morning, I bought the headphones from you a few months ago and now have the following problem: hum or crackling noise. Is there a fix for this?	TKT-00058
INT-000125	email	63	2023-11-18 14:08:24	4.8	1.10	2023-11-18 14:13:12	1	Re: Fault report for my headphones: hum or crackling noise	Hello, thank you for trying our suggestions. As the problem with your headphones persists (hum or crackling noise), we have passed your case to our technical team, who will get back to you within two working days.	TKT-00058
INT-000126	chat	2	2023-11-20 13:34:49	15.2	26.00	2023-11-20 13:50:01	3	Technical issue (distorted sound)	Hi there – distorted sound, can you help?	TKT-00059
INT-000127	chat	36	2023-11-20 16:49:00	10.2	5.00	2023-11-20 16:59:12	1	Quick question about the amplifier: technical specifications	Hello, I have an issue: technical specifications	TKT-00060
INT-000128	chat	67	2023-11-23 18:16:58	19.3	11.00	2023-11-23 18:36:16	2	Demande d'aide – échec de l'appairage Bluetooth	Bonjour, mon problème : échec de l'appairage Bluetooth	TKT-00061
INT-000129	chat	67	2023-11-23 19:03:50	6.9	5.00	2023-11-23 19:10:44	2	Problème avec mon casque : échec de l'appairage Bluetooth	Bonjour, j'ai toujours besoin d'aide pour mon casque (échec de l'appairage Bluetooth)	TKT-00061
INT-000130	phone	107	2023-11-24 10:27:27	4.0	30.00	2023-11-24 10:31:27	3	\N	\N	TKT-00062
INT-000131	phone	107	2023-11-24 12:33:42	5.4	8.00	2023-11-24 12:39:06	3	\N	\N	TKT-00062
INT-000132	phone	107	2023-11-24 13:56:10	5.4	37.00	2023-11-24 14:01:34	3	\N	\N	TKT-00062
INT-000133	chat	8	2023-11-24 14:36:51	7.6	11.00	2023-11-24 14:44:27	2	Defekt an meinem Kopfhörer: verzerrter Klang	Guten Tag, ich habe ein Problem: verzerrter Klang	TKT-00063
INT-000134	phone	107	2023-11-24 15:10:46	27.2	12.00	2023-11-24 15:37:58	3	\N	\N	TKT-00062
INT-000135	phone	107	2023-11-24 15:55:07	11.3	23.00	2023-11-24 16:06:25	3	\N	\N	TKT-00062
INT-000136	email	84	2023-11-26 12:28:11	4.3	1.91	2023-11-26 12:32:29	3	Fault report for my headphones: distorted sound	Hi there, is there a known fix for this problem with my headphones: distorted sound? Thanks in advance.	TKT-00064
INT-000137	phone	84	2023-11-26 15:03:33	4.0	90.00	2023-11-26 15:07:33	3	\N	\N	TKT-00064
INT-000138	phone	56	2023-11-28 11:14:16	17.1	91.00	2023-11-28 11:31:22	1	\N	\N	TKT-00065
INT-000139	phone	23	2023-11-28 11:31:27	6.2	24.00	2023-11-28 11:37:39	1	\N	\N	TKT-00066
INT-000140	phone	23	2023-11-28 11:40:59	5.1	172.00	2023-11-28 11:46:05	1	\N	\N	TKT-00066
INT-000141	phone	120	2023-12-01 12:40:06	5.8	14.00	2023-12-01 12:45:54	2	\N	\N	TKT-00067
INT-000142	phone	24	2023-12-03 15:38:16	3.5	209.00	2023-12-03 15:41:46	2	\N	\N	TKT-00068
INT-000143	phone	24	2023-12-03 15:42:40	3.2	27.00	2023-12-03 15:45:52	2	\N	\N	TKT-00068
INT-000144	chat	24	2023-12-03 15:52:20	3.5	50.00	2023-12-03 15:55:50	2	Lieferproblem: Bestellung noch nicht geliefert	Hallo, ich brauche immer noch Hilfe mit meinem Kopfhörer (Bestellung noch nicht geliefert)	TKT-00068
INT-000145	email	21	2023-12-05 09:59:35	6.0	6.96	2023-12-05 10:05:35	2	Bitte um Hilfe: Brummen oder Knistern	Guten Tag, gibt es eine bekannte Lösung für dieses Problem mit meinem Plattenspieler: Brummen oder Knistern? Vielen Dank im Voraus.	TKT-00069
INT-000146	email	41	2023-12-05 13:21:11	8.2	1.79	2023-12-05 13:29:23	3	Frage zum Verstärker	Guten Tag, eine kurze Frage zu Ihrem Verstärker: Lieferbarkeit. Wo finde ich weitere Details?	TKT-00070
INT-000147	phone	23	2023-12-05 14:20:01	10.2	180.00	2023-12-05 14:30:13	2	\N	\N	TKT-00071
INT-000148	phone	23	2023-12-05 17:24:57	11.2	102.00	2023-12-05 17:36:09	3	\N	\N	TKT-00071
INT-000149	phone	2	2023-12-06 08:32:45	8.8	46.00	2023-12-06 08:41:33	1	\N	\N	TKT-00072
INT-000150	phone	2	2023-12-06 09:37:44	19.4	121.00	2023-12-06 09:57:08	1	\N	\N	TKT-00072
INT-000151	phone	68	2023-12-10 11:14:42	7.4	40.00	2023-12-10 11:22:06	1	\N	\N	TKT-00073
INT-000152	phone	68	2023-12-10 15:07:50	6.7	119.00	2023-12-10 15:14:32	1	\N	\N	TKT-00073
INT-000153	phone	27	2023-12-11 18:42:03	5.9	44.00	2023-12-11 18:47:57	2	\N	\N	TKT-00074
INT-000154	chat	7	2023-12-11 19:16:10	5.2	43.00	2023-12-11 19:21:22	2	Technische Störung – Bluetooth-Kopplung schlägt fehl	Guten Tag, eine kurze Frage zu meinem Kopfhörer	TKT-00075
INT-000155	chat	7	2023-12-11 19:42:06	7.9	3.00	2023-12-11 19:50:00	2	Technische Störung – Bluetooth-Kopplung schlägt fehl	Hallo, ich komme auf meine Anfrage von vorhin zurück (Bluetooth-Kopplung schlägt fehl)	TKT-00075
INT-000156	phone	98	2023-12-12 11:49:22	6.1	77.00	2023-12-12 11:55:28	1	\N	\N	TKT-00076
INT-000157	phone	94	2023-12-13 12:09:38	7.6	51.00	2023-12-13 12:17:14	2	\N	\N	TKT-00077
INT-000158	phone	94	2023-12-13 14:47:59	5.6	68.00	2023-12-13 14:53:35	2	\N	\N	TKT-00077
INT-000159	phone	119	2023-12-13 17:09:22	7.8	178.00	2023-12-13 17:17:10	2	\N	\N	TKT-00079
INT-000160	phone	24	2023-12-13 17:17:10	8.7	646.00	2023-12-13 17:25:52	2	\N	\N	TKT-00078
INT-000161	phone	24	2023-12-13 19:41:00	2.9	172.00	2023-12-13 19:43:54	2	\N	\N	TKT-00078
INT-000162	email	119	2023-12-13 19:56:38	2.2	2.20	2023-12-13 19:58:50	2	Re: Order enquiry: parts missing from the box	Hello, please find attached a prepaid return label for order ORD-344581. Once the parcel is with the carrier, we will take care of the rest (parts missing from the box).	TKT-00079
INT-000163	chat	16	2023-12-14 17:43:43	16.6	6.00	2023-12-14 18:00:19	2	Billing query: refund not received	Hello, I have an issue: refund not received	TKT-00080
INT-000164	chat	16	2023-12-14 18:19:27	16.7	35.00	2023-12-14 18:36:09	2	Billing query: refund not received	Hello, I have one more question about my headphones	TKT-00080
INT-000165	chat	5	2023-12-15 15:24:56	14.3	29.00	2023-12-15 15:39:14	2	Order enquiry: change of delivery address	Hello, I'm contacting you about my turntable (change of delivery address)	TKT-00082
INT-000166	email	18	2023-12-15 15:28:27	3.6	1.17	2023-12-15 15:32:03	1	Fault report for my headphones: firmware update failed	Hello, firmware update failed – this keeps happening with my headphones. I have reset the device twice already. Can you help me?	TKT-00081
INT-000167	chat	5	2023-12-15 16:55:58	6.7	24.00	2023-12-15 17:02:40	2	My turntable order – change of delivery address	Hi, I did what your colleague asked, but my turntable case is still not resolved	TKT-00082
INT-000168	email	18	2023-12-15 18:43:18	19.2	0.58	2023-12-15 19:02:30	2	Re: Help needed: firmware update failed on my headphones	Hello, thank you for the details. We could reproduce the fault (firmware update failed) on a test unit, and a fix for your headphones will be included in the next firmware update.	TKT-00081
INT-000169	chat	78	2023-12-18 09:52:15	15.6	45.00	2023-12-18 10:07:51	2	Accounts enquiry: price match request	Good morning, my problem is: price match request	TKT-00083
INT-000170	chat	111	2023-12-18 12:53:56	12.0	51.00	2023-12-18 13:05:56	2	Problem with the delivery of my speakers	Hi there – change of delivery address, can you help?	TKT-00084
INT-000171	chat	78	2023-12-18 13:49:00	16.9	58.00	2023-12-18 14:05:54	2	Accounts enquiry: price match request	Hello, it's me again – my speakers case is still open	TKT-00083
INT-000172	phone	4	2023-12-19 12:13:37	8.8	80.00	2023-12-19 12:22:25	3	\N	\N	TKT-00085
INT-000173	phone	88	2023-12-20 08:20:56	15.9	209.00	2023-12-20 08:36:50	3	\N	\N	TKT-00086
INT-000174	phone	62	2023-12-20 10:10:58	8.0	179.00	2023-12-20 10:18:58	3	\N	\N	TKT-00087
INT-000175	email	88	2023-12-20 10:50:44	7.6	1.38	2023-12-20 10:58:20	3	Re: Question about my payment – invoice request	Hello, thank you for the documents. Your request (invoice request) has been approved, and the booking for your speakers has been corrected in our system.	TKT-00086
INT-000176	phone	88	2023-12-20 15:21:00	6.3	190.00	2023-12-20 15:27:18	3	\N	\N	TKT-00088
INT-000177	phone	88	2023-12-20 15:44:44	7.9	881.00	2023-12-20 15:52:38	3	\N	\N	TKT-00088
INT-000178	chat	85	2023-12-22 09:03:45	7.4	235.00	2023-12-22 09:11:09	2	Frage vor dem Kauf: Lieferbarkeit	Hallo, ich habe eine Frage zu meinem Kopfhörer (Lieferbarkeit)	TKT-00089
INT-000179	phone	59	2023-12-22 10:37:44	4.0	60.00	2023-12-22 10:41:44	2	\N	\N	TKT-00090
INT-000180	email	117	2023-12-22 11:23:58	9.6	0.32	2023-12-22 11:33:34	1	Meine Bestellung (Lautsprecher) – Rücksendeetikett benötigt	Hallo, können Sie mir bei der Bestellung ORD-229235 helfen? Das Problem: Rücksendeetikett benötigt. Danke.	TKT-00091
INT-000181	phone	117	2023-12-22 12:30:49	6.0	145.00	2023-12-22 12:36:49	1	\N	\N	TKT-00091
INT-000182	email	59	2023-12-22 14:13:53	3.0	1.92	2023-12-22 14:16:53	3	Re: Help needed: bluetooth pairing fails on my speakers	Hello, thank you for trying our suggestions. As the problem with your speakers persists (bluetooth pairing fails), we have passed your case to our technical team, who will get back to you within two working days.	TKT-00090
INT-000183	email	117	2023-12-22 14:16:08	4.9	0.47	2023-12-22 14:21:02	1	AW: Lieferproblem: Rücksendeetikett benötigt	Hallo, ich warte noch auf die angekündigte Versandbestätigung für meinen Lautsprecher. Könnten Sie die Bestellung ORD-229235 bitte noch einmal prüfen?	TKT-00091
INT-000184	email	117	2023-12-22 15:55:34	8.4	0.50	2023-12-22 16:03:58	1	AW: Problem mit der Lieferung: Rücksendeetikett benötigt	Guten Tag, vielen Dank für Ihre Nachricht. Wir haben die Angaben zur Bestellung ORD-229235 aktualisiert (Rücksendeetikett benötigt) und unser Lager informiert. Sie erhalten eine Versandbestätigung für Ihren Lautsprecher.	TKT-00091
INT-000185	phone	7	2023-12-23 09:18:05	9.5	18.00	2023-12-23 09:27:35	2	\N	\N	TKT-00092
INT-000186	phone	7	2023-12-23 11:15:32	6.4	148.00	2023-12-23 11:21:56	2	\N	\N	TKT-00092
INT-000187	phone	7	2023-12-23 11:43:44	14.1	49.00	2023-12-23 11:57:50	2	\N	\N	TKT-00092
INT-000188	phone	7	2023-12-23 12:22:36	5.0	44.00	2023-12-23 12:27:36	2	\N	\N	TKT-00092
INT-000189	chat	7	2023-12-23 14:33:13	7.8	10.00	2023-12-23 14:41:01	2	Gewährleistung – Umtausch wegen Defekt bei Lieferung	Hallo, ich melde mich wieder zu meinem Lautsprecher	TKT-00092
INT-000190	phone	7	2023-12-23 15:00:46	10.5	28.00	2023-12-23 15:11:16	2	\N	\N	TKT-00092
INT-000191	chat	15	2023-12-24 15:07:01	5.3	30.00	2023-12-24 15:12:19	2	Very disappointed – unhappy with the repair	Hi, is anyone available? It's about my headphones.	TKT-00093
INT-000192	chat	15	2023-12-24 15:24:18	6.9	48.00	2023-12-24 15:31:12	2	Formal complaint regarding my headphones	Hi, I did what your colleague asked, but my headphones case is still not resolved	TKT-00093
INT-000193	chat	8	2023-12-29 15:55:07	4.5	7.00	2023-12-29 15:59:37	1	Meine Bestellung (Kopfhörer) – falscher Artikel geliefert	Hallo, ich habe eine Frage zu meinem Kopfhörer (falscher Artikel geliefert)	TKT-00094
INT-000194	chat	8	2023-12-29 17:43:58	11.0	12.00	2023-12-29 17:54:58	3	Lieferproblem: falscher Artikel geliefert	Hallo, ich bin es wieder – der Fall zu meinem Kopfhörer ist noch offen	TKT-00094
INT-000195	phone	56	2023-12-30 11:10:02	4.1	39.00	2023-12-30 11:14:08	1	\N	\N	TKT-00095
INT-000196	phone	56	2023-12-30 11:36:22	7.1	64.00	2023-12-30 11:43:28	1	\N	\N	TKT-00095
INT-000197	phone	29	2023-12-31 12:27:27	9.2	32.00	2023-12-31 12:36:39	1	\N	\N	TKT-00096
INT-000198	email	73	2024-01-02 10:33:57	10.3	1.37	2024-01-02 10:44:15	2	Suivi de commande : commande toujours pas livrée	Bonjour, ma commande ORD-461205 (casque) pose problème : commande toujours pas livrée. Pourriez-vous vérifier, s'il vous plaît ?	TKT-00097
INT-000199	phone	5	2024-01-02 13:09:32	8.1	50.00	2024-01-02 13:17:38	1	\N	\N	TKT-00098
INT-000200	phone	75	2024-01-03 08:22:21	11.4	85.00	2024-01-03 08:33:45	1	\N	\N	TKT-00099
INT-000201	phone	75	2024-01-03 10:27:05	4.0	43.00	2024-01-03 10:31:05	1	\N	\N	TKT-00099
INT-000202	phone	48	2024-01-04 10:57:03	12.7	168.00	2024-01-04 11:09:45	1	\N	\N	TKT-00100
INT-000203	phone	25	2024-01-05 09:12:08	10.1	449.00	2024-01-05 09:22:14	3	\N	\N	TKT-00101
INT-000204	phone	46	2024-01-05 10:44:12	4.6	23.00	2024-01-05 10:48:48	3	\N	\N	TKT-00102
INT-000205	phone	72	2024-01-05 13:56:42	9.3	34.00	2024-01-05 14:06:00	2	\N	\N	TKT-00103
INT-000206	chat	44	2024-01-05 14:42:07	17.8	27.00	2024-01-05 14:59:55	1	Fault report for my speakers: distorted sound	Hello, I'm contacting you about my speakers (distorted sound)	TKT-00104
INT-000207	email	46	2024-01-05 15:44:32	3.5	0.46	2024-01-05 15:48:02	3	Re: My amplifier: hum or crackling noise	Hello, thank you for the details. We could reproduce the fault (hum or crackling noise) on a test unit, and a fix for your amplifier will be included in the next firmware update.	TKT-00102
INT-000208	chat	44	2024-01-05 16:03:06	6.1	54.00	2024-01-05 16:09:12	1	Technical issue (distorted sound)	Hi again, I contacted you earlier about my speakers	TKT-00104
INT-000209	email	72	2024-01-05 16:20:15	4.5	0.66	2024-01-05 16:24:45	2	RE : Panne de mon casque : échec de l'appairage Bluetooth	Bonjour, merci pour votre message. Afin d'analyser le problème de votre casque (échec de l'appairage Bluetooth), pourriez-vous nous envoyer le numéro de série et une brève description de votre installation ?	TKT-00103
INT-000210	phone	13	2024-01-08 08:36:53	7.8	16.00	2024-01-08 08:44:41	2	\N	\N	TKT-00105
INT-000211	chat	9	2024-01-08 14:51:32	13.4	27.00	2024-01-08 15:04:56	3	Order enquiry: tracking not updating	Hello, quick question about my amplifier	TKT-00106
INT-000212	phone	63	2024-01-08 15:58:30	13.5	17.00	2024-01-08 16:12:00	3	\N	\N	TKT-00107
INT-000213	chat	2	2024-01-08 16:43:26	5.4	9.00	2024-01-08 16:48:50	1	Problem with my speakers – distorted sound	Hello, I have an issue: distorted sound	TKT-00108
INT-000214	phone	63	2024-01-08 17:01:03	9.7	47.00	2024-01-08 17:10:45	3	\N	\N	TKT-00107
INT-000215	email	54	2024-01-09 11:58:42	5.4	0.91	2024-01-09 12:04:06	3	Accounts enquiry: charged twice	Dear customer service, my request concerns order ORD-431140: charged twice. I look forward to your reply.	TKT-00109
INT-000216	chat	110	2024-01-09 15:00:17	7.5	25.00	2024-01-09 15:07:47	3	Lieferproblem: Bestellung noch nicht geliefert	Guten Tag, eine kurze Frage zu meinem Kopfhörer	TKT-00110
INT-000217	email	54	2024-01-09 17:33:29	5.4	1.13	2024-01-09 17:38:53	1	Re: Order for my amplifier: charged twice	Hello, thank you for your patience. We have checked order ORD-431140, and our accounts team has now dealt with your request (charged twice). You will receive a confirmation by e-mail shortly.	TKT-00109
INT-000218	phone	110	2024-01-09 19:51:17	2.4	96.00	2024-01-09 19:53:41	1	\N	\N	TKT-00110
INT-000219	chat	17	2024-01-11 09:28:29	12.2	184.00	2024-01-11 09:40:41	2	Technische Störung – kein Ton	Guten Tag, ich habe ein Problem: kein Ton	TKT-00111
INT-000220	phone	7	2024-01-11 15:02:30	8.3	26.00	2024-01-11 15:10:48	1	\N	\N	TKT-00112
INT-000221	phone	7	2024-01-11 15:38:21	4.1	32.00	2024-01-11 15:42:27	1	\N	\N	TKT-00112
INT-000222	phone	9	2024-01-13 13:41:37	11.7	14.00	2024-01-13 13:53:19	2	\N	\N	TKT-00113
INT-000223	phone	53	2024-01-15 14:27:30	4.7	98.00	2024-01-15 14:32:12	2	\N	\N	TKT-00114
INT-000224	chat	19	2024-01-15 18:13:46	14.7	25.00	2024-01-15 18:28:28	3	Frage zum Plattenspieler	Guten Tag, ich habe ein Problem: Empfehlung für Nadel oder Tonabnehmer	TKT-00115
INT-000225	email	19	2024-01-15 19:23:19	7.6	0.59	2024-01-15 19:30:55	3	Frage zur Abrechnung: doppelte Abbuchung	Guten Tag, zu meiner Bestellung ORD-662159 (Lautsprecher): doppelte Abbuchung. Könnten Sie das bitte prüfen?	TKT-00116
INT-000226	email	19	2024-01-15 19:52:10	6.1	0.35	2024-01-15 19:58:16	3	AW: Frage zur Abrechnung: doppelte Abbuchung	Guten Tag, vielen Dank für Ihre Nachricht. Um Ihr Anliegen (doppelte Abbuchung) zu bearbeiten, senden Sie uns bitte die Rechnungsadresse Ihrer Bestellung (Lautsprecher) und einen Screenshot der Zahlung.	TKT-00116
INT-000227	email	76	2024-01-17 10:53:40	7.3	0.61	2024-01-17 11:00:58	3	Accounts enquiry: price match request	Dear customer service, my request concerns order ORD-669200: price match request. I look forward to your reply.	TKT-00117
INT-000228	phone	37	2024-01-17 11:07:11	10.0	41.00	2024-01-17 11:17:11	3	\N	\N	TKT-00118
INT-000229	phone	37	2024-01-17 14:53:12	3.8	15.00	2024-01-17 14:57:00	1	\N	\N	TKT-00118
INT-000230	email	76	2024-01-17 14:55:00	7.7	1.32	2024-01-17 15:02:42	3	Re: Billing query: price match request	Hello, thank you for your message. To process your request (price match request), could you please send us the billing address used for your turntable order and a screenshot of the payment?	TKT-00117
INT-000231	phone	106	2024-01-18 17:04:48	6.5	27.00	2024-01-18 17:11:18	3	\N	\N	TKT-00119
INT-000232	phone	106	2024-01-18 19:21:49	14.6	26.00	2024-01-18 19:36:25	2	\N	\N	TKT-00119
INT-000233	chat	96	2024-01-19 13:21:03	11.1	21.00	2024-01-19 13:32:09	1	Question avant achat : caractéristiques techniques	Bonjour, j'ai besoin d'aide avec mon amplificateur : caractéristiques techniques	TKT-00120
INT-000234	phone	2	2024-01-19 19:49:51	2.4	107.00	2024-01-19 19:52:15	2	\N	\N	TKT-00121
INT-000235	phone	2	2024-01-19 19:53:18	2.0	19.00	2024-01-19 19:55:18	2	\N	\N	TKT-00121
INT-000236	phone	90	2024-01-21 15:32:18	5.9	57.00	2024-01-21 15:38:12	1	\N	\N	TKT-00122
INT-000237	chat	104	2024-01-22 13:59:07	12.0	48.00	2024-01-22 14:11:07	2	Meine Bestellung (Kopfhörer) – Rücksendeetikett benötigt	Hallo, ich habe eine Frage zu meinem Kopfhörer (Rücksendeetikett benötigt)	TKT-00123
INT-000238	chat	27	2024-01-23 15:31:16	16.3	15.00	2024-01-23 15:47:34	2	Shipping query: return label needed	Hello, quick question about my headphones	TKT-00124
INT-000239	email	116	2024-01-24 08:49:22	5.6	0.51	2024-01-24 08:54:58	1	Defekt an meinem Plattenspieler: Brummen oder Knistern	Sehr geehrte Damen und Herren, bei meinem Plattenspieler tritt folgender Fehler auf: Brummen oder Knistern. Ich habe die Schritte aus der Anleitung befolgt, leider ohne Erfolg.	TKT-00126
INT-000240	phone	28	2024-01-24 09:28:19	7.5	315.00	2024-01-24 09:35:49	1	\N	\N	TKT-00127
INT-000241	email	78	2024-01-24 10:41:42	5.3	2.50	2024-01-24 10:47:00	1	Formal complaint regarding my speakers	Good afternoon, regarding my speakers, I must complain: recurring fault. I hope you can put this right.	TKT-00125
INT-000242	email	116	2024-01-24 11:27:15	5.3	2.23	2024-01-24 11:32:33	1	AW: Defekt an meinem Plattenspieler: Brummen oder Knistern	Guten Tag, unsere Techniker haben Ihren Fall geprüft (Brummen oder Knistern). Bitte heben Sie die Kopplung mit Ihrem Plattenspieler auf allen Geräten auf, starten Sie das Gerät neu und koppeln Sie es erneut. Das behebt das Problem in den meisten Fällen.	TKT-00126
INT-000243	phone	28	2024-01-24 12:04:45	6.5	285.00	2024-01-24 12:11:15	1	\N	\N	TKT-00127
INT-000244	phone	78	2024-01-24 12:40:34	13.7	187.00	2024-01-24 12:54:16	1	\N	\N	TKT-00125
INT-000245	phone	28	2024-01-24 13:12:49	20.6	471.00	2024-01-24 13:33:25	1	\N	\N	TKT-00127
INT-000246	email	6	2024-01-24 16:01:19	6.8	0.55	2024-01-24 16:08:07	2	Complaint: unhappy with the repair	Hello, this is my third message about my speakers. Reason for my complaint: unhappy with the repair. Please respond promptly.	TKT-00128
INT-000247	chat	24	2024-01-25 09:48:56	4.5	8.00	2024-01-25 09:53:26	1	Defekt an meinem Kopfhörer: kein Ton	Hallo, ich habe eine Frage zu meinem Kopfhörer (kein Ton)	TKT-00129
INT-000248	chat	32	2024-01-29 15:34:47	11.7	13.00	2024-01-29 15:46:29	2	Problème de livraison : commande toujours pas livrée	Bonjour, j'ai besoin d'aide avec mon amplificateur : commande toujours pas livrée	TKT-00130
INT-000249	chat	26	2024-01-29 17:23:29	8.7	28.00	2024-01-29 17:32:11	3	Demande SAV : demande de réparation sous garantie	Bonjour, j'ai un problème : demande de réparation sous garantie	TKT-00131
INT-000250	chat	26	2024-01-29 18:39:16	9.8	7.00	2024-01-29 18:49:04	3	Demande SAV : demande de réparation sous garantie	Bonjour, j'ai encore une question sur mon tourne-disque	TKT-00131
INT-000251	chat	26	2024-01-29 19:01:27	17.4	12.00	2024-01-29 19:18:51	3	Garantie pour mon tourne-disque	Bonjour, pardon de vous déranger à nouveau au sujet de mon tourne-disque	TKT-00131
INT-000252	chat	26	2024-01-29 19:42:06	6.0	11.00	2024-01-29 19:48:06	3	Demande SAV : demande de réparation sous garantie	Bonjour, un petit point sur mon dossier : demande de réparation sous garantie	TKT-00131
INT-000253	phone	71	2024-01-31 08:57:00	3.3	38.00	2024-01-31 09:00:18	1	\N	\N	TKT-00133
INT-000254	email	4	2024-01-31 10:30:05	3.2	17.42	2024-01-31 10:33:17	1	Garantiefall: Stand der Reparatur	Guten Tag, können Sie mir bitte den aktuellen Stand zu meinem Fall mitteilen (Stand der Reparatur)? Bestellnummer: ORD-621196.	TKT-00132
INT-000255	chat	71	2024-01-31 10:57:21	10.0	18.00	2024-01-31 11:07:21	1	Order for my amplifier: payment failed	Hi, I'm getting back to you about my amplifier	TKT-00133
INT-000256	email	4	2024-01-31 12:24:02	5.9	0.94	2024-01-31 12:29:56	1	AW: Garantiefall: Stand der Reparatur	Guten Tag, gute Nachrichten: Ihr Kopfhörer kommt für unsere Expressreparatur in Frage (Stand der Reparatur). Eine Reparatur dauert in der Regel fünf bis sieben Werktage ab Eingang des Geräts, und der Rückversand ist kostenlos.	TKT-00132
INT-000257	chat	44	2024-01-31 12:54:57	12.4	90.00	2024-01-31 13:07:21	1	Question about my payment – charged twice	Hello, quick question about my headphones	TKT-00134
INT-000258	phone	44	2024-01-31 13:27:45	9.7	167.00	2024-01-31 13:37:27	1	\N	\N	TKT-00134
INT-000259	email	4	2024-01-31 14:13:21	4.7	0.91	2024-01-31 14:18:03	1	AW: Rücksendung/Reparatur: Stand der Reparatur	Hallo, danke für das Angebot eines Austauschgeräts. Kann das neue Gerät denselben Fehler (Stand der Reparatur) haben? Ich würde meinen Kopfhörer lieber reparieren lassen.	TKT-00132
INT-000260	phone	70	2024-02-02 11:20:25	3.5	40.00	2024-02-02 11:23:55	1	\N	\N	TKT-00135
INT-000261	phone	70	2024-02-02 12:40:54	4.1	38.00	2024-02-02 12:45:00	1	\N	\N	TKT-00135
INT-000262	phone	70	2024-02-02 16:23:03	7.4	15.00	2024-02-02 16:30:27	1	\N	\N	TKT-00135
INT-000263	phone	36	2024-02-07 14:35:04	10.6	18.00	2024-02-07 14:45:40	1	\N	\N	TKT-00136
INT-000264	chat	99	2024-02-09 17:22:19	11.9	24.00	2024-02-09 17:34:13	3	Billing query: refund not received	Hello, I'm contacting you about my headphones (refund not received)	TKT-00137
INT-000265	chat	99	2024-02-09 17:46:16	9.2	29.00	2024-02-09 17:55:28	3	Accounts enquiry: refund not received	Hello, I still need help with my headphones (refund not received)	TKT-00137
INT-000266	chat	99	2024-02-09 18:34:11	5.9	126.00	2024-02-09 18:40:05	2	Accounts enquiry: refund not received	Hi again, I contacted you earlier about my headphones	TKT-00137
INT-000267	email	105	2024-02-09 18:40:49	5.6	0.75	2024-02-09 18:46:25	2	Fault report for my speakers: distorted sound	Dear support team, the fault with my speakers is: distorted sound. I followed the steps in the manual, but nothing changed.	TKT-00138
INT-000268	chat	36	2024-02-13 12:24:10	9.7	95.00	2024-02-13 12:33:52	1	Shipping query: parcel arrived damaged	Hi, I need help with my speakers: parcel arrived damaged	TKT-00139
INT-000269	chat	36	2024-02-13 13:56:55	14.9	9.00	2024-02-13 14:11:49	1	Shipping query: parcel arrived damaged	Hello, following up on my earlier request (parcel arrived damaged)	TKT-00139
INT-000270	chat	36	2024-02-13 17:17:58	4.3	6.00	2024-02-13 17:22:16	1	Problem with the delivery of my speakers	Hi, I did what your colleague asked, but my speakers case is still not resolved	TKT-00139
INT-000271	phone	9	2024-02-14 10:35:04	7.2	34.00	2024-02-14 10:42:16	1	\N	\N	TKT-00140
INT-000272	phone	50	2024-02-15 09:15:20	4.1	25.00	2024-02-15 09:19:26	1	\N	\N	TKT-00141
INT-000273	phone	50	2024-02-15 10:31:55	5.0	23.00	2024-02-15 10:36:55	1	\N	\N	TKT-00141
INT-000274	email	71	2024-02-16 16:47:49	9.1	0.17	2024-02-16 16:56:55	1	Technical issue (connection keeps dropping)	Dear support team, the fault with my speakers is: connection keeps dropping. I followed the steps in the manual, but nothing changed.	TKT-00142
INT-000275	email	71	2024-02-16 19:00:46	7.3	0.40	2024-02-16 19:08:04	1	Re: Help needed: connection keeps dropping on my speakers	Hello, thank you for trying our suggestions. As the problem with your speakers persists (connection keeps dropping), we have passed your case to our technical team, who will get back to you within two working days.	TKT-00142
INT-000276	email	12	2024-02-19 13:07:08	14.7	0.79	2024-02-19 13:21:50	2	Problem mit meinem Verstärker: Brummen oder Knistern	Hallo, Brummen oder Knistern – das passiert bei meinem Verstärker immer wieder. Ich habe das Gerät schon zweimal zurückgesetzt. Können Sie mir helfen?	TKT-00143
INT-000277	phone	86	2024-02-23 11:13:11	6.5	17.00	2024-02-23 11:19:41	2	\N	\N	TKT-00144
INT-000278	phone	11	2024-02-26 13:07:14	6.3	11.00	2024-02-26 13:13:32	2	\N	\N	TKT-00145
INT-000279	email	13	2024-02-26 16:22:52	13.0	0.81	2024-02-26 16:35:52	3	Help needed: bluetooth pairing fails on my turntable	Hello, bluetooth pairing fails – this keeps happening with my turntable. I have reset the device twice already. Can you help me?	TKT-00146
INT-000280	phone	11	2024-02-26 16:35:52	19.9	66.00	2024-02-26 16:55:46	3	\N	\N	TKT-00145
INT-000281	email	13	2024-02-26 19:30:43	6.1	0.73	2024-02-26 19:36:49	3	Re: Fault report for my turntable: bluetooth pairing fails	Hello, our technicians have reviewed your case (bluetooth pairing fails). Please remove the pairing with your turntable on all your devices, restart the device and pair it again. This solves the issue in most cases.	TKT-00146
INT-000282	email	105	2024-02-27 19:17:07	15.0	0.47	2024-02-27 19:32:07	3	Problem with the delivery of my headphones	Hi, I need help with the shipment of my headphones – return label needed. I would appreciate a quick reply.	TKT-00147
INT-000283	chat	7	2024-02-28 14:52:08	8.4	7.00	2024-02-28 15:00:32	1	Lieferproblem: falscher Artikel geliefert	Hallo, ich habe eine Frage zu meinem Lautsprecher (falscher Artikel geliefert)	TKT-00148
INT-000284	phone	7	2024-02-28 16:40:08	11.2	9.00	2024-02-28 16:51:20	2	\N	\N	TKT-00148
INT-000285	email	64	2024-02-28 17:02:09	9.4	0.93	2024-02-28 17:11:33	3	Repair enquiry: warranty repair request	Dear support, I am still waiting for news about my headphones. Topic: warranty repair request. Could you tell me the next steps?	TKT-00149
INT-000286	email	64	2024-02-28 18:06:47	7.0	0.92	2024-02-28 18:13:47	2	Re: Repair enquiry: warranty repair request	Hello, thank you for your patience. We have opened a repair case for your headphones (warranty repair request). Please send the device with a copy of the invoice for order ORD-139694, using the attached label.	TKT-00149
INT-000287	email	64	2024-02-28 18:28:21	11.8	0.24	2024-02-28 18:40:09	2	Re: Return/repair: warranty repair request	Hello, I have printed the label and will take my headphones to the post office today. Do I need to include the charger and the cables? Order ORD-139694.	TKT-00149
INT-000288	phone	64	2024-02-28 18:40:15	6.8	6.00	2024-02-28 18:47:03	2	\N	\N	TKT-00149
INT-000289	phone	64	2024-02-28 18:47:15	6.6	12.00	2024-02-28 18:53:51	2	\N	\N	TKT-00149
INT-000290	phone	7	2024-02-28 18:54:01	5.0	21.00	2024-02-28 18:59:01	2	\N	\N	TKT-00148
INT-000291	email	64	2024-02-28 19:20:51	8.7	0.45	2024-02-28 19:29:33	2	Re: Warranty case for my headphones: warranty repair request	Hello, thank you for the documents. Your repair case for the headphones is now registered (warranty repair request). As soon as the device reaches our service centre, we will confirm it by e-mail and keep you informed.	TKT-00149
INT-000292	email	64	2024-02-28 19:37:57	10.4	0.14	2024-02-28 19:48:21	2	Re: Warranty claim for my headphones	Hello, how long will the repair of my headphones take once the device is with you (warranty repair request)? I need it for work.	TKT-00149
INT-000293	phone	119	2024-03-05 08:15:24	7.2	170.00	2024-03-05 08:22:36	3	\N	\N	TKT-00150
INT-000294	phone	119	2024-03-05 08:30:25	7.5	38.00	2024-03-05 08:37:55	3	\N	\N	TKT-00150
INT-000295	phone	119	2024-03-05 11:29:03	37.3	115.00	2024-03-05 12:06:21	3	\N	\N	TKT-00150
INT-000296	phone	79	2024-03-05 15:23:55	3.6	13.00	2024-03-05 15:27:31	2	\N	\N	TKT-00151
INT-000297	chat	31	2024-03-06 10:34:02	8.6	10.00	2024-03-06 10:42:38	1	Störung bei meinem Kopfhörer	Guten Tag, eine kurze Frage zu meinem Kopfhörer	TKT-00152
INT-000298	chat	31	2024-03-06 15:44:03	3.6	19.00	2024-03-06 15:47:39	1	Störung bei meinem Kopfhörer	Hallo, ich komme auf meine Anfrage von vorhin zurück (Problem mit Akku oder Stromversorgung)	TKT-00152
INT-000299	phone	58	2024-03-07 14:20:51	7.6	10.00	2024-03-07 14:28:27	2	\N	\N	TKT-00153
INT-000300	phone	58	2024-03-07 14:42:10	9.0	118.00	2024-03-07 14:51:10	2	\N	\N	TKT-00153
INT-000301	chat	30	2024-03-08 09:19:42	11.3	63.00	2024-03-08 09:31:00	3	Panne de mon casque : échec de l'appairage Bluetooth	Bonjour, mon problème : échec de l'appairage Bluetooth Depuis la mise à jour du firmware 2.4.1, l'appareil perd sans cesse la connexion Bluetooth.	TKT-00154
INT-000302	phone	7	2024-03-08 15:45:19	4.4	23.00	2024-03-08 15:49:43	2	\N	\N	TKT-00155
INT-000303	phone	64	2024-03-09 13:27:06	11.6	109.00	2024-03-09 13:38:42	3	\N	\N	TKT-00156
INT-000304	phone	15	2024-03-09 15:29:02	5.3	166.00	2024-03-09 15:34:20	3	\N	\N	TKT-00157
INT-000305	chat	15	2024-03-09 15:38:32	12.4	175.00	2024-03-09 15:50:56	3	Formal complaint regarding my speakers	Hi, a quick update on my case: rude service	TKT-00157
INT-000306	chat	5	2024-03-09 16:02:14	10.3	102.00	2024-03-09 16:12:32	3	Very disappointed – poor delivery experience	Hello, quick question about my amplifier	TKT-00158
INT-000307	chat	5	2024-03-09 16:19:21	8.1	84.00	2024-03-09 16:27:27	3	Complaint: poor delivery experience	Hello, it's me again – my amplifier case is still open	TKT-00158
INT-000308	phone	64	2024-03-09 16:31:15	23.5	101.00	2024-03-09 16:54:45	3	\N	\N	TKT-00156
INT-000309	email	109	2024-03-18 13:34:24	8.7	2.04	2024-03-18 13:43:06	3	My headphones: bluetooth pairing fails	Good morning, I bought the headphones from you a few months ago and now have the following problem: bluetooth pairing fails. Is there a fix for this? Since the firmware 2.4.1 update the device keeps dropping its Bluetooth connection.	TKT-00159
INT-000310	email	109	2024-03-18 15:22:21	14.9	0.64	2024-03-18 15:37:15	3	Re: My headphones: bluetooth pairing fails	Hello, thank you for the details. We could reproduce the fault (bluetooth pairing fails) on a test unit, and a fix for your headphones will be included in the next firmware update.	TKT-00159
INT-000311	email	59	2024-03-18 19:09:34	10.5	0.45	2024-03-18 19:20:04	3	Problem with my headphones – bluetooth pairing fails	Hello, my headphones stopped working properly. The problem: bluetooth pairing fails. Do I need to send the device in? Since the firmware 2.4.1 update the device keeps dropping its Bluetooth connection.	TKT-00160
INT-000312	email	59	2024-03-18 19:48:50	7.4	0.47	2024-03-18 19:56:14	3	Re: Problem with my headphones – bluetooth pairing fails	Hello, thank you for trying our suggestions. As the problem with your headphones persists (bluetooth pairing fails), we have passed your case to our technical team, who will get back to you within two working days.	TKT-00160
INT-000313	chat	89	2024-03-19 10:40:13	8.8	26.00	2024-03-19 10:49:01	2	Bitte um Hilfe: Bluetooth-Kopplung schlägt fehl	Guten Tag, eine kurze Frage zu meinem Kopfhörer Seit dem Firmware-Update 2.4.1 verliert das Gerät ständig die Bluetooth-Verbindung.	TKT-00161
INT-000314	phone	14	2024-03-19 11:59:23	3.9	40.00	2024-03-19 12:03:17	2	\N	\N	TKT-00162
INT-000315	chat	89	2024-03-19 13:29:36	15.2	152.00	2024-03-19 13:44:48	2	Störung bei meinem Kopfhörer	Hallo nochmal, ich hatte Sie vorhin schon zu meinem Kopfhörer kontaktiert	TKT-00161
INT-000316	chat	45	2024-03-22 14:09:49	9.7	12.00	2024-03-22 14:19:31	3	Dysfonctionnement : échec de l'appairage Bluetooth	Bonjour, j'ai besoin d'aide avec mon casque : échec de l'appairage Bluetooth Depuis la mise à jour du firmware 2.4.1, l'appareil perd sans cesse la connexion Bluetooth.	TKT-00163
INT-000317	chat	45	2024-03-22 16:51:25	19.5	24.00	2024-03-22 17:10:55	3	Panne de mon casque : échec de l'appairage Bluetooth	Bonjour, c'est encore moi : le dossier de mon casque est toujours ouvert	TKT-00163
INT-000318	email	66	2024-03-25 09:30:11	3.9	1.73	2024-03-25 09:34:05	3	Livraison de mon amplificateur – changement d'adresse de livraison	Bonjour, pourriez-vous m'aider avec la commande ORD-694747 ? Le problème : changement d'adresse de livraison. Merci.	TKT-00164
INT-000319	phone	98	2024-03-28 18:03:49	15.6	12.00	2024-03-28 18:19:25	2	\N	\N	TKT-00165
INT-000320	phone	98	2024-03-28 19:00:25	19.5	46.00	2024-03-28 19:19:55	2	\N	\N	TKT-00165
INT-000321	chat	61	2024-04-01 11:32:52	10.1	47.00	2024-04-01 11:42:58	2	Bitte um Hilfe: kein Ton	Hallo, ich habe eine Frage zu meinem Verstärker (kein Ton)	TKT-00166
INT-000322	email	103	2024-04-02 14:20:28	3.9	0.41	2024-04-02 14:24:22	1	Technical issue (bluetooth pairing fails)	Hello, my headphones stopped working properly. The problem: bluetooth pairing fails. Do I need to send the device in?	TKT-00167
INT-000323	email	101	2024-04-04 08:38:24	7.8	0.49	2024-04-04 08:46:12	2	Pre-sales question: which amplifier for my speakers	Hi, before I buy the speakers, I would like to know more: which amplifier for my speakers. Thanks!	TKT-00168
INT-000324	email	113	2024-04-04 10:39:05	3.3	1.96	2024-04-04 10:42:23	1	Question sur l'expédition de mon casque	Bonjour, concernant la livraison de mon casque : commande toujours pas livrée. Pouvez-vous me dire quelle est la prochaine étape ?	TKT-00169
INT-000325	email	113	2024-04-04 13:33:01	4.5	0.77	2024-04-04 13:37:31	1	RE : Suivi de commande : commande toujours pas livrée	Bonjour, nous sommes désolés pour ce problème de livraison de votre casque (commande toujours pas livrée). Pourriez-vous nous envoyer une photo du colis et du bon de livraison ?	TKT-00169
INT-000326	phone	78	2024-04-05 10:29:52	5.1	51.00	2024-04-05 10:34:58	1	\N	\N	TKT-00170
INT-000327	phone	78	2024-04-05 12:51:58	9.4	39.00	2024-04-05 13:01:22	2	\N	\N	TKT-00170
INT-000328	phone	23	2024-04-08 10:52:21	6.4	42.00	2024-04-08 10:58:45	2	\N	\N	TKT-00171
INT-000329	chat	23	2024-04-08 12:48:35	10.0	16.00	2024-04-08 12:58:35	2	Help needed: power or battery problem on my speakers	Hello, sorry to bother you again about my speakers	TKT-00171
INT-000330	phone	97	2024-04-10 17:51:13	4.5	42.00	2024-04-10 17:55:43	3	\N	\N	TKT-00172
INT-000331	phone	97	2024-04-10 18:21:42	3.5	31.00	2024-04-10 18:25:12	2	\N	\N	TKT-00172
INT-000332	chat	4	2024-04-14 10:46:23	16.3	8.00	2024-04-14 11:02:41	1	Defekt an meinem Kopfhörer: kein Ton	Hallo, kein Ton – können Sie mir helfen?	TKT-00173
INT-000333	chat	4	2024-04-14 14:30:12	11.4	44.00	2024-04-14 14:41:36	1	Technische Störung – kein Ton	Hallo, ich habe getan, worum Ihr Kollege gebeten hat, aber die Sache mit meinem Kopfhörer ist noch nicht erledigt	TKT-00173
INT-000334	email	54	2024-04-15 09:12:26	11.4	0.34	2024-04-15 09:23:50	3	Help needed: power or battery problem on my amplifier	Hi, since yesterday I have had this issue with my amplifier: power or battery problem. What can I do?	TKT-00174
INT-000335	phone	21	2024-04-17 14:43:16	3.6	6.00	2024-04-17 14:46:52	1	\N	\N	TKT-00175
INT-000336	phone	21	2024-04-17 18:04:14	9.5	7.00	2024-04-17 18:13:44	2	\N	\N	TKT-00175
INT-000337	phone	14	2024-04-18 12:13:17	2.6	23.00	2024-04-18 12:15:53	2	\N	\N	TKT-00176
INT-000338	phone	45	2024-04-18 13:38:33	3.4	9.00	2024-04-18 13:41:57	1	\N	\N	TKT-00177
INT-000339	phone	14	2024-04-18 14:42:28	10.7	33.00	2024-04-18 14:53:10	2	\N	\N	TKT-00176
INT-000340	email	15	2024-04-19 09:12:17	11.0	12.33	2024-04-19 09:23:17	3	Payment issue with my headphones order	Good afternoon, could you please help me with the following: charged twice? The order concerned is ORD-947202.	TKT-00178
INT-000341	email	48	2024-04-19 10:30:08	4.1	2.73	2024-04-19 10:34:14	2	Accounts enquiry: price match request	Dear customer service, my request concerns order ORD-830826: price match request. I look forward to your reply.	TKT-00179
INT-000342	email	15	2024-04-19 11:08:54	6.1	1.64	2024-04-19 11:15:00	3	Re: Billing query: charged twice	Hello, thank you for your patience. We have checked order ORD-947202, and our accounts team has now dealt with your request (charged twice). You will receive a confirmation by e-mail shortly.	TKT-00178
INT-000343	email	48	2024-04-19 12:57:47	8.9	2.34	2024-04-19 13:06:41	2	Re: Payment issue with my headphones order	Hello, we are sorry for the inconvenience (price match request). Any amount charged incorrectly for order ORD-830826 will be refunded to your original payment method within 5 to 10 working days.	TKT-00179
INT-000344	email	42	2024-04-19 14:42:56	5.8	1.49	2024-04-19 14:48:44	3	Lieferproblem: Rücksendeetikett benötigt	Guten Tag, ich brauche Hilfe zu meiner Lieferung (Plattenspieler) – Rücksendeetikett benötigt. Über eine schnelle Antwort würde ich mich freuen.	TKT-00180
INT-000345	email	15	2024-04-19 14:49:50	8.9	2.10	2024-04-19 14:58:44	3	Re: Accounts enquiry: charged twice	Hello, thank you for your reply. Unfortunately my request (charged twice) for order ORD-947202 is still not resolved. Could you check again, please?	TKT-00178
INT-000346	chat	48	2024-04-19 15:17:52	14.5	208.00	2024-04-19 15:32:22	2	Formal complaint regarding my headphones	Hello, I have an issue: unhappy with the repair	TKT-00181
INT-000347	email	48	2024-04-19 15:52:40	5.3	2.27	2024-04-19 15:57:58	3	Re: Payment issue with my headphones order	Hello, I received the document, thank you, but the amount shown for my headphones is not correct. Could you please correct it (price match request)?	TKT-00179
INT-000348	phone	18	2024-04-19 18:25:33	8.9	173.00	2024-04-19 18:34:27	1	\N	\N	TKT-00182
INT-000349	phone	18	2024-04-19 18:37:35	12.5	20.00	2024-04-19 18:50:05	1	\N	\N	TKT-00182
INT-000350	chat	48	2024-04-19 19:00:45	8.6	24.00	2024-04-19 19:09:21	1	Complaint: unhappy with the repair	Hi again, I contacted you earlier about my headphones	TKT-00181
INT-000351	chat	2	2024-04-20 13:57:07	7.1	17.00	2024-04-20 14:04:13	3	Shipping query: order not delivered yet	Hi, is anyone available? It's about my turntable.	TKT-00183
INT-000352	chat	2	2024-04-20 14:16:37	12.7	9.00	2024-04-20 14:29:19	3	Delivery issue: order not delivered yet	Hello, any news on my case? (order not delivered yet)	TKT-00183
INT-000353	phone	35	2024-04-22 09:43:39	7.6	40.00	2024-04-22 09:51:15	2	\N	\N	TKT-00184
INT-000354	phone	35	2024-04-22 14:26:09	3.3	134.00	2024-04-22 14:29:27	2	\N	\N	TKT-00184
INT-000355	email	37	2024-04-23 08:49:34	6.1	13.04	2024-04-23 08:55:40	3	Technische Störung – Bluetooth-Kopplung schlägt fehl	Guten Tag, ich habe ein Problem mit meinem Lautsprecher: Bluetooth-Kopplung schlägt fehl. Ich habe das Gerät bereits neu gestartet. Können Sie mir bitte helfen?	TKT-00185
INT-000356	email	16	2024-04-23 09:01:08	3.7	0.34	2024-04-23 09:04:50	3	Dissatisfied customer: issue still unresolved	To whom it may concern, I am writing to complain about the following: issue still unresolved. I would like this to be escalated.	TKT-00186
INT-000357	email	16	2024-04-23 13:50:26	6.4	0.73	2024-04-23 13:56:50	3	Re: Formal complaint regarding my turntable	Hello, your complaint (issue still unresolved) has been escalated to our customer relations manager. We will keep you informed about the next steps regarding your turntable.	TKT-00186
INT-000358	email	37	2024-04-23 14:01:24	9.8	1.40	2024-04-23 14:11:12	1	AW: Problem mit meinem Lautsprecher: Bluetooth-Kopplung schlägt fehl	Guten Tag, danke für die Angaben. Wir konnten den Fehler (Bluetooth-Kopplung schlägt fehl) an einem Testgerät nachstellen; eine Korrektur für Ihren Lautsprecher ist im nächsten Firmware-Update enthalten.	TKT-00185
INT-000359	phone	77	2024-04-24 10:59:59	23.2	123.00	2024-04-24 11:23:11	3	\N	\N	TKT-00187
INT-000360	phone	96	2024-04-24 11:23:11	4.8	558.00	2024-04-24 11:27:59	3	\N	\N	TKT-00188
INT-000361	phone	77	2024-04-24 11:32:45	7.3	14.00	2024-04-24 11:40:03	3	\N	\N	TKT-00187
INT-000362	phone	77	2024-04-24 11:48:11	6.5	62.00	2024-04-24 11:54:41	3	\N	\N	TKT-00187
INT-000363	phone	77	2024-04-24 12:43:41	7.8	30.00	2024-04-24 12:51:29	3	\N	\N	TKT-00187
INT-000364	phone	77	2024-04-24 14:09:44	10.9	134.00	2024-04-24 14:20:38	3	\N	\N	TKT-00187
INT-000365	phone	78	2024-04-24 15:14:38	9.5	18.00	2024-04-24 15:24:08	1	\N	\N	TKT-00189
INT-000366	phone	77	2024-04-24 16:50:23	5.2	186.00	2024-04-24 16:55:35	1	\N	\N	TKT-00187
INT-000367	phone	78	2024-04-24 17:40:18	5.8	21.00	2024-04-24 17:46:06	1	\N	\N	TKT-00189
INT-000368	phone	94	2024-04-25 19:37:57	7.8	205.00	2024-04-25 19:45:45	3	\N	\N	TKT-00190
INT-000369	chat	104	2024-04-26 10:15:44	8.3	13.00	2024-04-26 10:24:02	1	Produktanfrage: Frage zur Kompatibilität	Hallo, ich habe eine Frage zu meinem Kopfhörer (Frage zur Kompatibilität)	TKT-00191
INT-000370	chat	120	2024-04-28 14:54:04	11.8	117.00	2024-04-28 15:05:52	2	Problem mit meinem Plattenspieler: verzerrter Klang	Guten Tag, ich habe ein Problem: verzerrter Klang	TKT-00192
INT-000371	phone	23	2024-04-29 17:14:57	10.5	38.00	2024-04-29 17:25:27	3	\N	\N	TKT-00193
INT-000372	phone	117	2024-05-02 12:31:38	9.9	50.00	2024-05-02 12:41:32	2	\N	\N	TKT-00194
INT-000373	email	58	2024-05-03 10:30:25	7.3	15.13	2024-05-03 10:37:43	3	Order for my turntable: refund not received	Dear customer service, my request concerns order ORD-736253: refund not received. I look forward to your reply.	TKT-00195
INT-000374	email	58	2024-05-03 12:44:47	5.7	1.51	2024-05-03 12:50:29	3	Re: Accounts enquiry: refund not received	Hello, thank you for the documents. Your request (refund not received) has been approved, and the booking for your turntable has been corrected in our system.	TKT-00195
INT-000375	email	58	2024-05-03 15:07:17	6.1	0.68	2024-05-03 15:13:23	3	Re: Payment issue with my turntable order	Hello, I am writing again about order ORD-736253. Since my last message nothing has changed: refund not received. Please let me know when this will be sorted out.	TKT-00195
INT-000376	chat	58	2024-05-03 15:26:01	15.1	27.00	2024-05-03 15:41:07	3	Payment issue with my turntable order	Hello, it's me again – my turntable case is still open	TKT-00195
INT-000377	phone	59	2024-05-03 16:14:19	5.6	50.00	2024-05-03 16:19:55	3	\N	\N	TKT-00196
INT-000378	phone	119	2024-05-03 17:07:15	14.4	212.00	2024-05-03 17:21:39	3	\N	\N	TKT-00197
INT-000379	chat	119	2024-05-03 17:40:07	11.5	15.00	2024-05-03 17:51:37	3	Shipping query: parcel arrived damaged	Hi, I did what your colleague asked, but my amplifier case is still not resolved	TKT-00197
INT-000380	phone	119	2024-05-03 19:08:25	26.5	60.00	2024-05-03 19:34:55	2	\N	\N	TKT-00197
INT-000381	chat	77	2024-05-07 13:57:53	7.1	3.00	2024-05-07 14:04:59	3	Fault report for my speakers: bluetooth pairing fails	Hello, I have an issue: bluetooth pairing fails	TKT-00198
INT-000382	email	94	2024-05-08 09:40:58	13.5	1.41	2024-05-08 09:54:28	1	Meine Bestellung (Lautsprecher) – Bestellung noch nicht geliefert	Hallo, können Sie mir bei der Bestellung ORD-254546 helfen? Das Problem: Bestellung noch nicht geliefert. Danke.	TKT-00199
INT-000383	email	94	2024-05-08 12:20:47	8.6	2.40	2024-05-08 12:29:23	1	AW: Problem mit der Lieferung: Bestellung noch nicht geliefert	Guten Tag, es tut uns leid, dass es Probleme mit der Lieferung gibt (Bestellung noch nicht geliefert). Bitte senden Sie uns ein Foto des Pakets und den Lieferschein Ihrer Bestellung (Lautsprecher).	TKT-00199
INT-000384	chat	86	2024-05-08 13:10:49	11.5	6.00	2024-05-08 13:22:19	2	Problem mit meinem Kopfhörer: Verbindung bricht ständig ab	Hallo, ich habe eine Frage zu meinem Kopfhörer (Verbindung bricht ständig ab)	TKT-00200
INT-000385	chat	86	2024-05-08 18:35:22	8.3	23.00	2024-05-08 18:43:40	2	Bitte um Hilfe: Verbindung bricht ständig ab	Hallo, ich bin es wieder – der Fall zu meinem Kopfhörer ist noch offen	TKT-00200
INT-000386	email	58	2024-05-09 09:00:00	6.0	1.75	2024-05-09 09:06:00	1	Enquiry before buying: compatibility question	Dear team, could you help me with a question about the speakers? Topic: compatibility question.	TKT-00201
INT-000387	email	64	2024-05-14 13:12:55	6.8	0.20	2024-05-14 13:19:43	3	Enquiry before buying: app features	Hi, before I buy the speakers, I would like to know more: app features. Thanks!	TKT-00202
INT-000388	email	62	2024-05-15 12:41:25	3.8	1.29	2024-05-15 12:45:13	1	Réclamation concernant mon amplificateur	Bonjour, je souhaite déposer une réclamation : réparation insatisfaisante. Ce n'est pas le service que j'attends de votre entreprise.	TKT-00203
INT-000389	email	62	2024-05-15 15:03:32	3.4	0.05	2024-05-15 15:06:56	1	RE : Réclamation à traiter en priorité : réparation insatisfaisante	Bonjour, merci de votre patience. Afin d'examiner votre réclamation (réparation insatisfaisante), pourriez-vous nous indiquer les dates de vos précédents contacts et, si possible, le nom du conseiller ?	TKT-00203
INT-000390	phone	62	2024-05-15 16:57:02	7.3	14.00	2024-05-15 17:04:20	1	\N	\N	TKT-00204
INT-000391	phone	62	2024-05-15 18:13:39	4.1	16.00	2024-05-15 18:17:45	1	\N	\N	TKT-00204
INT-000392	email	81	2024-05-16 18:10:19	9.1	0.40	2024-05-16 18:19:25	3	Problem with my amplifier – power or battery problem	Dear support team, the fault with my amplifier is: power or battery problem. I followed the steps in the manual, but nothing changed.	TKT-00205
INT-000393	phone	12	2024-05-21 09:46:10	4.9	86.00	2024-05-21 09:51:04	2	\N	\N	TKT-00206
INT-000394	email	12	2024-05-21 11:29:20	6.0	0.44	2024-05-21 11:35:20	2	AW: Beschwerde zu meinem Lautsprecher	Guten Tag, es tut uns sehr leid, dass Sie mit Ihrem Lautsprecher so schlechte Erfahrungen gemacht haben. Als Zeichen des Entgegenkommens bieten wir Ihnen einen Gutschein für Ihre nächste Bestellung an. Bitte geben Sie uns Bescheid, ob Sie ihn annehmen.	TKT-00206
INT-000395	phone	74	2024-05-23 09:55:08	3.3	48.00	2024-05-23 09:58:26	1	\N	\N	TKT-00207
INT-000396	phone	118	2024-05-28 17:47:33	6.9	48.00	2024-05-28 17:54:27	1	\N	\N	TKT-00208
INT-000397	phone	118	2024-05-28 18:48:22	4.9	10.00	2024-05-28 18:53:16	1	\N	\N	TKT-00208
INT-000398	phone	101	2024-05-29 13:58:16	8.8	10.00	2024-05-29 14:07:04	2	\N	\N	TKT-00209
INT-000399	email	101	2024-05-29 16:48:51	4.7	0.98	2024-05-29 16:53:33	2	Re: Order enquiry: change of delivery address	Hello, we have arranged a replacement shipment for your turntable. The new tracking number will follow in a separate e-mail. Order reference: ORD-785320.	TKT-00209
INT-000400	chat	4	2024-05-30 12:56:58	6.7	8.00	2024-05-30 13:03:40	1	Bitte um Hilfe: Problem mit Akku oder Stromversorgung	Hallo, ist jemand da? Es geht um meinen Kopfhörer.	TKT-00211
INT-000401	email	57	2024-05-30 13:16:47	4.0	2.50	2024-05-30 13:20:47	1	Help needed: distorted sound on my headphones	Hi there, is there a known fix for this problem with my headphones: distorted sound? Thanks in advance.	TKT-00210
INT-000402	phone	8	2024-05-30 15:53:05	9.8	164.00	2024-05-30 16:02:53	1	\N	\N	TKT-00212
INT-000403	chat	4	2024-05-30 18:38:15	7.7	7.00	2024-05-30 18:45:57	2	Problem mit meinem Kopfhörer: Problem mit Akku oder Stromversorgung	Guten Tag, ich melde mich noch einmal: Problem mit Akku oder Stromversorgung, immer noch nicht gelöst	TKT-00211
INT-000404	email	77	2024-06-04 14:07:27	4.6	2.32	2024-06-04 14:12:03	3	Fault report for my headphones: firmware update failed	Hello, I am having a problem with my headphones: firmware update failed. I have already tried restarting the device. Could you please help?	TKT-00213
INT-000405	phone	98	2024-06-04 14:50:17	11.3	70.00	2024-06-04 15:01:35	1	\N	\N	TKT-00214
INT-000406	email	77	2024-06-04 16:05:52	9.9	0.38	2024-06-04 16:15:46	1	Re: Help needed: firmware update failed on my headphones	Hello, thank you for the details. We could reproduce the fault (firmware update failed) on a test unit, and a fix for your headphones will be included in the next firmware update.	TKT-00213
INT-000407	phone	3	2024-06-05 10:00:05	6.1	145.00	2024-06-05 10:06:11	3	\N	\N	TKT-00215
INT-000408	chat	56	2024-06-06 17:49:17	8.3	8.00	2024-06-06 17:57:35	1	Order for my speakers: refund not received	Hello, I'm contacting you about my speakers (refund not received)	TKT-00216
INT-000409	chat	56	2024-06-06 18:58:34	27.0	19.00	2024-06-06 19:25:34	3	Billing query: refund not received	Hello, I still need help with my speakers (refund not received)	TKT-00216
INT-000410	email	49	2024-06-07 10:39:03	5.9	0.32	2024-06-07 10:44:57	1	Demande d'information : question de compatibilité	Bonjour, votre casque m'intéresse et j'ai une question (question de compatibilité). Pourriez-vous me conseiller ?	TKT-00217
INT-000411	phone	108	2024-06-09 11:10:44	6.0	109.00	2024-06-09 11:16:44	2	\N	\N	TKT-00219
INT-000412	phone	108	2024-06-09 11:18:38	2.1	60.00	2024-06-09 11:20:44	2	\N	\N	TKT-00219
INT-000413	email	6	2024-06-09 12:05:57	2.8	17.14	2024-06-09 12:08:45	2	Very disappointed – unhappy with the repair	To whom it may concern, I am writing to complain about the following: unhappy with the repair. I would like this to be escalated.	TKT-00218
INT-000414	email	6	2024-06-09 13:05:33	6.6	0.82	2024-06-09 13:12:09	2	Re: Complaint: unhappy with the repair	Hello, we have reviewed your case (unhappy with the repair) in detail. We understand your frustration and will replace your headphones free of charge. A new device will be sent within three working days.	TKT-00218
INT-000415	chat	112	2024-06-10 08:52:53	7.0	7.00	2024-06-10 08:59:53	2	Demande d'aide – bourdonnement ou grésillement	Bonjour, bourdonnement ou grésillement, pouvez-vous m'aider ?	TKT-00220
INT-000416	chat	112	2024-06-10 09:32:44	11.3	157.00	2024-06-10 09:44:02	2	Dysfonctionnement : bourdonnement ou grésillement	Bonjour, j'ai toujours besoin d'aide pour mon enceinte (bourdonnement ou grésillement)	TKT-00220
INT-000417	email	64	2024-06-10 12:35:53	10.7	0.43	2024-06-10 12:46:35	3	Return/repair: replacement unit request	Hi, I am writing about the repair of my headphones (replacement unit request). Order reference: ORD-432595.	TKT-00221
INT-000418	email	63	2024-06-11 10:17:26	10.0	1.50	2024-06-11 10:27:26	2	Formal complaint regarding my speakers	Hi, this is simply not acceptable. Complaint: long waiting time. I would like to speak to a manager.	TKT-00222
INT-000419	chat	95	2024-06-11 13:52:20	10.5	13.00	2024-06-11 14:02:50	3	Technical issue (distorted sound)	Hello, I'm contacting you about my speakers (distorted sound)	TKT-00223
INT-000420	email	63	2024-06-11 14:24:01	4.8	0.68	2024-06-11 14:28:49	2	Re: Very disappointed – long waiting time	Hello, thank you for your patience. To look into your complaint (long waiting time) properly, could you tell us the dates of your previous contacts and, if possible, the name of the agent?	TKT-00222
INT-000421	chat	48	2024-06-13 14:03:44	15.0	34.00	2024-06-13 14:18:44	3	Problem with my headphones – connection keeps dropping	Good morning, my problem is: connection keeps dropping	TKT-00224
INT-000422	phone	52	2024-06-20 08:42:22	6.9	45.00	2024-06-20 08:49:16	1	\N	\N	TKT-00225
INT-000423	email	105	2024-06-20 14:51:36	8.2	1.48	2024-06-20 14:59:48	1	RMA request for my amplifier	Hello, I would like to open a warranty case for my amplifier: warranty repair request. The original order was ORD-589714.	TKT-00226
INT-000424	email	105	2024-06-20 17:36:11	7.2	0.38	2024-06-20 17:43:23	2	Re: Warranty case for my amplifier: warranty repair request	Hello, thank you for your message. A courier will collect your amplifier within the next three working days. Please pack the device securely, ideally in the original box (warranty repair request).	TKT-00226
INT-000425	phone	105	2024-06-20 18:33:55	3.8	15.00	2024-06-20 18:37:43	2	\N	\N	TKT-00226
INT-000426	chat	33	2024-06-21 09:20:54	6.6	69.00	2024-06-21 09:27:30	3	Beschwerde: unzufrieden mit der Reparatur	Hallo, ich habe eine Frage zu meinem Lautsprecher (unzufrieden mit der Reparatur)	TKT-00227
INT-000427	chat	33	2024-06-21 14:36:03	12.5	16.00	2024-06-21 14:48:33	3	Unzufrieden mit Ihrem Service: unzufrieden mit der Reparatur	Hallo, ich brauche immer noch Hilfe mit meinem Lautsprecher (unzufrieden mit der Reparatur)	TKT-00227
INT-000428	chat	100	2024-06-22 14:16:05	6.8	14.00	2024-06-22 14:22:53	3	Garantie pour mon casque	Bonjour, demande de réparation sous garantie, pouvez-vous m'aider ?	TKT-00228
INT-000429	chat	100	2024-06-22 14:26:55	9.4	26.00	2024-06-22 14:36:19	3	Demande SAV : demande de réparation sous garantie	Bonjour, j'ai encore une question sur mon casque	TKT-00228
INT-000430	chat	100	2024-06-22 14:46:32	18.0	39.00	2024-06-22 15:04:32	3	Prise en charge sous garantie – demande de réparation sous garantie	Bonjour, pardon de vous déranger à nouveau au sujet de mon casque	TKT-00228
INT-000431	email	100	2024-06-22 16:35:05	9.8	1.42	2024-06-22 16:44:53	3	RE : Dossier de réparation de mon casque	Bonjour, merci pour votre message. Un transporteur viendra chercher votre casque dans les trois prochains jours ouvrés. Merci de bien emballer l'appareil, si possible dans son carton d'origine (demande de réparation sous garantie).	TKT-00228
INT-000432	email	36	2024-06-24 11:33:26	3.4	1.09	2024-06-24 11:36:50	1	Product information request: technical specifications	Hello, I am comparing several models and need some information on the speakers (technical specifications). Thank you in advance.	TKT-00229
INT-000433	email	92	2024-06-25 09:56:24	4.9	2.75	2024-06-25 10:01:18	3	Complaint: issue still unresolved	Good afternoon, regarding my headphones, I must complain: issue still unresolved. I hope you can put this right.	TKT-00230
INT-000434	phone	92	2024-06-25 10:50:41	16.2	160.00	2024-06-25 11:06:53	3	\N	\N	TKT-00230
INT-000435	phone	42	2024-06-25 11:35:07	4.4	225.00	2024-06-25 11:39:31	3	\N	\N	TKT-00232
INT-000436	chat	98	2024-06-25 12:05:15	9.8	59.00	2024-06-25 12:15:03	3	Question about my payment – payment failed	Hi, I need help with my headphones: payment failed	TKT-00233
INT-000437	phone	42	2024-06-25 12:36:28	5.3	180.00	2024-06-25 12:41:46	3	\N	\N	TKT-00232
INT-000438	email	71	2024-06-25 13:21:01	3.3	2.50	2024-06-25 13:24:19	1	Problem with the delivery of my headphones	Hello, there is a problem with my order ORD-508055 (headphones): parts missing from the box. Could you please check this for me?	TKT-00231
INT-000439	phone	42	2024-06-25 13:57:09	9.9	348.00	2024-06-25 14:07:03	3	\N	\N	TKT-00232
INT-000440	email	71	2024-06-25 14:56:26	4.3	0.57	2024-06-25 15:00:44	1	Re: Delivery issue: parts missing from the box	Hello, we have arranged a replacement shipment for your headphones. The new tracking number will follow in a separate e-mail. Order reference: ORD-508055.	TKT-00231
INT-000441	phone	98	2024-06-25 16:31:38	5.8	42.00	2024-06-25 16:37:26	1	\N	\N	TKT-00233
INT-000442	chat	98	2024-06-25 16:56:36	15.1	90.00	2024-06-25 17:11:42	1	Billing query: payment failed	Hello, I have one more question about my headphones	TKT-00233
INT-000443	chat	71	2024-06-25 18:39:59	11.5	14.00	2024-06-25 18:51:29	1	Problem with the delivery of my headphones	Hello, any news on my case? (parts missing from the box)	TKT-00231
INT-000444	email	118	2024-06-26 17:49:43	8.7	0.92	2024-06-26 17:58:25	1	Problem mit der Lieferung: Änderung der Lieferadresse	Hallo, können Sie mir bei der Bestellung ORD-246450 helfen? Das Problem: Änderung der Lieferadresse. Danke.	TKT-00234
INT-000445	email	118	2024-06-26 19:53:39	4.7	1.92	2024-06-26 19:58:21	1	AW: Lieferproblem: Änderung der Lieferadresse	Guten Tag, wir haben eine Ersatzlieferung für Ihren Plattenspieler veranlasst. Die neue Sendungsnummer erhalten Sie in einer separaten E-Mail. Bestellnummer: ORD-246450.	TKT-00234
INT-000446	email	57	2024-07-01 15:06:18	5.4	0.43	2024-07-01 15:11:42	2	Return/repair: replacement unit request	Hello, I would like to return my turntable under the warranty. Reason: replacement unit request. How should I proceed?	TKT-00235
INT-000447	email	57	2024-07-01 16:11:34	9.1	0.88	2024-07-01 16:20:40	3	Re: Repair enquiry: replacement unit request	Hello, to process your request (replacement unit request), we need the proof of purchase and the serial number of your turntable. Could you please send us both?	TKT-00235
INT-000448	email	57	2024-07-01 16:50:37	3.5	0.21	2024-07-01 16:54:07	3	Re: RMA request for my turntable	Hi, as requested, here are the proof of purchase for order ORD-592535 and a photo of the serial number label on my turntable (see attachment).	TKT-00235
INT-000449	chat	57	2024-07-01 17:09:25	12.0	8.00	2024-07-01 17:21:25	3	Warranty case for my turntable: replacement unit request	Hi, I did what your colleague asked, but my turntable case is still not resolved	TKT-00235
INT-000450	email	57	2024-07-01 18:22:25	8.0	0.94	2024-07-01 18:30:25	3	Re: RMA request for my turntable	Hello, how long will the repair of my turntable take once the device is with you (replacement unit request)? I need it for work.	TKT-00235
INT-000451	phone	57	2024-07-01 18:59:50	18.9	14.00	2024-07-01 19:18:44	3	\N	\N	TKT-00235
INT-000452	email	57	2024-07-01 19:58:00	2.0	0.55	2024-07-01 20:00:00	3	Re: Warranty claim for my turntable	Hi, thank you for offering a replacement. Could the new unit show the same fault (replacement unit request)? I would rather have my turntable repaired.	TKT-00235
INT-000453	chat	111	2024-07-03 09:51:50	10.7	69.00	2024-07-03 10:02:32	1	Very disappointed – recurring fault	Hi, is anyone available? It's about my amplifier.	TKT-00236
INT-000454	chat	111	2024-07-03 15:31:27	10.6	51.00	2024-07-03 15:42:03	1	Complaint: recurring fault	Hello, any news on my case? (recurring fault)	TKT-00236
INT-000455	phone	51	2024-07-03 19:48:00	2.5	89.00	2024-07-03 19:50:30	2	\N	\N	TKT-00237
INT-000456	email	51	2024-07-03 19:57:53	2.0	0.12	2024-07-03 19:59:53	2	AW: Technische Störung – verzerrter Klang	Guten Tag, vielen Dank für Ihre Geduld. Zu Ihrem Verstärker (verzerrter Klang): Bitte installieren Sie die neueste Firmware und setzen Sie das Gerät anschließend auf die Werkseinstellungen zurück. Geben Sie uns gern Bescheid, ob das hilft.	TKT-00237
INT-000457	chat	54	2024-07-10 12:47:24	9.7	10.00	2024-07-10 12:57:06	2	Problem with my turntable – distorted sound	Hi, I need help with my turntable: distorted sound	TKT-00238
INT-000458	chat	92	2024-07-11 12:46:06	6.6	39.00	2024-07-11 12:52:42	1	Shipping query: parts missing from the box	Hi there – parts missing from the box, can you help?	TKT-00239
INT-000459	phone	88	2024-07-12 10:04:01	6.7	35.00	2024-07-12 10:10:43	2	\N	\N	TKT-00240
INT-000460	phone	88	2024-07-12 11:17:31	3.8	56.00	2024-07-12 11:21:19	2	\N	\N	TKT-00240
INT-000461	chat	76	2024-07-15 09:37:38	7.7	40.00	2024-07-15 09:45:20	2	My headphones: no sound	Hi, I need help with my headphones: no sound	TKT-00241
INT-000462	chat	76	2024-07-15 15:18:38	6.9	25.00	2024-07-15 15:25:32	2	Help needed: no sound on my headphones	Hello, it's me again – my headphones case is still open	TKT-00241
INT-000463	phone	80	2024-07-20 15:55:23	5.6	29.00	2024-07-20 16:00:59	2	\N	\N	TKT-00242
INT-000464	chat	80	2024-07-20 16:14:41	6.2	49.00	2024-07-20 16:20:53	2	Commande de mon casque : double prélèvement	Bonjour, j'ai fait ce que votre collègue m'a demandé, mais le dossier de mon casque n'est toujours pas réglé	TKT-00242
INT-000465	email	58	2024-07-24 11:37:41	6.1	0.62	2024-07-24 11:43:47	1	Help needed: distorted sound on my speakers	Hello, my speakers stopped working properly. The problem: distorted sound. Do I need to send the device in?	TKT-00243
INT-000466	phone	58	2024-07-24 14:12:10	4.9	9.00	2024-07-24 14:17:04	1	\N	\N	TKT-00243
INT-000467	phone	73	2024-07-30 09:48:14	15.7	113.00	2024-07-30 10:03:56	3	\N	\N	TKT-00244
INT-000468	phone	59	2024-07-30 14:29:06	15.3	83.00	2024-07-30 14:44:24	2	\N	\N	TKT-00245
INT-000469	phone	59	2024-07-30 17:21:54	8.5	230.00	2024-07-30 17:30:24	2	\N	\N	TKT-00245
INT-000470	phone	59	2024-07-30 18:33:29	6.2	23.00	2024-07-30 18:39:41	1	\N	\N	TKT-00245
INT-000471	phone	58	2024-07-31 14:21:13	7.6	75.00	2024-07-31 14:28:49	1	\N	\N	TKT-00246
INT-000472	phone	57	2024-08-01 14:53:14	6.0	164.00	2024-08-01 14:59:14	1	\N	\N	TKT-00247
INT-000473	phone	107	2024-08-09 10:16:36	5.0	192.00	2024-08-09 10:21:36	1	\N	\N	TKT-00248
INT-000474	phone	107	2024-08-09 15:11:41	8.7	25.00	2024-08-09 15:20:23	1	\N	\N	TKT-00248
INT-000475	phone	120	2024-08-13 08:57:49	10.7	76.00	2024-08-13 09:08:31	2	\N	\N	TKT-00249
INT-000476	phone	120	2024-08-13 12:53:34	6.7	349.00	2024-08-13 13:00:16	2	\N	\N	TKT-00249
INT-000477	phone	117	2024-08-15 08:36:14	13.2	127.00	2024-08-15 08:49:26	2	\N	\N	TKT-00250
INT-000478	phone	117	2024-08-15 08:53:18	5.6	104.00	2024-08-15 08:58:54	2	\N	\N	TKT-00250
INT-000479	phone	63	2024-08-16 15:09:56	6.7	10.00	2024-08-16 15:16:38	1	\N	\N	TKT-00251
INT-000480	phone	104	2024-08-19 10:25:08	8.5	68.00	2024-08-19 10:33:38	2	\N	\N	TKT-00252
INT-000481	phone	58	2024-08-20 10:07:34	2.9	87.00	2024-08-20 10:10:28	2	\N	\N	TKT-00253
INT-000482	phone	111	2024-08-20 10:12:24	10.6	40.00	2024-08-20 10:23:00	3	\N	\N	TKT-00254
INT-000483	phone	111	2024-08-20 10:33:00	12.2	69.00	2024-08-20 10:45:12	3	\N	\N	TKT-00254
INT-000484	phone	109	2024-08-20 11:07:04	12.3	9.00	2024-08-20 11:19:22	3	\N	\N	TKT-00255
INT-000485	phone	111	2024-08-20 13:46:26	5.9	26.00	2024-08-20 13:52:20	3	\N	\N	TKT-00254
INT-000486	chat	89	2024-08-20 17:00:51	14.1	26.00	2024-08-20 17:14:57	1	Sehr enttäuscht – schlechte Erfahrung mit der Lieferung	Guten Tag, mein Anliegen: schlechte Erfahrung mit der Lieferung	TKT-00256
INT-000487	chat	89	2024-08-20 19:28:08	11.2	14.00	2024-08-20 19:39:20	1	Reklamation: schlechte Erfahrung mit der Lieferung	Guten Tag, ein kurzes Update zu meinem Fall: schlechte Erfahrung mit der Lieferung	TKT-00256
INT-000488	chat	46	2024-08-21 09:01:06	8.4	73.00	2024-08-21 09:09:30	1	Order for my speakers: payment failed	Good morning, my problem is: payment failed	TKT-00257
INT-000489	email	46	2024-08-21 13:40:43	7.0	2.12	2024-08-21 13:47:43	1	Re: Payment issue with my speakers order	Hello, we have forwarded your request (payment failed) to our accounts department. They will get back to you about order ORD-967334 within three working days.	TKT-00257
INT-000490	chat	69	2024-08-21 15:22:14	9.5	54.00	2024-08-21 15:31:44	2	Order enquiry: return label needed	Hi, I need help with my amplifier: return label needed	TKT-00258
INT-000491	email	19	2024-08-21 17:01:26	3.7	0.83	2024-08-21 17:05:08	2	Defekt an meinem Verstärker: Verbindung bricht ständig ab	Guten Tag, gibt es eine bekannte Lösung für dieses Problem mit meinem Verstärker: Verbindung bricht ständig ab? Vielen Dank im Voraus.	TKT-00259
INT-000492	chat	19	2024-08-21 19:23:58	13.3	39.00	2024-08-21 19:37:16	2	Technische Störung – Verbindung bricht ständig ab	Hallo, ich melde mich wieder zu meinem Verstärker	TKT-00259
INT-000493	phone	88	2024-08-23 16:54:32	7.0	90.00	2024-08-23 17:01:32	1	\N	\N	TKT-00260
INT-000494	phone	88	2024-08-23 17:39:24	7.3	10.00	2024-08-23 17:46:42	1	\N	\N	TKT-00260
INT-000495	email	15	2024-08-27 08:08:38	3.6	11.66	2024-08-27 08:12:14	3	Payment issue with my headphones order	Hi, I have a billing question (invoice request) about my headphones. My order number is ORD-232628.	TKT-00261
INT-000496	email	15	2024-08-27 12:24:25	12.6	1.29	2024-08-27 12:37:01	3	Re: Question about my payment – invoice request	Hello, thank you for your message. To process your request (invoice request), could you please send us the billing address used for your headphones order and a screenshot of the payment?	TKT-00261
INT-000497	phone	31	2024-08-28 08:03:14	7.5	92.00	2024-08-28 08:10:44	3	\N	\N	TKT-00262
INT-000498	phone	57	2024-08-28 08:40:30	6.3	162.00	2024-08-28 08:46:48	3	\N	\N	TKT-00263
INT-000499	phone	57	2024-08-28 10:55:01	5.9	72.00	2024-08-28 11:00:55	3	\N	\N	TKT-00263
INT-000500	phone	31	2024-08-28 12:49:56	11.1	72.00	2024-08-28 13:01:02	3	\N	\N	TKT-00262
INT-000501	phone	82	2024-08-29 12:55:01	12.8	28.00	2024-08-29 13:07:49	1	\N	\N	TKT-00264
INT-000502	phone	2	2024-08-29 13:14:07	9.6	37.00	2024-08-29 13:23:43	1	\N	\N	TKT-00265
INT-000503	phone	2	2024-08-29 14:04:23	5.3	36.00	2024-08-29 14:09:41	1	\N	\N	TKT-00265
INT-000504	phone	2	2024-08-29 14:28:45	14.4	277.00	2024-08-29 14:43:09	1	\N	\N	TKT-00265
INT-000505	phone	82	2024-08-29 15:12:40	4.5	29.00	2024-08-29 15:17:10	1	\N	\N	TKT-00264
INT-000506	chat	2	2024-08-29 16:43:08	8.9	13.00	2024-08-29 16:52:02	1	Repair enquiry: exchange for dead-on-arrival unit	Hello, I have one more question about my speakers	TKT-00265
INT-000507	phone	2	2024-08-29 17:57:19	4.6	61.00	2024-08-29 18:01:55	1	\N	\N	TKT-00265
INT-000508	chat	15	2024-08-30 08:52:27	4.8	16.00	2024-08-30 08:57:15	2	Accounts enquiry: payment failed	Hi there – payment failed, can you help?	TKT-00266
INT-000509	chat	15	2024-08-30 09:48:41	9.1	20.00	2024-08-30 09:57:47	2	Accounts enquiry: payment failed	Hello, any news on my case? (payment failed)	TKT-00266
INT-000510	chat	119	2024-09-03 15:00:13	8.8	50.00	2024-09-03 15:09:01	2	Technical issue (firmware update failed)	Hi there – firmware update failed, can you help?	TKT-00267
INT-000511	phone	100	2024-09-05 14:52:15	6.9	76.00	2024-09-05 14:59:09	3	\N	\N	TKT-00268
INT-000512	phone	76	2024-09-06 11:23:44	7.6	33.00	2024-09-06 11:31:20	3	\N	\N	TKT-00269
INT-000513	phone	76	2024-09-06 13:23:46	7.3	255.00	2024-09-06 13:31:04	3	\N	\N	TKT-00269
INT-000514	chat	8	2024-09-06 14:21:55	12.6	23.00	2024-09-06 14:34:31	3	Störung bei meinem Verstärker	Guten Tag, ich habe ein Problem: verzerrter Klang	TKT-00270
INT-000515	chat	50	2024-09-06 19:06:06	7.7	9.00	2024-09-06 19:13:48	2	Problem mit meinem Kopfhörer: Verbindung bricht ständig ab	Hallo, Verbindung bricht ständig ab – können Sie mir helfen?	TKT-00271
INT-000516	chat	50	2024-09-06 19:48:40	8.2	20.00	2024-09-06 19:56:52	2	Defekt an meinem Kopfhörer: Verbindung bricht ständig ab	Hallo nochmal, ich hatte Sie vorhin schon zu meinem Kopfhörer kontaktiert	TKT-00271
INT-000517	phone	65	2024-09-10 09:23:38	10.8	56.00	2024-09-10 09:34:26	3	\N	\N	TKT-00272
INT-000518	chat	65	2024-09-10 12:12:28	10.5	36.00	2024-09-10 12:22:58	3	Order enquiry: order not delivered yet	Hello, sorry to bother you again about my speakers	TKT-00272
INT-000519	email	2	2024-09-10 15:19:59	9.9	0.77	2024-09-10 15:29:53	1	Warranty claim for my turntable	Hello, I would like to open a warranty case for my turntable: return authorisation needed. The original order was ORD-128396.	TKT-00273
INT-000520	email	2	2024-09-10 16:29:58	5.3	0.99	2024-09-10 16:35:16	1	Re: Warranty case for my turntable: return authorisation needed	Hello, good news: your turntable qualifies for our express repair (return authorisation needed). A repair usually takes five to seven working days from the day the device arrives, and we ship it back free of charge.	TKT-00273
INT-000521	phone	2	2024-09-10 16:35:24	7.9	6.00	2024-09-10 16:43:18	1	\N	\N	TKT-00273
INT-000522	email	2	2024-09-10 18:37:30	3.9	1.86	2024-09-10 18:41:24	1	Re: RMA request for my turntable	Hello, as the fault is covered by the warranty, we will send you a replacement for your turntable. Please return the faulty device within 14 days (order ORD-128396).	TKT-00273
INT-000523	email	2	2024-09-10 19:34:14	11.0	0.87	2024-09-10 19:45:14	1	Re: Return/repair: return authorisation needed	Hello, thanks for your reply. I have packed my turntable in the original box. When exactly will the courier come to collect the parcel?	TKT-00273
INT-000524	email	2	2024-09-10 19:54:45	2.9	0.12	2024-09-10 19:57:39	1	Re: Warranty case for my turntable: return authorisation needed	Hello, thank you for your message. A courier will collect your turntable within the next three working days. Please pack the device securely, ideally in the original box (return authorisation needed).	TKT-00273
INT-000525	phone	55	2024-09-11 08:58:17	2.4	45.00	2024-09-11 09:00:41	1	\N	\N	TKT-00274
INT-000526	phone	24	2024-09-12 14:05:28	4.6	12.00	2024-09-12 14:10:04	2	\N	\N	TKT-00275
INT-000527	phone	81	2024-09-14 10:17:53	17.7	125.00	2024-09-14 10:35:35	3	\N	\N	TKT-00276
INT-000528	phone	85	2024-09-16 10:41:36	7.8	16.00	2024-09-16 10:49:24	2	\N	\N	TKT-00277
INT-000529	phone	85	2024-09-16 12:39:21	11.9	57.00	2024-09-16 12:51:15	1	\N	\N	TKT-00277
INT-000530	phone	78	2024-09-20 17:29:25	9.8	14.00	2024-09-20 17:39:13	3	\N	\N	TKT-00278
INT-000531	phone	49	2024-09-23 16:59:18	14.1	74.00	2024-09-23 17:13:24	3	\N	\N	TKT-00279
INT-000532	phone	49	2024-09-23 18:14:40	28.5	68.00	2024-09-23 18:43:10	3	\N	\N	TKT-00279
INT-000533	chat	5	2024-09-24 18:06:27	14.7	17.00	2024-09-24 18:21:09	3	Technical issue (bluetooth pairing fails)	Hi there – bluetooth pairing fails, can you help?	TKT-00280
INT-000534	chat	5	2024-09-24 18:48:35	11.9	9.00	2024-09-24 19:00:29	3	Problem with my amplifier – bluetooth pairing fails	Hello, sorry to bother you again about my amplifier	TKT-00280
INT-000535	phone	59	2024-09-25 08:11:11	3.8	31.00	2024-09-25 08:14:59	1	\N	\N	TKT-00281
INT-000536	phone	59	2024-09-25 11:35:12	5.3	94.00	2024-09-25 11:40:30	1	\N	\N	TKT-00281
INT-000537	email	53	2024-09-26 16:40:58	6.8	0.73	2024-09-26 16:47:46	3	Defekt an meinem Verstärker: Firmware-Update fehlgeschlagen	Hallo, mein Verstärker funktioniert nicht mehr richtig. Das Problem: Firmware-Update fehlgeschlagen. Muss ich das Gerät einschicken?	TKT-00282
INT-000538	email	53	2024-09-26 17:03:54	5.2	0.17	2024-09-26 17:09:06	3	AW: Störung bei meinem Verstärker	Guten Tag, es tut uns leid, dass Ihr Verstärker Probleme macht. Bei diesem Fehler (Firmware-Update fehlgeschlagen) probieren Sie bitte zuerst ein anderes Kabel und eine andere Steckdose. Ändert sich nichts, veranlassen wir eine Reparatur.	TKT-00282
INT-000539	chat	54	2024-10-01 08:42:42	9.2	6.00	2024-10-01 08:51:54	3	Product information request: stock availability	Hello, I have an issue: stock availability	TKT-00283
INT-000540	phone	13	2024-10-02 11:32:40	13.7	45.00	2024-10-02 11:46:22	1	\N	\N	TKT-00284
INT-000541	phone	13	2024-10-02 13:00:36	15.7	9.00	2024-10-02 13:16:18	1	\N	\N	TKT-00284
INT-000542	phone	13	2024-10-02 14:19:05	9.0	132.00	2024-10-02 14:28:05	1	\N	\N	TKT-00284
INT-000543	phone	13	2024-10-02 15:06:09	6.6	15.00	2024-10-02 15:12:45	1	\N	\N	TKT-00284
INT-000544	phone	79	2024-10-06 11:09:55	13.7	48.00	2024-10-06 11:23:37	3	\N	\N	TKT-00285
INT-000545	chat	15	2024-10-07 08:27:08	10.1	43.00	2024-10-07 08:37:14	3	My headphones order – change of delivery address	Hello, I have an issue: change of delivery address	TKT-00286
INT-000546	phone	15	2024-10-07 08:58:57	4.0	16.00	2024-10-07 09:02:57	3	\N	\N	TKT-00286
INT-000547	chat	73	2024-10-09 16:25:07	11.5	99.00	2024-10-09 16:36:37	1	Demande d'aide – pas de son	Bonjour, mon problème : pas de son	TKT-00287
INT-000548	chat	28	2024-10-10 14:52:47	12.4	13.00	2024-10-10 15:05:11	1	Lieferproblem: falscher Artikel geliefert	Guten Tag, eine kurze Frage zu meinem Plattenspieler	TKT-00288
INT-000549	email	10	2024-10-14 14:13:22	18.9	2.32	2024-10-14 14:32:16	3	Question sur votre enceinte	Bonjour, avant d'acheter votre enceinte, j'aimerais en savoir plus : quel amplificateur pour mes enceintes. Merci !	TKT-00289
INT-000550	phone	96	2024-10-14 17:38:53	8.0	25.00	2024-10-14 17:46:53	3	\N	\N	TKT-00290
INT-000551	chat	111	2024-10-15 10:27:32	25.1	271.00	2024-10-15 10:52:38	2	Product information request: which amplifier for my speakers	Good morning, my problem is: which amplifier for my speakers	TKT-00291
INT-000552	chat	35	2024-10-15 15:31:51	6.1	13.00	2024-10-15 15:37:57	3	Commande de mon casque : double prélèvement	Bonjour, une petite question sur mon casque	TKT-00292
INT-000553	chat	35	2024-10-15 18:05:29	13.7	10.00	2024-10-15 18:19:11	3	Question de facturation : double prélèvement	Bonjour, j'ai toujours besoin d'aide pour mon casque (double prélèvement)	TKT-00292
INT-000554	phone	26	2024-10-16 09:39:55	9.3	15.00	2024-10-16 09:49:13	1	\N	\N	TKT-00293
INT-000555	phone	26	2024-10-16 14:19:52	7.2	52.00	2024-10-16 14:27:04	3	\N	\N	TKT-00293
INT-000556	phone	114	2024-10-18 09:44:51	14.8	153.00	2024-10-18 09:59:39	1	\N	\N	TKT-00294
INT-000557	phone	79	2024-10-18 14:35:25	4.7	36.00	2024-10-18 14:40:07	3	\N	\N	TKT-00295
INT-000558	email	114	2024-10-18 15:14:04	5.5	1.39	2024-10-18 15:19:34	1	Re: Technical issue (connection keeps dropping)	Hello, we are sorry about the trouble with your headphones. For this kind of fault (connection keeps dropping), please try a different cable and power socket first. If nothing changes, we will arrange a repair.	TKT-00294
INT-000559	email	32	2024-10-21 15:24:55	3.3	0.43	2024-10-21 15:28:13	3	Dysfonctionnement : pas de son	Bonjour, depuis hier je rencontre un souci avec mon casque : pas de son. Que me conseillez-vous ?	TKT-00296
INT-000560	phone	21	2024-10-28 10:34:25	3.0	42.00	2024-10-28 10:37:25	1	\N	\N	TKT-00297
INT-000561	email	21	2024-10-29 12:37:12	6.4	1.50	2024-10-29 12:43:36	1	Reparaturanfrage für meinen Plattenspieler	Hallo, ich schreibe Ihnen wegen der Reparatur an meinem Plattenspieler (Bitte um ein Austauschgerät). Bestellnummer: ORD-492852.	TKT-00298
INT-000562	email	21	2024-10-29 15:16:42	6.8	1.91	2024-10-29 15:23:30	1	AW: Rücksendung/Reparatur: Bitte um ein Austauschgerät	Guten Tag, vielen Dank für Ihre Geduld. Wir haben einen Reparaturfall für Ihren Plattenspieler angelegt (Bitte um ein Austauschgerät). Bitte senden Sie das Gerät mit einer Kopie der Rechnung zur Bestellung ORD-492852 und dem beigefügten Etikett ein.	TKT-00298
INT-000563	email	21	2024-10-29 17:26:43	5.1	1.06	2024-10-29 17:31:49	1	AW: Reparaturanfrage für meinen Plattenspieler	Guten Tag, ich habe das Etikett ausgedruckt und bringe meinen Plattenspieler heute zur Post. Muss ich das Ladegerät und die Kabel mitschicken? Bestellung ORD-492852.	TKT-00298
INT-000564	email	21	2024-10-29 17:51:41	8.9	0.19	2024-10-29 18:00:35	1	AW: Garantiefall: Bitte um ein Austauschgerät	Guten Tag, um Ihre Anfrage (Bitte um ein Austauschgerät) zu bearbeiten, benötigen wir den Kaufbeleg und die Seriennummer des Geräts. Könnten Sie uns beides zusenden?	TKT-00298
INT-000565	phone	56	2024-10-31 09:57:11	14.8	26.00	2024-10-31 10:11:59	2	\N	\N	TKT-00299
INT-000566	phone	56	2024-10-31 12:09:21	6.7	27.00	2024-10-31 12:16:03	2	\N	\N	TKT-00299
INT-000567	phone	23	2024-11-03 14:44:09	3.6	13.00	2024-11-03 14:47:45	2	\N	\N	TKT-00300
INT-000568	phone	66	2024-11-04 09:49:29	3.6	79.00	2024-11-04 09:53:05	2	\N	\N	TKT-00301
INT-000569	phone	66	2024-11-04 12:42:16	3.2	141.00	2024-11-04 12:45:28	3	\N	\N	TKT-00301
INT-000570	phone	40	2024-11-04 16:22:01	12.5	13.00	2024-11-04 16:34:31	3	\N	\N	TKT-00302
INT-000571	chat	14	2024-11-05 17:48:29	26.0	21.00	2024-11-05 18:14:29	3	Réclamation : réparation insatisfaisante	Bonjour, une petite question sur mon casque	TKT-00303
INT-000572	phone	14	2024-11-05 19:10:40	6.2	47.00	2024-11-05 19:16:52	3	\N	\N	TKT-00303
INT-000573	email	28	2024-11-06 08:31:23	6.5	0.80	2024-11-06 08:37:53	2	Technische Störung – Problem mit Akku oder Stromversorgung	Guten Tag, gibt es eine bekannte Lösung für dieses Problem mit meinem Lautsprecher: Problem mit Akku oder Stromversorgung? Vielen Dank im Voraus.	TKT-00304
INT-000574	email	64	2024-11-06 18:52:33	8.2	1.15	2024-11-06 19:00:45	3	Delivery issue: tracking not updating	Hi, I need help with the shipment of my speakers – tracking not updating. I would appreciate a quick reply.	TKT-00305
INT-000575	email	64	2024-11-06 19:08:46	10.4	0.13	2024-11-06 19:19:10	3	Re: Delivery issue: tracking not updating	Hello, we are sorry about the problem with the delivery of your speakers (tracking not updating). Could you please send us a photo of the parcel and of the delivery note?	TKT-00305
INT-000576	email	64	2024-11-06 19:54:02	3.0	0.58	2024-11-06 19:57:02	3	Re: My speakers order – tracking not updating	Hi, as requested, I have attached photos of the parcel and the delivery note for my speakers order. The issue is still: tracking not updating.	TKT-00305
INT-000577	email	88	2024-11-08 16:42:27	3.3	0.31	2024-11-08 16:45:45	3	Very disappointed – unhappy with the repair	Dear team, I am very disappointed. The issue with my headphones (unhappy with the repair) has cost me a lot of time. I expect a solution.	TKT-00306
INT-000578	phone	28	2024-11-11 17:45:37	21.4	27.00	2024-11-11 18:07:01	2	\N	\N	TKT-00307
INT-000579	phone	99	2024-11-13 10:37:40	10.7	45.00	2024-11-13 10:48:22	1	\N	\N	TKT-00308
INT-000580	email	99	2024-11-13 14:02:52	5.9	0.71	2024-11-13 14:08:46	1	Re: Accounts enquiry: charged twice	Hello, please find the corrected invoice for your headphones attached. If anything is still missing regarding your request (charged twice), just reply to this e-mail.	TKT-00308
INT-000581	chat	51	2024-11-18 16:50:30	10.0	146.00	2024-11-18 17:00:30	1	Produktanfrage: technische Daten	Hallo, ich habe eine Frage zu meinem Kopfhörer (technische Daten)	TKT-00309
INT-000582	chat	33	2024-11-19 11:17:15	13.8	55.00	2024-11-19 11:31:03	3	Defekt an meinem Plattenspieler: verzerrter Klang	Hallo, verzerrter Klang – können Sie mir helfen?	TKT-00310
INT-000583	email	16	2024-11-19 14:54:15	11.4	0.27	2024-11-19 15:05:39	3	Fault report for my turntable: power or battery problem	Hi, since yesterday I have had this issue with my turntable: power or battery problem. What can I do?	TKT-00311
INT-000584	email	16	2024-11-19 18:10:01	3.6	1.31	2024-11-19 18:13:37	1	Re: Technical issue (power or battery problem)	Hello, our technicians have reviewed your case (power or battery problem). Please remove the pairing with your turntable on all your devices, restart the device and pair it again. This solves the issue in most cases.	TKT-00311
INT-000585	phone	4	2024-11-21 16:24:42	4.7	52.00	2024-11-21 16:29:24	1	\N	\N	TKT-00312
INT-000586	email	4	2024-11-21 16:56:05	14.8	0.12	2024-11-21 17:10:53	1	AW: Zahlungsfrage: doppelte Abbuchung	Guten Tag, vielen Dank für Ihre Geduld. Wir haben die Bestellung ORD-670856 geprüft, und unsere Buchhaltung hat Ihr Anliegen (doppelte Abbuchung) bearbeitet. Sie erhalten in Kürze eine Bestätigung per E-Mail.	TKT-00312
INT-000587	email	5	2024-11-22 13:56:43	16.0	0.47	2024-11-22 14:12:43	1	Order enquiry: wrong item delivered	Hi, I ordered the headphones last week and there is a problem (wrong item delivered). My order number is ORD-920006.	TKT-00313
INT-000588	email	42	2024-11-22 16:24:28	8.0	1.00	2024-11-22 16:32:28	1	Problem mit meinem Kopfhörer: Bluetooth-Kopplung schlägt fehl	Sehr geehrte Damen und Herren, bei meinem Kopfhörer tritt folgender Fehler auf: Bluetooth-Kopplung schlägt fehl. Ich habe die Schritte aus der Anleitung befolgt, leider ohne Erfolg.	TKT-00314
INT-000589	chat	33	2024-11-23 11:27:44	3.8	17.00	2024-11-23 11:31:32	2	Defekt an meinem Verstärker: kein Ton	Hallo, kein Ton – können Sie mir helfen?	TKT-00315
INT-000590	phone	50	2024-11-26 09:10:29	11.2	19.00	2024-11-26 09:21:41	2	\N	\N	TKT-00316
INT-000591	phone	50	2024-11-26 11:12:11	10.2	20.00	2024-11-26 11:22:23	2	\N	\N	TKT-00316
INT-000592	email	50	2024-11-26 13:12:37	5.0	0.63	2024-11-26 13:17:37	2	AW: Zahlung meiner Bestellung – Bitte um eine Rechnung	Guten Tag, das Dokument habe ich erhalten, danke. Der Betrag für meinen Kopfhörer stimmt aber nicht. Könnten Sie ihn bitte korrigieren (Bitte um eine Rechnung)?	TKT-00316
INT-000593	phone	50	2024-11-26 14:57:13	7.1	6.00	2024-11-26 15:04:19	3	\N	\N	TKT-00316
INT-000594	email	70	2024-11-28 10:17:03	9.5	1.62	2024-11-28 10:26:33	3	Bitte um Hilfe: verzerrter Klang	Sehr geehrte Damen und Herren, bei meinem Verstärker tritt folgender Fehler auf: verzerrter Klang. Ich habe die Schritte aus der Anleitung befolgt, leider ohne Erfolg.	TKT-00317
INT-000595	phone	46	2024-11-28 10:51:12	4.4	59.00	2024-11-28 10:55:36	1	\N	\N	TKT-00318
INT-000596	chat	70	2024-11-28 15:45:47	6.0	21.00	2024-11-28 15:51:47	3	Problem mit meinem Verstärker: verzerrter Klang	Guten Tag, ein kurzes Update zu meinem Fall: verzerrter Klang	TKT-00317
INT-000597	email	86	2024-11-28 17:16:53	7.5	1.31	2024-11-28 17:24:23	2	Lieferproblem: Änderung der Lieferadresse	Guten Tag, ich brauche Hilfe zu meiner Lieferung (Kopfhörer) – Änderung der Lieferadresse. Über eine schnelle Antwort würde ich mich freuen.	TKT-00319
INT-000598	phone	86	2024-11-28 18:31:03	2.9	18.00	2024-11-28 18:33:57	2	\N	\N	TKT-00319
INT-000599	chat	98	2024-12-01 14:39:02	9.9	64.00	2024-12-01 14:48:56	1	My turntable order – parcel arrived damaged	Hello, I'm contacting you about my turntable (parcel arrived damaged)	TKT-00320
INT-000600	chat	98	2024-12-01 15:02:03	14.5	46.00	2024-12-01 15:16:33	1	Problem with the delivery of my turntable	Hello, any news on my case? (parcel arrived damaged)	TKT-00320
INT-000601	email	109	2024-12-02 10:45:10	20.5	0.72	2024-12-02 11:05:40	3	Question about my payment – invoice request	Dear customer service, my request concerns order ORD-882409: invoice request. I look forward to your reply.	TKT-00321
INT-000602	email	109	2024-12-02 16:02:52	3.7	1.03	2024-12-02 16:06:34	2	Re: Accounts enquiry: invoice request	Hello, thank you for your patience. We have checked order ORD-882409, and our accounts team has now dealt with your request (invoice request). You will receive a confirmation by e-mail shortly.	TKT-00321
INT-000603	phone	77	2024-12-02 17:52:50	12.2	47.00	2024-12-02 18:05:02	1	\N	\N	TKT-00322
INT-000604	chat	52	2024-12-02 18:36:44	13.9	112.00	2024-12-02 18:50:38	1	Panne de mon enceinte : coupures de connexion fréquentes	Bonjour, j'ai un problème : coupures de connexion fréquentes	TKT-00323
INT-000605	chat	52	2024-12-02 18:52:03	9.7	81.00	2024-12-02 19:01:45	1	Demande d'aide – coupures de connexion fréquentes	Bonjour, je fais suite à ma demande précédente (coupures de connexion fréquentes)	TKT-00323
INT-000606	email	79	2024-12-03 17:25:28	3.5	0.46	2024-12-03 17:28:58	2	Defekt an meinem Kopfhörer: Bluetooth-Kopplung schlägt fehl	Hallo, mein Kopfhörer funktioniert nicht mehr richtig. Das Problem: Bluetooth-Kopplung schlägt fehl. Muss ich das Gerät einschicken?	TKT-00324
INT-000607	email	79	2024-12-03 19:42:37	2.7	0.34	2024-12-03 19:45:19	1	AW: Technische Störung – Bluetooth-Kopplung schlägt fehl	Guten Tag, vielen Dank für Ihre Geduld. Zu Ihrem Kopfhörer (Bluetooth-Kopplung schlägt fehl): Bitte installieren Sie die neueste Firmware und setzen Sie das Gerät anschließend auf die Werkseinstellungen zurück. Geben Sie uns gern Bescheid, ob das hilft.	TKT-00324
INT-000608	email	13	2024-12-05 08:22:28	5.2	0.61	2024-12-05 08:27:40	1	Delivery issue: wrong item delivered	Hi, I need help with the shipment of my amplifier – wrong item delivered. I would appreciate a quick reply.	TKT-00325
INT-000609	email	75	2024-12-07 12:04:18	8.7	0.43	2024-12-07 12:13:00	3	Problem mit meinem Verstärker: Verbindung bricht ständig ab	Sehr geehrte Damen und Herren, bei meinem Verstärker tritt folgender Fehler auf: Verbindung bricht ständig ab. Ich habe die Schritte aus der Anleitung befolgt, leider ohne Erfolg.	TKT-00326
INT-000610	email	75	2024-12-07 14:37:41	2.9	0.26	2024-12-07 14:40:35	3	AW: Bitte um Hilfe: Verbindung bricht ständig ab	Guten Tag, danke für die Angaben. Wir konnten den Fehler (Verbindung bricht ständig ab) an einem Testgerät nachstellen; eine Korrektur für Ihren Verstärker ist im nächsten Firmware-Update enthalten.	TKT-00326
INT-000611	phone	27	2024-12-09 12:09:16	7.9	26.00	2024-12-09 12:17:10	2	\N	\N	TKT-00327
INT-000612	chat	85	2024-12-09 13:43:28	12.1	76.00	2024-12-09 13:55:34	3	Störung bei meinem Kopfhörer	Guten Tag, ich habe ein Problem: Firmware-Update fehlgeschlagen	TKT-00328
INT-000613	email	71	2024-12-12 11:59:07	4.9	0.60	2024-12-12 12:04:01	1	Warranty claim for my speakers	Hello, I would like to return my speakers under the warranty. Reason: warranty repair request. How should I proceed?	TKT-00329
INT-000614	email	71	2024-12-12 13:22:57	5.7	0.62	2024-12-12 13:28:39	1	Re: Warranty claim for my speakers	Hello, thank you for the documents. Your repair case for the speakers is now registered (warranty repair request). As soon as the device reaches our service centre, we will confirm it by e-mail and keep you informed.	TKT-00329
INT-000615	phone	71	2024-12-12 16:24:20	6.5	49.00	2024-12-12 16:30:50	1	\N	\N	TKT-00329
INT-000616	phone	114	2024-12-12 19:46:07	4.3	15.00	2024-12-12 19:50:25	3	\N	\N	TKT-00330
INT-000617	chat	116	2024-12-13 16:25:10	6.0	9.00	2024-12-13 16:31:10	1	Frage zum Versand: falscher Artikel geliefert	Hallo, ich habe eine Frage zu meinem Plattenspieler (falscher Artikel geliefert)	TKT-00331
INT-000618	phone	92	2024-12-17 10:48:23	3.0	206.00	2024-12-17 10:51:23	2	\N	\N	TKT-00332
INT-000619	phone	105	2024-12-17 14:22:51	13.9	98.00	2024-12-17 14:36:45	2	\N	\N	TKT-00333
INT-000620	phone	92	2024-12-17 15:56:13	5.9	54.00	2024-12-17 16:02:07	2	\N	\N	TKT-00332
INT-000621	phone	105	2024-12-17 16:20:58	5.6	46.00	2024-12-17 16:26:34	3	\N	\N	TKT-00333
INT-000622	phone	80	2024-12-18 11:19:11	24.3	27.00	2024-12-18 11:43:29	3	\N	\N	TKT-00334
INT-000623	phone	64	2024-12-19 09:22:45	6.5	217.00	2024-12-19 09:29:15	1	\N	\N	TKT-00335
INT-000624	chat	3	2024-12-19 13:03:11	17.8	64.00	2024-12-19 13:20:59	2	Livraison de mon tourne-disque – commande toujours pas livrée	Bonjour, quelqu'un est disponible ? C'est au sujet de mon tourne-disque.	TKT-00336
INT-000625	phone	64	2024-12-19 13:24:03	5.4	82.00	2024-12-19 13:29:27	1	\N	\N	TKT-00335
INT-000626	phone	30	2024-12-19 19:22:57	10.6	21.00	2024-12-19 19:33:33	2	\N	\N	TKT-00337
INT-000627	chat	80	2024-12-20 09:32:14	14.7	52.00	2024-12-20 09:46:56	1	Question avant achat : caractéristiques techniques	Bonjour, caractéristiques techniques, pouvez-vous m'aider ?	TKT-00338
INT-000628	chat	37	2024-12-20 09:40:19	9.2	76.00	2024-12-20 09:49:31	1	Defekt an meinem Kopfhörer: verzerrter Klang	Guten Tag, eine kurze Frage zu meinem Kopfhörer	TKT-00339
INT-000629	phone	67	2024-12-20 10:46:18	11.7	516.00	2024-12-20 10:58:00	3	\N	\N	TKT-00340
INT-000630	phone	68	2024-12-20 11:51:31	16.0	11.00	2024-12-20 12:07:31	3	\N	\N	TKT-00341
INT-000631	email	67	2024-12-20 12:48:33	5.0	1.45	2024-12-20 12:53:33	3	RE : Demande SAV : demande de réparation sous garantie	Bonjour, bonne nouvelle : votre casque peut bénéficier de notre réparation express (demande de réparation sous garantie). Une réparation prend en général cinq à sept jours ouvrés à compter de la réception de l'appareil, et le retour est gratuit.	TKT-00340
INT-000632	phone	68	2024-12-20 13:32:22	7.5	107.00	2024-12-20 13:39:52	3	\N	\N	TKT-00341
INT-000633	phone	67	2024-12-20 14:55:17	4.9	304.00	2024-12-20 15:00:11	3	\N	\N	TKT-00340
INT-000634	chat	68	2024-12-20 17:22:14	11.8	23.00	2024-12-20 17:34:02	2	Störung bei meinem Lautsprecher	Guten Tag, ich habe ein Problem: verzerrter Klang	TKT-00342
INT-000635	phone	114	2024-12-27 12:59:51	6.6	22.00	2024-12-27 13:06:27	3	\N	\N	TKT-00343
INT-000636	chat	92	2024-12-28 13:10:59	19.6	13.00	2024-12-28 13:30:35	3	Repair enquiry: warranty repair request	Hello, I have an issue: warranty repair request	TKT-00344
INT-000637	chat	92	2024-12-28 13:53:09	8.3	34.00	2024-12-28 14:01:27	3	RMA request for my speakers	Hi, I'm back: warranty repair request, still not sorted	TKT-00344
INT-000638	chat	92	2024-12-28 15:03:55	15.1	25.00	2024-12-28 15:19:01	3	RMA request for my speakers	Hello, following up on my earlier request (warranty repair request)	TKT-00344
INT-000639	chat	92	2024-12-28 15:34:45	26.4	20.00	2024-12-28 16:01:09	3	Repair enquiry: warranty repair request	Hi, I did what your colleague asked, but my speakers case is still not resolved	TKT-00344
INT-000640	phone	109	2025-01-03 11:55:18	9.4	13.00	2025-01-03 12:04:42	2	\N	\N	TKT-00345
INT-000641	phone	109	2025-01-03 14:17:50	8.6	143.00	2025-01-03 14:26:26	2	\N	\N	TKT-00345
INT-000642	phone	16	2025-01-07 14:45:15	3.7	55.00	2025-01-07 14:48:57	2	\N	\N	TKT-00346
INT-000643	chat	2	2025-01-09 19:10:28	5.9	10.00	2025-01-09 19:16:22	2	Formal complaint regarding my headphones	Good morning, my problem is: long waiting time	TKT-00347
INT-000644	chat	2	2025-01-09 19:46:38	7.7	48.00	2025-01-09 19:54:20	2	Formal complaint regarding my headphones	Hello, I still need help with my headphones (long waiting time)	TKT-00347
INT-000645	email	55	2025-01-11 11:35:41	4.6	1.06	2025-01-11 11:40:17	1	Problem mit der Lieferung: Bestellung noch nicht geliefert	Hallo, ich habe letzte Woche einen Verstärker bestellt und es gibt ein Problem: Bestellung noch nicht geliefert. Bestellnummer: ORD-208229.	TKT-00348
INT-000646	email	55	2025-01-11 15:40:09	8.2	0.77	2025-01-11 15:48:21	1	AW: Meine Bestellung (Verstärker) – Bestellung noch nicht geliefert	Guten Tag, der Versanddienstleister hat bestätigt, dass das Paket mit Ihrem Verstärker wieder unterwegs ist. Bitte rechnen Sie mit zwei bis drei Werktagen. Wir entschuldigen uns für die Unannehmlichkeiten (Bestellung noch nicht geliefert).	TKT-00348
INT-000647	email	81	2025-01-13 15:13:44	11.8	0.96	2025-01-13 15:25:32	1	Warranty claim for my speakers	Dear team, regarding my speakers: repair status update. Please let me know how to send the device in.	TKT-00349
INT-000648	chat	81	2025-01-13 15:39:37	9.0	18.00	2025-01-13 15:48:37	1	RMA request for my speakers	Hello, any news on my case? (repair status update)	TKT-00349
INT-000649	chat	81	2025-01-13 16:28:21	5.0	19.00	2025-01-13 16:33:21	2	Repair enquiry: repair status update	Hi, I'm getting back to you about my speakers	TKT-00349
INT-000650	phone	34	2025-01-15 13:38:23	7.9	13.00	2025-01-15 13:46:17	1	\N	\N	TKT-00350
INT-000651	chat	76	2025-01-16 14:17:41	9.4	5.00	2025-01-16 14:27:05	2	Fault report for my speakers: distorted sound	Hi there – distorted sound, can you help?	TKT-00351
INT-000652	chat	72	2025-01-16 15:17:49	9.7	8.00	2025-01-16 15:27:31	1	Ma commande : commande toujours pas livrée	Bonjour, j'ai besoin d'aide avec mon enceinte : commande toujours pas livrée	TKT-00352
INT-000653	email	87	2025-01-17 16:00:22	4.3	0.64	2025-01-17 16:04:40	2	Lieferproblem: Teile fehlen im Paket	Sehr geehrte Damen und Herren, ich wende mich wegen eines Lieferproblems an Sie: Teile fehlen im Paket. Die Bestellnummer lautet ORD-425424. Wie geht es nun weiter?	TKT-00353
INT-000654	email	38	2025-01-20 14:42:16	10.8	0.60	2025-01-20 14:53:04	1	Lieferproblem: Paket beschädigt angekommen	Guten Tag, es geht um die Lieferung meiner Bestellung (Kopfhörer): Paket beschädigt angekommen. Was sind die nächsten Schritte?	TKT-00354
INT-000655	phone	23	2025-01-21 15:25:54	20.0	107.00	2025-01-21 15:45:54	1	\N	\N	TKT-00355
INT-000656	email	12	2025-01-22 09:28:50	7.9	0.48	2025-01-22 09:36:44	3	Rücksendung/Reparatur: Anfrage zur Garantiereparatur	Hallo, das Gerät wurde mit der Bestellung ORD-473114 gekauft. Mein Anliegen: Anfrage zur Garantiereparatur. Vielen Dank im Voraus.	TKT-00356
INT-000657	phone	42	2025-01-23 08:26:53	4.5	13.00	2025-01-23 08:31:23	2	\N	\N	TKT-00357
INT-000658	phone	42	2025-01-23 08:35:25	11.9	82.00	2025-01-23 08:47:19	2	\N	\N	TKT-00357
INT-000659	phone	42	2025-01-23 09:33:23	8.3	97.00	2025-01-23 09:41:41	2	\N	\N	TKT-00357
INT-000660	email	42	2025-01-23 12:23:46	7.9	1.18	2025-01-23 12:31:40	1	AW: Gewährleistung – Anfrage zur Garantiereparatur	Guten Tag, gute Nachrichten: Ihr Kopfhörer kommt für unsere Expressreparatur in Frage (Anfrage zur Garantiereparatur). Eine Reparatur dauert in der Regel fünf bis sieben Werktage ab Eingang des Geräts, und der Rückversand ist kostenlos.	TKT-00357
INT-000661	phone	42	2025-01-23 13:18:57	4.0	99.00	2025-01-23 13:22:57	2	\N	\N	TKT-00357
INT-000662	phone	70	2025-01-24 10:48:51	14.6	60.00	2025-01-24 11:03:27	2	\N	\N	TKT-00358
INT-000663	phone	70	2025-01-24 12:42:56	6.5	17.00	2025-01-24 12:49:26	2	\N	\N	TKT-00358
INT-000664	phone	16	2025-01-26 13:41:13	5.9	56.00	2025-01-26 13:47:07	2	\N	\N	TKT-00359
INT-000665	phone	16	2025-01-26 14:02:22	6.9	193.00	2025-01-26 14:09:16	2	\N	\N	TKT-00359
INT-000666	phone	16	2025-01-26 14:38:14	3.6	23.00	2025-01-26 14:41:50	2	\N	\N	TKT-00359
INT-000667	phone	16	2025-01-26 15:33:22	13.5	92.00	2025-01-26 15:46:52	2	\N	\N	TKT-00359
INT-000668	email	118	2025-01-27 10:40:15	3.7	0.67	2025-01-27 10:43:57	2	Unzufrieden mit Ihrem Service: schlechte Erfahrung mit der Lieferung	Hallo, zu meinem Verstärker muss ich leider eine Beschwerde einreichen: schlechte Erfahrung mit der Lieferung. Ich hoffe, Sie finden eine Lösung.	TKT-00360
INT-000669	email	94	2025-01-27 12:11:12	5.0	0.43	2025-01-27 12:16:12	2	Technische Störung – Problem mit Akku oder Stromversorgung	Hallo, seit gestern habe ich folgendes Problem mit meinem Kopfhörer: Problem mit Akku oder Stromversorgung. Was kann ich tun?	TKT-00361
INT-000670	email	118	2025-01-27 12:26:51	8.5	1.47	2025-01-27 12:35:21	2	AW: Unzufrieden mit Ihrem Service: schlechte Erfahrung mit der Lieferung	Guten Tag, es tut uns sehr leid, dass Sie mit Ihrem Verstärker so schlechte Erfahrungen gemacht haben. Als Zeichen des Entgegenkommens bieten wir Ihnen einen Gutschein für Ihre nächste Bestellung an. Bitte geben Sie uns Bescheid, ob Sie ihn annehmen.	TKT-00360
INT-000671	phone	18	2025-01-29 09:40:58	15.2	17.00	2025-01-29 09:56:10	1	\N	\N	TKT-00362
INT-000672	phone	18	2025-01-29 11:08:13	5.9	71.00	2025-01-29 11:14:07	1	\N	\N	TKT-00362
INT-000673	phone	28	2025-01-30 09:56:33	9.0	398.00	2025-01-30 10:05:33	1	\N	\N	TKT-00363
INT-000674	phone	28	2025-01-30 10:32:57	9.6	78.00	2025-01-30 10:42:33	1	\N	\N	TKT-00363
INT-000675	phone	28	2025-01-30 13:05:05	10.0	294.00	2025-01-30 13:15:05	1	\N	\N	TKT-00363
INT-000676	phone	90	2025-01-30 15:08:01	4.2	38.00	2025-01-30 15:12:13	3	\N	\N	TKT-00364
INT-000677	email	41	2025-01-30 18:09:02	11.2	0.81	2025-01-30 18:20:14	2	Problem mit der Lieferung: Paket beschädigt angekommen	Guten Tag, ich brauche Hilfe zu meiner Lieferung (Plattenspieler) – Paket beschädigt angekommen. Über eine schnelle Antwort würde ich mich freuen.	TKT-00365
INT-000678	email	41	2025-01-30 19:45:34	9.8	1.11	2025-01-30 19:55:22	2	AW: Frage zum Versand: Paket beschädigt angekommen	Guten Tag, vielen Dank für Ihre Geduld. Wir haben den Versanddienstleister zur Bestellung ORD-601535 (Paket beschädigt angekommen) kontaktiert und melden uns, sobald wir eine Antwort haben, in der Regel innerhalb von zwei Werktagen.	TKT-00365
INT-000679	chat	65	2025-02-04 11:07:54	14.2	17.00	2025-02-04 11:22:06	3	Help needed: no sound on my amplifier	Hi, I need help with my amplifier: no sound	TKT-00366
INT-000680	phone	104	2025-02-04 17:10:28	10.2	68.00	2025-02-04 17:20:40	1	\N	\N	TKT-00367
INT-000681	email	120	2025-02-05 09:20:07	9.7	2.06	2025-02-05 09:29:49	1	Problem mit meinem Kopfhörer: kein Ton	Hallo, seit gestern habe ich folgendes Problem mit meinem Kopfhörer: kein Ton. Was kann ich tun?	TKT-00368
INT-000682	email	56	2025-02-05 17:38:41	3.2	1.47	2025-02-05 17:41:53	2	Return/repair: replacement unit request	Hello, could you please give me an update on my case (replacement unit request)? Order reference: ORD-258110. I read about the SB-50 recall: how do I send my unit back?	TKT-00369
INT-000683	email	56	2025-02-05 17:59:05	8.1	0.28	2025-02-05 18:07:11	2	Re: Repair enquiry: replacement unit request	Hello, thank you for your message. A courier will collect your speakers within the next three working days. Please pack the device securely, ideally in the original box (replacement unit request).	TKT-00369
INT-000684	email	10	2025-02-05 18:08:58	3.3	1.52	2025-02-05 18:12:16	2	Dossier de réparation de mon casque	Bonjour, je vous écris au sujet de la réparation de mon casque (demande d'appareil de remplacement). Référence de commande : ORD-102493.	TKT-00370
INT-000685	email	10	2025-02-05 18:51:30	4.8	0.65	2025-02-05 18:56:18	2	RE : Retour / réparation : demande d'appareil de remplacement	Bonjour, afin de traiter votre demande (demande d'appareil de remplacement), nous avons besoin de la preuve d'achat et du numéro de série de votre casque. Pourriez-vous nous envoyer ces deux éléments ?	TKT-00370
INT-000686	email	56	2025-02-05 18:56:23	12.9	0.82	2025-02-05 19:09:17	2	Re: Warranty claim for my speakers	Hello, I am writing again about my case (replacement unit request). I have not received any news about my speakers since your last e-mail. What is the current status?	TKT-00369
INT-000687	email	56	2025-02-05 19:22:04	9.4	0.21	2025-02-05 19:31:28	2	Re: Warranty claim for my speakers	Hello, thank you for your patience. We have opened a repair case for your speakers (replacement unit request). Please send the device with a copy of the invoice for order ORD-258110, using the attached label.	TKT-00369
INT-000688	email	10	2025-02-05 19:54:31	3.9	0.97	2025-02-05 19:58:25	2	RE : Prise en charge sous garantie – demande d'appareil de remplacement	Bonjour, comme demandé, voici la preuve d'achat de la commande ORD-102493 et une photo de l'étiquette du numéro de série de mon casque (voir pièce jointe).	TKT-00370
INT-000689	email	56	2025-02-05 19:58:44	7.2	0.45	2025-02-05 20:05:56	2	Re: Repair enquiry: replacement unit request	Hello, I have printed the label and will take my speakers to the post office today. Do I need to include the charger and the cables? Order ORD-258110.	TKT-00369
INT-000690	phone	70	2025-02-06 09:32:56	5.1	49.00	2025-02-06 09:38:02	1	\N	\N	TKT-00371
INT-000691	phone	70	2025-02-06 12:09:06	3.8	7.00	2025-02-06 12:12:54	1	\N	\N	TKT-00371
INT-000692	phone	70	2025-02-06 12:46:45	5.1	29.00	2025-02-06 12:51:51	1	\N	\N	TKT-00371
INT-000693	phone	70	2025-02-06 13:01:41	17.0	70.00	2025-02-06 13:18:41	1	\N	\N	TKT-00371
INT-000694	phone	70	2025-02-06 14:04:08	3.1	30.00	2025-02-06 14:07:14	1	\N	\N	TKT-00371
INT-000695	chat	75	2025-02-08 12:42:14	12.7	26.00	2025-02-08 12:54:56	3	Informationen zum Lautsprecher: Funktionen der App	Hallo, ich brauche Hilfe mit meinem Lautsprecher: Funktionen der App	TKT-00372
INT-000696	email	62	2025-02-10 15:59:35	8.3	0.97	2025-02-10 16:07:53	2	Assistance technique pour mon enceinte	Bonjour, mon enceinte ne fonctionne plus correctement. Le problème : bourdonnement ou grésillement. Dois-je vous envoyer l'appareil ?	TKT-00373
INT-000697	email	62	2025-02-10 19:35:03	8.7	0.60	2025-02-10 19:43:45	3	RE : Dysfonctionnement : bourdonnement ou grésillement	Bonjour, merci pour ces précisions. Nous avons pu reproduire la panne (bourdonnement ou grésillement) sur un appareil de test ; un correctif pour votre enceinte sera inclus dans la prochaine mise à jour du firmware.	TKT-00373
INT-000698	chat	3	2025-02-14 15:00:42	8.7	41.00	2025-02-14 15:09:24	1	Renseignements sur votre casque : fonctionnalités de l'application	Bonjour, je vous contacte au sujet de mon casque (fonctionnalités de l'application)	TKT-00374
INT-000699	email	22	2025-02-14 15:39:59	7.6	0.44	2025-02-14 15:47:35	2	Prise en charge sous garantie – échange d'un appareil arrivé défectueux	Madame, Monsieur, j'attends toujours des nouvelles concernant mon casque. Sujet : échange d'un appareil arrivé défectueux. Pourriez-vous m'indiquer les prochaines étapes ?	TKT-00375
INT-000700	email	22	2025-02-14 16:49:52	6.1	0.17	2025-02-14 16:55:58	1	RE : Demande SAV : échange d'un appareil arrivé défectueux	Bonjour, afin de traiter votre demande (échange d'un appareil arrivé défectueux), nous avons besoin de la preuve d'achat et du numéro de série de votre casque. Pourriez-vous nous envoyer ces deux éléments ?	TKT-00375
INT-000701	email	22	2025-02-14 17:38:31	6.0	0.40	2025-02-14 17:44:31	1	RE : Prise en charge sous garantie – échange d'un appareil arrivé défectueux	Bonjour, comme demandé, voici la preuve d'achat de la commande ORD-694535 et une photo de l'étiquette du numéro de série de mon casque (voir pièce jointe).	TKT-00375
INT-000702	email	22	2025-02-14 17:58:54	10.3	0.08	2025-02-14 18:09:12	1	RE : Demande SAV : échange d'un appareil arrivé défectueux	Bonjour, merci pour les documents. Votre dossier de réparation pour votre casque est maintenant enregistré (échange d'un appareil arrivé défectueux). Dès que l'appareil arrivera à notre centre de service, nous vous le confirmerons par e-mail et vous tiendrons informé.	TKT-00375
INT-000703	email	22	2025-02-14 19:45:05	8.0	0.22	2025-02-14 19:53:05	3	RE : Garantie pour mon casque	Bonjour, combien de temps prendra la réparation de mon casque une fois l'appareil chez vous (échange d'un appareil arrivé défectueux) ? J'en ai besoin pour mon travail.	TKT-00375
INT-000704	chat	12	2025-02-17 10:38:06	17.3	28.00	2025-02-17 10:55:24	2	Technische Störung – Firmware-Update fehlgeschlagen	Guten Tag, mein Anliegen: Firmware-Update fehlgeschlagen	TKT-00376
INT-000705	phone	96	2025-02-24 18:00:30	12.7	25.00	2025-02-24 18:13:12	1	\N	\N	TKT-00377
INT-000706	phone	85	2025-02-25 14:24:45	17.8	21.00	2025-02-25 14:42:33	3	\N	\N	TKT-00378
INT-000707	phone	69	2025-02-25 17:25:11	9.9	33.00	2025-02-25 17:35:05	2	\N	\N	TKT-00379
INT-000708	phone	85	2025-02-25 18:02:17	5.6	16.00	2025-02-25 18:07:53	1	\N	\N	TKT-00378
INT-000709	chat	69	2025-02-25 19:36:51	8.7	8.00	2025-02-25 19:45:33	1	Very disappointed – issue still unresolved	Hello, it's me again – my speakers case is still open	TKT-00379
INT-000710	email	108	2025-03-03 09:45:31	14.0	2.55	2025-03-03 09:59:31	2	Question avant achat : fonctionnalités de l'application	Bonjour, avant d'acheter votre enceinte, j'aimerais en savoir plus : fonctionnalités de l'application. Merci !	TKT-00380
INT-000711	chat	117	2025-03-05 09:46:11	19.4	51.00	2025-03-05 10:05:35	3	Frage vor dem Kauf: Frage zur Kompatibilität	Hallo, ich brauche Hilfe mit meinem Kopfhörer: Frage zur Kompatibilität	TKT-00381
INT-000712	phone	6	2025-03-05 15:28:23	4.3	37.00	2025-03-05 15:32:41	1	\N	\N	TKT-00382
INT-000713	email	6	2025-03-05 16:28:37	7.0	0.74	2025-03-05 16:35:37	1	Re: My headphones: power or battery problem	Hello, thank you for trying our suggestions. As the problem with your headphones persists (power or battery problem), we have passed your case to our technical team, who will get back to you within two working days.	TKT-00382
INT-000714	phone	57	2025-03-07 16:44:49	15.0	56.00	2025-03-07 16:59:49	1	\N	\N	TKT-00383
INT-000715	phone	57	2025-03-07 18:22:12	36.8	15.00	2025-03-07 18:59:00	3	\N	\N	TKT-00383
INT-000716	phone	34	2025-03-09 10:34:13	20.5	70.00	2025-03-09 10:54:43	2	\N	\N	TKT-00384
INT-000717	phone	34	2025-03-09 13:50:21	4.3	45.00	2025-03-09 13:54:39	2	\N	\N	TKT-00384
INT-000718	email	23	2025-03-10 11:49:52	4.8	1.45	2025-03-10 11:54:40	3	Warranty claim for my headphones	Dear team, regarding my headphones: warranty repair request. Please let me know how to send the device in.	TKT-00385
INT-000719	email	23	2025-03-10 13:13:42	11.1	1.31	2025-03-10 13:24:48	3	Re: Warranty claim for my headphones	Hello, thank you for your patience. We have opened a repair case for your headphones (warranty repair request). Please send the device with a copy of the invoice for order ORD-536324, using the attached label.	TKT-00385
INT-000720	email	23	2025-03-10 14:35:27	9.2	1.17	2025-03-10 14:44:39	3	Re: Repair enquiry: warranty repair request	Hello, I have printed the label and will take my headphones to the post office today. Do I need to include the charger and the cables? Order ORD-536324.	TKT-00385
INT-000721	chat	23	2025-03-10 14:44:52	9.5	7.00	2025-03-10 14:54:22	3	RMA request for my headphones	Hello, following up on my earlier request (warranty repair request)	TKT-00385
INT-000722	email	23	2025-03-10 15:10:44	9.9	0.27	2025-03-10 15:20:38	3	Re: Return/repair: warranty repair request	Hi, as requested, here are the proof of purchase for order ORD-536324 and a photo of the serial number label on my headphones (see attachment).	TKT-00385
INT-000723	email	23	2025-03-10 15:47:39	9.8	0.45	2025-03-10 15:57:27	3	Re: Warranty claim for my headphones	Hello, thank you for the documents. Your repair case for the headphones is now registered (warranty repair request). As soon as the device reaches our service centre, we will confirm it by e-mail and keep you informed.	TKT-00385
INT-000724	chat	16	2025-03-13 08:34:26	19.2	50.00	2025-03-13 08:53:38	1	Pre-sales question: app features	Hi, is anyone available? It's about my amplifier.	TKT-00386
INT-000725	chat	69	2025-03-13 10:16:08	16.4	55.00	2025-03-13 10:32:32	1	My headphones order – tracking not updating	Hello, quick question about my headphones	TKT-00387
INT-000726	chat	69	2025-03-13 13:07:21	7.9	175.00	2025-03-13 13:15:15	1	My headphones order – tracking not updating	Hello, I have one more question about my headphones	TKT-00387
INT-000727	chat	72	2025-03-14 14:16:17	7.2	59.00	2025-03-14 14:23:29	2	Suivi de commande : commande toujours pas livrée	Bonjour, une petite question sur mon enceinte	TKT-00388
INT-000728	email	6	2025-03-18 16:55:19	6.1	0.17	2025-03-18 17:01:25	2	Formal complaint regarding my speakers	Hello, this is my third message about my speakers. Reason for my complaint: rude service. Please respond promptly.	TKT-00389
INT-000729	phone	6	2025-03-18 18:51:23	11.4	60.00	2025-03-18 19:02:47	2	\N	\N	TKT-00389
INT-000730	phone	110	2025-03-19 10:50:22	13.1	57.00	2025-03-19 11:03:28	1	\N	\N	TKT-00390
INT-000731	chat	115	2025-03-20 19:28:21	5.5	17.00	2025-03-20 19:33:51	2	Commande de mon enceinte : facture avec TVA pour mon entreprise	Bonjour, mon problème : facture avec TVA pour mon entreprise	TKT-00391
INT-000732	chat	115	2025-03-20 19:47:19	7.3	7.00	2025-03-20 19:54:37	2	Paiement de ma commande – facture avec TVA pour mon entreprise	Bonjour, je fais suite à ma demande précédente (facture avec TVA pour mon entreprise)	TKT-00391
INT-000733	phone	70	2025-03-24 17:39:15	8.5	30.00	2025-03-24 17:47:45	3	\N	\N	TKT-00392
INT-000734	chat	117	2025-03-27 09:12:38	10.0	25.00	2025-03-27 09:22:38	2	Frage zum Kopfhörer	Guten Tag, mein Anliegen: Lieferbarkeit	TKT-00393
INT-000735	chat	55	2025-03-28 10:23:49	8.4	81.00	2025-03-28 10:32:13	2	Unzufrieden mit Ihrem Service: zu lange Wartezeit	Guten Tag, mein Anliegen: zu lange Wartezeit	TKT-00394
INT-000736	chat	55	2025-03-28 14:29:27	6.8	12.00	2025-03-28 14:36:15	2	Beschwerde zu meinem Plattenspieler	Hallo, entschuldigen Sie die erneute Störung – es geht noch um meinen Plattenspieler	TKT-00394
INT-000737	chat	78	2025-03-28 15:06:12	18.4	33.00	2025-03-28 15:24:36	3	Problem with my headphones – no sound	Hello, I'm contacting you about my headphones (no sound)	TKT-00395
INT-000738	email	72	2025-03-29 10:05:21	3.9	3.14	2025-03-29 10:09:15	2	Question sur l'expédition de mon casque	Bonjour, pourriez-vous m'aider avec la commande ORD-628176 ? Le problème : changement d'adresse de livraison. Merci.	TKT-00396
INT-000739	phone	27	2025-03-29 10:51:32	8.7	47.00	2025-03-29 11:00:14	2	\N	\N	TKT-00397
INT-000740	email	72	2025-03-29 12:53:26	5.3	2.36	2025-03-29 12:58:44	2	RE : Problème de livraison : changement d'adresse de livraison	Bonjour, nous sommes désolés pour ce problème de livraison de votre casque (changement d'adresse de livraison). Pourriez-vous nous envoyer une photo du colis et du bon de livraison ?	TKT-00396
INT-000741	phone	72	2025-03-29 13:11:09	25.4	56.00	2025-03-29 13:36:33	2	\N	\N	TKT-00396
INT-000742	email	72	2025-03-29 15:53:45	6.5	2.14	2025-03-29 16:00:15	2	RE : Problème de livraison : changement d'adresse de livraison	Bonjour, nous avons organisé un nouvel envoi pour votre casque. Le nouveau numéro de suivi vous parviendra dans un e-mail séparé. Référence de commande : ORD-628176.	TKT-00396
INT-000743	chat	117	2025-04-03 14:12:51	10.9	14.00	2025-04-03 14:23:45	2	Frage zum Versand: Paket beschädigt angekommen	Guten Tag, eine kurze Frage zu meinem Verstärker	TKT-00398
INT-000744	phone	68	2025-04-04 11:33:04	8.1	57.00	2025-04-04 11:41:10	2	\N	\N	TKT-00399
INT-000745	phone	68	2025-04-04 14:14:07	11.4	27.00	2025-04-04 14:25:31	2	\N	\N	TKT-00399
INT-000746	email	16	2025-04-06 10:22:05	8.2	17.60	2025-04-06 10:30:17	1	Payment issue with my headphones order	Hello, there was a problem with the payment for my headphones: charged twice. Please let me know what I need to do.	TKT-00400
INT-000747	email	16	2025-04-06 13:26:47	3.8	1.02	2025-04-06 13:30:35	1	Re: Billing query: charged twice	Hello, thank you for the documents. Your request (charged twice) has been approved, and the booking for your headphones has been corrected in our system.	TKT-00400
INT-000748	chat	16	2025-04-06 15:14:51	18.5	5.00	2025-04-06 15:33:21	1	Billing query: charged twice	Hello, I still need help with my headphones (charged twice)	TKT-00400
INT-000749	email	64	2025-04-08 15:20:34	5.2	0.94	2025-04-08 15:25:46	2	Question about the headphones	Hello, I am comparing several models and need some information on the headphones (technical specifications). Thank you in advance.	TKT-00401
INT-000750	phone	91	2025-04-08 15:41:55	4.4	101.00	2025-04-08 15:46:19	1	\N	\N	TKT-00402
INT-000751	phone	119	2025-04-09 10:50:48	4.1	41.00	2025-04-09 10:54:54	1	\N	\N	TKT-00403
INT-000752	email	78	2025-04-11 10:01:28	10.1	2.92	2025-04-11 10:11:34	2	Problem with my amplifier – connection keeps dropping	Hello, my amplifier stopped working properly. The problem: connection keeps dropping. Do I need to send the device in?	TKT-00404
INT-000753	email	78	2025-04-11 14:59:01	5.9	0.16	2025-04-11 15:04:55	2	Re: My amplifier: connection keeps dropping	Hello, we are sorry about the trouble with your amplifier. For this kind of fault (connection keeps dropping), please try a different cable and power socket first. If nothing changes, we will arrange a repair.	TKT-00404
INT-000754	chat	36	2025-04-12 09:53:44	16.7	18.00	2025-04-12 10:10:26	3	Accounts enquiry: vat invoice for my business	Hello, I have an issue: vat invoice for my business	TKT-00405
INT-000755	email	36	2025-04-12 13:39:21	9.8	2.14	2025-04-12 13:49:09	3	Re: Payment issue with my headphones order	Hello, thank you for your message. To process your request (vat invoice for my business), could you please send us the billing address used for your headphones order and a screenshot of the payment?	TKT-00405
INT-000756	chat	36	2025-04-12 14:40:09	20.0	113.00	2025-04-12 15:00:09	3	Billing query: vat invoice for my business	Hello, following up on my earlier request (vat invoice for my business)	TKT-00405
INT-000757	chat	28	2025-04-12 14:57:05	11.2	277.00	2025-04-12 15:08:17	3	Zahlungsfrage: Bitte um eine Rechnung	Hallo, Bitte um eine Rechnung – können Sie mir helfen?	TKT-00406
INT-000758	chat	36	2025-04-12 15:11:06	8.2	23.00	2025-04-12 15:19:18	3	Question about my payment – vat invoice for my business	Hi, I did what your colleague asked, but my headphones case is still not resolved	TKT-00405
INT-000759	chat	28	2025-04-12 16:37:12	10.6	75.00	2025-04-12 16:47:48	3	Zahlung meiner Bestellung – Bitte um eine Rechnung	Hallo, ich melde mich wieder zu meinem Kopfhörer	TKT-00406
INT-000760	phone	70	2025-04-14 09:56:33	17.5	20.00	2025-04-14 10:14:03	2	\N	\N	TKT-00407
INT-000761	phone	70	2025-04-14 10:49:51	7.6	166.00	2025-04-14 10:57:27	2	\N	\N	TKT-00407
INT-000762	phone	70	2025-04-14 11:21:38	9.6	26.00	2025-04-14 11:31:14	2	\N	\N	TKT-00407
INT-000763	phone	70	2025-04-14 13:54:00	3.7	94.00	2025-04-14 13:57:42	2	\N	\N	TKT-00407
INT-000764	email	89	2025-04-22 14:18:44	12.0	0.27	2025-04-22 14:30:44	3	Reklamation: Problem weiterhin ungelöst	Sehr geehrte Damen und Herren, hiermit beschwere ich mich über Folgendes: Problem weiterhin ungelöst. Ich bitte um Weiterleitung an eine verantwortliche Person.	TKT-00408
INT-000765	email	89	2025-04-22 19:15:33	6.5	0.72	2025-04-22 19:22:03	3	AW: Sehr enttäuscht – Problem weiterhin ungelöst	Guten Tag, wir haben Ihren Fall (Problem weiterhin ungelöst) eingehend geprüft. Wir verstehen Ihren Ärger und ersetzen Ihren Lautsprecher kostenlos. Ein neues Gerät wird innerhalb von drei Werktagen verschickt.	TKT-00408
INT-000766	email	20	2025-04-25 08:12:49	5.3	2.64	2025-04-25 08:18:07	1	Panne de mon casque : échec de la mise à jour du firmware	Madame, Monsieur, le problème avec mon casque est le suivant : échec de la mise à jour du firmware. J'ai suivi les étapes du mode d'emploi, sans résultat.	TKT-00409
INT-000767	email	20	2025-04-25 12:56:41	5.8	0.55	2025-04-25 13:02:29	1	RE : Demande d'aide – échec de la mise à jour du firmware	Bonjour, merci de votre patience. Concernant votre casque (échec de la mise à jour du firmware) : veuillez installer le dernier firmware, puis rétablir les paramètres d'usine. Tenez-nous au courant du résultat.	TKT-00409
INT-000768	chat	119	2025-04-26 10:05:30	11.3	205.00	2025-04-26 10:16:48	1	Order enquiry: wrong item delivered	Hello, quick question about my headphones	TKT-00410
INT-000769	email	119	2025-04-26 13:21:22	6.3	1.27	2025-04-26 13:27:40	1	Re: Delivery issue: wrong item delivered	Hello, thank you for your message. We have updated the details of order ORD-426151 (wrong item delivered) and informed our warehouse. You will receive a shipping confirmation for your headphones.	TKT-00410
INT-000770	chat	4	2025-04-26 14:32:03	9.6	130.00	2025-04-26 14:41:39	1	Problem mit meinem Lautsprecher: kein Ton	Hallo, ist jemand da? Es geht um meinen Lautsprecher.	TKT-00411
INT-000771	phone	55	2025-04-28 11:44:52	10.4	16.00	2025-04-28 11:55:16	2	\N	\N	TKT-00412
INT-000772	phone	55	2025-04-28 13:55:39	12.2	77.00	2025-04-28 14:07:51	2	\N	\N	TKT-00412
INT-000773	email	5	2025-04-30 16:25:34	5.8	0.97	2025-04-30 16:31:22	2	My headphones: connection keeps dropping	Hello, my headphones stopped working properly. The problem: connection keeps dropping. Do I need to send the device in?	TKT-00413
INT-000774	email	5	2025-04-30 19:51:10	2.9	1.64	2025-04-30 19:54:04	2	Re: My headphones: connection keeps dropping	Hello, thank you for your patience. Regarding your headphones (connection keeps dropping): please install the latest firmware and then reset the device to its factory settings. Let us know whether that helps.	TKT-00413
INT-000775	email	49	2025-05-01 16:27:47	9.6	0.47	2025-05-01 16:37:23	2	Question de facturation : demande d'alignement de prix	Madame, Monsieur, je vous écris au sujet de ma commande ORD-327003. Objet : demande d'alignement de prix. Merci de votre retour.	TKT-00414
INT-000776	chat	49	2025-05-01 17:07:07	5.1	41.00	2025-05-01 17:12:13	2	Service comptabilité : demande d'alignement de prix	Bonjour, je reviens vers vous : demande d'alignement de prix, toujours pas réglé	TKT-00414
INT-000777	chat	30	2025-05-02 17:55:23	8.6	3.00	2025-05-02 18:03:59	2	Livraison de mon casque – mauvais article livré	Bonjour, mauvais article livré, pouvez-vous m'aider ?	TKT-00415
INT-000778	chat	30	2025-05-02 19:13:36	9.7	20.00	2025-05-02 19:23:18	1	Question sur l'expédition de mon casque	Bonjour, c'est encore moi : le dossier de mon casque est toujours ouvert	TKT-00415
INT-000779	phone	68	2025-05-05 17:36:06	12.1	108.00	2025-05-05 17:48:12	1	\N	\N	TKT-00416
INT-000780	email	33	2025-05-06 09:59:55	18.3	1.13	2025-05-06 10:18:13	3	Lieferproblem: Paket beschädigt angekommen	Hallo, können Sie mir bei der Bestellung ORD-164143 helfen? Das Problem: Paket beschädigt angekommen. Danke.	TKT-00417
INT-000781	email	62	2025-05-06 16:18:10	5.9	1.01	2025-05-06 16:24:04	1	Prise en charge sous garantie – état d'avancement de la réparation	Madame, Monsieur, j'attends toujours des nouvelles concernant mon casque. Sujet : état d'avancement de la réparation. Pourriez-vous m'indiquer les prochaines étapes ?	TKT-00418
INT-000782	phone	29	2025-05-06 16:48:54	26.9	86.00	2025-05-06 17:15:48	1	\N	\N	TKT-00419
INT-000783	email	62	2025-05-06 17:21:04	8.7	0.95	2025-05-06 17:29:46	1	RE : Retour / réparation : état d'avancement de la réparation	Bonjour, afin de traiter votre demande (état d'avancement de la réparation), nous avons besoin de la preuve d'achat et du numéro de série de votre casque. Pourriez-vous nous envoyer ces deux éléments ?	TKT-00418
INT-000784	email	29	2025-05-06 19:30:16	9.2	2.12	2025-05-06 19:39:28	1	RE : Livraison de mon amplificateur – colis arrivé endommagé	Bonjour, vous trouverez ci-joint une étiquette de retour prépayée pour la commande ORD-193464. Dès que le colis sera remis au transporteur, nous nous occuperons du reste (colis arrivé endommagé).	TKT-00419
INT-000785	email	62	2025-05-06 19:40:07	5.2	2.17	2025-05-06 19:45:19	1	RE : Demande SAV : état d'avancement de la réparation	Bonjour, comme demandé, voici la preuve d'achat de la commande ORD-680058 et une photo de l'étiquette du numéro de série de mon casque (voir pièce jointe).	TKT-00418
INT-000786	chat	62	2025-05-06 19:46:09	11.2	49.00	2025-05-06 19:57:21	1	Demande SAV : état d'avancement de la réparation	Bonjour, avez-vous du nouveau sur mon dossier ? (état d'avancement de la réparation)	TKT-00418
INT-000787	chat	29	2025-05-06 19:47:15	7.7	24.00	2025-05-06 19:54:57	1	Suivi de commande : colis arrivé endommagé	Bonjour, pardon de vous déranger à nouveau au sujet de mon amplificateur	TKT-00419
INT-000788	phone	99	2025-05-12 08:33:40	8.5	24.00	2025-05-12 08:42:10	2	\N	\N	TKT-00420
INT-000789	chat	17	2025-05-12 14:14:30	9.3	8.00	2025-05-12 14:23:48	3	Unzufrieden mit Ihrem Service: schlechte Erfahrung mit der Lieferung	Guten Tag, ich habe ein Problem: schlechte Erfahrung mit der Lieferung	TKT-00421
INT-000790	chat	17	2025-05-12 14:44:56	10.1	39.00	2025-05-12 14:55:02	3	Sehr enttäuscht – schlechte Erfahrung mit der Lieferung	Hallo, ich habe getan, worum Ihr Kollege gebeten hat, aber die Sache mit meinem Verstärker ist noch nicht erledigt	TKT-00421
INT-000791	chat	57	2025-05-12 19:27:56	4.0	48.00	2025-05-12 19:31:56	3	Question about my payment – charged twice	Hi there – charged twice, can you help? The web shop's checkout failed when I tried to pay: was I charged or not?	TKT-00422
INT-000792	chat	57	2025-05-12 19:35:46	5.1	10.00	2025-05-12 19:40:52	3	Accounts enquiry: charged twice	Hi, I'm getting back to you about my turntable	TKT-00422
INT-000793	phone	57	2025-05-12 19:41:52	4.2	8.00	2025-05-12 19:46:04	3	\N	\N	TKT-00422
INT-000794	email	66	2025-05-13 10:24:39	14.2	0.75	2025-05-13 10:38:51	2	Livraison de mon casque – commande toujours pas livrée	Bonjour, ma commande ORD-492802 (casque) pose problème : commande toujours pas livrée. Pourriez-vous vérifier, s'il vous plaît ?	TKT-00423
INT-000795	chat	104	2025-05-14 11:48:51	7.5	20.00	2025-05-14 11:56:21	1	Problem mit meinem Plattenspieler: Brummen oder Knistern	Hallo, ist jemand da? Es geht um meinen Plattenspieler.	TKT-00424
INT-000796	phone	62	2025-05-14 15:25:02	9.5	26.00	2025-05-14 15:34:32	1	\N	\N	TKT-00425
INT-000797	phone	62	2025-05-14 17:12:33	10.8	50.00	2025-05-14 17:23:21	2	\N	\N	TKT-00425
INT-000798	phone	62	2025-05-14 18:14:02	5.4	8.00	2025-05-14 18:19:26	2	\N	\N	TKT-00425
INT-000799	phone	48	2025-05-15 11:04:42	9.2	97.00	2025-05-15 11:13:54	3	\N	\N	TKT-00426
INT-000800	phone	118	2025-05-15 11:10:45	9.3	110.00	2025-05-15 11:20:03	1	\N	\N	TKT-00427
INT-000801	phone	48	2025-05-15 13:12:34	10.2	48.00	2025-05-15 13:22:46	3	\N	\N	TKT-00426
INT-000802	phone	118	2025-05-15 13:56:49	3.5	34.00	2025-05-15 14:00:19	1	\N	\N	TKT-00427
INT-000803	chat	112	2025-05-15 14:36:51	23.9	126.00	2025-05-15 15:00:45	3	Service comptabilité : double prélèvement	Bonjour, j'ai besoin d'aide avec mon enceinte : double prélèvement Le paiement (checkout) de votre boutique en ligne a échoué : ai-je été débité ?	TKT-00429
INT-000804	email	24	2025-05-15 14:47:32	3.4	1.42	2025-05-15 14:50:56	1	Frage zur Abrechnung: doppelte Abbuchung	Sehr geehrte Damen und Herren, ich schreibe Ihnen wegen meiner Bestellung ORD-798772. Anliegen: doppelte Abbuchung. Vielen Dank für Ihre Rückmeldung. Beim Bezahlen (checkout) ist Ihr Webshop ausgefallen: wurde ich belastet?	TKT-00428
INT-000805	chat	112	2025-05-15 15:16:42	5.9	40.00	2025-05-15 15:22:36	3	Commande de mon enceinte : double prélèvement	Bonjour, j'ai toujours besoin d'aide pour mon enceinte (double prélèvement)	TKT-00429
INT-000806	chat	24	2025-05-15 17:07:11	17.9	109.00	2025-05-15 17:25:05	2	Frage zur Abrechnung: doppelte Abbuchung	Guten Tag, ich melde mich noch einmal: doppelte Abbuchung, immer noch nicht gelöst	TKT-00428
INT-000807	chat	112	2025-05-15 18:27:23	7.9	65.00	2025-05-15 18:35:17	2	Commande de mon enceinte : double prélèvement	Re-bonjour, j'ai déjà pris contact avec vous au sujet de mon enceinte	TKT-00429
INT-000808	email	2	2025-05-16 10:13:06	9.1	1.07	2025-05-16 10:22:12	3	Order for my headphones: payment failed	Good afternoon, could you please help me with the following: payment failed? The order concerned is ORD-179553.	TKT-00430
INT-000809	email	2	2025-05-16 14:11:13	13.4	0.77	2025-05-16 14:24:37	3	Re: Question about my payment – payment failed	Hello, we have forwarded your request (payment failed) to our accounts department. They will get back to you about order ORD-179553 within three working days.	TKT-00430
INT-000810	email	47	2025-05-20 08:31:51	9.3	12.77	2025-05-20 08:41:09	3	Shipping query: parcel arrived damaged	Hello, concerning the delivery of my amplifier: parcel arrived damaged. Can you tell me what happens next?	TKT-00431
INT-000811	chat	25	2025-05-20 09:14:37	24.1	50.00	2025-05-20 09:38:43	3	Informationen zum Kopfhörer: technische Daten	Hallo, ist jemand da? Es geht um meinen Kopfhörer.	TKT-00432
INT-000812	phone	47	2025-05-20 10:39:56	7.4	30.00	2025-05-20 10:47:20	3	\N	\N	TKT-00431
INT-000813	phone	47	2025-05-23 08:33:16	8.9	149.00	2025-05-23 08:42:10	3	\N	\N	TKT-00434
INT-000814	email	101	2025-05-23 09:04:55	11.1	1.03	2025-05-23 09:16:01	3	My headphones order – parcel arrived damaged	Dear support, I am contacting you about a delivery issue: parcel arrived damaged. The order reference is ORD-795970. Please advise how to proceed.	TKT-00433
INT-000815	phone	47	2025-05-23 10:35:01	19.2	58.00	2025-05-23 10:54:13	3	\N	\N	TKT-00434
INT-000816	email	101	2025-05-23 11:06:27	8.7	1.07	2025-05-23 11:15:09	3	Re: Order enquiry: parcel arrived damaged	Hello, thank you for your patience. We have contacted the carrier about order ORD-795970 (parcel arrived damaged) and will update you as soon as we hear back, usually within two working days.	TKT-00433
INT-000817	chat	101	2025-05-23 13:15:41	11.1	100.00	2025-05-23 13:26:47	2	Order enquiry: parcel arrived damaged	Hi, I'm back: parcel arrived damaged, still not sorted	TKT-00433
INT-000818	phone	47	2025-05-23 13:54:44	8.3	64.00	2025-05-23 14:03:02	3	\N	\N	TKT-00434
INT-000819	phone	92	2025-05-24 11:51:00	8.6	22.00	2025-05-24 11:59:36	3	\N	\N	TKT-00435
INT-000820	phone	92	2025-05-24 13:24:14	13.6	7.00	2025-05-24 13:37:50	3	\N	\N	TKT-00435
INT-000821	chat	16	2025-05-27 08:37:33	6.4	20.00	2025-05-27 08:43:57	1	Delivery issue: tracking not updating	Hello, quick question about my headphones	TKT-00436
INT-000822	chat	90	2025-05-28 10:31:26	16.1	92.00	2025-05-28 10:47:32	3	Zahlung meiner Bestellung – doppelte Abbuchung	Hallo, doppelte Abbuchung – können Sie mir helfen?	TKT-00437
INT-000823	phone	90	2025-05-28 13:15:30	24.6	73.00	2025-05-28 13:40:06	3	\N	\N	TKT-00438
INT-000824	chat	90	2025-05-28 14:31:05	10.3	30.00	2025-05-28 14:41:23	3	Anliegen an die Buchhaltung: doppelte Abbuchung	Guten Tag, ein kurzes Update zu meinem Fall: doppelte Abbuchung	TKT-00437
INT-000825	phone	39	2025-05-28 14:51:25	4.9	51.00	2025-05-28 14:56:19	1	\N	\N	TKT-00439
INT-000826	chat	78	2025-05-28 14:55:16	27.7	68.00	2025-05-28 15:22:58	3	My turntable: distorted sound	Hi, is anyone available? It's about my turntable.	TKT-00440
INT-000827	phone	90	2025-05-28 14:56:19	16.5	14.00	2025-05-28 15:12:49	1	\N	\N	TKT-00438
INT-000828	phone	2	2025-05-29 08:12:24	4.8	7.00	2025-05-29 08:17:12	2	\N	\N	TKT-00441
INT-000829	phone	2	2025-05-29 09:46:43	7.1	36.00	2025-05-29 09:53:49	2	\N	\N	TKT-00441
INT-000830	chat	78	2025-05-31 11:56:08	13.0	21.00	2025-05-31 12:09:08	2	Return/repair: repair status update	Hello, quick question about my headphones	TKT-00442
INT-000831	chat	78	2025-05-31 12:15:31	7.8	48.00	2025-05-31 12:23:19	2	Warranty case for my headphones: repair status update	Hi, I did what your colleague asked, but my headphones case is still not resolved	TKT-00442
INT-000832	chat	78	2025-05-31 13:21:07	14.8	91.00	2025-05-31 13:35:55	2	Repair enquiry: repair status update	Hello, any news on my case? (repair status update)	TKT-00442
INT-000833	chat	78	2025-05-31 14:43:06	16.9	15.00	2025-05-31 15:00:00	2	Warranty claim for my headphones	Hi, I'm getting back to you about my headphones	TKT-00442
INT-000834	chat	78	2025-05-31 15:17:12	9.2	19.00	2025-05-31 15:26:24	2	Warranty case for my headphones: repair status update	Hello, I have one more question about my headphones	TKT-00442
INT-000835	phone	14	2025-06-02 15:39:06	5.2	137.00	2025-06-02 15:44:18	2	\N	\N	TKT-00443
INT-000836	chat	14	2025-06-02 17:33:29	9.1	5.00	2025-06-02 17:42:35	3	Dysfonctionnement : pas de son	Bonjour, j'ai toujours besoin d'aide pour mon casque (pas de son)	TKT-00443
INT-000837	email	97	2025-06-03 08:34:35	7.4	2.54	2025-06-03 08:41:59	3	Fault report for my speakers: connection keeps dropping	Dear support team, the fault with my speakers is: connection keeps dropping. I followed the steps in the manual, but nothing changed.	TKT-00444
INT-000838	email	97	2025-06-03 10:05:15	4.2	0.43	2025-06-03 10:09:27	3	Re: Problem with my speakers – connection keeps dropping	Hello, we are sorry about the trouble with your speakers. For this kind of fault (connection keeps dropping), please try a different cable and power socket first. If nothing changes, we will arrange a repair.	TKT-00444
INT-000839	phone	7	2025-06-04 10:11:19	5.7	37.00	2025-06-04 10:17:01	1	\N	\N	TKT-00445
INT-000840	chat	103	2025-06-04 14:50:52	17.9	84.00	2025-06-04 15:08:46	3	Help needed: connection keeps dropping on my speakers	Hello, I have an issue: connection keeps dropping	TKT-00446
INT-000841	phone	7	2025-06-04 15:59:18	7.8	131.00	2025-06-04 16:07:06	2	\N	\N	TKT-00445
INT-000842	phone	57	2025-06-05 08:47:00	4.4	8.00	2025-06-05 08:51:24	1	\N	\N	TKT-00447
INT-000843	email	12	2025-06-06 15:53:19	10.8	0.19	2025-06-06 16:04:07	3	Reparaturanfrage für meinen Kopfhörer	Hallo, das Gerät wurde mit der Bestellung ORD-552987 gekauft. Mein Anliegen: Rücksendegenehmigung benötigt. Vielen Dank im Voraus.	TKT-00448
INT-000844	email	12	2025-06-06 16:40:46	6.2	0.29	2025-06-06 16:46:58	3	AW: Rücksendung/Reparatur: Rücksendegenehmigung benötigt	Guten Tag, vielen Dank für die Unterlagen. Der Reparaturfall für Ihren Kopfhörer ist jetzt erfasst (Rücksendegenehmigung benötigt). Sobald das Gerät in unserem Servicecenter eintrifft, bestätigen wir das per E-Mail und halten Sie auf dem Laufenden.	TKT-00448
INT-000845	email	12	2025-06-06 17:12:08	7.0	0.16	2025-06-06 17:19:08	3	AW: Reparaturanfrage für meinen Kopfhörer	Guten Tag, wie lange dauert die Reparatur an meinem Kopfhörer, wenn das Gerät bei Ihnen ist (Rücksendegenehmigung benötigt)? Ich brauche es für die Arbeit.	TKT-00448
INT-000846	email	12	2025-06-06 18:01:50	2.7	0.51	2025-06-06 18:04:32	2	AW: Rücksendung/Reparatur: Rücksendegenehmigung benötigt	Guten Tag, gute Nachrichten: Ihr Kopfhörer kommt für unsere Expressreparatur in Frage (Rücksendegenehmigung benötigt). Eine Reparatur dauert in der Regel fünf bis sieben Werktage ab Eingang des Geräts, und der Rückversand ist kostenlos.	TKT-00448
INT-000847	email	12	2025-06-06 18:26:07	3.3	0.27	2025-06-06 18:29:25	2	AW: Garantiefall: Rücksendegenehmigung benötigt	Hallo, danke für das Angebot eines Austauschgeräts. Kann das neue Gerät denselben Fehler (Rücksendegenehmigung benötigt) haben? Ich würde meinen Kopfhörer lieber reparieren lassen.	TKT-00448
INT-000848	email	12	2025-06-06 19:49:29	3.8	0.17	2025-06-06 19:53:17	2	AW: Gewährleistung – Rücksendegenehmigung benötigt	Guten Tag, da der Defekt unter die Garantie fällt, senden wir Ihnen ein Austauschgerät für Ihren Kopfhörer. Bitte schicken Sie das defekte Gerät innerhalb von 14 Tagen zurück (Bestellung ORD-552987).	TKT-00448
INT-000849	email	98	2025-06-07 10:07:51	10.1	1.01	2025-06-07 10:17:57	1	Enquiry before buying: stylus or cartridge recommendation	Hello, I am comparing several models and need some information on the turntable (stylus or cartridge recommendation). Thank you in advance.	TKT-00449
INT-000850	phone	49	2025-06-09 16:52:04	9.2	18.00	2025-06-09 17:01:16	1	\N	\N	TKT-00450
INT-000851	phone	49	2025-06-09 17:20:00	5.8	29.00	2025-06-09 17:25:48	1	\N	\N	TKT-00450
INT-000852	phone	49	2025-06-09 17:27:02	8.5	71.00	2025-06-09 17:35:32	1	\N	\N	TKT-00450
INT-000853	phone	49	2025-06-09 17:59:44	4.6	8.00	2025-06-09 18:04:20	1	\N	\N	TKT-00450
INT-000854	chat	49	2025-06-09 18:07:17	10.3	4.00	2025-06-09 18:17:35	1	Garantie pour mon tourne-disque	Bonjour, un petit point sur mon dossier : demande de réparation sous garantie	TKT-00450
INT-000855	phone	49	2025-06-09 18:22:18	3.6	36.00	2025-06-09 18:25:54	1	\N	\N	TKT-00450
INT-000856	phone	49	2025-06-09 19:13:00	9.2	37.00	2025-06-09 19:22:12	1	\N	\N	TKT-00450
INT-000857	email	72	2025-06-10 10:18:39	11.0	1.06	2025-06-10 10:29:39	2	Suivi de commande : pièces manquantes dans le colis	Bonjour, j'ai commandé mon enceinte la semaine dernière et il y a un problème : pièces manquantes dans le colis. Numéro de commande : ORD-261176.	TKT-00451
INT-000858	phone	59	2025-06-10 17:04:40	4.6	45.00	2025-06-10 17:09:16	1	\N	\N	TKT-00452
INT-000859	phone	73	2025-06-11 09:31:44	6.5	95.00	2025-06-11 09:38:14	1	\N	\N	TKT-00453
INT-000860	phone	73	2025-06-11 10:20:54	5.1	111.00	2025-06-11 10:26:00	1	\N	\N	TKT-00453
INT-000861	phone	73	2025-06-11 13:16:42	4.2	149.00	2025-06-11 13:20:54	1	\N	\N	TKT-00453
INT-000862	phone	73	2025-06-11 13:45:40	4.3	35.00	2025-06-11 13:49:58	1	\N	\N	TKT-00453
INT-000863	email	21	2025-06-11 15:59:18	5.4	0.83	2025-06-11 16:04:42	2	Technische Störung – Problem mit Akku oder Stromversorgung	Guten Tag, ich habe Ihren Lautsprecher vor einigen Monaten gekauft und nun folgendes Problem: Problem mit Akku oder Stromversorgung. Gibt es dafür eine Lösung?	TKT-00454
INT-000864	chat	64	2025-06-13 16:27:27	4.3	13.00	2025-06-13 16:31:45	2	Question about my payment – refund not received	Hi there – refund not received, can you help?	TKT-00455
INT-000865	chat	64	2025-06-13 16:53:37	11.5	34.00	2025-06-13 17:05:07	2	Question about my payment – refund not received	Hi again, I contacted you earlier about my amplifier	TKT-00455
INT-000866	phone	64	2025-06-13 18:40:26	6.0	19.00	2025-06-13 18:46:26	1	\N	\N	TKT-00455
INT-000867	chat	82	2025-06-20 08:41:26	12.2	23.00	2025-06-20 08:53:38	2	My headphones order – order not delivered yet	Hello, I have an issue: order not delivered yet	TKT-00456
INT-000868	phone	75	2025-06-20 13:07:41	8.1	52.00	2025-06-20 13:15:47	1	\N	\N	TKT-00457
INT-000869	phone	75	2025-06-20 14:01:17	7.8	38.00	2025-06-20 14:09:05	1	\N	\N	TKT-00457
INT-000870	phone	107	2025-06-23 09:09:51	2.0	54.00	2025-06-23 09:11:51	2	\N	\N	TKT-00458
INT-000871	chat	31	2025-06-23 09:31:34	4.9	134.00	2025-06-23 09:36:28	2	Reklamation: schlechte Erfahrung mit der Lieferung	Hallo, ich habe eine Frage zu meinem Verstärker (schlechte Erfahrung mit der Lieferung)	TKT-00459
INT-000872	phone	107	2025-06-23 12:27:47	7.1	29.00	2025-06-23 12:34:53	2	\N	\N	TKT-00458
INT-000873	chat	26	2025-06-24 13:54:04	12.7	22.00	2025-06-24 14:06:46	2	Question de facturation : remboursement non reçu	Bonjour, remboursement non reçu, pouvez-vous m'aider ?	TKT-00460
INT-000874	phone	81	2025-06-24 15:38:14	11.4	94.00	2025-06-24 15:49:38	3	\N	\N	TKT-00461
INT-000875	phone	81	2025-06-24 16:41:14	5.1	19.00	2025-06-24 16:46:20	3	\N	\N	TKT-00461
INT-000876	phone	81	2025-06-24 17:59:44	12.9	37.00	2025-06-24 18:12:38	3	\N	\N	TKT-00461
INT-000877	chat	26	2025-06-24 19:17:45	18.0	20.00	2025-06-24 19:35:45	3	Commande de mon enceinte : remboursement non reçu	Bonjour, je reviens vers vous : remboursement non reçu, toujours pas réglé	TKT-00460
INT-000878	phone	15	2025-06-25 19:25:09	4.6	39.00	2025-06-25 19:29:45	2	\N	\N	TKT-00462
INT-000879	phone	15	2025-06-25 19:42:42	7.5	53.00	2025-06-25 19:50:12	2	\N	\N	TKT-00462
INT-000880	chat	87	2025-06-28 11:17:20	6.8	52.00	2025-06-28 11:24:08	1	Frage vor dem Kauf: Frage zur Kompatibilität	Guten Tag, eine kurze Frage zu meinem Lautsprecher	TKT-00463
INT-000881	phone	114	2025-07-02 10:08:11	15.0	13.00	2025-07-02 10:23:11	1	\N	\N	TKT-00464
INT-000882	phone	114	2025-07-02 12:14:23	5.3	55.00	2025-07-02 12:19:41	1	\N	\N	TKT-00464
INT-000883	chat	111	2025-07-03 10:38:36	3.8	266.00	2025-07-03 10:42:24	1	Help needed: power or battery problem on my speakers	Hello, quick question about my speakers	TKT-00465
INT-000884	chat	111	2025-07-03 15:18:09	6.9	162.00	2025-07-03 15:25:03	1	Fault report for my speakers: power or battery problem	Hi again, I contacted you earlier about my speakers	TKT-00465
INT-000885	phone	85	2025-07-03 15:28:22	5.3	160.00	2025-07-03 15:33:40	1	\N	\N	TKT-00466
INT-000886	phone	85	2025-07-03 15:41:21	9.4	24.00	2025-07-03 15:50:45	1	\N	\N	TKT-00466
INT-000887	phone	85	2025-07-03 19:14:27	10.0	14.00	2025-07-03 19:24:27	2	\N	\N	TKT-00466
INT-000888	chat	1	2025-07-05 15:01:39	12.8	27.00	2025-07-05 15:14:27	3	Retour / réparation : demande de réparation sous garantie	Bonjour, mon problème : demande de réparation sous garantie	TKT-00467
INT-000889	chat	1	2025-07-05 15:19:06	16.2	29.00	2025-07-05 15:35:18	3	Retour / réparation : demande de réparation sous garantie	Bonjour, je reviens vers vous : demande de réparation sous garantie, toujours pas réglé	TKT-00467
INT-000890	chat	1	2025-07-05 15:43:06	7.9	119.00	2025-07-05 15:51:00	3	Dossier de réparation de mon tourne-disque	Bonjour, je fais suite à ma demande précédente (demande de réparation sous garantie)	TKT-00467
INT-000891	chat	76	2025-07-07 13:24:53	5.3	13.00	2025-07-07 13:30:11	2	Delivery issue: change of delivery address	Good morning, my problem is: change of delivery address	TKT-00468
INT-000892	chat	76	2025-07-07 14:12:01	15.7	7.00	2025-07-07 14:27:43	1	Delivery issue: change of delivery address	Hi, I'm getting back to you about my speakers	TKT-00468
INT-000893	phone	8	2025-07-07 14:16:05	14.9	38.00	2025-07-07 14:30:59	2	\N	\N	TKT-00469
INT-000894	chat	76	2025-07-07 14:34:01	6.5	13.00	2025-07-07 14:40:31	2	My speakers order – change of delivery address	Hello, I have one more question about my speakers	TKT-00468
INT-000895	email	42	2025-07-08 17:52:15	10.1	0.51	2025-07-08 18:02:21	1	Anliegen an die Buchhaltung: Bitte um eine Rechnung	Sehr geehrte Damen und Herren, ich schreibe Ihnen wegen meiner Bestellung ORD-206345. Anliegen: Bitte um eine Rechnung. Vielen Dank für Ihre Rückmeldung.	TKT-00470
INT-000896	chat	42	2025-07-08 19:42:17	14.9	25.00	2025-07-08 19:57:11	1	Rechnung für meinen Kopfhörer	Hallo, entschuldigen Sie die erneute Störung – es geht noch um meinen Kopfhörer	TKT-00470
INT-000897	phone	53	2025-07-09 09:56:17	9.9	9.00	2025-07-09 10:06:11	3	\N	\N	TKT-00471
INT-000898	phone	53	2025-07-09 10:28:27	8.8	20.00	2025-07-09 10:37:15	3	\N	\N	TKT-00471
INT-000899	phone	53	2025-07-09 11:38:35	6.7	103.00	2025-07-09 11:45:17	3	\N	\N	TKT-00471
INT-000900	chat	108	2025-07-09 15:01:45	12.0	10.00	2025-07-09 15:13:45	3	Livraison de mon tourne-disque – commande toujours pas livrée	Bonjour, mon problème : commande toujours pas livrée	TKT-00472
INT-000901	phone	116	2025-07-10 09:42:18	5.2	35.00	2025-07-10 09:47:30	2	\N	\N	TKT-00473
INT-000902	phone	116	2025-07-10 14:26:23	4.6	54.00	2025-07-10 14:30:59	2	\N	\N	TKT-00473
INT-000903	phone	48	2025-07-11 12:19:10	5.6	22.00	2025-07-11 12:24:46	2	\N	\N	TKT-00474
INT-000904	phone	37	2025-07-14 09:57:06	9.7	83.00	2025-07-14 10:06:48	2	\N	\N	TKT-00475
INT-000905	phone	37	2025-07-14 13:42:07	19.6	24.00	2025-07-14 14:01:43	3	\N	\N	TKT-00475
INT-000906	email	91	2025-07-14 13:56:35	5.0	2.50	2025-07-14 14:01:35	2	Prise en charge sous garantie – état d'avancement de la réparation	Madame, Monsieur, concernant mon tourne-disque : état d'avancement de la réparation. Merci de m'indiquer comment vous envoyer l'appareil.	TKT-00476
INT-000907	email	11	2025-07-14 15:32:30	8.2	1.14	2025-07-14 15:40:42	2	Réclamation : panne à répétition	Bonjour, concernant mon casque, je dois déposer une réclamation : panne à répétition. J'espère que vous pourrez y remédier.	TKT-00477
INT-000908	email	91	2025-07-14 15:40:53	5.7	1.07	2025-07-14 15:46:35	2	RE : Prise en charge sous garantie – état d'avancement de la réparation	Bonjour, merci pour les documents. Votre dossier de réparation pour votre tourne-disque est maintenant enregistré (état d'avancement de la réparation). Dès que l'appareil arrivera à notre centre de service, nous vous le confirmerons par e-mail et vous tiendrons informé.	TKT-00476
INT-000909	email	91	2025-07-14 16:37:23	14.2	0.67	2025-07-14 16:51:35	3	RE : Demande SAV : état d'avancement de la réparation	Bonjour, combien de temps prendra la réparation de mon tourne-disque une fois l'appareil chez vous (état d'avancement de la réparation) ? J'en ai besoin pour mon travail.	TKT-00476
INT-000910	email	91	2025-07-14 17:17:54	15.0	0.39	2025-07-14 17:32:54	3	RE : Demande SAV : état d'avancement de la réparation	Bonjour, bonne nouvelle : votre tourne-disque peut bénéficier de notre réparation express (état d'avancement de la réparation). Une réparation prend en général cinq à sept jours ouvrés à compter de la réception de l'appareil, et le retour est gratuit.	TKT-00476
INT-000911	phone	91	2025-07-14 17:51:48	8.0	25.00	2025-07-14 17:59:48	3	\N	\N	TKT-00476
INT-000912	email	91	2025-07-14 19:21:16	16.0	0.97	2025-07-14 19:37:16	3	RE : Dossier de réparation de mon tourne-disque	Bonjour, la panne étant couverte par la garantie, nous allons vous envoyer un appareil de remplacement pour votre tourne-disque. Merci de nous retourner l'appareil défectueux sous 14 jours (commande ORD-503778).	TKT-00476
INT-000913	chat	117	2025-07-22 10:24:27	12.3	12.00	2025-07-22 10:36:45	3	Technische Störung – Verbindung bricht ständig ab	Guten Tag, ich habe ein Problem: Verbindung bricht ständig ab	TKT-00478
INT-000914	chat	24	2025-07-22 13:44:14	12.7	7.00	2025-07-22 13:56:56	1	Unzufrieden mit Ihrem Service: unzufrieden mit der Reparatur	Hallo, ich brauche Hilfe mit meinem Kopfhörer: unzufrieden mit der Reparatur	TKT-00479
INT-000915	chat	117	2025-07-22 14:01:38	11.2	8.00	2025-07-22 14:12:50	3	Bitte um Hilfe: Verbindung bricht ständig ab	Hallo, ich brauche immer noch Hilfe mit meinem Kopfhörer (Verbindung bricht ständig ab)	TKT-00478
INT-000916	chat	24	2025-07-22 18:45:14	21.4	7.00	2025-07-22 19:06:38	1	Unzufrieden mit Ihrem Service: unzufrieden mit der Reparatur	Guten Tag, ich melde mich noch einmal: unzufrieden mit der Reparatur, immer noch nicht gelöst	TKT-00479
INT-000917	chat	64	2025-07-23 12:44:02	5.8	31.00	2025-07-23 12:49:50	2	Fault report for my amplifier: firmware update failed	Good morning, my problem is: firmware update failed	TKT-00480
INT-000918	email	27	2025-07-24 19:36:54	3.7	1.70	2025-07-24 19:40:36	2	Fault report for my speakers: firmware update failed	Dear support team, the fault with my speakers is: firmware update failed. I followed the steps in the manual, but nothing changed.	TKT-00481
INT-000919	chat	27	2025-07-24 19:42:47	4.7	4.00	2025-07-24 19:47:29	2	Fault report for my speakers: firmware update failed	Hi, a quick update on my case: firmware update failed	TKT-00481
INT-000920	chat	101	2025-07-31 08:32:48	19.2	135.00	2025-07-31 08:52:00	2	Help needed: connection keeps dropping on my headphones	Good morning, my problem is: connection keeps dropping	TKT-00482
INT-000921	phone	26	2025-07-31 16:29:02	4.5	18.00	2025-07-31 16:33:32	3	\N	\N	TKT-00483
INT-000922	phone	107	2025-08-01 09:38:35	7.2	76.00	2025-08-01 09:45:47	2	\N	\N	TKT-00484
INT-000923	phone	120	2025-08-02 14:46:49	6.5	25.00	2025-08-02 14:53:19	2	\N	\N	TKT-00485
INT-000924	phone	93	2025-08-04 09:50:40	5.5	4.00	2025-08-04 09:56:10	2	\N	\N	TKT-00486
INT-000925	phone	93	2025-08-04 15:27:22	1.6	22.00	2025-08-04 15:28:58	2	\N	\N	TKT-00486
INT-000926	phone	23	2025-08-06 11:59:57	17.1	23.00	2025-08-06 12:17:03	3	\N	\N	TKT-00487
INT-000927	phone	23	2025-08-06 16:59:32	12.1	87.00	2025-08-06 17:11:38	3	\N	\N	TKT-00487
INT-000928	email	82	2025-08-06 19:43:20	3.7	0.63	2025-08-06 19:47:02	2	Quick question about the amplifier: compatibility question	Dear team, could you help me with a question about the amplifier? Topic: compatibility question.	TKT-00488
INT-000929	email	3	2025-08-07 10:00:40	8.3	1.35	2025-08-07 10:08:58	3	Retour / réparation : demande de réparation sous garantie	Bonjour, je souhaite ouvrir un dossier de garantie pour mon amplificateur : demande de réparation sous garantie. La commande d'origine est ORD-644610.	TKT-00489
INT-000930	chat	3	2025-08-07 10:09:10	13.7	8.00	2025-08-07 10:22:52	3	Prise en charge sous garantie – demande de réparation sous garantie	Bonjour, je fais suite à ma demande précédente (demande de réparation sous garantie)	TKT-00489
INT-000931	chat	3	2025-08-07 10:23:26	12.4	27.00	2025-08-07 10:35:50	3	Dossier de réparation de mon amplificateur	Bonjour, j'ai fait ce que votre collègue m'a demandé, mais le dossier de mon amplificateur n'est toujours pas réglé	TKT-00489
INT-000932	email	3	2025-08-07 10:56:03	11.9	0.33	2025-08-07 11:07:57	3	RE : Garantie pour mon amplificateur	Bonjour, merci pour les documents. Votre dossier de réparation pour votre amplificateur est maintenant enregistré (demande de réparation sous garantie). Dès que l'appareil arrivera à notre centre de service, nous vous le confirmerons par e-mail et vous tiendrons informé.	TKT-00489
INT-000933	email	3	2025-08-07 11:51:47	11.1	0.73	2025-08-07 12:02:53	3	RE : Retour / réparation : demande de réparation sous garantie	Bonjour, combien de temps prendra la réparation de mon amplificateur une fois l'appareil chez vous (demande de réparation sous garantie) ? J'en ai besoin pour mon travail.	TKT-00489
INT-000934	email	3	2025-08-07 12:28:42	13.7	0.43	2025-08-07 12:42:24	3	RE : Garantie pour mon amplificateur	Bonjour, bonne nouvelle : votre amplificateur peut bénéficier de notre réparation express (demande de réparation sous garantie). Une réparation prend en général cinq à sept jours ouvrés à compter de la réception de l'appareil, et le retour est gratuit.	TKT-00489
INT-000935	email	3	2025-08-07 13:12:26	4.2	0.50	2025-08-07 13:16:38	3	RE : Retour / réparation : demande de réparation sous garantie	Bonjour, merci de me proposer un appareil de remplacement. Le nouvel appareil ne risque-t-il pas d'avoir le même défaut (demande de réparation sous garantie) ? Je préférerais faire réparer mon amplificateur.	TKT-00489
INT-000936	email	3	2025-08-07 13:38:21	5.4	0.36	2025-08-07 13:43:45	3	RE : Prise en charge sous garantie – demande de réparation sous garantie	Bonjour, la panne étant couverte par la garantie, nous allons vous envoyer un appareil de remplacement pour votre amplificateur. Merci de nous retourner l'appareil défectueux sous 14 jours (commande ORD-644610).	TKT-00489
INT-000937	phone	3	2025-08-07 13:45:13	10.9	82.00	2025-08-07 13:56:07	3	\N	\N	TKT-00489
INT-000938	email	3	2025-08-07 15:07:40	3.0	1.19	2025-08-07 15:10:40	3	RE : Retour / réparation : demande de réparation sous garantie	Bonjour, merci pour votre message. Un transporteur viendra chercher votre amplificateur dans les trois prochains jours ouvrés. Merci de bien emballer l'appareil, si possible dans son carton d'origine (demande de réparation sous garantie).	TKT-00489
INT-000939	chat	104	2025-08-07 15:39:59	15.3	15.00	2025-08-07 15:55:17	1	Defekt an meinem Kopfhörer: kein Ton	Hallo, ist jemand da? Es geht um meinen Kopfhörer.	TKT-00490
INT-000940	email	3	2025-08-07 15:43:19	12.8	0.54	2025-08-07 15:56:07	3	RE : Dossier de réparation de mon amplificateur	Bonjour, je reviens vers vous au sujet de mon dossier (demande de réparation sous garantie). Je n'ai reçu aucune nouvelle concernant mon amplificateur depuis votre dernier e-mail. Où en est la procédure ?	TKT-00489
INT-000941	email	22	2025-08-08 11:46:40	4.8	0.53	2025-08-08 11:51:28	1	Renseignements sur votre tourne-disque : choix du diamant ou de la cellule	Bonjour, j'ai une question avant achat concernant votre tourne-disque : choix du diamant ou de la cellule. Quel modèle me recommandez-vous ?	TKT-00491
INT-000942	phone	94	2025-08-08 12:15:52	5.5	12.00	2025-08-08 12:21:22	1	\N	\N	TKT-00492
INT-000943	phone	94	2025-08-08 12:38:58	4.7	39.00	2025-08-08 12:43:40	3	\N	\N	TKT-00492
INT-000944	email	39	2025-08-10 10:23:27	11.0	14.02	2025-08-10 10:34:27	1	Fault report for my headphones: no sound	Hello, my headphones stopped working properly. The problem: no sound. Do I need to send the device in?	TKT-00493
INT-000945	email	39	2025-08-10 14:30:56	5.8	0.61	2025-08-10 14:36:44	1	Re: Help needed: no sound on my headphones	Hello, we are sorry about the trouble with your headphones. For this kind of fault (no sound), please try a different cable and power socket first. If nothing changes, we will arrange a repair.	TKT-00493
INT-000946	phone	115	2025-08-12 15:50:21	3.7	23.00	2025-08-12 15:54:03	2	\N	\N	TKT-00494
INT-000947	phone	62	2025-08-13 09:40:45	13.9	225.00	2025-08-13 09:54:39	1	\N	\N	TKT-00495
INT-000948	phone	62	2025-08-13 10:33:10	5.0	50.00	2025-08-13 10:38:10	1	\N	\N	TKT-00495
INT-000949	phone	111	2025-08-13 18:38:43	16.7	113.00	2025-08-13 18:55:25	2	\N	\N	TKT-00496
INT-000950	phone	111	2025-08-13 19:35:57	12.5	27.00	2025-08-13 19:48:27	2	\N	\N	TKT-00496
INT-000951	phone	6	2025-08-18 14:11:48	5.0	77.00	2025-08-18 14:16:48	2	\N	\N	TKT-00497
INT-000952	phone	6	2025-08-18 15:01:06	4.6	16.00	2025-08-18 15:05:42	2	\N	\N	TKT-00497
INT-000953	email	18	2025-08-18 16:42:38	13.0	0.96	2025-08-18 16:55:38	3	My headphones order – parts missing from the box	Hello, there is a problem with my order ORD-656000 (headphones): parts missing from the box. Could you please check this for me?	TKT-00498
INT-000954	chat	1	2025-08-20 16:00:00	16.2	26.00	2025-08-20 16:16:12	1	Demande d'aide – son distordu	Bonjour, mon problème : son distordu	TKT-00499
INT-000955	chat	1	2025-08-20 19:52:09	3.6	13.00	2025-08-20 19:55:45	1	Dysfonctionnement : son distordu	Bonjour, j'ai fait ce que votre collègue m'a demandé, mais le dossier de mon enceinte n'est toujours pas réglé	TKT-00499
INT-000956	email	84	2025-08-21 16:51:23	6.7	0.26	2025-08-21 16:58:05	3	Technical issue (firmware update failed)	Hi, since yesterday I have had this issue with my headphones: firmware update failed. What can I do?	TKT-00500
INT-000957	phone	84	2025-08-21 17:14:59	8.3	14.00	2025-08-21 17:23:17	3	\N	\N	TKT-00500
\.

COPY calls (id, initialized, answered, abandoned, is_abandoned, interaction_id) FROM stdin WITH (FREEZE);
CAL-000001	2023-09-16 10:59:16	2023-09-16 10:59:30	\N	f	INT-000001
CAL-000002	2023-09-16 12:17:02	2023-09-16 12:18:39	\N	f	INT-000002
CAL-000003	2023-09-18 10:16:40	2023-09-18 10:18:23	\N	f	INT-000005
CAL-000004	2023-09-18 12:55:38	2023-09-18 12:56:15	\N	f	INT-000009
CAL-000005	2023-09-18 13:25:46	2023-09-18 13:26:14	\N	f	INT-000011
CAL-000006	2023-09-18 14:49:14	2023-09-18 14:49:58	\N	f	INT-000013
CAL-000007	2023-09-18 15:23:11	2023-09-18 15:24:34	\N	f	INT-000015
CAL-000008	2023-09-18 16:35:28	2023-09-18 16:36:12	\N	f	INT-000016
CAL-000009	2023-09-18 18:50:03	2023-09-18 18:51:13	\N	f	INT-000017
CAL-000010	2023-09-25 13:02:33	2023-09-25 13:02:48	\N	f	INT-000024
CAL-000011	2023-09-26 11:02:15	2023-09-26 11:02:47	\N	f	INT-000027
CAL-000012	2023-09-26 11:15:27	\N	2023-09-26 11:16:03	t	\N
CAL-000013	2023-09-26 12:16:50	2023-09-26 12:18:40	\N	f	INT-000028
CAL-000014	2023-09-26 16:46:11	\N	2023-09-26 16:48:02	t	\N
CAL-000015	2023-09-26 16:57:52	2023-09-26 16:58:52	\N	f	INT-000031
CAL-000016	2023-09-26 17:56:19	2023-09-26 17:59:26	\N	f	INT-000032
CAL-000017	2023-09-27 09:46:00	2023-09-27 09:47:47	\N	f	INT-000034
CAL-000018	2023-09-30 11:53:59	2023-09-30 11:59:00	\N	f	INT-000037
CAL-000019	2023-10-04 14:40:02	2023-10-04 14:41:05	\N	f	INT-000046
CAL-000020	2023-10-08 13:38:09	2023-10-08 13:39:09	\N	f	INT-000048
CAL-000021	2023-10-10 12:21:33	2023-10-10 12:21:40	\N	f	INT-000049
CAL-000022	2023-10-10 16:05:20	2023-10-10 16:06:00	\N	f	INT-000050
CAL-000023	2023-10-13 17:42:36	2023-10-13 17:43:52	\N	f	INT-000057
CAL-000024	2023-10-13 18:14:21	2023-10-13 18:15:34	\N	f	INT-000058
CAL-000025	2023-10-13 18:20:13	2023-10-13 18:20:47	\N	f	INT-000059
CAL-000026	2023-10-13 18:55:01	2023-10-13 18:55:54	\N	f	INT-000061
CAL-000027	2023-10-13 19:22:37	2023-10-13 19:24:10	\N	f	INT-000063
CAL-000028	2023-10-13 19:54:44	2023-10-13 19:55:24	\N	f	INT-000064
CAL-000029	2023-10-13 19:56:54	2023-10-13 19:56:57	\N	f	INT-000065
CAL-000030	2023-10-13 19:58:27	2023-10-13 19:58:30	\N	f	INT-000066
CAL-000031	2023-10-17 16:39:22	2023-10-17 16:40:01	\N	f	INT-000074
CAL-000032	2023-10-20 10:13:18	2023-10-20 10:13:31	\N	f	INT-000077
CAL-000033	2023-10-20 12:47:06	2023-10-20 12:48:08	\N	f	INT-000078
CAL-000034	2023-10-20 13:55:30	2023-10-20 13:58:01	\N	f	INT-000079
CAL-000035	2023-10-20 14:25:49	2023-10-20 14:27:26	\N	f	INT-000080
CAL-000036	2023-10-20 15:31:32	\N	2023-10-20 15:32:23	t	\N
CAL-000037	2023-10-20 15:42:07	2023-10-20 15:42:48	\N	f	INT-000081
CAL-000038	2023-10-24 11:05:20	2023-10-24 11:05:37	\N	f	INT-000082
CAL-000039	2023-10-25 15:08:29	2023-10-25 15:09:11	\N	f	INT-000089
CAL-000040	2023-10-25 15:19:55	\N	2023-10-25 15:24:25	t	\N
CAL-000041	2023-10-26 15:45:21	2023-10-26 15:46:05	\N	f	INT-000092
CAL-000042	2023-10-27 12:36:52	2023-10-27 12:38:22	\N	f	INT-000094
CAL-000043	2023-10-31 11:19:07	2023-10-31 11:20:05	\N	f	INT-000100
CAL-000044	2023-10-31 14:59:15	2023-10-31 15:06:02	\N	f	INT-000101
CAL-000045	2023-10-31 15:01:21	\N	2023-10-31 15:01:28	t	\N
CAL-000046	2023-11-10 14:56:10	2023-11-10 14:57:21	\N	f	INT-000106
CAL-000047	2023-11-12 14:08:11	\N	2023-11-12 14:09:15	t	\N
CAL-000048	2023-11-12 14:17:05	2023-11-12 14:20:05	\N	f	INT-000108
CAL-000049	2023-11-12 14:19:42	\N	2023-11-12 14:20:55	t	\N
CAL-000050	2023-11-12 14:38:51	2023-11-12 14:40:06	\N	f	INT-000109
CAL-000051	2023-11-16 08:53:39	2023-11-16 08:57:08	\N	f	INT-000117
CAL-000052	2023-11-16 13:09:00	2023-11-16 13:11:59	\N	f	INT-000118
CAL-000053	2023-11-16 14:10:28	2023-11-16 14:10:33	\N	f	INT-000119
CAL-000054	2023-11-16 16:52:17	2023-11-16 16:52:34	\N	f	INT-000120
CAL-000055	2023-11-17 14:51:48	2023-11-17 14:53:34	\N	f	INT-000121
CAL-000056	2023-11-17 15:49:54	2023-11-17 15:51:31	\N	f	INT-000123
CAL-000057	2023-11-24 10:26:57	2023-11-24 10:27:27	\N	f	INT-000130
CAL-000058	2023-11-24 12:33:34	2023-11-24 12:33:42	\N	f	INT-000131
CAL-000059	2023-11-24 13:55:33	2023-11-24 13:56:10	\N	f	INT-000132
CAL-000060	2023-11-24 15:10:34	2023-11-24 15:10:46	\N	f	INT-000134
CAL-000061	2023-11-24 15:54:44	2023-11-24 15:55:07	\N	f	INT-000135
CAL-000062	2023-11-26 15:02:03	2023-11-26 15:03:33	\N	f	INT-000137
CAL-000063	2023-11-28 11:12:45	2023-11-28 11:14:16	\N	f	INT-000138
CAL-000064	2023-11-28 11:24:35	\N	2023-11-28 11:25:30	t	\N
CAL-000065	2023-11-28 11:31:03	2023-11-28 11:31:27	\N	f	INT-000139
CAL-000066	2023-11-28 11:37:57	\N	2023-11-28 11:38:27	t	\N
CAL-000067	2023-11-28 11:38:07	2023-11-28 11:40:59	\N	f	INT-000140
CAL-000068	2023-12-01 12:39:52	2023-12-01 12:40:06	\N	f	INT-000141
CAL-000069	2023-12-03 15:34:47	2023-12-03 15:38:16	\N	f	INT-000142
CAL-000070	2023-12-03 15:42:13	2023-12-03 15:42:40	\N	f	INT-000143
CAL-000071	2023-12-05 14:17:01	2023-12-05 14:20:01	\N	f	INT-000147
CAL-000072	2023-12-05 17:23:15	2023-12-05 17:24:57	\N	f	INT-000148
CAL-000073	2023-12-05 17:24:49	\N	2023-12-05 17:27:44	t	\N
CAL-000074	2023-12-06 08:31:59	2023-12-06 08:32:45	\N	f	INT-000149
CAL-000075	2023-12-06 09:35:43	2023-12-06 09:37:44	\N	f	INT-000150
CAL-000076	2023-12-10 11:14:02	2023-12-10 11:14:42	\N	f	INT-000151
CAL-000077	2023-12-10 15:05:51	2023-12-10 15:07:50	\N	f	INT-000152
CAL-000078	2023-12-11 18:41:19	2023-12-11 18:42:03	\N	f	INT-000153
CAL-000079	2023-12-12 11:48:05	2023-12-12 11:49:22	\N	f	INT-000156
CAL-000080	2023-12-13 12:08:47	2023-12-13 12:09:38	\N	f	INT-000157
CAL-000081	2023-12-13 14:45:57	\N	2023-12-13 14:47:29	t	\N
CAL-000082	2023-12-13 14:46:51	2023-12-13 14:47:59	\N	f	INT-000158
CAL-000083	2023-12-13 17:06:24	2023-12-13 17:09:22	\N	f	INT-000159
CAL-000084	2023-12-13 17:06:24	2023-12-13 17:17:10	\N	f	INT-000160
CAL-000085	2023-12-13 19:38:08	2023-12-13 19:41:00	\N	f	INT-000161
CAL-000086	2023-12-19 12:12:17	2023-12-19 12:13:37	\N	f	INT-000172
CAL-000087	2023-12-20 08:17:27	2023-12-20 08:20:56	\N	f	INT-000173
CAL-000088	2023-12-20 10:07:59	2023-12-20 10:10:58	\N	f	INT-000174
CAL-000089	2023-12-20 15:17:50	2023-12-20 15:21:00	\N	f	INT-000176
CAL-000090	2023-12-20 15:23:34	\N	2023-12-20 15:24:23	t	\N
CAL-000091	2023-12-20 15:25:18	\N	2023-12-20 15:25:48	t	\N
CAL-000092	2023-12-20 15:30:03	2023-12-20 15:44:44	\N	f	INT-000177
CAL-000093	2023-12-22 10:36:44	2023-12-22 10:37:44	\N	f	INT-000179
CAL-000094	2023-12-22 12:28:24	2023-12-22 12:30:49	\N	f	INT-000181
CAL-000095	2023-12-23 09:17:47	2023-12-23 09:18:05	\N	f	INT-000185
CAL-000096	2023-12-23 11:13:04	2023-12-23 11:15:32	\N	f	INT-000186
CAL-000097	2023-12-23 11:42:55	2023-12-23 11:43:44	\N	f	INT-000187
CAL-000098	2023-12-23 12:21:52	2023-12-23 12:22:36	\N	f	INT-000188
CAL-000099	2023-12-23 15:00:18	2023-12-23 15:00:46	\N	f	INT-000190
CAL-000100	2023-12-30 11:09:23	2023-12-30 11:10:02	\N	f	INT-000195
CAL-000101	2023-12-30 11:35:18	2023-12-30 11:36:22	\N	f	INT-000196
CAL-000102	2023-12-31 12:26:55	2023-12-31 12:27:27	\N	f	INT-000197
CAL-000103	2024-01-02 13:08:42	2024-01-02 13:09:32	\N	f	INT-000199
CAL-000104	2024-01-03 08:20:56	2024-01-03 08:22:21	\N	f	INT-000200
CAL-000105	2024-01-03 08:22:12	\N	2024-01-03 08:24:32	t	\N
CAL-000106	2024-01-03 10:26:22	2024-01-03 10:27:05	\N	f	INT-000201
CAL-000107	2024-01-04 10:54:15	2024-01-04 10:57:03	\N	f	INT-000202
CAL-000108	2024-01-05 09:04:39	2024-01-05 09:12:08	\N	f	INT-000203
CAL-000109	2024-01-05 10:43:49	2024-01-05 10:44:12	\N	f	INT-000204
CAL-000110	2024-01-05 13:56:08	2024-01-05 13:56:42	\N	f	INT-000205
CAL-000111	2024-01-08 08:36:37	2024-01-08 08:36:53	\N	f	INT-000210
CAL-000112	2024-01-08 15:58:13	2024-01-08 15:58:30	\N	f	INT-000212
CAL-000113	2024-01-08 17:00:16	2024-01-08 17:01:03	\N	f	INT-000214
CAL-000114	2024-01-09 19:49:41	2024-01-09 19:51:17	\N	f	INT-000218
CAL-000115	2024-01-11 15:02:04	2024-01-11 15:02:30	\N	f	INT-000220
CAL-000116	2024-01-11 15:37:49	2024-01-11 15:38:21	\N	f	INT-000221
CAL-000117	2024-01-13 13:41:23	2024-01-13 13:41:37	\N	f	INT-000222
CAL-000118	2024-01-15 14:25:52	2024-01-15 14:27:30	\N	f	INT-000223
CAL-000119	2024-01-17 11:06:30	2024-01-17 11:07:11	\N	f	INT-000228
CAL-000120	2024-01-17 14:52:57	2024-01-17 14:53:12	\N	f	INT-000229
CAL-000121	2024-01-18 17:04:21	2024-01-18 17:04:48	\N	f	INT-000231
CAL-000122	2024-01-18 19:21:23	2024-01-18 19:21:49	\N	f	INT-000232
CAL-000123	2024-01-19 19:48:04	2024-01-19 19:49:51	\N	f	INT-000234
CAL-000124	2024-01-19 19:52:59	2024-01-19 19:53:18	\N	f	INT-000235
CAL-000125	2024-01-21 15:31:21	2024-01-21 15:32:18	\N	f	INT-000236
CAL-000126	2024-01-24 09:23:04	2024-01-24 09:28:19	\N	f	INT-000240
CAL-000127	2024-01-24 09:35:41	\N	2024-01-24 09:36:05	t	\N
CAL-000128	2024-01-24 12:00:00	2024-01-24 12:04:45	\N	f	INT-000243
CAL-000129	2024-01-24 12:34:08	\N	2024-01-24 12:35:34	t	\N
CAL-000130	2024-01-24 12:37:27	2024-01-24 12:40:34	\N	f	INT-000244
CAL-000131	2024-01-24 13:04:58	2024-01-24 13:12:49	\N	f	INT-000245
CAL-000132	2024-01-31 08:56:22	2024-01-31 08:57:00	\N	f	INT-000253
CAL-000133	2024-01-31 13:24:58	2024-01-31 13:27:45	\N	f	INT-000258
CAL-000134	2024-02-02 11:19:45	2024-02-02 11:20:25	\N	f	INT-000260
CAL-000135	2024-02-02 12:40:16	2024-02-02 12:40:54	\N	f	INT-000261
CAL-000136	2024-02-02 16:22:48	2024-02-02 16:23:03	\N	f	INT-000262
CAL-000137	2024-02-07 14:34:46	2024-02-07 14:35:04	\N	f	INT-000263
CAL-000138	2024-02-14 10:34:30	2024-02-14 10:35:04	\N	f	INT-000271
CAL-000139	2024-02-15 09:14:55	2024-02-15 09:15:20	\N	f	INT-000272
CAL-000140	2024-02-15 10:31:32	2024-02-15 10:31:55	\N	f	INT-000273
CAL-000141	2024-02-23 11:12:54	2024-02-23 11:13:11	\N	f	INT-000277
CAL-000142	2024-02-26 13:07:03	2024-02-26 13:07:14	\N	f	INT-000278
CAL-000143	2024-02-26 16:34:46	2024-02-26 16:35:52	\N	f	INT-000280
CAL-000144	2024-02-28 16:39:59	2024-02-28 16:40:08	\N	f	INT-000284
CAL-000145	2024-02-28 18:40:09	2024-02-28 18:40:15	\N	f	INT-000288
CAL-000146	2024-02-28 18:47:03	2024-02-28 18:47:15	\N	f	INT-000289
CAL-000147	2024-02-28 18:53:40	2024-02-28 18:54:01	\N	f	INT-000290
CAL-000148	2024-03-05 08:12:34	2024-03-05 08:15:24	\N	f	INT-000293
CAL-000149	2024-03-05 08:29:47	2024-03-05 08:30:25	\N	f	INT-000294
CAL-000150	2024-03-05 11:27:08	2024-03-05 11:29:03	\N	f	INT-000295
CAL-000151	2024-03-05 15:23:42	2024-03-05 15:23:55	\N	f	INT-000296
CAL-000152	2024-03-07 14:20:41	2024-03-07 14:20:51	\N	f	INT-000299
CAL-000153	2024-03-07 14:40:12	2024-03-07 14:42:10	\N	f	INT-000300
CAL-000154	2024-03-08 15:44:56	2024-03-08 15:45:19	\N	f	INT-000302
CAL-000155	2024-03-09 13:25:17	2024-03-09 13:27:06	\N	f	INT-000303
CAL-000156	2024-03-09 15:26:16	2024-03-09 15:29:02	\N	f	INT-000304
CAL-000157	2024-03-09 16:29:34	2024-03-09 16:31:15	\N	f	INT-000308
CAL-000158	2024-03-19 11:58:43	2024-03-19 11:59:23	\N	f	INT-000314
CAL-000159	2024-03-28 18:03:37	2024-03-28 18:03:49	\N	f	INT-000319
CAL-000160	2024-03-28 18:59:39	2024-03-28 19:00:25	\N	f	INT-000320
CAL-000161	2024-04-05 10:29:01	2024-04-05 10:29:52	\N	f	INT-000326
CAL-000162	2024-04-05 12:51:19	2024-04-05 12:51:58	\N	f	INT-000327
CAL-000163	2024-04-08 10:51:39	2024-04-08 10:52:21	\N	f	INT-000328
CAL-000164	2024-04-10 17:50:31	2024-04-10 17:51:13	\N	f	INT-000330
CAL-000165	2024-04-10 18:21:11	2024-04-10 18:21:42	\N	f	INT-000331
CAL-000166	2024-04-17 14:43:10	2024-04-17 14:43:16	\N	f	INT-000335
CAL-000167	2024-04-17 18:04:07	2024-04-17 18:04:14	\N	f	INT-000336
CAL-000168	2024-04-18 12:12:54	2024-04-18 12:13:17	\N	f	INT-000337
CAL-000169	2024-04-18 13:38:24	2024-04-18 13:38:33	\N	f	INT-000338
CAL-000170	2024-04-18 14:41:55	2024-04-18 14:42:28	\N	f	INT-000339
CAL-000171	2024-04-19 18:22:40	2024-04-19 18:25:33	\N	f	INT-000348
CAL-000172	2024-04-19 18:37:15	2024-04-19 18:37:35	\N	f	INT-000349
CAL-000173	2024-04-22 09:42:59	2024-04-22 09:43:39	\N	f	INT-000353
CAL-000174	2024-04-22 14:23:55	2024-04-22 14:26:09	\N	f	INT-000354
CAL-000175	2024-04-24 10:53:19	\N	2024-04-24 10:54:05	t	\N
CAL-000176	2024-04-24 10:57:56	2024-04-24 10:59:59	\N	f	INT-000359
CAL-000177	2024-04-24 11:02:29	\N	2024-04-24 11:03:13	t	\N
CAL-000178	2024-04-24 11:13:53	2024-04-24 11:23:11	\N	f	INT-000360
CAL-000179	2024-04-24 11:32:31	2024-04-24 11:32:45	\N	f	INT-000361
CAL-000180	2024-04-24 11:42:20	\N	2024-04-24 11:44:11	t	\N
CAL-000181	2024-04-24 11:47:09	2024-04-24 11:48:11	\N	f	INT-000362
CAL-000182	2024-04-24 11:47:13	\N	2024-04-24 11:51:32	t	\N
CAL-000183	2024-04-24 12:43:11	2024-04-24 12:43:41	\N	f	INT-000363
CAL-000184	2024-04-24 14:07:30	2024-04-24 14:09:44	\N	f	INT-000364
CAL-000185	2024-04-24 15:14:20	2024-04-24 15:14:38	\N	f	INT-000365
CAL-000186	2024-04-24 16:47:17	2024-04-24 16:50:23	\N	f	INT-000366
CAL-000187	2024-04-24 17:39:57	2024-04-24 17:40:18	\N	f	INT-000367
CAL-000188	2024-04-24 17:42:49	\N	2024-04-24 17:42:59	t	\N
CAL-000189	2024-04-25 19:34:32	2024-04-25 19:37:57	\N	f	INT-000368
CAL-000190	2024-04-29 17:14:19	2024-04-29 17:14:57	\N	f	INT-000371
CAL-000191	2024-05-02 12:30:48	2024-05-02 12:31:38	\N	f	INT-000372
CAL-000192	2024-05-03 16:13:29	2024-05-03 16:14:19	\N	f	INT-000377
CAL-000193	2024-05-03 17:03:43	2024-05-03 17:07:15	\N	f	INT-000378
CAL-000194	2024-05-03 19:07:25	2024-05-03 19:08:25	\N	f	INT-000380
CAL-000195	2024-05-15 16:56:48	2024-05-15 16:57:02	\N	f	INT-000390
CAL-000196	2024-05-15 18:13:23	2024-05-15 18:13:39	\N	f	INT-000391
CAL-000197	2024-05-21 09:44:44	2024-05-21 09:46:10	\N	f	INT-000393
CAL-000198	2024-05-23 09:54:20	2024-05-23 09:55:08	\N	f	INT-000395
CAL-000199	2024-05-28 17:46:45	2024-05-28 17:47:33	\N	f	INT-000396
CAL-000200	2024-05-28 18:48:12	2024-05-28 18:48:22	\N	f	INT-000397
CAL-000201	2024-05-29 13:58:06	2024-05-29 13:58:16	\N	f	INT-000398
CAL-000202	2024-05-30 15:50:21	2024-05-30 15:53:05	\N	f	INT-000402
CAL-000203	2024-05-30 16:03:41	\N	2024-05-30 16:04:45	t	\N
CAL-000204	2024-06-04 14:49:07	2024-06-04 14:50:17	\N	f	INT-000405
CAL-000205	2024-06-05 09:57:40	2024-06-05 10:00:05	\N	f	INT-000407
CAL-000206	2024-06-09 11:08:55	2024-06-09 11:10:44	\N	f	INT-000411
CAL-000207	2024-06-09 11:17:38	2024-06-09 11:18:38	\N	f	INT-000412
CAL-000208	2024-06-20 08:41:37	2024-06-20 08:42:22	\N	f	INT-000422
CAL-000209	2024-06-20 18:33:40	2024-06-20 18:33:55	\N	f	INT-000425
CAL-000210	2024-06-25 10:48:01	2024-06-25 10:50:41	\N	f	INT-000434
CAL-000211	2024-06-25 11:31:22	2024-06-25 11:35:07	\N	f	INT-000435
CAL-000212	2024-06-25 12:33:28	2024-06-25 12:36:28	\N	f	INT-000437
CAL-000213	2024-06-25 13:51:21	2024-06-25 13:57:09	\N	f	INT-000439
CAL-000214	2024-06-25 16:30:56	2024-06-25 16:31:38	\N	f	INT-000441
CAL-000215	2024-07-01 18:59:36	2024-07-01 18:59:50	\N	f	INT-000451
CAL-000216	2024-07-01 19:13:21	\N	2024-07-01 19:15:05	t	\N
CAL-000217	2024-07-03 19:46:31	2024-07-03 19:48:00	\N	f	INT-000455
CAL-000218	2024-07-12 10:03:26	2024-07-12 10:04:01	\N	f	INT-000459
CAL-000219	2024-07-12 11:16:35	2024-07-12 11:17:31	\N	f	INT-000460
CAL-000220	2024-07-20 15:54:54	2024-07-20 15:55:23	\N	f	INT-000463
CAL-000221	2024-07-24 14:12:01	2024-07-24 14:12:10	\N	f	INT-000466
CAL-000222	2024-07-30 09:46:21	2024-07-30 09:48:14	\N	f	INT-000467
CAL-000223	2024-07-30 09:56:39	\N	2024-07-30 09:57:13	t	\N
CAL-000224	2024-07-30 14:27:43	2024-07-30 14:29:06	\N	f	INT-000468
CAL-000225	2024-07-30 17:18:04	2024-07-30 17:21:54	\N	f	INT-000469
CAL-000226	2024-07-30 18:32:01	\N	2024-07-30 18:32:31	t	\N
CAL-000227	2024-07-30 18:33:06	2024-07-30 18:33:29	\N	f	INT-000470
CAL-000228	2024-07-31 14:19:58	2024-07-31 14:21:13	\N	f	INT-000471
CAL-000229	2024-08-01 14:50:30	2024-08-01 14:53:14	\N	f	INT-000472
CAL-000230	2024-08-09 10:13:24	2024-08-09 10:16:36	\N	f	INT-000473
CAL-000231	2024-08-09 15:11:16	2024-08-09 15:11:41	\N	f	INT-000474
CAL-000232	2024-08-13 08:56:33	2024-08-13 08:57:49	\N	f	INT-000475
CAL-000233	2024-08-13 12:47:45	2024-08-13 12:53:34	\N	f	INT-000476
CAL-000234	2024-08-15 08:34:07	2024-08-15 08:36:14	\N	f	INT-000477
CAL-000235	2024-08-15 08:51:34	2024-08-15 08:53:18	\N	f	INT-000478
CAL-000236	2024-08-16 15:09:46	2024-08-16 15:09:56	\N	f	INT-000479
CAL-000237	2024-08-19 10:24:00	2024-08-19 10:25:08	\N	f	INT-000480
CAL-000238	2024-08-20 10:06:07	2024-08-20 10:07:34	\N	f	INT-000481
CAL-000239	2024-08-20 10:11:44	2024-08-20 10:12:24	\N	f	INT-000482
CAL-000240	2024-08-20 10:31:51	2024-08-20 10:33:00	\N	f	INT-000483
CAL-000241	2024-08-20 11:06:55	2024-08-20 11:07:04	\N	f	INT-000484
CAL-000242	2024-08-20 13:46:00	2024-08-20 13:46:26	\N	f	INT-000485
CAL-000243	2024-08-23 16:53:02	2024-08-23 16:54:32	\N	f	INT-000493
CAL-000244	2024-08-23 17:39:14	2024-08-23 17:39:24	\N	f	INT-000494
CAL-000245	2024-08-28 08:01:42	2024-08-28 08:03:14	\N	f	INT-000497
CAL-000246	2024-08-28 08:37:48	2024-08-28 08:40:30	\N	f	INT-000498
CAL-000247	2024-08-28 10:53:49	2024-08-28 10:55:01	\N	f	INT-000499
CAL-000248	2024-08-28 12:48:44	2024-08-28 12:49:56	\N	f	INT-000500
CAL-000249	2024-08-29 12:54:33	2024-08-29 12:55:01	\N	f	INT-000501
CAL-000250	2024-08-29 13:13:30	2024-08-29 13:14:07	\N	f	INT-000502
CAL-000251	2024-08-29 14:03:47	2024-08-29 14:04:23	\N	f	INT-000503
CAL-000252	2024-08-29 14:24:08	2024-08-29 14:28:45	\N	f	INT-000504
CAL-000253	2024-08-29 15:12:11	2024-08-29 15:12:40	\N	f	INT-000505
CAL-000254	2024-08-29 17:56:18	2024-08-29 17:57:19	\N	f	INT-000507
CAL-000255	2024-09-05 14:50:59	2024-09-05 14:52:15	\N	f	INT-000511
CAL-000256	2024-09-06 11:23:11	2024-09-06 11:23:44	\N	f	INT-000512
CAL-000257	2024-09-06 11:36:43	\N	2024-09-06 11:39:52	t	\N
CAL-000258	2024-09-06 13:19:31	2024-09-06 13:23:46	\N	f	INT-000513
CAL-000259	2024-09-10 09:22:42	2024-09-10 09:23:38	\N	f	INT-000517
CAL-000260	2024-09-10 16:35:18	2024-09-10 16:35:24	\N	f	INT-000521
CAL-000261	2024-09-11 08:57:32	2024-09-11 08:58:17	\N	f	INT-000525
CAL-000262	2024-09-12 14:05:16	2024-09-12 14:05:28	\N	f	INT-000526
CAL-000263	2024-09-14 10:15:48	2024-09-14 10:17:53	\N	f	INT-000527
CAL-000264	2024-09-16 10:41:20	2024-09-16 10:41:36	\N	f	INT-000528
CAL-000265	2024-09-16 12:38:24	2024-09-16 12:39:21	\N	f	INT-000529
CAL-000266	2024-09-20 17:29:11	2024-09-20 17:29:25	\N	f	INT-000530
CAL-000267	2024-09-23 16:58:04	2024-09-23 16:59:18	\N	f	INT-000531
CAL-000268	2024-09-23 18:13:32	2024-09-23 18:14:40	\N	f	INT-000532
CAL-000269	2024-09-23 18:24:10	\N	2024-09-23 18:27:14	t	\N
CAL-000270	2024-09-25 08:10:40	2024-09-25 08:11:11	\N	f	INT-000535
CAL-000271	2024-09-25 11:33:38	2024-09-25 11:35:12	\N	f	INT-000536
CAL-000272	2024-10-02 11:31:55	2024-10-02 11:32:40	\N	f	INT-000540
CAL-000273	2024-10-02 13:00:27	2024-10-02 13:00:36	\N	f	INT-000541
CAL-000274	2024-10-02 14:16:53	2024-10-02 14:19:05	\N	f	INT-000542
CAL-000275	2024-10-02 15:05:54	2024-10-02 15:06:09	\N	f	INT-000543
CAL-000276	2024-10-06 11:09:07	2024-10-06 11:09:55	\N	f	INT-000544
CAL-000277	2024-10-06 11:17:33	\N	2024-10-06 11:22:14	t	\N
CAL-000278	2024-10-07 08:58:41	2024-10-07 08:58:57	\N	f	INT-000546
CAL-000279	2024-10-14 17:38:28	2024-10-14 17:38:53	\N	f	INT-000550
CAL-000280	2024-10-16 09:39:40	2024-10-16 09:39:55	\N	f	INT-000554
CAL-000281	2024-10-16 14:19:00	2024-10-16 14:19:52	\N	f	INT-000555
CAL-000282	2024-10-18 09:42:18	2024-10-18 09:44:51	\N	f	INT-000556
CAL-000283	2024-10-18 14:34:49	2024-10-18 14:35:25	\N	f	INT-000557
CAL-000284	2024-10-28 10:33:43	2024-10-28 10:34:25	\N	f	INT-000560
CAL-000285	2024-10-31 09:56:45	2024-10-31 09:57:11	\N	f	INT-000565
CAL-000286	2024-10-31 12:08:54	2024-10-31 12:09:21	\N	f	INT-000566
CAL-000287	2024-11-03 14:43:56	2024-11-03 14:44:09	\N	f	INT-000567
CAL-000288	2024-11-04 09:45:10	\N	2024-11-04 09:45:54	t	\N
CAL-000289	2024-11-04 09:48:10	2024-11-04 09:49:29	\N	f	INT-000568
CAL-000290	2024-11-04 12:39:55	2024-11-04 12:42:16	\N	f	INT-000569
CAL-000291	2024-11-04 16:21:48	2024-11-04 16:22:01	\N	f	INT-000570
CAL-000292	2024-11-05 19:09:53	2024-11-05 19:10:40	\N	f	INT-000572
CAL-000293	2024-11-11 17:45:10	2024-11-11 17:45:37	\N	f	INT-000578
CAL-000294	2024-11-13 10:36:55	2024-11-13 10:37:40	\N	f	INT-000579
CAL-000295	2024-11-13 10:40:00	\N	2024-11-13 10:45:22	t	\N
CAL-000296	2024-11-21 16:23:50	2024-11-21 16:24:42	\N	f	INT-000585
CAL-000297	2024-11-26 09:10:10	2024-11-26 09:10:29	\N	f	INT-000590
CAL-000298	2024-11-26 11:11:51	2024-11-26 11:12:11	\N	f	INT-000591
CAL-000299	2024-11-26 14:57:07	2024-11-26 14:57:13	\N	f	INT-000593
CAL-000300	2024-11-28 10:50:13	2024-11-28 10:51:12	\N	f	INT-000595
CAL-000301	2024-11-28 18:30:45	2024-11-28 18:31:03	\N	f	INT-000598
CAL-000302	2024-12-02 17:52:03	2024-12-02 17:52:50	\N	f	INT-000603
CAL-000303	2024-12-09 12:08:50	2024-12-09 12:09:16	\N	f	INT-000611
CAL-000304	2024-12-12 16:23:31	2024-12-12 16:24:20	\N	f	INT-000615
CAL-000305	2024-12-12 19:45:52	2024-12-12 19:46:07	\N	f	INT-000616
CAL-000306	2024-12-17 10:44:57	2024-12-17 10:48:23	\N	f	INT-000618
CAL-000307	2024-12-17 14:21:13	2024-12-17 14:22:51	\N	f	INT-000619
CAL-000308	2024-12-17 15:55:19	2024-12-17 15:56:13	\N	f	INT-000620
CAL-000309	2024-12-17 16:20:12	2024-12-17 16:20:58	\N	f	INT-000621
CAL-000310	2024-12-18 11:18:44	2024-12-18 11:19:11	\N	f	INT-000622
CAL-000311	2024-12-19 09:19:08	2024-12-19 09:22:45	\N	f	INT-000623
CAL-000312	2024-12-19 13:22:41	2024-12-19 13:24:03	\N	f	INT-000625
CAL-000313	2024-12-19 19:22:36	2024-12-19 19:22:57	\N	f	INT-000626
CAL-000314	2024-12-20 10:37:42	2024-12-20 10:46:18	\N	f	INT-000629
CAL-000315	2024-12-20 11:51:20	2024-12-20 11:51:31	\N	f	INT-000630
CAL-000316	2024-12-20 13:30:35	2024-12-20 13:32:22	\N	f	INT-000632
CAL-000317	2024-12-20 14:50:13	2024-12-20 14:55:17	\N	f	INT-000633
CAL-000318	2024-12-27 12:59:29	2024-12-27 12:59:51	\N	f	INT-000635
CAL-000319	2025-01-03 11:55:05	2025-01-03 11:55:18	\N	f	INT-000640
CAL-000320	2025-01-03 14:15:27	2025-01-03 14:17:50	\N	f	INT-000641
CAL-000321	2025-01-07 14:44:20	2025-01-07 14:45:15	\N	f	INT-000642
CAL-000322	2025-01-15 13:38:10	2025-01-15 13:38:23	\N	f	INT-000650
CAL-000323	2025-01-21 15:24:07	2025-01-21 15:25:54	\N	f	INT-000655
CAL-000324	2025-01-23 08:26:40	2025-01-23 08:26:53	\N	f	INT-000657
CAL-000325	2025-01-23 08:34:03	2025-01-23 08:35:25	\N	f	INT-000658
CAL-000326	2025-01-23 09:31:46	2025-01-23 09:33:23	\N	f	INT-000659
CAL-000327	2025-01-23 13:17:18	2025-01-23 13:18:57	\N	f	INT-000661
CAL-000328	2025-01-24 10:47:51	2025-01-24 10:48:51	\N	f	INT-000662
CAL-000329	2025-01-24 12:42:39	2025-01-24 12:42:56	\N	f	INT-000663
CAL-000330	2025-01-26 13:40:17	2025-01-26 13:41:13	\N	f	INT-000664
CAL-000331	2025-01-26 13:54:23	\N	2025-01-26 13:55:06	t	\N
CAL-000332	2025-01-26 13:56:53	\N	2025-01-26 13:57:45	t	\N
CAL-000333	2025-01-26 13:59:09	2025-01-26 14:02:22	\N	f	INT-000665
CAL-000334	2025-01-26 14:37:51	2025-01-26 14:38:14	\N	f	INT-000666
CAL-000335	2025-01-26 15:31:50	2025-01-26 15:33:22	\N	f	INT-000667
CAL-000336	2025-01-29 09:40:41	2025-01-29 09:40:58	\N	f	INT-000671
CAL-000337	2025-01-29 11:07:02	2025-01-29 11:08:13	\N	f	INT-000672
CAL-000338	2025-01-30 09:49:55	2025-01-30 09:56:33	\N	f	INT-000673
CAL-000339	2025-01-30 10:31:39	2025-01-30 10:32:57	\N	f	INT-000674
CAL-000340	2025-01-30 13:00:11	2025-01-30 13:05:05	\N	f	INT-000675
CAL-000341	2025-01-30 15:07:23	2025-01-30 15:08:01	\N	f	INT-000676
CAL-000342	2025-02-04 17:09:20	2025-02-04 17:10:28	\N	f	INT-000680
CAL-000343	2025-02-06 09:32:07	2025-02-06 09:32:56	\N	f	INT-000690
CAL-000344	2025-02-06 12:08:59	2025-02-06 12:09:06	\N	f	INT-000691
CAL-000345	2025-02-06 12:46:16	2025-02-06 12:46:45	\N	f	INT-000692
CAL-000346	2025-02-06 13:00:31	2025-02-06 13:01:41	\N	f	INT-000693
CAL-000347	2025-02-06 14:03:38	2025-02-06 14:04:08	\N	f	INT-000694
CAL-000348	2025-02-24 18:00:05	2025-02-24 18:00:30	\N	f	INT-000705
CAL-000349	2025-02-25 14:24:24	2025-02-25 14:24:45	\N	f	INT-000706
CAL-000350	2025-02-25 17:24:38	2025-02-25 17:25:11	\N	f	INT-000707
CAL-000351	2025-02-25 18:02:01	2025-02-25 18:02:17	\N	f	INT-000708
CAL-000352	2025-03-05 15:27:46	2025-03-05 15:28:23	\N	f	INT-000712
CAL-000353	2025-03-07 16:43:53	2025-03-07 16:44:49	\N	f	INT-000714
CAL-000354	2025-03-07 18:21:57	2025-03-07 18:22:12	\N	f	INT-000715
CAL-000355	2025-03-09 10:18:04	\N	2025-03-09 10:18:54	t	\N
CAL-000356	2025-03-09 10:33:03	2025-03-09 10:34:13	\N	f	INT-000716
CAL-000357	2025-03-09 13:49:36	2025-03-09 13:50:21	\N	f	INT-000717
CAL-000358	2025-03-18 18:50:23	2025-03-18 18:51:23	\N	f	INT-000729
CAL-000359	2025-03-19 10:49:25	2025-03-19 10:50:22	\N	f	INT-000730
CAL-000360	2025-03-24 17:38:45	2025-03-24 17:39:15	\N	f	INT-000733
CAL-000361	2025-03-29 10:50:45	2025-03-29 10:51:32	\N	f	INT-000739
CAL-000362	2025-03-29 13:00:03	\N	2025-03-29 13:01:49	t	\N
CAL-000363	2025-03-29 13:10:13	2025-03-29 13:11:09	\N	f	INT-000741
CAL-000364	2025-04-04 11:32:07	2025-04-04 11:33:04	\N	f	INT-000744
CAL-000365	2025-04-04 14:13:40	2025-04-04 14:14:07	\N	f	INT-000745
CAL-000366	2025-04-08 15:40:14	2025-04-08 15:41:55	\N	f	INT-000750
CAL-000367	2025-04-09 10:50:07	2025-04-09 10:50:48	\N	f	INT-000751
CAL-000368	2025-04-14 09:56:13	2025-04-14 09:56:33	\N	f	INT-000760
CAL-000369	2025-04-14 10:47:05	2025-04-14 10:49:51	\N	f	INT-000761
CAL-000370	2025-04-14 11:21:12	2025-04-14 11:21:38	\N	f	INT-000762
CAL-000371	2025-04-14 13:52:26	2025-04-14 13:54:00	\N	f	INT-000763
CAL-000372	2025-04-28 11:44:36	2025-04-28 11:44:52	\N	f	INT-000771
CAL-000373	2025-04-28 13:54:22	2025-04-28 13:55:39	\N	f	INT-000772
CAL-000374	2025-05-05 17:34:18	2025-05-05 17:36:06	\N	f	INT-000779
CAL-000375	2025-05-06 16:47:28	2025-05-06 16:48:54	\N	f	INT-000782
CAL-000376	2025-05-12 08:33:16	2025-05-12 08:33:40	\N	f	INT-000788
CAL-000377	2025-05-12 19:41:44	2025-05-12 19:41:52	\N	f	INT-000793
CAL-000378	2025-05-14 15:24:36	2025-05-14 15:25:02	\N	f	INT-000796
CAL-000379	2025-05-14 17:11:43	2025-05-14 17:12:33	\N	f	INT-000797
CAL-000380	2025-05-14 18:13:54	2025-05-14 18:14:02	\N	f	INT-000798
CAL-000381	2025-05-15 11:03:05	2025-05-15 11:04:42	\N	f	INT-000799
CAL-000382	2025-05-15 11:08:55	2025-05-15 11:10:45	\N	f	INT-000800
CAL-000383	2025-05-15 13:11:46	2025-05-15 13:12:34	\N	f	INT-000801
CAL-000384	2025-05-15 13:56:15	2025-05-15 13:56:49	\N	f	INT-000802
CAL-000385	2025-05-20 10:39:26	2025-05-20 10:39:56	\N	f	INT-000812
CAL-000386	2025-05-20 10:41:50	\N	2025-05-20 10:44:56	t	\N
CAL-000387	2025-05-23 08:30:47	2025-05-23 08:33:16	\N	f	INT-000813
CAL-000388	2025-05-23 10:34:03	2025-05-23 10:35:01	\N	f	INT-000815
CAL-000389	2025-05-23 13:53:40	2025-05-23 13:54:44	\N	f	INT-000818
CAL-000390	2025-05-24 11:50:38	2025-05-24 11:51:00	\N	f	INT-000819
CAL-000391	2025-05-24 13:24:07	2025-05-24 13:24:14	\N	f	INT-000820
CAL-000392	2025-05-28 13:14:17	2025-05-28 13:15:30	\N	f	INT-000823
CAL-000393	2025-05-28 14:50:34	2025-05-28 14:51:25	\N	f	INT-000825
CAL-000394	2025-05-28 14:56:05	2025-05-28 14:56:19	\N	f	INT-000827
CAL-000395	2025-05-29 08:12:17	2025-05-29 08:12:24	\N	f	INT-000828
CAL-000396	2025-05-29 09:46:07	2025-05-29 09:46:43	\N	f	INT-000829
CAL-000397	2025-06-02 15:36:49	2025-06-02 15:39:06	\N	f	INT-000835
CAL-000398	2025-06-04 10:10:42	2025-06-04 10:11:19	\N	f	INT-000839
CAL-000399	2025-06-04 15:57:07	2025-06-04 15:59:18	\N	f	INT-000841
CAL-000400	2025-06-05 08:46:52	2025-06-05 08:47:00	\N	f	INT-000842
CAL-000401	2025-06-09 16:51:46	2025-06-09 16:52:04	\N	f	INT-000850
CAL-000402	2025-06-09 17:19:31	2025-06-09 17:20:00	\N	f	INT-000851
CAL-000403	2025-06-09 17:25:51	2025-06-09 17:27:02	\N	f	INT-000852
CAL-000404	2025-06-09 17:59:36	2025-06-09 17:59:44	\N	f	INT-000853
CAL-000405	2025-06-09 18:21:42	2025-06-09 18:22:18	\N	f	INT-000855
CAL-000406	2025-06-09 19:12:23	2025-06-09 19:13:00	\N	f	INT-000856
CAL-000407	2025-06-10 17:03:55	2025-06-10 17:04:40	\N	f	INT-000858
CAL-000408	2025-06-11 09:30:09	2025-06-11 09:31:44	\N	f	INT-000859
CAL-000409	2025-06-11 10:19:03	2025-06-11 10:20:54	\N	f	INT-000860
CAL-000410	2025-06-11 13:14:13	2025-06-11 13:16:42	\N	f	INT-000861
CAL-000411	2025-06-11 13:45:05	2025-06-11 13:45:40	\N	f	INT-000862
CAL-000412	2025-06-13 18:40:07	2025-06-13 18:40:26	\N	f	INT-000866
CAL-000413	2025-06-20 13:06:49	2025-06-20 13:07:41	\N	f	INT-000868
CAL-000414	2025-06-20 14:00:39	2025-06-20 14:01:17	\N	f	INT-000869
CAL-000415	2025-06-23 09:08:57	2025-06-23 09:09:51	\N	f	INT-000870
CAL-000416	2025-06-23 09:14:41	\N	2025-06-23 09:16:39	t	\N
CAL-000417	2025-06-23 12:27:18	2025-06-23 12:27:47	\N	f	INT-000872
CAL-000418	2025-06-24 15:36:40	2025-06-24 15:38:14	\N	f	INT-000874
CAL-000419	2025-06-24 16:40:55	2025-06-24 16:41:14	\N	f	INT-000875
CAL-000420	2025-06-24 17:59:07	2025-06-24 17:59:44	\N	f	INT-000876
CAL-000421	2025-06-25 19:24:30	2025-06-25 19:25:09	\N	f	INT-000878
CAL-000422	2025-06-25 19:41:49	2025-06-25 19:42:42	\N	f	INT-000879
CAL-000423	2025-07-02 10:07:58	2025-07-02 10:08:11	\N	f	INT-000881
CAL-000424	2025-07-02 12:13:28	2025-07-02 12:14:23	\N	f	INT-000882
CAL-000425	2025-07-03 15:25:42	2025-07-03 15:28:22	\N	f	INT-000885
CAL-000426	2025-07-03 15:40:57	2025-07-03 15:41:21	\N	f	INT-000886
CAL-000427	2025-07-03 19:14:13	2025-07-03 19:14:27	\N	f	INT-000887
CAL-000428	2025-07-07 14:15:27	2025-07-07 14:16:05	\N	f	INT-000893
CAL-000429	2025-07-09 09:56:08	2025-07-09 09:56:17	\N	f	INT-000897
CAL-000430	2025-07-09 10:28:07	2025-07-09 10:28:27	\N	f	INT-000898
CAL-000431	2025-07-09 11:36:52	2025-07-09 11:38:35	\N	f	INT-000899
CAL-000432	2025-07-10 09:41:43	2025-07-10 09:42:18	\N	f	INT-000901
CAL-000433	2025-07-10 14:25:29	2025-07-10 14:26:23	\N	f	INT-000902
CAL-000434	2025-07-10 14:39:20	\N	2025-07-10 14:43:14	t	\N
CAL-000435	2025-07-11 12:18:48	2025-07-11 12:19:10	\N	f	INT-000903
CAL-000436	2025-07-14 09:55:43	2025-07-14 09:57:06	\N	f	INT-000904
CAL-000437	2025-07-14 13:41:43	2025-07-14 13:42:07	\N	f	INT-000905
CAL-000438	2025-07-14 17:51:23	2025-07-14 17:51:48	\N	f	INT-000911
CAL-000439	2025-07-31 16:28:44	2025-07-31 16:29:02	\N	f	INT-000921
CAL-000440	2025-08-01 09:37:19	2025-08-01 09:38:35	\N	f	INT-000922
CAL-000441	2025-08-02 14:46:24	2025-08-02 14:46:49	\N	f	INT-000923
CAL-000442	2025-08-04 09:50:36	2025-08-04 09:50:40	\N	f	INT-000924
CAL-000443	2025-08-04 15:27:00	2025-08-04 15:27:22	\N	f	INT-000925
CAL-000444	2025-08-06 11:59:34	2025-08-06 11:59:57	\N	f	INT-000926
CAL-000445	2025-08-06 16:58:05	2025-08-06 16:59:32	\N	f	INT-000927
CAL-000446	2025-08-07 13:43:51	2025-08-07 13:45:13	\N	f	INT-000937
CAL-000447	2025-08-08 12:15:40	2025-08-08 12:15:52	\N	f	INT-000942
CAL-000448	2025-08-08 12:38:19	2025-08-08 12:38:58	\N	f	INT-000943
CAL-000449	2025-08-12 15:49:58	2025-08-12 15:50:21	\N	f	INT-000946
CAL-000450	2025-08-13 09:37:00	2025-08-13 09:40:45	\N	f	INT-000947
CAL-000451	2025-08-13 10:32:20	2025-08-13 10:33:10	\N	f	INT-000948
CAL-000452	2025-08-13 18:36:50	2025-08-13 18:38:43	\N	f	INT-000949
CAL-000453	2025-08-13 19:35:30	2025-08-13 19:35:57	\N	f	INT-000950
CAL-000454	2025-08-18 14:10:31	2025-08-18 14:11:48	\N	f	INT-000951
CAL-000455	2025-08-18 14:14:23	\N	2025-08-18 14:15:48	t	\N
CAL-000456	2025-08-18 15:00:50	2025-08-18 15:01:06	\N	f	INT-000952
CAL-000457	2025-08-21 17:14:45	2025-08-21 17:14:59	\N	f	INT-000957
\.

COPY chats (id, initialized, answered, abandoned, is_abandoned, interaction_id) FROM stdin WITH (FREEZE);
CHA-000001	2023-09-18 09:27:00	2023-09-18 09:29:07	\N	f	INT-000003
CHA-000002	2023-09-18 09:47:44	2023-09-18 09:51:50	\N	f	INT-000004
CHA-000003	2023-09-18 10:55:51	2023-09-18 11:01:22	\N	f	INT-000006
CHA-000004	2023-09-18 11:02:58	2023-09-18 11:04:11	\N	f	INT-000007
CHA-000005	2023-09-18 12:40:06	2023-09-18 12:40:34	\N	f	INT-000008
CHA-000006	2023-09-18 13:12:12	2023-09-18 13:14:18	\N	f	INT-000010
CHA-000007	2023-09-18 14:44:05	2023-09-18 14:48:30	\N	f	INT-000012
CHA-000008	2023-09-20 16:15:38	2023-09-20 16:16:21	\N	f	INT-000018
CHA-000009	2023-09-20 17:42:37	2023-09-20 17:42:44	\N	f	INT-000019
CHA-000010	2023-09-20 18:49:05	2023-09-20 18:49:15	\N	f	INT-000020
CHA-000011	2023-09-20 18:53:39	2023-09-20 18:54:07	\N	f	INT-000021
CHA-000012	2023-09-20 19:03:51	\N	2023-09-20 19:05:14	t	\N
CHA-000013	2023-09-26 14:49:43	2023-09-26 14:50:01	\N	f	INT-000029
CHA-000014	2023-09-26 19:32:08	2023-09-26 19:33:47	\N	f	INT-000033
CHA-000015	2023-09-30 10:03:50	2023-09-30 10:05:56	\N	f	INT-000035
CHA-000016	2023-09-30 10:05:18	\N	2023-09-30 10:10:32	t	\N
CHA-000017	2023-09-30 12:49:30	2023-09-30 12:52:21	\N	f	INT-000038
CHA-000018	2023-10-11 16:58:19	2023-10-11 16:58:51	\N	f	INT-000053
CHA-000019	2023-10-13 16:22:48	2023-10-13 16:23:04	\N	f	INT-000056
CHA-000020	2023-10-13 18:34:47	2023-10-13 18:35:18	\N	f	INT-000060
CHA-000021	2023-10-13 19:05:22	2023-10-13 19:06:04	\N	f	INT-000062
CHA-000022	2023-10-17 14:35:33	2023-10-17 14:36:00	\N	f	INT-000073
CHA-000023	2023-10-27 15:54:38	2023-10-27 15:54:53	\N	f	INT-000097
CHA-000024	2023-10-27 16:47:03	2023-10-27 16:47:48	\N	f	INT-000099
CHA-000025	2023-11-01 13:21:13	2023-11-01 13:21:28	\N	f	INT-000102
CHA-000026	2023-11-01 15:00:46	2023-11-01 15:00:54	\N	f	INT-000103
CHA-000027	2023-11-06 12:54:43	2023-11-06 12:54:45	\N	f	INT-000104
CHA-000028	2023-11-10 15:51:17	2023-11-10 15:51:25	\N	f	INT-000107
CHA-000029	2023-11-13 10:38:03	2023-11-13 10:38:51	\N	f	INT-000110
CHA-000030	2023-11-13 12:00:54	2023-11-13 12:01:12	\N	f	INT-000112
CHA-000031	2023-11-15 14:48:10	2023-11-15 14:48:30	\N	f	INT-000114
CHA-000032	2023-11-15 17:20:02	2023-11-15 17:20:38	\N	f	INT-000115
CHA-000033	2023-11-20 13:34:23	2023-11-20 13:34:49	\N	f	INT-000126
CHA-000034	2023-11-20 16:48:55	2023-11-20 16:49:00	\N	f	INT-000127
CHA-000035	2023-11-23 18:16:47	2023-11-23 18:16:58	\N	f	INT-000128
CHA-000036	2023-11-23 19:03:45	2023-11-23 19:03:50	\N	f	INT-000129
CHA-000037	2023-11-24 14:26:32	\N	2023-11-24 14:29:50	t	\N
CHA-000038	2023-11-24 14:36:40	2023-11-24 14:36:51	\N	f	INT-000133
CHA-000039	2023-12-03 15:51:30	2023-12-03 15:52:20	\N	f	INT-000144
CHA-000040	2023-12-11 19:15:27	2023-12-11 19:16:10	\N	f	INT-000154
CHA-000041	2023-12-11 19:42:03	2023-12-11 19:42:06	\N	f	INT-000155
CHA-000042	2023-12-11 19:47:19	\N	2023-12-11 19:48:25	t	\N
CHA-000043	2023-12-14 17:43:37	2023-12-14 17:43:43	\N	f	INT-000163
CHA-000044	2023-12-14 18:18:52	2023-12-14 18:19:27	\N	f	INT-000164
CHA-000045	2023-12-15 15:24:27	2023-12-15 15:24:56	\N	f	INT-000165
CHA-000046	2023-12-15 16:55:34	2023-12-15 16:55:58	\N	f	INT-000167
CHA-000047	2023-12-15 17:00:11	\N	2023-12-15 17:06:14	t	\N
CHA-000048	2023-12-18 09:51:30	2023-12-18 09:52:15	\N	f	INT-000169
CHA-000049	2023-12-18 12:53:05	2023-12-18 12:53:56	\N	f	INT-000170
CHA-000050	2023-12-18 13:48:02	2023-12-18 13:49:00	\N	f	INT-000171
CHA-000051	2023-12-22 08:59:50	2023-12-22 09:03:45	\N	f	INT-000178
CHA-000052	2023-12-23 14:33:03	2023-12-23 14:33:13	\N	f	INT-000189
CHA-000053	2023-12-24 15:06:31	2023-12-24 15:07:01	\N	f	INT-000191
CHA-000054	2023-12-24 15:19:54	\N	2023-12-24 15:20:38	t	\N
CHA-000055	2023-12-24 15:23:30	2023-12-24 15:24:18	\N	f	INT-000192
CHA-000056	2023-12-24 15:34:17	\N	2023-12-24 15:34:37	t	\N
CHA-000057	2023-12-29 15:55:00	2023-12-29 15:55:07	\N	f	INT-000193
CHA-000058	2023-12-29 17:43:46	2023-12-29 17:43:58	\N	f	INT-000194
CHA-000059	2024-01-05 14:41:40	2024-01-05 14:42:07	\N	f	INT-000206
CHA-000060	2024-01-05 16:02:12	2024-01-05 16:03:06	\N	f	INT-000208
CHA-000061	2024-01-08 14:51:05	2024-01-08 14:51:32	\N	f	INT-000211
CHA-000062	2024-01-08 16:43:17	2024-01-08 16:43:26	\N	f	INT-000213
CHA-000063	2024-01-09 14:59:52	2024-01-09 15:00:17	\N	f	INT-000216
CHA-000064	2024-01-11 09:25:25	2024-01-11 09:28:29	\N	f	INT-000219
CHA-000065	2024-01-15 18:13:21	2024-01-15 18:13:46	\N	f	INT-000224
CHA-000066	2024-01-19 13:20:42	2024-01-19 13:21:03	\N	f	INT-000233
CHA-000067	2024-01-22 13:58:19	2024-01-22 13:59:07	\N	f	INT-000237
CHA-000068	2024-01-23 15:31:01	2024-01-23 15:31:16	\N	f	INT-000238
CHA-000069	2024-01-25 09:41:58	\N	2024-01-25 09:43:16	t	\N
CHA-000070	2024-01-25 09:48:48	2024-01-25 09:48:56	\N	f	INT-000247
CHA-000071	2024-01-29 15:28:14	\N	2024-01-29 15:29:23	t	\N
CHA-000072	2024-01-29 15:34:34	2024-01-29 15:34:47	\N	f	INT-000248
CHA-000073	2024-01-29 17:23:01	2024-01-29 17:23:29	\N	f	INT-000249
CHA-000074	2024-01-29 18:39:09	2024-01-29 18:39:16	\N	f	INT-000250
CHA-000075	2024-01-29 19:01:15	2024-01-29 19:01:27	\N	f	INT-000251
CHA-000076	2024-01-29 19:34:00	\N	2024-01-29 19:36:10	t	\N
CHA-000077	2024-01-29 19:41:55	2024-01-29 19:42:06	\N	f	INT-000252
CHA-000078	2024-01-31 10:57:03	2024-01-31 10:57:21	\N	f	INT-000255
CHA-000079	2024-01-31 12:53:27	2024-01-31 12:54:57	\N	f	INT-000257
CHA-000080	2024-01-31 13:00:09	\N	2024-01-31 13:01:20	t	\N
CHA-000081	2024-02-09 17:21:55	2024-02-09 17:22:19	\N	f	INT-000264
CHA-000082	2024-02-09 17:45:47	2024-02-09 17:46:16	\N	f	INT-000265
CHA-000083	2024-02-09 18:32:05	2024-02-09 18:34:11	\N	f	INT-000266
CHA-000084	2024-02-13 12:22:35	2024-02-13 12:24:10	\N	f	INT-000268
CHA-000085	2024-02-13 13:56:46	2024-02-13 13:56:55	\N	f	INT-000269
CHA-000086	2024-02-13 17:17:52	2024-02-13 17:17:58	\N	f	INT-000270
CHA-000087	2024-02-28 14:52:01	2024-02-28 14:52:08	\N	f	INT-000283
CHA-000088	2024-03-06 10:33:52	2024-03-06 10:34:02	\N	f	INT-000297
CHA-000089	2024-03-06 15:43:44	2024-03-06 15:44:03	\N	f	INT-000298
CHA-000090	2024-03-08 09:18:39	2024-03-08 09:19:42	\N	f	INT-000301
CHA-000091	2024-03-09 15:35:37	2024-03-09 15:38:32	\N	f	INT-000305
CHA-000092	2024-03-09 16:00:32	2024-03-09 16:02:14	\N	f	INT-000306
CHA-000093	2024-03-09 16:14:17	\N	2024-03-09 16:18:43	t	\N
CHA-000094	2024-03-09 16:17:57	2024-03-09 16:19:21	\N	f	INT-000307
CHA-000095	2024-03-19 10:39:47	2024-03-19 10:40:13	\N	f	INT-000313
CHA-000096	2024-03-19 13:27:04	2024-03-19 13:29:36	\N	f	INT-000315
CHA-000097	2024-03-22 14:09:37	2024-03-22 14:09:49	\N	f	INT-000316
CHA-000098	2024-03-22 16:51:01	2024-03-22 16:51:25	\N	f	INT-000317
CHA-000099	2024-04-01 11:32:05	2024-04-01 11:32:52	\N	f	INT-000321
CHA-000100	2024-04-08 12:48:19	2024-04-08 12:48:35	\N	f	INT-000329
CHA-000101	2024-04-14 10:46:15	2024-04-14 10:46:23	\N	f	INT-000332
CHA-000102	2024-04-14 14:29:28	2024-04-14 14:30:12	\N	f	INT-000333
CHA-000103	2024-04-19 15:14:24	2024-04-19 15:17:52	\N	f	INT-000346
CHA-000104	2024-04-19 19:00:21	2024-04-19 19:00:45	\N	f	INT-000350
CHA-000105	2024-04-20 13:56:50	2024-04-20 13:57:07	\N	f	INT-000351
CHA-000106	2024-04-20 14:16:28	2024-04-20 14:16:37	\N	f	INT-000352
CHA-000107	2024-04-26 10:15:31	2024-04-26 10:15:44	\N	f	INT-000369
CHA-000108	2024-04-28 14:52:07	2024-04-28 14:54:04	\N	f	INT-000370
CHA-000109	2024-05-03 15:25:34	2024-05-03 15:26:01	\N	f	INT-000376
CHA-000110	2024-05-03 17:39:52	2024-05-03 17:40:07	\N	f	INT-000379
CHA-000111	2024-05-07 13:57:50	2024-05-07 13:57:53	\N	f	INT-000381
CHA-000112	2024-05-08 13:10:43	2024-05-08 13:10:49	\N	f	INT-000384
CHA-000113	2024-05-08 18:34:59	2024-05-08 18:35:22	\N	f	INT-000385
CHA-000114	2024-05-30 12:56:50	2024-05-30 12:56:58	\N	f	INT-000400
CHA-000115	2024-05-30 18:38:08	2024-05-30 18:38:15	\N	f	INT-000403
CHA-000116	2024-06-06 17:49:09	2024-06-06 17:49:17	\N	f	INT-000408
CHA-000117	2024-06-06 18:58:15	2024-06-06 18:58:34	\N	f	INT-000409
CHA-000118	2024-06-10 08:52:46	2024-06-10 08:52:53	\N	f	INT-000415
CHA-000119	2024-06-10 09:30:07	2024-06-10 09:32:44	\N	f	INT-000416
CHA-000120	2024-06-11 13:52:07	2024-06-11 13:52:20	\N	f	INT-000419
CHA-000121	2024-06-13 14:03:10	2024-06-13 14:03:44	\N	f	INT-000421
CHA-000122	2024-06-21 09:19:45	2024-06-21 09:20:54	\N	f	INT-000426
CHA-000123	2024-06-21 14:35:47	2024-06-21 14:36:03	\N	f	INT-000427
CHA-000124	2024-06-22 14:15:51	2024-06-22 14:16:05	\N	f	INT-000428
CHA-000125	2024-06-22 14:26:29	2024-06-22 14:26:55	\N	f	INT-000429
CHA-000126	2024-06-22 14:45:53	2024-06-22 14:46:32	\N	f	INT-000430
CHA-000127	2024-06-25 12:04:16	2024-06-25 12:05:15	\N	f	INT-000436
CHA-000128	2024-06-25 12:08:04	\N	2024-06-25 12:09:15	t	\N
CHA-000129	2024-06-25 16:55:06	2024-06-25 16:56:36	\N	f	INT-000442
CHA-000130	2024-06-25 18:39:45	2024-06-25 18:39:59	\N	f	INT-000443
CHA-000131	2024-06-25 18:46:57	\N	2024-06-25 18:48:19	t	\N
CHA-000132	2024-07-01 17:09:17	2024-07-01 17:09:25	\N	f	INT-000449
CHA-000133	2024-07-03 09:50:41	2024-07-03 09:51:50	\N	f	INT-000453
CHA-000134	2024-07-03 15:30:36	2024-07-03 15:31:27	\N	f	INT-000454
CHA-000135	2024-07-10 12:47:14	2024-07-10 12:47:24	\N	f	INT-000457
CHA-000136	2024-07-11 12:45:27	2024-07-11 12:46:06	\N	f	INT-000458
CHA-000137	2024-07-15 09:36:58	2024-07-15 09:37:38	\N	f	INT-000461
CHA-000138	2024-07-15 15:18:13	2024-07-15 15:18:38	\N	f	INT-000462
CHA-000139	2024-07-20 16:13:52	2024-07-20 16:14:41	\N	f	INT-000464
CHA-000140	2024-08-20 17:00:25	2024-08-20 17:00:51	\N	f	INT-000486
CHA-000141	2024-08-20 19:27:54	2024-08-20 19:28:08	\N	f	INT-000487
CHA-000142	2024-08-21 08:59:53	2024-08-21 09:01:06	\N	f	INT-000488
CHA-000143	2024-08-21 15:21:20	2024-08-21 15:22:14	\N	f	INT-000490
CHA-000144	2024-08-21 19:23:19	2024-08-21 19:23:58	\N	f	INT-000492
CHA-000145	2024-08-29 16:42:55	2024-08-29 16:43:08	\N	f	INT-000506
CHA-000146	2024-08-30 08:52:11	2024-08-30 08:52:27	\N	f	INT-000508
CHA-000147	2024-08-30 09:48:21	2024-08-30 09:48:41	\N	f	INT-000509
CHA-000148	2024-09-03 14:59:23	2024-09-03 15:00:13	\N	f	INT-000510
CHA-000149	2024-09-06 14:21:32	2024-09-06 14:21:55	\N	f	INT-000514
CHA-000150	2024-09-06 19:05:57	2024-09-06 19:06:06	\N	f	INT-000515
CHA-000151	2024-09-06 19:48:20	2024-09-06 19:48:40	\N	f	INT-000516
CHA-000152	2024-09-10 12:11:52	2024-09-10 12:12:28	\N	f	INT-000518
CHA-000153	2024-09-24 18:06:10	2024-09-24 18:06:27	\N	f	INT-000533
CHA-000154	2024-09-24 18:48:26	2024-09-24 18:48:35	\N	f	INT-000534
CHA-000155	2024-10-01 08:42:36	2024-10-01 08:42:42	\N	f	INT-000539
CHA-000156	2024-10-07 08:26:25	2024-10-07 08:27:08	\N	f	INT-000545
CHA-000157	2024-10-09 16:23:28	2024-10-09 16:25:07	\N	f	INT-000547
CHA-000158	2024-10-10 14:52:34	2024-10-10 14:52:47	\N	f	INT-000548
CHA-000159	2024-10-15 10:23:01	2024-10-15 10:27:32	\N	f	INT-000551
CHA-000160	2024-10-15 15:31:38	2024-10-15 15:31:51	\N	f	INT-000552
CHA-000161	2024-10-15 18:05:19	2024-10-15 18:05:29	\N	f	INT-000553
CHA-000162	2024-11-05 17:48:08	2024-11-05 17:48:29	\N	f	INT-000571
CHA-000163	2024-11-18 16:48:04	2024-11-18 16:50:30	\N	f	INT-000581
CHA-000164	2024-11-19 11:16:20	2024-11-19 11:17:15	\N	f	INT-000582
CHA-000165	2024-11-23 11:27:27	2024-11-23 11:27:44	\N	f	INT-000589
CHA-000166	2024-11-28 15:45:26	2024-11-28 15:45:47	\N	f	INT-000596
CHA-000167	2024-12-01 14:37:58	2024-12-01 14:39:02	\N	f	INT-000599
CHA-000168	2024-12-01 15:01:17	2024-12-01 15:02:03	\N	f	INT-000600
CHA-000169	2024-12-02 18:21:49	\N	2024-12-02 18:23:37	t	\N
CHA-000170	2024-12-02 18:34:52	2024-12-02 18:36:44	\N	f	INT-000604
CHA-000171	2024-12-02 18:50:42	2024-12-02 18:52:03	\N	f	INT-000605
CHA-000172	2024-12-09 13:42:12	2024-12-09 13:43:28	\N	f	INT-000612
CHA-000173	2024-12-13 16:23:01	\N	2024-12-13 16:24:53	t	\N
CHA-000174	2024-12-13 16:25:01	2024-12-13 16:25:10	\N	f	INT-000617
CHA-000175	2024-12-19 13:02:07	2024-12-19 13:03:11	\N	f	INT-000624
CHA-000176	2024-12-20 09:31:22	2024-12-20 09:32:14	\N	f	INT-000627
CHA-000177	2024-12-20 09:39:03	2024-12-20 09:40:19	\N	f	INT-000628
CHA-000178	2024-12-20 17:21:51	2024-12-20 17:22:14	\N	f	INT-000634
CHA-000179	2024-12-28 13:10:46	2024-12-28 13:10:59	\N	f	INT-000636
CHA-000180	2024-12-28 13:45:22	\N	2024-12-28 13:48:05	t	\N
CHA-000181	2024-12-28 13:52:35	2024-12-28 13:53:09	\N	f	INT-000637
CHA-000182	2024-12-28 15:03:30	2024-12-28 15:03:55	\N	f	INT-000638
CHA-000183	2024-12-28 15:34:25	2024-12-28 15:34:45	\N	f	INT-000639
CHA-000184	2025-01-09 19:10:18	2025-01-09 19:10:28	\N	f	INT-000643
CHA-000185	2025-01-09 19:45:50	2025-01-09 19:46:38	\N	f	INT-000644
CHA-000186	2025-01-13 15:39:19	2025-01-13 15:39:37	\N	f	INT-000648
CHA-000187	2025-01-13 16:28:02	2025-01-13 16:28:21	\N	f	INT-000649
CHA-000188	2025-01-16 14:17:36	2025-01-16 14:17:41	\N	f	INT-000651
CHA-000189	2025-01-16 14:30:02	\N	2025-01-16 14:30:30	t	\N
CHA-000190	2025-01-16 15:17:41	2025-01-16 15:17:49	\N	f	INT-000652
CHA-000191	2025-02-04 11:07:37	2025-02-04 11:07:54	\N	f	INT-000679
CHA-000192	2025-02-08 12:41:48	2025-02-08 12:42:14	\N	f	INT-000695
CHA-000193	2025-02-14 15:00:01	2025-02-14 15:00:42	\N	f	INT-000698
CHA-000194	2025-02-17 10:37:38	2025-02-17 10:38:06	\N	f	INT-000704
CHA-000195	2025-02-17 10:38:03	\N	2025-02-17 10:45:36	t	\N
CHA-000196	2025-02-25 19:36:43	2025-02-25 19:36:51	\N	f	INT-000709
CHA-000197	2025-03-05 09:38:05	\N	2025-03-05 09:39:03	t	\N
CHA-000198	2025-03-05 09:45:20	2025-03-05 09:46:11	\N	f	INT-000711
CHA-000199	2025-03-10 14:44:45	2025-03-10 14:44:52	\N	f	INT-000721
CHA-000200	2025-03-13 08:25:07	\N	2025-03-13 08:26:08	t	\N
CHA-000201	2025-03-13 08:33:36	2025-03-13 08:34:26	\N	f	INT-000724
CHA-000202	2025-03-13 10:15:13	2025-03-13 10:16:08	\N	f	INT-000725
CHA-000203	2025-03-13 13:04:26	2025-03-13 13:07:21	\N	f	INT-000726
CHA-000204	2025-03-14 14:15:18	2025-03-14 14:16:17	\N	f	INT-000727
CHA-000205	2025-03-20 19:28:04	2025-03-20 19:28:21	\N	f	INT-000731
CHA-000206	2025-03-20 19:47:12	2025-03-20 19:47:19	\N	f	INT-000732
CHA-000207	2025-03-27 09:12:13	2025-03-27 09:12:38	\N	f	INT-000734
CHA-000208	2025-03-28 10:22:28	2025-03-28 10:23:49	\N	f	INT-000735
CHA-000209	2025-03-28 14:29:15	2025-03-28 14:29:27	\N	f	INT-000736
CHA-000210	2025-03-28 15:05:39	2025-03-28 15:06:12	\N	f	INT-000737
CHA-000211	2025-04-03 14:12:37	2025-04-03 14:12:51	\N	f	INT-000743
CHA-000212	2025-04-06 15:14:46	2025-04-06 15:14:51	\N	f	INT-000748
CHA-000213	2025-04-12 09:53:26	2025-04-12 09:53:44	\N	f	INT-000754
CHA-000214	2025-04-12 14:38:16	2025-04-12 14:40:09	\N	f	INT-000756
CHA-000215	2025-04-12 14:52:28	2025-04-12 14:57:05	\N	f	INT-000757
CHA-000216	2025-04-12 15:10:43	2025-04-12 15:11:06	\N	f	INT-000758
CHA-000217	2025-04-12 16:35:57	2025-04-12 16:37:12	\N	f	INT-000759
CHA-000218	2025-04-26 10:02:05	2025-04-26 10:05:30	\N	f	INT-000768
CHA-000219	2025-04-26 14:29:53	2025-04-26 14:32:03	\N	f	INT-000770
CHA-000220	2025-05-01 17:06:26	2025-05-01 17:07:07	\N	f	INT-000776
CHA-000221	2025-05-02 17:55:20	2025-05-02 17:55:23	\N	f	INT-000777
CHA-000222	2025-05-02 19:13:16	2025-05-02 19:13:36	\N	f	INT-000778
CHA-000223	2025-05-06 19:45:20	2025-05-06 19:46:09	\N	f	INT-000786
CHA-000224	2025-05-06 19:46:51	2025-05-06 19:47:15	\N	f	INT-000787
CHA-000225	2025-05-12 14:14:22	2025-05-12 14:14:30	\N	f	INT-000789
CHA-000226	2025-05-12 14:44:17	2025-05-12 14:44:56	\N	f	INT-000790
CHA-000227	2025-05-12 19:23:48	\N	2025-05-12 19:27:08	t	\N
CHA-000228	2025-05-12 19:27:08	2025-05-12 19:27:56	\N	f	INT-000791
CHA-000229	2025-05-12 19:35:36	2025-05-12 19:35:46	\N	f	INT-000792
CHA-000230	2025-05-14 11:48:31	2025-05-14 11:48:51	\N	f	INT-000795
CHA-000231	2025-05-15 14:34:45	2025-05-15 14:36:51	\N	f	INT-000803
CHA-000232	2025-05-15 15:16:02	2025-05-15 15:16:42	\N	f	INT-000805
CHA-000233	2025-05-15 17:05:22	2025-05-15 17:07:11	\N	f	INT-000806
CHA-000234	2025-05-15 18:26:18	2025-05-15 18:27:23	\N	f	INT-000807
CHA-000235	2025-05-20 09:13:47	2025-05-20 09:14:37	\N	f	INT-000811
CHA-000236	2025-05-23 13:14:01	2025-05-23 13:15:41	\N	f	INT-000817
CHA-000237	2025-05-27 08:37:13	2025-05-27 08:37:33	\N	f	INT-000821
CHA-000238	2025-05-28 10:29:54	2025-05-28 10:31:26	\N	f	INT-000822
CHA-000239	2025-05-28 10:30:48	\N	2025-05-28 10:33:59	t	\N
CHA-000240	2025-05-28 14:22:25	\N	2025-05-28 14:25:52	t	\N
CHA-000241	2025-05-28 14:30:35	2025-05-28 14:31:05	\N	f	INT-000824
CHA-000242	2025-05-28 14:54:08	2025-05-28 14:55:16	\N	f	INT-000826
CHA-000243	2025-05-31 11:55:47	2025-05-31 11:56:08	\N	f	INT-000830
CHA-000244	2025-05-31 12:14:43	2025-05-31 12:15:31	\N	f	INT-000831
CHA-000245	2025-05-31 13:19:36	2025-05-31 13:21:07	\N	f	INT-000832
CHA-000246	2025-05-31 14:31:41	\N	2025-05-31 14:33:41	t	\N
CHA-000247	2025-05-31 14:42:51	2025-05-31 14:43:06	\N	f	INT-000833
CHA-000248	2025-05-31 15:16:53	2025-05-31 15:17:12	\N	f	INT-000834
CHA-000249	2025-06-02 17:33:24	2025-06-02 17:33:29	\N	f	INT-000836
CHA-000250	2025-06-04 14:49:28	2025-06-04 14:50:52	\N	f	INT-000840
CHA-000251	2025-06-09 18:07:13	2025-06-09 18:07:17	\N	f	INT-000854
CHA-000252	2025-06-13 16:27:14	2025-06-13 16:27:27	\N	f	INT-000864
CHA-000253	2025-06-13 16:53:03	2025-06-13 16:53:37	\N	f	INT-000865
CHA-000254	2025-06-20 08:41:03	2025-06-20 08:41:26	\N	f	INT-000867
CHA-000255	2025-06-23 09:29:20	2025-06-23 09:31:34	\N	f	INT-000871
CHA-000256	2025-06-24 13:53:42	2025-06-24 13:54:04	\N	f	INT-000873
CHA-000257	2025-06-24 19:17:25	2025-06-24 19:17:45	\N	f	INT-000877
CHA-000258	2025-06-28 11:16:28	2025-06-28 11:17:20	\N	f	INT-000880
CHA-000259	2025-06-28 11:23:40	\N	2025-06-28 11:25:15	t	\N
CHA-000260	2025-07-03 10:34:10	2025-07-03 10:38:36	\N	f	INT-000883
CHA-000261	2025-07-03 15:15:27	2025-07-03 15:18:09	\N	f	INT-000884
CHA-000262	2025-07-05 15:01:12	2025-07-05 15:01:39	\N	f	INT-000888
CHA-000263	2025-07-05 15:18:37	2025-07-05 15:19:06	\N	f	INT-000889
CHA-000264	2025-07-05 15:22:30	\N	2025-07-05 15:28:47	t	\N
CHA-000265	2025-07-05 15:41:07	2025-07-05 15:43:06	\N	f	INT-000890
CHA-000266	2025-07-07 13:24:40	2025-07-07 13:24:53	\N	f	INT-000891
CHA-000267	2025-07-07 14:11:54	2025-07-07 14:12:01	\N	f	INT-000892
CHA-000268	2025-07-07 14:33:48	2025-07-07 14:34:01	\N	f	INT-000894
CHA-000269	2025-07-08 19:41:52	2025-07-08 19:42:17	\N	f	INT-000896
CHA-000270	2025-07-09 15:01:35	2025-07-09 15:01:45	\N	f	INT-000900
CHA-000271	2025-07-22 10:24:15	2025-07-22 10:24:27	\N	f	INT-000913
CHA-000272	2025-07-22 13:44:07	2025-07-22 13:44:14	\N	f	INT-000914
CHA-000273	2025-07-22 14:01:30	2025-07-22 14:01:38	\N	f	INT-000915
CHA-000274	2025-07-22 18:45:07	2025-07-22 18:45:14	\N	f	INT-000916
CHA-000275	2025-07-23 12:43:31	2025-07-23 12:44:02	\N	f	INT-000917
CHA-000276	2025-07-24 19:42:43	2025-07-24 19:42:47	\N	f	INT-000919
CHA-000277	2025-07-31 08:30:33	2025-07-31 08:32:48	\N	f	INT-000920
CHA-000278	2025-08-07 10:09:02	2025-08-07 10:09:10	\N	f	INT-000930
CHA-000279	2025-08-07 10:22:59	2025-08-07 10:23:26	\N	f	INT-000931
CHA-000280	2025-08-07 15:39:44	2025-08-07 15:39:59	\N	f	INT-000939
CHA-000281	2025-08-20 15:59:34	2025-08-20 16:00:00	\N	f	INT-000954
CHA-000282	2025-08-20 19:51:56	2025-08-20 19:52:09	\N	f	INT-000955
\.

COPY wfm (date, user_id, paid_time, scheduled_time, available_time, interactions_time, productive_time, shift_start, shift_end) FROM stdin WITH (FREEZE);
2023-09-15	1	480	480	288	0	112	2023-09-15 08:00:00	2023-09-15 16:00:00
2023-09-16	1	480	480	306	120	225	2023-09-16 09:00:00	2023-09-16 17:00:00
2023-09-17	1	360	360	243	0	107	2023-09-17 10:00:00	2023-09-17 16:00:00
2023-09-18	1	480	480	326	184	252	2023-09-18 12:00:00	2023-09-18 20:00:00
2023-09-19	1	480	480	357	0	117	2023-09-19 12:00:00	2023-09-19 20:00:00
2023-09-20	1	480	480	353	35	198	2023-09-20 08:00:00	2023-09-20 16:00:00
2023-09-21	1	480	480	355	23	192	2023-09-21 08:00:00	2023-09-21 16:00:00
2023-09-22	1	480	480	340	0	190	2023-09-22 12:00:00	2023-09-22 20:00:00
2023-09-23	1	0	0	0	0	0	\N	\N
2023-09-24	1	0	0	0	0	0	\N	\N
2023-09-25	1	480	480	314	129	194	2023-09-25 12:00:00	2023-09-25 20:00:00
2023-09-26	1	480	480	334	267	293	2023-09-26 12:00:00	2023-09-26 20:00:00
2023-09-27	1	480	480	342	16	200	2023-09-27 12:00:00	2023-09-27 20:00:00
2023-09-28	1	480	480	320	0	139	2023-09-28 10:00:00	2023-09-28 18:00:00
2023-09-29	1	480	480	0	0	0	2023-09-29 10:00:00	2023-09-29 18:00:00
2023-09-30	1	0	0	0	0	0	\N	\N
2023-10-01	1	0	0	0	0	0	\N	\N
2023-10-02	1	0	0	0	0	0	\N	\N
2023-10-03	1	0	0	0	0	0	\N	\N
2023-10-04	1	480	480	333	19	169	2023-10-04 08:00:00	2023-10-04 16:00:00
2023-10-05	1	480	480	275	11	142	2023-10-05 08:00:00	2023-10-05 16:00:00
2023-10-06	1	480	480	368	0	181	2023-10-06 08:00:00	2023-10-06 16:00:00
2023-10-07	1	480	480	327	1	110	2023-10-07 09:00:00	2023-10-07 17:00:00
2023-10-08	1	360	360	270	26	122	2023-10-08 10:00:00	2023-10-08 16:00:00
2023-10-09	1	480	480	337	0	115	2023-10-09 12:00:00	2023-10-09 20:00:00
2023-10-10	1	480	480	368	60	171	2023-10-10 12:00:00	2023-10-10 20:00:00
2023-10-11	1	480	480	359	52	147	2023-10-11 08:00:00	2023-10-11 16:00:00
2023-10-12	1	480	480	0	0	0	2023-10-12 12:00:00	2023-10-12 20:00:00
2023-10-13	1	480	480	0	0	0	2023-10-13 10:00:00	2023-10-13 18:00:00
2023-10-14	1	0	0	0	0	0	\N	\N
2023-10-15	1	0	0	0	0	0	\N	\N
2023-10-16	1	480	480	369	134	244	2023-10-16 10:00:00	2023-10-16 18:00:00
2023-10-17	1	480	480	284	90	155	2023-10-17 12:00:00	2023-10-17 20:00:00
2023-10-18	1	480	480	341	0	174	2023-10-18 12:00:00	2023-10-18 20:00:00
2023-10-19	1	480	480	361	0	116	2023-10-19 10:00:00	2023-10-19 18:00:00
2023-10-20	1	480	480	367	101	249	2023-10-20 12:00:00	2023-10-20 20:00:00
2023-10-21	1	0	0	0	0	0	\N	\N
2023-10-22	1	0	0	0	0	0	\N	\N
2023-10-23	1	0	0	0	0	0	\N	\N
2023-10-24	1	0	0	0	0	0	\N	\N
2023-10-25	1	480	480	339	169	224	2023-10-25 08:00:00	2023-10-25 16:00:00
2023-10-26	1	480	480	315	88	165	2023-10-26 08:00:00	2023-10-26 16:00:00
2023-10-27	1	489	480	383	191	297	2023-10-27 08:00:00	2023-10-27 16:00:00
2023-10-28	1	480	480	319	1	128	2023-10-28 09:00:00	2023-10-28 17:00:00
2023-10-29	1	360	360	257	0	105	2023-10-29 10:00:00	2023-10-29 16:00:00
2023-10-30	1	480	480	372	0	125	2023-10-30 12:00:00	2023-10-30 20:00:00
2023-10-31	1	480	480	341	13	196	2023-10-31 12:00:00	2023-10-31 20:00:00
2023-11-01	1	480	480	330	48	176	2023-11-01 08:00:00	2023-11-01 16:00:00
2023-11-02	1	480	480	292	0	120	2023-11-02 08:00:00	2023-11-02 16:00:00
2023-11-03	1	480	480	356	0	190	2023-11-03 12:00:00	2023-11-03 20:00:00
2023-11-04	1	0	0	0	0	0	\N	\N
2023-11-05	1	0	0	0	0	0	\N	\N
2023-11-06	1	480	480	324	85	206	2023-11-06 10:00:00	2023-11-06 18:00:00
2023-11-07	1	480	480	348	48	170	2023-11-07 12:00:00	2023-11-07 20:00:00
2023-11-08	1	480	480	350	0	204	2023-11-08 12:00:00	2023-11-08 20:00:00
2023-11-09	1	480	480	345	0	143	2023-11-09 10:00:00	2023-11-09 18:00:00
2023-11-10	1	480	480	343	23	160	2023-11-10 10:00:00	2023-11-10 18:00:00
2023-11-11	1	0	0	0	0	0	\N	\N
2023-11-12	1	0	0	0	0	0	\N	\N
2023-11-13	1	0	0	0	0	0	\N	\N
2023-11-14	1	0	0	0	0	0	\N	\N
2023-11-15	1	480	480	352	91	209	2023-11-15 08:00:00	2023-11-15 16:00:00
2023-11-16	1	480	480	321	82	195	2023-11-16 08:00:00	2023-11-16 16:00:00
2023-11-17	1	480	480	386	20	217	2023-11-17 08:00:00	2023-11-17 16:00:00
2023-11-18	1	480	480	349	103	241	2023-11-18 09:00:00	2023-11-18 17:00:00
2023-11-19	1	360	360	226	0	96	2023-11-19 10:00:00	2023-11-19 16:00:00
2023-11-20	1	480	480	361	28	153	2023-11-20 12:00:00	2023-11-20 20:00:00
2023-11-21	1	480	480	309	0	98	2023-11-21 12:00:00	2023-11-21 20:00:00
2023-11-22	1	480	480	385	0	206	2023-11-22 08:00:00	2023-11-22 16:00:00
2023-11-23	1	480	480	323	32	132	2023-11-23 08:00:00	2023-11-23 16:00:00
2023-11-24	1	480	480	359	120	259	2023-11-24 12:00:00	2023-11-24 20:00:00
2023-11-25	1	0	0	0	0	0	\N	\N
2023-11-26	1	0	0	0	0	0	\N	\N
2023-11-27	1	480	480	296	0	111	2023-11-27 10:00:00	2023-11-27 18:00:00
2023-11-28	1	480	480	316	63	184	2023-11-28 08:00:00	2023-11-28 16:00:00
2023-11-29	1	480	480	293	0	96	2023-11-29 12:00:00	2023-11-29 20:00:00
2023-11-30	1	480	480	304	0	130	2023-11-30 10:00:00	2023-11-30 18:00:00
2023-12-01	1	480	480	310	4	141	2023-12-01 10:00:00	2023-12-01 18:00:00
2023-12-02	1	0	0	0	0	0	\N	\N
2023-12-03	1	0	0	0	0	0	\N	\N
2023-12-04	1	0	0	0	0	0	\N	\N
2023-12-05	1	0	0	0	0	0	\N	\N
2023-12-06	1	480	480	333	61	164	2023-12-06 08:00:00	2023-12-06 16:00:00
2023-12-07	1	480	480	350	0	156	2023-12-07 08:00:00	2023-12-07 16:00:00
2023-12-08	1	480	480	343	0	133	2023-12-08 08:00:00	2023-12-08 16:00:00
2023-12-09	1	480	480	358	1	109	2023-12-09 09:00:00	2023-12-09 17:00:00
2023-12-10	1	360	360	258	134	195	2023-12-10 10:00:00	2023-12-10 16:00:00
2023-12-11	1	480	480	380	48	204	2023-12-11 08:00:00	2023-12-11 16:00:00
2023-12-12	1	480	480	308	17	140	2023-12-12 08:00:00	2023-12-12 16:00:00
2023-12-13	1	480	480	325	111	180	2023-12-13 08:00:00	2023-12-13 16:00:00
2023-12-14	1	480	480	322	38	184	2023-12-14 08:00:00	2023-12-14 16:00:00
2023-12-15	1	480	480	366	67	188	2023-12-15 08:00:00	2023-12-15 16:00:00
2023-12-16	1	0	0	0	0	0	\N	\N
2023-12-17	1	0	0	0	0	0	\N	\N
2023-12-18	1	480	480	0	0	0	2023-12-18 10:00:00	2023-12-18 18:00:00
2023-12-19	1	480	480	0	0	0	2023-12-19 12:00:00	2023-12-19 20:00:00
2023-12-20	1	480	480	0	0	0	2023-12-20 12:00:00	2023-12-20 20:00:00
2023-12-21	1	480	480	342	58	151	2023-12-21 10:00:00	2023-12-21 18:00:00
2023-12-22	1	480	480	341	54	155	2023-12-22 10:00:00	2023-12-22 18:00:00
2023-12-23	1	0	0	0	0	0	\N	\N
2023-12-24	1	0	0	0	0	0	\N	\N
2023-12-25	1	0	0	0	0	0	\N	\N
2023-12-26	1	0	0	0	0	0	\N	\N
2023-12-27	1	480	480	332	0	194	2023-12-27 08:00:00	2023-12-27 16:00:00
2023-12-28	1	480	480	330	0	140	2023-12-28 08:00:00	2023-12-28 16:00:00
2023-12-29	1	480	480	334	29	136	2023-12-29 08:00:00	2023-12-29 16:00:00
2023-12-30	1	480	480	356	69	208	2023-12-30 09:00:00	2023-12-30 17:00:00
2023-12-31	1	360	360	256	23	137	2023-12-31 10:00:00	2023-12-31 16:00:00
2024-01-01	1	0	0	0	0	0	\N	\N
2024-01-02	1	480	480	338	38	170	2024-01-02 12:00:00	2024-01-02 20:00:00
2024-01-03	1	480	480	336	122	242	2024-01-03 08:00:00	2024-01-03 16:00:00
2024-01-04	1	480	480	298	53	178	2024-01-04 08:00:00	2024-01-04 16:00:00
2024-01-05	1	480	480	329	110	183	2024-01-05 12:00:00	2024-01-05 20:00:00
2024-01-06	1	0	0	0	0	0	\N	\N
2024-01-07	1	0	0	0	0	0	\N	\N
2024-01-08	1	480	480	371	107	255	2024-01-08 10:00:00	2024-01-08 18:00:00
2024-01-09	1	480	480	339	151	253	2024-01-09 12:00:00	2024-01-09 20:00:00
2024-01-10	1	480	480	349	0	172	2024-01-10 12:00:00	2024-01-10 20:00:00
2024-01-11	1	480	480	287	44	141	2024-01-11 10:00:00	2024-01-11 18:00:00
2024-01-12	1	480	480	327	0	166	2024-01-12 10:00:00	2024-01-12 18:00:00
2024-01-13	1	0	0	0	0	0	\N	\N
2024-01-14	1	0	0	0	0	0	\N	\N
2024-01-15	1	0	0	0	0	0	\N	\N
2024-01-16	1	0	0	0	0	0	\N	\N
2024-01-17	1	480	480	293	92	164	2024-01-17 08:00:00	2024-01-17 16:00:00
2024-01-18	1	480	480	343	76	223	2024-01-18 08:00:00	2024-01-18 16:00:00
2024-01-19	1	480	480	294	25	130	2024-01-19 08:00:00	2024-01-19 16:00:00
2024-01-20	1	480	480	369	1	158	2024-01-20 09:00:00	2024-01-20 17:00:00
2024-01-21	1	360	360	234	41	113	2024-01-21 10:00:00	2024-01-21 16:00:00
2024-01-22	1	480	480	321	20	145	2024-01-22 12:00:00	2024-01-22 20:00:00
2024-01-23	1	480	480	0	0	0	2024-01-23 10:00:00	2024-01-23 18:00:00
2024-01-24	1	480	480	310	272	292	2024-01-24 08:00:00	2024-01-24 16:00:00
2024-01-25	1	480	480	334	12	122	2024-01-25 08:00:00	2024-01-25 16:00:00
2024-01-26	1	480	480	341	0	107	2024-01-26 12:00:00	2024-01-26 20:00:00
2024-01-27	1	0	0	0	0	0	\N	\N
2024-01-28	1	0	0	0	0	0	\N	\N
2024-01-29	1	480	480	329	76	174	2024-01-29 10:00:00	2024-01-29 18:00:00
2024-01-30	1	480	480	329	1	138	2024-01-30 08:00:00	2024-01-30 16:00:00
2024-01-31	1	480	480	335	286	306	2024-01-31 08:00:00	2024-01-31 16:00:00
2024-02-01	1	480	480	299	95	168	2024-02-01 12:00:00	2024-02-01 20:00:00
2024-02-02	1	480	480	392	69	179	2024-02-02 10:00:00	2024-02-02 18:00:00
2024-02-03	1	0	0	0	0	0	\N	\N
2024-02-04	1	0	0	0	0	0	\N	\N
2024-02-05	1	0	0	0	0	0	\N	\N
2024-02-06	1	0	0	0	0	0	\N	\N
2024-02-07	1	480	480	311	37	126	2024-02-07 08:00:00	2024-02-07 16:00:00
2024-02-08	1	480	480	325	0	125	2024-02-08 08:00:00	2024-02-08 16:00:00
2024-02-09	1	480	480	299	66	196	2024-02-09 08:00:00	2024-02-09 16:00:00
2024-02-10	1	480	480	352	1	112	2024-02-10 09:00:00	2024-02-10 17:00:00
2024-02-11	1	360	360	243	0	117	2024-02-11 10:00:00	2024-02-11 16:00:00
2024-02-12	1	480	480	392	0	172	2024-02-12 12:00:00	2024-02-12 20:00:00
2024-02-13	1	480	480	323	56	205	2024-02-13 12:00:00	2024-02-13 20:00:00
2024-02-14	1	480	480	294	22	141	2024-02-14 08:00:00	2024-02-14 16:00:00
2024-02-15	1	480	480	356	38	177	2024-02-15 08:00:00	2024-02-15 16:00:00
2024-02-16	1	480	480	317	32	183	2024-02-16 12:00:00	2024-02-16 20:00:00
2024-02-17	1	0	0	0	0	0	\N	\N
2024-02-18	1	0	0	0	0	0	\N	\N
2024-02-19	1	480	480	341	16	123	2024-02-19 10:00:00	2024-02-19 18:00:00
2024-02-20	1	480	480	375	0	142	2024-02-20 12:00:00	2024-02-20 20:00:00
2024-02-21	1	480	480	295	0	132	2024-02-21 12:00:00	2024-02-21 20:00:00
2024-02-22	1	480	480	309	0	142	2024-02-22 10:00:00	2024-02-22 18:00:00
2024-02-23	1	480	480	324	7	108	2024-02-23 10:00:00	2024-02-23 18:00:00
2024-02-24	1	0	0	0	0	0	\N	\N
2024-02-25	1	0	0	0	0	0	\N	\N
2024-02-26	1	0	0	0	0	0	\N	\N
2024-02-27	1	0	0	0	0	0	\N	\N
2024-02-28	1	480	480	337	148	232	2024-02-28 08:00:00	2024-02-28 16:00:00
2024-02-29	1	480	480	364	0	206	2024-02-29 08:00:00	2024-02-29 16:00:00
2024-03-01	1	480	480	339	0	131	2024-03-01 08:00:00	2024-03-01 16:00:00
2024-03-02	1	480	480	320	1	154	2024-03-02 09:00:00	2024-03-02 17:00:00
2024-03-03	1	360	360	197	0	74	2024-03-03 10:00:00	2024-03-03 16:00:00
2024-03-04	1	480	480	334	0	165	2024-03-04 12:00:00	2024-03-04 20:00:00
2024-03-05	1	480	480	354	78	189	2024-03-05 12:00:00	2024-03-05 20:00:00
2024-03-06	1	480	480	323	43	152	2024-03-06 08:00:00	2024-03-06 16:00:00
2024-03-07	1	480	480	372	31	220	2024-03-07 08:00:00	2024-03-07 16:00:00
2024-03-08	1	480	480	382	10	162	2024-03-08 12:00:00	2024-03-08 20:00:00
2024-03-09	1	0	0	0	0	0	\N	\N
2024-03-10	1	0	0	0	0	0	\N	\N
2024-03-11	1	480	480	348	0	146	2024-03-11 10:00:00	2024-03-11 18:00:00
2024-03-12	1	480	480	357	0	175	2024-03-12 12:00:00	2024-03-12 20:00:00
2024-03-13	1	480	480	319	0	100	2024-03-13 12:00:00	2024-03-13 20:00:00
2024-03-14	1	480	480	320	0	177	2024-03-14 10:00:00	2024-03-14 18:00:00
2024-03-15	1	480	480	364	0	192	2024-03-15 10:00:00	2024-03-15 18:00:00
2024-03-16	1	0	0	0	0	0	\N	\N
2024-03-17	1	0	0	0	0	0	\N	\N
2024-03-18	1	0	0	0	0	0	\N	\N
2024-03-19	1	0	0	0	0	0	\N	\N
2024-03-20	1	480	480	367	0	138	2024-03-20 08:00:00	2024-03-20 16:00:00
2024-03-21	1	480	480	364	0	126	2024-03-21 08:00:00	2024-03-21 16:00:00
2024-03-22	1	480	480	357	8	157	2024-03-22 08:00:00	2024-03-22 16:00:00
2024-03-23	1	480	480	340	1	114	2024-03-23 09:00:00	2024-03-23 17:00:00
2024-03-24	1	360	360	237	0	112	2024-03-24 10:00:00	2024-03-24 16:00:00
2024-03-25	1	480	480	315	24	196	2024-03-25 12:00:00	2024-03-25 20:00:00
2024-03-26	1	480	480	274	0	146	2024-03-26 12:00:00	2024-03-26 20:00:00
2024-03-27	1	480	480	291	0	167	2024-03-27 08:00:00	2024-03-27 16:00:00
2024-03-28	1	480	480	359	25	131	2024-03-28 08:00:00	2024-03-28 16:00:00
2024-03-29	1	480	480	345	0	108	2024-03-29 12:00:00	2024-03-29 20:00:00
2024-03-30	1	0	0	0	0	0	\N	\N
2024-03-31	1	0	0	0	0	0	\N	\N
2024-04-01	1	480	480	336	4	194	2024-04-01 10:00:00	2024-04-01 18:00:00
2024-04-02	1	480	480	312	24	139	2024-04-02 12:00:00	2024-04-02 20:00:00
2024-04-03	1	480	480	359	0	132	2024-04-03 12:00:00	2024-04-03 20:00:00
2024-04-04	1	480	480	326	28	199	2024-04-04 10:00:00	2024-04-04 18:00:00
2024-04-05	1	480	480	380	21	176	2024-04-05 10:00:00	2024-04-05 18:00:00
2024-04-06	1	0	0	0	0	0	\N	\N
2024-04-07	1	0	0	0	0	0	\N	\N
2024-04-08	1	0	0	0	0	0	\N	\N
2024-04-09	1	0	0	0	0	0	\N	\N
2024-04-10	1	480	480	352	7	156	2024-04-10 08:00:00	2024-04-10 16:00:00
2024-04-11	1	480	480	286	0	138	2024-04-11 08:00:00	2024-04-11 16:00:00
2024-04-12	1	480	480	387	0	183	2024-04-12 08:00:00	2024-04-12 16:00:00
2024-04-13	1	480	480	308	1	149	2024-04-13 09:00:00	2024-04-13 17:00:00
2024-04-14	1	360	360	227	41	123	2024-04-14 10:00:00	2024-04-14 16:00:00
2024-04-15	1	480	480	279	11	108	2024-04-15 12:00:00	2024-04-15 20:00:00
2024-04-16	1	480	480	341	0	136	2024-04-16 12:00:00	2024-04-16 20:00:00
2024-04-17	1	480	480	312	141	239	2024-04-17 08:00:00	2024-04-17 16:00:00
2024-04-18	1	480	480	322	79	198	2024-04-18 08:00:00	2024-04-18 16:00:00
2024-04-19	1	480	480	353	204	254	2024-04-19 12:00:00	2024-04-19 20:00:00
2024-04-20	1	0	0	0	0	0	\N	\N
2024-04-21	1	0	0	0	0	0	\N	\N
2024-04-22	1	480	480	319	11	156	2024-04-22 10:00:00	2024-04-22 18:00:00
2024-04-23	1	480	480	319	100	167	2024-04-23 12:00:00	2024-04-23 20:00:00
2024-04-24	1	480	480	310	144	243	2024-04-24 12:00:00	2024-04-24 20:00:00
2024-04-25	1	480	480	326	20	159	2024-04-25 10:00:00	2024-04-25 18:00:00
2024-04-26	1	480	480	377	17	130	2024-04-26 10:00:00	2024-04-26 18:00:00
2024-04-27	1	0	0	0	0	0	\N	\N
2024-04-28	1	0	0	0	0	0	\N	\N
2024-04-29	1	0	0	0	0	0	\N	\N
2024-04-30	1	0	0	0	0	0	\N	\N
2024-05-01	1	480	480	383	0	178	2024-05-01 08:00:00	2024-05-01 16:00:00
2024-05-02	1	480	480	358	13	211	2024-05-02 08:00:00	2024-05-02 16:00:00
2024-05-03	1	480	480	328	124	236	2024-05-03 08:00:00	2024-05-03 16:00:00
2024-05-04	1	480	480	332	1	139	2024-05-04 09:00:00	2024-05-04 17:00:00
2024-05-05	1	360	360	230	0	117	2024-05-05 10:00:00	2024-05-05 16:00:00
2024-05-06	1	480	480	346	0	196	2024-05-06 12:00:00	2024-05-06 20:00:00
2024-05-07	1	480	480	336	8	137	2024-05-07 12:00:00	2024-05-07 20:00:00
2024-05-08	1	480	480	377	79	168	2024-05-08 08:00:00	2024-05-08 16:00:00
2024-05-09	1	480	480	361	19	168	2024-05-09 08:00:00	2024-05-09 16:00:00
2024-05-10	1	480	480	354	0	165	2024-05-10 12:00:00	2024-05-10 20:00:00
2024-05-11	1	0	0	0	0	0	\N	\N
2024-05-12	1	0	0	0	0	0	\N	\N
2024-05-13	1	480	480	328	0	100	2024-05-13 10:00:00	2024-05-13 18:00:00
2024-05-14	1	480	480	332	8	182	2024-05-14 12:00:00	2024-05-14 20:00:00
2024-05-15	1	480	480	350	65	160	2024-05-15 12:00:00	2024-05-15 20:00:00
2024-05-16	1	480	480	366	19	220	2024-05-16 10:00:00	2024-05-16 18:00:00
2024-05-17	1	480	480	349	0	159	2024-05-17 10:00:00	2024-05-17 18:00:00
2024-05-18	1	0	0	0	0	0	\N	\N
2024-05-19	1	0	0	0	0	0	\N	\N
2024-05-20	1	0	0	0	0	0	\N	\N
2024-05-21	1	0	0	0	0	0	\N	\N
2024-05-22	1	480	480	311	0	176	2024-05-22 08:00:00	2024-05-22 16:00:00
2024-05-23	1	480	480	340	12	151	2024-05-23 08:00:00	2024-05-23 16:00:00
2024-05-24	1	480	480	334	0	116	2024-05-24 08:00:00	2024-05-24 16:00:00
2024-05-25	1	480	480	330	1	139	2024-05-25 09:00:00	2024-05-25 17:00:00
2024-05-26	1	360	360	270	0	85	2024-05-26 10:00:00	2024-05-26 16:00:00
2024-05-27	1	480	480	328	0	193	2024-05-27 12:00:00	2024-05-27 20:00:00
2024-05-28	1	480	480	287	68	185	2024-05-28 12:00:00	2024-05-28 20:00:00
2024-05-29	1	480	480	308	52	140	2024-05-29 08:00:00	2024-05-29 16:00:00
2024-05-30	1	483	480	386	108	194	2024-05-30 08:00:00	2024-05-30 16:00:00
2024-05-31	1	480	480	300	0	124	2024-05-31 12:00:00	2024-05-31 20:00:00
2024-06-01	1	0	0	0	0	0	\N	\N
2024-06-02	1	0	0	0	0	0	\N	\N
2024-06-03	1	480	480	356	0	107	2024-06-03 10:00:00	2024-06-03 18:00:00
2024-06-04	1	480	480	324	88	186	2024-06-04 12:00:00	2024-06-04 20:00:00
2024-06-05	1	480	480	367	38	206	2024-06-05 12:00:00	2024-06-05 20:00:00
2024-06-06	1	480	480	336	40	140	2024-06-06 10:00:00	2024-06-06 18:00:00
2024-06-07	1	480	480	294	9	102	2024-06-07 10:00:00	2024-06-07 18:00:00
2024-06-08	1	0	0	0	0	0	\N	\N
2024-06-09	1	0	0	0	0	0	\N	\N
2024-06-10	1	0	0	0	0	0	\N	\N
2024-06-11	1	0	0	0	0	0	\N	\N
2024-06-12	1	480	480	365	0	170	2024-06-12 08:00:00	2024-06-12 16:00:00
2024-06-13	1	480	480	367	4	153	2024-06-13 08:00:00	2024-06-13 16:00:00
2024-06-14	1	480	480	406	0	230	2024-06-14 08:00:00	2024-06-14 16:00:00
2024-06-15	1	480	480	330	1	148	2024-06-15 09:00:00	2024-06-15 17:00:00
2024-06-16	1	360	360	277	0	161	2024-06-16 10:00:00	2024-06-16 16:00:00
2024-06-17	1	480	480	336	0	124	2024-06-17 12:00:00	2024-06-17 20:00:00
2024-06-18	1	480	480	0	0	0	2024-06-18 10:00:00	2024-06-18 18:00:00
2024-06-19	1	480	480	354	0	181	2024-06-19 08:00:00	2024-06-19 16:00:00
2024-06-20	1	480	480	323	115	199	2024-06-20 08:00:00	2024-06-20 16:00:00
2024-06-21	1	480	480	321	28	138	2024-06-21 12:00:00	2024-06-21 20:00:00
2024-06-22	1	0	0	0	0	0	\N	\N
2024-06-23	1	0	0	0	0	0	\N	\N
2024-06-24	1	480	480	370	7	222	2024-06-24 10:00:00	2024-06-24 18:00:00
2024-06-25	1	480	480	356	287	311	2024-06-25 12:00:00	2024-06-25 20:00:00
2024-06-26	1	480	480	371	73	190	2024-06-26 12:00:00	2024-06-26 20:00:00
2024-06-27	1	480	480	324	0	186	2024-06-27 10:00:00	2024-06-27 18:00:00
2024-06-28	1	480	480	365	0	154	2024-06-28 10:00:00	2024-06-28 18:00:00
2024-06-29	1	0	0	0	0	0	\N	\N
2024-06-30	1	0	0	0	0	0	\N	\N
2024-07-01	1	0	0	0	0	0	\N	\N
2024-07-02	1	0	0	0	0	0	\N	\N
2024-07-03	1	480	480	366	83	250	2024-07-03 08:00:00	2024-07-03 16:00:00
2024-07-04	1	480	480	352	0	112	2024-07-04 08:00:00	2024-07-04 16:00:00
2024-07-05	1	480	480	309	0	163	2024-07-05 08:00:00	2024-07-05 16:00:00
2024-07-06	1	480	480	329	1	178	2024-07-06 09:00:00	2024-07-06 17:00:00
2024-07-07	1	360	360	235	0	107	2024-07-07 10:00:00	2024-07-07 16:00:00
2024-07-08	1	480	480	376	0	133	2024-07-08 12:00:00	2024-07-08 20:00:00
2024-07-09	1	480	480	357	0	111	2024-07-09 12:00:00	2024-07-09 20:00:00
2024-07-10	1	480	480	358	36	173	2024-07-10 08:00:00	2024-07-10 16:00:00
2024-07-11	1	480	480	285	39	173	2024-07-11 08:00:00	2024-07-11 16:00:00
2024-07-12	1	480	480	339	30	150	2024-07-12 12:00:00	2024-07-12 20:00:00
2024-07-13	1	0	0	0	0	0	\N	\N
2024-07-14	1	0	0	0	0	0	\N	\N
2024-07-15	1	480	480	351	7	165	2024-07-15 10:00:00	2024-07-15 18:00:00
2024-07-16	1	480	480	266	0	111	2024-07-16 12:00:00	2024-07-16 20:00:00
2024-07-17	1	480	480	381	0	131	2024-07-17 12:00:00	2024-07-17 20:00:00
2024-07-18	1	480	480	343	0	132	2024-07-18 10:00:00	2024-07-18 18:00:00
2024-07-19	1	480	480	395	0	149	2024-07-19 10:00:00	2024-07-19 18:00:00
2024-07-20	1	0	0	0	0	0	\N	\N
2024-07-21	1	0	0	0	0	0	\N	\N
2024-07-22	1	0	0	0	0	0	\N	\N
2024-07-23	1	0	0	0	0	0	\N	\N
2024-07-24	1	480	480	358	25	184	2024-07-24 08:00:00	2024-07-24 16:00:00
2024-07-25	1	480	480	325	0	189	2024-07-25 08:00:00	2024-07-25 16:00:00
2024-07-26	1	480	480	348	0	129	2024-07-26 08:00:00	2024-07-26 16:00:00
2024-07-27	1	480	480	401	1	147	2024-07-27 09:00:00	2024-07-27 17:00:00
2024-07-28	1	360	360	273	0	157	2024-07-28 10:00:00	2024-07-28 16:00:00
2024-07-29	1	480	480	317	0	155	2024-07-29 12:00:00	2024-07-29 20:00:00
2024-07-30	1	480	480	314	63	190	2024-07-30 12:00:00	2024-07-30 20:00:00
2024-07-31	1	480	480	322	23	156	2024-07-31 08:00:00	2024-07-31 16:00:00
2024-08-01	1	480	480	333	13	146	2024-08-01 08:00:00	2024-08-01 16:00:00
2024-08-02	1	480	480	293	0	170	2024-08-02 12:00:00	2024-08-02 20:00:00
2024-08-03	1	0	0	0	0	0	\N	\N
2024-08-04	1	0	0	0	0	0	\N	\N
2024-08-05	1	480	480	339	0	106	2024-08-05 10:00:00	2024-08-05 18:00:00
2024-08-06	1	480	480	284	0	145	2024-08-06 12:00:00	2024-08-06 20:00:00
2024-08-07	1	480	480	347	0	186	2024-08-07 12:00:00	2024-08-07 20:00:00
2024-08-08	1	480	480	324	0	135	2024-08-08 10:00:00	2024-08-08 18:00:00
2024-08-09	1	480	480	325	39	179	2024-08-09 10:00:00	2024-08-09 18:00:00
2024-08-10	1	0	0	0	0	0	\N	\N
2024-08-11	1	0	0	0	0	0	\N	\N
2024-08-12	1	0	0	0	0	0	\N	\N
2024-08-13	1	0	0	0	0	0	\N	\N
2024-08-14	1	480	480	373	0	202	2024-08-14 08:00:00	2024-08-14 16:00:00
2024-08-15	1	480	480	0	0	0	2024-08-15 10:00:00	2024-08-15 18:00:00
2024-08-16	1	480	480	282	14	174	2024-08-16 08:00:00	2024-08-16 16:00:00
2024-08-17	1	480	480	354	1	176	2024-08-17 09:00:00	2024-08-17 17:00:00
2024-08-18	1	360	360	261	0	90	2024-08-18 10:00:00	2024-08-18 16:00:00
2024-08-19	1	480	480	392	12	163	2024-08-19 12:00:00	2024-08-19 20:00:00
2024-08-20	1	480	480	334	147	233	2024-08-20 12:00:00	2024-08-20 20:00:00
2024-08-21	1	480	480	350	148	234	2024-08-21 08:00:00	2024-08-21 16:00:00
2024-08-22	1	480	480	318	0	115	2024-08-22 08:00:00	2024-08-22 16:00:00
2024-08-23	1	480	480	384	34	220	2024-08-23 12:00:00	2024-08-23 20:00:00
2024-08-24	1	0	0	0	0	0	\N	\N
2024-08-25	1	0	0	0	0	0	\N	\N
2024-08-26	1	480	480	317	0	169	2024-08-26 10:00:00	2024-08-26 18:00:00
2024-08-27	1	480	480	361	34	225	2024-08-27 12:00:00	2024-08-27 20:00:00
2024-08-28	1	480	480	347	95	180	2024-08-28 12:00:00	2024-08-28 20:00:00
2024-08-29	1	480	480	324	172	252	2024-08-29 12:00:00	2024-08-29 20:00:00
2024-08-30	1	480	480	337	87	227	2024-08-30 12:00:00	2024-08-30 20:00:00
2024-08-31	1	0	0	0	0	0	\N	\N
2024-09-01	1	0	0	0	0	0	\N	\N
2024-09-02	1	0	0	0	0	0	\N	\N
2024-09-03	1	0	0	0	0	0	\N	\N
2024-09-04	1	480	480	337	0	166	2024-09-04 08:00:00	2024-09-04 16:00:00
2024-09-05	1	480	480	375	9	139	2024-09-05 08:00:00	2024-09-05 16:00:00
2024-09-06	1	480	480	400	27	232	2024-09-06 08:00:00	2024-09-06 16:00:00
2024-09-07	1	480	480	386	1	228	2024-09-07 09:00:00	2024-09-07 17:00:00
2024-09-08	1	360	360	237	0	72	2024-09-08 10:00:00	2024-09-08 16:00:00
2024-09-09	1	480	480	349	0	178	2024-09-09 12:00:00	2024-09-09 20:00:00
2024-09-10	1	480	480	290	145	227	2024-09-10 12:00:00	2024-09-10 20:00:00
2024-09-11	1	480	480	339	45	184	2024-09-11 08:00:00	2024-09-11 16:00:00
2024-09-12	1	480	480	304	11	118	2024-09-12 08:00:00	2024-09-12 16:00:00
2024-09-13	1	480	480	326	0	157	2024-09-13 12:00:00	2024-09-13 20:00:00
2024-09-14	1	0	0	0	0	0	\N	\N
2024-09-15	1	0	0	0	0	0	\N	\N
2024-09-16	1	480	480	358	29	180	2024-09-16 10:00:00	2024-09-16 18:00:00
2024-09-17	1	480	480	320	0	112	2024-09-17 12:00:00	2024-09-17 20:00:00
2024-09-18	1	480	480	366	0	182	2024-09-18 12:00:00	2024-09-18 20:00:00
2024-09-19	1	480	480	315	0	182	2024-09-19 10:00:00	2024-09-19 18:00:00
2024-09-20	1	480	480	323	34	162	2024-09-20 10:00:00	2024-09-20 18:00:00
2024-09-21	1	0	0	0	0	0	\N	\N
2024-09-22	1	0	0	0	0	0	\N	\N
2024-09-23	1	0	0	0	0	0	\N	\N
2024-09-24	1	0	0	0	0	0	\N	\N
2024-09-25	1	480	480	339	18	176	2024-09-25 08:00:00	2024-09-25 16:00:00
2024-09-26	1	480	480	315	10	173	2024-09-26 08:00:00	2024-09-26 16:00:00
2024-09-27	1	480	480	348	0	133	2024-09-27 08:00:00	2024-09-27 16:00:00
2024-09-28	1	480	480	319	1	173	2024-09-28 09:00:00	2024-09-28 17:00:00
2024-09-29	1	360	360	218	0	98	2024-09-29 10:00:00	2024-09-29 16:00:00
2024-09-30	1	480	480	360	0	123	2024-09-30 12:00:00	2024-09-30 20:00:00
2024-10-01	1	480	480	254	7	131	2024-10-01 12:00:00	2024-10-01 20:00:00
2024-10-02	1	480	480	386	108	268	2024-10-02 08:00:00	2024-10-02 16:00:00
2024-10-03	1	480	480	353	0	126	2024-10-03 08:00:00	2024-10-03 16:00:00
2024-10-04	1	480	480	382	0	125	2024-10-04 12:00:00	2024-10-04 20:00:00
2024-10-05	1	0	0	0	0	0	\N	\N
2024-10-06	1	0	0	0	0	0	\N	\N
2024-10-07	1	480	480	321	50	169	2024-10-07 12:00:00	2024-10-07 20:00:00
2024-10-08	1	480	480	332	0	193	2024-10-08 12:00:00	2024-10-08 20:00:00
2024-10-09	1	480	480	316	31	176	2024-10-09 12:00:00	2024-10-09 20:00:00
2024-10-10	1	480	480	347	37	146	2024-10-10 12:00:00	2024-10-10 20:00:00
2024-10-11	1	480	480	300	0	146	2024-10-11 12:00:00	2024-10-11 20:00:00
2024-10-12	1	0	0	0	0	0	\N	\N
2024-10-13	1	0	0	0	0	0	\N	\N
2024-10-14	1	0	0	0	0	0	\N	\N
2024-10-15	1	0	0	0	0	0	\N	\N
2024-10-16	1	480	480	323	28	203	2024-10-16 08:00:00	2024-10-16 16:00:00
2024-10-17	1	480	480	340	0	135	2024-10-17 08:00:00	2024-10-17 16:00:00
2024-10-18	1	480	480	320	36	130	2024-10-18 08:00:00	2024-10-18 16:00:00
2024-10-19	1	480	480	327	1	136	2024-10-19 09:00:00	2024-10-19 17:00:00
2024-10-20	1	360	360	233	0	84	2024-10-20 10:00:00	2024-10-20 16:00:00
2024-10-21	1	480	480	362	12	209	2024-10-21 12:00:00	2024-10-21 20:00:00
2024-10-22	1	480	480	320	0	119	2024-10-22 12:00:00	2024-10-22 20:00:00
2024-10-23	1	480	480	328	0	183	2024-10-23 08:00:00	2024-10-23 16:00:00
2024-10-24	1	480	480	333	0	139	2024-10-24 08:00:00	2024-10-24 16:00:00
2024-10-25	1	480	480	377	0	190	2024-10-25 12:00:00	2024-10-25 20:00:00
2024-10-26	1	0	0	0	0	0	\N	\N
2024-10-27	1	0	0	0	0	0	\N	\N
2024-10-28	1	480	480	337	8	143	2024-10-28 10:00:00	2024-10-28 18:00:00
2024-10-29	1	480	480	354	153	229	2024-10-29 12:00:00	2024-10-29 20:00:00
2024-10-30	1	480	480	361	0	205	2024-10-30 12:00:00	2024-10-30 20:00:00
2024-10-31	1	480	480	357	22	151	2024-10-31 10:00:00	2024-10-31 18:00:00
2024-11-01	1	480	480	329	0	182	2024-11-01 10:00:00	2024-11-01 18:00:00
2024-11-02	1	0	0	0	0	0	\N	\N
2024-11-03	1	0	0	0	0	0	\N	\N
2024-11-04	1	0	0	0	0	0	\N	\N
2024-11-05	1	0	0	0	0	0	\N	\N
2024-11-06	1	480	480	0	0	0	2024-11-06 10:00:00	2024-11-06 18:00:00
2024-11-07	1	480	480	0	0	0	2024-11-07 10:00:00	2024-11-07 18:00:00
2024-11-08	1	480	480	0	0	0	2024-11-08 10:00:00	2024-11-08 18:00:00
2024-11-09	1	480	480	288	1	123	2024-11-09 09:00:00	2024-11-09 17:00:00
2024-11-10	1	360	360	266	0	158	2024-11-10 10:00:00	2024-11-10 16:00:00
2024-11-11	1	480	480	310	45	171	2024-11-11 12:00:00	2024-11-11 20:00:00
2024-11-12	1	480	480	328	0	187	2024-11-12 12:00:00	2024-11-12 20:00:00
2024-11-13	1	480	480	355	109	214	2024-11-13 08:00:00	2024-11-13 16:00:00
2024-11-14	1	480	480	352	0	147	2024-11-14 08:00:00	2024-11-14 16:00:00
2024-11-15	1	480	480	265	0	155	2024-11-15 12:00:00	2024-11-15 20:00:00
2024-11-16	1	0	0	0	0	0	\N	\N
2024-11-17	1	0	0	0	0	0	\N	\N
2024-11-18	1	480	480	352	19	148	2024-11-18 10:00:00	2024-11-18 18:00:00
2024-11-19	1	480	480	306	26	134	2024-11-19 12:00:00	2024-11-19 20:00:00
2024-11-20	1	480	480	341	0	133	2024-11-20 12:00:00	2024-11-20 20:00:00
2024-11-21	1	480	480	339	36	132	2024-11-21 10:00:00	2024-11-21 18:00:00
2024-11-22	1	480	480	360	61	160	2024-11-22 10:00:00	2024-11-22 18:00:00
2024-11-23	1	0	0	0	0	0	\N	\N
2024-11-24	1	0	0	0	0	0	\N	\N
2024-11-25	1	0	0	0	0	0	\N	\N
2024-11-26	1	0	0	0	0	0	\N	\N
2024-11-27	1	480	480	339	0	131	2024-11-27 08:00:00	2024-11-27 16:00:00
2024-11-28	1	480	480	331	49	143	2024-11-28 08:00:00	2024-11-28 16:00:00
2024-11-29	1	480	480	317	0	168	2024-11-29 08:00:00	2024-11-29 16:00:00
2024-11-30	1	480	480	341	1	111	2024-11-30 09:00:00	2024-11-30 17:00:00
2024-12-01	1	360	360	221	91	148	2024-12-01 10:00:00	2024-12-01 16:00:00
2024-12-02	1	480	480	303	96	164	2024-12-02 12:00:00	2024-12-02 20:00:00
2024-12-03	1	480	480	394	18	174	2024-12-03 12:00:00	2024-12-03 20:00:00
2024-12-04	1	480	480	341	1	142	2024-12-04 08:00:00	2024-12-04 16:00:00
2024-12-05	1	480	480	293	32	184	2024-12-05 08:00:00	2024-12-05 16:00:00
2024-12-06	1	480	480	364	0	172	2024-12-06 12:00:00	2024-12-06 20:00:00
2024-12-07	1	0	0	0	0	0	\N	\N
2024-12-08	1	0	0	0	0	0	\N	\N
2024-12-09	1	480	480	377	14	228	2024-12-09 10:00:00	2024-12-09 18:00:00
2024-12-10	1	480	480	336	0	150	2024-12-10 12:00:00	2024-12-10 20:00:00
2024-12-11	1	480	480	375	0	197	2024-12-11 12:00:00	2024-12-11 20:00:00
2024-12-12	1	480	480	348	120	231	2024-12-12 10:00:00	2024-12-12 18:00:00
2024-12-13	1	480	480	301	38	186	2024-12-13 10:00:00	2024-12-13 18:00:00
2024-12-14	1	0	0	0	0	0	\N	\N
2024-12-15	1	0	0	0	0	0	\N	\N
2024-12-16	1	0	0	0	0	0	\N	\N
2024-12-17	1	0	0	0	0	0	\N	\N
2024-12-18	1	480	480	338	6	111	2024-12-18 08:00:00	2024-12-18 16:00:00
2024-12-19	1	480	480	323	68	212	2024-12-19 08:00:00	2024-12-19 16:00:00
2024-12-20	1	480	480	297	150	224	2024-12-20 08:00:00	2024-12-20 16:00:00
2024-12-21	1	480	480	320	1	104	2024-12-21 09:00:00	2024-12-21 17:00:00
2024-12-22	1	360	360	272	0	93	2024-12-22 10:00:00	2024-12-22 16:00:00
2024-12-23	1	480	480	348	0	198	2024-12-23 12:00:00	2024-12-23 20:00:00
2024-12-24	1	480	480	0	0	0	2024-12-24 10:00:00	2024-12-24 18:00:00
2024-12-25	1	0	0	0	0	0	\N	\N
2024-12-26	1	0	0	0	0	0	\N	\N
2024-12-27	1	480	480	348	44	201	2024-12-27 12:00:00	2024-12-27 20:00:00
2024-12-28	1	0	0	0	0	0	\N	\N
2024-12-29	1	0	0	0	0	0	\N	\N
2024-12-30	1	480	480	338	0	138	2024-12-30 10:00:00	2024-12-30 18:00:00
2024-12-31	1	480	480	334	0	116	2024-12-31 12:00:00	2024-12-31 20:00:00
2025-01-01	1	0	0	0	0	0	\N	\N
2025-01-02	1	480	480	282	0	119	2025-01-02 10:00:00	2025-01-02 18:00:00
2025-01-03	1	480	480	306	34	120	2025-01-03 10:00:00	2025-01-03 18:00:00
2025-01-04	1	0	0	0	0	0	\N	\N
2025-01-05	1	0	0	0	0	0	\N	\N
2025-01-06	1	0	0	0	0	0	\N	\N
2025-01-07	1	0	0	0	0	0	\N	\N
2025-01-08	1	480	480	330	0	159	2025-01-08 08:00:00	2025-01-08 16:00:00
2025-01-09	1	480	480	304	65	180	2025-01-09 08:00:00	2025-01-09 16:00:00
2025-01-10	1	480	480	342	0	126	2025-01-10 08:00:00	2025-01-10 16:00:00
2025-01-11	1	480	480	311	111	229	2025-01-11 09:00:00	2025-01-11 17:00:00
2025-01-12	1	360	360	221	0	117	2025-01-12 10:00:00	2025-01-12 16:00:00
2025-01-13	1	480	480	384	161	239	2025-01-13 12:00:00	2025-01-13 20:00:00
2025-01-14	1	480	480	284	0	138	2025-01-14 12:00:00	2025-01-14 20:00:00
2025-01-15	1	480	480	309	21	176	2025-01-15 08:00:00	2025-01-15 16:00:00
2025-01-16	1	480	480	330	48	167	2025-01-16 08:00:00	2025-01-16 16:00:00
2025-01-17	1	480	480	366	17	143	2025-01-17 12:00:00	2025-01-17 20:00:00
2025-01-18	1	0	0	0	0	0	\N	\N
2025-01-19	1	0	0	0	0	0	\N	\N
2025-01-20	1	480	480	346	19	122	2025-01-20 10:00:00	2025-01-20 18:00:00
2025-01-21	1	480	480	398	28	173	2025-01-21 12:00:00	2025-01-21 20:00:00
2025-01-22	1	480	480	363	80	178	2025-01-22 12:00:00	2025-01-22 20:00:00
2025-01-23	1	480	480	338	51	137	2025-01-23 10:00:00	2025-01-23 18:00:00
2025-01-24	1	480	480	366	31	152	2025-01-24 10:00:00	2025-01-24 18:00:00
2025-01-25	1	0	0	0	0	0	\N	\N
2025-01-26	1	0	0	0	0	0	\N	\N
2025-01-27	1	0	0	0	0	0	\N	\N
2025-01-28	1	0	0	0	0	0	\N	\N
2025-01-29	1	480	480	301	34	129	2025-01-29 08:00:00	2025-01-29 16:00:00
2025-01-30	1	480	480	323	107	220	2025-01-30 08:00:00	2025-01-30 16:00:00
2025-01-31	1	480	480	314	0	130	2025-01-31 08:00:00	2025-01-31 16:00:00
2025-02-01	1	480	480	321	1	103	2025-02-01 09:00:00	2025-02-01 17:00:00
2025-02-02	1	360	360	231	0	105	2025-02-02 10:00:00	2025-02-02 16:00:00
2025-02-03	1	480	480	314	0	133	2025-02-03 12:00:00	2025-02-03 20:00:00
2025-02-04	1	480	480	350	51	143	2025-02-04 12:00:00	2025-02-04 20:00:00
2025-02-05	1	480	480	315	282	297	2025-02-05 08:00:00	2025-02-05 16:00:00
2025-02-06	1	480	480	334	281	300	2025-02-06 08:00:00	2025-02-06 16:00:00
2025-02-07	1	480	480	325	0	119	2025-02-07 08:00:00	2025-02-07 16:00:00
2025-02-08	1	0	0	0	0	0	\N	\N
2025-02-09	1	0	0	0	0	0	\N	\N
2025-02-10	1	480	480	0	0	0	2025-02-10 10:00:00	2025-02-10 18:00:00
2025-02-11	1	480	480	0	0	0	2025-02-11 12:00:00	2025-02-11 20:00:00
2025-02-12	1	480	480	0	0	0	2025-02-12 12:00:00	2025-02-12 20:00:00
2025-02-13	1	480	480	368	0	123	2025-02-13 10:00:00	2025-02-13 18:00:00
2025-02-14	1	490	480	364	142	221	2025-02-14 10:00:00	2025-02-14 18:00:00
2025-02-15	1	0	0	0	0	0	\N	\N
2025-02-16	1	0	0	0	0	0	\N	\N
2025-02-17	1	0	0	0	0	0	\N	\N
2025-02-18	1	0	0	0	0	0	\N	\N
2025-02-19	1	480	480	375	0	173	2025-02-19 08:00:00	2025-02-19 16:00:00
2025-02-20	1	480	480	310	0	168	2025-02-20 08:00:00	2025-02-20 16:00:00
2025-02-21	1	480	480	323	0	154	2025-02-21 08:00:00	2025-02-21 16:00:00
2025-02-22	1	480	480	320	1	127	2025-02-22 09:00:00	2025-02-22 17:00:00
2025-02-23	1	360	360	271	0	144	2025-02-23 10:00:00	2025-02-23 16:00:00
2025-02-24	1	480	480	301	23	107	2025-02-24 12:00:00	2025-02-24 20:00:00
2025-02-25	1	480	480	376	52	187	2025-02-25 12:00:00	2025-02-25 20:00:00
2025-02-26	1	480	480	321	1	104	2025-02-26 08:00:00	2025-02-26 16:00:00
2025-02-27	1	480	480	346	0	136	2025-02-27 08:00:00	2025-02-27 16:00:00
2025-02-28	1	480	480	287	0	138	2025-02-28 12:00:00	2025-02-28 20:00:00
2025-03-01	1	0	0	0	0	0	\N	\N
2025-03-02	1	0	0	0	0	0	\N	\N
2025-03-03	1	480	480	333	8	158	2025-03-03 10:00:00	2025-03-03 18:00:00
2025-03-04	1	480	480	338	1	135	2025-03-04 12:00:00	2025-03-04 20:00:00
2025-03-05	1	480	480	330	46	190	2025-03-05 12:00:00	2025-03-05 20:00:00
2025-03-06	1	480	480	353	0	194	2025-03-06 10:00:00	2025-03-06 18:00:00
2025-03-07	1	480	480	349	32	215	2025-03-07 10:00:00	2025-03-07 18:00:00
2025-03-08	1	0	0	0	0	0	\N	\N
2025-03-09	1	0	0	0	0	0	\N	\N
2025-03-10	1	0	0	0	0	0	\N	\N
2025-03-11	1	0	0	0	0	0	\N	\N
2025-03-12	1	480	480	366	0	136	2025-03-12 08:00:00	2025-03-12 16:00:00
2025-03-13	1	480	480	347	90	180	2025-03-13 08:00:00	2025-03-13 16:00:00
2025-03-14	1	480	480	332	26	189	2025-03-14 08:00:00	2025-03-14 16:00:00
2025-03-15	1	480	480	321	1	157	2025-03-15 09:00:00	2025-03-15 17:00:00
2025-03-16	1	360	360	282	0	101	2025-03-16 10:00:00	2025-03-16 16:00:00
2025-03-17	1	480	480	388	0	138	2025-03-17 08:00:00	2025-03-17 16:00:00
2025-03-18	1	480	480	325	96	169	2025-03-18 08:00:00	2025-03-18 16:00:00
2025-03-19	1	480	480	331	48	151	2025-03-19 08:00:00	2025-03-19 16:00:00
2025-03-20	1	480	480	333	36	195	2025-03-20 08:00:00	2025-03-20 16:00:00
2025-03-21	1	480	480	283	0	131	2025-03-21 12:00:00	2025-03-21 20:00:00
2025-03-22	1	0	0	0	0	0	\N	\N
2025-03-23	1	0	0	0	0	0	\N	\N
2025-03-24	1	480	480	380	9	200	2025-03-24 10:00:00	2025-03-24 18:00:00
2025-03-25	1	480	480	341	0	186	2025-03-25 12:00:00	2025-03-25 20:00:00
2025-03-26	1	480	480	363	0	213	2025-03-26 12:00:00	2025-03-26 20:00:00
2025-03-27	1	480	480	323	9	176	2025-03-27 10:00:00	2025-03-27 18:00:00
2025-03-28	1	480	480	272	32	147	2025-03-28 10:00:00	2025-03-28 18:00:00
2025-03-29	1	0	0	0	0	0	\N	\N
2025-03-30	1	0	0	0	0	0	\N	\N
2025-03-31	1	0	0	0	0	0	\N	\N
2025-04-01	1	0	0	0	0	0	\N	\N
2025-04-02	1	480	480	362	0	124	2025-04-02 08:00:00	2025-04-02 16:00:00
2025-04-03	1	480	480	327	14	125	2025-04-03 08:00:00	2025-04-03 16:00:00
2025-04-04	1	480	480	0	0	0	2025-04-04 10:00:00	2025-04-04 18:00:00
2025-04-05	1	480	480	376	1	148	2025-04-05 09:00:00	2025-04-05 17:00:00
2025-04-06	1	360	360	240	165	190	2025-04-06 10:00:00	2025-04-06 16:00:00
2025-04-07	1	480	480	376	0	113	2025-04-07 12:00:00	2025-04-07 20:00:00
2025-04-08	1	480	480	280	34	130	2025-04-08 12:00:00	2025-04-08 20:00:00
2025-04-09	1	480	480	314	19	126	2025-04-09 08:00:00	2025-04-09 16:00:00
2025-04-10	1	480	480	318	0	115	2025-04-10 08:00:00	2025-04-10 16:00:00
2025-04-11	1	480	480	315	11	175	2025-04-11 12:00:00	2025-04-11 20:00:00
2025-04-12	1	0	0	0	0	0	\N	\N
2025-04-13	1	0	0	0	0	0	\N	\N
2025-04-14	1	480	480	303	27	169	2025-04-14 10:00:00	2025-04-14 18:00:00
2025-04-15	1	480	480	316	0	139	2025-04-15 12:00:00	2025-04-15 20:00:00
2025-04-16	1	480	480	313	0	144	2025-04-16 12:00:00	2025-04-16 20:00:00
2025-04-17	1	480	480	336	0	160	2025-04-17 10:00:00	2025-04-17 18:00:00
2025-04-18	1	480	480	318	0	105	2025-04-18 10:00:00	2025-04-18 18:00:00
2025-04-19	1	0	0	0	0	0	\N	\N
2025-04-20	1	0	0	0	0	0	\N	\N
2025-04-21	1	0	0	0	0	0	\N	\N
2025-04-22	1	0	0	0	0	0	\N	\N
2025-04-23	1	480	480	387	0	173	2025-04-23 08:00:00	2025-04-23 16:00:00
2025-04-24	1	480	480	315	0	132	2025-04-24 08:00:00	2025-04-24 16:00:00
2025-04-25	1	480	480	290	25	153	2025-04-25 08:00:00	2025-04-25 16:00:00
2025-04-26	1	480	480	355	80	196	2025-04-26 09:00:00	2025-04-26 17:00:00
2025-04-27	1	360	360	312	0	131	2025-04-27 10:00:00	2025-04-27 16:00:00
2025-04-28	1	480	480	370	41	234	2025-04-28 12:00:00	2025-04-28 20:00:00
2025-04-29	1	480	480	313	0	177	2025-04-29 12:00:00	2025-04-29 20:00:00
2025-04-30	1	480	480	295	8	132	2025-04-30 08:00:00	2025-04-30 16:00:00
2025-05-01	1	480	480	365	66	213	2025-05-01 08:00:00	2025-05-01 16:00:00
2025-05-02	1	480	480	355	31	134	2025-05-02 12:00:00	2025-05-02 20:00:00
2025-05-03	1	0	0	0	0	0	\N	\N
2025-05-04	1	0	0	0	0	0	\N	\N
2025-05-05	1	480	480	350	31	162	2025-05-05 12:00:00	2025-05-05 20:00:00
2025-05-06	1	480	480	384	213	286	2025-05-06 12:00:00	2025-05-06 20:00:00
2025-05-07	1	480	480	307	0	96	2025-05-07 12:00:00	2025-05-07 20:00:00
2025-05-08	1	480	480	292	0	151	2025-05-08 10:00:00	2025-05-08 18:00:00
2025-05-09	1	480	480	334	0	106	2025-05-09 10:00:00	2025-05-09 18:00:00
2025-05-10	1	0	0	0	0	0	\N	\N
2025-05-11	1	0	0	0	0	0	\N	\N
2025-05-12	1	0	0	0	0	0	\N	\N
2025-05-13	1	0	0	0	0	0	\N	\N
2025-05-14	1	480	480	337	85	195	2025-05-14 08:00:00	2025-05-14 16:00:00
2025-05-15	1	480	480	319	143	207	2025-05-15 08:00:00	2025-05-15 16:00:00
2025-05-16	1	480	480	341	21	141	2025-05-16 08:00:00	2025-05-16 16:00:00
2025-05-17	1	480	480	345	1	131	2025-05-17 09:00:00	2025-05-17 17:00:00
2025-05-18	1	360	360	274	0	99	2025-05-18 10:00:00	2025-05-18 16:00:00
2025-05-19	1	480	480	331	0	111	2025-05-19 12:00:00	2025-05-19 20:00:00
2025-05-20	1	480	480	330	35	172	2025-05-20 12:00:00	2025-05-20 20:00:00
2025-05-21	1	480	480	349	1	155	2025-05-21 08:00:00	2025-05-21 16:00:00
2025-05-22	1	480	480	341	0	181	2025-05-22 08:00:00	2025-05-22 16:00:00
2025-05-23	1	480	480	378	93	231	2025-05-23 12:00:00	2025-05-23 20:00:00
2025-05-24	1	0	0	0	0	0	\N	\N
2025-05-25	1	0	0	0	0	0	\N	\N
2025-05-26	1	480	480	315	0	188	2025-05-26 12:00:00	2025-05-26 20:00:00
2025-05-27	1	480	480	368	78	174	2025-05-27 08:00:00	2025-05-27 16:00:00
2025-05-28	1	480	480	388	190	304	2025-05-28 12:00:00	2025-05-28 20:00:00
2025-05-29	1	480	480	296	8	116	2025-05-29 10:00:00	2025-05-29 18:00:00
2025-05-30	1	480	480	346	0	116	2025-05-30 10:00:00	2025-05-30 18:00:00
2025-05-31	1	0	0	0	0	0	\N	\N
2025-06-01	1	0	0	0	0	0	\N	\N
2025-06-02	1	0	0	0	0	0	\N	\N
2025-06-03	1	0	0	0	0	0	\N	\N
2025-06-04	1	480	480	314	33	168	2025-06-04 08:00:00	2025-06-04 16:00:00
2025-06-05	1	480	480	297	14	155	2025-06-05 08:00:00	2025-06-05 16:00:00
2025-06-06	1	480	480	329	68	149	2025-06-06 08:00:00	2025-06-06 16:00:00
2025-06-07	1	480	480	320	27	191	2025-06-07 09:00:00	2025-06-07 17:00:00
2025-06-08	1	360	360	236	0	107	2025-06-08 10:00:00	2025-06-08 16:00:00
2025-06-09	1	480	480	369	114	234	2025-06-09 12:00:00	2025-06-09 20:00:00
2025-06-10	1	480	480	314	103	172	2025-06-10 12:00:00	2025-06-10 20:00:00
2025-06-11	1	480	480	322	75	188	2025-06-11 08:00:00	2025-06-11 16:00:00
2025-06-12	1	480	480	309	0	171	2025-06-12 08:00:00	2025-06-12 16:00:00
2025-06-13	1	480	480	315	21	170	2025-06-13 12:00:00	2025-06-13 20:00:00
2025-06-14	1	0	0	0	0	0	\N	\N
2025-06-15	1	0	0	0	0	0	\N	\N
2025-06-16	1	480	480	319	0	97	2025-06-16 10:00:00	2025-06-16 18:00:00
2025-06-17	1	480	480	348	0	197	2025-06-17 12:00:00	2025-06-17 20:00:00
2025-06-18	1	480	480	373	0	191	2025-06-18 12:00:00	2025-06-18 20:00:00
2025-06-19	1	480	480	360	0	110	2025-06-19 10:00:00	2025-06-19 18:00:00
2025-06-20	1	480	480	324	40	188	2025-06-20 10:00:00	2025-06-20 18:00:00
2025-06-21	1	0	0	0	0	0	\N	\N
2025-06-22	1	0	0	0	0	0	\N	\N
2025-06-23	1	0	0	0	0	0	\N	\N
2025-06-24	1	0	0	0	0	0	\N	\N
2025-06-25	1	480	480	359	30	159	2025-06-25 08:00:00	2025-06-25 16:00:00
2025-06-26	1	480	480	345	0	176	2025-06-26 08:00:00	2025-06-26 16:00:00
2025-06-27	1	480	480	302	0	130	2025-06-27 08:00:00	2025-06-27 16:00:00
2025-06-28	1	480	480	321	17	182	2025-06-28 09:00:00	2025-06-28 17:00:00
2025-06-29	1	360	360	249	0	127	2025-06-29 10:00:00	2025-06-29 16:00:00
2025-06-30	1	480	480	319	0	121	2025-06-30 12:00:00	2025-06-30 20:00:00
2025-07-01	1	480	480	307	0	143	2025-07-01 12:00:00	2025-07-01 20:00:00
2025-07-02	1	480	480	337	60	179	2025-07-02 08:00:00	2025-07-02 16:00:00
2025-07-03	1	480	480	367	132	248	2025-07-03 08:00:00	2025-07-03 16:00:00
2025-07-04	1	480	480	316	0	179	2025-07-04 12:00:00	2025-07-04 20:00:00
2025-07-05	1	0	0	0	0	0	\N	\N
2025-07-06	1	0	0	0	0	0	\N	\N
2025-07-07	1	480	480	334	104	193	2025-07-07 10:00:00	2025-07-07 18:00:00
2025-07-08	1	480	480	356	65	229	2025-07-08 12:00:00	2025-07-08 20:00:00
2025-07-09	1	480	480	358	73	239	2025-07-09 12:00:00	2025-07-09 20:00:00
2025-07-10	1	480	480	328	8	196	2025-07-10 10:00:00	2025-07-10 18:00:00
2025-07-11	1	480	480	347	33	141	2025-07-11 10:00:00	2025-07-11 18:00:00
2025-07-12	1	0	0	0	0	0	\N	\N
2025-07-13	1	0	0	0	0	0	\N	\N
2025-07-14	1	0	0	0	0	0	\N	\N
2025-07-15	1	0	0	0	0	0	\N	\N
2025-07-16	1	480	480	0	0	0	2025-07-16 10:00:00	2025-07-16 18:00:00
2025-07-17	1	480	480	0	0	0	2025-07-17 10:00:00	2025-07-17 18:00:00
2025-07-18	1	480	480	0	0	0	2025-07-18 10:00:00	2025-07-18 18:00:00
2025-07-19	1	480	480	352	1	157	2025-07-19 09:00:00	2025-07-19 17:00:00
2025-07-20	1	360	360	237	0	118	2025-07-20 10:00:00	2025-07-20 16:00:00
2025-07-21	1	480	480	308	0	175	2025-07-21 12:00:00	2025-07-21 20:00:00
2025-07-22	1	480	480	320	84	217	2025-07-22 12:00:00	2025-07-22 20:00:00
2025-07-23	1	480	480	288	12	161	2025-07-23 08:00:00	2025-07-23 16:00:00
2025-07-24	1	480	480	318	19	124	2025-07-24 08:00:00	2025-07-24 16:00:00
2025-07-25	1	480	480	339	0	159	2025-07-25 12:00:00	2025-07-25 20:00:00
2025-07-26	1	0	0	0	0	0	\N	\N
2025-07-27	1	0	0	0	0	0	\N	\N
2025-07-28	1	480	480	308	0	102	2025-07-28 10:00:00	2025-07-28 18:00:00
2025-07-29	1	480	480	309	0	132	2025-07-29 12:00:00	2025-07-29 20:00:00
2025-07-30	1	480	480	319	0	98	2025-07-30 12:00:00	2025-07-30 20:00:00
2025-07-31	1	480	480	336	22	132	2025-07-31 10:00:00	2025-07-31 18:00:00
2025-08-01	1	480	480	372	6	164	2025-08-01 10:00:00	2025-08-01 18:00:00
2025-08-02	1	0	0	0	0	0	\N	\N
2025-08-03	1	0	0	0	0	0	\N	\N
2025-08-04	1	0	0	0	0	0	\N	\N
2025-08-05	1	0	0	0	0	0	\N	\N
2025-08-06	1	480	480	333	48	175	2025-08-06 08:00:00	2025-08-06 16:00:00
2025-08-07	1	480	480	354	164	252	2025-08-07 08:00:00	2025-08-07 16:00:00
2025-08-08	1	480	480	373	57	182	2025-08-08 08:00:00	2025-08-08 16:00:00
2025-08-09	1	480	480	391	1	203	2025-08-09 09:00:00	2025-08-09 17:00:00
2025-08-10	1	360	360	262	52	161	2025-08-10 10:00:00	2025-08-10 16:00:00
2025-08-11	1	480	480	319	0	141	2025-08-11 12:00:00	2025-08-11 20:00:00
2025-08-12	1	480	480	312	3	119	2025-08-12 12:00:00	2025-08-12 20:00:00
2025-08-13	1	480	480	347	136	225	2025-08-13 08:00:00	2025-08-13 16:00:00
2025-08-14	1	480	480	295	0	137	2025-08-14 08:00:00	2025-08-14 16:00:00
2025-08-15	1	480	480	316	0	172	2025-08-15 12:00:00	2025-08-15 20:00:00
2025-08-16	1	0	0	0	0	0	\N	\N
2025-08-17	1	0	0	0	0	0	\N	\N
2025-08-18	1	480	480	398	61	255	2025-08-18 10:00:00	2025-08-18 18:00:00
2025-08-19	1	480	480	313	0	169	2025-08-19 12:00:00	2025-08-19 20:00:00
2025-08-20	1	480	480	333	41	204	2025-08-20 12:00:00	2025-08-20 20:00:00
2025-08-21	1	480	480	347	8	133	2025-08-21 10:00:00	2025-08-21 18:00:00
2023-09-15	2	480	480	307	0	104	2023-09-15 12:00:00	2023-09-15 20:00:00
2023-09-16	2	0	0	0	0	0	\N	\N
2023-09-17	2	0	0	0	0	0	\N	\N
2023-09-18	2	480	480	355	229	283	2023-09-18 10:00:00	2023-09-18 18:00:00
2023-09-19	2	480	480	336	0	107	2023-09-19 10:00:00	2023-09-19 18:00:00
2023-09-20	2	480	480	344	67	203	2023-09-20 12:00:00	2023-09-20 20:00:00
2023-09-21	2	480	480	285	12	164	2023-09-21 12:00:00	2023-09-21 20:00:00
2023-09-22	2	480	480	324	0	159	2023-09-22 10:00:00	2023-09-22 18:00:00
2023-09-23	2	0	0	0	0	0	\N	\N
2023-09-24	2	0	0	0	0	0	\N	\N
2023-09-25	2	480	480	309	135	238	2023-09-25 08:00:00	2023-09-25 16:00:00
2023-09-26	2	0	0	0	0	0	\N	\N
2023-09-27	2	0	0	0	0	0	\N	\N
2023-09-28	2	480	480	321	0	124	2023-09-28 08:00:00	2023-09-28 16:00:00
2023-09-29	2	480	480	332	0	130	2023-09-29 08:00:00	2023-09-29 16:00:00
2023-09-30	2	480	480	320	172	240	2023-09-30 09:00:00	2023-09-30 17:00:00
2023-10-01	2	360	360	269	151	206	2023-10-01 10:00:00	2023-10-01 16:00:00
2023-10-02	2	480	480	346	85	201	2023-10-02 08:00:00	2023-10-02 16:00:00
2023-10-03	2	480	480	327	77	175	2023-10-03 08:00:00	2023-10-03 16:00:00
2023-10-04	2	480	480	286	11	98	2023-10-04 12:00:00	2023-10-04 20:00:00
2023-10-05	2	480	480	363	5	149	2023-10-05 12:00:00	2023-10-05 20:00:00
2023-10-06	2	480	480	342	0	131	2023-10-06 12:00:00	2023-10-06 20:00:00
2023-10-07	2	0	0	0	0	0	\N	\N
2023-10-08	2	0	0	0	0	0	\N	\N
2023-10-09	2	480	480	338	0	146	2023-10-09 10:00:00	2023-10-09 18:00:00
2023-10-10	2	480	480	335	54	151	2023-10-10 10:00:00	2023-10-10 18:00:00
2023-10-11	2	480	480	301	48	137	2023-10-11 12:00:00	2023-10-11 20:00:00
2023-10-12	2	480	480	349	1	176	2023-10-12 08:00:00	2023-10-12 16:00:00
2023-10-13	2	480	480	307	272	282	2023-10-13 12:00:00	2023-10-13 20:00:00
2023-10-14	2	0	0	0	0	0	\N	\N
2023-10-15	2	0	0	0	0	0	\N	\N
2023-10-16	2	480	480	315	115	180	2023-10-16 08:00:00	2023-10-16 16:00:00
2023-10-17	2	0	0	0	0	0	\N	\N
2023-10-18	2	0	0	0	0	0	\N	\N
2023-10-19	2	480	480	342	0	196	2023-10-19 08:00:00	2023-10-19 16:00:00
2023-10-20	2	480	480	0	0	0	2023-10-20 10:00:00	2023-10-20 18:00:00
2023-10-21	2	480	480	331	1	190	2023-10-21 09:00:00	2023-10-21 17:00:00
2023-10-22	2	360	360	257	0	111	2023-10-22 10:00:00	2023-10-22 16:00:00
2023-10-23	2	480	480	0	0	0	2023-10-23 12:00:00	2023-10-23 20:00:00
2023-10-24	2	480	480	0	0	0	2023-10-24 12:00:00	2023-10-24 20:00:00
2023-10-25	2	480	480	0	0	0	2023-10-25 10:00:00	2023-10-25 18:00:00
2023-10-26	2	480	480	0	0	0	2023-10-26 10:00:00	2023-10-26 18:00:00
2023-10-27	2	480	480	0	0	0	2023-10-27 10:00:00	2023-10-27 18:00:00
2023-10-28	2	0	0	0	0	0	\N	\N
2023-10-29	2	0	0	0	0	0	\N	\N
2023-10-30	2	480	480	361	0	208	2023-10-30 10:00:00	2023-10-30 18:00:00
2023-10-31	2	480	480	366	20	180	2023-10-31 10:00:00	2023-10-31 18:00:00
2023-11-01	2	480	480	288	65	164	2023-11-01 12:00:00	2023-11-01 20:00:00
2023-11-02	2	480	480	335	0	190	2023-11-02 12:00:00	2023-11-02 20:00:00
2023-11-03	2	480	480	350	0	140	2023-11-03 10:00:00	2023-11-03 18:00:00
2023-11-04	2	0	0	0	0	0	\N	\N
2023-11-05	2	0	0	0	0	0	\N	\N
2023-11-06	2	480	480	286	62	151	2023-11-06 08:00:00	2023-11-06 16:00:00
2023-11-07	2	0	0	0	0	0	\N	\N
2023-11-08	2	0	0	0	0	0	\N	\N
2023-11-09	2	480	480	364	0	202	2023-11-09 08:00:00	2023-11-09 16:00:00
2023-11-10	2	480	480	285	34	125	2023-11-10 08:00:00	2023-11-10 16:00:00
2023-11-11	2	480	480	353	1	146	2023-11-11 09:00:00	2023-11-11 17:00:00
2023-11-12	2	360	360	264	76	133	2023-11-12 10:00:00	2023-11-12 16:00:00
2023-11-13	2	480	480	348	97	177	2023-11-13 08:00:00	2023-11-13 16:00:00
2023-11-14	2	480	480	385	0	182	2023-11-14 08:00:00	2023-11-14 16:00:00
2023-11-15	2	480	480	333	93	216	2023-11-15 12:00:00	2023-11-15 20:00:00
2023-11-16	2	480	480	333	84	179	2023-11-16 12:00:00	2023-11-16 20:00:00
2023-11-17	2	480	480	352	17	163	2023-11-17 12:00:00	2023-11-17 20:00:00
2023-11-18	2	0	0	0	0	0	\N	\N
2023-11-19	2	0	0	0	0	0	\N	\N
2023-11-20	2	480	480	349	16	163	2023-11-20 10:00:00	2023-11-20 18:00:00
2023-11-21	2	480	480	340	0	185	2023-11-21 10:00:00	2023-11-21 18:00:00
2023-11-22	2	480	480	376	0	131	2023-11-22 12:00:00	2023-11-22 20:00:00
2023-11-23	2	480	480	306	58	143	2023-11-23 12:00:00	2023-11-23 20:00:00
2023-11-24	2	480	480	309	104	206	2023-11-24 10:00:00	2023-11-24 18:00:00
2023-11-25	2	0	0	0	0	0	\N	\N
2023-11-26	2	0	0	0	0	0	\N	\N
2023-11-27	2	480	480	330	0	130	2023-11-27 08:00:00	2023-11-27 16:00:00
2023-11-28	2	0	0	0	0	0	\N	\N
2023-11-29	2	0	0	0	0	0	\N	\N
2023-11-30	2	480	480	369	0	124	2023-11-30 08:00:00	2023-11-30 16:00:00
2023-12-01	2	480	480	371	11	223	2023-12-01 08:00:00	2023-12-01 16:00:00
2023-12-02	2	480	480	317	1	155	2023-12-02 09:00:00	2023-12-02 17:00:00
2023-12-03	2	360	360	238	39	111	2023-12-03 10:00:00	2023-12-03 16:00:00
2023-12-04	2	480	480	347	0	155	2023-12-04 08:00:00	2023-12-04 16:00:00
2023-12-05	2	480	480	337	91	195	2023-12-05 08:00:00	2023-12-05 16:00:00
2023-12-06	2	480	480	346	31	166	2023-12-06 12:00:00	2023-12-06 20:00:00
2023-12-07	2	480	480	328	0	106	2023-12-07 12:00:00	2023-12-07 20:00:00
2023-12-08	2	480	480	353	1	204	2023-12-08 12:00:00	2023-12-08 20:00:00
2023-12-09	2	0	0	0	0	0	\N	\N
2023-12-10	2	0	0	0	0	0	\N	\N
2023-12-11	2	480	480	328	58	180	2023-12-11 12:00:00	2023-12-11 20:00:00
2023-12-12	2	480	480	310	10	188	2023-12-12 12:00:00	2023-12-12 20:00:00
2023-12-13	2	480	480	342	145	242	2023-12-13 12:00:00	2023-12-13 20:00:00
2023-12-14	2	480	480	342	75	156	2023-12-14 12:00:00	2023-12-14 20:00:00
2023-12-15	2	480	480	343	100	174	2023-12-15 12:00:00	2023-12-15 20:00:00
2023-12-16	2	0	0	0	0	0	\N	\N
2023-12-17	2	0	0	0	0	0	\N	\N
2023-12-18	2	480	480	294	268	275	2023-12-18 08:00:00	2023-12-18 16:00:00
2023-12-19	2	0	0	0	0	0	\N	\N
2023-12-20	2	0	0	0	0	0	\N	\N
2023-12-21	2	480	480	343	56	153	2023-12-21 08:00:00	2023-12-21 16:00:00
2023-12-22	2	480	480	392	39	155	2023-12-22 08:00:00	2023-12-22 16:00:00
2023-12-23	2	480	480	397	281	323	2023-12-23 09:00:00	2023-12-23 17:00:00
2023-12-24	2	360	360	266	195	235	2023-12-24 10:00:00	2023-12-24 16:00:00
2023-12-25	2	0	0	0	0	0	\N	\N
2023-12-26	2	0	0	0	0	0	\N	\N
2023-12-27	2	480	480	359	0	172	2023-12-27 12:00:00	2023-12-27 20:00:00
2023-12-28	2	480	480	329	0	119	2023-12-28 12:00:00	2023-12-28 20:00:00
2023-12-29	2	480	480	346	25	179	2023-12-29 12:00:00	2023-12-29 20:00:00
2023-12-30	2	0	0	0	0	0	\N	\N
2023-12-31	2	0	0	0	0	0	\N	\N
2024-01-01	2	0	0	0	0	0	\N	\N
2024-01-02	2	480	480	348	42	146	2024-01-02 10:00:00	2024-01-02 18:00:00
2024-01-03	2	480	480	311	109	189	2024-01-03 12:00:00	2024-01-03 20:00:00
2024-01-04	2	480	480	286	39	163	2024-01-04 12:00:00	2024-01-04 20:00:00
2024-01-05	2	480	480	323	104	228	2024-01-05 10:00:00	2024-01-05 18:00:00
2024-01-06	2	0	0	0	0	0	\N	\N
2024-01-07	2	0	0	0	0	0	\N	\N
2024-01-08	2	480	480	321	97	214	2024-01-08 08:00:00	2024-01-08 16:00:00
2024-01-09	2	0	0	0	0	0	\N	\N
2024-01-10	2	0	0	0	0	0	\N	\N
2024-01-11	2	480	480	410	58	170	2024-01-11 08:00:00	2024-01-11 16:00:00
2024-01-12	2	480	480	329	0	190	2024-01-12 08:00:00	2024-01-12 16:00:00
2024-01-13	2	480	480	335	309	324	2024-01-13 09:00:00	2024-01-13 17:00:00
2024-01-14	2	360	360	263	190	219	2024-01-14 10:00:00	2024-01-14 16:00:00
2024-01-15	2	480	480	354	120	201	2024-01-15 08:00:00	2024-01-15 16:00:00
2024-01-16	2	480	480	371	0	187	2024-01-16 08:00:00	2024-01-16 16:00:00
2024-01-17	2	480	480	309	103	201	2024-01-17 12:00:00	2024-01-17 20:00:00
2024-01-18	2	480	480	396	99	238	2024-01-18 12:00:00	2024-01-18 20:00:00
2024-01-19	2	480	480	353	19	140	2024-01-19 12:00:00	2024-01-19 20:00:00
2024-01-20	2	0	0	0	0	0	\N	\N
2024-01-21	2	0	0	0	0	0	\N	\N
2024-01-22	2	480	480	325	35	195	2024-01-22 10:00:00	2024-01-22 18:00:00
2024-01-23	2	480	480	319	66	148	2024-01-23 12:00:00	2024-01-23 20:00:00
2024-01-24	2	480	480	316	287	302	2024-01-24 12:00:00	2024-01-24 20:00:00
2024-01-25	2	480	480	272	5	134	2024-01-25 12:00:00	2024-01-25 20:00:00
2024-01-26	2	480	480	332	0	145	2024-01-26 10:00:00	2024-01-26 18:00:00
2024-01-27	2	0	0	0	0	0	\N	\N
2024-01-28	2	0	0	0	0	0	\N	\N
2024-01-29	2	480	480	319	82	210	2024-01-29 08:00:00	2024-01-29 16:00:00
2024-01-30	2	0	0	0	0	0	\N	\N
2024-01-31	2	0	0	0	0	0	\N	\N
2024-02-01	2	480	480	401	123	219	2024-02-01 08:00:00	2024-02-01 16:00:00
2024-02-02	2	480	480	366	53	226	2024-02-02 08:00:00	2024-02-02 16:00:00
2024-02-03	2	480	480	317	1	121	2024-02-03 09:00:00	2024-02-03 17:00:00
2024-02-04	2	360	360	289	0	143	2024-02-04 10:00:00	2024-02-04 16:00:00
2024-02-05	2	480	480	363	0	179	2024-02-05 08:00:00	2024-02-05 16:00:00
2024-02-06	2	480	480	300	0	93	2024-02-06 08:00:00	2024-02-06 16:00:00
2024-02-07	2	480	480	310	25	114	2024-02-07 12:00:00	2024-02-07 20:00:00
2024-02-08	2	480	480	330	0	104	2024-02-08 12:00:00	2024-02-08 20:00:00
2024-02-09	2	480	480	308	73	156	2024-02-09 12:00:00	2024-02-09 20:00:00
2024-02-10	2	0	0	0	0	0	\N	\N
2024-02-11	2	0	0	0	0	0	\N	\N
2024-02-12	2	480	480	378	0	182	2024-02-12 10:00:00	2024-02-12 18:00:00
2024-02-13	2	480	480	327	25	156	2024-02-13 10:00:00	2024-02-13 18:00:00
2024-02-14	2	480	480	302	14	104	2024-02-14 12:00:00	2024-02-14 20:00:00
2024-02-15	2	480	480	309	21	157	2024-02-15 12:00:00	2024-02-15 20:00:00
2024-02-16	2	480	480	333	14	194	2024-02-16 10:00:00	2024-02-16 18:00:00
2024-02-17	2	0	0	0	0	0	\N	\N
2024-02-18	2	0	0	0	0	0	\N	\N
2024-02-19	2	480	480	296	31	157	2024-02-19 08:00:00	2024-02-19 16:00:00
2024-02-20	2	0	0	0	0	0	\N	\N
2024-02-21	2	0	0	0	0	0	\N	\N
2024-02-22	2	480	480	325	0	191	2024-02-22 08:00:00	2024-02-22 16:00:00
2024-02-23	2	480	480	332	15	126	2024-02-23 08:00:00	2024-02-23 16:00:00
2024-02-24	2	480	480	362	1	198	2024-02-24 09:00:00	2024-02-24 17:00:00
2024-02-25	2	360	360	245	0	133	2024-02-25 10:00:00	2024-02-25 16:00:00
2024-02-26	2	480	480	401	32	238	2024-02-26 08:00:00	2024-02-26 16:00:00
2024-02-27	2	480	480	323	18	190	2024-02-27 08:00:00	2024-02-27 16:00:00
2024-02-28	2	480	480	299	170	213	2024-02-28 12:00:00	2024-02-28 20:00:00
2024-02-29	2	480	480	325	0	130	2024-02-29 12:00:00	2024-02-29 20:00:00
2024-03-01	2	480	480	329	0	106	2024-03-01 12:00:00	2024-03-01 20:00:00
2024-03-02	2	0	0	0	0	0	\N	\N
2024-03-03	2	0	0	0	0	0	\N	\N
2024-03-04	2	480	480	343	0	110	2024-03-04 10:00:00	2024-03-04 18:00:00
2024-03-05	2	480	480	354	81	199	2024-03-05 10:00:00	2024-03-05 18:00:00
2024-03-06	2	480	480	378	34	153	2024-03-06 12:00:00	2024-03-06 20:00:00
2024-03-07	2	480	480	347	47	177	2024-03-07 12:00:00	2024-03-07 20:00:00
2024-03-08	2	480	480	397	16	165	2024-03-08 10:00:00	2024-03-08 18:00:00
2024-03-09	2	0	0	0	0	0	\N	\N
2024-03-10	2	0	0	0	0	0	\N	\N
2024-03-11	2	480	480	316	0	110	2024-03-11 08:00:00	2024-03-11 16:00:00
2024-03-12	2	0	0	0	0	0	\N	\N
2024-03-13	2	0	0	0	0	0	\N	\N
2024-03-14	2	480	480	379	0	120	2024-03-14 08:00:00	2024-03-14 16:00:00
2024-03-15	2	480	480	371	0	160	2024-03-15 08:00:00	2024-03-15 16:00:00
2024-03-16	2	480	480	400	0	195	2024-03-16 09:00:00	2024-03-16 17:00:00
2024-03-17	2	360	360	252	0	115	2024-03-17 10:00:00	2024-03-17 16:00:00
2024-03-18	2	480	480	359	37	195	2024-03-18 08:00:00	2024-03-18 16:00:00
2024-03-19	2	480	480	304	65	192	2024-03-19 08:00:00	2024-03-19 16:00:00
2024-03-20	2	480	480	323	0	163	2024-03-20 12:00:00	2024-03-20 20:00:00
2024-03-21	2	480	480	317	0	184	2024-03-21 12:00:00	2024-03-21 20:00:00
2024-03-22	2	480	480	321	7	103	2024-03-22 12:00:00	2024-03-22 20:00:00
2024-03-23	2	0	0	0	0	0	\N	\N
2024-03-24	2	0	0	0	0	0	\N	\N
2024-03-25	2	480	480	336	26	122	2024-03-25 10:00:00	2024-03-25 18:00:00
2024-03-26	2	480	480	288	0	154	2024-03-26 10:00:00	2024-03-26 18:00:00
2024-03-27	2	480	480	288	0	160	2024-03-27 12:00:00	2024-03-27 20:00:00
2024-03-28	2	480	480	359	65	239	2024-03-28 12:00:00	2024-03-28 20:00:00
2024-03-29	2	480	480	323	0	117	2024-03-29 10:00:00	2024-03-29 18:00:00
2024-03-30	2	0	0	0	0	0	\N	\N
2024-03-31	2	0	0	0	0	0	\N	\N
2024-04-01	2	480	480	368	18	141	2024-04-01 08:00:00	2024-04-01 16:00:00
2024-04-02	2	0	0	0	0	0	\N	\N
2024-04-03	2	0	0	0	0	0	\N	\N
2024-04-04	2	480	480	342	30	204	2024-04-04 08:00:00	2024-04-04 16:00:00
2024-04-05	2	480	480	338	23	130	2024-04-05 08:00:00	2024-04-05 16:00:00
2024-04-06	2	480	480	312	1	172	2024-04-06 09:00:00	2024-04-06 17:00:00
2024-04-07	2	360	360	199	0	71	2024-04-07 10:00:00	2024-04-07 16:00:00
2024-04-08	2	480	480	360	35	196	2024-04-08 08:00:00	2024-04-08 16:00:00
2024-04-09	2	480	480	351	0	125	2024-04-09 08:00:00	2024-04-09 16:00:00
2024-04-10	2	480	480	358	11	187	2024-04-10 12:00:00	2024-04-10 20:00:00
2024-04-11	2	480	480	299	0	115	2024-04-11 12:00:00	2024-04-11 20:00:00
2024-04-12	2	480	480	354	0	146	2024-04-12 12:00:00	2024-04-12 20:00:00
2024-04-13	2	0	0	0	0	0	\N	\N
2024-04-14	2	0	0	0	0	0	\N	\N
2024-04-15	2	480	480	310	11	106	2024-04-15 10:00:00	2024-04-15 18:00:00
2024-04-16	2	480	480	282	0	163	2024-04-16 10:00:00	2024-04-16 18:00:00
2024-04-17	2	480	480	381	161	276	2024-04-17 12:00:00	2024-04-17 20:00:00
2024-04-18	2	480	480	337	94	228	2024-04-18 12:00:00	2024-04-18 20:00:00
2024-04-19	2	480	480	308	185	246	2024-04-19 10:00:00	2024-04-19 18:00:00
2024-04-20	2	0	0	0	0	0	\N	\N
2024-04-21	2	0	0	0	0	0	\N	\N
2024-04-22	2	480	480	346	25	134	2024-04-22 08:00:00	2024-04-22 16:00:00
2024-04-23	2	0	0	0	0	0	\N	\N
2024-04-24	2	0	0	0	0	0	\N	\N
2024-04-25	2	480	480	362	21	125	2024-04-25 08:00:00	2024-04-25 16:00:00
2024-04-26	2	480	480	360	6	192	2024-04-26 08:00:00	2024-04-26 16:00:00
2024-04-27	2	480	480	354	1	183	2024-04-27 09:00:00	2024-04-27 17:00:00
2024-04-28	2	360	360	232	65	122	2024-04-28 10:00:00	2024-04-28 16:00:00
2024-04-29	2	480	480	305	27	154	2024-04-29 08:00:00	2024-04-29 16:00:00
2024-04-30	2	480	480	334	1	156	2024-04-30 08:00:00	2024-04-30 16:00:00
2024-05-01	2	480	480	323	0	142	2024-05-01 12:00:00	2024-05-01 20:00:00
2024-05-02	2	480	480	355	25	149	2024-05-02 12:00:00	2024-05-02 20:00:00
2024-05-03	2	480	480	287	127	176	2024-05-03 12:00:00	2024-05-03 20:00:00
2024-05-04	2	0	0	0	0	0	\N	\N
2024-05-05	2	0	0	0	0	0	\N	\N
2024-05-06	2	480	480	340	0	176	2024-05-06 10:00:00	2024-05-06 18:00:00
2024-05-07	2	480	480	372	8	176	2024-05-07 10:00:00	2024-05-07 18:00:00
2024-05-08	2	480	480	391	79	174	2024-05-08 12:00:00	2024-05-08 20:00:00
2024-05-09	2	480	480	301	9	104	2024-05-09 12:00:00	2024-05-09 20:00:00
2024-05-10	2	480	480	372	0	141	2024-05-10 10:00:00	2024-05-10 18:00:00
2024-05-11	2	0	0	0	0	0	\N	\N
2024-05-12	2	0	0	0	0	0	\N	\N
2024-05-13	2	480	480	297	0	139	2024-05-13 08:00:00	2024-05-13 16:00:00
2024-05-14	2	0	0	0	0	0	\N	\N
2024-05-15	2	0	0	0	0	0	\N	\N
2024-05-16	2	480	480	353	19	123	2024-05-16 08:00:00	2024-05-16 16:00:00
2024-05-17	2	480	480	328	0	190	2024-05-17 08:00:00	2024-05-17 16:00:00
2024-05-18	2	480	480	346	1	162	2024-05-18 09:00:00	2024-05-18 17:00:00
2024-05-19	2	360	360	260	0	117	2024-05-19 10:00:00	2024-05-19 16:00:00
2024-05-20	2	480	480	394	0	169	2024-05-20 08:00:00	2024-05-20 16:00:00
2024-05-21	2	480	480	336	95	170	2024-05-21 08:00:00	2024-05-21 16:00:00
2024-05-22	2	480	480	316	0	173	2024-05-22 12:00:00	2024-05-22 20:00:00
2024-05-23	2	480	480	341	8	145	2024-05-23 12:00:00	2024-05-23 20:00:00
2024-05-24	2	480	480	402	0	133	2024-05-24 12:00:00	2024-05-24 20:00:00
2024-05-25	2	0	0	0	0	0	\N	\N
2024-05-26	2	0	0	0	0	0	\N	\N
2024-05-27	2	480	480	351	0	201	2024-05-27 10:00:00	2024-05-27 18:00:00
2024-05-28	2	480	480	338	70	192	2024-05-28 10:00:00	2024-05-28 18:00:00
2024-05-29	2	480	480	365	73	185	2024-05-29 12:00:00	2024-05-29 20:00:00
2024-05-30	2	480	480	358	92	172	2024-05-30 12:00:00	2024-05-30 20:00:00
2024-05-31	2	480	480	353	0	169	2024-05-31 10:00:00	2024-05-31 18:00:00
2024-06-01	2	0	0	0	0	0	\N	\N
2024-06-02	2	0	0	0	0	0	\N	\N
2024-06-03	2	480	480	317	0	141	2024-06-03 08:00:00	2024-06-03 16:00:00
2024-06-04	2	0	0	0	0	0	\N	\N
2024-06-05	2	0	0	0	0	0	\N	\N
2024-06-06	2	480	480	354	31	201	2024-06-06 08:00:00	2024-06-06 16:00:00
2024-06-07	2	480	480	352	2	163	2024-06-07 08:00:00	2024-06-07 16:00:00
2024-06-08	2	480	480	331	1	155	2024-06-08 09:00:00	2024-06-08 17:00:00
2024-06-09	2	360	360	243	172	210	2024-06-09 10:00:00	2024-06-09 16:00:00
2024-06-10	2	480	480	363	159	257	2024-06-10 08:00:00	2024-06-10 16:00:00
2024-06-11	2	480	480	340	63	204	2024-06-11 08:00:00	2024-06-11 16:00:00
2024-06-12	2	480	480	284	0	100	2024-06-12 12:00:00	2024-06-12 20:00:00
2024-06-13	2	480	480	394	4	183	2024-06-13 12:00:00	2024-06-13 20:00:00
2024-06-14	2	480	480	346	0	192	2024-06-14 12:00:00	2024-06-14 20:00:00
2024-06-15	2	0	0	0	0	0	\N	\N
2024-06-16	2	0	0	0	0	0	\N	\N
2024-06-17	2	480	480	378	0	125	2024-06-17 10:00:00	2024-06-17 18:00:00
2024-06-18	2	480	480	299	0	91	2024-06-18 08:00:00	2024-06-18 16:00:00
2024-06-19	2	480	480	325	0	142	2024-06-19 12:00:00	2024-06-19 20:00:00
2024-06-20	2	480	480	308	115	219	2024-06-20 12:00:00	2024-06-20 20:00:00
2024-06-21	2	480	480	363	32	199	2024-06-21 10:00:00	2024-06-21 18:00:00
2024-06-22	2	0	0	0	0	0	\N	\N
2024-06-23	2	0	0	0	0	0	\N	\N
2024-06-24	2	480	480	328	2	147	2024-06-24 08:00:00	2024-06-24 16:00:00
2024-06-25	2	0	0	0	0	0	\N	\N
2024-06-26	2	0	0	0	0	0	\N	\N
2024-06-27	2	480	480	322	0	119	2024-06-27 08:00:00	2024-06-27 16:00:00
2024-06-28	2	480	480	315	0	141	2024-06-28 08:00:00	2024-06-28 16:00:00
2024-06-29	2	480	480	351	1	163	2024-06-29 09:00:00	2024-06-29 17:00:00
2024-06-30	2	360	360	265	0	119	2024-06-30 10:00:00	2024-06-30 16:00:00
2024-07-01	2	480	480	324	75	193	2024-07-01 08:00:00	2024-07-01 16:00:00
2024-07-02	2	480	480	315	0	185	2024-07-02 08:00:00	2024-07-02 16:00:00
2024-07-03	2	480	480	318	60	191	2024-07-03 12:00:00	2024-07-03 20:00:00
2024-07-04	2	480	480	366	0	122	2024-07-04 12:00:00	2024-07-04 20:00:00
2024-07-05	2	480	480	365	0	133	2024-07-05 12:00:00	2024-07-05 20:00:00
2024-07-06	2	0	0	0	0	0	\N	\N
2024-07-07	2	0	0	0	0	0	\N	\N
2024-07-08	2	480	480	299	0	131	2024-07-08 10:00:00	2024-07-08 18:00:00
2024-07-09	2	480	480	299	0	152	2024-07-09 10:00:00	2024-07-09 18:00:00
2024-07-10	2	480	480	385	49	198	2024-07-10 12:00:00	2024-07-10 20:00:00
2024-07-11	2	480	480	376	44	229	2024-07-11 12:00:00	2024-07-11 20:00:00
2024-07-12	2	480	480	295	37	154	2024-07-12 10:00:00	2024-07-12 18:00:00
2024-07-13	2	0	0	0	0	0	\N	\N
2024-07-14	2	0	0	0	0	0	\N	\N
2024-07-15	2	480	480	286	23	149	2024-07-15 08:00:00	2024-07-15 16:00:00
2024-07-16	2	0	0	0	0	0	\N	\N
2024-07-17	2	0	0	0	0	0	\N	\N
2024-07-18	2	480	480	306	0	116	2024-07-18 08:00:00	2024-07-18 16:00:00
2024-07-19	2	480	480	306	0	171	2024-07-19 08:00:00	2024-07-19 16:00:00
2024-07-20	2	480	480	343	130	229	2024-07-20 09:00:00	2024-07-20 17:00:00
2024-07-21	2	360	360	252	0	105	2024-07-21 10:00:00	2024-07-21 16:00:00
2024-07-22	2	480	480	349	0	192	2024-07-22 08:00:00	2024-07-22 16:00:00
2024-07-23	2	480	480	313	0	172	2024-07-23 08:00:00	2024-07-23 16:00:00
2024-07-24	2	480	480	298	10	148	2024-07-24 12:00:00	2024-07-24 20:00:00
2024-07-25	2	480	480	347	0	155	2024-07-25 12:00:00	2024-07-25 20:00:00
2024-07-26	2	480	480	349	0	188	2024-07-26 12:00:00	2024-07-26 20:00:00
2024-07-27	2	0	0	0	0	0	\N	\N
2024-07-28	2	0	0	0	0	0	\N	\N
2024-07-29	2	480	480	287	0	121	2024-07-29 10:00:00	2024-07-29 18:00:00
2024-07-30	2	480	480	304	81	189	2024-07-30 10:00:00	2024-07-30 18:00:00
2024-07-31	2	480	480	351	16	127	2024-07-31 12:00:00	2024-07-31 20:00:00
2024-08-01	2	480	480	360	7	192	2024-08-01 12:00:00	2024-08-01 20:00:00
2024-08-02	2	480	480	364	0	117	2024-08-02 10:00:00	2024-08-02 18:00:00
2024-08-03	2	0	0	0	0	0	\N	\N
2024-08-04	2	0	0	0	0	0	\N	\N
2024-08-05	2	480	480	358	0	150	2024-08-05 08:00:00	2024-08-05 16:00:00
2024-08-06	2	0	0	0	0	0	\N	\N
2024-08-07	2	0	0	0	0	0	\N	\N
2024-08-08	2	480	480	301	0	169	2024-08-08 08:00:00	2024-08-08 16:00:00
2024-08-09	2	480	480	393	30	199	2024-08-09 08:00:00	2024-08-09 16:00:00
2024-08-10	2	480	480	337	1	132	2024-08-10 09:00:00	2024-08-10 17:00:00
2024-08-11	2	360	360	280	0	114	2024-08-11 10:00:00	2024-08-11 16:00:00
2024-08-12	2	480	480	314	0	141	2024-08-12 08:00:00	2024-08-12 16:00:00
2024-08-13	2	480	480	311	134	205	2024-08-13 08:00:00	2024-08-13 16:00:00
2024-08-14	2	480	480	377	0	149	2024-08-14 12:00:00	2024-08-14 20:00:00
2024-08-15	2	480	480	327	117	190	2024-08-15 08:00:00	2024-08-15 16:00:00
2024-08-16	2	480	480	294	5	136	2024-08-16 12:00:00	2024-08-16 20:00:00
2024-08-17	2	0	0	0	0	0	\N	\N
2024-08-18	2	0	0	0	0	0	\N	\N
2024-08-19	2	480	480	360	21	191	2024-08-19 10:00:00	2024-08-19 18:00:00
2024-08-20	2	480	480	374	152	262	2024-08-20 10:00:00	2024-08-20 18:00:00
2024-08-21	2	480	480	323	150	221	2024-08-21 12:00:00	2024-08-21 20:00:00
2024-08-22	2	480	480	314	0	146	2024-08-22 12:00:00	2024-08-22 20:00:00
2024-08-23	2	480	480	364	16	187	2024-08-23 10:00:00	2024-08-23 18:00:00
2024-08-24	2	0	0	0	0	0	\N	\N
2024-08-25	2	0	0	0	0	0	\N	\N
2024-08-26	2	480	480	396	0	164	2024-08-26 08:00:00	2024-08-26 16:00:00
2024-08-27	2	0	0	0	0	0	\N	\N
2024-08-28	2	0	0	0	0	0	\N	\N
2024-08-29	2	480	480	360	155	224	2024-08-29 08:00:00	2024-08-29 16:00:00
2024-08-30	2	480	480	336	100	173	2024-08-30 08:00:00	2024-08-30 16:00:00
2024-08-31	2	480	480	351	1	148	2024-08-31 09:00:00	2024-08-31 17:00:00
2024-09-01	2	360	360	251	0	121	2024-09-01 10:00:00	2024-09-01 16:00:00
2024-09-02	2	480	480	327	0	108	2024-09-02 08:00:00	2024-09-02 16:00:00
2024-09-03	2	480	480	323	17	111	2024-09-03 08:00:00	2024-09-03 16:00:00
2024-09-04	2	480	480	315	0	112	2024-09-04 12:00:00	2024-09-04 20:00:00
2024-09-05	2	480	480	298	7	105	2024-09-05 12:00:00	2024-09-05 20:00:00
2024-09-06	2	480	480	351	42	159	2024-09-06 12:00:00	2024-09-06 20:00:00
2024-09-07	2	0	0	0	0	0	\N	\N
2024-09-08	2	0	0	0	0	0	\N	\N
2024-09-09	2	480	480	317	0	137	2024-09-09 10:00:00	2024-09-09 18:00:00
2024-09-10	2	480	480	333	137	220	2024-09-10 10:00:00	2024-09-10 18:00:00
2024-09-11	2	480	480	309	36	161	2024-09-11 12:00:00	2024-09-11 20:00:00
2024-09-12	2	480	480	307	17	105	2024-09-12 12:00:00	2024-09-12 20:00:00
2024-09-13	2	480	480	328	0	105	2024-09-13 10:00:00	2024-09-13 18:00:00
2024-09-14	2	0	0	0	0	0	\N	\N
2024-09-15	2	0	0	0	0	0	\N	\N
2024-09-16	2	480	480	362	22	163	2024-09-16 08:00:00	2024-09-16 16:00:00
2024-09-17	2	0	0	0	0	0	\N	\N
2024-09-18	2	0	0	0	0	0	\N	\N
2024-09-19	2	480	480	316	0	98	2024-09-19 08:00:00	2024-09-19 16:00:00
2024-09-20	2	480	480	342	36	175	2024-09-20 08:00:00	2024-09-20 16:00:00
2024-09-21	2	480	480	327	1	159	2024-09-21 09:00:00	2024-09-21 17:00:00
2024-09-22	2	360	360	248	0	83	2024-09-22 10:00:00	2024-09-22 16:00:00
2024-09-23	2	480	480	318	39	123	2024-09-23 08:00:00	2024-09-23 16:00:00
2024-09-24	2	480	480	315	7	161	2024-09-24 08:00:00	2024-09-24 16:00:00
2024-09-25	2	480	480	336	7	176	2024-09-25 12:00:00	2024-09-25 20:00:00
2024-09-26	2	480	480	327	11	146	2024-09-26 12:00:00	2024-09-26 20:00:00
2024-09-27	2	480	480	311	0	134	2024-09-27 12:00:00	2024-09-27 20:00:00
2024-09-28	2	0	0	0	0	0	\N	\N
2024-09-29	2	0	0	0	0	0	\N	\N
2024-09-30	2	480	480	335	0	193	2024-09-30 10:00:00	2024-09-30 18:00:00
2024-10-01	2	480	480	388	10	163	2024-10-01 10:00:00	2024-10-01 18:00:00
2024-10-02	2	480	480	367	65	202	2024-10-02 12:00:00	2024-10-02 20:00:00
2024-10-03	2	480	480	363	0	177	2024-10-03 12:00:00	2024-10-03 20:00:00
2024-10-04	2	480	480	351	0	186	2024-10-04 10:00:00	2024-10-04 18:00:00
2024-10-05	2	0	0	0	0	0	\N	\N
2024-10-06	2	0	0	0	0	0	\N	\N
2024-10-07	2	480	480	0	0	0	2024-10-07 10:00:00	2024-10-07 18:00:00
2024-10-08	2	0	0	0	0	0	\N	\N
2024-10-09	2	0	0	0	0	0	\N	\N
2024-10-10	2	480	480	0	0	0	2024-10-10 10:00:00	2024-10-10 18:00:00
2024-10-11	2	480	480	0	0	0	2024-10-11 10:00:00	2024-10-11 18:00:00
2024-10-12	2	480	480	323	1	168	2024-10-12 09:00:00	2024-10-12 17:00:00
2024-10-13	2	360	360	244	0	128	2024-10-13 10:00:00	2024-10-13 16:00:00
2024-10-14	2	480	480	337	212	255	2024-10-14 08:00:00	2024-10-14 16:00:00
2024-10-15	2	480	480	346	78	226	2024-10-15 08:00:00	2024-10-15 16:00:00
2024-10-16	2	480	480	344	20	174	2024-10-16 12:00:00	2024-10-16 20:00:00
2024-10-17	2	480	480	297	0	123	2024-10-17 12:00:00	2024-10-17 20:00:00
2024-10-18	2	480	480	342	13	176	2024-10-18 12:00:00	2024-10-18 20:00:00
2024-10-19	2	0	0	0	0	0	\N	\N
2024-10-20	2	0	0	0	0	0	\N	\N
2024-10-21	2	480	480	328	10	121	2024-10-21 10:00:00	2024-10-21 18:00:00
2024-10-22	2	480	480	343	0	204	2024-10-22 10:00:00	2024-10-22 18:00:00
2024-10-23	2	480	480	317	0	164	2024-10-23 12:00:00	2024-10-23 20:00:00
2024-10-24	2	480	480	356	0	153	2024-10-24 12:00:00	2024-10-24 20:00:00
2024-10-25	2	480	480	341	0	151	2024-10-25 10:00:00	2024-10-25 18:00:00
2024-10-26	2	0	0	0	0	0	\N	\N
2024-10-27	2	0	0	0	0	0	\N	\N
2024-10-28	2	480	480	339	4	162	2024-10-28 08:00:00	2024-10-28 16:00:00
2024-10-29	2	0	0	0	0	0	\N	\N
2024-10-30	2	0	0	0	0	0	\N	\N
2024-10-31	2	480	480	341	46	193	2024-10-31 08:00:00	2024-10-31 16:00:00
2024-11-01	2	480	480	302	0	112	2024-11-01 08:00:00	2024-11-01 16:00:00
2024-11-02	2	480	480	356	1	208	2024-11-02 09:00:00	2024-11-02 17:00:00
2024-11-03	2	360	360	226	80	135	2024-11-03 10:00:00	2024-11-03 16:00:00
2024-11-04	2	480	480	343	86	229	2024-11-04 08:00:00	2024-11-04 16:00:00
2024-11-05	2	480	480	346	56	175	2024-11-05 08:00:00	2024-11-05 16:00:00
2024-11-06	2	480	480	349	92	175	2024-11-06 08:00:00	2024-11-06 16:00:00
2024-11-07	2	480	480	362	0	209	2024-11-07 08:00:00	2024-11-07 16:00:00
2024-11-08	2	480	480	297	39	129	2024-11-08 08:00:00	2024-11-08 16:00:00
2024-11-09	2	0	0	0	0	0	\N	\N
2024-11-10	2	0	0	0	0	0	\N	\N
2024-11-11	2	488	480	335	69	152	2024-11-11 10:00:00	2024-11-11 18:00:00
2024-11-12	2	480	480	0	0	0	2024-11-12 10:00:00	2024-11-12 18:00:00
2024-11-13	2	480	480	0	0	0	2024-11-13 12:00:00	2024-11-13 20:00:00
2024-11-14	2	480	480	0	0	0	2024-11-14 12:00:00	2024-11-14 20:00:00
2024-11-15	2	480	480	360	0	212	2024-11-15 10:00:00	2024-11-15 18:00:00
2024-11-16	2	0	0	0	0	0	\N	\N
2024-11-17	2	0	0	0	0	0	\N	\N
2024-11-18	2	480	480	296	6	119	2024-11-18 08:00:00	2024-11-18 16:00:00
2024-11-19	2	0	0	0	0	0	\N	\N
2024-11-20	2	0	0	0	0	0	\N	\N
2024-11-21	2	480	480	356	15	166	2024-11-21 08:00:00	2024-11-21 16:00:00
2024-11-22	2	480	480	340	33	199	2024-11-22 08:00:00	2024-11-22 16:00:00
2024-11-23	2	480	480	331	26	126	2024-11-23 09:00:00	2024-11-23 17:00:00
2024-11-24	2	360	360	236	0	102	2024-11-24 10:00:00	2024-11-24 16:00:00
2024-11-25	2	480	480	271	0	133	2024-11-25 08:00:00	2024-11-25 16:00:00
2024-11-26	2	480	480	325	128	200	2024-11-26 08:00:00	2024-11-26 16:00:00
2024-11-27	2	480	480	305	0	102	2024-11-27 12:00:00	2024-11-27 20:00:00
2024-11-28	2	480	480	300	52	162	2024-11-28 12:00:00	2024-11-28 20:00:00
2024-11-29	2	480	480	359	0	197	2024-11-29 12:00:00	2024-11-29 20:00:00
2024-11-30	2	0	0	0	0	0	\N	\N
2024-12-01	2	0	0	0	0	0	\N	\N
2024-12-02	2	480	480	365	81	240	2024-12-02 10:00:00	2024-12-02 18:00:00
2024-12-03	2	480	480	360	17	120	2024-12-03 10:00:00	2024-12-03 18:00:00
2024-12-04	2	480	480	330	0	134	2024-12-04 12:00:00	2024-12-04 20:00:00
2024-12-05	2	480	480	386	34	150	2024-12-05 12:00:00	2024-12-05 20:00:00
2024-12-06	2	480	480	343	0	130	2024-12-06 10:00:00	2024-12-06 18:00:00
2024-12-07	2	0	0	0	0	0	\N	\N
2024-12-08	2	0	0	0	0	0	\N	\N
2024-12-09	2	480	480	329	22	178	2024-12-09 08:00:00	2024-12-09 16:00:00
2024-12-10	2	0	0	0	0	0	\N	\N
2024-12-11	2	0	0	0	0	0	\N	\N
2024-12-12	2	480	480	356	109	230	2024-12-12 08:00:00	2024-12-12 16:00:00
2024-12-13	2	480	480	301	32	151	2024-12-13 08:00:00	2024-12-13 16:00:00
2024-12-14	2	480	480	326	1	167	2024-12-14 09:00:00	2024-12-14 17:00:00
2024-12-15	2	360	360	246	0	90	2024-12-15 10:00:00	2024-12-15 16:00:00
2024-12-16	2	480	480	367	0	145	2024-12-16 08:00:00	2024-12-16 16:00:00
2024-12-17	2	483	480	320	66	179	2024-12-17 08:00:00	2024-12-17 16:00:00
2024-12-18	2	480	480	316	6	163	2024-12-18 12:00:00	2024-12-18 20:00:00
2024-12-19	2	480	480	332	92	231	2024-12-19 12:00:00	2024-12-19 20:00:00
2024-12-20	2	480	480	370	174	237	2024-12-20 12:00:00	2024-12-20 20:00:00
2024-12-21	2	0	0	0	0	0	\N	\N
2024-12-22	2	0	0	0	0	0	\N	\N
2024-12-23	2	480	480	340	0	167	2024-12-23 10:00:00	2024-12-23 18:00:00
2024-12-24	2	480	480	361	0	201	2024-12-24 12:00:00	2024-12-24 20:00:00
2024-12-25	2	0	0	0	0	0	\N	\N
2024-12-26	2	0	0	0	0	0	\N	\N
2024-12-27	2	480	480	333	42	142	2024-12-27 10:00:00	2024-12-27 18:00:00
2024-12-28	2	0	0	0	0	0	\N	\N
2024-12-29	2	0	0	0	0	0	\N	\N
2024-12-30	2	480	480	317	0	181	2024-12-30 08:00:00	2024-12-30 16:00:00
2024-12-31	2	0	0	0	0	0	\N	\N
2025-01-01	2	0	0	0	0	0	\N	\N
2025-01-02	2	480	480	322	0	179	2025-01-02 08:00:00	2025-01-02 16:00:00
2025-01-03	2	480	480	309	52	206	2025-01-03 08:00:00	2025-01-03 16:00:00
2025-01-04	2	480	480	362	1	193	2025-01-04 09:00:00	2025-01-04 17:00:00
2025-01-05	2	360	360	259	0	105	2025-01-05 10:00:00	2025-01-05 16:00:00
2025-01-06	2	480	480	311	0	161	2025-01-06 08:00:00	2025-01-06 16:00:00
2025-01-07	2	480	480	351	44	192	2025-01-07 08:00:00	2025-01-07 16:00:00
2025-01-08	2	480	480	327	0	99	2025-01-08 12:00:00	2025-01-08 20:00:00
2025-01-09	2	480	480	353	87	224	2025-01-09 12:00:00	2025-01-09 20:00:00
2025-01-10	2	480	480	339	0	108	2025-01-10 12:00:00	2025-01-10 20:00:00
2025-01-11	2	0	0	0	0	0	\N	\N
2025-01-12	2	0	0	0	0	0	\N	\N
2025-01-13	2	480	480	301	117	189	2025-01-13 10:00:00	2025-01-13 18:00:00
2025-01-14	2	480	480	289	0	119	2025-01-14 10:00:00	2025-01-14 18:00:00
2025-01-15	2	480	480	368	13	124	2025-01-15 12:00:00	2025-01-15 20:00:00
2025-01-16	2	480	480	319	45	130	2025-01-16 12:00:00	2025-01-16 20:00:00
2025-01-17	2	480	480	292	20	116	2025-01-17 10:00:00	2025-01-17 18:00:00
2025-01-18	2	0	0	0	0	0	\N	\N
2025-01-19	2	0	0	0	0	0	\N	\N
2025-01-20	2	480	480	357	7	203	2025-01-20 08:00:00	2025-01-20 16:00:00
2025-01-21	2	0	0	0	0	0	\N	\N
2025-01-22	2	0	0	0	0	0	\N	\N
2025-01-23	2	480	480	320	68	201	2025-01-23 08:00:00	2025-01-23 16:00:00
2025-01-24	2	480	480	357	54	230	2025-01-24 08:00:00	2025-01-24 16:00:00
2025-01-25	2	480	480	343	1	136	2025-01-25 09:00:00	2025-01-25 17:00:00
2025-01-26	2	360	360	257	228	241	2025-01-26 10:00:00	2025-01-26 16:00:00
2025-01-27	2	480	480	361	134	256	2025-01-27 08:00:00	2025-01-27 16:00:00
2025-01-28	2	480	480	336	0	193	2025-01-28 08:00:00	2025-01-28 16:00:00
2025-01-29	2	480	480	330	10	139	2025-01-29 12:00:00	2025-01-29 20:00:00
2025-01-30	2	480	480	345	106	199	2025-01-30 12:00:00	2025-01-30 20:00:00
2025-01-31	2	480	480	314	0	101	2025-01-31 12:00:00	2025-01-31 20:00:00
2025-02-01	2	0	0	0	0	0	\N	\N
2025-02-02	2	0	0	0	0	0	\N	\N
2025-02-03	2	480	480	312	0	102	2025-02-03 10:00:00	2025-02-03 18:00:00
2025-02-04	2	480	480	289	30	143	2025-02-04 10:00:00	2025-02-04 18:00:00
2025-02-05	2	486	480	350	310	332	2025-02-05 12:00:00	2025-02-05 20:00:00
2025-02-06	2	480	480	344	284	308	2025-02-06 12:00:00	2025-02-06 20:00:00
2025-02-07	2	480	480	381	0	160	2025-02-07 12:00:00	2025-02-07 20:00:00
2025-02-08	2	0	0	0	0	0	\N	\N
2025-02-09	2	0	0	0	0	0	\N	\N
2025-02-10	2	488	480	391	26	142	2025-02-10 08:00:00	2025-02-10 16:00:00
2025-02-11	2	0	0	0	0	0	\N	\N
2025-02-12	2	0	0	0	0	0	\N	\N
2025-02-13	2	480	480	314	0	146	2025-02-13 08:00:00	2025-02-13 16:00:00
2025-02-14	2	480	480	340	114	226	2025-02-14 08:00:00	2025-02-14 16:00:00
2025-02-15	2	480	480	324	1	114	2025-02-15 09:00:00	2025-02-15 17:00:00
2025-02-16	2	360	360	262	0	92	2025-02-16 10:00:00	2025-02-16 16:00:00
2025-02-17	2	480	480	325	31	164	2025-02-17 08:00:00	2025-02-17 16:00:00
2025-02-18	2	480	480	286	0	110	2025-02-18 08:00:00	2025-02-18 16:00:00
2025-02-19	2	480	480	322	0	124	2025-02-19 12:00:00	2025-02-19 20:00:00
2025-02-20	2	480	480	339	0	172	2025-02-20 12:00:00	2025-02-20 20:00:00
2025-02-21	2	480	480	294	0	139	2025-02-21 12:00:00	2025-02-21 20:00:00
2025-02-22	2	0	0	0	0	0	\N	\N
2025-02-23	2	0	0	0	0	0	\N	\N
2025-02-24	2	480	480	374	10	144	2025-02-24 10:00:00	2025-02-24 18:00:00
2025-02-25	2	480	480	386	50	178	2025-02-25 10:00:00	2025-02-25 18:00:00
2025-02-26	2	480	480	324	0	100	2025-02-26 12:00:00	2025-02-26 20:00:00
2025-02-27	2	480	480	366	0	164	2025-02-27 12:00:00	2025-02-27 20:00:00
2025-02-28	2	480	480	368	0	134	2025-02-28 10:00:00	2025-02-28 18:00:00
2025-03-01	2	0	0	0	0	0	\N	\N
2025-03-02	2	0	0	0	0	0	\N	\N
2025-03-03	2	480	480	355	25	179	2025-03-03 08:00:00	2025-03-03 16:00:00
2025-03-04	2	0	0	0	0	0	\N	\N
2025-03-05	2	0	0	0	0	0	\N	\N
2025-03-06	2	480	480	352	0	151	2025-03-06 08:00:00	2025-03-06 16:00:00
2025-03-07	2	480	480	304	13	160	2025-03-07 08:00:00	2025-03-07 16:00:00
2025-03-08	2	480	480	337	1	146	2025-03-08 09:00:00	2025-03-08 17:00:00
2025-03-09	2	360	360	256	65	163	2025-03-09 10:00:00	2025-03-09 16:00:00
2025-03-10	2	480	480	0	0	0	2025-03-10 12:00:00	2025-03-10 20:00:00
2025-03-11	2	480	480	282	31	137	2025-03-11 08:00:00	2025-03-11 16:00:00
2025-03-12	2	480	480	304	0	149	2025-03-12 12:00:00	2025-03-12 20:00:00
2025-03-13	2	480	480	374	47	185	2025-03-13 12:00:00	2025-03-13 20:00:00
2025-03-14	2	480	480	309	32	167	2025-03-14 12:00:00	2025-03-14 20:00:00
2025-03-15	2	0	0	0	0	0	\N	\N
2025-03-16	2	0	0	0	0	0	\N	\N
2025-03-17	2	480	480	326	0	132	2025-03-17 12:00:00	2025-03-17 20:00:00
2025-03-18	2	480	480	295	105	183	2025-03-18 12:00:00	2025-03-18 20:00:00
2025-03-19	2	480	480	300	30	133	2025-03-19 12:00:00	2025-03-19 20:00:00
2025-03-20	2	480	480	355	52	215	2025-03-20 12:00:00	2025-03-20 20:00:00
2025-03-21	2	480	480	322	0	165	2025-03-21 10:00:00	2025-03-21 18:00:00
2025-03-22	2	0	0	0	0	0	\N	\N
2025-03-23	2	0	0	0	0	0	\N	\N
2025-03-24	2	480	480	296	7	101	2025-03-24 08:00:00	2025-03-24 16:00:00
2025-03-25	2	0	0	0	0	0	\N	\N
2025-03-26	2	0	0	0	0	0	\N	\N
2025-03-27	2	480	480	315	22	127	2025-03-27 08:00:00	2025-03-27 16:00:00
2025-03-28	2	480	480	366	57	188	2025-03-28 08:00:00	2025-03-28 16:00:00
2025-03-29	2	480	480	332	204	262	2025-03-29 09:00:00	2025-03-29 17:00:00
2025-03-30	2	360	360	262	0	86	2025-03-30 10:00:00	2025-03-30 16:00:00
2025-03-31	2	480	480	327	0	124	2025-03-31 08:00:00	2025-03-31 16:00:00
2025-04-01	2	480	480	385	0	210	2025-04-01 08:00:00	2025-04-01 16:00:00
2025-04-02	2	480	480	351	0	130	2025-04-02 12:00:00	2025-04-02 20:00:00
2025-04-03	2	480	480	390	31	157	2025-04-03 12:00:00	2025-04-03 20:00:00
2025-04-04	2	480	480	374	110	221	2025-04-04 08:00:00	2025-04-04 16:00:00
2025-04-05	2	0	0	0	0	0	\N	\N
2025-04-06	2	0	0	0	0	0	\N	\N
2025-04-07	2	480	480	376	0	172	2025-04-07 10:00:00	2025-04-07 18:00:00
2025-04-08	2	480	480	305	40	151	2025-04-08 10:00:00	2025-04-08 18:00:00
2025-04-09	2	480	480	334	15	151	2025-04-09 12:00:00	2025-04-09 20:00:00
2025-04-10	2	480	480	341	0	154	2025-04-10 12:00:00	2025-04-10 20:00:00
2025-04-11	2	480	480	343	31	139	2025-04-11 10:00:00	2025-04-11 18:00:00
2025-04-12	2	0	0	0	0	0	\N	\N
2025-04-13	2	0	0	0	0	0	\N	\N
2025-04-14	2	480	480	326	69	178	2025-04-14 08:00:00	2025-04-14 16:00:00
2025-04-15	2	0	0	0	0	0	\N	\N
2025-04-16	2	0	0	0	0	0	\N	\N
2025-04-17	2	480	480	323	0	182	2025-04-17 08:00:00	2025-04-17 16:00:00
2025-04-18	2	480	480	377	0	137	2025-04-18 08:00:00	2025-04-18 16:00:00
2025-04-19	2	480	480	328	1	112	2025-04-19 09:00:00	2025-04-19 17:00:00
2025-04-20	2	360	360	262	0	116	2025-04-20 10:00:00	2025-04-20 16:00:00
2025-04-21	2	480	480	350	0	170	2025-04-21 08:00:00	2025-04-21 16:00:00
2025-04-22	2	480	480	350	49	168	2025-04-22 08:00:00	2025-04-22 16:00:00
2025-04-23	2	480	480	346	0	192	2025-04-23 12:00:00	2025-04-23 20:00:00
2025-04-24	2	480	480	341	0	108	2025-04-24 12:00:00	2025-04-24 20:00:00
2025-04-25	2	480	480	317	13	163	2025-04-25 12:00:00	2025-04-25 20:00:00
2025-04-26	2	0	0	0	0	0	\N	\N
2025-04-27	2	0	0	0	0	0	\N	\N
2025-04-28	2	480	480	340	61	186	2025-04-28 10:00:00	2025-04-28 18:00:00
2025-04-29	2	480	480	292	0	104	2025-04-29 10:00:00	2025-04-29 18:00:00
2025-04-30	2	480	480	278	18	126	2025-04-30 12:00:00	2025-04-30 20:00:00
2025-05-01	2	480	480	339	72	172	2025-05-01 12:00:00	2025-05-01 20:00:00
2025-05-02	2	484	480	323	29	165	2025-05-02 10:00:00	2025-05-02 18:00:00
2025-05-03	2	0	0	0	0	0	\N	\N
2025-05-04	2	0	0	0	0	0	\N	\N
2025-05-05	2	480	480	0	0	0	2025-05-05 10:00:00	2025-05-05 18:00:00
2025-05-06	2	0	0	0	0	0	\N	\N
2025-05-07	2	0	0	0	0	0	\N	\N
2025-05-08	2	480	480	338	0	134	2025-05-08 08:00:00	2025-05-08 16:00:00
2025-05-09	2	480	480	263	0	115	2025-05-09 08:00:00	2025-05-09 16:00:00
2025-05-10	2	480	480	334	1	147	2025-05-10 09:00:00	2025-05-10 17:00:00
2025-05-11	2	360	360	247	0	140	2025-05-11 10:00:00	2025-05-11 16:00:00
2025-05-12	2	480	480	356	125	202	2025-05-12 08:00:00	2025-05-12 16:00:00
2025-05-13	2	480	480	295	109	199	2025-05-13 08:00:00	2025-05-13 16:00:00
2025-05-14	2	480	480	341	86	228	2025-05-14 12:00:00	2025-05-14 20:00:00
2025-05-15	2	480	480	371	166	282	2025-05-15 12:00:00	2025-05-15 20:00:00
2025-05-16	2	480	480	325	21	128	2025-05-16 12:00:00	2025-05-16 20:00:00
2025-05-17	2	0	0	0	0	0	\N	\N
2025-05-18	2	0	0	0	0	0	\N	\N
2025-05-19	2	480	480	0	0	0	2025-05-19 10:00:00	2025-05-19 18:00:00
2025-05-20	2	480	480	320	34	157	2025-05-20 10:00:00	2025-05-20 18:00:00
2025-05-21	2	480	480	345	0	124	2025-05-21 12:00:00	2025-05-21 20:00:00
2025-05-22	2	480	480	317	0	125	2025-05-22 12:00:00	2025-05-22 20:00:00
2025-05-23	2	480	480	340	91	229	2025-05-23 10:00:00	2025-05-23 18:00:00
2025-05-24	2	0	0	0	0	0	\N	\N
2025-05-25	2	0	0	0	0	0	\N	\N
2025-05-26	2	480	480	392	0	189	2025-05-26 08:00:00	2025-05-26 16:00:00
2025-05-27	2	0	0	0	0	0	\N	\N
2025-05-28	2	0	0	0	0	0	\N	\N
2025-05-29	2	480	480	321	22	157	2025-05-29 08:00:00	2025-05-29 16:00:00
2025-05-30	2	480	480	370	0	111	2025-05-30 08:00:00	2025-05-30 16:00:00
2025-05-31	2	480	480	314	205	244	2025-05-31 09:00:00	2025-05-31 17:00:00
2025-06-01	2	360	360	256	0	135	2025-06-01 10:00:00	2025-06-01 16:00:00
2025-06-02	2	480	480	335	13	203	2025-06-02 08:00:00	2025-06-02 16:00:00
2025-06-03	2	480	480	0	0	0	2025-06-03 12:00:00	2025-06-03 20:00:00
2025-06-04	2	480	480	382	39	206	2025-06-04 12:00:00	2025-06-04 20:00:00
2025-06-05	2	480	480	332	10	172	2025-06-05 12:00:00	2025-06-05 20:00:00
2025-06-06	2	480	480	345	83	170	2025-06-06 12:00:00	2025-06-06 20:00:00
2025-06-07	2	0	0	0	0	0	\N	\N
2025-06-08	2	0	0	0	0	0	\N	\N
2025-06-09	2	480	480	329	61	189	2025-06-09 10:00:00	2025-06-09 18:00:00
2025-06-10	2	480	480	311	105	211	2025-06-10 10:00:00	2025-06-10 18:00:00
2025-06-11	2	480	480	335	61	181	2025-06-11 12:00:00	2025-06-11 20:00:00
2025-06-12	2	480	480	321	0	163	2025-06-12 12:00:00	2025-06-12 20:00:00
2025-06-13	2	480	480	322	31	193	2025-06-13 10:00:00	2025-06-13 18:00:00
2025-06-14	2	0	0	0	0	0	\N	\N
2025-06-15	2	0	0	0	0	0	\N	\N
2025-06-16	2	480	480	353	0	173	2025-06-16 08:00:00	2025-06-16 16:00:00
2025-06-17	2	0	0	0	0	0	\N	\N
2025-06-18	2	0	0	0	0	0	\N	\N
2025-06-19	2	480	480	329	0	150	2025-06-19 08:00:00	2025-06-19 16:00:00
2025-06-20	2	480	480	319	34	130	2025-06-20 08:00:00	2025-06-20 16:00:00
2025-06-21	2	480	480	288	1	90	2025-06-21 09:00:00	2025-06-21 17:00:00
2025-06-22	2	360	360	238	0	75	2025-06-22 10:00:00	2025-06-22 16:00:00
2025-06-23	2	480	480	328	64	180	2025-06-23 08:00:00	2025-06-23 16:00:00
2025-06-24	2	480	480	313	136	190	2025-06-24 08:00:00	2025-06-24 16:00:00
2025-06-25	2	480	480	312	39	201	2025-06-25 12:00:00	2025-06-25 20:00:00
2025-06-26	2	480	480	365	0	110	2025-06-26 12:00:00	2025-06-26 20:00:00
2025-06-27	2	480	480	355	0	188	2025-06-27 12:00:00	2025-06-27 20:00:00
2025-06-28	2	0	0	0	0	0	\N	\N
2025-06-29	2	0	0	0	0	0	\N	\N
2025-06-30	2	480	480	334	0	112	2025-06-30 10:00:00	2025-06-30 18:00:00
2025-07-01	2	480	480	310	0	150	2025-07-01 10:00:00	2025-07-01 18:00:00
2025-07-02	2	480	480	396	45	165	2025-07-02 12:00:00	2025-07-02 20:00:00
2025-07-03	2	480	480	332	114	198	2025-07-03 12:00:00	2025-07-03 20:00:00
2025-07-04	2	480	480	337	0	126	2025-07-04 10:00:00	2025-07-04 18:00:00
2025-07-05	2	0	0	0	0	0	\N	\N
2025-07-06	2	0	0	0	0	0	\N	\N
2025-07-07	2	480	480	280	94	191	2025-07-07 08:00:00	2025-07-07 16:00:00
2025-07-08	2	0	0	0	0	0	\N	\N
2025-07-09	2	0	0	0	0	0	\N	\N
2025-07-10	2	480	480	315	19	146	2025-07-10 08:00:00	2025-07-10 16:00:00
2025-07-11	2	480	480	321	37	189	2025-07-11 08:00:00	2025-07-11 16:00:00
2025-07-12	2	480	480	296	1	127	2025-07-12 09:00:00	2025-07-12 17:00:00
2025-07-13	2	360	360	290	0	95	2025-07-13 10:00:00	2025-07-13 16:00:00
2025-07-14	2	480	480	334	142	201	2025-07-14 08:00:00	2025-07-14 16:00:00
2025-07-15	2	480	480	310	0	178	2025-07-15 08:00:00	2025-07-15 16:00:00
2025-07-16	2	480	480	292	0	106	2025-07-16 08:00:00	2025-07-16 16:00:00
2025-07-17	2	480	480	338	0	170	2025-07-17 08:00:00	2025-07-17 16:00:00
2025-07-18	2	480	480	363	0	175	2025-07-18 08:00:00	2025-07-18 16:00:00
2025-07-19	2	0	0	0	0	0	\N	\N
2025-07-20	2	0	0	0	0	0	\N	\N
2025-07-21	2	480	480	333	0	104	2025-07-21 10:00:00	2025-07-21 18:00:00
2025-07-22	2	480	480	343	52	162	2025-07-22 10:00:00	2025-07-22 18:00:00
2025-07-23	2	480	480	263	18	121	2025-07-23 12:00:00	2025-07-23 20:00:00
2025-07-24	2	480	480	302	28	133	2025-07-24 12:00:00	2025-07-24 20:00:00
2025-07-25	2	480	480	369	0	127	2025-07-25 10:00:00	2025-07-25 18:00:00
2025-07-26	2	0	0	0	0	0	\N	\N
2025-07-27	2	0	0	0	0	0	\N	\N
2025-07-28	2	480	480	333	0	185	2025-07-28 08:00:00	2025-07-28 16:00:00
2025-07-29	2	0	0	0	0	0	\N	\N
2025-07-30	2	0	0	0	0	0	\N	\N
2025-07-31	2	480	480	342	44	155	2025-07-31 08:00:00	2025-07-31 16:00:00
2025-08-01	2	480	480	337	15	156	2025-08-01 08:00:00	2025-08-01 16:00:00
2025-08-02	2	480	480	281	61	160	2025-08-02 09:00:00	2025-08-02 17:00:00
2025-08-03	2	360	360	237	0	91	2025-08-03 10:00:00	2025-08-03 16:00:00
2025-08-04	2	480	480	351	29	193	2025-08-04 08:00:00	2025-08-04 16:00:00
2025-08-05	2	480	480	341	0	126	2025-08-05 08:00:00	2025-08-05 16:00:00
2025-08-06	2	480	480	348	55	201	2025-08-06 12:00:00	2025-08-06 20:00:00
2025-08-07	2	480	480	397	168	243	2025-08-07 12:00:00	2025-08-07 20:00:00
2025-08-08	2	480	480	335	44	175	2025-08-08 12:00:00	2025-08-08 20:00:00
2025-08-09	2	0	0	0	0	0	\N	\N
2025-08-10	2	0	0	0	0	0	\N	\N
2025-08-11	2	480	480	375	0	184	2025-08-11 10:00:00	2025-08-11 18:00:00
2025-08-12	2	480	480	345	8	181	2025-08-12 10:00:00	2025-08-12 18:00:00
2025-08-13	2	480	480	286	126	217	2025-08-13 12:00:00	2025-08-13 20:00:00
2025-08-14	2	480	480	352	0	187	2025-08-14 12:00:00	2025-08-14 20:00:00
2025-08-15	2	480	480	305	0	160	2025-08-15 10:00:00	2025-08-15 18:00:00
2025-08-16	2	0	0	0	0	0	\N	\N
2025-08-17	2	0	0	0	0	0	\N	\N
2025-08-18	2	480	480	291	58	173	2025-08-18 08:00:00	2025-08-18 16:00:00
2025-08-19	2	0	0	0	0	0	\N	\N
2025-08-20	2	0	0	0	0	0	\N	\N
2025-08-21	2	480	480	289	7	120	2025-08-21 08:00:00	2025-08-21 16:00:00
2023-09-15	3	480	480	324	0	97	2023-09-15 10:00:00	2023-09-15 18:00:00
2023-09-16	3	0	0	0	0	0	\N	\N
2023-09-17	3	0	0	0	0	0	\N	\N
2023-09-18	3	480	480	253	200	217	2023-09-18 08:00:00	2023-09-18 16:00:00
2023-09-19	3	480	480	357	0	202	2023-09-19 08:00:00	2023-09-19 16:00:00
2023-09-20	3	0	0	0	0	0	\N	\N
2023-09-21	3	0	0	0	0	0	\N	\N
2023-09-22	3	480	480	289	0	166	2023-09-22 08:00:00	2023-09-22 16:00:00
2023-09-23	3	480	480	307	1	180	2023-09-23 09:00:00	2023-09-23 17:00:00
2023-09-24	3	360	360	261	0	135	2023-09-24 10:00:00	2023-09-24 16:00:00
2023-09-25	3	480	480	0	0	0	2023-09-25 10:00:00	2023-09-25 18:00:00
2023-09-26	3	480	480	320	259	287	2023-09-26 08:00:00	2023-09-26 16:00:00
2023-09-27	3	480	480	313	23	167	2023-09-27 08:00:00	2023-09-27 16:00:00
2023-09-28	3	480	480	308	0	102	2023-09-28 12:00:00	2023-09-28 20:00:00
2023-09-29	3	480	480	387	0	145	2023-09-29 12:00:00	2023-09-29 20:00:00
2023-09-30	3	0	0	0	0	0	\N	\N
2023-10-01	3	0	0	0	0	0	\N	\N
2023-10-02	3	480	480	294	91	184	2023-10-02 12:00:00	2023-10-02 20:00:00
2023-10-03	3	480	480	281	69	183	2023-10-03 12:00:00	2023-10-03 20:00:00
2023-10-04	3	480	480	334	13	143	2023-10-04 10:00:00	2023-10-04 18:00:00
2023-10-05	3	480	480	375	5	172	2023-10-05 10:00:00	2023-10-05 18:00:00
2023-10-06	3	480	480	330	0	149	2023-10-06 10:00:00	2023-10-06 18:00:00
2023-10-07	3	0	0	0	0	0	\N	\N
2023-10-08	3	0	0	0	0	0	\N	\N
2023-10-09	3	480	480	331	0	119	2023-10-09 08:00:00	2023-10-09 16:00:00
2023-10-10	3	480	480	307	43	167	2023-10-10 08:00:00	2023-10-10 16:00:00
2023-10-11	3	0	0	0	0	0	\N	\N
2023-10-12	3	0	0	0	0	0	\N	\N
2023-10-13	3	480	480	293	270	277	2023-10-13 08:00:00	2023-10-13 16:00:00
2023-10-14	3	480	480	338	5	158	2023-10-14 09:00:00	2023-10-14 17:00:00
2023-10-15	3	360	360	246	0	129	2023-10-15 10:00:00	2023-10-15 16:00:00
2023-10-16	3	480	480	377	156	227	2023-10-16 12:00:00	2023-10-16 20:00:00
2023-10-17	3	480	480	380	93	207	2023-10-17 08:00:00	2023-10-17 16:00:00
2023-10-18	3	480	480	333	0	122	2023-10-18 08:00:00	2023-10-18 16:00:00
2023-10-19	3	480	480	327	0	173	2023-10-19 12:00:00	2023-10-19 20:00:00
2023-10-20	3	480	480	290	128	213	2023-10-20 08:00:00	2023-10-20 16:00:00
2023-10-21	3	0	0	0	0	0	\N	\N
2023-10-22	3	0	0	0	0	0	\N	\N
2023-10-23	3	480	480	299	0	100	2023-10-23 08:00:00	2023-10-23 16:00:00
2023-10-24	3	480	480	318	120	201	2023-10-24 08:00:00	2023-10-24 16:00:00
2023-10-25	3	480	480	314	151	224	2023-10-25 12:00:00	2023-10-25 20:00:00
2023-10-26	3	480	480	361	93	179	2023-10-26 12:00:00	2023-10-26 20:00:00
2023-10-27	3	480	480	386	189	250	2023-10-27 12:00:00	2023-10-27 20:00:00
2023-10-28	3	0	0	0	0	0	\N	\N
2023-10-29	3	0	0	0	0	0	\N	\N
2023-10-30	3	480	480	309	0	138	2023-10-30 08:00:00	2023-10-30 16:00:00
2023-10-31	3	480	480	310	8	119	2023-10-31 08:00:00	2023-10-31 16:00:00
2023-11-01	3	0	0	0	0	0	\N	\N
2023-11-02	3	0	0	0	0	0	\N	\N
2023-11-03	3	480	480	321	0	157	2023-11-03 08:00:00	2023-11-03 16:00:00
2023-11-04	3	480	480	356	1	131	2023-11-04 09:00:00	2023-11-04 17:00:00
2023-11-05	3	360	360	271	0	157	2023-11-05 10:00:00	2023-11-05 16:00:00
2023-11-06	3	480	480	349	72	222	2023-11-06 12:00:00	2023-11-06 20:00:00
2023-11-07	3	480	480	364	62	219	2023-11-07 08:00:00	2023-11-07 16:00:00
2023-11-08	3	480	480	303	0	139	2023-11-08 08:00:00	2023-11-08 16:00:00
2023-11-09	3	480	480	280	0	98	2023-11-09 12:00:00	2023-11-09 20:00:00
2023-11-10	3	480	480	327	23	160	2023-11-10 12:00:00	2023-11-10 20:00:00
2023-11-11	3	0	0	0	0	0	\N	\N
2023-11-12	3	0	0	0	0	0	\N	\N
2023-11-13	3	480	480	359	72	163	2023-11-13 12:00:00	2023-11-13 20:00:00
2023-11-14	3	480	480	356	0	181	2023-11-14 12:00:00	2023-11-14 20:00:00
2023-11-15	3	480	480	348	101	193	2023-11-15 10:00:00	2023-11-15 18:00:00
2023-11-16	3	480	480	277	57	126	2023-11-16 10:00:00	2023-11-16 18:00:00
2023-11-17	3	480	480	342	71	185	2023-11-17 10:00:00	2023-11-17 18:00:00
2023-11-18	3	0	0	0	0	0	\N	\N
2023-11-19	3	0	0	0	0	0	\N	\N
2023-11-20	3	480	480	336	32	186	2023-11-20 08:00:00	2023-11-20 16:00:00
2023-11-21	3	480	480	305	0	121	2023-11-21 08:00:00	2023-11-21 16:00:00
2023-11-22	3	0	0	0	0	0	\N	\N
2023-11-23	3	0	0	0	0	0	\N	\N
2023-11-24	3	487	480	308	145	194	2023-11-24 08:00:00	2023-11-24 16:00:00
2023-11-25	3	480	480	306	1	95	2023-11-25 09:00:00	2023-11-25 17:00:00
2023-11-26	3	360	360	233	72	158	2023-11-26 10:00:00	2023-11-26 16:00:00
2023-11-27	3	480	480	300	0	165	2023-11-27 12:00:00	2023-11-27 20:00:00
2023-11-28	3	480	480	0	0	0	2023-11-28 12:00:00	2023-11-28 20:00:00
2023-11-29	3	480	480	364	0	215	2023-11-29 08:00:00	2023-11-29 16:00:00
2023-11-30	3	480	480	357	0	139	2023-11-30 12:00:00	2023-11-30 20:00:00
2023-12-01	3	480	480	288	4	166	2023-12-01 12:00:00	2023-12-01 20:00:00
2023-12-02	3	0	0	0	0	0	\N	\N
2023-12-03	3	0	0	0	0	0	\N	\N
2023-12-04	3	480	480	319	0	137	2023-12-04 12:00:00	2023-12-04 20:00:00
2023-12-05	3	480	480	371	95	205	2023-12-05 12:00:00	2023-12-05 20:00:00
2023-12-06	3	480	480	333	28	139	2023-12-06 10:00:00	2023-12-06 18:00:00
2023-12-07	3	480	480	339	0	173	2023-12-07 10:00:00	2023-12-07 18:00:00
2023-12-08	3	480	480	0	0	0	2023-12-08 10:00:00	2023-12-08 18:00:00
2023-12-09	3	0	0	0	0	0	\N	\N
2023-12-10	3	0	0	0	0	0	\N	\N
2023-12-11	3	480	480	0	0	0	2023-12-11 10:00:00	2023-12-11 18:00:00
2023-12-12	3	480	480	0	0	0	2023-12-12 10:00:00	2023-12-12 18:00:00
2023-12-13	3	0	0	0	0	0	\N	\N
2023-12-14	3	0	0	0	0	0	\N	\N
2023-12-15	3	480	480	0	0	0	2023-12-15 10:00:00	2023-12-15 18:00:00
2023-12-16	3	480	480	317	1	113	2023-12-16 09:00:00	2023-12-16 17:00:00
2023-12-17	3	360	360	256	0	79	2023-12-17 10:00:00	2023-12-17 16:00:00
2023-12-18	3	480	480	0	0	0	2023-12-18 12:00:00	2023-12-18 20:00:00
2023-12-19	3	480	480	327	177	250	2023-12-19 08:00:00	2023-12-19 16:00:00
2023-12-20	3	480	480	324	298	309	2023-12-20 08:00:00	2023-12-20 16:00:00
2023-12-21	3	480	480	353	56	165	2023-12-21 12:00:00	2023-12-21 20:00:00
2023-12-22	3	480	480	327	25	124	2023-12-22 12:00:00	2023-12-22 20:00:00
2023-12-23	3	0	0	0	0	0	\N	\N
2023-12-24	3	0	0	0	0	0	\N	\N
2023-12-25	3	0	0	0	0	0	\N	\N
2023-12-26	3	0	0	0	0	0	\N	\N
2023-12-27	3	480	480	333	0	141	2023-12-27 10:00:00	2023-12-27 18:00:00
2023-12-28	3	480	480	375	0	186	2023-12-28 10:00:00	2023-12-28 18:00:00
2023-12-29	3	480	480	314	36	124	2023-12-29 10:00:00	2023-12-29 18:00:00
2023-12-30	3	0	0	0	0	0	\N	\N
2023-12-31	3	0	0	0	0	0	\N	\N
2024-01-01	3	0	0	0	0	0	\N	\N
2024-01-02	3	480	480	369	32	212	2024-01-02 08:00:00	2024-01-02 16:00:00
2024-01-03	3	0	0	0	0	0	\N	\N
2024-01-04	3	0	0	0	0	0	\N	\N
2024-01-05	3	480	480	349	108	181	2024-01-05 08:00:00	2024-01-05 16:00:00
2024-01-06	3	480	480	359	1	152	2024-01-06 09:00:00	2024-01-06 17:00:00
2024-01-07	3	360	360	244	0	97	2024-01-07 10:00:00	2024-01-07 16:00:00
2024-01-08	3	480	480	359	129	230	2024-01-08 12:00:00	2024-01-08 20:00:00
2024-01-09	3	480	480	287	132	223	2024-01-09 08:00:00	2024-01-09 16:00:00
2024-01-10	3	480	480	322	0	121	2024-01-10 08:00:00	2024-01-10 16:00:00
2024-01-11	3	480	480	296	31	163	2024-01-11 12:00:00	2024-01-11 20:00:00
2024-01-12	3	480	480	304	0	146	2024-01-12 12:00:00	2024-01-12 20:00:00
2024-01-13	3	0	0	0	0	0	\N	\N
2024-01-14	3	0	0	0	0	0	\N	\N
2024-01-15	3	480	480	346	137	209	2024-01-15 12:00:00	2024-01-15 20:00:00
2024-01-16	3	480	480	331	0	99	2024-01-16 12:00:00	2024-01-16 20:00:00
2024-01-17	3	480	480	347	123	208	2024-01-17 10:00:00	2024-01-17 18:00:00
2024-01-18	3	480	480	326	76	160	2024-01-18 10:00:00	2024-01-18 18:00:00
2024-01-19	3	480	480	310	12	123	2024-01-19 10:00:00	2024-01-19 18:00:00
2024-01-20	3	0	0	0	0	0	\N	\N
2024-01-21	3	0	0	0	0	0	\N	\N
2024-01-22	3	480	480	328	22	163	2024-01-22 08:00:00	2024-01-22 16:00:00
2024-01-23	3	480	480	374	55	178	2024-01-23 08:00:00	2024-01-23 16:00:00
2024-01-24	3	0	0	0	0	0	\N	\N
2024-01-25	3	0	0	0	0	0	\N	\N
2024-01-26	3	480	480	409	0	234	2024-01-26 08:00:00	2024-01-26 16:00:00
2024-01-27	3	480	480	410	1	158	2024-01-27 09:00:00	2024-01-27 17:00:00
2024-01-28	3	360	360	236	0	138	2024-01-28 10:00:00	2024-01-28 16:00:00
2024-01-29	3	480	480	276	98	181	2024-01-29 12:00:00	2024-01-29 20:00:00
2024-01-30	3	480	480	0	0	0	2024-01-30 12:00:00	2024-01-30 20:00:00
2024-01-31	3	480	480	0	0	0	2024-01-31 12:00:00	2024-01-31 20:00:00
2024-02-01	3	480	480	0	0	0	2024-02-01 10:00:00	2024-02-01 18:00:00
2024-02-02	3	480	480	304	44	196	2024-02-02 12:00:00	2024-02-02 20:00:00
2024-02-03	3	0	0	0	0	0	\N	\N
2024-02-04	3	0	0	0	0	0	\N	\N
2024-02-05	3	480	480	301	0	108	2024-02-05 12:00:00	2024-02-05 20:00:00
2024-02-06	3	480	480	380	0	170	2024-02-06 12:00:00	2024-02-06 20:00:00
2024-02-07	3	480	480	338	27	177	2024-02-07 10:00:00	2024-02-07 18:00:00
2024-02-08	3	480	480	352	0	175	2024-02-08 10:00:00	2024-02-08 18:00:00
2024-02-09	3	480	480	297	80	154	2024-02-09 10:00:00	2024-02-09 18:00:00
2024-02-10	3	0	0	0	0	0	\N	\N
2024-02-11	3	0	0	0	0	0	\N	\N
2024-02-12	3	480	480	329	0	194	2024-02-12 08:00:00	2024-02-12 16:00:00
2024-02-13	3	480	480	312	24	168	2024-02-13 08:00:00	2024-02-13 16:00:00
2024-02-14	3	0	0	0	0	0	\N	\N
2024-02-15	3	0	0	0	0	0	\N	\N
2024-02-16	3	480	480	295	12	157	2024-02-16 08:00:00	2024-02-16 16:00:00
2024-02-17	3	480	480	332	1	155	2024-02-17 09:00:00	2024-02-17 17:00:00
2024-02-18	3	360	360	254	0	101	2024-02-18 10:00:00	2024-02-18 16:00:00
2024-02-19	3	480	480	338	16	142	2024-02-19 12:00:00	2024-02-19 20:00:00
2024-02-20	3	480	480	310	0	98	2024-02-20 08:00:00	2024-02-20 16:00:00
2024-02-21	3	480	480	314	0	159	2024-02-21 08:00:00	2024-02-21 16:00:00
2024-02-22	3	480	480	343	0	176	2024-02-22 12:00:00	2024-02-22 20:00:00
2024-02-23	3	480	480	330	7	141	2024-02-23 12:00:00	2024-02-23 20:00:00
2024-02-24	3	0	0	0	0	0	\N	\N
2024-02-25	3	0	0	0	0	0	\N	\N
2024-02-26	3	480	480	327	62	187	2024-02-26 12:00:00	2024-02-26 20:00:00
2024-02-27	3	480	480	350	39	149	2024-02-27 12:00:00	2024-02-27 20:00:00
2024-02-28	3	480	480	328	142	238	2024-02-28 10:00:00	2024-02-28 18:00:00
2024-02-29	3	480	480	362	0	215	2024-02-29 10:00:00	2024-02-29 18:00:00
2024-03-01	3	480	480	342	0	146	2024-03-01 10:00:00	2024-03-01 18:00:00
2024-03-02	3	0	0	0	0	0	\N	\N
2024-03-03	3	0	0	0	0	0	\N	\N
2024-03-04	3	480	480	338	0	199	2024-03-04 08:00:00	2024-03-04 16:00:00
2024-03-05	3	480	480	337	117	211	2024-03-05 08:00:00	2024-03-05 16:00:00
2024-03-06	3	0	0	0	0	0	\N	\N
2024-03-07	3	0	0	0	0	0	\N	\N
2024-03-08	3	480	480	400	25	195	2024-03-08 08:00:00	2024-03-08 16:00:00
2024-03-09	3	480	480	305	283	296	2024-03-09 09:00:00	2024-03-09 17:00:00
2024-03-10	3	360	360	216	108	172	2024-03-10 10:00:00	2024-03-10 16:00:00
2024-03-11	3	480	480	343	0	142	2024-03-11 12:00:00	2024-03-11 20:00:00
2024-03-12	3	480	480	407	0	131	2024-03-12 08:00:00	2024-03-12 16:00:00
2024-03-13	3	480	480	343	0	109	2024-03-13 08:00:00	2024-03-13 16:00:00
2024-03-14	3	480	480	350	0	139	2024-03-14 12:00:00	2024-03-14 20:00:00
2024-03-15	3	480	480	368	0	120	2024-03-15 12:00:00	2024-03-15 20:00:00
2024-03-16	3	0	0	0	0	0	\N	\N
2024-03-17	3	0	0	0	0	0	\N	\N
2024-03-18	3	480	480	336	78	188	2024-03-18 12:00:00	2024-03-18 20:00:00
2024-03-19	3	480	480	337	45	151	2024-03-19 12:00:00	2024-03-19 20:00:00
2024-03-20	3	480	480	360	0	214	2024-03-20 10:00:00	2024-03-20 18:00:00
2024-03-21	3	480	480	351	0	120	2024-03-21 10:00:00	2024-03-21 18:00:00
2024-03-22	3	480	480	371	43	214	2024-03-22 10:00:00	2024-03-22 18:00:00
2024-03-23	3	0	0	0	0	0	\N	\N
2024-03-24	3	0	0	0	0	0	\N	\N
2024-03-25	3	480	480	325	32	187	2024-03-25 08:00:00	2024-03-25 16:00:00
2024-03-26	3	480	480	371	0	134	2024-03-26 08:00:00	2024-03-26 16:00:00
2024-03-27	3	0	0	0	0	0	\N	\N
2024-03-28	3	0	0	0	0	0	\N	\N
2024-03-29	3	480	480	315	0	134	2024-03-29 08:00:00	2024-03-29 16:00:00
2024-03-30	3	480	480	363	1	191	2024-03-30 09:00:00	2024-03-30 17:00:00
2024-03-31	3	360	360	284	0	158	2024-03-31 10:00:00	2024-03-31 16:00:00
2024-04-01	3	480	480	287	4	108	2024-04-01 12:00:00	2024-04-01 20:00:00
2024-04-02	3	480	480	276	19	96	2024-04-02 08:00:00	2024-04-02 16:00:00
2024-04-03	3	480	480	306	0	161	2024-04-03 08:00:00	2024-04-03 16:00:00
2024-04-04	3	480	480	393	23	202	2024-04-04 12:00:00	2024-04-04 20:00:00
2024-04-05	3	480	480	352	14	155	2024-04-05 12:00:00	2024-04-05 20:00:00
2024-04-06	3	0	0	0	0	0	\N	\N
2024-04-07	3	0	0	0	0	0	\N	\N
2024-04-08	3	480	480	308	14	176	2024-04-08 12:00:00	2024-04-08 20:00:00
2024-04-09	3	480	480	352	0	117	2024-04-09 12:00:00	2024-04-09 20:00:00
2024-04-10	3	480	480	334	12	179	2024-04-10 10:00:00	2024-04-10 18:00:00
2024-04-11	3	480	480	346	0	171	2024-04-11 10:00:00	2024-04-11 18:00:00
2024-04-12	3	480	480	331	0	186	2024-04-12 10:00:00	2024-04-12 18:00:00
2024-04-13	3	0	0	0	0	0	\N	\N
2024-04-14	3	0	0	0	0	0	\N	\N
2024-04-15	3	480	480	305	26	172	2024-04-15 08:00:00	2024-04-15 16:00:00
2024-04-16	3	480	480	335	0	182	2024-04-16 08:00:00	2024-04-16 16:00:00
2024-04-17	3	0	0	0	0	0	\N	\N
2024-04-18	3	0	0	0	0	0	\N	\N
2024-04-19	3	480	480	370	225	281	2024-04-19 08:00:00	2024-04-19 16:00:00
2024-04-20	3	480	480	365	143	273	2024-04-20 09:00:00	2024-04-20 17:00:00
2024-04-21	3	360	360	269	0	121	2024-04-21 10:00:00	2024-04-21 16:00:00
2024-04-22	3	480	480	358	12	132	2024-04-22 12:00:00	2024-04-22 20:00:00
2024-04-23	3	480	480	338	110	242	2024-04-23 08:00:00	2024-04-23 16:00:00
2024-04-24	3	480	480	340	181	259	2024-04-24 08:00:00	2024-04-24 16:00:00
2024-04-25	3	480	480	354	31	156	2024-04-25 12:00:00	2024-04-25 20:00:00
2024-04-26	3	480	480	389	6	235	2024-04-26 12:00:00	2024-04-26 20:00:00
2024-04-27	3	0	0	0	0	0	\N	\N
2024-04-28	3	0	0	0	0	0	\N	\N
2024-04-29	3	480	480	360	46	203	2024-04-29 12:00:00	2024-04-29 20:00:00
2024-04-30	3	480	480	0	0	0	2024-04-30 12:00:00	2024-04-30 20:00:00
2024-05-01	3	480	480	0	0	0	2024-05-01 10:00:00	2024-05-01 18:00:00
2024-05-02	3	480	480	312	11	137	2024-05-02 10:00:00	2024-05-02 18:00:00
2024-05-03	3	480	480	376	196	252	2024-05-03 10:00:00	2024-05-03 18:00:00
2024-05-04	3	0	0	0	0	0	\N	\N
2024-05-05	3	0	0	0	0	0	\N	\N
2024-05-06	3	480	480	306	0	179	2024-05-06 08:00:00	2024-05-06 16:00:00
2024-05-07	3	480	480	283	15	127	2024-05-07 08:00:00	2024-05-07 16:00:00
2024-05-08	3	0	0	0	0	0	\N	\N
2024-05-09	3	0	0	0	0	0	\N	\N
2024-05-10	3	480	480	364	0	110	2024-05-10 08:00:00	2024-05-10 16:00:00
2024-05-11	3	480	480	352	1	208	2024-05-11 09:00:00	2024-05-11 17:00:00
2024-05-12	3	360	360	234	0	107	2024-05-12 10:00:00	2024-05-12 16:00:00
2024-05-13	3	480	480	335	0	200	2024-05-13 12:00:00	2024-05-13 20:00:00
2024-05-14	3	480	480	302	16	178	2024-05-14 08:00:00	2024-05-14 16:00:00
2024-05-15	3	480	480	306	38	162	2024-05-15 08:00:00	2024-05-15 16:00:00
2024-05-16	3	480	480	316	28	147	2024-05-16 12:00:00	2024-05-16 20:00:00
2024-05-17	3	480	480	307	0	178	2024-05-17 12:00:00	2024-05-17 20:00:00
2024-05-18	3	0	0	0	0	0	\N	\N
2024-05-19	3	0	0	0	0	0	\N	\N
2024-05-20	3	480	480	278	0	89	2024-05-20 12:00:00	2024-05-20 20:00:00
2024-05-21	3	480	480	0	0	0	2024-05-21 12:00:00	2024-05-21 20:00:00
2024-05-22	3	480	480	0	0	0	2024-05-22 10:00:00	2024-05-22 18:00:00
2024-05-23	3	480	480	0	0	0	2024-05-23 10:00:00	2024-05-23 18:00:00
2024-05-24	3	480	480	0	0	0	2024-05-24 10:00:00	2024-05-24 18:00:00
2024-05-25	3	0	0	0	0	0	\N	\N
2024-05-26	3	0	0	0	0	0	\N	\N
2024-05-27	3	480	480	301	0	90	2024-05-27 08:00:00	2024-05-27 16:00:00
2024-05-28	3	480	480	368	75	177	2024-05-28 08:00:00	2024-05-28 16:00:00
2024-05-29	3	0	0	0	0	0	\N	\N
2024-05-30	3	0	0	0	0	0	\N	\N
2024-05-31	3	480	480	322	0	168	2024-05-31 08:00:00	2024-05-31 16:00:00
2024-06-01	3	480	480	383	1	153	2024-06-01 09:00:00	2024-06-01 17:00:00
2024-06-02	3	360	360	239	0	130	2024-06-02 10:00:00	2024-06-02 16:00:00
2024-06-03	3	480	480	362	0	127	2024-06-03 12:00:00	2024-06-03 20:00:00
2024-06-04	3	480	480	290	63	148	2024-06-04 08:00:00	2024-06-04 16:00:00
2024-06-05	3	480	480	373	45	160	2024-06-05 08:00:00	2024-06-05 16:00:00
2024-06-06	3	480	480	313	59	174	2024-06-06 12:00:00	2024-06-06 20:00:00
2024-06-07	3	480	480	311	2	131	2024-06-07 12:00:00	2024-06-07 20:00:00
2024-06-08	3	0	0	0	0	0	\N	\N
2024-06-09	3	0	0	0	0	0	\N	\N
2024-06-10	3	480	480	355	154	273	2024-06-10 12:00:00	2024-06-10 20:00:00
2024-06-11	3	480	480	350	58	169	2024-06-11 12:00:00	2024-06-11 20:00:00
2024-06-12	3	480	480	364	0	202	2024-06-12 10:00:00	2024-06-12 18:00:00
2024-06-13	3	480	480	344	21	157	2024-06-13 10:00:00	2024-06-13 18:00:00
2024-06-14	3	480	480	353	0	167	2024-06-14 10:00:00	2024-06-14 18:00:00
2024-06-15	3	0	0	0	0	0	\N	\N
2024-06-16	3	0	0	0	0	0	\N	\N
2024-06-17	3	480	480	318	0	168	2024-06-17 08:00:00	2024-06-17 16:00:00
2024-06-18	3	480	480	0	0	0	2024-06-18 12:00:00	2024-06-18 20:00:00
2024-06-19	3	0	0	0	0	0	\N	\N
2024-06-20	3	0	0	0	0	0	\N	\N
2024-06-21	3	480	480	375	55	214	2024-06-21 08:00:00	2024-06-21 16:00:00
2024-06-22	3	480	480	307	247	269	2024-06-22 09:00:00	2024-06-22 17:00:00
2024-06-23	3	360	360	270	0	151	2024-06-23 10:00:00	2024-06-23 16:00:00
2024-06-24	3	480	480	339	2	123	2024-06-24 12:00:00	2024-06-24 20:00:00
2024-06-25	3	480	480	283	236	257	2024-06-25 08:00:00	2024-06-25 16:00:00
2024-06-26	3	480	480	344	55	145	2024-06-26 08:00:00	2024-06-26 16:00:00
2024-06-27	3	480	480	329	0	196	2024-06-27 12:00:00	2024-06-27 20:00:00
2024-06-28	3	480	480	294	0	145	2024-06-28 12:00:00	2024-06-28 20:00:00
2024-06-29	3	0	0	0	0	0	\N	\N
2024-06-30	3	0	0	0	0	0	\N	\N
2024-07-01	3	480	480	312	110	222	2024-07-01 12:00:00	2024-07-01 20:00:00
2024-07-02	3	480	480	352	0	117	2024-07-02 12:00:00	2024-07-02 20:00:00
2024-07-03	3	480	480	313	52	158	2024-07-03 10:00:00	2024-07-03 18:00:00
2024-07-04	3	480	480	327	0	164	2024-07-04 10:00:00	2024-07-04 18:00:00
2024-07-05	3	480	480	335	0	118	2024-07-05 10:00:00	2024-07-05 18:00:00
2024-07-06	3	0	0	0	0	0	\N	\N
2024-07-07	3	0	0	0	0	0	\N	\N
2024-07-08	3	480	480	345	0	128	2024-07-08 08:00:00	2024-07-08 16:00:00
2024-07-09	3	480	480	314	0	152	2024-07-09 08:00:00	2024-07-09 16:00:00
2024-07-10	3	0	0	0	0	0	\N	\N
2024-07-11	3	0	0	0	0	0	\N	\N
2024-07-12	3	480	480	345	30	191	2024-07-12 08:00:00	2024-07-12 16:00:00
2024-07-13	3	480	480	323	1	138	2024-07-13 09:00:00	2024-07-13 17:00:00
2024-07-14	3	360	360	245	0	76	2024-07-14 10:00:00	2024-07-14 16:00:00
2024-07-15	3	480	480	339	7	118	2024-07-15 12:00:00	2024-07-15 20:00:00
2024-07-16	3	480	480	356	1	130	2024-07-16 08:00:00	2024-07-16 16:00:00
2024-07-17	3	480	480	350	0	189	2024-07-17 08:00:00	2024-07-17 16:00:00
2024-07-18	3	480	480	329	0	181	2024-07-18 12:00:00	2024-07-18 20:00:00
2024-07-19	3	480	480	272	0	97	2024-07-19 12:00:00	2024-07-19 20:00:00
2024-07-20	3	0	0	0	0	0	\N	\N
2024-07-21	3	0	0	0	0	0	\N	\N
2024-07-22	3	480	480	0	0	0	2024-07-22 12:00:00	2024-07-22 20:00:00
2024-07-23	3	480	480	0	0	0	2024-07-23 12:00:00	2024-07-23 20:00:00
2024-07-24	3	480	480	0	0	0	2024-07-24 10:00:00	2024-07-24 18:00:00
2024-07-25	3	480	480	0	0	0	2024-07-25 10:00:00	2024-07-25 18:00:00
2024-07-26	3	480	480	292	0	90	2024-07-26 10:00:00	2024-07-26 18:00:00
2024-07-27	3	0	0	0	0	0	\N	\N
2024-07-28	3	0	0	0	0	0	\N	\N
2024-07-29	3	480	480	297	0	135	2024-07-29 08:00:00	2024-07-29 16:00:00
2024-07-30	3	480	480	324	78	188	2024-07-30 08:00:00	2024-07-30 16:00:00
2024-07-31	3	0	0	0	0	0	\N	\N
2024-08-01	3	0	0	0	0	0	\N	\N
2024-08-02	3	480	480	359	0	161	2024-08-02 08:00:00	2024-08-02 16:00:00
2024-08-03	3	480	480	302	1	111	2024-08-03 09:00:00	2024-08-03 17:00:00
2024-08-04	3	360	360	236	0	111	2024-08-04 10:00:00	2024-08-04 16:00:00
2024-08-05	3	480	480	299	0	112	2024-08-05 12:00:00	2024-08-05 20:00:00
2024-08-06	3	480	480	380	0	164	2024-08-06 08:00:00	2024-08-06 16:00:00
2024-08-07	3	480	480	357	0	151	2024-08-07 08:00:00	2024-08-07 16:00:00
2024-08-08	3	480	480	323	0	155	2024-08-08 12:00:00	2024-08-08 20:00:00
2024-08-09	3	480	480	393	28	166	2024-08-09 12:00:00	2024-08-09 20:00:00
2024-08-10	3	0	0	0	0	0	\N	\N
2024-08-11	3	0	0	0	0	0	\N	\N
2024-08-12	3	480	480	348	0	176	2024-08-12 12:00:00	2024-08-12 20:00:00
2024-08-13	3	480	480	336	132	198	2024-08-13 12:00:00	2024-08-13 20:00:00
2024-08-14	3	480	480	362	0	125	2024-08-14 10:00:00	2024-08-14 18:00:00
2024-08-15	3	480	480	356	112	257	2024-08-15 12:00:00	2024-08-15 20:00:00
2024-08-16	3	480	480	336	6	180	2024-08-16 10:00:00	2024-08-16 18:00:00
2024-08-17	3	0	0	0	0	0	\N	\N
2024-08-18	3	0	0	0	0	0	\N	\N
2024-08-19	3	480	480	323	9	173	2024-08-19 08:00:00	2024-08-19 16:00:00
2024-08-20	3	480	480	367	166	230	2024-08-20 08:00:00	2024-08-20 16:00:00
2024-08-21	3	0	0	0	0	0	\N	\N
2024-08-22	3	0	0	0	0	0	\N	\N
2024-08-23	3	480	480	303	14	169	2024-08-23 08:00:00	2024-08-23 16:00:00
2024-08-24	3	480	480	311	1	157	2024-08-24 09:00:00	2024-08-24 17:00:00
2024-08-25	3	360	360	237	0	90	2024-08-25 10:00:00	2024-08-25 16:00:00
2024-08-26	3	480	480	367	0	156	2024-08-26 12:00:00	2024-08-26 20:00:00
2024-08-27	3	480	480	347	51	225	2024-08-27 08:00:00	2024-08-27 16:00:00
2024-08-28	3	480	480	326	117	180	2024-08-28 08:00:00	2024-08-28 16:00:00
2024-08-29	3	480	480	0	0	0	2024-08-29 10:00:00	2024-08-29 18:00:00
2024-08-30	3	480	480	0	0	0	2024-08-30 10:00:00	2024-08-30 18:00:00
2024-08-31	3	0	0	0	0	0	\N	\N
2024-09-01	3	0	0	0	0	0	\N	\N
2024-09-02	3	480	480	0	0	0	2024-09-02 12:00:00	2024-09-02 20:00:00
2024-09-03	3	480	480	0	0	0	2024-09-03 12:00:00	2024-09-03 20:00:00
2024-09-04	3	480	480	0	0	0	2024-09-04 10:00:00	2024-09-04 18:00:00
2024-09-05	3	480	480	320	16	181	2024-09-05 10:00:00	2024-09-05 18:00:00
2024-09-06	3	480	480	317	54	206	2024-09-06 10:00:00	2024-09-06 18:00:00
2024-09-07	3	0	0	0	0	0	\N	\N
2024-09-08	3	0	0	0	0	0	\N	\N
2024-09-09	3	480	480	277	0	155	2024-09-09 08:00:00	2024-09-09 16:00:00
2024-09-10	3	480	480	362	159	272	2024-09-10 08:00:00	2024-09-10 16:00:00
2024-09-11	3	0	0	0	0	0	\N	\N
2024-09-12	3	0	0	0	0	0	\N	\N
2024-09-13	3	480	480	358	0	135	2024-09-13 08:00:00	2024-09-13 16:00:00
2024-09-14	3	480	480	397	47	180	2024-09-14 09:00:00	2024-09-14 17:00:00
2024-09-15	3	360	360	255	0	150	2024-09-15 10:00:00	2024-09-15 16:00:00
2024-09-16	3	480	480	291	12	139	2024-09-16 12:00:00	2024-09-16 20:00:00
2024-09-17	3	480	480	311	0	119	2024-09-17 08:00:00	2024-09-17 16:00:00
2024-09-18	3	480	480	340	0	195	2024-09-18 08:00:00	2024-09-18 16:00:00
2024-09-19	3	480	480	335	0	105	2024-09-19 12:00:00	2024-09-19 20:00:00
2024-09-20	3	480	480	349	48	166	2024-09-20 12:00:00	2024-09-20 20:00:00
2024-09-21	3	0	0	0	0	0	\N	\N
2024-09-22	3	0	0	0	0	0	\N	\N
2024-09-23	3	480	480	296	83	155	2024-09-23 12:00:00	2024-09-23 20:00:00
2024-09-24	3	480	480	342	38	205	2024-09-24 12:00:00	2024-09-24 20:00:00
2024-09-25	3	480	480	298	6	131	2024-09-25 10:00:00	2024-09-25 18:00:00
2024-09-26	3	480	480	336	25	210	2024-09-26 10:00:00	2024-09-26 18:00:00
2024-09-27	3	480	480	346	0	105	2024-09-27 10:00:00	2024-09-27 18:00:00
2024-09-28	3	0	0	0	0	0	\N	\N
2024-09-29	3	0	0	0	0	0	\N	\N
2024-09-30	3	480	480	288	0	112	2024-09-30 08:00:00	2024-09-30 16:00:00
2024-10-01	3	480	480	311	19	192	2024-10-01 08:00:00	2024-10-01 16:00:00
2024-10-02	3	0	0	0	0	0	\N	\N
2024-10-03	3	0	0	0	0	0	\N	\N
2024-10-04	3	480	480	330	0	119	2024-10-04 08:00:00	2024-10-04 16:00:00
2024-10-05	3	480	480	317	1	178	2024-10-05 09:00:00	2024-10-05 17:00:00
2024-10-06	3	360	360	262	86	154	2024-10-06 10:00:00	2024-10-06 16:00:00
2024-10-07	3	480	480	269	56	154	2024-10-07 08:00:00	2024-10-07 16:00:00
2024-10-08	3	480	480	343	0	160	2024-10-08 08:00:00	2024-10-08 16:00:00
2024-10-09	3	480	480	385	21	238	2024-10-09 08:00:00	2024-10-09 16:00:00
2024-10-10	3	480	480	364	25	162	2024-10-10 08:00:00	2024-10-10 16:00:00
2024-10-11	3	480	480	324	0	125	2024-10-11 08:00:00	2024-10-11 16:00:00
2024-10-12	3	0	0	0	0	0	\N	\N
2024-10-13	3	0	0	0	0	0	\N	\N
2024-10-14	3	480	480	338	237	291	2024-10-14 12:00:00	2024-10-14 20:00:00
2024-10-15	3	480	480	299	68	143	2024-10-15 12:00:00	2024-10-15 20:00:00
2024-10-16	3	480	480	355	28	139	2024-10-16 10:00:00	2024-10-16 18:00:00
2024-10-17	3	480	480	411	0	151	2024-10-17 10:00:00	2024-10-17 18:00:00
2024-10-18	3	480	480	337	19	120	2024-10-18 10:00:00	2024-10-18 18:00:00
2024-10-19	3	0	0	0	0	0	\N	\N
2024-10-20	3	0	0	0	0	0	\N	\N
2024-10-21	3	480	480	338	15	160	2024-10-21 08:00:00	2024-10-21 16:00:00
2024-10-22	3	480	480	310	0	101	2024-10-22 08:00:00	2024-10-22 16:00:00
2024-10-23	3	0	0	0	0	0	\N	\N
2024-10-24	3	0	0	0	0	0	\N	\N
2024-10-25	3	480	480	374	0	174	2024-10-25 08:00:00	2024-10-25 16:00:00
2024-10-26	3	480	480	361	1	115	2024-10-26 09:00:00	2024-10-26 17:00:00
2024-10-27	3	360	360	216	0	109	2024-10-27 10:00:00	2024-10-27 16:00:00
2024-10-28	3	480	480	300	4	121	2024-10-28 12:00:00	2024-10-28 20:00:00
2024-10-29	3	480	480	365	131	201	2024-10-29 08:00:00	2024-10-29 16:00:00
2024-10-30	3	480	480	342	0	187	2024-10-30 08:00:00	2024-10-30 16:00:00
2024-10-31	3	480	480	349	23	182	2024-10-31 12:00:00	2024-10-31 20:00:00
2024-11-01	3	480	480	331	0	154	2024-11-01 12:00:00	2024-11-01 20:00:00
2024-11-02	3	0	0	0	0	0	\N	\N
2024-11-03	3	0	0	0	0	0	\N	\N
2024-11-04	3	480	480	366	111	197	2024-11-04 12:00:00	2024-11-04 20:00:00
2024-11-05	3	480	480	350	89	186	2024-11-05 12:00:00	2024-11-05 20:00:00
2024-11-06	3	480	480	382	111	265	2024-11-06 12:00:00	2024-11-06 20:00:00
2024-11-07	3	480	480	354	0	205	2024-11-07 12:00:00	2024-11-07 20:00:00
2024-11-08	3	480	480	365	50	235	2024-11-08 12:00:00	2024-11-08 20:00:00
2024-11-09	3	0	0	0	0	0	\N	\N
2024-11-10	3	0	0	0	0	0	\N	\N
2024-11-11	3	480	480	339	48	153	2024-11-11 08:00:00	2024-11-11 16:00:00
2024-11-12	3	480	480	392	0	215	2024-11-12 08:00:00	2024-11-12 16:00:00
2024-11-13	3	0	0	0	0	0	\N	\N
2024-11-14	3	0	0	0	0	0	\N	\N
2024-11-15	3	480	480	331	0	169	2024-11-15 08:00:00	2024-11-15 16:00:00
2024-11-16	3	480	480	373	0	129	2024-11-16 09:00:00	2024-11-16 17:00:00
2024-11-17	3	360	360	284	0	139	2024-11-17 10:00:00	2024-11-17 16:00:00
2024-11-18	3	480	480	347	7	209	2024-11-18 12:00:00	2024-11-18 20:00:00
2024-11-19	3	480	480	377	54	220	2024-11-19 08:00:00	2024-11-19 16:00:00
2024-11-20	3	480	480	269	0	131	2024-11-20 08:00:00	2024-11-20 16:00:00
2024-11-21	3	480	480	339	14	205	2024-11-21 12:00:00	2024-11-21 20:00:00
2024-11-22	3	480	480	308	29	181	2024-11-22 12:00:00	2024-11-22 20:00:00
2024-11-23	3	0	0	0	0	0	\N	\N
2024-11-24	3	0	0	0	0	0	\N	\N
2024-11-25	3	480	480	316	0	185	2024-11-25 12:00:00	2024-11-25 20:00:00
2024-11-26	3	480	480	356	124	205	2024-11-26 12:00:00	2024-11-26 20:00:00
2024-11-27	3	480	480	300	0	129	2024-11-27 10:00:00	2024-11-27 18:00:00
2024-11-28	3	480	480	330	61	162	2024-11-28 10:00:00	2024-11-28 18:00:00
2024-11-29	3	480	480	308	0	103	2024-11-29 10:00:00	2024-11-29 18:00:00
2024-11-30	3	0	0	0	0	0	\N	\N
2024-12-01	3	0	0	0	0	0	\N	\N
2024-12-02	3	480	480	328	92	205	2024-12-02 08:00:00	2024-12-02 16:00:00
2024-12-03	3	480	480	344	12	157	2024-12-03 08:00:00	2024-12-03 16:00:00
2024-12-04	3	0	0	0	0	0	\N	\N
2024-12-05	3	0	0	0	0	0	\N	\N
2024-12-06	3	480	480	314	0	131	2024-12-06 08:00:00	2024-12-06 16:00:00
2024-12-07	3	480	480	312	40	161	2024-12-07 09:00:00	2024-12-07 17:00:00
2024-12-08	3	360	360	269	0	104	2024-12-08 10:00:00	2024-12-08 16:00:00
2024-12-09	3	480	480	258	24	148	2024-12-09 12:00:00	2024-12-09 20:00:00
2024-12-10	3	480	480	368	1	188	2024-12-10 08:00:00	2024-12-10 16:00:00
2024-12-11	3	480	480	367	0	128	2024-12-11 08:00:00	2024-12-11 16:00:00
2024-12-12	3	480	480	318	102	213	2024-12-12 12:00:00	2024-12-12 20:00:00
2024-12-13	3	480	480	338	37	191	2024-12-13 12:00:00	2024-12-13 20:00:00
2024-12-14	3	0	0	0	0	0	\N	\N
2024-12-15	3	0	0	0	0	0	\N	\N
2024-12-16	3	480	480	348	0	129	2024-12-16 12:00:00	2024-12-16 20:00:00
2024-12-17	3	480	480	331	54	202	2024-12-17 12:00:00	2024-12-17 20:00:00
2024-12-18	3	480	480	299	35	169	2024-12-18 10:00:00	2024-12-18 18:00:00
2024-12-19	3	480	480	329	57	180	2024-12-19 10:00:00	2024-12-19 18:00:00
2024-12-20	3	480	480	331	174	263	2024-12-20 10:00:00	2024-12-20 18:00:00
2024-12-21	3	0	0	0	0	0	\N	\N
2024-12-22	3	0	0	0	0	0	\N	\N
2024-12-23	3	480	480	344	0	113	2024-12-23 08:00:00	2024-12-23 16:00:00
2024-12-24	3	480	480	352	0	110	2024-12-24 08:00:00	2024-12-24 16:00:00
2024-12-25	3	0	0	0	0	0	\N	\N
2024-12-26	3	0	0	0	0	0	\N	\N
2024-12-27	3	480	480	341	50	221	2024-12-27 08:00:00	2024-12-27 16:00:00
2024-12-28	3	480	480	296	253	273	2024-12-28 09:00:00	2024-12-28 17:00:00
2024-12-29	3	360	360	278	87	153	2024-12-29 10:00:00	2024-12-29 16:00:00
2024-12-30	3	480	480	345	0	120	2024-12-30 12:00:00	2024-12-30 20:00:00
2024-12-31	3	480	480	377	0	156	2024-12-31 08:00:00	2024-12-31 16:00:00
2025-01-01	3	0	0	0	0	0	\N	\N
2025-01-02	3	480	480	343	0	175	2025-01-02 12:00:00	2025-01-02 20:00:00
2025-01-03	3	480	480	332	36	156	2025-01-03 12:00:00	2025-01-03 20:00:00
2025-01-04	3	0	0	0	0	0	\N	\N
2025-01-05	3	0	0	0	0	0	\N	\N
2025-01-06	3	480	480	326	0	159	2025-01-06 12:00:00	2025-01-06 20:00:00
2025-01-07	3	480	480	344	37	159	2025-01-07 12:00:00	2025-01-07 20:00:00
2025-01-08	3	480	480	355	0	183	2025-01-08 10:00:00	2025-01-08 18:00:00
2025-01-09	3	480	480	308	63	163	2025-01-09 10:00:00	2025-01-09 18:00:00
2025-01-10	3	480	480	360	0	193	2025-01-10 10:00:00	2025-01-10 18:00:00
2025-01-11	3	0	0	0	0	0	\N	\N
2025-01-12	3	0	0	0	0	0	\N	\N
2025-01-13	3	480	480	325	118	205	2025-01-13 08:00:00	2025-01-13 16:00:00
2025-01-14	3	480	480	360	0	109	2025-01-14 08:00:00	2025-01-14 16:00:00
2025-01-15	3	0	0	0	0	0	\N	\N
2025-01-16	3	0	0	0	0	0	\N	\N
2025-01-17	3	480	480	349	16	140	2025-01-17 08:00:00	2025-01-17 16:00:00
2025-01-18	3	480	480	317	1	155	2025-01-18 09:00:00	2025-01-18 17:00:00
2025-01-19	3	360	360	228	0	78	2025-01-19 10:00:00	2025-01-19 16:00:00
2025-01-20	3	480	480	308	7	163	2025-01-20 12:00:00	2025-01-20 20:00:00
2025-01-21	3	480	480	315	5	156	2025-01-21 08:00:00	2025-01-21 16:00:00
2025-01-22	3	480	480	349	82	226	2025-01-22 08:00:00	2025-01-22 16:00:00
2025-01-23	3	480	480	371	51	219	2025-01-23 12:00:00	2025-01-23 20:00:00
2025-01-24	3	480	480	371	30	133	2025-01-24 12:00:00	2025-01-24 20:00:00
2025-01-25	3	0	0	0	0	0	\N	\N
2025-01-26	3	0	0	0	0	0	\N	\N
2025-01-27	3	480	480	339	115	242	2025-01-27 12:00:00	2025-01-27 20:00:00
2025-01-28	3	480	480	300	0	172	2025-01-28 12:00:00	2025-01-28 20:00:00
2025-01-29	3	480	480	344	11	186	2025-01-29 10:00:00	2025-01-29 18:00:00
2025-01-30	3	480	480	375	97	215	2025-01-30 10:00:00	2025-01-30 18:00:00
2025-01-31	3	480	480	349	0	108	2025-01-31 10:00:00	2025-01-31 18:00:00
2025-02-01	3	0	0	0	0	0	\N	\N
2025-02-02	3	0	0	0	0	0	\N	\N
2025-02-03	3	480	480	356	0	140	2025-02-03 08:00:00	2025-02-03 16:00:00
2025-02-04	3	480	480	322	51	203	2025-02-04 08:00:00	2025-02-04 16:00:00
2025-02-05	3	0	0	0	0	0	\N	\N
2025-02-06	3	0	0	0	0	0	\N	\N
2025-02-07	3	480	480	0	0	0	2025-02-07 10:00:00	2025-02-07 18:00:00
2025-02-08	3	480	480	307	22	177	2025-02-08 09:00:00	2025-02-08 17:00:00
2025-02-09	3	360	360	267	0	118	2025-02-09 10:00:00	2025-02-09 16:00:00
2025-02-10	3	480	480	367	25	192	2025-02-10 12:00:00	2025-02-10 20:00:00
2025-02-11	3	480	480	315	1	158	2025-02-11 08:00:00	2025-02-11 16:00:00
2025-02-12	3	480	480	332	0	173	2025-02-12 08:00:00	2025-02-12 16:00:00
2025-02-13	3	480	480	325	0	108	2025-02-13 12:00:00	2025-02-13 20:00:00
2025-02-14	3	480	480	386	122	279	2025-02-14 12:00:00	2025-02-14 20:00:00
2025-02-15	3	0	0	0	0	0	\N	\N
2025-02-16	3	0	0	0	0	0	\N	\N
2025-02-17	3	480	480	335	12	195	2025-02-17 12:00:00	2025-02-17 20:00:00
2025-02-18	3	480	480	327	0	136	2025-02-18 12:00:00	2025-02-18 20:00:00
2025-02-19	3	480	480	323	0	119	2025-02-19 10:00:00	2025-02-19 18:00:00
2025-02-20	3	480	480	367	0	165	2025-02-20 10:00:00	2025-02-20 18:00:00
2025-02-21	3	480	480	326	0	185	2025-02-21 10:00:00	2025-02-21 18:00:00
2025-02-22	3	0	0	0	0	0	\N	\N
2025-02-23	3	0	0	0	0	0	\N	\N
2025-02-24	3	480	480	359	10	176	2025-02-24 08:00:00	2025-02-24 16:00:00
2025-02-25	3	480	480	354	54	204	2025-02-25 08:00:00	2025-02-25 16:00:00
2025-02-26	3	0	0	0	0	0	\N	\N
2025-02-27	3	0	0	0	0	0	\N	\N
2025-02-28	3	480	480	265	0	136	2025-02-28 08:00:00	2025-02-28 16:00:00
2025-03-01	3	480	480	365	1	142	2025-03-01 09:00:00	2025-03-01 17:00:00
2025-03-02	3	360	360	245	0	126	2025-03-02 10:00:00	2025-03-02 16:00:00
2025-03-03	3	480	480	345	8	157	2025-03-03 12:00:00	2025-03-03 20:00:00
2025-03-04	3	480	480	298	0	156	2025-03-04 08:00:00	2025-03-04 16:00:00
2025-03-05	3	480	480	320	54	188	2025-03-05 08:00:00	2025-03-05 16:00:00
2025-03-06	3	480	480	325	0	166	2025-03-06 12:00:00	2025-03-06 20:00:00
2025-03-07	3	480	480	327	57	176	2025-03-07 12:00:00	2025-03-07 20:00:00
2025-03-08	3	0	0	0	0	0	\N	\N
2025-03-09	3	0	0	0	0	0	\N	\N
2025-03-10	3	480	480	343	296	315	2025-03-10 08:00:00	2025-03-10 16:00:00
2025-03-11	3	480	480	332	36	196	2025-03-11 12:00:00	2025-03-11 20:00:00
2025-03-12	3	480	480	328	0	102	2025-03-12 10:00:00	2025-03-12 18:00:00
2025-03-13	3	480	480	0	0	0	2025-03-13 10:00:00	2025-03-13 18:00:00
2025-03-14	3	480	480	0	0	0	2025-03-14 10:00:00	2025-03-14 18:00:00
2025-03-15	3	0	0	0	0	0	\N	\N
2025-03-16	3	0	0	0	0	0	\N	\N
2025-03-17	3	480	480	0	0	0	2025-03-17 10:00:00	2025-03-17 18:00:00
2025-03-18	3	480	480	0	0	0	2025-03-18 10:00:00	2025-03-18 18:00:00
2025-03-19	3	0	0	0	0	0	\N	\N
2025-03-20	3	0	0	0	0	0	\N	\N
2025-03-21	3	480	480	348	0	168	2025-03-21 08:00:00	2025-03-21 16:00:00
2025-03-22	3	480	480	308	1	131	2025-03-22 09:00:00	2025-03-22 17:00:00
2025-03-23	3	360	360	228	0	116	2025-03-23 10:00:00	2025-03-23 16:00:00
2025-03-24	3	480	480	333	19	186	2025-03-24 12:00:00	2025-03-24 20:00:00
2025-03-25	3	480	480	331	0	104	2025-03-25 08:00:00	2025-03-25 16:00:00
2025-03-26	3	480	480	321	0	110	2025-03-26 08:00:00	2025-03-26 16:00:00
2025-03-27	3	480	480	323	9	133	2025-03-27 12:00:00	2025-03-27 20:00:00
2025-03-28	3	480	480	294	54	160	2025-03-28 12:00:00	2025-03-28 20:00:00
2025-03-29	3	0	0	0	0	0	\N	\N
2025-03-30	3	0	0	0	0	0	\N	\N
2025-03-31	3	480	480	348	0	169	2025-03-31 12:00:00	2025-03-31 20:00:00
2025-04-01	3	480	480	329	0	189	2025-04-01 12:00:00	2025-04-01 20:00:00
2025-04-02	3	480	480	338	0	152	2025-04-02 10:00:00	2025-04-02 18:00:00
2025-04-03	3	480	480	389	18	184	2025-04-03 10:00:00	2025-04-03 18:00:00
2025-04-04	3	480	480	308	78	206	2025-04-04 12:00:00	2025-04-04 20:00:00
2025-04-05	3	0	0	0	0	0	\N	\N
2025-04-06	3	0	0	0	0	0	\N	\N
2025-04-07	3	480	480	355	0	176	2025-04-07 08:00:00	2025-04-07 16:00:00
2025-04-08	3	480	480	337	38	146	2025-04-08 08:00:00	2025-04-08 16:00:00
2025-04-09	3	0	0	0	0	0	\N	\N
2025-04-10	3	0	0	0	0	0	\N	\N
2025-04-11	3	480	480	281	10	111	2025-04-11 08:00:00	2025-04-11 16:00:00
2025-04-12	3	480	480	312	220	265	2025-04-12 09:00:00	2025-04-12 17:00:00
2025-04-13	3	360	360	258	0	130	2025-04-13 10:00:00	2025-04-13 16:00:00
2025-04-14	3	480	480	374	34	221	2025-04-14 12:00:00	2025-04-14 20:00:00
2025-04-15	3	480	480	315	0	187	2025-04-15 08:00:00	2025-04-15 16:00:00
2025-04-16	3	480	480	345	0	139	2025-04-16 08:00:00	2025-04-16 16:00:00
2025-04-17	3	480	480	346	0	179	2025-04-17 12:00:00	2025-04-17 20:00:00
2025-04-18	3	480	480	343	0	170	2025-04-18 12:00:00	2025-04-18 20:00:00
2025-04-19	3	0	0	0	0	0	\N	\N
2025-04-20	3	0	0	0	0	0	\N	\N
2025-04-21	3	480	480	358	0	110	2025-04-21 12:00:00	2025-04-21 20:00:00
2025-04-22	3	480	480	321	62	175	2025-04-22 12:00:00	2025-04-22 20:00:00
2025-04-23	3	480	480	392	0	222	2025-04-23 10:00:00	2025-04-23 18:00:00
2025-04-24	3	480	480	325	0	138	2025-04-24 10:00:00	2025-04-24 18:00:00
2025-04-25	3	480	480	382	17	156	2025-04-25 10:00:00	2025-04-25 18:00:00
2025-04-26	3	0	0	0	0	0	\N	\N
2025-04-27	3	0	0	0	0	0	\N	\N
2025-04-28	3	480	480	307	34	164	2025-04-28 08:00:00	2025-04-28 16:00:00
2025-04-29	3	480	480	352	0	150	2025-04-29 08:00:00	2025-04-29 16:00:00
2025-04-30	3	0	0	0	0	0	\N	\N
2025-05-01	3	0	0	0	0	0	\N	\N
2025-05-02	3	480	480	386	22	141	2025-05-02 08:00:00	2025-05-02 16:00:00
2025-05-03	3	480	480	367	1	200	2025-05-03 09:00:00	2025-05-03 17:00:00
2025-05-04	3	360	360	234	0	133	2025-05-04 10:00:00	2025-05-04 16:00:00
2025-05-05	3	480	480	344	17	144	2025-05-05 08:00:00	2025-05-05 16:00:00
2025-05-06	3	480	480	327	154	253	2025-05-06 08:00:00	2025-05-06 16:00:00
2025-05-07	3	480	480	320	0	178	2025-05-07 08:00:00	2025-05-07 16:00:00
2025-05-08	3	480	480	332	0	174	2025-05-08 12:00:00	2025-05-08 20:00:00
2025-05-09	3	480	480	368	0	127	2025-05-09 12:00:00	2025-05-09 20:00:00
2025-05-10	3	0	0	0	0	0	\N	\N
2025-05-11	3	0	0	0	0	0	\N	\N
2025-05-12	3	480	480	337	137	221	2025-05-12 12:00:00	2025-05-12 20:00:00
2025-05-13	3	480	480	363	117	254	2025-05-13 12:00:00	2025-05-13 20:00:00
2025-05-14	3	480	480	340	64	218	2025-05-14 10:00:00	2025-05-14 18:00:00
2025-05-15	3	480	480	375	189	294	2025-05-15 10:00:00	2025-05-15 18:00:00
2025-05-16	3	480	480	316	45	183	2025-05-16 10:00:00	2025-05-16 18:00:00
2025-05-17	3	0	0	0	0	0	\N	\N
2025-05-18	3	0	0	0	0	0	\N	\N
2025-05-19	3	480	480	359	0	210	2025-05-19 08:00:00	2025-05-19 16:00:00
2025-05-20	3	480	480	316	74	152	2025-05-20 08:00:00	2025-05-20 16:00:00
2025-05-21	3	0	0	0	0	0	\N	\N
2025-05-22	3	0	0	0	0	0	\N	\N
2025-05-23	3	480	480	287	116	195	2025-05-23 08:00:00	2025-05-23 16:00:00
2025-05-24	3	480	480	358	101	225	2025-05-24 09:00:00	2025-05-24 17:00:00
2025-05-25	3	360	360	210	0	88	2025-05-25 10:00:00	2025-05-25 16:00:00
2025-05-26	3	480	480	0	0	0	2025-05-26 10:00:00	2025-05-26 18:00:00
2025-05-27	3	480	480	0	0	0	2025-05-27 12:00:00	2025-05-27 20:00:00
2025-05-28	3	480	480	376	211	297	2025-05-28 08:00:00	2025-05-28 16:00:00
2025-05-29	3	480	480	360	10	193	2025-05-29 12:00:00	2025-05-29 20:00:00
2025-05-30	3	480	480	290	0	117	2025-05-30 12:00:00	2025-05-30 20:00:00
2025-05-31	3	0	0	0	0	0	\N	\N
2025-06-01	3	0	0	0	0	0	\N	\N
2025-06-02	3	480	480	330	17	173	2025-06-02 12:00:00	2025-06-02 20:00:00
2025-06-03	3	480	480	330	43	194	2025-06-03 08:00:00	2025-06-03 16:00:00
2025-06-04	3	480	480	314	44	129	2025-06-04 10:00:00	2025-06-04 18:00:00
2025-06-05	3	480	480	349	10	181	2025-06-05 10:00:00	2025-06-05 18:00:00
2025-06-06	3	480	480	348	96	192	2025-06-06 10:00:00	2025-06-06 18:00:00
2025-06-07	3	0	0	0	0	0	\N	\N
2025-06-08	3	0	0	0	0	0	\N	\N
2025-06-09	3	480	480	341	60	168	2025-06-09 08:00:00	2025-06-09 16:00:00
2025-06-10	3	480	480	307	96	220	2025-06-10 08:00:00	2025-06-10 16:00:00
2025-06-11	3	0	0	0	0	0	\N	\N
2025-06-12	3	0	0	0	0	0	\N	\N
2025-06-13	3	480	480	343	15	132	2025-06-13 08:00:00	2025-06-13 16:00:00
2025-06-14	3	480	480	316	1	116	2025-06-14 09:00:00	2025-06-14 17:00:00
2025-06-15	3	360	360	269	0	86	2025-06-15 10:00:00	2025-06-15 16:00:00
2025-06-16	3	480	480	391	0	127	2025-06-16 12:00:00	2025-06-16 20:00:00
2025-06-17	3	480	480	339	0	138	2025-06-17 08:00:00	2025-06-17 16:00:00
2025-06-18	3	480	480	317	0	101	2025-06-18 08:00:00	2025-06-18 16:00:00
2025-06-19	3	480	480	344	0	144	2025-06-19 12:00:00	2025-06-19 20:00:00
2025-06-20	3	480	480	392	26	168	2025-06-20 12:00:00	2025-06-20 20:00:00
2025-06-21	3	0	0	0	0	0	\N	\N
2025-06-22	3	0	0	0	0	0	\N	\N
2025-06-23	3	480	480	349	51	204	2025-06-23 12:00:00	2025-06-23 20:00:00
2025-06-24	3	480	480	335	165	249	2025-06-24 12:00:00	2025-06-24 20:00:00
2025-06-25	3	480	480	359	29	189	2025-06-25 10:00:00	2025-06-25 18:00:00
2025-06-26	3	480	480	383	0	189	2025-06-26 10:00:00	2025-06-26 18:00:00
2025-06-27	3	480	480	383	0	202	2025-06-27 10:00:00	2025-06-27 18:00:00
2025-06-28	3	0	0	0	0	0	\N	\N
2025-06-29	3	0	0	0	0	0	\N	\N
2025-06-30	3	480	480	308	0	118	2025-06-30 08:00:00	2025-06-30 16:00:00
2025-07-01	3	480	480	351	0	112	2025-07-01 08:00:00	2025-07-01 16:00:00
2025-07-02	3	0	0	0	0	0	\N	\N
2025-07-03	3	0	0	0	0	0	\N	\N
2025-07-04	3	480	480	394	0	139	2025-07-04 08:00:00	2025-07-04 16:00:00
2025-07-05	3	480	480	344	169	255	2025-07-05 09:00:00	2025-07-05 17:00:00
2025-07-06	3	360	360	225	0	107	2025-07-06 10:00:00	2025-07-06 16:00:00
2025-07-07	3	480	480	282	77	145	2025-07-07 12:00:00	2025-07-07 20:00:00
2025-07-08	3	480	480	334	40	149	2025-07-08 08:00:00	2025-07-08 16:00:00
2025-07-09	3	480	480	344	111	244	2025-07-09 08:00:00	2025-07-09 16:00:00
2025-07-10	3	480	480	366	8	173	2025-07-10 12:00:00	2025-07-10 20:00:00
2025-07-11	3	480	480	351	33	174	2025-07-11 12:00:00	2025-07-11 20:00:00
2025-07-12	3	0	0	0	0	0	\N	\N
2025-07-13	3	0	0	0	0	0	\N	\N
2025-07-14	3	480	480	372	189	265	2025-07-14 12:00:00	2025-07-14 20:00:00
2025-07-15	3	480	480	361	0	153	2025-07-15 12:00:00	2025-07-15 20:00:00
2025-07-16	3	480	480	323	0	125	2025-07-16 12:00:00	2025-07-16 20:00:00
2025-07-17	3	480	480	274	0	107	2025-07-17 12:00:00	2025-07-17 20:00:00
2025-07-18	3	480	480	325	0	110	2025-07-18 12:00:00	2025-07-18 20:00:00
2025-07-19	3	0	0	0	0	0	\N	\N
2025-07-20	3	0	0	0	0	0	\N	\N
2025-07-21	3	480	480	370	0	155	2025-07-21 08:00:00	2025-07-21 16:00:00
2025-07-22	3	480	480	348	81	235	2025-07-22 08:00:00	2025-07-22 16:00:00
2025-07-23	3	0	0	0	0	0	\N	\N
2025-07-24	3	0	0	0	0	0	\N	\N
2025-07-25	3	480	480	312	0	155	2025-07-25 08:00:00	2025-07-25 16:00:00
2025-07-26	3	480	480	338	1	161	2025-07-26 09:00:00	2025-07-26 17:00:00
2025-07-27	3	360	360	252	0	128	2025-07-27 10:00:00	2025-07-27 16:00:00
2025-07-28	3	480	480	335	0	148	2025-07-28 12:00:00	2025-07-28 20:00:00
2025-07-29	3	480	480	357	0	118	2025-07-29 08:00:00	2025-07-29 16:00:00
2025-07-30	3	480	480	384	0	162	2025-07-30 08:00:00	2025-07-30 16:00:00
2025-07-31	3	480	480	335	27	197	2025-07-31 12:00:00	2025-07-31 20:00:00
2025-08-01	3	480	480	341	6	201	2025-08-01 12:00:00	2025-08-01 20:00:00
2025-08-02	3	0	0	0	0	0	\N	\N
2025-08-03	3	0	0	0	0	0	\N	\N
2025-08-04	3	480	480	317	19	109	2025-08-04 12:00:00	2025-08-04 20:00:00
2025-08-05	3	480	480	349	0	191	2025-08-05 12:00:00	2025-08-05 20:00:00
2025-08-06	3	480	480	298	70	183	2025-08-06 10:00:00	2025-08-06 18:00:00
2025-08-07	3	480	480	373	228	305	2025-08-07 10:00:00	2025-08-07 18:00:00
2025-08-08	3	480	480	284	44	126	2025-08-08 10:00:00	2025-08-08 18:00:00
2025-08-09	3	0	0	0	0	0	\N	\N
2025-08-10	3	0	0	0	0	0	\N	\N
2025-08-11	3	480	480	336	0	132	2025-08-11 08:00:00	2025-08-11 16:00:00
2025-08-12	3	480	480	340	3	184	2025-08-12 08:00:00	2025-08-12 16:00:00
2025-08-13	3	0	0	0	0	0	\N	\N
2025-08-14	3	0	0	0	0	0	\N	\N
2025-08-15	3	480	480	335	0	127	2025-08-15 08:00:00	2025-08-15 16:00:00
2025-08-16	3	480	480	298	1	140	2025-08-16 09:00:00	2025-08-16 17:00:00
2025-08-17	3	360	360	268	0	155	2025-08-17 10:00:00	2025-08-17 16:00:00
2025-08-18	3	480	480	375	74	221	2025-08-18 12:00:00	2025-08-18 20:00:00
2025-08-19	3	480	480	366	1	218	2025-08-19 08:00:00	2025-08-19 16:00:00
2025-08-20	3	480	480	358	19	220	2025-08-20 08:00:00	2025-08-20 16:00:00
2025-08-21	3	480	480	296	25	162	2025-08-21 12:00:00	2025-08-21 20:00:00
\.

-- Re-create the secondary indexes and foreign keys dropped before the data.
ALTER TABLE customers ADD CONSTRAINT pk_customers PRIMARY KEY (id);
ALTER TABLE customers ADD CONSTRAINT uq_customers_email UNIQUE (email);
ALTER TABLE scenario_events ADD CONSTRAINT pk_scenario_events PRIMARY KEY (id);
ALTER TABLE users ADD CONSTRAINT pk_users PRIMARY KEY (id);
ALTER TABLE tickets ADD CONSTRAINT pk_tickets PRIMARY KEY (ticket_id);
ALTER TABLE wfm ADD CONSTRAINT pk_wfm PRIMARY KEY (user_id, date);
ALTER TABLE interactions ADD CONSTRAINT pk_interactions PRIMARY KEY (interaction_id);
ALTER TABLE calls ADD CONSTRAINT pk_calls PRIMARY KEY (id);
ALTER TABLE calls ADD CONSTRAINT uq_calls_interaction_id UNIQUE (interaction_id);
ALTER TABLE chats ADD CONSTRAINT pk_chats PRIMARY KEY (id);
ALTER TABLE chats ADD CONSTRAINT uq_chats_interaction_id UNIQUE (interaction_id);
CREATE INDEX ix_tickets_customer_id ON tickets (customer_id);
CREATE INDEX ix_tickets_event_id ON tickets (event_id);
CREATE INDEX ix_tickets_ticket_closed ON tickets (ticket_closed);
CREATE INDEX ix_tickets_ticket_created ON tickets (ticket_created);
CREATE INDEX ix_tickets_ticket_owner ON tickets (ticket_owner);
CREATE INDEX ix_wfm_date ON wfm (date);
CREATE INDEX ix_interactions_customer_id ON interactions (customer_id);
CREATE INDEX ix_interactions_handled_by ON interactions (handled_by);
CREATE INDEX ix_interactions_interaction_created ON interactions (interaction_created);
CREATE INDEX ix_interactions_ticket_id ON interactions (ticket_id);
CREATE INDEX ix_calls_initialized ON calls (initialized);
CREATE INDEX ix_chats_initialized ON chats (initialized);
ALTER TABLE tickets ADD CONSTRAINT fk_tickets_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id);
ALTER TABLE tickets ADD CONSTRAINT fk_tickets_event_id_scenario_events FOREIGN KEY(event_id) REFERENCES scenario_events (id);
ALTER TABLE tickets ADD CONSTRAINT fk_tickets_ticket_owner_users FOREIGN KEY(ticket_owner) REFERENCES users (id);
ALTER TABLE wfm ADD CONSTRAINT fk_wfm_user_id_users FOREIGN KEY(user_id) REFERENCES users (id);
ALTER TABLE interactions ADD CONSTRAINT fk_interactions_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id);
ALTER TABLE interactions ADD CONSTRAINT fk_interactions_handled_by_users FOREIGN KEY(handled_by) REFERENCES users (id);
ALTER TABLE interactions ADD CONSTRAINT fk_interactions_ticket_id_tickets FOREIGN KEY(ticket_id) REFERENCES tickets (ticket_id);
ALTER TABLE calls ADD CONSTRAINT fk_calls_interaction_id_interactions FOREIGN KEY(interaction_id) REFERENCES interactions (interaction_id);
ALTER TABLE chats ADD CONSTRAINT fk_chats_interaction_id_interactions FOREIGN KEY(interaction_id) REFERENCES interactions (interaction_id);

-- The run manifest (docs/run_manifest.md): what made this data. started_at and
-- finished_at are the server's clock when this file runs.
INSERT INTO seed_runs (target, seeder_version, seed, tickets, customers, agents, start_date, end_date, params_toml, params_sha256, started_at, finished_at, row_counts, content_hashes, content_hash_encoding)
VALUES ('dump', '0.1.0', 42, 500, 120, 3, '2023-09-15', '2025-08-21', '# agents (UNIQUE_AGENTS); 0 = the agents planned for the tickets a day (12 for 25,000 in 707 days, at least 3), whose queues wait as configured; other counts wait longer or shorter
agents = 0
# customers (UNIQUE_CUSTOMERS); 0 = 6,000 per 25,000 tickets, at least 50
customers = 0
# hours from a ticket''s first interaction to its last, (0, 24]
max_interaction_span_hours = 6.0
# share of all tickets escalated (only non-FCR ones can be), 0..1
escalation_rate = 0.12
# closure delay counted from "last_interaction" or "from_creation"
anchor_closure_to = "last_interaction"
# share of follow-ups the owner takes when on shift, 0..1
owner_handles_share = 0.8
# share of follow-ups on the ticket''s own channel, 0..1
follow_up_same_channel = 0.7
# most interactions per ticket, 2..1,000
max_contacts = 12
# an unclosed ticket younger than this many days is ''new'', else ''open''
new_within_days = 2.0
# share of closed tickets the customer rates, 0..1
rated_share = 0.33
# how much some customers come back more (1 = all alike), >= 1
customer_repeat_skew = 1.2
# relative ticket volume Monday..Sunday, 7 values >= 0
weekday_weights = [1.15, 1.1, 1.05, 1.0, 0.95, 0.45, 0.3]
# arrivals by hour of the day 00..23 (phone and chat only while open)
hourly_weights = [0.02, 0.01, 0.01, 0.01, 0.02, 0.05, 0.2, 0.55, 0.95, 1.0, 0.95, 0.85, 0.7, 0.8, 0.9, 0.85, 0.75, 0.6, 0.45, 0.35, 0.25, 0.15, 0.08, 0.04]
# escalated tickets take this many times longer to close, >= 1
escalated_delay_factor = 2.5
# least share of agents hired before the range starts (more when the first day''s volume needs them; the rest are hired as the volume grows), 0..1
agent_initial_share = 0.6
# share of agents working part time, 0..1
agent_part_time_share = 0.25
# a part-timer''s FTE (shift length x this), 0.01..1
agent_part_time_fte = 0.75
# longest tenure before the range starts, years, 0.1..100
agent_max_tenure_years = 6.0
# pay rise per year of tenure, EUR per hour, >= 0
hourly_rate_per_year_eur = 0.75
# one week in this many an agent covers the weekend, 1..52
weekend_rotation = 3
# a full-time shift, hours, 0.5..12
shift_hours = 8.0
# queue interval in which load is measured: 5, 10, 15, 20, 30 or 60
interval_minutes = 30
# interactions time / available time that case work fills to, (0, 1)
target_occupancy = 0.7
# spread of agents'' handle-time factors on the log scale, 0..2
agent_skill_sd = 0.2
# how much skill shifts the odds of FCR and escalation, 0..0.4
skill_outcome_effect = 0.12
# rating points per standard deviation of the owner''s skill, 0..2
skill_rating_effect = 0.12
# extra handle time on a new hire''s first day (0.35 = 35 %), 0..2
new_hire_slowdown = 0.35
# days for that extra time to fade by a factor e, 1..3,650
learning_days = 45.0
# share of rostered days lost to sickness and leave, 0..0.5
absence_share = 0.05
# relative ticket volume January..December, 12 values >= 0
monthly_weights = [1.0, 0.95, 0.95, 0.95, 0.95, 0.9, 0.75, 0.75, 0.95, 1.0, 1.1, 1.2]
# volume from Black Friday to Cyber Monday, x a normal day, 0..100
black_friday_factor = 1.8
# volume in the gift weeks before Christmas, x a normal day, 0..100
christmas_factor = 1.3
# yearly growth of ticket volume (0.15 = +15 %), -0.9..10
annual_growth = 0.15
# day-to-day spread of volume beyond Poisson (gamma CV), 0..5
day_effect_cv = 0.25
# extra RMA and logistics share in January (0.25 = +25 %), 0..10
january_returns_lift = 0.4
# a country''s volume on its public holidays, x a normal day, 0..1
holiday_factor = 0.4
# days the centre is closed every year, "MM-DD"
closed_days = ["12-25", "12-26", "01-01"]
# mean rating of tickets resolved at first contact, 1..5
rating_fcr_mean = 4.4
# mean rating of other tickets, 1..5
rating_non_fcr_mean = 3.6
# rating points lost per log(1 + days open), 0..100
rating_lifecycle_penalty = 0.45
# spread of ratings around their mean, points, 0..100
rating_noise_sd = 0.85

# share of tickets starting on each channel; sums to 1
[channels]
email = 0.3
phone = 0.4
chat = 0.3

# share of customers per country; sums to 1
[countries]
UK = 0.333333
Germany = 0.2
Austria = 0.133333
Netherlands = 0.111111
France = 0.166667
Belgium = 0.055556

# share of tickets per product; sums to 1
[products]
headphones = 0.4
speakers = 0.3
amplifiers = 0.15
turntables = 0.15

# per category: share of tickets (weights sum to 1), FCR rate 0..1, and contacts per case (the spec''s average over all tickets; see each category''s note)
[categories]

# contacts_per_case 1.5 is reached on average
[categories.troubleshooting]
weight = 0.35
fcr_rate = 0.5
contacts_per_case = 1.5

# contacts_per_case 2.3 is reached on average
[categories.finance]
weight = 0.12
fcr_rate = 0.0
contacts_per_case = 2.3

# contacts_per_case 1.8 is reached on average
[categories.logistics]
weight = 0.2
fcr_rate = 0.43
contacts_per_case = 1.8

# contacts_per_case 4.1 is reached on average
[categories.rma]
weight = 0.08
fcr_rate = 0.1
contacts_per_case = 4.1

# contacts_per_case 1.2 cannot be reached with FCR rate 1: the data averages 1.00 (and validate expects that)
[categories.product]
weight = 0.15
fcr_rate = 1.0
contacts_per_case = 1.2

# contacts_per_case 1.1 cannot be reached with FCR rate 0.2: the data averages 1.80 (and validate expects that)
[categories.complaint]
weight = 0.1
fcr_rate = 0.2
contacts_per_case = 1.1

# per channel, minutes: log-normal median and sigma, cut at min..max
[handle_time_minutes]

[handle_time_minutes.email]
median = 7.0
sigma = 0.45
min = 2.0
max = 30.0

[handle_time_minutes.phone]
median = 8.5
sigma = 0.5
min = 1.5
max = 45.0

[handle_time_minutes.chat]
median = 11.0
sigma = 0.45
min = 2.0
max = 40.0

# per channel, HOURS for email and SECONDS for phone and chat: median, sigma, min..max (email counts staffed hours; nights and closed days come on top), with the agents planned (fewer wait longer)
[speed_of_answer]

[speed_of_answer.email]
median = 0.9
sigma = 0.7
min = 0.05
max = 2.5

[speed_of_answer.phone]
median = 45.0
sigma = 0.9
min = 3.0
max = 900.0

[speed_of_answer.chat]
median = 30.0
sigma = 0.8
min = 2.0
max = 600.0

# non-FCR closure delay, hours: median, sigma, min..max (wall-clock hours on average: the wait runs while the desk is staffed, so it crosses nights)
[closure_delay_hours]
median = 18.0
sigma = 1.0
min = 0.5
max = 336.0

# FCR closure delay after the contact, hours: median, sigma, min..max (cut at the desk''s closing that day)
[fcr_closure_delay_hours]
median = 0.2
sigma = 0.8
min = 0.01
max = 4.0

# per queue: mean abandoned share with the agents planned (met by calibrating patience; fewer agents lose more), the daily spread validate allows, and the patience of those who abandon, seconds
[abandonment]

[abandonment.calls]
mean = 0.07
daily_spread = 0.03

[abandonment.calls.patience_seconds]
median = 70.0
sigma = 0.8
min = 5.0
max = 900.0

[abandonment.chats]
mean = 0.1
daily_spread = 0.03

[abandonment.chats.patience_seconds]
median = 90.0
sigma = 0.8
min = 5.0
max = 900.0

# starting pay, EUR per hour, min..max
[hourly_rate_eur]
min = 12.0
max = 16.0

# share of a shift not available (breaks, meetings): truncated normal
[shrinkage]
mean = 0.3
sd = 0.06
min = 0.12
max = 0.48

# after-contact work as a share of handle time, min..max
[after_contact_work_share]
min = 0.1
max = 0.25

# share of idle available time spent on other work, min..max
[other_productive_share]
min = 0.3
max = 0.6

# per channel, Monday..Sunday, [open, close] hours of the day; [0, 0] = closed; e-mail arrives at any hour and is answered only while open
[opening_hours]
email = [[8.0, 20.0], [8.0, 20.0], [8.0, 20.0], [8.0, 20.0], [8.0, 20.0], [9.0, 17.0], [10.0, 16.0]]
phone = [[8.0, 20.0], [8.0, 20.0], [8.0, 20.0], [8.0, 20.0], [8.0, 20.0], [9.0, 17.0], [10.0, 16.0]]
chat = [[8.0, 20.0], [8.0, 20.0], [8.0, 20.0], [8.0, 20.0], [8.0, 20.0], [9.0, 17.0], [10.0, 16.0]]

# the most of a day''s available time an agent fills, min..max (drawn per agent-day); case work beyond it goes to colleagues with room, then the next day; target_occupancy < min, max <= 1
[occupancy_ceiling]
min = 0.85
max = 0.95

# back-office minutes per ticket by category, before calibration to target_occupancy, 0..10,000
[case_work_minutes]
troubleshooting = 8.0
finance = 30.0
logistics = 25.0
rma = 60.0
product = 4.0
complaint = 25.0

# how much longer than the closure delay each category takes, 0.01..100
[closure_delay_factor]
troubleshooting = 1.0
finance = 2.0
logistics = 2.5
rma = 5.0
product = 1.0
complaint = 1.5

# scenario events ([[events]] tables); events = [] turns them off
[[events]]
kind = "firmware_bug"
name = "Headphones firmware 2.4.1 bug"
start = "2024-03-04"
days = 21
magnitude = 11.0
detail = "2.4.1"
description = "Firmware 2.4.1 made wireless headphones drop their Bluetooth pairing."
product = "headphones"
category = "troubleshooting"
country = ""
channel = ""
symptom = "bluetooth_pairing_fails"
fcr_factor = 0.5
handle_factor = 1.3
rating_shift = -0.6
closure_factor = 1.5

[[events]]
kind = "carrier_strike"
name = "Carrier strike in France"
start = "2024-06-10"
days = 10
magnitude = 14.0
detail = "Colis Rapide"
description = "A strike at the carrier Colis Rapide held parcels to France."
product = ""
category = "logistics"
country = "France"
channel = ""
symptom = "order_not_delivered"
fcr_factor = 0.6
handle_factor = 1.1
rating_shift = -0.5
closure_factor = 2.0

[[events]]
kind = "product_launch"
name = "TT-900 turntable launch"
start = "2024-10-01"
days = 14
magnitude = 3.0
detail = "TT-900"
description = "The TT-900 turntable went on sale; buyers asked how to set it up."
product = "turntables"
category = "product"
country = ""
channel = ""
symptom = ""
fcr_factor = 1.0
handle_factor = 1.0
rating_shift = 0.0
closure_factor = 1.0

[[events]]
kind = "recall"
name = "SB-50 speaker recall"
start = "2025-02-03"
days = 28
magnitude = 17.0
detail = "SB-50"
description = "The SB-50 speaker was recalled for an overheating power supply."
product = "speakers"
category = "rma"
country = ""
channel = ""
symptom = "replacement_unit_request"
fcr_factor = 0.5
handle_factor = 1.2
rating_shift = -0.4
closure_factor = 1.5

[[events]]
kind = "outage"
name = "Web shop checkout outage"
start = "2025-05-12"
days = 4
magnitude = 22.0
detail = "checkout"
description = "The web shop''s checkout failed; payments were taken twice or not at all."
product = ""
category = "finance"
country = ""
channel = ""
symptom = "charged_twice"
fcr_factor = 0.8
handle_factor = 1.2
rating_shift = -0.8
closure_factor = 1.3
', '0a1adbf5aa8c0335479a004d09c75602632db8fcded63998a7f475bb71ba10be', now(), clock_timestamp(), '{"users": 3, "customers": 120, "scenario_events": 5, "tickets": 500, "interactions": 957, "calls": 457, "chats": 282, "wfm": 2121}'::jsonb, '{"users": "684adbbc63cf5955974e1fb2d3697ba3e76a4089c9f629ed6e211bcdbcfb7075", "customers": "2c28578d9697e65c48e191fc3c2e2b234e0068f356c08070bbd15a1d92d4f74b", "scenario_events": "774b5a80964f058c05e4874ca451a76a7b05daebdd139ae4854f9d736cf1a81a", "tickets": "4b51dc28ed3921e12bd45ef6b8aa10c47a60fdeabac8b5e5f591472caabfa28b", "interactions": "9f0d874131808545640fa20d564743fd727c23a4a02e62795fbe869ba32280d2", "calls": "94e73c565a824bbe73e229bdcbdd1d27bea81b351034faea51ca85317d82322b", "chats": "7c4ec43eaaaffa955a2001db4efb315adf0a5161304e1431aaf83a8c1f93f8ae", "wfm": "3e028b0c01088e725bdf2368eebf51462e33fb17dde9d2343f430dc477df3a05"}'::jsonb, 'text');

COMMIT;

ANALYZE;
