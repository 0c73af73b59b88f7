#!/usr/bin/env python3
"""Statistics bench (issue 25): the statistics page of a whole school year, loaded in a loop by a few signed-in
agents at once, each with its own session (the office: the whole city; an agent: their direction), for a time;
prints the loads and their latency percentiles. Against a platform started by server-config/run.sh on the bench
dataset (accounts bench.bureau@stages.example, bench.agent@stages.example, password stages-bench).

  python3 bench/dashboard-bench.py --login bench.bureau@stages.example --clients 4 --seconds 30
"""
import argparse
import threading
import time

from importlib.machinery import SourceFileLoader
from pathlib import Path

backoffice = SourceFileLoader("backoffice", str(Path(__file__).with_name("backoffice-bench.py"))).load_module()


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--login", default="bench.bureau@stages.example")
    args.add_argument("--password", default="stages-bench")
    args.add_argument("--clients", type=int, default=4)
    args.add_argument("--seconds", type=float, default=30)
    args.add_argument("--warmup", type=float, default=20, help="seconds of the same load before measuring")
    args.add_argument("--period", default="du=2025-09-01&au=2026-08-31", help="the school year with a whole year of data")
    a = args.parse_args()
    path = "/backoffice/statistics.xhtml?" + a.period
    agents = [backoffice.Agent(a.login, a.password) for _ in range(a.clients)]
    first = agents[0].get(path)
    if "table-indicateurs" not in first:
        raise SystemExit("no dashboard for " + a.login + ": " + first[:300])
    latencies, errors, lock = [], [], threading.Lock()

    def loop(agent, until, keep):
        while time.time() < until:
            started = time.perf_counter()
            try:
                page = agent.get(path)
                ok = "table-indicateurs" in page
            except Exception as e:  # an error page, a refused connection: counted, not hidden
                ok, page = False, str(e)
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                if keep:
                    latencies.append(elapsed)
                    if not ok:
                        errors.append(page[:200])

    for keep, seconds in ((False, a.warmup), (True, a.seconds)):
        until = time.time() + seconds
        threads = [threading.Thread(target=loop, args=(agent, until, keep)) for agent in agents]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    p = backoffice.percentile
    print(f"dashboard {a.login} ({a.clients} clients, {a.seconds:.0f} s): {len(latencies)} loads, "
          f"{len(latencies) / a.seconds:.1f}/s, p50 {p(latencies, 50):.0f} ms, p95 {p(latencies, 95):.0f} ms, "
          f"p99 {p(latencies, 99):.0f} ms, errors {len(errors)}")
    if errors:
        print("first error: " + errors[0])


if __name__ == "__main__":
    main()
