-- payment: what the gateway told us, the refunds we made, the double-entry ledger and payment incidents.
CREATE TABLE payment_transaction (
    id             VARCHAR(36) NOT NULL PRIMARY KEY,
    gateway_txn_id VARCHAR(64) NOT NULL,
    order_id       VARCHAR(36) NOT NULL,
    kind           VARCHAR(16) NOT NULL,
    amount_fen     BIGINT      NOT NULL,
    occurred_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payment_gateway_txn_unique UNIQUE (gateway_txn_id)
);
CREATE INDEX payment_by_order ON payment_transaction (order_id);

-- One refund per order and cause: a listener that runs twice cannot pay out twice.
CREATE TABLE refund (
    id             VARCHAR(36) NOT NULL PRIMARY KEY,
    order_id       VARCHAR(36) NOT NULL,
    cause          VARCHAR(64) NOT NULL,
    amount_fen     BIGINT      NOT NULL,
    gateway_txn_id VARCHAR(64) NOT NULL,
    occurred_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT refund_once_per_cause UNIQUE (order_id, cause)
);

CREATE TABLE ledger_entry (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    journal_id VARCHAR(36) NOT NULL,
    order_id   VARCHAR(36) NOT NULL,
    account    VARCHAR(80) NOT NULL,
    amount_fen BIGINT      NOT NULL,
    kind       VARCHAR(32) NOT NULL,
    occurred_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ledger_by_order ON ledger_entry (order_id);
CREATE INDEX ledger_by_journal ON ledger_entry (journal_id);

CREATE TABLE payment_incident (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    gateway_txn_id VARCHAR(64)  NOT NULL,
    order_id       VARCHAR(36)  NOT NULL,
    kind           VARCHAR(32)  NOT NULL,
    amount_fen     BIGINT       NOT NULL,
    detail         VARCHAR(500) NOT NULL,
    occurred_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
