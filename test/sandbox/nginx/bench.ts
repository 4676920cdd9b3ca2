// The nginx figure of `npm run bench`: from the write of the managed file (swap, nginx -t, reload)
// until every request sent is answered by the new color, under load, through a real nginx.
import { execShell } from "../../../src/routers/nginx/exec.ts";
import { installFile, readManagedText } from "../../../src/routers/nginx/install.ts";
import { renderManagedFile } from "../../../src/routers/nginx/rewrite.ts";
import { parseManagedFile, type Server } from "../../../src/routers/nginx/upstream-file.ts";
import { weighBlock } from "../../../src/routers/nginx/weights.ts";
import { LoadGenerator, lastNotFrom, median, summarize } from "../load.ts";
import { findNginx, UPSTREAM } from "./proxy.ts";
import { startNginxWorld } from "./world.ts";

export interface NginxFlipFigures {
  runs: number;
  ratePerSecond: number;
  /** Per run: from the start of the write until the last request answered by the old color was sent. */
  runsMs: number[];
  medianMs: number;
  requests: number;
  failedRequests: number;
}

export async function nginxFlip(runs: number, rate: number): Promise<NginxFlipFigures | string> {
  if (!findNginx()) return "nginx is not on PATH (apt-get install nginx)";
  const world = await startNginxWorld();
  const shell = execShell("");
  const nginx = { file: world.proxy.file, testCommand: world.proxy.testCommand, reloadCommand: world.proxy.reloadCommand };
  const servers = (color: "blue" | "green"): Server[] => world.servers[color].map((address) => ({ address, params: [] }));
  try {
    const load = new LoadGenerator(`${world.urls.prod}/version`, rate, {}, { retryClosedConnections: true }).start();
    const runsMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const to = i % 2 === 0 ? { blue: 0, green: 100 } : { blue: 100, green: 0 };
      const text = await readManagedText(shell, nginx.file);
      const managed = parseManagedFile(text, nginx.file);
      const upstreams = managed.upstreams.map((u) =>
        u.name === UPSTREAM ? weighBlock(u, to, { blue: servers("blue"), green: servers("green") }) : u,
      );
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const writeAt = Date.now();
      await installFile(shell, nginx, text, renderManagedFile({ ...managed, upstreams }));
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      runsMs.push(lastNotFrom(load.records, to.green ? "v2" : "v1", writeAt) - writeAt);
    }
    const figures = summarize(await load.stop());
    return {
      runs,
      ratePerSecond: rate,
      runsMs,
      medianMs: median(runsMs),
      requests: figures.requests,
      failedRequests: figures.failedRequests,
    };
  } finally {
    await world.stop();
  }
}
