package com.orderkeep.groupbuy.internal;

import java.time.Instant;

/** The payment that makes a group's paid members reach its size committed: the group is to complete. */
public record GroupFilled(String groupId, Instant occurredAt) {
}
