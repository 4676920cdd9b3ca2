import { COLORS, type Color } from "../color.ts";
import { flip, reportFlip } from "../cutover.ts";
import { readBoolean, readChoice, readInteger, readOptionalChoice } from "../inputs.ts";
import { type RouterConfig, readRouterConfig } from "../router/config.ts";
import type { Step } from "../step.ts";

interface SwitchInputs {
  router: RouterConfig;
  to: Color | "standby";
  expectedActive?: Color;
  requireHealthy: boolean;
  minHealthy: number;
  dryRun: boolean;
}

/** Moves all production traffic to the standby (or a named color) in one verified write. */
export const step: Step<SwitchInputs> = {
  name: "switch",
  readInputs: () => ({
    router: readRouterConfig(),
    to: readChoice("to", ["standby", ...COLORS], "standby"),
    expectedActive: readOptionalChoice("expected-active-color", COLORS),
    requireHealthy: readBoolean("require-healthy", true),
    minHealthy: readInteger("min-healthy-targets", 1, { min: 0, max: 1000 }),
    dryRun: readBoolean("dry-run", false),
  }),

  async run(inputs, { lb }) {
    const outcome = await flip(lb, inputs.router, { verb: "switch", ...inputs });
    const title = outcome.moved
      ? `cutover: switched to ${outcome.target}`
      : inputs.dryRun
        ? `cutover: switch to ${outcome.target} (dry-run)`
        : `cutover: already on ${outcome.target}`;
    await reportFlip(outcome, title);
  },
};
