package com.orderkeep.ordering.internal;

import java.util.concurrent.CompletableFuture;

import com.orderkeep.ordering.PlaceOrder;
import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.ProblemCode;

/**
 * A placement waiting in the batching writer, and the outcome it will be completed with.
 */
record PlacementRequest(PlaceOrder command, CompletableFuture<Outcome> outcome) {

	PlacementRequest(PlaceOrder command) {
		this(command, new CompletableFuture<>());
	}

	OrderRequests.Key key() {
		return new OrderRequests.Key(command.buyerId(), command.idempotencyKey());
	}

	sealed interface Outcome {
	}

	/** A new order, committed. */
	record Created(Order order, OrderChange.Placed placed, Deadlines.Due paymentDue) implements Outcome {
	}

	/** The order an earlier request with the same key created. */
	record Replayed(String orderId) implements Outcome {
	}

	record Refused(ProblemCode code, LocalizedText reason) implements Outcome {
	}

	/** The batch could not commit: nothing was acknowledged, the client may retry. */
	record Failed(Throwable cause) implements Outcome {
	}
}
