/**
 * Merchants, products and SKUs: listing and delisting with reasons, and the public history of status and price.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "account", "inventory" })
package com.orderkeep.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
