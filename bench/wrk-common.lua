-- Shared by read.lua, order.lua, get.lua and bare-post.lua: counts every response by status in each wrk thread and,
-- when the run is over, prints one machine-readable ORDERKEEP line that http-hot-sku.sh parses; `unexpected` counts
-- every request that did not get the expected status, socket errors and timeouts included. wrk's own "Non-2xx" line
-- would hide a 200 replay among 201s, and it says nothing about which statuses came back, so we count ourselves.

local common = {}

function common.install(expected_status)
  local threads = {}
  local next_id = 0

  -- Runs in wrk's main Lua state, once per thread, before the thread's own init().
  function setup(thread)
    next_id = next_id + 1
    thread:set("thread_id", next_id)
    table.insert(threads, thread)
  end

  statuses = {}
  function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
  end

  function done(summary, latency, requests)
    local merged, total, unexpected = {}, 0, 0
    for _, thread in ipairs(threads) do
      for status, n in pairs(thread:get("statuses")) do
        merged[status] = (merged[status] or 0) + n
        total = total + n
        if status ~= expected_status then unexpected = unexpected + n end
      end
    end
    local codes = {}
    for status, n in pairs(merged) do table.insert(codes, status .. ":" .. n) end
    table.sort(codes)
    -- A request that got no answer (refused connection, reset, timeout) is an error too, not a gap in the counts.
    local e = summary.errors
    unexpected = unexpected + e.connect + e.read + e.write + e.timeout
    local seconds = summary.duration / 1e6
    io.write(string.format(
      "ORDERKEEP expected=%d responses=%d unexpected=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f" ..
      " statuses=%s socket_errors=connect:%d,read:%d,write:%d,timeout:%d\n",
      expected_status, total, unexpected, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
      #codes > 0 and table.concat(codes, ",") or "none", e.connect, e.read, e.write, e.timeout))
  end
end

return common
