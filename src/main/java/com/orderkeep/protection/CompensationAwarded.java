package com.orderkeep.protection;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

import com.orderkeep.ordering.changes.CompensationGranted;
import com.orderkeep.shared.LocalizedText;

/**
 * A platform rule compensated the buyer of an order, and the money has left for the buyer: out of the merchant's
 * deposit ({@code depositFen}) and advanced by the platform ({@code advancedFen}).
 */
public record CompensationAwarded(String grantId, String orderId, String buyerId, String merchantId, String ruleCode,
		int ruleVersion, long amountFen, String kind, String fundedBy, long depositFen, long advancedFen,
		Instant grantedAt, LocalizedText message) implements CompensationGranted, DomainEvent {
}
