package com.orderkeep.shared;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A request the platform refuses, answered as a problem detail with a stable code and a message for people.
 */
public class ProblemException extends RuntimeException {

	private final ProblemCode code;
	private final LocalizedText text;
	private final @Nullable Duration retryAfter;

	public ProblemException(ProblemCode code, LocalizedText text) {
		this(code, text, null);
	}

	/** A refusal the client may retry after the given time, told in a {@code Retry-After} header. */
	public ProblemException(ProblemCode code, LocalizedText text, @Nullable Duration retryAfter) {
		super(code + ": " + text.en());
		this.code = code;
		this.text = text;
		this.retryAfter = retryAfter;
	}

	public @Nullable Duration retryAfter() {
		return retryAfter;
	}

	public ProblemCode code() {
		return code;
	}

	public LocalizedText text() {
		return text;
	}

	/** Nothing of that kind with that id, or nothing the caller may see: {@code what} names the kind in both languages. */
	public static ProblemException notFound(LocalizedText what, String id) {
		return new ProblemException(ProblemCode.NOT_FOUND, Things.noSuch(what, id));
	}

	public static ProblemException invalid(String zh, String en) {
		return new ProblemException(ProblemCode.VALIDATION_FAILED, new LocalizedText(zh, en));
	}
}
