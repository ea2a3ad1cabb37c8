-- Synthetic newsroom data, generated in PostgreSQL (generate_series, no API calls) into the schema Flyway created.
-- Every value is a deterministic function of a row number, so a run can grow a dataset in stages and later stages
-- can refer to earlier rows by number. Respects every CHECK, UNIQUE and FOREIGN KEY constraint of V1..V5.
--
-- psql variables (all required):
--   claim_from, claim_to     claim numbers to create (claim n has id md5('claim-' || n)::uuid)
--   report_from, report_to   report numbers to create (report n has id md5('report-' || n)::uuid)
--   report_pool              links of these claims point at reports 1..report_pool (which must exist)
--   story_to                 stories 1..story_to exist afterwards (about 1000 claims each)
--
-- Shape:
--   stories   claim n belongs to story ceil(n / 1000); every 10th claim belongs to another random story instead,
--             every 20th claim has no story.
--   claims    sourcing levels: ANONYMOUS 15 %, OFFICIAL 25 %, ON_RECORD 15 %, DOCUMENT 10 %, SECONDARY_REPORT 8 %,
--             DECLINED_TO_COMMENT 8 %, NO_RESPONSE 6 %, WITNESSED 6 %, UNATTRIBUTED 7 %. Statements are built from
--             word lists ("The harbour authority plans to ban cargo drones at night from March."), so that a
--             common word ("harbour", ~6.6 %) and a rare one ("zeppelin", ~0.05 %) exist for full-text search, and
--             a word of the past: "lighthouse" is in 20 % of claims 100,001..200,000 only (a strike in spring
--             2023: 2 % of 1M claims, none among the newest 800,000; absent at 10,000 claims).
--             created_at: claim n at 2023-01-01 + n * 90 s (+ jitter), so 1,000,000 claims span ~2.9 years.
--             The verification figures (status, counts, circular) are computed from the claim's links exactly as
--             the service would (independent = distinct outlets of the origins of corroborating reports).
--   reports   100 outlets; kinds NEWS 50 %, WIRE 20 %, DOCUMENT 10 %, OFFICIAL_STATEMENT 10 %, SOCIAL 5 %, OTHER 5 %.
--             Every fifth block of ten reports is a provenance chain: report 10b+k derives from 10b+k-1 (k = 2..10),
--             so 20 % of reports sit in chains nine derivations deep and their origin is report 10b+1.
--   links     0..4 per claim (10/25/35/20/10 %, mean 1.95), 85 % CORROBORATES, distinct reports per claim.

\set ON_ERROR_STOP on
SET client_min_messages = warning;

CREATE FUNCTION pg_temp.h(n bigint, salt int) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT (hashint8(n * 7919 + salt)::bigint & 2147483647) $$;
CREATE FUNCTION pg_temp.pick(a text[], n bigint, salt int) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a[1 + (pg_temp.h(n, salt) % array_length(a, 1))] $$;
CREATE FUNCTION pg_temp.origin(r bigint) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN ((r - 1) / 10) % 5 = 0 THEN ((r - 1) / 10) * 10 + 1 ELSE r END $$;
CREATE FUNCTION pg_temp.outlet(r bigint) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (ARRAY['Harbour','Northern','Metro','Valley','Coastal','National','Evening','Morning','Capital','River'])
               [1 + pg_temp.h(r, 11) % 10] || ' ' ||
           (ARRAY['Gazette','Wire','Times','Post','Herald','Courier','Chronicle','Observer','Standard','Journal'])
               [1 + pg_temp.h(r, 12) % 10] $$;
CREATE FUNCTION pg_temp.link_count(n bigint) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN p < 10 THEN 0 WHEN p < 35 THEN 1 WHEN p < 70 THEN 2 WHEN p < 90 THEN 3 ELSE 4 END
    FROM (SELECT pg_temp.h(n, 21) % 100 AS p) x $$;
CREATE FUNCTION pg_temp.link_report(n bigint, j int, pool bigint) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT (pg_temp.h(n, 22) + j * 7919) % pool + 1 $$;
CREATE FUNCTION pg_temp.link_relation(n bigint, j int) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN pg_temp.h(n * 8 + j, 23) % 100 < 85 THEN 'CORROBORATES' ELSE 'CONFLICTS' END $$;

-- Stories ------------------------------------------------------------------------------------------------------
INSERT INTO stories (id, headline, url, desk, state, created_at, updated_at, version)
SELECT md5('story-' || s)::uuid,
       'Story ' || s || ': ' || pg_temp.pick(ARRAY['Port authority weighs night-time ban on cargo drones',
           'Council budget talks stall', 'Ferry strike enters second week', 'Hospital waiting lists grow',
           'Energy prices and the regulator', 'School closures debated', 'Bridge repairs delayed again',
           'Election campaign heats up'], s, 1),
       CASE WHEN s % 3 = 0 THEN NULL ELSE 'https://news.example/stories/' || s END,
       pg_temp.pick(ARRAY['metro', 'politics', 'business', 'health', 'transport', 'environment'], s, 2),
       CASE WHEN s % 5 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END,
       timestamptz '2023-01-01 00:00:00+00' + (s - 1) * interval '90000 seconds',
       timestamptz '2023-01-01 00:00:00+00' + (s - 1) * interval '90000 seconds',
       0
FROM generate_series(1, :story_to) s
ON CONFLICT (id) DO NOTHING;

-- Reports and their provenance chains --------------------------------------------------------------------------
INSERT INTO reports (id, url, title, outlet, kind, published_at, created_at, updated_at, version)
SELECT md5('report-' || r)::uuid,
       'https://' || lower(replace(pg_temp.outlet(r), ' ', '-')) || '.example/' ||
           to_char(t, 'YYYY/MM/DD') || '/report-' || r,
       pg_temp.pick(ARRAY['Drone ban', 'Budget row', 'Ferry strike', 'Waiting lists', 'Price cap', 'School plan',
           'Bridge delay', 'Campaign trail', 'Harbour dredging', 'Water shortage'], r, 13) || ': ' ||
           pg_temp.pick(ARRAY['what we know', 'officials respond', 'the documents', 'reaction', 'analysis',
           'live updates', 'explainer', 'exclusive'], r, 14),
       pg_temp.outlet(r),
       (ARRAY['NEWS','NEWS','NEWS','NEWS','NEWS','NEWS','NEWS','NEWS','NEWS','NEWS','WIRE','WIRE','WIRE','WIRE',
              'DOCUMENT','DOCUMENT','OFFICIAL_STATEMENT','OFFICIAL_STATEMENT','SOCIAL','OTHER'])[1 + pg_temp.h(r, 15) % 20],
       t - interval '1 hour', t, t, 0
FROM generate_series(:report_from, :report_to) r
CROSS JOIN LATERAL (SELECT timestamptz '2023-01-01 00:00:00+00' + r * interval '450 seconds' AS t) x;

INSERT INTO report_derivations (report_id, derived_from_id)
SELECT md5('report-' || r)::uuid, md5('report-' || (r - 1))::uuid
FROM generate_series(:report_from, :report_to) r
WHERE ((r - 1) / 10) % 5 = 0 AND (r - 1) % 10 > 0 AND r - 1 >= 1;

-- Claims, with verification figures computed from the links created below --------------------------------------
INSERT INTO claims (id, story_id, statement, sourcing_level, source_description, source_count, source_name,
                    source_organization, anonymity_reason, ground_rules, verification_status,
                    independent_corroborations, corroborating_reports, conflicting_reports, circular,
                    created_at, updated_at, created_by, version)
SELECT md5('claim-' || n)::uuid,
       CASE WHEN n % 20 = 0 THEN NULL
            WHEN n % 10 = 3 THEN md5('story-' || (1 + pg_temp.h(n, 31) % :story_to))::uuid
            ELSE md5('story-' || LEAST((n - 1) / 1000 + 1, :story_to))::uuid END,
       pg_temp.pick(ARRAY['The harbour authority', 'The city council', 'The mayor', 'The transport ministry',
           'The port operator', 'The health department', 'The school board', 'The police', 'The fire service',
           'The central bank', 'The energy regulator', 'The water utility', 'The airport', 'The university',
           'The hospital trust', 'The railway operator', 'The planning committee', 'The environment agency',
           'The finance minister', 'The opposition leader', 'The dockworkers union', 'The chamber of commerce',
           'The football club', 'The museum board', 'The district court', 'The prosecutor', 'The governor',
           'The housing association', 'The ferry company', 'The largest drone operator'], n, 41) || ' ' ||
       pg_temp.pick(ARRAY['plans to', 'will', 'has agreed to', 'refused to', 'is preparing to', 'secretly decided to',
           'voted to', 'is expected to', 'has been ordered to', 'failed to', 'promised to', 'threatened to',
           'quietly moved to', 'wants to', 'was warned not to'], n, 42) || ' ' ||
       pg_temp.pick(ARRAY['ban cargo drones at night', 'raise fares by ten percent', 'close the northern terminal',
           'cut the budget for road repairs', 'delay the new bridge', 'hire two hundred nurses',
           'sell the old shipyard', 'review noise complaints from residents', 'suspend its chief executive',
           'build a desalination plant', 'dredge the harbour entrance', 'freeze council tax',
           'merge three secondary schools', 'cancel the summer festival', 'publish the audit report',
           'extend night bus routes', 'double parking fines', 'move the fish market', 'lay off office staff',
           'open an inquiry into the contract', 'ration water in August', 'replace the ageing ferries',
           'reopen the coal terminal', 'cap energy prices for pensioners', 'install speed cameras downtown',
           'privatise waste collection', 'expand the airport runway', 'shut two fire stations',
           'fund a new cancer ward', 'pay the striking workers'], n, 43) || ' ' ||
       pg_temp.pick(ARRAY['from March', 'before the election', 'next year', 'after the audit', 'within weeks',
           'by the end of the month', 'despite protests', 'without a public vote', 'if the board agrees',
           'as soon as the budget passes', 'this winter', 'in the spring', 'after talks collapsed',
           'under pressure from ministers', 'for the first time since 1998'], n, 44) ||
       CASE WHEN pg_temp.h(n, 45) % 2000 = 0 THEN ', according to the zeppelin inquiry' ELSE '' END ||
       CASE WHEN n BETWEEN 100001 AND 200000 AND pg_temp.h(n, 46) % 5 = 0 THEN ', during the lighthouse strike'
            ELSE '' END || '.',
       lvl,
       CASE lvl WHEN 'ANONYMOUS' THEN pg_temp.pick(ARRAY['two people briefed on the plan', 'a senior official',
                    'sources familiar with the talks', 'an aide to the mayor', 'three people with knowledge of the decision',
                    'a person close to the board', 'officials who asked not to be named', 'a source at the ministry'], n, 51)
                WHEN 'OFFICIAL' THEN 'the authority said in a statement'
                WHEN 'WITNESSED' THEN 'our reporter at the scene' END,
       CASE WHEN lvl = 'ANONYMOUS' THEN 1 + (pg_temp.h(n, 52) % 3)::int WHEN lvl = 'ON_RECORD' THEN 1 END,
       CASE WHEN lvl = 'ON_RECORD' THEN pg_temp.pick(ARRAY['Maria Lopez', 'John Okafor', 'Ana Petrova', 'Liam Byrne',
                    'Sara Haddad', 'Tom Becker', 'Yuki Tanaka', 'Ines Moreau'], n, 53) END,
       CASE WHEN lvl IN ('OFFICIAL', 'DECLINED_TO_COMMENT', 'NO_RESPONSE', 'DOCUMENT', 'ON_RECORD')
            THEN pg_temp.pick(ARRAY['Harbour Authority', 'City Council', 'Transport Ministry', 'Skyhaul Logistics',
                    'Metro Water', 'Port of Example', 'Regional Health Board', 'Ferry Lines Ltd'], n, 54) END,
       CASE WHEN lvl = 'ANONYMOUS' THEN pg_temp.pick(ARRAY['not authorised to discuss the plan', 'fear of retaliation',
                    'the talks are confidential', 'not authorised to speak publicly',
                    'the decision has not been announced'], n, 55) END,
       CASE WHEN lvl = 'ANONYMOUS' AND pg_temp.h(n, 56) % 10 >= 3
            THEN (ARRAY['BACKGROUND', 'DEEP_BACKGROUND', 'NOT_FOR_ATTRIBUTION'])[1 + pg_temp.h(n, 57) % 3] END,
       CASE WHEN f.ind > 0 AND f.conf > 0 THEN 'DISPUTED' WHEN f.ind > 0 THEN 'CORROBORATED'
            WHEN f.conf > 0 THEN 'CONTRADICTED' ELSE 'UNVERIFIED' END,
       f.ind, f.corr, f.conf, f.corr > f.origins,
       t, t, 'seed', 0
FROM generate_series(:claim_from, :claim_to) n
CROSS JOIN LATERAL (
    SELECT timestamptz '2023-01-01 00:00:00+00' + n * interval '90 seconds'
               + (pg_temp.h(n, 40) % 60000) * interval '1 millisecond' AS t,
           CASE WHEN p < 15 THEN 'ANONYMOUS' WHEN p < 40 THEN 'OFFICIAL' WHEN p < 55 THEN 'ON_RECORD'
                WHEN p < 65 THEN 'DOCUMENT' WHEN p < 73 THEN 'SECONDARY_REPORT' WHEN p < 81 THEN 'DECLINED_TO_COMMENT'
                WHEN p < 87 THEN 'NO_RESPONSE' WHEN p < 93 THEN 'WITNESSED' ELSE 'UNATTRIBUTED' END AS lvl
    FROM (SELECT pg_temp.h(n, 50) % 100 AS p) q) x
CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE rel = 'CORROBORATES')::int AS corr,
           count(*) FILTER (WHERE rel = 'CONFLICTS')::int AS conf,
           count(DISTINCT lower(pg_temp.outlet(pg_temp.origin(r)))) FILTER (WHERE rel = 'CORROBORATES')::int AS ind,
           count(DISTINCT pg_temp.origin(r)) FILTER (WHERE rel = 'CORROBORATES')::int AS origins
    FROM (SELECT pg_temp.link_report(n, j, :report_pool) AS r, pg_temp.link_relation(n, j) AS rel
          FROM generate_series(1, pg_temp.link_count(n)) j) l) f;

-- Links ----------------------------------------------------------------------------------------------------------
INSERT INTO claim_links (id, claim_id, report_id, relation, excerpt, note, created_at, created_by, version)
SELECT md5('link-' || n || '-' || j)::uuid, md5('claim-' || n)::uuid,
       md5('report-' || pg_temp.link_report(n, j, :report_pool))::uuid, pg_temp.link_relation(n, j),
       CASE WHEN pg_temp.h(n * 8 + j, 24) % 10 = 0 THEN 'Officials confirmed the plan on Tuesday.' END,
       NULL,
       timestamptz '2023-01-01 00:00:00+00' + n * interval '90 seconds' + j * interval '1 minute', 'seed', 0
FROM generate_series(:claim_from, :claim_to) n
CROSS JOIN LATERAL generate_series(1, pg_temp.link_count(n)) j;
