import { existsSync, globSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { readDuration } from "../core/durations.ts";
import { inputError, quoted, readBoolean, readList, readPercent, readString, readUrl } from "../core/inputs.ts";
import * as core from "../core/runner.ts";
import { readEnvPassthrough } from "../core/shell.ts";
import { pathProblem } from "../core/urls.ts";
import type { ProbeOptions } from "../probe/http.ts";
import { readProbeOptions } from "../probe/inputs.ts";
import { type Check, readChecks } from "../smoke/checks.ts";
import { compareVersions } from "./schema.ts";

export interface GateConfig {
  activeUrl: URL;
  checks: Check[];
  probe: ProbeOptions;
  soakMs: number;
  soakPath: string;
  maxErrorRate: number;
}

export interface MigrateConfig {
  /** The migration files the patterns match, relative to the workspace, in order. */
  files: string[];
  /** Whether `migrations` named files one by one (linted as named) or by patterns (linted when changed). */
  named: boolean;
  schemaVersion: string;
  allowContract: boolean;
  lint: { config?: string; pgVersion?: string; squawk?: string };
  commands?: {
    migrate: string;
    rollback?: string;
    contract?: string;
    databaseUrl: URL;
    lockTimeoutMs: number;
    timeoutMs: number;
    envPassthrough: string[];
    gate: GateConfig;
  };
}

const VERSION = /^[A-Za-z0-9_.-]{1,128}$/;
const PG_VERSION = /^\d{1,2}(\.\d{1,2})?$/;
/** The keys of squawk's .squawk.toml (its README, "Configuration file"), top level and under [upload_to_github]. */
const SQUAWK_KEYS = new Set([
  "excluded_rules",
  "included_rules",
  "excluded_paths",
  "pg_version",
  "assume_in_transaction",
  "fail_on_violations",
]);

/** Every input of the migrate step, checked before the linter, the lock or any command runs. */
export function readMigrateConfig(workspace = process.env.GITHUB_WORKSPACE || process.cwd()): MigrateConfig {
  const patterns = readList("migrations");
  if (!patterns.length)
    throw inputError("migrations", "is required: the migration files to lint, as paths or globs", "db/migrations/*.sql");
  const files = patterns.flatMap((p) => matchPattern(p, workspace));
  const unique = [...new Set(files)].sort(compareVersions);
  const schemaVersion = readString("schema-version") || path.basename(unique.at(-1) as string).replace(/\.sql$/, "");
  if (!VERSION.test(schemaVersion))
    throw inputError(
      "schema-version",
      `must be letters, digits, _ . - (at most 128), got ${quoted(schemaVersion)}`,
      "003_add_note",
    );
  return {
    files: unique,
    named: patterns.every((p) => !/[*?[{]/.test(p)),
    schemaVersion,
    allowContract: readBoolean("allow-contract", false),
    lint: readLintConfig(workspace),
    commands: readCommands(),
  };
}

function matchPattern(pattern: string, workspace: string): string[] {
  if (path.isAbsolute(pattern) || pattern.split(/[\\/]/).includes(".."))
    throw inputError("migrations", `must be paths inside the workspace, got ${quoted(pattern)}`, "db/migrations/*.sql");
  const found = globSync(pattern, { cwd: workspace }).filter((f) => statSync(path.join(workspace, f)).isFile());
  if (!found.length)
    throw inputError("migrations", `${quoted(pattern)} matches no file in the workspace (${workspace})`, "db/migrations/*.sql");
  const other = found.find((f) => !f.endsWith(".sql"));
  if (other)
    throw inputError(
      "migrations",
      `must be SQL files (the linter reads PostgreSQL), got ${quoted(other)}`,
      "db/migrations/*.sql",
    );
  return found;
}

function readLintConfig(workspace: string): MigrateConfig["lint"] {
  const config = readString("lint-config") || undefined;
  if (config) {
    const file = path.resolve(workspace, config);
    if (!existsSync(file) || !statSync(file).isFile())
      throw inputError("lint-config", `names ${quoted(config)}, which is not a file in the workspace`, ".squawk.toml");
    const problem = squawkConfigProblem(readFileSync(file, "utf8"));
    if (problem) throw inputError("lint-config", `does not parse as squawk's .squawk.toml: ${problem}`, ".squawk.toml");
  }
  const pgVersion = readString("pg-version") || undefined;
  if (pgVersion && !PG_VERSION.test(pgVersion))
    throw inputError("pg-version", `must be a PostgreSQL version such as 15 or 15.4, got ${quoted(pgVersion)}`, "15");
  const squawk = readString("squawk") || undefined;
  if (squawk && !existsSync(squawk))
    throw inputError("squawk", `names ${quoted(squawk)}, which does not exist`, "/usr/local/bin/squawk");
  return { config: config && path.resolve(workspace, config), pgVersion, squawk };
}

/** The subset of TOML squawk's config uses: `key = value` lines (strings, booleans, numbers, arrays of strings) and one table. */
export function squawkConfigProblem(text: string): string | undefined {
  const lines = text.split("\n");
  for (const [i, raw] of lines.entries()) {
    const line = raw.replace(/#.*$/, "").trim();
    if (!line || /^\[[\w.]+\]$/.test(line)) continue;
    const match = /^([\w-]+)\s*=\s*(.+)$/.exec(line);
    if (!match) return `line ${i + 1} is not key = value: ${quoted(raw.trim())}`;
    const [, key = "", value = ""] = match;
    if (!SQUAWK_KEYS.has(key) && !/^(github_|upload_)/.test(key)) return `line ${i + 1}: unknown key ${key}`;
    if (!/^("[^"]*"|'[^']*'|true|false|[\d.]+|\[\s*(("[^"]*"|'[^']*')\s*,?\s*)*\])$/.test(value))
      return `line ${i + 1}: ${key} has a value TOML does not read: ${quoted(value)}`;
  }
  return undefined;
}

/** Every command input is read (and checked) whether or not migrate-command is given, so a mistake never waits for the day it is used. */
function readCommands(): MigrateConfig["commands"] {
  const migrate = readString("migrate-command");
  const rollback = readString("migrate-rollback-command") || undefined;
  const contract = readString("contract-command") || undefined;
  const databaseUrl = readDatabaseUrl();
  const activeUrl = readUrl("active-url", "https://shop.example.com");
  const lockTimeoutMs = readDuration("lock-timeout", "5m", 3_600_000);
  const timeoutMs = readDuration("migrate-timeout", "30m", 6 * 3_600_000);
  const envPassthrough = readEnvPassthrough();
  const gate = readGate();
  if (!migrate) {
    for (const [name, value] of [
      ["migrate-rollback-command", rollback],
      ["contract-command", contract],
    ] as const)
      if (value) throw inputError("migrate-command", `is required when ${name} is given`, "npx prisma migrate deploy");
    return undefined;
  }
  const example = "postgres://deploy@db.internal:5432/shop";
  if (!databaseUrl)
    throw inputError(
      "database-url",
      "is required with migrate-command: the migration lock is a PostgreSQL advisory lock in that database",
      example,
    );
  if (!activeUrl)
    throw inputError(
      "active-url",
      "is required with migrate-command: the N-1 gate checks the active color on the new schema",
      "https://shop.example.com",
    );
  return { migrate, rollback, contract, databaseUrl, lockTimeoutMs, timeoutMs, envPassthrough, gate: { ...gate, activeUrl } };
}

function readDatabaseUrl(): URL | undefined {
  const value = readString("database-url");
  const example = "postgres://deploy@db.internal:5432/shop";
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw inputError("database-url", "is not a URL (postgres://user@host:port/database)", example);
  }
  for (const part of [url.username, url.password, decodeURIComponent(url.password)].filter(Boolean)) core.setSecret(part);
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:")
    throw inputError("database-url", `must be a postgres:// or postgresql:// URL, got a ${url.protocol}// one`, example);
  if (!url.hostname || url.pathname.length < 2) throw inputError("database-url", "must name a host and a database", example);
  return url;
}

function readGate(): Omit<GateConfig, "activeUrl"> {
  const soakPath = readString("gate-soak-path", "/");
  const problem = pathProblem(soakPath);
  if (problem) throw inputError("gate-soak-path", `${problem}, got ${quoted(soakPath)}`, "/health");
  const soakMs = readDuration("gate-soak-duration", "30s", 3_600_000);
  if (soakMs > 0 && soakMs < 1_000) throw inputError("gate-soak-duration", "must be 0s (no soak) or at least 1s", "30s");
  const checks = readChecks();
  if (checks.some((c) => c.kind === "compare"))
    throw inputError(
      "checks",
      "cannot hold a compare check here: the N-1 gate checks the active color alone",
      "- name: orders\n  path: /orders",
    );
  return {
    checks,
    probe: readProbeOptions({ retries: 0, concurrency: 4 }),
    soakMs,
    soakPath,
    maxErrorRate: readPercent("gate-max-error-rate", "1%"),
  };
}
