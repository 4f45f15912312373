package com.orderkeep.notification.internal;

import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives committed notifications their place in the stream, in the order of the commits that placed them.
 * <p>
 * A notification's own number is taken when its transaction inserts it, and transactions commit in another order:
 * a stream reading "numbers after the last one I saw" would skip a notification whose transaction took its number
 * first and committed last. So a notification is placed only once it is committed, and every placing holds the lock
 * of the one row of {@code notification_stream_head} from its first statement to its commit: the places one placing
 * gives are all above those of the placings that committed before it, and all become visible at once. A reader that
 * has seen place n can never find a place below n later, on any node.
 */
@Component
class StreamPlaces {

	/** The most notifications one placing places; the rest wait for the next. */
	static final int MOST_PER_PLACING = 500;

	private static final String ANY_UNPLACED = """
			SELECT id FROM notification WHERE stream_position IS NULL LIMIT 1
			""";
	private static final String LOCK_HEAD = """
			UPDATE notification_stream_head SET last_position = last_position WHERE id = 1
			""";
	private static final String HEAD = """
			SELECT last_position FROM notification_stream_head WHERE id = 1
			""";
	private static final String UNPLACED = """
			SELECT id FROM notification WHERE stream_position IS NULL ORDER BY entry_no LIMIT :limit
			""";
	private static final String PLACE = """
			UPDATE notification SET stream_position = :position WHERE id = :id AND stream_position IS NULL
			""";
	private static final String MOVE_HEAD = """
			UPDATE notification_stream_head SET last_position = :position WHERE id = 1
			""";

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;
	private final TransactionTemplate placing;

	StreamPlaces(JdbcClient jdbc, NamedParameterJdbcTemplate batch, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.placing = new TransactionTemplate(transactions);
		this.placing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The last place given so far. */
	long head() {
		return jdbc.sql(HEAD).query(Long.class).single();
	}

	/** Places the committed notifications that have no place yet; how many it placed. */
	int placeCommitted() {
		if (jdbc.sql(ANY_UNPLACED).query(String.class).optional().isEmpty()) {
			return 0;
		}
		Integer placed = placing.execute(status -> {
			jdbc.sql(LOCK_HEAD).update();
			long last = head();
			List<String> unplaced = jdbc.sql(UNPLACED).param("limit", MOST_PER_PLACING).query(String.class).list();
			if (unplaced.isEmpty()) {
				return 0;
			}
			SqlParameterSource[] places = new SqlParameterSource[unplaced.size()];
			for (int i = 0; i < places.length; i++) {
				places[i] = new MapSqlParameterSource("position", last + i + 1).addValue("id", unplaced.get(i));
			}
			batch.batchUpdate(PLACE, places);
			jdbc.sql(MOVE_HEAD).param("position", last + places.length).update();
			return places.length;
		});
		return placed == null ? 0 : placed;
	}
}
