package com.orderkeep.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds every exchange of the HTTP tests to the OpenAPI description the server publishes at {@code /v3/api-docs}
 * (read once per running server), so that the description clients generate code from is the service's truth:
 * <ul>
 * <li>every answer to a described operation is one it describes: status, content type, body and headers, and a
 * problem's {@code code} is among those the response lists in {@code x-problem-codes};</li>
 * <li>a request the service accepted (2xx) is one the description accepts: parameters, body and bearer token;</li>
 * <li>a request to {@code /api/} that names no described operation (an unknown path, a method the path does not
 * take) is answered with an error as a problem detail, so no endpoint answers that the description leaves out.</li>
 * </ul>
 * A request it refused may have been wrong on purpose, so it is not itself checked. Paths outside {@code /api/} (health,
 * metrics, the description itself) are not part of the description.
 */
public final class ApiContract {

	private static final JsonMapper json = JsonMapper.builder().build();
	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private static final Map<String, ApiContract> byServer = new ConcurrentHashMap<>();

	private final OpenApiInteractionValidator validator;
	private final JsonNode paths;

	private ApiContract(String description) {
		JsonNode api = json.readTree(description);
		this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(json.writeValueAsString(
				nullableReferencesInlined(api.deepCopy(), api.path("components").path("schemas")))).build();
		this.paths = api.path("paths");
	}

	/**
	 * A field that may be null and is of a named type is written {@code nullable: true, allOf: [$ref]}, as OpenAPI 3.0
	 * allows no sibling beside a {@code $ref}; the validator ignores a nullable beside an allOf, so for it the named
	 * type is copied into the field.
	 */
	private static JsonNode nullableReferencesInlined(JsonNode node, JsonNode schemas) {
		if (node instanceof ObjectNode object) {
			JsonNode allOf = object.path("allOf");
			if (object.path("nullable").asBoolean(false) && allOf.size() == 1 && allOf.get(0).has("$ref")) {
				String name = allOf.get(0).path("$ref").asString().replace("#/components/schemas/", "");
				ObjectNode inlined = ((ObjectNode) schemas.path(name)).deepCopy();
				inlined.put("nullable", true);
				return nullableReferencesInlined(inlined, schemas);
			}
			object.properties().forEach(field -> field.setValue(nullableReferencesInlined(field.getValue(), schemas)));
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				array.set(i, nullableReferencesInlined(array.get(i), schemas));
			}
		}
		return node;
	}

	/** The description of the server at {@code base} ({@code http://host:port}), fetched on first use. */
	public static ApiContract of(String base) {
		return byServer.computeIfAbsent(base, ApiContract::fetch);
	}

	private static ApiContract fetch(String base) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).timeout(Duration.ofSeconds(60)).build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new AssertionError("GET /v3/api-docs answered " + response.statusCode() + ": " + response.body());
			}
			return new ApiContract(response.body());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Fails, with what differs, when the exchange does not match the description.
	 *
	 * @param target the path and query string as sent
	 * @param headers the request headers as sent
	 */
	public void check(String method, String target, Map<String, String> headers, @Nullable String body,
			int status, HttpHeaders responseHeaders, String responseBody) {
		String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
		if (!path.startsWith("/api/")) {
			return;
		}
		String contentType = responseHeaders.firstValue("Content-Type").orElse("");
		JsonNode operation = operation(method, path);
		if (operation == null) {
			if (status < 400 || !contentType.startsWith("application/problem+json")) {
				fail(method, target, status, responseBody, List.of("the description has no operation " + method + " " + path
						+ ", yet the service answered it with " + status + " " + contentType));
			}
			return;
		}
		SimpleResponse.Builder response = SimpleResponse.Builder.status(status).withBody(responseBody);
		responseHeaders.map().forEach(response::withHeader);
		Request.Method verb = Request.Method.valueOf(method);
		List<String> problems = new ArrayList<>(messages(validator.validateResponse(path, verb, response.build())));
		if (status < 300) {
			problems.addAll(messages(validator.validateRequest(request(method, target, path, headers, body))));
		}
		if (contentType.startsWith("application/problem+json")) {
			String code = json.readTree(responseBody).path("code").asString();
			JsonNode listed = operation.path("responses").path(String.valueOf(status)).path("x-problem-codes");
			if (!listed.isMissingNode() && listed.valueStream().noneMatch(name -> name.asString().equals(code))) {
				problems.add("problem code " + code + " is not among those the " + status + " response lists: " + listed);
			}
		}
		if (!problems.isEmpty()) {
			fail(method, target, status, responseBody, problems);
		}
	}

	private @Nullable JsonNode operation(String method, String path) {
		for (Map.Entry<String, JsonNode> described : paths.properties()) {
			String template = Pattern.quote(described.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
			if (path.matches(template) && described.getValue().has(method.toLowerCase())) {
				return described.getValue().path(method.toLowerCase());
			}
		}
		return null;
	}

	private static Request request(String method, String target, String path, Map<String, String> headers,
			@Nullable String body) {
		SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
		headers.forEach(request::withHeader);
		if (body != null) {
			request.withBody(body);
		}
		query(target).forEach(request::withQueryParam);
		return request.build();
	}

	private static Map<String, List<String>> query(String target) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (target.contains("?")) {
			for (String pair : target.substring(target.indexOf('?') + 1).split("&")) {
				String[] nameAndValue = pair.split("=", 2);
				parameters.computeIfAbsent(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8), name -> new ArrayList<>())
					.add(nameAndValue.length == 2 ? URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8) : "");
			}
		}
		return parameters;
	}

	private static List<String> messages(ValidationReport report) {
		return report.getMessages().stream()
			.filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
			.map(message -> message.getKey() + ": " + message.getMessage()
					+ (message.getAdditionalInfo().isEmpty() ? "" : " " + message.getAdditionalInfo()))
			.toList();
	}

	private static void fail(String method, String target, int status, String responseBody, List<String> problems) {
		throw new AssertionError("The exchange " + method + " " + target + " -> " + status
				+ " does not match the published description (/v3/api-docs):\n  - "
				+ problems.stream().collect(Collectors.joining("\n  - ")) + "\n  response body: "
				+ (responseBody.length() > 600 ? responseBody.substring(0, 600) + "..." : responseBody));
	}
}
