/**
 * The simulated gateway, callback handling, refunds, settlement and the ledger tables.
 */
@NullMarked
package com.orderkeep.payment.internal;

import org.jspecify.annotations.NullMarked;
