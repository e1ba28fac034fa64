// The welfare network: projects, actions, calls, networks, agreements, and their relations.
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (p:Project) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT action_id IF NOT EXISTS FOR (a:Action) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT call_id IF NOT EXISTS FOR (c:Call) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT network_id IF NOT EXISTS FOR (n:Network) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (a:Agreement) REQUIRE a.id IS UNIQUE;
CREATE INDEX partner_in_id IF NOT EXISTS FOR ()-[r:PARTNER_IN]-() ON (r.id);
CREATE INDEX collaborates_with_id IF NOT EXISTS FOR ()-[r:COLLABORATES_WITH]-() ON (r.id);
CREATE INDEX actor_sector IF NOT EXISTS FOR (a:Actor) ON (a.sector);
CREATE INDEX actor_tax_code IF NOT EXISTS FOR (a:Actor) ON (a.taxCode);
CREATE INDEX actor_name_folded IF NOT EXISTS FOR (a:Actor) ON (a.nameFolded);
CREATE INDEX project_triennio IF NOT EXISTS FOR (p:Project) ON (p.triennio);
// Accent- and case-insensitive search on names (ASCII folding analyzer).
CREATE FULLTEXT INDEX actor_name_search IF NOT EXISTS FOR (a:Actor) ON EACH [a.name] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
