package com.orderkeep.shared;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A message for people, in Chinese and English. In an HTTP response it is written in the request's language
 * ({@code Accept-Language}); events never carry one, they carry reason codes.
 */
@JsonSerialize(using = LocalizedText.InRequestLanguage.class)
public record LocalizedText(String zh, String en) {

	public String in(Locale locale) {
		return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? zh : en;
	}

	static class InRequestLanguage extends ValueSerializer<LocalizedText> {

		@Override
		public void serialize(LocalizedText text, JsonGenerator generator, SerializationContext context) {
			generator.writeString(text.in(LocaleContextHolder.getLocale()));
		}
	}
}
