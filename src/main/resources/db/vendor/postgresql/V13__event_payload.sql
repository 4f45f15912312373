-- One copy of an event that announces a whole batch, shared by the publications of all its listeners (see
-- shared.events.BatchEventSerializer).
CREATE TABLE event_payload (
    payload_key VARCHAR(64)  NOT NULL PRIMARY KEY,
    event_type  VARCHAR(512) NOT NULL,
    payload     TEXT         NOT NULL,
    stored_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
