import { type PurgeConfig, purge, readPurgeConfig } from "../cdn/purge.ts";
import { purgeSections } from "../cdn/report.ts";
import { cancellable } from "../core/cancel.ts";
import * as core from "../core/runner.ts";
import { leadingColor, setCommonOutputs } from "../github/report.ts";
import { writeSummary } from "../github/summary.ts";
import { versionOf } from "../routers/ledger-keys.ts";
import type { RouterConfig } from "../routers/port.ts";
import { readRouterConfig } from "../routers/registry.ts";
import { readStepSnapshot, type Step } from "../step.ts";

interface PurgeInputs {
  router: RouterConfig;
  purge: PurgeConfig;
}

/** Invalidates the HTML the edge still holds from the old color, and waits until it is gone. */
export const step: Step<PurgeInputs> = {
  name: "purge-cdn",
  readInputs: () => {
    const router = readRouterConfig();
    return { router, purge: readPurgeConfig(true, router.aws.partition) as PurgeConfig };
  },

  async run({ router, purge: config }, ports) {
    const snapshot = await readStepSnapshot(ports.router, router);
    const active = leadingColor(snapshot.state);
    const cdn = await ports.cdn();
    const report = await cancellable("stopping the wait for the invalidation", (signal) =>
      purge(cdn, config, `to-${active}`, versionOf(snapshot.tags[active]), signal),
    );
    setCommonOutputs(snapshot);
    core.setOutput("invalidation-ids", report.invalidations.map((i) => i.invalidationId).join(","));
    await writeSummary(
      `cutover purge-cdn: ${report.paths.length} path(s) on ${report.invalidations.length} distribution(s)`,
      snapshot,
      purgeSections(report),
    );
  },
};
