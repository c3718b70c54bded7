-- wrk script for Benchmarks/run.sh.
--   WRK_BODY   a JSON body: the request becomes a POST with Content-Type: application/json
-- At the end it prints one machine-readable line:
--   RESULT <requests> <duration_us> <p50_us> <p99_us> <non2xx3xx> <socket_errors>

local body = os.getenv("WRK_BODY")
if body ~= nil and #body > 0 then
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %d\n",
    summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout))
end
