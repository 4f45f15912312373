/**
 * Money: the payment gateway (simulated here) and its signed callbacks, refunds, and the double-entry ledger that
 * explains every fen of every order.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "ordering", "ordering::payments" })
package com.orderkeep.payment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
