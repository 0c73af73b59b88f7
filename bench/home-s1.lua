-- S1: the home page, the list of offers online, on its first pages and in its orders
local paths = {"/", "/", "/", "/?page=2", "/?page=3", "/?tri=debut", "/?tri=recent", "/?tri=titre"}
math.randomseed(11)
request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, errors %d (status %d)\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end
