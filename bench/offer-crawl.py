#!/usr/bin/env python3
"""S3 cold: every offer online read once, as a crawler reading the sitemap would, by 32 clients at once: each
page is rendered for the first time (none is kept in memory yet). Prints the same two lines as the wrk scripts.

    bench/offer-crawl.py BASE FIRST COUNT      e.g. http://localhost:8080 1100000 10000
"""
import http.client
import sys
import threading
import time
import urllib.parse


def main():
    base, first, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    url = urllib.parse.urlparse(base)
    ids = iter(range(first, first + count))
    lock = threading.Lock()
    times, errors, statuses = [], [0], [0]

    def client():
        connection = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=60)
        while True:
            with lock:
                offer = next(ids, None)
            if offer is None:
                return
            start = time.perf_counter()
            try:
                connection.request("GET", "/offers/offer.xhtml?id=%d" % offer,
                                   headers={"Accept-Encoding": "gzip, deflate, br",
                                            "Accept-Language": "fr-FR,fr;q=0.9,en;q=0.8"})
                response = connection.getresponse()
                response.read()
                with lock:
                    times.append(time.perf_counter() - start)
                    statuses[0] += response.status >= 300
            except (OSError, http.client.HTTPException):
                with lock:
                    errors[0] += 1
                connection = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=60)

    began = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    times.sort()
    pick = lambda q: times[min(len(times) - 1, int(q * len(times)))] * 1000 if times else 0
    print("Requests/sec: %.2f" % (len(times) / elapsed))
    print("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, errors %d (status %d)"
          % (pick(0.50), pick(0.95), pick(0.99), errors[0], statuses[0]))


if __name__ == "__main__":
    main()
