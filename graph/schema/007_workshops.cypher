// Workshops (laboratori): a room builds the map together. Every acknowledged contribution is a node,
// keyed by (workshop, client id): a retried edit MERGEs onto the same node, never a second one.
CREATE CONSTRAINT workshop_id IF NOT EXISTS FOR (w:Workshop) REQUIRE w.id IS UNIQUE;
CREATE CONSTRAINT workshop_code IF NOT EXISTS FOR (w:Workshop) REQUIRE w.code IS UNIQUE;
CREATE CONSTRAINT participant_id IF NOT EXISTS FOR (p:Participant) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT participant_token IF NOT EXISTS FOR (p:Participant) REQUIRE p.tokenHash IS UNIQUE;
CREATE CONSTRAINT contribution_id IF NOT EXISTS FOR (c:Contribution) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT contribution_key IF NOT EXISTS FOR (c:Contribution) REQUIRE c.key IS UNIQUE;
CREATE INDEX contribution_workshop IF NOT EXISTS FOR (c:Contribution) ON (c.workshopId);
