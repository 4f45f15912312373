package com.orderkeep.catalog;

/**
 * Whether a product can be ordered: only a {@code LISTED} one can.
 */
public enum ProductStatus {
	LISTED, DELISTED, BANNED
}
