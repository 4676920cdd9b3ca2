import { exitIfCancelled } from "./core/cancel.ts";
import type { RouterConfig } from "./routers/port.ts";
import { runStep, type Step } from "./step.ts";
import type { StepName } from "./step-names.ts";

type AnyStep = Step<{ router: RouterConfig }>;

/** Each step is its own chunk of the bundle, loaded only when that step runs. */
const STEPS: Record<StepName, () => Promise<{ step: AnyStep }>> = {
  status: () => import("./steps/status.ts"),
  migrate: () => import("./steps/migrate.ts"),
  "deploy-standby": () => import("./steps/deploy-standby.ts"),
  "smoke-test": () => import("./steps/smoke-test.ts"),
  "warm-caches": () => import("./steps/warm-caches.ts"),
  switch: () => import("./steps/switch.ts"),
  "purge-cdn": () => import("./steps/purge-cdn.ts"),
  "soak-monitor": () => import("./steps/soak-monitor.ts"),
  rollback: () => import("./steps/rollback.ts"),
  teardown: () => import("./steps/teardown.ts"),
  cutover: () => import("./steps/cutover.ts"),
  environment: () => import("./steps/environment.ts"),
};

export async function run(name: StepName): Promise<void> {
  const { step } = await STEPS[name]();
  await runStep(step);
  exitIfCancelled();
}
