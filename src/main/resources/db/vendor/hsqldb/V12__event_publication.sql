-- Spring Modulith's event publication registry, created here rather than by Modulith's own schema script, whose
-- HSQLDB version keeps a serialized event in VARCHAR(4000): a placement batch's OrdersPlaced, one event carrying up
-- to 500 orders, is far longer. Apart from that column, this is Modulith 2.1's schema-hsqldb.sql (v2), except that the
-- index by listener leaves the serialized event out: kept in an index, every batch's event was compared and stored
-- again on each insert, and a publication is completed by its id. A database that Modulith created before gets the
-- longer column and the narrower index.
CREATE TABLE IF NOT EXISTS EVENT_PUBLICATION
(
  ID                     UUID NOT NULL,
  COMPLETION_DATE        TIMESTAMP(9),
  EVENT_TYPE             VARCHAR(512) NOT NULL,
  LISTENER_ID            VARCHAR(512) NOT NULL,
  PUBLICATION_DATE       TIMESTAMP(9) NOT NULL,
  SERIALIZED_EVENT       LONGVARCHAR NOT NULL,
  STATUS                 VARCHAR(20),
  COMPLETION_ATTEMPTS    INT,
  LAST_RESUBMISSION_DATE TIMESTAMP(9),
  PRIMARY KEY (ID)
);
DROP INDEX EVENT_PUBLICATION_BY_LISTENER_ID_AND_SERIALIZED_EVENT_IDX IF EXISTS;
ALTER TABLE EVENT_PUBLICATION ALTER COLUMN SERIALIZED_EVENT SET DATA TYPE LONGVARCHAR;
CREATE INDEX IF NOT EXISTS EVENT_PUBLICATION_BY_LISTENER_ID_IDX ON EVENT_PUBLICATION (LISTENER_ID);
CREATE INDEX IF NOT EXISTS EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX ON EVENT_PUBLICATION (COMPLETION_DATE);
