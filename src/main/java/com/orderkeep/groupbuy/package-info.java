/**
 * Group buy (拼团): a buyer starts a group at the group price, others join it, and it completes when its size have paid
 * or fails at its deadline, every paid member refunded in full.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "account", "catalog", "ordering", "ordering::seats",
		"ordering::grouping" })
package com.orderkeep.groupbuy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
