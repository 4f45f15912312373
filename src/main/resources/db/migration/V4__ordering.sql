-- ordering: orders with their frozen product snapshot, their timeline, deadlines and idempotency keys.
-- Nothing ever deletes a row of orders or order_event.
CREATE TABLE orders (
    id                    VARCHAR(36)  NOT NULL PRIMARY KEY,
    order_no              VARCHAR(32)  NOT NULL,
    buyer_id              VARCHAR(36)  NOT NULL,
    merchant_id           VARCHAR(36)  NOT NULL,
    status                VARCHAR(20)  NOT NULL,
    quantity              INTEGER      NOT NULL,
    unit_price_fen        BIGINT       NOT NULL,
    total_fen             BIGINT       NOT NULL,
    product_id            VARCHAR(36)  NOT NULL,
    sku_id                VARCHAR(36)  NOT NULL,
    title                 VARCHAR(120) NOT NULL,
    spec                  VARCHAR(64)  NOT NULL,
    price_fen             BIGINT       NOT NULL,
    shop_name             VARCHAR(64)  NOT NULL,
    category              VARCHAR(40)  NOT NULL,
    payment_status        VARCHAR(20)  NOT NULL,
    paid_fen              BIGINT       NOT NULL,
    refunded_fen          BIGINT       NOT NULL,
    cancel_reason         VARCHAR(32),
    cancelled_by          VARCHAR(80),
    cancelled_at          TIMESTAMP WITH TIME ZONE,
    cancel_note           VARCHAR(500),
    carrier               VARCHAR(40),
    tracking_no           VARCHAR(64),
    affected_by_delisting BOOLEAN      NOT NULL,
    flash_sale_id         VARCHAR(36),
    group_id              VARCHAR(36),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               INTEGER      NOT NULL,
    CONSTRAINT orders_order_no_unique UNIQUE (order_no),
    CONSTRAINT orders_quantity_positive CHECK (quantity > 0),
    CONSTRAINT orders_refund_within_paid CHECK (refunded_fen >= 0 AND refunded_fen <= paid_fen)
);
CREATE INDEX orders_by_buyer ON orders (buyer_id, created_at);
CREATE INDEX orders_by_merchant ON orders (merchant_id, created_at);
CREATE INDEX orders_by_product ON orders (product_id);
CREATE INDEX orders_by_sku ON orders (sku_id);

CREATE TABLE order_event (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    order_id    VARCHAR(36)  NOT NULL,
    seq         INTEGER      NOT NULL,
    occurred_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    event       VARCHAR(32)  NOT NULL,
    actor       VARCHAR(80)  NOT NULL,
    reason_code VARCHAR(32),
    message_zh  VARCHAR(500) NOT NULL,
    message_en  VARCHAR(500) NOT NULL,
    CONSTRAINT order_event_order_fk FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT order_event_seq_unique UNIQUE (order_id, seq)
);

-- A deadline is data with a due time; the scheduler resolves it and stamps resolved_at, never deletes it.
CREATE TABLE order_deadline (
    order_id    VARCHAR(36) NOT NULL,
    kind        VARCHAR(32) NOT NULL,
    due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (order_id, kind),
    CONSTRAINT order_deadline_order_fk FOREIGN KEY (order_id) REFERENCES orders (id)
);
CREATE INDEX order_deadline_by_due ON order_deadline (due_at);

CREATE TABLE order_request (
    buyer_id        VARCHAR(36) NOT NULL,
    idempotency_key VARCHAR(64) NOT NULL,
    request_hash    VARCHAR(64) NOT NULL,
    order_id        VARCHAR(36) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (buyer_id, idempotency_key)
);
