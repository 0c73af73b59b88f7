-- S2-like load: a keyword and two filters, drawn at random from realistic values.
--   wrk ... -s bench/search-s2.lua URL              searches repeat (a few thousand combinations): hot queries
--   wrk ... -s bench/search-s2.lua URL -- unique    each search also carries a parameter never seen before, so
--                                                   no page kept in memory can answer it: never-repeated queries
local words = {"communication", "jardinier", "numerique", "donnees", "bibliotheque", "urbanisme", "energie",
  "social", "budget", "climat", "accessibilite", "juridique", "culture", "sport", "projet", "mediation",
  "archives", "logement", "dechets", "jeunesse"}
local filters = {"gratification=oui", "gratification=non", "horaires=plein", "horaires=partiel", "duree=court",
  "duree=moyen", "duree=long", "niveau=BAC_3", "niveau=BAC_5", "niveau=BAC_2", "teletravail=oui",
  "direction=DAC", "direction=DEVE", "direction=DICOM", "direction=DSIN", "direction=DASES", "tri=debut"}
local unique, sent, run = false, 0, tostring(os.time())
init = function(args)
  unique = args[1] == "unique"
  math.randomseed(42)
end
request = function()
  local a = filters[math.random(#filters)]
  local b = filters[math.random(#filters)]
  local path = "/?q=" .. words[math.random(#words)] .. "&" .. a .. "&" .. b
  if unique then
    sent = sent + 1
    path = path .. "&essai=" .. run .. "-" .. sent
  end
  return wrk.format("GET", path)
end
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")
