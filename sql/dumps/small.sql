-- seeder 0.1.0: synthetic customer-support dataset
-- tickets=500 customers=120 agents=12 seed=42 start=2023-09-15 end=2025-08-21
-- parameters sha256=2e1d58aa8c841a138d0736a32b5ca18e3429d6b6355d4deb02ceb61fc77e4286 (`seed config` prints them)
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

-- Secondary indexes and foreign keys are dropped for the load and re-created after it
-- (as pg_restore does): much faster than maintaining them row by row.
ALTER TABLE tickets DROP CONSTRAINT fk_tickets_customer_id_customers;
ALTER TABLE tickets DROP CONSTRAINT fk_tickets_ticket_owner_users;
ALTER TABLE wfm DROP CONSTRAINT fk_wfm_user_id_users;
ALTER TABLE interactions DROP CONSTRAINT fk_interactions_customer_id_customers;
ALTER TABLE interactions DROP CONSTRAINT fk_interactions_handled_by_users;
ALTER TABLE interactions DROP CONSTRAINT fk_interactions_ticket_id_tickets;
ALTER TABLE calls DROP CONSTRAINT fk_calls_interaction_id_interactions;
ALTER TABLE chats DROP CONSTRAINT fk_chats_interaction_id_interactions;
DROP INDEX ix_tickets_customer_id;
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
ALTER TABLE users DROP CONSTRAINT pk_users;
ALTER TABLE tickets DROP CONSTRAINT pk_tickets;
ALTER TABLE wfm DROP CONSTRAINT pk_wfm;
ALTER TABLE interactions DROP CONSTRAINT pk_interactions;
ALTER TABLE calls DROP CONSTRAINT pk_calls;
ALTER TABLE calls DROP CONSTRAINT uq_calls_interaction_id;
ALTER TABLE chats DROP CONSTRAINT pk_chats;
ALTER TABLE chats DROP CONSTRAINT uq_chats_interaction_id;

COPY users (id, first_name, last_name, fte, position, start_date, status, hourly_rate_eur) FROM stdin WITH (FREEZE);
1	Renske	Gerritse	1.00	support_agent	2021-11-30	active	13.25
2	Kristian	Mandl	1.00	support_agent	2022-07-11	active	13.00
3	Lynne	Williamson	1.00	support_agent	2022-01-04	active	13.25
4	Henri	Bruneau	1.00	support_agent	2020-05-11	active	14.50
5	Jill	Richardson	1.00	support_agent	2020-12-23	active	14.00
6	Sharon	Allen	1.00	support_agent	2020-03-20	active	14.50
7	Matthijs	Brouwer	1.00	support_agent	2020-08-01	active	14.25
8	Catherine	Hopkins	1.00	support_agent	2017-11-01	active	16.00
9	Frederik	Martin	1.00	support_agent	2024-05-16	active	12.00
10	Francesco	Jockel	1.00	support_agent	2024-08-12	active	12.00
11	Yves	Bourdon	0.75	support_agent	2024-07-29	active	12.00
12	Loni	Binner	1.00	support_agent	2024-05-16	active	12.00
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

COPY tickets (ticket_id, origin, symptom_cat, symptom, status, product, ticket_owner, language, fcr, escalated, ticket_created, ticket_closed, last_interaction_time, resolution_after_last_interaction_hours, lifecycle_hours, customer_id, ticket_rating) FROM stdin WITH (FREEZE);
TKT-00001	email	complaint	rude service	closed	speakers	7	english	f	f	2023-09-16 11:49:20	2023-09-17 07:03:03	2023-09-16 14:56:43	16.11	19.23	9	\N
TKT-00002	phone	rma	warranty repair request	closed	headphones	5	french	f	f	2023-09-18 07:33:04	2023-09-18 18:43:12	2023-09-18 13:06:26	5.61	11.17	66	\N
TKT-00003	chat	product	which amplifier for my speakers	closed	amplifiers	2	french	t	f	2023-09-18 10:53:38	2023-09-18 11:23:58	2023-09-18 11:12:01	0.20	0.51	67	4
TKT-00004	chat	rma	replacement unit request	closed	headphones	1	french	f	f	2023-09-18 17:18:50	2023-09-20 02:50:43	2023-09-18 23:15:24	27.59	33.53	107	\N
TKT-00005	phone	troubleshooting	bluetooth pairing fails	closed	headphones	7	english	t	f	2023-09-18 17:55:58	2023-09-18 19:01:09	2023-09-18 18:14:08	0.78	1.09	47	4
TKT-00006	phone	finance	invoice request	closed	headphones	1	french	f	f	2023-09-19 18:51:17	2023-09-20 09:23:51	2023-09-19 22:54:35	10.49	14.54	66	\N
TKT-00007	chat	troubleshooting	hum or crackling noise	closed	turntables	4	french	t	f	2023-09-20 09:52:51	2023-09-20 10:12:17	2023-09-20 10:07:43	0.08	0.32	35	4
TKT-00008	email	finance	vat invoice for my business	closed	amplifiers	2	french	f	f	2023-09-21 07:12:09	2023-09-22 16:28:19	2023-09-21 10:16:57	30.19	33.27	11	3
TKT-00009	email	finance	payment failed	closed	headphones	3	german	f	f	2023-09-25 08:16:21	2023-09-30 16:46:56	2023-09-25 11:42:02	125.08	128.51	33	\N
TKT-00010	phone	logistics	return label needed	closed	amplifiers	2	french	t	f	2023-09-25 09:57:26	2023-09-25 10:13:58	2023-09-25 10:12:21	0.03	0.28	72	2
TKT-00011	phone	troubleshooting	hum or crackling noise	closed	speakers	3	french	f	f	2023-09-26 10:57:14	2023-10-01 09:08:32	2023-09-26 14:34:43	114.56	118.19	3	\N
TKT-00012	chat	troubleshooting	bluetooth pairing fails	closed	headphones	4	english	f	f	2023-09-26 11:54:49	2023-09-26 18:20:28	2023-09-26 15:31:11	2.82	6.43	92	5
TKT-00013	chat	troubleshooting	bluetooth pairing fails	closed	headphones	3	french	f	f	2023-09-26 15:17:32	2023-09-27 20:28:19	2023-09-26 21:14:25	23.23	29.18	112	\N
TKT-00014	phone	troubleshooting	connection keeps dropping	closed	turntables	8	english	t	f	2023-09-26 21:55:54	2023-09-26 22:38:05	2023-09-26 22:07:08	0.52	0.70	56	\N
TKT-00015	phone	finance	invoice request	closed	turntables	7	french	f	f	2023-09-27 07:56:32	2023-09-28 01:21:28	2023-09-27 12:39:19	12.70	17.42	14	5
TKT-00016	phone	logistics	order not delivered yet	closed	speakers	3	french	f	t	2023-09-29 08:21:13	2023-10-06 21:55:18	2023-09-29 12:32:42	177.38	181.57	22	\N
TKT-00017	phone	troubleshooting	hum or crackling noise	closed	speakers	8	german	f	f	2023-09-30 06:21:37	2023-10-02 07:02:04	2023-09-30 10:47:26	44.24	48.67	75	\N
TKT-00018	email	complaint	unhappy with the repair	closed	turntables	5	english	f	t	2023-09-30 09:37:22	2023-10-01 10:29:02	2023-09-30 15:31:02	18.97	24.86	109	\N
TKT-00019	phone	troubleshooting	distorted sound	closed	turntables	8	french	f	f	2023-09-30 15:34:06	2023-10-03 01:54:08	2023-09-30 19:24:51	54.49	58.33	34	3
TKT-00020	chat	complaint	unhappy with the repair	closed	turntables	8	german	t	f	2023-10-02 09:31:46	2023-10-02 09:51:20	2023-10-02 09:42:16	0.15	0.33	110	\N
TKT-00021	email	complaint	long waiting time	closed	speakers	5	english	t	f	2023-10-02 13:17:52	2023-10-02 14:27:25	2023-10-02 14:18:16	0.15	1.16	15	5
TKT-00022	phone	product	app features	closed	headphones	6	english	t	f	2023-10-03 05:25:16	2023-10-03 05:46:47	2023-10-03 05:41:57	0.08	0.36	15	5
TKT-00023	phone	product	which amplifier for my speakers	closed	amplifiers	4	german	t	f	2023-10-04 12:08:06	2023-10-04 12:26:52	2023-10-04 12:20:58	0.10	0.31	110	\N
TKT-00024	chat	logistics	parcel arrived damaged	closed	amplifiers	6	french	t	f	2023-10-05 11:35:09	2023-10-05 11:59:50	2023-10-05 11:48:49	0.18	0.41	96	5
TKT-00025	chat	complaint	long waiting time	closed	speakers	4	english	t	f	2023-10-08 11:45:28	2023-10-08 11:55:54	2023-10-08 11:52:44	0.05	0.17	39	4
TKT-00026	email	troubleshooting	bluetooth pairing fails	closed	speakers	8	german	f	f	2023-10-10 09:55:05	2023-10-11 08:26:56	2023-10-10 15:18:55	17.13	22.53	83	\N
TKT-00027	email	troubleshooting	no sound	closed	headphones	7	english	t	f	2023-10-10 10:13:26	2023-10-10 11:49:31	2023-10-10 11:26:14	0.39	1.60	36	3
TKT-00028	phone	logistics	order not delivered yet	closed	turntables	4	french	f	f	2023-10-11 09:52:09	2023-10-11 16:33:40	2023-10-11 10:46:47	5.78	6.69	115	\N
TKT-00029	phone	complaint	recurring fault	closed	speakers	8	german	f	f	2023-10-11 17:05:31	2023-10-13 00:52:14	2023-10-11 20:25:25	28.45	31.78	4	\N
TKT-00030	phone	rma	replacement unit request	closed	speakers	8	french	f	f	2023-10-13 08:05:38	2023-10-15 06:16:57	2023-10-13 13:23:33	40.89	46.19	112	\N
TKT-00031	phone	logistics	return label needed	closed	speakers	1	french	t	f	2023-10-13 10:23:32	2023-10-13 10:40:10	2023-10-13 10:35:53	0.07	0.28	49	3
TKT-00032	email	rma	warranty repair request	closed	speakers	7	english	f	f	2023-10-16 09:23:01	2023-10-17 04:32:44	2023-10-16 14:58:38	13.57	19.16	56	2
TKT-00033	chat	troubleshooting	no sound	closed	turntables	4	french	f	f	2023-10-16 10:15:16	2023-10-18 07:00:34	2023-10-16 12:08:19	42.87	44.76	10	1
TKT-00034	phone	logistics	tracking not updating	closed	speakers	3	german	f	f	2023-10-17 16:19:21	2023-10-18 01:42:26	2023-10-17 19:38:54	6.06	9.38	104	\N
TKT-00035	chat	rma	warranty repair request	closed	headphones	7	french	f	f	2023-10-20 09:38:52	2023-10-22 18:22:23	2023-10-20 14:16:16	52.10	56.73	67	\N
TKT-00036	phone	rma	repair status update	closed	amplifiers	8	french	f	f	2023-10-20 11:24:05	2023-10-21 22:15:18	2023-10-20 17:22:56	28.87	34.85	29	\N
TKT-00037	phone	logistics	parcel arrived damaged	closed	headphones	2	french	t	f	2023-10-24 07:08:55	2023-10-24 07:19:51	2023-10-24 07:17:58	0.03	0.18	52	\N
TKT-00038	email	product	which amplifier for my speakers	closed	headphones	2	french	t	f	2023-10-24 12:14:50	2023-10-24 15:06:06	2023-10-24 14:30:50	0.59	2.85	52	\N
TKT-00039	email	product	technical specifications	closed	headphones	6	english	t	f	2023-10-24 14:35:23	2023-10-24 15:33:23	2023-10-24 15:26:53	0.11	0.97	97	\N
TKT-00040	email	logistics	change of delivery address	closed	turntables	3	french	f	t	2023-10-26 09:29:15	2023-10-30 11:34:14	2023-10-26 14:24:07	93.17	98.08	49	3
TKT-00041	chat	finance	refund not received	closed	headphones	5	french	f	f	2023-10-26 09:37:36	2023-10-28 10:20:18	2023-10-26 13:20:21	45.00	48.71	113	3
TKT-00042	chat	logistics	tracking not updating	closed	headphones	7	german	f	f	2023-10-26 13:22:29	2023-10-27 07:54:10	2023-10-26 14:29:59	17.40	18.53	24	5
TKT-00043	chat	logistics	wrong item delivered	closed	headphones	7	french	f	f	2023-10-27 11:18:00	2023-10-27 19:15:14	2023-10-27 16:51:26	2.40	7.95	74	\N
TKT-00044	phone	troubleshooting	connection keeps dropping	closed	speakers	5	german	f	t	2023-10-27 11:24:56	2023-10-29 02:10:38	2023-10-27 16:51:23	33.32	38.76	117	3
TKT-00045	phone	troubleshooting	connection keeps dropping	closed	headphones	6	german	f	t	2023-10-27 18:22:18	2023-11-01 09:49:31	2023-10-27 23:43:09	106.11	111.45	43	\N
TKT-00046	email	logistics	change of delivery address	closed	headphones	7	english	t	f	2023-10-28 18:37:17	2023-10-28 19:58:31	2023-10-28 19:50:35	0.13	1.35	105	\N
TKT-00047	phone	complaint	issue still unresolved	closed	headphones	2	french	t	f	2023-10-31 09:11:39	2023-10-31 10:40:40	2023-10-31 09:17:59	1.38	1.48	60	\N
TKT-00048	email	logistics	wrong item delivered	closed	headphones	4	french	f	f	2023-11-03 13:50:21	2023-11-07 19:05:42	2023-11-03 18:59:40	96.10	101.26	1	4
TKT-00049	email	product	which amplifier for my speakers	closed	speakers	3	french	t	f	2023-11-06 11:20:51	2023-11-06 12:21:39	2023-11-06 12:13:33	0.14	1.01	112	\N
TKT-00050	email	logistics	parts missing from the box	closed	headphones	5	english	f	f	2023-11-07 16:30:18	2023-11-08 13:33:13	2023-11-07 21:35:17	15.97	21.05	119	2
TKT-00051	chat	finance	refund not received	closed	turntables	2	english	f	f	2023-11-12 08:11:13	2023-11-13 02:59:22	2023-11-12 10:40:26	16.32	18.80	18	\N
TKT-00052	chat	product	compatibility question	closed	headphones	7	english	t	f	2023-11-13 10:08:08	2023-11-13 10:41:34	2023-11-13 10:28:59	0.21	0.56	36	\N
TKT-00053	phone	logistics	order not delivered yet	closed	amplifiers	5	german	t	f	2023-11-15 12:10:55	2023-11-15 12:32:01	2023-11-15 12:25:40	0.11	0.35	70	\N
TKT-00054	email	complaint	recurring fault	closed	headphones	1	english	f	f	2023-11-15 15:17:55	2023-11-25 14:07:53	2023-11-15 18:53:49	235.23	238.83	105	\N
TKT-00055	email	logistics	change of delivery address	closed	headphones	3	french	f	f	2023-11-15 20:25:37	2023-11-16 03:04:00	2023-11-16 00:46:22	2.29	6.64	93	\N
TKT-00056	chat	troubleshooting	no sound	closed	speakers	1	french	t	f	2023-11-16 08:47:32	2023-11-16 09:14:30	2023-11-16 09:05:17	0.15	0.45	20	\N
TKT-00057	chat	troubleshooting	power or battery problem	closed	turntables	7	english	f	f	2023-11-16 12:43:11	2023-11-16 17:20:03	2023-11-16 14:11:39	3.14	4.61	57	\N
TKT-00058	chat	troubleshooting	bluetooth pairing fails	closed	turntables	1	german	f	f	2023-11-17 06:29:30	2023-11-18 01:25:09	2023-11-17 10:11:59	15.22	18.93	85	\N
TKT-00059	email	product	app features	closed	headphones	3	english	t	f	2023-11-17 17:26:35	2023-11-17 18:34:23	2023-11-17 18:28:47	0.09	1.13	101	5
TKT-00060	email	troubleshooting	no sound	closed	amplifiers	4	french	t	f	2023-11-18 17:37:08	2023-11-18 18:26:34	2023-11-18 18:19:56	0.11	0.82	32	\N
TKT-00061	email	troubleshooting	no sound	closed	headphones	3	german	f	f	2023-11-20 11:59:04	2023-11-20 22:00:39	2023-11-20 17:40:02	4.34	10.03	12	3
TKT-00062	email	rma	repair status update	closed	turntables	7	english	f	f	2023-11-20 19:42:48	2023-11-21 10:45:11	2023-11-21 01:40:24	9.08	15.04	82	4
TKT-00063	chat	troubleshooting	no sound	closed	amplifiers	2	english	t	f	2023-11-21 16:23:22	2023-11-21 16:38:41	2023-11-21 16:36:17	0.04	0.26	56	4
TKT-00064	phone	troubleshooting	no sound	closed	amplifiers	8	german	f	f	2023-11-23 10:18:37	2023-11-24 07:55:07	2023-11-23 15:38:01	16.28	21.61	7	\N
TKT-00065	email	product	stylus or cartridge recommendation	closed	headphones	6	german	t	f	2023-11-24 10:49:56	2023-11-24 12:50:45	2023-11-24 12:45:38	0.09	2.01	83	4
TKT-00066	phone	troubleshooting	no sound	closed	amplifiers	6	french	f	f	2023-11-26 10:36:15	2023-11-27 20:34:36	2023-11-26 14:08:36	30.43	33.97	1	\N
TKT-00067	email	product	app features	closed	headphones	6	english	t	f	2023-11-28 11:55:23	2023-11-28 13:52:58	2023-11-28 13:38:35	0.24	1.96	77	4
TKT-00068	email	logistics	parcel arrived damaged	closed	headphones	1	french	f	t	2023-12-01 14:55:22	2023-12-02 10:07:01	2023-12-01 20:38:48	13.47	19.19	20	4
TKT-00069	phone	product	app features	closed	turntables	5	english	t	f	2023-12-03 09:01:02	2023-12-03 09:15:07	2023-12-03 09:06:26	0.14	0.23	27	\N
TKT-00070	phone	troubleshooting	no sound	closed	headphones	4	english	f	f	2023-12-05 08:19:50	2023-12-06 09:08:09	2023-12-05 09:03:52	24.07	24.81	69	4
TKT-00071	phone	troubleshooting	hum or crackling noise	closed	turntables	3	german	t	f	2023-12-05 13:22:39	2023-12-05 14:03:48	2023-12-05 13:34:39	0.49	0.69	106	\N
TKT-00072	email	logistics	wrong item delivered	closed	speakers	6	german	f	f	2023-12-05 14:54:32	2023-12-07 00:10:54	2023-12-05 16:50:47	31.34	33.27	41	4
TKT-00073	email	complaint	issue still unresolved	closed	amplifiers	1	english	f	t	2023-12-06 10:38:55	2023-12-09 10:20:15	2023-12-06 15:13:26	67.11	71.69	81	4
TKT-00074	chat	troubleshooting	power or battery problem	closed	speakers	1	german	t	f	2023-12-10 13:41:07	2023-12-10 14:00:36	2023-12-10 13:56:31	0.07	0.32	33	\N
TKT-00075	email	troubleshooting	no sound	closed	headphones	5	english	f	t	2023-12-11 16:39:56	2023-12-12 00:35:33	2023-12-11 19:46:31	4.82	7.93	27	\N
TKT-00076	phone	product	compatibility question	closed	turntables	2	german	t	f	2023-12-12 14:57:40	2023-12-12 15:26:06	2023-12-12 15:12:35	0.23	0.47	24	3
TKT-00077	email	finance	invoice request	closed	turntables	1	english	f	t	2023-12-13 11:09:24	2023-12-15 14:31:57	2023-12-13 13:55:00	48.62	51.38	47	\N
TKT-00078	phone	logistics	return label needed	closed	speakers	5	english	f	t	2023-12-13 14:02:23	2023-12-15 03:55:47	2023-12-13 16:46:41	35.15	37.89	101	\N
TKT-00079	chat	troubleshooting	distorted sound	closed	speakers	5	english	f	f	2023-12-15 15:06:43	2023-12-18 00:04:56	2023-12-15 20:42:44	51.37	56.97	2	3
TKT-00080	phone	finance	invoice request	closed	speakers	7	english	f	f	2023-12-18 16:47:45	2023-12-28 11:53:58	2023-12-18 17:36:49	234.29	235.10	103	2
TKT-00081	chat	troubleshooting	bluetooth pairing fails	closed	speakers	4	french	f	f	2023-12-19 08:49:55	2023-12-20 00:25:41	2023-12-19 09:09:35	15.27	15.60	1	\N
TKT-00082	email	logistics	tracking not updating	closed	amplifiers	7	french	f	f	2023-12-20 15:35:05	2023-12-21 00:47:51	2023-12-20 17:46:30	7.02	9.21	49	\N
TKT-00083	email	finance	refund not received	closed	turntables	7	german	f	f	2023-12-20 20:40:31	2023-12-21 08:12:16	2023-12-21 01:09:23	7.05	11.53	17	4
TKT-00084	phone	logistics	wrong item delivered	closed	amplifiers	7	french	t	f	2023-12-22 14:17:13	2023-12-22 14:36:00	2023-12-22 14:25:32	0.17	0.31	35	\N
TKT-00085	email	troubleshooting	power or battery problem	closed	speakers	2	german	t	f	2023-12-22 18:38:27	2023-12-22 19:19:18	2023-12-22 19:15:27	0.06	0.68	106	4
TKT-00086	email	finance	payment failed	closed	headphones	5	german	f	f	2023-12-23 13:00:02	2023-12-25 06:00:04	2023-12-23 18:27:04	35.55	41.00	51	3
TKT-00087	email	rma	warranty repair request	closed	turntables	8	english	f	t	2023-12-24 10:52:18	2023-12-26 19:01:05	2023-12-24 15:15:53	51.75	56.15	101	3
TKT-00088	phone	product	app features	closed	headphones	1	english	t	f	2023-12-27 13:07:40	2023-12-27 13:40:31	2023-12-27 13:25:03	0.26	0.55	64	\N
TKT-00089	phone	troubleshooting	firmware update failed	closed	headphones	8	english	f	f	2023-12-28 08:58:11	2023-12-28 17:43:24	2023-12-28 13:53:34	3.83	8.75	92	4
TKT-00090	chat	logistics	change of delivery address	closed	turntables	6	english	f	f	2023-12-28 13:05:33	2024-01-02 00:49:45	2023-12-28 17:54:48	102.92	107.74	63	3
TKT-00091	phone	product	compatibility question	closed	turntables	3	english	t	f	2023-12-29 10:31:21	2023-12-29 10:46:08	2023-12-29 10:38:40	0.12	0.25	13	\N
TKT-00092	email	rma	repair status update	closed	turntables	8	german	f	f	2023-12-29 17:32:01	2023-12-30 08:44:55	2023-12-29 23:27:24	9.29	15.22	70	\N
TKT-00093	email	complaint	long waiting time	closed	speakers	1	french	f	f	2023-12-30 15:44:47	2023-12-31 00:18:49	2023-12-30 18:27:15	5.86	8.57	66	4
TKT-00094	phone	logistics	order not delivered yet	closed	speakers	7	french	f	f	2024-01-01 15:54:41	2024-01-02 01:29:07	2024-01-01 16:25:09	9.07	9.57	115	\N
TKT-00095	email	troubleshooting	bluetooth pairing fails	closed	headphones	8	english	f	f	2024-01-02 07:48:10	2024-01-06 17:59:44	2024-01-02 12:10:30	101.82	106.19	58	\N
TKT-00096	chat	product	stock availability	closed	amplifiers	7	english	t	f	2024-01-02 10:35:05	2024-01-02 11:08:54	2024-01-02 10:44:41	0.40	0.56	44	\N
TKT-00097	phone	logistics	order not delivered yet	closed	headphones	7	french	t	f	2024-01-02 10:52:12	2024-01-02 11:19:30	2024-01-02 11:01:57	0.29	0.46	80	2
TKT-00098	email	troubleshooting	distorted sound	closed	speakers	3	french	t	f	2024-01-02 13:37:10	2024-01-02 14:30:57	2024-01-02 14:23:04	0.13	0.90	35	\N
TKT-00099	email	troubleshooting	distorted sound	closed	speakers	3	german	t	f	2024-01-05 10:52:56	2024-01-05 12:09:43	2024-01-05 11:54:08	0.26	1.28	102	\N
TKT-00100	chat	logistics	tracking not updating	closed	amplifiers	6	french	t	f	2024-01-05 12:17:59	2024-01-05 12:39:51	2024-01-05 12:28:49	0.18	0.36	32	\N
TKT-00101	chat	logistics	order not delivered yet	closed	headphones	8	english	t	f	2024-01-05 14:36:49	2024-01-05 14:57:17	2024-01-05 14:50:12	0.12	0.34	99	\N
TKT-00102	phone	troubleshooting	power or battery problem	closed	amplifiers	3	english	f	f	2024-01-06 13:34:07	2024-01-07 09:03:40	2024-01-06 18:26:46	14.62	19.49	16	\N
TKT-00103	phone	troubleshooting	distorted sound	closed	amplifiers	6	german	f	t	2024-01-08 12:55:16	2024-01-09 03:09:58	2024-01-08 18:55:09	8.25	14.24	42	\N
TKT-00104	chat	troubleshooting	no sound	closed	headphones	7	english	f	f	2024-01-08 16:06:44	2024-01-09 03:09:00	2024-01-08 17:37:47	9.52	11.04	71	\N
TKT-00105	chat	logistics	return label needed	closed	turntables	7	english	t	f	2024-01-10 17:19:06	2024-01-10 17:42:52	2024-01-10 17:25:52	0.28	0.40	76	\N
TKT-00106	chat	logistics	return label needed	closed	speakers	3	french	f	f	2024-01-11 10:22:30	2024-01-12 03:58:29	2024-01-11 15:45:48	12.21	17.60	108	3
TKT-00107	email	product	compatibility question	closed	amplifiers	8	german	t	f	2024-01-12 12:48:37	2024-01-12 14:40:50	2024-01-12 14:04:49	0.60	1.87	17	5
TKT-00108	email	troubleshooting	firmware update failed	closed	speakers	4	german	t	f	2024-01-12 18:31:19	2024-01-12 19:29:52	2024-01-12 19:13:43	0.27	0.98	75	\N
TKT-00109	chat	troubleshooting	power or battery problem	closed	headphones	2	english	f	f	2024-01-14 09:17:12	2024-01-14 18:27:07	2024-01-14 13:37:26	4.83	9.17	23	\N
TKT-00110	phone	logistics	order not delivered yet	closed	headphones	7	german	f	t	2024-01-15 15:00:05	2024-01-28 12:55:19	2024-01-15 16:02:52	308.87	309.92	68	\N
TKT-00111	email	logistics	wrong item delivered	closed	speakers	5	german	f	f	2024-01-15 15:27:16	2024-01-17 01:45:53	2024-01-15 17:18:54	32.45	34.31	25	\N
TKT-00112	phone	troubleshooting	bluetooth pairing fails	closed	headphones	6	german	t	f	2024-01-16 16:05:47	2024-01-16 16:16:09	2024-01-16 16:13:55	0.04	0.17	4	3
TKT-00113	chat	rma	warranty repair request	closed	speakers	6	french	t	f	2024-01-17 15:22:52	2024-01-17 16:00:59	2024-01-17 15:47:39	0.22	0.64	35	4
TKT-00114	chat	troubleshooting	connection keeps dropping	closed	headphones	8	french	f	f	2024-01-18 09:10:15	2024-01-18 18:13:35	2024-01-18 12:02:41	6.18	9.06	72	\N
TKT-00115	chat	troubleshooting	no sound	closed	headphones	2	english	t	f	2024-01-19 13:31:24	2024-01-19 13:56:42	2024-01-19 13:40:52	0.26	0.42	18	5
TKT-00116	chat	product	stock availability	closed	speakers	1	french	t	f	2024-01-21 07:51:53	2024-01-21 08:34:20	2024-01-21 08:04:56	0.49	0.71	115	\N
TKT-00117	phone	finance	vat invoice for my business	closed	amplifiers	4	german	f	f	2024-01-21 15:44:54	2024-01-23 15:22:02	2024-01-21 18:54:22	44.46	47.62	51	\N
TKT-00118	chat	finance	payment failed	closed	speakers	8	french	f	f	2024-01-22 11:47:35	2024-01-25 01:54:36	2024-01-22 15:52:35	58.03	62.12	22	\N
TKT-00119	phone	product	compatibility question	closed	headphones	8	english	t	f	2024-01-25 11:39:40	2024-01-25 12:00:22	2024-01-25 11:50:24	0.17	0.34	18	\N
TKT-00120	chat	product	stylus or cartridge recommendation	closed	headphones	4	french	t	f	2024-01-26 12:40:16	2024-01-26 14:06:54	2024-01-26 12:47:25	1.32	1.44	80	\N
TKT-00121	email	troubleshooting	power or battery problem	closed	speakers	5	german	f	t	2024-01-26 18:57:30	2024-02-07 18:29:03	2024-01-27 00:41:13	281.80	287.53	75	3
TKT-00122	phone	troubleshooting	distorted sound	closed	speakers	6	german	t	f	2024-01-27 14:48:21	2024-01-27 15:17:36	2024-01-27 14:57:21	0.34	0.49	79	\N
TKT-00123	phone	rma	warranty repair request	closed	amplifiers	6	english	f	f	2024-01-28 18:06:41	2024-01-29 12:21:51	2024-01-28 21:52:48	14.48	18.25	2	\N
TKT-00124	chat	logistics	order not delivered yet	closed	turntables	7	german	t	f	2024-01-30 15:41:52	2024-01-30 15:57:15	2024-01-30 15:54:33	0.04	0.26	42	\N
TKT-00125	email	complaint	recurring fault	closed	headphones	5	english	f	f	2024-02-04 08:48:41	2024-02-04 21:39:27	2024-02-04 13:34:45	8.08	12.85	6	\N
TKT-00126	phone	complaint	recurring fault	closed	speakers	7	english	t	f	2024-02-05 07:41:23	2024-02-05 08:08:37	2024-02-05 07:49:28	0.32	0.45	78	\N
TKT-00127	email	troubleshooting	power or battery problem	closed	turntables	6	french	f	t	2024-02-06 08:45:23	2024-02-07 12:42:49	2024-02-06 11:06:38	25.60	27.96	22	4
TKT-00128	phone	finance	refund not received	closed	speakers	4	french	f	f	2024-02-06 13:40:29	2024-02-06 19:57:33	2024-02-06 16:34:05	3.39	6.28	20	2
TKT-00129	email	troubleshooting	bluetooth pairing fails	closed	headphones	6	german	t	f	2024-02-08 16:05:37	2024-02-08 18:16:31	2024-02-08 17:59:01	0.29	2.18	106	3
TKT-00130	phone	rma	collection for repair	closed	headphones	3	english	f	t	2024-02-12 16:18:52	2024-02-14 19:09:56	2024-02-12 22:16:09	44.90	50.85	64	\N
TKT-00131	chat	logistics	change of delivery address	closed	headphones	1	german	t	f	2024-02-12 20:48:57	2024-02-12 21:12:51	2024-02-12 21:03:33	0.16	0.40	87	\N
TKT-00132	email	rma	warranty repair request	closed	speakers	5	english	f	f	2024-02-13 08:16:41	2024-02-15 14:23:51	2024-02-13 14:16:07	48.13	54.12	81	\N
TKT-00133	chat	troubleshooting	distorted sound	closed	speakers	1	english	f	f	2024-02-15 10:39:06	2024-02-19 08:28:19	2024-02-15 12:36:16	91.87	93.82	6	\N
TKT-00134	phone	finance	invoice request	closed	speakers	7	german	f	f	2024-02-16 15:45:12	2024-02-18 11:15:29	2024-02-16 17:38:06	41.62	43.50	33	\N
TKT-00135	chat	finance	charged twice	closed	amplifiers	5	english	f	t	2024-02-20 13:08:08	2024-02-21 01:16:25	2024-02-20 17:35:32	7.68	12.14	2	4
TKT-00136	email	logistics	return label needed	closed	headphones	3	french	t	f	2024-02-21 12:25:42	2024-02-21 13:01:59	2024-02-21 12:47:30	0.24	0.60	1	\N
TKT-00137	chat	finance	invoice request	closed	speakers	4	french	f	f	2024-02-22 23:44:43	2024-02-24 11:12:21	2024-02-23 02:17:29	32.91	35.46	67	\N
TKT-00138	phone	troubleshooting	connection keeps dropping	closed	amplifiers	1	german	t	f	2024-02-23 07:12:18	2024-02-23 07:23:37	2024-02-23 07:17:19	0.10	0.19	51	\N
TKT-00139	email	logistics	parts missing from the box	closed	headphones	5	english	f	f	2024-02-25 18:09:52	2024-03-03 01:23:36	2024-02-26 00:09:14	145.24	151.23	78	\N
TKT-00140	chat	troubleshooting	no sound	closed	amplifiers	2	french	t	f	2024-02-26 13:25:59	2024-02-26 13:55:18	2024-02-26 13:31:25	0.40	0.49	108	\N
TKT-00141	chat	logistics	change of delivery address	closed	headphones	4	german	f	f	2024-02-28 11:14:10	2024-02-29 12:42:02	2024-02-28 16:39:17	20.05	25.46	68	\N
TKT-00142	chat	troubleshooting	distorted sound	closed	speakers	1	english	f	f	2024-03-02 07:39:58	2024-03-02 14:30:51	2024-03-02 08:43:00	5.80	6.85	119	\N
TKT-00143	chat	troubleshooting	distorted sound	closed	amplifiers	4	german	t	f	2024-03-03 09:06:25	2024-03-03 09:23:23	2024-03-03 09:20:26	0.05	0.28	25	5
TKT-00144	email	troubleshooting	no sound	closed	headphones	8	english	t	f	2024-03-05 10:51:40	2024-03-05 11:38:40	2024-03-05 11:33:34	0.08	0.78	47	\N
TKT-00145	phone	troubleshooting	firmware update failed	closed	headphones	1	german	f	t	2024-03-05 11:24:37	2024-03-06 15:49:01	2024-03-05 13:14:28	26.58	28.41	19	\N
TKT-00146	email	troubleshooting	hum or crackling noise	closed	headphones	4	english	f	f	2024-03-06 06:37:26	2024-03-07 07:12:57	2024-03-06 12:21:53	18.85	24.59	103	\N
TKT-00147	phone	logistics	order not delivered yet	closed	turntables	2	french	t	f	2024-03-06 07:19:48	2024-03-06 07:39:18	2024-03-06 07:25:07	0.24	0.32	74	4
TKT-00148	email	rma	replacement unit request	closed	headphones	2	german	f	f	2024-03-06 09:30:57	2024-03-12 19:40:19	2024-03-06 14:26:13	149.24	154.16	42	\N
TKT-00149	email	logistics	wrong item delivered	closed	speakers	1	german	f	f	2024-03-06 18:59:18	2024-03-08 03:02:34	2024-03-07 00:24:49	26.63	32.05	61	\N
TKT-00150	phone	finance	vat invoice for my business	open	headphones	8	german	f	f	2024-03-07 11:11:24	\N	2024-03-07 12:00:27	\N	\N	83	\N
TKT-00151	email	product	compatibility question	closed	headphones	3	german	t	f	2024-03-13 12:44:26	2024-03-13 14:16:24	2024-03-13 13:54:20	0.37	1.53	86	\N
TKT-00152	chat	troubleshooting	bluetooth pairing fails	closed	turntables	4	english	f	f	2024-03-14 16:06:47	2024-03-20 00:49:14	2024-03-14 17:14:23	127.58	128.71	9	3
TKT-00153	chat	troubleshooting	power or battery problem	closed	speakers	8	english	f	f	2024-03-15 12:21:20	2024-03-16 06:09:15	2024-03-15 14:44:08	15.42	17.80	78	\N
TKT-00154	phone	troubleshooting	distorted sound	closed	headphones	8	english	t	f	2024-03-16 11:13:37	2024-03-16 11:39:06	2024-03-16 11:20:39	0.31	0.42	46	\N
TKT-00155	email	product	compatibility question	closed	turntables	2	french	t	f	2024-03-16 20:09:46	2024-03-16 21:07:18	2024-03-16 21:00:10	0.12	0.96	34	\N
TKT-00156	email	finance	charged twice	closed	speakers	2	german	f	t	2024-03-19 12:29:35	2024-03-20 02:14:17	2024-03-19 18:07:41	8.11	13.74	51	2
TKT-00157	phone	complaint	recurring fault	closed	headphones	7	german	f	f	2024-03-21 12:06:32	2024-03-23 13:23:40	2024-03-21 17:29:15	43.91	49.29	7	\N
TKT-00158	email	complaint	issue still unresolved	closed	turntables	2	german	f	f	2024-03-22 15:47:55	2024-03-23 06:11:53	2024-03-22 21:17:33	8.91	14.40	85	5
TKT-00159	phone	rma	warranty repair request	closed	speakers	4	german	f	t	2024-03-25 08:32:56	2024-03-25 15:05:44	2024-03-25 12:56:02	2.16	6.55	42	4
TKT-00160	chat	logistics	order not delivered yet	closed	turntables	1	french	f	f	2024-03-29 09:21:13	2024-03-31 12:21:14	2024-03-29 14:21:07	46.00	51.00	60	\N
TKT-00161	phone	troubleshooting	distorted sound	closed	speakers	8	english	t	f	2024-03-29 12:28:52	2024-03-29 13:54:49	2024-03-29 12:40:54	1.23	1.43	46	\N
TKT-00162	chat	rma	warranty repair request	closed	headphones	6	english	f	t	2024-04-01 16:45:54	2024-04-04 06:50:26	2024-04-01 21:16:11	57.57	62.08	63	\N
TKT-00163	email	complaint	long waiting time	closed	headphones	2	french	f	f	2024-04-01 18:59:37	2024-04-02 11:30:10	2024-04-01 23:16:39	12.23	16.51	73	4
TKT-00164	chat	logistics	return label needed	closed	amplifiers	7	german	t	f	2024-04-02 07:39:47	2024-04-02 08:00:56	2024-04-02 07:52:57	0.13	0.35	53	5
TKT-00165	phone	finance	payment failed	closed	speakers	7	french	f	f	2024-04-03 13:01:13	2024-04-05 11:02:32	2024-04-03 16:42:18	42.34	46.02	35	\N
TKT-00166	phone	troubleshooting	distorted sound	closed	headphones	1	german	t	f	2024-04-04 15:31:19	2024-04-04 15:41:06	2024-04-04 15:38:56	0.04	0.16	104	\N
TKT-00167	chat	troubleshooting	bluetooth pairing fails	closed	headphones	1	german	t	f	2024-04-05 09:06:09	2024-04-05 09:32:43	2024-04-05 09:20:47	0.20	0.44	102	\N
TKT-00168	email	product	which amplifier for my speakers	closed	speakers	7	french	t	f	2024-04-08 07:48:54	2024-04-08 08:29:31	2024-04-08 08:06:42	0.38	0.68	108	\N
TKT-00169	phone	logistics	order not delivered yet	closed	headphones	8	german	f	f	2024-04-09 07:18:47	2024-04-11 05:16:12	2024-04-09 08:28:34	44.79	45.96	89	\N
TKT-00170	email	troubleshooting	bluetooth pairing fails	open	amplifiers	6	english	f	t	2024-04-11 10:55:45	\N	2024-04-11 15:54:39	\N	\N	6	\N
TKT-00171	phone	troubleshooting	connection keeps dropping	closed	turntables	7	english	f	f	2024-04-11 11:01:25	2024-04-11 20:28:42	2024-04-11 13:19:45	7.15	9.45	119	3
TKT-00172	chat	finance	charged twice	closed	speakers	1	english	f	t	2024-04-12 11:22:11	2024-04-15 07:30:44	2024-04-12 16:08:47	63.37	68.14	6	4
TKT-00173	email	troubleshooting	no sound	closed	headphones	3	german	f	f	2024-04-15 08:54:30	2024-04-17 16:01:28	2024-04-15 12:14:37	51.78	55.12	38	\N
TKT-00174	chat	troubleshooting	distorted sound	closed	amplifiers	5	german	t	f	2024-04-15 11:59:54	2024-04-15 12:26:34	2024-04-15 12:14:32	0.20	0.44	50	3
TKT-00175	phone	finance	payment failed	closed	headphones	5	german	f	t	2024-04-15 15:37:41	2024-04-17 23:31:03	2024-04-15 18:27:05	53.07	55.89	79	\N
TKT-00176	email	finance	charged twice	closed	headphones	1	german	f	t	2024-04-16 07:45:33	2024-04-17 02:48:42	2024-04-16 13:11:42	13.62	19.05	75	3
TKT-00177	email	troubleshooting	bluetooth pairing fails	closed	headphones	4	german	t	f	2024-04-16 14:32:43	2024-04-16 15:46:14	2024-04-16 15:38:49	0.12	1.23	12	5
TKT-00178	phone	finance	refund not received	closed	headphones	4	french	f	f	2024-04-16 14:43:28	2024-04-17 07:06:14	2024-04-16 17:02:41	14.06	16.38	91	4
TKT-00179	chat	complaint	long waiting time	closed	speakers	7	english	f	t	2024-04-16 17:29:17	2024-04-17 01:14:40	2024-04-16 21:06:23	4.14	7.76	16	\N
TKT-00180	phone	logistics	tracking not updating	closed	amplifiers	5	german	t	f	2024-04-17 09:30:04	2024-04-17 10:57:52	2024-04-17 09:39:11	1.31	1.46	90	4
TKT-00181	chat	finance	charged twice	closed	amplifiers	7	english	f	f	2024-04-17 10:05:56	2024-04-19 23:29:57	2024-04-17 11:27:45	60.04	61.40	59	\N
TKT-00182	chat	logistics	order not delivered yet	closed	amplifiers	1	english	f	f	2024-04-18 10:40:31	2024-04-20 07:32:06	2024-04-18 16:12:48	39.32	44.86	92	2
TKT-00183	email	logistics	tracking not updating	closed	headphones	8	german	f	t	2024-04-19 19:55:03	2024-04-20 20:44:35	2024-04-20 01:54:59	18.83	24.83	102	3
TKT-00184	chat	troubleshooting	firmware update failed	closed	headphones	3	english	f	t	2024-04-21 09:21:49	2024-04-23 02:39:28	2024-04-21 13:39:34	37.00	41.29	65	\N
TKT-00185	chat	complaint	recurring fault	closed	turntables	3	english	f	t	2024-04-22 10:02:40	2024-04-24 07:32:38	2024-04-22 13:22:21	42.17	45.50	48	\N
TKT-00186	phone	complaint	issue still unresolved	closed	amplifiers	4	german	f	f	2024-04-22 13:54:21	2024-04-23 14:22:45	2024-04-22 18:41:40	19.68	24.47	117	\N
TKT-00187	chat	product	compatibility question	closed	speakers	3	french	t	f	2024-04-23 11:52:17	2024-04-23 12:15:18	2024-04-23 12:08:48	0.11	0.38	107	\N
TKT-00188	chat	rma	repair status update	closed	headphones	7	german	f	f	2024-04-24 10:47:40	2024-04-25 13:10:28	2024-04-24 13:43:07	23.46	26.38	24	\N
TKT-00189	email	troubleshooting	bluetooth pairing fails	closed	speakers	7	english	f	f	2024-04-25 10:28:19	2024-04-25 21:29:35	2024-04-25 11:41:24	9.80	11.02	15	\N
TKT-00190	chat	troubleshooting	bluetooth pairing fails	closed	headphones	2	english	t	f	2024-04-29 11:11:34	2024-04-29 11:22:19	2024-04-29 11:16:36	0.10	0.18	65	\N
TKT-00191	phone	product	compatibility question	closed	headphones	3	german	t	f	2024-04-29 20:52:22	2024-04-29 21:32:56	2024-04-29 21:06:13	0.45	0.68	106	\N
TKT-00192	email	troubleshooting	power or battery problem	closed	speakers	5	german	t	f	2024-04-30 13:45:58	2024-04-30 14:56:35	2024-04-30 14:26:52	0.50	1.18	70	\N
TKT-00193	phone	logistics	change of delivery address	closed	headphones	8	german	t	f	2024-04-30 19:05:46	2024-04-30 19:31:29	2024-04-30 19:12:08	0.32	0.43	17	5
TKT-00194	chat	finance	vat invoice for my business	closed	speakers	7	french	f	f	2024-05-05 08:13:24	2024-05-09 01:55:55	2024-05-05 09:24:42	88.52	89.71	112	2
TKT-00195	chat	logistics	change of delivery address	closed	headphones	7	german	t	f	2024-05-06 11:19:55	2024-05-06 11:34:40	2024-05-06 11:30:43	0.07	0.25	4	\N
TKT-00196	phone	logistics	order not delivered yet	closed	speakers	4	french	t	f	2024-05-06 14:16:19	2024-05-06 14:32:44	2024-05-06 14:30:43	0.03	0.27	26	\N
TKT-00197	phone	logistics	change of delivery address	closed	headphones	2	french	f	f	2024-05-09 12:59:14	2024-05-10 13:18:08	2024-05-09 17:13:07	20.08	24.32	49	\N
TKT-00198	chat	troubleshooting	distorted sound	closed	headphones	6	french	t	f	2024-05-11 16:08:16	2024-05-11 16:35:52	2024-05-11 16:21:14	0.24	0.46	49	\N
TKT-00199	chat	logistics	wrong item delivered	open	headphones	6	french	f	f	2024-05-12 09:46:52	\N	2024-05-12 12:38:41	\N	\N	45	\N
TKT-00200	email	troubleshooting	no sound	closed	speakers	8	french	f	f	2024-05-18 20:05:21	2024-05-19 14:20:46	2024-05-18 22:37:16	15.72	18.26	52	\N
TKT-00201	chat	product	stylus or cartridge recommendation	closed	headphones	1	english	t	f	2024-05-23 08:01:59	2024-05-23 08:14:48	2024-05-23 08:10:51	0.07	0.21	78	\N
TKT-00202	email	product	which amplifier for my speakers	closed	amplifiers	4	english	t	f	2024-05-25 09:29:38	2024-05-25 10:08:42	2024-05-25 10:00:38	0.13	0.65	92	5
TKT-00203	phone	troubleshooting	bluetooth pairing fails	closed	speakers	9	english	f	f	2024-05-27 07:32:59	2024-05-30 04:09:53	2024-05-27 12:35:59	63.56	68.62	5	\N
TKT-00204	phone	complaint	issue still unresolved	closed	speakers	12	english	f	f	2024-05-27 09:29:52	2024-05-27 23:13:11	2024-05-27 10:06:56	13.10	13.72	48	\N
TKT-00205	phone	troubleshooting	distorted sound	closed	amplifiers	12	english	t	f	2024-05-27 13:05:19	2024-05-27 13:44:08	2024-05-27 13:20:56	0.39	0.65	78	\N
TKT-00206	chat	complaint	unhappy with the repair	closed	amplifiers	3	german	f	f	2024-05-28 15:12:06	2024-05-29 01:18:00	2024-05-28 18:47:26	6.51	10.10	120	\N
TKT-00207	email	product	app features	closed	turntables	2	german	t	f	2024-05-29 13:29:44	2024-05-29 14:34:38	2024-05-29 14:32:08	0.04	1.08	87	3
TKT-00208	phone	finance	vat invoice for my business	closed	speakers	12	english	f	f	2024-06-01 11:39:21	2024-06-01 23:29:55	2024-06-01 15:13:40	8.27	11.84	65	\N
TKT-00209	email	logistics	tracking not updating	closed	amplifiers	3	french	f	f	2024-06-02 13:40:10	2024-06-03 06:32:17	2024-06-02 18:55:49	11.61	16.87	74	\N
TKT-00210	chat	troubleshooting	bluetooth pairing fails	closed	turntables	2	french	t	f	2024-06-03 07:21:11	2024-06-03 07:36:05	2024-06-03 07:33:47	0.04	0.25	72	\N
TKT-00211	phone	troubleshooting	no sound	closed	amplifiers	3	french	t	f	2024-06-03 11:47:06	2024-06-03 12:29:21	2024-06-03 11:57:53	0.52	0.70	26	\N
TKT-00212	email	finance	invoice request	closed	turntables	6	french	f	t	2024-06-04 18:57:37	2024-06-05 13:32:25	2024-06-04 23:17:46	14.24	18.58	113	3
TKT-00213	phone	troubleshooting	no sound	closed	speakers	6	english	f	f	2024-06-05 07:14:26	2024-06-05 22:10:07	2024-06-05 07:52:05	14.30	14.93	103	\N
TKT-00214	phone	logistics	parts missing from the box	closed	headphones	4	german	t	f	2024-06-05 15:18:23	2024-06-05 16:02:50	2024-06-05 15:43:06	0.33	0.74	24	\N
TKT-00215	email	troubleshooting	bluetooth pairing fails	closed	speakers	3	english	t	f	2024-06-06 07:02:45	2024-06-06 08:35:18	2024-06-06 08:09:33	0.43	1.54	39	3
TKT-00216	email	logistics	wrong item delivered	closed	speakers	2	english	t	f	2024-06-06 11:58:38	2024-06-06 14:26:46	2024-06-06 14:12:14	0.24	2.47	69	5
TKT-00217	phone	product	compatibility question	closed	headphones	7	french	t	f	2024-06-06 16:49:31	2024-06-06 17:16:37	2024-06-06 16:59:04	0.29	0.45	62	5
TKT-00218	phone	complaint	long waiting time	closed	speakers	7	german	f	f	2024-06-07 08:48:19	2024-06-07 11:35:51	2024-06-07 09:27:59	2.13	2.79	51	3
TKT-00219	chat	complaint	issue still unresolved	closed	headphones	7	english	f	f	2024-06-07 14:15:54	2024-06-07 22:23:03	2024-06-07 15:26:09	6.95	8.12	46	\N
TKT-00220	email	rma	warranty repair request	closed	speakers	8	german	t	f	2024-06-08 08:08:17	2024-06-08 09:00:37	2024-06-08 08:57:23	0.05	0.87	24	\N
TKT-00221	chat	troubleshooting	firmware update failed	closed	turntables	8	french	f	f	2024-06-10 16:35:27	2024-06-12 04:45:01	2024-06-10 21:03:52	31.69	36.16	10	\N
TKT-00222	chat	complaint	recurring fault	closed	headphones	6	french	f	f	2024-06-11 07:45:33	2024-06-12 10:28:34	2024-06-11 12:03:36	22.42	26.72	35	3
TKT-00223	phone	troubleshooting	firmware update failed	closed	amplifiers	3	french	t	f	2024-06-12 16:53:31	2024-06-12 17:34:23	2024-06-12 17:02:03	0.54	0.68	40	\N
TKT-00224	chat	troubleshooting	bluetooth pairing fails	closed	speakers	3	german	t	f	2024-06-13 16:46:01	2024-06-13 17:12:05	2024-06-13 16:52:20	0.33	0.43	50	\N
TKT-00225	phone	rma	return authorisation needed	closed	headphones	3	german	f	f	2024-06-17 08:34:33	2024-06-18 05:41:11	2024-06-17 14:31:26	15.16	21.11	17	3
TKT-00226	chat	logistics	change of delivery address	closed	headphones	9	english	t	f	2024-06-17 14:25:47	2024-06-17 14:48:43	2024-06-17 14:36:37	0.20	0.38	5	\N
TKT-00227	phone	complaint	unhappy with the repair	closed	speakers	8	german	f	t	2024-06-17 16:43:01	2024-06-20 08:16:49	2024-06-17 20:16:46	60.00	63.56	120	\N
TKT-00228	phone	rma	replacement unit request	closed	headphones	9	english	f	f	2024-06-18 10:15:17	2024-06-23 06:49:19	2024-06-18 16:05:41	110.73	116.57	98	4
TKT-00229	email	product	which amplifier for my speakers	closed	headphones	4	french	t	f	2024-06-18 19:28:32	2024-06-18 21:34:11	2024-06-18 21:30:14	0.07	2.09	1	\N
TKT-00230	phone	finance	invoice request	closed	speakers	8	english	f	f	2024-06-19 08:08:41	2024-06-20 14:23:50	2024-06-19 08:43:48	29.67	30.25	119	4
TKT-00231	chat	logistics	order not delivered yet	closed	speakers	5	french	f	f	2024-06-19 20:48:43	2024-06-21 20:38:02	2024-06-19 22:01:42	46.61	47.82	49	\N
TKT-00232	phone	complaint	long waiting time	closed	amplifiers	7	german	f	f	2024-06-21 09:56:34	2024-06-22 01:55:54	2024-06-21 15:53:45	10.04	15.99	7	\N
TKT-00233	phone	finance	refund not received	closed	speakers	12	english	f	f	2024-06-22 07:57:20	2024-06-22 23:18:28	2024-06-22 11:15:34	12.05	15.35	97	\N
TKT-00234	phone	logistics	tracking not updating	closed	amplifiers	12	english	f	f	2024-06-22 13:56:08	2024-06-25 00:18:38	2024-06-22 18:30:21	53.80	58.38	54	\N
TKT-00235	phone	rma	collection for repair	closed	speakers	2	english	f	f	2024-06-28 08:32:54	2024-07-02 12:49:38	2024-06-28 14:24:47	94.41	100.28	6	\N
TKT-00236	phone	complaint	issue still unresolved	closed	headphones	5	french	f	f	2024-06-30 17:04:32	2024-07-01 05:42:02	2024-06-30 18:40:51	11.02	12.62	1	\N
TKT-00237	chat	troubleshooting	power or battery problem	closed	speakers	6	english	f	f	2024-07-02 13:11:40	2024-07-03 03:52:42	2024-07-02 17:45:19	10.12	14.68	77	\N
TKT-00238	chat	troubleshooting	hum or crackling noise	closed	speakers	9	english	t	f	2024-07-03 15:31:26	2024-07-03 16:03:47	2024-07-03 15:46:29	0.29	0.54	109	5
TKT-00239	phone	logistics	return label needed	closed	speakers	5	german	t	f	2024-07-05 17:29:43	2024-07-05 17:47:57	2024-07-05 17:37:18	0.18	0.30	7	5
TKT-00240	email	finance	invoice request	closed	speakers	5	german	f	f	2024-07-08 11:48:19	2024-07-09 11:07:33	2024-07-08 17:04:57	18.04	23.32	17	\N
TKT-00241	phone	troubleshooting	no sound	closed	headphones	5	french	f	f	2024-07-09 19:42:06	2024-07-10 05:05:28	2024-07-10 01:06:10	3.99	9.39	26	\N
TKT-00242	phone	finance	invoice request	closed	headphones	1	french	f	f	2024-07-11 08:25:46	2024-07-11 23:17:08	2024-07-11 10:45:04	12.53	14.86	80	\N
TKT-00243	chat	troubleshooting	distorted sound	closed	amplifiers	1	english	f	t	2024-07-11 10:55:11	2024-07-12 05:37:39	2024-07-11 15:18:55	14.31	18.71	76	4
TKT-00244	phone	logistics	order not delivered yet	open	speakers	4	german	f	f	2024-07-12 11:25:16	\N	2024-07-12 15:25:00	\N	\N	94	\N
TKT-00245	phone	product	compatibility question	closed	turntables	6	english	t	f	2024-07-17 14:14:25	2024-07-17 14:24:03	2024-07-17 14:19:56	0.07	0.16	82	\N
TKT-00246	chat	troubleshooting	bluetooth pairing fails	closed	speakers	8	german	t	f	2024-07-24 13:13:50	2024-07-24 13:29:49	2024-07-24 13:20:55	0.15	0.27	42	\N
TKT-00247	phone	product	app features	closed	headphones	7	french	t	f	2024-07-27 13:42:25	2024-07-27 14:24:51	2024-07-27 13:58:37	0.44	0.71	1	\N
TKT-00248	email	logistics	tracking not updating	closed	headphones	7	french	f	f	2024-07-28 11:14:04	2024-07-28 21:15:18	2024-07-28 17:01:57	4.22	10.02	3	3
TKT-00249	email	finance	invoice request	closed	speakers	11	german	f	t	2024-07-29 11:39:25	2024-08-03 07:56:01	2024-07-29 16:22:24	111.56	116.28	70	\N
TKT-00250	chat	finance	charged twice	closed	headphones	11	german	f	f	2024-07-30 15:01:54	2024-07-31 19:04:21	2024-07-30 17:54:13	25.17	28.04	120	\N
TKT-00251	chat	product	compatibility question	closed	headphones	2	english	t	f	2024-08-01 10:33:54	2024-08-01 10:49:44	2024-08-01 10:41:42	0.13	0.26	119	5
TKT-00252	phone	troubleshooting	distorted sound	closed	headphones	6	english	t	f	2024-08-06 11:57:08	2024-08-06 12:08:29	2024-08-06 12:02:40	0.10	0.19	97	\N
TKT-00253	phone	logistics	wrong item delivered	closed	headphones	6	english	f	f	2024-08-07 14:51:27	2024-08-07 22:38:33	2024-08-07 16:29:54	6.14	7.78	58	\N
TKT-00254	chat	complaint	poor delivery experience	closed	turntables	7	french	f	f	2024-08-08 15:41:48	2024-08-08 21:36:11	2024-08-08 19:11:31	2.41	5.91	115	\N
TKT-00255	chat	product	compatibility question	closed	amplifiers	7	french	t	f	2024-08-12 14:31:34	2024-08-12 15:14:21	2024-08-12 14:47:20	0.45	0.71	67	\N
TKT-00256	chat	troubleshooting	connection keeps dropping	closed	speakers	2	french	t	f	2024-08-13 14:04:51	2024-08-13 14:28:53	2024-08-13 14:15:11	0.23	0.40	112	3
TKT-00257	phone	logistics	change of delivery address	closed	turntables	4	english	t	f	2024-08-14 17:41:31	2024-08-14 17:59:11	2024-08-14 17:56:48	0.04	0.29	6	\N
TKT-00258	phone	finance	refund not received	closed	amplifiers	3	german	f	f	2024-08-16 16:24:51	2024-08-17 14:36:12	2024-08-16 21:00:36	17.59	22.19	41	\N
TKT-00259	chat	troubleshooting	power or battery problem	closed	headphones	10	german	f	f	2024-08-17 08:11:34	2024-08-18 22:53:42	2024-08-17 13:52:05	33.03	38.70	4	\N
TKT-00260	email	logistics	tracking not updating	closed	speakers	7	german	f	t	2024-08-17 15:24:38	2024-08-25 02:05:36	2024-08-17 19:02:55	175.04	178.68	110	4
TKT-00261	email	logistics	order not delivered yet	closed	headphones	4	english	t	f	2024-08-18 06:06:34	2024-08-18 07:36:19	2024-08-18 07:30:16	0.10	1.50	84	5
TKT-00262	phone	troubleshooting	no sound	closed	speakers	10	french	f	f	2024-08-18 12:14:58	2024-08-20 09:59:25	2024-08-18 16:54:45	41.08	45.74	49	3
TKT-00263	chat	logistics	order not delivered yet	closed	speakers	3	german	f	f	2024-08-20 15:21:37	2024-08-22 22:19:40	2024-08-20 16:16:28	54.05	54.97	120	2
TKT-00264	chat	troubleshooting	firmware update failed	open	speakers	6	french	f	f	2024-08-23 11:38:42	\N	2024-08-23 15:24:30	\N	\N	74	\N
TKT-00265	email	rma	repair status update	closed	turntables	4	french	f	f	2024-08-23 12:50:09	2024-08-24 04:27:43	2024-08-23 18:49:40	9.63	15.63	66	3
TKT-00266	email	finance	vat invoice for my business	closed	amplifiers	12	english	f	f	2024-08-25 20:00:20	2024-08-26 08:48:49	2024-08-26 01:52:50	6.93	12.81	57	3
TKT-00267	phone	troubleshooting	connection keeps dropping	closed	speakers	1	french	t	f	2024-08-26 11:13:07	2024-08-26 11:31:29	2024-08-26 11:26:29	0.08	0.31	35	\N
TKT-00268	phone	troubleshooting	firmware update failed	closed	speakers	9	german	t	f	2024-08-26 11:34:38	2024-08-26 12:10:01	2024-08-26 11:51:28	0.31	0.59	12	\N
TKT-00269	phone	troubleshooting	connection keeps dropping	closed	headphones	10	german	f	f	2024-08-26 19:09:56	2024-08-27 14:21:13	2024-08-26 22:44:42	15.61	19.19	85	\N
TKT-00270	chat	finance	payment failed	closed	speakers	6	english	f	f	2024-08-27 20:18:01	2024-08-28 09:37:01	2024-08-27 22:22:01	11.25	13.32	13	\N
TKT-00271	chat	troubleshooting	bluetooth pairing fails	closed	speakers	4	german	f	t	2024-08-29 18:56:55	2024-08-30 17:34:55	2024-08-29 21:23:43	20.19	22.63	25	\N
TKT-00272	email	rma	exchange for dead-on-arrival unit	closed	speakers	4	english	f	f	2024-09-02 09:45:14	2024-09-03 13:16:54	2024-09-02 13:13:18	24.06	27.53	59	\N
TKT-00273	email	logistics	parts missing from the box	closed	headphones	3	french	f	f	2024-09-02 11:05:58	2024-09-03 04:14:40	2024-09-02 16:56:21	11.31	17.14	100	\N
TKT-00274	phone	logistics	order not delivered yet	closed	amplifiers	8	english	t	f	2024-09-03 11:00:56	2024-09-03 11:19:28	2024-09-03 11:12:52	0.11	0.31	9	\N
TKT-00275	email	product	stock availability	closed	speakers	8	french	t	f	2024-09-03 14:16:12	2024-09-03 16:04:42	2024-09-03 15:54:54	0.16	1.81	22	\N
TKT-00276	phone	product	compatibility question	closed	turntables	11	english	t	f	2024-09-03 15:20:00	2024-09-03 15:34:16	2024-09-03 15:27:40	0.11	0.24	92	\N
TKT-00277	phone	troubleshooting	firmware update failed	closed	turntables	10	french	f	f	2024-09-07 12:04:52	2024-09-08 00:04:29	2024-09-07 14:35:58	9.48	11.99	29	\N
TKT-00278	email	rma	return authorisation needed	closed	headphones	5	french	t	f	2024-09-09 10:42:48	2024-09-09 13:01:38	2024-09-09 12:36:24	0.42	2.31	49	\N
TKT-00279	phone	troubleshooting	no sound	closed	amplifiers	5	french	f	t	2024-09-09 12:19:34	2024-09-11 01:39:48	2024-09-09 13:44:02	35.93	37.34	96	\N
TKT-00280	email	troubleshooting	distorted sound	closed	headphones	9	german	f	f	2024-09-10 16:27:35	2024-09-11 17:01:58	2024-09-10 21:38:39	19.39	24.57	24	5
TKT-00281	phone	troubleshooting	connection keeps dropping	closed	speakers	10	french	f	t	2024-09-11 09:36:44	2024-09-11 16:42:44	2024-09-11 12:01:56	4.68	7.10	40	\N
TKT-00282	chat	troubleshooting	power or battery problem	closed	speakers	9	german	f	f	2024-09-11 11:04:13	2024-09-13 21:50:12	2024-09-11 13:03:53	56.77	58.77	86	\N
TKT-00283	chat	product	technical specifications	closed	turntables	6	english	t	f	2024-09-12 16:42:25	2024-09-12 17:11:19	2024-09-12 16:55:55	0.26	0.48	84	\N
TKT-00284	email	rma	exchange for dead-on-arrival unit	closed	speakers	6	german	f	f	2024-09-13 10:30:26	2024-09-14 15:00:44	2024-09-13 15:57:33	23.05	28.50	51	\N
TKT-00285	email	complaint	recurring fault	closed	speakers	6	german	t	f	2024-09-16 14:58:36	2024-09-16 15:41:43	2024-09-16 15:32:36	0.15	0.72	43	\N
TKT-00286	phone	logistics	order not delivered yet	closed	amplifiers	6	french	f	f	2024-09-17 18:32:03	2024-09-20 12:25:43	2024-09-17 19:50:12	64.59	65.89	32	\N
TKT-00287	chat	troubleshooting	hum or crackling noise	closed	headphones	12	english	t	f	2024-09-18 16:05:24	2024-09-18 16:15:10	2024-09-18 16:10:14	0.08	0.16	82	\N
TKT-00288	phone	logistics	tracking not updating	closed	speakers	12	english	t	f	2024-09-20 17:05:50	2024-09-20 17:36:47	2024-09-20 17:23:50	0.22	0.52	36	\N
TKT-00289	chat	rma	collection for repair	closed	headphones	12	german	t	f	2024-09-23 14:43:45	2024-09-23 15:04:50	2024-09-23 14:56:01	0.15	0.35	116	\N
TKT-00290	chat	product	which amplifier for my speakers	closed	speakers	8	german	t	f	2024-09-26 09:04:22	2024-09-26 09:20:58	2024-09-26 09:11:00	0.17	0.28	116	\N
TKT-00291	chat	finance	charged twice	closed	headphones	8	english	f	f	2024-10-03 15:40:06	2024-10-04 04:47:06	2024-10-03 18:53:18	9.90	13.12	64	\N
TKT-00292	phone	product	stock availability	closed	speakers	2	french	t	f	2024-10-03 17:06:04	2024-10-03 17:28:26	2024-10-03 17:12:56	0.26	0.37	49	5
TKT-00293	phone	complaint	rude service	closed	amplifiers	4	french	f	f	2024-10-07 15:03:53	2024-10-08 07:05:39	2024-10-07 15:45:30	15.34	16.03	3	\N
TKT-00294	chat	troubleshooting	no sound	closed	speakers	6	english	f	t	2024-10-08 11:24:39	2024-10-11 02:06:55	2024-10-08 13:54:59	60.20	62.70	16	\N
TKT-00295	email	troubleshooting	distorted sound	closed	headphones	12	english	t	f	2024-10-10 13:42:49	2024-10-10 14:47:22	2024-10-10 14:38:31	0.15	1.08	111	\N
TKT-00296	chat	troubleshooting	no sound	closed	headphones	12	french	t	f	2024-10-11 10:09:59	2024-10-11 10:38:28	2024-10-11 10:20:53	0.29	0.47	62	\N
TKT-00297	phone	product	app features	closed	speakers	2	english	t	f	2024-10-11 10:50:07	2024-10-11 11:21:46	2024-10-11 10:57:49	0.40	0.53	88	\N
TKT-00298	phone	rma	exchange for dead-on-arrival unit	closed	speakers	2	english	f	f	2024-10-12 08:01:46	2024-10-14 11:12:39	2024-10-12 10:23:40	48.82	51.18	13	\N
TKT-00299	email	logistics	parts missing from the box	open	amplifiers	5	french	f	t	2024-10-14 15:13:36	\N	2024-10-14 18:33:33	\N	\N	67	\N
TKT-00300	phone	logistics	return label needed	closed	speakers	3	english	t	f	2024-10-15 15:08:39	2024-10-15 15:34:31	2024-10-15 15:22:17	0.20	0.43	76	4
TKT-00301	chat	troubleshooting	power or battery problem	closed	speakers	12	german	f	f	2024-10-15 15:11:28	2024-10-17 10:26:31	2024-10-15 18:56:03	39.51	43.25	87	1
TKT-00302	phone	logistics	change of delivery address	closed	headphones	8	french	t	f	2024-10-17 10:25:09	2024-10-17 10:45:37	2024-10-17 10:34:58	0.18	0.34	73	\N
TKT-00303	phone	complaint	recurring fault	closed	speakers	12	english	f	f	2024-10-18 20:11:16	2024-10-21 10:17:57	2024-10-18 23:40:15	58.63	62.11	39	\N
TKT-00304	email	logistics	wrong item delivered	closed	turntables	12	french	f	t	2024-10-24 08:56:30	2024-10-24 23:13:29	2024-10-24 12:40:06	10.56	14.28	67	\N
TKT-00305	phone	troubleshooting	distorted sound	closed	turntables	6	english	t	f	2024-10-25 09:54:35	2024-10-25 10:28:54	2024-10-25 10:03:19	0.43	0.57	47	\N
TKT-00306	email	complaint	long waiting time	closed	speakers	12	german	t	f	2024-10-28 08:08:45	2024-10-28 09:35:23	2024-10-28 09:09:21	0.43	1.44	8	\N
TKT-00307	phone	logistics	order not delivered yet	closed	speakers	6	german	t	f	2024-10-31 10:23:39	2024-10-31 10:38:34	2024-10-31 10:32:39	0.10	0.25	79	\N
TKT-00308	chat	finance	invoice request	closed	headphones	2	english	f	t	2024-10-31 12:33:39	2024-11-01 12:44:43	2024-10-31 16:18:40	20.43	24.18	103	\N
TKT-00309	chat	product	technical specifications	closed	headphones	12	german	t	f	2024-11-01 18:07:48	2024-11-01 18:51:33	2024-11-01 18:21:59	0.49	0.73	61	\N
TKT-00310	phone	troubleshooting	hum or crackling noise	closed	speakers	2	german	t	f	2024-11-03 16:42:56	2024-11-03 16:53:22	2024-11-03 16:48:07	0.09	0.17	120	\N
TKT-00311	phone	troubleshooting	hum or crackling noise	closed	speakers	5	english	f	f	2024-11-07 06:42:00	2024-11-07 16:26:36	2024-11-07 07:41:32	8.75	9.74	6	4
TKT-00312	email	finance	invoice request	open	headphones	7	english	f	f	2024-11-15 13:41:31	\N	2024-11-15 19:31:21	\N	\N	56	\N
TKT-00313	email	logistics	order not delivered yet	closed	speakers	12	english	t	f	2024-11-16 10:00:07	2024-11-16 11:21:33	2024-11-16 11:00:43	0.35	1.36	92	5
TKT-00314	phone	troubleshooting	no sound	closed	headphones	6	french	t	f	2024-11-18 08:31:20	2024-11-18 08:57:10	2024-11-18 08:39:24	0.30	0.43	45	\N
TKT-00315	phone	finance	payment failed	closed	headphones	1	english	f	f	2024-11-19 17:24:34	2024-11-20 02:53:38	2024-11-19 20:35:36	6.30	9.48	9	\N
TKT-00316	chat	finance	invoice request	closed	headphones	3	german	f	f	2024-11-20 11:51:29	2024-11-21 14:51:10	2024-11-20 17:11:02	21.67	26.99	86	\N
TKT-00317	email	logistics	parcel arrived damaged	closed	amplifiers	4	german	f	f	2024-11-25 08:28:15	2024-11-26 10:41:56	2024-11-25 12:31:58	22.17	26.23	90	2
TKT-00318	phone	product	stock availability	closed	headphones	6	french	t	f	2024-11-25 12:14:32	2024-11-25 12:33:22	2024-11-25 12:25:25	0.13	0.31	32	\N
TKT-00319	chat	troubleshooting	distorted sound	closed	speakers	11	english	f	f	2024-11-28 08:44:06	2024-11-29 02:09:58	2024-11-28 12:06:08	14.06	17.43	13	\N
TKT-00320	phone	logistics	tracking not updating	closed	speakers	5	german	f	t	2024-11-29 12:11:53	2024-11-30 11:45:36	2024-11-29 18:00:26	17.75	23.56	83	\N
TKT-00321	chat	troubleshooting	distorted sound	closed	headphones	2	english	t	f	2024-11-29 18:40:15	2024-11-29 18:55:11	2024-11-29 18:45:43	0.16	0.25	101	\N
TKT-00322	chat	troubleshooting	connection keeps dropping	closed	speakers	12	english	f	f	2024-12-02 05:22:58	2024-12-03 09:51:32	2024-12-02 08:26:46	25.41	28.48	39	\N
TKT-00323	chat	finance	invoice request	open	headphones	7	french	f	t	2024-12-02 16:22:12	\N	2024-12-02 17:48:33	\N	\N	112	\N
TKT-00324	email	troubleshooting	bluetooth pairing fails	closed	headphones	9	german	f	f	2024-12-04 08:41:03	2024-12-05 07:25:47	2024-12-04 12:03:59	19.36	22.75	25	\N
TKT-00325	email	logistics	change of delivery address	closed	speakers	11	german	t	f	2024-12-04 09:54:34	2024-12-04 11:11:21	2024-12-04 11:01:04	0.17	1.28	42	\N
TKT-00326	email	troubleshooting	distorted sound	open	headphones	2	german	f	f	2024-12-05 03:17:43	\N	2024-12-05 05:46:57	\N	\N	104	\N
TKT-00327	chat	troubleshooting	firmware update failed	closed	headphones	2	english	t	f	2024-12-06 13:25:55	2024-12-06 14:02:47	2024-12-06 13:44:44	0.30	0.61	78	4
TKT-00328	phone	troubleshooting	connection keeps dropping	closed	speakers	6	english	t	f	2024-12-09 09:20:25	2024-12-09 09:41:30	2024-12-09 09:36:29	0.08	0.35	13	\N
TKT-00329	chat	rma	repair status update	open	headphones	4	german	f	f	2024-12-09 17:48:02	\N	2024-12-09 23:00:40	\N	\N	24	\N
TKT-00330	chat	logistics	change of delivery address	closed	headphones	7	german	t	f	2024-12-10 12:18:57	2024-12-10 12:33:11	2024-12-10 12:28:11	0.08	0.24	75	\N
TKT-00331	email	logistics	return label needed	closed	speakers	2	german	t	f	2024-12-16 13:20:06	2024-12-16 14:16:33	2024-12-16 14:09:12	0.12	0.94	106	\N
TKT-00332	phone	finance	price match request	closed	amplifiers	8	french	f	f	2024-12-16 16:44:12	2024-12-17 08:58:32	2024-12-16 17:31:22	15.45	16.24	100	\N
TKT-00333	phone	troubleshooting	bluetooth pairing fails	closed	turntables	12	english	f	f	2024-12-17 10:31:52	2024-12-19 20:43:12	2024-12-17 12:41:29	56.03	58.19	119	\N
TKT-00334	phone	product	stock availability	closed	speakers	2	german	t	f	2024-12-17 14:33:45	2024-12-17 15:25:07	2024-12-17 14:50:21	0.58	0.86	89	\N
TKT-00335	email	logistics	tracking not updating	closed	headphones	11	french	f	f	2024-12-17 14:45:19	2024-12-18 11:16:05	2024-12-17 20:03:31	15.21	20.51	26	4
TKT-00336	email	logistics	tracking not updating	closed	headphones	12	english	t	f	2024-12-23 16:17:17	2024-12-23 16:49:22	2024-12-23 16:39:35	0.16	0.53	98	\N
TKT-00337	phone	product	which amplifier for my speakers	closed	speakers	1	german	t	f	2024-12-30 13:10:31	2024-12-30 13:33:06	2024-12-30 13:14:55	0.30	0.38	116	\N
TKT-00338	phone	product	compatibility question	closed	speakers	1	german	t	f	2025-01-01 18:54:40	2025-01-01 19:28:39	2025-01-01 19:06:08	0.38	0.57	12	4
TKT-00339	email	finance	vat invoice for my business	closed	speakers	2	english	f	f	2025-01-03 10:24:51	2025-01-04 05:10:23	2025-01-03 13:56:39	15.23	18.76	63	\N
TKT-00340	chat	troubleshooting	connection keeps dropping	closed	amplifiers	5	french	t	f	2025-01-05 19:07:56	2025-01-05 19:36:22	2025-01-05 19:20:01	0.27	0.47	115	\N
TKT-00341	email	rma	warranty repair request	closed	headphones	2	english	f	f	2025-01-09 15:21:40	2025-01-10 00:55:17	2025-01-09 21:17:47	3.62	9.56	48	2
TKT-00342	email	troubleshooting	connection keeps dropping	closed	amplifiers	9	french	t	f	2025-01-10 13:00:14	2025-01-10 15:00:53	2025-01-10 14:54:20	0.11	2.01	11	\N
TKT-00343	chat	logistics	order not delivered yet	closed	turntables	5	german	t	f	2025-01-10 18:56:21	2025-01-10 19:17:45	2025-01-10 19:12:54	0.08	0.36	41	\N
TKT-00344	phone	rma	repair status update	closed	headphones	1	english	f	f	2025-01-14 17:47:50	2025-01-22 21:19:20	2025-01-14 20:24:33	192.91	195.52	59	\N
TKT-00345	chat	complaint	rude service	closed	headphones	10	german	f	f	2025-01-15 13:53:31	2025-01-17 07:01:30	2025-01-15 19:15:31	35.77	41.13	51	3
TKT-00346	phone	troubleshooting	bluetooth pairing fails	closed	headphones	11	german	t	f	2025-01-16 14:24:56	2025-01-16 15:28:18	2025-01-16 14:40:25	0.80	1.06	117	\N
TKT-00347	email	complaint	long waiting time	closed	headphones	11	german	f	f	2025-01-17 17:02:06	2025-01-18 02:56:36	2025-01-17 18:50:37	8.10	9.91	75	3
TKT-00348	phone	logistics	return label needed	closed	headphones	12	english	f	f	2025-01-20 08:20:56	2025-01-21 12:26:18	2025-01-20 10:32:06	25.90	28.09	18	3
TKT-00349	phone	rma	repair status update	closed	speakers	2	english	f	f	2025-01-20 09:38:28	2025-01-21 10:29:25	2025-01-20 13:23:20	21.10	24.85	6	3
TKT-00350	chat	troubleshooting	firmware update failed	closed	headphones	1	english	t	f	2025-01-21 14:54:05	2025-01-21 15:17:20	2025-01-21 15:01:16	0.27	0.39	64	4
TKT-00351	phone	troubleshooting	connection keeps dropping	closed	amplifiers	7	english	t	f	2025-01-21 15:38:52	2025-01-21 16:04:36	2025-01-21 15:46:46	0.30	0.43	119	5
TKT-00352	chat	logistics	parcel arrived damaged	closed	headphones	9	english	t	f	2025-01-22 17:53:20	2025-01-22 18:21:44	2025-01-22 18:11:06	0.18	0.47	98	3
TKT-00353	chat	logistics	wrong item delivered	closed	speakers	1	english	t	f	2025-01-23 10:15:30	2025-01-23 10:36:01	2025-01-23 10:30:54	0.09	0.34	111	4
TKT-00354	phone	logistics	order not delivered yet	closed	headphones	3	english	t	f	2025-01-24 08:55:02	2025-01-24 10:52:26	2025-01-24 09:02:44	1.83	1.96	111	4
TKT-00355	phone	product	app features	closed	headphones	4	german	t	f	2025-01-24 11:06:28	2025-01-24 11:27:46	2025-01-24 11:20:48	0.12	0.36	110	4
TKT-00356	chat	rma	repair status update	closed	headphones	5	german	t	f	2025-01-27 08:51:48	2025-01-27 09:24:26	2025-01-27 09:05:41	0.31	0.54	102	4
TKT-00357	phone	product	compatibility question	closed	headphones	8	german	t	f	2025-01-29 13:39:18	2025-01-29 14:04:42	2025-01-29 13:57:00	0.13	0.42	79	\N
TKT-00358	chat	complaint	long waiting time	open	headphones	3	french	f	t	2025-01-29 15:18:00	\N	2025-01-29 19:09:04	\N	\N	11	\N
TKT-00359	phone	rma	replacement unit request	closed	turntables	8	french	f	f	2025-01-30 07:39:22	2025-01-31 16:21:28	2025-01-30 12:59:47	27.36	32.70	35	\N
TKT-00360	chat	troubleshooting	no sound	closed	turntables	9	french	t	f	2025-01-30 13:13:37	2025-01-30 13:42:08	2025-01-30 13:29:05	0.22	0.48	20	5
TKT-00361	phone	complaint	issue still unresolved	open	turntables	7	english	f	f	2025-02-04 09:44:32	\N	2025-02-04 15:37:28	\N	\N	97	\N
TKT-00362	chat	troubleshooting	power or battery problem	closed	headphones	12	german	f	f	2025-02-08 12:43:59	2025-02-09 11:57:29	2025-02-08 16:12:54	19.74	23.22	51	\N
TKT-00363	phone	logistics	tracking not updating	open	speakers	10	english	f	f	2025-02-11 06:17:19	\N	2025-02-11 07:05:20	\N	\N	111	\N
TKT-00364	phone	logistics	return label needed	closed	speakers	9	french	f	f	2025-02-11 13:11:05	2025-02-12 03:26:37	2025-02-11 15:24:54	12.03	14.26	22	\N
TKT-00365	phone	troubleshooting	firmware update failed	closed	headphones	11	german	t	f	2025-02-17 15:03:18	2025-02-17 15:13:44	2025-02-17 15:10:15	0.06	0.17	38	\N
TKT-00366	email	troubleshooting	power or battery problem	closed	headphones	6	french	t	f	2025-02-18 16:53:58	2025-02-18 18:42:19	2025-02-18 18:36:16	0.10	1.81	100	\N
TKT-00367	phone	logistics	wrong item delivered	closed	turntables	1	french	t	f	2025-02-19 13:42:04	2025-02-19 13:55:50	2025-02-19 13:54:15	0.03	0.23	115	\N
TKT-00368	email	finance	invoice request	closed	headphones	8	german	f	f	2025-02-20 06:17:17	2025-02-20 20:59:20	2025-02-20 08:50:53	12.14	14.70	120	4
TKT-00369	email	finance	charged twice	open	headphones	12	french	f	t	2025-02-24 09:03:17	\N	2025-02-24 12:35:13	\N	\N	60	\N
TKT-00370	chat	rma	warranty repair request	closed	headphones	8	german	f	t	2025-02-25 08:52:05	2025-02-26 20:00:02	2025-02-25 12:28:38	31.52	35.13	28	\N
TKT-00371	chat	rma	exchange for dead-on-arrival unit	closed	headphones	1	german	f	t	2025-02-27 11:08:35	2025-03-01 02:35:28	2025-02-27 17:04:49	33.51	39.45	90	\N
TKT-00372	phone	product	stylus or cartridge recommendation	closed	amplifiers	4	french	t	f	2025-02-27 19:36:58	2025-02-27 20:25:52	2025-02-27 20:07:47	0.30	0.82	34	5
TKT-00373	phone	troubleshooting	distorted sound	closed	turntables	1	english	f	f	2025-03-03 08:28:48	2025-03-04 13:20:01	2025-03-03 13:49:15	23.51	28.85	46	2
TKT-00374	chat	rma	replacement unit request	closed	turntables	3	french	f	f	2025-03-03 09:05:48	2025-03-03 18:39:44	2025-03-03 13:07:35	5.54	9.57	30	4
TKT-00375	email	product	compatibility question	closed	speakers	7	english	t	f	2025-03-04 18:50:50	2025-03-04 20:30:56	2025-03-04 20:14:14	0.28	1.67	46	\N
TKT-00376	chat	troubleshooting	distorted sound	closed	headphones	3	german	t	f	2025-03-05 16:55:59	2025-03-05 17:20:41	2025-03-05 17:06:56	0.23	0.41	25	\N
TKT-00377	chat	troubleshooting	power or battery problem	closed	speakers	9	english	t	f	2025-03-07 14:30:03	2025-03-07 15:01:34	2025-03-07 14:39:32	0.37	0.53	46	4
TKT-00378	phone	complaint	unhappy with the repair	closed	speakers	8	german	f	f	2025-03-07 14:56:56	2025-03-07 18:03:09	2025-03-07 15:53:54	2.15	3.10	24	\N
TKT-00379	phone	finance	payment failed	closed	amplifiers	6	french	f	f	2025-03-12 08:43:35	2025-03-13 19:30:22	2025-03-12 14:13:57	29.27	34.78	22	4
TKT-00380	chat	product	which amplifier for my speakers	closed	turntables	5	french	t	f	2025-03-12 12:39:59	2025-03-12 12:56:59	2025-03-12 12:48:02	0.15	0.28	30	5
TKT-00381	chat	product	technical specifications	closed	headphones	3	french	t	f	2025-03-13 15:46:02	2025-03-13 15:56:53	2025-03-13 15:50:57	0.10	0.18	72	\N
TKT-00382	phone	troubleshooting	no sound	open	turntables	12	german	f	f	2025-03-14 14:41:21	\N	2025-03-14 18:16:37	\N	\N	51	\N
TKT-00383	phone	troubleshooting	hum or crackling noise	closed	amplifiers	7	french	f	f	2025-03-17 13:35:23	2025-03-18 23:11:29	2025-03-17 18:37:00	28.57	33.60	60	\N
TKT-00384	chat	troubleshooting	connection keeps dropping	closed	headphones	10	french	f	f	2025-03-21 14:36:15	2025-03-22 19:39:55	2025-03-21 15:57:20	27.71	29.06	80	\N
TKT-00385	phone	logistics	order not delivered yet	closed	headphones	3	french	f	f	2025-03-22 08:51:43	2025-03-23 17:03:19	2025-03-22 12:16:28	28.78	32.19	1	2
TKT-00386	phone	product	app features	closed	amplifiers	6	german	t	f	2025-03-23 20:41:16	2025-03-23 21:29:15	2025-03-23 20:46:31	0.71	0.80	24	\N
TKT-00387	phone	logistics	order not delivered yet	closed	turntables	4	german	f	f	2025-03-28 18:55:02	2025-03-30 16:06:21	2025-03-28 22:17:39	41.81	45.19	117	\N
TKT-00388	chat	logistics	wrong item delivered	closed	headphones	11	german	t	f	2025-03-30 16:45:34	2025-03-30 17:05:48	2025-03-30 16:51:21	0.24	0.34	116	\N
TKT-00389	phone	complaint	recurring fault	closed	headphones	12	german	f	f	2025-04-02 09:29:25	2025-04-02 22:39:27	2025-04-02 11:17:23	11.37	13.17	33	\N
TKT-00390	phone	logistics	wrong item delivered	closed	turntables	3	english	t	f	2025-04-02 10:39:25	2025-04-02 11:06:32	2025-04-02 10:44:44	0.36	0.45	18	\N
TKT-00391	phone	finance	refund not received	open	turntables	9	german	f	t	2025-04-03 15:52:01	\N	2025-04-03 21:20:43	\N	\N	21	\N
TKT-00392	chat	troubleshooting	bluetooth pairing fails	closed	turntables	10	french	t	f	2025-04-05 10:59:16	2025-04-05 11:17:48	2025-04-05 11:10:30	0.12	0.31	115	\N
TKT-00393	chat	product	compatibility question	closed	turntables	7	german	t	f	2025-04-06 15:30:33	2025-04-06 15:49:09	2025-04-06 15:44:47	0.07	0.31	106	\N
TKT-00394	phone	complaint	issue still unresolved	closed	headphones	5	english	f	f	2025-04-08 16:35:33	2025-04-09 05:47:59	2025-04-08 22:15:43	7.54	13.21	95	\N
TKT-00395	email	troubleshooting	no sound	closed	headphones	4	french	t	f	2025-04-14 21:33:14	2025-04-14 23:43:12	2025-04-14 23:33:50	0.16	2.17	112	\N
TKT-00396	chat	logistics	parcel arrived damaged	closed	amplifiers	12	german	f	f	2025-04-16 07:30:35	2025-04-17 13:51:55	2025-04-16 09:03:11	28.81	30.36	116	\N
TKT-00397	chat	product	technical specifications	closed	turntables	5	english	t	f	2025-04-20 11:27:48	2025-04-20 11:44:24	2025-04-20 11:38:53	0.09	0.28	58	4
TKT-00398	chat	logistics	change of delivery address	closed	headphones	12	german	t	f	2025-04-21 15:39:34	2025-04-21 15:53:15	2025-04-21 15:44:14	0.15	0.23	4	\N
TKT-00399	email	finance	price match request	closed	turntables	5	french	f	t	2025-04-22 10:10:41	2025-04-25 17:51:26	2025-04-22 15:02:43	74.81	79.68	11	\N
TKT-00400	phone	finance	charged twice	closed	headphones	8	german	f	f	2025-04-22 13:37:47	2025-04-22 20:16:17	2025-04-22 14:01:00	6.25	6.64	17	\N
TKT-00401	email	product	compatibility question	closed	speakers	5	german	t	f	2025-04-24 06:08:16	2025-04-24 07:49:22	2025-04-24 07:17:34	0.53	1.68	110	3
TKT-00402	email	logistics	order not delivered yet	closed	speakers	8	english	t	f	2025-04-24 14:13:31	2025-04-24 15:00:21	2025-04-24 14:37:43	0.38	0.78	114	\N
TKT-00403	phone	troubleshooting	bluetooth pairing fails	closed	turntables	11	english	t	f	2025-04-25 08:32:59	2025-04-25 09:00:28	2025-04-25 08:36:42	0.40	0.46	58	\N
TKT-00404	email	troubleshooting	power or battery problem	open	headphones	6	english	f	f	2025-04-25 12:55:19	\N	2025-04-25 16:32:47	\N	\N	6	\N
TKT-00405	email	finance	invoice request	open	turntables	1	french	f	t	2025-04-28 20:48:04	\N	2025-04-29 02:38:40	\N	\N	67	\N
TKT-00406	phone	finance	charged twice	closed	headphones	5	english	f	f	2025-04-29 16:11:43	2025-04-30 04:10:50	2025-04-29 20:54:28	7.27	11.99	63	\N
TKT-00407	chat	rma	warranty repair request	open	headphones	2	english	f	f	2025-04-30 06:20:52	\N	2025-04-30 11:49:48	\N	\N	97	\N
TKT-00408	chat	complaint	unhappy with the repair	open	amplifiers	7	french	f	f	2025-04-30 13:59:01	\N	2025-04-30 14:51:40	\N	\N	20	\N
TKT-00409	email	troubleshooting	bluetooth pairing fails	closed	amplifiers	7	english	f	f	2025-05-05 08:29:03	2025-05-06 04:19:55	2025-05-05 11:06:05	17.23	19.85	114	\N
TKT-00410	email	troubleshooting	distorted sound	closed	headphones	8	german	t	f	2025-05-06 16:37:08	2025-05-06 17:17:44	2025-05-06 17:09:08	0.14	0.68	104	\N
TKT-00411	phone	logistics	parcel arrived damaged	open	speakers	4	french	f	f	2025-05-06 17:33:12	\N	2025-05-06 22:12:15	\N	\N	112	\N
TKT-00412	phone	complaint	rude service	closed	speakers	10	german	f	f	2025-05-08 10:35:27	2025-05-08 17:50:22	2025-05-08 14:19:44	3.51	7.25	70	3
TKT-00413	email	troubleshooting	no sound	open	speakers	2	german	f	f	2025-05-09 08:30:16	\N	2025-05-09 13:18:32	\N	\N	85	\N
TKT-00414	email	finance	vat invoice for my business	closed	amplifiers	12	german	f	t	2025-05-09 09:40:15	2025-05-11 14:14:30	2025-05-09 15:30:41	46.73	52.57	53	\N
TKT-00415	phone	logistics	order not delivered yet	open	speakers	8	english	f	f	2025-05-09 17:15:14	\N	2025-05-09 21:25:55	\N	\N	64	\N
TKT-00416	email	troubleshooting	distorted sound	closed	headphones	2	english	t	f	2025-05-13 10:23:05	2025-05-13 11:41:08	2025-05-13 11:22:05	0.32	1.30	99	\N
TKT-00417	phone	rma	warranty repair request	open	speakers	1	german	f	t	2025-05-14 08:10:35	\N	2025-05-14 13:31:26	\N	\N	37	\N
TKT-00418	phone	logistics	return label needed	closed	headphones	7	english	t	f	2025-05-18 09:09:27	2025-05-18 09:56:09	2025-05-18 09:21:16	0.58	0.78	27	\N
TKT-00419	phone	logistics	return label needed	open	headphones	10	english	f	f	2025-05-21 10:24:48	\N	2025-05-21 11:31:55	\N	\N	44	\N
TKT-00420	phone	troubleshooting	hum or crackling noise	open	speakers	5	german	f	f	2025-05-21 16:49:15	\N	2025-05-21 20:51:34	\N	\N	110	\N
TKT-00421	chat	logistics	wrong item delivered	closed	amplifiers	10	english	t	f	2025-05-22 08:02:14	2025-05-22 08:49:00	2025-05-22 08:16:42	0.54	0.78	69	\N
TKT-00422	phone	complaint	issue still unresolved	open	turntables	10	german	f	t	2025-05-22 10:36:26	\N	2025-05-22 16:31:47	\N	\N	38	\N
TKT-00423	chat	logistics	parcel arrived damaged	closed	headphones	11	english	t	f	2025-05-22 17:34:11	2025-05-22 17:55:42	2025-05-22 17:43:40	0.20	0.36	44	\N
TKT-00424	phone	logistics	parcel arrived damaged	closed	speakers	11	english	f	f	2025-05-23 11:31:27	2025-05-23 21:14:11	2025-05-23 16:30:59	4.72	9.71	71	3
TKT-00425	phone	troubleshooting	hum or crackling noise	closed	amplifiers	3	french	t	f	2025-05-25 19:34:36	2025-05-25 19:53:32	2025-05-25 19:43:53	0.16	0.32	11	\N
TKT-00426	chat	complaint	issue still unresolved	open	speakers	9	french	f	f	2025-05-27 14:37:12	\N	2025-05-27 17:20:46	\N	\N	66	\N
TKT-00427	chat	troubleshooting	firmware update failed	closed	speakers	10	french	f	f	2025-05-27 17:41:42	2025-05-28 07:25:04	2025-05-27 22:18:15	9.11	13.72	10	2
TKT-00428	email	finance	refund not received	closed	turntables	11	english	f	f	2025-05-28 09:10:56	2025-06-03 11:36:39	2025-05-28 13:58:37	141.63	146.43	65	\N
TKT-00429	phone	troubleshooting	no sound	open	headphones	4	english	f	f	2025-05-29 11:14:43	\N	2025-05-29 16:39:12	\N	\N	81	\N
TKT-00430	email	finance	charged twice	closed	amplifiers	12	french	f	f	2025-05-30 08:00:19	2025-05-31 00:07:21	2025-05-30 12:25:13	11.70	16.12	66	\N
TKT-00431	chat	logistics	return label needed	open	headphones	5	french	f	t	2025-05-31 07:06:52	\N	2025-05-31 12:32:20	\N	\N	1	\N
TKT-00432	chat	product	compatibility question	closed	headphones	2	english	t	f	2025-06-01 21:44:33	2025-06-01 22:21:50	2025-06-01 22:02:46	0.32	0.62	36	5
TKT-00433	email	logistics	order not delivered yet	closed	headphones	7	english	f	f	2025-06-02 09:08:21	2025-06-03 07:31:49	2025-06-02 13:16:48	18.25	22.39	69	\N
TKT-00434	chat	logistics	change of delivery address	open	speakers	3	german	f	t	2025-06-03 10:57:53	\N	2025-06-03 13:05:32	\N	\N	94	\N
TKT-00435	phone	troubleshooting	no sound	closed	headphones	5	french	f	f	2025-06-04 11:04:42	2025-06-04 22:41:23	2025-06-04 13:17:21	9.40	11.61	93	4
TKT-00436	phone	logistics	parcel arrived damaged	closed	turntables	1	french	t	f	2025-06-04 16:21:48	2025-06-04 16:31:25	2025-06-04 16:27:50	0.06	0.16	1	\N
TKT-00437	phone	finance	invoice request	open	headphones	8	german	f	f	2025-06-04 16:49:53	\N	2025-06-04 20:37:02	\N	\N	38	\N
TKT-00438	email	troubleshooting	hum or crackling noise	closed	speakers	8	english	t	f	2025-06-05 16:42:49	2025-06-05 17:37:06	2025-06-05 17:23:55	0.22	0.90	76	\N
TKT-00439	phone	troubleshooting	bluetooth pairing fails	closed	speakers	12	french	f	f	2025-06-06 10:54:38	2025-06-07 06:14:46	2025-06-06 16:34:47	13.67	19.34	29	\N
TKT-00440	phone	complaint	recurring fault	closed	headphones	3	english	t	f	2025-06-09 11:55:40	2025-06-09 12:12:11	2025-06-09 11:58:56	0.22	0.28	84	\N
TKT-00441	email	troubleshooting	bluetooth pairing fails	closed	amplifiers	12	french	f	f	2025-06-09 14:49:56	2025-06-10 23:38:03	2025-06-09 20:26:15	27.20	32.80	14	\N
TKT-00442	email	rma	warranty repair request	open	speakers	2	german	f	f	2025-06-13 19:12:29	\N	2025-06-14 01:12:15	\N	\N	110	\N
TKT-00443	phone	troubleshooting	bluetooth pairing fails	closed	headphones	6	english	f	f	2025-06-14 12:06:30	2025-06-15 21:58:36	2025-06-14 15:05:41	30.88	33.87	105	\N
TKT-00444	chat	troubleshooting	firmware update failed	open	speakers	3	german	f	t	2025-06-16 04:12:52	\N	2025-06-16 09:15:22	\N	\N	83	\N
TKT-00445	email	troubleshooting	bluetooth pairing fails	closed	speakers	12	french	f	f	2025-06-17 14:11:14	2025-06-17 23:57:24	2025-06-17 20:02:07	3.92	9.77	52	5
TKT-00446	chat	troubleshooting	connection keeps dropping	closed	speakers	12	english	t	f	2025-06-17 18:54:57	2025-06-17 19:05:35	2025-06-17 18:59:22	0.10	0.18	23	\N
TKT-00447	phone	troubleshooting	no sound	closed	headphones	7	english	t	f	2025-06-18 09:21:45	2025-06-18 10:15:36	2025-06-18 09:31:37	0.73	0.90	6	\N
TKT-00448	chat	rma	replacement unit request	open	amplifiers	6	german	f	f	2025-06-18 10:41:13	\N	2025-06-18 15:07:00	\N	\N	68	\N
TKT-00449	phone	rma	collection for repair	open	amplifiers	12	english	f	f	2025-06-19 09:14:55	\N	2025-06-19 14:36:46	\N	\N	69	\N
TKT-00450	phone	rma	exchange for dead-on-arrival unit	open	headphones	8	german	f	f	2025-06-22 12:33:13	\N	2025-06-22 18:29:48	\N	\N	19	\N
TKT-00451	phone	logistics	order not delivered yet	closed	turntables	6	german	t	f	2025-06-23 11:28:18	2025-06-23 11:52:41	2025-06-23 11:33:53	0.31	0.41	42	\N
TKT-00452	chat	logistics	parts missing from the box	closed	speakers	2	german	t	f	2025-06-25 08:54:24	2025-06-25 09:35:06	2025-06-25 09:00:46	0.57	0.68	55	3
TKT-00453	phone	logistics	order not delivered yet	open	speakers	2	english	f	f	2025-06-26 13:24:40	\N	2025-06-26 15:29:02	\N	\N	5	\N
TKT-00454	phone	troubleshooting	connection keeps dropping	closed	turntables	9	french	t	f	2025-06-27 10:06:13	2025-06-27 10:21:08	2025-06-27 10:13:11	0.13	0.25	72	\N
TKT-00455	email	logistics	change of delivery address	open	speakers	7	english	f	t	2025-06-27 20:27:33	\N	2025-06-27 22:32:29	\N	\N	15	\N
TKT-00456	phone	troubleshooting	power or battery problem	closed	speakers	11	german	f	f	2025-07-01 13:27:00	2025-07-02 22:29:50	2025-07-01 15:10:22	31.32	33.05	104	\N
TKT-00457	chat	logistics	order not delivered yet	closed	headphones	3	french	t	f	2025-07-01 17:58:26	2025-07-01 18:29:21	2025-07-01 18:14:15	0.25	0.52	1	\N
TKT-00458	chat	complaint	issue still unresolved	closed	turntables	7	german	t	f	2025-07-02 16:12:53	2025-07-02 16:22:52	2025-07-02 16:21:03	0.03	0.17	102	\N
TKT-00459	email	troubleshooting	distorted sound	open	turntables	6	german	f	f	2025-07-03 11:22:46	\N	2025-07-03 15:13:29	\N	\N	55	\N
TKT-00460	phone	logistics	parts missing from the box	closed	speakers	5	french	t	f	2025-07-03 12:19:17	2025-07-03 13:05:19	2025-07-03 12:38:33	0.45	0.77	80	\N
TKT-00461	phone	logistics	wrong item delivered	open	speakers	11	french	f	f	2025-07-03 19:55:50	\N	2025-07-04 01:07:41	\N	\N	74	\N
TKT-00462	email	complaint	poor delivery experience	open	speakers	1	english	f	f	2025-07-04 10:47:12	\N	2025-07-04 15:22:19	\N	\N	16	\N
TKT-00463	chat	product	stylus or cartridge recommendation	closed	headphones	8	english	t	f	2025-07-07 12:26:16	2025-07-07 13:12:50	2025-07-07 12:39:05	0.56	0.78	9	\N
TKT-00464	chat	finance	refund not received	closed	amplifiers	6	german	f	f	2025-07-07 17:03:44	2025-07-08 00:06:36	2025-07-07 21:20:04	2.78	7.05	50	\N
TKT-00465	phone	troubleshooting	firmware update failed	open	turntables	3	german	f	f	2025-07-08 11:09:14	\N	2025-07-08 16:12:30	\N	\N	24	\N
TKT-00466	phone	finance	charged twice	closed	headphones	4	german	f	f	2025-07-08 16:35:10	2025-07-09 10:38:08	2025-07-08 18:19:20	16.31	18.05	38	\N
TKT-00467	email	rma	exchange for dead-on-arrival unit	open	headphones	3	english	f	f	2025-07-08 21:24:38	\N	2025-07-09 03:23:16	\N	\N	105	\N
TKT-00468	phone	troubleshooting	distorted sound	closed	headphones	8	french	t	f	2025-07-16 09:56:55	2025-07-16 10:21:15	2025-07-16 10:02:04	0.32	0.41	11	\N
TKT-00469	phone	logistics	wrong item delivered	open	amplifiers	2	german	f	f	2025-07-16 11:41:59	\N	2025-07-16 16:14:38	\N	\N	85	\N
TKT-00470	phone	finance	invoice request	open	headphones	8	english	f	f	2025-07-16 15:35:24	\N	2025-07-16 21:34:24	\N	\N	63	\N
TKT-00471	chat	logistics	return label needed	closed	headphones	11	french	t	f	2025-07-17 16:19:59	2025-07-17 16:48:27	2025-07-17 16:33:26	0.25	0.47	14	5
TKT-00472	chat	finance	invoice request	open	turntables	6	french	f	f	2025-07-18 12:01:18	\N	2025-07-18 15:07:15	\N	\N	52	\N
TKT-00473	email	troubleshooting	no sound	open	turntables	4	english	f	f	2025-07-21 12:17:13	\N	2025-07-21 16:31:03	\N	\N	54	\N
TKT-00474	chat	troubleshooting	power or battery problem	closed	speakers	11	english	t	f	2025-07-25 11:54:06	2025-07-25 12:03:30	2025-07-25 12:02:00	0.02	0.16	23	\N
TKT-00475	chat	troubleshooting	no sound	open	headphones	4	english	f	t	2025-07-25 14:56:03	\N	2025-07-25 19:21:57	\N	\N	2	\N
TKT-00476	phone	complaint	long waiting time	closed	speakers	9	french	t	f	2025-07-27 07:04:19	2025-07-27 07:28:09	2025-07-27 07:10:34	0.29	0.40	10	\N
TKT-00477	email	rma	exchange for dead-on-arrival unit	open	speakers	10	french	f	f	2025-07-28 09:15:07	\N	2025-07-28 14:30:45	\N	\N	80	\N
TKT-00478	chat	troubleshooting	bluetooth pairing fails	closed	speakers	1	english	f	f	2025-07-28 16:38:04	2025-07-29 04:40:08	2025-07-28 21:26:52	7.22	12.03	54	3
TKT-00479	email	complaint	long waiting time	open	speakers	5	german	f	f	2025-07-29 16:01:26	\N	2025-07-29 18:21:56	\N	\N	90	\N
TKT-00480	email	troubleshooting	power or battery problem	closed	headphones	12	german	t	f	2025-07-29 21:45:40	2025-07-29 22:48:14	2025-07-29 22:33:16	0.25	1.04	31	\N
TKT-00481	chat	troubleshooting	firmware update failed	open	speakers	1	german	f	t	2025-07-31 08:12:26	\N	2025-07-31 13:23:19	\N	\N	85	\N
TKT-00482	phone	troubleshooting	hum or crackling noise	closed	headphones	9	french	t	f	2025-07-31 10:36:06	2025-07-31 11:09:07	2025-07-31 10:41:37	0.46	0.55	30	\N
TKT-00483	email	troubleshooting	no sound	closed	speakers	2	english	t	f	2025-08-01 15:07:48	2025-08-01 16:35:08	2025-08-01 16:18:00	0.29	1.46	119	4
TKT-00484	email	product	compatibility question	closed	headphones	7	french	t	f	2025-08-01 17:46:44	2025-08-01 19:18:26	2025-08-01 19:01:02	0.29	1.53	14	4
TKT-00485	email	troubleshooting	connection keeps dropping	closed	headphones	8	german	t	f	2025-08-02 10:28:17	2025-08-02 12:13:52	2025-08-02 11:35:47	0.63	1.76	86	5
TKT-00486	phone	troubleshooting	hum or crackling noise	open	turntables	2	german	f	f	2025-08-03 10:43:58	\N	2025-08-03 14:31:42	\N	\N	53	\N
TKT-00487	chat	product	app features	closed	headphones	4	german	t	f	2025-08-06 09:32:56	2025-08-06 10:10:43	2025-08-06 09:49:13	0.36	0.63	8	4
TKT-00488	phone	logistics	parts missing from the box	closed	turntables	5	french	f	f	2025-08-07 10:22:43	2025-08-07 21:12:10	2025-08-07 11:43:02	9.49	10.82	112	\N
TKT-00489	phone	troubleshooting	no sound	closed	headphones	10	english	t	f	2025-08-07 17:19:16	2025-08-07 17:51:20	2025-08-07 17:26:41	0.41	0.53	13	5
TKT-00490	email	rma	return authorisation needed	open	headphones	7	english	f	f	2025-08-12 09:40:11	\N	2025-08-12 15:23:47	\N	\N	71	\N
TKT-00491	chat	troubleshooting	distorted sound	open	speakers	2	german	f	t	2025-08-14 08:55:38	\N	2025-08-14 10:57:17	\N	\N	90	\N
TKT-00492	chat	product	stock availability	closed	amplifiers	12	german	t	f	2025-08-14 13:31:05	2025-08-14 13:46:40	2025-08-14 13:42:52	0.06	0.26	55	4
TKT-00493	phone	troubleshooting	connection keeps dropping	open	headphones	12	english	f	f	2025-08-15 07:36:32	\N	2025-08-15 12:41:02	\N	\N	23	\N
TKT-00494	phone	product	stock availability	closed	speakers	7	french	t	f	2025-08-15 10:33:22	2025-08-15 10:47:11	2025-08-15 10:44:54	0.04	0.23	14	\N
TKT-00495	phone	logistics	wrong item delivered	open	turntables	3	german	f	f	2025-08-18 10:55:44	\N	2025-08-18 15:48:12	\N	\N	28	\N
TKT-00496	phone	logistics	parts missing from the box	open	amplifiers	12	french	f	f	2025-08-18 12:28:19	\N	2025-08-18 16:26:20	\N	\N	67	\N
TKT-00497	phone	complaint	unhappy with the repair	open	headphones	3	english	f	t	2025-08-19 09:14:42	\N	2025-08-19 15:10:46	\N	\N	69	\N
TKT-00498	chat	logistics	parcel arrived damaged	closed	speakers	9	german	t	f	2025-08-19 09:48:40	2025-08-19 10:07:13	2025-08-19 10:00:10	0.12	0.31	110	\N
TKT-00499	email	troubleshooting	firmware update failed	open	amplifiers	5	french	f	f	2025-08-19 11:19:05	\N	2025-08-19 16:47:19	\N	\N	10	\N
TKT-00500	phone	troubleshooting	bluetooth pairing fails	open	speakers	9	german	f	t	2025-08-19 17:48:05	\N	2025-08-19 18:15:58	\N	\N	118	\N
\.

COPY interactions (interaction_id, channel, customer_id, interaction_created, handle_time, speed_of_answer, interaction_handled, handled_by, subject, body, ticket_id) FROM stdin WITH (FREEZE);
INT-000001	email	9	2023-09-16 12:42:44	3.2	0.89	2023-09-16 12:45:56	7	Complaint: rude service	Dear team, I am very disappointed. The issue with my speakers (rude service) has cost me a lot of time. I expect a solution.	TKT-00001
INT-000002	email	9	2023-09-16 14:51:13	5.5	1.06	2023-09-16 14:56:43	7	Re: Very disappointed – rude service	Dear team, I am very disappointed. The issue with my speakers (rude service) has cost me a lot of time. I expect a solution.	TKT-00001
INT-000003	phone	66	2023-09-18 07:33:30	7.7	26.00	2023-09-18 07:41:12	5	\N	\N	TKT-00002
INT-000004	phone	66	2023-09-18 09:13:58	7.1	30.00	2023-09-18 09:21:04	5	\N	\N	TKT-00002
INT-000005	phone	66	2023-09-18 09:36:49	12.3	312.00	2023-09-18 09:49:07	5	\N	\N	TKT-00002
INT-000006	phone	66	2023-09-18 10:48:12	12.8	44.00	2023-09-18 11:01:00	1	\N	\N	TKT-00002
INT-000007	chat	67	2023-09-18 10:54:25	17.6	47.00	2023-09-18 11:12:01	2	Question sur votre amplificateur	Bonjour, une petite question sur mon amplificateur	TKT-00003
INT-000008	chat	66	2023-09-18 11:20:32	10.5	7.00	2023-09-18 11:31:02	5	Dossier de réparation de mon casque	Bonjour, demande de réparation sous garantie, pouvez-vous m'aider ?	TKT-00002
INT-000009	phone	66	2023-09-18 11:32:00	20.9	34.00	2023-09-18 11:52:54	5	\N	\N	TKT-00002
INT-000010	phone	66	2023-09-18 12:18:45	9.8	123.00	2023-09-18 12:28:33	5	\N	\N	TKT-00002
INT-000011	phone	66	2023-09-18 12:59:44	6.7	89.00	2023-09-18 13:06:26	1	\N	\N	TKT-00002
INT-000012	chat	107	2023-09-18 17:19:11	4.8	21.00	2023-09-18 17:23:59	1	Prise en charge sous garantie – demande d'appareil de remplacement	Bonjour, j'ai besoin d'aide avec mon casque : demande d'appareil de remplacement	TKT-00004
INT-000013	phone	47	2023-09-18 17:56:20	17.8	22.00	2023-09-18 18:14:08	7	\N	\N	TKT-00005
INT-000014	phone	107	2023-09-18 18:18:23	13.9	65.00	2023-09-18 18:32:17	1	\N	\N	TKT-00004
INT-000015	email	107	2023-09-18 20:03:14	10.2	1.09	2023-09-18 20:13:26	1	RE : Garantie pour mon casque	Bonjour, je souhaite ouvrir un dossier de garantie pour mon casque : demande d'appareil de remplacement. La commande d'origine est ORD-446959.	TKT-00004
INT-000016	chat	107	2023-09-18 20:56:18	16.7	13.00	2023-09-18 21:13:00	2	Prise en charge sous garantie – demande d'appareil de remplacement	Bonjour, je vous contacte au sujet de mon casque (demande d'appareil de remplacement)	TKT-00004
INT-000017	chat	107	2023-09-18 23:02:18	13.1	39.00	2023-09-18 23:15:24	4	Demande SAV : demande d'appareil de remplacement	Bonjour, je vous contacte au sujet de mon casque (demande d'appareil de remplacement)	TKT-00004
INT-000018	phone	66	2023-09-19 18:51:55	24.4	38.00	2023-09-19 19:16:19	1	\N	\N	TKT-00006
INT-000019	phone	66	2023-09-19 21:00:49	5.0	52.00	2023-09-19 21:05:49	1	\N	\N	TKT-00006
INT-000020	phone	66	2023-09-19 21:21:24	13.9	6.00	2023-09-19 21:35:18	1	\N	\N	TKT-00006
INT-000021	phone	66	2023-09-19 22:33:41	20.9	118.00	2023-09-19 22:54:35	1	\N	\N	TKT-00006
INT-000022	chat	35	2023-09-20 09:53:13	14.5	22.00	2023-09-20 10:07:43	4	Dysfonctionnement : bourdonnement ou grésillement	Bonjour, une petite question sur mon tourne-disque	TKT-00007
INT-000023	email	11	2023-09-21 07:40:57	3.0	0.48	2023-09-21 07:43:57	2	Question de facturation : facture avec TVA pour mon entreprise	Bonjour, concernant la commande ORD-717048 de mon amplificateur : facture avec TVA pour mon entreprise. Pourriez-vous vérifier, s'il vous plaît ?	TKT-00008
INT-000024	email	11	2023-09-21 10:06:45	10.2	1.11	2023-09-21 10:16:57	2	RE : Paiement de ma commande – facture avec TVA pour mon entreprise	Bonjour, concernant la commande ORD-717048 de mon amplificateur : facture avec TVA pour mon entreprise. Pourriez-vous vérifier, s'il vous plaît ?	TKT-00008
INT-000025	phone	72	2023-09-25 10:00:27	11.9	181.00	2023-09-25 10:12:21	2	\N	\N	TKT-00010
INT-000026	email	33	2023-09-25 10:05:33	7.9	1.82	2023-09-25 10:13:27	3	Zahlungsfrage: Zahlung fehlgeschlagen	Hallo, ich habe eine Frage zur Abrechnung (Zahlung fehlgeschlagen) für meinen Kopfhörer. Meine Bestellnummer lautet ORD-964468.	TKT-00009
INT-000027	email	33	2023-09-25 11:38:56	3.1	0.84	2023-09-25 11:42:02	3	AW: Anliegen an die Buchhaltung: Zahlung fehlgeschlagen	Guten Tag, könnten Sie mir bitte bei folgendem Anliegen helfen: Zahlung fehlgeschlagen? Es geht um die Bestellung ORD-964468.	TKT-00009
INT-000028	phone	3	2023-09-26 11:02:47	14.9	333.00	2023-09-26 11:17:41	3	\N	\N	TKT-00011
INT-000029	chat	92	2023-09-26 11:55:28	14.1	39.00	2023-09-26 12:09:34	4	Help needed: bluetooth pairing fails on my headphones	Hello, I have an issue: bluetooth pairing fails	TKT-00012
INT-000030	phone	3	2023-09-26 14:21:43	13.0	16.00	2023-09-26 14:34:43	3	\N	\N	TKT-00011
INT-000031	chat	112	2023-09-26 15:17:42	9.4	10.00	2023-09-26 15:27:06	3	Problème avec mon casque : échec de l'appairage Bluetooth	Bonjour, j'ai un problème : échec de l'appairage Bluetooth	TKT-00013
INT-000032	chat	92	2023-09-26 15:26:23	4.8	3.00	2023-09-26 15:31:11	4	My headphones: bluetooth pairing fails	Hello, I'm contacting you about my headphones (bluetooth pairing fails)	TKT-00012
INT-000033	chat	112	2023-09-26 21:05:31	8.9	58.00	2023-09-26 21:14:25	3	Dysfonctionnement : échec de l'appairage Bluetooth	Bonjour, échec de l'appairage Bluetooth, pouvez-vous m'aider ?	TKT-00013
INT-000034	phone	56	2023-09-26 22:01:44	5.4	350.00	2023-09-26 22:07:08	8	\N	\N	TKT-00014
INT-000035	phone	14	2023-09-27 07:56:40	7.7	8.00	2023-09-27 08:04:22	7	\N	\N	TKT-00015
INT-000036	email	14	2023-09-27 12:31:37	7.7	0.48	2023-09-27 12:39:19	3	RE : Question de facturation : demande de facture	Bonjour, ma demande porte sur la commande ORD-734247 : demande de facture. Dans l'attente de votre réponse, je vous remercie.	TKT-00015
INT-000037	phone	22	2023-09-29 08:21:35	4.0	22.00	2023-09-29 08:25:35	3	\N	\N	TKT-00016
INT-000038	phone	22	2023-09-29 11:49:18	43.4	19.00	2023-09-29 12:32:42	3	\N	\N	TKT-00016
INT-000039	phone	75	2023-09-30 06:25:52	7.0	255.00	2023-09-30 06:32:52	8	\N	\N	TKT-00017
INT-000040	email	109	2023-09-30 10:13:22	2.5	0.60	2023-09-30 10:15:52	5	Formal complaint regarding my turntable	To whom it may concern, I am writing to complain about the following: unhappy with the repair. I would like this to be escalated.	TKT-00018
INT-000041	phone	75	2023-09-30 10:37:26	10.0	43.00	2023-09-30 10:47:26	8	\N	\N	TKT-00017
INT-000042	email	109	2023-09-30 15:22:14	8.8	1.86	2023-09-30 15:31:02	5	Re: Very disappointed – unhappy with the repair	Hello, this is my third message about my turntable. Reason for my complaint: unhappy with the repair. Please respond promptly.	TKT-00018
INT-000043	phone	34	2023-09-30 15:34:41	9.9	35.00	2023-09-30 15:44:35	8	\N	\N	TKT-00019
INT-000044	chat	34	2023-09-30 18:59:39	25.2	35.00	2023-09-30 19:24:51	8	Demande d'aide – son distordu	Bonjour, j'ai besoin d'aide avec mon tourne-disque : son distordu	TKT-00019
INT-000045	chat	110	2023-10-02 09:32:04	10.2	18.00	2023-10-02 09:42:16	8	Unzufrieden mit Ihrem Service: unzufrieden mit der Reparatur	Hallo, ich brauche Hilfe mit meinem Plattenspieler: unzufrieden mit der Reparatur	TKT-00020
INT-000046	email	15	2023-10-02 14:08:52	9.4	0.85	2023-10-02 14:18:16	5	Very disappointed – long waiting time	Hi, this is simply not acceptable. Complaint: long waiting time. I would like to speak to a manager.	TKT-00021
INT-000047	phone	15	2023-10-03 05:26:03	15.9	47.00	2023-10-03 05:41:57	6	\N	\N	TKT-00022
INT-000048	phone	110	2023-10-04 12:08:22	12.6	16.00	2023-10-04 12:20:58	4	\N	\N	TKT-00023
INT-000049	chat	96	2023-10-05 11:35:25	13.4	16.00	2023-10-05 11:48:49	6	Problème de livraison : colis arrivé endommagé	Bonjour, j'ai un problème : colis arrivé endommagé	TKT-00024
INT-000050	chat	39	2023-10-08 11:46:14	6.5	46.00	2023-10-08 11:52:44	4	Very disappointed – long waiting time	Hello, I have an issue: long waiting time	TKT-00025
INT-000051	email	83	2023-10-10 10:10:05	8.7	0.25	2023-10-10 10:18:47	8	Bitte um Hilfe: Bluetooth-Kopplung schlägt fehl	Sehr geehrte Damen und Herren, bei meinem Lautsprecher tritt folgender Fehler auf: Bluetooth-Kopplung schlägt fehl. Ich habe die Schritte aus der Anleitung befolgt, leider ohne Erfolg.	TKT-00026
INT-000052	email	36	2023-10-10 11:21:14	5.0	1.13	2023-10-10 11:26:14	7	Help needed: no sound on my headphones	Good morning, I bought the headphones from you a few months ago and now have the following problem: no sound. Is there a fix for this?	TKT-00027
INT-000053	email	83	2023-10-10 15:14:31	4.4	0.75	2023-10-10 15:18:55	1	AW: Technische Störung – Bluetooth-Kopplung schlägt fehl	Guten Tag, gibt es eine bekannte Lösung für dieses Problem mit meinem Lautsprecher: Bluetooth-Kopplung schlägt fehl? Vielen Dank im Voraus.	TKT-00026
INT-000054	phone	115	2023-10-11 09:52:31	3.2	22.00	2023-10-11 09:55:43	4	\N	\N	TKT-00028
INT-000055	chat	115	2023-10-11 10:35:53	10.9	46.00	2023-10-11 10:46:47	4	Suivi de commande : commande toujours pas livrée	Bonjour, commande toujours pas livrée, pouvez-vous m'aider ?	TKT-00028
INT-000056	phone	4	2023-10-11 17:06:04	6.6	33.00	2023-10-11 17:12:40	8	\N	\N	TKT-00029
INT-000057	phone	4	2023-10-11 20:16:49	8.6	68.00	2023-10-11 20:25:25	8	\N	\N	TKT-00029
INT-000058	phone	112	2023-10-13 08:08:41	14.5	183.00	2023-10-13 08:23:11	8	\N	\N	TKT-00030
INT-000059	phone	112	2023-10-13 09:03:12	5.6	16.00	2023-10-13 09:08:48	7	\N	\N	TKT-00030
INT-000060	phone	112	2023-10-13 09:26:45	4.7	34.00	2023-10-13 09:31:27	2	\N	\N	TKT-00030
INT-000061	phone	112	2023-10-13 09:32:59	6.6	60.00	2023-10-13 09:39:35	8	\N	\N	TKT-00030
INT-000062	phone	112	2023-10-13 09:56:18	9.1	30.00	2023-10-13 10:05:24	2	\N	\N	TKT-00030
INT-000063	phone	49	2023-10-13 10:24:23	11.5	51.00	2023-10-13 10:35:53	1	\N	\N	TKT-00031
INT-000064	phone	112	2023-10-13 10:35:14	8.3	24.00	2023-10-13 10:43:32	8	\N	\N	TKT-00030
INT-000065	phone	112	2023-10-13 10:51:50	6.2	92.00	2023-10-13 10:58:02	8	\N	\N	TKT-00030
INT-000066	phone	112	2023-10-13 11:14:20	13.7	26.00	2023-10-13 11:28:02	8	\N	\N	TKT-00030
INT-000067	chat	112	2023-10-13 13:05:51	17.7	24.00	2023-10-13 13:23:33	8	Dossier de réparation de mon enceinte	Bonjour, demande d'appareil de remplacement, pouvez-vous m'aider ?	TKT-00030
INT-000068	chat	10	2023-10-16 10:16:21	15.3	65.00	2023-10-16 10:31:39	4	Dysfonctionnement : pas de son	Bonjour, une petite question sur mon tourne-disque	TKT-00033
INT-000069	email	56	2023-10-16 10:36:49	7.2	1.23	2023-10-16 10:44:01	7	Repair enquiry: warranty repair request	Hi, I am writing about the repair of my speakers (warranty repair request). Order reference: ORD-797312.	TKT-00032
INT-000070	chat	56	2023-10-16 11:11:47	14.0	50.00	2023-10-16 11:25:47	7	Repair enquiry: warranty repair request	Hello, I'm contacting you about my speakers (warranty repair request)	TKT-00032
INT-000071	chat	10	2023-10-16 11:55:43	12.6	20.00	2023-10-16 12:08:19	4	Assistance technique pour mon tourne-disque	Bonjour, je vous contacte au sujet de mon tourne-disque (pas de son)	TKT-00033
INT-000072	email	56	2023-10-16 13:45:47	4.7	1.41	2023-10-16 13:50:29	7	Re: Warranty claim for my speakers	Hi, I am writing about the repair of my speakers (warranty repair request). Order reference: ORD-797312.	TKT-00032
INT-000073	email	56	2023-10-16 14:44:26	14.2	0.48	2023-10-16 14:58:38	7	Re: RMA request for my speakers	Hi, I am writing about the repair of my speakers (warranty repair request). Order reference: ORD-797312.	TKT-00032
INT-000074	phone	104	2023-10-17 16:19:43	31.2	22.00	2023-10-17 16:50:55	3	\N	\N	TKT-00034
INT-000075	phone	104	2023-10-17 18:00:50	8.3	27.00	2023-10-17 18:09:08	3	\N	\N	TKT-00034
INT-000076	chat	104	2023-10-17 19:29:36	9.3	9.00	2023-10-17 19:38:54	3	Frage zum Versand: Sendungsverfolgung nicht aktualisiert	Hallo, ich habe eine Frage zu meinem Lautsprecher (Sendungsverfolgung nicht aktualisiert)	TKT-00034
INT-000077	chat	67	2023-10-20 09:44:44	16.0	352.00	2023-10-20 10:00:44	7	Dossier de réparation de mon casque	Bonjour, mon problème : demande de réparation sous garantie	TKT-00035
INT-000078	chat	67	2023-10-20 10:24:29	6.5	18.00	2023-10-20 10:30:59	7	Dossier de réparation de mon casque	Bonjour, je vous contacte au sujet de mon casque (demande de réparation sous garantie)	TKT-00035
INT-000079	chat	67	2023-10-20 11:11:56	14.1	31.00	2023-10-20 11:26:02	7	Retour / réparation : demande de réparation sous garantie	Bonjour, j'ai un problème : demande de réparation sous garantie	TKT-00035
INT-000080	phone	29	2023-10-20 11:26:52	3.0	167.00	2023-10-20 11:29:52	8	\N	\N	TKT-00036
INT-000081	phone	29	2023-10-20 11:58:59	8.0	50.00	2023-10-20 12:06:59	8	\N	\N	TKT-00036
INT-000082	chat	67	2023-10-20 12:36:16	20.2	29.00	2023-10-20 12:56:28	6	Retour / réparation : demande de réparation sous garantie	Bonjour, j'ai besoin d'aide avec mon casque : demande de réparation sous garantie	TKT-00035
INT-000083	email	29	2023-10-20 13:08:29	3.8	0.97	2023-10-20 13:12:17	2	RE : Retour / réparation : état d'avancement de la réparation	Bonjour, je souhaite ouvrir un dossier de garantie pour mon amplificateur : état d'avancement de la réparation. La commande d'origine est ORD-607798.	TKT-00036
INT-000084	chat	67	2023-10-20 14:07:34	8.7	45.00	2023-10-20 14:16:16	1	Dossier de réparation de mon casque	Bonjour, quelqu'un est disponible ? C'est au sujet de mon casque.	TKT-00035
INT-000085	email	29	2023-10-20 14:33:27	2.6	0.69	2023-10-20 14:36:03	8	RE : Prise en charge sous garantie – état d'avancement de la réparation	Bonjour, je souhaite retourner mon amplificateur au titre de la garantie. Motif : état d'avancement de la réparation. Comment dois-je procéder ?	TKT-00036
INT-000086	phone	29	2023-10-20 14:49:40	9.0	25.00	2023-10-20 14:58:40	6	\N	\N	TKT-00036
INT-000087	phone	29	2023-10-20 15:40:30	2.6	37.00	2023-10-20 15:43:06	8	\N	\N	TKT-00036
INT-000088	email	29	2023-10-20 17:13:50	9.1	0.21	2023-10-20 17:22:56	1	RE : Dossier de réparation de mon amplificateur	Bonjour, je souhaite ouvrir un dossier de garantie pour mon amplificateur : état d'avancement de la réparation. La commande d'origine est ORD-607798.	TKT-00036
INT-000089	phone	52	2023-10-24 07:10:16	7.7	81.00	2023-10-24 07:17:58	2	\N	\N	TKT-00037
INT-000090	email	52	2023-10-24 14:26:14	4.6	2.19	2023-10-24 14:30:50	2	Renseignements sur votre casque : quel amplificateur pour mes enceintes	Bonjour, votre casque m'intéresse et j'ai une question (quel amplificateur pour mes enceintes). Pourriez-vous me conseiller ?	TKT-00038
INT-000091	email	97	2023-10-24 15:22:11	4.7	0.78	2023-10-24 15:26:53	6	Pre-sales question: technical specifications	Hi, before I buy the headphones, I would like to know more: technical specifications. Thanks!	TKT-00039
INT-000092	chat	113	2023-10-26 09:37:50	6.8	14.00	2023-10-26 09:44:38	5	Question de facturation : remboursement non reçu	Bonjour, j'ai besoin d'aide avec mon casque : remboursement non reçu	TKT-00041
INT-000093	email	49	2023-10-26 09:44:15	8.6	0.25	2023-10-26 09:52:51	3	Suivi de commande : changement d'adresse de livraison	Bonjour, concernant la livraison de mon tourne-disque : changement d'adresse de livraison. Pouvez-vous me dire quelle est la prochaine étape ?	TKT-00040
INT-000094	chat	113	2023-10-26 13:14:15	6.1	56.00	2023-10-26 13:20:21	5	Service comptabilité : remboursement non reçu	Bonjour, remboursement non reçu, pouvez-vous m'aider ?	TKT-00041
INT-000095	chat	24	2023-10-26 13:22:52	7.7	23.00	2023-10-26 13:30:34	7	Frage zum Versand: Sendungsverfolgung nicht aktualisiert	Hallo, ich brauche Hilfe mit meinem Kopfhörer: Sendungsverfolgung nicht aktualisiert	TKT-00042
INT-000096	email	49	2023-10-26 14:13:13	10.9	0.69	2023-10-26 14:24:07	3	RE : Problème de livraison : changement d'adresse de livraison	Bonjour, concernant la livraison de mon tourne-disque : changement d'adresse de livraison. Pouvez-vous me dire quelle est la prochaine étape ?	TKT-00040
INT-000097	chat	24	2023-10-26 14:20:41	9.3	11.00	2023-10-26 14:29:59	7	Meine Bestellung (Kopfhörer) – Sendungsverfolgung nicht aktualisiert	Guten Tag, ich habe ein Problem: Sendungsverfolgung nicht aktualisiert	TKT-00042
INT-000098	chat	74	2023-10-27 11:18:09	17.2	9.00	2023-10-27 11:35:21	7	Question sur l'expédition de mon casque	Bonjour, quelqu'un est disponible ? C'est au sujet de mon casque.	TKT-00043
INT-000099	phone	117	2023-10-27 11:25:27	2.1	31.00	2023-10-27 11:27:33	5	\N	\N	TKT-00044
INT-000100	chat	74	2023-10-27 16:35:44	15.7	11.00	2023-10-27 16:51:26	7	Question sur l'expédition de mon casque	Bonjour, je vous contacte au sujet de mon casque (mauvais article livré)	TKT-00043
INT-000101	phone	117	2023-10-27 16:37:17	14.1	163.00	2023-10-27 16:51:23	5	\N	\N	TKT-00044
INT-000102	phone	43	2023-10-27 18:23:15	11.8	57.00	2023-10-27 18:35:03	6	\N	\N	TKT-00045
INT-000103	phone	43	2023-10-27 23:37:15	5.9	30.00	2023-10-27 23:43:09	6	\N	\N	TKT-00045
INT-000104	email	105	2023-10-28 19:42:41	7.9	1.09	2023-10-28 19:50:35	7	Delivery issue: change of delivery address	Hello, concerning the delivery of my headphones: change of delivery address. Can you tell me what happens next?	TKT-00046
INT-000105	phone	60	2023-10-31 09:12:41	5.3	62.00	2023-10-31 09:17:59	2	\N	\N	TKT-00047
INT-000106	email	1	2023-11-03 14:50:21	6.2	1.00	2023-11-03 14:56:33	4	Livraison de mon casque – mauvais article livré	Madame, Monsieur, je vous contacte pour un problème de livraison : mauvais article livré. La référence de commande est ORD-358558. Merci de m'indiquer la marche à suivre.	TKT-00048
INT-000107	email	1	2023-11-03 18:48:04	11.6	1.27	2023-11-03 18:59:40	4	RE : Livraison de mon casque – mauvais article livré	Bonjour, pourriez-vous m'aider avec la commande ORD-358558 ? Le problème : mauvais article livré. Merci.	TKT-00048
INT-000108	email	112	2023-11-06 12:00:27	13.1	0.66	2023-11-06 12:13:33	3	Question avant achat : quel amplificateur pour mes enceintes	Bonjour, petite question sur votre enceinte : quel amplificateur pour mes enceintes. Où puis-je trouver plus de détails ?	TKT-00049
INT-000109	email	119	2023-11-07 18:02:42	4.3	1.54	2023-11-07 18:07:00	5	My headphones order – parts missing from the box	Dear support, I am contacting you about a delivery issue: parts missing from the box. The order reference is ORD-924849. Please advise how to proceed.	TKT-00050
INT-000110	email	119	2023-11-07 19:20:40	6.0	1.22	2023-11-07 19:26:40	5	Re: Problem with the delivery of my headphones	Hi, I ordered the headphones last week and there is a problem (parts missing from the box). My order number is ORD-924849.	TKT-00050
INT-000111	email	119	2023-11-07 21:19:59	15.3	0.35	2023-11-07 21:35:17	6	Re: Delivery issue: parts missing from the box	Hi, I need help with the shipment of my headphones – parts missing from the box. I would appreciate a quick reply.	TKT-00050
INT-000112	chat	18	2023-11-12 08:11:23	14.3	10.00	2023-11-12 08:25:41	2	Question about my payment – refund not received	Good morning, my problem is: refund not received	TKT-00051
INT-000113	chat	18	2023-11-12 10:32:38	7.8	78.00	2023-11-12 10:40:26	2	Billing query: refund not received	Hello, I'm contacting you about my turntable (refund not received)	TKT-00051
INT-000114	chat	36	2023-11-13 10:08:41	20.3	33.00	2023-11-13 10:28:59	7	Question about the headphones	Hi, is anyone available? It's about my headphones.	TKT-00052
INT-000115	phone	70	2023-11-15 12:15:22	10.3	267.00	2023-11-15 12:25:40	5	\N	\N	TKT-00053
INT-000116	email	105	2023-11-15 17:18:31	9.1	2.01	2023-11-15 17:27:37	1	Formal complaint regarding my headphones	Hello, this is my third message about my headphones. Reason for my complaint: recurring fault. Please respond promptly.	TKT-00054
INT-000117	email	105	2023-11-15 18:43:01	10.8	0.98	2023-11-15 18:53:49	1	Re: Escalation request: recurring fault	Hello, I wish to make a complaint: recurring fault. This is not the service I expect from your company.	TKT-00054
INT-000118	email	93	2023-11-15 20:35:13	3.5	0.16	2023-11-15 20:38:43	3	Problème de livraison : changement d'adresse de livraison	Madame, Monsieur, je vous contacte pour un problème de livraison : changement d'adresse de livraison. La référence de commande est ORD-774591. Merci de m'indiquer la marche à suivre.	TKT-00055
INT-000119	email	93	2023-11-16 00:41:28	4.9	0.73	2023-11-16 00:46:22	3	RE : Problème de livraison : changement d'adresse de livraison	Bonjour, pourriez-vous m'aider avec la commande ORD-774591 ? Le problème : changement d'adresse de livraison. Merci.	TKT-00055
INT-000120	chat	20	2023-11-16 08:47:53	17.4	21.00	2023-11-16 09:05:17	1	Assistance technique pour mon enceinte	Bonjour, une petite question sur mon enceinte	TKT-00056
INT-000121	chat	57	2023-11-16 12:43:33	29.1	22.00	2023-11-16 13:12:39	7	Fault report for my turntable: power or battery problem	Hi there – power or battery problem, can you help?	TKT-00057
INT-000122	phone	57	2023-11-16 14:04:03	7.6	98.00	2023-11-16 14:11:39	7	\N	\N	TKT-00057
INT-000123	chat	85	2023-11-17 06:30:15	20.7	45.00	2023-11-17 06:50:57	1	Technische Störung – Bluetooth-Kopplung schlägt fehl	Hallo, ich brauche Hilfe mit meinem Plattenspieler: Bluetooth-Kopplung schlägt fehl	TKT-00058
INT-000124	chat	85	2023-11-17 10:01:47	10.2	40.00	2023-11-17 10:11:59	1	Defekt an meinem Plattenspieler: Bluetooth-Kopplung schlägt fehl	Guten Tag, ich habe ein Problem: Bluetooth-Kopplung schlägt fehl	TKT-00058
INT-000125	email	101	2023-11-17 18:23:35	5.2	0.95	2023-11-17 18:28:47	3	Quick question about the headphones: app features	Hi, quick question about the headphones: app features. Where can I find more details?	TKT-00059
INT-000126	email	32	2023-11-18 18:13:08	6.8	0.60	2023-11-18 18:19:56	4	Panne de mon amplificateur : pas de son	Bonjour, mon amplificateur ne fonctionne plus correctement. Le problème : pas de son. Dois-je vous envoyer l'appareil ?	TKT-00060
INT-000127	email	12	2023-11-20 12:29:04	12.6	0.50	2023-11-20 12:41:40	3	Bitte um Hilfe: kein Ton	Guten Tag, ich habe Ihren Kopfhörer vor einigen Monaten gekauft und nun folgendes Problem: kein Ton. Gibt es dafür eine Lösung?	TKT-00061
INT-000128	email	12	2023-11-20 17:35:44	4.3	1.25	2023-11-20 17:40:02	3	AW: Störung bei meinem Kopfhörer	Guten Tag, gibt es eine bekannte Lösung für dieses Problem mit meinem Kopfhörer: kein Ton? Vielen Dank im Voraus.	TKT-00061
INT-000129	email	82	2023-11-20 20:14:00	8.9	0.52	2023-11-20 20:22:54	7	RMA request for my turntable	Hello, I would like to return my turntable under the warranty. Reason: repair status update. How should I proceed?	TKT-00062
INT-000130	email	82	2023-11-20 21:02:03	12.9	0.15	2023-11-20 21:14:57	7	Re: Return/repair: repair status update	Good afternoon, the device was bought with order ORD-627522. My request: repair status update. Thank you in advance.	TKT-00062
INT-000131	email	82	2023-11-20 21:51:57	11.4	0.58	2023-11-20 22:03:21	5	Re: Return/repair: repair status update	Hello, I would like to return my turntable under the warranty. Reason: repair status update. How should I proceed?	TKT-00062
INT-000132	email	82	2023-11-21 00:00:37	4.5	0.46	2023-11-21 00:05:07	7	Re: Warranty case for my turntable: repair status update	Hello, I would like to return my turntable under the warranty. Reason: repair status update. How should I proceed?	TKT-00062
INT-000133	email	82	2023-11-21 01:34:48	5.6	0.90	2023-11-21 01:40:24	7	Re: Warranty claim for my turntable	Hello, I would like to return my turntable under the warranty. Reason: repair status update. How should I proceed?	TKT-00062
INT-000134	chat	56	2023-11-21 16:23:35	12.7	13.00	2023-11-21 16:36:17	2	Technical issue (no sound)	Hello, quick question about my amplifier	TKT-00063
INT-000135	phone	7	2023-11-23 10:19:48	14.8	71.00	2023-11-23 10:34:36	8	\N	\N	TKT-00064
INT-000136	phone	7	2023-11-23 15:32:49	5.2	5.00	2023-11-23 15:38:01	8	\N	\N	TKT-00064
INT-000137	email	83	2023-11-24 12:34:20	11.3	1.74	2023-11-24 12:45:38	6	Informationen zum Kopfhörer: Empfehlung für Nadel oder Tonabnehmer	Guten Tag, eine kurze Frage zu Ihrem Kopfhörer: Empfehlung für Nadel oder Tonabnehmer. Wo finde ich weitere Details?	TKT-00065
INT-000138	phone	1	2023-11-26 10:36:38	5.3	23.00	2023-11-26 10:41:56	6	\N	\N	TKT-00066
INT-000139	email	1	2023-11-26 14:02:12	6.4	1.67	2023-11-26 14:08:36	6	RE : Dysfonctionnement : pas de son	Bonjour, j'ai acheté votre amplificateur il y a quelques mois et j'ai maintenant ce problème : pas de son. Existe-t-il une solution ?	TKT-00066
INT-000140	email	77	2023-11-28 13:28:23	10.2	1.55	2023-11-28 13:38:35	6	Product information request: app features	Hi, before I buy the headphones, I would like to know more: app features. Thanks!	TKT-00067
INT-000141	email	20	2023-12-01 15:48:46	6.5	0.89	2023-12-01 15:55:16	1	Problème de livraison : colis arrivé endommagé	Bonjour, pourriez-vous m'aider avec la commande ORD-862387 ? Le problème : colis arrivé endommagé. Merci.	TKT-00068
INT-000142	email	20	2023-12-01 19:03:37	2.6	1.28	2023-12-01 19:06:13	1	RE : Livraison de mon casque – colis arrivé endommagé	Bonjour, concernant la livraison de mon casque : colis arrivé endommagé. Pouvez-vous me dire quelle est la prochaine étape ?	TKT-00068
INT-000143	email	20	2023-12-01 20:31:54	6.9	1.34	2023-12-01 20:38:48	1	RE : Question sur l'expédition de mon casque	Bonjour, j'ai commandé mon casque la semaine dernière et il y a un problème : colis arrivé endommagé. Numéro de commande : ORD-862387.	TKT-00068
INT-000144	phone	27	2023-12-03 09:01:08	5.3	6.00	2023-12-03 09:06:26	5	\N	\N	TKT-00069
INT-000145	phone	69	2023-12-05 08:20:11	5.1	21.00	2023-12-05 08:25:17	4	\N	\N	TKT-00070
INT-000146	phone	69	2023-12-05 08:45:16	18.6	16.00	2023-12-05 09:03:52	4	\N	\N	TKT-00070
INT-000147	phone	106	2023-12-05 13:23:45	10.9	66.00	2023-12-05 13:34:39	3	\N	\N	TKT-00071
INT-000148	email	41	2023-12-05 15:17:56	12.4	0.39	2023-12-05 15:30:20	6	Meine Bestellung (Lautsprecher) – falscher Artikel geliefert	Guten Tag, bei meiner Bestellung ORD-326550 (Lautsprecher) gibt es ein Problem: falscher Artikel geliefert. Könnten Sie das bitte prüfen?	TKT-00072
INT-000149	email	41	2023-12-05 16:38:53	11.9	0.88	2023-12-05 16:50:47	2	AW: Meine Bestellung (Lautsprecher) – falscher Artikel geliefert	Sehr geehrte Damen und Herren, ich wende mich wegen eines Lieferproblems an Sie: falscher Artikel geliefert. Die Bestellnummer lautet ORD-326550. Wie geht es nun weiter?	TKT-00072
INT-000150	email	81	2023-12-06 10:56:19	6.4	0.29	2023-12-06 11:02:43	1	Complaint: issue still unresolved	Hello, I wish to make a complaint: issue still unresolved. This is not the service I expect from your company.	TKT-00073
INT-000151	phone	81	2023-12-06 15:08:20	5.1	19.00	2023-12-06 15:13:26	1	\N	\N	TKT-00073
INT-000152	chat	33	2023-12-10 13:41:31	15.0	24.00	2023-12-10 13:56:31	1	Defekt an meinem Lautsprecher: Problem mit Akku oder Stromversorgung	Hallo, ich habe eine Frage zu meinem Lautsprecher (Problem mit Akku oder Stromversorgung)	TKT-00074
INT-000153	email	27	2023-12-11 17:31:32	3.8	0.86	2023-12-11 17:35:20	5	Fault report for my headphones: no sound	Good morning, I bought the headphones from you a few months ago and now have the following problem: no sound. Is there a fix for this?	TKT-00075
INT-000154	email	27	2023-12-11 19:38:49	7.7	0.81	2023-12-11 19:46:31	5	Re: Technical issue (no sound)	Dear support team, the fault with my headphones is: no sound. I followed the steps in the manual, but nothing changed.	TKT-00075
INT-000155	phone	24	2023-12-12 14:58:41	13.9	61.00	2023-12-12 15:12:35	2	\N	\N	TKT-00076
INT-000156	email	47	2023-12-13 11:22:36	6.2	0.22	2023-12-13 11:28:48	1	Order for my turntable: invoice request	Hello, there was a problem with the payment for my turntable: invoice request. Please let me know what I need to do.	TKT-00077
INT-000157	email	47	2023-12-13 13:51:54	3.1	1.30	2023-12-13 13:55:00	1	Re: Accounts enquiry: invoice request	Hello, there was a problem with the payment for my turntable: invoice request. Please let me know what I need to do.	TKT-00077
INT-000158	phone	101	2023-12-13 14:04:17	13.0	114.00	2023-12-13 14:17:17	5	\N	\N	TKT-00078
INT-000159	phone	101	2023-12-13 16:38:59	7.7	8.00	2023-12-13 16:46:41	7	\N	\N	TKT-00078
INT-000160	chat	2	2023-12-15 15:06:47	7.8	4.00	2023-12-15 15:14:35	5	Help needed: distorted sound on my speakers	Hello, I have an issue: distorted sound	TKT-00079
INT-000161	chat	2	2023-12-15 20:36:14	6.5	24.00	2023-12-15 20:42:44	5	Problem with my speakers – distorted sound	Hello, I have an issue: distorted sound	TKT-00079
INT-000162	phone	103	2023-12-18 16:48:34	7.7	49.00	2023-12-18 16:56:16	7	\N	\N	TKT-00080
INT-000163	phone	103	2023-12-18 17:29:43	7.1	66.00	2023-12-18 17:36:49	7	\N	\N	TKT-00080
INT-000164	chat	1	2023-12-19 08:50:02	5.9	7.00	2023-12-19 08:55:56	4	Problème avec mon enceinte : échec de l'appairage Bluetooth	Bonjour, une petite question sur mon enceinte	TKT-00081
INT-000165	chat	1	2023-12-19 09:00:41	8.9	45.00	2023-12-19 09:09:35	4	Demande d'aide – échec de l'appairage Bluetooth	Bonjour, mon problème : échec de l'appairage Bluetooth	TKT-00081
INT-000166	email	49	2023-12-20 16:15:53	8.0	0.68	2023-12-20 16:23:53	7	Suivi de commande : suivi du colis non mis à jour	Bonjour, concernant la livraison de mon amplificateur : suivi du colis non mis à jour. Pouvez-vous me dire quelle est la prochaine étape ?	TKT-00082
INT-000167	email	49	2023-12-20 17:39:00	7.5	0.22	2023-12-20 17:46:30	7	RE : Livraison de mon amplificateur – suivi du colis non mis à jour	Bonjour, j'ai commandé mon amplificateur la semaine dernière et il y a un problème : suivi du colis non mis à jour. Numéro de commande : ORD-618439.	TKT-00082
INT-000168	email	17	2023-12-20 21:44:43	9.6	1.07	2023-12-20 21:54:19	7	Zahlung meiner Bestellung – Erstattung noch nicht erhalten	Guten Tag, zu meiner Bestellung ORD-670750 (Plattenspieler): Erstattung noch nicht erhalten. Könnten Sie das bitte prüfen?	TKT-00083
INT-000169	email	17	2023-12-21 01:02:41	6.7	0.60	2023-12-21 01:09:23	7	AW: Frage zur Abrechnung: Erstattung noch nicht erhalten	Guten Tag, könnten Sie mir bitte bei folgendem Anliegen helfen: Erstattung noch nicht erhalten? Es geht um die Bestellung ORD-670750.	TKT-00083
INT-000170	phone	35	2023-12-22 14:18:26	7.1	73.00	2023-12-22 14:25:32	7	\N	\N	TKT-00084
INT-000171	email	106	2023-12-22 19:09:03	6.4	0.51	2023-12-22 19:15:27	2	Technische Störung – Problem mit Akku oder Stromversorgung	Guten Tag, gibt es eine bekannte Lösung für dieses Problem mit meinem Lautsprecher: Problem mit Akku oder Stromversorgung? Vielen Dank im Voraus.	TKT-00085
INT-000172	email	51	2023-12-23 14:23:26	9.6	1.39	2023-12-23 14:33:02	5	Zahlungsfrage: Zahlung fehlgeschlagen	Guten Tag, zu meiner Bestellung ORD-642158 (Kopfhörer): Zahlung fehlgeschlagen. Könnten Sie das bitte prüfen?	TKT-00086
INT-000173	email	51	2023-12-23 18:23:46	3.3	0.33	2023-12-23 18:27:04	5	AW: Zahlungsfrage: Zahlung fehlgeschlagen	Guten Tag, könnten Sie mir bitte bei folgendem Anliegen helfen: Zahlung fehlgeschlagen? Es geht um die Bestellung ORD-642158.	TKT-00086
INT-000174	email	101	2023-12-24 11:47:30	6.8	0.92	2023-12-24 11:54:18	8	Warranty case for my turntable: warranty repair request	Hello, I would like to return my turntable under the warranty. Reason: warranty repair request. How should I proceed?	TKT-00087
INT-000175	email	101	2023-12-24 15:10:11	5.7	0.59	2023-12-24 15:15:53	8	Re: Return/repair: warranty repair request	Hello, I would like to open a warranty case for my turntable: warranty repair request. The original order was ORD-641891.	TKT-00087
INT-000176	phone	64	2023-12-27 13:08:33	16.5	53.00	2023-12-27 13:25:03	1	\N	\N	TKT-00088
INT-000177	phone	92	2023-12-28 08:59:49	17.4	98.00	2023-12-28 09:17:13	8	\N	\N	TKT-00089
INT-000178	chat	63	2023-12-28 13:06:02	10.3	29.00	2023-12-28 13:16:20	6	Problem with the delivery of my turntable	Hello, I'm contacting you about my turntable (change of delivery address)	TKT-00090
INT-000179	chat	63	2023-12-28 13:43:46	8.4	4.00	2023-12-28 13:52:10	6	Order enquiry: change of delivery address	Hi, is anyone available? It's about my turntable.	TKT-00090
INT-000180	phone	92	2023-12-28 13:48:46	4.8	5.00	2023-12-28 13:53:34	8	\N	\N	TKT-00089
INT-000181	email	63	2023-12-28 16:32:15	4.9	0.92	2023-12-28 16:37:09	6	Re: Problem with the delivery of my turntable	Dear support, I am contacting you about a delivery issue: change of delivery address. The order reference is ORD-265233. Please advise how to proceed.	TKT-00090
INT-000182	chat	63	2023-12-28 17:46:48	8.0	45.00	2023-12-28 17:54:48	3	Delivery issue: change of delivery address	Hello, I have an issue: change of delivery address	TKT-00090
INT-000183	phone	13	2023-12-29 10:31:46	6.9	25.00	2023-12-29 10:38:40	3	\N	\N	TKT-00091
INT-000184	email	70	2023-12-29 19:23:37	5.9	1.86	2023-12-29 19:29:31	8	Rücksendung/Reparatur: Stand der Reparatur	Guten Tag, können Sie mir bitte den aktuellen Stand zu meinem Fall mitteilen (Stand der Reparatur)? Bestellnummer: ORD-687870.	TKT-00092
INT-000185	phone	70	2023-12-29 19:30:52	10.5	49.00	2023-12-29 19:41:22	8	\N	\N	TKT-00092
INT-000186	email	70	2023-12-29 20:24:17	7.6	0.67	2023-12-29 20:31:53	8	AW: RMA-Anfrage zu meinem Plattenspieler	Guten Tag, können Sie mir bitte den aktuellen Stand zu meinem Fall mitteilen (Stand der Reparatur)? Bestellnummer: ORD-687870.	TKT-00092
INT-000187	email	70	2023-12-29 21:04:25	4.1	0.50	2023-12-29 21:08:31	8	AW: Gewährleistung – Stand der Reparatur	Sehr geehrte Damen und Herren, es geht um meinen Plattenspieler: Stand der Reparatur. Bitte teilen Sie mir mit, wie ich das Gerät einsenden kann.	TKT-00092
INT-000188	email	70	2023-12-29 22:25:58	2.2	0.74	2023-12-29 22:28:10	8	AW: RMA-Anfrage zu meinem Plattenspieler	Guten Tag, ich möchte meinen Plattenspieler im Rahmen der Garantie zurückschicken. Grund: Stand der Reparatur. Wie soll ich vorgehen?	TKT-00092
INT-000189	email	70	2023-12-29 23:18:24	9.0	0.74	2023-12-29 23:27:24	8	AW: Reparaturanfrage für meinen Plattenspieler	Guten Tag, ich möchte meinen Plattenspieler im Rahmen der Garantie zurückschicken. Grund: Stand der Reparatur. Wie soll ich vorgehen?	TKT-00092
INT-000190	email	66	2023-12-30 16:00:23	8.2	0.26	2023-12-30 16:08:35	1	Réclamation concernant mon enceinte	Madame, Monsieur, je vous écris pour me plaindre de la situation suivante : temps d'attente trop long. Je souhaite que ma demande soit transmise à un responsable.	TKT-00093
INT-000191	email	66	2023-12-30 18:23:39	3.6	0.82	2023-12-30 18:27:15	1	RE : Réclamation : temps d'attente trop long	Bonjour, je souhaite déposer une réclamation : temps d'attente trop long. Ce n'est pas le service que j'attends de votre entreprise.	TKT-00093
INT-000192	phone	115	2024-01-01 15:56:23	5.4	102.00	2024-01-01 16:01:47	7	\N	\N	TKT-00094
INT-000193	phone	115	2024-01-01 16:17:57	7.2	63.00	2024-01-01 16:25:09	1	\N	\N	TKT-00094
INT-000194	email	58	2024-01-02 09:51:10	13.4	2.05	2024-01-02 10:04:34	8	Problem with my headphones – bluetooth pairing fails	Good morning, I bought the headphones from you a few months ago and now have the following problem: bluetooth pairing fails. Is there a fix for this?	TKT-00095
INT-000195	chat	44	2024-01-02 10:35:53	8.8	48.00	2024-01-02 10:44:41	7	Question about the amplifier	Hello, quick question about my amplifier	TKT-00096
INT-000196	phone	80	2024-01-02 10:52:57	9.0	45.00	2024-01-02 11:01:57	7	\N	\N	TKT-00097
INT-000197	chat	58	2024-01-02 12:03:18	7.2	36.00	2024-01-02 12:10:30	8	Fault report for my headphones: bluetooth pairing fails	Hello, quick question about my headphones	TKT-00095
INT-000198	email	35	2024-01-02 14:15:34	7.5	0.64	2024-01-02 14:23:04	3	Assistance technique pour mon enceinte	Bonjour, j'ai acheté votre enceinte il y a quelques mois et j'ai maintenant ce problème : son distordu. Existe-t-il une solution ?	TKT-00098
INT-000199	email	102	2024-01-05 11:47:32	6.6	0.91	2024-01-05 11:54:08	3	Problem mit meinem Lautsprecher: verzerrter Klang	Hallo, mein Lautsprecher funktioniert nicht mehr richtig. Das Problem: verzerrter Klang. Muss ich das Gerät einschicken?	TKT-00099
INT-000200	chat	32	2024-01-05 12:18:19	10.5	20.00	2024-01-05 12:28:49	6	Suivi de commande : suivi du colis non mis à jour	Bonjour, quelqu'un est disponible ? C'est au sujet de mon amplificateur.	TKT-00100
INT-000201	chat	99	2024-01-05 14:36:54	13.3	5.00	2024-01-05 14:50:12	8	Problem with the delivery of my headphones	Hi, I need help with my headphones: order not delivered yet	TKT-00101
INT-000202	phone	16	2024-01-06 13:34:34	6.9	27.00	2024-01-06 13:41:28	3	\N	\N	TKT-00102
INT-000203	email	16	2024-01-06 18:18:04	8.7	2.04	2024-01-06 18:26:46	3	Re: My amplifier: power or battery problem	Hello, I am having a problem with my amplifier: power or battery problem. I have already tried restarting the device. Could you please help?	TKT-00102
INT-000204	phone	42	2024-01-08 13:00:02	5.5	286.00	2024-01-08 13:05:32	6	\N	\N	TKT-00103
INT-000205	chat	71	2024-01-08 16:07:21	15.7	37.00	2024-01-08 16:23:03	7	My headphones: no sound	Hello, I have an issue: no sound	TKT-00104
INT-000206	chat	71	2024-01-08 17:14:41	23.1	11.00	2024-01-08 17:37:47	7	Problem with my headphones – no sound	Hello, quick question about my headphones	TKT-00104
INT-000207	email	42	2024-01-08 18:50:21	4.8	0.78	2024-01-08 18:55:09	6	AW: Störung bei meinem Verstärker	Hallo, seit gestern habe ich folgendes Problem mit meinem Verstärker: verzerrter Klang. Was kann ich tun?	TKT-00103
INT-000208	chat	76	2024-01-10 17:19:10	6.7	4.00	2024-01-10 17:25:52	7	My turntable order – return label needed	Hi there – return label needed, can you help?	TKT-00105
INT-000209	chat	108	2024-01-11 10:23:56	11.4	86.00	2024-01-11 10:35:20	3	Problème de livraison : besoin d'une étiquette de retour	Bonjour, j'ai besoin d'aide avec mon enceinte : besoin d'une étiquette de retour	TKT-00106
INT-000210	chat	108	2024-01-11 12:52:17	9.6	12.00	2024-01-11 13:01:53	3	Ma commande : besoin d'une étiquette de retour	Bonjour, quelqu'un est disponible ? C'est au sujet de mon enceinte.	TKT-00106
INT-000211	email	108	2024-01-11 14:35:29	10.2	0.30	2024-01-11 14:45:41	5	RE : Problème de livraison : besoin d'une étiquette de retour	Bonjour, pourriez-vous m'aider avec la commande ORD-409045 ? Le problème : besoin d'une étiquette de retour. Merci.	TKT-00106
INT-000212	chat	108	2024-01-11 15:38:18	7.5	56.00	2024-01-11 15:45:48	3	Question sur l'expédition de mon enceinte	Bonjour, j'ai un problème : besoin d'une étiquette de retour	TKT-00106
INT-000213	email	17	2024-01-12 13:53:25	11.4	1.08	2024-01-12 14:04:49	8	Frage zum Verstärker	Guten Tag, ich interessiere mich für den Verstärker und habe eine Frage (Frage zur Kompatibilität). Können Sie mich beraten?	TKT-00107
INT-000214	email	75	2024-01-12 19:07:19	6.4	0.60	2024-01-12 19:13:43	4	Störung bei meinem Lautsprecher	Guten Tag, ich habe Ihren Lautsprecher vor einigen Monaten gekauft und nun folgendes Problem: Firmware-Update fehlgeschlagen. Gibt es dafür eine Lösung?	TKT-00108
INT-000215	chat	23	2024-01-14 09:17:37	9.7	25.00	2024-01-14 09:27:19	2	Fault report for my headphones: power or battery problem	Hi, I need help with my headphones: power or battery problem	TKT-00109
INT-000216	chat	23	2024-01-14 13:27:44	9.7	178.00	2024-01-14 13:37:26	2	My headphones: power or battery problem	Good morning, my problem is: power or battery problem	TKT-00109
INT-000217	phone	68	2024-01-15 15:01:55	8.8	110.00	2024-01-15 15:10:43	7	\N	\N	TKT-00110
INT-000218	chat	68	2024-01-15 15:59:04	3.8	34.00	2024-01-15 16:02:52	7	Meine Bestellung (Kopfhörer) – Bestellung noch nicht geliefert	Guten Tag, mein Anliegen: Bestellung noch nicht geliefert	TKT-00110
INT-000219	email	25	2024-01-15 16:52:28	3.5	1.42	2024-01-15 16:55:58	5	Lieferproblem: falscher Artikel geliefert	Guten Tag, ich brauche Hilfe zu meiner Lieferung (Lautsprecher) – falscher Artikel geliefert. Über eine schnelle Antwort würde ich mich freuen.	TKT-00111
INT-000220	chat	25	2024-01-15 17:09:36	9.3	15.00	2024-01-15 17:18:54	5	Lieferproblem: falscher Artikel geliefert	Guten Tag, ich habe ein Problem: falscher Artikel geliefert	TKT-00111
INT-000221	phone	4	2024-01-16 16:06:55	7.0	68.00	2024-01-16 16:13:55	6	\N	\N	TKT-00112
INT-000222	chat	35	2024-01-17 15:23:09	24.5	17.00	2024-01-17 15:47:39	6	Dossier de réparation de mon enceinte	Bonjour, mon problème : demande de réparation sous garantie	TKT-00113
INT-000223	chat	72	2024-01-18 09:10:52	3.9	37.00	2024-01-18 09:14:46	8	Panne de mon casque : coupures de connexion fréquentes	Bonjour, je vous contacte au sujet de mon casque (coupures de connexion fréquentes)	TKT-00114
INT-000224	chat	72	2024-01-18 11:49:47	12.9	37.00	2024-01-18 12:02:41	8	Assistance technique pour mon casque	Bonjour, mon problème : coupures de connexion fréquentes	TKT-00114
INT-000225	chat	18	2024-01-19 13:31:40	9.2	16.00	2024-01-19 13:40:52	2	Problem with my headphones – no sound	Hi, is anyone available? It's about my headphones.	TKT-00115
INT-000226	chat	115	2024-01-21 07:52:26	12.5	33.00	2024-01-21 08:04:56	1	Demande d'information : disponibilité en stock	Bonjour, une petite question sur mon enceinte	TKT-00116
INT-000227	phone	51	2024-01-21 15:45:22	19.5	28.00	2024-01-21 16:04:52	4	\N	\N	TKT-00117
INT-000228	phone	51	2024-01-21 18:45:40	8.7	37.00	2024-01-21 18:54:22	4	\N	\N	TKT-00117
INT-000229	chat	22	2024-01-22 11:47:52	18.1	17.00	2024-01-22 12:05:58	8	Service comptabilité : échec du paiement	Bonjour, je vous contacte au sujet de mon enceinte (échec du paiement)	TKT-00118
INT-000230	email	22	2024-01-22 15:06:03	9.1	0.96	2024-01-22 15:15:09	8	RE : Commande de mon enceinte : échec du paiement	Bonjour, j'ai une question de facturation (échec du paiement) concernant mon enceinte. Mon numéro de commande est ORD-803705.	TKT-00118
INT-000231	chat	22	2024-01-22 15:19:35	33.0	22.00	2024-01-22 15:52:35	8	Commande de mon enceinte : échec du paiement	Bonjour, une petite question sur mon enceinte	TKT-00118
INT-000232	phone	18	2024-01-25 11:39:48	10.6	8.00	2024-01-25 11:50:24	8	\N	\N	TKT-00119
INT-000233	chat	80	2024-01-26 12:41:43	5.7	87.00	2024-01-26 12:47:25	4	Question sur votre casque	Bonjour, j'ai besoin d'aide avec mon casque : choix du diamant ou de la cellule	TKT-00120
INT-000234	email	75	2024-01-26 21:23:54	3.9	2.44	2024-01-26 21:27:48	5	Störung bei meinem Lautsprecher	Hallo, seit gestern habe ich folgendes Problem mit meinem Lautsprecher: Problem mit Akku oder Stromversorgung. Was kann ich tun?	TKT-00121
INT-000235	email	75	2024-01-27 00:37:49	3.4	0.34	2024-01-27 00:41:13	6	AW: Störung bei meinem Lautsprecher	Sehr geehrte Damen und Herren, bei meinem Lautsprecher tritt folgender Fehler auf: Problem mit Akku oder Stromversorgung. Ich habe die Schritte aus der Anleitung befolgt, leider ohne Erfolg.	TKT-00121
INT-000236	phone	79	2024-01-27 14:48:39	8.7	18.00	2024-01-27 14:57:21	6	\N	\N	TKT-00122
INT-000237	phone	2	2024-01-28 18:08:04	14.8	83.00	2024-01-28 18:22:52	6	\N	\N	TKT-00123
INT-000238	email	2	2024-01-28 20:20:20	10.6	0.36	2024-01-28 20:30:56	6	Re: Repair enquiry: warranty repair request	Hello, I would like to return my amplifier under the warranty. Reason: warranty repair request. How should I proceed?	TKT-00123
INT-000239	phone	2	2024-01-28 21:07:50	3.3	20.00	2024-01-28 21:11:08	6	\N	\N	TKT-00123
INT-000240	phone	2	2024-01-28 21:48:30	4.3	17.00	2024-01-28 21:52:48	6	\N	\N	TKT-00123
INT-000241	chat	42	2024-01-30 15:42:09	12.4	17.00	2024-01-30 15:54:33	7	Frage zum Versand: Bestellung noch nicht geliefert	Guten Tag, eine kurze Frage zu meinem Plattenspieler	TKT-00124
INT-000242	email	6	2024-02-04 09:49:53	7.9	1.02	2024-02-04 09:57:47	5	Escalation request: recurring fault	Hello, I wish to make a complaint: recurring fault. This is not the service I expect from your company.	TKT-00125
INT-000243	email	6	2024-02-04 13:27:33	7.2	0.94	2024-02-04 13:34:45	5	Re: Dissatisfied customer: recurring fault	Dear team, I am very disappointed. The issue with my headphones (recurring fault) has cost me a lot of time. I expect a solution.	TKT-00125
INT-000244	phone	78	2024-02-05 07:44:04	5.4	161.00	2024-02-05 07:49:28	7	\N	\N	TKT-00126
INT-000245	email	22	2024-02-06 09:16:35	3.9	0.52	2024-02-06 09:20:29	6	Problème avec mon tourne-disque : problème d'alimentation ou de batterie	Bonjour, depuis hier je rencontre un souci avec mon tourne-disque : problème d'alimentation ou de batterie. Que me conseillez-vous ?	TKT-00127
INT-000246	email	22	2024-02-06 10:53:02	13.6	0.74	2024-02-06 11:06:38	6	RE : Panne de mon tourne-disque : problème d'alimentation ou de batterie	Bonjour, existe-t-il une solution connue pour ce problème sur mon tourne-disque : problème d'alimentation ou de batterie ? Merci d'avance.	TKT-00127
INT-000247	phone	20	2024-02-06 13:41:08	18.5	39.00	2024-02-06 13:59:38	4	\N	\N	TKT-00128
INT-000248	phone	20	2024-02-06 16:27:35	6.5	32.00	2024-02-06 16:34:05	4	\N	\N	TKT-00128
INT-000249	email	106	2024-02-08 17:51:49	7.2	1.77	2024-02-08 17:59:01	6	Bitte um Hilfe: Bluetooth-Kopplung schlägt fehl	Sehr geehrte Damen und Herren, bei meinem Kopfhörer tritt folgender Fehler auf: Bluetooth-Kopplung schlägt fehl. Ich habe die Schritte aus der Anleitung befolgt, leider ohne Erfolg.	TKT-00129
INT-000250	phone	64	2024-02-12 16:19:07	15.0	15.00	2024-02-12 16:34:07	3	\N	\N	TKT-00130
INT-000251	phone	64	2024-02-12 17:30:09	6.9	82.00	2024-02-12 17:37:03	3	\N	\N	TKT-00130
INT-000252	chat	87	2024-02-12 20:49:03	14.5	6.00	2024-02-12 21:03:33	1	Frage zum Versand: Änderung der Lieferadresse	Guten Tag, mein Anliegen: Änderung der Lieferadresse	TKT-00131
INT-000253	phone	64	2024-02-12 22:11:21	4.8	68.00	2024-02-12 22:16:09	3	\N	\N	TKT-00130
INT-000254	email	81	2024-02-13 08:28:05	8.3	0.19	2024-02-13 08:36:23	5	Warranty case for my speakers: warranty repair request	Hi, I am writing about the repair of my speakers (warranty repair request). Order reference: ORD-375774.	TKT-00132
INT-000255	email	81	2024-02-13 10:53:59	3.9	2.29	2024-02-13 10:57:53	5	Re: RMA request for my speakers	Dear support, I am still waiting for news about my speakers. Topic: warranty repair request. Could you tell me the next steps?	TKT-00132
INT-000256	email	81	2024-02-13 11:27:56	7.3	0.50	2024-02-13 11:35:14	5	Re: RMA request for my speakers	Hello, I would like to return my speakers under the warranty. Reason: warranty repair request. How should I proceed?	TKT-00132
INT-000257	email	81	2024-02-13 12:12:10	6.9	0.61	2024-02-13 12:19:04	5	Re: Warranty case for my speakers: warranty repair request	Hello, I would like to open a warranty case for my speakers: warranty repair request. The original order was ORD-375774.	TKT-00132
INT-000258	email	81	2024-02-13 14:02:01	14.1	1.71	2024-02-13 14:16:07	5	Re: Warranty claim for my speakers	Hello, could you please give me an update on my case (warranty repair request)? Order reference: ORD-375774.	TKT-00132
INT-000259	chat	6	2024-02-15 10:40:24	22.0	78.00	2024-02-15 11:02:24	1	Problem with my speakers – distorted sound	Hi, I need help with my speakers: distorted sound	TKT-00133
INT-000260	email	6	2024-02-15 12:24:52	11.4	0.25	2024-02-15 12:36:16	1	Re: Problem with my speakers – distorted sound	Hi, since yesterday I have had this issue with my speakers: distorted sound. What can I do?	TKT-00133
INT-000261	phone	33	2024-02-16 15:46:12	11.0	60.00	2024-02-16 15:57:12	7	\N	\N	TKT-00134
INT-000262	chat	33	2024-02-16 16:14:46	7.2	74.00	2024-02-16 16:21:58	7	Rechnung für meinen Lautsprecher	Guten Tag, ich habe ein Problem: Bitte um eine Rechnung	TKT-00134
INT-000263	phone	33	2024-02-16 17:33:06	5.0	33.00	2024-02-16 17:38:06	7	\N	\N	TKT-00134
INT-000264	chat	2	2024-02-20 13:08:18	10.2	10.00	2024-02-20 13:18:30	5	Question about my payment – charged twice	Hello, quick question about my amplifier	TKT-00135
INT-000265	chat	2	2024-02-20 16:37:16	6.9	131.00	2024-02-20 16:44:10	5	Question about my payment – charged twice	Hello, quick question about my amplifier	TKT-00135
INT-000266	chat	2	2024-02-20 17:30:44	4.8	29.00	2024-02-20 17:35:32	6	Question about my payment – charged twice	Hi there – charged twice, can you help?	TKT-00135
INT-000267	email	1	2024-02-21 12:42:30	5.0	0.28	2024-02-21 12:47:30	3	Ma commande : besoin d'une étiquette de retour	Bonjour, concernant la livraison de mon casque : besoin d'une étiquette de retour. Pouvez-vous me dire quelle est la prochaine étape ?	TKT-00136
INT-000268	chat	67	2024-02-22 23:45:00	6.6	17.00	2024-02-22 23:51:36	4	Service comptabilité : demande de facture	Bonjour, demande de facture, pouvez-vous m'aider ?	TKT-00137
INT-000269	phone	67	2024-02-23 02:13:23	4.1	28.00	2024-02-23 02:17:29	1	\N	\N	TKT-00137
INT-000270	phone	51	2024-02-23 07:12:43	4.6	25.00	2024-02-23 07:17:19	1	\N	\N	TKT-00138
INT-000271	email	78	2024-02-25 18:27:52	10.4	0.30	2024-02-25 18:38:16	5	Order enquiry: parts missing from the box	Hello, concerning the delivery of my headphones: parts missing from the box. Can you tell me what happens next?	TKT-00139
INT-000272	email	78	2024-02-25 22:01:22	5.2	0.55	2024-02-25 22:06:34	2	Re: Shipping query: parts missing from the box	Hi, I need help with the shipment of my headphones – parts missing from the box. I would appreciate a quick reply.	TKT-00139
INT-000273	email	78	2024-02-26 00:01:44	7.5	0.17	2024-02-26 00:09:14	5	Re: Delivery issue: parts missing from the box	Hello, concerning the delivery of my headphones: parts missing from the box. Can you tell me what happens next?	TKT-00139
INT-000274	chat	108	2024-02-26 13:26:13	5.2	14.00	2024-02-26 13:31:25	2	Dysfonctionnement : pas de son	Bonjour, j'ai besoin d'aide avec mon amplificateur : pas de son	TKT-00140
INT-000275	chat	68	2024-02-28 11:15:03	14.7	53.00	2024-02-28 11:29:45	4	Problem mit der Lieferung: Änderung der Lieferadresse	Guten Tag, eine kurze Frage zu meinem Kopfhörer	TKT-00141
INT-000276	chat	68	2024-02-28 13:28:12	11.5	40.00	2024-02-28 13:39:42	5	Problem mit der Lieferung: Änderung der Lieferadresse	Guten Tag, ich habe ein Problem: Änderung der Lieferadresse	TKT-00141
INT-000277	phone	68	2024-02-28 16:26:23	12.9	35.00	2024-02-28 16:39:17	2	\N	\N	TKT-00141
INT-000278	chat	119	2024-03-02 07:42:07	16.6	129.00	2024-03-02 07:58:43	1	My speakers: distorted sound	Hello, I'm contacting you about my speakers (distorted sound)	TKT-00142
INT-000279	chat	119	2024-03-02 08:32:36	10.4	46.00	2024-03-02 08:43:00	1	Fault report for my speakers: distorted sound	Hello, I'm contacting you about my speakers (distorted sound)	TKT-00142
INT-000280	chat	25	2024-03-03 09:07:50	12.6	85.00	2024-03-03 09:20:26	4	Problem mit meinem Verstärker: verzerrter Klang	Guten Tag, mein Anliegen: verzerrter Klang	TKT-00143
INT-000281	email	47	2024-03-05 11:21:04	12.5	0.49	2024-03-05 11:33:34	8	Fault report for my headphones: no sound	Dear support team, the fault with my headphones is: no sound. I followed the steps in the manual, but nothing changed.	TKT-00144
INT-000282	phone	19	2024-03-05 11:26:18	8.1	101.00	2024-03-05 11:34:24	1	\N	\N	TKT-00145
INT-000283	phone	19	2024-03-05 13:06:58	7.5	107.00	2024-03-05 13:14:28	1	\N	\N	TKT-00145
INT-000284	phone	74	2024-03-06 07:20:19	4.8	31.00	2024-03-06 07:25:07	2	\N	\N	TKT-00147
INT-000285	email	103	2024-03-06 08:15:14	12.4	1.63	2024-03-06 08:27:38	4	My headphones: hum or crackling noise	Hi, since yesterday I have had this issue with my headphones: hum or crackling noise. What can I do?	TKT-00146
INT-000286	email	42	2024-03-06 09:56:09	4.7	0.42	2024-03-06 10:00:51	2	Reparaturanfrage für meinen Kopfhörer	Guten Tag, ich möchte meinen Kopfhörer im Rahmen der Garantie zurückschicken. Grund: Bitte um ein Austauschgerät. Wie soll ich vorgehen?	TKT-00148
INT-000287	email	42	2024-03-06 11:52:54	8.7	1.23	2024-03-06 12:01:36	2	AW: Reparaturanfrage für meinen Kopfhörer	Hallo, das Gerät wurde mit der Bestellung ORD-344868 gekauft. Mein Anliegen: Bitte um ein Austauschgerät. Vielen Dank im Voraus.	TKT-00148
INT-000288	email	103	2024-03-06 12:14:59	6.9	1.63	2024-03-06 12:21:53	4	Re: My headphones: hum or crackling noise	Hello, my headphones stopped working properly. The problem: hum or crackling noise. Do I need to send the device in?	TKT-00146
INT-000289	email	42	2024-03-06 14:19:55	6.3	1.10	2024-03-06 14:26:13	2	AW: RMA-Anfrage zu meinem Kopfhörer	Guten Tag, ich möchte einen Garantiefall für meinen Kopfhörer melden: Bitte um ein Austauschgerät. Die ursprüngliche Bestellung war ORD-344868.	TKT-00148
INT-000290	email	61	2024-03-06 19:35:54	6.2	0.61	2024-03-06 19:42:06	1	Meine Bestellung (Lautsprecher) – falscher Artikel geliefert	Sehr geehrte Damen und Herren, ich wende mich wegen eines Lieferproblems an Sie: falscher Artikel geliefert. Die Bestellnummer lautet ORD-205124. Wie geht es nun weiter?	TKT-00149
INT-000291	email	61	2024-03-06 22:26:50	4.5	1.70	2024-03-06 22:31:20	1	AW: Meine Bestellung (Lautsprecher) – falscher Artikel geliefert	Guten Tag, es geht um die Lieferung meiner Bestellung (Lautsprecher): falscher Artikel geliefert. Was sind die nächsten Schritte?	TKT-00149
INT-000292	phone	61	2024-03-07 00:11:07	13.7	46.00	2024-03-07 00:24:49	1	\N	\N	TKT-00149
INT-000293	phone	83	2024-03-07 11:14:07	6.4	163.00	2024-03-07 11:20:31	8	\N	\N	TKT-00150
INT-000294	phone	83	2024-03-07 11:52:57	7.5	42.00	2024-03-07 12:00:27	8	\N	\N	TKT-00150
INT-000295	email	86	2024-03-13 13:50:26	3.9	1.10	2024-03-13 13:54:20	3	Produktanfrage: Frage zur Kompatibilität	Sehr geehrte Damen und Herren, können Sie mir bei einer Frage zum Kopfhörer helfen? Thema: Frage zur Kompatibilität.	TKT-00151
INT-000296	chat	9	2024-03-14 16:07:47	8.2	60.00	2024-03-14 16:15:59	4	My turntable: bluetooth pairing fails	Hello, I'm contacting you about my turntable (bluetooth pairing fails)	TKT-00152
INT-000297	chat	9	2024-03-14 16:58:59	15.4	39.00	2024-03-14 17:14:23	4	My turntable: bluetooth pairing fails	Hi there – bluetooth pairing fails, can you help?	TKT-00152
INT-000298	chat	78	2024-03-15 12:22:19	19.6	59.00	2024-03-15 12:41:55	8	Help needed: power or battery problem on my speakers	Good morning, my problem is: power or battery problem	TKT-00153
INT-000299	chat	78	2024-03-15 14:28:08	16.0	23.00	2024-03-15 14:44:08	8	Technical issue (power or battery problem)	Hi there – power or battery problem, can you help?	TKT-00153
INT-000300	phone	46	2024-03-16 11:14:21	6.3	44.00	2024-03-16 11:20:39	8	\N	\N	TKT-00154
INT-000301	email	34	2024-03-16 20:51:46	8.4	0.70	2024-03-16 21:00:10	2	Question sur votre tourne-disque	Bonjour, avant d'acheter votre tourne-disque, j'aimerais en savoir plus : question de compatibilité. Merci !	TKT-00155
INT-000302	email	51	2024-03-19 13:42:47	11.3	1.22	2024-03-19 13:54:05	2	Zahlung meiner Bestellung – doppelte Abbuchung	Sehr geehrte Damen und Herren, ich schreibe Ihnen wegen meiner Bestellung ORD-314519. Anliegen: doppelte Abbuchung. Vielen Dank für Ihre Rückmeldung.	TKT-00156
INT-000303	email	51	2024-03-19 16:36:13	11.4	0.79	2024-03-19 16:47:37	2	AW: Zahlungsfrage: doppelte Abbuchung	Hallo, ich habe eine Frage zur Abrechnung (doppelte Abbuchung) für meinen Lautsprecher. Meine Bestellnummer lautet ORD-314519.	TKT-00156
INT-000304	email	51	2024-03-19 18:00:29	7.2	0.56	2024-03-19 18:07:41	8	AW: Zahlungsfrage: doppelte Abbuchung	Hallo, ich habe eine Frage zur Abrechnung (doppelte Abbuchung) für meinen Lautsprecher. Meine Bestellnummer lautet ORD-314519.	TKT-00156
INT-000305	phone	7	2024-03-21 12:08:31	4.8	119.00	2024-03-21 12:13:19	7	\N	\N	TKT-00157
INT-000306	phone	7	2024-03-21 17:17:09	12.1	79.00	2024-03-21 17:29:15	7	\N	\N	TKT-00157
INT-000307	email	85	2024-03-22 16:59:55	12.1	1.20	2024-03-22 17:12:01	2	Unzufrieden mit Ihrem Service: Problem weiterhin ungelöst	Hallo, zu meinem Plattenspieler muss ich leider eine Beschwerde einreichen: Problem weiterhin ungelöst. Ich hoffe, Sie finden eine Lösung.	TKT-00158
INT-000308	phone	85	2024-03-22 21:09:27	8.1	237.00	2024-03-22 21:17:33	2	\N	\N	TKT-00158
INT-000309	phone	42	2024-03-25 08:33:44	5.9	48.00	2024-03-25 08:39:38	4	\N	\N	TKT-00159
INT-000310	phone	42	2024-03-25 08:47:02	3.3	15.00	2024-03-25 08:50:20	4	\N	\N	TKT-00159
INT-000311	phone	42	2024-03-25 09:17:12	6.3	37.00	2024-03-25 09:23:30	4	\N	\N	TKT-00159
INT-000312	phone	42	2024-03-25 09:36:27	10.6	42.00	2024-03-25 09:47:03	4	\N	\N	TKT-00159
INT-000313	phone	42	2024-03-25 10:52:00	4.6	65.00	2024-03-25 10:56:36	4	\N	\N	TKT-00159
INT-000314	phone	42	2024-03-25 12:08:37	8.5	90.00	2024-03-25 12:17:07	4	\N	\N	TKT-00159
INT-000315	phone	42	2024-03-25 12:43:02	13.0	39.00	2024-03-25 12:56:02	4	\N	\N	TKT-00159
INT-000316	chat	60	2024-03-29 09:21:43	12.1	30.00	2024-03-29 09:33:49	1	Suivi de commande : commande toujours pas livrée	Bonjour, je vous contacte au sujet de mon tourne-disque (commande toujours pas livrée)	TKT-00160
INT-000317	chat	60	2024-03-29 10:41:20	21.8	17.00	2024-03-29 11:03:08	1	Question sur l'expédition de mon tourne-disque	Bonjour, j'ai besoin d'aide avec mon tourne-disque : commande toujours pas livrée	TKT-00160
INT-000318	phone	46	2024-03-29 12:30:06	10.8	74.00	2024-03-29 12:40:54	8	\N	\N	TKT-00161
INT-000319	email	60	2024-03-29 14:13:01	8.1	0.76	2024-03-29 14:21:07	1	RE : Problème de livraison : commande toujours pas livrée	Bonjour, j'ai besoin d'aide pour l'expédition de mon tourne-disque – commande toujours pas livrée. Merci de me répondre rapidement.	TKT-00160
INT-000320	chat	63	2024-04-01 16:46:33	14.4	39.00	2024-04-01 17:00:57	6	Return/repair: warranty repair request	Good morning, my problem is: warranty repair request	TKT-00162
INT-000321	chat	63	2024-04-01 17:42:21	10.9	12.00	2024-04-01 17:53:15	6	Return/repair: warranty repair request	Hi there – warranty repair request, can you help?	TKT-00162
INT-000322	chat	63	2024-04-01 19:04:20	17.6	91.00	2024-04-01 19:21:56	6	Warranty claim for my headphones	Hi, I need help with my headphones: warranty repair request	TKT-00162
INT-000323	email	73	2024-04-01 19:19:25	3.7	0.33	2024-04-01 19:23:07	2	Réclamation à traiter en priorité : temps d'attente trop long	Bonjour, c'est mon troisième message au sujet de mon casque. Motif de ma réclamation : temps d'attente trop long. Merci de me répondre rapidement.	TKT-00163
INT-000324	chat	63	2024-04-01 20:54:05	22.1	52.00	2024-04-01 21:16:11	6	RMA request for my headphones	Hello, I have an issue: warranty repair request	TKT-00162
INT-000325	email	73	2024-04-01 23:12:33	4.1	0.85	2024-04-01 23:16:39	2	RE : Grande déception – temps d'attente trop long	Bonjour, ce n'est vraiment pas acceptable. Réclamation : temps d'attente trop long. Je souhaite parler à un responsable.	TKT-00163
INT-000326	chat	53	2024-04-02 07:40:09	12.8	22.00	2024-04-02 07:52:57	7	Lieferproblem: Rücksendeetikett benötigt	Guten Tag, mein Anliegen: Rücksendeetikett benötigt	TKT-00164
INT-000327	phone	35	2024-04-03 13:02:45	9.2	92.00	2024-04-03 13:11:57	7	\N	\N	TKT-00165
INT-000328	phone	35	2024-04-03 16:27:06	15.2	38.00	2024-04-03 16:42:18	7	\N	\N	TKT-00165
INT-000329	phone	104	2024-04-04 15:31:44	7.2	25.00	2024-04-04 15:38:56	1	\N	\N	TKT-00166
INT-000330	chat	102	2024-04-05 09:06:41	14.1	32.00	2024-04-05 09:20:47	1	Technische Störung – Bluetooth-Kopplung schlägt fehl	Hallo, Bluetooth-Kopplung schlägt fehl – können Sie mir helfen?	TKT-00167
INT-000331	email	108	2024-04-08 08:03:18	3.4	0.24	2024-04-08 08:06:42	7	Renseignements sur votre enceinte : quel amplificateur pour mes enceintes	Bonjour, avant d'acheter votre enceinte, j'aimerais en savoir plus : quel amplificateur pour mes enceintes. Merci !	TKT-00168
INT-000332	phone	89	2024-04-09 07:19:00	4.5	13.00	2024-04-09 07:23:30	8	\N	\N	TKT-00169
INT-000333	phone	89	2024-04-09 08:21:52	6.7	24.00	2024-04-09 08:28:34	8	\N	\N	TKT-00169
INT-000334	phone	119	2024-04-11 11:03:45	18.7	140.00	2024-04-11 11:22:27	7	\N	\N	TKT-00171
INT-000335	email	6	2024-04-11 12:07:45	6.3	1.20	2024-04-11 12:14:03	6	Problem with my amplifier – bluetooth pairing fails	Good morning, I bought the amplifier from you a few months ago and now have the following problem: bluetooth pairing fails. Is there a fix for this?	TKT-00170
INT-000336	phone	119	2024-04-11 13:10:57	8.8	125.00	2024-04-11 13:19:45	7	\N	\N	TKT-00171
INT-000337	email	6	2024-04-11 15:44:09	10.5	2.15	2024-04-11 15:54:39	6	Re: Technical issue (bluetooth pairing fails)	Hello, bluetooth pairing fails – this keeps happening with my amplifier. I have reset the device twice already. Can you help me?	TKT-00170
INT-000338	chat	6	2024-04-12 11:22:47	6.1	36.00	2024-04-12 11:28:53	1	Payment issue with my speakers order	Good morning, my problem is: charged twice	TKT-00172
INT-000339	email	6	2024-04-12 14:20:31	10.8	0.67	2024-04-12 14:31:19	1	Re: Payment issue with my speakers order	Hello, regarding order ORD-246120 for my speakers: charged twice. Could you please look into this?	TKT-00172
INT-000340	chat	6	2024-04-12 15:55:17	13.5	18.00	2024-04-12 16:08:47	1	Order for my speakers: charged twice	Hi there – charged twice, can you help?	TKT-00172
INT-000341	email	38	2024-04-15 09:23:54	5.6	0.49	2024-04-15 09:29:30	3	Problem mit meinem Kopfhörer: kein Ton	Hallo, mein Kopfhörer funktioniert nicht mehr richtig. Das Problem: kein Ton. Muss ich das Gerät einschicken?	TKT-00173
INT-000342	chat	50	2024-04-15 12:00:26	14.1	32.00	2024-04-15 12:14:32	5	Technische Störung – verzerrter Klang	Hallo, ich brauche Hilfe mit meinem Verstärker: verzerrter Klang	TKT-00174
INT-000343	email	38	2024-04-15 12:09:13	5.4	2.35	2024-04-15 12:14:37	3	AW: Störung bei meinem Kopfhörer	Sehr geehrte Damen und Herren, bei meinem Kopfhörer tritt folgender Fehler auf: kein Ton. Ich habe die Schritte aus der Anleitung befolgt, leider ohne Erfolg.	TKT-00173
INT-000344	phone	79	2024-04-15 15:38:09	4.7	28.00	2024-04-15 15:42:51	5	\N	\N	TKT-00175
INT-000345	phone	79	2024-04-15 18:18:17	8.8	50.00	2024-04-15 18:27:05	5	\N	\N	TKT-00175
INT-000346	email	75	2024-04-16 08:36:33	7.1	0.85	2024-04-16 08:43:39	1	Rechnung für meinen Kopfhörer	Guten Tag, könnten Sie mir bitte bei folgendem Anliegen helfen: doppelte Abbuchung? Es geht um die Bestellung ORD-686025.	TKT-00176
INT-000347	email	75	2024-04-16 13:07:24	4.3	2.46	2024-04-16 13:11:42	1	AW: Anliegen an die Buchhaltung: doppelte Abbuchung	Guten Tag, mein Anliegen betrifft die Bestellung ORD-686025: doppelte Abbuchung. Ich freue mich auf Ihre Antwort.	TKT-00176
INT-000348	phone	91	2024-04-16 14:43:51	5.2	23.00	2024-04-16 14:49:03	4	\N	\N	TKT-00178
INT-000349	phone	91	2024-04-16 15:29:18	4.2	93.00	2024-04-16 15:33:30	4	\N	\N	TKT-00178
INT-000350	email	12	2024-04-16 15:34:31	4.3	1.03	2024-04-16 15:38:49	4	Technische Störung – Bluetooth-Kopplung schlägt fehl	Guten Tag, ich habe ein Problem mit meinem Kopfhörer: Bluetooth-Kopplung schlägt fehl. Ich habe das Gerät bereits neu gestartet. Können Sie mir bitte helfen?	TKT-00177
INT-000351	phone	91	2024-04-16 16:53:59	8.7	36.00	2024-04-16 17:02:41	4	\N	\N	TKT-00178
INT-000352	chat	16	2024-04-16 17:31:05	6.3	108.00	2024-04-16 17:37:23	7	Formal complaint regarding my speakers	Hello, I'm contacting you about my speakers (long waiting time)	TKT-00179
INT-000353	email	16	2024-04-16 21:00:17	6.1	0.52	2024-04-16 21:06:23	7	Re: Dissatisfied customer: long waiting time	Hello, this is my third message about my speakers. Reason for my complaint: long waiting time. Please respond promptly.	TKT-00179
INT-000354	phone	90	2024-04-17 09:30:11	9.0	7.00	2024-04-17 09:39:11	5	\N	\N	TKT-00180
INT-000355	chat	59	2024-04-17 10:09:13	8.1	197.00	2024-04-17 10:17:19	7	Billing query: charged twice	Hi, I need help with my amplifier: charged twice	TKT-00181
INT-000356	phone	59	2024-04-17 11:19:21	8.4	58.00	2024-04-17 11:27:45	7	\N	\N	TKT-00181
INT-000357	chat	92	2024-04-18 10:40:52	7.3	21.00	2024-04-18 10:48:10	1	My amplifier order – order not delivered yet	Hi, is anyone available? It's about my amplifier.	TKT-00182
INT-000358	email	92	2024-04-18 15:00:54	7.4	1.20	2024-04-18 15:08:18	1	Re: Order enquiry: order not delivered yet	Dear support, I am contacting you about a delivery issue: order not delivered yet. The order reference is ORD-151372. Please advise how to proceed.	TKT-00182
INT-000359	phone	92	2024-04-18 16:05:18	7.5	40.00	2024-04-18 16:12:48	1	\N	\N	TKT-00182
INT-000360	email	102	2024-04-19 21:26:51	14.3	1.53	2024-04-19 21:41:09	8	Problem mit der Lieferung: Sendungsverfolgung nicht aktualisiert	Guten Tag, es geht um die Lieferung meiner Bestellung (Kopfhörer): Sendungsverfolgung nicht aktualisiert. Was sind die nächsten Schritte?	TKT-00183
INT-000361	email	102	2024-04-19 23:23:04	10.1	1.69	2024-04-19 23:33:10	8	AW: Lieferproblem: Sendungsverfolgung nicht aktualisiert	Hallo, ich habe letzte Woche einen Kopfhörer bestellt und es gibt ein Problem: Sendungsverfolgung nicht aktualisiert. Bestellnummer: ORD-608183.	TKT-00183
INT-000362	email	102	2024-04-20 00:01:10	9.3	0.46	2024-04-20 00:10:28	3	AW: Lieferproblem: Sendungsverfolgung nicht aktualisiert	Guten Tag, bei meiner Bestellung ORD-608183 (Kopfhörer) gibt es ein Problem: Sendungsverfolgung nicht aktualisiert. Könnten Sie das bitte prüfen?	TKT-00183
INT-000363	chat	102	2024-04-20 00:14:18	12.5	226.00	2024-04-20 00:26:48	6	Problem mit der Lieferung: Sendungsverfolgung nicht aktualisiert	Hallo, ich habe eine Frage zu meinem Kopfhörer (Sendungsverfolgung nicht aktualisiert)	TKT-00183
INT-000364	email	102	2024-04-20 01:50:05	4.9	1.38	2024-04-20 01:54:59	3	AW: Lieferproblem: Sendungsverfolgung nicht aktualisiert	Sehr geehrte Damen und Herren, ich wende mich wegen eines Lieferproblems an Sie: Sendungsverfolgung nicht aktualisiert. Die Bestellnummer lautet ORD-608183. Wie geht es nun weiter?	TKT-00183
INT-000365	chat	65	2024-04-21 09:22:04	14.2	15.00	2024-04-21 09:36:16	3	Problem with my headphones – firmware update failed	Hello, I have an issue: firmware update failed	TKT-00184
INT-000366	chat	65	2024-04-21 13:27:16	12.3	28.00	2024-04-21 13:39:34	3	My headphones: firmware update failed	Hello, I have an issue: firmware update failed	TKT-00184
INT-000367	chat	48	2024-04-22 10:04:14	8.8	94.00	2024-04-22 10:13:02	3	Formal complaint regarding my turntable	Hello, I have an issue: recurring fault	TKT-00185
INT-000368	chat	48	2024-04-22 13:09:03	13.3	77.00	2024-04-22 13:22:21	3	Very disappointed – recurring fault	Hi, I need help with my turntable: recurring fault	TKT-00185
INT-000369	phone	117	2024-04-22 13:55:04	9.9	43.00	2024-04-22 14:04:58	4	\N	\N	TKT-00186
INT-000370	phone	117	2024-04-22 18:38:10	3.5	45.00	2024-04-22 18:41:40	4	\N	\N	TKT-00186
INT-000371	chat	107	2024-04-23 11:52:30	16.3	13.00	2024-04-23 12:08:48	3	Renseignements sur votre enceinte : question de compatibilité	Bonjour, question de compatibilité, pouvez-vous m'aider ?	TKT-00187
INT-000372	chat	24	2024-04-24 10:48:05	17.7	25.00	2024-04-24 11:05:47	7	Reparaturanfrage für meinen Kopfhörer	Hallo, Stand der Reparatur – können Sie mir helfen?	TKT-00188
INT-000373	chat	24	2024-04-24 11:30:28	9.9	36.00	2024-04-24 11:40:22	7	Gewährleistung – Stand der Reparatur	Guten Tag, ich habe ein Problem: Stand der Reparatur	TKT-00188
INT-000374	chat	24	2024-04-24 12:54:26	4.0	18.00	2024-04-24 12:58:26	7	RMA-Anfrage zu meinem Kopfhörer	Guten Tag, ich habe ein Problem: Stand der Reparatur	TKT-00188
INT-000375	chat	24	2024-04-24 13:23:13	19.9	7.00	2024-04-24 13:43:07	7	Rücksendung/Reparatur: Stand der Reparatur	Hallo, Stand der Reparatur – können Sie mir helfen?	TKT-00188
INT-000376	email	15	2024-04-25 10:53:31	3.5	0.42	2024-04-25 10:57:01	7	Problem with my speakers – bluetooth pairing fails	Hi, since yesterday I have had this issue with my speakers: bluetooth pairing fails. What can I do?	TKT-00189
INT-000377	email	15	2024-04-25 11:37:00	4.4	0.58	2024-04-25 11:41:24	7	Re: Problem with my speakers – bluetooth pairing fails	Hello, my speakers stopped working properly. The problem: bluetooth pairing fails. Do I need to send the device in?	TKT-00189
INT-000378	chat	65	2024-04-29 11:12:12	4.4	38.00	2024-04-29 11:16:36	2	Problem with my headphones – bluetooth pairing fails	Hi, is anyone available? It's about my headphones.	TKT-00190
INT-000379	phone	106	2024-04-29 20:53:13	13.0	51.00	2024-04-29 21:06:13	3	\N	\N	TKT-00191
INT-000380	email	70	2024-04-30 14:19:34	7.3	0.56	2024-04-30 14:26:52	5	Bitte um Hilfe: Problem mit Akku oder Stromversorgung	Guten Tag, gibt es eine bekannte Lösung für dieses Problem mit meinem Lautsprecher: Problem mit Akku oder Stromversorgung? Vielen Dank im Voraus.	TKT-00192
INT-000381	phone	17	2024-04-30 19:07:32	4.6	106.00	2024-04-30 19:12:08	8	\N	\N	TKT-00193
INT-000382	chat	112	2024-05-05 08:14:07	8.6	43.00	2024-05-05 08:22:43	7	Paiement de ma commande – facture avec TVA pour mon entreprise	Bonjour, facture avec TVA pour mon entreprise, pouvez-vous m'aider ?	TKT-00194
INT-000383	email	112	2024-05-05 09:19:48	4.9	0.44	2024-05-05 09:24:42	7	RE : Commande de mon enceinte : facture avec TVA pour mon entreprise	Bonjour, j'ai une question de facturation (facture avec TVA pour mon entreprise) concernant mon enceinte. Mon numéro de commande est ORD-784939.	TKT-00194
INT-000384	chat	4	2024-05-06 11:20:07	10.6	12.00	2024-05-06 11:30:43	7	Problem mit der Lieferung: Änderung der Lieferadresse	Guten Tag, ich habe ein Problem: Änderung der Lieferadresse	TKT-00195
INT-000385	phone	26	2024-05-06 14:16:43	14.0	24.00	2024-05-06 14:30:43	4	\N	\N	TKT-00196
INT-000386	phone	49	2024-05-09 13:00:20	10.3	66.00	2024-05-09 13:10:38	2	\N	\N	TKT-00197
INT-000387	phone	49	2024-05-09 17:07:37	5.5	43.00	2024-05-09 17:13:07	2	\N	\N	TKT-00197
INT-000388	chat	49	2024-05-11 16:08:50	12.4	34.00	2024-05-11 16:21:14	6	Panne de mon casque : son distordu	Bonjour, une petite question sur mon casque	TKT-00198
INT-000389	chat	45	2024-05-12 09:47:24	15.6	32.00	2024-05-12 10:03:00	6	Problème de livraison : mauvais article livré	Bonjour, j'ai besoin d'aide avec mon casque : mauvais article livré	TKT-00199
INT-000390	chat	45	2024-05-12 12:29:17	9.4	24.00	2024-05-12 12:38:41	6	Problème de livraison : mauvais article livré	Bonjour, mauvais article livré, pouvez-vous m'aider ?	TKT-00199
INT-000391	email	52	2024-05-18 20:41:57	6.5	0.61	2024-05-18 20:48:27	8	Panne de mon enceinte : pas de son	Madame, Monsieur, le problème avec mon enceinte est le suivant : pas de son. J'ai suivi les étapes du mode d'emploi, sans résultat.	TKT-00200
INT-000392	email	52	2024-05-18 22:30:34	6.7	0.20	2024-05-18 22:37:16	8	RE : Dysfonctionnement : pas de son	Bonjour, j'ai acheté votre enceinte il y a quelques mois et j'ai maintenant ce problème : pas de son. Existe-t-il une solution ?	TKT-00200
INT-000393	chat	78	2024-05-23 08:03:21	7.5	82.00	2024-05-23 08:10:51	1	Enquiry before buying: stylus or cartridge recommendation	Good morning, my problem is: stylus or cartridge recommendation	TKT-00201
INT-000394	email	92	2024-05-25 09:48:50	11.8	0.32	2024-05-25 10:00:38	4	Quick question about the amplifier: which amplifier for my speakers	Hello, I am comparing several models and need some information on the amplifier (which amplifier for my speakers). Thank you in advance.	TKT-00202
INT-000395	phone	5	2024-05-27 07:33:30	11.7	31.00	2024-05-27 07:45:12	9	\N	\N	TKT-00203
INT-000396	phone	48	2024-05-27 09:31:06	4.4	74.00	2024-05-27 09:35:30	12	\N	\N	TKT-00204
INT-000397	phone	48	2024-05-27 10:01:26	5.5	30.00	2024-05-27 10:06:56	8	\N	\N	TKT-00204
INT-000398	phone	5	2024-05-27 12:26:53	9.1	17.00	2024-05-27 12:35:59	9	\N	\N	TKT-00203
INT-000399	phone	78	2024-05-27 13:06:44	14.2	85.00	2024-05-27 13:20:56	12	\N	\N	TKT-00205
INT-000400	chat	120	2024-05-28 15:13:03	7.7	57.00	2024-05-28 15:20:45	3	Reklamation: unzufrieden mit der Reparatur	Hallo, ist jemand da? Es geht um meinen Verstärker.	TKT-00206
INT-000401	email	120	2024-05-28 18:41:38	5.8	0.60	2024-05-28 18:47:26	3	AW: Unzufrieden mit Ihrem Service: unzufrieden mit der Reparatur	Hallo, das ist bereits meine dritte Nachricht zu meinem Verstärker. Grund meiner Beschwerde: unzufrieden mit der Reparatur. Bitte antworten Sie zeitnah.	TKT-00206
INT-000402	email	87	2024-05-29 14:18:56	13.2	0.82	2024-05-29 14:32:08	2	Frage zum Plattenspieler	Guten Tag, ich habe eine Frage vor dem Kauf zu Ihrem Plattenspieler: Funktionen der App. Welches Modell würden Sie empfehlen?	TKT-00207
INT-000403	phone	65	2024-06-01 11:42:11	7.2	170.00	2024-06-01 11:49:23	12	\N	\N	TKT-00208
INT-000404	phone	65	2024-06-01 15:07:46	5.9	89.00	2024-06-01 15:13:40	12	\N	\N	TKT-00208
INT-000405	email	74	2024-06-02 15:08:22	9.5	1.47	2024-06-02 15:17:52	3	Suivi de commande : suivi du colis non mis à jour	Bonjour, pourriez-vous m'aider avec la commande ORD-852042 ? Le problème : suivi du colis non mis à jour. Merci.	TKT-00209
INT-000406	email	74	2024-06-02 18:53:07	2.7	0.86	2024-06-02 18:55:49	3	RE : Question sur l'expédition de mon amplificateur	Bonjour, ma commande ORD-852042 (amplificateur) pose problème : suivi du colis non mis à jour. Pourriez-vous vérifier, s'il vous plaît ?	TKT-00209
INT-000407	chat	72	2024-06-03 07:22:17	11.5	66.00	2024-06-03 07:33:47	2	Demande d'aide – échec de l'appairage Bluetooth	Bonjour, j'ai besoin d'aide avec mon tourne-disque : échec de l'appairage Bluetooth	TKT-00210
INT-000408	phone	26	2024-06-03 11:47:23	10.5	17.00	2024-06-03 11:57:53	3	\N	\N	TKT-00211
INT-000409	email	113	2024-06-04 19:49:13	4.5	0.86	2024-06-04 19:53:43	6	Service comptabilité : demande de facture	Bonjour, ma demande porte sur la commande ORD-753008 : demande de facture. Dans l'attente de votre réponse, je vous remercie.	TKT-00212
INT-000410	email	113	2024-06-04 22:25:00	7.2	0.88	2024-06-04 22:32:12	6	RE : Paiement de ma commande – demande de facture	Madame, Monsieur, je vous écris au sujet de ma commande ORD-753008. Objet : demande de facture. Merci de votre retour.	TKT-00212
INT-000411	chat	113	2024-06-04 23:06:40	11.1	13.00	2024-06-04 23:17:46	6	Commande de mon tourne-disque : demande de facture	Bonjour, je vous contacte au sujet de mon tourne-disque (demande de facture)	TKT-00212
INT-000412	phone	103	2024-06-05 07:14:57	13.4	31.00	2024-06-05 07:28:21	6	\N	\N	TKT-00213
INT-000413	phone	103	2024-06-05 07:45:29	6.6	147.00	2024-06-05 07:52:05	6	\N	\N	TKT-00213
INT-000414	phone	24	2024-06-05 15:19:36	23.5	73.00	2024-06-05 15:43:06	4	\N	\N	TKT-00214
INT-000415	email	39	2024-06-06 07:59:45	9.8	0.95	2024-06-06 08:09:33	3	Fault report for my speakers: bluetooth pairing fails	Hello, my speakers stopped working properly. The problem: bluetooth pairing fails. Do I need to send the device in?	TKT-00215
INT-000416	email	69	2024-06-06 13:56:14	16.0	1.96	2024-06-06 14:12:14	2	Shipping query: wrong item delivered	Hello, there is a problem with my order ORD-939941 (speakers): wrong item delivered. Could you please check this for me?	TKT-00216
INT-000417	phone	62	2024-06-06 16:50:34	8.5	63.00	2024-06-06 16:59:04	7	\N	\N	TKT-00217
INT-000418	phone	51	2024-06-07 08:49:56	10.0	97.00	2024-06-07 08:59:56	7	\N	\N	TKT-00218
INT-000419	phone	51	2024-06-07 09:10:47	17.2	5.00	2024-06-07 09:27:59	7	\N	\N	TKT-00218
INT-000420	chat	46	2024-06-07 14:16:01	6.1	7.00	2024-06-07 14:22:07	7	Very disappointed – issue still unresolved	Hi there – issue still unresolved, can you help?	TKT-00219
INT-000421	email	46	2024-06-07 15:21:39	4.5	0.94	2024-06-07 15:26:09	7	Re: Complaint: issue still unresolved	Good afternoon, regarding my headphones, I must complain: issue still unresolved. I hope you can put this right.	TKT-00219
INT-000422	email	24	2024-06-08 08:54:29	2.9	0.77	2024-06-08 08:57:23	8	Gewährleistung – Anfrage zur Garantiereparatur	Guten Tag, ich möchte einen Garantiefall für meinen Lautsprecher melden: Anfrage zur Garantiereparatur. Die ursprüngliche Bestellung war ORD-536599.	TKT-00220
INT-000423	chat	10	2024-06-10 16:35:40	15.2	13.00	2024-06-10 16:50:52	8	Assistance technique pour mon tourne-disque	Bonjour, quelqu'un est disponible ? C'est au sujet de mon tourne-disque.	TKT-00221
INT-000424	chat	10	2024-06-10 20:56:52	7.0	30.00	2024-06-10 21:03:52	8	Assistance technique pour mon tourne-disque	Bonjour, j'ai besoin d'aide avec mon tourne-disque : échec de la mise à jour du firmware	TKT-00221
INT-000425	chat	35	2024-06-11 07:46:02	16.0	29.00	2024-06-11 08:02:02	6	Mécontentement : panne à répétition	Bonjour, quelqu'un est disponible ? C'est au sujet de mon casque.	TKT-00222
INT-000426	chat	35	2024-06-11 11:57:00	6.6	19.00	2024-06-11 12:03:36	6	Réclamation à traiter en priorité : panne à répétition	Bonjour, je vous contacte au sujet de mon casque (panne à répétition)	TKT-00222
INT-000427	phone	40	2024-06-12 16:54:33	7.5	62.00	2024-06-12 17:02:03	3	\N	\N	TKT-00223
INT-000428	chat	50	2024-06-13 16:46:14	6.1	13.00	2024-06-13 16:52:20	3	Defekt an meinem Lautsprecher: Bluetooth-Kopplung schlägt fehl	Hallo, Bluetooth-Kopplung schlägt fehl – können Sie mir helfen?	TKT-00224
INT-000429	phone	17	2024-06-17 08:35:20	6.8	47.00	2024-06-17 08:42:08	3	\N	\N	TKT-00225
INT-000430	phone	17	2024-06-17 09:37:34	5.4	43.00	2024-06-17 09:42:58	3	\N	\N	TKT-00225
INT-000431	phone	17	2024-06-17 09:47:10	8.6	56.00	2024-06-17 09:55:46	3	\N	\N	TKT-00225
INT-000432	phone	17	2024-06-17 10:52:42	7.2	42.00	2024-06-17 10:59:54	3	\N	\N	TKT-00225
INT-000433	phone	17	2024-06-17 13:14:07	9.7	179.00	2024-06-17 13:23:49	3	\N	\N	TKT-00225
INT-000434	phone	17	2024-06-17 14:04:08	10.6	19.00	2024-06-17 14:14:44	3	\N	\N	TKT-00225
INT-000435	phone	17	2024-06-17 14:16:27	7.5	95.00	2024-06-17 14:23:57	1	\N	\N	TKT-00225
INT-000436	chat	5	2024-06-17 14:26:13	10.4	26.00	2024-06-17 14:36:37	9	My headphones order – change of delivery address	Hi, I need help with my headphones: change of delivery address	TKT-00226
INT-000437	phone	17	2024-06-17 14:26:20	5.1	36.00	2024-06-17 14:31:26	3	\N	\N	TKT-00225
INT-000438	phone	120	2024-06-17 16:43:41	9.9	40.00	2024-06-17 16:53:35	8	\N	\N	TKT-00227
INT-000439	phone	120	2024-06-17 20:02:52	13.9	70.00	2024-06-17 20:16:46	8	\N	\N	TKT-00227
INT-000440	phone	98	2024-06-18 10:15:37	7.5	20.00	2024-06-18 10:23:07	9	\N	\N	TKT-00228
INT-000441	phone	98	2024-06-18 11:16:00	7.1	79.00	2024-06-18 11:23:06	3	\N	\N	TKT-00228
INT-000442	phone	98	2024-06-18 12:19:53	12.7	136.00	2024-06-18 12:32:35	9	\N	\N	TKT-00228
INT-000443	phone	98	2024-06-18 12:45:52	18.9	20.00	2024-06-18 13:04:46	9	\N	\N	TKT-00228
INT-000444	phone	98	2024-06-18 13:34:16	10.1	44.00	2024-06-18 13:44:22	9	\N	\N	TKT-00228
INT-000445	phone	98	2024-06-18 15:46:47	18.9	168.00	2024-06-18 16:05:41	3	\N	\N	TKT-00228
INT-000446	email	1	2024-06-18 21:18:20	11.9	1.83	2024-06-18 21:30:14	4	Demande d'information : quel amplificateur pour mes enceintes	Bonjour, je compare plusieurs modèles et j'aurais besoin d'informations sur votre casque (quel amplificateur pour mes enceintes). Merci d'avance.	TKT-00229
INT-000447	phone	119	2024-06-19 08:09:23	6.6	42.00	2024-06-19 08:15:59	8	\N	\N	TKT-00230
INT-000448	phone	119	2024-06-19 08:31:30	12.3	37.00	2024-06-19 08:43:48	8	\N	\N	TKT-00230
INT-000449	chat	49	2024-06-19 20:49:06	10.9	23.00	2024-06-19 21:00:00	5	Livraison de mon enceinte – commande toujours pas livrée	Bonjour, mon problème : commande toujours pas livrée	TKT-00231
INT-000450	phone	49	2024-06-19 21:59:24	2.3	76.00	2024-06-19 22:01:42	5	\N	\N	TKT-00231
INT-000451	phone	7	2024-06-21 09:57:42	2.3	68.00	2024-06-21 10:00:00	7	\N	\N	TKT-00232
INT-000452	phone	7	2024-06-21 15:43:27	10.3	154.00	2024-06-21 15:53:45	8	\N	\N	TKT-00232
INT-000453	phone	97	2024-06-22 08:03:10	3.7	350.00	2024-06-22 08:06:52	12	\N	\N	TKT-00233
INT-000454	email	97	2024-06-22 11:08:46	6.8	1.24	2024-06-22 11:15:34	6	Re: Payment issue with my speakers order	Good afternoon, could you please help me with the following: refund not received? The order concerned is ORD-619833.	TKT-00233
INT-000455	phone	54	2024-06-22 13:56:26	5.7	18.00	2024-06-22 14:02:08	12	\N	\N	TKT-00234
INT-000456	phone	54	2024-06-22 17:05:33	9.6	106.00	2024-06-22 17:15:09	6	\N	\N	TKT-00234
INT-000457	phone	54	2024-06-22 18:27:03	3.3	38.00	2024-06-22 18:30:21	12	\N	\N	TKT-00234
INT-000458	phone	6	2024-06-28 08:33:12	14.8	18.00	2024-06-28 08:48:00	2	\N	\N	TKT-00235
INT-000459	phone	6	2024-06-28 10:26:52	6.6	33.00	2024-06-28 10:33:28	2	\N	\N	TKT-00235
INT-000460	phone	6	2024-06-28 10:42:33	6.8	18.00	2024-06-28 10:49:21	2	\N	\N	TKT-00235
INT-000461	phone	6	2024-06-28 11:05:56	20.2	122.00	2024-06-28 11:26:08	2	\N	\N	TKT-00235
INT-000462	phone	6	2024-06-28 12:32:45	3.8	62.00	2024-06-28 12:36:33	2	\N	\N	TKT-00235
INT-000463	chat	6	2024-06-28 14:07:17	17.5	8.00	2024-06-28 14:24:47	2	Warranty case for my speakers: collection for repair	Hello, I'm contacting you about my speakers (collection for repair)	TKT-00235
INT-000464	phone	1	2024-06-30 17:04:50	19.0	18.00	2024-06-30 17:23:50	5	\N	\N	TKT-00236
INT-000465	phone	1	2024-06-30 18:34:15	6.6	79.00	2024-06-30 18:40:51	5	\N	\N	TKT-00236
INT-000466	chat	77	2024-07-02 13:12:44	6.2	64.00	2024-07-02 13:18:56	6	Help needed: power or battery problem on my speakers	Hi there – power or battery problem, can you help?	TKT-00237
INT-000467	chat	77	2024-07-02 17:39:07	6.2	33.00	2024-07-02 17:45:19	6	Problem with my speakers – power or battery problem	Hi there – power or battery problem, can you help?	TKT-00237
INT-000468	chat	109	2024-07-03 15:31:59	14.5	33.00	2024-07-03 15:46:29	9	Technical issue (hum or crackling noise)	Good morning, my problem is: hum or crackling noise	TKT-00238
INT-000469	phone	7	2024-07-05 17:31:54	5.4	131.00	2024-07-05 17:37:18	5	\N	\N	TKT-00239
INT-000470	email	17	2024-07-08 12:39:55	7.2	0.86	2024-07-08 12:47:07	5	Anliegen an die Buchhaltung: Bitte um eine Rechnung	Hallo, bei der Bezahlung für meinen Lautsprecher ist ein Problem aufgetreten: Bitte um eine Rechnung. Bitte teilen Sie mir mit, was ich tun muss.	TKT-00240
INT-000471	email	17	2024-07-08 17:00:33	4.4	0.26	2024-07-08 17:04:57	12	AW: Zahlungsfrage: Bitte um eine Rechnung	Guten Tag, könnten Sie mir bitte bei folgendem Anliegen helfen: Bitte um eine Rechnung? Es geht um die Bestellung ORD-580142.	TKT-00240
INT-000472	phone	26	2024-07-09 19:42:51	10.0	45.00	2024-07-09 19:52:51	5	\N	\N	TKT-00241
INT-000473	phone	26	2024-07-10 01:03:28	2.7	93.00	2024-07-10 01:06:10	5	\N	\N	TKT-00241
INT-000474	phone	80	2024-07-11 08:25:57	5.2	11.00	2024-07-11 08:31:09	1	\N	\N	TKT-00242
INT-000475	phone	80	2024-07-11 10:36:52	8.2	102.00	2024-07-11 10:45:04	1	\N	\N	TKT-00242
INT-000476	chat	76	2024-07-11 10:55:32	7.4	21.00	2024-07-11 11:02:56	1	My amplifier: distorted sound	Hi, I need help with my amplifier: distorted sound	TKT-00243
INT-000477	chat	76	2024-07-11 15:05:37	13.3	20.00	2024-07-11 15:18:55	7	Help needed: distorted sound on my amplifier	Good morning, my problem is: distorted sound	TKT-00243
INT-000478	phone	94	2024-07-12 11:26:39	7.7	83.00	2024-07-12 11:34:21	4	\N	\N	TKT-00244
INT-000479	email	94	2024-07-12 14:42:22	6.6	2.21	2024-07-12 14:48:58	4	AW: Frage zum Versand: Bestellung noch nicht geliefert	Sehr geehrte Damen und Herren, ich wende mich wegen eines Lieferproblems an Sie: Bestellung noch nicht geliefert. Die Bestellnummer lautet ORD-350964. Wie geht es nun weiter?	TKT-00244
INT-000480	phone	94	2024-07-12 15:17:00	8.0	38.00	2024-07-12 15:25:00	4	\N	\N	TKT-00244
INT-000481	phone	82	2024-07-17 14:16:14	3.7	109.00	2024-07-17 14:19:56	6	\N	\N	TKT-00245
INT-000482	chat	42	2024-07-24 13:14:01	6.9	11.00	2024-07-24 13:20:55	8	Bitte um Hilfe: Bluetooth-Kopplung schlägt fehl	Hallo, ich habe eine Frage zu meinem Lautsprecher (Bluetooth-Kopplung schlägt fehl)	TKT-00246
INT-000483	phone	1	2024-07-27 13:42:49	15.8	24.00	2024-07-27 13:58:37	7	\N	\N	TKT-00247
INT-000484	email	3	2024-07-28 12:43:28	10.2	1.49	2024-07-28 12:53:40	7	Question sur l'expédition de mon casque	Bonjour, pourriez-vous m'aider avec la commande ORD-164205 ? Le problème : suivi du colis non mis à jour. Merci.	TKT-00248
INT-000485	email	3	2024-07-28 15:01:23	8.5	1.88	2024-07-28 15:09:53	4	RE : Livraison de mon casque – suivi du colis non mis à jour	Bonjour, j'ai commandé mon casque la semaine dernière et il y a un problème : suivi du colis non mis à jour. Numéro de commande : ORD-164205.	TKT-00248
INT-000486	email	3	2024-07-28 15:32:37	5.4	0.25	2024-07-28 15:38:01	7	RE : Problème de livraison : suivi du colis non mis à jour	Bonjour, ma commande ORD-164205 (casque) pose problème : suivi du colis non mis à jour. Pourriez-vous vérifier, s'il vous plaît ?	TKT-00248
INT-000487	email	3	2024-07-28 16:56:09	5.8	1.25	2024-07-28 17:01:57	7	RE : Suivi de commande : suivi du colis non mis à jour	Madame, Monsieur, je vous contacte pour un problème de livraison : suivi du colis non mis à jour. La référence de commande est ORD-164205. Merci de m'indiquer la marche à suivre.	TKT-00248
INT-000488	email	70	2024-07-29 11:53:49	5.0	0.24	2024-07-29 11:58:49	11	Anliegen an die Buchhaltung: Bitte um eine Rechnung	Guten Tag, könnten Sie mir bitte bei folgendem Anliegen helfen: Bitte um eine Rechnung? Es geht um die Bestellung ORD-463683.	TKT-00249
INT-000489	email	70	2024-07-29 16:18:12	4.2	0.68	2024-07-29 16:22:24	11	AW: Frage zur Abrechnung: Bitte um eine Rechnung	Hallo, bei der Bezahlung für meinen Lautsprecher ist ein Problem aufgetreten: Bitte um eine Rechnung. Bitte teilen Sie mir mit, was ich tun muss.	TKT-00249
INT-000490	chat	120	2024-07-30 15:02:23	11.3	29.00	2024-07-30 15:13:41	11	Zahlung meiner Bestellung – doppelte Abbuchung	Hallo, ich habe eine Frage zu meinem Kopfhörer (doppelte Abbuchung)	TKT-00250
INT-000491	phone	120	2024-07-30 17:45:19	8.9	25.00	2024-07-30 17:54:13	11	\N	\N	TKT-00250
INT-000492	chat	119	2024-08-01 10:34:06	7.6	12.00	2024-08-01 10:41:42	2	Enquiry before buying: compatibility question	Hello, I'm contacting you about my headphones (compatibility question)	TKT-00251
INT-000493	phone	97	2024-08-06 11:57:16	5.4	8.00	2024-08-06 12:02:40	6	\N	\N	TKT-00252
INT-000494	phone	58	2024-08-07 14:51:33	6.7	6.00	2024-08-07 14:58:15	6	\N	\N	TKT-00253
INT-000495	phone	58	2024-08-07 16:17:42	12.2	61.00	2024-08-07 16:29:54	6	\N	\N	TKT-00253
INT-000496	chat	115	2024-08-08 15:42:13	10.2	25.00	2024-08-08 15:52:25	7	Réclamation concernant mon tourne-disque	Bonjour, mauvaise expérience de livraison, pouvez-vous m'aider ?	TKT-00254
INT-000497	chat	115	2024-08-08 19:02:37	8.9	21.00	2024-08-08 19:11:31	7	Réclamation : mauvaise expérience de livraison	Bonjour, j'ai besoin d'aide avec mon tourne-disque : mauvaise expérience de livraison	TKT-00254
INT-000498	chat	67	2024-08-12 14:31:50	15.5	16.00	2024-08-12 14:47:20	7	Renseignements sur votre amplificateur : question de compatibilité	Bonjour, j'ai un problème : question de compatibilité	TKT-00255
INT-000499	chat	112	2024-08-13 14:07:59	7.2	188.00	2024-08-13 14:15:11	2	Problème avec mon enceinte : coupures de connexion fréquentes	Bonjour, j'ai besoin d'aide avec mon enceinte : coupures de connexion fréquentes	TKT-00256
INT-000500	phone	6	2024-08-14 17:42:00	14.8	29.00	2024-08-14 17:56:48	4	\N	\N	TKT-00257
INT-000501	phone	41	2024-08-16 16:25:16	3.9	25.00	2024-08-16 16:29:10	3	\N	\N	TKT-00258
INT-000502	phone	41	2024-08-16 18:53:10	6.7	17.00	2024-08-16 18:59:52	3	\N	\N	TKT-00258
INT-000503	phone	41	2024-08-16 19:08:13	7.9	78.00	2024-08-16 19:16:07	3	\N	\N	TKT-00258
INT-000504	phone	41	2024-08-16 20:51:54	8.7	33.00	2024-08-16 21:00:36	9	\N	\N	TKT-00258
INT-000505	chat	4	2024-08-17 08:11:55	5.8	21.00	2024-08-17 08:17:43	10	Bitte um Hilfe: Problem mit Akku oder Stromversorgung	Hallo, ist jemand da? Es geht um meinen Kopfhörer.	TKT-00259
INT-000506	chat	4	2024-08-17 13:46:59	5.1	29.00	2024-08-17 13:52:05	10	Technische Störung – Problem mit Akku oder Stromversorgung	Guten Tag, eine kurze Frage zu meinem Kopfhörer	TKT-00259
INT-000507	email	110	2024-08-17 17:30:02	7.0	2.09	2024-08-17 17:37:02	7	Lieferproblem: Sendungsverfolgung nicht aktualisiert	Guten Tag, ich brauche Hilfe zu meiner Lieferung (Lautsprecher) – Sendungsverfolgung nicht aktualisiert. Über eine schnelle Antwort würde ich mich freuen.	TKT-00260
INT-000508	phone	110	2024-08-17 18:56:49	6.1	125.00	2024-08-17 19:02:55	7	\N	\N	TKT-00260
INT-000509	email	84	2024-08-18 07:24:34	5.7	1.30	2024-08-18 07:30:16	4	Order enquiry: order not delivered yet	Good morning, could you help me with order ORD-210949? The issue is: order not delivered yet. Thank you.	TKT-00261
INT-000510	phone	49	2024-08-18 12:15:41	14.9	43.00	2024-08-18 12:30:35	10	\N	\N	TKT-00262
INT-000511	phone	49	2024-08-18 16:50:03	4.7	21.00	2024-08-18 16:54:45	10	\N	\N	TKT-00262
INT-000512	chat	120	2024-08-20 15:22:03	5.3	26.00	2024-08-20 15:27:21	3	Lieferproblem: Bestellung noch nicht geliefert	Hallo, ich brauche Hilfe mit meinem Lautsprecher: Bestellung noch nicht geliefert	TKT-00263
INT-000513	chat	120	2024-08-20 16:09:34	6.9	22.00	2024-08-20 16:16:28	3	Lieferproblem: Bestellung noch nicht geliefert	Hallo, ich habe eine Frage zu meinem Lautsprecher (Bestellung noch nicht geliefert)	TKT-00263
INT-000514	chat	74	2024-08-23 11:40:08	14.5	86.00	2024-08-23 11:54:38	6	Panne de mon enceinte : échec de la mise à jour du firmware	Bonjour, une petite question sur mon enceinte	TKT-00264
INT-000515	email	66	2024-08-23 13:07:33	7.6	0.29	2024-08-23 13:15:09	4	Dossier de réparation de mon tourne-disque	Madame, Monsieur, concernant mon tourne-disque : état d'avancement de la réparation. Merci de m'indiquer comment vous envoyer l'appareil.	TKT-00265
INT-000516	email	66	2024-08-23 13:36:47	6.2	0.36	2024-08-23 13:42:59	4	RE : Dossier de réparation de mon tourne-disque	Bonjour, pourriez-vous me donner des nouvelles de mon dossier (état d'avancement de la réparation) ? Référence de commande : ORD-847083.	TKT-00265
INT-000517	email	66	2024-08-23 14:20:27	7.6	0.60	2024-08-23 14:28:03	4	RE : Demande SAV : état d'avancement de la réparation	Bonjour, je souhaite ouvrir un dossier de garantie pour mon tourne-disque : état d'avancement de la réparation. La commande d'origine est ORD-847083.	TKT-00265
INT-000518	email	66	2024-08-23 14:47:45	14.5	0.32	2024-08-23 15:02:15	4	RE : Garantie pour mon tourne-disque	Bonjour, je souhaite retourner mon tourne-disque au titre de la garantie. Motif : état d'avancement de la réparation. Comment dois-je procéder ?	TKT-00265
INT-000519	chat	74	2024-08-23 15:05:42	18.8	120.00	2024-08-23 15:24:30	6	Panne de mon enceinte : échec de la mise à jour du firmware	Bonjour, j'ai besoin d'aide avec mon enceinte : échec de la mise à jour du firmware	TKT-00264
INT-000520	email	66	2024-08-23 16:07:19	18.7	1.08	2024-08-23 16:26:01	4	RE : Garantie pour mon tourne-disque	Madame, Monsieur, j'attends toujours des nouvelles concernant mon tourne-disque. Sujet : état d'avancement de la réparation. Pourriez-vous m'indiquer les prochaines étapes ?	TKT-00265
INT-000521	email	66	2024-08-23 16:49:33	6.8	0.39	2024-08-23 16:56:21	4	RE : Demande SAV : état d'avancement de la réparation	Bonjour, je souhaite ouvrir un dossier de garantie pour mon tourne-disque : état d'avancement de la réparation. La commande d'origine est ORD-847083.	TKT-00265
INT-000522	email	66	2024-08-23 17:11:49	6.9	0.25	2024-08-23 17:18:43	4	RE : Demande SAV : état d'avancement de la réparation	Bonjour, je souhaite ouvrir un dossier de garantie pour mon tourne-disque : état d'avancement de la réparation. La commande d'origine est ORD-847083.	TKT-00265
INT-000523	email	66	2024-08-23 18:12:28	5.6	0.89	2024-08-23 18:18:04	4	RE : Prise en charge sous garantie – état d'avancement de la réparation	Bonjour, l'appareil a été acheté avec la commande ORD-847083. Objet de ma demande : état d'avancement de la réparation. Merci d'avance.	TKT-00265
INT-000524	email	66	2024-08-23 18:42:10	7.5	0.40	2024-08-23 18:49:40	4	RE : Dossier de réparation de mon tourne-disque	Madame, Monsieur, j'attends toujours des nouvelles concernant mon tourne-disque. Sujet : état d'avancement de la réparation. Pourriez-vous m'indiquer les prochaines étapes ?	TKT-00265
INT-000525	email	57	2024-08-25 21:15:56	10.2	1.26	2024-08-25 21:26:08	12	Question about my payment – vat invoice for my business	Good afternoon, could you please help me with the following: vat invoice for my business? The order concerned is ORD-586199.	TKT-00266
INT-000526	email	57	2024-08-26 00:04:40	4.8	2.34	2024-08-26 00:09:28	3	Re: Order for my amplifier: vat invoice for my business	Hello, there was a problem with the payment for my amplifier: vat invoice for my business. Please let me know what I need to do.	TKT-00266
INT-000527	email	57	2024-08-26 01:44:20	8.5	0.75	2024-08-26 01:52:50	12	Re: Billing query: vat invoice for my business	Good afternoon, could you please help me with the following: vat invoice for my business? The order concerned is ORD-586199.	TKT-00266
INT-000528	phone	35	2024-08-26 11:14:17	12.2	70.00	2024-08-26 11:26:29	1	\N	\N	TKT-00267
INT-000529	phone	12	2024-08-26 11:35:28	16.0	50.00	2024-08-26 11:51:28	9	\N	\N	TKT-00268
INT-000530	phone	85	2024-08-26 19:10:04	3.3	8.00	2024-08-26 19:13:22	10	\N	\N	TKT-00269
INT-000531	phone	85	2024-08-26 22:14:06	30.6	59.00	2024-08-26 22:44:42	10	\N	\N	TKT-00269
INT-000532	chat	13	2024-08-27 20:18:10	6.7	9.00	2024-08-27 20:24:52	6	Payment issue with my speakers order	Hi there – payment failed, can you help?	TKT-00270
INT-000533	phone	13	2024-08-27 22:02:13	19.8	28.00	2024-08-27 22:22:01	6	\N	\N	TKT-00270
INT-000534	chat	25	2024-08-29 18:57:01	8.9	6.00	2024-08-29 19:05:55	4	Störung bei meinem Lautsprecher	Hallo, ist jemand da? Es geht um meinen Lautsprecher.	TKT-00271
INT-000535	chat	25	2024-08-29 21:15:25	8.3	28.00	2024-08-29 21:23:43	4	Bitte um Hilfe: Bluetooth-Kopplung schlägt fehl	Guten Tag, ich habe ein Problem: Bluetooth-Kopplung schlägt fehl	TKT-00271
INT-000536	email	59	2024-09-02 10:21:50	3.6	0.61	2024-09-02 10:25:26	4	Return/repair: exchange for dead-on-arrival unit	Good afternoon, the device was bought with order ORD-779670. My request: exchange for dead-on-arrival unit. Thank you in advance.	TKT-00272
INT-000537	email	100	2024-09-02 11:32:22	5.9	0.44	2024-09-02 11:38:16	3	Ma commande : pièces manquantes dans le colis	Bonjour, j'ai commandé mon casque la semaine dernière et il y a un problème : pièces manquantes dans le colis. Numéro de commande : ORD-581449.	TKT-00273
INT-000538	email	59	2024-09-02 12:32:11	4.3	0.39	2024-09-02 12:36:29	4	Re: Warranty case for my speakers: exchange for dead-on-arrival unit	Good afternoon, the device was bought with order ORD-779670. My request: exchange for dead-on-arrival unit. Thank you in advance.	TKT-00272
INT-000539	phone	59	2024-09-02 13:06:18	7.0	19.00	2024-09-02 13:13:18	4	\N	\N	TKT-00272
INT-000540	email	100	2024-09-02 16:48:15	8.1	0.36	2024-09-02 16:56:21	3	RE : Question sur l'expédition de mon casque	Bonjour, ma commande ORD-581449 (casque) pose problème : pièces manquantes dans le colis. Pourriez-vous vérifier, s'il vous plaît ?	TKT-00273
INT-000541	phone	9	2024-09-03 11:02:22	10.5	86.00	2024-09-03 11:12:52	8	\N	\N	TKT-00274
INT-000542	phone	92	2024-09-03 15:21:16	6.4	76.00	2024-09-03 15:27:40	11	\N	\N	TKT-00276
INT-000543	email	22	2024-09-03 15:43:12	11.7	1.45	2024-09-03 15:54:54	8	Demande d'information : disponibilité en stock	Bonjour, j'ai une question avant achat concernant votre enceinte : disponibilité en stock. Quel modèle me recommandez-vous ?	TKT-00275
INT-000544	phone	29	2024-09-07 12:04:58	4.2	6.00	2024-09-07 12:09:10	10	\N	\N	TKT-00277
INT-000545	phone	29	2024-09-07 14:25:40	10.3	17.00	2024-09-07 14:35:58	10	\N	\N	TKT-00277
INT-000546	phone	96	2024-09-09 12:20:50	36.1	76.00	2024-09-09 12:56:56	5	\N	\N	TKT-00279
INT-000547	email	49	2024-09-09 12:31:24	5.0	1.81	2024-09-09 12:36:24	5	Dossier de réparation de mon casque	Bonjour, pourriez-vous me donner des nouvelles de mon dossier (demande d'autorisation de retour) ? Référence de commande : ORD-515146.	TKT-00278
INT-000548	chat	96	2024-09-09 13:37:50	6.2	10.00	2024-09-09 13:44:02	3	Assistance technique pour mon amplificateur	Bonjour, une petite question sur mon amplificateur	TKT-00279
INT-000549	email	24	2024-09-10 17:08:23	3.6	0.68	2024-09-10 17:11:59	9	Defekt an meinem Kopfhörer: verzerrter Klang	Hallo, seit gestern habe ich folgendes Problem mit meinem Kopfhörer: verzerrter Klang. Was kann ich tun?	TKT-00280
INT-000550	phone	24	2024-09-10 21:25:33	13.1	37.00	2024-09-10 21:38:39	9	\N	\N	TKT-00280
INT-000551	phone	40	2024-09-11 09:38:41	4.5	117.00	2024-09-11 09:43:11	10	\N	\N	TKT-00281
INT-000552	chat	86	2024-09-11 11:06:01	8.9	108.00	2024-09-11 11:14:55	9	Defekt an meinem Lautsprecher: Problem mit Akku oder Stromversorgung	Hallo, ist jemand da? Es geht um meinen Lautsprecher.	TKT-00282
INT-000553	phone	40	2024-09-11 11:58:50	3.1	38.00	2024-09-11 12:01:56	10	\N	\N	TKT-00281
INT-000554	phone	86	2024-09-11 12:58:35	5.3	112.00	2024-09-11 13:03:53	9	\N	\N	TKT-00282
INT-000555	chat	84	2024-09-12 16:42:55	13.0	30.00	2024-09-12 16:55:55	6	Enquiry before buying: technical specifications	Hello, quick question about my turntable	TKT-00283
INT-000556	email	51	2024-09-13 11:42:26	6.6	1.20	2024-09-13 11:49:02	6	Gewährleistung – Umtausch wegen Defekt bei Lieferung	Sehr geehrte Damen und Herren, es geht um meinen Lautsprecher: Umtausch wegen Defekt bei Lieferung. Bitte teilen Sie mir mit, wie ich das Gerät einsenden kann.	TKT-00284
INT-000557	chat	51	2024-09-13 12:22:52	12.7	73.00	2024-09-13 12:35:34	6	Rücksendung/Reparatur: Umtausch wegen Defekt bei Lieferung	Guten Tag, mein Anliegen: Umtausch wegen Defekt bei Lieferung	TKT-00284
INT-000558	email	51	2024-09-13 14:07:47	10.4	1.07	2024-09-13 14:18:11	6	AW: Garantiefall: Umtausch wegen Defekt bei Lieferung	Sehr geehrte Damen und Herren, es geht um meinen Lautsprecher: Umtausch wegen Defekt bei Lieferung. Bitte teilen Sie mir mit, wie ich das Gerät einsenden kann.	TKT-00284
INT-000559	phone	51	2024-09-13 14:44:03	12.4	33.00	2024-09-13 14:56:27	6	\N	\N	TKT-00284
INT-000560	email	51	2024-09-13 15:44:09	13.4	0.54	2024-09-13 15:57:33	10	AW: Garantiefall: Umtausch wegen Defekt bei Lieferung	Sehr geehrte Damen und Herren, ich warte noch immer auf eine Nachricht zu meinem Lautsprecher. Betreff: Umtausch wegen Defekt bei Lieferung. Wie geht es weiter?	TKT-00284
INT-000561	email	43	2024-09-16 15:29:12	3.4	0.51	2024-09-16 15:32:36	6	Beschwerde zu meinem Lautsprecher	Hallo, das ist bereits meine dritte Nachricht zu meinem Lautsprecher. Grund meiner Beschwerde: wiederholt auftretender Defekt. Bitte antworten Sie zeitnah.	TKT-00285
INT-000562	phone	32	2024-09-17 18:32:29	5.0	26.00	2024-09-17 18:37:29	6	\N	\N	TKT-00286
INT-000563	phone	32	2024-09-17 19:39:18	10.9	24.00	2024-09-17 19:50:12	6	\N	\N	TKT-00286
INT-000564	chat	82	2024-09-18 16:06:14	4.0	50.00	2024-09-18 16:10:14	12	Problem with my headphones – hum or crackling noise	Hello, I'm contacting you about my headphones (hum or crackling noise)	TKT-00287
INT-000565	phone	36	2024-09-20 17:06:56	16.9	66.00	2024-09-20 17:23:50	12	\N	\N	TKT-00288
INT-000566	chat	116	2024-09-23 14:44:31	11.5	46.00	2024-09-23 14:56:01	12	Garantiefall: Abholung zur Reparatur	Hallo, ich habe eine Frage zu meinem Kopfhörer (Abholung zur Reparatur)	TKT-00289
INT-000567	chat	116	2024-09-26 09:04:36	6.4	14.00	2024-09-26 09:11:00	8	Informationen zum Lautsprecher: passender Verstärker für meine Lautsprecher	Hallo, ich brauche Hilfe mit meinem Lautsprecher: passender Verstärker für meine Lautsprecher	TKT-00290
INT-000568	chat	64	2024-10-03 15:40:35	12.3	29.00	2024-10-03 15:52:53	8	Order for my headphones: charged twice	Hi, is anyone available? It's about my headphones.	TKT-00291
INT-000569	phone	49	2024-10-03 17:07:20	5.6	76.00	2024-10-03 17:12:56	2	\N	\N	TKT-00292
INT-000570	chat	64	2024-10-03 18:37:54	15.4	56.00	2024-10-03 18:53:18	8	Question about my payment – charged twice	Hello, I'm contacting you about my headphones (charged twice)	TKT-00291
INT-000571	phone	3	2024-10-07 15:07:04	14.2	191.00	2024-10-07 15:21:16	4	\N	\N	TKT-00293
INT-000572	phone	3	2024-10-07 15:39:06	6.4	12.00	2024-10-07 15:45:30	4	\N	\N	TKT-00293
INT-000573	chat	16	2024-10-08 11:24:56	9.4	17.00	2024-10-08 11:34:20	6	My speakers: no sound	Good morning, my problem is: no sound	TKT-00294
INT-000574	chat	16	2024-10-08 13:47:11	7.8	28.00	2024-10-08 13:54:59	5	Problem with my speakers – no sound	Hello, I have an issue: no sound	TKT-00294
INT-000575	email	111	2024-10-10 14:27:49	10.7	0.75	2024-10-10 14:38:31	12	Help needed: distorted sound on my headphones	Hello, my headphones stopped working properly. The problem: distorted sound. Do I need to send the device in?	TKT-00295
INT-000576	chat	62	2024-10-11 10:11:17	9.6	78.00	2024-10-11 10:20:53	12	Demande d'aide – pas de son	Bonjour, j'ai besoin d'aide avec mon casque : pas de son	TKT-00296
INT-000577	phone	88	2024-10-11 10:51:49	6.0	102.00	2024-10-11 10:57:49	2	\N	\N	TKT-00297
INT-000578	phone	13	2024-10-12 08:02:06	8.8	20.00	2024-10-12 08:10:54	2	\N	\N	TKT-00298
INT-000579	email	13	2024-10-12 09:26:49	14.2	0.94	2024-10-12 09:41:01	2	Re: Warranty claim for my speakers	Hello, could you please give me an update on my case (exchange for dead-on-arrival unit)? Order reference: ORD-782804.	TKT-00298
INT-000580	phone	13	2024-10-12 10:14:52	8.8	41.00	2024-10-12 10:23:40	2	\N	\N	TKT-00298
INT-000581	email	67	2024-10-14 15:44:12	8.8	0.51	2024-10-14 15:53:00	5	Ma commande : pièces manquantes dans le colis	Bonjour, j'ai commandé mon amplificateur la semaine dernière et il y a un problème : pièces manquantes dans le colis. Numéro de commande : ORD-812614.	TKT-00299
INT-000582	phone	67	2024-10-14 18:25:51	7.7	33.00	2024-10-14 18:33:33	5	\N	\N	TKT-00299
INT-000583	phone	76	2024-10-15 15:11:47	10.5	188.00	2024-10-15 15:22:17	3	\N	\N	TKT-00300
INT-000584	chat	87	2024-10-15 15:11:54	7.7	26.00	2024-10-15 15:19:36	12	Störung bei meinem Lautsprecher	Guten Tag, eine kurze Frage zu meinem Lautsprecher	TKT-00301
INT-000585	chat	87	2024-10-15 18:44:03	12.0	27.00	2024-10-15 18:56:03	12	Bitte um Hilfe: Problem mit Akku oder Stromversorgung	Guten Tag, ich habe ein Problem: Problem mit Akku oder Stromversorgung	TKT-00301
INT-000586	phone	73	2024-10-17 10:30:52	4.1	343.00	2024-10-17 10:34:58	8	\N	\N	TKT-00302
INT-000587	phone	39	2024-10-18 20:11:48	10.5	32.00	2024-10-18 20:22:18	12	\N	\N	TKT-00303
INT-000588	email	39	2024-10-18 23:31:09	9.1	1.99	2024-10-18 23:40:15	12	Re: Escalation request: recurring fault	Hello, this is my third message about my speakers. Reason for my complaint: recurring fault. Please respond promptly.	TKT-00303
INT-000589	email	67	2024-10-24 10:04:18	8.1	1.13	2024-10-24 10:12:24	12	Suivi de commande : mauvais article livré	Madame, Monsieur, je vous contacte pour un problème de livraison : mauvais article livré. La référence de commande est ORD-462243. Merci de m'indiquer la marche à suivre.	TKT-00304
INT-000590	email	67	2024-10-24 11:09:42	3.6	0.65	2024-10-24 11:13:18	12	RE : Ma commande : mauvais article livré	Bonjour, concernant la livraison de mon tourne-disque : mauvais article livré. Pouvez-vous me dire quelle est la prochaine étape ?	TKT-00304
INT-000591	phone	67	2024-10-24 12:31:18	8.8	59.00	2024-10-24 12:40:06	12	\N	\N	TKT-00304
INT-000592	phone	47	2024-10-25 09:54:43	8.6	8.00	2024-10-25 10:03:19	6	\N	\N	TKT-00305
INT-000593	email	8	2024-10-28 08:56:45	12.6	0.80	2024-10-28 09:09:21	12	Beschwerde zu meinem Lautsprecher	Guten Tag, das ist für mich nicht akzeptabel. Beschwerde: zu lange Wartezeit. Ich möchte mit einer Führungskraft sprechen.	TKT-00306
INT-000594	phone	79	2024-10-31 10:24:03	8.6	24.00	2024-10-31 10:32:39	6	\N	\N	TKT-00307
INT-000595	chat	103	2024-10-31 12:34:06	10.8	27.00	2024-10-31 12:44:54	2	Order for my headphones: invoice request	Hello, I'm contacting you about my headphones (invoice request)	TKT-00308
INT-000596	chat	103	2024-10-31 15:56:28	22.2	21.00	2024-10-31 16:18:40	2	Question about my payment – invoice request	Good morning, my problem is: invoice request	TKT-00308
INT-000597	chat	61	2024-11-01 18:07:53	14.1	5.00	2024-11-01 18:21:59	12	Informationen zum Kopfhörer: technische Daten	Hallo, technische Daten – können Sie mir helfen?	TKT-00309
INT-000598	phone	120	2024-11-03 16:43:31	4.6	35.00	2024-11-03 16:48:07	2	\N	\N	TKT-00310
INT-000599	phone	6	2024-11-07 06:42:47	6.0	47.00	2024-11-07 06:48:47	5	\N	\N	TKT-00311
INT-000600	phone	6	2024-11-07 07:37:20	4.2	136.00	2024-11-07 07:41:32	5	\N	\N	TKT-00311
INT-000601	email	56	2024-11-15 13:56:31	10.1	0.25	2024-11-15 14:06:37	7	Question about my payment – invoice request	Hi, I have a billing question (invoice request) about my headphones. My order number is ORD-111878.	TKT-00312
INT-000602	email	56	2024-11-15 19:27:45	3.6	0.97	2024-11-15 19:31:21	7	Re: Payment issue with my headphones order	Hello, regarding order ORD-111878 for my headphones: invoice request. Could you please look into this?	TKT-00312
INT-000603	email	92	2024-11-16 10:52:19	8.4	0.87	2024-11-16 11:00:43	12	Shipping query: order not delivered yet	Hello, there is a problem with my order ORD-341071 (speakers): order not delivered yet. Could you please check this for me?	TKT-00313
INT-000604	phone	45	2024-11-18 08:32:30	6.9	70.00	2024-11-18 08:39:24	6	\N	\N	TKT-00314
INT-000605	phone	9	2024-11-19 17:24:51	8.1	17.00	2024-11-19 17:32:57	1	\N	\N	TKT-00315
INT-000606	phone	9	2024-11-19 20:28:24	7.2	8.00	2024-11-19 20:35:36	1	\N	\N	TKT-00315
INT-000607	chat	86	2024-11-20 11:51:33	18.0	4.00	2024-11-20 12:09:33	3	Frage zur Abrechnung: Bitte um eine Rechnung	Hallo, ich habe eine Frage zu meinem Kopfhörer (Bitte um eine Rechnung)	TKT-00316
INT-000608	email	86	2024-11-20 14:34:28	4.4	0.74	2024-11-20 14:38:52	3	AW: Zahlung meiner Bestellung – Bitte um eine Rechnung	Guten Tag, zu meiner Bestellung ORD-676655 (Kopfhörer): Bitte um eine Rechnung. Könnten Sie das bitte prüfen?	TKT-00316
INT-000609	chat	86	2024-11-20 17:02:20	8.7	18.00	2024-11-20 17:11:02	3	Frage zur Abrechnung: Bitte um eine Rechnung	Hallo, ich brauche Hilfe mit meinem Kopfhörer: Bitte um eine Rechnung	TKT-00316
INT-000610	email	90	2024-11-25 09:46:15	5.6	1.30	2024-11-25 09:51:51	4	Lieferproblem: Paket beschädigt angekommen	Sehr geehrte Damen und Herren, ich wende mich wegen eines Lieferproblems an Sie: Paket beschädigt angekommen. Die Bestellnummer lautet ORD-943849. Wie geht es nun weiter?	TKT-00317
INT-000611	phone	90	2024-11-25 10:13:10	6.8	42.00	2024-11-25 10:19:58	4	\N	\N	TKT-00317
INT-000612	phone	32	2024-11-25 12:14:49	10.6	17.00	2024-11-25 12:25:25	6	\N	\N	TKT-00318
INT-000613	email	90	2024-11-25 12:20:10	11.8	0.96	2024-11-25 12:31:58	4	AW: Lieferproblem: Paket beschädigt angekommen	Hallo, ich habe letzte Woche einen Verstärker bestellt und es gibt ein Problem: Paket beschädigt angekommen. Bestellnummer: ORD-943849.	TKT-00317
INT-000614	chat	13	2024-11-28 08:44:14	16.3	8.00	2024-11-28 09:00:32	11	Help needed: distorted sound on my speakers	Hello, I'm contacting you about my speakers (distorted sound)	TKT-00319
INT-000615	chat	13	2024-11-28 12:00:02	6.1	16.00	2024-11-28 12:06:08	11	Technical issue (distorted sound)	Hi, is anyone available? It's about my speakers.	TKT-00319
INT-000616	phone	83	2024-11-29 12:12:26	5.3	33.00	2024-11-29 12:17:44	5	\N	\N	TKT-00320
INT-000617	phone	83	2024-11-29 16:34:47	8.1	17.00	2024-11-29 16:42:53	5	\N	\N	TKT-00320
INT-000618	email	83	2024-11-29 17:46:38	13.8	0.85	2024-11-29 18:00:26	7	AW: Problem mit der Lieferung: Sendungsverfolgung nicht aktualisiert	Sehr geehrte Damen und Herren, ich wende mich wegen eines Lieferproblems an Sie: Sendungsverfolgung nicht aktualisiert. Die Bestellnummer lautet ORD-542565. Wie geht es nun weiter?	TKT-00320
INT-000619	chat	101	2024-11-29 18:40:55	4.8	40.00	2024-11-29 18:45:43	2	My headphones: distorted sound	Hi, is anyone available? It's about my headphones.	TKT-00321
INT-000620	chat	39	2024-12-02 05:23:26	8.1	28.00	2024-12-02 05:31:32	12	Help needed: connection keeps dropping on my speakers	Hello, I'm contacting you about my speakers (connection keeps dropping)	TKT-00322
INT-000621	chat	39	2024-12-02 08:06:58	19.8	76.00	2024-12-02 08:26:46	4	Technical issue (connection keeps dropping)	Hi, is anyone available? It's about my speakers.	TKT-00322
INT-000622	chat	112	2024-12-02 16:24:43	15.6	151.00	2024-12-02 16:40:19	7	Service comptabilité : demande de facture	Bonjour, j'ai besoin d'aide avec mon casque : demande de facture	TKT-00323
INT-000623	chat	112	2024-12-02 17:34:39	13.9	13.00	2024-12-02 17:48:33	7	Paiement de ma commande – demande de facture	Bonjour, j'ai besoin d'aide avec mon casque : demande de facture	TKT-00323
INT-000624	email	25	2024-12-04 09:48:15	5.2	1.12	2024-12-04 09:53:27	9	Defekt an meinem Kopfhörer: Bluetooth-Kopplung schlägt fehl	Hallo, mein Kopfhörer funktioniert nicht mehr richtig. Das Problem: Bluetooth-Kopplung schlägt fehl. Muss ich das Gerät einschicken?	TKT-00324
INT-000625	email	42	2024-12-04 10:50:58	10.1	0.94	2024-12-04 11:01:04	11	Frage zum Versand: Änderung der Lieferadresse	Hallo, können Sie mir bei der Bestellung ORD-568361 helfen? Das Problem: Änderung der Lieferadresse. Danke.	TKT-00325
INT-000626	email	25	2024-12-04 11:53:41	10.3	0.45	2024-12-04 12:03:59	9	AW: Defekt an meinem Kopfhörer: Bluetooth-Kopplung schlägt fehl	Hallo, seit gestern habe ich folgendes Problem mit meinem Kopfhörer: Bluetooth-Kopplung schlägt fehl. Was kann ich tun?	TKT-00324
INT-000627	email	104	2024-12-05 04:18:55	10.9	1.02	2024-12-05 04:29:49	2	Defekt an meinem Kopfhörer: verzerrter Klang	Hallo, seit gestern habe ich folgendes Problem mit meinem Kopfhörer: verzerrter Klang. Was kann ich tun?	TKT-00326
INT-000628	email	104	2024-12-05 05:36:03	10.9	0.64	2024-12-05 05:46:57	2	AW: Problem mit meinem Kopfhörer: verzerrter Klang	Sehr geehrte Damen und Herren, bei meinem Kopfhörer tritt folgender Fehler auf: verzerrter Klang. Ich habe die Schritte aus der Anleitung befolgt, leider ohne Erfolg.	TKT-00326
INT-000629	chat	78	2024-12-06 13:26:08	18.6	13.00	2024-12-06 13:44:44	2	Problem with my headphones – firmware update failed	Hello, I have an issue: firmware update failed	TKT-00327
INT-000630	phone	13	2024-12-09 09:21:05	15.4	40.00	2024-12-09 09:36:29	6	\N	\N	TKT-00328
INT-000631	chat	24	2024-12-09 17:50:46	5.8	164.00	2024-12-09 17:56:34	4	Rücksendung/Reparatur: Stand der Reparatur	Guten Tag, mein Anliegen: Stand der Reparatur	TKT-00329
INT-000632	phone	24	2024-12-09 19:18:17	41.8	58.00	2024-12-09 20:00:05	4	\N	\N	TKT-00329
INT-000633	chat	24	2024-12-09 22:51:16	9.4	79.00	2024-12-09 23:00:40	4	RMA-Anfrage zu meinem Kopfhörer	Hallo, ist jemand da? Es geht um meinen Kopfhörer.	TKT-00329
INT-000634	chat	75	2024-12-10 12:19:35	8.6	38.00	2024-12-10 12:28:11	7	Meine Bestellung (Kopfhörer) – Änderung der Lieferadresse	Hallo, ich brauche Hilfe mit meinem Kopfhörer: Änderung der Lieferadresse	TKT-00330
INT-000635	email	106	2024-12-16 14:02:06	7.1	0.70	2024-12-16 14:09:12	2	Lieferproblem: Rücksendeetikett benötigt	Guten Tag, ich brauche Hilfe zu meiner Lieferung (Lautsprecher) – Rücksendeetikett benötigt. Über eine schnelle Antwort würde ich mich freuen.	TKT-00331
INT-000636	phone	100	2024-12-16 16:44:21	14.6	9.00	2024-12-16 16:58:57	8	\N	\N	TKT-00332
INT-000637	phone	100	2024-12-16 17:25:58	5.4	491.00	2024-12-16 17:31:22	8	\N	\N	TKT-00332
INT-000638	phone	119	2024-12-17 10:32:13	7.1	21.00	2024-12-17 10:39:19	12	\N	\N	TKT-00333
INT-000639	phone	119	2024-12-17 12:30:29	11.0	78.00	2024-12-17 12:41:29	5	\N	\N	TKT-00333
INT-000640	phone	89	2024-12-17 14:34:45	15.6	60.00	2024-12-17 14:50:21	2	\N	\N	TKT-00334
INT-000641	email	26	2024-12-17 16:19:31	14.8	1.57	2024-12-17 16:34:19	11	Suivi de commande : suivi du colis non mis à jour	Bonjour, concernant la livraison de mon casque : suivi du colis non mis à jour. Pouvez-vous me dire quelle est la prochaine étape ?	TKT-00335
INT-000642	email	26	2024-12-17 19:58:31	5.0	1.03	2024-12-17 20:03:31	11	RE : Question sur l'expédition de mon casque	Bonjour, j'ai besoin d'aide pour l'expédition de mon casque – suivi du colis non mis à jour. Merci de me répondre rapidement.	TKT-00335
INT-000643	email	98	2024-12-23 16:35:53	3.7	0.31	2024-12-23 16:39:35	12	Problem with the delivery of my headphones	Hello, there is a problem with my order ORD-747866 (headphones): tracking not updating. Could you please check this for me?	TKT-00336
INT-000644	phone	116	2024-12-30 13:12:19	2.6	108.00	2024-12-30 13:14:55	1	\N	\N	TKT-00337
INT-000645	phone	12	2025-01-01 18:54:56	11.2	16.00	2025-01-01 19:06:08	1	\N	\N	TKT-00338
INT-000646	email	63	2025-01-03 11:01:27	6.0	0.61	2025-01-03 11:07:27	2	Payment issue with my speakers order	Hello, regarding order ORD-455456 for my speakers: vat invoice for my business. Could you please look into this?	TKT-00339
INT-000647	email	63	2025-01-03 13:40:09	16.5	0.71	2025-01-03 13:56:39	2	Re: Billing query: vat invoice for my business	Good afternoon, could you please help me with the following: vat invoice for my business? The order concerned is ORD-455456.	TKT-00339
INT-000648	chat	115	2025-01-05 19:09:55	10.1	119.00	2025-01-05 19:20:01	5	Problème avec mon amplificateur : coupures de connexion fréquentes	Bonjour, coupures de connexion fréquentes, pouvez-vous m'aider ?	TKT-00340
INT-000649	email	48	2025-01-09 15:29:28	7.4	0.13	2025-01-09 15:36:52	2	Return/repair: warranty repair request	Hello, could you please give me an update on my case (warranty repair request)? Order reference: ORD-662665.	TKT-00341
INT-000650	phone	48	2025-01-09 16:19:33	2.4	8.00	2025-01-09 16:21:57	2	\N	\N	TKT-00341
INT-000651	email	48	2025-01-09 17:24:35	14.1	1.00	2025-01-09 17:38:41	2	Re: Warranty claim for my headphones	Dear team, regarding my headphones: warranty repair request. Please let me know how to send the device in.	TKT-00341
INT-000652	email	48	2025-01-09 18:47:51	3.5	0.67	2025-01-09 18:51:21	2	Re: RMA request for my headphones	Hello, I would like to return my headphones under the warranty. Reason: warranty repair request. How should I proceed?	TKT-00341
INT-000653	email	48	2025-01-09 20:17:37	6.1	0.47	2025-01-09 20:23:43	2	Re: Repair enquiry: warranty repair request	Hello, I would like to open a warranty case for my headphones: warranty repair request. The original order was ORD-662665.	TKT-00341
INT-000654	email	48	2025-01-09 21:08:59	8.8	0.67	2025-01-09 21:17:47	2	Re: Warranty case for my headphones: warranty repair request	Dear support, I am still waiting for news about my headphones. Topic: warranty repair request. Could you tell me the next steps?	TKT-00341
INT-000655	email	11	2025-01-10 14:49:26	4.9	1.82	2025-01-10 14:54:20	9	Dysfonctionnement : coupures de connexion fréquentes	Bonjour, j'ai un problème avec mon amplificateur : coupures de connexion fréquentes. J'ai déjà essayé de redémarrer l'appareil. Pourriez-vous m'aider ?	TKT-00342
INT-000656	chat	41	2025-01-10 18:56:24	16.5	3.00	2025-01-10 19:12:54	5	Meine Bestellung (Plattenspieler) – Bestellung noch nicht geliefert	Hallo, ich habe eine Frage zu meinem Plattenspieler (Bestellung noch nicht geliefert)	TKT-00343
INT-000657	phone	59	2025-01-14 17:48:57	9.7	67.00	2025-01-14 17:58:39	1	\N	\N	TKT-00344
INT-000658	phone	59	2025-01-14 18:49:01	16.6	23.00	2025-01-14 19:05:37	1	\N	\N	TKT-00344
INT-000659	phone	59	2025-01-14 20:14:03	10.5	22.00	2025-01-14 20:24:33	7	\N	\N	TKT-00344
INT-000660	chat	51	2025-01-15 13:53:48	9.6	17.00	2025-01-15 14:03:24	10	Unzufrieden mit Ihrem Service: unfreundlicher Service	Guten Tag, eine kurze Frage zu meinem Kopfhörer	TKT-00345
INT-000661	chat	51	2025-01-15 18:53:01	22.5	208.00	2025-01-15 19:15:31	10	Unzufrieden mit Ihrem Service: unfreundlicher Service	Hallo, ich habe eine Frage zu meinem Kopfhörer (unfreundlicher Service)	TKT-00345
INT-000662	phone	117	2025-01-16 14:26:55	13.5	119.00	2025-01-16 14:40:25	11	\N	\N	TKT-00346
INT-000663	email	75	2025-01-17 17:36:54	12.3	0.58	2025-01-17 17:49:12	11	Unzufrieden mit Ihrem Service: zu lange Wartezeit	Hallo, das ist bereits meine dritte Nachricht zu meinem Kopfhörer. Grund meiner Beschwerde: zu lange Wartezeit. Bitte antworten Sie zeitnah.	TKT-00347
INT-000664	email	75	2025-01-17 18:39:25	11.2	0.35	2025-01-17 18:50:37	11	AW: Beschwerde: zu lange Wartezeit	Guten Tag, ich möchte mich beschweren: zu lange Wartezeit. Das ist nicht der Service, den ich von Ihrem Unternehmen erwarte.	TKT-00347
INT-000665	phone	18	2025-01-20 08:21:15	8.9	19.00	2025-01-20 08:30:09	12	\N	\N	TKT-00348
INT-000666	phone	18	2025-01-20 08:39:32	5.7	37.00	2025-01-20 08:45:14	12	\N	\N	TKT-00348
INT-000667	phone	6	2025-01-20 09:39:28	4.6	60.00	2025-01-20 09:44:04	2	\N	\N	TKT-00349
INT-000668	phone	6	2025-01-20 10:01:27	3.8	118.00	2025-01-20 10:05:15	2	\N	\N	TKT-00349
INT-000669	phone	18	2025-01-20 10:26:30	5.6	66.00	2025-01-20 10:32:06	12	\N	\N	TKT-00348
INT-000670	chat	6	2025-01-20 10:27:23	6.4	16.00	2025-01-20 10:33:47	2	Warranty claim for my speakers	Good morning, my problem is: repair status update	TKT-00349
INT-000671	phone	6	2025-01-20 11:01:59	4.7	22.00	2025-01-20 11:06:41	2	\N	\N	TKT-00349
INT-000672	email	6	2025-01-20 13:17:26	5.9	1.18	2025-01-20 13:23:20	2	Re: Warranty claim for my speakers	Dear team, regarding my speakers: repair status update. Please let me know how to send the device in.	TKT-00349
INT-000673	chat	64	2025-01-21 14:54:40	6.6	35.00	2025-01-21 15:01:16	1	Fault report for my headphones: firmware update failed	Hi, is anyone available? It's about my headphones.	TKT-00350
INT-000674	phone	119	2025-01-21 15:39:10	7.6	18.00	2025-01-21 15:46:46	7	\N	\N	TKT-00351
INT-000675	chat	98	2025-01-22 17:53:54	17.2	34.00	2025-01-22 18:11:06	9	Shipping query: parcel arrived damaged	Hello, I'm contacting you about my headphones (parcel arrived damaged)	TKT-00352
INT-000676	chat	111	2025-01-23 10:15:42	15.2	12.00	2025-01-23 10:30:54	1	Problem with the delivery of my speakers	Hi there – wrong item delivered, can you help?	TKT-00353
INT-000677	phone	111	2025-01-24 08:55:20	7.4	18.00	2025-01-24 09:02:44	3	\N	\N	TKT-00354
INT-000678	phone	110	2025-01-24 11:07:12	13.6	44.00	2025-01-24 11:20:48	4	\N	\N	TKT-00355
INT-000679	chat	102	2025-01-27 08:54:53	10.8	185.00	2025-01-27 09:05:41	5	RMA-Anfrage zu meinem Kopfhörer	Hallo, Stand der Reparatur – können Sie mir helfen?	TKT-00356
INT-000680	phone	79	2025-01-29 13:40:48	16.2	90.00	2025-01-29 13:57:00	8	\N	\N	TKT-00357
INT-000681	chat	11	2025-01-29 15:18:32	12.5	32.00	2025-01-29 15:31:02	3	Mécontentement : temps d'attente trop long	Bonjour, j'ai un problème : temps d'attente trop long	TKT-00358
INT-000682	chat	11	2025-01-29 18:51:58	17.1	66.00	2025-01-29 19:09:04	3	Réclamation à traiter en priorité : temps d'attente trop long	Bonjour, une petite question sur mon casque	TKT-00358
INT-000683	phone	35	2025-01-30 07:40:19	13.3	57.00	2025-01-30 07:53:37	8	\N	\N	TKT-00359
INT-000684	phone	35	2025-01-30 08:09:31	9.3	58.00	2025-01-30 08:18:49	8	\N	\N	TKT-00359
INT-000685	phone	35	2025-01-30 09:51:32	15.9	105.00	2025-01-30 10:07:26	8	\N	\N	TKT-00359
INT-000686	phone	35	2025-01-30 12:15:13	10.9	170.00	2025-01-30 12:26:07	8	\N	\N	TKT-00359
INT-000687	phone	35	2025-01-30 12:52:11	7.6	121.00	2025-01-30 12:59:47	8	\N	\N	TKT-00359
INT-000688	chat	20	2025-01-30 13:13:53	15.2	16.00	2025-01-30 13:29:05	9	Dysfonctionnement : pas de son	Bonjour, une petite question sur mon tourne-disque	TKT-00360
INT-000689	phone	97	2025-02-04 09:45:20	9.4	48.00	2025-02-04 09:54:44	7	\N	\N	TKT-00361
INT-000690	phone	97	2025-02-04 15:30:16	7.2	21.00	2025-02-04 15:37:28	7	\N	\N	TKT-00361
INT-000691	chat	51	2025-02-08 12:45:35	7.0	96.00	2025-02-08 12:52:35	12	Problem mit meinem Kopfhörer: Problem mit Akku oder Stromversorgung	Hallo, ist jemand da? Es geht um meinen Kopfhörer.	TKT-00362
INT-000692	email	51	2025-02-08 16:05:36	7.3	0.37	2025-02-08 16:12:54	12	AW: Problem mit meinem Kopfhörer: Problem mit Akku oder Stromversorgung	Sehr geehrte Damen und Herren, bei meinem Kopfhörer tritt folgender Fehler auf: Problem mit Akku oder Stromversorgung. Ich habe die Schritte aus der Anleitung befolgt, leider ohne Erfolg.	TKT-00362
INT-000693	phone	111	2025-02-11 06:19:03	9.6	104.00	2025-02-11 06:28:39	10	\N	\N	TKT-00363
INT-000694	phone	111	2025-02-11 07:00:26	4.9	15.00	2025-02-11 07:05:20	10	\N	\N	TKT-00363
INT-000695	phone	22	2025-02-11 13:12:00	10.6	55.00	2025-02-11 13:22:36	9	\N	\N	TKT-00364
INT-000696	email	22	2025-02-11 15:20:00	4.9	1.48	2025-02-11 15:24:54	9	RE : Ma commande : besoin d'une étiquette de retour	Bonjour, concernant la livraison de mon enceinte : besoin d'une étiquette de retour. Pouvez-vous me dire quelle est la prochaine étape ?	TKT-00364
INT-000697	phone	38	2025-02-17 15:04:21	5.9	63.00	2025-02-17 15:10:15	11	\N	\N	TKT-00365
INT-000698	email	100	2025-02-18 18:32:58	3.3	1.65	2025-02-18 18:36:16	6	Assistance technique pour mon casque	Bonjour, j'ai acheté votre casque il y a quelques mois et j'ai maintenant ce problème : problème d'alimentation ou de batterie. Existe-t-il une solution ?	TKT-00366
INT-000699	phone	115	2025-02-19 13:43:09	11.1	65.00	2025-02-19 13:54:15	1	\N	\N	TKT-00367
INT-000700	email	120	2025-02-20 07:40:41	6.9	1.39	2025-02-20 07:47:35	8	Frage zur Abrechnung: Bitte um eine Rechnung	Guten Tag, mein Anliegen betrifft die Bestellung ORD-599427: Bitte um eine Rechnung. Ich freue mich auf Ihre Antwort.	TKT-00368
INT-000701	email	120	2025-02-20 08:44:17	6.6	0.79	2025-02-20 08:50:53	8	AW: Zahlungsfrage: Bitte um eine Rechnung	Hallo, ich habe eine Frage zur Abrechnung (Bitte um eine Rechnung) für meinen Kopfhörer. Meine Bestellnummer lautet ORD-599427.	TKT-00368
INT-000702	email	60	2025-02-24 10:15:17	8.7	1.20	2025-02-24 10:23:59	12	Service comptabilité : double prélèvement	Madame, Monsieur, je vous écris au sujet de ma commande ORD-805657. Objet : double prélèvement. Merci de votre retour.	TKT-00369
INT-000703	email	60	2025-02-24 12:28:07	7.1	1.82	2025-02-24 12:35:13	8	RE : Question de facturation : double prélèvement	Bonjour, ma demande porte sur la commande ORD-805657 : double prélèvement. Dans l'attente de votre réponse, je vous remercie.	TKT-00369
INT-000704	chat	28	2025-02-25 08:52:18	14.4	13.00	2025-02-25 09:06:42	8	Garantiefall: Anfrage zur Garantiereparatur	Hallo, ich brauche Hilfe mit meinem Kopfhörer: Anfrage zur Garantiereparatur	TKT-00370
INT-000705	chat	28	2025-02-25 09:40:58	7.2	10.00	2025-02-25 09:48:10	8	Reparaturanfrage für meinen Kopfhörer	Hallo, ist jemand da? Es geht um meinen Kopfhörer.	TKT-00370
INT-000706	chat	28	2025-02-25 10:58:50	10.1	37.00	2025-02-25 11:08:56	8	RMA-Anfrage zu meinem Kopfhörer	Hallo, Anfrage zur Garantiereparatur – können Sie mir helfen?	TKT-00370
INT-000707	chat	28	2025-02-25 11:21:43	15.7	81.00	2025-02-25 11:37:25	8	RMA-Anfrage zu meinem Kopfhörer	Guten Tag, ich habe ein Problem: Anfrage zur Garantiereparatur	TKT-00370
INT-000708	chat	28	2025-02-25 12:01:18	5.2	22.00	2025-02-25 12:06:30	8	Rücksendung/Reparatur: Anfrage zur Garantiereparatur	Hallo, ich habe eine Frage zu meinem Kopfhörer (Anfrage zur Garantiereparatur)	TKT-00370
INT-000709	chat	28	2025-02-25 12:13:14	15.4	61.00	2025-02-25 12:28:38	8	Reparaturanfrage für meinen Kopfhörer	Guten Tag, ich habe ein Problem: Anfrage zur Garantiereparatur	TKT-00370
INT-000710	chat	90	2025-02-27 11:08:57	16.3	22.00	2025-02-27 11:25:15	1	RMA-Anfrage zu meinem Kopfhörer	Guten Tag, ich habe ein Problem: Umtausch wegen Defekt bei Lieferung	TKT-00371
INT-000711	chat	90	2025-02-27 14:10:06	14.0	84.00	2025-02-27 14:24:06	1	RMA-Anfrage zu meinem Kopfhörer	Hallo, ich brauche Hilfe mit meinem Kopfhörer: Umtausch wegen Defekt bei Lieferung	TKT-00371
INT-000712	chat	90	2025-02-27 16:53:07	11.7	149.00	2025-02-27 17:04:49	1	Garantiefall: Umtausch wegen Defekt bei Lieferung	Guten Tag, mein Anliegen: Umtausch wegen Defekt bei Lieferung	TKT-00371
INT-000713	phone	34	2025-02-27 19:39:53	27.9	175.00	2025-02-27 20:07:47	4	\N	\N	TKT-00372
INT-000714	phone	46	2025-03-03 08:29:22	12.2	34.00	2025-03-03 08:41:34	1	\N	\N	TKT-00373
INT-000715	chat	30	2025-03-03 09:06:13	14.6	25.00	2025-03-03 09:20:49	3	Dossier de réparation de mon tourne-disque	Bonjour, j'ai besoin d'aide avec mon tourne-disque : demande d'appareil de remplacement	TKT-00374
INT-000716	chat	30	2025-03-03 09:57:31	5.8	56.00	2025-03-03 10:03:19	3	Demande SAV : demande d'appareil de remplacement	Bonjour, mon problème : demande d'appareil de remplacement	TKT-00374
INT-000717	chat	30	2025-03-03 10:23:38	5.4	44.00	2025-03-03 10:29:02	3	Prise en charge sous garantie – demande d'appareil de remplacement	Bonjour, j'ai besoin d'aide avec mon tourne-disque : demande d'appareil de remplacement	TKT-00374
INT-000718	phone	30	2025-03-03 11:45:29	5.3	90.00	2025-03-03 11:50:47	3	\N	\N	TKT-00374
INT-000719	chat	30	2025-03-03 12:51:53	15.7	33.00	2025-03-03 13:07:35	3	Retour / réparation : demande d'appareil de remplacement	Bonjour, j'ai besoin d'aide avec mon tourne-disque : demande d'appareil de remplacement	TKT-00374
INT-000720	chat	46	2025-03-03 13:21:09	28.1	15.00	2025-03-03 13:49:15	1	My turntable: distorted sound	Good morning, my problem is: distorted sound	TKT-00373
INT-000721	email	46	2025-03-04 20:08:14	6.0	1.29	2025-03-04 20:14:14	7	Question about the speakers	Hi, quick question about the speakers: compatibility question. Where can I find more details?	TKT-00375
INT-000722	chat	25	2025-03-05 16:56:26	10.5	27.00	2025-03-05 17:06:56	3	Defekt an meinem Kopfhörer: verzerrter Klang	Guten Tag, eine kurze Frage zu meinem Kopfhörer	TKT-00376
INT-000723	chat	46	2025-03-07 14:30:08	9.4	5.00	2025-03-07 14:39:32	9	Fault report for my speakers: power or battery problem	Hi there – power or battery problem, can you help?	TKT-00377
INT-000724	phone	24	2025-03-07 15:00:32	12.0	216.00	2025-03-07 15:12:32	8	\N	\N	TKT-00378
INT-000725	phone	24	2025-03-07 15:47:24	6.5	456.00	2025-03-07 15:53:54	8	\N	\N	TKT-00378
INT-000726	phone	22	2025-03-12 08:44:18	15.8	43.00	2025-03-12 09:00:06	6	\N	\N	TKT-00379
INT-000727	chat	30	2025-03-12 12:40:02	8.0	3.00	2025-03-12 12:48:02	5	Question avant achat : quel amplificateur pour mes enceintes	Bonjour, quelqu'un est disponible ? C'est au sujet de mon tourne-disque.	TKT-00380
INT-000728	phone	22	2025-03-12 14:02:33	11.4	71.00	2025-03-12 14:13:57	6	\N	\N	TKT-00379
INT-000729	chat	72	2025-03-13 15:46:21	4.6	19.00	2025-03-13 15:50:57	3	Question sur votre casque	Bonjour, j'ai besoin d'aide avec mon casque : caractéristiques techniques	TKT-00381
INT-000730	phone	51	2025-03-14 14:41:37	18.9	16.00	2025-03-14 15:00:31	12	\N	\N	TKT-00382
INT-000731	phone	51	2025-03-14 18:07:07	9.5	82.00	2025-03-14 18:16:37	12	\N	\N	TKT-00382
INT-000732	phone	60	2025-03-17 13:35:42	9.3	19.00	2025-03-17 13:45:00	7	\N	\N	TKT-00383
INT-000733	phone	60	2025-03-17 18:32:24	4.6	54.00	2025-03-17 18:37:00	7	\N	\N	TKT-00383
INT-000734	chat	80	2025-03-21 14:36:55	5.8	40.00	2025-03-21 14:42:43	10	Assistance technique pour mon casque	Bonjour, quelqu'un est disponible ? C'est au sujet de mon casque.	TKT-00384
INT-000735	chat	80	2025-03-21 15:51:44	5.6	34.00	2025-03-21 15:57:20	10	Dysfonctionnement : coupures de connexion fréquentes	Bonjour, une petite question sur mon casque	TKT-00384
INT-000736	phone	1	2025-03-22 08:52:43	11.5	60.00	2025-03-22 09:04:13	3	\N	\N	TKT-00385
INT-000737	phone	1	2025-03-22 10:58:26	5.8	128.00	2025-03-22 11:04:14	3	\N	\N	TKT-00385
INT-000738	phone	1	2025-03-22 12:03:46	12.7	114.00	2025-03-22 12:16:28	6	\N	\N	TKT-00385
INT-000739	phone	24	2025-03-23 20:42:07	4.4	51.00	2025-03-23 20:46:31	6	\N	\N	TKT-00386
INT-000740	phone	117	2025-03-28 18:55:43	4.5	41.00	2025-03-28 19:00:13	4	\N	\N	TKT-00387
INT-000741	phone	117	2025-03-28 22:12:15	5.4	15.00	2025-03-28 22:17:39	4	\N	\N	TKT-00387
INT-000742	chat	116	2025-03-30 16:45:39	5.7	5.00	2025-03-30 16:51:21	11	Frage zum Versand: falscher Artikel geliefert	Hallo, ich habe eine Frage zu meinem Kopfhörer (falscher Artikel geliefert)	TKT-00388
INT-000743	phone	33	2025-04-02 09:29:48	15.5	23.00	2025-04-02 09:45:18	12	\N	\N	TKT-00389
INT-000744	phone	18	2025-04-02 10:39:44	5.0	19.00	2025-04-02 10:44:44	3	\N	\N	TKT-00390
INT-000745	phone	33	2025-04-02 11:06:59	10.4	241.00	2025-04-02 11:17:23	11	\N	\N	TKT-00389
INT-000746	phone	21	2025-04-03 15:52:39	7.6	38.00	2025-04-03 16:00:15	9	\N	\N	TKT-00391
INT-000747	phone	21	2025-04-03 18:40:33	20.7	178.00	2025-04-03 19:01:15	9	\N	\N	TKT-00391
INT-000748	phone	21	2025-04-03 21:06:01	14.7	42.00	2025-04-03 21:20:43	9	\N	\N	TKT-00391
INT-000749	chat	115	2025-04-05 10:59:42	10.8	26.00	2025-04-05 11:10:30	10	Dysfonctionnement : échec de l'appairage Bluetooth	Bonjour, j'ai besoin d'aide avec mon tourne-disque : échec de l'appairage Bluetooth	TKT-00392
INT-000750	chat	106	2025-04-06 15:34:53	9.9	260.00	2025-04-06 15:44:47	7	Frage vor dem Kauf: Frage zur Kompatibilität	Guten Tag, eine kurze Frage zu meinem Plattenspieler	TKT-00393
INT-000751	phone	95	2025-04-08 16:36:26	3.8	53.00	2025-04-08 16:40:14	5	\N	\N	TKT-00394
INT-000752	phone	95	2025-04-08 22:05:37	10.1	15.00	2025-04-08 22:15:43	5	\N	\N	TKT-00394
INT-000753	email	112	2025-04-14 23:21:14	12.6	1.80	2025-04-14 23:33:50	4	Demande d'aide – pas de son	Bonjour, existe-t-il une solution connue pour ce problème sur mon casque : pas de son ? Merci d'avance.	TKT-00395
INT-000754	chat	116	2025-04-16 07:30:42	18.0	7.00	2025-04-16 07:48:42	12	Lieferproblem: Paket beschädigt angekommen	Guten Tag, ich habe ein Problem: Paket beschädigt angekommen	TKT-00396
INT-000755	chat	116	2025-04-16 08:43:29	19.7	65.00	2025-04-16 09:03:11	12	Meine Bestellung (Verstärker) – Paket beschädigt angekommen	Hallo, ist jemand da? Es geht um meinen Verstärker.	TKT-00396
INT-000756	chat	58	2025-04-20 11:27:59	10.9	11.00	2025-04-20 11:38:53	5	Product information request: technical specifications	Hello, quick question about my turntable	TKT-00397
INT-000757	chat	4	2025-04-21 15:40:26	3.8	52.00	2025-04-21 15:44:14	12	Problem mit der Lieferung: Änderung der Lieferadresse	Hallo, ist jemand da? Es geht um meinen Kopfhörer.	TKT-00398
INT-000758	email	11	2025-04-22 10:53:17	7.9	0.71	2025-04-22 11:01:11	5	Commande de mon tourne-disque : demande d'alignement de prix	Madame, Monsieur, je vous écris au sujet de ma commande ORD-118992. Objet : demande d'alignement de prix. Merci de votre retour.	TKT-00399
INT-000759	phone	17	2025-04-22 13:38:02	5.7	15.00	2025-04-22 13:43:44	8	\N	\N	TKT-00400
INT-000760	phone	17	2025-04-22 13:56:48	4.2	51.00	2025-04-22 14:01:00	8	\N	\N	TKT-00400
INT-000761	email	11	2025-04-22 14:55:37	7.1	0.31	2025-04-22 15:02:43	5	RE : Commande de mon tourne-disque : demande d'alignement de prix	Bonjour, concernant la commande ORD-118992 de mon tourne-disque : demande d'alignement de prix. Pourriez-vous vérifier, s'il vous plaît ?	TKT-00399
INT-000762	email	110	2025-04-24 07:05:16	12.3	0.95	2025-04-24 07:17:34	5	Frage zum Lautsprecher	Hallo, ich vergleiche gerade mehrere Modelle und benötige Informationen zum Lautsprecher (Frage zur Kompatibilität). Vielen Dank im Voraus.	TKT-00401
INT-000763	email	114	2025-04-24 14:34:31	3.2	0.35	2025-04-24 14:37:43	8	Shipping query: order not delivered yet	Hello, there is a problem with my order ORD-798833 (speakers): order not delivered yet. Could you please check this for me?	TKT-00402
INT-000764	phone	58	2025-04-25 08:33:12	3.5	13.00	2025-04-25 08:36:42	11	\N	\N	TKT-00403
INT-000765	email	6	2025-04-25 13:19:55	14.2	0.41	2025-04-25 13:34:07	6	Technical issue (power or battery problem)	Hello, my headphones stopped working properly. The problem: power or battery problem. Do I need to send the device in?	TKT-00404
INT-000766	email	6	2025-04-25 16:26:41	6.1	0.43	2025-04-25 16:32:47	6	Re: Technical issue (power or battery problem)	Hello, power or battery problem – this keeps happening with my headphones. I have reset the device twice already. Can you help me?	TKT-00404
INT-000767	email	67	2025-04-28 23:00:40	5.3	2.21	2025-04-28 23:05:58	1	Question de facturation : demande de facture	Bonjour, pourriez-vous m'aider pour le point suivant : demande de facture ? La commande concernée est ORD-551692.	TKT-00405
INT-000768	email	67	2025-04-29 02:31:40	7.0	0.87	2025-04-29 02:38:40	1	RE : Paiement de ma commande – demande de facture	Bonjour, pourriez-vous m'aider pour le point suivant : demande de facture ? La commande concernée est ORD-551692.	TKT-00405
INT-000769	phone	63	2025-04-29 16:12:04	17.0	21.00	2025-04-29 16:29:04	5	\N	\N	TKT-00406
INT-000770	chat	63	2025-04-29 20:42:34	11.9	50.00	2025-04-29 20:54:28	1	Order for my headphones: charged twice	Hello, I'm contacting you about my headphones (charged twice)	TKT-00406
INT-000771	chat	97	2025-04-30 06:20:57	17.0	5.00	2025-04-30 06:37:57	2	RMA request for my headphones	Hi there – warranty repair request, can you help?	TKT-00407
INT-000772	chat	97	2025-04-30 07:41:28	9.4	27.00	2025-04-30 07:50:52	2	Return/repair: warranty repair request	Good morning, my problem is: warranty repair request	TKT-00407
INT-000773	chat	97	2025-04-30 09:15:49	2.8	14.00	2025-04-30 09:18:37	2	Repair enquiry: warranty repair request	Hello, I'm contacting you about my headphones (warranty repair request)	TKT-00407
INT-000774	chat	97	2025-04-30 10:56:57	7.2	22.00	2025-04-30 11:04:09	2	Repair enquiry: warranty repair request	Good morning, my problem is: warranty repair request	TKT-00407
INT-000775	chat	97	2025-04-30 11:35:06	14.7	41.00	2025-04-30 11:49:48	11	Warranty claim for my headphones	Hi, is anyone available? It's about my headphones.	TKT-00407
INT-000776	chat	20	2025-04-30 13:59:43	17.9	42.00	2025-04-30 14:17:37	7	Réclamation à traiter en priorité : réparation insatisfaisante	Bonjour, une petite question sur mon amplificateur	TKT-00408
INT-000777	phone	20	2025-04-30 14:42:34	9.1	36.00	2025-04-30 14:51:40	7	\N	\N	TKT-00408
INT-000778	email	114	2025-05-05 08:47:39	3.3	0.31	2025-05-05 08:50:57	7	My amplifier: bluetooth pairing fails	Hello, my amplifier stopped working properly. The problem: bluetooth pairing fails. Do I need to send the device in?	TKT-00409
INT-000779	email	114	2025-05-05 10:59:11	6.9	2.01	2025-05-05 11:06:05	2	Re: Help needed: bluetooth pairing fails on my amplifier	Hello, bluetooth pairing fails – this keeps happening with my amplifier. I have reset the device twice already. Can you help me?	TKT-00409
INT-000780	email	104	2025-05-06 17:01:44	7.4	0.41	2025-05-06 17:09:08	8	Technische Störung – verzerrter Klang	Sehr geehrte Damen und Herren, bei meinem Kopfhörer tritt folgender Fehler auf: verzerrter Klang. Ich habe die Schritte aus der Anleitung befolgt, leider ohne Erfolg.	TKT-00410
INT-000781	phone	112	2025-05-06 17:34:01	15.4	49.00	2025-05-06 17:49:25	4	\N	\N	TKT-00411
INT-000782	chat	112	2025-05-06 22:00:57	11.3	26.00	2025-05-06 22:12:15	1	Question sur l'expédition de mon enceinte	Bonjour, une petite question sur mon enceinte	TKT-00411
INT-000783	phone	70	2025-05-08 10:35:45	12.3	18.00	2025-05-08 10:48:03	10	\N	\N	TKT-00412
INT-000784	phone	70	2025-05-08 14:09:26	10.3	46.00	2025-05-08 14:19:44	10	\N	\N	TKT-00412
INT-000785	email	53	2025-05-09 09:55:51	11.9	0.26	2025-05-09 10:07:45	12	Zahlungsfrage: Rechnung mit MwSt. für meine Firma	Hallo, ich habe eine Frage zur Abrechnung (Rechnung mit MwSt. für meine Firma) für meinen Verstärker. Meine Bestellnummer lautet ORD-432903.	TKT-00414
INT-000786	email	85	2025-05-09 10:26:04	5.9	1.93	2025-05-09 10:31:58	2	Technische Störung – kein Ton	Hallo, seit gestern habe ich folgendes Problem mit meinem Lautsprecher: kein Ton. Was kann ich tun?	TKT-00413
INT-000787	email	85	2025-05-09 13:02:38	15.9	0.36	2025-05-09 13:18:32	2	AW: Störung bei meinem Lautsprecher	Hallo, seit gestern habe ich folgendes Problem mit meinem Lautsprecher: kein Ton. Was kann ich tun?	TKT-00413
INT-000788	chat	53	2025-05-09 15:21:47	8.9	24.00	2025-05-09 15:30:41	12	Frage zur Abrechnung: Rechnung mit MwSt. für meine Firma	Hallo, ist jemand da? Es geht um meinen Verstärker.	TKT-00414
INT-000789	phone	64	2025-05-09 17:17:27	27.9	133.00	2025-05-09 17:45:21	8	\N	\N	TKT-00415
INT-000790	phone	64	2025-05-09 20:57:21	2.3	149.00	2025-05-09 20:59:39	8	\N	\N	TKT-00415
INT-000791	phone	64	2025-05-09 21:15:37	10.3	38.00	2025-05-09 21:25:55	8	\N	\N	TKT-00415
INT-000792	email	99	2025-05-13 11:14:05	8.0	0.85	2025-05-13 11:22:05	2	Problem with my headphones – distorted sound	Dear support team, the fault with my headphones is: distorted sound. I followed the steps in the manual, but nothing changed.	TKT-00416
INT-000793	phone	37	2025-05-14 08:10:46	6.4	11.00	2025-05-14 08:17:10	1	\N	\N	TKT-00417
INT-000794	phone	37	2025-05-14 08:53:15	3.2	184.00	2025-05-14 08:56:27	1	\N	\N	TKT-00417
INT-000795	email	37	2025-05-14 10:50:15	5.8	0.70	2025-05-14 10:56:03	9	AW: Garantiefall: Anfrage zur Garantiereparatur	Guten Tag, ich möchte meinen Lautsprecher im Rahmen der Garantie zurückschicken. Grund: Anfrage zur Garantiereparatur. Wie soll ich vorgehen?	TKT-00417
INT-000796	phone	37	2025-05-14 11:13:05	12.8	27.00	2025-05-14 11:25:53	1	\N	\N	TKT-00417
INT-000797	email	37	2025-05-14 13:15:44	15.7	1.62	2025-05-14 13:31:26	11	AW: RMA-Anfrage zu meinem Lautsprecher	Guten Tag, ich möchte meinen Lautsprecher im Rahmen der Garantie zurückschicken. Grund: Anfrage zur Garantiereparatur. Wie soll ich vorgehen?	TKT-00417
INT-000798	phone	27	2025-05-18 09:13:40	7.6	253.00	2025-05-18 09:21:16	7	\N	\N	TKT-00418
INT-000799	phone	44	2025-05-21 10:26:58	11.1	130.00	2025-05-21 10:38:04	10	\N	\N	TKT-00419
INT-000800	phone	44	2025-05-21 11:09:25	22.5	10.00	2025-05-21 11:31:55	10	\N	\N	TKT-00419
INT-000801	phone	110	2025-05-21 16:49:36	5.6	21.00	2025-05-21 16:55:12	5	\N	\N	TKT-00420
INT-000802	phone	110	2025-05-21 20:39:10	12.4	8.00	2025-05-21 20:51:34	5	\N	\N	TKT-00420
INT-000803	chat	69	2025-05-22 08:03:42	13.0	88.00	2025-05-22 08:16:42	10	Shipping query: wrong item delivered	Hi there – wrong item delivered, can you help?	TKT-00421
INT-000804	phone	38	2025-05-22 10:37:27	9.3	61.00	2025-05-22 10:46:45	10	\N	\N	TKT-00422
INT-000805	phone	38	2025-05-22 16:25:41	6.1	18.00	2025-05-22 16:31:47	10	\N	\N	TKT-00422
INT-000806	chat	44	2025-05-22 17:34:34	9.1	23.00	2025-05-22 17:43:40	11	Order enquiry: parcel arrived damaged	Hello, I'm contacting you about my headphones (parcel arrived damaged)	TKT-00423
INT-000807	phone	71	2025-05-23 11:32:12	6.3	45.00	2025-05-23 11:38:30	11	\N	\N	TKT-00424
INT-000808	phone	71	2025-05-23 11:41:10	12.6	30.00	2025-05-23 11:53:46	11	\N	\N	TKT-00424
INT-000809	phone	71	2025-05-23 16:23:29	7.5	57.00	2025-05-23 16:30:59	11	\N	\N	TKT-00424
INT-000810	phone	11	2025-05-25 19:35:17	8.6	41.00	2025-05-25 19:43:53	3	\N	\N	TKT-00425
INT-000811	chat	66	2025-05-27 14:37:44	11.2	32.00	2025-05-27 14:48:56	9	Réclamation à traiter en priorité : problème toujours non résolu	Bonjour, mon problème : problème toujours non résolu	TKT-00426
INT-000812	chat	66	2025-05-27 17:13:16	7.5	8.00	2025-05-27 17:20:46	9	Réclamation : problème toujours non résolu	Bonjour, mon problème : problème toujours non résolu	TKT-00426
INT-000813	chat	10	2025-05-27 17:42:15	17.1	33.00	2025-05-27 17:59:21	10	Dysfonctionnement : échec de la mise à jour du firmware	Bonjour, quelqu'un est disponible ? C'est au sujet de mon enceinte.	TKT-00427
INT-000814	chat	10	2025-05-27 21:57:03	21.2	68.00	2025-05-27 22:18:15	10	Panne de mon enceinte : échec de la mise à jour du firmware	Bonjour, échec de la mise à jour du firmware, pouvez-vous m'aider ?	TKT-00427
INT-000815	email	65	2025-05-28 09:49:20	5.7	0.64	2025-05-28 09:55:02	11	Question about my payment – refund not received	Hi, I have a billing question (refund not received) about my turntable. My order number is ORD-342950.	TKT-00428
INT-000816	phone	65	2025-05-28 13:50:19	8.3	132.00	2025-05-28 13:58:37	11	\N	\N	TKT-00428
INT-000817	phone	81	2025-05-29 11:15:58	9.6	75.00	2025-05-29 11:25:34	4	\N	\N	TKT-00429
INT-000818	phone	81	2025-05-29 16:32:18	6.9	107.00	2025-05-29 16:39:12	4	\N	\N	TKT-00429
INT-000819	email	66	2025-05-30 08:44:43	3.2	0.74	2025-05-30 08:47:55	12	Service comptabilité : double prélèvement	Bonjour, concernant la commande ORD-664988 de mon amplificateur : double prélèvement. Pourriez-vous vérifier, s'il vous plaît ?	TKT-00430
INT-000820	email	66	2025-05-30 09:34:51	10.2	0.59	2025-05-30 09:45:03	12	RE : Commande de mon amplificateur : double prélèvement	Bonjour, j'ai constaté un problème lors du paiement de mon amplificateur : double prélèvement. Merci de m'indiquer la marche à suivre.	TKT-00430
INT-000821	email	66	2025-05-30 12:19:55	5.3	1.85	2025-05-30 12:25:13	12	RE : Service comptabilité : double prélèvement	Bonjour, j'ai une question de facturation (double prélèvement) concernant mon amplificateur. Mon numéro de commande est ORD-664988.	TKT-00430
INT-000822	chat	1	2025-05-31 07:07:27	10.4	35.00	2025-05-31 07:17:51	5	Ma commande : besoin d'une étiquette de retour	Bonjour, besoin d'une étiquette de retour, pouvez-vous m'aider ?	TKT-00431
INT-000823	phone	1	2025-05-31 09:57:33	14.6	78.00	2025-05-31 10:12:09	5	\N	\N	TKT-00431
INT-000824	chat	1	2025-05-31 12:12:56	19.4	132.00	2025-05-31 12:32:20	5	Ma commande : besoin d'une étiquette de retour	Bonjour, besoin d'une étiquette de retour, pouvez-vous m'aider ?	TKT-00431
INT-000825	chat	36	2025-06-01 21:44:46	18.0	13.00	2025-06-01 22:02:46	2	Enquiry before buying: compatibility question	Hello, I have an issue: compatibility question	TKT-00432
INT-000826	email	69	2025-06-02 09:54:33	10.2	0.77	2025-06-02 10:04:45	7	Delivery issue: order not delivered yet	Hi, I need help with the shipment of my headphones – order not delivered yet. I would appreciate a quick reply.	TKT-00433
INT-000827	email	69	2025-06-02 13:09:36	7.2	0.42	2025-06-02 13:16:48	7	Re: Order enquiry: order not delivered yet	Hello, concerning the delivery of my headphones: order not delivered yet. Can you tell me what happens next?	TKT-00433
INT-000828	chat	94	2025-06-03 10:58:53	6.1	60.00	2025-06-03 11:04:59	3	Lieferproblem: Änderung der Lieferadresse	Guten Tag, mein Anliegen: Änderung der Lieferadresse	TKT-00434
INT-000829	chat	94	2025-06-03 12:47:38	17.9	34.00	2025-06-03 13:05:32	3	Frage zum Versand: Änderung der Lieferadresse	Hallo, Änderung der Lieferadresse – können Sie mir helfen?	TKT-00434
INT-000830	phone	93	2025-06-04 11:05:38	5.2	56.00	2025-06-04 11:10:50	5	\N	\N	TKT-00435
INT-000831	phone	93	2025-06-04 12:57:27	19.9	24.00	2025-06-04 13:17:21	5	\N	\N	TKT-00435
INT-000832	phone	1	2025-06-04 16:22:14	5.6	26.00	2025-06-04 16:27:50	1	\N	\N	TKT-00436
INT-000833	phone	38	2025-06-04 16:50:32	11.2	39.00	2025-06-04 17:01:44	8	\N	\N	TKT-00437
INT-000834	email	38	2025-06-04 20:28:44	8.3	0.89	2025-06-04 20:37:02	3	AW: Zahlung meiner Bestellung – Bitte um eine Rechnung	Hallo, ich habe eine Frage zur Abrechnung (Bitte um eine Rechnung) für meinen Kopfhörer. Meine Bestellnummer lautet ORD-788704.	TKT-00437
INT-000835	email	76	2025-06-05 17:18:49	5.1	0.60	2025-06-05 17:23:55	8	My speakers: hum or crackling noise	Hi, since yesterday I have had this issue with my speakers: hum or crackling noise. What can I do?	TKT-00438
INT-000836	phone	29	2025-06-06 10:55:10	5.0	32.00	2025-06-06 11:00:10	12	\N	\N	TKT-00439
INT-000837	chat	29	2025-06-06 16:21:47	13.0	12.00	2025-06-06 16:34:47	12	Assistance technique pour mon enceinte	Bonjour, mon problème : échec de l'appairage Bluetooth	TKT-00439
INT-000838	phone	84	2025-06-09 11:56:02	2.9	22.00	2025-06-09 11:58:56	3	\N	\N	TKT-00440
INT-000839	email	14	2025-06-09 15:28:20	5.2	0.64	2025-06-09 15:33:32	12	Assistance technique pour mon amplificateur	Bonjour, j'ai un problème avec mon amplificateur : échec de l'appairage Bluetooth. J'ai déjà essayé de redémarrer l'appareil. Pourriez-vous m'aider ?	TKT-00441
INT-000840	chat	14	2025-06-09 20:17:15	9.0	102.00	2025-06-09 20:26:15	12	Problème avec mon amplificateur : échec de l'appairage Bluetooth	Bonjour, je vous contacte au sujet de mon amplificateur (échec de l'appairage Bluetooth)	TKT-00441
INT-000841	email	110	2025-06-13 19:23:17	7.9	0.18	2025-06-13 19:31:11	2	Reparaturanfrage für meinen Lautsprecher	Hallo, das Gerät wurde mit der Bestellung ORD-668331 gekauft. Mein Anliegen: Anfrage zur Garantiereparatur. Vielen Dank im Voraus.	TKT-00442
INT-000842	phone	110	2025-06-13 19:31:35	13.6	19.00	2025-06-13 19:45:11	2	\N	\N	TKT-00442
INT-000843	email	110	2025-06-13 20:45:27	19.5	0.99	2025-06-13 21:04:57	2	AW: Garantiefall: Anfrage zur Garantiereparatur	Hallo, ich schreibe Ihnen wegen der Reparatur an meinem Lautsprecher (Anfrage zur Garantiereparatur). Bestellnummer: ORD-668331.	TKT-00442
INT-000844	email	110	2025-06-13 21:48:16	8.2	0.72	2025-06-13 21:56:28	2	AW: RMA-Anfrage zu meinem Lautsprecher	Guten Tag, ich möchte meinen Lautsprecher im Rahmen der Garantie zurückschicken. Grund: Anfrage zur Garantiereparatur. Wie soll ich vorgehen?	TKT-00442
INT-000845	email	110	2025-06-13 22:24:20	11.6	0.46	2025-06-13 22:35:56	2	AW: Gewährleistung – Anfrage zur Garantiereparatur	Sehr geehrte Damen und Herren, ich warte noch immer auf eine Nachricht zu meinem Lautsprecher. Betreff: Anfrage zur Garantiereparatur. Wie geht es weiter?	TKT-00442
INT-000846	email	110	2025-06-13 23:29:21	6.3	0.89	2025-06-13 23:35:39	2	AW: Rücksendung/Reparatur: Anfrage zur Garantiereparatur	Guten Tag, ich möchte meinen Lautsprecher im Rahmen der Garantie zurückschicken. Grund: Anfrage zur Garantiereparatur. Wie soll ich vorgehen?	TKT-00442
INT-000847	email	110	2025-06-14 01:02:39	9.6	1.45	2025-06-14 01:12:15	9	AW: RMA-Anfrage zu meinem Lautsprecher	Hallo, ich schreibe Ihnen wegen der Reparatur an meinem Lautsprecher (Anfrage zur Garantiereparatur). Bestellnummer: ORD-668331.	TKT-00442
INT-000848	phone	105	2025-06-14 12:07:48	7.7	78.00	2025-06-14 12:15:30	6	\N	\N	TKT-00443
INT-000849	phone	105	2025-06-14 14:58:47	6.9	118.00	2025-06-14 15:05:41	6	\N	\N	TKT-00443
INT-000850	chat	83	2025-06-16 04:13:37	9.5	45.00	2025-06-16 04:23:07	3	Bitte um Hilfe: Firmware-Update fehlgeschlagen	Hallo, ich habe eine Frage zu meinem Lautsprecher (Firmware-Update fehlgeschlagen)	TKT-00444
INT-000851	phone	83	2025-06-16 09:11:22	4.0	20.00	2025-06-16 09:15:22	3	\N	\N	TKT-00444
INT-000852	email	52	2025-06-17 15:13:38	19.3	1.04	2025-06-17 15:32:56	12	Panne de mon enceinte : échec de l'appairage Bluetooth	Bonjour, échec de l'appairage Bluetooth : cela se reproduit régulièrement avec mon enceinte. J'ai déjà réinitialisé l'appareil deux fois. Pouvez-vous m'aider ?	TKT-00445
INT-000853	chat	23	2025-06-17 18:55:34	3.8	37.00	2025-06-17 18:59:22	12	Problem with my speakers – connection keeps dropping	Hi there – connection keeps dropping, can you help?	TKT-00446
INT-000854	email	52	2025-06-17 19:57:07	5.0	1.27	2025-06-17 20:02:07	12	RE : Panne de mon enceinte : échec de l'appairage Bluetooth	Madame, Monsieur, le problème avec mon enceinte est le suivant : échec de l'appairage Bluetooth. J'ai suivi les étapes du mode d'emploi, sans résultat.	TKT-00445
INT-000855	phone	6	2025-06-18 09:22:31	9.1	46.00	2025-06-18 09:31:37	7	\N	\N	TKT-00447
INT-000856	chat	68	2025-06-18 10:41:52	8.4	39.00	2025-06-18 10:50:16	6	Garantiefall: Bitte um ein Austauschgerät	Hallo, Bitte um ein Austauschgerät – können Sie mir helfen?	TKT-00448
INT-000857	chat	68	2025-06-18 11:22:44	10.1	66.00	2025-06-18 11:32:50	6	Gewährleistung – Bitte um ein Austauschgerät	Guten Tag, mein Anliegen: Bitte um ein Austauschgerät	TKT-00448
INT-000858	chat	68	2025-06-18 11:46:23	4.9	21.00	2025-06-18 11:51:17	6	Rücksendung/Reparatur: Bitte um ein Austauschgerät	Hallo, ist jemand da? Es geht um meinen Verstärker.	TKT-00448
INT-000859	chat	68	2025-06-18 13:00:28	17.6	45.00	2025-06-18 13:18:04	6	Garantiefall: Bitte um ein Austauschgerät	Hallo, ich brauche Hilfe mit meinem Verstärker: Bitte um ein Austauschgerät	TKT-00448
INT-000860	chat	68	2025-06-18 13:22:02	15.7	44.00	2025-06-18 13:37:44	6	RMA-Anfrage zu meinem Verstärker	Guten Tag, ich habe ein Problem: Bitte um ein Austauschgerät	TKT-00448
INT-000861	email	68	2025-06-18 14:31:34	6.6	0.75	2025-06-18 14:38:10	3	AW: Reparaturanfrage für meinen Verstärker	Guten Tag, können Sie mir bitte den aktuellen Stand zu meinem Fall mitteilen (Bitte um ein Austauschgerät)? Bestellnummer: ORD-128945.	TKT-00448
INT-000862	chat	68	2025-06-18 14:57:18	9.7	9.00	2025-06-18 15:07:00	6	Gewährleistung – Bitte um ein Austauschgerät	Guten Tag, ich habe ein Problem: Bitte um ein Austauschgerät	TKT-00448
INT-000863	phone	69	2025-06-19 09:15:47	20.3	52.00	2025-06-19 09:36:05	12	\N	\N	TKT-00449
INT-000864	phone	69	2025-06-19 09:38:53	8.7	13.00	2025-06-19 09:47:35	11	\N	\N	TKT-00449
INT-000865	phone	69	2025-06-19 10:58:22	6.0	37.00	2025-06-19 11:04:22	12	\N	\N	TKT-00449
INT-000866	phone	69	2025-06-19 11:36:57	7.7	23.00	2025-06-19 11:44:39	12	\N	\N	TKT-00449
INT-000867	phone	69	2025-06-19 13:41:46	6.0	21.00	2025-06-19 13:47:46	12	\N	\N	TKT-00449
INT-000868	phone	69	2025-06-19 14:04:36	16.2	67.00	2025-06-19 14:20:48	12	\N	\N	TKT-00449
INT-000869	phone	69	2025-06-19 14:25:58	10.8	11.00	2025-06-19 14:36:46	12	\N	\N	TKT-00449
INT-000870	phone	19	2025-06-22 12:33:35	11.6	22.00	2025-06-22 12:45:11	8	\N	\N	TKT-00450
INT-000871	phone	19	2025-06-22 12:53:45	13.4	44.00	2025-06-22 13:07:09	8	\N	\N	TKT-00450
INT-000872	email	19	2025-06-22 14:21:34	10.3	1.10	2025-06-22 14:31:52	5	AW: Reparaturanfrage für meinen Kopfhörer	Guten Tag, ich möchte meinen Kopfhörer im Rahmen der Garantie zurückschicken. Grund: Umtausch wegen Defekt bei Lieferung. Wie soll ich vorgehen?	TKT-00450
INT-000873	email	19	2025-06-22 16:01:48	10.3	0.67	2025-06-22 16:12:06	8	AW: Reparaturanfrage für meinen Kopfhörer	Guten Tag, ich möchte einen Garantiefall für meinen Kopfhörer melden: Umtausch wegen Defekt bei Lieferung. Die ursprüngliche Bestellung war ORD-872793.	TKT-00450
INT-000874	phone	19	2025-06-22 16:47:12	11.4	17.00	2025-06-22 16:58:36	8	\N	\N	TKT-00450
INT-000875	phone	19	2025-06-22 18:09:01	7.3	93.00	2025-06-22 18:16:19	8	\N	\N	TKT-00450
INT-000876	phone	19	2025-06-22 18:18:12	11.6	22.00	2025-06-22 18:29:48	8	\N	\N	TKT-00450
INT-000877	phone	42	2025-06-23 11:28:29	5.4	11.00	2025-06-23 11:33:53	6	\N	\N	TKT-00451
INT-000878	chat	55	2025-06-25 08:54:40	6.1	16.00	2025-06-25 09:00:46	2	Lieferproblem: Teile fehlen im Paket	Guten Tag, mein Anliegen: Teile fehlen im Paket	TKT-00452
INT-000879	phone	5	2025-06-26 13:25:17	12.6	37.00	2025-06-26 13:37:53	2	\N	\N	TKT-00453
INT-000880	phone	5	2025-06-26 15:21:26	7.6	183.00	2025-06-26 15:29:02	2	\N	\N	TKT-00453
INT-000881	phone	72	2025-06-27 10:08:29	4.7	136.00	2025-06-27 10:13:11	9	\N	\N	TKT-00454
INT-000882	email	15	2025-06-27 22:04:09	4.2	1.61	2025-06-27 22:08:21	7	My speakers order – change of delivery address	Hello, there is a problem with my order ORD-563512 (speakers): change of delivery address. Could you please check this for me?	TKT-00455
INT-000883	email	15	2025-06-27 22:28:59	3.5	0.30	2025-06-27 22:32:29	7	Re: Shipping query: change of delivery address	Hello, concerning the delivery of my speakers: change of delivery address. Can you tell me what happens next?	TKT-00455
INT-000884	phone	104	2025-07-01 13:28:39	5.3	99.00	2025-07-01 13:33:57	11	\N	\N	TKT-00456
INT-000885	chat	104	2025-07-01 15:00:40	9.7	17.00	2025-07-01 15:10:22	11	Defekt an meinem Lautsprecher: Problem mit Akku oder Stromversorgung	Hallo, ich brauche Hilfe mit meinem Lautsprecher: Problem mit Akku oder Stromversorgung	TKT-00456
INT-000886	chat	1	2025-07-01 17:58:39	15.6	13.00	2025-07-01 18:14:15	3	Suivi de commande : commande toujours pas livrée	Bonjour, commande toujours pas livrée, pouvez-vous m'aider ?	TKT-00457
INT-000887	chat	102	2025-07-02 16:13:33	7.5	40.00	2025-07-02 16:21:03	7	Sehr enttäuscht – Problem weiterhin ungelöst	Hallo, ich habe eine Frage zu meinem Plattenspieler (Problem weiterhin ungelöst)	TKT-00458
INT-000888	phone	80	2025-07-03 12:20:39	17.9	82.00	2025-07-03 12:38:33	5	\N	\N	TKT-00460
INT-000889	email	55	2025-07-03 12:43:46	5.5	1.35	2025-07-03 12:49:16	6	Bitte um Hilfe: verzerrter Klang	Hallo, verzerrter Klang – das passiert bei meinem Plattenspieler immer wieder. Ich habe das Gerät schon zweimal zurückgesetzt. Können Sie mir helfen?	TKT-00459
INT-000890	email	55	2025-07-03 15:05:47	7.7	1.05	2025-07-03 15:13:29	10	AW: Bitte um Hilfe: verzerrter Klang	Sehr geehrte Damen und Herren, bei meinem Plattenspieler tritt folgender Fehler auf: verzerrter Klang. Ich habe die Schritte aus der Anleitung befolgt, leider ohne Erfolg.	TKT-00459
INT-000891	phone	74	2025-07-03 19:56:47	5.3	57.00	2025-07-03 20:02:05	11	\N	\N	TKT-00461
INT-000892	phone	74	2025-07-04 00:22:18	4.3	56.00	2025-07-04 00:26:36	11	\N	\N	TKT-00461
INT-000893	phone	74	2025-07-04 01:03:05	4.6	43.00	2025-07-04 01:07:41	11	\N	\N	TKT-00461
INT-000894	email	16	2025-07-04 11:41:12	7.6	0.90	2025-07-04 11:48:48	1	Very disappointed – poor delivery experience	Hello, I wish to make a complaint: poor delivery experience. This is not the service I expect from your company.	TKT-00462
INT-000895	chat	16	2025-07-04 15:12:43	9.6	50.00	2025-07-04 15:22:19	1	Complaint: poor delivery experience	Hello, I'm contacting you about my speakers (poor delivery experience)	TKT-00462
INT-000896	chat	9	2025-07-07 12:27:29	11.6	73.00	2025-07-07 12:39:05	8	Question about the headphones	Hi there – stylus or cartridge recommendation, can you help?	TKT-00463
INT-000897	chat	50	2025-07-07 17:04:46	4.3	62.00	2025-07-07 17:09:04	6	Zahlungsfrage: Erstattung noch nicht erhalten	Hallo, ich brauche Hilfe mit meinem Verstärker: Erstattung noch nicht erhalten	TKT-00464
INT-000898	chat	50	2025-07-07 21:11:10	8.9	39.00	2025-07-07 21:20:04	6	Zahlung meiner Bestellung – Erstattung noch nicht erhalten	Hallo, ich habe eine Frage zu meinem Verstärker (Erstattung noch nicht erhalten)	TKT-00464
INT-000899	phone	24	2025-07-08 11:13:35	8.1	261.00	2025-07-08 11:21:41	3	\N	\N	TKT-00465
INT-000900	phone	24	2025-07-08 15:54:36	17.9	597.00	2025-07-08 16:12:30	3	\N	\N	TKT-00465
INT-000901	phone	38	2025-07-08 16:38:38	7.7	208.00	2025-07-08 16:46:20	4	\N	\N	TKT-00466
INT-000902	phone	38	2025-07-08 18:11:32	7.8	139.00	2025-07-08 18:19:20	4	\N	\N	TKT-00466
INT-000903	email	105	2025-07-08 22:34:50	9.1	1.17	2025-07-08 22:43:56	3	Warranty case for my headphones: exchange for dead-on-arrival unit	Hello, I would like to return my headphones under the warranty. Reason: exchange for dead-on-arrival unit. How should I proceed?	TKT-00467
INT-000904	email	105	2025-07-09 00:51:27	9.8	1.27	2025-07-09 01:01:15	3	Re: RMA request for my headphones	Hello, I would like to open a warranty case for my headphones: exchange for dead-on-arrival unit. The original order was ORD-229219.	TKT-00467
INT-000905	email	105	2025-07-09 02:11:19	4.7	0.41	2025-07-09 02:16:01	3	Re: Repair enquiry: exchange for dead-on-arrival unit	Hello, I would like to return my headphones under the warranty. Reason: exchange for dead-on-arrival unit. How should I proceed?	TKT-00467
INT-000906	chat	105	2025-07-09 03:11:10	12.1	44.00	2025-07-09 03:23:16	6	Warranty case for my headphones: exchange for dead-on-arrival unit	Good morning, my problem is: exchange for dead-on-arrival unit	TKT-00467
INT-000907	phone	11	2025-07-16 09:57:10	4.9	15.00	2025-07-16 10:02:04	8	\N	\N	TKT-00468
INT-000908	phone	85	2025-07-16 11:42:17	13.8	18.00	2025-07-16 11:56:05	2	\N	\N	TKT-00469
INT-000909	phone	85	2025-07-16 14:43:27	8.3	14.00	2025-07-16 14:51:45	2	\N	\N	TKT-00469
INT-000910	phone	63	2025-07-16 15:35:59	8.3	35.00	2025-07-16 15:44:17	8	\N	\N	TKT-00470
INT-000911	phone	85	2025-07-16 15:57:56	16.7	8.00	2025-07-16 16:14:38	2	\N	\N	TKT-00469
INT-000912	phone	63	2025-07-16 16:56:36	9.4	29.00	2025-07-16 17:06:00	10	\N	\N	TKT-00470
INT-000913	phone	63	2025-07-16 20:20:35	5.3	42.00	2025-07-16 20:25:53	8	\N	\N	TKT-00470
INT-000914	phone	63	2025-07-16 20:52:25	6.0	12.00	2025-07-16 20:58:25	8	\N	\N	TKT-00470
INT-000915	chat	63	2025-07-16 21:26:18	8.1	99.00	2025-07-16 21:34:24	8	Order for my headphones: invoice request	Hi, I need help with my headphones: invoice request	TKT-00470
INT-000916	chat	14	2025-07-17 16:20:02	13.4	3.00	2025-07-17 16:33:26	11	Problème de livraison : besoin d'une étiquette de retour	Bonjour, j'ai un problème : besoin d'une étiquette de retour	TKT-00471
INT-000917	chat	52	2025-07-18 12:01:27	5.5	9.00	2025-07-18 12:06:57	6	Question de facturation : demande de facture	Bonjour, une petite question sur mon tourne-disque	TKT-00472
INT-000918	chat	52	2025-07-18 14:52:15	15.0	29.00	2025-07-18 15:07:15	6	Commande de mon tourne-disque : demande de facture	Bonjour, demande de facture, pouvez-vous m'aider ?	TKT-00472
INT-000919	email	54	2025-07-21 12:50:49	8.5	0.56	2025-07-21 12:59:19	4	My turntable: no sound	Good morning, I bought the turntable from you a few months ago and now have the following problem: no sound. Is there a fix for this?	TKT-00473
INT-000920	chat	54	2025-07-21 16:22:57	8.1	30.00	2025-07-21 16:31:03	4	Fault report for my turntable: no sound	Hi, is anyone available? It's about my turntable.	TKT-00473
INT-000921	chat	23	2025-07-25 11:55:18	6.7	72.00	2025-07-25 12:02:00	11	Fault report for my speakers: power or battery problem	Hi, is anyone available? It's about my speakers.	TKT-00474
INT-000922	chat	2	2025-07-25 14:56:20	20.8	17.00	2025-07-25 15:17:08	4	Technical issue (no sound)	Hi, is anyone available? It's about my headphones.	TKT-00475
INT-000923	chat	2	2025-07-25 19:08:45	13.2	19.00	2025-07-25 19:21:57	4	Technical issue (no sound)	Hi there – no sound, can you help?	TKT-00475
INT-000924	phone	10	2025-07-27 07:05:28	5.1	69.00	2025-07-27 07:10:34	9	\N	\N	TKT-00476
INT-000925	email	80	2025-07-28 10:42:43	5.6	1.46	2025-07-28 10:48:19	10	Garantie pour mon enceinte	Madame, Monsieur, concernant mon enceinte : échange d'un appareil arrivé défectueux. Merci de m'indiquer comment vous envoyer l'appareil.	TKT-00477
INT-000926	phone	80	2025-07-28 12:56:37	19.2	26.00	2025-07-28 13:15:49	10	\N	\N	TKT-00477
INT-000927	email	80	2025-07-28 14:24:21	6.4	0.31	2025-07-28 14:30:45	10	RE : Demande SAV : échange d'un appareil arrivé défectueux	Bonjour, je souhaite retourner mon enceinte au titre de la garantie. Motif : échange d'un appareil arrivé défectueux. Comment dois-je procéder ?	TKT-00477
INT-000928	chat	54	2025-07-28 16:38:44	14.5	40.00	2025-07-28 16:53:14	1	My speakers: bluetooth pairing fails	Hi there – bluetooth pairing fails, can you help?	TKT-00478
INT-000929	chat	54	2025-07-28 21:08:22	18.5	34.00	2025-07-28 21:26:52	1	My speakers: bluetooth pairing fails	Hi, is anyone available? It's about my speakers.	TKT-00478
INT-000930	email	90	2025-07-29 16:44:38	10.6	0.72	2025-07-29 16:55:14	5	Beschwerde zu meinem Lautsprecher	Hallo, das ist bereits meine dritte Nachricht zu meinem Lautsprecher. Grund meiner Beschwerde: zu lange Wartezeit. Bitte antworten Sie zeitnah.	TKT-00479
INT-000931	email	90	2025-07-29 18:11:02	10.9	0.70	2025-07-29 18:21:56	5	AW: Reklamation: zu lange Wartezeit	Hallo, das ist bereits meine dritte Nachricht zu meinem Lautsprecher. Grund meiner Beschwerde: zu lange Wartezeit. Bitte antworten Sie zeitnah.	TKT-00479
INT-000932	email	31	2025-07-29 22:22:16	11.0	0.61	2025-07-29 22:33:16	12	Bitte um Hilfe: Problem mit Akku oder Stromversorgung	Sehr geehrte Damen und Herren, bei meinem Kopfhörer tritt folgender Fehler auf: Problem mit Akku oder Stromversorgung. Ich habe die Schritte aus der Anleitung befolgt, leider ohne Erfolg.	TKT-00480
INT-000933	chat	85	2025-07-31 08:13:10	10.8	44.00	2025-07-31 08:23:58	1	Problem mit meinem Lautsprecher: Firmware-Update fehlgeschlagen	Guten Tag, mein Anliegen: Firmware-Update fehlgeschlagen	TKT-00481
INT-000934	phone	30	2025-07-31 10:37:19	4.3	73.00	2025-07-31 10:41:37	9	\N	\N	TKT-00482
INT-000935	chat	85	2025-07-31 13:12:49	10.5	37.00	2025-07-31 13:23:19	1	Störung bei meinem Lautsprecher	Guten Tag, mein Anliegen: Firmware-Update fehlgeschlagen	TKT-00481
INT-000936	email	119	2025-08-01 16:07:48	10.2	1.00	2025-08-01 16:18:00	2	Problem with my speakers – no sound	Hi, since yesterday I have had this issue with my speakers: no sound. What can I do?	TKT-00483
INT-000937	email	14	2025-08-01 18:56:20	4.7	1.16	2025-08-01 19:01:02	7	Demande d'information : question de compatibilité	Bonjour, petite question sur votre casque : question de compatibilité. Où puis-je trouver plus de détails ?	TKT-00484
INT-000938	email	86	2025-08-02 11:26:29	9.3	0.97	2025-08-02 11:35:47	8	Störung bei meinem Kopfhörer	Sehr geehrte Damen und Herren, bei meinem Kopfhörer tritt folgender Fehler auf: Verbindung bricht ständig ab. Ich habe die Schritte aus der Anleitung befolgt, leider ohne Erfolg.	TKT-00485
INT-000939	phone	53	2025-08-03 10:44:52	13.3	54.00	2025-08-03 10:58:10	2	\N	\N	TKT-00486
INT-000940	phone	53	2025-08-03 14:28:42	3.0	30.00	2025-08-03 14:31:42	2	\N	\N	TKT-00486
INT-000941	chat	8	2025-08-06 09:33:19	15.9	23.00	2025-08-06 09:49:13	4	Frage vor dem Kauf: Funktionen der App	Hallo, ich brauche Hilfe mit meinem Kopfhörer: Funktionen der App	TKT-00487
INT-000942	phone	112	2025-08-07 10:22:51	7.3	8.00	2025-08-07 10:30:09	5	\N	\N	TKT-00488
INT-000943	phone	112	2025-08-07 11:33:50	9.2	147.00	2025-08-07 11:43:02	5	\N	\N	TKT-00488
INT-000944	phone	13	2025-08-07 17:19:53	6.8	37.00	2025-08-07 17:26:41	10	\N	\N	TKT-00489
INT-000945	email	71	2025-08-12 10:06:35	6.5	0.44	2025-08-12 10:13:05	7	Warranty claim for my headphones	Hello, I would like to return my headphones under the warranty. Reason: return authorisation needed. How should I proceed?	TKT-00490
INT-000946	email	71	2025-08-12 10:58:07	4.6	0.73	2025-08-12 11:02:43	8	Re: Return/repair: return authorisation needed	Dear team, regarding my headphones: return authorisation needed. Please let me know how to send the device in.	TKT-00490
INT-000947	email	71	2025-08-12 11:51:22	7.5	0.55	2025-08-12 11:58:52	7	Re: Warranty case for my headphones: return authorisation needed	Hello, I would like to open a warranty case for my headphones: return authorisation needed. The original order was ORD-693296.	TKT-00490
INT-000948	email	71	2025-08-12 13:49:16	4.0	1.53	2025-08-12 13:53:16	7	Re: Warranty case for my headphones: return authorisation needed	Good afternoon, the device was bought with order ORD-693296. My request: return authorisation needed. Thank you in advance.	TKT-00490
INT-000949	email	71	2025-08-12 15:18:59	4.8	0.26	2025-08-12 15:23:47	7	Re: Warranty case for my headphones: return authorisation needed	Dear team, regarding my headphones: return authorisation needed. Please let me know how to send the device in.	TKT-00490
INT-000950	chat	90	2025-08-14 08:55:47	14.4	9.00	2025-08-14 09:10:11	2	Problem mit meinem Lautsprecher: verzerrter Klang	Guten Tag, mein Anliegen: verzerrter Klang	TKT-00491
INT-000951	chat	90	2025-08-14 10:46:41	10.6	22.00	2025-08-14 10:57:17	6	Problem mit meinem Lautsprecher: verzerrter Klang	Hallo, ich habe eine Frage zu meinem Lautsprecher (verzerrter Klang)	TKT-00491
INT-000952	chat	55	2025-08-14 13:31:40	11.2	35.00	2025-08-14 13:42:52	12	Frage zum Verstärker	Hallo, ich brauche Hilfe mit meinem Verstärker: Lieferbarkeit	TKT-00492
INT-000953	phone	23	2025-08-15 07:38:55	16.3	143.00	2025-08-15 07:55:13	12	\N	\N	TKT-00493
INT-000954	phone	14	2025-08-15 10:33:36	11.3	14.00	2025-08-15 10:44:54	7	\N	\N	TKT-00494
INT-000955	email	23	2025-08-15 12:34:26	6.6	1.31	2025-08-15 12:41:02	5	Re: Fault report for my headphones: connection keeps dropping	Good morning, I bought the headphones from you a few months ago and now have the following problem: connection keeps dropping. Is there a fix for this?	TKT-00493
INT-000956	phone	28	2025-08-18 10:56:38	5.6	54.00	2025-08-18 11:02:14	3	\N	\N	TKT-00495
INT-000957	phone	67	2025-08-18 12:29:47	30.3	88.00	2025-08-18 13:00:05	12	\N	\N	TKT-00496
INT-000958	chat	28	2025-08-18 13:31:54	12.0	129.00	2025-08-18 13:43:54	3	Meine Bestellung (Plattenspieler) – falscher Artikel geliefert	Hallo, ist jemand da? Es geht um meinen Plattenspieler.	TKT-00495
INT-000959	phone	28	2025-08-18 14:06:53	2.8	26.00	2025-08-18 14:09:41	3	\N	\N	TKT-00495
INT-000960	email	28	2025-08-18 15:43:48	4.4	1.39	2025-08-18 15:48:12	7	AW: Frage zum Versand: falscher Artikel geliefert	Hallo, ich habe letzte Woche einen Plattenspieler bestellt und es gibt ein Problem: falscher Artikel geliefert. Bestellnummer: ORD-911953.	TKT-00495
INT-000961	phone	67	2025-08-18 16:19:38	6.7	180.00	2025-08-18 16:26:20	12	\N	\N	TKT-00496
INT-000962	phone	69	2025-08-19 09:15:06	13.0	24.00	2025-08-19 09:28:06	3	\N	\N	TKT-00497
INT-000963	chat	110	2025-08-19 09:49:10	11.0	30.00	2025-08-19 10:00:10	9	Meine Bestellung (Lautsprecher) – Paket beschädigt angekommen	Hallo, ich brauche Hilfe mit meinem Lautsprecher: Paket beschädigt angekommen	TKT-00498
INT-000964	email	10	2025-08-19 12:25:41	10.9	1.11	2025-08-19 12:36:35	5	Assistance technique pour mon amplificateur	Bonjour, existe-t-il une solution connue pour ce problème sur mon amplificateur : échec de la mise à jour du firmware ? Merci d'avance.	TKT-00499
INT-000965	phone	69	2025-08-19 15:03:04	7.7	49.00	2025-08-19 15:10:46	3	\N	\N	TKT-00497
INT-000966	email	10	2025-08-19 16:37:19	10.0	1.14	2025-08-19 16:47:19	5	RE : Assistance technique pour mon amplificateur	Bonjour, j'ai un problème avec mon amplificateur : échec de la mise à jour du firmware. J'ai déjà essayé de redémarrer l'appareil. Pourriez-vous m'aider ?	TKT-00499
INT-000967	phone	118	2025-08-19 17:48:47	14.7	42.00	2025-08-19 18:03:29	9	\N	\N	TKT-00500
INT-000968	chat	118	2025-08-19 18:09:52	6.1	14.00	2025-08-19 18:15:58	9	Problem mit meinem Lautsprecher: Bluetooth-Kopplung schlägt fehl	Guten Tag, eine kurze Frage zu meinem Lautsprecher	TKT-00500
\.

COPY calls (id, initialized, answered, abandoned, is_abandoned, interaction_id) FROM stdin WITH (FREEZE);
CAL-000001	2023-09-18 07:33:04	2023-09-18 07:33:30	\N	f	INT-000003
CAL-000002	2023-09-18 09:13:28	2023-09-18 09:13:58	\N	f	INT-000004
CAL-000003	2023-09-18 09:31:37	2023-09-18 09:36:49	\N	f	INT-000005
CAL-000004	2023-09-18 10:47:28	2023-09-18 10:48:12	\N	f	INT-000006
CAL-000005	2023-09-18 11:31:26	2023-09-18 11:32:00	\N	f	INT-000009
CAL-000006	2023-09-18 12:16:42	2023-09-18 12:18:45	\N	f	INT-000010
CAL-000007	2023-09-18 12:58:15	2023-09-18 12:59:44	\N	f	INT-000011
CAL-000008	2023-09-18 17:55:58	2023-09-18 17:56:20	\N	f	INT-000013
CAL-000009	2023-09-18 18:17:18	2023-09-18 18:18:23	\N	f	INT-000014
CAL-000010	2023-09-19 08:37:07	\N	2023-09-19 08:38:48	t	\N
CAL-000011	2023-09-19 18:51:17	2023-09-19 18:51:55	\N	f	INT-000018
CAL-000012	2023-09-19 20:59:57	2023-09-19 21:00:49	\N	f	INT-000019
CAL-000013	2023-09-19 21:21:18	2023-09-19 21:21:24	\N	f	INT-000020
CAL-000014	2023-09-19 22:31:43	2023-09-19 22:33:41	\N	f	INT-000021
CAL-000015	2023-09-25 09:57:26	2023-09-25 10:00:27	\N	f	INT-000025
CAL-000016	2023-09-26 10:57:14	2023-09-26 11:02:47	\N	f	INT-000028
CAL-000017	2023-09-26 14:21:27	2023-09-26 14:21:43	\N	f	INT-000030
CAL-000018	2023-09-26 21:55:54	2023-09-26 22:01:44	\N	f	INT-000034
CAL-000019	2023-09-27 07:56:32	2023-09-27 07:56:40	\N	f	INT-000035
CAL-000020	2023-09-29 08:21:13	2023-09-29 08:21:35	\N	f	INT-000037
CAL-000021	2023-09-29 11:48:59	2023-09-29 11:49:18	\N	f	INT-000038
CAL-000022	2023-09-30 06:21:37	2023-09-30 06:25:52	\N	f	INT-000039
CAL-000023	2023-09-30 10:36:43	2023-09-30 10:37:26	\N	f	INT-000041
CAL-000024	2023-09-30 15:34:06	2023-09-30 15:34:41	\N	f	INT-000043
CAL-000025	2023-10-03 05:25:16	2023-10-03 05:26:03	\N	f	INT-000047
CAL-000026	2023-10-04 12:08:06	2023-10-04 12:08:22	\N	f	INT-000048
CAL-000027	2023-10-11 09:52:09	2023-10-11 09:52:31	\N	f	INT-000054
CAL-000028	2023-10-11 17:05:31	2023-10-11 17:06:04	\N	f	INT-000056
CAL-000029	2023-10-11 20:15:41	2023-10-11 20:16:49	\N	f	INT-000057
CAL-000030	2023-10-13 08:05:38	2023-10-13 08:08:41	\N	f	INT-000058
CAL-000031	2023-10-13 09:02:56	2023-10-13 09:03:12	\N	f	INT-000059
CAL-000032	2023-10-13 09:26:11	2023-10-13 09:26:45	\N	f	INT-000060
CAL-000033	2023-10-13 09:31:59	2023-10-13 09:32:59	\N	f	INT-000061
CAL-000034	2023-10-13 09:55:48	2023-10-13 09:56:18	\N	f	INT-000062
CAL-000035	2023-10-13 10:23:32	2023-10-13 10:24:23	\N	f	INT-000063
CAL-000036	2023-10-13 10:34:50	2023-10-13 10:35:14	\N	f	INT-000064
CAL-000037	2023-10-13 10:50:18	2023-10-13 10:51:50	\N	f	INT-000065
CAL-000038	2023-10-13 11:13:54	2023-10-13 11:14:20	\N	f	INT-000066
CAL-000039	2023-10-17 16:19:21	2023-10-17 16:19:43	\N	f	INT-000074
CAL-000040	2023-10-17 18:00:23	2023-10-17 18:00:50	\N	f	INT-000075
CAL-000041	2023-10-20 11:24:05	2023-10-20 11:26:52	\N	f	INT-000080
CAL-000042	2023-10-20 11:58:09	2023-10-20 11:58:59	\N	f	INT-000081
CAL-000043	2023-10-20 14:49:15	2023-10-20 14:49:40	\N	f	INT-000086
CAL-000044	2023-10-20 15:39:53	2023-10-20 15:40:30	\N	f	INT-000087
CAL-000045	2023-10-24 07:08:55	2023-10-24 07:10:16	\N	f	INT-000089
CAL-000046	2023-10-27 11:24:56	2023-10-27 11:25:27	\N	f	INT-000099
CAL-000047	2023-10-27 16:34:34	2023-10-27 16:37:17	\N	f	INT-000101
CAL-000048	2023-10-27 18:22:18	2023-10-27 18:23:15	\N	f	INT-000102
CAL-000049	2023-10-27 23:36:45	2023-10-27 23:37:15	\N	f	INT-000103
CAL-000050	2023-10-31 09:11:39	2023-10-31 09:12:41	\N	f	INT-000105
CAL-000051	2023-11-15 12:10:55	2023-11-15 12:15:22	\N	f	INT-000115
CAL-000052	2023-11-16 14:02:25	2023-11-16 14:04:03	\N	f	INT-000122
CAL-000053	2023-11-23 10:18:37	2023-11-23 10:19:48	\N	f	INT-000135
CAL-000054	2023-11-23 15:32:44	2023-11-23 15:32:49	\N	f	INT-000136
CAL-000055	2023-11-26 10:36:15	2023-11-26 10:36:38	\N	f	INT-000138
CAL-000056	2023-12-03 09:01:02	2023-12-03 09:01:08	\N	f	INT-000144
CAL-000057	2023-12-05 08:19:50	2023-12-05 08:20:11	\N	f	INT-000145
CAL-000058	2023-12-05 08:45:00	2023-12-05 08:45:16	\N	f	INT-000146
CAL-000059	2023-12-05 13:22:39	2023-12-05 13:23:45	\N	f	INT-000147
CAL-000060	2023-12-06 15:08:01	2023-12-06 15:08:20	\N	f	INT-000151
CAL-000061	2023-12-12 14:57:40	2023-12-12 14:58:41	\N	f	INT-000155
CAL-000062	2023-12-13 14:02:23	2023-12-13 14:04:17	\N	f	INT-000158
CAL-000063	2023-12-13 16:38:51	2023-12-13 16:38:59	\N	f	INT-000159
CAL-000064	2023-12-18 14:55:17	\N	2023-12-18 14:56:01	t	\N
CAL-000065	2023-12-18 16:47:45	2023-12-18 16:48:34	\N	f	INT-000162
CAL-000066	2023-12-18 17:28:37	2023-12-18 17:29:43	\N	f	INT-000163
CAL-000067	2023-12-22 14:17:13	2023-12-22 14:18:26	\N	f	INT-000170
CAL-000068	2023-12-27 13:07:40	2023-12-27 13:08:33	\N	f	INT-000176
CAL-000069	2023-12-28 08:58:11	2023-12-28 08:59:49	\N	f	INT-000177
CAL-000070	2023-12-28 13:48:41	2023-12-28 13:48:46	\N	f	INT-000180
CAL-000071	2023-12-29 10:31:21	2023-12-29 10:31:46	\N	f	INT-000183
CAL-000072	2023-12-29 19:30:03	2023-12-29 19:30:52	\N	f	INT-000185
CAL-000073	2024-01-01 15:54:41	2024-01-01 15:56:23	\N	f	INT-000192
CAL-000074	2024-01-01 16:16:54	2024-01-01 16:17:57	\N	f	INT-000193
CAL-000075	2024-01-02 10:52:12	2024-01-02 10:52:57	\N	f	INT-000196
CAL-000076	2024-01-06 13:34:07	2024-01-06 13:34:34	\N	f	INT-000202
CAL-000077	2024-01-08 12:55:16	2024-01-08 13:00:02	\N	f	INT-000204
CAL-000078	2024-01-08 15:28:48	\N	2024-01-08 15:32:32	t	\N
CAL-000079	2024-01-15 12:31:41	\N	2024-01-15 12:32:46	t	\N
CAL-000080	2024-01-15 15:00:05	2024-01-15 15:01:55	\N	f	INT-000217
CAL-000081	2024-01-16 16:05:47	2024-01-16 16:06:55	\N	f	INT-000221
CAL-000082	2024-01-21 15:44:54	2024-01-21 15:45:22	\N	f	INT-000227
CAL-000083	2024-01-21 18:45:03	2024-01-21 18:45:40	\N	f	INT-000228
CAL-000084	2024-01-25 11:39:40	2024-01-25 11:39:48	\N	f	INT-000232
CAL-000085	2024-01-25 17:07:09	\N	2024-01-25 17:07:46	t	\N
CAL-000086	2024-01-27 14:48:21	2024-01-27 14:48:39	\N	f	INT-000236
CAL-000087	2024-01-28 18:06:41	2024-01-28 18:08:04	\N	f	INT-000237
CAL-000088	2024-01-28 21:07:30	2024-01-28 21:07:50	\N	f	INT-000239
CAL-000089	2024-01-28 21:48:13	2024-01-28 21:48:30	\N	f	INT-000240
CAL-000090	2024-02-05 07:41:23	2024-02-05 07:44:04	\N	f	INT-000244
CAL-000091	2024-02-06 13:40:29	2024-02-06 13:41:08	\N	f	INT-000247
CAL-000092	2024-02-06 16:27:03	2024-02-06 16:27:35	\N	f	INT-000248
CAL-000093	2024-02-12 16:18:52	2024-02-12 16:19:07	\N	f	INT-000250
CAL-000094	2024-02-12 17:28:47	2024-02-12 17:30:09	\N	f	INT-000251
CAL-000095	2024-02-12 22:10:13	2024-02-12 22:11:21	\N	f	INT-000253
CAL-000096	2024-02-16 15:45:12	2024-02-16 15:46:12	\N	f	INT-000261
CAL-000097	2024-02-16 17:32:33	2024-02-16 17:33:06	\N	f	INT-000263
CAL-000098	2024-02-23 02:12:55	2024-02-23 02:13:23	\N	f	INT-000269
CAL-000099	2024-02-23 07:12:18	2024-02-23 07:12:43	\N	f	INT-000270
CAL-000100	2024-02-28 16:25:48	2024-02-28 16:26:23	\N	f	INT-000277
CAL-000101	2024-03-05 11:24:37	2024-03-05 11:26:18	\N	f	INT-000282
CAL-000102	2024-03-05 13:05:11	2024-03-05 13:06:58	\N	f	INT-000283
CAL-000103	2024-03-06 07:19:48	2024-03-06 07:20:19	\N	f	INT-000284
CAL-000104	2024-03-06 09:36:00	\N	2024-03-06 09:37:22	t	\N
CAL-000105	2024-03-07 00:10:21	2024-03-07 00:11:07	\N	f	INT-000292
CAL-000106	2024-03-07 11:11:24	2024-03-07 11:14:07	\N	f	INT-000293
CAL-000107	2024-03-07 11:52:15	2024-03-07 11:52:57	\N	f	INT-000294
CAL-000108	2024-03-16 11:13:37	2024-03-16 11:14:21	\N	f	INT-000300
CAL-000109	2024-03-21 12:06:32	2024-03-21 12:08:31	\N	f	INT-000305
CAL-000110	2024-03-21 17:15:50	2024-03-21 17:17:09	\N	f	INT-000306
CAL-000111	2024-03-22 21:05:30	2024-03-22 21:09:27	\N	f	INT-000308
CAL-000112	2024-03-25 06:32:50	\N	2024-03-25 06:33:21	t	\N
CAL-000113	2024-03-25 08:32:56	2024-03-25 08:33:44	\N	f	INT-000309
CAL-000114	2024-03-25 08:46:47	2024-03-25 08:47:02	\N	f	INT-000310
CAL-000115	2024-03-25 09:16:35	2024-03-25 09:17:12	\N	f	INT-000311
CAL-000116	2024-03-25 09:35:45	2024-03-25 09:36:27	\N	f	INT-000312
CAL-000117	2024-03-25 10:50:55	2024-03-25 10:52:00	\N	f	INT-000313
CAL-000118	2024-03-25 12:07:07	2024-03-25 12:08:37	\N	f	INT-000314
CAL-000119	2024-03-25 12:42:23	2024-03-25 12:43:02	\N	f	INT-000315
CAL-000120	2024-03-29 12:28:52	2024-03-29 12:30:06	\N	f	INT-000318
CAL-000121	2024-04-03 13:01:13	2024-04-03 13:02:45	\N	f	INT-000327
CAL-000122	2024-04-03 16:26:28	2024-04-03 16:27:06	\N	f	INT-000328
CAL-000123	2024-04-04 15:31:19	2024-04-04 15:31:44	\N	f	INT-000329
CAL-000124	2024-04-09 07:18:47	2024-04-09 07:19:00	\N	f	INT-000332
CAL-000125	2024-04-09 08:21:28	2024-04-09 08:21:52	\N	f	INT-000333
CAL-000126	2024-04-09 10:52:33	\N	2024-04-09 10:52:58	t	\N
CAL-000127	2024-04-11 11:01:25	2024-04-11 11:03:45	\N	f	INT-000334
CAL-000128	2024-04-11 13:08:52	2024-04-11 13:10:57	\N	f	INT-000336
CAL-000129	2024-04-15 15:37:41	2024-04-15 15:38:09	\N	f	INT-000344
CAL-000130	2024-04-15 18:17:27	2024-04-15 18:18:17	\N	f	INT-000345
CAL-000131	2024-04-16 14:43:28	2024-04-16 14:43:51	\N	f	INT-000348
CAL-000132	2024-04-16 15:27:45	2024-04-16 15:29:18	\N	f	INT-000349
CAL-000133	2024-04-16 16:53:23	2024-04-16 16:53:59	\N	f	INT-000351
CAL-000134	2024-04-17 09:30:04	2024-04-17 09:30:11	\N	f	INT-000354
CAL-000135	2024-04-17 11:18:23	2024-04-17 11:19:21	\N	f	INT-000356
CAL-000136	2024-04-17 17:44:37	\N	2024-04-17 17:45:10	t	\N
CAL-000137	2024-04-18 16:04:38	2024-04-18 16:05:18	\N	f	INT-000359
CAL-000138	2024-04-22 13:54:21	2024-04-22 13:55:04	\N	f	INT-000369
CAL-000139	2024-04-22 18:37:25	2024-04-22 18:38:10	\N	f	INT-000370
CAL-000140	2024-04-29 20:52:22	2024-04-29 20:53:13	\N	f	INT-000379
CAL-000141	2024-04-30 19:05:46	2024-04-30 19:07:32	\N	f	INT-000381
CAL-000142	2024-05-06 07:36:58	\N	2024-05-06 07:39:14	t	\N
CAL-000143	2024-05-06 14:16:19	2024-05-06 14:16:43	\N	f	INT-000385
CAL-000144	2024-05-09 12:59:14	2024-05-09 13:00:20	\N	f	INT-000386
CAL-000145	2024-05-09 13:29:10	\N	2024-05-09 13:29:59	t	\N
CAL-000146	2024-05-09 17:06:54	2024-05-09 17:07:37	\N	f	INT-000387
CAL-000147	2024-05-27 07:32:59	2024-05-27 07:33:30	\N	f	INT-000395
CAL-000148	2024-05-27 09:29:52	2024-05-27 09:31:06	\N	f	INT-000396
CAL-000149	2024-05-27 10:00:56	2024-05-27 10:01:26	\N	f	INT-000397
CAL-000150	2024-05-27 12:26:36	2024-05-27 12:26:53	\N	f	INT-000398
CAL-000151	2024-05-27 13:05:19	2024-05-27 13:06:44	\N	f	INT-000399
CAL-000152	2024-06-01 11:39:21	2024-06-01 11:42:11	\N	f	INT-000403
CAL-000153	2024-06-01 15:06:17	2024-06-01 15:07:46	\N	f	INT-000404
CAL-000154	2024-06-03 11:47:06	2024-06-03 11:47:23	\N	f	INT-000408
CAL-000155	2024-06-05 07:14:26	2024-06-05 07:14:57	\N	f	INT-000412
CAL-000156	2024-06-05 07:43:02	2024-06-05 07:45:29	\N	f	INT-000413
CAL-000157	2024-06-05 07:51:03	\N	2024-06-05 07:52:43	t	\N
CAL-000158	2024-06-05 15:18:23	2024-06-05 15:19:36	\N	f	INT-000414
CAL-000159	2024-06-06 16:49:31	2024-06-06 16:50:34	\N	f	INT-000417
CAL-000160	2024-06-07 08:48:19	2024-06-07 08:49:56	\N	f	INT-000418
CAL-000161	2024-06-07 09:10:42	2024-06-07 09:10:47	\N	f	INT-000419
CAL-000162	2024-06-12 16:53:31	2024-06-12 16:54:33	\N	f	INT-000427
CAL-000163	2024-06-17 08:07:46	\N	2024-06-17 08:10:11	t	\N
CAL-000164	2024-06-17 08:34:33	2024-06-17 08:35:20	\N	f	INT-000429
CAL-000165	2024-06-17 09:36:51	2024-06-17 09:37:34	\N	f	INT-000430
CAL-000166	2024-06-17 09:46:14	2024-06-17 09:47:10	\N	f	INT-000431
CAL-000167	2024-06-17 10:52:00	2024-06-17 10:52:42	\N	f	INT-000432
CAL-000168	2024-06-17 13:11:08	2024-06-17 13:14:07	\N	f	INT-000433
CAL-000169	2024-06-17 14:03:49	2024-06-17 14:04:08	\N	f	INT-000434
CAL-000170	2024-06-17 14:14:52	2024-06-17 14:16:27	\N	f	INT-000435
CAL-000171	2024-06-17 14:25:44	2024-06-17 14:26:20	\N	f	INT-000437
CAL-000172	2024-06-17 16:43:01	2024-06-17 16:43:41	\N	f	INT-000438
CAL-000173	2024-06-17 20:01:42	2024-06-17 20:02:52	\N	f	INT-000439
CAL-000174	2024-06-18 10:15:17	2024-06-18 10:15:37	\N	f	INT-000440
CAL-000175	2024-06-18 11:14:41	2024-06-18 11:16:00	\N	f	INT-000441
CAL-000176	2024-06-18 12:17:37	2024-06-18 12:19:53	\N	f	INT-000442
CAL-000177	2024-06-18 12:45:32	2024-06-18 12:45:52	\N	f	INT-000443
CAL-000178	2024-06-18 13:33:32	2024-06-18 13:34:16	\N	f	INT-000444
CAL-000179	2024-06-18 15:43:59	2024-06-18 15:46:47	\N	f	INT-000445
CAL-000180	2024-06-19 08:08:41	2024-06-19 08:09:23	\N	f	INT-000447
CAL-000181	2024-06-19 08:30:53	2024-06-19 08:31:30	\N	f	INT-000448
CAL-000182	2024-06-19 21:58:08	2024-06-19 21:59:24	\N	f	INT-000450
CAL-000183	2024-06-21 09:56:34	2024-06-21 09:57:42	\N	f	INT-000451
CAL-000184	2024-06-21 15:40:53	2024-06-21 15:43:27	\N	f	INT-000452
CAL-000185	2024-06-22 07:57:20	2024-06-22 08:03:10	\N	f	INT-000453
CAL-000186	2024-06-22 13:56:08	2024-06-22 13:56:26	\N	f	INT-000455
CAL-000187	2024-06-22 17:03:47	2024-06-22 17:05:33	\N	f	INT-000456
CAL-000188	2024-06-22 18:26:25	2024-06-22 18:27:03	\N	f	INT-000457
CAL-000189	2024-06-28 08:32:54	2024-06-28 08:33:12	\N	f	INT-000458
CAL-000190	2024-06-28 10:26:19	2024-06-28 10:26:52	\N	f	INT-000459
CAL-000191	2024-06-28 10:42:15	2024-06-28 10:42:33	\N	f	INT-000460
CAL-000192	2024-06-28 11:03:54	2024-06-28 11:05:56	\N	f	INT-000461
CAL-000193	2024-06-28 12:31:43	2024-06-28 12:32:45	\N	f	INT-000462
CAL-000194	2024-06-30 17:04:32	2024-06-30 17:04:50	\N	f	INT-000464
CAL-000195	2024-06-30 18:32:56	2024-06-30 18:34:15	\N	f	INT-000465
CAL-000196	2024-07-05 17:29:43	2024-07-05 17:31:54	\N	f	INT-000469
CAL-000197	2024-07-09 19:42:06	2024-07-09 19:42:51	\N	f	INT-000472
CAL-000198	2024-07-10 01:01:55	2024-07-10 01:03:28	\N	f	INT-000473
CAL-000199	2024-07-11 08:25:46	2024-07-11 08:25:57	\N	f	INT-000474
CAL-000200	2024-07-11 10:35:10	2024-07-11 10:36:52	\N	f	INT-000475
CAL-000201	2024-07-12 11:25:16	2024-07-12 11:26:39	\N	f	INT-000478
CAL-000202	2024-07-12 15:16:22	2024-07-12 15:17:00	\N	f	INT-000480
CAL-000203	2024-07-17 14:14:25	2024-07-17 14:16:14	\N	f	INT-000481
CAL-000204	2024-07-27 13:42:25	2024-07-27 13:42:49	\N	f	INT-000483
CAL-000205	2024-07-30 14:36:17	\N	2024-07-30 14:37:14	t	\N
CAL-000206	2024-07-30 17:44:54	2024-07-30 17:45:19	\N	f	INT-000491
CAL-000207	2024-08-06 11:57:08	2024-08-06 11:57:16	\N	f	INT-000493
CAL-000208	2024-08-07 14:51:27	2024-08-07 14:51:33	\N	f	INT-000494
CAL-000209	2024-08-07 16:16:41	2024-08-07 16:17:42	\N	f	INT-000495
CAL-000210	2024-08-14 17:41:31	2024-08-14 17:42:00	\N	f	INT-000500
CAL-000211	2024-08-16 16:24:51	2024-08-16 16:25:16	\N	f	INT-000501
CAL-000212	2024-08-16 18:52:53	2024-08-16 18:53:10	\N	f	INT-000502
CAL-000213	2024-08-16 19:06:55	2024-08-16 19:08:13	\N	f	INT-000503
CAL-000214	2024-08-16 20:51:21	2024-08-16 20:51:54	\N	f	INT-000504
CAL-000215	2024-08-17 18:54:44	2024-08-17 18:56:49	\N	f	INT-000508
CAL-000216	2024-08-18 12:14:58	2024-08-18 12:15:41	\N	f	INT-000510
CAL-000217	2024-08-18 16:49:42	2024-08-18 16:50:03	\N	f	INT-000511
CAL-000218	2024-08-26 11:13:07	2024-08-26 11:14:17	\N	f	INT-000528
CAL-000219	2024-08-26 11:34:38	2024-08-26 11:35:28	\N	f	INT-000529
CAL-000220	2024-08-26 19:09:56	2024-08-26 19:10:04	\N	f	INT-000530
CAL-000221	2024-08-26 22:13:07	2024-08-26 22:14:06	\N	f	INT-000531
CAL-000222	2024-08-27 22:01:45	2024-08-27 22:02:13	\N	f	INT-000533
CAL-000223	2024-09-02 13:05:59	2024-09-02 13:06:18	\N	f	INT-000539
CAL-000224	2024-09-03 11:00:56	2024-09-03 11:02:22	\N	f	INT-000541
CAL-000225	2024-09-03 15:20:00	2024-09-03 15:21:16	\N	f	INT-000542
CAL-000226	2024-09-07 12:04:52	2024-09-07 12:04:58	\N	f	INT-000544
CAL-000227	2024-09-07 14:25:23	2024-09-07 14:25:40	\N	f	INT-000545
CAL-000228	2024-09-09 12:19:34	2024-09-09 12:20:50	\N	f	INT-000546
CAL-000229	2024-09-10 21:24:56	2024-09-10 21:25:33	\N	f	INT-000550
CAL-000230	2024-09-11 09:36:44	2024-09-11 09:38:41	\N	f	INT-000551
CAL-000231	2024-09-11 11:58:12	2024-09-11 11:58:50	\N	f	INT-000553
CAL-000232	2024-09-11 12:56:43	2024-09-11 12:58:35	\N	f	INT-000554
CAL-000233	2024-09-11 14:06:56	\N	2024-09-11 14:10:17	t	\N
CAL-000234	2024-09-13 14:43:30	2024-09-13 14:44:03	\N	f	INT-000559
CAL-000235	2024-09-17 18:32:03	2024-09-17 18:32:29	\N	f	INT-000562
CAL-000236	2024-09-17 19:38:54	2024-09-17 19:39:18	\N	f	INT-000563
CAL-000237	2024-09-20 17:05:50	2024-09-20 17:06:56	\N	f	INT-000565
CAL-000238	2024-10-03 17:06:04	2024-10-03 17:07:20	\N	f	INT-000569
CAL-000239	2024-10-07 15:03:53	2024-10-07 15:07:04	\N	f	INT-000571
CAL-000240	2024-10-07 15:38:54	2024-10-07 15:39:06	\N	f	INT-000572
CAL-000241	2024-10-11 10:50:07	2024-10-11 10:51:49	\N	f	INT-000577
CAL-000242	2024-10-12 08:01:46	2024-10-12 08:02:06	\N	f	INT-000578
CAL-000243	2024-10-12 10:14:11	2024-10-12 10:14:52	\N	f	INT-000580
CAL-000244	2024-10-14 18:25:18	2024-10-14 18:25:51	\N	f	INT-000582
CAL-000245	2024-10-15 15:08:39	2024-10-15 15:11:47	\N	f	INT-000583
CAL-000246	2024-10-17 10:25:09	2024-10-17 10:30:52	\N	f	INT-000586
CAL-000247	2024-10-18 20:11:16	2024-10-18 20:11:48	\N	f	INT-000587
CAL-000248	2024-10-24 09:01:47	\N	2024-10-24 09:03:58	t	\N
CAL-000249	2024-10-24 12:30:19	2024-10-24 12:31:18	\N	f	INT-000591
CAL-000250	2024-10-25 09:54:35	2024-10-25 09:54:43	\N	f	INT-000592
CAL-000251	2024-10-31 10:23:39	2024-10-31 10:24:03	\N	f	INT-000594
CAL-000252	2024-11-03 16:42:56	2024-11-03 16:43:31	\N	f	INT-000598
CAL-000253	2024-11-07 06:42:00	2024-11-07 06:42:47	\N	f	INT-000599
CAL-000254	2024-11-07 07:35:04	2024-11-07 07:37:20	\N	f	INT-000600
CAL-000255	2024-11-18 08:31:20	2024-11-18 08:32:30	\N	f	INT-000604
CAL-000256	2024-11-19 17:24:34	2024-11-19 17:24:51	\N	f	INT-000605
CAL-000257	2024-11-19 20:28:16	2024-11-19 20:28:24	\N	f	INT-000606
CAL-000258	2024-11-25 10:12:28	2024-11-25 10:13:10	\N	f	INT-000611
CAL-000259	2024-11-25 12:14:32	2024-11-25 12:14:49	\N	f	INT-000612
CAL-000260	2024-11-29 12:11:53	2024-11-29 12:12:26	\N	f	INT-000616
CAL-000261	2024-11-29 16:34:30	2024-11-29 16:34:47	\N	f	INT-000617
CAL-000262	2024-12-09 09:20:25	2024-12-09 09:21:05	\N	f	INT-000630
CAL-000263	2024-12-09 19:17:19	2024-12-09 19:18:17	\N	f	INT-000632
CAL-000264	2024-12-09 20:42:59	\N	2024-12-09 20:44:55	t	\N
CAL-000265	2024-12-16 16:44:12	2024-12-16 16:44:21	\N	f	INT-000636
CAL-000266	2024-12-16 17:17:47	2024-12-16 17:25:58	\N	f	INT-000637
CAL-000267	2024-12-17 10:31:52	2024-12-17 10:32:13	\N	f	INT-000638
CAL-000268	2024-12-17 12:29:11	2024-12-17 12:30:29	\N	f	INT-000639
CAL-000269	2024-12-17 14:33:45	2024-12-17 14:34:45	\N	f	INT-000640
CAL-000270	2024-12-30 13:10:31	2024-12-30 13:12:19	\N	f	INT-000644
CAL-000271	2024-12-30 14:03:36	\N	2024-12-30 14:03:58	t	\N
CAL-000272	2025-01-01 18:54:40	2025-01-01 18:54:56	\N	f	INT-000645
CAL-000273	2025-01-09 16:19:25	2025-01-09 16:19:33	\N	f	INT-000650
CAL-000274	2025-01-14 17:47:50	2025-01-14 17:48:57	\N	f	INT-000657
CAL-000275	2025-01-14 18:48:38	2025-01-14 18:49:01	\N	f	INT-000658
CAL-000276	2025-01-14 20:13:41	2025-01-14 20:14:03	\N	f	INT-000659
CAL-000277	2025-01-16 14:24:56	2025-01-16 14:26:55	\N	f	INT-000662
CAL-000278	2025-01-20 08:20:56	2025-01-20 08:21:15	\N	f	INT-000665
CAL-000279	2025-01-20 08:38:55	2025-01-20 08:39:32	\N	f	INT-000666
CAL-000280	2025-01-20 09:38:28	2025-01-20 09:39:28	\N	f	INT-000667
CAL-000281	2025-01-20 09:59:29	2025-01-20 10:01:27	\N	f	INT-000668
CAL-000282	2025-01-20 10:25:24	2025-01-20 10:26:30	\N	f	INT-000669
CAL-000283	2025-01-20 11:01:37	2025-01-20 11:01:59	\N	f	INT-000671
CAL-000284	2025-01-21 15:38:52	2025-01-21 15:39:10	\N	f	INT-000674
CAL-000285	2025-01-24 08:55:02	2025-01-24 08:55:20	\N	f	INT-000677
CAL-000286	2025-01-24 11:06:28	2025-01-24 11:07:12	\N	f	INT-000678
CAL-000287	2025-01-29 13:39:18	2025-01-29 13:40:48	\N	f	INT-000680
CAL-000288	2025-01-30 07:39:22	2025-01-30 07:40:19	\N	f	INT-000683
CAL-000289	2025-01-30 08:08:33	2025-01-30 08:09:31	\N	f	INT-000684
CAL-000290	2025-01-30 09:49:47	2025-01-30 09:51:32	\N	f	INT-000685
CAL-000291	2025-01-30 12:12:23	2025-01-30 12:15:13	\N	f	INT-000686
CAL-000292	2025-01-30 12:50:10	2025-01-30 12:52:11	\N	f	INT-000687
CAL-000293	2025-02-04 09:44:32	2025-02-04 09:45:20	\N	f	INT-000689
CAL-000294	2025-02-04 15:29:55	2025-02-04 15:30:16	\N	f	INT-000690
CAL-000295	2025-02-11 06:17:19	2025-02-11 06:19:03	\N	f	INT-000693
CAL-000296	2025-02-11 07:00:11	2025-02-11 07:00:26	\N	f	INT-000694
CAL-000297	2025-02-11 13:11:05	2025-02-11 13:12:00	\N	f	INT-000695
CAL-000298	2025-02-17 15:03:18	2025-02-17 15:04:21	\N	f	INT-000697
CAL-000299	2025-02-19 13:42:04	2025-02-19 13:43:09	\N	f	INT-000699
CAL-000300	2025-02-27 19:36:58	2025-02-27 19:39:53	\N	f	INT-000713
CAL-000301	2025-03-03 08:28:48	2025-03-03 08:29:22	\N	f	INT-000714
CAL-000302	2025-03-03 11:43:59	2025-03-03 11:45:29	\N	f	INT-000718
CAL-000303	2025-03-07 14:56:56	2025-03-07 15:00:32	\N	f	INT-000724
CAL-000304	2025-03-07 15:39:48	2025-03-07 15:47:24	\N	f	INT-000725
CAL-000305	2025-03-12 08:43:35	2025-03-12 08:44:18	\N	f	INT-000726
CAL-000306	2025-03-12 14:01:22	2025-03-12 14:02:33	\N	f	INT-000728
CAL-000307	2025-03-14 14:41:21	2025-03-14 14:41:37	\N	f	INT-000730
CAL-000308	2025-03-14 18:05:45	2025-03-14 18:07:07	\N	f	INT-000731
CAL-000309	2025-03-17 13:35:23	2025-03-17 13:35:42	\N	f	INT-000732
CAL-000310	2025-03-17 16:48:23	\N	2025-03-17 16:48:44	t	\N
CAL-000311	2025-03-17 18:31:30	2025-03-17 18:32:24	\N	f	INT-000733
CAL-000312	2025-03-22 08:51:43	2025-03-22 08:52:43	\N	f	INT-000736
CAL-000313	2025-03-22 10:03:09	\N	2025-03-22 10:03:52	t	\N
CAL-000314	2025-03-22 10:56:18	2025-03-22 10:58:26	\N	f	INT-000737
CAL-000315	2025-03-22 12:01:52	2025-03-22 12:03:46	\N	f	INT-000738
CAL-000316	2025-03-23 20:41:16	2025-03-23 20:42:07	\N	f	INT-000739
CAL-000317	2025-03-28 16:49:18	\N	2025-03-28 16:51:02	t	\N
CAL-000318	2025-03-28 18:55:02	2025-03-28 18:55:43	\N	f	INT-000740
CAL-000319	2025-03-28 22:12:00	2025-03-28 22:12:15	\N	f	INT-000741
CAL-000320	2025-04-02 08:01:59	\N	2025-04-02 08:03:06	t	\N
CAL-000321	2025-04-02 09:29:25	2025-04-02 09:29:48	\N	f	INT-000743
CAL-000322	2025-04-02 10:39:25	2025-04-02 10:39:44	\N	f	INT-000744
CAL-000323	2025-04-02 11:02:58	2025-04-02 11:06:59	\N	f	INT-000745
CAL-000324	2025-04-03 15:52:01	2025-04-03 15:52:39	\N	f	INT-000746
CAL-000325	2025-04-03 18:37:35	2025-04-03 18:40:33	\N	f	INT-000747
CAL-000326	2025-04-03 21:05:19	2025-04-03 21:06:01	\N	f	INT-000748
CAL-000327	2025-04-08 16:35:33	2025-04-08 16:36:26	\N	f	INT-000751
CAL-000328	2025-04-08 22:05:22	2025-04-08 22:05:37	\N	f	INT-000752
CAL-000329	2025-04-22 13:37:47	2025-04-22 13:38:02	\N	f	INT-000759
CAL-000330	2025-04-22 13:55:57	2025-04-22 13:56:48	\N	f	INT-000760
CAL-000331	2025-04-25 08:32:59	2025-04-25 08:33:12	\N	f	INT-000764
CAL-000332	2025-04-29 16:11:43	2025-04-29 16:12:04	\N	f	INT-000769
CAL-000333	2025-04-30 14:41:58	2025-04-30 14:42:34	\N	f	INT-000777
CAL-000334	2025-05-06 17:33:12	2025-05-06 17:34:01	\N	f	INT-000781
CAL-000335	2025-05-08 10:35:27	2025-05-08 10:35:45	\N	f	INT-000783
CAL-000336	2025-05-08 14:08:40	2025-05-08 14:09:26	\N	f	INT-000784
CAL-000337	2025-05-09 17:15:14	2025-05-09 17:17:27	\N	f	INT-000789
CAL-000338	2025-05-09 20:54:52	2025-05-09 20:57:21	\N	f	INT-000790
CAL-000339	2025-05-09 21:14:59	2025-05-09 21:15:37	\N	f	INT-000791
CAL-000340	2025-05-14 08:10:35	2025-05-14 08:10:46	\N	f	INT-000793
CAL-000341	2025-05-14 08:50:11	2025-05-14 08:53:15	\N	f	INT-000794
CAL-000342	2025-05-14 10:11:01	\N	2025-05-14 10:15:00	t	\N
CAL-000343	2025-05-14 11:12:38	2025-05-14 11:13:05	\N	f	INT-000796
CAL-000344	2025-05-18 09:09:27	2025-05-18 09:13:40	\N	f	INT-000798
CAL-000345	2025-05-21 10:24:48	2025-05-21 10:26:58	\N	f	INT-000799
CAL-000346	2025-05-21 11:09:15	2025-05-21 11:09:25	\N	f	INT-000800
CAL-000347	2025-05-21 16:49:15	2025-05-21 16:49:36	\N	f	INT-000801
CAL-000348	2025-05-21 20:39:02	2025-05-21 20:39:10	\N	f	INT-000802
CAL-000349	2025-05-22 10:36:26	2025-05-22 10:37:27	\N	f	INT-000804
CAL-000350	2025-05-22 16:25:23	2025-05-22 16:25:41	\N	f	INT-000805
CAL-000351	2025-05-23 11:31:27	2025-05-23 11:32:12	\N	f	INT-000807
CAL-000352	2025-05-23 11:40:40	2025-05-23 11:41:10	\N	f	INT-000808
CAL-000353	2025-05-23 16:22:32	2025-05-23 16:23:29	\N	f	INT-000809
CAL-000354	2025-05-25 19:34:36	2025-05-25 19:35:17	\N	f	INT-000810
CAL-000355	2025-05-28 09:38:52	\N	2025-05-28 09:39:53	t	\N
CAL-000356	2025-05-28 13:48:07	2025-05-28 13:50:19	\N	f	INT-000816
CAL-000357	2025-05-29 11:14:43	2025-05-29 11:15:58	\N	f	INT-000817
CAL-000358	2025-05-29 16:30:31	2025-05-29 16:32:18	\N	f	INT-000818
CAL-000359	2025-05-31 09:56:15	2025-05-31 09:57:33	\N	f	INT-000823
CAL-000360	2025-06-04 11:04:42	2025-06-04 11:05:38	\N	f	INT-000830
CAL-000361	2025-06-04 12:57:03	2025-06-04 12:57:27	\N	f	INT-000831
CAL-000362	2025-06-04 16:21:48	2025-06-04 16:22:14	\N	f	INT-000832
CAL-000363	2025-06-04 16:49:53	2025-06-04 16:50:32	\N	f	INT-000833
CAL-000364	2025-06-06 10:54:38	2025-06-06 10:55:10	\N	f	INT-000836
CAL-000365	2025-06-09 11:55:40	2025-06-09 11:56:02	\N	f	INT-000838
CAL-000366	2025-06-13 19:31:16	2025-06-13 19:31:35	\N	f	INT-000842
CAL-000367	2025-06-14 12:06:30	2025-06-14 12:07:48	\N	f	INT-000848
CAL-000368	2025-06-14 14:56:49	2025-06-14 14:58:47	\N	f	INT-000849
CAL-000369	2025-06-16 09:11:02	2025-06-16 09:11:22	\N	f	INT-000851
CAL-000370	2025-06-18 09:21:45	2025-06-18 09:22:31	\N	f	INT-000855
CAL-000371	2025-06-19 09:14:55	2025-06-19 09:15:47	\N	f	INT-000863
CAL-000372	2025-06-19 09:38:40	2025-06-19 09:38:53	\N	f	INT-000864
CAL-000373	2025-06-19 10:57:45	2025-06-19 10:58:22	\N	f	INT-000865
CAL-000374	2025-06-19 11:02:19	\N	2025-06-19 11:04:30	t	\N
CAL-000375	2025-06-19 11:36:34	2025-06-19 11:36:57	\N	f	INT-000866
CAL-000376	2025-06-19 13:41:25	2025-06-19 13:41:46	\N	f	INT-000867
CAL-000377	2025-06-19 14:03:29	2025-06-19 14:04:36	\N	f	INT-000868
CAL-000378	2025-06-19 14:25:47	2025-06-19 14:25:58	\N	f	INT-000869
CAL-000379	2025-06-19 19:48:11	\N	2025-06-19 19:49:34	t	\N
CAL-000380	2025-06-22 12:33:13	2025-06-22 12:33:35	\N	f	INT-000870
CAL-000381	2025-06-22 12:53:01	2025-06-22 12:53:45	\N	f	INT-000871
CAL-000382	2025-06-22 16:46:55	2025-06-22 16:47:12	\N	f	INT-000874
CAL-000383	2025-06-22 18:07:28	2025-06-22 18:09:01	\N	f	INT-000875
CAL-000384	2025-06-22 18:17:50	2025-06-22 18:18:12	\N	f	INT-000876
CAL-000385	2025-06-23 11:28:18	2025-06-23 11:28:29	\N	f	INT-000877
CAL-000386	2025-06-26 13:24:40	2025-06-26 13:25:17	\N	f	INT-000879
CAL-000387	2025-06-26 15:18:23	2025-06-26 15:21:26	\N	f	INT-000880
CAL-000388	2025-06-27 10:06:13	2025-06-27 10:08:29	\N	f	INT-000881
CAL-000389	2025-07-01 13:27:00	2025-07-01 13:28:39	\N	f	INT-000884
CAL-000390	2025-07-03 12:19:17	2025-07-03 12:20:39	\N	f	INT-000888
CAL-000391	2025-07-03 19:55:50	2025-07-03 19:56:47	\N	f	INT-000891
CAL-000392	2025-07-04 00:21:22	2025-07-04 00:22:18	\N	f	INT-000892
CAL-000393	2025-07-04 01:02:22	2025-07-04 01:03:05	\N	f	INT-000893
CAL-000394	2025-07-08 09:44:33	\N	2025-07-08 09:46:43	t	\N
CAL-000395	2025-07-08 09:47:41	\N	2025-07-08 09:54:22	t	\N
CAL-000396	2025-07-08 11:09:14	2025-07-08 11:13:35	\N	f	INT-000899
CAL-000397	2025-07-08 15:44:39	2025-07-08 15:54:36	\N	f	INT-000900
CAL-000398	2025-07-08 16:35:10	2025-07-08 16:38:38	\N	f	INT-000901
CAL-000399	2025-07-08 18:09:13	2025-07-08 18:11:32	\N	f	INT-000902
CAL-000400	2025-07-16 09:56:55	2025-07-16 09:57:10	\N	f	INT-000907
CAL-000401	2025-07-16 11:41:59	2025-07-16 11:42:17	\N	f	INT-000908
CAL-000402	2025-07-16 14:43:13	2025-07-16 14:43:27	\N	f	INT-000909
CAL-000403	2025-07-16 15:35:24	2025-07-16 15:35:59	\N	f	INT-000910
CAL-000404	2025-07-16 15:57:48	2025-07-16 15:57:56	\N	f	INT-000911
CAL-000405	2025-07-16 16:56:07	2025-07-16 16:56:36	\N	f	INT-000912
CAL-000406	2025-07-16 20:19:53	2025-07-16 20:20:35	\N	f	INT-000913
CAL-000407	2025-07-16 20:52:13	2025-07-16 20:52:25	\N	f	INT-000914
CAL-000408	2025-07-27 07:04:19	2025-07-27 07:05:28	\N	f	INT-000924
CAL-000409	2025-07-27 13:46:38	\N	2025-07-27 13:47:10	t	\N
CAL-000410	2025-07-28 12:56:11	2025-07-28 12:56:37	\N	f	INT-000926
CAL-000411	2025-07-31 10:36:06	2025-07-31 10:37:19	\N	f	INT-000934
CAL-000412	2025-08-03 10:43:58	2025-08-03 10:44:52	\N	f	INT-000939
CAL-000413	2025-08-03 14:28:12	2025-08-03 14:28:42	\N	f	INT-000940
CAL-000414	2025-08-07 10:22:43	2025-08-07 10:22:51	\N	f	INT-000942
CAL-000415	2025-08-07 11:31:23	2025-08-07 11:33:50	\N	f	INT-000943
CAL-000416	2025-08-07 17:19:16	2025-08-07 17:19:53	\N	f	INT-000944
CAL-000417	2025-08-15 07:36:32	2025-08-15 07:38:55	\N	f	INT-000953
CAL-000418	2025-08-15 10:33:22	2025-08-15 10:33:36	\N	f	INT-000954
CAL-000419	2025-08-18 10:55:44	2025-08-18 10:56:38	\N	f	INT-000956
CAL-000420	2025-08-18 12:28:19	2025-08-18 12:29:47	\N	f	INT-000957
CAL-000421	2025-08-18 14:06:27	2025-08-18 14:06:53	\N	f	INT-000959
CAL-000422	2025-08-18 16:16:38	2025-08-18 16:19:38	\N	f	INT-000961
CAL-000423	2025-08-19 06:27:24	\N	2025-08-19 06:29:45	t	\N
CAL-000424	2025-08-19 09:14:42	2025-08-19 09:15:06	\N	f	INT-000962
CAL-000425	2025-08-19 15:02:15	2025-08-19 15:03:04	\N	f	INT-000965
CAL-000426	2025-08-19 17:48:05	2025-08-19 17:48:47	\N	f	INT-000967
\.

COPY chats (id, initialized, answered, abandoned, is_abandoned, interaction_id) FROM stdin WITH (FREEZE);
CHA-000001	2023-09-18 10:53:38	2023-09-18 10:54:25	\N	f	INT-000007
CHA-000002	2023-09-18 11:20:25	2023-09-18 11:20:32	\N	f	INT-000008
CHA-000003	2023-09-18 17:18:50	2023-09-18 17:19:11	\N	f	INT-000012
CHA-000004	2023-09-18 20:56:05	2023-09-18 20:56:18	\N	f	INT-000016
CHA-000005	2023-09-18 23:01:39	2023-09-18 23:02:18	\N	f	INT-000017
CHA-000006	2023-09-20 09:52:51	2023-09-20 09:53:13	\N	f	INT-000022
CHA-000007	2023-09-26 09:57:05	\N	2023-09-26 09:59:05	t	\N
CHA-000008	2023-09-26 11:54:49	2023-09-26 11:55:28	\N	f	INT-000029
CHA-000009	2023-09-26 15:17:32	2023-09-26 15:17:42	\N	f	INT-000031
CHA-000010	2023-09-26 15:26:20	2023-09-26 15:26:23	\N	f	INT-000032
CHA-000011	2023-09-26 17:52:53	\N	2023-09-26 17:56:03	t	\N
CHA-000012	2023-09-26 21:04:33	2023-09-26 21:05:31	\N	f	INT-000033
CHA-000013	2023-09-30 18:59:04	2023-09-30 18:59:39	\N	f	INT-000044
CHA-000014	2023-10-02 09:31:46	2023-10-02 09:32:04	\N	f	INT-000045
CHA-000015	2023-10-05 11:35:09	2023-10-05 11:35:25	\N	f	INT-000049
CHA-000016	2023-10-08 11:45:28	2023-10-08 11:46:14	\N	f	INT-000050
CHA-000017	2023-10-11 10:35:07	2023-10-11 10:35:53	\N	f	INT-000055
CHA-000018	2023-10-13 13:05:27	2023-10-13 13:05:51	\N	f	INT-000067
CHA-000019	2023-10-16 10:15:16	2023-10-16 10:16:21	\N	f	INT-000068
CHA-000020	2023-10-16 11:10:57	2023-10-16 11:11:47	\N	f	INT-000070
CHA-000021	2023-10-16 11:55:23	2023-10-16 11:55:43	\N	f	INT-000071
CHA-000022	2023-10-17 19:29:27	2023-10-17 19:29:36	\N	f	INT-000076
CHA-000023	2023-10-20 09:38:52	2023-10-20 09:44:44	\N	f	INT-000077
CHA-000024	2023-10-20 10:24:11	2023-10-20 10:24:29	\N	f	INT-000078
CHA-000025	2023-10-20 11:11:25	2023-10-20 11:11:56	\N	f	INT-000079
CHA-000026	2023-10-20 12:35:47	2023-10-20 12:36:16	\N	f	INT-000082
CHA-000027	2023-10-20 14:06:49	2023-10-20 14:07:34	\N	f	INT-000084
CHA-000028	2023-10-26 09:28:33	\N	2023-10-26 09:31:02	t	\N
CHA-000029	2023-10-26 09:37:36	2023-10-26 09:37:50	\N	f	INT-000092
CHA-000030	2023-10-26 13:13:19	2023-10-26 13:14:15	\N	f	INT-000094
CHA-000031	2023-10-26 13:22:29	2023-10-26 13:22:52	\N	f	INT-000095
CHA-000032	2023-10-26 14:20:30	2023-10-26 14:20:41	\N	f	INT-000097
CHA-000033	2023-10-27 11:18:00	2023-10-27 11:18:09	\N	f	INT-000098
CHA-000034	2023-10-27 13:43:20	\N	2023-10-27 13:46:28	t	\N
CHA-000035	2023-10-27 16:35:33	2023-10-27 16:35:44	\N	f	INT-000100
CHA-000036	2023-10-27 19:23:18	\N	2023-10-27 19:24:42	t	\N
CHA-000037	2023-11-12 08:11:13	2023-11-12 08:11:23	\N	f	INT-000112
CHA-000038	2023-11-12 10:31:20	2023-11-12 10:32:38	\N	f	INT-000113
CHA-000039	2023-11-13 10:08:08	2023-11-13 10:08:41	\N	f	INT-000114
CHA-000040	2023-11-16 08:47:32	2023-11-16 08:47:53	\N	f	INT-000120
CHA-000041	2023-11-16 12:43:11	2023-11-16 12:43:33	\N	f	INT-000121
CHA-000042	2023-11-17 06:29:30	2023-11-17 06:30:15	\N	f	INT-000123
CHA-000043	2023-11-17 10:01:07	2023-11-17 10:01:47	\N	f	INT-000124
CHA-000044	2023-11-21 11:18:44	\N	2023-11-21 11:22:05	t	\N
CHA-000045	2023-11-21 16:23:22	2023-11-21 16:23:35	\N	f	INT-000134
CHA-000046	2023-12-10 13:41:07	2023-12-10 13:41:31	\N	f	INT-000152
CHA-000047	2023-12-15 15:06:43	2023-12-15 15:06:47	\N	f	INT-000160
CHA-000048	2023-12-15 20:35:50	2023-12-15 20:36:14	\N	f	INT-000161
CHA-000049	2023-12-19 08:49:55	2023-12-19 08:50:02	\N	f	INT-000164
CHA-000050	2023-12-19 08:59:56	2023-12-19 09:00:41	\N	f	INT-000165
CHA-000051	2023-12-28 13:05:33	2023-12-28 13:06:02	\N	f	INT-000178
CHA-000052	2023-12-28 13:39:50	\N	2023-12-28 13:42:02	t	\N
CHA-000053	2023-12-28 13:43:42	2023-12-28 13:43:46	\N	f	INT-000179
CHA-000054	2023-12-28 17:46:03	2023-12-28 17:46:48	\N	f	INT-000182
CHA-000055	2024-01-02 10:35:05	2024-01-02 10:35:53	\N	f	INT-000195
CHA-000056	2024-01-02 12:02:42	2024-01-02 12:03:18	\N	f	INT-000197
CHA-000057	2024-01-05 12:17:59	2024-01-05 12:18:19	\N	f	INT-000200
CHA-000058	2024-01-05 14:36:49	2024-01-05 14:36:54	\N	f	INT-000201
CHA-000059	2024-01-05 15:09:58	\N	2024-01-05 15:13:45	t	\N
CHA-000060	2024-01-08 16:06:44	2024-01-08 16:07:21	\N	f	INT-000205
CHA-000061	2024-01-08 17:14:30	2024-01-08 17:14:41	\N	f	INT-000206
CHA-000062	2024-01-10 17:19:06	2024-01-10 17:19:10	\N	f	INT-000208
CHA-000063	2024-01-11 10:22:30	2024-01-11 10:23:56	\N	f	INT-000209
CHA-000064	2024-01-11 12:52:05	2024-01-11 12:52:17	\N	f	INT-000210
CHA-000065	2024-01-11 15:37:22	2024-01-11 15:38:18	\N	f	INT-000212
CHA-000066	2024-01-14 09:17:12	2024-01-14 09:17:37	\N	f	INT-000215
CHA-000067	2024-01-14 10:58:26	\N	2024-01-14 10:59:16	t	\N
CHA-000068	2024-01-14 13:24:46	2024-01-14 13:27:44	\N	f	INT-000216
CHA-000069	2024-01-15 15:58:30	2024-01-15 15:59:04	\N	f	INT-000218
CHA-000070	2024-01-15 17:09:21	2024-01-15 17:09:36	\N	f	INT-000220
CHA-000071	2024-01-17 15:22:52	2024-01-17 15:23:09	\N	f	INT-000222
CHA-000072	2024-01-17 21:42:22	\N	2024-01-17 21:43:47	t	\N
CHA-000073	2024-01-18 09:10:15	2024-01-18 09:10:52	\N	f	INT-000223
CHA-000074	2024-01-18 11:49:10	2024-01-18 11:49:47	\N	f	INT-000224
CHA-000075	2024-01-19 12:14:45	\N	2024-01-19 12:16:06	t	\N
CHA-000076	2024-01-19 13:31:24	2024-01-19 13:31:40	\N	f	INT-000225
CHA-000077	2024-01-21 07:51:53	2024-01-21 07:52:26	\N	f	INT-000226
CHA-000078	2024-01-22 11:47:35	2024-01-22 11:47:52	\N	f	INT-000229
CHA-000079	2024-01-22 15:19:13	2024-01-22 15:19:35	\N	f	INT-000231
CHA-000080	2024-01-26 12:40:16	2024-01-26 12:41:43	\N	f	INT-000233
CHA-000081	2024-01-30 15:41:52	2024-01-30 15:42:09	\N	f	INT-000241
CHA-000082	2024-02-12 20:48:57	2024-02-12 20:49:03	\N	f	INT-000252
CHA-000083	2024-02-15 10:39:06	2024-02-15 10:40:24	\N	f	INT-000259
CHA-000084	2024-02-16 16:13:32	2024-02-16 16:14:46	\N	f	INT-000262
CHA-000085	2024-02-20 13:08:08	2024-02-20 13:08:18	\N	f	INT-000264
CHA-000086	2024-02-20 14:57:27	\N	2024-02-20 14:58:52	t	\N
CHA-000087	2024-02-20 16:35:05	2024-02-20 16:37:16	\N	f	INT-000265
CHA-000088	2024-02-20 17:30:15	2024-02-20 17:30:44	\N	f	INT-000266
CHA-000089	2024-02-22 16:37:22	\N	2024-02-22 16:38:25	t	\N
CHA-000090	2024-02-22 23:44:43	2024-02-22 23:45:00	\N	f	INT-000268
CHA-000091	2024-02-26 13:25:59	2024-02-26 13:26:13	\N	f	INT-000274
CHA-000092	2024-02-28 11:14:10	2024-02-28 11:15:03	\N	f	INT-000275
CHA-000093	2024-02-28 13:27:32	2024-02-28 13:28:12	\N	f	INT-000276
CHA-000094	2024-03-02 07:39:58	2024-03-02 07:42:07	\N	f	INT-000278
CHA-000095	2024-03-02 08:31:50	2024-03-02 08:32:36	\N	f	INT-000279
CHA-000096	2024-03-03 09:06:25	2024-03-03 09:07:50	\N	f	INT-000280
CHA-000097	2024-03-14 15:01:13	\N	2024-03-14 15:02:18	t	\N
CHA-000098	2024-03-14 16:06:47	2024-03-14 16:07:47	\N	f	INT-000296
CHA-000099	2024-03-14 16:58:20	2024-03-14 16:58:59	\N	f	INT-000297
CHA-000100	2024-03-15 12:21:20	2024-03-15 12:22:19	\N	f	INT-000298
CHA-000101	2024-03-15 14:27:45	2024-03-15 14:28:08	\N	f	INT-000299
CHA-000102	2024-03-29 09:21:13	2024-03-29 09:21:43	\N	f	INT-000316
CHA-000103	2024-03-29 10:41:03	2024-03-29 10:41:20	\N	f	INT-000317
CHA-000104	2024-04-01 13:08:15	\N	2024-04-01 13:08:35	t	\N
CHA-000105	2024-04-01 16:45:54	2024-04-01 16:46:33	\N	f	INT-000320
CHA-000106	2024-04-01 17:42:09	2024-04-01 17:42:21	\N	f	INT-000321
CHA-000107	2024-04-01 19:02:49	2024-04-01 19:04:20	\N	f	INT-000322
CHA-000108	2024-04-01 20:53:13	2024-04-01 20:54:05	\N	f	INT-000324
CHA-000109	2024-04-02 07:39:47	2024-04-02 07:40:09	\N	f	INT-000326
CHA-000110	2024-04-05 09:06:09	2024-04-05 09:06:41	\N	f	INT-000330
CHA-000111	2024-04-12 11:22:11	2024-04-12 11:22:47	\N	f	INT-000338
CHA-000112	2024-04-12 15:54:59	2024-04-12 15:55:17	\N	f	INT-000340
CHA-000113	2024-04-15 11:59:54	2024-04-15 12:00:26	\N	f	INT-000342
CHA-000114	2024-04-16 17:29:17	2024-04-16 17:31:05	\N	f	INT-000352
CHA-000115	2024-04-17 10:05:56	2024-04-17 10:09:13	\N	f	INT-000355
CHA-000116	2024-04-18 10:40:31	2024-04-18 10:40:52	\N	f	INT-000357
CHA-000117	2024-04-20 00:10:32	2024-04-20 00:14:18	\N	f	INT-000363
CHA-000118	2024-04-21 09:21:49	2024-04-21 09:22:04	\N	f	INT-000365
CHA-000119	2024-04-21 13:26:48	2024-04-21 13:27:16	\N	f	INT-000366
CHA-000120	2024-04-22 10:02:40	2024-04-22 10:04:14	\N	f	INT-000367
CHA-000121	2024-04-22 13:07:46	2024-04-22 13:09:03	\N	f	INT-000368
CHA-000122	2024-04-23 11:52:17	2024-04-23 11:52:30	\N	f	INT-000371
CHA-000123	2024-04-24 10:47:40	2024-04-24 10:48:05	\N	f	INT-000372
CHA-000124	2024-04-24 11:29:52	2024-04-24 11:30:28	\N	f	INT-000373
CHA-000125	2024-04-24 12:54:08	2024-04-24 12:54:26	\N	f	INT-000374
CHA-000126	2024-04-24 13:23:06	2024-04-24 13:23:13	\N	f	INT-000375
CHA-000127	2024-04-29 11:11:34	2024-04-29 11:12:12	\N	f	INT-000378
CHA-000128	2024-05-05 08:13:24	2024-05-05 08:14:07	\N	f	INT-000382
CHA-000129	2024-05-05 16:54:33	\N	2024-05-05 16:55:17	t	\N
CHA-000130	2024-05-06 11:19:55	2024-05-06 11:20:07	\N	f	INT-000384
CHA-000131	2024-05-11 16:08:16	2024-05-11 16:08:50	\N	f	INT-000388
CHA-000132	2024-05-12 09:46:52	2024-05-12 09:47:24	\N	f	INT-000389
CHA-000133	2024-05-12 12:28:53	2024-05-12 12:29:17	\N	f	INT-000390
CHA-000134	2024-05-23 08:01:59	2024-05-23 08:03:21	\N	f	INT-000393
CHA-000135	2024-05-28 15:12:06	2024-05-28 15:13:03	\N	f	INT-000400
CHA-000136	2024-06-03 07:21:11	2024-06-03 07:22:17	\N	f	INT-000407
CHA-000137	2024-06-04 23:06:27	2024-06-04 23:06:40	\N	f	INT-000411
CHA-000138	2024-06-07 14:15:54	2024-06-07 14:16:01	\N	f	INT-000420
CHA-000139	2024-06-10 16:35:27	2024-06-10 16:35:40	\N	f	INT-000423
CHA-000140	2024-06-10 20:56:22	2024-06-10 20:56:52	\N	f	INT-000424
CHA-000141	2024-06-11 07:45:33	2024-06-11 07:46:02	\N	f	INT-000425
CHA-000142	2024-06-11 11:56:41	2024-06-11 11:57:00	\N	f	INT-000426
CHA-000143	2024-06-13 16:46:01	2024-06-13 16:46:14	\N	f	INT-000428
CHA-000144	2024-06-17 14:25:47	2024-06-17 14:26:13	\N	f	INT-000436
CHA-000145	2024-06-19 20:48:43	2024-06-19 20:49:06	\N	f	INT-000449
CHA-000146	2024-06-28 14:07:09	2024-06-28 14:07:17	\N	f	INT-000463
CHA-000147	2024-07-02 13:11:40	2024-07-02 13:12:44	\N	f	INT-000466
CHA-000148	2024-07-02 17:38:34	2024-07-02 17:39:07	\N	f	INT-000467
CHA-000149	2024-07-03 15:31:26	2024-07-03 15:31:59	\N	f	INT-000468
CHA-000150	2024-07-11 10:55:11	2024-07-11 10:55:32	\N	f	INT-000476
CHA-000151	2024-07-11 15:05:17	2024-07-11 15:05:37	\N	f	INT-000477
CHA-000152	2024-07-24 13:13:50	2024-07-24 13:14:01	\N	f	INT-000482
CHA-000153	2024-07-30 15:01:54	2024-07-30 15:02:23	\N	f	INT-000490
CHA-000154	2024-08-01 10:33:54	2024-08-01 10:34:06	\N	f	INT-000492
CHA-000155	2024-08-08 15:41:48	2024-08-08 15:42:13	\N	f	INT-000496
CHA-000156	2024-08-08 19:02:16	2024-08-08 19:02:37	\N	f	INT-000497
CHA-000157	2024-08-12 14:31:34	2024-08-12 14:31:50	\N	f	INT-000498
CHA-000158	2024-08-13 14:04:51	2024-08-13 14:07:59	\N	f	INT-000499
CHA-000159	2024-08-17 08:11:34	2024-08-17 08:11:55	\N	f	INT-000505
CHA-000160	2024-08-17 13:46:30	2024-08-17 13:46:59	\N	f	INT-000506
CHA-000161	2024-08-20 15:21:37	2024-08-20 15:22:03	\N	f	INT-000512
CHA-000162	2024-08-20 16:09:12	2024-08-20 16:09:34	\N	f	INT-000513
CHA-000163	2024-08-23 11:38:42	2024-08-23 11:40:08	\N	f	INT-000514
CHA-000164	2024-08-23 15:03:42	2024-08-23 15:05:42	\N	f	INT-000519
CHA-000165	2024-08-27 20:18:01	2024-08-27 20:18:10	\N	f	INT-000532
CHA-000166	2024-08-29 18:56:55	2024-08-29 18:57:01	\N	f	INT-000534
CHA-000167	2024-08-29 21:14:57	2024-08-29 21:15:25	\N	f	INT-000535
CHA-000168	2024-09-09 08:21:44	\N	2024-09-09 08:26:04	t	\N
CHA-000169	2024-09-09 13:37:40	2024-09-09 13:37:50	\N	f	INT-000548
CHA-000170	2024-09-11 11:04:13	2024-09-11 11:06:01	\N	f	INT-000552
CHA-000171	2024-09-11 15:16:32	\N	2024-09-11 15:17:39	t	\N
CHA-000172	2024-09-12 16:42:25	2024-09-12 16:42:55	\N	f	INT-000555
CHA-000173	2024-09-13 12:21:39	2024-09-13 12:22:52	\N	f	INT-000557
CHA-000174	2024-09-18 16:05:24	2024-09-18 16:06:14	\N	f	INT-000564
CHA-000175	2024-09-23 14:43:45	2024-09-23 14:44:31	\N	f	INT-000566
CHA-000176	2024-09-26 09:04:22	2024-09-26 09:04:36	\N	f	INT-000567
CHA-000177	2024-09-26 17:50:12	\N	2024-09-26 17:50:46	t	\N
CHA-000178	2024-10-03 15:40:06	2024-10-03 15:40:35	\N	f	INT-000568
CHA-000179	2024-10-03 18:36:58	2024-10-03 18:37:54	\N	f	INT-000570
CHA-000180	2024-10-08 11:24:39	2024-10-08 11:24:56	\N	f	INT-000573
CHA-000181	2024-10-08 13:46:43	2024-10-08 13:47:11	\N	f	INT-000574
CHA-000182	2024-10-11 10:09:59	2024-10-11 10:11:17	\N	f	INT-000576
CHA-000183	2024-10-15 15:11:28	2024-10-15 15:11:54	\N	f	INT-000584
CHA-000184	2024-10-15 18:43:36	2024-10-15 18:44:03	\N	f	INT-000585
CHA-000185	2024-10-31 10:29:15	\N	2024-10-31 10:30:30	t	\N
CHA-000186	2024-10-31 12:33:39	2024-10-31 12:34:06	\N	f	INT-000595
CHA-000187	2024-10-31 15:56:07	2024-10-31 15:56:28	\N	f	INT-000596
CHA-000188	2024-11-01 18:07:48	2024-11-01 18:07:53	\N	f	INT-000597
CHA-000189	2024-11-20 11:51:29	2024-11-20 11:51:33	\N	f	INT-000607
CHA-000190	2024-11-20 17:02:02	2024-11-20 17:02:20	\N	f	INT-000609
CHA-000191	2024-11-28 08:44:06	2024-11-28 08:44:14	\N	f	INT-000614
CHA-000192	2024-11-28 11:59:46	2024-11-28 12:00:02	\N	f	INT-000615
CHA-000193	2024-11-29 18:40:15	2024-11-29 18:40:55	\N	f	INT-000619
CHA-000194	2024-12-02 05:22:58	2024-12-02 05:23:26	\N	f	INT-000620
CHA-000195	2024-12-02 08:05:42	2024-12-02 08:06:58	\N	f	INT-000621
CHA-000196	2024-12-02 16:22:12	2024-12-02 16:24:43	\N	f	INT-000622
CHA-000197	2024-12-02 17:34:26	2024-12-02 17:34:39	\N	f	INT-000623
CHA-000198	2024-12-06 13:25:55	2024-12-06 13:26:08	\N	f	INT-000629
CHA-000199	2024-12-09 17:48:02	2024-12-09 17:50:46	\N	f	INT-000631
CHA-000200	2024-12-09 22:49:57	2024-12-09 22:51:16	\N	f	INT-000633
CHA-000201	2024-12-10 12:18:57	2024-12-10 12:19:35	\N	f	INT-000634
CHA-000202	2025-01-05 19:07:56	2025-01-05 19:09:55	\N	f	INT-000648
CHA-000203	2025-01-10 18:56:21	2025-01-10 18:56:24	\N	f	INT-000656
CHA-000204	2025-01-15 13:53:31	2025-01-15 13:53:48	\N	f	INT-000660
CHA-000205	2025-01-15 18:49:33	2025-01-15 18:53:01	\N	f	INT-000661
CHA-000206	2025-01-20 10:27:07	2025-01-20 10:27:23	\N	f	INT-000670
CHA-000207	2025-01-21 14:54:05	2025-01-21 14:54:40	\N	f	INT-000673
CHA-000208	2025-01-22 17:53:20	2025-01-22 17:53:54	\N	f	INT-000675
CHA-000209	2025-01-23 08:47:46	\N	2025-01-23 08:49:33	t	\N
CHA-000210	2025-01-23 10:15:30	2025-01-23 10:15:42	\N	f	INT-000676
CHA-000211	2025-01-27 08:51:48	2025-01-27 08:54:53	\N	f	INT-000679
CHA-000212	2025-01-29 15:18:00	2025-01-29 15:18:32	\N	f	INT-000681
CHA-000213	2025-01-29 18:50:52	2025-01-29 18:51:58	\N	f	INT-000682
CHA-000214	2025-01-30 13:13:37	2025-01-30 13:13:53	\N	f	INT-000688
CHA-000215	2025-02-08 12:43:59	2025-02-08 12:45:35	\N	f	INT-000691
CHA-000216	2025-02-08 13:05:13	\N	2025-02-08 13:09:04	t	\N
CHA-000217	2025-02-25 08:52:05	2025-02-25 08:52:18	\N	f	INT-000704
CHA-000218	2025-02-25 09:40:48	2025-02-25 09:40:58	\N	f	INT-000705
CHA-000219	2025-02-25 10:58:13	2025-02-25 10:58:50	\N	f	INT-000706
CHA-000220	2025-02-25 11:20:22	2025-02-25 11:21:43	\N	f	INT-000707
CHA-000221	2025-02-25 12:00:56	2025-02-25 12:01:18	\N	f	INT-000708
CHA-000222	2025-02-25 12:12:13	2025-02-25 12:13:14	\N	f	INT-000709
CHA-000223	2025-02-25 20:02:25	\N	2025-02-25 20:04:08	t	\N
CHA-000224	2025-02-27 11:08:35	2025-02-27 11:08:57	\N	f	INT-000710
CHA-000225	2025-02-27 14:08:42	2025-02-27 14:10:06	\N	f	INT-000711
CHA-000226	2025-02-27 16:50:38	2025-02-27 16:53:07	\N	f	INT-000712
CHA-000227	2025-03-03 09:05:48	2025-03-03 09:06:13	\N	f	INT-000715
CHA-000228	2025-03-03 09:56:35	2025-03-03 09:57:31	\N	f	INT-000716
CHA-000229	2025-03-03 10:22:54	2025-03-03 10:23:38	\N	f	INT-000717
CHA-000230	2025-03-03 12:51:20	2025-03-03 12:51:53	\N	f	INT-000719
CHA-000231	2025-03-03 13:20:54	2025-03-03 13:21:09	\N	f	INT-000720
CHA-000232	2025-03-03 18:34:36	\N	2025-03-03 18:37:33	t	\N
CHA-000233	2025-03-05 16:55:59	2025-03-05 16:56:26	\N	f	INT-000722
CHA-000234	2025-03-07 14:30:03	2025-03-07 14:30:08	\N	f	INT-000723
CHA-000235	2025-03-12 12:39:59	2025-03-12 12:40:02	\N	f	INT-000727
CHA-000236	2025-03-13 15:46:02	2025-03-13 15:46:21	\N	f	INT-000729
CHA-000237	2025-03-21 14:36:15	2025-03-21 14:36:55	\N	f	INT-000734
CHA-000238	2025-03-21 15:51:10	2025-03-21 15:51:44	\N	f	INT-000735
CHA-000239	2025-03-30 16:45:34	2025-03-30 16:45:39	\N	f	INT-000742
CHA-000240	2025-04-05 09:38:49	\N	2025-04-05 09:41:12	t	\N
CHA-000241	2025-04-05 10:59:16	2025-04-05 10:59:42	\N	f	INT-000749
CHA-000242	2025-04-06 15:30:33	2025-04-06 15:34:53	\N	f	INT-000750
CHA-000243	2025-04-16 07:30:35	2025-04-16 07:30:42	\N	f	INT-000754
CHA-000244	2025-04-16 08:42:24	2025-04-16 08:43:29	\N	f	INT-000755
CHA-000245	2025-04-16 09:10:59	\N	2025-04-16 09:12:50	t	\N
CHA-000246	2025-04-20 11:27:48	2025-04-20 11:27:59	\N	f	INT-000756
CHA-000247	2025-04-21 15:39:34	2025-04-21 15:40:26	\N	f	INT-000757
CHA-000248	2025-04-29 20:41:44	2025-04-29 20:42:34	\N	f	INT-000770
CHA-000249	2025-04-30 06:20:52	2025-04-30 06:20:57	\N	f	INT-000771
CHA-000250	2025-04-30 07:41:01	2025-04-30 07:41:28	\N	f	INT-000772
CHA-000251	2025-04-30 09:15:35	2025-04-30 09:15:49	\N	f	INT-000773
CHA-000252	2025-04-30 10:56:35	2025-04-30 10:56:57	\N	f	INT-000774
CHA-000253	2025-04-30 11:34:25	2025-04-30 11:35:06	\N	f	INT-000775
CHA-000254	2025-04-30 13:59:01	2025-04-30 13:59:43	\N	f	INT-000776
CHA-000255	2025-05-06 22:00:31	2025-05-06 22:00:57	\N	f	INT-000782
CHA-000256	2025-05-09 15:21:23	2025-05-09 15:21:47	\N	f	INT-000788
CHA-000257	2025-05-22 08:02:14	2025-05-22 08:03:42	\N	f	INT-000803
CHA-000258	2025-05-22 17:34:11	2025-05-22 17:34:34	\N	f	INT-000806
CHA-000259	2025-05-27 13:43:37	\N	2025-05-27 13:45:48	t	\N
CHA-000260	2025-05-27 14:37:12	2025-05-27 14:37:44	\N	f	INT-000811
CHA-000261	2025-05-27 17:13:08	2025-05-27 17:13:16	\N	f	INT-000812
CHA-000262	2025-05-27 17:41:42	2025-05-27 17:42:15	\N	f	INT-000813
CHA-000263	2025-05-27 21:55:55	2025-05-27 21:57:03	\N	f	INT-000814
CHA-000264	2025-05-31 07:06:52	2025-05-31 07:07:27	\N	f	INT-000822
CHA-000265	2025-05-31 12:10:44	2025-05-31 12:12:56	\N	f	INT-000824
CHA-000266	2025-06-01 21:44:33	2025-06-01 21:44:46	\N	f	INT-000825
CHA-000267	2025-06-03 10:57:53	2025-06-03 10:58:53	\N	f	INT-000828
CHA-000268	2025-06-03 12:47:04	2025-06-03 12:47:38	\N	f	INT-000829
CHA-000269	2025-06-06 16:21:35	2025-06-06 16:21:47	\N	f	INT-000837
CHA-000270	2025-06-09 20:15:33	2025-06-09 20:17:15	\N	f	INT-000840
CHA-000271	2025-06-16 04:12:52	2025-06-16 04:13:37	\N	f	INT-000850
CHA-000272	2025-06-17 18:54:57	2025-06-17 18:55:34	\N	f	INT-000853
CHA-000273	2025-06-18 10:41:13	2025-06-18 10:41:52	\N	f	INT-000856
CHA-000274	2025-06-18 11:21:38	2025-06-18 11:22:44	\N	f	INT-000857
CHA-000275	2025-06-18 11:46:02	2025-06-18 11:46:23	\N	f	INT-000858
CHA-000276	2025-06-18 12:59:43	2025-06-18 13:00:28	\N	f	INT-000859
CHA-000277	2025-06-18 13:21:18	2025-06-18 13:22:02	\N	f	INT-000860
CHA-000278	2025-06-18 14:57:09	2025-06-18 14:57:18	\N	f	INT-000862
CHA-000279	2025-06-25 08:54:24	2025-06-25 08:54:40	\N	f	INT-000878
CHA-000280	2025-07-01 15:00:23	2025-07-01 15:00:40	\N	f	INT-000885
CHA-000281	2025-07-01 17:58:26	2025-07-01 17:58:39	\N	f	INT-000886
CHA-000282	2025-07-02 16:12:53	2025-07-02 16:13:33	\N	f	INT-000887
CHA-000283	2025-07-04 15:11:53	2025-07-04 15:12:43	\N	f	INT-000895
CHA-000284	2025-07-04 19:04:52	\N	2025-07-04 19:06:26	t	\N
CHA-000285	2025-07-07 12:26:16	2025-07-07 12:27:29	\N	f	INT-000896
CHA-000286	2025-07-07 17:03:44	2025-07-07 17:04:46	\N	f	INT-000897
CHA-000287	2025-07-07 21:10:31	2025-07-07 21:11:10	\N	f	INT-000898
CHA-000288	2025-07-09 03:10:26	2025-07-09 03:11:10	\N	f	INT-000906
CHA-000289	2025-07-16 21:24:39	2025-07-16 21:26:18	\N	f	INT-000915
CHA-000290	2025-07-17 16:19:59	2025-07-17 16:20:02	\N	f	INT-000916
CHA-000291	2025-07-18 12:01:18	2025-07-18 12:01:27	\N	f	INT-000917
CHA-000292	2025-07-18 14:51:46	2025-07-18 14:52:15	\N	f	INT-000918
CHA-000293	2025-07-21 16:22:27	2025-07-21 16:22:57	\N	f	INT-000920
CHA-000294	2025-07-25 11:54:06	2025-07-25 11:55:18	\N	f	INT-000921
CHA-000295	2025-07-25 14:56:03	2025-07-25 14:56:20	\N	f	INT-000922
CHA-000296	2025-07-25 19:08:26	2025-07-25 19:08:45	\N	f	INT-000923
CHA-000297	2025-07-28 13:41:47	\N	2025-07-28 13:42:46	t	\N
CHA-000298	2025-07-28 16:38:04	2025-07-28 16:38:44	\N	f	INT-000928
CHA-000299	2025-07-28 21:07:48	2025-07-28 21:08:22	\N	f	INT-000929
CHA-000300	2025-07-31 07:41:11	\N	2025-07-31 07:41:33	t	\N
CHA-000301	2025-07-31 08:12:26	2025-07-31 08:13:10	\N	f	INT-000933
CHA-000302	2025-07-31 13:12:12	2025-07-31 13:12:49	\N	f	INT-000935
CHA-000303	2025-08-06 09:32:56	2025-08-06 09:33:19	\N	f	INT-000941
CHA-000304	2025-08-14 08:55:38	2025-08-14 08:55:47	\N	f	INT-000950
CHA-000305	2025-08-14 10:46:19	2025-08-14 10:46:41	\N	f	INT-000951
CHA-000306	2025-08-14 13:31:05	2025-08-14 13:31:40	\N	f	INT-000952
CHA-000307	2025-08-18 13:29:45	2025-08-18 13:31:54	\N	f	INT-000958
CHA-000308	2025-08-19 09:48:40	2025-08-19 09:49:10	\N	f	INT-000963
CHA-000309	2025-08-19 18:09:38	2025-08-19 18:09:52	\N	f	INT-000968
\.

COPY wfm (date, user_id, paid_time, scheduled_time, available_time, interactions_time, productive_time) FROM stdin WITH (FREEZE);
2023-09-15	1	480	480	288	0	142
2023-09-16	1	480	480	306	0	136
2023-09-17	1	480	480	324	0	131
2023-09-18	1	480	480	326	60	166
2023-09-19	1	480	480	357	78	215
2023-09-20	1	480	480	353	0	132
2023-09-21	1	480	480	355	0	207
2023-09-22	1	480	480	340	0	195
2023-09-23	1	0	0	0	0	0
2023-09-24	1	0	0	0	0	0
2023-09-25	1	480	480	314	0	177
2023-09-26	1	480	480	334	0	125
2023-09-27	1	480	480	342	0	183
2023-09-28	1	480	480	320	0	184
2023-09-29	1	480	480	306	0	112
2023-09-30	1	0	0	0	0	0
2023-10-01	1	0	0	0	0	0
2023-10-02	1	0	0	0	0	0
2023-10-03	1	0	0	0	0	0
2023-10-04	1	480	480	333	0	147
2023-10-05	1	480	480	275	0	151
2023-10-06	1	480	480	368	0	144
2023-10-07	1	480	480	327	0	159
2023-10-08	1	480	480	359	0	130
2023-10-09	1	480	480	337	0	126
2023-10-10	1	480	480	368	6	147
2023-10-11	1	480	480	359	0	187
2023-10-12	1	480	480	367	0	144
2023-10-13	1	480	480	304	14	151
2023-10-14	1	0	0	0	0	0
2023-10-15	1	0	0	0	0	0
2023-10-16	1	480	480	369	0	174
2023-10-17	1	480	480	284	0	132
2023-10-18	1	480	480	341	0	168
2023-10-19	1	480	480	361	0	176
2023-10-20	1	480	480	367	22	140
2023-10-21	1	0	0	0	0	0
2023-10-22	1	0	0	0	0	0
2023-10-23	1	0	0	0	0	0
2023-10-24	1	0	0	0	0	0
2023-10-25	1	480	480	339	0	107
2023-10-26	1	480	480	315	0	162
2023-10-27	1	480	480	383	0	169
2023-10-28	1	480	480	319	0	145
2023-10-29	1	480	480	342	0	198
2023-10-30	1	480	480	372	0	145
2023-10-31	1	480	480	341	0	139
2023-11-01	1	480	480	330	0	130
2023-11-02	1	480	480	292	0	90
2023-11-03	1	480	480	356	0	108
2023-11-04	1	0	0	0	0	0
2023-11-05	1	0	0	0	0	0
2023-11-06	1	480	480	324	0	165
2023-11-07	1	480	480	348	0	180
2023-11-08	1	480	480	350	0	108
2023-11-09	1	480	480	345	0	169
2023-11-10	1	480	480	343	0	104
2023-11-11	1	0	0	0	0	0
2023-11-12	1	0	0	0	0	0
2023-11-13	1	0	0	0	0	0
2023-11-14	1	0	0	0	0	0
2023-11-15	1	480	480	352	25	186
2023-11-16	1	480	480	321	21	197
2023-11-17	1	480	480	386	38	174
2023-11-18	1	480	480	349	0	157
2023-11-19	1	480	480	301	0	162
2023-11-20	1	480	480	361	0	132
2023-11-21	1	480	480	309	0	115
2023-11-22	1	480	480	385	0	199
2023-11-23	1	480	480	323	0	103
2023-11-24	1	480	480	359	0	175
2023-11-25	1	0	0	0	0	0
2023-11-26	1	0	0	0	0	0
2023-11-27	1	480	480	296	0	96
2023-11-28	1	480	480	316	0	103
2023-11-29	1	480	480	293	0	172
2023-11-30	1	480	480	304	0	106
2023-12-01	1	480	480	310	18	160
2023-12-02	1	0	0	0	0	0
2023-12-03	1	0	0	0	0	0
2023-12-04	1	0	0	0	0	0
2023-12-05	1	0	0	0	0	0
2023-12-06	1	480	480	333	14	122
2023-12-07	1	480	480	350	0	162
2023-12-08	1	480	480	343	0	111
2023-12-09	1	480	480	358	0	166
2023-12-10	1	480	480	345	18	214
2023-12-11	1	480	480	380	0	140
2023-12-12	1	480	480	308	0	173
2023-12-13	1	480	480	325	12	109
2023-12-14	1	480	480	322	0	142
2023-12-15	1	480	480	366	0	210
2023-12-16	1	0	0	0	0	0
2023-12-17	1	0	0	0	0	0
2023-12-18	1	480	480	277	0	123
2023-12-19	1	480	480	353	0	192
2023-12-20	1	480	480	318	0	111
2023-12-21	1	480	480	342	0	135
2023-12-22	1	480	480	341	0	136
2023-12-23	1	0	0	0	0	0
2023-12-24	1	0	0	0	0	0
2023-12-25	1	0	0	0	0	0
2023-12-26	1	0	0	0	0	0
2023-12-27	1	480	480	332	19	188
2023-12-28	1	480	480	330	0	135
2023-12-29	1	480	480	334	0	165
2023-12-30	1	480	480	356	14	200
2023-12-31	1	480	480	342	0	153
2024-01-01	1	480	480	306	9	121
2024-01-02	1	480	480	338	0	156
2024-01-03	1	480	480	336	0	147
2024-01-04	1	480	480	298	0	167
2024-01-05	1	480	480	329	0	155
2024-01-06	1	0	0	0	0	0
2024-01-07	1	0	0	0	0	0
2024-01-08	1	480	480	371	0	173
2024-01-09	1	480	480	339	0	166
2024-01-10	1	480	480	349	0	200
2024-01-11	1	480	480	287	0	168
2024-01-12	1	480	480	327	0	129
2024-01-13	1	0	0	0	0	0
2024-01-14	1	0	0	0	0	0
2024-01-15	1	0	0	0	0	0
2024-01-16	1	0	0	0	0	0
2024-01-17	1	480	480	293	0	151
2024-01-18	1	480	480	343	0	156
2024-01-19	1	480	480	294	0	140
2024-01-20	1	480	480	369	0	183
2024-01-21	1	480	480	312	16	138
2024-01-22	1	480	480	321	0	132
2024-01-23	1	480	480	329	0	180
2024-01-24	1	480	480	310	0	136
2024-01-25	1	480	480	334	0	130
2024-01-26	1	480	480	341	0	148
2024-01-27	1	0	0	0	0	0
2024-01-28	1	0	0	0	0	0
2024-01-29	1	480	480	329	0	172
2024-01-30	1	480	480	329	0	142
2024-01-31	1	480	480	335	0	114
2024-02-01	1	480	480	299	0	136
2024-02-02	1	480	480	392	0	128
2024-02-03	1	0	0	0	0	0
2024-02-04	1	0	0	0	0	0
2024-02-05	1	0	0	0	0	0
2024-02-06	1	0	0	0	0	0
2024-02-07	1	480	480	311	0	176
2024-02-08	1	480	480	325	0	173
2024-02-09	1	480	480	299	0	139
2024-02-10	1	480	480	352	0	166
2024-02-11	1	480	480	323	0	157
2024-02-12	1	480	480	392	18	200
2024-02-13	1	480	480	323	0	163
2024-02-14	1	480	480	294	0	92
2024-02-15	1	480	480	356	42	164
2024-02-16	1	480	480	317	0	164
2024-02-17	1	0	0	0	0	0
2024-02-18	1	0	0	0	0	0
2024-02-19	1	480	480	341	0	201
2024-02-20	1	480	480	375	0	144
2024-02-21	1	480	480	295	0	147
2024-02-22	1	480	480	309	0	95
2024-02-23	1	480	480	324	11	125
2024-02-24	1	0	0	0	0	0
2024-02-25	1	0	0	0	0	0
2024-02-26	1	0	0	0	0	0
2024-02-27	1	0	0	0	0	0
2024-02-28	1	480	480	337	0	126
2024-02-29	1	480	480	364	0	207
2024-03-01	1	480	480	339	0	181
2024-03-02	1	480	480	320	30	185
2024-03-03	1	480	480	263	0	112
2024-03-04	1	480	480	334	0	103
2024-03-05	1	480	480	354	18	202
2024-03-06	1	480	480	323	13	117
2024-03-07	1	480	480	372	18	200
2024-03-08	1	480	480	382	0	220
2024-03-09	1	0	0	0	0	0
2024-03-10	1	0	0	0	0	0
2024-03-11	1	480	480	348	0	154
2024-03-12	1	480	480	357	0	177
2024-03-13	1	480	480	319	0	102
2024-03-14	1	480	480	320	0	109
2024-03-15	1	480	480	364	0	143
2024-03-16	1	0	0	0	0	0
2024-03-17	1	0	0	0	0	0
2024-03-18	1	0	0	0	0	0
2024-03-19	1	0	0	0	0	0
2024-03-20	1	480	480	367	0	137
2024-03-21	1	480	480	364	0	177
2024-03-22	1	480	480	357	0	186
2024-03-23	1	480	480	340	0	103
2024-03-24	1	480	480	316	0	130
2024-03-25	1	480	480	315	0	172
2024-03-26	1	480	480	274	0	146
2024-03-27	1	480	480	291	0	116
2024-03-28	1	480	480	359	0	214
2024-03-29	1	480	480	345	52	190
2024-03-30	1	0	0	0	0	0
2024-03-31	1	0	0	0	0	0
2024-04-01	1	480	480	336	0	178
2024-04-02	1	480	480	312	0	117
2024-04-03	1	480	480	359	0	193
2024-04-04	1	480	480	326	9	139
2024-04-05	1	480	480	380	18	162
2024-04-06	1	0	0	0	0	0
2024-04-07	1	0	0	0	0	0
2024-04-08	1	0	0	0	0	0
2024-04-09	1	0	0	0	0	0
2024-04-10	1	480	480	352	0	110
2024-04-11	1	480	480	286	0	100
2024-04-12	1	480	480	387	35	145
2024-04-13	1	480	480	308	0	122
2024-04-14	1	480	480	302	0	114
2024-04-15	1	480	480	279	0	155
2024-04-16	1	480	480	341	13	114
2024-04-17	1	480	480	312	0	134
2024-04-18	1	480	480	322	27	188
2024-04-19	1	480	480	353	0	137
2024-04-20	1	0	0	0	0	0
2024-04-21	1	0	0	0	0	0
2024-04-22	1	480	480	319	0	166
2024-04-23	1	480	480	319	0	168
2024-04-24	1	480	480	310	0	123
2024-04-25	1	480	480	326	0	114
2024-04-26	1	480	480	377	0	149
2024-04-27	1	0	0	0	0	0
2024-04-28	1	0	0	0	0	0
2024-04-29	1	0	0	0	0	0
2024-04-30	1	0	0	0	0	0
2024-05-01	1	480	480	383	0	191
2024-05-02	1	480	480	358	0	129
2024-05-03	1	480	480	328	0	127
2024-05-04	1	480	480	332	0	138
2024-05-05	1	480	480	307	0	140
2024-05-06	1	480	480	346	0	123
2024-05-07	1	480	480	336	0	132
2024-05-08	1	480	480	377	0	206
2024-05-09	1	480	480	361	0	194
2024-05-10	1	480	480	354	0	126
2024-05-11	1	0	0	0	0	0
2024-05-12	1	0	0	0	0	0
2024-05-13	1	480	480	328	0	121
2024-05-14	1	480	480	332	0	140
2024-05-15	1	480	480	350	0	112
2024-05-16	1	480	480	366	0	150
2024-05-17	1	480	480	349	0	121
2024-05-18	1	0	0	0	0	0
2024-05-19	1	0	0	0	0	0
2024-05-20	1	0	0	0	0	0
2024-05-21	1	0	0	0	0	0
2024-05-22	1	480	480	311	0	154
2024-05-23	1	480	480	340	10	171
2024-05-24	1	480	480	334	0	102
2024-05-25	1	480	480	330	0	139
2024-05-26	1	480	480	360	0	189
2024-05-27	1	480	480	328	0	152
2024-05-28	1	480	480	287	0	166
2024-05-29	1	480	480	308	0	106
2024-05-30	1	480	480	386	0	208
2024-05-31	1	480	480	300	0	164
2024-06-01	1	0	0	0	0	0
2024-06-02	1	0	0	0	0	0
2024-06-03	1	480	480	356	0	168
2024-06-04	1	480	480	324	0	146
2024-06-05	1	480	480	367	0	147
2024-06-06	1	480	480	336	0	140
2024-06-07	1	480	480	294	0	159
2024-06-08	1	0	0	0	0	0
2024-06-09	1	0	0	0	0	0
2024-06-10	1	0	0	0	0	0
2024-06-11	1	0	0	0	0	0
2024-06-12	1	480	480	365	0	179
2024-06-13	1	480	480	367	0	157
2024-06-14	1	480	480	406	0	228
2024-06-15	1	480	480	330	0	140
2024-06-16	1	480	480	370	0	160
2024-06-17	1	480	480	336	10	108
2024-06-18	1	480	480	317	0	101
2024-06-19	1	480	480	354	0	131
2024-06-20	1	480	480	323	0	122
2024-06-21	1	480	480	321	0	121
2024-06-22	1	0	0	0	0	0
2024-06-23	1	0	0	0	0	0
2024-06-24	1	480	480	370	0	113
2024-06-25	1	480	480	356	0	179
2024-06-26	1	480	480	371	0	196
2024-06-27	1	480	480	324	0	122
2024-06-28	1	480	480	365	0	191
2024-06-29	1	0	0	0	0	0
2024-06-30	1	0	0	0	0	0
2024-07-01	1	0	0	0	0	0
2024-07-02	1	0	0	0	0	0
2024-07-03	1	480	480	366	0	204
2024-07-04	1	480	480	352	0	156
2024-07-05	1	480	480	309	0	127
2024-07-06	1	480	480	329	0	145
2024-07-07	1	480	480	313	0	117
2024-07-08	1	480	480	376	0	113
2024-07-09	1	480	480	357	0	108
2024-07-10	1	480	480	358	0	124
2024-07-11	1	480	480	285	24	102
2024-07-12	1	480	480	339	0	134
2024-07-13	1	0	0	0	0	0
2024-07-14	1	0	0	0	0	0
2024-07-15	1	480	480	351	0	178
2024-07-16	1	480	480	266	0	132
2024-07-17	1	480	480	381	0	213
2024-07-18	1	480	480	343	0	151
2024-07-19	1	480	480	395	0	228
2024-07-20	1	0	0	0	0	0
2024-07-21	1	0	0	0	0	0
2024-07-22	1	0	0	0	0	0
2024-07-23	1	0	0	0	0	0
2024-07-24	1	480	480	358	0	178
2024-07-25	1	480	480	325	0	151
2024-07-26	1	480	480	348	0	124
2024-07-27	1	480	480	401	0	139
2024-07-28	1	480	480	365	0	202
2024-07-29	1	480	480	317	0	179
2024-07-30	1	480	480	314	0	142
2024-07-31	1	480	480	322	0	165
2024-08-01	1	480	480	333	0	154
2024-08-02	1	480	480	293	0	101
2024-08-03	1	0	0	0	0	0
2024-08-04	1	0	0	0	0	0
2024-08-05	1	480	480	339	0	173
2024-08-06	1	480	480	284	0	96
2024-08-07	1	480	480	347	0	168
2024-08-08	1	480	480	324	0	152
2024-08-09	1	480	480	325	0	123
2024-08-10	1	0	0	0	0	0
2024-08-11	1	0	0	0	0	0
2024-08-12	1	0	0	0	0	0
2024-08-13	1	0	0	0	0	0
2024-08-14	1	480	480	373	0	112
2024-08-15	1	480	480	294	0	164
2024-08-16	1	480	480	282	0	89
2024-08-17	1	480	480	354	0	129
2024-08-18	1	480	480	348	0	158
2024-08-19	1	480	480	392	0	188
2024-08-20	1	480	480	334	0	195
2024-08-21	1	480	480	350	0	135
2024-08-22	1	480	480	318	0	135
2024-08-23	1	480	480	384	0	138
2024-08-24	1	0	0	0	0	0
2024-08-25	1	0	0	0	0	0
2024-08-26	1	480	480	317	15	164
2024-08-27	1	480	480	361	0	202
2024-08-28	1	480	480	347	0	130
2024-08-29	1	480	480	324	0	159
2024-08-30	1	480	480	337	0	186
2024-08-31	1	0	0	0	0	0
2024-09-01	1	0	0	0	0	0
2024-09-02	1	0	0	0	0	0
2024-09-03	1	0	0	0	0	0
2024-09-04	1	480	480	337	0	124
2024-09-05	1	480	480	375	0	159
2024-09-06	1	480	480	400	0	195
2024-09-07	1	480	480	386	0	149
2024-09-08	1	480	480	316	0	137
2024-09-09	1	480	480	349	0	186
2024-09-10	1	480	480	290	0	122
2024-09-11	1	480	480	339	0	180
2024-09-12	1	480	480	304	0	133
2024-09-13	1	480	480	326	0	175
2024-09-14	1	0	0	0	0	0
2024-09-15	1	0	0	0	0	0
2024-09-16	1	480	480	358	0	172
2024-09-17	1	480	480	320	0	144
2024-09-18	1	480	480	366	0	140
2024-09-19	1	480	480	315	0	170
2024-09-20	1	480	480	323	0	139
2024-09-21	1	0	0	0	0	0
2024-09-22	1	0	0	0	0	0
2024-09-23	1	0	0	0	0	0
2024-09-24	1	0	0	0	0	0
2024-09-25	1	480	480	339	0	151
2024-09-26	1	480	480	315	0	98
2024-09-27	1	480	480	348	0	177
2024-09-28	1	480	480	319	0	122
2024-09-29	1	480	480	290	0	150
2024-09-30	1	480	480	360	0	171
2024-10-01	1	480	480	254	0	115
2024-10-02	1	480	480	386	0	160
2024-10-03	1	480	480	353	0	199
2024-10-04	1	480	480	382	0	184
2024-10-05	1	0	0	0	0	0
2024-10-06	1	0	0	0	0	0
2024-10-07	1	480	480	321	0	173
2024-10-08	1	480	480	332	0	144
2024-10-09	1	480	480	316	0	134
2024-10-10	1	480	480	347	0	191
2024-10-11	1	480	480	300	0	168
2024-10-12	1	0	0	0	0	0
2024-10-13	1	0	0	0	0	0
2024-10-14	1	0	0	0	0	0
2024-10-15	1	0	0	0	0	0
2024-10-16	1	480	480	323	0	126
2024-10-17	1	480	480	340	0	145
2024-10-18	1	480	480	320	0	100
2024-10-19	1	480	480	327	0	191
2024-10-20	1	480	480	310	0	137
2024-10-21	1	480	480	362	0	142
2024-10-22	1	480	480	320	0	189
2024-10-23	1	480	480	328	0	144
2024-10-24	1	480	480	333	0	125
2024-10-25	1	480	480	377	0	204
2024-10-26	1	0	0	0	0	0
2024-10-27	1	0	0	0	0	0
2024-10-28	1	480	480	337	0	136
2024-10-29	1	480	480	354	0	116
2024-10-30	1	480	480	361	0	166
2024-10-31	1	480	480	357	0	179
2024-11-01	1	480	480	329	0	170
2024-11-02	1	0	0	0	0	0
2024-11-03	1	0	0	0	0	0
2024-11-04	1	0	0	0	0	0
2024-11-05	1	0	0	0	0	0
2024-11-06	1	480	480	343	0	173
2024-11-07	1	480	480	328	0	190
2024-11-08	1	480	480	312	0	144
2024-11-09	1	480	480	288	0	140
2024-11-10	1	480	480	355	0	193
2024-11-11	1	480	480	310	0	133
2024-11-12	1	480	480	328	0	139
2024-11-13	1	480	480	355	0	184
2024-11-14	1	480	480	352	0	109
2024-11-15	1	480	480	265	0	105
2024-11-16	1	0	0	0	0	0
2024-11-17	1	0	0	0	0	0
2024-11-18	1	480	480	352	0	141
2024-11-19	1	480	480	306	17	178
2024-11-20	1	480	480	341	0	145
2024-11-21	1	480	480	339	0	109
2024-11-22	1	480	480	360	0	117
2024-11-23	1	0	0	0	0	0
2024-11-24	1	0	0	0	0	0
2024-11-25	1	0	0	0	0	0
2024-11-26	1	0	0	0	0	0
2024-11-27	1	480	480	339	0	171
2024-11-28	1	480	480	331	0	174
2024-11-29	1	480	480	317	0	102
2024-11-30	1	480	480	341	0	143
2024-12-01	1	480	480	295	0	112
2024-12-02	1	480	480	303	0	152
2024-12-03	1	480	480	394	0	147
2024-12-04	1	480	480	341	0	152
2024-12-05	1	480	480	293	0	171
2024-12-06	1	480	480	364	0	121
2024-12-07	1	0	0	0	0	0
2024-12-08	1	0	0	0	0	0
2024-12-09	1	480	480	377	0	202
2024-12-10	1	480	480	336	0	161
2024-12-11	1	480	480	375	0	114
2024-12-12	1	480	480	348	0	125
2024-12-13	1	480	480	301	0	158
2024-12-14	1	0	0	0	0	0
2024-12-15	1	0	0	0	0	0
2024-12-16	1	0	0	0	0	0
2024-12-17	1	0	0	0	0	0
2024-12-18	1	480	480	338	0	183
2024-12-19	1	480	480	323	0	119
2024-12-20	1	480	480	297	0	134
2024-12-21	1	480	480	320	0	128
2024-12-22	1	480	480	363	0	170
2024-12-23	1	480	480	348	0	195
2024-12-24	1	480	480	256	0	137
2024-12-25	1	480	480	306	0	103
2024-12-26	1	480	480	372	0	171
2024-12-27	1	480	480	348	0	204
2024-12-28	1	0	0	0	0	0
2024-12-29	1	0	0	0	0	0
2024-12-30	1	480	480	338	3	203
2024-12-31	1	480	480	334	0	121
2025-01-01	1	480	480	285	13	117
2025-01-02	1	480	480	282	0	96
2025-01-03	1	480	480	306	0	127
2025-01-04	1	0	0	0	0	0
2025-01-05	1	0	0	0	0	0
2025-01-06	1	0	0	0	0	0
2025-01-07	1	0	0	0	0	0
2025-01-08	1	480	480	330	0	171
2025-01-09	1	480	480	304	0	122
2025-01-10	1	480	480	342	0	164
2025-01-11	1	480	480	311	0	113
2025-01-12	1	480	480	294	0	109
2025-01-13	1	480	480	384	0	215
2025-01-14	1	480	480	284	31	122
2025-01-15	1	480	480	309	0	179
2025-01-16	1	480	480	330	0	164
2025-01-17	1	480	480	366	0	167
2025-01-18	1	0	0	0	0	0
2025-01-19	1	0	0	0	0	0
2025-01-20	1	480	480	346	0	106
2025-01-21	1	480	480	398	8	141
2025-01-22	1	480	480	363	0	169
2025-01-23	1	480	480	338	19	136
2025-01-24	1	480	480	366	0	189
2025-01-25	1	0	0	0	0	0
2025-01-26	1	0	0	0	0	0
2025-01-27	1	0	0	0	0	0
2025-01-28	1	0	0	0	0	0
2025-01-29	1	480	480	301	0	120
2025-01-30	1	480	480	323	0	122
2025-01-31	1	480	480	314	0	159
2025-02-01	1	480	480	321	0	160
2025-02-02	1	480	480	309	0	182
2025-02-03	1	480	480	314	0	144
2025-02-04	1	480	480	350	0	149
2025-02-05	1	480	480	315	0	129
2025-02-06	1	480	480	334	0	148
2025-02-07	1	480	480	325	0	182
2025-02-08	1	0	0	0	0	0
2025-02-09	1	0	0	0	0	0
2025-02-10	1	480	480	365	0	192
2025-02-11	1	480	480	330	0	115
2025-02-12	1	480	480	287	0	96
2025-02-13	1	480	480	368	0	124
2025-02-14	1	480	480	364	0	193
2025-02-15	1	0	0	0	0	0
2025-02-16	1	0	0	0	0	0
2025-02-17	1	0	0	0	0	0
2025-02-18	1	0	0	0	0	0
2025-02-19	1	480	480	375	13	229
2025-02-20	1	480	480	310	0	148
2025-02-21	1	480	480	323	0	113
2025-02-22	1	480	480	320	0	140
2025-02-23	1	480	480	362	0	209
2025-02-24	1	480	480	301	0	128
2025-02-25	1	480	480	376	0	198
2025-02-26	1	480	480	321	0	135
2025-02-27	1	480	480	346	51	209
2025-02-28	1	480	480	287	0	103
2025-03-01	1	0	0	0	0	0
2025-03-02	1	0	0	0	0	0
2025-03-03	1	480	480	333	49	189
2025-03-04	1	480	480	338	0	109
2025-03-05	1	480	480	330	0	134
2025-03-06	1	480	480	353	0	184
2025-03-07	1	480	480	349	0	175
2025-03-08	1	0	0	0	0	0
2025-03-09	1	0	0	0	0	0
2025-03-10	1	0	0	0	0	0
2025-03-11	1	0	0	0	0	0
2025-03-12	1	480	480	366	0	144
2025-03-13	1	480	480	347	0	160
2025-03-14	1	480	480	332	0	133
2025-03-15	1	480	480	321	0	147
2025-03-16	1	480	480	376	0	209
2025-03-17	1	480	480	388	0	209
2025-03-18	1	480	480	325	0	175
2025-03-19	1	480	480	331	0	171
2025-03-20	1	480	480	333	0	110
2025-03-21	1	480	480	283	0	111
2025-03-22	1	0	0	0	0	0
2025-03-23	1	0	0	0	0	0
2025-03-24	1	480	480	380	0	189
2025-03-25	1	480	480	341	0	107
2025-03-26	1	480	480	363	0	177
2025-03-27	1	480	480	323	0	147
2025-03-28	1	480	480	272	0	107
2025-03-29	1	0	0	0	0	0
2025-03-30	1	0	0	0	0	0
2025-03-31	1	0	0	0	0	0
2025-04-01	1	0	0	0	0	0
2025-04-02	1	480	480	362	0	155
2025-04-03	1	480	480	327	0	123
2025-04-04	1	480	480	291	0	97
2025-04-05	1	480	480	376	0	157
2025-04-06	1	480	480	321	0	150
2025-04-07	1	480	480	376	0	139
2025-04-08	1	480	480	280	0	126
2025-04-09	1	480	480	314	0	151
2025-04-10	1	480	480	318	0	164
2025-04-11	1	480	480	315	0	130
2025-04-12	1	0	0	0	0	0
2025-04-13	1	0	0	0	0	0
2025-04-14	1	480	480	303	0	106
2025-04-15	1	480	480	316	0	155
2025-04-16	1	480	480	313	0	173
2025-04-17	1	480	480	336	0	144
2025-04-18	1	480	480	318	0	106
2025-04-19	1	0	0	0	0	0
2025-04-20	1	0	0	0	0	0
2025-04-21	1	0	0	0	0	0
2025-04-22	1	0	0	0	0	0
2025-04-23	1	480	480	387	0	154
2025-04-24	1	480	480	315	0	184
2025-04-25	1	480	480	290	0	123
2025-04-26	1	480	480	355	0	178
2025-04-27	1	480	480	417	0	249
2025-04-28	1	480	480	370	7	199
2025-04-29	1	480	480	313	22	112
2025-04-30	1	480	480	295	0	154
2025-05-01	1	480	480	365	0	209
2025-05-02	1	480	480	355	0	177
2025-05-03	1	0	0	0	0	0
2025-05-04	1	0	0	0	0	0
2025-05-05	1	480	480	350	0	165
2025-05-06	1	480	480	384	14	160
2025-05-07	1	480	480	307	0	162
2025-05-08	1	480	480	292	0	149
2025-05-09	1	480	480	334	0	199
2025-05-10	1	0	0	0	0	0
2025-05-11	1	0	0	0	0	0
2025-05-12	1	0	0	0	0	0
2025-05-13	1	0	0	0	0	0
2025-05-14	1	480	480	337	28	211
2025-05-15	1	480	480	319	0	140
2025-05-16	1	480	480	341	0	116
2025-05-17	1	480	480	345	0	173
2025-05-18	1	480	480	366	0	169
2025-05-19	1	480	480	331	0	135
2025-05-20	1	480	480	330	0	148
2025-05-21	1	480	480	349	0	190
2025-05-22	1	480	480	341	0	186
2025-05-23	1	480	480	378	0	169
2025-05-24	1	0	0	0	0	0
2025-05-25	1	0	0	0	0	0
2025-05-26	1	480	480	315	0	100
2025-05-27	1	480	480	368	0	117
2025-05-28	1	480	480	388	0	145
2025-05-29	1	480	480	296	0	141
2025-05-30	1	480	480	346	0	173
2025-05-31	1	0	0	0	0	0
2025-06-01	1	0	0	0	0	0
2025-06-02	1	0	0	0	0	0
2025-06-03	1	0	0	0	0	0
2025-06-04	1	480	480	314	7	110
2025-06-05	1	480	480	297	0	146
2025-06-06	1	480	480	329	0	134
2025-06-07	1	480	480	320	0	164
2025-06-08	1	480	480	315	0	178
2025-06-09	1	480	480	369	0	177
2025-06-10	1	480	480	314	0	164
2025-06-11	1	480	480	322	0	111
2025-06-12	1	480	480	309	0	150
2025-06-13	1	480	480	315	0	152
2025-06-14	1	0	0	0	0	0
2025-06-15	1	0	0	0	0	0
2025-06-16	1	480	480	319	0	165
2025-06-17	1	480	480	348	0	173
2025-06-18	1	480	480	373	0	190
2025-06-19	1	480	480	360	0	178
2025-06-20	1	480	480	324	0	185
2025-06-21	1	0	0	0	0	0
2025-06-22	1	0	0	0	0	0
2025-06-23	1	0	0	0	0	0
2025-06-24	1	0	0	0	0	0
2025-06-25	1	480	480	359	0	135
2025-06-26	1	480	480	345	0	172
2025-06-27	1	480	480	302	0	143
2025-06-28	1	480	480	321	0	98
2025-06-29	1	480	480	332	0	162
2025-06-30	1	480	480	319	0	120
2025-07-01	1	480	480	307	0	119
2025-07-02	1	480	480	337	0	187
2025-07-03	1	480	480	367	0	156
2025-07-04	1	480	480	316	21	174
2025-07-05	1	0	0	0	0	0
2025-07-06	1	0	0	0	0	0
2025-07-07	1	480	480	334	0	123
2025-07-08	1	480	480	356	0	125
2025-07-09	1	480	480	358	0	141
2025-07-10	1	480	480	328	0	152
2025-07-11	1	480	480	347	0	203
2025-07-12	1	0	0	0	0	0
2025-07-13	1	0	0	0	0	0
2025-07-14	1	0	0	0	0	0
2025-07-15	1	0	0	0	0	0
2025-07-16	1	480	480	319	0	101
2025-07-17	1	480	480	345	0	153
2025-07-18	1	480	480	357	0	153
2025-07-19	1	480	480	352	0	147
2025-07-20	1	480	480	316	0	186
2025-07-21	1	480	480	308	0	132
2025-07-22	1	480	480	320	0	167
2025-07-23	1	480	480	288	0	100
2025-07-24	1	480	480	318	0	147
2025-07-25	1	480	480	339	0	105
2025-07-26	1	0	0	0	0	0
2025-07-27	1	0	0	0	0	0
2025-07-28	1	480	480	308	40	138
2025-07-29	1	480	480	309	0	130
2025-07-30	1	480	480	319	0	124
2025-07-31	1	480	480	336	25	164
2025-08-01	1	480	480	372	0	190
2025-08-02	1	0	0	0	0	0
2025-08-03	1	0	0	0	0	0
2025-08-04	1	0	0	0	0	0
2025-08-05	1	0	0	0	0	0
2025-08-06	1	480	480	333	0	151
2025-08-07	1	480	480	354	0	123
2025-08-08	1	480	480	373	0	192
2025-08-09	1	480	480	391	0	144
2025-08-10	1	480	480	349	0	131
2025-08-11	1	480	480	319	0	96
2025-08-12	1	480	480	312	0	185
2025-08-13	1	480	480	347	0	169
2025-08-14	1	480	480	295	0	137
2025-08-15	1	480	480	316	0	157
2025-08-16	1	0	0	0	0	0
2025-08-17	1	0	0	0	0	0
2025-08-18	1	480	480	398	0	134
2025-08-19	1	480	480	313	0	177
2025-08-20	1	480	480	333	0	135
2025-08-21	1	480	480	347	0	137
2023-09-15	2	480	480	307	0	134
2023-09-16	2	0	0	0	0	0
2023-09-17	2	0	0	0	0	0
2023-09-18	2	480	480	355	41	202
2023-09-19	2	480	480	336	0	173
2023-09-20	2	480	480	344	0	156
2023-09-21	2	480	480	285	17	145
2023-09-22	2	480	480	324	0	142
2023-09-23	2	0	0	0	0	0
2023-09-24	2	0	0	0	0	0
2023-09-25	2	480	480	309	15	165
2023-09-26	2	0	0	0	0	0
2023-09-27	2	0	0	0	0	0
2023-09-28	2	480	480	321	0	124
2023-09-29	2	480	480	332	0	115
2023-09-30	2	480	480	320	0	144
2023-10-01	2	480	480	359	0	204
2023-10-02	2	480	480	346	0	144
2023-10-03	2	480	480	327	0	195
2023-10-04	2	480	480	286	0	93
2023-10-05	2	480	480	363	0	197
2023-10-06	2	480	480	342	0	159
2023-10-07	2	0	0	0	0	0
2023-10-08	2	0	0	0	0	0
2023-10-09	2	480	480	338	0	120
2023-10-10	2	480	480	335	0	152
2023-10-11	2	480	480	301	0	120
2023-10-12	2	480	480	349	0	142
2023-10-13	2	480	480	307	16	150
2023-10-14	2	0	0	0	0	0
2023-10-15	2	0	0	0	0	0
2023-10-16	2	480	480	315	0	129
2023-10-17	2	0	0	0	0	0
2023-10-18	2	0	0	0	0	0
2023-10-19	2	480	480	342	0	126
2023-10-20	2	480	480	360	5	150
2023-10-21	2	480	480	331	0	195
2023-10-22	2	480	480	343	0	120
2023-10-23	2	480	480	347	0	126
2023-10-24	2	480	480	333	14	153
2023-10-25	2	480	480	366	0	145
2023-10-26	2	480	480	329	0	102
2023-10-27	2	480	480	294	0	138
2023-10-28	2	0	0	0	0	0
2023-10-29	2	0	0	0	0	0
2023-10-30	2	480	480	361	0	194
2023-10-31	2	480	480	366	7	138
2023-11-01	2	480	480	288	0	148
2023-11-02	2	480	480	335	0	139
2023-11-03	2	480	480	350	0	184
2023-11-04	2	0	0	0	0	0
2023-11-05	2	0	0	0	0	0
2023-11-06	2	480	480	286	0	101
2023-11-07	2	0	0	0	0	0
2023-11-08	2	0	0	0	0	0
2023-11-09	2	480	480	364	0	159
2023-11-10	2	480	480	285	0	137
2023-11-11	2	480	480	353	0	106
2023-11-12	2	480	480	352	25	212
2023-11-13	2	480	480	348	0	125
2023-11-14	2	480	480	385	0	223
2023-11-15	2	480	480	333	0	150
2023-11-16	2	480	480	333	0	163
2023-11-17	2	480	480	352	0	168
2023-11-18	2	0	0	0	0	0
2023-11-19	2	0	0	0	0	0
2023-11-20	2	480	480	349	0	109
2023-11-21	2	480	480	340	16	167
2023-11-22	2	480	480	376	0	216
2023-11-23	2	480	480	306	0	112
2023-11-24	2	480	480	309	0	181
2023-11-25	2	0	0	0	0	0
2023-11-26	2	0	0	0	0	0
2023-11-27	2	480	480	330	0	191
2023-11-28	2	0	0	0	0	0
2023-11-29	2	0	0	0	0	0
2023-11-30	2	480	480	369	0	115
2023-12-01	2	480	480	371	0	170
2023-12-02	2	480	480	317	0	162
2023-12-03	2	480	480	317	0	162
2023-12-04	2	480	480	347	0	135
2023-12-05	2	480	480	337	15	202
2023-12-06	2	480	480	346	0	114
2023-12-07	2	480	480	328	0	146
2023-12-08	2	480	480	353	0	205
2023-12-09	2	0	0	0	0	0
2023-12-10	2	0	0	0	0	0
2023-12-11	2	480	480	328	0	117
2023-12-12	2	480	480	310	16	113
2023-12-13	2	480	480	342	0	154
2023-12-14	2	480	480	342	0	116
2023-12-15	2	480	480	343	0	177
2023-12-16	2	0	0	0	0	0
2023-12-17	2	0	0	0	0	0
2023-12-18	2	480	480	294	0	117
2023-12-19	2	0	0	0	0	0
2023-12-20	2	0	0	0	0	0
2023-12-21	2	480	480	343	0	149
2023-12-22	2	480	480	392	8	129
2023-12-23	2	480	480	397	0	147
2023-12-24	2	480	480	355	0	145
2023-12-25	2	480	480	337	0	162
2023-12-26	2	480	480	290	0	94
2023-12-27	2	480	480	359	0	118
2023-12-28	2	480	480	329	0	151
2023-12-29	2	480	480	346	0	171
2023-12-30	2	0	0	0	0	0
2023-12-31	2	0	0	0	0	0
2024-01-01	2	480	480	330	0	176
2024-01-02	2	480	480	348	0	165
2024-01-03	2	480	480	311	0	161
2024-01-04	2	480	480	286	0	141
2024-01-05	2	480	480	323	0	101
2024-01-06	2	0	0	0	0	0
2024-01-07	2	0	0	0	0	0
2024-01-08	2	480	480	321	0	174
2024-01-09	2	0	0	0	0	0
2024-01-10	2	0	0	0	0	0
2024-01-11	2	480	480	410	0	129
2024-01-12	2	480	480	329	0	180
2024-01-13	2	480	480	335	0	136
2024-01-14	2	480	480	351	22	189
2024-01-15	2	480	480	354	0	198
2024-01-16	2	480	480	371	0	113
2024-01-17	2	480	480	309	0	159
2024-01-18	2	480	480	396	0	163
2024-01-19	2	480	480	353	11	135
2024-01-20	2	0	0	0	0	0
2024-01-21	2	0	0	0	0	0
2024-01-22	2	480	480	325	0	190
2024-01-23	2	480	480	319	0	134
2024-01-24	2	480	480	316	0	135
2024-01-25	2	480	480	272	0	103
2024-01-26	2	480	480	332	0	154
2024-01-27	2	0	0	0	0	0
2024-01-28	2	0	0	0	0	0
2024-01-29	2	480	480	319	0	105
2024-01-30	2	0	0	0	0	0
2024-01-31	2	0	0	0	0	0
2024-02-01	2	480	480	401	0	179
2024-02-02	2	480	480	366	0	117
2024-02-03	2	480	480	317	0	135
2024-02-04	2	480	480	386	0	125
2024-02-05	2	480	480	363	0	185
2024-02-06	2	480	480	300	0	125
2024-02-07	2	480	480	310	0	107
2024-02-08	2	480	480	330	0	167
2024-02-09	2	480	480	308	0	122
2024-02-10	2	0	0	0	0	0
2024-02-11	2	0	0	0	0	0
2024-02-12	2	480	480	378	0	118
2024-02-13	2	480	480	327	0	115
2024-02-14	2	480	480	302	0	113
2024-02-15	2	480	480	309	0	92
2024-02-16	2	480	480	333	0	148
2024-02-17	2	0	0	0	0	0
2024-02-18	2	0	0	0	0	0
2024-02-19	2	480	480	296	0	89
2024-02-20	2	0	0	0	0	0
2024-02-21	2	0	0	0	0	0
2024-02-22	2	480	480	325	0	137
2024-02-23	2	480	480	332	0	142
2024-02-24	2	480	480	362	0	165
2024-02-25	2	480	480	326	7	175
2024-02-26	2	480	480	401	6	170
2024-02-27	2	480	480	323	0	161
2024-02-28	2	480	480	299	15	146
2024-02-29	2	480	480	325	0	100
2024-03-01	2	480	480	329	0	118
2024-03-02	2	0	0	0	0	0
2024-03-03	2	0	0	0	0	0
2024-03-04	2	480	480	343	0	135
2024-03-05	2	480	480	354	0	176
2024-03-06	2	480	480	378	29	147
2024-03-07	2	480	480	347	0	142
2024-03-08	2	480	480	397	0	201
2024-03-09	2	0	0	0	0	0
2024-03-10	2	0	0	0	0	0
2024-03-11	2	480	480	316	0	127
2024-03-12	2	0	0	0	0	0
2024-03-13	2	0	0	0	0	0
2024-03-14	2	480	480	379	0	218
2024-03-15	2	480	480	371	0	161
2024-03-16	2	480	480	400	11	184
2024-03-17	2	480	480	336	0	178
2024-03-18	2	480	480	359	0	115
2024-03-19	2	480	480	304	29	192
2024-03-20	2	480	480	323	0	141
2024-03-21	2	480	480	317	0	126
2024-03-22	2	480	480	321	23	157
2024-03-23	2	0	0	0	0	0
2024-03-24	2	0	0	0	0	0
2024-03-25	2	480	480	336	0	162
2024-03-26	2	480	480	288	0	131
2024-03-27	2	480	480	288	0	132
2024-03-28	2	480	480	359	0	207
2024-03-29	2	480	480	323	0	98
2024-03-30	2	0	0	0	0	0
2024-03-31	2	0	0	0	0	0
2024-04-01	2	480	480	368	10	161
2024-04-02	2	0	0	0	0	0
2024-04-03	2	0	0	0	0	0
2024-04-04	2	480	480	342	0	113
2024-04-05	2	480	480	338	0	126
2024-04-06	2	480	480	312	0	105
2024-04-07	2	480	480	266	0	144
2024-04-08	2	480	480	360	0	121
2024-04-09	2	480	480	351	0	155
2024-04-10	2	480	480	358	0	182
2024-04-11	2	480	480	299	0	118
2024-04-12	2	480	480	354	0	150
2024-04-13	2	0	0	0	0	0
2024-04-14	2	0	0	0	0	0
2024-04-15	2	480	480	310	0	161
2024-04-16	2	480	480	282	0	118
2024-04-17	2	480	480	381	0	143
2024-04-18	2	480	480	337	0	124
2024-04-19	2	480	480	308	0	146
2024-04-20	2	0	0	0	0	0
2024-04-21	2	0	0	0	0	0
2024-04-22	2	480	480	346	0	185
2024-04-23	2	0	0	0	0	0
2024-04-24	2	0	0	0	0	0
2024-04-25	2	480	480	362	0	119
2024-04-26	2	480	480	360	0	130
2024-04-27	2	480	480	354	0	177
2024-04-28	2	480	480	310	0	98
2024-04-29	2	480	480	305	6	166
2024-04-30	2	480	480	334	0	189
2024-05-01	2	480	480	323	0	121
2024-05-02	2	480	480	355	0	137
2024-05-03	2	480	480	287	0	168
2024-05-04	2	0	0	0	0	0
2024-05-05	2	0	0	0	0	0
2024-05-06	2	480	480	340	0	135
2024-05-07	2	480	480	372	0	193
2024-05-08	2	480	480	391	0	190
2024-05-09	2	480	480	301	19	149
2024-05-10	2	480	480	372	0	188
2024-05-11	2	0	0	0	0	0
2024-05-12	2	0	0	0	0	0
2024-05-13	2	480	480	297	0	98
2024-05-14	2	0	0	0	0	0
2024-05-15	2	0	0	0	0	0
2024-05-16	2	480	480	353	0	178
2024-05-17	2	480	480	328	0	140
2024-05-18	2	480	480	346	0	127
2024-05-19	2	480	480	347	0	173
2024-05-20	2	480	480	394	0	173
2024-05-21	2	480	480	336	0	174
2024-05-22	2	480	480	316	0	131
2024-05-23	2	480	480	341	0	116
2024-05-24	2	480	480	402	0	216
2024-05-25	2	0	0	0	0	0
2024-05-26	2	0	0	0	0	0
2024-05-27	2	480	480	351	0	134
2024-05-28	2	480	480	338	0	127
2024-05-29	2	480	480	365	16	188
2024-05-30	2	480	480	358	0	149
2024-05-31	2	480	480	353	0	134
2024-06-01	2	0	0	0	0	0
2024-06-02	2	0	0	0	0	0
2024-06-03	2	480	480	317	14	149
2024-06-04	2	0	0	0	0	0
2024-06-05	2	0	0	0	0	0
2024-06-06	2	480	480	354	19	166
2024-06-07	2	480	480	352	0	166
2024-06-08	2	480	480	331	0	103
2024-06-09	2	480	480	324	0	166
2024-06-10	2	480	480	363	0	128
2024-06-11	2	480	480	340	0	200
2024-06-12	2	480	480	284	0	100
2024-06-13	2	480	480	394	0	164
2024-06-14	2	480	480	346	0	206
2024-06-15	2	0	0	0	0	0
2024-06-16	2	0	0	0	0	0
2024-06-17	2	480	480	378	0	203
2024-06-18	2	480	480	299	0	125
2024-06-19	2	480	480	325	0	104
2024-06-20	2	480	480	308	0	98
2024-06-21	2	480	480	363	0	115
2024-06-22	2	0	0	0	0	0
2024-06-23	2	0	0	0	0	0
2024-06-24	2	480	480	328	0	177
2024-06-25	2	0	0	0	0	0
2024-06-26	2	0	0	0	0	0
2024-06-27	2	480	480	322	0	104
2024-06-28	2	480	480	315	84	178
2024-06-29	2	480	480	351	0	165
2024-06-30	2	480	480	354	0	155
2024-07-01	2	480	480	324	0	192
2024-07-02	2	480	480	315	0	119
2024-07-03	2	480	480	318	0	179
2024-07-04	2	480	480	366	0	146
2024-07-05	2	480	480	365	0	165
2024-07-06	2	0	0	0	0	0
2024-07-07	2	0	0	0	0	0
2024-07-08	2	480	480	299	0	111
2024-07-09	2	480	480	299	0	162
2024-07-10	2	480	480	385	0	208
2024-07-11	2	480	480	376	0	137
2024-07-12	2	480	480	295	0	96
2024-07-13	2	0	0	0	0	0
2024-07-14	2	0	0	0	0	0
2024-07-15	2	480	480	286	0	167
2024-07-16	2	0	0	0	0	0
2024-07-17	2	0	0	0	0	0
2024-07-18	2	480	480	306	0	111
2024-07-19	2	480	480	306	0	127
2024-07-20	2	480	480	343	0	106
2024-07-21	2	480	480	337	0	157
2024-07-22	2	480	480	349	0	146
2024-07-23	2	480	480	313	0	135
2024-07-24	2	480	480	298	0	98
2024-07-25	2	480	480	347	0	203
2024-07-26	2	480	480	349	0	145
2024-07-27	2	0	0	0	0	0
2024-07-28	2	0	0	0	0	0
2024-07-29	2	480	480	287	0	112
2024-07-30	2	480	480	304	0	140
2024-07-31	2	480	480	351	0	180
2024-08-01	2	480	480	360	10	141
2024-08-02	2	480	480	364	0	178
2024-08-03	2	0	0	0	0	0
2024-08-04	2	0	0	0	0	0
2024-08-05	2	480	480	358	0	141
2024-08-06	2	0	0	0	0	0
2024-08-07	2	0	0	0	0	0
2024-08-08	2	480	480	301	0	107
2024-08-09	2	480	480	393	0	195
2024-08-10	2	480	480	337	0	103
2024-08-11	2	480	480	374	0	211
2024-08-12	2	480	480	314	0	153
2024-08-13	2	480	480	311	9	112
2024-08-14	2	480	480	377	0	197
2024-08-15	2	480	480	327	0	109
2024-08-16	2	480	480	294	0	112
2024-08-17	2	0	0	0	0	0
2024-08-18	2	0	0	0	0	0
2024-08-19	2	480	480	360	0	128
2024-08-20	2	480	480	374	0	186
2024-08-21	2	480	480	323	0	191
2024-08-22	2	480	480	314	0	144
2024-08-23	2	480	480	364	0	120
2024-08-24	2	0	0	0	0	0
2024-08-25	2	0	0	0	0	0
2024-08-26	2	480	480	396	0	181
2024-08-27	2	0	0	0	0	0
2024-08-28	2	0	0	0	0	0
2024-08-29	2	480	480	360	0	119
2024-08-30	2	480	480	336	0	135
2024-08-31	2	480	480	351	0	161
2024-09-01	2	480	480	334	0	103
2024-09-02	2	480	480	327	0	142
2024-09-03	2	480	480	323	0	125
2024-09-04	2	480	480	315	0	177
2024-09-05	2	480	480	298	0	170
2024-09-06	2	480	480	351	0	191
2024-09-07	2	0	0	0	0	0
2024-09-08	2	0	0	0	0	0
2024-09-09	2	480	480	317	0	161
2024-09-10	2	480	480	333	0	152
2024-09-11	2	480	480	309	0	107
2024-09-12	2	480	480	307	0	164
2024-09-13	2	480	480	328	0	106
2024-09-14	2	0	0	0	0	0
2024-09-15	2	0	0	0	0	0
2024-09-16	2	480	480	362	0	148
2024-09-17	2	0	0	0	0	0
2024-09-18	2	0	0	0	0	0
2024-09-19	2	480	480	316	0	152
2024-09-20	2	480	480	342	0	159
2024-09-21	2	480	480	327	0	170
2024-09-22	2	480	480	330	0	192
2024-09-23	2	480	480	318	0	130
2024-09-24	2	480	480	315	0	155
2024-09-25	2	480	480	336	0	194
2024-09-26	2	480	480	327	0	113
2024-09-27	2	480	480	311	0	179
2024-09-28	2	0	0	0	0	0
2024-09-29	2	0	0	0	0	0
2024-09-30	2	480	480	335	0	199
2024-10-01	2	480	480	388	0	216
2024-10-02	2	480	480	367	0	145
2024-10-03	2	480	480	363	7	214
2024-10-04	2	480	480	351	0	143
2024-10-05	2	0	0	0	0	0
2024-10-06	2	0	0	0	0	0
2024-10-07	2	480	480	331	0	165
2024-10-08	2	0	0	0	0	0
2024-10-09	2	0	0	0	0	0
2024-10-10	2	480	480	347	0	163
2024-10-11	2	480	480	337	7	173
2024-10-12	2	480	480	323	37	126
2024-10-13	2	480	480	325	0	108
2024-10-14	2	480	480	337	0	127
2024-10-15	2	480	480	346	0	144
2024-10-16	2	480	480	344	0	197
2024-10-17	2	480	480	297	0	178
2024-10-18	2	480	480	342	0	183
2024-10-19	2	0	0	0	0	0
2024-10-20	2	0	0	0	0	0
2024-10-21	2	480	480	328	0	131
2024-10-22	2	480	480	343	0	145
2024-10-23	2	480	480	317	0	179
2024-10-24	2	480	480	356	0	133
2024-10-25	2	480	480	341	0	117
2024-10-26	2	0	0	0	0	0
2024-10-27	2	0	0	0	0	0
2024-10-28	2	480	480	339	0	164
2024-10-29	2	0	0	0	0	0
2024-10-30	2	0	0	0	0	0
2024-10-31	2	480	480	341	41	174
2024-11-01	2	480	480	302	0	139
2024-11-02	2	480	480	356	0	147
2024-11-03	2	480	480	301	6	180
2024-11-04	2	480	480	343	0	132
2024-11-05	2	480	480	346	0	154
2024-11-06	2	480	480	349	0	155
2024-11-07	2	480	480	362	0	171
2024-11-08	2	480	480	297	0	94
2024-11-09	2	0	0	0	0	0
2024-11-10	2	0	0	0	0	0
2024-11-11	2	480	480	335	0	115
2024-11-12	2	480	480	303	0	96
2024-11-13	2	480	480	317	0	180
2024-11-14	2	480	480	290	0	128
2024-11-15	2	480	480	360	0	165
2024-11-16	2	0	0	0	0	0
2024-11-17	2	0	0	0	0	0
2024-11-18	2	480	480	296	0	130
2024-11-19	2	0	0	0	0	0
2024-11-20	2	0	0	0	0	0
2024-11-21	2	480	480	356	0	168
2024-11-22	2	480	480	340	0	169
2024-11-23	2	480	480	331	0	102
2024-11-24	2	480	480	315	0	174
2024-11-25	2	480	480	271	0	161
2024-11-26	2	480	480	325	0	159
2024-11-27	2	480	480	305	0	158
2024-11-28	2	480	480	300	0	173
2024-11-29	2	480	480	359	6	111
2024-11-30	2	0	0	0	0	0
2024-12-01	2	0	0	0	0	0
2024-12-02	2	480	480	365	0	113
2024-12-03	2	480	480	360	0	127
2024-12-04	2	480	480	330	0	131
2024-12-05	2	480	480	386	25	192
2024-12-06	2	480	480	343	23	183
2024-12-07	2	0	0	0	0	0
2024-12-08	2	0	0	0	0	0
2024-12-09	2	480	480	329	0	113
2024-12-10	2	0	0	0	0	0
2024-12-11	2	0	0	0	0	0
2024-12-12	2	480	480	356	0	203
2024-12-13	2	480	480	301	0	168
2024-12-14	2	480	480	326	0	131
2024-12-15	2	480	480	329	0	140
2024-12-16	2	480	480	367	8	211
2024-12-17	2	480	480	320	18	121
2024-12-18	2	480	480	316	0	172
2024-12-19	2	480	480	332	0	190
2024-12-20	2	480	480	370	0	164
2024-12-21	2	0	0	0	0	0
2024-12-22	2	0	0	0	0	0
2024-12-23	2	480	480	340	0	178
2024-12-24	2	480	480	361	0	198
2024-12-25	2	480	480	322	0	127
2024-12-26	2	480	480	386	0	147
2024-12-27	2	480	480	333	0	166
2024-12-28	2	0	0	0	0	0
2024-12-29	2	0	0	0	0	0
2024-12-30	2	480	480	317	0	158
2024-12-31	2	0	0	0	0	0
2025-01-01	2	0	0	0	0	0
2025-01-02	2	480	480	322	0	141
2025-01-03	2	480	480	309	26	133
2025-01-04	2	480	480	362	0	198
2025-01-05	2	480	480	345	0	188
2025-01-06	2	480	480	311	0	149
2025-01-07	2	480	480	351	0	132
2025-01-08	2	480	480	327	0	190
2025-01-09	2	480	480	353	48	174
2025-01-10	2	480	480	339	0	132
2025-01-11	2	0	0	0	0	0
2025-01-12	2	0	0	0	0	0
2025-01-13	2	480	480	301	0	171
2025-01-14	2	480	480	289	0	97
2025-01-15	2	480	480	368	0	116
2025-01-16	2	480	480	319	0	163
2025-01-17	2	480	480	292	0	94
2025-01-18	2	0	0	0	0	0
2025-01-19	2	0	0	0	0	0
2025-01-20	2	480	480	357	31	153
2025-01-21	2	0	0	0	0	0
2025-01-22	2	0	0	0	0	0
2025-01-23	2	480	480	320	0	188
2025-01-24	2	480	480	357	0	113
2025-01-25	2	480	480	343	0	124
2025-01-26	2	480	480	342	0	125
2025-01-27	2	480	480	361	0	122
2025-01-28	2	480	480	336	0	111
2025-01-29	2	480	480	330	0	155
2025-01-30	2	480	480	345	0	176
2025-01-31	2	480	480	314	0	111
2025-02-01	2	0	0	0	0	0
2025-02-02	2	0	0	0	0	0
2025-02-03	2	480	480	312	0	109
2025-02-04	2	480	480	289	0	108
2025-02-05	2	480	480	350	0	179
2025-02-06	2	480	480	344	0	203
2025-02-07	2	480	480	381	0	162
2025-02-08	2	0	0	0	0	0
2025-02-09	2	0	0	0	0	0
2025-02-10	2	480	480	391	0	187
2025-02-11	2	0	0	0	0	0
2025-02-12	2	0	0	0	0	0
2025-02-13	2	480	480	314	0	184
2025-02-14	2	480	480	340	0	139
2025-02-15	2	480	480	324	0	134
2025-02-16	2	480	480	349	0	163
2025-02-17	2	480	480	325	0	172
2025-02-18	2	480	480	286	0	136
2025-02-19	2	480	480	322	0	99
2025-02-20	2	480	480	339	0	156
2025-02-21	2	480	480	294	0	169
2025-02-22	2	0	0	0	0	0
2025-02-23	2	0	0	0	0	0
2025-02-24	2	480	480	374	0	121
2025-02-25	2	480	480	386	0	223
2025-02-26	2	480	480	324	0	134
2025-02-27	2	480	480	366	0	162
2025-02-28	2	480	480	368	0	119
2025-03-01	2	0	0	0	0	0
2025-03-02	2	0	0	0	0	0
2025-03-03	2	480	480	355	0	184
2025-03-04	2	0	0	0	0	0
2025-03-05	2	0	0	0	0	0
2025-03-06	2	480	480	352	0	211
2025-03-07	2	480	480	304	0	139
2025-03-08	2	480	480	337	0	107
2025-03-09	2	480	480	341	0	139
2025-03-10	2	480	480	286	0	164
2025-03-11	2	480	480	282	0	153
2025-03-12	2	480	480	304	0	110
2025-03-13	2	480	480	374	0	136
2025-03-14	2	480	480	309	0	122
2025-03-15	2	0	0	0	0	0
2025-03-16	2	0	0	0	0	0
2025-03-17	2	480	480	326	0	99
2025-03-18	2	480	480	295	0	121
2025-03-19	2	480	480	300	0	95
2025-03-20	2	480	480	355	0	208
2025-03-21	2	480	480	322	0	137
2025-03-22	2	0	0	0	0	0
2025-03-23	2	0	0	0	0	0
2025-03-24	2	480	480	296	0	148
2025-03-25	2	0	0	0	0	0
2025-03-26	2	0	0	0	0	0
2025-03-27	2	480	480	315	0	152
2025-03-28	2	480	480	366	0	127
2025-03-29	2	480	480	332	0	138
2025-03-30	2	480	480	349	0	194
2025-03-31	2	480	480	327	0	157
2025-04-01	2	480	480	385	0	158
2025-04-02	2	480	480	351	0	188
2025-04-03	2	480	480	390	0	146
2025-04-04	2	480	480	374	0	178
2025-04-05	2	0	0	0	0	0
2025-04-06	2	0	0	0	0	0
2025-04-07	2	480	480	376	0	158
2025-04-08	2	480	480	305	0	133
2025-04-09	2	480	480	334	0	125
2025-04-10	2	480	480	341	0	162
2025-04-11	2	480	480	343	0	124
2025-04-12	2	0	0	0	0	0
2025-04-13	2	0	0	0	0	0
2025-04-14	2	480	480	326	0	145
2025-04-15	2	0	0	0	0	0
2025-04-16	2	0	0	0	0	0
2025-04-17	2	480	480	323	0	144
2025-04-18	2	480	480	377	0	191
2025-04-19	2	480	480	328	0	127
2025-04-20	2	480	480	349	0	163
2025-04-21	2	480	480	350	0	137
2025-04-22	2	480	480	350	0	161
2025-04-23	2	480	480	346	0	154
2025-04-24	2	480	480	341	0	169
2025-04-25	2	480	480	317	0	116
2025-04-26	2	0	0	0	0	0
2025-04-27	2	0	0	0	0	0
2025-04-28	2	480	480	340	0	185
2025-04-29	2	480	480	292	0	162
2025-04-30	2	480	480	278	42	177
2025-05-01	2	480	480	339	0	158
2025-05-02	2	480	480	323	0	133
2025-05-03	2	0	0	0	0	0
2025-05-04	2	0	0	0	0	0
2025-05-05	2	480	480	333	9	161
2025-05-06	2	0	0	0	0	0
2025-05-07	2	0	0	0	0	0
2025-05-08	2	480	480	338	0	142
2025-05-09	2	480	480	263	27	100
2025-05-10	2	480	480	334	0	193
2025-05-11	2	480	480	330	0	197
2025-05-12	2	480	480	356	0	110
2025-05-13	2	480	480	295	10	115
2025-05-14	2	480	480	341	0	119
2025-05-15	2	480	480	371	0	192
2025-05-16	2	480	480	325	0	123
2025-05-17	2	0	0	0	0	0
2025-05-18	2	0	0	0	0	0
2025-05-19	2	480	480	285	0	166
2025-05-20	2	480	480	320	0	187
2025-05-21	2	480	480	345	0	194
2025-05-22	2	480	480	317	0	129
2025-05-23	2	480	480	340	0	114
2025-05-24	2	0	0	0	0	0
2025-05-25	2	0	0	0	0	0
2025-05-26	2	480	480	392	0	197
2025-05-27	2	0	0	0	0	0
2025-05-28	2	0	0	0	0	0
2025-05-29	2	480	480	321	0	163
2025-05-30	2	480	480	370	0	185
2025-05-31	2	480	480	314	0	136
2025-06-01	2	480	480	341	22	117
2025-06-02	2	480	480	335	0	189
2025-06-03	2	480	480	352	0	196
2025-06-04	2	480	480	382	0	122
2025-06-05	2	480	480	332	0	109
2025-06-06	2	480	480	345	0	167
2025-06-07	2	0	0	0	0	0
2025-06-08	2	0	0	0	0	0
2025-06-09	2	480	480	329	0	195
2025-06-10	2	480	480	311	0	171
2025-06-11	2	480	480	335	0	108
2025-06-12	2	480	480	321	0	184
2025-06-13	2	480	480	322	80	166
2025-06-14	2	0	0	0	0	0
2025-06-15	2	0	0	0	0	0
2025-06-16	2	480	480	353	0	149
2025-06-17	2	0	0	0	0	0
2025-06-18	2	0	0	0	0	0
2025-06-19	2	480	480	329	0	165
2025-06-20	2	480	480	319	0	156
2025-06-21	2	480	480	288	0	146
2025-06-22	2	480	480	318	0	179
2025-06-23	2	480	480	328	0	147
2025-06-24	2	480	480	313	0	113
2025-06-25	2	480	480	312	8	113
2025-06-26	2	480	480	365	24	187
2025-06-27	2	480	480	355	0	112
2025-06-28	2	0	0	0	0	0
2025-06-29	2	0	0	0	0	0
2025-06-30	2	480	480	334	0	174
2025-07-01	2	480	480	310	0	93
2025-07-02	2	480	480	396	0	191
2025-07-03	2	480	480	332	0	108
2025-07-04	2	480	480	337	0	154
2025-07-05	2	0	0	0	0	0
2025-07-06	2	0	0	0	0	0
2025-07-07	2	480	480	280	0	97
2025-07-08	2	0	0	0	0	0
2025-07-09	2	0	0	0	0	0
2025-07-10	2	480	480	315	0	96
2025-07-11	2	480	480	321	0	98
2025-07-12	2	480	480	296	0	120
2025-07-13	2	480	480	386	0	132
2025-07-14	2	480	480	334	0	189
2025-07-15	2	480	480	310	0	138
2025-07-16	2	480	480	292	44	126
2025-07-17	2	480	480	338	0	104
2025-07-18	2	480	480	363	0	117
2025-07-19	2	0	0	0	0	0
2025-07-20	2	0	0	0	0	0
2025-07-21	2	480	480	333	0	193
2025-07-22	2	480	480	343	0	183
2025-07-23	2	480	480	263	0	108
2025-07-24	2	480	480	302	0	171
2025-07-25	2	480	480	369	0	155
2025-07-26	2	0	0	0	0	0
2025-07-27	2	0	0	0	0	0
2025-07-28	2	480	480	333	0	102
2025-07-29	2	0	0	0	0	0
2025-07-30	2	0	0	0	0	0
2025-07-31	2	480	480	342	0	102
2025-08-01	2	480	480	337	12	134
2025-08-02	2	480	480	281	0	139
2025-08-03	2	480	480	317	20	146
2025-08-04	2	480	480	351	0	185
2025-08-05	2	480	480	341	0	182
2025-08-06	2	480	480	348	0	163
2025-08-07	2	480	480	397	0	139
2025-08-08	2	480	480	335	0	197
2025-08-09	2	0	0	0	0	0
2025-08-10	2	0	0	0	0	0
2025-08-11	2	480	480	375	0	185
2025-08-12	2	480	480	345	0	124
2025-08-13	2	480	480	286	0	146
2025-08-14	2	480	480	352	18	192
2025-08-15	2	480	480	305	0	125
2025-08-16	2	0	0	0	0	0
2025-08-17	2	0	0	0	0	0
2025-08-18	2	480	480	291	0	167
2025-08-19	2	0	0	0	0	0
2025-08-20	2	0	0	0	0	0
2025-08-21	2	480	480	289	0	86
2023-09-15	3	480	480	324	0	132
2023-09-16	3	0	0	0	0	0
2023-09-17	3	0	0	0	0	0
2023-09-18	3	480	480	253	0	105
2023-09-19	3	480	480	357	0	145
2023-09-20	3	0	0	0	0	0
2023-09-21	3	0	0	0	0	0
2023-09-22	3	480	480	289	0	142
2023-09-23	3	480	480	307	0	162
2023-09-24	3	480	480	348	0	207
2023-09-25	3	480	480	342	14	129
2023-09-26	3	480	480	320	57	165
2023-09-27	3	480	480	313	9	106
2023-09-28	3	480	480	308	0	167
2023-09-29	3	480	480	387	59	197
2023-09-30	3	0	0	0	0	0
2023-10-01	3	0	0	0	0	0
2023-10-02	3	480	480	294	0	94
2023-10-03	3	480	480	281	0	168
2023-10-04	3	480	480	334	0	187
2023-10-05	3	480	480	375	0	188
2023-10-06	3	480	480	330	0	155
2023-10-07	3	0	0	0	0	0
2023-10-08	3	0	0	0	0	0
2023-10-09	3	480	480	331	0	145
2023-10-10	3	480	480	307	0	166
2023-10-11	3	0	0	0	0	0
2023-10-12	3	0	0	0	0	0
2023-10-13	3	480	480	293	0	134
2023-10-14	3	480	480	338	0	184
2023-10-15	3	480	480	328	0	155
2023-10-16	3	480	480	377	0	172
2023-10-17	3	480	480	380	60	187
2023-10-18	3	480	480	333	0	176
2023-10-19	3	480	480	327	0	176
2023-10-20	3	480	480	290	0	98
2023-10-21	3	0	0	0	0	0
2023-10-22	3	0	0	0	0	0
2023-10-23	3	480	480	299	0	170
2023-10-24	3	480	480	318	0	105
2023-10-25	3	480	480	314	0	136
2023-10-26	3	480	480	361	24	144
2023-10-27	3	480	480	386	0	182
2023-10-28	3	0	0	0	0	0
2023-10-29	3	0	0	0	0	0
2023-10-30	3	480	480	309	0	153
2023-10-31	3	480	480	310	0	117
2023-11-01	3	0	0	0	0	0
2023-11-02	3	0	0	0	0	0
2023-11-03	3	480	480	321	0	131
2023-11-04	3	480	480	356	0	143
2023-11-05	3	480	480	362	0	135
2023-11-06	3	480	480	349	15	163
2023-11-07	3	480	480	364	0	172
2023-11-08	3	480	480	303	0	171
2023-11-09	3	480	480	280	0	122
2023-11-10	3	480	480	327	0	137
2023-11-11	3	0	0	0	0	0
2023-11-12	3	0	0	0	0	0
2023-11-13	3	480	480	359	0	127
2023-11-14	3	480	480	356	0	132
2023-11-15	3	480	480	348	5	167
2023-11-16	3	480	480	277	6	162
2023-11-17	3	480	480	342	7	163
2023-11-18	3	0	0	0	0	0
2023-11-19	3	0	0	0	0	0
2023-11-20	3	480	480	336	20	152
2023-11-21	3	480	480	305	0	149
2023-11-22	3	0	0	0	0	0
2023-11-23	3	0	0	0	0	0
2023-11-24	3	480	480	308	0	159
2023-11-25	3	480	480	306	0	131
2023-11-26	3	480	480	311	0	158
2023-11-27	3	480	480	300	0	111
2023-11-28	3	480	480	349	0	185
2023-11-29	3	480	480	364	0	199
2023-11-30	3	480	480	357	0	191
2023-12-01	3	480	480	288	0	103
2023-12-02	3	0	0	0	0	0
2023-12-03	3	0	0	0	0	0
2023-12-04	3	480	480	319	0	147
2023-12-05	3	480	480	371	13	173
2023-12-06	3	480	480	333	0	138
2023-12-07	3	480	480	339	0	116
2023-12-08	3	480	480	337	0	117
2023-12-09	3	0	0	0	0	0
2023-12-10	3	0	0	0	0	0
2023-12-11	3	480	480	373	0	159
2023-12-12	3	480	480	353	0	127
2023-12-13	3	0	0	0	0	0
2023-12-14	3	0	0	0	0	0
2023-12-15	3	480	480	305	0	127
2023-12-16	3	480	480	317	0	138
2023-12-17	3	480	480	341	0	154
2023-12-18	3	480	480	327	0	180
2023-12-19	3	480	480	327	0	139
2023-12-20	3	480	480	324	0	147
2023-12-21	3	480	480	353	0	143
2023-12-22	3	480	480	327	0	195
2023-12-23	3	0	0	0	0	0
2023-12-24	3	0	0	0	0	0
2023-12-25	3	480	480	313	0	151
2023-12-26	3	480	480	351	0	130
2023-12-27	3	480	480	333	0	198
2023-12-28	3	480	480	375	10	130
2023-12-29	3	480	480	314	9	146
2023-12-30	3	0	0	0	0	0
2023-12-31	3	0	0	0	0	0
2024-01-01	3	480	480	357	0	136
2024-01-02	3	480	480	369	9	160
2024-01-03	3	0	0	0	0	0
2024-01-04	3	0	0	0	0	0
2024-01-05	3	480	480	349	9	121
2024-01-06	3	480	480	359	19	161
2024-01-07	3	480	480	326	0	167
2024-01-08	3	480	480	359	0	167
2024-01-09	3	480	480	287	0	152
2024-01-10	3	480	480	322	0	165
2024-01-11	3	480	480	296	35	126
2024-01-12	3	480	480	304	0	167
2024-01-13	3	0	0	0	0	0
2024-01-14	3	0	0	0	0	0
2024-01-15	3	480	480	346	0	206
2024-01-16	3	480	480	331	0	154
2024-01-17	3	480	480	347	0	106
2024-01-18	3	480	480	326	0	179
2024-01-19	3	480	480	310	0	179
2024-01-20	3	0	0	0	0	0
2024-01-21	3	0	0	0	0	0
2024-01-22	3	480	480	328	0	135
2024-01-23	3	480	480	374	0	151
2024-01-24	3	0	0	0	0	0
2024-01-25	3	0	0	0	0	0
2024-01-26	3	480	480	409	0	233
2024-01-27	3	480	480	410	0	215
2024-01-28	3	480	480	314	0	136
2024-01-29	3	480	480	276	0	110
2024-01-30	3	480	480	341	0	106
2024-01-31	3	480	480	345	0	164
2024-02-01	3	480	480	329	0	118
2024-02-02	3	480	480	304	0	157
2024-02-03	3	0	0	0	0	0
2024-02-04	3	0	0	0	0	0
2024-02-05	3	480	480	301	0	174
2024-02-06	3	480	480	380	0	181
2024-02-07	3	480	480	338	0	176
2024-02-08	3	480	480	352	0	167
2024-02-09	3	480	480	297	0	92
2024-02-10	3	0	0	0	0	0
2024-02-11	3	0	0	0	0	0
2024-02-12	3	480	480	329	30	127
2024-02-13	3	480	480	312	0	118
2024-02-14	3	0	0	0	0	0
2024-02-15	3	0	0	0	0	0
2024-02-16	3	480	480	295	0	115
2024-02-17	3	480	480	332	0	140
2024-02-18	3	480	480	339	0	116
2024-02-19	3	480	480	338	0	174
2024-02-20	3	480	480	310	0	170
2024-02-21	3	480	480	314	7	145
2024-02-22	3	480	480	343	0	126
2024-02-23	3	480	480	330	0	197
2024-02-24	3	0	0	0	0	0
2024-02-25	3	0	0	0	0	0
2024-02-26	3	480	480	327	0	195
2024-02-27	3	480	480	350	0	106
2024-02-28	3	480	480	328	0	112
2024-02-29	3	480	480	362	0	182
2024-03-01	3	480	480	342	0	157
2024-03-02	3	0	0	0	0	0
2024-03-03	3	0	0	0	0	0
2024-03-04	3	480	480	338	0	138
2024-03-05	3	480	480	337	0	166
2024-03-06	3	0	0	0	0	0
2024-03-07	3	0	0	0	0	0
2024-03-08	3	480	480	400	0	216
2024-03-09	3	480	480	305	0	135
2024-03-10	3	480	480	289	0	158
2024-03-11	3	480	480	343	0	117
2024-03-12	3	480	480	407	0	168
2024-03-13	3	480	480	343	5	113
2024-03-14	3	480	480	350	0	156
2024-03-15	3	480	480	368	0	184
2024-03-16	3	0	0	0	0	0
2024-03-17	3	0	0	0	0	0
2024-03-18	3	480	480	336	0	104
2024-03-19	3	480	480	337	0	150
2024-03-20	3	480	480	360	0	195
2024-03-21	3	480	480	351	0	195
2024-03-22	3	480	480	371	0	176
2024-03-23	3	0	0	0	0	0
2024-03-24	3	0	0	0	0	0
2024-03-25	3	480	480	325	0	169
2024-03-26	3	480	480	371	0	146
2024-03-27	3	0	0	0	0	0
2024-03-28	3	0	0	0	0	0
2024-03-29	3	480	480	315	0	112
2024-03-30	3	480	480	363	0	188
2024-03-31	3	480	480	379	0	186
2024-04-01	3	480	480	287	0	112
2024-04-02	3	480	480	276	0	115
2024-04-03	3	480	480	306	0	119
2024-04-04	3	480	480	393	0	233
2024-04-05	3	480	480	352	0	128
2024-04-06	3	0	0	0	0	0
2024-04-07	3	0	0	0	0	0
2024-04-08	3	480	480	308	0	161
2024-04-09	3	480	480	352	0	206
2024-04-10	3	480	480	334	0	193
2024-04-11	3	480	480	346	0	154
2024-04-12	3	480	480	331	0	118
2024-04-13	3	0	0	0	0	0
2024-04-14	3	0	0	0	0	0
2024-04-15	3	480	480	305	14	178
2024-04-16	3	480	480	335	0	140
2024-04-17	3	0	0	0	0	0
2024-04-18	3	0	0	0	0	0
2024-04-19	3	480	480	370	0	188
2024-04-20	3	480	480	365	17	141
2024-04-21	3	480	480	359	33	184
2024-04-22	3	480	480	358	26	219
2024-04-23	3	480	480	338	21	124
2024-04-24	3	480	480	340	0	162
2024-04-25	3	480	480	354	0	187
2024-04-26	3	480	480	389	0	203
2024-04-27	3	0	0	0	0	0
2024-04-28	3	0	0	0	0	0
2024-04-29	3	480	480	360	17	170
2024-04-30	3	480	480	305	0	157
2024-05-01	3	480	480	354	0	131
2024-05-02	3	480	480	312	0	185
2024-05-03	3	480	480	376	0	207
2024-05-04	3	0	0	0	0	0
2024-05-05	3	0	0	0	0	0
2024-05-06	3	480	480	306	0	144
2024-05-07	3	480	480	283	0	162
2024-05-08	3	0	0	0	0	0
2024-05-09	3	0	0	0	0	0
2024-05-10	3	480	480	364	0	165
2024-05-11	3	480	480	352	0	190
2024-05-12	3	480	480	312	0	168
2024-05-13	3	480	480	335	0	113
2024-05-14	3	480	480	302	0	126
2024-05-15	3	480	480	306	0	147
2024-05-16	3	480	480	316	0	155
2024-05-17	3	480	480	307	0	182
2024-05-18	3	0	0	0	0	0
2024-05-19	3	0	0	0	0	0
2024-05-20	3	480	480	278	0	112
2024-05-21	3	480	480	359	0	199
2024-05-22	3	480	480	317	0	188
2024-05-23	3	480	480	333	0	185
2024-05-24	3	480	480	330	0	174
2024-05-25	3	0	0	0	0	0
2024-05-26	3	0	0	0	0	0
2024-05-27	3	480	480	301	0	108
2024-05-28	3	480	480	368	17	172
2024-05-29	3	0	0	0	0	0
2024-05-30	3	0	0	0	0	0
2024-05-31	3	480	480	322	0	168
2024-06-01	3	480	480	383	0	115
2024-06-02	3	480	480	319	15	171
2024-06-03	3	480	480	362	13	182
2024-06-04	3	480	480	290	0	172
2024-06-05	3	480	480	373	0	170
2024-06-06	3	480	480	313	12	127
2024-06-07	3	480	480	311	0	164
2024-06-08	3	0	0	0	0	0
2024-06-09	3	0	0	0	0	0
2024-06-10	3	480	480	355	0	124
2024-06-11	3	480	480	350	0	134
2024-06-12	3	480	480	364	10	199
2024-06-13	3	480	480	344	8	133
2024-06-14	3	480	480	353	0	132
2024-06-15	3	0	0	0	0	0
2024-06-16	3	0	0	0	0	0
2024-06-17	3	480	480	318	65	143
2024-06-18	3	480	480	311	32	149
2024-06-19	3	0	0	0	0	0
2024-06-20	3	0	0	0	0	0
2024-06-21	3	480	480	375	0	140
2024-06-22	3	480	480	307	0	105
2024-06-23	3	480	480	360	0	197
2024-06-24	3	480	480	339	0	171
2024-06-25	3	480	480	283	0	123
2024-06-26	3	480	480	344	0	174
2024-06-27	3	480	480	329	0	195
2024-06-28	3	480	480	294	0	104
2024-06-29	3	0	0	0	0	0
2024-06-30	3	0	0	0	0	0
2024-07-01	3	480	480	312	0	103
2024-07-02	3	480	480	352	0	176
2024-07-03	3	480	480	313	0	184
2024-07-04	3	480	480	327	0	164
2024-07-05	3	480	480	335	0	147
2024-07-06	3	0	0	0	0	0
2024-07-07	3	0	0	0	0	0
2024-07-08	3	480	480	345	0	201
2024-07-09	3	480	480	314	0	126
2024-07-10	3	0	0	0	0	0
2024-07-11	3	0	0	0	0	0
2024-07-12	3	480	480	345	0	122
2024-07-13	3	480	480	323	0	156
2024-07-14	3	480	480	327	0	174
2024-07-15	3	480	480	339	0	121
2024-07-16	3	480	480	356	0	176
2024-07-17	3	480	480	350	0	161
2024-07-18	3	480	480	329	0	143
2024-07-19	3	480	480	272	0	148
2024-07-20	3	0	0	0	0	0
2024-07-21	3	0	0	0	0	0
2024-07-22	3	480	480	324	0	158
2024-07-23	3	480	480	352	0	115
2024-07-24	3	480	480	387	0	130
2024-07-25	3	480	480	333	0	152
2024-07-26	3	480	480	292	0	99
2024-07-27	3	0	0	0	0	0
2024-07-28	3	0	0	0	0	0
2024-07-29	3	480	480	297	0	172
2024-07-30	3	480	480	324	0	102
2024-07-31	3	0	0	0	0	0
2024-08-01	3	0	0	0	0	0
2024-08-02	3	480	480	359	0	183
2024-08-03	3	480	480	302	0	128
2024-08-04	3	480	480	315	0	172
2024-08-05	3	480	480	299	0	168
2024-08-06	3	480	480	380	0	175
2024-08-07	3	480	480	357	0	117
2024-08-08	3	480	480	323	0	133
2024-08-09	3	480	480	393	0	187
2024-08-10	3	0	0	0	0	0
2024-08-11	3	0	0	0	0	0
2024-08-12	3	480	480	348	0	198
2024-08-13	3	480	480	336	0	155
2024-08-14	3	480	480	362	0	130
2024-08-15	3	480	480	356	0	170
2024-08-16	3	480	480	336	23	126
2024-08-17	3	0	0	0	0	0
2024-08-18	3	0	0	0	0	0
2024-08-19	3	480	480	323	0	143
2024-08-20	3	480	480	367	15	175
2024-08-21	3	0	0	0	0	0
2024-08-22	3	0	0	0	0	0
2024-08-23	3	480	480	303	0	143
2024-08-24	3	480	480	311	0	182
2024-08-25	3	480	480	315	0	114
2024-08-26	3	480	480	367	6	134
2024-08-27	3	480	480	347	0	159
2024-08-28	3	480	480	326	0	116
2024-08-29	3	480	480	279	0	103
2024-08-30	3	480	480	365	0	218
2024-08-31	3	0	0	0	0	0
2024-09-01	3	0	0	0	0	0
2024-09-02	3	480	480	328	18	113
2024-09-03	3	480	480	297	0	93
2024-09-04	3	480	480	328	0	193
2024-09-05	3	480	480	320	0	126
2024-09-06	3	480	480	317	0	188
2024-09-07	3	0	0	0	0	0
2024-09-08	3	0	0	0	0	0
2024-09-09	3	480	480	277	8	157
2024-09-10	3	480	480	362	0	203
2024-09-11	3	0	0	0	0	0
2024-09-12	3	0	0	0	0	0
2024-09-13	3	480	480	358	0	168
2024-09-14	3	480	480	397	0	155
2024-09-15	3	480	480	340	0	135
2024-09-16	3	480	480	291	0	100
2024-09-17	3	480	480	311	0	151
2024-09-18	3	480	480	340	0	123
2024-09-19	3	480	480	335	0	131
2024-09-20	3	480	480	349	0	125
2024-09-21	3	0	0	0	0	0
2024-09-22	3	0	0	0	0	0
2024-09-23	3	480	480	296	0	169
2024-09-24	3	480	480	342	0	178
2024-09-25	3	480	480	298	0	153
2024-09-26	3	480	480	336	0	164
2024-09-27	3	480	480	346	0	174
2024-09-28	3	0	0	0	0	0
2024-09-29	3	0	0	0	0	0
2024-09-30	3	480	480	288	0	134
2024-10-01	3	480	480	311	0	151
2024-10-02	3	0	0	0	0	0
2024-10-03	3	0	0	0	0	0
2024-10-04	3	480	480	330	0	146
2024-10-05	3	480	480	317	0	143
2024-10-06	3	480	480	349	0	110
2024-10-07	3	480	480	269	0	131
2024-10-08	3	480	480	343	0	142
2024-10-09	3	480	480	385	0	159
2024-10-10	3	480	480	364	0	186
2024-10-11	3	480	480	324	0	161
2024-10-12	3	0	0	0	0	0
2024-10-13	3	0	0	0	0	0
2024-10-14	3	480	480	338	0	162
2024-10-15	3	480	480	299	13	110
2024-10-16	3	480	480	355	0	136
2024-10-17	3	480	480	411	0	172
2024-10-18	3	480	480	337	0	197
2024-10-19	3	0	0	0	0	0
2024-10-20	3	0	0	0	0	0
2024-10-21	3	480	480	338	0	106
2024-10-22	3	480	480	310	0	181
2024-10-23	3	0	0	0	0	0
2024-10-24	3	0	0	0	0	0
2024-10-25	3	480	480	374	0	157
2024-10-26	3	480	480	361	0	138
2024-10-27	3	480	480	289	0	106
2024-10-28	3	480	480	300	0	105
2024-10-29	3	480	480	365	0	118
2024-10-30	3	480	480	342	0	161
2024-10-31	3	480	480	349	0	120
2024-11-01	3	480	480	331	0	180
2024-11-02	3	0	0	0	0	0
2024-11-03	3	0	0	0	0	0
2024-11-04	3	480	480	366	0	216
2024-11-05	3	480	480	350	0	122
2024-11-06	3	480	480	382	0	220
2024-11-07	3	480	480	354	0	189
2024-11-08	3	480	480	365	0	199
2024-11-09	3	0	0	0	0	0
2024-11-10	3	0	0	0	0	0
2024-11-11	3	480	480	339	0	122
2024-11-12	3	480	480	392	0	202
2024-11-13	3	0	0	0	0	0
2024-11-14	3	0	0	0	0	0
2024-11-15	3	480	480	331	0	107
2024-11-16	3	480	480	373	0	204
2024-11-17	3	480	480	379	0	196
2024-11-18	3	480	480	347	0	110
2024-11-19	3	480	480	377	0	136
2024-11-20	3	480	480	269	35	146
2024-11-21	3	480	480	339	0	157
2024-11-22	3	480	480	308	0	112
2024-11-23	3	0	0	0	0	0
2024-11-24	3	0	0	0	0	0
2024-11-25	3	480	480	316	0	97
2024-11-26	3	480	480	356	0	110
2024-11-27	3	480	480	300	0	165
2024-11-28	3	480	480	330	0	155
2024-11-29	3	480	480	308	0	113
2024-11-30	3	0	0	0	0	0
2024-12-01	3	0	0	0	0	0
2024-12-02	3	480	480	328	0	180
2024-12-03	3	480	480	344	0	121
2024-12-04	3	0	0	0	0	0
2024-12-05	3	0	0	0	0	0
2024-12-06	3	480	480	314	0	106
2024-12-07	3	480	480	312	0	149
2024-12-08	3	480	480	358	0	122
2024-12-09	3	480	480	258	0	148
2024-12-10	3	480	480	368	0	150
2024-12-11	3	480	480	367	0	142
2024-12-12	3	480	480	318	0	143
2024-12-13	3	480	480	338	0	114
2024-12-14	3	0	0	0	0	0
2024-12-15	3	0	0	0	0	0
2024-12-16	3	480	480	348	0	177
2024-12-17	3	480	480	331	0	149
2024-12-18	3	480	480	299	0	98
2024-12-19	3	480	480	329	0	102
2024-12-20	3	480	480	331	0	152
2024-12-21	3	0	0	0	0	0
2024-12-22	3	0	0	0	0	0
2024-12-23	3	480	480	344	0	176
2024-12-24	3	480	480	352	0	163
2024-12-25	3	0	0	0	0	0
2024-12-26	3	0	0	0	0	0
2024-12-27	3	480	480	341	0	135
2024-12-28	3	480	480	296	0	165
2024-12-29	3	480	480	370	0	169
2024-12-30	3	480	480	345	0	151
2024-12-31	3	480	480	377	0	222
2025-01-01	3	480	480	310	0	104
2025-01-02	3	480	480	343	0	179
2025-01-03	3	480	480	332	0	160
2025-01-04	3	0	0	0	0	0
2025-01-05	3	0	0	0	0	0
2025-01-06	3	480	480	326	0	150
2025-01-07	3	480	480	344	0	128
2025-01-08	3	480	480	355	0	175
2025-01-09	3	480	480	308	0	152
2025-01-10	3	480	480	360	0	194
2025-01-11	3	0	0	0	0	0
2025-01-12	3	0	0	0	0	0
2025-01-13	3	480	480	325	0	120
2025-01-14	3	480	480	360	0	215
2025-01-15	3	0	0	0	0	0
2025-01-16	3	0	0	0	0	0
2025-01-17	3	480	480	349	0	143
2025-01-18	3	480	480	317	0	189
2025-01-19	3	480	480	304	0	112
2025-01-20	3	480	480	308	0	99
2025-01-21	3	480	480	315	0	110
2025-01-22	3	480	480	349	0	141
2025-01-23	3	480	480	371	0	162
2025-01-24	3	480	480	371	9	187
2025-01-25	3	0	0	0	0	0
2025-01-26	3	0	0	0	0	0
2025-01-27	3	480	480	339	0	111
2025-01-28	3	480	480	300	0	169
2025-01-29	3	480	480	344	35	217
2025-01-30	3	480	480	375	0	133
2025-01-31	3	480	480	349	0	144
2025-02-01	3	0	0	0	0	0
2025-02-02	3	0	0	0	0	0
2025-02-03	3	480	480	356	0	208
2025-02-04	3	480	480	322	0	125
2025-02-05	3	0	0	0	0	0
2025-02-06	3	0	0	0	0	0
2025-02-07	3	480	480	329	0	118
2025-02-08	3	480	480	307	0	140
2025-02-09	3	480	480	356	0	205
2025-02-10	3	480	480	367	0	140
2025-02-11	3	480	480	315	0	134
2025-02-12	3	480	480	332	0	171
2025-02-13	3	480	480	325	0	190
2025-02-14	3	480	480	386	0	173
2025-02-15	3	0	0	0	0	0
2025-02-16	3	0	0	0	0	0
2025-02-17	3	480	480	335	0	121
2025-02-18	3	480	480	327	0	122
2025-02-19	3	480	480	323	0	149
2025-02-20	3	480	480	367	0	166
2025-02-21	3	480	480	326	0	126
2025-02-22	3	0	0	0	0	0
2025-02-23	3	0	0	0	0	0
2025-02-24	3	480	480	359	0	170
2025-02-25	3	480	480	354	0	114
2025-02-26	3	0	0	0	0	0
2025-02-27	3	0	0	0	0	0
2025-02-28	3	480	480	265	0	114
2025-03-01	3	480	480	365	0	148
2025-03-02	3	480	480	327	0	159
2025-03-03	3	480	480	345	58	204
2025-03-04	3	480	480	298	0	117
2025-03-05	3	480	480	320	13	117
2025-03-06	3	480	480	325	0	100
2025-03-07	3	480	480	327	0	171
2025-03-08	3	0	0	0	0	0
2025-03-09	3	0	0	0	0	0
2025-03-10	3	480	480	343	0	182
2025-03-11	3	480	480	332	0	179
2025-03-12	3	480	480	328	0	117
2025-03-13	3	480	480	340	6	120
2025-03-14	3	480	480	367	0	217
2025-03-15	3	0	0	0	0	0
2025-03-16	3	0	0	0	0	0
2025-03-17	3	480	480	339	0	139
2025-03-18	3	480	480	352	0	160
2025-03-19	3	0	0	0	0	0
2025-03-20	3	0	0	0	0	0
2025-03-21	3	480	480	348	0	184
2025-03-22	3	480	480	308	21	189
2025-03-23	3	480	480	304	0	140
2025-03-24	3	480	480	333	0	111
2025-03-25	3	480	480	331	0	174
2025-03-26	3	480	480	321	0	109
2025-03-27	3	480	480	323	0	113
2025-03-28	3	480	480	294	0	99
2025-03-29	3	0	0	0	0	0
2025-03-30	3	0	0	0	0	0
2025-03-31	3	480	480	348	0	111
2025-04-01	3	480	480	329	0	107
2025-04-02	3	480	480	338	6	190
2025-04-03	3	480	480	389	0	123
2025-04-04	3	480	480	308	0	143
2025-04-05	3	0	0	0	0	0
2025-04-06	3	0	0	0	0	0
2025-04-07	3	480	480	355	0	169
2025-04-08	3	480	480	337	0	126
2025-04-09	3	0	0	0	0	0
2025-04-10	3	0	0	0	0	0
2025-04-11	3	480	480	281	0	162
2025-04-12	3	480	480	312	0	119
2025-04-13	3	480	480	344	0	153
2025-04-14	3	480	480	374	0	174
2025-04-15	3	480	480	315	0	135
2025-04-16	3	480	480	345	0	122
2025-04-17	3	480	480	346	0	158
2025-04-18	3	480	480	343	0	115
2025-04-19	3	0	0	0	0	0
2025-04-20	3	0	0	0	0	0
2025-04-21	3	480	480	358	0	122
2025-04-22	3	480	480	321	0	174
2025-04-23	3	480	480	392	0	222
2025-04-24	3	480	480	325	0	171
2025-04-25	3	480	480	382	0	116
2025-04-26	3	0	0	0	0	0
2025-04-27	3	0	0	0	0	0
2025-04-28	3	480	480	307	0	156
2025-04-29	3	480	480	352	0	172
2025-04-30	3	0	0	0	0	0
2025-05-01	3	0	0	0	0	0
2025-05-02	3	480	480	386	0	136
2025-05-03	3	480	480	367	0	204
2025-05-04	3	480	480	312	0	176
2025-05-05	3	480	480	344	0	121
2025-05-06	3	480	480	327	0	150
2025-05-07	3	480	480	320	0	149
2025-05-08	3	480	480	332	0	192
2025-05-09	3	480	480	368	0	179
2025-05-10	3	0	0	0	0	0
2025-05-11	3	0	0	0	0	0
2025-05-12	3	480	480	337	0	143
2025-05-13	3	480	480	363	0	161
2025-05-14	3	480	480	340	0	131
2025-05-15	3	480	480	375	0	179
2025-05-16	3	480	480	316	0	146
2025-05-17	3	0	0	0	0	0
2025-05-18	3	0	0	0	0	0
2025-05-19	3	480	480	359	0	148
2025-05-20	3	480	480	316	0	156
2025-05-21	3	0	0	0	0	0
2025-05-22	3	0	0	0	0	0
2025-05-23	3	480	480	287	0	133
2025-05-24	3	480	480	358	0	173
2025-05-25	3	480	480	280	11	104
2025-05-26	3	480	480	321	0	148
2025-05-27	3	480	480	336	0	189
2025-05-28	3	480	480	376	0	125
2025-05-29	3	480	480	360	0	181
2025-05-30	3	480	480	290	0	144
2025-05-31	3	0	0	0	0	0
2025-06-01	3	0	0	0	0	0
2025-06-02	3	480	480	330	0	169
2025-06-03	3	480	480	330	27	141
2025-06-04	3	480	480	314	10	186
2025-06-05	3	480	480	349	0	144
2025-06-06	3	480	480	348	0	147
2025-06-07	3	0	0	0	0	0
2025-06-08	3	0	0	0	0	0
2025-06-09	3	480	480	341	4	184
2025-06-10	3	480	480	307	0	173
2025-06-11	3	0	0	0	0	0
2025-06-12	3	0	0	0	0	0
2025-06-13	3	480	480	343	0	148
2025-06-14	3	480	480	316	0	174
2025-06-15	3	480	480	359	0	192
2025-06-16	3	480	480	391	17	230
2025-06-17	3	480	480	339	0	107
2025-06-18	3	480	480	317	8	182
2025-06-19	3	480	480	344	0	113
2025-06-20	3	480	480	392	0	207
2025-06-21	3	0	0	0	0	0
2025-06-22	3	0	0	0	0	0
2025-06-23	3	480	480	349	0	151
2025-06-24	3	480	480	335	0	116
2025-06-25	3	480	480	359	0	157
2025-06-26	3	480	480	383	0	129
2025-06-27	3	480	480	383	0	213
2025-06-28	3	0	0	0	0	0
2025-06-29	3	0	0	0	0	0
2025-06-30	3	480	480	308	0	184
2025-07-01	3	480	480	351	18	216
2025-07-02	3	0	0	0	0	0
2025-07-03	3	0	0	0	0	0
2025-07-04	3	480	480	394	0	182
2025-07-05	3	480	480	344	0	140
2025-07-06	3	480	480	299	0	100
2025-07-07	3	480	480	282	0	86
2025-07-08	3	480	480	334	41	170
2025-07-09	3	480	480	344	18	169
2025-07-10	3	480	480	366	0	160
2025-07-11	3	480	480	351	0	150
2025-07-12	3	0	0	0	0	0
2025-07-13	3	0	0	0	0	0
2025-07-14	3	480	480	372	0	173
2025-07-15	3	480	480	361	0	130
2025-07-16	3	480	480	323	0	162
2025-07-17	3	480	480	274	0	83
2025-07-18	3	480	480	325	0	172
2025-07-19	3	0	0	0	0	0
2025-07-20	3	0	0	0	0	0
2025-07-21	3	480	480	370	0	127
2025-07-22	3	480	480	348	0	204
2025-07-23	3	0	0	0	0	0
2025-07-24	3	0	0	0	0	0
2025-07-25	3	480	480	312	0	144
2025-07-26	3	480	480	338	0	159
2025-07-27	3	480	480	336	0	151
2025-07-28	3	480	480	335	0	105
2025-07-29	3	480	480	357	0	115
2025-07-30	3	480	480	384	0	171
2025-07-31	3	480	480	335	0	188
2025-08-01	3	480	480	341	0	141
2025-08-02	3	0	0	0	0	0
2025-08-03	3	0	0	0	0	0
2025-08-04	3	480	480	317	0	157
2025-08-05	3	480	480	349	0	125
2025-08-06	3	480	480	298	0	170
2025-08-07	3	480	480	373	0	166
2025-08-08	3	480	480	284	0	136
2025-08-09	3	0	0	0	0	0
2025-08-10	3	0	0	0	0	0
2025-08-11	3	480	480	336	0	184
2025-08-12	3	480	480	340	0	182
2025-08-13	3	0	0	0	0	0
2025-08-14	3	0	0	0	0	0
2025-08-15	3	480	480	335	0	124
2025-08-16	3	480	480	298	0	141
2025-08-17	3	480	480	358	0	207
2025-08-18	3	480	480	375	25	151
2025-08-19	3	480	480	366	26	195
2025-08-20	3	480	480	358	0	201
2025-08-21	3	480	480	296	0	171
2023-09-15	4	0	0	0	0	0
2023-09-16	4	480	480	280	0	154
2023-09-17	4	480	480	318	0	149
2023-09-18	4	480	480	335	15	149
2023-09-19	4	480	480	380	0	155
2023-09-20	4	480	480	380	17	126
2023-09-21	4	480	480	275	0	83
2023-09-22	4	480	480	348	0	200
2023-09-23	4	0	0	0	0	0
2023-09-24	4	0	0	0	0	0
2023-09-25	4	480	480	396	0	138
2023-09-26	4	480	480	311	23	147
2023-09-27	4	480	480	334	0	197
2023-09-28	4	480	480	385	0	133
2023-09-29	4	480	480	288	0	115
2023-09-30	4	0	0	0	0	0
2023-10-01	4	0	0	0	0	0
2023-10-02	4	480	480	381	0	202
2023-10-03	4	480	480	337	0	167
2023-10-04	4	480	480	326	16	185
2023-10-05	4	0	0	0	0	0
2023-10-06	4	0	0	0	0	0
2023-10-07	4	480	480	339	0	115
2023-10-08	4	480	480	294	8	157
2023-10-09	4	480	480	330	0	135
2023-10-10	4	480	480	383	0	190
2023-10-11	4	480	480	318	18	115
2023-10-12	4	480	480	377	0	146
2023-10-13	4	480	480	309	0	168
2023-10-14	4	0	0	0	0	0
2023-10-15	4	0	0	0	0	0
2023-10-16	4	480	480	353	34	195
2023-10-17	4	480	480	366	0	122
2023-10-18	4	480	480	330	0	128
2023-10-19	4	480	480	349	0	157
2023-10-20	4	480	480	326	0	187
2023-10-21	4	0	0	0	0	0
2023-10-22	4	0	0	0	0	0
2023-10-23	4	480	480	348	0	139
2023-10-24	4	480	480	350	0	208
2023-10-25	4	480	480	327	0	116
2023-10-26	4	0	0	0	0	0
2023-10-27	4	0	0	0	0	0
2023-10-28	4	480	480	400	0	132
2023-10-29	4	480	480	305	0	110
2023-10-30	4	480	480	352	0	137
2023-10-31	4	480	480	320	0	107
2023-11-01	4	480	480	283	0	155
2023-11-02	4	480	480	361	0	141
2023-11-03	4	480	480	322	22	199
2023-11-04	4	0	0	0	0	0
2023-11-05	4	0	0	0	0	0
2023-11-06	4	480	480	313	0	182
2023-11-07	4	480	480	352	0	120
2023-11-08	4	480	480	326	0	177
2023-11-09	4	480	480	352	0	143
2023-11-10	4	480	480	320	0	103
2023-11-11	4	0	0	0	0	0
2023-11-12	4	0	0	0	0	0
2023-11-13	4	480	480	358	0	203
2023-11-14	4	480	480	375	0	171
2023-11-15	4	480	480	354	0	135
2023-11-16	4	0	0	0	0	0
2023-11-17	4	0	0	0	0	0
2023-11-18	4	480	480	324	9	189
2023-11-19	4	480	480	333	0	181
2023-11-20	4	480	480	358	0	145
2023-11-21	4	480	480	300	0	136
2023-11-22	4	480	480	334	0	171
2023-11-23	4	480	480	306	0	122
2023-11-24	4	480	480	356	0	209
2023-11-25	4	0	0	0	0	0
2023-11-26	4	0	0	0	0	0
2023-11-27	4	480	480	383	0	227
2023-11-28	4	480	480	333	0	148
2023-11-29	4	480	480	339	0	111
2023-11-30	4	480	480	336	0	141
2023-12-01	4	480	480	352	0	198
2023-12-02	4	0	0	0	0	0
2023-12-03	4	0	0	0	0	0
2023-12-04	4	480	480	356	0	207
2023-12-05	4	480	480	330	28	190
2023-12-06	4	480	480	304	0	154
2023-12-07	4	0	0	0	0	0
2023-12-08	4	0	0	0	0	0
2023-12-09	4	480	480	317	0	169
2023-12-10	4	480	480	368	0	181
2023-12-11	4	480	480	331	0	109
2023-12-12	4	480	480	333	0	159
2023-12-13	4	480	480	303	0	172
2023-12-14	4	480	480	274	0	159
2023-12-15	4	480	480	299	0	111
2023-12-16	4	0	0	0	0	0
2023-12-17	4	0	0	0	0	0
2023-12-18	4	480	480	327	0	126
2023-12-19	4	480	480	327	17	131
2023-12-20	4	480	480	315	0	138
2023-12-21	4	480	480	340	0	159
2023-12-22	4	480	480	354	0	150
2023-12-23	4	0	0	0	0	0
2023-12-24	4	0	0	0	0	0
2023-12-25	4	480	480	324	0	171
2023-12-26	4	480	480	287	0	133
2023-12-27	4	480	480	340	0	120
2023-12-28	4	0	0	0	0	0
2023-12-29	4	0	0	0	0	0
2023-12-30	4	480	480	296	0	175
2023-12-31	4	480	480	319	0	185
2024-01-01	4	480	480	350	0	154
2024-01-02	4	480	480	377	0	137
2024-01-03	4	480	480	295	0	125
2024-01-04	4	480	480	380	0	170
2024-01-05	4	480	480	329	0	117
2024-01-06	4	0	0	0	0	0
2024-01-07	4	0	0	0	0	0
2024-01-08	4	480	480	335	0	159
2024-01-09	4	480	480	367	0	177
2024-01-10	4	480	480	313	0	187
2024-01-11	4	480	480	352	0	106
2024-01-12	4	480	480	371	8	170
2024-01-13	4	0	0	0	0	0
2024-01-14	4	0	0	0	0	0
2024-01-15	4	480	480	353	0	138
2024-01-16	4	480	480	395	0	232
2024-01-17	4	480	480	343	0	184
2024-01-18	4	0	0	0	0	0
2024-01-19	4	0	0	0	0	0
2024-01-20	4	480	480	385	0	207
2024-01-21	4	480	480	323	33	185
2024-01-22	4	480	480	320	0	108
2024-01-23	4	480	480	294	0	126
2024-01-24	4	480	480	317	0	141
2024-01-25	4	480	480	364	0	128
2024-01-26	4	480	480	290	7	129
2024-01-27	4	0	0	0	0	0
2024-01-28	4	0	0	0	0	0
2024-01-29	4	480	480	317	0	95
2024-01-30	4	480	480	337	0	150
2024-01-31	4	480	480	305	0	99
2024-02-01	4	480	480	395	0	219
2024-02-02	4	480	480	324	0	189
2024-02-03	4	0	0	0	0	0
2024-02-04	4	0	0	0	0	0
2024-02-05	4	480	480	351	0	164
2024-02-06	4	480	480	335	31	195
2024-02-07	4	480	480	330	0	101
2024-02-08	4	0	0	0	0	0
2024-02-09	4	0	0	0	0	0
2024-02-10	4	480	480	335	0	121
2024-02-11	4	480	480	286	0	150
2024-02-12	4	480	480	317	0	107
2024-02-13	4	480	480	339	0	144
2024-02-14	4	480	480	354	0	131
2024-02-15	4	480	480	299	0	125
2024-02-16	4	480	480	330	0	130
2024-02-17	4	0	0	0	0	0
2024-02-18	4	0	0	0	0	0
2024-02-19	4	480	480	337	0	201
2024-02-20	4	480	480	358	0	151
2024-02-21	4	480	480	350	0	135
2024-02-22	4	480	480	296	8	110
2024-02-23	4	480	480	327	0	189
2024-02-24	4	0	0	0	0	0
2024-02-25	4	0	0	0	0	0
2024-02-26	4	480	480	286	0	159
2024-02-27	4	480	480	307	0	146
2024-02-28	4	480	480	333	17	114
2024-02-29	4	0	0	0	0	0
2024-03-01	4	0	0	0	0	0
2024-03-02	4	480	480	376	0	154
2024-03-03	4	480	480	359	15	195
2024-03-04	4	480	480	312	0	129
2024-03-05	4	480	480	327	0	123
2024-03-06	4	480	480	360	22	153
2024-03-07	4	480	480	372	0	161
2024-03-08	4	480	480	324	0	177
2024-03-09	4	0	0	0	0	0
2024-03-10	4	0	0	0	0	0
2024-03-11	4	480	480	405	0	149
2024-03-12	4	480	480	335	0	178
2024-03-13	4	480	480	355	0	121
2024-03-14	4	480	480	361	28	192
2024-03-15	4	480	480	316	0	107
2024-03-16	4	0	0	0	0	0
2024-03-17	4	0	0	0	0	0
2024-03-18	4	480	480	308	0	167
2024-03-19	4	480	480	348	0	114
2024-03-20	4	480	480	345	0	171
2024-03-21	4	0	0	0	0	0
2024-03-22	4	0	0	0	0	0
2024-03-23	4	480	480	307	0	101
2024-03-24	4	480	480	388	0	118
2024-03-25	4	480	480	344	58	170
2024-03-26	4	480	480	307	0	154
2024-03-27	4	480	480	374	0	209
2024-03-28	4	480	480	360	0	135
2024-03-29	4	480	480	314	0	172
2024-03-30	4	0	0	0	0	0
2024-03-31	4	0	0	0	0	0
2024-04-01	4	480	480	348	0	133
2024-04-02	4	480	480	346	0	140
2024-04-03	4	480	480	353	0	170
2024-04-04	4	480	480	370	0	139
2024-04-05	4	480	480	327	0	119
2024-04-06	4	0	0	0	0	0
2024-04-07	4	0	0	0	0	0
2024-04-08	4	480	480	328	0	194
2024-04-09	4	480	480	325	0	149
2024-04-10	4	480	480	298	0	134
2024-04-11	4	0	0	0	0	0
2024-04-12	4	0	0	0	0	0
2024-04-13	4	480	480	356	0	184
2024-04-14	4	480	480	360	0	210
2024-04-15	4	480	480	345	0	202
2024-04-16	4	480	480	324	27	178
2024-04-17	4	480	480	344	0	158
2024-04-18	4	480	480	346	0	109
2024-04-19	4	480	480	337	0	139
2024-04-20	4	0	0	0	0	0
2024-04-21	4	0	0	0	0	0
2024-04-22	4	480	480	349	16	184
2024-04-23	4	480	480	361	0	113
2024-04-24	4	480	480	316	0	167
2024-04-25	4	480	480	349	0	109
2024-04-26	4	480	480	320	0	183
2024-04-27	4	0	0	0	0	0
2024-04-28	4	0	0	0	0	0
2024-04-29	4	480	480	344	0	103
2024-04-30	4	480	480	324	0	104
2024-05-01	4	480	480	383	0	125
2024-05-02	4	0	0	0	0	0
2024-05-03	4	0	0	0	0	0
2024-05-04	4	480	480	335	0	145
2024-05-05	4	480	480	298	0	117
2024-05-06	4	480	480	386	18	230
2024-05-07	4	480	480	326	0	150
2024-05-08	4	480	480	312	0	186
2024-05-09	4	480	480	301	0	136
2024-05-10	4	480	480	403	0	149
2024-05-11	4	0	0	0	0	0
2024-05-12	4	0	0	0	0	0
2024-05-13	4	480	480	380	0	150
2024-05-14	4	480	480	379	0	185
2024-05-15	4	480	480	308	0	109
2024-05-16	4	480	480	302	0	128
2024-05-17	4	480	480	303	0	103
2024-05-18	4	0	0	0	0	0
2024-05-19	4	0	0	0	0	0
2024-05-20	4	480	480	355	0	188
2024-05-21	4	480	480	302	0	107
2024-05-22	4	480	480	333	0	123
2024-05-23	4	0	0	0	0	0
2024-05-24	4	0	0	0	0	0
2024-05-25	4	480	480	298	15	148
2024-05-26	4	480	480	330	0	119
2024-05-27	4	480	480	364	0	164
2024-05-28	4	480	480	346	0	125
2024-05-29	4	480	480	353	0	111
2024-05-30	4	480	480	388	0	208
2024-05-31	4	480	480	363	0	120
2024-06-01	4	0	0	0	0	0
2024-06-02	4	0	0	0	0	0
2024-06-03	4	480	480	353	0	155
2024-06-04	4	480	480	361	0	160
2024-06-05	4	480	480	323	28	192
2024-06-06	4	480	480	371	0	158
2024-06-07	4	480	480	352	0	110
2024-06-08	4	0	0	0	0	0
2024-06-09	4	0	0	0	0	0
2024-06-10	4	480	480	320	0	187
2024-06-11	4	480	480	256	0	91
2024-06-12	4	480	480	348	0	202
2024-06-13	4	0	0	0	0	0
2024-06-14	4	0	0	0	0	0
2024-06-15	4	480	480	329	0	120
2024-06-16	4	480	480	330	0	184
2024-06-17	4	480	480	369	0	151
2024-06-18	4	480	480	273	14	101
2024-06-19	4	480	480	369	0	202
2024-06-20	4	480	480	364	0	147
2024-06-21	4	480	480	395	0	220
2024-06-22	4	0	0	0	0	0
2024-06-23	4	0	0	0	0	0
2024-06-24	4	480	480	292	0	138
2024-06-25	4	480	480	363	0	162
2024-06-26	4	480	480	302	0	165
2024-06-27	4	480	480	329	0	101
2024-06-28	4	480	480	296	0	174
2024-06-29	4	0	0	0	0	0
2024-06-30	4	0	0	0	0	0
2024-07-01	4	480	480	374	0	114
2024-07-02	4	480	480	334	0	143
2024-07-03	4	480	480	389	0	163
2024-07-04	4	0	0	0	0	0
2024-07-05	4	0	0	0	0	0
2024-07-06	4	480	480	343	0	123
2024-07-07	4	480	480	360	0	139
2024-07-08	4	480	480	324	0	154
2024-07-09	4	480	480	314	0	166
2024-07-10	4	480	480	383	0	226
2024-07-11	4	480	480	333	0	111
2024-07-12	4	480	480	361	25	133
2024-07-13	4	0	0	0	0	0
2024-07-14	4	0	0	0	0	0
2024-07-15	4	480	480	325	0	186
2024-07-16	4	480	480	316	0	116
2024-07-17	4	480	480	306	0	111
2024-07-18	4	480	480	358	0	154
2024-07-19	4	480	480	322	0	158
2024-07-20	4	0	0	0	0	0
2024-07-21	4	0	0	0	0	0
2024-07-22	4	480	480	380	0	165
2024-07-23	4	480	480	324	0	167
2024-07-24	4	480	480	336	0	101
2024-07-25	4	0	0	0	0	0
2024-07-26	4	0	0	0	0	0
2024-07-27	4	480	480	398	0	144
2024-07-28	4	480	480	325	11	110
2024-07-29	4	480	480	361	0	169
2024-07-30	4	480	480	362	0	198
2024-07-31	4	480	480	355	0	172
2024-08-01	4	480	480	342	0	132
2024-08-02	4	480	480	345	0	167
2024-08-03	4	0	0	0	0	0
2024-08-04	4	0	0	0	0	0
2024-08-05	4	480	480	325	0	151
2024-08-06	4	480	480	343	0	197
2024-08-07	4	480	480	381	0	146
2024-08-08	4	480	480	302	0	175
2024-08-09	4	480	480	342	0	193
2024-08-10	4	0	0	0	0	0
2024-08-11	4	0	0	0	0	0
2024-08-12	4	480	480	364	0	137
2024-08-13	4	480	480	387	0	188
2024-08-14	4	480	480	317	17	108
2024-08-15	4	0	0	0	0	0
2024-08-16	4	0	0	0	0	0
2024-08-17	4	480	480	321	0	101
2024-08-18	4	480	480	271	7	99
2024-08-19	4	480	480	309	0	132
2024-08-20	4	480	480	336	0	191
2024-08-21	4	480	480	336	0	198
2024-08-22	4	480	480	291	0	164
2024-08-23	4	480	480	328	92	173
2024-08-24	4	0	0	0	0	0
2024-08-25	4	0	0	0	0	0
2024-08-26	4	480	480	327	0	169
2024-08-27	4	480	480	309	0	147
2024-08-28	4	480	480	295	0	161
2024-08-29	4	480	480	310	22	184
2024-08-30	4	480	480	298	0	123
2024-08-31	4	0	0	0	0	0
2024-09-01	4	0	0	0	0	0
2024-09-02	4	480	480	310	18	138
2024-09-03	4	480	480	317	0	106
2024-09-04	4	480	480	301	0	145
2024-09-05	4	0	0	0	0	0
2024-09-06	4	0	0	0	0	0
2024-09-07	4	480	480	339	0	189
2024-09-08	4	480	480	334	0	106
2024-09-09	4	480	480	301	0	149
2024-09-10	4	480	480	321	0	112
2024-09-11	4	480	480	350	0	144
2024-09-12	4	480	480	327	0	142
2024-09-13	4	480	480	357	0	166
2024-09-14	4	0	0	0	0	0
2024-09-15	4	0	0	0	0	0
2024-09-16	4	480	480	322	0	98
2024-09-17	4	480	480	331	0	144
2024-09-18	4	480	480	313	0	109
2024-09-19	4	480	480	321	0	188
2024-09-20	4	480	480	349	0	161
2024-09-21	4	0	0	0	0	0
2024-09-22	4	0	0	0	0	0
2024-09-23	4	480	480	310	0	113
2024-09-24	4	480	480	349	0	160
2024-09-25	4	480	480	298	0	152
2024-09-26	4	0	0	0	0	0
2024-09-27	4	0	0	0	0	0
2024-09-28	4	480	480	357	0	156
2024-09-29	4	480	480	356	0	212
2024-09-30	4	480	480	369	0	152
2024-10-01	4	480	480	323	0	105
2024-10-02	4	480	480	382	0	186
2024-10-03	4	480	480	397	0	121
2024-10-04	4	480	480	368	0	158
2024-10-05	4	0	0	0	0	0
2024-10-06	4	0	0	0	0	0
2024-10-07	4	480	480	332	26	143
2024-10-08	4	480	480	358	0	128
2024-10-09	4	480	480	338	0	168
2024-10-10	4	480	480	352	0	181
2024-10-11	4	480	480	363	0	192
2024-10-12	4	0	0	0	0	0
2024-10-13	4	0	0	0	0	0
2024-10-14	4	480	480	310	0	176
2024-10-15	4	480	480	331	0	190
2024-10-16	4	480	480	335	0	111
2024-10-17	4	0	0	0	0	0
2024-10-18	4	0	0	0	0	0
2024-10-19	4	480	480	348	0	158
2024-10-20	4	480	480	366	0	124
2024-10-21	4	480	480	308	0	154
2024-10-22	4	480	480	297	0	176
2024-10-23	4	480	480	324	0	137
2024-10-24	4	480	480	389	0	224
2024-10-25	4	480	480	346	0	191
2024-10-26	4	0	0	0	0	0
2024-10-27	4	0	0	0	0	0
2024-10-28	4	480	480	285	0	101
2024-10-29	4	480	480	354	0	155
2024-10-30	4	480	480	297	0	133
2024-10-31	4	480	480	370	0	204
2024-11-01	4	480	480	327	0	155
2024-11-02	4	0	0	0	0	0
2024-11-03	4	0	0	0	0	0
2024-11-04	4	480	480	283	0	165
2024-11-05	4	480	480	282	0	97
2024-11-06	4	480	480	308	0	154
2024-11-07	4	0	0	0	0	0
2024-11-08	4	0	0	0	0	0
2024-11-09	4	480	480	376	0	168
2024-11-10	4	480	480	359	0	180
2024-11-11	4	480	480	293	0	123
2024-11-12	4	480	480	301	0	156
2024-11-13	4	480	480	385	0	205
2024-11-14	4	480	480	329	0	157
2024-11-15	4	480	480	362	0	115
2024-11-16	4	0	0	0	0	0
2024-11-17	4	0	0	0	0	0
2024-11-18	4	480	480	342	0	182
2024-11-19	4	480	480	375	0	146
2024-11-20	4	480	480	340	0	126
2024-11-21	4	480	480	339	0	134
2024-11-22	4	480	480	318	0	132
2024-11-23	4	0	0	0	0	0
2024-11-24	4	0	0	0	0	0
2024-11-25	4	480	480	299	29	114
2024-11-26	4	480	480	362	0	175
2024-11-27	4	480	480	331	0	114
2024-11-28	4	0	0	0	0	0
2024-11-29	4	0	0	0	0	0
2024-11-30	4	480	480	366	0	134
2024-12-01	4	480	480	379	0	115
2024-12-02	4	480	480	334	23	142
2024-12-03	4	480	480	344	0	145
2024-12-04	4	480	480	325	0	141
2024-12-05	4	480	480	308	0	155
2024-12-06	4	480	480	320	0	151
2024-12-07	4	0	0	0	0	0
2024-12-08	4	0	0	0	0	0
2024-12-09	4	480	480	337	66	147
2024-12-10	4	480	480	342	0	200
2024-12-11	4	480	480	271	0	152
2024-12-12	4	480	480	379	0	196
2024-12-13	4	480	480	294	0	102
2024-12-14	4	0	0	0	0	0
2024-12-15	4	0	0	0	0	0
2024-12-16	4	480	480	342	0	119
2024-12-17	4	480	480	357	0	132
2024-12-18	4	480	480	336	0	136
2024-12-19	4	0	0	0	0	0
2024-12-20	4	0	0	0	0	0
2024-12-21	4	480	480	309	0	119
2024-12-22	4	480	480	320	0	160
2024-12-23	4	480	480	383	0	163
2024-12-24	4	480	480	298	0	112
2024-12-25	4	480	480	335	0	124
2024-12-26	4	480	480	290	0	171
2024-12-27	4	480	480	393	0	126
2024-12-28	4	0	0	0	0	0
2024-12-29	4	0	0	0	0	0
2024-12-30	4	480	480	330	0	103
2024-12-31	4	480	480	344	0	193
2025-01-01	4	480	480	329	0	180
2025-01-02	4	480	480	383	0	217
2025-01-03	4	480	480	372	0	167
2025-01-04	4	0	0	0	0	0
2025-01-05	4	0	0	0	0	0
2025-01-06	4	480	480	334	0	168
2025-01-07	4	480	480	363	0	135
2025-01-08	4	480	480	315	0	180
2025-01-09	4	0	0	0	0	0
2025-01-10	4	0	0	0	0	0
2025-01-11	4	480	480	330	0	149
2025-01-12	4	480	480	308	0	125
2025-01-13	4	480	480	344	0	171
2025-01-14	4	480	480	363	0	121
2025-01-15	4	480	480	330	0	127
2025-01-16	4	480	480	343	0	173
2025-01-17	4	480	480	317	0	126
2025-01-18	4	0	0	0	0	0
2025-01-19	4	0	0	0	0	0
2025-01-20	4	480	480	397	0	178
2025-01-21	4	480	480	353	0	187
2025-01-22	4	480	480	349	0	135
2025-01-23	4	480	480	345	0	148
2025-01-24	4	480	480	340	16	166
2025-01-25	4	0	0	0	0	0
2025-01-26	4	0	0	0	0	0
2025-01-27	4	480	480	309	0	175
2025-01-28	4	480	480	328	0	186
2025-01-29	4	480	480	315	0	94
2025-01-30	4	0	0	0	0	0
2025-01-31	4	0	0	0	0	0
2025-02-01	4	480	480	411	0	234
2025-02-02	4	480	480	340	0	107
2025-02-03	4	480	480	341	0	156
2025-02-04	4	480	480	327	0	166
2025-02-05	4	480	480	307	0	92
2025-02-06	4	480	480	322	0	188
2025-02-07	4	480	480	348	0	128
2025-02-08	4	0	0	0	0	0
2025-02-09	4	0	0	0	0	0
2025-02-10	4	480	480	349	0	188
2025-02-11	4	480	480	382	0	225
2025-02-12	4	480	480	339	0	198
2025-02-13	4	480	480	307	0	168
2025-02-14	4	480	480	357	0	136
2025-02-15	4	0	0	0	0	0
2025-02-16	4	0	0	0	0	0
2025-02-17	4	480	480	306	0	126
2025-02-18	4	480	480	297	0	157
2025-02-19	4	480	480	293	0	140
2025-02-20	4	0	0	0	0	0
2025-02-21	4	0	0	0	0	0
2025-02-22	4	480	480	367	0	186
2025-02-23	4	480	480	351	0	185
2025-02-24	4	480	480	352	0	165
2025-02-25	4	480	480	343	0	150
2025-02-26	4	480	480	301	0	136
2025-02-27	4	480	480	331	35	181
2025-02-28	4	480	480	281	0	158
2025-03-01	4	0	0	0	0	0
2025-03-02	4	0	0	0	0	0
2025-03-03	4	480	480	352	0	180
2025-03-04	4	480	480	313	0	159
2025-03-05	4	480	480	392	0	143
2025-03-06	4	480	480	346	0	123
2025-03-07	4	480	480	344	0	172
2025-03-08	4	0	0	0	0	0
2025-03-09	4	0	0	0	0	0
2025-03-10	4	480	480	313	0	125
2025-03-11	4	480	480	420	0	192
2025-03-12	4	480	480	334	0	131
2025-03-13	4	0	0	0	0	0
2025-03-14	4	0	0	0	0	0
2025-03-15	4	480	480	289	0	171
2025-03-16	4	480	480	272	0	151
2025-03-17	4	480	480	300	0	94
2025-03-18	4	480	480	354	0	181
2025-03-19	4	480	480	367	0	172
2025-03-20	4	480	480	352	0	155
2025-03-21	4	480	480	332	0	167
2025-03-22	4	0	0	0	0	0
2025-03-23	4	0	0	0	0	0
2025-03-24	4	480	480	362	0	176
2025-03-25	4	480	480	320	0	121
2025-03-26	4	480	480	299	0	105
2025-03-27	4	480	480	345	0	109
2025-03-28	4	480	480	353	13	146
2025-03-29	4	0	0	0	0	0
2025-03-30	4	0	0	0	0	0
2025-03-31	4	480	480	356	0	114
2025-04-01	4	480	480	308	0	98
2025-04-02	4	480	480	384	0	218
2025-04-03	4	0	0	0	0	0
2025-04-04	4	0	0	0	0	0
2025-04-05	4	480	480	349	0	150
2025-04-06	4	480	480	371	0	219
2025-04-07	4	480	480	279	0	165
2025-04-08	4	480	480	400	0	162
2025-04-09	4	480	480	314	0	160
2025-04-10	4	480	480	326	0	171
2025-04-11	4	480	480	317	0	166
2025-04-12	4	0	0	0	0	0
2025-04-13	4	0	0	0	0	0
2025-04-14	4	480	480	355	15	187
2025-04-15	4	480	480	307	0	173
2025-04-16	4	480	480	305	0	130
2025-04-17	4	480	480	344	0	186
2025-04-18	4	480	480	370	0	131
2025-04-19	4	0	0	0	0	0
2025-04-20	4	0	0	0	0	0
2025-04-21	4	480	480	308	0	166
2025-04-22	4	480	480	346	0	141
2025-04-23	4	480	480	290	0	96
2025-04-24	4	0	0	0	0	0
2025-04-25	4	0	0	0	0	0
2025-04-26	4	480	480	361	0	206
2025-04-27	4	480	480	347	0	105
2025-04-28	4	480	480	354	0	188
2025-04-29	4	480	480	328	0	103
2025-04-30	4	480	480	317	0	188
2025-05-01	4	480	480	284	0	146
2025-05-02	4	480	480	372	0	172
2025-05-03	4	0	0	0	0	0
2025-05-04	4	0	0	0	0	0
2025-05-05	4	480	480	297	0	169
2025-05-06	4	480	480	308	18	135
2025-05-07	4	480	480	377	0	169
2025-05-08	4	480	480	339	0	150
2025-05-09	4	480	480	355	0	194
2025-05-10	4	0	0	0	0	0
2025-05-11	4	0	0	0	0	0
2025-05-12	4	480	480	384	0	136
2025-05-13	4	480	480	331	0	139
2025-05-14	4	480	480	347	0	146
2025-05-15	4	0	0	0	0	0
2025-05-16	4	0	0	0	0	0
2025-05-17	4	480	480	350	0	186
2025-05-18	4	480	480	301	0	141
2025-05-19	4	480	480	299	0	154
2025-05-20	4	480	480	337	0	156
2025-05-21	4	480	480	330	0	169
2025-05-22	4	480	480	283	0	117
2025-05-23	4	480	480	348	0	110
2025-05-24	4	0	0	0	0	0
2025-05-25	4	0	0	0	0	0
2025-05-26	4	480	480	381	0	212
2025-05-27	4	480	480	349	0	111
2025-05-28	4	480	480	340	0	115
2025-05-29	4	480	480	336	21	129
2025-05-30	4	480	480	320	0	179
2025-05-31	4	0	0	0	0	0
2025-06-01	4	0	0	0	0	0
2025-06-02	4	480	480	334	0	143
2025-06-03	4	480	480	304	0	111
2025-06-04	4	480	480	345	0	130
2025-06-05	4	0	0	0	0	0
2025-06-06	4	0	0	0	0	0
2025-06-07	4	480	480	330	0	146
2025-06-08	4	480	480	299	0	124
2025-06-09	4	480	480	357	0	173
2025-06-10	4	480	480	268	0	121
2025-06-11	4	480	480	372	0	124
2025-06-12	4	480	480	338	0	114
2025-06-13	4	480	480	317	0	127
2025-06-14	4	0	0	0	0	0
2025-06-15	4	0	0	0	0	0
2025-06-16	4	480	480	349	0	154
2025-06-17	4	480	480	295	0	141
2025-06-18	4	480	480	307	0	95
2025-06-19	4	480	480	332	0	122
2025-06-20	4	480	480	316	0	163
2025-06-21	4	0	0	0	0	0
2025-06-22	4	0	0	0	0	0
2025-06-23	4	480	480	267	0	87
2025-06-24	4	480	480	341	0	178
2025-06-25	4	480	480	306	0	122
2025-06-26	4	0	0	0	0	0
2025-06-27	4	0	0	0	0	0
2025-06-28	4	480	480	335	0	147
2025-06-29	4	480	480	393	0	140
2025-06-30	4	480	480	333	0	172
2025-07-01	4	480	480	346	0	198
2025-07-02	4	480	480	306	0	156
2025-07-03	4	480	480	293	0	118
2025-07-04	4	480	480	351	0	204
2025-07-05	4	0	0	0	0	0
2025-07-06	4	0	0	0	0	0
2025-07-07	4	480	480	309	0	183
2025-07-08	4	480	480	347	19	199
2025-07-09	4	480	480	372	0	208
2025-07-10	4	480	480	309	0	153
2025-07-11	4	480	480	268	0	139
2025-07-12	4	0	0	0	0	0
2025-07-13	4	0	0	0	0	0
2025-07-14	4	480	480	327	0	109
2025-07-15	4	480	480	341	0	161
2025-07-16	4	480	480	349	0	119
2025-07-17	4	0	0	0	0	0
2025-07-18	4	0	0	0	0	0
2025-07-19	4	480	480	324	0	160
2025-07-20	4	480	480	277	0	150
2025-07-21	4	480	480	331	20	169
2025-07-22	4	480	480	360	0	116
2025-07-23	4	480	480	377	0	140
2025-07-24	4	480	480	343	0	105
2025-07-25	4	480	480	302	39	127
2025-07-26	4	0	0	0	0	0
2025-07-27	4	0	0	0	0	0
2025-07-28	4	480	480	295	0	169
2025-07-29	4	480	480	332	0	166
2025-07-30	4	480	480	329	0	131
2025-07-31	4	480	480	345	0	163
2025-08-01	4	480	480	314	0	113
2025-08-02	4	0	0	0	0	0
2025-08-03	4	0	0	0	0	0
2025-08-04	4	480	480	318	0	148
2025-08-05	4	480	480	355	0	207
2025-08-06	4	480	480	353	20	186
2025-08-07	4	0	0	0	0	0
2025-08-08	4	0	0	0	0	0
2025-08-09	4	480	480	362	0	133
2025-08-10	4	480	480	344	0	206
2025-08-11	4	480	480	289	0	91
2025-08-12	4	480	480	343	0	150
2025-08-13	4	480	480	306	0	168
2025-08-14	4	480	480	383	0	201
2025-08-15	4	480	480	301	0	159
2025-08-16	4	0	0	0	0	0
2025-08-17	4	0	0	0	0	0
2025-08-18	4	480	480	350	0	148
2025-08-19	4	480	480	341	0	139
2025-08-20	4	480	480	322	0	136
2025-08-21	4	480	480	340	0	130
2023-09-15	5	480	480	362	0	199
2023-09-16	5	0	0	0	0	0
2023-09-17	5	0	0	0	0	0
2023-09-18	5	480	480	360	82	208
2023-09-19	5	480	480	338	0	110
2023-09-20	5	480	480	352	0	164
2023-09-21	5	480	480	356	0	149
2023-09-22	5	480	480	313	0	107
2023-09-23	5	0	0	0	0	0
2023-09-24	5	0	0	0	0	0
2023-09-25	5	0	0	0	0	0
2023-09-26	5	480	480	391	0	220
2023-09-27	5	480	480	360	0	178
2023-09-28	5	480	480	391	0	232
2023-09-29	5	0	0	0	0	0
2023-09-30	5	480	480	299	14	176
2023-10-01	5	480	480	381	0	157
2023-10-02	5	480	480	342	11	146
2023-10-03	5	480	480	334	0	144
2023-10-04	5	480	480	330	0	143
2023-10-05	5	480	480	337	0	176
2023-10-06	5	480	480	326	0	112
2023-10-07	5	0	0	0	0	0
2023-10-08	5	0	0	0	0	0
2023-10-09	5	480	480	308	0	176
2023-10-10	5	480	480	327	0	112
2023-10-11	5	480	480	378	0	123
2023-10-12	5	480	480	307	0	104
2023-10-13	5	480	480	391	0	195
2023-10-14	5	0	0	0	0	0
2023-10-15	5	0	0	0	0	0
2023-10-16	5	0	0	0	0	0
2023-10-17	5	480	480	332	0	179
2023-10-18	5	480	480	332	0	197
2023-10-19	5	480	480	349	0	150
2023-10-20	5	0	0	0	0	0
2023-10-21	5	480	480	335	0	194
2023-10-22	5	480	480	309	0	184
2023-10-23	5	480	480	340	0	201
2023-10-24	5	480	480	325	0	155
2023-10-25	5	480	480	415	0	155
2023-10-26	5	480	480	323	17	190
2023-10-27	5	480	480	317	19	174
2023-10-28	5	0	0	0	0	0
2023-10-29	5	0	0	0	0	0
2023-10-30	5	480	480	352	0	168
2023-10-31	5	480	480	309	0	167
2023-11-01	5	480	480	323	0	171
2023-11-02	5	480	480	261	0	106
2023-11-03	5	480	480	317	0	161
2023-11-04	5	0	0	0	0	0
2023-11-05	5	0	0	0	0	0
2023-11-06	5	0	0	0	0	0
2023-11-07	5	480	480	351	13	159
2023-11-08	5	480	480	384	0	215
2023-11-09	5	480	480	326	0	147
2023-11-10	5	0	0	0	0	0
2023-11-11	5	480	480	373	0	113
2023-11-12	5	480	480	344	0	111
2023-11-13	5	480	480	324	0	183
2023-11-14	5	480	480	371	0	194
2023-11-15	5	480	480	337	12	199
2023-11-16	5	480	480	316	0	124
2023-11-17	5	480	480	364	0	158
2023-11-18	5	0	0	0	0	0
2023-11-19	5	0	0	0	0	0
2023-11-20	5	480	480	313	15	171
2023-11-21	5	480	480	342	0	154
2023-11-22	5	480	480	348	0	126
2023-11-23	5	480	480	281	0	137
2023-11-24	5	480	480	327	0	167
2023-11-25	5	0	0	0	0	0
2023-11-26	5	0	0	0	0	0
2023-11-27	5	0	0	0	0	0
2023-11-28	5	480	480	344	0	193
2023-11-29	5	480	480	321	0	142
2023-11-30	5	480	480	344	0	205
2023-12-01	5	0	0	0	0	0
2023-12-02	5	480	480	308	0	98
2023-12-03	5	480	480	330	6	133
2023-12-04	5	480	480	358	0	198
2023-12-05	5	480	480	378	0	168
2023-12-06	5	480	480	397	0	142
2023-12-07	5	480	480	326	0	192
2023-12-08	5	480	480	338	0	116
2023-12-09	5	0	0	0	0	0
2023-12-10	5	0	0	0	0	0
2023-12-11	5	480	480	382	14	172
2023-12-12	5	480	480	359	0	169
2023-12-13	5	480	480	353	16	145
2023-12-14	5	480	480	342	0	169
2023-12-15	5	480	480	359	18	167
2023-12-16	5	0	0	0	0	0
2023-12-17	5	0	0	0	0	0
2023-12-18	5	0	0	0	0	0
2023-12-19	5	480	480	340	0	152
2023-12-20	5	480	480	297	0	134
2023-12-21	5	480	480	298	0	177
2023-12-22	5	0	0	0	0	0
2023-12-23	5	480	480	328	15	118
2023-12-24	5	480	480	390	0	156
2023-12-25	5	480	480	357	0	151
2023-12-26	5	480	480	339	0	162
2023-12-27	5	480	480	352	0	207
2023-12-28	5	480	480	362	0	188
2023-12-29	5	480	480	363	0	129
2023-12-30	5	0	0	0	0	0
2023-12-31	5	0	0	0	0	0
2024-01-01	5	480	480	312	0	151
2024-01-02	5	480	480	317	0	148
2024-01-03	5	480	480	306	0	157
2024-01-04	5	480	480	354	0	193
2024-01-05	5	480	480	311	0	141
2024-01-06	5	0	0	0	0	0
2024-01-07	5	0	0	0	0	0
2024-01-08	5	0	0	0	0	0
2024-01-09	5	480	480	268	0	135
2024-01-10	5	480	480	354	0	140
2024-01-11	5	480	480	364	12	193
2024-01-12	5	0	0	0	0	0
2024-01-13	5	480	480	312	0	158
2024-01-14	5	480	480	332	0	109
2024-01-15	5	480	480	360	16	209
2024-01-16	5	480	480	343	0	163
2024-01-17	5	480	480	332	0	157
2024-01-18	5	480	480	348	0	127
2024-01-19	5	480	480	363	0	123
2024-01-20	5	0	0	0	0	0
2024-01-21	5	0	0	0	0	0
2024-01-22	5	480	480	302	0	175
2024-01-23	5	480	480	331	0	134
2024-01-24	5	480	480	332	0	181
2024-01-25	5	480	480	344	0	156
2024-01-26	5	480	480	316	5	167
2024-01-27	5	0	0	0	0	0
2024-01-28	5	0	0	0	0	0
2024-01-29	5	0	0	0	0	0
2024-01-30	5	480	480	398	0	187
2024-01-31	5	480	480	296	0	134
2024-02-01	5	480	480	344	0	156
2024-02-02	5	0	0	0	0	0
2024-02-03	5	480	480	339	0	157
2024-02-04	5	480	480	311	17	171
2024-02-05	5	480	480	398	0	207
2024-02-06	5	480	480	377	0	213
2024-02-07	5	480	480	306	0	116
2024-02-08	5	480	480	270	0	136
2024-02-09	5	480	480	360	0	127
2024-02-10	5	0	0	0	0	0
2024-02-11	5	0	0	0	0	0
2024-02-12	5	480	480	333	0	119
2024-02-13	5	480	480	293	48	166
2024-02-14	5	480	480	327	0	169
2024-02-15	5	480	480	308	0	143
2024-02-16	5	480	480	278	0	140
2024-02-17	5	0	0	0	0	0
2024-02-18	5	0	0	0	0	0
2024-02-19	5	0	0	0	0	0
2024-02-20	5	480	480	359	21	219
2024-02-21	5	480	480	380	0	118
2024-02-22	5	480	480	295	0	90
2024-02-23	5	0	0	0	0	0
2024-02-24	5	480	480	357	0	158
2024-02-25	5	480	480	268	13	135
2024-02-26	5	480	480	375	9	195
2024-02-27	5	480	480	310	0	136
2024-02-28	5	480	480	354	15	182
2024-02-29	5	480	480	350	0	123
2024-03-01	5	480	480	314	0	130
2024-03-02	5	0	0	0	0	0
2024-03-03	5	0	0	0	0	0
2024-03-04	5	480	480	277	0	162
2024-03-05	5	480	480	306	0	127
2024-03-06	5	480	480	316	0	108
2024-03-07	5	480	480	370	0	159
2024-03-08	5	480	480	377	0	184
2024-03-09	5	0	0	0	0	0
2024-03-10	5	0	0	0	0	0
2024-03-11	5	0	0	0	0	0
2024-03-12	5	480	480	337	0	191
2024-03-13	5	480	480	330	0	114
2024-03-14	5	480	480	381	0	166
2024-03-15	5	0	0	0	0	0
2024-03-16	5	480	480	299	0	116
2024-03-17	5	480	480	311	0	125
2024-03-18	5	480	480	343	0	180
2024-03-19	5	480	480	354	0	180
2024-03-20	5	480	480	373	0	183
2024-03-21	5	480	480	349	0	136
2024-03-22	5	480	480	351	0	109
2024-03-23	5	0	0	0	0	0
2024-03-24	5	0	0	0	0	0
2024-03-25	5	480	480	327	0	136
2024-03-26	5	480	480	339	0	153
2024-03-27	5	480	480	331	0	106
2024-03-28	5	480	480	326	0	146
2024-03-29	5	480	480	323	0	103
2024-03-30	5	0	0	0	0	0
2024-03-31	5	0	0	0	0	0
2024-04-01	5	0	0	0	0	0
2024-04-02	5	480	480	336	0	179
2024-04-03	5	480	480	324	0	130
2024-04-04	5	480	480	367	0	114
2024-04-05	5	0	0	0	0	0
2024-04-06	5	480	480	299	0	160
2024-04-07	5	480	480	329	0	122
2024-04-08	5	480	480	324	0	133
2024-04-09	5	480	480	351	0	185
2024-04-10	5	480	480	387	0	212
2024-04-11	5	480	480	382	0	120
2024-04-12	5	480	480	319	0	185
2024-04-13	5	0	0	0	0	0
2024-04-14	5	0	0	0	0	0
2024-04-15	5	480	480	315	32	193
2024-04-16	5	480	480	342	0	143
2024-04-17	5	480	480	359	11	128
2024-04-18	5	480	480	396	0	172
2024-04-19	5	480	480	378	0	226
2024-04-20	5	0	0	0	0	0
2024-04-21	5	0	0	0	0	0
2024-04-22	5	0	0	0	0	0
2024-04-23	5	480	480	303	0	112
2024-04-24	5	480	480	317	0	98
2024-04-25	5	480	480	345	0	193
2024-04-26	5	0	0	0	0	0
2024-04-27	5	480	480	366	0	128
2024-04-28	5	480	480	346	0	143
2024-04-29	5	480	480	335	0	189
2024-04-30	5	480	480	348	10	126
2024-05-01	5	480	480	320	0	175
2024-05-02	5	480	480	312	0	128
2024-05-03	5	480	480	320	0	113
2024-05-04	5	0	0	0	0	0
2024-05-05	5	0	0	0	0	0
2024-05-06	5	480	480	306	0	92
2024-05-07	5	480	480	342	0	186
2024-05-08	5	480	480	353	0	134
2024-05-09	5	480	480	350	0	133
2024-05-10	5	480	480	365	0	206
2024-05-11	5	0	0	0	0	0
2024-05-12	5	0	0	0	0	0
2024-05-13	5	0	0	0	0	0
2024-05-14	5	480	480	352	0	106
2024-05-15	5	480	480	331	0	158
2024-05-16	5	480	480	325	0	192
2024-05-17	5	0	0	0	0	0
2024-05-18	5	480	480	333	0	120
2024-05-19	5	480	480	317	0	114
2024-05-20	5	480	480	318	0	109
2024-05-21	5	480	480	302	0	176
2024-05-22	5	480	480	379	0	127
2024-05-23	5	480	480	343	0	146
2024-05-24	5	480	480	300	0	172
2024-05-25	5	0	0	0	0	0
2024-05-26	5	0	0	0	0	0
2024-05-27	5	480	480	348	0	195
2024-05-28	5	480	480	352	0	142
2024-05-29	5	480	480	354	0	119
2024-05-30	5	480	480	319	0	114
2024-05-31	5	480	480	362	0	170
2024-06-01	5	0	0	0	0	0
2024-06-02	5	0	0	0	0	0
2024-06-03	5	0	0	0	0	0
2024-06-04	5	480	480	383	0	202
2024-06-05	5	480	480	312	0	162
2024-06-06	5	480	480	344	0	195
2024-06-07	5	0	0	0	0	0
2024-06-08	5	480	480	369	0	174
2024-06-09	5	480	480	329	0	186
2024-06-10	5	480	480	351	0	194
2024-06-11	5	480	480	323	0	175
2024-06-12	5	480	480	312	0	172
2024-06-13	5	480	480	318	0	160
2024-06-14	5	480	480	360	0	151
2024-06-15	5	0	0	0	0	0
2024-06-16	5	0	0	0	0	0
2024-06-17	5	480	480	371	0	124
2024-06-18	5	480	480	326	0	156
2024-06-19	5	480	480	320	16	182
2024-06-20	5	480	480	357	0	143
2024-06-21	5	480	480	360	0	172
2024-06-22	5	0	0	0	0	0
2024-06-23	5	0	0	0	0	0
2024-06-24	5	0	0	0	0	0
2024-06-25	5	480	480	408	0	200
2024-06-26	5	480	480	346	0	191
2024-06-27	5	480	480	329	0	176
2024-06-28	5	0	0	0	0	0
2024-06-29	5	480	480	320	0	135
2024-06-30	5	480	480	313	29	165
2024-07-01	5	480	480	343	0	141
2024-07-02	5	480	480	282	0	145
2024-07-03	5	480	480	317	0	179
2024-07-04	5	480	480	332	0	162
2024-07-05	5	480	480	344	7	157
2024-07-06	5	0	0	0	0	0
2024-07-07	5	0	0	0	0	0
2024-07-08	5	480	480	316	9	128
2024-07-09	5	480	480	386	12	176
2024-07-10	5	480	480	391	4	138
2024-07-11	5	480	480	345	0	152
2024-07-12	5	480	480	351	0	155
2024-07-13	5	0	0	0	0	0
2024-07-14	5	0	0	0	0	0
2024-07-15	5	0	0	0	0	0
2024-07-16	5	480	480	307	0	118
2024-07-17	5	480	480	355	0	157
2024-07-18	5	480	480	308	0	163
2024-07-19	5	0	0	0	0	0
2024-07-20	5	480	480	333	0	107
2024-07-21	5	480	480	341	0	175
2024-07-22	5	480	480	362	0	212
2024-07-23	5	480	480	328	0	123
2024-07-24	5	480	480	310	0	102
2024-07-25	5	480	480	305	0	172
2024-07-26	5	480	480	315	0	120
2024-07-27	5	0	0	0	0	0
2024-07-28	5	0	0	0	0	0
2024-07-29	5	480	480	339	0	157
2024-07-30	5	480	480	325	0	111
2024-07-31	5	480	480	358	0	160
2024-08-01	5	480	480	311	0	133
2024-08-02	5	480	480	354	0	143
2024-08-03	5	0	0	0	0	0
2024-08-04	5	0	0	0	0	0
2024-08-05	5	0	0	0	0	0
2024-08-06	5	480	480	320	0	131
2024-08-07	5	480	480	366	0	171
2024-08-08	5	480	480	316	0	107
2024-08-09	5	0	0	0	0	0
2024-08-10	5	480	480	318	0	104
2024-08-11	5	480	480	316	0	165
2024-08-12	5	480	480	331	0	145
2024-08-13	5	480	480	312	0	98
2024-08-14	5	480	480	326	0	125
2024-08-15	5	480	480	297	0	138
2024-08-16	5	480	480	349	0	201
2024-08-17	5	0	0	0	0	0
2024-08-18	5	0	0	0	0	0
2024-08-19	5	480	480	344	0	128
2024-08-20	5	480	480	365	0	158
2024-08-21	5	480	480	322	0	170
2024-08-22	5	480	480	325	0	181
2024-08-23	5	480	480	348	0	175
2024-08-24	5	0	0	0	0	0
2024-08-25	5	0	0	0	0	0
2024-08-26	5	0	0	0	0	0
2024-08-27	5	480	480	367	0	157
2024-08-28	5	480	480	359	0	198
2024-08-29	5	480	480	342	0	201
2024-08-30	5	0	0	0	0	0
2024-08-31	5	480	480	378	0	199
2024-09-01	5	480	480	314	0	173
2024-09-02	5	480	480	324	0	131
2024-09-03	5	480	480	342	0	189
2024-09-04	5	480	480	356	0	126
2024-09-05	5	480	480	284	0	124
2024-09-06	5	480	480	348	0	188
2024-09-07	5	0	0	0	0	0
2024-09-08	5	0	0	0	0	0
2024-09-09	5	480	480	362	50	175
2024-09-10	5	480	480	343	0	119
2024-09-11	5	480	480	343	0	104
2024-09-12	5	480	480	401	0	212
2024-09-13	5	480	480	339	0	195
2024-09-14	5	0	0	0	0	0
2024-09-15	5	0	0	0	0	0
2024-09-16	5	0	0	0	0	0
2024-09-17	5	480	480	340	0	109
2024-09-18	5	480	480	336	0	108
2024-09-19	5	480	480	359	0	125
2024-09-20	5	0	0	0	0	0
2024-09-21	5	480	480	347	0	174
2024-09-22	5	480	480	345	0	173
2024-09-23	5	480	480	394	0	196
2024-09-24	5	480	480	353	0	135
2024-09-25	5	480	480	314	0	151
2024-09-26	5	480	480	321	0	112
2024-09-27	5	480	480	339	0	190
2024-09-28	5	0	0	0	0	0
2024-09-29	5	0	0	0	0	0
2024-09-30	5	480	480	294	0	91
2024-10-01	5	480	480	368	0	211
2024-10-02	5	480	480	312	0	152
2024-10-03	5	480	480	322	0	107
2024-10-04	5	480	480	312	0	156
2024-10-05	5	0	0	0	0	0
2024-10-06	5	0	0	0	0	0
2024-10-07	5	0	0	0	0	0
2024-10-08	5	480	480	354	10	137
2024-10-09	5	480	480	348	0	181
2024-10-10	5	480	480	321	0	149
2024-10-11	5	0	0	0	0	0
2024-10-12	5	480	480	322	0	158
2024-10-13	5	480	480	307	0	97
2024-10-14	5	480	480	305	19	153
2024-10-15	5	480	480	300	0	102
2024-10-16	5	480	480	391	0	149
2024-10-17	5	480	480	323	0	126
2024-10-18	5	480	480	318	0	161
2024-10-19	5	0	0	0	0	0
2024-10-20	5	0	0	0	0	0
2024-10-21	5	480	480	313	0	172
2024-10-22	5	480	480	334	0	181
2024-10-23	5	480	480	354	0	195
2024-10-24	5	480	480	335	0	187
2024-10-25	5	480	480	388	0	170
2024-10-26	5	0	0	0	0	0
2024-10-27	5	0	0	0	0	0
2024-10-28	5	0	0	0	0	0
2024-10-29	5	480	480	308	0	139
2024-10-30	5	480	480	349	0	207
2024-10-31	5	480	480	311	0	132
2024-11-01	5	0	0	0	0	0
2024-11-02	5	480	480	320	0	166
2024-11-03	5	480	480	336	0	111
2024-11-04	5	480	480	354	0	156
2024-11-05	5	480	480	339	0	150
2024-11-06	5	480	480	326	0	175
2024-11-07	5	480	480	308	13	111
2024-11-08	5	480	480	349	0	133
2024-11-09	5	0	0	0	0	0
2024-11-10	5	0	0	0	0	0
2024-11-11	5	480	480	342	0	150
2024-11-12	5	480	480	341	0	106
2024-11-13	5	480	480	396	0	227
2024-11-14	5	480	480	328	0	160
2024-11-15	5	480	480	328	0	148
2024-11-16	5	0	0	0	0	0
2024-11-17	5	0	0	0	0	0
2024-11-18	5	0	0	0	0	0
2024-11-19	5	480	480	367	0	141
2024-11-20	5	480	480	305	0	160
2024-11-21	5	480	480	328	0	177
2024-11-22	5	0	0	0	0	0
2024-11-23	5	480	480	346	0	182
2024-11-24	5	480	480	333	0	127
2024-11-25	5	480	480	327	0	154
2024-11-26	5	480	480	363	0	209
2024-11-27	5	480	480	300	0	119
2024-11-28	5	480	480	332	0	130
2024-11-29	5	480	480	358	16	162
2024-11-30	5	0	0	0	0	0
2024-12-01	5	0	0	0	0	0
2024-12-02	5	480	480	322	0	179
2024-12-03	5	480	480	344	0	122
2024-12-04	5	480	480	386	0	125
2024-12-05	5	480	480	312	0	138
2024-12-06	5	480	480	360	0	196
2024-12-07	5	0	0	0	0	0
2024-12-08	5	0	0	0	0	0
2024-12-09	5	0	0	0	0	0
2024-12-10	5	480	480	372	0	178
2024-12-11	5	480	480	359	0	111
2024-12-12	5	480	480	345	0	177
2024-12-13	5	0	0	0	0	0
2024-12-14	5	480	480	325	0	190
2024-12-15	5	480	480	398	0	177
2024-12-16	5	480	480	333	0	195
2024-12-17	5	480	480	371	14	142
2024-12-18	5	480	480	400	0	131
2024-12-19	5	480	480	273	0	144
2024-12-20	5	480	480	334	0	169
2024-12-21	5	0	0	0	0	0
2024-12-22	5	0	0	0	0	0
2024-12-23	5	480	480	338	0	196
2024-12-24	5	480	480	336	0	145
2024-12-25	5	480	480	358	0	140
2024-12-26	5	480	480	283	0	93
2024-12-27	5	480	480	323	0	98
2024-12-28	5	0	0	0	0	0
2024-12-29	5	0	0	0	0	0
2024-12-30	5	0	0	0	0	0
2024-12-31	5	480	480	297	0	97
2025-01-01	5	480	480	305	0	130
2025-01-02	5	480	480	284	0	152
2025-01-03	5	0	0	0	0	0
2025-01-04	5	480	480	331	0	133
2025-01-05	5	480	480	323	13	124
2025-01-06	5	480	480	371	0	140
2025-01-07	5	480	480	336	0	135
2025-01-08	5	480	480	286	0	122
2025-01-09	5	480	480	379	0	171
2025-01-10	5	480	480	365	20	124
2025-01-11	5	0	0	0	0	0
2025-01-12	5	0	0	0	0	0
2025-01-13	5	480	480	329	0	119
2025-01-14	5	480	480	362	0	132
2025-01-15	5	480	480	287	0	88
2025-01-16	5	480	480	265	0	97
2025-01-17	5	480	480	360	0	140
2025-01-18	5	0	0	0	0	0
2025-01-19	5	0	0	0	0	0
2025-01-20	5	0	0	0	0	0
2025-01-21	5	480	480	283	0	100
2025-01-22	5	480	480	317	0	180
2025-01-23	5	480	480	417	0	223
2025-01-24	5	0	0	0	0	0
2025-01-25	5	480	480	314	0	182
2025-01-26	5	480	480	342	0	145
2025-01-27	5	480	480	288	13	109
2025-01-28	5	480	480	314	0	144
2025-01-29	5	480	480	310	0	153
2025-01-30	5	480	480	323	0	143
2025-01-31	5	480	480	342	0	156
2025-02-01	5	0	0	0	0	0
2025-02-02	5	0	0	0	0	0
2025-02-03	5	480	480	360	0	120
2025-02-04	5	480	480	329	0	196
2025-02-05	5	480	480	369	0	217
2025-02-06	5	480	480	308	0	141
2025-02-07	5	480	480	324	0	184
2025-02-08	5	0	0	0	0	0
2025-02-09	5	0	0	0	0	0
2025-02-10	5	0	0	0	0	0
2025-02-11	5	480	480	333	0	193
2025-02-12	5	480	480	308	0	98
2025-02-13	5	480	480	290	0	123
2025-02-14	5	0	0	0	0	0
2025-02-15	5	480	480	342	0	121
2025-02-16	5	480	480	384	0	194
2025-02-17	5	480	480	321	0	125
2025-02-18	5	480	480	358	0	108
2025-02-19	5	480	480	312	0	95
2025-02-20	5	480	480	387	0	212
2025-02-21	5	480	480	354	0	165
2025-02-22	5	0	0	0	0	0
2025-02-23	5	0	0	0	0	0
2025-02-24	5	480	480	339	0	178
2025-02-25	5	480	480	323	0	160
2025-02-26	5	480	480	337	0	185
2025-02-27	5	480	480	273	0	124
2025-02-28	5	480	480	356	0	201
2025-03-01	5	0	0	0	0	0
2025-03-02	5	0	0	0	0	0
2025-03-03	5	0	0	0	0	0
2025-03-04	5	480	480	320	0	140
2025-03-05	5	480	480	354	0	107
2025-03-06	5	480	480	359	0	213
2025-03-07	5	0	0	0	0	0
2025-03-08	5	480	480	290	0	162
2025-03-09	5	480	480	332	0	135
2025-03-10	5	480	480	317	0	165
2025-03-11	5	480	480	295	0	112
2025-03-12	5	480	480	330	9	175
2025-03-13	5	480	480	378	0	208
2025-03-14	5	480	480	324	0	190
2025-03-15	5	0	0	0	0	0
2025-03-16	5	0	0	0	0	0
2025-03-17	5	480	480	315	0	101
2025-03-18	5	480	480	347	0	141
2025-03-19	5	480	480	311	0	136
2025-03-20	5	480	480	369	0	182
2025-03-21	5	480	480	337	0	106
2025-03-22	5	0	0	0	0	0
2025-03-23	5	0	0	0	0	0
2025-03-24	5	0	0	0	0	0
2025-03-25	5	480	480	337	0	176
2025-03-26	5	480	480	319	0	168
2025-03-27	5	480	480	320	0	99
2025-03-28	5	0	0	0	0	0
2025-03-29	5	480	480	293	0	136
2025-03-30	5	480	480	304	0	138
2025-03-31	5	480	480	306	0	97
2025-04-01	5	480	480	356	0	143
2025-04-02	5	480	480	308	0	184
2025-04-03	5	480	480	297	0	97
2025-04-04	5	480	480	337	0	157
2025-04-05	5	0	0	0	0	0
2025-04-06	5	0	0	0	0	0
2025-04-07	5	480	480	324	0	179
2025-04-08	5	480	480	370	16	155
2025-04-09	5	480	480	374	0	213
2025-04-10	5	480	480	294	0	139
2025-04-11	5	480	480	319	0	138
2025-04-12	5	0	0	0	0	0
2025-04-13	5	0	0	0	0	0
2025-04-14	5	0	0	0	0	0
2025-04-15	5	480	480	320	0	163
2025-04-16	5	480	480	313	0	186
2025-04-17	5	480	480	314	0	149
2025-04-18	5	0	0	0	0	0
2025-04-19	5	480	480	325	0	180
2025-04-20	5	480	480	352	13	210
2025-04-21	5	480	480	301	0	131
2025-04-22	5	480	480	335	17	126
2025-04-23	5	480	480	308	0	133
2025-04-24	5	480	480	271	15	148
2025-04-25	5	480	480	372	0	191
2025-04-26	5	0	0	0	0	0
2025-04-27	5	0	0	0	0	0
2025-04-28	5	480	480	404	0	200
2025-04-29	5	480	480	368	20	154
2025-04-30	5	480	480	374	0	218
2025-05-01	5	480	480	362	0	199
2025-05-02	5	480	480	336	0	200
2025-05-03	5	0	0	0	0	0
2025-05-04	5	0	0	0	0	0
2025-05-05	5	0	0	0	0	0
2025-05-06	5	480	480	330	0	128
2025-05-07	5	480	480	297	0	149
2025-05-08	5	480	480	382	0	196
2025-05-09	5	0	0	0	0	0
2025-05-10	5	480	480	333	0	172
2025-05-11	5	480	480	359	0	182
2025-05-12	5	480	480	326	0	162
2025-05-13	5	480	480	374	0	115
2025-05-14	5	480	480	357	0	132
2025-05-15	5	480	480	315	0	112
2025-05-16	5	480	480	337	0	114
2025-05-17	5	0	0	0	0	0
2025-05-18	5	0	0	0	0	0
2025-05-19	5	480	480	347	0	139
2025-05-20	5	480	480	287	0	117
2025-05-21	5	480	480	359	22	169
2025-05-22	5	480	480	369	0	179
2025-05-23	5	480	480	360	0	163
2025-05-24	5	0	0	0	0	0
2025-05-25	5	0	0	0	0	0
2025-05-26	5	0	0	0	0	0
2025-05-27	5	480	480	339	0	170
2025-05-28	5	480	480	326	0	166
2025-05-29	5	480	480	364	0	145
2025-05-30	5	0	0	0	0	0
2025-05-31	5	480	480	322	51	142
2025-06-01	5	480	480	343	0	178
2025-06-02	5	480	480	343	0	200
2025-06-03	5	480	480	328	0	117
2025-06-04	5	480	480	347	31	218
2025-06-05	5	480	480	325	0	137
2025-06-06	5	480	480	385	0	163
2025-06-07	5	0	0	0	0	0
2025-06-08	5	0	0	0	0	0
2025-06-09	5	480	480	336	0	124
2025-06-10	5	480	480	311	0	179
2025-06-11	5	480	480	339	0	177
2025-06-12	5	480	480	338	0	186
2025-06-13	5	480	480	362	0	210
2025-06-14	5	0	0	0	0	0
2025-06-15	5	0	0	0	0	0
2025-06-16	5	0	0	0	0	0
2025-06-17	5	480	480	279	0	148
2025-06-18	5	480	480	319	0	132
2025-06-19	5	480	480	299	0	157
2025-06-20	5	0	0	0	0	0
2025-06-21	5	480	480	382	0	217
2025-06-22	5	480	480	384	13	181
2025-06-23	5	480	480	301	0	161
2025-06-24	5	480	480	346	0	114
2025-06-25	5	480	480	337	0	117
2025-06-26	5	480	480	273	0	160
2025-06-27	5	480	480	344	0	162
2025-06-28	5	0	0	0	0	0
2025-06-29	5	0	0	0	0	0
2025-06-30	5	480	480	341	0	104
2025-07-01	5	480	480	324	0	181
2025-07-02	5	480	480	345	0	205
2025-07-03	5	480	480	333	20	124
2025-07-04	5	480	480	366	0	160
2025-07-05	5	0	0	0	0	0
2025-07-06	5	0	0	0	0	0
2025-07-07	5	0	0	0	0	0
2025-07-08	5	480	480	388	0	213
2025-07-09	5	480	480	315	0	135
2025-07-10	5	480	480	335	0	107
2025-07-11	5	0	0	0	0	0
2025-07-12	5	480	480	282	0	151
2025-07-13	5	480	480	342	0	110
2025-07-14	5	480	480	338	0	112
2025-07-15	5	480	480	395	0	167
2025-07-16	5	480	480	326	0	107
2025-07-17	5	480	480	373	0	182
2025-07-18	5	480	480	333	0	129
2025-07-19	5	0	0	0	0	0
2025-07-20	5	0	0	0	0	0
2025-07-21	5	480	480	325	0	116
2025-07-22	5	480	480	332	0	174
2025-07-23	5	480	480	365	0	170
2025-07-24	5	480	480	353	0	184
2025-07-25	5	480	480	335	0	159
2025-07-26	5	0	0	0	0	0
2025-07-27	5	0	0	0	0	0
2025-07-28	5	0	0	0	0	0
2025-07-29	5	480	480	341	26	172
2025-07-30	5	480	480	284	0	129
2025-07-31	5	480	480	328	0	121
2025-08-01	5	0	0	0	0	0
2025-08-02	5	480	480	345	0	196
2025-08-03	5	480	480	350	0	193
2025-08-04	5	480	480	320	0	127
2025-08-05	5	480	480	310	0	117
2025-08-06	5	480	480	359	0	112
2025-08-07	5	480	480	369	20	170
2025-08-08	5	480	480	320	0	115
2025-08-09	5	0	0	0	0	0
2025-08-10	5	0	0	0	0	0
2025-08-11	5	480	480	265	0	130
2025-08-12	5	480	480	381	0	167
2025-08-13	5	480	480	300	0	94
2025-08-14	5	480	480	362	0	193
2025-08-15	5	480	480	345	9	120
2025-08-16	5	0	0	0	0	0
2025-08-17	5	0	0	0	0	0
2025-08-18	5	0	0	0	0	0
2025-08-19	5	480	480	331	25	175
2025-08-20	5	480	480	370	0	184
2025-08-21	5	480	480	312	0	153
2023-09-15	6	480	480	371	0	117
2023-09-16	6	0	0	0	0	0
2023-09-17	6	0	0	0	0	0
2023-09-18	6	0	0	0	0	0
2023-09-19	6	0	0	0	0	0
2023-09-20	6	480	480	308	0	156
2023-09-21	6	480	480	386	0	139
2023-09-22	6	480	480	315	0	95
2023-09-23	6	480	480	307	0	153
2023-09-24	6	480	480	330	0	148
2023-09-25	6	480	480	374	0	192
2023-09-26	6	480	480	280	0	129
2023-09-27	6	480	480	307	0	100
2023-09-28	6	480	480	356	0	136
2023-09-29	6	480	480	346	0	141
2023-09-30	6	0	0	0	0	0
2023-10-01	6	0	0	0	0	0
2023-10-02	6	480	480	336	0	162
2023-10-03	6	480	480	330	19	149
2023-10-04	6	480	480	324	0	138
2023-10-05	6	480	480	342	16	179
2023-10-06	6	480	480	312	0	138
2023-10-07	6	0	0	0	0	0
2023-10-08	6	0	0	0	0	0
2023-10-09	6	0	0	0	0	0
2023-10-10	6	0	0	0	0	0
2023-10-11	6	480	480	347	0	165
2023-10-12	6	480	480	320	0	140
2023-10-13	6	480	480	296	0	155
2023-10-14	6	480	480	337	0	187
2023-10-15	6	480	480	346	0	185
2023-10-16	6	480	480	339	0	192
2023-10-17	6	480	480	344	0	170
2023-10-18	6	480	480	303	0	108
2023-10-19	6	480	480	349	0	204
2023-10-20	6	480	480	311	37	151
2023-10-21	6	0	0	0	0	0
2023-10-22	6	0	0	0	0	0
2023-10-23	6	480	480	315	0	100
2023-10-24	6	480	480	361	6	213
2023-10-25	6	480	480	316	0	178
2023-10-26	6	480	480	356	0	152
2023-10-27	6	480	480	291	22	125
2023-10-28	6	0	0	0	0	0
2023-10-29	6	0	0	0	0	0
2023-10-30	6	0	0	0	0	0
2023-10-31	6	0	0	0	0	0
2023-11-01	6	480	480	324	0	97
2023-11-02	6	480	480	340	0	171
2023-11-03	6	480	480	296	0	166
2023-11-04	6	480	480	334	0	155
2023-11-05	6	480	480	335	0	190
2023-11-06	6	480	480	295	0	158
2023-11-07	6	480	480	342	17	132
2023-11-08	6	480	480	307	0	166
2023-11-09	6	480	480	386	0	154
2023-11-10	6	480	480	356	0	135
2023-11-11	6	0	0	0	0	0
2023-11-12	6	0	0	0	0	0
2023-11-13	6	480	480	311	0	160
2023-11-14	6	480	480	327	0	182
2023-11-15	6	480	480	362	0	192
2023-11-16	6	480	480	383	0	197
2023-11-17	6	480	480	354	0	188
2023-11-18	6	0	0	0	0	0
2023-11-19	6	0	0	0	0	0
2023-11-20	6	0	0	0	0	0
2023-11-21	6	0	0	0	0	0
2023-11-22	6	480	480	341	0	187
2023-11-23	6	480	480	315	0	122
2023-11-24	6	480	480	338	14	194
2023-11-25	6	480	480	352	0	130
2023-11-26	6	480	480	370	15	150
2023-11-27	6	480	480	360	0	113
2023-11-28	6	480	480	345	12	138
2023-11-29	6	480	480	338	0	157
2023-11-30	6	480	480	324	0	174
2023-12-01	6	480	480	365	0	132
2023-12-02	6	0	0	0	0	0
2023-12-03	6	0	0	0	0	0
2023-12-04	6	480	480	320	0	133
2023-12-05	6	480	480	330	16	143
2023-12-06	6	480	480	334	0	153
2023-12-07	6	480	480	377	0	154
2023-12-08	6	480	480	336	0	115
2023-12-09	6	0	0	0	0	0
2023-12-10	6	0	0	0	0	0
2023-12-11	6	0	0	0	0	0
2023-12-12	6	0	0	0	0	0
2023-12-13	6	480	480	376	0	134
2023-12-14	6	480	480	341	0	177
2023-12-15	6	480	480	325	0	97
2023-12-16	6	480	480	286	0	112
2023-12-17	6	480	480	333	0	113
2023-12-18	6	480	480	282	0	130
2023-12-19	6	480	480	373	0	151
2023-12-20	6	480	480	343	0	108
2023-12-21	6	480	480	355	0	155
2023-12-22	6	480	480	358	0	145
2023-12-23	6	0	0	0	0	0
2023-12-24	6	0	0	0	0	0
2023-12-25	6	480	480	317	0	101
2023-12-26	6	480	480	300	0	159
2023-12-27	6	480	480	326	0	181
2023-12-28	6	480	480	368	28	188
2023-12-29	6	480	480	322	0	177
2023-12-30	6	0	0	0	0	0
2023-12-31	6	0	0	0	0	0
2024-01-01	6	0	0	0	0	0
2024-01-02	6	0	0	0	0	0
2024-01-03	6	480	480	318	0	107
2024-01-04	6	480	480	350	0	200
2024-01-05	6	480	480	334	13	135
2024-01-06	6	480	480	323	0	131
2024-01-07	6	480	480	314	0	175
2024-01-08	6	480	480	334	13	122
2024-01-09	6	480	480	345	0	159
2024-01-10	6	480	480	388	0	217
2024-01-11	6	480	480	371	0	128
2024-01-12	6	480	480	374	0	219
2024-01-13	6	0	0	0	0	0
2024-01-14	6	0	0	0	0	0
2024-01-15	6	480	480	340	0	199
2024-01-16	6	480	480	322	9	180
2024-01-17	6	480	480	348	31	178
2024-01-18	6	480	480	344	0	180
2024-01-19	6	480	480	328	0	113
2024-01-20	6	0	0	0	0	0
2024-01-21	6	0	0	0	0	0
2024-01-22	6	0	0	0	0	0
2024-01-23	6	0	0	0	0	0
2024-01-24	6	480	480	293	0	139
2024-01-25	6	480	480	354	0	140
2024-01-26	6	480	480	297	0	150
2024-01-27	6	480	480	359	14	210
2024-01-28	6	480	480	303	39	125
2024-01-29	6	480	480	379	0	184
2024-01-30	6	480	480	303	0	135
2024-01-31	6	480	480	335	0	147
2024-02-01	6	480	480	353	0	126
2024-02-02	6	480	480	303	0	160
2024-02-03	6	0	0	0	0	0
2024-02-04	6	0	0	0	0	0
2024-02-05	6	480	480	331	0	167
2024-02-06	6	480	480	329	21	135
2024-02-07	6	480	480	340	0	193
2024-02-08	6	480	480	308	9	155
2024-02-09	6	480	480	333	0	120
2024-02-10	6	0	0	0	0	0
2024-02-11	6	0	0	0	0	0
2024-02-12	6	0	0	0	0	0
2024-02-13	6	0	0	0	0	0
2024-02-14	6	480	480	295	0	160
2024-02-15	6	480	480	339	0	174
2024-02-16	6	480	480	358	0	201
2024-02-17	6	480	480	319	0	114
2024-02-18	6	480	480	346	0	160
2024-02-19	6	480	480	347	0	191
2024-02-20	6	480	480	314	6	139
2024-02-21	6	480	480	335	0	180
2024-02-22	6	480	480	300	0	102
2024-02-23	6	480	480	325	0	131
2024-02-24	6	0	0	0	0	0
2024-02-25	6	0	0	0	0	0
2024-02-26	6	480	480	366	0	159
2024-02-27	6	480	480	308	0	144
2024-02-28	6	480	480	312	0	140
2024-02-29	6	480	480	356	0	145
2024-03-01	6	480	480	370	0	174
2024-03-02	6	0	0	0	0	0
2024-03-03	6	0	0	0	0	0
2024-03-04	6	0	0	0	0	0
2024-03-05	6	0	0	0	0	0
2024-03-06	6	480	480	298	0	162
2024-03-07	6	480	480	375	0	206
2024-03-08	6	480	480	343	0	111
2024-03-09	6	480	480	363	0	150
2024-03-10	6	480	480	331	0	164
2024-03-11	6	480	480	332	0	154
2024-03-12	6	480	480	349	0	136
2024-03-13	6	480	480	323	0	125
2024-03-14	6	480	480	361	0	173
2024-03-15	6	480	480	340	0	147
2024-03-16	6	0	0	0	0	0
2024-03-17	6	0	0	0	0	0
2024-03-18	6	480	480	339	0	185
2024-03-19	6	480	480	305	0	172
2024-03-20	6	480	480	373	0	183
2024-03-21	6	480	480	325	0	192
2024-03-22	6	480	480	330	0	190
2024-03-23	6	0	0	0	0	0
2024-03-24	6	0	0	0	0	0
2024-03-25	6	0	0	0	0	0
2024-03-26	6	0	0	0	0	0
2024-03-27	6	480	480	355	0	124
2024-03-28	6	480	480	290	0	149
2024-03-29	6	480	480	351	0	163
2024-03-30	6	480	480	352	0	176
2024-03-31	6	480	480	323	0	192
2024-04-01	6	480	480	331	81	178
2024-04-02	6	480	480	326	0	98
2024-04-03	6	480	480	314	0	179
2024-04-04	6	480	480	335	0	165
2024-04-05	6	480	480	310	0	98
2024-04-06	6	0	0	0	0	0
2024-04-07	6	0	0	0	0	0
2024-04-08	6	480	480	339	0	168
2024-04-09	6	480	480	355	0	123
2024-04-10	6	480	480	411	0	220
2024-04-11	6	480	480	361	21	197
2024-04-12	6	480	480	323	0	117
2024-04-13	6	0	0	0	0	0
2024-04-14	6	0	0	0	0	0
2024-04-15	6	0	0	0	0	0
2024-04-16	6	0	0	0	0	0
2024-04-17	6	480	480	309	0	113
2024-04-18	6	480	480	348	0	126
2024-04-19	6	480	480	343	0	129
2024-04-20	6	480	480	368	15	167
2024-04-21	6	480	480	301	0	143
2024-04-22	6	480	480	331	0	158
2024-04-23	6	480	480	360	0	155
2024-04-24	6	480	480	370	0	160
2024-04-25	6	480	480	371	0	174
2024-04-26	6	480	480	341	0	184
2024-04-27	6	0	0	0	0	0
2024-04-28	6	0	0	0	0	0
2024-04-29	6	480	480	317	0	177
2024-04-30	6	480	480	339	0	194
2024-05-01	6	480	480	356	0	151
2024-05-02	6	480	480	379	0	116
2024-05-03	6	480	480	294	0	115
2024-05-04	6	0	0	0	0	0
2024-05-05	6	0	0	0	0	0
2024-05-06	6	0	0	0	0	0
2024-05-07	6	0	0	0	0	0
2024-05-08	6	480	480	284	0	139
2024-05-09	6	480	480	319	0	181
2024-05-10	6	480	480	338	0	186
2024-05-11	6	480	480	352	16	161
2024-05-12	6	480	480	406	29	216
2024-05-13	6	480	480	348	0	200
2024-05-14	6	480	480	332	0	188
2024-05-15	6	480	480	337	0	143
2024-05-16	6	480	480	364	0	159
2024-05-17	6	480	480	320	0	153
2024-05-18	6	0	0	0	0	0
2024-05-19	6	0	0	0	0	0
2024-05-20	6	480	480	310	0	157
2024-05-21	6	480	480	346	0	112
2024-05-22	6	480	480	344	0	185
2024-05-23	6	480	480	353	0	174
2024-05-24	6	480	480	332	0	176
2024-05-25	6	0	0	0	0	0
2024-05-26	6	0	0	0	0	0
2024-05-27	6	0	0	0	0	0
2024-05-28	6	0	0	0	0	0
2024-05-29	6	480	480	331	0	131
2024-05-30	6	480	480	325	0	180
2024-05-31	6	480	480	273	0	119
2024-06-01	6	480	480	377	0	158
2024-06-02	6	480	480	332	0	174
2024-06-03	6	480	480	370	0	221
2024-06-04	6	480	480	334	29	128
2024-06-05	6	480	480	322	24	143
2024-06-06	6	480	480	299	0	110
2024-06-07	6	480	480	356	0	148
2024-06-08	6	0	0	0	0	0
2024-06-09	6	0	0	0	0	0
2024-06-10	6	480	480	306	0	173
2024-06-11	6	480	480	350	26	187
2024-06-12	6	480	480	317	0	156
2024-06-13	6	480	480	363	0	159
2024-06-14	6	480	480	352	0	186
2024-06-15	6	0	0	0	0	0
2024-06-16	6	0	0	0	0	0
2024-06-17	6	0	0	0	0	0
2024-06-18	6	0	0	0	0	0
2024-06-19	6	480	480	296	0	172
2024-06-20	6	480	480	330	0	153
2024-06-21	6	480	480	305	0	149
2024-06-22	6	480	480	355	20	195
2024-06-23	6	480	480	316	0	102
2024-06-24	6	480	480	325	0	182
2024-06-25	6	480	480	345	0	124
2024-06-26	6	480	480	306	0	97
2024-06-27	6	480	480	313	0	121
2024-06-28	6	480	480	367	0	217
2024-06-29	6	0	0	0	0	0
2024-06-30	6	0	0	0	0	0
2024-07-01	6	480	480	372	0	148
2024-07-02	6	480	480	311	15	169
2024-07-03	6	480	480	299	0	169
2024-07-04	6	480	480	360	0	113
2024-07-05	6	480	480	275	0	86
2024-07-06	6	0	0	0	0	0
2024-07-07	6	0	0	0	0	0
2024-07-08	6	0	0	0	0	0
2024-07-09	6	0	0	0	0	0
2024-07-10	6	480	480	354	0	174
2024-07-11	6	480	480	283	0	122
2024-07-12	6	480	480	317	0	174
2024-07-13	6	480	480	333	0	113
2024-07-14	6	480	480	365	0	139
2024-07-15	6	480	480	351	0	191
2024-07-16	6	480	480	377	0	194
2024-07-17	6	480	480	331	5	178
2024-07-18	6	480	480	367	0	119
2024-07-19	6	480	480	304	0	105
2024-07-20	6	0	0	0	0	0
2024-07-21	6	0	0	0	0	0
2024-07-22	6	480	480	356	0	151
2024-07-23	6	480	480	321	0	183
2024-07-24	6	480	480	320	0	146
2024-07-25	6	480	480	367	0	124
2024-07-26	6	480	480	307	0	135
2024-07-27	6	0	0	0	0	0
2024-07-28	6	0	0	0	0	0
2024-07-29	6	0	0	0	0	0
2024-07-30	6	0	0	0	0	0
2024-07-31	6	480	480	314	0	107
2024-08-01	6	480	480	351	0	191
2024-08-02	6	480	480	342	0	188
2024-08-03	6	480	480	303	0	129
2024-08-04	6	480	480	335	0	114
2024-08-05	6	480	480	335	0	156
2024-08-06	6	480	480	346	7	116
2024-08-07	6	480	480	328	22	115
2024-08-08	6	480	480	313	0	108
2024-08-09	6	480	480	355	0	160
2024-08-10	6	0	0	0	0	0
2024-08-11	6	0	0	0	0	0
2024-08-12	6	480	480	354	0	208
2024-08-13	6	480	480	360	0	165
2024-08-14	6	480	480	375	0	114
2024-08-15	6	480	480	347	0	124
2024-08-16	6	480	480	352	0	200
2024-08-17	6	0	0	0	0	0
2024-08-18	6	0	0	0	0	0
2024-08-19	6	0	0	0	0	0
2024-08-20	6	0	0	0	0	0
2024-08-21	6	480	480	343	0	177
2024-08-22	6	480	480	349	0	156
2024-08-23	6	480	480	323	39	141
2024-08-24	6	480	480	325	0	123
2024-08-25	6	480	480	332	0	193
2024-08-26	6	480	480	318	0	118
2024-08-27	6	480	480	350	32	215
2024-08-28	6	480	480	318	0	189
2024-08-29	6	480	480	286	0	107
2024-08-30	6	480	480	354	0	208
2024-08-31	6	0	0	0	0	0
2024-09-01	6	0	0	0	0	0
2024-09-02	6	480	480	359	0	108
2024-09-03	6	480	480	342	0	123
2024-09-04	6	480	480	381	0	167
2024-09-05	6	480	480	353	0	125
2024-09-06	6	480	480	300	0	119
2024-09-07	6	0	0	0	0	0
2024-09-08	6	0	0	0	0	0
2024-09-09	6	0	0	0	0	0
2024-09-10	6	0	0	0	0	0
2024-09-11	6	480	480	371	0	222
2024-09-12	6	480	480	321	17	122
2024-09-13	6	480	480	332	49	190
2024-09-14	6	480	480	350	0	138
2024-09-15	6	480	480	367	0	202
2024-09-16	6	480	480	352	4	146
2024-09-17	6	480	480	331	19	175
2024-09-18	6	480	480	318	0	116
2024-09-19	6	480	480	319	0	179
2024-09-20	6	480	480	326	0	164
2024-09-21	6	0	0	0	0	0
2024-09-22	6	0	0	0	0	0
2024-09-23	6	480	480	319	0	115
2024-09-24	6	480	480	345	0	155
2024-09-25	6	480	480	322	0	179
2024-09-26	6	480	480	313	0	182
2024-09-27	6	480	480	347	0	126
2024-09-28	6	0	0	0	0	0
2024-09-29	6	0	0	0	0	0
2024-09-30	6	0	0	0	0	0
2024-10-01	6	0	0	0	0	0
2024-10-02	6	480	480	317	0	171
2024-10-03	6	480	480	307	0	171
2024-10-04	6	480	480	283	0	146
2024-10-05	6	480	480	338	0	190
2024-10-06	6	480	480	345	0	180
2024-10-07	6	480	480	345	0	138
2024-10-08	6	480	480	317	11	117
2024-10-09	6	480	480	341	0	181
2024-10-10	6	480	480	349	0	178
2024-10-11	6	480	480	325	0	174
2024-10-12	6	0	0	0	0	0
2024-10-13	6	0	0	0	0	0
2024-10-14	6	480	480	324	0	172
2024-10-15	6	480	480	322	0	107
2024-10-16	6	480	480	316	0	179
2024-10-17	6	480	480	339	0	144
2024-10-18	6	480	480	345	0	122
2024-10-19	6	0	0	0	0	0
2024-10-20	6	0	0	0	0	0
2024-10-21	6	0	0	0	0	0
2024-10-22	6	0	0	0	0	0
2024-10-23	6	480	480	335	0	163
2024-10-24	6	480	480	273	0	98
2024-10-25	6	480	480	342	11	162
2024-10-26	6	480	480	314	0	136
2024-10-27	6	480	480	340	0	165
2024-10-28	6	480	480	324	0	159
2024-10-29	6	480	480	320	0	180
2024-10-30	6	480	480	311	0	128
2024-10-31	6	480	480	368	10	172
2024-11-01	6	480	480	361	0	190
2024-11-02	6	0	0	0	0	0
2024-11-03	6	0	0	0	0	0
2024-11-04	6	480	480	291	0	114
2024-11-05	6	480	480	343	0	125
2024-11-06	6	480	480	310	0	112
2024-11-07	6	480	480	338	0	201
2024-11-08	6	480	480	325	0	159
2024-11-09	6	0	0	0	0	0
2024-11-10	6	0	0	0	0	0
2024-11-11	6	0	0	0	0	0
2024-11-12	6	0	0	0	0	0
2024-11-13	6	480	480	324	0	115
2024-11-14	6	480	480	356	0	186
2024-11-15	6	480	480	317	0	154
2024-11-16	6	480	480	305	0	95
2024-11-17	6	480	480	355	0	151
2024-11-18	6	480	480	368	8	136
2024-11-19	6	480	480	309	0	156
2024-11-20	6	480	480	362	0	121
2024-11-21	6	480	480	379	0	162
2024-11-22	6	480	480	335	0	124
2024-11-23	6	0	0	0	0	0
2024-11-24	6	0	0	0	0	0
2024-11-25	6	480	480	285	12	164
2024-11-26	6	480	480	351	0	106
2024-11-27	6	480	480	345	0	118
2024-11-28	6	480	480	339	0	172
2024-11-29	6	480	480	302	0	119
2024-11-30	6	0	0	0	0	0
2024-12-01	6	0	0	0	0	0
2024-12-02	6	0	0	0	0	0
2024-12-03	6	0	0	0	0	0
2024-12-04	6	480	480	325	0	183
2024-12-05	6	480	480	369	0	156
2024-12-06	6	480	480	327	0	181
2024-12-07	6	480	480	326	0	129
2024-12-08	6	480	480	355	0	200
2024-12-09	6	480	480	306	18	110
2024-12-10	6	480	480	336	0	182
2024-12-11	6	480	480	312	0	125
2024-12-12	6	480	480	329	0	135
2024-12-13	6	480	480	283	0	106
2024-12-14	6	0	0	0	0	0
2024-12-15	6	0	0	0	0	0
2024-12-16	6	480	480	308	0	105
2024-12-17	6	480	480	318	0	136
2024-12-18	6	480	480	326	0	152
2024-12-19	6	480	480	325	0	143
2024-12-20	6	480	480	321	0	168
2024-12-21	6	0	0	0	0	0
2024-12-22	6	0	0	0	0	0
2024-12-23	6	0	0	0	0	0
2024-12-24	6	0	0	0	0	0
2024-12-25	6	480	480	325	0	187
2024-12-26	6	480	480	341	0	183
2024-12-27	6	480	480	325	0	137
2024-12-28	6	480	480	362	0	145
2024-12-29	6	480	480	320	0	111
2024-12-30	6	480	480	345	0	124
2024-12-31	6	480	480	328	0	130
2025-01-01	6	480	480	296	0	136
2025-01-02	6	480	480	318	0	163
2025-01-03	6	480	480	351	0	186
2025-01-04	6	0	0	0	0	0
2025-01-05	6	0	0	0	0	0
2025-01-06	6	480	480	337	0	131
2025-01-07	6	480	480	314	0	181
2025-01-08	6	480	480	335	0	169
2025-01-09	6	480	480	349	0	180
2025-01-10	6	480	480	338	0	104
2025-01-11	6	0	0	0	0	0
2025-01-12	6	0	0	0	0	0
2025-01-13	6	0	0	0	0	0
2025-01-14	6	0	0	0	0	0
2025-01-15	6	480	480	359	0	147
2025-01-16	6	480	480	324	0	120
2025-01-17	6	480	480	320	0	109
2025-01-18	6	480	480	356	0	171
2025-01-19	6	480	480	323	0	139
2025-01-20	6	480	480	339	0	158
2025-01-21	6	480	480	388	0	117
2025-01-22	6	480	480	349	0	128
2025-01-23	6	480	480	376	0	120
2025-01-24	6	480	480	351	0	155
2025-01-25	6	0	0	0	0	0
2025-01-26	6	0	0	0	0	0
2025-01-27	6	480	480	375	0	210
2025-01-28	6	480	480	324	0	128
2025-01-29	6	480	480	346	0	143
2025-01-30	6	480	480	296	0	139
2025-01-31	6	480	480	322	0	182
2025-02-01	6	0	0	0	0	0
2025-02-02	6	0	0	0	0	0
2025-02-03	6	0	0	0	0	0
2025-02-04	6	0	0	0	0	0
2025-02-05	6	480	480	309	0	149
2025-02-06	6	480	480	338	0	139
2025-02-07	6	480	480	387	0	149
2025-02-08	6	480	480	314	0	181
2025-02-09	6	480	480	295	0	156
2025-02-10	6	480	480	334	0	132
2025-02-11	6	480	480	369	0	177
2025-02-12	6	480	480	363	0	186
2025-02-13	6	480	480	321	0	98
2025-02-14	6	480	480	331	0	146
2025-02-15	6	0	0	0	0	0
2025-02-16	6	0	0	0	0	0
2025-02-17	6	480	480	353	0	123
2025-02-18	6	480	480	295	5	131
2025-02-19	6	480	480	348	0	193
2025-02-20	6	480	480	342	0	203
2025-02-21	6	480	480	320	0	149
2025-02-22	6	0	0	0	0	0
2025-02-23	6	0	0	0	0	0
2025-02-24	6	0	0	0	0	0
2025-02-25	6	0	0	0	0	0
2025-02-26	6	480	480	325	0	114
2025-02-27	6	480	480	348	0	143
2025-02-28	6	480	480	371	0	167
2025-03-01	6	480	480	338	0	158
2025-03-02	6	480	480	360	0	200
2025-03-03	6	480	480	364	0	146
2025-03-04	6	480	480	301	0	120
2025-03-05	6	480	480	359	0	116
2025-03-06	6	480	480	323	0	107
2025-03-07	6	480	480	326	0	178
2025-03-08	6	0	0	0	0	0
2025-03-09	6	0	0	0	0	0
2025-03-10	6	480	480	352	0	110
2025-03-11	6	480	480	278	0	107
2025-03-12	6	480	480	308	34	145
2025-03-13	6	480	480	381	0	189
2025-03-14	6	480	480	371	0	175
2025-03-15	6	0	0	0	0	0
2025-03-16	6	0	0	0	0	0
2025-03-17	6	0	0	0	0	0
2025-03-18	6	0	0	0	0	0
2025-03-19	6	480	480	339	0	163
2025-03-20	6	480	480	339	0	151
2025-03-21	6	480	480	378	0	160
2025-03-22	6	480	480	383	15	164
2025-03-23	6	480	480	370	5	159
2025-03-24	6	480	480	287	0	136
2025-03-25	6	480	480	370	0	215
2025-03-26	6	480	480	340	0	192
2025-03-27	6	480	480	350	0	120
2025-03-28	6	480	480	347	0	193
2025-03-29	6	0	0	0	0	0
2025-03-30	6	0	0	0	0	0
2025-03-31	6	480	480	380	0	153
2025-04-01	6	480	480	310	0	126
2025-04-02	6	480	480	313	0	94
2025-04-03	6	480	480	368	0	210
2025-04-04	6	480	480	349	0	204
2025-04-05	6	0	0	0	0	0
2025-04-06	6	0	0	0	0	0
2025-04-07	6	0	0	0	0	0
2025-04-08	6	0	0	0	0	0
2025-04-09	6	480	480	299	0	110
2025-04-10	6	480	480	356	0	183
2025-04-11	6	480	480	311	0	121
2025-04-12	6	480	480	405	0	185
2025-04-13	6	480	480	379	0	171
2025-04-14	6	480	480	337	0	105
2025-04-15	6	480	480	333	0	138
2025-04-16	6	480	480	327	0	152
2025-04-17	6	480	480	371	0	153
2025-04-18	6	480	480	348	0	153
2025-04-19	6	0	0	0	0	0
2025-04-20	6	0	0	0	0	0
2025-04-21	6	480	480	373	0	158
2025-04-22	6	480	480	372	0	199
2025-04-23	6	480	480	334	0	174
2025-04-24	6	480	480	272	0	162
2025-04-25	6	480	480	337	26	205
2025-04-26	6	0	0	0	0	0
2025-04-27	6	0	0	0	0	0
2025-04-28	6	0	0	0	0	0
2025-04-29	6	0	0	0	0	0
2025-04-30	6	480	480	364	0	160
2025-05-01	6	480	480	274	0	105
2025-05-02	6	480	480	332	0	187
2025-05-03	6	480	480	333	0	194
2025-05-04	6	480	480	327	0	112
2025-05-05	6	480	480	355	0	113
2025-05-06	6	480	480	315	0	176
2025-05-07	6	480	480	324	0	102
2025-05-08	6	480	480	292	0	112
2025-05-09	6	480	480	340	0	107
2025-05-10	6	0	0	0	0	0
2025-05-11	6	0	0	0	0	0
2025-05-12	6	480	480	331	0	153
2025-05-13	6	480	480	327	0	180
2025-05-14	6	480	480	345	0	107
2025-05-15	6	480	480	374	0	169
2025-05-16	6	480	480	332	0	121
2025-05-17	6	0	0	0	0	0
2025-05-18	6	0	0	0	0	0
2025-05-19	6	0	0	0	0	0
2025-05-20	6	0	0	0	0	0
2025-05-21	6	480	480	368	0	207
2025-05-22	6	480	480	325	0	192
2025-05-23	6	480	480	345	0	118
2025-05-24	6	480	480	325	0	105
2025-05-25	6	480	480	302	0	106
2025-05-26	6	480	480	340	0	170
2025-05-27	6	480	480	384	0	120
2025-05-28	6	480	480	299	0	131
2025-05-29	6	480	480	357	0	156
2025-05-30	6	480	480	390	0	173
2025-05-31	6	0	0	0	0	0
2025-06-01	6	0	0	0	0	0
2025-06-02	6	480	480	351	0	167
2025-06-03	6	480	480	347	0	148
2025-06-04	6	480	480	354	0	211
2025-06-05	6	480	480	322	0	100
2025-06-06	6	480	480	348	0	126
2025-06-07	6	0	0	0	0	0
2025-06-08	6	0	0	0	0	0
2025-06-09	6	0	0	0	0	0
2025-06-10	6	0	0	0	0	0
2025-06-11	6	480	480	376	0	201
2025-06-12	6	480	480	336	0	171
2025-06-13	6	480	480	278	0	103
2025-06-14	6	480	480	304	17	124
2025-06-15	6	480	480	375	0	180
2025-06-16	6	480	480	343	0	187
2025-06-17	6	480	480	326	0	181
2025-06-18	6	480	480	304	83	158
2025-06-19	6	480	480	347	0	193
2025-06-20	6	480	480	382	0	190
2025-06-21	6	0	0	0	0	0
2025-06-22	6	0	0	0	0	0
2025-06-23	6	480	480	341	7	151
2025-06-24	6	480	480	330	0	101
2025-06-25	6	480	480	324	0	98
2025-06-26	6	480	480	330	0	163
2025-06-27	6	480	480	340	0	111
2025-06-28	6	0	0	0	0	0
2025-06-29	6	0	0	0	0	0
2025-06-30	6	0	0	0	0	0
2025-07-01	6	0	0	0	0	0
2025-07-02	6	480	480	391	0	137
2025-07-03	6	480	480	317	7	142
2025-07-04	6	480	480	395	0	137
2025-07-05	6	480	480	376	0	126
2025-07-06	6	480	480	397	0	174
2025-07-07	6	480	480	294	17	164
2025-07-08	6	480	480	297	0	167
2025-07-09	6	480	480	307	15	110
2025-07-10	6	480	480	318	0	137
2025-07-11	6	480	480	299	0	113
2025-07-12	6	0	0	0	0	0
2025-07-13	6	0	0	0	0	0
2025-07-14	6	480	480	369	0	220
2025-07-15	6	480	480	372	0	132
2025-07-16	6	480	480	347	0	107
2025-07-17	6	480	480	332	0	170
2025-07-18	6	480	480	308	26	148
2025-07-19	6	0	0	0	0	0
2025-07-20	6	0	0	0	0	0
2025-07-21	6	0	0	0	0	0
2025-07-22	6	0	0	0	0	0
2025-07-23	6	480	480	345	0	132
2025-07-24	6	480	480	307	0	102
2025-07-25	6	480	480	335	0	107
2025-07-26	6	480	480	330	0	118
2025-07-27	6	480	480	354	0	168
2025-07-28	6	480	480	348	0	163
2025-07-29	6	480	480	314	0	173
2025-07-30	6	480	480	330	0	129
2025-07-31	6	480	480	305	0	144
2025-08-01	6	480	480	359	0	145
2025-08-02	6	0	0	0	0	0
2025-08-03	6	0	0	0	0	0
2025-08-04	6	480	480	366	0	150
2025-08-05	6	480	480	349	0	132
2025-08-06	6	480	480	339	0	194
2025-08-07	6	480	480	371	0	153
2025-08-08	6	480	480	322	0	165
2025-08-09	6	0	0	0	0	0
2025-08-10	6	0	0	0	0	0
2025-08-11	6	0	0	0	0	0
2025-08-12	6	0	0	0	0	0
2025-08-13	6	480	480	361	0	147
2025-08-14	6	480	480	341	13	149
2025-08-15	6	480	480	315	0	113
2025-08-16	6	480	480	304	0	134
2025-08-17	6	480	480	330	0	121
2025-08-18	6	480	480	337	0	187
2025-08-19	6	480	480	286	0	106
2025-08-20	6	480	480	374	0	161
2025-08-21	6	480	480	341	0	148
2023-09-15	7	480	480	336	0	120
2023-09-16	7	480	480	352	11	206
2023-09-17	7	480	480	363	0	181
2023-09-18	7	480	480	360	23	165
2023-09-19	7	480	480	324	0	157
2023-09-20	7	480	480	313	0	170
2023-09-21	7	480	480	317	0	159
2023-09-22	7	480	480	317	0	144
2023-09-23	7	0	0	0	0	0
2023-09-24	7	0	0	0	0	0
2023-09-25	7	480	480	346	0	111
2023-09-26	7	480	480	344	0	186
2023-09-27	7	480	480	309	9	146
2023-09-28	7	480	480	308	0	96
2023-09-29	7	480	480	317	0	167
2023-09-30	7	0	0	0	0	0
2023-10-01	7	0	0	0	0	0
2023-10-02	7	480	480	283	0	95
2023-10-03	7	0	0	0	0	0
2023-10-04	7	0	0	0	0	0
2023-10-05	7	480	480	299	0	153
2023-10-06	7	480	480	358	0	169
2023-10-07	7	480	480	358	0	178
2023-10-08	7	480	480	375	0	121
2023-10-09	7	480	480	354	0	204
2023-10-10	7	480	480	324	6	166
2023-10-11	7	480	480	339	0	175
2023-10-12	7	480	480	332	0	196
2023-10-13	7	480	480	340	7	171
2023-10-14	7	0	0	0	0	0
2023-10-15	7	0	0	0	0	0
2023-10-16	7	480	480	367	45	212
2023-10-17	7	480	480	323	0	136
2023-10-18	7	480	480	329	0	175
2023-10-19	7	480	480	280	0	86
2023-10-20	7	480	480	361	45	220
2023-10-21	7	0	0	0	0	0
2023-10-22	7	0	0	0	0	0
2023-10-23	7	480	480	304	0	163
2023-10-24	7	0	0	0	0	0
2023-10-25	7	0	0	0	0	0
2023-10-26	7	480	480	339	21	131
2023-10-27	7	480	480	343	39	173
2023-10-28	7	480	480	336	10	109
2023-10-29	7	480	480	360	0	128
2023-10-30	7	480	480	352	0	125
2023-10-31	7	480	480	355	0	137
2023-11-01	7	480	480	343	0	151
2023-11-02	7	480	480	334	0	138
2023-11-03	7	480	480	324	0	166
2023-11-04	7	0	0	0	0	0
2023-11-05	7	0	0	0	0	0
2023-11-06	7	480	480	335	0	113
2023-11-07	7	480	480	369	0	147
2023-11-08	7	480	480	321	0	186
2023-11-09	7	480	480	322	0	180
2023-11-10	7	480	480	349	0	156
2023-11-11	7	0	0	0	0	0
2023-11-12	7	0	0	0	0	0
2023-11-13	7	480	480	335	23	148
2023-11-14	7	0	0	0	0	0
2023-11-15	7	0	0	0	0	0
2023-11-16	7	480	480	356	44	151
2023-11-17	7	480	480	324	0	103
2023-11-18	7	480	480	356	0	188
2023-11-19	7	480	480	338	0	106
2023-11-20	7	480	480	302	27	135
2023-11-21	7	480	480	332	12	137
2023-11-22	7	480	480	326	0	134
2023-11-23	7	480	480	343	0	186
2023-11-24	7	480	480	313	0	95
2023-11-25	7	0	0	0	0	0
2023-11-26	7	0	0	0	0	0
2023-11-27	7	480	480	357	0	198
2023-11-28	7	480	480	362	0	149
2023-11-29	7	480	480	331	0	179
2023-11-30	7	480	480	318	0	146
2023-12-01	7	480	480	308	0	162
2023-12-02	7	0	0	0	0	0
2023-12-03	7	0	0	0	0	0
2023-12-04	7	480	480	332	0	112
2023-12-05	7	0	0	0	0	0
2023-12-06	7	0	0	0	0	0
2023-12-07	7	480	480	329	0	172
2023-12-08	7	480	480	348	0	112
2023-12-09	7	480	480	361	0	150
2023-12-10	7	480	480	358	0	124
2023-12-11	7	480	480	332	0	161
2023-12-12	7	480	480	351	0	123
2023-12-13	7	480	480	337	9	202
2023-12-14	7	480	480	363	0	195
2023-12-15	7	480	480	361	0	200
2023-12-16	7	0	0	0	0	0
2023-12-17	7	0	0	0	0	0
2023-12-18	7	480	480	306	18	121
2023-12-19	7	480	480	385	0	173
2023-12-20	7	480	480	366	30	198
2023-12-21	7	480	480	304	8	119
2023-12-22	7	480	480	293	9	140
2023-12-23	7	0	0	0	0	0
2023-12-24	7	0	0	0	0	0
2023-12-25	7	480	480	313	0	108
2023-12-26	7	0	0	0	0	0
2023-12-27	7	0	0	0	0	0
2023-12-28	7	480	480	342	0	124
2023-12-29	7	480	480	366	0	200
2023-12-30	7	480	480	353	0	129
2023-12-31	7	480	480	295	0	134
2024-01-01	7	480	480	364	7	190
2024-01-02	7	480	480	349	23	201
2024-01-03	7	480	480	356	0	126
2024-01-04	7	480	480	327	0	150
2024-01-05	7	480	480	355	0	173
2024-01-06	7	0	0	0	0	0
2024-01-07	7	0	0	0	0	0
2024-01-08	7	480	480	353	48	212
2024-01-09	7	480	480	365	0	218
2024-01-10	7	480	480	299	8	155
2024-01-11	7	480	480	350	0	121
2024-01-12	7	480	480	365	0	139
2024-01-13	7	0	0	0	0	0
2024-01-14	7	0	0	0	0	0
2024-01-15	7	480	480	341	15	168
2024-01-16	7	0	0	0	0	0
2024-01-17	7	0	0	0	0	0
2024-01-18	7	480	480	308	0	106
2024-01-19	7	480	480	366	0	181
2024-01-20	7	480	480	361	0	165
2024-01-21	7	480	480	333	0	199
2024-01-22	7	480	480	355	0	123
2024-01-23	7	480	480	307	0	103
2024-01-24	7	480	480	334	0	146
2024-01-25	7	480	480	352	0	181
2024-01-26	7	480	480	357	0	121
2024-01-27	7	0	0	0	0	0
2024-01-28	7	0	0	0	0	0
2024-01-29	7	480	480	366	0	189
2024-01-30	7	480	480	374	15	159
2024-01-31	7	480	480	381	0	220
2024-02-01	7	480	480	310	0	108
2024-02-02	7	480	480	348	0	195
2024-02-03	7	0	0	0	0	0
2024-02-04	7	0	0	0	0	0
2024-02-05	7	480	480	347	7	130
2024-02-06	7	0	0	0	0	0
2024-02-07	7	0	0	0	0	0
2024-02-08	7	480	480	340	0	187
2024-02-09	7	480	480	305	0	166
2024-02-10	7	480	480	316	0	171
2024-02-11	7	480	480	304	0	119
2024-02-12	7	480	480	326	0	138
2024-02-13	7	480	480	328	0	168
2024-02-14	7	480	480	358	0	206
2024-02-15	7	480	480	286	0	131
2024-02-16	7	480	480	380	28	218
2024-02-17	7	0	0	0	0	0
2024-02-18	7	0	0	0	0	0
2024-02-19	7	480	480	346	0	144
2024-02-20	7	480	480	338	0	122
2024-02-21	7	480	480	288	0	112
2024-02-22	7	480	480	341	0	121
2024-02-23	7	480	480	343	0	123
2024-02-24	7	0	0	0	0	0
2024-02-25	7	0	0	0	0	0
2024-02-26	7	480	480	284	0	153
2024-02-27	7	0	0	0	0	0
2024-02-28	7	0	0	0	0	0
2024-02-29	7	480	480	335	0	180
2024-03-01	7	480	480	318	0	157
2024-03-02	7	480	480	291	0	150
2024-03-03	7	480	480	344	0	149
2024-03-04	7	480	480	327	0	152
2024-03-05	7	480	480	351	0	201
2024-03-06	7	480	480	313	0	183
2024-03-07	7	480	480	319	0	147
2024-03-08	7	480	480	388	0	193
2024-03-09	7	0	0	0	0	0
2024-03-10	7	0	0	0	0	0
2024-03-11	7	480	480	346	0	205
2024-03-12	7	480	480	351	0	128
2024-03-13	7	480	480	332	0	181
2024-03-14	7	480	480	377	0	205
2024-03-15	7	480	480	317	0	161
2024-03-16	7	0	0	0	0	0
2024-03-17	7	0	0	0	0	0
2024-03-18	7	480	480	317	0	143
2024-03-19	7	0	0	0	0	0
2024-03-20	7	0	0	0	0	0
2024-03-21	7	480	480	352	21	129
2024-03-22	7	480	480	332	0	159
2024-03-23	7	480	480	311	0	105
2024-03-24	7	480	480	309	0	99
2024-03-25	7	480	480	372	0	140
2024-03-26	7	480	480	343	0	195
2024-03-27	7	480	480	336	0	195
2024-03-28	7	480	480	325	0	186
2024-03-29	7	480	480	335	0	105
2024-03-30	7	0	0	0	0	0
2024-03-31	7	0	0	0	0	0
2024-04-01	7	480	480	342	0	147
2024-04-02	7	480	480	399	15	160
2024-04-03	7	480	480	315	30	192
2024-04-04	7	480	480	382	0	226
2024-04-05	7	480	480	373	0	182
2024-04-06	7	0	0	0	0	0
2024-04-07	7	0	0	0	0	0
2024-04-08	7	480	480	368	5	189
2024-04-09	7	0	0	0	0	0
2024-04-10	7	0	0	0	0	0
2024-04-11	7	480	480	340	31	133
2024-04-12	7	480	480	331	0	175
2024-04-13	7	480	480	290	0	124
2024-04-14	7	480	480	349	0	155
2024-04-15	7	480	480	325	0	125
2024-04-16	7	480	480	335	15	175
2024-04-17	7	480	480	304	21	141
2024-04-18	7	480	480	327	0	188
2024-04-19	7	480	480	375	0	145
2024-04-20	7	0	0	0	0	0
2024-04-21	7	0	0	0	0	0
2024-04-22	7	480	480	323	0	153
2024-04-23	7	480	480	306	0	112
2024-04-24	7	480	480	278	64	173
2024-04-25	7	480	480	338	10	173
2024-04-26	7	480	480	267	0	104
2024-04-27	7	0	0	0	0	0
2024-04-28	7	0	0	0	0	0
2024-04-29	7	480	480	343	0	162
2024-04-30	7	0	0	0	0	0
2024-05-01	7	0	0	0	0	0
2024-05-02	7	480	480	291	0	137
2024-05-03	7	480	480	359	0	172
2024-05-04	7	480	480	369	0	153
2024-05-05	7	480	480	380	16	225
2024-05-06	7	480	480	306	13	164
2024-05-07	7	480	480	369	0	157
2024-05-08	7	480	480	320	0	185
2024-05-09	7	480	480	273	0	126
2024-05-10	7	480	480	315	0	124
2024-05-11	7	0	0	0	0	0
2024-05-12	7	0	0	0	0	0
2024-05-13	7	480	480	350	0	185
2024-05-14	7	480	480	330	0	197
2024-05-15	7	480	480	310	0	163
2024-05-16	7	480	480	350	0	139
2024-05-17	7	480	480	334	0	166
2024-05-18	7	0	0	0	0	0
2024-05-19	7	0	0	0	0	0
2024-05-20	7	480	480	322	0	130
2024-05-21	7	0	0	0	0	0
2024-05-22	7	0	0	0	0	0
2024-05-23	7	480	480	369	0	130
2024-05-24	7	480	480	333	0	197
2024-05-25	7	480	480	301	0	149
2024-05-26	7	480	480	410	0	146
2024-05-27	7	480	480	384	0	221
2024-05-28	7	480	480	364	0	119
2024-05-29	7	480	480	328	0	110
2024-05-30	7	480	480	342	0	197
2024-05-31	7	480	480	337	0	167
2024-06-01	7	0	0	0	0	0
2024-06-02	7	0	0	0	0	0
2024-06-03	7	480	480	355	0	195
2024-06-04	7	480	480	306	0	124
2024-06-05	7	480	480	326	0	140
2024-06-06	7	480	480	301	11	120
2024-06-07	7	480	480	311	47	151
2024-06-08	7	0	0	0	0	0
2024-06-09	7	0	0	0	0	0
2024-06-10	7	480	480	334	0	122
2024-06-11	7	0	0	0	0	0
2024-06-12	7	0	0	0	0	0
2024-06-13	7	480	480	322	0	191
2024-06-14	7	480	480	334	0	189
2024-06-15	7	480	480	334	0	140
2024-06-16	7	480	480	324	0	184
2024-06-17	7	480	480	327	0	108
2024-06-18	7	480	480	314	0	179
2024-06-19	7	480	480	346	0	138
2024-06-20	7	480	480	380	0	221
2024-06-21	7	480	480	345	3	124
2024-06-22	7	0	0	0	0	0
2024-06-23	7	0	0	0	0	0
2024-06-24	7	480	480	333	0	160
2024-06-25	7	480	480	344	0	178
2024-06-26	7	480	480	398	0	208
2024-06-27	7	480	480	262	0	86
2024-06-28	7	480	480	323	0	140
2024-06-29	7	0	0	0	0	0
2024-06-30	7	0	0	0	0	0
2024-07-01	7	480	480	299	0	173
2024-07-02	7	0	0	0	0	0
2024-07-03	7	0	0	0	0	0
2024-07-04	7	480	480	338	0	139
2024-07-05	7	480	480	302	0	106
2024-07-06	7	480	480	340	0	164
2024-07-07	7	480	480	387	0	184
2024-07-08	7	480	480	273	0	133
2024-07-09	7	480	480	321	0	119
2024-07-10	7	480	480	392	0	177
2024-07-11	7	480	480	339	17	153
2024-07-12	7	480	480	313	0	134
2024-07-13	7	0	0	0	0	0
2024-07-14	7	0	0	0	0	0
2024-07-15	7	480	480	372	0	135
2024-07-16	7	480	480	349	0	156
2024-07-17	7	480	480	312	0	170
2024-07-18	7	480	480	338	0	126
2024-07-19	7	480	480	369	0	141
2024-07-20	7	0	0	0	0	0
2024-07-21	7	0	0	0	0	0
2024-07-22	7	480	480	359	0	124
2024-07-23	7	0	0	0	0	0
2024-07-24	7	0	0	0	0	0
2024-07-25	7	480	480	315	0	156
2024-07-26	7	480	480	310	0	103
2024-07-27	7	480	480	325	19	148
2024-07-28	7	480	480	370	25	214
2024-07-29	7	480	480	372	0	135
2024-07-30	7	480	480	361	0	120
2024-07-31	7	480	480	329	0	186
2024-08-01	7	480	480	370	0	154
2024-08-02	7	480	480	272	0	96
2024-08-03	7	0	0	0	0	0
2024-08-04	7	0	0	0	0	0
2024-08-05	7	480	480	367	0	213
2024-08-06	7	480	480	323	0	193
2024-08-07	7	480	480	333	0	118
2024-08-08	7	480	480	345	22	135
2024-08-09	7	480	480	360	0	131
2024-08-10	7	0	0	0	0	0
2024-08-11	7	0	0	0	0	0
2024-08-12	7	480	480	267	20	113
2024-08-13	7	0	0	0	0	0
2024-08-14	7	0	0	0	0	0
2024-08-15	7	480	480	412	0	227
2024-08-16	7	480	480	363	0	196
2024-08-17	7	480	480	363	16	171
2024-08-18	7	480	480	340	0	189
2024-08-19	7	480	480	312	0	123
2024-08-20	7	480	480	345	0	145
2024-08-21	7	480	480	334	0	171
2024-08-22	7	480	480	324	0	172
2024-08-23	7	480	480	345	0	151
2024-08-24	7	0	0	0	0	0
2024-08-25	7	0	0	0	0	0
2024-08-26	7	480	480	379	0	162
2024-08-27	7	480	480	349	0	185
2024-08-28	7	480	480	317	0	126
2024-08-29	7	480	480	350	0	195
2024-08-30	7	480	480	323	0	126
2024-08-31	7	0	0	0	0	0
2024-09-01	7	0	0	0	0	0
2024-09-02	7	480	480	344	0	177
2024-09-03	7	0	0	0	0	0
2024-09-04	7	0	0	0	0	0
2024-09-05	7	480	480	318	0	175
2024-09-06	7	480	480	392	0	129
2024-09-07	7	480	480	328	0	193
2024-09-08	7	480	480	338	0	134
2024-09-09	7	480	480	308	0	98
2024-09-10	7	480	480	368	0	145
2024-09-11	7	480	480	319	0	174
2024-09-12	7	480	480	344	0	112
2024-09-13	7	480	480	360	0	194
2024-09-14	7	0	0	0	0	0
2024-09-15	7	0	0	0	0	0
2024-09-16	7	480	480	332	0	114
2024-09-17	7	480	480	330	0	174
2024-09-18	7	480	480	371	0	130
2024-09-19	7	480	480	352	0	168
2024-09-20	7	480	480	313	0	109
2024-09-21	7	0	0	0	0	0
2024-09-22	7	0	0	0	0	0
2024-09-23	7	480	480	309	0	102
2024-09-24	7	0	0	0	0	0
2024-09-25	7	0	0	0	0	0
2024-09-26	7	480	480	353	0	199
2024-09-27	7	480	480	396	0	200
2024-09-28	7	480	480	362	0	212
2024-09-29	7	480	480	385	0	123
2024-09-30	7	480	480	275	0	152
2024-10-01	7	480	480	324	0	162
2024-10-02	7	480	480	345	0	108
2024-10-03	7	480	480	315	0	144
2024-10-04	7	480	480	329	0	185
2024-10-05	7	0	0	0	0	0
2024-10-06	7	0	0	0	0	0
2024-10-07	7	480	480	341	0	128
2024-10-08	7	480	480	326	0	109
2024-10-09	7	480	480	320	0	131
2024-10-10	7	480	480	366	0	187
2024-10-11	7	480	480	319	0	170
2024-10-12	7	0	0	0	0	0
2024-10-13	7	0	0	0	0	0
2024-10-14	7	480	480	312	0	112
2024-10-15	7	0	0	0	0	0
2024-10-16	7	0	0	0	0	0
2024-10-17	7	480	480	346	0	174
2024-10-18	7	480	480	349	0	162
2024-10-19	7	480	480	324	0	105
2024-10-20	7	480	480	334	0	191
2024-10-21	7	480	480	314	0	169
2024-10-22	7	480	480	341	0	184
2024-10-23	7	480	480	331	0	196
2024-10-24	7	480	480	325	0	181
2024-10-25	7	480	480	294	0	115
2024-10-26	7	0	0	0	0	0
2024-10-27	7	0	0	0	0	0
2024-10-28	7	480	480	318	0	170
2024-10-29	7	480	480	328	0	104
2024-10-30	7	480	480	318	0	156
2024-10-31	7	480	480	349	0	105
2024-11-01	7	480	480	352	0	210
2024-11-02	7	0	0	0	0	0
2024-11-03	7	0	0	0	0	0
2024-11-04	7	480	480	320	0	115
2024-11-05	7	0	0	0	0	0
2024-11-06	7	0	0	0	0	0
2024-11-07	7	480	480	337	0	104
2024-11-08	7	480	480	314	0	180
2024-11-09	7	480	480	346	0	166
2024-11-10	7	480	480	318	0	101
2024-11-11	7	480	480	286	0	93
2024-11-12	7	480	480	382	0	144
2024-11-13	7	480	480	304	0	131
2024-11-14	7	480	480	376	0	216
2024-11-15	7	480	480	282	17	99
2024-11-16	7	0	0	0	0	0
2024-11-17	7	0	0	0	0	0
2024-11-18	7	480	480	310	0	112
2024-11-19	7	480	480	330	0	171
2024-11-20	7	480	480	306	0	142
2024-11-21	7	480	480	340	0	163
2024-11-22	7	480	480	353	0	117
2024-11-23	7	0	0	0	0	0
2024-11-24	7	0	0	0	0	0
2024-11-25	7	480	480	342	0	125
2024-11-26	7	0	0	0	0	0
2024-11-27	7	0	0	0	0	0
2024-11-28	7	480	480	331	0	180
2024-11-29	7	480	480	368	17	202
2024-11-30	7	480	480	338	0	197
2024-12-01	7	480	480	311	0	171
2024-12-02	7	480	480	383	33	239
2024-12-03	7	480	480	276	0	152
2024-12-04	7	480	480	330	0	115
2024-12-05	7	480	480	358	0	180
2024-12-06	7	480	480	371	0	135
2024-12-07	7	0	0	0	0	0
2024-12-08	7	0	0	0	0	0
2024-12-09	7	480	480	313	0	136
2024-12-10	7	480	480	401	10	222
2024-12-11	7	480	480	328	0	167
2024-12-12	7	480	480	353	0	152
2024-12-13	7	480	480	343	0	195
2024-12-14	7	0	0	0	0	0
2024-12-15	7	0	0	0	0	0
2024-12-16	7	480	480	314	0	176
2024-12-17	7	0	0	0	0	0
2024-12-18	7	0	0	0	0	0
2024-12-19	7	480	480	373	0	177
2024-12-20	7	480	480	323	0	156
2024-12-21	7	480	480	316	0	141
2024-12-22	7	480	480	371	0	218
2024-12-23	7	480	480	324	0	145
2024-12-24	7	480	480	334	0	172
2024-12-25	7	480	480	334	0	143
2024-12-26	7	480	480	341	0	195
2024-12-27	7	480	480	325	0	155
2024-12-28	7	0	0	0	0	0
2024-12-29	7	0	0	0	0	0
2024-12-30	7	480	480	303	0	116
2024-12-31	7	480	480	331	0	99
2025-01-01	7	480	480	349	0	151
2025-01-02	7	480	480	319	0	137
2025-01-03	7	480	480	296	0	94
2025-01-04	7	0	0	0	0	0
2025-01-05	7	0	0	0	0	0
2025-01-06	7	480	480	331	0	184
2025-01-07	7	0	0	0	0	0
2025-01-08	7	0	0	0	0	0
2025-01-09	7	480	480	321	0	107
2025-01-10	7	480	480	382	0	183
2025-01-11	7	480	480	360	0	140
2025-01-12	7	480	480	294	0	149
2025-01-13	7	480	480	326	0	108
2025-01-14	7	480	480	361	12	120
2025-01-15	7	480	480	331	0	129
2025-01-16	7	480	480	337	0	132
2025-01-17	7	480	480	347	0	177
2025-01-18	7	0	0	0	0	0
2025-01-19	7	0	0	0	0	0
2025-01-20	7	480	480	356	0	123
2025-01-21	7	480	480	365	9	174
2025-01-22	7	480	480	334	0	105
2025-01-23	7	480	480	373	0	190
2025-01-24	7	480	480	336	0	121
2025-01-25	7	0	0	0	0	0
2025-01-26	7	0	0	0	0	0
2025-01-27	7	480	480	350	0	118
2025-01-28	7	0	0	0	0	0
2025-01-29	7	0	0	0	0	0
2025-01-30	7	480	480	338	0	156
2025-01-31	7	480	480	253	0	85
2025-02-01	7	480	480	332	0	107
2025-02-02	7	480	480	313	0	97
2025-02-03	7	480	480	317	0	111
2025-02-04	7	480	480	271	20	121
2025-02-05	7	480	480	338	0	179
2025-02-06	7	480	480	295	0	98
2025-02-07	7	480	480	333	0	139
2025-02-08	7	0	0	0	0	0
2025-02-09	7	0	0	0	0	0
2025-02-10	7	480	480	358	0	109
2025-02-11	7	480	480	335	0	126
2025-02-12	7	480	480	339	0	162
2025-02-13	7	480	480	366	0	187
2025-02-14	7	480	480	305	0	99
2025-02-15	7	0	0	0	0	0
2025-02-16	7	0	0	0	0	0
2025-02-17	7	480	480	354	0	126
2025-02-18	7	0	0	0	0	0
2025-02-19	7	0	0	0	0	0
2025-02-20	7	480	480	298	0	117
2025-02-21	7	480	480	326	0	142
2025-02-22	7	480	480	316	0	184
2025-02-23	7	480	480	355	0	136
2025-02-24	7	480	480	328	0	183
2025-02-25	7	480	480	324	0	158
2025-02-26	7	480	480	289	0	163
2025-02-27	7	480	480	314	0	99
2025-02-28	7	480	480	253	0	132
2025-03-01	7	0	0	0	0	0
2025-03-02	7	0	0	0	0	0
2025-03-03	7	480	480	304	0	121
2025-03-04	7	480	480	349	8	118
2025-03-05	7	480	480	366	0	156
2025-03-06	7	480	480	263	0	86
2025-03-07	7	480	480	326	0	121
2025-03-08	7	0	0	0	0	0
2025-03-09	7	0	0	0	0	0
2025-03-10	7	480	480	323	0	131
2025-03-11	7	0	0	0	0	0
2025-03-12	7	0	0	0	0	0
2025-03-13	7	480	480	317	0	113
2025-03-14	7	480	480	323	0	180
2025-03-15	7	480	480	366	0	189
2025-03-16	7	480	480	337	0	102
2025-03-17	7	480	480	329	18	139
2025-03-18	7	480	480	340	0	121
2025-03-19	7	480	480	296	0	156
2025-03-20	7	480	480	314	0	117
2025-03-21	7	480	480	338	0	133
2025-03-22	7	0	0	0	0	0
2025-03-23	7	0	0	0	0	0
2025-03-24	7	480	480	342	0	174
2025-03-25	7	480	480	372	0	175
2025-03-26	7	480	480	330	0	117
2025-03-27	7	480	480	343	0	135
2025-03-28	7	480	480	313	0	154
2025-03-29	7	0	0	0	0	0
2025-03-30	7	0	0	0	0	0
2025-03-31	7	480	480	285	0	154
2025-04-01	7	0	0	0	0	0
2025-04-02	7	0	0	0	0	0
2025-04-03	7	480	480	379	0	170
2025-04-04	7	480	480	396	0	123
2025-04-05	7	480	480	320	0	99
2025-04-06	7	480	480	298	12	106
2025-04-07	7	480	480	315	0	131
2025-04-08	7	480	480	368	0	121
2025-04-09	7	480	480	350	0	183
2025-04-10	7	480	480	344	0	127
2025-04-11	7	480	480	321	0	143
2025-04-12	7	0	0	0	0	0
2025-04-13	7	0	0	0	0	0
2025-04-14	7	480	480	348	0	129
2025-04-15	7	480	480	327	0	128
2025-04-16	7	480	480	383	0	188
2025-04-17	7	480	480	281	0	139
2025-04-18	7	480	480	319	0	181
2025-04-19	7	0	0	0	0	0
2025-04-20	7	0	0	0	0	0
2025-04-21	7	480	480	347	0	205
2025-04-22	7	0	0	0	0	0
2025-04-23	7	0	0	0	0	0
2025-04-24	7	480	480	303	0	93
2025-04-25	7	480	480	347	0	149
2025-04-26	7	480	480	299	0	164
2025-04-27	7	480	480	350	0	127
2025-04-28	7	480	480	337	0	120
2025-04-29	7	480	480	354	0	153
2025-04-30	7	480	480	366	34	169
2025-05-01	7	480	480	342	0	106
2025-05-02	7	480	480	296	0	160
2025-05-03	7	0	0	0	0	0
2025-05-04	7	0	0	0	0	0
2025-05-05	7	480	480	349	4	150
2025-05-06	7	480	480	362	0	138
2025-05-07	7	480	480	315	0	130
2025-05-08	7	480	480	307	0	151
2025-05-09	7	480	480	268	0	110
2025-05-10	7	0	0	0	0	0
2025-05-11	7	0	0	0	0	0
2025-05-12	7	480	480	335	0	100
2025-05-13	7	0	0	0	0	0
2025-05-14	7	0	0	0	0	0
2025-05-15	7	480	480	323	0	180
2025-05-16	7	480	480	366	0	213
2025-05-17	7	480	480	358	0	171
2025-05-18	7	480	480	352	10	179
2025-05-19	7	480	480	335	0	130
2025-05-20	7	480	480	332	0	175
2025-05-21	7	480	480	299	0	95
2025-05-22	7	480	480	345	0	111
2025-05-23	7	480	480	294	0	99
2025-05-24	7	0	0	0	0	0
2025-05-25	7	0	0	0	0	0
2025-05-26	7	480	480	311	0	136
2025-05-27	7	480	480	291	0	136
2025-05-28	7	480	480	317	0	146
2025-05-29	7	480	480	311	0	147
2025-05-30	7	480	480	324	0	120
2025-05-31	7	0	0	0	0	0
2025-06-01	7	0	0	0	0	0
2025-06-02	7	480	480	332	21	170
2025-06-03	7	0	0	0	0	0
2025-06-04	7	0	0	0	0	0
2025-06-05	7	480	480	328	0	194
2025-06-06	7	480	480	392	0	157
2025-06-07	7	480	480	301	0	122
2025-06-08	7	480	480	349	0	157
2025-06-09	7	480	480	345	0	195
2025-06-10	7	480	480	358	0	195
2025-06-11	7	480	480	296	0	108
2025-06-12	7	480	480	332	0	153
2025-06-13	7	480	480	368	0	217
2025-06-14	7	0	0	0	0	0
2025-06-15	7	0	0	0	0	0
2025-06-16	7	480	480	373	0	140
2025-06-17	7	480	480	362	0	214
2025-06-18	7	480	480	344	11	135
2025-06-19	7	480	480	328	0	115
2025-06-20	7	480	480	333	0	145
2025-06-21	7	0	0	0	0	0
2025-06-22	7	0	0	0	0	0
2025-06-23	7	480	480	338	0	108
2025-06-24	7	0	0	0	0	0
2025-06-25	7	0	0	0	0	0
2025-06-26	7	480	480	330	0	175
2025-06-27	7	480	480	315	10	179
2025-06-28	7	480	480	377	0	194
2025-06-29	7	480	480	336	0	159
2025-06-30	7	480	480	306	0	93
2025-07-01	7	480	480	300	0	156
2025-07-02	7	480	480	357	9	129
2025-07-03	7	480	480	361	0	194
2025-07-04	7	480	480	383	0	136
2025-07-05	7	0	0	0	0	0
2025-07-06	7	0	0	0	0	0
2025-07-07	7	480	480	336	0	111
2025-07-08	7	480	480	361	0	211
2025-07-09	7	480	480	362	0	112
2025-07-10	7	480	480	271	0	145
2025-07-11	7	480	480	337	0	103
2025-07-12	7	0	0	0	0	0
2025-07-13	7	0	0	0	0	0
2025-07-14	7	480	480	363	0	216
2025-07-15	7	0	0	0	0	0
2025-07-16	7	0	0	0	0	0
2025-07-17	7	480	480	361	0	136
2025-07-18	7	480	480	345	0	167
2025-07-19	7	480	480	371	0	165
2025-07-20	7	480	480	332	0	147
2025-07-21	7	480	480	348	0	115
2025-07-22	7	480	480	305	0	134
2025-07-23	7	480	480	358	0	131
2025-07-24	7	480	480	342	0	156
2025-07-25	7	480	480	332	0	187
2025-07-26	7	0	0	0	0	0
2025-07-27	7	0	0	0	0	0
2025-07-28	7	480	480	357	0	168
2025-07-29	7	480	480	360	0	154
2025-07-30	7	480	480	357	0	128
2025-07-31	7	480	480	333	0	133
2025-08-01	7	480	480	330	6	144
2025-08-02	7	0	0	0	0	0
2025-08-03	7	0	0	0	0	0
2025-08-04	7	480	480	318	0	139
2025-08-05	7	0	0	0	0	0
2025-08-06	7	0	0	0	0	0
2025-08-07	7	480	480	323	0	116
2025-08-08	7	480	480	384	0	178
2025-08-09	7	480	480	331	0	179
2025-08-10	7	480	480	348	0	110
2025-08-11	7	480	480	323	0	112
2025-08-12	7	480	480	360	29	155
2025-08-13	7	480	480	357	0	134
2025-08-14	7	480	480	339	0	166
2025-08-15	7	480	480	372	13	221
2025-08-16	7	0	0	0	0	0
2025-08-17	7	0	0	0	0	0
2025-08-18	7	480	480	368	6	215
2025-08-19	7	480	480	355	0	150
2025-08-20	7	480	480	310	0	163
2025-08-21	7	480	480	338	0	145
2023-09-15	8	480	480	296	0	111
2023-09-16	8	0	0	0	0	0
2023-09-17	8	0	0	0	0	0
2023-09-18	8	480	480	329	0	170
2023-09-19	8	480	480	349	0	193
2023-09-20	8	480	480	352	0	175
2023-09-21	8	480	480	332	0	113
2023-09-22	8	480	480	307	0	159
2023-09-23	8	0	0	0	0	0
2023-09-24	8	0	0	0	0	0
2023-09-25	8	480	480	316	0	98
2023-09-26	8	480	480	358	7	143
2023-09-27	8	0	0	0	0	0
2023-09-28	8	0	0	0	0	0
2023-09-29	8	480	480	343	0	198
2023-09-30	8	480	480	335	61	189
2023-10-01	8	480	480	367	0	204
2023-10-02	8	480	480	397	13	153
2023-10-03	8	480	480	322	0	119
2023-10-04	8	480	480	391	0	165
2023-10-05	8	480	480	309	0	151
2023-10-06	8	480	480	355	0	178
2023-10-07	8	0	0	0	0	0
2023-10-08	8	0	0	0	0	0
2023-10-09	8	480	480	341	0	113
2023-10-10	8	480	480	315	11	173
2023-10-11	8	480	480	337	19	174
2023-10-12	8	480	480	343	0	112
2023-10-13	8	480	480	344	82	231
2023-10-14	8	0	0	0	0	0
2023-10-15	8	0	0	0	0	0
2023-10-16	8	480	480	343	0	105
2023-10-17	8	480	480	306	0	134
2023-10-18	8	0	0	0	0	0
2023-10-19	8	0	0	0	0	0
2023-10-20	8	480	480	322	19	131
2023-10-21	8	480	480	350	0	182
2023-10-22	8	480	480	305	0	100
2023-10-23	8	480	480	328	0	156
2023-10-24	8	480	480	381	0	125
2023-10-25	8	480	480	320	0	105
2023-10-26	8	480	480	347	0	172
2023-10-27	8	480	480	344	0	138
2023-10-28	8	0	0	0	0	0
2023-10-29	8	0	0	0	0	0
2023-10-30	8	480	480	322	0	113
2023-10-31	8	480	480	372	0	191
2023-11-01	8	480	480	337	0	122
2023-11-02	8	480	480	371	0	129
2023-11-03	8	480	480	341	0	138
2023-11-04	8	0	0	0	0	0
2023-11-05	8	0	0	0	0	0
2023-11-06	8	480	480	291	0	153
2023-11-07	8	480	480	290	0	166
2023-11-08	8	0	0	0	0	0
2023-11-09	8	0	0	0	0	0
2023-11-10	8	480	480	325	0	139
2023-11-11	8	480	480	357	0	192
2023-11-12	8	480	480	326	0	117
2023-11-13	8	480	480	277	0	166
2023-11-14	8	480	480	351	0	131
2023-11-15	8	480	480	309	0	113
2023-11-16	8	480	480	344	0	131
2023-11-17	8	480	480	372	0	160
2023-11-18	8	0	0	0	0	0
2023-11-19	8	0	0	0	0	0
2023-11-20	8	480	480	329	0	111
2023-11-21	8	480	480	362	0	129
2023-11-22	8	480	480	344	0	191
2023-11-23	8	480	480	381	24	139
2023-11-24	8	480	480	352	0	109
2023-11-25	8	0	0	0	0	0
2023-11-26	8	0	0	0	0	0
2023-11-27	8	480	480	355	0	136
2023-11-28	8	480	480	303	0	143
2023-11-29	8	0	0	0	0	0
2023-11-30	8	0	0	0	0	0
2023-12-01	8	480	480	362	0	180
2023-12-02	8	480	480	328	0	116
2023-12-03	8	480	480	334	0	141
2023-12-04	8	480	480	312	0	167
2023-12-05	8	480	480	285	0	123
2023-12-06	8	480	480	291	0	100
2023-12-07	8	480	480	323	0	174
2023-12-08	8	480	480	369	0	157
2023-12-09	8	0	0	0	0	0
2023-12-10	8	0	0	0	0	0
2023-12-11	8	480	480	398	0	128
2023-12-12	8	480	480	338	0	163
2023-12-13	8	480	480	320	0	179
2023-12-14	8	480	480	349	0	190
2023-12-15	8	480	480	311	0	103
2023-12-16	8	0	0	0	0	0
2023-12-17	8	0	0	0	0	0
2023-12-18	8	480	480	327	0	149
2023-12-19	8	480	480	288	0	127
2023-12-20	8	0	0	0	0	0
2023-12-21	8	0	0	0	0	0
2023-12-22	8	480	480	297	0	154
2023-12-23	8	480	480	332	0	174
2023-12-24	8	480	480	372	16	181
2023-12-25	8	480	480	371	0	114
2023-12-26	8	480	480	288	0	151
2023-12-27	8	480	480	340	0	158
2023-12-28	8	480	480	316	27	166
2023-12-29	8	480	480	337	46	153
2023-12-30	8	0	0	0	0	0
2023-12-31	8	0	0	0	0	0
2024-01-01	8	480	480	375	0	215
2024-01-02	8	480	480	337	24	140
2024-01-03	8	480	480	301	0	163
2024-01-04	8	480	480	310	0	181
2024-01-05	8	480	480	326	15	173
2024-01-06	8	0	0	0	0	0
2024-01-07	8	0	0	0	0	0
2024-01-08	8	480	480	340	0	127
2024-01-09	8	480	480	364	0	156
2024-01-10	8	0	0	0	0	0
2024-01-11	8	0	0	0	0	0
2024-01-12	8	480	480	348	13	153
2024-01-13	8	480	480	317	0	180
2024-01-14	8	480	480	301	0	134
2024-01-15	8	480	480	336	0	146
2024-01-16	8	480	480	358	0	140
2024-01-17	8	480	480	276	0	101
2024-01-18	8	480	480	325	20	148
2024-01-19	8	480	480	354	0	180
2024-01-20	8	0	0	0	0	0
2024-01-21	8	0	0	0	0	0
2024-01-22	8	480	480	323	70	209
2024-01-23	8	480	480	325	0	159
2024-01-24	8	480	480	297	0	134
2024-01-25	8	480	480	288	12	154
2024-01-26	8	480	480	348	0	191
2024-01-27	8	0	0	0	0	0
2024-01-28	8	0	0	0	0	0
2024-01-29	8	480	480	397	0	193
2024-01-30	8	480	480	296	0	150
2024-01-31	8	0	0	0	0	0
2024-02-01	8	0	0	0	0	0
2024-02-02	8	480	480	288	0	112
2024-02-03	8	480	480	345	0	136
2024-02-04	8	480	480	296	0	97
2024-02-05	8	480	480	337	0	196
2024-02-06	8	480	480	299	0	106
2024-02-07	8	480	480	393	0	133
2024-02-08	8	480	480	311	0	157
2024-02-09	8	480	480	372	0	130
2024-02-10	8	0	0	0	0	0
2024-02-11	8	0	0	0	0	0
2024-02-12	8	480	480	365	0	168
2024-02-13	8	480	480	316	0	183
2024-02-14	8	480	480	363	0	146
2024-02-15	8	480	480	362	0	209
2024-02-16	8	480	480	339	0	160
2024-02-17	8	0	0	0	0	0
2024-02-18	8	0	0	0	0	0
2024-02-19	8	480	480	360	0	188
2024-02-20	8	480	480	310	0	150
2024-02-21	8	0	0	0	0	0
2024-02-22	8	0	0	0	0	0
2024-02-23	8	480	480	336	0	181
2024-02-24	8	480	480	287	0	106
2024-02-25	8	480	480	342	0	111
2024-02-26	8	480	480	341	0	122
2024-02-27	8	480	480	342	0	181
2024-02-28	8	480	480	333	0	172
2024-02-29	8	480	480	391	0	200
2024-03-01	8	480	480	340	0	148
2024-03-02	8	0	0	0	0	0
2024-03-03	8	0	0	0	0	0
2024-03-04	8	480	480	332	0	129
2024-03-05	8	480	480	354	14	126
2024-03-06	8	480	480	343	0	133
2024-03-07	8	480	480	283	16	115
2024-03-08	8	480	480	360	0	146
2024-03-09	8	0	0	0	0	0
2024-03-10	8	0	0	0	0	0
2024-03-11	8	480	480	328	0	183
2024-03-12	8	480	480	324	0	137
2024-03-13	8	0	0	0	0	0
2024-03-14	8	0	0	0	0	0
2024-03-15	8	480	480	346	41	201
2024-03-16	8	480	480	360	8	130
2024-03-17	8	480	480	332	0	100
2024-03-18	8	480	480	320	0	132
2024-03-19	8	480	480	369	9	172
2024-03-20	8	480	480	336	0	198
2024-03-21	8	480	480	401	0	223
2024-03-22	8	480	480	341	0	127
2024-03-23	8	0	0	0	0	0
2024-03-24	8	0	0	0	0	0
2024-03-25	8	480	480	344	0	130
2024-03-26	8	480	480	311	0	145
2024-03-27	8	480	480	310	0	111
2024-03-28	8	480	480	297	0	106
2024-03-29	8	480	480	271	13	141
2024-03-30	8	0	0	0	0	0
2024-03-31	8	0	0	0	0	0
2024-04-01	8	480	480	336	0	142
2024-04-02	8	480	480	311	0	165
2024-04-03	8	0	0	0	0	0
2024-04-04	8	0	0	0	0	0
2024-04-05	8	480	480	361	0	165
2024-04-06	8	480	480	351	0	186
2024-04-07	8	480	480	313	0	104
2024-04-08	8	480	480	351	0	185
2024-04-09	8	480	480	298	14	150
2024-04-10	8	480	480	364	0	116
2024-04-11	8	480	480	324	0	176
2024-04-12	8	480	480	312	0	143
2024-04-13	8	0	0	0	0	0
2024-04-14	8	0	0	0	0	0
2024-04-15	8	480	480	379	0	225
2024-04-16	8	480	480	293	0	147
2024-04-17	8	480	480	367	0	214
2024-04-18	8	480	480	278	0	101
2024-04-19	8	480	480	338	30	165
2024-04-20	8	0	0	0	0	0
2024-04-21	8	0	0	0	0	0
2024-04-22	8	480	480	324	0	171
2024-04-23	8	480	480	284	0	116
2024-04-24	8	0	0	0	0	0
2024-04-25	8	0	0	0	0	0
2024-04-26	8	480	480	355	0	211
2024-04-27	8	480	480	324	0	127
2024-04-28	8	480	480	336	0	118
2024-04-29	8	480	480	370	0	121
2024-04-30	8	480	480	338	6	180
2024-05-01	8	480	480	346	0	119
2024-05-02	8	480	480	347	0	162
2024-05-03	8	480	480	359	0	188
2024-05-04	8	0	0	0	0	0
2024-05-05	8	0	0	0	0	0
2024-05-06	8	480	480	314	0	172
2024-05-07	8	480	480	376	0	122
2024-05-08	8	480	480	288	0	89
2024-05-09	8	480	480	316	0	180
2024-05-10	8	480	480	315	0	150
2024-05-11	8	0	0	0	0	0
2024-05-12	8	0	0	0	0	0
2024-05-13	8	480	480	350	0	113
2024-05-14	8	480	480	351	0	141
2024-05-15	8	0	0	0	0	0
2024-05-16	8	0	0	0	0	0
2024-05-17	8	480	480	294	0	168
2024-05-18	8	480	480	314	16	107
2024-05-19	8	480	480	303	0	92
2024-05-20	8	480	480	334	0	127
2024-05-21	8	480	480	334	0	151
2024-05-22	8	480	480	266	0	85
2024-05-23	8	480	480	380	0	215
2024-05-24	8	480	480	338	0	202
2024-05-25	8	0	0	0	0	0
2024-05-26	8	0	0	0	0	0
2024-05-27	8	480	480	334	7	121
2024-05-28	8	480	480	337	0	175
2024-05-29	8	480	480	346	0	189
2024-05-30	8	480	480	340	0	195
2024-05-31	8	480	480	350	0	108
2024-06-01	8	0	0	0	0	0
2024-06-02	8	0	0	0	0	0
2024-06-03	8	480	480	331	0	131
2024-06-04	8	480	480	349	0	123
2024-06-05	8	0	0	0	0	0
2024-06-06	8	0	0	0	0	0
2024-06-07	8	480	480	277	0	114
2024-06-08	8	480	480	331	4	180
2024-06-09	8	480	480	376	0	168
2024-06-10	8	480	480	374	28	198
2024-06-11	8	480	480	305	0	91
2024-06-12	8	480	480	344	0	138
2024-06-13	8	480	480	329	0	115
2024-06-14	8	480	480	369	0	131
2024-06-15	8	0	0	0	0	0
2024-06-16	8	0	0	0	0	0
2024-06-17	8	480	480	400	28	244
2024-06-18	8	480	480	356	0	194
2024-06-19	8	480	480	295	24	124
2024-06-20	8	480	480	314	0	171
2024-06-21	8	480	480	351	13	142
2024-06-22	8	0	0	0	0	0
2024-06-23	8	0	0	0	0	0
2024-06-24	8	480	480	346	0	164
2024-06-25	8	480	480	385	0	130
2024-06-26	8	0	0	0	0	0
2024-06-27	8	0	0	0	0	0
2024-06-28	8	480	480	356	0	139
2024-06-29	8	480	480	373	0	159
2024-06-30	8	480	480	305	0	104
2024-07-01	8	480	480	300	0	108
2024-07-02	8	480	480	346	0	201
2024-07-03	8	480	480	323	0	148
2024-07-04	8	480	480	323	0	178
2024-07-05	8	480	480	305	0	108
2024-07-06	8	0	0	0	0	0
2024-07-07	8	0	0	0	0	0
2024-07-08	8	480	480	305	0	152
2024-07-09	8	480	480	313	0	184
2024-07-10	8	480	480	370	0	112
2024-07-11	8	480	480	308	0	175
2024-07-12	8	480	480	348	0	194
2024-07-13	8	0	0	0	0	0
2024-07-14	8	0	0	0	0	0
2024-07-15	8	480	480	273	0	109
2024-07-16	8	480	480	286	0	116
2024-07-17	8	0	0	0	0	0
2024-07-18	8	0	0	0	0	0
2024-07-19	8	480	480	273	0	124
2024-07-20	8	480	480	356	0	182
2024-07-21	8	480	480	368	0	123
2024-07-22	8	480	480	343	0	157
2024-07-23	8	480	480	301	0	105
2024-07-24	8	480	480	358	9	167
2024-07-25	8	480	480	334	0	112
2024-07-26	8	480	480	329	0	174
2024-07-27	8	0	0	0	0	0
2024-07-28	8	0	0	0	0	0
2024-07-29	8	480	480	347	0	197
2024-07-30	8	480	480	333	0	171
2024-07-31	8	480	480	327	0	155
2024-08-01	8	480	480	340	0	192
2024-08-02	8	480	480	314	0	172
2024-08-03	8	0	0	0	0	0
2024-08-04	8	0	0	0	0	0
2024-08-05	8	480	480	327	0	101
2024-08-06	8	480	480	340	0	169
2024-08-07	8	0	0	0	0	0
2024-08-08	8	0	0	0	0	0
2024-08-09	8	480	480	321	0	148
2024-08-10	8	480	480	316	0	167
2024-08-11	8	480	480	348	0	155
2024-08-12	8	480	480	372	0	222
2024-08-13	8	480	480	331	0	116
2024-08-14	8	480	480	333	0	104
2024-08-15	8	480	480	346	0	147
2024-08-16	8	480	480	302	0	167
2024-08-17	8	0	0	0	0	0
2024-08-18	8	0	0	0	0	0
2024-08-19	8	480	480	301	0	136
2024-08-20	8	480	480	326	0	189
2024-08-21	8	480	480	303	0	152
2024-08-22	8	480	480	342	0	136
2024-08-23	8	480	480	334	0	137
2024-08-24	8	0	0	0	0	0
2024-08-25	8	0	0	0	0	0
2024-08-26	8	480	480	347	0	110
2024-08-27	8	480	480	376	0	121
2024-08-28	8	0	0	0	0	0
2024-08-29	8	0	0	0	0	0
2024-08-30	8	480	480	310	0	178
2024-08-31	8	480	480	326	0	128
2024-09-01	8	480	480	327	0	166
2024-09-02	8	480	480	303	0	152
2024-09-03	8	480	480	303	26	150
2024-09-04	8	480	480	347	0	196
2024-09-05	8	480	480	305	0	107
2024-09-06	8	480	480	349	0	123
2024-09-07	8	0	0	0	0	0
2024-09-08	8	0	0	0	0	0
2024-09-09	8	480	480	371	0	140
2024-09-10	8	480	480	357	0	188
2024-09-11	8	480	480	361	0	183
2024-09-12	8	480	480	323	0	150
2024-09-13	8	480	480	319	0	136
2024-09-14	8	0	0	0	0	0
2024-09-15	8	0	0	0	0	0
2024-09-16	8	480	480	383	0	188
2024-09-17	8	480	480	275	0	125
2024-09-18	8	0	0	0	0	0
2024-09-19	8	0	0	0	0	0
2024-09-20	8	480	480	310	0	173
2024-09-21	8	480	480	350	0	145
2024-09-22	8	480	480	341	0	178
2024-09-23	8	480	480	381	0	190
2024-09-24	8	480	480	349	0	199
2024-09-25	8	480	480	333	0	108
2024-09-26	8	480	480	301	8	159
2024-09-27	8	480	480	339	0	126
2024-09-28	8	0	0	0	0	0
2024-09-29	8	0	0	0	0	0
2024-09-30	8	480	480	344	0	127
2024-10-01	8	480	480	337	0	173
2024-10-02	8	480	480	335	0	159
2024-10-03	8	480	480	332	31	193
2024-10-04	8	480	480	309	0	146
2024-10-05	8	0	0	0	0	0
2024-10-06	8	0	0	0	0	0
2024-10-07	8	480	480	370	0	142
2024-10-08	8	480	480	329	0	119
2024-10-09	8	0	0	0	0	0
2024-10-10	8	0	0	0	0	0
2024-10-11	8	480	480	311	0	127
2024-10-12	8	480	480	309	0	126
2024-10-13	8	480	480	332	0	100
2024-10-14	8	480	480	367	0	171
2024-10-15	8	480	480	360	0	167
2024-10-16	8	480	480	318	0	125
2024-10-17	8	480	480	346	5	203
2024-10-18	8	480	480	359	0	117
2024-10-19	8	0	0	0	0	0
2024-10-20	8	0	0	0	0	0
2024-10-21	8	480	480	325	0	108
2024-10-22	8	480	480	324	0	192
2024-10-23	8	480	480	352	0	121
2024-10-24	8	480	480	356	0	201
2024-10-25	8	480	480	331	0	140
2024-10-26	8	0	0	0	0	0
2024-10-27	8	0	0	0	0	0
2024-10-28	8	480	480	309	0	141
2024-10-29	8	480	480	336	0	129
2024-10-30	8	0	0	0	0	0
2024-10-31	8	0	0	0	0	0
2024-11-01	8	480	480	300	0	159
2024-11-02	8	480	480	328	0	130
2024-11-03	8	480	480	343	0	156
2024-11-04	8	480	480	405	0	165
2024-11-05	8	480	480	311	0	100
2024-11-06	8	480	480	298	0	165
2024-11-07	8	480	480	365	0	180
2024-11-08	8	480	480	327	0	107
2024-11-09	8	0	0	0	0	0
2024-11-10	8	0	0	0	0	0
2024-11-11	8	480	480	315	0	184
2024-11-12	8	480	480	360	0	198
2024-11-13	8	480	480	350	0	177
2024-11-14	8	480	480	379	0	134
2024-11-15	8	480	480	345	0	162
2024-11-16	8	0	0	0	0	0
2024-11-17	8	0	0	0	0	0
2024-11-18	8	480	480	320	0	151
2024-11-19	8	480	480	353	0	174
2024-11-20	8	0	0	0	0	0
2024-11-21	8	0	0	0	0	0
2024-11-22	8	480	480	324	0	133
2024-11-23	8	480	480	366	0	114
2024-11-24	8	480	480	308	0	114
2024-11-25	8	480	480	333	0	169
2024-11-26	8	480	480	280	0	133
2024-11-27	8	480	480	315	0	118
2024-11-28	8	480	480	323	0	190
2024-11-29	8	480	480	327	0	108
2024-11-30	8	0	0	0	0	0
2024-12-01	8	0	0	0	0	0
2024-12-02	8	480	480	355	0	179
2024-12-03	8	480	480	352	0	108
2024-12-04	8	480	480	333	0	109
2024-12-05	8	480	480	351	0	194
2024-12-06	8	480	480	347	0	178
2024-12-07	8	0	0	0	0	0
2024-12-08	8	0	0	0	0	0
2024-12-09	8	480	480	300	0	170
2024-12-10	8	480	480	313	0	163
2024-12-11	8	0	0	0	0	0
2024-12-12	8	0	0	0	0	0
2024-12-13	8	480	480	325	0	186
2024-12-14	8	480	480	363	0	164
2024-12-15	8	480	480	269	0	129
2024-12-16	8	480	480	348	23	196
2024-12-17	8	480	480	349	0	155
2024-12-18	8	480	480	353	0	140
2024-12-19	8	480	480	310	0	116
2024-12-20	8	480	480	334	0	113
2024-12-21	8	0	0	0	0	0
2024-12-22	8	0	0	0	0	0
2024-12-23	8	480	480	342	0	160
2024-12-24	8	480	480	385	0	174
2024-12-25	8	480	480	299	0	117
2024-12-26	8	480	480	318	0	156
2024-12-27	8	480	480	318	0	176
2024-12-28	8	0	0	0	0	0
2024-12-29	8	0	0	0	0	0
2024-12-30	8	480	480	368	0	119
2024-12-31	8	480	480	336	0	113
2025-01-01	8	0	0	0	0	0
2025-01-02	8	0	0	0	0	0
2025-01-03	8	480	480	331	0	124
2025-01-04	8	480	480	370	0	194
2025-01-05	8	480	480	335	0	161
2025-01-06	8	480	480	350	0	127
2025-01-07	8	480	480	284	0	95
2025-01-08	8	480	480	324	0	160
2025-01-09	8	480	480	327	0	184
2025-01-10	8	480	480	355	0	168
2025-01-11	8	0	0	0	0	0
2025-01-12	8	0	0	0	0	0
2025-01-13	8	480	480	332	0	152
2025-01-14	8	480	480	336	0	160
2025-01-15	8	480	480	393	0	233
2025-01-16	8	480	480	367	0	132
2025-01-17	8	480	480	279	0	155
2025-01-18	8	0	0	0	0	0
2025-01-19	8	0	0	0	0	0
2025-01-20	8	480	480	361	0	157
2025-01-21	8	480	480	351	0	131
2025-01-22	8	0	0	0	0	0
2025-01-23	8	0	0	0	0	0
2025-01-24	8	480	480	356	0	116
2025-01-25	8	480	480	352	0	155
2025-01-26	8	480	480	344	0	164
2025-01-27	8	480	480	357	0	207
2025-01-28	8	480	480	317	0	116
2025-01-29	8	480	480	330	20	171
2025-01-30	8	480	480	342	70	195
2025-01-31	8	480	480	366	0	194
2025-02-01	8	0	0	0	0	0
2025-02-02	8	0	0	0	0	0
2025-02-03	8	480	480	280	0	100
2025-02-04	8	480	480	349	0	188
2025-02-05	8	480	480	346	0	125
2025-02-06	8	480	480	299	0	115
2025-02-07	8	480	480	364	0	198
2025-02-08	8	0	0	0	0	0
2025-02-09	8	0	0	0	0	0
2025-02-10	8	480	480	320	0	177
2025-02-11	8	480	480	339	0	185
2025-02-12	8	0	0	0	0	0
2025-02-13	8	0	0	0	0	0
2025-02-14	8	480	480	323	0	100
2025-02-15	8	480	480	340	0	106
2025-02-16	8	480	480	314	0	180
2025-02-17	8	480	480	357	0	118
2025-02-18	8	480	480	322	0	174
2025-02-19	8	480	480	292	0	157
2025-02-20	8	480	480	301	16	175
2025-02-21	8	480	480	359	0	161
2025-02-22	8	0	0	0	0	0
2025-02-23	8	0	0	0	0	0
2025-02-24	8	480	480	332	9	180
2025-02-25	8	480	480	297	78	156
2025-02-26	8	480	480	318	0	172
2025-02-27	8	480	480	290	0	131
2025-02-28	8	480	480	355	0	132
2025-03-01	8	0	0	0	0	0
2025-03-02	8	0	0	0	0	0
2025-03-03	8	480	480	334	0	166
2025-03-04	8	480	480	345	0	123
2025-03-05	8	0	0	0	0	0
2025-03-06	8	0	0	0	0	0
2025-03-07	8	480	480	319	24	198
2025-03-08	8	480	480	356	0	205
2025-03-09	8	480	480	347	0	166
2025-03-10	8	480	480	359	0	187
2025-03-11	8	480	480	315	0	182
2025-03-12	8	480	480	328	0	162
2025-03-13	8	480	480	333	0	197
2025-03-14	8	480	480	340	0	161
2025-03-15	8	0	0	0	0	0
2025-03-16	8	0	0	0	0	0
2025-03-17	8	480	480	374	0	138
2025-03-18	8	480	480	312	0	154
2025-03-19	8	480	480	333	0	108
2025-03-20	8	480	480	287	0	165
2025-03-21	8	480	480	359	0	120
2025-03-22	8	0	0	0	0	0
2025-03-23	8	0	0	0	0	0
2025-03-24	8	480	480	366	0	177
2025-03-25	8	480	480	351	0	180
2025-03-26	8	0	0	0	0	0
2025-03-27	8	0	0	0	0	0
2025-03-28	8	480	480	342	0	109
2025-03-29	8	480	480	321	0	160
2025-03-30	8	480	480	346	0	195
2025-03-31	8	480	480	309	0	108
2025-04-01	8	480	480	358	0	137
2025-04-02	8	480	480	310	0	134
2025-04-03	8	480	480	333	0	110
2025-04-04	8	480	480	326	0	174
2025-04-05	8	0	0	0	0	0
2025-04-06	8	0	0	0	0	0
2025-04-07	8	480	480	351	0	138
2025-04-08	8	480	480	313	0	102
2025-04-09	8	480	480	339	0	103
2025-04-10	8	480	480	347	0	142
2025-04-11	8	480	480	359	0	165
2025-04-12	8	0	0	0	0	0
2025-04-13	8	0	0	0	0	0
2025-04-14	8	480	480	359	0	121
2025-04-15	8	480	480	305	0	131
2025-04-16	8	0	0	0	0	0
2025-04-17	8	0	0	0	0	0
2025-04-18	8	480	480	314	0	158
2025-04-19	8	480	480	361	0	174
2025-04-20	8	480	480	331	0	138
2025-04-21	8	480	480	361	0	139
2025-04-22	8	480	480	355	11	150
2025-04-23	8	480	480	275	0	145
2025-04-24	8	480	480	339	4	105
2025-04-25	8	480	480	386	0	207
2025-04-26	8	0	0	0	0	0
2025-04-27	8	0	0	0	0	0
2025-04-28	8	480	480	309	0	111
2025-04-29	8	480	480	283	0	159
2025-04-30	8	480	480	264	0	125
2025-05-01	8	480	480	382	0	172
2025-05-02	8	480	480	314	0	103
2025-05-03	8	0	0	0	0	0
2025-05-04	8	0	0	0	0	0
2025-05-05	8	480	480	342	0	130
2025-05-06	8	480	480	343	9	153
2025-05-07	8	0	0	0	0	0
2025-05-08	8	0	0	0	0	0
2025-05-09	8	480	480	326	45	174
2025-05-10	8	480	480	308	0	112
2025-05-11	8	480	480	364	0	191
2025-05-12	8	480	480	332	0	153
2025-05-13	8	480	480	288	0	100
2025-05-14	8	480	480	295	0	167
2025-05-15	8	480	480	347	0	130
2025-05-16	8	480	480	338	0	116
2025-05-17	8	0	0	0	0	0
2025-05-18	8	0	0	0	0	0
2025-05-19	8	480	480	317	0	113
2025-05-20	8	480	480	331	0	167
2025-05-21	8	480	480	365	0	169
2025-05-22	8	480	480	326	0	111
2025-05-23	8	480	480	326	0	180
2025-05-24	8	0	0	0	0	0
2025-05-25	8	0	0	0	0	0
2025-05-26	8	480	480	304	0	125
2025-05-27	8	480	480	317	0	167
2025-05-28	8	0	0	0	0	0
2025-05-29	8	0	0	0	0	0
2025-05-30	8	480	480	381	0	224
2025-05-31	8	480	480	312	0	167
2025-06-01	8	480	480	321	0	186
2025-06-02	8	480	480	330	0	122
2025-06-03	8	480	480	367	0	219
2025-06-04	8	480	480	350	13	165
2025-06-05	8	480	480	329	7	174
2025-06-06	8	480	480	342	0	157
2025-06-07	8	0	0	0	0	0
2025-06-08	8	0	0	0	0	0
2025-06-09	8	480	480	329	0	110
2025-06-10	8	480	480	376	0	210
2025-06-11	8	480	480	341	0	111
2025-06-12	8	480	480	393	0	196
2025-06-13	8	480	480	350	0	162
2025-06-14	8	0	0	0	0	0
2025-06-15	8	0	0	0	0	0
2025-06-16	8	480	480	325	0	167
2025-06-17	8	480	480	333	0	156
2025-06-18	8	0	0	0	0	0
2025-06-19	8	0	0	0	0	0
2025-06-20	8	480	480	362	0	127
2025-06-21	8	480	480	359	0	164
2025-06-22	8	480	480	353	82	193
2025-06-23	8	480	480	342	0	108
2025-06-24	8	480	480	332	0	157
2025-06-25	8	480	480	338	0	110
2025-06-26	8	480	480	279	0	138
2025-06-27	8	480	480	377	0	133
2025-06-28	8	0	0	0	0	0
2025-06-29	8	0	0	0	0	0
2025-06-30	8	480	480	348	0	206
2025-07-01	8	480	480	303	0	105
2025-07-02	8	480	480	356	0	110
2025-07-03	8	480	480	323	0	157
2025-07-04	8	480	480	267	0	130
2025-07-05	8	0	0	0	0	0
2025-07-06	8	0	0	0	0	0
2025-07-07	8	480	480	382	14	139
2025-07-08	8	480	480	353	0	198
2025-07-09	8	0	0	0	0	0
2025-07-10	8	0	0	0	0	0
2025-07-11	8	480	480	335	0	126
2025-07-12	8	480	480	297	0	89
2025-07-13	8	480	480	338	0	196
2025-07-14	8	480	480	395	0	182
2025-07-15	8	480	480	343	0	187
2025-07-16	8	480	480	351	37	206
2025-07-17	8	480	480	315	0	170
2025-07-18	8	480	480	380	0	139
2025-07-19	8	0	0	0	0	0
2025-07-20	8	0	0	0	0	0
2025-07-21	8	480	480	332	0	185
2025-07-22	8	480	480	350	0	131
2025-07-23	8	480	480	346	0	161
2025-07-24	8	480	480	327	0	192
2025-07-25	8	480	480	381	0	122
2025-07-26	8	0	0	0	0	0
2025-07-27	8	0	0	0	0	0
2025-07-28	8	480	480	349	0	135
2025-07-29	8	480	480	352	0	154
2025-07-30	8	0	0	0	0	0
2025-07-31	8	0	0	0	0	0
2025-08-01	8	480	480	324	0	109
2025-08-02	8	480	480	335	12	172
2025-08-03	8	480	480	260	0	144
2025-08-04	8	480	480	332	0	149
2025-08-05	8	480	480	308	0	97
2025-08-06	8	480	480	304	0	127
2025-08-07	8	480	480	343	0	149
2025-08-08	8	480	480	338	0	103
2025-08-09	8	0	0	0	0	0
2025-08-10	8	0	0	0	0	0
2025-08-11	8	480	480	321	0	162
2025-08-12	8	480	480	377	6	208
2025-08-13	8	480	480	333	0	149
2025-08-14	8	480	480	412	0	160
2025-08-15	8	480	480	324	0	157
2025-08-16	8	0	0	0	0	0
2025-08-17	8	0	0	0	0	0
2025-08-18	8	480	480	318	0	179
2025-08-19	8	480	480	364	0	124
2025-08-20	8	0	0	0	0	0
2025-08-21	8	0	0	0	0	0
2024-05-16	9	480	480	338	0	197
2024-05-17	9	480	480	325	0	98
2024-05-18	9	0	0	0	0	0
2024-05-19	9	0	0	0	0	0
2024-05-20	9	480	480	348	0	137
2024-05-21	9	480	480	355	0	133
2024-05-22	9	480	480	332	0	136
2024-05-23	9	480	480	295	0	132
2024-05-24	9	480	480	304	0	154
2024-05-25	9	0	0	0	0	0
2024-05-26	9	0	0	0	0	0
2024-05-27	9	480	480	340	25	188
2024-05-28	9	480	480	311	0	122
2024-05-29	9	480	480	307	0	118
2024-05-30	9	0	0	0	0	0
2024-05-31	9	0	0	0	0	0
2024-06-01	9	480	480	316	0	171
2024-06-02	9	480	480	328	0	106
2024-06-03	9	480	480	333	0	111
2024-06-04	9	480	480	365	0	218
2024-06-05	9	480	480	397	0	200
2024-06-06	9	480	480	341	0	111
2024-06-07	9	480	480	322	0	120
2024-06-08	9	0	0	0	0	0
2024-06-09	9	0	0	0	0	0
2024-06-10	9	480	480	360	0	153
2024-06-11	9	480	480	347	0	136
2024-06-12	9	480	480	353	0	120
2024-06-13	9	480	480	317	0	188
2024-06-14	9	480	480	370	0	217
2024-06-15	9	0	0	0	0	0
2024-06-16	9	0	0	0	0	0
2024-06-17	9	480	480	353	12	144
2024-06-18	9	480	480	322	61	201
2024-06-19	9	480	480	352	0	177
2024-06-20	9	0	0	0	0	0
2024-06-21	9	0	0	0	0	0
2024-06-22	9	480	480	318	0	107
2024-06-23	9	480	480	311	0	101
2024-06-24	9	480	480	296	0	124
2024-06-25	9	480	480	324	0	123
2024-06-26	9	480	480	351	0	199
2024-06-27	9	480	480	347	0	193
2024-06-28	9	480	480	325	0	182
2024-06-29	9	0	0	0	0	0
2024-06-30	9	0	0	0	0	0
2024-07-01	9	480	480	300	0	92
2024-07-02	9	480	480	340	0	113
2024-07-03	9	480	480	392	17	167
2024-07-04	9	480	480	354	0	125
2024-07-05	9	480	480	327	0	108
2024-07-06	9	0	0	0	0	0
2024-07-07	9	0	0	0	0	0
2024-07-08	9	480	480	346	0	178
2024-07-09	9	480	480	287	0	150
2024-07-10	9	480	480	362	0	148
2024-07-11	9	0	0	0	0	0
2024-07-12	9	0	0	0	0	0
2024-07-13	9	480	480	334	0	164
2024-07-14	9	480	480	352	0	121
2024-07-15	9	480	480	278	0	161
2024-07-16	9	480	480	364	0	136
2024-07-17	9	480	480	389	0	221
2024-07-18	9	480	480	362	0	110
2024-07-19	9	480	480	340	0	161
2024-07-20	9	0	0	0	0	0
2024-07-21	9	0	0	0	0	0
2024-07-22	9	480	480	347	0	193
2024-07-23	9	480	480	307	0	120
2024-07-24	9	480	480	324	0	158
2024-07-25	9	480	480	300	0	168
2024-07-26	9	480	480	260	0	86
2024-07-27	9	0	0	0	0	0
2024-07-28	9	0	0	0	0	0
2024-07-29	9	480	480	366	0	219
2024-07-30	9	480	480	326	0	104
2024-07-31	9	480	480	334	0	124
2024-08-01	9	0	0	0	0	0
2024-08-02	9	0	0	0	0	0
2024-08-03	9	480	480	344	0	157
2024-08-04	9	480	480	382	0	146
2024-08-05	9	480	480	404	0	203
2024-08-06	9	480	480	343	0	170
2024-08-07	9	480	480	386	0	127
2024-08-08	9	480	480	324	0	193
2024-08-09	9	480	480	352	0	163
2024-08-10	9	0	0	0	0	0
2024-08-11	9	0	0	0	0	0
2024-08-12	9	480	480	337	0	172
2024-08-13	9	480	480	318	0	131
2024-08-14	9	480	480	369	0	211
2024-08-15	9	480	480	331	0	145
2024-08-16	9	480	480	323	11	176
2024-08-17	9	0	0	0	0	0
2024-08-18	9	0	0	0	0	0
2024-08-19	9	480	480	367	0	121
2024-08-20	9	480	480	319	0	129
2024-08-21	9	480	480	363	0	185
2024-08-22	9	0	0	0	0	0
2024-08-23	9	0	0	0	0	0
2024-08-24	9	480	480	343	0	163
2024-08-25	9	480	480	300	0	157
2024-08-26	9	480	480	266	19	116
2024-08-27	9	480	480	285	0	148
2024-08-28	9	480	480	302	0	136
2024-08-29	9	480	480	322	0	167
2024-08-30	9	480	480	341	0	124
2024-08-31	9	0	0	0	0	0
2024-09-01	9	0	0	0	0	0
2024-09-02	9	480	480	338	0	135
2024-09-03	9	480	480	339	0	151
2024-09-04	9	480	480	344	0	190
2024-09-05	9	480	480	380	0	225
2024-09-06	9	480	480	347	0	127
2024-09-07	9	0	0	0	0	0
2024-09-08	9	0	0	0	0	0
2024-09-09	9	480	480	366	0	193
2024-09-10	9	480	480	335	21	144
2024-09-11	9	480	480	353	17	175
2024-09-12	9	0	0	0	0	0
2024-09-13	9	0	0	0	0	0
2024-09-14	9	480	480	344	0	168
2024-09-15	9	480	480	329	0	139
2024-09-16	9	480	480	382	0	160
2024-09-17	9	480	480	382	0	167
2024-09-18	9	480	480	331	0	122
2024-09-19	9	480	480	393	0	176
2024-09-20	9	480	480	318	0	108
2024-09-21	9	0	0	0	0	0
2024-09-22	9	0	0	0	0	0
2024-09-23	9	480	480	352	0	189
2024-09-24	9	480	480	336	0	175
2024-09-25	9	480	480	382	0	119
2024-09-26	9	480	480	339	0	182
2024-09-27	9	480	480	367	0	164
2024-09-28	9	0	0	0	0	0
2024-09-29	9	0	0	0	0	0
2024-09-30	9	480	480	351	0	167
2024-10-01	9	480	480	393	0	137
2024-10-02	9	480	480	359	0	201
2024-10-03	9	0	0	0	0	0
2024-10-04	9	0	0	0	0	0
2024-10-05	9	480	480	333	0	114
2024-10-06	9	480	480	337	0	107
2024-10-07	9	480	480	338	0	187
2024-10-08	9	480	480	355	0	171
2024-10-09	9	480	480	354	0	152
2024-10-10	9	480	480	359	0	211
2024-10-11	9	480	480	339	0	183
2024-10-12	9	0	0	0	0	0
2024-10-13	9	0	0	0	0	0
2024-10-14	9	480	480	323	0	189
2024-10-15	9	480	480	344	0	135
2024-10-16	9	480	480	344	0	142
2024-10-17	9	480	480	356	0	135
2024-10-18	9	480	480	301	0	172
2024-10-19	9	0	0	0	0	0
2024-10-20	9	0	0	0	0	0
2024-10-21	9	480	480	298	0	157
2024-10-22	9	480	480	339	0	156
2024-10-23	9	480	480	374	0	186
2024-10-24	9	0	0	0	0	0
2024-10-25	9	0	0	0	0	0
2024-10-26	9	480	480	328	0	186
2024-10-27	9	480	480	290	0	139
2024-10-28	9	480	480	310	0	123
2024-10-29	9	480	480	362	0	176
2024-10-30	9	480	480	282	0	96
2024-10-31	9	480	480	274	0	152
2024-11-01	9	480	480	303	0	125
2024-11-02	9	0	0	0	0	0
2024-11-03	9	0	0	0	0	0
2024-11-04	9	480	480	361	0	192
2024-11-05	9	480	480	356	0	148
2024-11-06	9	480	480	264	0	132
2024-11-07	9	480	480	336	0	196
2024-11-08	9	480	480	311	0	162
2024-11-09	9	0	0	0	0	0
2024-11-10	9	0	0	0	0	0
2024-11-11	9	480	480	304	0	140
2024-11-12	9	480	480	349	0	207
2024-11-13	9	480	480	357	0	179
2024-11-14	9	0	0	0	0	0
2024-11-15	9	0	0	0	0	0
2024-11-16	9	480	480	323	0	137
2024-11-17	9	480	480	327	0	141
2024-11-18	9	480	480	299	0	125
2024-11-19	9	480	480	317	0	135
2024-11-20	9	480	480	342	0	138
2024-11-21	9	480	480	308	0	107
2024-11-22	9	480	480	365	0	179
2024-11-23	9	0	0	0	0	0
2024-11-24	9	0	0	0	0	0
2024-11-25	9	480	480	326	0	171
2024-11-26	9	480	480	297	0	150
2024-11-27	9	480	480	335	0	163
2024-11-28	9	480	480	291	0	104
2024-11-29	9	480	480	314	0	125
2024-11-30	9	0	0	0	0	0
2024-12-01	9	0	0	0	0	0
2024-12-02	9	480	480	302	0	126
2024-12-03	9	480	480	321	0	160
2024-12-04	9	480	480	390	19	158
2024-12-05	9	0	0	0	0	0
2024-12-06	9	0	0	0	0	0
2024-12-07	9	480	480	345	0	174
2024-12-08	9	480	480	339	0	179
2024-12-09	9	480	480	320	0	134
2024-12-10	9	480	480	305	0	127
2024-12-11	9	480	480	304	0	128
2024-12-12	9	480	480	320	0	97
2024-12-13	9	480	480	292	0	173
2024-12-14	9	0	0	0	0	0
2024-12-15	9	0	0	0	0	0
2024-12-16	9	480	480	338	0	151
2024-12-17	9	480	480	325	0	171
2024-12-18	9	480	480	353	0	157
2024-12-19	9	480	480	336	0	172
2024-12-20	9	480	480	339	0	149
2024-12-21	9	0	0	0	0	0
2024-12-22	9	0	0	0	0	0
2024-12-23	9	480	480	312	0	169
2024-12-24	9	480	480	276	0	148
2024-12-25	9	480	480	294	0	166
2024-12-26	9	0	0	0	0	0
2024-12-27	9	0	0	0	0	0
2024-12-28	9	480	480	355	0	149
2024-12-29	9	480	480	311	0	165
2024-12-30	9	480	480	355	0	191
2024-12-31	9	480	480	367	0	110
2025-01-01	9	480	480	306	0	132
2025-01-02	9	480	480	325	0	100
2025-01-03	9	480	480	315	0	170
2025-01-04	9	0	0	0	0	0
2025-01-05	9	0	0	0	0	0
2025-01-06	9	480	480	385	0	220
2025-01-07	9	480	480	366	0	119
2025-01-08	9	480	480	345	0	111
2025-01-09	9	480	480	376	0	206
2025-01-10	9	480	480	368	6	212
2025-01-11	9	0	0	0	0	0
2025-01-12	9	0	0	0	0	0
2025-01-13	9	480	480	330	0	177
2025-01-14	9	480	480	328	0	153
2025-01-15	9	480	480	308	0	126
2025-01-16	9	0	0	0	0	0
2025-01-17	9	0	0	0	0	0
2025-01-18	9	480	480	299	0	145
2025-01-19	9	480	480	371	0	175
2025-01-20	9	480	480	312	0	116
2025-01-21	9	480	480	307	0	123
2025-01-22	9	480	480	356	20	145
2025-01-23	9	480	480	294	0	140
2025-01-24	9	480	480	330	0	129
2025-01-25	9	0	0	0	0	0
2025-01-26	9	0	0	0	0	0
2025-01-27	9	480	480	351	0	133
2025-01-28	9	480	480	335	0	197
2025-01-29	9	480	480	310	0	179
2025-01-30	9	480	480	315	17	155
2025-01-31	9	480	480	316	0	109
2025-02-01	9	0	0	0	0	0
2025-02-02	9	0	0	0	0	0
2025-02-03	9	480	480	343	0	184
2025-02-04	9	480	480	339	0	114
2025-02-05	9	480	480	314	0	120
2025-02-06	9	0	0	0	0	0
2025-02-07	9	0	0	0	0	0
2025-02-08	9	480	480	329	0	144
2025-02-09	9	480	480	361	0	162
2025-02-10	9	480	480	346	0	128
2025-02-11	9	480	480	308	19	125
2025-02-12	9	480	480	307	0	167
2025-02-13	9	480	480	320	0	146
2025-02-14	9	480	480	384	0	164
2025-02-15	9	0	0	0	0	0
2025-02-16	9	0	0	0	0	0
2025-02-17	9	480	480	286	0	142
2025-02-18	9	480	480	365	0	196
2025-02-19	9	480	480	373	0	154
2025-02-20	9	480	480	347	0	178
2025-02-21	9	480	480	336	0	143
2025-02-22	9	0	0	0	0	0
2025-02-23	9	0	0	0	0	0
2025-02-24	9	480	480	330	0	182
2025-02-25	9	480	480	383	0	127
2025-02-26	9	480	480	371	0	207
2025-02-27	9	0	0	0	0	0
2025-02-28	9	0	0	0	0	0
2025-03-01	9	480	480	315	0	124
2025-03-02	9	480	480	343	0	165
2025-03-03	9	480	480	364	0	132
2025-03-04	9	480	480	361	0	182
2025-03-05	9	480	480	288	0	127
2025-03-06	9	480	480	333	0	107
2025-03-07	9	480	480	358	11	189
2025-03-08	9	0	0	0	0	0
2025-03-09	9	0	0	0	0	0
2025-03-10	9	480	480	333	0	106
2025-03-11	9	480	480	311	0	131
2025-03-12	9	480	480	350	0	206
2025-03-13	9	480	480	324	0	108
2025-03-14	9	480	480	354	0	173
2025-03-15	9	0	0	0	0	0
2025-03-16	9	0	0	0	0	0
2025-03-17	9	480	480	375	0	205
2025-03-18	9	480	480	370	0	122
2025-03-19	9	480	480	327	0	147
2025-03-20	9	0	0	0	0	0
2025-03-21	9	0	0	0	0	0
2025-03-22	9	480	480	332	0	172
2025-03-23	9	480	480	282	0	139
2025-03-24	9	480	480	305	0	112
2025-03-25	9	480	480	346	0	195
2025-03-26	9	480	480	340	0	109
2025-03-27	9	480	480	281	0	157
2025-03-28	9	480	480	309	0	146
2025-03-29	9	0	0	0	0	0
2025-03-30	9	0	0	0	0	0
2025-03-31	9	480	480	322	0	148
2025-04-01	9	480	480	356	0	127
2025-04-02	9	480	480	282	0	163
2025-04-03	9	480	480	339	52	222
2025-04-04	9	480	480	380	0	150
2025-04-05	9	0	0	0	0	0
2025-04-06	9	0	0	0	0	0
2025-04-07	9	480	480	318	0	144
2025-04-08	9	480	480	356	0	194
2025-04-09	9	480	480	385	0	208
2025-04-10	9	0	0	0	0	0
2025-04-11	9	0	0	0	0	0
2025-04-12	9	480	480	364	0	217
2025-04-13	9	480	480	310	0	164
2025-04-14	9	480	480	323	0	155
2025-04-15	9	480	480	340	0	120
2025-04-16	9	480	480	338	0	162
2025-04-17	9	480	480	314	0	95
2025-04-18	9	480	480	341	0	188
2025-04-19	9	0	0	0	0	0
2025-04-20	9	0	0	0	0	0
2025-04-21	9	480	480	369	0	133
2025-04-22	9	480	480	276	0	129
2025-04-23	9	480	480	357	0	181
2025-04-24	9	480	480	335	0	183
2025-04-25	9	480	480	378	0	122
2025-04-26	9	0	0	0	0	0
2025-04-27	9	0	0	0	0	0
2025-04-28	9	480	480	332	0	176
2025-04-29	9	480	480	307	0	123
2025-04-30	9	480	480	291	0	88
2025-05-01	9	0	0	0	0	0
2025-05-02	9	0	0	0	0	0
2025-05-03	9	480	480	346	0	122
2025-05-04	9	480	480	390	0	228
2025-05-05	9	480	480	377	0	211
2025-05-06	9	480	480	319	0	171
2025-05-07	9	480	480	265	0	98
2025-05-08	9	480	480	312	0	170
2025-05-09	9	480	480	307	0	135
2025-05-10	9	0	0	0	0	0
2025-05-11	9	0	0	0	0	0
2025-05-12	9	480	480	418	0	234
2025-05-13	9	480	480	339	0	194
2025-05-14	9	480	480	326	7	164
2025-05-15	9	480	480	280	0	159
2025-05-16	9	480	480	366	0	130
2025-05-17	9	0	0	0	0	0
2025-05-18	9	0	0	0	0	0
2025-05-19	9	480	480	282	0	158
2025-05-20	9	480	480	357	0	123
2025-05-21	9	480	480	349	0	174
2025-05-22	9	0	0	0	0	0
2025-05-23	9	0	0	0	0	0
2025-05-24	9	480	480	348	0	181
2025-05-25	9	480	480	335	0	193
2025-05-26	9	480	480	313	0	107
2025-05-27	9	480	480	359	22	193
2025-05-28	9	480	480	321	0	144
2025-05-29	9	480	480	338	0	185
2025-05-30	9	480	480	275	0	122
2025-05-31	9	0	0	0	0	0
2025-06-01	9	0	0	0	0	0
2025-06-02	9	480	480	340	0	180
2025-06-03	9	480	480	326	0	138
2025-06-04	9	480	480	304	0	140
2025-06-05	9	480	480	359	0	169
2025-06-06	9	480	480	373	0	131
2025-06-07	9	0	0	0	0	0
2025-06-08	9	0	0	0	0	0
2025-06-09	9	480	480	325	0	135
2025-06-10	9	480	480	307	0	148
2025-06-11	9	480	480	351	0	188
2025-06-12	9	0	0	0	0	0
2025-06-13	9	0	0	0	0	0
2025-06-14	9	480	480	337	12	126
2025-06-15	9	480	480	311	0	139
2025-06-16	9	480	480	322	0	111
2025-06-17	9	480	480	348	0	183
2025-06-18	9	480	480	373	0	143
2025-06-19	9	480	480	317	0	102
2025-06-20	9	480	480	305	0	168
2025-06-21	9	0	0	0	0	0
2025-06-22	9	0	0	0	0	0
2025-06-23	9	480	480	283	0	108
2025-06-24	9	480	480	359	0	171
2025-06-25	9	480	480	310	0	152
2025-06-26	9	480	480	304	0	144
2025-06-27	9	480	480	323	6	194
2025-06-28	9	0	0	0	0	0
2025-06-29	9	0	0	0	0	0
2025-06-30	9	480	480	382	0	167
2025-07-01	9	480	480	327	0	118
2025-07-02	9	480	480	304	0	91
2025-07-03	9	0	0	0	0	0
2025-07-04	9	0	0	0	0	0
2025-07-05	9	480	480	325	0	108
2025-07-06	9	480	480	304	0	169
2025-07-07	9	480	480	293	0	168
2025-07-08	9	480	480	329	0	158
2025-07-09	9	480	480	351	0	207
2025-07-10	9	480	480	344	0	193
2025-07-11	9	480	480	359	0	182
2025-07-12	9	0	0	0	0	0
2025-07-13	9	0	0	0	0	0
2025-07-14	9	480	480	362	0	191
2025-07-15	9	480	480	382	0	184
2025-07-16	9	480	480	291	0	160
2025-07-17	9	480	480	292	0	170
2025-07-18	9	480	480	335	0	189
2025-07-19	9	0	0	0	0	0
2025-07-20	9	0	0	0	0	0
2025-07-21	9	480	480	371	0	151
2025-07-22	9	480	480	340	0	160
2025-07-23	9	480	480	336	0	167
2025-07-24	9	0	0	0	0	0
2025-07-25	9	0	0	0	0	0
2025-07-26	9	480	480	316	0	124
2025-07-27	9	480	480	319	7	139
2025-07-28	9	480	480	297	0	159
2025-07-29	9	480	480	315	0	141
2025-07-30	9	480	480	316	0	132
2025-07-31	9	480	480	383	6	215
2025-08-01	9	480	480	340	0	160
2025-08-02	9	0	0	0	0	0
2025-08-03	9	0	0	0	0	0
2025-08-04	9	480	480	304	0	93
2025-08-05	9	480	480	310	0	171
2025-08-06	9	480	480	339	0	127
2025-08-07	9	480	480	299	0	176
2025-08-08	9	480	480	345	0	115
2025-08-09	9	0	0	0	0	0
2025-08-10	9	0	0	0	0	0
2025-08-11	9	480	480	312	0	169
2025-08-12	9	480	480	332	0	133
2025-08-13	9	480	480	349	0	156
2025-08-14	9	0	0	0	0	0
2025-08-15	9	0	0	0	0	0
2025-08-16	9	480	480	320	0	133
2025-08-17	9	480	480	314	0	180
2025-08-18	9	480	480	317	0	108
2025-08-19	9	480	480	303	36	180
2025-08-20	9	480	480	377	0	183
2025-08-21	9	480	480	347	0	143
2024-08-12	10	0	0	0	0	0
2024-08-13	10	480	480	320	0	184
2024-08-14	10	480	480	330	0	146
2024-08-15	10	480	480	342	0	194
2024-08-16	10	0	0	0	0	0
2024-08-17	10	480	480	328	13	150
2024-08-18	10	480	480	327	23	123
2024-08-19	10	480	480	383	0	165
2024-08-20	10	480	480	298	0	94
2024-08-21	10	480	480	311	0	149
2024-08-22	10	480	480	356	0	133
2024-08-23	10	480	480	327	0	129
2024-08-24	10	0	0	0	0	0
2024-08-25	10	0	0	0	0	0
2024-08-26	10	480	480	338	39	188
2024-08-27	10	480	480	343	0	189
2024-08-28	10	480	480	375	0	184
2024-08-29	10	480	480	334	0	156
2024-08-30	10	480	480	380	0	121
2024-08-31	10	0	0	0	0	0
2024-09-01	10	0	0	0	0	0
2024-09-02	10	0	0	0	0	0
2024-09-03	10	480	480	334	0	121
2024-09-04	10	480	480	359	0	178
2024-09-05	10	480	480	327	0	151
2024-09-06	10	0	0	0	0	0
2024-09-07	10	480	480	352	18	120
2024-09-08	10	480	480	355	0	129
2024-09-09	10	480	480	374	0	127
2024-09-10	10	480	480	376	0	137
2024-09-11	10	480	480	318	10	143
2024-09-12	10	480	480	331	0	163
2024-09-13	10	480	480	351	16	200
2024-09-14	10	0	0	0	0	0
2024-09-15	10	0	0	0	0	0
2024-09-16	10	480	480	291	0	152
2024-09-17	10	480	480	364	0	131
2024-09-18	10	480	480	346	0	141
2024-09-19	10	480	480	379	0	211
2024-09-20	10	480	480	308	0	137
2024-09-21	10	0	0	0	0	0
2024-09-22	10	0	0	0	0	0
2024-09-23	10	0	0	0	0	0
2024-09-24	10	480	480	346	0	131
2024-09-25	10	480	480	269	0	91
2024-09-26	10	480	480	328	0	167
2024-09-27	10	0	0	0	0	0
2024-09-28	10	480	480	330	0	188
2024-09-29	10	480	480	303	0	108
2024-09-30	10	480	480	317	0	120
2024-10-01	10	480	480	319	0	149
2024-10-02	10	480	480	393	0	233
2024-10-03	10	480	480	333	0	181
2024-10-04	10	480	480	345	0	178
2024-10-05	10	0	0	0	0	0
2024-10-06	10	0	0	0	0	0
2024-10-07	10	480	480	305	0	122
2024-10-08	10	480	480	342	0	195
2024-10-09	10	480	480	324	0	104
2024-10-10	10	480	480	304	0	159
2024-10-11	10	480	480	288	0	158
2024-10-12	10	0	0	0	0	0
2024-10-13	10	0	0	0	0	0
2024-10-14	10	0	0	0	0	0
2024-10-15	10	480	480	291	0	104
2024-10-16	10	480	480	347	0	111
2024-10-17	10	480	480	321	0	120
2024-10-18	10	0	0	0	0	0
2024-10-19	10	480	480	372	0	152
2024-10-20	10	480	480	253	0	114
2024-10-21	10	480	480	318	0	179
2024-10-22	10	480	480	357	0	110
2024-10-23	10	480	480	356	0	171
2024-10-24	10	480	480	365	0	158
2024-10-25	10	480	480	346	0	118
2024-10-26	10	0	0	0	0	0
2024-10-27	10	0	0	0	0	0
2024-10-28	10	480	480	367	0	142
2024-10-29	10	480	480	345	0	153
2024-10-30	10	480	480	368	0	207
2024-10-31	10	480	480	326	0	102
2024-11-01	10	480	480	335	0	152
2024-11-02	10	0	0	0	0	0
2024-11-03	10	0	0	0	0	0
2024-11-04	10	0	0	0	0	0
2024-11-05	10	480	480	340	0	191
2024-11-06	10	480	480	410	0	156
2024-11-07	10	480	480	293	0	153
2024-11-08	10	0	0	0	0	0
2024-11-09	10	480	480	344	0	173
2024-11-10	10	480	480	342	0	120
2024-11-11	10	480	480	365	0	179
2024-11-12	10	480	480	348	0	161
2024-11-13	10	480	480	362	0	194
2024-11-14	10	480	480	333	0	188
2024-11-15	10	480	480	327	0	111
2024-11-16	10	0	0	0	0	0
2024-11-17	10	0	0	0	0	0
2024-11-18	10	480	480	313	0	122
2024-11-19	10	480	480	375	0	145
2024-11-20	10	480	480	330	0	154
2024-11-21	10	480	480	326	0	148
2024-11-22	10	480	480	289	0	99
2024-11-23	10	0	0	0	0	0
2024-11-24	10	0	0	0	0	0
2024-11-25	10	0	0	0	0	0
2024-11-26	10	480	480	309	0	97
2024-11-27	10	480	480	297	0	160
2024-11-28	10	480	480	312	0	104
2024-11-29	10	0	0	0	0	0
2024-11-30	10	480	480	316	0	177
2024-12-01	10	480	480	328	0	136
2024-12-02	10	480	480	343	0	164
2024-12-03	10	480	480	344	0	114
2024-12-04	10	480	480	319	0	135
2024-12-05	10	480	480	308	0	149
2024-12-06	10	480	480	378	0	168
2024-12-07	10	0	0	0	0	0
2024-12-08	10	0	0	0	0	0
2024-12-09	10	480	480	357	0	185
2024-12-10	10	480	480	336	0	180
2024-12-11	10	480	480	348	0	196
2024-12-12	10	480	480	361	0	209
2024-12-13	10	480	480	299	0	113
2024-12-14	10	0	0	0	0	0
2024-12-15	10	0	0	0	0	0
2024-12-16	10	0	0	0	0	0
2024-12-17	10	480	480	361	0	119
2024-12-18	10	480	480	339	0	119
2024-12-19	10	480	480	351	0	182
2024-12-20	10	0	0	0	0	0
2024-12-21	10	480	480	331	0	175
2024-12-22	10	480	480	333	0	162
2024-12-23	10	480	480	366	0	177
2024-12-24	10	480	480	346	0	155
2024-12-25	10	480	480	324	0	111
2024-12-26	10	480	480	354	0	147
2024-12-27	10	480	480	335	0	135
2024-12-28	10	0	0	0	0	0
2024-12-29	10	0	0	0	0	0
2024-12-30	10	480	480	317	0	190
2024-12-31	10	480	480	319	0	185
2025-01-01	10	480	480	331	0	107
2025-01-02	10	480	480	328	0	186
2025-01-03	10	480	480	376	0	125
2025-01-04	10	0	0	0	0	0
2025-01-05	10	0	0	0	0	0
2025-01-06	10	0	0	0	0	0
2025-01-07	10	480	480	361	0	156
2025-01-08	10	480	480	320	0	151
2025-01-09	10	480	480	366	0	182
2025-01-10	10	0	0	0	0	0
2025-01-11	10	480	480	352	0	110
2025-01-12	10	480	480	327	0	151
2025-01-13	10	480	480	334	0	101
2025-01-14	10	480	480	331	0	180
2025-01-15	10	480	480	330	36	140
2025-01-16	10	480	480	351	0	165
2025-01-17	10	480	480	366	0	215
2025-01-18	10	0	0	0	0	0
2025-01-19	10	0	0	0	0	0
2025-01-20	10	480	480	352	0	166
2025-01-21	10	480	480	389	0	125
2025-01-22	10	480	480	329	0	99
2025-01-23	10	480	480	322	0	145
2025-01-24	10	480	480	378	0	188
2025-01-25	10	0	0	0	0	0
2025-01-26	10	0	0	0	0	0
2025-01-27	10	0	0	0	0	0
2025-01-28	10	480	480	305	0	106
2025-01-29	10	480	480	383	0	116
2025-01-30	10	480	480	366	0	183
2025-01-31	10	0	0	0	0	0
2025-02-01	10	480	480	348	0	186
2025-02-02	10	480	480	330	0	176
2025-02-03	10	480	480	311	0	100
2025-02-04	10	480	480	356	0	133
2025-02-05	10	480	480	294	0	137
2025-02-06	10	480	480	357	0	208
2025-02-07	10	480	480	353	0	179
2025-02-08	10	0	0	0	0	0
2025-02-09	10	0	0	0	0	0
2025-02-10	10	480	480	318	0	105
2025-02-11	10	480	480	283	17	119
2025-02-12	10	480	480	351	0	175
2025-02-13	10	480	480	350	0	145
2025-02-14	10	480	480	361	0	134
2025-02-15	10	0	0	0	0	0
2025-02-16	10	0	0	0	0	0
2025-02-17	10	0	0	0	0	0
2025-02-18	10	480	480	334	0	128
2025-02-19	10	480	480	347	0	181
2025-02-20	10	480	480	333	0	119
2025-02-21	10	0	0	0	0	0
2025-02-22	10	480	480	310	0	182
2025-02-23	10	480	480	353	0	140
2025-02-24	10	480	480	394	0	130
2025-02-25	10	480	480	374	0	147
2025-02-26	10	480	480	327	0	175
2025-02-27	10	480	480	308	0	119
2025-02-28	10	480	480	305	0	95
2025-03-01	10	0	0	0	0	0
2025-03-02	10	0	0	0	0	0
2025-03-03	10	480	480	347	0	122
2025-03-04	10	480	480	358	0	144
2025-03-05	10	480	480	346	0	147
2025-03-06	10	480	480	338	0	149
2025-03-07	10	480	480	320	0	181
2025-03-08	10	0	0	0	0	0
2025-03-09	10	0	0	0	0	0
2025-03-10	10	0	0	0	0	0
2025-03-11	10	480	480	362	0	150
2025-03-12	10	480	480	322	0	166
2025-03-13	10	480	480	302	0	110
2025-03-14	10	0	0	0	0	0
2025-03-15	10	480	480	352	0	158
2025-03-16	10	480	480	372	0	138
2025-03-17	10	480	480	341	0	105
2025-03-18	10	480	480	355	0	108
2025-03-19	10	480	480	342	0	118
2025-03-20	10	480	480	322	0	129
2025-03-21	10	480	480	312	14	179
2025-03-22	10	0	0	0	0	0
2025-03-23	10	0	0	0	0	0
2025-03-24	10	480	480	351	0	123
2025-03-25	10	480	480	342	0	123
2025-03-26	10	480	480	340	0	121
2025-03-27	10	480	480	282	0	115
2025-03-28	10	480	480	369	0	212
2025-03-29	10	0	0	0	0	0
2025-03-30	10	0	0	0	0	0
2025-03-31	10	0	0	0	0	0
2025-04-01	10	480	480	308	0	99
2025-04-02	10	480	480	336	0	108
2025-04-03	10	480	480	348	0	176
2025-04-04	10	0	0	0	0	0
2025-04-05	10	480	480	358	13	129
2025-04-06	10	480	480	341	0	174
2025-04-07	10	480	480	332	0	147
2025-04-08	10	480	480	358	0	174
2025-04-09	10	480	480	327	0	149
2025-04-10	10	480	480	359	0	125
2025-04-11	10	480	480	354	0	108
2025-04-12	10	0	0	0	0	0
2025-04-13	10	0	0	0	0	0
2025-04-14	10	480	480	301	0	96
2025-04-15	10	480	480	338	0	148
2025-04-16	10	480	480	329	0	117
2025-04-17	10	480	480	373	0	156
2025-04-18	10	480	480	320	0	107
2025-04-19	10	0	0	0	0	0
2025-04-20	10	0	0	0	0	0
2025-04-21	10	0	0	0	0	0
2025-04-22	10	480	480	401	0	181
2025-04-23	10	480	480	363	0	157
2025-04-24	10	480	480	351	0	168
2025-04-25	10	0	0	0	0	0
2025-04-26	10	480	480	339	0	196
2025-04-27	10	480	480	288	0	98
2025-04-28	10	480	480	353	0	157
2025-04-29	10	480	480	295	0	91
2025-04-30	10	480	480	359	0	110
2025-05-01	10	480	480	353	0	128
2025-05-02	10	480	480	329	0	141
2025-05-03	10	0	0	0	0	0
2025-05-04	10	0	0	0	0	0
2025-05-05	10	480	480	370	0	113
2025-05-06	10	480	480	349	0	201
2025-05-07	10	480	480	367	0	147
2025-05-08	10	480	480	359	27	190
2025-05-09	10	480	480	388	0	136
2025-05-10	10	0	0	0	0	0
2025-05-11	10	0	0	0	0	0
2025-05-12	10	0	0	0	0	0
2025-05-13	10	480	480	336	0	152
2025-05-14	10	480	480	331	0	111
2025-05-15	10	480	480	369	0	203
2025-05-16	10	0	0	0	0	0
2025-05-17	10	480	480	377	0	149
2025-05-18	10	480	480	306	0	121
2025-05-19	10	480	480	315	0	131
2025-05-20	10	480	480	342	0	148
2025-05-21	10	480	480	336	40	214
2025-05-22	10	480	480	301	35	155
2025-05-23	10	480	480	375	0	212
2025-05-24	10	0	0	0	0	0
2025-05-25	10	0	0	0	0	0
2025-05-26	10	480	480	348	0	152
2025-05-27	10	480	480	346	47	222
2025-05-28	10	480	480	369	0	178
2025-05-29	10	480	480	304	0	162
2025-05-30	10	480	480	335	0	161
2025-05-31	10	0	0	0	0	0
2025-06-01	10	0	0	0	0	0
2025-06-02	10	0	0	0	0	0
2025-06-03	10	480	480	318	0	173
2025-06-04	10	480	480	322	0	97
2025-06-05	10	480	480	346	0	109
2025-06-06	10	0	0	0	0	0
2025-06-07	10	480	480	344	0	148
2025-06-08	10	480	480	341	0	103
2025-06-09	10	480	480	321	0	122
2025-06-10	10	480	480	319	0	160
2025-06-11	10	480	480	383	0	168
2025-06-12	10	480	480	375	0	198
2025-06-13	10	480	480	335	0	141
2025-06-14	10	0	0	0	0	0
2025-06-15	10	0	0	0	0	0
2025-06-16	10	480	480	303	0	91
2025-06-17	10	480	480	341	0	143
2025-06-18	10	480	480	355	0	211
2025-06-19	10	480	480	379	0	129
2025-06-20	10	480	480	313	0	150
2025-06-21	10	0	0	0	0	0
2025-06-22	10	0	0	0	0	0
2025-06-23	10	0	0	0	0	0
2025-06-24	10	480	480	292	0	123
2025-06-25	10	480	480	355	0	124
2025-06-26	10	480	480	328	0	167
2025-06-27	10	0	0	0	0	0
2025-06-28	10	480	480	341	0	132
2025-06-29	10	480	480	336	0	190
2025-06-30	10	480	480	324	0	112
2025-07-01	10	480	480	362	0	121
2025-07-02	10	480	480	327	0	185
2025-07-03	10	480	480	331	10	121
2025-07-04	10	480	480	354	0	152
2025-07-05	10	0	0	0	0	0
2025-07-06	10	0	0	0	0	0
2025-07-07	10	480	480	402	0	173
2025-07-08	10	480	480	324	0	193
2025-07-09	10	480	480	331	0	152
2025-07-10	10	480	480	342	0	106
2025-07-11	10	480	480	375	0	220
2025-07-12	10	0	0	0	0	0
2025-07-13	10	0	0	0	0	0
2025-07-14	10	0	0	0	0	0
2025-07-15	10	480	480	342	0	109
2025-07-16	10	480	480	353	11	138
2025-07-17	10	480	480	324	0	125
2025-07-18	10	0	0	0	0	0
2025-07-19	10	480	480	374	0	206
2025-07-20	10	480	480	363	0	150
2025-07-21	10	480	480	353	0	127
2025-07-22	10	480	480	359	0	108
2025-07-23	10	480	480	293	0	146
2025-07-24	10	480	480	346	0	137
2025-07-25	10	480	480	289	0	149
2025-07-26	10	0	0	0	0	0
2025-07-27	10	0	0	0	0	0
2025-07-28	10	480	480	327	38	142
2025-07-29	10	480	480	326	0	116
2025-07-30	10	480	480	350	0	176
2025-07-31	10	480	480	338	0	148
2025-08-01	10	480	480	304	0	149
2025-08-02	10	0	0	0	0	0
2025-08-03	10	0	0	0	0	0
2025-08-04	10	0	0	0	0	0
2025-08-05	10	480	480	328	0	162
2025-08-06	10	480	480	304	0	153
2025-08-07	10	480	480	310	8	141
2025-08-08	10	0	0	0	0	0
2025-08-09	10	480	480	348	0	138
2025-08-10	10	480	480	321	0	113
2025-08-11	10	480	480	336	0	104
2025-08-12	10	480	480	352	0	144
2025-08-13	10	480	480	348	0	167
2025-08-14	10	480	480	322	0	163
2025-08-15	10	480	480	360	0	126
2025-08-16	10	0	0	0	0	0
2025-08-17	10	0	0	0	0	0
2025-08-18	10	480	480	342	0	195
2025-08-19	10	480	480	356	0	153
2025-08-20	10	480	480	344	0	197
2025-08-21	10	480	480	357	0	160
2024-07-29	11	360	360	231	11	103
2024-07-30	11	360	360	275	25	130
2024-07-31	11	360	360	287	0	134
2024-08-01	11	360	360	269	0	97
2024-08-02	11	360	360	254	0	80
2024-08-03	11	0	0	0	0	0
2024-08-04	11	0	0	0	0	0
2024-08-05	11	0	0	0	0	0
2024-08-06	11	0	0	0	0	0
2024-08-07	11	360	360	275	0	148
2024-08-08	11	360	360	230	0	120
2024-08-09	11	360	360	248	0	95
2024-08-10	11	360	360	248	0	138
2024-08-11	11	360	360	264	0	126
2024-08-12	11	360	360	281	0	157
2024-08-13	11	360	360	264	0	140
2024-08-14	11	360	360	229	0	93
2024-08-15	11	360	360	286	0	98
2024-08-16	11	360	360	246	0	142
2024-08-17	11	0	0	0	0	0
2024-08-18	11	0	0	0	0	0
2024-08-19	11	360	360	254	0	114
2024-08-20	11	360	360	254	0	121
2024-08-21	11	360	360	236	0	70
2024-08-22	11	360	360	259	0	114
2024-08-23	11	360	360	264	0	93
2024-08-24	11	0	0	0	0	0
2024-08-25	11	0	0	0	0	0
2024-08-26	11	0	0	0	0	0
2024-08-27	11	0	0	0	0	0
2024-08-28	11	360	360	284	0	159
2024-08-29	11	360	360	253	0	99
2024-08-30	11	360	360	262	0	116
2024-08-31	11	360	360	248	0	75
2024-09-01	11	360	360	261	0	82
2024-09-02	11	360	360	253	0	132
2024-09-03	11	360	360	226	8	133
2024-09-04	11	360	360	264	0	156
2024-09-05	11	360	360	246	0	103
2024-09-06	11	360	360	265	0	87
2024-09-07	11	0	0	0	0	0
2024-09-08	11	0	0	0	0	0
2024-09-09	11	360	360	263	0	115
2024-09-10	11	360	360	229	0	99
2024-09-11	11	360	360	260	0	110
2024-09-12	11	360	360	245	0	77
2024-09-13	11	360	360	253	0	118
2024-09-14	11	0	0	0	0	0
2024-09-15	11	0	0	0	0	0
2024-09-16	11	0	0	0	0	0
2024-09-17	11	0	0	0	0	0
2024-09-18	11	360	360	236	0	99
2024-09-19	11	360	360	235	0	112
2024-09-20	11	360	360	262	0	81
2024-09-21	11	360	360	277	0	136
2024-09-22	11	360	360	284	0	101
2024-09-23	11	360	360	266	0	128
2024-09-24	11	360	360	274	0	94
2024-09-25	11	360	360	256	0	128
2024-09-26	11	360	360	278	0	92
2024-09-27	11	360	360	248	0	139
2024-09-28	11	0	0	0	0	0
2024-09-29	11	0	0	0	0	0
2024-09-30	11	360	360	222	0	101
2024-10-01	11	360	360	284	0	93
2024-10-02	11	360	360	288	0	143
2024-10-03	11	360	360	241	0	78
2024-10-04	11	360	360	255	0	120
2024-10-05	11	0	0	0	0	0
2024-10-06	11	0	0	0	0	0
2024-10-07	11	0	0	0	0	0
2024-10-08	11	0	0	0	0	0
2024-10-09	11	360	360	255	0	128
2024-10-10	11	360	360	271	0	87
2024-10-11	11	360	360	247	0	145
2024-10-12	11	360	360	261	0	143
2024-10-13	11	360	360	235	0	125
2024-10-14	11	360	360	255	0	78
2024-10-15	11	360	360	245	0	124
2024-10-16	11	360	360	248	0	130
2024-10-17	11	360	360	246	0	119
2024-10-18	11	360	360	253	0	135
2024-10-19	11	0	0	0	0	0
2024-10-20	11	0	0	0	0	0
2024-10-21	11	360	360	221	0	110
2024-10-22	11	360	360	245	0	118
2024-10-23	11	360	360	276	0	143
2024-10-24	11	360	360	229	0	88
2024-10-25	11	360	360	223	0	100
2024-10-26	11	0	0	0	0	0
2024-10-27	11	0	0	0	0	0
2024-10-28	11	0	0	0	0	0
2024-10-29	11	0	0	0	0	0
2024-10-30	11	360	360	288	0	113
2024-10-31	11	360	360	275	0	127
2024-11-01	11	360	360	242	0	121
2024-11-02	11	360	360	235	0	139
2024-11-03	11	360	360	230	0	81
2024-11-04	11	360	360	249	0	107
2024-11-05	11	360	360	222	0	124
2024-11-06	11	360	360	231	0	128
2024-11-07	11	360	360	258	0	122
2024-11-08	11	360	360	240	0	138
2024-11-09	11	0	0	0	0	0
2024-11-10	11	0	0	0	0	0
2024-11-11	11	360	360	311	0	148
2024-11-12	11	360	360	254	0	76
2024-11-13	11	360	360	249	0	147
2024-11-14	11	360	360	220	0	92
2024-11-15	11	360	360	228	0	79
2024-11-16	11	0	0	0	0	0
2024-11-17	11	0	0	0	0	0
2024-11-18	11	0	0	0	0	0
2024-11-19	11	0	0	0	0	0
2024-11-20	11	360	360	251	0	108
2024-11-21	11	360	360	234	0	90
2024-11-22	11	360	360	278	0	105
2024-11-23	11	360	360	205	0	75
2024-11-24	11	360	360	240	0	83
2024-11-25	11	360	360	225	0	129
2024-11-26	11	360	360	257	0	116
2024-11-27	11	360	360	273	0	107
2024-11-28	11	360	360	257	26	137
2024-11-29	11	360	360	287	0	123
2024-11-30	11	0	0	0	0	0
2024-12-01	11	0	0	0	0	0
2024-12-02	11	360	360	274	0	148
2024-12-03	11	360	360	290	0	132
2024-12-04	11	360	360	259	12	154
2024-12-05	11	360	360	260	0	112
2024-12-06	11	360	360	260	0	143
2024-12-07	11	0	0	0	0	0
2024-12-08	11	0	0	0	0	0
2024-12-09	11	0	0	0	0	0
2024-12-10	11	0	0	0	0	0
2024-12-11	11	360	360	280	0	96
2024-12-12	11	360	360	252	0	113
2024-12-13	11	360	360	265	0	115
2024-12-14	11	360	360	252	0	121
2024-12-15	11	360	360	266	0	133
2024-12-16	11	360	360	249	0	87
2024-12-17	11	360	360	259	25	111
2024-12-18	11	360	360	225	0	103
2024-12-19	11	360	360	252	0	139
2024-12-20	11	360	360	218	0	120
2024-12-21	11	0	0	0	0	0
2024-12-22	11	0	0	0	0	0
2024-12-23	11	360	360	240	0	130
2024-12-24	11	360	360	260	0	116
2024-12-25	11	360	360	266	0	96
2024-12-26	11	360	360	246	0	107
2024-12-27	11	360	360	266	0	144
2024-12-28	11	0	0	0	0	0
2024-12-29	11	0	0	0	0	0
2024-12-30	11	0	0	0	0	0
2024-12-31	11	0	0	0	0	0
2025-01-01	11	360	360	257	0	85
2025-01-02	11	360	360	214	0	74
2025-01-03	11	360	360	246	0	106
2025-01-04	11	360	360	267	0	126
2025-01-05	11	360	360	279	0	86
2025-01-06	11	360	360	213	0	65
2025-01-07	11	360	360	285	0	85
2025-01-08	11	360	360	237	0	106
2025-01-09	11	360	360	234	0	99
2025-01-10	11	360	360	251	0	136
2025-01-11	11	0	0	0	0	0
2025-01-12	11	0	0	0	0	0
2025-01-13	11	360	360	256	0	105
2025-01-14	11	360	360	233	0	96
2025-01-15	11	360	360	263	0	104
2025-01-16	11	360	360	238	16	126
2025-01-17	11	360	360	252	28	159
2025-01-18	11	0	0	0	0	0
2025-01-19	11	0	0	0	0	0
2025-01-20	11	0	0	0	0	0
2025-01-21	11	0	0	0	0	0
2025-01-22	11	360	360	266	0	105
2025-01-23	11	360	360	280	0	127
2025-01-24	11	360	360	280	0	104
2025-01-25	11	360	360	253	0	87
2025-01-26	11	360	360	259	0	106
2025-01-27	11	360	360	247	0	87
2025-01-28	11	360	360	217	0	118
2025-01-29	11	360	360	267	0	157
2025-01-30	11	360	360	268	0	108
2025-01-31	11	360	360	222	0	94
2025-02-01	11	0	0	0	0	0
2025-02-02	11	0	0	0	0	0
2025-02-03	11	360	360	253	0	122
2025-02-04	11	360	360	258	0	129
2025-02-05	11	360	360	218	0	100
2025-02-06	11	360	360	250	0	102
2025-02-07	11	360	360	262	0	88
2025-02-08	11	0	0	0	0	0
2025-02-09	11	0	0	0	0	0
2025-02-10	11	0	0	0	0	0
2025-02-11	11	0	0	0	0	0
2025-02-12	11	360	360	245	0	130
2025-02-13	11	360	360	233	0	98
2025-02-14	11	360	360	270	0	81
2025-02-15	11	360	360	273	0	137
2025-02-16	11	360	360	249	0	107
2025-02-17	11	360	360	233	7	114
2025-02-18	11	360	360	238	0	92
2025-02-19	11	360	360	187	0	79
2025-02-20	11	360	360	243	0	118
2025-02-21	11	360	360	273	0	146
2025-02-22	11	0	0	0	0	0
2025-02-23	11	0	0	0	0	0
2025-02-24	11	360	360	256	0	129
2025-02-25	11	360	360	269	0	136
2025-02-26	11	360	360	236	0	91
2025-02-27	11	360	360	282	0	127
2025-02-28	11	360	360	230	0	90
2025-03-01	11	0	0	0	0	0
2025-03-02	11	0	0	0	0	0
2025-03-03	11	0	0	0	0	0
2025-03-04	11	0	0	0	0	0
2025-03-05	11	360	360	227	0	102
2025-03-06	11	360	360	248	0	117
2025-03-07	11	360	360	249	0	82
2025-03-08	11	360	360	248	0	119
2025-03-09	11	360	360	237	0	77
2025-03-10	11	360	360	244	0	124
2025-03-11	11	360	360	271	0	121
2025-03-12	11	360	360	231	0	89
2025-03-13	11	360	360	213	0	95
2025-03-14	11	360	360	295	0	95
2025-03-15	11	0	0	0	0	0
2025-03-16	11	0	0	0	0	0
2025-03-17	11	360	360	248	0	145
2025-03-18	11	360	360	269	0	99
2025-03-19	11	360	360	246	0	86
2025-03-20	11	360	360	238	0	92
2025-03-21	11	360	360	261	0	135
2025-03-22	11	0	0	0	0	0
2025-03-23	11	0	0	0	0	0
2025-03-24	11	0	0	0	0	0
2025-03-25	11	0	0	0	0	0
2025-03-26	11	360	360	253	0	147
2025-03-27	11	360	360	264	0	125
2025-03-28	11	360	360	238	0	133
2025-03-29	11	360	360	260	0	153
2025-03-30	11	360	360	278	7	108
2025-03-31	11	360	360	244	0	108
2025-04-01	11	360	360	235	0	106
2025-04-02	11	360	360	265	12	127
2025-04-03	11	360	360	233	0	126
2025-04-04	11	360	360	252	0	133
2025-04-05	11	0	0	0	0	0
2025-04-06	11	0	0	0	0	0
2025-04-07	11	360	360	221	0	68
2025-04-08	11	360	360	270	0	91
2025-04-09	11	360	360	280	0	85
2025-04-10	11	360	360	249	0	83
2025-04-11	11	360	360	250	0	130
2025-04-12	11	0	0	0	0	0
2025-04-13	11	0	0	0	0	0
2025-04-14	11	0	0	0	0	0
2025-04-15	11	0	0	0	0	0
2025-04-16	11	360	360	245	0	98
2025-04-17	11	360	360	296	0	116
2025-04-18	11	360	360	229	0	73
2025-04-19	11	360	360	228	0	94
2025-04-20	11	360	360	224	0	119
2025-04-21	11	360	360	207	0	121
2025-04-22	11	360	360	262	0	117
2025-04-23	11	360	360	279	0	166
2025-04-24	11	360	360	258	0	154
2025-04-25	11	360	360	270	5	129
2025-04-26	11	0	0	0	0	0
2025-04-27	11	0	0	0	0	0
2025-04-28	11	360	360	229	0	93
2025-04-29	11	360	360	258	0	106
2025-04-30	11	360	360	242	18	108
2025-05-01	11	360	360	282	0	133
2025-05-02	11	360	360	263	0	98
2025-05-03	11	0	0	0	0	0
2025-05-04	11	0	0	0	0	0
2025-05-05	11	0	0	0	0	0
2025-05-06	11	0	0	0	0	0
2025-05-07	11	360	360	229	0	106
2025-05-08	11	360	360	275	0	125
2025-05-09	11	360	360	253	0	133
2025-05-10	11	360	360	296	0	160
2025-05-11	11	360	360	280	0	148
2025-05-12	11	360	360	267	0	100
2025-05-13	11	360	360	276	0	84
2025-05-14	11	360	360	236	18	94
2025-05-15	11	360	360	256	0	116
2025-05-16	11	360	360	205	0	66
2025-05-17	11	0	0	0	0	0
2025-05-18	11	0	0	0	0	0
2025-05-19	11	360	360	256	0	95
2025-05-20	11	360	360	258	0	120
2025-05-21	11	360	360	214	0	122
2025-05-22	11	360	360	258	12	127
2025-05-23	11	360	360	284	30	128
2025-05-24	11	0	0	0	0	0
2025-05-25	11	0	0	0	0	0
2025-05-26	11	0	0	0	0	0
2025-05-27	11	0	0	0	0	0
2025-05-28	11	360	360	279	17	149
2025-05-29	11	360	360	249	0	102
2025-05-30	11	360	360	216	0	94
2025-05-31	11	360	360	267	0	127
2025-06-01	11	360	360	292	0	96
2025-06-02	11	360	360	264	0	152
2025-06-03	11	360	360	277	0	135
2025-06-04	11	360	360	236	0	106
2025-06-05	11	360	360	282	0	153
2025-06-06	11	360	360	253	0	107
2025-06-07	11	0	0	0	0	0
2025-06-08	11	0	0	0	0	0
2025-06-09	11	360	360	258	0	98
2025-06-10	11	360	360	216	0	74
2025-06-11	11	360	360	248	0	111
2025-06-12	11	360	360	234	0	71
2025-06-13	11	360	360	266	0	142
2025-06-14	11	0	0	0	0	0
2025-06-15	11	0	0	0	0	0
2025-06-16	11	0	0	0	0	0
2025-06-17	11	0	0	0	0	0
2025-06-18	11	360	360	226	0	107
2025-06-19	11	360	360	242	11	137
2025-06-20	11	360	360	289	0	132
2025-06-21	11	360	360	278	0	90
2025-06-22	11	360	360	228	0	116
2025-06-23	11	360	360	285	0	86
2025-06-24	11	360	360	226	0	102
2025-06-25	11	360	360	241	0	97
2025-06-26	11	360	360	282	0	130
2025-06-27	11	360	360	275	0	104
2025-06-28	11	0	0	0	0	0
2025-06-29	11	0	0	0	0	0
2025-06-30	11	360	360	271	0	132
2025-07-01	11	360	360	258	19	124
2025-07-02	11	360	360	239	0	90
2025-07-03	11	360	360	240	7	137
2025-07-04	11	360	360	249	11	129
2025-07-05	11	0	0	0	0	0
2025-07-06	11	0	0	0	0	0
2025-07-07	11	0	0	0	0	0
2025-07-08	11	0	0	0	0	0
2025-07-09	11	360	360	284	0	165
2025-07-10	11	360	360	241	0	85
2025-07-11	11	360	360	253	0	137
2025-07-12	11	360	360	260	0	111
2025-07-13	11	360	360	263	0	127
2025-07-14	11	360	360	246	0	112
2025-07-15	11	360	360	246	0	117
2025-07-16	11	360	360	268	0	90
2025-07-17	11	360	360	213	17	133
2025-07-18	11	360	360	235	0	125
2025-07-19	11	0	0	0	0	0
2025-07-20	11	0	0	0	0	0
2025-07-21	11	360	360	234	0	134
2025-07-22	11	360	360	256	0	87
2025-07-23	11	360	360	270	0	159
2025-07-24	11	360	360	235	0	97
2025-07-25	11	360	360	248	9	92
2025-07-26	11	0	0	0	0	0
2025-07-27	11	0	0	0	0	0
2025-07-28	11	0	0	0	0	0
2025-07-29	11	0	0	0	0	0
2025-07-30	11	360	360	269	0	109
2025-07-31	11	360	360	265	0	99
2025-08-01	11	360	360	230	0	94
2025-08-02	11	360	360	220	0	66
2025-08-03	11	360	360	244	0	120
2025-08-04	11	360	360	271	0	130
2025-08-05	11	360	360	238	0	128
2025-08-06	11	360	360	258	0	78
2025-08-07	11	360	360	285	0	162
2025-08-08	11	360	360	250	0	106
2025-08-09	11	0	0	0	0	0
2025-08-10	11	0	0	0	0	0
2025-08-11	11	360	360	248	0	125
2025-08-12	11	360	360	268	0	105
2025-08-13	11	360	360	269	0	126
2025-08-14	11	360	360	232	0	81
2025-08-15	11	360	360	240	0	121
2025-08-16	11	0	0	0	0	0
2025-08-17	11	0	0	0	0	0
2025-08-18	11	0	0	0	0	0
2025-08-19	11	0	0	0	0	0
2025-08-20	11	360	360	270	0	104
2025-08-21	11	360	360	230	0	82
2024-05-16	12	480	480	333	0	159
2024-05-17	12	480	480	365	0	113
2024-05-18	12	0	0	0	0	0
2024-05-19	12	0	0	0	0	0
2024-05-20	12	480	480	311	0	98
2024-05-21	12	480	480	329	0	164
2024-05-22	12	480	480	350	0	124
2024-05-23	12	480	480	314	0	164
2024-05-24	12	480	480	396	0	126
2024-05-25	12	0	0	0	0	0
2024-05-26	12	0	0	0	0	0
2024-05-27	12	480	480	350	24	211
2024-05-28	12	0	0	0	0	0
2024-05-29	12	0	0	0	0	0
2024-05-30	12	480	480	325	0	145
2024-05-31	12	480	480	333	0	190
2024-06-01	12	480	480	349	17	135
2024-06-02	12	480	480	321	0	113
2024-06-03	12	480	480	308	0	135
2024-06-04	12	480	480	293	0	119
2024-06-05	12	480	480	363	0	207
2024-06-06	12	480	480	296	0	105
2024-06-07	12	480	480	330	0	163
2024-06-08	12	0	0	0	0	0
2024-06-09	12	0	0	0	0	0
2024-06-10	12	480	480	362	0	177
2024-06-11	12	480	480	314	0	111
2024-06-12	12	480	480	327	0	117
2024-06-13	12	480	480	360	0	202
2024-06-14	12	480	480	361	0	180
2024-06-15	12	0	0	0	0	0
2024-06-16	12	0	0	0	0	0
2024-06-17	12	480	480	313	0	109
2024-06-18	12	0	0	0	0	0
2024-06-19	12	0	0	0	0	0
2024-06-20	12	480	480	301	0	141
2024-06-21	12	480	480	319	0	115
2024-06-22	12	480	480	310	15	134
2024-06-23	12	480	480	286	0	88
2024-06-24	12	480	480	314	0	127
2024-06-25	12	480	480	329	0	134
2024-06-26	12	480	480	335	0	191
2024-06-27	12	480	480	365	0	149
2024-06-28	12	480	480	348	0	199
2024-06-29	12	0	0	0	0	0
2024-06-30	12	0	0	0	0	0
2024-07-01	12	480	480	362	0	108
2024-07-02	12	480	480	304	0	137
2024-07-03	12	480	480	350	0	173
2024-07-04	12	480	480	371	0	211
2024-07-05	12	480	480	402	0	158
2024-07-06	12	0	0	0	0	0
2024-07-07	12	0	0	0	0	0
2024-07-08	12	480	480	359	6	182
2024-07-09	12	0	0	0	0	0
2024-07-10	12	0	0	0	0	0
2024-07-11	12	480	480	294	0	136
2024-07-12	12	480	480	320	0	149
2024-07-13	12	480	480	338	0	182
2024-07-14	12	480	480	333	0	195
2024-07-15	12	480	480	329	0	144
2024-07-16	12	480	480	371	0	212
2024-07-17	12	480	480	356	0	145
2024-07-18	12	480	480	291	0	123
2024-07-19	12	480	480	353	0	202
2024-07-20	12	0	0	0	0	0
2024-07-21	12	0	0	0	0	0
2024-07-22	12	480	480	343	0	201
2024-07-23	12	480	480	327	0	126
2024-07-24	12	480	480	342	0	147
2024-07-25	12	480	480	343	0	169
2024-07-26	12	480	480	285	0	131
2024-07-27	12	0	0	0	0	0
2024-07-28	12	0	0	0	0	0
2024-07-29	12	480	480	325	0	115
2024-07-30	12	0	0	0	0	0
2024-07-31	12	0	0	0	0	0
2024-08-01	12	480	480	341	0	150
2024-08-02	12	480	480	345	0	152
2024-08-03	12	480	480	341	0	106
2024-08-04	12	480	480	384	0	126
2024-08-05	12	480	480	318	0	128
2024-08-06	12	480	480	380	0	190
2024-08-07	12	480	480	348	0	115
2024-08-08	12	480	480	383	0	205
2024-08-09	12	480	480	305	0	161
2024-08-10	12	0	0	0	0	0
2024-08-11	12	0	0	0	0	0
2024-08-12	12	480	480	359	0	179
2024-08-13	12	480	480	355	0	140
2024-08-14	12	480	480	354	0	138
2024-08-15	12	480	480	359	0	206
2024-08-16	12	480	480	370	0	159
2024-08-17	12	0	0	0	0	0
2024-08-18	12	0	0	0	0	0
2024-08-19	12	480	480	314	0	142
2024-08-20	12	0	0	0	0	0
2024-08-21	12	0	0	0	0	0
2024-08-22	12	480	480	267	0	110
2024-08-23	12	480	480	267	0	131
2024-08-24	12	480	480	370	0	123
2024-08-25	12	480	480	295	13	113
2024-08-26	12	480	480	355	10	154
2024-08-27	12	480	480	370	0	135
2024-08-28	12	480	480	330	0	144
2024-08-29	12	480	480	329	0	195
2024-08-30	12	480	480	308	0	163
2024-08-31	12	0	0	0	0	0
2024-09-01	12	0	0	0	0	0
2024-09-02	12	480	480	324	0	157
2024-09-03	12	480	480	386	0	160
2024-09-04	12	480	480	304	0	114
2024-09-05	12	480	480	335	0	173
2024-09-06	12	480	480	330	0	151
2024-09-07	12	0	0	0	0	0
2024-09-08	12	0	0	0	0	0
2024-09-09	12	480	480	306	0	159
2024-09-10	12	0	0	0	0	0
2024-09-11	12	0	0	0	0	0
2024-09-12	12	480	480	395	0	215
2024-09-13	12	480	480	397	0	174
2024-09-14	12	480	480	301	0	122
2024-09-15	12	480	480	320	0	185
2024-09-16	12	480	480	392	0	172
2024-09-17	12	480	480	317	0	133
2024-09-18	12	480	480	308	5	136
2024-09-19	12	480	480	323	0	158
2024-09-20	12	480	480	316	19	172
2024-09-21	12	0	0	0	0	0
2024-09-22	12	0	0	0	0	0
2024-09-23	12	480	480	320	14	134
2024-09-24	12	480	480	340	0	133
2024-09-25	12	480	480	310	0	176
2024-09-26	12	480	480	321	0	184
2024-09-27	12	480	480	354	0	112
2024-09-28	12	0	0	0	0	0
2024-09-29	12	0	0	0	0	0
2024-09-30	12	480	480	325	0	143
2024-10-01	12	0	0	0	0	0
2024-10-02	12	0	0	0	0	0
2024-10-03	12	480	480	306	0	109
2024-10-04	12	480	480	351	0	185
2024-10-05	12	480	480	302	0	169
2024-10-06	12	480	480	290	0	169
2024-10-07	12	480	480	283	0	159
2024-10-08	12	480	480	365	0	144
2024-10-09	12	480	480	305	0	128
2024-10-10	12	480	480	320	13	127
2024-10-11	12	480	480	343	12	201
2024-10-12	12	0	0	0	0	0
2024-10-13	12	0	0	0	0	0
2024-10-14	12	480	480	382	0	183
2024-10-15	12	480	480	273	23	100
2024-10-16	12	480	480	337	0	169
2024-10-17	12	480	480	324	0	176
2024-10-18	12	480	480	299	23	134
2024-10-19	12	0	0	0	0	0
2024-10-20	12	0	0	0	0	0
2024-10-21	12	480	480	362	0	181
2024-10-22	12	0	0	0	0	0
2024-10-23	12	0	0	0	0	0
2024-10-24	12	480	480	292	25	156
2024-10-25	12	480	480	371	0	187
2024-10-26	12	480	480	341	0	170
2024-10-27	12	480	480	391	0	178
2024-10-28	12	480	480	363	16	127
2024-10-29	12	480	480	340	0	105
2024-10-30	12	480	480	317	0	172
2024-10-31	12	480	480	361	0	117
2024-11-01	12	480	480	327	18	154
2024-11-02	12	0	0	0	0	0
2024-11-03	12	0	0	0	0	0
2024-11-04	12	480	480	332	0	144
2024-11-05	12	480	480	349	0	117
2024-11-06	12	480	480	318	0	164
2024-11-07	12	480	480	318	0	187
2024-11-08	12	480	480	338	0	153
2024-11-09	12	0	0	0	0	0
2024-11-10	12	0	0	0	0	0
2024-11-11	12	480	480	332	0	191
2024-11-12	12	0	0	0	0	0
2024-11-13	12	0	0	0	0	0
2024-11-14	12	480	480	315	0	175
2024-11-15	12	480	480	295	0	101
2024-11-16	12	480	480	312	11	110
2024-11-17	12	480	480	304	0	135
2024-11-18	12	480	480	357	0	148
2024-11-19	12	480	480	368	0	219
2024-11-20	12	480	480	350	0	208
2024-11-21	12	480	480	287	0	118
2024-11-22	12	480	480	340	0	103
2024-11-23	12	0	0	0	0	0
2024-11-24	12	0	0	0	0	0
2024-11-25	12	480	480	304	0	136
2024-11-26	12	480	480	326	0	102
2024-11-27	12	480	480	391	0	230
2024-11-28	12	480	480	305	0	170
2024-11-29	12	480	480	280	0	162
2024-11-30	12	0	0	0	0	0
2024-12-01	12	0	0	0	0	0
2024-12-02	12	480	480	351	11	115
2024-12-03	12	0	0	0	0	0
2024-12-04	12	0	0	0	0	0
2024-12-05	12	480	480	331	0	127
2024-12-06	12	480	480	337	0	171
2024-12-07	12	480	480	350	0	156
2024-12-08	12	480	480	380	0	185
2024-12-09	12	480	480	348	0	157
2024-12-10	12	480	480	352	0	209
2024-12-11	12	480	480	284	0	116
2024-12-12	12	480	480	347	0	196
2024-12-13	12	480	480	340	0	104
2024-12-14	12	0	0	0	0	0
2024-12-15	12	0	0	0	0	0
2024-12-16	12	480	480	323	0	191
2024-12-17	12	480	480	406	9	227
2024-12-18	12	480	480	371	0	205
2024-12-19	12	480	480	380	0	119
2024-12-20	12	480	480	374	0	165
2024-12-21	12	0	0	0	0	0
2024-12-22	12	0	0	0	0	0
2024-12-23	12	480	480	297	5	155
2024-12-24	12	0	0	0	0	0
2024-12-25	12	0	0	0	0	0
2024-12-26	12	480	480	340	0	103
2024-12-27	12	480	480	320	0	133
2024-12-28	12	480	480	341	0	187
2024-12-29	12	480	480	336	0	197
2024-12-30	12	480	480	319	0	158
2024-12-31	12	480	480	320	0	154
2025-01-01	12	480	480	371	0	211
2025-01-02	12	480	480	320	0	184
2025-01-03	12	480	480	295	0	126
2025-01-04	12	0	0	0	0	0
2025-01-05	12	0	0	0	0	0
2025-01-06	12	480	480	299	0	170
2025-01-07	12	480	480	348	0	170
2025-01-08	12	480	480	369	0	137
2025-01-09	12	480	480	313	0	94
2025-01-10	12	480	480	348	0	166
2025-01-11	12	0	0	0	0	0
2025-01-12	12	0	0	0	0	0
2025-01-13	12	480	480	305	0	161
2025-01-14	12	0	0	0	0	0
2025-01-15	12	0	0	0	0	0
2025-01-16	12	480	480	391	0	161
2025-01-17	12	480	480	380	0	211
2025-01-18	12	480	480	330	0	159
2025-01-19	12	480	480	320	0	146
2025-01-20	12	480	480	353	24	165
2025-01-21	12	480	480	339	0	162
2025-01-22	12	480	480	295	0	161
2025-01-23	12	480	480	350	0	116
2025-01-24	12	480	480	338	0	113
2025-01-25	12	0	0	0	0	0
2025-01-26	12	0	0	0	0	0
2025-01-27	12	480	480	365	0	119
2025-01-28	12	480	480	324	0	170
2025-01-29	12	480	480	356	0	138
2025-01-30	12	480	480	367	0	202
2025-01-31	12	480	480	350	0	162
2025-02-01	12	0	0	0	0	0
2025-02-02	12	0	0	0	0	0
2025-02-03	12	480	480	369	0	188
2025-02-04	12	0	0	0	0	0
2025-02-05	12	0	0	0	0	0
2025-02-06	12	480	480	359	0	128
2025-02-07	12	480	480	336	0	201
2025-02-08	12	480	480	342	17	200
2025-02-09	12	480	480	341	0	132
2025-02-10	12	480	480	375	0	200
2025-02-11	12	480	480	294	0	109
2025-02-12	12	480	480	329	0	165
2025-02-13	12	480	480	287	0	103
2025-02-14	12	480	480	335	0	127
2025-02-15	12	0	0	0	0	0
2025-02-16	12	0	0	0	0	0
2025-02-17	12	480	480	393	0	210
2025-02-18	12	480	480	394	0	140
2025-02-19	12	480	480	353	0	158
2025-02-20	12	480	480	343	0	157
2025-02-21	12	480	480	408	0	223
2025-02-22	12	0	0	0	0	0
2025-02-23	12	0	0	0	0	0
2025-02-24	12	480	480	368	11	205
2025-02-25	12	0	0	0	0	0
2025-02-26	12	0	0	0	0	0
2025-02-27	12	480	480	300	0	96
2025-02-28	12	480	480	343	0	150
2025-03-01	12	480	480	304	0	122
2025-03-02	12	480	480	329	0	127
2025-03-03	12	480	480	359	0	170
2025-03-04	12	480	480	328	0	165
2025-03-05	12	480	480	277	0	96
2025-03-06	12	480	480	346	0	122
2025-03-07	12	480	480	383	0	202
2025-03-08	12	0	0	0	0	0
2025-03-09	12	0	0	0	0	0
2025-03-10	12	480	480	322	0	106
2025-03-11	12	480	480	299	0	165
2025-03-12	12	480	480	321	0	134
2025-03-13	12	480	480	344	0	157
2025-03-14	12	480	480	317	33	164
2025-03-15	12	0	0	0	0	0
2025-03-16	12	0	0	0	0	0
2025-03-17	12	480	480	379	0	162
2025-03-18	12	0	0	0	0	0
2025-03-19	12	0	0	0	0	0
2025-03-20	12	480	480	346	0	129
2025-03-21	12	480	480	364	0	143
2025-03-22	12	480	480	322	0	133
2025-03-23	12	480	480	329	0	170
2025-03-24	12	480	480	331	0	125
2025-03-25	12	480	480	359	0	167
2025-03-26	12	480	480	354	0	169
2025-03-27	12	480	480	342	0	161
2025-03-28	12	480	480	307	0	134
2025-03-29	12	0	0	0	0	0
2025-03-30	12	0	0	0	0	0
2025-03-31	12	480	480	327	0	110
2025-04-01	12	480	480	339	0	179
2025-04-02	12	480	480	338	19	131
2025-04-03	12	480	480	309	0	151
2025-04-04	12	480	480	311	0	156
2025-04-05	12	0	0	0	0	0
2025-04-06	12	0	0	0	0	0
2025-04-07	12	480	480	365	0	202
2025-04-08	12	0	0	0	0	0
2025-04-09	12	0	0	0	0	0
2025-04-10	12	480	480	325	0	114
2025-04-11	12	480	480	325	0	170
2025-04-12	12	480	480	387	0	227
2025-04-13	12	480	480	386	0	188
2025-04-14	12	480	480	383	0	177
2025-04-15	12	480	480	363	0	185
2025-04-16	12	480	480	351	43	189
2025-04-17	12	480	480	310	0	185
2025-04-18	12	480	480	328	0	118
2025-04-19	12	0	0	0	0	0
2025-04-20	12	0	0	0	0	0
2025-04-21	12	480	480	330	5	168
2025-04-22	12	480	480	302	0	152
2025-04-23	12	480	480	362	0	181
2025-04-24	12	480	480	388	0	134
2025-04-25	12	480	480	329	0	136
2025-04-26	12	0	0	0	0	0
2025-04-27	12	0	0	0	0	0
2025-04-28	12	480	480	286	0	135
2025-04-29	12	0	0	0	0	0
2025-04-30	12	0	0	0	0	0
2025-05-01	12	480	480	309	0	145
2025-05-02	12	480	480	304	0	172
2025-05-03	12	480	480	301	0	100
2025-05-04	12	480	480	367	0	167
2025-05-05	12	480	480	348	0	167
2025-05-06	12	480	480	377	0	168
2025-05-07	12	480	480	315	0	188
2025-05-08	12	480	480	370	0	150
2025-05-09	12	480	480	378	25	196
2025-05-10	12	0	0	0	0	0
2025-05-11	12	0	0	0	0	0
2025-05-12	12	480	480	340	0	194
2025-05-13	12	480	480	351	0	161
2025-05-14	12	480	480	367	0	187
2025-05-15	12	480	480	351	0	167
2025-05-16	12	480	480	363	0	117
2025-05-17	12	0	0	0	0	0
2025-05-18	12	0	0	0	0	0
2025-05-19	12	480	480	382	0	154
2025-05-20	12	0	0	0	0	0
2025-05-21	12	0	0	0	0	0
2025-05-22	12	480	480	334	0	170
2025-05-23	12	480	480	326	0	185
2025-05-24	12	480	480	314	0	119
2025-05-25	12	480	480	322	0	123
2025-05-26	12	480	480	292	0	104
2025-05-27	12	480	480	390	0	146
2025-05-28	12	480	480	358	0	148
2025-05-29	12	480	480	346	0	165
2025-05-30	12	480	480	386	22	221
2025-05-31	12	0	0	0	0	0
2025-06-01	12	0	0	0	0	0
2025-06-02	12	480	480	278	0	160
2025-06-03	12	480	480	359	0	113
2025-06-04	12	480	480	320	0	114
2025-06-05	12	480	480	350	0	108
2025-06-06	12	480	480	363	21	125
2025-06-07	12	0	0	0	0	0
2025-06-08	12	0	0	0	0	0
2025-06-09	12	480	480	304	17	153
2025-06-10	12	0	0	0	0	0
2025-06-11	12	0	0	0	0	0
2025-06-12	12	480	480	360	0	130
2025-06-13	12	480	480	325	0	101
2025-06-14	12	480	480	361	0	150
2025-06-15	12	480	480	321	0	106
2025-06-16	12	480	480	352	0	148
2025-06-17	12	480	480	345	35	152
2025-06-18	12	480	480	380	0	227
2025-06-19	12	480	480	300	82	197
2025-06-20	12	480	480	379	0	143
2025-06-21	12	0	0	0	0	0
2025-06-22	12	0	0	0	0	0
2025-06-23	12	480	480	307	0	182
2025-06-24	12	480	480	323	0	138
2025-06-25	12	480	480	321	0	178
2025-06-26	12	480	480	364	0	149
2025-06-27	12	480	480	367	0	133
2025-06-28	12	0	0	0	0	0
2025-06-29	12	0	0	0	0	0
2025-06-30	12	480	480	392	0	165
2025-07-01	12	0	0	0	0	0
2025-07-02	12	0	0	0	0	0
2025-07-03	12	480	480	366	0	156
2025-07-04	12	480	480	334	0	159
2025-07-05	12	480	480	332	0	118
2025-07-06	12	480	480	338	0	184
2025-07-07	12	480	480	355	0	192
2025-07-08	12	480	480	386	0	183
2025-07-09	12	480	480	345	0	112
2025-07-10	12	480	480	305	0	156
2025-07-11	12	480	480	318	0	138
2025-07-12	12	0	0	0	0	0
2025-07-13	12	0	0	0	0	0
2025-07-14	12	480	480	375	0	192
2025-07-15	12	480	480	354	0	131
2025-07-16	12	480	480	358	0	130
2025-07-17	12	480	480	368	0	182
2025-07-18	12	480	480	332	0	113
2025-07-19	12	0	0	0	0	0
2025-07-20	12	0	0	0	0	0
2025-07-21	12	480	480	384	0	189
2025-07-22	12	0	0	0	0	0
2025-07-23	12	0	0	0	0	0
2025-07-24	12	480	480	336	0	165
2025-07-25	12	480	480	341	0	180
2025-07-26	12	480	480	384	0	137
2025-07-27	12	480	480	308	0	157
2025-07-28	12	480	480	345	0	172
2025-07-29	12	480	480	372	13	141
2025-07-30	12	480	480	290	0	96
2025-07-31	12	480	480	333	0	188
2025-08-01	12	480	480	297	0	163
2025-08-02	12	0	0	0	0	0
2025-08-03	12	0	0	0	0	0
2025-08-04	12	480	480	407	0	198
2025-08-05	12	480	480	328	0	166
2025-08-06	12	480	480	351	0	198
2025-08-07	12	480	480	338	0	114
2025-08-08	12	480	480	337	0	189
2025-08-09	12	0	0	0	0	0
2025-08-10	12	0	0	0	0	0
2025-08-11	12	480	480	316	0	117
2025-08-12	12	0	0	0	0	0
2025-08-13	12	0	0	0	0	0
2025-08-14	12	480	480	311	13	164
2025-08-15	12	480	480	328	20	147
2025-08-16	12	480	480	321	0	183
2025-08-17	12	480	480	363	0	118
2025-08-18	12	480	480	334	46	163
2025-08-19	12	480	480	306	0	160
2025-08-20	12	480	480	336	0	112
2025-08-21	12	480	480	276	0	144
\.

-- Re-create the secondary indexes and foreign keys dropped before the data.
ALTER TABLE customers ADD CONSTRAINT pk_customers PRIMARY KEY (id);
ALTER TABLE customers ADD CONSTRAINT uq_customers_email UNIQUE (email);
ALTER TABLE users ADD CONSTRAINT pk_users PRIMARY KEY (id);
ALTER TABLE tickets ADD CONSTRAINT pk_tickets PRIMARY KEY (ticket_id);
ALTER TABLE wfm ADD CONSTRAINT pk_wfm PRIMARY KEY (user_id, date);
ALTER TABLE interactions ADD CONSTRAINT pk_interactions PRIMARY KEY (interaction_id);
ALTER TABLE calls ADD CONSTRAINT pk_calls PRIMARY KEY (id);
ALTER TABLE calls ADD CONSTRAINT uq_calls_interaction_id UNIQUE (interaction_id);
ALTER TABLE chats ADD CONSTRAINT pk_chats PRIMARY KEY (id);
ALTER TABLE chats ADD CONSTRAINT uq_chats_interaction_id UNIQUE (interaction_id);
CREATE INDEX ix_tickets_customer_id ON tickets (customer_id);
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
ALTER TABLE tickets ADD CONSTRAINT fk_tickets_ticket_owner_users FOREIGN KEY(ticket_owner) REFERENCES users (id);
ALTER TABLE wfm ADD CONSTRAINT fk_wfm_user_id_users FOREIGN KEY(user_id) REFERENCES users (id);
ALTER TABLE interactions ADD CONSTRAINT fk_interactions_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id);
ALTER TABLE interactions ADD CONSTRAINT fk_interactions_handled_by_users FOREIGN KEY(handled_by) REFERENCES users (id);
ALTER TABLE interactions ADD CONSTRAINT fk_interactions_ticket_id_tickets FOREIGN KEY(ticket_id) REFERENCES tickets (ticket_id);
ALTER TABLE calls ADD CONSTRAINT fk_calls_interaction_id_interactions FOREIGN KEY(interaction_id) REFERENCES interactions (interaction_id);
ALTER TABLE chats ADD CONSTRAINT fk_chats_interaction_id_interactions FOREIGN KEY(interaction_id) REFERENCES interactions (interaction_id);

COMMIT;

ANALYZE;
