import * as core from "@actions/core";
import { COLORS, type Color } from "../color.ts";
import { flip } from "../cutover.ts";
import { reportFlip } from "../flip-report.ts";
import { readBoolean, readChoice, readInteger, readOptionalChoice, readRequiredString } from "../inputs.ts";
import { type RouterConfig, readRouterConfig } from "../router/config.ts";
import type { Step } from "../step.ts";

interface RollbackInputs {
  router: RouterConfig;
  to: Color | "standby";
  expectedActive?: Color;
  reason: string;
  force: boolean;
  minHealthy: number;
  dryRun: boolean;
}

/** Sends traffic back to the previous color after a health gate, and records why. */
export const step: Step<RollbackInputs> = {
  name: "rollback",
  readInputs: () => {
    const to = readChoice("to", ["previous", ...COLORS], "previous");
    return {
      router: readRouterConfig(),
      to: to === "previous" ? "standby" : to,
      expectedActive: readOptionalChoice("expected-active-color", COLORS),
      reason: readRequiredString("reason", "smoke tests failed after release v1.4.2"),
      force: readBoolean("force", false),
      minHealthy: readInteger("min-healthy-targets", 1, { min: 0, max: 1000 }),
      dryRun: readBoolean("dry-run", false),
    };
  },

  async run(inputs, aws) {
    core.info(`Rollback requested: ${inputs.reason}`);
    if (inputs.force) core.warning("force: true: the health gate on the color being restored is skipped.");
    const outcome = await flip(aws, inputs.router, { verb: "rollback", ...inputs, requireHealthy: !inputs.force, steps: [100] });
    const title = outcome.moved
      ? `cutover: rolled back to ${outcome.target}`
      : inputs.dryRun
        ? `cutover: rollback to ${outcome.target} (dry-run)`
        : `cutover: already on ${outcome.target}, no rollback needed`;
    await reportFlip(outcome, title, [`**Reason:** ${inputs.reason}`]);
  },
};
