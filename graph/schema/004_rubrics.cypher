// Rubrics are versioned: an edit adds a version, scorecards name the version that produced them.
CREATE CONSTRAINT rubric_version IF NOT EXISTS FOR (r:Rubric) REQUIRE (r.id, r.version) IS UNIQUE;
