import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { otherColor } from "../core/color.ts";
import { CutoverError } from "../core/errors.ts";
import { inputError, readChoice, readList, readString, readUrl } from "../core/inputs.ts";
import * as core from "../core/runner.ts";
import { every } from "../core/time.ts";
import { hideUserinfo, httpOrigin, shownUrl } from "../core/urls.ts";
import { clip, leadingColor, setCommonOutputs, table } from "../github/report.ts";
import { writeSummary } from "../github/summary.ts";
import { type ProbeOptions, Prober } from "../probe/http.ts";
import { readProbeOptions } from "../probe/inputs.ts";
import type { RouterConfig } from "../routers/port.ts";
import { readRouterConfig } from "../routers/registry.ts";
import { type RouterState, testRouteProblem } from "../routing/router.ts";
import { standbyUrl } from "../routing/standby.ts";
import { type Check, readChecks } from "../smoke/checks.ts";
import { type CheckResult, compareColors, runCheck, type SmokeTarget } from "../smoke/run.ts";
import { readStepSnapshot, type Step } from "../step.ts";

interface SmokeInputs {
  router: RouterConfig;
  target: SmokeTarget | "both";
  url?: URL;
  activeUrl?: URL;
  checks: Check[];
  probe: ProbeOptions;
  cdnOrigins: string[];
  reportPath: string;
}

/** HTTP checks against the standby (or the active, or both), off the user's path. Never writes to AWS. */
export const step: Step<SmokeInputs> = {
  name: "smoke-test",
  readInputs: () => {
    const router = readRouterConfig();
    const target = readChoice("target", ["standby", "active", "both"], "standby");
    const url = readUrl("url", "http://test.shop.example.com:8080");
    const activeUrl = readUrl("active-url", "https://shop.example.com");
    const checks = readChecks();
    const needsActive = target !== "standby" || checks.some((c) => c.kind === "session");
    if (target !== "active" && !url && !router.testUrlKnown) {
      throw inputError(
        "url",
        `is required to reach the standby: the ${router.kind} router cannot look up where its ${router.words?.testRoute ?? "test route"} answers, or none is given (${router.testRouteInputs.join(", ")})`,
        "http://test.shop.example.com:8080",
      );
    }
    if (needsActive && !activeUrl) {
      throw inputError(
        "active-url",
        `is required with target: ${target}${target === "standby" ? " when a session check signs in on the active color" : ""}`,
        "https://shop.example.com",
      );
    }
    if (target !== "both" && checks.some((c) => c.kind === "compare")) {
      throw inputError("target", "must be both when checks include a compare check", "both");
    }
    const cdnOrigins = readList("cdn-origins").map((o) => readOrigin(o));
    const reportPath = readString("report-path", path.join(process.env.RUNNER_TEMP || tmpdir(), "cutover-smoke-report.json"));
    return {
      router,
      target,
      url,
      activeUrl,
      checks,
      probe: readProbeOptions({ retries: 0, concurrency: 4 }),
      cdnOrigins,
      reportPath,
    };
  },

  async run(inputs, ports) {
    const snapshot = await readStepSnapshot(ports.router, inputs.router);
    const active = leadingColor(snapshot.state);
    const bases: Partial<Record<SmokeTarget, URL>> = { active: inputs.activeUrl };
    if (inputs.target !== "active") {
      checkTestRoute(snapshot.state, inputs.url);
      bases.standby = inputs.url ?? (await standbyUrl(ports.router.traffic, inputs.router));
    }
    const targets: SmokeTarget[] = inputs.target === "both" ? ["standby", "active"] : [inputs.target];
    for (const t of targets)
      core.info(
        `Checking the ${t} color (${t === "active" ? active : otherColor(active)}) at ${bases[t] ? shownUrl(bases[t]) : ""}`,
      );

    const checked = Object.values(bases).flatMap((b) => (b ? [b.origin] : []));
    const prober = new Prober({ ...inputs.probe, credentialOrigins: [...checked, ...(inputs.probe.credentialOrigins ?? [])] });
    const results: CheckResult[] = [];
    const expected = inputs.checks.reduce((n, c) => n + (c.kind === "compare" ? 1 : targets.length), 0);
    const stopProgress = every(PROGRESS_MS, () => core.info(`Smoke checks: ${results.length} of ${expected} done.`));
    try {
      for (const check of inputs.checks) {
        if (check.kind === "compare")
          results.push(log(await compareColors(check, { prober, bases, cdnOrigins: inputs.cdnOrigins })));
        else
          for (const t of targets) results.push(log(await runCheck(check, t, { prober, bases, cdnOrigins: inputs.cdnOrigins })));
      }
    } finally {
      stopProgress();
      prober.close();
    }

    const failed = results.filter((r) => !r.ok);
    mkdirSync(path.dirname(inputs.reportPath), { recursive: true });
    writeFileSync(
      inputs.reportPath,
      core.reportText(
        `${JSON.stringify({ active, bases: Object.fromEntries(Object.entries(bases).map(([k, v]) => [k, v && shownUrl(v)])), results }, null, 2)}\n`,
      ),
    );
    setCommonOutputs(snapshot);
    core.setOutput("passed", String(results.length - failed.length));
    core.setOutput("failed", String(failed.length));
    core.setOutput("report-path", inputs.reportPath);
    const rows = results.map((r) => [
      r.ok ? "✅" : "❌",
      clip(r.name, 80),
      r.kind,
      r.target,
      String(r.status ?? "—"),
      r.latencyMs === undefined ? "—" : `${r.latencyMs} ms`,
      clip(r.reason ?? "", 500),
    ]);
    const verdict = failed.length
      ? `**Failed:** ${failed.length} of ${results.length} checks failed; nothing was changed.`
      : `**Passed:** ${results.length} of ${results.length} checks.`;
    await writeSummary(`cutover smoke-test: ${results.length - failed.length} passed, ${failed.length} failed`, snapshot, [
      verdict,
      table(["", "Check", "Kind", "Color", "Status", "Latency", "Why it failed"], rows),
    ]);
    if (failed.length) {
      const named = failed.slice(0, NAMED_FAILURES).map((r) => `${clip(r.name, 80)} [${r.target}]: ${clip(r.reason ?? "")}`);
      const more = failed.length > NAMED_FAILURES ? `; and ${failed.length - NAMED_FAILURES} more, in the log above` : "";
      throw new CutoverError(`${failed.length} of ${results.length} smoke checks failed: ${named.join("; ")}${more}`);
    }
    core.info(`All ${results.length} smoke checks passed.`);
  },
};

const PROGRESS_MS = 10_000;

/** Failures named in the error line; the rest are in the log and the summary. */
const NAMED_FAILURES = 10;

/** The standby reached through a test route that sends to the live color would be the live color. */
function checkTestRoute(state: RouterState, url: URL | undefined): void {
  const problem = testRouteProblem(state);
  if (!problem) return;
  if (url) {
    core.warning(`${problem} If url leads through that test route, this smoke test checks the live color.`);
    return;
  }
  throw new CutoverError(`smoke-test would be checking the live color, not the standby. ${problem}`);
}

function log(result: CheckResult): CheckResult {
  const figures = [result.status, result.latencyMs === undefined ? undefined : `${result.latencyMs} ms`]
    .filter((x) => x !== undefined)
    .join(", ");
  const line = `${result.ok ? "✓" : "✗"} ${result.name} [${result.target}] ${figures}${result.reason ? `: ${result.reason}` : ""}`;
  if (result.ok) core.info(line);
  else core.error(line);
  return result;
}

function readOrigin(value: string): string {
  const origin = httpOrigin(value);
  if (!origin)
    throw inputError(
      "cdn-origins",
      `must be http(s) origins, got ${JSON.stringify(hideUserinfo(value))}`,
      "https://cdn.shop.example.com",
    );
  return origin;
}
