/**
 * Group buy over HTTP: open groups of a product, a group's share view, and the merchant's early completion.
 */
@NullMarked
package com.orderkeep.groupbuy.web;

import org.jspecify.annotations.NullMarked;
