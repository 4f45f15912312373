-- account: an account can be disabled; every change to it that must end its tokens (disabling, a new role, a new
-- password) raises its revision, which each token carries and each request compares. Usernames are unique by their
-- normalised key (see shared.Names), so look-alike names cannot pose as one another.
ALTER TABLE users ADD COLUMN enabled BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE users ADD COLUMN revision BIGINT DEFAULT 0 NOT NULL;
-- NFKC can make a text up to 18 times longer, hence the width of the keys.
ALTER TABLE users ADD COLUMN username_key VARCHAR(1200);
ALTER TABLE users ADD CONSTRAINT users_username_key_unique UNIQUE (username_key);
CREATE INDEX users_enabled_by_role ON users (role, enabled);

-- catalog: a shop whose merchant account is disabled sells nothing until it is enabled again; shop names are unique
-- by their normalised key.
ALTER TABLE merchant ADD COLUMN suspended BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE merchant ADD COLUMN shop_name_key VARCHAR(1200);
ALTER TABLE merchant ADD CONSTRAINT merchant_shop_name_key_unique UNIQUE (shop_name_key);

-- The keys of existing rows are filled by the Java migrations 10.1 (account.internal.UsernameKeys) and 10.2
-- (catalog.internal.ShopNameKeys): neither database can compute NFKC in the same way in SQL.
