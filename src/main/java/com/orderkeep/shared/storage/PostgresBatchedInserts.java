package com.orderkeep.shared.storage;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Has the PostgreSQL driver send a batch of inserts as multi-row statements ({@code reWriteBatchedInserts}). Without
 * it the driver executes a batch row by row, and a batch of 500 orders with their timeline entries, deadlines and
 * idempotency keys spends most of its commit in two thousand statement executions. The batching writer never reads
 * the row counts of its inserts, which the rewrite no longer reports one by one.
 */
@Component
class PostgresBatchedInserts implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
				&& pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
			pool.addDataSourceProperty("reWriteBatchedInserts", "true");
		}
		return bean;
	}
}
