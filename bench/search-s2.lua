-- S2-like load: a keyword and two filters, drawn at random from realistic values
local words = {"communication", "jardinier", "numerique", "donnees", "bibliotheque", "urbanisme", "energie",
  "social", "budget", "climat", "accessibilite", "juridique", "culture", "sport", "projet", "mediation",
  "archives", "logement", "dechets", "jeunesse"}
local filters = {"gratification=oui", "gratification=non", "horaires=plein", "horaires=partiel", "duree=court",
  "duree=moyen", "duree=long", "niveau=BAC_3", "niveau=BAC_5", "niveau=BAC_2", "teletravail=oui",
  "direction=DAC", "direction=DEVE", "direction=DICOM", "direction=DSIN", "direction=DASES", "tri=debut"}
math.randomseed(42)
request = function()
  local a = filters[math.random(#filters)]
  local b = filters[math.random(#filters)]
  local path = "/?q=" .. words[math.random(#words)] .. "&" .. a .. "&" .. b
  return wrk.format("GET", path)
end
done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, errors %d (status %d)\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end
