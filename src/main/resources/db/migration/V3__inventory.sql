-- inventory: the stock of every SKU. available never goes below zero: the database itself refuses it.
CREATE TABLE stock (
    sku_id        VARCHAR(36) NOT NULL PRIMARY KEY,
    available     BIGINT      NOT NULL,
    stocked_total BIGINT      NOT NULL,
    CONSTRAINT stock_available_not_negative CHECK (available >= 0)
);

-- Every unit that entered the stock, so that stocked_total is explained line by line.
CREATE TABLE stock_adjustment (
    id     VARCHAR(36) NOT NULL PRIMARY KEY,
    sku_id VARCHAR(36) NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    delta  BIGINT      NOT NULL,
    reason VARCHAR(32) NOT NULL
);
CREATE INDEX stock_adjustment_by_sku ON stock_adjustment (sku_id);
