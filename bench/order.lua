-- Order placement on one hot SKU: POST /api/orders, quantity 1, spread over many buyers, each request with an
-- Idempotency-Key never used before, so every request must be a new order (201). A 200 here would be a replay,
-- a 409 OUT_OF_STOCK, a 429 a rate limit left on, a 503 a batch that could not commit: all are counted as errors.
-- Usage: wrk ... -s bench/order.lua http://127.0.0.1:18080 -- TOKENS_FILE SKU_ID RUN_TAG
-- RUN_TAG must differ between runs against the same server (the warm-up and the measured run), or keys repeat.
dofile("bench/wrk-common.lua").install(201)

local tokens = {}
local body, run, counter, offset

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then table.insert(tokens, line) end
  end
  assert(#tokens > 0, "no buyer tokens in " .. args[1])
  body = string.format('{"skuId":"%s","quantity":1}', args[2])
  run = args[3]
  counter = 0
  -- Threads start at different buyers so that they do not walk the list in step.
  offset = (thread_id - 1) * 7919
end

function request()
  counter = counter + 1
  local token = tokens[(offset + counter) % #tokens + 1]
  return wrk.format("POST", "/api/orders", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
    ["Idempotency-Key"] = run .. "-" .. thread_id .. "-" .. counter,
  }, body)
end
