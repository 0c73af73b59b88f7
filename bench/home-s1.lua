-- S1: the home page, the list of offers online, on its first pages and in its orders
local paths = {"/", "/", "/", "/?page=2", "/?page=3", "/?tri=debut", "/?tri=recent", "/?tri=titre"}
math.randomseed(11)
request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")
