package com.orderkeep.catalog.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;

import org.springframework.stereotype.Component;

import com.orderkeep.shared.EndpointRule;
import com.orderkeep.shared.EndpointRules;
import com.orderkeep.shared.Role;

/**
 * Anyone may browse products; merchants manage their own; the platform opens shops.
 */
@Component
class CatalogEndpoints implements EndpointRules {

	@Override
	public List<EndpointRule> endpointRules() {
		return List.of(
				EndpointRule.open(GET, "/api/products"),
				EndpointRule.open(GET, "/api/products/*"),
				EndpointRule.open(GET, "/api/products/*/price-history"),
				EndpointRule.forRoles(POST, "/api/merchant/products", Role.MERCHANT),
				EndpointRule.forRoles(POST, "/api/merchant/products/*/delist", Role.MERCHANT),
				EndpointRule.forRoles(POST, "/api/merchant/products/*/relist", Role.MERCHANT),
				EndpointRule.forRoles(POST, "/api/merchant/skus/*/restock", Role.MERCHANT),
				EndpointRule.forRoles(PATCH, "/api/merchant/skus/*", Role.MERCHANT),
				EndpointRule.forRoles(POST, "/api/admin/products/*/ban", Role.ADMIN),
				EndpointRule.forRoles(POST, "/api/admin/merchants", Role.ADMIN));
	}
}
