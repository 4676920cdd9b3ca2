import { untilAborted } from "../core/cancel.ts";
import type { Color } from "../core/color.ts";
import { formatDuration, readDuration } from "../core/durations.ts";
import { CutoverError, describeError } from "../core/errors.ts";
import { inputError, readBoolean, readList, readPercent, readUrl } from "../core/inputs.ts";
import * as core from "../core/runner.ts";
import { every, sleep } from "../core/time.ts";
import { shownUrl } from "../core/urls.ts";
import { PrometheusWatch } from "../judge/prometheus.ts";
import { checkQueries, type PrometheusConfig, readPrometheusConfig, requireVersions } from "../metrics/prometheus-config.ts";
import type { Ports } from "../ports.ts";
import { Prober } from "../probe/http.ts";
import { describeFigures, figures, type Outcome, type ProbeFigures } from "../probe/stats.ts";
import { describeMembers, judgeHealth } from "../routers/health.ts";
import { versionOf } from "../routers/ledger-keys.ts";

export interface GateConfig {
  requireHealthy: boolean;
  /** The router's word for a pool member, for the health gate's verdict. */
  member?: string;
  minHealthy: number;
  probe?: { url: URL; everyMs: number; maxErrorRate: number; maxP95Ms: number };
  alarms: string[];
  /** Whether cutover may call CloudWatch at all. */
  cloudwatch: boolean;
  /** The new color's error rate and p95 from Prometheus, judged against max-error-rate and max-p95-latency. */
  prometheus?: { config: PrometheusConfig; maxErrorRate: number; maxP95Ms: number };
}

export type GateName = "health" | "probes" | "alarms" | "prometheus" | "cancelled";

export interface GateVerdict {
  ok: boolean;
  gate?: GateName;
  detail: string;
  probes?: ProbeFigures;
}

/** Judged early only on this many probes at least, so one slow answer cannot fail a step. */
const MIN_EARLY_PROBES = 20;
const ALARM_POLL_MS = 5_000;
const PROGRESS_MS = 10_000;
const UNTIL_OPEN_MS = 50;

export function readGateConfig(requireHealthy: boolean, minHealthy: number): GateConfig {
  const url = readUrl("probe-url", "https://shop.example.com/health");
  const everyMs = readDuration("probe-interval", "250ms", 60_000);
  const maxErrorRate = readPercent("max-error-rate", "1%");
  const maxP95Ms = readDuration("max-p95-latency", "2s", 600_000);
  const alarms = readList("alarm-names");
  const cloudwatch = readBoolean("cloudwatch", true);
  if (alarms.length && !cloudwatch) {
    throw inputError(
      "alarm-names",
      "needs CloudWatch, but cloudwatch is false: remove the alarms or allow CloudWatch",
      "shop-5xx-rate",
    );
  }
  if (everyMs < 10) throw inputError("probe-interval", "must be at least 10ms", "250ms");
  const prometheus = readPrometheusConfig();
  return {
    requireHealthy,
    minHealthy,
    probe: url ? { url, everyMs, maxErrorRate, maxP95Ms } : undefined,
    alarms,
    cloudwatch,
    prometheus: prometheus ? { config: prometheus, maxErrorRate, maxP95Ms } : undefined,
  };
}

/** Gates that need a window of time to judge, as opposed to the health gate's one look. */
export function hasWindowGates(config: GateConfig): boolean {
  return config.probe !== undefined || config.alarms.length > 0 || config.prometheus !== undefined;
}

export function describeGates(config: GateConfig): string {
  const gates = [
    config.requireHealthy ? `health (≥ ${config.minHealthy} healthy)` : "",
    config.probe
      ? `probes of ${shownUrl(config.probe.url)} (error rate ≤ ${(config.probe.maxErrorRate * 100).toFixed(1)}%, p95 ≤ ${formatDuration(config.probe.maxP95Ms)})`
      : "",
    config.alarms.length ? `alarms ${config.alarms.join(", ")}` : "",
    config.prometheus
      ? `Prometheus at ${shownUrl(config.prometheus.config.endpoint.url)} (error rate ≤ ${(config.prometheus.maxErrorRate * 100).toFixed(1)}%, p95 ≤ ${formatDuration(config.prometheus.maxP95Ms)}; no data: ${config.prometheus.config.noData})`
      : "",
  ].filter(Boolean);
  return gates.length ? gates.join("; ") : "none";
}

/**
 * Watches every configured gate for `windowMs`: probes all along, alarms every few seconds, and
 * the target color's health at the end. Fails as soon as a gate can tell. With `opens`, the
 * window's time counts from when it resolves (traffic shows the step's split): what is seen
 * before can fail the gates, and only what is seen after can pass them.
 */
export async function watchGates(
  ports: Ports,
  config: GateConfig,
  target: Color,
  windowMs: number,
  signal: AbortSignal,
  opens?: Promise<unknown>,
): Promise<GateVerdict> {
  let deadline = opens ? Number.POSITIVE_INFINITY : Date.now() + windowMs;
  const prober = config.probe
    ? new Prober({ timeoutMs: Math.min(5_000, Math.max(1_000, config.probe.maxP95Ms * 2)) })
    : undefined;
  const outcomes: Outcome[] = [];
  let from = 0;
  const open = () => {
    deadline = Date.now() + windowMs;
    from = outcomes.length;
  };
  opens?.then(open, open);
  const prometheus = config.prometheus ? await openPrometheusGate(ports, config.prometheus, target, signal) : undefined;
  let nextAlarmCheck = Date.now();
  const stopProgress = every(PROGRESS_MS, () => {
    const seen = outcomes.length ? `${describeFigures(figures(outcomes))}; ` : "";
    const left = Number.isFinite(deadline)
      ? `${formatDuration(Math.max(0, deadline - Date.now()))} left`
      : "the window has not opened";
    core.info(`Gates watching ${target}: ${seen}${left}.`);
  });
  try {
    while (Date.now() < deadline) {
      if (signal.aborted) return { ok: false, gate: "cancelled", detail: "the run was cancelled" };
      if (config.alarms.length && Date.now() >= nextAlarmCheck) {
        const alarm = await checkAlarms(ports, config.alarms, signal);
        if (alarm) return alarm;
        nextAlarmCheck = Date.now() + ALARM_POLL_MS;
      }
      const told = prometheus && judgePrometheus(prometheus, false);
      if (told) return told;
      prometheus?.tick(Date.now(), signal);
      if (prober && config.probe) {
        const tick = Date.now();
        // A probe still within its own timeout when the window ends is let finish and judged: cut
        // at the window's end, a slow but good answer counted as an error (one such probe in ten
        // failed a 1% gate on a loaded runner).
        outcomes.push(await prober.send({ url: config.probe.url }, { signal }));
        if (signal.aborted) return { ok: false, gate: "cancelled", detail: "the run was cancelled" };
        const early = judgeProbes(config, outcomes, MIN_EARLY_PROBES, false);
        if (early) return early;
        await sleep(Math.max(0, Math.min(config.probe.everyMs - (Date.now() - tick), deadline - Date.now())), signal);
      } else {
        const next = Math.min(ALARM_POLL_MS, prometheus ? prometheus.nextAt() - Date.now() : ALARM_POLL_MS);
        // Until the window opens its end is unknown: look again soon, not after a whole poll.
        const left = Number.isFinite(deadline) ? deadline - Date.now() : UNTIL_OPEN_MS;
        await sleep(Math.max(5, Math.min(next, left)), signal);
      }
    }
  } finally {
    stopProgress();
    prober?.close();
  }
  if (signal.aborted) return { ok: false, gate: "cancelled", detail: "the run was cancelled" };
  const windowed = outcomes.slice(from);
  const probes = judgeProbes(config, windowed, 1, true);
  if (probes) return probes;
  await prometheus?.settled();
  const queried = prometheus && judgePrometheus(prometheus, true);
  if (queried) return queried;
  const alarm = config.alarms.length ? await checkAlarms(ports, config.alarms, signal) : undefined;
  if (alarm) return alarm;
  if (config.requireHealthy) {
    // A read that fails here throws: the flip puts the routes back, as for any failure after a write.
    const targets = await ports.router.pool.health(target, { signal });
    const member = config.member ?? "member";
    const health = judgeHealth(target, targets, config.minHealthy, ports.router.pool.members, member);
    if (!health.ok)
      return { ok: false, gate: "health", detail: `${health.problem} Now: ${describeMembers(health.targets, member)}` };
  }
  const figuresNow = prober ? figures(windowed) : undefined;
  return { ok: true, detail: figuresNow ? describeFigures(figuresNow) : "passed", probes: figuresNow };
}

/** The Prometheus gate's watch over the target color, once its version is read from the ledger. */
async function openPrometheusGate(
  ports: Ports,
  gate: NonNullable<GateConfig["prometheus"]>,
  target: Color,
  signal: AbortSignal,
): Promise<PrometheusWatch> {
  const version = versionOf((await ports.router.ledger.read({ signal }))[target]);
  const limits = { maxErrorRate: gate.maxErrorRate, maxP95Ms: gate.maxP95Ms, minSamples: MIN_EARLY_PROBES };
  return new PrometheusWatch(gate.config, limits, { color: target, version }, Date.now());
}

/**
 * Prometheus's breach, or its silence: longer than prometheus-no-data-after during the window, or
 * the whole window at its end (`final`), fails the gate under prometheus-no-data: fail; under warn
 * it is a warning, and the gate stands on its other checks.
 */
function judgePrometheus(watch: PrometheusWatch, final: boolean): GateVerdict | undefined {
  const breach = watch.breach();
  if (breach) return { ok: false, gate: "prometheus", detail: breach };
  if (!watch.silence(Date.now()) && !(final && !watch.answered)) return undefined;
  const why = `Prometheus gave no data${watch.problem ? ` (${watch.problem})` : ""}: no data is not a pass`;
  if (watch.policy === "fail") return { ok: false, gate: "prometheus", detail: `${why} (prometheus-no-data: fail)` };
  if (final) core.warning(`${why}; prometheus-no-data is warn, so the gate stands on its other checks.`);
  return undefined;
}

/** Before the first write: the target's version for {{version}}, and the queries parsed by Prometheus. */
export async function requirePrometheus(
  gates: GateConfig | undefined,
  target: Color,
  version: string,
  signal?: AbortSignal,
): Promise<void> {
  if (!gates?.prometheus) return;
  await checkQueries(gates.prometheus.config, signal);
  requireVersions(gates.prometheus.config, target, version);
}

/** The probes gate: judged on `minimum` probes at least; latency only at the end of the window (`final`). */
export function judgeProbes(config: GateConfig, outcomes: Outcome[], minimum: number, final: boolean): GateVerdict | undefined {
  if (!config.probe) return undefined;
  const f = figures(outcomes);
  if (final && f.count === 0) return { ok: false, gate: "probes", detail: "no probe was sent in the window", probes: f };
  if (f.count < minimum) return undefined;
  if (f.errorRate > config.probe.maxErrorRate) {
    return {
      ok: false,
      gate: "probes",
      detail: `error rate ${(f.errorRate * 100).toFixed(1)}% > max-error-rate ${(config.probe.maxErrorRate * 100).toFixed(1)}%: ${describeFigures(f)}`,
      probes: f,
    };
  }
  if (final && f.p95Ms > config.probe.maxP95Ms) {
    return {
      ok: false,
      gate: "probes",
      detail: `p95 ${f.p95Ms} ms > max-p95-latency ${config.probe.maxP95Ms} ms: ${describeFigures(f)}`,
      probes: f,
    };
  }
  return undefined;
}

/**
 * Every alarm named in alarm-names must exist, metric or composite: a misspelt name would
 * otherwise never fire, and the gate would pass in silence. Checked before the first write.
 */
export async function requireAlarms(
  ports: Ports,
  names: string[],
  options: { signal?: AbortSignal; firing?: "refuse" } = {},
): Promise<void> {
  const { signal } = options;
  if (names.length === 0) return;
  const states = await untilAborted((await ports.metrics()).describeAlarms(names), signal);
  const missing = names.filter((n) => !states.some((s) => s.name === n));
  if (missing.length) {
    throw new CutoverError(
      `alarm-names: CloudWatch has no alarm (metric or composite) named ${missing.join(", ")} in this account and region, so it could never fire. Fix the names; nothing was written.`,
    );
  }
  core.info(`Alarms found: ${states.map((s) => `${s.name} ${s.state}`).join(", ")}.`);
  // An alarm already firing would fail the first gate check after the write: traffic would move, then come back.
  const firing = states.filter((s) => s.state === "ALARM");
  if (firing.length && options.firing === "refuse") {
    throw new CutoverError(
      `alarm-names: ${firing.map((a) => `${a.name} is in ALARM already (${a.reason})`).join("; ")}. The alarms gate would fail as soon as traffic moved, so nothing was written. Fix what the alarm reports, or wait until it is OK, and run again.`,
    );
  }
}

async function checkAlarms(ports: Ports, names: string[], signal?: AbortSignal): Promise<GateVerdict | undefined> {
  try {
    const states = await untilAborted((await ports.metrics()).describeAlarms(names), signal);
    const firing = states.filter((s) => s.state === "ALARM");
    if (firing.length)
      return { ok: false, gate: "alarms", detail: firing.map((a) => `${a.name} is in ALARM (${a.reason})`).join("; ") };
    return undefined;
  } catch (error) {
    if (signal?.aborted) return { ok: false, gate: "cancelled", detail: "the run was cancelled" };
    return { ok: false, gate: "alarms", detail: `the alarms could not be read: ${describeError(error)}` };
  }
}
