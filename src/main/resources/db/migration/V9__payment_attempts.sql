-- payment: one payment attempt per order, and the simulated gateway's own record of what it captured.
CREATE TABLE payment_attempt (
    order_id          VARCHAR(36) NOT NULL PRIMARY KEY,
    merchant_order_no VARCHAR(32) NOT NULL,
    amount_fen        BIGINT      NOT NULL,
    status            VARCHAR(16) NOT NULL,
    gateway_txn_id    VARCHAR(64),
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    captured_at       TIMESTAMP WITH TIME ZONE
);

-- Stands for the gateway's own books: like a real gateway it captures a merchant order number at most once.
CREATE TABLE simulated_gateway_capture (
    merchant_order_no VARCHAR(32) NOT NULL PRIMARY KEY,
    gateway_txn_id    VARCHAR(64) NOT NULL,
    order_id          VARCHAR(36) NOT NULL,
    amount_fen        BIGINT      NOT NULL,
    captured_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- An incident is recorded once however often the gateway repeats what caused it.
ALTER TABLE payment_incident ADD CONSTRAINT payment_incident_once UNIQUE (gateway_txn_id, order_id, kind);
CREATE INDEX payment_incident_by_time ON payment_incident (occurred_at);
