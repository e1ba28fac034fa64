// One lock node per entity kind, taken by every create through the API before it checks that the id
// is free: two creates of one id at the same moment would otherwise both find it free and the second
// would overwrite the first. The constraint makes the MERGE that takes the lock safe under concurrency.
CREATE CONSTRAINT create_lock_kind IF NOT EXISTS FOR (l:CreateLock) REQUIRE l.kind IS UNIQUE;
