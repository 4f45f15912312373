/**
 * A small, believable marketplace for a first look: shops, products with Chinese titles, buyers, and orders in every
 * status. Seeded once, on request ({@code --orderkeep.demo-data=true}), through the modules' own services.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "account", "catalog", "ordering", "payment", "protection" })
package com.orderkeep.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
