-- GET /claims/{BENCH_VCLAIM}/verification: the breakdown of the claim with 50 links at the end of 10-deep chains.
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/load") .. "/?.lua;" .. package.path
require("common").fixed_get(function()
  return "/claims/" .. assert(os.getenv("BENCH_VCLAIM"), "BENCH_VCLAIM is not set") .. "/verification"
end)
