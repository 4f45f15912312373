-- inventory: flash sales carved out of a SKU's stock. stock = sold + available at every moment, checked by the
-- database itself; a buyer's units per sale are counted so the per-buyer limit holds across batches and nodes.
ALTER TABLE stock ADD COLUMN merchant_id VARCHAR(36);

CREATE TABLE flash_sale (
    id              VARCHAR(36) NOT NULL PRIMARY KEY,
    sku_id          VARCHAR(36) NOT NULL,
    merchant_id     VARCHAR(36) NOT NULL,
    price_fen       BIGINT      NOT NULL,
    initial_stock   BIGINT      NOT NULL,
    stock           BIGINT      NOT NULL,
    sold            BIGINT      NOT NULL,
    available       BIGINT      NOT NULL,
    per_buyer_limit INTEGER     NOT NULL,
    starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(16) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT flash_sale_available_not_negative CHECK (available >= 0),
    CONSTRAINT flash_sale_sold_not_negative CHECK (sold >= 0),
    CONSTRAINT flash_sale_stock_is_sold_plus_available CHECK (stock = sold + available)
);
CREATE INDEX flash_sale_by_status_and_end ON flash_sale (status, ends_at);

CREATE TABLE flash_sale_purchase (
    sale_id  VARCHAR(36) NOT NULL,
    buyer_id VARCHAR(36) NOT NULL,
    quantity INTEGER     NOT NULL,
    PRIMARY KEY (sale_id, buyer_id),
    CONSTRAINT flash_sale_purchase_not_negative CHECK (quantity >= 0)
);
