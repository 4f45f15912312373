package com.orderkeep.payment.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param secret the key the gateway signs callbacks with (HMAC-SHA256)
 */
@ConfigurationProperties("orderkeep.gateway")
record GatewayProperties(String secret) {
}
