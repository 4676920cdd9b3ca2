import { createHash } from "node:crypto";
import type { Client } from "pg";
import { formatDuration } from "../core/durations.ts";
import { CutoverError, describeError } from "../core/errors.ts";
import { pollUntil } from "../core/poll.ts";
import * as core from "../core/runner.ts";

/**
 * The migration lock: a session-level PostgreSQL advisory lock ("Advisory Locks", PostgreSQL docs
 * 13.3.5) in the database being migrated, so every release of one environment, from any runner,
 * takes the same one. The session holds it; if the runner dies, the server drops the connection
 * and the lock with it, so it never outlives the step.
 */
export interface MigrationLock {
  /** Other sessions still running statements in the database: a migration that outlived its command. */
  running(): Promise<string[]>;
  release(): Promise<void>;
}

/** Two int4 keys from the lock's name: pg_advisory_lock(int, int) never collides with a one-bigint user lock. */
export function lockKeys(name: string): [number, number] {
  const digest = createHash("sha256").update(name).digest();
  return [digest.readInt32BE(0), digest.readInt32BE(4)];
}

export async function takeLock(databaseUrl: URL, name: string, holder: string, timeoutMs: number): Promise<MigrationLock> {
  const { default: pg } = await import("pg");
  const client: Client = new pg.Client({
    connectionString: databaseUrl.href,
    application_name: holder.slice(0, 63),
    connectionTimeoutMillis: 15_000,
  });
  client.on("error", (error) => core.warning(`The migration lock's connection failed: ${describeError(error)}`));
  try {
    await client.connect();
  } catch (error) {
    throw new CutoverError(
      `Could not connect to database-url to take the migration lock: ${describeError(error)}. Nothing was migrated.`,
    );
  }
  const [k1, k2] = lockKeys(name);
  const tryLock = async () => (await client.query("SELECT pg_try_advisory_lock($1, $2) AS ok", [k1, k2])).rows[0].ok as boolean;
  const holderOf = async () =>
    (
      await client.query(
        "SELECT a.application_name AS name, a.backend_start AS since FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.classid = $1::int::oid AND l.objid = $2::int::oid AND l.objsubid = 2 AND l.granted",
        [k1, k2],
      )
    ).rows[0] as { name: string; since: Date } | undefined;
  const polled = await pollUntil(
    async () => {
      const ok = await tryLock();
      return { done: ok, value: ok ? undefined : await holderOf() };
    },
    {
      timeoutMs,
      pollMs: 250,
      progress: (other, left) =>
        `Waiting for the migration lock ${JSON.stringify(name)}, held by ${other?.name || "another session"}; ${left} left.`,
    },
  );
  if (!polled.done) {
    await client.end().catch(() => undefined);
    const other = polled.value;
    throw new CutoverError(
      `The migration lock ${JSON.stringify(name)} is still held by ${other?.name || "another session"}${other ? ` (connected since ${other.since.toISOString()})` : ""} after ${formatDuration(timeoutMs)} (lock-timeout): another release is migrating this environment. Nothing was migrated; run again once it is done.`,
    );
  }
  core.info(
    `Took the migration lock ${JSON.stringify(name)}${polled.ms > 1_000 ? ` after waiting ${formatDuration(polled.ms)}` : ""}.`,
  );
  return {
    async running() {
      const rows = await client.query(
        "SELECT pid, now() - query_start AS age, left(query, 120) AS query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active' AND backend_type = 'client backend'",
      );
      return rows.rows.map((r: { pid: number; query: string }) => `pid ${r.pid}: ${r.query.replace(/\s+/g, " ")}`);
    },
    async release() {
      await client.query("SELECT pg_advisory_unlock($1, $2)", [k1, k2]).catch(() => undefined);
      await client.end().catch(() => undefined);
    },
  };
}
