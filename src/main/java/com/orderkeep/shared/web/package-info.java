/**
 * Turns every failure into the problem details of the HTTP contract.
 */
@NullMarked
package com.orderkeep.shared.web;

import org.jspecify.annotations.NullMarked;
