// An evaluator's work on one project with one rubric; its audit trail is append-only.
CREATE CONSTRAINT evaluation_id IF NOT EXISTS FOR (e:Evaluation) REQUIRE e.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at);
