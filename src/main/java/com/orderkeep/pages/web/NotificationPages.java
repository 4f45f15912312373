package com.orderkeep.pages.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.orderkeep.notification.NotificationManagement;
import com.orderkeep.notification.NotificationPage;
import com.orderkeep.notification.NotificationRefused;
import com.orderkeep.notification.NotificationStreams;
import com.orderkeep.shared.Caller;

/**
 * The signed-in user's inbox, newest first, a page at a time, with forms that mark notifications read; and the
 * inbox's live stream for the pages, which the header's badge and an order's page follow.
 */
@Controller
class NotificationPages {

	static final int PAGE_SIZE = 20;

	private final NotificationManagement notifications;
	private final NotificationStreams streams;

	NotificationPages(NotificationManagement notifications, NotificationStreams streams) {
		this.notifications = notifications;
		this.streams = streams;
	}

	@GetMapping("/notifications")
	String inbox(Caller reader, @RequestParam(defaultValue = "0") int page, Model model) {
		int shown = Math.max(0, Math.min(page, 100_000));
		NotificationPage inbox = notifications.inbox(reader, false, shown, PAGE_SIZE);
		model.addAttribute("inbox", inbox);
		model.addAttribute("page", shown);
		model.addAttribute("pages", Math.max(1, (inbox.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("unreadShown", inbox.items().stream().filter(n -> !n.read()).map(n -> n.id()).toList());
		return "notifications";
	}

	@PostMapping("/notifications/{notificationId}/read")
	String markRead(Caller reader, @PathVariable String notificationId, @RequestParam(defaultValue = "0") int page) {
		notifications.markRead(reader, notificationId);
		return back(page);
	}

	/** Marks read the notifications the page showed unread: what the reader saw, not what came after. */
	@PostMapping("/notifications/read")
	String markShownRead(Caller reader, @RequestParam(name = "id", required = false) @Nullable List<String> ids,
			@RequestParam(defaultValue = "0") int page) {
		if (ids != null) {
			ids.stream().limit(NotificationManagement.MAX_PAGE_SIZE).forEach(id -> notifications.markRead(reader, id));
		}
		return back(page);
	}

	/** How many of the reader's notifications are unread, for the header's badge to show after a live notice. */
	@GetMapping(path = "/notifications/unread", produces = MediaType.TEXT_PLAIN_VALUE)
	@ResponseBody
	String unread(Caller reader) {
		return Long.toString(notifications.inbox(reader, true, 0, 1).unread());
	}

	/**
	 * The inbox as Server-Sent Events for the signed-in page user, the same stream the API serves. The browser's
	 * {@code EventSource} sends back the last id it saw when it reconnects; one the stream cannot resume from starts
	 * it afresh, since a page reloads its counts anyway.
	 */
	@GetMapping(path = "/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter stream(Caller reader, @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
		Long after = lastEventId != null && lastEventId.matches("[0-9]{1,18}") ? Long.valueOf(lastEventId) : null;
		try {
			return streams.open(reader, after);
		}
		catch (NotificationRefused notAPlace) {
			return streams.open(reader, null);
		}
	}

	private static String back(int page) {
		return page > 0 ? "redirect:/notifications?page=" + page : "redirect:/notifications";
	}
}
