package com.orderkeep.protection.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.orderkeep.protection.BuyerProtection.MerchantFlag;
import com.orderkeep.shared.Ids;
import com.orderkeep.shared.SqlTime;

/**
 * The merchant_flag table: what the platform's rules found a merchant doing, for the platform to look at.
 */
@Repository
class MerchantFlags {

	private static final String INSERT = """
			INSERT INTO merchant_flag (id, merchant_id, code, order_id, detail, flagged_at)
			SELECT :id, :merchantId, :code, :orderId, :detail, :at FROM (VALUES (0)) AS one (x)
			WHERE NOT EXISTS (SELECT 1 FROM merchant_flag WHERE merchant_id = :merchantId AND code = :code AND order_id = :orderId)
			""";
	private static final String OF_MERCHANT = """
			SELECT code, flagged_at, order_id, detail FROM merchant_flag WHERE merchant_id = :merchantId
			ORDER BY flagged_at DESC, id
			""";

	private final JdbcClient jdbc;

	MerchantFlags(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void flag(String merchantId, String code, String orderId, String detail, Instant at) {
		jdbc.sql(INSERT).param("id", Ids.next()).param("merchantId", merchantId).param("code", code)
			.param("orderId", orderId).param("detail", detail).param("at", SqlTime.of(at)).update();
	}

	List<MerchantFlag> of(String merchantId) {
		return jdbc.sql(OF_MERCHANT).param("merchantId", merchantId)
			.query((rs, n) -> new MerchantFlag(rs.getString("code"), SqlTime.read(rs, "flagged_at"),
					rs.getString("order_id"), rs.getString("detail")))
			.list();
	}
}
