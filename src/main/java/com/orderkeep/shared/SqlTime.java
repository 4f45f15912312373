package com.orderkeep.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * Instants to and from {@code TIMESTAMP WITH TIME ZONE}, the one time type both PostgreSQL's and HSQLDB's drivers map alike.
 */
public final class SqlTime {

	private SqlTime() {
	}

	public static @Nullable OffsetDateTime of(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	public static Instant read(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	public static @Nullable Instant readNullable(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
