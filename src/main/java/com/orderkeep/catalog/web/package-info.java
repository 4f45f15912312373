/**
 * The HTTP endpoints of the catalog: product pages and search, and the merchant's listing actions.
 */
@NullMarked
package com.orderkeep.catalog.web;

import org.jspecify.annotations.NullMarked;
