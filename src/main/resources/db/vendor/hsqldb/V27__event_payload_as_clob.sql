-- A batch's payload is tens of kilobytes. Kept in the row, every payload passed through HSQLDB's row cache, whose
-- byte limit it filled in a few hundred batches, pushing out the order tables' index rows that every insert walks;
-- as a CLOB it is written to the separate lob store and the row keeps only a reference.
ALTER TABLE event_payload ALTER COLUMN payload SET DATA TYPE CLOB;
