/**
 * Merchant reputation: buyers' reviews smoothed toward the platform's mean, and how the merchant fulfilled its orders
 * over a rolling window with time decay, as a 0–100 score explained component by component.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "catalog", "ordering", "protection", "inventory" })
package com.orderkeep.reputation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
