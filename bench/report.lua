-- Shared by every load script, loaded from their own directory whatever the current one:
-- the request headers of a browser (French, accepts gzip: every browser does), and the line each run ends with
-- (wrk's done()): latency percentiles and errors, non-2xx answers apart.
wrk.headers["Accept-Encoding"] = "gzip, deflate, br"
wrk.headers["Accept-Language"] = "fr-FR,fr;q=0.9,en;q=0.8"
done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, errors %d (status %d)\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end
