package com.orderkeep.ordering.internal;

import static com.orderkeep.ordering.internal.OrderFixture.placedOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every kind of change an order can go through has its own consequence, decided in {@link OrderChange.Consequences}:
 * a new kind does not compile until it hands itself to a method of its own there (shown by compiling a throwaway
 * kind), and a test fails if a method there serves no kind or two. So no change of an order can silently have no effect.
 */
class OrderConsequencesTests {

	@Test
	void handsEveryKindOfChangeToItsOwnConsequence() throws Exception {
		Set<Method> served = new HashSet<>();
		for (Class<?> kind : OrderChange.class.getPermittedSubclasses()) {
			List<Method> called = new ArrayList<>();
			OrderChange.Consequences recording = (OrderChange.Consequences) Proxy.newProxyInstance(
					getClass().getClassLoader(), new Class<?>[] { OrderChange.Consequences.class },
					(proxy, method, args) -> called.add(method));

			instanceOf(kind).followedBy(recording, placedOrder(100, 1));

			assertThat(called).as("consequences of %s", kind.getSimpleName()).hasSize(1);
			assertThat(called.get(0).getParameterTypes()[1]).as("the consequence %s decides", called.get(0).getName())
				.isEqualTo(kind);
			assertThat(served.add(called.get(0))).as("%s serves one kind only", called.get(0).getName()).isTrue();
		}
		assertThat(served).containsExactlyInAnyOrder(OrderChange.Consequences.class.getDeclaredMethods());
	}

	@Test
	void doesNotCompileANewKindOfChangeWhoseConsequenceIsNotDecided() throws IOException {
		String source = Files.readString(Path.of("src/main/java/com/orderkeep/ordering/internal/OrderChange.java"));
		String forgotten = """
				record Forgotten(Instant at, OrderStatus status) implements OrderChange {
					public Actor actor() { return Actor.SYSTEM; }
					public String event() { return "FORGOTTEN"; }
					public @Nullable String reasonCode() { return null; }
					public LocalizedText message() { return new LocalizedText("忘了", "Forgotten"); }
				%s}
			}
			""";
		String withoutConsequence = source.substring(0, source.lastIndexOf('}')) + forgotten.formatted("");
		String borrowingOne = source.substring(0, source.lastIndexOf('}')) + forgotten
			.formatted("	public void followedBy(Consequences consequences, Order order) { consequences.placed(order, this); }\n");

		assertThat(compile(withoutConsequence)).contains("does not override abstract method followedBy");
		assertThat(compile(borrowingOne)).contains("incompatible types");
		assertThat(compile(source)).isEmpty();
	}

	/** Compiles one version of OrderChange against the rest of the application; answers the compiler's errors. */
	private static String compile(String orderChange) throws IOException {
		Path dir = Files.createTempDirectory("order-change");
		Path file = dir.resolve("OrderChange.java");
		Files.writeString(file, orderChange);
		String classpath = Path.of("target/classes") + java.io.File.pathSeparator
				+ Path.of(URI.create(Nullable.class.getProtectionDomain().getCodeSource().getLocation().toString()));
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		StringWriter errors = new StringWriter();
		javac.getTask(errors, null, null, List.of("-d", dir.toString(), "-classpath", classpath, "-proc:none"), null,
				javac.getStandardFileManager(null, null, null).getJavaFileObjects(file.toFile())).call();
		return errors.toString();
	}

	/** Any instance will do: the consequence is chosen by the kind alone. */
	private static OrderChange instanceOf(Class<?> kind) throws ReflectiveOperationException {
		RecordComponent[] components = kind.getRecordComponents();
		Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
		Constructor<?> canonical = kind.getDeclaredConstructor(types);
		Object[] values = Arrays.stream(types).map(OrderConsequencesTests::anyValue).toArray();
		return (OrderChange) canonical.newInstance(values);
	}

	private static Object anyValue(Class<?> type) {
		if (type == long.class) {
			return 0L;
		}
		if (type == int.class) {
			return 0;
		}
		if (type == boolean.class) {
			return false;
		}
		return null;
	}
}
