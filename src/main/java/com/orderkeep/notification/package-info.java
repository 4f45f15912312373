/**
 * Notifications: each user's inbox (a merchant's user also reads its shop's), written in the transaction of the
 * change it reports, and a live stream of it that carries what any node wrote.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "ordering", "ordering::changes", "protection" })
package com.orderkeep.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
