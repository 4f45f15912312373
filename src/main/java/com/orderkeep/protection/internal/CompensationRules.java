package com.orderkeep.protection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.orderkeep.protection.RuleCode;
import com.orderkeep.protection.RuleVersion;
import com.orderkeep.shared.SqlTime;

/**
 * The compensation_rule table: every version ever published, none ever changed.
 */
@Repository
class CompensationRules {

	private static final String COLUMNS = """
			SELECT rule_code, version, percent, min_fen, max_fen, kind, funded_by, effective_from FROM compensation_rule
			""";
	private static final String IN_FORCE = COLUMNS + """
			WHERE rule_code = :code AND effective_from <= :at ORDER BY effective_from DESC, version DESC LIMIT 1
			""";
	private static final String ALL = COLUMNS + " ORDER BY rule_code, version";
	private static final String LATEST = COLUMNS + " WHERE rule_code = :code ORDER BY version DESC LIMIT 1";
	private static final String INSERT = """
			INSERT INTO compensation_rule (rule_code, version, percent, min_fen, max_fen, kind, funded_by,
			    effective_from, published_at, published_by)
			VALUES (:code, :version, :percent, :minFen, :maxFen, :kind, :fundedBy, :effectiveFrom, :publishedAt, :publishedBy)
			""";

	private final JdbcClient jdbc;

	CompensationRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The version of the rule in force at the moment its trigger happened. */
	RuleVersion inForce(RuleCode code, Instant at) {
		return jdbc.sql(IN_FORCE).param("code", code.name()).param("at", SqlTime.of(at)).query(CompensationRules::map)
			.optional()
			.orElseThrow(() -> new IllegalStateException("no version of " + code + " is in force at " + at));
	}

	List<RuleVersion> all() {
		return jdbc.sql(ALL).query(CompensationRules::map).list();
	}

	/** The latest version of the rule; every rule has the version the schema ships. */
	RuleVersion latest(RuleCode code) {
		return jdbc.sql(LATEST).param("code", code.name()).query(CompensationRules::map).single();
	}

	/** Stores a new version; two publishers racing for one version number cannot both succeed. */
	void insert(RuleVersion rule, Instant publishedAt, String publishedBy) {
		jdbc.sql(INSERT).param("code", rule.ruleCode().name()).param("version", rule.version())
			.param("percent", rule.percent()).param("minFen", rule.minFen()).param("maxFen", rule.maxFen())
			.param("kind", rule.kind()).param("fundedBy", rule.fundedBy())
			.param("effectiveFrom", SqlTime.of(rule.effectiveFrom())).param("publishedAt", SqlTime.of(publishedAt))
			.param("publishedBy", publishedBy).update();
	}

	private static RuleVersion map(ResultSet rs, int row) throws SQLException {
		long max = rs.getLong("max_fen");
		@Nullable Long maxFen = rs.wasNull() ? null : max;
		return new RuleVersion(RuleCode.valueOf(rs.getString("rule_code")), rs.getInt("version"), rs.getInt("percent"),
				rs.getLong("min_fen"), maxFen, rs.getString("kind"), rs.getString("funded_by"),
				SqlTime.read(rs, "effective_from"));
	}
}
