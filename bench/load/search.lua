-- GET /claims?q=<BENCH_WORD> (full-text search, page one, default limit 50).
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/load") .. "/?.lua;" .. package.path
require("common").fixed_get(function()
  return "/claims?q=" .. assert(os.getenv("BENCH_WORD"), "BENCH_WORD is not set")
end)
