/**
 * The platform's figures about orders, for its dashboard.
 */
@NullMarked
@NamedInterface("figures")
package com.orderkeep.ordering.figures;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
