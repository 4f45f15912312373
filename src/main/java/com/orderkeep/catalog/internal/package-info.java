/**
 * The tables of shops, products, SKUs and their histories, and the listing rules.
 */
@NullMarked
package com.orderkeep.catalog.internal;

import org.jspecify.annotations.NullMarked;
