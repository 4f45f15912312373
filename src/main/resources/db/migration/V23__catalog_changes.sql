-- catalog: an append-only feed of changes to what is on sale (listed, delisted, relisted, repriced, banned, a shop
-- suspended or reinstated), which every node follows to keep its search index. A change takes its position under the
-- lock of the one row of catalog_change_head, held to its commit, so positions become visible in the order they were
-- given: a node that has read up to position n never finds a smaller one later.
CREATE TABLE catalog_change (
    position    BIGINT      NOT NULL PRIMARY KEY,
    product_id  VARCHAR(36),
    merchant_id VARCHAR(36) NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE catalog_change_head (
    id            INTEGER NOT NULL PRIMARY KEY,
    last_position BIGINT  NOT NULL
);
INSERT INTO catalog_change_head (id, last_position) VALUES (1, 0);
