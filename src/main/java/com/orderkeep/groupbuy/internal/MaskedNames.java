package com.orderkeep.groupbuy.internal;

/**
 * A member's name as strangers see it on a group's share page: its first and last characters, the rest starred
 * (小明明 → 小*明, lili → l**i), so friends recognise each other and nobody learns a username.
 */
final class MaskedNames {

	private MaskedNames() {
	}

	static String of(String username) {
		int[] points = username.codePoints().toArray();
		if (points.length <= 1) {
			return username + "*";
		}
		if (points.length == 2) {
			return new String(points, 0, 1) + "*";
		}
		return new String(points, 0, 1) + "*".repeat(Math.min(points.length - 2, 4))
				+ new String(points, points.length - 1, 1);
	}
}
