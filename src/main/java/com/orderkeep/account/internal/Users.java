package com.orderkeep.account.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.orderkeep.shared.Role;
import com.orderkeep.shared.SqlTime;

/**
 * The users table. Every change that must end a user's tokens raises the user's revision in the same statement.
 */
@Repository
class Users {

	private static final String INSERT = """
			INSERT INTO users (id, username, username_key, password_hash, role, merchant_id, created_at)
			VALUES (:id, :username, :key, :hash, :role, :merchantId, :at)
			""";
	private static final String COLUMNS = "id, username, password_hash, role, merchant_id, enabled, revision";
	private static final String BY_KEY = "SELECT " + COLUMNS + " FROM users WHERE username_key = :key";
	private static final String BY_ID = "SELECT " + COLUMNS + " FROM users WHERE id = :id";
	private static final String STANDING = "SELECT enabled, revision FROM users WHERE id = :id";
	private static final String CHANGE_PASSWORD = "UPDATE users SET password_hash = :hash, revision = revision + 1 WHERE id = :id";
	private static final String SET_ENABLED = """
			UPDATE users SET enabled = :enabled, revision = revision + 1 WHERE id = :id AND enabled <> :enabled
			""";
	private static final String SET_ROLE = "UPDATE users SET role = :role, revision = revision + 1 WHERE id = :id AND role <> :role";
	/** Takes the row locks of every enabled admin, so two admins cannot each take away the other's last admin. */
	private static final String LOCK_ENABLED_ADMINS = "UPDATE users SET revision = revision WHERE role = 'ADMIN' AND enabled = TRUE";
	private static final String OTHER_ENABLED_ADMINS = """
			SELECT COUNT(*) FROM users WHERE role = 'ADMIN' AND enabled = TRUE AND id <> :id
			""";

	/** Usernames are matched by their start, with LIKE's wildcards escaped by '!'. */
	private static final String FIND = "SELECT " + COLUMNS + """
			 FROM users WHERE username LIKE :start ESCAPE '!' AND (:role = '' OR role = :role)
			ORDER BY created_at DESC, id LIMIT :limit
			""";

	private static final RowMapper<User> USER = (rs, n) -> new User(rs.getString("id"), rs.getString("username"),
			rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getString("merchant_id"),
			rs.getBoolean("enabled"), rs.getLong("revision"));

	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record User(String id, String username, String passwordHash, Role role, @Nullable String merchantId, boolean enabled,
			long revision) {
	}

	/** What decides whether a token of the user is still good. */
	record Standing(boolean enabled, long revision) {
	}

	void insert(String id, String username, String key, String passwordHash, Role role, @Nullable String merchantId,
			Instant at) {
		jdbc.sql(INSERT)
			.param("id", id)
			.param("username", username)
			.param("key", key)
			.param("hash", passwordHash)
			.param("role", role.name())
			.param("merchantId", merchantId)
			.param("at", SqlTime.of(at))
			.update();
	}

	Optional<User> byKey(String usernameKey) {
		return jdbc.sql(BY_KEY).param("key", usernameKey).query(USER).optional();
	}

	List<User> find(@Nullable Role role, String usernameStart, int limit) {
		String start = usernameStart.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
		return jdbc.sql(FIND)
			.param("start", start)
			.param("role", role == null ? "" : role.name())
			.param("limit", limit)
			.query(USER)
			.list();
	}

	Optional<User> byId(String id) {
		return jdbc.sql(BY_ID).param("id", id).query(USER).optional();
	}

	/** One lookup by primary key, made for every request that carries a token. */
	Optional<Standing> standing(String id) {
		return jdbc.sql(STANDING).param("id", id)
			.query((rs, n) -> new Standing(rs.getBoolean("enabled"), rs.getLong("revision")))
			.optional();
	}

	void changePassword(String id, String hash) {
		jdbc.sql(CHANGE_PASSWORD).param("id", id).param("hash", hash).update();
	}

	/** False if the user already was so. */
	boolean setEnabled(String id, boolean enabled) {
		return jdbc.sql(SET_ENABLED).param("id", id).param("enabled", enabled).update() == 1;
	}

	/** False if the user already had the role. */
	boolean setRole(String id, Role role) {
		return jdbc.sql(SET_ROLE).param("id", id).param("role", role.name()).update() == 1;
	}

	/** Whether an enabled admin other than this user would remain; holds the admins' row locks until commit. */
	boolean anotherEnabledAdmin(String id) {
		jdbc.sql(LOCK_ENABLED_ADMINS).update();
		return jdbc.sql(OTHER_ENABLED_ADMINS).param("id", id).query(Long.class).single() > 0;
	}
}
