package com.orderkeep.payment.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * HMAC-SHA256 over a callback's raw bytes with the gateway's secret, written as lower-case hex.
 */
@Component
class CallbackSignature {

	private final SecretKeySpec key;

	CallbackSignature(GatewayProperties gateway) {
		this.key = new SecretKeySpec(gateway.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	String sign(byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException("HmacSHA256 is in every JVM", e);
		}
	}

	/** Compares in constant time, so the signature cannot be guessed byte by byte. */
	boolean verifies(byte[] body, String signature) {
		return MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
				signature.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
	}
}
