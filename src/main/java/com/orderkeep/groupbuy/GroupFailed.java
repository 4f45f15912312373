package com.orderkeep.groupbuy;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** A group failed (its deadline passed, or its product was delisted): its members' orders are cancelled and refunded. */
public record GroupFailed(String groupId, String productId, String merchantId, int paidMembers, Instant occurredAt)
		implements DomainEvent {
}
