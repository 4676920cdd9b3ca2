import * as core from "@actions/core";
import type { LoadBalancerPort, Tags } from "./aws/elbv2.ts";
import { COLORS, type Color, otherColor, type PerColor } from "./color.ts";
import { CutoverError, describeError } from "./errors.ts";
import { describeTargets, type HealthVerdict, judgeHealth } from "./health.ts";
import { colorTable, logSnapshot, routeTable, type Snapshot, setCommonOutputs, writeSummary } from "./report.ts";
import type { RouterConfig } from "./router/config.ts";
import { describeRoutes, productionRoutes, type RouteChange, Router, type RouterState } from "./router/router.ts";
import { allOn, formatWeights, routeName } from "./router/routes.ts";
import { runTag, TAG, tagValue } from "./tags.ts";
import { isoSeconds } from "./time.ts";

export interface FlipRequest {
  verb: "switch" | "rollback";
  /** A color, or the other color than the active one (`standby`, or `previous` for rollback). */
  to: Color | "standby";
  expectedActive?: Color;
  requireHealthy: boolean;
  minHealthy: number;
  dryRun: boolean;
  reason?: string;
}

export interface FlipOutcome {
  before: Snapshot;
  after: Snapshot;
  target: Color;
  previous: Color;
  changes: RouteChange[];
  /** Traffic moved in this run (false when already there, or on dry-run). */
  moved: boolean;
  movedAt?: string;
  health?: HealthVerdict;
  ms: { read: number; write: number; total: number };
}

export async function readColorTags(lb: LoadBalancerPort, config: RouterConfig): Promise<PerColor<Tags>> {
  const tags = await lb.describeTags(COLORS.map((c) => config.targetGroups[c]));
  return { blue: tags.get(config.targetGroups.blue) ?? {}, green: tags.get(config.targetGroups.green) ?? {} };
}

/**
 * Moves all production traffic to one color, and the test routes to the other: the switch and the
 * rollback are this one operation with different guards.
 */
export async function flip(lb: LoadBalancerPort, config: RouterConfig, request: FlipRequest): Promise<FlipOutcome> {
  const started = Date.now();
  const router = new Router(lb, config);
  const [state, tags] = await Promise.all([router.read(), readColorTags(lb, config)]);
  const before: Snapshot = { config, state, tags };
  const target = chooseTarget(state, tags, request);
  const previous = otherColor(target);
  checkExpectedActive(state, request.expectedActive);

  const changes = router.plan(state, allOn(target), allOn(previous));
  const movesTraffic = changes.some((c) => c.ref.role === "production");
  const readMs = Date.now() - started;
  const outcome = {
    before,
    after: before,
    target,
    previous,
    changes,
    moved: false,
    ms: { read: readMs, write: 0, total: readMs },
  };
  if (changes.length === 0) {
    core.info(
      `Already switched: every production route sends all traffic to ${target}, and the test routes point at ${previous}. Nothing to write.`,
    );
    return outcome;
  }

  const health = movesTraffic ? await healthGate(lb, config, target, request) : undefined;
  logPlan(request, target, changes);
  if (request.dryRun) {
    core.info("dry-run: true, so nothing was written.");
    return { ...outcome, health };
  }

  const writeStarted = Date.now();
  await router.apply(changes);
  const movedAt = isoSeconds(new Date());
  const writeMs = Date.now() - writeStarted;
  const newState = routerAfter(state, changes, target);
  const newTags = movesTraffic ? await retag(lb, config, tags, target, request) : tags;
  return {
    ...outcome,
    after: { config, state: newState, tags: newTags },
    moved: movesTraffic,
    movedAt: movesTraffic ? movedAt : undefined,
    health,
    ms: { read: readMs, write: writeMs, total: Date.now() - started },
  };
}

function chooseTarget(state: RouterState, tags: PerColor<Tags>, request: FlipRequest): Color {
  if (request.to !== "standby") {
    if (!state.active) {
      core.warning(
        `The production routes are not on one color (${describeRoutes(productionRoutes(state))}); all of them will be moved to ${request.to}.`,
      );
    }
    return request.to;
  }
  if (state.active) return otherColor(state.active);
  if (request.verb === "rollback") {
    // A gradual switch stamps live-since only once it completes, so the color with the newest
    // live-since is the one that was serving before the shift began.
    const [newest, older] = [...COLORS].sort((a, b) =>
      (tags[b][TAG.liveSince] ?? "").localeCompare(tags[a][TAG.liveSince] ?? ""),
    );
    if (newest && older && tags[newest][TAG.liveSince] && tags[newest][TAG.liveSince] !== tags[older][TAG.liveSince]) {
      core.info(`The router is split; ${newest} has the newest cutover:live-since, so it is the color to go back to.`);
      return newest;
    }
  }
  const why = state.production ? "the router is shifting between both colors" : "the production routes disagree";
  throw new CutoverError(
    `Cannot tell the standby: ${why} (${describeRoutes(productionRoutes(state))}). Name the color to move all traffic to with the input to: blue or to: green.`,
  );
}

function checkExpectedActive(state: RouterState, expected: Color | undefined): void {
  if (!expected || state.active === expected) return;
  const actual = state.active ? `${state.active} is active` : `the router is split (${describeRoutes(productionRoutes(state))})`;
  throw new CutoverError(
    `expected-active-color is ${expected}, but ${actual}. Another run probably changed the router; nothing was written. Check the status step and re-run when it is settled.`,
  );
}

async function healthGate(
  lb: LoadBalancerPort,
  config: RouterConfig,
  target: Color,
  request: FlipRequest,
): Promise<HealthVerdict> {
  const verdict = judgeHealth(target, await lb.describeTargetHealth(config.targetGroups[target]), request.minHealthy);
  core.info(`Health of ${target}: ${describeTargets(verdict.targets)}`);
  if (verdict.ok) return verdict;
  const override = request.verb === "rollback" ? "force: true" : "require-healthy: false";
  if (!request.requireHealthy) {
    core.warning(`Health gate skipped (${override}): ${verdict.problem} Traffic moves to ${target} anyway.`);
    return verdict;
  }
  throw new CutoverError(
    `Health gate: ${verdict.problem} Targets: ${describeTargets(verdict.targets)}. Nothing was written; fix the targets, or set ${override} to move traffic regardless.`,
  );
}

/** The plan line; on dry-run also each route, since no write log will show them. */
function logPlan(request: FlipRequest, target: Color, changes: RouteChange[]): void {
  const because = request.reason ? `, because: ${request.reason}` : "";
  core.info(`${request.dryRun ? "Plan (dry-run)" : "Plan"}: ${request.verb} all production traffic to ${target}${because}.`);
  if (!request.dryRun) return;
  for (const change of changes) {
    core.info(`  would write ${routeName(change.ref)}: ${formatWeights(change.before.weights)} → ${formatWeights(change.after)}`);
  }
}

function routerAfter(state: RouterState, changes: RouteChange[], target: Color): RouterState {
  const routes = state.routes.map((route) => {
    const change = changes.find((c) => c.ref.arn === route.ref.arn);
    return change ? { ...route, weights: change.after } : route;
  });
  return { routes, production: allOn(target), active: target };
}

/**
 * Stamps the colors once traffic has moved. Traffic is already where it should be, so a tag that
 * fails to write is a warning: teardown skips a color it cannot date rather than guess.
 */
async function retag(
  lb: LoadBalancerPort,
  config: RouterConfig,
  tags: PerColor<Tags>,
  target: Color,
  request: FlipRequest,
): Promise<PerColor<Tags>> {
  const now = isoSeconds(new Date());
  const run = runTag();
  const previous = otherColor(target);
  const reason: Tags = request.reason ? { [TAG.rollbackReason]: tagValue(request.reason) } : {};
  const edits: { color: Color; add: Tags; remove: string[] }[] = [
    {
      color: target,
      add: { [TAG.liveSince]: now, [TAG.run]: run },
      remove: [TAG.retiredAt, TAG.tornDownAt].filter((k) => k in tags[target]),
    },
    { color: previous, add: { [TAG.retiredAt]: now, [TAG.run]: run, ...reason }, remove: [] },
  ];
  const result: PerColor<Tags> = { blue: { ...tags.blue }, green: { ...tags.green } };
  await Promise.all(
    edits.map(async ({ color, add, remove }) => {
      const arn = config.targetGroups[color];
      try {
        await lb.addTags(arn, add);
        if (remove.length) await lb.removeTags(arn, remove);
      } catch (error) {
        core.warning(`Traffic moved, but tagging ${color} failed: ${describeError(error)}`);
        return;
      }
      for (const [key, value] of Object.entries(add))
        core.info(`Tag ${color} ${key}: ${result[color][key] ?? "(none)"} → ${value}`);
      for (const key of remove) core.info(`Tag ${color} ${key}: ${result[color][key]} → (removed)`);
      for (const key of remove) delete result[color][key];
      Object.assign(result[color], add);
    }),
  );
  return result;
}

/** The log lines, outputs and summary that switch and rollback share. */
export async function reportFlip(outcome: FlipOutcome, title: string, notes: string[] = []): Promise<void> {
  const { after, target, previous, changes } = outcome;
  logSnapshot(after);
  setCommonOutputs(after);
  core.setOutput("previous-color", previous);
  core.setOutput("switched", String(outcome.moved));
  core.setOutput("switched-at", outcome.movedAt ?? "");
  const rows = changes.map((c) => ({
    route: routeName(c.ref),
    before: formatWeights(c.before.weights),
    after: outcome.moved || !changes.length ? formatWeights(c.after) : "(not written)",
  }));
  const timing = `Read ${outcome.ms.read} ms · write and read-back ${outcome.ms.write} ms · total ${outcome.ms.total} ms`;
  const health = outcome.health
    ? `Health gate on ${target}: ${outcome.health.ok ? "passed" : "skipped"}: ${describeTargets(outcome.health.targets)}`
    : "";
  await writeSummary(
    title,
    [
      ...notes,
      colorTable(after),
      rows.length ? routeTable(rows) : `No route needed a change: traffic was already on ${target}.`,
      health,
      timing,
    ].filter(Boolean),
  );
}
