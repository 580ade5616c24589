-- Market data of a tenant: uploaded price or fundamentals histories (one data set per upload) and
-- their observations, one row per date and symbol. Runs unchanged on H2 2.2 and PostgreSQL 15;
-- depends on V1 only (tenant). The built-in sample data set is generated at run time, not stored.

CREATE TABLE market_dataset (
    id           UUID          NOT NULL PRIMARY KEY,
    tenant_id    UUID          NOT NULL REFERENCES tenant (id),
    name         VARCHAR(200)  NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    symbols      VARCHAR(4000) NOT NULL,
    first_date   DATE          NOT NULL,
    last_date    DATE          NOT NULL,
    row_count    INTEGER       NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_market_dataset_tenant_created ON market_dataset (tenant_id, created_at);

CREATE TABLE market_observation (
    id           UUID          NOT NULL PRIMARY KEY,
    tenant_id    UUID          NOT NULL REFERENCES tenant (id),
    dataset_id   UUID          NOT NULL REFERENCES market_dataset (id) ON DELETE CASCADE,
    symbol       VARCHAR(40)   NOT NULL,
    obs_date     DATE          NOT NULL,
    obs_value    DOUBLE PRECISION NOT NULL,
    CONSTRAINT uq_market_observation UNIQUE (dataset_id, symbol, obs_date)
);
CREATE INDEX ix_market_observation_tenant_dataset_date ON market_observation (tenant_id, dataset_id, obs_date);
