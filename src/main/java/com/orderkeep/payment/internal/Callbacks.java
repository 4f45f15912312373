package com.orderkeep.payment.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.ordering.payments.OrderPayments;
import com.orderkeep.payment.PaymentManagement.CallbackOutcome;
import com.orderkeep.payment.PaymentRefused;
import com.orderkeep.shared.Fen;
import com.orderkeep.shared.LocalizedText;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Handles the gateway's callbacks in one transaction each: the signature first, then at most once per gateway
 * transaction, the money into the order's escrow and the order told it is paid. Money that the order cannot take
 * is recorded as an incident and goes back to the buyer; an amount no order can have is refused at the door, and a
 * transaction id that comes back with another order or amount is an incident, never applied and never dropped.
 */
@Component
@Transactional
class Callbacks {

	private static final PaymentRefused BAD_SIGNATURE = new PaymentRefused(PaymentRefused.Reason.NOT_SIGNED_BY_THE_GATEWAY,
			new LocalizedText("回调签名无效", "The callback signature is missing or wrong"));

	private final CallbackSignature signature;
	private final PaymentRecords records;
	private final Ledger ledger;
	private final PaymentAttempts attempts;
	private final OrderPayments orders;
	private final JsonMapper json;
	private final MeterRegistry metrics;
	private final Clock clock;

	Callbacks(CallbackSignature signature, PaymentRecords records, Ledger ledger, PaymentAttempts attempts,
			OrderPayments orders, JsonMapper json, MeterRegistry metrics, Clock clock) {
		this.signature = signature;
		this.records = records;
		this.ledger = ledger;
		this.attempts = attempts;
		this.orders = orders;
		this.json = json;
		this.metrics = metrics;
		this.clock = clock;
	}

	record Body(@Nullable String gatewayTxnId, @Nullable String orderId, @Nullable Long amountFen, @Nullable String status) {
	}

	CallbackOutcome receive(byte[] rawBody, @Nullable String givenSignature) {
		if (givenSignature == null || !signature.verifies(rawBody, givenSignature)) {
			count("bad_signature");
			throw BAD_SIGNATURE;
		}
		Body body = parse(rawBody);
		CallbackOutcome outcome = apply(body.gatewayTxnId(), body.orderId(), body.amountFen(), body.status());
		count(outcome.name().toLowerCase(Locale.ROOT));
		return outcome;
	}

	private CallbackOutcome apply(String txn, String orderId, long amountFen, String status) {
		if (!"SUCCESS".equals(status)) {
			return CallbackOutcome.IGNORED;
		}
		Instant now = clock.instant();
		PaymentRecords.Seen seen = records.recordTransaction(txn, orderId, "CAPTURE", amountFen, now);
		if (seen == PaymentRecords.Seen.SAME) {
			return CallbackOutcome.DUPLICATE;
		}
		if (seen == PaymentRecords.Seen.CLASHING) {
			records.recordIncident(txn, orderId, "TRANSACTION_REUSED", amountFen,
					"gateway transaction " + txn + " was applied before to another order or amount; not applied to this one", now);
			return CallbackOutcome.INCIDENT_RECORDED;
		}
		ledger.transfer(orderId, "CAPTURE", Ledger.GATEWAY, Ledger.escrow(orderId), amountFen, now);
		OrderPayments.CaptureOutcome outcome = orders.markPaid(orderId, txn, amountFen);
		switch (outcome.result()) {
			case APPLIED -> attempts.captured(orderId, txn, now);
			case WRONG_AMOUNT -> records.recordIncident(txn, orderId, "AMOUNT_MISMATCH", amountFen,
					"paid " + amountFen + " fen for an order of " + outcome.orderTotalFen() + " fen", now);
			case ORDER_CANCELLED -> records.recordIncident(txn, orderId, "PAYMENT_NOT_APPLICABLE", amountFen,
					"the order was cancelled before this payment came", now);
			case PAID_ALREADY -> records.recordIncident(txn, orderId, "PAYMENT_NOT_APPLICABLE", amountFen,
					"the order had been paid already", now);
		}
		return outcome.applied() ? CallbackOutcome.APPLIED : CallbackOutcome.RETURNED_TO_BUYER;
	}

	private Body parse(byte[] rawBody) {
		Body body;
		try {
			body = json.readValue(rawBody, Body.class);
		}
		catch (JacksonException e) {
			throw notACallback("回调内容不是有效的 JSON", "The callback body is not valid JSON");
		}
		if (body == null || blank(body.gatewayTxnId()) || blank(body.orderId()) || blank(body.status())
				|| body.amountFen() == null || body.gatewayTxnId().length() > 64 || body.orderId().length() > 36) {
			throw notACallback("回调缺少字段或字段无效：须有交易号 gatewayTxnId、订单号 orderId、金额 amountFen 和状态 status",
					"The callback needs gatewayTxnId, orderId, amountFen and status");
		}
		if (body.amountFen() <= 0 || body.amountFen() > OrderManagement.MAX_TOTAL_FEN) {
			throw notACallback("回调金额不是任何订单可能的金额（须大于 0 且不超过 " + Fen.yuan(OrderManagement.MAX_TOTAL_FEN) + "）",
					"The callback's amount is not one any order can have: above 0 and at most " + Fen.yuan(OrderManagement.MAX_TOTAL_FEN));
		}
		return body;
	}

	private static PaymentRefused notACallback(String zh, String en) {
		return new PaymentRefused(PaymentRefused.Reason.NOT_A_CALLBACK, new LocalizedText(zh, en));
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private void count(String outcome) {
		metrics.counter("orderkeep.payment.callbacks", "outcome", outcome).increment();
	}
}
