import { type Color, otherColor } from "../core/color.ts";
import * as core from "../core/runner.ts";
import { runCommand } from "../core/shell.ts";
import type { LedgerPort } from "../routers/port.ts";
import { appliedSchema, contractSchema, SCHEMA_TAG, writeSchemaTags } from "./schema.ts";

/**
 * teardown's contract migration: run only once `retired` (the old color) is torn down, its TTL
 * over, so that no color that predates the contract can take traffic. The ledger then records
 * the contract at the schema the remaining color was released against.
 */
export async function runContract(
  ledger: LedgerPort,
  retired: Color,
  command: { run: string; timeoutMs: number; envPassthrough?: string[] },
): Promise<string> {
  const active = otherColor(retired);
  const tags = await ledger.read();
  const version = tags[active][SCHEMA_TAG.released] ?? appliedSchema(tags);
  await runCommand(
    "contract-command",
    command.run,
    { CUTOVER_ACTIVE_COLOR: active, CUTOVER_RETIRED_COLOR: retired, CUTOVER_SCHEMA_VERSION: version ?? "" },
    command.timeoutMs,
    command.envPassthrough,
  );
  if (!version) {
    core.warning(
      `contract-command ran, but ${active} carries no ${SCHEMA_TAG.released}: the ledger cannot record which schema the contract completed.`,
    );
    return `contract-command ran after ${retired} was torn down.`;
  }
  if (contractSchema(tags) !== version)
    await writeSchemaTags(ledger, tags, [
      { color: active, set: { [SCHEMA_TAG.contract]: version } },
      { color: retired, set: { [SCHEMA_TAG.contract]: version } },
    ]);
  return `contract-command ran after ${retired} was torn down; the schema is contracted at ${version}.`;
}
