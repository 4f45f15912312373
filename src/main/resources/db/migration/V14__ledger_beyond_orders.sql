-- payment: the ledger and the gateway's transactions also carry money that belongs to no order (a merchant's deposit
-- top-up, the repayment of a platform advance).
ALTER TABLE ledger_entry ALTER COLUMN order_id DROP NOT NULL;
ALTER TABLE payment_transaction ALTER COLUMN order_id DROP NOT NULL;
CREATE INDEX ledger_by_account ON ledger_entry (account);
