-- The merchant's desk lists the shop's flash sales, newest first.
CREATE INDEX flash_sale_by_merchant ON flash_sale (merchant_id, created_at);
