-- GET /claims?sourcing_level=ANONYMOUS&limit=50 (page one).
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/load") .. "/?.lua;" .. package.path
require("common").fixed_get(function() return "/claims?sourcing_level=ANONYMOUS&limit=50" end)
