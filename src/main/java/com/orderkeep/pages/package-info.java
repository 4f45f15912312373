/**
 * The pages people use in a browser: the marketplace, orders, the merchant's and the platform's desks, composed from
 * the other modules' service interfaces and rendered on the server, in Chinese or English.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "account", "catalog", "ordering", "ordering::figures", "payment",
		"protection", "notification", "dashboard", "inventory", "groupbuy", "reputation", "alternatives" })
package com.orderkeep.pages;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
