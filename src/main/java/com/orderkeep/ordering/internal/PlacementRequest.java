package com.orderkeep.ordering.internal;

import java.util.concurrent.CompletableFuture;

import com.orderkeep.ordering.PlaceOrder;

/**
 * A placement waiting in the batching writer, and the outcome it will be completed with.
 */
record PlacementRequest(PlaceOrder command, CompletableFuture<Outcome> outcome) {

	PlacementRequest(PlaceOrder command) {
		this(command, new CompletableFuture<>());
	}

	IdempotencyKeys.Key key() {
		return new IdempotencyKeys.Key(command.buyerId(), command.idempotencyKey());
	}

	/** How a request ended: {@link Created}, {@link Replayed}, a {@link PlacementRefusal} or {@link Failed}. */
	sealed interface Outcome permits Created, Replayed, PlacementRefusal, Failed {
	}

	/** A new order, committed. */
	record Created(Order order, OrderChange.Placed placed, Deadlines.Due paymentDue) implements Outcome {
	}

	/** The order an earlier request with the same key created. */
	record Replayed(String orderId) implements Outcome {
	}

	/** The batch could not commit: nothing was acknowledged, the client may retry. */
	record Failed(Throwable cause) implements Outcome {
	}
}
