/**
 * The platform's dashboard: figures gathered from the modules that keep them, for the people who run the marketplace.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "ordering", "ordering::figures", "protection", "payment", "groupbuy" })
package com.orderkeep.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
