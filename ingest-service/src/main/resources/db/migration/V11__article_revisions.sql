-- Revisions: the same canonical URL with changed content is a new version of its article. The article
-- row holds the current version; each version it replaced is kept here (the article's history), with
-- the job that brought it, so a job whose article was revised by a later one still reaches DONE.
CREATE TABLE article_revision (
    article_id        varchar(40)  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    version           integer      NOT NULL,
    url               text,
    source            varchar(255),
    content_hash      char(64)     NOT NULL,
    html              text,
    text              text,
    declared_language varchar(8),
    published_at      timestamptz,
    received_at       timestamptz  NOT NULL,
    job_id            varchar(40),
    superseded_at     timestamptz  NOT NULL,
    PRIMARY KEY (article_id, version)
);

CREATE INDEX article_revision_job_idx ON article_revision (job_id) WHERE job_id IS NOT NULL;

-- Of a job's accepted articles, how many were new versions of articles already known.
ALTER TABLE ingest_job ADD COLUMN revisions bigint NOT NULL DEFAULT 0;
