-- Registered RSS/Atom feeds, polled politely: conditional GET with the validators of the last answer.
CREATE TABLE feed (
    id             varchar(40)  PRIMARY KEY,
    url            text         NOT NULL UNIQUE,
    etag           text,
    last_modified  text,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    next_poll_at   timestamptz  NOT NULL DEFAULT now(),
    last_polled_at timestamptz,
    last_status    varchar(24),
    last_error     text,
    last_job_id    varchar(40)
);

CREATE INDEX feed_next_poll_idx ON feed (next_poll_at);
