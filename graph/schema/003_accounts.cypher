// Accounts, sessions and the access log (issue 4). Sessions hold only a SHA-256 of their token.
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (u:User) REQUIRE u.id IS UNIQUE;
CREATE CONSTRAINT user_email IF NOT EXISTS FOR (u:User) REQUIRE u.email IS UNIQUE;
CREATE CONSTRAINT session_id IF NOT EXISTS FOR (s:Session) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT session_token_hash IF NOT EXISTS FOR (s:Session) REQUIRE s.tokenHash IS UNIQUE;
CREATE INDEX session_user IF NOT EXISTS FOR (s:Session) ON (s.userId);
CREATE INDEX session_expires IF NOT EXISTS FOR (s:Session) ON (s.expiresAt);
CREATE INDEX access_log_subject IF NOT EXISTS FOR (l:AccessLog) ON (l.subjectId);
CREATE INDEX access_log_viewer IF NOT EXISTS FOR (l:AccessLog) ON (l.viewerId);
