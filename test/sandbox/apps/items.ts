// The sandbox apps' one table, through a real driver (pg) when the sandbox runs a PostgreSQL. Each
// version speaks its own schema, as a release's code does: v1 knows `item`, v2 adds `note` (an
// expand migration), v3 calls the column `name` (a rename: a contract migration).
import type { ServerResponse } from "node:http";
import type pg from "pg";

const QUERIES: Record<string, { insert: string; select: string }> = {
  v1: {
    insert: "INSERT INTO items (item) VALUES ($1)",
    select: "SELECT id, item FROM items ORDER BY id DESC LIMIT 5",
  },
  v2: {
    insert: "INSERT INTO items (item, note) VALUES ($1, 'from v2')",
    select: "SELECT id, item, note FROM items ORDER BY id DESC LIMIT 5",
  },
  v3: {
    insert: "INSERT INTO items (name) VALUES ($1)",
    select: "SELECT id, name FROM items ORDER BY id DESC LIMIT 5",
  },
};

/** GET /items writes one row and reads the newest five: a 500 when this version's SQL no longer fits the schema. */
export async function serveItems(db: pg.Pool, version: string, res: ServerResponse): Promise<void> {
  const sql = QUERIES[version] ?? (QUERIES.v1 as { insert: string; select: string });
  try {
    await db.query(sql.insert, [`order from ${version}`]);
    const { rows } = await db.query(sql.select);
    res
      .writeHead(200, { "content-type": "application/json", "cache-control": "no-store" })
      .end(JSON.stringify({ version, items: rows }));
  } catch (error) {
    res
      .writeHead(500, { "content-type": "text/plain", "cache-control": "no-store" })
      .end(`database error: ${(error as Error).message}\n`);
  }
}
