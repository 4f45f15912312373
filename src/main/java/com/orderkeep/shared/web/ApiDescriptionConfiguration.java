package com.orderkeep.shared.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import com.orderkeep.shared.Caller;
import com.orderkeep.shared.EndpointRule;
import com.orderkeep.shared.EndpointRules;
import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Refuses;
import com.orderkeep.shared.Role;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * What {@code /v3/api-docs} and Swagger UI say about the service: its name and promise; who may call each operation,
 * read from the modules' {@link EndpointRules} as the security filters read them; and every refusal an operation can
 * answer, as a problem detail. The signed-in {@link Caller} comes from the bearer token, so it is no parameter, and a
 * {@link LocalizedText} is written as one string in the request's language.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescriptionConfiguration {

	private static final String BEARER = "bearer";

	static {
		SpringDocUtils.getConfig()
			.addRequestWrapperToIgnore(Caller.class)
			.replaceWithSchema(LocalizedText.class,
					new StringSchema().description("A message for people, in the language of Accept-Language (zh or en)"));
	}

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
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
	}

	/** An operation's own refusals, as its handler declares them. */
	@Bean
	OperationCustomizer declaredRefusals() {
		return (operation, handler) -> {
			Refuses refuses = handler.getMethodAnnotation(Refuses.class);
			if (refuses != null) {
				Refusals.add(operation, EnumSet.copyOf(Arrays.asList(refuses.value())));
			}
			return operation;
		};
	}

	/** Who may call each operation, and the refusals any operation can answer whoever wrote it. */
	@Bean
	OpenApiCustomizer accessAndCommonRefusals(List<EndpointRules> modules) {
		EndpointAccess access = new EndpointAccess(modules);
		return api -> {
			// Added here rather than to the OpenAPI bean: springdoc drops the bean's schemas that no path named yet.
			api.getComponents()
				.addSchemas(Refusals.PROBLEM, problem())
				.addSchemas(Refusals.VALIDATION_PROBLEM, problem().addProperty("errors", new ArraySchema().items(fieldError())
					.description("The fields refused, by field then message; absent when the body could not be read at all")));
			api.getPaths().forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> describe(path, operation,
						access.ruleFor(HttpMethod.valueOf(method.name()), path).orElse(null))));
		};
	}

	@Bean
	RecordProperties recordProperties() {
		return new RecordProperties();
	}

	private static void describe(String path, Operation operation, @Nullable EndpointRule rule) {
		boolean open = rule != null && rule.open();
		Set<Role> roles = rule == null ? Set.of() : rule.roles();
		Set<ProblemCode> codes = EnumSet.of(ProblemCode.VALIDATION_FAILED, ProblemCode.UNAUTHENTICATED,
				ProblemCode.NOT_ACCEPTABLE, ProblemCode.UNAVAILABLE);
		if (!open) {
			operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
		}
		if (!roles.isEmpty()) {
			codes.add(ProblemCode.FORBIDDEN);
		}
		if (path.contains("{")) {
			codes.add(ProblemCode.NOT_FOUND);
		}
		if (operation.getRequestBody() != null) {
			codes.add(ProblemCode.PAYLOAD_TOO_LARGE);
			codes.add(ProblemCode.UNSUPPORTED_MEDIA_TYPE);
		}
		Refusals.add(operation, codes);
		String who = open ? "Open to anyone (a bearer token, if sent, must be valid)."
				: roles.isEmpty() ? "For any signed-in user."
				: "For " + String.join(" or ", roles.stream().map(Role::name).sorted().toList()) + ".";
		if (operation.getDescription() == null) {
			operation.setDescription(who);
		}
		else if (!operation.getDescription().endsWith(who)) {
			operation.setDescription(operation.getDescription() + "\n\n" + who);
		}
	}

	private static Schema<?> problem() {
		return new ObjectSchema()
			.description("An RFC 9457 problem detail with a stable code")
			.addProperty("type", new StringSchema().format("uri"))
			.addProperty("title", new StringSchema().description("The code again"))
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema().description("What went wrong, in the language of Accept-Language"))
			.addProperty("instance", new StringSchema().format("uri-reference").description("The path of the request"))
			.addProperty("code", new StringSchema()._enum(Arrays.stream(ProblemCode.values()).map(ProblemCode::name).toList()))
			.required(List.of("type", "title", "status", "detail", "code"));
	}

	private static Schema<?> fieldError() {
		return new ObjectSchema()
			.addProperty("field", new StringSchema())
			.addProperty("message", new StringSchema())
			.required(List.of("field", "message"));
	}
}
