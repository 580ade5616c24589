-- Refresh-token families (a revoked token presented again revokes its whole family) and the
-- sign-in throttle shared by every node. Runs unchanged on H2 2.2 and PostgreSQL 15.

ALTER TABLE refresh_token ADD COLUMN family_id UUID;
UPDATE refresh_token SET family_id = id;
ALTER TABLE refresh_token ALTER COLUMN family_id SET NOT NULL;
CREATE INDEX ix_refresh_token_family ON refresh_token (family_id);
CREATE INDEX ix_refresh_token_tenant ON refresh_token (tenant_id);

-- One row per throttled subject: 'user:<username>' or 'addr:<client address>'. Failed sign-ins
-- inside the window are counted; reaching the limit sets locked_until.
CREATE TABLE login_throttle (
    subject       VARCHAR(200) NOT NULL PRIMARY KEY,
    failures      INTEGER      NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE,
    version       BIGINT       NOT NULL
);
