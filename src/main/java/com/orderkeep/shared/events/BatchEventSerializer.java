package com.orderkeep.shared.events;

import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;

import com.orderkeep.shared.BatchEvent;

import tools.jackson.databind.json.JsonMapper;

/**
 * How the event publication registry stores events: as JSON, like Spring Modulith's own serializer, except that a
 * {@link BatchEvent} is stored once ({@link EventPayloads}) and each listener's publication holds only a reference
 * to it. Modulith stores a publication per listener, each with its own copy of the event, in the publishing
 * transaction: for a placement batch of hundreds of orders, three listeners wrote the batch three times over.
 */
@Component
class BatchEventSerializer implements EventSerializer {

	private final JsonMapper json;
	private final EventPayloads payloads;

	BatchEventSerializer(JsonMapper json, EventPayloads payloads) {
		this.json = json;
		this.payloads = payloads;
	}

	record Reference(String storedOnce) {
	}

	@Override
	public Object serialize(Object event) {
		if (event instanceof BatchEvent batch) {
			payloads.storeOnce(batch.batchId(), event.getClass().getName(), () -> json.writeValueAsString(event));
			return json.writeValueAsString(new Reference(batch.batchId()));
		}
		return json.writeValueAsString(event);
	}

	@Override
	public <T> T deserialize(Object serialized, Class<T> type) {
		if (BatchEvent.class.isAssignableFrom(type)) {
			Reference reference = json.readValue(serialized.toString(), Reference.class);
			return json.readValue(payloads.load(reference.storedOnce()), type);
		}
		return json.readValue(serialized.toString(), type);
	}
}
