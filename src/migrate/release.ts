import { type Color, otherColor, type PerColor } from "../core/color.ts";
import { formatDuration } from "../core/durations.ts";
import { CutoverError, describeError } from "../core/errors.ts";
import * as core from "../core/runner.ts";
import { runCommand } from "../core/shell.ts";
import type { Ports } from "../ports.ts";
import { runMark } from "../routers/ledger-keys.ts";
import type { Ledger, LedgerPort } from "../routers/port.ts";
import { type GateVerdict, n1Gate } from "./gate.ts";
import type { MigrateConfig } from "./inputs.ts";
import { type MigrationLock, takeLock } from "./lock.ts";
import { appliedSchema, compareVersions, SCHEMA_TAG, writeSchemaTags } from "./schema.ts";

/** One lock per database: one database is one schema, whichever environment or run migrates it. */
export const LOCK_NAME = "cutover migrate";

export type MigrationState = "done" | "skipped" | "running" | "failed" | "rolled-back" | "not-rolled-back";

export interface Migrated {
  state: MigrationState;
  gate?: GateVerdict;
  /** From the migration's end to the N-1 gate's verdict. */
  gateMs?: number;
  detail: string;
  /** Each command's output lines, for the summary. */
  logs: { label: string; lines: string[] }[];
}

type Commands = NonNullable<MigrateConfig["commands"]>;

/**
 * Under the lock: the expand migration (and the contract, when allowed), the ledger's schema marks,
 * then the N-1 gate; a gate that fails runs the down migration and puts the marks back.
 */
export async function migrateUnderLock(
  ports: Ports,
  config: MigrateConfig,
  commands: Commands,
  active: Color,
  contract: boolean,
): Promise<Migrated> {
  const lock = await takeLock(commands.databaseUrl, LOCK_NAME, `cutover migrate ${runMark()}`, commands.lockTimeoutMs);
  const logs: Migrated["logs"] = [];
  try {
    const { ledger } = ports.router;
    const before = await ledger.read();
    const applied = appliedSchema(before);
    const env = commandEnv(commands, config, active);
    const ran = !(applied && compareVersions(applied, config.schemaVersion) >= 0);
    if (!ran && compareVersions(applied, config.schemaVersion) >= 0) {
      core.info(
        `The ledger says schema ${applied} is applied already (another run migrated while this one waited): migrate-command is not run again.`,
      );
    } else {
      await runMigration(lock, "migrate-command", commands.migrate, env, commands, logs);
      if (contract && commands.contract) await runMigration(lock, "contract-command", commands.contract, env, commands, logs);
    }
    const migratedAt = Date.now();
    await recordSchema(ledger, before, config.schemaVersion, active, contract).catch((error: unknown) => {
      throw new CutoverError(
        `The migration to ${config.schemaVersion} ran, but recording it in the ledger failed: ${describeError(error)} Nothing was deployed; the database is at ${config.schemaVersion}. Run migrate again: it records the schema without migrating twice only if your migrate-command is idempotent, as migration tools are.`,
      );
    });
    // A gate that cannot run proves nothing: it fails, and the down migration runs.
    const gate = await n1Gate(ports, commands.gate, active).catch(
      (error: unknown): GateVerdict => ({
        passed: false,
        failure: `the gate could not run: ${describeError(error)}`,
        checks: [],
        ms: 0,
      }),
    );
    const gateMs = Date.now() - migratedAt;
    core.info(`N-1 gate: ${gate.passed ? "passed" : "failed"} ${formatDuration(gateMs)} after the migration ended.`);
    if (gate.passed) return { state: ran ? "done" : "skipped", gate, gateMs, detail: "", logs };
    return { ...(await undo(ledger, before, commands, env, lock, logs)), gate, gateMs, logs };
  } finally {
    await lock.release();
  }
}

function commandEnv(commands: Commands, config: MigrateConfig, active: Color): Record<string, string> {
  return {
    CUTOVER_DATABASE_URL: commands.databaseUrl.href,
    CUTOVER_SCHEMA_VERSION: config.schemaVersion,
    CUTOVER_MIGRATIONS: config.files.join("\n"),
    CUTOVER_ACTIVE_COLOR: active,
    CUTOVER_STANDBY_COLOR: otherColor(active),
  };
}

/** A command that outlived its timeout is stopped, but its statements may still run in the database: then it is "running". */
async function runMigration(
  lock: MigrationLock,
  label: string,
  command: string,
  env: Record<string, string>,
  commands: Commands,
  logs: Migrated["logs"],
): Promise<void> {
  const lines: string[] = [];
  logs.push({ label, lines });
  try {
    await runCommand(label, command, env, commands.timeoutMs, commands.envPassthrough, lines);
  } catch (error) {
    const running = await lock.running().catch(() => []);
    if (running.length) {
      core.setOutput("migration", "running");
      throw new CutoverError(
        `${describeError(error)} The migration is still RUNNING in the database (${running.join("; ")}): it is not done, nothing was deployed, and the ledger was not changed. Wait for it (or cancel it with pg_cancel_backend), then run migrate again.`,
      );
    }
    core.setOutput("migration", "failed");
    throw new CutoverError(`${describeError(error)} Nothing was deployed and the ledger was not changed.`);
  }
}

/** The schema is one per environment, so `applied` (and `contract`) go on both colors; `released` on the standby, which the release deploys. */
async function recordSchema(ledger: LedgerPort, tags: PerColor<Ledger>, version: string, active: Color, contract: boolean) {
  const standby = otherColor(active);
  const previous = appliedSchema(tags);
  const marks = { [SCHEMA_TAG.applied]: version, ...(contract ? { [SCHEMA_TAG.contract]: version } : {}) };
  await writeSchemaTags(ledger, tags, [
    // A color released before cutover tracked the schema was released against what was applied then.
    {
      color: active,
      set: { ...marks, ...(!tags[active][SCHEMA_TAG.released] && previous ? { [SCHEMA_TAG.released]: previous } : {}) },
    },
    { color: standby, set: { ...marks, [SCHEMA_TAG.released]: version } },
  ]);
}

/** The gate failed: the down migration, then the ledger as it was before. */
async function undo(
  ledger: LedgerPort,
  before: PerColor<Ledger>,
  commands: Commands,
  env: Record<string, string>,
  lock: MigrationLock,
  logs: Migrated["logs"],
): Promise<Omit<Migrated, "logs">> {
  if (!commands.rollback)
    return { state: "not-rolled-back", detail: "No migrate-rollback-command is given: the new schema stays applied." };
  try {
    await runMigration(lock, "migrate-rollback-command", commands.rollback, env, commands, logs);
  } catch (error) {
    return { state: "not-rolled-back", detail: `migrate-rollback-command failed: ${describeError(error)}` };
  }
  const now = await ledger.read();
  const keys = Object.values(SCHEMA_TAG);
  await writeSchemaTags(
    ledger,
    now,
    (["blue", "green"] as const).map((color) => ({
      color,
      set: Object.fromEntries(keys.flatMap((k) => (before[color][k] ? [[k, before[color][k]]] : []))),
      remove: keys.filter((k) => !before[color][k]),
    })),
  );
  return { state: "rolled-back", detail: "migrate-rollback-command ran: the schema is back where it was, and so is the ledger." };
}
