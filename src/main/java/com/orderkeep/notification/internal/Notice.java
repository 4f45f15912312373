package com.orderkeep.notification.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import com.orderkeep.notification.NotificationType;
import com.orderkeep.shared.LocalizedText;

/**
 * A notification to write: to whom, about which order, and what it reports, which makes it unique: the same event
 * delivered twice is one notification.
 *
 * @param reports what tells this report apart from others of its type on the order (a grant id, a time), at most
 *        {@value #MOST_REPORTS} characters
 */
record Notice(String recipientId, NotificationType type, String orderId, String reports, Instant at,
		LocalizedText title, LocalizedText body) {

	static final int MOST_REPORTS = 100;
	static final int MOST_TITLE = 200;
	static final int MOST_BODY = 2000;

	Notice {
		if (reports.length() > MOST_REPORTS) {
			throw new IllegalArgumentException("reports is at most " + MOST_REPORTS + " characters: " + reports);
		}
		title = new LocalizedText(cut(title.zh(), MOST_TITLE), cut(title.en(), MOST_TITLE));
		body = new LocalizedText(cut(body.zh(), MOST_BODY), cut(body.en(), MOST_BODY));
	}

	/** What a report is told apart by: the text itself, or its SHA-256 when it is too long to keep whole. */
	static String reportKey(String distinguishing) {
		if (distinguishing.length() <= MOST_REPORTS) {
			return distinguishing;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(distinguishing.getBytes(StandardCharsets.UTF_8));
			return "sha256:" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Text other modules wrote can be long; a notification is cut to fit rather than fail the change it reports. */
	private static String cut(String text, int most) {
		if (text.length() <= most) {
			return text;
		}
		int end = most - 1;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + "…";
	}
}
