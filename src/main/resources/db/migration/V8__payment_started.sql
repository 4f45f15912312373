-- When the buyer last started paying an order that awaits payment: while that payment may still be captured, no
-- second one is started and the order is not cancelled, so a buyer is never charged twice or charged for a
-- cancelled order.
ALTER TABLE orders ADD COLUMN payment_started_at TIMESTAMP WITH TIME ZONE;
