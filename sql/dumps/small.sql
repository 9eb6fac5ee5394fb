-- seeder 0.1.0: synthetic customer-support dataset
-- tickets=500 customers=120 agents=3 seed=42 start=2023-09-15 end=2025-08-21
-- parameters sha256=0e41b0181cb559f26296bc42c69907e499b6f7d2093f7307a80ec1420aed3bce (`seed config` prints them)
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

COPY tickets (ticket_id, origin, symptom_cat, symptom, status, product, ticket_owner, language, fcr, escalated, ticket_created, ticket_closed, last_interaction_time, resolution_after_last_interaction_hours, lifecycle_hours, customer_id, ticket_rating) FROM stdin WITH (FREEZE);
TKT-00001	phone	complaint	rude service	closed	speakers	1	english	t	f	2023-09-16 15:20:52	2023-09-16 15:38:32	2023-09-16 15:29:28	0.15	0.29	9	\N
TKT-00002	phone	rma	replacement unit request	closed	headphones	3	french	f	f	2023-09-18 09:34:38	2023-09-18 20:59:37	2023-09-18 13:04:02	7.93	11.42	107	\N
TKT-00003	email	troubleshooting	bluetooth pairing fails	closed	headphones	2	english	t	f	2023-09-18 10:04:06	2023-09-18 11:01:28	2023-09-18 10:49:06	0.21	0.96	47	\N
TKT-00004	chat	rma	warranty repair request	closed	headphones	3	french	f	f	2023-09-18 12:01:58	2023-09-25 03:14:30	2023-09-18 16:57:10	154.29	159.21	66	\N
TKT-00005	chat	product	which amplifier for my speakers	closed	amplifiers	2	french	t	f	2023-09-18 12:51:59	2023-09-18 13:20:42	2023-09-18 13:04:51	0.26	0.48	67	3
TKT-00006	chat	finance	invoice request	closed	headphones	1	french	f	f	2023-09-19 15:51:42	2023-09-19 21:10:14	2023-09-19 18:04:05	3.10	5.31	66	4
TKT-00007	email	troubleshooting	hum or crackling noise	closed	turntables	1	french	f	f	2023-09-20 08:32:50	2023-09-22 20:40:50	2023-09-20 11:16:39	57.40	60.13	35	3
TKT-00008	email	finance	vat invoice for my business	closed	amplifiers	1	french	f	f	2023-09-21 10:46:54	2023-09-23 09:05:34	2023-09-21 12:44:46	44.35	46.31	11	\N
TKT-00009	email	finance	payment failed	closed	headphones	1	german	f	f	2023-09-25 12:55:33	2023-09-27 21:50:21	2023-09-25 18:27:23	51.38	56.91	33	\N
TKT-00010	email	logistics	return label needed	closed	amplifiers	3	french	f	f	2023-09-25 14:59:34	2023-09-26 09:34:41	2023-09-25 17:02:58	16.53	18.59	72	\N
TKT-00011	phone	troubleshooting	bluetooth pairing fails	closed	headphones	3	english	f	f	2023-09-26 09:20:23	2023-09-26 23:20:17	2023-09-26 11:00:35	12.33	14.00	92	4
TKT-00012	phone	troubleshooting	connection keeps dropping	closed	turntables	3	english	f	t	2023-09-26 13:00:31	2023-10-01 07:19:21	2023-09-26 15:40:56	111.64	114.31	56	2
TKT-00013	chat	troubleshooting	bluetooth pairing fails	closed	headphones	3	french	f	f	2023-09-26 15:38:18	2023-09-28 09:55:37	2023-09-26 19:48:16	38.12	42.29	112	2
TKT-00014	phone	troubleshooting	hum or crackling noise	closed	speakers	1	french	f	f	2023-09-26 18:14:05	2023-09-27 00:06:41	2023-09-26 19:13:15	4.89	5.88	3	\N
TKT-00015	email	finance	invoice request	closed	turntables	3	french	f	f	2023-09-27 06:33:31	2023-09-29 08:06:35	2023-09-27 13:53:44	42.21	49.55	14	\N
TKT-00016	email	logistics	order not delivered yet	closed	speakers	3	french	t	f	2023-09-29 15:33:33	2023-09-29 16:39:37	2023-09-29 16:13:57	0.43	1.10	22	\N
TKT-00017	email	complaint	unhappy with the repair	closed	turntables	2	english	f	f	2023-09-30 10:03:56	2023-10-01 10:02:27	2023-09-30 15:10:21	18.87	23.98	109	2
TKT-00018	email	troubleshooting	distorted sound	closed	turntables	2	french	t	f	2023-09-30 14:21:45	2023-09-30 17:01:45	2023-09-30 16:55:33	0.10	2.67	34	\N
TKT-00019	chat	troubleshooting	hum or crackling noise	closed	speakers	2	german	t	f	2023-09-30 14:37:32	2023-09-30 14:52:18	2023-09-30 14:47:03	0.09	0.25	75	\N
TKT-00020	email	complaint	unhappy with the repair	closed	turntables	2	german	f	t	2023-10-02 08:37:05	2023-10-03 00:53:55	2023-10-02 15:13:04	9.68	16.28	110	4
TKT-00021	phone	complaint	long waiting time	closed	speakers	3	english	f	f	2023-10-02 19:24:30	2023-10-03 11:07:37	2023-10-02 19:44:45	15.38	15.72	15	\N
TKT-00022	email	product	app features	closed	headphones	3	english	t	f	2023-10-03 15:58:04	2023-10-03 16:53:47	2023-10-03 16:42:46	0.18	0.93	15	\N
TKT-00023	phone	product	which amplifier for my speakers	closed	amplifiers	2	german	t	f	2023-10-04 18:12:23	2023-10-04 18:32:03	2023-10-04 18:20:44	0.19	0.33	110	\N
TKT-00024	phone	logistics	parcel arrived damaged	closed	amplifiers	1	french	f	f	2023-10-05 10:45:30	2023-10-07 01:48:10	2023-10-05 16:43:42	33.07	39.04	96	4
TKT-00025	phone	complaint	long waiting time	closed	speakers	1	english	f	f	2023-10-08 10:45:09	2023-10-09 02:24:23	2023-10-08 13:02:01	13.37	15.65	39	\N
TKT-00026	email	troubleshooting	bluetooth pairing fails	closed	speakers	2	german	t	f	2023-10-10 13:55:28	2023-10-10 14:43:13	2023-10-10 14:37:58	0.09	0.80	83	\N
TKT-00027	email	troubleshooting	no sound	closed	headphones	1	english	t	f	2023-10-10 17:17:56	2023-10-10 18:36:30	2023-10-10 18:14:20	0.37	1.31	36	4
TKT-00028	chat	complaint	recurring fault	closed	speakers	1	german	f	f	2023-10-11 10:07:54	2023-10-12 23:39:45	2023-10-11 14:11:01	33.48	37.53	4	\N
TKT-00029	email	logistics	order not delivered yet	closed	turntables	2	french	f	f	2023-10-11 18:45:56	2023-10-16 05:23:17	2023-10-12 12:06:46	89.28	106.62	115	\N
TKT-00030	email	logistics	return label needed	closed	speakers	2	french	t	f	2023-10-13 11:38:18	2023-10-13 12:17:38	2023-10-13 12:09:06	0.14	0.66	49	\N
TKT-00031	phone	rma	replacement unit request	closed	speakers	2	french	f	f	2023-10-13 13:29:05	2023-10-24 03:20:17	2023-10-13 18:15:51	249.07	253.85	112	\N
TKT-00032	email	rma	warranty repair request	closed	speakers	2	english	f	f	2023-10-16 10:10:48	2023-11-03 19:24:23	2023-10-16 16:07:16	435.29	441.23	56	\N
TKT-00033	email	troubleshooting	no sound	closed	turntables	3	french	f	f	2023-10-16 14:08:55	2023-10-17 02:31:36	2023-10-16 17:18:58	9.21	12.38	10	\N
TKT-00034	chat	logistics	tracking not updating	closed	speakers	3	german	f	f	2023-10-17 10:11:38	2023-10-21 22:32:26	2023-10-17 11:02:20	107.50	108.35	104	\N
TKT-00035	phone	rma	warranty repair request	closed	headphones	2	french	f	f	2023-10-20 09:37:02	2023-10-22 10:38:03	2023-10-20 15:40:25	42.96	49.02	67	\N
TKT-00036	email	rma	repair status update	closed	amplifiers	3	french	f	f	2023-10-20 19:07:12	2023-10-23 01:39:21	2023-10-20 19:58:56	53.67	54.54	29	\N
TKT-00037	email	product	technical specifications	closed	headphones	2	english	t	f	2023-10-24 11:07:31	2023-10-24 13:00:26	2023-10-24 12:20:01	0.67	1.88	97	\N
TKT-00038	phone	product	which amplifier for my speakers	closed	headphones	2	french	t	f	2023-10-24 14:18:14	2023-10-24 14:30:58	2023-10-24 14:23:45	0.12	0.21	52	\N
TKT-00039	phone	logistics	parcel arrived damaged	closed	headphones	2	french	f	f	2023-10-24 14:51:20	2023-11-05 17:27:13	2023-10-24 17:36:36	287.84	290.60	52	4
TKT-00040	email	finance	refund not received	closed	headphones	1	french	f	f	2023-10-26 09:58:24	2023-10-28 16:56:40	2023-10-26 18:23:59	46.54	54.97	113	\N
TKT-00041	email	logistics	tracking not updating	closed	headphones	3	german	f	f	2023-10-26 10:24:33	2023-10-27 03:18:07	2023-10-26 14:03:34	13.24	16.89	24	\N
TKT-00042	phone	logistics	change of delivery address	closed	turntables	3	french	t	f	2023-10-26 17:11:18	2023-10-26 17:20:38	2023-10-26 17:16:16	0.07	0.16	49	\N
TKT-00043	chat	troubleshooting	connection keeps dropping	closed	headphones	1	german	f	f	2023-10-27 11:25:57	2023-10-28 18:37:32	2023-10-27 16:00:41	26.61	31.19	43	\N
TKT-00044	phone	logistics	wrong item delivered	closed	headphones	3	french	f	t	2023-10-27 12:23:14	2023-10-29 04:33:37	2023-10-27 15:48:26	36.75	40.17	74	\N
TKT-00045	phone	troubleshooting	connection keeps dropping	closed	speakers	3	german	f	f	2023-10-27 16:12:02	2023-10-28 08:03:49	2023-10-27 19:25:05	12.65	15.86	117	2
TKT-00046	chat	logistics	change of delivery address	closed	headphones	1	english	t	f	2023-10-28 13:28:52	2023-10-28 13:54:26	2023-10-28 13:41:35	0.21	0.43	105	\N
TKT-00047	email	complaint	issue still unresolved	closed	headphones	1	french	f	t	2023-10-31 18:46:45	2023-11-13 14:52:27	2023-10-31 19:59:50	306.88	308.10	60	\N
TKT-00048	phone	logistics	wrong item delivered	closed	headphones	1	french	t	f	2023-11-03 13:10:41	2023-11-03 13:45:53	2023-11-03 13:19:55	0.43	0.59	1	3
TKT-00049	phone	product	which amplifier for my speakers	closed	speakers	1	french	t	f	2023-11-06 15:20:39	2023-11-06 15:37:18	2023-11-06 15:33:28	0.06	0.28	112	5
TKT-00050	chat	logistics	parts missing from the box	closed	headphones	1	english	t	f	2023-11-07 12:29:44	2023-11-07 12:43:39	2023-11-07 12:38:31	0.09	0.23	119	\N
TKT-00051	email	finance	refund not received	closed	turntables	2	english	f	f	2023-11-12 08:44:24	2023-11-17 07:06:54	2023-11-12 14:04:24	113.04	118.38	18	\N
TKT-00052	email	product	compatibility question	closed	headphones	3	english	t	f	2023-11-13 14:47:49	2023-11-13 15:56:19	2023-11-13 15:49:07	0.12	1.14	36	\N
TKT-00053	phone	complaint	recurring fault	closed	headphones	1	english	f	f	2023-11-15 12:47:55	2023-11-16 12:07:33	2023-11-15 17:33:23	18.57	23.33	105	2
TKT-00054	phone	logistics	change of delivery address	closed	headphones	1	french	t	f	2023-11-15 13:03:35	2023-11-15 13:31:05	2023-11-15 13:17:31	0.23	0.46	93	\N
TKT-00055	chat	logistics	order not delivered yet	closed	amplifiers	2	german	t	f	2023-11-15 17:14:00	2023-11-15 17:54:42	2023-11-15 17:22:15	0.54	0.68	70	\N
TKT-00056	phone	troubleshooting	no sound	closed	speakers	1	french	f	f	2023-11-16 11:00:09	2023-11-18 05:20:43	2023-11-16 14:18:21	39.04	42.34	20	\N
TKT-00057	email	troubleshooting	power or battery problem	closed	turntables	3	english	f	f	2023-11-16 13:31:04	2023-11-16 23:14:56	2023-11-16 17:08:13	6.11	9.73	57	\N
TKT-00058	chat	product	app features	closed	headphones	1	english	t	f	2023-11-17 09:41:45	2023-11-17 10:18:25	2023-11-17 10:03:15	0.25	0.61	101	5
TKT-00059	email	troubleshooting	bluetooth pairing fails	closed	turntables	1	german	f	f	2023-11-17 11:53:05	2023-11-17 19:00:12	2023-11-17 14:18:00	4.70	7.12	85	\N
TKT-00060	chat	troubleshooting	no sound	closed	amplifiers	1	french	t	f	2023-11-18 10:25:10	2023-11-18 11:20:44	2023-11-18 10:58:47	0.37	0.93	32	\N
TKT-00061	chat	troubleshooting	no sound	closed	headphones	2	german	t	f	2023-11-20 15:41:28	2023-11-20 15:51:43	2023-11-20 15:48:27	0.05	0.17	12	\N
TKT-00062	phone	rma	repair status update	closed	turntables	1	english	f	t	2023-11-20 17:37:36	2023-11-29 05:04:42	2023-11-20 19:48:26	201.27	203.45	82	2
TKT-00063	chat	troubleshooting	no sound	closed	amplifiers	3	english	f	f	2023-11-21 09:18:40	2023-11-22 00:21:36	2023-11-21 13:31:15	10.84	15.05	56	\N
TKT-00064	email	troubleshooting	no sound	closed	amplifiers	3	german	t	f	2023-11-23 15:24:27	2023-11-24 09:54:14	2023-11-24 09:51:51	0.04	18.50	7	\N
TKT-00065	phone	product	stylus or cartridge recommendation	closed	headphones	3	german	t	f	2023-11-24 11:52:18	2023-11-24 12:30:20	2023-11-24 11:57:32	0.55	0.63	83	5
TKT-00066	phone	troubleshooting	no sound	closed	amplifiers	3	french	t	f	2023-11-26 14:14:49	2023-11-26 14:31:57	2023-11-26 14:26:21	0.09	0.29	1	4
TKT-00067	phone	product	app features	closed	headphones	1	english	t	f	2023-11-28 14:46:22	2023-11-28 15:39:17	2023-11-28 14:56:00	0.72	0.88	77	5
TKT-00068	phone	logistics	parcel arrived damaged	closed	headphones	1	french	t	f	2023-12-01 11:50:29	2023-12-01 12:18:21	2023-12-01 11:55:09	0.39	0.46	20	4
TKT-00069	email	product	app features	closed	turntables	2	english	t	f	2023-12-03 19:35:36	2023-12-04 08:38:49	2023-12-04 08:32:36	0.10	13.05	27	5
TKT-00070	phone	troubleshooting	no sound	closed	headphones	3	english	t	f	2023-12-05 12:26:53	2023-12-05 12:43:23	2023-12-05 12:38:01	0.09	0.28	69	\N
TKT-00071	email	troubleshooting	hum or crackling noise	closed	turntables	3	german	f	t	2023-12-05 14:40:14	2023-12-06 18:49:29	2023-12-05 18:19:25	24.50	28.15	106	\N
TKT-00072	phone	logistics	wrong item delivered	closed	speakers	3	german	t	f	2023-12-05 15:35:29	2023-12-05 15:58:22	2023-12-05 15:49:43	0.14	0.38	41	\N
TKT-00073	phone	complaint	issue still unresolved	closed	amplifiers	2	english	f	f	2023-12-06 14:58:21	2023-12-14 06:21:58	2023-12-06 17:22:20	180.99	183.39	81	3
TKT-00074	phone	troubleshooting	power or battery problem	closed	speakers	1	german	f	f	2023-12-10 12:18:16	2023-12-19 08:49:25	2023-12-10 15:51:52	208.96	212.52	33	\N
TKT-00075	chat	troubleshooting	no sound	closed	headphones	1	english	t	f	2023-12-11 17:39:42	2023-12-11 17:56:44	2023-12-11 17:49:33	0.12	0.28	27	\N
TKT-00076	phone	product	compatibility question	closed	turntables	1	german	t	f	2023-12-12 17:07:54	2023-12-12 17:25:11	2023-12-12 17:15:45	0.16	0.29	24	\N
TKT-00077	phone	logistics	return label needed	closed	speakers	1	english	f	f	2023-12-13 10:45:46	2023-12-16 18:28:37	2023-12-13 15:46:02	74.71	79.71	101	\N
TKT-00078	phone	finance	invoice request	closed	turntables	1	english	f	f	2023-12-13 15:54:34	2023-12-16 12:46:17	2023-12-13 19:55:18	64.85	68.86	47	\N
TKT-00079	phone	troubleshooting	distorted sound	closed	speakers	1	english	f	t	2023-12-15 15:36:33	2023-12-17 19:58:54	2023-12-15 18:10:01	49.81	52.37	2	\N
TKT-00080	chat	finance	invoice request	closed	speakers	1	english	f	t	2023-12-18 11:34:30	2023-12-24 23:48:54	2023-12-18 16:14:02	151.58	156.24	103	4
TKT-00081	email	troubleshooting	bluetooth pairing fails	closed	speakers	3	french	f	f	2023-12-19 09:06:43	2023-12-20 01:08:17	2023-12-19 12:13:25	12.91	16.03	1	4
TKT-00082	chat	logistics	tracking not updating	closed	amplifiers	1	french	t	f	2023-12-20 13:52:03	2023-12-20 14:48:19	2023-12-20 14:01:45	0.78	0.94	49	\N
TKT-00083	chat	finance	refund not received	closed	turntables	1	german	f	f	2023-12-20 19:20:31	2023-12-21 09:06:47	2023-12-20 19:40:54	13.43	13.77	17	\N
TKT-00084	chat	logistics	wrong item delivered	closed	amplifiers	3	french	t	f	2023-12-22 08:46:32	2023-12-22 09:26:55	2023-12-22 08:56:59	0.50	0.67	35	\N
TKT-00085	phone	troubleshooting	power or battery problem	closed	speakers	1	german	t	f	2023-12-22 15:34:37	2023-12-22 16:03:43	2023-12-22 15:40:41	0.38	0.48	106	\N
TKT-00086	phone	finance	payment failed	closed	headphones	2	german	f	f	2023-12-23 16:45:50	2023-12-24 05:37:00	2023-12-23 16:59:16	12.63	12.85	51	\N
TKT-00087	phone	rma	warranty repair request	closed	turntables	2	english	f	f	2023-12-24 14:14:12	2023-12-26 23:14:33	2023-12-24 15:52:49	55.36	57.01	101	\N
TKT-00088	phone	product	app features	closed	headphones	1	english	t	f	2023-12-27 10:03:13	2023-12-27 10:38:20	2023-12-27 10:07:33	0.51	0.59	64	3
TKT-00089	phone	troubleshooting	firmware update failed	closed	headphones	1	english	t	f	2023-12-28 08:39:57	2023-12-28 09:02:47	2023-12-28 08:43:39	0.32	0.38	92	\N
TKT-00090	email	logistics	change of delivery address	closed	turntables	3	english	f	f	2023-12-28 10:47:55	2024-01-02 04:05:43	2023-12-28 17:12:09	106.89	113.30	63	3
TKT-00091	chat	product	compatibility question	closed	turntables	3	english	t	f	2023-12-29 10:42:10	2023-12-29 11:07:43	2023-12-29 10:54:45	0.22	0.43	13	\N
TKT-00092	phone	rma	repair status update	closed	turntables	2	german	t	f	2023-12-29 14:13:02	2023-12-29 14:31:41	2023-12-29 14:26:32	0.09	0.31	70	4
TKT-00093	chat	complaint	long waiting time	closed	speakers	1	french	f	f	2023-12-30 10:29:18	2024-01-01 20:02:08	2023-12-30 14:37:21	53.41	57.55	66	\N
TKT-00094	chat	logistics	order not delivered yet	closed	speakers	3	french	f	f	2024-01-01 08:20:11	2024-01-05 05:30:59	2024-01-01 10:24:01	91.12	93.18	115	\N
TKT-00095	email	logistics	order not delivered yet	closed	headphones	2	french	f	f	2024-01-02 10:34:34	2024-01-03 10:19:50	2024-01-02 17:39:50	16.67	23.75	80	3
TKT-00096	phone	troubleshooting	distorted sound	closed	speakers	2	french	t	f	2024-01-02 10:53:03	2024-01-02 11:16:20	2024-01-02 11:04:05	0.20	0.39	35	4
TKT-00097	phone	product	stock availability	closed	amplifiers	2	english	t	f	2024-01-02 12:37:35	2024-01-02 13:04:33	2024-01-02 12:44:06	0.34	0.45	44	4
TKT-00098	phone	troubleshooting	bluetooth pairing fails	closed	headphones	2	english	t	f	2024-01-02 17:05:32	2024-01-02 17:31:48	2024-01-02 17:10:30	0.36	0.44	58	5
TKT-00099	phone	logistics	order not delivered yet	closed	headphones	3	english	f	f	2024-01-05 10:43:04	2024-01-06 00:37:58	2024-01-05 13:26:16	11.20	13.92	99	\N
TKT-00100	phone	troubleshooting	distorted sound	closed	speakers	3	german	t	f	2024-01-05 15:55:45	2024-01-05 16:13:26	2024-01-05 16:00:08	0.22	0.29	102	\N
TKT-00101	phone	logistics	tracking not updating	closed	amplifiers	1	french	f	f	2024-01-05 16:18:07	2024-01-06 08:51:03	2024-01-05 18:46:54	14.07	16.55	32	3
TKT-00102	phone	troubleshooting	power or battery problem	closed	amplifiers	3	english	f	t	2024-01-06 09:32:40	2024-01-07 00:43:29	2024-01-06 12:05:50	12.63	15.18	16	3
TKT-00103	chat	troubleshooting	distorted sound	closed	amplifiers	2	german	f	f	2024-01-08 11:44:50	2024-01-09 21:23:25	2024-01-08 12:43:39	32.66	33.64	42	4
TKT-00104	phone	troubleshooting	no sound	closed	headphones	3	english	f	f	2024-01-08 12:37:12	2024-01-13 18:22:19	2024-01-08 13:31:23	124.85	125.75	71	\N
TKT-00105	chat	logistics	return label needed	closed	turntables	3	english	f	f	2024-01-10 10:40:54	2024-01-18 21:51:06	2024-01-10 14:30:44	199.34	203.17	76	\N
TKT-00106	phone	logistics	return label needed	closed	speakers	3	french	f	f	2024-01-11 17:32:35	2024-01-13 13:26:24	2024-01-11 19:48:38	41.63	43.90	108	\N
TKT-00107	chat	troubleshooting	firmware update failed	closed	speakers	2	german	t	f	2024-01-12 10:55:00	2024-01-12 11:53:33	2024-01-12 11:06:01	0.79	0.98	75	\N
TKT-00108	phone	product	compatibility question	closed	amplifiers	2	german	t	f	2024-01-12 12:08:40	2024-01-12 12:25:39	2024-01-12 12:17:42	0.13	0.28	17	4
TKT-00109	email	troubleshooting	power or battery problem	closed	headphones	2	english	f	f	2024-01-14 15:24:22	2024-01-16 04:53:50	2024-01-15 10:24:32	18.49	37.49	23	3
TKT-00110	chat	logistics	order not delivered yet	closed	headphones	2	german	t	f	2024-01-15 08:57:44	2024-01-15 09:17:55	2024-01-15 09:09:07	0.15	0.34	68	\N
TKT-00111	phone	logistics	wrong item delivered	closed	speakers	2	german	t	f	2024-01-15 11:03:54	2024-01-15 11:37:14	2024-01-15 11:16:45	0.34	0.56	25	3
TKT-00112	chat	troubleshooting	bluetooth pairing fails	closed	headphones	3	german	t	f	2024-01-16 12:51:32	2024-01-16 13:06:27	2024-01-16 13:00:14	0.10	0.25	4	3
TKT-00113	phone	rma	warranty repair request	closed	speakers	1	french	f	f	2024-01-17 12:13:13	2024-01-31 09:46:28	2024-01-17 17:28:30	328.30	333.55	35	\N
TKT-00114	email	troubleshooting	connection keeps dropping	closed	headphones	1	french	f	f	2024-01-18 21:52:58	2024-01-19 18:05:12	2024-01-19 10:39:28	7.43	20.20	72	4
TKT-00115	phone	troubleshooting	no sound	closed	headphones	3	english	f	f	2024-01-19 14:35:14	2024-01-19 22:44:31	2024-01-19 18:12:44	4.53	8.15	18	\N
TKT-00116	email	finance	vat invoice for my business	closed	amplifiers	1	german	f	f	2024-01-21 09:43:02	2024-02-14 13:25:48	2024-01-21 14:34:36	574.85	579.71	51	\N
TKT-00117	chat	product	stock availability	closed	speakers	1	french	t	f	2024-01-21 15:04:46	2024-01-21 15:26:38	2024-01-21 15:15:56	0.18	0.36	115	4
TKT-00118	phone	finance	payment failed	closed	speakers	2	french	f	f	2024-01-22 14:09:41	2024-01-23 08:58:09	2024-01-22 18:19:36	14.64	18.81	22	\N
TKT-00119	phone	product	compatibility question	closed	headphones	2	english	t	f	2024-01-25 14:53:57	2024-01-25 15:22:07	2024-01-25 15:02:13	0.33	0.47	18	\N
TKT-00120	chat	product	stylus or cartridge recommendation	closed	headphones	2	french	t	f	2024-01-26 16:05:25	2024-01-26 16:39:44	2024-01-26 16:15:29	0.40	0.57	80	\N
TKT-00121	phone	troubleshooting	power or battery problem	closed	speakers	1	german	t	f	2024-01-26 16:36:52	2024-01-26 16:45:10	2024-01-26 16:39:59	0.09	0.14	75	\N
TKT-00122	phone	troubleshooting	distorted sound	closed	speakers	3	german	t	f	2024-01-27 11:01:56	2024-01-27 11:13:49	2024-01-27 11:04:37	0.15	0.20	79	\N
TKT-00123	chat	rma	warranty repair request	closed	amplifiers	3	english	f	f	2024-01-28 13:54:39	2024-01-29 09:14:08	2024-01-28 15:27:05	17.78	19.32	2	4
TKT-00124	chat	logistics	order not delivered yet	closed	turntables	1	german	f	f	2024-01-30 17:53:49	2024-02-01 17:43:47	2024-01-30 19:45:28	45.97	47.83	42	4
TKT-00125	email	complaint	recurring fault	closed	headphones	2	english	t	f	2024-02-04 17:02:09	2024-02-05 09:23:35	2024-02-05 09:17:27	0.10	16.36	6	4
TKT-00126	email	complaint	recurring fault	closed	speakers	3	english	f	f	2024-02-05 17:50:10	2024-02-06 06:11:39	2024-02-05 19:15:24	10.94	12.36	78	\N
TKT-00127	phone	finance	refund not received	closed	speakers	2	french	f	f	2024-02-06 09:23:40	2024-02-10 15:53:16	2024-02-06 11:13:09	100.67	102.49	20	\N
TKT-00128	email	troubleshooting	power or battery problem	closed	turntables	3	french	t	f	2024-02-06 12:11:03	2024-02-06 14:22:12	2024-02-06 14:11:33	0.18	2.19	22	\N
TKT-00129	chat	troubleshooting	bluetooth pairing fails	closed	headphones	1	german	t	f	2024-02-08 09:32:18	2024-02-08 09:42:08	2024-02-08 09:36:23	0.10	0.16	106	5
TKT-00130	chat	logistics	change of delivery address	closed	headphones	3	german	f	f	2024-02-12 15:46:59	2024-02-14 19:13:38	2024-02-12 17:33:39	49.67	51.44	87	\N
TKT-00131	chat	rma	collection for repair	closed	headphones	1	english	f	f	2024-02-12 16:07:50	2024-02-22 07:48:19	2024-02-12 18:53:44	228.91	231.67	64	\N
TKT-00132	email	rma	warranty repair request	closed	speakers	1	english	t	f	2024-02-13 16:33:08	2024-02-13 17:54:36	2024-02-13 17:41:56	0.21	1.36	81	4
TKT-00133	phone	troubleshooting	distorted sound	closed	speakers	1	english	f	t	2024-02-15 12:43:24	2024-02-19 11:10:32	2024-02-15 17:44:41	89.43	94.45	6	\N
TKT-00134	chat	finance	invoice request	closed	speakers	1	german	f	f	2024-02-16 13:39:09	2024-02-17 21:01:05	2024-02-16 18:01:55	26.99	31.37	33	4
TKT-00135	phone	finance	charged twice	closed	amplifiers	3	english	f	f	2024-02-20 08:42:54	2024-02-22 21:27:20	2024-02-20 10:33:47	58.89	60.74	2	\N
TKT-00136	phone	logistics	return label needed	closed	headphones	3	french	t	f	2024-02-21 09:11:26	2024-02-21 10:49:31	2024-02-21 09:34:51	1.24	1.63	1	5
TKT-00137	chat	finance	invoice request	closed	speakers	3	french	f	f	2024-02-22 17:19:01	2024-02-23 04:48:36	2024-02-22 18:10:58	10.63	11.49	67	3
TKT-00138	email	troubleshooting	connection keeps dropping	closed	amplifiers	3	german	f	f	2024-02-23 17:43:43	2024-02-24 14:48:59	2024-02-23 18:38:14	20.18	21.09	51	\N
TKT-00139	chat	logistics	parts missing from the box	closed	headphones	2	english	t	f	2024-02-25 15:46:45	2024-02-25 16:08:39	2024-02-25 15:53:27	0.25	0.36	78	\N
TKT-00140	phone	troubleshooting	no sound	closed	amplifiers	2	french	f	f	2024-02-26 13:43:53	2024-02-27 00:31:54	2024-02-26 18:24:10	6.13	10.80	108	\N
TKT-00141	phone	logistics	change of delivery address	closed	headphones	1	german	f	f	2024-02-28 08:52:28	2024-03-04 02:50:31	2024-02-28 14:03:27	108.78	113.97	68	\N
TKT-00142	email	troubleshooting	distorted sound	closed	speakers	1	english	f	f	2024-03-02 13:53:32	2024-03-03 10:22:08	2024-03-02 15:35:25	18.78	20.48	119	4
TKT-00143	email	troubleshooting	distorted sound	closed	amplifiers	1	german	f	t	2024-03-03 13:00:21	2024-03-08 02:23:10	2024-03-03 15:51:58	106.52	109.38	25	\N
TKT-00144	phone	troubleshooting	no sound	closed	headphones	3	english	t	f	2024-03-05 11:31:07	2024-03-05 11:47:11	2024-03-05 11:38:07	0.15	0.27	47	\N
TKT-00145	phone	troubleshooting	firmware update failed	closed	headphones	2	german	t	f	2024-03-05 16:54:18	2024-03-05 17:04:42	2024-03-05 16:59:45	0.08	0.17	19	5
TKT-00146	email	rma	replacement unit request	closed	headphones	1	german	f	f	2024-03-06 09:19:28	2024-03-14 04:49:31	2024-03-06 15:58:19	180.85	187.50	42	\N
TKT-00147	email	logistics	order not delivered yet	closed	turntables	1	french	f	f	2024-03-06 09:47:10	2024-03-07 08:04:50	2024-03-06 14:46:25	17.31	22.29	74	\N
TKT-00148	chat	logistics	wrong item delivered	closed	speakers	1	german	t	f	2024-03-06 13:56:59	2024-03-06 14:04:38	2024-03-06 14:00:52	0.06	0.13	61	\N
TKT-00149	email	troubleshooting	hum or crackling noise	closed	headphones	1	english	t	f	2024-03-06 17:31:51	2024-03-07 08:59:37	2024-03-07 08:35:09	0.41	15.46	103	5
TKT-00150	phone	finance	vat invoice for my business	closed	headphones	1	german	f	f	2024-03-07 09:38:05	2024-03-08 01:04:39	2024-03-07 11:48:56	13.26	15.44	83	\N
TKT-00151	phone	product	compatibility question	closed	headphones	1	german	t	f	2024-03-13 13:33:34	2024-03-13 14:06:15	2024-03-13 13:46:50	0.32	0.54	86	\N
TKT-00152	chat	troubleshooting	bluetooth pairing fails	closed	turntables	3	english	f	f	2024-03-14 15:45:49	2024-03-15 02:05:02	2024-03-14 18:13:46	7.85	10.32	9	\N
TKT-00153	phone	troubleshooting	power or battery problem	closed	speakers	2	english	f	t	2024-03-15 15:45:20	2024-03-16 00:12:44	2024-03-15 19:19:45	4.88	8.46	78	\N
TKT-00154	chat	troubleshooting	distorted sound	closed	headphones	2	english	t	f	2024-03-16 15:10:52	2024-03-16 15:28:31	2024-03-16 15:23:33	0.08	0.29	46	5
TKT-00155	phone	product	compatibility question	closed	turntables	2	french	t	f	2024-03-16 16:09:09	2024-03-16 16:24:19	2024-03-16 16:17:48	0.11	0.25	34	\N
TKT-00156	phone	finance	charged twice	closed	speakers	2	german	f	t	2024-03-19 11:59:27	2024-03-21 05:06:05	2024-03-19 16:48:06	36.30	41.11	51	\N
TKT-00157	phone	complaint	recurring fault	closed	headphones	1	german	f	f	2024-03-21 13:50:37	2024-03-22 18:48:26	2024-03-21 16:24:55	26.39	28.96	7	\N
TKT-00158	chat	complaint	issue still unresolved	closed	turntables	1	german	t	f	2024-03-22 13:03:07	2024-03-22 13:44:09	2024-03-22 13:25:09	0.32	0.68	85	\N
TKT-00159	email	rma	warranty repair request	closed	speakers	1	german	f	f	2024-03-25 18:40:56	2024-03-28 10:53:17	2024-03-25 19:59:01	62.90	64.21	42	3
TKT-00160	email	logistics	order not delivered yet	closed	turntables	2	french	f	f	2024-03-29 13:55:17	2024-03-30 01:00:18	2024-03-29 19:57:16	5.05	11.08	60	\N
TKT-00161	phone	troubleshooting	distorted sound	closed	speakers	1	english	t	f	2024-03-29 17:59:57	2024-03-29 18:14:23	2024-03-29 18:03:11	0.19	0.24	46	5
TKT-00162	chat	complaint	long waiting time	closed	headphones	2	french	t	f	2024-04-01 09:14:11	2024-04-01 09:37:04	2024-04-01 09:29:34	0.12	0.38	73	\N
TKT-00163	chat	rma	warranty repair request	closed	headphones	3	english	f	f	2024-04-01 12:17:36	2024-04-06 10:07:43	2024-04-01 16:09:17	113.97	117.84	63	\N
TKT-00164	email	logistics	return label needed	closed	amplifiers	1	german	f	f	2024-04-02 16:04:56	2024-04-03 20:21:19	2024-04-02 19:50:52	24.51	28.27	53	\N
TKT-00165	phone	finance	payment failed	closed	speakers	1	french	f	f	2024-04-03 14:58:37	2024-04-06 10:00:37	2024-04-03 17:47:35	64.22	67.03	35	\N
TKT-00166	chat	troubleshooting	distorted sound	closed	headphones	2	german	t	f	2024-04-04 08:03:39	2024-04-04 08:15:27	2024-04-04 08:10:26	0.08	0.20	104	\N
TKT-00167	email	troubleshooting	bluetooth pairing fails	closed	headphones	1	german	f	f	2024-04-05 12:42:32	2024-04-07 01:54:02	2024-04-05 18:48:30	31.09	37.19	102	\N
TKT-00168	email	product	which amplifier for my speakers	closed	speakers	2	french	t	f	2024-04-08 14:53:15	2024-04-08 15:31:14	2024-04-08 15:19:03	0.20	0.63	108	5
TKT-00169	email	logistics	order not delivered yet	closed	headphones	2	german	f	t	2024-04-09 09:23:19	2024-04-20 18:58:26	2024-04-09 15:39:56	267.31	273.59	89	\N
TKT-00170	phone	troubleshooting	connection keeps dropping	closed	turntables	2	english	t	f	2024-04-11 16:34:58	2024-04-11 16:54:24	2024-04-11 16:42:24	0.20	0.32	119	\N
TKT-00171	phone	troubleshooting	bluetooth pairing fails	closed	amplifiers	3	english	t	f	2024-04-11 17:26:29	2024-04-11 18:08:49	2024-04-11 17:40:50	0.47	0.71	6	\N
TKT-00172	phone	finance	charged twice	closed	speakers	1	english	f	f	2024-04-12 12:00:54	2024-04-13 13:56:05	2024-04-12 15:35:42	22.34	25.92	6	\N
TKT-00173	phone	finance	payment failed	closed	headphones	3	german	f	f	2024-04-15 10:41:41	2024-04-22 12:59:22	2024-04-15 13:48:55	167.17	170.29	79	\N
TKT-00174	chat	troubleshooting	no sound	closed	headphones	1	german	t	f	2024-04-15 16:03:27	2024-04-15 16:17:50	2024-04-15 16:10:11	0.13	0.24	38	\N
TKT-00175	email	troubleshooting	distorted sound	closed	amplifiers	1	german	f	f	2024-04-15 18:44:37	2024-04-16 11:58:16	2024-04-15 19:29:36	16.48	17.23	50	\N
TKT-00176	phone	finance	refund not received	closed	headphones	3	french	f	f	2024-04-16 09:27:27	2024-04-18 00:58:03	2024-04-16 10:33:03	38.42	39.51	91	\N
TKT-00177	email	finance	charged twice	closed	headphones	3	german	f	t	2024-04-16 09:29:31	2024-04-20 02:08:10	2024-04-16 16:58:32	81.16	88.64	75	\N
TKT-00178	chat	complaint	long waiting time	closed	speakers	1	english	f	f	2024-04-16 13:35:37	2024-04-18 23:17:35	2024-04-16 14:13:40	57.07	57.70	16	4
TKT-00179	phone	troubleshooting	bluetooth pairing fails	closed	headphones	1	german	t	f	2024-04-16 18:30:46	2024-04-16 19:07:49	2024-04-16 18:56:00	0.20	0.62	12	5
TKT-00180	email	logistics	tracking not updating	closed	amplifiers	1	german	f	f	2024-04-17 08:06:13	2024-04-20 03:40:47	2024-04-17 16:28:48	59.20	67.58	90	\N
TKT-00181	email	finance	charged twice	closed	amplifiers	2	english	f	t	2024-04-17 13:46:55	2024-04-22 01:59:32	2024-04-17 18:54:44	103.08	108.21	59	2
TKT-00182	phone	logistics	order not delivered yet	closed	amplifiers	1	english	f	f	2024-04-18 09:05:57	2024-04-18 20:43:09	2024-04-18 14:55:55	5.79	11.62	92	\N
TKT-00183	chat	logistics	tracking not updating	closed	headphones	2	german	t	f	2024-04-19 17:40:00	2024-04-19 17:53:44	2024-04-19 17:45:18	0.14	0.23	102	\N
TKT-00184	email	troubleshooting	firmware update failed	closed	headphones	2	english	f	f	2024-04-21 14:00:08	2024-04-23 10:51:57	2024-04-22 12:44:21	22.13	44.86	65	4
TKT-00185	email	complaint	issue still unresolved	closed	amplifiers	1	german	f	f	2024-04-22 07:48:10	2024-04-25 03:49:38	2024-04-22 14:38:40	61.18	68.02	117	\N
TKT-00186	phone	complaint	recurring fault	closed	turntables	1	english	f	t	2024-04-22 17:05:53	2024-04-23 00:38:29	2024-04-22 18:48:10	5.84	7.54	48	\N
TKT-00187	phone	product	compatibility question	closed	speakers	3	french	t	f	2024-04-23 08:19:47	2024-04-23 08:40:55	2024-04-23 08:36:09	0.08	0.35	107	\N
TKT-00188	phone	rma	repair status update	closed	headphones	3	german	f	f	2024-04-24 08:12:23	2024-04-26 15:21:00	2024-04-24 13:34:18	49.78	55.14	24	3
TKT-00189	phone	troubleshooting	bluetooth pairing fails	closed	speakers	2	english	t	f	2024-04-25 14:54:10	2024-04-25 15:08:34	2024-04-25 15:01:13	0.12	0.24	15	\N
TKT-00190	chat	product	compatibility question	closed	headphones	2	german	t	f	2024-04-29 11:31:30	2024-04-29 11:55:02	2024-04-29 11:39:04	0.27	0.39	106	5
TKT-00191	phone	troubleshooting	bluetooth pairing fails	closed	headphones	2	english	f	t	2024-04-29 15:54:18	2024-05-01 06:10:54	2024-04-29 17:17:41	36.89	38.28	65	2
TKT-00192	chat	troubleshooting	power or battery problem	closed	speakers	2	german	t	f	2024-04-30 12:03:33	2024-04-30 12:37:04	2024-04-30 12:07:25	0.49	0.56	70	\N
TKT-00193	phone	logistics	change of delivery address	closed	headphones	3	german	t	f	2024-04-30 18:21:27	2024-04-30 18:34:42	2024-04-30 18:30:40	0.07	0.22	17	\N
TKT-00194	email	finance	vat invoice for my business	closed	speakers	1	french	f	f	2024-05-05 08:38:43	2024-05-07 05:54:29	2024-05-05 13:50:45	40.06	45.26	112	\N
TKT-00195	phone	logistics	change of delivery address	closed	headphones	3	german	f	f	2024-05-06 09:08:13	2024-05-08 19:35:04	2024-05-06 13:46:01	53.82	58.45	4	4
TKT-00196	phone	logistics	order not delivered yet	closed	speakers	2	french	f	t	2024-05-06 11:07:23	2024-05-13 06:48:12	2024-05-06 16:21:36	158.44	163.68	26	\N
TKT-00197	phone	logistics	change of delivery address	closed	headphones	2	french	f	f	2024-05-09 17:47:33	2024-05-17 18:21:58	2024-05-09 19:43:32	190.64	192.57	49	3
TKT-00198	chat	troubleshooting	distorted sound	closed	headphones	3	french	f	f	2024-05-11 16:41:07	2024-05-13 07:12:13	2024-05-11 16:51:59	38.34	38.52	49	3
TKT-00199	email	logistics	wrong item delivered	closed	headphones	2	french	f	f	2024-05-12 15:19:57	2024-05-17 02:00:33	2024-05-13 12:49:58	85.18	106.68	45	\N
TKT-00200	chat	troubleshooting	no sound	closed	speakers	2	french	t	f	2024-05-18 13:53:25	2024-05-18 14:11:32	2024-05-18 14:02:52	0.14	0.30	52	5
TKT-00201	email	product	stylus or cartridge recommendation	closed	headphones	3	english	t	f	2024-05-23 11:45:50	2024-05-23 12:48:35	2024-05-23 12:33:08	0.26	1.05	78	\N
TKT-00202	email	product	which amplifier for my speakers	closed	amplifiers	1	english	t	f	2024-05-25 11:08:27	2024-05-25 12:36:16	2024-05-25 11:57:27	0.65	1.46	92	4
TKT-00203	email	complaint	issue still unresolved	closed	speakers	3	english	f	f	2024-05-27 09:15:39	2024-05-29 16:01:08	2024-05-27 17:00:13	47.02	54.76	48	2
TKT-00204	phone	troubleshooting	bluetooth pairing fails	closed	speakers	3	english	f	f	2024-05-27 11:49:53	2024-05-28 05:30:39	2024-05-27 16:36:57	12.90	17.68	5	4
TKT-00205	email	troubleshooting	distorted sound	closed	amplifiers	3	english	t	f	2024-05-27 23:25:17	2024-05-28 09:17:42	2024-05-28 09:12:05	0.09	9.87	78	\N
TKT-00206	phone	complaint	unhappy with the repair	closed	amplifiers	2	german	f	f	2024-05-28 10:42:30	2024-05-30 16:16:03	2024-05-28 13:42:50	50.55	53.56	120	\N
TKT-00207	phone	product	app features	closed	turntables	1	german	t	f	2024-05-29 09:36:39	2024-05-29 10:12:19	2024-05-29 09:43:02	0.49	0.59	87	4
TKT-00208	phone	finance	vat invoice for my business	closed	speakers	3	english	f	f	2024-06-01 09:23:00	2024-06-03 10:01:05	2024-06-01 14:31:33	43.49	48.63	65	\N
TKT-00209	phone	logistics	tracking not updating	closed	amplifiers	3	french	t	f	2024-06-02 11:15:58	2024-06-02 11:36:36	2024-06-02 11:32:41	0.07	0.34	74	4
TKT-00210	phone	troubleshooting	bluetooth pairing fails	closed	turntables	2	french	f	f	2024-06-03 08:29:15	2024-06-08 13:00:20	2024-06-03 09:40:07	123.34	124.52	72	\N
TKT-00211	email	troubleshooting	no sound	closed	amplifiers	2	french	f	f	2024-06-03 12:30:02	2024-06-04 00:43:47	2024-06-03 14:59:19	9.74	12.23	26	3
TKT-00212	chat	finance	invoice request	closed	turntables	1	french	f	f	2024-06-04 14:24:44	2024-06-06 18:24:47	2024-06-04 16:40:56	49.73	52.00	113	3
TKT-00213	phone	logistics	parts missing from the box	closed	headphones	3	german	t	f	2024-06-05 08:45:35	2024-06-05 09:30:47	2024-06-05 08:56:51	0.57	0.75	24	\N
TKT-00214	email	troubleshooting	no sound	closed	speakers	1	english	f	f	2024-06-05 12:27:58	2024-06-08 10:27:54	2024-06-05 14:36:36	67.86	70.00	103	4
TKT-00215	phone	troubleshooting	bluetooth pairing fails	closed	speakers	2	english	t	f	2024-06-06 08:11:41	2024-06-06 08:37:21	2024-06-06 08:23:34	0.23	0.43	39	\N
TKT-00216	email	product	compatibility question	closed	headphones	2	french	t	f	2024-06-06 09:30:14	2024-06-06 10:47:52	2024-06-06 10:30:20	0.29	1.29	62	\N
TKT-00217	chat	logistics	wrong item delivered	closed	speakers	1	english	t	f	2024-06-06 15:59:21	2024-06-06 16:15:58	2024-06-06 16:06:38	0.16	0.28	69	\N
TKT-00218	email	complaint	long waiting time	closed	speakers	2	german	f	f	2024-06-07 08:59:44	2024-06-09 02:23:40	2024-06-07 12:43:40	37.67	41.40	51	\N
TKT-00219	phone	complaint	issue still unresolved	closed	headphones	1	english	f	f	2024-06-07 17:32:48	2024-06-08 10:46:13	2024-06-07 19:17:17	15.48	17.22	46	4
TKT-00220	email	rma	warranty repair request	closed	speakers	2	german	f	f	2024-06-08 18:29:21	2024-06-10 23:14:53	2024-06-09 13:01:07	34.23	52.76	24	\N
TKT-00221	chat	troubleshooting	firmware update failed	closed	turntables	2	french	f	f	2024-06-10 12:04:33	2024-06-10 18:58:48	2024-06-10 16:08:43	2.83	6.90	10	5
TKT-00222	email	complaint	recurring fault	closed	headphones	2	french	f	f	2024-06-11 14:31:19	2024-06-14 22:59:50	2024-06-11 16:27:20	78.54	80.48	35	\N
TKT-00223	chat	troubleshooting	firmware update failed	closed	amplifiers	3	french	f	t	2024-06-12 11:07:28	2024-06-13 11:33:44	2024-06-12 11:56:26	23.62	24.44	40	\N
TKT-00224	chat	troubleshooting	bluetooth pairing fails	closed	speakers	1	german	f	f	2024-06-13 08:03:00	2024-06-13 23:51:53	2024-06-13 13:57:01	9.91	15.81	50	3
TKT-00225	email	rma	return authorisation needed	closed	headphones	3	german	f	f	2024-06-17 09:10:14	2024-06-18 02:44:03	2024-06-17 15:32:49	11.19	17.56	17	2
TKT-00226	phone	logistics	change of delivery address	closed	headphones	2	english	f	t	2024-06-17 12:04:58	2024-07-01 05:54:12	2024-06-17 13:29:09	328.42	329.82	5	\N
TKT-00227	chat	complaint	unhappy with the repair	closed	speakers	1	german	f	t	2024-06-17 12:15:31	2024-06-19 04:57:58	2024-06-17 14:06:06	38.86	40.71	120	\N
TKT-00228	email	product	which amplifier for my speakers	closed	headphones	2	french	t	f	2024-06-18 14:19:33	2024-06-18 15:04:31	2024-06-18 15:00:27	0.07	0.75	1	\N
TKT-00229	chat	rma	replacement unit request	closed	headphones	3	english	f	f	2024-06-18 14:35:10	2024-06-25 23:36:26	2024-06-18 19:47:23	171.82	177.02	98	\N
TKT-00230	chat	finance	invoice request	closed	speakers	2	english	f	f	2024-06-19 13:59:00	2024-07-07 07:15:52	2024-06-19 15:31:52	423.73	425.28	119	\N
TKT-00231	email	logistics	order not delivered yet	closed	speakers	1	french	f	t	2024-06-19 14:54:50	2024-07-08 05:56:09	2024-06-19 18:48:36	443.13	447.02	49	\N
TKT-00232	email	complaint	long waiting time	closed	amplifiers	3	german	f	f	2024-06-21 09:41:12	2024-06-21 18:06:17	2024-06-21 11:33:53	6.54	8.42	7	\N
TKT-00233	email	logistics	tracking not updating	closed	amplifiers	3	english	f	f	2024-06-22 08:10:37	2024-06-22 20:28:36	2024-06-22 16:40:13	3.81	12.30	54	3
TKT-00234	phone	finance	refund not received	closed	speakers	3	english	f	f	2024-06-22 11:15:47	2024-06-25 06:10:41	2024-06-22 14:04:24	64.10	66.92	97	\N
TKT-00235	email	rma	collection for repair	closed	speakers	2	english	f	f	2024-06-28 07:33:26	2024-06-29 12:59:44	2024-06-28 15:09:29	21.84	29.44	6	\N
TKT-00236	chat	complaint	issue still unresolved	closed	headphones	2	french	f	t	2024-06-30 14:39:30	2024-07-03 20:05:03	2024-06-30 15:42:42	76.37	77.43	1	2
TKT-00237	phone	troubleshooting	power or battery problem	closed	speakers	3	english	f	f	2024-07-02 15:14:00	2024-07-03 15:08:15	2024-07-02 19:25:00	19.72	23.90	77	5
TKT-00238	chat	troubleshooting	hum or crackling noise	closed	speakers	3	english	f	f	2024-07-03 15:14:09	2024-07-04 20:22:52	2024-07-03 18:29:19	25.89	29.15	109	\N
TKT-00239	chat	logistics	return label needed	closed	speakers	2	german	f	f	2024-07-05 09:40:33	2024-07-06 16:01:43	2024-07-05 10:38:36	29.39	30.35	7	\N
TKT-00240	phone	finance	invoice request	closed	speakers	2	german	f	f	2024-07-08 17:35:48	2024-07-10 08:26:15	2024-07-08 19:38:04	36.80	38.84	17	2
TKT-00241	chat	troubleshooting	no sound	closed	headphones	1	french	t	f	2024-07-09 16:11:30	2024-07-09 16:58:55	2024-07-09 16:20:05	0.65	0.79	26	\N
TKT-00242	email	troubleshooting	distorted sound	closed	amplifiers	1	english	f	f	2024-07-11 15:17:26	2024-07-12 21:50:02	2024-07-11 18:46:53	27.05	30.54	76	5
TKT-00243	phone	finance	invoice request	closed	headphones	2	french	f	f	2024-07-11 16:44:42	2024-07-15 17:38:17	2024-07-11 18:09:14	95.48	96.89	80	2
TKT-00244	phone	logistics	order not delivered yet	closed	speakers	1	german	f	f	2024-07-12 19:17:28	2024-07-14 09:31:47	2024-07-12 19:50:09	37.69	38.24	94	3
TKT-00245	phone	product	compatibility question	closed	turntables	3	english	t	f	2024-07-17 10:35:44	2024-07-17 11:07:13	2024-07-17 10:53:17	0.23	0.52	82	\N
TKT-00246	phone	troubleshooting	bluetooth pairing fails	closed	speakers	2	german	f	f	2024-07-24 17:56:40	2024-07-25 11:55:14	2024-07-24 18:23:40	17.53	17.98	42	5
TKT-00247	phone	product	app features	closed	headphones	1	french	t	f	2024-07-27 11:33:48	2024-07-27 11:55:09	2024-07-27 11:47:14	0.13	0.36	1	\N
TKT-00248	phone	logistics	tracking not updating	closed	headphones	1	french	t	f	2024-07-28 15:53:14	2024-07-28 16:02:42	2024-07-28 15:55:24	0.12	0.16	3	\N
TKT-00249	phone	finance	invoice request	closed	speakers	3	german	f	f	2024-07-29 13:51:28	2024-07-31 04:35:35	2024-07-29 19:48:47	32.78	38.74	70	\N
TKT-00250	phone	finance	charged twice	closed	headphones	3	german	f	f	2024-07-30 08:52:26	2024-07-31 17:26:36	2024-07-30 14:15:44	27.18	32.57	120	\N
TKT-00251	phone	product	compatibility question	closed	headphones	1	english	t	f	2024-08-01 11:42:28	2024-08-01 12:03:55	2024-08-01 11:55:55	0.13	0.36	119	\N
TKT-00252	phone	troubleshooting	distorted sound	closed	headphones	3	english	f	f	2024-08-06 14:32:58	2024-08-11 04:58:32	2024-08-06 15:14:21	109.74	110.43	97	\N
TKT-00253	phone	logistics	wrong item delivered	closed	headphones	3	english	t	f	2024-08-07 09:35:00	2024-08-07 09:46:29	2024-08-07 09:42:29	0.07	0.19	58	4
TKT-00254	chat	complaint	poor delivery experience	closed	turntables	3	french	f	f	2024-08-08 19:11:27	2024-08-10 13:23:40	2024-08-08 19:43:51	41.66	42.20	115	3
TKT-00255	phone	product	compatibility question	closed	amplifiers	2	french	t	f	2024-08-12 11:10:10	2024-08-12 11:27:31	2024-08-12 11:16:44	0.18	0.29	67	5
TKT-00256	phone	troubleshooting	connection keeps dropping	closed	speakers	3	french	f	t	2024-08-13 14:23:16	2024-08-14 04:36:55	2024-08-13 19:17:50	9.32	14.23	112	\N
TKT-00257	chat	logistics	change of delivery address	closed	turntables	2	english	f	f	2024-08-14 16:43:00	2024-08-16 13:44:44	2024-08-14 17:57:05	43.79	45.03	6	\N
TKT-00258	chat	finance	refund not received	closed	amplifiers	2	german	f	f	2024-08-16 18:23:40	2024-08-17 09:23:22	2024-08-16 19:58:13	13.42	15.00	41	\N
TKT-00259	email	troubleshooting	power or battery problem	closed	headphones	1	german	f	f	2024-08-17 09:52:21	2024-08-19 11:19:27	2024-08-17 16:52:05	42.46	49.45	4	3
TKT-00260	phone	logistics	tracking not updating	closed	speakers	1	german	t	f	2024-08-17 10:49:54	2024-08-17 11:03:33	2024-08-17 10:56:11	0.12	0.23	110	5
TKT-00261	email	logistics	order not delivered yet	closed	headphones	1	english	t	f	2024-08-18 09:39:51	2024-08-18 11:43:31	2024-08-18 11:28:45	0.25	2.06	84	\N
TKT-00262	phone	troubleshooting	no sound	closed	speakers	1	french	f	f	2024-08-18 14:35:00	2024-08-21 19:52:42	2024-08-18 15:32:39	76.33	77.30	49	\N
TKT-00263	phone	logistics	order not delivered yet	closed	speakers	3	german	f	t	2024-08-20 09:02:33	2024-08-24 01:08:13	2024-08-20 12:57:12	84.18	88.09	120	\N
TKT-00264	phone	rma	repair status update	closed	turntables	3	french	t	f	2024-08-23 08:42:07	2024-08-23 09:52:44	2024-08-23 08:57:30	0.92	1.18	66	\N
TKT-00265	phone	troubleshooting	firmware update failed	closed	speakers	1	french	f	f	2024-08-23 15:58:08	2024-08-23 20:51:16	2024-08-23 18:19:31	2.53	4.89	74	\N
TKT-00266	chat	finance	vat invoice for my business	closed	amplifiers	3	english	f	f	2024-08-25 14:35:17	2024-08-28 06:07:25	2024-08-25 15:57:03	62.17	63.54	57	4
TKT-00267	phone	troubleshooting	firmware update failed	closed	speakers	2	german	f	f	2024-08-26 14:14:41	2024-08-27 05:37:31	2024-08-26 19:35:17	10.04	15.38	12	4
TKT-00268	chat	troubleshooting	connection keeps dropping	closed	speakers	1	french	f	f	2024-08-26 14:55:37	2024-08-27 13:43:13	2024-08-26 16:42:36	21.01	22.79	35	3
TKT-00269	phone	troubleshooting	connection keeps dropping	closed	headphones	1	german	t	f	2024-08-26 16:11:35	2024-08-26 16:30:16	2024-08-26 16:18:29	0.20	0.31	85	\N
TKT-00270	chat	finance	payment failed	closed	speakers	1	english	f	f	2024-08-27 14:55:13	2024-08-28 05:34:55	2024-08-27 17:05:28	12.49	14.66	13	\N
TKT-00271	chat	troubleshooting	bluetooth pairing fails	closed	speakers	2	german	f	f	2024-08-29 09:10:11	2024-08-30 01:13:59	2024-08-29 09:29:53	15.74	16.06	25	\N
TKT-00272	phone	logistics	parts missing from the box	closed	headphones	2	french	t	f	2024-09-02 10:33:02	2024-09-02 11:04:09	2024-09-02 10:41:46	0.37	0.52	100	4
TKT-00273	email	rma	exchange for dead-on-arrival unit	closed	speakers	2	english	t	f	2024-09-02 17:36:57	2024-09-03 11:22:58	2024-09-03 10:35:57	0.78	17.77	59	\N
TKT-00274	phone	logistics	order not delivered yet	closed	amplifiers	2	english	f	f	2024-09-03 08:36:40	2024-09-05 14:16:45	2024-09-03 13:10:01	49.11	53.67	9	5
TKT-00275	phone	product	compatibility question	closed	turntables	2	english	t	f	2024-09-03 09:16:22	2024-09-03 09:32:42	2024-09-03 09:25:56	0.11	0.27	92	2
TKT-00276	phone	product	stock availability	closed	speakers	2	french	t	f	2024-09-03 11:31:13	2024-09-03 11:39:52	2024-09-03 11:37:17	0.04	0.14	22	5
TKT-00277	phone	troubleshooting	firmware update failed	closed	turntables	1	french	f	f	2024-09-07 15:03:29	2024-09-08 04:26:24	2024-09-07 15:32:10	12.90	13.38	29	\N
TKT-00278	phone	troubleshooting	no sound	closed	amplifiers	3	french	t	f	2024-09-09 11:17:10	2024-09-09 11:40:09	2024-09-09 11:25:03	0.25	0.38	96	5
TKT-00279	phone	rma	return authorisation needed	closed	headphones	1	french	t	f	2024-09-09 15:35:27	2024-09-09 15:40:20	2024-09-09 15:37:36	0.05	0.08	49	\N
TKT-00280	chat	troubleshooting	distorted sound	closed	headphones	2	german	t	f	2024-09-10 15:07:45	2024-09-10 15:21:57	2024-09-10 15:14:21	0.13	0.24	24	\N
TKT-00281	email	troubleshooting	power or battery problem	closed	speakers	2	german	f	t	2024-09-11 10:40:43	2024-09-15 18:07:02	2024-09-11 15:15:27	98.86	103.44	86	\N
TKT-00282	phone	troubleshooting	connection keeps dropping	closed	speakers	2	french	t	f	2024-09-11 12:30:30	2024-09-11 12:54:50	2024-09-11 12:39:00	0.26	0.41	40	\N
TKT-00283	chat	product	technical specifications	closed	turntables	2	english	t	f	2024-09-12 11:39:10	2024-09-12 12:05:17	2024-09-12 11:48:42	0.28	0.44	84	3
TKT-00284	phone	rma	exchange for dead-on-arrival unit	closed	speakers	3	german	f	f	2024-09-13 10:28:12	2024-10-01 04:37:32	2024-09-13 16:15:06	420.37	426.16	51	\N
TKT-00285	phone	complaint	recurring fault	closed	speakers	2	german	t	f	2024-09-16 09:34:33	2024-09-16 10:11:18	2024-09-16 09:51:44	0.33	0.61	43	\N
TKT-00286	chat	logistics	order not delivered yet	closed	amplifiers	3	french	t	f	2024-09-17 11:57:25	2024-09-17 12:28:40	2024-09-17 12:08:46	0.33	0.52	32	\N
TKT-00287	chat	troubleshooting	hum or crackling noise	closed	headphones	3	english	f	f	2024-09-18 09:30:31	2024-09-29 06:18:55	2024-09-18 11:26:32	258.87	260.81	82	\N
TKT-00288	chat	logistics	tracking not updating	closed	speakers	1	english	t	f	2024-09-20 16:20:02	2024-09-20 16:36:06	2024-09-20 16:25:34	0.18	0.27	36	\N
TKT-00289	phone	rma	collection for repair	closed	headphones	2	german	f	t	2024-09-23 11:30:53	2024-10-03 22:18:20	2024-09-23 15:14:51	247.06	250.79	116	\N
TKT-00290	email	product	which amplifier for my speakers	closed	speakers	1	german	t	f	2024-09-26 09:32:43	2024-09-26 10:33:52	2024-09-26 10:03:49	0.50	1.02	116	\N
TKT-00291	chat	product	stock availability	closed	speakers	1	french	t	f	2024-10-03 11:23:28	2024-10-03 11:31:42	2024-10-03 11:27:26	0.07	0.14	49	\N
TKT-00292	chat	finance	charged twice	closed	headphones	2	english	f	f	2024-10-03 18:21:13	2024-10-08 05:40:16	2024-10-03 19:50:24	105.83	107.32	64	3
TKT-00293	phone	complaint	rude service	closed	amplifiers	3	french	f	t	2024-10-07 16:45:16	2024-10-10 15:15:28	2024-10-07 18:47:56	68.46	70.50	3	\N
TKT-00294	phone	troubleshooting	no sound	closed	speakers	3	english	f	f	2024-10-08 10:52:13	2024-10-08 17:57:23	2024-10-08 14:40:29	3.28	7.09	16	\N
TKT-00295	phone	troubleshooting	distorted sound	closed	headphones	1	english	t	f	2024-10-10 11:18:52	2024-10-10 11:49:43	2024-10-10 11:23:56	0.43	0.51	111	\N
TKT-00296	email	troubleshooting	no sound	closed	headphones	3	french	f	f	2024-10-11 15:30:48	2024-10-11 23:36:05	2024-10-11 18:21:46	5.24	8.09	62	\N
TKT-00297	phone	product	app features	closed	speakers	3	english	t	f	2024-10-11 18:31:11	2024-10-11 18:43:40	2024-10-11 18:37:21	0.11	0.21	88	\N
TKT-00298	email	rma	exchange for dead-on-arrival unit	closed	speakers	2	english	f	f	2024-10-12 08:14:28	2024-10-17 14:32:45	2024-10-12 14:36:02	119.95	126.30	13	\N
TKT-00299	phone	logistics	parts missing from the box	closed	amplifiers	2	french	t	f	2024-10-14 09:50:40	2024-10-14 10:02:58	2024-10-14 09:57:58	0.08	0.20	67	5
TKT-00300	phone	logistics	return label needed	closed	speakers	2	english	t	f	2024-10-15 08:05:03	2024-10-15 08:33:29	2024-10-15 08:14:40	0.31	0.47	76	\N
TKT-00301	phone	troubleshooting	power or battery problem	closed	speakers	3	german	f	f	2024-10-15 17:40:16	2024-10-16 01:13:57	2024-10-15 18:20:23	6.89	7.56	87	\N
TKT-00302	phone	logistics	change of delivery address	closed	headphones	2	french	f	f	2024-10-17 16:26:36	2024-10-28 09:34:45	2024-10-17 16:50:04	256.74	257.14	73	\N
TKT-00303	chat	complaint	recurring fault	closed	speakers	3	english	f	f	2024-10-18 10:18:57	2024-10-20 07:29:14	2024-10-18 14:08:53	41.34	45.17	39	\N
TKT-00304	email	logistics	wrong item delivered	closed	turntables	2	french	t	f	2024-10-24 17:26:23	2024-10-24 18:03:46	2024-10-24 17:48:17	0.26	0.62	67	\N
TKT-00305	email	troubleshooting	distorted sound	closed	turntables	3	english	t	f	2024-10-25 07:40:47	2024-10-25 09:24:21	2024-10-25 08:37:17	0.78	1.73	47	4
TKT-00306	email	complaint	long waiting time	closed	speakers	2	german	f	t	2024-10-28 02:07:53	2024-11-05 17:20:10	2024-10-28 13:56:30	195.39	207.20	8	2
TKT-00307	phone	finance	invoice request	closed	headphones	3	english	f	f	2024-10-31 12:46:44	2024-11-02 16:59:32	2024-10-31 18:40:50	46.31	52.21	103	4
TKT-00308	phone	logistics	order not delivered yet	closed	speakers	3	german	t	f	2024-10-31 19:20:45	2024-10-31 19:54:33	2024-10-31 19:29:48	0.41	0.56	79	5
TKT-00309	chat	product	technical specifications	closed	headphones	2	german	t	f	2024-11-01 09:35:09	2024-11-01 10:00:40	2024-11-01 09:46:21	0.24	0.43	61	5
TKT-00310	chat	troubleshooting	hum or crackling noise	closed	speakers	2	german	f	f	2024-11-03 13:15:26	2024-11-04 06:10:58	2024-11-03 15:51:12	14.33	16.93	120	\N
TKT-00311	email	troubleshooting	hum or crackling noise	closed	speakers	2	english	f	f	2024-11-07 12:39:54	2024-11-08 12:56:48	2024-11-07 18:05:25	18.86	24.28	6	3
TKT-00312	phone	finance	invoice request	closed	headphones	1	english	f	t	2024-11-15 18:37:36	2024-11-29 08:19:22	2024-11-15 19:56:04	324.39	325.70	56	3
TKT-00313	email	logistics	order not delivered yet	closed	speakers	3	english	t	f	2024-11-16 13:07:29	2024-11-16 14:41:37	2024-11-16 14:36:29	0.09	1.57	92	4
TKT-00314	email	troubleshooting	no sound	closed	headphones	2	french	f	f	2024-11-18 08:05:33	2024-11-19 14:57:10	2024-11-18 11:24:39	27.54	30.86	45	\N
TKT-00315	chat	finance	payment failed	closed	headphones	3	english	f	f	2024-11-19 09:57:40	2024-11-22 15:21:10	2024-11-19 10:40:39	76.68	77.39	9	\N
TKT-00316	phone	finance	invoice request	closed	headphones	1	german	f	f	2024-11-20 13:47:51	2024-11-23 13:44:11	2024-11-20 19:06:24	66.63	71.94	86	\N
TKT-00317	phone	product	stock availability	closed	headphones	2	french	t	f	2024-11-25 15:36:56	2024-11-25 16:24:14	2024-11-25 15:47:30	0.61	0.79	32	\N
TKT-00318	email	logistics	parcel arrived damaged	closed	amplifiers	3	german	t	f	2024-11-25 18:16:13	2024-11-25 19:04:12	2024-11-25 19:01:07	0.05	0.80	90	\N
TKT-00319	email	troubleshooting	distorted sound	closed	speakers	3	english	f	f	2024-11-28 14:55:23	2024-12-01 01:32:53	2024-11-28 17:19:34	56.22	58.62	13	\N
TKT-00320	phone	troubleshooting	distorted sound	closed	headphones	1	english	f	f	2024-11-29 10:12:20	2024-11-30 10:27:55	2024-11-29 11:07:23	23.34	24.26	101	\N
TKT-00321	chat	logistics	tracking not updating	closed	speakers	3	german	t	f	2024-11-29 17:53:52	2024-11-29 18:35:48	2024-11-29 18:03:13	0.54	0.70	83	5
TKT-00322	email	finance	invoice request	closed	headphones	3	french	f	t	2024-12-02 10:58:17	2024-12-06 07:31:13	2024-12-02 14:17:58	89.22	92.55	112	2
TKT-00323	chat	troubleshooting	connection keeps dropping	closed	speakers	1	english	f	f	2024-12-02 13:37:42	2024-12-03 12:16:07	2024-12-02 17:05:13	19.18	22.64	39	3
TKT-00324	email	troubleshooting	bluetooth pairing fails	closed	headphones	2	german	t	f	2024-12-04 14:21:21	2024-12-04 15:53:27	2024-12-04 15:42:27	0.18	1.54	25	\N
TKT-00325	email	logistics	change of delivery address	closed	speakers	1	german	t	f	2024-12-04 20:53:21	2024-12-05 10:09:29	2024-12-05 09:26:03	0.72	13.27	42	\N
TKT-00326	email	troubleshooting	distorted sound	closed	headphones	1	german	t	f	2024-12-05 08:42:19	2024-12-05 10:23:49	2024-12-05 09:48:01	0.60	1.69	104	4
TKT-00327	phone	troubleshooting	firmware update failed	closed	headphones	3	english	f	f	2024-12-06 12:20:12	2024-12-07 04:32:44	2024-12-06 13:58:06	14.58	16.21	78	\N
TKT-00328	email	rma	repair status update	closed	headphones	2	german	f	f	2024-12-09 08:11:33	2024-12-14 09:24:52	2024-12-09 13:09:03	116.26	121.22	24	\N
TKT-00329	chat	troubleshooting	connection keeps dropping	closed	speakers	2	english	f	f	2024-12-09 09:34:45	2024-12-11 17:57:02	2024-12-09 11:43:00	54.23	56.37	13	\N
TKT-00330	phone	logistics	change of delivery address	closed	headphones	1	german	f	t	2024-12-10 14:42:55	2024-12-16 05:04:33	2024-12-10 15:41:16	133.39	134.36	75	\N
TKT-00331	chat	logistics	return label needed	closed	speakers	2	german	t	f	2024-12-16 09:49:42	2024-12-16 10:07:32	2024-12-16 09:58:07	0.16	0.30	106	\N
TKT-00332	phone	finance	price match request	closed	amplifiers	3	french	f	f	2024-12-16 16:48:04	2024-12-20 14:04:52	2024-12-16 19:35:47	90.48	93.28	100	\N
TKT-00333	phone	logistics	tracking not updating	closed	headphones	3	french	t	f	2024-12-17 12:00:02	2024-12-17 12:42:48	2024-12-17 12:09:13	0.56	0.71	26	\N
TKT-00334	phone	product	stock availability	closed	speakers	3	german	t	f	2024-12-17 13:04:52	2024-12-17 13:23:01	2024-12-17 13:17:19	0.10	0.30	89	\N
TKT-00335	phone	troubleshooting	bluetooth pairing fails	closed	turntables	2	english	f	f	2024-12-17 14:10:07	2024-12-18 20:50:05	2024-12-17 15:56:19	28.90	30.67	119	\N
TKT-00336	chat	logistics	tracking not updating	closed	headphones	3	english	t	f	2024-12-23 08:25:15	2024-12-23 08:59:36	2024-12-23 08:43:40	0.27	0.57	98	\N
TKT-00337	phone	product	which amplifier for my speakers	closed	speakers	2	german	t	f	2024-12-30 08:46:49	2024-12-30 09:26:21	2024-12-30 09:14:59	0.19	0.66	116	\N
TKT-00338	chat	product	compatibility question	closed	speakers	1	german	t	f	2025-01-01 12:24:35	2025-01-01 12:41:42	2025-01-01 12:29:36	0.20	0.29	12	\N
TKT-00339	phone	finance	vat invoice for my business	closed	speakers	2	english	f	t	2025-01-03 14:32:02	2025-01-15 03:27:24	2025-01-03 15:02:53	276.41	276.92	63	3
TKT-00340	chat	troubleshooting	connection keeps dropping	closed	amplifiers	2	french	f	f	2025-01-05 13:07:42	2025-01-05 18:02:29	2025-01-05 14:06:16	3.94	4.91	115	3
TKT-00341	phone	rma	warranty repair request	closed	headphones	1	english	f	f	2025-01-09 08:57:04	2025-01-11 08:37:20	2025-01-09 14:31:04	42.10	47.67	48	\N
TKT-00342	chat	troubleshooting	connection keeps dropping	closed	amplifiers	1	french	t	f	2025-01-10 09:17:03	2025-01-10 09:47:22	2025-01-10 09:25:23	0.37	0.51	11	\N
TKT-00343	phone	logistics	order not delivered yet	closed	turntables	3	german	f	f	2025-01-10 17:06:12	2025-01-12 17:35:16	2025-01-10 19:22:51	46.21	48.48	41	\N
TKT-00344	chat	rma	repair status update	closed	headphones	3	english	f	f	2025-01-14 09:30:23	2025-01-17 06:49:34	2025-01-14 14:20:14	64.49	69.32	59	\N
TKT-00345	phone	complaint	rude service	closed	headphones	2	german	f	f	2025-01-15 15:37:01	2025-01-18 07:15:14	2025-01-15 18:03:23	61.20	63.64	51	\N
TKT-00346	phone	troubleshooting	bluetooth pairing fails	closed	headphones	2	german	f	f	2025-01-16 15:48:11	2025-01-17 18:22:11	2025-01-16 16:27:33	25.91	26.57	117	\N
TKT-00347	chat	complaint	long waiting time	closed	headphones	3	german	t	f	2025-01-17 08:21:06	2025-01-17 08:42:36	2025-01-17 08:37:19	0.09	0.36	75	4
TKT-00348	email	rma	repair status update	closed	speakers	2	english	f	f	2025-01-20 09:08:10	2025-01-25 11:32:29	2025-01-20 12:53:28	118.65	122.41	6	3
TKT-00349	email	logistics	return label needed	closed	headphones	1	english	f	t	2025-01-20 14:02:33	2025-01-22 04:46:50	2025-01-20 19:55:31	32.86	38.74	18	\N
TKT-00350	phone	troubleshooting	firmware update failed	closed	headphones	3	english	f	f	2025-01-21 08:17:32	2025-01-22 12:04:13	2025-01-21 13:21:49	22.71	27.78	64	\N
TKT-00351	chat	troubleshooting	connection keeps dropping	closed	amplifiers	1	english	t	f	2025-01-21 17:03:34	2025-01-21 17:37:12	2025-01-21 17:13:41	0.39	0.56	119	\N
TKT-00352	chat	logistics	parcel arrived damaged	closed	headphones	3	english	f	t	2025-01-22 11:46:01	2025-01-23 15:27:37	2025-01-22 17:12:12	22.26	27.69	98	\N
TKT-00353	email	logistics	wrong item delivered	closed	speakers	1	english	f	t	2025-01-23 10:12:36	2025-01-26 15:37:06	2025-01-23 13:15:49	74.35	77.41	111	2
TKT-00354	phone	product	app features	closed	headphones	1	german	t	f	2025-01-24 15:07:25	2025-01-24 15:30:36	2025-01-24 15:18:44	0.20	0.39	110	5
TKT-00355	email	logistics	order not delivered yet	closed	headphones	3	english	f	f	2025-01-24 18:09:48	2025-01-26 07:25:28	2025-01-24 19:57:47	35.46	37.26	111	\N
TKT-00356	email	rma	repair status update	closed	headphones	3	german	f	f	2025-01-27 17:33:41	2025-01-29 19:21:35	2025-01-27 19:25:12	47.94	49.80	102	4
TKT-00357	phone	product	compatibility question	closed	headphones	3	german	t	f	2025-01-29 11:00:46	2025-01-29 11:22:06	2025-01-29 11:07:30	0.24	0.36	79	4
TKT-00358	phone	complaint	long waiting time	closed	headphones	3	french	f	t	2025-01-29 15:38:55	2025-01-30 20:29:57	2025-01-29 17:04:55	27.42	28.85	11	\N
TKT-00359	phone	rma	replacement unit request	closed	turntables	3	french	f	f	2025-01-30 17:33:33	2025-02-01 17:12:13	2025-01-30 19:17:50	45.91	47.64	35	3
TKT-00360	email	troubleshooting	no sound	closed	turntables	2	french	f	f	2025-01-30 19:10:59	2025-01-31 00:44:12	2025-01-30 19:59:29	4.75	5.55	20	\N
TKT-00361	email	complaint	issue still unresolved	closed	turntables	3	english	f	f	2025-02-04 06:22:44	2025-02-04 15:06:54	2025-02-04 11:44:04	3.38	8.74	97	3
TKT-00362	phone	troubleshooting	power or battery problem	closed	headphones	3	german	f	f	2025-02-08 10:55:29	2025-02-12 03:56:39	2025-02-08 12:50:51	87.10	89.02	51	\N
TKT-00363	email	logistics	tracking not updating	closed	speakers	3	english	t	f	2025-02-11 07:50:09	2025-02-11 09:43:02	2025-02-11 09:26:03	0.28	1.88	111	\N
TKT-00364	phone	logistics	return label needed	closed	speakers	1	french	t	f	2025-02-11 17:15:02	2025-02-11 17:31:06	2025-02-11 17:21:54	0.15	0.27	22	\N
TKT-00365	phone	troubleshooting	firmware update failed	closed	headphones	2	german	t	f	2025-02-17 11:07:17	2025-02-17 11:24:46	2025-02-17 11:12:33	0.20	0.29	38	\N
TKT-00366	chat	troubleshooting	power or battery problem	closed	headphones	2	french	t	f	2025-02-18 09:19:23	2025-02-18 10:00:38	2025-02-18 09:35:24	0.42	0.69	100	\N
TKT-00367	phone	logistics	wrong item delivered	closed	turntables	3	french	f	f	2025-02-19 11:13:59	2025-02-22 13:07:52	2025-02-19 16:01:09	69.11	73.90	115	3
TKT-00368	email	finance	invoice request	closed	headphones	1	german	f	f	2025-02-20 11:09:59	2025-02-21 23:57:29	2025-02-20 16:49:55	31.13	36.79	120	\N
TKT-00369	email	finance	charged twice	closed	headphones	3	french	f	t	2025-02-24 09:27:54	2025-03-02 01:17:43	2025-02-24 14:17:02	131.01	135.83	60	\N
TKT-00370	email	rma	warranty repair request	closed	headphones	3	german	f	f	2025-02-25 07:18:01	2025-02-27 16:58:34	2025-02-25 12:11:34	52.78	57.68	28	\N
TKT-00371	chat	product	stylus or cartridge recommendation	closed	amplifiers	1	french	t	f	2025-02-27 10:13:46	2025-02-27 10:31:32	2025-02-27 10:25:36	0.10	0.30	34	\N
TKT-00372	phone	rma	exchange for dead-on-arrival unit	closed	headphones	1	german	f	f	2025-02-27 11:55:56	2025-03-06 20:20:19	2025-02-27 17:43:18	170.62	176.41	90	\N
TKT-00373	email	rma	replacement unit request	closed	turntables	3	french	f	f	2025-03-03 14:57:13	2025-03-06 23:19:24	2025-03-03 19:03:45	76.26	80.37	30	\N
TKT-00374	email	troubleshooting	distorted sound	closed	turntables	3	english	f	t	2025-03-03 16:44:40	2025-03-06 10:00:26	2025-03-03 19:17:20	62.72	65.26	46	\N
TKT-00375	chat	product	compatibility question	closed	speakers	3	english	t	f	2025-03-04 09:49:28	2025-03-04 10:25:42	2025-03-04 10:01:08	0.41	0.60	46	3
TKT-00376	chat	troubleshooting	distorted sound	closed	headphones	3	german	f	f	2025-03-05 15:44:57	2025-03-06 12:03:45	2025-03-05 15:53:29	20.17	20.31	25	3
TKT-00377	phone	complaint	unhappy with the repair	closed	speakers	2	german	f	t	2025-03-07 09:40:23	2025-03-09 01:05:33	2025-03-07 10:51:36	38.23	39.42	24	\N
TKT-00378	phone	troubleshooting	power or battery problem	closed	speakers	3	english	f	t	2025-03-07 17:21:06	2025-03-08 20:55:02	2025-03-07 19:34:57	25.33	27.57	46	\N
TKT-00379	phone	finance	payment failed	closed	amplifiers	1	french	f	t	2025-03-12 08:08:50	2025-03-22 00:23:59	2025-03-12 10:17:05	230.12	232.25	22	\N
TKT-00380	email	product	which amplifier for my speakers	closed	turntables	2	french	t	f	2025-03-12 18:24:05	2025-03-12 19:27:53	2025-03-12 19:15:05	0.21	1.06	30	\N
TKT-00381	chat	product	technical specifications	closed	headphones	1	french	t	f	2025-03-13 08:48:09	2025-03-13 09:01:28	2025-03-13 08:55:34	0.10	0.22	72	5
TKT-00382	phone	troubleshooting	no sound	closed	turntables	3	german	t	f	2025-03-14 11:01:28	2025-03-14 11:27:23	2025-03-14 11:19:45	0.13	0.43	51	4
TKT-00383	phone	troubleshooting	hum or crackling noise	closed	amplifiers	1	french	f	f	2025-03-17 19:47:08	2025-03-18 05:27:25	2025-03-17 19:58:31	9.48	9.67	60	\N
TKT-00384	phone	troubleshooting	connection keeps dropping	closed	headphones	1	french	f	t	2025-03-21 19:31:06	2025-03-26 05:34:44	2025-03-21 19:49:06	105.76	106.06	80	\N
TKT-00385	email	logistics	order not delivered yet	closed	headphones	3	french	t	f	2025-03-22 15:44:26	2025-03-23 11:59:40	2025-03-23 11:55:44	0.07	20.25	1	\N
TKT-00386	chat	product	app features	closed	amplifiers	3	german	t	f	2025-03-23 12:09:03	2025-03-23 13:45:34	2025-03-23 12:34:30	1.18	1.61	24	5
TKT-00387	chat	logistics	order not delivered yet	closed	turntables	1	german	f	f	2025-03-28 10:35:15	2025-04-03 11:02:45	2025-03-28 16:25:19	138.62	144.46	117	2
TKT-00388	chat	logistics	wrong item delivered	closed	headphones	2	german	f	f	2025-03-30 10:55:34	2025-03-31 04:50:26	2025-03-30 12:51:04	15.99	17.91	116	\N
TKT-00389	email	complaint	recurring fault	closed	headphones	1	german	f	f	2025-04-02 09:51:16	2025-04-03 07:05:55	2025-04-02 16:02:32	15.06	21.24	33	\N
TKT-00390	phone	logistics	wrong item delivered	closed	turntables	1	english	t	f	2025-04-02 13:56:21	2025-04-02 14:09:32	2025-04-02 14:01:53	0.13	0.22	18	\N
TKT-00391	chat	finance	refund not received	closed	turntables	2	german	f	t	2025-04-03 12:40:42	2025-04-06 18:12:52	2025-04-03 17:51:32	72.36	77.54	21	3
TKT-00392	phone	troubleshooting	bluetooth pairing fails	closed	turntables	1	french	f	f	2025-04-05 09:23:30	2025-04-06 13:52:12	2025-04-05 11:28:02	26.40	28.48	115	\N
TKT-00393	chat	product	compatibility question	closed	turntables	1	german	t	f	2025-04-06 10:44:25	2025-04-06 11:14:51	2025-04-06 10:56:39	0.30	0.51	106	\N
TKT-00394	chat	complaint	issue still unresolved	closed	headphones	1	english	f	f	2025-04-08 16:03:13	2025-04-10 08:02:20	2025-04-08 19:51:17	36.18	39.99	95	4
TKT-00395	chat	troubleshooting	no sound	closed	headphones	2	french	t	f	2025-04-14 09:48:44	2025-04-14 10:18:39	2025-04-14 10:02:03	0.28	0.50	112	4
TKT-00396	email	logistics	parcel arrived damaged	closed	amplifiers	3	german	f	f	2025-04-16 09:02:52	2025-04-18 02:23:20	2025-04-16 15:13:20	35.17	41.34	116	3
TKT-00397	phone	product	technical specifications	closed	turntables	2	english	t	f	2025-04-20 15:37:12	2025-04-20 15:59:13	2025-04-20 15:48:05	0.19	0.37	58	5
TKT-00398	chat	logistics	change of delivery address	closed	headphones	2	german	f	f	2025-04-21 15:35:38	2025-04-22 11:28:50	2025-04-21 19:57:51	15.52	19.89	4	3
TKT-00399	email	finance	charged twice	closed	headphones	2	german	f	f	2025-04-22 09:05:56	2025-04-23 16:34:51	2025-04-22 12:30:50	28.07	31.48	17	\N
TKT-00400	phone	finance	price match request	closed	turntables	3	french	f	f	2025-04-22 13:00:50	2025-04-24 07:49:28	2025-04-22 16:43:09	39.11	42.81	11	\N
TKT-00401	email	product	compatibility question	closed	speakers	3	german	t	f	2025-04-24 14:36:42	2025-04-24 16:36:53	2025-04-24 16:09:30	0.46	2.00	110	\N
TKT-00402	phone	logistics	order not delivered yet	closed	speakers	1	english	t	f	2025-04-24 15:08:56	2025-04-24 16:07:27	2025-04-24 15:16:33	0.85	0.98	114	\N
TKT-00403	email	troubleshooting	power or battery problem	closed	headphones	1	english	t	f	2025-04-25 10:03:12	2025-04-25 11:19:42	2025-04-25 11:16:12	0.06	1.28	6	\N
TKT-00404	phone	troubleshooting	bluetooth pairing fails	closed	turntables	3	english	f	t	2025-04-25 12:46:22	2025-04-28 09:44:56	2025-04-25 17:14:07	64.51	68.98	58	3
TKT-00405	chat	finance	invoice request	closed	turntables	3	french	f	f	2025-04-28 13:59:45	2025-04-30 10:39:35	2025-04-28 18:02:58	40.61	44.66	67	\N
TKT-00406	chat	finance	charged twice	closed	headphones	3	english	f	f	2025-04-29 11:58:18	2025-05-09 17:30:07	2025-04-29 14:50:58	242.65	245.53	63	4
TKT-00407	email	complaint	unhappy with the repair	closed	amplifiers	1	french	f	f	2025-04-30 09:22:40	2025-05-01 08:40:46	2025-04-30 12:42:14	19.98	23.30	20	\N
TKT-00408	phone	rma	warranty repair request	closed	headphones	1	english	f	t	2025-04-30 09:48:44	2025-05-01 17:48:43	2025-04-30 14:51:29	26.95	32.00	97	\N
TKT-00409	email	troubleshooting	bluetooth pairing fails	closed	amplifiers	1	english	t	f	2025-05-05 16:40:57	2025-05-05 17:11:32	2025-05-05 16:58:57	0.21	0.51	114	\N
TKT-00410	chat	troubleshooting	distorted sound	closed	headphones	1	german	t	f	2025-05-06 08:56:58	2025-05-06 09:16:19	2025-05-06 09:11:32	0.08	0.32	104	\N
TKT-00411	chat	logistics	parcel arrived damaged	closed	speakers	1	french	f	f	2025-05-06 11:52:08	2025-05-07 07:49:40	2025-05-06 15:50:38	15.98	19.96	112	4
TKT-00412	phone	complaint	rude service	closed	speakers	2	german	f	f	2025-05-08 09:44:20	2025-05-09 01:23:22	2025-05-08 11:32:05	13.85	15.65	70	\N
TKT-00413	email	troubleshooting	no sound	closed	speakers	1	german	t	f	2025-05-09 09:12:43	2025-05-09 11:16:45	2025-05-09 11:07:07	0.16	2.07	85	\N
TKT-00414	chat	logistics	order not delivered yet	closed	speakers	1	english	t	f	2025-05-09 16:17:57	2025-05-09 16:28:30	2025-05-09 16:25:00	0.06	0.18	64	\N
TKT-00415	email	finance	vat invoice for my business	closed	amplifiers	3	german	f	t	2025-05-09 16:42:45	2025-05-11 16:00:37	2025-05-09 19:56:54	44.06	47.30	53	\N
TKT-00416	phone	troubleshooting	distorted sound	closed	headphones	2	english	t	f	2025-05-13 11:36:00	2025-05-13 11:49:07	2025-05-13 11:42:14	0.11	0.22	99	4
TKT-00417	email	rma	warranty repair request	closed	speakers	2	german	f	f	2025-05-14 18:43:03	2025-05-18 10:38:50	2025-05-14 19:45:18	86.89	87.93	37	2
TKT-00418	email	logistics	return label needed	closed	headphones	3	english	f	f	2025-05-18 18:34:25	2025-05-20 13:27:45	2025-05-19 13:28:14	23.99	42.89	27	3
TKT-00419	phone	logistics	return label needed	closed	headphones	2	english	f	f	2025-05-21 14:53:26	2025-05-25 22:32:43	2025-05-21 18:01:58	100.51	103.65	44	2
TKT-00420	chat	troubleshooting	hum or crackling noise	closed	speakers	2	german	f	t	2025-05-21 17:54:00	2025-05-25 06:37:05	2025-05-21 19:13:04	83.40	84.72	110	\N
TKT-00421	chat	complaint	issue still unresolved	closed	turntables	1	german	f	f	2025-05-22 08:03:08	2025-05-25 10:22:12	2025-05-22 11:59:50	70.37	74.32	38	\N
TKT-00422	phone	logistics	wrong item delivered	closed	amplifiers	1	english	f	f	2025-05-22 09:57:07	2025-05-23 21:54:42	2025-05-22 14:42:32	31.20	35.96	69	\N
TKT-00423	email	logistics	parcel arrived damaged	closed	headphones	2	english	f	f	2025-05-22 11:08:53	2025-05-24 05:11:37	2025-05-22 19:35:27	33.60	42.05	44	\N
TKT-00424	phone	logistics	parcel arrived damaged	closed	speakers	3	english	f	f	2025-05-23 13:32:00	2025-05-24 03:34:57	2025-05-23 15:43:26	11.86	14.05	71	\N
TKT-00425	chat	troubleshooting	hum or crackling noise	closed	amplifiers	3	french	f	f	2025-05-25 10:21:10	2025-05-26 07:00:08	2025-05-25 14:41:34	16.31	20.65	11	3
TKT-00426	phone	complaint	issue still unresolved	closed	speakers	3	french	f	f	2025-05-27 10:59:29	2025-05-29 17:30:41	2025-05-27 14:17:47	51.22	54.52	66	\N
TKT-00427	chat	troubleshooting	firmware update failed	closed	speakers	3	french	f	f	2025-05-27 11:50:06	2025-05-30 10:06:50	2025-05-27 14:03:35	68.05	70.28	10	3
TKT-00428	email	finance	refund not received	closed	turntables	1	english	f	t	2025-05-28 17:16:23	2025-06-03 00:48:22	2025-05-28 19:58:06	124.84	127.53	65	\N
TKT-00429	phone	troubleshooting	no sound	closed	headphones	1	english	t	f	2025-05-29 17:40:09	2025-05-29 18:09:29	2025-05-29 17:50:07	0.32	0.49	81	\N
TKT-00430	email	finance	charged twice	closed	amplifiers	2	french	f	f	2025-05-30 10:50:27	2025-06-02 01:38:52	2025-05-30 17:30:07	56.15	62.81	66	\N
TKT-00431	email	logistics	return label needed	closed	headphones	2	french	f	f	2025-05-31 16:47:16	2025-06-03 12:49:27	2025-06-01 11:49:59	48.99	68.04	1	\N
TKT-00432	chat	product	compatibility question	closed	headphones	2	english	t	f	2025-06-01 15:31:33	2025-06-01 15:47:07	2025-06-01 15:43:14	0.06	0.26	36	\N
TKT-00433	email	logistics	order not delivered yet	closed	headphones	2	english	t	f	2025-06-02 10:53:01	2025-06-02 12:17:51	2025-06-02 11:49:37	0.47	1.41	69	\N
TKT-00434	phone	logistics	change of delivery address	closed	speakers	3	german	f	f	2025-06-03 16:06:41	2025-06-12 02:22:43	2025-06-03 17:38:05	200.74	202.27	94	3
TKT-00435	chat	finance	invoice request	closed	headphones	3	german	f	t	2025-06-04 10:44:42	2025-06-11 19:43:47	2025-06-04 12:19:04	175.41	176.98	38	\N
TKT-00436	phone	troubleshooting	no sound	closed	headphones	3	french	f	f	2025-06-04 16:17:15	2025-06-05 06:43:16	2025-06-04 17:48:47	12.91	14.43	93	4
TKT-00437	chat	logistics	parcel arrived damaged	closed	turntables	2	french	f	f	2025-06-04 17:23:37	2025-06-06 01:59:47	2025-06-04 19:03:14	30.94	32.60	1	\N
TKT-00438	chat	troubleshooting	hum or crackling noise	closed	speakers	3	english	t	f	2025-06-05 17:35:51	2025-06-05 17:52:50	2025-06-05 17:43:37	0.15	0.28	76	4
TKT-00439	phone	troubleshooting	bluetooth pairing fails	closed	speakers	1	french	t	f	2025-06-06 09:13:11	2025-06-06 09:53:06	2025-06-06 09:28:31	0.41	0.67	29	5
TKT-00440	phone	troubleshooting	bluetooth pairing fails	closed	amplifiers	3	french	t	f	2025-06-09 08:37:56	2025-06-09 09:08:09	2025-06-09 08:48:23	0.33	0.50	14	\N
TKT-00441	phone	complaint	recurring fault	closed	headphones	1	english	f	f	2025-06-09 17:08:37	2025-06-09 21:20:01	2025-06-09 17:38:21	3.69	4.19	84	\N
TKT-00442	chat	rma	warranty repair request	closed	speakers	1	german	t	f	2025-06-13 14:30:01	2025-06-13 14:46:29	2025-06-13 14:42:23	0.07	0.27	110	\N
TKT-00443	phone	troubleshooting	bluetooth pairing fails	closed	headphones	3	english	t	f	2025-06-14 09:21:14	2025-06-14 09:48:42	2025-06-14 09:32:43	0.27	0.46	105	\N
TKT-00444	email	troubleshooting	firmware update failed	closed	speakers	2	german	f	f	2025-06-16 08:27:33	2025-06-17 03:10:05	2025-06-16 11:15:00	15.92	18.71	83	3
TKT-00445	chat	troubleshooting	connection keeps dropping	closed	speakers	1	english	f	f	2025-06-17 16:27:40	2025-06-19 06:33:01	2025-06-17 18:45:40	35.79	38.09	23	\N
TKT-00446	phone	troubleshooting	bluetooth pairing fails	closed	speakers	1	french	t	f	2025-06-17 17:40:46	2025-06-17 17:58:15	2025-06-17 17:51:54	0.11	0.29	52	4
TKT-00447	email	rma	replacement unit request	closed	amplifiers	3	german	f	f	2025-06-18 10:22:15	2025-06-30 18:04:53	2025-06-18 16:44:26	289.34	295.71	68	2
TKT-00448	phone	troubleshooting	no sound	closed	headphones	1	english	f	f	2025-06-18 14:15:21	2025-06-20 03:54:29	2025-06-18 19:36:23	32.30	37.65	6	\N
TKT-00449	email	rma	collection for repair	closed	amplifiers	1	english	f	f	2025-06-19 16:35:12	2025-06-22 19:00:29	2025-06-19 19:43:47	71.28	74.42	69	\N
TKT-00450	phone	rma	exchange for dead-on-arrival unit	closed	headphones	2	german	f	f	2025-06-22 11:01:48	2025-07-12 04:26:11	2025-06-22 15:36:25	468.83	473.41	19	1
TKT-00451	phone	logistics	order not delivered yet	closed	turntables	2	german	t	f	2025-06-23 12:46:00	2025-06-23 12:58:43	2025-06-23 12:51:32	0.12	0.21	42	3
TKT-00452	email	logistics	parts missing from the box	closed	speakers	2	german	f	t	2025-06-25 18:45:01	2025-07-22 20:20:32	2025-06-25 19:59:44	648.35	649.59	55	2
TKT-00453	phone	logistics	order not delivered yet	closed	speakers	3	english	f	t	2025-06-26 10:33:46	2025-07-07 13:37:38	2025-06-26 13:45:33	263.87	267.06	5	\N
TKT-00454	chat	logistics	change of delivery address	closed	speakers	3	english	t	f	2025-06-27 11:14:43	2025-06-27 11:46:52	2025-06-27 11:30:22	0.28	0.54	15	\N
TKT-00455	email	troubleshooting	connection keeps dropping	closed	turntables	1	french	f	t	2025-06-27 19:53:46	2025-06-29 13:10:11	2025-06-28 11:03:48	26.11	41.27	72	\N
TKT-00456	phone	troubleshooting	power or battery problem	closed	speakers	3	german	t	f	2025-07-01 08:25:30	2025-07-01 08:53:00	2025-07-01 08:44:51	0.14	0.46	104	\N
TKT-00457	chat	logistics	order not delivered yet	closed	headphones	3	french	f	t	2025-07-01 14:28:01	2025-07-06 01:20:13	2025-07-01 18:19:19	103.02	106.87	1	\N
TKT-00458	chat	complaint	issue still unresolved	closed	turntables	2	german	f	f	2025-07-02 11:21:41	2025-07-03 01:52:50	2025-07-02 15:56:41	9.94	14.52	102	\N
TKT-00459	phone	logistics	wrong item delivered	closed	speakers	2	french	f	f	2025-07-03 12:51:18	2025-07-06 06:12:57	2025-07-03 15:50:54	62.37	65.36	74	3
TKT-00460	chat	logistics	parts missing from the box	closed	speakers	2	french	f	f	2025-07-03 13:16:56	2025-07-04 00:31:45	2025-07-03 14:47:41	9.73	11.25	80	\N
TKT-00461	phone	troubleshooting	distorted sound	closed	turntables	2	german	t	f	2025-07-03 15:12:21	2025-07-03 15:37:00	2025-07-03 15:19:59	0.28	0.41	55	\N
TKT-00462	phone	complaint	poor delivery experience	closed	speakers	3	english	f	f	2025-07-04 10:16:22	2025-07-05 12:12:38	2025-07-04 13:35:04	22.63	25.94	16	\N
TKT-00463	phone	finance	refund not received	closed	amplifiers	2	german	f	f	2025-07-07 13:42:35	2025-07-12 22:22:16	2025-07-07 16:09:05	126.22	128.66	50	\N
TKT-00464	chat	product	stylus or cartridge recommendation	closed	headphones	2	english	t	f	2025-07-07 13:51:44	2025-07-07 14:24:03	2025-07-07 14:01:58	0.37	0.54	9	\N
TKT-00465	chat	troubleshooting	firmware update failed	closed	turntables	3	german	t	f	2025-07-08 08:18:51	2025-07-08 08:38:05	2025-07-08 08:28:56	0.15	0.32	24	\N
TKT-00466	chat	rma	exchange for dead-on-arrival unit	closed	headphones	3	english	t	f	2025-07-08 09:52:05	2025-07-08 10:24:30	2025-07-08 09:58:50	0.43	0.54	105	4
TKT-00467	phone	finance	charged twice	closed	headphones	1	german	f	f	2025-07-08 12:36:34	2025-07-09 04:08:46	2025-07-08 17:45:48	10.38	15.54	38	\N
TKT-00468	email	finance	invoice request	closed	headphones	3	english	f	f	2025-07-16 11:48:11	2025-08-04 16:39:41	2025-07-16 19:12:49	453.45	460.86	63	1
TKT-00469	chat	logistics	wrong item delivered	closed	amplifiers	2	german	t	f	2025-07-16 13:24:01	2025-07-16 13:44:18	2025-07-16 13:35:07	0.15	0.34	85	\N
TKT-00470	phone	troubleshooting	distorted sound	closed	headphones	2	french	f	f	2025-07-16 14:15:41	2025-07-17 05:20:48	2025-07-16 15:19:16	14.03	15.09	11	\N
TKT-00471	chat	logistics	return label needed	closed	headphones	1	french	f	t	2025-07-17 15:44:44	2025-07-25 02:37:50	2025-07-17 18:43:29	175.91	178.88	14	\N
TKT-00472	phone	finance	invoice request	closed	turntables	3	french	f	f	2025-07-18 17:22:49	2025-07-19 01:37:22	2025-07-18 18:57:08	6.67	8.24	52	2
TKT-00473	phone	troubleshooting	no sound	closed	turntables	1	english	t	f	2025-07-21 12:16:26	2025-07-21 12:25:33	2025-07-21 12:19:54	0.09	0.15	54	3
TKT-00474	phone	troubleshooting	power or battery problem	closed	speakers	3	english	f	f	2025-07-25 08:05:14	2025-07-25 16:43:30	2025-07-25 09:04:20	7.65	8.64	23	\N
TKT-00475	phone	troubleshooting	no sound	closed	headphones	1	english	f	f	2025-07-25 16:29:16	2025-07-26 11:27:43	2025-07-25 17:17:49	18.16	18.97	2	3
TKT-00476	email	complaint	long waiting time	closed	speakers	2	french	f	f	2025-07-27 13:35:27	2025-08-01 03:58:17	2025-07-28 12:56:40	87.03	110.38	10	3
TKT-00477	chat	troubleshooting	bluetooth pairing fails	closed	speakers	2	english	f	f	2025-07-28 08:59:49	2025-07-29 13:07:22	2025-07-28 13:07:43	23.99	28.13	54	\N
TKT-00478	email	rma	exchange for dead-on-arrival unit	closed	speakers	3	french	t	f	2025-07-28 22:44:07	2025-07-29 10:48:37	2025-07-29 10:45:07	0.06	12.08	80	2
TKT-00479	chat	troubleshooting	power or battery problem	closed	headphones	3	german	t	f	2025-07-29 10:27:11	2025-07-29 11:10:30	2025-07-29 10:47:40	0.38	0.72	31	\N
TKT-00480	chat	complaint	long waiting time	closed	speakers	3	german	t	f	2025-07-29 11:34:51	2025-07-29 11:48:17	2025-07-29 11:45:13	0.05	0.22	90	5
TKT-00481	phone	troubleshooting	hum or crackling noise	closed	headphones	2	french	f	f	2025-07-31 14:57:40	2025-08-02 19:40:49	2025-07-31 15:58:16	51.71	52.72	30	\N
TKT-00482	email	troubleshooting	firmware update failed	closed	speakers	3	german	f	f	2025-07-31 16:46:28	2025-08-02 14:52:29	2025-07-31 18:29:47	44.38	46.10	85	\N
TKT-00483	phone	product	compatibility question	closed	headphones	2	french	t	f	2025-08-01 08:32:45	2025-08-01 08:56:37	2025-08-01 08:44:27	0.20	0.40	14	\N
TKT-00484	chat	troubleshooting	no sound	closed	speakers	1	english	t	f	2025-08-01 10:17:17	2025-08-01 10:43:24	2025-08-01 10:29:42	0.23	0.44	119	\N
TKT-00485	phone	troubleshooting	connection keeps dropping	closed	headphones	2	german	t	f	2025-08-02 09:57:25	2025-08-02 10:29:10	2025-08-02 10:18:42	0.17	0.53	86	\N
TKT-00486	phone	troubleshooting	hum or crackling noise	closed	turntables	2	german	f	f	2025-08-03 14:12:19	2025-08-04 08:30:24	2025-08-03 14:29:40	18.01	18.30	53	\N
TKT-00487	email	product	app features	closed	headphones	3	german	t	f	2025-08-06 10:16:47	2025-08-06 11:43:56	2025-08-06 11:33:23	0.18	1.45	8	\N
TKT-00488	phone	logistics	parts missing from the box	closed	turntables	3	french	t	f	2025-08-07 12:44:52	2025-08-07 13:28:21	2025-08-07 13:04:49	0.39	0.72	112	\N
TKT-00489	chat	troubleshooting	no sound	closed	headphones	2	english	f	t	2025-08-07 16:00:03	2025-08-21 09:49:19	2025-08-07 16:44:31	329.08	329.82	13	\N
TKT-00490	email	rma	return authorisation needed	closed	headphones	2	english	t	f	2025-08-12 14:22:22	2025-08-12 16:02:30	2025-08-12 15:37:52	0.41	1.67	71	5
TKT-00491	phone	troubleshooting	distorted sound	closed	speakers	1	german	f	f	2025-08-14 09:13:15	2025-08-16 19:24:26	2025-08-14 09:45:18	57.65	58.19	90	\N
TKT-00492	email	product	stock availability	closed	amplifiers	1	german	t	f	2025-08-14 10:52:56	2025-08-14 12:10:52	2025-08-14 12:00:50	0.17	1.30	55	\N
TKT-00493	email	troubleshooting	connection keeps dropping	closed	headphones	2	english	t	f	2025-08-15 08:37:58	2025-08-15 10:30:33	2025-08-15 10:12:40	0.30	1.88	23	\N
TKT-00494	phone	product	stock availability	closed	speakers	2	french	t	f	2025-08-15 10:08:31	2025-08-15 10:26:32	2025-08-15 10:18:11	0.14	0.30	14	5
TKT-00495	phone	logistics	wrong item delivered	open	turntables	2	german	f	f	2025-08-18 09:22:28	\N	2025-08-18 14:11:14	\N	\N	28	\N
TKT-00496	phone	logistics	parts missing from the box	closed	amplifiers	3	french	t	f	2025-08-18 19:44:09	2025-08-18 19:52:16	2025-08-18 19:50:24	0.03	0.14	67	\N
TKT-00497	chat	troubleshooting	firmware update failed	closed	amplifiers	3	french	t	f	2025-08-19 08:42:08	2025-08-19 09:19:55	2025-08-19 09:08:00	0.20	0.63	10	\N
TKT-00498	email	logistics	parcel arrived damaged	open	speakers	3	german	f	f	2025-08-19 12:47:36	\N	2025-08-19 19:03:51	\N	\N	110	\N
TKT-00499	phone	complaint	unhappy with the repair	closed	headphones	3	english	f	f	2025-08-19 14:55:02	2025-08-20 12:04:23	2025-08-19 15:28:29	20.60	21.16	69	\N
TKT-00500	email	troubleshooting	bluetooth pairing fails	closed	speakers	3	german	t	f	2025-08-19 21:20:46	2025-08-20 08:20:18	2025-08-20 08:17:04	0.05	10.99	118	5
\.

COPY interactions (interaction_id, channel, customer_id, interaction_created, handle_time, speed_of_answer, interaction_handled, handled_by, subject, body, ticket_id) FROM stdin WITH (FREEZE);
INT-000001	phone	9	2023-09-16 15:21:28	8.0	36.00	2023-09-16 15:29:28	1	\N	\N	TKT-00001
INT-000002	phone	107	2023-09-18 09:36:22	7.3	104.00	2023-09-18 09:43:40	3	\N	\N	TKT-00002
INT-000003	email	47	2023-09-18 10:46:42	2.4	0.71	2023-09-18 10:49:06	2	Fault report for my headphones: bluetooth pairing fails	Dear support team, the fault with my headphones is: bluetooth pairing fails. I followed the steps in the manual, but nothing changed.	TKT-00003
INT-000004	phone	107	2023-09-18 11:10:57	17.6	51.00	2023-09-18 11:28:33	3	\N	\N	TKT-00002
INT-000005	chat	66	2023-09-18 12:02:05	28.7	7.00	2023-09-18 12:30:47	3	Garantie pour mon casque	Bonjour, mon problème : demande de réparation sous garantie	TKT-00004
INT-000006	phone	107	2023-09-18 12:12:13	12.1	26.00	2023-09-18 12:24:19	3	\N	\N	TKT-00002
INT-000007	chat	67	2023-09-18 12:52:21	12.5	22.00	2023-09-18 13:04:51	2	Renseignements sur votre amplificateur : quel amplificateur pour mes enceintes	Bonjour, une petite question sur mon amplificateur	TKT-00005
INT-000008	phone	107	2023-09-18 12:58:02	6.0	288.00	2023-09-18 13:04:02	3	\N	\N	TKT-00002
INT-000009	email	66	2023-09-18 14:03:19	6.1	1.31	2023-09-18 14:09:25	3	RE : Garantie pour mon casque	Bonjour, merci de votre patience. Nous avons ouvert un dossier de réparation pour votre casque (demande de réparation sous garantie). Veuillez nous envoyer l'appareil avec une copie de la facture de la commande ORD-259534, à l'aide de l'étiquette jointe.	TKT-00004
INT-000010	email	66	2023-09-18 14:51:14	11.0	0.69	2023-09-18 15:02:14	3	RE : Garantie pour mon casque	Bonjour, j'ai renvoyé mon casque lundi comme vous me l'aviez demandé. Pourriez-vous me confirmer que le colis est bien arrivé à votre centre de service ? Commande ORD-259534.	TKT-00004
INT-000011	chat	66	2023-09-18 15:54:27	10.8	38.00	2023-09-18 16:05:15	3	Prise en charge sous garantie – demande de réparation sous garantie	Bonjour, je fais suite à ma demande précédente (demande de réparation sous garantie)	TKT-00004
INT-000012	chat	66	2023-09-18 16:29:33	15.7	14.00	2023-09-18 16:45:15	2	Garantie pour mon casque	Bonjour, j'ai essayé ce que votre collègue m'a conseillé, mais le problème de mon casque persiste	TKT-00004
INT-000013	chat	66	2023-09-18 16:52:46	4.4	4.00	2023-09-18 16:57:10	2	Dossier de réparation de mon casque	Bonjour, avez-vous du nouveau sur mon dossier ? (demande de réparation sous garantie)	TKT-00004
INT-000014	chat	66	2023-09-19 15:51:50	8.0	8.00	2023-09-19 15:59:50	1	Service comptabilité : demande de facture	Bonjour, une petite question sur mon casque	TKT-00006
INT-000015	chat	66	2023-09-19 17:58:05	6.0	29.00	2023-09-19 18:04:05	1	Service comptabilité : demande de facture	Bonjour, un petit point sur mon dossier : demande de facture	TKT-00006
INT-000016	email	35	2023-09-20 09:13:38	7.1	0.68	2023-09-20 09:20:44	1	Demande d'aide – bourdonnement ou grésillement	Bonjour, depuis hier je rencontre un souci avec mon tourne-disque : bourdonnement ou grésillement. Que me conseillez-vous ?	TKT-00007
INT-000017	email	35	2023-09-20 11:11:27	5.2	1.16	2023-09-20 11:16:39	1	RE : Demande d'aide – bourdonnement ou grésillement	Bonjour, merci de votre patience. Concernant votre tourne-disque (bourdonnement ou grésillement) : veuillez installer le dernier firmware, puis rétablir les paramètres d'usine. Tenez-nous au courant du résultat.	TKT-00007
INT-000018	email	11	2023-09-21 11:12:42	7.1	0.43	2023-09-21 11:19:48	1	Question de facturation : facture avec TVA pour mon entreprise	Bonjour, pourriez-vous m'aider pour le point suivant : facture avec TVA pour mon entreprise ? La commande concernée est ORD-718218.	TKT-00008
INT-000019	chat	11	2023-09-21 12:41:46	3.0	28.00	2023-09-21 12:44:46	1	Commande de mon amplificateur : facture avec TVA pour mon entreprise	Bonjour, je fais suite à ma demande précédente (facture avec TVA pour mon entreprise)	TKT-00008
INT-000020	email	33	2023-09-25 13:17:09	3.5	0.36	2023-09-25 13:20:39	1	Rechnung für meinen Kopfhörer	Guten Tag, mein Anliegen betrifft die Bestellung ORD-401421: Zahlung fehlgeschlagen. Ich freue mich auf Ihre Antwort.	TKT-00009
INT-000021	email	72	2023-09-25 16:10:58	8.3	1.19	2023-09-25 16:19:16	3	Problème de livraison : besoin d'une étiquette de retour	Bonjour, ma commande ORD-674855 (amplificateur) pose problème : besoin d'une étiquette de retour. Pourriez-vous vérifier, s'il vous plaît ?	TKT-00010
INT-000022	chat	72	2023-09-25 16:53:52	9.1	11.00	2023-09-25 17:02:58	3	Ma commande : besoin d'une étiquette de retour	Bonjour, je vous recontacte au sujet de mon amplificateur	TKT-00010
INT-000023	email	33	2023-09-25 18:16:29	10.9	0.83	2023-09-25 18:27:23	3	AW: Anliegen an die Buchhaltung: Zahlung fehlgeschlagen	Guten Tag, bitte entschuldigen Sie die Unannehmlichkeiten (Zahlung fehlgeschlagen). Ein zu Unrecht abgebuchter Betrag für die Bestellung ORD-401421 wird innerhalb von 5 bis 10 Werktagen auf Ihr ursprüngliches Zahlungsmittel erstattet.	TKT-00009
INT-000024	phone	92	2023-09-26 09:20:56	6.2	33.00	2023-09-26 09:27:08	3	\N	\N	TKT-00011
INT-000025	chat	92	2023-09-26 10:45:29	15.1	79.00	2023-09-26 11:00:35	3	Help needed: bluetooth pairing fails on my headphones	Hello, it's me again – the problem with my headphones is back	TKT-00011
INT-000026	phone	56	2023-09-26 13:01:08	11.9	37.00	2023-09-26 13:13:02	3	\N	\N	TKT-00012
INT-000027	phone	56	2023-09-26 15:32:56	8.0	77.00	2023-09-26 15:40:56	3	\N	\N	TKT-00012
INT-000028	chat	112	2023-09-26 15:40:20	15.7	122.00	2023-09-26 15:56:02	3	Demande d'aide – échec de l'appairage Bluetooth	Bonjour, quelqu'un est disponible ? C'est au sujet de mon casque.	TKT-00013
INT-000029	phone	3	2023-09-26 18:18:53	5.8	288.00	2023-09-26 18:24:41	1	\N	\N	TKT-00014
INT-000030	phone	3	2023-09-26 19:09:45	3.5	272.00	2023-09-26 19:13:15	1	\N	\N	TKT-00014
INT-000031	chat	112	2023-09-26 19:33:34	14.7	229.00	2023-09-26 19:48:16	1	Demande d'aide – échec de l'appairage Bluetooth	Bonjour, je vous recontacte au sujet de mon casque	TKT-00013
INT-000032	email	14	2023-09-27 08:47:19	27.4	2.23	2023-09-27 09:14:43	3	Service comptabilité : demande de facture	Madame, Monsieur, je vous écris au sujet de ma commande ORD-988442. Objet : demande de facture. Merci de votre retour.	TKT-00015
INT-000033	phone	14	2023-09-27 12:22:48	6.6	10.00	2023-09-27 12:29:24	3	\N	\N	TKT-00015
INT-000034	chat	14	2023-09-27 13:41:44	12.0	29.00	2023-09-27 13:53:44	3	Commande de mon tourne-disque : demande de facture	Bonjour, un petit point sur mon dossier : demande de facture	TKT-00015
INT-000035	email	22	2023-09-29 16:06:33	7.4	0.55	2023-09-29 16:13:57	3	Suivi de commande : commande toujours pas livrée	Bonjour, ma commande ORD-468702 (enceinte) pose problème : commande toujours pas livrée. Pourriez-vous vérifier, s'il vous plaît ?	TKT-00016
INT-000036	email	109	2023-09-30 12:33:56	7.7	2.50	2023-09-30 12:41:38	2	Complaint: unhappy with the repair	Hello, I wish to make a complaint: unhappy with the repair. This is not the service I expect from your company.	TKT-00017
INT-000037	chat	75	2023-09-30 14:38:33	8.5	61.00	2023-09-30 14:47:03	2	Defekt an meinem Lautsprecher: Brummen oder Knistern	Hallo, ich habe eine Frage zu meinem Lautsprecher (Brummen oder Knistern)	TKT-00019
INT-000038	email	109	2023-09-30 15:06:15	4.1	0.96	2023-09-30 15:10:21	2	Re: Very disappointed – unhappy with the repair	Hello, we are very sorry about your experience with your turntable. As a goodwill gesture, we would like to offer you a voucher for your next order. Please let us know whether you accept.	TKT-00017
INT-000039	email	34	2023-09-30 16:51:45	3.8	2.50	2023-09-30 16:55:33	2	Demande d'aide – son distordu	Madame, Monsieur, le problème avec mon tourne-disque est le suivant : son distordu. J'ai suivi les étapes du mode d'emploi, sans résultat.	TKT-00018
INT-000040	email	110	2023-10-02 11:07:05	3.6	2.50	2023-10-02 11:10:41	2	Beschwerde: unzufrieden mit der Reparatur	Hallo, zu meinem Plattenspieler muss ich leider eine Beschwerde einreichen: unzufrieden mit der Reparatur. Ich hoffe, Sie finden eine Lösung.	TKT-00020
INT-000041	phone	110	2023-10-02 15:09:22	3.7	11.00	2023-10-02 15:13:04	2	\N	\N	TKT-00020
INT-000042	phone	15	2023-10-02 19:25:28	3.9	58.00	2023-10-02 19:29:22	3	\N	\N	TKT-00021
INT-000043	phone	15	2023-10-02 19:40:57	3.8	73.00	2023-10-02 19:44:45	3	\N	\N	TKT-00021
INT-000044	email	15	2023-10-03 16:29:52	12.9	0.53	2023-10-03 16:42:46	3	Quick question about the headphones: app features	Dear team, could you help me with a question about the headphones? Topic: app features.	TKT-00022
INT-000045	phone	110	2023-10-04 18:12:44	8.0	21.00	2023-10-04 18:20:44	2	\N	\N	TKT-00023
INT-000046	phone	96	2023-10-05 10:46:03	6.0	33.00	2023-10-05 10:52:03	1	\N	\N	TKT-00024
INT-000047	phone	96	2023-10-05 13:21:26	6.2	36.00	2023-10-05 13:27:38	1	\N	\N	TKT-00024
INT-000048	phone	96	2023-10-05 13:59:20	9.7	62.00	2023-10-05 14:09:02	2	\N	\N	TKT-00024
INT-000049	phone	96	2023-10-05 16:35:54	7.8	10.00	2023-10-05 16:43:42	3	\N	\N	TKT-00024
INT-000050	phone	39	2023-10-08 10:48:40	4.5	211.00	2023-10-08 10:53:10	1	\N	\N	TKT-00025
INT-000051	phone	39	2023-10-08 12:55:25	6.6	410.00	2023-10-08 13:02:01	1	\N	\N	TKT-00025
INT-000052	email	83	2023-10-10 14:35:40	2.3	0.67	2023-10-10 14:37:58	2	Defekt an meinem Lautsprecher: Bluetooth-Kopplung schlägt fehl	Guten Tag, gibt es eine bekannte Lösung für dieses Problem mit meinem Lautsprecher: Bluetooth-Kopplung schlägt fehl? Vielen Dank im Voraus.	TKT-00026
INT-000053	email	36	2023-10-10 18:08:56	5.4	0.85	2023-10-10 18:14:20	1	My headphones: no sound	Hello, I am having a problem with my headphones: no sound. I have already tried restarting the device. Could you please help?	TKT-00027
INT-000054	chat	4	2023-10-11 10:09:37	4.5	103.00	2023-10-11 10:14:07	1	Beschwerde: wiederholt auftretender Defekt	Guten Tag, ich habe ein Problem: wiederholt auftretender Defekt	TKT-00028
INT-000055	chat	4	2023-10-11 13:58:55	12.1	39.00	2023-10-11 14:11:01	1	Reklamation: wiederholt auftretender Defekt	Hallo nochmal, ich hatte Sie vorhin schon zu meinem Lautsprecher kontaktiert	TKT-00028
INT-000056	email	115	2023-10-12 08:18:20	6.1	13.54	2023-10-12 08:24:26	2	Ma commande : commande toujours pas livrée	Bonjour, ma commande ORD-551025 (tourne-disque) pose problème : commande toujours pas livrée. Pourriez-vous vérifier, s'il vous plaît ?	TKT-00029
INT-000057	email	115	2023-10-12 10:52:48	2.3	0.26	2023-10-12 10:55:06	2	RE : Ma commande : commande toujours pas livrée	Bonjour, nous avons organisé un nouvel envoi pour votre tourne-disque. Le nouveau numéro de suivi vous parviendra dans un e-mail séparé. Référence de commande : ORD-551025.	TKT-00029
INT-000058	email	115	2023-10-12 11:58:58	7.8	0.08	2023-10-12 12:06:46	2	RE : Livraison de mon tourne-disque – commande toujours pas livrée	Bonjour, j'ai déposé le colis au bureau de poste ce matin avec votre étiquette de retour. Pourriez-vous me confirmer la réception de mon tourne-disque ? Commande ORD-551025.	TKT-00029
INT-000059	email	49	2023-10-13 12:02:18	6.8	0.40	2023-10-13 12:09:06	2	Suivi de commande : besoin d'une étiquette de retour	Madame, Monsieur, je vous contacte pour un problème de livraison : besoin d'une étiquette de retour. La référence de commande est ORD-482933. Merci de m'indiquer la marche à suivre.	TKT-00030
INT-000060	phone	112	2023-10-13 13:29:32	10.1	27.00	2023-10-13 13:39:38	2	\N	\N	TKT-00031
INT-000061	email	112	2023-10-13 18:10:51	5.0	1.61	2023-10-13 18:15:51	2	RE : Retour / réparation : demande d'appareil de remplacement	Bonjour, la panne étant couverte par la garantie, nous allons vous envoyer un appareil de remplacement pour votre enceinte. Merci de nous retourner l'appareil défectueux sous 14 jours (commande ORD-705701).	TKT-00031
INT-000062	email	56	2023-10-16 11:09:00	2.5	0.97	2023-10-16 11:11:30	2	Warranty claim for my speakers	Dear team, regarding my speakers: warranty repair request. Please let me know how to send the device in.	TKT-00032
INT-000063	email	56	2023-10-16 14:01:01	7.0	1.78	2023-10-16 14:08:01	2	Re: Warranty claim for my speakers	Hello, good news: the repair of your speakers is complete, and the device was shipped back to you today. The tracking number will follow by e-mail.	TKT-00032
INT-000064	email	10	2023-10-16 15:07:07	2.7	0.97	2023-10-16 15:09:49	3	Demande d'aide – pas de son	Bonjour, depuis hier je rencontre un souci avec mon tourne-disque : pas de son. Que me conseillez-vous ?	TKT-00033
INT-000065	phone	56	2023-10-16 16:02:10	5.1	123.00	2023-10-16 16:07:16	3	\N	\N	TKT-00032
INT-000066	phone	10	2023-10-16 17:01:22	17.6	6.00	2023-10-16 17:18:58	3	\N	\N	TKT-00033
INT-000067	chat	104	2023-10-17 10:12:55	7.2	77.00	2023-10-17 10:20:07	3	Frage zum Versand: Sendungsverfolgung nicht aktualisiert	Guten Tag, ich habe ein Problem: Sendungsverfolgung nicht aktualisiert	TKT-00034
INT-000068	chat	104	2023-10-17 10:45:32	16.8	30.00	2023-10-17 11:02:20	3	Lieferproblem: Sendungsverfolgung nicht aktualisiert	Guten Tag, ein kurzes Update zu meinem Fall: Sendungsverfolgung nicht aktualisiert	TKT-00034
INT-000069	phone	67	2023-10-20 09:43:02	6.7	360.00	2023-10-20 09:49:44	2	\N	\N	TKT-00035
INT-000070	phone	67	2023-10-20 09:58:12	22.7	145.00	2023-10-20 10:20:54	2	\N	\N	TKT-00035
INT-000071	email	67	2023-10-20 13:55:13	6.7	1.65	2023-10-20 14:01:55	2	RE : Dossier de réparation de mon casque	Bonjour, je reviens vers vous au sujet de mon dossier (demande de réparation sous garantie). Je n'ai reçu aucune nouvelle concernant mon casque depuis votre dernier e-mail. Où en est la procédure ?	TKT-00035
INT-000072	phone	67	2023-10-20 15:36:55	3.5	55.00	2023-10-20 15:40:25	2	\N	\N	TKT-00035
INT-000073	email	29	2023-10-20 19:28:48	2.9	0.36	2023-10-20 19:31:42	3	Demande SAV : état d'avancement de la réparation	Bonjour, l'appareil a été acheté avec la commande ORD-263644. Objet de ma demande : état d'avancement de la réparation. Merci d'avance.	TKT-00036
INT-000074	phone	29	2023-10-20 19:31:53	3.4	8.00	2023-10-20 19:35:17	3	\N	\N	TKT-00036
INT-000075	email	29	2023-10-20 19:52:10	3.5	0.28	2023-10-20 19:55:40	3	RE : Demande SAV : état d'avancement de la réparation	Bonjour, j'ai renvoyé mon amplificateur lundi comme vous me l'aviez demandé. Pourriez-vous me confirmer que le colis est bien arrivé à votre centre de service ? Commande ORD-263644.	TKT-00036
INT-000076	chat	29	2023-10-20 19:55:50	3.1	6.00	2023-10-20 19:58:56	3	Demande SAV : état d'avancement de la réparation	Bonjour, je fais suite à ma demande précédente (état d'avancement de la réparation)	TKT-00036
INT-000077	email	97	2023-10-24 12:13:31	6.5	1.10	2023-10-24 12:20:01	2	Pre-sales question: technical specifications	Hello, I am interested in the headphones and have a question (technical specifications). Could you give me some advice?	TKT-00037
INT-000078	phone	52	2023-10-24 14:18:33	5.2	19.00	2023-10-24 14:23:45	2	\N	\N	TKT-00038
INT-000079	phone	52	2023-10-24 14:51:57	6.1	37.00	2023-10-24 14:58:03	2	\N	\N	TKT-00039
INT-000080	phone	52	2023-10-24 17:18:48	17.8	23.00	2023-10-24 17:36:36	3	\N	\N	TKT-00039
INT-000081	email	24	2023-10-26 11:12:33	12.9	0.80	2023-10-26 11:25:27	3	Lieferproblem: Sendungsverfolgung nicht aktualisiert	Guten Tag, ich brauche Hilfe zu meiner Lieferung (Kopfhörer) – Sendungsverfolgung nicht aktualisiert. Über eine schnelle Antwort würde ich mich freuen.	TKT-00041
INT-000082	email	113	2023-10-26 12:28:24	4.5	2.50	2023-10-26 12:32:54	1	Commande de mon casque : remboursement non reçu	Bonjour, concernant la commande ORD-990719 de mon casque : remboursement non reçu. Pourriez-vous vérifier, s'il vous plaît ?	TKT-00040
INT-000083	chat	24	2023-10-26 13:43:58	19.6	41.00	2023-10-26 14:03:34	3	Problem mit der Lieferung: Sendungsverfolgung nicht aktualisiert	Guten Tag, ich melde mich noch einmal: Sendungsverfolgung nicht aktualisiert, immer noch nicht gelöst	TKT-00041
INT-000084	phone	49	2023-10-26 17:11:34	4.7	16.00	2023-10-26 17:16:16	3	\N	\N	TKT-00042
INT-000085	email	113	2023-10-26 18:21:35	2.4	0.47	2023-10-26 18:23:59	2	RE : Question de facturation : remboursement non reçu	Bonjour, merci pour les documents. Votre demande (remboursement non reçu) a été acceptée et la commande de votre casque a été corrigée dans notre système.	TKT-00040
INT-000086	chat	43	2023-10-27 11:30:44	22.0	287.00	2023-10-27 11:52:44	1	Störung bei meinem Kopfhörer	Guten Tag, ich habe ein Problem: Verbindung bricht ständig ab	TKT-00043
INT-000087	phone	74	2023-10-27 12:23:29	6.6	15.00	2023-10-27 12:30:05	3	\N	\N	TKT-00044
INT-000088	chat	74	2023-10-27 13:16:56	7.8	23.00	2023-10-27 13:24:44	3	Ma commande : mauvais article livré	Re-bonjour, j'ai déjà pris contact avec vous au sujet de mon casque	TKT-00044
INT-000089	phone	74	2023-10-27 15:35:20	13.1	42.00	2023-10-27 15:48:26	3	\N	\N	TKT-00044
INT-000090	chat	43	2023-10-27 15:51:17	9.4	33.00	2023-10-27 16:00:41	1	Technische Störung – Verbindung bricht ständig ab	Hallo nochmal, ich hatte Sie vorhin schon zu meinem Kopfhörer kontaktiert	TKT-00043
INT-000091	phone	117	2023-10-27 16:12:13	11.0	11.00	2023-10-27 16:23:13	3	\N	\N	TKT-00045
INT-000092	phone	117	2023-10-27 19:06:29	18.6	345.00	2023-10-27 19:25:05	2	\N	\N	TKT-00045
INT-000093	chat	105	2023-10-28 13:29:23	12.2	31.00	2023-10-28 13:41:35	1	Shipping query: change of delivery address	Hi there – change of delivery address, can you help?	TKT-00046
INT-000094	email	60	2023-10-31 19:45:33	3.5	0.98	2023-10-31 19:49:03	1	Réclamation à traiter en priorité : problème toujours non résolu	Madame, Monsieur, je vous fais part de mon profond mécontentement. Le problème avec mon casque (problème toujours non résolu) m'a fait perdre beaucoup de temps. J'attends une solution.	TKT-00047
INT-000095	email	60	2023-10-31 19:56:56	2.9	0.13	2023-10-31 19:59:50	1	RE : Réclamation à traiter en priorité : problème toujours non résolu	Bonjour, merci de votre patience. Afin d'examiner votre réclamation (problème toujours non résolu), pourriez-vous nous indiquer les dates de vos précédents contacts et, si possible, le nom du conseiller ?	TKT-00047
INT-000096	phone	1	2023-11-03 13:11:07	8.8	26.00	2023-11-03 13:19:55	1	\N	\N	TKT-00048
INT-000097	phone	112	2023-11-06 15:22:10	11.3	91.00	2023-11-06 15:33:28	1	\N	\N	TKT-00049
INT-000098	chat	119	2023-11-07 12:30:07	8.4	23.00	2023-11-07 12:38:31	1	Delivery issue: parts missing from the box	Hello, I have an issue: parts missing from the box	TKT-00050
INT-000099	email	18	2023-11-12 10:39:36	6.2	1.92	2023-11-12 10:45:48	2	Question about my payment – refund not received	Dear customer service, my request concerns order ORD-602313: refund not received. I look forward to your reply.	TKT-00051
INT-000100	email	18	2023-11-12 13:59:48	4.6	0.78	2023-11-12 14:04:24	2	Re: Payment issue with my turntable order	Hello, please find the corrected invoice for your turntable attached. If anything is still missing regarding your request (refund not received), just reply to this e-mail.	TKT-00051
INT-000101	email	36	2023-11-13 15:42:25	6.7	0.91	2023-11-13 15:49:07	3	Quick question about the headphones: compatibility question	Good morning, I have a pre-sales question about the headphones: compatibility question. Which model would you recommend?	TKT-00052
INT-000102	phone	105	2023-11-15 12:48:34	4.3	39.00	2023-11-15 12:52:52	1	\N	\N	TKT-00053
INT-000103	phone	93	2023-11-15 13:07:01	10.5	206.00	2023-11-15 13:17:31	1	\N	\N	TKT-00054
INT-000104	chat	70	2023-11-15 17:14:09	8.1	9.00	2023-11-15 17:22:15	2	Problem mit der Lieferung: Bestellung noch nicht geliefert	Guten Tag, mein Anliegen: Bestellung noch nicht geliefert	TKT-00055
INT-000105	phone	105	2023-11-15 17:15:05	18.3	41.00	2023-11-15 17:33:23	3	\N	\N	TKT-00053
INT-000106	phone	20	2023-11-16 11:01:33	7.8	84.00	2023-11-16 11:09:21	1	\N	\N	TKT-00056
INT-000107	phone	20	2023-11-16 14:09:57	8.4	31.00	2023-11-16 14:18:21	1	\N	\N	TKT-00056
INT-000108	email	57	2023-11-16 14:16:04	5.6	0.75	2023-11-16 14:21:40	3	My turntable: power or battery problem	Good morning, I bought the turntable from you a few months ago and now have the following problem: power or battery problem. Is there a fix for this?	TKT-00057
INT-000109	email	57	2023-11-16 17:00:19	7.9	0.85	2023-11-16 17:08:13	3	Re: Fault report for my turntable: power or battery problem	Hello, thank you for your message. To look into the problem with your turntable (power or battery problem) more closely, could you send us the serial number and a short description of your setup?	TKT-00057
INT-000110	chat	101	2023-11-17 09:43:27	19.8	102.00	2023-11-17 10:03:15	1	Enquiry before buying: app features	Hi there – app features, can you help?	TKT-00058
INT-000111	email	85	2023-11-17 12:23:41	17.6	0.51	2023-11-17 12:41:17	1	Technische Störung – Bluetooth-Kopplung schlägt fehl	Hallo, Bluetooth-Kopplung schlägt fehl – das passiert bei meinem Plattenspieler immer wieder. Ich habe das Gerät schon zweimal zurückgesetzt. Können Sie mir helfen?	TKT-00059
INT-000112	chat	85	2023-11-17 14:10:06	7.9	4.00	2023-11-17 14:18:00	1	Bitte um Hilfe: Bluetooth-Kopplung schlägt fehl	Hallo, ich habe den Tipp Ihres Kollegen ausprobiert, aber das Problem mit meinem Plattenspieler besteht weiter	TKT-00059
INT-000113	chat	32	2023-11-18 10:26:05	32.7	55.00	2023-11-18 10:58:47	1	Problème avec mon amplificateur : pas de son	Bonjour, j'ai un problème : pas de son	TKT-00060
INT-000114	chat	12	2023-11-20 15:41:51	6.6	23.00	2023-11-20 15:48:27	2	Störung bei meinem Kopfhörer	Guten Tag, eine kurze Frage zu meinem Kopfhörer	TKT-00061
INT-000115	phone	82	2023-11-20 17:38:08	7.0	32.00	2023-11-20 17:45:08	1	\N	\N	TKT-00062
INT-000116	phone	82	2023-11-20 17:51:55	13.5	4.00	2023-11-20 18:05:25	1	\N	\N	TKT-00062
INT-000117	phone	82	2023-11-20 18:11:03	12.3	38.00	2023-11-20 18:23:21	1	\N	\N	TKT-00062
INT-000118	phone	82	2023-11-20 19:44:02	4.4	32.00	2023-11-20 19:48:26	1	\N	\N	TKT-00062
INT-000119	chat	56	2023-11-21 09:19:12	10.8	32.00	2023-11-21 09:30:00	3	My amplifier: no sound	Good morning, my problem is: no sound	TKT-00063
INT-000120	chat	56	2023-11-21 13:18:03	13.2	22.00	2023-11-21 13:31:15	3	Fault report for my amplifier: no sound	Hello, it's me again – the problem with my amplifier is back	TKT-00063
INT-000121	email	7	2023-11-24 09:46:03	5.8	18.36	2023-11-24 09:51:51	3	Defekt an meinem Verstärker: kein Ton	Guten Tag, gibt es eine bekannte Lösung für dieses Problem mit meinem Verstärker: kein Ton? Vielen Dank im Voraus.	TKT-00064
INT-000122	phone	83	2023-11-24 11:53:50	3.7	92.00	2023-11-24 11:57:32	3	\N	\N	TKT-00065
INT-000123	phone	1	2023-11-26 14:15:45	10.6	56.00	2023-11-26 14:26:21	3	\N	\N	TKT-00066
INT-000124	phone	77	2023-11-28 14:46:42	9.3	20.00	2023-11-28 14:56:00	1	\N	\N	TKT-00067
INT-000125	phone	20	2023-12-01 11:50:45	4.4	16.00	2023-12-01 11:55:09	1	\N	\N	TKT-00068
INT-000126	email	27	2023-12-04 08:26:00	6.6	12.84	2023-12-04 08:32:36	2	Pre-sales question: app features	Hi, before I buy the turntable, I would like to know more: app features. Thanks!	TKT-00069
INT-000127	phone	69	2023-12-05 12:28:25	9.6	92.00	2023-12-05 12:38:01	3	\N	\N	TKT-00070
INT-000128	phone	41	2023-12-05 15:36:01	13.7	32.00	2023-12-05 15:49:43	3	\N	\N	TKT-00072
INT-000129	email	106	2023-12-05 15:55:14	6.6	1.25	2023-12-05 16:01:50	3	Defekt an meinem Plattenspieler: Brummen oder Knistern	Guten Tag, ich habe ein Problem mit meinem Plattenspieler: Brummen oder Knistern. Ich habe das Gerät bereits neu gestartet. Können Sie mir bitte helfen?	TKT-00071
INT-000130	chat	106	2023-12-05 17:58:37	20.8	22.00	2023-12-05 18:19:25	3	Defekt an meinem Plattenspieler: Brummen oder Knistern	Hallo, ich bin es wieder – das Problem mit meinem Plattenspieler ist zurück	TKT-00071
INT-000131	phone	81	2023-12-06 14:58:33	12.3	12.00	2023-12-06 15:10:51	2	\N	\N	TKT-00073
INT-000132	phone	81	2023-12-06 17:17:44	4.6	72.00	2023-12-06 17:22:20	2	\N	\N	TKT-00073
INT-000133	phone	33	2023-12-10 12:18:44	3.1	28.00	2023-12-10 12:21:50	1	\N	\N	TKT-00074
INT-000134	phone	33	2023-12-10 15:47:34	4.3	290.00	2023-12-10 15:51:52	1	\N	\N	TKT-00074
INT-000135	chat	27	2023-12-11 17:39:51	9.7	9.00	2023-12-11 17:49:33	1	Help needed: no sound on my headphones	Hello, I'm contacting you about my headphones (no sound)	TKT-00075
INT-000136	phone	24	2023-12-12 17:08:27	7.3	33.00	2023-12-12 17:15:45	1	\N	\N	TKT-00076
INT-000137	phone	101	2023-12-13 10:47:22	5.6	96.00	2023-12-13 10:52:58	1	\N	\N	TKT-00077
INT-000138	chat	101	2023-12-13 11:21:08	6.1	15.00	2023-12-13 11:27:14	1	Problem with the delivery of my speakers	Hello, sorry to bother you again about my speakers	TKT-00077
INT-000139	phone	101	2023-12-13 15:39:14	6.8	267.00	2023-12-13 15:46:02	1	\N	\N	TKT-00077
INT-000140	phone	47	2023-12-13 15:55:01	6.3	27.00	2023-12-13 16:01:19	1	\N	\N	TKT-00078
INT-000141	phone	47	2023-12-13 19:52:18	3.0	102.00	2023-12-13 19:55:18	2	\N	\N	TKT-00078
INT-000142	phone	2	2023-12-15 15:36:46	12.0	13.00	2023-12-15 15:48:46	1	\N	\N	TKT-00079
INT-000143	phone	2	2023-12-15 18:02:07	7.9	31.00	2023-12-15 18:10:01	1	\N	\N	TKT-00079
INT-000144	chat	103	2023-12-18 11:34:57	10.2	27.00	2023-12-18 11:45:09	1	Order for my speakers: invoice request	Hello, I'm contacting you about my speakers (invoice request)	TKT-00080
INT-000145	chat	103	2023-12-18 16:06:08	7.9	8.00	2023-12-18 16:14:02	1	Billing query: invoice request	Hello, it's me again – the problem with my speakers is back	TKT-00080
INT-000146	email	1	2023-12-19 09:34:19	6.0	0.46	2023-12-19 09:40:19	3	Demande d'aide – échec de l'appairage Bluetooth	Bonjour, depuis hier je rencontre un souci avec mon enceinte : échec de l'appairage Bluetooth. Que me conseillez-vous ?	TKT-00081
INT-000147	email	1	2023-12-19 12:09:07	4.3	0.59	2023-12-19 12:13:25	3	RE : Demande d'aide – échec de l'appairage Bluetooth	Bonjour, nous sommes désolés pour ce souci avec votre enceinte. Pour ce type de panne (échec de l'appairage Bluetooth), essayez d'abord un autre câble et une autre prise. Si rien ne change, nous organiserons une réparation.	TKT-00081
INT-000148	chat	49	2023-12-20 13:52:15	9.5	12.00	2023-12-20 14:01:45	1	Suivi de commande : suivi du colis non mis à jour	Bonjour, j'ai un problème : suivi du colis non mis à jour	TKT-00082
INT-000149	chat	17	2023-12-20 19:21:03	4.9	32.00	2023-12-20 19:25:57	1	Frage zur Abrechnung: Erstattung noch nicht erhalten	Hallo, ist jemand da? Es geht um meinen Plattenspieler.	TKT-00083
INT-000150	phone	17	2023-12-20 19:35:18	5.6	15.00	2023-12-20 19:40:54	1	\N	\N	TKT-00083
INT-000151	chat	35	2023-12-22 08:47:11	9.8	39.00	2023-12-22 08:56:59	3	Problème de livraison : mauvais article livré	Bonjour, je vous contacte au sujet de mon amplificateur (mauvais article livré)	TKT-00084
INT-000152	phone	106	2023-12-22 15:35:41	5.0	64.00	2023-12-22 15:40:41	1	\N	\N	TKT-00085
INT-000153	phone	51	2023-12-23 16:46:21	3.4	31.00	2023-12-23 16:49:45	2	\N	\N	TKT-00086
INT-000154	phone	51	2023-12-23 16:56:40	2.6	30.00	2023-12-23 16:59:16	2	\N	\N	TKT-00086
INT-000155	phone	101	2023-12-24 14:14:48	6.2	36.00	2023-12-24 14:21:00	2	\N	\N	TKT-00087
INT-000156	chat	101	2023-12-24 14:25:53	7.1	44.00	2023-12-24 14:32:59	2	RMA request for my turntable	Hello, it's me again – the problem with my turntable is back	TKT-00087
INT-000157	phone	101	2023-12-24 14:55:49	5.4	34.00	2023-12-24 15:01:13	2	\N	\N	TKT-00087
INT-000158	phone	101	2023-12-24 15:19:36	9.4	183.00	2023-12-24 15:29:00	2	\N	\N	TKT-00087
INT-000159	phone	101	2023-12-24 15:42:49	10.0	30.00	2023-12-24 15:52:49	2	\N	\N	TKT-00087
INT-000160	phone	64	2023-12-27 10:03:51	3.7	38.00	2023-12-27 10:07:33	1	\N	\N	TKT-00088
INT-000161	phone	92	2023-12-28 08:40:57	2.7	60.00	2023-12-28 08:43:39	1	\N	\N	TKT-00089
INT-000162	email	63	2023-12-28 11:57:31	7.3	1.16	2023-12-28 12:04:49	3	My turntable order – change of delivery address	Hello, concerning the delivery of my turntable: change of delivery address. Can you tell me what happens next?	TKT-00090
INT-000163	email	63	2023-12-28 16:13:19	4.1	0.25	2023-12-28 16:17:25	3	Re: Order enquiry: change of delivery address	Hello, thank you for your patience. We have contacted the carrier about order ORD-631554 (change of delivery address) and will update you as soon as we hear back, usually within two working days.	TKT-00090
INT-000164	email	63	2023-12-28 16:56:45	15.4	0.57	2023-12-28 17:12:09	3	Re: My turntable order – change of delivery address	Hello, thank you for your reply. Unfortunately the parcel with my turntable has still not arrived, and the tracking has not changed since your last e-mail (change of delivery address).	TKT-00090
INT-000165	chat	13	2023-12-29 10:42:45	12.0	35.00	2023-12-29 10:54:45	3	Product information request: compatibility question	Hello, quick question about my turntable	TKT-00091
INT-000166	phone	70	2023-12-29 14:13:26	13.1	24.00	2023-12-29 14:26:32	2	\N	\N	TKT-00092
INT-000167	chat	66	2023-12-30 10:30:01	12.8	43.00	2023-12-30 10:42:49	1	Mécontentement : temps d'attente trop long	Bonjour, quelqu'un est disponible ? C'est au sujet de mon enceinte.	TKT-00093
INT-000168	chat	66	2023-12-30 14:25:09	12.2	41.00	2023-12-30 14:37:21	1	Réclamation concernant mon enceinte	Bonjour, un petit point sur mon dossier : temps d'attente trop long	TKT-00093
INT-000169	chat	115	2024-01-01 08:20:23	7.7	12.00	2024-01-01 08:28:05	3	Livraison de mon enceinte – commande toujours pas livrée	Bonjour, mon problème : commande toujours pas livrée	TKT-00094
INT-000170	chat	115	2024-01-01 09:38:34	11.7	54.00	2024-01-01 09:50:16	3	Ma commande : commande toujours pas livrée	Bonjour, je fais suite à ma demande précédente (commande toujours pas livrée)	TKT-00094
INT-000171	chat	115	2024-01-01 09:54:17	16.9	14.00	2024-01-01 10:11:11	3	Problème de livraison : commande toujours pas livrée	Bonjour, j'ai essayé ce que votre collègue m'a conseillé, mais le problème de mon enceinte persiste	TKT-00094
INT-000172	chat	115	2024-01-01 10:15:25	8.6	88.00	2024-01-01 10:24:01	3	Question sur l'expédition de mon enceinte	Bonjour, avez-vous du nouveau sur mon dossier ? (commande toujours pas livrée)	TKT-00094
INT-000173	phone	35	2024-01-02 10:57:05	7.0	242.00	2024-01-02 11:04:05	2	\N	\N	TKT-00096
INT-000174	phone	44	2024-01-02 12:38:06	6.0	31.00	2024-01-02 12:44:06	2	\N	\N	TKT-00097
INT-000175	email	80	2024-01-02 13:02:10	5.9	2.46	2024-01-02 13:08:04	2	Question sur l'expédition de mon casque	Bonjour, pourriez-vous m'aider avec la commande ORD-852641 ? Le problème : commande toujours pas livrée. Merci.	TKT-00095
INT-000176	email	80	2024-01-02 14:01:54	10.5	0.62	2024-01-02 14:12:24	2	RE : Livraison de mon casque – commande toujours pas livrée	Bonjour, le transporteur nous confirme que le colis contenant votre casque est de nouveau en route. Comptez deux à trois jours ouvrés pour la livraison. Veuillez nous excuser pour ce désagrément (commande toujours pas livrée).	TKT-00095
INT-000177	email	80	2024-01-02 15:56:10	5.7	0.53	2024-01-02 16:01:52	2	RE : Suivi de commande : commande toujours pas livrée	Bonjour, mon dernier message au sujet de la commande ORD-852641 date d'une semaine et rien n'a bougé (commande toujours pas livrée). Quand vais-je recevoir mon casque ?	TKT-00095
INT-000178	phone	58	2024-01-02 17:07:54	2.6	142.00	2024-01-02 17:10:30	2	\N	\N	TKT-00098
INT-000179	email	80	2024-01-02 17:33:56	5.9	0.69	2024-01-02 17:39:50	1	RE : Question sur l'expédition de mon casque	Bonjour, merci de votre patience. Nous avons contacté le transporteur au sujet de la commande ORD-852641 (commande toujours pas livrée) et reviendrons vers vous dès que possible, en général sous deux jours ouvrés.	TKT-00095
INT-000180	phone	99	2024-01-05 10:44:35	2.7	91.00	2024-01-05 10:47:17	3	\N	\N	TKT-00099
INT-000181	phone	99	2024-01-05 13:19:40	6.6	35.00	2024-01-05 13:26:16	3	\N	\N	TKT-00099
INT-000182	phone	102	2024-01-05 15:55:56	4.2	11.00	2024-01-05 16:00:08	3	\N	\N	TKT-00100
INT-000183	phone	32	2024-01-05 16:20:03	5.0	116.00	2024-01-05 16:25:03	1	\N	\N	TKT-00101
INT-000184	phone	32	2024-01-05 17:14:14	9.0	46.00	2024-01-05 17:23:14	1	\N	\N	TKT-00101
INT-000185	phone	32	2024-01-05 18:39:42	7.2	14.00	2024-01-05 18:46:54	1	\N	\N	TKT-00101
INT-000186	phone	16	2024-01-06 09:33:26	16.3	46.00	2024-01-06 09:49:44	3	\N	\N	TKT-00102
INT-000187	email	16	2024-01-06 11:47:20	18.5	1.20	2024-01-06 12:05:50	3	Re: Fault report for my amplifier: power or battery problem	Hello, we are sorry about the trouble with your amplifier. For this kind of fault (power or battery problem), please try a different cable and power socket first. If nothing changes, we will arrange a repair.	TKT-00102
INT-000188	chat	42	2024-01-08 11:44:58	6.1	8.00	2024-01-08 11:51:04	2	Störung bei meinem Verstärker	Guten Tag, mein Anliegen: verzerrter Klang	TKT-00103
INT-000189	phone	71	2024-01-08 12:37:20	26.3	8.00	2024-01-08 13:03:38	3	\N	\N	TKT-00104
INT-000190	phone	42	2024-01-08 12:39:09	4.5	41.00	2024-01-08 12:43:39	2	\N	\N	TKT-00103
INT-000191	phone	71	2024-01-08 13:14:35	16.8	14.00	2024-01-08 13:31:23	3	\N	\N	TKT-00104
INT-000192	chat	76	2024-01-10 10:41:05	13.5	11.00	2024-01-10 10:54:35	3	Shipping query: return label needed	Hi there – return label needed, can you help?	TKT-00105
INT-000193	chat	76	2024-01-10 13:54:08	25.4	7.00	2024-01-10 14:19:32	3	My turntable order – return label needed	Hi, I'm back: return label needed, still not sorted	TKT-00105
INT-000194	chat	76	2024-01-10 14:27:14	3.5	16.00	2024-01-10 14:30:44	3	Order enquiry: return label needed	Hello, following up on my earlier request (return label needed)	TKT-00105
INT-000195	phone	108	2024-01-11 17:33:00	6.4	25.00	2024-01-11 17:39:24	3	\N	\N	TKT-00106
INT-000196	phone	108	2024-01-11 19:01:04	23.1	140.00	2024-01-11 19:24:10	3	\N	\N	TKT-00106
INT-000197	chat	108	2024-01-11 19:40:44	7.9	7.00	2024-01-11 19:48:38	3	Question sur l'expédition de mon enceinte	Bonjour, j'ai toujours besoin d'aide pour mon enceinte (besoin d'une étiquette de retour)	TKT-00106
INT-000198	chat	75	2024-01-12 10:55:19	10.7	19.00	2024-01-12 11:06:01	2	Störung bei meinem Lautsprecher	Guten Tag, eine kurze Frage zu meinem Lautsprecher	TKT-00107
INT-000199	phone	17	2024-01-12 12:09:36	8.1	56.00	2024-01-12 12:17:42	2	\N	\N	TKT-00108
INT-000200	email	23	2024-01-15 08:48:58	3.8	17.41	2024-01-15 08:52:46	2	Technical issue (power or battery problem)	Hi there, is there a known fix for this problem with my headphones: power or battery problem? Thanks in advance.	TKT-00109
INT-000201	chat	68	2024-01-15 08:59:07	10.0	83.00	2024-01-15 09:09:07	2	Lieferproblem: Bestellung noch nicht geliefert	Guten Tag, eine kurze Frage zu meinem Kopfhörer	TKT-00110
INT-000202	chat	23	2024-01-15 09:57:50	26.7	10.00	2024-01-15 10:24:32	2	Problem with my headphones – power or battery problem	Hello, following up on my earlier request (power or battery problem)	TKT-00109
INT-000203	phone	25	2024-01-15 11:04:27	12.3	33.00	2024-01-15 11:16:45	2	\N	\N	TKT-00111
INT-000204	chat	4	2024-01-16 12:51:44	8.5	12.00	2024-01-16 13:00:14	3	Problem mit meinem Kopfhörer: Bluetooth-Kopplung schlägt fehl	Hallo, ich brauche Hilfe mit meinem Kopfhörer: Bluetooth-Kopplung schlägt fehl	TKT-00112
INT-000205	phone	35	2024-01-17 12:13:25	15.4	12.00	2024-01-17 12:28:49	1	\N	\N	TKT-00113
INT-000206	phone	35	2024-01-17 12:48:25	4.5	25.00	2024-01-17 12:52:55	1	\N	\N	TKT-00113
INT-000207	chat	35	2024-01-17 13:25:55	5.4	26.00	2024-01-17 13:31:19	1	Retour / réparation : demande de réparation sous garantie	Bonjour, c'est encore moi : le problème de mon enceinte est revenu	TKT-00113
INT-000208	phone	35	2024-01-17 15:17:53	8.5	35.00	2024-01-17 15:26:23	1	\N	\N	TKT-00113
INT-000209	phone	35	2024-01-17 17:11:36	16.9	7.00	2024-01-17 17:28:30	3	\N	\N	TKT-00113
INT-000210	email	72	2024-01-19 08:16:58	5.2	10.40	2024-01-19 08:22:10	1	Panne de mon casque : coupures de connexion fréquentes	Bonjour, existe-t-il une solution connue pour ce problème sur mon casque : coupures de connexion fréquentes ? Merci d'avance.	TKT-00114
INT-000211	email	72	2024-01-19 10:30:16	9.2	1.17	2024-01-19 10:39:28	1	RE : Demande d'aide – coupures de connexion fréquentes	Bonjour, merci de votre patience. Concernant votre casque (coupures de connexion fréquentes) : veuillez installer le dernier firmware, puis rétablir les paramètres d'usine. Tenez-nous au courant du résultat.	TKT-00114
INT-000212	phone	18	2024-01-19 14:35:23	7.7	9.00	2024-01-19 14:43:05	3	\N	\N	TKT-00115
INT-000213	chat	18	2024-01-19 17:51:44	21.0	9.00	2024-01-19 18:12:44	3	My headphones: no sound	Hi again, I contacted you earlier about my headphones	TKT-00115
INT-000214	email	51	2024-01-21 12:09:26	15.1	2.44	2024-01-21 12:24:32	1	Rechnung für meinen Verstärker	Guten Tag, zu meiner Bestellung ORD-122300 (Verstärker): Rechnung mit MwSt. für meine Firma. Könnten Sie das bitte prüfen?	TKT-00116
INT-000215	email	51	2024-01-21 14:30:24	4.2	1.57	2024-01-21 14:34:36	1	AW: Zahlung meiner Bestellung – Rechnung mit MwSt. für meine Firma	Guten Tag, danke für die Unterlagen. Ihr Anliegen (Rechnung mit MwSt. für meine Firma) wurde genehmigt, und die Buchung für Ihren Verstärker ist in unserem System korrigiert.	TKT-00116
INT-000216	chat	115	2024-01-21 15:07:20	8.6	154.00	2024-01-21 15:15:56	1	Question sur votre enceinte	Bonjour, je vous contacte au sujet de mon enceinte (disponibilité en stock)	TKT-00117
INT-000217	phone	22	2024-01-22 14:10:13	11.1	32.00	2024-01-22 14:21:19	2	\N	\N	TKT-00118
INT-000218	email	22	2024-01-22 18:11:54	7.7	0.36	2024-01-22 18:19:36	1	RE : Question de facturation : échec du paiement	Bonjour, merci pour les documents. Votre demande (échec du paiement) a été acceptée et la commande de votre enceinte a été corrigée dans notre système.	TKT-00118
INT-000219	phone	18	2024-01-25 14:54:19	7.9	22.00	2024-01-25 15:02:13	2	\N	\N	TKT-00119
INT-000220	chat	80	2024-01-26 16:06:17	9.2	52.00	2024-01-26 16:15:29	2	Demande d'information : choix du diamant ou de la cellule	Bonjour, quelqu'un est disponible ? C'est au sujet de mon casque.	TKT-00120
INT-000221	phone	75	2024-01-26 16:37:29	2.5	37.00	2024-01-26 16:39:59	1	\N	\N	TKT-00121
INT-000222	phone	79	2024-01-27 11:02:25	2.2	29.00	2024-01-27 11:04:37	3	\N	\N	TKT-00122
INT-000223	chat	2	2024-01-28 13:55:16	8.9	37.00	2024-01-28 14:04:10	3	Warranty claim for my amplifier	Hi there – warranty repair request, can you help?	TKT-00123
INT-000224	chat	2	2024-01-28 14:41:12	12.9	32.00	2024-01-28 14:54:06	3	Warranty claim for my amplifier	Hi, I tried what your colleague suggested, but the problem with my amplifier is still there	TKT-00123
INT-000225	chat	2	2024-01-28 15:15:11	11.9	72.00	2024-01-28 15:27:05	3	Warranty case for my amplifier: warranty repair request	Hello, any news on my case? (warranty repair request)	TKT-00123
INT-000226	chat	42	2024-01-30 17:54:11	3.7	22.00	2024-01-30 17:57:53	1	Frage zum Versand: Bestellung noch nicht geliefert	Guten Tag, mein Anliegen: Bestellung noch nicht geliefert	TKT-00124
INT-000227	chat	42	2024-01-30 19:36:46	8.7	30.00	2024-01-30 19:45:28	1	Frage zum Versand: Bestellung noch nicht geliefert	Hallo nochmal, ich hatte Sie vorhin schon zu meinem Plattenspieler kontaktiert	TKT-00124
INT-000228	email	6	2024-02-05 08:56:45	20.7	15.91	2024-02-05 09:17:27	2	Very disappointed – recurring fault	Hello, I wish to make a complaint: recurring fault. This is not the service I expect from your company.	TKT-00125
INT-000229	email	78	2024-02-05 18:15:58	3.5	0.43	2024-02-05 18:19:28	3	Escalation request: recurring fault	Hi, this is simply not acceptable. Complaint: recurring fault. I would like to speak to a manager.	TKT-00126
INT-000230	phone	78	2024-02-05 19:01:00	14.4	106.00	2024-02-05 19:15:24	3	\N	\N	TKT-00126
INT-000231	phone	20	2024-02-06 09:24:21	4.1	41.00	2024-02-06 09:28:27	2	\N	\N	TKT-00127
INT-000232	phone	20	2024-02-06 11:02:39	10.5	160.00	2024-02-06 11:13:09	2	\N	\N	TKT-00127
INT-000233	email	22	2024-02-06 14:01:27	10.1	1.84	2024-02-06 14:11:33	3	Demande d'aide – problème d'alimentation ou de batterie	Madame, Monsieur, le problème avec mon tourne-disque est le suivant : problème d'alimentation ou de batterie. J'ai suivi les étapes du mode d'emploi, sans résultat.	TKT-00128
INT-000234	chat	106	2024-02-08 09:32:41	3.7	23.00	2024-02-08 09:36:23	1	Problem mit meinem Kopfhörer: Bluetooth-Kopplung schlägt fehl	Guten Tag, mein Anliegen: Bluetooth-Kopplung schlägt fehl	TKT-00129
INT-000235	chat	87	2024-02-12 15:47:26	11.2	27.00	2024-02-12 15:58:38	3	Meine Bestellung (Kopfhörer) – Änderung der Lieferadresse	Hallo, ich brauche Hilfe mit meinem Kopfhörer: Änderung der Lieferadresse	TKT-00130
INT-000236	chat	64	2024-02-12 16:08:18	8.0	28.00	2024-02-12 16:16:18	1	Repair enquiry: collection for repair	Hello, I have an issue: collection for repair	TKT-00131
INT-000237	chat	64	2024-02-12 16:53:00	11.2	26.00	2024-02-12 17:04:12	1	Warranty case for my headphones: collection for repair	Hi again, I contacted you earlier about my headphones	TKT-00131
INT-000238	phone	87	2024-02-12 17:28:57	4.7	22.00	2024-02-12 17:33:39	2	\N	\N	TKT-00130
INT-000239	chat	64	2024-02-12 17:43:21	11.4	11.00	2024-02-12 17:54:45	1	Repair enquiry: collection for repair	Hello, it's me again – the problem with my headphones is back	TKT-00131
INT-000240	phone	64	2024-02-12 18:23:26	6.8	143.00	2024-02-12 18:30:14	1	\N	\N	TKT-00131
INT-000241	chat	64	2024-02-12 18:45:14	8.5	17.00	2024-02-12 18:53:44	1	Warranty claim for my headphones	Hello, following up on my earlier request (collection for repair)	TKT-00131
INT-000242	email	81	2024-02-13 17:30:44	11.2	0.96	2024-02-13 17:41:56	1	Warranty case for my speakers: warranty repair request	Hello, I would like to return my speakers under the warranty. Reason: warranty repair request. How should I proceed?	TKT-00132
INT-000243	phone	6	2024-02-15 12:44:13	6.3	49.00	2024-02-15 12:50:31	1	\N	\N	TKT-00133
INT-000244	phone	6	2024-02-15 17:36:53	7.8	36.00	2024-02-15 17:44:41	2	\N	\N	TKT-00133
INT-000245	chat	33	2024-02-16 13:39:26	4.6	17.00	2024-02-16 13:44:02	1	Frage zur Abrechnung: Bitte um eine Rechnung	Guten Tag, mein Anliegen: Bitte um eine Rechnung	TKT-00134
INT-000246	chat	33	2024-02-16 17:51:37	10.3	13.00	2024-02-16 18:01:55	1	Zahlung meiner Bestellung – Bitte um eine Rechnung	Hallo, ich bin es wieder – das Problem mit meinem Lautsprecher ist zurück	TKT-00134
INT-000247	phone	2	2024-02-20 08:43:40	15.2	46.00	2024-02-20 08:58:52	3	\N	\N	TKT-00135
INT-000248	phone	2	2024-02-20 10:23:35	10.2	94.00	2024-02-20 10:33:47	3	\N	\N	TKT-00135
INT-000249	phone	1	2024-02-21 09:11:51	23.0	25.00	2024-02-21 09:34:51	3	\N	\N	TKT-00136
INT-000250	chat	67	2024-02-22 17:19:24	7.5	23.00	2024-02-22 17:26:54	3	Service comptabilité : demande de facture	Bonjour, j'ai besoin d'aide avec mon enceinte : demande de facture	TKT-00137
INT-000251	phone	67	2024-02-22 17:56:52	14.1	115.00	2024-02-22 18:10:58	3	\N	\N	TKT-00137
INT-000252	email	51	2024-02-23 18:00:31	8.2	0.28	2024-02-23 18:08:43	3	Defekt an meinem Verstärker: Verbindung bricht ständig ab	Hallo, mein Verstärker funktioniert nicht mehr richtig. Das Problem: Verbindung bricht ständig ab. Muss ich das Gerät einschicken?	TKT-00138
INT-000253	email	51	2024-02-23 18:33:44	4.5	0.37	2024-02-23 18:38:14	3	AW: Defekt an meinem Verstärker: Verbindung bricht ständig ab	Guten Tag, danke für die Angaben. Wir konnten den Fehler (Verbindung bricht ständig ab) an einem Testgerät nachstellen; eine Korrektur für Ihren Verstärker ist im nächsten Firmware-Update enthalten.	TKT-00138
INT-000254	chat	78	2024-02-25 15:47:15	6.2	30.00	2024-02-25 15:53:27	2	Problem with the delivery of my headphones	Hi, I need help with my headphones: parts missing from the box	TKT-00139
INT-000255	phone	108	2024-02-26 13:44:10	9.6	17.00	2024-02-26 13:53:46	2	\N	\N	TKT-00140
INT-000256	phone	108	2024-02-26 18:13:40	10.5	35.00	2024-02-26 18:24:10	3	\N	\N	TKT-00140
INT-000257	phone	68	2024-02-28 08:52:54	8.8	26.00	2024-02-28 09:01:42	1	\N	\N	TKT-00141
INT-000258	phone	68	2024-02-28 09:40:28	12.2	117.00	2024-02-28 09:52:40	1	\N	\N	TKT-00141
INT-000259	phone	68	2024-02-28 13:56:03	7.4	9.00	2024-02-28 14:03:27	3	\N	\N	TKT-00141
INT-000260	email	119	2024-03-02 14:27:08	7.7	0.56	2024-03-02 14:34:50	1	Technical issue (distorted sound)	Hi, since yesterday I have had this issue with my speakers: distorted sound. What can I do?	TKT-00142
INT-000261	email	119	2024-03-02 15:27:49	7.6	0.47	2024-03-02 15:35:25	1	Re: Problem with my speakers – distorted sound	Hello, thank you for your message. To look into the problem with your speakers (distorted sound) more closely, could you send us the serial number and a short description of your setup?	TKT-00142
INT-000262	email	25	2024-03-03 14:28:33	3.2	1.47	2024-03-03 14:31:45	1	Technische Störung – verzerrter Klang	Hallo, mein Verstärker funktioniert nicht mehr richtig. Das Problem: verzerrter Klang. Muss ich das Gerät einschicken?	TKT-00143
INT-000263	email	25	2024-03-03 15:47:40	4.3	1.04	2024-03-03 15:51:58	1	AW: Defekt an meinem Verstärker: verzerrter Klang	Guten Tag, danke, dass Sie unsere Vorschläge ausprobiert haben. Da das Problem mit Ihrem Verstärker weiterhin besteht (verzerrter Klang), haben wir Ihren Fall an unser Technikteam weitergegeben, das sich innerhalb von zwei Werktagen bei Ihnen meldet.	TKT-00143
INT-000264	phone	47	2024-03-05 11:31:37	6.5	30.00	2024-03-05 11:38:07	3	\N	\N	TKT-00144
INT-000265	phone	19	2024-03-05 16:55:09	4.6	51.00	2024-03-05 16:59:45	2	\N	\N	TKT-00145
INT-000266	email	42	2024-03-06 11:49:28	7.2	2.50	2024-03-06 11:56:40	1	Reparaturanfrage für meinen Kopfhörer	Sehr geehrte Damen und Herren, es geht um meinen Kopfhörer: Bitte um ein Austauschgerät. Bitte teilen Sie mir mit, wie ich das Gerät einsenden kann.	TKT-00146
INT-000267	chat	42	2024-03-06 11:58:35	12.7	97.00	2024-03-06 12:11:17	1	Garantiefall: Bitte um ein Austauschgerät	Guten Tag, gibt es Neuigkeiten zu meinem Fall? (Bitte um ein Austauschgerät)	TKT-00146
INT-000268	email	74	2024-03-06 12:17:10	7.6	2.50	2024-03-06 12:24:46	1	Livraison de mon tourne-disque – commande toujours pas livrée	Bonjour, j'ai commandé mon tourne-disque la semaine dernière et il y a un problème : commande toujours pas livrée. Numéro de commande : ORD-382394.	TKT-00147
INT-000269	email	42	2024-03-06 13:08:53	10.1	0.96	2024-03-06 13:18:59	1	AW: Gewährleistung – Bitte um ein Austauschgerät	Guten Tag, können Sie mir den Stand der Reparatur an meinem Kopfhörer mitteilen? Ich habe das Gerät vor zwei Wochen eingeschickt (Bitte um ein Austauschgerät).	TKT-00146
INT-000270	phone	42	2024-03-06 13:24:17	11.6	318.00	2024-03-06 13:35:53	1	\N	\N	TKT-00146
INT-000271	chat	61	2024-03-06 13:58:16	2.6	77.00	2024-03-06 14:00:52	1	Problem mit der Lieferung: falscher Artikel geliefert	Hallo, ich habe eine Frage zu meinem Lautsprecher (falscher Artikel geliefert)	TKT-00148
INT-000272	email	74	2024-03-06 14:34:25	12.0	2.03	2024-03-06 14:46:25	1	RE : Question sur l'expédition de mon tourne-disque	Bonjour, nous sommes désolés pour ce problème de livraison de votre tourne-disque (commande toujours pas livrée). Pourriez-vous nous envoyer une photo du colis et du bon de livraison ?	TKT-00147
INT-000273	email	42	2024-03-06 15:52:49	5.5	2.28	2024-03-06 15:58:19	1	AW: RMA-Anfrage zu meinem Kopfhörer	Hallo, danke für das Austauschgerät. Leider zeigt es denselben Fehler (Bitte um ein Austauschgerät). Was soll ich jetzt tun?	TKT-00146
INT-000274	email	103	2024-03-07 08:31:51	3.3	15.00	2024-03-07 08:35:09	1	Fault report for my headphones: hum or crackling noise	Hello, hum or crackling noise – this keeps happening with my headphones. I have reset the device twice already. Can you help me?	TKT-00149
INT-000275	phone	83	2024-03-07 09:38:15	7.4	10.00	2024-03-07 09:45:39	1	\N	\N	TKT-00150
INT-000276	phone	83	2024-03-07 11:41:26	7.5	13.00	2024-03-07 11:48:56	1	\N	\N	TKT-00150
INT-000277	phone	86	2024-03-13 13:33:56	12.9	22.00	2024-03-13 13:46:50	1	\N	\N	TKT-00151
INT-000278	chat	9	2024-03-14 15:45:55	8.7	6.00	2024-03-14 15:54:37	3	Problem with my turntable – bluetooth pairing fails	Hi there – bluetooth pairing fails, can you help?	TKT-00152
INT-000279	chat	9	2024-03-14 18:04:28	9.3	59.00	2024-03-14 18:13:46	3	Problem with my turntable – bluetooth pairing fails	Hi, I'm back: bluetooth pairing fails, still not sorted	TKT-00152
INT-000280	phone	78	2024-03-15 15:46:16	9.0	56.00	2024-03-15 15:55:16	2	\N	\N	TKT-00153
INT-000281	chat	78	2024-03-15 19:07:09	12.6	51.00	2024-03-15 19:19:45	3	Fault report for my speakers: power or battery problem	Hi, a quick update on my case: power or battery problem	TKT-00153
INT-000282	chat	46	2024-03-16 15:11:33	12.0	41.00	2024-03-16 15:23:33	2	My headphones: distorted sound	Good morning, my problem is: distorted sound	TKT-00154
INT-000283	phone	34	2024-03-16 16:09:24	8.4	15.00	2024-03-16 16:17:48	2	\N	\N	TKT-00155
INT-000284	phone	51	2024-03-19 11:59:54	6.4	27.00	2024-03-19 12:06:18	2	\N	\N	TKT-00156
INT-000285	phone	51	2024-03-19 16:43:36	4.5	22.00	2024-03-19 16:48:06	3	\N	\N	TKT-00156
INT-000286	phone	7	2024-03-21 13:50:52	6.2	15.00	2024-03-21 13:57:04	1	\N	\N	TKT-00157
INT-000287	phone	7	2024-03-21 16:16:43	8.2	5.00	2024-03-21 16:24:55	2	\N	\N	TKT-00157
INT-000288	chat	85	2024-03-22 13:03:21	21.8	14.00	2024-03-22 13:25:09	1	Unzufrieden mit Ihrem Service: Problem weiterhin ungelöst	Guten Tag, eine kurze Frage zu meinem Plattenspieler	TKT-00158
INT-000289	email	42	2024-03-25 19:26:32	5.4	0.76	2024-03-25 19:31:56	1	Gewährleistung – Anfrage zur Garantiereparatur	Hallo, das Gerät wurde mit der Bestellung ORD-373877 gekauft. Mein Anliegen: Anfrage zur Garantiereparatur. Vielen Dank im Voraus.	TKT-00159
INT-000290	email	42	2024-03-25 19:56:31	2.5	0.38	2024-03-25 19:59:01	1	AW: Reparaturanfrage für meinen Lautsprecher	Guten Tag, vielen Dank für Ihre Geduld. Wir haben einen Reparaturfall für Ihren Lautsprecher angelegt (Anfrage zur Garantiereparatur). Bitte senden Sie das Gerät mit einer Kopie der Rechnung zur Bestellung ORD-373877 und dem beigefügten Etikett ein.	TKT-00159
INT-000291	email	60	2024-03-29 14:19:17	6.0	0.40	2024-03-29 14:25:17	2	Question sur l'expédition de mon tourne-disque	Bonjour, pourriez-vous m'aider avec la commande ORD-735314 ? Le problème : commande toujours pas livrée. Merci.	TKT-00160
INT-000292	phone	46	2024-03-29 18:00:11	3.0	14.00	2024-03-29 18:03:11	1	\N	\N	TKT-00161
INT-000293	email	60	2024-03-29 19:48:40	8.6	0.26	2024-03-29 19:57:16	1	RE : Ma commande : commande toujours pas livrée	Bonjour, vous trouverez ci-joint une étiquette de retour prépayée pour la commande ORD-735314. Dès que le colis sera remis au transporteur, nous nous occuperons du reste (commande toujours pas livrée).	TKT-00160
INT-000294	chat	73	2024-04-01 09:14:46	14.8	35.00	2024-04-01 09:29:34	2	Réclamation concernant mon casque	Bonjour, mon problème : temps d'attente trop long	TKT-00162
INT-000295	chat	63	2024-04-01 12:18:11	14.1	35.00	2024-04-01 12:32:17	3	Return/repair: warranty repair request	Good morning, my problem is: warranty repair request	TKT-00163
INT-000296	phone	63	2024-04-01 14:21:48	12.5	55.00	2024-04-01 14:34:18	3	\N	\N	TKT-00163
INT-000297	chat	63	2024-04-01 15:15:12	15.2	16.00	2024-04-01 15:30:24	3	Return/repair: warranty repair request	Hello, any news on my case? (warranty repair request)	TKT-00163
INT-000298	chat	63	2024-04-01 16:04:05	5.2	68.00	2024-04-01 16:09:17	3	RMA request for my headphones	Hi, I'm getting back to you about my headphones	TKT-00163
INT-000299	email	53	2024-04-02 16:24:44	5.2	0.33	2024-04-02 16:29:56	1	Lieferproblem: Rücksendeetikett benötigt	Guten Tag, ich brauche Hilfe zu meiner Lieferung (Verstärker) – Rücksendeetikett benötigt. Über eine schnelle Antwort würde ich mich freuen.	TKT-00164
INT-000300	email	53	2024-04-02 17:11:53	5.0	0.33	2024-04-02 17:16:53	1	AW: Meine Bestellung (Verstärker) – Rücksendeetikett benötigt	Guten Tag, vielen Dank für Ihre Nachricht. Wir haben die Angaben zur Bestellung ORD-922739 aktualisiert (Rücksendeetikett benötigt) und unser Lager informiert. Sie erhalten eine Versandbestätigung für Ihren Verstärker.	TKT-00164
INT-000301	phone	53	2024-04-02 19:32:28	18.4	46.00	2024-04-02 19:50:52	1	\N	\N	TKT-00164
INT-000302	phone	35	2024-04-03 15:00:03	6.8	86.00	2024-04-03 15:06:51	1	\N	\N	TKT-00165
INT-000303	phone	35	2024-04-03 17:38:17	9.3	43.00	2024-04-03 17:47:35	1	\N	\N	TKT-00165
INT-000304	chat	104	2024-04-04 08:04:44	5.7	65.00	2024-04-04 08:10:26	2	Störung bei meinem Kopfhörer	Hallo, verzerrter Klang – können Sie mir helfen?	TKT-00166
INT-000305	email	102	2024-04-05 13:16:08	6.1	0.56	2024-04-05 13:22:14	1	Störung bei meinem Kopfhörer	Guten Tag, ich habe Ihren Kopfhörer vor einigen Monaten gekauft und nun folgendes Problem: Bluetooth-Kopplung schlägt fehl. Gibt es dafür eine Lösung?	TKT-00167
INT-000306	phone	102	2024-04-05 18:28:24	20.1	22.00	2024-04-05 18:48:30	3	\N	\N	TKT-00167
INT-000307	email	108	2024-04-08 15:11:15	7.8	0.30	2024-04-08 15:19:03	2	Question avant achat : quel amplificateur pour mes enceintes	Bonjour, je compare plusieurs modèles et j'aurais besoin d'informations sur votre enceinte (quel amplificateur pour mes enceintes). Merci d'avance.	TKT-00168
INT-000308	email	89	2024-04-09 10:33:31	8.6	1.17	2024-04-09 10:42:07	2	Meine Bestellung (Kopfhörer) – Bestellung noch nicht geliefert	Sehr geehrte Damen und Herren, ich wende mich wegen eines Lieferproblems an Sie: Bestellung noch nicht geliefert. Die Bestellnummer lautet ORD-171213. Wie geht es nun weiter?	TKT-00169
INT-000309	email	89	2024-04-09 15:32:50	7.1	0.29	2024-04-09 15:39:56	2	AW: Problem mit der Lieferung: Bestellung noch nicht geliefert	Guten Tag, wir haben eine Ersatzlieferung für Ihren Kopfhörer veranlasst. Die neue Sendungsnummer erhalten Sie in einer separaten E-Mail. Bestellnummer: ORD-171213.	TKT-00169
INT-000310	phone	119	2024-04-11 16:36:12	6.2	74.00	2024-04-11 16:42:24	2	\N	\N	TKT-00170
INT-000311	phone	6	2024-04-11 17:26:50	14.0	21.00	2024-04-11 17:40:50	3	\N	\N	TKT-00171
INT-000312	phone	6	2024-04-12 12:01:22	4.1	28.00	2024-04-12 12:05:28	1	\N	\N	TKT-00172
INT-000313	phone	6	2024-04-12 15:25:48	9.9	66.00	2024-04-12 15:35:42	1	\N	\N	TKT-00172
INT-000314	phone	79	2024-04-15 10:45:10	18.1	209.00	2024-04-15 11:03:16	3	\N	\N	TKT-00173
INT-000315	phone	79	2024-04-15 13:41:49	7.1	181.00	2024-04-15 13:48:55	3	\N	\N	TKT-00173
INT-000316	chat	38	2024-04-15 16:04:11	6.0	44.00	2024-04-15 16:10:11	1	Technische Störung – kein Ton	Hallo, ist jemand da? Es geht um meinen Kopfhörer.	TKT-00174
INT-000317	email	50	2024-04-15 19:15:49	3.3	0.52	2024-04-15 19:19:07	1	Problem mit meinem Verstärker: verzerrter Klang	Hallo, mein Verstärker funktioniert nicht mehr richtig. Das Problem: verzerrter Klang. Muss ich das Gerät einschicken?	TKT-00175
INT-000318	chat	50	2024-04-15 19:23:48	5.8	68.00	2024-04-15 19:29:36	1	Defekt an meinem Verstärker: verzerrter Klang	Guten Tag, ich melde mich noch einmal: verzerrter Klang, immer noch nicht gelöst	TKT-00175
INT-000319	phone	91	2024-04-16 09:39:44	7.6	737.00	2024-04-16 09:47:20	3	\N	\N	TKT-00176
INT-000320	phone	91	2024-04-16 10:17:57	15.1	306.00	2024-04-16 10:33:03	3	\N	\N	TKT-00176
INT-000321	email	75	2024-04-16 11:59:31	10.7	2.50	2024-04-16 12:10:13	3	Anliegen an die Buchhaltung: doppelte Abbuchung	Guten Tag, mein Anliegen betrifft die Bestellung ORD-307134: doppelte Abbuchung. Ich freue mich auf Ihre Antwort.	TKT-00177
INT-000322	chat	16	2024-04-16 13:35:52	17.8	15.00	2024-04-16 13:53:40	1	Complaint: long waiting time	Hello, I have an issue: long waiting time	TKT-00178
INT-000323	chat	16	2024-04-16 13:58:28	15.2	80.00	2024-04-16 14:13:40	1	Formal complaint regarding my speakers	Hi, I tried what your colleague suggested, but the problem with my speakers is still there	TKT-00178
INT-000324	email	75	2024-04-16 15:36:45	9.8	1.42	2024-04-16 15:46:33	3	AW: Anliegen an die Buchhaltung: doppelte Abbuchung	Guten Tag, bitte entschuldigen Sie die Unannehmlichkeiten (doppelte Abbuchung). Ein zu Unrecht abgebuchter Betrag für die Bestellung ORD-307134 wird innerhalb von 5 bis 10 Werktagen auf Ihr ursprüngliches Zahlungsmittel erstattet.	TKT-00177
INT-000325	email	75	2024-04-16 16:54:08	4.4	0.82	2024-04-16 16:58:32	1	AW: Frage zur Abrechnung: doppelte Abbuchung	Guten Tag, das Dokument habe ich erhalten, danke. Der Betrag für meinen Kopfhörer stimmt aber nicht. Könnten Sie ihn bitte korrigieren (doppelte Abbuchung)?	TKT-00177
INT-000326	phone	12	2024-04-16 18:33:30	22.5	164.00	2024-04-16 18:56:00	1	\N	\N	TKT-00179
INT-000327	email	90	2024-04-17 10:36:13	11.6	2.50	2024-04-17 10:47:49	1	Frage zum Versand: Sendungsverfolgung nicht aktualisiert	Sehr geehrte Damen und Herren, ich wende mich wegen eines Lieferproblems an Sie: Sendungsverfolgung nicht aktualisiert. Die Bestellnummer lautet ORD-798665. Wie geht es nun weiter?	TKT-00180
INT-000328	email	59	2024-04-17 15:15:07	7.1	1.47	2024-04-17 15:22:13	2	Order for my amplifier: charged twice	Hello, regarding order ORD-152987 for my amplifier: charged twice. Could you please look into this?	TKT-00181
INT-000329	email	90	2024-04-17 16:23:12	5.6	0.78	2024-04-17 16:28:48	2	AW: Lieferproblem: Sendungsverfolgung nicht aktualisiert	Guten Tag, anbei erhalten Sie ein vorfrankiertes Rücksendeetikett für die Bestellung ORD-798665. Sobald das Paket beim Versanddienstleister ist, kümmern wir uns um den Rest (Sendungsverfolgung nicht aktualisiert).	TKT-00180
INT-000330	email	59	2024-04-17 18:46:20	8.4	1.14	2024-04-17 18:54:44	2	Re: Payment issue with my amplifier order	Hello, thank you for the documents. Your request (charged twice) has been approved, and the booking for your amplifier has been corrected in our system.	TKT-00181
INT-000331	phone	92	2024-04-18 09:06:11	5.1	14.00	2024-04-18 09:11:17	1	\N	\N	TKT-00182
INT-000332	email	92	2024-04-18 14:52:19	3.6	0.38	2024-04-18 14:55:55	1	Re: Problem with the delivery of my amplifier	Hello, thank you for your message. We have updated the details of order ORD-740024 (order not delivered yet) and informed our warehouse. You will receive a shipping confirmation for your amplifier.	TKT-00182
INT-000333	chat	102	2024-04-19 17:40:06	5.2	6.00	2024-04-19 17:45:18	2	Lieferproblem: Sendungsverfolgung nicht aktualisiert	Hallo, ich brauche Hilfe mit meinem Kopfhörer: Sendungsverfolgung nicht aktualisiert	TKT-00183
INT-000334	email	65	2024-04-22 10:30:08	5.0	20.50	2024-04-22 10:35:08	2	Technical issue (firmware update failed)	Dear support team, the fault with my headphones is: firmware update failed. I followed the steps in the manual, but nothing changed.	TKT-00184
INT-000335	email	117	2024-04-22 10:30:10	4.7	2.70	2024-04-22 10:34:52	1	Beschwerde zu meinem Verstärker	Guten Tag, das ist für mich nicht akzeptabel. Beschwerde: Problem weiterhin ungelöst. Ich möchte mit einer Führungskraft sprechen.	TKT-00185
INT-000336	email	65	2024-04-22 12:38:33	5.8	1.43	2024-04-22 12:44:21	2	Re: Help needed: firmware update failed on my headphones	Hello, we are sorry about the trouble with your headphones. For this kind of fault (firmware update failed), please try a different cable and power socket first. If nothing changes, we will arrange a repair.	TKT-00184
INT-000337	email	117	2024-04-22 14:34:10	4.5	0.69	2024-04-22 14:38:40	1	AW: Beschwerde: Problem weiterhin ungelöst	Guten Tag, vielen Dank für Ihre Nachricht, und bitte entschuldigen Sie. Wir haben Ihre Beschwerde (Problem weiterhin ungelöst) an die Teamleitung weitergeleitet, die sich innerhalb von zwei Werktagen bei Ihnen meldet.	TKT-00185
INT-000338	phone	48	2024-04-22 17:06:30	4.6	37.00	2024-04-22 17:11:06	1	\N	\N	TKT-00186
INT-000339	phone	48	2024-04-22 18:41:04	7.1	13.00	2024-04-22 18:48:10	3	\N	\N	TKT-00186
INT-000340	phone	107	2024-04-23 08:27:27	8.7	460.00	2024-04-23 08:36:09	3	\N	\N	TKT-00187
INT-000341	phone	24	2024-04-24 08:12:43	11.3	20.00	2024-04-24 08:24:01	3	\N	\N	TKT-00188
INT-000342	phone	24	2024-04-24 09:05:39	13.5	526.00	2024-04-24 09:19:09	3	\N	\N	TKT-00188
INT-000343	phone	24	2024-04-24 10:23:03	20.8	283.00	2024-04-24 10:43:51	3	\N	\N	TKT-00188
INT-000344	email	24	2024-04-24 12:59:50	4.6	2.23	2024-04-24 13:04:26	3	AW: Rücksendung/Reparatur: Stand der Reparatur	Guten Tag, vielen Dank für Ihre Nachricht. Ein Kurier holt Ihren Kopfhörer in den nächsten drei Werktagen ab. Bitte verpacken Sie das Gerät sicher, am besten im Originalkarton (Stand der Reparatur).	TKT-00188
INT-000345	phone	24	2024-04-24 13:24:48	9.5	17.00	2024-04-24 13:34:18	3	\N	\N	TKT-00188
INT-000346	phone	15	2024-04-25 14:54:49	6.4	39.00	2024-04-25 15:01:13	2	\N	\N	TKT-00189
INT-000347	chat	106	2024-04-29 11:32:28	6.6	58.00	2024-04-29 11:39:04	2	Informationen zum Kopfhörer: Frage zur Kompatibilität	Hallo, ich habe eine Frage zu meinem Kopfhörer (Frage zur Kompatibilität)	TKT-00190
INT-000348	phone	65	2024-04-29 15:56:08	6.5	110.00	2024-04-29 16:02:38	2	\N	\N	TKT-00191
INT-000349	phone	65	2024-04-29 17:09:41	8.0	57.00	2024-04-29 17:17:41	3	\N	\N	TKT-00191
INT-000350	chat	70	2024-04-30 12:04:01	3.4	28.00	2024-04-30 12:07:25	2	Defekt an meinem Lautsprecher: Problem mit Akku oder Stromversorgung	Hallo, ich brauche Hilfe mit meinem Lautsprecher: Problem mit Akku oder Stromversorgung	TKT-00192
INT-000351	phone	17	2024-04-30 18:23:04	7.6	97.00	2024-04-30 18:30:40	3	\N	\N	TKT-00193
INT-000352	email	112	2024-05-05 10:26:07	13.8	1.79	2024-05-05 10:39:55	1	Paiement de ma commande – facture avec TVA pour mon entreprise	Bonjour, ma demande porte sur la commande ORD-868374 : facture avec TVA pour mon entreprise. Dans l'attente de votre réponse, je vous remercie.	TKT-00194
INT-000353	email	112	2024-05-05 13:48:27	2.3	0.38	2024-05-05 13:50:45	1	RE : Commande de mon enceinte : facture avec TVA pour mon entreprise	Bonjour, vous trouverez ci-joint la facture corrigée pour votre enceinte. S'il manque encore quelque chose concernant votre demande (facture avec TVA pour mon entreprise), il vous suffit de répondre à cet e-mail.	TKT-00194
INT-000354	phone	4	2024-05-06 09:09:55	10.9	102.00	2024-05-06 09:20:49	3	\N	\N	TKT-00195
INT-000355	phone	26	2024-05-06 11:07:34	8.6	11.00	2024-05-06 11:16:10	2	\N	\N	TKT-00196
INT-000356	phone	4	2024-05-06 13:38:31	7.5	176.00	2024-05-06 13:46:01	3	\N	\N	TKT-00195
INT-000357	phone	26	2024-05-06 16:08:30	13.1	126.00	2024-05-06 16:21:36	2	\N	\N	TKT-00196
INT-000358	phone	49	2024-05-09 17:50:40	25.6	187.00	2024-05-09 18:16:16	2	\N	\N	TKT-00197
INT-000359	email	49	2024-05-09 19:40:20	3.2	0.74	2024-05-09 19:43:32	2	RE : Suivi de commande : changement d'adresse de livraison	Bonjour, nous sommes désolés pour ce problème de livraison de votre casque (changement d'adresse de livraison). Pourriez-vous nous envoyer une photo du colis et du bon de livraison ?	TKT-00197
INT-000360	chat	49	2024-05-11 16:42:01	4.1	54.00	2024-05-11 16:46:07	3	Panne de mon casque : son distordu	Bonjour, j'ai un problème : son distordu	TKT-00198
INT-000361	chat	49	2024-05-11 16:47:47	4.2	11.00	2024-05-11 16:51:59	3	Panne de mon casque : son distordu	Bonjour, j'ai toujours besoin d'aide pour mon casque (son distordu)	TKT-00198
INT-000362	email	45	2024-05-13 08:15:45	12.4	16.93	2024-05-13 08:28:09	2	Problème de livraison : mauvais article livré	Madame, Monsieur, je vous contacte pour un problème de livraison : mauvais article livré. La référence de commande est ORD-650296. Merci de m'indiquer la marche à suivre.	TKT-00199
INT-000363	email	45	2024-05-13 12:45:58	4.0	0.05	2024-05-13 12:49:58	2	RE : Question sur l'expédition de mon casque	Bonjour, vous trouverez ci-joint une étiquette de retour prépayée pour la commande ORD-650296. Dès que le colis sera remis au transporteur, nous nous occuperons du reste (mauvais article livré).	TKT-00199
INT-000364	chat	52	2024-05-18 13:53:52	9.0	27.00	2024-05-18 14:02:52	2	Problème avec mon enceinte : pas de son	Bonjour, pas de son, pouvez-vous m'aider ?	TKT-00200
INT-000365	email	78	2024-05-23 12:28:26	4.7	0.71	2024-05-23 12:33:08	3	Quick question about the headphones: stylus or cartridge recommendation	Hello, I am comparing several models and need some information on the headphones (stylus or cartridge recommendation). Thank you in advance.	TKT-00201
INT-000366	email	92	2024-05-25 11:54:39	2.8	0.77	2024-05-25 11:57:27	1	Quick question about the amplifier: which amplifier for my speakers	Good morning, I have a pre-sales question about the amplifier: which amplifier for my speakers. Which model would you recommend?	TKT-00202
INT-000367	email	48	2024-05-27 11:09:39	4.5	1.90	2024-05-27 11:14:09	3	Escalation request: issue still unresolved	Hi, this is simply not acceptable. Complaint: issue still unresolved. I would like to speak to a manager.	TKT-00203
INT-000368	phone	5	2024-05-27 11:51:50	12.7	117.00	2024-05-27 12:04:32	3	\N	\N	TKT-00204
INT-000369	phone	5	2024-05-27 16:29:03	7.9	56.00	2024-05-27 16:36:57	2	\N	\N	TKT-00204
INT-000370	email	48	2024-05-27 16:57:19	2.9	1.81	2024-05-27 17:00:13	2	Re: Dissatisfied customer: issue still unresolved	Hello, we have reviewed your case (issue still unresolved) in detail. We understand your frustration and will replace your speakers free of charge. A new device will be sent within three working days.	TKT-00203
INT-000371	email	78	2024-05-28 09:00:41	11.4	9.59	2024-05-28 09:12:05	3	My amplifier: distorted sound	Good morning, I bought the amplifier from you a few months ago and now have the following problem: distorted sound. Is there a fix for this?	TKT-00205
INT-000372	phone	120	2024-05-28 10:42:45	7.1	15.00	2024-05-28 10:49:51	2	\N	\N	TKT-00206
INT-000373	phone	120	2024-05-28 13:34:08	8.7	84.00	2024-05-28 13:42:50	2	\N	\N	TKT-00206
INT-000374	phone	87	2024-05-29 09:37:38	5.4	59.00	2024-05-29 09:43:02	1	\N	\N	TKT-00207
INT-000375	phone	65	2024-06-01 09:24:21	13.3	81.00	2024-06-01 09:37:39	3	\N	\N	TKT-00208
INT-000376	phone	65	2024-06-01 14:14:03	17.5	46.00	2024-06-01 14:31:33	3	\N	\N	TKT-00208
INT-000377	phone	74	2024-06-02 11:18:47	13.9	169.00	2024-06-02 11:32:41	3	\N	\N	TKT-00209
INT-000378	phone	72	2024-06-03 08:29:43	8.3	28.00	2024-06-03 08:38:01	2	\N	\N	TKT-00210
INT-000379	phone	72	2024-06-03 09:23:55	16.2	39.00	2024-06-03 09:40:07	2	\N	\N	TKT-00210
INT-000380	email	26	2024-06-03 12:54:02	8.1	0.40	2024-06-03 13:02:08	2	Panne de mon amplificateur : pas de son	Madame, Monsieur, le problème avec mon amplificateur est le suivant : pas de son. J'ai suivi les étapes du mode d'emploi, sans résultat.	TKT-00211
INT-000381	chat	26	2024-06-03 14:47:31	11.8	32.00	2024-06-03 14:59:19	3	Panne de mon amplificateur : pas de son	Bonjour, je reviens vers vous : pas de son, toujours pas réglé	TKT-00211
INT-000382	chat	113	2024-06-04 14:25:19	15.5	35.00	2024-06-04 14:40:49	1	Commande de mon tourne-disque : demande de facture	Bonjour, j'ai un problème : demande de facture	TKT-00212
INT-000383	chat	113	2024-06-04 16:21:26	19.5	8.00	2024-06-04 16:40:56	1	Service comptabilité : demande de facture	Re-bonjour, j'ai déjà pris contact avec vous au sujet de mon tourne-disque	TKT-00212
INT-000384	phone	24	2024-06-05 08:46:03	10.8	28.00	2024-06-05 08:56:51	3	\N	\N	TKT-00213
INT-000385	email	103	2024-06-05 12:46:34	7.9	0.31	2024-06-05 12:54:28	1	Problem with my speakers – no sound	Hi, since yesterday I have had this issue with my speakers: no sound. What can I do?	TKT-00214
INT-000386	phone	103	2024-06-05 14:32:42	3.9	15.00	2024-06-05 14:36:36	1	\N	\N	TKT-00214
INT-000387	phone	39	2024-06-06 08:14:10	9.4	149.00	2024-06-06 08:23:34	2	\N	\N	TKT-00215
INT-000388	email	62	2024-06-06 10:22:26	7.9	0.87	2024-06-06 10:30:20	2	Question sur votre casque	Bonjour, je compare plusieurs modèles et j'aurais besoin d'informations sur votre casque (question de compatibilité). Merci d'avance.	TKT-00216
INT-000389	chat	69	2024-06-06 16:01:08	5.5	107.00	2024-06-06 16:06:38	1	Delivery issue: wrong item delivered	Hello, I have an issue: wrong item delivered	TKT-00217
INT-000390	email	51	2024-06-07 10:09:56	4.5	1.17	2024-06-07 10:14:26	2	Reklamation: zu lange Wartezeit	Guten Tag, ich möchte mich beschweren: zu lange Wartezeit. Das ist nicht der Service, den ich von Ihrem Unternehmen erwarte.	TKT-00218
INT-000391	chat	51	2024-06-07 12:37:16	6.4	24.00	2024-06-07 12:43:40	2	Sehr enttäuscht – zu lange Wartezeit	Guten Tag, ein kurzes Update zu meinem Fall: zu lange Wartezeit	TKT-00218
INT-000392	phone	46	2024-06-07 17:42:31	8.6	583.00	2024-06-07 17:51:07	1	\N	\N	TKT-00219
INT-000393	phone	46	2024-06-07 19:07:23	9.9	67.00	2024-06-07 19:17:17	1	\N	\N	TKT-00219
INT-000394	email	24	2024-06-09 10:05:21	6.9	15.60	2024-06-09 10:12:15	2	Reparaturanfrage für meinen Lautsprecher	Hallo, ich schreibe Ihnen wegen der Reparatur an meinem Lautsprecher (Anfrage zur Garantiereparatur). Bestellnummer: ORD-359492.	TKT-00220
INT-000395	email	24	2024-06-09 11:00:09	4.9	0.10	2024-06-09 11:05:03	2	AW: Reparaturanfrage für meinen Lautsprecher	Guten Tag, um Ihre Anfrage (Anfrage zur Garantiereparatur) zu bearbeiten, benötigen wir den Kaufbeleg und die Seriennummer des Geräts. Könnten Sie uns beides zusenden?	TKT-00220
INT-000396	phone	24	2024-06-09 11:52:48	9.2	17.00	2024-06-09 12:02:00	2	\N	\N	TKT-00220
INT-000397	email	24	2024-06-09 12:23:54	9.1	0.09	2024-06-09 12:33:00	2	AW: Gewährleistung – Anfrage zur Garantiereparatur	Guten Tag, Ihr Lautsprecher ist in unserem Servicecenter eingegangen, und die Reparatur läuft. Wir informieren Sie, sobald das Gerät wieder auf dem Weg zu Ihnen ist.	TKT-00220
INT-000398	email	24	2024-06-09 12:51:07	10.0	0.24	2024-06-09 13:01:07	2	AW: Reparaturanfrage für meinen Lautsprecher	Guten Tag, können Sie mir den Stand der Reparatur an meinem Lautsprecher mitteilen? Ich habe das Gerät vor zwei Wochen eingeschickt (Anfrage zur Garantiereparatur).	TKT-00220
INT-000399	chat	10	2024-06-10 12:04:53	8.7	20.00	2024-06-10 12:13:35	2	Panne de mon tourne-disque : échec de la mise à jour du firmware	Bonjour, échec de la mise à jour du firmware, pouvez-vous m'aider ?	TKT-00221
INT-000400	chat	10	2024-06-10 16:04:25	4.3	61.00	2024-06-10 16:08:43	3	Dysfonctionnement : échec de la mise à jour du firmware	Bonjour, un petit point sur mon dossier : échec de la mise à jour du firmware	TKT-00221
INT-000401	email	35	2024-06-11 14:51:43	11.2	0.34	2024-06-11 15:02:55	2	Mécontentement : panne à répétition	Madame, Monsieur, je vous écris pour me plaindre de la situation suivante : panne à répétition. Je souhaite que ma demande soit transmise à un responsable.	TKT-00222
INT-000402	email	35	2024-06-11 16:24:14	3.1	0.39	2024-06-11 16:27:20	3	RE : Grande déception – panne à répétition	Bonjour, nous sommes sincèrement désolés de votre expérience avec votre casque. À titre de geste commercial, nous vous proposons un bon d'achat pour votre prochaine commande. Merci de nous indiquer si vous l'acceptez.	TKT-00222
INT-000403	chat	40	2024-06-12 11:07:38	9.3	10.00	2024-06-12 11:16:56	3	Assistance technique pour mon amplificateur	Bonjour, échec de la mise à jour du firmware, pouvez-vous m'aider ?	TKT-00223
INT-000404	chat	40	2024-06-12 11:45:02	11.4	8.00	2024-06-12 11:56:26	3	Problème avec mon amplificateur : échec de la mise à jour du firmware	Bonjour, j'ai encore une question sur mon amplificateur	TKT-00223
INT-000405	chat	50	2024-06-13 08:03:24	10.9	24.00	2024-06-13 08:14:18	1	Störung bei meinem Lautsprecher	Hallo, Bluetooth-Kopplung schlägt fehl – können Sie mir helfen?	TKT-00224
INT-000406	chat	50	2024-06-13 13:44:19	12.7	12.00	2024-06-13 13:57:01	1	Technische Störung – Bluetooth-Kopplung schlägt fehl	Guten Tag, ein kurzes Update zu meinem Fall: Bluetooth-Kopplung schlägt fehl	TKT-00224
INT-000407	email	17	2024-06-17 11:40:14	6.4	2.50	2024-06-17 11:46:38	3	Garantiefall: Rücksendegenehmigung benötigt	Guten Tag, ich möchte einen Garantiefall für meinen Kopfhörer melden: Rücksendegenehmigung benötigt. Die ursprüngliche Bestellung war ORD-495459.	TKT-00225
INT-000408	chat	17	2024-06-17 11:48:41	8.1	63.00	2024-06-17 11:56:47	3	RMA-Anfrage zu meinem Kopfhörer	Guten Tag, ein kurzes Update zu meinem Fall: Rücksendegenehmigung benötigt	TKT-00225
INT-000409	phone	5	2024-06-17 12:06:03	3.9	65.00	2024-06-17 12:09:57	2	\N	\N	TKT-00226
INT-000410	chat	120	2024-06-17 12:16:05	6.1	34.00	2024-06-17 12:22:11	1	Sehr enttäuscht – unzufrieden mit der Reparatur	Hallo, unzufrieden mit der Reparatur – können Sie mir helfen?	TKT-00227
INT-000411	phone	5	2024-06-17 13:18:27	10.7	44.00	2024-06-17 13:29:09	2	\N	\N	TKT-00226
INT-000412	email	17	2024-06-17 13:51:05	5.3	1.33	2024-06-17 13:56:23	3	AW: Garantiefall: Rücksendegenehmigung benötigt	Guten Tag, ich melde mich erneut wegen meines Falls (Rücksendegenehmigung benötigt). Seit Ihrer letzten E-Mail habe ich nichts mehr zu meinem Kopfhörer gehört. Wie ist der aktuelle Stand?	TKT-00225
INT-000413	chat	120	2024-06-17 13:52:06	14.0	58.00	2024-06-17 14:06:06	1	Sehr enttäuscht – unzufrieden mit der Reparatur	Hallo nochmal, ich hatte Sie vorhin schon zu meinem Lautsprecher kontaktiert	TKT-00227
INT-000414	email	17	2024-06-17 14:35:09	7.9	0.42	2024-06-17 14:43:03	3	AW: Reparaturanfrage für meinen Kopfhörer	Guten Tag, vielen Dank für Ihre Geduld. Wir haben einen Reparaturfall für Ihren Kopfhörer angelegt (Rücksendegenehmigung benötigt). Bitte senden Sie das Gerät mit einer Kopie der Rechnung zur Bestellung ORD-495459 und dem beigefügten Etikett ein.	TKT-00225
INT-000415	chat	17	2024-06-17 15:23:07	9.7	46.00	2024-06-17 15:32:49	1	Garantiefall: Rücksendegenehmigung benötigt	Hallo, ich bin es wieder – das Problem mit meinem Kopfhörer ist zurück	TKT-00225
INT-000416	chat	98	2024-06-18 14:35:46	6.6	36.00	2024-06-18 14:42:22	3	Warranty claim for my headphones	Hello, quick question about my headphones	TKT-00229
INT-000417	email	1	2024-06-18 14:56:45	3.7	0.62	2024-06-18 15:00:27	2	Demande d'information : quel amplificateur pour mes enceintes	Bonjour, petite question sur votre casque : quel amplificateur pour mes enceintes. Où puis-je trouver plus de détails ?	TKT-00228
INT-000418	chat	98	2024-06-18 18:03:53	9.1	24.00	2024-06-18 18:12:59	1	Warranty claim for my headphones	Hello, I still need help with my headphones (replacement unit request)	TKT-00229
INT-000419	chat	98	2024-06-18 18:55:18	9.6	158.00	2024-06-18 19:04:54	1	Warranty claim for my headphones	Hi again, I contacted you earlier about my headphones	TKT-00229
INT-000420	chat	98	2024-06-18 19:31:53	15.5	24.00	2024-06-18 19:47:23	1	Repair enquiry: replacement unit request	Hello, it's me again – the problem with my headphones is back	TKT-00229
INT-000421	chat	119	2024-06-19 13:59:23	5.4	23.00	2024-06-19 14:04:47	2	Billing query: invoice request	Hi, is anyone available? It's about my speakers.	TKT-00230
INT-000422	chat	119	2024-06-19 15:26:28	5.4	9.00	2024-06-19 15:31:52	2	Billing query: invoice request	Hello, following up on my earlier request (invoice request)	TKT-00230
INT-000423	email	49	2024-06-19 15:55:26	8.1	1.01	2024-06-19 16:03:32	1	Suivi de commande : commande toujours pas livrée	Bonjour, pourriez-vous m'aider avec la commande ORD-748605 ? Le problème : commande toujours pas livrée. Merci.	TKT-00231
INT-000424	chat	49	2024-06-19 17:39:25	6.6	55.00	2024-06-19 17:46:01	2	Question sur l'expédition de mon enceinte	Bonjour, je vous recontacte au sujet de mon enceinte	TKT-00231
INT-000425	email	49	2024-06-19 18:41:12	7.4	0.32	2024-06-19 18:48:36	2	RE : Suivi de commande : commande toujours pas livrée	Bonjour, j'attends toujours la confirmation d'expédition que vous m'avez annoncée pour mon enceinte. Pourriez-vous vérifier à nouveau la commande ORD-748605 ?	TKT-00231
INT-000426	email	7	2024-06-21 09:53:48	4.7	0.21	2024-06-21 09:58:30	3	Beschwerde: zu lange Wartezeit	Hallo, das ist bereits meine dritte Nachricht zu meinem Verstärker. Grund meiner Beschwerde: zu lange Wartezeit. Bitte antworten Sie zeitnah.	TKT-00232
INT-000427	email	7	2024-06-21 11:26:11	7.7	1.14	2024-06-21 11:33:53	3	AW: Beschwerde zu meinem Verstärker	Guten Tag, bitte entschuldigen Sie vielmals die Unannehmlichkeiten. Wir nehmen Ihre Rückmeldung (zu lange Wartezeit) sehr ernst und haben sie mit dem zuständigen Team besprochen.	TKT-00232
INT-000428	email	54	2024-06-22 10:50:49	5.2	2.67	2024-06-22 10:56:01	3	Problem with the delivery of my amplifier	Dear support, I am contacting you about a delivery issue: tracking not updating. The order reference is ORD-905005. Please advise how to proceed.	TKT-00233
INT-000429	phone	97	2024-06-22 11:17:01	5.7	74.00	2024-06-22 11:22:43	3	\N	\N	TKT-00234
INT-000430	phone	54	2024-06-22 12:42:02	8.4	234.00	2024-06-22 12:50:26	3	\N	\N	TKT-00233
INT-000431	email	97	2024-06-22 14:00:24	4.0	1.04	2024-06-22 14:04:24	3	Re: Billing query: refund not received	Hello, we have forwarded your request (refund not received) to our accounts department. They will get back to you about order ORD-989732 within three working days.	TKT-00234
INT-000432	email	54	2024-06-22 14:31:20	6.1	0.77	2024-06-22 14:37:26	3	Re: Problem with the delivery of my amplifier	Hello, I dropped off the parcel at the post office this morning with your return label. Could you confirm when my amplifier reaches you? Order ORD-905005.	TKT-00233
INT-000433	email	54	2024-06-22 16:29:43	10.5	1.52	2024-06-22 16:40:13	3	Re: My amplifier order – tracking not updating	Hello, please find attached a prepaid return label for order ORD-905005. Once the parcel is with the carrier, we will take care of the rest (tracking not updating).	TKT-00233
INT-000434	email	6	2024-06-28 09:11:14	2.9	1.63	2024-06-28 09:14:08	2	Repair enquiry: collection for repair	Good afternoon, the device was bought with order ORD-177408. My request: collection for repair. Thank you in advance.	TKT-00235
INT-000435	email	6	2024-06-28 10:43:46	3.0	1.49	2024-06-28 10:46:46	2	Re: RMA request for my speakers	Hello, thank you for your message. A courier will collect your speakers within the next three working days. Please pack the device securely, ideally in the original box (collection for repair).	TKT-00235
INT-000436	email	6	2024-06-28 12:06:13	3.9	1.32	2024-06-28 12:10:07	2	Re: RMA request for my speakers	Hello, I am writing again about my case (collection for repair). I have not received any news about my speakers since your last e-mail. What is the current status?	TKT-00235
INT-000437	email	6	2024-06-28 12:59:53	8.1	0.82	2024-06-28 13:07:59	2	Re: Return/repair: collection for repair	Hello, thank you for your patience. We have opened a repair case for your speakers (collection for repair). Please send the device with a copy of the invoice for order ORD-177408, using the attached label.	TKT-00235
INT-000438	phone	6	2024-06-28 13:08:20	13.4	16.00	2024-06-28 13:21:44	2	\N	\N	TKT-00235
INT-000439	email	6	2024-06-28 14:02:32	3.8	0.68	2024-06-28 14:06:20	2	Re: Warranty claim for my speakers	Hello, to process your request (collection for repair), we need the proof of purchase and the serial number of your speakers. Could you please send us both?	TKT-00235
INT-000440	email	6	2024-06-28 15:05:47	3.7	0.99	2024-06-28 15:09:29	2	Re: Warranty claim for my speakers	Hi, as requested, here are the proof of purchase for order ORD-177408 and a photo of the serial number label on my speakers (see attachment).	TKT-00235
INT-000441	chat	1	2024-06-30 14:40:01	7.1	31.00	2024-06-30 14:47:07	2	Réclamation : problème toujours non résolu	Bonjour, mon problème : problème toujours non résolu	TKT-00236
INT-000442	chat	1	2024-06-30 15:37:18	5.4	15.00	2024-06-30 15:42:42	2	Réclamation : problème toujours non résolu	Bonjour, je vous recontacte au sujet de mon casque	TKT-00236
INT-000443	phone	77	2024-07-02 15:14:15	7.3	15.00	2024-07-02 15:21:33	3	\N	\N	TKT-00237
INT-000444	phone	77	2024-07-02 19:13:54	11.1	20.00	2024-07-02 19:25:00	3	\N	\N	TKT-00237
INT-000445	chat	109	2024-07-03 15:14:27	13.6	18.00	2024-07-03 15:28:03	3	Problem with my speakers – hum or crackling noise	Hello, I'm contacting you about my speakers (hum or crackling noise)	TKT-00238
INT-000446	chat	109	2024-07-03 18:25:01	4.3	34.00	2024-07-03 18:29:19	3	Technical issue (hum or crackling noise)	Hello, following up on my earlier request (hum or crackling noise)	TKT-00238
INT-000447	chat	7	2024-07-05 09:41:01	10.1	28.00	2024-07-05 09:51:07	2	Meine Bestellung (Lautsprecher) – Rücksendeetikett benötigt	Guten Tag, eine kurze Frage zu meinem Lautsprecher	TKT-00239
INT-000448	chat	7	2024-07-05 10:33:00	5.6	39.00	2024-07-05 10:38:36	2	Frage zum Versand: Rücksendeetikett benötigt	Hallo, entschuldigen Sie die erneute Störung – es geht noch um meinen Lautsprecher	TKT-00239
INT-000449	phone	17	2024-07-08 17:36:11	8.5	23.00	2024-07-08 17:44:41	2	\N	\N	TKT-00240
INT-000450	phone	17	2024-07-08 19:27:16	10.8	8.00	2024-07-08 19:38:04	1	\N	\N	TKT-00240
INT-000451	chat	26	2024-07-09 16:11:53	8.2	23.00	2024-07-09 16:20:05	1	Dysfonctionnement : pas de son	Bonjour, je vous contacte au sujet de mon casque (pas de son)	TKT-00241
INT-000452	email	76	2024-07-11 15:45:02	4.3	0.46	2024-07-11 15:49:20	1	Fault report for my amplifier: distorted sound	Good morning, I bought the amplifier from you a few months ago and now have the following problem: distorted sound. Is there a fix for this?	TKT-00242
INT-000453	phone	80	2024-07-11 16:47:52	5.0	190.00	2024-07-11 16:52:52	2	\N	\N	TKT-00243
INT-000454	email	80	2024-07-11 18:02:32	6.7	1.11	2024-07-11 18:09:14	2	RE : Service comptabilité : demande de facture	Bonjour, nous avons transmis votre demande (demande de facture) à notre service comptabilité, qui reviendra vers vous au sujet de la commande ORD-695306 sous trois jours ouvrés.	TKT-00243
INT-000455	email	76	2024-07-11 18:41:29	5.4	0.83	2024-07-11 18:46:53	2	Re: Help needed: distorted sound on my amplifier	Hello, our technicians have reviewed your case (distorted sound). Please remove the pairing with your amplifier on all your devices, restart the device and pair it again. This solves the issue in most cases.	TKT-00242
INT-000456	phone	94	2024-07-12 19:18:20	6.2	52.00	2024-07-12 19:24:32	1	\N	\N	TKT-00244
INT-000457	chat	94	2024-07-12 19:40:09	10.0	6.00	2024-07-12 19:50:09	1	Problem mit der Lieferung: Bestellung noch nicht geliefert	Hallo, ich bin es wieder – das Problem mit meinem Lautsprecher ist zurück	TKT-00244
INT-000458	phone	82	2024-07-17 10:41:17	12.0	333.00	2024-07-17 10:53:17	3	\N	\N	TKT-00245
INT-000459	phone	42	2024-07-24 17:57:21	12.9	41.00	2024-07-24 18:10:15	2	\N	\N	TKT-00246
INT-000460	phone	42	2024-07-24 18:17:58	5.7	60.00	2024-07-24 18:23:40	2	\N	\N	TKT-00246
INT-000461	phone	1	2024-07-27 11:35:38	11.6	110.00	2024-07-27 11:47:14	1	\N	\N	TKT-00247
INT-000462	phone	3	2024-07-28 15:53:24	2.0	10.00	2024-07-28 15:55:24	1	\N	\N	TKT-00248
INT-000463	phone	70	2024-07-29 13:51:33	3.6	5.00	2024-07-29 13:55:09	3	\N	\N	TKT-00249
INT-000464	phone	70	2024-07-29 19:44:53	3.9	102.00	2024-07-29 19:48:47	1	\N	\N	TKT-00249
INT-000465	phone	120	2024-07-30 08:52:43	17.7	17.00	2024-07-30 09:10:25	3	\N	\N	TKT-00250
INT-000466	phone	120	2024-07-30 13:00:01	13.5	72.00	2024-07-30 13:13:31	3	\N	\N	TKT-00250
INT-000467	phone	120	2024-07-30 14:03:50	11.9	13.00	2024-07-30 14:15:44	3	\N	\N	TKT-00250
INT-000468	phone	119	2024-08-01 11:42:31	13.4	3.00	2024-08-01 11:55:55	1	\N	\N	TKT-00251
INT-000469	phone	97	2024-08-06 14:36:57	4.5	239.00	2024-08-06 14:41:27	3	\N	\N	TKT-00252
INT-000470	phone	97	2024-08-06 15:06:39	7.7	22.00	2024-08-06 15:14:21	3	\N	\N	TKT-00252
INT-000471	phone	58	2024-08-07 09:35:35	6.9	35.00	2024-08-07 09:42:29	3	\N	\N	TKT-00253
INT-000472	chat	115	2024-08-08 19:11:52	8.3	25.00	2024-08-08 19:20:10	3	Réclamation : mauvaise expérience de livraison	Bonjour, quelqu'un est disponible ? C'est au sujet de mon tourne-disque.	TKT-00254
INT-000473	chat	115	2024-08-08 19:33:03	10.8	68.00	2024-08-08 19:43:51	3	Réclamation : mauvaise expérience de livraison	Bonjour, c'est encore moi : le problème de mon tourne-disque est revenu	TKT-00254
INT-000474	phone	67	2024-08-12 11:10:20	6.4	10.00	2024-08-12 11:16:44	2	\N	\N	TKT-00255
INT-000475	phone	112	2024-08-13 14:23:43	20.4	27.00	2024-08-13 14:44:07	3	\N	\N	TKT-00256
INT-000476	phone	112	2024-08-13 19:12:44	5.1	30.00	2024-08-13 19:17:50	3	\N	\N	TKT-00256
INT-000477	chat	6	2024-08-14 16:43:10	5.8	10.00	2024-08-14 16:48:58	2	Shipping query: change of delivery address	Hi, I need help with my turntable: change of delivery address	TKT-00257
INT-000478	chat	6	2024-08-14 17:08:25	15.1	2.00	2024-08-14 17:23:31	2	Shipping query: change of delivery address	Hello, sorry to bother you again about my turntable	TKT-00257
INT-000479	chat	6	2024-08-14 17:43:47	13.3	2.00	2024-08-14 17:57:05	2	My turntable order – change of delivery address	Hi, a quick update on my case: change of delivery address	TKT-00257
INT-000480	chat	41	2024-08-16 18:24:04	9.4	24.00	2024-08-16 18:33:28	2	Anliegen an die Buchhaltung: Erstattung noch nicht erhalten	Hallo, ich brauche Hilfe mit meinem Verstärker: Erstattung noch nicht erhalten	TKT-00258
INT-000481	email	41	2024-08-16 19:52:49	5.4	1.32	2024-08-16 19:58:13	2	AW: Zahlung meiner Bestellung – Erstattung noch nicht erhalten	Guten Tag, bitte entschuldigen Sie die Unannehmlichkeiten (Erstattung noch nicht erhalten). Ein zu Unrecht abgebuchter Betrag für die Bestellung ORD-813442 wird innerhalb von 5 bis 10 Werktagen auf Ihr ursprüngliches Zahlungsmittel erstattet.	TKT-00258
INT-000482	phone	110	2024-08-17 10:51:41	4.5	107.00	2024-08-17 10:56:11	1	\N	\N	TKT-00260
INT-000483	email	4	2024-08-17 12:22:21	9.6	2.50	2024-08-17 12:31:57	1	Störung bei meinem Kopfhörer	Hallo, mein Kopfhörer funktioniert nicht mehr richtig. Das Problem: Problem mit Akku oder Stromversorgung. Muss ich das Gerät einschicken?	TKT-00259
INT-000484	email	4	2024-08-17 16:43:47	8.3	1.43	2024-08-17 16:52:05	1	AW: Technische Störung – Problem mit Akku oder Stromversorgung	Guten Tag, unsere Techniker haben Ihren Fall geprüft (Problem mit Akku oder Stromversorgung). Bitte heben Sie die Kopplung mit Ihrem Kopfhörer auf allen Geräten auf, starten Sie das Gerät neu und koppeln Sie es erneut. Das behebt das Problem in den meisten Fällen.	TKT-00259
INT-000485	email	84	2024-08-18 11:20:39	8.1	1.68	2024-08-18 11:28:45	1	Order enquiry: order not delivered yet	Good morning, could you help me with order ORD-480074? The issue is: order not delivered yet. Thank you.	TKT-00261
INT-000486	phone	49	2024-08-18 14:40:26	4.6	326.00	2024-08-18 14:45:02	1	\N	\N	TKT-00262
INT-000487	phone	49	2024-08-18 15:25:57	6.7	159.00	2024-08-18 15:32:39	1	\N	\N	TKT-00262
INT-000488	phone	120	2024-08-20 09:04:25	13.8	112.00	2024-08-20 09:18:13	3	\N	\N	TKT-00263
INT-000489	phone	120	2024-08-20 11:48:49	4.0	116.00	2024-08-20 11:52:49	3	\N	\N	TKT-00263
INT-000490	phone	120	2024-08-20 12:43:42	13.5	13.00	2024-08-20 12:57:12	3	\N	\N	TKT-00263
INT-000491	phone	66	2024-08-23 08:43:18	14.2	71.00	2024-08-23 08:57:30	3	\N	\N	TKT-00264
INT-000492	phone	74	2024-08-23 15:58:21	9.8	13.00	2024-08-23 16:08:09	1	\N	\N	TKT-00265
INT-000493	phone	74	2024-08-23 18:11:31	8.0	80.00	2024-08-23 18:19:31	1	\N	\N	TKT-00265
INT-000494	chat	57	2024-08-25 14:36:08	20.2	51.00	2024-08-25 14:56:20	3	Question about my payment – vat invoice for my business	Hello, I'm contacting you about my amplifier (vat invoice for my business)	TKT-00266
INT-000495	email	57	2024-08-25 15:48:33	8.5	0.87	2024-08-25 15:57:03	3	Re: Payment issue with my amplifier order	Hello, we have forwarded your request (vat invoice for my business) to our accounts department. They will get back to you about order ORD-748111 within three working days.	TKT-00266
INT-000496	phone	12	2024-08-26 14:15:23	3.7	42.00	2024-08-26 14:19:05	2	\N	\N	TKT-00267
INT-000497	chat	35	2024-08-26 14:55:46	13.8	9.00	2024-08-26 15:09:34	1	Panne de mon enceinte : coupures de connexion fréquentes	Bonjour, j'ai un problème : coupures de connexion fréquentes	TKT-00268
INT-000498	phone	85	2024-08-26 16:12:11	6.3	36.00	2024-08-26 16:18:29	1	\N	\N	TKT-00269
INT-000499	chat	35	2024-08-26 16:31:18	11.3	26.00	2024-08-26 16:42:36	3	Demande d'aide – coupures de connexion fréquentes	Bonjour, j'ai essayé ce que votre collègue m'a conseillé, mais le problème de mon enceinte persiste	TKT-00268
INT-000500	phone	12	2024-08-26 19:31:11	4.1	41.00	2024-08-26 19:35:17	3	\N	\N	TKT-00267
INT-000501	chat	13	2024-08-27 14:55:38	7.0	25.00	2024-08-27 15:02:38	1	Payment issue with my speakers order	Hello, quick question about my speakers	TKT-00270
INT-000502	chat	13	2024-08-27 16:22:56	4.0	107.00	2024-08-27 16:26:56	1	Accounts enquiry: payment failed	Hello, following up on my earlier request (payment failed)	TKT-00270
INT-000503	chat	13	2024-08-27 17:00:22	5.1	48.00	2024-08-27 17:05:28	1	Billing query: payment failed	Hi, I tried what your colleague suggested, but the problem with my speakers is still there	TKT-00270
INT-000504	chat	25	2024-08-29 09:11:15	4.9	64.00	2024-08-29 09:16:09	2	Störung bei meinem Lautsprecher	Hallo, Bluetooth-Kopplung schlägt fehl – können Sie mir helfen?	TKT-00271
INT-000505	chat	25	2024-08-29 09:24:53	5.0	11.00	2024-08-29 09:29:53	2	Störung bei meinem Lautsprecher	Hallo nochmal, ich hatte Sie vorhin schon zu meinem Lautsprecher kontaktiert	TKT-00271
INT-000506	phone	100	2024-09-02 10:34:22	7.4	80.00	2024-09-02 10:41:46	2	\N	\N	TKT-00272
INT-000507	phone	9	2024-09-03 08:41:39	13.0	299.00	2024-09-03 08:54:39	2	\N	\N	TKT-00274
INT-000508	phone	92	2024-09-03 09:18:32	7.4	130.00	2024-09-03 09:25:56	2	\N	\N	TKT-00275
INT-000509	email	59	2024-09-03 10:30:21	5.6	16.89	2024-09-03 10:35:57	2	RMA request for my speakers	Good afternoon, the device was bought with order ORD-674489. My request: exchange for dead-on-arrival unit. Thank you in advance.	TKT-00273
INT-000510	phone	22	2024-09-03 11:34:59	2.3	226.00	2024-09-03 11:37:17	2	\N	\N	TKT-00276
INT-000511	phone	9	2024-09-03 12:55:37	14.4	877.00	2024-09-03 13:10:01	2	\N	\N	TKT-00274
INT-000512	phone	29	2024-09-07 15:04:04	8.1	35.00	2024-09-07 15:12:10	1	\N	\N	TKT-00277
INT-000513	phone	29	2024-09-07 15:20:04	12.1	29.00	2024-09-07 15:32:10	1	\N	\N	TKT-00277
INT-000514	phone	96	2024-09-09 11:17:21	7.7	11.00	2024-09-09 11:25:03	3	\N	\N	TKT-00278
INT-000515	phone	49	2024-09-09 15:35:54	1.7	27.00	2024-09-09 15:37:36	1	\N	\N	TKT-00279
INT-000516	chat	24	2024-09-10 15:08:03	6.3	18.00	2024-09-10 15:14:21	2	Defekt an meinem Kopfhörer: verzerrter Klang	Guten Tag, eine kurze Frage zu meinem Kopfhörer	TKT-00280
INT-000517	phone	40	2024-09-11 12:31:18	7.7	48.00	2024-09-11 12:39:00	2	\N	\N	TKT-00282
INT-000518	email	86	2024-09-11 13:10:43	8.2	2.50	2024-09-11 13:18:55	2	Problem mit meinem Lautsprecher: Problem mit Akku oder Stromversorgung	Hallo, Problem mit Akku oder Stromversorgung – das passiert bei meinem Lautsprecher immer wieder. Ich habe das Gerät schon zweimal zurückgesetzt. Können Sie mir helfen?	TKT-00281
INT-000519	email	86	2024-09-11 15:05:27	10.0	0.83	2024-09-11 15:15:27	2	AW: Störung bei meinem Lautsprecher	Guten Tag, es tut uns leid, dass Ihr Lautsprecher Probleme macht. Bei diesem Fehler (Problem mit Akku oder Stromversorgung) probieren Sie bitte zuerst ein anderes Kabel und eine andere Steckdose. Ändert sich nichts, veranlassen wir eine Reparatur.	TKT-00281
INT-000520	chat	84	2024-09-12 11:40:54	7.8	104.00	2024-09-12 11:48:42	2	Enquiry before buying: technical specifications	Hello, I'm contacting you about my turntable (technical specifications)	TKT-00283
INT-000521	phone	51	2024-09-13 10:28:53	11.0	41.00	2024-09-13 10:39:53	3	\N	\N	TKT-00284
INT-000522	phone	51	2024-09-13 11:20:23	7.4	162.00	2024-09-13 11:27:47	3	\N	\N	TKT-00284
INT-000523	phone	51	2024-09-13 12:41:24	7.6	18.00	2024-09-13 12:49:00	2	\N	\N	TKT-00284
INT-000524	phone	51	2024-09-13 15:09:43	6.0	47.00	2024-09-13 15:15:43	3	\N	\N	TKT-00284
INT-000525	chat	51	2024-09-13 16:00:12	14.9	57.00	2024-09-13 16:15:06	2	Rücksendung/Reparatur: Umtausch wegen Defekt bei Lieferung	Hallo, ich habe den Tipp Ihres Kollegen ausprobiert, aber das Problem mit meinem Lautsprecher besteht weiter	TKT-00284
INT-000526	phone	43	2024-09-16 09:36:08	15.6	95.00	2024-09-16 09:51:44	2	\N	\N	TKT-00285
INT-000527	chat	32	2024-09-17 11:57:40	11.1	15.00	2024-09-17 12:08:46	3	Suivi de commande : commande toujours pas livrée	Bonjour, quelqu'un est disponible ? C'est au sujet de mon amplificateur.	TKT-00286
INT-000528	chat	82	2024-09-18 09:31:09	20.9	38.00	2024-09-18 09:52:03	3	Fault report for my headphones: hum or crackling noise	Hi there – hum or crackling noise, can you help?	TKT-00287
INT-000529	chat	82	2024-09-18 11:07:14	19.3	22.00	2024-09-18 11:26:32	3	Problem with my headphones – hum or crackling noise	Hello, sorry to bother you again about my headphones	TKT-00287
INT-000530	chat	36	2024-09-20 16:20:16	5.3	14.00	2024-09-20 16:25:34	1	My speakers order – tracking not updating	Hello, quick question about my speakers	TKT-00288
INT-000531	phone	116	2024-09-23 11:32:11	12.9	78.00	2024-09-23 11:45:05	2	\N	\N	TKT-00289
INT-000532	phone	116	2024-09-23 12:13:23	9.0	27.00	2024-09-23 12:22:23	2	\N	\N	TKT-00289
INT-000533	phone	116	2024-09-23 15:08:51	6.0	33.00	2024-09-23 15:14:51	2	\N	\N	TKT-00289
INT-000534	email	116	2024-09-26 09:58:31	5.3	0.43	2024-09-26 10:03:49	1	Frage vor dem Kauf: passender Verstärker für meine Lautsprecher	Sehr geehrte Damen und Herren, können Sie mir bei einer Frage zum Lautsprecher helfen? Thema: passender Verstärker für meine Lautsprecher.	TKT-00290
INT-000535	chat	49	2024-10-03 11:24:08	3.3	40.00	2024-10-03 11:27:26	1	Question avant achat : disponibilité en stock	Bonjour, mon problème : disponibilité en stock	TKT-00291
INT-000536	chat	64	2024-10-03 18:21:39	7.4	26.00	2024-10-03 18:29:03	2	Payment issue with my headphones order	Hi, I need help with my headphones: charged twice	TKT-00292
INT-000537	chat	64	2024-10-03 19:41:48	8.6	12.00	2024-10-03 19:50:24	2	Question about my payment – charged twice	Hi, a quick update on my case: charged twice	TKT-00292
INT-000538	phone	3	2024-10-07 16:45:27	3.8	11.00	2024-10-07 16:49:15	3	\N	\N	TKT-00293
INT-000539	phone	3	2024-10-07 18:31:38	16.3	7.00	2024-10-07 18:47:56	3	\N	\N	TKT-00293
INT-000540	phone	16	2024-10-08 10:53:56	14.2	103.00	2024-10-08 11:08:08	3	\N	\N	TKT-00294
INT-000541	phone	16	2024-10-08 14:33:53	6.6	111.00	2024-10-08 14:40:29	1	\N	\N	TKT-00294
INT-000542	phone	111	2024-10-10 11:20:02	3.9	70.00	2024-10-10 11:23:56	1	\N	\N	TKT-00295
INT-000543	email	62	2024-10-11 16:30:48	6.7	1.00	2024-10-11 16:37:30	3	Problème avec mon casque : pas de son	Bonjour, pas de son : cela se reproduit régulièrement avec mon casque. J'ai déjà réinitialisé l'appareil deux fois. Pouvez-vous m'aider ?	TKT-00296
INT-000544	phone	62	2024-10-11 18:08:16	13.5	6.00	2024-10-11 18:21:46	3	\N	\N	TKT-00296
INT-000545	phone	88	2024-10-11 18:31:21	6.0	10.00	2024-10-11 18:37:21	3	\N	\N	TKT-00297
INT-000546	email	13	2024-10-12 10:01:52	5.4	1.79	2024-10-12 10:07:16	2	Warranty claim for my speakers	Hi, I am writing about the repair of my speakers (exchange for dead-on-arrival unit). Order reference: ORD-469630.	TKT-00298
INT-000547	phone	13	2024-10-12 10:14:33	7.9	73.00	2024-10-12 10:22:27	2	\N	\N	TKT-00298
INT-000548	email	13	2024-10-12 11:33:18	2.5	0.64	2024-10-12 11:35:48	2	Re: Return/repair: exchange for dead-on-arrival unit	Hi, as requested, here are the proof of purchase for order ORD-469630 and a photo of the serial number label on my speakers (see attachment).	TKT-00298
INT-000549	email	13	2024-10-12 13:11:04	5.0	0.72	2024-10-12 13:16:04	2	Re: RMA request for my speakers	Hello, our service centre has received your speakers, and the repair is in progress. We will let you know as soon as the device is on its way back to you.	TKT-00298
INT-000550	phone	13	2024-10-12 14:27:44	8.3	159.00	2024-10-12 14:36:02	2	\N	\N	TKT-00298
INT-000551	phone	67	2024-10-14 09:52:40	5.3	120.00	2024-10-14 09:57:58	2	\N	\N	TKT-00299
INT-000552	phone	76	2024-10-15 08:05:22	9.3	19.00	2024-10-15 08:14:40	2	\N	\N	TKT-00300
INT-000553	phone	87	2024-10-15 17:42:23	4.2	127.00	2024-10-15 17:46:35	3	\N	\N	TKT-00301
INT-000554	phone	87	2024-10-15 18:07:29	12.9	105.00	2024-10-15 18:20:23	3	\N	\N	TKT-00301
INT-000555	phone	73	2024-10-17 16:26:39	5.3	3.00	2024-10-17 16:31:57	2	\N	\N	TKT-00302
INT-000556	phone	73	2024-10-17 16:45:46	4.3	35.00	2024-10-17 16:50:04	2	\N	\N	TKT-00302
INT-000557	chat	39	2024-10-18 10:20:21	22.4	84.00	2024-10-18 10:42:45	3	Formal complaint regarding my speakers	Good morning, my problem is: recurring fault	TKT-00303
INT-000558	chat	39	2024-10-18 13:54:41	14.2	65.00	2024-10-18 14:08:53	3	Very disappointed – recurring fault	Hello, I still need help with my speakers (recurring fault)	TKT-00303
INT-000559	email	67	2024-10-24 17:40:11	8.1	0.23	2024-10-24 17:48:17	2	Ma commande : mauvais article livré	Bonjour, ma commande ORD-951627 (tourne-disque) pose problème : mauvais article livré. Pourriez-vous vérifier, s'il vous plaît ?	TKT-00304
INT-000560	email	47	2024-10-25 08:24:35	12.7	0.73	2024-10-25 08:37:17	3	Technical issue (distorted sound)	Dear support team, the fault with my turntable is: distorted sound. I followed the steps in the manual, but nothing changed.	TKT-00305
INT-000561	email	8	2024-10-28 08:22:17	6.1	6.24	2024-10-28 08:28:23	2	Beschwerde: zu lange Wartezeit	Guten Tag, ich möchte mich beschweren: zu lange Wartezeit. Das ist nicht der Service, den ich von Ihrem Unternehmen erwarte.	TKT-00306
INT-000562	email	8	2024-10-28 13:50:36	5.9	1.52	2024-10-28 13:56:30	2	AW: Beschwerde: zu lange Wartezeit	Guten Tag, vielen Dank für Ihre Nachricht, und bitte entschuldigen Sie. Wir haben Ihre Beschwerde (zu lange Wartezeit) an die Teamleitung weitergeleitet, die sich innerhalb von zwei Werktagen bei Ihnen meldet.	TKT-00306
INT-000563	phone	103	2024-10-31 12:47:05	13.8	21.00	2024-10-31 13:00:53	3	\N	\N	TKT-00307
INT-000564	phone	103	2024-10-31 13:44:50	12.4	101.00	2024-10-31 13:57:14	3	\N	\N	TKT-00307
INT-000565	email	103	2024-10-31 18:34:02	6.8	1.48	2024-10-31 18:40:50	3	Re: Order for my headphones: invoice request	Hello, thank you for your reply. Unfortunately my request (invoice request) for order ORD-301085 is still not resolved. Could you check again, please?	TKT-00307
INT-000566	phone	79	2024-10-31 19:20:54	8.9	9.00	2024-10-31 19:29:48	3	\N	\N	TKT-00308
INT-000567	chat	61	2024-11-01 09:35:45	10.6	36.00	2024-11-01 09:46:21	2	Produktanfrage: technische Daten	Hallo, technische Daten – können Sie mir helfen?	TKT-00309
INT-000568	chat	120	2024-11-03 13:15:36	9.7	10.00	2024-11-03 13:25:18	2	Technische Störung – Brummen oder Knistern	Hallo, ist jemand da? Es geht um meinen Lautsprecher.	TKT-00310
INT-000569	email	120	2024-11-03 15:47:48	3.4	1.25	2024-11-03 15:51:12	2	AW: Bitte um Hilfe: Brummen oder Knistern	Guten Tag, vielen Dank für Ihre Nachricht. Damit wir das Problem mit Ihrem Lautsprecher (Brummen oder Knistern) genauer prüfen können, senden Sie uns bitte die Seriennummer und eine kurze Beschreibung Ihres Aufbaus.	TKT-00310
INT-000570	email	6	2024-11-07 13:09:54	3.6	0.50	2024-11-07 13:13:30	2	Help needed: hum or crackling noise on my speakers	Hello, I am having a problem with my speakers: hum or crackling noise. I have already tried restarting the device. Could you please help?	TKT-00311
INT-000571	phone	6	2024-11-07 17:58:13	7.2	22.00	2024-11-07 18:05:25	3	\N	\N	TKT-00311
INT-000572	phone	56	2024-11-15 18:38:04	7.9	28.00	2024-11-15 18:45:58	1	\N	\N	TKT-00312
INT-000573	phone	56	2024-11-15 19:42:22	13.7	13.00	2024-11-15 19:56:04	1	\N	\N	TKT-00312
INT-000574	email	92	2024-11-16 14:25:29	11.0	1.30	2024-11-16 14:36:29	3	My speakers order – order not delivered yet	Good morning, could you help me with order ORD-815061? The issue is: order not delivered yet. Thank you.	TKT-00313
INT-000575	email	45	2024-11-18 10:18:09	6.0	2.21	2024-11-18 10:24:09	2	Assistance technique pour mon casque	Bonjour, pas de son : cela se reproduit régulièrement avec mon casque. J'ai déjà réinitialisé l'appareil deux fois. Pouvez-vous m'aider ?	TKT-00314
INT-000576	email	45	2024-11-18 11:19:45	4.9	0.33	2024-11-18 11:24:39	2	RE : Dysfonctionnement : pas de son	Bonjour, merci d'avoir essayé nos suggestions. Comme le problème persiste sur votre casque (pas de son), nous avons transmis votre dossier à notre équipe technique, qui vous répondra sous deux jours ouvrés.	TKT-00314
INT-000577	chat	9	2024-11-19 09:57:56	5.2	16.00	2024-11-19 10:03:08	3	Payment issue with my headphones order	Hello, I have an issue: payment failed	TKT-00315
INT-000578	chat	9	2024-11-19 10:32:39	8.0	112.00	2024-11-19 10:40:39	3	Question about my payment – payment failed	Hello, I still need help with my headphones (payment failed)	TKT-00315
INT-000579	phone	86	2024-11-20 13:48:01	10.2	10.00	2024-11-20 13:58:13	1	\N	\N	TKT-00316
INT-000580	phone	86	2024-11-20 18:55:12	11.2	18.00	2024-11-20 19:06:24	1	\N	\N	TKT-00316
INT-000581	phone	32	2024-11-25 15:38:24	9.1	88.00	2024-11-25 15:47:30	2	\N	\N	TKT-00317
INT-000582	email	90	2024-11-25 18:51:01	10.1	0.58	2024-11-25 19:01:07	3	Lieferproblem: Paket beschädigt angekommen	Hallo, ich habe letzte Woche einen Verstärker bestellt und es gibt ein Problem: Paket beschädigt angekommen. Bestellnummer: ORD-414424.	TKT-00318
INT-000583	email	13	2024-11-28 15:10:23	10.9	0.25	2024-11-28 15:21:17	3	Help needed: distorted sound on my speakers	Good morning, I bought the speakers from you a few months ago and now have the following problem: distorted sound. Is there a fix for this?	TKT-00319
INT-000584	phone	13	2024-11-28 16:57:52	21.7	58.00	2024-11-28 17:19:34	3	\N	\N	TKT-00319
INT-000585	phone	101	2024-11-29 10:13:20	12.7	60.00	2024-11-29 10:26:02	1	\N	\N	TKT-00320
INT-000586	phone	101	2024-11-29 11:02:23	5.0	374.00	2024-11-29 11:07:23	1	\N	\N	TKT-00320
INT-000587	chat	83	2024-11-29 17:55:55	7.3	123.00	2024-11-29 18:03:13	3	Frage zum Versand: Sendungsverfolgung nicht aktualisiert	Hallo, ich habe eine Frage zu meinem Lautsprecher (Sendungsverfolgung nicht aktualisiert)	TKT-00321
INT-000588	email	112	2024-12-02 11:54:05	7.9	0.93	2024-12-02 12:01:59	3	Commande de mon casque : demande de facture	Bonjour, j'ai constaté un problème lors du paiement de mon casque : demande de facture. Merci de m'indiquer la marche à suivre.	TKT-00322
INT-000589	chat	39	2024-12-02 13:39:49	13.9	127.00	2024-12-02 13:53:43	1	Help needed: connection keeps dropping on my speakers	Hi there – connection keeps dropping, can you help?	TKT-00323
INT-000590	chat	112	2024-12-02 14:06:40	11.3	33.00	2024-12-02 14:17:58	3	Paiement de ma commande – demande de facture	Bonjour, avez-vous du nouveau sur mon dossier ? (demande de facture)	TKT-00322
INT-000591	chat	39	2024-12-02 16:55:37	9.6	7.00	2024-12-02 17:05:13	1	Technical issue (connection keeps dropping)	Hello, it's me again – the problem with my speakers is back	TKT-00323
INT-000592	email	25	2024-12-04 15:28:33	13.9	1.12	2024-12-04 15:42:27	2	Technische Störung – Bluetooth-Kopplung schlägt fehl	Guten Tag, ich habe ein Problem mit meinem Kopfhörer: Bluetooth-Kopplung schlägt fehl. Ich habe das Gerät bereits neu gestartet. Können Sie mir bitte helfen?	TKT-00324
INT-000593	email	42	2024-12-05 09:19:09	6.9	12.43	2024-12-05 09:26:03	1	Problem mit der Lieferung: Änderung der Lieferadresse	Guten Tag, es geht um die Lieferung meiner Bestellung (Lautsprecher): Änderung der Lieferadresse. Was sind die nächsten Schritte?	TKT-00325
INT-000594	email	104	2024-12-05 09:39:19	8.7	0.95	2024-12-05 09:48:01	1	Defekt an meinem Kopfhörer: verzerrter Klang	Guten Tag, ich habe Ihren Kopfhörer vor einigen Monaten gekauft und nun folgendes Problem: verzerrter Klang. Gibt es dafür eine Lösung?	TKT-00326
INT-000595	phone	78	2024-12-06 12:20:18	6.8	6.00	2024-12-06 12:27:06	3	\N	\N	TKT-00327
INT-000596	phone	78	2024-12-06 13:51:18	6.8	19.00	2024-12-06 13:58:06	3	\N	\N	TKT-00327
INT-000597	chat	13	2024-12-09 09:35:26	13.0	41.00	2024-12-09 09:48:26	2	My speakers: connection keeps dropping	Hi, is anyone available? It's about my speakers.	TKT-00329
INT-000598	email	24	2024-12-09 09:37:57	5.0	1.44	2024-12-09 09:42:57	2	Reparaturanfrage für meinen Kopfhörer	Sehr geehrte Damen und Herren, es geht um meinen Kopfhörer: Stand der Reparatur. Bitte teilen Sie mir mit, wie ich das Gerät einsenden kann.	TKT-00328
INT-000599	email	24	2024-12-09 11:20:52	8.0	0.39	2024-12-09 11:28:52	2	AW: RMA-Anfrage zu meinem Kopfhörer	Guten Tag, um Ihre Anfrage (Stand der Reparatur) zu bearbeiten, benötigen wir den Kaufbeleg und die Seriennummer des Geräts. Könnten Sie uns beides zusenden?	TKT-00328
INT-000600	chat	13	2024-12-09 11:34:30	8.5	41.00	2024-12-09 11:43:00	2	Technical issue (connection keeps dropping)	Hi, I'm getting back to you about my speakers	TKT-00329
INT-000601	email	24	2024-12-09 13:05:27	3.6	1.41	2024-12-09 13:09:03	2	AW: Rücksendung/Reparatur: Stand der Reparatur	Hallo, wie gewünscht sende ich Ihnen den Kaufbeleg zur Bestellung ORD-613256 und ein Foto vom Typenschild an meinem Kopfhörer (siehe Anhang).	TKT-00328
INT-000602	phone	75	2024-12-10 14:42:59	6.5	4.00	2024-12-10 14:49:29	1	\N	\N	TKT-00330
INT-000603	phone	75	2024-12-10 14:52:39	6.8	35.00	2024-12-10 14:59:27	1	\N	\N	TKT-00330
INT-000604	phone	75	2024-12-10 15:31:28	9.8	127.00	2024-12-10 15:41:16	1	\N	\N	TKT-00330
INT-000605	chat	106	2024-12-16 09:51:43	6.4	121.00	2024-12-16 09:58:07	2	Frage zum Versand: Rücksendeetikett benötigt	Guten Tag, mein Anliegen: Rücksendeetikett benötigt	TKT-00331
INT-000606	phone	100	2024-12-16 16:48:54	22.4	50.00	2024-12-16 17:11:18	3	\N	\N	TKT-00332
INT-000607	phone	100	2024-12-16 19:25:11	10.6	59.00	2024-12-16 19:35:47	3	\N	\N	TKT-00332
INT-000608	phone	26	2024-12-17 12:00:55	8.3	53.00	2024-12-17 12:09:13	3	\N	\N	TKT-00333
INT-000609	phone	89	2024-12-17 13:05:19	12.0	27.00	2024-12-17 13:17:19	3	\N	\N	TKT-00334
INT-000610	phone	119	2024-12-17 14:10:12	7.0	5.00	2024-12-17 14:17:12	2	\N	\N	TKT-00335
INT-000611	phone	119	2024-12-17 15:39:43	16.6	16.00	2024-12-17 15:56:19	3	\N	\N	TKT-00335
INT-000612	chat	98	2024-12-23 08:26:22	17.3	67.00	2024-12-23 08:43:40	3	Delivery issue: tracking not updating	Hi there – tracking not updating, can you help?	TKT-00336
INT-000613	phone	116	2024-12-30 08:47:11	27.8	22.00	2024-12-30 09:14:59	2	\N	\N	TKT-00337
INT-000614	chat	12	2025-01-01 12:24:48	4.8	13.00	2025-01-01 12:29:36	1	Produktanfrage: Frage zur Kompatibilität	Guten Tag, eine kurze Frage zu meinem Lautsprecher	TKT-00338
INT-000615	phone	63	2025-01-03 14:32:13	10.5	11.00	2025-01-03 14:42:43	2	\N	\N	TKT-00339
INT-000616	phone	63	2025-01-03 14:56:41	6.2	48.00	2025-01-03 15:02:53	2	\N	\N	TKT-00339
INT-000617	chat	115	2025-01-05 13:09:29	13.5	107.00	2025-01-05 13:22:59	2	Dysfonctionnement : coupures de connexion fréquentes	Bonjour, mon problème : coupures de connexion fréquentes	TKT-00340
INT-000618	chat	115	2025-01-05 13:53:04	13.2	25.00	2025-01-05 14:06:16	2	Dysfonctionnement : coupures de connexion fréquentes	Bonjour, c'est encore moi : le problème de mon amplificateur est revenu	TKT-00340
INT-000619	phone	48	2025-01-09 08:59:54	20.3	170.00	2025-01-09 09:20:12	1	\N	\N	TKT-00341
INT-000620	phone	48	2025-01-09 10:40:43	7.5	87.00	2025-01-09 10:48:13	1	\N	\N	TKT-00341
INT-000621	phone	48	2025-01-09 12:07:37	4.6	28.00	2025-01-09 12:12:13	2	\N	\N	TKT-00341
INT-000622	phone	48	2025-01-09 13:12:27	8.0	36.00	2025-01-09 13:20:27	3	\N	\N	TKT-00341
INT-000623	phone	48	2025-01-09 13:48:42	20.2	8.00	2025-01-09 14:08:54	1	\N	\N	TKT-00341
INT-000624	phone	48	2025-01-09 14:19:16	11.8	13.00	2025-01-09 14:31:04	1	\N	\N	TKT-00341
INT-000625	chat	11	2025-01-10 09:18:23	7.0	80.00	2025-01-10 09:25:23	1	Dysfonctionnement : coupures de connexion fréquentes	Bonjour, mon problème : coupures de connexion fréquentes	TKT-00342
INT-000626	phone	41	2025-01-10 17:06:28	9.4	16.00	2025-01-10 17:15:52	3	\N	\N	TKT-00343
INT-000627	phone	41	2025-01-10 17:44:20	8.6	95.00	2025-01-10 17:52:56	3	\N	\N	TKT-00343
INT-000628	phone	41	2025-01-10 19:15:51	7.0	63.00	2025-01-10 19:22:51	2	\N	\N	TKT-00343
INT-000629	chat	59	2025-01-14 09:30:40	5.4	17.00	2025-01-14 09:36:04	3	Warranty claim for my headphones	Hi, I need help with my headphones: repair status update	TKT-00344
INT-000630	chat	59	2025-01-14 13:03:16	15.2	48.00	2025-01-14 13:18:28	3	RMA request for my headphones	Hi, I'm getting back to you about my headphones	TKT-00344
INT-000631	phone	59	2025-01-14 14:10:44	9.5	33.00	2025-01-14 14:20:14	3	\N	\N	TKT-00344
INT-000632	phone	51	2025-01-15 15:37:12	9.1	11.00	2025-01-15 15:46:18	2	\N	\N	TKT-00345
INT-000633	phone	51	2025-01-15 17:51:29	11.9	13.00	2025-01-15 18:03:23	2	\N	\N	TKT-00345
INT-000634	phone	117	2025-01-16 15:49:04	14.5	53.00	2025-01-16 16:03:34	2	\N	\N	TKT-00346
INT-000635	phone	117	2025-01-16 16:24:39	2.9	8.00	2025-01-16 16:27:33	2	\N	\N	TKT-00346
INT-000636	chat	75	2025-01-17 08:21:43	15.6	37.00	2025-01-17 08:37:19	3	Beschwerde zu meinem Kopfhörer	Guten Tag, mein Anliegen: zu lange Wartezeit	TKT-00347
INT-000637	email	6	2025-01-20 09:58:34	8.9	0.84	2025-01-20 10:07:28	2	Warranty claim for my speakers	Good afternoon, the device was bought with order ORD-158904. My request: repair status update. Thank you in advance.	TKT-00348
INT-000638	phone	6	2025-01-20 10:58:22	5.4	153.00	2025-01-20 11:03:46	2	\N	\N	TKT-00348
INT-000639	email	6	2025-01-20 11:58:15	5.4	0.71	2025-01-20 12:03:39	1	Re: Warranty case for my speakers: repair status update	Hello, thanks for your reply. I have packed my speakers in the original box. When exactly will the courier come to collect the parcel?	TKT-00348
INT-000640	phone	6	2025-01-20 12:38:58	14.5	263.00	2025-01-20 12:53:28	2	\N	\N	TKT-00348
INT-000641	email	18	2025-01-20 14:51:09	9.2	0.81	2025-01-20 15:00:21	1	My headphones order – return label needed	Good morning, could you help me with order ORD-256850? The issue is: return label needed. Thank you.	TKT-00349
INT-000642	phone	18	2025-01-20 17:26:21	4.0	14.00	2025-01-20 17:30:21	1	\N	\N	TKT-00349
INT-000643	chat	18	2025-01-20 19:48:31	7.0	29.00	2025-01-20 19:55:31	3	Delivery issue: return label needed	Hi, I'm getting back to you about my headphones	TKT-00349
INT-000644	phone	64	2025-01-21 08:18:07	8.9	35.00	2025-01-21 08:27:01	3	\N	\N	TKT-00350
INT-000645	chat	64	2025-01-21 13:07:37	14.2	77.00	2025-01-21 13:21:49	3	Technical issue (firmware update failed)	Hello, it's me again – the problem with my headphones is back	TKT-00350
INT-000646	chat	119	2025-01-21 17:04:11	9.5	37.00	2025-01-21 17:13:41	1	My amplifier: connection keeps dropping	Hello, quick question about my amplifier	TKT-00351
INT-000647	chat	98	2025-01-22 11:46:07	6.9	6.00	2025-01-22 11:53:01	3	Delivery issue: parcel arrived damaged	Hi, is anyone available? It's about my headphones.	TKT-00352
INT-000648	chat	98	2025-01-22 17:05:48	6.4	16.00	2025-01-22 17:12:12	1	Shipping query: parcel arrived damaged	Hello, sorry to bother you again about my headphones	TKT-00352
INT-000649	email	111	2025-01-23 10:30:00	7.2	0.29	2025-01-23 10:37:12	1	Shipping query: wrong item delivered	Hi, I ordered the speakers last week and there is a problem (wrong item delivered). My order number is ORD-328626.	TKT-00353
INT-000650	email	111	2025-01-23 13:09:31	6.3	0.75	2025-01-23 13:15:49	3	Re: Problem with the delivery of my speakers	Hello, thank you for your message. We have updated the details of order ORD-328626 (wrong item delivered) and informed our warehouse. You will receive a shipping confirmation for your speakers.	TKT-00353
INT-000651	phone	110	2025-01-24 15:08:44	10.0	79.00	2025-01-24 15:18:44	1	\N	\N	TKT-00354
INT-000652	email	111	2025-01-24 18:51:48	4.2	0.70	2025-01-24 18:56:00	3	Order enquiry: order not delivered yet	Good morning, could you help me with order ORD-516669? The issue is: order not delivered yet. Thank you.	TKT-00355
INT-000653	email	111	2025-01-24 19:48:31	5.7	0.87	2025-01-24 19:54:13	3	Re: Problem with the delivery of my headphones	Hello, we are sorry about the problem with the delivery of your headphones (order not delivered yet). Could you please send us a photo of the parcel and of the delivery note?	TKT-00355
INT-000654	phone	111	2025-01-24 19:54:29	3.3	14.00	2025-01-24 19:57:47	3	\N	\N	TKT-00355
INT-000655	email	102	2025-01-27 17:54:41	5.6	0.35	2025-01-27 18:00:17	3	Rücksendung/Reparatur: Stand der Reparatur	Guten Tag, ich möchte einen Garantiefall für meinen Kopfhörer melden: Stand der Reparatur. Die ursprüngliche Bestellung war ORD-344596.	TKT-00356
INT-000656	chat	102	2025-01-27 18:04:58	11.1	8.00	2025-01-27 18:16:04	3	Garantiefall: Stand der Reparatur	Hallo, ich brauche immer noch Hilfe mit meinem Kopfhörer (Stand der Reparatur)	TKT-00356
INT-000657	email	102	2025-01-27 19:16:54	8.3	0.30	2025-01-27 19:25:12	3	AW: Gewährleistung – Stand der Reparatur	Guten Tag, ich melde mich erneut wegen meines Falls (Stand der Reparatur). Seit Ihrer letzten E-Mail habe ich nichts mehr zu meinem Kopfhörer gehört. Wie ist der aktuelle Stand?	TKT-00356
INT-000658	phone	79	2025-01-29 11:01:06	6.4	20.00	2025-01-29 11:07:30	3	\N	\N	TKT-00357
INT-000659	phone	11	2025-01-29 15:39:29	8.1	34.00	2025-01-29 15:47:35	3	\N	\N	TKT-00358
INT-000660	phone	11	2025-01-29 16:58:43	6.2	7.00	2025-01-29 17:04:55	3	\N	\N	TKT-00358
INT-000661	phone	35	2025-01-30 17:33:58	11.6	25.00	2025-01-30 17:45:34	3	\N	\N	TKT-00359
INT-000662	phone	35	2025-01-30 18:09:21	8.2	23.00	2025-01-30 18:17:33	2	\N	\N	TKT-00359
INT-000663	phone	35	2025-01-30 18:34:16	3.5	56.00	2025-01-30 18:37:46	2	\N	\N	TKT-00359
INT-000664	phone	35	2025-01-30 18:42:11	3.5	41.00	2025-01-30 18:45:41	2	\N	\N	TKT-00359
INT-000665	phone	35	2025-01-30 18:56:43	6.9	38.00	2025-01-30 19:03:37	2	\N	\N	TKT-00359
INT-000666	phone	35	2025-01-30 19:06:26	11.4	3.00	2025-01-30 19:17:50	2	\N	\N	TKT-00359
INT-000667	email	20	2025-01-30 19:36:47	5.7	0.43	2025-01-30 19:42:29	2	Dysfonctionnement : pas de son	Bonjour, j'ai acheté votre tourne-disque il y a quelques mois et j'ai maintenant ce problème : pas de son. Existe-t-il une solution ?	TKT-00360
INT-000668	email	20	2025-01-30 19:57:29	2.0	0.25	2025-01-30 19:59:29	2	RE : Dysfonctionnement : pas de son	Bonjour, merci de votre patience. Concernant votre tourne-disque (pas de son) : veuillez installer le dernier firmware, puis rétablir les paramètres d'usine. Tenez-nous au courant du résultat.	TKT-00360
INT-000669	email	97	2025-02-04 08:52:44	10.3	2.50	2025-02-04 09:03:02	3	Complaint: issue still unresolved	Hello, this is my third message about my turntable. Reason for my complaint: issue still unresolved. Please respond promptly.	TKT-00361
INT-000670	email	97	2025-02-04 11:27:28	16.6	0.26	2025-02-04 11:44:04	3	Re: Formal complaint regarding my turntable	Hello, please accept our sincere apologies for the inconvenience. We have taken your feedback (issue still unresolved) seriously and discussed it with the team concerned.	TKT-00361
INT-000671	phone	51	2025-02-08 10:55:47	7.5	18.00	2025-02-08 11:03:17	3	\N	\N	TKT-00362
INT-000672	phone	51	2025-02-08 12:33:39	17.2	14.00	2025-02-08 12:50:51	3	\N	\N	TKT-00362
INT-000673	email	111	2025-02-11 09:18:21	7.7	1.47	2025-02-11 09:26:03	3	My speakers order – tracking not updating	Dear support, I am contacting you about a delivery issue: tracking not updating. The order reference is ORD-966709. Please advise how to proceed.	TKT-00363
INT-000674	phone	22	2025-02-11 17:15:12	6.7	10.00	2025-02-11 17:21:54	1	\N	\N	TKT-00364
INT-000675	phone	38	2025-02-17 11:08:09	4.4	52.00	2025-02-17 11:12:33	2	\N	\N	TKT-00365
INT-000676	chat	100	2025-02-18 09:21:00	14.4	97.00	2025-02-18 09:35:24	2	Assistance technique pour mon casque	Bonjour, j'ai un problème : problème d'alimentation ou de batterie	TKT-00366
INT-000677	phone	115	2025-02-19 11:14:23	8.4	24.00	2025-02-19 11:22:47	3	\N	\N	TKT-00367
INT-000678	phone	115	2025-02-19 11:57:02	6.9	9.00	2025-02-19 12:03:56	1	\N	\N	TKT-00367
INT-000679	phone	115	2025-02-19 13:09:27	10.6	47.00	2025-02-19 13:20:03	2	\N	\N	TKT-00367
INT-000680	phone	115	2025-02-19 15:55:27	5.7	16.00	2025-02-19 16:01:09	2	\N	\N	TKT-00367
INT-000681	email	120	2025-02-20 12:00:59	4.4	0.85	2025-02-20 12:05:23	1	Zahlungsfrage: Bitte um eine Rechnung	Guten Tag, mein Anliegen betrifft die Bestellung ORD-211985: Bitte um eine Rechnung. Ich freue mich auf Ihre Antwort.	TKT-00368
INT-000682	email	120	2025-02-20 16:43:01	6.9	0.47	2025-02-20 16:49:55	2	AW: Rechnung für meinen Kopfhörer	Guten Tag, bitte entschuldigen Sie die Unannehmlichkeiten (Bitte um eine Rechnung). Ein zu Unrecht abgebuchter Betrag für die Bestellung ORD-211985 wird innerhalb von 5 bis 10 Werktagen auf Ihr ursprüngliches Zahlungsmittel erstattet.	TKT-00368
INT-000683	email	60	2025-02-24 09:44:42	4.3	0.28	2025-02-24 09:49:00	3	Question de facturation : double prélèvement	Bonjour, ma demande porte sur la commande ORD-270199 : double prélèvement. Dans l'attente de votre réponse, je vous remercie.	TKT-00369
INT-000684	email	60	2025-02-24 14:06:32	10.5	0.45	2025-02-24 14:17:02	1	RE : Paiement de ma commande – double prélèvement	Bonjour, merci pour votre message. Afin de traiter votre demande (double prélèvement), pourriez-vous nous envoyer l'adresse de facturation de la commande de votre casque ainsi qu'une capture d'écran du paiement ?	TKT-00369
INT-000685	email	28	2025-02-25 08:25:49	3.1	1.13	2025-02-25 08:28:55	3	RMA-Anfrage zu meinem Kopfhörer	Hallo, das Gerät wurde mit der Bestellung ORD-818360 gekauft. Mein Anliegen: Anfrage zur Garantiereparatur. Vielen Dank im Voraus.	TKT-00370
INT-000686	email	28	2025-02-25 10:02:19	7.6	0.44	2025-02-25 10:09:55	3	AW: RMA-Anfrage zu meinem Kopfhörer	Guten Tag, vielen Dank für Ihre Geduld. Wir haben einen Reparaturfall für Ihren Kopfhörer angelegt (Anfrage zur Garantiereparatur). Bitte senden Sie das Gerät mit einer Kopie der Rechnung zur Bestellung ORD-818360 und dem beigefügten Etikett ein.	TKT-00370
INT-000687	email	28	2025-02-25 12:04:40	6.9	1.19	2025-02-25 12:11:34	3	AW: Garantiefall: Anfrage zur Garantiereparatur	Guten Tag, ich habe meinen Kopfhörer wie gewünscht am Montag zurückgeschickt. Können Sie bestätigen, dass das Paket in Ihrem Servicecenter angekommen ist? Bestellung ORD-818360.	TKT-00370
INT-000688	chat	34	2025-02-27 10:14:18	11.3	32.00	2025-02-27 10:25:36	1	Question sur votre amplificateur	Bonjour, quelqu'un est disponible ? C'est au sujet de mon amplificateur.	TKT-00371
INT-000689	phone	90	2025-02-27 11:56:49	6.2	53.00	2025-02-27 12:03:01	1	\N	\N	TKT-00372
INT-000690	phone	90	2025-02-27 13:10:55	12.4	36.00	2025-02-27 13:23:19	1	\N	\N	TKT-00372
INT-000691	phone	90	2025-02-27 17:38:48	4.5	250.00	2025-02-27 17:43:18	2	\N	\N	TKT-00372
INT-000692	email	30	2025-03-03 15:23:37	4.3	0.44	2025-03-03 15:27:55	3	Garantie pour mon tourne-disque	Bonjour, pourriez-vous me donner des nouvelles de mon dossier (demande d'appareil de remplacement) ? Référence de commande : ORD-936161.	TKT-00373
INT-000693	email	46	2025-03-03 18:25:28	7.3	1.68	2025-03-03 18:32:46	3	Help needed: distorted sound on my turntable	Good morning, I bought the turntable from you a few months ago and now have the following problem: distorted sound. Is there a fix for this?	TKT-00374
INT-000694	email	30	2025-03-03 18:57:09	6.6	1.77	2025-03-03 19:03:45	3	RE : Demande SAV : demande d'appareil de remplacement	Bonjour, notre centre de service a bien reçu votre tourne-disque et la réparation est en cours. Nous vous préviendrons dès que l'appareil sera en route vers vous.	TKT-00373
INT-000695	phone	46	2025-03-03 19:13:44	3.6	24.00	2025-03-03 19:17:20	3	\N	\N	TKT-00374
INT-000696	chat	46	2025-03-04 09:49:50	11.3	22.00	2025-03-04 10:01:08	3	Pre-sales question: compatibility question	Hi, I need help with my speakers: compatibility question	TKT-00375
INT-000697	chat	25	2025-03-05 15:45:08	3.1	11.00	2025-03-05 15:48:14	3	Defekt an meinem Kopfhörer: verzerrter Klang	Hallo, ich habe eine Frage zu meinem Kopfhörer (verzerrter Klang)	TKT-00376
INT-000698	chat	25	2025-03-05 15:50:05	3.4	23.00	2025-03-05 15:53:29	3	Problem mit meinem Kopfhörer: verzerrter Klang	Guten Tag, gibt es Neuigkeiten zu meinem Fall? (verzerrter Klang)	TKT-00376
INT-000699	phone	24	2025-03-07 09:40:46	6.5	23.00	2025-03-07 09:47:16	2	\N	\N	TKT-00377
INT-000700	chat	24	2025-03-07 10:47:18	4.3	85.00	2025-03-07 10:51:36	2	Sehr enttäuscht – unzufrieden mit der Reparatur	Hallo, ich habe den Tipp Ihres Kollegen ausprobiert, aber das Problem mit meinem Lautsprecher besteht weiter	TKT-00377
INT-000701	phone	46	2025-03-07 17:21:55	10.3	49.00	2025-03-07 17:32:13	3	\N	\N	TKT-00378
INT-000702	phone	46	2025-03-07 19:28:27	6.5	29.00	2025-03-07 19:34:57	3	\N	\N	TKT-00378
INT-000703	phone	22	2025-03-12 08:09:53	11.6	63.00	2025-03-12 08:21:29	1	\N	\N	TKT-00379
INT-000704	phone	22	2025-03-12 10:10:35	6.5	133.00	2025-03-12 10:17:05	1	\N	\N	TKT-00379
INT-000705	email	30	2025-03-12 19:04:17	10.8	0.67	2025-03-12 19:15:05	2	Question sur votre tourne-disque	Madame, Monsieur, pourriez-vous m'aider avec une question sur votre tourne-disque ? Sujet : quel amplificateur pour mes enceintes.	TKT-00380
INT-000706	chat	72	2025-03-13 08:48:16	7.3	7.00	2025-03-13 08:55:34	1	Demande d'information : caractéristiques techniques	Bonjour, une petite question sur mon casque	TKT-00381
INT-000707	phone	51	2025-03-14 11:01:45	18.0	17.00	2025-03-14 11:19:45	3	\N	\N	TKT-00382
INT-000708	phone	60	2025-03-17 19:47:28	2.9	20.00	2025-03-17 19:50:22	1	\N	\N	TKT-00383
INT-000709	phone	60	2025-03-17 19:55:37	2.9	11.00	2025-03-17 19:58:31	1	\N	\N	TKT-00383
INT-000710	phone	80	2025-03-21 19:31:14	3.3	8.00	2025-03-21 19:34:32	1	\N	\N	TKT-00384
INT-000711	phone	80	2025-03-21 19:42:12	6.9	70.00	2025-03-21 19:49:06	1	\N	\N	TKT-00384
INT-000712	email	1	2025-03-23 11:52:14	3.5	20.13	2025-03-23 11:55:44	3	Question sur l'expédition de mon casque	Madame, Monsieur, je vous contacte pour un problème de livraison : commande toujours pas livrée. La référence de commande est ORD-556215. Merci de m'indiquer la marche à suivre.	TKT-00385
INT-000713	chat	24	2025-03-23 12:10:30	24.0	87.00	2025-03-23 12:34:30	3	Frage vor dem Kauf: Funktionen der App	Hallo, ist jemand da? Es geht um meinen Verstärker.	TKT-00386
INT-000714	chat	117	2025-03-28 10:35:48	12.0	33.00	2025-03-28 10:47:48	1	Problem mit der Lieferung: Bestellung noch nicht geliefert	Guten Tag, ich habe ein Problem: Bestellung noch nicht geliefert	TKT-00387
INT-000715	chat	117	2025-03-28 13:52:07	7.9	11.00	2025-03-28 14:00:01	1	Meine Bestellung (Plattenspieler) – Bestellung noch nicht geliefert	Guten Tag, ein kurzes Update zu meinem Fall: Bestellung noch nicht geliefert	TKT-00387
INT-000716	chat	117	2025-03-28 16:18:55	6.4	4.00	2025-03-28 16:25:19	1	Meine Bestellung (Plattenspieler) – Bestellung noch nicht geliefert	Hallo, ich brauche immer noch Hilfe mit meinem Plattenspieler (Bestellung noch nicht geliefert)	TKT-00387
INT-000717	chat	116	2025-03-30 10:56:04	7.5	30.00	2025-03-30 11:03:34	2	Lieferproblem: falscher Artikel geliefert	Guten Tag, ich habe ein Problem: falscher Artikel geliefert	TKT-00388
INT-000718	phone	116	2025-03-30 12:45:58	5.1	33.00	2025-03-30 12:51:04	2	\N	\N	TKT-00388
INT-000719	email	33	2025-04-02 11:09:16	5.9	1.30	2025-04-02 11:15:10	1	Beschwerde zu meinem Kopfhörer	Guten Tag, ich möchte mich beschweren: wiederholt auftretender Defekt. Das ist nicht der Service, den ich von Ihrem Unternehmen erwarte.	TKT-00389
INT-000720	phone	18	2025-04-02 13:56:41	5.2	20.00	2025-04-02 14:01:53	1	\N	\N	TKT-00390
INT-000721	phone	33	2025-04-02 15:52:02	10.5	245.00	2025-04-02 16:02:32	1	\N	\N	TKT-00389
INT-000722	chat	21	2025-04-03 12:40:52	14.4	10.00	2025-04-03 12:55:16	2	Zahlung meiner Bestellung – Erstattung noch nicht erhalten	Guten Tag, ich habe ein Problem: Erstattung noch nicht erhalten	TKT-00391
INT-000723	chat	21	2025-04-03 17:43:14	8.3	4.00	2025-04-03 17:51:32	2	Frage zur Abrechnung: Erstattung noch nicht erhalten	Hallo, ich melde mich wieder zu meinem Plattenspieler	TKT-00391
INT-000724	phone	115	2025-04-05 09:25:54	3.5	144.00	2025-04-05 09:29:24	1	\N	\N	TKT-00392
INT-000725	phone	115	2025-04-05 11:22:44	5.3	60.00	2025-04-05 11:28:02	1	\N	\N	TKT-00392
INT-000726	chat	106	2025-04-06 10:45:09	11.5	44.00	2025-04-06 10:56:39	1	Produktanfrage: Frage zur Kompatibilität	Guten Tag, mein Anliegen: Frage zur Kompatibilität	TKT-00393
INT-000727	chat	95	2025-04-08 16:03:17	9.8	4.00	2025-04-08 16:13:05	1	Very disappointed – issue still unresolved	Hi, is anyone available? It's about my headphones.	TKT-00394
INT-000728	chat	95	2025-04-08 19:47:29	3.8	13.00	2025-04-08 19:51:17	1	Complaint: issue still unresolved	Hello, it's me again – the problem with my headphones is back	TKT-00394
INT-000729	chat	112	2025-04-14 09:49:03	13.0	19.00	2025-04-14 10:02:03	2	Panne de mon casque : pas de son	Bonjour, pas de son, pouvez-vous m'aider ?	TKT-00395
INT-000730	email	116	2025-04-16 10:19:04	5.5	1.27	2025-04-16 10:24:34	3	Frage zum Versand: Paket beschädigt angekommen	Guten Tag, bei meiner Bestellung ORD-582850 (Verstärker) gibt es ein Problem: Paket beschädigt angekommen. Könnten Sie das bitte prüfen?	TKT-00396
INT-000731	email	116	2025-04-16 14:57:20	16.0	0.54	2025-04-16 15:13:20	3	AW: Problem mit der Lieferung: Paket beschädigt angekommen	Guten Tag, anbei erhalten Sie ein vorfrankiertes Rücksendeetikett für die Bestellung ORD-582850. Sobald das Paket beim Versanddienstleister ist, kümmern wir uns um den Rest (Paket beschädigt angekommen).	TKT-00396
INT-000732	phone	58	2025-04-20 15:37:29	10.6	17.00	2025-04-20 15:48:05	2	\N	\N	TKT-00397
INT-000733	chat	4	2025-04-21 15:35:44	14.1	6.00	2025-04-21 15:49:50	2	Meine Bestellung (Kopfhörer) – Änderung der Lieferadresse	Hallo, ist jemand da? Es geht um meinen Kopfhörer.	TKT-00398
INT-000734	chat	4	2025-04-21 19:03:48	9.7	6.00	2025-04-21 19:13:30	3	Lieferproblem: Änderung der Lieferadresse	Hallo, ich melde mich wieder zu meinem Kopfhörer	TKT-00398
INT-000735	chat	4	2025-04-21 19:47:33	10.3	11.00	2025-04-21 19:57:51	3	Meine Bestellung (Kopfhörer) – Änderung der Lieferadresse	Guten Tag, ich habe noch eine Frage zu meinem Kopfhörer	TKT-00398
INT-000736	email	17	2025-04-22 09:52:08	6.8	0.77	2025-04-22 09:58:56	2	Anliegen an die Buchhaltung: doppelte Abbuchung	Sehr geehrte Damen und Herren, ich schreibe Ihnen wegen meiner Bestellung ORD-205724. Anliegen: doppelte Abbuchung. Vielen Dank für Ihre Rückmeldung.	TKT-00399
INT-000737	email	17	2025-04-22 12:17:20	13.5	0.92	2025-04-22 12:30:50	2	AW: Rechnung für meinen Kopfhörer	Guten Tag, vielen Dank für Ihre Nachricht. Um Ihr Anliegen (doppelte Abbuchung) zu bearbeiten, senden Sie uns bitte die Rechnungsadresse Ihrer Bestellung (Kopfhörer) und einen Screenshot der Zahlung.	TKT-00399
INT-000738	phone	11	2025-04-22 13:01:21	6.6	31.00	2025-04-22 13:07:57	3	\N	\N	TKT-00400
INT-000739	email	11	2025-04-22 16:39:39	3.5	0.78	2025-04-22 16:43:09	3	RE : Service comptabilité : demande d'alignement de prix	Bonjour, merci pour les documents. Votre demande (demande d'alignement de prix) a été acceptée et la commande de votre tourne-disque a été corrigée dans notre système.	TKT-00400
INT-000740	phone	114	2025-04-24 15:12:15	4.3	199.00	2025-04-24 15:16:33	1	\N	\N	TKT-00402
INT-000741	email	110	2025-04-24 16:04:54	4.6	1.47	2025-04-24 16:09:30	3	Produktanfrage: Frage zur Kompatibilität	Guten Tag, eine kurze Frage zu Ihrem Lautsprecher: Frage zur Kompatibilität. Wo finde ich weitere Details?	TKT-00401
INT-000742	email	6	2025-04-25 10:59:36	16.6	0.94	2025-04-25 11:16:12	1	My headphones: power or battery problem	Hello, I am having a problem with my headphones: power or battery problem. I have already tried restarting the device. Could you please help?	TKT-00403
INT-000743	phone	58	2025-04-25 12:46:36	11.1	14.00	2025-04-25 12:57:42	3	\N	\N	TKT-00404
INT-000744	chat	58	2025-04-25 17:04:19	9.8	13.00	2025-04-25 17:14:07	3	My turntable: bluetooth pairing fails	Hi, I'm getting back to you about my turntable	TKT-00404
INT-000745	chat	67	2025-04-28 13:59:53	6.6	8.00	2025-04-28 14:06:29	3	Question de facturation : demande de facture	Bonjour, demande de facture, pouvez-vous m'aider ?	TKT-00405
INT-000746	chat	67	2025-04-28 16:52:20	4.5	51.00	2025-04-28 16:56:50	1	Commande de mon tourne-disque : demande de facture	Bonjour, c'est encore moi : le problème de mon tourne-disque est revenu	TKT-00405
INT-000747	phone	67	2025-04-28 17:45:10	17.8	9.00	2025-04-28 18:02:58	1	\N	\N	TKT-00405
INT-000748	chat	63	2025-04-29 11:58:41	10.5	23.00	2025-04-29 12:09:11	3	Accounts enquiry: charged twice	Hi, I need help with my headphones: charged twice	TKT-00406
INT-000749	chat	63	2025-04-29 14:42:10	8.8	17.00	2025-04-29 14:50:58	3	Question about my payment – charged twice	Hello, I still need help with my headphones (charged twice)	TKT-00406
INT-000750	phone	97	2025-04-30 09:49:47	9.1	63.00	2025-04-30 09:58:53	1	\N	\N	TKT-00408
INT-000751	phone	97	2025-04-30 11:17:51	12.1	287.00	2025-04-30 11:29:57	1	\N	\N	TKT-00408
INT-000752	email	20	2025-04-30 11:40:04	5.1	2.29	2025-04-30 11:45:10	1	Réclamation : réparation insatisfaisante	Bonjour, ce n'est vraiment pas acceptable. Réclamation : réparation insatisfaisante. Je souhaite parler à un responsable.	TKT-00407
INT-000753	phone	20	2025-04-30 12:27:50	14.4	42.00	2025-04-30 12:42:14	1	\N	\N	TKT-00407
INT-000754	email	97	2025-04-30 14:45:17	6.2	1.03	2025-04-30 14:51:29	1	Re: Warranty case for my headphones: warranty repair request	Hello, I am writing again about my case (warranty repair request). I have not received any news about my headphones since your last e-mail. What is the current status?	TKT-00408
INT-000755	email	114	2025-05-05 16:52:21	6.6	0.19	2025-05-05 16:58:57	1	My amplifier: bluetooth pairing fails	Hello, bluetooth pairing fails – this keeps happening with my amplifier. I have reset the device twice already. Can you help me?	TKT-00409
INT-000756	chat	104	2025-05-06 08:58:14	13.3	76.00	2025-05-06 09:11:32	1	Störung bei meinem Kopfhörer	Guten Tag, eine kurze Frage zu meinem Kopfhörer	TKT-00410
INT-000757	chat	112	2025-05-06 11:53:27	11.3	79.00	2025-05-06 12:04:45	1	Livraison de mon enceinte – colis arrivé endommagé	Bonjour, mon problème : colis arrivé endommagé	TKT-00411
INT-000758	chat	112	2025-05-06 14:25:40	11.7	26.00	2025-05-06 14:37:22	1	Ma commande : colis arrivé endommagé	Bonjour, j'ai encore une question sur mon enceinte	TKT-00411
INT-000759	chat	112	2025-05-06 15:27:32	23.1	15.00	2025-05-06 15:50:38	1	Suivi de commande : colis arrivé endommagé	Bonjour, pardon de vous déranger à nouveau au sujet de mon enceinte	TKT-00411
INT-000760	phone	70	2025-05-08 09:48:23	7.8	243.00	2025-05-08 09:56:11	2	\N	\N	TKT-00412
INT-000761	phone	70	2025-05-08 11:25:05	7.0	41.00	2025-05-08 11:32:05	2	\N	\N	TKT-00412
INT-000762	email	85	2025-05-09 11:01:55	5.2	1.82	2025-05-09 11:07:07	1	Bitte um Hilfe: kein Ton	Hallo, seit gestern habe ich folgendes Problem mit meinem Lautsprecher: kein Ton. Was kann ich tun?	TKT-00413
INT-000763	chat	64	2025-05-09 16:18:54	6.1	57.00	2025-05-09 16:25:00	1	Order enquiry: order not delivered yet	Good morning, my problem is: order not delivered yet	TKT-00414
INT-000764	email	53	2025-05-09 16:57:45	8.0	0.25	2025-05-09 17:05:45	3	Frage zur Abrechnung: Rechnung mit MwSt. für meine Firma	Sehr geehrte Damen und Herren, ich schreibe Ihnen wegen meiner Bestellung ORD-492046. Anliegen: Rechnung mit MwSt. für meine Firma. Vielen Dank für Ihre Rückmeldung.	TKT-00415
INT-000765	email	53	2025-05-09 17:40:51	6.5	0.48	2025-05-09 17:47:21	3	AW: Zahlungsfrage: Rechnung mit MwSt. für meine Firma	Guten Tag, wir haben Ihr Anliegen (Rechnung mit MwSt. für meine Firma) an unsere Buchhaltung weitergeleitet. Sie meldet sich innerhalb von drei Werktagen mit einer Antwort zur Bestellung ORD-492046 bei Ihnen.	TKT-00415
INT-000766	email	53	2025-05-09 19:50:12	6.7	1.93	2025-05-09 19:56:54	3	AW: Zahlungsfrage: Rechnung mit MwSt. für meine Firma	Hallo, danke für die schnelle Antwort. Noch eine Frage: Erhalte ich eine gesonderte Bestätigung zu meiner Bestellung (Verstärker), sobald alles geklärt ist?	TKT-00415
INT-000767	phone	99	2025-05-13 11:36:20	5.9	20.00	2025-05-13 11:42:14	2	\N	\N	TKT-00416
INT-000768	email	37	2025-05-14 19:00:27	6.6	0.29	2025-05-14 19:07:03	2	Rücksendung/Reparatur: Anfrage zur Garantiereparatur	Hallo, ich schreibe Ihnen wegen der Reparatur an meinem Lautsprecher (Anfrage zur Garantiereparatur). Bestellnummer: ORD-889483.	TKT-00417
INT-000769	phone	37	2025-05-14 19:18:32	2.8	90.00	2025-05-14 19:21:20	2	\N	\N	TKT-00417
INT-000770	email	37	2025-05-14 19:39:18	6.0	0.10	2025-05-14 19:45:18	2	AW: Gewährleistung – Anfrage zur Garantiereparatur	Hallo, danke für das Austauschgerät. Leider zeigt es denselben Fehler (Anfrage zur Garantiereparatur). Was soll ich jetzt tun?	TKT-00417
INT-000771	email	27	2025-05-19 08:24:13	4.0	13.83	2025-05-19 08:28:13	3	Delivery issue: return label needed	Hi, I ordered the headphones last week and there is a problem (return label needed). My order number is ORD-843089.	TKT-00418
INT-000772	email	27	2025-05-19 13:14:44	13.5	0.56	2025-05-19 13:28:14	3	Re: Problem with the delivery of my headphones	Hello, the carrier has confirmed that the parcel with your headphones is on its way again. Please allow two to three working days for delivery. We apologise for the inconvenience (return label needed).	TKT-00418
INT-000773	phone	44	2025-05-21 14:53:52	14.5	26.00	2025-05-21 15:08:22	2	\N	\N	TKT-00419
INT-000774	chat	110	2025-05-21 17:54:09	28.2	9.00	2025-05-21 18:22:21	2	Problem mit meinem Lautsprecher: Brummen oder Knistern	Guten Tag, ich habe ein Problem: Brummen oder Knistern	TKT-00420
INT-000775	phone	44	2025-05-21 17:57:40	4.3	178.00	2025-05-21 18:01:58	2	\N	\N	TKT-00419
INT-000776	chat	110	2025-05-21 18:58:16	14.8	48.00	2025-05-21 19:13:04	2	Defekt an meinem Lautsprecher: Brummen oder Knistern	Guten Tag, gibt es Neuigkeiten zu meinem Fall? (Brummen oder Knistern)	TKT-00420
INT-000777	chat	38	2025-05-22 08:05:59	7.0	171.00	2025-05-22 08:12:59	1	Beschwerde: Problem weiterhin ungelöst	Hallo, ich habe eine Frage zu meinem Plattenspieler (Problem weiterhin ungelöst)	TKT-00421
INT-000778	phone	69	2025-05-22 10:02:14	14.5	307.00	2025-05-22 10:16:44	1	\N	\N	TKT-00422
INT-000779	chat	38	2025-05-22 11:43:38	16.2	53.00	2025-05-22 11:59:50	1	Beschwerde: Problem weiterhin ungelöst	Hallo, ich habe den Tipp Ihres Kollegen ausprobiert, aber das Problem mit meinem Plattenspieler besteht weiter	TKT-00421
INT-000780	email	44	2025-05-22 13:38:53	9.9	2.50	2025-05-22 13:48:47	2	Shipping query: parcel arrived damaged	Hi, I ordered the headphones last week and there is a problem (parcel arrived damaged). My order number is ORD-882687.	TKT-00423
INT-000781	phone	69	2025-05-22 14:15:53	9.9	127.00	2025-05-22 14:25:47	1	\N	\N	TKT-00422
INT-000782	phone	69	2025-05-22 14:35:32	7.0	105.00	2025-05-22 14:42:32	1	\N	\N	TKT-00422
INT-000783	email	44	2025-05-22 19:30:03	5.4	1.67	2025-05-22 19:35:27	2	Re: Delivery issue: parcel arrived damaged	Hello, please find attached a prepaid return label for order ORD-882687. Once the parcel is with the carrier, we will take care of the rest (parcel arrived damaged).	TKT-00423
INT-000784	phone	71	2025-05-23 13:33:01	7.8	61.00	2025-05-23 13:40:49	3	\N	\N	TKT-00424
INT-000785	phone	71	2025-05-23 15:35:20	8.1	112.00	2025-05-23 15:43:26	3	\N	\N	TKT-00424
INT-000786	chat	11	2025-05-25 10:22:14	14.7	64.00	2025-05-25 10:36:56	3	Problème avec mon amplificateur : bourdonnement ou grésillement	Bonjour, je vous contacte au sujet de mon amplificateur (bourdonnement ou grésillement)	TKT-00425
INT-000787	email	11	2025-05-25 14:35:34	6.0	1.20	2025-05-25 14:41:34	3	RE : Panne de mon amplificateur : bourdonnement ou grésillement	Bonjour, merci de votre patience. Concernant votre amplificateur (bourdonnement ou grésillement) : veuillez installer le dernier firmware, puis rétablir les paramètres d'usine. Tenez-nous au courant du résultat.	TKT-00425
INT-000788	phone	66	2025-05-27 11:05:19	5.1	350.00	2025-05-27 11:10:25	3	\N	\N	TKT-00426
INT-000789	chat	10	2025-05-27 11:51:09	19.2	63.00	2025-05-27 12:10:21	3	Assistance technique pour mon enceinte	Bonjour, je vous contacte au sujet de mon enceinte (échec de la mise à jour du firmware)	TKT-00427
INT-000790	chat	10	2025-05-27 13:53:23	10.2	132.00	2025-05-27 14:03:35	3	Dysfonctionnement : échec de la mise à jour du firmware	Bonjour, avez-vous du nouveau sur mon dossier ? (échec de la mise à jour du firmware)	TKT-00427
INT-000791	phone	66	2025-05-27 14:14:35	3.2	42.00	2025-05-27 14:17:47	3	\N	\N	TKT-00426
INT-000792	email	65	2025-05-28 17:54:47	5.1	0.64	2025-05-28 17:59:53	1	Accounts enquiry: refund not received	Hi, I have a billing question (refund not received) about my turntable. My order number is ORD-872303.	TKT-00428
INT-000793	email	65	2025-05-28 19:50:54	7.2	1.85	2025-05-28 19:58:06	1	Re: Order for my turntable: refund not received	Hello, thank you for your patience. We have checked order ORD-872303, and our accounts team has now dealt with your request (refund not received). You will receive a confirmation by e-mail shortly.	TKT-00428
INT-000794	phone	81	2025-05-29 17:40:19	9.8	10.00	2025-05-29 17:50:07	1	\N	\N	TKT-00429
INT-000795	email	66	2025-05-30 11:43:15	5.6	0.88	2025-05-30 11:48:51	2	Paiement de ma commande – double prélèvement	Bonjour, ma demande porte sur la commande ORD-966654 : double prélèvement. Dans l'attente de votre réponse, je vous remercie.	TKT-00430
INT-000796	phone	66	2025-05-30 17:12:19	17.8	171.00	2025-05-30 17:30:07	3	\N	\N	TKT-00430
INT-000797	email	1	2025-06-01 10:26:52	4.4	17.66	2025-06-01 10:31:16	2	Problème de livraison : besoin d'une étiquette de retour	Bonjour, ma commande ORD-640505 (casque) pose problème : besoin d'une étiquette de retour. Pourriez-vous vérifier, s'il vous plaît ?	TKT-00431
INT-000798	phone	1	2025-06-01 11:43:47	6.2	18.00	2025-06-01 11:49:59	2	\N	\N	TKT-00431
INT-000799	chat	36	2025-06-01 15:31:50	11.4	17.00	2025-06-01 15:43:14	2	Enquiry before buying: compatibility question	Hi, I need help with my headphones: compatibility question	TKT-00432
INT-000800	email	69	2025-06-02 11:45:49	3.8	0.88	2025-06-02 11:49:37	2	My headphones order – order not delivered yet	Good morning, could you help me with order ORD-377000? The issue is: order not delivered yet. Thank you.	TKT-00433
INT-000801	phone	94	2025-06-03 16:08:39	7.3	118.00	2025-06-03 16:15:57	3	\N	\N	TKT-00434
INT-000802	phone	94	2025-06-03 16:42:07	4.1	31.00	2025-06-03 16:46:13	3	\N	\N	TKT-00434
INT-000803	phone	94	2025-06-03 17:29:53	8.2	22.00	2025-06-03 17:38:05	3	\N	\N	TKT-00434
INT-000804	chat	38	2025-06-04 10:45:30	7.2	48.00	2025-06-04 10:52:42	3	Rechnung für meinen Kopfhörer	Hallo, ich habe eine Frage zu meinem Kopfhörer (Bitte um eine Rechnung)	TKT-00435
INT-000805	chat	38	2025-06-04 12:07:10	11.9	43.00	2025-06-04 12:19:04	3	Zahlung meiner Bestellung – Bitte um eine Rechnung	Hallo, entschuldigen Sie die erneute Störung – es geht noch um meinen Kopfhörer	TKT-00435
INT-000806	phone	93	2025-06-04 16:18:00	11.9	45.00	2025-06-04 16:29:54	3	\N	\N	TKT-00436
INT-000807	chat	1	2025-06-04 17:24:10	10.9	33.00	2025-06-04 17:35:04	2	Question sur l'expédition de mon tourne-disque	Bonjour, mon problème : colis arrivé endommagé	TKT-00437
INT-000808	phone	93	2025-06-04 17:31:47	17.0	141.00	2025-06-04 17:48:47	3	\N	\N	TKT-00436
INT-000809	chat	1	2025-06-04 18:48:32	14.7	267.00	2025-06-04 19:03:14	2	Ma commande : colis arrivé endommagé	Bonjour, un petit point sur mon dossier : colis arrivé endommagé	TKT-00437
INT-000810	chat	76	2025-06-05 17:36:37	7.0	46.00	2025-06-05 17:43:37	3	Fault report for my speakers: hum or crackling noise	Hi, is anyone available? It's about my speakers.	TKT-00438
INT-000811	phone	29	2025-06-06 09:15:13	13.3	122.00	2025-06-06 09:28:31	1	\N	\N	TKT-00439
INT-000812	phone	14	2025-06-09 08:38:35	9.8	39.00	2025-06-09 08:48:23	3	\N	\N	TKT-00440
INT-000813	phone	84	2025-06-09 17:08:58	3.6	21.00	2025-06-09 17:12:34	1	\N	\N	TKT-00441
INT-000814	phone	84	2025-06-09 17:35:21	3.0	72.00	2025-06-09 17:38:21	2	\N	\N	TKT-00441
INT-000815	chat	110	2025-06-13 14:30:11	12.2	10.00	2025-06-13 14:42:23	1	Rücksendung/Reparatur: Anfrage zur Garantiereparatur	Guten Tag, ich habe ein Problem: Anfrage zur Garantiereparatur	TKT-00442
INT-000816	phone	105	2025-06-14 09:25:55	6.8	281.00	2025-06-14 09:32:43	3	\N	\N	TKT-00443
INT-000817	email	83	2025-06-16 08:48:33	11.9	0.35	2025-06-16 09:00:27	2	Problem mit meinem Lautsprecher: Firmware-Update fehlgeschlagen	Hallo, mein Lautsprecher funktioniert nicht mehr richtig. Das Problem: Firmware-Update fehlgeschlagen. Muss ich das Gerät einschicken?	TKT-00444
INT-000818	phone	83	2025-06-16 11:10:18	4.7	119.00	2025-06-16 11:15:00	2	\N	\N	TKT-00444
INT-000819	chat	23	2025-06-17 16:29:12	10.3	92.00	2025-06-17 16:39:30	1	Help needed: connection keeps dropping on my speakers	Hi there – connection keeps dropping, can you help?	TKT-00445
INT-000820	phone	52	2025-06-17 17:41:12	10.7	26.00	2025-06-17 17:51:54	1	\N	\N	TKT-00446
INT-000821	chat	23	2025-06-17 18:34:58	10.7	54.00	2025-06-17 18:45:40	1	Problem with my speakers – connection keeps dropping	Hello, I still need help with my speakers (connection keeps dropping)	TKT-00445
INT-000822	email	68	2025-06-18 10:48:03	7.7	0.43	2025-06-18 10:55:45	3	RMA-Anfrage zu meinem Verstärker	Guten Tag, ich möchte einen Garantiefall für meinen Verstärker melden: Bitte um ein Austauschgerät. Die ursprüngliche Bestellung war ORD-110340.	TKT-00447
INT-000823	phone	68	2025-06-18 11:00:19	5.0	258.00	2025-06-18 11:05:19	3	\N	\N	TKT-00447
INT-000824	chat	68	2025-06-18 11:06:29	8.1	64.00	2025-06-18 11:14:35	3	Gewährleistung – Bitte um ein Austauschgerät	Hallo, entschuldigen Sie die erneute Störung – es geht noch um meinen Verstärker	TKT-00447
INT-000825	email	68	2025-06-18 11:51:11	6.9	0.61	2025-06-18 11:58:05	3	AW: Garantiefall: Bitte um ein Austauschgerät	Guten Tag, da der Defekt unter die Garantie fällt, senden wir Ihnen ein Austauschgerät für Ihren Verstärker. Bitte schicken Sie das defekte Gerät innerhalb von 14 Tagen zurück (Bestellung ORD-110340).	TKT-00447
INT-000826	email	68	2025-06-18 12:41:28	4.7	0.72	2025-06-18 12:46:10	3	AW: Reparaturanfrage für meinen Verstärker	Hallo, danke für Ihre Antwort. Ich habe meinen Verstärker im Originalkarton verpackt. Wann genau kommt der Kurier, um das Paket abzuholen?	TKT-00447
INT-000827	phone	6	2025-06-18 14:16:29	8.7	68.00	2025-06-18 14:25:11	1	\N	\N	TKT-00448
INT-000828	email	68	2025-06-18 14:36:45	2.6	1.84	2025-06-18 14:39:21	1	AW: Garantiefall: Bitte um ein Austauschgerät	Guten Tag, vielen Dank für Ihre Nachricht. Ein Kurier holt Ihren Verstärker in den nächsten drei Werktagen ab. Bitte verpacken Sie das Gerät sicher, am besten im Originalkarton (Bitte um ein Austauschgerät).	TKT-00447
INT-000829	email	68	2025-06-18 16:37:02	7.4	1.96	2025-06-18 16:44:26	1	AW: RMA-Anfrage zu meinem Verstärker	Guten Tag, ich melde mich erneut wegen meines Falls (Bitte um ein Austauschgerät). Seit Ihrer letzten E-Mail habe ich nichts mehr zu meinem Verstärker gehört. Wie ist der aktuelle Stand?	TKT-00447
INT-000830	phone	6	2025-06-18 19:32:05	4.3	21.00	2025-06-18 19:36:23	1	\N	\N	TKT-00448
INT-000831	email	69	2025-06-19 17:14:48	9.4	0.66	2025-06-19 17:24:12	1	Warranty claim for my amplifier	Dear support, I am still waiting for news about my amplifier. Topic: collection for repair. Could you tell me the next steps?	TKT-00449
INT-000832	email	69	2025-06-19 17:49:54	4.2	0.38	2025-06-19 17:54:06	1	Re: Warranty case for my amplifier: collection for repair	Hello, as the fault is covered by the warranty, we will send you a replacement for your amplifier. Please return the faulty device within 14 days (order ORD-120436).	TKT-00449
INT-000833	email	69	2025-06-19 19:04:18	9.1	0.73	2025-06-19 19:13:24	3	Re: Warranty claim for my amplifier	Hello, thanks for your reply. I have packed my amplifier in the original box. When exactly will the courier come to collect the parcel?	TKT-00449
INT-000834	email	69	2025-06-19 19:33:47	10.0	0.32	2025-06-19 19:43:47	3	Re: Warranty case for my amplifier: collection for repair	Hello, thank you for your message. A courier will collect your amplifier within the next three working days. Please pack the device securely, ideally in the original box (collection for repair).	TKT-00449
INT-000835	phone	19	2025-06-22 11:03:51	8.5	123.00	2025-06-22 11:12:21	2	\N	\N	TKT-00450
INT-000836	chat	19	2025-06-22 11:42:48	9.1	40.00	2025-06-22 11:51:54	2	Garantiefall: Umtausch wegen Defekt bei Lieferung	Guten Tag, gibt es Neuigkeiten zu meinem Fall? (Umtausch wegen Defekt bei Lieferung)	TKT-00450
INT-000837	phone	19	2025-06-22 13:26:20	7.5	9.00	2025-06-22 13:33:50	2	\N	\N	TKT-00450
INT-000838	phone	19	2025-06-22 14:57:37	7.9	206.00	2025-06-22 15:05:31	2	\N	\N	TKT-00450
INT-000839	phone	19	2025-06-22 15:32:25	4.0	168.00	2025-06-22 15:36:25	2	\N	\N	TKT-00450
INT-000840	phone	42	2025-06-23 12:46:20	5.2	20.00	2025-06-23 12:51:32	2	\N	\N	TKT-00451
INT-000841	email	55	2025-06-25 19:18:37	6.5	0.56	2025-06-25 19:25:07	2	Meine Bestellung (Lautsprecher) – Teile fehlen im Paket	Guten Tag, es geht um die Lieferung meiner Bestellung (Lautsprecher): Teile fehlen im Paket. Was sind die nächsten Schritte?	TKT-00452
INT-000842	email	55	2025-06-25 19:36:44	5.4	0.19	2025-06-25 19:42:08	2	AW: Problem mit der Lieferung: Teile fehlen im Paket	Guten Tag, vielen Dank für Ihre Geduld. Wir haben den Versanddienstleister zur Bestellung ORD-348289 (Teile fehlen im Paket) kontaktiert und melden uns, sobald wir eine Antwort haben, in der Regel innerhalb von zwei Werktagen.	TKT-00452
INT-000843	email	55	2025-06-25 19:55:08	4.6	0.21	2025-06-25 19:59:44	2	AW: Frage zum Versand: Teile fehlen im Paket	Guten Tag, danke für Ihre Antwort. Leider ist das Paket mit meinem Lautsprecher immer noch nicht angekommen, und die Sendungsverfolgung hat sich seit Ihrer letzten E-Mail nicht geändert (Teile fehlen im Paket).	TKT-00452
INT-000844	phone	5	2025-06-26 10:35:50	6.6	124.00	2025-06-26 10:42:26	3	\N	\N	TKT-00453
INT-000845	phone	5	2025-06-26 13:39:03	6.5	8.00	2025-06-26 13:45:33	2	\N	\N	TKT-00453
INT-000846	chat	15	2025-06-27 11:15:10	15.2	27.00	2025-06-27 11:30:22	3	My speakers order – change of delivery address	Hi, is anyone available? It's about my speakers.	TKT-00454
INT-000847	email	72	2025-06-28 09:21:22	10.8	13.46	2025-06-28 09:32:10	1	Dysfonctionnement : coupures de connexion fréquentes	Bonjour, coupures de connexion fréquentes : cela se reproduit régulièrement avec mon tourne-disque. J'ai déjà réinitialisé l'appareil deux fois. Pouvez-vous m'aider ?	TKT-00455
INT-000848	email	72	2025-06-28 10:58:12	5.6	0.18	2025-06-28 11:03:48	1	RE : Demande d'aide – coupures de connexion fréquentes	Bonjour, merci pour ces précisions. Nous avons pu reproduire la panne (coupures de connexion fréquentes) sur un appareil de test ; un correctif pour votre tourne-disque sera inclus dans la prochaine mise à jour du firmware.	TKT-00455
INT-000849	phone	104	2025-07-01 08:27:15	17.6	105.00	2025-07-01 08:44:51	3	\N	\N	TKT-00456
INT-000850	chat	1	2025-07-01 14:33:08	11.2	307.00	2025-07-01 14:44:20	3	Livraison de mon casque – commande toujours pas livrée	Bonjour, mon problème : commande toujours pas livrée	TKT-00457
INT-000851	chat	1	2025-07-01 18:10:31	8.8	42.00	2025-07-01 18:19:19	2	Question sur l'expédition de mon casque	Bonjour, je vous recontacte au sujet de mon casque	TKT-00457
INT-000852	chat	102	2025-07-02 11:23:25	10.2	104.00	2025-07-02 11:33:37	2	Beschwerde: Problem weiterhin ungelöst	Guten Tag, mein Anliegen: Problem weiterhin ungelöst	TKT-00458
INT-000853	email	102	2025-07-02 15:51:47	4.9	2.37	2025-07-02 15:56:41	2	AW: Reklamation: Problem weiterhin ungelöst	Guten Tag, es tut uns sehr leid, dass Sie mit Ihrem Plattenspieler so schlechte Erfahrungen gemacht haben. Als Zeichen des Entgegenkommens bieten wir Ihnen einen Gutschein für Ihre nächste Bestellung an. Bitte geben Sie uns Bescheid, ob Sie ihn annehmen.	TKT-00458
INT-000854	phone	74	2025-07-03 12:57:08	21.6	350.00	2025-07-03 13:18:44	2	\N	\N	TKT-00459
INT-000855	chat	80	2025-07-03 13:18:51	4.8	115.00	2025-07-03 13:23:39	2	Ma commande : pièces manquantes dans le colis	Bonjour, une petite question sur mon enceinte	TKT-00460
INT-000856	chat	80	2025-07-03 14:35:29	12.2	67.00	2025-07-03 14:47:41	2	Question sur l'expédition de mon enceinte	Bonjour, j'ai toujours besoin d'aide pour mon enceinte (pièces manquantes dans le colis)	TKT-00460
INT-000857	phone	55	2025-07-03 15:14:29	5.5	128.00	2025-07-03 15:19:59	2	\N	\N	TKT-00461
INT-000858	email	74	2025-07-03 15:43:54	7.0	0.65	2025-07-03 15:50:54	2	RE : Ma commande : mauvais article livré	Bonjour, nous avons organisé un nouvel envoi pour votre enceinte. Le nouveau numéro de suivi vous parviendra dans un e-mail séparé. Référence de commande : ORD-432807.	TKT-00459
INT-000859	phone	16	2025-07-04 10:16:58	7.8	36.00	2025-07-04 10:24:46	3	\N	\N	TKT-00462
INT-000860	phone	16	2025-07-04 13:16:22	18.7	22.00	2025-07-04 13:35:04	3	\N	\N	TKT-00462
INT-000861	phone	50	2025-07-07 13:44:03	3.6	88.00	2025-07-07 13:47:39	2	\N	\N	TKT-00463
INT-000862	chat	9	2025-07-07 13:52:16	9.7	32.00	2025-07-07 14:01:58	2	Quick question about the headphones: stylus or cartridge recommendation	Good morning, my problem is: stylus or cartridge recommendation	TKT-00464
INT-000863	phone	50	2025-07-07 16:04:29	4.6	87.00	2025-07-07 16:09:05	3	\N	\N	TKT-00463
INT-000864	chat	24	2025-07-08 08:19:26	9.5	35.00	2025-07-08 08:28:56	3	Bitte um Hilfe: Firmware-Update fehlgeschlagen	Guten Tag, eine kurze Frage zu meinem Plattenspieler	TKT-00465
INT-000865	chat	105	2025-07-08 09:52:50	6.0	45.00	2025-07-08 09:58:50	3	Warranty claim for my headphones	Good morning, my problem is: exchange for dead-on-arrival unit	TKT-00466
INT-000866	phone	38	2025-07-08 12:37:00	8.1	26.00	2025-07-08 12:45:06	1	\N	\N	TKT-00467
INT-000867	phone	38	2025-07-08 17:35:24	10.4	20.00	2025-07-08 17:45:48	1	\N	\N	TKT-00467
INT-000868	chat	85	2025-07-16 13:25:07	10.0	66.00	2025-07-16 13:35:07	2	Frage zum Versand: falscher Artikel geliefert	Hallo, falscher Artikel geliefert – können Sie mir helfen?	TKT-00469
INT-000869	email	63	2025-07-16 13:31:23	10.0	1.72	2025-07-16 13:41:23	3	Question about my payment – invoice request	Dear customer service, my request concerns order ORD-998597: invoice request. I look forward to your reply.	TKT-00468
INT-000870	phone	11	2025-07-16 14:15:51	11.1	10.00	2025-07-16 14:26:57	2	\N	\N	TKT-00470
INT-000871	phone	11	2025-07-16 15:11:46	7.5	9.00	2025-07-16 15:19:16	2	\N	\N	TKT-00470
INT-000872	email	63	2025-07-16 18:02:00	3.3	1.04	2025-07-16 18:05:18	2	Re: Payment issue with my headphones order	Hello, we are sorry for the inconvenience (invoice request). Any amount charged incorrectly for order ORD-998597 will be refunded to your original payment method within 5 to 10 working days.	TKT-00468
INT-000873	phone	63	2025-07-16 19:08:31	4.3	109.00	2025-07-16 19:12:49	2	\N	\N	TKT-00468
INT-000874	chat	14	2025-07-17 15:45:06	7.4	22.00	2025-07-17 15:52:30	1	Suivi de commande : besoin d'une étiquette de retour	Bonjour, besoin d'une étiquette de retour, pouvez-vous m'aider ?	TKT-00471
INT-000875	chat	14	2025-07-17 16:51:29	7.6	6.00	2025-07-17 16:59:05	3	Suivi de commande : besoin d'une étiquette de retour	Bonjour, j'ai toujours besoin d'aide pour mon casque (besoin d'une étiquette de retour)	TKT-00471
INT-000876	chat	14	2025-07-17 18:34:23	9.1	14.00	2025-07-17 18:43:29	2	Question sur l'expédition de mon casque	Re-bonjour, j'ai déjà pris contact avec vous au sujet de mon casque	TKT-00471
INT-000877	phone	52	2025-07-18 17:24:02	9.7	73.00	2025-07-18 17:33:44	3	\N	\N	TKT-00472
INT-000878	phone	52	2025-07-18 18:44:20	12.8	17.00	2025-07-18 18:57:08	2	\N	\N	TKT-00472
INT-000879	phone	54	2025-07-21 12:16:42	3.2	16.00	2025-07-21 12:19:54	1	\N	\N	TKT-00473
INT-000880	phone	23	2025-07-25 08:06:15	9.3	61.00	2025-07-25 08:15:33	3	\N	\N	TKT-00474
INT-000881	phone	23	2025-07-25 08:59:02	5.3	36.00	2025-07-25 09:04:20	3	\N	\N	TKT-00474
INT-000882	phone	2	2025-07-25 16:30:07	5.2	51.00	2025-07-25 16:35:19	1	\N	\N	TKT-00475
INT-000883	phone	2	2025-07-25 17:05:43	12.1	77.00	2025-07-25 17:17:49	1	\N	\N	TKT-00475
INT-000884	chat	54	2025-07-28 09:00:08	8.9	19.00	2025-07-28 09:09:02	2	Help needed: bluetooth pairing fails on my speakers	Hello, I'm contacting you about my speakers (bluetooth pairing fails)	TKT-00477
INT-000885	email	10	2025-07-28 10:30:03	7.6	20.91	2025-07-28 10:37:39	2	Mécontentement : temps d'attente trop long	Madame, Monsieur, je vous écris pour me plaindre de la situation suivante : temps d'attente trop long. Je souhaite que ma demande soit transmise à un responsable.	TKT-00476
INT-000886	phone	10	2025-07-28 12:35:58	20.7	33.00	2025-07-28 12:56:40	2	\N	\N	TKT-00476
INT-000887	chat	54	2025-07-28 12:59:07	8.6	63.00	2025-07-28 13:07:43	2	Help needed: bluetooth pairing fails on my speakers	Hello, I still need help with my speakers (bluetooth pairing fails)	TKT-00477
INT-000888	chat	31	2025-07-29 10:27:46	19.9	35.00	2025-07-29 10:47:40	3	Störung bei meinem Kopfhörer	Guten Tag, eine kurze Frage zu meinem Kopfhörer	TKT-00479
INT-000889	email	80	2025-07-29 10:30:19	14.8	11.77	2025-07-29 10:45:07	3	Garantie pour mon enceinte	Madame, Monsieur, concernant mon enceinte : échange d'un appareil arrivé défectueux. Merci de m'indiquer comment vous envoyer l'appareil.	TKT-00478
INT-000890	chat	90	2025-07-29 11:35:49	9.4	58.00	2025-07-29 11:45:13	3	Sehr enttäuscht – zu lange Wartezeit	Guten Tag, mein Anliegen: zu lange Wartezeit	TKT-00480
INT-000891	phone	30	2025-07-31 14:58:00	16.3	20.00	2025-07-31 15:14:18	2	\N	\N	TKT-00481
INT-000892	chat	30	2025-07-31 15:49:28	8.8	8.00	2025-07-31 15:58:16	2	Panne de mon casque : bourdonnement ou grésillement	Bonjour, j'ai essayé ce que votre collègue m'a conseillé, mais le problème de mon casque persiste	TKT-00481
INT-000893	email	85	2025-07-31 16:56:40	11.2	0.17	2025-07-31 17:07:52	3	Bitte um Hilfe: Firmware-Update fehlgeschlagen	Hallo, seit gestern habe ich folgendes Problem mit meinem Lautsprecher: Firmware-Update fehlgeschlagen. Was kann ich tun?	TKT-00482
INT-000894	email	85	2025-07-31 18:24:17	5.5	0.28	2025-07-31 18:29:47	3	AW: Technische Störung – Firmware-Update fehlgeschlagen	Guten Tag, vielen Dank für Ihre Geduld. Zu Ihrem Lautsprecher (Firmware-Update fehlgeschlagen): Bitte installieren Sie die neueste Firmware und setzen Sie das Gerät anschließend auf die Werkseinstellungen zurück. Geben Sie uns gern Bescheid, ob das hilft.	TKT-00482
INT-000895	phone	14	2025-08-01 08:33:33	10.9	48.00	2025-08-01 08:44:27	2	\N	\N	TKT-00483
INT-000896	chat	119	2025-08-01 10:17:54	11.8	37.00	2025-08-01 10:29:42	1	Technical issue (no sound)	Hello, quick question about my speakers	TKT-00484
INT-000897	phone	86	2025-08-02 09:57:30	21.2	5.00	2025-08-02 10:18:42	2	\N	\N	TKT-00485
INT-000898	phone	53	2025-08-03 14:13:28	7.7	69.00	2025-08-03 14:21:10	2	\N	\N	TKT-00486
INT-000899	phone	53	2025-08-03 14:22:10	7.5	14.00	2025-08-03 14:29:40	2	\N	\N	TKT-00486
INT-000900	email	8	2025-08-06 11:21:35	11.8	1.08	2025-08-06 11:33:23	3	Informationen zum Kopfhörer: Funktionen der App	Guten Tag, ich interessiere mich für den Kopfhörer und habe eine Frage (Funktionen der App). Können Sie mich beraten?	TKT-00487
INT-000901	phone	112	2025-08-07 12:45:01	19.8	9.00	2025-08-07 13:04:49	3	\N	\N	TKT-00488
INT-000902	chat	13	2025-08-07 16:01:05	7.6	62.00	2025-08-07 16:08:41	2	Fault report for my headphones: no sound	Hi, I need help with my headphones: no sound	TKT-00489
INT-000903	chat	13	2025-08-07 16:36:37	7.9	28.00	2025-08-07 16:44:31	2	Technical issue (no sound)	Hello, following up on my earlier request (no sound)	TKT-00489
INT-000904	email	71	2025-08-12 15:15:46	22.1	0.89	2025-08-12 15:37:52	2	Warranty claim for my headphones	Dear team, regarding my headphones: return authorisation needed. Please let me know how to send the device in.	TKT-00490
INT-000905	phone	90	2025-08-14 09:14:41	3.7	86.00	2025-08-14 09:18:23	1	\N	\N	TKT-00491
INT-000906	phone	90	2025-08-14 09:38:24	6.9	64.00	2025-08-14 09:45:18	1	\N	\N	TKT-00491
INT-000907	email	55	2025-08-14 11:58:20	2.5	1.09	2025-08-14 12:00:50	1	Produktanfrage: Lieferbarkeit	Hallo, ich vergleiche gerade mehrere Modelle und benötige Informationen zum Verstärker (Lieferbarkeit). Vielen Dank im Voraus.	TKT-00492
INT-000908	email	23	2025-08-15 10:06:10	6.5	1.47	2025-08-15 10:12:40	2	Fault report for my headphones: connection keeps dropping	Good morning, I bought the headphones from you a few months ago and now have the following problem: connection keeps dropping. Is there a fix for this?	TKT-00493
INT-000909	phone	14	2025-08-15 10:08:47	9.4	16.00	2025-08-15 10:18:11	2	\N	\N	TKT-00494
INT-000910	phone	28	2025-08-18 09:23:21	5.2	53.00	2025-08-18 09:28:33	2	\N	\N	TKT-00495
INT-000911	phone	28	2025-08-18 14:06:38	4.6	95.00	2025-08-18 14:11:14	2	\N	\N	TKT-00495
INT-000912	phone	67	2025-08-18 19:44:48	5.6	39.00	2025-08-18 19:50:24	3	\N	\N	TKT-00496
INT-000913	chat	10	2025-08-19 08:43:54	24.1	106.00	2025-08-19 09:08:00	3	Dysfonctionnement : échec de la mise à jour du firmware	Bonjour, quelqu'un est disponible ? C'est au sujet de mon amplificateur.	TKT-00497
INT-000914	email	110	2025-08-19 13:13:24	4.6	0.43	2025-08-19 13:18:00	3	Frage zum Versand: Paket beschädigt angekommen	Guten Tag, bei meiner Bestellung ORD-333584 (Lautsprecher) gibt es ein Problem: Paket beschädigt angekommen. Könnten Sie das bitte prüfen?	TKT-00498
INT-000915	phone	69	2025-08-19 14:58:34	9.7	212.00	2025-08-19 15:08:16	3	\N	\N	TKT-00499
INT-000916	phone	69	2025-08-19 15:21:35	6.9	25.00	2025-08-19 15:28:29	3	\N	\N	TKT-00499
INT-000917	email	110	2025-08-19 18:57:21	6.5	1.78	2025-08-19 19:03:51	1	AW: Frage zum Versand: Paket beschädigt angekommen	Guten Tag, vielen Dank für Ihre Geduld. Wir haben den Versanddienstleister zur Bestellung ORD-333584 (Paket beschädigt angekommen) kontaktiert und melden uns, sobald wir eine Antwort haben, in der Regel innerhalb von zwei Werktagen.	TKT-00498
INT-000918	email	118	2025-08-20 08:10:34	6.5	10.83	2025-08-20 08:17:04	3	Störung bei meinem Lautsprecher	Hallo, Bluetooth-Kopplung schlägt fehl – das passiert bei meinem Lautsprecher immer wieder. Ich habe das Gerät schon zweimal zurückgesetzt. Können Sie mir helfen?	TKT-00500
\.

COPY calls (id, initialized, answered, abandoned, is_abandoned, interaction_id) FROM stdin WITH (FREEZE);
CAL-000001	2023-09-16 15:20:52	2023-09-16 15:21:28	\N	f	INT-000001
CAL-000002	2023-09-18 09:34:38	2023-09-18 09:36:22	\N	f	INT-000002
CAL-000003	2023-09-18 09:36:01	\N	2023-09-18 09:38:14	t	\N
CAL-000004	2023-09-18 11:10:06	2023-09-18 11:10:57	\N	f	INT-000004
CAL-000005	2023-09-18 12:11:47	2023-09-18 12:12:13	\N	f	INT-000006
CAL-000006	2023-09-18 12:53:14	2023-09-18 12:58:02	\N	f	INT-000008
CAL-000007	2023-09-26 09:20:23	2023-09-26 09:20:56	\N	f	INT-000024
CAL-000008	2023-09-26 13:00:31	2023-09-26 13:01:08	\N	f	INT-000026
CAL-000009	2023-09-26 15:31:39	2023-09-26 15:32:56	\N	f	INT-000027
CAL-000010	2023-09-26 15:46:15	\N	2023-09-26 15:46:43	t	\N
CAL-000011	2023-09-26 18:14:05	2023-09-26 18:18:53	\N	f	INT-000029
CAL-000012	2023-09-26 19:04:45	\N	2023-09-26 19:06:51	t	\N
CAL-000013	2023-09-26 19:05:13	2023-09-26 19:09:45	\N	f	INT-000030
CAL-000014	2023-09-26 19:10:38	\N	2023-09-26 19:11:15	t	\N
CAL-000015	2023-09-27 12:22:38	2023-09-27 12:22:48	\N	f	INT-000033
CAL-000016	2023-10-02 15:09:11	2023-10-02 15:09:22	\N	f	INT-000041
CAL-000017	2023-10-02 19:24:30	2023-10-02 19:25:28	\N	f	INT-000042
CAL-000018	2023-10-02 19:39:44	2023-10-02 19:40:57	\N	f	INT-000043
CAL-000019	2023-10-04 18:12:23	2023-10-04 18:12:44	\N	f	INT-000045
CAL-000020	2023-10-05 10:45:30	2023-10-05 10:46:03	\N	f	INT-000046
CAL-000021	2023-10-05 13:20:50	2023-10-05 13:21:26	\N	f	INT-000047
CAL-000022	2023-10-05 13:58:18	2023-10-05 13:59:20	\N	f	INT-000048
CAL-000023	2023-10-05 16:35:44	2023-10-05 16:35:54	\N	f	INT-000049
CAL-000024	2023-10-08 10:45:09	2023-10-08 10:48:40	\N	f	INT-000050
CAL-000025	2023-10-08 12:48:35	2023-10-08 12:55:25	\N	f	INT-000051
CAL-000026	2023-10-13 13:29:05	2023-10-13 13:29:32	\N	f	INT-000060
CAL-000027	2023-10-16 16:00:07	2023-10-16 16:02:10	\N	f	INT-000065
CAL-000028	2023-10-16 17:01:16	2023-10-16 17:01:22	\N	f	INT-000066
CAL-000029	2023-10-20 09:37:02	2023-10-20 09:43:02	\N	f	INT-000069
CAL-000030	2023-10-20 09:55:47	2023-10-20 09:58:12	\N	f	INT-000070
CAL-000031	2023-10-20 15:36:00	2023-10-20 15:36:55	\N	f	INT-000072
CAL-000032	2023-10-20 19:31:45	2023-10-20 19:31:53	\N	f	INT-000074
CAL-000033	2023-10-24 14:18:14	2023-10-24 14:18:33	\N	f	INT-000078
CAL-000034	2023-10-24 14:51:20	2023-10-24 14:51:57	\N	f	INT-000079
CAL-000035	2023-10-24 17:18:25	2023-10-24 17:18:48	\N	f	INT-000080
CAL-000036	2023-10-26 17:11:18	2023-10-26 17:11:34	\N	f	INT-000084
CAL-000037	2023-10-27 12:23:14	2023-10-27 12:23:29	\N	f	INT-000087
CAL-000038	2023-10-27 15:34:38	2023-10-27 15:35:20	\N	f	INT-000089
CAL-000039	2023-10-27 16:12:02	2023-10-27 16:12:13	\N	f	INT-000091
CAL-000040	2023-10-27 19:00:44	2023-10-27 19:06:29	\N	f	INT-000092
CAL-000041	2023-11-03 13:10:41	2023-11-03 13:11:07	\N	f	INT-000096
CAL-000042	2023-11-06 15:20:39	2023-11-06 15:22:10	\N	f	INT-000097
CAL-000043	2023-11-15 12:47:55	2023-11-15 12:48:34	\N	f	INT-000102
CAL-000044	2023-11-15 13:02:02	\N	2023-11-15 13:02:56	t	\N
CAL-000045	2023-11-15 13:03:35	2023-11-15 13:07:01	\N	f	INT-000103
CAL-000046	2023-11-15 17:14:24	2023-11-15 17:15:05	\N	f	INT-000105
CAL-000047	2023-11-16 11:00:09	2023-11-16 11:01:33	\N	f	INT-000106
CAL-000048	2023-11-16 14:09:26	2023-11-16 14:09:57	\N	f	INT-000107
CAL-000049	2023-11-20 17:37:36	2023-11-20 17:38:08	\N	f	INT-000115
CAL-000050	2023-11-20 17:51:51	2023-11-20 17:51:55	\N	f	INT-000116
CAL-000051	2023-11-20 18:10:25	2023-11-20 18:11:03	\N	f	INT-000117
CAL-000052	2023-11-20 19:43:30	2023-11-20 19:44:02	\N	f	INT-000118
CAL-000053	2023-11-24 11:52:18	2023-11-24 11:53:50	\N	f	INT-000122
CAL-000054	2023-11-26 14:14:49	2023-11-26 14:15:45	\N	f	INT-000123
CAL-000055	2023-11-28 14:46:22	2023-11-28 14:46:42	\N	f	INT-000124
CAL-000056	2023-11-28 14:52:12	\N	2023-11-28 14:53:23	t	\N
CAL-000057	2023-12-01 11:50:29	2023-12-01 11:50:45	\N	f	INT-000125
CAL-000058	2023-12-05 12:26:53	2023-12-05 12:28:25	\N	f	INT-000127
CAL-000059	2023-12-05 15:35:29	2023-12-05 15:36:01	\N	f	INT-000128
CAL-000060	2023-12-06 14:58:21	2023-12-06 14:58:33	\N	f	INT-000131
CAL-000061	2023-12-06 17:16:32	2023-12-06 17:17:44	\N	f	INT-000132
CAL-000062	2023-12-10 12:18:16	2023-12-10 12:18:44	\N	f	INT-000133
CAL-000063	2023-12-10 15:39:15	\N	2023-12-10 15:40:44	t	\N
CAL-000064	2023-12-10 15:42:44	2023-12-10 15:47:34	\N	f	INT-000134
CAL-000065	2023-12-12 17:07:54	2023-12-12 17:08:27	\N	f	INT-000136
CAL-000066	2023-12-13 10:45:46	2023-12-13 10:47:22	\N	f	INT-000137
CAL-000067	2023-12-13 15:34:47	2023-12-13 15:39:14	\N	f	INT-000139
CAL-000068	2023-12-13 15:54:34	2023-12-13 15:55:01	\N	f	INT-000140
CAL-000069	2023-12-13 19:50:36	2023-12-13 19:52:18	\N	f	INT-000141
CAL-000070	2023-12-15 15:36:33	2023-12-15 15:36:46	\N	f	INT-000142
CAL-000071	2023-12-15 18:01:36	2023-12-15 18:02:07	\N	f	INT-000143
CAL-000072	2023-12-20 19:35:03	2023-12-20 19:35:18	\N	f	INT-000150
CAL-000073	2023-12-22 15:34:37	2023-12-22 15:35:41	\N	f	INT-000152
CAL-000074	2023-12-23 16:45:50	2023-12-23 16:46:21	\N	f	INT-000153
CAL-000075	2023-12-23 16:56:10	2023-12-23 16:56:40	\N	f	INT-000154
CAL-000076	2023-12-24 14:14:12	2023-12-24 14:14:48	\N	f	INT-000155
CAL-000077	2023-12-24 14:55:15	2023-12-24 14:55:49	\N	f	INT-000157
CAL-000078	2023-12-24 15:16:33	2023-12-24 15:19:36	\N	f	INT-000158
CAL-000079	2023-12-24 15:42:19	2023-12-24 15:42:49	\N	f	INT-000159
CAL-000080	2023-12-27 10:03:13	2023-12-27 10:03:51	\N	f	INT-000160
CAL-000081	2023-12-28 08:39:57	2023-12-28 08:40:57	\N	f	INT-000161
CAL-000082	2023-12-28 08:41:17	\N	2023-12-28 08:42:10	t	\N
CAL-000083	2023-12-29 14:13:02	2023-12-29 14:13:26	\N	f	INT-000166
CAL-000084	2024-01-02 10:53:03	2024-01-02 10:57:05	\N	f	INT-000173
CAL-000085	2024-01-02 12:37:35	2024-01-02 12:38:06	\N	f	INT-000174
CAL-000086	2024-01-02 17:05:32	2024-01-02 17:07:54	\N	f	INT-000178
CAL-000087	2024-01-05 10:43:04	2024-01-05 10:44:35	\N	f	INT-000180
CAL-000088	2024-01-05 13:19:05	2024-01-05 13:19:40	\N	f	INT-000181
CAL-000089	2024-01-05 15:55:45	2024-01-05 15:55:56	\N	f	INT-000182
CAL-000090	2024-01-05 16:18:07	2024-01-05 16:20:03	\N	f	INT-000183
CAL-000091	2024-01-05 17:13:28	2024-01-05 17:14:14	\N	f	INT-000184
CAL-000092	2024-01-05 18:39:28	2024-01-05 18:39:42	\N	f	INT-000185
CAL-000093	2024-01-06 09:32:40	2024-01-06 09:33:26	\N	f	INT-000186
CAL-000094	2024-01-08 12:37:12	2024-01-08 12:37:20	\N	f	INT-000189
CAL-000095	2024-01-08 12:38:28	2024-01-08 12:39:09	\N	f	INT-000190
CAL-000096	2024-01-08 13:14:21	2024-01-08 13:14:35	\N	f	INT-000191
CAL-000097	2024-01-11 17:32:35	2024-01-11 17:33:00	\N	f	INT-000195
CAL-000098	2024-01-11 18:58:44	2024-01-11 19:01:04	\N	f	INT-000196
CAL-000099	2024-01-12 12:08:40	2024-01-12 12:09:36	\N	f	INT-000199
CAL-000100	2024-01-15 11:03:54	2024-01-15 11:04:27	\N	f	INT-000203
CAL-000101	2024-01-17 12:13:13	2024-01-17 12:13:25	\N	f	INT-000205
CAL-000102	2024-01-17 12:48:00	2024-01-17 12:48:25	\N	f	INT-000206
CAL-000103	2024-01-17 15:17:18	2024-01-17 15:17:53	\N	f	INT-000208
CAL-000104	2024-01-17 17:11:29	2024-01-17 17:11:36	\N	f	INT-000209
CAL-000105	2024-01-19 14:35:14	2024-01-19 14:35:23	\N	f	INT-000212
CAL-000106	2024-01-22 14:09:41	2024-01-22 14:10:13	\N	f	INT-000217
CAL-000107	2024-01-25 14:53:57	2024-01-25 14:54:19	\N	f	INT-000219
CAL-000108	2024-01-26 16:36:52	2024-01-26 16:37:29	\N	f	INT-000221
CAL-000109	2024-01-27 11:01:56	2024-01-27 11:02:25	\N	f	INT-000222
CAL-000110	2024-02-05 18:59:14	2024-02-05 19:01:00	\N	f	INT-000230
CAL-000111	2024-02-06 09:23:40	2024-02-06 09:24:21	\N	f	INT-000231
CAL-000112	2024-02-06 10:59:59	2024-02-06 11:02:39	\N	f	INT-000232
CAL-000113	2024-02-12 17:28:35	2024-02-12 17:28:57	\N	f	INT-000238
CAL-000114	2024-02-12 18:21:03	2024-02-12 18:23:26	\N	f	INT-000240
CAL-000115	2024-02-15 12:43:24	2024-02-15 12:44:13	\N	f	INT-000243
CAL-000116	2024-02-15 17:36:17	2024-02-15 17:36:53	\N	f	INT-000244
CAL-000117	2024-02-20 08:42:54	2024-02-20 08:43:40	\N	f	INT-000247
CAL-000118	2024-02-20 10:22:01	2024-02-20 10:23:35	\N	f	INT-000248
CAL-000119	2024-02-20 10:28:13	\N	2024-02-20 10:29:34	t	\N
CAL-000120	2024-02-20 10:34:24	\N	2024-02-20 10:34:58	t	\N
CAL-000121	2024-02-21 09:11:26	2024-02-21 09:11:51	\N	f	INT-000249
CAL-000122	2024-02-22 17:54:57	2024-02-22 17:56:52	\N	f	INT-000251
CAL-000123	2024-02-26 13:43:53	2024-02-26 13:44:10	\N	f	INT-000255
CAL-000124	2024-02-26 18:13:05	2024-02-26 18:13:40	\N	f	INT-000256
CAL-000125	2024-02-28 08:52:28	2024-02-28 08:52:54	\N	f	INT-000257
CAL-000126	2024-02-28 09:38:31	2024-02-28 09:40:28	\N	f	INT-000258
CAL-000127	2024-02-28 13:55:54	2024-02-28 13:56:03	\N	f	INT-000259
CAL-000128	2024-03-05 11:31:07	2024-03-05 11:31:37	\N	f	INT-000264
CAL-000129	2024-03-05 16:54:18	2024-03-05 16:55:09	\N	f	INT-000265
CAL-000130	2024-03-06 13:18:59	2024-03-06 13:24:17	\N	f	INT-000270
CAL-000131	2024-03-07 09:38:05	2024-03-07 09:38:15	\N	f	INT-000275
CAL-000132	2024-03-07 11:41:13	2024-03-07 11:41:26	\N	f	INT-000276
CAL-000133	2024-03-13 13:33:34	2024-03-13 13:33:56	\N	f	INT-000277
CAL-000134	2024-03-15 15:45:20	2024-03-15 15:46:16	\N	f	INT-000280
CAL-000135	2024-03-16 16:09:09	2024-03-16 16:09:24	\N	f	INT-000283
CAL-000136	2024-03-19 11:59:27	2024-03-19 11:59:54	\N	f	INT-000284
CAL-000137	2024-03-19 16:43:14	2024-03-19 16:43:36	\N	f	INT-000285
CAL-000138	2024-03-21 13:50:37	2024-03-21 13:50:52	\N	f	INT-000286
CAL-000139	2024-03-21 16:16:38	2024-03-21 16:16:43	\N	f	INT-000287
CAL-000140	2024-03-29 17:59:57	2024-03-29 18:00:11	\N	f	INT-000292
CAL-000141	2024-04-01 14:20:53	2024-04-01 14:21:48	\N	f	INT-000296
CAL-000142	2024-04-02 19:31:42	2024-04-02 19:32:28	\N	f	INT-000301
CAL-000143	2024-04-03 14:58:37	2024-04-03 15:00:03	\N	f	INT-000302
CAL-000144	2024-04-03 17:37:34	2024-04-03 17:38:17	\N	f	INT-000303
CAL-000145	2024-04-05 18:28:02	2024-04-05 18:28:24	\N	f	INT-000306
CAL-000146	2024-04-11 16:34:58	2024-04-11 16:36:12	\N	f	INT-000310
CAL-000147	2024-04-11 17:26:29	2024-04-11 17:26:50	\N	f	INT-000311
CAL-000148	2024-04-12 12:00:54	2024-04-12 12:01:22	\N	f	INT-000312
CAL-000149	2024-04-12 15:24:42	2024-04-12 15:25:48	\N	f	INT-000313
CAL-000150	2024-04-15 10:27:47	\N	2024-04-15 10:36:24	t	\N
CAL-000151	2024-04-15 10:41:41	2024-04-15 10:45:10	\N	f	INT-000314
CAL-000152	2024-04-15 13:38:48	2024-04-15 13:41:49	\N	f	INT-000315
CAL-000153	2024-04-16 09:15:17	\N	2024-04-16 09:17:37	t	\N
CAL-000154	2024-04-16 09:27:27	2024-04-16 09:39:44	\N	f	INT-000319
CAL-000155	2024-04-16 10:12:51	2024-04-16 10:17:57	\N	f	INT-000320
CAL-000156	2024-04-16 18:30:46	2024-04-16 18:33:30	\N	f	INT-000326
CAL-000157	2024-04-18 09:05:57	2024-04-18 09:06:11	\N	f	INT-000331
CAL-000158	2024-04-22 17:05:53	2024-04-22 17:06:30	\N	f	INT-000338
CAL-000159	2024-04-22 18:40:51	2024-04-22 18:41:04	\N	f	INT-000339
CAL-000160	2024-04-23 08:19:47	2024-04-23 08:27:27	\N	f	INT-000340
CAL-000161	2024-04-24 08:12:23	2024-04-24 08:12:43	\N	f	INT-000341
CAL-000162	2024-04-24 08:56:53	2024-04-24 09:05:39	\N	f	INT-000342
CAL-000163	2024-04-24 10:18:20	2024-04-24 10:23:03	\N	f	INT-000343
CAL-000164	2024-04-24 13:24:31	2024-04-24 13:24:48	\N	f	INT-000345
CAL-000165	2024-04-25 14:54:10	2024-04-25 14:54:49	\N	f	INT-000346
CAL-000166	2024-04-29 15:54:18	2024-04-29 15:56:08	\N	f	INT-000348
CAL-000167	2024-04-29 17:08:44	2024-04-29 17:09:41	\N	f	INT-000349
CAL-000168	2024-04-30 18:21:27	2024-04-30 18:23:04	\N	f	INT-000351
CAL-000169	2024-05-06 09:08:13	2024-05-06 09:09:55	\N	f	INT-000354
CAL-000170	2024-05-06 11:07:23	2024-05-06 11:07:34	\N	f	INT-000355
CAL-000171	2024-05-06 13:35:35	2024-05-06 13:38:31	\N	f	INT-000356
CAL-000172	2024-05-06 16:00:35	\N	2024-05-06 16:00:50	t	\N
CAL-000173	2024-05-06 16:06:24	2024-05-06 16:08:30	\N	f	INT-000357
CAL-000174	2024-05-09 17:47:33	2024-05-09 17:50:40	\N	f	INT-000358
CAL-000175	2024-05-27 11:49:53	2024-05-27 11:51:50	\N	f	INT-000368
CAL-000176	2024-05-27 16:28:07	2024-05-27 16:29:03	\N	f	INT-000369
CAL-000177	2024-05-28 10:42:30	2024-05-28 10:42:45	\N	f	INT-000372
CAL-000178	2024-05-28 13:32:44	2024-05-28 13:34:08	\N	f	INT-000373
CAL-000179	2024-05-29 09:36:39	2024-05-29 09:37:38	\N	f	INT-000374
CAL-000180	2024-06-01 09:23:00	2024-06-01 09:24:21	\N	f	INT-000375
CAL-000181	2024-06-01 14:13:17	2024-06-01 14:14:03	\N	f	INT-000376
CAL-000182	2024-06-02 11:15:58	2024-06-02 11:18:47	\N	f	INT-000377
CAL-000183	2024-06-03 08:29:15	2024-06-03 08:29:43	\N	f	INT-000378
CAL-000184	2024-06-03 09:23:16	2024-06-03 09:23:55	\N	f	INT-000379
CAL-000185	2024-06-05 08:45:35	2024-06-05 08:46:03	\N	f	INT-000384
CAL-000186	2024-06-05 14:32:27	2024-06-05 14:32:42	\N	f	INT-000386
CAL-000187	2024-06-06 08:11:41	2024-06-06 08:14:10	\N	f	INT-000387
CAL-000188	2024-06-07 17:32:48	2024-06-07 17:42:31	\N	f	INT-000392
CAL-000189	2024-06-07 19:06:16	2024-06-07 19:07:23	\N	f	INT-000393
CAL-000190	2024-06-09 11:52:31	2024-06-09 11:52:48	\N	f	INT-000396
CAL-000191	2024-06-17 12:04:58	2024-06-17 12:06:03	\N	f	INT-000409
CAL-000192	2024-06-17 13:17:43	2024-06-17 13:18:27	\N	f	INT-000411
CAL-000193	2024-06-22 11:15:47	2024-06-22 11:17:01	\N	f	INT-000429
CAL-000194	2024-06-22 12:38:08	2024-06-22 12:42:02	\N	f	INT-000430
CAL-000195	2024-06-28 13:08:04	2024-06-28 13:08:20	\N	f	INT-000438
CAL-000196	2024-07-02 15:14:00	2024-07-02 15:14:15	\N	f	INT-000443
CAL-000197	2024-07-02 19:13:34	2024-07-02 19:13:54	\N	f	INT-000444
CAL-000198	2024-07-08 17:35:48	2024-07-08 17:36:11	\N	f	INT-000449
CAL-000199	2024-07-08 19:27:08	2024-07-08 19:27:16	\N	f	INT-000450
CAL-000200	2024-07-11 16:44:42	2024-07-11 16:47:52	\N	f	INT-000453
CAL-000201	2024-07-12 19:17:28	2024-07-12 19:18:20	\N	f	INT-000456
CAL-000202	2024-07-17 10:34:18	\N	2024-07-17 10:37:49	t	\N
CAL-000203	2024-07-17 10:35:44	2024-07-17 10:41:17	\N	f	INT-000458
CAL-000204	2024-07-24 17:56:40	2024-07-24 17:57:21	\N	f	INT-000459
CAL-000205	2024-07-24 18:16:58	2024-07-24 18:17:58	\N	f	INT-000460
CAL-000206	2024-07-27 11:33:48	2024-07-27 11:35:38	\N	f	INT-000461
CAL-000207	2024-07-28 15:53:14	2024-07-28 15:53:24	\N	f	INT-000462
CAL-000208	2024-07-29 13:51:28	2024-07-29 13:51:33	\N	f	INT-000463
CAL-000209	2024-07-29 19:43:11	2024-07-29 19:44:53	\N	f	INT-000464
CAL-000210	2024-07-30 08:52:26	2024-07-30 08:52:43	\N	f	INT-000465
CAL-000211	2024-07-30 12:58:49	2024-07-30 13:00:01	\N	f	INT-000466
CAL-000212	2024-07-30 14:03:37	2024-07-30 14:03:50	\N	f	INT-000467
CAL-000213	2024-08-01 11:42:28	2024-08-01 11:42:31	\N	f	INT-000468
CAL-000214	2024-08-06 14:32:58	2024-08-06 14:36:57	\N	f	INT-000469
CAL-000215	2024-08-06 15:06:17	2024-08-06 15:06:39	\N	f	INT-000470
CAL-000216	2024-08-07 09:35:00	2024-08-07 09:35:35	\N	f	INT-000471
CAL-000217	2024-08-12 11:10:10	2024-08-12 11:10:20	\N	f	INT-000474
CAL-000218	2024-08-13 14:23:16	2024-08-13 14:23:43	\N	f	INT-000475
CAL-000219	2024-08-13 19:12:14	2024-08-13 19:12:44	\N	f	INT-000476
CAL-000220	2024-08-17 10:49:54	2024-08-17 10:51:41	\N	f	INT-000482
CAL-000221	2024-08-17 10:53:22	\N	2024-08-17 10:54:07	t	\N
CAL-000222	2024-08-17 11:00:44	\N	2024-08-17 11:09:33	t	\N
CAL-000223	2024-08-18 14:35:00	2024-08-18 14:40:26	\N	f	INT-000486
CAL-000224	2024-08-18 15:23:18	2024-08-18 15:25:57	\N	f	INT-000487
CAL-000225	2024-08-20 09:02:33	2024-08-20 09:04:25	\N	f	INT-000488
CAL-000226	2024-08-20 11:46:53	2024-08-20 11:48:49	\N	f	INT-000489
CAL-000227	2024-08-20 12:43:29	2024-08-20 12:43:42	\N	f	INT-000490
CAL-000228	2024-08-23 08:42:07	2024-08-23 08:43:18	\N	f	INT-000491
CAL-000229	2024-08-23 15:58:08	2024-08-23 15:58:21	\N	f	INT-000492
CAL-000230	2024-08-23 18:10:11	2024-08-23 18:11:31	\N	f	INT-000493
CAL-000231	2024-08-26 14:14:41	2024-08-26 14:15:23	\N	f	INT-000496
CAL-000232	2024-08-26 16:11:35	2024-08-26 16:12:11	\N	f	INT-000498
CAL-000233	2024-08-26 19:30:30	2024-08-26 19:31:11	\N	f	INT-000500
CAL-000234	2024-09-02 10:33:02	2024-09-02 10:34:22	\N	f	INT-000506
CAL-000235	2024-09-02 10:36:41	\N	2024-09-02 10:38:11	t	\N
CAL-000236	2024-09-03 08:36:40	2024-09-03 08:41:39	\N	f	INT-000507
CAL-000237	2024-09-03 09:16:22	2024-09-03 09:18:32	\N	f	INT-000508
CAL-000238	2024-09-03 11:31:13	2024-09-03 11:34:59	\N	f	INT-000510
CAL-000239	2024-09-03 12:41:00	2024-09-03 12:55:37	\N	f	INT-000511
CAL-000240	2024-09-07 15:03:29	2024-09-07 15:04:04	\N	f	INT-000512
CAL-000241	2024-09-07 15:17:31	\N	2024-09-07 15:18:40	t	\N
CAL-000242	2024-09-07 15:19:35	2024-09-07 15:20:04	\N	f	INT-000513
CAL-000243	2024-09-09 11:17:10	2024-09-09 11:17:21	\N	f	INT-000514
CAL-000244	2024-09-09 15:35:27	2024-09-09 15:35:54	\N	f	INT-000515
CAL-000245	2024-09-11 12:30:30	2024-09-11 12:31:18	\N	f	INT-000517
CAL-000246	2024-09-11 12:41:28	\N	2024-09-11 12:42:21	t	\N
CAL-000247	2024-09-13 10:28:12	2024-09-13 10:28:53	\N	f	INT-000521
CAL-000248	2024-09-13 11:17:41	2024-09-13 11:20:23	\N	f	INT-000522
CAL-000249	2024-09-13 12:41:06	2024-09-13 12:41:24	\N	f	INT-000523
CAL-000250	2024-09-13 15:08:56	2024-09-13 15:09:43	\N	f	INT-000524
CAL-000251	2024-09-16 09:34:33	2024-09-16 09:36:08	\N	f	INT-000526
CAL-000252	2024-09-23 11:30:53	2024-09-23 11:32:11	\N	f	INT-000531
CAL-000253	2024-09-23 12:12:56	2024-09-23 12:13:23	\N	f	INT-000532
CAL-000254	2024-09-23 15:08:18	2024-09-23 15:08:51	\N	f	INT-000533
CAL-000255	2024-10-07 16:45:16	2024-10-07 16:45:27	\N	f	INT-000538
CAL-000256	2024-10-07 18:31:31	2024-10-07 18:31:38	\N	f	INT-000539
CAL-000257	2024-10-08 10:52:13	2024-10-08 10:53:56	\N	f	INT-000540
CAL-000258	2024-10-08 14:32:02	2024-10-08 14:33:53	\N	f	INT-000541
CAL-000259	2024-10-10 11:18:52	2024-10-10 11:20:02	\N	f	INT-000542
CAL-000260	2024-10-11 18:08:10	2024-10-11 18:08:16	\N	f	INT-000544
CAL-000261	2024-10-11 18:31:11	2024-10-11 18:31:21	\N	f	INT-000545
CAL-000262	2024-10-12 10:13:20	2024-10-12 10:14:33	\N	f	INT-000547
CAL-000263	2024-10-12 14:21:03	\N	2024-10-12 14:21:45	t	\N
CAL-000264	2024-10-12 14:25:05	2024-10-12 14:27:44	\N	f	INT-000550
CAL-000265	2024-10-14 09:50:40	2024-10-14 09:52:40	\N	f	INT-000551
CAL-000266	2024-10-15 08:00:00	\N	2024-10-15 08:04:16	t	\N
CAL-000267	2024-10-15 08:05:03	2024-10-15 08:05:22	\N	f	INT-000552
CAL-000268	2024-10-15 08:06:55	\N	2024-10-15 08:07:33	t	\N
CAL-000269	2024-10-15 17:40:16	2024-10-15 17:42:23	\N	f	INT-000553
CAL-000270	2024-10-15 18:05:44	2024-10-15 18:07:29	\N	f	INT-000554
CAL-000271	2024-10-15 18:10:33	\N	2024-10-15 18:14:45	t	\N
CAL-000272	2024-10-17 16:26:36	2024-10-17 16:26:39	\N	f	INT-000555
CAL-000273	2024-10-17 16:45:11	2024-10-17 16:45:46	\N	f	INT-000556
CAL-000274	2024-10-31 12:46:44	2024-10-31 12:47:05	\N	f	INT-000563
CAL-000275	2024-10-31 13:43:09	2024-10-31 13:44:50	\N	f	INT-000564
CAL-000276	2024-10-31 19:20:45	2024-10-31 19:20:54	\N	f	INT-000566
CAL-000277	2024-11-07 17:57:51	2024-11-07 17:58:13	\N	f	INT-000571
CAL-000278	2024-11-15 18:37:36	2024-11-15 18:38:04	\N	f	INT-000572
CAL-000279	2024-11-15 19:42:09	2024-11-15 19:42:22	\N	f	INT-000573
CAL-000280	2024-11-20 13:47:51	2024-11-20 13:48:01	\N	f	INT-000579
CAL-000281	2024-11-20 18:54:54	2024-11-20 18:55:12	\N	f	INT-000580
CAL-000282	2024-11-25 15:36:56	2024-11-25 15:38:24	\N	f	INT-000581
CAL-000283	2024-11-28 16:56:54	2024-11-28 16:57:52	\N	f	INT-000584
CAL-000284	2024-11-29 10:12:20	2024-11-29 10:13:20	\N	f	INT-000585
CAL-000285	2024-11-29 10:56:09	2024-11-29 11:02:23	\N	f	INT-000586
CAL-000286	2024-12-06 12:20:12	2024-12-06 12:20:18	\N	f	INT-000595
CAL-000287	2024-12-06 13:50:59	2024-12-06 13:51:18	\N	f	INT-000596
CAL-000288	2024-12-10 14:42:55	2024-12-10 14:42:59	\N	f	INT-000602
CAL-000289	2024-12-10 14:52:04	2024-12-10 14:52:39	\N	f	INT-000603
CAL-000290	2024-12-10 15:29:21	2024-12-10 15:31:28	\N	f	INT-000604
CAL-000291	2024-12-16 16:48:04	2024-12-16 16:48:54	\N	f	INT-000606
CAL-000292	2024-12-16 19:24:12	2024-12-16 19:25:11	\N	f	INT-000607
CAL-000293	2024-12-17 12:00:02	2024-12-17 12:00:55	\N	f	INT-000608
CAL-000294	2024-12-17 13:04:52	2024-12-17 13:05:19	\N	f	INT-000609
CAL-000295	2024-12-17 14:10:07	2024-12-17 14:10:12	\N	f	INT-000610
CAL-000296	2024-12-17 15:39:27	2024-12-17 15:39:43	\N	f	INT-000611
CAL-000297	2024-12-30 08:46:49	2024-12-30 08:47:11	\N	f	INT-000613
CAL-000298	2025-01-03 14:32:02	2025-01-03 14:32:13	\N	f	INT-000615
CAL-000299	2025-01-03 14:55:53	2025-01-03 14:56:41	\N	f	INT-000616
CAL-000300	2025-01-09 08:57:04	2025-01-09 08:59:54	\N	f	INT-000619
CAL-000301	2025-01-09 10:39:16	2025-01-09 10:40:43	\N	f	INT-000620
CAL-000302	2025-01-09 12:07:09	2025-01-09 12:07:37	\N	f	INT-000621
CAL-000303	2025-01-09 13:11:51	2025-01-09 13:12:27	\N	f	INT-000622
CAL-000304	2025-01-09 13:48:34	2025-01-09 13:48:42	\N	f	INT-000623
CAL-000305	2025-01-09 14:19:03	2025-01-09 14:19:16	\N	f	INT-000624
CAL-000306	2025-01-10 17:06:12	2025-01-10 17:06:28	\N	f	INT-000626
CAL-000307	2025-01-10 17:42:45	2025-01-10 17:44:20	\N	f	INT-000627
CAL-000308	2025-01-10 19:14:48	2025-01-10 19:15:51	\N	f	INT-000628
CAL-000309	2025-01-14 14:10:11	2025-01-14 14:10:44	\N	f	INT-000631
CAL-000310	2025-01-15 15:37:01	2025-01-15 15:37:12	\N	f	INT-000632
CAL-000311	2025-01-15 17:51:16	2025-01-15 17:51:29	\N	f	INT-000633
CAL-000312	2025-01-16 15:37:16	\N	2025-01-16 15:39:08	t	\N
CAL-000313	2025-01-16 15:48:11	2025-01-16 15:49:04	\N	f	INT-000634
CAL-000314	2025-01-16 16:24:31	2025-01-16 16:24:39	\N	f	INT-000635
CAL-000315	2025-01-20 10:55:49	2025-01-20 10:58:22	\N	f	INT-000638
CAL-000316	2025-01-20 12:34:35	2025-01-20 12:38:58	\N	f	INT-000640
CAL-000317	2025-01-20 17:26:07	2025-01-20 17:26:21	\N	f	INT-000642
CAL-000318	2025-01-21 08:17:32	2025-01-21 08:18:07	\N	f	INT-000644
CAL-000319	2025-01-24 15:07:25	2025-01-24 15:08:44	\N	f	INT-000651
CAL-000320	2025-01-24 19:54:15	2025-01-24 19:54:29	\N	f	INT-000654
CAL-000321	2025-01-29 11:00:46	2025-01-29 11:01:06	\N	f	INT-000658
CAL-000322	2025-01-29 15:38:55	2025-01-29 15:39:29	\N	f	INT-000659
CAL-000323	2025-01-29 16:58:36	2025-01-29 16:58:43	\N	f	INT-000660
CAL-000324	2025-01-30 17:33:33	2025-01-30 17:33:58	\N	f	INT-000661
CAL-000325	2025-01-30 18:08:58	2025-01-30 18:09:21	\N	f	INT-000662
CAL-000326	2025-01-30 18:33:20	2025-01-30 18:34:16	\N	f	INT-000663
CAL-000327	2025-01-30 18:41:30	2025-01-30 18:42:11	\N	f	INT-000664
CAL-000328	2025-01-30 18:56:05	2025-01-30 18:56:43	\N	f	INT-000665
CAL-000329	2025-01-30 19:06:23	2025-01-30 19:06:26	\N	f	INT-000666
CAL-000330	2025-02-08 10:55:29	2025-02-08 10:55:47	\N	f	INT-000671
CAL-000331	2025-02-08 12:27:56	\N	2025-02-08 12:29:10	t	\N
CAL-000332	2025-02-08 12:33:25	2025-02-08 12:33:39	\N	f	INT-000672
CAL-000333	2025-02-11 17:15:02	2025-02-11 17:15:12	\N	f	INT-000674
CAL-000334	2025-02-17 11:07:17	2025-02-17 11:08:09	\N	f	INT-000675
CAL-000335	2025-02-19 11:13:59	2025-02-19 11:14:23	\N	f	INT-000677
CAL-000336	2025-02-19 11:56:53	2025-02-19 11:57:02	\N	f	INT-000678
CAL-000337	2025-02-19 13:08:40	2025-02-19 13:09:27	\N	f	INT-000679
CAL-000338	2025-02-19 15:55:11	2025-02-19 15:55:27	\N	f	INT-000680
CAL-000339	2025-02-27 11:55:56	2025-02-27 11:56:49	\N	f	INT-000689
CAL-000340	2025-02-27 13:10:19	2025-02-27 13:10:55	\N	f	INT-000690
CAL-000341	2025-02-27 17:34:38	2025-02-27 17:38:48	\N	f	INT-000691
CAL-000342	2025-03-03 19:13:20	2025-03-03 19:13:44	\N	f	INT-000695
CAL-000343	2025-03-07 09:40:23	2025-03-07 09:40:46	\N	f	INT-000699
CAL-000344	2025-03-07 17:21:06	2025-03-07 17:21:55	\N	f	INT-000701
CAL-000345	2025-03-07 19:27:58	2025-03-07 19:28:27	\N	f	INT-000702
CAL-000346	2025-03-12 08:08:50	2025-03-12 08:09:53	\N	f	INT-000703
CAL-000347	2025-03-12 10:08:22	2025-03-12 10:10:35	\N	f	INT-000704
CAL-000348	2025-03-14 11:01:28	2025-03-14 11:01:45	\N	f	INT-000707
CAL-000349	2025-03-17 19:47:08	2025-03-17 19:47:28	\N	f	INT-000708
CAL-000350	2025-03-17 19:55:26	2025-03-17 19:55:37	\N	f	INT-000709
CAL-000351	2025-03-21 19:31:06	2025-03-21 19:31:14	\N	f	INT-000710
CAL-000352	2025-03-21 19:41:02	2025-03-21 19:42:12	\N	f	INT-000711
CAL-000353	2025-03-30 12:45:25	2025-03-30 12:45:58	\N	f	INT-000718
CAL-000354	2025-04-02 13:56:21	2025-04-02 13:56:41	\N	f	INT-000720
CAL-000355	2025-04-02 15:47:57	2025-04-02 15:52:02	\N	f	INT-000721
CAL-000356	2025-04-05 09:23:30	2025-04-05 09:25:54	\N	f	INT-000724
CAL-000357	2025-04-05 11:08:41	\N	2025-04-05 11:09:55	t	\N
CAL-000358	2025-04-05 11:21:44	2025-04-05 11:22:44	\N	f	INT-000725
CAL-000359	2025-04-20 15:37:12	2025-04-20 15:37:29	\N	f	INT-000732
CAL-000360	2025-04-22 13:00:50	2025-04-22 13:01:21	\N	f	INT-000738
CAL-000361	2025-04-24 15:08:56	2025-04-24 15:12:15	\N	f	INT-000740
CAL-000362	2025-04-25 12:46:22	2025-04-25 12:46:36	\N	f	INT-000743
CAL-000363	2025-04-28 17:45:01	2025-04-28 17:45:10	\N	f	INT-000747
CAL-000364	2025-04-30 09:48:44	2025-04-30 09:49:47	\N	f	INT-000750
CAL-000365	2025-04-30 11:13:04	2025-04-30 11:17:51	\N	f	INT-000751
CAL-000366	2025-04-30 12:27:08	2025-04-30 12:27:50	\N	f	INT-000753
CAL-000367	2025-04-30 12:28:16	\N	2025-04-30 12:29:32	t	\N
CAL-000368	2025-05-08 09:44:20	2025-05-08 09:48:23	\N	f	INT-000760
CAL-000369	2025-05-08 11:24:24	2025-05-08 11:25:05	\N	f	INT-000761
CAL-000370	2025-05-13 11:36:00	2025-05-13 11:36:20	\N	f	INT-000767
CAL-000371	2025-05-14 19:17:02	2025-05-14 19:18:32	\N	f	INT-000769
CAL-000372	2025-05-21 14:53:26	2025-05-21 14:53:52	\N	f	INT-000773
CAL-000373	2025-05-21 17:54:42	2025-05-21 17:57:40	\N	f	INT-000775
CAL-000374	2025-05-22 09:50:03	\N	2025-05-22 09:50:54	t	\N
CAL-000375	2025-05-22 09:52:48	\N	2025-05-22 09:55:26	t	\N
CAL-000376	2025-05-22 09:57:07	2025-05-22 10:02:14	\N	f	INT-000778
CAL-000377	2025-05-22 14:13:46	2025-05-22 14:15:53	\N	f	INT-000781
CAL-000378	2025-05-22 14:33:47	2025-05-22 14:35:32	\N	f	INT-000782
CAL-000379	2025-05-23 13:32:00	2025-05-23 13:33:01	\N	f	INT-000784
CAL-000380	2025-05-23 15:33:28	2025-05-23 15:35:20	\N	f	INT-000785
CAL-000381	2025-05-27 10:59:29	2025-05-27 11:05:19	\N	f	INT-000788
CAL-000382	2025-05-27 14:13:53	2025-05-27 14:14:35	\N	f	INT-000791
CAL-000383	2025-05-29 17:40:09	2025-05-29 17:40:19	\N	f	INT-000794
CAL-000384	2025-05-30 17:09:28	2025-05-30 17:12:19	\N	f	INT-000796
CAL-000385	2025-06-01 11:43:29	2025-06-01 11:43:47	\N	f	INT-000798
CAL-000386	2025-06-03 16:06:41	2025-06-03 16:08:39	\N	f	INT-000801
CAL-000387	2025-06-03 16:41:36	2025-06-03 16:42:07	\N	f	INT-000802
CAL-000388	2025-06-03 17:29:31	2025-06-03 17:29:53	\N	f	INT-000803
CAL-000389	2025-06-04 16:17:15	2025-06-04 16:18:00	\N	f	INT-000806
CAL-000390	2025-06-04 16:24:50	\N	2025-06-04 16:28:47	t	\N
CAL-000391	2025-06-04 17:29:26	2025-06-04 17:31:47	\N	f	INT-000808
CAL-000392	2025-06-04 17:36:19	\N	2025-06-04 17:37:20	t	\N
CAL-000393	2025-06-06 09:13:11	2025-06-06 09:15:13	\N	f	INT-000811
CAL-000394	2025-06-09 08:37:56	2025-06-09 08:38:35	\N	f	INT-000812
CAL-000395	2025-06-09 17:08:37	2025-06-09 17:08:58	\N	f	INT-000813
CAL-000396	2025-06-09 17:19:52	\N	2025-06-09 17:20:51	t	\N
CAL-000397	2025-06-09 17:34:09	2025-06-09 17:35:21	\N	f	INT-000814
CAL-000398	2025-06-14 09:21:14	2025-06-14 09:25:55	\N	f	INT-000816
CAL-000399	2025-06-16 11:08:19	2025-06-16 11:10:18	\N	f	INT-000818
CAL-000400	2025-06-17 17:40:46	2025-06-17 17:41:12	\N	f	INT-000820
CAL-000401	2025-06-18 10:56:01	2025-06-18 11:00:19	\N	f	INT-000823
CAL-000402	2025-06-18 14:15:21	2025-06-18 14:16:29	\N	f	INT-000827
CAL-000403	2025-06-18 19:31:44	2025-06-18 19:32:05	\N	f	INT-000830
CAL-000404	2025-06-22 11:01:48	2025-06-22 11:03:51	\N	f	INT-000835
CAL-000405	2025-06-22 11:04:58	\N	2025-06-22 11:05:36	t	\N
CAL-000406	2025-06-22 13:26:11	2025-06-22 13:26:20	\N	f	INT-000837
CAL-000407	2025-06-22 14:54:11	2025-06-22 14:57:37	\N	f	INT-000838
CAL-000408	2025-06-22 15:29:37	2025-06-22 15:32:25	\N	f	INT-000839
CAL-000409	2025-06-23 12:46:00	2025-06-23 12:46:20	\N	f	INT-000840
CAL-000410	2025-06-26 10:33:46	2025-06-26 10:35:50	\N	f	INT-000844
CAL-000411	2025-06-26 13:38:55	2025-06-26 13:39:03	\N	f	INT-000845
CAL-000412	2025-07-01 08:25:30	2025-07-01 08:27:15	\N	f	INT-000849
CAL-000413	2025-07-03 12:51:18	2025-07-03 12:57:08	\N	f	INT-000854
CAL-000414	2025-07-03 15:12:21	2025-07-03 15:14:29	\N	f	INT-000857
CAL-000415	2025-07-04 10:16:22	2025-07-04 10:16:58	\N	f	INT-000859
CAL-000416	2025-07-04 13:16:00	2025-07-04 13:16:22	\N	f	INT-000860
CAL-000417	2025-07-07 13:42:35	2025-07-07 13:44:03	\N	f	INT-000861
CAL-000418	2025-07-07 16:03:02	2025-07-07 16:04:29	\N	f	INT-000863
CAL-000419	2025-07-08 12:36:34	2025-07-08 12:37:00	\N	f	INT-000866
CAL-000420	2025-07-08 17:35:04	2025-07-08 17:35:24	\N	f	INT-000867
CAL-000421	2025-07-16 14:15:41	2025-07-16 14:15:51	\N	f	INT-000870
CAL-000422	2025-07-16 15:11:37	2025-07-16 15:11:46	\N	f	INT-000871
CAL-000423	2025-07-16 19:06:42	2025-07-16 19:08:31	\N	f	INT-000873
CAL-000424	2025-07-18 17:22:49	2025-07-18 17:24:02	\N	f	INT-000877
CAL-000425	2025-07-18 18:44:03	2025-07-18 18:44:20	\N	f	INT-000878
CAL-000426	2025-07-21 12:16:26	2025-07-21 12:16:42	\N	f	INT-000879
CAL-000427	2025-07-25 08:05:14	2025-07-25 08:06:15	\N	f	INT-000880
CAL-000428	2025-07-25 08:58:26	2025-07-25 08:59:02	\N	f	INT-000881
CAL-000429	2025-07-25 16:29:16	2025-07-25 16:30:07	\N	f	INT-000882
CAL-000430	2025-07-25 17:04:26	2025-07-25 17:05:43	\N	f	INT-000883
CAL-000431	2025-07-28 12:35:25	2025-07-28 12:35:58	\N	f	INT-000886
CAL-000432	2025-07-31 14:57:40	2025-07-31 14:58:00	\N	f	INT-000891
CAL-000433	2025-08-01 08:32:45	2025-08-01 08:33:33	\N	f	INT-000895
CAL-000434	2025-08-02 09:57:25	2025-08-02 09:57:30	\N	f	INT-000897
CAL-000435	2025-08-03 14:12:19	2025-08-03 14:13:28	\N	f	INT-000898
CAL-000436	2025-08-03 14:21:56	2025-08-03 14:22:10	\N	f	INT-000899
CAL-000437	2025-08-07 12:44:52	2025-08-07 12:45:01	\N	f	INT-000901
CAL-000438	2025-08-14 09:13:15	2025-08-14 09:14:41	\N	f	INT-000905
CAL-000439	2025-08-14 09:37:20	2025-08-14 09:38:24	\N	f	INT-000906
CAL-000440	2025-08-15 10:08:31	2025-08-15 10:08:47	\N	f	INT-000909
CAL-000441	2025-08-18 09:22:28	2025-08-18 09:23:21	\N	f	INT-000910
CAL-000442	2025-08-18 14:05:03	2025-08-18 14:06:38	\N	f	INT-000911
CAL-000443	2025-08-18 19:44:09	2025-08-18 19:44:48	\N	f	INT-000912
CAL-000444	2025-08-19 14:55:02	2025-08-19 14:58:34	\N	f	INT-000915
CAL-000445	2025-08-19 15:21:10	2025-08-19 15:21:35	\N	f	INT-000916
\.

COPY chats (id, initialized, answered, abandoned, is_abandoned, interaction_id) FROM stdin WITH (FREEZE);
CHA-000001	2023-09-18 12:01:58	2023-09-18 12:02:05	\N	f	INT-000005
CHA-000002	2023-09-18 12:51:59	2023-09-18 12:52:21	\N	f	INT-000007
CHA-000003	2023-09-18 15:41:35	\N	2023-09-18 15:44:38	t	\N
CHA-000004	2023-09-18 15:53:49	2023-09-18 15:54:27	\N	f	INT-000011
CHA-000005	2023-09-18 16:29:19	2023-09-18 16:29:33	\N	f	INT-000012
CHA-000006	2023-09-18 16:40:15	\N	2023-09-18 16:43:14	t	\N
CHA-000007	2023-09-18 16:52:42	2023-09-18 16:52:46	\N	f	INT-000013
CHA-000008	2023-09-19 15:51:42	2023-09-19 15:51:50	\N	f	INT-000014
CHA-000009	2023-09-19 17:57:36	2023-09-19 17:58:05	\N	f	INT-000015
CHA-000010	2023-09-21 12:41:18	2023-09-21 12:41:46	\N	f	INT-000019
CHA-000011	2023-09-25 16:53:41	2023-09-25 16:53:52	\N	f	INT-000022
CHA-000012	2023-09-26 10:42:06	\N	2023-09-26 10:47:22	t	\N
CHA-000013	2023-09-26 10:44:10	2023-09-26 10:45:29	\N	f	INT-000025
CHA-000014	2023-09-26 15:38:18	2023-09-26 15:40:20	\N	f	INT-000028
CHA-000015	2023-09-26 19:29:45	2023-09-26 19:33:34	\N	f	INT-000031
CHA-000016	2023-09-27 13:41:15	2023-09-27 13:41:44	\N	f	INT-000034
CHA-000017	2023-09-30 14:26:36	\N	2023-09-30 14:27:12	t	\N
CHA-000018	2023-09-30 14:37:32	2023-09-30 14:38:33	\N	f	INT-000037
CHA-000019	2023-10-11 10:07:54	2023-10-11 10:09:37	\N	f	INT-000054
CHA-000020	2023-10-11 13:58:16	2023-10-11 13:58:55	\N	f	INT-000055
CHA-000021	2023-10-17 10:11:38	2023-10-17 10:12:55	\N	f	INT-000067
CHA-000022	2023-10-17 10:45:02	2023-10-17 10:45:32	\N	f	INT-000068
CHA-000023	2023-10-20 19:55:44	2023-10-20 19:55:50	\N	f	INT-000076
CHA-000024	2023-10-26 13:43:17	2023-10-26 13:43:58	\N	f	INT-000083
CHA-000025	2023-10-27 11:25:57	2023-10-27 11:30:44	\N	f	INT-000086
CHA-000026	2023-10-27 13:16:33	2023-10-27 13:16:56	\N	f	INT-000088
CHA-000027	2023-10-27 15:50:44	2023-10-27 15:51:17	\N	f	INT-000090
CHA-000028	2023-10-28 13:28:52	2023-10-28 13:29:23	\N	f	INT-000093
CHA-000029	2023-11-07 12:29:44	2023-11-07 12:30:07	\N	f	INT-000098
CHA-000030	2023-11-15 17:14:00	2023-11-15 17:14:09	\N	f	INT-000104
CHA-000031	2023-11-17 09:41:45	2023-11-17 09:43:27	\N	f	INT-000110
CHA-000032	2023-11-17 14:10:02	2023-11-17 14:10:06	\N	f	INT-000112
CHA-000033	2023-11-18 10:25:10	2023-11-18 10:26:05	\N	f	INT-000113
CHA-000034	2023-11-20 15:41:28	2023-11-20 15:41:51	\N	f	INT-000114
CHA-000035	2023-11-21 09:18:40	2023-11-21 09:19:12	\N	f	INT-000119
CHA-000036	2023-11-21 13:17:41	2023-11-21 13:18:03	\N	f	INT-000120
CHA-000037	2023-11-21 13:19:59	\N	2023-11-21 13:21:33	t	\N
CHA-000038	2023-12-05 17:58:15	2023-12-05 17:58:37	\N	f	INT-000130
CHA-000039	2023-12-11 17:39:42	2023-12-11 17:39:51	\N	f	INT-000135
CHA-000040	2023-12-13 11:20:53	2023-12-13 11:21:08	\N	f	INT-000138
CHA-000041	2023-12-18 11:34:30	2023-12-18 11:34:57	\N	f	INT-000144
CHA-000042	2023-12-18 16:06:00	2023-12-18 16:06:08	\N	f	INT-000145
CHA-000043	2023-12-20 13:52:03	2023-12-20 13:52:15	\N	f	INT-000148
CHA-000044	2023-12-20 19:20:31	2023-12-20 19:21:03	\N	f	INT-000149
CHA-000045	2023-12-22 08:46:32	2023-12-22 08:47:11	\N	f	INT-000151
CHA-000046	2023-12-24 14:25:09	2023-12-24 14:25:53	\N	f	INT-000156
CHA-000047	2023-12-29 10:42:10	2023-12-29 10:42:45	\N	f	INT-000165
CHA-000048	2023-12-30 10:29:18	2023-12-30 10:30:01	\N	f	INT-000167
CHA-000049	2023-12-30 14:24:28	2023-12-30 14:25:09	\N	f	INT-000168
CHA-000050	2023-12-30 14:34:37	\N	2023-12-30 14:40:56	t	\N
CHA-000051	2024-01-01 08:20:11	2024-01-01 08:20:23	\N	f	INT-000169
CHA-000052	2024-01-01 09:37:40	2024-01-01 09:38:34	\N	f	INT-000170
CHA-000053	2024-01-01 09:54:03	2024-01-01 09:54:17	\N	f	INT-000171
CHA-000054	2024-01-01 10:13:57	2024-01-01 10:15:25	\N	f	INT-000172
CHA-000055	2024-01-08 11:31:19	\N	2024-01-08 11:31:37	t	\N
CHA-000056	2024-01-08 11:44:50	2024-01-08 11:44:58	\N	f	INT-000188
CHA-000057	2024-01-10 10:40:54	2024-01-10 10:41:05	\N	f	INT-000192
CHA-000058	2024-01-10 13:54:01	2024-01-10 13:54:08	\N	f	INT-000193
CHA-000059	2024-01-10 14:26:58	2024-01-10 14:27:14	\N	f	INT-000194
CHA-000060	2024-01-11 19:40:37	2024-01-11 19:40:44	\N	f	INT-000197
CHA-000061	2024-01-12 10:55:00	2024-01-12 10:55:19	\N	f	INT-000198
CHA-000062	2024-01-15 08:57:44	2024-01-15 08:59:07	\N	f	INT-000201
CHA-000063	2024-01-15 09:57:40	2024-01-15 09:57:50	\N	f	INT-000202
CHA-000064	2024-01-16 12:51:32	2024-01-16 12:51:44	\N	f	INT-000204
CHA-000065	2024-01-17 13:25:29	2024-01-17 13:25:55	\N	f	INT-000207
CHA-000066	2024-01-19 17:51:35	2024-01-19 17:51:44	\N	f	INT-000213
CHA-000067	2024-01-21 14:57:05	\N	2024-01-21 14:57:24	t	\N
CHA-000068	2024-01-21 15:04:46	2024-01-21 15:07:20	\N	f	INT-000216
CHA-000069	2024-01-21 15:15:29	\N	2024-01-21 15:19:43	t	\N
CHA-000070	2024-01-26 16:05:25	2024-01-26 16:06:17	\N	f	INT-000220
CHA-000071	2024-01-28 13:54:39	2024-01-28 13:55:16	\N	f	INT-000223
CHA-000072	2024-01-28 14:33:20	\N	2024-01-28 14:37:17	t	\N
CHA-000073	2024-01-28 14:40:40	2024-01-28 14:41:12	\N	f	INT-000224
CHA-000074	2024-01-28 15:13:59	2024-01-28 15:15:11	\N	f	INT-000225
CHA-000075	2024-01-30 17:53:49	2024-01-30 17:54:11	\N	f	INT-000226
CHA-000076	2024-01-30 19:36:16	2024-01-30 19:36:46	\N	f	INT-000227
CHA-000077	2024-02-08 09:32:18	2024-02-08 09:32:41	\N	f	INT-000234
CHA-000078	2024-02-12 15:46:59	2024-02-12 15:47:26	\N	f	INT-000235
CHA-000079	2024-02-12 16:07:50	2024-02-12 16:08:18	\N	f	INT-000236
CHA-000080	2024-02-12 16:52:34	2024-02-12 16:53:00	\N	f	INT-000237
CHA-000081	2024-02-12 17:43:10	2024-02-12 17:43:21	\N	f	INT-000239
CHA-000082	2024-02-12 18:44:57	2024-02-12 18:45:14	\N	f	INT-000241
CHA-000083	2024-02-16 13:39:09	2024-02-16 13:39:26	\N	f	INT-000245
CHA-000084	2024-02-16 17:51:24	2024-02-16 17:51:37	\N	f	INT-000246
CHA-000085	2024-02-22 17:19:01	2024-02-22 17:19:24	\N	f	INT-000250
CHA-000086	2024-02-25 15:46:45	2024-02-25 15:47:15	\N	f	INT-000254
CHA-000087	2024-03-06 11:56:58	2024-03-06 11:58:35	\N	f	INT-000267
CHA-000088	2024-03-06 13:56:59	2024-03-06 13:58:16	\N	f	INT-000271
CHA-000089	2024-03-14 15:45:49	2024-03-14 15:45:55	\N	f	INT-000278
CHA-000090	2024-03-14 18:03:29	2024-03-14 18:04:28	\N	f	INT-000279
CHA-000091	2024-03-15 19:06:18	2024-03-15 19:07:09	\N	f	INT-000281
CHA-000092	2024-03-16 15:10:52	2024-03-16 15:11:33	\N	f	INT-000282
CHA-000093	2024-03-16 15:19:29	\N	2024-03-16 15:23:33	t	\N
CHA-000094	2024-03-22 13:03:07	2024-03-22 13:03:21	\N	f	INT-000288
CHA-000095	2024-04-01 09:14:11	2024-04-01 09:14:46	\N	f	INT-000294
CHA-000096	2024-04-01 12:17:36	2024-04-01 12:18:11	\N	f	INT-000295
CHA-000097	2024-04-01 15:14:56	2024-04-01 15:15:12	\N	f	INT-000297
CHA-000098	2024-04-01 16:02:57	2024-04-01 16:04:05	\N	f	INT-000298
CHA-000099	2024-04-04 08:03:39	2024-04-04 08:04:44	\N	f	INT-000304
CHA-000100	2024-04-15 16:03:27	2024-04-15 16:04:11	\N	f	INT-000316
CHA-000101	2024-04-15 19:22:40	2024-04-15 19:23:48	\N	f	INT-000318
CHA-000102	2024-04-16 13:35:37	2024-04-16 13:35:52	\N	f	INT-000322
CHA-000103	2024-04-16 13:57:08	2024-04-16 13:58:28	\N	f	INT-000323
CHA-000104	2024-04-16 14:01:37	\N	2024-04-16 14:04:02	t	\N
CHA-000105	2024-04-19 17:40:00	2024-04-19 17:40:06	\N	f	INT-000333
CHA-000106	2024-04-29 11:31:30	2024-04-29 11:32:28	\N	f	INT-000347
CHA-000107	2024-04-30 12:03:33	2024-04-30 12:04:01	\N	f	INT-000350
CHA-000108	2024-05-11 16:41:07	2024-05-11 16:42:01	\N	f	INT-000360
CHA-000109	2024-05-11 16:47:36	2024-05-11 16:47:47	\N	f	INT-000361
CHA-000110	2024-05-11 16:51:46	\N	2024-05-11 16:54:23	t	\N
CHA-000111	2024-05-18 13:53:25	2024-05-18 13:53:52	\N	f	INT-000364
CHA-000112	2024-06-03 14:46:59	2024-06-03 14:47:31	\N	f	INT-000381
CHA-000113	2024-06-04 14:24:44	2024-06-04 14:25:19	\N	f	INT-000382
CHA-000114	2024-06-04 16:21:18	2024-06-04 16:21:26	\N	f	INT-000383
CHA-000115	2024-06-06 15:59:21	2024-06-06 16:01:08	\N	f	INT-000389
CHA-000116	2024-06-07 12:36:52	2024-06-07 12:37:16	\N	f	INT-000391
CHA-000117	2024-06-10 12:04:33	2024-06-10 12:04:53	\N	f	INT-000399
CHA-000118	2024-06-10 16:03:24	2024-06-10 16:04:25	\N	f	INT-000400
CHA-000119	2024-06-12 11:07:28	2024-06-12 11:07:38	\N	f	INT-000403
CHA-000120	2024-06-12 11:44:54	2024-06-12 11:45:02	\N	f	INT-000404
CHA-000121	2024-06-13 08:03:00	2024-06-13 08:03:24	\N	f	INT-000405
CHA-000122	2024-06-13 13:44:07	2024-06-13 13:44:19	\N	f	INT-000406
CHA-000123	2024-06-17 11:33:41	\N	2024-06-17 11:34:49	t	\N
CHA-000124	2024-06-17 11:47:38	2024-06-17 11:48:41	\N	f	INT-000408
CHA-000125	2024-06-17 12:15:31	2024-06-17 12:16:05	\N	f	INT-000410
CHA-000126	2024-06-17 13:51:08	2024-06-17 13:52:06	\N	f	INT-000413
CHA-000127	2024-06-17 15:22:21	2024-06-17 15:23:07	\N	f	INT-000415
CHA-000128	2024-06-18 14:35:10	2024-06-18 14:35:46	\N	f	INT-000416
CHA-000129	2024-06-18 18:03:29	2024-06-18 18:03:53	\N	f	INT-000418
CHA-000130	2024-06-18 18:52:40	2024-06-18 18:55:18	\N	f	INT-000419
CHA-000131	2024-06-18 19:31:29	2024-06-18 19:31:53	\N	f	INT-000420
CHA-000132	2024-06-19 13:59:00	2024-06-19 13:59:23	\N	f	INT-000421
CHA-000133	2024-06-19 15:26:19	2024-06-19 15:26:28	\N	f	INT-000422
CHA-000134	2024-06-19 17:38:30	2024-06-19 17:39:25	\N	f	INT-000424
CHA-000135	2024-06-30 14:39:30	2024-06-30 14:40:01	\N	f	INT-000441
CHA-000136	2024-06-30 15:37:03	2024-06-30 15:37:18	\N	f	INT-000442
CHA-000137	2024-07-03 15:14:09	2024-07-03 15:14:27	\N	f	INT-000445
CHA-000138	2024-07-03 15:15:38	\N	2024-07-03 15:18:28	t	\N
CHA-000139	2024-07-03 18:24:27	2024-07-03 18:25:01	\N	f	INT-000446
CHA-000140	2024-07-05 09:40:33	2024-07-05 09:41:01	\N	f	INT-000447
CHA-000141	2024-07-05 10:32:21	2024-07-05 10:33:00	\N	f	INT-000448
CHA-000142	2024-07-09 16:11:30	2024-07-09 16:11:53	\N	f	INT-000451
CHA-000143	2024-07-12 19:40:03	2024-07-12 19:40:09	\N	f	INT-000457
CHA-000144	2024-08-08 19:11:27	2024-08-08 19:11:52	\N	f	INT-000472
CHA-000145	2024-08-08 19:31:55	2024-08-08 19:33:03	\N	f	INT-000473
CHA-000146	2024-08-08 19:35:54	\N	2024-08-08 19:38:03	t	\N
CHA-000147	2024-08-14 16:43:00	2024-08-14 16:43:10	\N	f	INT-000477
CHA-000148	2024-08-14 17:08:23	2024-08-14 17:08:25	\N	f	INT-000478
CHA-000149	2024-08-14 17:43:45	2024-08-14 17:43:47	\N	f	INT-000479
CHA-000150	2024-08-16 18:23:40	2024-08-16 18:24:04	\N	f	INT-000480
CHA-000151	2024-08-25 14:35:17	2024-08-25 14:36:08	\N	f	INT-000494
CHA-000152	2024-08-26 14:55:37	2024-08-26 14:55:46	\N	f	INT-000497
CHA-000153	2024-08-26 16:30:52	2024-08-26 16:31:18	\N	f	INT-000499
CHA-000154	2024-08-27 14:55:13	2024-08-27 14:55:38	\N	f	INT-000501
CHA-000155	2024-08-27 16:21:09	2024-08-27 16:22:56	\N	f	INT-000502
CHA-000156	2024-08-27 16:59:34	2024-08-27 17:00:22	\N	f	INT-000503
CHA-000157	2024-08-29 09:10:11	2024-08-29 09:11:15	\N	f	INT-000504
CHA-000158	2024-08-29 09:24:42	2024-08-29 09:24:53	\N	f	INT-000505
CHA-000159	2024-09-10 15:07:45	2024-09-10 15:08:03	\N	f	INT-000516
CHA-000160	2024-09-12 11:39:10	2024-09-12 11:40:54	\N	f	INT-000520
CHA-000161	2024-09-13 15:59:15	2024-09-13 16:00:12	\N	f	INT-000525
CHA-000162	2024-09-17 11:57:25	2024-09-17 11:57:40	\N	f	INT-000527
CHA-000163	2024-09-18 09:30:31	2024-09-18 09:31:09	\N	f	INT-000528
CHA-000164	2024-09-18 11:06:52	2024-09-18 11:07:14	\N	f	INT-000529
CHA-000165	2024-09-20 16:20:02	2024-09-20 16:20:16	\N	f	INT-000530
CHA-000166	2024-10-03 11:23:28	2024-10-03 11:24:08	\N	f	INT-000535
CHA-000167	2024-10-03 18:21:13	2024-10-03 18:21:39	\N	f	INT-000536
CHA-000168	2024-10-03 19:41:36	2024-10-03 19:41:48	\N	f	INT-000537
CHA-000169	2024-10-18 10:18:57	2024-10-18 10:20:21	\N	f	INT-000557
CHA-000170	2024-10-18 13:53:36	2024-10-18 13:54:41	\N	f	INT-000558
CHA-000171	2024-11-01 09:35:09	2024-11-01 09:35:45	\N	f	INT-000567
CHA-000172	2024-11-03 13:15:26	2024-11-03 13:15:36	\N	f	INT-000568
CHA-000173	2024-11-19 09:57:40	2024-11-19 09:57:56	\N	f	INT-000577
CHA-000174	2024-11-19 10:30:47	2024-11-19 10:32:39	\N	f	INT-000578
CHA-000175	2024-11-29 17:53:52	2024-11-29 17:55:55	\N	f	INT-000587
CHA-000176	2024-12-02 13:37:42	2024-12-02 13:39:49	\N	f	INT-000589
CHA-000177	2024-12-02 14:06:07	2024-12-02 14:06:40	\N	f	INT-000590
CHA-000178	2024-12-02 16:55:30	2024-12-02 16:55:37	\N	f	INT-000591
CHA-000179	2024-12-09 09:34:45	2024-12-09 09:35:26	\N	f	INT-000597
CHA-000180	2024-12-09 11:33:49	2024-12-09 11:34:30	\N	f	INT-000600
CHA-000181	2024-12-16 09:49:42	2024-12-16 09:51:43	\N	f	INT-000605
CHA-000182	2024-12-23 08:25:15	2024-12-23 08:26:22	\N	f	INT-000612
CHA-000183	2025-01-01 12:24:35	2025-01-01 12:24:48	\N	f	INT-000614
CHA-000184	2025-01-05 13:07:42	2025-01-05 13:09:29	\N	f	INT-000617
CHA-000185	2025-01-05 13:52:39	2025-01-05 13:53:04	\N	f	INT-000618
CHA-000186	2025-01-10 09:17:03	2025-01-10 09:18:23	\N	f	INT-000625
CHA-000187	2025-01-14 09:24:40	\N	2025-01-14 09:25:44	t	\N
CHA-000188	2025-01-14 09:30:23	2025-01-14 09:30:40	\N	f	INT-000629
CHA-000189	2025-01-14 13:02:28	2025-01-14 13:03:16	\N	f	INT-000630
CHA-000190	2025-01-17 08:21:06	2025-01-17 08:21:43	\N	f	INT-000636
CHA-000191	2025-01-20 19:48:02	2025-01-20 19:48:31	\N	f	INT-000643
CHA-000192	2025-01-21 13:06:20	2025-01-21 13:07:37	\N	f	INT-000645
CHA-000193	2025-01-21 17:03:34	2025-01-21 17:04:11	\N	f	INT-000646
CHA-000194	2025-01-22 11:46:01	2025-01-22 11:46:07	\N	f	INT-000647
CHA-000195	2025-01-22 17:05:32	2025-01-22 17:05:48	\N	f	INT-000648
CHA-000196	2025-01-27 18:04:50	2025-01-27 18:04:58	\N	f	INT-000656
CHA-000197	2025-02-18 09:19:23	2025-02-18 09:21:00	\N	f	INT-000676
CHA-000198	2025-02-27 10:13:46	2025-02-27 10:14:18	\N	f	INT-000688
CHA-000199	2025-03-04 09:49:28	2025-03-04 09:49:50	\N	f	INT-000696
CHA-000200	2025-03-05 15:44:57	2025-03-05 15:45:08	\N	f	INT-000697
CHA-000201	2025-03-05 15:49:42	2025-03-05 15:50:05	\N	f	INT-000698
CHA-000202	2025-03-05 15:57:15	\N	2025-03-05 16:04:17	t	\N
CHA-000203	2025-03-05 15:59:59	\N	2025-03-05 16:00:33	t	\N
CHA-000204	2025-03-07 10:45:53	2025-03-07 10:47:18	\N	f	INT-000700
CHA-000205	2025-03-07 10:47:01	\N	2025-03-07 10:47:46	t	\N
CHA-000206	2025-03-13 08:48:09	2025-03-13 08:48:16	\N	f	INT-000706
CHA-000207	2025-03-23 12:09:03	2025-03-23 12:10:30	\N	f	INT-000713
CHA-000208	2025-03-28 10:35:15	2025-03-28 10:35:48	\N	f	INT-000714
CHA-000209	2025-03-28 13:51:56	2025-03-28 13:52:07	\N	f	INT-000715
CHA-000210	2025-03-28 16:18:51	2025-03-28 16:18:55	\N	f	INT-000716
CHA-000211	2025-03-30 10:55:34	2025-03-30 10:56:04	\N	f	INT-000717
CHA-000212	2025-04-03 12:40:42	2025-04-03 12:40:52	\N	f	INT-000722
CHA-000213	2025-04-03 17:43:10	2025-04-03 17:43:14	\N	f	INT-000723
CHA-000214	2025-04-06 10:44:25	2025-04-06 10:45:09	\N	f	INT-000726
CHA-000215	2025-04-06 10:49:27	\N	2025-04-06 10:51:20	t	\N
CHA-000216	2025-04-08 16:03:13	2025-04-08 16:03:17	\N	f	INT-000727
CHA-000217	2025-04-08 19:47:16	2025-04-08 19:47:29	\N	f	INT-000728
CHA-000218	2025-04-14 09:48:44	2025-04-14 09:49:03	\N	f	INT-000729
CHA-000219	2025-04-21 15:35:38	2025-04-21 15:35:44	\N	f	INT-000733
CHA-000220	2025-04-21 19:03:42	2025-04-21 19:03:48	\N	f	INT-000734
CHA-000221	2025-04-21 19:47:22	2025-04-21 19:47:33	\N	f	INT-000735
CHA-000222	2025-04-25 17:04:06	2025-04-25 17:04:19	\N	f	INT-000744
CHA-000223	2025-04-28 13:59:45	2025-04-28 13:59:53	\N	f	INT-000745
CHA-000224	2025-04-28 16:51:29	2025-04-28 16:52:20	\N	f	INT-000746
CHA-000225	2025-04-29 11:58:18	2025-04-29 11:58:41	\N	f	INT-000748
CHA-000226	2025-04-29 14:41:53	2025-04-29 14:42:10	\N	f	INT-000749
CHA-000227	2025-04-29 14:55:48	\N	2025-04-29 14:56:46	t	\N
CHA-000228	2025-05-06 08:56:58	2025-05-06 08:58:14	\N	f	INT-000756
CHA-000229	2025-05-06 11:52:08	2025-05-06 11:53:27	\N	f	INT-000757
CHA-000230	2025-05-06 14:25:14	2025-05-06 14:25:40	\N	f	INT-000758
CHA-000231	2025-05-06 14:34:54	\N	2025-05-06 14:36:46	t	\N
CHA-000232	2025-05-06 15:27:17	2025-05-06 15:27:32	\N	f	INT-000759
CHA-000233	2025-05-09 16:17:57	2025-05-09 16:18:54	\N	f	INT-000763
CHA-000234	2025-05-21 17:54:00	2025-05-21 17:54:09	\N	f	INT-000774
CHA-000235	2025-05-21 18:57:28	2025-05-21 18:58:16	\N	f	INT-000776
CHA-000236	2025-05-22 08:03:08	2025-05-22 08:05:59	\N	f	INT-000777
CHA-000237	2025-05-22 11:42:45	2025-05-22 11:43:38	\N	f	INT-000779
CHA-000238	2025-05-22 11:51:16	\N	2025-05-22 11:52:11	t	\N
CHA-000239	2025-05-25 10:21:10	2025-05-25 10:22:14	\N	f	INT-000786
CHA-000240	2025-05-25 10:23:25	\N	2025-05-25 10:27:34	t	\N
CHA-000241	2025-05-27 11:50:06	2025-05-27 11:51:09	\N	f	INT-000789
CHA-000242	2025-05-27 12:00:17	\N	2025-05-27 12:01:30	t	\N
CHA-000243	2025-05-27 13:51:11	2025-05-27 13:53:23	\N	f	INT-000790
CHA-000244	2025-06-01 15:31:33	2025-06-01 15:31:50	\N	f	INT-000799
CHA-000245	2025-06-04 10:44:42	2025-06-04 10:45:30	\N	f	INT-000804
CHA-000246	2025-06-04 12:06:27	2025-06-04 12:07:10	\N	f	INT-000805
CHA-000247	2025-06-04 17:23:37	2025-06-04 17:24:10	\N	f	INT-000807
CHA-000248	2025-06-04 18:44:05	2025-06-04 18:48:32	\N	f	INT-000809
CHA-000249	2025-06-05 17:35:51	2025-06-05 17:36:37	\N	f	INT-000810
CHA-000250	2025-06-13 14:30:01	2025-06-13 14:30:11	\N	f	INT-000815
CHA-000251	2025-06-17 16:27:40	2025-06-17 16:29:12	\N	f	INT-000819
CHA-000252	2025-06-17 18:34:04	2025-06-17 18:34:58	\N	f	INT-000821
CHA-000253	2025-06-18 11:05:25	2025-06-18 11:06:29	\N	f	INT-000824
CHA-000254	2025-06-22 11:42:08	2025-06-22 11:42:48	\N	f	INT-000836
CHA-000255	2025-06-27 11:14:43	2025-06-27 11:15:10	\N	f	INT-000846
CHA-000256	2025-07-01 14:28:01	2025-07-01 14:33:08	\N	f	INT-000850
CHA-000257	2025-07-01 18:09:49	2025-07-01 18:10:31	\N	f	INT-000851
CHA-000258	2025-07-02 11:21:41	2025-07-02 11:23:25	\N	f	INT-000852
CHA-000259	2025-07-03 13:07:56	\N	2025-07-03 13:09:58	t	\N
CHA-000260	2025-07-03 13:16:56	2025-07-03 13:18:51	\N	f	INT-000855
CHA-000261	2025-07-03 14:34:22	2025-07-03 14:35:29	\N	f	INT-000856
CHA-000262	2025-07-07 13:51:44	2025-07-07 13:52:16	\N	f	INT-000862
CHA-000263	2025-07-08 08:18:51	2025-07-08 08:19:26	\N	f	INT-000864
CHA-000264	2025-07-08 09:52:05	2025-07-08 09:52:50	\N	f	INT-000865
CHA-000265	2025-07-08 10:03:55	\N	2025-07-08 10:04:48	t	\N
CHA-000266	2025-07-16 13:24:01	2025-07-16 13:25:07	\N	f	INT-000868
CHA-000267	2025-07-17 15:44:44	2025-07-17 15:45:06	\N	f	INT-000874
CHA-000268	2025-07-17 16:51:23	2025-07-17 16:51:29	\N	f	INT-000875
CHA-000269	2025-07-17 18:34:09	2025-07-17 18:34:23	\N	f	INT-000876
CHA-000270	2025-07-28 08:59:49	2025-07-28 09:00:08	\N	f	INT-000884
CHA-000271	2025-07-28 09:00:18	\N	2025-07-28 09:04:35	t	\N
CHA-000272	2025-07-28 09:04:41	\N	2025-07-28 09:05:37	t	\N
CHA-000273	2025-07-28 12:58:04	2025-07-28 12:59:07	\N	f	INT-000887
CHA-000274	2025-07-29 10:27:11	2025-07-29 10:27:46	\N	f	INT-000888
CHA-000275	2025-07-29 10:38:23	\N	2025-07-29 10:41:01	t	\N
CHA-000276	2025-07-29 11:34:51	2025-07-29 11:35:49	\N	f	INT-000890
CHA-000277	2025-07-31 15:49:20	2025-07-31 15:49:28	\N	f	INT-000892
CHA-000278	2025-08-01 10:17:17	2025-08-01 10:17:54	\N	f	INT-000896
CHA-000279	2025-08-07 16:00:03	2025-08-07 16:01:05	\N	f	INT-000902
CHA-000280	2025-08-07 16:36:09	2025-08-07 16:36:37	\N	f	INT-000903
CHA-000281	2025-08-19 08:42:08	2025-08-19 08:43:54	\N	f	INT-000913
CHA-000282	2025-08-19 08:56:14	\N	2025-08-19 08:57:36	t	\N
\.

COPY wfm (date, user_id, paid_time, scheduled_time, available_time, interactions_time, productive_time, shift_start, shift_end) FROM stdin WITH (FREEZE);
2023-09-15	1	480	480	288	0	129	2023-09-15 08:00:00	2023-09-15 16:00:00
2023-09-16	1	480	480	306	70	161	2023-09-16 09:00:00	2023-09-16 17:00:00
2023-09-17	1	480	480	324	0	114	2023-09-17 10:00:00	2023-09-17 18:00:00
2023-09-18	1	480	480	326	0	117	2023-09-18 12:00:00	2023-09-18 20:00:00
2023-09-19	1	480	480	357	87	222	2023-09-19 12:00:00	2023-09-19 20:00:00
2023-09-20	1	480	480	353	23	200	2023-09-20 08:00:00	2023-09-20 16:00:00
2023-09-21	1	480	480	355	97	232	2023-09-21 08:00:00	2023-09-21 16:00:00
2023-09-22	1	480	480	340	0	178	2023-09-22 12:00:00	2023-09-22 20:00:00
2023-09-23	1	0	0	0	0	0	\N	\N
2023-09-24	1	0	0	0	0	0	\N	\N
2023-09-25	1	480	480	314	95	184	2023-09-25 10:00:00	2023-09-25 18:00:00
2023-09-26	1	480	480	334	73	181	2023-09-26 12:00:00	2023-09-26 20:00:00
2023-09-27	1	480	480	342	0	187	2023-09-27 12:00:00	2023-09-27 20:00:00
2023-09-28	1	480	480	320	0	176	2023-09-28 10:00:00	2023-09-28 18:00:00
2023-09-29	1	480	480	0	0	0	2023-09-29 10:00:00	2023-09-29 18:00:00
2023-09-30	1	0	0	0	0	0	\N	\N
2023-10-01	1	0	0	0	0	0	\N	\N
2023-10-02	1	0	0	0	0	0	\N	\N
2023-10-03	1	0	0	0	0	0	\N	\N
2023-10-04	1	480	480	333	0	100	2023-10-04 08:00:00	2023-10-04 16:00:00
2023-10-05	1	480	480	275	56	181	2023-10-05 08:00:00	2023-10-05 16:00:00
2023-10-06	1	480	480	368	0	134	2023-10-06 08:00:00	2023-10-06 16:00:00
2023-10-07	1	480	480	327	0	119	2023-10-07 09:00:00	2023-10-07 17:00:00
2023-10-08	1	480	480	359	67	162	2023-10-08 10:00:00	2023-10-08 18:00:00
2023-10-09	1	480	480	337	0	127	2023-10-09 12:00:00	2023-10-09 20:00:00
2023-10-10	1	480	480	368	34	201	2023-10-10 12:00:00	2023-10-10 20:00:00
2023-10-11	1	480	480	359	75	199	2023-10-11 08:00:00	2023-10-11 16:00:00
2023-10-12	1	480	480	0	0	0	2023-10-12 12:00:00	2023-10-12 20:00:00
2023-10-13	1	480	480	0	0	0	2023-10-13 10:00:00	2023-10-13 18:00:00
2023-10-14	1	0	0	0	0	0	\N	\N
2023-10-15	1	0	0	0	0	0	\N	\N
2023-10-16	1	480	480	0	0	0	2023-10-16 10:00:00	2023-10-16 18:00:00
2023-10-17	1	480	480	0	0	0	2023-10-17 12:00:00	2023-10-17 20:00:00
2023-10-18	1	480	480	0	0	0	2023-10-18 12:00:00	2023-10-18 20:00:00
2023-10-19	1	480	480	361	0	214	2023-10-19 10:00:00	2023-10-19 18:00:00
2023-10-20	1	480	480	367	0	131	2023-10-20 10:00:00	2023-10-20 18:00:00
2023-10-21	1	0	0	0	0	0	\N	\N
2023-10-22	1	0	0	0	0	0	\N	\N
2023-10-23	1	0	0	0	0	0	\N	\N
2023-10-24	1	0	0	0	0	0	\N	\N
2023-10-25	1	480	480	339	0	120	2023-10-25 08:00:00	2023-10-25 16:00:00
2023-10-26	1	480	480	315	184	241	2023-10-26 08:00:00	2023-10-26 16:00:00
2023-10-27	1	481	480	383	56	193	2023-10-27 08:00:00	2023-10-27 16:00:00
2023-10-28	1	480	480	319	118	208	2023-10-28 09:00:00	2023-10-28 17:00:00
2023-10-29	1	480	480	342	0	122	2023-10-29 10:00:00	2023-10-29 18:00:00
2023-10-30	1	480	480	372	0	143	2023-10-30 12:00:00	2023-10-30 20:00:00
2023-10-31	1	480	480	341	111	197	2023-10-31 12:00:00	2023-10-31 20:00:00
2023-11-01	1	480	480	330	0	138	2023-11-01 08:00:00	2023-11-01 16:00:00
2023-11-02	1	480	480	292	0	133	2023-11-02 08:00:00	2023-11-02 16:00:00
2023-11-03	1	480	480	356	93	224	2023-11-03 08:00:00	2023-11-03 16:00:00
2023-11-04	1	0	0	0	0	0	\N	\N
2023-11-05	1	0	0	0	0	0	\N	\N
2023-11-06	1	480	480	324	25	160	2023-11-06 12:00:00	2023-11-06 20:00:00
2023-11-07	1	480	480	348	90	177	2023-11-07 08:00:00	2023-11-07 16:00:00
2023-11-08	1	480	480	350	0	177	2023-11-08 08:00:00	2023-11-08 16:00:00
2023-11-09	1	480	480	345	0	175	2023-11-09 12:00:00	2023-11-09 20:00:00
2023-11-10	1	480	480	343	0	136	2023-11-10 12:00:00	2023-11-10 20:00:00
2023-11-11	1	0	0	0	0	0	\N	\N
2023-11-12	1	0	0	0	0	0	\N	\N
2023-11-13	1	0	0	0	0	0	\N	\N
2023-11-14	1	0	0	0	0	0	\N	\N
2023-11-15	1	480	480	352	226	300	2023-11-15 08:00:00	2023-11-15 16:00:00
2023-11-16	1	480	480	321	37	142	2023-11-16 08:00:00	2023-11-16 16:00:00
2023-11-17	1	480	480	386	93	239	2023-11-17 08:00:00	2023-11-17 16:00:00
2023-11-18	1	480	480	349	66	171	2023-11-18 09:00:00	2023-11-18 17:00:00
2023-11-19	1	480	480	301	0	132	2023-11-19 10:00:00	2023-11-19 18:00:00
2023-11-20	1	480	480	361	135	262	2023-11-20 12:00:00	2023-11-20 20:00:00
2023-11-21	1	480	480	309	0	143	2023-11-21 12:00:00	2023-11-21 20:00:00
2023-11-22	1	480	480	385	0	189	2023-11-22 08:00:00	2023-11-22 16:00:00
2023-11-23	1	480	480	323	0	136	2023-11-23 08:00:00	2023-11-23 16:00:00
2023-11-24	1	480	480	359	0	192	2023-11-24 12:00:00	2023-11-24 20:00:00
2023-11-25	1	0	0	0	0	0	\N	\N
2023-11-26	1	0	0	0	0	0	\N	\N
2023-11-27	1	480	480	296	0	109	2023-11-27 10:00:00	2023-11-27 18:00:00
2023-11-28	1	480	480	316	30	131	2023-11-28 12:00:00	2023-11-28 20:00:00
2023-11-29	1	480	480	293	0	137	2023-11-29 12:00:00	2023-11-29 20:00:00
2023-11-30	1	480	480	304	0	158	2023-11-30 10:00:00	2023-11-30 18:00:00
2023-12-01	1	480	480	310	239	278	2023-12-01 10:00:00	2023-12-01 18:00:00
2023-12-02	1	0	0	0	0	0	\N	\N
2023-12-03	1	0	0	0	0	0	\N	\N
2023-12-04	1	0	0	0	0	0	\N	\N
2023-12-05	1	0	0	0	0	0	\N	\N
2023-12-06	1	480	480	333	0	162	2023-12-06 08:00:00	2023-12-06 16:00:00
2023-12-07	1	480	480	350	0	167	2023-12-07 08:00:00	2023-12-07 16:00:00
2023-12-08	1	480	480	343	0	137	2023-12-08 08:00:00	2023-12-08 16:00:00
2023-12-09	1	480	480	358	0	127	2023-12-09 09:00:00	2023-12-09 17:00:00
2023-12-10	1	480	480	345	54	160	2023-12-10 10:00:00	2023-12-10 18:00:00
2023-12-11	1	480	480	380	45	200	2023-12-11 12:00:00	2023-12-11 20:00:00
2023-12-12	1	480	480	308	47	149	2023-12-12 12:00:00	2023-12-12 20:00:00
2023-12-13	1	482	480	325	145	225	2023-12-13 08:00:00	2023-12-13 16:00:00
2023-12-14	1	480	480	322	0	113	2023-12-14 08:00:00	2023-12-14 16:00:00
2023-12-15	1	480	480	366	58	168	2023-12-15 12:00:00	2023-12-15 20:00:00
2023-12-16	1	0	0	0	0	0	\N	\N
2023-12-17	1	0	0	0	0	0	\N	\N
2023-12-18	1	480	480	277	82	190	2023-12-18 10:00:00	2023-12-18 18:00:00
2023-12-19	1	480	480	353	0	110	2023-12-19 12:00:00	2023-12-19 20:00:00
2023-12-20	1	480	480	318	158	213	2023-12-20 12:00:00	2023-12-20 20:00:00
2023-12-21	1	480	480	342	0	191	2023-12-21 12:00:00	2023-12-21 20:00:00
2023-12-22	1	480	480	341	59	222	2023-12-22 12:00:00	2023-12-22 20:00:00
2023-12-23	1	0	0	0	0	0	\N	\N
2023-12-24	1	0	0	0	0	0	\N	\N
2023-12-25	1	0	0	0	0	0	\N	\N
2023-12-26	1	0	0	0	0	0	\N	\N
2023-12-27	1	480	480	332	12	126	2023-12-27 08:00:00	2023-12-27 16:00:00
2023-12-28	1	480	480	330	30	158	2023-12-28 08:00:00	2023-12-28 16:00:00
2023-12-29	1	480	480	334	0	114	2023-12-29 08:00:00	2023-12-29 16:00:00
2023-12-30	1	480	480	356	123	212	2023-12-30 09:00:00	2023-12-30 17:00:00
2023-12-31	1	480	480	342	0	197	2023-12-31 10:00:00	2023-12-31 18:00:00
2024-01-01	1	480	480	306	0	107	2024-01-01 12:00:00	2024-01-01 20:00:00
2024-01-02	1	480	480	338	7	138	2024-01-02 12:00:00	2024-01-02 20:00:00
2024-01-03	1	480	480	336	0	125	2024-01-03 08:00:00	2024-01-03 16:00:00
2024-01-04	1	480	480	298	0	144	2024-01-04 08:00:00	2024-01-04 16:00:00
2024-01-05	1	480	480	329	90	179	2024-01-05 12:00:00	2024-01-05 20:00:00
2024-01-06	1	0	0	0	0	0	\N	\N
2024-01-07	1	0	0	0	0	0	\N	\N
2024-01-08	1	480	480	371	0	141	2024-01-08 10:00:00	2024-01-08 18:00:00
2024-01-09	1	480	480	339	0	117	2024-01-09 12:00:00	2024-01-09 20:00:00
2024-01-10	1	480	480	349	0	199	2024-01-10 12:00:00	2024-01-10 20:00:00
2024-01-11	1	480	480	287	0	113	2024-01-11 10:00:00	2024-01-11 18:00:00
2024-01-12	1	480	480	327	0	113	2024-01-12 10:00:00	2024-01-12 18:00:00
2024-01-13	1	0	0	0	0	0	\N	\N
2024-01-14	1	0	0	0	0	0	\N	\N
2024-01-15	1	0	0	0	0	0	\N	\N
2024-01-16	1	0	0	0	0	0	\N	\N
2024-01-17	1	480	480	293	177	214	2024-01-17 08:00:00	2024-01-17 16:00:00
2024-01-18	1	480	480	343	0	188	2024-01-18 08:00:00	2024-01-18 16:00:00
2024-01-19	1	480	480	294	61	141	2024-01-19 08:00:00	2024-01-19 16:00:00
2024-01-20	1	480	480	369	0	131	2024-01-20 09:00:00	2024-01-20 17:00:00
2024-01-21	1	480	480	312	143	221	2024-01-21 10:00:00	2024-01-21 18:00:00
2024-01-22	1	480	480	321	10	126	2024-01-22 12:00:00	2024-01-22 20:00:00
2024-01-23	1	480	480	329	0	181	2024-01-23 12:00:00	2024-01-23 20:00:00
2024-01-24	1	480	480	310	0	142	2024-01-24 08:00:00	2024-01-24 16:00:00
2024-01-25	1	480	480	334	0	128	2024-01-25 08:00:00	2024-01-25 16:00:00
2024-01-26	1	480	480	341	28	144	2024-01-26 12:00:00	2024-01-26 20:00:00
2024-01-27	1	0	0	0	0	0	\N	\N
2024-01-28	1	0	0	0	0	0	\N	\N
2024-01-29	1	480	480	329	0	113	2024-01-29 12:00:00	2024-01-29 20:00:00
2024-01-30	1	480	480	329	127	193	2024-01-30 12:00:00	2024-01-30 20:00:00
2024-01-31	1	480	480	335	0	106	2024-01-31 08:00:00	2024-01-31 16:00:00
2024-02-01	1	480	480	299	0	162	2024-02-01 12:00:00	2024-02-01 20:00:00
2024-02-02	1	480	480	392	0	157	2024-02-02 12:00:00	2024-02-02 20:00:00
2024-02-03	1	0	0	0	0	0	\N	\N
2024-02-04	1	0	0	0	0	0	\N	\N
2024-02-05	1	0	0	0	0	0	\N	\N
2024-02-06	1	0	0	0	0	0	\N	\N
2024-02-07	1	480	480	311	0	128	2024-02-07 08:00:00	2024-02-07 16:00:00
2024-02-08	1	480	480	325	21	152	2024-02-08 08:00:00	2024-02-08 16:00:00
2024-02-09	1	480	480	299	0	167	2024-02-09 08:00:00	2024-02-09 16:00:00
2024-02-10	1	480	480	352	0	185	2024-02-10 09:00:00	2024-02-10 17:00:00
2024-02-11	1	480	480	323	0	181	2024-02-11 10:00:00	2024-02-11 18:00:00
2024-02-12	1	480	480	392	255	322	2024-02-12 12:00:00	2024-02-12 20:00:00
2024-02-13	1	480	480	323	182	250	2024-02-13 12:00:00	2024-02-13 20:00:00
2024-02-14	1	480	480	294	0	107	2024-02-14 08:00:00	2024-02-14 16:00:00
2024-02-15	1	480	480	356	25	219	2024-02-15 08:00:00	2024-02-15 16:00:00
2024-02-16	1	480	480	317	98	167	2024-02-16 12:00:00	2024-02-16 20:00:00
2024-02-17	1	0	0	0	0	0	\N	\N
2024-02-18	1	0	0	0	0	0	\N	\N
2024-02-19	1	480	480	0	0	0	2024-02-19 10:00:00	2024-02-19 18:00:00
2024-02-20	1	480	480	0	0	0	2024-02-20 12:00:00	2024-02-20 20:00:00
2024-02-21	1	480	480	0	0	0	2024-02-21 12:00:00	2024-02-21 20:00:00
2024-02-22	1	480	480	0	0	0	2024-02-22 10:00:00	2024-02-22 18:00:00
2024-02-23	1	480	480	0	0	0	2024-02-23 10:00:00	2024-02-23 18:00:00
2024-02-24	1	0	0	0	0	0	\N	\N
2024-02-25	1	0	0	0	0	0	\N	\N
2024-02-26	1	0	0	0	0	0	\N	\N
2024-02-27	1	0	0	0	0	0	\N	\N
2024-02-28	1	480	480	337	143	222	2024-02-28 08:00:00	2024-02-28 16:00:00
2024-02-29	1	480	480	364	0	165	2024-02-29 08:00:00	2024-02-29 16:00:00
2024-03-01	1	480	480	339	0	176	2024-03-01 08:00:00	2024-03-01 16:00:00
2024-03-02	1	480	480	320	67	214	2024-03-02 09:00:00	2024-03-02 17:00:00
2024-03-03	1	480	480	263	42	133	2024-03-03 10:00:00	2024-03-03 18:00:00
2024-03-04	1	480	480	0	0	0	2024-03-04 10:00:00	2024-03-04 18:00:00
2024-03-05	1	480	480	0	0	0	2024-03-05 10:00:00	2024-03-05 18:00:00
2024-03-06	1	480	480	323	323	323	2024-03-06 08:00:00	2024-03-06 16:00:00
2024-03-07	1	480	480	372	372	372	2024-03-07 08:00:00	2024-03-07 16:00:00
2024-03-08	1	480	480	382	327	344	2024-03-08 12:00:00	2024-03-08 20:00:00
2024-03-09	1	0	0	0	0	0	\N	\N
2024-03-10	1	0	0	0	0	0	\N	\N
2024-03-11	1	480	480	348	0	142	2024-03-11 10:00:00	2024-03-11 18:00:00
2024-03-12	1	480	480	357	0	138	2024-03-12 12:00:00	2024-03-12 20:00:00
2024-03-13	1	480	480	319	30	164	2024-03-13 12:00:00	2024-03-13 20:00:00
2024-03-14	1	480	480	320	0	103	2024-03-14 10:00:00	2024-03-14 18:00:00
2024-03-15	1	480	480	364	0	191	2024-03-15 10:00:00	2024-03-15 18:00:00
2024-03-16	1	0	0	0	0	0	\N	\N
2024-03-17	1	0	0	0	0	0	\N	\N
2024-03-18	1	0	0	0	0	0	\N	\N
2024-03-19	1	0	0	0	0	0	\N	\N
2024-03-20	1	480	480	367	0	202	2024-03-20 08:00:00	2024-03-20 16:00:00
2024-03-21	1	480	480	364	100	201	2024-03-21 08:00:00	2024-03-21 16:00:00
2024-03-22	1	480	480	357	97	218	2024-03-22 08:00:00	2024-03-22 16:00:00
2024-03-23	1	480	480	340	0	184	2024-03-23 09:00:00	2024-03-23 17:00:00
2024-03-24	1	480	480	316	0	172	2024-03-24 10:00:00	2024-03-24 18:00:00
2024-03-25	1	480	480	315	315	315	2024-03-25 12:00:00	2024-03-25 20:00:00
2024-03-26	1	480	480	274	28	131	2024-03-26 12:00:00	2024-03-26 20:00:00
2024-03-27	1	480	480	291	0	130	2024-03-27 08:00:00	2024-03-27 16:00:00
2024-03-28	1	480	480	359	0	178	2024-03-28 08:00:00	2024-03-28 16:00:00
2024-03-29	1	480	480	345	31	173	2024-03-29 12:00:00	2024-03-29 20:00:00
2024-03-30	1	0	0	0	0	0	\N	\N
2024-03-31	1	0	0	0	0	0	\N	\N
2024-04-01	1	480	480	336	0	142	2024-04-01 10:00:00	2024-04-01 18:00:00
2024-04-02	1	480	480	312	192	228	2024-04-02 12:00:00	2024-04-02 20:00:00
2024-04-03	1	480	480	359	92	233	2024-04-03 12:00:00	2024-04-03 20:00:00
2024-04-04	1	480	480	326	0	102	2024-04-04 10:00:00	2024-04-04 18:00:00
2024-04-05	1	480	480	380	29	144	2024-04-05 10:00:00	2024-04-05 18:00:00
2024-04-06	1	0	0	0	0	0	\N	\N
2024-04-07	1	0	0	0	0	0	\N	\N
2024-04-08	1	0	0	0	0	0	\N	\N
2024-04-09	1	0	0	0	0	0	\N	\N
2024-04-10	1	480	480	352	0	131	2024-04-10 08:00:00	2024-04-10 16:00:00
2024-04-11	1	480	480	286	0	123	2024-04-11 08:00:00	2024-04-11 16:00:00
2024-04-12	1	480	480	387	104	237	2024-04-12 08:00:00	2024-04-12 16:00:00
2024-04-13	1	480	480	308	0	179	2024-04-13 09:00:00	2024-04-13 17:00:00
2024-04-14	1	480	480	302	0	120	2024-04-14 10:00:00	2024-04-14 18:00:00
2024-04-15	1	480	480	279	89	182	2024-04-15 12:00:00	2024-04-15 20:00:00
2024-04-16	1	480	480	341	212	270	2024-04-16 12:00:00	2024-04-16 20:00:00
2024-04-17	1	480	480	312	61	201	2024-04-17 08:00:00	2024-04-17 16:00:00
2024-04-18	1	480	480	322	121	218	2024-04-18 08:00:00	2024-04-18 16:00:00
2024-04-19	1	480	480	353	0	115	2024-04-19 12:00:00	2024-04-19 20:00:00
2024-04-20	1	0	0	0	0	0	\N	\N
2024-04-21	1	0	0	0	0	0	\N	\N
2024-04-22	1	480	480	319	271	295	2024-04-22 10:00:00	2024-04-22 18:00:00
2024-04-23	1	480	480	319	0	176	2024-04-23 12:00:00	2024-04-23 20:00:00
2024-04-24	1	480	480	310	0	184	2024-04-24 12:00:00	2024-04-24 20:00:00
2024-04-25	1	480	480	326	0	144	2024-04-25 10:00:00	2024-04-25 18:00:00
2024-04-26	1	480	480	377	0	225	2024-04-26 10:00:00	2024-04-26 18:00:00
2024-04-27	1	0	0	0	0	0	\N	\N
2024-04-28	1	0	0	0	0	0	\N	\N
2024-04-29	1	0	0	0	0	0	\N	\N
2024-04-30	1	0	0	0	0	0	\N	\N
2024-05-01	1	480	480	383	0	186	2024-05-01 08:00:00	2024-05-01 16:00:00
2024-05-02	1	480	480	358	0	208	2024-05-02 08:00:00	2024-05-02 16:00:00
2024-05-03	1	480	480	328	0	118	2024-05-03 08:00:00	2024-05-03 16:00:00
2024-05-04	1	480	480	332	0	112	2024-05-04 09:00:00	2024-05-04 17:00:00
2024-05-05	1	480	480	307	126	183	2024-05-05 10:00:00	2024-05-05 18:00:00
2024-05-06	1	480	480	346	0	192	2024-05-06 12:00:00	2024-05-06 20:00:00
2024-05-07	1	480	480	336	0	113	2024-05-07 12:00:00	2024-05-07 20:00:00
2024-05-08	1	480	480	377	0	194	2024-05-08 08:00:00	2024-05-08 16:00:00
2024-05-09	1	480	480	361	0	215	2024-05-09 08:00:00	2024-05-09 16:00:00
2024-05-10	1	480	480	354	0	187	2024-05-10 12:00:00	2024-05-10 20:00:00
2024-05-11	1	0	0	0	0	0	\N	\N
2024-05-12	1	0	0	0	0	0	\N	\N
2024-05-13	1	480	480	328	0	129	2024-05-13 10:00:00	2024-05-13 18:00:00
2024-05-14	1	480	480	332	0	158	2024-05-14 12:00:00	2024-05-14 20:00:00
2024-05-15	1	480	480	350	0	190	2024-05-15 12:00:00	2024-05-15 20:00:00
2024-05-16	1	480	480	366	0	144	2024-05-16 10:00:00	2024-05-16 18:00:00
2024-05-17	1	480	480	349	0	159	2024-05-17 10:00:00	2024-05-17 18:00:00
2024-05-18	1	0	0	0	0	0	\N	\N
2024-05-19	1	0	0	0	0	0	\N	\N
2024-05-20	1	0	0	0	0	0	\N	\N
2024-05-21	1	0	0	0	0	0	\N	\N
2024-05-22	1	480	480	311	0	144	2024-05-22 08:00:00	2024-05-22 16:00:00
2024-05-23	1	480	480	340	0	114	2024-05-23 08:00:00	2024-05-23 16:00:00
2024-05-24	1	480	480	334	0	154	2024-05-24 08:00:00	2024-05-24 16:00:00
2024-05-25	1	480	480	330	22	196	2024-05-25 09:00:00	2024-05-25 17:00:00
2024-05-26	1	480	480	360	0	108	2024-05-26 10:00:00	2024-05-26 18:00:00
2024-05-27	1	480	480	328	0	102	2024-05-27 12:00:00	2024-05-27 20:00:00
2024-05-28	1	480	480	287	0	100	2024-05-28 12:00:00	2024-05-28 20:00:00
2024-05-29	1	480	480	308	29	164	2024-05-29 08:00:00	2024-05-29 16:00:00
2024-05-30	1	480	480	0	0	0	2024-05-30 12:00:00	2024-05-30 20:00:00
2024-05-31	1	480	480	300	0	134	2024-05-31 12:00:00	2024-05-31 20:00:00
2024-06-01	1	0	0	0	0	0	\N	\N
2024-06-02	1	0	0	0	0	0	\N	\N
2024-06-03	1	480	480	356	0	133	2024-06-03 10:00:00	2024-06-03 18:00:00
2024-06-04	1	480	480	324	147	245	2024-06-04 12:00:00	2024-06-04 20:00:00
2024-06-05	1	480	480	367	80	221	2024-06-05 12:00:00	2024-06-05 20:00:00
2024-06-06	1	480	480	336	107	236	2024-06-06 12:00:00	2024-06-06 20:00:00
2024-06-07	1	480	480	294	109	209	2024-06-07 12:00:00	2024-06-07 20:00:00
2024-06-08	1	0	0	0	0	0	\N	\N
2024-06-09	1	0	0	0	0	0	\N	\N
2024-06-10	1	0	0	0	0	0	\N	\N
2024-06-11	1	0	0	0	0	0	\N	\N
2024-06-12	1	480	480	365	0	177	2024-06-12 08:00:00	2024-06-12 16:00:00
2024-06-13	1	480	480	367	56	212	2024-06-13 08:00:00	2024-06-13 16:00:00
2024-06-14	1	480	480	406	0	186	2024-06-14 08:00:00	2024-06-14 16:00:00
2024-06-15	1	480	480	330	0	151	2024-06-15 09:00:00	2024-06-15 17:00:00
2024-06-16	1	480	480	370	0	184	2024-06-16 10:00:00	2024-06-16 18:00:00
2024-06-17	1	480	480	336	332	333	2024-06-17 12:00:00	2024-06-17 20:00:00
2024-06-18	1	480	480	317	43	189	2024-06-18 12:00:00	2024-06-18 20:00:00
2024-06-19	1	484	480	354	339	345	2024-06-19 08:00:00	2024-06-19 16:00:00
2024-06-20	1	480	480	323	0	102	2024-06-20 08:00:00	2024-06-20 16:00:00
2024-06-21	1	480	480	321	0	132	2024-06-21 12:00:00	2024-06-21 20:00:00
2024-06-22	1	0	0	0	0	0	\N	\N
2024-06-23	1	0	0	0	0	0	\N	\N
2024-06-24	1	480	480	370	0	171	2024-06-24 10:00:00	2024-06-24 18:00:00
2024-06-25	1	480	480	356	0	149	2024-06-25 12:00:00	2024-06-25 20:00:00
2024-06-26	1	480	480	371	0	112	2024-06-26 12:00:00	2024-06-26 20:00:00
2024-06-27	1	480	480	324	0	194	2024-06-27 10:00:00	2024-06-27 18:00:00
2024-06-28	1	480	480	365	0	182	2024-06-28 10:00:00	2024-06-28 18:00:00
2024-06-29	1	0	0	0	0	0	\N	\N
2024-06-30	1	0	0	0	0	0	\N	\N
2024-07-01	1	0	0	0	0	0	\N	\N
2024-07-02	1	0	0	0	0	0	\N	\N
2024-07-03	1	480	480	0	0	0	2024-07-03 10:00:00	2024-07-03 18:00:00
2024-07-04	1	480	480	0	0	0	2024-07-04 10:00:00	2024-07-04 18:00:00
2024-07-05	1	480	480	0	0	0	2024-07-05 10:00:00	2024-07-05 18:00:00
2024-07-06	1	480	480	329	0	142	2024-07-06 09:00:00	2024-07-06 17:00:00
2024-07-07	1	480	480	313	0	97	2024-07-07 10:00:00	2024-07-07 18:00:00
2024-07-08	1	480	480	376	13	229	2024-07-08 12:00:00	2024-07-08 20:00:00
2024-07-09	1	480	480	357	49	205	2024-07-09 12:00:00	2024-07-09 20:00:00
2024-07-10	1	480	480	358	0	110	2024-07-10 08:00:00	2024-07-10 16:00:00
2024-07-11	1	480	480	285	57	156	2024-07-11 08:00:00	2024-07-11 16:00:00
2024-07-12	1	480	480	339	56	207	2024-07-12 12:00:00	2024-07-12 20:00:00
2024-07-13	1	0	0	0	0	0	\N	\N
2024-07-14	1	0	0	0	0	0	\N	\N
2024-07-15	1	480	480	351	0	116	2024-07-15 10:00:00	2024-07-15 18:00:00
2024-07-16	1	480	480	266	0	105	2024-07-16 12:00:00	2024-07-16 20:00:00
2024-07-17	1	480	480	381	0	205	2024-07-17 12:00:00	2024-07-17 20:00:00
2024-07-18	1	480	480	343	0	151	2024-07-18 10:00:00	2024-07-18 18:00:00
2024-07-19	1	480	480	395	0	133	2024-07-19 10:00:00	2024-07-19 18:00:00
2024-07-20	1	0	0	0	0	0	\N	\N
2024-07-21	1	0	0	0	0	0	\N	\N
2024-07-22	1	0	0	0	0	0	\N	\N
2024-07-23	1	0	0	0	0	0	\N	\N
2024-07-24	1	480	480	358	0	149	2024-07-24 08:00:00	2024-07-24 16:00:00
2024-07-25	1	480	480	325	0	172	2024-07-25 08:00:00	2024-07-25 16:00:00
2024-07-26	1	480	480	348	0	189	2024-07-26 08:00:00	2024-07-26 16:00:00
2024-07-27	1	480	480	401	38	218	2024-07-27 09:00:00	2024-07-27 17:00:00
2024-07-28	1	480	480	365	118	201	2024-07-28 10:00:00	2024-07-28 18:00:00
2024-07-29	1	480	480	317	5	108	2024-07-29 12:00:00	2024-07-29 20:00:00
2024-07-30	1	480	480	314	0	112	2024-07-30 12:00:00	2024-07-30 20:00:00
2024-07-31	1	480	480	322	0	154	2024-07-31 08:00:00	2024-07-31 16:00:00
2024-08-01	1	480	480	333	37	136	2024-08-01 08:00:00	2024-08-01 16:00:00
2024-08-02	1	480	480	293	0	174	2024-08-02 12:00:00	2024-08-02 20:00:00
2024-08-03	1	0	0	0	0	0	\N	\N
2024-08-04	1	0	0	0	0	0	\N	\N
2024-08-05	1	480	480	339	0	115	2024-08-05 10:00:00	2024-08-05 18:00:00
2024-08-06	1	480	480	284	0	143	2024-08-06 12:00:00	2024-08-06 20:00:00
2024-08-07	1	480	480	347	0	159	2024-08-07 12:00:00	2024-08-07 20:00:00
2024-08-08	1	480	480	324	0	133	2024-08-08 10:00:00	2024-08-08 18:00:00
2024-08-09	1	480	480	325	0	117	2024-08-09 10:00:00	2024-08-09 18:00:00
2024-08-10	1	0	0	0	0	0	\N	\N
2024-08-11	1	0	0	0	0	0	\N	\N
2024-08-12	1	0	0	0	0	0	\N	\N
2024-08-13	1	0	0	0	0	0	\N	\N
2024-08-14	1	480	480	373	0	138	2024-08-14 08:00:00	2024-08-14 16:00:00
2024-08-15	1	480	480	294	0	88	2024-08-15 08:00:00	2024-08-15 16:00:00
2024-08-16	1	480	480	282	0	99	2024-08-16 08:00:00	2024-08-16 16:00:00
2024-08-17	1	480	480	354	354	354	2024-08-17 09:00:00	2024-08-17 17:00:00
2024-08-18	1	480	480	348	286	312	2024-08-18 10:00:00	2024-08-18 18:00:00
2024-08-19	1	480	480	392	0	211	2024-08-19 12:00:00	2024-08-19 20:00:00
2024-08-20	1	480	480	334	0	137	2024-08-20 12:00:00	2024-08-20 20:00:00
2024-08-21	1	480	480	350	0	159	2024-08-21 08:00:00	2024-08-21 16:00:00
2024-08-22	1	480	480	318	0	158	2024-08-22 08:00:00	2024-08-22 16:00:00
2024-08-23	1	480	480	384	103	219	2024-08-23 12:00:00	2024-08-23 20:00:00
2024-08-24	1	0	0	0	0	0	\N	\N
2024-08-25	1	0	0	0	0	0	\N	\N
2024-08-26	1	480	480	317	80	155	2024-08-26 10:00:00	2024-08-26 18:00:00
2024-08-27	1	480	480	361	70	185	2024-08-27 12:00:00	2024-08-27 20:00:00
2024-08-28	1	480	480	347	0	181	2024-08-28 12:00:00	2024-08-28 20:00:00
2024-08-29	1	480	480	324	0	127	2024-08-29 10:00:00	2024-08-29 18:00:00
2024-08-30	1	480	480	337	0	169	2024-08-30 10:00:00	2024-08-30 18:00:00
2024-08-31	1	0	0	0	0	0	\N	\N
2024-09-01	1	0	0	0	0	0	\N	\N
2024-09-02	1	0	0	0	0	0	\N	\N
2024-09-03	1	0	0	0	0	0	\N	\N
2024-09-04	1	480	480	337	0	129	2024-09-04 08:00:00	2024-09-04 16:00:00
2024-09-05	1	480	480	375	0	194	2024-09-05 08:00:00	2024-09-05 16:00:00
2024-09-06	1	480	480	400	0	122	2024-09-06 08:00:00	2024-09-06 16:00:00
2024-09-07	1	480	480	386	64	219	2024-09-07 09:00:00	2024-09-07 17:00:00
2024-09-08	1	480	480	316	0	139	2024-09-08 10:00:00	2024-09-08 18:00:00
2024-09-09	1	480	480	349	83	229	2024-09-09 12:00:00	2024-09-09 20:00:00
2024-09-10	1	480	480	0	0	0	2024-09-10 10:00:00	2024-09-10 18:00:00
2024-09-11	1	480	480	0	0	0	2024-09-11 12:00:00	2024-09-11 20:00:00
2024-09-12	1	480	480	0	0	0	2024-09-12 12:00:00	2024-09-12 20:00:00
2024-09-13	1	480	480	326	0	117	2024-09-13 12:00:00	2024-09-13 20:00:00
2024-09-14	1	0	0	0	0	0	\N	\N
2024-09-15	1	0	0	0	0	0	\N	\N
2024-09-16	1	480	480	358	0	166	2024-09-16 10:00:00	2024-09-16 18:00:00
2024-09-17	1	480	480	320	0	152	2024-09-17 12:00:00	2024-09-17 20:00:00
2024-09-18	1	480	480	366	0	122	2024-09-18 12:00:00	2024-09-18 20:00:00
2024-09-19	1	480	480	0	0	0	2024-09-19 10:00:00	2024-09-19 18:00:00
2024-09-20	1	480	480	323	99	219	2024-09-20 10:00:00	2024-09-20 18:00:00
2024-09-21	1	0	0	0	0	0	\N	\N
2024-09-22	1	0	0	0	0	0	\N	\N
2024-09-23	1	0	0	0	0	0	\N	\N
2024-09-24	1	0	0	0	0	0	\N	\N
2024-09-25	1	480	480	339	0	115	2024-09-25 08:00:00	2024-09-25 16:00:00
2024-09-26	1	480	480	315	27	137	2024-09-26 08:00:00	2024-09-26 16:00:00
2024-09-27	1	480	480	348	0	106	2024-09-27 08:00:00	2024-09-27 16:00:00
2024-09-28	1	480	480	319	0	113	2024-09-28 09:00:00	2024-09-28 17:00:00
2024-09-29	1	480	480	290	0	90	2024-09-29 10:00:00	2024-09-29 18:00:00
2024-09-30	1	480	480	360	0	214	2024-09-30 12:00:00	2024-09-30 20:00:00
2024-10-01	1	480	480	254	0	126	2024-10-01 12:00:00	2024-10-01 20:00:00
2024-10-02	1	480	480	386	0	159	2024-10-02 08:00:00	2024-10-02 16:00:00
2024-10-03	1	480	480	353	22	197	2024-10-03 08:00:00	2024-10-03 16:00:00
2024-10-04	1	480	480	382	0	182	2024-10-04 12:00:00	2024-10-04 20:00:00
2024-10-05	1	0	0	0	0	0	\N	\N
2024-10-06	1	0	0	0	0	0	\N	\N
2024-10-07	1	480	480	321	0	137	2024-10-07 10:00:00	2024-10-07 18:00:00
2024-10-08	1	480	480	332	8	167	2024-10-08 12:00:00	2024-10-08 20:00:00
2024-10-09	1	480	480	316	0	162	2024-10-09 12:00:00	2024-10-09 20:00:00
2024-10-10	1	480	480	347	11	126	2024-10-10 10:00:00	2024-10-10 18:00:00
2024-10-11	1	480	480	300	0	154	2024-10-11 10:00:00	2024-10-11 18:00:00
2024-10-12	1	0	0	0	0	0	\N	\N
2024-10-13	1	0	0	0	0	0	\N	\N
2024-10-14	1	0	0	0	0	0	\N	\N
2024-10-15	1	0	0	0	0	0	\N	\N
2024-10-16	1	480	480	323	0	147	2024-10-16 08:00:00	2024-10-16 16:00:00
2024-10-17	1	480	480	340	0	139	2024-10-17 08:00:00	2024-10-17 16:00:00
2024-10-18	1	480	480	320	0	126	2024-10-18 08:00:00	2024-10-18 16:00:00
2024-10-19	1	480	480	327	0	163	2024-10-19 09:00:00	2024-10-19 17:00:00
2024-10-20	1	480	480	310	0	142	2024-10-20 10:00:00	2024-10-20 18:00:00
2024-10-21	1	480	480	362	0	192	2024-10-21 12:00:00	2024-10-21 20:00:00
2024-10-22	1	480	480	320	0	136	2024-10-22 12:00:00	2024-10-22 20:00:00
2024-10-23	1	480	480	328	0	154	2024-10-23 08:00:00	2024-10-23 16:00:00
2024-10-24	1	480	480	333	0	165	2024-10-24 08:00:00	2024-10-24 16:00:00
2024-10-25	1	480	480	377	0	217	2024-10-25 12:00:00	2024-10-25 20:00:00
2024-10-26	1	0	0	0	0	0	\N	\N
2024-10-27	1	0	0	0	0	0	\N	\N
2024-10-28	1	480	480	337	0	175	2024-10-28 10:00:00	2024-10-28 18:00:00
2024-10-29	1	480	480	354	0	170	2024-10-29 12:00:00	2024-10-29 20:00:00
2024-10-30	1	480	480	361	0	187	2024-10-30 12:00:00	2024-10-30 20:00:00
2024-10-31	1	480	480	357	0	141	2024-10-31 10:00:00	2024-10-31 18:00:00
2024-11-01	1	480	480	329	0	126	2024-11-01 10:00:00	2024-11-01 18:00:00
2024-11-02	1	0	0	0	0	0	\N	\N
2024-11-03	1	0	0	0	0	0	\N	\N
2024-11-04	1	0	0	0	0	0	\N	\N
2024-11-05	1	0	0	0	0	0	\N	\N
2024-11-06	1	480	480	343	0	166	2024-11-06 08:00:00	2024-11-06 16:00:00
2024-11-07	1	480	480	0	0	0	2024-11-07 10:00:00	2024-11-07 18:00:00
2024-11-08	1	480	480	0	0	0	2024-11-08 10:00:00	2024-11-08 18:00:00
2024-11-09	1	480	480	288	0	117	2024-11-09 09:00:00	2024-11-09 17:00:00
2024-11-10	1	480	480	355	0	185	2024-11-10 10:00:00	2024-11-10 18:00:00
2024-11-11	1	480	480	310	0	182	2024-11-11 12:00:00	2024-11-11 20:00:00
2024-11-12	1	480	480	328	0	103	2024-11-12 12:00:00	2024-11-12 20:00:00
2024-11-13	1	480	480	355	0	199	2024-11-13 08:00:00	2024-11-13 16:00:00
2024-11-14	1	480	480	352	0	114	2024-11-14 08:00:00	2024-11-14 16:00:00
2024-11-15	1	480	480	265	113	202	2024-11-15 12:00:00	2024-11-15 20:00:00
2024-11-16	1	0	0	0	0	0	\N	\N
2024-11-17	1	0	0	0	0	0	\N	\N
2024-11-18	1	480	480	352	0	191	2024-11-18 10:00:00	2024-11-18 18:00:00
2024-11-19	1	480	480	306	0	144	2024-11-19 12:00:00	2024-11-19 20:00:00
2024-11-20	1	480	480	341	159	260	2024-11-20 12:00:00	2024-11-20 20:00:00
2024-11-21	1	480	480	339	0	146	2024-11-21 10:00:00	2024-11-21 18:00:00
2024-11-22	1	480	480	360	0	138	2024-11-22 10:00:00	2024-11-22 18:00:00
2024-11-23	1	0	0	0	0	0	\N	\N
2024-11-24	1	0	0	0	0	0	\N	\N
2024-11-25	1	0	0	0	0	0	\N	\N
2024-11-26	1	0	0	0	0	0	\N	\N
2024-11-27	1	480	480	339	0	132	2024-11-27 08:00:00	2024-11-27 16:00:00
2024-11-28	1	480	480	331	0	155	2024-11-28 08:00:00	2024-11-28 16:00:00
2024-11-29	1	480	480	317	46	138	2024-11-29 08:00:00	2024-11-29 16:00:00
2024-11-30	1	480	480	341	0	150	2024-11-30 09:00:00	2024-11-30 17:00:00
2024-12-01	1	480	480	295	0	159	2024-12-01 10:00:00	2024-12-01 18:00:00
2024-12-02	1	480	480	303	59	135	2024-12-02 12:00:00	2024-12-02 20:00:00
2024-12-03	1	480	480	394	0	234	2024-12-03 12:00:00	2024-12-03 20:00:00
2024-12-04	1	480	480	341	0	161	2024-12-04 08:00:00	2024-12-04 16:00:00
2024-12-05	1	480	480	293	102	171	2024-12-05 08:00:00	2024-12-05 16:00:00
2024-12-06	1	480	480	364	0	121	2024-12-06 12:00:00	2024-12-06 20:00:00
2024-12-07	1	0	0	0	0	0	\N	\N
2024-12-08	1	0	0	0	0	0	\N	\N
2024-12-09	1	480	480	377	0	202	2024-12-09 10:00:00	2024-12-09 18:00:00
2024-12-10	1	480	480	336	104	174	2024-12-10 08:00:00	2024-12-10 16:00:00
2024-12-11	1	480	480	375	0	181	2024-12-11 12:00:00	2024-12-11 20:00:00
2024-12-12	1	480	480	348	0	133	2024-12-12 10:00:00	2024-12-12 18:00:00
2024-12-13	1	480	480	301	0	126	2024-12-13 10:00:00	2024-12-13 18:00:00
2024-12-14	1	0	0	0	0	0	\N	\N
2024-12-15	1	0	0	0	0	0	\N	\N
2024-12-16	1	0	0	0	0	0	\N	\N
2024-12-17	1	0	0	0	0	0	\N	\N
2024-12-18	1	480	480	338	0	130	2024-12-18 08:00:00	2024-12-18 16:00:00
2024-12-19	1	480	480	323	0	106	2024-12-19 08:00:00	2024-12-19 16:00:00
2024-12-20	1	480	480	297	0	149	2024-12-20 08:00:00	2024-12-20 16:00:00
2024-12-21	1	480	480	320	0	168	2024-12-21 09:00:00	2024-12-21 17:00:00
2024-12-22	1	480	480	363	0	120	2024-12-22 10:00:00	2024-12-22 18:00:00
2024-12-23	1	480	480	348	0	173	2024-12-23 12:00:00	2024-12-23 20:00:00
2024-12-24	1	480	480	256	0	117	2024-12-24 12:00:00	2024-12-24 20:00:00
2024-12-25	1	480	480	306	0	140	2024-12-25 08:00:00	2024-12-25 16:00:00
2024-12-26	1	480	480	372	0	159	2024-12-26 08:00:00	2024-12-26 16:00:00
2024-12-27	1	480	480	348	0	172	2024-12-27 12:00:00	2024-12-27 20:00:00
2024-12-28	1	0	0	0	0	0	\N	\N
2024-12-29	1	0	0	0	0	0	\N	\N
2024-12-30	1	480	480	338	0	190	2024-12-30 10:00:00	2024-12-30 18:00:00
2024-12-31	1	480	480	334	0	157	2024-12-31 08:00:00	2024-12-31 16:00:00
2025-01-01	1	480	480	285	25	127	2025-01-01 12:00:00	2025-01-01 20:00:00
2025-01-02	1	480	480	282	0	146	2025-01-02 10:00:00	2025-01-02 18:00:00
2025-01-03	1	480	480	306	0	176	2025-01-03 10:00:00	2025-01-03 18:00:00
2025-01-04	1	0	0	0	0	0	\N	\N
2025-01-05	1	0	0	0	0	0	\N	\N
2025-01-06	1	0	0	0	0	0	\N	\N
2025-01-07	1	0	0	0	0	0	\N	\N
2025-01-08	1	480	480	330	0	129	2025-01-08 08:00:00	2025-01-08 16:00:00
2025-01-09	1	480	480	304	235	270	2025-01-09 08:00:00	2025-01-09 16:00:00
2025-01-10	1	480	480	342	48	140	2025-01-10 08:00:00	2025-01-10 16:00:00
2025-01-11	1	480	480	311	0	111	2025-01-11 09:00:00	2025-01-11 17:00:00
2025-01-12	1	480	480	294	0	170	2025-01-12 10:00:00	2025-01-12 18:00:00
2025-01-13	1	480	480	384	0	188	2025-01-13 12:00:00	2025-01-13 20:00:00
2025-01-14	1	480	480	284	0	101	2025-01-14 12:00:00	2025-01-14 20:00:00
2025-01-15	1	480	480	309	0	144	2025-01-15 08:00:00	2025-01-15 16:00:00
2025-01-16	1	480	480	330	0	147	2025-01-16 08:00:00	2025-01-16 16:00:00
2025-01-17	1	480	480	366	0	147	2025-01-17 12:00:00	2025-01-17 20:00:00
2025-01-18	1	0	0	0	0	0	\N	\N
2025-01-19	1	0	0	0	0	0	\N	\N
2025-01-20	1	480	480	346	70	173	2025-01-20 10:00:00	2025-01-20 18:00:00
2025-01-21	1	480	480	398	36	161	2025-01-21 12:00:00	2025-01-21 20:00:00
2025-01-22	1	480	480	363	8	170	2025-01-22 12:00:00	2025-01-22 20:00:00
2025-01-23	1	480	480	338	91	172	2025-01-23 10:00:00	2025-01-23 18:00:00
2025-01-24	1	480	480	366	21	176	2025-01-24 10:00:00	2025-01-24 18:00:00
2025-01-25	1	0	0	0	0	0	\N	\N
2025-01-26	1	0	0	0	0	0	\N	\N
2025-01-27	1	0	0	0	0	0	\N	\N
2025-01-28	1	0	0	0	0	0	\N	\N
2025-01-29	1	480	480	301	0	135	2025-01-29 08:00:00	2025-01-29 16:00:00
2025-01-30	1	480	480	323	0	143	2025-01-30 08:00:00	2025-01-30 16:00:00
2025-01-31	1	480	480	314	0	188	2025-01-31 08:00:00	2025-01-31 16:00:00
2025-02-01	1	480	480	321	0	149	2025-02-01 09:00:00	2025-02-01 17:00:00
2025-02-02	1	480	480	309	0	165	2025-02-02 10:00:00	2025-02-02 18:00:00
2025-02-03	1	480	480	314	0	164	2025-02-03 12:00:00	2025-02-03 20:00:00
2025-02-04	1	480	480	350	0	208	2025-02-04 12:00:00	2025-02-04 20:00:00
2025-02-05	1	480	480	315	0	138	2025-02-05 08:00:00	2025-02-05 16:00:00
2025-02-06	1	480	480	334	0	192	2025-02-06 08:00:00	2025-02-06 16:00:00
2025-02-07	1	480	480	325	0	150	2025-02-07 12:00:00	2025-02-07 20:00:00
2025-02-08	1	0	0	0	0	0	\N	\N
2025-02-09	1	0	0	0	0	0	\N	\N
2025-02-10	1	480	480	365	0	133	2025-02-10 10:00:00	2025-02-10 18:00:00
2025-02-11	1	480	480	330	102	205	2025-02-11 12:00:00	2025-02-11 20:00:00
2025-02-12	1	480	480	287	0	125	2025-02-12 12:00:00	2025-02-12 20:00:00
2025-02-13	1	480	480	368	0	126	2025-02-13 10:00:00	2025-02-13 18:00:00
2025-02-14	1	480	480	364	0	202	2025-02-14 10:00:00	2025-02-14 18:00:00
2025-02-15	1	0	0	0	0	0	\N	\N
2025-02-16	1	0	0	0	0	0	\N	\N
2025-02-17	1	0	0	0	0	0	\N	\N
2025-02-18	1	0	0	0	0	0	\N	\N
2025-02-19	1	480	480	375	9	125	2025-02-19 08:00:00	2025-02-19 16:00:00
2025-02-20	1	480	480	310	104	222	2025-02-20 08:00:00	2025-02-20 16:00:00
2025-02-21	1	480	480	323	0	157	2025-02-21 08:00:00	2025-02-21 16:00:00
2025-02-22	1	480	480	320	0	168	2025-02-22 09:00:00	2025-02-22 17:00:00
2025-02-23	1	480	480	362	0	136	2025-02-23 10:00:00	2025-02-23 18:00:00
2025-02-24	1	480	480	301	13	151	2025-02-24 12:00:00	2025-02-24 20:00:00
2025-02-25	1	480	480	376	0	187	2025-02-25 12:00:00	2025-02-25 20:00:00
2025-02-26	1	480	480	321	0	187	2025-02-26 08:00:00	2025-02-26 16:00:00
2025-02-27	1	480	480	346	346	346	2025-02-27 08:00:00	2025-02-27 16:00:00
2025-02-28	1	480	480	287	46	190	2025-02-28 12:00:00	2025-02-28 20:00:00
2025-03-01	1	0	0	0	0	0	\N	\N
2025-03-02	1	0	0	0	0	0	\N	\N
2025-03-03	1	480	480	0	0	0	2025-03-03 10:00:00	2025-03-03 18:00:00
2025-03-04	1	480	480	0	0	0	2025-03-04 12:00:00	2025-03-04 20:00:00
2025-03-05	1	480	480	0	0	0	2025-03-05 12:00:00	2025-03-05 20:00:00
2025-03-06	1	480	480	0	0	0	2025-03-06 10:00:00	2025-03-06 18:00:00
2025-03-07	1	480	480	0	0	0	2025-03-07 10:00:00	2025-03-07 18:00:00
2025-03-08	1	0	0	0	0	0	\N	\N
2025-03-09	1	0	0	0	0	0	\N	\N
2025-03-10	1	0	0	0	0	0	\N	\N
2025-03-11	1	0	0	0	0	0	\N	\N
2025-03-12	1	480	480	366	262	301	2025-03-12 08:00:00	2025-03-12 16:00:00
2025-03-13	1	480	480	347	45	202	2025-03-13 08:00:00	2025-03-13 16:00:00
2025-03-14	1	480	480	332	0	167	2025-03-14 08:00:00	2025-03-14 16:00:00
2025-03-15	1	480	480	321	0	110	2025-03-15 09:00:00	2025-03-15 17:00:00
2025-03-16	1	480	480	376	0	166	2025-03-16 10:00:00	2025-03-16 18:00:00
2025-03-17	1	480	480	388	42	208	2025-03-17 12:00:00	2025-03-17 20:00:00
2025-03-18	1	480	480	325	0	140	2025-03-18 12:00:00	2025-03-18 20:00:00
2025-03-19	1	480	480	331	0	190	2025-03-19 08:00:00	2025-03-19 16:00:00
2025-03-20	1	480	480	333	0	177	2025-03-20 08:00:00	2025-03-20 16:00:00
2025-03-21	1	480	480	283	26	139	2025-03-21 12:00:00	2025-03-21 20:00:00
2025-03-22	1	0	0	0	0	0	\N	\N
2025-03-23	1	0	0	0	0	0	\N	\N
2025-03-24	1	480	480	380	0	162	2025-03-24 10:00:00	2025-03-24 18:00:00
2025-03-25	1	480	480	341	0	113	2025-03-25 12:00:00	2025-03-25 20:00:00
2025-03-26	1	480	480	363	0	172	2025-03-26 12:00:00	2025-03-26 20:00:00
2025-03-27	1	480	480	323	0	136	2025-03-27 10:00:00	2025-03-27 18:00:00
2025-03-28	1	480	480	272	57	172	2025-03-28 10:00:00	2025-03-28 18:00:00
2025-03-29	1	0	0	0	0	0	\N	\N
2025-03-30	1	0	0	0	0	0	\N	\N
2025-03-31	1	0	0	0	0	0	\N	\N
2025-04-01	1	0	0	0	0	0	\N	\N
2025-04-02	1	483	480	362	202	253	2025-04-02 08:00:00	2025-04-02 16:00:00
2025-04-03	1	480	480	327	0	104	2025-04-03 08:00:00	2025-04-03 16:00:00
2025-04-04	1	480	480	291	0	88	2025-04-04 08:00:00	2025-04-04 16:00:00
2025-04-05	1	480	480	376	40	212	2025-04-05 09:00:00	2025-04-05 17:00:00
2025-04-06	1	480	480	321	52	205	2025-04-06 10:00:00	2025-04-06 18:00:00
2025-04-07	1	480	480	376	0	199	2025-04-07 12:00:00	2025-04-07 20:00:00
2025-04-08	1	480	480	280	98	159	2025-04-08 12:00:00	2025-04-08 20:00:00
2025-04-09	1	480	480	314	0	123	2025-04-09 08:00:00	2025-04-09 16:00:00
2025-04-10	1	480	480	318	0	132	2025-04-10 08:00:00	2025-04-10 16:00:00
2025-04-11	1	480	480	315	0	160	2025-04-11 12:00:00	2025-04-11 20:00:00
2025-04-12	1	0	0	0	0	0	\N	\N
2025-04-13	1	0	0	0	0	0	\N	\N
2025-04-14	1	480	480	303	0	122	2025-04-14 10:00:00	2025-04-14 18:00:00
2025-04-15	1	480	480	316	0	153	2025-04-15 12:00:00	2025-04-15 20:00:00
2025-04-16	1	480	480	313	0	98	2025-04-16 12:00:00	2025-04-16 20:00:00
2025-04-17	1	480	480	336	0	198	2025-04-17 10:00:00	2025-04-17 18:00:00
2025-04-18	1	480	480	318	0	164	2025-04-18 10:00:00	2025-04-18 18:00:00
2025-04-19	1	0	0	0	0	0	\N	\N
2025-04-20	1	0	0	0	0	0	\N	\N
2025-04-21	1	0	0	0	0	0	\N	\N
2025-04-22	1	0	0	0	0	0	\N	\N
2025-04-23	1	480	480	387	0	139	2025-04-23 08:00:00	2025-04-23 16:00:00
2025-04-24	1	480	480	315	117	228	2025-04-24 08:00:00	2025-04-24 16:00:00
2025-04-25	1	480	480	290	55	150	2025-04-25 08:00:00	2025-04-25 16:00:00
2025-04-26	1	480	480	355	0	202	2025-04-26 09:00:00	2025-04-26 17:00:00
2025-04-27	1	480	480	417	0	163	2025-04-27 10:00:00	2025-04-27 18:00:00
2025-04-28	1	480	480	370	26	179	2025-04-28 12:00:00	2025-04-28 20:00:00
2025-04-29	1	480	480	313	0	119	2025-04-29 12:00:00	2025-04-29 20:00:00
2025-04-30	1	480	480	295	295	295	2025-04-30 08:00:00	2025-04-30 16:00:00
2025-05-01	1	480	480	365	2	156	2025-05-01 08:00:00	2025-05-01 16:00:00
2025-05-02	1	480	480	355	0	204	2025-05-02 12:00:00	2025-05-02 20:00:00
2025-05-03	1	0	0	0	0	0	\N	\N
2025-05-04	1	0	0	0	0	0	\N	\N
2025-05-05	1	480	480	350	35	160	2025-05-05 10:00:00	2025-05-05 18:00:00
2025-05-06	1	480	480	384	243	293	2025-05-06 08:00:00	2025-05-06 16:00:00
2025-05-07	1	480	480	307	0	162	2025-05-07 08:00:00	2025-05-07 16:00:00
2025-05-08	1	480	480	292	0	161	2025-05-08 12:00:00	2025-05-08 20:00:00
2025-05-09	1	480	480	334	113	245	2025-05-09 10:00:00	2025-05-09 18:00:00
2025-05-10	1	0	0	0	0	0	\N	\N
2025-05-11	1	0	0	0	0	0	\N	\N
2025-05-12	1	0	0	0	0	0	\N	\N
2025-05-13	1	0	0	0	0	0	\N	\N
2025-05-14	1	480	480	337	0	181	2025-05-14 08:00:00	2025-05-14 16:00:00
2025-05-15	1	480	480	319	0	159	2025-05-15 08:00:00	2025-05-15 16:00:00
2025-05-16	1	480	480	341	0	117	2025-05-16 08:00:00	2025-05-16 16:00:00
2025-05-17	1	480	480	345	0	126	2025-05-17 09:00:00	2025-05-17 17:00:00
2025-05-18	1	480	480	366	0	140	2025-05-18 10:00:00	2025-05-18 18:00:00
2025-05-19	1	480	480	331	0	150	2025-05-19 12:00:00	2025-05-19 20:00:00
2025-05-20	1	480	480	330	0	153	2025-05-20 12:00:00	2025-05-20 20:00:00
2025-05-21	1	480	480	349	0	199	2025-05-21 08:00:00	2025-05-21 16:00:00
2025-05-22	1	480	480	341	179	245	2025-05-22 08:00:00	2025-05-22 16:00:00
2025-05-23	1	480	480	378	0	218	2025-05-23 12:00:00	2025-05-23 20:00:00
2025-05-24	1	0	0	0	0	0	\N	\N
2025-05-25	1	0	0	0	0	0	\N	\N
2025-05-26	1	480	480	315	0	170	2025-05-26 10:00:00	2025-05-26 18:00:00
2025-05-27	1	480	480	368	0	214	2025-05-27 12:00:00	2025-05-27 20:00:00
2025-05-28	1	480	480	388	106	254	2025-05-28 12:00:00	2025-05-28 20:00:00
2025-05-29	1	480	480	296	48	182	2025-05-29 10:00:00	2025-05-29 18:00:00
2025-05-30	1	480	480	0	0	0	2025-05-30 10:00:00	2025-05-30 18:00:00
2025-05-31	1	0	0	0	0	0	\N	\N
2025-06-01	1	0	0	0	0	0	\N	\N
2025-06-02	1	0	0	0	0	0	\N	\N
2025-06-03	1	0	0	0	0	0	\N	\N
2025-06-04	1	480	480	314	0	167	2025-06-04 08:00:00	2025-06-04 16:00:00
2025-06-05	1	480	480	297	0	143	2025-06-05 08:00:00	2025-06-05 16:00:00
2025-06-06	1	480	480	329	74	152	2025-06-06 08:00:00	2025-06-06 16:00:00
2025-06-07	1	480	480	320	0	181	2025-06-07 09:00:00	2025-06-07 17:00:00
2025-06-08	1	480	480	315	0	124	2025-06-08 10:00:00	2025-06-08 18:00:00
2025-06-09	1	480	480	369	223	283	2025-06-09 12:00:00	2025-06-09 20:00:00
2025-06-10	1	480	480	314	0	115	2025-06-10 12:00:00	2025-06-10 20:00:00
2025-06-11	1	480	480	322	0	185	2025-06-11 08:00:00	2025-06-11 16:00:00
2025-06-12	1	480	480	309	0	144	2025-06-12 08:00:00	2025-06-12 16:00:00
2025-06-13	1	480	480	315	248	270	2025-06-13 12:00:00	2025-06-13 20:00:00
2025-06-14	1	0	0	0	0	0	\N	\N
2025-06-15	1	0	0	0	0	0	\N	\N
2025-06-16	1	480	480	319	0	104	2025-06-16 10:00:00	2025-06-16 18:00:00
2025-06-17	1	480	480	348	105	191	2025-06-17 12:00:00	2025-06-17 20:00:00
2025-06-18	1	480	480	373	71	197	2025-06-18 12:00:00	2025-06-18 20:00:00
2025-06-19	1	480	480	360	108	229	2025-06-19 10:00:00	2025-06-19 18:00:00
2025-06-20	1	480	480	324	0	149	2025-06-20 10:00:00	2025-06-20 18:00:00
2025-06-21	1	0	0	0	0	0	\N	\N
2025-06-22	1	0	0	0	0	0	\N	\N
2025-06-23	1	0	0	0	0	0	\N	\N
2025-06-24	1	0	0	0	0	0	\N	\N
2025-06-25	1	480	480	359	0	176	2025-06-25 08:00:00	2025-06-25 16:00:00
2025-06-26	1	480	480	345	0	163	2025-06-26 08:00:00	2025-06-26 16:00:00
2025-06-27	1	480	480	302	0	160	2025-06-27 08:00:00	2025-06-27 16:00:00
2025-06-28	1	480	480	321	52	138	2025-06-28 09:00:00	2025-06-28 17:00:00
2025-06-29	1	480	480	332	0	148	2025-06-29 10:00:00	2025-06-29 18:00:00
2025-06-30	1	480	480	319	0	176	2025-06-30 12:00:00	2025-06-30 20:00:00
2025-07-01	1	480	480	0	0	0	2025-07-01 10:00:00	2025-07-01 18:00:00
2025-07-02	1	480	480	0	0	0	2025-07-02 12:00:00	2025-07-02 20:00:00
2025-07-03	1	480	480	0	0	0	2025-07-03 12:00:00	2025-07-03 20:00:00
2025-07-04	1	480	480	0	0	0	2025-07-04 10:00:00	2025-07-04 18:00:00
2025-07-05	1	0	0	0	0	0	\N	\N
2025-07-06	1	0	0	0	0	0	\N	\N
2025-07-07	1	480	480	334	0	150	2025-07-07 10:00:00	2025-07-07 18:00:00
2025-07-08	1	480	480	356	103	193	2025-07-08 12:00:00	2025-07-08 20:00:00
2025-07-09	1	480	480	358	0	127	2025-07-09 12:00:00	2025-07-09 20:00:00
2025-07-10	1	480	480	328	0	195	2025-07-10 10:00:00	2025-07-10 18:00:00
2025-07-11	1	480	480	347	0	155	2025-07-11 10:00:00	2025-07-11 18:00:00
2025-07-12	1	0	0	0	0	0	\N	\N
2025-07-13	1	0	0	0	0	0	\N	\N
2025-07-14	1	0	0	0	0	0	\N	\N
2025-07-15	1	0	0	0	0	0	\N	\N
2025-07-16	1	480	480	319	0	107	2025-07-16 08:00:00	2025-07-16 16:00:00
2025-07-17	1	480	480	345	73	170	2025-07-17 08:00:00	2025-07-17 16:00:00
2025-07-18	1	480	480	357	0	146	2025-07-18 08:00:00	2025-07-18 16:00:00
2025-07-19	1	480	480	352	0	117	2025-07-19 09:00:00	2025-07-19 17:00:00
2025-07-20	1	480	480	316	0	147	2025-07-20 10:00:00	2025-07-20 18:00:00
2025-07-21	1	480	480	308	13	130	2025-07-21 12:00:00	2025-07-21 20:00:00
2025-07-22	1	480	480	320	0	178	2025-07-22 12:00:00	2025-07-22 20:00:00
2025-07-23	1	480	480	288	0	105	2025-07-23 08:00:00	2025-07-23 16:00:00
2025-07-24	1	480	480	318	0	135	2025-07-24 08:00:00	2025-07-24 16:00:00
2025-07-25	1	480	480	339	56	187	2025-07-25 12:00:00	2025-07-25 20:00:00
2025-07-26	1	0	0	0	0	0	\N	\N
2025-07-27	1	0	0	0	0	0	\N	\N
2025-07-28	1	480	480	308	0	114	2025-07-28 10:00:00	2025-07-28 18:00:00
2025-07-29	1	480	480	309	0	111	2025-07-29 12:00:00	2025-07-29 20:00:00
2025-07-30	1	480	480	319	0	117	2025-07-30 12:00:00	2025-07-30 20:00:00
2025-07-31	1	480	480	336	0	155	2025-07-31 10:00:00	2025-07-31 18:00:00
2025-08-01	1	480	480	372	59	207	2025-08-01 10:00:00	2025-08-01 18:00:00
2025-08-02	1	0	0	0	0	0	\N	\N
2025-08-03	1	0	0	0	0	0	\N	\N
2025-08-04	1	0	0	0	0	0	\N	\N
2025-08-05	1	0	0	0	0	0	\N	\N
2025-08-06	1	480	480	333	0	176	2025-08-06 08:00:00	2025-08-06 16:00:00
2025-08-07	1	480	480	354	0	177	2025-08-07 08:00:00	2025-08-07 16:00:00
2025-08-08	1	480	480	373	0	117	2025-08-08 08:00:00	2025-08-08 16:00:00
2025-08-09	1	480	480	391	0	184	2025-08-09 09:00:00	2025-08-09 17:00:00
2025-08-10	1	480	480	349	0	139	2025-08-10 10:00:00	2025-08-10 18:00:00
2025-08-11	1	480	480	319	0	159	2025-08-11 12:00:00	2025-08-11 20:00:00
2025-08-12	1	480	480	312	0	112	2025-08-12 12:00:00	2025-08-12 20:00:00
2025-08-13	1	480	480	347	0	128	2025-08-13 08:00:00	2025-08-13 16:00:00
2025-08-14	1	480	480	295	91	179	2025-08-14 08:00:00	2025-08-14 16:00:00
2025-08-15	1	480	480	316	0	104	2025-08-15 12:00:00	2025-08-15 20:00:00
2025-08-16	1	0	0	0	0	0	\N	\N
2025-08-17	1	0	0	0	0	0	\N	\N
2025-08-18	1	480	480	398	0	135	2025-08-18 10:00:00	2025-08-18 18:00:00
2025-08-19	1	480	480	313	8	122	2025-08-19 12:00:00	2025-08-19 20:00:00
2025-08-20	1	480	480	333	0	181	2025-08-20 12:00:00	2025-08-20 20:00:00
2025-08-21	1	480	480	347	0	152	2025-08-21 10:00:00	2025-08-21 18:00:00
2023-09-15	2	480	480	307	0	176	2023-09-15 12:00:00	2023-09-15 20:00:00
2023-09-16	2	0	0	0	0	0	\N	\N
2023-09-17	2	0	0	0	0	0	\N	\N
2023-09-18	2	480	480	355	112	228	2023-09-18 10:00:00	2023-09-18 18:00:00
2023-09-19	2	480	480	336	0	133	2023-09-19 10:00:00	2023-09-19 18:00:00
2023-09-20	2	480	480	344	0	133	2023-09-20 12:00:00	2023-09-20 20:00:00
2023-09-21	2	480	480	285	0	132	2023-09-21 12:00:00	2023-09-21 20:00:00
2023-09-22	2	480	480	324	0	179	2023-09-22 10:00:00	2023-09-22 18:00:00
2023-09-23	2	0	0	0	0	0	\N	\N
2023-09-24	2	0	0	0	0	0	\N	\N
2023-09-25	2	480	480	309	0	163	2023-09-25 08:00:00	2023-09-25 16:00:00
2023-09-26	2	0	0	0	0	0	\N	\N
2023-09-27	2	0	0	0	0	0	\N	\N
2023-09-28	2	480	480	321	0	131	2023-09-28 08:00:00	2023-09-28 16:00:00
2023-09-29	2	480	480	332	0	139	2023-09-29 08:00:00	2023-09-29 16:00:00
2023-09-30	2	480	480	320	287	301	2023-09-30 09:00:00	2023-09-30 17:00:00
2023-10-01	2	480	480	359	0	122	2023-10-01 10:00:00	2023-10-01 18:00:00
2023-10-02	2	480	480	346	168	222	2023-10-02 08:00:00	2023-10-02 16:00:00
2023-10-03	2	480	480	327	0	166	2023-10-03 08:00:00	2023-10-03 16:00:00
2023-10-04	2	480	480	286	25	105	2023-10-04 12:00:00	2023-10-04 20:00:00
2023-10-05	2	480	480	363	12	204	2023-10-05 12:00:00	2023-10-05 20:00:00
2023-10-06	2	480	480	342	0	128	2023-10-06 12:00:00	2023-10-06 20:00:00
2023-10-07	2	0	0	0	0	0	\N	\N
2023-10-08	2	0	0	0	0	0	\N	\N
2023-10-09	2	480	480	338	0	145	2023-10-09 10:00:00	2023-10-09 18:00:00
2023-10-10	2	480	480	335	32	192	2023-10-10 10:00:00	2023-10-10 18:00:00
2023-10-11	2	480	480	301	0	134	2023-10-11 12:00:00	2023-10-11 20:00:00
2023-10-12	2	480	480	349	120	216	2023-10-12 08:00:00	2023-10-12 16:00:00
2023-10-13	2	480	480	307	307	307	2023-10-13 12:00:00	2023-10-13 20:00:00
2023-10-14	2	0	0	0	0	0	\N	\N
2023-10-15	2	0	0	0	0	0	\N	\N
2023-10-16	2	480	480	315	315	315	2023-10-16 08:00:00	2023-10-16 16:00:00
2023-10-17	2	0	0	0	0	0	\N	\N
2023-10-18	2	0	0	0	0	0	\N	\N
2023-10-19	2	480	480	342	342	342	2023-10-19 08:00:00	2023-10-19 16:00:00
2023-10-20	2	480	480	360	360	360	2023-10-20 08:00:00	2023-10-20 16:00:00
2023-10-21	2	480	480	331	216	261	2023-10-21 09:00:00	2023-10-21 17:00:00
2023-10-22	2	480	480	343	0	191	2023-10-22 10:00:00	2023-10-22 18:00:00
2023-10-23	2	480	480	347	0	167	2023-10-23 08:00:00	2023-10-23 16:00:00
2023-10-24	2	480	480	333	117	185	2023-10-24 08:00:00	2023-10-24 16:00:00
2023-10-25	2	480	480	366	0	188	2023-10-25 12:00:00	2023-10-25 20:00:00
2023-10-26	2	480	480	329	3	134	2023-10-26 12:00:00	2023-10-26 20:00:00
2023-10-27	2	480	480	294	23	135	2023-10-27 12:00:00	2023-10-27 20:00:00
2023-10-28	2	0	0	0	0	0	\N	\N
2023-10-29	2	0	0	0	0	0	\N	\N
2023-10-30	2	480	480	361	0	182	2023-10-30 10:00:00	2023-10-30 18:00:00
2023-10-31	2	480	480	366	0	121	2023-10-31 10:00:00	2023-10-31 18:00:00
2023-11-01	2	480	480	288	0	127	2023-11-01 12:00:00	2023-11-01 20:00:00
2023-11-02	2	480	480	335	0	111	2023-11-02 12:00:00	2023-11-02 20:00:00
2023-11-03	2	480	480	350	0	149	2023-11-03 12:00:00	2023-11-03 20:00:00
2023-11-04	2	0	0	0	0	0	\N	\N
2023-11-05	2	0	0	0	0	0	\N	\N
2023-11-06	2	480	480	286	0	166	2023-11-06 08:00:00	2023-11-06 16:00:00
2023-11-07	2	0	0	0	0	0	\N	\N
2023-11-08	2	0	0	0	0	0	\N	\N
2023-11-09	2	480	480	364	0	167	2023-11-09 08:00:00	2023-11-09 16:00:00
2023-11-10	2	480	480	285	0	140	2023-11-10 08:00:00	2023-11-10 16:00:00
2023-11-11	2	480	480	353	0	130	2023-11-11 09:00:00	2023-11-11 17:00:00
2023-11-12	2	480	480	352	60	203	2023-11-12 10:00:00	2023-11-12 18:00:00
2023-11-13	2	480	480	0	0	0	2023-11-13 12:00:00	2023-11-13 20:00:00
2023-11-14	2	480	480	385	0	150	2023-11-14 08:00:00	2023-11-14 16:00:00
2023-11-15	2	480	480	333	101	227	2023-11-15 12:00:00	2023-11-15 20:00:00
2023-11-16	2	480	480	333	0	139	2023-11-16 12:00:00	2023-11-16 20:00:00
2023-11-17	2	480	480	352	0	116	2023-11-17 12:00:00	2023-11-17 20:00:00
2023-11-18	2	0	0	0	0	0	\N	\N
2023-11-19	2	0	0	0	0	0	\N	\N
2023-11-20	2	480	480	349	39	187	2023-11-20 10:00:00	2023-11-20 18:00:00
2023-11-21	2	480	480	0	0	0	2023-11-21 10:00:00	2023-11-21 18:00:00
2023-11-22	2	480	480	0	0	0	2023-11-22 12:00:00	2023-11-22 20:00:00
2023-11-23	2	480	480	0	0	0	2023-11-23 12:00:00	2023-11-23 20:00:00
2023-11-24	2	480	480	0	0	0	2023-11-24 10:00:00	2023-11-24 18:00:00
2023-11-25	2	0	0	0	0	0	\N	\N
2023-11-26	2	0	0	0	0	0	\N	\N
2023-11-27	2	480	480	330	0	124	2023-11-27 08:00:00	2023-11-27 16:00:00
2023-11-28	2	0	0	0	0	0	\N	\N
2023-11-29	2	0	0	0	0	0	\N	\N
2023-11-30	2	480	480	369	0	163	2023-11-30 08:00:00	2023-11-30 16:00:00
2023-12-01	2	480	480	371	0	131	2023-12-01 08:00:00	2023-12-01 16:00:00
2023-12-02	2	480	480	317	0	152	2023-12-02 09:00:00	2023-12-02 17:00:00
2023-12-03	2	480	480	317	0	145	2023-12-03 10:00:00	2023-12-03 18:00:00
2023-12-04	2	480	480	347	21	196	2023-12-04 08:00:00	2023-12-04 16:00:00
2023-12-05	2	480	480	337	0	198	2023-12-05 08:00:00	2023-12-05 16:00:00
2023-12-06	2	480	480	346	61	226	2023-12-06 12:00:00	2023-12-06 20:00:00
2023-12-07	2	480	480	328	0	165	2023-12-07 12:00:00	2023-12-07 20:00:00
2023-12-08	2	480	480	353	0	119	2023-12-08 12:00:00	2023-12-08 20:00:00
2023-12-09	2	0	0	0	0	0	\N	\N
2023-12-10	2	0	0	0	0	0	\N	\N
2023-12-11	2	480	480	328	0	99	2023-12-11 10:00:00	2023-12-11 18:00:00
2023-12-12	2	480	480	310	0	137	2023-12-12 10:00:00	2023-12-12 18:00:00
2023-12-13	2	480	480	342	4	177	2023-12-13 12:00:00	2023-12-13 20:00:00
2023-12-14	2	480	480	342	0	135	2023-12-14 12:00:00	2023-12-14 20:00:00
2023-12-15	2	480	480	343	0	186	2023-12-15 10:00:00	2023-12-15 18:00:00
2023-12-16	2	0	0	0	0	0	\N	\N
2023-12-17	2	0	0	0	0	0	\N	\N
2023-12-18	2	480	480	294	0	143	2023-12-18 08:00:00	2023-12-18 16:00:00
2023-12-19	2	0	0	0	0	0	\N	\N
2023-12-20	2	0	0	0	0	0	\N	\N
2023-12-21	2	480	480	0	0	0	2023-12-21 10:00:00	2023-12-21 18:00:00
2023-12-22	2	480	480	0	0	0	2023-12-22 10:00:00	2023-12-22 18:00:00
2023-12-23	2	480	480	397	94	234	2023-12-23 09:00:00	2023-12-23 17:00:00
2023-12-24	2	480	480	355	134	207	2023-12-24 10:00:00	2023-12-24 18:00:00
2023-12-25	2	480	480	0	0	0	2023-12-25 12:00:00	2023-12-25 20:00:00
2023-12-26	2	480	480	290	0	169	2023-12-26 08:00:00	2023-12-26 16:00:00
2023-12-27	2	480	480	359	0	155	2023-12-27 12:00:00	2023-12-27 20:00:00
2023-12-28	2	480	480	329	0	173	2023-12-28 12:00:00	2023-12-28 20:00:00
2023-12-29	2	480	480	346	137	229	2023-12-29 12:00:00	2023-12-29 20:00:00
2023-12-30	2	0	0	0	0	0	\N	\N
2023-12-31	2	0	0	0	0	0	\N	\N
2024-01-01	2	480	480	330	0	107	2024-01-01 10:00:00	2024-01-01 18:00:00
2024-01-02	2	480	480	348	178	253	2024-01-02 10:00:00	2024-01-02 18:00:00
2024-01-03	2	480	480	311	0	176	2024-01-03 12:00:00	2024-01-03 20:00:00
2024-01-04	2	480	480	286	0	155	2024-01-04 12:00:00	2024-01-04 20:00:00
2024-01-05	2	480	480	323	0	158	2024-01-05 10:00:00	2024-01-05 18:00:00
2024-01-06	2	0	0	0	0	0	\N	\N
2024-01-07	2	0	0	0	0	0	\N	\N
2024-01-08	2	480	480	321	50	167	2024-01-08 08:00:00	2024-01-08 16:00:00
2024-01-09	2	0	0	0	0	0	\N	\N
2024-01-10	2	0	0	0	0	0	\N	\N
2024-01-11	2	480	480	410	0	230	2024-01-11 08:00:00	2024-01-11 16:00:00
2024-01-12	2	480	480	329	70	174	2024-01-12 08:00:00	2024-01-12 16:00:00
2024-01-13	2	480	480	335	0	175	2024-01-13 09:00:00	2024-01-13 17:00:00
2024-01-14	2	480	480	351	0	199	2024-01-14 10:00:00	2024-01-14 18:00:00
2024-01-15	2	480	480	354	321	335	2024-01-15 08:00:00	2024-01-15 16:00:00
2024-01-16	2	480	480	371	0	136	2024-01-16 08:00:00	2024-01-16 16:00:00
2024-01-17	2	480	480	309	0	183	2024-01-17 12:00:00	2024-01-17 20:00:00
2024-01-18	2	480	480	396	0	196	2024-01-18 12:00:00	2024-01-18 20:00:00
2024-01-19	2	480	480	353	0	134	2024-01-19 12:00:00	2024-01-19 20:00:00
2024-01-20	2	0	0	0	0	0	\N	\N
2024-01-21	2	0	0	0	0	0	\N	\N
2024-01-22	2	480	480	325	205	265	2024-01-22 10:00:00	2024-01-22 18:00:00
2024-01-23	2	480	480	319	0	158	2024-01-23 10:00:00	2024-01-23 18:00:00
2024-01-24	2	480	480	316	0	181	2024-01-24 12:00:00	2024-01-24 20:00:00
2024-01-25	2	480	480	272	34	173	2024-01-25 12:00:00	2024-01-25 20:00:00
2024-01-26	2	480	480	332	23	146	2024-01-26 10:00:00	2024-01-26 18:00:00
2024-01-27	2	0	0	0	0	0	\N	\N
2024-01-28	2	0	0	0	0	0	\N	\N
2024-01-29	2	480	480	319	0	97	2024-01-29 08:00:00	2024-01-29 16:00:00
2024-01-30	2	0	0	0	0	0	\N	\N
2024-01-31	2	0	0	0	0	0	\N	\N
2024-02-01	2	480	480	401	0	180	2024-02-01 08:00:00	2024-02-01 16:00:00
2024-02-02	2	480	480	366	0	214	2024-02-02 08:00:00	2024-02-02 16:00:00
2024-02-03	2	480	480	317	0	131	2024-02-03 09:00:00	2024-02-03 17:00:00
2024-02-04	2	480	480	386	0	222	2024-02-04 10:00:00	2024-02-04 18:00:00
2024-02-05	2	480	480	363	74	202	2024-02-05 08:00:00	2024-02-05 16:00:00
2024-02-06	2	480	480	300	57	195	2024-02-06 08:00:00	2024-02-06 16:00:00
2024-02-07	2	480	480	310	0	95	2024-02-07 12:00:00	2024-02-07 20:00:00
2024-02-08	2	480	480	330	0	178	2024-02-08 12:00:00	2024-02-08 20:00:00
2024-02-09	2	480	480	308	0	102	2024-02-09 12:00:00	2024-02-09 20:00:00
2024-02-10	2	0	0	0	0	0	\N	\N
2024-02-11	2	0	0	0	0	0	\N	\N
2024-02-12	2	480	480	378	6	134	2024-02-12 10:00:00	2024-02-12 18:00:00
2024-02-13	2	480	480	327	0	172	2024-02-13 10:00:00	2024-02-13 18:00:00
2024-02-14	2	480	480	302	0	106	2024-02-14 12:00:00	2024-02-14 20:00:00
2024-02-15	2	480	480	309	10	115	2024-02-15 12:00:00	2024-02-15 20:00:00
2024-02-16	2	480	480	333	0	145	2024-02-16 10:00:00	2024-02-16 18:00:00
2024-02-17	2	0	0	0	0	0	\N	\N
2024-02-18	2	0	0	0	0	0	\N	\N
2024-02-19	2	480	480	296	0	106	2024-02-19 08:00:00	2024-02-19 16:00:00
2024-02-20	2	0	0	0	0	0	\N	\N
2024-02-21	2	0	0	0	0	0	\N	\N
2024-02-22	2	480	480	325	0	174	2024-02-22 08:00:00	2024-02-22 16:00:00
2024-02-23	2	480	480	332	0	148	2024-02-23 08:00:00	2024-02-23 16:00:00
2024-02-24	2	480	480	362	0	212	2024-02-24 09:00:00	2024-02-24 17:00:00
2024-02-25	2	480	480	326	98	194	2024-02-25 10:00:00	2024-02-25 18:00:00
2024-02-26	2	480	480	401	83	219	2024-02-26 08:00:00	2024-02-26 16:00:00
2024-02-27	2	480	480	323	0	136	2024-02-27 08:00:00	2024-02-27 16:00:00
2024-02-28	2	480	480	299	0	137	2024-02-28 12:00:00	2024-02-28 20:00:00
2024-02-29	2	480	480	325	0	100	2024-02-29 12:00:00	2024-02-29 20:00:00
2024-03-01	2	480	480	329	0	141	2024-03-01 12:00:00	2024-03-01 20:00:00
2024-03-02	2	0	0	0	0	0	\N	\N
2024-03-03	2	0	0	0	0	0	\N	\N
2024-03-04	2	480	480	343	0	160	2024-03-04 12:00:00	2024-03-04 20:00:00
2024-03-05	2	480	480	354	38	157	2024-03-05 12:00:00	2024-03-05 20:00:00
2024-03-06	2	480	480	0	0	0	2024-03-06 12:00:00	2024-03-06 20:00:00
2024-03-07	2	480	480	347	0	204	2024-03-07 12:00:00	2024-03-07 20:00:00
2024-03-08	2	480	480	397	0	143	2024-03-08 10:00:00	2024-03-08 18:00:00
2024-03-09	2	0	0	0	0	0	\N	\N
2024-03-10	2	0	0	0	0	0	\N	\N
2024-03-11	2	480	480	316	0	152	2024-03-11 08:00:00	2024-03-11 16:00:00
2024-03-12	2	0	0	0	0	0	\N	\N
2024-03-13	2	0	0	0	0	0	\N	\N
2024-03-14	2	480	480	379	0	175	2024-03-14 08:00:00	2024-03-14 16:00:00
2024-03-15	2	480	480	371	78	197	2024-03-15 08:00:00	2024-03-15 16:00:00
2024-03-16	2	480	480	400	77	193	2024-03-16 09:00:00	2024-03-16 17:00:00
2024-03-17	2	480	480	336	0	157	2024-03-17 10:00:00	2024-03-17 18:00:00
2024-03-18	2	480	480	359	0	184	2024-03-18 08:00:00	2024-03-18 16:00:00
2024-03-19	2	480	480	304	63	144	2024-03-19 08:00:00	2024-03-19 16:00:00
2024-03-20	2	480	480	323	0	144	2024-03-20 12:00:00	2024-03-20 20:00:00
2024-03-21	2	480	480	317	10	103	2024-03-21 12:00:00	2024-03-21 20:00:00
2024-03-22	2	480	480	321	0	137	2024-03-22 12:00:00	2024-03-22 20:00:00
2024-03-23	2	0	0	0	0	0	\N	\N
2024-03-24	2	0	0	0	0	0	\N	\N
2024-03-25	2	480	480	336	0	140	2024-03-25 10:00:00	2024-03-25 18:00:00
2024-03-26	2	480	480	288	0	156	2024-03-26 10:00:00	2024-03-26 18:00:00
2024-03-27	2	480	480	288	0	156	2024-03-27 12:00:00	2024-03-27 20:00:00
2024-03-28	2	480	480	359	0	206	2024-03-28 12:00:00	2024-03-28 20:00:00
2024-03-29	2	480	480	323	180	265	2024-03-29 10:00:00	2024-03-29 18:00:00
2024-03-30	2	0	0	0	0	0	\N	\N
2024-03-31	2	0	0	0	0	0	\N	\N
2024-04-01	2	480	480	368	207	279	2024-04-01 08:00:00	2024-04-01 16:00:00
2024-04-02	2	0	0	0	0	0	\N	\N
2024-04-03	2	0	0	0	0	0	\N	\N
2024-04-04	2	480	480	342	34	200	2024-04-04 08:00:00	2024-04-04 16:00:00
2024-04-05	2	480	480	338	0	121	2024-04-05 08:00:00	2024-04-05 16:00:00
2024-04-06	2	480	480	312	0	122	2024-04-06 09:00:00	2024-04-06 17:00:00
2024-04-07	2	480	480	266	0	142	2024-04-07 10:00:00	2024-04-07 18:00:00
2024-04-08	2	480	480	360	24	155	2024-04-08 08:00:00	2024-04-08 16:00:00
2024-04-09	2	480	480	351	82	235	2024-04-09 08:00:00	2024-04-09 16:00:00
2024-04-10	2	480	480	358	0	125	2024-04-10 12:00:00	2024-04-10 20:00:00
2024-04-11	2	480	480	299	76	187	2024-04-11 12:00:00	2024-04-11 20:00:00
2024-04-12	2	480	480	354	0	191	2024-04-12 12:00:00	2024-04-12 20:00:00
2024-04-13	2	0	0	0	0	0	\N	\N
2024-04-14	2	0	0	0	0	0	\N	\N
2024-04-15	2	480	480	310	0	99	2024-04-15 10:00:00	2024-04-15 18:00:00
2024-04-16	2	480	480	282	0	163	2024-04-16 10:00:00	2024-04-16 18:00:00
2024-04-17	2	480	480	381	111	203	2024-04-17 12:00:00	2024-04-17 20:00:00
2024-04-18	2	480	480	337	0	200	2024-04-18 12:00:00	2024-04-18 20:00:00
2024-04-19	2	480	480	308	59	169	2024-04-19 10:00:00	2024-04-19 18:00:00
2024-04-20	2	0	0	0	0	0	\N	\N
2024-04-21	2	0	0	0	0	0	\N	\N
2024-04-22	2	480	480	346	52	198	2024-04-22 08:00:00	2024-04-22 16:00:00
2024-04-23	2	0	0	0	0	0	\N	\N
2024-04-24	2	0	0	0	0	0	\N	\N
2024-04-25	2	480	480	362	48	168	2024-04-25 08:00:00	2024-04-25 16:00:00
2024-04-26	2	480	480	360	0	135	2024-04-26 08:00:00	2024-04-26 16:00:00
2024-04-27	2	480	480	354	0	176	2024-04-27 09:00:00	2024-04-27 17:00:00
2024-04-28	2	480	480	310	0	139	2024-04-28 10:00:00	2024-04-28 18:00:00
2024-04-29	2	483	480	305	88	160	2024-04-29 08:00:00	2024-04-29 16:00:00
2024-04-30	2	480	480	334	27	162	2024-04-30 08:00:00	2024-04-30 16:00:00
2024-05-01	2	480	480	323	0	131	2024-05-01 12:00:00	2024-05-01 20:00:00
2024-05-02	2	480	480	355	0	144	2024-05-02 12:00:00	2024-05-02 20:00:00
2024-05-03	2	480	480	287	0	104	2024-05-03 12:00:00	2024-05-03 20:00:00
2024-05-04	2	0	0	0	0	0	\N	\N
2024-05-05	2	0	0	0	0	0	\N	\N
2024-05-06	2	480	480	340	212	280	2024-05-06 10:00:00	2024-05-06 18:00:00
2024-05-07	2	480	480	372	0	120	2024-05-07 10:00:00	2024-05-07 18:00:00
2024-05-08	2	480	480	391	0	229	2024-05-08 12:00:00	2024-05-08 20:00:00
2024-05-09	2	480	480	301	67	189	2024-05-09 12:00:00	2024-05-09 20:00:00
2024-05-10	2	480	480	372	0	197	2024-05-10 10:00:00	2024-05-10 18:00:00
2024-05-11	2	0	0	0	0	0	\N	\N
2024-05-12	2	0	0	0	0	0	\N	\N
2024-05-13	2	480	480	297	57	151	2024-05-13 08:00:00	2024-05-13 16:00:00
2024-05-14	2	0	0	0	0	0	\N	\N
2024-05-15	2	0	0	0	0	0	\N	\N
2024-05-16	2	480	480	353	0	153	2024-05-16 08:00:00	2024-05-16 16:00:00
2024-05-17	2	480	480	328	0	189	2024-05-17 08:00:00	2024-05-17 16:00:00
2024-05-18	2	480	480	346	34	200	2024-05-18 09:00:00	2024-05-18 17:00:00
2024-05-19	2	480	480	347	0	194	2024-05-19 10:00:00	2024-05-19 18:00:00
2024-05-20	2	480	480	394	0	180	2024-05-20 08:00:00	2024-05-20 16:00:00
2024-05-21	2	480	480	336	0	153	2024-05-21 08:00:00	2024-05-21 16:00:00
2024-05-22	2	480	480	316	0	188	2024-05-22 12:00:00	2024-05-22 20:00:00
2024-05-23	2	480	480	341	0	108	2024-05-23 12:00:00	2024-05-23 20:00:00
2024-05-24	2	480	480	402	0	177	2024-05-24 12:00:00	2024-05-24 20:00:00
2024-05-25	2	0	0	0	0	0	\N	\N
2024-05-26	2	0	0	0	0	0	\N	\N
2024-05-27	2	480	480	351	13	167	2024-05-27 10:00:00	2024-05-27 18:00:00
2024-05-28	2	480	480	338	70	189	2024-05-28 10:00:00	2024-05-28 18:00:00
2024-05-29	2	480	480	365	0	149	2024-05-29 12:00:00	2024-05-29 20:00:00
2024-05-30	2	480	480	358	0	155	2024-05-30 08:00:00	2024-05-30 16:00:00
2024-05-31	2	480	480	353	0	138	2024-05-31 10:00:00	2024-05-31 18:00:00
2024-06-01	2	0	0	0	0	0	\N	\N
2024-06-02	2	0	0	0	0	0	\N	\N
2024-06-03	2	480	480	317	136	220	2024-06-03 08:00:00	2024-06-03 16:00:00
2024-06-04	2	0	0	0	0	0	\N	\N
2024-06-05	2	0	0	0	0	0	\N	\N
2024-06-06	2	480	480	354	82	198	2024-06-06 08:00:00	2024-06-06 16:00:00
2024-06-07	2	480	480	352	85	243	2024-06-07 08:00:00	2024-06-07 16:00:00
2024-06-08	2	480	480	331	0	155	2024-06-08 09:00:00	2024-06-08 17:00:00
2024-06-09	2	480	480	324	324	324	2024-06-09 10:00:00	2024-06-09 18:00:00
2024-06-10	2	480	480	363	88	177	2024-06-10 08:00:00	2024-06-10 16:00:00
2024-06-11	2	480	480	340	130	246	2024-06-11 08:00:00	2024-06-11 16:00:00
2024-06-12	2	480	480	284	0	118	2024-06-12 12:00:00	2024-06-12 20:00:00
2024-06-13	2	480	480	394	0	188	2024-06-13 12:00:00	2024-06-13 20:00:00
2024-06-14	2	480	480	346	0	116	2024-06-14 12:00:00	2024-06-14 20:00:00
2024-06-15	2	0	0	0	0	0	\N	\N
2024-06-16	2	0	0	0	0	0	\N	\N
2024-06-17	2	480	480	378	152	220	2024-06-17 10:00:00	2024-06-17 18:00:00
2024-06-18	2	480	480	299	25	127	2024-06-18 10:00:00	2024-06-18 18:00:00
2024-06-19	2	480	480	325	177	262	2024-06-19 12:00:00	2024-06-19 20:00:00
2024-06-20	2	480	480	308	0	164	2024-06-20 12:00:00	2024-06-20 20:00:00
2024-06-21	2	480	480	363	0	141	2024-06-21 10:00:00	2024-06-21 18:00:00
2024-06-22	2	0	0	0	0	0	\N	\N
2024-06-23	2	0	0	0	0	0	\N	\N
2024-06-24	2	480	480	328	0	133	2024-06-24 08:00:00	2024-06-24 16:00:00
2024-06-25	2	0	0	0	0	0	\N	\N
2024-06-26	2	0	0	0	0	0	\N	\N
2024-06-27	2	480	480	322	0	117	2024-06-27 08:00:00	2024-06-27 16:00:00
2024-06-28	2	480	480	315	315	315	2024-06-28 08:00:00	2024-06-28 16:00:00
2024-06-29	2	480	480	351	61	156	2024-06-29 09:00:00	2024-06-29 17:00:00
2024-06-30	2	480	480	354	102	242	2024-06-30 10:00:00	2024-06-30 18:00:00
2024-07-01	2	480	480	324	0	184	2024-07-01 08:00:00	2024-07-01 16:00:00
2024-07-02	2	480	480	315	0	128	2024-07-02 08:00:00	2024-07-02 16:00:00
2024-07-03	2	480	480	318	0	159	2024-07-03 08:00:00	2024-07-03 16:00:00
2024-07-04	2	480	480	366	0	183	2024-07-04 08:00:00	2024-07-04 16:00:00
2024-07-05	2	480	480	365	170	278	2024-07-05 08:00:00	2024-07-05 16:00:00
2024-07-06	2	0	0	0	0	0	\N	\N
2024-07-07	2	0	0	0	0	0	\N	\N
2024-07-08	2	480	480	299	156	235	2024-07-08 10:00:00	2024-07-08 18:00:00
2024-07-09	2	480	480	299	0	160	2024-07-09 10:00:00	2024-07-09 18:00:00
2024-07-10	2	480	480	385	0	129	2024-07-10 12:00:00	2024-07-10 20:00:00
2024-07-11	2	480	480	376	124	262	2024-07-11 12:00:00	2024-07-11 20:00:00
2024-07-12	2	480	480	295	0	118	2024-07-12 10:00:00	2024-07-12 18:00:00
2024-07-13	2	0	0	0	0	0	\N	\N
2024-07-14	2	0	0	0	0	0	\N	\N
2024-07-15	2	480	480	286	0	170	2024-07-15 08:00:00	2024-07-15 16:00:00
2024-07-16	2	0	0	0	0	0	\N	\N
2024-07-17	2	0	0	0	0	0	\N	\N
2024-07-18	2	480	480	306	0	131	2024-07-18 08:00:00	2024-07-18 16:00:00
2024-07-19	2	480	480	306	0	182	2024-07-19 08:00:00	2024-07-19 16:00:00
2024-07-20	2	480	480	343	0	127	2024-07-20 09:00:00	2024-07-20 17:00:00
2024-07-21	2	480	480	337	0	114	2024-07-21 10:00:00	2024-07-21 18:00:00
2024-07-22	2	480	480	349	0	146	2024-07-22 08:00:00	2024-07-22 16:00:00
2024-07-23	2	480	480	313	0	177	2024-07-23 08:00:00	2024-07-23 16:00:00
2024-07-24	2	480	480	298	42	135	2024-07-24 12:00:00	2024-07-24 20:00:00
2024-07-25	2	480	480	347	0	158	2024-07-25 12:00:00	2024-07-25 20:00:00
2024-07-26	2	480	480	349	0	166	2024-07-26 12:00:00	2024-07-26 20:00:00
2024-07-27	2	0	0	0	0	0	\N	\N
2024-07-28	2	0	0	0	0	0	\N	\N
2024-07-29	2	480	480	287	0	116	2024-07-29 10:00:00	2024-07-29 18:00:00
2024-07-30	2	480	480	304	0	140	2024-07-30 10:00:00	2024-07-30 18:00:00
2024-07-31	2	480	480	351	0	170	2024-07-31 12:00:00	2024-07-31 20:00:00
2024-08-01	2	480	480	360	0	155	2024-08-01 12:00:00	2024-08-01 20:00:00
2024-08-02	2	480	480	364	0	194	2024-08-02 10:00:00	2024-08-02 18:00:00
2024-08-03	2	0	0	0	0	0	\N	\N
2024-08-04	2	0	0	0	0	0	\N	\N
2024-08-05	2	480	480	358	0	173	2024-08-05 08:00:00	2024-08-05 16:00:00
2024-08-06	2	0	0	0	0	0	\N	\N
2024-08-07	2	0	0	0	0	0	\N	\N
2024-08-08	2	480	480	301	0	163	2024-08-08 08:00:00	2024-08-08 16:00:00
2024-08-09	2	480	480	393	0	199	2024-08-09 08:00:00	2024-08-09 16:00:00
2024-08-10	2	480	480	337	0	177	2024-08-10 09:00:00	2024-08-10 17:00:00
2024-08-11	2	480	480	374	0	150	2024-08-11 10:00:00	2024-08-11 18:00:00
2024-08-12	2	480	480	314	37	128	2024-08-12 08:00:00	2024-08-12 16:00:00
2024-08-13	2	480	480	311	0	147	2024-08-13 08:00:00	2024-08-13 16:00:00
2024-08-14	2	480	480	377	180	271	2024-08-14 12:00:00	2024-08-14 20:00:00
2024-08-15	2	480	480	327	0	134	2024-08-15 12:00:00	2024-08-15 20:00:00
2024-08-16	2	480	480	294	226	264	2024-08-16 12:00:00	2024-08-16 20:00:00
2024-08-17	2	0	0	0	0	0	\N	\N
2024-08-18	2	0	0	0	0	0	\N	\N
2024-08-19	2	480	480	360	0	204	2024-08-19 10:00:00	2024-08-19 18:00:00
2024-08-20	2	480	480	374	0	183	2024-08-20 10:00:00	2024-08-20 18:00:00
2024-08-21	2	480	480	323	0	181	2024-08-21 12:00:00	2024-08-21 20:00:00
2024-08-22	2	480	480	314	0	133	2024-08-22 12:00:00	2024-08-22 20:00:00
2024-08-23	2	480	480	364	0	166	2024-08-23 10:00:00	2024-08-23 18:00:00
2024-08-24	2	0	0	0	0	0	\N	\N
2024-08-25	2	0	0	0	0	0	\N	\N
2024-08-26	2	480	480	396	31	179	2024-08-26 08:00:00	2024-08-26 16:00:00
2024-08-27	2	0	0	0	0	0	\N	\N
2024-08-28	2	0	0	0	0	0	\N	\N
2024-08-29	2	480	480	360	87	238	2024-08-29 08:00:00	2024-08-29 16:00:00
2024-08-30	2	480	480	336	0	183	2024-08-30 08:00:00	2024-08-30 16:00:00
2024-08-31	2	480	480	351	0	172	2024-08-31 09:00:00	2024-08-31 17:00:00
2024-09-01	2	480	480	334	0	162	2024-09-01 10:00:00	2024-09-01 18:00:00
2024-09-02	2	480	480	327	77	217	2024-09-02 08:00:00	2024-09-02 16:00:00
2024-09-03	2	480	480	323	323	323	2024-09-03 08:00:00	2024-09-03 16:00:00
2024-09-04	2	480	480	315	68	168	2024-09-04 12:00:00	2024-09-04 20:00:00
2024-09-05	2	480	480	298	0	166	2024-09-05 12:00:00	2024-09-05 20:00:00
2024-09-06	2	480	480	351	0	139	2024-09-06 12:00:00	2024-09-06 20:00:00
2024-09-07	2	0	0	0	0	0	\N	\N
2024-09-08	2	0	0	0	0	0	\N	\N
2024-09-09	2	480	480	317	0	105	2024-09-09 10:00:00	2024-09-09 18:00:00
2024-09-10	2	480	480	333	41	148	2024-09-10 12:00:00	2024-09-10 20:00:00
2024-09-11	2	480	480	309	72	156	2024-09-11 08:00:00	2024-09-11 16:00:00
2024-09-12	2	480	480	307	18	162	2024-09-12 08:00:00	2024-09-12 16:00:00
2024-09-13	2	480	480	328	27	182	2024-09-13 10:00:00	2024-09-13 18:00:00
2024-09-14	2	0	0	0	0	0	\N	\N
2024-09-15	2	0	0	0	0	0	\N	\N
2024-09-16	2	480	480	362	166	227	2024-09-16 08:00:00	2024-09-16 16:00:00
2024-09-17	2	0	0	0	0	0	\N	\N
2024-09-18	2	0	0	0	0	0	\N	\N
2024-09-19	2	480	480	316	0	103	2024-09-19 08:00:00	2024-09-19 16:00:00
2024-09-20	2	480	480	342	0	186	2024-09-20 08:00:00	2024-09-20 16:00:00
2024-09-21	2	480	480	327	0	128	2024-09-21 09:00:00	2024-09-21 17:00:00
2024-09-22	2	480	480	330	0	141	2024-09-22 10:00:00	2024-09-22 18:00:00
2024-09-23	2	480	480	318	248	270	2024-09-23 08:00:00	2024-09-23 16:00:00
2024-09-24	2	480	480	315	0	124	2024-09-24 08:00:00	2024-09-24 16:00:00
2024-09-25	2	480	480	336	0	155	2024-09-25 12:00:00	2024-09-25 20:00:00
2024-09-26	2	480	480	327	0	185	2024-09-26 12:00:00	2024-09-26 20:00:00
2024-09-27	2	480	480	311	0	136	2024-09-27 12:00:00	2024-09-27 20:00:00
2024-09-28	2	0	0	0	0	0	\N	\N
2024-09-29	2	0	0	0	0	0	\N	\N
2024-09-30	2	480	480	335	0	139	2024-09-30 10:00:00	2024-09-30 18:00:00
2024-10-01	2	480	480	388	0	173	2024-10-01 10:00:00	2024-10-01 18:00:00
2024-10-02	2	480	480	367	0	166	2024-10-02 12:00:00	2024-10-02 20:00:00
2024-10-03	2	480	480	363	241	298	2024-10-03 12:00:00	2024-10-03 20:00:00
2024-10-04	2	480	480	351	0	192	2024-10-04 10:00:00	2024-10-04 18:00:00
2024-10-05	2	0	0	0	0	0	\N	\N
2024-10-06	2	0	0	0	0	0	\N	\N
2024-10-07	2	480	480	331	0	110	2024-10-07 08:00:00	2024-10-07 16:00:00
2024-10-08	2	0	0	0	0	0	\N	\N
2024-10-09	2	0	0	0	0	0	\N	\N
2024-10-10	2	480	480	347	0	175	2024-10-10 08:00:00	2024-10-10 16:00:00
2024-10-11	2	480	480	337	0	182	2024-10-11 08:00:00	2024-10-11 16:00:00
2024-10-12	2	480	480	323	279	303	2024-10-12 09:00:00	2024-10-12 17:00:00
2024-10-13	2	480	480	325	0	152	2024-10-13 10:00:00	2024-10-13 18:00:00
2024-10-14	2	480	480	337	66	158	2024-10-14 08:00:00	2024-10-14 16:00:00
2024-10-15	2	480	480	346	231	272	2024-10-15 08:00:00	2024-10-15 16:00:00
2024-10-16	2	480	480	344	0	179	2024-10-16 12:00:00	2024-10-16 20:00:00
2024-10-17	2	480	480	297	62	157	2024-10-17 12:00:00	2024-10-17 20:00:00
2024-10-18	2	480	480	342	0	123	2024-10-18 12:00:00	2024-10-18 20:00:00
2024-10-19	2	0	0	0	0	0	\N	\N
2024-10-20	2	0	0	0	0	0	\N	\N
2024-10-21	2	480	480	328	0	162	2024-10-21 10:00:00	2024-10-21 18:00:00
2024-10-22	2	480	480	343	0	170	2024-10-22 10:00:00	2024-10-22 18:00:00
2024-10-23	2	480	480	317	0	122	2024-10-23 12:00:00	2024-10-23 20:00:00
2024-10-24	2	480	480	356	88	188	2024-10-24 12:00:00	2024-10-24 20:00:00
2024-10-25	2	480	480	341	0	161	2024-10-25 10:00:00	2024-10-25 18:00:00
2024-10-26	2	0	0	0	0	0	\N	\N
2024-10-27	2	0	0	0	0	0	\N	\N
2024-10-28	2	480	480	339	62	213	2024-10-28 08:00:00	2024-10-28 16:00:00
2024-10-29	2	0	0	0	0	0	\N	\N
2024-10-30	2	0	0	0	0	0	\N	\N
2024-10-31	2	480	480	341	0	120	2024-10-31 08:00:00	2024-10-31 16:00:00
2024-11-01	2	480	480	302	31	185	2024-11-01 08:00:00	2024-11-01 16:00:00
2024-11-02	2	480	480	356	0	171	2024-11-02 09:00:00	2024-11-02 17:00:00
2024-11-03	2	480	480	301	44	152	2024-11-03 10:00:00	2024-11-03 18:00:00
2024-11-04	2	480	480	343	0	103	2024-11-04 08:00:00	2024-11-04 16:00:00
2024-11-05	2	480	480	346	0	188	2024-11-05 08:00:00	2024-11-05 16:00:00
2024-11-06	2	480	480	349	0	199	2024-11-06 12:00:00	2024-11-06 20:00:00
2024-11-07	2	480	480	362	40	151	2024-11-07 08:00:00	2024-11-07 16:00:00
2024-11-08	2	480	480	297	0	144	2024-11-08 08:00:00	2024-11-08 16:00:00
2024-11-09	2	0	0	0	0	0	\N	\N
2024-11-10	2	0	0	0	0	0	\N	\N
2024-11-11	2	480	480	335	0	177	2024-11-11 10:00:00	2024-11-11 18:00:00
2024-11-12	2	480	480	303	0	109	2024-11-12 10:00:00	2024-11-12 18:00:00
2024-11-13	2	480	480	317	0	124	2024-11-13 12:00:00	2024-11-13 20:00:00
2024-11-14	2	480	480	290	0	92	2024-11-14 12:00:00	2024-11-14 20:00:00
2024-11-15	2	480	480	360	0	148	2024-11-15 10:00:00	2024-11-15 18:00:00
2024-11-16	2	0	0	0	0	0	\N	\N
2024-11-17	2	0	0	0	0	0	\N	\N
2024-11-18	2	480	480	296	36	169	2024-11-18 08:00:00	2024-11-18 16:00:00
2024-11-19	2	0	0	0	0	0	\N	\N
2024-11-20	2	0	0	0	0	0	\N	\N
2024-11-21	2	480	480	356	0	167	2024-11-21 08:00:00	2024-11-21 16:00:00
2024-11-22	2	480	480	340	0	169	2024-11-22 08:00:00	2024-11-22 16:00:00
2024-11-23	2	480	480	331	0	113	2024-11-23 09:00:00	2024-11-23 17:00:00
2024-11-24	2	480	480	315	0	173	2024-11-24 10:00:00	2024-11-24 18:00:00
2024-11-25	2	480	480	271	21	136	2024-11-25 08:00:00	2024-11-25 16:00:00
2024-11-26	2	480	480	325	0	192	2024-11-26 08:00:00	2024-11-26 16:00:00
2024-11-27	2	480	480	305	0	161	2024-11-27 12:00:00	2024-11-27 20:00:00
2024-11-28	2	480	480	300	0	150	2024-11-28 12:00:00	2024-11-28 20:00:00
2024-11-29	2	480	480	0	0	0	2024-11-29 10:00:00	2024-11-29 18:00:00
2024-11-30	2	0	0	0	0	0	\N	\N
2024-12-01	2	0	0	0	0	0	\N	\N
2024-12-02	2	480	480	0	0	0	2024-12-02 10:00:00	2024-12-02 18:00:00
2024-12-03	2	480	480	360	0	139	2024-12-03 10:00:00	2024-12-03 18:00:00
2024-12-04	2	480	480	330	40	174	2024-12-04 12:00:00	2024-12-04 20:00:00
2024-12-05	2	480	480	386	0	150	2024-12-05 12:00:00	2024-12-05 20:00:00
2024-12-06	2	480	480	343	0	138	2024-12-06 10:00:00	2024-12-06 18:00:00
2024-12-07	2	0	0	0	0	0	\N	\N
2024-12-08	2	0	0	0	0	0	\N	\N
2024-12-09	2	480	480	329	216	280	2024-12-09 08:00:00	2024-12-09 16:00:00
2024-12-10	2	0	0	0	0	0	\N	\N
2024-12-11	2	0	0	0	0	0	\N	\N
2024-12-12	2	480	480	356	0	134	2024-12-12 08:00:00	2024-12-12 16:00:00
2024-12-13	2	480	480	301	0	148	2024-12-13 08:00:00	2024-12-13 16:00:00
2024-12-14	2	480	480	326	0	114	2024-12-14 09:00:00	2024-12-14 17:00:00
2024-12-15	2	480	480	329	0	196	2024-12-15 10:00:00	2024-12-15 18:00:00
2024-12-16	2	480	480	367	154	239	2024-12-16 08:00:00	2024-12-16 16:00:00
2024-12-17	2	480	480	320	17	137	2024-12-17 08:00:00	2024-12-17 16:00:00
2024-12-18	2	480	480	316	0	121	2024-12-18 12:00:00	2024-12-18 20:00:00
2024-12-19	2	480	480	332	0	180	2024-12-19 12:00:00	2024-12-19 20:00:00
2024-12-20	2	480	480	370	0	169	2024-12-20 12:00:00	2024-12-20 20:00:00
2024-12-21	2	0	0	0	0	0	\N	\N
2024-12-22	2	0	0	0	0	0	\N	\N
2024-12-23	2	480	480	340	0	144	2024-12-23 10:00:00	2024-12-23 18:00:00
2024-12-24	2	480	480	361	0	113	2024-12-24 10:00:00	2024-12-24 18:00:00
2024-12-25	2	480	480	322	0	183	2024-12-25 12:00:00	2024-12-25 20:00:00
2024-12-26	2	480	480	386	0	200	2024-12-26 12:00:00	2024-12-26 20:00:00
2024-12-27	2	480	480	333	0	173	2024-12-27 10:00:00	2024-12-27 18:00:00
2024-12-28	2	0	0	0	0	0	\N	\N
2024-12-29	2	0	0	0	0	0	\N	\N
2024-12-30	2	480	480	317	42	135	2024-12-30 08:00:00	2024-12-30 16:00:00
2024-12-31	2	0	0	0	0	0	\N	\N
2025-01-01	2	0	0	0	0	0	\N	\N
2025-01-02	2	480	480	322	0	138	2025-01-02 08:00:00	2025-01-02 16:00:00
2025-01-03	2	480	480	309	142	220	2025-01-03 08:00:00	2025-01-03 16:00:00
2025-01-04	2	480	480	362	0	121	2025-01-04 09:00:00	2025-01-04 17:00:00
2025-01-05	2	480	480	345	79	199	2025-01-05 10:00:00	2025-01-05 18:00:00
2025-01-06	2	480	480	311	0	122	2025-01-06 08:00:00	2025-01-06 16:00:00
2025-01-07	2	480	480	351	0	206	2025-01-07 08:00:00	2025-01-07 16:00:00
2025-01-08	2	480	480	327	0	163	2025-01-08 12:00:00	2025-01-08 20:00:00
2025-01-09	2	480	480	353	6	175	2025-01-09 12:00:00	2025-01-09 20:00:00
2025-01-10	2	480	480	339	8	132	2025-01-10 12:00:00	2025-01-10 20:00:00
2025-01-11	2	0	0	0	0	0	\N	\N
2025-01-12	2	0	0	0	0	0	\N	\N
2025-01-13	2	480	480	301	0	140	2025-01-13 10:00:00	2025-01-13 18:00:00
2025-01-14	2	480	480	289	0	130	2025-01-14 10:00:00	2025-01-14 18:00:00
2025-01-15	2	480	480	368	98	180	2025-01-15 12:00:00	2025-01-15 20:00:00
2025-01-16	2	480	480	319	60	148	2025-01-16 12:00:00	2025-01-16 20:00:00
2025-01-17	2	480	480	292	0	173	2025-01-17 10:00:00	2025-01-17 18:00:00
2025-01-18	2	0	0	0	0	0	\N	\N
2025-01-19	2	0	0	0	0	0	\N	\N
2025-01-20	2	480	480	357	217	266	2025-01-20 08:00:00	2025-01-20 16:00:00
2025-01-21	2	0	0	0	0	0	\N	\N
2025-01-22	2	0	0	0	0	0	\N	\N
2025-01-23	2	480	480	320	0	109	2025-01-23 08:00:00	2025-01-23 16:00:00
2025-01-24	2	480	480	357	0	132	2025-01-24 08:00:00	2025-01-24 16:00:00
2025-01-25	2	480	480	343	0	132	2025-01-25 09:00:00	2025-01-25 17:00:00
2025-01-26	2	480	480	342	0	143	2025-01-26 10:00:00	2025-01-26 18:00:00
2025-01-27	2	480	480	361	0	133	2025-01-27 08:00:00	2025-01-27 16:00:00
2025-01-28	2	480	480	336	0	176	2025-01-28 08:00:00	2025-01-28 16:00:00
2025-01-29	2	480	480	330	0	156	2025-01-29 12:00:00	2025-01-29 20:00:00
2025-01-30	2	480	480	345	65	183	2025-01-30 12:00:00	2025-01-30 20:00:00
2025-01-31	2	480	480	314	0	107	2025-01-31 12:00:00	2025-01-31 20:00:00
2025-02-01	2	0	0	0	0	0	\N	\N
2025-02-02	2	0	0	0	0	0	\N	\N
2025-02-03	2	480	480	312	0	184	2025-02-03 10:00:00	2025-02-03 18:00:00
2025-02-04	2	480	480	289	0	115	2025-02-04 10:00:00	2025-02-04 18:00:00
2025-02-05	2	480	480	350	0	143	2025-02-05 12:00:00	2025-02-05 20:00:00
2025-02-06	2	480	480	344	0	196	2025-02-06 12:00:00	2025-02-06 20:00:00
2025-02-07	2	480	480	381	0	133	2025-02-07 10:00:00	2025-02-07 18:00:00
2025-02-08	2	0	0	0	0	0	\N	\N
2025-02-09	2	0	0	0	0	0	\N	\N
2025-02-10	2	480	480	391	0	200	2025-02-10 08:00:00	2025-02-10 16:00:00
2025-02-11	2	0	0	0	0	0	\N	\N
2025-02-12	2	0	0	0	0	0	\N	\N
2025-02-13	2	480	480	314	0	167	2025-02-13 08:00:00	2025-02-13 16:00:00
2025-02-14	2	480	480	340	0	170	2025-02-14 08:00:00	2025-02-14 16:00:00
2025-02-15	2	480	480	324	0	140	2025-02-15 09:00:00	2025-02-15 17:00:00
2025-02-16	2	480	480	349	0	185	2025-02-16 10:00:00	2025-02-16 18:00:00
2025-02-17	2	480	480	325	56	155	2025-02-17 08:00:00	2025-02-17 16:00:00
2025-02-18	2	480	480	286	34	161	2025-02-18 08:00:00	2025-02-18 16:00:00
2025-02-19	2	480	480	322	20	195	2025-02-19 12:00:00	2025-02-19 20:00:00
2025-02-20	2	480	480	339	8	195	2025-02-20 12:00:00	2025-02-20 20:00:00
2025-02-21	2	480	480	294	0	107	2025-02-21 12:00:00	2025-02-21 20:00:00
2025-02-22	2	0	0	0	0	0	\N	\N
2025-02-23	2	0	0	0	0	0	\N	\N
2025-02-24	2	480	480	374	0	174	2025-02-24 10:00:00	2025-02-24 18:00:00
2025-02-25	2	480	480	386	0	221	2025-02-25 10:00:00	2025-02-25 18:00:00
2025-02-26	2	480	480	324	0	168	2025-02-26 12:00:00	2025-02-26 20:00:00
2025-02-27	2	480	480	366	6	216	2025-02-27 12:00:00	2025-02-27 20:00:00
2025-02-28	2	480	480	368	0	138	2025-02-28 10:00:00	2025-02-28 18:00:00
2025-03-01	2	0	0	0	0	0	\N	\N
2025-03-02	2	0	0	0	0	0	\N	\N
2025-03-03	2	480	480	355	0	162	2025-03-03 08:00:00	2025-03-03 16:00:00
2025-03-04	2	0	0	0	0	0	\N	\N
2025-03-05	2	0	0	0	0	0	\N	\N
2025-03-06	2	480	480	352	0	205	2025-03-06 08:00:00	2025-03-06 16:00:00
2025-03-07	2	480	480	304	124	216	2025-03-07 08:00:00	2025-03-07 16:00:00
2025-03-08	2	480	480	337	0	125	2025-03-08 09:00:00	2025-03-08 17:00:00
2025-03-09	2	480	480	341	0	137	2025-03-09 10:00:00	2025-03-09 18:00:00
2025-03-10	2	480	480	286	0	104	2025-03-10 08:00:00	2025-03-10 16:00:00
2025-03-11	2	480	480	282	0	149	2025-03-11 08:00:00	2025-03-11 16:00:00
2025-03-12	2	480	480	304	30	161	2025-03-12 12:00:00	2025-03-12 20:00:00
2025-03-13	2	480	480	374	0	172	2025-03-13 12:00:00	2025-03-13 20:00:00
2025-03-14	2	480	480	309	0	134	2025-03-14 12:00:00	2025-03-14 20:00:00
2025-03-15	2	0	0	0	0	0	\N	\N
2025-03-16	2	0	0	0	0	0	\N	\N
2025-03-17	2	480	480	326	0	106	2025-03-17 10:00:00	2025-03-17 18:00:00
2025-03-18	2	480	480	295	0	159	2025-03-18 10:00:00	2025-03-18 18:00:00
2025-03-19	2	480	480	300	0	139	2025-03-19 12:00:00	2025-03-19 20:00:00
2025-03-20	2	480	480	355	0	208	2025-03-20 12:00:00	2025-03-20 20:00:00
2025-03-21	2	480	480	322	0	117	2025-03-21 10:00:00	2025-03-21 18:00:00
2025-03-22	2	0	0	0	0	0	\N	\N
2025-03-23	2	0	0	0	0	0	\N	\N
2025-03-24	2	480	480	296	0	101	2025-03-24 08:00:00	2025-03-24 16:00:00
2025-03-25	2	0	0	0	0	0	\N	\N
2025-03-26	2	0	0	0	0	0	\N	\N
2025-03-27	2	480	480	315	0	146	2025-03-27 08:00:00	2025-03-27 16:00:00
2025-03-28	2	480	480	366	0	155	2025-03-28 08:00:00	2025-03-28 16:00:00
2025-03-29	2	480	480	332	0	169	2025-03-29 09:00:00	2025-03-29 17:00:00
2025-03-30	2	480	480	349	97	199	2025-03-30 10:00:00	2025-03-30 18:00:00
2025-03-31	2	480	480	327	0	178	2025-03-31 08:00:00	2025-03-31 16:00:00
2025-04-01	2	480	480	0	0	0	2025-04-01 12:00:00	2025-04-01 20:00:00
2025-04-02	2	480	480	0	0	0	2025-04-02 10:00:00	2025-04-02 18:00:00
2025-04-03	2	480	480	390	112	240	2025-04-03 12:00:00	2025-04-03 20:00:00
2025-04-04	2	480	480	374	0	183	2025-04-04 12:00:00	2025-04-04 20:00:00
2025-04-05	2	0	0	0	0	0	\N	\N
2025-04-06	2	0	0	0	0	0	\N	\N
2025-04-07	2	480	480	376	0	147	2025-04-07 10:00:00	2025-04-07 18:00:00
2025-04-08	2	480	480	305	0	163	2025-04-08 10:00:00	2025-04-08 18:00:00
2025-04-09	2	480	480	334	0	145	2025-04-09 12:00:00	2025-04-09 20:00:00
2025-04-10	2	480	480	341	0	138	2025-04-10 12:00:00	2025-04-10 20:00:00
2025-04-11	2	480	480	343	0	124	2025-04-11 10:00:00	2025-04-11 18:00:00
2025-04-12	2	0	0	0	0	0	\N	\N
2025-04-13	2	0	0	0	0	0	\N	\N
2025-04-14	2	480	480	326	37	142	2025-04-14 08:00:00	2025-04-14 16:00:00
2025-04-15	2	0	0	0	0	0	\N	\N
2025-04-16	2	0	0	0	0	0	\N	\N
2025-04-17	2	480	480	323	0	179	2025-04-17 08:00:00	2025-04-17 16:00:00
2025-04-18	2	480	480	377	0	201	2025-04-18 08:00:00	2025-04-18 16:00:00
2025-04-19	2	480	480	328	0	116	2025-04-19 09:00:00	2025-04-19 17:00:00
2025-04-20	2	480	480	349	24	177	2025-04-20 10:00:00	2025-04-20 18:00:00
2025-04-21	2	480	480	350	133	210	2025-04-21 08:00:00	2025-04-21 16:00:00
2025-04-22	2	480	480	350	143	220	2025-04-22 08:00:00	2025-04-22 16:00:00
2025-04-23	2	480	480	346	0	205	2025-04-23 12:00:00	2025-04-23 20:00:00
2025-04-24	2	480	480	341	0	149	2025-04-24 12:00:00	2025-04-24 20:00:00
2025-04-25	2	480	480	317	0	98	2025-04-25 12:00:00	2025-04-25 20:00:00
2025-04-26	2	0	0	0	0	0	\N	\N
2025-04-27	2	0	0	0	0	0	\N	\N
2025-04-28	2	480	480	340	0	186	2025-04-28 10:00:00	2025-04-28 18:00:00
2025-04-29	2	480	480	292	0	172	2025-04-29 10:00:00	2025-04-29 18:00:00
2025-04-30	2	480	480	278	0	166	2025-04-30 12:00:00	2025-04-30 20:00:00
2025-05-01	2	480	480	339	0	107	2025-05-01 12:00:00	2025-05-01 20:00:00
2025-05-02	2	480	480	323	0	172	2025-05-02 10:00:00	2025-05-02 18:00:00
2025-05-03	2	0	0	0	0	0	\N	\N
2025-05-04	2	0	0	0	0	0	\N	\N
2025-05-05	2	480	480	333	0	141	2025-05-05 08:00:00	2025-05-05 16:00:00
2025-05-06	2	0	0	0	0	0	\N	\N
2025-05-07	2	0	0	0	0	0	\N	\N
2025-05-08	2	480	480	338	192	237	2025-05-08 08:00:00	2025-05-08 16:00:00
2025-05-09	2	480	480	263	0	129	2025-05-09 08:00:00	2025-05-09 16:00:00
2025-05-10	2	480	480	334	0	184	2025-05-10 09:00:00	2025-05-10 17:00:00
2025-05-11	2	480	480	330	0	115	2025-05-11 10:00:00	2025-05-11 18:00:00
2025-05-12	2	480	480	356	0	166	2025-05-12 08:00:00	2025-05-12 16:00:00
2025-05-13	2	480	480	295	30	185	2025-05-13 08:00:00	2025-05-13 16:00:00
2025-05-14	2	480	480	341	252	303	2025-05-14 12:00:00	2025-05-14 20:00:00
2025-05-15	2	480	480	371	0	150	2025-05-15 12:00:00	2025-05-15 20:00:00
2025-05-16	2	480	480	325	0	142	2025-05-16 12:00:00	2025-05-16 20:00:00
2025-05-17	2	0	0	0	0	0	\N	\N
2025-05-18	2	0	0	0	0	0	\N	\N
2025-05-19	2	480	480	285	0	149	2025-05-19 10:00:00	2025-05-19 18:00:00
2025-05-20	2	480	480	320	0	151	2025-05-20 10:00:00	2025-05-20 18:00:00
2025-05-21	2	480	480	345	235	273	2025-05-21 12:00:00	2025-05-21 20:00:00
2025-05-22	2	480	480	317	81	196	2025-05-22 12:00:00	2025-05-22 20:00:00
2025-05-23	2	480	480	340	0	167	2025-05-23 10:00:00	2025-05-23 18:00:00
2025-05-24	2	0	0	0	0	0	\N	\N
2025-05-25	2	0	0	0	0	0	\N	\N
2025-05-26	2	480	480	392	0	219	2025-05-26 08:00:00	2025-05-26 16:00:00
2025-05-27	2	0	0	0	0	0	\N	\N
2025-05-28	2	0	0	0	0	0	\N	\N
2025-05-29	2	480	480	321	0	98	2025-05-29 08:00:00	2025-05-29 16:00:00
2025-05-30	2	480	480	370	43	146	2025-05-30 08:00:00	2025-05-30 16:00:00
2025-05-31	2	480	480	314	0	169	2025-05-31 09:00:00	2025-05-31 17:00:00
2025-06-01	2	480	480	341	127	236	2025-06-01 10:00:00	2025-06-01 18:00:00
2025-06-02	2	480	480	335	112	217	2025-06-02 08:00:00	2025-06-02 16:00:00
2025-06-03	2	480	480	352	0	120	2025-06-03 08:00:00	2025-06-03 16:00:00
2025-06-04	2	480	480	382	196	269	2025-06-04 12:00:00	2025-06-04 20:00:00
2025-06-05	2	480	480	332	0	158	2025-06-05 12:00:00	2025-06-05 20:00:00
2025-06-06	2	480	480	345	0	147	2025-06-06 12:00:00	2025-06-06 20:00:00
2025-06-07	2	0	0	0	0	0	\N	\N
2025-06-08	2	0	0	0	0	0	\N	\N
2025-06-09	2	480	480	329	4	159	2025-06-09 10:00:00	2025-06-09 18:00:00
2025-06-10	2	480	480	311	0	101	2025-06-10 10:00:00	2025-06-10 18:00:00
2025-06-11	2	480	480	335	0	144	2025-06-11 12:00:00	2025-06-11 20:00:00
2025-06-12	2	480	480	321	0	98	2025-06-12 12:00:00	2025-06-12 20:00:00
2025-06-13	2	480	480	322	0	126	2025-06-13 10:00:00	2025-06-13 18:00:00
2025-06-14	2	0	0	0	0	0	\N	\N
2025-06-15	2	0	0	0	0	0	\N	\N
2025-06-16	2	480	480	353	41	194	2025-06-16 08:00:00	2025-06-16 16:00:00
2025-06-17	2	0	0	0	0	0	\N	\N
2025-06-18	2	0	0	0	0	0	\N	\N
2025-06-19	2	480	480	329	0	186	2025-06-19 08:00:00	2025-06-19 16:00:00
2025-06-20	2	480	480	319	0	113	2025-06-20 08:00:00	2025-06-20 16:00:00
2025-06-21	2	480	480	288	0	104	2025-06-21 09:00:00	2025-06-21 17:00:00
2025-06-22	2	480	480	318	318	318	2025-06-22 10:00:00	2025-06-22 18:00:00
2025-06-23	2	480	480	328	180	242	2025-06-23 08:00:00	2025-06-23 16:00:00
2025-06-24	2	480	480	313	0	145	2025-06-24 08:00:00	2025-06-24 16:00:00
2025-06-25	2	480	480	312	89	187	2025-06-25 12:00:00	2025-06-25 20:00:00
2025-06-26	2	480	480	365	9	220	2025-06-26 12:00:00	2025-06-26 20:00:00
2025-06-27	2	480	480	355	0	114	2025-06-27 12:00:00	2025-06-27 20:00:00
2025-06-28	2	0	0	0	0	0	\N	\N
2025-06-29	2	0	0	0	0	0	\N	\N
2025-06-30	2	480	480	334	0	134	2025-06-30 10:00:00	2025-06-30 18:00:00
2025-07-01	2	480	480	310	11	179	2025-07-01 12:00:00	2025-07-01 20:00:00
2025-07-02	2	480	480	396	140	235	2025-07-02 08:00:00	2025-07-02 16:00:00
2025-07-03	2	480	480	332	316	324	2025-07-03 08:00:00	2025-07-03 16:00:00
2025-07-04	2	480	480	337	0	201	2025-07-04 12:00:00	2025-07-04 20:00:00
2025-07-05	2	0	0	0	0	0	\N	\N
2025-07-06	2	0	0	0	0	0	\N	\N
2025-07-07	2	480	480	280	191	219	2025-07-07 08:00:00	2025-07-07 16:00:00
2025-07-08	2	0	0	0	0	0	\N	\N
2025-07-09	2	0	0	0	0	0	\N	\N
2025-07-10	2	480	480	315	0	121	2025-07-10 08:00:00	2025-07-10 16:00:00
2025-07-11	2	480	480	321	0	146	2025-07-11 08:00:00	2025-07-11 16:00:00
2025-07-12	2	480	480	296	0	170	2025-07-12 09:00:00	2025-07-12 17:00:00
2025-07-13	2	480	480	386	0	171	2025-07-13 10:00:00	2025-07-13 18:00:00
2025-07-14	2	480	480	334	0	102	2025-07-14 08:00:00	2025-07-14 16:00:00
2025-07-15	2	480	480	310	0	131	2025-07-15 08:00:00	2025-07-15 16:00:00
2025-07-16	2	480	480	292	280	284	2025-07-16 12:00:00	2025-07-16 20:00:00
2025-07-17	2	480	480	338	11	183	2025-07-17 12:00:00	2025-07-17 20:00:00
2025-07-18	2	480	480	363	16	126	2025-07-18 12:00:00	2025-07-18 20:00:00
2025-07-19	2	0	0	0	0	0	\N	\N
2025-07-20	2	0	0	0	0	0	\N	\N
2025-07-21	2	480	480	333	0	155	2025-07-21 10:00:00	2025-07-21 18:00:00
2025-07-22	2	480	480	343	0	134	2025-07-22 10:00:00	2025-07-22 18:00:00
2025-07-23	2	480	480	263	0	107	2025-07-23 12:00:00	2025-07-23 20:00:00
2025-07-24	2	480	480	302	0	147	2025-07-24 12:00:00	2025-07-24 20:00:00
2025-07-25	2	480	480	369	0	116	2025-07-25 10:00:00	2025-07-25 18:00:00
2025-07-26	2	0	0	0	0	0	\N	\N
2025-07-27	2	0	0	0	0	0	\N	\N
2025-07-28	2	480	480	333	172	236	2025-07-28 08:00:00	2025-07-28 16:00:00
2025-07-29	2	0	0	0	0	0	\N	\N
2025-07-30	2	0	0	0	0	0	\N	\N
2025-07-31	2	480	480	342	83	222	2025-07-31 08:00:00	2025-07-31 16:00:00
2025-08-01	2	480	480	337	41	188	2025-08-01 08:00:00	2025-08-01 16:00:00
2025-08-02	2	480	480	281	61	161	2025-08-02 09:00:00	2025-08-02 17:00:00
2025-08-03	2	480	480	317	56	212	2025-08-03 10:00:00	2025-08-03 18:00:00
2025-08-04	2	480	480	351	0	163	2025-08-04 08:00:00	2025-08-04 16:00:00
2025-08-05	2	480	480	341	0	188	2025-08-05 08:00:00	2025-08-05 16:00:00
2025-08-06	2	480	480	348	0	194	2025-08-06 12:00:00	2025-08-06 20:00:00
2025-08-07	2	480	480	397	63	203	2025-08-07 12:00:00	2025-08-07 20:00:00
2025-08-08	2	480	480	335	0	148	2025-08-08 12:00:00	2025-08-08 20:00:00
2025-08-09	2	0	0	0	0	0	\N	\N
2025-08-10	2	0	0	0	0	0	\N	\N
2025-08-11	2	480	480	375	0	190	2025-08-11 10:00:00	2025-08-11 18:00:00
2025-08-12	2	480	480	345	275	297	2025-08-12 10:00:00	2025-08-12 18:00:00
2025-08-13	2	480	480	286	0	132	2025-08-13 12:00:00	2025-08-13 20:00:00
2025-08-14	2	480	480	352	0	105	2025-08-14 12:00:00	2025-08-14 20:00:00
2025-08-15	2	480	480	305	103	203	2025-08-15 10:00:00	2025-08-15 18:00:00
2025-08-16	2	0	0	0	0	0	\N	\N
2025-08-17	2	0	0	0	0	0	\N	\N
2025-08-18	2	480	480	291	115	206	2025-08-18 08:00:00	2025-08-18 16:00:00
2025-08-19	2	0	0	0	0	0	\N	\N
2025-08-20	2	0	0	0	0	0	\N	\N
2025-08-21	2	480	480	289	0	93	2025-08-21 08:00:00	2025-08-21 16:00:00
2023-09-15	3	480	480	324	0	142	2023-09-15 10:00:00	2023-09-15 18:00:00
2023-09-16	3	0	0	0	0	0	\N	\N
2023-09-17	3	0	0	0	0	0	\N	\N
2023-09-18	3	486	480	253	253	253	2023-09-18 08:00:00	2023-09-18 16:00:00
2023-09-19	3	480	480	357	185	254	2023-09-19 08:00:00	2023-09-19 16:00:00
2023-09-20	3	0	0	0	0	0	\N	\N
2023-09-21	3	0	0	0	0	0	\N	\N
2023-09-22	3	480	480	289	0	166	2023-09-22 08:00:00	2023-09-22 16:00:00
2023-09-23	3	480	480	307	0	171	2023-09-23 09:00:00	2023-09-23 17:00:00
2023-09-24	3	480	480	348	0	155	2023-09-24 10:00:00	2023-09-24 18:00:00
2023-09-25	3	480	480	342	89	217	2023-09-25 12:00:00	2023-09-25 20:00:00
2023-09-26	3	480	480	320	207	256	2023-09-26 08:00:00	2023-09-26 16:00:00
2023-09-27	3	480	480	313	152	239	2023-09-27 08:00:00	2023-09-27 16:00:00
2023-09-28	3	480	480	308	0	170	2023-09-28 12:00:00	2023-09-28 20:00:00
2023-09-29	3	480	480	387	96	222	2023-09-29 12:00:00	2023-09-29 20:00:00
2023-09-30	3	0	0	0	0	0	\N	\N
2023-10-01	3	0	0	0	0	0	\N	\N
2023-10-02	3	480	480	294	89	188	2023-10-02 12:00:00	2023-10-02 20:00:00
2023-10-03	3	480	480	281	32	146	2023-10-03 12:00:00	2023-10-03 20:00:00
2023-10-04	3	480	480	334	0	115	2023-10-04 10:00:00	2023-10-04 18:00:00
2023-10-05	3	480	480	375	10	121	2023-10-05 10:00:00	2023-10-05 18:00:00
2023-10-06	3	480	480	330	0	141	2023-10-06 10:00:00	2023-10-06 18:00:00
2023-10-07	3	0	0	0	0	0	\N	\N
2023-10-08	3	0	0	0	0	0	\N	\N
2023-10-09	3	480	480	331	0	160	2023-10-09 08:00:00	2023-10-09 16:00:00
2023-10-10	3	480	480	307	0	110	2023-10-10 08:00:00	2023-10-10 16:00:00
2023-10-11	3	0	0	0	0	0	\N	\N
2023-10-12	3	0	0	0	0	0	\N	\N
2023-10-13	3	480	480	293	0	153	2023-10-13 08:00:00	2023-10-13 16:00:00
2023-10-14	3	480	480	338	0	113	2023-10-14 09:00:00	2023-10-14 17:00:00
2023-10-15	3	480	480	328	0	114	2023-10-15 10:00:00	2023-10-15 18:00:00
2023-10-16	3	480	480	377	95	180	2023-10-16 12:00:00	2023-10-16 20:00:00
2023-10-17	3	480	480	380	100	207	2023-10-17 08:00:00	2023-10-17 16:00:00
2023-10-18	3	480	480	333	0	168	2023-10-18 08:00:00	2023-10-18 16:00:00
2023-10-19	3	480	480	327	0	126	2023-10-19 12:00:00	2023-10-19 20:00:00
2023-10-20	3	480	480	290	161	224	2023-10-20 12:00:00	2023-10-20 20:00:00
2023-10-21	3	0	0	0	0	0	\N	\N
2023-10-22	3	0	0	0	0	0	\N	\N
2023-10-23	3	480	480	299	0	162	2023-10-23 12:00:00	2023-10-23 20:00:00
2023-10-24	3	480	480	318	21	191	2023-10-24 12:00:00	2023-10-24 20:00:00
2023-10-25	3	480	480	314	0	156	2023-10-25 10:00:00	2023-10-25 18:00:00
2023-10-26	3	480	480	361	166	241	2023-10-26 10:00:00	2023-10-26 18:00:00
2023-10-27	3	480	480	386	157	249	2023-10-27 10:00:00	2023-10-27 18:00:00
2023-10-28	3	0	0	0	0	0	\N	\N
2023-10-29	3	0	0	0	0	0	\N	\N
2023-10-30	3	480	480	309	0	167	2023-10-30 08:00:00	2023-10-30 16:00:00
2023-10-31	3	480	480	310	0	176	2023-10-31 08:00:00	2023-10-31 16:00:00
2023-11-01	3	0	0	0	0	0	\N	\N
2023-11-02	3	0	0	0	0	0	\N	\N
2023-11-03	3	480	480	0	0	0	2023-11-03 10:00:00	2023-11-03 18:00:00
2023-11-04	3	480	480	356	0	173	2023-11-04 09:00:00	2023-11-04 17:00:00
2023-11-05	3	480	480	362	0	173	2023-11-05 10:00:00	2023-11-05 18:00:00
2023-11-06	3	480	480	0	0	0	2023-11-06 10:00:00	2023-11-06 18:00:00
2023-11-07	3	480	480	0	0	0	2023-11-07 12:00:00	2023-11-07 20:00:00
2023-11-08	3	480	480	0	0	0	2023-11-08 12:00:00	2023-11-08 20:00:00
2023-11-09	3	480	480	0	0	0	2023-11-09 10:00:00	2023-11-09 18:00:00
2023-11-10	3	480	480	0	0	0	2023-11-10 10:00:00	2023-11-10 18:00:00
2023-11-11	3	0	0	0	0	0	\N	\N
2023-11-12	3	0	0	0	0	0	\N	\N
2023-11-13	3	480	480	359	25	154	2023-11-13 08:00:00	2023-11-13 16:00:00
2023-11-14	3	480	480	356	0	211	2023-11-14 12:00:00	2023-11-14 20:00:00
2023-11-15	3	480	480	348	21	135	2023-11-15 10:00:00	2023-11-15 18:00:00
2023-11-16	3	480	480	277	84	143	2023-11-16 10:00:00	2023-11-16 18:00:00
2023-11-17	3	480	480	342	0	121	2023-11-17 10:00:00	2023-11-17 18:00:00
2023-11-18	3	0	0	0	0	0	\N	\N
2023-11-19	3	0	0	0	0	0	\N	\N
2023-11-20	3	480	480	336	0	148	2023-11-20 08:00:00	2023-11-20 16:00:00
2023-11-21	3	480	480	305	47	152	2023-11-21 08:00:00	2023-11-21 16:00:00
2023-11-22	3	0	0	0	0	0	\N	\N
2023-11-23	3	0	0	0	0	0	\N	\N
2023-11-24	3	480	480	308	47	195	2023-11-24 08:00:00	2023-11-24 16:00:00
2023-11-25	3	480	480	306	0	183	2023-11-25 09:00:00	2023-11-25 17:00:00
2023-11-26	3	480	480	311	26	178	2023-11-26 10:00:00	2023-11-26 18:00:00
2023-11-27	3	480	480	300	0	156	2023-11-27 12:00:00	2023-11-27 20:00:00
2023-11-28	3	480	480	349	0	120	2023-11-28 08:00:00	2023-11-28 16:00:00
2023-11-29	3	480	480	364	0	179	2023-11-29 08:00:00	2023-11-29 16:00:00
2023-11-30	3	480	480	357	0	163	2023-11-30 12:00:00	2023-11-30 20:00:00
2023-12-01	3	480	480	288	0	157	2023-12-01 12:00:00	2023-12-01 20:00:00
2023-12-02	3	0	0	0	0	0	\N	\N
2023-12-03	3	0	0	0	0	0	\N	\N
2023-12-04	3	480	480	319	0	100	2023-12-04 12:00:00	2023-12-04 20:00:00
2023-12-05	3	480	480	371	266	297	2023-12-05 12:00:00	2023-12-05 20:00:00
2023-12-06	3	480	480	333	0	140	2023-12-06 10:00:00	2023-12-06 18:00:00
2023-12-07	3	480	480	339	0	105	2023-12-07 10:00:00	2023-12-07 18:00:00
2023-12-08	3	480	480	337	0	168	2023-12-08 10:00:00	2023-12-08 18:00:00
2023-12-09	3	0	0	0	0	0	\N	\N
2023-12-10	3	0	0	0	0	0	\N	\N
2023-12-11	3	480	480	373	0	146	2023-12-11 08:00:00	2023-12-11 16:00:00
2023-12-12	3	480	480	353	0	157	2023-12-12 08:00:00	2023-12-12 16:00:00
2023-12-13	3	0	0	0	0	0	\N	\N
2023-12-14	3	0	0	0	0	0	\N	\N
2023-12-15	3	480	480	305	0	143	2023-12-15 08:00:00	2023-12-15 16:00:00
2023-12-16	3	480	480	317	0	158	2023-12-16 09:00:00	2023-12-16 17:00:00
2023-12-17	3	480	480	341	0	166	2023-12-17 10:00:00	2023-12-17 18:00:00
2023-12-18	3	480	480	327	0	173	2023-12-18 12:00:00	2023-12-18 20:00:00
2023-12-19	3	480	480	327	29	130	2023-12-19 08:00:00	2023-12-19 16:00:00
2023-12-20	3	480	480	324	0	167	2023-12-20 08:00:00	2023-12-20 16:00:00
2023-12-21	3	480	480	353	0	124	2023-12-21 08:00:00	2023-12-21 16:00:00
2023-12-22	3	480	480	327	118	208	2023-12-22 08:00:00	2023-12-22 16:00:00
2023-12-23	3	0	0	0	0	0	\N	\N
2023-12-24	3	0	0	0	0	0	\N	\N
2023-12-25	3	480	480	313	0	177	2023-12-25 08:00:00	2023-12-25 16:00:00
2023-12-26	3	480	480	351	0	209	2023-12-26 12:00:00	2023-12-26 20:00:00
2023-12-27	3	480	480	333	0	196	2023-12-27 10:00:00	2023-12-27 18:00:00
2023-12-28	3	480	480	375	105	257	2023-12-28 10:00:00	2023-12-28 18:00:00
2023-12-29	3	480	480	314	35	175	2023-12-29 10:00:00	2023-12-29 18:00:00
2023-12-30	3	0	0	0	0	0	\N	\N
2023-12-31	3	0	0	0	0	0	\N	\N
2024-01-01	3	480	480	357	167	250	2024-01-01 08:00:00	2024-01-01 16:00:00
2024-01-02	3	480	480	369	0	163	2024-01-02 08:00:00	2024-01-02 16:00:00
2024-01-03	3	0	0	0	0	0	\N	\N
2024-01-04	3	0	0	0	0	0	\N	\N
2024-01-05	3	481	480	349	221	261	2024-01-05 08:00:00	2024-01-05 16:00:00
2024-01-06	3	480	480	359	65	183	2024-01-06 09:00:00	2024-01-06 17:00:00
2024-01-07	3	480	480	326	0	160	2024-01-07 10:00:00	2024-01-07 18:00:00
2024-01-08	3	480	480	359	85	192	2024-01-08 12:00:00	2024-01-08 20:00:00
2024-01-09	3	480	480	287	0	98	2024-01-09 08:00:00	2024-01-09 16:00:00
2024-01-10	3	480	480	322	81	190	2024-01-10 08:00:00	2024-01-10 16:00:00
2024-01-11	3	480	480	296	113	182	2024-01-11 12:00:00	2024-01-11 20:00:00
2024-01-12	3	480	480	304	0	164	2024-01-12 12:00:00	2024-01-12 20:00:00
2024-01-13	3	0	0	0	0	0	\N	\N
2024-01-14	3	0	0	0	0	0	\N	\N
2024-01-15	3	480	480	0	0	0	2024-01-15 12:00:00	2024-01-15 20:00:00
2024-01-16	3	480	480	331	47	136	2024-01-16 12:00:00	2024-01-16 20:00:00
2024-01-17	3	480	480	347	20	123	2024-01-17 10:00:00	2024-01-17 18:00:00
2024-01-18	3	480	480	326	0	153	2024-01-18 10:00:00	2024-01-18 18:00:00
2024-01-19	3	493	480	310	54	132	2024-01-19 10:00:00	2024-01-19 18:00:00
2024-01-20	3	0	0	0	0	0	\N	\N
2024-01-21	3	0	0	0	0	0	\N	\N
2024-01-22	3	480	480	328	0	187	2024-01-22 08:00:00	2024-01-22 16:00:00
2024-01-23	3	480	480	374	0	144	2024-01-23 08:00:00	2024-01-23 16:00:00
2024-01-24	3	0	0	0	0	0	\N	\N
2024-01-25	3	0	0	0	0	0	\N	\N
2024-01-26	3	480	480	409	0	178	2024-01-26 08:00:00	2024-01-26 16:00:00
2024-01-27	3	480	480	410	47	171	2024-01-27 09:00:00	2024-01-27 17:00:00
2024-01-28	3	480	480	314	160	231	2024-01-28 10:00:00	2024-01-28 18:00:00
2024-01-29	3	480	480	0	0	0	2024-01-29 10:00:00	2024-01-29 18:00:00
2024-01-30	3	480	480	341	0	133	2024-01-30 08:00:00	2024-01-30 16:00:00
2024-01-31	3	480	480	0	0	0	2024-01-31 12:00:00	2024-01-31 20:00:00
2024-02-01	3	480	480	0	0	0	2024-02-01 10:00:00	2024-02-01 18:00:00
2024-02-02	3	480	480	0	0	0	2024-02-02 10:00:00	2024-02-02 18:00:00
2024-02-03	3	0	0	0	0	0	\N	\N
2024-02-04	3	0	0	0	0	0	\N	\N
2024-02-05	3	480	480	301	135	209	2024-02-05 12:00:00	2024-02-05 20:00:00
2024-02-06	3	480	480	380	39	189	2024-02-06 12:00:00	2024-02-06 20:00:00
2024-02-07	3	480	480	338	0	127	2024-02-07 10:00:00	2024-02-07 18:00:00
2024-02-08	3	480	480	352	0	133	2024-02-08 10:00:00	2024-02-08 18:00:00
2024-02-09	3	480	480	297	0	107	2024-02-09 10:00:00	2024-02-09 18:00:00
2024-02-10	3	0	0	0	0	0	\N	\N
2024-02-11	3	0	0	0	0	0	\N	\N
2024-02-12	3	480	480	329	252	279	2024-02-12 08:00:00	2024-02-12 16:00:00
2024-02-13	3	480	480	312	0	156	2024-02-13 08:00:00	2024-02-13 16:00:00
2024-02-14	3	0	0	0	0	0	\N	\N
2024-02-15	3	0	0	0	0	0	\N	\N
2024-02-16	3	480	480	295	0	109	2024-02-16 08:00:00	2024-02-16 16:00:00
2024-02-17	3	480	480	332	0	188	2024-02-17 09:00:00	2024-02-17 17:00:00
2024-02-18	3	480	480	339	0	200	2024-02-18 10:00:00	2024-02-18 18:00:00
2024-02-19	3	480	480	338	0	177	2024-02-19 12:00:00	2024-02-19 20:00:00
2024-02-20	3	480	480	310	92	216	2024-02-20 08:00:00	2024-02-20 16:00:00
2024-02-21	3	480	480	314	133	212	2024-02-21 08:00:00	2024-02-21 16:00:00
2024-02-22	3	480	480	343	338	339	2024-02-22 12:00:00	2024-02-22 20:00:00
2024-02-23	3	480	480	330	38	176	2024-02-23 12:00:00	2024-02-23 20:00:00
2024-02-24	3	0	0	0	0	0	\N	\N
2024-02-25	3	0	0	0	0	0	\N	\N
2024-02-26	3	480	480	327	12	196	2024-02-26 12:00:00	2024-02-26 20:00:00
2024-02-27	3	480	480	350	0	191	2024-02-27 12:00:00	2024-02-27 20:00:00
2024-02-28	3	480	480	328	10	122	2024-02-28 10:00:00	2024-02-28 18:00:00
2024-02-29	3	480	480	0	0	0	2024-02-29 10:00:00	2024-02-29 18:00:00
2024-03-01	3	480	480	0	0	0	2024-03-01 10:00:00	2024-03-01 18:00:00
2024-03-02	3	0	0	0	0	0	\N	\N
2024-03-03	3	0	0	0	0	0	\N	\N
2024-03-04	3	480	480	338	0	183	2024-03-04 08:00:00	2024-03-04 16:00:00
2024-03-05	3	480	480	337	28	138	2024-03-05 08:00:00	2024-03-05 16:00:00
2024-03-06	3	0	0	0	0	0	\N	\N
2024-03-07	3	0	0	0	0	0	\N	\N
2024-03-08	3	480	480	400	0	180	2024-03-08 08:00:00	2024-03-08 16:00:00
2024-03-09	3	480	480	305	0	165	2024-03-09 09:00:00	2024-03-09 17:00:00
2024-03-10	3	480	480	289	0	166	2024-03-10 10:00:00	2024-03-10 18:00:00
2024-03-11	3	480	480	343	0	149	2024-03-11 12:00:00	2024-03-11 20:00:00
2024-03-12	3	480	480	407	0	228	2024-03-12 08:00:00	2024-03-12 16:00:00
2024-03-13	3	480	480	343	0	136	2024-03-13 08:00:00	2024-03-13 16:00:00
2024-03-14	3	480	480	350	54	163	2024-03-14 12:00:00	2024-03-14 20:00:00
2024-03-15	3	480	480	368	15	217	2024-03-15 12:00:00	2024-03-15 20:00:00
2024-03-16	3	0	0	0	0	0	\N	\N
2024-03-17	3	0	0	0	0	0	\N	\N
2024-03-18	3	480	480	336	0	164	2024-03-18 12:00:00	2024-03-18 20:00:00
2024-03-19	3	480	480	337	6	194	2024-03-19 12:00:00	2024-03-19 20:00:00
2024-03-20	3	480	480	360	0	188	2024-03-20 10:00:00	2024-03-20 18:00:00
2024-03-21	3	480	480	351	0	149	2024-03-21 10:00:00	2024-03-21 18:00:00
2024-03-22	3	480	480	371	0	204	2024-03-22 10:00:00	2024-03-22 18:00:00
2024-03-23	3	0	0	0	0	0	\N	\N
2024-03-24	3	0	0	0	0	0	\N	\N
2024-03-25	3	480	480	325	0	190	2024-03-25 08:00:00	2024-03-25 16:00:00
2024-03-26	3	480	480	371	0	181	2024-03-26 08:00:00	2024-03-26 16:00:00
2024-03-27	3	0	0	0	0	0	\N	\N
2024-03-28	3	0	0	0	0	0	\N	\N
2024-03-29	3	480	480	315	0	183	2024-03-29 08:00:00	2024-03-29 16:00:00
2024-03-30	3	480	480	363	0	194	2024-03-30 09:00:00	2024-03-30 17:00:00
2024-03-31	3	480	480	379	0	169	2024-03-31 10:00:00	2024-03-31 18:00:00
2024-04-01	3	480	480	287	287	287	2024-04-01 12:00:00	2024-04-01 20:00:00
2024-04-02	3	480	480	276	21	165	2024-04-02 08:00:00	2024-04-02 16:00:00
2024-04-03	3	480	480	306	0	156	2024-04-03 08:00:00	2024-04-03 16:00:00
2024-04-04	3	480	480	393	0	121	2024-04-04 12:00:00	2024-04-04 20:00:00
2024-04-05	3	480	480	352	25	206	2024-04-05 12:00:00	2024-04-05 20:00:00
2024-04-06	3	0	0	0	0	0	\N	\N
2024-04-07	3	0	0	0	0	0	\N	\N
2024-04-08	3	480	480	308	0	134	2024-04-08 12:00:00	2024-04-08 20:00:00
2024-04-09	3	480	480	352	0	180	2024-04-09 12:00:00	2024-04-09 20:00:00
2024-04-10	3	480	480	334	0	186	2024-04-10 10:00:00	2024-04-10 18:00:00
2024-04-11	3	480	480	346	60	219	2024-04-11 10:00:00	2024-04-11 18:00:00
2024-04-12	3	480	480	331	0	170	2024-04-12 10:00:00	2024-04-12 18:00:00
2024-04-13	3	0	0	0	0	0	\N	\N
2024-04-14	3	0	0	0	0	0	\N	\N
2024-04-15	3	480	480	305	157	238	2024-04-15 08:00:00	2024-04-15 16:00:00
2024-04-16	3	480	480	335	324	328	2024-04-16 08:00:00	2024-04-16 16:00:00
2024-04-17	3	0	0	0	0	0	\N	\N
2024-04-18	3	0	0	0	0	0	\N	\N
2024-04-19	3	480	480	370	0	166	2024-04-19 08:00:00	2024-04-19 16:00:00
2024-04-20	3	480	480	365	0	159	2024-04-20 09:00:00	2024-04-20 17:00:00
2024-04-21	3	480	480	359	0	138	2024-04-21 10:00:00	2024-04-21 18:00:00
2024-04-22	3	480	480	358	9	144	2024-04-22 12:00:00	2024-04-22 20:00:00
2024-04-23	3	480	480	338	17	190	2024-04-23 08:00:00	2024-04-23 16:00:00
2024-04-24	3	480	480	340	340	340	2024-04-24 08:00:00	2024-04-24 16:00:00
2024-04-25	3	480	480	354	27	216	2024-04-25 12:00:00	2024-04-25 20:00:00
2024-04-26	3	480	480	389	0	173	2024-04-26 12:00:00	2024-04-26 20:00:00
2024-04-27	3	0	0	0	0	0	\N	\N
2024-04-28	3	0	0	0	0	0	\N	\N
2024-04-29	3	480	480	360	10	200	2024-04-29 12:00:00	2024-04-29 20:00:00
2024-04-30	3	480	480	305	134	198	2024-04-30 12:00:00	2024-04-30 20:00:00
2024-05-01	3	480	480	354	0	120	2024-05-01 10:00:00	2024-05-01 18:00:00
2024-05-02	3	480	480	312	0	173	2024-05-02 10:00:00	2024-05-02 18:00:00
2024-05-03	3	480	480	376	0	186	2024-05-03 10:00:00	2024-05-03 18:00:00
2024-05-04	3	0	0	0	0	0	\N	\N
2024-05-05	3	0	0	0	0	0	\N	\N
2024-05-06	3	480	480	306	84	209	2024-05-06 08:00:00	2024-05-06 16:00:00
2024-05-07	3	480	480	283	0	88	2024-05-07 08:00:00	2024-05-07 16:00:00
2024-05-08	3	0	0	0	0	0	\N	\N
2024-05-09	3	0	0	0	0	0	\N	\N
2024-05-10	3	480	480	364	0	117	2024-05-10 08:00:00	2024-05-10 16:00:00
2024-05-11	3	480	480	352	35	142	2024-05-11 09:00:00	2024-05-11 17:00:00
2024-05-12	3	480	480	312	0	121	2024-05-12 10:00:00	2024-05-12 18:00:00
2024-05-13	3	480	480	335	0	142	2024-05-13 12:00:00	2024-05-13 20:00:00
2024-05-14	3	480	480	302	0	143	2024-05-14 08:00:00	2024-05-14 16:00:00
2024-05-15	3	480	480	306	0	148	2024-05-15 08:00:00	2024-05-15 16:00:00
2024-05-16	3	480	480	316	0	174	2024-05-16 12:00:00	2024-05-16 20:00:00
2024-05-17	3	480	480	307	0	137	2024-05-17 12:00:00	2024-05-17 20:00:00
2024-05-18	3	0	0	0	0	0	\N	\N
2024-05-19	3	0	0	0	0	0	\N	\N
2024-05-20	3	480	480	278	0	92	2024-05-20 12:00:00	2024-05-20 20:00:00
2024-05-21	3	480	480	359	0	194	2024-05-21 12:00:00	2024-05-21 20:00:00
2024-05-22	3	480	480	317	0	175	2024-05-22 10:00:00	2024-05-22 18:00:00
2024-05-23	3	480	480	333	18	135	2024-05-23 10:00:00	2024-05-23 18:00:00
2024-05-24	3	480	480	330	0	190	2024-05-24 10:00:00	2024-05-24 18:00:00
2024-05-25	3	0	0	0	0	0	\N	\N
2024-05-26	3	0	0	0	0	0	\N	\N
2024-05-27	3	480	480	301	109	177	2024-05-27 08:00:00	2024-05-27 16:00:00
2024-05-28	3	480	480	368	41	169	2024-05-28 08:00:00	2024-05-28 16:00:00
2024-05-29	3	0	0	0	0	0	\N	\N
2024-05-30	3	0	0	0	0	0	\N	\N
2024-05-31	3	480	480	322	0	170	2024-05-31 08:00:00	2024-05-31 16:00:00
2024-06-01	3	480	480	383	237	313	2024-06-01 09:00:00	2024-06-01 17:00:00
2024-06-02	3	480	480	319	75	165	2024-06-02 10:00:00	2024-06-02 18:00:00
2024-06-03	3	480	480	362	14	177	2024-06-03 12:00:00	2024-06-03 20:00:00
2024-06-04	3	480	480	290	0	122	2024-06-04 08:00:00	2024-06-04 16:00:00
2024-06-05	3	480	480	373	94	215	2024-06-05 08:00:00	2024-06-05 16:00:00
2024-06-06	3	480	480	0	0	0	2024-06-06 10:00:00	2024-06-06 18:00:00
2024-06-07	3	480	480	0	0	0	2024-06-07 10:00:00	2024-06-07 18:00:00
2024-06-08	3	0	0	0	0	0	\N	\N
2024-06-09	3	0	0	0	0	0	\N	\N
2024-06-10	3	480	480	355	6	130	2024-06-10 12:00:00	2024-06-10 20:00:00
2024-06-11	3	480	480	350	4	146	2024-06-11 12:00:00	2024-06-11 20:00:00
2024-06-12	3	480	480	364	63	228	2024-06-12 10:00:00	2024-06-12 18:00:00
2024-06-13	3	480	480	344	0	190	2024-06-13 10:00:00	2024-06-13 18:00:00
2024-06-14	3	480	480	353	0	181	2024-06-14 10:00:00	2024-06-14 18:00:00
2024-06-15	3	0	0	0	0	0	\N	\N
2024-06-16	3	0	0	0	0	0	\N	\N
2024-06-17	3	480	480	318	256	281	2024-06-17 08:00:00	2024-06-17 16:00:00
2024-06-18	3	480	480	311	258	289	2024-06-18 08:00:00	2024-06-18 16:00:00
2024-06-19	3	0	0	0	0	0	\N	\N
2024-06-20	3	0	0	0	0	0	\N	\N
2024-06-21	3	480	480	375	117	221	2024-06-21 08:00:00	2024-06-21 16:00:00
2024-06-22	3	480	480	307	307	307	2024-06-22 09:00:00	2024-06-22 17:00:00
2024-06-23	3	480	480	360	58	187	2024-06-23 10:00:00	2024-06-23 18:00:00
2024-06-24	3	480	480	339	0	136	2024-06-24 12:00:00	2024-06-24 20:00:00
2024-06-25	3	480	480	283	0	134	2024-06-25 08:00:00	2024-06-25 16:00:00
2024-06-26	3	480	480	344	0	108	2024-06-26 08:00:00	2024-06-26 16:00:00
2024-06-27	3	480	480	329	0	109	2024-06-27 12:00:00	2024-06-27 20:00:00
2024-06-28	3	480	480	294	0	113	2024-06-28 12:00:00	2024-06-28 20:00:00
2024-06-29	3	0	0	0	0	0	\N	\N
2024-06-30	3	0	0	0	0	0	\N	\N
2024-07-01	3	480	480	312	0	131	2024-07-01 12:00:00	2024-07-01 20:00:00
2024-07-02	3	480	480	352	51	156	2024-07-02 12:00:00	2024-07-02 20:00:00
2024-07-03	3	480	480	313	30	131	2024-07-03 12:00:00	2024-07-03 20:00:00
2024-07-04	3	480	480	327	0	191	2024-07-04 12:00:00	2024-07-04 20:00:00
2024-07-05	3	480	480	335	0	154	2024-07-05 12:00:00	2024-07-05 20:00:00
2024-07-06	3	0	0	0	0	0	\N	\N
2024-07-07	3	0	0	0	0	0	\N	\N
2024-07-08	3	480	480	345	0	144	2024-07-08 08:00:00	2024-07-08 16:00:00
2024-07-09	3	480	480	314	0	145	2024-07-09 08:00:00	2024-07-09 16:00:00
2024-07-10	3	0	0	0	0	0	\N	\N
2024-07-11	3	0	0	0	0	0	\N	\N
2024-07-12	3	480	480	345	0	171	2024-07-12 08:00:00	2024-07-12 16:00:00
2024-07-13	3	480	480	323	0	122	2024-07-13 09:00:00	2024-07-13 17:00:00
2024-07-14	3	480	480	327	0	120	2024-07-14 10:00:00	2024-07-14 18:00:00
2024-07-15	3	480	480	339	0	196	2024-07-15 12:00:00	2024-07-15 20:00:00
2024-07-16	3	480	480	356	0	116	2024-07-16 08:00:00	2024-07-16 16:00:00
2024-07-17	3	480	480	350	32	138	2024-07-17 08:00:00	2024-07-17 16:00:00
2024-07-18	3	480	480	329	0	160	2024-07-18 12:00:00	2024-07-18 20:00:00
2024-07-19	3	480	480	272	0	100	2024-07-19 12:00:00	2024-07-19 20:00:00
2024-07-20	3	0	0	0	0	0	\N	\N
2024-07-21	3	0	0	0	0	0	\N	\N
2024-07-22	3	480	480	324	0	191	2024-07-22 12:00:00	2024-07-22 20:00:00
2024-07-23	3	480	480	352	0	196	2024-07-23 12:00:00	2024-07-23 20:00:00
2024-07-24	3	480	480	387	0	158	2024-07-24 10:00:00	2024-07-24 18:00:00
2024-07-25	3	480	480	333	0	144	2024-07-25 10:00:00	2024-07-25 18:00:00
2024-07-26	3	480	480	292	0	172	2024-07-26 10:00:00	2024-07-26 18:00:00
2024-07-27	3	0	0	0	0	0	\N	\N
2024-07-28	3	0	0	0	0	0	\N	\N
2024-07-29	3	480	480	297	41	124	2024-07-29 08:00:00	2024-07-29 16:00:00
2024-07-30	3	480	480	324	211	268	2024-07-30 08:00:00	2024-07-30 16:00:00
2024-07-31	3	0	0	0	0	0	\N	\N
2024-08-01	3	0	0	0	0	0	\N	\N
2024-08-02	3	480	480	359	0	156	2024-08-02 08:00:00	2024-08-02 16:00:00
2024-08-03	3	480	480	302	0	96	2024-08-03 09:00:00	2024-08-03 17:00:00
2024-08-04	3	480	480	315	0	184	2024-08-04 10:00:00	2024-08-04 18:00:00
2024-08-05	3	480	480	299	0	157	2024-08-05 12:00:00	2024-08-05 20:00:00
2024-08-06	3	480	480	380	25	209	2024-08-06 08:00:00	2024-08-06 16:00:00
2024-08-07	3	480	480	357	62	171	2024-08-07 08:00:00	2024-08-07 16:00:00
2024-08-08	3	480	480	323	98	168	2024-08-08 12:00:00	2024-08-08 20:00:00
2024-08-09	3	480	480	393	0	118	2024-08-09 12:00:00	2024-08-09 20:00:00
2024-08-10	3	0	0	0	0	0	\N	\N
2024-08-11	3	0	0	0	0	0	\N	\N
2024-08-12	3	480	480	348	0	189	2024-08-12 12:00:00	2024-08-12 20:00:00
2024-08-13	3	480	480	336	75	205	2024-08-13 12:00:00	2024-08-13 20:00:00
2024-08-14	3	480	480	362	0	157	2024-08-14 10:00:00	2024-08-14 18:00:00
2024-08-15	3	480	480	356	0	157	2024-08-15 10:00:00	2024-08-15 18:00:00
2024-08-16	3	480	480	336	0	179	2024-08-16 10:00:00	2024-08-16 18:00:00
2024-08-17	3	0	0	0	0	0	\N	\N
2024-08-18	3	0	0	0	0	0	\N	\N
2024-08-19	3	480	480	323	0	105	2024-08-19 08:00:00	2024-08-19 16:00:00
2024-08-20	3	480	480	367	276	306	2024-08-20 08:00:00	2024-08-20 16:00:00
2024-08-21	3	0	0	0	0	0	\N	\N
2024-08-22	3	0	0	0	0	0	\N	\N
2024-08-23	3	480	480	303	158	223	2024-08-23 08:00:00	2024-08-23 16:00:00
2024-08-24	3	480	480	311	0	99	2024-08-24 09:00:00	2024-08-24 17:00:00
2024-08-25	3	480	480	315	136	206	2024-08-25 10:00:00	2024-08-25 18:00:00
2024-08-26	3	480	480	367	19	210	2024-08-26 12:00:00	2024-08-26 20:00:00
2024-08-27	3	480	480	347	0	161	2024-08-27 08:00:00	2024-08-27 16:00:00
2024-08-28	3	480	480	326	0	180	2024-08-28 08:00:00	2024-08-28 16:00:00
2024-08-29	3	480	480	279	0	162	2024-08-29 12:00:00	2024-08-29 20:00:00
2024-08-30	3	480	480	365	0	118	2024-08-30 12:00:00	2024-08-30 20:00:00
2024-08-31	3	0	0	0	0	0	\N	\N
2024-09-01	3	0	0	0	0	0	\N	\N
2024-09-02	3	480	480	0	0	0	2024-09-02 12:00:00	2024-09-02 20:00:00
2024-09-03	3	480	480	0	0	0	2024-09-03 12:00:00	2024-09-03 20:00:00
2024-09-04	3	480	480	328	0	169	2024-09-04 10:00:00	2024-09-04 18:00:00
2024-09-05	3	480	480	320	0	191	2024-09-05 10:00:00	2024-09-05 18:00:00
2024-09-06	3	480	480	317	0	171	2024-09-06 10:00:00	2024-09-06 18:00:00
2024-09-07	3	0	0	0	0	0	\N	\N
2024-09-08	3	0	0	0	0	0	\N	\N
2024-09-09	3	480	480	277	60	156	2024-09-09 08:00:00	2024-09-09 16:00:00
2024-09-10	3	480	480	362	0	108	2024-09-10 08:00:00	2024-09-10 16:00:00
2024-09-11	3	0	0	0	0	0	\N	\N
2024-09-12	3	0	0	0	0	0	\N	\N
2024-09-13	3	480	480	358	212	298	2024-09-13 08:00:00	2024-09-13 16:00:00
2024-09-14	3	480	480	397	0	136	2024-09-14 09:00:00	2024-09-14 17:00:00
2024-09-15	3	480	480	340	0	175	2024-09-15 10:00:00	2024-09-15 18:00:00
2024-09-16	3	480	480	291	0	143	2024-09-16 12:00:00	2024-09-16 20:00:00
2024-09-17	3	480	480	311	142	241	2024-09-17 08:00:00	2024-09-17 16:00:00
2024-09-18	3	480	480	340	72	170	2024-09-18 08:00:00	2024-09-18 16:00:00
2024-09-19	3	480	480	335	0	132	2024-09-19 12:00:00	2024-09-19 20:00:00
2024-09-20	3	480	480	349	0	201	2024-09-20 12:00:00	2024-09-20 20:00:00
2024-09-21	3	0	0	0	0	0	\N	\N
2024-09-22	3	0	0	0	0	0	\N	\N
2024-09-23	3	480	480	296	0	134	2024-09-23 12:00:00	2024-09-23 20:00:00
2024-09-24	3	480	480	342	0	183	2024-09-24 12:00:00	2024-09-24 20:00:00
2024-09-25	3	480	480	298	0	108	2024-09-25 10:00:00	2024-09-25 18:00:00
2024-09-26	3	480	480	336	0	171	2024-09-26 10:00:00	2024-09-26 18:00:00
2024-09-27	3	480	480	346	0	153	2024-09-27 10:00:00	2024-09-27 18:00:00
2024-09-28	3	0	0	0	0	0	\N	\N
2024-09-29	3	0	0	0	0	0	\N	\N
2024-09-30	3	480	480	288	0	102	2024-09-30 08:00:00	2024-09-30 16:00:00
2024-10-01	3	480	480	311	0	134	2024-10-01 08:00:00	2024-10-01 16:00:00
2024-10-02	3	0	0	0	0	0	\N	\N
2024-10-03	3	0	0	0	0	0	\N	\N
2024-10-04	3	480	480	330	0	119	2024-10-04 08:00:00	2024-10-04 16:00:00
2024-10-05	3	480	480	317	0	104	2024-10-05 09:00:00	2024-10-05 17:00:00
2024-10-06	3	480	480	349	0	180	2024-10-06 10:00:00	2024-10-06 18:00:00
2024-10-07	3	480	480	269	85	163	2024-10-07 12:00:00	2024-10-07 20:00:00
2024-10-08	3	480	480	343	39	189	2024-10-08 08:00:00	2024-10-08 16:00:00
2024-10-09	3	480	480	385	0	213	2024-10-09 08:00:00	2024-10-09 16:00:00
2024-10-10	3	480	480	364	0	141	2024-10-10 12:00:00	2024-10-10 20:00:00
2024-10-11	3	480	480	324	82	194	2024-10-11 12:00:00	2024-10-11 20:00:00
2024-10-12	3	0	0	0	0	0	\N	\N
2024-10-13	3	0	0	0	0	0	\N	\N
2024-10-14	3	480	480	338	0	182	2024-10-14 12:00:00	2024-10-14 20:00:00
2024-10-15	3	480	480	299	44	173	2024-10-15 12:00:00	2024-10-15 20:00:00
2024-10-16	3	480	480	355	0	142	2024-10-16 10:00:00	2024-10-16 18:00:00
2024-10-17	3	480	480	411	0	135	2024-10-17 10:00:00	2024-10-17 18:00:00
2024-10-18	3	480	480	337	126	236	2024-10-18 10:00:00	2024-10-18 18:00:00
2024-10-19	3	0	0	0	0	0	\N	\N
2024-10-20	3	0	0	0	0	0	\N	\N
2024-10-21	3	480	480	338	0	144	2024-10-21 08:00:00	2024-10-21 16:00:00
2024-10-22	3	480	480	310	0	182	2024-10-22 08:00:00	2024-10-22 16:00:00
2024-10-23	3	0	0	0	0	0	\N	\N
2024-10-24	3	0	0	0	0	0	\N	\N
2024-10-25	3	480	480	374	36	225	2024-10-25 08:00:00	2024-10-25 16:00:00
2024-10-26	3	480	480	361	0	181	2024-10-26 09:00:00	2024-10-26 17:00:00
2024-10-27	3	480	480	289	0	134	2024-10-27 10:00:00	2024-10-27 18:00:00
2024-10-28	3	480	480	300	0	124	2024-10-28 12:00:00	2024-10-28 20:00:00
2024-10-29	3	480	480	365	0	115	2024-10-29 08:00:00	2024-10-29 16:00:00
2024-10-30	3	480	480	342	0	166	2024-10-30 08:00:00	2024-10-30 16:00:00
2024-10-31	3	480	480	349	283	319	2024-10-31 12:00:00	2024-10-31 20:00:00
2024-11-01	3	480	480	331	0	185	2024-11-01 12:00:00	2024-11-01 20:00:00
2024-11-02	3	0	0	0	0	0	\N	\N
2024-11-03	3	0	0	0	0	0	\N	\N
2024-11-04	3	480	480	366	0	204	2024-11-04 12:00:00	2024-11-04 20:00:00
2024-11-05	3	480	480	350	0	202	2024-11-05 12:00:00	2024-11-05 20:00:00
2024-11-06	3	480	480	382	0	183	2024-11-06 10:00:00	2024-11-06 18:00:00
2024-11-07	3	480	480	354	9	144	2024-11-07 12:00:00	2024-11-07 20:00:00
2024-11-08	3	480	480	365	0	151	2024-11-08 12:00:00	2024-11-08 20:00:00
2024-11-09	3	0	0	0	0	0	\N	\N
2024-11-10	3	0	0	0	0	0	\N	\N
2024-11-11	3	480	480	339	0	181	2024-11-11 08:00:00	2024-11-11 16:00:00
2024-11-12	3	480	480	392	0	138	2024-11-12 08:00:00	2024-11-12 16:00:00
2024-11-13	3	0	0	0	0	0	\N	\N
2024-11-14	3	0	0	0	0	0	\N	\N
2024-11-15	3	480	480	331	0	192	2024-11-15 08:00:00	2024-11-15 16:00:00
2024-11-16	3	480	480	373	48	195	2024-11-16 09:00:00	2024-11-16 17:00:00
2024-11-17	3	480	480	379	0	210	2024-11-17 10:00:00	2024-11-17 18:00:00
2024-11-18	3	480	480	347	0	166	2024-11-18 12:00:00	2024-11-18 20:00:00
2024-11-19	3	480	480	377	54	161	2024-11-19 08:00:00	2024-11-19 16:00:00
2024-11-20	3	480	480	269	0	117	2024-11-20 08:00:00	2024-11-20 16:00:00
2024-11-21	3	480	480	339	0	152	2024-11-21 12:00:00	2024-11-21 20:00:00
2024-11-22	3	480	480	308	0	107	2024-11-22 12:00:00	2024-11-22 20:00:00
2024-11-23	3	0	0	0	0	0	\N	\N
2024-11-24	3	0	0	0	0	0	\N	\N
2024-11-25	3	480	480	316	81	202	2024-11-25 12:00:00	2024-11-25 20:00:00
2024-11-26	3	480	480	356	0	204	2024-11-26 12:00:00	2024-11-26 20:00:00
2024-11-27	3	480	480	300	0	159	2024-11-27 10:00:00	2024-11-27 18:00:00
2024-11-28	3	480	480	330	66	204	2024-11-28 10:00:00	2024-11-28 18:00:00
2024-11-29	3	480	480	308	161	207	2024-11-29 12:00:00	2024-11-29 20:00:00
2024-11-30	3	0	0	0	0	0	\N	\N
2024-12-01	3	0	0	0	0	0	\N	\N
2024-12-02	3	480	480	328	80	204	2024-12-02 08:00:00	2024-12-02 16:00:00
2024-12-03	3	480	480	344	0	192	2024-12-03 08:00:00	2024-12-03 16:00:00
2024-12-04	3	0	0	0	0	0	\N	\N
2024-12-05	3	0	0	0	0	0	\N	\N
2024-12-06	3	480	480	314	40	196	2024-12-06 08:00:00	2024-12-06 16:00:00
2024-12-07	3	480	480	312	0	129	2024-12-07 09:00:00	2024-12-07 17:00:00
2024-12-08	3	480	480	358	0	115	2024-12-08 10:00:00	2024-12-08 18:00:00
2024-12-09	3	480	480	258	0	118	2024-12-09 12:00:00	2024-12-09 20:00:00
2024-12-10	3	480	480	0	0	0	2024-12-10 12:00:00	2024-12-10 20:00:00
2024-12-11	3	480	480	367	0	170	2024-12-11 08:00:00	2024-12-11 16:00:00
2024-12-12	3	480	480	318	0	126	2024-12-12 12:00:00	2024-12-12 20:00:00
2024-12-13	3	480	480	338	0	196	2024-12-13 12:00:00	2024-12-13 20:00:00
2024-12-14	3	0	0	0	0	0	\N	\N
2024-12-15	3	0	0	0	0	0	\N	\N
2024-12-16	3	480	480	348	132	247	2024-12-16 12:00:00	2024-12-16 20:00:00
2024-12-17	3	480	480	331	102	221	2024-12-17 12:00:00	2024-12-17 20:00:00
2024-12-18	3	480	480	299	0	168	2024-12-18 10:00:00	2024-12-18 18:00:00
2024-12-19	3	480	480	329	0	106	2024-12-19 10:00:00	2024-12-19 18:00:00
2024-12-20	3	480	480	331	0	133	2024-12-20 10:00:00	2024-12-20 18:00:00
2024-12-21	3	0	0	0	0	0	\N	\N
2024-12-22	3	0	0	0	0	0	\N	\N
2024-12-23	3	480	480	344	114	223	2024-12-23 08:00:00	2024-12-23 16:00:00
2024-12-24	3	480	480	352	0	148	2024-12-24 08:00:00	2024-12-24 16:00:00
2024-12-25	3	0	0	0	0	0	\N	\N
2024-12-26	3	0	0	0	0	0	\N	\N
2024-12-27	3	480	480	341	0	165	2024-12-27 08:00:00	2024-12-27 16:00:00
2024-12-28	3	480	480	296	0	93	2024-12-28 09:00:00	2024-12-28 17:00:00
2024-12-29	3	480	480	370	0	211	2024-12-29 10:00:00	2024-12-29 18:00:00
2024-12-30	3	480	480	345	0	187	2024-12-30 12:00:00	2024-12-30 20:00:00
2024-12-31	3	480	480	0	0	0	2024-12-31 12:00:00	2024-12-31 20:00:00
2025-01-01	3	480	480	310	0	150	2025-01-01 08:00:00	2025-01-01 16:00:00
2025-01-02	3	480	480	343	0	169	2025-01-02 12:00:00	2025-01-02 20:00:00
2025-01-03	3	480	480	332	0	156	2025-01-03 12:00:00	2025-01-03 20:00:00
2025-01-04	3	0	0	0	0	0	\N	\N
2025-01-05	3	0	0	0	0	0	\N	\N
2025-01-06	3	480	480	326	0	106	2025-01-06 12:00:00	2025-01-06 20:00:00
2025-01-07	3	480	480	344	0	158	2025-01-07 12:00:00	2025-01-07 20:00:00
2025-01-08	3	480	480	355	0	112	2025-01-08 10:00:00	2025-01-08 18:00:00
2025-01-09	3	480	480	308	10	130	2025-01-09 10:00:00	2025-01-09 18:00:00
2025-01-10	3	480	480	360	150	270	2025-01-10 10:00:00	2025-01-10 18:00:00
2025-01-11	3	0	0	0	0	0	\N	\N
2025-01-12	3	0	0	0	0	0	\N	\N
2025-01-13	3	480	480	325	0	118	2025-01-13 08:00:00	2025-01-13 16:00:00
2025-01-14	3	480	480	360	205	280	2025-01-14 08:00:00	2025-01-14 16:00:00
2025-01-15	3	0	0	0	0	0	\N	\N
2025-01-16	3	0	0	0	0	0	\N	\N
2025-01-17	3	480	480	349	138	217	2025-01-17 08:00:00	2025-01-17 16:00:00
2025-01-18	3	480	480	317	0	103	2025-01-18 09:00:00	2025-01-18 17:00:00
2025-01-19	3	480	480	304	0	98	2025-01-19 10:00:00	2025-01-19 18:00:00
2025-01-20	3	480	480	308	9	165	2025-01-20 12:00:00	2025-01-20 20:00:00
2025-01-21	3	480	480	315	65	182	2025-01-21 08:00:00	2025-01-21 16:00:00
2025-01-22	3	480	480	349	88	190	2025-01-22 08:00:00	2025-01-22 16:00:00
2025-01-23	3	480	480	371	8	221	2025-01-23 12:00:00	2025-01-23 20:00:00
2025-01-24	3	480	480	371	200	256	2025-01-24 12:00:00	2025-01-24 20:00:00
2025-01-25	3	0	0	0	0	0	\N	\N
2025-01-26	3	0	0	0	0	0	\N	\N
2025-01-27	3	480	480	339	292	311	2025-01-27 12:00:00	2025-01-27 20:00:00
2025-01-28	3	480	480	300	0	95	2025-01-28 12:00:00	2025-01-28 20:00:00
2025-01-29	3	480	480	344	153	258	2025-01-29 10:00:00	2025-01-29 18:00:00
2025-01-30	3	480	480	375	73	181	2025-01-30 10:00:00	2025-01-30 18:00:00
2025-01-31	3	480	480	349	0	180	2025-01-31 10:00:00	2025-01-31 18:00:00
2025-02-01	3	0	0	0	0	0	\N	\N
2025-02-02	3	0	0	0	0	0	\N	\N
2025-02-03	3	480	480	356	0	212	2025-02-03 08:00:00	2025-02-03 16:00:00
2025-02-04	3	480	480	322	100	207	2025-02-04 08:00:00	2025-02-04 16:00:00
2025-02-05	3	0	0	0	0	0	\N	\N
2025-02-06	3	0	0	0	0	0	\N	\N
2025-02-07	3	480	480	329	0	184	2025-02-07 08:00:00	2025-02-07 16:00:00
2025-02-08	3	480	480	307	51	185	2025-02-08 09:00:00	2025-02-08 17:00:00
2025-02-09	3	480	480	356	0	183	2025-02-09 10:00:00	2025-02-09 18:00:00
2025-02-10	3	480	480	367	0	112	2025-02-10 12:00:00	2025-02-10 20:00:00
2025-02-11	3	480	480	315	77	187	2025-02-11 08:00:00	2025-02-11 16:00:00
2025-02-12	3	480	480	332	0	137	2025-02-12 08:00:00	2025-02-12 16:00:00
2025-02-13	3	480	480	325	0	143	2025-02-13 12:00:00	2025-02-13 20:00:00
2025-02-14	3	480	480	386	0	129	2025-02-14 12:00:00	2025-02-14 20:00:00
2025-02-15	3	0	0	0	0	0	\N	\N
2025-02-16	3	0	0	0	0	0	\N	\N
2025-02-17	3	480	480	335	0	166	2025-02-17 12:00:00	2025-02-17 20:00:00
2025-02-18	3	480	480	327	0	183	2025-02-18 12:00:00	2025-02-18 20:00:00
2025-02-19	3	480	480	323	64	215	2025-02-19 10:00:00	2025-02-19 18:00:00
2025-02-20	3	480	480	367	0	145	2025-02-20 10:00:00	2025-02-20 18:00:00
2025-02-21	3	480	480	326	0	140	2025-02-21 10:00:00	2025-02-21 18:00:00
2025-02-22	3	0	0	0	0	0	\N	\N
2025-02-23	3	0	0	0	0	0	\N	\N
2025-02-24	3	480	480	359	118	215	2025-02-24 08:00:00	2025-02-24 16:00:00
2025-02-25	3	480	480	354	129	243	2025-02-25 08:00:00	2025-02-25 16:00:00
2025-02-26	3	0	0	0	0	0	\N	\N
2025-02-27	3	0	0	0	0	0	\N	\N
2025-02-28	3	480	480	265	0	158	2025-02-28 08:00:00	2025-02-28 16:00:00
2025-03-01	3	480	480	365	0	190	2025-03-01 09:00:00	2025-03-01 17:00:00
2025-03-02	3	480	480	327	0	120	2025-03-02 10:00:00	2025-03-02 18:00:00
2025-03-03	3	480	480	345	345	345	2025-03-03 12:00:00	2025-03-03 20:00:00
2025-03-04	3	480	480	298	41	130	2025-03-04 08:00:00	2025-03-04 16:00:00
2025-03-05	3	480	480	320	28	147	2025-03-05 08:00:00	2025-03-05 16:00:00
2025-03-06	3	480	480	325	0	99	2025-03-06 12:00:00	2025-03-06 20:00:00
2025-03-07	3	480	480	327	69	203	2025-03-07 12:00:00	2025-03-07 20:00:00
2025-03-08	3	0	0	0	0	0	\N	\N
2025-03-09	3	0	0	0	0	0	\N	\N
2025-03-10	3	480	480	343	0	116	2025-03-10 12:00:00	2025-03-10 20:00:00
2025-03-11	3	480	480	332	0	162	2025-03-11 12:00:00	2025-03-11 20:00:00
2025-03-12	3	480	480	328	0	149	2025-03-12 10:00:00	2025-03-12 18:00:00
2025-03-13	3	480	480	340	0	129	2025-03-13 10:00:00	2025-03-13 18:00:00
2025-03-14	3	480	480	367	64	192	2025-03-14 10:00:00	2025-03-14 18:00:00
2025-03-15	3	0	0	0	0	0	\N	\N
2025-03-16	3	0	0	0	0	0	\N	\N
2025-03-17	3	480	480	339	0	102	2025-03-17 08:00:00	2025-03-17 16:00:00
2025-03-18	3	480	480	352	0	204	2025-03-18 08:00:00	2025-03-18 16:00:00
2025-03-19	3	0	0	0	0	0	\N	\N
2025-03-20	3	0	0	0	0	0	\N	\N
2025-03-21	3	480	480	348	0	148	2025-03-21 08:00:00	2025-03-21 16:00:00
2025-03-22	3	480	480	308	0	106	2025-03-22 09:00:00	2025-03-22 17:00:00
2025-03-23	3	480	480	304	143	207	2025-03-23 10:00:00	2025-03-23 18:00:00
2025-03-24	3	480	480	333	0	117	2025-03-24 12:00:00	2025-03-24 20:00:00
2025-03-25	3	480	480	331	0	152	2025-03-25 08:00:00	2025-03-25 16:00:00
2025-03-26	3	480	480	321	0	156	2025-03-26 08:00:00	2025-03-26 16:00:00
2025-03-27	3	480	480	323	0	104	2025-03-27 12:00:00	2025-03-27 20:00:00
2025-03-28	3	480	480	294	0	161	2025-03-28 12:00:00	2025-03-28 20:00:00
2025-03-29	3	0	0	0	0	0	\N	\N
2025-03-30	3	0	0	0	0	0	\N	\N
2025-03-31	3	480	480	348	0	164	2025-03-31 12:00:00	2025-03-31 20:00:00
2025-04-01	3	480	480	329	0	162	2025-04-01 08:00:00	2025-04-01 16:00:00
2025-04-02	3	480	480	338	0	197	2025-04-02 12:00:00	2025-04-02 20:00:00
2025-04-03	3	480	480	389	0	183	2025-04-03 10:00:00	2025-04-03 18:00:00
2025-04-04	3	480	480	308	0	170	2025-04-04 10:00:00	2025-04-04 18:00:00
2025-04-05	3	0	0	0	0	0	\N	\N
2025-04-06	3	0	0	0	0	0	\N	\N
2025-04-07	3	480	480	355	0	203	2025-04-07 08:00:00	2025-04-07 16:00:00
2025-04-08	3	480	480	337	0	182	2025-04-08 08:00:00	2025-04-08 16:00:00
2025-04-09	3	0	0	0	0	0	\N	\N
2025-04-10	3	0	0	0	0	0	\N	\N
2025-04-11	3	480	480	281	0	135	2025-04-11 08:00:00	2025-04-11 16:00:00
2025-04-12	3	480	480	312	0	131	2025-04-12 09:00:00	2025-04-12 17:00:00
2025-04-13	3	480	480	344	0	143	2025-04-13 10:00:00	2025-04-13 18:00:00
2025-04-14	3	480	480	374	0	193	2025-04-14 12:00:00	2025-04-14 20:00:00
2025-04-15	3	480	480	315	0	173	2025-04-15 08:00:00	2025-04-15 16:00:00
2025-04-16	3	480	480	345	81	165	2025-04-16 08:00:00	2025-04-16 16:00:00
2025-04-17	3	480	480	346	0	182	2025-04-17 12:00:00	2025-04-17 20:00:00
2025-04-18	3	480	480	343	0	167	2025-04-18 12:00:00	2025-04-18 20:00:00
2025-04-19	3	0	0	0	0	0	\N	\N
2025-04-20	3	0	0	0	0	0	\N	\N
2025-04-21	3	480	480	358	23	157	2025-04-21 12:00:00	2025-04-21 20:00:00
2025-04-22	3	480	480	321	145	207	2025-04-22 12:00:00	2025-04-22 20:00:00
2025-04-23	3	480	480	392	0	223	2025-04-23 10:00:00	2025-04-23 18:00:00
2025-04-24	3	480	480	325	19	171	2025-04-24 10:00:00	2025-04-24 18:00:00
2025-04-25	3	480	480	382	81	219	2025-04-25 10:00:00	2025-04-25 18:00:00
2025-04-26	3	0	0	0	0	0	\N	\N
2025-04-27	3	0	0	0	0	0	\N	\N
2025-04-28	3	480	480	307	57	166	2025-04-28 08:00:00	2025-04-28 16:00:00
2025-04-29	3	480	480	352	197	257	2025-04-29 08:00:00	2025-04-29 16:00:00
2025-04-30	3	0	0	0	0	0	\N	\N
2025-05-01	3	0	0	0	0	0	\N	\N
2025-05-02	3	480	480	386	0	178	2025-05-02 08:00:00	2025-05-02 16:00:00
2025-05-03	3	480	480	367	0	126	2025-05-03 09:00:00	2025-05-03 17:00:00
2025-05-04	3	480	480	312	0	127	2025-05-04 10:00:00	2025-05-04 18:00:00
2025-05-05	3	480	480	344	0	171	2025-05-05 12:00:00	2025-05-05 20:00:00
2025-05-06	3	480	480	0	0	0	2025-05-06 12:00:00	2025-05-06 20:00:00
2025-05-07	3	480	480	0	0	0	2025-05-07 12:00:00	2025-05-07 20:00:00
2025-05-08	3	480	480	0	0	0	2025-05-08 10:00:00	2025-05-08 18:00:00
2025-05-09	3	480	480	368	119	211	2025-05-09 12:00:00	2025-05-09 20:00:00
2025-05-10	3	0	0	0	0	0	\N	\N
2025-05-11	3	0	0	0	0	0	\N	\N
2025-05-12	3	480	480	337	0	158	2025-05-12 12:00:00	2025-05-12 20:00:00
2025-05-13	3	480	480	363	0	174	2025-05-13 12:00:00	2025-05-13 20:00:00
2025-05-14	3	480	480	340	0	110	2025-05-14 10:00:00	2025-05-14 18:00:00
2025-05-15	3	480	480	375	0	211	2025-05-15 10:00:00	2025-05-15 18:00:00
2025-05-16	3	480	480	316	0	130	2025-05-16 10:00:00	2025-05-16 18:00:00
2025-05-17	3	0	0	0	0	0	\N	\N
2025-05-18	3	0	0	0	0	0	\N	\N
2025-05-19	3	480	480	359	81	223	2025-05-19 08:00:00	2025-05-19 16:00:00
2025-05-20	3	480	480	316	0	108	2025-05-20 08:00:00	2025-05-20 16:00:00
2025-05-21	3	0	0	0	0	0	\N	\N
2025-05-22	3	0	0	0	0	0	\N	\N
2025-05-23	3	480	480	287	147	215	2025-05-23 08:00:00	2025-05-23 16:00:00
2025-05-24	3	480	480	358	0	164	2025-05-24 09:00:00	2025-05-24 17:00:00
2025-05-25	3	480	480	280	51	159	2025-05-25 10:00:00	2025-05-25 18:00:00
2025-05-26	3	480	480	321	0	152	2025-05-26 12:00:00	2025-05-26 20:00:00
2025-05-27	3	480	480	336	199	252	2025-05-27 08:00:00	2025-05-27 16:00:00
2025-05-28	3	480	480	376	0	129	2025-05-28 08:00:00	2025-05-28 16:00:00
2025-05-29	3	480	480	360	0	177	2025-05-29 12:00:00	2025-05-29 20:00:00
2025-05-30	3	480	480	290	20	165	2025-05-30 12:00:00	2025-05-30 20:00:00
2025-05-31	3	0	0	0	0	0	\N	\N
2025-06-01	3	0	0	0	0	0	\N	\N
2025-06-02	3	480	480	330	0	157	2025-06-02 12:00:00	2025-06-02 20:00:00
2025-06-03	3	480	480	330	90	211	2025-06-03 12:00:00	2025-06-03 20:00:00
2025-06-04	3	480	480	314	195	233	2025-06-04 10:00:00	2025-06-04 18:00:00
2025-06-05	3	480	480	349	95	201	2025-06-05 10:00:00	2025-06-05 18:00:00
2025-06-06	3	480	480	348	0	141	2025-06-06 10:00:00	2025-06-06 18:00:00
2025-06-07	3	0	0	0	0	0	\N	\N
2025-06-08	3	0	0	0	0	0	\N	\N
2025-06-09	3	480	480	341	45	138	2025-06-09 08:00:00	2025-06-09 16:00:00
2025-06-10	3	480	480	307	0	105	2025-06-10 08:00:00	2025-06-10 16:00:00
2025-06-11	3	0	0	0	0	0	\N	\N
2025-06-12	3	0	0	0	0	0	\N	\N
2025-06-13	3	480	480	343	0	163	2025-06-13 08:00:00	2025-06-13 16:00:00
2025-06-14	3	480	480	316	34	187	2025-06-14 09:00:00	2025-06-14 17:00:00
2025-06-15	3	480	480	359	0	133	2025-06-15 10:00:00	2025-06-15 18:00:00
2025-06-16	3	480	480	391	0	226	2025-06-16 12:00:00	2025-06-16 20:00:00
2025-06-17	3	480	480	339	0	124	2025-06-17 08:00:00	2025-06-17 16:00:00
2025-06-18	3	480	480	317	317	317	2025-06-18 08:00:00	2025-06-18 16:00:00
2025-06-19	3	480	480	344	344	344	2025-06-19 12:00:00	2025-06-19 20:00:00
2025-06-20	3	480	480	392	312	348	2025-06-20 12:00:00	2025-06-20 20:00:00
2025-06-21	3	0	0	0	0	0	\N	\N
2025-06-22	3	0	0	0	0	0	\N	\N
2025-06-23	3	480	480	349	0	136	2025-06-23 12:00:00	2025-06-23 20:00:00
2025-06-24	3	480	480	335	0	132	2025-06-24 12:00:00	2025-06-24 20:00:00
2025-06-25	3	480	480	359	0	128	2025-06-25 10:00:00	2025-06-25 18:00:00
2025-06-26	3	480	480	383	51	220	2025-06-26 10:00:00	2025-06-26 18:00:00
2025-06-27	3	480	480	383	180	301	2025-06-27 10:00:00	2025-06-27 18:00:00
2025-06-28	3	0	0	0	0	0	\N	\N
2025-06-29	3	0	0	0	0	0	\N	\N
2025-06-30	3	480	480	308	0	124	2025-06-30 08:00:00	2025-06-30 16:00:00
2025-07-01	3	480	480	351	106	219	2025-07-01 08:00:00	2025-07-01 16:00:00
2025-07-02	3	0	0	0	0	0	\N	\N
2025-07-03	3	0	0	0	0	0	\N	\N
2025-07-04	3	480	480	394	188	267	2025-07-04 08:00:00	2025-07-04 16:00:00
2025-07-05	3	480	480	344	0	105	2025-07-05 09:00:00	2025-07-05 17:00:00
2025-07-06	3	480	480	299	0	98	2025-07-06 10:00:00	2025-07-06 18:00:00
2025-07-07	3	480	480	282	6	140	2025-07-07 12:00:00	2025-07-07 20:00:00
2025-07-08	3	480	480	334	252	297	2025-07-08 08:00:00	2025-07-08 16:00:00
2025-07-09	3	480	480	344	0	192	2025-07-09 08:00:00	2025-07-09 16:00:00
2025-07-10	3	480	480	366	0	114	2025-07-10 12:00:00	2025-07-10 20:00:00
2025-07-11	3	480	480	351	0	140	2025-07-11 12:00:00	2025-07-11 20:00:00
2025-07-12	3	0	0	0	0	0	\N	\N
2025-07-13	3	0	0	0	0	0	\N	\N
2025-07-14	3	480	480	372	0	152	2025-07-14 12:00:00	2025-07-14 20:00:00
2025-07-15	3	480	480	0	0	0	2025-07-15 12:00:00	2025-07-15 20:00:00
2025-07-16	3	480	480	323	141	234	2025-07-16 10:00:00	2025-07-16 18:00:00
2025-07-17	3	480	480	274	9	141	2025-07-17 10:00:00	2025-07-17 18:00:00
2025-07-18	3	480	480	325	121	199	2025-07-18 10:00:00	2025-07-18 18:00:00
2025-07-19	3	0	0	0	0	0	\N	\N
2025-07-20	3	0	0	0	0	0	\N	\N
2025-07-21	3	480	480	370	0	187	2025-07-21 08:00:00	2025-07-21 16:00:00
2025-07-22	3	480	480	348	0	196	2025-07-22 08:00:00	2025-07-22 16:00:00
2025-07-23	3	0	0	0	0	0	\N	\N
2025-07-24	3	0	0	0	0	0	\N	\N
2025-07-25	3	480	480	312	55	140	2025-07-25 08:00:00	2025-07-25 16:00:00
2025-07-26	3	480	480	338	0	145	2025-07-26 09:00:00	2025-07-26 17:00:00
2025-07-27	3	480	480	336	0	126	2025-07-27 10:00:00	2025-07-27 18:00:00
2025-07-28	3	480	480	335	0	142	2025-07-28 12:00:00	2025-07-28 20:00:00
2025-07-29	3	480	480	357	357	357	2025-07-29 08:00:00	2025-07-29 16:00:00
2025-07-30	3	480	480	384	200	299	2025-07-30 08:00:00	2025-07-30 16:00:00
2025-07-31	3	480	480	335	84	194	2025-07-31 12:00:00	2025-07-31 20:00:00
2025-08-01	3	480	480	341	0	177	2025-08-01 12:00:00	2025-08-01 20:00:00
2025-08-02	3	0	0	0	0	0	\N	\N
2025-08-03	3	0	0	0	0	0	\N	\N
2025-08-04	3	480	480	317	0	137	2025-08-04 12:00:00	2025-08-04 20:00:00
2025-08-05	3	480	480	349	0	206	2025-08-05 12:00:00	2025-08-05 20:00:00
2025-08-06	3	480	480	298	30	120	2025-08-06 10:00:00	2025-08-06 18:00:00
2025-08-07	3	480	480	373	157	272	2025-08-07 10:00:00	2025-08-07 18:00:00
2025-08-08	3	480	480	284	0	140	2025-08-08 10:00:00	2025-08-08 18:00:00
2025-08-09	3	0	0	0	0	0	\N	\N
2025-08-10	3	0	0	0	0	0	\N	\N
2025-08-11	3	480	480	336	0	151	2025-08-11 08:00:00	2025-08-11 16:00:00
2025-08-12	3	480	480	340	0	136	2025-08-12 08:00:00	2025-08-12 16:00:00
2025-08-13	3	0	0	0	0	0	\N	\N
2025-08-14	3	0	0	0	0	0	\N	\N
2025-08-15	3	480	480	335	0	143	2025-08-15 08:00:00	2025-08-15 16:00:00
2025-08-16	3	480	480	298	0	139	2025-08-16 09:00:00	2025-08-16 17:00:00
2025-08-17	3	480	480	358	0	130	2025-08-17 10:00:00	2025-08-17 18:00:00
2025-08-18	3	480	480	375	69	218	2025-08-18 12:00:00	2025-08-18 20:00:00
2025-08-19	3	480	480	366	290	317	2025-08-19 08:00:00	2025-08-19 16:00:00
2025-08-20	3	480	480	358	35	158	2025-08-20 08:00:00	2025-08-20 16:00:00
2025-08-21	3	480	480	296	0	137	2025-08-21 12:00:00	2025-08-21 20:00:00
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
