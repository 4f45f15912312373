/**
 * The HTTP endpoints for paying an order and for the gateway's callbacks.
 */
@NullMarked
package com.orderkeep.payment.web;

import org.jspecify.annotations.NullMarked;
