// The index on Actor.taxCode was read by no query (the office import matches tax codes in memory,
// src/lib/server/transfer/import-context-queries.ts, and nothing looks actors up by it): each import
// paid an entry per actor at commit (bench/import-phases.ts). The property stays: it is data.
DROP INDEX actor_tax_code IF EXISTS;
