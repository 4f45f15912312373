package com.orderkeep.notification;

import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.Refusal;
import com.orderkeep.shared.Things;

/**
 * The notification module refused what it was asked, for a reason in its own words; its web package answers each
 * reason with its problem code.
 */
public class NotificationRefused extends Refusal {

	private static final LocalizedText NOTIFICATION = new LocalizedText("通知", "notification");

	public enum Reason {

		/** No such notification in the caller's inbox. */
		NO_SUCH_NOTIFICATION,

		/** A place in the stream that the stream never reached. */
		NOT_A_STREAM_POSITION
	}

	private final Reason reason;

	public NotificationRefused(Reason reason, LocalizedText text) {
		super(reason, text, null);
		this.reason = reason;
	}

	public static NotificationRefused noSuchNotification(String id) {
		return new NotificationRefused(Reason.NO_SUCH_NOTIFICATION, Things.noSuch(NOTIFICATION, id));
	}

	public Reason reason() {
		return reason;
	}
}
