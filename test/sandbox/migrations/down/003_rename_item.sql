-- The down migration of 003: the column gets its old name back.
SET lock_timeout = '5s';
SET statement_timeout = '30s';
BEGIN;
ALTER TABLE items RENAME COLUMN name TO item;
COMMIT;
