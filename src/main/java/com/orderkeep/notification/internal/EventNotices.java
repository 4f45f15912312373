package com.orderkeep.notification.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderkeep.ordering.OrderAffectedByDelisting;
import com.orderkeep.ordering.OrderCancelled;
import com.orderkeep.ordering.OrderGroupCompleted;
import com.orderkeep.ordering.OrderRefunded;
import com.orderkeep.ordering.changes.CompensationGranted;
import com.orderkeep.protection.ShipBySoon;

/**
 * Writes the notifications an event calls for, in the transaction that published it, so that a notification exists
 * exactly when what it reports was committed. Hence plain, synchronous listeners: a module listener would run after
 * the commit, and could tell of nothing or fail to tell.
 * <p>
 * A notification written before for the same report is skipped. Two deliveries of one event racing each other still
 * meet the unique key; the loser's insert is undone to a savepoint and the transaction that published it goes on.
 */
@Component
class EventNotices {

	private static final Logger log = LoggerFactory.getLogger(EventNotices.class);

	private final Inboxes inboxes;
	private final TransactionTemplate savepoint;

	EventNotices(Inboxes inboxes, PlatformTransactionManager transactions) {
		this.inboxes = inboxes;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	@EventListener
	void on(OrderCancelled cancelled) {
		write(NotificationTexts.cancelled(cancelled));
	}

	@EventListener
	void on(OrderGroupCompleted completed) {
		write(List.of(NotificationTexts.groupCompleted(completed)));
	}

	@EventListener
	void on(OrderRefunded refunded) {
		write(List.of(NotificationTexts.refunded(refunded)));
	}

	@EventListener
	void on(CompensationGranted granted) {
		write(List.of(NotificationTexts.compensated(granted)));
	}

	@EventListener
	void on(OrderAffectedByDelisting affected) {
		write(List.of(NotificationTexts.delisted(affected)));
	}

	@EventListener
	void on(ShipBySoon soon) {
		write(List.of(NotificationTexts.shipBySoon(soon)));
	}

	private void write(List<Notice> notices) {
		for (Notice notice : notices) {
			try {
				savepoint.executeWithoutResult(status -> inboxes.add(notice));
			}
			catch (DuplicateKeyException writtenMeanwhile) {
				log.debug("{} of order {} was written meanwhile by another delivery of its event", notice.type(),
						notice.orderId());
			}
		}
	}
}
