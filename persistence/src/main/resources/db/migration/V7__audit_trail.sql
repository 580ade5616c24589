-- The tamper-evident audit trail. Runs unchanged on H2 2.2 and PostgreSQL 15; depends on nothing
-- else (no foreign key to tenant: the trail of a tenant outlives the tenant's other rows).
--
-- audit_chain: one row per tenant, the head of its hash chain. Appends lock it (SELECT ... FOR
-- UPDATE) so two concurrent appends cannot both link to the same predecessor. It also holds the
-- tenant's legal hold and the signed checkpoint of the prefix that retention purged.
CREATE TABLE audit_chain (
    tenant_id             UUID         NOT NULL PRIMARY KEY,
    last_seq              BIGINT       NOT NULL,
    last_hash             VARCHAR(64)  NOT NULL,
    legal_hold            BOOLEAN      NOT NULL,
    legal_hold_reason     VARCHAR(500),
    checkpoint_seq        BIGINT       NOT NULL,
    checkpoint_hash       VARCHAR(64)  NOT NULL,
    checkpoint_signature  VARCHAR(64),
    checkpoint_at         TIMESTAMP WITH TIME ZONE
);

-- One recorded mutation. hash = HMAC-SHA256(key, prev_hash || canonical content); the key is not
-- in the database. legal_hold and legal_hold_reason are not hashed: a hold is set and released later.
CREATE TABLE audit_entry (
    id                 UUID          NOT NULL PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    seq                BIGINT        NOT NULL,
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor              VARCHAR(200)  NOT NULL,
    action             VARCHAR(100)  NOT NULL,
    target             VARCHAR(200),
    request_id         VARCHAR(128),
    outcome            VARCHAR(20)   NOT NULL,
    details_json       VARCHAR(200000) NOT NULL,
    prev_hash          VARCHAR(64)   NOT NULL,
    hash               VARCHAR(64)   NOT NULL,
    legal_hold         BOOLEAN       NOT NULL,
    legal_hold_reason  VARCHAR(500),
    CONSTRAINT uq_audit_entry_tenant_seq UNIQUE (tenant_id, seq)
);
CREATE INDEX ix_audit_entry_tenant_time ON audit_entry (tenant_id, occurred_at);
