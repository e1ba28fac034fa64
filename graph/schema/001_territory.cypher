// Territory: every territorial body is also an Actor (it can sign agreements and join projects).
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT comune_istat IF NOT EXISTS FOR (c:Comune) REQUIRE c.istat IS UNIQUE;
CREATE CONSTRAINT ats_code IF NOT EXISTS FOR (a:ATS) REQUIRE a.code IS UNIQUE;
CREATE CONSTRAINT asst_code IF NOT EXISTS FOR (a:ASST) REQUIRE a.code IS UNIQUE;
CREATE CONSTRAINT provincia_code IF NOT EXISTS FOR (p:Provincia) REQUIRE p.code IS UNIQUE;
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind);
CREATE INDEX comune_name IF NOT EXISTS FOR (c:Comune) ON (c.name);
