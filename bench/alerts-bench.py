#!/usr/bin/env python3
"""Search alerts bench (issue 24, S8): with bench/alerts-200k.sql loaded (200,000 alerts due, 2,000 offers published
in the last day), the internship office sends today's digests from the mail page (the morning run, on demand), and
this script reports what the run said (alerts due, digests queued, its own time: indexing the new offers, matching
every alert and queuing every digest), the wall time of that request, then how long until the last digest has left
(no ALERT_DIGEST mail QUEUED or SENDING, read with psql).

  python3 bench/alerts-bench.py --db stages_bench_city
"""
import argparse
import importlib.util
import os
import re
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("backoffice_bench", os.path.join(HERE, "backoffice-bench.py"))
backoffice = importlib.util.module_from_spec(spec)
spec.loader.exec_module(backoffice)


def sql(db, query):
    env = dict(os.environ, PGPASSWORD="stages")
    return subprocess.run(["psql", "-h", "localhost", "-U", "stages", "-tAc", query, db], env=env, check=True,
                          capture_output=True, text=True).stdout.strip()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--login", default="bench.bureau@stages.example")
    parser.add_argument("--password", default="stages-bench")
    args = parser.parse_args()
    office = backoffice.Agent(args.login, args.password)
    page = office.get("/backoffice/mails.xhtml")
    form = backoffice.fields(page, "alerts")
    if not form:
        raise SystemExit("pas de bouton d'envoi des alertes : déjà envoyées aujourd'hui sur cette base ?")
    form["alerts:run"] = "Envoyer maintenant les alertes du jour"
    started = time.time()
    answer = office.post("/backoffice/mails.xhtml", form)
    request_s = time.time() - started
    said = re.search(r"([0-9\u202f\u00a0 ]+) courriel\(s\) mis en file pour ([0-9\u202f\u00a0 ]+) alerte\(s\) "
                     r"\(offres nouvelles : ([0-9\u202f\u00a0 ]+)\), en ([0-9\u202f\u00a0 ]+) ms", answer)
    if not said:
        raise SystemExit("réponse inattendue : " + re.sub(r"\s+", " ", answer)[:2000])
    mailed, due, fresh, millis = (int(re.sub(r"\D", "", g)) for g in said.groups())
    print(f"run: {due} alerts due, {fresh} new offers, {mailed} digests queued in {millis / 1000:.1f} s "
          f"(request {request_s:.1f} s)")
    while int(sql(args.db, "select count(*) from mail where kind = 'ALERT_DIGEST' and status in ('QUEUED', 'SENDING')")):
        time.sleep(1)
    left = time.time() - started
    counts = sql(args.db, "select status || ' ' || count(*) from mail where kind = 'ALERT_DIGEST' group by status")
    print(f"last digest left {left:.1f} s after the click ({' ; '.join(counts.splitlines())})")


if __name__ == "__main__":
    main()
