-- GET /claims/{id}, rotating through the claim ids in BENCH_CLAIM_IDS (one per line); each thread starts elsewhere.
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/load") .. "/?.lua;" .. package.path
local common = require "common"
setup = common.setup
done = common.done

local ids, headers, i
function init(args)
  ids = common.lines(os.getenv("BENCH_CLAIM_IDS"))
  headers = common.headers()
  i = (tid or 1) * 7919
end
function request()
  i = i + 1
  return wrk.format("GET", "/claims/" .. ids[(i % #ids) + 1], headers)
end
