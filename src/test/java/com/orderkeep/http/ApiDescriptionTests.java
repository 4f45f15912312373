package com.orderkeep.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.shared.Actor;
import com.orderkeep.shared.EndpointRule;
import com.orderkeep.shared.EndpointRules;
import com.orderkeep.support.Api;
import com.orderkeep.support.ApiContract;
import com.orderkeep.support.OrderkeepHttpTest;

import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description at {@code /v3/api-docs} says what the service does, so that a generated client works: the
 * caller is no parameter, answers have real media types, who may call each operation is what the modules' rules say,
 * and every operation lists its refusals as problem details. Every exchange of the HTTP tests is checked against
 * it ({@link ApiContract}); the last tests here show that check refusing what the description does not allow.
 */
@OrderkeepHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDescriptionTests {

	private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

	@LocalServerPort
	int port;

	@Autowired
	List<EndpointRules> modules;

	private JsonNode api;

	record Op(String method, String path, JsonNode operation) {

		@Override
		public String toString() {
			return method.toUpperCase() + " " + path;
		}
	}

	@BeforeAll
	void readDescription() {
		api = Api.expect(Api.onPort(port).get("/v3/api-docs", null), 200).body();
	}

	private List<Op> operations() {
		List<Op> operations = new ArrayList<>();
		api.path("paths").properties().forEach(path -> METHODS.forEach(method -> {
			if (path.getValue().has(method)) {
				operations.add(new Op(method, path.getKey(), path.getValue().path(method)));
			}
		}));
		return operations;
	}

	@Test
	void isOpenApi30ForTheContractValidator() {
		assertThat(api.path("openapi").asString()).startsWith("3.0.");
	}

	@Test
	void takesTheSignedInCallerFromTheTokenNotFromParameters() {
		SoftAssertions soft = new SoftAssertions();
		for (Op op : operations()) {
			op.operation().path("parameters").forEach(parameter -> soft.assertThat(parameter.path("in").asString()
					+ " " + parameter.path("name").asString())
				.as("parameter of %s", op)
				.isNotIn("query buyer", "query merchant", "query caller"));
		}
		soft.assertThat(api.path("components").path("schemas").has("Caller")).as("a Caller schema").isFalse();
		soft.assertAll();
	}

	@Test
	void namesARealMediaTypeForEveryBodyAndAnswer() {
		SoftAssertions soft = new SoftAssertions();
		for (Op op : operations()) {
			op.operation().path("requestBody").path("content").propertyNames()
				.forEach(type -> soft.assertThat(type).as("request body of %s", op).isEqualTo("application/json"));
			op.operation().path("responses").properties().forEach(response -> {
				List<String> types = new ArrayList<>(response.getValue().path("content").propertyNames());
				soft.assertThat(types).as("media types of %s %s", op, response.getKey())
					.containsExactlyElementsOf(answerTypes(op, response.getKey()));
			});
		}
		soft.assertAll();
	}

	@Test
	void asksForATokenExactlyWhereTheModulesRulesDo() {
		SoftAssertions soft = new SoftAssertions();
		for (Op op : operations()) {
			Optional<EndpointRule> rule = ruleFor(op);
			soft.assertThat(rule).as("the module rule that covers %s", op).isPresent();
			boolean open = rule.map(EndpointRule::open).orElse(false);
			soft.assertThat(op.operation().path("security").size() > 0).as("%s asks for a bearer token", op).isEqualTo(!open);
			soft.assertThat(op.operation().path("responses").has("403")).as("%s documents 403", op)
				.isEqualTo(rule.map(r -> !r.roles().isEmpty()).orElse(false));
		}
		soft.assertAll();
	}

	@Test
	void asksNoTokenForWhatApiMdOpensToAnyone() {
		for (String open : List.of("post /api/auth/register", "post /api/auth/token", "get /api/products",
				"get /api/products/{productId}", "get /api/flash-sales/{flashSaleId}", "post /api/payments/callback")) {
			String[] methodAndPath = open.split(" ");
			JsonNode operation = api.path("paths").path(methodAndPath[1]).path(methodAndPath[0]);
			assertThat(operation.isMissingNode()).as("%s is described", open).isFalse();
			assertThat(operation.path("security").isEmpty()).as("%s asks for no token", open).isTrue();
		}
	}

	@Test
	void listsTheRefusalsOfEveryOperationAsProblemDetails() {
		SoftAssertions soft = new SoftAssertions();
		for (Op op : operations()) {
			JsonNode responses = op.operation().path("responses");
			List<String> expected = new ArrayList<>(List.of("400", "401", "406", "503"));
			if (op.path().contains("{")) {
				expected.add("404");
			}
			if (op.operation().has("requestBody")) {
				expected.addAll(List.of("413", "415"));
			}
			soft.assertThat(responses.propertyNames()).as("statuses of %s", op).containsAll(expected);
			responses.properties().stream().filter(response -> !response.getKey().startsWith("2")).forEach(response -> {
				JsonNode answer = response.getValue();
				soft.assertThat(answer.path("content").path("application/problem+json").path("schema").path("$ref").asString())
					.as("schema of %s %s", op, response.getKey())
					.isEqualTo(response.getKey().equals("400") ? "#/components/schemas/ValidationProblem"
							: "#/components/schemas/Problem");
				soft.assertThat(answer.path("x-problem-codes").isEmpty()).as("codes of %s %s", op, response.getKey()).isFalse();
			});
			soft.assertThat(responses.path("503").path("headers").has("Retry-After")).as("Retry-After of %s 503", op).isTrue();
		}
		JsonNode problem = api.path("components").path("schemas").path("Problem");
		soft.assertThat(problem.path("required").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder("type", "title", "status", "detail", "code");
		soft.assertThat(api.path("components").path("schemas").path("ValidationProblem").path("properties").has("errors"))
			.isTrue();
		soft.assertAll();
	}

	@Test
	void describesPlacingAnOrderAsItAnswers() {
		JsonNode responses = api.path("paths").path("/api/orders").path("post").path("responses");
		assertThat(responses.propertyNames()).contains("200", "201", "404", "409", "429");
		assertThat(responses.path("201").path("content").path("application/json").path("schema").path("$ref").asString())
			.isEqualTo("#/components/schemas/OrderView");
		assertThat(responses.path("429").path("headers").has("Retry-After")).isTrue();
		assertThat(codes(responses.path("409"))).contains("OUT_OF_STOCK", "PRODUCT_DELISTED", "LIMIT_EXCEEDED",
				"IDEMPOTENCY_KEY_REUSED");
	}

	@Test
	void describesPayingWhileAPaymentIsUnderWay() {
		JsonNode conflict = api.path("paths").path("/api/orders/{orderId}/pay").path("post").path("responses").path("409");
		assertThat(codes(conflict)).contains("PAYMENT_IN_PROGRESS", "INVALID_STATE");
		assertThat(conflict.path("headers").has("Retry-After")).isTrue();
	}

	@Test
	void describesThePaymentIncidentsForThePlatform() {
		JsonNode incidents = api.path("paths").path("/api/admin/payment-incidents").path("get");
		assertThat(incidents.path("responses").path("200").path("content").path("application/json").path("schema")
			.path("$ref").asString()).isEqualTo("#/components/schemas/IncidentPage");
		assertThat(incidents.path("responses").has("403")).isTrue();
		assertThat(incidents.path("security").size()).isEqualTo(1);
	}

	@Test
	void offersEachPartyOnlyTheCancelReasonsItMayGive() {
		JsonNode schemas = api.path("components").path("schemas");
		assertThat(enumOf(schemas.path("BuyerCancel").path("properties").path("reasonCode")))
			.containsExactlyInAnyOrderElementsOf(reasonsOf(Actor.Kind.BUYER));
		assertThat(enumOf(schemas.path("MerchantCancel").path("properties").path("reasonCode")))
			.containsExactlyInAnyOrderElementsOf(reasonsOf(Actor.Kind.MERCHANT));
	}

	@Test
	void declaresWhatIsNullAsNullableAndMessagesAsText() {
		JsonNode schemas = api.path("components").path("schemas");
		JsonNode order = schemas.path("OrderView");
		for (String field : List.of("cancellation", "shipment", "groupId", "flashSaleId")) {
			assertThat(order.path("properties").path(field).path("nullable").asBoolean(false)).as("%s nullable", field).isTrue();
		}
		assertThat(order.path("required").valueStream().map(JsonNode::asString)).contains("orderId", "status", "timeline");
		assertThat(schemas.path("TimelineEntry").path("properties").path("reasonCode").path("nullable").asBoolean(false)).isTrue();
		assertThat(schemas.path("Cancellation").path("properties").path("note").path("nullable").asBoolean(false)).isTrue();
		assertThat(schemas.path("TimelineEntry").path("properties").path("message").path("type").asString()).isEqualTo("string");
		assertThat(schemas.has("LocalizedText")).isFalse();
	}

	@Test
	void neverAllowsAnEmptyValueThatIsRefused() {
		SoftAssertions soft = new SoftAssertions();
		api.path("components").path("schemas").properties().forEach(schema -> {
			List<String> required = schema.getValue().path("required").valueStream().map(JsonNode::asString).toList();
			schema.getValue().path("properties").properties().forEach(property -> {
				if (required.contains(property.getKey()) && property.getValue().has("minLength")) {
					soft.assertThat(property.getValue().path("minLength").asInt())
						.as("minLength of %s.%s", schema.getKey(), property.getKey()).isPositive();
				}
			});
		});
		soft.assertThat(api.path("components").path("schemas").path("CreateProduct").path("properties").path("skus")
			.path("minItems").asInt()).as("minItems of CreateProduct.skus").isEqualTo(1);
		soft.assertAll();
	}

	// --- refusals every operation describes, answered as described ---

	@Test
	void answersAnAcceptItCannotServeWithA406Problem() {
		HttpTestKit.assertProblem(HttpTestKit.raw(port, "GET", "/api/products?q=x", null,
				Map.of("Accept", "application/xml", "Accept-Language", "en")), 406, "NOT_ACCEPTABLE");
	}

	@Test
	void answersABodyAboveTheLimitWithA413Problem() {
		String body = "{\"username\":\"" + "u".repeat(1_100_000) + "\",\"password\":\"secret-1\"}";
		HttpTestKit.assertProblem(HttpTestKit.raw(port, "POST", "/api/auth/register", body,
				Map.of("Content-Type", "application/json")), 413, "PAYLOAD_TOO_LARGE");
	}

	// --- the contract check refuses what the description does not allow ---

	@Test
	void contractRefusesAnAnswerMissingARequiredField() {
		assertThatThrownBy(() -> contract().check("GET", "/api/products/p-1", Map.of(), null, 200, json("application/json"),
				"{\"productId\":\"p-1\"}"))
			.isInstanceOf(AssertionError.class).hasMessageContaining("GET /api/products/p-1 -> 200").hasMessageContaining("required");
	}

	@Test
	void contractRefusesAStatusTheOperationDoesNotList() {
		assertThatThrownBy(() -> contract().check("GET", "/api/products/p-1", Map.of(), null, 409,
				json("application/problem+json"), problem(409, "INVALID_STATE")))
			.isInstanceOf(AssertionError.class).hasMessageContaining("409");
	}

	@Test
	void contractRefusesAProblemCodeTheResponseDoesNotList() {
		assertThatThrownBy(() -> contract().check("POST", "/api/orders/o-1/pay", Map.of(), null, 409,
				json("application/problem+json"), problem(409, "OUT_OF_STOCK")))
			.isInstanceOf(AssertionError.class).hasMessageContaining("OUT_OF_STOCK is not among");
	}

	@Test
	void contractRefusesASuccessfulRequestTheDescriptionRefuses() {
		assertThatThrownBy(() -> contract().check("GET", "/api/orders?size=500", Map.of("Authorization", "Bearer x"), null,
				200, json("application/json"), "{\"items\":[],\"total\":0}"))
			.isInstanceOf(AssertionError.class).hasMessageContaining("size");
	}

	@Test
	void contractRefusesAnEndpointTheDescriptionLeavesOut() {
		assertThatThrownBy(() -> contract().check("GET", "/api/secret-report", Map.of(), null, 200, json("application/json"),
				"{}"))
			.isInstanceOf(AssertionError.class).hasMessageContaining("no operation GET /api/secret-report");
	}

	/** Problems are problem details; a 204 has no body; an event stream (a path ending in /stream) is Server-Sent Events. */
	private static List<String> answerTypes(Op op, String status) {
		if (!status.startsWith("2")) {
			return List.of("application/problem+json");
		}
		if (status.equals("204")) {
			return List.of();
		}
		return List.of(op.path().endsWith("/stream") ? "text/event-stream" : "application/json");
	}

	private ApiContract contract() {
		return ApiContract.of("http://127.0.0.1:" + port);
	}

	private static HttpHeaders json(String contentType) {
		return HttpHeaders.of(Map.of("Content-Type", List.of(contentType)), (name, value) -> true);
	}

	private static String problem(int status, String code) {
		return "{\"type\":\"https://orderkeep.dev/problems/x\",\"title\":\"" + code + "\",\"status\":" + status
				+ ",\"detail\":\"d\",\"code\":\"" + code + "\"}";
	}

	private Optional<EndpointRule> ruleFor(Op op) {
		PathContainer path = PathContainer.parsePath(op.path());
		HttpMethod method = HttpMethod.valueOf(op.method().toUpperCase());
		return modules.stream().flatMap(module -> module.endpointRules().stream())
			.filter(rule -> rule.method() == null || rule.method().equals(method))
			.filter(rule -> PathPatternParser.defaultInstance.parse(rule.pattern()).matches(path))
			.findFirst();
	}

	private static List<String> codes(JsonNode response) {
		return response.path("x-problem-codes").valueStream().map(JsonNode::asString).toList();
	}

	private static List<String> enumOf(JsonNode property) {
		return property.path("enum").valueStream().map(JsonNode::asString).toList();
	}

	private static List<String> reasonsOf(Actor.Kind kind) {
		return Arrays.stream(CancelReason.values()).filter(reason -> reason.mayBeGivenBy(kind)).map(Enum::name).toList();
	}
}
