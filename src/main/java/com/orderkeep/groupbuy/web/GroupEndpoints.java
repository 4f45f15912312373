package com.orderkeep.groupbuy.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;

import org.springframework.stereotype.Component;

import com.orderkeep.shared.EndpointRule;
import com.orderkeep.shared.EndpointRules;
import com.orderkeep.shared.Role;

/**
 * Anyone may see groups (a share link works for people not signed in); a merchant completes its own.
 */
@Component
class GroupEndpoints implements EndpointRules {

	@Override
	public List<EndpointRule> endpointRules() {
		return List.of(
				EndpointRule.open(GET, "/api/products/*/groups"),
				EndpointRule.open(GET, "/api/groups/*"),
				EndpointRule.forRoles(POST, "/api/merchant/groups/*/complete", Role.MERCHANT));
	}
}
