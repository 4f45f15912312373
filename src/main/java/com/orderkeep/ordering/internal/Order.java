package com.orderkeep.ordering.internal;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.PaymentStatus;
import com.orderkeep.shared.Actor;
import com.orderkeep.shared.LocalizedText;

/**
 * An order and the rules of its life. Each verb checks the statuses it may start from, changes the order and returns
 * the change it made; a move the order cannot make throws {@link IllegalTransition} and changes nothing. The money
 * rules hold after every verb: nothing is refunded that was not paid, and a paid order that is cancelled owes the
 * buyer everything they paid.
 */
final class Order {

	private final String id;
	private final String orderNo;
	private final String buyerId;
	private final Snapshot snapshot;
	private final int quantity;
	private final long totalFen;
	private final Instant createdAt;
	private final @Nullable String flashSaleId;
	private final @Nullable String groupId;
	private OrderStatus status;
	private long paidFen;
	private long refundedFen;
	private @Nullable Cancellation cancellation;
	private @Nullable Shipment shipment;
	private boolean affectedByDelisting;
	private @Nullable ReturnRight returnRight;
	private @Nullable Instant paymentStartedAt;
	private int version;

	/**
	 * How long a payment the buyer started holds the order: no second payment starts and nobody cancels the order
	 * meanwhile. Far longer than a gateway's round trip, short enough that a payment lost to a crash does not hold
	 * the order for long.
	 */
	static final Duration PAYMENT_HOLD = Duration.ofMinutes(2);

	record Snapshot(String productId, String skuId, String merchantId, String title, String spec, long priceFen,
			String shopName, String category) {
	}

	record Cancellation(CancelReason reason, Actor by, Instant at, @Nullable String note) {
	}

	record Shipment(String carrier, String trackingNo) {
	}

	/** The buyer may return the order for a full refund, return shipping paid by the merchant. */
	record ReturnRight(String reasonCode, Instant grantedAt) {
	}

	/** A compensation another module granted the buyer under a platform rule; {@code grantId} is unique per grant. */
	record Compensation(String grantId, String ruleCode, int ruleVersion, long amountFen, String kind, String fundedBy,
			Instant at, LocalizedText message) {
	}

	/** A stored order, as it was read. */
	record State(String id, String orderNo, String buyerId, Snapshot snapshot, int quantity, long totalFen,
			Instant createdAt, @Nullable String flashSaleId, @Nullable String groupId, OrderStatus status, long paidFen, long refundedFen, @Nullable Cancellation cancellation,
			@Nullable Shipment shipment, boolean affectedByDelisting, @Nullable ReturnRight returnRight,
			@Nullable Instant paymentStartedAt, int version) {
	}

	private Order(State s) {
		this.id = s.id();
		this.orderNo = s.orderNo();
		this.buyerId = s.buyerId();
		this.snapshot = s.snapshot();
		this.quantity = s.quantity();
		this.totalFen = s.totalFen();
		this.createdAt = s.createdAt();
		this.flashSaleId = s.flashSaleId();
		this.groupId = s.groupId();
		this.status = s.status();
		this.paidFen = s.paidFen();
		this.refundedFen = s.refundedFen();
		this.cancellation = s.cancellation();
		this.shipment = s.shipment();
		this.affectedByDelisting = s.affectedByDelisting();
		this.returnRight = s.returnRight();
		this.paymentStartedAt = s.paymentStartedAt();
		this.version = s.version();
	}

	static Order restore(State state) {
		return new Order(state);
	}

	/** A new order awaiting payment, at the snapshot's price. */
	static Order place(String id, String orderNo, String buyerId, Snapshot snapshot, int quantity, Instant at,
			@Nullable String flashSaleId, @Nullable String groupId) {
		if (quantity <= 0) {
			throw new IllegalArgumentException("quantity must be positive");
		}
		return new Order(new State(id, orderNo, buyerId, snapshot, quantity, Math.multiplyExact(snapshot.priceFen(), quantity),
				at, flashSaleId, groupId, OrderStatus.PENDING_PAYMENT, 0, 0, null, null, false, null, null, 1));
	}

	OrderChange.Placed placedBy(Actor buyer) {
		return new OrderChange.Placed(createdAt, buyer);
	}

	/**
	 * The buyer starts paying: only an order awaiting payment, and only when no payment of it is under way, so at most
	 * one capture is ever started for it. Not a change of status, so nothing goes on the timeline.
	 */
	void startPayment(Instant at) {
		requireStatus("pay", OrderStatus.PENDING_PAYMENT);
		if (paymentUnderWay(at)) {
			throw new PaymentUnderWay(paymentStartedAt.plus(PAYMENT_HOLD));
		}
		paymentStartedAt = at;
		version++;
	}

	/** Whether a payment the buyer started may still be captured at this moment. */
	boolean paymentUnderWay(Instant at) {
		return status == OrderStatus.PENDING_PAYMENT && paymentStartedAt != null
				&& at.isBefore(paymentStartedAt.plus(PAYMENT_HOLD));
	}

	/** The earliest moment from {@code wanted} on at which no payment the buyer started holds the order any more. */
	Instant cancellableFrom(Instant wanted) {
		if (paymentStartedAt == null || status != OrderStatus.PENDING_PAYMENT) {
			return wanted;
		}
		Instant released = paymentStartedAt.plus(PAYMENT_HOLD);
		return released.isAfter(wanted) ? released : wanted;
	}

	OrderChange pay(String gatewayTxnId, long amountFen, Instant at) {
		if (amountFen <= 0) {
			throw new IllegalArgumentException("a payment is a positive amount");
		}
		paidFen += amountFen;
		if (status != OrderStatus.PENDING_PAYMENT || amountFen != totalFen) {
			return changed(new OrderChange.PaymentReturned(at, status, amountFen, gatewayTxnId));
		}
		status = groupId == null ? OrderStatus.TO_SHIP : OrderStatus.GROUPING;
		return changed(new OrderChange.Paid(at, status, amountFen, gatewayTxnId));
	}

	/** Its group completed (成团): a paid member is to be shipped now. */
	OrderChange.GroupCompleted completeGroup(boolean byMerchant, Instant at) {
		requireStatus("complete the group of", OrderStatus.GROUPING);
		status = OrderStatus.TO_SHIP;
		return changed(new OrderChange.GroupCompleted(at, byMerchant));
	}

	@Nullable
	String groupId() {
		return groupId;
	}

	OrderChange.Cancelled cancel(CancelReason reason, Actor actor, @Nullable String note, Instant at) {
		requireStatus("cancel", OrderStatus.PENDING_PAYMENT, OrderStatus.GROUPING, OrderStatus.TO_SHIP);
		if (!reason.mayBeGivenBy(actor.kind())) {
			throw new IllegalArgumentException(actor.kind() + " may not cancel for " + reason);
		}
		if (paymentUnderWay(at)) {
			throw new PaymentUnderWay(paymentStartedAt.plus(PAYMENT_HOLD));
		}
		long keptUntilNow = kept();
		status = OrderStatus.CANCELLED;
		cancellation = new Cancellation(reason, actor, at, note);
		return changed(new OrderChange.Cancelled(at, actor, reason, note, keptUntilNow));
	}

	OrderChange.Shipped ship(String carrier, String trackingNo, Actor merchant, Instant at) {
		requireStatus("ship", OrderStatus.TO_SHIP);
		status = OrderStatus.SHIPPED;
		shipment = new Shipment(carrier, trackingNo);
		return changed(new OrderChange.Shipped(at, merchant, carrier, trackingNo));
	}

	OrderChange.Completed confirmReceipt(Actor buyer, Instant at) {
		requireStatus("confirm receipt of", OrderStatus.SHIPPED);
		status = OrderStatus.COMPLETED;
		return changed(new OrderChange.Completed(at, buyer, false));
	}

	OrderChange.Completed completeAutomatically(Instant at) {
		requireStatus("complete", OrderStatus.SHIPPED);
		status = OrderStatus.COMPLETED;
		return changed(new OrderChange.Completed(at, Actor.SYSTEM, true));
	}

	OrderChange.Refunded refund(long amountFen, String cause, Instant at) {
		if (amountFen <= 0 || amountFen > owedToBuyer()) {
			throw new IllegalArgumentException("refund of " + amountFen + " exceeds the " + owedToBuyer() + " owed");
		}
		refundedFen += amountFen;
		return changed(new OrderChange.Refunded(at, status, amountFen, cause));
	}

	OrderChange.DelistingNoticed noticeDelisting(String reasonCode, String note, Instant at) {
		if (status.isFinal()) {
			throw new IllegalTransition("mark as affected by delisting", status);
		}
		affectedByDelisting = true;
		if (status == OrderStatus.SHIPPED) {
			returnRight = new ReturnRight(reasonCode, at);
		}
		return changed(new OrderChange.DelistingNoticed(at, status, reasonCode, note));
	}

	/**
	 * Shows a compensation granted to the buyer, in any status: the money moved in the granting module's books, not
	 * in this order's payment.
	 */
	OrderChange.Compensated compensate(Compensation compensation) {
		if (compensation.amountFen() <= 0) {
			throw new IllegalArgumentException("a compensation is a positive amount");
		}
		return changed(new OrderChange.Compensated(status, compensation));
	}

	/** What the buyer must get back: all they paid if the order will not be fulfilled, else any overpayment. */
	long owedToBuyer() {
		return paidFen - refundedFen - kept();
	}

	/** What the order keeps of the money paid: its total once paid, and nothing when unpaid or cancelled. */
	private long kept() {
		return status == OrderStatus.PENDING_PAYMENT || status == OrderStatus.CANCELLED ? 0 : totalFen;
	}

	/** The money side as the buyer sees it, derived from what was paid, kept and refunded. */
	PaymentStatus paymentStatus() {
		if (owedToBuyer() > 0) {
			return PaymentStatus.REFUNDING;
		}
		if (paidFen == 0) {
			return PaymentStatus.UNPAID;
		}
		if (refundedFen == 0 || kept() > 0) {
			return PaymentStatus.PAID;
		}
		return refundedFen == paidFen ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
	}

	private <C extends OrderChange> C changed(C change) {
		version++;
		return change;
	}

	private void requireStatus(String verb, OrderStatus... allowed) {
		for (OrderStatus s : allowed) {
			if (status == s) {
				return;
			}
		}
		throw new IllegalTransition(verb, status);
	}

	State state() {
		return new State(id, orderNo, buyerId, snapshot, quantity, totalFen, createdAt, flashSaleId, groupId, status,
				paidFen, refundedFen, cancellation, shipment, affectedByDelisting, returnRight, paymentStartedAt, version);
	}

	String id() {
		return id;
	}

	String buyerId() {
		return buyerId;
	}

	String merchantId() {
		return snapshot.merchantId();
	}

	OrderStatus status() {
		return status;
	}

	long totalFen() {
		return totalFen;
	}

	int version() {
		return version;
	}

	/** Thrown when a payment the buyer started still holds the order, until {@code releasedAt}. */
	static final class PaymentUnderWay extends IllegalStateException {

		private final Instant releasedAt;

		PaymentUnderWay(Instant releasedAt) {
			super("a payment of this order is under way until " + releasedAt);
			this.releasedAt = releasedAt;
		}

		Instant releasedAt() {
			return releasedAt;
		}
	}

	/** Thrown when an order is asked to do what its status does not allow. */
	static final class IllegalTransition extends IllegalStateException {

		private final OrderStatus current;

		IllegalTransition(String verb, OrderStatus current) {
			super("cannot " + verb + " an order that is " + current);
			this.current = current;
		}

		OrderStatus current() {
			return current;
		}
	}
}
