package com.orderkeep.catalog.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.catalog.ProductView;
import com.orderkeep.catalog.ProductView.SkuView;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Refuses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@Tag(name = "Merchant")
class MerchantProductController {

	private final CatalogManagement catalog;

	MerchantProductController(CatalogManagement catalog) {
		this.catalog = catalog;
	}

	@PostMapping("/api/merchant/products")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "List a new product with its SKUs and initial stock")
	ProductView create(Caller merchant, @Valid @RequestBody ProductRequests.CreateProduct product) {
		return catalog.createProduct(merchant.shop(), product.toNewProduct());
	}

	@PostMapping("/api/merchant/products/{productId}/delist")
	@Operation(summary = "Take a product off sale, with a reason buyers will see")
	@Refuses(ProblemCode.INVALID_STATE)
	ProductView delist(Caller merchant, @PathVariable String productId, @Valid @RequestBody ProductRequests.Delist delist) {
		String note = delist.note() == null ? "" : delist.note().strip();
		return catalog.delist(merchant.shop(), productId, delist.reasonCode(), note, merchant.actor());
	}

	@PostMapping("/api/merchant/products/{productId}/relist")
	@Operation(summary = "Put a delisted product back on sale, optionally with new prices and stock")
	@Refuses(ProblemCode.INVALID_STATE)
	ProductView relist(Caller merchant, @PathVariable String productId,
			@Valid @RequestBody(required = false) ProductRequests.@Nullable Relist relist) {
		var changes = relist == null ? java.util.List.<CatalogManagement.SkuChange>of() : relist.changes();
		return catalog.relist(merchant.shop(), productId, changes, merchant.actor());
	}

	@PatchMapping("/api/merchant/skus/{skuId}")
	@Operation(summary = "Change a SKU's price (a new row of its public price history) or its group-buy terms (groupSize 2-10, groupPriceFen below the price)")
	@Refuses(ProblemCode.INVALID_STATE)
	SkuView patch(Caller merchant, @PathVariable String skuId, @Valid @RequestBody ProductRequests.SkuPatch patch) {
		return catalog.changeSku(merchant.shop(), skuId, patch.terms());
	}

	@PostMapping("/api/merchant/skus/{skuId}/restock")
	@Operation(summary = "Add units to a SKU's stock")
	SkuView restock(Caller merchant, @PathVariable String skuId, @Valid @RequestBody ProductRequests.Restock restock) {
		return catalog.restock(merchant.shop(), skuId, restock.quantity());
	}

}
