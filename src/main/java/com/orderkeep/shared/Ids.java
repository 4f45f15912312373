package com.orderkeep.shared;

import java.util.UUID;

/**
 * New identifiers: random, so that nodes sharing a database never hand out the same one.
 */
public final class Ids {

	private Ids() {
	}

	public static String next() {
		return UUID.randomUUID().toString();
	}
}
