package com.orderkeep.groupbuy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.orderkeep.groupbuy.GroupStatus;
import com.orderkeep.shared.SqlTime;

/**
 * The buy_group and group_member tables. Seats are counted on the group's row and changed only by conditional
 * updates, which lock the row, so racing batches on any number of nodes never hold more seats than the group has.
 */
@Repository
class Groups {

	private static final String INSERT_GROUP = """
			INSERT INTO buy_group (id, sku_id, product_id, merchant_id, leader_id, size, price_fen, status, seats_held,
			                       paid_members, created_at, expires_at)
			VALUES (:id, :sku, :product, :merchant, :leader, :size, :price, 'OPEN', 1, 0, :at, :expiresAt)
			""";
	private static final String TAKE_SEAT = """
			UPDATE buy_group SET seats_held = seats_held + 1
			WHERE id = :id AND sku_id = :sku AND status = 'OPEN' AND expires_at > :now AND seats_held < size
			  AND NOT EXISTS (SELECT 1 FROM group_member m WHERE m.group_id = :id AND m.buyer_id = :buyer
			                  AND m.released_at IS NULL)
			""";
	private static final String INSERT_MEMBER = """
			INSERT INTO group_member (order_id, group_id, buyer_id, joined_at, paid) VALUES (:order, :group, :buyer, :at, FALSE)
			""";
	private static final String COUNT_PAYMENT = """
			UPDATE buy_group SET paid_members = paid_members + 1 WHERE id = :id AND status = 'OPEN' AND expires_at > :now
			""";
	private static final String MARK_PAID = """
			UPDATE group_member SET paid = TRUE WHERE order_id = :order AND paid = FALSE AND released_at IS NULL
			""";
	private static final String RELEASE_MEMBER = """
			UPDATE group_member SET released_at = :at WHERE order_id = :order AND released_at IS NULL
			""";
	private static final String FREE_SEAT = """
			UPDATE buy_group SET seats_held = seats_held - 1, paid_members = paid_members - :paid
			WHERE id = :id AND status = 'OPEN'
			""";
	private static final String COMPLETE_FILLED = """
			UPDATE buy_group SET status = 'COMPLETE', completed_by = 'MEMBERS', settled_at = :now
			WHERE id = :id AND status = 'OPEN' AND paid_members >= size
			""";
	private static final String COMPLETE_BY_MERCHANT = """
			UPDATE buy_group SET status = 'COMPLETE', completed_by = 'MERCHANT', settled_at = :now
			WHERE id = :id AND status = 'OPEN' AND paid_members > 0 AND expires_at > :now
			""";
	private static final String FAIL_EXPIRED = """
			UPDATE buy_group SET status = 'FAILED', settled_at = :now
			WHERE id = :id AND status = 'OPEN' AND paid_members < size AND expires_at <= :now
			""";
	private static final String FAIL_NOW = """
			UPDATE buy_group SET status = 'FAILED', settled_at = :now
			WHERE id = :id AND status = 'OPEN' AND paid_members < size
			""";
	private static final String GROUP = """
			SELECT id, sku_id, product_id, merchant_id, size, price_fen, status, seats_held, paid_members, created_at,
			       expires_at, completed_by FROM buy_group WHERE id = :id AND status <> 'VOID'
			""";
	private static final String OPEN_OF_PRODUCT = """
			SELECT id FROM buy_group WHERE product_id = :product AND status = 'OPEN' AND expires_at > :now
			  AND seats_held < size ORDER BY expires_at, id LIMIT :limit
			""";
	private static final String ALL_OPEN_OF_PRODUCT = """
			SELECT id FROM buy_group WHERE product_id = :product AND status = 'OPEN' ORDER BY id
			""";
	private static final String OF_MERCHANT = """
			SELECT id FROM buy_group WHERE merchant_id = :merchant ORDER BY created_at DESC, id LIMIT :limit
			""";
	private static final String DUE = """
			SELECT id FROM buy_group WHERE status = 'OPEN' AND (expires_at <= :now OR paid_members >= size)
			ORDER BY expires_at LIMIT :limit
			""";
	private static final String MEMBERS = """
			SELECT m.order_id, m.buyer_id, m.joined_at, m.paid FROM group_member m JOIN buy_group g ON g.id = m.group_id
			WHERE m.group_id = :group AND (m.released_at IS NULL OR m.released_at >= g.settled_at)
			ORDER BY m.joined_at, m.order_id
			""";
	private static final String MEMBER = """
			SELECT group_id, paid FROM group_member WHERE order_id = :order
			""";
	private static final String UNDO_SEAT = """
			UPDATE group_member SET released_at = CURRENT_TIMESTAMP WHERE order_id = :order
			""";
	private static final String UNDO_SEAT_COUNT = "UPDATE buy_group SET seats_held = seats_held - 1 WHERE id = :id";
	private static final String VOID_UNSEATED = """
			UPDATE buy_group SET status = 'VOID'
			WHERE id = :id AND status = 'OPEN' AND seats_held = 0
			  AND leader_id = (SELECT buyer_id FROM group_member WHERE order_id = :order)
			""";
	private static final String COUNT_BY_STATUS = "SELECT COUNT(*) FROM buy_group WHERE status = :status";

	private final JdbcClient jdbc;

	Groups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Group(String id, String skuId, String productId, String merchantId, int size, long priceFen,
			GroupStatus status, int seatsHeld, int paidMembers, Instant createdAt, Instant expiresAt,
			boolean completedByMerchant) {

		boolean filled() {
			return paidMembers >= size;
		}
	}

	record Member(String orderId, String buyerId, Instant joinedAt, boolean paid) {
	}

	/** The group an order holds (or held) its seat in, and whether it paid for it. */
	private record Seat(String groupId, boolean paid) {
	}

	record NewGroup(String id, String skuId, String productId, String merchantId, String leaderId, int size,
			long priceFen, Instant at, Instant expiresAt) {
	}

	void start(NewGroup group, String orderId) {
		jdbc.sql(INSERT_GROUP).param("id", group.id()).param("sku", group.skuId()).param("product", group.productId())
			.param("merchant", group.merchantId()).param("leader", group.leaderId()).param("size", group.size())
			.param("price", group.priceFen()).param("at", SqlTime.of(group.at()))
			.param("expiresAt", SqlTime.of(group.expiresAt())).update();
		addMember(orderId, group.id(), group.leaderId(), group.at());
	}

	/** Takes a seat in the open group for the buyer's order; false when the group has none for it. */
	boolean takeSeat(String groupId, String skuId, String buyerId, String orderId, Instant now) {
		boolean taken = jdbc.sql(TAKE_SEAT).param("id", groupId).param("sku", skuId).param("buyer", buyerId)
			.param("now", SqlTime.of(now)).update() == 1;
		if (taken) {
			addMember(orderId, groupId, buyerId, now);
		}
		return taken;
	}

	private void addMember(String orderId, String groupId, String buyerId, Instant at) {
		jdbc.sql(INSERT_MEMBER).param("order", orderId).param("group", groupId).param("buyer", buyerId)
			.param("at", SqlTime.of(at)).update();
	}

	/** Counts a member's payment in its open group; false when the group is settled or past its deadline. */
	boolean countPayment(String groupId, String orderId, Instant now) {
		if (jdbc.sql(COUNT_PAYMENT).param("id", groupId).param("now", SqlTime.of(now)).update() == 0) {
			return false;
		}
		if (jdbc.sql(MARK_PAID).param("order", orderId).update() == 0) {
			throw new IllegalStateException("order " + orderId + " holds no unpaid seat in group " + groupId);
		}
		return true;
	}

	/** Frees the order's seat; an open group counts one seat (and one payment, if it was paid) fewer. */
	void release(String orderId, Instant at) {
		Optional<Seat> seat = seatOf(orderId);
		if (seat.isEmpty() || jdbc.sql(RELEASE_MEMBER).param("order", orderId).param("at", SqlTime.of(at)).update() == 0) {
			return;
		}
		jdbc.sql(FREE_SEAT).param("id", seat.get().groupId()).param("paid", seat.get().paid() ? 1 : 0).update();
	}

	private Optional<Seat> seatOf(String orderId) {
		return jdbc.sql(MEMBER).param("order", orderId)
			.query((rs, n) -> new Seat(rs.getString("group_id"), rs.getBoolean("paid")))
			.optional();
	}

	/**
	 * Undoes a seat taken in this transaction for an order that was not placed after all: the seat is free again, and
	 * a group that order started is void (no one ever sees it).
	 */
	void giveBack(String orderId) {
		Optional<Seat> seat = seatOf(orderId);
		if (seat.isEmpty()) {
			return;
		}
		String groupId = seat.get().groupId();
		jdbc.sql(UNDO_SEAT).param("order", orderId).update();
		jdbc.sql(UNDO_SEAT_COUNT).param("id", groupId).update();
		jdbc.sql(VOID_UNSEATED).param("id", groupId).param("order", orderId).update();
	}

	boolean complete(String groupId, boolean byMerchant, Instant now) {
		return jdbc.sql(byMerchant ? COMPLETE_BY_MERCHANT : COMPLETE_FILLED).param("id", groupId)
			.param("now", SqlTime.of(now)).update() == 1;
	}

	boolean fail(String groupId, boolean evenBeforeDeadline, Instant now) {
		return jdbc.sql(evenBeforeDeadline ? FAIL_NOW : FAIL_EXPIRED).param("id", groupId).param("now", SqlTime.of(now))
			.update() == 1;
	}

	Optional<Group> find(String groupId) {
		return jdbc.sql(GROUP).param("id", groupId).query((rs, n) -> group(rs)).optional();
	}

	List<String> openOf(String productId, Instant now, int limit) {
		return jdbc.sql(OPEN_OF_PRODUCT).param("product", productId).param("now", SqlTime.of(now))
			.param("limit", limit).query(String.class).list();
	}

	List<String> allOpenOf(String productId) {
		return jdbc.sql(ALL_OPEN_OF_PRODUCT).param("product", productId).query(String.class).list();
	}

	List<String> ofMerchant(String merchantId, int limit) {
		return jdbc.sql(OF_MERCHANT).param("merchant", merchantId).param("limit", limit).query(String.class).list();
	}

	/** Open groups that are due to settle: filled, or past their deadline. */
	List<String> due(Instant now, int limit) {
		return jdbc.sql(DUE).param("now", SqlTime.of(now)).param("limit", limit).query(String.class).list();
	}

	/** The members holding a seat, or holding one when the group settled. */
	List<Member> members(String groupId) {
		return jdbc.sql(MEMBERS).param("group", groupId)
			.query((rs, n) -> new Member(rs.getString("order_id"), rs.getString("buyer_id"), SqlTime.read(rs, "joined_at"),
					rs.getBoolean("paid")))
			.list();
	}

	long count(GroupStatus status) {
		return jdbc.sql(COUNT_BY_STATUS).param("status", status.name()).query(Long.class).single();
	}

	private static Group group(ResultSet rs) throws SQLException {
		return new Group(rs.getString("id"), rs.getString("sku_id"), rs.getString("product_id"),
				rs.getString("merchant_id"), rs.getInt("size"), rs.getLong("price_fen"),
				GroupStatus.valueOf(rs.getString("status")), rs.getInt("seats_held"), rs.getInt("paid_members"),
				SqlTime.read(rs, "created_at"), SqlTime.read(rs, "expires_at"),
				"MERCHANT".equals(rs.getString("completed_by")));
	}
}
