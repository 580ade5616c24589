-- Every plan a tenant has been put on and from when, so that billing reconciliation prices each
-- month at the plan the tenant was on, not at today's. Runs unchanged on H2 2.2 and PostgreSQL 15.
-- The current assignments are the first entries.
CREATE TABLE tenant_plan_history (
    id              UUID          NOT NULL PRIMARY KEY,
    tenant_id       UUID          NOT NULL REFERENCES tenant (id),
    plan_code       VARCHAR(40)   NOT NULL REFERENCES plan (code),
    effective_from  TIMESTAMP WITH TIME ZONE NOT NULL,
    assigned_by     VARCHAR(100)  NOT NULL
);
CREATE INDEX ix_tenant_plan_history_tenant ON tenant_plan_history (tenant_id, effective_from);

INSERT INTO tenant_plan_history (id, tenant_id, plan_code, effective_from, assigned_by)
    SELECT tenant_id, tenant_id, plan_code, assigned_at, assigned_by FROM tenant_plan;
