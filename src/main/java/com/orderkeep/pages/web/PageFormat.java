package com.orderkeep.pages.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.orderkeep.shared.Fen;
import com.orderkeep.shared.LocalizedText;

/**
 * How the pages write money, times and bilingual texts: {@code ${@pageFormat.yuan(order.totalFen)}} in a template.
 * Times are shown in China's time, where the marketplace trades.
 */
@Component("pageFormat")
public class PageFormat {

	static final ZoneId MARKET_TIME = ZoneId.of("Asia/Shanghai");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(MARKET_TIME);

	public String yuan(long fen) {
		return Fen.yuan(fen);
	}

	public String text(@Nullable LocalizedText text) {
		return text == null ? "" : text.in(LocaleContextHolder.getLocale());
	}

	public String time(@Nullable Instant at) {
		return at == null ? "" : TIME.format(at);
	}
}
