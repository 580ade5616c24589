-- Tenants, users and valuation runs. Runs unchanged on H2 2.2 and PostgreSQL 15.
-- Ids are application-generated UUIDs (no IDENTITY columns).

CREATE TABLE tenant (
    id          UUID         NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uq_tenant_name UNIQUE (name)
);

CREATE TABLE app_user (
    id             UUID         NOT NULL PRIMARY KEY,
    tenant_id      UUID         NOT NULL REFERENCES tenant (id),
    username       VARCHAR(100) NOT NULL,
    password_hash  VARCHAR(300) NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username)
);
CREATE INDEX ix_app_user_tenant ON app_user (tenant_id);

CREATE TABLE app_user_role (
    user_id  UUID        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role     VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE refresh_token (
    id          UUID        NOT NULL PRIMARY KEY,
    tenant_id   UUID        NOT NULL REFERENCES tenant (id),
    user_id     UUID        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    token_hash  VARCHAR(64) NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_refresh_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_refresh_token_user ON refresh_token (user_id);

CREATE TABLE valuation_run (
    id              UUID          NOT NULL PRIMARY KEY,
    tenant_id       UUID          NOT NULL REFERENCES tenant (id),
    kind            VARCHAR(40)   NOT NULL,
    name            VARCHAR(200),
    ticker          VARCHAR(20),
    inputs_json     VARCHAR(1000000) NOT NULL,
    result_json     VARCHAR(1000000) NOT NULL,
    engine_version  VARCHAR(40)   NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_valuation_run_tenant_created ON valuation_run (tenant_id, created_at);
CREATE INDEX ix_valuation_run_tenant_kind_created ON valuation_run (tenant_id, kind, created_at);
