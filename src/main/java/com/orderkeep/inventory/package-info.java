/**
 * Stock of every SKU, decremented only by the database's conditional update, so it never goes below zero.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package com.orderkeep.inventory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
