#!/usr/bin/env python3
"""Seeds a running orderkeep for the hot-SKU benchmark, over HTTP only.

Creates one merchant with one product whose single SKU has a very large stock (the hot SKU), then registers many
buyers in parallel: registration hashes a password with BCrypt, so doing it one by one would dominate the run.

Usage: seed.py BASE_URL OUT_DIR [BUYERS] [STOCK]
Writes OUT_DIR/seed.json (ids, the stock we started with, the merchant's token) and OUT_DIR/tokens.txt (one buyer
bearer token per line, read by order.lua).
"""
import json
import sys
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor


def call(base, method, path, body=None, token=None, expect=(200,)):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Accept-Language", "en")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, text = response.status, response.read().decode()
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read().decode()
    if status not in expect:
        raise SystemExit(f"seed: {method} {path} answered {status}, expected {expect}: {text[:300]}")
    return json.loads(text) if text else {}


def main():
    base, out_dir = sys.argv[1], sys.argv[2]
    buyers = int(sys.argv[3]) if len(sys.argv) > 3 else 400
    stock = int(sys.argv[4]) if len(sys.argv) > 4 else 50_000_000
    run = uuid.uuid4().hex[:8]

    admin = call(base, "POST", "/api/auth/token", {"username": "admin", "password": "admin"})["token"]
    shop_user, shop_password = f"bench-shop-{run}", f"secret-{run}"
    merchant = call(base, "POST", "/api/admin/merchants",
                    {"username": shop_user, "password": shop_password, "shopName": "压测果园"}, admin, expect=(201,))
    merchant_token = call(base, "POST", "/api/auth/token", {"username": shop_user, "password": shop_password})["token"]
    product = call(base, "POST", "/api/merchant/products",
                   {"title": "爆款 赣南脐橙", "category": "水果", "description": "hot SKU for the HTTP benchmark",
                    "skus": [{"spec": "5斤装", "priceFen": 1990, "stock": stock}]},
                   merchant_token, expect=(201,))

    def register(n):
        name = f"bench-buyer-{run}-{n}"
        return call(base, "POST", "/api/auth/register", {"username": name, "password": "secret-" + name},
                    expect=(201,))["token"]

    # Enough threads to keep both cores busy hashing, few enough not to queue behind the server's own pool.
    with ThreadPoolExecutor(max_workers=16) as pool:
        tokens = list(pool.map(register, range(buyers)))

    with open(f"{out_dir}/tokens.txt", "w") as f:
        f.write("\n".join(tokens) + "\n")
    seed = {"merchantId": merchant["merchantId"], "merchantToken": merchant_token,
            "productId": product["productId"], "skuId": product["skus"][0]["skuId"],
            "initialStock": product["skus"][0]["available"], "buyers": len(tokens)}
    with open(f"{out_dir}/seed.json", "w") as f:
        json.dump(seed, f, indent=2)
    print(f"seeded: product {seed['productId']}, sku {seed['skuId']}, stock {seed['initialStock']}, "
          f"{len(tokens)} buyers")


if __name__ == "__main__":
    main()
