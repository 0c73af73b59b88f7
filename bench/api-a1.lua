-- The public API (issue 25): a keyword and two filters, drawn at random from realistic values, as S2 draws them.
--   wrk ... -s bench/api-a1.lua URL              queries repeat (a few thousand combinations): answered from the
--                                                page cache
--   wrk ... -s bench/api-a1.lua URL -- unique    each query also starts from a cursor of its own (a random place
--                                                in the order of the last 60 days' offers): a real search every
--                                                time, never the same address twice
local words = {"communication", "jardinier", "numerique", "donnees", "bibliotheque", "urbanisme", "energie",
  "social", "budget", "climat", "accessibilite", "juridique", "culture", "sport", "projet", "mediation",
  "archives", "logement", "dechets", "jeunesse"}
local filters = {"gratification=oui", "gratification=non", "horaires=plein", "horaires=partiel", "duree=court",
  "duree=moyen", "duree=long", "niveau=BAC_3", "niveau=BAC_5", "niveau=BAC_2", "teletravail=oui",
  "direction=DAC", "direction=DEVE", "direction=DICOM", "direction=DSIN", "direction=DASES"}
local unique, sent = false, 0
local now = os.time()
local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

-- base64url without padding, as the API writes its cursors (ResultCursor)
local function base64url(text)
  local out, bits, count = {}, 0, 0
  for i = 1, #text do
    bits = bits * 256 + text:byte(i)
    count = count + 8
    while count >= 6 do
      count = count - 6
      local index = math.floor(bits / 2 ^ count) % 64
      out[#out + 1] = alphabet:sub(index + 1, index + 1)
    end
    bits = bits % (2 ^ count)
  end
  if count > 0 then
    local index = (bits * 2 ^ (6 - count)) % 64
    out[#out + 1] = alphabet:sub(index + 1, index + 1)
  end
  return table.concat(out)
end

init = function(args)
  unique = args[1] == "unique"
  math.randomseed(42)
end
request = function()
  local a = filters[math.random(#filters)]
  local b = filters[math.random(#filters)]
  local path = "/api/v1/offers?q=" .. words[math.random(#words)] .. "&" .. a .. "&" .. b .. "&tri=recent"
  if unique then
    sent = sent + 1
    -- sort « recent », score 0, a publication moment of the last 60 days, start 0, an id, no title
    local published = now - math.random(0, 60 * 86400)
    path = path .. "&cursor=" .. base64url("recent|0|" .. published .. "|0|" .. (1000000 + sent) .. "|")
  end
  return wrk.format("GET", path)
end
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")
