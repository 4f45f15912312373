package com.orderkeep.groupbuy.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param window how long a new group has to fill before it fails and its members are refunded
 */
@ConfigurationProperties("orderkeep.groupbuy")
record GroupBuyProperties(@DefaultValue("24h") Duration window) {
}
