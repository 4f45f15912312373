/**
 * The stock table and the conditional updates that guard it.
 */
@NullMarked
package com.orderkeep.inventory.internal;

import org.jspecify.annotations.NullMarked;
