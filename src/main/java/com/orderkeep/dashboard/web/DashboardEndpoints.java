package com.orderkeep.dashboard.web;

import static org.springframework.http.HttpMethod.GET;

import java.util.List;

import org.springframework.stereotype.Component;

import com.orderkeep.shared.EndpointRule;
import com.orderkeep.shared.EndpointRules;
import com.orderkeep.shared.Role;

/**
 * The dashboard is the platform's.
 */
@Component
class DashboardEndpoints implements EndpointRules {

	@Override
	public List<EndpointRule> endpointRules() {
		return List.of(EndpointRule.forRoles(GET, "/api/admin/stats", Role.ADMIN));
	}
}
