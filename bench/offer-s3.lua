-- S3: the page of an offer online, drawn at random among the dataset's (bench/dataset.py numbers them from
-- 1100000): wrk ... -s bench/offer-s3.lua http://localhost:8080 -- FIRST COUNT
local first, count = 1100000, 150
init = function(args)
  first = tonumber(args[1] or first)
  count = tonumber(args[2] or count)
  math.randomseed(7)
end
request = function()
  return wrk.format("GET", "/offers/offer.xhtml?id=" .. (first + math.random(count) - 1))
end
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")
