package com.orderkeep.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names people choose, compared as people read them: {@code ADMIN}, {@code ａｄｍｉｎ} and {@code admin} are one name.
 * The key is the text in compatibility composition (NFKC), so full-width letters, ligatures and other look-alike
 * forms become their plain form, then in lower case by locale-neutral rules. Keys are stored, so changing these rules
 * means rewriting the stored keys.
 */
public final class Names {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	private Names() {
	}

	/** The key a username is unique by and looked up by. */
	public static String usernameKey(String username) {
		return Normalizer.normalize(username, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

	/** The key a shop name is unique by: as {@link #usernameKey}, with runs of whitespace as one space and none at the ends. */
	public static String shopNameKey(String shopName) {
		return WHITESPACE.matcher(usernameKey(shopName)).replaceAll(" ").strip();
	}
}
