-- protection: the platform's compensation rules as versioned data, the shipping promise of every paid order, the
-- compensations granted under the rules, and merchants' deposits with what the platform advanced for them.

-- A version applies to every trigger that happens from its effective_from on; older triggers keep the version that
-- was in force when they happened. percent is of the amount paid; max_fen NULL means no cap.
CREATE TABLE compensation_rule (
    rule_code      VARCHAR(32) NOT NULL,
    version        INTEGER     NOT NULL,
    percent        INTEGER     NOT NULL,
    min_fen        BIGINT      NOT NULL,
    max_fen        BIGINT,
    kind           VARCHAR(16) NOT NULL,
    funded_by      VARCHAR(16) NOT NULL,
    effective_from TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by   VARCHAR(80) NOT NULL,
    PRIMARY KEY (rule_code, version),
    CONSTRAINT compensation_rule_percent CHECK (percent >= 0),
    CONSTRAINT compensation_rule_bounds CHECK (min_fen >= 0 AND (max_fen IS NULL OR max_fen >= min_fen))
);

-- The shipped defaults, modelled on the practice of the large platforms (README, "Buyer protection").
INSERT INTO compensation_rule (rule_code, version, percent, min_fen, max_fen, kind, funded_by, effective_from, published_at, published_by) VALUES
    ('LATE_SHIPMENT',    1,    5,   300, 10000, 'CASH', 'MERCHANT', CAST('2000-01-01 00:00:00+00:00' AS TIMESTAMP WITH TIME ZONE), CAST('2000-01-01 00:00:00+00:00' AS TIMESTAMP WITH TIME ZONE), 'SYSTEM:orderkeep'),
    ('STOCK_OUT_CANCEL', 1,   10,   500, 10000, 'CASH', 'MERCHANT', CAST('2000-01-01 00:00:00+00:00' AS TIMESTAMP WITH TIME ZONE), CAST('2000-01-01 00:00:00+00:00' AS TIMESTAMP WITH TIME ZONE), 'SYSTEM:orderkeep'),
    ('BAD_FAITH_RELIST', 1,   10,  1000, NULL,  'CASH', 'MERCHANT', CAST('2000-01-01 00:00:00+00:00' AS TIMESTAMP WITH TIME ZONE), CAST('2000-01-01 00:00:00+00:00' AS TIMESTAMP WITH TIME ZONE), 'SYSTEM:orderkeep'),
    ('PRICE_PROTECTION', 1,    0,     0, NULL,  'CASH', 'MERCHANT', CAST('2000-01-01 00:00:00+00:00' AS TIMESTAMP WITH TIME ZONE), CAST('2000-01-01 00:00:00+00:00' AS TIMESTAMP WITH TIME ZONE), 'SYSTEM:orderkeep'),
    ('COUNTERFEIT',      1, 1000, 50000, NULL,  'CASH', 'MERCHANT', CAST('2000-01-01 00:00:00+00:00' AS TIMESTAMP WITH TIME ZONE), CAST('2000-01-01 00:00:00+00:00' AS TIMESTAMP WITH TIME ZONE), 'SYSTEM:orderkeep'),
    ('GOODWILL',         1,    0,     0, 20000, 'CASH', 'PLATFORM', CAST('2000-01-01 00:00:00+00:00' AS TIMESTAMP WITH TIME ZONE), CAST('2000-01-01 00:00:00+00:00' AS TIMESTAMP WITH TIME ZONE), 'SYSTEM:orderkeep');

-- A paid order's promise to ship: open while outcome is NULL.
CREATE TABLE ship_promise (
    order_id         VARCHAR(36) NOT NULL PRIMARY KEY,
    buyer_id         VARCHAR(36) NOT NULL,
    merchant_id      VARCHAR(36) NOT NULL,
    paid_fen         BIGINT      NOT NULL,
    paid_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    ship_by          TIMESTAMP WITH TIME ZONE NOT NULL,
    remind_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    reminded_at      TIMESTAMP WITH TIME ZONE,
    delisting_reason VARCHAR(32),
    delisted_at      TIMESTAMP WITH TIME ZONE,
    outcome          VARCHAR(24),
    closed_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ship_promise_to_remind ON ship_promise (remind_at);
CREATE INDEX ship_promise_by_merchant ON ship_promise (merchant_id);

-- One row per grant; a rule pays an order once per trigger however often the trigger is seen, on any node.
CREATE TABLE compensation (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    order_id      VARCHAR(36)  NOT NULL,
    buyer_id      VARCHAR(36)  NOT NULL,
    merchant_id   VARCHAR(36)  NOT NULL,
    rule_code     VARCHAR(32)  NOT NULL,
    rule_version  INTEGER      NOT NULL,
    trigger_key   VARCHAR(64)  NOT NULL,
    amount_fen    BIGINT       NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    funded_by     VARCHAR(32)  NOT NULL,
    deposit_fen   BIGINT       NOT NULL,
    advanced_fen  BIGINT       NOT NULL,
    granted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    message_zh    VARCHAR(500) NOT NULL,
    message_en    VARCHAR(500) NOT NULL,
    CONSTRAINT compensation_once UNIQUE (order_id, rule_code, trigger_key),
    CONSTRAINT compensation_funded CHECK (deposit_fen >= 0 AND advanced_fen >= 0 AND deposit_fen + advanced_fen = amount_fen)
);
CREATE INDEX compensation_by_merchant ON compensation (merchant_id);

-- A merchant's deposit (保证金) and what it owes the platform for advances (先行赔付); the ledger has the same sums.
CREATE TABLE merchant_deposit (
    merchant_id VARCHAR(36) NOT NULL PRIMARY KEY,
    balance_fen BIGINT      NOT NULL,
    debt_fen    BIGINT      NOT NULL,
    CONSTRAINT merchant_deposit_not_negative CHECK (balance_fen >= 0 AND debt_fen >= 0)
);

CREATE TABLE deposit_posting (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    merchant_id VARCHAR(36) NOT NULL,
    seq         BIGINT      NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    amount_fen  BIGINT      NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    order_id    VARCHAR(36),
    CONSTRAINT deposit_posting_seq UNIQUE (merchant_id, seq)
);

-- A top-up asked with an Idempotency-Key is taken once; a repeat answers the deposit as it stood after it.
CREATE TABLE deposit_top_up (
    merchant_id     VARCHAR(36) NOT NULL,
    idempotency_key VARCHAR(64) NOT NULL,
    amount_fen      BIGINT      NOT NULL,
    posting_seq     BIGINT      NOT NULL,
    balance_fen     BIGINT      NOT NULL,
    debt_fen        BIGINT      NOT NULL,
    gateway_txn_id  VARCHAR(64) NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (merchant_id, idempotency_key)
);
