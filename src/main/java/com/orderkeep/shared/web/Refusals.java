package com.orderkeep.shared.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.http.HttpHeaders;

import com.orderkeep.shared.ProblemCode;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The error answers of an operation in its description: one response per status, each a problem detail
 * ({@code application/problem+json}) whose codes are listed in its description and in {@code x-problem-codes}, with
 * {@code Retry-After} where the service sends it.
 */
final class Refusals {

	/** The extension that lists a response's problem codes, for clients and for the contract test. */
	static final String CODES = "x-problem-codes";

	static final String PROBLEM = "Problem";
	static final String VALIDATION_PROBLEM = "ValidationProblem";

	private static final Set<ProblemCode> RETRIED = EnumSet.of(ProblemCode.PAYMENT_IN_PROGRESS, ProblemCode.RATE_LIMITED,
			ProblemCode.UNAVAILABLE);

	private static final Map<Integer, String> MEANINGS = Map.ofEntries(
			Map.entry(400, "Bad input: nothing was done; a refused body's fields are listed in errors"),
			Map.entry(401, "Not signed in: the bearer token (or the password, or the gateway's signature) is missing or not valid"),
			Map.entry(403, "The signed-in user's role may not do this"),
			Map.entry(404, "No such thing, or one the caller may not see"),
			Map.entry(406, "The answer can only be JSON, and the request's Accept header refuses it"),
			Map.entry(409, "Refused in the present state of things"),
			Map.entry(413, "The request body is larger than the service reads"),
			Map.entry(415, "The request body is not JSON"),
			Map.entry(429, "Too many requests: retry after Retry-After seconds"),
			Map.entry(503, "Briefly unavailable: nothing was done; retry after Retry-After seconds"));

	private Refusals() {
	}

	/** Adds the codes to the operation's error responses, keeping the codes it already lists. */
	static void add(Operation operation, Set<ProblemCode> codes) {
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		Map<Integer, List<ProblemCode>> byStatus = new TreeMap<>();
		codes.forEach(code -> byStatus.computeIfAbsent(code.status(), status -> new ArrayList<>()).add(code));
		byStatus.forEach((status, added) -> {
			Set<ProblemCode> all = EnumSet.copyOf(added);
			all.addAll(listed(responses.get(String.valueOf(status))));
			responses.addApiResponse(String.valueOf(status), response(status, all));
		});
		operation.setResponses(sorted(responses));
	}

	private static Set<ProblemCode> listed(ApiResponse response) {
		Set<ProblemCode> codes = EnumSet.noneOf(ProblemCode.class);
		if (response != null && response.getExtensions() != null && response.getExtensions().get(CODES) instanceof List<?> names) {
			names.forEach(name -> codes.add(ProblemCode.valueOf(String.valueOf(name))));
		}
		return codes;
	}

	private static ApiResponse response(int status, Set<ProblemCode> codes) {
		List<String> names = codes.stream().map(ProblemCode::name).toList();
		String schema = status == 400 ? VALIDATION_PROBLEM : PROBLEM;
		ApiResponse response = new ApiResponse()
			.description(MEANINGS.getOrDefault(status, "Refused") + " (" + String.join(", ", names) + ")")
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schema))));
		response.addExtension(CODES, names);
		List<String> retried = codes.stream().filter(RETRIED::contains).map(ProblemCode::name).toList();
		if (!retried.isEmpty()) {
			response.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header()
				.description("Seconds to wait before retrying; sent with " + String.join(", ", retried))
				.schema(new IntegerSchema().minimum(BigDecimal.ONE)));
		}
		return response;
	}

	private static ApiResponses sorted(ApiResponses responses) {
		ApiResponses sorted = new ApiResponses();
		responses.entrySet().stream()
			.sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
			.forEach(entry -> sorted.addApiResponse(entry.getKey(), entry.getValue()));
		if (responses.getExtensions() != null) {
			sorted.setExtensions(new LinkedHashMap<>(responses.getExtensions()));
		}
		return sorted;
	}
}
