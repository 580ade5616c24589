-- Plans with their feature flags, quotas, rate limits and unit prices; the plan a tenant is on;
-- metered usage per tenant, period and metric; billing events received from the payment provider.
-- Runs unchanged on H2 2.2 and PostgreSQL 15; depends on V1 only (tenant), so it applies whether or
-- not other later-numbered siblings exist. The tenant table itself is not altered.

CREATE TABLE plan (
    code                         VARCHAR(40)    NOT NULL PRIMARY KEY,
    name                         VARCHAR(100)   NOT NULL,
    valuations_per_month         BIGINT         NOT NULL,
    monte_carlo_paths_per_month  BIGINT         NOT NULL,
    seats                        INTEGER        NOT NULL,
    requests_per_minute          INTEGER        NOT NULL,
    burst                        INTEGER        NOT NULL,
    audit_retention_days         INTEGER        NOT NULL,
    currency                     VARCHAR(3)     NOT NULL,
    monthly_fee                  NUMERIC(19, 4) NOT NULL,
    price_per_valuation          NUMERIC(19, 4) NOT NULL,
    price_per_thousand_paths     NUMERIC(19, 4) NOT NULL,
    price_per_seat               NUMERIC(19, 4) NOT NULL,
    sort_order                   INTEGER        NOT NULL,
    CONSTRAINT ck_plan_limits CHECK (valuations_per_month >= 0 AND monte_carlo_paths_per_month >= 0
        AND seats >= 1 AND requests_per_minute >= 1 AND burst >= 1 AND audit_retention_days >= 1)
);

CREATE TABLE plan_feature (
    plan_code  VARCHAR(40) NOT NULL REFERENCES plan (code),
    feature    VARCHAR(40) NOT NULL,
    PRIMARY KEY (plan_code, feature)
);

-- A tenant without a row here is on ENTERPRISE (the default tenant keeps every feature).
CREATE TABLE tenant_plan (
    tenant_id    UUID         NOT NULL PRIMARY KEY REFERENCES tenant (id),
    plan_code    VARCHAR(40)  NOT NULL REFERENCES plan (code),
    assigned_by  VARCHAR(100) NOT NULL,
    assigned_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per tenant, period (calendar month, UTC, 'YYYY-MM') and metric; consumed with a conditional
-- UPDATE so that two concurrent calls can never both take the last unit.
CREATE TABLE usage_counter (
    tenant_id  UUID        NOT NULL REFERENCES tenant (id),
    period     VARCHAR(7)  NOT NULL,
    metric     VARCHAR(40) NOT NULL,
    used       BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, period, metric),
    CONSTRAINT ck_usage_counter_used CHECK (used >= 0)
);

-- Idempotent by the provider's event id: the UNIQUE constraint, not a prior look-up, refuses a repeat.
CREATE TABLE billing_event (
    id           UUID           NOT NULL PRIMARY KEY,
    event_id     VARCHAR(200)   NOT NULL,
    event_type   VARCHAR(100)   NOT NULL,
    tenant_id    UUID,
    amount       NUMERIC(19, 4) NOT NULL,
    currency     VARCHAR(3)     NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    payload      VARCHAR(100000) NOT NULL,
    CONSTRAINT uq_billing_event_event_id UNIQUE (event_id)
);
CREATE INDEX ix_billing_event_tenant_occurred ON billing_event (tenant_id, occurred_at);

INSERT INTO plan (code, name, valuations_per_month, monte_carlo_paths_per_month, seats, requests_per_minute,
    burst, audit_retention_days, currency, monthly_fee, price_per_valuation, price_per_thousand_paths,
    price_per_seat, sort_order) VALUES
    ('TRIAL', 'Trial', 3, 0, 2, 1, 10, 30, 'USD', 0, 0, 0, 0, 1),
    ('STARTER', 'Starter', 500, 5000000, 5, 120, 30, 90, 'USD', 99.0000, 0.2000, 0.0100, 25.0000, 2),
    ('PROFESSIONAL', 'Professional', 10000, 200000000, 50, 1200, 200, 365, 'USD', 999.0000, 0.1000, 0.0050, 20.0000, 3),
    ('ENTERPRISE', 'Enterprise', 10000000, 1000000000000, 100000, 60000, 5000, 2555, 'USD', 4999.0000, 0.0500, 0.0020, 15.0000, 4);

INSERT INTO plan_feature (plan_code, feature) VALUES
    ('TRIAL', 'DCF'), ('TRIAL', 'OPTIONS'), ('TRIAL', 'CASH_FLOWS'),
    ('STARTER', 'DCF'), ('STARTER', 'LBO'), ('STARTER', 'MNA'), ('STARTER', 'OPTIONS'), ('STARTER', 'CASH_FLOWS'),
    ('STARTER', 'MONTE_CARLO'), ('STARTER', 'SCENARIOS'),
    ('PROFESSIONAL', 'DCF'), ('PROFESSIONAL', 'LBO'), ('PROFESSIONAL', 'MNA'), ('PROFESSIONAL', 'OPTIONS'),
    ('PROFESSIONAL', 'REAL_OPTIONS'), ('PROFESSIONAL', 'MONTE_CARLO'), ('PROFESSIONAL', 'CASH_FLOWS'),
    ('PROFESSIONAL', 'FORECAST'), ('PROFESSIONAL', 'CREDIT'), ('PROFESSIONAL', 'SCENARIOS'),
    ('PROFESSIONAL', 'WORKBOOK'),
    ('ENTERPRISE', 'DCF'), ('ENTERPRISE', 'LBO'), ('ENTERPRISE', 'MNA'), ('ENTERPRISE', 'OPTIONS'),
    ('ENTERPRISE', 'REAL_OPTIONS'), ('ENTERPRISE', 'MONTE_CARLO'), ('ENTERPRISE', 'CASH_FLOWS'),
    ('ENTERPRISE', 'FORECAST'), ('ENTERPRISE', 'CREDIT'), ('ENTERPRISE', 'SCENARIOS'),
    ('ENTERPRISE', 'WORKBOOK'), ('ENTERPRISE', 'PORTFOLIO'), ('ENTERPRISE', 'RISK');
