-- S7: « Mes candidatures » of a signed-in candidate with 50 applications (the session cookie as argument)
init = function(args)
  wrk.headers["Cookie"] = args[1]
end
request = function()
  return wrk.format("GET", "/compte/candidatures.xhtml")
end
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")
