package com.orderkeep.ordering.internal;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.seats.GroupSeats;
import com.orderkeep.shared.Actor;
import com.orderkeep.ordering.payments.OrderPayments;
import com.orderkeep.shared.Caller;

/**
 * The payment module's door to orders. Joins the caller's transaction, so a capture is applied to the order in the
 * same commit as the money's ledger postings.
 */
@Service
@Transactional
class OrderPaymentsImpl implements OrderPayments {

	private final OrderTransitions transitions;
	private final OrderAccess access;
	private final Optional<GroupSeats> seats;

	OrderPaymentsImpl(OrderTransitions transitions, OrderAccess access, Optional<GroupSeats> seats) {
		this.transitions = transitions;
		this.access = access;
		this.seats = seats;
	}

	@Override
	public PayableOrder startPayment(String orderId, Caller buyer) {
		Order order = access.ownedByBuyer(orderId, buyer);
		transitions.startPayment(order);
		return new PayableOrder(order.id(), order.state().orderNo(), order.totalFen());
	}

	@Override
	public CaptureOutcome markPaid(String orderId, String gatewayTxnId, long amountFen) {
		Order order = transitions.load(orderId);
		OrderStatus before = order.status();
		GroupSeats.PaidSeat seat = seatPaid(order, amountFen);
		OrderChange change = transitions.change(order, o -> o.pay(gatewayTxnId, amountFen, transitions.now()));
		if (change instanceof OrderChange.Paid && seat != GroupSeats.PaidSeat.KEPT) {
			CancelReason reason = seat == GroupSeats.PaidSeat.GROUP_FAILED ? CancelReason.GROUP_FAILED
					: CancelReason.GROUP_CLOSED;
			transitions.change(order, o -> o.cancel(reason, Actor.SYSTEM, null, transitions.now()));
		}
		return new CaptureOutcome(result(change, before, amountFen, order.totalFen()), order.totalFen());
	}

	/**
	 * A group member's payment is counted by its group first, which locks the group before the order (as a group
	 * settling does); a group that closed meanwhile does not take it, and the order is cancelled and refunded.
	 */
	private GroupSeats.PaidSeat seatPaid(Order order, long amountFen) {
		String groupId = order.groupId();
		if (groupId == null || order.status() != OrderStatus.PENDING_PAYMENT || amountFen != order.totalFen()
				|| seats.isEmpty()) {
			return GroupSeats.PaidSeat.KEPT;
		}
		return seats.get().paid(order.id(), groupId, transitions.now());
	}

	private static Result result(OrderChange change, OrderStatus before, long amountFen, long totalFen) {
		if (change instanceof OrderChange.Paid) {
			return Result.APPLIED;
		}
		if (amountFen != totalFen) {
			return Result.WRONG_AMOUNT;
		}
		return before == OrderStatus.CANCELLED ? Result.ORDER_CANCELLED : Result.PAID_ALREADY;
	}

	@Override
	public void markRefunded(String orderId, long amountFen, String cause) {
		transitions.change(transitions.load(orderId), o -> o.refund(amountFen, cause, transitions.now()));
	}

	@Override
	@Transactional(readOnly = true)
	public long owedToBuyer(String orderId) {
		return transitions.load(orderId).owedToBuyer();
	}
}
