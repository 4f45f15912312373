-- Batch payloads are forgotten by age once nothing can read them again (shared.events.EventRetention).
CREATE INDEX event_payload_by_age ON event_payload (stored_at);
