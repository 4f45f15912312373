/**
 * The order state machine, its tables, the per-SKU batching writer and the deadline scheduler.
 */
@NullMarked
package com.orderkeep.ordering.internal;

import org.jspecify.annotations.NullMarked;
