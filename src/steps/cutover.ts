import { readingAs, readString } from "../core/inputs.ts";
import { inGroup } from "../core/log.ts";
import * as core from "../core/runner.ts";
import { SETTING_NAMES } from "../environment/settings.ts";
import type { DeploymentConfig } from "../github/deployments.ts";
import { startPhase } from "../github/summary.ts";
import type { Ports } from "../ports.ts";
import type { RouterConfig } from "../routers/port.ts";
import type { Handoff, Step } from "../step.ts";
import type { StepName } from "../step-names.ts";
import { step as deployStandby } from "./deploy-standby.ts";
import { step as migrate } from "./migrate.ts";
import { step as purgeCdn } from "./purge-cdn.ts";
import { step as smokeTest } from "./smoke-test.ts";
import { step as soakMonitor } from "./soak-monitor.ts";
import { step as switchStep } from "./switch.ts";
import { step as warmCaches } from "./warm-caches.ts";

type AnyStep = Step<{ router: RouterConfig }>;

export interface Phase {
  step: AnyStep;
  /** Root inputs that turn the phase on; empty means it always runs. */
  when: string[];
  /** Step input name → root input name, where the same name means different things in two phases. */
  names: Record<string, string>;
}

const names = (step: StepName) => SETTING_NAMES[step] ?? {};

/** The one-step cutover: the steps in order, each reading its own inputs, each skipped when left out. */
export const PHASES: Phase[] = [
  { step: migrate as AnyStep, when: ["migrations"], names: names("migrate") },
  { step: deployStandby as AnyStep, when: ["version"], names: {} },
  { step: smokeTest as AnyStep, when: ["checks"], names: names("smoke-test") },
  { step: warmCaches as AnyStep, when: ["warm-paths", "warm-paths-file", "sitemap"], names: names("warm-caches") },
  { step: switchStep as AnyStep, when: [], names: {} },
  { step: purgeCdn as AnyStep, when: ["distribution-id"], names: names("purge-cdn") },
  { step: soakMonitor as AnyStep, when: ["soak-duration"], names: names("soak-monitor") },
];

interface Planned {
  step: AnyStep;
  inputs: { router: RouterConfig };
}

interface CutoverInputs {
  router: RouterConfig;
  phases: Planned[];
}

function active(phase: Phase): boolean {
  return phase.when.length === 0 || phase.when.some((name) => readString(name) !== "");
}

/** migrate, deploy-standby, smoke-test, warm-caches, switch, purge-cdn and soak-monitor, in one process. */
export const step: Step<CutoverInputs> = {
  name: "cutover",
  readInputs: () => {
    // Every phase's inputs are read and checked before the first AWS call of any of them.
    const phases = PHASES.filter(active).map((phase) => ({
      step: phase.step,
      inputs: readingAs(phase.names, () => phase.step.readInputs()),
    }));
    return { router: (phases[0] as Planned).inputs.router, phases };
  },

  async run({ phases }, ports: Ports) {
    const skipped = PHASES.filter((p) => !phases.some((q) => q.step === p.step)).map((p) => p.step.name);
    core.info(
      `Phases: ${phases.map((p) => p.step.name).join(" → ")}${skipped.length ? `; skipped (their inputs are empty): ${skipped.join(", ")}` : ""}.`,
    );
    const handoff: Handoff = {};
    for (const phase of phases) {
      startPhase(phase.step.name);
      const inputs = withHandoff(phase.inputs, handoff);
      Object.assign(handoff, await inGroup(`cutover: ${phase.step.name}`, () => phase.step.run(inputs, ports)));
    }
  },
};

/** A later phase finishes the deployment an earlier one opened, unless deployment-id named one. */
function withHandoff(inputs: Planned["inputs"], handoff: Handoff): Planned["inputs"] {
  const deployments = (inputs as { deployments?: DeploymentConfig }).deployments;
  if (!deployments || deployments.deploymentId || !handoff.deploymentId) return inputs;
  return { ...inputs, deployments: { ...deployments, deploymentId: handoff.deploymentId } } as Planned["inputs"];
}
