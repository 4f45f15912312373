package com.orderkeep.alternatives.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollInterval how often each node reads the catalog's change feed into its index
 */
@ConfigurationProperties("orderkeep.alternatives")
record AlternativesProperties(@DefaultValue("500ms") Duration pollInterval) {
}
