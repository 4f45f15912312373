-- ordering: a shipped order whose product was delisted for its quality, or banned, may be returned for a full refund
-- with return shipping paid by the merchant; the order records the right, its reason and when it was given.
ALTER TABLE orders ADD COLUMN return_right_reason VARCHAR(32);
ALTER TABLE orders ADD COLUMN return_right_at TIMESTAMP WITH TIME ZONE;
