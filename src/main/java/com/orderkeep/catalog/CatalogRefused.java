package com.orderkeep.catalog;

import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.Refusal;
import com.orderkeep.shared.Things;

/**
 * The catalog refused what it was asked, for a reason in its own words; its web package answers each reason with
 * its problem code.
 */
public class CatalogRefused extends Refusal {

	public enum Reason {

		/** No such merchant, product or SKU, or none of the caller's shop. */
		NO_SUCH_THING,

		/** The product's status does not allow it (relisting a listed product, delisting a delisted one). */
		NOT_IN_THIS_STATUS,

		/** The request itself does not hold (a SKU of another product). */
		NOT_ALLOWED,

		/** Another shop already has a name that reads the same. */
		SHOP_NAME_TAKEN
	}

	private final Reason reason;

	public CatalogRefused(Reason reason, LocalizedText text) {
		super(reason, text, null);
		this.reason = reason;
	}

	/** Nothing of that kind with that id, or nothing the caller may act on: {@code what} names the kind. */
	public static CatalogRefused noSuch(LocalizedText what, String id) {
		return new CatalogRefused(Reason.NO_SUCH_THING, Things.noSuch(what, id));
	}

	public static CatalogRefused noSuchProduct(String productId) {
		return noSuch(Things.PRODUCT, productId);
	}

	public Reason reason() {
		return reason;
	}
}
