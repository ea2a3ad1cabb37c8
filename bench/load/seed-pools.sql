-- Link pools for the POST /claims/{id}/links load: every link POST needs a (claim, report) pair the claim does not
-- link yet (else 409), so wrk and pgbench each get their own pool of pool_claims claims x pool_reports reports, i.e.
-- pool_claims * pool_reports distinct pairs, walked claim-first so consecutive requests touch different claims.
-- Pool claims start with no links and are older than every other claim (they never show up on page one).
-- psql variables: pool_claims, pool_reports.
\set ON_ERROR_STOP on
INSERT INTO claims (id, statement, sourcing_level, source_organization, created_at, updated_at, created_by)
SELECT md5(pool || '-pool-claim-' || n)::uuid,
       'Pool claim ' || pool || ' ' || n || ': the ferry company will replace the ageing ferries next year.',
       'OFFICIAL', 'Ferry Lines Ltd',
       timestamptz '2022-01-01 00:00:00+00' + n * interval '1 minute',
       timestamptz '2022-01-01 00:00:00+00' + n * interval '1 minute', 'seed'
FROM unnest(ARRAY['wrk', 'pgb']) pool, generate_series(1, :pool_claims) n;

INSERT INTO reports (id, url, title, outlet, kind, created_at, updated_at)
SELECT md5(pool || '-pool-report-' || n)::uuid, 'https://pool.example/' || pool || '/' || n,
       'Pool report ' || n, 'Pool Outlet ' || (n % 20), 'NEWS',
       timestamptz '2022-01-01 00:00:00+00' + n * interval '1 minute',
       timestamptz '2022-01-01 00:00:00+00' + n * interval '1 minute'
FROM unnest(ARRAY['wrk', 'pgb']) pool, generate_series(1, :pool_reports) n;
