/**
 * The HTTP endpoints of orders for buyers and merchants.
 */
@NullMarked
package com.orderkeep.ordering.web;

import org.jspecify.annotations.NullMarked;
