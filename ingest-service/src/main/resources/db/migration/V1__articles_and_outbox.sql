-- Articles with their processing status, and the transactional outbox that feeds Kafka.
CREATE TABLE article (
    id                varchar(40)  PRIMARY KEY,
    version           integer      NOT NULL,
    url               text,
    source            varchar(255),
    content_hash      char(64)     NOT NULL,
    html              text,
    text              text,
    declared_language varchar(8),
    published_at      timestamptz,
    received_at       timestamptz  NOT NULL,
    status            varchar(16)  NOT NULL,
    status_changed_at timestamptz  NOT NULL,
    title             text,
    byline            text,
    site_name         text,
    body              text,
    language          varchar(8),
    entities          text,
    quotes            text,
    story_id          varchar(64),
    analyzed_version  integer,
    indexed_version   integer,
    CONSTRAINT article_one_content CHECK ((html IS NULL) <> (text IS NULL))
);

CREATE INDEX article_content_hash_idx ON article (content_hash);
CREATE INDEX article_status_idx ON article (status);

CREATE TABLE outbox_event (
    id          bigserial    PRIMARY KEY,
    topic       varchar(128) NOT NULL,
    message_key varchar(64)  NOT NULL,
    payload     text         NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now()
);
