/**
 * Orders: placement in batches per SKU, the frozen product snapshot, the state machine, the timeline that explains
 * every change, deadlines, and the buyer's and merchant's order lists. Nothing here ever deletes an order or an event.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "catalog", "inventory" })
package com.orderkeep.ordering;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
