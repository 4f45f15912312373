/**
 * Merchants' deposits and the platform's compensation rules over HTTP.
 */
@NullMarked
package com.orderkeep.protection.web;

import org.jspecify.annotations.NullMarked;
