package com.orderkeep.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.orderkeep.notification.Notification;
import com.orderkeep.notification.NotificationType;
import com.orderkeep.shared.Ids;
import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.SqlTime;

/**
 * The notification table: inboxes, read by recipient, and the notifications placed in the stream.
 */
@Repository
class Inboxes {

	/** A notification already written for the same report is not written again, and nothing fails. */
	private static final String ADD = """
			INSERT INTO notification (id, recipient_id, notification_type, order_id, reports, occurred_at,
			    title_zh, title_en, body_zh, body_en)
			SELECT CAST(:id AS VARCHAR(36)), CAST(:recipient AS VARCHAR(64)), CAST(:type AS VARCHAR(32)),
			    CAST(:orderId AS VARCHAR(64)), CAST(:reports AS VARCHAR(100)), CAST(:at AS TIMESTAMP WITH TIME ZONE),
			    CAST(:titleZh AS VARCHAR(200)), CAST(:titleEn AS VARCHAR(200)), CAST(:bodyZh AS VARCHAR(2000)),
			    CAST(:bodyEn AS VARCHAR(2000))
			FROM (VALUES (1)) AS one (x)
			WHERE NOT EXISTS (SELECT 1 FROM notification n WHERE n.recipient_id = :recipient
			    AND n.notification_type = :type AND n.order_id = :orderId AND n.reports = :reports)
			""";
	private static final String COLUMNS = """
			SELECT id, occurred_at, order_id, notification_type, title_zh, title_en, body_zh, body_en, read_at,
			    recipient_id, stream_position
			FROM notification
			""";
	private static final String NEWEST_FIRST = " ORDER BY occurred_at DESC, entry_no DESC LIMIT :limit OFFSET :offset";
	private static final String PAGE = COLUMNS + " WHERE recipient_id IN (:recipients)" + NEWEST_FIRST;
	private static final String UNREAD_PAGE = COLUMNS + " WHERE recipient_id IN (:recipients) AND read_at IS NULL" + NEWEST_FIRST;
	private static final String COUNTS = """
			SELECT COUNT(*) AS total, COUNT(read_at) AS read_count FROM notification WHERE recipient_id IN (:recipients)
			""";
	private static final String MARK_READ = """
			UPDATE notification SET read_at = :at WHERE id = :id AND recipient_id IN (:recipients) AND read_at IS NULL
			""";
	private static final String IN_INBOX = """
			SELECT COUNT(*) FROM notification WHERE id = :id AND recipient_id IN (:recipients)
			""";
	private static final String PLACED_AFTER = COLUMNS + """
			WHERE stream_position > :after ORDER BY stream_position LIMIT :limit
			""";
	private static final String PLACED_FOR = COLUMNS + """
			WHERE recipient_id IN (:recipients) AND stream_position > :after AND stream_position <= :upTo
			ORDER BY stream_position LIMIT :limit
			""";

	private final JdbcClient jdbc;

	Inboxes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A notification placed in the stream, with its recipient. */
	record Placed(long position, String recipientId, Notification notification) {
	}

	/** Writes the notice unless it was written before; whether it was written now. */
	boolean add(Notice notice) {
		return jdbc.sql(ADD).param("id", Ids.next()).param("recipient", notice.recipientId())
			.param("type", notice.type().name()).param("orderId", notice.orderId()).param("reports", notice.reports())
			.param("at", SqlTime.of(notice.at())).param("titleZh", notice.title().zh())
			.param("titleEn", notice.title().en()).param("bodyZh", notice.body().zh()).param("bodyEn", notice.body().en())
			.update() == 1;
	}

	List<Notification> page(Collection<String> recipients, boolean unreadOnly, int page, int size) {
		return jdbc.sql(unreadOnly ? UNREAD_PAGE : PAGE).param("recipients", recipients).param("limit", size)
			.param("offset", (long) page * size).query((rs, n) -> notification(rs)).list();
	}

	/** How many notifications the inbox holds, and how many of them are read. */
	record Counts(long total, long read) {

		long unread() {
			return total - read;
		}
	}

	Counts counts(Collection<String> recipients) {
		return jdbc.sql(COUNTS).param("recipients", recipients)
			.query((rs, n) -> new Counts(rs.getLong("total"), rs.getLong("read_count"))).single();
	}

	/** Marks the notification read if it is in the inbox; whether it is. */
	boolean markRead(String id, Collection<String> recipients, Instant at) {
		return jdbc.sql(MARK_READ).param("at", SqlTime.of(at)).param("id", id).param("recipients", recipients).update() == 1
				|| jdbc.sql(IN_INBOX).param("id", id).param("recipients", recipients).query(Long.class).single() > 0;
	}

	/** Every recipient's notifications placed after {@code after}, in their order in the stream. */
	List<Placed> placedAfter(long after, int limit) {
		return jdbc.sql(PLACED_AFTER).param("after", after).param("limit", limit).query((rs, n) -> placed(rs)).list();
	}

	/** The recipients' notifications placed after {@code after} and up to {@code upTo}, in their order in the stream. */
	List<Placed> placedFor(Collection<String> recipients, long after, long upTo, int limit) {
		return jdbc.sql(PLACED_FOR).param("recipients", recipients).param("after", after).param("upTo", upTo)
			.param("limit", limit).query((rs, n) -> placed(rs)).list();
	}

	private static Placed placed(ResultSet rs) throws SQLException {
		return new Placed(rs.getLong("stream_position"), rs.getString("recipient_id"), notification(rs));
	}

	private static Notification notification(ResultSet rs) throws SQLException {
		String orderId = rs.getString("order_id");
		NotificationType type = NotificationType.valueOf(rs.getString("notification_type"));
		Notification.Link order = new Notification.Link("order", "/api/orders/" + orderId);
		// a buyer told that the product of their paid order was delisted is shown where else to buy it
		List<Notification.Link> links = type == NotificationType.PRODUCT_DELISTED
				? List.of(order, new Notification.Link("alternatives", "/api/orders/" + orderId + "/alternatives"))
				: List.of(order);
		return new Notification(rs.getString("id"), SqlTime.read(rs, "occurred_at"), orderId, type,
				new LocalizedText(rs.getString("title_zh"), rs.getString("title_en")),
				new LocalizedText(rs.getString("body_zh"), rs.getString("body_en")),
				SqlTime.readNullable(rs, "read_at") != null, links);
	}
}
