-- POST /claims: an OFFICIAL claim with a unique statement per request (run tag BENCH_RUN, thread, counter).
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/load") .. "/?.lua;" .. package.path
local common = require "common"
setup = common.setup
done = common.done

local headers, run, n
function init(args)
  headers = common.headers({ ["Content-Type"] = "application/json" })
  run = os.getenv("BENCH_RUN") or "0"
  n = 0
end
function request()
  n = n + 1
  local body = string.format('{"statement":"Load test claim %s-%d-%d: the port operator plans to extend night bus '
      .. 'routes from March.","sourcing_level":"OFFICIAL","attribution":{"source_organization":"Port authority"}}',
      run, tid or 1, n)
  return wrk.format("POST", "/claims", headers, body)
end
