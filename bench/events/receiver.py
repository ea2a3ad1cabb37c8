#!/usr/bin/env python3
"""A local webhook receiver for bench/events and bench/reliability/webhooks.sh (Python 3 standard library only).

Every POST to any path but /_control is recorded as one JSON line in --out (appended, so a receiver restarted on
the same file keeps one record): receive time `t` (time.time()), the Standard Webhooks headers (`id`, `ts`, `sig`),
the status this receiver answered, and the body. What it answers is set at run time:

    POST /_control {"mode": "ok"}          answer 204 (the default)
    POST /_control {"mode": "503"}         answer 503 (recorded with status 503: not a delivery)
    POST /_control {"delay_ms": 50}        wait that long before answering (deliveries stay in flight)
    GET  /_control                         {"mode", "delay_ms", "received", "ok"} so far in this process

"Connection refused" is this process not running: the scripts stop it and start it again on the same port.
Signatures are checked afterwards, from the recorded lines (evtool.py), not here, to keep the receiver fast.
"""
import argparse
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

state = {"mode": "ok", "delay_ms": 0, "received": 0, "ok": 0}
lock = threading.Lock()
out = None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the service's HttpClient expects

    def log_message(self, *args):
        pass

    def _body(self):
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def _answer(self, status, body=b"", ctype="application/json"):
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        if body:
            self.send_header("Content-Type", ctype)
        self.end_headers()
        if body:
            self.wfile.write(body)

    def do_GET(self):
        if self.path.startswith("/_control"):
            with lock:
                self._answer(200, json.dumps(state).encode())
        else:
            self._answer(404)

    def do_POST(self):
        body = self._body()
        t = time.time()
        if self.path.startswith("/_control"):
            change = json.loads(body or b"{}")
            with lock:
                state.update({k: change[k] for k in ("mode", "delay_ms") if k in change})
                self._answer(200, json.dumps(state).encode())
            return
        mode, delay = state["mode"], state["delay_ms"]
        if delay:
            time.sleep(delay / 1000.0)
        status = 503 if mode == "503" else 204
        rec = {"t": t, "path": self.path, "id": self.headers.get("webhook-id"), "ts": self.headers.get("webhook-timestamp"),
               "sig": self.headers.get("webhook-signature"), "status": status, "body": body.decode("utf-8")}
        line = json.dumps(rec) + "\n"
        with lock:
            out.write(line)
            out.flush()
            state["received"] += 1
            if status < 300:
                state["ok"] += 1
        self._answer(status)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--out", required=True, help="JSON lines, appended")
    p.add_argument("--mode", default="ok", choices=["ok", "503"])
    a = p.parse_args()
    global out
    out = open(a.out, "a")
    state["mode"] = a.mode
    Server(("127.0.0.1", a.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
