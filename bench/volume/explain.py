"""Writes a psql script that runs EXPLAIN (ANALYZE, BUFFERS) on every statement the measured read paths send (taken
from the PostgreSQL log with log_statement=all; the text is the service's, with its bind parameters), or, with
--flag, reads that script's output and lists every Seq Scan with the size of the scanned table.

    python3 bench/volume/explain.py TARGETS.json > explain.sql      # then: psql -f explain.sql > explain-1m.txt
    python3 bench/volume/explain.py --flag explain-1m.txt SIZES      # SIZES: lines "table rows" (pg_class.reltuples)

Each statement is PREPAREd with the parameter types pgjdbc binds and EXPLAINed twice: once with a custom plan
(plan_cache_mode = force_custom_plan: the planner sees the values, as for pgjdbc's first executions of a statement on
a connection) and once after five executions under plan_cache_mode = auto, the plan a warm pooled connection keeps
using (when it shows $1, $2 ... the server switched to a generic plan).
"""
import json
import re
import sys

CLAIM_COLUMNS = ("c1_0.id,c1_0.anonymity_reason,c1_0.ground_rules,c1_0.source_count,c1_0.source_description,"
                 "c1_0.source_name,c1_0.source_organization,c1_0.circular,c1_0.confidential_identity,"
                 "c1_0.conflicting_reports,c1_0.corroborating_reports,c1_0.created_at,c1_0.created_by,"
                 "c1_0.independent_corroborations,c1_0.sourcing_level,c1_0.statement,c1_0.story_id,c1_0.updated_at,"
                 "c1_0.verdict_explanation,c1_0.verdict_rating,c1_0.verdict_reviewed_at,c1_0.verdict_reviewed_by,"
                 "c1_0.verification_status,c1_0.version")
ORDER = " ORDER BY c.created_at DESC, c.id DESC LIMIT $"
# ClaimRepository.searchSql without other filters or cursor; Hibernate binds each use of :q and :limit separately.
SEARCH = ('WITH recent_hits AS MATERIALIZED (SELECT w.created_at, w.id FROM (SELECT c.created_at, c.id, c.search_vec'
          'tor FROM claims c WHERE TRUE ORDER BY c.created_at DESC, c.id DESC LIMIT 2000) w WHERE w.search_vector @@'
          " websearch_to_tsquery('english', $1) ORDER BY w.created_at DESC, w.id DESC LIMIT $2), window_floor AS (SE"
          'LECT c.created_at, c.id FROM claims c WHERE TRUE ORDER BY c.created_at DESC, c.id DESC OFFSET 1999 LIMIT '
          '1), older AS MATERIALIZED (SELECT m.created_at, m.id FROM (SELECT c.created_at, c.id FROM claims c WHERE '
          "TRUE AND c.search_vector @@ websearch_to_tsquery('english', $3) OFFSET 0) m, window_floor f WHERE (SELECT"
          ' count(*) FROM recent_hits) < $4 AND (m.created_at, m.id) < (f.created_at, f.id)), found AS (SELECT h.cre'
          'ated_at, h.id FROM recent_hits h UNION ALL (SELECT o.created_at, o.id FROM older o ORDER BY o.created_at '
          'DESC, o.id DESC LIMIT $5)) SELECT c.* FROM claims c JOIN (SELECT f.id FROM found f ORDER BY f.created_at '
          'DESC, f.id DESC LIMIT $6) page ON page.id = c.id ORDER BY c.created_at DESC, c.id DESC')


def lit(value):
    return "'" + str(value).replace("'", "''") + "'"


def statements(t):
    ids = t["report_ids"]
    in_list = ",".join(f"${i + 1}" for i in range(len(ids)))
    return [
        ("auth", "the first request with a key (later ones: ApiKeyCache): ApiKeyRepository.findByHash", "select ak1_0.id,ak1_0.created_at,ak1_0.created_by,"
         "ak1_0.expires_at,ak1_0.key_hash,ak1_0.key_prefix,ak1_0.name,ak1_0.revoked_at,ak1_0.revoked_by,ak1_0.role,"
         "ak1_0.version from api_keys ak1_0 where ak1_0.key_hash=$1 fetch first $2 rows only",
         ["bytea", "int"], [f"'\\x{t['keyhash']}'", "1"]),
        ("list", "GET /claims?limit=50", "SELECT c.* FROM claims c WHERE TRUE" + ORDER + "1", ["int"], ["51"]),
        (f"page_{t.get('page_depth', 1000)}", f"GET /claims?limit=50&cursor=<page {t.get('page_depth', 1000)}>",
         "SELECT c.* FROM claims c WHERE TRUE AND (c.created_at, c.id) < ($1, $2)" + ORDER + "3",
         ["timestamptz", "uuid", "int"], [lit(t["cursor_ts"]), lit(t["cursor_id"]), "51"]),
        ("filter_level", "GET /claims?sourcing_level=ANONYMOUS&limit=50",
         "SELECT c.* FROM claims c WHERE TRUE AND c.sourcing_level = $1" + ORDER + "2", ["varchar", "int"],
         ["'ANONYMOUS'", "51"]),
        ("filter_story", "GET /claims?story_id=<story>&limit=50",
         "SELECT c.* FROM claims c WHERE TRUE AND c.story_id = $1" + ORDER + "2", ["uuid", "int"],
         [lit(t["story"]), "51"]),
        *[(name, f"GET /claims?q={t[key]}", SEARCH, ["varchar", "int", "varchar", "int", "int", "int"],
           [lit(t[key]), "51", lit(t[key]), "51", "51", "51"])
          for name, key in (("search_common", "common_word"), ("search_rare", "rare_word"),
                            ("search_old", "old_word"), ("search_none", "none_word"))],
        ("get_claim", "GET /claims/{id} and the first statement of the verification breakdown",
         f"select {CLAIM_COLUMNS} from claims c1_0 where c1_0.id=$1", ["uuid"], [lit(t["claim"])]),
        ("verification_origins", "GET /claims/{id}/verification and every link write: ProvenanceRepository.origins",
         "WITH RECURSIVE walk(claim_id, relation, start_id, report_id) AS ( SELECT l.claim_id, l.relation, l.report_id,"
         " l.report_id FROM claim_links l WHERE l.claim_id IN ($1) UNION SELECT w.claim_id, w.relation, w.start_id,"
         " d.derived_from_id FROM walk w JOIN report_derivations d ON d.report_id = w.report_id ) SELECT w.claim_id,"
         " w.relation, w.start_id, w.report_id, r.outlet FROM walk w JOIN reports r ON r.id = w.report_id WHERE NOT"
         " EXISTS (SELECT 1 FROM report_derivations d WHERE d.report_id = w.report_id)", ["uuid"], [lit(t["claim"])]),
        ("verification_reports", "GET /claims/{id}/verification: ReportRepository.byIds (linked reports and origins)",
         "select r1_0.id,r1_0.created_at,r1_0.kind,r1_0.outlet,r1_0.published_at,r1_0.title,r1_0.updated_at,r1_0.url,"
         f"r1_0.version from reports r1_0 where r1_0.id in ({in_list})", ["uuid"] * len(ids), [lit(i) for i in ids]),
        ("summary_story", "GET /stories/{id}/sourcing-summary: StoryService.find",
         "select s1_0.id,s1_0.created_at,s1_0.desk,s1_0.headline,s1_0.state,s1_0.updated_at,s1_0.url,s1_0.version"
         " from stories s1_0 where s1_0.id=$1", ["uuid"], [lit(t["story"])]),
        ("summary_counts", "GET /stories/{id}/sourcing-summary: ClaimRepository.countsByLevelAndStatus",
         "select c1_0.sourcing_level,c1_0.verification_status,cast(count(c1_0.id) as integer) from claims c1_0 where"
         " c1_0.story_id=$1 group by c1_0.sourcing_level,c1_0.verification_status", ["uuid"], [lit(t["story"])]),
        ("summary_candidates", "GET /stories/{id}/sourcing-summary: ClaimRepository.summaryCandidates",
         "select c1_0.id,c1_0.sourcing_level,c1_0.source_description,c1_0.source_count,c1_0.ground_rules,"
         "c1_0.independent_corroborations from claims c1_0 where c1_0.story_id=$1 and (c1_0.sourcing_level=$2 or"
         " c1_0.source_count=1) order by c1_0.created_at,c1_0.id", ["uuid", "varchar"],
         [lit(t["story"]), "'ANONYMOUS'"]),
        ("link_count", "POST /claims/{id}/links: links of the claim (LinkService.add)",
         "select count(*) from claim_links cl1_0 where cl1_0.claim_id=$1", ["uuid"], [lit(t["claim"])]),
        ("link_exists", "POST /claims/{id}/links: duplicate check (LinkRepository.exists)",
         "select cl1_0.id,cl1_0.claim_id,cl1_0.created_at,cl1_0.created_by,cl1_0.excerpt,cl1_0.note,cl1_0.relation,"
         "cl1_0.report_id,cl1_0.version from claim_links cl1_0 where cl1_0.claim_id=$1 and cl1_0.report_id=$2 fetch"
         " first $3 rows only", ["uuid", "uuid", "int"], [lit(t["claim"]), lit(ids[0]), "1"]),
        ("link_counts", "POST /claims/{id}/links: ProvenanceRepository.linkCounts",
         "SELECT l.claim_id, l.relation, count(*) FROM claim_links l WHERE l.claim_id IN ($1) GROUP BY l.claim_id,"
         " l.relation", ["uuid"], [lit(t["claim"])]),
    ]


def script(t):
    out = ["\\set ON_ERROR_STOP on", "\\pset pager off"]
    for name, what, sql, types, values in statements(t):
        args = ",".join(values)
        out += [f"\\echo '==== {name}: {what}'", f"\\echo '{sql.replace(chr(39), chr(39) * 2)}'",
                f"PREPARE q_{name}({','.join(types)}) AS {sql};",
                "SET plan_cache_mode = force_custom_plan;",
                f"\\echo '---- {name}: custom plan'",
                f"EXPLAIN (ANALYZE, BUFFERS) EXECUTE q_{name}({args});",
                "SET plan_cache_mode = auto;", "\\o /dev/null"]
        out += [f"EXECUTE q_{name}({args});"] * 5
        out += ["\\o", f"\\echo '---- {name}: after 5 executions, plan_cache_mode = auto'",
                f"EXPLAIN (ANALYZE, BUFFERS) EXECUTE q_{name}({args});", f"DEALLOCATE q_{name};", "\\echo"]
    return "\n".join(out) + "\n"


def flag(path, sizes_path):
    sizes = {}
    for line in open(sizes_path):
        if line.strip():
            table, rows = line.split()
            sizes[table] = float(rows)
    section = plan = None
    found = []
    for line in open(path):
        if line.startswith("==== "):
            section = line[5:].split(":")[0]
        elif line.startswith("---- "):
            plan = line[5:].split(": ", 1)[1].strip()
        for match in re.finditer(r"Seq Scan on (\w+)", line):
            found.append((section, plan, match.group(1)))
    if not found:
        print("No Seq Scan in any plan.")
    for section, plan, table in found:
        rows = sizes.get(table, 0)
        mark = "LARGE TABLE" if rows >= 10000 else "small table"
        print(f"Seq Scan on {table} ({rows:,.0f} rows, {mark}) in {section} [{plan}]")


if __name__ == "__main__":
    if sys.argv[1] == "--flag":
        flag(sys.argv[2], sys.argv[3])
    else:
        sys.stdout.write(script(json.load(open(sys.argv[1]))))
