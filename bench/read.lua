-- The baseline: a light, anonymous read of the hot product, GET /api/products/{productId}.
-- Usage: wrk ... -s bench/read.lua http://127.0.0.1:18080 -- PRODUCT_ID
dofile("bench/wrk-common.lua").install(200)

function init(args)
  -- A fixed request: wrk sends it as is, so the read costs the client as little as possible.
  wrk.method = "GET"
  wrk.path = "/api/products/" .. args[1]
  wrk.headers["Accept"] = "application/json"
end
