package com.orderkeep.groupbuy;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** A group completed (成团): its paid members' orders are to be shipped. {@code byMerchant} when shipped before full. */
public record GroupCompleted(String groupId, String productId, String merchantId, int paidMembers, boolean byMerchant,
		Instant occurredAt) implements DomainEvent {
}
