#!/usr/bin/env python3
"""Load generators and checks for the reliability scripts (Python 3 standard library only).

Subcommands (the shell scripts call them; see README.md):
  editor-key      issue an EDITOR key with the ADMIN key, print it
  load            steady claim-creating load; every request (time, status, latency, id) as JSON lines
  outage-report   figures and checks for outage.sh
  shutdown-report figures and checks for shutdown.sh
  two-instances   the concurrency checks of two-instances.sh (If-Match, Idempotency-Key, duplicate links)

Database checks run psql with the PG* environment that lib.sh exports (PSQL names the binary).
"""
import argparse
import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid

PROBLEM = "application/problem+json"


# --------------------------------------------------------------------------------------------------------------
# HTTP
# --------------------------------------------------------------------------------------------------------------
class Resp:
    __slots__ = ("status", "headers", "body", "t0", "t1", "err")

    def __init__(self, status, headers, body, t0, t1, err):
        self.status, self.headers, self.body, self.t0, self.t1, self.err = status, headers, body, t0, t1, err

    @property
    def latency(self):
        return self.t1 - self.t0

    def json(self):
        try:
            return json.loads(self.body.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return None

    def ctype(self):
        return (self.headers.get("content-type") or "").split(";")[0].strip()


def call(method, url, body=None, headers=None, timeout=5.0):
    """One request on a fresh connection. Transport failures come back as status 0 with err set."""
    u = urllib.parse.urlsplit(url)
    path = u.path + ("?" + u.query if u.query else "")
    h = dict(headers or {})
    data = None
    if body is not None:
        data = body if isinstance(body, (bytes, str)) else json.dumps(body)
        if isinstance(data, str):
            data = data.encode("utf-8")
        h.setdefault("Content-Type", "application/json")
    t0 = time.time()
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=timeout)
    try:
        conn.request(method, path, body=data, headers=h)
        r = conn.getresponse()
        raw = r.read()
        return Resp(r.status, {k.lower(): v for k, v in r.getheaders()}, raw, t0, time.time(), None)
    except socket.timeout:
        err = "timeout"
    except ConnectionRefusedError:
        err = "refused"
    except (ConnectionResetError, http.client.RemoteDisconnected, BrokenPipeError):
        err = "reset"
    except (OSError, http.client.HTTPException) as e:
        err = type(e).__name__
    finally:
        conn.close()
    return Resp(0, {}, b"", t0, time.time(), err)


def auth(key):
    return {"Authorization": "Bearer " + key}


def psql(sql):
    out = subprocess.run([os.environ.get("PSQL", "psql"), "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql],
                         check=True, capture_output=True, text=True)
    return [line for line in out.stdout.splitlines() if line.strip()]


def table(rows, title=None):
    width = max(len(str(r[0])) for r in rows)
    if title:
        print(title)
    for name, value, *verdict in rows:
        mark = ("  " + verdict[0]) if verdict and verdict[0] else ""
        print(f"  {str(name).ljust(width)}  {value}{mark}")


def verdict(ok):
    return "ok" if ok else "FAIL"


# --------------------------------------------------------------------------------------------------------------
# editor-key
# --------------------------------------------------------------------------------------------------------------
def cmd_editor_key(a):
    r = call("POST", a.base + "/api-keys", {"name": "load-" + uuid.uuid4().hex[:12], "role": "EDITOR"},
             auth(a.admin_key), timeout=10)
    if r.status != 201:
        sys.exit(f"POST /api-keys answered {r.status} {r.err or ''} {r.body[:300]!r}")
    print(r.json()["key"])


# --------------------------------------------------------------------------------------------------------------
# load: N threads create claims until the duration is over
# --------------------------------------------------------------------------------------------------------------
def cmd_load(a):
    bases = a.base.split(",")
    stop_at = time.time() + a.duration
    out = open(a.out, "w", buffering=1)
    lock = threading.Lock()
    run = uuid.uuid4().hex[:8]

    def write(event):
        with lock:
            out.write(json.dumps(event) + "\n")

    def running():
        return time.time() < stop_at and not (a.stop_file and os.path.exists(a.stop_file))

    def worker(n):
        seq = 0
        while running():
            seq += 1
            base = bases[(n + seq) % len(bases)]
            body = {"statement": f"reliability {run} t{n} n{seq}: the port authority confirmed the night ban.",
                    "sourcing_level": "OFFICIAL", "attribution": {"source_organization": "Port authority"}}
            r = call("POST", base + "/claims", body, auth(a.key), timeout=a.timeout)
            ev = {"t0": r.t0, "t1": r.t1, "thread": n, "status": r.status, "err": r.err, "ctype": r.ctype()}
            if r.status == 201:
                ev["id"] = (r.json() or {}).get("id")
            elif r.status:
                ev["retry_after"] = r.headers.get("retry-after")
                doc = r.json() if r.ctype() == PROBLEM else None
                if doc:
                    ev["type"] = doc.get("type")
                    ev["detail"] = (doc.get("detail") or "")[:200]
            write(ev)
            if r.status != 201:
                time.sleep(a.pause)  # a client backs off a little after a failure

    def ready_poller():
        while running():
            r = call("GET", bases[0] + "/q/health/ready", timeout=a.timeout)
            write({"t0": r.t0, "t1": r.t1, "ready": True, "status": r.status, "err": r.err})
            time.sleep(a.ready_every)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(a.threads)]
    if a.ready_every > 0:
        threads.append(threading.Thread(target=ready_poller))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    out.close()


def read_events(path):
    load, ready = [], []
    with open(path) as f:
        for line in f:
            ev = json.loads(line)
            (ready if ev.get("ready") else load).append(ev)
    load.sort(key=lambda e: e["t0"])
    ready.sort(key=lambda e: e["t0"])
    return load, ready


def read_timeline(path):
    tl = {}
    with open(path) as f:
        for line in f:
            if "=" in line:
                k, v = line.strip().split("=", 1)
                tl[k] = float(v) if v.replace(".", "", 1).lstrip("-").isdigit() else v
    return tl


def outcome(ev):
    return str(ev["status"]) if ev["status"] else ev["err"]


def counts(events):
    c = {}
    for ev in events:
        c[outcome(ev)] = c.get(outcome(ev), 0) + 1
    return ", ".join(f"{k}: {v}" for k, v in sorted(c.items())) or "none"


def check_acknowledged(load):
    acked = [e["id"] for e in load if e["status"] == 201]
    in_db = set(psql("SELECT id FROM claims"))
    missing = [i for i in acked if i not in in_db]
    return acked, in_db, missing


def pct(values, p):
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100.0 * (len(values) - 1))))]


# --------------------------------------------------------------------------------------------------------------
# outage-report
# --------------------------------------------------------------------------------------------------------------
def cmd_outage_report(a):
    load, ready = read_events(a.events)
    tl = read_timeline(a.timeline)
    stop_begin, down, up_begin, up = tl["stop_begin"], tl["stop_done"], tl["start_begin"], tl["start_done"]

    # While down: sent after PostgreSQL had stopped, answered before it was started again.
    while_down = [e for e in load if e["t0"] >= down and e["t1"] <= up_begin]
    down_failed = [e for e in while_down if e["status"] != 201]
    down_503 = [e for e in down_failed if e["status"] == 503 and e["ctype"] == PROBLEM]
    down_other = [e for e in down_failed if not (e["status"] == 503 and e["ctype"] == PROBLEM)]
    max_down = max((e["t1"] - e["t0"] for e in down_failed), default=0.0)
    p50_down = pct([e["t1"] - e["t0"] for e in down_failed], 50)
    retry_after = sorted({str(e.get("retry_after")) for e in down_503})

    ready_down = [e for e in ready if e["t0"] >= down and e["t1"] <= up_begin]
    ready_seen_down = any(e["status"] == 503 for e in ready_down)
    ready_up_again = next((e for e in ready if e["t0"] >= up and e["status"] == 200), None)

    first_ok = next((e for e in sorted(load, key=lambda e: e["t1"]) if e["status"] == 201 and e["t1"] >= up), None)
    recovery = (first_ok["t1"] - up) if first_ok else None
    after_up = [e for e in load if e["t0"] >= up]
    failed_after_up = [e for e in after_up if e["status"] != 201]
    last_fail_after_up = max((e["t1"] for e in failed_after_up), default=None)

    # Anything but 201 or 503 problem+json anywhere in the run (the moment of the stop included) is a finding.
    unexpected = [e for e in load if e["status"] != 201 and not (e["status"] == 503 and e["ctype"] == PROBLEM)]

    acked, in_db, missing = check_acknowledged(load)
    extra = len(in_db) - len(set(acked))

    checks = {
        "missing": not missing,
        "fail_fast": bool(down_failed) and not down_other and max_down < a.max_down_latency,
        "ready_down": ready_seen_down,
        "recovery": recovery is not None and recovery <= a.max_recovery,
        "unexpected": not unexpected,
        "no_restart": a.service_alive == "yes",
    }
    rows = [
        ("requests sent", len(load)),
        ("outcomes (whole run)", counts(load)),
        ("acknowledged 201s", len(acked)),
        ("rows found for them", len(acked) - len(missing)),
        ("missing", len(missing), verdict(checks["missing"])),
        ("rows without a 201 (committed, answer lost)", extra),
        ("PostgreSQL down", f"{up_begin - down:.1f} s (stop took {down - stop_begin:.2f} s)"),
        ("requests while down", f"{len(while_down)} ({counts(while_down)})"),
        ("503 problem+json while down", len(down_503)),
        ("other failures while down", len(down_other), verdict(not down_other)),
        ("Retry-After on those 503s", ", ".join(retry_after) or "-"),
        ("max latency while down", f"{max_down * 1000:.0f} ms (median {p50_down * 1000:.0f} ms, "
                                   f"limit {a.max_down_latency:.1f} s)", verdict(checks["fail_fast"])),
        ("readiness observed DOWN", ("yes" if ready_seen_down else "no")
         + f" ({len(ready_down)} polls while down: {counts(ready_down)})", verdict(checks["ready_down"])),
        ("readiness UP again after", f"{ready_up_again['t1'] - up:.2f} s" if ready_up_again else "never"),
        ("recovery time (DB back -> first 201)", f"{recovery * 1000:.0f} ms (limit {a.max_recovery:.1f} s)"
         if recovery is not None else "no 201 after the database came back", verdict(checks["recovery"])),
        ("failures after DB back", f"{len(failed_after_up)} ({counts(failed_after_up)}), last "
         + (f"{last_fail_after_up - up:.2f} s after" if last_fail_after_up else "-")),
        ("unexpected answers (not 201, not 503 problem)", f"{len(unexpected)}"
         + (f" ({counts(unexpected)})" if unexpected else ""), verdict(checks["unexpected"])),
        ("service restarted", "no (same process throughout)" if a.service_alive == "yes" else "yes/died",
         verdict(checks["no_restart"])),
    ]
    table(rows, f"outage.sh — {a.label}")
    for e in unexpected[:5]:
        print(f"    unexpected: {outcome(e)} at +{e['t0'] - stop_begin:.2f} s from stop, "
              f"{(e['t1'] - e['t0']) * 1000:.0f} ms, {e.get('type')}: {e.get('detail')}")
    for e in [e for e in failed_after_up if e["status"]][:3]:
        print(f"    after DB back: {outcome(e)} at +{e['t1'] - up:.2f} s, {e.get('type')}: {e.get('detail')}")
    failed = [k for k, ok in checks.items() if not ok]
    print("RESULT: " + ("PASS" if not failed else "FAIL (" + ", ".join(failed) + ")"))
    sys.exit(1 if failed else 0)


def cmd_idle_outage_report(a):
    """PostgreSQL restarted while the service was idle with a full pool; then the load starts again."""
    load, ready = read_events(a.events)
    tl = read_timeline(a.timeline)
    up = tl["idle_start_done"]
    first_sent = min((e["t0"] for e in load), default=up)
    first_ok = next((e for e in sorted(load, key=lambda e: e["t1"]) if e["status"] == 201), None)
    recovery = (first_ok["t1"] - up) if first_ok else None
    failed = [e for e in load if e["status"] != 201]
    last_fail = max((e["t1"] for e in failed), default=None)
    unexpected = [e for e in failed if not (e["status"] == 503 and e["ctype"] == PROBLEM)]
    ready_down = [e for e in ready if e["status"] != 200]
    acked, _, missing = check_acknowledged(load)
    checks = {
        "idle_recovery": recovery is not None and recovery <= a.max_recovery,
        "idle_no_failures": not failed,
        "idle_missing": not missing,
    }
    rows = [
        ("pooled connections before the restart", f"{tl.get('pool_before', 0):.0f}"),
        ("PostgreSQL down (no traffic)", f"{tl['idle_start_begin'] - tl['idle_stop_done']:.1f} s"),
        ("first request sent after DB back", f"{first_sent - up:.2f} s"),
        ("requests sent", len(load)),
        ("outcomes", counts(load)),
        ("recovery time (DB back -> first 201)", f"{recovery * 1000:.0f} ms (limit {a.max_recovery:.1f} s)"
         if recovery is not None else "no 201", verdict(checks["idle_recovery"])),
        ("failed requests after DB back", f"{len(failed)}" + (f" ({counts(failed)}), last {last_fail - up:.2f} s "
                                                             f"after DB back" if failed else ""),
         verdict(checks["idle_no_failures"])),
        ("  of them not 503 problem+json", f"{len(unexpected)}" + (f" ({counts(unexpected)})" if unexpected else "")),
        ("readiness polls not UP after DB back", f"{len(ready_down)} of {len(ready)}"),
        ("acknowledged 201s / missing in DB", f"{len(acked)} / {len(missing)}", verdict(checks["idle_missing"])),
    ]
    table(rows, "outage.sh — restart while idle (dead connections left in the pool)")
    for e in failed[:3]:
        print(f"    {outcome(e)} at +{e['t1'] - up:.2f} s, {e.get('type')}: {e.get('detail')}")
    bad = [k for k, ok in checks.items() if not ok]
    print("RESULT: " + ("PASS" if not bad else "FAIL (" + ", ".join(bad) + ")"))
    sys.exit(1 if bad else 0)


# --------------------------------------------------------------------------------------------------------------
# shutdown-report
# --------------------------------------------------------------------------------------------------------------
def drain_figure(log_path):
    """Seconds between the GracefulShutdownFilter's two log lines, from the service log."""
    if not log_path or not os.path.exists(log_path):
        return "-"
    import datetime
    marks = {}
    with open(log_path, errors="replace") as fh:
        for line in fh:
            for key, text in (("wait", "Waiting for HTTP requests to complete"), ("done", "All HTTP requests complete")):
                if text in line and key not in marks:
                    marks[key] = datetime.datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f")
    if "wait" not in marks:
        return "no drain logged"
    if "done" not in marks:
        return "never completed"
    return f"{(marks['done'] - marks['wait']).total_seconds():.2f} s"


def cmd_shutdown_report(a):
    load, ready = read_events(a.events)
    tl = read_timeline(a.timeline)
    term, exited = tl["term"], tl["exited"]
    ready_after = [e for e in ready if e["t0"] >= term]
    tolerance = 0.05  # the clock reading for SIGTERM is taken just before kill(1) runs

    before = [e for e in load if e["t0"] < term - tolerance]
    after = [e for e in load if e["t0"] >= term - tolerance]
    ok = [e for e in load if e["status"] == 201]
    ok_after_term = [e for e in ok if e["t1"] >= term]
    s503_after = [e for e in after if e["status"] == 503]
    s503_before = [e for e in before if e["status"] == 503]  # sent before shutdown began, yet refused
    other_5xx = [e for e in load if e["status"] >= 500 and e["status"] != 503]
    other_4xx = [e for e in load if 400 <= e["status"] < 500]
    refused = [e for e in load if e["err"] == "refused"]
    dropped = [e for e in load if e["status"] == 0 and e["err"] != "refused"]  # reset / timeout: answer lost
    acked, in_db, missing = check_acknowledged(load)
    in_flight_at_term = [e for e in load if e["t0"] < term <= e["t1"]]

    # A request that reaches the process while it closes its listening socket can be reset before any handler
    # sees it: no server avoids that race, and the client may safely retry as long as nothing was committed for
    # it. So resets count as failures only for requests sent before SIGTERM, or when one of them was committed.
    dropped_before = [e for e in dropped if e["t0"] < term - tolerance]
    committed_unanswered = len(in_db) - len(set(acked))
    checks = {
        "no_5xx": not other_5xx,
        "no_503_before_sigterm": not s503_before,
        "in_flight_answered": all(e["status"] == 201 for e in in_flight_at_term),
        "no_dropped_before_sigterm": not dropped_before,
        "no_commit_without_answer": committed_unanswered == 0,
        "missing": not missing,
        "exit_in_time": exited - term <= a.max_exit,
        "no_4xx": not other_4xx,
    }
    rows = [
        ("requests sent", len(load)),
        ("outcomes", counts(load)),
        ("sent before SIGTERM", f"{len(before)} ({counts(before)})"),
        ("sent after SIGTERM", f"{len(after)} ({counts(after)})"),
        ("in flight when SIGTERM was sent", f"{len(in_flight_at_term)} ({counts(in_flight_at_term)})",
         verdict(checks["in_flight_answered"])),
        ("201 answered after SIGTERM", len(ok_after_term)),
        ("503 for requests after shutdown began", len(s503_after)),
        ("503 for requests sent before SIGTERM", len(s503_before), verdict(checks["no_503_before_sigterm"])),
        ("other 5xx", f"{len(other_5xx)}" + (f" ({counts(other_5xx)})" if other_5xx else ""),
         verdict(checks["no_5xx"])),
        ("4xx", len(other_4xx), verdict(checks["no_4xx"])),
        ("connection refused (process gone, expected)", len(refused)),
        ("readiness polls after SIGTERM", counts(ready_after)),
        ("reset / timed out, sent before SIGTERM", len(dropped_before), verdict(checks["no_dropped_before_sigterm"])),
        ("reset while the socket closed (nothing run)", len(dropped) - len(dropped_before)),
        ("drain in the service log", drain_figure(a.log)),
        ("SIGTERM -> process exit", f"{exited - term:.2f} s (exit code {tl.get('exit_code', 0):.0f}, "
                                    f"limit {a.max_exit:.0f} s)", verdict(checks["exit_in_time"])),
        ("acknowledged 201s", len(acked)),
        ("rows found for them", len(acked) - len(missing)),
        ("missing", len(missing), verdict(checks["missing"])),
        ("rows without a 201 (committed, answer lost)", committed_unanswered,
         verdict(checks["no_commit_without_answer"])),
    ]
    table(rows, "shutdown.sh")
    for e in (other_5xx + s503_before + dropped + other_4xx)[:5]:
        what = f"{e.get('type')}: {e.get('detail')}" if e["status"] else "no response"
        print(f"    {outcome(e)} sent at {e['t0'] - term:+.2f} s from SIGTERM, ended {e['t1'] - term:+.2f} s, {what}")
    failed = [k for k, ok in checks.items() if not ok]
    print("RESULT: " + ("PASS" if not failed else "FAIL (" + ", ".join(failed) + ")"))
    sys.exit(1 if failed else 0)


# --------------------------------------------------------------------------------------------------------------
# two-instances
# --------------------------------------------------------------------------------------------------------------
def together(n, fn):
    """Runs fn(i) in n threads released at once by a barrier; returns the results in order."""
    barrier = threading.Barrier(n)
    results = [None] * n

    def run(i):
        barrier.wait()
        results[i] = fn(i)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def create(base, key, path, body, expect=201):
    r = call("POST", base + path, body, auth(key), timeout=10)
    if r.status != expect:
        raise SystemExit(f"POST {path} answered {r.status} {r.err or ''} {r.body[:300]!r}")
    return r.json()


def claim_body(statement):
    return {"statement": statement, "sourcing_level": "OFFICIAL",
            "attribution": {"source_organization": "Port authority"}}


def if_match_updates(bases, key, clients, rounds):
    """Each client appends its marker with read-modify-write under If-Match, retrying on 412."""
    figures = {"patches": 0, "200": 0, "412": 0, "other": [], "generations_bad": [], "lost": [], "dup": [],
               "claims": 0, "versions_ok": True}
    for rnd in range(rounds):
        claim = create(bases[0], key, "/claims", claim_body(f"If-Match round {rnd}:"))
        cid = claim["id"]
        first = call("GET", f"{bases[0]}/claims/{cid}", headers=auth(key))
        v0 = int(first.headers["etag"].strip('"'))
        attempts = []  # (if_match, status)
        lock = threading.Lock()

        def client(i):
            base = bases[i % len(bases)]
            marker = f"[m{i:02d}]"
            for _ in range(200):
                r = call("GET", f"{base}/claims/{cid}", headers=auth(key), timeout=10)
                if r.status != 200:
                    with lock:
                        figures["other"].append(f"GET {r.status or r.err}")
                    continue
                etag = r.headers["etag"]
                statement = r.json()["statement"] + " " + marker
                p = call("PATCH", f"{base}/claims/{cid}", json.dumps({"statement": statement}),
                         {**auth(key), "If-Match": etag, "Content-Type": "application/merge-patch+json"}, timeout=10)
                with lock:
                    attempts.append((etag, p.status or p.err))
                if p.status == 200:
                    return True
                if p.status != 412:
                    with lock:
                        figures["other"].append(f"PATCH {p.status or p.err} {p.body[:160]!r}")
                    time.sleep(0.05)
            return False

        together(clients, client)
        final = call("GET", f"{bases[0]}/claims/{cid}", headers=auth(key))
        statement = final.json()["statement"]
        v_final = int(final.headers["etag"].strip('"'))
        by_tag = {}
        for tag, status in attempts:
            by_tag.setdefault(tag, []).append(status)
        for tag, statuses in by_tag.items():
            wins = statuses.count(200)
            if wins != 1 or any(s not in (200, 412) for s in statuses):
                figures["generations_bad"].append((tag, statuses))
        expected_tags = {f'"{v}"' for v in range(v0, v0 + clients)}
        if set(by_tag) != expected_tags or v_final != v0 + clients:
            figures["versions_ok"] = False
        for i in range(clients):
            n = statement.count(f"[m{i:02d}]")
            if n == 0:
                figures["lost"].append(f"claim {cid} marker m{i:02d}")
            elif n > 1:
                figures["dup"].append(f"claim {cid} marker m{i:02d} x{n}")
        figures["patches"] += len(attempts)
        figures["200"] += sum(1 for _, s in attempts if s == 200)
        figures["412"] += sum(1 for _, s in attempts if s == 412)
        figures["claims"] += 1
        first = [s for t, s in attempts if t == f'"{v0}"']
        figures.setdefault("first_round", []).append(f"{first.count(200)}x200+{first.count(412)}x412")
    return figures


def idempotent_creates(bases, key, parallel, rounds):
    figures = {"requests": 0, "201": 0, "replayed": 0, "other": [], "distinct_ids": [], "db_rows": [],
               "records": []}
    for rnd in range(rounds):
        idem = str(uuid.uuid4())
        statement = f"Idempotency round {rnd} {idem}: the harbour authority confirmed the night ban."

        def send(i):
            return call("POST", bases[i % len(bases)] + "/claims", claim_body(statement),
                        {**auth(key), "Idempotency-Key": idem}, timeout=15)

        results = together(parallel, send)
        ids = set()
        for r in results:
            figures["requests"] += 1
            if r.status == 201:
                figures["201"] += 1
                ids.add(r.json()["id"])
                if r.headers.get("idempotent-replayed") == "true":
                    figures["replayed"] += 1
            else:
                figures["other"].append(f"{r.status or r.err} {r.body[:160]!r}")
        figures["distinct_ids"].append(len(ids))
        safe = statement.replace("'", "''")
        figures["db_rows"].append(int(psql(f"SELECT count(*) FROM claims WHERE statement = '{safe}'")[0]))
        figures["records"].append(int(psql(
            f"SELECT count(*) FROM idempotency_records WHERE idempotency_key = '{idem}'")[0]))
    return figures


def duplicate_links(bases, key, parallel, rounds):
    figures = {"requests": 0, "201": 0, "409": 0, "other": [], "db_rows": []}
    for rnd in range(rounds):
        claim = create(bases[0], key, "/claims", claim_body(f"Link round {rnd}: the ban starts in March."))
        report = create(bases[1 % len(bases)], key, "/reports",
                        {"url": f"https://x.example/{uuid.uuid4()}", "title": "t", "outlet": "Wire", "kind": "WIRE"})

        def send(i):
            return call("POST", f"{bases[i % len(bases)]}/claims/{claim['id']}/links",
                        {"report_id": report["id"], "relation": "CORROBORATES"}, auth(key), timeout=15)

        for r in together(parallel, send):
            figures["requests"] += 1
            if r.status == 201:
                figures["201"] += 1
            elif r.status == 409 and r.ctype() == PROBLEM:
                figures["409"] += 1
            else:
                figures["other"].append(f"{r.status or r.err} {r.body[:160]!r}")
        figures["db_rows"].append(int(psql(f"SELECT count(*) FROM claim_links WHERE claim_id = '{claim['id']}'")[0]))
    return figures


def revocation_across_instances(direct, admin_key, rounds):
    """A key issued and revoked through one instance, used (and so cached) on the other: how long until refused."""
    figures = {"rounds": 0, "refused_ms": [], "never": 0, "other": []}
    issuer, user = direct[0], direct[-1]
    for _ in range(rounds):
        r = call("POST", issuer + "/api-keys", {"name": "revoke-" + uuid.uuid4().hex[:12], "role": "READER"},
                 auth(admin_key), timeout=10)
        if r.status != 201:
            figures["other"].append(f"issue: {r.status or r.err} {r.body[:160]!r}")
            continue
        key, key_id = r.json()["key"], r.json()["id"]
        for _ in range(3):  # the first use looks the key up; the next ones are answered from the instance's cache
            r = call("GET", user + "/stories?limit=1", headers=auth(key))
            if r.status != 200:
                figures["other"].append(f"use: {r.status or r.err}")
        r = call("DELETE", f"{issuer}/api-keys/{key_id}", headers=auth(admin_key), timeout=10)
        if r.status != 204:
            figures["other"].append(f"revoke: {r.status or r.err}")
            continue
        figures["rounds"] += 1
        t0 = time.time()
        while True:
            status = call("GET", user + "/stories?limit=1", headers=auth(key)).status
            if status == 401:
                figures["refused_ms"].append(round((time.time() - t0) * 1000))
                break
            if time.time() - t0 > 5:
                figures["never"] += 1
                break
            time.sleep(0.005)
    return figures


def cmd_two_instances(a):
    direct = a.direct.split(",")
    key = a.key
    checks = {}
    rows = []

    f = if_match_updates(direct + [a.proxy], key, a.clients, a.rounds)
    checks["if_match"] = (not f["generations_bad"] and not f["lost"] and not f["dup"] and not f["other"]
                          and f["versions_ok"])
    rows += [
        (f"(a) If-Match: claims x clients", f"{f['claims']} x {a.clients} (via {', '.join(direct + [a.proxy])})"),
        ("    first ETag, all clients at once", ", ".join(f["first_round"])),
        ("    PATCH attempts / 200 / 412", f"{f['patches']} / {f['200']} / {f['412']}"),
        ("    ETag generations with != one 200", len(f["generations_bad"]), verdict(not f["generations_bad"])),
        ("    versions v0..v0+N-1 each used, final = v0+N", "yes" if f["versions_ok"] else "no",
         verdict(f["versions_ok"])),
        ("    other answers", len(f["other"]), verdict(not f["other"])),
        ("    markers lost / duplicated", f"{len(f['lost'])} / {len(f['dup'])}",
         verdict(not f["lost"] and not f["dup"])),
    ]

    g = idempotent_creates(direct, key, a.parallel, a.rounds)
    per_round_ok = all(n == 1 for n in g["distinct_ids"]) and all(n == 1 for n in g["db_rows"])
    checks["idempotency"] = (per_round_ok and not g["other"]
                             and g["replayed"] == g["requests"] - a.rounds and g["201"] == g["requests"])
    rows += [
        ("(b) Idempotency-Key: rounds x parallel", f"{a.rounds} x {a.parallel} (alternating {', '.join(direct)})"),
        ("    201 / of them replayed", f"{g['201']} / {g['replayed']} (expected {g['requests']} / "
                                       f"{g['requests'] - a.rounds})",
         verdict(g["201"] == g["requests"] and g["replayed"] == g["requests"] - a.rounds)),
        ("    other answers", len(g["other"]), verdict(not g["other"])),
        ("    distinct ids per round", ",".join(map(str, g["distinct_ids"])),
         verdict(all(n == 1 for n in g["distinct_ids"]))),
        ("    claims in DB per round", ",".join(map(str, g["db_rows"])), verdict(all(n == 1 for n in g["db_rows"]))),
        ("    idempotency records per round", ",".join(map(str, g["records"]))),
    ]

    h = duplicate_links(direct, key, a.parallel, a.rounds)
    links_ok = h["201"] == a.rounds and h["409"] == h["requests"] - a.rounds and not h["other"] \
        and all(n == 1 for n in h["db_rows"])
    checks["links"] = links_ok
    rows += [
        ("(c) duplicate link: rounds x parallel", f"{a.rounds} x {a.parallel} (alternating {', '.join(direct)})"),
        ("    201 / 409 problem", f"{h['201']} / {h['409']} (expected {a.rounds} / {h['requests'] - a.rounds})",
         verdict(h["201"] == a.rounds and h["409"] == h["requests"] - a.rounds)),
        ("    other answers", len(h["other"]), verdict(not h["other"])),
        ("    claim_links rows per round", ",".join(map(str, h["db_rows"])),
         verdict(all(n == 1 for n in h["db_rows"]))),
    ]
    if a.admin_key:
        k = revocation_across_instances(direct, a.admin_key, a.rounds)
        checks["revocation"] = k["rounds"] == a.rounds and not k["never"] and not k["other"]
        rows += [
            ("(d) revoked on one instance, cached on the other", f"{a.rounds} keys (issued and revoked via "
                                                                 f"{direct[0]}, used via {direct[-1]})"),
            ("    refused on the other instance after (ms)", ", ".join(map(str, k["refused_ms"])) or "-",
             verdict(not k["never"] and k["rounds"] == a.rounds)),
            ("    other answers", len(k["other"]), verdict(not k["other"])),
        ]
    spread = {}
    if a.nginx_log and os.path.exists(a.nginx_log):
        with open(a.nginx_log) as fh:
            for line in fh:
                upstream = line.split()[-2]
                spread[upstream] = spread.get(upstream, 0) + 1
    admins = int(psql("SELECT count(*) FROM api_keys WHERE role = 'ADMIN'")[0])
    checks["bootstrap"] = admins == 1
    checks["nginx_spread"] = len(spread) >= 2
    errors = []
    for log_path in filter(None, (a.logs or "").split(",")):
        with open(log_path) as fh:
            errors.append(f"{os.path.basename(log_path)}: {sum(1 for line in fh if ' ERROR ' in line)}")
    rows += [
        ("nginx requests per upstream", ", ".join(f"{k} x{v}" for k, v in sorted(spread.items())) or "none",
         verdict(checks["nginx_spread"])),
        ("ADMIN keys after the concurrent start", f"{admins} (expected 1)", verdict(checks["bootstrap"])),
        ("ERROR lines in the instances' logs", ", ".join(errors) or "-"),
    ]
    table(rows, "two-instances.sh")
    for label, items in (("If-Match", f["other"] + [str(x) for x in f["generations_bad"]] + f["lost"] + f["dup"]),
                         ("Idempotency", g["other"]), ("links", h["other"])):
        for item in items[:4]:
            print(f"    {label}: {item}")
    failed = [k for k, ok in checks.items() if not ok]
    print("RESULT: " + ("PASS" if not failed else "FAIL (" + ", ".join(failed) + ")"))
    sys.exit(1 if failed else 0)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)

    s = sub.add_parser("editor-key")
    s.add_argument("--base", required=True)
    s.add_argument("--admin-key", required=True)
    s.set_defaults(fn=cmd_editor_key)

    s = sub.add_parser("load")
    s.add_argument("--base", required=True, help="base URL, or several separated by commas (round-robin)")
    s.add_argument("--key", required=True)
    s.add_argument("--threads", type=int, default=8)
    s.add_argument("--duration", type=float, default=35)
    s.add_argument("--timeout", type=float, default=8, help="client timeout of each request, seconds")
    s.add_argument("--pause", type=float, default=0.05, help="pause after a failed request, seconds")
    s.add_argument("--ready-every", type=float, default=0, help="poll /q/health/ready this often (0: never)")
    s.add_argument("--stop-file", help="stop early once this file exists")
    s.add_argument("--out", required=True)
    s.set_defaults(fn=cmd_load)

    s = sub.add_parser("outage-report")
    s.add_argument("--events", required=True)
    s.add_argument("--timeline", required=True)
    s.add_argument("--service-alive", default="yes")
    s.add_argument("--label", default="")
    s.add_argument("--max-recovery", type=float, default=5.0)
    s.add_argument("--max-down-latency", type=float, default=6.0)
    s.set_defaults(fn=cmd_outage_report)

    s = sub.add_parser("idle-outage-report")
    s.add_argument("--events", required=True)
    s.add_argument("--timeline", required=True)
    s.add_argument("--max-recovery", type=float, default=5.0)
    s.set_defaults(fn=cmd_idle_outage_report)

    s = sub.add_parser("shutdown-report")
    s.add_argument("--events", required=True)
    s.add_argument("--timeline", required=True)
    s.add_argument("--max-exit", type=float, default=25.0)
    s.add_argument("--log", help="the service log (for the drain figure)")
    s.set_defaults(fn=cmd_shutdown_report)

    s = sub.add_parser("two-instances")
    s.add_argument("--direct", required=True, help="the instances' base URLs, comma-separated")
    s.add_argument("--proxy", required=True, help="nginx's base URL")
    s.add_argument("--key", required=True)
    s.add_argument("--clients", type=int, default=8)
    s.add_argument("--parallel", type=int, default=20)
    s.add_argument("--rounds", type=int, default=5)
    s.add_argument("--admin-key", help="also check that a key revoked on one instance is refused on the other")
    s.add_argument("--nginx-log", help="nginx access log whose last-but-one field is the upstream")
    s.add_argument("--logs", help="the instances' logs, comma-separated (ERROR lines are counted)")
    s.set_defaults(fn=cmd_two_instances)

    a = p.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
