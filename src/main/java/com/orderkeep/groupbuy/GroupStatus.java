package com.orderkeep.groupbuy;

/** Where a group stands: open to join, complete (成团), or failed at its deadline. */
public enum GroupStatus {
	OPEN, COMPLETE, FAILED
}
