-- Version 4: each assessment keeps the one-sentence explanation of its verdict (the independent families of
-- evidence behind it), as the scorer wrote it. Older rows read as empty until the next re-score.
ALTER TABLE assessments ADD COLUMN explanation TEXT NOT NULL DEFAULT '';
