-- What the language pipeline flags as personal data (JSON array of {kind, start, end}), and the
-- body's SimHash for near-duplicate grouping.
ALTER TABLE article ADD COLUMN personal_data text;
ALTER TABLE article ADD COLUMN fingerprint varchar(16);
