package com.orderkeep.catalog.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.catalog.ProductView;
import com.orderkeep.catalog.CatalogManagement.Shop;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.CleanText;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Refuses;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Platform")
class ShopController {

	private final CatalogManagement catalog;

	record OpenShop(
			@NotBlank @Size(min = 3, max = 32) @Pattern(regexp = "[\\p{L}\\p{N}_.-]+", message = "{orderkeep.username.pattern}") String username,
			@NotBlank @Size(min = 6, max = 72) String password, @NotBlank @Size(max = 64) @CleanText String shopName) {
	}

	ShopController(CatalogManagement catalog) {
		this.catalog = catalog;
	}

	@PostMapping("/api/admin/merchants")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a shop with a merchant account")
	@Refuses({ ProblemCode.USERNAME_TAKEN, ProblemCode.SHOP_NAME_TAKEN })
	Shop open(@Valid @RequestBody OpenShop shop) {
		return catalog.openShop(shop.username(), shop.password(), shop.shopName().strip());
	}

	@PostMapping("/api/admin/products/{productId}/ban")
	@Operation(summary = "Take a product off sale for a violation; its merchant cannot relist it, and its orders are treated as after a delisting")
	@Refuses({ ProblemCode.NOT_FOUND, ProblemCode.INVALID_STATE })
	ProductView ban(Caller admin, @PathVariable String productId, @Valid @RequestBody ProductRequests.Ban ban) {
		return catalog.ban(productId, ban.violation().strip(), admin.actor());
	}
}
