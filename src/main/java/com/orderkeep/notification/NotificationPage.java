package com.orderkeep.notification;

import java.util.List;

/**
 * A page of an inbox, newest first: {@code total} notifications match the request, {@code unread} of the whole inbox
 * are not read yet.
 */
public record NotificationPage(List<Notification> items, long total, long unread) {
}
