/**
 * The reputation endpoints.
 */
@NullMarked
package com.orderkeep.reputation.web;

import org.jspecify.annotations.NullMarked;
