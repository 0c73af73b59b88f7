#!/usr/bin/env python3
"""Application load: N candidates at once send the application form with a PDF CV, as browsers do.

    bench/apply-bench.py [--base http://localhost:8080] [--clients 16] [--seconds 60] [--kb 200]
    bench/apply-bench.py --burst 20 --kb 5000        # 20 simultaneous uploads of ~5 MB, once

Each sending is a real multipart POST of /offers/apply.xhtml (form key, every field, the CV) to
one published offer taken from sitemap.xml, with a new e-mail address. The platform allows 20 applications an
hour per network address: each client sends from its own loopback addresses (127.x.y.z, a new one every 20
sendings, drawn at random among 16 million), so the limits stay on and are not what is measured. Success = the redirect to the confirmation
page. Prints sendings per second and latency percentiles. Standard library only.
"""
import argparse
import http.client
import random
import re
import statistics
import threading
import time
import urllib.parse
import uuid


def pdf(kilobytes):
    """A valid one-page PDF of about that size (the padding is a PDF comment inside the content stream)."""
    text = b"BT /F1 18 Tf 72 720 Td (CV de test) Tj ET\n"
    padding = b"% " + b"x" * 97 + b"\n"
    body = text + padding * max(0, (kilobytes * 1024 - 600) // len(padding))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
               b" /Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for number, content in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + content + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def published_offers(host, port):
    connection = http.client.HTTPConnection(host, port, timeout=30)
    connection.request("GET", "/sitemap.xml")
    body = connection.getresponse().read().decode()
    return [int(i) for i in re.findall(r"/offers/offer\.xhtml\?id=(\d+)", body)]


def multipart(fields, cv):
    boundary = "----bench" + uuid.uuid4().hex
    parts = []
    for name, value in fields:
        parts.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n"
                      % (boundary, name, value)).encode())
    parts.append(("--%s\r\nContent-Disposition: form-data; name=\"cv\"; filename=\"cv.pdf\"\r\n"
                  "Content-Type: application/pdf\r\n\r\n" % boundary).encode() + cv + b"\r\n")
    parts.append(("--%s--\r\n" % boundary).encode())
    return "multipart/form-data; boundary=" + boundary, b"".join(parts)


def send(host, port, source, offer, cv):
    email = "bench.%s@etudiant.example" % uuid.uuid4().hex[:16]
    fields = [("key", uuid.uuid4().hex), ("offres", str(offer)), ("firstName", "Camille"),
              ("lastName", "Banc"), ("email", email), ("school", "Université Paris Cité"),
              ("course", "Master 1"), ("educationLevel", "BAC_4"), ("convention", "YES"),
              ("message", "Candidature envoyée par le banc de mesure."), ("send", "Envoyer")]
    content_type, body = multipart(fields, cv)
    connection = http.client.HTTPConnection(host, port, timeout=120, source_address=(source, 0))
    start = time.perf_counter()
    connection.request("POST", "/offers/apply.xhtml?offres=%d" % offer, body=body,
                       headers={"Content-Type": content_type, "Accept-Language": "fr"})
    response = connection.getresponse()
    page = response.read()
    elapsed = time.perf_counter() - start
    connection.close()
    ok = response.status == 302 and "/offers/applied.xhtml" in (response.getheader("Location") or "")
    if not ok and response.status == 200:
        # the form came back: name the first error it shows
        error = re.search(rb'class="(?:field-error|errors)"[^>]*>([^<]+)<', page)
        return False, "200 : " + (error.group(1).decode()[:80] if error else "?"), elapsed
    return ok, response.status, elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://localhost:8080")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--kb", type=int, default=200)
    parser.add_argument("--burst", type=int, default=0, help="send that many at once, once, and stop")
    args = parser.parse_args()
    url = urllib.parse.urlparse(args.base)
    host, port = url.hostname, url.port or 80
    offers = published_offers(host, port)
    cv = pdf(args.kb)
    print("offres en ligne : %d ; CV de %d octets" % (len(offers), len(cv)))

    results, lock = [], threading.Lock()
    deadline = time.time() + args.seconds

    def client(number):
        sent = 0
        source = None
        while True:
            if args.burst and sent == 1:
                return
            if not args.burst and time.time() > deadline:
                return
            if sent % 20 == 0:  # a new loopback address every 20 sendings
                source = "127.%d.%d.%d" % (random.randrange(1, 255), random.randrange(0, 256),
                                           random.randrange(1, 255))
            try:
                outcome = send(host, port, source, random.choice(offers), cv)
            except Exception as error:  # noqa: BLE001 - a failed sending is a result of the bench
                outcome = (False, type(error).__name__, 0.0)
            with lock:
                results.append(outcome)
            sent += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(args.burst or args.clients)]
    began = time.time()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    duration = time.time() - began
    ok = [r[2] for r in results if r[0]]
    failed = {}
    for r in results:
        if not r[0]:
            failed[r[1]] = failed.get(r[1], 0) + 1
    print("envoyées : %d en %.1f s ; acceptées : %d (%.1f/s) ; refus/erreurs : %s"
          % (len(results), duration, len(ok), len(ok) / duration, failed or "aucun"))
    if ok:
        ok.sort()
        pick = lambda q: ok[min(len(ok) - 1, int(q * len(ok)))] * 1000
        print("latence ms : p50 %.0f, p95 %.0f, p99 %.0f, max %.0f, moyenne %.0f"
              % (pick(0.50), pick(0.95), pick(0.99), ok[-1] * 1000, statistics.mean(ok) * 1000))


if __name__ == "__main__":
    main()
