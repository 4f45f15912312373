package com.orderkeep.catalog.internal;

import org.springframework.stereotype.Component;

import com.orderkeep.shared.KeyBackfill;
import com.orderkeep.shared.Names;

/**
 * Migration 10.2: the normalised key of every shop name that existed before shop names were unique by it.
 */
@Component
public class ShopNameKeys extends KeyBackfill {

	public ShopNameKeys() {
		super("10.2", "shop name keys", "merchant", "shop_name", "shop_name_key", Names::shopNameKey);
	}
}
