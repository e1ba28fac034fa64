// A committed workshop's record on the map (workshops/outcome.ts): (Workshop)-[:FROM_WORKSHOP]->(Actor)
// for each actor it added, tied or rated (the influence tower on the relationship), and its goals and
// notes as WorkshopNote nodes (Workshop)-[:RECORDED]->(WorkshopNote)-[:ABOUT]->(Actor).
CREATE CONSTRAINT workshop_note_id IF NOT EXISTS FOR (n:WorkshopNote) REQUIRE n.id IS UNIQUE;
CREATE INDEX workshop_note_workshop IF NOT EXISTS FOR (n:WorkshopNote) ON (n.workshopId);
