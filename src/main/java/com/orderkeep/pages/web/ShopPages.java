package com.orderkeep.pages.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.catalog.ProductStatus;
import com.orderkeep.reputation.MerchantReputation;

/**
 * A shop's page: its reputation, component by component with the numbers behind each, and its products on sale.
 */
@Controller
class ShopPages {

	private static final int SHOWN = 60;

	private final CatalogManagement catalog;
	private final MerchantReputation reputation;

	ShopPages(CatalogManagement catalog, MerchantReputation reputation) {
		this.catalog = catalog;
		this.reputation = reputation;
	}

	@GetMapping("/shops/{merchantId}")
	String shop(@PathVariable String merchantId, Model model) {
		model.addAttribute("reputation", reputation.reputation(merchantId));
		model.addAttribute("shopName", catalog.shopName(merchantId).orElse(merchantId));
		model.addAttribute("products", catalog.productsOf(merchantId, SHOWN).stream()
			.filter(product -> product.status() == ProductStatus.LISTED && !product.shopSuspended())
			.toList());
		return "shop";
	}
}
