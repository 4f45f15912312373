package com.orderkeep.notification.internal;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.notification.NotificationManagement;
import com.orderkeep.notification.NotificationPage;
import com.orderkeep.notification.NotificationRefused;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.LocalizedText;

@Service
@Transactional(readOnly = true)
class NotificationManagementImpl implements NotificationManagement {

	private final Inboxes inboxes;
	private final NotificationFeed feed;
	private final Clock clock;

	NotificationManagementImpl(Inboxes inboxes, NotificationFeed feed, Clock clock) {
		this.inboxes = inboxes;
		this.feed = feed;
		this.clock = clock;
	}

	@Override
	public NotificationPage inbox(Caller reader, boolean unreadOnly, int page, int size) {
		Set<String> recipients = recipients(reader);
		Inboxes.Counts counts = inboxes.counts(recipients);
		return new NotificationPage(inboxes.page(recipients, unreadOnly, page, size),
				unreadOnly ? counts.unread() : counts.total(), counts.unread());
	}

	@Override
	@Transactional
	public void markRead(Caller reader, String notificationId) {
		if (!inboxes.markRead(notificationId, recipients(reader), clock.instant())) {
			throw NotificationRefused.noSuchNotification(notificationId);
		}
	}

	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Subscription subscribe(Caller reader, @Nullable Long after, Subscriber subscriber) {
		if (after != null && (after < 0 || after > feed.head())) {
			throw new NotificationRefused(NotificationRefused.Reason.NOT_A_STREAM_POSITION, new LocalizedText(
					"Last-Event-ID 不是通知流到过的位置：" + after, "Last-Event-ID is no place the stream has reached: " + after));
		}
		return feed.follow(recipients(reader), after, subscriber);
	}

	/** Whom a reader reads for: itself, and the shop of a merchant's user. */
	private static Set<String> recipients(Caller reader) {
		Set<String> recipients = new LinkedHashSet<>();
		recipients.add(reader.userId());
		if (reader.merchantId() != null) {
			recipients.add(reader.merchantId());
		}
		return recipients;
	}
}
