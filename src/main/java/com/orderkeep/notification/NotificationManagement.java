package com.orderkeep.notification;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

import com.orderkeep.shared.Caller;

/**
 * Reads and keeps inboxes, and follows them live. A reader's inbox holds what is addressed to the reader and, for a
 * merchant's user, to its shop.
 */
public interface NotificationManagement {

	/** The most notifications one page holds. */
	int MAX_PAGE_SIZE = 100;

	/** The reader's notifications, newest first, optionally only the unread ones. */
	NotificationPage inbox(Caller reader, boolean unreadOnly, int page, int size);

	/** Marks a notification of the reader's inbox read; marking it again changes nothing. */
	void markRead(Caller reader, String notificationId);

	/**
	 * Follows the reader's inbox as notifications are committed, on any node. With {@code after}, a place in the
	 * stream the reader had reached, the notifications placed after it are delivered first; without, the stream
	 * starts now. The subscriber is called from the stream's own threads, one call at a time.
	 *
	 * @throws NotificationRefused {@code NOT_A_STREAM_POSITION} when the stream never reached {@code after}
	 */
	Subscription subscribe(Caller reader, @Nullable Long after, Subscriber subscriber);

	/**
	 * Receives a followed inbox. A method that throws (the connection failed) ends the subscription; nothing is called
	 * after it.
	 */
	interface Subscriber {

		/** A notification, at its place in the stream. */
		void deliver(long position, Notification notification) throws IOException;

		/**
		 * Everything the reader missed has been delivered; {@code position} is where the reader stands now, and what
		 * follows is live.
		 */
		void opened(long position) throws IOException;

		/** Nothing to say, but the connection is alive. */
		void keepAlive() throws IOException;

		/** The stream ends this subscription: the node is stopping, or the reader fell too far behind. */
		void close();
	}

	/** A subscription, to end when its reader goes away; nothing is sent to its subscriber after. */
	interface Subscription {

		void cancel();
	}
}
