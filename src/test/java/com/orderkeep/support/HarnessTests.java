package com.orderkeep.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@OrderkeepHttpTest
class HarnessTests {

	@LocalServerPort
	int port;

	@Test
	void startsAndSignsTheAdminIn() {
		Api api = Api.onPort(port);
		assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
		assertThat(api.adminToken()).isNotBlank();
	}
}
