/**
 * Accounts of buyers, merchants, agents and the platform: sign-up, sign-in, bearer tokens, role checks, and the
 * platform disabling accounts and changing their roles.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package com.orderkeep.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
