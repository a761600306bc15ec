-- Why the pipeline gave up on an article (its dead-letter reason), and a small index for counting the
-- backlog of articles not analysed yet (back-pressure counts them every second).
ALTER TABLE article ADD COLUMN failure_reason text;
CREATE INDEX article_received_idx ON article (id) WHERE status = 'RECEIVED';
