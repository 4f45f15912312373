-- catalog: the order of a product's status changes and of a SKU's price changes, which the time alone does not give
-- when two fall in one instant.
ALTER TABLE sku_price_change ADD COLUMN seq BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE product_status_change ADD COLUMN seq BIGINT DEFAULT 0 NOT NULL;
