-- A plain GET of one path, expected 200: the liveness probe of either server (/actuator/health/liveness) and the bare
-- app's JSON product (/products/p1), the baselines that bench/http-hot-sku.sh reads orderkeep's figures against.
-- Usage: wrk ... -s bench/get.lua http://127.0.0.1:PORT -- PATH
dofile("bench/wrk-common.lua").install(200)

function init(args)
  assert(args[1], "usage: -- PATH")
  -- A fixed request, as in read.lua: wrk sends it as is, so the client costs as little as possible.
  wrk.method = "GET"
  wrk.path = args[1]
  wrk.headers["Accept"] = "application/json"
end
