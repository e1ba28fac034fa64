// Actor.nameFolded was written by every import and read by nothing (the search folds accents through
// the full-text index's standard-folding analyzer): its index cost each import an entry per actor
// at commit. The index goes, and the property with it.
DROP INDEX actor_name_folded IF EXISTS;
MATCH (a:Actor) WHERE NOT a.nameFolded IS NULL CALL (a) { REMOVE a.nameFolded } IN TRANSACTIONS OF 10000 ROWS;
