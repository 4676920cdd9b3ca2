import type { Color } from "../core/color.ts";
import { formatDuration } from "../core/durations.ts";
import * as core from "../core/runner.ts";
import { pathOn, shownUrl } from "../core/urls.ts";
import type { Ports } from "../ports.ts";
import { Prober } from "../probe/http.ts";
import { type CheckResult, runCheck } from "../smoke/run.ts";
import { type SoakOutcome, soak } from "../soak/monitor.ts";
import type { GateConfig } from "./inputs.ts";

export interface GateVerdict {
  passed: boolean;
  /** What broke, in one line: which check, on which color. */
  failure?: string;
  checks: CheckResult[];
  soak?: SoakOutcome;
  ms: number;
}

/**
 * The N-1 gate: the active color runs the previous release, so its smoke checks and a short soak
 * under its real traffic answer "does the old code work on the new schema?" before anything switches.
 */
export async function n1Gate(ports: Ports, gate: GateConfig, active: Color, signal?: AbortSignal): Promise<GateVerdict> {
  const started = Date.now();
  core.info(`N-1 gate: the active color ${active} (old code) on the new schema, at ${shownUrl(gate.activeUrl)}.`);
  const checks = await smoke(gate, active);
  const failed = checks.filter((c) => !c.ok);
  if (failed.length) {
    const named = failed.map((c) => `check ${JSON.stringify(c.name)} on ${active} (active): ${c.reason}`);
    return { passed: false, failure: named.join("; "), checks, ms: Date.now() - started };
  }
  if (!gate.soakMs) return { passed: true, checks, ms: Date.now() - started };
  const url = pathOn(gate.activeUrl, gate.soakPath);
  core.info(`N-1 gate: soaking ${active} for ${formatDuration(gate.soakMs)} on ${shownUrl(url)}.`);
  const outcome = await soak(
    ports,
    {
      durationMs: gate.soakMs,
      windowMs: Math.min(10_000, gate.soakMs),
      minSamples: 10,
      consecutive: 2,
      maxErrorRate: gate.maxErrorRate,
      maxP95Ms: 2_000,
      probe: {
        url,
        everyMs: 100,
        options: {
          headers: gate.probe.headers,
          hostHeader: gate.probe.hostHeader,
          insecureTls: gate.probe.insecureTls,
          timeoutMs: 5_000,
        },
      },
      cloudWatchMetrics: false,
      metricPeriodSeconds: 60,
      pollMs: 5_000,
      alarms: [],
      requireTraffic: true,
    },
    { color: active, since: Date.now() },
    signal,
  );
  const ms = Date.now() - started;
  if (outcome.result === "passed") return { passed: true, checks, soak: outcome, ms };
  const why =
    outcome.breach ??
    (outcome.result === "cancelled" ? "the run was cancelled" : `too little to judge (${outcome.figures.samples} samples)`);
  return { passed: false, failure: `soak of ${active} (active) on ${gate.soakPath}: ${why}`, checks, soak: outcome, ms };
}

async function smoke(gate: GateConfig, active: Color): Promise<CheckResult[]> {
  const bases = { active: gate.activeUrl };
  const prober = new Prober({
    ...gate.probe,
    credentialOrigins: [gate.activeUrl.origin, ...(gate.probe.credentialOrigins ?? [])],
  });
  const results: CheckResult[] = [];
  try {
    for (const check of gate.checks) {
      if (check.kind === "compare") continue;
      const result = await runCheck(check, "active", { prober, bases, cdnOrigins: [] });
      const line = `${result.ok ? "✓" : "✗"} ${result.name} [${active}, active] ${result.status ?? ""}${result.reason ? `: ${result.reason}` : ""}`;
      if (result.ok) core.info(line);
      else core.error(line);
      results.push(result);
    }
  } finally {
    prober.close();
  }
  return results;
}
