package com.orderkeep.shared.web;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

import com.orderkeep.shared.EndpointRule;
import com.orderkeep.shared.EndpointRules;

/**
 * Who may call a described operation, read from the rules the modules declare, in the order the security filters
 * apply them: the first rule that matches decides.
 */
class EndpointAccess {

	private final List<EndpointRule> rules;

	EndpointAccess(List<EndpointRules> modules) {
		this.rules = modules.stream().flatMap(module -> module.endpointRules().stream()).toList();
	}

	/**
	 * The rule of an operation, by its method and path template ({@code /api/orders/{orderId}/pay}): a template's
	 * variable is one path segment, as the rule's {@code *} is.
	 */
	Optional<EndpointRule> ruleFor(HttpMethod method, String pathTemplate) {
		PathContainer path = PathContainer.parsePath(pathTemplate);
		return rules.stream()
			.filter(rule -> rule.method() == null || rule.method().equals(method))
			.filter(rule -> PathPatternParser.defaultInstance.parse(rule.pattern()).matches(path))
			.findFirst();
	}
}
