-- The analysis as one document: the AnalyzedArticle nlp-service published, as jsonb, instead of a
-- column per field and entities, quotes and personal data as JSON text. Existing analyses move into
-- it (with the stored url, source and date, as the article view showed them), then the columns go.
ALTER TABLE article ADD COLUMN analysis jsonb;

UPDATE article SET analysis = jsonb_build_object(
        'id', id,
        'version', analyzed_version,
        'url', url,
        'source', source,
        'title', title,
        'byline', byline,
        'siteName', site_name,
        'body', body,
        'language', language,
        'publishedAt', to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        'entities', coalesce(entities::jsonb, '[]'::jsonb),
        'quotes', coalesce(quotes::jsonb, '[]'::jsonb),
        'personalData', coalesce(personal_data::jsonb, '[]'::jsonb),
        'fingerprint', fingerprint)
    WHERE analyzed_version IS NOT NULL;

ALTER TABLE article DROP COLUMN title, DROP COLUMN byline, DROP COLUMN site_name, DROP COLUMN body,
    DROP COLUMN language, DROP COLUMN entities, DROP COLUMN quotes, DROP COLUMN personal_data,
    DROP COLUMN fingerprint;
