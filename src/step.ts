import type { CdnPort } from "./cdn/cloudfront.ts";
import { untilAborted, urgentDeadline, withinGrace } from "./core/cancel.ts";
import { ConfigurationError, CutoverError } from "./core/errors.ts";
import * as core from "./core/runner.ts";
import { useEnvironment } from "./environment/file.ts";
import { setCommonOutputs } from "./github/report.ts";
import { finishSummary, noteSnapshot } from "./github/summary.ts";
import type { MetricsPort } from "./metrics/cloudwatch.ts";
import type { Ports } from "./ports.ts";
import type { RouterConfig, RouterPorts } from "./routers/port.ts";
import { connectRouter } from "./routers/registry.ts";
import { readSnapshot, readSnapshotWithHealth } from "./routing/snapshot.ts";
import type { Snapshot } from "./routing/state.ts";
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
    await finishSummary(step.name, error, started && rereadAfterFailure(started.ports.router, started.router));
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
  if (!snapshot) return;
  setCommonOutputs(snapshot);
  noteSnapshot(snapshot);
}

/** The state as a failed step's summary shows it: read again, health included, within the runner's grace. */
function rereadAfterFailure(ports: RouterPorts, router: RouterConfig): () => Promise<Snapshot> {
  return () => untilAborted(readSnapshotWithHealth(ports, router), urgentDeadline());
}

/** The routes and ledgers a step starts from, handed to its summary: a failure after this read reports that state. */
export async function readStepSnapshot(ports: RouterPorts, router: RouterConfig): Promise<Snapshot> {
  const snapshot = await readSnapshot(ports, router);
  noteSnapshot(snapshot);
  return snapshot;
}
