package com.orderkeep.shared.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.i18n.AbstractLocaleResolver;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The language of an answer: Chinese or English, the first of them that {@code Accept-Language} asks for, else
 * Chinese. A header that asks only for other languages, or that cannot be read at all, gets Chinese too, so every
 * text of one answer (ours, and the validator's) is in one language.
 */
class Languages extends AbstractLocaleResolver {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	Languages() {
		setDefaultLocale(CHINESE);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		String header;
		try {
			header = request.getHeader("Accept-Language");
		}
		catch (RuntimeException unreadable) {
			return CHINESE;
		}
		return of(header);
	}

	@Override
	public void setLocale(HttpServletRequest request, jakarta.servlet.http.@Nullable HttpServletResponse response,
			@Nullable Locale locale) {
		throw new UnsupportedOperationException("The language follows Accept-Language");
	}

	/** The answer's language for an {@code Accept-Language} header value (null: none sent). */
	static Locale of(@Nullable String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return CHINESE;
		}
		List<Locale.LanguageRange> ranges;
		try {
			ranges = Locale.LanguageRange.parse(acceptLanguage);
		}
		catch (IllegalArgumentException malformed) {
			return CHINESE;
		}
		for (Locale.LanguageRange range : ranges) {
			String language = range.getRange().split("-", 2)[0];
			if (language.equals("zh")) {
				return CHINESE;
			}
			if (language.equals("en")) {
				return Locale.ENGLISH;
			}
		}
		return CHINESE;
	}
}
