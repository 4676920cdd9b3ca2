import type { CdnPort } from "./cdn/cloudfront.ts";
import { withinGrace } from "./core/cancel.ts";
import { ConfigurationError, CutoverError } from "./core/errors.ts";
import * as core from "./core/runner.ts";
import { useEnvironment } from "./environment/file.ts";
import { setCommonOutputs } from "./github/report.ts";
import { finishSummary } from "./github/summary.ts";
import type { MetricsPort } from "./metrics/cloudwatch.ts";
import type { Ports } from "./ports.ts";
import type { RouterConfig } from "./routers/port.ts";
import { connectRouter } from "./routers/registry.ts";
import { readSnapshot } from "./routing/snapshot.ts";
import type { StepName } from "./step-names.ts";

export interface Step<Inputs extends { router: RouterConfig }> {
  name: string;
  /** Reads and validates every input. Throws ConfigurationError; never touches the outside. */
  readInputs(): Inputs;
  /** What a later phase of the one-step action needs from this one, if anything. */
  run(inputs: Inputs, ports: Ports): Promise<Handoff | undefined>;
}

/** Passed from one phase of the one-step action to the next: the deployment the switch opened. */
export interface Handoff {
  deploymentId?: number;
}

export function createPorts(router: RouterConfig): Ports {
  const options = { region: router.aws.region, maxAttempts: router.aws.maxAttempts };
  let metrics: Promise<MetricsPort> | undefined;
  let cdn: Promise<CdnPort> | undefined;
  return {
    router: connectRouter(router),
    metrics: () => {
      metrics ??= import("./metrics/cloudwatch.ts").then((m) => m.createMetricsPort(options));
      return metrics;
    },
    cdn: () => {
      cdn ??= import("./cdn/cloudfront.ts").then((m) => m.createCdnPort(options));
      return cdn;
    },
  };
}

/** The step's inputs, where not given directly, from its environment in the environment file. */
export async function readStepInputs<Inputs>(step: { name: string; readInputs(): Inputs }): Promise<Inputs> {
  await useEnvironment(step.name as StepName);
  return step.readInputs();
}

/** The one outer catch: a user's mistake or a foreseen failure is one clear line; anything else is a bug. */
export async function runStep<Inputs extends { router: RouterConfig }>(
  step: Step<Inputs>,
  ports: (router: RouterConfig) => Ports = createPorts,
): Promise<void> {
  let started: { router: RouterConfig; ports: Ports } | undefined;
  try {
    const inputs = await readStepInputs(step);
    started = { router: inputs.router, ports: ports(inputs.router) };
    await step.run(inputs, started.ports);
    await finishSummary(step.name);
  } catch (error) {
    const reported = error instanceof CutoverError && error.outputsSet;
    if (started && !reported) await outputsAfterFailure(started.ports, started.router);
    await finishSummary(step.name, error);
    if (error instanceof ConfigurationError || error instanceof CutoverError) {
      core.setFailed(error.message);
    } else {
      core.setFailed(
        `${step.name}: unexpected error: ${error instanceof Error ? error.message : String(error)}. This is a bug in cutover; please report it with this log.`,
      );
      if (error instanceof Error && error.stack) core.info(error.stack);
    }
  }
}

const OUTPUTS_READ_MS = 3_000;

/** A failed step still tells the next job which colors the routes show: read again, briefly. */
async function outputsAfterFailure(ports: Ports, router: RouterConfig): Promise<void> {
  const ms = withinGrace(OUTPUTS_READ_MS);
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms).unref());
  const snapshot = await Promise.race([readSnapshot(ports.router, router, { urgent: true }).catch(() => undefined), timeout]);
  if (snapshot) setCommonOutputs(snapshot);
}
