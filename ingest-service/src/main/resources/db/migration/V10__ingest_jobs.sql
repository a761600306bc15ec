-- Bulk ingestion jobs: the counts of an upload, kept in the same transaction as each batch of
-- articles it stored, and the job each article came with (analyzed/indexed/failed counts are read
-- from the articles' statuses).
CREATE TABLE ingest_job (
    id          varchar(40)  PRIMARY KEY,
    kind        varchar(16)  NOT NULL,
    status      varchar(16)  NOT NULL,
    received    bigint       NOT NULL DEFAULT 0,
    accepted    bigint       NOT NULL DEFAULT 0,
    rejected    bigint       NOT NULL DEFAULT 0,
    duplicates  bigint       NOT NULL DEFAULT 0,
    errors      text         NOT NULL DEFAULT '[]',
    reason      text,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    finished_at timestamptz
);

ALTER TABLE article ADD COLUMN job_id varchar(40);
CREATE INDEX article_job_idx ON article (job_id) WHERE job_id IS NOT NULL;
