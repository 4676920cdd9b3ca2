import { type PurgeConfig, readPurgeConfig } from "../cdn/purge.ts";
import { purgeSections } from "../cdn/report.ts";
import { cancellable } from "../core/cancel.ts";
import { type Color, otherColor } from "../core/color.ts";
import { formatDuration, readDuration, readMetricPeriod } from "../core/durations.ts";
import { CutoverError, describeError } from "../core/errors.ts";
import { inputError, readBoolean, readChoice, readInteger, readList, readPercent, readString, readUrl } from "../core/inputs.ts";
import * as core from "../core/runner.ts";
import { FlipError } from "../flip/request.ts";
import { purgeFailure, rollBack } from "../flip/rollback.ts";
import { type DeploymentConfig, finishDeployment, readDeploymentConfig, restoreDeployment } from "../github/deployments.ts";
import { setCommonOutputs } from "../github/report.ts";
import { writeSummary } from "../github/summary.ts";
import { readPrometheusConfig } from "../metrics/prometheus-config.ts";
import type { Ports } from "../ports.ts";
import { readRequestOptions } from "../probe/inputs.ts";
import { LEDGER, versionOf } from "../routers/ledger-keys.ts";
import type { RouterConfig } from "../routers/port.ts";
import { readRouterConfig } from "../routers/registry.ts";
import { settledColors } from "../routing/snapshot.ts";
import type { Snapshot } from "../routing/state.ts";
import { soakCharts } from "../soak/chart.ts";
import type { SoakConfig } from "../soak/config.ts";
import { type SoakOutcome, soak } from "../soak/monitor.ts";
import { readStepSnapshot, type Step } from "../step.ts";

interface SoakInputs {
  router: RouterConfig;
  soak: SoakConfig;
  onBreach: "rollback" | "fail";
  purge?: PurgeConfig;
  deployments?: DeploymentConfig;
}

/** Watches the new color under real traffic, and rolls back inline within seconds of a breach. */
export const step: Step<SoakInputs> = {
  name: "soak-monitor",
  readInputs: () => {
    const router = readRouterConfig();
    return {
      router,
      soak: readSoakConfig(),
      onBreach: readChoice("on-breach", ["rollback", "fail"], "rollback"),
      purge: readPurgeConfig(false, router.aws.partition),
      deployments: readDeploymentConfig({ withId: true }),
    };
  },

  async run({ router, soak: config, onBreach, purge, deployments }, ports) {
    const snapshot = await readStepSnapshot(ports.router, router);
    const { active, standby } = settledColors(snapshot, "soak-monitor");
    const since = Date.parse(snapshot.tags[active][LEDGER.liveSince] ?? "") || Date.now();
    const target = {
      color: active,
      dimensions: ports.router.metrics?.pool(active),
      previousDimensions: ports.router.metrics?.pool(standby),
      since,
      versions: { active: versionOf(snapshot.tags[active]), previous: versionOf(snapshot.tags[standby]) },
    };
    const outcome = await cancellable("stopping the soak; traffic stays where it is", (signal) => {
      core.info(
        `Soaking ${active} (${versionOf(snapshot.tags[active]) || "no version tag"}) for ${formatDuration(config.durationMs)}; ${standby} is the way back.`,
      );
      return soak(ports, config, target, signal);
    });
    setCommonOutputs(snapshot);
    core.setOutput("breach-reason", outcome.breach ?? "");
    const soaked: Soaked = { snapshot, outcome, config, active, standby, deployments };

    if (outcome.result === "passed" || (outcome.result === "no-traffic" && !config.requireTraffic)) {
      await passed(soaked);
      return;
    }
    if (outcome.result === "cancelled") return cancelledSoak(soaked);
    if (outcome.result === "no-traffic" || outcome.result === "no-data") return notJudged(soaked);
    const breach = `Breach after ${formatDuration(outcome.breachAt ?? 0)} of soak: ${outcome.breach}`;
    core.error(breach);
    if (onBreach === "fail") return failOnBreach(soaked, breach);
    return rollBackOnBreach(soaked, breach, ports, router, purge);
  },
};

/** What every ending of a soak reports on. */
interface Soaked {
  snapshot: Snapshot;
  outcome: SoakOutcome;
  config: SoakConfig;
  active: Color;
  standby: Color;
  deployments?: DeploymentConfig;
}

async function passed({ snapshot, outcome, config, active, deployments }: Soaked): Promise<void> {
  const honest =
    outcome.result === "no-traffic"
      ? ` It saw only ${outcome.figures.samples} samples (min-samples ${config.minSamples}); require-traffic is false.`
      : "";
  core.info(`Soak passed after ${formatDuration(outcome.ms)}: ${describe(outcome)}${honest}`);
  core.setOutput("result", "passed");
  await finishDeployment(deployments, "success", `soaked ${formatDuration(outcome.ms)}: ${describe(outcome)}`);
  await writeSummary(
    `cutover soak-monitor: ${active} passed`,
    snapshot,
    sections(outcome, config, active, `**Verdict: passed.** ${describe(outcome)}${honest}`),
    {
      word: "released",
      next: `nothing to do; teardown retires ${otherColor(active)} after its ttl (the teardown workflow); to go back before then, run the rollback workflow.`,
    },
  );
}

/** Too little traffic (unless require-traffic is false), or a source that never answered: never a pass. */
async function notJudged({ snapshot, outcome, config, active, deployments }: Soaked): Promise<never> {
  const silent = outcome.silent?.join(" and ");
  core.info(
    `Soak ended after ${formatDuration(outcome.ms)} ${silent ? `without one answer from ${silent}` : "without enough traffic to judge"}: ${describe(outcome)}`,
  );
  core.setOutput("result", "failed");
  await finishDeployment(
    deployments,
    "failure",
    silent ? `soak got no data from ${silent}` : "soak saw too little traffic to judge",
  );
  const why = silent
    ? `The soak got no answer from ${silent} in ${formatDuration(outcome.ms)} (see the warnings above), so it cannot say that ${active} is healthy: no data is not a pass. Traffic stays on ${active}; fix access to ${silent} and run soak-monitor again, or roll back.`
    : `The soak saw ${outcome.figures.samples} samples in its last window, fewer than min-samples ${config.minSamples}: too little traffic to judge ${active}. Send traffic, lower min-samples, or set require-traffic: false.`;
  await writeSummary(
    `cutover soak-monitor: ${active} not judged`,
    snapshot,
    sections(outcome, config, active, `**Verdict: not judged.** ${why}`),
  );
  throw new CutoverError(why);
}

/** The runner cancelled the job during the soak: nothing is judged, nothing moves, and the summary says so. */
async function cancelledSoak({ snapshot, outcome, config, active, deployments }: Soaked): Promise<never> {
  core.setOutput("result", "failed");
  const why = `The run was cancelled after ${formatDuration(outcome.ms)} of soak, before ${active} could be judged. Traffic stays on ${active}; run soak-monitor again, or roll back.`;
  await finishDeployment(deployments, "failure", "soak cancelled");
  await writeSummary(
    `cutover soak-monitor: ${active} not judged (cancelled)`,
    snapshot,
    sections(outcome, config, active, `**Verdict: not judged.** ${why}`),
  );
  throw new CutoverError(why);
}

/** on-breach: fail. Traffic stays where it is. */
async function failOnBreach({ snapshot, outcome, config, active, deployments }: Soaked, breach: string): Promise<never> {
  core.setOutput("result", "failed");
  await finishDeployment(deployments, "failure", breach);
  await writeSummary(
    `cutover soak-monitor: ${active} breached`,
    snapshot,
    sections(outcome, config, active, `**Verdict: failed** (on-breach: fail). ${breach}`),
  );
  throw new CutoverError(`${breach}. on-breach is fail, so traffic stays on ${active}.`);
}

/** on-breach: rollback. Traffic goes back to the standby inline, within seconds of the breach. */
async function rollBackOnBreach(
  { outcome, config, active, standby, deployments }: Soaked,
  breach: string,
  ports: Ports,
  router: RouterConfig,
  purge: PurgeConfig | undefined,
): Promise<never> {
  const started = Date.now();
  core.setOutput("result", "failed");
  const rolled = await rollBack(ports, router, {
    to: standby,
    expectedActive: active,
    reason: `soak-monitor: ${outcome.breach}`,
    force: false,
    minHealthy: 1,
    dryRun: false,
    purge,
  }).catch((error: unknown) => {
    // A rollback that was cancelled is finished first: result says where traffic is.
    if (error instanceof FlipError && error.after.state.active === standby) core.setOutput("result", "rolled-back");
    throw rollbackFailed(error, breach, sections(outcome, config, active, ""));
  });
  const ms = Date.now() - started;
  setCommonOutputs(rolled.outcome.after);
  core.setOutput("result", "rolled-back");
  await restoreDeployment(deployments, breach);
  const purged = rolled.purge ? purgeSections(rolled.purge) : [];
  const verdict = `**Verdict: rolled back** to ${standby} in ${formatDuration(ms)} after the breach. ${breach}`;
  core.info(`Soak ended: rolled back to ${standby} in ${formatDuration(ms)} after the breach.`);
  await writeSummary(`cutover soak-monitor: rolled back to ${standby}`, rolled.outcome.after, [
    ...sections(outcome, config, active, verdict),
    ...purged,
  ]);
  const purgeFailed = purgeFailure(rolled);
  // A rollback that failed any part (its purge) is a failure, though traffic is back.
  throw new CutoverError(`${breach}. ${purgeFailed?.message ?? `Rolled back to ${standby} in ${formatDuration(ms)}.`}`, {
    outcome: purgeFailed ? "failed" : "rolled back",
  });
}

/** A breach whose rollback failed: the summary keeps the soak's figures beside the rollback's failure. */
function rollbackFailed(error: unknown, breach: string, soakSections: string[]): CutoverError {
  const message = `${breach}. The rollback failed: ${describeError(error)}`;
  const details = error instanceof CutoverError ? error.details : [];
  return new CutoverError(message, { cause: error, details: [...soakSections, ...details] });
}

function describe(outcome: SoakOutcome): string {
  const f = outcome.figures;
  return `Last window: ${f.samples} samples, error rate ${(f.errorRate * 100).toFixed(2)}%, p95 ${f.p95Ms} ms.`;
}

function sections(outcome: SoakOutcome, config: SoakConfig, color: Color, verdict: string): string[] {
  const baseline = outcome.baseline
    ? `Baseline of the old color before the switch: ${(outcome.baseline.errorRate * 100).toFixed(2)}% errors over ${outcome.baseline.requests} requests.`
    : "";
  const limits = {
    maxErrorRate: config.maxErrorRate,
    maxP95Ms: config.maxP95Ms,
    breachAt: outcome.breachAt,
    breach: outcome.breach,
  };
  const cloudwatch =
    outcome.cloudwatchReported === false
      ? `CloudWatch had not reported a complete period for ${color} by the end of the soak, so its figures were not judged: CloudWatch publishes the per-color metrics once a minute, after the minute ends.`
      : "";
  return [
    verdict,
    soakCharts(outcome.series, color, limits),
    baseline,
    cloudwatch,
    ...prometheusSections(outcome, color, limits),
  ].filter(Boolean);
}

/** Prometheus's own figures over the soak, and what its silence did or would have done. */
function prometheusSections(outcome: SoakOutcome, color: Color, limits: Parameters<typeof soakCharts>[2]): string[] {
  const p = outcome.prometheus;
  if (!p) return [];
  const policy =
    p.noData === "fail"
      ? "prometheus-no-data: fail: a silence longer than prometheus-no-data-after ends the soak as not judged."
      : "prometheus-no-data: warn: a silence longer than prometheus-no-data-after is a warning, and is never counted as healthy.";
  const silence = p.silentMs ? ` Prometheus had given no data for ${formatDuration(p.silentMs)} when the soak ended.` : "";
  const chart = p.series ? soakCharts(p.series, color, limits) : "";
  return [
    `From Prometheus (the users' traffic, not only the probes): ${p.answered ? "" : "no data at all. "}${policy}${silence}`,
    chart,
  ];
}

/** The soak's sources and judgement; the defaults are explained in the README. */
function readSoakConfig(): SoakConfig {
  const probeUrl = readUrl("probe-url", "https://shop.example.com/health");
  const metricsUrl = readUrl("metrics-url", "https://shop.example.com/metrics.json");
  const alarms = readList("alarm-names");
  const cloudWatchMetrics = readBoolean("cloudwatch-metrics", false);
  const periodSeconds = readMetricPeriod();
  const increase = readString("max-error-rate-increase") ? readPercent("max-error-rate-increase", "1%") : undefined;
  const prometheus = readPrometheusConfig();
  const config: SoakConfig = {
    durationMs: readDuration("duration", "5m", 24 * 3_600_000),
    windowMs: readDuration("window", "30s", 3_600_000),
    minSamples: readInteger("min-samples", 10, { min: 1, max: 1_000_000 }),
    consecutive: readInteger("consecutive-breaches", 2, { min: 1, max: 100 }),
    maxErrorRate: readPercent("max-error-rate", "1%"),
    maxP95Ms: readDuration("max-p95-latency", "2s", 600_000),
    maxIncrease: increase,
    probe: probeUrl
      ? {
          url: probeUrl,
          everyMs: readDuration("probe-interval", "100ms", 60_000),
          options: readRequestOptions("probe-timeout", "5s"),
        }
      : undefined,
    cloudWatchMetrics,
    metricPeriodSeconds: periodSeconds,
    pollMs: readDuration("poll-interval", "10s", 600_000),
    alarms,
    metricsUrl: metricsUrl ? { url: metricsUrl, path: readString("metrics-path", "errorRate") } : undefined,
    prometheus,
    requireTraffic: readBoolean("require-traffic", true),
  };
  if (!probeUrl && !metricsUrl && !alarms.length && !cloudWatchMetrics && !prometheus) {
    throw inputError(
      "probe-url",
      "is needed, or another source: soak-monitor watches at least one of probe-url, cloudwatch-metrics, alarm-names, metrics-url, prometheus-url",
      "https://shop.example.com/health",
    );
  }
  if (config.windowMs < (config.probe?.everyMs ?? 0) * 2)
    throw inputError("window", "must hold at least two probe intervals", "30s");
  return config;
}
