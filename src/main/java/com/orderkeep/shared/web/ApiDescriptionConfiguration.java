package com.orderkeep.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * What {@code /v3/api-docs} and Swagger UI say about the service as a whole: its name and promise, and that calls
 * carry a bearer token from {@code POST /api/auth/token}, so Swagger UI can send one.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescriptionConfiguration {

	private static final String BEARER = "bearer";

	@Bean
	OpenAPI orderkeepApi() {
		return new OpenAPI()
			.info(new Info().title("orderkeep")
				.version("1")
				.description("""
						拼团电商的订单平台：告诉您已下单的订单，绝不丢失、绝不被悄悄取消、绝不让您吃亏。
						The order platform of a group-buying marketplace: an order you were told you have is never lost, \
						never silently cancelled, and never leaves you out of pocket. Sign in with POST /api/auth/token \
						and send the token as `Authorization: Bearer <token>`. Money is in fen (分); errors are RFC 9457 \
						problem details with a stable `code`."""))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}
}
