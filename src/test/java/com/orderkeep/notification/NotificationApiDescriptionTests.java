package com.orderkeep.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderkeep.support.Api;
import com.orderkeep.support.OrderkeepHttpTest;

import tools.jackson.databind.JsonNode;

/**
 * The API description says what the inbox endpoints answer: a page of notifications, a 204 for marking read, and
 * the stream as Server-Sent Events resumable with {@code Last-Event-ID}.
 */
@OrderkeepHttpTest
class NotificationApiDescriptionTests {

	@LocalServerPort
	int port;

	@Test
	void describesTheInboxItsStreamAndMarkingRead() {
		JsonNode api = Api.expect(Api.onPort(port).get("/v3/api-docs", null), 200).body();
		JsonNode paths = api.path("paths");
		JsonNode schemas = api.path("components").path("schemas");

		JsonNode inbox = paths.path("/api/me/notifications").path("get");
		assertThat(inbox.path("responses").path("200").path("content").path("application/json").path("schema")
			.path("$ref").asString()).isEqualTo("#/components/schemas/NotificationPage");
		assertThat(inbox.path("parameters").valueStream().map(p -> p.path("name").asString())).contains("unread", "page", "size");
		assertThat(schemas.path("NotificationPage").path("required").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder("items", "total", "unread");
		assertThat(schemas.path("Notification").path("required").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder("id", "at", "orderId", "type", "title", "body", "read", "links");
		assertThat(schemas.path("Notification").path("properties").path("type").path("enum").valueStream()
			.map(JsonNode::asString)).contains("ORDER_CANCELLED", "REFUNDED", "COMPENSATED", "PRODUCT_DELISTED", "SHIP_BY_SOON");
		assertThat(schemas.path("Notification").path("properties").path("title").path("type").asString()).isEqualTo("string");

		JsonNode read = paths.path("/api/me/notifications/{notificationId}/read").path("post");
		assertThat(read.path("responses").has("204")).isTrue();
		assertThat(read.path("responses").path("404").path("x-problem-codes").valueStream().map(JsonNode::asString))
			.contains("NOT_FOUND");

		JsonNode stream = paths.path("/api/me/notifications/stream").path("get");
		assertThat(stream.path("responses").path("200").path("content").has("text/event-stream")).isTrue();
		assertThat(stream.path("parameters").valueStream().filter(p -> p.path("in").asString().equals("header"))
			.map(p -> p.path("name").asString())).containsExactly("Last-Event-ID");
		assertThat(stream.path("security").size()).isEqualTo(1);
		assertThat(stream.path("responses").has("403")).as("any signed-in user").isFalse();
	}
}
