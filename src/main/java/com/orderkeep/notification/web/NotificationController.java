package com.orderkeep.notification.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.orderkeep.notification.NotificationManagement;
import com.orderkeep.notification.NotificationPage;
import com.orderkeep.notification.NotificationStreams;
import com.orderkeep.shared.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

@RestController
@Tag(name = "Notifications")
class NotificationController {

	private final NotificationManagement notifications;
	private final NotificationStreams streams;

	NotificationController(NotificationManagement notifications, NotificationStreams streams) {
		this.notifications = notifications;
		this.streams = streams;
	}

	@GetMapping("/api/me/notifications")
	@Operation(summary = "The signed-in user's notifications, newest first; a merchant's user also sees its shop's")
	NotificationPage inbox(Caller reader,
			@Parameter(description = "Only the notifications not read yet") @RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(NotificationManagement.MAX_PAGE_SIZE) int size) {
		return notifications.inbox(reader, unread, page, size);
	}

	@PostMapping("/api/me/notifications/{notificationId}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Mark a notification of the signed-in user's inbox read; marking it again changes nothing")
	@ApiResponse(responseCode = "204", description = "The notification is read")
	void markRead(Caller reader, @PathVariable String notificationId) {
		notifications.markRead(reader, notificationId);
	}

	@GetMapping(path = "/api/me/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "The signed-in user's notifications as Server-Sent Events, as they are committed on any node",
			description = """
					One event per notification: its `id` is the notification's place in the stream and its `data` the \
					notification as the inbox lists it. Reconnect with `Last-Event-ID` to be sent first what was placed \
					after that id; without it the stream starts now. Once caught up, a comment `open` with an `id` says \
					where the stream stands; a comment `heartbeat` comes every few seconds while nothing happens.""")
	@ApiResponse(responseCode = "200", description = "The stream, open until the client leaves or the connection times out",
			content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
					schema = @Schema(type = "string", description = "text/event-stream events")))
	SseEmitter stream(Caller reader,
			@Parameter(description = "The id of the last event received, to resume after it")
			@RequestHeader(name = "Last-Event-ID", required = false) @Pattern(regexp = "[0-9]{1,18}") @Nullable String lastEventId) {
		return streams.open(reader, lastEventId == null ? null : Long.valueOf(lastEventId));
	}
}
