-- v3 calls the column name: a rename, which breaks v1 and v2's queries (contract).
SET lock_timeout = '5s';
SET statement_timeout = '30s';
BEGIN;
ALTER TABLE items RENAME COLUMN item TO name;
COMMIT;
