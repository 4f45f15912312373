-- account: users of every role and the key that signs their tokens.
CREATE TABLE users (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    merchant_id   VARCHAR(36),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT users_username_unique UNIQUE (username)
);

CREATE TABLE token_signing_key (
    id         INTEGER      NOT NULL PRIMARY KEY,
    secret     VARCHAR(128) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
