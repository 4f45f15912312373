package com.orderkeep.protection.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderkeep.protection.ShipBySoon;

/**
 * Reminds a merchant of each paid order whose shipping promise ends soon, once, on whichever node claims the
 * reminder first.
 */
@Component
class ShipByReminders {

	private static final int PER_TICK = 200;

	private final ShipPromises promises;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;

	ShipByReminders(ShipPromises promises, ApplicationEventPublisher events, TransactionTemplate transaction,
			Clock clock) {
		this.promises = promises;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${orderkeep.protection.reminder-tick:1m}")
	void tick() {
		remindDue();
	}

	/** Sends the reminders that are due; answers how many this node sent. */
	int remindDue() {
		Instant now = clock.instant();
		int sent = 0;
		for (String orderId : promises.toRemind(now, PER_TICK)) {
			Boolean remindedHere = transaction.execute(status -> remind(orderId, now));
			sent += Boolean.TRUE.equals(remindedHere) ? 1 : 0;
		}
		return sent;
	}

	private boolean remind(String orderId, Instant now) {
		ShipPromises.Promise promise = promises.find(orderId).orElse(null);
		if (promise == null || !promises.claimReminder(orderId, now)) {
			return false;
		}
		events.publishEvent(new ShipBySoon(orderId, promise.merchantId(), promise.shipBy(), now));
		return true;
	}
}
