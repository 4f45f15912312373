package com.orderkeep.notification.web;

import java.io.IOException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.orderkeep.notification.Notification;
import com.orderkeep.notification.NotificationManagement;
import com.orderkeep.notification.NotificationManagement.Subscription;
import com.orderkeep.notification.NotificationStreams;
import com.orderkeep.notification.internal.NotificationProperties;
import com.orderkeep.shared.Caller;

/**
 * A followed inbox written as Server-Sent Events: the API's stream and the pages' both open it here.
 */
@Component
class EventStreams implements NotificationStreams {

	private final NotificationManagement notifications;
	private final NotificationProperties properties;

	EventStreams(NotificationManagement notifications, NotificationProperties properties) {
		this.notifications = notifications;
		this.properties = properties;
	}

	@Override
	public SseEmitter open(Caller reader, @Nullable Long after) {
		SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
		Subscription subscription = notifications.subscribe(reader, after,
				new EventStream(emitter, LocaleContextHolder.getLocale()));
		emitter.onCompletion(subscription::cancel);
		emitter.onError(error -> subscription.cancel());
		emitter.onTimeout(() -> {
			subscription.cancel();
			emitter.complete();
		});
		return emitter;
	}

	/** Writes a followed inbox as events, in the language the stream was opened in. */
	private record EventStream(SseEmitter emitter, Locale locale) implements NotificationManagement.Subscriber {

		@Override
		public void deliver(long position, Notification notification) throws IOException {
			// The notification's text is written in the thread's language (LocalizedText), here a sender's thread.
			LocaleContext before = LocaleContextHolder.getLocaleContext();
			LocaleContextHolder.setLocale(locale);
			try {
				emitter.send(SseEmitter.event().id(Long.toString(position)).data(notification, MediaType.APPLICATION_JSON));
			}
			finally {
				LocaleContextHolder.setLocaleContext(before);
			}
		}

		@Override
		public void opened(long position) throws IOException {
			emitter.send(SseEmitter.event().comment("open").id(Long.toString(position)));
		}

		@Override
		public void keepAlive() throws IOException {
			emitter.send(SseEmitter.event().comment("heartbeat"));
		}

		@Override
		public void close() {
			try {
				emitter.complete();
			}
			catch (IllegalStateException alreadyFailed) {
				// the connection failed meanwhile, and the container ends the request itself
			}
		}
	}
}
