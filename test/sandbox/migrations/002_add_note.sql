-- v2 writes a note: a nullable column, which v1's queries never see (expand).
SET lock_timeout = '5s';
SET statement_timeout = '30s';
ALTER TABLE items ADD COLUMN IF NOT EXISTS note text;
