-- ordering: compensations other modules granted on an order, as the order shows them. One row per grant, however
-- often the event that asked for it is delivered.
CREATE TABLE order_compensation (
    order_id     VARCHAR(36)  NOT NULL,
    grant_id     VARCHAR(64)  NOT NULL,
    rule_code    VARCHAR(32)  NOT NULL,
    rule_version INTEGER      NOT NULL,
    amount_fen   BIGINT       NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    funded_by    VARCHAR(32)  NOT NULL,
    granted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    message_zh   VARCHAR(500) NOT NULL,
    message_en   VARCHAR(500) NOT NULL,
    PRIMARY KEY (order_id, grant_id),
    CONSTRAINT order_compensation_order_fk FOREIGN KEY (order_id) REFERENCES orders (id)
);
