/**
 * The platform's statistics over HTTP.
 */
@NullMarked
package com.orderkeep.dashboard.web;

import org.jspecify.annotations.NullMarked;
