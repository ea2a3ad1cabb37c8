-- GET /claims?q=<BENCH_WORD> (full-text search, page one, default limit 50).
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/load") .. "/?.lua;" .. package.path
local common = require "common"
setup = common.setup
done = common.done

local req
function init(args)
  req = wrk.format("GET", "/claims?q=" .. assert(os.getenv("BENCH_WORD"), "BENCH_WORD is not set"), common.headers())
end
function request()
  return req
end
