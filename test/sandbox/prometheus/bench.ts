// The soak's detection delay with Prometheus as its only source, beside the probes' on the same
// sandbox: real nginx, real Prometheus scraping every SCRAPE_INTERVAL_MS, 100 requests/s, green
// turned to 5% or 50% errors mid-soak. The delay runs from the fault's onset to soak-monitor's
// "Breach after" line.
import { LoadGenerator, median } from "../load.ts";
import { startNginxWorld } from "../nginx/world.ts";
import { runAction, startAction } from "../run-action.ts";
import { SCRAPE_INTERVAL_MS, startPrometheus } from "./server.ts";

export interface DetectionFigures {
  source: "prometheus" | "probes";
  errorRate: number;
  medianMs: number;
  runsMs: number[];
}

const SOAK_ONSET_MS = 4_000;

/** One soak: the fault at SOAK_ONSET_MS, and the time until the breach is called. */
async function detect(
  world: Awaited<ReturnType<typeof startNginxWorld>>,
  inputs: Record<string, string>,
  errorRate: number,
): Promise<number> {
  world.setApps("green", { errorRate: 0 });
  const switched = await runAction("switch", world.inputs);
  if (switched.code !== 0) throw new Error(`switch failed during the bench:\n${switched.stdout}`);
  const load = new LoadGenerator(`${world.urls.prod}/version`, 100, {}, { retryClosedConnections: true }).start();
  const { child, result } = startAction("soak-monitor", { ...world.inputs, ...inputs, duration: "60s" });
  let faultAt = 0;
  let breachAt = 0;
  child.stdout?.on("data", (chunk: Buffer) => {
    if (!breachAt && chunk.toString().includes("::error::Breach after")) breachAt = Date.now();
  });
  await new Promise((resolve) => setTimeout(resolve, SOAK_ONSET_MS));
  faultAt = Date.now();
  world.setApps("green", { errorRate });
  const run = await result;
  await load.stop();
  if (run.outputs.result !== "rolled-back" || !breachAt) throw new Error(`no rollback during the bench:\n${run.stdout}`);
  return breachAt - faultAt;
}

export async function prometheusDetection(runs: number): Promise<DetectionFigures[] | string> {
  const world = await startNginxWorld().catch((error: unknown) => String(error));
  if (typeof world === "string") return world;
  const prometheus = await startPrometheus(() => [...world.servers.blue, ...world.servers.green]);
  try {
    await prometheus.waitScraped();
    const deployed = await runAction("deploy-standby", { ...world.inputs, version: "v2" });
    if (deployed.code !== 0) throw new Error(`deploy-standby failed during the bench:\n${deployed.stdout}`);
    const sources = {
      prometheus: {
        "prometheus-url": prometheus.url,
        "prometheus-scrape-interval": `${SCRAPE_INTERVAL_MS}ms`,
        "prometheus-no-data-after": "8s",
        window: "3s",
      },
      probes: { "probe-url": `${world.urls.prod}/version` },
    } as const;
    const figures: DetectionFigures[] = [];
    for (const errorRate of [0.05, 0.5]) {
      for (const source of ["prometheus", "probes"] as const) {
        const runsMs: number[] = [];
        for (let i = 0; i < runs; i++) runsMs.push(await detect(world, sources[source], errorRate));
        figures.push({ source, errorRate, medianMs: Math.round(median(runsMs)), runsMs });
      }
    }
    return figures;
  } finally {
    await Promise.all([prometheus.stop(), world.stop()]);
  }
}

/** The lines the bench prints, with the scrape interval the delays are made of. */
export function describeDetection(figures: DetectionFigures[] | string): string[] {
  if (typeof figures === "string") return [`Prometheus as the soak's source: not measured: ${figures}`];
  return [
    `Soak detection delay on the nginx sandbox under 100 requests/s, fault onset to breach (Prometheus scrapes every ${SCRAPE_INTERVAL_MS} ms, windows of 3 scrapes, each read one scrape after it ends):`,
    ...figures.map(
      (f) =>
        `  ${f.source.padEnd(10)} at ${String(f.errorRate * 100).padStart(2)}% errors: ${(f.medianMs / 1000).toFixed(2)} s median (${f.runsMs.map((ms) => (ms / 1000).toFixed(2)).join(", ")} s) = ${(f.medianMs / SCRAPE_INTERVAL_MS).toFixed(1)} scrape intervals`,
    ),
  ];
}
