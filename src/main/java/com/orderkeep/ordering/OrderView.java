package com.orderkeep.ordering;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.orderkeep.shared.LocalizedText;

/**
 * An order as the API shows it: what was bought as the buyer saw it then, where it stands, the money, its open
 * deadlines and the timeline of everything that happened to it.
 */
public record OrderView(String orderId, String orderNo, String buyerId, String merchantId, OrderStatus status,
		int quantity, long unitPriceFen, long totalFen, Instant createdAt, Snapshot snapshot, Payment payment,
		@Nullable Cancellation cancellation, List<Compensation> compensations, @Nullable String groupId,
		@Nullable String flashSaleId, boolean affectedByDelisting, @Nullable ReturnRight returnRight,
		@Nullable Shipment shipment, List<Deadline> deadlines, List<TimelineEntry> timeline) {

	public record Snapshot(String productId, String skuId, String title, String spec, long priceFen, String shopName,
			String category) {
	}

	public record Payment(PaymentStatus status, long paidFen, long refundedFen) {
	}

	public record Cancellation(CancelReason reasonCode, String by, Instant at, LocalizedText message,
			@Nullable String note) {
	}

	/** A compensation granted to the buyer under a platform rule, funded by the merchant's deposit or the platform. */
	public record Compensation(String ruleCode, int ruleVersion, long amountFen, String kind, String fundedBy, Instant at,
			LocalizedText message) {
	}

	public record Shipment(String carrier, String trackingNo) {
	}

	/**
	 * The buyer may return the order for a full refund, return shipping paid by {@code returnShippingPaidBy}: its
	 * product was delisted for its quality ({@code QUALITY_ISSUE}) or banned ({@code BANNED}) after it shipped.
	 */
	public record ReturnRight(String reasonCode, Instant grantedAt, String returnShippingPaidBy) {
	}

	public record Deadline(String kind, Instant dueAt) {
	}

	public record TimelineEntry(Instant at, OrderStatus status, String event, String actor, @Nullable String reasonCode,
			LocalizedText message) {
	}
}
