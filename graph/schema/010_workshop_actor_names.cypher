// A workshop's actors by normalised name: a phone's new actor is checked against them (no duplicates).
CREATE INDEX contribution_actor_name IF NOT EXISTS FOR (c:Contribution) ON (c.workshopId, c.nameKey);
// One lock node per (workshop, normalised name): concurrent adds of one name meet on it.
CREATE CONSTRAINT workshop_actor_name_key IF NOT EXISTS FOR (l:WorkshopActorName) REQUIRE l.key IS UNIQUE;
