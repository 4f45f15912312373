package com.orderkeep.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP/1.1 over a plain socket, byte for byte as given: the malformed requests a fuzzer or an attacker sends, which
 * no well-behaved client library would let through (raw percent-escapes, bytes above 0x7F in headers, oversized
 * request lines, bodies larger than the server will read).
 */
final class RawHttp {

	private static final JsonMapper json = JsonMapper.builder().build();

	private RawHttp() {
	}

	/** What came back: status, headers (names in lower case), the body as text and, when it is JSON, parsed. */
	record Answer(int status, Map<String, String> headers, String body) {

		String header(String name) {
			return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
		}

		JsonNode json() {
			try {
				return RawHttp.json.readTree(body);
			}
			catch (RuntimeException notJson) {
				return RawHttp.json.createObjectNode();
			}
		}

		@Override
		public String toString() {
			return status + " " + headers + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
		}
	}

	/**
	 * Sends the head (request line and headers, each line ended here with CRLF, {@code Connection: close} added) and
	 * the body, and reads the answer to the end. The body is written while the answer is read, so a server that
	 * answers before reading all of it is heard.
	 */
	static Answer send(int port, byte[] head, Body body) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(head);
			out.write("Connection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
				try {
					body.writeTo(out);
					out.flush();
				}
				catch (IOException refusedMidway) {
					// The server answered and closed before reading the rest; the answer is what counts.
				}
			});
			Answer answer = read(socket.getInputStream());
			writing.cancel(true);
			return answer;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A request head from its lines, in ISO-8859-1 so that each char below 256 is sent as that one byte. */
	static byte[] head(String... lines) {
		StringBuilder head = new StringBuilder();
		for (String line : lines) {
			head.append(line).append("\r\n");
		}
		return head.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	/** The body a request sends after its head. */
	interface Body {

		void writeTo(OutputStream out) throws IOException;

		static Body none() {
			return out -> {
			};
		}

		static Body of(String text) {
			return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
		}

		/**
		 * {@code size} bytes of a JSON object whose first value is a string that never ends: valid as far as a parser
		 * reads, so only the size can stop it.
		 */
		static Body filler(long size) {
			return out -> {
				byte[] piece = endlessJson();
				for (long left = size; left > 0; left -= piece.length) {
					out.write(piece, 0, (int) Math.min(piece.length, left));
					Arrays.fill(piece, (byte) 'x');
				}
			};
		}

		/** Like {@link #filler}, in chunked transfer coding, so the server cannot know the length up front. */
		static Body chunked(long size) {
			return out -> {
				byte[] piece = endlessJson();
				for (long left = size; left > 0; left -= piece.length) {
					int n = (int) Math.min(piece.length, left);
					out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
					out.write(piece, 0, n);
					out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
					Arrays.fill(piece, (byte) 'x');
				}
				out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			};
		}
	}

	private static byte[] endlessJson() {
		byte[] piece = new byte[64 * 1024];
		Arrays.fill(piece, (byte) 'x');
		byte[] start = "{\"title\":\"".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(start, 0, piece, 0, start.length);
		return piece;
	}

	private static Answer read(InputStream in) throws IOException {
		byte[] all = readAll(in);
		String text = new String(all, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			throw new IOException("no complete answer: " + text);
		}
		String[] lines = text.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
		}
		byte[] body = Arrays.copyOfRange(all, end + 4, all.length);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = unchunk(body);
		}
		return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n; (n = in.read(buffer)) >= 0;) {
				all.write(buffer, 0, n);
			}
		}
		catch (SocketException resetAfterAnswer) {
			// A server that refused the rest of a body may reset the connection once it has answered.
			if (all.size() == 0) {
				throw resetAfterAnswer;
			}
		}
		return all.toByteArray();
	}

	private static byte[] unchunk(byte[] chunked) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		int at = 0;
		while (at < chunked.length) {
			int lineEnd = indexOf(chunked, at);
			String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim();
			int size = Integer.parseInt(sizeLine, 16);
			if (size == 0) {
				break;
			}
			body.write(chunked, lineEnd + 2, size);
			at = lineEnd + 2 + size + 2;
		}
		return body.toByteArray();
	}

	private static int indexOf(byte[] bytes, int from) {
		for (int i = from; i < bytes.length - 1; i++) {
			if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
				return i;
			}
		}
		return bytes.length;
	}
}
