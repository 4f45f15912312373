-- catalog: merchants, products, SKUs and the public history of every listing and price.
CREATE TABLE merchant (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    shop_name  VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE product (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    merchant_id VARCHAR(36)   NOT NULL,
    title       VARCHAR(120)  NOT NULL,
    category    VARCHAR(40)   NOT NULL,
    description VARCHAR(2000) NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT product_merchant_fk FOREIGN KEY (merchant_id) REFERENCES merchant (id)
);
CREATE INDEX product_by_merchant ON product (merchant_id);

CREATE TABLE sku (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    product_id VARCHAR(36) NOT NULL,
    position   INTEGER     NOT NULL,
    spec       VARCHAR(64) NOT NULL,
    price_fen  BIGINT      NOT NULL,
    CONSTRAINT sku_product_fk FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT sku_price_positive CHECK (price_fen > 0)
);
CREATE INDEX sku_by_product ON sku (product_id);

CREATE TABLE product_status_change (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    product_id  VARCHAR(36)  NOT NULL,
    occurred_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    reason_code VARCHAR(32),
    note        VARCHAR(500),
    actor       VARCHAR(80)  NOT NULL,
    CONSTRAINT status_change_product_fk FOREIGN KEY (product_id) REFERENCES product (id)
);
CREATE INDEX status_change_by_product ON product_status_change (product_id, occurred_at);

CREATE TABLE sku_price_change (
    id        VARCHAR(36) NOT NULL PRIMARY KEY,
    sku_id    VARCHAR(36) NOT NULL,
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    price_fen BIGINT      NOT NULL,
    CONSTRAINT price_change_sku_fk FOREIGN KEY (sku_id) REFERENCES sku (id)
);
CREATE INDEX price_change_by_sku ON sku_price_change (sku_id, occurred_at);
