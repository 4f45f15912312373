package com.orderkeep.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the payment gateway sends orderkeep, for tests that play the gateway: a capture's callback body, signed with
 * the gateway secret of the test configuration as the contract says (HMAC-SHA256 of the raw body, lower-case hex).
 */
public final class GatewayCallbacks {

	/** The gateway secret of the embedded and test configuration. */
	public static final String SECRET = "dev-gateway-secret";

	private GatewayCallbacks() {
	}

	/** The body of a successful capture's callback. */
	public static String capture(String gatewayTxnId, String orderId, long amountFen) {
		return "{\"gatewayTxnId\":\"" + gatewayTxnId + "\",\"orderId\":\"" + orderId + "\",\"amountFen\":" + amountFen
				+ ",\"status\":\"SUCCESS\"}";
	}

	public static String sign(String body) {
		return signWith(SECRET, body);
	}

	public static String signWith(String secret, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Calls back with a signed capture, as the gateway does. */
	public static Api.Response deliver(Api api, String gatewayTxnId, String orderId, long amountFen) {
		return deliver(api, capture(gatewayTxnId, orderId, amountFen));
	}

	/** Calls back with the body, signed. */
	public static Api.Response deliver(Api api, String body) {
		return api.send("POST", "/api/payments/callback", null, body, Map.of("X-Signature", sign(body)));
	}
}
