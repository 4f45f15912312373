package com.orderkeep.account.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;

import org.springframework.stereotype.Component;

import com.orderkeep.shared.EndpointRule;
import com.orderkeep.shared.EndpointRules;
import com.orderkeep.shared.Role;

/**
 * Anyone may sign up and sign in; only the platform creates agents and disables, enables and changes accounts.
 */
@Component
class AccountEndpoints implements EndpointRules {

	@Override
	public List<EndpointRule> endpointRules() {
		return List.of(
				EndpointRule.open(POST, "/api/auth/register"),
				EndpointRule.open(POST, "/api/auth/token"),
				EndpointRule.forRoles(POST, "/api/admin/agents", Role.ADMIN),
				EndpointRule.forRoles(GET, "/api/admin/users/*", Role.ADMIN),
				EndpointRule.forRoles(POST, "/api/admin/users/*/disable", Role.ADMIN),
				EndpointRule.forRoles(POST, "/api/admin/users/*/enable", Role.ADMIN),
				EndpointRule.forRoles(POST, "/api/admin/users/*/role", Role.ADMIN));
	}
}
