-- protection: what the rules about prices need to know of a paid order, the watch on orders cancelled for a price
-- adjustment (a relisting at a higher price within 15 days is bad faith), merchants' flags, and price-protection claims.
ALTER TABLE ship_promise ADD COLUMN product_id VARCHAR(36);
ALTER TABLE ship_promise ADD COLUMN sku_id VARCHAR(36);
ALTER TABLE ship_promise ADD COLUMN unit_price_fen BIGINT;
ALTER TABLE ship_promise ADD COLUMN quantity INTEGER;
CREATE INDEX ship_promise_by_sku ON ship_promise (sku_id, paid_at);

CREATE TABLE relist_watch (
    order_id       VARCHAR(36) NOT NULL PRIMARY KEY,
    buyer_id       VARCHAR(36) NOT NULL,
    merchant_id    VARCHAR(36) NOT NULL,
    sku_id         VARCHAR(36) NOT NULL,
    unit_price_fen BIGINT      NOT NULL,
    quantity       INTEGER     NOT NULL,
    paid_fen       BIGINT      NOT NULL,
    cancelled_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    watch_until    TIMESTAMP WITH TIME ZONE NOT NULL,
    caught_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX relist_watch_by_sku ON relist_watch (sku_id);

CREATE TABLE merchant_flag (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    merchant_id VARCHAR(36)  NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    order_id    VARCHAR(36)  NOT NULL,
    detail      VARCHAR(500) NOT NULL,
    flagged_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT merchant_flag_once UNIQUE (merchant_id, code, order_id)
);

-- A claim asked with an Idempotency-Key is decided once; a repeat answers the same decision.
CREATE TABLE price_claim (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    order_id        VARCHAR(36)  NOT NULL,
    buyer_id        VARCHAR(36)  NOT NULL,
    idempotency_key VARCHAR(64)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    amount_fen      BIGINT       NOT NULL,
    reason_code     VARCHAR(32),
    message_zh      VARCHAR(500) NOT NULL,
    message_en      VARCHAR(500) NOT NULL,
    claimed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT price_claim_key UNIQUE (buyer_id, idempotency_key)
);
