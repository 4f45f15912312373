package com.orderkeep.ordering;

import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.ProblemCode;

/**
 * How a placement ended: an order (new, or the one an earlier request with the same key created), or a refusal.
 */
public sealed interface Placement {

	record Placed(OrderView order, boolean created) implements Placement {
	}

	record Refused(ProblemCode code, LocalizedText reason) implements Placement {
	}
}
