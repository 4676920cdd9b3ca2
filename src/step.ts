import type { CdnPort } from "./cdn/cloudfront.ts";
import { CutoverError } from "./core/errors.ts";
import { ConfigurationError } from "./core/inputs.ts";
import * as core from "./core/runner.ts";
import { setCommonOutputs } from "./github/report.ts";
import { finishSummary } from "./github/summary.ts";
import type { MetricsPort } from "./metrics/cloudwatch.ts";
import type { RouterConfig } from "./routers/alb/config.ts";
import type { LoadBalancerPort } from "./routers/alb/elbv2.ts";
import { readSnapshot } from "./routing/snapshot.ts";

/** The AWS services a step may talk to, each behind its port. Created only after inputs are valid. */
export interface AwsPorts {
  lb: LoadBalancerPort;
  /** For writes that must land inside a cancel's grace: its own short retry budget. Falls back to lb. */
  urgent?: LoadBalancerPort;
  /** CloudWatch, loaded only by the steps that use it. */
  metrics(): Promise<MetricsPort>;
  /** CloudFront, likewise. */
  cdn(): Promise<CdnPort>;
}

export interface Step<Inputs extends { router: RouterConfig }> {
  name: string;
  /** Reads and validates every input. Throws ConfigurationError; never touches AWS. */
  readInputs(): Inputs;
  run(inputs: Inputs, aws: AwsPorts): Promise<void>;
}

/**
 * Stands in for a port until its first call, which loads it: the SDK client behind it is loaded
 * only when a step first talks to AWS, never while inputs are read.
 */
function loadedOnFirstCall<Port extends object>(load: () => Promise<Port>): Port {
  let port: Promise<Port> | undefined;
  return new Proxy({} as Port, {
    // Not a promise itself: `then` stays undefined, so that awaiting the port is harmless.
    get: (_, method) =>
      method === "then"
        ? undefined
        : async (...args: unknown[]) => {
            port ??= load();
            const loaded = (await port) as Record<string | symbol, (...a: unknown[]) => unknown>;
            return loaded[method]?.(...args);
          },
  });
}

export function createAwsPorts(router: RouterConfig): AwsPorts {
  const options = { region: router.region, maxAttempts: router.maxAttempts };
  let metrics: Promise<MetricsPort> | undefined;
  let cdn: Promise<CdnPort> | undefined;
  return {
    lb: loadedOnFirstCall(() => import("./routers/alb/elbv2.ts").then((m) => m.createLoadBalancerPort(options))),
    urgent: loadedOnFirstCall(() => import("./routers/alb/elbv2.ts").then((m) => m.createUrgentLoadBalancerPort(options))),
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

/** The one outer catch: a user's mistake or a foreseen failure is one clear line; anything else is a bug. */
export async function runStep<Inputs extends { router: RouterConfig }>(
  step: Step<Inputs>,
  ports: (router: RouterConfig) => AwsPorts = createAwsPorts,
): Promise<void> {
  let started: { router: RouterConfig; aws: AwsPorts } | undefined;
  try {
    const inputs = step.readInputs();
    started = { router: inputs.router, aws: ports(inputs.router) };
    await step.run(inputs, started.aws);
    await finishSummary(step.name);
  } catch (error) {
    const reported = error instanceof CutoverError && error.outputsSet;
    if (started && !reported) await outputsAfterFailure(started.aws, started.router);
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
async function outputsAfterFailure(aws: AwsPorts, router: RouterConfig): Promise<void> {
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), OUTPUTS_READ_MS).unref());
  const snapshot = await Promise.race([readSnapshot(aws.urgent ?? aws.lb, router).catch(() => undefined), timeout]);
  if (snapshot) setCommonOutputs(snapshot);
}
