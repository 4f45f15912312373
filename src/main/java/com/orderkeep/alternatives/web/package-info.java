/**
 * The alternatives endpoints.
 */
@NullMarked
package com.orderkeep.alternatives.web;

import org.jspecify.annotations.NullMarked;
