package com.orderkeep.shared;

/**
 * Money is a whole number of fen (分); this writes it as yuan for people: 1990 is ¥19.90.
 */
public final class Fen {

	private Fen() {
	}

	public static String yuan(long fen) {
		return (fen < 0 ? "-¥" : "¥") + Math.abs(fen / 100) + "." + String.format("%02d", Math.abs(fen % 100));
	}
}
