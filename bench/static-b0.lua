-- B0: a saved page served by nginx (the URL names it), with the same latency report as the scenarios
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")
