-- The W3C trace context of the request that wrote an outbox row, so that the relay publishes the
-- Kafka record in the same trace (one article followed from its POST to its index in the logs).
ALTER TABLE outbox_event ADD COLUMN traceparent varchar(55);
