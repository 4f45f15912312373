/**
 * The HTTP endpoints of flash sales.
 */
@NullMarked
package com.orderkeep.inventory.web;

import org.jspecify.annotations.NullMarked;
