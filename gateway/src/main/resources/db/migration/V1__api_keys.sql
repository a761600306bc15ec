-- API keys: only the SHA-256 of a key is stored; the key itself is shown once, when it is created.
CREATE TABLE api_key (
    id         varchar(36)  PRIMARY KEY,
    name       varchar(100) NOT NULL,
    role       varchar(16)  NOT NULL CHECK (role IN ('READER', 'INGESTER', 'ADMIN')),
    key_hash   char(64)     NOT NULL UNIQUE,
    hint       varchar(16)  NOT NULL,
    created_at timestamptz  NOT NULL,
    revoked_at timestamptz
);
