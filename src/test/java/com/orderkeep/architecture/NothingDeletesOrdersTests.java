package com.orderkeep.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Invariant 2: no code path deletes or empties an order, its timeline, its payments or its ledger. Every statement
 * orderkeep sends is text in its sources and migrations, so a statement that could is found here before it ships.
 */
class NothingDeletesOrdersTests {

	private static final Pattern REMOVING_ROWS = Pattern.compile(
			"\\b(DELETE\\s+FROM|TRUNCATE(\\s+TABLE)?|DROP\\s+TABLE)\\s+\\w+", Pattern.CASE_INSENSITIVE);

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
			return REMOVING_ROWS.matcher(Files.readString(file)).results().map(match -> file + ": " + match.group());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
