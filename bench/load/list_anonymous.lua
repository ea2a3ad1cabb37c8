-- GET /claims?sourcing_level=ANONYMOUS&limit=50 (page one).
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/load") .. "/?.lua;" .. package.path
local common = require "common"
setup = common.setup
done = common.done

local req
function init(args)
  req = wrk.format("GET", "/claims?sourcing_level=ANONYMOUS&limit=50", common.headers())
end
function request()
  return req
end
