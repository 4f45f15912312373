package com.orderkeep.groupbuy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.orderkeep.ordering.grouping.GroupOrders;
import com.orderkeep.support.Api;
import com.orderkeep.support.OrderkeepHttpTest;

/**
 * A group completes in one transaction: when the process fails after some members moved to TO_SHIP and before the
 * rest (here a member's change throws, as a kill -9 would stop it), none of them moved, the group is still open and
 * full, and its completion is still owed; once the failure is gone, it completes with every member at once.
 */
@OrderkeepHttpTest
@Import(CompletionAllOrNothingTests.FailingCompletion.class)
class CompletionAllOrNothingTests {

	static final AtomicBoolean failing = new AtomicBoolean();
	static final AtomicInteger completions = new AtomicInteger();
	static final AtomicInteger failures = new AtomicInteger();

	/** Wraps ordering's door so that, while {@link #failing}, every second member's completion throws. */
	@TestConfiguration(proxyBeanMethods = false)
	static class FailingCompletion {

		@Bean
		static BeanPostProcessor failEverySecondCompletion() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (!(bean instanceof GroupOrders orders)) {
						return bean;
					}
					return new GroupOrders() {
						@Override
						public boolean complete(String orderId, boolean byMerchant) {
							boolean moved = orders.complete(orderId, byMerchant);
							if (failing.get() && completions.incrementAndGet() % 2 == 0) {
								failures.incrementAndGet();
								throw new IllegalStateException("the process stops in the middle of the group's completion");
							}
							return moved;
						}

						@Override
						public Outcome close(String orderId, boolean failed) {
							return orders.close(orderId, failed);
						}
					};
				}
			};
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void stopFailing() {
		failing.set(false);
	}

	@Test
	void aCompletionThatFailsHalfwayLeavesEveryMemberWaitingThenCompletesThemAllTogether() throws Exception {
		GroupShop shop = GroupShop.open(Api.onPort(port), 4_990, 10, 3, 2_990);
		GroupShop.Buyer leader = shop.buyer();
		String first = shop.started(leader).path("orderId").asString();
		String groupId = shop.order(first).path("groupId").asString();
		shop.pay(leader, first);
		GroupShop.Buyer second = shop.buyer();
		String secondOrder = shop.joined(second, groupId).path("orderId").asString();
		shop.pay(second, secondOrder);
		GroupShop.Buyer third = shop.buyer();
		String thirdOrder = shop.joined(third, groupId).path("orderId").asString();
		failing.set(true);

		shop.pay(third, thirdOrder);
		long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (failures.get() < 2 && System.nanoTime() < giveUp) {
			Thread.sleep(20);
		}
		assertThat(failures.get()).as("completions tried and failed halfway").isGreaterThanOrEqualTo(2);

		List<String> statuses = jdbc.sql("SELECT status FROM orders WHERE group_id = :g").param("g", groupId)
			.query(String.class).list();
		assertThat(statuses).hasSize(3).containsOnly("GROUPING");
		assertThat(shop.group(groupId).path("status").asString()).isEqualTo("OPEN");
		assertThat(shop.group(groupId).path("paidMembers").asInt()).isEqualTo(3);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM order_event WHERE order_id IN (:o) AND event = 'GROUP_COMPLETED'")
			.param("o", List.of(first, secondOrder, thirdOrder)).query(Long.class).single()).isZero();

		failing.set(false);
		giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!"COMPLETE".equals(shop.group(groupId).path("status").asString()) && System.nanoTime() < giveUp) {
			Thread.sleep(50);
		}
		assertThat(shop.group(groupId).path("status").asString()).isEqualTo("COMPLETE");
		assertThat(jdbc.sql("SELECT status FROM orders WHERE group_id = :g").param("g", groupId).query(String.class).list())
			.hasSize(3).containsOnly("TO_SHIP");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM order_event WHERE order_id IN (:o) AND event = 'GROUP_COMPLETED'")
			.param("o", List.of(first, secondOrder, thirdOrder)).query(Long.class).single()).isEqualTo(3);
	}
}
