package com.orderkeep.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of {@code GET /api/me/notifications/stream} as a browser's EventSource reads it: the frames of the
 * stream, parsed as they arrive, each with its id, its data and its comments.
 */
final class EventStreamClient implements AutoCloseable {

	private static final JsonMapper json = JsonMapper.builder().build();
	private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5)).build();

	/** One frame of the stream: an event (with data) or comments, possibly with an id. */
	record Frame(@Nullable String id, @Nullable String data, List<String> comments) {

		boolean isEvent() {
			return data != null;
		}

		JsonNode json() {
			return EventStreamClient.json.readTree(data);
		}
	}

	private final InputStream body;
	private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
	private final Thread reader;
	private volatile @Nullable String openedAt;
	private final CountDownLatch ended = new CountDownLatch(1);

	private EventStreamClient(InputStream body) {
		this.body = body;
		this.reader = new Thread(this::read, "event-stream-client");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	/** Opens the stream; fails unless it is answered 200 as text/event-stream. */
	static EventStreamClient open(int port, String token, @Nullable String lastEventId, String language) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me/notifications/stream"))
			.header("Accept", "text/event-stream")
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", language)
			.GET();
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		try {
			HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
			if (response.statusCode() != 200) {
				String problem = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
				throw new AssertionError("stream answered " + response.statusCode() + ": " + problem);
			}
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
			return new EventStreamClient(response.body());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Opens the stream and waits until it is caught up (its {@code open} comment); returns the stream. */
	static EventStreamClient opened(int port, String token, @Nullable String lastEventId, String language) {
		EventStreamClient stream = open(port, token, lastEventId, language);
		stream.awaitOpen();
		return stream;
	}

	private void read() {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
			String id = null;
			StringBuilder data = null;
			List<String> comments = new ArrayList<>();
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.isEmpty()) {
					if (id != null || data != null || !comments.isEmpty()) {
						frames.add(new Frame(id, data == null ? null : data.toString(), List.copyOf(comments)));
					}
					id = null;
					data = null;
					comments.clear();
				}
				else if (line.startsWith(":")) {
					comments.add(line.substring(1).strip());
				}
				else if (line.startsWith("id:")) {
					id = value(line);
				}
				else if (line.startsWith("data:")) {
					data = data == null ? new StringBuilder(value(line)) : data.append('\n').append(value(line));
				}
			}
		}
		catch (IOException endedOrClosed) {
			// the test closed the stream, or the server ended it
		}
		finally {
			ended.countDown();
		}
	}

	/** Whether the server ended the stream within {@code limit}. */
	boolean awaitEnd(Duration limit) {
		try {
			return ended.await(limit.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String value(String line) {
		String value = line.substring(line.indexOf(':') + 1);
		return value.startsWith(" ") ? value.substring(1) : value;
	}

	/** The next frame, waiting at most {@code limit}; fails if none comes. */
	Frame next(Duration limit) {
		try {
			Frame frame = frames.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
			if (frame == null) {
				throw new AssertionError("no frame on the stream within " + limit);
			}
			return frame;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** The next event, skipping heartbeats; fails if none comes within {@code limit}. */
	Frame nextEvent(Duration limit) {
		long deadline = System.nanoTime() + limit.toNanos();
		while (true) {
			Frame frame = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
			if (frame.isEvent()) {
				return frame;
			}
		}
	}

	/** Events that arrive within {@code quiet}, skipping heartbeats: for asserting that nothing more came. */
	List<Frame> eventsWithin(Duration quiet) {
		List<Frame> events = new ArrayList<>();
		long deadline = System.nanoTime() + quiet.toNanos();
		try {
			while (System.nanoTime() < deadline) {
				Frame frame = frames.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				if (frame != null && frame.isEvent()) {
					events.add(frame);
				}
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		return events;
	}

	/** Frames up to and including the {@code open} comment; returns the events before it (a resumed stream's). */
	List<Frame> awaitOpen() {
		List<Frame> before = new ArrayList<>();
		while (true) {
			Frame frame = next(Duration.ofSeconds(10));
			if (frame.comments().contains("open")) {
				assertThat(frame.id()).as("the open comment says where the stream stands").isNotNull();
				openedAt = frame.id();
				return before;
			}
			if (frame.isEvent()) {
				before.add(frame);
			}
		}
	}

	/** The id the {@code open} comment carried. */
	@Nullable
	String openedAt() {
		return openedAt;
	}

	@Override
	public void close() {
		try {
			body.close();
		}
		catch (IOException ignored) {
			// already gone
		}
		reader.interrupt();
	}
}
