package com.orderkeep.shared;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * What a module's refusal carries besides its reason: the words for people and, when the caller may simply try
 * again later, how long to wait. Each module declares its own subclass with a reason in its own terms
 * ({@code OrderRefused}, {@code StockRefused} ...), and its web package chooses the problem code for each reason.
 */
public abstract class Refusal extends RuntimeException {

	private final LocalizedText text;
	private final @Nullable Duration retryAfter;

	protected Refusal(Enum<?> reason, LocalizedText text, @Nullable Duration retryAfter) {
		super(reason + ": " + text.en());
		this.text = text;
		this.retryAfter = retryAfter;
	}

	public LocalizedText text() {
		return text;
	}

	public @Nullable Duration retryAfter() {
		return retryAfter;
	}
}
