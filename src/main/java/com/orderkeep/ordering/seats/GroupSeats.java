package com.orderkeep.ordering.seats;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.orderkeep.ordering.Placement;
import com.orderkeep.shared.LocalizedText;

/**
 * What ordering needs from group buy while it places orders: a seat for each order that starts or joins a group,
 * and the price that seat is sold at. Called from the placement batch's transaction, before any stock is taken, so
 * a seat and its order commit or roll back together; the implementation takes seats with conditional updates (never
 * check-then-insert), locking groups in the order of their ids, so racing batches on one node or several never
 * overfill a group and never deadlock.
 */
public interface GroupSeats {

	/**
	 * A seat for each request, in the order asked.
	 *
	 * @param now the batch's time, against which a group's window is judged
	 */
	List<Seat> take(List<SeatRequest> requests, Instant now);

	/**
	 * Gives back seats taken by {@link #take} in this transaction for orders the batch could not place after all
	 * (their SKU ran out of stock).
	 */
	void giveBack(List<String> orderIds);

	/**
	 * The member's order is being paid, in the payment's transaction, before the order itself is changed (so that
	 * groups are locked before orders, as when a group settles). Answers whether its group still takes the payment:
	 * a group that failed, or completed without this member, does not, and the order is then cancelled and refunded.
	 */
	PaidSeat paid(String orderId, String groupId, Instant at);

	/** The member's order was cancelled, in the cancel's transaction: its seat is free again. */
	void released(String orderId, Instant at);

	/** What a member's payment found in its group. */
	enum PaidSeat {

		/** The group is open and counts the payment. */
		KEPT,

		/** The group failed before the payment came. */
		GROUP_FAILED,

		/** The group completed without this member. */
		GROUP_CLOSED
	}

	/**
	 * An order being placed that wants a seat: in the group {@code groupId}, or in a new group it starts when
	 * {@code groupId} is null.
	 */
	record SeatRequest(String orderId, String buyerId, String skuId, int quantity, @Nullable String groupId) {

		public boolean startsGroup() {
			return groupId == null;
		}
	}

	/** A seat, or why there is none. */
	sealed interface Seat {

		/** The order has its seat in {@code groupId}, at {@code unitPriceFen} a unit. */
		record Taken(String groupId, long unitPriceFen) implements Seat {
		}

		/** No seat: the order is not placed, for this reason, in these words. */
		record Refused(Placement.Reason reason, LocalizedText text) implements Seat {
		}
	}
}
