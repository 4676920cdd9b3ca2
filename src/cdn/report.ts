import { formatDuration } from "../core/durations.ts";
import { table } from "../github/report.ts";
import type { PurgeReport } from "./purge.ts";

/** The summary sections of a purge; the rollback's summary shows the same. */
export function purgeSections(report: PurgeReport): string[] {
  const rows = report.invalidations.map((i) => [i.distributionId, i.invalidationId, i.status, formatDuration(i.ms)]);
  return [
    `Paths: ${report.paths.map((p) => `\`${p}\``).join(", ")}`,
    ...report.notes,
    table(["Distribution", "Invalidation", "Status", "Time"], rows),
    report.version ? `Edge check: ${report.version.detail}.` : "",
    report.unchecked ? `⚠️ Edge not checked: ${report.unchecked}` : "",
  ].filter(Boolean);
}
