-- Every order placed pays for each index of its rows, so an index no query reads goes.
-- orders_by_sku: orders are looked up by id, buyer, merchant and product, never by SKU.
DROP INDEX orders_by_sku;

-- A timeline entry is named by its order and its sequence number, which were already unique together; the separate
-- id column was read by no query and cost every entry a second unique index.
ALTER TABLE order_event DROP CONSTRAINT order_event_seq_unique;
ALTER TABLE order_event DROP COLUMN id CASCADE;
ALTER TABLE order_event ADD CONSTRAINT order_event_pk PRIMARY KEY (order_id, seq);
