-- catalog: a SKU may offer group buy (拼团): the number of buyers a group needs and the price each pays in one.
ALTER TABLE sku ADD COLUMN group_size INTEGER;
ALTER TABLE sku ADD COLUMN group_price_fen BIGINT;
ALTER TABLE sku ADD CONSTRAINT sku_group_terms CHECK (
    (group_size IS NULL AND group_price_fen IS NULL)
    OR (group_size BETWEEN 2 AND 10 AND group_price_fen > 0 AND group_price_fen < price_fen));

-- groupbuy: groups and their members. A seat is held from placement until its order is cancelled (or the group
-- settles); seats_held and paid_members count the live seats, and the database refuses a group with more seats than
-- its size, so no race can overfill one.
CREATE TABLE buy_group (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    sku_id       VARCHAR(36) NOT NULL,
    product_id   VARCHAR(36) NOT NULL,
    merchant_id  VARCHAR(36) NOT NULL,
    leader_id    VARCHAR(36) NOT NULL,
    size         INTEGER     NOT NULL,
    price_fen    BIGINT      NOT NULL,
    status       VARCHAR(16) NOT NULL,
    seats_held   INTEGER     NOT NULL,
    paid_members INTEGER     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    settled_at   TIMESTAMP WITH TIME ZONE,
    completed_by VARCHAR(16),
    CONSTRAINT buy_group_seats CHECK (seats_held >= 0 AND seats_held <= size AND paid_members >= 0
        AND paid_members <= seats_held)
);
CREATE INDEX buy_group_by_product ON buy_group (product_id, status);
CREATE INDEX buy_group_by_merchant ON buy_group (merchant_id, created_at);
CREATE INDEX buy_group_open ON buy_group (status, expires_at);

CREATE TABLE group_member (
    order_id    VARCHAR(36) NOT NULL PRIMARY KEY,
    group_id    VARCHAR(36) NOT NULL,
    buyer_id    VARCHAR(36) NOT NULL,
    joined_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    paid        BOOLEAN     NOT NULL,
    released_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT group_member_group_fk FOREIGN KEY (group_id) REFERENCES buy_group (id)
);
CREATE INDEX group_member_by_group ON group_member (group_id, joined_at);
