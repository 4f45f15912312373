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
