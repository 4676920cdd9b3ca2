import { COLORS } from "../core/color.ts";
import { readDuration, readMetricPeriod } from "../core/durations.ts";
import { inputError, readBoolean, readChoice, readInteger, readOptionalChoice } from "../core/inputs.ts";
import * as core from "../core/runner.ts";
import { flip } from "../flip/flip.ts";
import { describeGates, readGateConfig } from "../flip/gates.ts";
import { reportFailedFlip, reportFlip, setFlipOutputs } from "../flip/report.ts";
import { DEFAULT_GATE_WINDOW_MS, type FlipRequest } from "../flip/request.ts";
import { readStrategy, type Strategy } from "../flip/strategy.ts";
import { type DeploymentConfig, readDeploymentConfig, startDeployment } from "../github/deployments.ts";
import { requireTwoScrapes } from "../metrics/prometheus-config.ts";
import { readVersionCheck } from "../probe/version.ts";
import { versionOf } from "../routers/ledger-keys.ts";
import type { RouterConfig } from "../routers/port.ts";
import { readRouterConfig } from "../routers/registry.ts";
import { wordsOf } from "../routers/words.ts";
import type { Handoff, Step } from "../step.ts";

interface SwitchInputs {
  router: RouterConfig;
  request: FlipRequest;
  strategy: Strategy;
  deployments?: DeploymentConfig;
}

/** Moves production traffic to the standby (or a named color), at once or in gated steps. */
export const step: Step<SwitchInputs> = {
  name: "switch",
  readInputs: () => {
    const router = readRouterConfig();
    const strategy = readStrategy(router);
    const requireHealthy = readBoolean("require-healthy", true);
    const minHealthy = readInteger("min-healthy-targets", 1, { min: 0, max: 1000 });
    const gates = readGateConfig(requireHealthy, minHealthy);
    requireTwoScrapes(gates.prometheus?.config, strategy.stepIntervalMs ?? DEFAULT_GATE_WINDOW_MS, "step-interval", "1m");
    const request: FlipRequest = {
      verb: "switch",
      to: readChoice("to", ["standby", ...COLORS], "standby"),
      expectedActive: readOptionalChoice("expected-active-color", COLORS),
      requireHealthy,
      minHealthy,
      dryRun: readBoolean("dry-run", false),
      steps: strategy.steps,
      stepIntervalMs: strategy.stepIntervalMs,
      gates,
      releaseSticky: readReleaseSticky(router),
      verify: readVersionCheck(router.verifyTimeoutMs),
      drain: readDrain(router, gates.cloudwatch),
    };
    return { router, request, strategy, deployments: readDeploymentConfig({ withId: false }) };
  },

  async run({ router, request, strategy, deployments }, ports) {
    const handoff: Handoff = {};
    if (strategy.name !== "all-at-once") {
      core.info(
        `Strategy ${strategy.name}: ${strategy.steps.join("% → ")}%, each step watched for ${request.stepIntervalMs} ms.`,
      );
    }
    if (request.gates) core.info(`Gates: ${describeGates(request.gates)}.`);
    const outcome = await flip(ports, router, request).catch(reportFailedFlip);
    setFlipOutputs(outcome.previous, outcome.moved, outcome.movedAt);
    if (outcome.moved) {
      const id = await startDeployment(
        deployments,
        versionOf(outcome.after.tags[outcome.target]) || "unversioned",
        outcome.target,
      );
      core.setOutput("deployment-id", id ? String(id) : "");
      handoff.deploymentId = id;
    }
    const title = outcome.moved
      ? `cutover: switched to ${outcome.target}`
      : request.dryRun
        ? `cutover: switch to ${outcome.target} (dry-run)`
        : outcome.changes.length
          ? `cutover: already on ${outcome.target}; test routes moved to ${outcome.previous}`
          : `cutover: already on ${outcome.target}`;
    const sticky = request.releaseSticky
      ? "sticky-sessions: release: sticky forwards now name only the new color, so old stickiness cookies no longer pin clients to the old one."
      : "";
    const lead = outcome.moved
      ? {
          word: "switched" as const,
          next: `soak-monitor watches ${outcome.target} next (the blue-green workflow's soak job); to go back, run the rollback workflow with a reason.`,
          deploymentId: handoff.deploymentId,
        }
      : request.dryRun
        ? { word: "dry run" as const, next: "run switch without dry-run to move the traffic." }
        : { word: "nothing to do" as const, next: "nothing to do." };
    await reportFlip(
      outcome,
      title,
      [`Strategy: ${strategy.name} (${strategy.steps.join("%, ")}%)`, sticky].filter(Boolean),
      [],
      lead,
    );
    return handoff;
  },
};

/**
 * release leaves the old color out of the sticky production routes. Only a test route then still
 * names it; without one a router that checks only the pools a route names (ALB: Target.NotInUse)
 * stops health-checking it and no rollback could pass its health gate, so that is refused before
 * anything is read.
 */
function readReleaseSticky(router: RouterConfig): boolean {
  const release = readChoice("sticky-sessions", ["keep", "release"], "keep") === "release";
  if (release && !router.routes.some((r) => r.role === "test")) {
    const words = wordsOf(router);
    throw inputError(
      "sticky-sessions",
      `is release, but no ${words.testRoute} (${router.testRouteInputs.join(" or ")}) is given: the old color would be left in no route, so ${words.unchecked ?? "the router would stop health-checking it"}, and a rollback could not pass its health gate. Give a ${words.testRoute}, or keep`,
      "keep",
    );
  }
  return release;
}

function readDrain(router: RouterConfig, cloudwatch: boolean): FlipRequest["drain"] {
  const timeoutMs = readDuration("drain-timeout", "0s", 3_600_000);
  const periodSeconds = readMetricPeriod();
  if (timeoutMs === 0) return undefined;
  if (!cloudwatch) throw inputError("drain-timeout", "needs CloudWatch, but cloudwatch is false", "0s");
  if (!router.capabilities.cloudWatch)
    throw inputError("drain-timeout", `needs CloudWatch metrics, which the ${router.kind} router does not publish`, "0s");
  return { periodSeconds, timeoutMs };
}
