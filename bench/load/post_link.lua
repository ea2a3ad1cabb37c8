-- POST /claims/{id}/links with a fresh (claim, report) pair each time, so no request meets the 409 for a duplicate
-- link. Pool: claim ids in BENCH_POOL_CLAIMS, report ids in BENCH_POOL_REPORTS (C x R pairs). Pair p maps to claim
-- p % C and report floor(p / C) % R. Thread tid owns the range BENCH_LINK_BASE + (tid - 1) * BENCH_LINK_SPAN + k,
-- k = 0, 1, 2 ..., so threads never share a pair however unevenly they progress; run.sh moves BENCH_LINK_BASE by
-- threads * span after each run. The span is not a multiple of C, so the threads work on different claims.
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/load") .. "/?.lua;" .. package.path
local common = require "common"
setup = common.setup
done = common.done

local claims, reports, headers, base, span, k
function init(args)
  claims = common.lines(os.getenv("BENCH_POOL_CLAIMS"))
  reports = common.lines(os.getenv("BENCH_POOL_REPORTS"))
  headers = common.headers({ ["Content-Type"] = "application/json" })
  base = tonumber(os.getenv("BENCH_LINK_BASE") or "0")
  span = tonumber(os.getenv("BENCH_LINK_SPAN") or "20017")
  k = 0
end
function request()
  local p = base + ((tid or 1) - 1) * span + k
  k = k + 1
  local claim = claims[(p % #claims) + 1]
  local report = reports[(math.floor(p / #claims) % #reports) + 1]
  return wrk.format("POST", "/claims/" .. claim .. "/links", headers,
      '{"report_id":"' .. report .. '","relation":"CORROBORATES"}')
end
