// Rate limits and lockouts (sign-in attempts) shared by every app process: one bucket per key with the
// times of its recent attempts. The constraint makes concurrent first attempts on a key meet on one
// node; buckets past their expiry are pruned.
CREATE CONSTRAINT rate_limit_key IF NOT EXISTS FOR (b:RateLimitBucket) REQUIRE b.key IS UNIQUE;
CREATE INDEX rate_limit_expiry IF NOT EXISTS FOR (b:RateLimitBucket) ON (b.expiresAt);
