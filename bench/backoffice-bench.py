#!/usr/bin/env python3
"""Back-office bench (issue 6): the applications table of an offer with 2 000 applications, and a bulk rejection
of 500 with their mails. Runs against a platform started by server-config/run.sh, logged in as a demo agent of
the offer's direction; see bench/README.md for the data (applications-2000.sql).

  python3 bench/backoffice-bench.py --offer 33 --table 300          # offer page: warm-up, then 300 timed loads
  python3 bench/backoffice-bench.py --offer 33 --reject             # filter "bench-500", reject them, time the mails
"""
import argparse
import html.parser
import http.cookiejar
import json
import re
import statistics
import time
import urllib.parse
import urllib.request

BASE = "http://localhost:8080"


class Form(html.parser.HTMLParser):
    """The fields of one form of a page, as a browser would send them (no button, no unticked box)."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id, self.inside, self.fields, self.select, self.textarea = form_id, False, {}, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("id") == self.form_id:
            self.inside = True
        if not self.inside:
            return
        if tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("submit", "button", "image"):
                return
            if kind == "checkbox" and "checked" not in a:
                return
            self.fields[a["name"]] = a.get("value", "on" if kind == "checkbox" else "")
        elif tag == "select" and a.get("name"):
            self.select = a["name"]
        elif tag == "option" and self.select and ("selected" in a or self.select not in self.fields):
            self.fields[self.select] = a.get("value", "")
        elif tag == "textarea" and a.get("name"):
            self.textarea = a["name"]
            self.fields[self.textarea] = ""

    def handle_data(self, data):
        if self.textarea:
            self.fields[self.textarea] += data

    def handle_endtag(self, tag):
        if tag == "form" and self.inside:
            self.inside = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None


def fields(page, form_id):
    """With the nonce PrimeFaces' script adds to each form of a back-office page (its CSP mode)."""
    parser = Form(form_id)
    parser.feed(page)
    nonce = re.search(r"PrimeFaces\.csp\.init\('([^']+)'\)", page)
    if nonce:
        parser.fields["primefaces.nonce"] = nonce.group(1).replace("\\x3d", "=").replace("\\/", "/")
    return parser.fields


class Agent:
    def __init__(self, login, password):
        self.http = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()),
                                                NoRedirect())
        page = self.get("/login.xhtml")
        form = fields(page, "login")
        form.update({"login:username": login, "login:password": password, "login:submit": "Se connecter"})
        self.post("/login.xhtml", form)

    def get(self, path):
        with self.http.open(BASE + path) as response:
            return response.read().decode("utf-8")

    def post(self, path, form):
        data = urllib.parse.urlencode(form).encode()
        try:
            with self.http.open(urllib.request.Request(BASE + path, data=data)) as response:
                return response.read().decode("utf-8")
        except urllib.error.HTTPError as e:
            if e.code in (302, 303):
                return ""
            raise


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def table(agent, offer, count):
    path = f"/backoffice/offer.xhtml?id={offer}"
    for _ in range(min(count, 200)):  # warm-up: the JIT compiles the paths this page takes
        agent.get(path)
    times = []
    for _ in range(count):
        start = time.perf_counter()
        page = agent.get(path)
        times.append((time.perf_counter() - start) * 1000)
    shown = re.search(r"(\d[\d ]*) candidatures", page.replace("\u202f", " ").replace("\xa0", " "))
    assert shown and int(shown.group(1).replace(" ", "")) >= 2000 and "C-B" in page, page[:500]
    print(f"offer page with its table ({count} loads, one agent): p50 {statistics.median(times):.0f} ms, "
          f"p95 {percentile(times, 95):.0f} ms, p99 {percentile(times, 99):.0f} ms, max {max(times):.0f} ms")


def pages(agent, offer, count):
    """Paging through the table as PrimeFaces does it (an Ajax request per page), to random pages."""
    import random
    path = f"/backoffice/offer.xhtml?id={offer}"
    page = agent.get(path)
    sent = fields(page, "applications")
    state, nonce = sent["jakarta.faces.ViewState"], sent.get("primefaces.nonce", "")
    times = []
    for i in range(count + 100):
        form = {"jakarta.faces.partial.ajax": "true", "jakarta.faces.source": "applications:table",
                "jakarta.faces.partial.execute": "applications:table", "jakarta.faces.partial.render": "applications:table",
                "applications:table": "applications:table", "applications:table_pagination": "true",
                "applications:table_first": str(25 * random.randrange(80)), "applications:table_rows": "25",
                "applications:table_skipChildren": "true", "applications:table_encodeFeature": "true",
                "applications": "applications", "jakarta.faces.ViewState": state, "primefaces.nonce": nonce}
        start = time.perf_counter()
        answer = agent.post(path, form)
        if i >= 100:  # the first hundred warm up
            times.append((time.perf_counter() - start) * 1000)
    assert "C-B" in answer, answer[:300]
    print(f"another page of the table (Ajax, {count} requests): p50 {statistics.median(times):.0f} ms, "
          f"p95 {percentile(times, 95):.0f} ms, p99 {percentile(times, 99):.0f} ms")


def mail_users():
    with urllib.request.urlopen("http://localhost:8025/api/user") as response:
        return sum(1 for u in json.load(response) if u["email"].endswith("@rejet-bench.example"))


def reject(agent, offer):
    path = f"/backoffice/offer.xhtml?id={offer}"
    page = agent.get(path)
    form = fields(page, "applications")
    form.update({"applications:words": "bench-500", "applications:filter": "Filtrer"})
    page = agent.post(path, form)
    assert "Refuser les candidatures en attente affichées par le filtre (500)" in page, "filter did not give 500"
    form = fields(page, "applications")
    form["applications:rejectPending"] = "x"
    page = agent.post(path, form)
    assert 'id="applications:confirmReject"' in page, "no confirmation asked"
    form = fields(page, "applications")  # the agent confirms what the page says will happen (timed from here)
    form["applications:confirmReject"] = "x"
    before = mail_users()
    start = time.perf_counter()
    page = agent.post(path, form)
    returned = time.perf_counter() - start
    assert "500 candidatures refusées" in page, page[page.find('id="done"'):][:600]
    print(f"bulk rejection of 500: page back to the agent in {returned * 1000:.0f} ms")
    while mail_users() - before < 500:
        time.sleep(0.25)
        if time.perf_counter() - start > 600:
            raise SystemExit(f"only {mail_users() - before} mails after 10 minutes")
    print(f"500 rejection mails in the catcher {time.perf_counter() - start:.1f} s after the click")


if __name__ == "__main__":
    args = argparse.ArgumentParser()
    args.add_argument("--offer", type=int, required=True)
    args.add_argument("--login", default="correspondant.deve@stages.example")
    args.add_argument("--password", default="stages-demo", help="stages-bench for the accounts of bench/dataset.py")
    args.add_argument("--table", type=int, default=0, help="timed loads of the offer page")
    args.add_argument("--pages", type=int, default=0, help="timed Ajax requests for other pages of the table")
    args.add_argument("--reject", action="store_true")
    options = args.parse_args()
    agent = Agent(options.login, options.password)
    if options.table:
        table(agent, options.offer, options.table)
    if options.pages:
        pages(agent, options.offer, options.pages)
    if options.reject:
        reject(agent, options.offer)
