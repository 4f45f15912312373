/**
 * Accounts of buyers, merchants, agents and the platform: sign-up, sign-in, bearer tokens and role checks.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package com.orderkeep.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
