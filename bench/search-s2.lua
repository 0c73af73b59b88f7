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
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")
