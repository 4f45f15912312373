-- The bare app's POST /orders (bench/bare-app), expected 201: the framework's ceiling for a small JSON body in and a
-- small JSON answer out. Each request is built as order.lua builds its own (a bearer token of a signed token's
-- length, a new Idempotency-Key), so that wrk spends as much CPU per request as it does on orderkeep's orders; the
-- bare app ignores both headers.
-- Usage: wrk ... -s bench/bare-post.lua http://127.0.0.1:PORT -- SKU_ID RUN_TAG
dofile("bench/wrk-common.lua").install(201)

-- About the length of the HS256 tokens that orderkeep issues to buyers.
local token = string.rep("x", 280)
local body, run, counter

function init(args)
  assert(args[1] and args[2], "usage: -- SKU_ID RUN_TAG")
  body = string.format('{"skuId":"%s","quantity":1}', args[1])
  run = args[2]
  counter = 0
end

function request()
  counter = counter + 1
  return wrk.format("POST", "/orders", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
    ["Idempotency-Key"] = run .. "-" .. thread_id .. "-" .. counter,
  }, body)
end
