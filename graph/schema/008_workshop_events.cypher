// Workshop live events shared between app processes (TRAMA_SHARED_EVENTS=neo4j): an outbox each
// process appends to after its write committed and polls for the others' events. Pruned after an hour.
CREATE CONSTRAINT workshop_event_id IF NOT EXISTS FOR (e:WorkshopEvent) REQUIRE e.id IS UNIQUE;
CREATE INDEX workshop_event_at IF NOT EXISTS FOR (e:WorkshopEvent) ON (e.at);
