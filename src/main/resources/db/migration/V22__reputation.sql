-- reputation: buyers' reviews of completed orders, and the fulfilment facts each merchant's score is computed from.
-- Both are written as things happen (a review in its own request, a fact after the order event that reports it), so
-- a score is read from the rows of one merchant's window, on any node, and no job ever scans them all.
CREATE TABLE merchant_review (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    order_id    VARCHAR(36)  NOT NULL,
    merchant_id VARCHAR(36)  NOT NULL,
    buyer_id    VARCHAR(36)  NOT NULL,
    description SMALLINT     NOT NULL,
    service     SMALLINT     NOT NULL,
    logistics   SMALLINT     NOT NULL,
    review_text VARCHAR(500) NOT NULL,
    reviewed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT merchant_review_once_per_order UNIQUE (order_id),
    CONSTRAINT merchant_review_scores CHECK (description BETWEEN 1 AND 5 AND service BETWEEN 1 AND 5
        AND logistics BETWEEN 1 AND 5)
);
CREATE INDEX merchant_review_by_merchant ON merchant_review (merchant_id, reviewed_at);

-- The sums of every review ever given, so the platform mean the ratings are smoothed toward costs one row's read.
CREATE TABLE platform_rating (
    id              INTEGER NOT NULL PRIMARY KEY,
    reviews         BIGINT  NOT NULL,
    description_sum BIGINT  NOT NULL,
    service_sum     BIGINT  NOT NULL,
    logistics_sum   BIGINT  NOT NULL
);
INSERT INTO platform_rating (id, reviews, description_sum, service_sum, logistics_sum) VALUES (1, 0, 0, 0, 0);

-- One row per thing a merchant did to an order (paid, cancelled after payment, delisted after an order, shipped
-- late, compensated, refunded ...), once however often its event is delivered: fact_key is the order, or the grant.
CREATE TABLE merchant_fact (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    merchant_id VARCHAR(36) NOT NULL,
    kind        VARCHAR(32) NOT NULL,
    fact_key    VARCHAR(100) NOT NULL,
    order_id    VARCHAR(36) NOT NULL,
    amount_fen  BIGINT      NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT merchant_fact_once UNIQUE (kind, fact_key)
);
CREATE INDEX merchant_fact_by_merchant ON merchant_fact (merchant_id, occurred_at);
CREATE INDEX merchant_fact_by_order ON merchant_fact (order_id, kind);
