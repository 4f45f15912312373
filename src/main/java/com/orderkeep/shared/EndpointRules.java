package com.orderkeep.shared;

import java.util.List;

/**
 * A module's access rules for its HTTP endpoints, contributed as a bean from its {@code web} package.
 */
public interface EndpointRules {

	List<EndpointRule> endpointRules();
}
