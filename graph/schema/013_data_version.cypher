// One node counts the writes to the graph (every writeTx bumps it in the same transaction): caches of
// what is computed from the graph (rankings, scorecards) are valid while it is unchanged, in every
// process. The constraint makes the MERGE that bumps it safe under concurrent writes.
CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (v:DataVersion) REQUIRE v.id IS UNIQUE;
