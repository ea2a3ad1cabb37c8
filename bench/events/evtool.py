#!/usr/bin/env python3
"""Drivers and checks for the change-feed and webhook benchmarks (Python 3 standard library only).

Subcommands (bench/events/run.sh and bench/reliability/webhooks.sh call them):
  subscribe   POST /webhook-subscriptions with the ADMIN key; prints {"id", "secret"} as JSON
  overhead    (a) POST /claims throughput with wrk: no outbox row / outbox / outbox + active subscriptions
  throughput  (b) events delivered per second to the local receiver while, and after, wrk creates claims
  lag         (c) commit-to-delivery lag at a steady rate of claim creations
  wait        waits until no delivery is PENDING in PostgreSQL and the receiver has gone quiet
  check       the end-of-case checks of webhooks.sh: lost, duplicates, signatures, /events

The receiver (receiver.py) writes one JSON line per request it got; these commands read that file. Database
figures come from psql with the PG* environment that bench/reliability/lib.sh exports.
"""
import argparse
import base64
import datetime
import hashlib
import hmac
import json
import os
import re
import subprocess
import sys
import threading
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "reliability"))
sys.path.insert(0, os.path.join(HERE, ".."))
from reltool import auth, call, pct, psql, table, verdict  # noqa: E402
import warmup  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


# --------------------------------------------------------------------------------------------------------------
# receiver records, signatures, the feed
# --------------------------------------------------------------------------------------------------------------
def received(path, since=0.0):
    recs = []
    if not os.path.exists(path):
        return recs
    with open(path) as f:
        for line in f:
            if line.endswith("\n"):
                r = json.loads(line)
                if r["t"] >= since:
                    recs.append(r)
    return recs


def ok_count(path):
    r = call("GET", path + "/_control", timeout=5)
    return (r.json() or {}).get("ok", 0) if r.status == 200 else None


def event_time(body):
    t = json.loads(body)["time"]
    return datetime.datetime.fromisoformat(t.replace("Z", "+00:00")).timestamp()


def signature_ok(rec, secret):
    key = base64.b64decode(secret[len("whsec_"):])
    signed = f"{rec['id']}.{rec['ts']}.{rec['body']}".encode("utf-8")
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    return any(part.split(",", 1)[-1] == expected for part in (rec.get("sig") or "").split(" "))


def feed(base, key, types):
    """Every event of GET /events with these types, oldest first, paging with next_after."""
    items, after = [], None
    while True:
        q = f"/events?limit=500&types={types}" + (f"&after={after}" if after else "")
        r = call("GET", base + q, headers=auth(key), timeout=30)
        if r.status != 200:
            sys.exit(f"GET {q} answered {r.status} {r.err or ''} {r.body[:300]!r}")
        doc = r.json()
        items += doc["items"]
        after = doc["next_after"]
        if len(doc["items"]) < 500:
            return items


def subscribe(base, admin_key, url, types, description="bench"):
    r = call("POST", base + "/webhook-subscriptions", {"url": url, "event_types": types, "description": description},
             auth(admin_key), timeout=10)
    if r.status != 201:
        sys.exit(f"POST /webhook-subscriptions answered {r.status} {r.err or ''} {r.body[:300]!r}")
    return r.json()


def set_active(base, admin_key, sub_id, active):
    r = call("PATCH", f"{base}/webhook-subscriptions/{sub_id}", json.dumps({"active": active}),
             {**auth(admin_key), "Content-Type": "application/merge-patch+json"}, timeout=10)
    if r.status != 200:
        sys.exit(f"PATCH /webhook-subscriptions/{sub_id} answered {r.status} {r.body[:300]!r}")


def pending():
    return int(psql("SELECT count(*) FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id "
                    "AND s.active WHERE d.status = 'PENDING'")[0])


def wait_drained(receiver, limit, quiet=1.0):
    """Until no delivery is pending and the receiver's count has not moved for `quiet` seconds. True if drained."""
    deadline = time.time() + limit
    last, still_since = None, time.time()
    while time.time() < deadline:
        n = ok_count(receiver)
        if n != last:
            last, still_since = n, time.time()
        if pending() == 0 and time.time() - still_since >= quiet:
            return True
        time.sleep(0.25)
    return False


# --------------------------------------------------------------------------------------------------------------
# CPU time of the service and PostgreSQL (machine-load-independent cost per request or delivery)
# --------------------------------------------------------------------------------------------------------------
TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[1]), [int(x) for x in fields[11:15]]  # ppid; utime, stime, cutime, cstime
    except (OSError, IndexError, ValueError):
        return None, [0, 0, 0, 0]


def cpu_seconds():
    """CPU seconds used so far by the service (SVC_CPU_PIDS) and by PostgreSQL: the postmaster (PG_PID) with its
    reaped children, plus its live children (the backends). None when the pids are not known."""
    svc = [p for p in os.environ.get("SVC_CPU_PIDS", "").split(",") if p]
    pg = os.environ.get("PG_PID")
    if not svc or not pg:
        return None
    total_svc = sum(sum(_stat(p)[1][:2]) for p in svc) / TICK
    total_pg = sum(_stat(pg)[1]) / TICK
    for d in os.listdir("/proc"):
        if d.isdigit():
            ppid, t = _stat(d)
            if ppid is not None and str(ppid) == pg:
                total_pg += sum(t[:2]) / TICK
    return total_svc, total_pg


def cpu_delta(before):
    after = cpu_seconds()
    if before is None or after is None:
        return None
    return after[0] - before[0], after[1] - before[1]


# --------------------------------------------------------------------------------------------------------------
# wrk
# --------------------------------------------------------------------------------------------------------------
def wrk(base, key, seconds, conns, threads=2):
    env = dict(os.environ, BENCH_KEY=key, BENCH_RUN=uuid.uuid4().hex[:10], BENCH_LUA_DIR=os.path.join(ROOT, "bench/load"))
    out = subprocess.run(["wrk", f"-t{threads}", f"-c{conns}", f"-d{seconds}s", "--latency", "--timeout", "10s", "-s",
                          os.path.join(ROOT, "bench/load/post_claim.lua"), base], env=env, capture_output=True,
                         text=True, check=True).stdout
    m = re.search(r"^RESULT (.*)$", out, re.M)
    if not m:
        sys.exit("no RESULT line from wrk:\n" + out)
    res = {k: float(v) for k, v in (kv.split("=") for kv in m.group(1).split())}
    if res["non_2xx_3xx"] or res["socket_errors"]:
        print(f"    wrk: {res['non_2xx_3xx']:.0f} non-2xx answers, {res['socket_errors']:.0f} socket errors",
              file=sys.stderr)
    return res


def wrk_warmup(base, key, conns, label):
    """bench_warmup's rule (bench/load/lib.sh) with wrk windows: until two consecutive windows agree."""
    rates = []
    start = time.time()
    for window in range(1, warmup.max_windows() + 1):
        rates.append(wrk(base, key, warmup.WINDOW_S, conns)["ok_rps"])
        print(f"warm-up {label}: window {window} of at most {warmup.max_windows()}: {rates[-1]:.1f} req/s",
              file=sys.stderr, flush=True)
        if len(rates) >= 2 and warmup.agree(rates[-2], rates[-1]):
            break
    return {"name": label, "seconds": round(time.time() - start, 1), "windows": len(rates),
            "converged": len(rates) >= 2 and warmup.agree(rates[-2], rates[-1]),
            "last_rates": [round(r, 1) for r in rates[-2:]], "unit": "req/s"}


# --------------------------------------------------------------------------------------------------------------
# (a) overhead
# --------------------------------------------------------------------------------------------------------------
NO_OUTBOX = """
CREATE OR REPLACE FUNCTION bench_skip_outbox() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NULL; END';
DROP TRIGGER IF EXISTS bench_skip_outbox ON event_outbox;
CREATE TRIGGER bench_skip_outbox BEFORE INSERT ON event_outbox FOR EACH ROW EXECUTE FUNCTION bench_skip_outbox();
"""
WITH_OUTBOX = "DROP TRIGGER IF EXISTS bench_skip_outbox ON event_outbox;"


def cmd_overhead(a):
    subs = [s for s in a.subscriptions.split(",") if s]
    for s in subs:
        set_active(a.base, a.admin_key, s, False)
    psql(WITH_OUTBOX)
    w = wrk_warmup(a.base, a.key, a.conns, "POST /claims (outbox, no subscription)")
    # Also warm the delivery path, so the first measured round with subscriptions is not a cold one.
    for s in subs:
        set_active(a.base, a.admin_key, s, True)
    wrk(a.base, a.key, 10, a.conns)
    wait_drained(a.receiver, 300)
    configs = [("A", "no outbox row (BEFORE INSERT trigger drops it)", NO_OUTBOX, 0),
               ("B", "outbox, no subscription", WITH_OUTBOX, 0),
               ("C", f"outbox + {len(subs)} active subscription(s) on claim.created, deliveries running",
                WITH_OUTBOX, len(subs))]
    results = {c[0]: [] for c in configs}
    for rnd in range(1, a.rounds + 1):
        for name, label, sql, nsubs in configs:
            wait_drained(a.receiver, 300)  # the previous configuration's deliveries, before switching
            psql(sql)
            for i, s in enumerate(subs):
                set_active(a.base, a.admin_key, s, i < nsubs)
            c0 = cpu_seconds()
            n0 = claims_count()
            res = wrk(a.base, a.key, a.duration, a.conns)
            d = cpu_delta(c0)
            n = max(1, claims_count() - n0)
            if d:
                res["cpu_ms_svc"], res["cpu_ms_pg"] = d[0] * 1000 / n, d[1] * 1000 / n
            results[name].append(res)
            print(f"round {rnd} {name}: {res['ok_rps']:.1f} req/s, p99 {res['p99_ms']:.1f} ms", file=sys.stderr,
                  flush=True)
    wait_drained(a.receiver, 300)
    psql(WITH_OUTBOX)
    for s in subs:
        set_active(a.base, a.admin_key, s, False)

    def mean(name, k):
        return sum(r[k] for r in results[name]) / len(results[name])

    base_rps = mean("A", "ok_rps")
    print(f"(a) Event write overhead on POST /claims — wrk -t2 -c{a.conns}, {a.rounds} rounds of A, B, C "
          f"({a.duration} s each, interleaved); warm-up: {warmup.describe(w, short=True)}")
    has_cpu = all("cpu_ms_svc" in r for rs in results.values() for r in rs)
    print(f"  {'config':<78} {'req/s (per round)':<24} {'mean':>7} {'vs A':>6} {'p50 ms':>7} {'p99 ms':>7}"
          + (f" {'CPU ms/req svc+pg':>18} {'vs A':>6}" if has_cpu else ""))
    base_cpu = (mean("A", "cpu_ms_svc") + mean("A", "cpu_ms_pg")) if has_cpu else None
    for name, label, _, _ in configs:
        per = ", ".join(f"{r['ok_rps']:.0f}" for r in results[name])
        line = (f"  {name + ' ' + label:<78} {per:<24} {mean(name, 'ok_rps'):>7.1f} "
                f"{mean(name, 'ok_rps') / base_rps:>6.3f} {mean(name, 'p50_ms'):>7.1f} {mean(name, 'p99_ms'):>7.1f}")
        if has_cpu:
            c = mean(name, "cpu_ms_svc") + mean(name, "cpu_ms_pg")
            line += f" {c:>7.2f} ({mean(name, 'cpu_ms_svc'):.2f}+{mean(name, 'cpu_ms_pg'):.2f}) {c / base_cpu:>6.3f}"
        print(line)
    b_over = 1 - mean("B", "ok_rps") / base_rps
    c_over = 1 - mean("C", "ok_rps") / base_rps
    print(f"  outbox overhead (1 - B/A): {b_over * 100:.1f} %  (target <= 10 %: "
          f"{'met' if b_over <= 0.10 else 'NOT met'})")
    print(f"  outbox + delivery overhead (1 - C/A): {c_over * 100:.1f} %  (for information: the deliveries share "
          f"the 2 cores with the writes)")
    with open(a.json, "w") as f:
        json.dump({"a": results, "b_over": b_over, "c_over": c_over}, f)


# --------------------------------------------------------------------------------------------------------------
# (b) delivery throughput
# --------------------------------------------------------------------------------------------------------------
def only_first_active(a):
    subs = [s for s in a.subscriptions.split(",") if s]
    for i, s in enumerate(subs):
        set_active(a.base, a.admin_key, s, i == 0)


SEED_BACKLOG = """
INSERT INTO webhook_deliveries (id, subscription_id, event_id, event_type, payload, status, attempts,
                                next_attempt_at, retry_from, created_at)
SELECT gen_random_uuid(), '{sub}', e.id, e.type, CAST(e.payload AS text), 'PENDING', 0,
       clock_timestamp(), clock_timestamp(), clock_timestamp()
FROM (SELECT id, type, payload FROM event_outbox WHERE type = 'claim.created' ORDER BY tx_id, seq LIMIT {n}) e
"""


def claims_count():
    return int(psql("SELECT count(*) FROM claims")[0])


def created_since(t):
    return int(psql(f"SELECT count(*) FROM event_outbox WHERE type = 'claim.created' "
                    f"AND occurred_at >= to_timestamp({t})")[0])


def cmd_throughput(a):
    # b1: a backlog of N events waiting for one subscription, then the subscription is turned on.
    subs = [s for s in a.subscriptions.split(",") if s]
    for s in subs:
        set_active(a.base, a.admin_key, s, False)
    backlog_rows = []
    for rnd in range(1, a.rounds + 1):
        path = f"/backlog/{rnd}"
        sub = subscribe(a.base, a.admin_key, a.receiver + path, ["claim.created"], f"backlog round {rnd}")
        set_active(a.base, a.admin_key, sub["id"], False)
        psql(SEED_BACKLOG.format(sub=sub["id"], n=a.backlog))
        n = int(psql(f"SELECT count(*) FROM webhook_deliveries WHERE subscription_id = '{sub['id']}'")[0])
        c0 = cpu_seconds()
        t_on = time.time()
        set_active(a.base, a.admin_key, sub["id"], True)
        drained = wait_drained(a.receiver, 600, quiet=1.0)
        d = cpu_delta(c0)
        recs = [r for r in received(a.received, t_on) if r["status"] < 300 and r["path"] == path]
        ids = {r["id"] for r in recs}
        first, last = min(r["t"] for r in recs), max(r["t"] for r in recs)
        row = {"round": rnd, "backlog": n, "delivered": len(recs), "unique": len(ids), "first_s": first - t_on,
               "rate_on": len(recs) / (last - t_on), "rate_ff": len(recs) / (last - first), "drained": drained,
               "cpu_ms": (d[0] + d[1]) * 1000 / len(recs) if d else None}
        backlog_rows.append(row)
        print(f"backlog round {rnd}: {row}", file=sys.stderr, flush=True)
        set_active(a.base, a.admin_key, sub["id"], False)
    # b2: one subscription while wrk creates claims as fast as it can, then the backlog drains.
    set_active(a.base, a.admin_key, subs[0], True)
    wait_drained(a.receiver, 300)
    t_start = time.time()
    res = wrk(a.base, a.key, a.duration, a.conns)
    t_fill_end = time.time()
    drained = wait_drained(a.receiver, 600, quiet=2.0)
    recs = [r for r in received(a.received, t_start) if r["status"] < 300 and r["path"].startswith("/hook/")]
    created = created_since(t_start)
    first, last = min(r["t"] for r in recs), max(r["t"] for r in recs)
    during = [r for r in recs if r["t"] <= t_fill_end]
    live = {"created": created, "write_rps": res["ok_rps"], "delivered": len(recs), "during_rps": len(during) /
            (t_fill_end - first), "backlog": created - len(during), "drain_s": max(0.0, last - t_fill_end),
            "drained": drained}
    print(f"live: {live}", file=sys.stderr, flush=True)

    print(f"(b) Delivery throughput to the local receiver (receiver.py answering 204 at once)")
    print(f"  b1: a backlog of claim.created deliveries for one subscription (written by the fan-out's own SQL for "
          f"events already in the outbox, while the subscription is off), then PATCH active: true")
    print(f"  {'round':>5} {'backlog':>8} {'delivered':>9} {'unique':>7} {'1st after on':>12} {'events/s (on -> last)':>22} "
          f"{'events/s (first -> last)':>25} {'CPU ms/event svc+pg':>20}")
    for r in backlog_rows:
        print(f"  {r['round']:>5} {r['backlog']:>8} {r['delivered']:>9} {r['unique']:>7} {r['first_s'] * 1000:>9.0f} ms "
              f"{r['rate_on']:>22.1f} {r['rate_ff']:>25.1f} "
              + (f"{r['cpu_ms']:>20.2f}" if r["cpu_ms"] else f"{'-':>20}"))
    print(f"  b2: wrk -t2 -c{a.conns} creates claims for {a.duration} s with one subscription active")
    print(f"    created {live['created']} ({live['write_rps']:.1f}/s); delivered {live['delivered']}, "
          f"{live['during_rps']:.1f}/s while writing; {live['backlog']} left when writing stopped, "
          f"all delivered {live['drain_s']:.1f} s later")
    best = backlog_rows[-1]["rate_on"]
    print(f"  delivery throughput (last b1 round, subscription on -> last delivery): {best:.0f} events/s "
          f"(target >= 500 events/s: {'met' if best >= 500 else 'NOT met'})")
    if backlog_rows[-1]["cpu_ms"]:
        print(f"  CPU per delivered event (service + PostgreSQL, wall-clock-free): {backlog_rows[-1]['cpu_ms']:.2f} ms, "
              f"i.e. at most {2000 / backlog_rows[-1]['cpu_ms']:.0f} events/s if both cores were ours (an upper bound "
              f"that ignores fsync waits and the receiver)")
    with open(a.json, "w") as f:
        json.dump({"b1": backlog_rows, "b2": live}, f)


# --------------------------------------------------------------------------------------------------------------
# (c) lag at a steady rate
# --------------------------------------------------------------------------------------------------------------
def paced_load(base, key, rate, duration, threads=16, timeout=10.0):
    """Open-loop: request i is due at start + i / rate, whoever is free sends it. Returns the 201 answers' claim ids
    and how many requests went out late."""
    start = time.time() + 0.2
    total = int(rate * duration)
    nxt = [0]
    lock = threading.Lock()
    ids, late, failed = [], [0], [0]
    run = uuid.uuid4().hex[:8]

    def worker():
        while True:
            with lock:
                i = nxt[0]
                nxt[0] += 1
            if i >= total:
                return
            due = start + i / rate
            d = due - time.time()
            if d > 0:
                time.sleep(d)
            elif d < -0.05:
                with lock:
                    late[0] += 1
            body = {"statement": f"lag bench {run} {i}: the port authority confirmed the night ban.",
                    "sourcing_level": "OFFICIAL", "attribution": {"source_organization": "Port authority"}}
            r = call("POST", base + "/claims", body, auth(key), timeout=timeout)
            with lock:
                if r.status == 201:
                    ids.append((r.json() or {}).get("id"))
                else:
                    failed[0] += 1

    ts = [threading.Thread(target=worker) for _ in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return ids, late[0], failed[0], time.time() - start


def cmd_lag(a):
    only_first_active(a)
    wait_drained(a.receiver, 300)
    w_rates = []
    # Warm-up: 10 s windows at the same rate until two consecutive p99 lags agree within 20 % or 50 ms.
    for window in range(1, 7):
        t0 = time.time()
        paced_load(a.base, a.key, a.rate, 10)
        wait_drained(a.receiver, 120)
        lags = [r["t"] - event_time(r["body"]) for r in received(a.received, t0) if r["status"] < 300
                and r["path"].startswith("/hook/")]
        w_rates.append(pct(lags, 99))
        print(f"warm-up lag: window {window}: p99 {w_rates[-1] * 1000:.0f} ms", file=sys.stderr, flush=True)
        if len(w_rates) >= 2 and abs(w_rates[-1] - w_rates[-2]) <= max(0.2 * w_rates[-2], 0.05):
            break
    t0 = time.time()
    ids, late, failed, took = paced_load(a.base, a.key, a.rate, a.duration)
    drained = wait_drained(a.receiver, 120)
    recs = [r for r in received(a.received, t0) if r["status"] < 300]
    recs = [r for r in recs if r["path"].startswith("/hook/")]
    lags = [r["t"] - event_time(r["body"]) for r in recs]
    subjects = {json.loads(r["body"])["subject"] for r in recs}
    missing = [i for i in ids if i not in subjects]
    p = {q: pct(lags, q) * 1000 for q in (50, 90, 99)}
    print(f"(c) Commit-to-delivery lag at {a.rate:g} claims/s for {a.duration} s (open-loop, 16 client threads, "
          f"one connection per request); lag = receive time - event `time`; warm-up p99s: "
          + ", ".join(f"{x * 1000:.0f}" for x in w_rates) + " ms")
    rows = [
        ("claims created (201)", f"{len(ids)} in {took:.1f} s = {len(ids) / took:.1f}/s (sent late > 50 ms: {late}; "
                                 f"failed: {failed})"),
        ("events delivered (2xx)", f"{len(recs)}, missing {len(missing)}", verdict(not missing and drained)),
        ("lag p50 / p90 / p99", f"{p[50]:.0f} / {p[90]:.0f} / {p[99]:.0f} ms"),
        ("lag max", f"{max(lags) * 1000:.0f} ms"),
        ("p99 target <= 1000 ms", "met" if p[99] <= 1000 else "NOT met", verdict(p[99] <= 1000)),
    ]
    table(rows)
    with open(a.json, "w") as f:
        json.dump({"c": p, "max": max(lags), "n": len(recs), "missing": len(missing)}, f)


# --------------------------------------------------------------------------------------------------------------
# reliability: wait and check
# --------------------------------------------------------------------------------------------------------------
def cmd_wait(a):
    ok = wait_drained(a.receiver, a.limit, quiet=a.quiet)
    print(f"drained: {ok}", file=sys.stderr)
    sys.exit(0 if ok else 1)


def cmd_check(a):
    load = []
    for path in a.events.split(","):
        with open(path) as f:
            load += [json.loads(line) for line in f if line.strip()]
    load = [e for e in load if not e.get("ready")]
    acked = {e["id"] for e in load if e["status"] == 201}
    recs = received(a.received)
    ok = [r for r in recs if r["status"] < 300]
    refused_503 = [r for r in recs if r["status"] >= 300]
    by_id = {}
    for r in ok:
        by_id.setdefault(r["id"], []).append(r)
    dup_ids = {i: len(v) for i, v in by_id.items() if len(v) > 1}
    bad_sig = [r for r in recs if not signature_ok(r, a.secret)]
    bad_id = [r for r in ok if json.loads(r["body"])["id"] != r["id"]]
    delivered_subjects = {json.loads(v[0]["body"])["subject"] for v in by_id.values()}
    items = feed(a.base, a.key, "claim.*")
    feed_ids = {e["id"] for e in items}
    feed_subjects = {e["subject"] for e in items if e["type"] == "claim.created"}
    lost_delivery = sorted(acked - delivered_subjects)
    lost_feed = sorted(acked - feed_subjects)
    feed_not_delivered = sorted(feed_ids - set(by_id))
    delivered_not_feed = sorted(set(by_id) - feed_ids)
    db = psql("SELECT status, count(*), coalesce(max(attempts), 0), coalesce(sum(attempts), 0) FROM webhook_deliveries "
              "GROUP BY status ORDER BY status")
    db_status = {row.split("|")[0]: row.split("|")[1:] for row in db}
    not_succeeded = sum(int(v[0]) for k, v in db_status.items() if k != "SUCCEEDED")
    retried = int(psql("SELECT count(*) FROM webhook_deliveries WHERE attempts > 1")[0])
    rows_without_201 = len(feed_subjects - acked)
    lost = len(lost_delivery) + len(lost_feed) + len(feed_not_delivered)
    checks = {
        "lost": lost == 0,
        "duplicates": a.crash or not dup_ids,
        "signatures": not bad_sig and not bad_id,
        "deliveries": not_succeeded == 0,
    }
    if a.expect_failures:
        checks["receiver_failures_seen"] = len(refused_503) > 0 or retried > 0
    outcomes = {}
    for e in load:
        k = str(e["status"]) if e["status"] else e["err"]
        outcomes[k] = outcomes.get(k, 0) + 1
    rows = [
        ("claim requests sent", f"{len(load)} ({', '.join(f'{k}: {v}' for k, v in sorted(outcomes.items()))})"),
        ("acknowledged 201s", len(acked)),
        ("claim.* events in GET /events", f"{len(items)} ({len(feed_subjects)} claim.created; "
                                         f"{rows_without_201} without a 201 seen by the client)"),
        ("acknowledged but not delivered", len(lost_delivery), verdict(not lost_delivery)),
        ("acknowledged but not in /events", len(lost_feed), verdict(not lost_feed)),
        ("in /events but not delivered", len(feed_not_delivered), verdict(not feed_not_delivered)),
        ("delivered but not in /events", len(delivered_not_feed)),
        ("events lost", lost, verdict(checks["lost"])),
        ("requests to the receiver", f"{len(recs)} ({len(ok)} answered 2xx, {len(refused_503)} answered 503)"),
        ("duplicates (event ids answered 2xx more than once)",
         f"{len(dup_ids)} events, {sum(dup_ids.values()) - len(dup_ids)} extra deliveries"
         + (" (allowed: the service was killed)" if a.crash else ""), verdict(checks["duplicates"])),
        ("bad signatures / webhook-id != event id", f"{len(bad_sig)} / {len(bad_id)}", verdict(checks["signatures"])),
        ("webhook_deliveries by status (count, max attempts, sum attempts)",
         "; ".join(f"{k}: {' '.join(v)}" for k, v in db_status.items()), verdict(checks["deliveries"])),
        ("deliveries that needed more than one attempt", retried),
    ]
    if a.expect_failures:
        rows.append(("receiver failures seen (503 answered or retries)", f"{len(refused_503)} / {retried}",
                     verdict(checks["receiver_failures_seen"])))
    for extra in a.note or []:
        k, v = extra.split("=", 1)
        rows.append((k, v))
    table(rows, a.label)
    failed = [k for k, v in checks.items() if not v]
    print("RESULT: " + ("PASS" if not failed else "FAIL (" + ", ".join(failed) + ")"))
    sys.exit(1 if failed else 0)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("subscribe")
    s.add_argument("--base", required=True)
    s.add_argument("--admin-key", required=True)
    s.add_argument("--url", required=True)
    s.add_argument("--types", default="claim.created")
    for name in ("overhead", "throughput", "lag"):
        s = sub.add_parser(name)
        s.add_argument("--base", required=True)
        s.add_argument("--key", required=True)
        s.add_argument("--admin-key", required=True)
        s.add_argument("--receiver", required=True, help="the receiver's base URL (for /_control)")
        s.add_argument("--received", required=True, help="the receiver's JSON lines")
        s.add_argument("--subscriptions", default="")
        s.add_argument("--conns", type=int, default=16)
        s.add_argument("--duration", type=int, default=15)
        s.add_argument("--rounds", type=int, default=2)
        s.add_argument("--rate", type=float, default=100)
        s.add_argument("--backlog", type=int, default=5000)
        s.add_argument("--json", required=True)
    s = sub.add_parser("wait")
    s.add_argument("--receiver", required=True)
    s.add_argument("--limit", type=float, default=120)
    s.add_argument("--quiet", type=float, default=2)
    s = sub.add_parser("check")
    s.add_argument("--base", required=True)
    s.add_argument("--key", required=True)
    s.add_argument("--events", required=True, help="reltool load records, comma-separated")
    s.add_argument("--received", required=True)
    s.add_argument("--secret", required=True)
    s.add_argument("--crash", action="store_true", help="duplicates are allowed (and counted)")
    s.add_argument("--expect-failures", action="store_true")
    s.add_argument("--label", default="")
    s.add_argument("--note", action="append")
    a = p.parse_args()
    if a.cmd == "subscribe":
        print(json.dumps(subscribe(a.base, a.admin_key, a.url, a.types.split(","))))
    else:
        {"overhead": cmd_overhead, "throughput": cmd_throughput, "lag": cmd_lag, "wait": cmd_wait,
         "check": cmd_check}[a.cmd](a)


if __name__ == "__main__":
    main()
