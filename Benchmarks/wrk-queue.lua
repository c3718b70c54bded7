-- wrk script for Benchmarks/queue.sh: Benchmarks/wrk-report.lua (WRK_BODY makes the request a
-- JSON POST; the RESULT line at the end) plus a pause between a connection's requests.
--   WRK_DELAY_MS   milliseconds each connection waits after a response before its next request
--                  (0: none, wrk at full blast). wrk starts the latency clock when the request
--                  is sent, so the pause is not counted in the latency.
-- Run from the package root (the path below is relative to it).

dofile("Benchmarks/wrk-report.lua")

local pause = tonumber(os.getenv("WRK_DELAY_MS") or "0") or 0
if pause > 0 then
  delay = function()
    return pause
  end
end
