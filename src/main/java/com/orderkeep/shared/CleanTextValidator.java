package com.orderkeep.shared;

import org.jspecify.annotations.Nullable;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link CleanText}, code point by code point.
 */
public class CleanTextValidator implements ConstraintValidator<CleanText, String> {

	private static final int ZERO_WIDTH_JOINER = 0x200D;

	private boolean multiline;

	@Override
	public void initialize(CleanText annotation) {
		multiline = annotation.multiline();
	}

	@Override
	public boolean isValid(@Nullable String text, ConstraintValidatorContext context) {
		return text == null || clean(text, multiline);
	}

	static boolean clean(String text, boolean multiline) {
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			if (!allowed(c, multiline)) {
				return false;
			}
			i += Character.charCount(c);
		}
		return true;
	}

	/** Unassigned code points stay allowed: a newer emoji is unassigned to an older JDK's Unicode tables. */
	private static boolean allowed(int c, boolean multiline) {
		if ((c & 0xFFFE) == 0xFFFE) {
			return false;
		}
		return switch (Character.getType(c)) {
			case Character.CONTROL -> multiline && (c == '\n' || c == '\r' || c == '\t');
			case Character.FORMAT -> c == ZERO_WIDTH_JOINER;
			case Character.SURROGATE -> false;
			default -> true;
		};
	}
}
