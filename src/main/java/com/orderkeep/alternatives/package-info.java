/**
 * Alternatives: listed, in-stock products of the same kind from other merchants, found by a Lucene index that every
 * node keeps from the catalog's change feed, and ranked by relevance, price, rating, reputation and stock.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "catalog", "inventory", "ordering", "reputation" })
package com.orderkeep.alternatives;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
