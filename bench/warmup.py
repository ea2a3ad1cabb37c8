"""Warm-up until throughput is stable, for the Python benchmarks (bench/*/measure.py): the rule of bench_warmup in
bench/load/lib.sh, applied within one run of one process. Standard library only.

A warm-up calls an operation in windows of WARMUP_WINDOW seconds (default 5) and stops when two consecutive windows
agree within WARMUP_TOLERANCE percent (default 5: the later window's rate divided by the earlier one's lies within
1 +- 0.05), or at the cap of WARMUP_MAX / WARMUP_WINDOW windows (at least 2), i.e. WARMUP_MAX seconds (default 120 s):
then it stops anyway and says so. A window's rate is calls per second; a fixed number of calls
was not enough, because how long the JIT takes to reach full speed depends on the operation and the machine.

    import warmup                      # after sys.path.insert(0, <the bench directory>)
    result = warmup.until_stable("get_claim", lambda: get("/claims/..."))
    print(warmup.describe(result))
"""
import os
import sys
import time

WINDOW_S = int(os.environ.get("WARMUP_WINDOW", "5"))
TOLERANCE = float(os.environ.get("WARMUP_TOLERANCE", "5")) / 100
MAX_S = int(os.environ.get("WARMUP_MAX", "120"))
if WINDOW_S < 1 or MAX_S < 0 or TOLERANCE < 0:
    raise SystemExit("WARMUP_WINDOW must be >= 1 s, WARMUP_MAX and WARMUP_TOLERANCE >= 0")


def max_windows():
    """The most windows one warm-up runs (as warmup_max_windows in lib.sh)."""
    return max(2, MAX_S // WINDOW_S)


def agree(earlier, later):
    """True when the later rate is within TOLERANCE of the earlier one, compared as a ratio."""
    return earlier > 0 and abs(later / earlier - 1) <= TOLERANCE


def until_stable(name, once, unit="req/s", log=sys.stderr):
    """Calls once() back to back in windows of WINDOW_S seconds until two consecutive windows agree or the cap is
    reached. Returns {"name", "seconds", "windows", "converged", "last_rates": [earlier, later], "unit"}."""
    rates = []
    start = time.perf_counter()
    converged = False
    for window in range(1, max_windows() + 1):
        calls = 0
        t0 = time.perf_counter()
        while True:
            once()
            calls += 1
            elapsed = time.perf_counter() - t0
            if elapsed >= WINDOW_S:
                break
        rates.append(calls / elapsed)
        print(f"warm-up {name}: window {window} of at most {max_windows()}: {rates[-1]:.1f} {unit}", file=log, flush=True)
        if len(rates) >= 2 and agree(rates[-2], rates[-1]):
            converged = True
            break
    return {"name": name, "seconds": round(time.perf_counter() - start, 1), "windows": len(rates),
            "converged": converged, "last_rates": [round(r, 1) for r in rates[-2:]], "unit": unit}


def describe(result, short=False):
    """One line for a results header: how long, converged or capped, the last two window rates (short: a table cell)."""
    rates = ", ".join(f"{r:.1f}" for r in result["last_rates"])
    if short:
        verdict = "converged" if result["converged"] else "CAP, not converged"
        return f"{verdict}, {result['seconds']:.0f} s (last two: {rates} {result['unit']})"
    verdict = "converged" if result["converged"] else f"hit the {MAX_S} s cap without converging"
    return (f"{verdict} after {result['seconds']:.0f} s ({result['windows']} windows of {WINDOW_S} s); "
            f"last two windows: {rates} {result['unit']}")


def rule():
    """The rule in one line, for a results header."""
    return (f"{WINDOW_S} s windows until two consecutive ones agree within {TOLERANCE * 100:g} % (later / earlier), "
            f"at most {MAX_S} s per operation")
