import { formatDuration, readDuration } from "../core/durations.ts";
import { CutoverError } from "../core/errors.ts";
import { readInteger, readPercent, readString, readUrl } from "../core/inputs.ts";
import * as core from "../core/runner.ts";
import { every } from "../core/time.ts";
import { pathOn } from "../core/urls.ts";
import { setCommonOutputs, table } from "../github/report.ts";
import { writeSummary } from "../github/summary.ts";
import { type ProbeOptions, Prober } from "../probe/http.ts";
import { readProbeOptions } from "../probe/inputs.ts";
import { forEachLimited } from "../probe/pool.ts";
import { describeFigures, figures, type Outcome, type ProbeFigures } from "../probe/stats.ts";
import type { RouterConfig } from "../routers/port.ts";
import { readRouterConfig } from "../routers/registry.ts";
import { standbyUrl } from "../routing/standby.ts";
import { readStepSnapshot, type Step } from "../step.ts";
import { type PathSources, readPathSources, sitemapPaths } from "../warm/paths.ts";

interface WarmInputs {
  router: RouterConfig;
  url?: URL;
  sources: PathSources;
  requestsPerPath: number;
  durationMs: number;
  maxErrorRate: number;
  probe: ProbeOptions;
}

/**
 * Requests the critical paths on the standby so that its caches and pools are warm before users
 * arrive. Errors are counted, not fatal one by one: only the overall error rate can fail it.
 */
export const step: Step<WarmInputs> = {
  name: "warm-caches",
  readInputs: () => ({
    router: readRouterConfig(),
    url: readUrl("url", "http://test.shop.example.com:8080"),
    sources: readPathSources(),
    requestsPerPath: readInteger("requests-per-path", 1, { min: 1, max: 1000 }),
    durationMs: readString("duration") ? readDuration("duration", "0s", 3_600_000) : 0,
    maxErrorRate: readPercent("max-error-rate", "5%"),
    probe: readProbeOptions({ retries: 0, concurrency: 8 }),
  }),

  async run(inputs, ports) {
    const snapshot = await readStepSnapshot(ports.router, inputs.router);
    const base = inputs.url ?? (await standbyUrl(ports.router.traffic, inputs.router));
    const prober = new Prober({ ...inputs.probe, credentialOrigins: [base.origin, ...(inputs.probe.credentialOrigins ?? [])] });
    try {
      const paths = [
        ...new Set([
          ...inputs.sources.paths,
          ...(inputs.sources.sitemap ? await sitemapPaths(prober, inputs.sources.sitemap) : []),
        ]),
      ];
      core.info(
        `Warming ${paths.length} path(s) × ${inputs.requestsPerPath} on ${base.origin}, ${inputs.probe.concurrency} at a time${inputs.durationMs ? `, for ${formatDuration(inputs.durationMs)}` : ""}.`,
      );
      const passes = await warm(prober, base, paths, inputs);
      const [first, last] = [passes.first, passes.last];
      setCommonOutputs(snapshot);
      core.setOutput("requests", String(passes.requests));
      core.setOutput("errors", String(passes.errors));
      core.setOutput("requests-per-second", String(Math.round(passes.requests / (passes.ms / 1000))));
      const row = (label: string, f: ProbeFigures) => [
        label,
        String(f.count),
        String(f.errors),
        `${f.p50Ms} ms`,
        `${f.p95Ms} ms`,
      ];
      const rate = passes.requests ? passes.errors / passes.requests : 0;
      const tooMany = rate > inputs.maxErrorRate;
      await writeSummary(
        `cutover warm-caches: ${passes.requests} requests to ${paths.length} path(s), ${passes.errors} errors`,
        snapshot,
        [
          tooMany
            ? `**Failed:** ${(rate * 100).toFixed(1)}% errors, more than max-error-rate ${(inputs.maxErrorRate * 100).toFixed(1)}%.`
            : "",
          table(
            ["Pass", "Requests", "Errors", "p50", "p95"],
            [row("first", first), ...(passes.count > 1 ? [row(`last (#${passes.count})`, last)] : [])],
          ),
        ],
      );
      if (tooMany) {
        throw new CutoverError(
          `warm-caches saw ${(rate * 100).toFixed(1)}% errors, more than max-error-rate ${(inputs.maxErrorRate * 100).toFixed(1)}%: first pass ${describeFigures(first)}`,
        );
      }
    } finally {
      prober.close();
    }
  },
};

const PROGRESS_MS = 10_000;

/** Passes over all paths until `duration` is spent (one pass without it); keeps only first and last figures. */
async function warm(prober: Prober, base: URL, paths: string[], inputs: WarmInputs) {
  // Every path is checked before the first request, and each URL is built once for all passes.
  const urls = paths.map((path) => pathOn(base, path));
  const started = performance.now();
  let first: ProbeFigures | undefined;
  let last: ProbeFigures | undefined;
  let count = 0;
  let requests = 0;
  let errors = 0;
  do {
    const outcomes: Outcome[] = [];
    const work = function* () {
      for (const url of urls) for (let i = 0; i < inputs.requestsPerPath; i++) yield url;
    };
    const total = paths.length * inputs.requestsPerPath;
    const stopProgress = every(PROGRESS_MS, () =>
      core.info(`Pass ${count + 1}: ${outcomes.length} of ${total} requests answered; ${describeFigures(figures(outcomes))}`),
    );
    await forEachLimited(work(), inputs.probe.concurrency, async (url) => {
      const answer = await prober.send({ url });
      outcomes.push({ status: answer.status, latencyMs: answer.latencyMs, failed: answer.failed || answer.status >= 400 });
    }).finally(stopProgress);
    count += 1;
    last = figures(outcomes);
    first ??= last;
    requests += last.count;
    errors += last.errors;
    core.info(`Pass ${count}: ${describeFigures(last)}`);
  } while (performance.now() - started < inputs.durationMs);
  return { first: first as ProbeFigures, last: last as ProbeFigures, count, requests, errors, ms: performance.now() - started };
}
