import { COLORS, type Color, otherColor } from "../core/color.ts";
import { leadingColor } from "../github/report.ts";
import type { Ports } from "../ports.ts";
import type { RouterConfig } from "../routers/port.ts";
import { readSnapshot } from "../routing/snapshot.ts";
import { guardRollbackSchema, SCHEMA_TAG } from "./schema.ts";

/**
 * rollback's schema guard: refuses a target released before an applied contract migration (unless
 * force), warns across an expand. Returns what force overrode, for the summary. A ledger without
 * schema marks (no migrate step ever ran) costs one read.
 */
export async function rollbackSchemaGuard(
  ports: Ports,
  router: RouterConfig,
  to: Color | "standby",
  force: boolean,
): Promise<string | undefined> {
  const tags = await ports.router.ledger.read();
  if (!COLORS.some((c) => Object.values(SCHEMA_TAG).some((key) => tags[c][key]))) return undefined;
  const target = to === "standby" ? otherColor(leadingColor((await readSnapshot(ports.router, router)).state)) : to;
  return guardRollbackSchema(tags, target, force);
}
