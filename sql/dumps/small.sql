-- seeder 0.1.0: synthetic customer-support dataset
-- tickets=500 customers=120 agents=3 seed=42 start=2023-09-15 end=2025-08-21
-- parameters sha256=4019694a24b62f525477588ac1209fa198c4ad162ba30b61546a140447f19654 (`seed config` prints them)
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
TKT-00001	phone	complaint	rude service	closed	speakers	1	english	t	f	2023-09-16 15:20:52	2023-09-16 17:34:01	2023-09-16 15:29:10	2.08	2.22	9	\N
TKT-00002	phone	rma	replacement unit request	closed	headphones	3	french	f	f	2023-09-18 09:34:38	2023-09-19 20:57:39	2023-09-18 13:03:05	31.91	35.38	107	\N
TKT-00003	email	troubleshooting	bluetooth pairing fails	closed	headphones	2	english	t	f	2023-09-18 10:04:06	2023-09-18 11:24:02	2023-09-18 10:49:42	0.57	1.33	47	\N
TKT-00004	chat	rma	warranty repair request	closed	headphones	3	french	f	f	2023-09-18 12:01:58	2023-09-25 08:19:35	2023-09-18 16:55:55	159.39	164.29	66	\N
TKT-00005	chat	product	which amplifier for my speakers	closed	amplifiers	2	french	t	f	2023-09-18 12:51:59	2023-09-18 13:12:18	2023-09-18 13:04:21	0.13	0.34	67	5
TKT-00006	chat	finance	invoice request	closed	headphones	1	french	f	f	2023-09-19 15:51:42	2023-09-20 18:22:22	2023-09-19 18:03:41	24.31	26.51	66	3
TKT-00007	email	troubleshooting	hum or crackling noise	closed	turntables	1	french	f	f	2023-09-20 08:32:50	2023-09-21 18:36:11	2023-09-20 11:16:43	31.32	34.06	35	\N
TKT-00008	email	finance	vat invoice for my business	closed	amplifiers	1	french	f	f	2023-09-21 10:46:54	2023-09-22 21:42:06	2023-09-21 12:44:58	32.95	34.92	11	\N
TKT-00009	email	finance	payment failed	closed	headphones	1	german	f	f	2023-09-25 12:55:33	2023-09-27 10:33:59	2023-09-25 18:33:18	40.01	45.64	33	3
TKT-00010	email	logistics	return label needed	closed	amplifiers	1	french	f	f	2023-09-25 14:59:34	2023-10-06 23:41:33	2023-09-25 17:17:28	270.40	272.70	72	3
TKT-00011	phone	troubleshooting	bluetooth pairing fails	closed	headphones	3	english	f	f	2023-09-26 09:20:23	2023-09-27 01:36:43	2023-09-26 11:01:04	14.59	16.27	92	\N
TKT-00012	phone	troubleshooting	connection keeps dropping	closed	turntables	3	english	f	t	2023-09-26 13:00:31	2023-09-29 08:31:00	2023-09-26 15:41:15	64.83	67.51	56	\N
TKT-00013	chat	troubleshooting	bluetooth pairing fails	closed	headphones	3	french	f	f	2023-09-26 15:38:18	2023-09-27 14:07:47	2023-09-26 19:47:15	18.34	22.49	112	4
TKT-00014	phone	troubleshooting	hum or crackling noise	closed	speakers	1	french	f	f	2023-09-26 18:14:05	2023-09-28 22:03:01	2023-09-26 19:13:03	50.83	51.82	3	\N
TKT-00015	email	finance	invoice request	closed	turntables	3	french	f	f	2023-09-27 06:33:31	2023-09-27 19:25:53	2023-09-27 13:53:33	5.54	12.87	14	\N
TKT-00016	email	logistics	order not delivered yet	closed	speakers	3	french	t	f	2023-09-29 15:33:33	2023-09-29 16:47:05	2023-09-29 16:14:09	0.55	1.23	22	4
TKT-00017	email	complaint	unhappy with the repair	closed	turntables	2	english	f	f	2023-09-30 10:03:56	2023-10-01 15:38:19	2023-09-30 15:10:24	24.47	29.57	109	\N
TKT-00018	email	troubleshooting	distorted sound	closed	turntables	2	french	t	f	2023-09-30 14:21:45	2023-09-30 17:10:23	2023-09-30 16:55:33	0.25	2.81	34	4
TKT-00019	chat	troubleshooting	hum or crackling noise	closed	speakers	2	german	t	f	2023-09-30 14:37:32	2023-09-30 15:05:50	2023-09-30 14:46:39	0.32	0.47	75	3
TKT-00020	email	complaint	unhappy with the repair	closed	turntables	2	german	f	t	2023-10-02 08:37:05	2023-10-03 23:42:57	2023-10-02 15:13:59	32.48	39.10	110	\N
TKT-00021	phone	complaint	long waiting time	closed	speakers	3	english	f	f	2023-10-02 19:24:30	2023-10-04 22:54:10	2023-10-02 19:44:52	51.16	51.49	15	4
TKT-00022	email	product	app features	closed	headphones	3	english	t	f	2023-10-03 15:58:04	2023-10-03 16:58:41	2023-10-03 16:43:40	0.25	1.01	15	5
TKT-00023	phone	product	which amplifier for my speakers	closed	amplifiers	2	german	t	f	2023-10-04 18:12:23	2023-10-04 18:40:06	2023-10-04 18:20:26	0.33	0.46	110	5
TKT-00024	phone	logistics	parcel arrived damaged	closed	amplifiers	1	french	f	f	2023-10-05 10:45:30	2023-10-06 00:15:27	2023-10-05 16:43:57	7.52	13.50	96	\N
TKT-00025	phone	complaint	long waiting time	closed	speakers	1	english	f	f	2023-10-08 10:45:09	2023-10-10 00:20:55	2023-10-08 13:01:45	35.32	37.60	39	2
TKT-00026	email	troubleshooting	bluetooth pairing fails	closed	speakers	2	german	t	f	2023-10-10 13:55:28	2023-10-10 14:44:58	2023-10-10 14:38:34	0.11	0.82	83	5
TKT-00027	email	troubleshooting	no sound	closed	headphones	1	english	t	f	2023-10-10 17:17:56	2023-10-10 18:31:43	2023-10-10 18:14:08	0.29	1.23	36	\N
TKT-00028	chat	complaint	recurring fault	closed	speakers	1	german	f	f	2023-10-11 10:07:54	2023-10-13 06:22:35	2023-10-11 14:10:42	40.20	44.24	4	3
TKT-00029	email	logistics	order not delivered yet	closed	turntables	2	french	f	f	2023-10-11 18:45:56	2023-10-13 06:08:48	2023-10-12 12:06:12	18.04	35.38	115	\N
TKT-00030	email	logistics	return label needed	closed	speakers	2	french	t	f	2023-10-13 11:38:18	2023-10-13 12:18:13	2023-10-13 12:09:24	0.15	0.67	49	\N
TKT-00031	phone	rma	replacement unit request	closed	speakers	2	french	f	f	2023-10-13 13:29:05	2023-10-16 10:35:25	2023-10-13 18:15:35	64.33	69.11	112	\N
TKT-00032	email	rma	warranty repair request	closed	speakers	2	english	f	f	2023-10-16 10:10:48	2023-10-25 16:33:12	2023-10-16 15:36:14	216.95	222.37	56	4
TKT-00033	email	troubleshooting	no sound	closed	turntables	3	french	f	f	2023-10-16 14:08:55	2023-10-17 17:17:56	2023-10-16 17:11:48	24.10	27.15	10	\N
TKT-00034	chat	logistics	tracking not updating	closed	speakers	3	german	f	f	2023-10-17 10:55:32	2023-10-23 09:47:35	2023-10-17 11:47:29	142.00	142.87	104	\N
TKT-00035	phone	rma	warranty repair request	closed	headphones	3	french	f	f	2023-10-20 09:37:02	2023-11-11 14:04:35	2023-10-20 15:39:49	526.41	532.46	67	\N
TKT-00036	email	rma	repair status update	closed	amplifiers	1	french	f	f	2023-10-20 19:07:12	2023-11-03 10:49:23	2023-10-20 19:59:55	326.82	327.70	29	\N
TKT-00037	email	product	technical specifications	closed	headphones	3	english	t	f	2023-10-24 11:07:31	2023-10-24 13:16:48	2023-10-24 13:11:31	0.09	2.15	97	\N
TKT-00038	phone	product	which amplifier for my speakers	closed	headphones	3	french	t	f	2023-10-24 12:38:14	2023-10-24 13:07:01	2023-10-24 12:45:31	0.36	0.48	52	\N
TKT-00039	phone	logistics	parcel arrived damaged	closed	headphones	3	french	f	f	2023-10-24 13:06:49	2023-10-25 14:28:24	2023-10-24 14:46:07	23.70	25.36	52	\N
TKT-00040	email	finance	refund not received	closed	headphones	1	french	f	f	2023-10-26 09:58:24	2023-10-26 23:16:24	2023-10-26 18:24:23	4.87	13.30	113	\N
TKT-00041	email	logistics	tracking not updating	closed	headphones	3	german	f	f	2023-10-26 10:24:33	2023-10-27 03:34:24	2023-10-26 14:55:35	12.65	17.16	24	\N
TKT-00042	phone	logistics	change of delivery address	closed	turntables	3	french	t	f	2023-10-26 17:11:18	2023-10-26 17:40:51	2023-10-26 17:16:34	0.40	0.49	49	4
TKT-00043	chat	troubleshooting	connection keeps dropping	closed	headphones	1	german	f	f	2023-10-27 11:25:57	2023-10-28 14:36:10	2023-10-27 16:03:42	22.54	27.17	43	4
TKT-00044	phone	logistics	wrong item delivered	closed	headphones	1	french	f	t	2023-10-27 12:23:14	2023-11-02 05:05:38	2023-10-27 15:48:54	133.28	136.71	74	\N
TKT-00045	phone	troubleshooting	connection keeps dropping	closed	speakers	3	german	f	f	2023-10-27 16:12:02	2023-10-28 07:28:02	2023-10-27 19:29:57	11.97	15.27	117	\N
TKT-00046	chat	logistics	change of delivery address	closed	headphones	1	english	t	f	2023-10-28 13:28:52	2023-10-28 15:06:42	2023-10-28 13:41:05	1.43	1.63	105	\N
TKT-00047	email	complaint	issue still unresolved	closed	headphones	1	french	f	t	2023-10-31 18:46:45	2023-11-04 11:15:42	2023-10-31 19:59:52	87.26	88.48	60	2
TKT-00048	phone	logistics	wrong item delivered	closed	headphones	3	french	t	f	2023-11-03 13:10:41	2023-11-03 13:47:39	2023-11-03 13:22:02	0.43	0.62	1	\N
TKT-00049	phone	product	which amplifier for my speakers	closed	speakers	3	french	t	f	2023-11-06 15:20:39	2023-11-06 15:43:14	2023-11-06 15:36:11	0.12	0.38	112	\N
TKT-00050	chat	logistics	parts missing from the box	closed	headphones	1	english	t	f	2023-11-07 14:09:32	2023-11-07 14:39:43	2023-11-07 14:17:47	0.37	0.50	119	5
TKT-00051	email	finance	refund not received	closed	turntables	2	english	f	f	2023-11-12 08:44:24	2023-11-14 10:01:16	2023-11-12 14:04:09	43.95	49.28	18	\N
TKT-00052	email	product	compatibility question	closed	headphones	2	english	t	f	2023-11-13 14:47:49	2023-11-13 15:36:13	2023-11-13 15:25:13	0.18	0.81	36	\N
TKT-00053	phone	complaint	recurring fault	closed	headphones	1	english	f	f	2023-11-15 12:47:55	2023-11-20 05:26:02	2023-11-15 17:29:56	107.94	112.64	105	\N
TKT-00054	phone	logistics	change of delivery address	closed	headphones	1	french	t	f	2023-11-15 13:03:35	2023-11-15 13:42:48	2023-11-15 13:17:08	0.43	0.65	93	4
TKT-00055	chat	logistics	order not delivered yet	closed	amplifiers	2	german	t	f	2023-11-15 17:14:00	2023-11-15 17:38:53	2023-11-15 17:21:57	0.28	0.41	70	\N
TKT-00056	phone	troubleshooting	no sound	closed	speakers	1	french	f	f	2023-11-16 11:00:09	2023-11-17 05:58:47	2023-11-16 14:17:55	15.68	18.98	20	3
TKT-00057	email	troubleshooting	power or battery problem	closed	turntables	3	english	f	f	2023-11-16 13:31:04	2023-11-17 02:49:32	2023-11-16 17:09:13	9.67	13.31	57	\N
TKT-00058	chat	product	app features	closed	headphones	1	english	t	f	2023-11-17 09:41:45	2023-11-17 10:06:39	2023-11-17 10:02:21	0.07	0.42	101	4
TKT-00059	email	troubleshooting	bluetooth pairing fails	closed	turntables	1	german	f	f	2023-11-17 11:53:05	2023-11-18 05:13:36	2023-11-17 14:17:11	14.94	17.34	85	4
TKT-00060	chat	troubleshooting	no sound	closed	amplifiers	1	french	t	f	2023-11-18 10:25:10	2023-11-18 11:55:30	2023-11-18 10:57:42	0.96	1.51	32	\N
TKT-00061	chat	troubleshooting	no sound	closed	headphones	2	german	t	f	2023-11-20 15:41:28	2023-11-20 16:08:59	2023-11-20 15:48:09	0.35	0.46	12	2
TKT-00062	phone	rma	repair status update	closed	turntables	1	english	f	t	2023-11-20 17:37:36	2023-12-08 05:50:19	2023-11-20 19:48:48	418.03	420.21	82	\N
TKT-00063	chat	troubleshooting	no sound	closed	amplifiers	3	english	f	f	2023-11-21 09:18:40	2023-11-22 08:19:40	2023-11-21 13:31:27	18.80	23.02	56	4
TKT-00064	email	troubleshooting	no sound	closed	amplifiers	2	german	t	f	2023-11-23 15:24:27	2023-11-23 16:49:48	2023-11-23 16:35:03	0.25	1.42	7	\N
TKT-00065	phone	product	stylus or cartridge recommendation	closed	headphones	3	german	t	f	2023-11-24 11:52:18	2023-11-24 12:02:07	2023-11-24 11:57:07	0.08	0.16	83	\N
TKT-00066	phone	troubleshooting	no sound	closed	amplifiers	3	french	t	f	2023-11-26 14:14:49	2023-11-26 14:35:39	2023-11-26 14:26:34	0.15	0.35	1	5
TKT-00067	phone	product	app features	closed	headphones	1	english	t	f	2023-11-28 13:04:59	2023-11-28 13:54:53	2023-11-28 13:14:26	0.67	0.83	77	\N
TKT-00068	phone	logistics	parcel arrived damaged	closed	headphones	1	french	t	f	2023-12-01 11:50:29	2023-12-01 12:19:41	2023-12-01 11:54:57	0.41	0.49	20	\N
TKT-00069	email	product	app features	closed	turntables	2	english	t	f	2023-12-03 19:35:36	2023-12-04 08:38:23	2023-12-04 08:32:18	0.10	13.05	27	\N
TKT-00070	phone	troubleshooting	no sound	closed	headphones	3	english	t	f	2023-12-05 12:26:53	2023-12-05 13:07:30	2023-12-05 12:38:14	0.49	0.68	69	5
TKT-00071	email	troubleshooting	hum or crackling noise	closed	turntables	3	german	f	t	2023-12-05 14:40:14	2023-12-06 21:55:45	2023-12-05 18:19:55	27.60	31.26	106	\N
TKT-00072	phone	logistics	wrong item delivered	closed	speakers	3	german	t	f	2023-12-05 15:35:29	2023-12-05 16:22:27	2023-12-05 15:50:01	0.54	0.78	41	5
TKT-00073	phone	complaint	issue still unresolved	closed	amplifiers	2	english	f	f	2023-12-06 14:58:21	2023-12-23 13:19:10	2023-12-06 17:21:56	403.95	406.35	81	3
TKT-00074	phone	troubleshooting	power or battery problem	closed	speakers	1	german	f	f	2023-12-10 12:18:16	2023-12-11 07:45:56	2023-12-10 15:51:53	15.90	19.46	33	\N
TKT-00075	chat	troubleshooting	no sound	closed	headphones	2	english	t	f	2023-12-11 17:39:42	2023-12-11 18:10:40	2023-12-11 17:49:14	0.36	0.52	27	5
TKT-00076	phone	product	compatibility question	closed	turntables	2	german	t	f	2023-12-12 17:07:54	2023-12-12 17:21:49	2023-12-12 17:15:42	0.10	0.23	24	4
TKT-00077	phone	logistics	return label needed	closed	speakers	1	english	f	f	2023-12-13 10:45:46	2023-12-14 03:41:40	2023-12-13 15:45:54	11.93	16.93	101	\N
TKT-00078	phone	finance	invoice request	closed	turntables	1	english	f	f	2023-12-13 15:54:34	2023-12-16 04:53:37	2023-12-13 19:55:19	56.97	60.98	47	2
TKT-00079	phone	troubleshooting	distorted sound	closed	speakers	2	english	f	t	2023-12-15 15:36:33	2023-12-17 05:40:45	2023-12-15 18:09:54	35.51	38.07	2	\N
TKT-00080	chat	finance	invoice request	closed	speakers	2	english	f	t	2023-12-18 10:38:17	2023-12-23 07:34:49	2023-12-18 14:48:11	112.78	116.94	103	\N
TKT-00081	email	troubleshooting	bluetooth pairing fails	closed	speakers	3	french	f	f	2023-12-19 09:06:43	2023-12-21 19:37:26	2023-12-19 12:23:57	55.22	58.51	1	\N
TKT-00082	chat	logistics	tracking not updating	closed	amplifiers	3	french	t	f	2023-12-20 12:13:31	2023-12-20 12:43:09	2023-12-20 12:25:47	0.29	0.49	49	3
TKT-00083	chat	finance	refund not received	closed	turntables	3	german	f	f	2023-12-20 15:40:49	2023-12-24 09:20:20	2023-12-20 15:52:39	89.46	89.66	17	1
TKT-00084	chat	logistics	wrong item delivered	closed	amplifiers	2	french	t	f	2023-12-22 08:46:32	2023-12-22 09:19:00	2023-12-22 08:54:53	0.40	0.54	35	3
TKT-00085	phone	troubleshooting	power or battery problem	closed	speakers	3	german	t	f	2023-12-22 15:34:37	2023-12-22 15:46:46	2023-12-22 15:41:45	0.08	0.20	106	\N
TKT-00086	phone	finance	payment failed	closed	headphones	2	german	f	f	2023-12-23 16:45:50	2023-12-24 13:14:38	2023-12-23 16:59:21	20.25	20.48	51	\N
TKT-00087	phone	rma	warranty repair request	closed	turntables	2	english	f	f	2023-12-24 14:14:12	2023-12-26 21:39:46	2023-12-24 15:53:38	53.77	55.43	101	\N
TKT-00088	phone	product	app features	closed	headphones	1	english	t	f	2023-12-27 10:03:13	2023-12-27 10:12:38	2023-12-27 10:07:21	0.09	0.16	64	\N
TKT-00089	phone	troubleshooting	firmware update failed	closed	headphones	1	english	t	f	2023-12-28 08:39:57	2023-12-28 08:50:21	2023-12-28 08:43:34	0.11	0.17	92	\N
TKT-00090	email	logistics	change of delivery address	closed	turntables	3	english	f	f	2023-12-28 10:47:55	2024-01-07 01:21:47	2023-12-28 17:12:59	224.15	230.56	63	\N
TKT-00091	chat	product	compatibility question	closed	turntables	3	english	t	f	2023-12-29 10:42:10	2023-12-29 11:17:33	2023-12-29 10:55:03	0.38	0.59	13	5
TKT-00092	phone	rma	repair status update	closed	turntables	2	german	t	f	2023-12-29 14:13:02	2023-12-29 14:51:01	2023-12-29 14:25:56	0.42	0.63	70	5
TKT-00093	chat	complaint	long waiting time	closed	speakers	1	french	f	f	2023-12-30 10:29:18	2023-12-31 13:54:33	2023-12-30 14:37:04	23.29	27.42	66	5
TKT-00094	chat	logistics	order not delivered yet	closed	speakers	3	french	f	f	2024-01-01 08:20:11	2024-01-03 05:16:30	2024-01-01 10:24:47	42.86	44.94	115	\N
TKT-00095	email	logistics	order not delivered yet	closed	headphones	2	french	f	f	2024-01-02 10:34:34	2024-01-03 03:53:11	2024-01-02 17:41:07	10.20	17.31	80	4
TKT-00096	phone	troubleshooting	distorted sound	closed	speakers	2	french	t	f	2024-01-02 10:53:03	2024-01-02 11:28:58	2024-01-02 11:03:48	0.42	0.60	35	\N
TKT-00097	phone	product	stock availability	closed	amplifiers	2	english	t	f	2024-01-02 12:37:35	2024-01-02 13:09:36	2024-01-02 12:43:48	0.43	0.53	44	\N
TKT-00098	phone	troubleshooting	bluetooth pairing fails	closed	headphones	2	english	t	f	2024-01-02 17:05:32	2024-01-02 17:29:35	2024-01-02 17:10:25	0.32	0.40	58	\N
TKT-00099	phone	logistics	order not delivered yet	closed	headphones	3	english	f	f	2024-01-05 10:43:04	2024-01-07 12:14:59	2024-01-05 13:24:46	46.84	49.53	99	4
TKT-00100	phone	troubleshooting	distorted sound	closed	speakers	3	german	t	f	2024-01-05 15:55:45	2024-01-05 16:11:47	2024-01-05 16:00:14	0.19	0.27	102	\N
TKT-00101	phone	logistics	tracking not updating	closed	amplifiers	1	french	f	f	2024-01-05 16:18:07	2024-01-06 02:37:22	2024-01-05 18:46:35	7.85	10.32	32	2
TKT-00102	phone	troubleshooting	power or battery problem	closed	amplifiers	3	english	f	t	2024-01-06 09:32:40	2024-01-07 05:52:29	2024-01-06 12:06:35	17.76	20.33	16	\N
TKT-00103	chat	troubleshooting	distorted sound	closed	amplifiers	2	german	f	f	2024-01-08 11:44:50	2024-01-08 20:48:54	2024-01-08 12:43:18	8.09	9.07	42	\N
TKT-00104	phone	troubleshooting	no sound	closed	headphones	3	english	f	f	2024-01-08 12:37:12	2024-01-12 13:17:04	2024-01-08 13:32:21	95.75	96.66	71	\N
TKT-00105	chat	logistics	return label needed	closed	turntables	3	english	f	f	2024-01-10 10:40:54	2024-01-11 06:05:50	2024-01-10 14:31:08	15.58	19.42	76	\N
TKT-00106	phone	logistics	return label needed	closed	speakers	3	french	f	f	2024-01-11 17:32:35	2024-01-15 14:40:51	2024-01-11 19:48:15	90.88	93.14	108	\N
TKT-00107	chat	troubleshooting	firmware update failed	closed	speakers	2	german	t	f	2024-01-12 10:55:00	2024-01-12 11:36:39	2024-01-12 11:05:31	0.52	0.69	75	\N
TKT-00108	phone	product	compatibility question	closed	amplifiers	2	german	t	f	2024-01-12 12:08:40	2024-01-12 12:20:23	2024-01-12 12:17:25	0.05	0.20	17	\N
TKT-00109	email	troubleshooting	power or battery problem	closed	headphones	2	english	f	f	2024-01-14 15:24:22	2024-01-16 02:04:45	2024-01-15 10:10:50	15.90	34.67	23	\N
TKT-00110	chat	logistics	order not delivered yet	closed	headphones	2	german	t	f	2024-01-15 09:15:12	2024-01-15 09:38:38	2024-01-15 09:25:53	0.21	0.39	68	5
TKT-00111	phone	logistics	wrong item delivered	closed	speakers	3	german	t	f	2024-01-15 12:12:02	2024-01-15 12:39:46	2024-01-15 12:27:39	0.20	0.46	25	\N
TKT-00112	chat	troubleshooting	bluetooth pairing fails	closed	headphones	3	german	t	f	2024-01-16 12:51:32	2024-01-16 13:04:17	2024-01-16 13:00:26	0.06	0.21	4	4
TKT-00113	phone	rma	warranty repair request	closed	speakers	1	french	f	f	2024-01-17 12:13:13	2024-01-18 12:48:09	2024-01-17 17:29:08	19.32	24.58	35	4
TKT-00114	email	troubleshooting	connection keeps dropping	closed	headphones	1	french	f	f	2024-01-18 21:52:58	2024-01-20 06:30:55	2024-01-19 10:41:42	19.82	32.63	72	3
TKT-00115	phone	troubleshooting	no sound	closed	headphones	3	english	f	f	2024-01-19 14:35:14	2024-01-20 10:29:55	2024-01-19 18:12:59	16.28	19.91	18	\N
TKT-00116	email	finance	vat invoice for my business	closed	amplifiers	1	german	f	f	2024-01-21 09:43:02	2024-01-22 20:10:00	2024-01-21 14:33:56	29.60	34.45	51	3
TKT-00117	chat	product	stock availability	closed	speakers	1	french	t	f	2024-01-21 15:04:46	2024-01-21 15:33:52	2024-01-21 15:15:33	0.31	0.48	115	\N
TKT-00118	phone	finance	payment failed	closed	speakers	2	french	f	f	2024-01-22 14:09:41	2024-01-23 05:23:22	2024-01-22 18:19:20	11.07	15.23	22	3
TKT-00119	phone	product	compatibility question	closed	headphones	2	english	t	f	2024-01-25 14:53:57	2024-01-25 15:06:32	2024-01-25 15:01:55	0.08	0.21	18	5
TKT-00120	chat	product	stylus or cartridge recommendation	closed	headphones	2	french	t	f	2024-01-26 16:05:25	2024-01-26 16:20:18	2024-01-26 16:15:05	0.09	0.25	80	\N
TKT-00121	phone	troubleshooting	power or battery problem	closed	speakers	1	german	t	f	2024-01-26 16:36:52	2024-01-26 16:55:03	2024-01-26 16:39:53	0.25	0.30	75	5
TKT-00122	phone	troubleshooting	distorted sound	closed	speakers	3	german	t	f	2024-01-27 11:01:56	2024-01-27 11:23:23	2024-01-27 11:04:43	0.31	0.36	79	\N
TKT-00123	chat	rma	warranty repair request	closed	amplifiers	3	english	f	f	2024-01-28 13:54:39	2024-02-03 05:13:18	2024-01-28 15:27:08	133.77	135.31	2	3
TKT-00124	chat	logistics	order not delivered yet	closed	turntables	1	german	f	f	2024-01-30 15:07:12	2024-02-01 17:47:11	2024-01-30 15:55:11	49.87	50.67	42	4
TKT-00125	email	complaint	recurring fault	closed	headphones	2	english	t	f	2024-02-04 17:02:09	2024-02-05 10:08:10	2024-02-05 09:17:15	0.85	17.10	6	\N
TKT-00126	email	complaint	recurring fault	closed	speakers	3	english	f	f	2024-02-05 17:50:10	2024-02-06 06:35:52	2024-02-05 19:15:36	11.34	12.76	78	\N
TKT-00127	phone	finance	refund not received	closed	speakers	2	french	f	f	2024-02-06 09:23:40	2024-02-12 20:30:49	2024-02-06 11:12:43	153.30	155.12	20	1
TKT-00128	email	troubleshooting	power or battery problem	closed	turntables	3	french	t	f	2024-02-06 12:11:03	2024-02-06 14:25:26	2024-02-06 14:12:21	0.22	2.24	22	\N
TKT-00129	chat	troubleshooting	bluetooth pairing fails	closed	headphones	1	german	t	f	2024-02-08 09:32:18	2024-02-08 09:46:19	2024-02-08 09:36:17	0.17	0.23	106	\N
TKT-00130	chat	logistics	change of delivery address	closed	headphones	3	german	f	f	2024-02-12 15:46:59	2024-02-15 03:37:43	2024-02-12 17:33:35	58.07	59.85	87	3
TKT-00131	chat	rma	collection for repair	closed	headphones	1	english	f	f	2024-02-12 16:07:50	2024-02-23 01:09:38	2024-02-12 18:53:00	246.28	249.03	64	2
TKT-00132	email	rma	warranty repair request	closed	speakers	1	english	t	f	2024-02-13 16:33:08	2024-02-13 17:51:58	2024-02-13 17:41:26	0.18	1.31	81	\N
TKT-00133	phone	troubleshooting	distorted sound	closed	speakers	1	english	f	t	2024-02-15 12:43:24	2024-02-16 22:23:06	2024-02-15 17:44:36	28.64	33.66	6	\N
TKT-00134	chat	finance	invoice request	closed	speakers	1	german	f	f	2024-02-16 13:39:09	2024-02-19 20:07:53	2024-02-16 18:01:40	74.10	78.48	33	3
TKT-00135	phone	finance	charged twice	closed	amplifiers	3	english	f	f	2024-02-20 08:56:52	2024-02-21 14:12:37	2024-02-20 10:47:52	27.41	29.26	2	\N
TKT-00136	phone	logistics	return label needed	closed	headphones	3	french	t	f	2024-02-21 09:33:05	2024-02-21 10:05:59	2024-02-21 09:57:02	0.15	0.55	1	4
TKT-00137	chat	finance	invoice request	closed	speakers	1	french	f	f	2024-02-22 17:19:01	2024-02-24 22:41:58	2024-02-22 18:06:41	52.59	53.38	67	3
TKT-00138	email	troubleshooting	connection keeps dropping	closed	amplifiers	3	german	f	f	2024-02-23 17:43:43	2024-02-23 22:49:29	2024-02-23 18:29:49	4.33	5.10	51	4
TKT-00139	chat	logistics	parts missing from the box	closed	headphones	2	english	t	f	2024-02-25 15:46:45	2024-02-25 15:56:24	2024-02-25 15:53:27	0.05	0.16	78	\N
TKT-00140	phone	troubleshooting	no sound	closed	amplifiers	2	french	f	f	2024-02-26 13:43:53	2024-02-27 04:22:09	2024-02-26 18:24:39	9.96	14.64	108	4
TKT-00141	phone	logistics	change of delivery address	closed	headphones	1	german	f	f	2024-02-28 08:52:28	2024-02-29 16:59:56	2024-02-28 14:01:51	26.97	32.12	68	4
TKT-00142	email	troubleshooting	distorted sound	closed	speakers	1	english	f	f	2024-03-02 13:53:32	2024-03-03 18:40:20	2024-03-02 15:35:20	27.08	28.78	119	\N
TKT-00143	email	troubleshooting	distorted sound	closed	amplifiers	1	german	f	t	2024-03-03 13:00:21	2024-03-09 03:40:44	2024-03-03 15:52:05	131.81	134.67	25	\N
TKT-00144	phone	troubleshooting	no sound	closed	headphones	2	english	t	f	2024-03-05 11:31:07	2024-03-05 11:41:25	2024-03-05 11:36:31	0.08	0.17	47	5
TKT-00145	phone	troubleshooting	firmware update failed	closed	headphones	2	german	t	f	2024-03-05 16:54:18	2024-03-05 17:06:10	2024-03-05 16:59:14	0.12	0.20	19	\N
TKT-00146	email	rma	replacement unit request	closed	headphones	1	german	f	f	2024-03-06 09:19:28	2024-03-16 18:17:45	2024-03-06 17:23:34	240.90	248.97	42	\N
TKT-00147	email	logistics	order not delivered yet	closed	turntables	1	french	f	f	2024-03-06 09:47:10	2024-03-10 11:38:33	2024-03-06 14:21:33	93.28	97.86	74	\N
TKT-00148	chat	logistics	wrong item delivered	closed	speakers	1	german	t	f	2024-03-06 15:49:58	2024-03-06 16:02:09	2024-03-06 15:52:56	0.15	0.20	61	3
TKT-00149	email	troubleshooting	hum or crackling noise	closed	headphones	2	english	t	f	2024-03-06 17:31:51	2024-03-06 19:08:44	2024-03-06 18:46:21	0.37	1.61	103	\N
TKT-00150	phone	finance	vat invoice for my business	closed	headphones	1	german	f	f	2024-03-07 09:38:05	2024-03-11 08:05:38	2024-03-07 11:48:33	92.28	94.46	83	\N
TKT-00151	phone	product	compatibility question	closed	headphones	1	german	t	f	2024-03-13 13:33:34	2024-03-13 13:54:34	2024-03-13 13:46:14	0.14	0.35	86	\N
TKT-00152	chat	troubleshooting	bluetooth pairing fails	closed	turntables	3	english	f	f	2024-03-14 15:45:49	2024-03-15 00:43:09	2024-03-14 18:13:56	6.49	8.96	9	\N
TKT-00153	phone	troubleshooting	power or battery problem	closed	speakers	2	english	f	t	2024-03-15 15:45:20	2024-03-23 00:31:31	2024-03-15 19:20:25	173.18	176.77	78	\N
TKT-00154	chat	troubleshooting	distorted sound	closed	headphones	2	english	t	f	2024-03-16 15:10:52	2024-03-16 15:26:10	2024-03-16 15:23:03	0.05	0.26	46	\N
TKT-00155	phone	product	compatibility question	closed	turntables	2	french	t	f	2024-03-16 16:09:09	2024-03-16 16:24:43	2024-03-16 16:17:30	0.12	0.26	34	\N
TKT-00156	phone	finance	charged twice	closed	speakers	2	german	f	t	2024-03-19 11:59:27	2024-03-21 00:16:28	2024-03-19 16:48:14	31.47	36.28	51	\N
TKT-00157	phone	complaint	recurring fault	closed	headphones	1	german	f	f	2024-03-21 13:50:37	2024-03-25 15:25:00	2024-03-21 16:26:59	94.97	97.57	7	3
TKT-00158	chat	complaint	issue still unresolved	closed	turntables	1	german	t	f	2024-03-22 13:03:07	2024-03-22 14:46:50	2024-03-22 13:24:15	1.38	1.73	85	5
TKT-00159	email	rma	warranty repair request	closed	speakers	1	german	f	f	2024-03-25 18:40:56	2024-04-01 08:58:44	2024-03-25 19:59:07	156.99	158.30	42	\N
TKT-00160	email	logistics	order not delivered yet	closed	turntables	2	french	f	f	2024-03-29 13:55:17	2024-03-30 19:27:57	2024-03-29 19:57:26	23.51	29.54	60	\N
TKT-00161	phone	troubleshooting	distorted sound	closed	speakers	1	english	t	f	2024-03-29 17:59:57	2024-03-29 19:37:05	2024-03-29 18:03:05	1.57	1.62	46	\N
TKT-00162	chat	complaint	long waiting time	closed	headphones	2	french	t	f	2024-04-01 09:14:11	2024-04-01 09:48:15	2024-04-01 09:28:58	0.32	0.57	73	\N
TKT-00163	chat	rma	warranty repair request	closed	headphones	3	english	f	f	2024-04-01 12:17:36	2024-04-16 15:40:36	2024-04-01 16:04:37	359.60	363.38	63	1
TKT-00164	email	logistics	return label needed	closed	amplifiers	1	german	f	f	2024-04-02 16:04:56	2024-04-05 09:41:02	2024-04-02 19:50:59	61.83	65.60	53	3
TKT-00165	phone	finance	payment failed	closed	speakers	1	french	f	f	2024-04-03 14:58:37	2024-04-04 07:18:17	2024-04-03 17:47:17	13.52	16.33	35	\N
TKT-00166	chat	troubleshooting	distorted sound	closed	headphones	2	german	t	f	2024-04-04 08:03:39	2024-04-04 08:13:12	2024-04-04 08:10:14	0.05	0.16	104	5
TKT-00167	email	troubleshooting	bluetooth pairing fails	closed	headphones	1	german	f	f	2024-04-05 12:42:32	2024-04-05 23:00:11	2024-04-05 18:49:34	4.18	10.29	102	\N
TKT-00168	email	product	which amplifier for my speakers	closed	speakers	2	french	t	f	2024-04-08 14:53:15	2024-04-08 15:43:35	2024-04-08 15:18:45	0.41	0.84	108	\N
TKT-00169	email	logistics	order not delivered yet	closed	headphones	2	german	f	t	2024-04-09 09:23:19	2024-04-13 08:20:52	2024-04-09 15:40:23	88.67	94.96	89	\N
TKT-00170	phone	troubleshooting	connection keeps dropping	closed	turntables	2	english	t	f	2024-04-11 16:34:58	2024-04-11 16:44:34	2024-04-11 16:42:07	0.04	0.16	119	\N
TKT-00171	phone	troubleshooting	bluetooth pairing fails	closed	amplifiers	3	english	t	f	2024-04-11 17:26:29	2024-04-11 17:46:56	2024-04-11 17:41:08	0.10	0.34	6	\N
TKT-00172	phone	finance	charged twice	closed	speakers	1	english	f	f	2024-04-12 12:00:54	2024-04-13 05:20:18	2024-04-12 15:35:28	13.75	17.32	6	4
TKT-00173	phone	finance	payment failed	closed	headphones	3	german	f	f	2024-04-15 10:41:41	2024-04-22 23:27:54	2024-04-15 13:49:15	177.64	180.77	79	\N
TKT-00174	chat	troubleshooting	no sound	closed	headphones	1	german	t	f	2024-04-15 16:03:27	2024-04-15 16:19:59	2024-04-15 16:09:53	0.17	0.28	38	\N
TKT-00175	email	troubleshooting	distorted sound	closed	amplifiers	1	german	f	f	2024-04-15 18:44:37	2024-04-16 04:54:04	2024-04-15 19:29:53	9.40	10.16	50	\N
TKT-00176	phone	finance	refund not received	closed	headphones	3	french	f	f	2024-04-16 09:27:27	2024-04-18 21:06:25	2024-04-16 10:33:31	58.55	59.65	91	\N
TKT-00177	email	finance	charged twice	closed	headphones	3	german	f	t	2024-04-16 09:29:31	2024-04-18 10:05:23	2024-04-16 16:58:40	41.11	48.60	75	\N
TKT-00178	chat	complaint	long waiting time	closed	speakers	1	english	f	f	2024-04-16 13:35:37	2024-04-17 18:33:53	2024-04-16 14:12:24	28.36	28.97	16	4
TKT-00179	phone	troubleshooting	bluetooth pairing fails	closed	headphones	1	german	t	f	2024-04-16 18:30:46	2024-04-16 18:58:10	2024-04-16 18:55:01	0.05	0.46	12	3
TKT-00180	email	logistics	tracking not updating	closed	amplifiers	1	german	f	f	2024-04-17 08:06:13	2024-04-19 20:43:23	2024-04-17 16:28:50	52.24	60.62	90	2
TKT-00181	email	finance	charged twice	closed	amplifiers	2	english	f	t	2024-04-17 13:46:55	2024-04-18 16:34:15	2024-04-17 18:54:57	21.66	26.79	59	\N
TKT-00182	phone	logistics	order not delivered yet	closed	amplifiers	1	english	f	f	2024-04-18 09:05:57	2024-04-20 21:23:04	2024-04-18 14:55:53	54.45	60.29	92	\N
TKT-00183	chat	logistics	tracking not updating	closed	headphones	2	german	t	f	2024-04-19 17:40:00	2024-04-19 18:11:34	2024-04-19 17:45:06	0.44	0.53	102	\N
TKT-00184	email	troubleshooting	firmware update failed	closed	headphones	2	english	f	f	2024-04-21 14:00:08	2024-04-23 02:11:51	2024-04-22 12:46:08	13.43	36.20	65	\N
TKT-00185	email	complaint	issue still unresolved	closed	amplifiers	1	german	f	f	2024-04-22 07:48:10	2024-04-29 21:32:05	2024-04-22 14:38:31	174.89	181.73	117	\N
TKT-00186	phone	complaint	recurring fault	closed	turntables	1	english	f	t	2024-04-22 17:05:53	2024-05-01 16:22:16	2024-04-22 18:48:25	213.56	215.27	48	4
TKT-00187	phone	product	compatibility question	closed	speakers	3	french	t	f	2024-04-23 08:19:47	2024-04-23 09:10:29	2024-04-23 08:36:30	0.57	0.84	107	\N
TKT-00188	phone	rma	repair status update	closed	headphones	3	german	f	f	2024-04-24 08:12:23	2024-04-26 17:56:22	2024-04-24 13:34:42	52.36	57.73	24	\N
TKT-00189	phone	troubleshooting	bluetooth pairing fails	closed	speakers	2	english	t	f	2024-04-25 14:54:10	2024-04-25 15:20:18	2024-04-25 15:01:02	0.32	0.44	15	\N
TKT-00190	chat	product	compatibility question	closed	headphones	2	german	t	f	2024-04-29 11:31:30	2024-04-29 12:44:33	2024-04-29 11:38:53	1.09	1.22	106	\N
TKT-00191	phone	troubleshooting	bluetooth pairing fails	closed	headphones	2	english	f	t	2024-04-29 15:54:18	2024-05-02 17:01:58	2024-04-29 17:17:51	71.74	73.13	65	\N
TKT-00192	chat	troubleshooting	power or battery problem	closed	speakers	2	german	t	f	2024-04-30 10:58:45	2024-04-30 11:16:30	2024-04-30 11:03:24	0.22	0.30	70	\N
TKT-00193	phone	logistics	change of delivery address	closed	headphones	2	german	t	f	2024-04-30 15:22:15	2024-04-30 15:36:16	2024-04-30 15:31:25	0.08	0.23	17	\N
TKT-00194	email	finance	vat invoice for my business	closed	speakers	1	french	f	f	2024-05-05 08:38:43	2024-05-07 15:56:08	2024-05-05 13:50:32	50.09	55.29	112	4
TKT-00195	phone	logistics	change of delivery address	closed	headphones	3	german	f	f	2024-05-06 09:08:13	2024-05-07 07:54:54	2024-05-06 13:46:05	18.15	22.78	4	\N
TKT-00196	phone	logistics	order not delivered yet	closed	speakers	2	french	f	t	2024-05-06 11:07:23	2024-05-11 01:16:20	2024-05-06 16:21:29	104.91	110.15	26	\N
TKT-00197	phone	logistics	change of delivery address	closed	headphones	2	french	f	f	2024-05-09 17:47:33	2024-05-10 20:53:14	2024-05-09 19:43:37	25.16	27.09	49	\N
TKT-00198	chat	troubleshooting	distorted sound	closed	headphones	3	french	f	f	2024-05-11 16:41:07	2024-05-12 06:08:05	2024-05-11 16:51:57	13.27	13.45	49	3
TKT-00199	email	logistics	wrong item delivered	closed	headphones	2	french	f	f	2024-05-12 15:19:57	2024-05-19 07:43:47	2024-05-13 12:49:17	138.91	160.40	45	\N
TKT-00200	chat	troubleshooting	no sound	closed	speakers	2	french	t	f	2024-05-18 13:53:25	2024-05-18 14:18:55	2024-05-18 14:02:28	0.27	0.42	52	\N
TKT-00201	email	product	stylus or cartridge recommendation	closed	headphones	2	english	t	f	2024-05-23 11:45:50	2024-05-23 13:02:23	2024-05-23 12:54:20	0.13	1.28	78	3
TKT-00202	email	product	which amplifier for my speakers	closed	amplifiers	1	english	t	f	2024-05-25 11:08:27	2024-05-25 12:42:47	2024-05-25 11:57:21	0.76	1.57	92	\N
TKT-00203	email	complaint	issue still unresolved	closed	speakers	3	english	f	f	2024-05-27 09:15:39	2024-05-28 12:50:01	2024-05-27 17:00:39	19.82	27.57	48	3
TKT-00204	phone	troubleshooting	bluetooth pairing fails	closed	speakers	3	english	f	f	2024-05-27 11:49:53	2024-05-28 20:36:09	2024-05-27 16:36:25	28.00	32.77	5	\N
TKT-00205	email	troubleshooting	distorted sound	closed	amplifiers	3	english	t	f	2024-05-27 23:25:17	2024-05-28 09:52:01	2024-05-28 09:12:23	0.66	10.45	78	\N
TKT-00206	phone	complaint	unhappy with the repair	closed	amplifiers	2	german	f	f	2024-05-28 10:42:30	2024-05-30 20:41:45	2024-05-28 13:42:33	54.99	57.99	120	\N
TKT-00207	phone	product	app features	closed	turntables	1	german	t	f	2024-05-29 09:36:39	2024-05-29 09:45:48	2024-05-29 09:42:44	0.05	0.15	87	3
TKT-00208	phone	finance	vat invoice for my business	closed	speakers	3	english	f	f	2024-06-01 09:23:00	2024-06-02 05:19:28	2024-06-01 14:31:37	14.80	19.94	65	\N
TKT-00209	phone	logistics	tracking not updating	closed	amplifiers	3	french	t	f	2024-06-02 11:15:58	2024-06-02 11:39:50	2024-06-02 11:33:00	0.11	0.40	74	5
TKT-00210	phone	troubleshooting	bluetooth pairing fails	closed	turntables	2	french	f	f	2024-06-03 08:29:15	2024-06-04 03:30:34	2024-06-03 09:39:16	17.86	19.02	72	4
TKT-00211	email	troubleshooting	no sound	closed	amplifiers	2	french	f	f	2024-06-03 12:30:02	2024-06-03 22:12:31	2024-06-03 14:56:38	7.26	9.71	26	\N
TKT-00212	chat	finance	invoice request	closed	turntables	1	french	f	f	2024-06-04 14:24:44	2024-06-06 08:05:12	2024-06-04 16:39:50	39.42	41.67	113	\N
TKT-00213	phone	logistics	parts missing from the box	closed	headphones	3	german	t	f	2024-06-05 08:45:35	2024-06-05 09:12:12	2024-06-05 08:57:10	0.25	0.44	24	\N
TKT-00214	email	troubleshooting	no sound	closed	speakers	1	english	f	f	2024-06-05 12:27:58	2024-06-06 08:05:29	2024-06-05 14:36:45	17.48	19.63	103	4
TKT-00215	phone	troubleshooting	bluetooth pairing fails	closed	speakers	2	english	t	f	2024-06-06 08:11:41	2024-06-06 08:32:52	2024-06-06 08:23:10	0.16	0.35	39	5
TKT-00216	email	product	compatibility question	closed	headphones	1	french	t	f	2024-06-06 09:30:14	2024-06-06 10:53:55	2024-06-06 10:30:02	0.40	1.39	62	\N
TKT-00217	chat	logistics	wrong item delivered	closed	speakers	3	english	t	f	2024-06-06 15:59:21	2024-06-06 16:31:25	2024-06-06 16:07:36	0.40	0.53	69	\N
TKT-00218	email	complaint	long waiting time	closed	speakers	2	german	f	f	2024-06-07 08:59:44	2024-06-09 01:57:06	2024-06-07 12:43:27	37.23	40.96	51	\N
TKT-00219	phone	complaint	issue still unresolved	closed	headphones	1	english	f	f	2024-06-07 17:32:48	2024-06-08 00:48:31	2024-06-07 19:18:38	5.50	7.26	46	\N
TKT-00220	email	rma	warranty repair request	closed	speakers	2	german	f	f	2024-06-08 18:29:21	2024-06-11 13:48:10	2024-06-09 13:00:14	48.80	67.31	24	\N
TKT-00221	chat	troubleshooting	firmware update failed	closed	turntables	2	french	f	f	2024-06-10 12:04:33	2024-06-10 17:29:25	2024-06-10 16:08:53	1.34	5.41	10	\N
TKT-00222	email	complaint	recurring fault	closed	headphones	2	french	f	f	2024-06-11 14:31:19	2024-06-12 19:00:06	2024-06-11 16:27:04	26.55	28.48	35	3
TKT-00223	chat	troubleshooting	firmware update failed	closed	amplifiers	3	french	f	t	2024-06-12 11:07:28	2024-06-14 22:27:14	2024-06-12 11:56:54	58.51	59.33	40	4
TKT-00224	chat	troubleshooting	bluetooth pairing fails	closed	speakers	1	german	f	f	2024-06-13 08:03:00	2024-06-14 06:44:17	2024-06-13 13:57:04	16.79	22.69	50	\N
TKT-00225	email	rma	return authorisation needed	closed	headphones	3	german	f	f	2024-06-17 09:10:14	2024-06-24 03:25:06	2024-06-17 15:36:19	155.81	162.25	17	1
TKT-00226	phone	logistics	change of delivery address	closed	headphones	2	english	f	t	2024-06-17 12:04:58	2024-06-20 15:12:03	2024-06-17 13:28:41	73.72	75.12	5	\N
TKT-00227	chat	complaint	unhappy with the repair	closed	speakers	1	german	f	t	2024-06-17 12:15:31	2024-07-11 16:04:02	2024-06-17 14:05:31	577.98	579.81	120	2
TKT-00228	chat	rma	replacement unit request	closed	headphones	2	english	f	f	2024-06-18 12:46:46	2024-06-23 03:09:21	2024-06-18 15:52:02	107.29	110.38	98	3
TKT-00229	email	product	which amplifier for my speakers	closed	headphones	1	french	t	f	2024-06-18 14:19:33	2024-06-19 09:43:49	2024-06-19 09:33:57	0.16	19.40	1	5
TKT-00230	chat	finance	invoice request	closed	speakers	2	english	f	f	2024-06-19 13:59:00	2024-06-29 16:16:36	2024-06-19 15:31:35	240.75	242.29	119	\N
TKT-00231	email	logistics	order not delivered yet	closed	speakers	1	french	f	t	2024-06-19 14:54:50	2024-06-28 11:43:13	2024-06-19 18:48:13	208.92	212.81	49	2
TKT-00232	email	complaint	long waiting time	closed	amplifiers	3	german	f	f	2024-06-21 09:41:12	2024-06-21 20:01:18	2024-06-21 11:35:19	8.43	10.34	7	\N
TKT-00233	email	logistics	tracking not updating	closed	amplifiers	3	english	f	f	2024-06-22 08:10:37	2024-06-23 10:29:12	2024-06-22 16:40:49	17.81	26.31	54	2
TKT-00234	phone	finance	refund not received	closed	speakers	3	english	f	f	2024-06-22 11:15:47	2024-06-25 02:13:12	2024-06-22 14:04:48	60.14	62.96	97	3
TKT-00235	email	rma	collection for repair	closed	speakers	2	english	f	f	2024-06-28 07:33:26	2024-07-01 06:09:09	2024-06-28 15:10:14	62.98	70.60	6	\N
TKT-00236	chat	complaint	issue still unresolved	closed	headphones	2	french	f	t	2024-06-30 14:39:30	2024-07-06 17:33:30	2024-06-30 15:42:41	145.85	146.90	1	\N
TKT-00237	phone	troubleshooting	power or battery problem	closed	speakers	3	english	f	f	2024-07-02 15:14:00	2024-07-04 04:15:43	2024-07-02 19:25:00	32.85	37.03	77	\N
TKT-00238	chat	troubleshooting	hum or crackling noise	closed	speakers	3	english	f	f	2024-07-03 15:14:09	2024-07-03 20:51:59	2024-07-03 18:28:27	2.39	5.63	109	\N
TKT-00239	chat	logistics	return label needed	closed	speakers	1	german	f	f	2024-07-05 09:40:33	2024-07-14 07:58:43	2024-07-05 10:37:55	213.35	214.30	7	\N
TKT-00240	phone	finance	invoice request	closed	speakers	2	german	f	f	2024-07-08 17:35:48	2024-07-09 22:53:22	2024-07-08 19:37:50	27.26	29.29	17	\N
TKT-00241	chat	troubleshooting	no sound	closed	headphones	1	french	t	f	2024-07-09 16:11:30	2024-07-09 16:41:06	2024-07-09 16:19:41	0.36	0.49	26	\N
TKT-00242	email	troubleshooting	distorted sound	closed	amplifiers	1	english	f	f	2024-07-11 15:17:26	2024-07-12 01:49:55	2024-07-11 18:47:18	7.04	10.54	76	\N
TKT-00243	phone	finance	invoice request	closed	headphones	2	french	f	f	2024-07-11 16:44:42	2024-07-13 00:20:07	2024-07-11 18:09:28	30.18	31.59	80	\N
TKT-00244	phone	logistics	order not delivered yet	closed	speakers	1	german	f	f	2024-07-12 19:17:28	2024-07-15 13:52:16	2024-07-12 19:50:26	66.03	66.58	94	3
TKT-00245	phone	product	compatibility question	closed	turntables	3	english	t	f	2024-07-17 10:35:44	2024-07-17 11:37:00	2024-07-17 10:53:37	0.72	1.02	82	4
TKT-00246	phone	troubleshooting	bluetooth pairing fails	closed	speakers	2	german	f	f	2024-07-24 17:56:40	2024-07-27 11:44:03	2024-07-24 18:23:46	65.34	65.79	42	\N
TKT-00247	phone	product	app features	closed	headphones	1	french	t	f	2024-07-27 11:33:48	2024-07-27 12:16:03	2024-07-27 11:46:45	0.49	0.70	1	\N
TKT-00248	phone	logistics	tracking not updating	closed	headphones	1	french	t	f	2024-07-28 15:53:14	2024-07-28 16:08:31	2024-07-28 15:55:24	0.22	0.25	3	\N
TKT-00249	phone	finance	invoice request	closed	speakers	3	german	f	f	2024-07-29 13:51:28	2024-07-30 18:42:30	2024-07-29 19:48:38	22.90	28.85	70	\N
TKT-00250	phone	finance	charged twice	closed	headphones	3	german	f	f	2024-07-30 08:52:26	2024-07-30 17:29:49	2024-07-30 14:15:54	3.23	8.62	120	\N
TKT-00251	phone	product	compatibility question	closed	headphones	1	english	t	f	2024-08-01 11:42:28	2024-08-01 12:06:06	2024-08-01 11:55:19	0.18	0.39	119	\N
TKT-00252	phone	troubleshooting	distorted sound	closed	headphones	3	english	f	f	2024-08-06 14:32:58	2024-08-06 21:20:58	2024-08-06 15:14:40	6.10	6.80	97	\N
TKT-00253	phone	logistics	wrong item delivered	closed	headphones	3	english	t	f	2024-08-07 09:35:00	2024-08-07 09:52:51	2024-08-07 09:42:41	0.17	0.30	58	5
TKT-00254	chat	complaint	poor delivery experience	closed	turntables	3	french	f	f	2024-08-08 19:11:27	2024-08-09 15:18:41	2024-08-08 19:43:44	19.58	20.12	115	\N
TKT-00255	phone	product	compatibility question	closed	amplifiers	2	french	t	f	2024-08-12 11:10:10	2024-08-12 11:25:45	2024-08-12 11:16:26	0.16	0.26	67	\N
TKT-00256	phone	troubleshooting	connection keeps dropping	closed	speakers	3	french	f	t	2024-08-13 14:23:16	2024-08-13 23:52:51	2024-08-13 19:17:53	4.58	9.49	112	\N
TKT-00257	chat	logistics	change of delivery address	closed	turntables	2	english	f	f	2024-08-14 16:43:00	2024-08-15 10:20:32	2024-08-14 17:56:07	16.41	17.63	6	\N
TKT-00258	chat	finance	refund not received	closed	amplifiers	2	german	f	f	2024-08-16 18:23:40	2024-08-21 09:31:29	2024-08-16 19:58:16	109.55	111.13	41	2
TKT-00259	email	troubleshooting	power or battery problem	closed	headphones	1	german	f	f	2024-08-17 09:52:21	2024-08-19 14:52:01	2024-08-17 16:52:09	46.00	52.99	4	\N
TKT-00260	phone	logistics	tracking not updating	closed	speakers	1	german	t	f	2024-08-17 10:49:54	2024-08-17 11:04:27	2024-08-17 10:56:00	0.14	0.24	110	\N
TKT-00261	email	logistics	order not delivered yet	closed	headphones	1	english	t	f	2024-08-18 09:39:51	2024-08-18 11:36:02	2024-08-18 11:28:27	0.13	1.94	84	\N
TKT-00262	phone	troubleshooting	no sound	closed	speakers	1	french	f	f	2024-08-18 14:35:00	2024-08-19 06:30:29	2024-08-18 15:32:27	14.97	15.92	49	\N
TKT-00263	phone	logistics	order not delivered yet	closed	speakers	3	german	f	t	2024-08-20 09:02:33	2024-08-24 16:12:13	2024-08-20 12:57:26	99.25	103.16	120	3
TKT-00264	phone	rma	repair status update	closed	turntables	3	french	t	f	2024-08-23 08:42:07	2024-08-23 09:07:48	2024-08-23 08:57:48	0.17	0.43	66	\N
TKT-00265	phone	troubleshooting	firmware update failed	closed	speakers	1	french	f	f	2024-08-23 15:58:08	2024-08-23 21:17:00	2024-08-23 18:19:02	2.97	5.31	74	\N
TKT-00266	chat	finance	vat invoice for my business	closed	amplifiers	3	english	f	f	2024-08-25 14:35:17	2024-08-29 16:04:31	2024-08-25 15:56:34	96.13	97.49	57	2
TKT-00267	phone	troubleshooting	firmware update failed	closed	speakers	2	german	f	f	2024-08-26 14:14:41	2024-08-26 21:45:57	2024-08-26 19:35:27	2.18	7.52	12	4
TKT-00268	chat	troubleshooting	connection keeps dropping	closed	speakers	1	french	f	f	2024-08-26 14:55:37	2024-08-26 18:30:16	2024-08-26 16:39:47	1.84	3.58	35	5
TKT-00269	phone	troubleshooting	connection keeps dropping	closed	headphones	1	german	t	f	2024-08-26 16:11:35	2024-08-26 16:20:21	2024-08-26 16:18:11	0.04	0.15	85	3
TKT-00270	chat	finance	payment failed	closed	speakers	1	english	f	f	2024-08-27 14:55:13	2024-08-28 21:32:48	2024-08-27 17:05:09	28.46	30.63	13	\N
TKT-00271	chat	troubleshooting	bluetooth pairing fails	closed	speakers	2	german	f	f	2024-08-29 09:10:11	2024-08-30 11:19:02	2024-08-29 09:29:29	25.83	26.15	25	\N
TKT-00272	phone	logistics	parts missing from the box	closed	headphones	2	french	t	f	2024-09-02 10:33:02	2024-09-02 11:00:24	2024-09-02 10:41:29	0.32	0.46	100	\N
TKT-00273	email	rma	exchange for dead-on-arrival unit	closed	speakers	2	english	t	f	2024-09-02 17:36:57	2024-09-03 10:49:59	2024-09-03 10:35:39	0.24	17.22	59	4
TKT-00274	phone	logistics	order not delivered yet	closed	amplifiers	2	english	f	f	2024-09-03 08:36:40	2024-09-11 22:05:32	2024-09-03 13:09:38	200.93	205.48	9	\N
TKT-00275	phone	product	compatibility question	closed	turntables	2	english	t	f	2024-09-03 09:16:22	2024-09-03 09:47:12	2024-09-03 09:25:38	0.36	0.51	92	\N
TKT-00276	phone	product	stock availability	closed	speakers	2	french	t	f	2024-09-03 11:31:13	2024-09-03 11:47:41	2024-09-03 11:37:12	0.17	0.27	22	4
TKT-00277	phone	troubleshooting	firmware update failed	closed	turntables	1	french	f	f	2024-09-07 15:03:29	2024-09-08 13:27:30	2024-09-07 15:31:20	21.94	22.40	29	\N
TKT-00278	phone	troubleshooting	no sound	closed	amplifiers	3	french	t	f	2024-09-09 11:17:10	2024-09-09 11:40:48	2024-09-09 11:25:15	0.26	0.39	96	\N
TKT-00279	phone	rma	return authorisation needed	closed	headphones	1	french	t	f	2024-09-09 15:35:27	2024-09-09 16:29:48	2024-09-09 15:37:36	0.87	0.91	49	5
TKT-00280	chat	troubleshooting	distorted sound	closed	headphones	1	german	t	f	2024-09-10 15:07:45	2024-09-10 15:25:29	2024-09-10 15:14:00	0.19	0.30	24	\N
TKT-00281	email	troubleshooting	power or battery problem	closed	speakers	2	german	f	t	2024-09-11 10:40:43	2024-09-14 20:54:24	2024-09-11 16:52:10	76.04	82.23	86	4
TKT-00282	phone	troubleshooting	connection keeps dropping	closed	speakers	1	french	t	f	2024-09-11 14:10:20	2024-09-11 14:43:54	2024-09-11 14:18:06	0.43	0.56	40	\N
TKT-00283	chat	product	technical specifications	closed	turntables	2	english	t	f	2024-09-12 13:07:21	2024-09-12 13:23:19	2024-09-12 13:15:47	0.13	0.27	84	\N
TKT-00284	phone	rma	exchange for dead-on-arrival unit	closed	speakers	3	german	f	f	2024-09-13 10:28:12	2024-09-16 10:52:56	2024-09-13 16:15:39	66.62	72.41	51	\N
TKT-00285	phone	complaint	recurring fault	closed	speakers	2	german	t	f	2024-09-16 09:34:33	2024-09-16 10:20:06	2024-09-16 09:51:08	0.48	0.76	43	\N
TKT-00286	chat	logistics	order not delivered yet	closed	amplifiers	3	french	t	f	2024-09-17 11:57:25	2024-09-17 12:54:50	2024-09-17 12:09:05	0.76	0.96	32	\N
TKT-00287	chat	troubleshooting	hum or crackling noise	closed	headphones	3	english	f	f	2024-09-18 09:30:31	2024-09-18 16:05:16	2024-09-18 11:27:19	4.63	6.58	82	\N
TKT-00288	chat	logistics	tracking not updating	closed	speakers	1	english	t	f	2024-09-20 16:20:02	2024-09-20 16:32:57	2024-09-20 16:25:22	0.13	0.22	36	\N
TKT-00289	phone	rma	collection for repair	closed	headphones	2	german	f	t	2024-09-23 11:30:53	2024-10-05 07:40:42	2024-09-23 15:14:28	280.44	284.16	116	3
TKT-00290	email	product	which amplifier for my speakers	closed	speakers	1	german	t	f	2024-09-26 09:32:43	2024-09-26 10:17:04	2024-09-26 10:03:37	0.22	0.74	116	5
TKT-00291	chat	product	stock availability	closed	speakers	1	french	t	f	2024-10-03 11:23:28	2024-10-03 11:39:24	2024-10-03 11:27:21	0.20	0.27	49	\N
TKT-00292	chat	finance	charged twice	closed	headphones	2	english	f	f	2024-10-03 18:21:13	2024-10-05 14:41:28	2024-10-03 19:50:24	42.85	44.34	64	\N
TKT-00293	phone	complaint	rude service	closed	amplifiers	1	french	f	t	2024-10-07 16:45:16	2024-10-13 21:10:33	2024-10-07 18:46:07	146.41	148.42	3	\N
TKT-00294	phone	troubleshooting	no sound	closed	speakers	3	english	f	f	2024-10-08 10:52:13	2024-10-11 00:34:40	2024-10-08 14:40:10	57.91	61.71	16	3
TKT-00295	phone	troubleshooting	distorted sound	closed	headphones	3	english	t	f	2024-10-10 11:18:52	2024-10-10 11:32:12	2024-10-10 11:25:32	0.11	0.22	111	3
TKT-00296	email	troubleshooting	no sound	closed	headphones	1	french	f	f	2024-10-11 15:30:48	2024-10-12 07:33:10	2024-10-11 18:28:30	13.08	16.04	62	\N
TKT-00297	phone	product	app features	closed	speakers	1	english	t	f	2024-10-11 18:31:11	2024-10-11 18:45:03	2024-10-11 18:36:03	0.15	0.23	88	\N
TKT-00298	email	rma	exchange for dead-on-arrival unit	closed	speakers	2	english	f	f	2024-10-12 08:14:28	2024-11-28 11:58:15	2024-10-12 14:35:56	1125.37	1131.73	13	\N
TKT-00299	phone	logistics	parts missing from the box	closed	amplifiers	2	french	t	f	2024-10-14 09:50:40	2024-10-14 10:01:33	2024-10-14 09:57:47	0.06	0.18	67	4
TKT-00300	phone	logistics	return label needed	closed	speakers	2	english	t	f	2024-10-15 08:05:03	2024-10-15 08:40:39	2024-10-15 08:14:22	0.44	0.59	76	\N
TKT-00301	phone	troubleshooting	power or battery problem	closed	speakers	3	german	f	f	2024-10-15 17:40:16	2024-10-21 20:54:28	2024-10-15 18:20:44	146.56	147.24	87	\N
TKT-00302	phone	logistics	change of delivery address	closed	headphones	2	french	f	f	2024-10-17 16:26:36	2024-10-19 09:18:41	2024-10-17 16:49:42	40.48	40.87	73	4
TKT-00303	chat	complaint	recurring fault	closed	speakers	3	english	f	f	2024-10-18 10:18:57	2024-10-18 23:19:14	2024-10-18 14:09:14	9.17	13.00	39	\N
TKT-00304	email	logistics	wrong item delivered	closed	turntables	2	french	t	f	2024-10-24 17:26:23	2024-10-24 17:53:04	2024-10-24 17:47:59	0.08	0.44	67	\N
TKT-00305	email	troubleshooting	distorted sound	closed	turntables	3	english	t	f	2024-10-25 07:40:47	2024-10-25 08:40:35	2024-10-25 08:38:11	0.04	1.00	47	\N
TKT-00306	email	complaint	long waiting time	closed	speakers	2	german	f	t	2024-10-28 02:07:53	2024-11-01 19:16:45	2024-10-28 13:56:25	101.34	113.15	8	\N
TKT-00307	phone	finance	invoice request	closed	headphones	3	english	f	f	2024-10-31 12:46:44	2024-11-01 16:06:24	2024-10-31 18:40:55	21.42	27.33	103	2
TKT-00308	phone	logistics	order not delivered yet	closed	speakers	3	german	t	f	2024-10-31 19:20:45	2024-10-31 19:54:10	2024-10-31 19:30:00	0.40	0.56	79	\N
TKT-00309	chat	product	technical specifications	closed	headphones	2	german	t	f	2024-11-01 09:35:09	2024-11-01 09:57:39	2024-11-01 09:45:51	0.20	0.38	61	\N
TKT-00310	chat	troubleshooting	hum or crackling noise	closed	speakers	2	german	f	f	2024-11-03 13:15:26	2024-11-05 16:59:55	2024-11-03 15:51:15	49.14	51.74	120	\N
TKT-00311	email	troubleshooting	hum or crackling noise	closed	speakers	2	english	f	f	2024-11-07 12:39:54	2024-11-08 08:08:49	2024-11-07 18:05:44	14.05	19.48	6	5
TKT-00312	phone	finance	invoice request	closed	headphones	1	english	f	t	2024-11-15 18:37:36	2024-11-19 16:42:33	2024-11-15 19:56:09	92.77	94.08	56	4
TKT-00313	email	logistics	order not delivered yet	closed	speakers	3	english	t	f	2024-11-16 13:07:29	2024-11-16 15:00:41	2024-11-16 14:37:23	0.39	1.89	92	4
TKT-00314	email	troubleshooting	no sound	closed	headphones	2	french	f	f	2024-11-18 08:05:33	2024-11-19 22:16:02	2024-11-18 11:25:20	34.84	38.17	45	3
TKT-00315	chat	finance	payment failed	closed	headphones	3	english	f	f	2024-11-19 09:57:40	2024-11-19 17:20:36	2024-11-19 10:41:02	6.66	7.38	9	\N
TKT-00316	phone	finance	invoice request	closed	headphones	1	german	f	f	2024-11-20 13:47:51	2024-11-21 16:18:54	2024-11-20 19:06:12	21.21	26.52	86	3
TKT-00317	phone	product	stock availability	closed	headphones	2	french	t	f	2024-11-25 15:36:56	2024-11-25 15:52:42	2024-11-25 15:47:06	0.09	0.26	32	4
TKT-00318	email	logistics	parcel arrived damaged	closed	amplifiers	3	german	t	f	2024-11-25 18:16:13	2024-11-25 19:12:12	2024-11-25 19:01:25	0.18	0.93	90	\N
TKT-00319	email	troubleshooting	distorted sound	closed	speakers	3	english	f	f	2024-11-28 14:55:23	2024-11-28 21:36:32	2024-11-28 17:19:59	4.28	6.69	13	\N
TKT-00320	phone	troubleshooting	distorted sound	closed	headphones	1	english	f	f	2024-11-29 10:12:20	2024-11-29 16:54:51	2024-11-29 11:03:58	5.85	6.71	101	\N
TKT-00321	chat	logistics	tracking not updating	closed	speakers	2	german	t	f	2024-11-29 17:53:52	2024-11-29 18:09:14	2024-11-29 18:00:59	0.14	0.26	83	\N
TKT-00322	email	finance	invoice request	closed	headphones	3	french	f	t	2024-12-02 10:58:17	2024-12-05 09:17:07	2024-12-02 13:54:39	67.37	70.31	112	\N
TKT-00323	chat	troubleshooting	connection keeps dropping	closed	speakers	1	english	f	f	2024-12-02 13:37:42	2024-12-05 01:05:49	2024-12-02 17:04:24	56.02	59.47	39	\N
TKT-00324	email	troubleshooting	bluetooth pairing fails	closed	headphones	2	german	t	f	2024-12-04 14:21:21	2024-12-04 15:50:08	2024-12-04 15:41:51	0.14	1.48	25	\N
TKT-00325	email	logistics	change of delivery address	closed	speakers	1	german	t	f	2024-12-04 20:53:21	2024-12-05 09:32:02	2024-12-05 09:26:21	0.09	12.64	42	\N
TKT-00326	email	troubleshooting	distorted sound	closed	headphones	1	german	t	f	2024-12-05 08:42:19	2024-12-05 10:02:18	2024-12-05 09:47:37	0.24	1.33	104	\N
TKT-00327	phone	troubleshooting	firmware update failed	closed	headphones	3	english	f	f	2024-12-06 12:20:12	2024-12-06 16:36:52	2024-12-06 13:58:13	2.64	4.28	78	\N
TKT-00328	email	rma	repair status update	closed	headphones	2	german	f	f	2024-12-09 08:11:33	2024-12-12 23:15:34	2024-12-09 13:09:19	82.10	87.07	24	\N
TKT-00329	chat	troubleshooting	connection keeps dropping	closed	speakers	2	english	f	f	2024-12-09 09:34:45	2024-12-09 17:23:56	2024-12-09 11:42:23	5.69	7.82	13	\N
TKT-00330	phone	logistics	change of delivery address	closed	headphones	1	german	f	t	2024-12-10 17:11:59	2024-12-12 22:45:13	2024-12-10 19:06:41	51.64	53.55	75	\N
TKT-00331	chat	logistics	return label needed	closed	speakers	2	german	t	f	2024-12-16 09:49:42	2024-12-16 10:10:34	2024-12-16 09:57:49	0.21	0.35	106	5
TKT-00332	phone	finance	price match request	closed	amplifiers	3	french	f	f	2024-12-16 16:48:04	2024-12-18 12:11:20	2024-12-16 19:35:53	40.59	43.39	100	\N
TKT-00333	phone	logistics	tracking not updating	closed	headphones	3	french	t	f	2024-12-17 12:00:02	2024-12-17 12:39:41	2024-12-17 12:09:26	0.50	0.66	26	\N
TKT-00334	phone	product	stock availability	closed	speakers	3	german	t	f	2024-12-17 13:04:52	2024-12-17 13:27:58	2024-12-17 13:17:37	0.17	0.38	89	\N
TKT-00335	phone	troubleshooting	bluetooth pairing fails	closed	turntables	2	english	f	f	2024-12-17 14:10:07	2024-12-21 05:40:21	2024-12-17 15:52:44	85.79	87.50	119	\N
TKT-00336	chat	logistics	tracking not updating	closed	headphones	3	english	t	f	2024-12-23 08:25:15	2024-12-23 08:53:27	2024-12-23 08:44:04	0.16	0.47	98	\N
TKT-00337	phone	product	which amplifier for my speakers	closed	speakers	2	german	t	f	2024-12-30 08:46:49	2024-12-30 09:47:27	2024-12-30 09:13:53	0.56	1.01	116	\N
TKT-00338	chat	product	compatibility question	closed	speakers	1	german	t	f	2025-01-01 12:24:35	2025-01-01 12:49:56	2025-01-01 12:29:24	0.34	0.42	12	\N
TKT-00339	phone	finance	vat invoice for my business	closed	speakers	2	english	f	t	2025-01-03 14:32:02	2025-01-06 08:58:32	2025-01-03 15:02:13	65.94	66.44	63	\N
TKT-00340	chat	troubleshooting	connection keeps dropping	closed	amplifiers	2	french	f	f	2025-01-05 13:07:42	2025-01-05 19:43:10	2025-01-05 14:05:31	5.63	6.59	115	\N
TKT-00341	phone	rma	warranty repair request	closed	headphones	1	english	f	f	2025-01-09 08:57:04	2025-01-10 22:58:45	2025-01-09 14:33:46	32.42	38.03	48	\N
TKT-00342	chat	troubleshooting	connection keeps dropping	closed	amplifiers	1	french	t	f	2025-01-10 09:17:03	2025-01-10 09:32:33	2025-01-10 09:25:06	0.12	0.26	11	\N
TKT-00343	phone	logistics	order not delivered yet	closed	turntables	3	german	f	f	2025-01-10 17:06:12	2025-01-17 02:41:48	2025-01-10 19:22:26	151.32	153.59	41	3
TKT-00344	chat	rma	repair status update	closed	headphones	3	english	f	f	2025-01-14 09:30:23	2025-01-22 11:52:14	2025-01-14 14:20:21	189.53	194.36	59	\N
TKT-00345	phone	complaint	rude service	closed	headphones	2	german	f	f	2025-01-15 15:37:01	2025-01-19 23:24:32	2025-01-15 18:02:56	101.36	103.79	51	\N
TKT-00346	phone	troubleshooting	bluetooth pairing fails	closed	headphones	2	german	f	f	2025-01-16 15:48:11	2025-01-17 08:58:10	2025-01-16 16:26:56	16.52	17.17	117	\N
TKT-00347	chat	complaint	long waiting time	closed	headphones	3	german	t	f	2025-01-17 08:21:06	2025-01-17 08:39:38	2025-01-17 08:37:37	0.03	0.31	75	\N
TKT-00348	email	rma	repair status update	closed	speakers	2	english	f	f	2025-01-20 09:08:10	2025-01-24 17:28:45	2025-01-20 12:53:33	100.59	104.34	6	\N
TKT-00349	email	logistics	return label needed	closed	headphones	1	english	f	t	2025-01-20 14:02:33	2025-01-23 18:54:37	2025-01-20 19:56:29	70.97	76.87	18	\N
TKT-00350	phone	troubleshooting	firmware update failed	closed	headphones	3	english	f	f	2025-01-21 08:17:32	2025-01-21 15:44:00	2025-01-21 13:21:51	2.37	7.44	64	\N
TKT-00351	chat	troubleshooting	connection keeps dropping	closed	amplifiers	1	english	t	f	2025-01-21 17:03:34	2025-01-21 17:32:31	2025-01-21 17:13:18	0.32	0.48	119	4
TKT-00352	chat	logistics	parcel arrived damaged	closed	headphones	3	english	f	t	2025-01-22 11:46:01	2025-01-26 15:19:06	2025-01-22 17:11:52	94.12	99.55	98	1
TKT-00353	email	logistics	wrong item delivered	closed	speakers	1	english	f	t	2025-01-23 10:12:36	2025-01-27 03:31:37	2025-01-23 13:14:24	86.29	89.32	111	\N
TKT-00354	phone	product	app features	closed	headphones	1	german	t	f	2025-01-24 15:07:25	2025-01-24 15:49:23	2025-01-24 15:18:20	0.52	0.70	110	\N
TKT-00355	email	logistics	order not delivered yet	closed	headphones	3	english	f	f	2025-01-24 18:09:48	2025-01-26 11:19:09	2025-01-24 19:57:46	39.36	41.16	111	\N
TKT-00356	email	rma	repair status update	closed	headphones	3	german	f	f	2025-01-27 17:33:41	2025-01-30 10:23:58	2025-01-27 19:25:50	62.97	64.84	102	\N
TKT-00357	phone	product	compatibility question	closed	headphones	3	german	t	f	2025-01-29 11:00:46	2025-01-29 11:11:11	2025-01-29 11:07:36	0.06	0.17	79	\N
TKT-00358	phone	complaint	long waiting time	closed	headphones	3	french	f	t	2025-01-29 15:38:55	2025-02-02 06:21:25	2025-01-29 17:05:13	85.27	86.71	11	\N
TKT-00359	phone	rma	replacement unit request	closed	turntables	3	french	f	f	2025-01-30 17:33:33	2025-02-05 19:56:02	2025-01-30 19:16:24	144.66	146.37	35	\N
TKT-00360	email	troubleshooting	no sound	closed	turntables	2	french	f	f	2025-01-30 19:10:59	2025-02-01 06:20:45	2025-01-30 19:59:29	34.35	35.16	20	\N
TKT-00361	email	complaint	issue still unresolved	closed	turntables	3	english	f	f	2025-02-04 06:22:44	2025-02-05 12:48:19	2025-02-04 11:44:59	25.06	30.43	97	\N
TKT-00362	phone	troubleshooting	power or battery problem	closed	headphones	3	german	f	f	2025-02-08 10:55:29	2025-02-11 17:58:36	2025-02-08 12:51:17	77.12	79.05	51	3
TKT-00363	email	logistics	tracking not updating	closed	speakers	3	english	t	f	2025-02-11 07:50:09	2025-02-11 10:03:49	2025-02-11 09:54:27	0.16	2.23	111	5
TKT-00364	phone	logistics	return label needed	closed	speakers	3	french	t	f	2025-02-11 14:50:06	2025-02-11 17:02:00	2025-02-11 14:58:55	2.05	2.20	22	5
TKT-00365	phone	troubleshooting	firmware update failed	closed	headphones	2	german	t	f	2025-02-17 11:07:17	2025-02-17 11:25:30	2025-02-17 11:12:21	0.22	0.30	38	\N
TKT-00366	chat	troubleshooting	power or battery problem	closed	headphones	2	french	t	f	2025-02-18 09:19:23	2025-02-18 09:40:00	2025-02-18 09:34:49	0.09	0.34	100	\N
TKT-00367	phone	logistics	wrong item delivered	closed	turntables	3	french	f	f	2025-02-19 11:13:59	2025-02-21 17:31:40	2025-02-19 16:06:19	49.42	54.29	115	\N
TKT-00368	email	finance	invoice request	closed	headphones	1	german	f	f	2025-02-20 11:09:59	2025-03-06 18:15:44	2025-02-20 16:49:55	337.43	343.10	120	1
TKT-00369	email	finance	charged twice	closed	headphones	3	french	f	t	2025-02-24 09:27:54	2025-03-10 22:14:21	2025-02-24 14:19:31	343.91	348.77	60	\N
TKT-00370	email	rma	warranty repair request	closed	headphones	3	german	f	f	2025-02-25 07:18:01	2025-03-02 20:26:27	2025-02-25 12:12:06	128.24	133.14	28	\N
TKT-00371	chat	product	stylus or cartridge recommendation	closed	amplifiers	1	french	t	f	2025-02-27 10:13:46	2025-02-27 10:30:58	2025-02-27 10:25:12	0.10	0.29	34	\N
TKT-00372	phone	rma	exchange for dead-on-arrival unit	closed	headphones	1	german	f	f	2025-02-27 11:55:56	2025-03-03 11:31:21	2025-02-27 17:43:10	89.80	95.59	90	\N
TKT-00373	email	rma	replacement unit request	closed	turntables	3	french	f	f	2025-03-03 14:57:13	2025-03-10 05:08:14	2025-03-03 18:56:40	154.19	158.18	30	\N
TKT-00374	email	troubleshooting	distorted sound	closed	turntables	3	english	f	t	2025-03-03 16:44:40	2025-03-04 08:32:02	2025-03-03 18:57:47	13.57	15.79	46	4
TKT-00375	chat	product	compatibility question	closed	speakers	3	english	t	f	2025-03-04 10:24:22	2025-03-04 10:49:00	2025-03-04 10:36:15	0.21	0.41	46	\N
TKT-00376	chat	troubleshooting	distorted sound	closed	headphones	1	german	f	f	2025-03-05 19:33:49	2025-03-06 10:16:55	2025-03-05 19:47:46	14.49	14.72	25	\N
TKT-00377	phone	complaint	unhappy with the repair	closed	speakers	2	german	f	t	2025-03-07 09:40:23	2025-03-08 04:06:22	2025-03-07 10:51:11	17.25	18.43	24	\N
TKT-00378	phone	troubleshooting	power or battery problem	closed	speakers	3	english	f	t	2025-03-07 17:21:06	2025-03-08 23:51:02	2025-03-07 19:34:55	28.27	30.50	46	3
TKT-00379	phone	finance	payment failed	closed	amplifiers	1	french	f	t	2025-03-12 08:08:50	2025-03-14 11:54:19	2025-03-12 10:16:34	49.63	51.76	22	\N
TKT-00380	email	product	which amplifier for my speakers	closed	turntables	2	french	t	f	2025-03-12 18:24:05	2025-03-12 19:26:45	2025-03-12 19:15:17	0.19	1.04	30	\N
TKT-00381	chat	product	technical specifications	closed	headphones	1	french	t	f	2025-03-13 08:48:09	2025-03-13 09:03:54	2025-03-13 08:55:16	0.14	0.26	72	\N
TKT-00382	phone	troubleshooting	no sound	closed	turntables	1	german	t	f	2025-03-14 11:01:28	2025-03-14 11:34:58	2025-03-14 11:15:54	0.32	0.56	51	\N
TKT-00383	phone	troubleshooting	hum or crackling noise	closed	amplifiers	2	french	f	f	2025-03-17 19:47:08	2025-03-18 08:40:01	2025-03-17 19:58:40	12.69	12.88	60	\N
TKT-00384	phone	troubleshooting	connection keeps dropping	closed	headphones	1	french	f	t	2025-03-21 19:31:06	2025-03-24 05:33:31	2025-03-21 19:49:09	57.74	58.04	80	\N
TKT-00385	email	logistics	order not delivered yet	closed	headphones	3	french	t	f	2025-03-22 15:44:26	2025-03-23 12:21:16	2025-03-23 11:56:20	0.42	20.61	1	\N
TKT-00386	chat	product	app features	closed	amplifiers	3	german	t	f	2025-03-23 12:09:03	2025-03-23 12:45:36	2025-03-23 12:35:06	0.18	0.61	24	5
TKT-00387	chat	logistics	order not delivered yet	closed	turntables	1	german	f	f	2025-03-28 10:35:15	2025-03-29 03:02:15	2025-03-28 16:26:50	10.59	16.45	117	\N
TKT-00388	chat	logistics	wrong item delivered	closed	headphones	2	german	f	f	2025-03-30 10:55:34	2025-04-03 14:55:16	2025-03-30 12:50:45	98.08	100.00	116	\N
TKT-00389	email	complaint	recurring fault	closed	headphones	3	german	f	f	2025-04-02 09:51:16	2025-04-03 19:54:18	2025-04-02 16:00:34	27.90	34.05	33	3
TKT-00390	phone	logistics	wrong item delivered	closed	turntables	1	english	t	f	2025-04-02 13:56:21	2025-04-02 14:12:08	2025-04-02 14:01:37	0.18	0.26	18	\N
TKT-00391	chat	finance	refund not received	closed	turntables	2	german	f	t	2025-04-03 12:40:42	2025-04-04 11:31:26	2025-04-03 17:51:28	17.67	22.85	21	\N
TKT-00392	phone	troubleshooting	bluetooth pairing fails	closed	turntables	1	french	f	f	2025-04-05 09:23:30	2025-04-06 23:43:40	2025-04-05 11:27:46	36.26	38.34	115	2
TKT-00393	chat	product	compatibility question	closed	turntables	1	german	t	f	2025-04-06 10:44:25	2025-04-06 11:06:26	2025-04-06 10:56:09	0.17	0.37	106	\N
TKT-00394	chat	complaint	issue still unresolved	closed	headphones	1	english	f	f	2025-04-08 16:03:13	2025-04-09 18:04:20	2025-04-08 19:51:22	22.22	26.02	95	\N
TKT-00395	chat	troubleshooting	no sound	closed	headphones	2	french	t	f	2025-04-14 09:48:44	2025-04-14 11:26:25	2025-04-14 10:01:33	1.41	1.63	112	\N
TKT-00396	email	logistics	parcel arrived damaged	closed	amplifiers	3	german	f	f	2025-04-16 09:02:52	2025-04-21 07:51:29	2025-04-16 15:14:01	112.62	118.81	116	3
TKT-00397	phone	product	technical specifications	closed	turntables	2	english	t	f	2025-04-20 15:37:12	2025-04-20 16:38:09	2025-04-20 15:48:05	0.83	1.02	58	\N
TKT-00398	chat	logistics	change of delivery address	closed	headphones	2	german	f	f	2025-04-21 15:35:38	2025-04-24 02:20:27	2025-04-21 19:58:16	54.37	58.75	4	3
TKT-00399	email	finance	charged twice	closed	headphones	2	german	f	f	2025-04-22 09:05:56	2025-04-24 09:26:10	2025-04-22 12:31:25	44.91	48.34	17	3
TKT-00400	phone	finance	price match request	closed	turntables	3	french	f	f	2025-04-22 13:00:50	2025-05-09 14:20:53	2025-04-22 16:43:36	405.62	409.33	11	2
TKT-00401	email	product	compatibility question	closed	speakers	3	german	t	f	2025-04-24 14:36:42	2025-04-24 16:12:29	2025-04-24 16:09:36	0.05	1.60	110	4
TKT-00402	phone	logistics	order not delivered yet	closed	speakers	1	english	t	f	2025-04-24 15:08:56	2025-04-24 15:23:56	2025-04-24 15:16:22	0.13	0.25	114	5
TKT-00403	email	troubleshooting	power or battery problem	closed	headphones	1	english	t	f	2025-04-25 10:03:12	2025-04-25 11:48:23	2025-04-25 11:15:30	0.55	1.75	6	4
TKT-00404	phone	troubleshooting	bluetooth pairing fails	closed	turntables	3	english	f	t	2025-04-25 12:46:22	2025-05-06 12:30:27	2025-04-25 17:14:08	259.27	263.73	58	2
TKT-00405	chat	finance	invoice request	closed	turntables	3	french	f	f	2025-04-28 13:59:45	2025-04-29 20:14:06	2025-04-28 18:01:48	26.20	30.24	67	3
TKT-00406	chat	finance	charged twice	closed	headphones	3	english	f	f	2025-04-29 11:58:18	2025-05-02 23:47:18	2025-04-29 14:49:03	80.97	83.82	63	3
TKT-00407	email	complaint	unhappy with the repair	closed	amplifiers	1	french	f	f	2025-04-30 09:22:40	2025-05-01 10:47:43	2025-04-30 12:42:03	22.09	25.42	20	3
TKT-00408	phone	rma	warranty repair request	closed	headphones	1	english	f	t	2025-04-30 09:48:44	2025-05-21 19:29:17	2025-04-30 14:51:21	508.63	513.68	97	\N
TKT-00409	email	troubleshooting	bluetooth pairing fails	closed	amplifiers	1	english	t	f	2025-05-05 16:40:57	2025-05-05 17:20:52	2025-05-05 17:04:03	0.28	0.67	114	\N
TKT-00410	chat	troubleshooting	distorted sound	closed	headphones	3	german	t	f	2025-05-06 09:14:14	2025-05-06 09:48:44	2025-05-06 09:31:55	0.28	0.58	104	\N
TKT-00411	chat	logistics	parcel arrived damaged	closed	speakers	1	french	f	f	2025-05-06 13:30:38	2025-05-07 05:30:58	2025-05-06 19:16:59	10.23	16.01	112	4
TKT-00412	phone	complaint	rude service	closed	speakers	2	german	f	f	2025-05-08 09:44:20	2025-05-08 16:26:28	2025-05-08 11:31:45	4.91	6.70	70	3
TKT-00413	email	troubleshooting	no sound	closed	speakers	1	german	t	f	2025-05-09 09:12:43	2025-05-09 11:20:28	2025-05-09 11:07:31	0.22	2.13	85	\N
TKT-00414	chat	logistics	order not delivered yet	closed	speakers	1	english	t	f	2025-05-09 16:17:57	2025-05-09 16:34:32	2025-05-09 16:24:42	0.16	0.28	64	\N
TKT-00415	email	finance	vat invoice for my business	closed	amplifiers	3	german	f	t	2025-05-09 16:42:45	2025-05-27 20:10:44	2025-05-09 19:56:54	432.23	435.47	53	\N
TKT-00416	phone	troubleshooting	distorted sound	closed	headphones	2	english	t	f	2025-05-13 11:36:00	2025-05-13 11:43:55	2025-05-13 11:41:56	0.03	0.13	99	\N
TKT-00417	email	rma	warranty repair request	closed	speakers	2	german	f	f	2025-05-14 18:43:03	2025-05-24 03:06:14	2025-05-14 19:45:16	223.35	224.39	37	\N
TKT-00418	email	logistics	return label needed	closed	headphones	3	english	f	f	2025-05-18 18:34:25	2025-05-22 11:12:26	2025-05-19 13:28:22	69.73	88.63	27	\N
TKT-00419	phone	logistics	return label needed	closed	headphones	2	english	f	f	2025-05-21 14:53:26	2025-05-22 19:52:17	2025-05-21 18:01:44	25.84	28.98	44	4
TKT-00420	chat	troubleshooting	hum or crackling noise	closed	speakers	2	german	f	t	2025-05-21 17:54:00	2025-05-22 09:39:51	2025-05-21 19:12:34	14.45	15.76	110	\N
TKT-00421	chat	complaint	issue still unresolved	closed	turntables	1	german	f	f	2025-05-22 08:03:08	2025-05-25 18:19:00	2025-05-22 11:59:29	78.33	82.26	38	\N
TKT-00422	phone	logistics	wrong item delivered	closed	amplifiers	1	english	f	f	2025-05-22 09:57:07	2025-05-31 10:48:14	2025-05-22 14:42:12	212.10	216.85	69	\N
TKT-00423	email	logistics	parcel arrived damaged	closed	headphones	2	english	f	f	2025-05-22 11:08:53	2025-05-24 01:48:52	2025-05-22 19:35:31	30.22	38.67	44	4
TKT-00424	phone	logistics	parcel arrived damaged	closed	speakers	3	english	f	f	2025-05-23 13:32:00	2025-05-24 20:52:39	2025-05-23 15:43:43	29.15	31.34	71	2
TKT-00425	chat	troubleshooting	hum or crackling noise	closed	amplifiers	3	french	f	f	2025-05-25 10:21:10	2025-05-28 17:40:47	2025-05-25 14:41:48	74.98	79.33	11	3
TKT-00426	phone	complaint	issue still unresolved	closed	speakers	1	french	f	f	2025-05-27 10:14:37	2025-05-27 22:06:16	2025-05-27 13:22:25	8.73	11.86	66	\N
TKT-00427	chat	troubleshooting	firmware update failed	closed	speakers	1	french	f	f	2025-05-27 10:48:48	2025-05-28 05:00:34	2025-05-27 12:43:43	16.28	18.20	10	\N
TKT-00428	email	finance	refund not received	closed	turntables	1	english	f	t	2025-05-28 17:16:23	2025-05-30 11:33:06	2025-05-28 19:58:12	39.58	42.28	65	3
TKT-00429	phone	troubleshooting	no sound	closed	headphones	1	english	t	f	2025-05-29 17:40:09	2025-05-29 17:51:55	2025-05-29 17:49:43	0.04	0.20	81	\N
TKT-00430	email	finance	charged twice	closed	amplifiers	2	french	f	f	2025-05-30 10:50:27	2025-06-01 06:10:20	2025-05-30 17:09:35	37.01	43.33	66	4
TKT-00431	email	logistics	return label needed	closed	headphones	2	french	f	f	2025-05-31 16:47:16	2025-06-02 04:52:39	2025-06-01 11:49:41	17.05	36.09	1	5
TKT-00432	chat	product	compatibility question	closed	headphones	2	english	t	f	2025-06-01 15:31:33	2025-06-01 15:59:19	2025-06-01 15:43:02	0.27	0.46	36	\N
TKT-00433	email	logistics	order not delivered yet	closed	headphones	2	english	t	f	2025-06-02 10:53:01	2025-06-02 12:02:57	2025-06-02 11:50:07	0.21	1.17	69	4
TKT-00434	phone	logistics	change of delivery address	closed	speakers	3	german	f	f	2025-06-03 14:03:40	2025-06-06 21:47:51	2025-06-03 14:57:16	78.84	79.74	94	\N
TKT-00435	chat	finance	invoice request	closed	headphones	3	german	f	t	2025-06-04 10:44:42	2025-06-10 11:55:46	2025-06-04 12:19:29	143.60	145.18	38	\N
TKT-00436	phone	troubleshooting	no sound	closed	headphones	3	french	f	f	2025-06-04 16:17:15	2025-06-05 18:40:21	2025-06-04 17:49:17	24.85	26.38	93	2
TKT-00437	chat	logistics	parcel arrived damaged	closed	turntables	2	french	f	f	2025-06-04 17:23:37	2025-06-05 00:56:11	2025-06-04 19:02:50	5.89	7.54	1	\N
TKT-00438	chat	troubleshooting	hum or crackling noise	closed	speakers	3	english	t	f	2025-06-05 17:35:51	2025-06-05 18:07:27	2025-06-05 17:43:49	0.39	0.53	76	\N
TKT-00439	phone	troubleshooting	bluetooth pairing fails	closed	speakers	1	french	t	f	2025-06-06 09:13:11	2025-06-06 09:37:13	2025-06-06 09:27:56	0.15	0.40	29	\N
TKT-00440	phone	troubleshooting	bluetooth pairing fails	closed	amplifiers	3	french	t	f	2025-06-09 08:37:56	2025-06-09 08:57:00	2025-06-09 08:48:41	0.14	0.32	14	\N
TKT-00441	phone	complaint	recurring fault	closed	headphones	1	english	f	f	2025-06-09 17:08:37	2025-06-10 17:22:38	2025-06-09 17:38:11	23.74	24.23	84	\N
TKT-00442	chat	rma	warranty repair request	closed	speakers	1	german	t	f	2025-06-13 14:30:01	2025-06-13 14:45:37	2025-06-13 14:41:53	0.06	0.26	110	\N
TKT-00443	phone	troubleshooting	bluetooth pairing fails	closed	headphones	3	english	t	f	2025-06-14 09:21:14	2025-06-14 09:43:21	2025-06-14 09:32:51	0.18	0.37	105	\N
TKT-00444	email	troubleshooting	firmware update failed	closed	speakers	2	german	f	f	2025-06-16 08:27:33	2025-06-16 16:14:42	2025-06-16 11:15:10	4.99	7.79	83	\N
TKT-00445	chat	troubleshooting	connection keeps dropping	closed	speakers	1	english	f	f	2025-06-17 16:27:40	2025-06-20 04:05:32	2025-06-17 18:45:20	57.34	59.63	23	\N
TKT-00446	phone	troubleshooting	bluetooth pairing fails	closed	speakers	1	french	t	f	2025-06-17 17:40:46	2025-06-17 17:55:08	2025-06-17 17:51:25	0.06	0.24	52	\N
TKT-00447	email	rma	replacement unit request	closed	amplifiers	3	german	f	f	2025-06-18 10:22:15	2025-06-22 23:18:59	2025-06-18 16:44:25	102.58	108.95	68	\N
TKT-00448	phone	troubleshooting	no sound	closed	headphones	1	english	f	f	2025-06-18 14:15:21	2025-06-19 08:40:23	2025-06-18 19:36:18	13.07	18.42	6	3
TKT-00449	email	rma	collection for repair	closed	amplifiers	1	english	f	f	2025-06-19 16:35:12	2025-06-24 10:28:06	2025-06-19 19:45:01	110.72	113.88	69	\N
TKT-00450	phone	rma	exchange for dead-on-arrival unit	closed	headphones	2	german	f	f	2025-06-22 11:01:48	2025-07-02 05:28:19	2025-06-22 15:36:19	229.87	234.44	19	\N
TKT-00451	phone	logistics	order not delivered yet	closed	turntables	2	german	t	f	2025-06-23 12:46:00	2025-06-23 12:56:29	2025-06-23 12:51:20	0.09	0.17	42	\N
TKT-00452	email	logistics	parts missing from the box	closed	speakers	2	german	f	t	2025-06-25 18:45:01	2025-06-29 09:58:53	2025-06-25 19:59:49	85.98	87.23	55	2
TKT-00453	phone	logistics	order not delivered yet	closed	speakers	3	english	f	t	2025-06-26 10:33:46	2025-06-30 20:25:43	2025-06-26 13:45:11	102.68	105.87	5	\N
TKT-00454	chat	logistics	change of delivery address	closed	speakers	3	english	t	f	2025-06-27 11:14:43	2025-06-27 11:33:52	2025-06-27 11:30:46	0.05	0.32	15	\N
TKT-00455	email	troubleshooting	connection keeps dropping	closed	turntables	1	french	f	t	2025-06-27 19:53:46	2025-06-29 10:12:35	2025-06-28 11:03:10	23.16	38.31	72	\N
TKT-00456	phone	troubleshooting	power or battery problem	closed	speakers	3	german	t	f	2025-07-01 08:25:30	2025-07-01 09:12:15	2025-07-01 08:45:16	0.45	0.78	104	\N
TKT-00457	chat	logistics	order not delivered yet	closed	headphones	2	french	f	t	2025-07-01 14:28:01	2025-07-13 00:21:41	2025-07-01 18:19:20	270.04	273.89	1	\N
TKT-00458	chat	complaint	issue still unresolved	closed	turntables	1	german	f	f	2025-07-02 12:43:00	2025-07-03 05:04:24	2025-07-02 18:38:42	10.43	16.36	102	4
TKT-00459	phone	logistics	wrong item delivered	closed	speakers	2	french	f	f	2025-07-03 14:34:20	2025-07-05 03:39:55	2025-07-03 19:38:43	32.02	37.09	74	\N
TKT-00460	chat	logistics	parts missing from the box	closed	speakers	1	french	f	f	2025-07-03 15:03:27	2025-07-10 16:38:45	2025-07-03 17:38:51	167.00	169.59	80	\N
TKT-00461	phone	troubleshooting	distorted sound	closed	turntables	2	german	t	f	2025-07-03 17:57:37	2025-07-03 18:07:59	2025-07-03 18:03:46	0.07	0.17	55	\N
TKT-00462	phone	complaint	poor delivery experience	closed	speakers	2	english	f	f	2025-07-04 10:16:22	2025-07-04 18:12:58	2025-07-04 13:32:03	4.68	7.94	16	5
TKT-00463	phone	finance	refund not received	closed	amplifiers	2	german	f	f	2025-07-07 13:42:35	2025-07-10 14:40:24	2025-07-07 16:09:14	70.52	72.96	50	3
TKT-00464	chat	product	stylus or cartridge recommendation	closed	headphones	2	english	t	f	2025-07-07 13:51:44	2025-07-07 14:13:53	2025-07-07 14:01:34	0.21	0.37	9	5
TKT-00465	chat	troubleshooting	firmware update failed	closed	turntables	3	german	t	f	2025-07-08 08:18:51	2025-07-08 08:41:48	2025-07-08 08:29:08	0.21	0.38	24	\N
TKT-00466	chat	rma	exchange for dead-on-arrival unit	closed	headphones	3	english	t	f	2025-07-08 09:52:05	2025-07-08 10:06:38	2025-07-08 09:58:56	0.13	0.24	105	\N
TKT-00467	phone	finance	charged twice	closed	headphones	1	german	f	f	2025-07-08 12:36:34	2025-07-09 02:34:37	2025-07-08 17:45:41	8.82	13.97	38	\N
TKT-00468	email	finance	invoice request	closed	headphones	2	english	f	f	2025-07-16 11:48:11	2025-07-17 14:44:23	2025-07-16 19:47:11	18.95	26.94	63	\N
TKT-00469	chat	logistics	wrong item delivered	closed	amplifiers	3	german	t	f	2025-07-16 13:24:01	2025-07-16 13:53:26	2025-07-16 13:37:58	0.26	0.49	85	\N
TKT-00470	phone	troubleshooting	distorted sound	closed	headphones	3	french	f	f	2025-07-16 14:15:41	2025-07-16 23:10:05	2025-07-16 15:23:25	7.78	8.91	11	\N
TKT-00471	chat	logistics	return label needed	closed	headphones	2	french	f	t	2025-07-17 15:44:44	2025-07-18 06:29:56	2025-07-17 18:46:11	11.73	14.75	14	3
TKT-00472	phone	finance	invoice request	closed	turntables	3	french	f	f	2025-07-18 17:22:49	2025-07-21 16:03:33	2025-07-18 19:00:26	69.05	70.68	52	\N
TKT-00473	phone	troubleshooting	no sound	closed	turntables	1	english	t	f	2025-07-21 12:16:26	2025-07-21 12:23:09	2025-07-21 12:19:42	0.06	0.11	54	\N
TKT-00474	phone	troubleshooting	power or battery problem	closed	speakers	3	english	f	f	2025-07-25 08:05:14	2025-07-25 22:03:27	2025-07-25 09:04:36	12.98	13.97	23	\N
TKT-00475	phone	troubleshooting	no sound	closed	headphones	1	english	f	f	2025-07-25 16:29:16	2025-07-27 05:56:33	2025-07-25 17:17:15	36.66	37.45	2	3
TKT-00476	email	complaint	long waiting time	closed	speakers	2	french	f	f	2025-07-27 13:35:27	2025-07-30 09:37:49	2025-07-28 12:55:53	44.70	68.04	10	\N
TKT-00477	chat	troubleshooting	bluetooth pairing fails	closed	speakers	2	english	f	f	2025-07-28 08:59:49	2025-07-28 22:40:18	2025-07-28 13:07:24	9.55	13.67	54	\N
TKT-00478	email	rma	exchange for dead-on-arrival unit	closed	speakers	3	french	t	f	2025-07-28 22:44:07	2025-07-29 10:52:29	2025-07-29 10:45:31	0.12	12.14	80	3
TKT-00479	chat	troubleshooting	power or battery problem	closed	headphones	3	german	t	f	2025-07-29 10:27:11	2025-07-29 11:52:27	2025-07-29 10:48:11	1.07	1.42	31	\N
TKT-00480	chat	complaint	long waiting time	closed	speakers	3	german	t	f	2025-07-29 11:34:51	2025-07-29 12:10:51	2025-07-29 11:45:25	0.42	0.60	90	\N
TKT-00481	phone	troubleshooting	hum or crackling noise	closed	headphones	2	french	f	f	2025-07-31 14:57:40	2025-08-02 13:09:34	2025-07-31 15:57:24	45.20	46.20	30	\N
TKT-00482	email	troubleshooting	firmware update failed	closed	speakers	3	german	f	f	2025-07-31 16:46:28	2025-08-01 02:35:03	2025-07-31 18:30:01	8.08	9.81	85	3
TKT-00483	phone	product	compatibility question	closed	headphones	2	french	t	f	2025-08-01 08:32:45	2025-08-01 09:03:48	2025-08-01 08:43:58	0.33	0.52	14	5
TKT-00484	chat	troubleshooting	no sound	closed	speakers	1	english	t	f	2025-08-01 10:17:17	2025-08-01 10:41:21	2025-08-01 10:29:12	0.20	0.40	119	\N
TKT-00485	phone	troubleshooting	connection keeps dropping	closed	headphones	2	german	t	f	2025-08-02 09:57:25	2025-08-02 10:47:41	2025-08-02 10:17:54	0.50	0.84	86	\N
TKT-00486	phone	troubleshooting	hum or crackling noise	closed	turntables	2	german	f	f	2025-08-03 14:12:19	2025-08-05 13:10:17	2025-08-03 14:28:59	46.69	46.97	53	4
TKT-00487	email	product	app features	closed	headphones	3	german	t	f	2025-08-06 10:16:47	2025-08-06 11:42:09	2025-08-06 11:33:41	0.14	1.42	8	\N
TKT-00488	phone	logistics	parts missing from the box	closed	turntables	3	french	t	f	2025-08-07 12:44:52	2025-08-07 13:30:16	2025-08-07 13:05:19	0.42	0.76	112	\N
TKT-00489	chat	troubleshooting	no sound	closed	headphones	2	english	f	t	2025-08-07 16:00:03	2025-08-12 20:52:33	2025-08-07 16:44:00	124.14	124.88	13	\N
TKT-00490	email	rma	return authorisation needed	closed	headphones	2	english	t	f	2025-08-12 14:22:22	2025-08-12 15:47:18	2025-08-12 15:37:40	0.16	1.42	71	\N
TKT-00491	phone	troubleshooting	distorted sound	closed	speakers	1	german	f	f	2025-08-14 09:13:15	2025-08-14 20:08:01	2025-08-14 09:44:49	10.39	10.91	90	\N
TKT-00492	email	product	stock availability	closed	amplifiers	1	german	t	f	2025-08-14 10:52:56	2025-08-14 12:18:04	2025-08-14 12:01:20	0.28	1.42	55	\N
TKT-00493	email	troubleshooting	connection keeps dropping	closed	headphones	2	english	t	f	2025-08-15 08:37:58	2025-08-15 10:25:20	2025-08-15 10:12:58	0.21	1.79	23	\N
TKT-00494	phone	product	stock availability	closed	speakers	2	french	t	f	2025-08-15 10:08:31	2025-08-15 10:36:19	2025-08-15 10:17:47	0.31	0.46	14	\N
TKT-00495	phone	logistics	wrong item delivered	closed	turntables	2	german	f	f	2025-08-18 09:22:28	2025-08-19 05:56:11	2025-08-18 14:11:09	15.75	20.56	28	5
TKT-00496	phone	logistics	parts missing from the box	closed	amplifiers	3	french	t	f	2025-08-18 19:44:09	2025-08-18 19:53:57	2025-08-18 19:50:24	0.06	0.16	67	5
TKT-00497	chat	troubleshooting	firmware update failed	closed	amplifiers	3	french	t	f	2025-08-19 08:42:08	2025-08-19 09:13:17	2025-08-19 09:08:30	0.08	0.52	10	\N
TKT-00498	email	logistics	parcel arrived damaged	closed	speakers	3	german	f	f	2025-08-19 12:47:36	2025-08-20 16:00:26	2025-08-19 19:03:27	20.95	27.21	110	\N
TKT-00499	phone	complaint	unhappy with the repair	closed	headphones	3	english	f	f	2025-08-19 14:55:02	2025-08-20 02:02:26	2025-08-19 15:28:54	10.56	11.12	69	\N
TKT-00500	email	troubleshooting	bluetooth pairing fails	closed	speakers	3	german	t	f	2025-08-19 21:20:46	2025-08-20 08:19:38	2025-08-20 08:17:16	0.04	10.98	118	\N
\.

COPY interactions (interaction_id, channel, customer_id, interaction_created, handle_time, speed_of_answer, interaction_handled, handled_by, subject, body, ticket_id) FROM stdin WITH (FREEZE);
INT-000001	phone	9	2023-09-16 15:21:28	7.7	36.00	2023-09-16 15:29:10	1	\N	\N	TKT-00001
INT-000002	phone	107	2023-09-18 09:36:22	7.5	104.00	2023-09-18 09:43:52	3	\N	\N	TKT-00002
INT-000003	email	47	2023-09-18 10:47:18	2.4	0.72	2023-09-18 10:49:42	2	Technical issue (bluetooth pairing fails)	Hello, I am having a problem with my headphones: bluetooth pairing fails. I have already tried restarting the device. Could you please help?	TKT-00003
INT-000004	phone	107	2023-09-18 11:10:52	18.0	51.00	2023-09-18 11:28:52	3	\N	\N	TKT-00002
INT-000005	chat	66	2023-09-18 12:02:05	28.8	7.00	2023-09-18 12:30:53	3	Garantie pour mon casque	Bonjour, j'ai un problème : demande de réparation sous garantie	TKT-00004
INT-000006	phone	107	2023-09-18 12:12:23	12.4	26.00	2023-09-18 12:24:47	3	\N	\N	TKT-00002
INT-000007	chat	67	2023-09-18 12:52:21	12.0	22.00	2023-09-18 13:04:21	2	Renseignements sur votre amplificateur : quel amplificateur pour mes enceintes	Bonjour, j'ai un problème : quel amplificateur pour mes enceintes	TKT-00005
INT-000008	phone	107	2023-09-18 12:58:23	4.7	287.00	2023-09-18 13:03:05	1	\N	\N	TKT-00002
INT-000009	email	66	2023-09-18 14:03:10	6.3	1.31	2023-09-18 14:09:28	3	RE : Dossier de réparation de mon casque	Bonjour, bonne nouvelle : la réparation de votre casque est terminée et l'appareil vous a été renvoyé aujourd'hui. Le numéro de suivi vous parviendra par e-mail.	TKT-00004
INT-000010	email	66	2023-09-18 14:51:53	11.3	0.70	2023-09-18 15:03:11	3	RE : Retour / réparation : demande de réparation sous garantie	Bonjour, merci pour l'envoi. Malheureusement, l'appareil de remplacement présente le même défaut (demande de réparation sous garantie). Que dois-je faire maintenant ?	TKT-00004
INT-000011	chat	66	2023-09-18 15:54:32	11.0	39.00	2023-09-18 16:05:32	3	Dossier de réparation de mon casque	Bonjour, j'ai encore une question sur mon casque	TKT-00004
INT-000012	chat	66	2023-09-18 16:29:26	14.9	14.00	2023-09-18 16:44:20	1	Demande SAV : demande de réparation sous garantie	Bonjour, pardon de vous déranger à nouveau au sujet de mon casque	TKT-00004
INT-000013	chat	66	2023-09-18 16:51:43	4.2	4.00	2023-09-18 16:55:55	1	Garantie pour mon casque	Bonjour, un petit point sur mon dossier : demande de réparation sous garantie	TKT-00004
INT-000014	chat	66	2023-09-19 15:51:50	7.6	8.00	2023-09-19 15:59:26	1	Paiement de ma commande – demande de facture	Bonjour, je vous contacte au sujet de mon casque (demande de facture)	TKT-00006
INT-000015	chat	66	2023-09-19 17:57:59	5.7	29.00	2023-09-19 18:03:41	1	Commande de mon casque : demande de facture	Bonjour, c'est encore moi : le problème de mon casque est revenu	TKT-00006
INT-000016	email	35	2023-09-20 09:14:14	6.8	0.69	2023-09-20 09:21:02	1	Panne de mon tourne-disque : bourdonnement ou grésillement	Bonjour, j'ai un problème avec mon tourne-disque : bourdonnement ou grésillement. J'ai déjà essayé de redémarrer l'appareil. Pourriez-vous m'aider ?	TKT-00007
INT-000017	email	35	2023-09-20 11:11:49	4.9	1.16	2023-09-20 11:16:43	1	RE : Dysfonctionnement : bourdonnement ou grésillement	Bonjour, merci pour votre message. Afin d'analyser le problème de votre tourne-disque (bourdonnement ou grésillement), pourriez-vous nous envoyer le numéro de série et une brève description de votre installation ?	TKT-00007
INT-000018	email	11	2023-09-21 11:13:18	6.8	0.44	2023-09-21 11:20:06	1	Paiement de ma commande – facture avec TVA pour mon entreprise	Madame, Monsieur, je vous écris au sujet de ma commande ORD-435292. Objet : facture avec TVA pour mon entreprise. Merci de votre retour.	TKT-00008
INT-000019	chat	11	2023-09-21 12:42:10	2.8	28.00	2023-09-21 12:44:58	1	Commande de mon amplificateur : facture avec TVA pour mon entreprise	Bonjour, j'ai essayé ce que votre collègue m'a conseillé, mais le problème de mon amplificateur persiste	TKT-00008
INT-000020	email	33	2023-09-25 13:23:09	3.3	0.46	2023-09-25 13:26:27	1	Zahlung meiner Bestellung – Zahlung fehlgeschlagen	Guten Tag, zu meiner Bestellung ORD-299979 (Kopfhörer): Zahlung fehlgeschlagen. Könnten Sie das bitte prüfen?	TKT-00009
INT-000021	email	72	2023-09-25 16:31:58	6.5	1.54	2023-09-25 16:38:28	1	Problème de livraison : besoin d'une étiquette de retour	Bonjour, j'ai besoin d'aide pour l'expédition de mon amplificateur – besoin d'une étiquette de retour. Merci de me répondre rapidement.	TKT-00010
INT-000022	chat	72	2023-09-25 17:10:22	7.1	18.00	2023-09-25 17:17:28	1	Question sur l'expédition de mon amplificateur	Bonjour, un petit point sur mon dossier : besoin d'une étiquette de retour	TKT-00010
INT-000023	email	33	2023-09-25 18:24:48	8.5	1.03	2023-09-25 18:33:18	1	AW: Rechnung für meinen Kopfhörer	Guten Tag, bitte entschuldigen Sie die Unannehmlichkeiten (Zahlung fehlgeschlagen). Ein zu Unrecht abgebuchter Betrag für die Bestellung ORD-299979 wird innerhalb von 5 bis 10 Werktagen auf Ihr ursprüngliches Zahlungsmittel erstattet.	TKT-00009
INT-000024	phone	92	2023-09-26 09:20:56	6.4	33.00	2023-09-26 09:27:20	3	\N	\N	TKT-00011
INT-000025	chat	92	2023-09-26 10:45:34	15.5	79.00	2023-09-26 11:01:04	3	Technical issue (bluetooth pairing fails)	Hi, I tried what your colleague suggested, but the problem with my headphones is still there	TKT-00011
INT-000026	phone	56	2023-09-26 13:01:09	12.2	38.00	2023-09-26 13:13:21	3	\N	\N	TKT-00012
INT-000027	phone	56	2023-09-26 15:33:03	8.2	77.00	2023-09-26 15:41:15	3	\N	\N	TKT-00012
INT-000028	chat	112	2023-09-26 15:40:21	16.1	123.00	2023-09-26 15:56:27	3	Problème avec mon casque : échec de l'appairage Bluetooth	Bonjour, quelqu'un est disponible ? C'est au sujet de mon casque.	TKT-00013
INT-000029	phone	3	2023-09-26 18:18:54	5.5	289.00	2023-09-26 18:24:24	1	\N	\N	TKT-00014
INT-000030	phone	3	2023-09-26 19:09:39	3.4	274.00	2023-09-26 19:13:03	1	\N	\N	TKT-00014
INT-000031	chat	112	2023-09-26 19:33:09	14.1	231.00	2023-09-26 19:47:15	1	Dysfonctionnement : échec de l'appairage Bluetooth	Re-bonjour, j'ai déjà pris contact avec vous au sujet de mon casque	TKT-00013
INT-000032	email	14	2023-09-27 08:47:19	27.7	2.23	2023-09-27 09:15:01	3	Question de facturation : demande de facture	Madame, Monsieur, je vous écris au sujet de ma commande ORD-750451. Objet : demande de facture. Merci de votre retour.	TKT-00015
INT-000033	phone	14	2023-09-27 12:22:24	6.8	10.00	2023-09-27 12:29:12	3	\N	\N	TKT-00015
INT-000034	chat	14	2023-09-27 13:41:15	12.3	29.00	2023-09-27 13:53:33	3	Paiement de ma commande – demande de facture	Bonjour, un petit point sur mon dossier : demande de facture	TKT-00015
INT-000035	email	22	2023-09-29 16:06:33	7.6	0.55	2023-09-29 16:14:09	3	Question sur l'expédition de mon enceinte	Bonjour, j'ai commandé mon enceinte la semaine dernière et il y a un problème : commande toujours pas livrée. Numéro de commande : ORD-334284.	TKT-00016
INT-000036	email	109	2023-09-30 12:33:56	7.4	2.50	2023-09-30 12:41:20	2	Dissatisfied customer: unhappy with the repair	Hello, this is my third message about my turntable. Reason for my complaint: unhappy with the repair. Please respond promptly.	TKT-00017
INT-000037	chat	75	2023-09-30 14:38:33	8.1	61.00	2023-09-30 14:46:39	2	Problem mit meinem Lautsprecher: Brummen oder Knistern	Hallo, Brummen oder Knistern – können Sie mir helfen?	TKT-00019
INT-000038	email	109	2023-09-30 15:06:30	3.9	0.97	2023-09-30 15:10:24	2	Re: Escalation request: unhappy with the repair	Hello, please accept our sincere apologies for the inconvenience. We have taken your feedback (unhappy with the repair) seriously and discussed it with the team concerned.	TKT-00017
INT-000039	email	34	2023-09-30 16:51:45	3.8	2.50	2023-09-30 16:55:33	2	Dysfonctionnement : son distordu	Bonjour, j'ai un problème avec mon tourne-disque : son distordu. J'ai déjà essayé de redémarrer l'appareil. Pourriez-vous m'aider ?	TKT-00018
INT-000040	email	110	2023-10-02 11:07:05	3.4	2.50	2023-10-02 11:10:29	2	Beschwerde: unzufrieden mit der Reparatur	Sehr geehrte Damen und Herren, hiermit beschwere ich mich über Folgendes: unzufrieden mit der Reparatur. Ich bitte um Weiterleitung an eine verantwortliche Person.	TKT-00020
INT-000041	phone	110	2023-10-02 15:09:23	4.6	12.00	2023-10-02 15:13:59	3	\N	\N	TKT-00020
INT-000042	phone	15	2023-10-02 19:25:28	4.0	58.00	2023-10-02 19:29:28	3	\N	\N	TKT-00021
INT-000043	phone	15	2023-10-02 19:40:58	3.9	73.00	2023-10-02 19:44:52	3	\N	\N	TKT-00021
INT-000044	email	15	2023-10-03 16:30:28	13.2	0.54	2023-10-03 16:43:40	3	Enquiry before buying: app features	Hello, I am interested in the headphones and have a question (app features). Could you give me some advice?	TKT-00022
INT-000045	phone	110	2023-10-04 18:12:44	7.7	21.00	2023-10-04 18:20:26	2	\N	\N	TKT-00023
INT-000046	phone	96	2023-10-05 10:46:03	5.7	33.00	2023-10-05 10:51:45	1	\N	\N	TKT-00024
INT-000047	phone	96	2023-10-05 13:21:45	6.0	37.00	2023-10-05 13:27:45	1	\N	\N	TKT-00024
INT-000048	phone	96	2023-10-05 13:59:35	9.2	62.00	2023-10-05 14:08:47	1	\N	\N	TKT-00024
INT-000049	phone	96	2023-10-05 16:36:15	7.7	11.00	2023-10-05 16:43:57	3	\N	\N	TKT-00024
INT-000050	phone	39	2023-10-08 10:48:41	4.3	212.00	2023-10-08 10:52:59	1	\N	\N	TKT-00025
INT-000051	phone	39	2023-10-08 12:55:27	6.3	412.00	2023-10-08 13:01:45	1	\N	\N	TKT-00025
INT-000052	email	83	2023-10-10 14:36:16	2.3	0.68	2023-10-10 14:38:34	2	Störung bei meinem Lautsprecher	Guten Tag, ich habe ein Problem mit meinem Lautsprecher: Bluetooth-Kopplung schlägt fehl. Ich habe das Gerät bereits neu gestartet. Können Sie mir bitte helfen?	TKT-00026
INT-000053	email	36	2023-10-10 18:08:56	5.2	0.85	2023-10-10 18:14:08	1	Fault report for my headphones: no sound	Hi, since yesterday I have had this issue with my headphones: no sound. What can I do?	TKT-00027
INT-000054	chat	4	2023-10-11 10:09:38	4.3	104.00	2023-10-11 10:13:56	1	Reklamation: wiederholt auftretender Defekt	Guten Tag, eine kurze Frage zu meinem Lautsprecher	TKT-00028
INT-000055	chat	4	2023-10-11 13:59:12	11.5	39.00	2023-10-11 14:10:42	1	Beschwerde: wiederholt auftretender Defekt	Guten Tag, gibt es Neuigkeiten zu meinem Fall? (wiederholt auftretender Defekt)	TKT-00028
INT-000056	email	115	2023-10-12 08:18:20	5.8	13.54	2023-10-12 08:24:08	2	Ma commande : commande toujours pas livrée	Madame, Monsieur, je vous contacte pour un problème de livraison : commande toujours pas livrée. La référence de commande est ORD-231858. Merci de m'indiquer la marche à suivre.	TKT-00029
INT-000057	email	115	2023-10-12 10:52:25	2.3	0.25	2023-10-12 10:54:43	2	RE : Livraison de mon tourne-disque – commande toujours pas livrée	Bonjour, le transporteur nous confirme que le colis contenant votre tourne-disque est de nouveau en route. Comptez deux à trois jours ouvrés pour la livraison. Veuillez nous excuser pour ce désagrément (commande toujours pas livrée).	TKT-00029
INT-000058	email	115	2023-10-12 11:58:48	7.4	0.08	2023-10-12 12:06:12	2	RE : Question sur l'expédition de mon tourne-disque	Bonjour, mon dernier message au sujet de la commande ORD-231858 date d'une semaine et rien n'a bougé (commande toujours pas livrée). Quand vais-je recevoir mon tourne-disque ?	TKT-00029
INT-000059	email	49	2023-10-13 12:02:54	6.5	0.41	2023-10-13 12:09:24	2	Suivi de commande : besoin d'une étiquette de retour	Bonjour, concernant la livraison de mon enceinte : besoin d'une étiquette de retour. Pouvez-vous me dire quelle est la prochaine étape ?	TKT-00030
INT-000060	phone	112	2023-10-13 13:29:32	9.6	27.00	2023-10-13 13:39:08	2	\N	\N	TKT-00031
INT-000061	email	112	2023-10-13 18:10:47	4.8	1.61	2023-10-13 18:15:35	2	RE : Dossier de réparation de mon enceinte	Bonjour, la panne étant couverte par la garantie, nous allons vous envoyer un appareil de remplacement pour votre enceinte. Merci de nous retourner l'appareil défectueux sous 14 jours (commande ORD-590153).	TKT-00031
INT-000062	email	56	2023-10-16 10:45:00	2.5	0.57	2023-10-16 10:47:30	2	Warranty case for my speakers: warranty repair request	Hello, I would like to return my speakers under the warranty. Reason: warranty repair request. How should I proceed?	TKT-00032
INT-000063	email	56	2023-10-16 13:21:01	6.7	1.41	2023-10-16 13:27:43	2	Re: Warranty claim for my speakers	Hello, to process your request (warranty repair request), we need the proof of purchase and the serial number of your speakers. Could you please send us both?	TKT-00032
INT-000064	email	10	2023-10-16 14:54:31	2.8	0.76	2023-10-16 14:57:19	3	Problème avec mon tourne-disque : pas de son	Bonjour, mon tourne-disque ne fonctionne plus correctement. Le problème : pas de son. Dois-je vous envoyer l'appareil ?	TKT-00033
INT-000065	phone	56	2023-10-16 15:32:14	4.0	80.00	2023-10-16 15:36:14	2	\N	\N	TKT-00032
INT-000066	phone	10	2023-10-16 16:53:48	18.0	5.00	2023-10-16 17:11:48	3	\N	\N	TKT-00033
INT-000067	chat	104	2023-10-17 10:56:36	7.4	64.00	2023-10-17 11:04:00	3	Problem mit der Lieferung: Sendungsverfolgung nicht aktualisiert	Hallo, ich brauche Hilfe mit meinem Lautsprecher: Sendungsverfolgung nicht aktualisiert	TKT-00034
INT-000068	chat	104	2023-10-17 11:30:17	17.2	25.00	2023-10-17 11:47:29	3	Lieferproblem: Sendungsverfolgung nicht aktualisiert	Hallo, ich melde mich wieder zu meinem Lautsprecher	TKT-00034
INT-000069	phone	67	2023-10-20 09:43:04	8.4	362.00	2023-10-20 09:51:28	3	\N	\N	TKT-00035
INT-000070	phone	67	2023-10-20 09:59:39	28.2	146.00	2023-10-20 10:27:51	3	\N	\N	TKT-00035
INT-000071	email	67	2023-10-20 13:56:37	8.3	1.65	2023-10-20 14:04:55	3	RE : Prise en charge sous garantie – demande de réparation sous garantie	Bonjour, merci pour l'envoi. Malheureusement, l'appareil de remplacement présente le même défaut (demande de réparation sous garantie). Que dois-je faire maintenant ?	TKT-00035
INT-000072	phone	67	2023-10-20 15:35:25	4.4	56.00	2023-10-20 15:39:49	3	\N	\N	TKT-00035
INT-000073	email	29	2023-10-20 19:28:48	2.8	0.36	2023-10-20 19:31:36	1	Dossier de réparation de mon amplificateur	Madame, Monsieur, j'attends toujours des nouvelles concernant mon amplificateur. Sujet : état d'avancement de la réparation. Pourriez-vous m'indiquer les prochaines étapes ?	TKT-00036
INT-000074	phone	29	2023-10-20 19:31:49	3.4	9.00	2023-10-20 19:35:13	1	\N	\N	TKT-00036
INT-000075	email	29	2023-10-20 19:55:07	2.6	0.33	2023-10-20 19:57:43	1	RE : Retour / réparation : état d'avancement de la réparation	Bonjour, je reviens vers vous au sujet de mon dossier (état d'avancement de la réparation). Je n'ai reçu aucune nouvelle concernant mon amplificateur depuis votre dernier e-mail. Où en est la procédure ?	TKT-00036
INT-000076	chat	29	2023-10-20 19:57:55	2.0	7.00	2023-10-20 19:59:55	1	Prise en charge sous garantie – état d'avancement de la réparation	Bonjour, c'est encore moi : le problème de mon amplificateur est revenu	TKT-00036
INT-000077	phone	52	2023-10-24 12:38:55	6.6	41.00	2023-10-24 12:45:31	3	\N	\N	TKT-00038
INT-000078	email	97	2023-10-24 13:03:19	8.2	1.93	2023-10-24 13:11:31	3	Question about the headphones	Hi, before I buy the headphones, I would like to know more: technical specifications. Thanks!	TKT-00037
INT-000079	phone	52	2023-10-24 13:08:30	7.7	101.00	2023-10-24 13:16:12	3	\N	\N	TKT-00039
INT-000080	phone	52	2023-10-24 14:27:55	18.2	64.00	2023-10-24 14:46:07	3	\N	\N	TKT-00039
INT-000081	email	24	2023-10-26 12:08:57	13.2	1.74	2023-10-26 12:22:09	3	Problem mit der Lieferung: Sendungsverfolgung nicht aktualisiert	Guten Tag, ich brauche Hilfe zu meiner Lieferung (Kopfhörer) – Sendungsverfolgung nicht aktualisiert. Über eine schnelle Antwort würde ich mich freuen.	TKT-00041
INT-000082	email	113	2023-10-26 12:28:24	4.3	2.50	2023-10-26 12:32:42	1	Commande de mon casque : remboursement non reçu	Bonjour, concernant la commande ORD-276355 de mon casque : remboursement non reçu. Pourriez-vous vérifier, s'il vous plaît ?	TKT-00040
INT-000083	chat	24	2023-10-26 14:40:17	15.3	36.00	2023-10-26 14:55:35	1	Meine Bestellung (Kopfhörer) – Sendungsverfolgung nicht aktualisiert	Guten Tag, ich habe noch eine Frage zu meinem Kopfhörer	TKT-00041
INT-000084	phone	49	2023-10-26 17:11:46	4.8	28.00	2023-10-26 17:16:34	3	\N	\N	TKT-00042
INT-000085	email	113	2023-10-26 18:21:47	2.6	0.61	2023-10-26 18:24:23	3	RE : Service comptabilité : remboursement non reçu	Bonjour, merci de votre patience. Nous avons vérifié la commande ORD-276355 et notre service comptabilité a traité votre demande (remboursement non reçu). Vous recevrez prochainement une confirmation par e-mail.	TKT-00040
INT-000086	chat	43	2023-10-27 11:34:01	21.0	484.00	2023-10-27 11:55:01	1	Problem mit meinem Kopfhörer: Verbindung bricht ständig ab	Guten Tag, ich habe ein Problem: Verbindung bricht ständig ab	TKT-00043
INT-000087	phone	74	2023-10-27 12:23:33	5.1	19.00	2023-10-27 12:28:39	1	\N	\N	TKT-00044
INT-000088	chat	74	2023-10-27 13:16:25	6.0	30.00	2023-10-27 13:22:25	1	Suivi de commande : mauvais article livré	Bonjour, je reviens vers vous : mauvais article livré, toujours pas réglé	TKT-00044
INT-000089	phone	74	2023-10-27 15:35:30	13.4	55.00	2023-10-27 15:48:54	3	\N	\N	TKT-00044
INT-000090	chat	43	2023-10-27 15:54:42	9.0	65.00	2023-10-27 16:03:42	1	Störung bei meinem Kopfhörer	Hallo nochmal, ich hatte Sie vorhin schon zu meinem Kopfhörer kontaktiert	TKT-00043
INT-000091	phone	117	2023-10-27 16:12:23	11.3	21.00	2023-10-27 16:23:41	3	\N	\N	TKT-00045
INT-000092	phone	117	2023-10-27 19:06:45	23.2	577.00	2023-10-27 19:29:57	3	\N	\N	TKT-00045
INT-000093	chat	105	2023-10-28 13:29:23	11.7	31.00	2023-10-28 13:41:05	1	Problem with the delivery of my headphones	Hello, I'm contacting you about my headphones (change of delivery address)	TKT-00046
INT-000094	email	60	2023-10-31 19:45:33	3.5	0.98	2023-10-31 19:49:03	1	Réclamation à traiter en priorité : problème toujours non résolu	Madame, Monsieur, je vous écris pour me plaindre de la situation suivante : problème toujours non résolu. Je souhaite que ma demande soit transmise à un responsable.	TKT-00047
INT-000095	email	60	2023-10-31 19:57:28	2.4	0.14	2023-10-31 19:59:52	1	RE : Réclamation concernant mon casque	Bonjour, nous avons examiné votre dossier (problème toujours non résolu) en détail. Nous comprenons votre frustration et remplacerons gratuitement votre casque. Un nouvel appareil vous sera envoyé sous trois jours ouvrés.	TKT-00047
INT-000096	phone	1	2023-11-03 13:11:02	11.0	21.00	2023-11-03 13:22:02	3	\N	\N	TKT-00048
INT-000097	phone	112	2023-11-06 15:21:53	14.3	74.00	2023-11-06 15:36:11	3	\N	\N	TKT-00049
INT-000098	chat	119	2023-11-07 14:09:47	8.0	15.00	2023-11-07 14:17:47	1	My headphones order – parts missing from the box	Hi there – parts missing from the box, can you help?	TKT-00050
INT-000099	email	18	2023-11-12 10:39:36	5.9	1.92	2023-11-12 10:45:30	2	Payment issue with my turntable order	Hi, I have a billing question (refund not received) about my turntable. My order number is ORD-651017.	TKT-00051
INT-000100	email	18	2023-11-12 13:59:45	4.4	0.78	2023-11-12 14:04:09	2	Re: Order for my turntable: refund not received	Hello, thank you for your patience. We have checked order ORD-651017, and our accounts team has now dealt with your request (refund not received). You will receive a confirmation by e-mail shortly.	TKT-00051
INT-000101	email	36	2023-11-13 15:18:25	6.8	0.51	2023-11-13 15:25:13	2	Question about the headphones	Hello, I am comparing several models and need some information on the headphones (compatibility question). Thank you in advance.	TKT-00052
INT-000102	phone	105	2023-11-15 12:48:35	4.1	40.00	2023-11-15 12:52:41	1	\N	\N	TKT-00053
INT-000103	phone	93	2023-11-15 13:07:02	10.1	207.00	2023-11-15 13:17:08	1	\N	\N	TKT-00054
INT-000104	chat	70	2023-11-15 17:14:09	7.8	9.00	2023-11-15 17:21:57	2	Frage zum Versand: Bestellung noch nicht geliefert	Guten Tag, ich habe ein Problem: Bestellung noch nicht geliefert	TKT-00055
INT-000105	phone	105	2023-11-15 17:15:32	14.4	41.00	2023-11-15 17:29:56	2	\N	\N	TKT-00053
INT-000106	phone	20	2023-11-16 11:01:33	7.4	84.00	2023-11-16 11:08:57	1	\N	\N	TKT-00056
INT-000107	phone	20	2023-11-16 14:09:55	8.0	31.00	2023-11-16 14:17:55	1	\N	\N	TKT-00056
INT-000108	email	57	2023-11-16 14:16:40	5.8	0.76	2023-11-16 14:22:28	3	Problem with my turntable – power or battery problem	Hi there, is there a known fix for this problem with my turntable: power or battery problem? Thanks in advance.	TKT-00057
INT-000109	email	57	2023-11-16 17:01:07	8.1	0.86	2023-11-16 17:09:13	3	Re: My turntable: power or battery problem	Hello, thank you for trying our suggestions. As the problem with your turntable persists (power or battery problem), we have passed your case to our technical team, who will get back to you within two working days.	TKT-00057
INT-000110	chat	101	2023-11-17 09:43:27	18.9	102.00	2023-11-17 10:02:21	1	Quick question about the headphones: app features	Hi, I need help with my headphones: app features	TKT-00058
INT-000111	email	85	2023-11-17 12:23:41	16.9	0.51	2023-11-17 12:40:35	1	Technische Störung – Bluetooth-Kopplung schlägt fehl	Guten Tag, ich habe Ihren Plattenspieler vor einigen Monaten gekauft und nun folgendes Problem: Bluetooth-Kopplung schlägt fehl. Gibt es dafür eine Lösung?	TKT-00059
INT-000112	chat	85	2023-11-17 14:09:41	7.5	4.00	2023-11-17 14:17:11	1	Bitte um Hilfe: Bluetooth-Kopplung schlägt fehl	Guten Tag, ich melde mich noch einmal: Bluetooth-Kopplung schlägt fehl, immer noch nicht gelöst	TKT-00059
INT-000113	chat	32	2023-11-18 10:26:06	31.6	56.00	2023-11-18 10:57:42	1	Dysfonctionnement : pas de son	Bonjour, mon problème : pas de son	TKT-00060
INT-000114	chat	12	2023-11-20 15:41:51	6.3	23.00	2023-11-20 15:48:09	2	Bitte um Hilfe: kein Ton	Hallo, ich brauche Hilfe mit meinem Kopfhörer: kein Ton	TKT-00061
INT-000115	phone	82	2023-11-20 17:38:08	6.8	32.00	2023-11-20 17:44:56	1	\N	\N	TKT-00062
INT-000116	phone	82	2023-11-20 17:51:49	13.2	4.00	2023-11-20 18:05:01	1	\N	\N	TKT-00062
INT-000117	phone	82	2023-11-20 18:10:44	12.0	38.00	2023-11-20 18:22:44	1	\N	\N	TKT-00062
INT-000118	phone	82	2023-11-20 19:44:36	4.2	32.00	2023-11-20 19:48:48	1	\N	\N	TKT-00062
INT-000119	chat	56	2023-11-21 09:19:12	11.1	32.00	2023-11-21 09:30:18	3	My amplifier: no sound	Hi, I need help with my amplifier: no sound	TKT-00063
INT-000120	chat	56	2023-11-21 13:17:57	13.5	22.00	2023-11-21 13:31:27	3	Technical issue (no sound)	Hello, I have one more question about my amplifier	TKT-00063
INT-000121	email	7	2023-11-23 16:30:27	4.6	1.10	2023-11-23 16:35:03	2	Bitte um Hilfe: kein Ton	Hallo, mein Verstärker funktioniert nicht mehr richtig. Das Problem: kein Ton. Muss ich das Gerät einschicken?	TKT-00064
INT-000122	phone	83	2023-11-24 11:53:19	3.8	61.00	2023-11-24 11:57:07	3	\N	\N	TKT-00065
INT-000123	phone	1	2023-11-26 14:15:46	10.8	57.00	2023-11-26 14:26:34	3	\N	\N	TKT-00066
INT-000124	phone	77	2023-11-28 13:05:32	8.9	33.00	2023-11-28 13:14:26	1	\N	\N	TKT-00067
INT-000125	phone	20	2023-12-01 11:50:45	4.2	16.00	2023-12-01 11:54:57	1	\N	\N	TKT-00068
INT-000126	email	27	2023-12-04 08:26:00	6.3	12.84	2023-12-04 08:32:18	2	Product information request: app features	Hello, I am interested in the turntable and have a question (app features). Could you give me some advice?	TKT-00069
INT-000127	phone	69	2023-12-05 12:28:26	9.8	93.00	2023-12-05 12:38:14	3	\N	\N	TKT-00070
INT-000128	phone	41	2023-12-05 15:36:01	14.0	32.00	2023-12-05 15:50:01	3	\N	\N	TKT-00072
INT-000129	email	106	2023-12-05 15:55:50	6.8	1.26	2023-12-05 16:02:38	3	Problem mit meinem Plattenspieler: Brummen oder Knistern	Guten Tag, ich habe ein Problem mit meinem Plattenspieler: Brummen oder Knistern. Ich habe das Gerät bereits neu gestartet. Können Sie mir bitte helfen?	TKT-00071
INT-000130	chat	106	2023-12-05 17:58:43	21.2	22.00	2023-12-05 18:19:55	3	Defekt an meinem Plattenspieler: Brummen oder Knistern	Guten Tag, gibt es Neuigkeiten zu meinem Fall? (Brummen oder Knistern)	TKT-00071
INT-000131	phone	81	2023-12-06 14:58:33	11.8	12.00	2023-12-06 15:10:21	2	\N	\N	TKT-00073
INT-000132	phone	81	2023-12-06 17:17:32	4.4	72.00	2023-12-06 17:21:56	2	\N	\N	TKT-00073
INT-000133	phone	33	2023-12-10 12:18:44	3.0	28.00	2023-12-10 12:21:44	1	\N	\N	TKT-00074
INT-000134	phone	33	2023-12-10 15:47:47	4.1	292.00	2023-12-10 15:51:53	1	\N	\N	TKT-00074
INT-000135	chat	27	2023-12-11 17:39:56	9.3	14.00	2023-12-11 17:49:14	2	Technical issue (no sound)	Hello, quick question about my headphones	TKT-00075
INT-000136	phone	24	2023-12-12 17:08:42	7.0	48.00	2023-12-12 17:15:42	2	\N	\N	TKT-00076
INT-000137	phone	101	2023-12-13 10:47:22	5.4	96.00	2023-12-13 10:52:46	1	\N	\N	TKT-00077
INT-000138	chat	101	2023-12-13 11:21:00	5.8	15.00	2023-12-13 11:26:48	1	Shipping query: return label needed	Hi again, I contacted you earlier about my speakers	TKT-00077
INT-000139	phone	101	2023-12-13 15:39:24	6.5	268.00	2023-12-13 15:45:54	1	\N	\N	TKT-00077
INT-000140	phone	47	2023-12-13 15:55:01	6.0	27.00	2023-12-13 16:01:01	1	\N	\N	TKT-00078
INT-000141	phone	47	2023-12-13 19:52:25	2.9	102.00	2023-12-13 19:55:19	2	\N	\N	TKT-00078
INT-000142	phone	2	2023-12-15 15:36:49	11.6	16.00	2023-12-15 15:48:25	2	\N	\N	TKT-00079
INT-000143	phone	2	2023-12-15 18:02:12	7.7	39.00	2023-12-15 18:09:54	2	\N	\N	TKT-00079
INT-000144	chat	103	2023-12-18 10:39:10	9.8	53.00	2023-12-18 10:48:58	2	Order for my speakers: invoice request	Hello, quick question about my speakers	TKT-00080
INT-000145	chat	103	2023-12-18 14:40:35	7.6	16.00	2023-12-18 14:48:11	2	Question about my payment – invoice request	Hello, following up on my earlier request (invoice request)	TKT-00080
INT-000146	email	1	2023-12-19 09:40:19	6.2	0.56	2023-12-19 09:46:31	3	Dysfonctionnement : échec de l'appairage Bluetooth	Bonjour, échec de l'appairage Bluetooth : cela se reproduit régulièrement avec mon enceinte. J'ai déjà réinitialisé l'appareil deux fois. Pouvez-vous m'aider ?	TKT-00081
INT-000147	email	1	2023-12-19 12:19:27	4.5	0.70	2023-12-19 12:23:57	3	RE : Problème avec mon enceinte : échec de l'appairage Bluetooth	Bonjour, nos techniciens ont examiné votre dossier (échec de l'appairage Bluetooth). Veuillez supprimer l'appairage de votre enceinte sur tous vos appareils, redémarrer l'appareil, puis refaire l'appairage. Cela résout le problème dans la plupart des cas.	TKT-00081
INT-000148	chat	49	2023-12-20 12:13:53	11.9	22.00	2023-12-20 12:25:47	3	Livraison de mon amplificateur – suivi du colis non mis à jour	Bonjour, j'ai besoin d'aide avec mon amplificateur : suivi du colis non mis à jour	TKT-00082
INT-000149	chat	17	2023-12-20 15:42:09	3.2	80.00	2023-12-20 15:45:21	3	Rechnung für meinen Plattenspieler	Hallo, ich habe eine Frage zu meinem Plattenspieler (Erstattung noch nicht erhalten)	TKT-00083
INT-000150	phone	17	2023-12-20 15:49:03	3.6	37.00	2023-12-20 15:52:39	3	\N	\N	TKT-00083
INT-000151	chat	35	2023-12-22 08:47:11	7.7	39.00	2023-12-22 08:54:53	2	Livraison de mon amplificateur – mauvais article livré	Bonjour, mon problème : mauvais article livré	TKT-00084
INT-000152	phone	106	2023-12-22 15:35:27	6.3	50.00	2023-12-22 15:41:45	3	\N	\N	TKT-00085
INT-000153	phone	51	2023-12-23 16:46:21	3.4	31.00	2023-12-23 16:49:45	2	\N	\N	TKT-00086
INT-000154	phone	51	2023-12-23 16:56:51	2.5	30.00	2023-12-23 16:59:21	2	\N	\N	TKT-00086
INT-000155	phone	101	2023-12-24 14:14:48	6.1	36.00	2023-12-24 14:20:54	2	\N	\N	TKT-00087
INT-000156	chat	101	2023-12-24 14:25:53	7.0	45.00	2023-12-24 14:32:53	2	Warranty claim for my turntable	Hello, following up on my earlier request (warranty repair request)	TKT-00087
INT-000157	phone	101	2023-12-24 14:56:12	5.3	34.00	2023-12-24 15:01:30	2	\N	\N	TKT-00087
INT-000158	phone	101	2023-12-24 15:20:14	9.4	184.00	2023-12-24 15:29:38	2	\N	\N	TKT-00087
INT-000159	phone	101	2023-12-24 15:43:44	9.9	30.00	2023-12-24 15:53:38	2	\N	\N	TKT-00087
INT-000160	phone	64	2023-12-27 10:03:51	3.5	38.00	2023-12-27 10:07:21	1	\N	\N	TKT-00088
INT-000161	phone	92	2023-12-28 08:40:58	2.6	61.00	2023-12-28 08:43:34	1	\N	\N	TKT-00089
INT-000162	email	63	2023-12-28 11:58:07	7.5	1.17	2023-12-28 12:05:37	3	Shipping query: change of delivery address	Hi, I ordered the turntable last week and there is a problem (change of delivery address). My order number is ORD-820124.	TKT-00090
INT-000163	email	63	2023-12-28 16:13:04	4.2	0.25	2023-12-28 16:17:16	3	Re: My turntable order – change of delivery address	Hello, we have arranged a replacement shipment for your turntable. The new tracking number will follow in a separate e-mail. Order reference: ORD-820124.	TKT-00090
INT-000164	email	63	2023-12-28 16:57:11	15.8	0.58	2023-12-28 17:12:59	3	Re: Problem with the delivery of my turntable	Hello, I dropped off the parcel at the post office this morning with your return label. Could you confirm when my turntable reaches you? Order ORD-820124.	TKT-00090
INT-000165	chat	13	2023-12-29 10:42:45	12.3	35.00	2023-12-29 10:55:03	3	Question about the turntable	Hello, quick question about my turntable	TKT-00091
INT-000166	phone	70	2023-12-29 14:13:26	12.5	24.00	2023-12-29 14:25:56	2	\N	\N	TKT-00092
INT-000167	chat	66	2023-12-30 10:30:01	12.3	43.00	2023-12-30 10:42:19	1	Réclamation : temps d'attente trop long	Bonjour, une petite question sur mon enceinte	TKT-00093
INT-000168	chat	66	2023-12-30 14:25:22	11.7	41.00	2023-12-30 14:37:04	1	Réclamation : temps d'attente trop long	Bonjour, c'est encore moi : le problème de mon enceinte est revenu	TKT-00093
INT-000169	chat	115	2024-01-01 08:20:23	7.8	12.00	2024-01-01 08:28:11	3	Suivi de commande : commande toujours pas livrée	Bonjour, je vous contacte au sujet de mon enceinte (commande toujours pas livrée)	TKT-00094
INT-000170	chat	115	2024-01-01 09:38:25	12.0	54.00	2024-01-01 09:50:25	3	Livraison de mon enceinte – commande toujours pas livrée	Bonjour, avez-vous du nouveau sur mon dossier ? (commande toujours pas livrée)	TKT-00094
INT-000171	chat	115	2024-01-01 09:54:26	17.3	14.00	2024-01-01 10:11:44	3	Suivi de commande : commande toujours pas livrée	Bonjour, je vous recontacte au sujet de mon enceinte	TKT-00094
INT-000172	chat	115	2024-01-01 10:15:59	8.8	89.00	2024-01-01 10:24:47	3	Problème de livraison : commande toujours pas livrée	Bonjour, j'ai encore une question sur mon enceinte	TKT-00094
INT-000173	phone	35	2024-01-02 10:57:06	6.7	243.00	2024-01-02 11:03:48	2	\N	\N	TKT-00096
INT-000174	phone	44	2024-01-02 12:38:06	5.7	31.00	2024-01-02 12:43:48	2	\N	\N	TKT-00097
INT-000175	email	80	2024-01-02 13:03:22	5.7	2.48	2024-01-02 13:09:04	2	Problème de livraison : commande toujours pas livrée	Bonjour, pourriez-vous m'aider avec la commande ORD-900012 ? Le problème : commande toujours pas livrée. Merci.	TKT-00095
INT-000176	email	80	2024-01-02 14:03:30	10.1	0.63	2024-01-02 14:13:36	2	RE : Question sur l'expédition de mon casque	Bonjour, nous avons organisé un nouvel envoi pour votre casque. Le nouveau numéro de suivi vous parviendra dans un e-mail séparé. Référence de commande : ORD-900012.	TKT-00095
INT-000177	email	80	2024-01-02 15:57:58	5.5	0.54	2024-01-02 16:03:28	2	RE : Ma commande : commande toujours pas livrée	Bonjour, j'ai déposé le colis au bureau de poste ce matin avec votre étiquette de retour. Pourriez-vous me confirmer la réception de mon casque ? Commande ORD-900012.	TKT-00095
INT-000178	phone	58	2024-01-02 17:07:55	2.5	143.00	2024-01-02 17:10:25	2	\N	\N	TKT-00098
INT-000179	email	80	2024-01-02 17:35:31	5.6	0.69	2024-01-02 17:41:07	2	RE : Question sur l'expédition de mon casque	Bonjour, vous trouverez ci-joint une étiquette de retour prépayée pour la commande ORD-900012. Dès que le colis sera remis au transporteur, nous nous occuperons du reste (commande toujours pas livrée).	TKT-00095
INT-000180	phone	99	2024-01-05 10:44:35	2.7	91.00	2024-01-05 10:47:17	3	\N	\N	TKT-00099
INT-000181	phone	99	2024-01-05 13:19:34	5.2	35.00	2024-01-05 13:24:46	2	\N	\N	TKT-00099
INT-000182	phone	102	2024-01-05 15:55:56	4.3	11.00	2024-01-05 16:00:14	3	\N	\N	TKT-00100
INT-000183	phone	32	2024-01-05 16:20:04	4.8	117.00	2024-01-05 16:24:52	1	\N	\N	TKT-00101
INT-000184	phone	32	2024-01-05 17:14:16	8.6	46.00	2024-01-05 17:22:52	1	\N	\N	TKT-00101
INT-000185	phone	32	2024-01-05 18:39:41	6.9	14.00	2024-01-05 18:46:35	1	\N	\N	TKT-00101
INT-000186	phone	16	2024-01-06 09:33:26	16.7	46.00	2024-01-06 09:50:08	3	\N	\N	TKT-00102
INT-000187	email	16	2024-01-06 11:47:35	19.0	1.20	2024-01-06 12:06:35	3	Re: Problem with my amplifier – power or battery problem	Hello, thank you for trying our suggestions. As the problem with your amplifier persists (power or battery problem), we have passed your case to our technical team, who will get back to you within two working days.	TKT-00102
INT-000188	chat	42	2024-01-08 11:44:58	5.8	8.00	2024-01-08 11:50:46	2	Bitte um Hilfe: verzerrter Klang	Guten Tag, mein Anliegen: verzerrter Klang	TKT-00103
INT-000189	phone	71	2024-01-08 12:37:20	26.9	8.00	2024-01-08 13:04:14	3	\N	\N	TKT-00104
INT-000190	phone	42	2024-01-08 12:38:54	4.4	41.00	2024-01-08 12:43:18	2	\N	\N	TKT-00103
INT-000191	phone	71	2024-01-08 13:15:09	17.2	15.00	2024-01-08 13:32:21	3	\N	\N	TKT-00104
INT-000192	chat	76	2024-01-10 10:41:06	13.9	12.00	2024-01-10 10:55:00	3	Problem with the delivery of my turntable	Good morning, my problem is: return label needed	TKT-00105
INT-000193	chat	76	2024-01-10 13:53:57	25.9	7.00	2024-01-10 14:19:51	3	Order enquiry: return label needed	Hello, it's me again – the problem with my turntable is back	TKT-00105
INT-000194	chat	76	2024-01-10 14:27:32	3.6	16.00	2024-01-10 14:31:08	3	Order enquiry: return label needed	Hi, I'm back: return label needed, still not sorted	TKT-00105
INT-000195	phone	108	2024-01-11 17:33:00	6.6	25.00	2024-01-11 17:39:36	3	\N	\N	TKT-00106
INT-000196	phone	108	2024-01-11 19:00:32	23.2	141.00	2024-01-11 19:23:44	3	\N	\N	TKT-00106
INT-000197	chat	108	2024-01-11 19:40:09	8.1	7.00	2024-01-11 19:48:15	3	Question sur l'expédition de mon enceinte	Bonjour, j'ai encore une question sur mon enceinte	TKT-00106
INT-000198	chat	75	2024-01-12 10:55:19	10.2	19.00	2024-01-12 11:05:31	2	Defekt an meinem Lautsprecher: Firmware-Update fehlgeschlagen	Hallo, ich brauche Hilfe mit meinem Lautsprecher: Firmware-Update fehlgeschlagen	TKT-00107
INT-000199	phone	17	2024-01-12 12:09:37	7.8	57.00	2024-01-12 12:17:25	2	\N	\N	TKT-00108
INT-000200	email	23	2024-01-15 08:36:22	3.6	17.20	2024-01-15 08:39:58	2	Fault report for my headphones: power or battery problem	Hello, my headphones stopped working properly. The problem: power or battery problem. Do I need to send the device in?	TKT-00109
INT-000201	chat	68	2024-01-15 09:16:17	9.6	65.00	2024-01-15 09:25:53	2	Meine Bestellung (Kopfhörer) – Bestellung noch nicht geliefert	Hallo, ist jemand da? Es geht um meinen Kopfhörer.	TKT-00110
INT-000202	chat	23	2024-01-15 09:45:14	25.6	7.00	2024-01-15 10:10:50	2	Technical issue (power or battery problem)	Hi again, I contacted you earlier about my headphones	TKT-00109
INT-000203	phone	25	2024-01-15 12:12:15	15.4	13.00	2024-01-15 12:27:39	3	\N	\N	TKT-00111
INT-000204	chat	4	2024-01-16 12:51:44	8.7	12.00	2024-01-16 13:00:26	3	Problem mit meinem Kopfhörer: Bluetooth-Kopplung schlägt fehl	Guten Tag, ich habe ein Problem: Bluetooth-Kopplung schlägt fehl	TKT-00112
INT-000205	phone	35	2024-01-17 12:13:25	14.7	12.00	2024-01-17 12:28:07	1	\N	\N	TKT-00113
INT-000206	phone	35	2024-01-17 12:47:50	4.3	25.00	2024-01-17 12:52:08	1	\N	\N	TKT-00113
INT-000207	chat	35	2024-01-17 13:25:21	5.2	26.00	2024-01-17 13:30:33	1	Retour / réparation : demande de réparation sous garantie	Bonjour, je fais suite à ma demande précédente (demande de réparation sous garantie)	TKT-00113
INT-000208	phone	35	2024-01-17 15:17:49	8.1	35.00	2024-01-17 15:25:55	1	\N	\N	TKT-00113
INT-000209	phone	35	2024-01-17 17:11:50	17.3	7.00	2024-01-17 17:29:08	3	\N	\N	TKT-00113
INT-000210	email	72	2024-01-19 08:16:58	5.0	10.40	2024-01-19 08:21:58	1	Panne de mon casque : coupures de connexion fréquentes	Bonjour, j'ai acheté votre casque il y a quelques mois et j'ai maintenant ce problème : coupures de connexion fréquentes. Existe-t-il une solution ?	TKT-00114
INT-000211	email	72	2024-01-19 10:30:12	11.5	1.17	2024-01-19 10:41:42	3	RE : Assistance technique pour mon casque	Bonjour, merci pour ces précisions. Nous avons pu reproduire la panne (coupures de connexion fréquentes) sur un appareil de test ; un correctif pour votre casque sera inclus dans la prochaine mise à jour du firmware.	TKT-00114
INT-000212	phone	18	2024-01-19 14:35:23	7.9	9.00	2024-01-19 14:43:17	3	\N	\N	TKT-00115
INT-000213	chat	18	2024-01-19 17:51:29	21.5	9.00	2024-01-19 18:12:59	3	My headphones: no sound	Hello, sorry to bother you again about my headphones	TKT-00115
INT-000214	email	51	2024-01-21 12:08:50	14.4	2.43	2024-01-21 12:23:14	1	Zahlung meiner Bestellung – Rechnung mit MwSt. für meine Firma	Sehr geehrte Damen und Herren, ich schreibe Ihnen wegen meiner Bestellung ORD-717048. Anliegen: Rechnung mit MwSt. für meine Firma. Vielen Dank für Ihre Rückmeldung.	TKT-00116
INT-000215	email	51	2024-01-21 14:29:56	4.0	1.58	2024-01-21 14:33:56	1	AW: Frage zur Abrechnung: Rechnung mit MwSt. für meine Firma	Guten Tag, anbei erhalten Sie die korrigierte Rechnung für Ihren Verstärker. Falls zu Ihrem Anliegen (Rechnung mit MwSt. für meine Firma) noch etwas fehlt, antworten Sie einfach auf diese E-Mail.	TKT-00116
INT-000216	chat	115	2024-01-21 15:07:21	8.2	155.00	2024-01-21 15:15:33	1	Question avant achat : disponibilité en stock	Bonjour, j'ai un problème : disponibilité en stock	TKT-00117
INT-000217	phone	22	2024-01-22 14:10:13	10.7	32.00	2024-01-22 14:20:55	2	\N	\N	TKT-00118
INT-000218	email	22	2024-01-22 18:12:02	7.3	0.36	2024-01-22 18:19:20	1	RE : Question de facturation : échec du paiement	Bonjour, merci de votre patience. Nous avons vérifié la commande ORD-106813 et notre service comptabilité a traité votre demande (échec du paiement). Vous recevrez prochainement une confirmation par e-mail.	TKT-00118
INT-000219	phone	18	2024-01-25 14:54:19	7.6	22.00	2024-01-25 15:01:55	2	\N	\N	TKT-00119
INT-000220	chat	80	2024-01-26 16:06:17	8.8	52.00	2024-01-26 16:15:05	2	Demande d'information : choix du diamant ou de la cellule	Bonjour, choix du diamant ou de la cellule, pouvez-vous m'aider ?	TKT-00120
INT-000221	phone	75	2024-01-26 16:37:29	2.4	37.00	2024-01-26 16:39:53	1	\N	\N	TKT-00121
INT-000222	phone	79	2024-01-27 11:02:25	2.3	29.00	2024-01-27 11:04:43	3	\N	\N	TKT-00122
INT-000223	chat	2	2024-01-28 13:55:16	9.1	37.00	2024-01-28 14:04:22	3	Warranty claim for my amplifier	Hello, I'm contacting you about my amplifier (warranty repair request)	TKT-00123
INT-000224	chat	2	2024-01-28 14:41:03	13.1	32.00	2024-01-28 14:54:09	3	RMA request for my amplifier	Hello, sorry to bother you again about my amplifier	TKT-00123
INT-000225	chat	2	2024-01-28 15:15:02	12.1	72.00	2024-01-28 15:27:08	3	Return/repair: warranty repair request	Hi, a quick update on my case: warranty repair request	TKT-00123
INT-000226	chat	42	2024-01-30 15:07:46	3.4	34.00	2024-01-30 15:11:10	1	Problem mit der Lieferung: Bestellung noch nicht geliefert	Guten Tag, eine kurze Frage zu meinem Plattenspieler	TKT-00124
INT-000227	chat	42	2024-01-30 15:47:47	7.4	45.00	2024-01-30 15:55:11	1	Frage zum Versand: Bestellung noch nicht geliefert	Guten Tag, ich habe noch eine Frage zu meinem Plattenspieler	TKT-00124
INT-000228	email	6	2024-02-05 08:57:21	19.9	15.92	2024-02-05 09:17:15	2	Escalation request: recurring fault	Hi, this is simply not acceptable. Complaint: recurring fault. I would like to speak to a manager.	TKT-00125
INT-000229	email	78	2024-02-05 18:15:58	3.6	0.43	2024-02-05 18:19:34	3	Formal complaint regarding my speakers	Good afternoon, regarding my speakers, I must complain: recurring fault. I hope you can put this right.	TKT-00126
INT-000230	phone	78	2024-02-05 19:00:54	14.7	107.00	2024-02-05 19:15:36	3	\N	\N	TKT-00126
INT-000231	phone	20	2024-02-06 09:24:21	3.9	41.00	2024-02-06 09:28:15	2	\N	\N	TKT-00127
INT-000232	phone	20	2024-02-06 11:02:37	10.1	161.00	2024-02-06 11:12:43	2	\N	\N	TKT-00127
INT-000233	email	22	2024-02-06 14:02:03	10.3	1.85	2024-02-06 14:12:21	3	Assistance technique pour mon tourne-disque	Bonjour, existe-t-il une solution connue pour ce problème sur mon tourne-disque : problème d'alimentation ou de batterie ? Merci d'avance.	TKT-00128
INT-000234	chat	106	2024-02-08 09:32:41	3.6	23.00	2024-02-08 09:36:17	1	Störung bei meinem Kopfhörer	Hallo, ich brauche Hilfe mit meinem Kopfhörer: Bluetooth-Kopplung schlägt fehl	TKT-00129
INT-000235	chat	87	2024-02-12 15:47:26	11.5	27.00	2024-02-12 15:58:56	3	Frage zum Versand: Änderung der Lieferadresse	Hallo, ist jemand da? Es geht um meinen Kopfhörer.	TKT-00130
INT-000236	chat	64	2024-02-12 16:08:19	7.6	29.00	2024-02-12 16:15:55	1	Repair enquiry: collection for repair	Hi there – collection for repair, can you help?	TKT-00131
INT-000237	chat	64	2024-02-12 16:53:00	10.8	26.00	2024-02-12 17:03:48	2	RMA request for my headphones	Hello, sorry to bother you again about my headphones	TKT-00131
INT-000238	phone	87	2024-02-12 17:29:05	4.5	22.00	2024-02-12 17:33:35	1	\N	\N	TKT-00130
INT-000239	chat	64	2024-02-12 17:43:22	10.9	11.00	2024-02-12 17:54:16	1	Warranty case for my headphones: collection for repair	Hi, a quick update on my case: collection for repair	TKT-00131
INT-000240	phone	64	2024-02-12 18:23:15	6.5	144.00	2024-02-12 18:29:45	1	\N	\N	TKT-00131
INT-000241	chat	64	2024-02-12 18:44:54	8.1	17.00	2024-02-12 18:53:00	1	Warranty case for my headphones: collection for repair	Hi again, I contacted you earlier about my headphones	TKT-00131
INT-000242	email	81	2024-02-13 17:30:44	10.7	0.96	2024-02-13 17:41:26	1	Repair enquiry: warranty repair request	Hi, I am writing about the repair of my speakers (warranty repair request). Order reference: ORD-676081.	TKT-00132
INT-000243	phone	6	2024-02-15 12:44:13	6.0	49.00	2024-02-15 12:50:13	1	\N	\N	TKT-00133
INT-000244	phone	6	2024-02-15 17:37:06	7.5	37.00	2024-02-15 17:44:36	2	\N	\N	TKT-00133
INT-000245	chat	33	2024-02-16 13:39:26	4.4	17.00	2024-02-16 13:43:50	1	Frage zur Abrechnung: Bitte um eine Rechnung	Hallo, ist jemand da? Es geht um meinen Lautsprecher.	TKT-00134
INT-000246	chat	33	2024-02-16 17:51:52	9.8	13.00	2024-02-16 18:01:40	1	Rechnung für meinen Lautsprecher	Guten Tag, ich habe noch eine Frage zu meinem Lautsprecher	TKT-00134
INT-000247	phone	2	2024-02-20 08:57:30	15.6	38.00	2024-02-20 09:13:06	3	\N	\N	TKT-00135
INT-000248	phone	2	2024-02-20 10:37:28	10.4	79.00	2024-02-20 10:47:52	3	\N	\N	TKT-00135
INT-000249	phone	1	2024-02-21 09:33:26	23.6	21.00	2024-02-21 09:57:02	3	\N	\N	TKT-00136
INT-000250	chat	67	2024-02-22 17:19:17	5.9	16.00	2024-02-22 17:25:11	1	Question de facturation : demande de facture	Bonjour, j'ai besoin d'aide avec mon enceinte : demande de facture	TKT-00137
INT-000251	phone	67	2024-02-22 17:55:41	11.0	79.00	2024-02-22 18:06:41	1	\N	\N	TKT-00137
INT-000252	email	51	2024-02-23 17:55:43	8.4	0.20	2024-02-23 18:04:07	3	Bitte um Hilfe: Verbindung bricht ständig ab	Guten Tag, ich habe ein Problem mit meinem Verstärker: Verbindung bricht ständig ab. Ich habe das Gerät bereits neu gestartet. Können Sie mir bitte helfen?	TKT-00138
INT-000253	email	51	2024-02-23 18:25:13	4.6	0.30	2024-02-23 18:29:49	3	AW: Problem mit meinem Verstärker: Verbindung bricht ständig ab	Guten Tag, danke, dass Sie unsere Vorschläge ausprobiert haben. Da das Problem mit Ihrem Verstärker weiterhin besteht (Verbindung bricht ständig ab), haben wir Ihren Fall an unser Technikteam weitergegeben, das sich innerhalb von zwei Werktagen bei Ihnen meldet.	TKT-00138
INT-000254	chat	78	2024-02-25 15:47:15	6.2	30.00	2024-02-25 15:53:27	2	Order enquiry: parts missing from the box	Hello, I have an issue: parts missing from the box	TKT-00139
INT-000255	phone	108	2024-02-26 13:44:10	9.2	17.00	2024-02-26 13:53:22	2	\N	\N	TKT-00140
INT-000256	phone	108	2024-02-26 18:13:51	10.8	35.00	2024-02-26 18:24:39	3	\N	\N	TKT-00140
INT-000257	phone	68	2024-02-28 08:52:55	8.4	27.00	2024-02-28 09:01:19	1	\N	\N	TKT-00141
INT-000258	phone	68	2024-02-28 09:40:14	11.6	118.00	2024-02-28 09:51:50	1	\N	\N	TKT-00141
INT-000259	phone	68	2024-02-28 13:56:03	5.8	9.00	2024-02-28 14:01:51	1	\N	\N	TKT-00141
INT-000260	email	119	2024-03-02 14:27:44	7.3	0.57	2024-03-02 14:35:02	1	My speakers: distorted sound	Hi there, is there a known fix for this problem with my speakers: distorted sound? Thanks in advance.	TKT-00142
INT-000261	email	119	2024-03-02 15:28:02	7.3	0.47	2024-03-02 15:35:20	1	Re: Problem with my speakers – distorted sound	Hello, thank you for your message. To look into the problem with your speakers (distorted sound) more closely, could you send us the serial number and a short description of your setup?	TKT-00142
INT-000262	email	25	2024-03-03 14:29:09	3.1	1.48	2024-03-03 14:32:15	1	Technische Störung – verzerrter Klang	Hallo, verzerrter Klang – das passiert bei meinem Verstärker immer wieder. Ich habe das Gerät schon zweimal zurückgesetzt. Können Sie mir helfen?	TKT-00143
INT-000263	email	25	2024-03-03 15:47:59	4.1	1.04	2024-03-03 15:52:05	1	AW: Problem mit meinem Verstärker: verzerrter Klang	Guten Tag, danke für die Angaben. Wir konnten den Fehler (verzerrter Klang) an einem Testgerät nachstellen; eine Korrektur für Ihren Verstärker ist im nächsten Firmware-Update enthalten.	TKT-00143
INT-000264	phone	47	2024-03-05 11:31:25	5.1	18.00	2024-03-05 11:36:31	2	\N	\N	TKT-00144
INT-000265	phone	19	2024-03-05 16:54:50	4.4	32.00	2024-03-05 16:59:14	2	\N	\N	TKT-00145
INT-000266	email	42	2024-03-06 11:49:28	6.9	2.50	2024-03-06 11:56:22	1	RMA-Anfrage zu meinem Kopfhörer	Hallo, das Gerät wurde mit der Bestellung ORD-443810 gekauft. Mein Anliegen: Bitte um ein Austauschgerät. Vielen Dank im Voraus.	TKT-00146
INT-000267	email	74	2024-03-06 12:17:10	7.3	2.50	2024-03-06 12:24:28	1	Question sur l'expédition de mon tourne-disque	Bonjour, j'ai commandé mon tourne-disque la semaine dernière et il y a un problème : commande toujours pas livrée. Numéro de commande : ORD-904966.	TKT-00147
INT-000268	chat	42	2024-03-06 12:45:29	12.3	103.00	2024-03-06 12:57:47	1	Garantiefall: Bitte um ein Austauschgerät	Hallo, entschuldigen Sie die erneute Störung – es geht noch um meinen Kopfhörer	TKT-00146
INT-000269	email	42	2024-03-06 14:01:42	9.7	1.03	2024-03-06 14:11:24	1	AW: Gewährleistung – Bitte um ein Austauschgerät	Hallo, danke für Ihre Antwort. Ich habe meinen Kopfhörer im Originalkarton verpackt. Wann genau kommt der Kurier, um das Paket abzuholen?	TKT-00146
INT-000270	email	74	2024-03-06 14:10:03	11.5	1.34	2024-03-06 14:21:33	1	RE : Livraison de mon tourne-disque – commande toujours pas livrée	Bonjour, nous sommes désolés pour ce problème de livraison de votre tourne-disque (commande toujours pas livrée). Pourriez-vous nous envoyer une photo du colis et du bon de livraison ?	TKT-00147
INT-000271	phone	42	2024-03-06 14:17:16	11.2	341.00	2024-03-06 14:28:28	1	\N	\N	TKT-00146
INT-000272	chat	61	2024-03-06 15:50:26	2.5	28.00	2024-03-06 15:52:56	1	Lieferproblem: falscher Artikel geliefert	Hallo, ich habe eine Frage zu meinem Lautsprecher (falscher Artikel geliefert)	TKT-00148
INT-000273	email	42	2024-03-06 17:16:40	6.9	2.45	2024-03-06 17:23:34	2	AW: Gewährleistung – Bitte um ein Austauschgerät	Guten Tag, ich melde mich erneut wegen meines Falls (Bitte um ein Austauschgerät). Seit Ihrer letzten E-Mail habe ich nichts mehr zu meinem Kopfhörer gehört. Wie ist der aktuelle Stand?	TKT-00146
INT-000274	email	103	2024-03-06 18:43:15	3.1	1.19	2024-03-06 18:46:21	2	Problem with my headphones – hum or crackling noise	Hello, my headphones stopped working properly. The problem: hum or crackling noise. Do I need to send the device in?	TKT-00149
INT-000275	phone	83	2024-03-07 09:38:15	7.1	10.00	2024-03-07 09:45:21	1	\N	\N	TKT-00150
INT-000276	phone	83	2024-03-07 11:41:21	7.2	13.00	2024-03-07 11:48:33	1	\N	\N	TKT-00150
INT-000277	phone	86	2024-03-13 13:33:56	12.3	22.00	2024-03-13 13:46:14	1	\N	\N	TKT-00151
INT-000278	chat	9	2024-03-14 15:45:55	8.9	6.00	2024-03-14 15:54:49	3	Technical issue (bluetooth pairing fails)	Hello, I have an issue: bluetooth pairing fails	TKT-00152
INT-000279	chat	9	2024-03-14 18:04:26	9.5	60.00	2024-03-14 18:13:56	3	Problem with my turntable – bluetooth pairing fails	Hello, sorry to bother you again about my turntable	TKT-00152
INT-000280	phone	78	2024-03-15 15:46:16	8.6	56.00	2024-03-15 15:54:52	2	\N	\N	TKT-00153
INT-000281	chat	78	2024-03-15 19:07:25	13.0	51.00	2024-03-15 19:20:25	3	Problem with my speakers – power or battery problem	Hello, any news on my case? (power or battery problem)	TKT-00153
INT-000282	chat	46	2024-03-16 15:11:33	11.5	41.00	2024-03-16 15:23:03	2	Fault report for my headphones: distorted sound	Hi there – distorted sound, can you help?	TKT-00154
INT-000283	phone	34	2024-03-16 16:09:24	8.1	15.00	2024-03-16 16:17:30	2	\N	\N	TKT-00155
INT-000284	phone	51	2024-03-19 11:59:54	6.1	27.00	2024-03-19 12:06:00	2	\N	\N	TKT-00156
INT-000285	phone	51	2024-03-19 16:43:38	4.6	22.00	2024-03-19 16:48:14	3	\N	\N	TKT-00156
INT-000286	phone	7	2024-03-21 13:50:53	5.9	16.00	2024-03-21 13:56:47	1	\N	\N	TKT-00157
INT-000287	phone	7	2024-03-21 16:16:41	10.3	5.00	2024-03-21 16:26:59	3	\N	\N	TKT-00157
INT-000288	chat	85	2024-03-22 13:03:21	20.9	14.00	2024-03-22 13:24:15	1	Unzufrieden mit Ihrem Service: Problem weiterhin ungelöst	Guten Tag, eine kurze Frage zu meinem Plattenspieler	TKT-00158
INT-000289	email	42	2024-03-25 19:27:08	5.2	0.77	2024-03-25 19:32:20	1	Gewährleistung – Anfrage zur Garantiereparatur	Sehr geehrte Damen und Herren, es geht um meinen Lautsprecher: Anfrage zur Garantiereparatur. Bitte teilen Sie mir mit, wie ich das Gerät einsenden kann.	TKT-00159
INT-000290	email	42	2024-03-25 19:56:49	2.3	0.39	2024-03-25 19:59:07	1	AW: Garantiefall: Anfrage zur Garantiereparatur	Guten Tag, Ihr Lautsprecher ist in unserem Servicecenter eingegangen, und die Reparatur läuft. Wir informieren Sie, sobald das Gerät wieder auf dem Weg zu Ihnen ist.	TKT-00159
INT-000291	email	60	2024-03-29 14:19:17	5.8	0.40	2024-03-29 14:25:05	2	Livraison de mon tourne-disque – commande toujours pas livrée	Bonjour, j'ai commandé mon tourne-disque la semaine dernière et il y a un problème : commande toujours pas livrée. Numéro de commande : ORD-162637.	TKT-00160
INT-000292	phone	46	2024-03-29 18:00:11	2.9	14.00	2024-03-29 18:03:05	1	\N	\N	TKT-00161
INT-000293	email	60	2024-03-29 19:49:08	8.3	0.27	2024-03-29 19:57:26	1	RE : Question sur l'expédition de mon tourne-disque	Bonjour, vous trouverez ci-joint une étiquette de retour prépayée pour la commande ORD-162637. Dès que le colis sera remis au transporteur, nous nous occuperons du reste (commande toujours pas livrée).	TKT-00160
INT-000294	chat	73	2024-04-01 09:14:46	14.2	35.00	2024-04-01 09:28:58	2	Réclamation concernant mon casque	Bonjour, temps d'attente trop long, pouvez-vous m'aider ?	TKT-00162
INT-000295	chat	63	2024-04-01 12:18:12	14.4	36.00	2024-04-01 12:32:36	3	Repair enquiry: warranty repair request	Hi, is anyone available? It's about my headphones.	TKT-00163
INT-000296	phone	63	2024-04-01 14:21:42	12.8	55.00	2024-04-01 14:34:30	3	\N	\N	TKT-00163
INT-000297	chat	63	2024-04-01 15:15:14	11.8	16.00	2024-04-01 15:27:02	1	Repair enquiry: warranty repair request	Hi, I'm back: warranty repair request, still not sorted	TKT-00163
INT-000298	chat	63	2024-04-01 16:00:37	4.0	69.00	2024-04-01 16:04:37	1	Warranty case for my headphones: warranty repair request	Hello, following up on my earlier request (warranty repair request)	TKT-00163
INT-000299	email	53	2024-04-02 16:25:20	5.0	0.34	2024-04-02 16:30:20	1	Lieferproblem: Rücksendeetikett benötigt	Guten Tag, bei meiner Bestellung ORD-317380 (Verstärker) gibt es ein Problem: Rücksendeetikett benötigt. Könnten Sie das bitte prüfen?	TKT-00164
INT-000300	email	53	2024-04-02 17:12:22	4.8	0.33	2024-04-02 17:17:10	1	AW: Meine Bestellung (Verstärker) – Rücksendeetikett benötigt	Guten Tag, anbei erhalten Sie ein vorfrankiertes Rücksendeetikett für die Bestellung ORD-317380. Sobald das Paket beim Versanddienstleister ist, kümmern wir uns um den Rest (Rücksendeetikett benötigt).	TKT-00164
INT-000301	phone	53	2024-04-02 19:33:17	17.7	47.00	2024-04-02 19:50:59	1	\N	\N	TKT-00164
INT-000302	phone	35	2024-04-03 15:00:04	6.5	87.00	2024-04-03 15:06:34	1	\N	\N	TKT-00165
INT-000303	phone	35	2024-04-03 17:38:23	8.9	44.00	2024-04-03 17:47:17	1	\N	\N	TKT-00165
INT-000304	chat	104	2024-04-04 08:04:44	5.5	65.00	2024-04-04 08:10:14	2	Technische Störung – verzerrter Klang	Hallo, verzerrter Klang – können Sie mir helfen?	TKT-00166
INT-000305	email	102	2024-04-05 13:16:08	5.8	0.56	2024-04-05 13:21:56	1	Bitte um Hilfe: Bluetooth-Kopplung schlägt fehl	Hallo, seit gestern habe ich folgendes Problem mit meinem Kopfhörer: Bluetooth-Kopplung schlägt fehl. Was kann ich tun?	TKT-00167
INT-000306	phone	102	2024-04-05 18:28:58	20.6	22.00	2024-04-05 18:49:34	3	\N	\N	TKT-00167
INT-000307	email	108	2024-04-08 15:11:15	7.5	0.30	2024-04-08 15:18:45	2	Renseignements sur votre enceinte : quel amplificateur pour mes enceintes	Bonjour, votre enceinte m'intéresse et j'ai une question (quel amplificateur pour mes enceintes). Pourriez-vous me conseiller ?	TKT-00168
INT-000308	email	89	2024-04-09 10:34:07	8.2	1.18	2024-04-09 10:42:19	2	Problem mit der Lieferung: Bestellung noch nicht geliefert	Guten Tag, bei meiner Bestellung ORD-479472 (Kopfhörer) gibt es ein Problem: Bestellung noch nicht geliefert. Könnten Sie das bitte prüfen?	TKT-00169
INT-000309	email	89	2024-04-09 15:33:35	6.8	0.29	2024-04-09 15:40:23	2	AW: Frage zum Versand: Bestellung noch nicht geliefert	Guten Tag, vielen Dank für Ihre Geduld. Wir haben den Versanddienstleister zur Bestellung ORD-479472 (Bestellung noch nicht geliefert) kontaktiert und melden uns, sobald wir eine Antwort haben, in der Regel innerhalb von zwei Werktagen.	TKT-00169
INT-000310	phone	119	2024-04-11 16:36:13	5.9	75.00	2024-04-11 16:42:07	2	\N	\N	TKT-00170
INT-000311	phone	6	2024-04-11 17:26:50	14.3	21.00	2024-04-11 17:41:08	3	\N	\N	TKT-00171
INT-000312	phone	6	2024-04-12 12:01:22	4.0	28.00	2024-04-12 12:05:22	1	\N	\N	TKT-00172
INT-000313	phone	6	2024-04-12 15:26:04	9.4	67.00	2024-04-12 15:35:28	1	\N	\N	TKT-00172
INT-000314	phone	79	2024-04-15 10:45:11	18.6	210.00	2024-04-15 11:03:47	3	\N	\N	TKT-00173
INT-000315	phone	79	2024-04-15 13:42:03	7.2	182.00	2024-04-15 13:49:15	3	\N	\N	TKT-00173
INT-000316	chat	38	2024-04-15 16:04:11	5.7	44.00	2024-04-15 16:09:53	1	Störung bei meinem Kopfhörer	Hallo, kein Ton – können Sie mir helfen?	TKT-00174
INT-000317	email	50	2024-04-15 19:16:25	3.2	0.53	2024-04-15 19:19:37	1	Störung bei meinem Verstärker	Guten Tag, ich habe ein Problem mit meinem Verstärker: verzerrter Klang. Ich habe das Gerät bereits neu gestartet. Können Sie mir bitte helfen?	TKT-00175
INT-000318	chat	50	2024-04-15 19:24:17	5.6	68.00	2024-04-15 19:29:53	1	Technische Störung – verzerrter Klang	Guten Tag, ich habe noch eine Frage zu meinem Verstärker	TKT-00175
INT-000319	phone	91	2024-04-16 09:39:44	7.7	737.00	2024-04-16 09:47:26	3	\N	\N	TKT-00176
INT-000320	phone	91	2024-04-16 10:18:01	15.5	306.00	2024-04-16 10:33:31	3	\N	\N	TKT-00176
INT-000321	email	75	2024-04-16 11:59:31	11.0	2.50	2024-04-16 12:10:31	3	Anliegen an die Buchhaltung: doppelte Abbuchung	Guten Tag, zu meiner Bestellung ORD-563689 (Kopfhörer): doppelte Abbuchung. Könnten Sie das bitte prüfen?	TKT-00177
INT-000322	chat	16	2024-04-16 13:35:52	17.1	15.00	2024-04-16 13:52:58	1	Formal complaint regarding my speakers	Hi, is anyone available? It's about my speakers.	TKT-00178
INT-000323	chat	16	2024-04-16 13:57:48	14.6	81.00	2024-04-16 14:12:24	1	Escalation request: long waiting time	Hi, I'm back: long waiting time, still not sorted	TKT-00178
INT-000324	email	75	2024-04-16 15:36:18	10.1	1.42	2024-04-16 15:46:24	3	AW: Zahlungsfrage: doppelte Abbuchung	Guten Tag, danke für die Unterlagen. Ihr Anliegen (doppelte Abbuchung) wurde genehmigt, und die Buchung für Ihren Kopfhörer ist in unserem System korrigiert.	TKT-00177
INT-000325	email	75	2024-04-16 16:54:28	4.2	0.83	2024-04-16 16:58:40	2	AW: Zahlungsfrage: doppelte Abbuchung	Guten Tag, ich melde mich noch einmal wegen der Bestellung ORD-563689. Seit meiner letzten Nachricht hat sich nichts getan: doppelte Abbuchung. Bitte teilen Sie mir mit, wann das erledigt ist.	TKT-00177
INT-000326	phone	12	2024-04-16 18:33:31	21.5	165.00	2024-04-16 18:55:01	1	\N	\N	TKT-00179
INT-000327	email	90	2024-04-17 10:36:13	11.1	2.50	2024-04-17 10:47:19	1	Lieferproblem: Sendungsverfolgung nicht aktualisiert	Guten Tag, ich brauche Hilfe zu meiner Lieferung (Verstärker) – Sendungsverfolgung nicht aktualisiert. Über eine schnelle Antwort würde ich mich freuen.	TKT-00180
INT-000328	email	59	2024-04-17 15:15:43	6.8	1.48	2024-04-17 15:22:31	2	Payment issue with my amplifier order	Hello, regarding order ORD-998146 for my amplifier: charged twice. Could you please look into this?	TKT-00181
INT-000329	email	90	2024-04-17 16:23:26	5.4	0.79	2024-04-17 16:28:50	2	AW: Problem mit der Lieferung: Sendungsverfolgung nicht aktualisiert	Guten Tag, vielen Dank für Ihre Nachricht. Wir haben die Angaben zur Bestellung ORD-326550 aktualisiert (Sendungsverfolgung nicht aktualisiert) und unser Lager informiert. Sie erhalten eine Versandbestätigung für Ihren Verstärker.	TKT-00180
INT-000330	email	59	2024-04-17 18:46:51	8.1	1.15	2024-04-17 18:54:57	2	Re: Payment issue with my amplifier order	Hello, please find the corrected invoice for your amplifier attached. If anything is still missing regarding your request (charged twice), just reply to this e-mail.	TKT-00181
INT-000331	phone	92	2024-04-18 09:06:11	4.8	14.00	2024-04-18 09:10:59	1	\N	\N	TKT-00182
INT-000332	email	92	2024-04-18 14:52:23	3.5	0.38	2024-04-18 14:55:53	1	Re: Order enquiry: order not delivered yet	Hello, please find attached a prepaid return label for order ORD-828519. Once the parcel is with the carrier, we will take care of the rest (order not delivered yet).	TKT-00182
INT-000333	chat	102	2024-04-19 17:40:06	5.0	6.00	2024-04-19 17:45:06	2	Frage zum Versand: Sendungsverfolgung nicht aktualisiert	Hallo, ich habe eine Frage zu meinem Kopfhörer (Sendungsverfolgung nicht aktualisiert)	TKT-00183
INT-000334	email	65	2024-04-22 10:30:08	4.8	20.50	2024-04-22 10:34:56	2	Problem with my headphones – firmware update failed	Good morning, I bought the headphones from you a few months ago and now have the following problem: firmware update failed. Is there a fix for this?	TKT-00184
INT-000335	email	117	2024-04-22 10:30:10	4.5	2.70	2024-04-22 10:34:40	1	Reklamation: Problem weiterhin ungelöst	Sehr geehrte Damen und Herren, hiermit beschwere ich mich über Folgendes: Problem weiterhin ungelöst. Ich bitte um Weiterleitung an eine verantwortliche Person.	TKT-00185
INT-000336	email	65	2024-04-22 12:38:56	7.2	1.44	2024-04-22 12:46:08	3	Re: Fault report for my headphones: firmware update failed	Hello, thank you for trying our suggestions. As the problem with your headphones persists (firmware update failed), we have passed your case to our technical team, who will get back to you within two working days.	TKT-00184
INT-000337	email	117	2024-04-22 14:34:13	4.3	0.69	2024-04-22 14:38:31	1	AW: Unzufrieden mit Ihrem Service: Problem weiterhin ungelöst	Guten Tag, wir haben Ihren Fall (Problem weiterhin ungelöst) eingehend geprüft. Wir verstehen Ihren Ärger und ersetzen Ihren Verstärker kostenlos. Ein neues Gerät wird innerhalb von drei Werktagen verschickt.	TKT-00185
INT-000338	phone	48	2024-04-22 17:06:30	4.4	37.00	2024-04-22 17:10:54	1	\N	\N	TKT-00186
INT-000339	phone	48	2024-04-22 18:41:07	7.3	13.00	2024-04-22 18:48:25	3	\N	\N	TKT-00186
INT-000340	phone	107	2024-04-23 08:27:30	9.0	463.00	2024-04-23 08:36:30	3	\N	\N	TKT-00187
INT-000341	phone	24	2024-04-24 08:12:43	11.6	20.00	2024-04-24 08:24:19	3	\N	\N	TKT-00188
INT-000342	phone	24	2024-04-24 09:05:40	13.9	529.00	2024-04-24 09:19:34	3	\N	\N	TKT-00188
INT-000343	phone	24	2024-04-24 10:22:52	21.3	284.00	2024-04-24 10:44:10	3	\N	\N	TKT-00188
INT-000344	email	24	2024-04-24 13:00:08	4.7	2.23	2024-04-24 13:04:50	3	AW: Rücksendung/Reparatur: Stand der Reparatur	Guten Tag, gute Nachrichten: Die Reparatur an Ihrem Kopfhörer ist abgeschlossen, und das Gerät wurde heute an Sie zurückgeschickt. Die Sendungsnummer erhalten Sie per E-Mail.	TKT-00188
INT-000345	phone	24	2024-04-24 13:25:00	9.7	17.00	2024-04-24 13:34:42	3	\N	\N	TKT-00188
INT-000346	phone	15	2024-04-25 14:54:50	6.2	40.00	2024-04-25 15:01:02	2	\N	\N	TKT-00189
INT-000347	chat	106	2024-04-29 11:32:29	6.4	59.00	2024-04-29 11:38:53	2	Produktanfrage: Frage zur Kompatibilität	Hallo, Frage zur Kompatibilität – können Sie mir helfen?	TKT-00190
INT-000348	phone	65	2024-04-29 15:56:09	6.3	111.00	2024-04-29 16:02:27	2	\N	\N	TKT-00191
INT-000349	phone	65	2024-04-29 17:09:39	8.2	57.00	2024-04-29 17:17:51	3	\N	\N	TKT-00191
INT-000350	chat	70	2024-04-30 11:00:06	3.3	81.00	2024-04-30 11:03:24	2	Störung bei meinem Lautsprecher	Guten Tag, eine kurze Frage zu meinem Lautsprecher	TKT-00192
INT-000351	phone	17	2024-04-30 15:25:37	5.8	202.00	2024-04-30 15:31:25	2	\N	\N	TKT-00193
INT-000352	email	112	2024-05-05 10:26:07	13.2	1.79	2024-05-05 10:39:19	1	Question de facturation : facture avec TVA pour mon entreprise	Bonjour, j'ai une question de facturation (facture avec TVA pour mon entreprise) concernant mon enceinte. Mon numéro de commande est ORD-642158.	TKT-00194
INT-000353	email	112	2024-05-05 13:48:14	2.3	0.38	2024-05-05 13:50:32	1	RE : Commande de mon enceinte : facture avec TVA pour mon entreprise	Bonjour, vous trouverez ci-joint la facture corrigée pour votre enceinte. S'il manque encore quelque chose concernant votre demande (facture avec TVA pour mon entreprise), il vous suffit de répondre à cet e-mail.	TKT-00194
INT-000354	phone	4	2024-05-06 09:09:55	11.2	102.00	2024-05-06 09:21:07	3	\N	\N	TKT-00195
INT-000355	phone	26	2024-05-06 11:07:34	8.3	11.00	2024-05-06 11:15:52	2	\N	\N	TKT-00196
INT-000356	phone	4	2024-05-06 13:38:29	7.6	177.00	2024-05-06 13:46:05	3	\N	\N	TKT-00195
INT-000357	phone	26	2024-05-06 16:08:59	12.5	127.00	2024-05-06 16:21:29	2	\N	\N	TKT-00196
INT-000358	phone	49	2024-05-09 17:50:41	24.8	188.00	2024-05-09 18:15:29	2	\N	\N	TKT-00197
INT-000359	email	49	2024-05-09 19:40:31	3.1	0.75	2024-05-09 19:43:37	2	RE : Suivi de commande : changement d'adresse de livraison	Bonjour, merci de votre patience. Nous avons contacté le transporteur au sujet de la commande ORD-144075 (changement d'adresse de livraison) et reviendrons vers vous dès que possible, en général sous deux jours ouvrés.	TKT-00197
INT-000360	chat	49	2024-05-11 16:42:01	4.1	54.00	2024-05-11 16:46:07	3	Demande d'aide – son distordu	Bonjour, j'ai un problème : son distordu	TKT-00198
INT-000361	chat	49	2024-05-11 16:47:45	4.2	11.00	2024-05-11 16:51:57	3	Dysfonctionnement : son distordu	Bonjour, pardon de vous déranger à nouveau au sujet de mon casque	TKT-00198
INT-000362	email	45	2024-05-13 08:15:09	11.9	16.92	2024-05-13 08:27:03	2	Suivi de commande : mauvais article livré	Madame, Monsieur, je vous contacte pour un problème de livraison : mauvais article livré. La référence de commande est ORD-968722. Merci de m'indiquer la marche à suivre.	TKT-00199
INT-000363	email	45	2024-05-13 12:45:23	3.9	0.05	2024-05-13 12:49:17	2	RE : Ma commande : mauvais article livré	Bonjour, nous avons organisé un nouvel envoi pour votre casque. Le nouveau numéro de suivi vous parviendra dans un e-mail séparé. Référence de commande : ORD-968722.	TKT-00199
INT-000364	chat	52	2024-05-18 13:53:52	8.6	27.00	2024-05-18 14:02:28	2	Dysfonctionnement : pas de son	Bonjour, quelqu'un est disponible ? C'est au sujet de mon enceinte.	TKT-00200
INT-000365	email	78	2024-05-23 12:50:38	3.7	1.08	2024-05-23 12:54:20	2	Pre-sales question: stylus or cartridge recommendation	Good morning, I have a pre-sales question about the headphones: stylus or cartridge recommendation. Which model would you recommend?	TKT-00201
INT-000366	email	92	2024-05-25 11:54:39	2.7	0.77	2024-05-25 11:57:21	1	Enquiry before buying: which amplifier for my speakers	Hello, I am comparing several models and need some information on the amplifier (which amplifier for my speakers). Thank you in advance.	TKT-00202
INT-000367	email	48	2024-05-27 11:10:15	4.6	1.91	2024-05-27 11:14:51	3	Dissatisfied customer: issue still unresolved	Hello, this is my third message about my speakers. Reason for my complaint: issue still unresolved. Please respond promptly.	TKT-00203
INT-000368	phone	5	2024-05-27 11:51:50	13.0	117.00	2024-05-27 12:04:50	3	\N	\N	TKT-00204
INT-000369	phone	5	2024-05-27 16:28:55	7.5	56.00	2024-05-27 16:36:25	2	\N	\N	TKT-00204
INT-000370	email	48	2024-05-27 16:57:51	2.8	1.82	2024-05-27 17:00:39	2	Re: Formal complaint regarding my speakers	Hello, thank you for your patience. To look into your complaint (issue still unresolved) properly, could you tell us the dates of your previous contacts and, if possible, the name of the agent?	TKT-00203
INT-000371	email	78	2024-05-28 09:00:41	11.7	9.59	2024-05-28 09:12:23	3	Technical issue (distorted sound)	Hello, distorted sound – this keeps happening with my amplifier. I have reset the device twice already. Can you help me?	TKT-00205
INT-000372	phone	120	2024-05-28 10:42:45	6.8	15.00	2024-05-28 10:49:33	2	\N	\N	TKT-00206
INT-000373	phone	120	2024-05-28 13:34:09	8.4	84.00	2024-05-28 13:42:33	2	\N	\N	TKT-00206
INT-000374	phone	87	2024-05-29 09:37:38	5.1	59.00	2024-05-29 09:42:44	1	\N	\N	TKT-00207
INT-000375	phone	65	2024-06-01 09:24:22	13.6	82.00	2024-06-01 09:37:58	3	\N	\N	TKT-00208
INT-000376	phone	65	2024-06-01 14:13:43	17.9	46.00	2024-06-01 14:31:37	3	\N	\N	TKT-00208
INT-000377	phone	74	2024-06-02 11:18:48	14.2	170.00	2024-06-02 11:33:00	3	\N	\N	TKT-00209
INT-000378	phone	72	2024-06-03 08:29:43	8.0	28.00	2024-06-03 08:37:43	2	\N	\N	TKT-00210
INT-000379	phone	72	2024-06-03 09:23:46	15.5	39.00	2024-06-03 09:39:16	2	\N	\N	TKT-00210
INT-000380	email	26	2024-06-03 12:54:02	7.8	0.40	2024-06-03 13:01:50	2	Problème avec mon amplificateur : pas de son	Bonjour, j'ai acheté votre amplificateur il y a quelques mois et j'ai maintenant ce problème : pas de son. Existe-t-il une solution ?	TKT-00211
INT-000381	chat	26	2024-06-03 14:47:26	9.2	32.00	2024-06-03 14:56:38	2	Assistance technique pour mon amplificateur	Bonjour, je reviens vers vous : pas de son, toujours pas réglé	TKT-00211
INT-000382	chat	113	2024-06-04 14:25:19	14.8	35.00	2024-06-04 14:40:07	1	Commande de mon tourne-disque : demande de facture	Bonjour, une petite question sur mon tourne-disque	TKT-00212
INT-000383	chat	113	2024-06-04 16:21:14	18.6	8.00	2024-06-04 16:39:50	1	Paiement de ma commande – demande de facture	Bonjour, j'ai essayé ce que votre collègue m'a conseillé, mais le problème de mon tourne-disque persiste	TKT-00212
INT-000384	phone	24	2024-06-05 08:46:04	11.1	29.00	2024-06-05 08:57:10	3	\N	\N	TKT-00213
INT-000385	email	103	2024-06-05 12:47:10	7.5	0.32	2024-06-05 12:54:40	1	Fault report for my speakers: no sound	Dear support team, the fault with my speakers is: no sound. I followed the steps in the manual, but nothing changed.	TKT-00214
INT-000386	phone	103	2024-06-05 14:33:03	3.7	15.00	2024-06-05 14:36:45	1	\N	\N	TKT-00214
INT-000387	phone	39	2024-06-06 08:14:10	9.0	149.00	2024-06-06 08:23:10	2	\N	\N	TKT-00215
INT-000388	email	62	2024-06-06 10:22:26	7.6	0.87	2024-06-06 10:30:02	1	Question sur votre casque	Bonjour, votre casque m'intéresse et j'ai une question (question de compatibilité). Pourriez-vous me conseiller ?	TKT-00216
INT-000389	chat	69	2024-06-06 16:00:42	6.9	81.00	2024-06-06 16:07:36	3	Problem with the delivery of my speakers	Hi there – wrong item delivered, can you help?	TKT-00217
INT-000390	email	51	2024-06-07 10:09:56	4.4	1.17	2024-06-07 10:14:20	2	Unzufrieden mit Ihrem Service: zu lange Wartezeit	Sehr geehrte Damen und Herren, ich bin sehr enttäuscht. Das Problem mit meinem Lautsprecher (zu lange Wartezeit) hat mich viel Zeit gekostet. Ich erwarte eine Lösung.	TKT-00218
INT-000391	chat	51	2024-06-07 12:37:15	6.2	14.00	2024-06-07 12:43:27	2	Sehr enttäuscht – zu lange Wartezeit	Hallo, ich bin es wieder – das Problem mit meinem Lautsprecher ist zurück	TKT-00218
INT-000392	phone	46	2024-06-07 17:39:25	8.2	397.00	2024-06-07 17:47:37	1	\N	\N	TKT-00219
INT-000393	phone	46	2024-06-07 19:06:14	12.4	43.00	2024-06-07 19:18:38	3	\N	\N	TKT-00219
INT-000394	email	24	2024-06-09 10:05:21	6.6	15.60	2024-06-09 10:11:57	2	Rücksendung/Reparatur: Anfrage zur Garantiereparatur	Hallo, ich schreibe Ihnen wegen der Reparatur an meinem Lautsprecher (Anfrage zur Garantiereparatur). Bestellnummer: ORD-419202.	TKT-00220
INT-000395	email	24	2024-06-09 11:00:05	4.7	0.10	2024-06-09 11:04:47	2	AW: Garantiefall: Anfrage zur Garantiereparatur	Guten Tag, vielen Dank für Ihre Nachricht. Ein Kurier holt Ihren Lautsprecher in den nächsten drei Werktagen ab. Bitte verpacken Sie das Gerät sicher, am besten im Originalkarton (Anfrage zur Garantiereparatur).	TKT-00220
INT-000396	phone	24	2024-06-09 11:52:48	8.9	17.00	2024-06-09 12:01:42	2	\N	\N	TKT-00220
INT-000397	email	24	2024-06-09 12:23:42	8.8	0.09	2024-06-09 12:32:30	2	AW: Reparaturanfrage für meinen Lautsprecher	Guten Tag, vielen Dank für Ihre Geduld. Wir haben einen Reparaturfall für Ihren Lautsprecher angelegt (Anfrage zur Garantiereparatur). Bitte senden Sie das Gerät mit einer Kopie der Rechnung zur Bestellung ORD-419202 und dem beigefügten Etikett ein.	TKT-00220
INT-000398	email	24	2024-06-09 12:50:38	9.6	0.24	2024-06-09 13:00:14	2	AW: RMA-Anfrage zu meinem Lautsprecher	Guten Tag, ich habe meinen Lautsprecher wie gewünscht am Montag zurückgeschickt. Können Sie bestätigen, dass das Paket in Ihrem Servicecenter angekommen ist? Bestellung ORD-419202.	TKT-00220
INT-000399	chat	10	2024-06-10 12:04:54	8.4	21.00	2024-06-10 12:13:18	2	Demande d'aide – échec de la mise à jour du firmware	Bonjour, échec de la mise à jour du firmware, pouvez-vous m'aider ?	TKT-00221
INT-000400	chat	10	2024-06-10 16:04:29	4.4	62.00	2024-06-10 16:08:53	3	Dysfonctionnement : échec de la mise à jour du firmware	Bonjour, j'ai encore une question sur mon tourne-disque	TKT-00221
INT-000401	email	35	2024-06-11 14:51:43	10.8	0.34	2024-06-11 15:02:31	2	Grande déception – panne à répétition	Bonjour, je souhaite déposer une réclamation : panne à répétition. Ce n'est pas le service que j'attends de votre entreprise.	TKT-00222
INT-000402	email	35	2024-06-11 16:23:58	3.1	0.39	2024-06-11 16:27:04	3	RE : Réclamation concernant mon casque	Bonjour, veuillez accepter nos sincères excuses pour ce désagrément. Nous avons pris votre remarque (panne à répétition) très au sérieux et en avons discuté avec l'équipe concernée.	TKT-00222
INT-000403	chat	40	2024-06-12 11:07:38	9.5	10.00	2024-06-12 11:17:08	3	Problème avec mon amplificateur : échec de la mise à jour du firmware	Bonjour, j'ai besoin d'aide avec mon amplificateur : échec de la mise à jour du firmware	TKT-00223
INT-000404	chat	40	2024-06-12 11:45:12	11.7	8.00	2024-06-12 11:56:54	3	Problème avec mon amplificateur : échec de la mise à jour du firmware	Bonjour, je reviens vers vous : échec de la mise à jour du firmware, toujours pas réglé	TKT-00223
INT-000405	chat	50	2024-06-13 08:03:24	10.4	24.00	2024-06-13 08:13:48	1	Problem mit meinem Lautsprecher: Bluetooth-Kopplung schlägt fehl	Guten Tag, eine kurze Frage zu meinem Lautsprecher	TKT-00224
INT-000406	chat	50	2024-06-13 13:44:52	12.2	12.00	2024-06-13 13:57:04	1	Technische Störung – Bluetooth-Kopplung schlägt fehl	Hallo, ich komme auf meine Anfrage von vorhin zurück (Bluetooth-Kopplung schlägt fehl)	TKT-00224
INT-000407	email	17	2024-06-17 11:40:14	6.6	2.50	2024-06-17 11:46:50	3	RMA-Anfrage zu meinem Kopfhörer	Hallo, ich schreibe Ihnen wegen der Reparatur an meinem Kopfhörer (Rücksendegenehmigung benötigt). Bestellnummer: ORD-996099.	TKT-00225
INT-000408	chat	17	2024-06-17 11:48:52	8.3	63.00	2024-06-17 11:57:10	3	Garantiefall: Rücksendegenehmigung benötigt	Hallo, entschuldigen Sie die erneute Störung – es geht noch um meinen Kopfhörer	TKT-00225
INT-000409	phone	5	2024-06-17 12:06:03	3.7	65.00	2024-06-17 12:09:45	2	\N	\N	TKT-00226
INT-000410	chat	120	2024-06-17 12:16:05	5.9	34.00	2024-06-17 12:21:59	1	Unzufrieden mit Ihrem Service: unzufrieden mit der Reparatur	Hallo, ich brauche Hilfe mit meinem Lautsprecher: unzufrieden mit der Reparatur	TKT-00227
INT-000411	phone	5	2024-06-17 13:18:23	10.3	45.00	2024-06-17 13:28:41	2	\N	\N	TKT-00226
INT-000412	email	17	2024-06-17 13:51:43	5.4	1.34	2024-06-17 13:57:07	3	AW: Garantiefall: Rücksendegenehmigung benötigt	Hallo, danke für Ihre Antwort. Ich habe meinen Kopfhörer im Originalkarton verpackt. Wann genau kommt der Kurier, um das Paket abzuholen?	TKT-00225
INT-000413	chat	120	2024-06-17 13:52:07	13.4	58.00	2024-06-17 14:05:31	1	Beschwerde zu meinem Lautsprecher	Hallo, ich brauche immer noch Hilfe mit meinem Lautsprecher (unzufrieden mit der Reparatur)	TKT-00227
INT-000414	email	17	2024-06-17 14:36:20	8.1	0.43	2024-06-17 14:44:26	3	AW: Garantiefall: Rücksendegenehmigung benötigt	Guten Tag, vielen Dank für Ihre Nachricht. Ein Kurier holt Ihren Kopfhörer in den nächsten drei Werktagen ab. Bitte verpacken Sie das Gerät sicher, am besten im Originalkarton (Rücksendegenehmigung benötigt).	TKT-00225
INT-000415	chat	17	2024-06-17 15:24:07	12.2	47.00	2024-06-17 15:36:19	3	Reparaturanfrage für meinen Kopfhörer	Hallo nochmal, ich hatte Sie vorhin schon zu meinem Kopfhörer kontaktiert	TKT-00225
INT-000416	chat	98	2024-06-18 12:48:06	5.5	80.00	2024-06-18 12:53:36	2	Return/repair: replacement unit request	Hello, I have an issue: replacement unit request	TKT-00228
INT-000417	chat	98	2024-06-18 13:45:43	5.1	53.00	2024-06-18 13:50:49	2	Warranty case for my headphones: replacement unit request	Hello, following up on my earlier request (replacement unit request)	TKT-00228
INT-000418	chat	98	2024-06-18 15:17:42	8.7	339.00	2024-06-18 15:26:24	2	Warranty claim for my headphones	Hi, I tried what your colleague suggested, but the problem with my headphones is still there	TKT-00228
INT-000419	chat	98	2024-06-18 15:43:20	8.7	54.00	2024-06-18 15:52:02	2	Warranty claim for my headphones	Hello, any news on my case? (replacement unit request)	TKT-00228
INT-000420	email	1	2024-06-19 09:24:21	9.6	19.08	2024-06-19 09:33:57	1	Demande d'information : quel amplificateur pour mes enceintes	Bonjour, petite question sur votre casque : quel amplificateur pour mes enceintes. Où puis-je trouver plus de détails ?	TKT-00229
INT-000421	chat	119	2024-06-19 13:59:23	5.2	23.00	2024-06-19 14:04:35	2	Question about my payment – invoice request	Hi, is anyone available? It's about my speakers.	TKT-00230
INT-000422	chat	119	2024-06-19 15:26:23	5.2	9.00	2024-06-19 15:31:35	2	Order for my speakers: invoice request	Hi again, I contacted you earlier about my speakers	TKT-00230
INT-000423	email	49	2024-06-19 15:55:26	7.7	1.01	2024-06-19 16:03:08	1	Question sur l'expédition de mon enceinte	Bonjour, j'ai besoin d'aide pour l'expédition de mon enceinte – commande toujours pas livrée. Merci de me répondre rapidement.	TKT-00231
INT-000424	chat	49	2024-06-19 17:39:28	6.3	55.00	2024-06-19 17:45:46	2	Problème de livraison : commande toujours pas livrée	Bonjour, je vous recontacte au sujet de mon enceinte	TKT-00231
INT-000425	email	49	2024-06-19 18:41:07	7.1	0.32	2024-06-19 18:48:13	2	RE : Question sur l'expédition de mon enceinte	Bonjour, j'attends toujours la confirmation d'expédition que vous m'avez annoncée pour mon enceinte. Pourriez-vous vérifier à nouveau la commande ORD-567652 ?	TKT-00231
INT-000426	email	7	2024-06-21 09:54:24	4.8	0.22	2024-06-21 09:59:12	3	Beschwerde zu meinem Verstärker	Sehr geehrte Damen und Herren, ich bin sehr enttäuscht. Das Problem mit meinem Verstärker (zu lange Wartezeit) hat mich viel Zeit gekostet. Ich erwarte eine Lösung.	TKT-00232
INT-000427	email	7	2024-06-21 11:27:25	7.9	1.15	2024-06-21 11:35:19	3	AW: Unzufrieden mit Ihrem Service: zu lange Wartezeit	Guten Tag, vielen Dank für Ihre Geduld. Um Ihre Beschwerde (zu lange Wartezeit) genau zu prüfen, nennen Sie uns bitte die Daten Ihrer bisherigen Kontakte und, falls möglich, den Namen des Mitarbeiters.	TKT-00232
INT-000428	email	54	2024-06-22 10:51:25	5.3	2.68	2024-06-22 10:56:43	3	Problem with the delivery of my amplifier	Hello, concerning the delivery of my amplifier: tracking not updating. Can you tell me what happens next?	TKT-00233
INT-000429	phone	97	2024-06-22 11:17:02	5.8	75.00	2024-06-22 11:22:50	3	\N	\N	TKT-00234
INT-000430	phone	54	2024-06-22 12:42:20	8.6	235.00	2024-06-22 12:50:56	3	\N	\N	TKT-00233
INT-000431	email	97	2024-06-22 14:00:48	4.0	1.05	2024-06-22 14:04:48	3	Re: Payment issue with my speakers order	Hello, thank you for the documents. Your request (refund not received) has been approved, and the booking for your speakers has been corrected in our system.	TKT-00234
INT-000432	email	54	2024-06-22 14:31:37	6.2	0.77	2024-06-22 14:37:49	3	Re: Delivery issue: tracking not updating	Hello, thank you for your reply. Unfortunately the parcel with my amplifier has still not arrived, and the tracking has not changed since your last e-mail (tracking not updating).	TKT-00233
INT-000433	email	54	2024-06-22 16:30:01	10.8	1.52	2024-06-22 16:40:49	3	Re: Delivery issue: tracking not updating	Hello, we are sorry about the problem with the delivery of your amplifier (tracking not updating). Could you please send us a photo of the parcel and of the delivery note?	TKT-00233
INT-000434	email	6	2024-06-28 09:11:50	2.8	1.64	2024-06-28 09:14:38	2	Repair enquiry: collection for repair	Dear support, I am still waiting for news about my speakers. Topic: collection for repair. Could you tell me the next steps?	TKT-00235
INT-000435	email	6	2024-06-28 10:44:46	2.9	1.50	2024-06-28 10:47:40	2	Re: RMA request for my speakers	Hello, thank you for your message. A courier will collect your speakers within the next three working days. Please pack the device securely, ideally in the original box (collection for repair).	TKT-00235
INT-000436	email	6	2024-06-28 12:07:00	3.7	1.32	2024-06-28 12:10:42	2	Re: Return/repair: collection for repair	Hello, I am writing again about my case (collection for repair). I have not received any news about my speakers since your last e-mail. What is the current status?	TKT-00235
INT-000437	email	6	2024-06-28 13:01:24	7.8	0.84	2024-06-28 13:09:12	2	Re: RMA request for my speakers	Hello, thank you for your patience. We have opened a repair case for your speakers (collection for repair). Please send the device with a copy of the invoice for order ORD-268118, using the attached label.	TKT-00235
INT-000438	phone	6	2024-06-28 13:09:30	12.9	16.00	2024-06-28 13:22:24	2	\N	\N	TKT-00235
INT-000439	email	6	2024-06-28 14:03:12	3.6	0.68	2024-06-28 14:06:48	2	Re: Return/repair: collection for repair	Hello, to process your request (collection for repair), we need the proof of purchase and the serial number of your speakers. Could you please send us both?	TKT-00235
INT-000440	email	6	2024-06-28 15:06:50	3.4	1.00	2024-06-28 15:10:14	2	Re: RMA request for my speakers	Hi, as requested, here are the proof of purchase for order ORD-268118 and a photo of the serial number label on my speakers (see attachment).	TKT-00235
INT-000441	chat	1	2024-06-30 14:40:01	6.9	31.00	2024-06-30 14:46:55	2	Réclamation : problème toujours non résolu	Bonjour, problème toujours non résolu, pouvez-vous m'aider ?	TKT-00236
INT-000442	chat	1	2024-06-30 15:37:29	5.2	15.00	2024-06-30 15:42:41	2	Grande déception – problème toujours non résolu	Bonjour, j'ai encore une question sur mon casque	TKT-00236
INT-000443	phone	77	2024-07-02 15:14:15	7.5	15.00	2024-07-02 15:21:45	3	\N	\N	TKT-00237
INT-000444	phone	77	2024-07-02 19:13:42	11.3	20.00	2024-07-02 19:25:00	3	\N	\N	TKT-00237
INT-000445	chat	109	2024-07-03 15:14:23	14.0	14.00	2024-07-03 15:28:23	3	Fault report for my speakers: hum or crackling noise	Hi there – hum or crackling noise, can you help?	TKT-00238
INT-000446	chat	109	2024-07-03 18:25:03	3.4	28.00	2024-07-03 18:28:27	2	My speakers: hum or crackling noise	Hello, I still need help with my speakers (hum or crackling noise)	TKT-00238
INT-000447	chat	7	2024-07-05 09:41:01	9.6	28.00	2024-07-05 09:50:37	1	Meine Bestellung (Lautsprecher) – Rücksendeetikett benötigt	Guten Tag, mein Anliegen: Rücksendeetikett benötigt	TKT-00239
INT-000448	chat	7	2024-07-05 10:32:37	5.3	40.00	2024-07-05 10:37:55	1	Frage zum Versand: Rücksendeetikett benötigt	Hallo, ich bin es wieder – das Problem mit meinem Lautsprecher ist zurück	TKT-00239
INT-000449	phone	17	2024-07-08 17:36:12	8.1	24.00	2024-07-08 17:44:18	2	\N	\N	TKT-00240
INT-000450	phone	17	2024-07-08 19:27:32	10.3	8.00	2024-07-08 19:37:50	1	\N	\N	TKT-00240
INT-000451	chat	26	2024-07-09 16:11:53	7.8	23.00	2024-07-09 16:19:41	1	Demande d'aide – pas de son	Bonjour, pas de son, pouvez-vous m'aider ?	TKT-00241
INT-000452	email	76	2024-07-11 15:45:38	4.2	0.47	2024-07-11 15:49:50	1	Help needed: distorted sound on my amplifier	Hello, I am having a problem with my amplifier: distorted sound. I have already tried restarting the device. Could you please help?	TKT-00242
INT-000453	phone	80	2024-07-11 16:47:54	4.8	192.00	2024-07-11 16:52:42	2	\N	\N	TKT-00243
INT-000454	email	80	2024-07-11 18:02:58	6.5	1.12	2024-07-11 18:09:28	2	RE : Service comptabilité : demande de facture	Bonjour, merci de votre patience. Nous avons vérifié la commande ORD-629705 et notre service comptabilité a traité votre demande (demande de facture). Vous recevrez prochainement une confirmation par e-mail.	TKT-00243
INT-000455	email	76	2024-07-11 18:42:06	5.2	0.84	2024-07-11 18:47:18	2	Re: Fault report for my amplifier: distorted sound	Hello, our technicians have reviewed your case (distorted sound). Please remove the pairing with your amplifier on all your devices, restart the device and pair it again. This solves the issue in most cases.	TKT-00242
INT-000456	phone	94	2024-07-12 19:18:21	6.1	53.00	2024-07-12 19:24:27	1	\N	\N	TKT-00244
INT-000457	chat	94	2024-07-12 19:40:26	10.0	6.00	2024-07-12 19:50:26	1	Meine Bestellung (Lautsprecher) – Bestellung noch nicht geliefert	Guten Tag, ich habe noch eine Frage zu meinem Lautsprecher	TKT-00244
INT-000458	phone	82	2024-07-17 10:41:19	12.3	335.00	2024-07-17 10:53:37	3	\N	\N	TKT-00245
INT-000459	phone	42	2024-07-24 17:57:40	12.4	60.00	2024-07-24 18:10:04	2	\N	\N	TKT-00246
INT-000460	phone	42	2024-07-24 18:18:16	5.5	89.00	2024-07-24 18:23:46	2	\N	\N	TKT-00246
INT-000461	phone	1	2024-07-27 11:35:39	11.1	111.00	2024-07-27 11:46:45	1	\N	\N	TKT-00247
INT-000462	phone	3	2024-07-28 15:53:24	2.0	10.00	2024-07-28 15:55:24	1	\N	\N	TKT-00248
INT-000463	phone	70	2024-07-29 13:51:33	3.7	5.00	2024-07-29 13:55:15	3	\N	\N	TKT-00249
INT-000464	phone	70	2024-07-29 19:44:44	3.9	103.00	2024-07-29 19:48:38	1	\N	\N	TKT-00249
INT-000465	phone	120	2024-07-30 08:52:43	18.1	17.00	2024-07-30 09:10:49	3	\N	\N	TKT-00250
INT-000466	phone	120	2024-07-30 12:59:39	13.9	73.00	2024-07-30 13:13:33	3	\N	\N	TKT-00250
INT-000467	phone	120	2024-07-30 14:03:42	12.2	13.00	2024-07-30 14:15:54	3	\N	\N	TKT-00250
INT-000468	phone	119	2024-08-01 11:42:31	12.8	3.00	2024-08-01 11:55:19	1	\N	\N	TKT-00251
INT-000469	phone	97	2024-08-06 14:36:58	4.6	240.00	2024-08-06 14:41:34	3	\N	\N	TKT-00252
INT-000470	phone	97	2024-08-06 15:06:46	7.9	23.00	2024-08-06 15:14:40	3	\N	\N	TKT-00252
INT-000471	phone	58	2024-08-07 09:35:35	7.1	35.00	2024-08-07 09:42:41	3	\N	\N	TKT-00253
INT-000472	chat	115	2024-08-08 19:11:52	8.4	25.00	2024-08-08 19:20:16	3	Mécontentement : mauvaise expérience de livraison	Bonjour, quelqu'un est disponible ? C'est au sujet de mon tourne-disque.	TKT-00254
INT-000473	chat	115	2024-08-08 19:32:56	10.8	68.00	2024-08-08 19:43:44	3	Mécontentement : mauvaise expérience de livraison	Bonjour, j'ai toujours besoin d'aide pour mon tourne-disque (mauvaise expérience de livraison)	TKT-00254
INT-000474	phone	67	2024-08-12 11:10:20	6.1	10.00	2024-08-12 11:16:26	2	\N	\N	TKT-00255
INT-000475	phone	112	2024-08-13 14:23:43	20.9	27.00	2024-08-13 14:44:37	3	\N	\N	TKT-00256
INT-000476	phone	112	2024-08-13 19:12:41	5.2	30.00	2024-08-13 19:17:53	3	\N	\N	TKT-00256
INT-000477	chat	6	2024-08-14 16:43:10	5.6	10.00	2024-08-14 16:48:46	2	Problem with the delivery of my turntable	Hello, I have an issue: change of delivery address	TKT-00257
INT-000478	chat	6	2024-08-14 17:08:23	14.5	2.00	2024-08-14 17:22:53	2	Problem with the delivery of my turntable	Hi again, I contacted you earlier about my turntable	TKT-00257
INT-000479	chat	6	2024-08-14 17:43:19	12.8	2.00	2024-08-14 17:56:07	2	Problem with the delivery of my turntable	Hello, it's me again – the problem with my turntable is back	TKT-00257
INT-000480	chat	41	2024-08-16 18:24:05	9.0	25.00	2024-08-16 18:33:05	2	Rechnung für meinen Verstärker	Guten Tag, mein Anliegen: Erstattung noch nicht erhalten	TKT-00258
INT-000481	email	41	2024-08-16 19:53:04	5.2	1.33	2024-08-16 19:58:16	2	AW: Anliegen an die Buchhaltung: Erstattung noch nicht erhalten	Guten Tag, vielen Dank für Ihre Nachricht. Um Ihr Anliegen (Erstattung noch nicht erhalten) zu bearbeiten, senden Sie uns bitte die Rechnungsadresse Ihrer Bestellung (Verstärker) und einen Screenshot der Zahlung.	TKT-00258
INT-000482	phone	110	2024-08-17 10:51:42	4.3	108.00	2024-08-17 10:56:00	1	\N	\N	TKT-00260
INT-000483	email	4	2024-08-17 12:22:21	9.2	2.50	2024-08-17 12:31:33	1	Defekt an meinem Kopfhörer: Problem mit Akku oder Stromversorgung	Hallo, seit gestern habe ich folgendes Problem mit meinem Kopfhörer: Problem mit Akku oder Stromversorgung. Was kann ich tun?	TKT-00259
INT-000484	email	4	2024-08-17 16:44:09	8.0	1.44	2024-08-17 16:52:09	1	AW: Störung bei meinem Kopfhörer	Guten Tag, danke für die Angaben. Wir konnten den Fehler (Problem mit Akku oder Stromversorgung) an einem Testgerät nachstellen; eine Korrektur für Ihren Kopfhörer ist im nächsten Firmware-Update enthalten.	TKT-00259
INT-000485	email	84	2024-08-18 11:20:39	7.8	1.68	2024-08-18 11:28:27	1	My headphones order – order not delivered yet	Good morning, could you help me with order ORD-396990? The issue is: order not delivered yet. Thank you.	TKT-00261
INT-000486	phone	49	2024-08-18 14:40:27	4.4	327.00	2024-08-18 14:44:51	1	\N	\N	TKT-00262
INT-000487	phone	49	2024-08-18 15:26:03	6.4	160.00	2024-08-18 15:32:27	1	\N	\N	TKT-00262
INT-000488	phone	120	2024-08-20 09:04:26	14.1	113.00	2024-08-20 09:18:32	3	\N	\N	TKT-00263
INT-000489	phone	120	2024-08-20 11:48:47	4.1	117.00	2024-08-20 11:52:53	3	\N	\N	TKT-00263
INT-000490	phone	120	2024-08-20 12:43:38	13.8	13.00	2024-08-20 12:57:26	3	\N	\N	TKT-00263
INT-000491	phone	66	2024-08-23 08:43:18	14.5	71.00	2024-08-23 08:57:48	3	\N	\N	TKT-00264
INT-000492	phone	74	2024-08-23 15:58:21	9.3	13.00	2024-08-23 16:07:39	1	\N	\N	TKT-00265
INT-000493	phone	74	2024-08-23 18:11:26	7.6	81.00	2024-08-23 18:19:02	1	\N	\N	TKT-00265
INT-000494	chat	57	2024-08-25 14:36:08	20.2	51.00	2024-08-25 14:56:20	3	Payment issue with my amplifier order	Hi there – vat invoice for my business, can you help?	TKT-00266
INT-000495	email	57	2024-08-25 15:47:34	9.0	0.85	2024-08-25 15:56:34	3	Re: Billing query: vat invoice for my business	Hello, we are sorry for the inconvenience (vat invoice for my business). Any amount charged incorrectly for order ORD-266985 will be refunded to your original payment method within 5 to 10 working days.	TKT-00266
INT-000496	phone	12	2024-08-26 14:15:23	3.5	42.00	2024-08-26 14:18:53	2	\N	\N	TKT-00267
INT-000497	chat	35	2024-08-26 14:55:46	13.2	9.00	2024-08-26 15:08:58	1	Problème avec mon enceinte : coupures de connexion fréquentes	Bonjour, mon problème : coupures de connexion fréquentes	TKT-00268
INT-000498	phone	85	2024-08-26 16:12:11	6.0	36.00	2024-08-26 16:18:11	1	\N	\N	TKT-00269
INT-000499	chat	35	2024-08-26 16:30:59	8.8	26.00	2024-08-26 16:39:47	1	Assistance technique pour mon enceinte	Bonjour, un petit point sur mon dossier : coupures de connexion fréquentes	TKT-00268
INT-000500	phone	12	2024-08-26 19:31:15	4.2	41.00	2024-08-26 19:35:27	3	\N	\N	TKT-00267
INT-000501	chat	13	2024-08-27 14:55:38	6.7	25.00	2024-08-27 15:02:20	1	Accounts enquiry: payment failed	Hi, I need help with my speakers: payment failed	TKT-00270
INT-000502	chat	13	2024-08-27 16:22:50	3.9	108.00	2024-08-27 16:26:44	1	Question about my payment – payment failed	Hi again, I contacted you earlier about my speakers	TKT-00270
INT-000503	chat	13	2024-08-27 17:00:15	4.9	49.00	2024-08-27 17:05:09	1	Question about my payment – payment failed	Hello, it's me again – the problem with my speakers is back	TKT-00270
INT-000504	chat	25	2024-08-29 09:11:15	4.7	64.00	2024-08-29 09:15:57	2	Technische Störung – Bluetooth-Kopplung schlägt fehl	Hallo, ich brauche Hilfe mit meinem Lautsprecher: Bluetooth-Kopplung schlägt fehl	TKT-00271
INT-000505	chat	25	2024-08-29 09:24:41	4.8	11.00	2024-08-29 09:29:29	2	Technische Störung – Bluetooth-Kopplung schlägt fehl	Hallo, ich komme auf meine Anfrage von vorhin zurück (Bluetooth-Kopplung schlägt fehl)	TKT-00271
INT-000506	phone	100	2024-09-02 10:34:23	7.1	81.00	2024-09-02 10:41:29	2	\N	\N	TKT-00272
INT-000507	phone	9	2024-09-03 08:41:39	12.4	299.00	2024-09-03 08:54:03	2	\N	\N	TKT-00274
INT-000508	phone	92	2024-09-03 09:18:32	7.1	130.00	2024-09-03 09:25:38	2	\N	\N	TKT-00275
INT-000509	email	59	2024-09-03 10:30:21	5.3	16.89	2024-09-03 10:35:39	2	Warranty claim for my speakers	Hello, could you please give me an update on my case (exchange for dead-on-arrival unit)? Order reference: ORD-246866.	TKT-00273
INT-000510	phone	22	2024-09-03 11:35:00	2.2	227.00	2024-09-03 11:37:12	2	\N	\N	TKT-00276
INT-000511	phone	9	2024-09-03 12:55:50	13.8	877.00	2024-09-03 13:09:38	2	\N	\N	TKT-00274
INT-000512	phone	29	2024-09-07 15:04:04	7.8	35.00	2024-09-07 15:11:52	1	\N	\N	TKT-00277
INT-000513	phone	29	2024-09-07 15:19:50	11.5	29.00	2024-09-07 15:31:20	1	\N	\N	TKT-00277
INT-000514	phone	96	2024-09-09 11:17:21	7.9	11.00	2024-09-09 11:25:15	3	\N	\N	TKT-00278
INT-000515	phone	49	2024-09-09 15:35:54	1.7	27.00	2024-09-09 15:37:36	1	\N	\N	TKT-00279
INT-000516	chat	24	2024-09-10 15:08:00	6.0	15.00	2024-09-10 15:14:00	1	Problem mit meinem Kopfhörer: verzerrter Klang	Hallo, ist jemand da? Es geht um meinen Kopfhörer.	TKT-00280
INT-000517	email	86	2024-09-11 13:10:43	7.9	2.50	2024-09-11 13:18:37	2	Störung bei meinem Lautsprecher	Hallo, Problem mit Akku oder Stromversorgung – das passiert bei meinem Lautsprecher immer wieder. Ich habe das Gerät schon zweimal zurückgesetzt. Können Sie mir helfen?	TKT-00281
INT-000518	phone	40	2024-09-11 14:10:48	7.3	28.00	2024-09-11 14:18:06	1	\N	\N	TKT-00282
INT-000519	email	86	2024-09-11 16:42:34	9.6	0.45	2024-09-11 16:52:10	2	AW: Problem mit meinem Lautsprecher: Problem mit Akku oder Stromversorgung	Guten Tag, danke für die Angaben. Wir konnten den Fehler (Problem mit Akku oder Stromversorgung) an einem Testgerät nachstellen; eine Korrektur für Ihren Lautsprecher ist im nächsten Firmware-Update enthalten.	TKT-00281
INT-000520	chat	84	2024-09-12 13:08:17	7.5	56.00	2024-09-12 13:15:47	2	Pre-sales question: technical specifications	Hello, I have an issue: technical specifications	TKT-00283
INT-000521	phone	51	2024-09-13 10:28:53	11.2	41.00	2024-09-13 10:40:05	3	\N	\N	TKT-00284
INT-000522	phone	51	2024-09-13 11:20:26	7.6	163.00	2024-09-13 11:28:02	3	\N	\N	TKT-00284
INT-000523	phone	51	2024-09-13 12:41:20	9.5	18.00	2024-09-13 12:50:50	3	\N	\N	TKT-00284
INT-000524	phone	51	2024-09-13 15:10:57	6.1	48.00	2024-09-13 15:17:03	3	\N	\N	TKT-00284
INT-000525	chat	51	2024-09-13 16:01:21	14.3	57.00	2024-09-13 16:15:39	2	RMA-Anfrage zu meinem Lautsprecher	Guten Tag, ich habe noch eine Frage zu meinem Lautsprecher	TKT-00284
INT-000526	phone	43	2024-09-16 09:36:08	15.0	95.00	2024-09-16 09:51:08	2	\N	\N	TKT-00285
INT-000527	chat	32	2024-09-17 11:57:41	11.4	16.00	2024-09-17 12:09:05	3	Question sur l'expédition de mon amplificateur	Bonjour, j'ai un problème : commande toujours pas livrée	TKT-00286
INT-000528	chat	82	2024-09-18 09:31:10	21.4	39.00	2024-09-18 09:52:34	3	Problem with my headphones – hum or crackling noise	Hello, I have an issue: hum or crackling noise	TKT-00287
INT-000529	chat	82	2024-09-18 11:07:31	19.8	23.00	2024-09-18 11:27:19	3	My headphones: hum or crackling noise	Hi again, I contacted you earlier about my headphones	TKT-00287
INT-000530	chat	36	2024-09-20 16:20:16	5.1	14.00	2024-09-20 16:25:22	1	Order enquiry: tracking not updating	Hello, I'm contacting you about my speakers (tracking not updating)	TKT-00288
INT-000531	phone	116	2024-09-23 11:32:12	12.4	79.00	2024-09-23 11:44:36	2	\N	\N	TKT-00289
INT-000532	phone	116	2024-09-23 12:13:01	8.6	28.00	2024-09-23 12:21:37	2	\N	\N	TKT-00289
INT-000533	phone	116	2024-09-23 15:08:40	5.8	33.00	2024-09-23 15:14:28	2	\N	\N	TKT-00289
INT-000534	email	116	2024-09-26 09:58:31	5.1	0.43	2024-09-26 10:03:37	1	Informationen zum Lautsprecher: passender Verstärker für meine Lautsprecher	Guten Tag, ich habe eine Frage vor dem Kauf zu Ihrem Lautsprecher: passender Verstärker für meine Lautsprecher. Welches Modell würden Sie empfehlen?	TKT-00290
INT-000535	chat	49	2024-10-03 11:24:09	3.2	41.00	2024-10-03 11:27:21	1	Demande d'information : disponibilité en stock	Bonjour, disponibilité en stock, pouvez-vous m'aider ?	TKT-00291
INT-000536	chat	64	2024-10-03 18:21:39	7.1	26.00	2024-10-03 18:28:45	2	Accounts enquiry: charged twice	Hi there – charged twice, can you help?	TKT-00292
INT-000537	chat	64	2024-10-03 19:42:06	8.3	13.00	2024-10-03 19:50:24	2	Accounts enquiry: charged twice	Hi, I tried what your colleague suggested, but the problem with my headphones is still there	TKT-00292
INT-000538	phone	3	2024-10-07 16:45:33	2.9	17.00	2024-10-07 16:48:27	1	\N	\N	TKT-00293
INT-000539	phone	3	2024-10-07 18:33:25	12.7	10.00	2024-10-07 18:46:07	1	\N	\N	TKT-00293
INT-000540	phone	16	2024-10-08 10:53:57	14.5	104.00	2024-10-08 11:08:27	3	\N	\N	TKT-00294
INT-000541	phone	16	2024-10-08 14:33:52	6.3	112.00	2024-10-08 14:40:10	1	\N	\N	TKT-00294
INT-000542	phone	111	2024-10-10 11:20:38	4.9	106.00	2024-10-10 11:25:32	3	\N	\N	TKT-00295
INT-000543	email	62	2024-10-11 16:48:12	5.2	1.29	2024-10-11 16:53:24	1	Problème avec mon casque : pas de son	Madame, Monsieur, le problème avec mon casque est le suivant : pas de son. J'ai suivi les étapes du mode d'emploi, sans résultat.	TKT-00296
INT-000544	phone	62	2024-10-11 18:18:00	10.5	10.00	2024-10-11 18:28:30	1	\N	\N	TKT-00296
INT-000545	phone	88	2024-10-11 18:31:21	4.7	10.00	2024-10-11 18:36:03	1	\N	\N	TKT-00297
INT-000546	email	13	2024-10-12 10:01:52	5.2	1.79	2024-10-12 10:07:04	2	RMA request for my speakers	Dear support, I am still waiting for news about my speakers. Topic: exchange for dead-on-arrival unit. Could you tell me the next steps?	TKT-00298
INT-000547	phone	13	2024-10-12 10:14:22	7.6	73.00	2024-10-12 10:21:58	2	\N	\N	TKT-00298
INT-000548	email	13	2024-10-12 11:33:29	2.4	0.65	2024-10-12 11:35:53	2	Re: Warranty case for my speakers: exchange for dead-on-arrival unit	Hello, I sent my speakers back on Monday as you asked. Could you please confirm that the parcel has arrived at your service centre? Order ORD-770955.	TKT-00298
INT-000549	email	13	2024-10-12 13:11:17	4.8	0.72	2024-10-12 13:16:05	2	Re: Return/repair: exchange for dead-on-arrival unit	Hello, to process your request (exchange for dead-on-arrival unit), we need the proof of purchase and the serial number of your speakers. Could you please send us both?	TKT-00298
INT-000550	phone	13	2024-10-12 14:27:56	8.0	160.00	2024-10-12 14:35:56	2	\N	\N	TKT-00298
INT-000551	phone	67	2024-10-14 09:52:41	5.1	121.00	2024-10-14 09:57:47	2	\N	\N	TKT-00299
INT-000552	phone	76	2024-10-15 08:05:22	9.0	19.00	2024-10-15 08:14:22	2	\N	\N	TKT-00300
INT-000553	phone	87	2024-10-15 17:42:24	4.3	128.00	2024-10-15 17:46:42	3	\N	\N	TKT-00301
INT-000554	phone	87	2024-10-15 18:07:32	13.2	105.00	2024-10-15 18:20:44	3	\N	\N	TKT-00301
INT-000555	phone	73	2024-10-17 16:26:39	5.1	3.00	2024-10-17 16:31:45	2	\N	\N	TKT-00302
INT-000556	phone	73	2024-10-17 16:45:36	4.1	36.00	2024-10-17 16:49:42	2	\N	\N	TKT-00302
INT-000557	chat	39	2024-10-18 10:20:21	22.9	84.00	2024-10-18 10:43:15	3	Dissatisfied customer: recurring fault	Hi, I need help with my speakers: recurring fault	TKT-00303
INT-000558	chat	39	2024-10-18 13:54:38	14.6	65.00	2024-10-18 14:09:14	3	Formal complaint regarding my speakers	Hello, following up on my earlier request (recurring fault)	TKT-00303
INT-000559	email	67	2024-10-24 17:40:11	7.8	0.23	2024-10-24 17:47:59	2	Question sur l'expédition de mon tourne-disque	Bonjour, concernant la livraison de mon tourne-disque : mauvais article livré. Pouvez-vous me dire quelle est la prochaine étape ?	TKT-00304
INT-000560	email	47	2024-10-25 08:25:11	13.0	0.74	2024-10-25 08:38:11	3	Help needed: distorted sound on my turntable	Hello, I am having a problem with my turntable: distorted sound. I have already tried restarting the device. Could you please help?	TKT-00305
INT-000561	email	8	2024-10-28 08:22:17	5.8	6.24	2024-10-28 08:28:05	2	Beschwerde: zu lange Wartezeit	Hallo, das ist bereits meine dritte Nachricht zu meinem Lautsprecher. Grund meiner Beschwerde: zu lange Wartezeit. Bitte antworten Sie zeitnah.	TKT-00306
INT-000562	email	8	2024-10-28 13:50:49	5.6	1.53	2024-10-28 13:56:25	1	AW: Beschwerde: zu lange Wartezeit	Guten Tag, vielen Dank für Ihre Nachricht, und bitte entschuldigen Sie. Wir haben Ihre Beschwerde (zu lange Wartezeit) an die Teamleitung weitergeleitet, die sich innerhalb von zwei Werktagen bei Ihnen meldet.	TKT-00306
INT-000563	phone	103	2024-10-31 12:47:05	14.2	21.00	2024-10-31 13:01:17	3	\N	\N	TKT-00307
INT-000564	phone	103	2024-10-31 13:44:59	12.7	102.00	2024-10-31 13:57:41	3	\N	\N	TKT-00307
INT-000565	email	103	2024-10-31 18:33:55	7.0	1.49	2024-10-31 18:40:55	3	Re: Accounts enquiry: invoice request	Hello, I received the document, thank you, but the amount shown for my headphones is not correct. Could you please correct it (invoice request)?	TKT-00307
INT-000566	phone	79	2024-10-31 19:20:54	9.1	9.00	2024-10-31 19:30:00	3	\N	\N	TKT-00308
INT-000567	chat	61	2024-11-01 09:35:45	10.1	36.00	2024-11-01 09:45:51	2	Frage zum Kopfhörer	Hallo, technische Daten – können Sie mir helfen?	TKT-00309
INT-000568	chat	120	2024-11-03 13:15:36	9.3	10.00	2024-11-03 13:24:54	2	Defekt an meinem Lautsprecher: Brummen oder Knistern	Hallo, ich habe eine Frage zu meinem Lautsprecher (Brummen oder Knistern)	TKT-00310
INT-000569	email	120	2024-11-03 15:47:57	3.3	1.26	2024-11-03 15:51:15	2	AW: Defekt an meinem Lautsprecher: Brummen oder Knistern	Guten Tag, vielen Dank für Ihre Geduld. Zu Ihrem Lautsprecher (Brummen oder Knistern): Bitte installieren Sie die neueste Firmware und setzen Sie das Gerät anschließend auf die Werkseinstellungen zurück. Geben Sie uns gern Bescheid, ob das hilft.	TKT-00310
INT-000570	email	6	2024-11-07 13:09:54	3.4	0.50	2024-11-07 13:13:18	2	Technical issue (hum or crackling noise)	Good morning, I bought the speakers from you a few months ago and now have the following problem: hum or crackling noise. Is there a fix for this?	TKT-00311
INT-000571	phone	6	2024-11-07 17:58:20	7.4	22.00	2024-11-07 18:05:44	3	\N	\N	TKT-00311
INT-000572	phone	56	2024-11-15 18:38:04	7.6	28.00	2024-11-15 18:45:40	1	\N	\N	TKT-00312
INT-000573	phone	56	2024-11-15 19:42:57	13.2	13.00	2024-11-15 19:56:09	1	\N	\N	TKT-00312
INT-000574	email	92	2024-11-16 14:26:05	11.3	1.31	2024-11-16 14:37:23	3	Delivery issue: order not delivered yet	Good morning, could you help me with order ORD-835413? The issue is: order not delivered yet. Thank you.	TKT-00313
INT-000575	email	45	2024-11-18 10:18:45	5.7	2.22	2024-11-18 10:24:27	2	Demande d'aide – pas de son	Bonjour, pas de son : cela se reproduit régulièrement avec mon casque. J'ai déjà réinitialisé l'appareil deux fois. Pouvez-vous m'aider ?	TKT-00314
INT-000576	email	45	2024-11-18 11:20:38	4.7	0.34	2024-11-18 11:25:20	2	RE : Demande d'aide – pas de son	Bonjour, merci de votre patience. Concernant votre casque (pas de son) : veuillez installer le dernier firmware, puis rétablir les paramètres d'usine. Tenez-nous au courant du résultat.	TKT-00314
INT-000577	chat	9	2024-11-19 09:57:56	5.4	16.00	2024-11-19 10:03:20	3	Payment issue with my headphones order	Hi, is anyone available? It's about my headphones.	TKT-00315
INT-000578	chat	9	2024-11-19 10:32:50	8.2	112.00	2024-11-19 10:41:02	3	Accounts enquiry: payment failed	Hello, sorry to bother you again about my headphones	TKT-00315
INT-000579	phone	86	2024-11-20 13:48:01	9.7	10.00	2024-11-20 13:57:43	1	\N	\N	TKT-00316
INT-000580	phone	86	2024-11-20 18:55:30	10.7	19.00	2024-11-20 19:06:12	1	\N	\N	TKT-00316
INT-000581	phone	32	2024-11-25 15:38:24	8.7	88.00	2024-11-25 15:47:06	2	\N	\N	TKT-00317
INT-000582	email	90	2024-11-25 18:51:01	10.4	0.58	2024-11-25 19:01:25	3	Lieferproblem: Paket beschädigt angekommen	Sehr geehrte Damen und Herren, ich wende mich wegen eines Lieferproblems an Sie: Paket beschädigt angekommen. Die Bestellnummer lautet ORD-191865. Wie geht es nun weiter?	TKT-00318
INT-000583	email	13	2024-11-28 15:10:23	11.1	0.25	2024-11-28 15:21:29	3	Problem with my speakers – distorted sound	Good morning, I bought the speakers from you a few months ago and now have the following problem: distorted sound. Is there a fix for this?	TKT-00319
INT-000584	phone	13	2024-11-28 16:57:47	22.2	59.00	2024-11-28 17:19:59	3	\N	\N	TKT-00319
INT-000585	phone	101	2024-11-29 10:12:55	12.1	35.00	2024-11-29 10:25:01	1	\N	\N	TKT-00320
INT-000586	phone	101	2024-11-29 10:59:10	4.8	225.00	2024-11-29 11:03:58	1	\N	\N	TKT-00320
INT-000587	chat	83	2024-11-29 17:55:11	5.8	79.00	2024-11-29 18:00:59	2	Meine Bestellung (Lautsprecher) – Sendungsverfolgung nicht aktualisiert	Hallo, ist jemand da? Es geht um meinen Lautsprecher.	TKT-00321
INT-000588	email	112	2024-12-02 11:30:41	8.1	0.54	2024-12-02 11:38:47	3	Service comptabilité : demande de facture	Bonjour, j'ai constaté un problème lors du paiement de mon casque : demande de facture. Merci de m'indiquer la marche à suivre.	TKT-00322
INT-000589	chat	39	2024-12-02 13:39:22	13.3	100.00	2024-12-02 13:52:40	1	Help needed: connection keeps dropping on my speakers	Good morning, my problem is: connection keeps dropping	TKT-00323
INT-000590	chat	112	2024-12-02 13:43:09	11.5	19.00	2024-12-02 13:54:39	3	Commande de mon casque : demande de facture	Bonjour, avez-vous du nouveau sur mon dossier ? (demande de facture)	TKT-00322
INT-000591	chat	39	2024-12-02 16:55:06	9.3	5.00	2024-12-02 17:04:24	2	My speakers: connection keeps dropping	Hi again, I contacted you earlier about my speakers	TKT-00323
INT-000592	email	25	2024-12-04 15:28:33	13.3	1.12	2024-12-04 15:41:51	2	Störung bei meinem Kopfhörer	Guten Tag, ich habe Ihren Kopfhörer vor einigen Monaten gekauft und nun folgendes Problem: Bluetooth-Kopplung schlägt fehl. Gibt es dafür eine Lösung?	TKT-00324
INT-000593	email	42	2024-12-05 09:19:45	6.6	12.44	2024-12-05 09:26:21	1	Frage zum Versand: Änderung der Lieferadresse	Hallo, können Sie mir bei der Bestellung ORD-725628 helfen? Das Problem: Änderung der Lieferadresse. Danke.	TKT-00325
INT-000594	email	104	2024-12-05 09:39:19	8.3	0.95	2024-12-05 09:47:37	1	Bitte um Hilfe: verzerrter Klang	Hallo, seit gestern habe ich folgendes Problem mit meinem Kopfhörer: verzerrter Klang. Was kann ich tun?	TKT-00326
INT-000595	phone	78	2024-12-06 12:20:18	6.9	6.00	2024-12-06 12:27:12	3	\N	\N	TKT-00327
INT-000596	phone	78	2024-12-06 13:51:19	6.9	19.00	2024-12-06 13:58:13	3	\N	\N	TKT-00327
INT-000597	chat	13	2024-12-09 09:35:26	12.4	41.00	2024-12-09 09:47:50	2	Technical issue (connection keeps dropping)	Good morning, my problem is: connection keeps dropping	TKT-00329
INT-000598	email	24	2024-12-09 09:38:33	4.8	1.45	2024-12-09 09:43:21	2	RMA-Anfrage zu meinem Kopfhörer	Sehr geehrte Damen und Herren, es geht um meinen Kopfhörer: Stand der Reparatur. Bitte teilen Sie mir mit, wie ich das Gerät einsenden kann.	TKT-00328
INT-000599	email	24	2024-12-09 11:21:30	7.7	0.39	2024-12-09 11:29:12	2	AW: Gewährleistung – Stand der Reparatur	Guten Tag, gute Nachrichten: Die Reparatur an Ihrem Kopfhörer ist abgeschlossen, und das Gerät wurde heute an Sie zurückgeschickt. Die Sendungsnummer erhalten Sie per E-Mail.	TKT-00328
INT-000600	chat	13	2024-12-09 11:34:11	8.2	41.00	2024-12-09 11:42:23	2	Technical issue (connection keeps dropping)	Hello, sorry to bother you again about my speakers	TKT-00329
INT-000601	email	24	2024-12-09 13:05:49	3.5	1.41	2024-12-09 13:09:19	2	AW: Garantiefall: Stand der Reparatur	Hallo, danke für das Austauschgerät. Leider zeigt es denselben Fehler (Stand der Reparatur). Was soll ich jetzt tun?	TKT-00328
INT-000602	phone	75	2024-12-10 17:12:02	6.8	3.00	2024-12-10 17:18:50	1	\N	\N	TKT-00330
INT-000603	phone	75	2024-12-10 17:26:11	7.1	23.00	2024-12-10 17:33:17	1	\N	\N	TKT-00330
INT-000604	phone	75	2024-12-10 18:55:17	11.4	83.00	2024-12-10 19:06:41	1	\N	\N	TKT-00330
INT-000605	chat	106	2024-12-16 09:51:43	6.1	121.00	2024-12-16 09:57:49	2	Problem mit der Lieferung: Rücksendeetikett benötigt	Guten Tag, eine kurze Frage zu meinem Lautsprecher	TKT-00331
INT-000606	phone	100	2024-12-16 16:48:54	23.0	50.00	2024-12-16 17:11:54	3	\N	\N	TKT-00332
INT-000607	phone	100	2024-12-16 19:25:05	10.8	60.00	2024-12-16 19:35:53	3	\N	\N	TKT-00332
INT-000608	phone	26	2024-12-17 12:00:56	8.5	54.00	2024-12-17 12:09:26	3	\N	\N	TKT-00333
INT-000609	phone	89	2024-12-17 13:05:19	12.3	27.00	2024-12-17 13:17:37	3	\N	\N	TKT-00334
INT-000610	phone	119	2024-12-17 14:10:12	6.7	5.00	2024-12-17 14:16:54	2	\N	\N	TKT-00335
INT-000611	phone	119	2024-12-17 15:39:38	13.1	16.00	2024-12-17 15:52:44	2	\N	\N	TKT-00335
INT-000612	chat	98	2024-12-23 08:26:22	17.7	67.00	2024-12-23 08:44:04	3	Delivery issue: tracking not updating	Hi there – tracking not updating, can you help?	TKT-00336
INT-000613	phone	116	2024-12-30 08:47:11	26.7	22.00	2024-12-30 09:13:53	2	\N	\N	TKT-00337
INT-000614	chat	12	2025-01-01 12:24:48	4.6	13.00	2025-01-01 12:29:24	1	Frage zum Lautsprecher	Hallo, ich brauche Hilfe mit meinem Lautsprecher: Frage zur Kompatibilität	TKT-00338
INT-000615	phone	63	2025-01-03 14:32:13	10.1	11.00	2025-01-03 14:42:19	2	\N	\N	TKT-00339
INT-000616	phone	63	2025-01-03 14:56:19	5.9	48.00	2025-01-03 15:02:13	2	\N	\N	TKT-00339
INT-000617	chat	115	2025-01-05 13:09:30	13.0	108.00	2025-01-05 13:22:30	2	Assistance technique pour mon amplificateur	Bonjour, je vous contacte au sujet de mon amplificateur (coupures de connexion fréquentes)	TKT-00340
INT-000618	chat	115	2025-01-05 13:52:49	12.7	25.00	2025-01-05 14:05:31	2	Problème avec mon amplificateur : coupures de connexion fréquentes	Bonjour, je vous recontacte au sujet de mon amplificateur	TKT-00340
INT-000619	phone	48	2025-01-09 08:59:55	19.5	171.00	2025-01-09 09:19:25	1	\N	\N	TKT-00341
INT-000620	phone	48	2025-01-09 10:40:47	7.1	88.00	2025-01-09 10:47:53	1	\N	\N	TKT-00341
INT-000621	phone	48	2025-01-09 12:08:06	4.4	28.00	2025-01-09 12:12:30	1	\N	\N	TKT-00341
INT-000622	phone	48	2025-01-09 13:13:21	6.2	36.00	2025-01-09 13:19:33	1	\N	\N	TKT-00341
INT-000623	phone	48	2025-01-09 13:48:06	23.9	8.00	2025-01-09 14:12:00	3	\N	\N	TKT-00341
INT-000624	phone	48	2025-01-09 14:22:28	11.3	13.00	2025-01-09 14:33:46	1	\N	\N	TKT-00341
INT-000625	chat	11	2025-01-10 09:18:24	6.7	81.00	2025-01-10 09:25:06	1	Panne de mon amplificateur : coupures de connexion fréquentes	Bonjour, j'ai besoin d'aide avec mon amplificateur : coupures de connexion fréquentes	TKT-00342
INT-000626	phone	41	2025-01-10 17:06:28	9.6	16.00	2025-01-10 17:16:04	3	\N	\N	TKT-00343
INT-000627	phone	41	2025-01-10 17:44:25	8.8	96.00	2025-01-10 17:53:13	3	\N	\N	TKT-00343
INT-000628	phone	41	2025-01-10 19:15:44	6.7	63.00	2025-01-10 19:22:26	2	\N	\N	TKT-00343
INT-000629	chat	59	2025-01-14 09:30:40	5.5	17.00	2025-01-14 09:36:10	3	Return/repair: repair status update	Hi, is anyone available? It's about my headphones.	TKT-00344
INT-000630	chat	59	2025-01-14 13:02:54	15.6	48.00	2025-01-14 13:18:30	3	Return/repair: repair status update	Hello, any news on my case? (repair status update)	TKT-00344
INT-000631	phone	59	2025-01-14 14:10:39	9.7	33.00	2025-01-14 14:20:21	3	\N	\N	TKT-00344
INT-000632	phone	51	2025-01-15 15:37:12	8.7	11.00	2025-01-15 15:45:54	2	\N	\N	TKT-00345
INT-000633	phone	51	2025-01-15 17:51:32	11.4	13.00	2025-01-15 18:02:56	2	\N	\N	TKT-00345
INT-000634	phone	117	2025-01-16 15:49:05	13.9	54.00	2025-01-16 16:02:59	2	\N	\N	TKT-00346
INT-000635	phone	117	2025-01-16 16:24:08	2.8	8.00	2025-01-16 16:26:56	2	\N	\N	TKT-00346
INT-000636	chat	75	2025-01-17 08:21:43	15.9	37.00	2025-01-17 08:37:37	3	Sehr enttäuscht – zu lange Wartezeit	Hallo, ich habe eine Frage zu meinem Kopfhörer (zu lange Wartezeit)	TKT-00347
INT-000637	email	6	2025-01-20 09:59:10	8.5	0.85	2025-01-20 10:07:40	2	Repair enquiry: repair status update	Hi, I am writing about the repair of my speakers (repair status update). Order reference: ORD-580142.	TKT-00348
INT-000638	phone	6	2025-01-20 10:58:43	5.2	154.00	2025-01-20 11:03:55	2	\N	\N	TKT-00348
INT-000639	email	6	2025-01-20 11:59:02	5.2	0.72	2025-01-20 12:04:14	2	Re: Repair enquiry: repair status update	Hello, I sent my speakers back on Monday as you asked. Could you please confirm that the parcel has arrived at your service centre? Order ORD-580142.	TKT-00348
INT-000640	phone	6	2025-01-20 12:39:39	13.9	264.00	2025-01-20 12:53:33	2	\N	\N	TKT-00348
INT-000641	email	18	2025-01-20 14:51:45	8.8	0.82	2025-01-20 15:00:33	1	Shipping query: return label needed	Hello, concerning the delivery of my headphones: return label needed. Can you tell me what happens next?	TKT-00349
INT-000642	phone	18	2025-01-20 17:26:41	5.0	14.00	2025-01-20 17:31:41	3	\N	\N	TKT-00349
INT-000643	chat	18	2025-01-20 19:49:59	6.5	29.00	2025-01-20 19:56:29	3	Order enquiry: return label needed	Hi, a quick update on my case: return label needed	TKT-00349
INT-000644	phone	64	2025-01-21 08:18:08	9.1	36.00	2025-01-21 08:27:14	3	\N	\N	TKT-00350
INT-000645	chat	64	2025-01-21 13:07:21	14.5	77.00	2025-01-21 13:21:51	3	Technical issue (firmware update failed)	Hi, a quick update on my case: firmware update failed	TKT-00350
INT-000646	chat	119	2025-01-21 17:04:12	9.1	38.00	2025-01-21 17:13:18	1	Problem with my amplifier – connection keeps dropping	Hello, I'm contacting you about my amplifier (connection keeps dropping)	TKT-00351
INT-000647	chat	98	2025-01-22 11:46:07	7.1	6.00	2025-01-22 11:53:13	3	My headphones order – parcel arrived damaged	Good morning, my problem is: parcel arrived damaged	TKT-00352
INT-000648	chat	98	2025-01-22 17:05:40	6.2	16.00	2025-01-22 17:11:52	1	Shipping query: parcel arrived damaged	Hello, following up on my earlier request (parcel arrived damaged)	TKT-00352
INT-000649	email	111	2025-01-23 10:30:00	6.9	0.29	2025-01-23 10:36:54	1	Shipping query: wrong item delivered	Hi, I need help with the shipment of my speakers – wrong item delivered. I would appreciate a quick reply.	TKT-00353
INT-000650	email	111	2025-01-23 13:09:24	5.0	0.75	2025-01-23 13:14:24	1	Re: My speakers order – wrong item delivered	Hello, thank you for your patience. We have contacted the carrier about order ORD-281541 (wrong item delivered) and will update you as soon as we hear back, usually within two working days.	TKT-00353
INT-000651	phone	110	2025-01-24 15:08:44	9.6	79.00	2025-01-24 15:18:20	1	\N	\N	TKT-00354
INT-000652	email	111	2025-01-24 18:51:48	4.3	0.70	2025-01-24 18:56:06	3	Order enquiry: order not delivered yet	Hello, there is a problem with my order ORD-627931 (headphones): order not delivered yet. Could you please check this for me?	TKT-00355
INT-000653	email	111	2025-01-24 19:48:20	5.8	0.87	2025-01-24 19:54:08	3	Re: My headphones order – order not delivered yet	Hello, we have arranged a replacement shipment for your headphones. The new tracking number will follow in a separate e-mail. Order reference: ORD-627931.	TKT-00355
INT-000654	phone	111	2025-01-24 19:54:22	3.4	14.00	2025-01-24 19:57:46	3	\N	\N	TKT-00355
INT-000655	email	102	2025-01-27 17:55:17	5.7	0.36	2025-01-27 18:00:59	3	Reparaturanfrage für meinen Kopfhörer	Sehr geehrte Damen und Herren, es geht um meinen Kopfhörer: Stand der Reparatur. Bitte teilen Sie mir mit, wie ich das Gerät einsenden kann.	TKT-00356
INT-000656	chat	102	2025-01-27 18:05:34	11.3	8.00	2025-01-27 18:16:52	3	Gewährleistung – Stand der Reparatur	Hallo, ich bin es wieder – das Problem mit meinem Kopfhörer ist zurück	TKT-00356
INT-000657	email	102	2025-01-27 19:17:20	8.5	0.31	2025-01-27 19:25:50	3	AW: Rücksendung/Reparatur: Stand der Reparatur	Hallo, wie gewünscht sende ich Ihnen den Kaufbeleg zur Bestellung ORD-164205 und ein Foto vom Typenschild an meinem Kopfhörer (siehe Anhang).	TKT-00356
INT-000658	phone	79	2025-01-29 11:01:06	6.5	20.00	2025-01-29 11:07:36	3	\N	\N	TKT-00357
INT-000659	phone	11	2025-01-29 15:39:29	8.3	34.00	2025-01-29 15:47:47	3	\N	\N	TKT-00358
INT-000660	phone	11	2025-01-29 16:58:49	6.4	7.00	2025-01-29 17:05:13	3	\N	\N	TKT-00358
INT-000661	phone	35	2025-01-30 17:33:59	11.6	26.00	2025-01-30 17:45:35	3	\N	\N	TKT-00359
INT-000662	phone	35	2025-01-30 18:09:04	8.0	24.00	2025-01-30 18:17:04	2	\N	\N	TKT-00359
INT-000663	phone	35	2025-01-30 18:33:34	3.4	56.00	2025-01-30 18:36:58	2	\N	\N	TKT-00359
INT-000664	phone	35	2025-01-30 18:41:20	3.4	41.00	2025-01-30 18:44:44	2	\N	\N	TKT-00359
INT-000665	phone	35	2025-01-30 18:55:37	6.7	38.00	2025-01-30 19:02:19	2	\N	\N	TKT-00359
INT-000666	phone	35	2025-01-30 19:05:06	11.3	3.00	2025-01-30 19:16:24	2	\N	\N	TKT-00359
INT-000667	email	20	2025-01-30 19:36:47	5.7	0.43	2025-01-30 19:42:29	2	Dysfonctionnement : pas de son	Bonjour, pas de son : cela se reproduit régulièrement avec mon tourne-disque. J'ai déjà réinitialisé l'appareil deux fois. Pouvez-vous m'aider ?	TKT-00360
INT-000668	email	20	2025-01-30 19:57:29	2.0	0.25	2025-01-30 19:59:29	2	RE : Demande d'aide – pas de son	Bonjour, merci pour ces précisions. Nous avons pu reproduire la panne (pas de son) sur un appareil de test ; un correctif pour votre tourne-disque sera inclus dans la prochaine mise à jour du firmware.	TKT-00360
INT-000669	email	97	2025-02-04 08:53:20	10.6	2.51	2025-02-04 09:03:56	3	Dissatisfied customer: issue still unresolved	Dear team, I am very disappointed. The issue with my turntable (issue still unresolved) has cost me a lot of time. I expect a solution.	TKT-00361
INT-000670	email	97	2025-02-04 11:28:05	16.9	0.26	2025-02-04 11:44:59	3	Re: Formal complaint regarding my turntable	Hello, thank you for your message, and please accept our apologies. We have forwarded your complaint (issue still unresolved) to the team leader, who will contact you within two working days.	TKT-00361
INT-000671	phone	51	2025-02-08 10:55:47	7.7	18.00	2025-02-08 11:03:29	3	\N	\N	TKT-00362
INT-000672	phone	51	2025-02-08 12:33:41	17.6	14.00	2025-02-08 12:51:17	3	\N	\N	TKT-00362
INT-000673	email	111	2025-02-11 09:46:33	7.9	1.94	2025-02-11 09:54:27	3	Order enquiry: tracking not updating	Hi, I ordered the speakers last week and there is a problem (tracking not updating). My order number is ORD-406313.	TKT-00363
INT-000674	phone	22	2025-02-11 14:50:25	8.5	19.00	2025-02-11 14:58:55	3	\N	\N	TKT-00364
INT-000675	phone	38	2025-02-17 11:08:09	4.2	52.00	2025-02-17 11:12:21	2	\N	\N	TKT-00365
INT-000676	chat	100	2025-02-18 09:21:01	13.8	98.00	2025-02-18 09:34:49	2	Dysfonctionnement : problème d'alimentation ou de batterie	Bonjour, une petite question sur mon casque	TKT-00366
INT-000677	phone	115	2025-02-19 11:14:23	8.6	24.00	2025-02-19 11:22:59	3	\N	\N	TKT-00367
INT-000678	phone	115	2025-02-19 11:57:08	8.6	9.00	2025-02-19 12:05:44	3	\N	\N	TKT-00367
INT-000679	phone	115	2025-02-19 13:11:04	13.2	47.00	2025-02-19 13:24:16	3	\N	\N	TKT-00367
INT-000680	phone	115	2025-02-19 15:59:13	7.1	16.00	2025-02-19 16:06:19	3	\N	\N	TKT-00367
INT-000681	email	120	2025-02-20 12:00:59	4.2	0.85	2025-02-20 12:05:11	1	Anliegen an die Buchhaltung: Bitte um eine Rechnung	Guten Tag, könnten Sie mir bitte bei folgendem Anliegen helfen: Bitte um eine Rechnung? Es geht um die Bestellung ORD-864597.	TKT-00368
INT-000682	email	120	2025-02-20 16:43:19	6.6	0.48	2025-02-20 16:49:55	2	AW: Frage zur Abrechnung: Bitte um eine Rechnung	Guten Tag, bitte entschuldigen Sie die Unannehmlichkeiten (Bitte um eine Rechnung). Ein zu Unrecht abgebuchter Betrag für die Bestellung ORD-864597 wird innerhalb von 5 bis 10 Werktagen auf Ihr ursprüngliches Zahlungsmittel erstattet.	TKT-00368
INT-000683	email	60	2025-02-24 09:44:42	4.4	0.28	2025-02-24 09:49:06	3	Question de facturation : double prélèvement	Bonjour, pourriez-vous m'aider pour le point suivant : double prélèvement ? La commande concernée est ORD-210949.	TKT-00369
INT-000684	email	60	2025-02-24 14:06:19	13.2	0.45	2025-02-24 14:19:31	3	RE : Service comptabilité : double prélèvement	Bonjour, merci pour votre message. Afin de traiter votre demande (double prélèvement), pourriez-vous nous envoyer l'adresse de facturation de la commande de votre casque ainsi qu'une capture d'écran du paiement ?	TKT-00369
INT-000685	email	28	2025-02-25 08:25:49	3.1	1.13	2025-02-25 08:28:55	3	Rücksendung/Reparatur: Anfrage zur Garantiereparatur	Hallo, ich schreibe Ihnen wegen der Reparatur an meinem Kopfhörer (Anfrage zur Garantiereparatur). Bestellnummer: ORD-618693.	TKT-00370
INT-000686	email	28	2025-02-25 10:02:02	7.8	0.44	2025-02-25 10:09:50	3	AW: Gewährleistung – Anfrage zur Garantiereparatur	Guten Tag, Ihr Kopfhörer ist in unserem Servicecenter eingegangen, und die Reparatur läuft. Wir informieren Sie, sobald das Gerät wieder auf dem Weg zu Ihnen ist.	TKT-00370
INT-000687	email	28	2025-02-25 12:05:00	7.1	1.20	2025-02-25 12:12:06	3	AW: RMA-Anfrage zu meinem Kopfhörer	Guten Tag, können Sie mir den Stand der Reparatur an meinem Kopfhörer mitteilen? Ich habe das Gerät vor zwei Wochen eingeschickt (Anfrage zur Garantiereparatur).	TKT-00370
INT-000688	chat	34	2025-02-27 10:14:18	10.9	32.00	2025-02-27 10:25:12	1	Question avant achat : choix du diamant ou de la cellule	Bonjour, quelqu'un est disponible ? C'est au sujet de mon amplificateur.	TKT-00371
INT-000689	phone	90	2025-02-27 11:56:49	5.9	53.00	2025-02-27 12:02:43	1	\N	\N	TKT-00372
INT-000690	phone	90	2025-02-27 13:10:49	11.8	36.00	2025-02-27 13:22:37	1	\N	\N	TKT-00372
INT-000691	phone	90	2025-02-27 17:38:52	4.3	252.00	2025-02-27 17:43:10	2	\N	\N	TKT-00372
INT-000692	email	30	2025-03-03 15:18:13	4.4	0.35	2025-03-03 15:22:37	3	Demande SAV : demande d'appareil de remplacement	Bonjour, l'appareil a été acheté avec la commande ORD-847083. Objet de ma demande : demande d'appareil de remplacement. Merci d'avance.	TKT-00373
INT-000693	email	46	2025-03-03 17:47:04	7.5	1.04	2025-03-03 17:54:34	3	Problem with my turntable – distorted sound	Hello, distorted sound – this keeps happening with my turntable. I have reset the device twice already. Can you help me?	TKT-00374
INT-000694	email	30	2025-03-03 18:49:52	6.8	1.52	2025-03-03 18:56:40	3	RE : Garantie pour mon tourne-disque	Bonjour, la panne étant couverte par la garantie, nous allons vous envoyer un appareil de remplacement pour votre tourne-disque. Merci de nous retourner l'appareil défectueux sous 14 jours (commande ORD-847083).	TKT-00373
INT-000695	phone	46	2025-03-03 18:54:05	3.7	19.00	2025-03-03 18:57:47	3	\N	\N	TKT-00374
INT-000696	chat	46	2025-03-04 10:24:39	11.6	17.00	2025-03-04 10:36:15	3	Quick question about the speakers: compatibility question	Good morning, my problem is: compatibility question	TKT-00375
INT-000697	chat	25	2025-03-05 19:33:54	4.8	5.00	2025-03-05 19:38:42	1	Bitte um Hilfe: verzerrter Klang	Hallo, ich brauche Hilfe mit meinem Kopfhörer: verzerrter Klang	TKT-00376
INT-000698	chat	25	2025-03-05 19:42:16	5.5	11.00	2025-03-05 19:47:46	1	Technische Störung – verzerrter Klang	Hallo, entschuldigen Sie die erneute Störung – es geht noch um meinen Kopfhörer	TKT-00376
INT-000699	phone	24	2025-03-07 09:40:46	6.2	23.00	2025-03-07 09:46:58	2	\N	\N	TKT-00377
INT-000700	chat	24	2025-03-07 10:47:05	4.1	86.00	2025-03-07 10:51:11	2	Unzufrieden mit Ihrem Service: unzufrieden mit der Reparatur	Hallo, ich brauche immer noch Hilfe mit meinem Lautsprecher (unzufrieden mit der Reparatur)	TKT-00377
INT-000701	phone	46	2025-03-07 17:21:38	10.5	32.00	2025-03-07 17:32:08	3	\N	\N	TKT-00378
INT-000702	phone	46	2025-03-07 19:28:13	6.7	19.00	2025-03-07 19:34:55	3	\N	\N	TKT-00378
INT-000703	phone	22	2025-03-12 08:09:54	11.1	64.00	2025-03-12 08:21:00	1	\N	\N	TKT-00379
INT-000704	phone	22	2025-03-12 10:10:22	6.2	134.00	2025-03-12 10:16:34	1	\N	\N	TKT-00379
INT-000705	email	30	2025-03-12 19:04:53	10.4	0.68	2025-03-12 19:15:17	2	Question sur votre tourne-disque	Bonjour, j'ai une question avant achat concernant votre tourne-disque : quel amplificateur pour mes enceintes. Quel modèle me recommandez-vous ?	TKT-00380
INT-000706	chat	72	2025-03-13 08:48:16	7.0	7.00	2025-03-13 08:55:16	1	Renseignements sur votre casque : caractéristiques techniques	Bonjour, une petite question sur mon casque	TKT-00381
INT-000707	phone	51	2025-03-14 11:01:54	14.0	26.00	2025-03-14 11:15:54	1	\N	\N	TKT-00382
INT-000708	phone	60	2025-03-17 19:47:28	2.9	20.00	2025-03-17 19:50:22	2	\N	\N	TKT-00383
INT-000709	phone	60	2025-03-17 19:55:46	2.9	11.00	2025-03-17 19:58:40	2	\N	\N	TKT-00383
INT-000710	phone	80	2025-03-21 19:31:14	3.2	8.00	2025-03-21 19:34:26	1	\N	\N	TKT-00384
INT-000711	phone	80	2025-03-21 19:42:15	6.9	70.00	2025-03-21 19:49:09	1	\N	\N	TKT-00384
INT-000712	email	1	2025-03-23 11:52:50	3.5	20.14	2025-03-23 11:56:20	3	Suivi de commande : commande toujours pas livrée	Bonjour, ma commande ORD-242631 (casque) pose problème : commande toujours pas livrée. Pourriez-vous vérifier, s'il vous plaît ?	TKT-00385
INT-000713	chat	24	2025-03-23 12:10:30	24.6	87.00	2025-03-23 12:35:06	3	Frage zum Verstärker	Guten Tag, mein Anliegen: Funktionen der App	TKT-00386
INT-000714	chat	117	2025-03-28 10:35:48	11.5	33.00	2025-03-28 10:47:18	1	Problem mit der Lieferung: Bestellung noch nicht geliefert	Hallo, ist jemand da? Es geht um meinen Plattenspieler.	TKT-00387
INT-000715	chat	117	2025-03-28 13:52:15	7.6	11.00	2025-03-28 13:59:51	1	Problem mit der Lieferung: Bestellung noch nicht geliefert	Hallo, ich komme auf meine Anfrage von vorhin zurück (Bestellung noch nicht geliefert)	TKT-00387
INT-000716	chat	117	2025-03-28 16:19:14	7.6	4.00	2025-03-28 16:26:50	3	Frage zum Versand: Bestellung noch nicht geliefert	Hallo, ich habe den Tipp Ihres Kollegen ausprobiert, aber das Problem mit meinem Plattenspieler besteht weiter	TKT-00387
INT-000717	chat	116	2025-03-30 10:56:04	7.2	30.00	2025-03-30 11:03:16	2	Problem mit der Lieferung: falscher Artikel geliefert	Hallo, ist jemand da? Es geht um meinen Kopfhörer.	TKT-00388
INT-000718	phone	116	2025-03-30 12:45:51	4.9	33.00	2025-03-30 12:50:45	2	\N	\N	TKT-00388
INT-000719	email	33	2025-04-02 11:09:52	7.5	1.31	2025-04-02 11:17:22	3	Sehr enttäuscht – wiederholt auftretender Defekt	Sehr geehrte Damen und Herren, ich bin sehr enttäuscht. Das Problem mit meinem Kopfhörer (wiederholt auftretender Defekt) hat mich viel Zeit gekostet. Ich erwarte eine Lösung.	TKT-00389
INT-000720	phone	18	2025-04-02 13:56:37	5.0	16.00	2025-04-02 14:01:37	1	\N	\N	TKT-00390
INT-000721	phone	33	2025-04-02 15:50:28	10.1	149.00	2025-04-02 16:00:34	2	\N	\N	TKT-00389
INT-000722	chat	21	2025-04-03 12:40:53	13.8	11.00	2025-04-03 12:54:41	2	Anliegen an die Buchhaltung: Erstattung noch nicht erhalten	Hallo, ist jemand da? Es geht um meinen Plattenspieler.	TKT-00391
INT-000723	chat	21	2025-04-03 17:43:28	8.0	4.00	2025-04-03 17:51:28	2	Zahlung meiner Bestellung – Erstattung noch nicht erhalten	Guten Tag, gibt es Neuigkeiten zu meinem Fall? (Erstattung noch nicht erhalten)	TKT-00391
INT-000724	phone	115	2025-04-05 09:25:55	3.3	145.00	2025-04-05 09:29:13	1	\N	\N	TKT-00392
INT-000725	phone	115	2025-04-05 11:22:40	5.1	60.00	2025-04-05 11:27:46	1	\N	\N	TKT-00392
INT-000726	chat	106	2025-04-06 10:45:09	11.0	44.00	2025-04-06 10:56:09	1	Frage zum Plattenspieler	Hallo, ich habe eine Frage zu meinem Plattenspieler (Frage zur Kompatibilität)	TKT-00393
INT-000727	chat	95	2025-04-08 16:03:17	9.4	4.00	2025-04-08 16:12:41	1	Very disappointed – issue still unresolved	Good morning, my problem is: issue still unresolved	TKT-00394
INT-000728	chat	95	2025-04-08 19:47:40	3.7	13.00	2025-04-08 19:51:22	1	Dissatisfied customer: issue still unresolved	Hello, it's me again – the problem with my headphones is back	TKT-00394
INT-000729	chat	112	2025-04-14 09:49:03	12.5	19.00	2025-04-14 10:01:33	2	Panne de mon casque : pas de son	Bonjour, j'ai besoin d'aide avec mon casque : pas de son	TKT-00395
INT-000730	email	116	2025-04-16 10:19:40	5.6	1.28	2025-04-16 10:25:16	3	Frage zum Versand: Paket beschädigt angekommen	Hallo, können Sie mir bei der Bestellung ORD-831424 helfen? Das Problem: Paket beschädigt angekommen. Danke.	TKT-00396
INT-000731	email	116	2025-04-16 14:57:37	16.4	0.54	2025-04-16 15:14:01	3	AW: Problem mit der Lieferung: Paket beschädigt angekommen	Guten Tag, vielen Dank für Ihre Geduld. Wir haben den Versanddienstleister zur Bestellung ORD-831424 (Paket beschädigt angekommen) kontaktiert und melden uns, sobald wir eine Antwort haben, in der Regel innerhalb von zwei Werktagen.	TKT-00396
INT-000732	phone	58	2025-04-20 15:37:29	10.6	17.00	2025-04-20 15:48:05	2	\N	\N	TKT-00397
INT-000733	chat	4	2025-04-21 15:35:44	13.5	6.00	2025-04-21 15:49:14	2	Frage zum Versand: Änderung der Lieferadresse	Guten Tag, mein Anliegen: Änderung der Lieferadresse	TKT-00398
INT-000734	chat	4	2025-04-21 19:04:24	9.9	6.00	2025-04-21 19:14:18	3	Meine Bestellung (Kopfhörer) – Änderung der Lieferadresse	Guten Tag, gibt es Neuigkeiten zu meinem Fall? (Änderung der Lieferadresse)	TKT-00398
INT-000735	chat	4	2025-04-21 19:48:34	9.7	11.00	2025-04-21 19:58:16	3	Frage zum Versand: Änderung der Lieferadresse	Hallo, ich melde mich wieder zu meinem Kopfhörer	TKT-00398
INT-000736	email	17	2025-04-22 09:52:44	6.6	0.78	2025-04-22 09:59:20	2	Rechnung für meinen Kopfhörer	Guten Tag, könnten Sie mir bitte bei folgendem Anliegen helfen: doppelte Abbuchung? Es geht um die Bestellung ORD-553114.	TKT-00399
INT-000737	email	17	2025-04-22 12:18:25	13.0	0.93	2025-04-22 12:31:25	2	AW: Zahlungsfrage: doppelte Abbuchung	Guten Tag, bitte entschuldigen Sie die Unannehmlichkeiten (doppelte Abbuchung). Ein zu Unrecht abgebuchter Betrag für die Bestellung ORD-553114 wird innerhalb von 5 bis 10 Werktagen auf Ihr ursprüngliches Zahlungsmittel erstattet.	TKT-00399
INT-000738	phone	11	2025-04-22 13:01:22	6.8	32.00	2025-04-22 13:08:10	3	\N	\N	TKT-00400
INT-000739	email	11	2025-04-22 16:40:00	3.6	0.79	2025-04-22 16:43:36	3	RE : Paiement de ma commande – demande d'alignement de prix	Bonjour, merci pour votre message. Afin de traiter votre demande (demande d'alignement de prix), pourriez-vous nous envoyer l'adresse de facturation de la commande de votre tourne-disque ainsi qu'une capture d'écran du paiement ?	TKT-00400
INT-000740	phone	114	2025-04-24 15:12:16	4.1	200.00	2025-04-24 15:16:22	1	\N	\N	TKT-00402
INT-000741	email	110	2025-04-24 16:04:54	4.7	1.47	2025-04-24 16:09:36	3	Informationen zum Lautsprecher: Frage zur Kompatibilität	Guten Tag, ich interessiere mich für den Lautsprecher und habe eine Frage (Frage zur Kompatibilität). Können Sie mich beraten?	TKT-00401
INT-000742	email	6	2025-04-25 10:59:36	15.9	0.94	2025-04-25 11:15:30	1	My headphones: power or battery problem	Hello, I am having a problem with my headphones: power or battery problem. I have already tried restarting the device. Could you please help?	TKT-00403
INT-000743	phone	58	2025-04-25 12:46:36	11.3	14.00	2025-04-25 12:57:54	3	\N	\N	TKT-00404
INT-000744	chat	58	2025-04-25 17:04:08	10.0	13.00	2025-04-25 17:14:08	3	My turntable: bluetooth pairing fails	Hello, I still need help with my turntable (bluetooth pairing fails)	TKT-00404
INT-000745	chat	67	2025-04-28 13:59:53	6.8	8.00	2025-04-28 14:06:41	3	Question de facturation : demande de facture	Bonjour, demande de facture, pouvez-vous m'aider ?	TKT-00405
INT-000746	chat	67	2025-04-28 16:52:06	4.3	52.00	2025-04-28 16:56:24	1	Question de facturation : demande de facture	Bonjour, j'ai encore une question sur mon tourne-disque	TKT-00405
INT-000747	phone	67	2025-04-28 17:44:36	17.2	9.00	2025-04-28 18:01:48	2	\N	\N	TKT-00405
INT-000748	chat	63	2025-04-29 11:58:41	10.7	23.00	2025-04-29 12:09:23	3	Accounts enquiry: charged twice	Hi, is anyone available? It's about my headphones.	TKT-00406
INT-000749	chat	63	2025-04-29 14:42:09	6.9	17.00	2025-04-29 14:49:03	2	Order for my headphones: charged twice	Hi, I tried what your colleague suggested, but the problem with my headphones is still there	TKT-00406
INT-000750	phone	97	2025-04-30 09:49:48	8.7	64.00	2025-04-30 09:58:30	1	\N	\N	TKT-00408
INT-000751	phone	97	2025-04-30 11:17:50	11.6	289.00	2025-04-30 11:29:26	1	\N	\N	TKT-00408
INT-000752	email	20	2025-04-30 11:40:40	4.9	2.30	2025-04-30 11:45:34	1	Grande déception – réparation insatisfaisante	Bonjour, je souhaite déposer une réclamation : réparation insatisfaisante. Ce n'est pas le service que j'attends de votre entreprise.	TKT-00407
INT-000753	phone	20	2025-04-30 12:28:21	13.7	43.00	2025-04-30 12:42:03	1	\N	\N	TKT-00407
INT-000754	email	97	2025-04-30 14:45:21	6.0	1.03	2025-04-30 14:51:21	1	Re: Warranty claim for my headphones	Hi, thank you for the replacement. Unfortunately the new unit shows the same fault (warranty repair request). What should I do now?	TKT-00408
INT-000755	email	114	2025-05-05 16:57:45	6.3	0.28	2025-05-05 17:04:03	1	Technical issue (bluetooth pairing fails)	Hi, since yesterday I have had this issue with my amplifier: bluetooth pairing fails. What can I do?	TKT-00409
INT-000756	chat	104	2025-05-06 09:15:13	16.7	59.00	2025-05-06 09:31:55	3	Störung bei meinem Kopfhörer	Hallo, ich habe eine Frage zu meinem Kopfhörer (verzerrter Klang)	TKT-00410
INT-000757	chat	112	2025-05-06 13:31:13	10.8	35.00	2025-05-06 13:42:01	1	Problème de livraison : colis arrivé endommagé	Bonjour, j'ai besoin d'aide avec mon enceinte : colis arrivé endommagé	TKT-00411
INT-000758	chat	112	2025-05-06 17:24:17	11.2	11.00	2025-05-06 17:35:29	1	Problème de livraison : colis arrivé endommagé	Re-bonjour, j'ai déjà pris contact avec vous au sujet de mon enceinte	TKT-00411
INT-000759	chat	112	2025-05-06 18:54:29	22.5	6.00	2025-05-06 19:16:59	1	Livraison de mon enceinte – colis arrivé endommagé	Bonjour, c'est encore moi : le problème de mon enceinte est revenu	TKT-00411
INT-000760	phone	70	2025-05-08 09:48:24	7.5	244.00	2025-05-08 09:55:54	2	\N	\N	TKT-00412
INT-000761	phone	70	2025-05-08 11:24:57	6.8	41.00	2025-05-08 11:31:45	2	\N	\N	TKT-00412
INT-000762	email	85	2025-05-09 11:02:31	5.0	1.83	2025-05-09 11:07:31	1	Defekt an meinem Lautsprecher: kein Ton	Guten Tag, ich habe Ihren Lautsprecher vor einigen Monaten gekauft und nun folgendes Problem: kein Ton. Gibt es dafür eine Lösung?	TKT-00413
INT-000763	chat	64	2025-05-09 16:18:54	5.8	57.00	2025-05-09 16:24:42	1	My speakers order – order not delivered yet	Hi, I need help with my speakers: order not delivered yet	TKT-00414
INT-000764	email	53	2025-05-09 16:57:45	8.2	0.25	2025-05-09 17:05:57	3	Zahlungsfrage: Rechnung mit MwSt. für meine Firma	Guten Tag, könnten Sie mir bitte bei folgendem Anliegen helfen: Rechnung mit MwSt. für meine Firma? Es geht um die Bestellung ORD-583021.	TKT-00415
INT-000765	email	53	2025-05-09 17:40:49	6.7	0.48	2025-05-09 17:47:31	3	AW: Zahlungsfrage: Rechnung mit MwSt. für meine Firma	Guten Tag, bitte entschuldigen Sie die Unannehmlichkeiten (Rechnung mit MwSt. für meine Firma). Ein zu Unrecht abgebuchter Betrag für die Bestellung ORD-583021 wird innerhalb von 5 bis 10 Werktagen auf Ihr ursprüngliches Zahlungsmittel erstattet.	TKT-00415
INT-000766	email	53	2025-05-09 19:50:06	6.8	1.93	2025-05-09 19:56:54	3	AW: Frage zur Abrechnung: Rechnung mit MwSt. für meine Firma	Guten Tag, das Dokument habe ich erhalten, danke. Der Betrag für meinen Verstärker stimmt aber nicht. Könnten Sie ihn bitte korrigieren (Rechnung mit MwSt. für meine Firma)?	TKT-00415
INT-000767	phone	99	2025-05-13 11:36:20	5.6	20.00	2025-05-13 11:41:56	2	\N	\N	TKT-00416
INT-000768	email	37	2025-05-14 19:00:27	6.4	0.29	2025-05-14 19:06:51	2	RMA-Anfrage zu meinem Lautsprecher	Guten Tag, ich möchte einen Garantiefall für meinen Lautsprecher melden: Anfrage zur Garantiereparatur. Die ursprüngliche Bestellung war ORD-933559.	TKT-00417
INT-000769	phone	37	2025-05-14 19:18:30	2.7	91.00	2025-05-14 19:21:12	2	\N	\N	TKT-00417
INT-000770	email	37	2025-05-14 19:39:22	5.9	0.10	2025-05-14 19:45:16	2	AW: RMA-Anfrage zu meinem Lautsprecher	Guten Tag, ich melde mich erneut wegen meines Falls (Anfrage zur Garantiereparatur). Seit Ihrer letzten E-Mail habe ich nichts mehr zu meinem Lautsprecher gehört. Wie ist der aktuelle Stand?	TKT-00417
INT-000771	email	27	2025-05-19 08:24:13	4.1	13.83	2025-05-19 08:28:19	3	My headphones order – return label needed	Hello, there is a problem with my order ORD-283318 (headphones): return label needed. Could you please check this for me?	TKT-00418
INT-000772	email	27	2025-05-19 13:14:28	13.9	0.56	2025-05-19 13:28:22	3	Re: Order enquiry: return label needed	Hello, thank you for your message. We have updated the details of order ORD-283318 (return label needed) and informed our warehouse. You will receive a shipping confirmation for your headphones.	TKT-00418
INT-000773	phone	44	2025-05-21 14:53:52	13.9	26.00	2025-05-21 15:07:46	2	\N	\N	TKT-00419
INT-000774	chat	110	2025-05-21 17:54:09	27.6	9.00	2025-05-21 18:21:45	2	Problem mit meinem Lautsprecher: Brummen oder Knistern	Hallo, ist jemand da? Es geht um meinen Lautsprecher.	TKT-00420
INT-000775	phone	44	2025-05-21 17:57:32	4.2	179.00	2025-05-21 18:01:44	2	\N	\N	TKT-00419
INT-000776	chat	110	2025-05-21 18:58:22	14.2	49.00	2025-05-21 19:12:34	2	Defekt an meinem Lautsprecher: Brummen oder Knistern	Hallo, ich brauche immer noch Hilfe mit meinem Lautsprecher (Brummen oder Knistern)	TKT-00420
INT-000777	chat	38	2025-05-22 08:06:00	6.7	172.00	2025-05-22 08:12:42	1	Sehr enttäuscht – Problem weiterhin ungelöst	Hallo, ich brauche Hilfe mit meinem Plattenspieler: Problem weiterhin ungelöst	TKT-00421
INT-000778	phone	69	2025-05-22 10:02:16	13.8	309.00	2025-05-22 10:16:04	1	\N	\N	TKT-00422
INT-000779	chat	38	2025-05-22 11:43:59	15.5	54.00	2025-05-22 11:59:29	1	Beschwerde zu meinem Plattenspieler	Hallo, entschuldigen Sie die erneute Störung – es geht noch um meinen Plattenspieler	TKT-00421
INT-000780	email	44	2025-05-22 13:38:53	9.5	2.50	2025-05-22 13:48:23	2	My headphones order – parcel arrived damaged	Good morning, could you help me with order ORD-536524? The issue is: parcel arrived damaged. Thank you.	TKT-00423
INT-000781	phone	69	2025-05-22 14:16:12	9.5	127.00	2025-05-22 14:25:42	2	\N	\N	TKT-00422
INT-000782	phone	69	2025-05-22 14:35:30	6.7	106.00	2025-05-22 14:42:12	1	\N	\N	TKT-00422
INT-000783	email	44	2025-05-22 19:30:19	5.2	1.67	2025-05-22 19:35:31	2	Re: Delivery issue: parcel arrived damaged	Hello, we are sorry about the problem with the delivery of your headphones (parcel arrived damaged). Could you please send us a photo of the parcel and of the delivery note?	TKT-00423
INT-000784	phone	71	2025-05-23 13:33:02	8.0	62.00	2025-05-23 13:41:02	3	\N	\N	TKT-00424
INT-000785	phone	71	2025-05-23 15:35:25	8.3	112.00	2025-05-23 15:43:43	3	\N	\N	TKT-00424
INT-000786	chat	11	2025-05-25 10:22:14	15.1	64.00	2025-05-25 10:37:20	3	Assistance technique pour mon amplificateur	Bonjour, je vous contacte au sujet de mon amplificateur (bourdonnement ou grésillement)	TKT-00425
INT-000787	email	11	2025-05-25 14:35:36	6.2	1.20	2025-05-25 14:41:48	3	RE : Demande d'aide – bourdonnement ou grésillement	Bonjour, merci pour ces précisions. Nous avons pu reproduire la panne (bourdonnement ou grésillement) sur un appareil de test ; un correctif pour votre amplificateur sera inclus dans la prochaine mise à jour du firmware.	TKT-00425
INT-000788	phone	66	2025-05-27 10:22:14	4.0	457.00	2025-05-27 10:26:14	1	\N	\N	TKT-00426
INT-000789	chat	10	2025-05-27 10:50:24	15.0	96.00	2025-05-27 11:05:24	1	Dysfonctionnement : échec de la mise à jour du firmware	Bonjour, une petite question sur mon enceinte	TKT-00427
INT-000790	chat	10	2025-05-27 12:35:43	8.0	198.00	2025-05-27 12:43:43	1	Demande d'aide – échec de la mise à jour du firmware	Bonjour, je reviens vers vous : échec de la mise à jour du firmware, toujours pas réglé	TKT-00427
INT-000791	phone	66	2025-05-27 13:19:55	2.5	64.00	2025-05-27 13:22:25	1	\N	\N	TKT-00426
INT-000792	email	65	2025-05-28 17:55:23	4.9	0.65	2025-05-28 18:00:17	1	Order for my turntable: refund not received	Dear customer service, my request concerns order ORD-542565: refund not received. I look forward to your reply.	TKT-00428
INT-000793	email	65	2025-05-28 19:51:18	6.9	1.85	2025-05-28 19:58:12	1	Re: Accounts enquiry: refund not received	Hello, thank you for your patience. We have checked order ORD-542565, and our accounts team has now dealt with your request (refund not received). You will receive a confirmation by e-mail shortly.	TKT-00428
INT-000794	phone	81	2025-05-29 17:40:19	9.4	10.00	2025-05-29 17:49:43	1	\N	\N	TKT-00429
INT-000795	email	66	2025-05-30 11:25:51	5.4	0.59	2025-05-30 11:31:15	2	Commande de mon amplificateur : double prélèvement	Bonjour, concernant la commande ORD-920437 de mon amplificateur : double prélèvement. Pourriez-vous vérifier, s'il vous plaît ?	TKT-00430
INT-000796	phone	66	2025-05-30 16:55:29	14.1	115.00	2025-05-30 17:09:35	1	\N	\N	TKT-00430
INT-000797	email	1	2025-06-01 10:26:52	4.3	17.66	2025-06-01 10:31:10	2	Problème de livraison : besoin d'une étiquette de retour	Bonjour, j'ai besoin d'aide pour l'expédition de mon casque – besoin d'une étiquette de retour. Merci de me répondre rapidement.	TKT-00431
INT-000798	phone	1	2025-06-01 11:43:47	5.9	18.00	2025-06-01 11:49:41	2	\N	\N	TKT-00431
INT-000799	chat	36	2025-06-01 15:31:50	11.2	17.00	2025-06-01 15:43:02	2	Enquiry before buying: compatibility question	Good morning, my problem is: compatibility question	TKT-00432
INT-000800	email	69	2025-06-02 11:46:25	3.7	0.89	2025-06-02 11:50:07	2	Shipping query: order not delivered yet	Hello, concerning the delivery of my headphones: order not delivered yet. Can you tell me what happens next?	TKT-00433
INT-000801	phone	94	2025-06-03 14:06:20	7.2	160.00	2025-06-03 14:13:32	3	\N	\N	TKT-00434
INT-000802	phone	94	2025-06-03 14:25:31	4.1	42.00	2025-06-03 14:29:37	3	\N	\N	TKT-00434
INT-000803	phone	94	2025-06-03 14:49:10	8.1	30.00	2025-06-03 14:57:16	3	\N	\N	TKT-00434
INT-000804	chat	38	2025-06-04 10:45:30	7.4	48.00	2025-06-04 10:52:54	3	Zahlung meiner Bestellung – Bitte um eine Rechnung	Hallo, ich brauche Hilfe mit meinem Kopfhörer: Bitte um eine Rechnung	TKT-00435
INT-000805	chat	38	2025-06-04 12:07:17	12.2	44.00	2025-06-04 12:19:29	3	Zahlungsfrage: Bitte um eine Rechnung	Hallo, ich brauche immer noch Hilfe mit meinem Kopfhörer (Bitte um eine Rechnung)	TKT-00435
INT-000806	phone	93	2025-06-04 16:18:01	12.2	46.00	2025-06-04 16:30:13	3	\N	\N	TKT-00436
INT-000807	chat	1	2025-06-04 17:24:10	10.5	33.00	2025-06-04 17:34:40	2	Problème de livraison : colis arrivé endommagé	Bonjour, mon problème : colis arrivé endommagé	TKT-00437
INT-000808	phone	93	2025-06-04 17:31:53	17.4	142.00	2025-06-04 17:49:17	3	\N	\N	TKT-00436
INT-000809	chat	1	2025-06-04 18:48:44	14.1	269.00	2025-06-04 19:02:50	2	Livraison de mon tourne-disque – colis arrivé endommagé	Bonjour, je fais suite à ma demande précédente (colis arrivé endommagé)	TKT-00437
INT-000810	chat	76	2025-06-05 17:36:37	7.2	46.00	2025-06-05 17:43:49	3	My speakers: hum or crackling noise	Hello, I'm contacting you about my speakers (hum or crackling noise)	TKT-00438
INT-000811	phone	29	2025-06-06 09:15:14	12.7	123.00	2025-06-06 09:27:56	1	\N	\N	TKT-00439
INT-000812	phone	14	2025-06-09 08:38:35	10.1	39.00	2025-06-09 08:48:41	3	\N	\N	TKT-00440
INT-000813	phone	84	2025-06-09 17:08:58	3.5	21.00	2025-06-09 17:12:28	1	\N	\N	TKT-00441
INT-000814	phone	84	2025-06-09 17:35:17	2.9	72.00	2025-06-09 17:38:11	1	\N	\N	TKT-00441
INT-000815	chat	110	2025-06-13 14:30:11	11.7	10.00	2025-06-13 14:41:53	1	RMA-Anfrage zu meinem Lautsprecher	Hallo, ich habe eine Frage zu meinem Lautsprecher (Anfrage zur Garantiereparatur)	TKT-00442
INT-000816	phone	105	2025-06-14 09:25:57	6.9	283.00	2025-06-14 09:32:51	3	\N	\N	TKT-00443
INT-000817	email	83	2025-06-16 08:49:09	11.4	0.36	2025-06-16 09:00:33	2	Defekt an meinem Lautsprecher: Firmware-Update fehlgeschlagen	Guten Tag, gibt es eine bekannte Lösung für dieses Problem mit meinem Lautsprecher: Firmware-Update fehlgeschlagen? Vielen Dank im Voraus.	TKT-00444
INT-000818	phone	83	2025-06-16 11:10:40	4.5	119.00	2025-06-16 11:15:10	2	\N	\N	TKT-00444
INT-000819	chat	23	2025-06-17 16:29:13	9.9	93.00	2025-06-17 16:39:07	1	Technical issue (connection keeps dropping)	Hi, is anyone available? It's about my speakers.	TKT-00445
INT-000820	phone	52	2025-06-17 17:41:13	10.2	27.00	2025-06-17 17:51:25	1	\N	\N	TKT-00446
INT-000821	chat	23	2025-06-17 18:35:08	10.2	54.00	2025-06-17 18:45:20	1	Technical issue (connection keeps dropping)	Hello, I still need help with my speakers (connection keeps dropping)	TKT-00445
INT-000822	email	68	2025-06-18 10:48:39	7.9	0.44	2025-06-18 10:56:33	3	Rücksendung/Reparatur: Bitte um ein Austauschgerät	Guten Tag, ich möchte meinen Verstärker im Rahmen der Garantie zurückschicken. Grund: Bitte um ein Austauschgerät. Wie soll ich vorgehen?	TKT-00447
INT-000823	phone	68	2025-06-18 11:01:19	5.2	258.00	2025-06-18 11:06:31	3	\N	\N	TKT-00447
INT-000824	chat	68	2025-06-18 11:07:46	8.3	64.00	2025-06-18 11:16:04	3	Rücksendung/Reparatur: Bitte um ein Austauschgerät	Guten Tag, gibt es Neuigkeiten zu meinem Fall? (Bitte um ein Austauschgerät)	TKT-00447
INT-000825	email	68	2025-06-18 11:52:04	7.1	0.60	2025-06-18 11:59:10	3	AW: Rücksendung/Reparatur: Bitte um ein Austauschgerät	Guten Tag, gute Nachrichten: Die Reparatur an Ihrem Verstärker ist abgeschlossen, und das Gerät wurde heute an Sie zurückgeschickt. Die Sendungsnummer erhalten Sie per E-Mail.	TKT-00447
INT-000826	email	68	2025-06-18 12:42:41	4.8	0.72	2025-06-18 12:47:29	3	AW: Reparaturanfrage für meinen Verstärker	Hallo, danke für das Austauschgerät. Leider zeigt es denselben Fehler (Bitte um ein Austauschgerät). Was soll ich jetzt tun?	TKT-00447
INT-000827	phone	6	2025-06-18 14:16:30	8.3	69.00	2025-06-18 14:24:48	1	\N	\N	TKT-00448
INT-000828	email	68	2025-06-18 14:37:35	2.5	1.83	2025-06-18 14:40:05	1	AW: RMA-Anfrage zu meinem Verstärker	Guten Tag, da der Defekt unter die Garantie fällt, senden wir Ihnen ein Austauschgerät für Ihren Verstärker. Bitte schicken Sie das defekte Gerät innerhalb von 14 Tagen zurück (Bestellung ORD-455456).	TKT-00447
INT-000829	email	68	2025-06-18 16:37:13	7.2	1.95	2025-06-18 16:44:25	1	AW: RMA-Anfrage zu meinem Verstärker	Hallo, danke für Ihre Antwort. Ich habe meinen Verstärker im Originalkarton verpackt. Wann genau kommt der Kurier, um das Paket abzuholen?	TKT-00447
INT-000830	phone	6	2025-06-18 19:32:12	4.1	21.00	2025-06-18 19:36:18	1	\N	\N	TKT-00448
INT-000831	email	69	2025-06-19 17:15:24	9.1	0.67	2025-06-19 17:24:30	1	RMA request for my amplifier	Hi, I am writing about the repair of my amplifier (collection for repair). Order reference: ORD-662665.	TKT-00449
INT-000832	email	69	2025-06-19 17:50:48	4.0	0.39	2025-06-19 17:54:48	1	Re: Warranty case for my amplifier: collection for repair	Hello, to process your request (collection for repair), we need the proof of purchase and the serial number of your amplifier. Could you please send us both?	TKT-00449
INT-000833	email	69	2025-06-19 19:05:02	9.3	0.73	2025-06-19 19:14:20	3	Re: Return/repair: collection for repair	Hi, as requested, here are the proof of purchase for order ORD-662665 and a photo of the serial number label on my amplifier (see attachment).	TKT-00449
INT-000834	email	69	2025-06-19 19:34:43	10.3	0.32	2025-06-19 19:45:01	3	Re: Return/repair: collection for repair	Hello, our service centre has received your amplifier, and the repair is in progress. We will let you know as soon as the device is on its way back to you.	TKT-00449
INT-000835	phone	19	2025-06-22 11:03:51	8.2	123.00	2025-06-22 11:12:03	2	\N	\N	TKT-00450
INT-000836	chat	19	2025-06-22 11:42:40	8.7	40.00	2025-06-22 11:51:22	2	RMA-Anfrage zu meinem Kopfhörer	Guten Tag, gibt es Neuigkeiten zu meinem Fall? (Umtausch wegen Defekt bei Lieferung)	TKT-00450
INT-000837	phone	19	2025-06-22 13:26:21	7.2	9.00	2025-06-22 13:33:33	2	\N	\N	TKT-00450
INT-000838	phone	19	2025-06-22 14:57:51	7.6	208.00	2025-06-22 15:05:27	2	\N	\N	TKT-00450
INT-000839	phone	19	2025-06-22 15:32:31	3.8	169.00	2025-06-22 15:36:19	2	\N	\N	TKT-00450
INT-000840	phone	42	2025-06-23 12:46:20	5.0	20.00	2025-06-23 12:51:20	2	\N	\N	TKT-00451
INT-000841	email	55	2025-06-25 19:19:13	6.4	0.57	2025-06-25 19:25:37	2	Frage zum Versand: Teile fehlen im Paket	Guten Tag, es geht um die Lieferung meiner Bestellung (Lautsprecher): Teile fehlen im Paket. Was sind die nächsten Schritte?	TKT-00452
INT-000842	email	55	2025-06-25 19:37:18	5.3	0.19	2025-06-25 19:42:36	2	AW: Lieferproblem: Teile fehlen im Paket	Guten Tag, vielen Dank für Ihre Nachricht. Wir haben die Angaben zur Bestellung ORD-827189 aktualisiert (Teile fehlen im Paket) und unser Lager informiert. Sie erhalten eine Versandbestätigung für Ihren Lautsprecher.	TKT-00452
INT-000843	email	55	2025-06-25 19:55:43	4.1	0.21	2025-06-25 19:59:49	2	AW: Frage zum Versand: Teile fehlen im Paket	Hallo, danke für die schnelle Antwort. Nur zur Sicherheit: Muss ich bei meiner Bestellung (Lautsprecher) sonst noch etwas beachten?	TKT-00452
INT-000844	phone	5	2025-06-26 10:35:51	6.7	125.00	2025-06-26 10:42:33	3	\N	\N	TKT-00453
INT-000845	phone	5	2025-06-26 13:38:59	6.2	8.00	2025-06-26 13:45:11	2	\N	\N	TKT-00453
INT-000846	chat	15	2025-06-27 11:15:10	15.6	27.00	2025-06-27 11:30:46	3	Delivery issue: change of delivery address	Hi, is anyone available? It's about my speakers.	TKT-00454
INT-000847	email	72	2025-06-28 09:21:22	10.3	13.46	2025-06-28 09:31:40	1	Panne de mon tourne-disque : coupures de connexion fréquentes	Bonjour, coupures de connexion fréquentes : cela se reproduit régulièrement avec mon tourne-disque. J'ai déjà réinitialisé l'appareil deux fois. Pouvez-vous m'aider ?	TKT-00455
INT-000848	email	72	2025-06-28 10:57:52	5.3	0.18	2025-06-28 11:03:10	1	RE : Assistance technique pour mon tourne-disque	Bonjour, nous sommes désolés pour ce souci avec votre tourne-disque. Pour ce type de panne (coupures de connexion fréquentes), essayez d'abord un autre câble et une autre prise. Si rien ne change, nous organiserons une réparation.	TKT-00455
INT-000849	phone	104	2025-07-01 08:27:16	18.0	106.00	2025-07-01 08:45:16	3	\N	\N	TKT-00456
INT-000850	chat	1	2025-07-01 14:32:03	8.8	242.00	2025-07-01 14:40:51	2	Question sur l'expédition de mon casque	Bonjour, commande toujours pas livrée, pouvez-vous m'aider ?	TKT-00457
INT-000851	chat	1	2025-07-01 18:10:56	8.4	33.00	2025-07-01 18:19:20	1	Question sur l'expédition de mon casque	Bonjour, je fais suite à ma demande précédente (commande toujours pas livrée)	TKT-00457
INT-000852	chat	102	2025-07-02 12:43:52	9.7	52.00	2025-07-02 12:53:34	1	Reklamation: Problem weiterhin ungelöst	Guten Tag, ich habe ein Problem: Problem weiterhin ungelöst	TKT-00458
INT-000853	email	102	2025-07-02 18:33:36	5.1	1.95	2025-07-02 18:38:42	2	AW: Reklamation: Problem weiterhin ungelöst	Guten Tag, bitte entschuldigen Sie vielmals die Unannehmlichkeiten. Wir nehmen Ihre Rückmeldung (Problem weiterhin ungelöst) sehr ernst und haben sie mit dem zuständigen Team besprochen.	TKT-00458
INT-000854	phone	74	2025-07-03 14:37:14	20.7	174.00	2025-07-03 14:57:56	2	\N	\N	TKT-00459
INT-000855	chat	80	2025-07-03 15:04:07	4.5	40.00	2025-07-03 15:08:37	1	Suivi de commande : pièces manquantes dans le colis	Bonjour, j'ai besoin d'aide avec mon enceinte : pièces manquantes dans le colis	TKT-00460
INT-000856	chat	80	2025-07-03 17:27:09	11.7	23.00	2025-07-03 17:38:51	2	Ma commande : pièces manquantes dans le colis	Re-bonjour, j'ai déjà pris contact avec vous au sujet de mon enceinte	TKT-00460
INT-000857	phone	55	2025-07-03 17:58:28	5.3	51.00	2025-07-03 18:03:46	2	\N	\N	TKT-00461
INT-000858	email	74	2025-07-03 19:31:55	6.8	0.36	2025-07-03 19:38:43	2	RE : Ma commande : mauvais article livré	Bonjour, merci pour votre message. Nous avons mis à jour les informations de la commande ORD-735132 (mauvais article livré) et prévenu notre entrepôt. Vous recevrez une confirmation d'expédition pour votre enceinte.	TKT-00459
INT-000859	phone	16	2025-07-04 10:16:46	6.1	24.00	2025-07-04 10:22:52	2	\N	\N	TKT-00462
INT-000860	phone	16	2025-07-04 13:17:21	14.7	15.00	2025-07-04 13:32:03	2	\N	\N	TKT-00462
INT-000861	phone	50	2025-07-07 13:44:04	3.5	89.00	2025-07-07 13:47:34	2	\N	\N	TKT-00463
INT-000862	chat	9	2025-07-07 13:52:16	9.3	32.00	2025-07-07 14:01:34	2	Enquiry before buying: stylus or cartridge recommendation	Hello, I have an issue: stylus or cartridge recommendation	TKT-00464
INT-000863	phone	50	2025-07-07 16:04:32	4.7	88.00	2025-07-07 16:09:14	3	\N	\N	TKT-00463
INT-000864	chat	24	2025-07-08 08:19:26	9.7	35.00	2025-07-08 08:29:08	3	Technische Störung – Firmware-Update fehlgeschlagen	Guten Tag, ich habe ein Problem: Firmware-Update fehlgeschlagen	TKT-00465
INT-000865	chat	105	2025-07-08 09:52:50	6.1	45.00	2025-07-08 09:58:56	3	Warranty case for my headphones: exchange for dead-on-arrival unit	Hi, I need help with my headphones: exchange for dead-on-arrival unit	TKT-00466
INT-000866	phone	38	2025-07-08 12:37:01	7.8	27.00	2025-07-08 12:44:49	1	\N	\N	TKT-00467
INT-000867	phone	38	2025-07-08 17:35:47	9.9	20.00	2025-07-08 17:45:41	1	\N	\N	TKT-00467
INT-000868	chat	85	2025-07-16 13:25:28	12.5	87.00	2025-07-16 13:37:58	3	Frage zum Versand: falscher Artikel geliefert	Guten Tag, mein Anliegen: falscher Artikel geliefert	TKT-00469
INT-000869	phone	11	2025-07-16 14:15:54	13.9	13.00	2025-07-16 14:29:48	3	\N	\N	TKT-00470
INT-000870	email	63	2025-07-16 14:18:11	7.8	2.50	2025-07-16 14:25:59	2	Order for my headphones: invoice request	Hello, regarding order ORD-513655 for my headphones: invoice request. Could you please look into this?	TKT-00468
INT-000871	phone	11	2025-07-16 15:14:01	9.4	13.00	2025-07-16 15:23:25	3	\N	\N	TKT-00470
INT-000872	email	63	2025-07-16 18:41:26	4.1	1.36	2025-07-16 18:45:32	3	Re: Question about my payment – invoice request	Hello, thank you for your patience. We have checked order ORD-513655, and our accounts team has now dealt with your request (invoice request). You will receive a confirmation by e-mail shortly.	TKT-00468
INT-000873	phone	63	2025-07-16 19:41:59	5.2	156.00	2025-07-16 19:47:11	3	\N	\N	TKT-00468
INT-000874	chat	14	2025-07-17 15:45:12	7.1	28.00	2025-07-17 15:52:18	2	Ma commande : besoin d'une étiquette de retour	Bonjour, j'ai besoin d'aide avec mon casque : besoin d'une étiquette de retour	TKT-00471
INT-000875	chat	14	2025-07-17 16:51:28	7.7	7.00	2025-07-17 16:59:10	3	Suivi de commande : besoin d'une étiquette de retour	Bonjour, je fais suite à ma demande précédente (besoin d'une étiquette de retour)	TKT-00471
INT-000876	chat	14	2025-07-17 18:34:47	11.4	17.00	2025-07-17 18:46:11	3	Ma commande : besoin d'une étiquette de retour	Bonjour, j'ai essayé ce que votre collègue m'a conseillé, mais le problème de mon casque persiste	TKT-00471
INT-000877	phone	52	2025-07-18 17:24:37	9.9	108.00	2025-07-18 17:34:31	3	\N	\N	TKT-00472
INT-000878	phone	52	2025-07-18 18:44:32	15.9	26.00	2025-07-18 19:00:26	3	\N	\N	TKT-00472
INT-000879	phone	54	2025-07-21 12:16:42	3.0	16.00	2025-07-21 12:19:42	1	\N	\N	TKT-00473
INT-000880	phone	23	2025-07-25 08:06:15	9.5	61.00	2025-07-25 08:15:45	3	\N	\N	TKT-00474
INT-000881	phone	23	2025-07-25 08:59:12	5.4	37.00	2025-07-25 09:04:36	3	\N	\N	TKT-00474
INT-000882	phone	2	2025-07-25 16:30:08	5.0	52.00	2025-07-25 16:35:08	1	\N	\N	TKT-00475
INT-000883	phone	2	2025-07-25 17:05:39	11.6	78.00	2025-07-25 17:17:15	1	\N	\N	TKT-00475
INT-000884	chat	54	2025-07-28 09:00:08	8.5	19.00	2025-07-28 09:08:38	2	My speakers: bluetooth pairing fails	Good morning, my problem is: bluetooth pairing fails	TKT-00477
INT-000885	email	10	2025-07-28 10:30:03	7.3	20.91	2025-07-28 10:37:21	2	Réclamation : temps d'attente trop long	Madame, Monsieur, je vous écris pour me plaindre de la situation suivante : temps d'attente trop long. Je souhaite que ma demande soit transmise à un responsable.	TKT-00476
INT-000886	phone	10	2025-07-28 12:36:05	19.8	33.00	2025-07-28 12:55:53	2	\N	\N	TKT-00476
INT-000887	chat	54	2025-07-28 12:59:12	8.2	64.00	2025-07-28 13:07:24	2	Help needed: bluetooth pairing fails on my speakers	Hi, a quick update on my case: bluetooth pairing fails	TKT-00477
INT-000888	chat	31	2025-07-29 10:27:47	20.4	36.00	2025-07-29 10:48:11	3	Störung bei meinem Kopfhörer	Guten Tag, eine kurze Frage zu meinem Kopfhörer	TKT-00479
INT-000889	email	80	2025-07-29 10:30:19	15.2	11.77	2025-07-29 10:45:31	3	Demande SAV : échange d'un appareil arrivé défectueux	Madame, Monsieur, concernant mon enceinte : échange d'un appareil arrivé défectueux. Merci de m'indiquer comment vous envoyer l'appareil.	TKT-00478
INT-000890	chat	90	2025-07-29 11:35:49	9.6	58.00	2025-07-29 11:45:25	3	Beschwerde: zu lange Wartezeit	Hallo, ich habe eine Frage zu meinem Lautsprecher (zu lange Wartezeit)	TKT-00480
INT-000891	phone	30	2025-07-31 14:58:00	15.6	20.00	2025-07-31 15:13:36	2	\N	\N	TKT-00481
INT-000892	chat	30	2025-07-31 15:48:54	8.5	8.00	2025-07-31 15:57:24	2	Problème avec mon casque : bourdonnement ou grésillement	Bonjour, c'est encore moi : le problème de mon casque est revenu	TKT-00481
INT-000893	email	85	2025-07-31 16:56:40	11.5	0.17	2025-07-31 17:08:10	3	Bitte um Hilfe: Firmware-Update fehlgeschlagen	Guten Tag, ich habe ein Problem mit meinem Lautsprecher: Firmware-Update fehlgeschlagen. Ich habe das Gerät bereits neu gestartet. Können Sie mir bitte helfen?	TKT-00482
INT-000894	email	85	2025-07-31 18:24:25	5.6	0.28	2025-07-31 18:30:01	3	AW: Problem mit meinem Lautsprecher: Firmware-Update fehlgeschlagen	Guten Tag, danke für die Angaben. Wir konnten den Fehler (Firmware-Update fehlgeschlagen) an einem Testgerät nachstellen; eine Korrektur für Ihren Lautsprecher ist im nächsten Firmware-Update enthalten.	TKT-00482
INT-000895	phone	14	2025-08-01 08:33:34	10.4	49.00	2025-08-01 08:43:58	2	\N	\N	TKT-00483
INT-000896	chat	119	2025-08-01 10:17:54	11.3	37.00	2025-08-01 10:29:12	1	Problem with my speakers – no sound	Hello, I'm contacting you about my speakers (no sound)	TKT-00484
INT-000897	phone	86	2025-08-02 09:57:30	20.4	5.00	2025-08-02 10:17:54	2	\N	\N	TKT-00485
INT-000898	phone	53	2025-08-03 14:13:29	7.4	70.00	2025-08-03 14:20:53	2	\N	\N	TKT-00486
INT-000899	phone	53	2025-08-03 14:21:53	7.1	14.00	2025-08-03 14:28:59	2	\N	\N	TKT-00486
INT-000900	email	8	2025-08-06 11:21:35	12.1	1.08	2025-08-06 11:33:41	3	Frage vor dem Kauf: Funktionen der App	Hallo, ich vergleiche gerade mehrere Modelle und benötige Informationen zum Kopfhörer (Funktionen der App). Vielen Dank im Voraus.	TKT-00487
INT-000901	phone	112	2025-08-07 12:45:01	20.3	9.00	2025-08-07 13:05:19	3	\N	\N	TKT-00488
INT-000902	chat	13	2025-08-07 16:01:05	7.3	62.00	2025-08-07 16:08:23	2	My headphones: no sound	Hi there – no sound, can you help?	TKT-00489
INT-000903	chat	13	2025-08-07 16:36:24	7.6	28.00	2025-08-07 16:44:00	2	Problem with my headphones – no sound	Hi again, I contacted you earlier about my headphones	TKT-00489
INT-000904	email	71	2025-08-12 15:16:22	21.3	0.90	2025-08-12 15:37:40	2	Repair enquiry: return authorisation needed	Hello, I would like to return my headphones under the warranty. Reason: return authorisation needed. How should I proceed?	TKT-00490
INT-000905	phone	90	2025-08-14 09:14:41	3.5	86.00	2025-08-14 09:18:11	1	\N	\N	TKT-00491
INT-000906	phone	90	2025-08-14 09:38:13	6.6	64.00	2025-08-14 09:44:49	1	\N	\N	TKT-00491
INT-000907	email	55	2025-08-14 11:58:56	2.4	1.10	2025-08-14 12:01:20	1	Frage vor dem Kauf: Lieferbarkeit	Guten Tag, ich habe eine Frage vor dem Kauf zu Ihrem Verstärker: Lieferbarkeit. Welches Modell würden Sie empfehlen?	TKT-00492
INT-000908	email	23	2025-08-15 10:06:46	6.2	1.48	2025-08-15 10:12:58	2	Problem with my headphones – connection keeps dropping	Hello, connection keeps dropping – this keeps happening with my headphones. I have reset the device twice already. Can you help me?	TKT-00493
INT-000909	phone	14	2025-08-15 10:08:47	9.0	16.00	2025-08-15 10:17:47	2	\N	\N	TKT-00494
INT-000910	phone	28	2025-08-18 09:23:21	5.0	53.00	2025-08-18 09:28:21	2	\N	\N	TKT-00495
INT-000911	phone	28	2025-08-18 14:06:45	4.4	96.00	2025-08-18 14:11:09	2	\N	\N	TKT-00495
INT-000912	phone	67	2025-08-18 19:44:48	5.6	39.00	2025-08-18 19:50:24	3	\N	\N	TKT-00496
INT-000913	chat	10	2025-08-19 08:43:54	24.6	106.00	2025-08-19 09:08:30	3	Problème avec mon amplificateur : échec de la mise à jour du firmware	Bonjour, j'ai un problème : échec de la mise à jour du firmware	TKT-00497
INT-000914	email	110	2025-08-19 13:13:24	4.7	0.43	2025-08-19 13:18:06	3	Frage zum Versand: Paket beschädigt angekommen	Guten Tag, es geht um die Lieferung meiner Bestellung (Lautsprecher): Paket beschädigt angekommen. Was sind die nächsten Schritte?	TKT-00498
INT-000915	phone	69	2025-08-19 14:58:35	9.9	213.00	2025-08-19 15:08:29	3	\N	\N	TKT-00499
INT-000916	phone	69	2025-08-19 15:21:48	7.1	26.00	2025-08-19 15:28:54	3	\N	\N	TKT-00499
INT-000917	email	110	2025-08-19 18:57:09	6.3	1.78	2025-08-19 19:03:27	1	AW: Meine Bestellung (Lautsprecher) – Paket beschädigt angekommen	Guten Tag, wir haben eine Ersatzlieferung für Ihren Lautsprecher veranlasst. Die neue Sendungsnummer erhalten Sie in einer separaten E-Mail. Bestellnummer: ORD-915047.	TKT-00498
INT-000918	email	118	2025-08-20 08:10:34	6.7	10.83	2025-08-20 08:17:16	3	Defekt an meinem Lautsprecher: Bluetooth-Kopplung schlägt fehl	Guten Tag, ich habe Ihren Lautsprecher vor einigen Monaten gekauft und nun folgendes Problem: Bluetooth-Kopplung schlägt fehl. Gibt es dafür eine Lösung?	TKT-00500
\.

COPY calls (id, initialized, answered, abandoned, is_abandoned, interaction_id) FROM stdin WITH (FREEZE);
CAL-000001	2023-09-16 15:20:52	2023-09-16 15:21:28	\N	f	INT-000001
CAL-000002	2023-09-18 09:34:38	2023-09-18 09:36:22	\N	f	INT-000002
CAL-000003	2023-09-18 11:10:01	2023-09-18 11:10:52	\N	f	INT-000004
CAL-000004	2023-09-18 12:11:57	2023-09-18 12:12:23	\N	f	INT-000006
CAL-000005	2023-09-18 12:41:39	\N	2023-09-18 12:42:18	t	\N
CAL-000006	2023-09-18 12:53:36	2023-09-18 12:58:23	\N	f	INT-000008
CAL-000007	2023-09-18 13:05:39	\N	2023-09-18 13:06:35	t	\N
CAL-000008	2023-09-26 09:20:23	2023-09-26 09:20:56	\N	f	INT-000024
CAL-000009	2023-09-26 09:21:56	\N	2023-09-26 09:23:29	t	\N
CAL-000010	2023-09-26 13:00:31	2023-09-26 13:01:09	\N	f	INT-000026
CAL-000011	2023-09-26 15:31:46	2023-09-26 15:33:03	\N	f	INT-000027
CAL-000012	2023-09-26 18:14:05	2023-09-26 18:18:54	\N	f	INT-000029
CAL-000013	2023-09-26 19:05:05	2023-09-26 19:09:39	\N	f	INT-000030
CAL-000014	2023-09-27 12:22:14	2023-09-27 12:22:24	\N	f	INT-000033
CAL-000015	2023-10-02 15:09:11	2023-10-02 15:09:23	\N	f	INT-000041
CAL-000016	2023-10-02 19:24:30	2023-10-02 19:25:28	\N	f	INT-000042
CAL-000017	2023-10-02 19:39:45	2023-10-02 19:40:58	\N	f	INT-000043
CAL-000018	2023-10-04 18:12:23	2023-10-04 18:12:44	\N	f	INT-000045
CAL-000019	2023-10-05 10:45:30	2023-10-05 10:46:03	\N	f	INT-000046
CAL-000020	2023-10-05 13:21:08	2023-10-05 13:21:45	\N	f	INT-000047
CAL-000021	2023-10-05 13:58:33	2023-10-05 13:59:35	\N	f	INT-000048
CAL-000022	2023-10-05 16:36:04	2023-10-05 16:36:15	\N	f	INT-000049
CAL-000023	2023-10-08 10:45:09	2023-10-08 10:48:41	\N	f	INT-000050
CAL-000024	2023-10-08 12:48:35	2023-10-08 12:55:27	\N	f	INT-000051
CAL-000025	2023-10-13 13:29:05	2023-10-13 13:29:32	\N	f	INT-000060
CAL-000026	2023-10-13 13:35:42	\N	2023-10-13 13:36:18	t	\N
CAL-000027	2023-10-16 15:30:54	2023-10-16 15:32:14	\N	f	INT-000065
CAL-000028	2023-10-16 16:53:43	2023-10-16 16:53:48	\N	f	INT-000066
CAL-000029	2023-10-20 09:37:02	2023-10-20 09:43:04	\N	f	INT-000069
CAL-000030	2023-10-20 09:57:13	2023-10-20 09:59:39	\N	f	INT-000070
CAL-000031	2023-10-20 15:34:29	2023-10-20 15:35:25	\N	f	INT-000072
CAL-000032	2023-10-20 19:31:40	2023-10-20 19:31:49	\N	f	INT-000074
CAL-000033	2023-10-24 12:38:14	2023-10-24 12:38:55	\N	f	INT-000077
CAL-000034	2023-10-24 13:06:49	2023-10-24 13:08:30	\N	f	INT-000079
CAL-000035	2023-10-24 14:26:51	2023-10-24 14:27:55	\N	f	INT-000080
CAL-000036	2023-10-26 17:11:18	2023-10-26 17:11:46	\N	f	INT-000084
CAL-000037	2023-10-27 12:23:14	2023-10-27 12:23:33	\N	f	INT-000087
CAL-000038	2023-10-27 15:34:35	2023-10-27 15:35:30	\N	f	INT-000089
CAL-000039	2023-10-27 16:12:02	2023-10-27 16:12:23	\N	f	INT-000091
CAL-000040	2023-10-27 18:57:08	2023-10-27 19:06:45	\N	f	INT-000092
CAL-000041	2023-11-03 13:10:41	2023-11-03 13:11:02	\N	f	INT-000096
CAL-000042	2023-11-06 15:20:39	2023-11-06 15:21:53	\N	f	INT-000097
CAL-000043	2023-11-15 12:47:55	2023-11-15 12:48:35	\N	f	INT-000102
CAL-000044	2023-11-15 13:03:35	2023-11-15 13:07:02	\N	f	INT-000103
CAL-000045	2023-11-15 17:00:15	\N	2023-11-15 17:02:01	t	\N
CAL-000046	2023-11-15 17:14:51	2023-11-15 17:15:32	\N	f	INT-000105
CAL-000047	2023-11-16 11:00:09	2023-11-16 11:01:33	\N	f	INT-000106
CAL-000048	2023-11-16 14:09:24	2023-11-16 14:09:55	\N	f	INT-000107
CAL-000049	2023-11-20 17:37:36	2023-11-20 17:38:08	\N	f	INT-000115
CAL-000050	2023-11-20 17:51:45	2023-11-20 17:51:49	\N	f	INT-000116
CAL-000051	2023-11-20 18:10:06	2023-11-20 18:10:44	\N	f	INT-000117
CAL-000052	2023-11-20 19:44:04	2023-11-20 19:44:36	\N	f	INT-000118
CAL-000053	2023-11-20 19:50:02	\N	2023-11-20 19:51:02	t	\N
CAL-000054	2023-11-24 11:52:18	2023-11-24 11:53:19	\N	f	INT-000122
CAL-000055	2023-11-26 14:14:49	2023-11-26 14:15:46	\N	f	INT-000123
CAL-000056	2023-11-28 13:04:59	2023-11-28 13:05:32	\N	f	INT-000124
CAL-000057	2023-12-01 11:50:29	2023-12-01 11:50:45	\N	f	INT-000125
CAL-000058	2023-12-05 12:26:53	2023-12-05 12:28:26	\N	f	INT-000127
CAL-000059	2023-12-05 15:35:29	2023-12-05 15:36:01	\N	f	INT-000128
CAL-000060	2023-12-06 14:58:21	2023-12-06 14:58:33	\N	f	INT-000131
CAL-000061	2023-12-06 17:16:20	2023-12-06 17:17:32	\N	f	INT-000132
CAL-000062	2023-12-10 12:18:16	2023-12-10 12:18:44	\N	f	INT-000133
CAL-000063	2023-12-10 15:42:55	2023-12-10 15:47:47	\N	f	INT-000134
CAL-000064	2023-12-12 17:07:54	2023-12-12 17:08:42	\N	f	INT-000136
CAL-000065	2023-12-13 10:45:46	2023-12-13 10:47:22	\N	f	INT-000137
CAL-000066	2023-12-13 15:34:56	2023-12-13 15:39:24	\N	f	INT-000139
CAL-000067	2023-12-13 15:54:34	2023-12-13 15:55:01	\N	f	INT-000140
CAL-000068	2023-12-13 19:50:43	2023-12-13 19:52:25	\N	f	INT-000141
CAL-000069	2023-12-15 15:36:33	2023-12-15 15:36:49	\N	f	INT-000142
CAL-000070	2023-12-15 18:01:33	2023-12-15 18:02:12	\N	f	INT-000143
CAL-000071	2023-12-20 15:48:26	2023-12-20 15:49:03	\N	f	INT-000150
CAL-000072	2023-12-22 15:34:37	2023-12-22 15:35:27	\N	f	INT-000152
CAL-000073	2023-12-23 16:45:50	2023-12-23 16:46:21	\N	f	INT-000153
CAL-000074	2023-12-23 16:56:21	2023-12-23 16:56:51	\N	f	INT-000154
CAL-000075	2023-12-24 14:14:12	2023-12-24 14:14:48	\N	f	INT-000155
CAL-000076	2023-12-24 14:55:38	2023-12-24 14:56:12	\N	f	INT-000157
CAL-000077	2023-12-24 15:06:08	\N	2023-12-24 15:07:56	t	\N
CAL-000078	2023-12-24 15:08:42	\N	2023-12-24 15:09:42	t	\N
CAL-000079	2023-12-24 15:17:10	2023-12-24 15:20:14	\N	f	INT-000158
CAL-000080	2023-12-24 15:43:14	2023-12-24 15:43:44	\N	f	INT-000159
CAL-000081	2023-12-27 10:03:13	2023-12-27 10:03:51	\N	f	INT-000160
CAL-000082	2023-12-28 08:39:57	2023-12-28 08:40:58	\N	f	INT-000161
CAL-000083	2023-12-29 14:13:02	2023-12-29 14:13:26	\N	f	INT-000166
CAL-000084	2024-01-02 10:53:03	2024-01-02 10:57:06	\N	f	INT-000173
CAL-000085	2024-01-02 12:37:35	2024-01-02 12:38:06	\N	f	INT-000174
CAL-000086	2024-01-02 17:02:57	\N	2024-01-02 17:04:06	t	\N
CAL-000087	2024-01-02 17:05:32	2024-01-02 17:07:55	\N	f	INT-000178
CAL-000088	2024-01-05 10:43:04	2024-01-05 10:44:35	\N	f	INT-000180
CAL-000089	2024-01-05 13:18:59	2024-01-05 13:19:34	\N	f	INT-000181
CAL-000090	2024-01-05 15:55:45	2024-01-05 15:55:56	\N	f	INT-000182
CAL-000091	2024-01-05 16:18:07	2024-01-05 16:20:04	\N	f	INT-000183
CAL-000092	2024-01-05 17:13:30	2024-01-05 17:14:16	\N	f	INT-000184
CAL-000093	2024-01-05 18:39:27	2024-01-05 18:39:41	\N	f	INT-000185
CAL-000094	2024-01-06 09:32:40	2024-01-06 09:33:26	\N	f	INT-000186
CAL-000095	2024-01-08 12:37:12	2024-01-08 12:37:20	\N	f	INT-000189
CAL-000096	2024-01-08 12:38:13	2024-01-08 12:38:54	\N	f	INT-000190
CAL-000097	2024-01-08 13:14:54	2024-01-08 13:15:09	\N	f	INT-000191
CAL-000098	2024-01-11 17:32:35	2024-01-11 17:33:00	\N	f	INT-000195
CAL-000099	2024-01-11 18:58:11	2024-01-11 19:00:32	\N	f	INT-000196
CAL-000100	2024-01-12 12:08:40	2024-01-12 12:09:37	\N	f	INT-000199
CAL-000101	2024-01-15 12:12:02	2024-01-15 12:12:15	\N	f	INT-000203
CAL-000102	2024-01-17 12:13:13	2024-01-17 12:13:25	\N	f	INT-000205
CAL-000103	2024-01-17 12:47:25	2024-01-17 12:47:50	\N	f	INT-000206
CAL-000104	2024-01-17 15:17:14	2024-01-17 15:17:49	\N	f	INT-000208
CAL-000105	2024-01-17 17:11:43	2024-01-17 17:11:50	\N	f	INT-000209
CAL-000106	2024-01-19 14:35:14	2024-01-19 14:35:23	\N	f	INT-000212
CAL-000107	2024-01-22 14:09:41	2024-01-22 14:10:13	\N	f	INT-000217
CAL-000108	2024-01-25 14:53:57	2024-01-25 14:54:19	\N	f	INT-000219
CAL-000109	2024-01-26 16:36:52	2024-01-26 16:37:29	\N	f	INT-000221
CAL-000110	2024-01-27 11:01:56	2024-01-27 11:02:25	\N	f	INT-000222
CAL-000111	2024-02-05 18:59:07	2024-02-05 19:00:54	\N	f	INT-000230
CAL-000112	2024-02-06 09:10:43	\N	2024-02-06 09:13:53	t	\N
CAL-000113	2024-02-06 09:23:40	2024-02-06 09:24:21	\N	f	INT-000231
CAL-000114	2024-02-06 09:35:27	\N	2024-02-06 09:36:04	t	\N
CAL-000115	2024-02-06 10:59:56	2024-02-06 11:02:37	\N	f	INT-000232
CAL-000116	2024-02-12 17:28:43	2024-02-12 17:29:05	\N	f	INT-000238
CAL-000117	2024-02-12 18:20:51	2024-02-12 18:23:15	\N	f	INT-000240
CAL-000118	2024-02-15 12:43:24	2024-02-15 12:44:13	\N	f	INT-000243
CAL-000119	2024-02-15 17:36:29	2024-02-15 17:37:06	\N	f	INT-000244
CAL-000120	2024-02-20 08:56:52	2024-02-20 08:57:30	\N	f	INT-000247
CAL-000121	2024-02-20 10:36:09	2024-02-20 10:37:28	\N	f	INT-000248
CAL-000122	2024-02-21 09:33:05	2024-02-21 09:33:26	\N	f	INT-000249
CAL-000123	2024-02-22 17:54:22	2024-02-22 17:55:41	\N	f	INT-000251
CAL-000124	2024-02-26 13:43:53	2024-02-26 13:44:10	\N	f	INT-000255
CAL-000125	2024-02-26 18:13:16	2024-02-26 18:13:51	\N	f	INT-000256
CAL-000126	2024-02-28 08:52:28	2024-02-28 08:52:55	\N	f	INT-000257
CAL-000127	2024-02-28 09:38:16	2024-02-28 09:40:14	\N	f	INT-000258
CAL-000128	2024-02-28 13:55:54	2024-02-28 13:56:03	\N	f	INT-000259
CAL-000129	2024-03-05 11:31:07	2024-03-05 11:31:25	\N	f	INT-000264
CAL-000130	2024-03-05 16:54:18	2024-03-05 16:54:50	\N	f	INT-000265
CAL-000131	2024-03-06 14:11:35	2024-03-06 14:17:16	\N	f	INT-000271
CAL-000132	2024-03-07 09:38:05	2024-03-07 09:38:15	\N	f	INT-000275
CAL-000133	2024-03-07 11:41:08	2024-03-07 11:41:21	\N	f	INT-000276
CAL-000134	2024-03-13 13:33:34	2024-03-13 13:33:56	\N	f	INT-000277
CAL-000135	2024-03-15 15:45:20	2024-03-15 15:46:16	\N	f	INT-000280
CAL-000136	2024-03-16 16:09:09	2024-03-16 16:09:24	\N	f	INT-000283
CAL-000137	2024-03-19 11:59:27	2024-03-19 11:59:54	\N	f	INT-000284
CAL-000138	2024-03-19 16:43:16	2024-03-19 16:43:38	\N	f	INT-000285
CAL-000139	2024-03-21 13:50:37	2024-03-21 13:50:53	\N	f	INT-000286
CAL-000140	2024-03-21 16:16:36	2024-03-21 16:16:41	\N	f	INT-000287
CAL-000141	2024-03-29 17:59:57	2024-03-29 18:00:11	\N	f	INT-000292
CAL-000142	2024-04-01 14:20:47	2024-04-01 14:21:42	\N	f	INT-000296
CAL-000143	2024-04-02 19:32:30	2024-04-02 19:33:17	\N	f	INT-000301
CAL-000144	2024-04-03 14:58:37	2024-04-03 15:00:04	\N	f	INT-000302
CAL-000145	2024-04-03 17:37:39	2024-04-03 17:38:23	\N	f	INT-000303
CAL-000146	2024-04-05 18:28:36	2024-04-05 18:28:58	\N	f	INT-000306
CAL-000147	2024-04-11 16:34:58	2024-04-11 16:36:13	\N	f	INT-000310
CAL-000148	2024-04-11 17:26:29	2024-04-11 17:26:50	\N	f	INT-000311
CAL-000149	2024-04-12 12:00:54	2024-04-12 12:01:22	\N	f	INT-000312
CAL-000150	2024-04-12 15:24:57	2024-04-12 15:26:04	\N	f	INT-000313
CAL-000151	2024-04-15 10:41:41	2024-04-15 10:45:11	\N	f	INT-000314
CAL-000152	2024-04-15 13:39:01	2024-04-15 13:42:03	\N	f	INT-000315
CAL-000153	2024-04-16 09:27:27	2024-04-16 09:39:44	\N	f	INT-000319
CAL-000154	2024-04-16 10:12:55	2024-04-16 10:18:01	\N	f	INT-000320
CAL-000155	2024-04-16 18:30:46	2024-04-16 18:33:31	\N	f	INT-000326
CAL-000156	2024-04-18 09:05:57	2024-04-18 09:06:11	\N	f	INT-000331
CAL-000157	2024-04-22 17:05:53	2024-04-22 17:06:30	\N	f	INT-000338
CAL-000158	2024-04-22 18:40:54	2024-04-22 18:41:07	\N	f	INT-000339
CAL-000159	2024-04-23 08:19:47	2024-04-23 08:27:30	\N	f	INT-000340
CAL-000160	2024-04-24 08:12:23	2024-04-24 08:12:43	\N	f	INT-000341
CAL-000161	2024-04-24 08:56:51	2024-04-24 09:05:40	\N	f	INT-000342
CAL-000162	2024-04-24 10:18:08	2024-04-24 10:22:52	\N	f	INT-000343
CAL-000163	2024-04-24 13:24:43	2024-04-24 13:25:00	\N	f	INT-000345
CAL-000164	2024-04-25 14:54:10	2024-04-25 14:54:50	\N	f	INT-000346
CAL-000165	2024-04-29 15:54:18	2024-04-29 15:56:09	\N	f	INT-000348
CAL-000166	2024-04-29 17:08:42	2024-04-29 17:09:39	\N	f	INT-000349
CAL-000167	2024-04-30 15:22:15	2024-04-30 15:25:37	\N	f	INT-000351
CAL-000168	2024-05-06 09:08:13	2024-05-06 09:09:55	\N	f	INT-000354
CAL-000169	2024-05-06 11:07:23	2024-05-06 11:07:34	\N	f	INT-000355
CAL-000170	2024-05-06 13:35:32	2024-05-06 13:38:29	\N	f	INT-000356
CAL-000171	2024-05-06 16:06:52	2024-05-06 16:08:59	\N	f	INT-000357
CAL-000172	2024-05-09 17:47:33	2024-05-09 17:50:41	\N	f	INT-000358
CAL-000173	2024-05-27 11:49:53	2024-05-27 11:51:50	\N	f	INT-000368
CAL-000174	2024-05-27 16:27:59	2024-05-27 16:28:55	\N	f	INT-000369
CAL-000175	2024-05-28 10:42:30	2024-05-28 10:42:45	\N	f	INT-000372
CAL-000176	2024-05-28 13:22:13	\N	2024-05-28 13:22:45	t	\N
CAL-000177	2024-05-28 13:32:45	2024-05-28 13:34:09	\N	f	INT-000373
CAL-000178	2024-05-29 09:36:39	2024-05-29 09:37:38	\N	f	INT-000374
CAL-000179	2024-06-01 09:23:00	2024-06-01 09:24:22	\N	f	INT-000375
CAL-000180	2024-06-01 14:12:57	2024-06-01 14:13:43	\N	f	INT-000376
CAL-000181	2024-06-01 14:20:18	\N	2024-06-01 14:21:15	t	\N
CAL-000182	2024-06-02 11:15:58	2024-06-02 11:18:48	\N	f	INT-000377
CAL-000183	2024-06-03 08:29:15	2024-06-03 08:29:43	\N	f	INT-000378
CAL-000184	2024-06-03 09:23:07	2024-06-03 09:23:46	\N	f	INT-000379
CAL-000185	2024-06-05 08:45:35	2024-06-05 08:46:04	\N	f	INT-000384
CAL-000186	2024-06-05 14:32:48	2024-06-05 14:33:03	\N	f	INT-000386
CAL-000187	2024-06-06 08:11:41	2024-06-06 08:14:10	\N	f	INT-000387
CAL-000188	2024-06-06 08:14:43	\N	2024-06-06 08:17:22	t	\N
CAL-000189	2024-06-07 17:32:48	2024-06-07 17:39:25	\N	f	INT-000392
CAL-000190	2024-06-07 19:05:31	2024-06-07 19:06:14	\N	f	INT-000393
CAL-000191	2024-06-09 11:52:31	2024-06-09 11:52:48	\N	f	INT-000396
CAL-000192	2024-06-17 12:04:58	2024-06-17 12:06:03	\N	f	INT-000409
CAL-000193	2024-06-17 13:17:38	2024-06-17 13:18:23	\N	f	INT-000411
CAL-000194	2024-06-22 11:15:47	2024-06-22 11:17:02	\N	f	INT-000429
CAL-000195	2024-06-22 12:38:25	2024-06-22 12:42:20	\N	f	INT-000430
CAL-000196	2024-06-28 13:09:14	2024-06-28 13:09:30	\N	f	INT-000438
CAL-000197	2024-07-02 15:14:00	2024-07-02 15:14:15	\N	f	INT-000443
CAL-000198	2024-07-02 19:13:22	2024-07-02 19:13:42	\N	f	INT-000444
CAL-000199	2024-07-08 17:35:48	2024-07-08 17:36:12	\N	f	INT-000449
CAL-000200	2024-07-08 19:27:24	2024-07-08 19:27:32	\N	f	INT-000450
CAL-000201	2024-07-11 16:44:42	2024-07-11 16:47:54	\N	f	INT-000453
CAL-000202	2024-07-12 19:17:28	2024-07-12 19:18:21	\N	f	INT-000456
CAL-000203	2024-07-17 10:35:44	2024-07-17 10:41:19	\N	f	INT-000458
CAL-000204	2024-07-24 17:56:40	2024-07-24 17:57:40	\N	f	INT-000459
CAL-000205	2024-07-24 18:16:47	2024-07-24 18:18:16	\N	f	INT-000460
CAL-000206	2024-07-27 11:33:48	2024-07-27 11:35:39	\N	f	INT-000461
CAL-000207	2024-07-28 15:53:14	2024-07-28 15:53:24	\N	f	INT-000462
CAL-000208	2024-07-29 13:51:28	2024-07-29 13:51:33	\N	f	INT-000463
CAL-000209	2024-07-29 19:43:01	2024-07-29 19:44:44	\N	f	INT-000464
CAL-000210	2024-07-30 08:52:26	2024-07-30 08:52:43	\N	f	INT-000465
CAL-000211	2024-07-30 12:58:26	2024-07-30 12:59:39	\N	f	INT-000466
CAL-000212	2024-07-30 14:03:29	2024-07-30 14:03:42	\N	f	INT-000467
CAL-000213	2024-08-01 11:42:28	2024-08-01 11:42:31	\N	f	INT-000468
CAL-000214	2024-08-06 14:32:58	2024-08-06 14:36:58	\N	f	INT-000469
CAL-000215	2024-08-06 15:06:23	2024-08-06 15:06:46	\N	f	INT-000470
CAL-000216	2024-08-07 09:35:00	2024-08-07 09:35:35	\N	f	INT-000471
CAL-000217	2024-08-07 09:38:42	\N	2024-08-07 09:40:21	t	\N
CAL-000218	2024-08-12 11:10:10	2024-08-12 11:10:20	\N	f	INT-000474
CAL-000219	2024-08-13 14:23:16	2024-08-13 14:23:43	\N	f	INT-000475
CAL-000220	2024-08-13 19:12:11	2024-08-13 19:12:41	\N	f	INT-000476
CAL-000221	2024-08-17 10:49:54	2024-08-17 10:51:42	\N	f	INT-000482
CAL-000222	2024-08-18 14:35:00	2024-08-18 14:40:27	\N	f	INT-000486
CAL-000223	2024-08-18 15:23:23	2024-08-18 15:26:03	\N	f	INT-000487
CAL-000224	2024-08-20 09:02:33	2024-08-20 09:04:26	\N	f	INT-000488
CAL-000225	2024-08-20 11:46:50	2024-08-20 11:48:47	\N	f	INT-000489
CAL-000226	2024-08-20 12:43:25	2024-08-20 12:43:38	\N	f	INT-000490
CAL-000227	2024-08-23 08:42:07	2024-08-23 08:43:18	\N	f	INT-000491
CAL-000228	2024-08-23 15:58:08	2024-08-23 15:58:21	\N	f	INT-000492
CAL-000229	2024-08-23 18:10:05	2024-08-23 18:11:26	\N	f	INT-000493
CAL-000230	2024-08-26 14:14:41	2024-08-26 14:15:23	\N	f	INT-000496
CAL-000231	2024-08-26 16:11:35	2024-08-26 16:12:11	\N	f	INT-000498
CAL-000232	2024-08-26 19:30:34	2024-08-26 19:31:15	\N	f	INT-000500
CAL-000233	2024-09-02 10:33:02	2024-09-02 10:34:23	\N	f	INT-000506
CAL-000234	2024-09-03 08:36:40	2024-09-03 08:41:39	\N	f	INT-000507
CAL-000235	2024-09-03 09:11:37	\N	2024-09-03 09:12:32	t	\N
CAL-000236	2024-09-03 09:16:22	2024-09-03 09:18:32	\N	f	INT-000508
CAL-000237	2024-09-03 11:23:29	\N	2024-09-03 11:26:21	t	\N
CAL-000238	2024-09-03 11:31:13	2024-09-03 11:35:00	\N	f	INT-000510
CAL-000239	2024-09-03 12:41:13	2024-09-03 12:55:50	\N	f	INT-000511
CAL-000240	2024-09-07 15:03:29	2024-09-07 15:04:04	\N	f	INT-000512
CAL-000241	2024-09-07 15:11:34	\N	2024-09-07 15:12:17	t	\N
CAL-000242	2024-09-07 15:19:21	2024-09-07 15:19:50	\N	f	INT-000513
CAL-000243	2024-09-09 11:17:10	2024-09-09 11:17:21	\N	f	INT-000514
CAL-000244	2024-09-09 15:35:27	2024-09-09 15:35:54	\N	f	INT-000515
CAL-000245	2024-09-11 14:10:20	2024-09-11 14:10:48	\N	f	INT-000518
CAL-000246	2024-09-13 10:28:12	2024-09-13 10:28:53	\N	f	INT-000521
CAL-000247	2024-09-13 11:17:43	2024-09-13 11:20:26	\N	f	INT-000522
CAL-000248	2024-09-13 12:41:02	2024-09-13 12:41:20	\N	f	INT-000523
CAL-000249	2024-09-13 15:10:09	2024-09-13 15:10:57	\N	f	INT-000524
CAL-000250	2024-09-16 09:34:33	2024-09-16 09:36:08	\N	f	INT-000526
CAL-000251	2024-09-23 11:30:53	2024-09-23 11:32:12	\N	f	INT-000531
CAL-000252	2024-09-23 12:12:33	2024-09-23 12:13:01	\N	f	INT-000532
CAL-000253	2024-09-23 15:08:07	2024-09-23 15:08:40	\N	f	INT-000533
CAL-000254	2024-10-07 16:45:16	2024-10-07 16:45:33	\N	f	INT-000538
CAL-000255	2024-10-07 18:33:15	2024-10-07 18:33:25	\N	f	INT-000539
CAL-000256	2024-10-08 10:52:13	2024-10-08 10:53:57	\N	f	INT-000540
CAL-000257	2024-10-08 14:32:00	2024-10-08 14:33:52	\N	f	INT-000541
CAL-000258	2024-10-10 11:18:52	2024-10-10 11:20:38	\N	f	INT-000542
CAL-000259	2024-10-11 18:17:50	2024-10-11 18:18:00	\N	f	INT-000544
CAL-000260	2024-10-11 18:31:11	2024-10-11 18:31:21	\N	f	INT-000545
CAL-000261	2024-10-12 10:13:09	2024-10-12 10:14:22	\N	f	INT-000547
CAL-000262	2024-10-12 10:15:26	\N	2024-10-12 10:16:04	t	\N
CAL-000263	2024-10-12 14:25:16	2024-10-12 14:27:56	\N	f	INT-000550
CAL-000264	2024-10-14 09:50:40	2024-10-14 09:52:41	\N	f	INT-000551
CAL-000265	2024-10-15 08:05:03	2024-10-15 08:05:22	\N	f	INT-000552
CAL-000266	2024-10-15 17:40:16	2024-10-15 17:42:24	\N	f	INT-000553
CAL-000267	2024-10-15 18:05:47	2024-10-15 18:07:32	\N	f	INT-000554
CAL-000268	2024-10-17 16:26:36	2024-10-17 16:26:39	\N	f	INT-000555
CAL-000269	2024-10-17 16:45:00	2024-10-17 16:45:36	\N	f	INT-000556
CAL-000270	2024-10-31 12:46:44	2024-10-31 12:47:05	\N	f	INT-000563
CAL-000271	2024-10-31 13:43:17	2024-10-31 13:44:59	\N	f	INT-000564
CAL-000272	2024-10-31 19:20:45	2024-10-31 19:20:54	\N	f	INT-000566
CAL-000273	2024-11-07 17:57:58	2024-11-07 17:58:20	\N	f	INT-000571
CAL-000274	2024-11-15 18:37:36	2024-11-15 18:38:04	\N	f	INT-000572
CAL-000275	2024-11-15 19:42:44	2024-11-15 19:42:57	\N	f	INT-000573
CAL-000276	2024-11-20 13:47:51	2024-11-20 13:48:01	\N	f	INT-000579
CAL-000277	2024-11-20 18:55:11	2024-11-20 18:55:30	\N	f	INT-000580
CAL-000278	2024-11-25 15:36:56	2024-11-25 15:38:24	\N	f	INT-000581
CAL-000279	2024-11-28 16:56:48	2024-11-28 16:57:47	\N	f	INT-000584
CAL-000280	2024-11-29 10:12:20	2024-11-29 10:12:55	\N	f	INT-000585
CAL-000281	2024-11-29 10:55:25	2024-11-29 10:59:10	\N	f	INT-000586
CAL-000282	2024-12-06 12:20:12	2024-12-06 12:20:18	\N	f	INT-000595
CAL-000283	2024-12-06 13:37:06	\N	2024-12-06 13:38:30	t	\N
CAL-000284	2024-12-06 13:51:00	2024-12-06 13:51:19	\N	f	INT-000596
CAL-000285	2024-12-10 17:11:59	2024-12-10 17:12:02	\N	f	INT-000602
CAL-000286	2024-12-10 17:25:48	2024-12-10 17:26:11	\N	f	INT-000603
CAL-000287	2024-12-10 18:53:54	2024-12-10 18:55:17	\N	f	INT-000604
CAL-000288	2024-12-16 16:48:04	2024-12-16 16:48:54	\N	f	INT-000606
CAL-000289	2024-12-16 19:24:05	2024-12-16 19:25:05	\N	f	INT-000607
CAL-000290	2024-12-17 12:00:02	2024-12-17 12:00:56	\N	f	INT-000608
CAL-000291	2024-12-17 13:04:52	2024-12-17 13:05:19	\N	f	INT-000609
CAL-000292	2024-12-17 14:10:07	2024-12-17 14:10:12	\N	f	INT-000610
CAL-000293	2024-12-17 15:39:22	2024-12-17 15:39:38	\N	f	INT-000611
CAL-000294	2024-12-30 08:46:49	2024-12-30 08:47:11	\N	f	INT-000613
CAL-000295	2025-01-03 14:32:02	2025-01-03 14:32:13	\N	f	INT-000615
CAL-000296	2025-01-03 14:55:31	2025-01-03 14:56:19	\N	f	INT-000616
CAL-000297	2025-01-09 08:57:04	2025-01-09 08:59:55	\N	f	INT-000619
CAL-000298	2025-01-09 10:39:19	2025-01-09 10:40:47	\N	f	INT-000620
CAL-000299	2025-01-09 12:07:38	2025-01-09 12:08:06	\N	f	INT-000621
CAL-000300	2025-01-09 13:12:45	2025-01-09 13:13:21	\N	f	INT-000622
CAL-000301	2025-01-09 13:47:58	2025-01-09 13:48:06	\N	f	INT-000623
CAL-000302	2025-01-09 14:22:15	2025-01-09 14:22:28	\N	f	INT-000624
CAL-000303	2025-01-10 17:06:12	2025-01-10 17:06:28	\N	f	INT-000626
CAL-000304	2025-01-10 17:42:49	2025-01-10 17:44:25	\N	f	INT-000627
CAL-000305	2025-01-10 19:14:41	2025-01-10 19:15:44	\N	f	INT-000628
CAL-000306	2025-01-14 14:10:06	2025-01-14 14:10:39	\N	f	INT-000631
CAL-000307	2025-01-15 15:37:01	2025-01-15 15:37:12	\N	f	INT-000632
CAL-000308	2025-01-15 15:50:18	\N	2025-01-15 15:50:45	t	\N
CAL-000309	2025-01-15 17:51:19	2025-01-15 17:51:32	\N	f	INT-000633
CAL-000310	2025-01-16 15:48:11	2025-01-16 15:49:05	\N	f	INT-000634
CAL-000311	2025-01-16 16:24:00	2025-01-16 16:24:08	\N	f	INT-000635
CAL-000312	2025-01-20 10:56:09	2025-01-20 10:58:43	\N	f	INT-000638
CAL-000313	2025-01-20 12:35:15	2025-01-20 12:39:39	\N	f	INT-000640
CAL-000314	2025-01-20 17:26:27	2025-01-20 17:26:41	\N	f	INT-000642
CAL-000315	2025-01-21 08:17:32	2025-01-21 08:18:08	\N	f	INT-000644
CAL-000316	2025-01-24 15:07:25	2025-01-24 15:08:44	\N	f	INT-000651
CAL-000317	2025-01-24 19:44:23	\N	2025-01-24 19:46:27	t	\N
CAL-000318	2025-01-24 19:54:08	2025-01-24 19:54:22	\N	f	INT-000654
CAL-000319	2025-01-29 11:00:46	2025-01-29 11:01:06	\N	f	INT-000658
CAL-000320	2025-01-29 15:38:55	2025-01-29 15:39:29	\N	f	INT-000659
CAL-000321	2025-01-29 16:45:53	\N	2025-01-29 16:46:59	t	\N
CAL-000322	2025-01-29 16:58:42	2025-01-29 16:58:49	\N	f	INT-000660
CAL-000323	2025-01-30 17:33:33	2025-01-30 17:33:59	\N	f	INT-000661
CAL-000324	2025-01-30 18:08:40	2025-01-30 18:09:04	\N	f	INT-000662
CAL-000325	2025-01-30 18:32:38	2025-01-30 18:33:34	\N	f	INT-000663
CAL-000326	2025-01-30 18:40:39	2025-01-30 18:41:20	\N	f	INT-000664
CAL-000327	2025-01-30 18:54:59	2025-01-30 18:55:37	\N	f	INT-000665
CAL-000328	2025-01-30 19:05:03	2025-01-30 19:05:06	\N	f	INT-000666
CAL-000329	2025-02-08 10:55:29	2025-02-08 10:55:47	\N	f	INT-000671
CAL-000330	2025-02-08 11:00:19	\N	2025-02-08 11:02:01	t	\N
CAL-000331	2025-02-08 12:33:27	2025-02-08 12:33:41	\N	f	INT-000672
CAL-000332	2025-02-11 14:50:06	2025-02-11 14:50:25	\N	f	INT-000674
CAL-000333	2025-02-17 11:07:17	2025-02-17 11:08:09	\N	f	INT-000675
CAL-000334	2025-02-19 11:13:59	2025-02-19 11:14:23	\N	f	INT-000677
CAL-000335	2025-02-19 11:56:59	2025-02-19 11:57:08	\N	f	INT-000678
CAL-000336	2025-02-19 13:10:17	2025-02-19 13:11:04	\N	f	INT-000679
CAL-000337	2025-02-19 15:58:57	2025-02-19 15:59:13	\N	f	INT-000680
CAL-000338	2025-02-27 11:55:56	2025-02-27 11:56:49	\N	f	INT-000689
CAL-000339	2025-02-27 13:08:56	\N	2025-02-27 13:09:55	t	\N
CAL-000340	2025-02-27 13:10:13	2025-02-27 13:10:49	\N	f	INT-000690
CAL-000341	2025-02-27 17:34:40	2025-02-27 17:38:52	\N	f	INT-000691
CAL-000342	2025-03-03 18:53:46	2025-03-03 18:54:05	\N	f	INT-000695
CAL-000343	2025-03-07 09:40:23	2025-03-07 09:40:46	\N	f	INT-000699
CAL-000344	2025-03-07 17:21:06	2025-03-07 17:21:38	\N	f	INT-000701
CAL-000345	2025-03-07 19:27:54	2025-03-07 19:28:13	\N	f	INT-000702
CAL-000346	2025-03-12 08:00:00	\N	2025-03-12 08:02:40	t	\N
CAL-000347	2025-03-12 08:08:50	2025-03-12 08:09:54	\N	f	INT-000703
CAL-000348	2025-03-12 10:08:08	2025-03-12 10:10:22	\N	f	INT-000704
CAL-000349	2025-03-12 10:14:14	\N	2025-03-12 10:15:34	t	\N
CAL-000350	2025-03-14 11:01:28	2025-03-14 11:01:54	\N	f	INT-000707
CAL-000351	2025-03-17 19:47:08	2025-03-17 19:47:28	\N	f	INT-000708
CAL-000352	2025-03-17 19:55:35	2025-03-17 19:55:46	\N	f	INT-000709
CAL-000353	2025-03-21 19:31:06	2025-03-21 19:31:14	\N	f	INT-000710
CAL-000354	2025-03-21 19:41:05	2025-03-21 19:42:15	\N	f	INT-000711
CAL-000355	2025-03-30 12:45:18	2025-03-30 12:45:51	\N	f	INT-000718
CAL-000356	2025-04-02 13:56:21	2025-04-02 13:56:37	\N	f	INT-000720
CAL-000357	2025-04-02 15:47:59	2025-04-02 15:50:28	\N	f	INT-000721
CAL-000358	2025-04-05 09:23:30	2025-04-05 09:25:55	\N	f	INT-000724
CAL-000359	2025-04-05 11:21:40	2025-04-05 11:22:40	\N	f	INT-000725
CAL-000360	2025-04-20 15:28:12	\N	2025-04-20 15:30:20	t	\N
CAL-000361	2025-04-20 15:37:12	2025-04-20 15:37:29	\N	f	INT-000732
CAL-000362	2025-04-20 15:51:31	\N	2025-04-20 15:51:45	t	\N
CAL-000363	2025-04-22 13:00:50	2025-04-22 13:01:22	\N	f	INT-000738
CAL-000364	2025-04-24 15:08:56	2025-04-24 15:12:16	\N	f	INT-000740
CAL-000365	2025-04-25 12:46:22	2025-04-25 12:46:36	\N	f	INT-000743
CAL-000366	2025-04-28 17:44:27	2025-04-28 17:44:36	\N	f	INT-000747
CAL-000367	2025-04-30 09:48:44	2025-04-30 09:49:48	\N	f	INT-000750
CAL-000368	2025-04-30 11:13:01	2025-04-30 11:17:50	\N	f	INT-000751
CAL-000369	2025-04-30 11:15:40	\N	2025-04-30 11:16:21	t	\N
CAL-000370	2025-04-30 12:27:38	2025-04-30 12:28:21	\N	f	INT-000753
CAL-000371	2025-05-08 09:44:20	2025-05-08 09:48:24	\N	f	INT-000760
CAL-000372	2025-05-08 11:24:16	2025-05-08 11:24:57	\N	f	INT-000761
CAL-000373	2025-05-13 11:36:00	2025-05-13 11:36:20	\N	f	INT-000767
CAL-000374	2025-05-14 19:16:59	2025-05-14 19:18:30	\N	f	INT-000769
CAL-000375	2025-05-21 14:53:26	2025-05-21 14:53:52	\N	f	INT-000773
CAL-000376	2025-05-21 17:54:33	2025-05-21 17:57:32	\N	f	INT-000775
CAL-000377	2025-05-22 09:57:07	2025-05-22 10:02:16	\N	f	INT-000778
CAL-000378	2025-05-22 10:06:53	\N	2025-05-22 10:08:30	t	\N
CAL-000379	2025-05-22 14:14:05	2025-05-22 14:16:12	\N	f	INT-000781
CAL-000380	2025-05-22 14:33:44	2025-05-22 14:35:30	\N	f	INT-000782
CAL-000381	2025-05-23 13:32:00	2025-05-23 13:33:02	\N	f	INT-000784
CAL-000382	2025-05-23 15:33:33	2025-05-23 15:35:25	\N	f	INT-000785
CAL-000383	2025-05-27 10:14:37	2025-05-27 10:22:14	\N	f	INT-000788
CAL-000384	2025-05-27 13:18:51	2025-05-27 13:19:55	\N	f	INT-000791
CAL-000385	2025-05-29 17:40:09	2025-05-29 17:40:19	\N	f	INT-000794
CAL-000386	2025-05-30 16:53:34	2025-05-30 16:55:29	\N	f	INT-000796
CAL-000387	2025-06-01 11:43:29	2025-06-01 11:43:47	\N	f	INT-000798
CAL-000388	2025-06-03 14:03:40	2025-06-03 14:06:20	\N	f	INT-000801
CAL-000389	2025-06-03 14:24:49	2025-06-03 14:25:31	\N	f	INT-000802
CAL-000390	2025-06-03 14:48:40	2025-06-03 14:49:10	\N	f	INT-000803
CAL-000391	2025-06-04 16:17:15	2025-06-04 16:18:01	\N	f	INT-000806
CAL-000392	2025-06-04 17:29:31	2025-06-04 17:31:53	\N	f	INT-000808
CAL-000393	2025-06-06 09:13:11	2025-06-06 09:15:14	\N	f	INT-000811
CAL-000394	2025-06-09 08:37:56	2025-06-09 08:38:35	\N	f	INT-000812
CAL-000395	2025-06-09 17:08:37	2025-06-09 17:08:58	\N	f	INT-000813
CAL-000396	2025-06-09 17:34:05	2025-06-09 17:35:17	\N	f	INT-000814
CAL-000397	2025-06-14 09:21:14	2025-06-14 09:25:57	\N	f	INT-000816
CAL-000398	2025-06-16 11:08:41	2025-06-16 11:10:40	\N	f	INT-000818
CAL-000399	2025-06-17 17:40:46	2025-06-17 17:41:13	\N	f	INT-000820
CAL-000400	2025-06-18 10:47:53	\N	2025-06-18 10:52:13	t	\N
CAL-000401	2025-06-18 10:57:01	2025-06-18 11:01:19	\N	f	INT-000823
CAL-000402	2025-06-18 14:15:21	2025-06-18 14:16:30	\N	f	INT-000827
CAL-000403	2025-06-18 19:31:51	2025-06-18 19:32:12	\N	f	INT-000830
CAL-000404	2025-06-22 11:01:48	2025-06-22 11:03:51	\N	f	INT-000835
CAL-000405	2025-06-22 13:26:12	2025-06-22 13:26:21	\N	f	INT-000837
CAL-000406	2025-06-22 14:54:23	2025-06-22 14:57:51	\N	f	INT-000838
CAL-000407	2025-06-22 15:29:42	2025-06-22 15:32:31	\N	f	INT-000839
CAL-000408	2025-06-23 12:46:00	2025-06-23 12:46:20	\N	f	INT-000840
CAL-000409	2025-06-26 10:33:46	2025-06-26 10:35:51	\N	f	INT-000844
CAL-000410	2025-06-26 13:38:51	2025-06-26 13:38:59	\N	f	INT-000845
CAL-000411	2025-07-01 08:25:30	2025-07-01 08:27:16	\N	f	INT-000849
CAL-000412	2025-07-03 14:34:20	2025-07-03 14:37:14	\N	f	INT-000854
CAL-000413	2025-07-03 17:57:37	2025-07-03 17:58:28	\N	f	INT-000857
CAL-000414	2025-07-04 10:16:22	2025-07-04 10:16:46	\N	f	INT-000859
CAL-000415	2025-07-04 13:17:06	2025-07-04 13:17:21	\N	f	INT-000860
CAL-000416	2025-07-07 13:42:35	2025-07-07 13:44:04	\N	f	INT-000861
CAL-000417	2025-07-07 16:03:04	2025-07-07 16:04:32	\N	f	INT-000863
CAL-000418	2025-07-08 12:36:34	2025-07-08 12:37:01	\N	f	INT-000866
CAL-000419	2025-07-08 17:35:27	2025-07-08 17:35:47	\N	f	INT-000867
CAL-000420	2025-07-16 14:15:41	2025-07-16 14:15:54	\N	f	INT-000869
CAL-000421	2025-07-16 15:13:48	2025-07-16 15:14:01	\N	f	INT-000871
CAL-000422	2025-07-16 19:39:23	2025-07-16 19:41:59	\N	f	INT-000873
CAL-000423	2025-07-18 17:22:49	2025-07-18 17:24:37	\N	f	INT-000877
CAL-000424	2025-07-18 18:44:06	2025-07-18 18:44:32	\N	f	INT-000878
CAL-000425	2025-07-21 12:16:26	2025-07-21 12:16:42	\N	f	INT-000879
CAL-000426	2025-07-25 08:05:14	2025-07-25 08:06:15	\N	f	INT-000880
CAL-000427	2025-07-25 08:58:35	2025-07-25 08:59:12	\N	f	INT-000881
CAL-000428	2025-07-25 16:29:16	2025-07-25 16:30:08	\N	f	INT-000882
CAL-000429	2025-07-25 17:04:21	2025-07-25 17:05:39	\N	f	INT-000883
CAL-000430	2025-07-28 12:35:32	2025-07-28 12:36:05	\N	f	INT-000886
CAL-000431	2025-07-31 14:57:40	2025-07-31 14:58:00	\N	f	INT-000891
CAL-000432	2025-08-01 08:32:45	2025-08-01 08:33:34	\N	f	INT-000895
CAL-000433	2025-08-02 09:57:25	2025-08-02 09:57:30	\N	f	INT-000897
CAL-000434	2025-08-03 14:12:19	2025-08-03 14:13:29	\N	f	INT-000898
CAL-000435	2025-08-03 14:21:39	2025-08-03 14:21:53	\N	f	INT-000899
CAL-000436	2025-08-07 12:44:52	2025-08-07 12:45:01	\N	f	INT-000901
CAL-000437	2025-08-14 09:13:15	2025-08-14 09:14:41	\N	f	INT-000905
CAL-000438	2025-08-14 09:22:48	\N	2025-08-14 09:24:09	t	\N
CAL-000439	2025-08-14 09:37:09	2025-08-14 09:38:13	\N	f	INT-000906
CAL-000440	2025-08-15 10:08:31	2025-08-15 10:08:47	\N	f	INT-000909
CAL-000441	2025-08-18 09:22:28	2025-08-18 09:23:21	\N	f	INT-000910
CAL-000442	2025-08-18 14:05:09	2025-08-18 14:06:45	\N	f	INT-000911
CAL-000443	2025-08-18 19:44:09	2025-08-18 19:44:48	\N	f	INT-000912
CAL-000444	2025-08-19 14:55:02	2025-08-19 14:58:35	\N	f	INT-000915
CAL-000445	2025-08-19 15:21:22	2025-08-19 15:21:48	\N	f	INT-000916
\.

COPY chats (id, initialized, answered, abandoned, is_abandoned, interaction_id) FROM stdin WITH (FREEZE);
CHA-000001	2023-09-18 12:01:58	2023-09-18 12:02:05	\N	f	INT-000005
CHA-000002	2023-09-18 12:51:59	2023-09-18 12:52:21	\N	f	INT-000007
CHA-000003	2023-09-18 12:55:52	\N	2023-09-18 12:57:21	t	\N
CHA-000004	2023-09-18 15:53:53	2023-09-18 15:54:32	\N	f	INT-000011
CHA-000005	2023-09-18 16:29:12	2023-09-18 16:29:26	\N	f	INT-000012
CHA-000006	2023-09-18 16:48:39	\N	2023-09-18 16:49:13	t	\N
CHA-000007	2023-09-18 16:51:39	2023-09-18 16:51:43	\N	f	INT-000013
CHA-000008	2023-09-19 15:51:42	2023-09-19 15:51:50	\N	f	INT-000014
CHA-000009	2023-09-19 17:57:30	2023-09-19 17:57:59	\N	f	INT-000015
CHA-000010	2023-09-21 12:41:42	2023-09-21 12:42:10	\N	f	INT-000019
CHA-000011	2023-09-25 17:10:04	2023-09-25 17:10:22	\N	f	INT-000022
CHA-000012	2023-09-26 10:44:15	2023-09-26 10:45:34	\N	f	INT-000025
CHA-000013	2023-09-26 15:38:18	2023-09-26 15:40:21	\N	f	INT-000028
CHA-000014	2023-09-26 15:49:56	\N	2023-09-26 15:51:23	t	\N
CHA-000015	2023-09-26 15:52:28	\N	2023-09-26 15:53:41	t	\N
CHA-000016	2023-09-26 19:29:18	2023-09-26 19:33:09	\N	f	INT-000031
CHA-000017	2023-09-27 13:40:46	2023-09-27 13:41:15	\N	f	INT-000034
CHA-000018	2023-09-30 14:37:32	2023-09-30 14:38:33	\N	f	INT-000037
CHA-000019	2023-10-11 10:07:54	2023-10-11 10:09:38	\N	f	INT-000054
CHA-000020	2023-10-11 13:58:33	2023-10-11 13:59:12	\N	f	INT-000055
CHA-000021	2023-10-17 10:55:32	2023-10-17 10:56:36	\N	f	INT-000067
CHA-000022	2023-10-17 11:29:52	2023-10-17 11:30:17	\N	f	INT-000068
CHA-000023	2023-10-20 19:57:48	2023-10-20 19:57:55	\N	f	INT-000076
CHA-000024	2023-10-26 14:39:41	2023-10-26 14:40:17	\N	f	INT-000083
CHA-000025	2023-10-27 11:25:57	2023-10-27 11:34:01	\N	f	INT-000086
CHA-000026	2023-10-27 13:15:55	2023-10-27 13:16:25	\N	f	INT-000088
CHA-000027	2023-10-27 15:53:37	2023-10-27 15:54:42	\N	f	INT-000090
CHA-000028	2023-10-28 13:28:52	2023-10-28 13:29:23	\N	f	INT-000093
CHA-000029	2023-11-07 14:09:32	2023-11-07 14:09:47	\N	f	INT-000098
CHA-000030	2023-11-15 17:14:00	2023-11-15 17:14:09	\N	f	INT-000104
CHA-000031	2023-11-17 09:41:45	2023-11-17 09:43:27	\N	f	INT-000110
CHA-000032	2023-11-17 14:09:37	2023-11-17 14:09:41	\N	f	INT-000112
CHA-000033	2023-11-18 10:25:10	2023-11-18 10:26:06	\N	f	INT-000113
CHA-000034	2023-11-20 15:41:28	2023-11-20 15:41:51	\N	f	INT-000114
CHA-000035	2023-11-20 15:45:50	\N	2023-11-20 15:47:51	t	\N
CHA-000036	2023-11-21 09:18:40	2023-11-21 09:19:12	\N	f	INT-000119
CHA-000037	2023-11-21 13:17:35	2023-11-21 13:17:57	\N	f	INT-000120
CHA-000038	2023-12-05 17:58:21	2023-12-05 17:58:43	\N	f	INT-000130
CHA-000039	2023-12-11 17:39:42	2023-12-11 17:39:56	\N	f	INT-000135
CHA-000040	2023-12-13 11:20:45	2023-12-13 11:21:00	\N	f	INT-000138
CHA-000041	2023-12-18 10:38:17	2023-12-18 10:39:10	\N	f	INT-000144
CHA-000042	2023-12-18 14:40:19	2023-12-18 14:40:35	\N	f	INT-000145
CHA-000043	2023-12-20 12:13:31	2023-12-20 12:13:53	\N	f	INT-000148
CHA-000044	2023-12-20 15:40:49	2023-12-20 15:42:09	\N	f	INT-000149
CHA-000045	2023-12-22 08:46:32	2023-12-22 08:47:11	\N	f	INT-000151
CHA-000046	2023-12-24 14:16:17	\N	2023-12-24 14:17:18	t	\N
CHA-000047	2023-12-24 14:25:08	2023-12-24 14:25:53	\N	f	INT-000156
CHA-000048	2023-12-29 10:30:04	\N	2023-12-29 10:31:21	t	\N
CHA-000049	2023-12-29 10:42:10	2023-12-29 10:42:45	\N	f	INT-000165
CHA-000050	2023-12-30 10:29:18	2023-12-30 10:30:01	\N	f	INT-000167
CHA-000051	2023-12-30 14:24:41	2023-12-30 14:25:22	\N	f	INT-000168
CHA-000052	2024-01-01 08:20:11	2024-01-01 08:20:23	\N	f	INT-000169
CHA-000053	2024-01-01 09:37:31	2024-01-01 09:38:25	\N	f	INT-000170
CHA-000054	2024-01-01 09:54:12	2024-01-01 09:54:26	\N	f	INT-000171
CHA-000055	2024-01-01 10:05:51	\N	2024-01-01 10:08:41	t	\N
CHA-000056	2024-01-01 10:14:30	2024-01-01 10:15:59	\N	f	INT-000172
CHA-000057	2024-01-08 11:44:50	2024-01-08 11:44:58	\N	f	INT-000188
CHA-000058	2024-01-10 10:40:54	2024-01-10 10:41:06	\N	f	INT-000192
CHA-000059	2024-01-10 13:53:50	2024-01-10 13:53:57	\N	f	INT-000193
CHA-000060	2024-01-10 14:27:16	2024-01-10 14:27:32	\N	f	INT-000194
CHA-000061	2024-01-11 19:40:02	2024-01-11 19:40:09	\N	f	INT-000197
CHA-000062	2024-01-12 10:55:00	2024-01-12 10:55:19	\N	f	INT-000198
CHA-000063	2024-01-15 09:15:12	2024-01-15 09:16:17	\N	f	INT-000201
CHA-000064	2024-01-15 09:45:07	2024-01-15 09:45:14	\N	f	INT-000202
CHA-000065	2024-01-16 12:51:32	2024-01-16 12:51:44	\N	f	INT-000204
CHA-000066	2024-01-17 13:24:55	2024-01-17 13:25:21	\N	f	INT-000207
CHA-000067	2024-01-19 17:51:20	2024-01-19 17:51:29	\N	f	INT-000213
CHA-000068	2024-01-21 15:04:46	2024-01-21 15:07:21	\N	f	INT-000216
CHA-000069	2024-01-21 15:12:26	\N	2024-01-21 15:15:37	t	\N
CHA-000070	2024-01-26 16:05:25	2024-01-26 16:06:17	\N	f	INT-000220
CHA-000071	2024-01-28 13:54:39	2024-01-28 13:55:16	\N	f	INT-000223
CHA-000072	2024-01-28 13:59:02	\N	2024-01-28 13:59:18	t	\N
CHA-000073	2024-01-28 14:40:31	2024-01-28 14:41:03	\N	f	INT-000224
CHA-000074	2024-01-28 15:13:50	2024-01-28 15:15:02	\N	f	INT-000225
CHA-000075	2024-01-28 15:15:28	\N	2024-01-28 15:16:30	t	\N
CHA-000076	2024-01-30 15:07:12	2024-01-30 15:07:46	\N	f	INT-000226
CHA-000077	2024-01-30 15:18:12	\N	2024-01-30 15:19:04	t	\N
CHA-000078	2024-01-30 15:47:02	2024-01-30 15:47:47	\N	f	INT-000227
CHA-000079	2024-02-08 09:32:18	2024-02-08 09:32:41	\N	f	INT-000234
CHA-000080	2024-02-12 15:46:59	2024-02-12 15:47:26	\N	f	INT-000235
CHA-000081	2024-02-12 16:07:50	2024-02-12 16:08:19	\N	f	INT-000236
CHA-000082	2024-02-12 16:52:34	2024-02-12 16:53:00	\N	f	INT-000237
CHA-000083	2024-02-12 17:43:11	2024-02-12 17:43:22	\N	f	INT-000239
CHA-000084	2024-02-12 18:44:37	2024-02-12 18:44:54	\N	f	INT-000241
CHA-000085	2024-02-16 13:39:09	2024-02-16 13:39:26	\N	f	INT-000245
CHA-000086	2024-02-16 17:51:39	2024-02-16 17:51:52	\N	f	INT-000246
CHA-000087	2024-02-22 17:19:01	2024-02-22 17:19:17	\N	f	INT-000250
CHA-000088	2024-02-25 15:46:45	2024-02-25 15:47:15	\N	f	INT-000254
CHA-000089	2024-03-06 12:32:38	\N	2024-03-06 12:35:09	t	\N
CHA-000090	2024-03-06 12:43:46	2024-03-06 12:45:29	\N	f	INT-000268
CHA-000091	2024-03-06 12:53:47	\N	2024-03-06 12:54:56	t	\N
CHA-000092	2024-03-06 15:49:58	2024-03-06 15:50:26	\N	f	INT-000272
CHA-000093	2024-03-14 15:45:49	2024-03-14 15:45:55	\N	f	INT-000278
CHA-000094	2024-03-14 18:03:26	2024-03-14 18:04:26	\N	f	INT-000279
CHA-000095	2024-03-15 19:06:34	2024-03-15 19:07:25	\N	f	INT-000281
CHA-000096	2024-03-16 15:10:52	2024-03-16 15:11:33	\N	f	INT-000282
CHA-000097	2024-03-22 13:03:07	2024-03-22 13:03:21	\N	f	INT-000288
CHA-000098	2024-04-01 09:14:11	2024-04-01 09:14:46	\N	f	INT-000294
CHA-000099	2024-04-01 12:17:36	2024-04-01 12:18:12	\N	f	INT-000295
CHA-000100	2024-04-01 15:14:58	2024-04-01 15:15:14	\N	f	INT-000297
CHA-000101	2024-04-01 15:56:49	\N	2024-04-01 15:57:37	t	\N
CHA-000102	2024-04-01 15:59:28	2024-04-01 16:00:37	\N	f	INT-000298
CHA-000103	2024-04-04 08:03:39	2024-04-04 08:04:44	\N	f	INT-000304
CHA-000104	2024-04-15 16:03:27	2024-04-15 16:04:11	\N	f	INT-000316
CHA-000105	2024-04-15 19:23:09	2024-04-15 19:24:17	\N	f	INT-000318
CHA-000106	2024-04-16 13:35:37	2024-04-16 13:35:52	\N	f	INT-000322
CHA-000107	2024-04-16 13:56:27	2024-04-16 13:57:48	\N	f	INT-000323
CHA-000108	2024-04-19 17:40:00	2024-04-19 17:40:06	\N	f	INT-000333
CHA-000109	2024-04-29 11:31:30	2024-04-29 11:32:29	\N	f	INT-000347
CHA-000110	2024-04-30 10:58:45	2024-04-30 11:00:06	\N	f	INT-000350
CHA-000111	2024-05-11 16:41:07	2024-05-11 16:42:01	\N	f	INT-000360
CHA-000112	2024-05-11 16:47:34	2024-05-11 16:47:45	\N	f	INT-000361
CHA-000113	2024-05-18 13:53:25	2024-05-18 13:53:52	\N	f	INT-000364
CHA-000114	2024-06-03 14:46:54	2024-06-03 14:47:26	\N	f	INT-000381
CHA-000115	2024-06-04 14:24:44	2024-06-04 14:25:19	\N	f	INT-000382
CHA-000116	2024-06-04 16:21:06	2024-06-04 16:21:14	\N	f	INT-000383
CHA-000117	2024-06-06 15:59:21	2024-06-06 16:00:42	\N	f	INT-000389
CHA-000118	2024-06-07 12:37:01	2024-06-07 12:37:15	\N	f	INT-000391
CHA-000119	2024-06-07 12:42:29	\N	2024-06-07 12:45:56	t	\N
CHA-000120	2024-06-10 12:04:33	2024-06-10 12:04:54	\N	f	INT-000399
CHA-000121	2024-06-10 16:03:27	2024-06-10 16:04:29	\N	f	INT-000400
CHA-000122	2024-06-12 11:07:28	2024-06-12 11:07:38	\N	f	INT-000403
CHA-000123	2024-06-12 11:45:04	2024-06-12 11:45:12	\N	f	INT-000404
CHA-000124	2024-06-13 08:03:00	2024-06-13 08:03:24	\N	f	INT-000405
CHA-000125	2024-06-13 13:44:40	2024-06-13 13:44:52	\N	f	INT-000406
CHA-000126	2024-06-17 11:47:49	2024-06-17 11:48:52	\N	f	INT-000408
CHA-000127	2024-06-17 12:15:31	2024-06-17 12:16:05	\N	f	INT-000410
CHA-000128	2024-06-17 13:51:09	2024-06-17 13:52:07	\N	f	INT-000413
CHA-000129	2024-06-17 15:23:20	2024-06-17 15:24:07	\N	f	INT-000415
CHA-000130	2024-06-18 12:46:46	2024-06-18 12:48:06	\N	f	INT-000416
CHA-000131	2024-06-18 13:44:50	2024-06-18 13:45:43	\N	f	INT-000417
CHA-000132	2024-06-18 15:12:03	2024-06-18 15:17:42	\N	f	INT-000418
CHA-000133	2024-06-18 15:42:26	2024-06-18 15:43:20	\N	f	INT-000419
CHA-000134	2024-06-19 13:59:00	2024-06-19 13:59:23	\N	f	INT-000421
CHA-000135	2024-06-19 15:26:14	2024-06-19 15:26:23	\N	f	INT-000422
CHA-000136	2024-06-19 17:31:00	\N	2024-06-19 17:33:43	t	\N
CHA-000137	2024-06-19 17:38:33	2024-06-19 17:39:28	\N	f	INT-000424
CHA-000138	2024-06-30 14:39:30	2024-06-30 14:40:01	\N	f	INT-000441
CHA-000139	2024-06-30 15:37:14	2024-06-30 15:37:29	\N	f	INT-000442
CHA-000140	2024-07-03 15:14:09	2024-07-03 15:14:23	\N	f	INT-000445
CHA-000141	2024-07-03 18:24:35	2024-07-03 18:25:03	\N	f	INT-000446
CHA-000142	2024-07-05 09:40:33	2024-07-05 09:41:01	\N	f	INT-000447
CHA-000143	2024-07-05 10:31:57	2024-07-05 10:32:37	\N	f	INT-000448
CHA-000144	2024-07-09 16:11:30	2024-07-09 16:11:53	\N	f	INT-000451
CHA-000145	2024-07-12 19:40:20	2024-07-12 19:40:26	\N	f	INT-000457
CHA-000146	2024-08-08 19:11:27	2024-08-08 19:11:52	\N	f	INT-000472
CHA-000147	2024-08-08 19:31:48	2024-08-08 19:32:56	\N	f	INT-000473
CHA-000148	2024-08-14 16:43:00	2024-08-14 16:43:10	\N	f	INT-000477
CHA-000149	2024-08-14 17:08:21	2024-08-14 17:08:23	\N	f	INT-000478
CHA-000150	2024-08-14 17:43:17	2024-08-14 17:43:19	\N	f	INT-000479
CHA-000151	2024-08-16 18:23:40	2024-08-16 18:24:05	\N	f	INT-000480
CHA-000152	2024-08-25 14:30:56	\N	2024-08-25 14:33:51	t	\N
CHA-000153	2024-08-25 14:35:17	2024-08-25 14:36:08	\N	f	INT-000494
CHA-000154	2024-08-26 14:55:37	2024-08-26 14:55:46	\N	f	INT-000497
CHA-000155	2024-08-26 16:30:33	2024-08-26 16:30:59	\N	f	INT-000499
CHA-000156	2024-08-27 14:55:13	2024-08-27 14:55:38	\N	f	INT-000501
CHA-000157	2024-08-27 16:21:02	2024-08-27 16:22:50	\N	f	INT-000502
CHA-000158	2024-08-27 16:59:26	2024-08-27 17:00:15	\N	f	INT-000503
CHA-000159	2024-08-29 09:10:11	2024-08-29 09:11:15	\N	f	INT-000504
CHA-000160	2024-08-29 09:24:30	2024-08-29 09:24:41	\N	f	INT-000505
CHA-000161	2024-09-10 15:07:45	2024-09-10 15:08:00	\N	f	INT-000516
CHA-000162	2024-09-12 13:07:21	2024-09-12 13:08:17	\N	f	INT-000520
CHA-000163	2024-09-13 16:00:24	2024-09-13 16:01:21	\N	f	INT-000525
CHA-000164	2024-09-17 11:57:25	2024-09-17 11:57:41	\N	f	INT-000527
CHA-000165	2024-09-18 09:30:31	2024-09-18 09:31:10	\N	f	INT-000528
CHA-000166	2024-09-18 11:07:08	2024-09-18 11:07:31	\N	f	INT-000529
CHA-000167	2024-09-20 16:20:02	2024-09-20 16:20:16	\N	f	INT-000530
CHA-000168	2024-10-03 11:23:28	2024-10-03 11:24:09	\N	f	INT-000535
CHA-000169	2024-10-03 18:21:13	2024-10-03 18:21:39	\N	f	INT-000536
CHA-000170	2024-10-03 19:41:53	2024-10-03 19:42:06	\N	f	INT-000537
CHA-000171	2024-10-18 10:18:57	2024-10-18 10:20:21	\N	f	INT-000557
CHA-000172	2024-10-18 13:53:33	2024-10-18 13:54:38	\N	f	INT-000558
CHA-000173	2024-11-01 09:35:09	2024-11-01 09:35:45	\N	f	INT-000567
CHA-000174	2024-11-03 13:15:26	2024-11-03 13:15:36	\N	f	INT-000568
CHA-000175	2024-11-19 09:57:40	2024-11-19 09:57:56	\N	f	INT-000577
CHA-000176	2024-11-19 10:30:58	2024-11-19 10:32:50	\N	f	INT-000578
CHA-000177	2024-11-19 10:36:10	\N	2024-11-19 10:37:04	t	\N
CHA-000178	2024-11-29 17:53:52	2024-11-29 17:55:11	\N	f	INT-000587
CHA-000179	2024-12-02 13:37:42	2024-12-02 13:39:22	\N	f	INT-000589
CHA-000180	2024-12-02 13:42:50	2024-12-02 13:43:09	\N	f	INT-000590
CHA-000181	2024-12-02 16:55:01	2024-12-02 16:55:06	\N	f	INT-000591
CHA-000182	2024-12-09 09:34:45	2024-12-09 09:35:26	\N	f	INT-000597
CHA-000183	2024-12-09 11:33:30	2024-12-09 11:34:11	\N	f	INT-000600
CHA-000184	2024-12-16 09:49:42	2024-12-16 09:51:43	\N	f	INT-000605
CHA-000185	2024-12-23 08:25:15	2024-12-23 08:26:22	\N	f	INT-000612
CHA-000186	2025-01-01 12:24:35	2025-01-01 12:24:48	\N	f	INT-000614
CHA-000187	2025-01-05 13:07:42	2025-01-05 13:09:30	\N	f	INT-000617
CHA-000188	2025-01-05 13:52:24	2025-01-05 13:52:49	\N	f	INT-000618
CHA-000189	2025-01-10 09:17:03	2025-01-10 09:18:24	\N	f	INT-000625
CHA-000190	2025-01-14 09:30:23	2025-01-14 09:30:40	\N	f	INT-000629
CHA-000191	2025-01-14 09:41:09	\N	2025-01-14 09:43:24	t	\N
CHA-000192	2025-01-14 13:02:06	2025-01-14 13:02:54	\N	f	INT-000630
CHA-000193	2025-01-17 08:21:06	2025-01-17 08:21:43	\N	f	INT-000636
CHA-000194	2025-01-20 19:49:30	2025-01-20 19:49:59	\N	f	INT-000643
CHA-000195	2025-01-21 13:06:04	2025-01-21 13:07:21	\N	f	INT-000645
CHA-000196	2025-01-21 17:03:34	2025-01-21 17:04:12	\N	f	INT-000646
CHA-000197	2025-01-22 11:46:01	2025-01-22 11:46:07	\N	f	INT-000647
CHA-000198	2025-01-22 17:05:24	2025-01-22 17:05:40	\N	f	INT-000648
CHA-000199	2025-01-27 18:05:26	2025-01-27 18:05:34	\N	f	INT-000656
CHA-000200	2025-02-18 09:19:23	2025-02-18 09:21:01	\N	f	INT-000676
CHA-000201	2025-02-27 10:13:46	2025-02-27 10:14:18	\N	f	INT-000688
CHA-000202	2025-03-04 10:24:22	2025-03-04 10:24:39	\N	f	INT-000696
CHA-000203	2025-03-05 19:33:49	2025-03-05 19:33:54	\N	f	INT-000697
CHA-000204	2025-03-05 19:42:05	2025-03-05 19:42:16	\N	f	INT-000698
CHA-000205	2025-03-07 10:45:39	2025-03-07 10:47:05	\N	f	INT-000700
CHA-000206	2025-03-13 08:48:09	2025-03-13 08:48:16	\N	f	INT-000706
CHA-000207	2025-03-23 12:09:03	2025-03-23 12:10:30	\N	f	INT-000713
CHA-000208	2025-03-28 10:35:15	2025-03-28 10:35:48	\N	f	INT-000714
CHA-000209	2025-03-28 10:42:35	\N	2025-03-28 10:43:43	t	\N
CHA-000210	2025-03-28 13:52:04	2025-03-28 13:52:15	\N	f	INT-000715
CHA-000211	2025-03-28 16:19:10	2025-03-28 16:19:14	\N	f	INT-000716
CHA-000212	2025-03-30 10:53:17	\N	2025-03-30 10:55:20	t	\N
CHA-000213	2025-03-30 10:55:34	2025-03-30 10:56:04	\N	f	INT-000717
CHA-000214	2025-04-03 12:40:42	2025-04-03 12:40:53	\N	f	INT-000722
CHA-000215	2025-04-03 17:43:24	2025-04-03 17:43:28	\N	f	INT-000723
CHA-000216	2025-04-06 10:44:25	2025-04-06 10:45:09	\N	f	INT-000726
CHA-000217	2025-04-08 16:03:13	2025-04-08 16:03:17	\N	f	INT-000727
CHA-000218	2025-04-08 19:47:27	2025-04-08 19:47:40	\N	f	INT-000728
CHA-000219	2025-04-14 09:48:44	2025-04-14 09:49:03	\N	f	INT-000729
CHA-000220	2025-04-21 15:35:38	2025-04-21 15:35:44	\N	f	INT-000733
CHA-000221	2025-04-21 19:04:18	2025-04-21 19:04:24	\N	f	INT-000734
CHA-000222	2025-04-21 19:48:23	2025-04-21 19:48:34	\N	f	INT-000735
CHA-000223	2025-04-25 17:03:55	2025-04-25 17:04:08	\N	f	INT-000744
CHA-000224	2025-04-25 17:15:12	\N	2025-04-25 17:15:57	t	\N
CHA-000225	2025-04-28 13:59:45	2025-04-28 13:59:53	\N	f	INT-000745
CHA-000226	2025-04-28 16:51:14	2025-04-28 16:52:06	\N	f	INT-000746
CHA-000227	2025-04-29 11:58:18	2025-04-29 11:58:41	\N	f	INT-000748
CHA-000228	2025-04-29 14:41:52	2025-04-29 14:42:09	\N	f	INT-000749
CHA-000229	2025-05-06 09:14:14	2025-05-06 09:15:13	\N	f	INT-000756
CHA-000230	2025-05-06 13:20:56	\N	2025-05-06 13:21:15	t	\N
CHA-000231	2025-05-06 13:30:38	2025-05-06 13:31:13	\N	f	INT-000757
CHA-000232	2025-05-06 17:24:06	2025-05-06 17:24:17	\N	f	INT-000758
CHA-000233	2025-05-06 18:54:23	2025-05-06 18:54:29	\N	f	INT-000759
CHA-000234	2025-05-09 16:17:57	2025-05-09 16:18:54	\N	f	INT-000763
CHA-000235	2025-05-21 17:54:00	2025-05-21 17:54:09	\N	f	INT-000774
CHA-000236	2025-05-21 18:57:33	2025-05-21 18:58:22	\N	f	INT-000776
CHA-000237	2025-05-21 19:09:55	\N	2025-05-21 19:10:22	t	\N
CHA-000238	2025-05-22 08:03:08	2025-05-22 08:06:00	\N	f	INT-000777
CHA-000239	2025-05-22 08:15:01	\N	2025-05-22 08:15:17	t	\N
CHA-000240	2025-05-22 11:43:05	2025-05-22 11:43:59	\N	f	INT-000779
CHA-000241	2025-05-25 10:21:10	2025-05-25 10:22:14	\N	f	INT-000786
CHA-000242	2025-05-27 10:48:48	2025-05-27 10:50:24	\N	f	INT-000789
CHA-000243	2025-05-27 12:32:25	2025-05-27 12:35:43	\N	f	INT-000790
CHA-000244	2025-06-01 15:31:33	2025-06-01 15:31:50	\N	f	INT-000799
CHA-000245	2025-06-04 10:38:48	\N	2025-06-04 10:40:04	t	\N
CHA-000246	2025-06-04 10:44:42	2025-06-04 10:45:30	\N	f	INT-000804
CHA-000247	2025-06-04 12:06:33	2025-06-04 12:07:17	\N	f	INT-000805
CHA-000248	2025-06-04 17:23:37	2025-06-04 17:24:10	\N	f	INT-000807
CHA-000249	2025-06-04 18:44:15	2025-06-04 18:48:44	\N	f	INT-000809
CHA-000250	2025-06-05 17:35:51	2025-06-05 17:36:37	\N	f	INT-000810
CHA-000251	2025-06-13 14:30:01	2025-06-13 14:30:11	\N	f	INT-000815
CHA-000252	2025-06-17 16:27:40	2025-06-17 16:29:13	\N	f	INT-000819
CHA-000253	2025-06-17 18:34:14	2025-06-17 18:35:08	\N	f	INT-000821
CHA-000254	2025-06-18 11:03:29	\N	2025-06-18 11:04:49	t	\N
CHA-000255	2025-06-18 11:06:42	2025-06-18 11:07:46	\N	f	INT-000824
CHA-000256	2025-06-22 11:42:00	2025-06-22 11:42:40	\N	f	INT-000836
CHA-000257	2025-06-27 11:14:43	2025-06-27 11:15:10	\N	f	INT-000846
CHA-000258	2025-07-01 14:28:01	2025-07-01 14:32:03	\N	f	INT-000850
CHA-000259	2025-07-01 18:10:23	2025-07-01 18:10:56	\N	f	INT-000851
CHA-000260	2025-07-02 12:43:00	2025-07-02 12:43:52	\N	f	INT-000852
CHA-000261	2025-07-03 15:03:27	2025-07-03 15:04:07	\N	f	INT-000855
CHA-000262	2025-07-03 17:26:46	2025-07-03 17:27:09	\N	f	INT-000856
CHA-000263	2025-07-07 13:51:44	2025-07-07 13:52:16	\N	f	INT-000862
CHA-000264	2025-07-08 08:18:51	2025-07-08 08:19:26	\N	f	INT-000864
CHA-000265	2025-07-08 09:52:05	2025-07-08 09:52:50	\N	f	INT-000865
CHA-000266	2025-07-08 09:54:22	\N	2025-07-08 09:55:40	t	\N
CHA-000267	2025-07-16 13:24:01	2025-07-16 13:25:28	\N	f	INT-000868
CHA-000268	2025-07-17 15:44:44	2025-07-17 15:45:12	\N	f	INT-000874
CHA-000269	2025-07-17 15:52:38	\N	2025-07-17 15:53:10	t	\N
CHA-000270	2025-07-17 16:51:21	2025-07-17 16:51:28	\N	f	INT-000875
CHA-000271	2025-07-17 18:34:30	2025-07-17 18:34:47	\N	f	INT-000876
CHA-000272	2025-07-28 08:59:49	2025-07-28 09:00:08	\N	f	INT-000884
CHA-000273	2025-07-28 12:58:08	2025-07-28 12:59:12	\N	f	INT-000887
CHA-000274	2025-07-29 10:27:11	2025-07-29 10:27:47	\N	f	INT-000888
CHA-000275	2025-07-29 11:34:51	2025-07-29 11:35:49	\N	f	INT-000890
CHA-000276	2025-07-31 15:48:46	2025-07-31 15:48:54	\N	f	INT-000892
CHA-000277	2025-08-01 10:17:17	2025-08-01 10:17:54	\N	f	INT-000896
CHA-000278	2025-08-01 10:20:03	\N	2025-08-01 10:20:42	t	\N
CHA-000279	2025-08-07 16:00:03	2025-08-07 16:01:05	\N	f	INT-000902
CHA-000280	2025-08-07 16:35:56	2025-08-07 16:36:24	\N	f	INT-000903
CHA-000281	2025-08-19 08:42:08	2025-08-19 08:43:54	\N	f	INT-000913
\.

COPY wfm (date, user_id, paid_time, scheduled_time, available_time, interactions_time, productive_time, shift_start, shift_end) FROM stdin WITH (FREEZE);
2023-09-15	1	480	480	288	0	129	2023-09-15 08:00:00	2023-09-15 16:00:00
2023-09-16	1	480	480	306	70	161	2023-09-16 09:00:00	2023-09-16 17:00:00
2023-09-17	1	480	480	324	0	114	2023-09-17 10:00:00	2023-09-17 18:00:00
2023-09-18	1	480	480	326	28	135	2023-09-18 12:00:00	2023-09-18 20:00:00
2023-09-19	1	480	480	357	86	221	2023-09-19 12:00:00	2023-09-19 20:00:00
2023-09-20	1	480	480	353	22	199	2023-09-20 08:00:00	2023-09-20 16:00:00
2023-09-21	1	480	480	355	96	232	2023-09-21 08:00:00	2023-09-21 16:00:00
2023-09-22	1	480	480	340	0	178	2023-09-22 12:00:00	2023-09-22 20:00:00
2023-09-23	1	0	0	0	0	0	\N	\N
2023-09-24	1	0	0	0	0	0	\N	\N
2023-09-25	1	480	480	314	176	232	2023-09-25 12:00:00	2023-09-25 20:00:00
2023-09-26	1	480	480	334	72	180	2023-09-26 12:00:00	2023-09-26 20:00:00
2023-09-27	1	480	480	342	0	187	2023-09-27 12:00:00	2023-09-27 20:00:00
2023-09-28	1	480	480	320	0	176	2023-09-28 10:00:00	2023-09-28 18:00:00
2023-09-29	1	480	480	0	0	0	2023-09-29 10:00:00	2023-09-29 18:00:00
2023-09-30	1	0	0	0	0	0	\N	\N
2023-10-01	1	0	0	0	0	0	\N	\N
2023-10-02	1	0	0	0	0	0	\N	\N
2023-10-03	1	0	0	0	0	0	\N	\N
2023-10-04	1	480	480	333	0	100	2023-10-04 08:00:00	2023-10-04 16:00:00
2023-10-05	1	480	480	275	66	185	2023-10-05 08:00:00	2023-10-05 16:00:00
2023-10-06	1	480	480	368	0	134	2023-10-06 08:00:00	2023-10-06 16:00:00
2023-10-07	1	480	480	327	0	119	2023-10-07 09:00:00	2023-10-07 17:00:00
2023-10-08	1	480	480	359	67	162	2023-10-08 10:00:00	2023-10-08 18:00:00
2023-10-09	1	480	480	337	0	127	2023-10-09 12:00:00	2023-10-09 20:00:00
2023-10-10	1	480	480	368	34	201	2023-10-10 12:00:00	2023-10-10 20:00:00
2023-10-11	1	480	480	359	74	198	2023-10-11 08:00:00	2023-10-11 16:00:00
2023-10-12	1	480	480	0	0	0	2023-10-12 12:00:00	2023-10-12 20:00:00
2023-10-13	1	480	480	0	0	0	2023-10-13 10:00:00	2023-10-13 18:00:00
2023-10-14	1	0	0	0	0	0	\N	\N
2023-10-15	1	0	0	0	0	0	\N	\N
2023-10-16	1	480	480	369	0	126	2023-10-16 10:00:00	2023-10-16 18:00:00
2023-10-17	1	480	480	284	0	142	2023-10-17 12:00:00	2023-10-17 20:00:00
2023-10-18	1	480	480	341	0	163	2023-10-18 12:00:00	2023-10-18 20:00:00
2023-10-19	1	480	480	361	0	214	2023-10-19 10:00:00	2023-10-19 18:00:00
2023-10-20	1	480	480	367	158	232	2023-10-20 12:00:00	2023-10-20 20:00:00
2023-10-21	1	0	0	0	0	0	\N	\N
2023-10-22	1	0	0	0	0	0	\N	\N
2023-10-23	1	0	0	0	0	0	\N	\N
2023-10-24	1	0	0	0	0	0	\N	\N
2023-10-25	1	480	480	339	0	120	2023-10-25 08:00:00	2023-10-25 16:00:00
2023-10-26	1	480	480	315	201	250	2023-10-26 08:00:00	2023-10-26 16:00:00
2023-10-27	1	484	480	383	139	241	2023-10-27 08:00:00	2023-10-27 16:00:00
2023-10-28	1	480	480	319	117	207	2023-10-28 09:00:00	2023-10-28 17:00:00
2023-10-29	1	480	480	342	0	122	2023-10-29 10:00:00	2023-10-29 18:00:00
2023-10-30	1	480	480	372	0	143	2023-10-30 12:00:00	2023-10-30 20:00:00
2023-10-31	1	480	480	341	111	197	2023-10-31 12:00:00	2023-10-31 20:00:00
2023-11-01	1	480	480	330	0	138	2023-11-01 08:00:00	2023-11-01 16:00:00
2023-11-02	1	480	480	292	0	133	2023-11-02 08:00:00	2023-11-02 16:00:00
2023-11-03	1	480	480	356	0	177	2023-11-03 12:00:00	2023-11-03 20:00:00
2023-11-04	1	0	0	0	0	0	\N	\N
2023-11-05	1	0	0	0	0	0	\N	\N
2023-11-06	1	480	480	324	0	146	2023-11-06 10:00:00	2023-11-06 18:00:00
2023-11-07	1	480	480	348	90	177	2023-11-07 12:00:00	2023-11-07 20:00:00
2023-11-08	1	480	480	350	0	177	2023-11-08 12:00:00	2023-11-08 20:00:00
2023-11-09	1	480	480	345	0	175	2023-11-09 10:00:00	2023-11-09 18:00:00
2023-11-10	1	480	480	343	0	136	2023-11-10 10:00:00	2023-11-10 18:00:00
2023-11-11	1	0	0	0	0	0	\N	\N
2023-11-12	1	0	0	0	0	0	\N	\N
2023-11-13	1	0	0	0	0	0	\N	\N
2023-11-14	1	0	0	0	0	0	\N	\N
2023-11-15	1	480	480	352	226	300	2023-11-15 08:00:00	2023-11-15 16:00:00
2023-11-16	1	480	480	321	36	141	2023-11-16 08:00:00	2023-11-16 16:00:00
2023-11-17	1	480	480	386	90	238	2023-11-17 08:00:00	2023-11-17 16:00:00
2023-11-18	1	480	480	349	64	170	2023-11-18 09:00:00	2023-11-18 17:00:00
2023-11-19	1	480	480	301	0	132	2023-11-19 10:00:00	2023-11-19 18:00:00
2023-11-20	1	480	480	361	134	262	2023-11-20 12:00:00	2023-11-20 20:00:00
2023-11-21	1	480	480	309	0	143	2023-11-21 12:00:00	2023-11-21 20:00:00
2023-11-22	1	480	480	385	0	189	2023-11-22 08:00:00	2023-11-22 16:00:00
2023-11-23	1	480	480	323	0	136	2023-11-23 08:00:00	2023-11-23 16:00:00
2023-11-24	1	480	480	359	0	192	2023-11-24 12:00:00	2023-11-24 20:00:00
2023-11-25	1	0	0	0	0	0	\N	\N
2023-11-26	1	0	0	0	0	0	\N	\N
2023-11-27	1	480	480	296	0	109	2023-11-27 10:00:00	2023-11-27 18:00:00
2023-11-28	1	480	480	316	30	131	2023-11-28 08:00:00	2023-11-28 16:00:00
2023-11-29	1	480	480	293	0	137	2023-11-29 12:00:00	2023-11-29 20:00:00
2023-11-30	1	480	480	304	0	158	2023-11-30 10:00:00	2023-11-30 18:00:00
2023-12-01	1	480	480	310	238	277	2023-12-01 10:00:00	2023-12-01 18:00:00
2023-12-02	1	0	0	0	0	0	\N	\N
2023-12-03	1	0	0	0	0	0	\N	\N
2023-12-04	1	0	0	0	0	0	\N	\N
2023-12-05	1	0	0	0	0	0	\N	\N
2023-12-06	1	480	480	333	0	162	2023-12-06 08:00:00	2023-12-06 16:00:00
2023-12-07	1	480	480	350	0	167	2023-12-07 08:00:00	2023-12-07 16:00:00
2023-12-08	1	480	480	343	0	137	2023-12-08 08:00:00	2023-12-08 16:00:00
2023-12-09	1	480	480	358	0	127	2023-12-09 09:00:00	2023-12-09 17:00:00
2023-12-10	1	480	480	345	53	160	2023-12-10 10:00:00	2023-12-10 18:00:00
2023-12-11	1	480	480	380	0	176	2023-12-11 08:00:00	2023-12-11 16:00:00
2023-12-12	1	480	480	308	0	120	2023-12-12 08:00:00	2023-12-12 16:00:00
2023-12-13	1	482	480	325	144	224	2023-12-13 08:00:00	2023-12-13 16:00:00
2023-12-14	1	480	480	322	0	113	2023-12-14 08:00:00	2023-12-14 16:00:00
2023-12-15	1	480	480	366	0	131	2023-12-15 08:00:00	2023-12-15 16:00:00
2023-12-16	1	0	0	0	0	0	\N	\N
2023-12-17	1	0	0	0	0	0	\N	\N
2023-12-18	1	480	480	0	0	0	2023-12-18 10:00:00	2023-12-18 18:00:00
2023-12-19	1	480	480	0	0	0	2023-12-19 12:00:00	2023-12-19 20:00:00
2023-12-20	1	480	480	0	0	0	2023-12-20 12:00:00	2023-12-20 20:00:00
2023-12-21	1	480	480	342	0	191	2023-12-21 10:00:00	2023-12-21 18:00:00
2023-12-22	1	480	480	341	0	197	2023-12-22 10:00:00	2023-12-22 18:00:00
2023-12-23	1	0	0	0	0	0	\N	\N
2023-12-24	1	0	0	0	0	0	\N	\N
2023-12-25	1	0	0	0	0	0	\N	\N
2023-12-26	1	0	0	0	0	0	\N	\N
2023-12-27	1	480	480	332	12	126	2023-12-27 08:00:00	2023-12-27 16:00:00
2023-12-28	1	480	480	330	30	158	2023-12-28 08:00:00	2023-12-28 16:00:00
2023-12-29	1	480	480	334	0	114	2023-12-29 08:00:00	2023-12-29 16:00:00
2023-12-30	1	480	480	356	122	211	2023-12-30 09:00:00	2023-12-30 17:00:00
2023-12-31	1	480	480	342	0	197	2023-12-31 10:00:00	2023-12-31 18:00:00
2024-01-01	1	480	480	306	0	107	2024-01-01 12:00:00	2024-01-01 20:00:00
2024-01-02	1	480	480	338	0	134	2024-01-02 12:00:00	2024-01-02 20:00:00
2024-01-03	1	480	480	336	0	125	2024-01-03 08:00:00	2024-01-03 16:00:00
2024-01-04	1	480	480	298	0	144	2024-01-04 08:00:00	2024-01-04 16:00:00
2024-01-05	1	480	480	329	89	179	2024-01-05 12:00:00	2024-01-05 20:00:00
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
2024-01-17	1	480	480	293	175	212	2024-01-17 08:00:00	2024-01-17 16:00:00
2024-01-18	1	480	480	343	0	188	2024-01-18 08:00:00	2024-01-18 16:00:00
2024-01-19	1	480	480	294	50	133	2024-01-19 08:00:00	2024-01-19 16:00:00
2024-01-20	1	480	480	369	0	131	2024-01-20 09:00:00	2024-01-20 17:00:00
2024-01-21	1	480	480	312	141	220	2024-01-21 10:00:00	2024-01-21 18:00:00
2024-01-22	1	480	480	321	9	126	2024-01-22 12:00:00	2024-01-22 20:00:00
2024-01-23	1	480	480	0	0	0	2024-01-23 10:00:00	2024-01-23 18:00:00
2024-01-24	1	480	480	310	0	142	2024-01-24 08:00:00	2024-01-24 16:00:00
2024-01-25	1	480	480	334	0	128	2024-01-25 08:00:00	2024-01-25 16:00:00
2024-01-26	1	480	480	341	27	143	2024-01-26 12:00:00	2024-01-26 20:00:00
2024-01-27	1	0	0	0	0	0	\N	\N
2024-01-28	1	0	0	0	0	0	\N	\N
2024-01-29	1	480	480	329	0	113	2024-01-29 10:00:00	2024-01-29 18:00:00
2024-01-30	1	480	480	329	125	191	2024-01-30 08:00:00	2024-01-30 16:00:00
2024-01-31	1	480	480	335	0	106	2024-01-31 08:00:00	2024-01-31 16:00:00
2024-02-01	1	480	480	299	0	162	2024-02-01 12:00:00	2024-02-01 20:00:00
2024-02-02	1	480	480	392	0	157	2024-02-02 10:00:00	2024-02-02 18:00:00
2024-02-03	1	0	0	0	0	0	\N	\N
2024-02-04	1	0	0	0	0	0	\N	\N
2024-02-05	1	0	0	0	0	0	\N	\N
2024-02-06	1	0	0	0	0	0	\N	\N
2024-02-07	1	480	480	311	0	128	2024-02-07 08:00:00	2024-02-07 16:00:00
2024-02-08	1	480	480	325	21	152	2024-02-08 08:00:00	2024-02-08 16:00:00
2024-02-09	1	480	480	299	0	167	2024-02-09 08:00:00	2024-02-09 16:00:00
2024-02-10	1	480	480	352	0	185	2024-02-10 09:00:00	2024-02-10 17:00:00
2024-02-11	1	480	480	323	0	181	2024-02-11 10:00:00	2024-02-11 18:00:00
2024-02-12	1	480	480	392	245	317	2024-02-12 12:00:00	2024-02-12 20:00:00
2024-02-13	1	480	480	323	181	249	2024-02-13 12:00:00	2024-02-13 20:00:00
2024-02-14	1	480	480	294	0	107	2024-02-14 08:00:00	2024-02-14 16:00:00
2024-02-15	1	480	480	356	25	219	2024-02-15 08:00:00	2024-02-15 16:00:00
2024-02-16	1	480	480	317	97	167	2024-02-16 12:00:00	2024-02-16 20:00:00
2024-02-17	1	0	0	0	0	0	\N	\N
2024-02-18	1	0	0	0	0	0	\N	\N
2024-02-19	1	480	480	341	0	139	2024-02-19 10:00:00	2024-02-19 18:00:00
2024-02-20	1	480	480	375	0	165	2024-02-20 12:00:00	2024-02-20 20:00:00
2024-02-21	1	480	480	295	0	172	2024-02-21 12:00:00	2024-02-21 20:00:00
2024-02-22	1	487	480	309	309	309	2024-02-22 10:00:00	2024-02-22 18:00:00
2024-02-23	1	480	480	324	23	149	2024-02-23 10:00:00	2024-02-23 18:00:00
2024-02-24	1	0	0	0	0	0	\N	\N
2024-02-25	1	0	0	0	0	0	\N	\N
2024-02-26	1	0	0	0	0	0	\N	\N
2024-02-27	1	0	0	0	0	0	\N	\N
2024-02-28	1	480	480	337	149	226	2024-02-28 08:00:00	2024-02-28 16:00:00
2024-02-29	1	480	480	364	0	165	2024-02-29 08:00:00	2024-02-29 16:00:00
2024-03-01	1	480	480	339	0	176	2024-03-01 08:00:00	2024-03-01 16:00:00
2024-03-02	1	480	480	320	66	213	2024-03-02 09:00:00	2024-03-02 17:00:00
2024-03-03	1	480	480	263	42	133	2024-03-03 10:00:00	2024-03-03 18:00:00
2024-03-04	1	480	480	334	0	163	2024-03-04 12:00:00	2024-03-04 20:00:00
2024-03-05	1	480	480	354	0	138	2024-03-05 12:00:00	2024-03-05 20:00:00
2024-03-06	1	480	480	323	323	323	2024-03-06 08:00:00	2024-03-06 16:00:00
2024-03-07	1	480	480	372	372	372	2024-03-07 08:00:00	2024-03-07 16:00:00
2024-03-08	1	480	480	382	291	319	2024-03-08 12:00:00	2024-03-08 20:00:00
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
2024-03-21	1	480	480	364	99	201	2024-03-21 08:00:00	2024-03-21 16:00:00
2024-03-22	1	480	480	357	96	217	2024-03-22 08:00:00	2024-03-22 16:00:00
2024-03-23	1	480	480	340	0	184	2024-03-23 09:00:00	2024-03-23 17:00:00
2024-03-24	1	480	480	316	0	172	2024-03-24 10:00:00	2024-03-24 18:00:00
2024-03-25	1	480	480	315	315	315	2024-03-25 12:00:00	2024-03-25 20:00:00
2024-03-26	1	480	480	274	27	130	2024-03-26 12:00:00	2024-03-26 20:00:00
2024-03-27	1	480	480	291	0	130	2024-03-27 08:00:00	2024-03-27 16:00:00
2024-03-28	1	480	480	359	0	178	2024-03-28 08:00:00	2024-03-28 16:00:00
2024-03-29	1	480	480	345	30	172	2024-03-29 12:00:00	2024-03-29 20:00:00
2024-03-30	1	0	0	0	0	0	\N	\N
2024-03-31	1	0	0	0	0	0	\N	\N
2024-04-01	1	480	480	336	19	153	2024-04-01 10:00:00	2024-04-01 18:00:00
2024-04-02	1	480	480	312	190	227	2024-04-02 12:00:00	2024-04-02 20:00:00
2024-04-03	1	480	480	359	91	233	2024-04-03 12:00:00	2024-04-03 20:00:00
2024-04-04	1	480	480	326	0	102	2024-04-04 10:00:00	2024-04-04 18:00:00
2024-04-05	1	480	480	380	28	143	2024-04-05 10:00:00	2024-04-05 18:00:00
2024-04-06	1	0	0	0	0	0	\N	\N
2024-04-07	1	0	0	0	0	0	\N	\N
2024-04-08	1	0	0	0	0	0	\N	\N
2024-04-09	1	0	0	0	0	0	\N	\N
2024-04-10	1	480	480	352	0	131	2024-04-10 08:00:00	2024-04-10 16:00:00
2024-04-11	1	480	480	286	0	123	2024-04-11 08:00:00	2024-04-11 16:00:00
2024-04-12	1	480	480	387	104	237	2024-04-12 08:00:00	2024-04-12 16:00:00
2024-04-13	1	480	480	308	0	179	2024-04-13 09:00:00	2024-04-13 17:00:00
2024-04-14	1	480	480	302	0	120	2024-04-14 10:00:00	2024-04-14 18:00:00
2024-04-15	1	480	480	279	88	182	2024-04-15 12:00:00	2024-04-15 20:00:00
2024-04-16	1	480	480	341	204	265	2024-04-16 12:00:00	2024-04-16 20:00:00
2024-04-17	1	480	480	312	60	201	2024-04-17 08:00:00	2024-04-17 16:00:00
2024-04-18	1	480	480	322	120	218	2024-04-18 08:00:00	2024-04-18 16:00:00
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
2024-05-29	1	480	480	308	28	163	2024-05-29 08:00:00	2024-05-29 16:00:00
2024-05-30	1	480	480	386	0	164	2024-05-30 08:00:00	2024-05-30 16:00:00
2024-05-31	1	480	480	300	0	134	2024-05-31 12:00:00	2024-05-31 20:00:00
2024-06-01	1	0	0	0	0	0	\N	\N
2024-06-02	1	0	0	0	0	0	\N	\N
2024-06-03	1	480	480	356	0	133	2024-06-03 10:00:00	2024-06-03 18:00:00
2024-06-04	1	480	480	324	145	244	2024-06-04 12:00:00	2024-06-04 20:00:00
2024-06-05	1	480	480	367	79	220	2024-06-05 12:00:00	2024-06-05 20:00:00
2024-06-06	1	480	480	336	20	199	2024-06-06 10:00:00	2024-06-06 18:00:00
2024-06-07	1	480	480	294	97	203	2024-06-07 10:00:00	2024-06-07 18:00:00
2024-06-08	1	0	0	0	0	0	\N	\N
2024-06-09	1	0	0	0	0	0	\N	\N
2024-06-10	1	0	0	0	0	0	\N	\N
2024-06-11	1	0	0	0	0	0	\N	\N
2024-06-12	1	480	480	365	0	177	2024-06-12 08:00:00	2024-06-12 16:00:00
2024-06-13	1	480	480	367	55	212	2024-06-13 08:00:00	2024-06-13 16:00:00
2024-06-14	1	480	480	406	0	186	2024-06-14 08:00:00	2024-06-14 16:00:00
2024-06-15	1	480	480	330	0	151	2024-06-15 09:00:00	2024-06-15 17:00:00
2024-06-16	1	480	480	370	0	184	2024-06-16 10:00:00	2024-06-16 18:00:00
2024-06-17	1	480	480	336	320	327	2024-06-17 12:00:00	2024-06-17 20:00:00
2024-06-18	1	480	480	0	0	0	2024-06-18 10:00:00	2024-06-18 18:00:00
2024-06-19	1	484	480	354	354	354	2024-06-19 08:00:00	2024-06-19 16:00:00
2024-06-20	1	480	480	323	11	110	2024-06-20 08:00:00	2024-06-20 16:00:00
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
2024-07-03	1	480	480	366	0	181	2024-07-03 08:00:00	2024-07-03 16:00:00
2024-07-04	1	480	480	352	0	154	2024-07-04 08:00:00	2024-07-04 16:00:00
2024-07-05	1	480	480	309	170	248	2024-07-05 08:00:00	2024-07-05 16:00:00
2024-07-06	1	480	480	329	0	142	2024-07-06 09:00:00	2024-07-06 17:00:00
2024-07-07	1	480	480	313	0	97	2024-07-07 10:00:00	2024-07-07 18:00:00
2024-07-08	1	480	480	376	13	229	2024-07-08 12:00:00	2024-07-08 20:00:00
2024-07-09	1	480	480	357	49	205	2024-07-09 12:00:00	2024-07-09 20:00:00
2024-07-10	1	480	480	358	0	110	2024-07-10 08:00:00	2024-07-10 16:00:00
2024-07-11	1	480	480	285	56	156	2024-07-11 08:00:00	2024-07-11 16:00:00
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
2024-08-01	1	480	480	333	36	135	2024-08-01 08:00:00	2024-08-01 16:00:00
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
2024-08-15	1	480	480	0	0	0	2024-08-15 10:00:00	2024-08-15 18:00:00
2024-08-16	1	480	480	282	0	99	2024-08-16 08:00:00	2024-08-16 16:00:00
2024-08-17	1	480	480	354	354	354	2024-08-17 09:00:00	2024-08-17 17:00:00
2024-08-18	1	480	480	348	284	311	2024-08-18 10:00:00	2024-08-18 18:00:00
2024-08-19	1	480	480	392	0	211	2024-08-19 12:00:00	2024-08-19 20:00:00
2024-08-20	1	480	480	334	0	137	2024-08-20 12:00:00	2024-08-20 20:00:00
2024-08-21	1	480	480	350	0	159	2024-08-21 08:00:00	2024-08-21 16:00:00
2024-08-22	1	480	480	318	0	158	2024-08-22 08:00:00	2024-08-22 16:00:00
2024-08-23	1	480	480	384	102	219	2024-08-23 12:00:00	2024-08-23 20:00:00
2024-08-24	1	0	0	0	0	0	\N	\N
2024-08-25	1	0	0	0	0	0	\N	\N
2024-08-26	1	480	480	317	90	162	2024-08-26 10:00:00	2024-08-26 18:00:00
2024-08-27	1	480	480	361	69	185	2024-08-27 12:00:00	2024-08-27 20:00:00
2024-08-28	1	480	480	347	0	181	2024-08-28 12:00:00	2024-08-28 20:00:00
2024-08-29	1	480	480	324	0	127	2024-08-29 12:00:00	2024-08-29 20:00:00
2024-08-30	1	480	480	337	0	169	2024-08-30 12:00:00	2024-08-30 20:00:00
2024-08-31	1	0	0	0	0	0	\N	\N
2024-09-01	1	0	0	0	0	0	\N	\N
2024-09-02	1	0	0	0	0	0	\N	\N
2024-09-03	1	0	0	0	0	0	\N	\N
2024-09-04	1	480	480	337	0	129	2024-09-04 08:00:00	2024-09-04 16:00:00
2024-09-05	1	480	480	375	0	194	2024-09-05 08:00:00	2024-09-05 16:00:00
2024-09-06	1	480	480	400	0	122	2024-09-06 08:00:00	2024-09-06 16:00:00
2024-09-07	1	480	480	386	63	219	2024-09-07 09:00:00	2024-09-07 17:00:00
2024-09-08	1	480	480	316	0	139	2024-09-08 10:00:00	2024-09-08 18:00:00
2024-09-09	1	480	480	349	83	229	2024-09-09 12:00:00	2024-09-09 20:00:00
2024-09-10	1	480	480	290	41	125	2024-09-10 12:00:00	2024-09-10 20:00:00
2024-09-11	1	480	480	339	29	189	2024-09-11 08:00:00	2024-09-11 16:00:00
2024-09-12	1	480	480	304	0	127	2024-09-12 08:00:00	2024-09-12 16:00:00
2024-09-13	1	480	480	326	0	117	2024-09-13 12:00:00	2024-09-13 20:00:00
2024-09-14	1	0	0	0	0	0	\N	\N
2024-09-15	1	0	0	0	0	0	\N	\N
2024-09-16	1	480	480	358	0	166	2024-09-16 10:00:00	2024-09-16 18:00:00
2024-09-17	1	480	480	320	0	152	2024-09-17 12:00:00	2024-09-17 20:00:00
2024-09-18	1	480	480	366	0	122	2024-09-18 12:00:00	2024-09-18 20:00:00
2024-09-19	1	480	480	315	0	121	2024-09-19 10:00:00	2024-09-19 18:00:00
2024-09-20	1	480	480	323	98	219	2024-09-20 10:00:00	2024-09-20 18:00:00
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
2024-10-07	1	480	480	321	80	183	2024-10-07 12:00:00	2024-10-07 20:00:00
2024-10-08	1	480	480	332	8	167	2024-10-08 12:00:00	2024-10-08 20:00:00
2024-10-09	1	480	480	316	0	162	2024-10-09 12:00:00	2024-10-09 20:00:00
2024-10-10	1	480	480	347	0	119	2024-10-10 12:00:00	2024-10-10 20:00:00
2024-10-11	1	480	480	300	73	190	2024-10-11 12:00:00	2024-10-11 20:00:00
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
2024-10-28	1	480	480	337	7	178	2024-10-28 10:00:00	2024-10-28 18:00:00
2024-10-29	1	480	480	354	0	170	2024-10-29 12:00:00	2024-10-29 20:00:00
2024-10-30	1	480	480	361	0	187	2024-10-30 12:00:00	2024-10-30 20:00:00
2024-10-31	1	480	480	357	0	141	2024-10-31 10:00:00	2024-10-31 18:00:00
2024-11-01	1	480	480	329	0	126	2024-11-01 10:00:00	2024-11-01 18:00:00
2024-11-02	1	0	0	0	0	0	\N	\N
2024-11-03	1	0	0	0	0	0	\N	\N
2024-11-04	1	0	0	0	0	0	\N	\N
2024-11-05	1	0	0	0	0	0	\N	\N
2024-11-06	1	480	480	0	0	0	2024-11-06 10:00:00	2024-11-06 18:00:00
2024-11-07	1	480	480	0	0	0	2024-11-07 10:00:00	2024-11-07 18:00:00
2024-11-08	1	480	480	0	0	0	2024-11-08 10:00:00	2024-11-08 18:00:00
2024-11-09	1	480	480	288	0	117	2024-11-09 09:00:00	2024-11-09 17:00:00
2024-11-10	1	480	480	355	0	185	2024-11-10 10:00:00	2024-11-10 18:00:00
2024-11-11	1	480	480	310	0	182	2024-11-11 12:00:00	2024-11-11 20:00:00
2024-11-12	1	480	480	328	0	103	2024-11-12 12:00:00	2024-11-12 20:00:00
2024-11-13	1	480	480	355	0	199	2024-11-13 08:00:00	2024-11-13 16:00:00
2024-11-14	1	480	480	352	0	114	2024-11-14 08:00:00	2024-11-14 16:00:00
2024-11-15	1	480	480	265	112	202	2024-11-15 12:00:00	2024-11-15 20:00:00
2024-11-16	1	0	0	0	0	0	\N	\N
2024-11-17	1	0	0	0	0	0	\N	\N
2024-11-18	1	480	480	352	0	191	2024-11-18 10:00:00	2024-11-18 18:00:00
2024-11-19	1	480	480	306	0	144	2024-11-19 12:00:00	2024-11-19 20:00:00
2024-11-20	1	480	480	341	158	259	2024-11-20 12:00:00	2024-11-20 20:00:00
2024-11-21	1	480	480	339	0	146	2024-11-21 10:00:00	2024-11-21 18:00:00
2024-11-22	1	480	480	360	0	138	2024-11-22 10:00:00	2024-11-22 18:00:00
2024-11-23	1	0	0	0	0	0	\N	\N
2024-11-24	1	0	0	0	0	0	\N	\N
2024-11-25	1	0	0	0	0	0	\N	\N
2024-11-26	1	0	0	0	0	0	\N	\N
2024-11-27	1	480	480	339	0	132	2024-11-27 08:00:00	2024-11-27 16:00:00
2024-11-28	1	480	480	331	0	155	2024-11-28 08:00:00	2024-11-28 16:00:00
2024-11-29	1	480	480	317	45	137	2024-11-29 08:00:00	2024-11-29 16:00:00
2024-11-30	1	480	480	341	0	150	2024-11-30 09:00:00	2024-11-30 17:00:00
2024-12-01	1	480	480	295	0	159	2024-12-01 10:00:00	2024-12-01 18:00:00
2024-12-02	1	480	480	303	47	127	2024-12-02 12:00:00	2024-12-02 20:00:00
2024-12-03	1	480	480	394	0	234	2024-12-03 12:00:00	2024-12-03 20:00:00
2024-12-04	1	480	480	341	0	161	2024-12-04 08:00:00	2024-12-04 16:00:00
2024-12-05	1	480	480	293	101	171	2024-12-05 08:00:00	2024-12-05 16:00:00
2024-12-06	1	480	480	364	0	121	2024-12-06 12:00:00	2024-12-06 20:00:00
2024-12-07	1	0	0	0	0	0	\N	\N
2024-12-08	1	0	0	0	0	0	\N	\N
2024-12-09	1	480	480	377	0	202	2024-12-09 10:00:00	2024-12-09 18:00:00
2024-12-10	1	480	480	336	107	176	2024-12-10 12:00:00	2024-12-10 20:00:00
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
2024-12-24	1	480	480	0	0	0	2024-12-24 10:00:00	2024-12-24 18:00:00
2024-12-25	1	480	480	306	0	140	2024-12-25 08:00:00	2024-12-25 16:00:00
2024-12-26	1	480	480	372	0	159	2024-12-26 08:00:00	2024-12-26 16:00:00
2024-12-27	1	480	480	348	0	172	2024-12-27 12:00:00	2024-12-27 20:00:00
2024-12-28	1	0	0	0	0	0	\N	\N
2024-12-29	1	0	0	0	0	0	\N	\N
2024-12-30	1	480	480	338	0	190	2024-12-30 10:00:00	2024-12-30 18:00:00
2024-12-31	1	480	480	334	0	157	2024-12-31 12:00:00	2024-12-31 20:00:00
2025-01-01	1	480	480	285	25	127	2025-01-01 12:00:00	2025-01-01 20:00:00
2025-01-02	1	480	480	282	0	146	2025-01-02 10:00:00	2025-01-02 18:00:00
2025-01-03	1	480	480	306	0	176	2025-01-03 10:00:00	2025-01-03 18:00:00
2025-01-04	1	0	0	0	0	0	\N	\N
2025-01-05	1	0	0	0	0	0	\N	\N
2025-01-06	1	0	0	0	0	0	\N	\N
2025-01-07	1	0	0	0	0	0	\N	\N
2025-01-08	1	480	480	330	0	129	2025-01-08 08:00:00	2025-01-08 16:00:00
2025-01-09	1	480	480	304	222	263	2025-01-09 08:00:00	2025-01-09 16:00:00
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
2025-01-20	1	480	480	346	59	166	2025-01-20 10:00:00	2025-01-20 18:00:00
2025-01-21	1	480	480	398	36	161	2025-01-21 12:00:00	2025-01-21 20:00:00
2025-01-22	1	480	480	363	8	170	2025-01-22 12:00:00	2025-01-22 20:00:00
2025-01-23	1	480	480	338	96	175	2025-01-23 10:00:00	2025-01-23 18:00:00
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
2025-02-07	1	480	480	325	0	150	2025-02-07 08:00:00	2025-02-07 16:00:00
2025-02-08	1	0	0	0	0	0	\N	\N
2025-02-09	1	0	0	0	0	0	\N	\N
2025-02-10	1	480	480	0	0	0	2025-02-10 10:00:00	2025-02-10 18:00:00
2025-02-11	1	480	480	0	0	0	2025-02-11 12:00:00	2025-02-11 20:00:00
2025-02-12	1	480	480	0	0	0	2025-02-12 12:00:00	2025-02-12 20:00:00
2025-02-13	1	480	480	368	0	126	2025-02-13 10:00:00	2025-02-13 18:00:00
2025-02-14	1	480	480	364	0	202	2025-02-14 10:00:00	2025-02-14 18:00:00
2025-02-15	1	0	0	0	0	0	\N	\N
2025-02-16	1	0	0	0	0	0	\N	\N
2025-02-17	1	0	0	0	0	0	\N	\N
2025-02-18	1	0	0	0	0	0	\N	\N
2025-02-19	1	480	480	375	0	119	2025-02-19 08:00:00	2025-02-19 16:00:00
2025-02-20	1	480	480	310	104	222	2025-02-20 08:00:00	2025-02-20 16:00:00
2025-02-21	1	480	480	323	0	157	2025-02-21 08:00:00	2025-02-21 16:00:00
2025-02-22	1	480	480	320	0	168	2025-02-22 09:00:00	2025-02-22 17:00:00
2025-02-23	1	480	480	362	0	136	2025-02-23 10:00:00	2025-02-23 18:00:00
2025-02-24	1	480	480	301	0	145	2025-02-24 12:00:00	2025-02-24 20:00:00
2025-02-25	1	480	480	376	0	187	2025-02-25 12:00:00	2025-02-25 20:00:00
2025-02-26	1	480	480	321	0	187	2025-02-26 08:00:00	2025-02-26 16:00:00
2025-02-27	1	480	480	346	346	346	2025-02-27 08:00:00	2025-02-27 16:00:00
2025-02-28	1	480	480	287	44	189	2025-02-28 12:00:00	2025-02-28 20:00:00
2025-03-01	1	0	0	0	0	0	\N	\N
2025-03-02	1	0	0	0	0	0	\N	\N
2025-03-03	1	480	480	333	0	186	2025-03-03 10:00:00	2025-03-03 18:00:00
2025-03-04	1	480	480	338	0	134	2025-03-04 12:00:00	2025-03-04 20:00:00
2025-03-05	1	480	480	330	32	134	2025-03-05 12:00:00	2025-03-05 20:00:00
2025-03-06	1	480	480	353	0	211	2025-03-06 10:00:00	2025-03-06 18:00:00
2025-03-07	1	480	480	349	0	171	2025-03-07 10:00:00	2025-03-07 18:00:00
2025-03-08	1	0	0	0	0	0	\N	\N
2025-03-09	1	0	0	0	0	0	\N	\N
2025-03-10	1	0	0	0	0	0	\N	\N
2025-03-11	1	0	0	0	0	0	\N	\N
2025-03-12	1	480	480	366	261	300	2025-03-12 08:00:00	2025-03-12 16:00:00
2025-03-13	1	480	480	347	45	202	2025-03-13 08:00:00	2025-03-13 16:00:00
2025-03-14	1	480	480	332	60	197	2025-03-14 08:00:00	2025-03-14 16:00:00
2025-03-15	1	480	480	321	0	110	2025-03-15 09:00:00	2025-03-15 17:00:00
2025-03-16	1	480	480	376	0	166	2025-03-16 10:00:00	2025-03-16 18:00:00
2025-03-17	1	480	480	388	0	186	2025-03-17 08:00:00	2025-03-17 16:00:00
2025-03-18	1	480	480	325	0	140	2025-03-18 08:00:00	2025-03-18 16:00:00
2025-03-19	1	480	480	331	0	190	2025-03-19 08:00:00	2025-03-19 16:00:00
2025-03-20	1	480	480	333	0	177	2025-03-20 08:00:00	2025-03-20 16:00:00
2025-03-21	1	480	480	283	25	138	2025-03-21 12:00:00	2025-03-21 20:00:00
2025-03-22	1	0	0	0	0	0	\N	\N
2025-03-23	1	0	0	0	0	0	\N	\N
2025-03-24	1	480	480	380	0	162	2025-03-24 10:00:00	2025-03-24 18:00:00
2025-03-25	1	480	480	341	0	113	2025-03-25 12:00:00	2025-03-25 20:00:00
2025-03-26	1	480	480	363	0	172	2025-03-26 12:00:00	2025-03-26 20:00:00
2025-03-27	1	480	480	323	0	136	2025-03-27 10:00:00	2025-03-27 18:00:00
2025-03-28	1	480	480	272	48	168	2025-03-28 10:00:00	2025-03-28 18:00:00
2025-03-29	1	0	0	0	0	0	\N	\N
2025-03-30	1	0	0	0	0	0	\N	\N
2025-03-31	1	0	0	0	0	0	\N	\N
2025-04-01	1	0	0	0	0	0	\N	\N
2025-04-02	1	480	480	362	75	167	2025-04-02 08:00:00	2025-04-02 16:00:00
2025-04-03	1	480	480	327	0	104	2025-04-03 08:00:00	2025-04-03 16:00:00
2025-04-04	1	480	480	0	0	0	2025-04-04 10:00:00	2025-04-04 18:00:00
2025-04-05	1	480	480	376	39	211	2025-04-05 09:00:00	2025-04-05 17:00:00
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
2025-04-24	1	480	480	315	116	227	2025-04-24 08:00:00	2025-04-24 16:00:00
2025-04-25	1	480	480	290	54	150	2025-04-25 08:00:00	2025-04-25 16:00:00
2025-04-26	1	480	480	355	0	202	2025-04-26 09:00:00	2025-04-26 17:00:00
2025-04-27	1	480	480	417	0	163	2025-04-27 10:00:00	2025-04-27 18:00:00
2025-04-28	1	480	480	370	5	168	2025-04-28 12:00:00	2025-04-28 20:00:00
2025-04-29	1	480	480	313	0	119	2025-04-29 12:00:00	2025-04-29 20:00:00
2025-04-30	1	480	480	295	295	295	2025-04-30 08:00:00	2025-04-30 16:00:00
2025-05-01	1	480	480	365	0	155	2025-05-01 08:00:00	2025-05-01 16:00:00
2025-05-02	1	480	480	355	0	204	2025-05-02 12:00:00	2025-05-02 20:00:00
2025-05-03	1	0	0	0	0	0	\N	\N
2025-05-04	1	0	0	0	0	0	\N	\N
2025-05-05	1	480	480	350	34	159	2025-05-05 12:00:00	2025-05-05 20:00:00
2025-05-06	1	480	480	384	203	267	2025-05-06 12:00:00	2025-05-06 20:00:00
2025-05-07	1	480	480	307	0	162	2025-05-07 12:00:00	2025-05-07 20:00:00
2025-05-08	1	480	480	292	0	161	2025-05-08 10:00:00	2025-05-08 18:00:00
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
2025-05-22	1	480	480	341	165	237	2025-05-22 08:00:00	2025-05-22 16:00:00
2025-05-23	1	480	480	378	0	218	2025-05-23 12:00:00	2025-05-23 20:00:00
2025-05-24	1	0	0	0	0	0	\N	\N
2025-05-25	1	0	0	0	0	0	\N	\N
2025-05-26	1	480	480	315	0	170	2025-05-26 12:00:00	2025-05-26 20:00:00
2025-05-27	1	480	480	368	191	294	2025-05-27 08:00:00	2025-05-27 16:00:00
2025-05-28	1	480	480	388	105	253	2025-05-28 12:00:00	2025-05-28 20:00:00
2025-05-29	1	480	480	296	48	182	2025-05-29 10:00:00	2025-05-29 18:00:00
2025-05-30	1	480	480	346	18	181	2025-05-30 10:00:00	2025-05-30 18:00:00
2025-05-31	1	0	0	0	0	0	\N	\N
2025-06-01	1	0	0	0	0	0	\N	\N
2025-06-02	1	0	0	0	0	0	\N	\N
2025-06-03	1	0	0	0	0	0	\N	\N
2025-06-04	1	480	480	314	0	167	2025-06-04 08:00:00	2025-06-04 16:00:00
2025-06-05	1	480	480	297	0	143	2025-06-05 08:00:00	2025-06-05 16:00:00
2025-06-06	1	480	480	329	73	151	2025-06-06 08:00:00	2025-06-06 16:00:00
2025-06-07	1	480	480	320	0	181	2025-06-07 09:00:00	2025-06-07 17:00:00
2025-06-08	1	480	480	315	0	124	2025-06-08 10:00:00	2025-06-08 18:00:00
2025-06-09	1	480	480	369	226	285	2025-06-09 12:00:00	2025-06-09 20:00:00
2025-06-10	1	480	480	314	0	115	2025-06-10 12:00:00	2025-06-10 20:00:00
2025-06-11	1	480	480	322	0	185	2025-06-11 08:00:00	2025-06-11 16:00:00
2025-06-12	1	480	480	309	0	144	2025-06-12 08:00:00	2025-06-12 16:00:00
2025-06-13	1	480	480	315	248	270	2025-06-13 12:00:00	2025-06-13 20:00:00
2025-06-14	1	0	0	0	0	0	\N	\N
2025-06-15	1	0	0	0	0	0	\N	\N
2025-06-16	1	480	480	319	0	104	2025-06-16 10:00:00	2025-06-16 18:00:00
2025-06-17	1	480	480	348	103	190	2025-06-17 12:00:00	2025-06-17 20:00:00
2025-06-18	1	480	480	373	70	196	2025-06-18 12:00:00	2025-06-18 20:00:00
2025-06-19	1	480	480	360	107	229	2025-06-19 10:00:00	2025-06-19 18:00:00
2025-06-20	1	480	480	324	0	149	2025-06-20 10:00:00	2025-06-20 18:00:00
2025-06-21	1	0	0	0	0	0	\N	\N
2025-06-22	1	0	0	0	0	0	\N	\N
2025-06-23	1	0	0	0	0	0	\N	\N
2025-06-24	1	0	0	0	0	0	\N	\N
2025-06-25	1	480	480	359	0	176	2025-06-25 08:00:00	2025-06-25 16:00:00
2025-06-26	1	480	480	345	0	163	2025-06-26 08:00:00	2025-06-26 16:00:00
2025-06-27	1	480	480	302	0	160	2025-06-27 08:00:00	2025-06-27 16:00:00
2025-06-28	1	480	480	321	51	138	2025-06-28 09:00:00	2025-06-28 17:00:00
2025-06-29	1	480	480	332	0	148	2025-06-29 10:00:00	2025-06-29 18:00:00
2025-06-30	1	480	480	319	0	176	2025-06-30 12:00:00	2025-06-30 20:00:00
2025-07-01	1	480	480	307	10	179	2025-07-01 12:00:00	2025-07-01 20:00:00
2025-07-02	1	480	480	337	134	209	2025-07-02 08:00:00	2025-07-02 16:00:00
2025-07-03	1	480	480	367	62	170	2025-07-03 08:00:00	2025-07-03 16:00:00
2025-07-04	1	480	480	316	0	99	2025-07-04 12:00:00	2025-07-04 20:00:00
2025-07-05	1	0	0	0	0	0	\N	\N
2025-07-06	1	0	0	0	0	0	\N	\N
2025-07-07	1	480	480	334	0	150	2025-07-07 10:00:00	2025-07-07 18:00:00
2025-07-08	1	480	480	356	102	192	2025-07-08 12:00:00	2025-07-08 20:00:00
2025-07-09	1	480	480	358	0	127	2025-07-09 12:00:00	2025-07-09 20:00:00
2025-07-10	1	480	480	328	0	195	2025-07-10 10:00:00	2025-07-10 18:00:00
2025-07-11	1	480	480	347	0	155	2025-07-11 10:00:00	2025-07-11 18:00:00
2025-07-12	1	0	0	0	0	0	\N	\N
2025-07-13	1	0	0	0	0	0	\N	\N
2025-07-14	1	0	0	0	0	0	\N	\N
2025-07-15	1	0	0	0	0	0	\N	\N
2025-07-16	1	480	480	0	0	0	2025-07-16 10:00:00	2025-07-16 18:00:00
2025-07-17	1	480	480	0	0	0	2025-07-17 10:00:00	2025-07-17 18:00:00
2025-07-18	1	480	480	0	0	0	2025-07-18 10:00:00	2025-07-18 18:00:00
2025-07-19	1	480	480	352	0	117	2025-07-19 09:00:00	2025-07-19 17:00:00
2025-07-20	1	480	480	316	0	147	2025-07-20 10:00:00	2025-07-20 18:00:00
2025-07-21	1	480	480	308	13	130	2025-07-21 12:00:00	2025-07-21 20:00:00
2025-07-22	1	480	480	320	0	178	2025-07-22 12:00:00	2025-07-22 20:00:00
2025-07-23	1	480	480	288	0	105	2025-07-23 08:00:00	2025-07-23 16:00:00
2025-07-24	1	480	480	318	0	135	2025-07-24 08:00:00	2025-07-24 16:00:00
2025-07-25	1	480	480	339	55	186	2025-07-25 12:00:00	2025-07-25 20:00:00
2025-07-26	1	0	0	0	0	0	\N	\N
2025-07-27	1	0	0	0	0	0	\N	\N
2025-07-28	1	480	480	308	0	114	2025-07-28 10:00:00	2025-07-28 18:00:00
2025-07-29	1	480	480	309	0	111	2025-07-29 12:00:00	2025-07-29 20:00:00
2025-07-30	1	480	480	319	0	117	2025-07-30 12:00:00	2025-07-30 20:00:00
2025-07-31	1	480	480	336	0	155	2025-07-31 10:00:00	2025-07-31 18:00:00
2025-08-01	1	480	480	372	58	207	2025-08-01 10:00:00	2025-08-01 18:00:00
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
2025-08-14	1	480	480	295	90	179	2025-08-14 08:00:00	2025-08-14 16:00:00
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
2023-09-18	2	480	480	355	89	216	2023-09-18 10:00:00	2023-09-18 18:00:00
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
2023-09-30	2	480	480	320	286	301	2023-09-30 09:00:00	2023-09-30 17:00:00
2023-10-01	2	480	480	359	0	122	2023-10-01 10:00:00	2023-10-01 18:00:00
2023-10-02	2	480	480	346	163	218	2023-10-02 08:00:00	2023-10-02 16:00:00
2023-10-03	2	480	480	327	0	166	2023-10-03 08:00:00	2023-10-03 16:00:00
2023-10-04	2	480	480	286	25	105	2023-10-04 12:00:00	2023-10-04 20:00:00
2023-10-05	2	480	480	363	0	198	2023-10-05 12:00:00	2023-10-05 20:00:00
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
2023-10-20	2	480	480	0	0	0	2023-10-20 10:00:00	2023-10-20 18:00:00
2023-10-21	2	480	480	331	331	331	2023-10-21 09:00:00	2023-10-21 17:00:00
2023-10-22	2	480	480	343	45	210	2023-10-22 10:00:00	2023-10-22 18:00:00
2023-10-23	2	480	480	0	0	0	2023-10-23 12:00:00	2023-10-23 20:00:00
2023-10-24	2	480	480	0	0	0	2023-10-24 12:00:00	2023-10-24 20:00:00
2023-10-25	2	480	480	0	0	0	2023-10-25 10:00:00	2023-10-25 18:00:00
2023-10-26	2	480	480	0	0	0	2023-10-26 10:00:00	2023-10-26 18:00:00
2023-10-27	2	480	480	0	0	0	2023-10-27 10:00:00	2023-10-27 18:00:00
2023-10-28	2	0	0	0	0	0	\N	\N
2023-10-29	2	0	0	0	0	0	\N	\N
2023-10-30	2	480	480	361	0	182	2023-10-30 10:00:00	2023-10-30 18:00:00
2023-10-31	2	480	480	366	0	121	2023-10-31 10:00:00	2023-10-31 18:00:00
2023-11-01	2	480	480	288	0	127	2023-11-01 12:00:00	2023-11-01 20:00:00
2023-11-02	2	480	480	335	0	111	2023-11-02 12:00:00	2023-11-02 20:00:00
2023-11-03	2	480	480	350	0	149	2023-11-03 10:00:00	2023-11-03 18:00:00
2023-11-04	2	0	0	0	0	0	\N	\N
2023-11-05	2	0	0	0	0	0	\N	\N
2023-11-06	2	480	480	286	0	166	2023-11-06 08:00:00	2023-11-06 16:00:00
2023-11-07	2	0	0	0	0	0	\N	\N
2023-11-08	2	0	0	0	0	0	\N	\N
2023-11-09	2	480	480	364	0	167	2023-11-09 08:00:00	2023-11-09 16:00:00
2023-11-10	2	480	480	285	0	140	2023-11-10 08:00:00	2023-11-10 16:00:00
2023-11-11	2	480	480	353	0	130	2023-11-11 09:00:00	2023-11-11 17:00:00
2023-11-12	2	480	480	352	59	203	2023-11-12 10:00:00	2023-11-12 18:00:00
2023-11-13	2	480	480	348	25	217	2023-11-13 08:00:00	2023-11-13 16:00:00
2023-11-14	2	480	480	385	0	150	2023-11-14 08:00:00	2023-11-14 16:00:00
2023-11-15	2	480	480	333	118	235	2023-11-15 12:00:00	2023-11-15 20:00:00
2023-11-16	2	480	480	333	0	139	2023-11-16 12:00:00	2023-11-16 20:00:00
2023-11-17	2	480	480	352	0	116	2023-11-17 12:00:00	2023-11-17 20:00:00
2023-11-18	2	0	0	0	0	0	\N	\N
2023-11-19	2	0	0	0	0	0	\N	\N
2023-11-20	2	480	480	349	38	186	2023-11-20 10:00:00	2023-11-20 18:00:00
2023-11-21	2	480	480	340	0	120	2023-11-21 10:00:00	2023-11-21 18:00:00
2023-11-22	2	480	480	376	0	157	2023-11-22 12:00:00	2023-11-22 20:00:00
2023-11-23	2	480	480	306	28	116	2023-11-23 12:00:00	2023-11-23 20:00:00
2023-11-24	2	480	480	309	0	119	2023-11-24 10:00:00	2023-11-24 18:00:00
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
2023-12-06	2	480	480	346	60	226	2023-12-06 12:00:00	2023-12-06 20:00:00
2023-12-07	2	480	480	328	0	165	2023-12-07 12:00:00	2023-12-07 20:00:00
2023-12-08	2	480	480	353	0	119	2023-12-08 12:00:00	2023-12-08 20:00:00
2023-12-09	2	0	0	0	0	0	\N	\N
2023-12-10	2	0	0	0	0	0	\N	\N
2023-12-11	2	480	480	328	44	130	2023-12-11 12:00:00	2023-12-11 20:00:00
2023-12-12	2	480	480	310	46	163	2023-12-12 12:00:00	2023-12-12 20:00:00
2023-12-13	2	480	480	342	4	177	2023-12-13 12:00:00	2023-12-13 20:00:00
2023-12-14	2	480	480	342	0	135	2023-12-14 12:00:00	2023-12-14 20:00:00
2023-12-15	2	480	480	343	55	211	2023-12-15 12:00:00	2023-12-15 20:00:00
2023-12-16	2	0	0	0	0	0	\N	\N
2023-12-17	2	0	0	0	0	0	\N	\N
2023-12-18	2	480	480	294	81	184	2023-12-18 08:00:00	2023-12-18 16:00:00
2023-12-19	2	0	0	0	0	0	\N	\N
2023-12-20	2	0	0	0	0	0	\N	\N
2023-12-21	2	480	480	343	0	159	2023-12-21 08:00:00	2023-12-21 16:00:00
2023-12-22	2	480	480	392	116	274	2023-12-22 08:00:00	2023-12-22 16:00:00
2023-12-23	2	480	480	397	94	234	2023-12-23 09:00:00	2023-12-23 17:00:00
2023-12-24	2	480	480	355	133	206	2023-12-24 10:00:00	2023-12-24 18:00:00
2023-12-25	2	480	480	337	0	112	2023-12-25 08:00:00	2023-12-25 16:00:00
2023-12-26	2	480	480	290	0	169	2023-12-26 08:00:00	2023-12-26 16:00:00
2023-12-27	2	480	480	359	0	155	2023-12-27 12:00:00	2023-12-27 20:00:00
2023-12-28	2	480	480	329	0	173	2023-12-28 12:00:00	2023-12-28 20:00:00
2023-12-29	2	480	480	346	137	229	2023-12-29 12:00:00	2023-12-29 20:00:00
2023-12-30	2	0	0	0	0	0	\N	\N
2023-12-31	2	0	0	0	0	0	\N	\N
2024-01-01	2	480	480	330	0	107	2024-01-01 10:00:00	2024-01-01 18:00:00
2024-01-02	2	480	480	348	183	256	2024-01-02 10:00:00	2024-01-02 18:00:00
2024-01-03	2	480	480	311	0	176	2024-01-03 12:00:00	2024-01-03 20:00:00
2024-01-04	2	480	480	286	0	155	2024-01-04 12:00:00	2024-01-04 20:00:00
2024-01-05	2	480	480	323	7	161	2024-01-05 10:00:00	2024-01-05 18:00:00
2024-01-06	2	0	0	0	0	0	\N	\N
2024-01-07	2	0	0	0	0	0	\N	\N
2024-01-08	2	480	480	321	49	167	2024-01-08 08:00:00	2024-01-08 16:00:00
2024-01-09	2	0	0	0	0	0	\N	\N
2024-01-10	2	0	0	0	0	0	\N	\N
2024-01-11	2	480	480	410	0	230	2024-01-11 08:00:00	2024-01-11 16:00:00
2024-01-12	2	480	480	329	69	173	2024-01-12 08:00:00	2024-01-12 16:00:00
2024-01-13	2	480	480	335	0	175	2024-01-13 09:00:00	2024-01-13 17:00:00
2024-01-14	2	480	480	351	0	199	2024-01-14 10:00:00	2024-01-14 18:00:00
2024-01-15	2	480	480	354	186	261	2024-01-15 08:00:00	2024-01-15 16:00:00
2024-01-16	2	480	480	371	0	136	2024-01-16 08:00:00	2024-01-16 16:00:00
2024-01-17	2	480	480	309	0	183	2024-01-17 12:00:00	2024-01-17 20:00:00
2024-01-18	2	480	480	396	0	196	2024-01-18 12:00:00	2024-01-18 20:00:00
2024-01-19	2	480	480	353	0	134	2024-01-19 12:00:00	2024-01-19 20:00:00
2024-01-20	2	0	0	0	0	0	\N	\N
2024-01-21	2	0	0	0	0	0	\N	\N
2024-01-22	2	480	480	325	205	265	2024-01-22 10:00:00	2024-01-22 18:00:00
2024-01-23	2	480	480	319	0	158	2024-01-23 12:00:00	2024-01-23 20:00:00
2024-01-24	2	480	480	316	0	181	2024-01-24 12:00:00	2024-01-24 20:00:00
2024-01-25	2	480	480	272	33	173	2024-01-25 12:00:00	2024-01-25 20:00:00
2024-01-26	2	480	480	332	22	146	2024-01-26 10:00:00	2024-01-26 18:00:00
2024-01-27	2	0	0	0	0	0	\N	\N
2024-01-28	2	0	0	0	0	0	\N	\N
2024-01-29	2	480	480	319	0	97	2024-01-29 08:00:00	2024-01-29 16:00:00
2024-01-30	2	0	0	0	0	0	\N	\N
2024-01-31	2	0	0	0	0	0	\N	\N
2024-02-01	2	480	480	401	0	180	2024-02-01 08:00:00	2024-02-01 16:00:00
2024-02-02	2	480	480	366	0	214	2024-02-02 08:00:00	2024-02-02 16:00:00
2024-02-03	2	480	480	317	0	131	2024-02-03 09:00:00	2024-02-03 17:00:00
2024-02-04	2	480	480	386	0	222	2024-02-04 10:00:00	2024-02-04 18:00:00
2024-02-05	2	480	480	363	73	201	2024-02-05 08:00:00	2024-02-05 16:00:00
2024-02-06	2	480	480	300	56	195	2024-02-06 08:00:00	2024-02-06 16:00:00
2024-02-07	2	480	480	310	0	95	2024-02-07 12:00:00	2024-02-07 20:00:00
2024-02-08	2	480	480	330	0	178	2024-02-08 12:00:00	2024-02-08 20:00:00
2024-02-09	2	480	480	308	0	102	2024-02-09 12:00:00	2024-02-09 20:00:00
2024-02-10	2	0	0	0	0	0	\N	\N
2024-02-11	2	0	0	0	0	0	\N	\N
2024-02-12	2	480	480	378	13	139	2024-02-12 10:00:00	2024-02-12 18:00:00
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
2024-03-04	2	480	480	343	0	160	2024-03-04 10:00:00	2024-03-04 18:00:00
2024-03-05	2	480	480	354	64	173	2024-03-05 10:00:00	2024-03-05 18:00:00
2024-03-06	2	480	480	378	36	180	2024-03-06 12:00:00	2024-03-06 20:00:00
2024-03-07	2	480	480	347	0	204	2024-03-07 12:00:00	2024-03-07 20:00:00
2024-03-08	2	480	480	397	0	143	2024-03-08 10:00:00	2024-03-08 18:00:00
2024-03-09	2	0	0	0	0	0	\N	\N
2024-03-10	2	0	0	0	0	0	\N	\N
2024-03-11	2	480	480	316	0	152	2024-03-11 08:00:00	2024-03-11 16:00:00
2024-03-12	2	0	0	0	0	0	\N	\N
2024-03-13	2	0	0	0	0	0	\N	\N
2024-03-14	2	480	480	379	0	175	2024-03-14 08:00:00	2024-03-14 16:00:00
2024-03-15	2	480	480	371	78	197	2024-03-15 08:00:00	2024-03-15 16:00:00
2024-03-16	2	480	480	400	76	192	2024-03-16 09:00:00	2024-03-16 17:00:00
2024-03-17	2	480	480	336	0	157	2024-03-17 10:00:00	2024-03-17 18:00:00
2024-03-18	2	480	480	359	0	184	2024-03-18 08:00:00	2024-03-18 16:00:00
2024-03-19	2	480	480	304	62	143	2024-03-19 08:00:00	2024-03-19 16:00:00
2024-03-20	2	480	480	323	0	144	2024-03-20 12:00:00	2024-03-20 20:00:00
2024-03-21	2	480	480	317	0	96	2024-03-21 12:00:00	2024-03-21 20:00:00
2024-03-22	2	480	480	321	0	137	2024-03-22 12:00:00	2024-03-22 20:00:00
2024-03-23	2	0	0	0	0	0	\N	\N
2024-03-24	2	0	0	0	0	0	\N	\N
2024-03-25	2	480	480	336	0	140	2024-03-25 10:00:00	2024-03-25 18:00:00
2024-03-26	2	480	480	288	0	156	2024-03-26 10:00:00	2024-03-26 18:00:00
2024-03-27	2	480	480	288	0	156	2024-03-27 12:00:00	2024-03-27 20:00:00
2024-03-28	2	480	480	359	0	206	2024-03-28 12:00:00	2024-03-28 20:00:00
2024-03-29	2	480	480	323	179	264	2024-03-29 10:00:00	2024-03-29 18:00:00
2024-03-30	2	0	0	0	0	0	\N	\N
2024-03-31	2	0	0	0	0	0	\N	\N
2024-04-01	2	480	480	368	207	279	2024-04-01 08:00:00	2024-04-01 16:00:00
2024-04-02	2	0	0	0	0	0	\N	\N
2024-04-03	2	0	0	0	0	0	\N	\N
2024-04-04	2	480	480	342	34	200	2024-04-04 08:00:00	2024-04-04 16:00:00
2024-04-05	2	480	480	338	0	121	2024-04-05 08:00:00	2024-04-05 16:00:00
2024-04-06	2	480	480	312	0	122	2024-04-06 09:00:00	2024-04-06 17:00:00
2024-04-07	2	480	480	266	0	142	2024-04-07 10:00:00	2024-04-07 18:00:00
2024-04-08	2	480	480	360	23	154	2024-04-08 08:00:00	2024-04-08 16:00:00
2024-04-09	2	480	480	351	82	235	2024-04-09 08:00:00	2024-04-09 16:00:00
2024-04-10	2	480	480	358	0	125	2024-04-10 12:00:00	2024-04-10 20:00:00
2024-04-11	2	480	480	299	76	187	2024-04-11 12:00:00	2024-04-11 20:00:00
2024-04-12	2	480	480	354	0	191	2024-04-12 12:00:00	2024-04-12 20:00:00
2024-04-13	2	0	0	0	0	0	\N	\N
2024-04-14	2	0	0	0	0	0	\N	\N
2024-04-15	2	480	480	310	0	99	2024-04-15 10:00:00	2024-04-15 18:00:00
2024-04-16	2	480	480	282	5	165	2024-04-16 10:00:00	2024-04-16 18:00:00
2024-04-17	2	480	480	381	110	202	2024-04-17 12:00:00	2024-04-17 20:00:00
2024-04-18	2	480	480	337	0	200	2024-04-18 12:00:00	2024-04-18 20:00:00
2024-04-19	2	480	480	308	59	169	2024-04-19 10:00:00	2024-04-19 18:00:00
2024-04-20	2	0	0	0	0	0	\N	\N
2024-04-21	2	0	0	0	0	0	\N	\N
2024-04-22	2	480	480	346	45	194	2024-04-22 08:00:00	2024-04-22 16:00:00
2024-04-23	2	0	0	0	0	0	\N	\N
2024-04-24	2	0	0	0	0	0	\N	\N
2024-04-25	2	480	480	362	48	168	2024-04-25 08:00:00	2024-04-25 16:00:00
2024-04-26	2	480	480	360	0	135	2024-04-26 08:00:00	2024-04-26 16:00:00
2024-04-27	2	480	480	354	0	176	2024-04-27 09:00:00	2024-04-27 17:00:00
2024-04-28	2	480	480	310	0	139	2024-04-28 10:00:00	2024-04-28 18:00:00
2024-04-29	2	483	480	305	87	160	2024-04-29 08:00:00	2024-04-29 16:00:00
2024-04-30	2	480	480	334	158	235	2024-04-30 08:00:00	2024-04-30 16:00:00
2024-05-01	2	480	480	323	0	131	2024-05-01 12:00:00	2024-05-01 20:00:00
2024-05-02	2	480	480	355	0	144	2024-05-02 12:00:00	2024-05-02 20:00:00
2024-05-03	2	480	480	287	0	104	2024-05-03 12:00:00	2024-05-03 20:00:00
2024-05-04	2	0	0	0	0	0	\N	\N
2024-05-05	2	0	0	0	0	0	\N	\N
2024-05-06	2	480	480	340	211	279	2024-05-06 10:00:00	2024-05-06 18:00:00
2024-05-07	2	480	480	372	0	120	2024-05-07 10:00:00	2024-05-07 18:00:00
2024-05-08	2	480	480	391	0	229	2024-05-08 12:00:00	2024-05-08 20:00:00
2024-05-09	2	480	480	301	66	189	2024-05-09 12:00:00	2024-05-09 20:00:00
2024-05-10	2	480	480	372	0	197	2024-05-10 10:00:00	2024-05-10 18:00:00
2024-05-11	2	0	0	0	0	0	\N	\N
2024-05-12	2	0	0	0	0	0	\N	\N
2024-05-13	2	480	480	297	56	151	2024-05-13 08:00:00	2024-05-13 16:00:00
2024-05-14	2	0	0	0	0	0	\N	\N
2024-05-15	2	0	0	0	0	0	\N	\N
2024-05-16	2	480	480	353	0	153	2024-05-16 08:00:00	2024-05-16 16:00:00
2024-05-17	2	480	480	328	0	189	2024-05-17 08:00:00	2024-05-17 16:00:00
2024-05-18	2	480	480	346	34	200	2024-05-18 09:00:00	2024-05-18 17:00:00
2024-05-19	2	480	480	347	0	194	2024-05-19 10:00:00	2024-05-19 18:00:00
2024-05-20	2	480	480	394	0	180	2024-05-20 08:00:00	2024-05-20 16:00:00
2024-05-21	2	480	480	336	0	153	2024-05-21 08:00:00	2024-05-21 16:00:00
2024-05-22	2	480	480	316	0	188	2024-05-22 12:00:00	2024-05-22 20:00:00
2024-05-23	2	480	480	341	17	120	2024-05-23 12:00:00	2024-05-23 20:00:00
2024-05-24	2	480	480	402	0	177	2024-05-24 12:00:00	2024-05-24 20:00:00
2024-05-25	2	0	0	0	0	0	\N	\N
2024-05-26	2	0	0	0	0	0	\N	\N
2024-05-27	2	480	480	351	12	167	2024-05-27 10:00:00	2024-05-27 18:00:00
2024-05-28	2	480	480	338	69	189	2024-05-28 10:00:00	2024-05-28 18:00:00
2024-05-29	2	480	480	365	0	149	2024-05-29 12:00:00	2024-05-29 20:00:00
2024-05-30	2	480	480	358	0	155	2024-05-30 12:00:00	2024-05-30 20:00:00
2024-05-31	2	480	480	353	0	138	2024-05-31 10:00:00	2024-05-31 18:00:00
2024-06-01	2	0	0	0	0	0	\N	\N
2024-06-02	2	0	0	0	0	0	\N	\N
2024-06-03	2	480	480	317	145	225	2024-06-03 08:00:00	2024-06-03 16:00:00
2024-06-04	2	0	0	0	0	0	\N	\N
2024-06-05	2	0	0	0	0	0	\N	\N
2024-06-06	2	480	480	354	61	186	2024-06-06 08:00:00	2024-06-06 16:00:00
2024-06-07	2	480	480	352	85	243	2024-06-07 08:00:00	2024-06-07 16:00:00
2024-06-08	2	480	480	331	0	155	2024-06-08 09:00:00	2024-06-08 17:00:00
2024-06-09	2	480	480	324	324	324	2024-06-09 10:00:00	2024-06-09 18:00:00
2024-06-10	2	480	480	363	86	176	2024-06-10 08:00:00	2024-06-10 16:00:00
2024-06-11	2	480	480	340	129	246	2024-06-11 08:00:00	2024-06-11 16:00:00
2024-06-12	2	480	480	284	0	118	2024-06-12 12:00:00	2024-06-12 20:00:00
2024-06-13	2	480	480	394	0	188	2024-06-13 12:00:00	2024-06-13 20:00:00
2024-06-14	2	480	480	346	0	116	2024-06-14 12:00:00	2024-06-14 20:00:00
2024-06-15	2	0	0	0	0	0	\N	\N
2024-06-16	2	0	0	0	0	0	\N	\N
2024-06-17	2	480	480	378	151	219	2024-06-17 10:00:00	2024-06-17 18:00:00
2024-06-18	2	480	480	299	299	299	2024-06-18 08:00:00	2024-06-18 16:00:00
2024-06-19	2	480	480	325	209	275	2024-06-19 12:00:00	2024-06-19 20:00:00
2024-06-20	2	480	480	308	0	164	2024-06-20 12:00:00	2024-06-20 20:00:00
2024-06-21	2	480	480	363	0	141	2024-06-21 10:00:00	2024-06-21 18:00:00
2024-06-22	2	0	0	0	0	0	\N	\N
2024-06-23	2	0	0	0	0	0	\N	\N
2024-06-24	2	480	480	328	0	133	2024-06-24 08:00:00	2024-06-24 16:00:00
2024-06-25	2	0	0	0	0	0	\N	\N
2024-06-26	2	0	0	0	0	0	\N	\N
2024-06-27	2	480	480	322	0	117	2024-06-27 08:00:00	2024-06-27 16:00:00
2024-06-28	2	480	480	315	315	315	2024-06-28 08:00:00	2024-06-28 16:00:00
2024-06-29	2	480	480	351	59	155	2024-06-29 09:00:00	2024-06-29 17:00:00
2024-06-30	2	480	480	354	101	241	2024-06-30 10:00:00	2024-06-30 18:00:00
2024-07-01	2	480	480	324	0	184	2024-07-01 08:00:00	2024-07-01 16:00:00
2024-07-02	2	480	480	315	0	128	2024-07-02 08:00:00	2024-07-02 16:00:00
2024-07-03	2	480	480	318	5	162	2024-07-03 12:00:00	2024-07-03 20:00:00
2024-07-04	2	480	480	366	0	183	2024-07-04 12:00:00	2024-07-04 20:00:00
2024-07-05	2	480	480	365	0	204	2024-07-05 12:00:00	2024-07-05 20:00:00
2024-07-06	2	0	0	0	0	0	\N	\N
2024-07-07	2	0	0	0	0	0	\N	\N
2024-07-08	2	480	480	299	155	235	2024-07-08 10:00:00	2024-07-08 18:00:00
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
2024-07-24	2	480	480	298	41	135	2024-07-24 12:00:00	2024-07-24 20:00:00
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
2024-08-14	2	480	480	377	179	270	2024-08-14 12:00:00	2024-08-14 20:00:00
2024-08-15	2	480	480	327	0	134	2024-08-15 08:00:00	2024-08-15 16:00:00
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
2024-08-26	2	480	480	396	30	179	2024-08-26 08:00:00	2024-08-26 16:00:00
2024-08-27	2	0	0	0	0	0	\N	\N
2024-08-28	2	0	0	0	0	0	\N	\N
2024-08-29	2	480	480	360	87	238	2024-08-29 08:00:00	2024-08-29 16:00:00
2024-08-30	2	480	480	336	0	183	2024-08-30 08:00:00	2024-08-30 16:00:00
2024-08-31	2	480	480	351	0	172	2024-08-31 09:00:00	2024-08-31 17:00:00
2024-09-01	2	480	480	334	0	162	2024-09-01 10:00:00	2024-09-01 18:00:00
2024-09-02	2	480	480	327	77	217	2024-09-02 08:00:00	2024-09-02 16:00:00
2024-09-03	2	480	480	323	323	323	2024-09-03 08:00:00	2024-09-03 16:00:00
2024-09-04	2	480	480	315	66	166	2024-09-04 12:00:00	2024-09-04 20:00:00
2024-09-05	2	480	480	298	0	166	2024-09-05 12:00:00	2024-09-05 20:00:00
2024-09-06	2	480	480	351	0	139	2024-09-06 12:00:00	2024-09-06 20:00:00
2024-09-07	2	0	0	0	0	0	\N	\N
2024-09-08	2	0	0	0	0	0	\N	\N
2024-09-09	2	480	480	317	0	105	2024-09-09 10:00:00	2024-09-09 18:00:00
2024-09-10	2	480	480	333	0	122	2024-09-10 10:00:00	2024-09-10 18:00:00
2024-09-11	2	480	480	309	43	137	2024-09-11 12:00:00	2024-09-11 20:00:00
2024-09-12	2	480	480	307	18	162	2024-09-12 12:00:00	2024-09-12 20:00:00
2024-09-13	2	480	480	328	17	178	2024-09-13 10:00:00	2024-09-13 18:00:00
2024-09-14	2	0	0	0	0	0	\N	\N
2024-09-15	2	0	0	0	0	0	\N	\N
2024-09-16	2	480	480	362	165	227	2024-09-16 08:00:00	2024-09-16 16:00:00
2024-09-17	2	0	0	0	0	0	\N	\N
2024-09-18	2	0	0	0	0	0	\N	\N
2024-09-19	2	480	480	316	0	103	2024-09-19 08:00:00	2024-09-19 16:00:00
2024-09-20	2	480	480	342	0	186	2024-09-20 08:00:00	2024-09-20 16:00:00
2024-09-21	2	480	480	327	0	128	2024-09-21 09:00:00	2024-09-21 17:00:00
2024-09-22	2	480	480	330	0	141	2024-09-22 10:00:00	2024-09-22 18:00:00
2024-09-23	2	480	480	318	247	269	2024-09-23 08:00:00	2024-09-23 16:00:00
2024-09-24	2	480	480	315	0	124	2024-09-24 08:00:00	2024-09-24 16:00:00
2024-09-25	2	480	480	336	0	155	2024-09-25 12:00:00	2024-09-25 20:00:00
2024-09-26	2	480	480	327	0	185	2024-09-26 12:00:00	2024-09-26 20:00:00
2024-09-27	2	480	480	311	0	136	2024-09-27 12:00:00	2024-09-27 20:00:00
2024-09-28	2	0	0	0	0	0	\N	\N
2024-09-29	2	0	0	0	0	0	\N	\N
2024-09-30	2	480	480	335	0	139	2024-09-30 10:00:00	2024-09-30 18:00:00
2024-10-01	2	480	480	388	0	173	2024-10-01 10:00:00	2024-10-01 18:00:00
2024-10-02	2	480	480	367	0	166	2024-10-02 12:00:00	2024-10-02 20:00:00
2024-10-03	2	480	480	363	240	297	2024-10-03 12:00:00	2024-10-03 20:00:00
2024-10-04	2	480	480	351	0	192	2024-10-04 10:00:00	2024-10-04 18:00:00
2024-10-05	2	0	0	0	0	0	\N	\N
2024-10-06	2	0	0	0	0	0	\N	\N
2024-10-07	2	480	480	0	0	0	2024-10-07 10:00:00	2024-10-07 18:00:00
2024-10-08	2	0	0	0	0	0	\N	\N
2024-10-09	2	0	0	0	0	0	\N	\N
2024-10-10	2	480	480	0	0	0	2024-10-10 10:00:00	2024-10-10 18:00:00
2024-10-11	2	480	480	0	0	0	2024-10-11 10:00:00	2024-10-11 18:00:00
2024-10-12	2	480	480	323	277	302	2024-10-12 09:00:00	2024-10-12 17:00:00
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
2024-10-28	2	480	480	339	54	209	2024-10-28 08:00:00	2024-10-28 16:00:00
2024-10-29	2	0	0	0	0	0	\N	\N
2024-10-30	2	0	0	0	0	0	\N	\N
2024-10-31	2	480	480	341	0	120	2024-10-31 08:00:00	2024-10-31 16:00:00
2024-11-01	2	480	480	302	31	185	2024-11-01 08:00:00	2024-11-01 16:00:00
2024-11-02	2	480	480	356	0	171	2024-11-02 09:00:00	2024-11-02 17:00:00
2024-11-03	2	480	480	301	43	151	2024-11-03 10:00:00	2024-11-03 18:00:00
2024-11-04	2	480	480	343	0	103	2024-11-04 08:00:00	2024-11-04 16:00:00
2024-11-05	2	480	480	346	0	188	2024-11-05 08:00:00	2024-11-05 16:00:00
2024-11-06	2	480	480	349	0	199	2024-11-06 08:00:00	2024-11-06 16:00:00
2024-11-07	2	480	480	362	40	151	2024-11-07 08:00:00	2024-11-07 16:00:00
2024-11-08	2	480	480	297	0	144	2024-11-08 08:00:00	2024-11-08 16:00:00
2024-11-09	2	0	0	0	0	0	\N	\N
2024-11-10	2	0	0	0	0	0	\N	\N
2024-11-11	2	480	480	335	0	177	2024-11-11 10:00:00	2024-11-11 18:00:00
2024-11-12	2	480	480	0	0	0	2024-11-12 10:00:00	2024-11-12 18:00:00
2024-11-13	2	480	480	0	0	0	2024-11-13 12:00:00	2024-11-13 20:00:00
2024-11-14	2	480	480	0	0	0	2024-11-14 12:00:00	2024-11-14 20:00:00
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
2024-11-29	2	480	480	359	159	256	2024-11-29 12:00:00	2024-11-29 20:00:00
2024-11-30	2	0	0	0	0	0	\N	\N
2024-12-01	2	0	0	0	0	0	\N	\N
2024-12-02	2	480	480	365	12	144	2024-12-02 10:00:00	2024-12-02 18:00:00
2024-12-03	2	480	480	360	0	139	2024-12-03 10:00:00	2024-12-03 18:00:00
2024-12-04	2	480	480	330	39	173	2024-12-04 12:00:00	2024-12-04 20:00:00
2024-12-05	2	480	480	386	0	150	2024-12-05 12:00:00	2024-12-05 20:00:00
2024-12-06	2	480	480	343	0	138	2024-12-06 10:00:00	2024-12-06 18:00:00
2024-12-07	2	0	0	0	0	0	\N	\N
2024-12-08	2	0	0	0	0	0	\N	\N
2024-12-09	2	480	480	329	214	279	2024-12-09 08:00:00	2024-12-09 16:00:00
2024-12-10	2	0	0	0	0	0	\N	\N
2024-12-11	2	0	0	0	0	0	\N	\N
2024-12-12	2	480	480	356	0	134	2024-12-12 08:00:00	2024-12-12 16:00:00
2024-12-13	2	480	480	301	0	148	2024-12-13 08:00:00	2024-12-13 16:00:00
2024-12-14	2	480	480	326	0	114	2024-12-14 09:00:00	2024-12-14 17:00:00
2024-12-15	2	480	480	329	0	196	2024-12-15 10:00:00	2024-12-15 18:00:00
2024-12-16	2	480	480	367	154	239	2024-12-16 08:00:00	2024-12-16 16:00:00
2024-12-17	2	480	480	320	32	146	2024-12-17 08:00:00	2024-12-17 16:00:00
2024-12-18	2	480	480	316	0	121	2024-12-18 12:00:00	2024-12-18 20:00:00
2024-12-19	2	480	480	332	0	180	2024-12-19 12:00:00	2024-12-19 20:00:00
2024-12-20	2	480	480	370	0	169	2024-12-20 12:00:00	2024-12-20 20:00:00
2024-12-21	2	0	0	0	0	0	\N	\N
2024-12-22	2	0	0	0	0	0	\N	\N
2024-12-23	2	480	480	340	0	144	2024-12-23 10:00:00	2024-12-23 18:00:00
2024-12-24	2	480	480	361	0	113	2024-12-24 12:00:00	2024-12-24 20:00:00
2024-12-25	2	480	480	322	0	183	2024-12-25 12:00:00	2024-12-25 20:00:00
2024-12-26	2	480	480	386	0	200	2024-12-26 12:00:00	2024-12-26 20:00:00
2024-12-27	2	480	480	333	0	173	2024-12-27 10:00:00	2024-12-27 18:00:00
2024-12-28	2	0	0	0	0	0	\N	\N
2024-12-29	2	0	0	0	0	0	\N	\N
2024-12-30	2	480	480	317	41	134	2024-12-30 08:00:00	2024-12-30 16:00:00
2024-12-31	2	0	0	0	0	0	\N	\N
2025-01-01	2	0	0	0	0	0	\N	\N
2025-01-02	2	480	480	322	0	138	2025-01-02 08:00:00	2025-01-02 16:00:00
2025-01-03	2	480	480	309	141	220	2025-01-03 08:00:00	2025-01-03 16:00:00
2025-01-04	2	480	480	362	0	121	2025-01-04 09:00:00	2025-01-04 17:00:00
2025-01-05	2	480	480	345	77	198	2025-01-05 10:00:00	2025-01-05 18:00:00
2025-01-06	2	480	480	311	0	122	2025-01-06 08:00:00	2025-01-06 16:00:00
2025-01-07	2	480	480	351	0	206	2025-01-07 08:00:00	2025-01-07 16:00:00
2025-01-08	2	480	480	327	0	163	2025-01-08 12:00:00	2025-01-08 20:00:00
2025-01-09	2	480	480	353	0	172	2025-01-09 12:00:00	2025-01-09 20:00:00
2025-01-10	2	480	480	339	8	132	2025-01-10 12:00:00	2025-01-10 20:00:00
2025-01-11	2	0	0	0	0	0	\N	\N
2025-01-12	2	0	0	0	0	0	\N	\N
2025-01-13	2	480	480	301	0	140	2025-01-13 10:00:00	2025-01-13 18:00:00
2025-01-14	2	480	480	289	0	130	2025-01-14 10:00:00	2025-01-14 18:00:00
2025-01-15	2	480	480	368	96	179	2025-01-15 12:00:00	2025-01-15 20:00:00
2025-01-16	2	480	480	319	59	148	2025-01-16 12:00:00	2025-01-16 20:00:00
2025-01-17	2	480	480	292	0	173	2025-01-17 10:00:00	2025-01-17 18:00:00
2025-01-18	2	0	0	0	0	0	\N	\N
2025-01-19	2	0	0	0	0	0	\N	\N
2025-01-20	2	480	480	357	222	270	2025-01-20 08:00:00	2025-01-20 16:00:00
2025-01-21	2	0	0	0	0	0	\N	\N
2025-01-22	2	0	0	0	0	0	\N	\N
2025-01-23	2	480	480	320	0	109	2025-01-23 08:00:00	2025-01-23 16:00:00
2025-01-24	2	480	480	357	0	132	2025-01-24 08:00:00	2025-01-24 16:00:00
2025-01-25	2	480	480	343	0	132	2025-01-25 09:00:00	2025-01-25 17:00:00
2025-01-26	2	480	480	342	0	143	2025-01-26 10:00:00	2025-01-26 18:00:00
2025-01-27	2	480	480	361	0	133	2025-01-27 08:00:00	2025-01-27 16:00:00
2025-01-28	2	480	480	336	0	176	2025-01-28 08:00:00	2025-01-28 16:00:00
2025-01-29	2	480	480	330	0	156	2025-01-29 12:00:00	2025-01-29 20:00:00
2025-01-30	2	480	480	345	64	182	2025-01-30 12:00:00	2025-01-30 20:00:00
2025-01-31	2	480	480	314	0	107	2025-01-31 12:00:00	2025-01-31 20:00:00
2025-02-01	2	0	0	0	0	0	\N	\N
2025-02-02	2	0	0	0	0	0	\N	\N
2025-02-03	2	480	480	312	0	184	2025-02-03 10:00:00	2025-02-03 18:00:00
2025-02-04	2	480	480	289	0	115	2025-02-04 10:00:00	2025-02-04 18:00:00
2025-02-05	2	480	480	350	0	143	2025-02-05 12:00:00	2025-02-05 20:00:00
2025-02-06	2	480	480	344	0	196	2025-02-06 12:00:00	2025-02-06 20:00:00
2025-02-07	2	480	480	381	0	133	2025-02-07 12:00:00	2025-02-07 20:00:00
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
2025-02-18	2	480	480	286	33	160	2025-02-18 08:00:00	2025-02-18 16:00:00
2025-02-19	2	480	480	322	0	187	2025-02-19 12:00:00	2025-02-19 20:00:00
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
2025-03-07	2	480	480	304	123	216	2025-03-07 08:00:00	2025-03-07 16:00:00
2025-03-08	2	480	480	337	0	125	2025-03-08 09:00:00	2025-03-08 17:00:00
2025-03-09	2	480	480	341	0	137	2025-03-09 10:00:00	2025-03-09 18:00:00
2025-03-10	2	480	480	0	0	0	2025-03-10 12:00:00	2025-03-10 20:00:00
2025-03-11	2	480	480	282	0	149	2025-03-11 08:00:00	2025-03-11 16:00:00
2025-03-12	2	480	480	304	30	161	2025-03-12 12:00:00	2025-03-12 20:00:00
2025-03-13	2	480	480	374	0	172	2025-03-13 12:00:00	2025-03-13 20:00:00
2025-03-14	2	480	480	309	0	134	2025-03-14 12:00:00	2025-03-14 20:00:00
2025-03-15	2	0	0	0	0	0	\N	\N
2025-03-16	2	0	0	0	0	0	\N	\N
2025-03-17	2	480	480	326	42	135	2025-03-17 12:00:00	2025-03-17 20:00:00
2025-03-18	2	480	480	295	0	159	2025-03-18 12:00:00	2025-03-18 20:00:00
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
2025-03-30	2	480	480	349	96	199	2025-03-30 10:00:00	2025-03-30 18:00:00
2025-03-31	2	480	480	327	0	178	2025-03-31 08:00:00	2025-03-31 16:00:00
2025-04-01	2	480	480	385	0	141	2025-04-01 08:00:00	2025-04-01 16:00:00
2025-04-02	2	480	480	351	13	197	2025-04-02 12:00:00	2025-04-02 20:00:00
2025-04-03	2	480	480	390	110	239	2025-04-03 12:00:00	2025-04-03 20:00:00
2025-04-04	2	480	480	374	0	183	2025-04-04 08:00:00	2025-04-04 16:00:00
2025-04-05	2	0	0	0	0	0	\N	\N
2025-04-06	2	0	0	0	0	0	\N	\N
2025-04-07	2	480	480	376	0	147	2025-04-07 10:00:00	2025-04-07 18:00:00
2025-04-08	2	480	480	305	0	163	2025-04-08 10:00:00	2025-04-08 18:00:00
2025-04-09	2	480	480	334	0	145	2025-04-09 12:00:00	2025-04-09 20:00:00
2025-04-10	2	480	480	341	0	138	2025-04-10 12:00:00	2025-04-10 20:00:00
2025-04-11	2	480	480	343	0	124	2025-04-11 10:00:00	2025-04-11 18:00:00
2025-04-12	2	0	0	0	0	0	\N	\N
2025-04-13	2	0	0	0	0	0	\N	\N
2025-04-14	2	480	480	326	36	141	2025-04-14 08:00:00	2025-04-14 16:00:00
2025-04-15	2	0	0	0	0	0	\N	\N
2025-04-16	2	0	0	0	0	0	\N	\N
2025-04-17	2	480	480	323	0	179	2025-04-17 08:00:00	2025-04-17 16:00:00
2025-04-18	2	480	480	377	0	201	2025-04-18 08:00:00	2025-04-18 16:00:00
2025-04-19	2	480	480	328	0	116	2025-04-19 09:00:00	2025-04-19 17:00:00
2025-04-20	2	480	480	349	24	177	2025-04-20 10:00:00	2025-04-20 18:00:00
2025-04-21	2	480	480	350	132	210	2025-04-21 08:00:00	2025-04-21 16:00:00
2025-04-22	2	480	480	350	143	220	2025-04-22 08:00:00	2025-04-22 16:00:00
2025-04-23	2	480	480	346	0	205	2025-04-23 12:00:00	2025-04-23 20:00:00
2025-04-24	2	480	480	341	0	149	2025-04-24 12:00:00	2025-04-24 20:00:00
2025-04-25	2	480	480	317	0	98	2025-04-25 12:00:00	2025-04-25 20:00:00
2025-04-26	2	0	0	0	0	0	\N	\N
2025-04-27	2	0	0	0	0	0	\N	\N
2025-04-28	2	482	480	340	19	194	2025-04-28 10:00:00	2025-04-28 18:00:00
2025-04-29	2	480	480	292	8	175	2025-04-29 10:00:00	2025-04-29 18:00:00
2025-04-30	2	480	480	278	0	166	2025-04-30 12:00:00	2025-04-30 20:00:00
2025-05-01	2	480	480	339	0	107	2025-05-01 12:00:00	2025-05-01 20:00:00
2025-05-02	2	480	480	323	0	172	2025-05-02 10:00:00	2025-05-02 18:00:00
2025-05-03	2	0	0	0	0	0	\N	\N
2025-05-04	2	0	0	0	0	0	\N	\N
2025-05-05	2	480	480	0	0	0	2025-05-05 10:00:00	2025-05-05 18:00:00
2025-05-06	2	0	0	0	0	0	\N	\N
2025-05-07	2	0	0	0	0	0	\N	\N
2025-05-08	2	480	480	338	191	236	2025-05-08 08:00:00	2025-05-08 16:00:00
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
2025-05-19	2	480	480	0	0	0	2025-05-19 10:00:00	2025-05-19 18:00:00
2025-05-20	2	480	480	320	0	151	2025-05-20 10:00:00	2025-05-20 18:00:00
2025-05-21	2	480	480	345	233	271	2025-05-21 12:00:00	2025-05-21 20:00:00
2025-05-22	2	480	480	317	91	201	2025-05-22 12:00:00	2025-05-22 20:00:00
2025-05-23	2	480	480	340	0	167	2025-05-23 10:00:00	2025-05-23 18:00:00
2025-05-24	2	0	0	0	0	0	\N	\N
2025-05-25	2	0	0	0	0	0	\N	\N
2025-05-26	2	480	480	392	0	219	2025-05-26 08:00:00	2025-05-26 16:00:00
2025-05-27	2	0	0	0	0	0	\N	\N
2025-05-28	2	0	0	0	0	0	\N	\N
2025-05-29	2	480	480	321	0	98	2025-05-29 08:00:00	2025-05-29 16:00:00
2025-05-30	2	480	480	370	43	146	2025-05-30 08:00:00	2025-05-30 16:00:00
2025-05-31	2	480	480	314	0	169	2025-05-31 09:00:00	2025-05-31 17:00:00
2025-06-01	2	480	480	341	126	235	2025-06-01 10:00:00	2025-06-01 18:00:00
2025-06-02	2	480	480	335	112	217	2025-06-02 08:00:00	2025-06-02 16:00:00
2025-06-03	2	480	480	0	0	0	2025-06-03 12:00:00	2025-06-03 20:00:00
2025-06-04	2	480	480	382	195	268	2025-06-04 12:00:00	2025-06-04 20:00:00
2025-06-05	2	480	480	332	0	158	2025-06-05 12:00:00	2025-06-05 20:00:00
2025-06-06	2	480	480	345	0	147	2025-06-06 12:00:00	2025-06-06 20:00:00
2025-06-07	2	0	0	0	0	0	\N	\N
2025-06-08	2	0	0	0	0	0	\N	\N
2025-06-09	2	480	480	329	0	157	2025-06-09 10:00:00	2025-06-09 18:00:00
2025-06-10	2	480	480	311	0	101	2025-06-10 10:00:00	2025-06-10 18:00:00
2025-06-11	2	480	480	335	0	144	2025-06-11 12:00:00	2025-06-11 20:00:00
2025-06-12	2	480	480	321	0	98	2025-06-12 12:00:00	2025-06-12 20:00:00
2025-06-13	2	480	480	322	0	126	2025-06-13 10:00:00	2025-06-13 18:00:00
2025-06-14	2	0	0	0	0	0	\N	\N
2025-06-15	2	0	0	0	0	0	\N	\N
2025-06-16	2	480	480	353	40	194	2025-06-16 08:00:00	2025-06-16 16:00:00
2025-06-17	2	0	0	0	0	0	\N	\N
2025-06-18	2	0	0	0	0	0	\N	\N
2025-06-19	2	480	480	329	0	186	2025-06-19 08:00:00	2025-06-19 16:00:00
2025-06-20	2	480	480	319	0	113	2025-06-20 08:00:00	2025-06-20 16:00:00
2025-06-21	2	480	480	288	0	104	2025-06-21 09:00:00	2025-06-21 17:00:00
2025-06-22	2	480	480	318	318	318	2025-06-22 10:00:00	2025-06-22 18:00:00
2025-06-23	2	480	480	328	179	242	2025-06-23 08:00:00	2025-06-23 16:00:00
2025-06-24	2	480	480	313	0	145	2025-06-24 08:00:00	2025-06-24 16:00:00
2025-06-25	2	480	480	312	88	186	2025-06-25 12:00:00	2025-06-25 20:00:00
2025-06-26	2	480	480	365	8	219	2025-06-26 12:00:00	2025-06-26 20:00:00
2025-06-27	2	480	480	355	0	114	2025-06-27 12:00:00	2025-06-27 20:00:00
2025-06-28	2	0	0	0	0	0	\N	\N
2025-06-29	2	0	0	0	0	0	\N	\N
2025-06-30	2	480	480	334	0	134	2025-06-30 10:00:00	2025-06-30 18:00:00
2025-07-01	2	480	480	310	61	201	2025-07-01 10:00:00	2025-07-01 18:00:00
2025-07-02	2	480	480	396	6	151	2025-07-02 12:00:00	2025-07-02 20:00:00
2025-07-03	2	480	480	332	252	292	2025-07-03 12:00:00	2025-07-03 20:00:00
2025-07-04	2	480	480	337	182	274	2025-07-04 10:00:00	2025-07-04 18:00:00
2025-07-05	2	0	0	0	0	0	\N	\N
2025-07-06	2	0	0	0	0	0	\N	\N
2025-07-07	2	480	480	280	190	218	2025-07-07 08:00:00	2025-07-07 16:00:00
2025-07-08	2	0	0	0	0	0	\N	\N
2025-07-09	2	0	0	0	0	0	\N	\N
2025-07-10	2	480	480	315	0	121	2025-07-10 08:00:00	2025-07-10 16:00:00
2025-07-11	2	480	480	321	0	146	2025-07-11 08:00:00	2025-07-11 16:00:00
2025-07-12	2	480	480	296	0	170	2025-07-12 09:00:00	2025-07-12 17:00:00
2025-07-13	2	480	480	386	0	171	2025-07-13 10:00:00	2025-07-13 18:00:00
2025-07-14	2	480	480	334	0	102	2025-07-14 08:00:00	2025-07-14 16:00:00
2025-07-15	2	480	480	310	0	131	2025-07-15 08:00:00	2025-07-15 16:00:00
2025-07-16	2	480	480	292	139	198	2025-07-16 08:00:00	2025-07-16 16:00:00
2025-07-17	2	480	480	338	72	212	2025-07-17 08:00:00	2025-07-17 16:00:00
2025-07-18	2	480	480	363	0	115	2025-07-18 08:00:00	2025-07-18 16:00:00
2025-07-19	2	0	0	0	0	0	\N	\N
2025-07-20	2	0	0	0	0	0	\N	\N
2025-07-21	2	480	480	333	0	155	2025-07-21 10:00:00	2025-07-21 18:00:00
2025-07-22	2	480	480	343	0	134	2025-07-22 10:00:00	2025-07-22 18:00:00
2025-07-23	2	480	480	263	0	107	2025-07-23 12:00:00	2025-07-23 20:00:00
2025-07-24	2	480	480	302	0	147	2025-07-24 12:00:00	2025-07-24 20:00:00
2025-07-25	2	480	480	369	0	116	2025-07-25 10:00:00	2025-07-25 18:00:00
2025-07-26	2	0	0	0	0	0	\N	\N
2025-07-27	2	0	0	0	0	0	\N	\N
2025-07-28	2	480	480	333	170	235	2025-07-28 08:00:00	2025-07-28 16:00:00
2025-07-29	2	0	0	0	0	0	\N	\N
2025-07-30	2	0	0	0	0	0	\N	\N
2025-07-31	2	480	480	342	82	221	2025-07-31 08:00:00	2025-07-31 16:00:00
2025-08-01	2	480	480	337	40	187	2025-08-01 08:00:00	2025-08-01 16:00:00
2025-08-02	2	480	480	281	60	160	2025-08-02 09:00:00	2025-08-02 17:00:00
2025-08-03	2	480	480	317	55	211	2025-08-03 10:00:00	2025-08-03 18:00:00
2025-08-04	2	480	480	351	0	163	2025-08-04 08:00:00	2025-08-04 16:00:00
2025-08-05	2	480	480	341	0	188	2025-08-05 08:00:00	2025-08-05 16:00:00
2025-08-06	2	480	480	348	0	194	2025-08-06 12:00:00	2025-08-06 20:00:00
2025-08-07	2	480	480	397	62	202	2025-08-07 12:00:00	2025-08-07 20:00:00
2025-08-08	2	480	480	335	0	148	2025-08-08 12:00:00	2025-08-08 20:00:00
2025-08-09	2	0	0	0	0	0	\N	\N
2025-08-10	2	0	0	0	0	0	\N	\N
2025-08-11	2	480	480	375	0	190	2025-08-11 10:00:00	2025-08-11 18:00:00
2025-08-12	2	480	480	345	274	296	2025-08-12 10:00:00	2025-08-12 18:00:00
2025-08-13	2	480	480	286	0	132	2025-08-13 12:00:00	2025-08-13 20:00:00
2025-08-14	2	480	480	352	0	105	2025-08-14 12:00:00	2025-08-14 20:00:00
2025-08-15	2	480	480	305	102	203	2025-08-15 10:00:00	2025-08-15 18:00:00
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
2023-09-19	3	480	480	357	180	251	2023-09-19 08:00:00	2023-09-19 16:00:00
2023-09-20	3	0	0	0	0	0	\N	\N
2023-09-21	3	0	0	0	0	0	\N	\N
2023-09-22	3	480	480	289	0	166	2023-09-22 08:00:00	2023-09-22 16:00:00
2023-09-23	3	480	480	307	0	171	2023-09-23 09:00:00	2023-09-23 17:00:00
2023-09-24	3	480	480	348	0	155	2023-09-24 10:00:00	2023-09-24 18:00:00
2023-09-25	3	480	480	0	0	0	2023-09-25 10:00:00	2023-09-25 18:00:00
2023-09-26	3	480	480	320	209	257	2023-09-26 08:00:00	2023-09-26 16:00:00
2023-09-27	3	480	480	313	153	239	2023-09-27 08:00:00	2023-09-27 16:00:00
2023-09-28	3	480	480	308	0	170	2023-09-28 12:00:00	2023-09-28 20:00:00
2023-09-29	3	480	480	387	96	222	2023-09-29 12:00:00	2023-09-29 20:00:00
2023-09-30	3	0	0	0	0	0	\N	\N
2023-10-01	3	0	0	0	0	0	\N	\N
2023-10-02	3	480	480	294	94	190	2023-10-02 12:00:00	2023-10-02 20:00:00
2023-10-03	3	480	480	281	32	146	2023-10-03 12:00:00	2023-10-03 20:00:00
2023-10-04	3	480	480	334	0	115	2023-10-04 10:00:00	2023-10-04 18:00:00
2023-10-05	3	480	480	375	9	120	2023-10-05 10:00:00	2023-10-05 18:00:00
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
2023-10-16	3	480	480	377	90	176	2023-10-16 12:00:00	2023-10-16 20:00:00
2023-10-17	3	480	480	380	101	208	2023-10-17 08:00:00	2023-10-17 16:00:00
2023-10-18	3	480	480	333	0	168	2023-10-18 08:00:00	2023-10-18 16:00:00
2023-10-19	3	480	480	327	0	126	2023-10-19 12:00:00	2023-10-19 20:00:00
2023-10-20	3	480	480	290	220	254	2023-10-20 08:00:00	2023-10-20 16:00:00
2023-10-21	3	0	0	0	0	0	\N	\N
2023-10-22	3	0	0	0	0	0	\N	\N
2023-10-23	3	480	480	299	0	162	2023-10-23 08:00:00	2023-10-23 16:00:00
2023-10-24	3	480	480	318	141	242	2023-10-24 08:00:00	2023-10-24 16:00:00
2023-10-25	3	480	480	314	0	156	2023-10-25 12:00:00	2023-10-25 20:00:00
2023-10-26	3	480	480	361	147	230	2023-10-26 12:00:00	2023-10-26 20:00:00
2023-10-27	3	480	480	386	98	214	2023-10-27 12:00:00	2023-10-27 20:00:00
2023-10-28	3	0	0	0	0	0	\N	\N
2023-10-29	3	0	0	0	0	0	\N	\N
2023-10-30	3	480	480	309	0	167	2023-10-30 08:00:00	2023-10-30 16:00:00
2023-10-31	3	480	480	310	0	176	2023-10-31 08:00:00	2023-10-31 16:00:00
2023-11-01	3	0	0	0	0	0	\N	\N
2023-11-02	3	0	0	0	0	0	\N	\N
2023-11-03	3	480	480	321	96	181	2023-11-03 08:00:00	2023-11-03 16:00:00
2023-11-04	3	480	480	356	0	173	2023-11-04 09:00:00	2023-11-04 17:00:00
2023-11-05	3	480	480	362	0	173	2023-11-05 10:00:00	2023-11-05 18:00:00
2023-11-06	3	480	480	349	29	172	2023-11-06 12:00:00	2023-11-06 20:00:00
2023-11-07	3	480	480	364	0	148	2023-11-07 08:00:00	2023-11-07 16:00:00
2023-11-08	3	480	480	303	0	177	2023-11-08 08:00:00	2023-11-08 16:00:00
2023-11-09	3	480	480	280	0	99	2023-11-09 12:00:00	2023-11-09 20:00:00
2023-11-10	3	480	480	327	0	188	2023-11-10 12:00:00	2023-11-10 20:00:00
2023-11-11	3	0	0	0	0	0	\N	\N
2023-11-12	3	0	0	0	0	0	\N	\N
2023-11-13	3	480	480	359	0	139	2023-11-13 12:00:00	2023-11-13 20:00:00
2023-11-14	3	480	480	356	0	211	2023-11-14 12:00:00	2023-11-14 20:00:00
2023-11-15	3	480	480	348	0	121	2023-11-15 10:00:00	2023-11-15 18:00:00
2023-11-16	3	480	480	277	85	144	2023-11-16 10:00:00	2023-11-16 18:00:00
2023-11-17	3	480	480	342	0	121	2023-11-17 10:00:00	2023-11-17 18:00:00
2023-11-18	3	0	0	0	0	0	\N	\N
2023-11-19	3	0	0	0	0	0	\N	\N
2023-11-20	3	480	480	336	0	148	2023-11-20 08:00:00	2023-11-20 16:00:00
2023-11-21	3	480	480	305	47	152	2023-11-21 08:00:00	2023-11-21 16:00:00
2023-11-22	3	0	0	0	0	0	\N	\N
2023-11-23	3	0	0	0	0	0	\N	\N
2023-11-24	3	480	480	308	19	183	2023-11-24 08:00:00	2023-11-24 16:00:00
2023-11-25	3	480	480	306	0	183	2023-11-25 09:00:00	2023-11-25 17:00:00
2023-11-26	3	480	480	311	27	178	2023-11-26 10:00:00	2023-11-26 18:00:00
2023-11-27	3	480	480	300	0	156	2023-11-27 12:00:00	2023-11-27 20:00:00
2023-11-28	3	480	480	0	0	0	2023-11-28 12:00:00	2023-11-28 20:00:00
2023-11-29	3	480	480	364	0	179	2023-11-29 08:00:00	2023-11-29 16:00:00
2023-11-30	3	480	480	357	0	163	2023-11-30 12:00:00	2023-11-30 20:00:00
2023-12-01	3	480	480	288	0	157	2023-12-01 12:00:00	2023-12-01 20:00:00
2023-12-02	3	0	0	0	0	0	\N	\N
2023-12-03	3	0	0	0	0	0	\N	\N
2023-12-04	3	480	480	319	0	100	2023-12-04 12:00:00	2023-12-04 20:00:00
2023-12-05	3	480	480	371	267	298	2023-12-05 12:00:00	2023-12-05 20:00:00
2023-12-06	3	480	480	333	0	140	2023-12-06 10:00:00	2023-12-06 18:00:00
2023-12-07	3	480	480	339	0	105	2023-12-07 10:00:00	2023-12-07 18:00:00
2023-12-08	3	480	480	0	0	0	2023-12-08 10:00:00	2023-12-08 18:00:00
2023-12-09	3	0	0	0	0	0	\N	\N
2023-12-10	3	0	0	0	0	0	\N	\N
2023-12-11	3	480	480	0	0	0	2023-12-11 10:00:00	2023-12-11 18:00:00
2023-12-12	3	480	480	0	0	0	2023-12-12 10:00:00	2023-12-12 18:00:00
2023-12-13	3	0	0	0	0	0	\N	\N
2023-12-14	3	0	0	0	0	0	\N	\N
2023-12-15	3	480	480	0	0	0	2023-12-15 10:00:00	2023-12-15 18:00:00
2023-12-16	3	480	480	317	0	158	2023-12-16 09:00:00	2023-12-16 17:00:00
2023-12-17	3	480	480	341	0	166	2023-12-17 10:00:00	2023-12-17 18:00:00
2023-12-18	3	480	480	0	0	0	2023-12-18 12:00:00	2023-12-18 20:00:00
2023-12-19	3	480	480	327	29	130	2023-12-19 08:00:00	2023-12-19 16:00:00
2023-12-20	3	480	480	324	155	242	2023-12-20 08:00:00	2023-12-20 16:00:00
2023-12-21	3	480	480	353	0	124	2023-12-21 12:00:00	2023-12-21 20:00:00
2023-12-22	3	480	480	327	61	176	2023-12-22 12:00:00	2023-12-22 20:00:00
2023-12-23	3	0	0	0	0	0	\N	\N
2023-12-24	3	0	0	0	0	0	\N	\N
2023-12-25	3	480	480	313	0	177	2023-12-25 12:00:00	2023-12-25 20:00:00
2023-12-26	3	480	480	351	0	209	2023-12-26 12:00:00	2023-12-26 20:00:00
2023-12-27	3	480	480	333	0	196	2023-12-27 10:00:00	2023-12-27 18:00:00
2023-12-28	3	480	480	375	105	257	2023-12-28 10:00:00	2023-12-28 18:00:00
2023-12-29	3	480	480	314	35	175	2023-12-29 10:00:00	2023-12-29 18:00:00
2023-12-30	3	0	0	0	0	0	\N	\N
2023-12-31	3	0	0	0	0	0	\N	\N
2024-01-01	3	480	480	357	168	250	2024-01-01 08:00:00	2024-01-01 16:00:00
2024-01-02	3	480	480	369	0	163	2024-01-02 08:00:00	2024-01-02 16:00:00
2024-01-03	3	0	0	0	0	0	\N	\N
2024-01-04	3	0	0	0	0	0	\N	\N
2024-01-05	3	481	480	349	214	257	2024-01-05 08:00:00	2024-01-05 16:00:00
2024-01-06	3	480	480	359	66	184	2024-01-06 09:00:00	2024-01-06 17:00:00
2024-01-07	3	480	480	326	0	160	2024-01-07 10:00:00	2024-01-07 18:00:00
2024-01-08	3	480	480	359	86	193	2024-01-08 12:00:00	2024-01-08 20:00:00
2024-01-09	3	480	480	287	0	98	2024-01-09 08:00:00	2024-01-09 16:00:00
2024-01-10	3	480	480	322	82	191	2024-01-10 08:00:00	2024-01-10 16:00:00
2024-01-11	3	480	480	296	114	183	2024-01-11 12:00:00	2024-01-11 20:00:00
2024-01-12	3	480	480	304	0	164	2024-01-12 12:00:00	2024-01-12 20:00:00
2024-01-13	3	0	0	0	0	0	\N	\N
2024-01-14	3	0	0	0	0	0	\N	\N
2024-01-15	3	480	480	346	137	237	2024-01-15 12:00:00	2024-01-15 20:00:00
2024-01-16	3	480	480	331	47	136	2024-01-16 12:00:00	2024-01-16 20:00:00
2024-01-17	3	480	480	347	20	123	2024-01-17 10:00:00	2024-01-17 18:00:00
2024-01-18	3	480	480	326	0	153	2024-01-18 10:00:00	2024-01-18 18:00:00
2024-01-19	3	493	480	310	68	142	2024-01-19 10:00:00	2024-01-19 18:00:00
2024-01-20	3	0	0	0	0	0	\N	\N
2024-01-21	3	0	0	0	0	0	\N	\N
2024-01-22	3	480	480	328	0	187	2024-01-22 08:00:00	2024-01-22 16:00:00
2024-01-23	3	480	480	374	0	144	2024-01-23 08:00:00	2024-01-23 16:00:00
2024-01-24	3	0	0	0	0	0	\N	\N
2024-01-25	3	0	0	0	0	0	\N	\N
2024-01-26	3	480	480	409	0	178	2024-01-26 08:00:00	2024-01-26 16:00:00
2024-01-27	3	480	480	410	47	171	2024-01-27 09:00:00	2024-01-27 17:00:00
2024-01-28	3	480	480	314	161	231	2024-01-28 10:00:00	2024-01-28 18:00:00
2024-01-29	3	480	480	276	0	98	2024-01-29 12:00:00	2024-01-29 20:00:00
2024-01-30	3	480	480	0	0	0	2024-01-30 12:00:00	2024-01-30 20:00:00
2024-01-31	3	480	480	0	0	0	2024-01-31 12:00:00	2024-01-31 20:00:00
2024-02-01	3	480	480	0	0	0	2024-02-01 10:00:00	2024-02-01 18:00:00
2024-02-02	3	480	480	304	0	171	2024-02-02 12:00:00	2024-02-02 20:00:00
2024-02-03	3	0	0	0	0	0	\N	\N
2024-02-04	3	0	0	0	0	0	\N	\N
2024-02-05	3	480	480	301	135	209	2024-02-05 12:00:00	2024-02-05 20:00:00
2024-02-06	3	480	480	380	39	189	2024-02-06 12:00:00	2024-02-06 20:00:00
2024-02-07	3	480	480	338	0	127	2024-02-07 10:00:00	2024-02-07 18:00:00
2024-02-08	3	480	480	352	0	133	2024-02-08 10:00:00	2024-02-08 18:00:00
2024-02-09	3	480	480	297	0	107	2024-02-09 10:00:00	2024-02-09 18:00:00
2024-02-10	3	0	0	0	0	0	\N	\N
2024-02-11	3	0	0	0	0	0	\N	\N
2024-02-12	3	480	480	329	253	280	2024-02-12 08:00:00	2024-02-12 16:00:00
2024-02-13	3	480	480	312	0	156	2024-02-13 08:00:00	2024-02-13 16:00:00
2024-02-14	3	0	0	0	0	0	\N	\N
2024-02-15	3	0	0	0	0	0	\N	\N
2024-02-16	3	480	480	295	0	109	2024-02-16 08:00:00	2024-02-16 16:00:00
2024-02-17	3	480	480	332	0	188	2024-02-17 09:00:00	2024-02-17 17:00:00
2024-02-18	3	480	480	339	0	200	2024-02-18 10:00:00	2024-02-18 18:00:00
2024-02-19	3	480	480	338	0	177	2024-02-19 12:00:00	2024-02-19 20:00:00
2024-02-20	3	480	480	310	93	217	2024-02-20 08:00:00	2024-02-20 16:00:00
2024-02-21	3	480	480	314	133	212	2024-02-21 08:00:00	2024-02-21 16:00:00
2024-02-22	3	480	480	343	0	112	2024-02-22 12:00:00	2024-02-22 20:00:00
2024-02-23	3	480	480	330	38	176	2024-02-23 12:00:00	2024-02-23 20:00:00
2024-02-24	3	0	0	0	0	0	\N	\N
2024-02-25	3	0	0	0	0	0	\N	\N
2024-02-26	3	480	480	327	13	196	2024-02-26 12:00:00	2024-02-26 20:00:00
2024-02-27	3	480	480	350	0	191	2024-02-27 12:00:00	2024-02-27 20:00:00
2024-02-28	3	480	480	328	0	115	2024-02-28 10:00:00	2024-02-28 18:00:00
2024-02-29	3	480	480	362	0	214	2024-02-29 10:00:00	2024-02-29 18:00:00
2024-03-01	3	480	480	342	0	203	2024-03-01 10:00:00	2024-03-01 18:00:00
2024-03-02	3	0	0	0	0	0	\N	\N
2024-03-03	3	0	0	0	0	0	\N	\N
2024-03-04	3	480	480	338	0	183	2024-03-04 08:00:00	2024-03-04 16:00:00
2024-03-05	3	480	480	337	0	120	2024-03-05 08:00:00	2024-03-05 16:00:00
2024-03-06	3	0	0	0	0	0	\N	\N
2024-03-07	3	0	0	0	0	0	\N	\N
2024-03-08	3	480	480	400	0	180	2024-03-08 08:00:00	2024-03-08 16:00:00
2024-03-09	3	480	480	305	0	165	2024-03-09 09:00:00	2024-03-09 17:00:00
2024-03-10	3	480	480	289	0	166	2024-03-10 10:00:00	2024-03-10 18:00:00
2024-03-11	3	480	480	343	0	149	2024-03-11 12:00:00	2024-03-11 20:00:00
2024-03-12	3	480	480	407	0	228	2024-03-12 08:00:00	2024-03-12 16:00:00
2024-03-13	3	480	480	343	0	136	2024-03-13 08:00:00	2024-03-13 16:00:00
2024-03-14	3	480	480	350	54	163	2024-03-14 12:00:00	2024-03-14 20:00:00
2024-03-15	3	480	480	368	16	217	2024-03-15 12:00:00	2024-03-15 20:00:00
2024-03-16	3	0	0	0	0	0	\N	\N
2024-03-17	3	0	0	0	0	0	\N	\N
2024-03-18	3	480	480	336	0	164	2024-03-18 12:00:00	2024-03-18 20:00:00
2024-03-19	3	480	480	337	6	194	2024-03-19 12:00:00	2024-03-19 20:00:00
2024-03-20	3	480	480	360	0	188	2024-03-20 10:00:00	2024-03-20 18:00:00
2024-03-21	3	480	480	351	13	157	2024-03-21 10:00:00	2024-03-21 18:00:00
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
2024-04-01	3	480	480	287	285	286	2024-04-01 12:00:00	2024-04-01 20:00:00
2024-04-02	3	480	480	276	0	155	2024-04-02 08:00:00	2024-04-02 16:00:00
2024-04-03	3	480	480	306	0	156	2024-04-03 08:00:00	2024-04-03 16:00:00
2024-04-04	3	480	480	393	0	121	2024-04-04 12:00:00	2024-04-04 20:00:00
2024-04-05	3	480	480	352	26	206	2024-04-05 12:00:00	2024-04-05 20:00:00
2024-04-06	3	0	0	0	0	0	\N	\N
2024-04-07	3	0	0	0	0	0	\N	\N
2024-04-08	3	480	480	308	0	134	2024-04-08 12:00:00	2024-04-08 20:00:00
2024-04-09	3	480	480	352	0	180	2024-04-09 12:00:00	2024-04-09 20:00:00
2024-04-10	3	480	480	334	0	186	2024-04-10 10:00:00	2024-04-10 18:00:00
2024-04-11	3	480	480	346	61	220	2024-04-11 10:00:00	2024-04-11 18:00:00
2024-04-12	3	480	480	331	0	170	2024-04-12 10:00:00	2024-04-12 18:00:00
2024-04-13	3	0	0	0	0	0	\N	\N
2024-04-14	3	0	0	0	0	0	\N	\N
2024-04-15	3	480	480	305	158	238	2024-04-15 08:00:00	2024-04-15 16:00:00
2024-04-16	3	480	480	335	326	329	2024-04-16 08:00:00	2024-04-16 16:00:00
2024-04-17	3	0	0	0	0	0	\N	\N
2024-04-18	3	0	0	0	0	0	\N	\N
2024-04-19	3	480	480	370	0	166	2024-04-19 08:00:00	2024-04-19 16:00:00
2024-04-20	3	480	480	365	0	159	2024-04-20 09:00:00	2024-04-20 17:00:00
2024-04-21	3	480	480	359	0	138	2024-04-21 10:00:00	2024-04-21 18:00:00
2024-04-22	3	480	480	358	18	150	2024-04-22 12:00:00	2024-04-22 20:00:00
2024-04-23	3	480	480	338	18	190	2024-04-23 08:00:00	2024-04-23 16:00:00
2024-04-24	3	480	480	340	340	340	2024-04-24 08:00:00	2024-04-24 16:00:00
2024-04-25	3	480	480	354	29	217	2024-04-25 12:00:00	2024-04-25 20:00:00
2024-04-26	3	480	480	389	0	173	2024-04-26 12:00:00	2024-04-26 20:00:00
2024-04-27	3	0	0	0	0	0	\N	\N
2024-04-28	3	0	0	0	0	0	\N	\N
2024-04-29	3	480	480	360	10	200	2024-04-29 12:00:00	2024-04-29 20:00:00
2024-04-30	3	480	480	0	0	0	2024-04-30 12:00:00	2024-04-30 20:00:00
2024-05-01	3	480	480	0	0	0	2024-05-01 10:00:00	2024-05-01 18:00:00
2024-05-02	3	480	480	312	0	173	2024-05-02 10:00:00	2024-05-02 18:00:00
2024-05-03	3	480	480	376	0	186	2024-05-03 10:00:00	2024-05-03 18:00:00
2024-05-04	3	0	0	0	0	0	\N	\N
2024-05-05	3	0	0	0	0	0	\N	\N
2024-05-06	3	480	480	306	85	209	2024-05-06 08:00:00	2024-05-06 16:00:00
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
2024-05-21	3	480	480	0	0	0	2024-05-21 12:00:00	2024-05-21 20:00:00
2024-05-22	3	480	480	0	0	0	2024-05-22 10:00:00	2024-05-22 18:00:00
2024-05-23	3	480	480	0	0	0	2024-05-23 10:00:00	2024-05-23 18:00:00
2024-05-24	3	480	480	0	0	0	2024-05-24 10:00:00	2024-05-24 18:00:00
2024-05-25	3	0	0	0	0	0	\N	\N
2024-05-26	3	0	0	0	0	0	\N	\N
2024-05-27	3	480	480	301	109	177	2024-05-27 08:00:00	2024-05-27 16:00:00
2024-05-28	3	480	480	368	42	169	2024-05-28 08:00:00	2024-05-28 16:00:00
2024-05-29	3	0	0	0	0	0	\N	\N
2024-05-30	3	0	0	0	0	0	\N	\N
2024-05-31	3	480	480	322	0	170	2024-05-31 08:00:00	2024-05-31 16:00:00
2024-06-01	3	480	480	383	238	314	2024-06-01 09:00:00	2024-06-01 17:00:00
2024-06-02	3	480	480	319	75	165	2024-06-02 10:00:00	2024-06-02 18:00:00
2024-06-03	3	480	480	362	0	170	2024-06-03 12:00:00	2024-06-03 20:00:00
2024-06-04	3	480	480	290	0	122	2024-06-04 08:00:00	2024-06-04 16:00:00
2024-06-05	3	480	480	373	95	216	2024-06-05 08:00:00	2024-06-05 16:00:00
2024-06-06	3	480	480	313	109	217	2024-06-06 12:00:00	2024-06-06 20:00:00
2024-06-07	3	480	480	311	15	136	2024-06-07 12:00:00	2024-06-07 20:00:00
2024-06-08	3	0	0	0	0	0	\N	\N
2024-06-09	3	0	0	0	0	0	\N	\N
2024-06-10	3	480	480	355	6	130	2024-06-10 12:00:00	2024-06-10 20:00:00
2024-06-11	3	480	480	350	4	146	2024-06-11 12:00:00	2024-06-11 20:00:00
2024-06-12	3	480	480	364	63	228	2024-06-12 10:00:00	2024-06-12 18:00:00
2024-06-13	3	480	480	344	0	190	2024-06-13 10:00:00	2024-06-13 18:00:00
2024-06-14	3	480	480	353	0	181	2024-06-14 10:00:00	2024-06-14 18:00:00
2024-06-15	3	0	0	0	0	0	\N	\N
2024-06-16	3	0	0	0	0	0	\N	\N
2024-06-17	3	480	480	318	272	290	2024-06-17 08:00:00	2024-06-17 16:00:00
2024-06-18	3	480	480	0	0	0	2024-06-18 12:00:00	2024-06-18 20:00:00
2024-06-19	3	0	0	0	0	0	\N	\N
2024-06-20	3	0	0	0	0	0	\N	\N
2024-06-21	3	480	480	375	117	221	2024-06-21 08:00:00	2024-06-21 16:00:00
2024-06-22	3	480	480	307	307	307	2024-06-22 09:00:00	2024-06-22 17:00:00
2024-06-23	3	480	480	360	59	187	2024-06-23 10:00:00	2024-06-23 18:00:00
2024-06-24	3	480	480	339	0	136	2024-06-24 12:00:00	2024-06-24 20:00:00
2024-06-25	3	480	480	283	0	134	2024-06-25 08:00:00	2024-06-25 16:00:00
2024-06-26	3	480	480	344	0	108	2024-06-26 08:00:00	2024-06-26 16:00:00
2024-06-27	3	480	480	329	0	109	2024-06-27 12:00:00	2024-06-27 20:00:00
2024-06-28	3	480	480	294	0	113	2024-06-28 12:00:00	2024-06-28 20:00:00
2024-06-29	3	0	0	0	0	0	\N	\N
2024-06-30	3	0	0	0	0	0	\N	\N
2024-07-01	3	480	480	312	0	131	2024-07-01 12:00:00	2024-07-01 20:00:00
2024-07-02	3	480	480	352	51	156	2024-07-02 12:00:00	2024-07-02 20:00:00
2024-07-03	3	480	480	313	25	127	2024-07-03 10:00:00	2024-07-03 18:00:00
2024-07-04	3	480	480	327	0	191	2024-07-04 10:00:00	2024-07-04 18:00:00
2024-07-05	3	480	480	335	0	154	2024-07-05 10:00:00	2024-07-05 18:00:00
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
2024-07-22	3	480	480	0	0	0	2024-07-22 12:00:00	2024-07-22 20:00:00
2024-07-23	3	480	480	0	0	0	2024-07-23 12:00:00	2024-07-23 20:00:00
2024-07-24	3	480	480	0	0	0	2024-07-24 10:00:00	2024-07-24 18:00:00
2024-07-25	3	480	480	0	0	0	2024-07-25 10:00:00	2024-07-25 18:00:00
2024-07-26	3	480	480	292	0	172	2024-07-26 10:00:00	2024-07-26 18:00:00
2024-07-27	3	0	0	0	0	0	\N	\N
2024-07-28	3	0	0	0	0	0	\N	\N
2024-07-29	3	480	480	297	41	124	2024-07-29 08:00:00	2024-07-29 16:00:00
2024-07-30	3	480	480	324	212	268	2024-07-30 08:00:00	2024-07-30 16:00:00
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
2024-08-13	3	480	480	336	76	206	2024-08-13 12:00:00	2024-08-13 20:00:00
2024-08-14	3	480	480	362	0	157	2024-08-14 10:00:00	2024-08-14 18:00:00
2024-08-15	3	480	480	356	0	157	2024-08-15 12:00:00	2024-08-15 20:00:00
2024-08-16	3	480	480	336	0	179	2024-08-16 10:00:00	2024-08-16 18:00:00
2024-08-17	3	0	0	0	0	0	\N	\N
2024-08-18	3	0	0	0	0	0	\N	\N
2024-08-19	3	480	480	323	0	105	2024-08-19 08:00:00	2024-08-19 16:00:00
2024-08-20	3	480	480	367	277	307	2024-08-20 08:00:00	2024-08-20 16:00:00
2024-08-21	3	0	0	0	0	0	\N	\N
2024-08-22	3	0	0	0	0	0	\N	\N
2024-08-23	3	480	480	303	158	223	2024-08-23 08:00:00	2024-08-23 16:00:00
2024-08-24	3	480	480	311	0	99	2024-08-24 09:00:00	2024-08-24 17:00:00
2024-08-25	3	480	480	315	137	207	2024-08-25 10:00:00	2024-08-25 18:00:00
2024-08-26	3	480	480	367	6	204	2024-08-26 12:00:00	2024-08-26 20:00:00
2024-08-27	3	480	480	347	0	161	2024-08-27 08:00:00	2024-08-27 16:00:00
2024-08-28	3	480	480	326	0	180	2024-08-28 08:00:00	2024-08-28 16:00:00
2024-08-29	3	480	480	0	0	0	2024-08-29 10:00:00	2024-08-29 18:00:00
2024-08-30	3	480	480	0	0	0	2024-08-30 10:00:00	2024-08-30 18:00:00
2024-08-31	3	0	0	0	0	0	\N	\N
2024-09-01	3	0	0	0	0	0	\N	\N
2024-09-02	3	480	480	0	0	0	2024-09-02 12:00:00	2024-09-02 20:00:00
2024-09-03	3	480	480	0	0	0	2024-09-03 12:00:00	2024-09-03 20:00:00
2024-09-04	3	480	480	0	0	0	2024-09-04 10:00:00	2024-09-04 18:00:00
2024-09-05	3	480	480	320	0	191	2024-09-05 10:00:00	2024-09-05 18:00:00
2024-09-06	3	480	480	317	0	171	2024-09-06 10:00:00	2024-09-06 18:00:00
2024-09-07	3	0	0	0	0	0	\N	\N
2024-09-08	3	0	0	0	0	0	\N	\N
2024-09-09	3	480	480	277	60	156	2024-09-09 08:00:00	2024-09-09 16:00:00
2024-09-10	3	480	480	362	0	108	2024-09-10 08:00:00	2024-09-10 16:00:00
2024-09-11	3	0	0	0	0	0	\N	\N
2024-09-12	3	0	0	0	0	0	\N	\N
2024-09-13	3	480	480	358	224	303	2024-09-13 08:00:00	2024-09-13 16:00:00
2024-09-14	3	480	480	397	0	136	2024-09-14 09:00:00	2024-09-14 17:00:00
2024-09-15	3	480	480	340	0	175	2024-09-15 10:00:00	2024-09-15 18:00:00
2024-09-16	3	480	480	291	0	143	2024-09-16 12:00:00	2024-09-16 20:00:00
2024-09-17	3	480	480	311	142	241	2024-09-17 08:00:00	2024-09-17 16:00:00
2024-09-18	3	480	480	340	73	171	2024-09-18 08:00:00	2024-09-18 16:00:00
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
2024-10-07	3	480	480	269	0	115	2024-10-07 08:00:00	2024-10-07 16:00:00
2024-10-08	3	480	480	343	39	189	2024-10-08 08:00:00	2024-10-08 16:00:00
2024-10-09	3	480	480	385	0	213	2024-10-09 08:00:00	2024-10-09 16:00:00
2024-10-10	3	480	480	364	12	148	2024-10-10 08:00:00	2024-10-10 16:00:00
2024-10-11	3	480	480	324	0	150	2024-10-11 08:00:00	2024-10-11 16:00:00
2024-10-12	3	0	0	0	0	0	\N	\N
2024-10-13	3	0	0	0	0	0	\N	\N
2024-10-14	3	480	480	338	0	182	2024-10-14 12:00:00	2024-10-14 20:00:00
2024-10-15	3	480	480	299	45	173	2024-10-15 12:00:00	2024-10-15 20:00:00
2024-10-16	3	480	480	355	0	142	2024-10-16 10:00:00	2024-10-16 18:00:00
2024-10-17	3	480	480	411	0	135	2024-10-17 10:00:00	2024-10-17 18:00:00
2024-10-18	3	480	480	337	127	236	2024-10-18 10:00:00	2024-10-18 18:00:00
2024-10-19	3	0	0	0	0	0	\N	\N
2024-10-20	3	0	0	0	0	0	\N	\N
2024-10-21	3	480	480	338	0	144	2024-10-21 08:00:00	2024-10-21 16:00:00
2024-10-22	3	480	480	310	0	182	2024-10-22 08:00:00	2024-10-22 16:00:00
2024-10-23	3	0	0	0	0	0	\N	\N
2024-10-24	3	0	0	0	0	0	\N	\N
2024-10-25	3	480	480	374	37	226	2024-10-25 08:00:00	2024-10-25 16:00:00
2024-10-26	3	480	480	361	0	181	2024-10-26 09:00:00	2024-10-26 17:00:00
2024-10-27	3	480	480	289	0	134	2024-10-27 10:00:00	2024-10-27 18:00:00
2024-10-28	3	480	480	300	0	124	2024-10-28 12:00:00	2024-10-28 20:00:00
2024-10-29	3	480	480	365	0	115	2024-10-29 08:00:00	2024-10-29 16:00:00
2024-10-30	3	480	480	342	0	166	2024-10-30 08:00:00	2024-10-30 16:00:00
2024-10-31	3	480	480	349	285	320	2024-10-31 12:00:00	2024-10-31 20:00:00
2024-11-01	3	480	480	331	0	185	2024-11-01 12:00:00	2024-11-01 20:00:00
2024-11-02	3	0	0	0	0	0	\N	\N
2024-11-03	3	0	0	0	0	0	\N	\N
2024-11-04	3	480	480	366	0	204	2024-11-04 12:00:00	2024-11-04 20:00:00
2024-11-05	3	480	480	350	0	202	2024-11-05 12:00:00	2024-11-05 20:00:00
2024-11-06	3	480	480	382	0	183	2024-11-06 12:00:00	2024-11-06 20:00:00
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
2024-11-29	3	480	480	308	0	97	2024-11-29 10:00:00	2024-11-29 18:00:00
2024-11-30	3	0	0	0	0	0	\N	\N
2024-12-01	3	0	0	0	0	0	\N	\N
2024-12-02	3	480	480	328	81	204	2024-12-02 08:00:00	2024-12-02 16:00:00
2024-12-03	3	480	480	344	0	192	2024-12-03 08:00:00	2024-12-03 16:00:00
2024-12-04	3	0	0	0	0	0	\N	\N
2024-12-05	3	0	0	0	0	0	\N	\N
2024-12-06	3	480	480	314	40	196	2024-12-06 08:00:00	2024-12-06 16:00:00
2024-12-07	3	480	480	312	0	129	2024-12-07 09:00:00	2024-12-07 17:00:00
2024-12-08	3	480	480	358	0	115	2024-12-08 10:00:00	2024-12-08 18:00:00
2024-12-09	3	480	480	258	0	118	2024-12-09 12:00:00	2024-12-09 20:00:00
2024-12-10	3	480	480	368	0	198	2024-12-10 08:00:00	2024-12-10 16:00:00
2024-12-11	3	480	480	367	0	170	2024-12-11 08:00:00	2024-12-11 16:00:00
2024-12-12	3	480	480	318	0	126	2024-12-12 12:00:00	2024-12-12 20:00:00
2024-12-13	3	480	480	338	0	196	2024-12-13 12:00:00	2024-12-13 20:00:00
2024-12-14	3	0	0	0	0	0	\N	\N
2024-12-15	3	0	0	0	0	0	\N	\N
2024-12-16	3	480	480	348	133	247	2024-12-16 12:00:00	2024-12-16 20:00:00
2024-12-17	3	480	480	331	83	212	2024-12-17 12:00:00	2024-12-17 20:00:00
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
2024-12-31	3	480	480	377	0	139	2024-12-31 08:00:00	2024-12-31 16:00:00
2025-01-01	3	480	480	310	0	150	2025-01-01 08:00:00	2025-01-01 16:00:00
2025-01-02	3	480	480	343	0	169	2025-01-02 12:00:00	2025-01-02 20:00:00
2025-01-03	3	480	480	332	0	156	2025-01-03 12:00:00	2025-01-03 20:00:00
2025-01-04	3	0	0	0	0	0	\N	\N
2025-01-05	3	0	0	0	0	0	\N	\N
2025-01-06	3	480	480	326	0	106	2025-01-06 12:00:00	2025-01-06 20:00:00
2025-01-07	3	480	480	344	0	158	2025-01-07 12:00:00	2025-01-07 20:00:00
2025-01-08	3	480	480	355	0	112	2025-01-08 10:00:00	2025-01-08 18:00:00
2025-01-09	3	480	480	308	28	141	2025-01-09 10:00:00	2025-01-09 18:00:00
2025-01-10	3	480	480	360	150	270	2025-01-10 10:00:00	2025-01-10 18:00:00
2025-01-11	3	0	0	0	0	0	\N	\N
2025-01-12	3	0	0	0	0	0	\N	\N
2025-01-13	3	480	480	325	0	118	2025-01-13 08:00:00	2025-01-13 16:00:00
2025-01-14	3	480	480	360	206	280	2025-01-14 08:00:00	2025-01-14 16:00:00
2025-01-15	3	0	0	0	0	0	\N	\N
2025-01-16	3	0	0	0	0	0	\N	\N
2025-01-17	3	480	480	349	139	217	2025-01-17 08:00:00	2025-01-17 16:00:00
2025-01-18	3	480	480	317	0	103	2025-01-18 09:00:00	2025-01-18 17:00:00
2025-01-19	3	480	480	304	0	98	2025-01-19 10:00:00	2025-01-19 18:00:00
2025-01-20	3	480	480	308	14	167	2025-01-20 12:00:00	2025-01-20 20:00:00
2025-01-21	3	480	480	315	66	183	2025-01-21 08:00:00	2025-01-21 16:00:00
2025-01-22	3	480	480	349	89	190	2025-01-22 08:00:00	2025-01-22 16:00:00
2025-01-23	3	480	480	371	0	217	2025-01-23 12:00:00	2025-01-23 20:00:00
2025-01-24	3	480	480	371	200	256	2025-01-24 12:00:00	2025-01-24 20:00:00
2025-01-25	3	0	0	0	0	0	\N	\N
2025-01-26	3	0	0	0	0	0	\N	\N
2025-01-27	3	480	480	339	293	311	2025-01-27 12:00:00	2025-01-27 20:00:00
2025-01-28	3	480	480	300	0	95	2025-01-28 12:00:00	2025-01-28 20:00:00
2025-01-29	3	480	480	344	154	258	2025-01-29 10:00:00	2025-01-29 18:00:00
2025-01-30	3	480	480	375	73	181	2025-01-30 10:00:00	2025-01-30 18:00:00
2025-01-31	3	480	480	349	0	180	2025-01-31 10:00:00	2025-01-31 18:00:00
2025-02-01	3	0	0	0	0	0	\N	\N
2025-02-02	3	0	0	0	0	0	\N	\N
2025-02-03	3	480	480	356	0	212	2025-02-03 08:00:00	2025-02-03 16:00:00
2025-02-04	3	480	480	322	101	207	2025-02-04 08:00:00	2025-02-04 16:00:00
2025-02-05	3	0	0	0	0	0	\N	\N
2025-02-06	3	0	0	0	0	0	\N	\N
2025-02-07	3	480	480	0	0	0	2025-02-07 10:00:00	2025-02-07 18:00:00
2025-02-08	3	480	480	307	51	185	2025-02-08 09:00:00	2025-02-08 17:00:00
2025-02-09	3	480	480	356	0	183	2025-02-09 10:00:00	2025-02-09 18:00:00
2025-02-10	3	480	480	367	0	112	2025-02-10 12:00:00	2025-02-10 20:00:00
2025-02-11	3	480	480	315	180	242	2025-02-11 08:00:00	2025-02-11 16:00:00
2025-02-12	3	480	480	332	0	137	2025-02-12 08:00:00	2025-02-12 16:00:00
2025-02-13	3	480	480	325	0	143	2025-02-13 12:00:00	2025-02-13 20:00:00
2025-02-14	3	480	480	386	0	129	2025-02-14 12:00:00	2025-02-14 20:00:00
2025-02-15	3	0	0	0	0	0	\N	\N
2025-02-16	3	0	0	0	0	0	\N	\N
2025-02-17	3	480	480	335	0	166	2025-02-17 12:00:00	2025-02-17 20:00:00
2025-02-18	3	480	480	327	0	183	2025-02-18 12:00:00	2025-02-18 20:00:00
2025-02-19	3	480	480	323	98	229	2025-02-19 10:00:00	2025-02-19 18:00:00
2025-02-20	3	480	480	367	0	145	2025-02-20 10:00:00	2025-02-20 18:00:00
2025-02-21	3	480	480	326	0	140	2025-02-21 10:00:00	2025-02-21 18:00:00
2025-02-22	3	0	0	0	0	0	\N	\N
2025-02-23	3	0	0	0	0	0	\N	\N
2025-02-24	3	480	480	359	134	224	2025-02-24 08:00:00	2025-02-24 16:00:00
2025-02-25	3	480	480	354	129	243	2025-02-25 08:00:00	2025-02-25 16:00:00
2025-02-26	3	0	0	0	0	0	\N	\N
2025-02-27	3	0	0	0	0	0	\N	\N
2025-02-28	3	480	480	265	0	158	2025-02-28 08:00:00	2025-02-28 16:00:00
2025-03-01	3	480	480	365	0	190	2025-03-01 09:00:00	2025-03-01 17:00:00
2025-03-02	3	480	480	327	0	120	2025-03-02 10:00:00	2025-03-02 18:00:00
2025-03-03	3	480	480	345	345	345	2025-03-03 12:00:00	2025-03-03 20:00:00
2025-03-04	3	480	480	298	43	131	2025-03-04 08:00:00	2025-03-04 16:00:00
2025-03-05	3	480	480	320	0	130	2025-03-05 08:00:00	2025-03-05 16:00:00
2025-03-06	3	480	480	325	0	99	2025-03-06 12:00:00	2025-03-06 20:00:00
2025-03-07	3	480	480	327	69	203	2025-03-07 12:00:00	2025-03-07 20:00:00
2025-03-08	3	0	0	0	0	0	\N	\N
2025-03-09	3	0	0	0	0	0	\N	\N
2025-03-10	3	480	480	343	0	116	2025-03-10 08:00:00	2025-03-10 16:00:00
2025-03-11	3	480	480	332	0	162	2025-03-11 12:00:00	2025-03-11 20:00:00
2025-03-12	3	480	480	328	0	149	2025-03-12 10:00:00	2025-03-12 18:00:00
2025-03-13	3	480	480	0	0	0	2025-03-13 10:00:00	2025-03-13 18:00:00
2025-03-14	3	480	480	0	0	0	2025-03-14 10:00:00	2025-03-14 18:00:00
2025-03-15	3	0	0	0	0	0	\N	\N
2025-03-16	3	0	0	0	0	0	\N	\N
2025-03-17	3	480	480	0	0	0	2025-03-17 10:00:00	2025-03-17 18:00:00
2025-03-18	3	480	480	0	0	0	2025-03-18 10:00:00	2025-03-18 18:00:00
2025-03-19	3	0	0	0	0	0	\N	\N
2025-03-20	3	0	0	0	0	0	\N	\N
2025-03-21	3	480	480	348	0	148	2025-03-21 08:00:00	2025-03-21 16:00:00
2025-03-22	3	480	480	308	0	106	2025-03-22 09:00:00	2025-03-22 17:00:00
2025-03-23	3	480	480	304	144	208	2025-03-23 10:00:00	2025-03-23 18:00:00
2025-03-24	3	480	480	333	0	117	2025-03-24 12:00:00	2025-03-24 20:00:00
2025-03-25	3	480	480	331	0	152	2025-03-25 08:00:00	2025-03-25 16:00:00
2025-03-26	3	480	480	321	0	156	2025-03-26 08:00:00	2025-03-26 16:00:00
2025-03-27	3	480	480	323	0	104	2025-03-27 12:00:00	2025-03-27 20:00:00
2025-03-28	3	480	480	294	9	165	2025-03-28 12:00:00	2025-03-28 20:00:00
2025-03-29	3	0	0	0	0	0	\N	\N
2025-03-30	3	0	0	0	0	0	\N	\N
2025-03-31	3	480	480	348	0	164	2025-03-31 12:00:00	2025-03-31 20:00:00
2025-04-01	3	480	480	329	0	162	2025-04-01 12:00:00	2025-04-01 20:00:00
2025-04-02	3	480	480	338	119	247	2025-04-02 10:00:00	2025-04-02 18:00:00
2025-04-03	3	480	480	389	0	183	2025-04-03 10:00:00	2025-04-03 18:00:00
2025-04-04	3	480	480	308	0	170	2025-04-04 12:00:00	2025-04-04 20:00:00
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
2025-04-16	3	480	480	345	82	166	2025-04-16 08:00:00	2025-04-16 16:00:00
2025-04-17	3	480	480	346	0	182	2025-04-17 12:00:00	2025-04-17 20:00:00
2025-04-18	3	480	480	343	0	167	2025-04-18 12:00:00	2025-04-18 20:00:00
2025-04-19	3	0	0	0	0	0	\N	\N
2025-04-20	3	0	0	0	0	0	\N	\N
2025-04-21	3	480	480	358	22	156	2025-04-21 12:00:00	2025-04-21 20:00:00
2025-04-22	3	480	480	321	145	207	2025-04-22 12:00:00	2025-04-22 20:00:00
2025-04-23	3	480	480	392	0	223	2025-04-23 10:00:00	2025-04-23 18:00:00
2025-04-24	3	480	480	325	19	171	2025-04-24 10:00:00	2025-04-24 18:00:00
2025-04-25	3	480	480	382	82	220	2025-04-25 10:00:00	2025-04-25 18:00:00
2025-04-26	3	0	0	0	0	0	\N	\N
2025-04-27	3	0	0	0	0	0	\N	\N
2025-04-28	3	480	480	307	57	166	2025-04-28 08:00:00	2025-04-28 16:00:00
2025-04-29	3	480	480	352	187	251	2025-04-29 08:00:00	2025-04-29 16:00:00
2025-04-30	3	0	0	0	0	0	\N	\N
2025-05-01	3	0	0	0	0	0	\N	\N
2025-05-02	3	480	480	386	0	178	2025-05-02 08:00:00	2025-05-02 16:00:00
2025-05-03	3	480	480	367	0	126	2025-05-03 09:00:00	2025-05-03 17:00:00
2025-05-04	3	480	480	312	0	127	2025-05-04 10:00:00	2025-05-04 18:00:00
2025-05-05	3	480	480	344	0	171	2025-05-05 08:00:00	2025-05-05 16:00:00
2025-05-06	3	480	480	327	44	151	2025-05-06 08:00:00	2025-05-06 16:00:00
2025-05-07	3	480	480	320	0	145	2025-05-07 08:00:00	2025-05-07 16:00:00
2025-05-08	3	480	480	332	0	165	2025-05-08 12:00:00	2025-05-08 20:00:00
2025-05-09	3	480	480	368	120	212	2025-05-09 12:00:00	2025-05-09 20:00:00
2025-05-10	3	0	0	0	0	0	\N	\N
2025-05-11	3	0	0	0	0	0	\N	\N
2025-05-12	3	480	480	337	0	158	2025-05-12 12:00:00	2025-05-12 20:00:00
2025-05-13	3	480	480	363	0	174	2025-05-13 12:00:00	2025-05-13 20:00:00
2025-05-14	3	480	480	340	0	110	2025-05-14 10:00:00	2025-05-14 18:00:00
2025-05-15	3	480	480	375	0	211	2025-05-15 10:00:00	2025-05-15 18:00:00
2025-05-16	3	480	480	316	0	130	2025-05-16 10:00:00	2025-05-16 18:00:00
2025-05-17	3	0	0	0	0	0	\N	\N
2025-05-18	3	0	0	0	0	0	\N	\N
2025-05-19	3	480	480	359	82	224	2025-05-19 08:00:00	2025-05-19 16:00:00
2025-05-20	3	480	480	316	0	108	2025-05-20 08:00:00	2025-05-20 16:00:00
2025-05-21	3	0	0	0	0	0	\N	\N
2025-05-22	3	0	0	0	0	0	\N	\N
2025-05-23	3	480	480	287	147	215	2025-05-23 08:00:00	2025-05-23 16:00:00
2025-05-24	3	480	480	358	0	164	2025-05-24 09:00:00	2025-05-24 17:00:00
2025-05-25	3	480	480	280	52	159	2025-05-25 10:00:00	2025-05-25 18:00:00
2025-05-26	3	480	480	0	0	0	2025-05-26 10:00:00	2025-05-26 18:00:00
2025-05-27	3	480	480	0	0	0	2025-05-27 12:00:00	2025-05-27 20:00:00
2025-05-28	3	480	480	376	0	129	2025-05-28 08:00:00	2025-05-28 16:00:00
2025-05-29	3	480	480	360	0	177	2025-05-29 12:00:00	2025-05-29 20:00:00
2025-05-30	3	480	480	290	0	156	2025-05-30 12:00:00	2025-05-30 20:00:00
2025-05-31	3	0	0	0	0	0	\N	\N
2025-06-01	3	0	0	0	0	0	\N	\N
2025-06-02	3	480	480	330	0	157	2025-06-02 12:00:00	2025-06-02 20:00:00
2025-06-03	3	480	480	330	90	211	2025-06-03 08:00:00	2025-06-03 16:00:00
2025-06-04	3	480	480	314	197	234	2025-06-04 10:00:00	2025-06-04 18:00:00
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
2025-06-20	3	480	480	392	313	348	2025-06-20 12:00:00	2025-06-20 20:00:00
2025-06-21	3	0	0	0	0	0	\N	\N
2025-06-22	3	0	0	0	0	0	\N	\N
2025-06-23	3	480	480	349	0	136	2025-06-23 12:00:00	2025-06-23 20:00:00
2025-06-24	3	480	480	335	0	132	2025-06-24 12:00:00	2025-06-24 20:00:00
2025-06-25	3	480	480	359	0	128	2025-06-25 10:00:00	2025-06-25 18:00:00
2025-06-26	3	480	480	383	51	220	2025-06-26 10:00:00	2025-06-26 18:00:00
2025-06-27	3	480	480	383	181	302	2025-06-27 10:00:00	2025-06-27 18:00:00
2025-06-28	3	0	0	0	0	0	\N	\N
2025-06-29	3	0	0	0	0	0	\N	\N
2025-06-30	3	480	480	308	0	124	2025-06-30 08:00:00	2025-06-30 16:00:00
2025-07-01	3	480	480	351	44	186	2025-07-01 08:00:00	2025-07-01 16:00:00
2025-07-02	3	0	0	0	0	0	\N	\N
2025-07-03	3	0	0	0	0	0	\N	\N
2025-07-04	3	480	480	394	0	151	2025-07-04 08:00:00	2025-07-04 16:00:00
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
2025-07-15	3	480	480	361	0	158	2025-07-15 12:00:00	2025-07-15 20:00:00
2025-07-16	3	480	480	323	288	305	2025-07-16 12:00:00	2025-07-16 20:00:00
2025-07-17	3	480	480	274	23	148	2025-07-17 12:00:00	2025-07-17 20:00:00
2025-07-18	3	480	480	325	141	212	2025-07-18 12:00:00	2025-07-18 20:00:00
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
2025-07-30	3	480	480	384	201	299	2025-07-30 08:00:00	2025-07-30 16:00:00
2025-07-31	3	480	480	335	85	194	2025-07-31 12:00:00	2025-07-31 20:00:00
2025-08-01	3	480	480	341	0	177	2025-08-01 12:00:00	2025-08-01 20:00:00
2025-08-02	3	0	0	0	0	0	\N	\N
2025-08-03	3	0	0	0	0	0	\N	\N
2025-08-04	3	480	480	317	0	137	2025-08-04 12:00:00	2025-08-04 20:00:00
2025-08-05	3	480	480	349	0	206	2025-08-05 12:00:00	2025-08-05 20:00:00
2025-08-06	3	480	480	298	31	121	2025-08-06 10:00:00	2025-08-06 18:00:00
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
2025-08-19	3	480	480	366	291	318	2025-08-19 08:00:00	2025-08-19 16:00:00
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
