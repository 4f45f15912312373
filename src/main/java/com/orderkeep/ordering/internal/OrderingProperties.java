package com.orderkeep.ordering.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ordering rules operators may tune: how long a buyer has to pay, how long after shipping an order completes by
 * itself, and the shape of the batching writer.
 *
 * @param paymentWindow unpaid orders are cancelled and their stock returned after this long
 * @param autoCompleteAfter shipped orders complete by themselves after this long
 * @param batch the batching writer
 */
@ConfigurationProperties("orderkeep.orders")
record OrderingProperties(@DefaultValue("15m") Duration paymentWindow, @DefaultValue("10d") Duration autoCompleteAfter,
		@DefaultValue Batch batch) {

	/**
	 * @param maxSize most requests committed in one transaction
	 * @param lanes SKUs are spread over this many lanes, each gathering its own batches
	 * @param inFlight batches one lane writes at the same time; their stock updates come last, so they wait for
	 *        each other only for the stock row's update and commit
	 * @param workers threads committing batches, for all lanes together
	 * @param waitTimeout how long a request waits for its batch before it is answered 503 (it may still commit;
	 *        a retry with the same idempotency key then finds the order)
	 */
	record Batch(@DefaultValue("500") int maxSize, @DefaultValue("64") int lanes, @DefaultValue("2") int inFlight,
			@DefaultValue("8") int workers,
			@DefaultValue("10s") Duration waitTimeout) {
	}
}
