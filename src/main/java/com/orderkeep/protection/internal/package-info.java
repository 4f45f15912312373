/**
 * Shipping promises and their deadline, the rules' versions, the grants and the deposits behind them.
 */
@NullMarked
package com.orderkeep.protection.internal;

import org.jspecify.annotations.NullMarked;
