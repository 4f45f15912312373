/**
 * Keeps the embedded store durable at commit, whatever settings its files were created with.
 */
@NullMarked
package com.orderkeep.shared.storage;

import org.jspecify.annotations.NullMarked;
