// Actors in name order from an index: a search whose matches tie on score ("aps" finds 9,000 actors
// with one score) walks this index for its first page instead of reading and sorting every name.
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
