/**
 * Buyer protection: the platform's rules that act by themselves when a merchant lets a buyer down. A paid order must
 * ship by its promise (SHIP_BY), a delisting never leaves a buyer paying for what will not come, and every broken
 * promise is compensated under a versioned rule, funded by the merchant's deposit or advanced by the platform.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "catalog", "ordering", "ordering::changes", "ordering::deadlines", "ordering::fulfilment", "payment", "inventory" })
package com.orderkeep.protection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
