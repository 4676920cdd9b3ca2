import { COLORS, type Color, otherColor, type PerColor } from "../core/color.ts";
import { CutoverError } from "../core/errors.ts";
import * as core from "../core/runner.ts";
import { LEDGER, tornDownAt } from "../routers/ledger-keys.ts";
import type { Ledger, LedgerPort } from "../routers/port.ts";

/**
 * What the ledger knows of the database's schema. The schema is one per environment, so the
 * applied and contract marks are written on both colors; the released mark is each color's own.
 */
export const SCHEMA_TAG = {
  /** The schema version a color was released against: the newest migration when it was deployed. */
  released: "cutover:schema-version",
  /** The newest schema version migrated into the environment's database. */
  applied: "cutover:schema-applied",
  /** The newest contract migration applied: no color released before it can run on the schema. */
  contract: "cutover:schema-contract",
} as const;

/** Schema versions are migration names that sort in order: 001_x, V2__y, 20260101120000_z. */
export function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}

/** The schema the environment's database is on, as the ledger last heard. */
export function appliedSchema(tags: PerColor<Ledger>): string | undefined {
  return newest(COLORS.map((c) => tags[c][SCHEMA_TAG.applied]));
}

export function contractSchema(tags: PerColor<Ledger>): string | undefined {
  return newest(COLORS.map((c) => tags[c][SCHEMA_TAG.contract]));
}

function newest(values: (string | undefined)[]): string | undefined {
  return values
    .filter((v): v is string => Boolean(v))
    .sort(compareVersions)
    .at(-1);
}

/**
 * Whether a rollback to `target` crosses a schema change: refused across an applied contract (the
 * target's code cannot run on that schema), a warning across an expand (normal, and why expand exists).
 */
export function rollbackSchemaProblem(tags: PerColor<Ledger>, target: Color): { refuse?: string; warn?: string } {
  const released = tags[target][SCHEMA_TAG.released];
  const contract = contractSchema(tags);
  const applied = appliedSchema(tags);
  if (!released)
    return applied
      ? { warn: `${target} carries no ${SCHEMA_TAG.released}: cutover cannot tell whether its code runs on schema ${applied}` }
      : {};
  if (contract && compareVersions(released, contract) < 0)
    return {
      refuse: `${target} was released against schema ${released}, and the contract migration ${contract} has been applied since: ${target}'s code cannot run on the live schema`,
    };
  if (applied && compareVersions(released, applied) < 0)
    return {
      warn: `${target} was released against schema ${released}; the database has been expanded to ${applied} since, which old code tolerates`,
    };
  return {};
}

/** Refuses (or, with force, warns and says what it overrode) a rollback across a contract; returns what force overrode. */
export function guardRollbackSchema(tags: PerColor<Ledger>, target: Color, force: boolean): string | undefined {
  const { refuse, warn } = rollbackSchemaProblem(tags, target);
  if (warn) core.warning(`Schema: ${warn}.`);
  if (!refuse) return undefined;
  if (!force)
    throw new CutoverError(
      `rollback refuses: ${refuse}. Nothing was written. Roll forward, or put the schema back (its down migration) and set force: true.`,
    );
  const overrode = `force: true overrode the schema guard: ${refuse}`;
  core.warning(overrode);
  return overrode;
}

/**
 * A contract change may run only when no color released before it can take traffic again: the
 * active color runs the release that no longer needs what the contract removes, and the other
 * color is either gone (torn down) or was never deployed.
 */
export function contractProblem(tags: PerColor<Ledger>, active: Color): string | undefined {
  const idle = otherColor(active);
  if (!tags[idle][LEDGER.version]) return undefined;
  if (tornDownAt(tags[idle]) && !tags[idle][LEDGER.teardownStarted]) return undefined;
  return `${idle} (${tags[idle][LEDGER.version]}) is not torn down, so a rollback could still send traffic to code that predates the contract change`;
}

/** Writes schema marks, logged with before and after; the marks are the environment's, so on both colors where asked. */
export async function writeSchemaTags(
  ledger: LedgerPort,
  tags: PerColor<Ledger>,
  edits: { color: Color; set: Ledger; remove?: string[] }[],
): Promise<void> {
  for (const { color, set, remove = [] } of edits) {
    const gone = remove.filter((k) => k in tags[color]);
    const changed = Object.fromEntries(Object.entries(set).filter(([k, v]) => tags[color][k] !== v));
    if (!Object.keys(changed).length && !gone.length) continue;
    await ledger.write(color, changed, gone);
    for (const [key, value] of Object.entries(changed))
      core.info(`Ledger ${color} ${key}: ${tags[color][key] ?? "(none)"} → ${value}`);
    for (const key of gone) core.info(`Ledger ${color} ${key}: ${tags[color][key]} → (removed)`);
  }
}
