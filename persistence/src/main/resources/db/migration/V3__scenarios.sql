-- Named scenarios per model (base, bull, bear, ...): the inputs of one model as JSON, editable,
-- guarded by an optimistic-lock version. Runs unchanged on H2 2.2 and PostgreSQL 15; depends on
-- V1 only (tenant), so it applies whether or not later-numbered siblings exist.

CREATE TABLE scenario (
    id           UUID          NOT NULL PRIMARY KEY,
    tenant_id    UUID          NOT NULL REFERENCES tenant (id),
    kind         VARCHAR(40)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    inputs_json  VARCHAR(1000000) NOT NULL,
    version      BIGINT        NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(100)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_scenario_tenant_kind_name UNIQUE (tenant_id, kind, name)
);
CREATE INDEX ix_scenario_tenant_name ON scenario (tenant_id, name);
