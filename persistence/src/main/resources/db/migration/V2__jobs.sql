-- Long-running jobs (Monte Carlo and the like). Runs unchanged on H2 2.2 and PostgreSQL 15.
-- status: QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED; progress in [0, 1].

CREATE TABLE job (
    id            UUID          NOT NULL PRIMARY KEY,
    tenant_id     UUID          NOT NULL REFERENCES tenant (id),
    kind          VARCHAR(40)   NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    progress      DOUBLE PRECISION NOT NULL,
    request_json  VARCHAR(1000000) NOT NULL,
    result_json   VARCHAR(1000000),
    error         VARCHAR(2000),
    created_by    VARCHAR(100)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE,
    finished_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_job_progress CHECK (progress >= 0 AND progress <= 1)
);
CREATE INDEX ix_job_tenant_created ON job (tenant_id, created_at);
CREATE INDEX ix_job_status ON job (status);
