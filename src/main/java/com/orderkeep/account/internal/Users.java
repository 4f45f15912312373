package com.orderkeep.account.internal;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.orderkeep.shared.Role;
import com.orderkeep.shared.SqlTime;

/**
 * The users table.
 */
@Repository
class Users {

	private static final String INSERT = """
			INSERT INTO users (id, username, password_hash, role, merchant_id, created_at)
			VALUES (:id, :username, :hash, :role, :merchantId, :at)
			""";
	private static final String BY_USERNAME = """
			SELECT id, username, password_hash, role, merchant_id FROM users WHERE username = :username
			""";
	private static final String CHANGE_PASSWORD = "UPDATE users SET password_hash = :hash WHERE id = :id";

	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record User(String id, String username, String passwordHash, Role role, @Nullable String merchantId) {
	}

	void insert(User user, Instant at) {
		jdbc.sql(INSERT)
			.param("id", user.id())
			.param("username", user.username())
			.param("hash", user.passwordHash())
			.param("role", user.role().name())
			.param("merchantId", user.merchantId())
			.param("at", SqlTime.of(at))
			.update();
	}

	Optional<User> byUsername(String username) {
		return jdbc.sql(BY_USERNAME).param("username", username)
			.query((rs, n) -> new User(rs.getString("id"), rs.getString("username"), rs.getString("password_hash"),
					Role.valueOf(rs.getString("role")), rs.getString("merchant_id")))
			.optional();
	}

	void changePassword(String id, String hash) {
		jdbc.sql(CHANGE_PASSWORD).param("id", id).param("hash", hash).update();
	}
}
