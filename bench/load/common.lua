-- Shared by the wrk scripts in bench/load (loaded with require "common"): the API key header (BENCH_KEY), id
-- files, per-thread numbers, and one parseable result line printed by done():
--   RESULT requests=.. duration_s=.. rps=.. ok_rps=.. p50_ms=.. p90_ms=.. p99_ms=.. max_ms=.. non_2xx_3xx=.. socket_errors=..
-- ok_rps leaves out answers with status >= 400 (wrk counts those as errors.status).
local M = {}

function M.headers(extra)
  local h = { ["Authorization"] = "Bearer " .. assert(os.getenv("BENCH_KEY"), "BENCH_KEY is not set") }
  for k, v in pairs(extra or {}) do h[k] = v end
  return h
end

function M.lines(path)
  assert(path, "id file not set")
  local t = {}
  for line in io.lines(path) do
    if #line > 0 then t[#t + 1] = line end
  end
  assert(#t > 0, "no ids in " .. path)
  return t
end

-- setup() runs on the main Lua state once per thread, before the threads start: number them 1..n (global tid).
local threads = 0
function M.setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function M.done(summary, latency, requests)
  local e = summary.errors
  local secs = summary.duration / 1e6
  io.write(string.format("RESULT requests=%d duration_s=%.2f rps=%.1f ok_rps=%.1f p50_ms=%.2f p90_ms=%.2f "
      .. "p99_ms=%.2f max_ms=%.2f non_2xx_3xx=%d socket_errors=%d\n",
      summary.requests, secs, summary.requests / secs, (summary.requests - e.status) / secs,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end

-- The whole script of an operation that requests one fixed path: path_fn is called in each thread's init (so it
-- may read the environment) and returns the path; the request is built once per thread.
function M.fixed_get(path_fn)
  setup = M.setup
  done = M.done
  local req
  init = function(args)
    req = wrk.format("GET", path_fn(), M.headers())
  end
  request = function()
    return req
  end
end

return M
