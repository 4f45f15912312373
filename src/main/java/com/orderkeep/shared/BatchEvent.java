package com.orderkeep.shared;

/**
 * An event that announces a whole batch at once (the orders one placement batch committed). The event publication
 * registry keeps one copy of it for all its listeners, under the batch's id, instead of the whole event in every
 * listener's publication: what a listener costs the batch is then a short row, however large the batch.
 */
public interface BatchEvent {

	/** Unique per published event. */
	String batchId();
}
