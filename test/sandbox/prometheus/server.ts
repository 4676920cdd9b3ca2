// A real Prometheus from Debian's package (/usr/bin/prometheus), started by the sandbox with a
// config and a TSDB folder of its own in a temporary folder, on a free loopback port, as the user
// that runs the tests. It scrapes the sandbox apps found through a file_sd file that the sandbox
// rewrites as apps come and go (Prometheus docs, "file_sd_config": the files are watched, and
// should be replaced by a rename so that a half-written file is never read).
//
// Scrape interval: 1 s. The sandbox's soaks last seconds where real ones last minutes (its ALB
// world runs at timeScale 0.02, a minute in 1.2 s), so one scrape a second keeps the ratio of a
// production Prometheus scraping every 15 s to a soak of several minutes: tens of scrapes per soak,
// and a judged window (two scrapes) of 2 s.
import { type ChildProcess, spawn } from "node:child_process";
import { accessSync, constants, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";

export const SCRAPE_INTERVAL_MS = 1_000;

export function findPrometheus(path = process.env.PATH ?? ""): string | undefined {
  for (const dir of [...path.split(delimiter), "/usr/bin"]) {
    if (!dir) continue;
    try {
      accessSync(join(dir, "prometheus"), constants.X_OK);
      return join(dir, "prometheus");
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Outside CI a missing prometheus skips; under CI=true it fails, as nginx does. */
export function prometheusOrSkip(): { skip: boolean } {
  return { skip: !findPrometheus() && process.env.CI !== "true" };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

function config(targetsFile: string): string {
  const seconds = `${SCRAPE_INTERVAL_MS / 1000}s`;
  return [
    "global:",
    `  scrape_interval: ${seconds}`,
    `  scrape_timeout: ${seconds}`,
    `  evaluation_interval: ${seconds}`,
    "scrape_configs:",
    "  - job_name: sandbox-apps",
    "    file_sd_configs:",
    `      - files: [${JSON.stringify(targetsFile)}]`,
    "        refresh_interval: 1s",
    "",
  ].join("\n");
}

export class PrometheusServer {
  readonly dir = mkdtempSync(join(tmpdir(), "cutover-prometheus-"));
  url = "";
  #process?: ChildProcess;
  #exited?: Promise<void>;
  #targets = "";
  #timer?: NodeJS.Timeout;
  #stderr = "";

  readonly targets: () => string[];

  /** `targets` lists the apps to scrape as host:port; it is read again every 200 ms. */
  constructor(targets: () => string[]) {
    this.targets = targets;
  }

  async start(): Promise<this> {
    const binary = findPrometheus();
    if (!binary) throw new Error("prometheus is not installed: apt-get install prometheus (.ci/run does it).");
    this.#writeTargets();
    this.#timer = setInterval(() => this.#writeTargets(), 200);
    writeFileSync(join(this.dir, "prometheus.yml"), config(join(this.dir, "targets.json")));
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      try {
        await this.#launch(binary, port);
        return this;
      } catch (error) {
        await this.stopProcess();
        if (attempt >= 3) throw error;
      }
    }
  }

  async #launch(binary: string, port: number): Promise<void> {
    this.url = `http://127.0.0.1:${port}`;
    const child = spawn(
      binary,
      [
        `--config.file=${join(this.dir, "prometheus.yml")}`,
        `--storage.tsdb.path=${join(this.dir, "data")}`,
        `--web.listen-address=127.0.0.1:${port}`,
        "--log.level=warn",
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    this.#stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      this.#stderr = (this.#stderr + chunk.toString()).slice(-4_000);
    });
    this.#process = child;
    this.#exited = new Promise((resolve) => child.once("exit", () => resolve()));
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`prometheus exited at start: ${this.#stderr}`);
      const ready = await fetch(`${this.url}/-/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`prometheus not ready within 30 s: ${this.#stderr}`);
  }

  #writeTargets(): void {
    const targets = JSON.stringify([{ targets: this.targets().sort(), labels: { job: "sandbox-apps" } }]);
    if (targets === this.#targets) return;
    this.#targets = targets;
    const file = join(this.dir, "targets.json");
    writeFileSync(`${file}.tmp`, targets);
    renameSync(`${file}.tmp`, file);
  }

  /**
   * Waits until Prometheus has scraped every app successfully at least once: what a test needs
   * before its traffic can show in a query. A condition, bounded in time, not a sleep.
   */
  async waitScraped(timeoutMs = 60_000): Promise<void> {
    const want = this.targets().length;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const answer = (await fetch(
        `${this.url}/api/v1/query?query=${encodeURIComponent('count(max_over_time(up{job="sandbox-apps"}[1m]) == 1)')}`,
      )
        .then((r) => r.json())
        .catch(() => undefined)) as { data?: { result?: { value: [number, string] }[] } } | undefined;
      const up = Number(answer?.data?.result?.[0]?.value[1] ?? 0);
      if (up >= want) return;
      if (Date.now() > deadline) throw new Error(`Prometheus scraped ${up} of ${want} apps within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** Stops Prometheus (SIGTERM), as an outage would; its folder stays for a restart. */
  async stopProcess(): Promise<void> {
    const child = this.#process;
    if (!child || child.exitCode !== null) return;
    child.kill("SIGTERM");
    const killed = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await this.#exited;
    clearTimeout(killed);
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.stopProcess();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export async function startPrometheus(targets: () => string[]): Promise<PrometheusServer> {
  return new PrometheusServer(targets).start();
}
