package com.orderkeep.shared;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * Who may call the endpoints a path pattern names: anyone, any signed-in user, or users of some roles. Each module
 * declares the rules of its own endpoints ({@link EndpointRules}); the security filters apply them before a request
 * body is read, and the API description says the same.
 *
 * @param method the HTTP method, or null for every method
 * @param pattern a path pattern in Spring's {@code PathPattern} syntax, e.g. {@code /api/products/*}
 * @param open whether the endpoint needs no sign-in at all
 * @param roles the roles allowed; empty with {@code open} false means any signed-in user
 */
public record EndpointRule(@Nullable HttpMethod method, String pattern, boolean open, Set<Role> roles) {

	public static EndpointRule open(HttpMethod method, String pattern) {
		return new EndpointRule(method, pattern, true, Set.of());
	}

	public static EndpointRule signedIn(HttpMethod method, String pattern) {
		return new EndpointRule(method, pattern, false, Set.of());
	}

	public static EndpointRule forRoles(@Nullable HttpMethod method, String pattern, Role... roles) {
		return new EndpointRule(method, pattern, false, Set.of(roles));
	}
}
