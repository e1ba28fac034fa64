// A workshop's actors by normalised name: a phone's new actor is checked against them (no duplicates).
CREATE INDEX contribution_actor_name IF NOT EXISTS FOR (c:Contribution) ON (c.workshopId, c.nameKey);
