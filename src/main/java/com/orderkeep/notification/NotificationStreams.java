package com.orderkeep.notification;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.orderkeep.shared.Caller;

/**
 * Follows a reader's inbox as Server-Sent Events, for any web endpoint that serves the stream: one event per
 * notification, its {@code id} the place in the stream and its {@code data} the notification as the inbox lists it, in
 * the language of the request that opens it; a comment {@code open} once caught up, a comment {@code heartbeat} while
 * nothing happens.
 */
public interface NotificationStreams {

	/**
	 * Opens the reader's stream, from {@code after} (a place the reader had reached) or from now.
	 *
	 * @throws NotificationRefused {@code NOT_A_STREAM_POSITION} when the stream never reached {@code after}
	 */
	SseEmitter open(Caller reader, @Nullable Long after);
}
