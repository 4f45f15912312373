package com.orderkeep.notification.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;

import org.springframework.stereotype.Component;

import com.orderkeep.shared.EndpointRule;
import com.orderkeep.shared.EndpointRules;

/**
 * Every signed-in user reads its own inbox; a merchant's user reads its shop's too.
 */
@Component
class NotificationEndpoints implements EndpointRules {

	@Override
	public List<EndpointRule> endpointRules() {
		return List.of(
				EndpointRule.signedIn(GET, "/api/me/notifications"),
				EndpointRule.signedIn(GET, "/api/me/notifications/stream"),
				EndpointRule.signedIn(POST, "/api/me/notifications/*/read"));
	}
}
