package com.orderkeep.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Invariant 2: no code path deletes or empties an order, its timeline, its payments or its ledger. Every statement
 * orderkeep sends is text in its sources and migrations, so a statement that could is found here before it ships.
 * The only rows that may be removed are named below, each with why it is no record of an order.
 */
class NothingDeletesOrdersTests {

	private static final Pattern REMOVING_ROWS = Pattern.compile(
			"\\b(DELETE\\s+FROM|TRUNCATE(\\s+TABLE)?|DROP\\s+TABLE)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

	/** Tables whose rows may be removed, and why. */
	private static final Map<String, String> PRUNED = Map.of("event_payload",
			"a copy of a placement batch's event for its listeners, forgotten once they are done (EventRetention)");

	@Test
	void noStatementRemovesRows() throws IOException {
		List<String> found;
		try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")),
				Files.walk(Path.of("src/main/resources/db")))) {
			found = files.filter(Files::isRegularFile)
				.filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".sql"))
				.flatMap(NothingDeletesOrdersTests::statementsRemovingRows)
				.toList();
		}
		assertThat(found).as("statements that remove rows").isEmpty();
	}

	private static Stream<String> statementsRemovingRows(Path file) {
		try {
			return REMOVING_ROWS.matcher(Files.readString(file)).results()
				.filter(match -> !PRUNED.containsKey(match.group(3).toLowerCase(Locale.ROOT)))
				.map(match -> file + ": " + match.group());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
