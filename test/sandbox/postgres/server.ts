// A real PostgreSQL from Debian's `postgresql` package for the sandbox: initdb in a temporary
// folder, the server on a free loopback port, run by an unprivileged user. postgres refuses to run
// as root ("root" execution of the PostgreSQL server is not permitted, src/backend/main/main.c), so
// as root the sandbox runs it as `nobody` through setpriv (util-linux), which execs postgres in its
// place, so that the shutdown signal reaches the server itself.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

/** Debian installs each major version under /usr/lib/postgresql/<major>/bin; the newest is used. */
export function postgresBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const majors = readdirSync(root)
    .filter((d) => /^\d+$/.test(d) && existsSync(path.join(root, d, "bin", "postgres")))
    .sort((a, b) => Number(b) - Number(a));
  return majors[0] ? path.join(root, majors[0], "bin") : undefined;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const NOBODY = 65534;

export class Postgres {
  readonly url: string;
  readonly #dir: string;
  readonly #child: ChildProcess;
  #log = "";

  private constructor(url: string, dir: string, child: ChildProcess) {
    this.url = url;
    this.#dir = dir;
    this.#child = child;
    child.stderr?.on("data", (d: Buffer) => {
      this.#log = (this.#log + d).slice(-4_000);
    });
  }

  static async start(): Promise<Postgres> {
    const bin = postgresBin();
    if (!bin) throw new Error("PostgreSQL is not installed: apt-get install postgresql (as .ci/run does)");
    const dir = mkdtempSync(path.join(tmpdir(), "cutover-pg-"));
    const root = process.getuid?.() === 0;
    if (root) chownSync(dir, NOBODY, NOBODY);
    const as = (command: string, args: string[]): [string, string[]] =>
      root ? ["setpriv", [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, "--clear-groups", command, ...args]] : [command, args];
    const data = path.join(dir, "data");
    const [initdb, initArgs] = as(path.join(bin, "initdb"), [
      "-D",
      data,
      "-U",
      "shop_owner",
      "--auth=trust",
      "-E",
      "UTF8",
      "--no-sync",
    ]);
    execFileSync(initdb, initArgs, { stdio: "ignore", cwd: dir });
    const port = await freePort();
    const [postgres, args] = as(path.join(bin, "postgres"), [
      "-D",
      data,
      "-p",
      String(port),
      "-k",
      dir,
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "fsync=off",
      "-c",
      "max_connections=200",
    ]);
    const child = spawn(postgres, args, { stdio: ["ignore", "ignore", "pipe"], cwd: dir });
    const server = new Postgres(`postgres://shop_owner@127.0.0.1:${port}/postgres`, dir, child);
    try {
      await server.#ready();
    } catch (error) {
      await server.stop();
      throw error;
    }
    return server;
  }

  async #ready(timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.#child.exitCode !== null) throw new Error(`postgres exited: ${this.#log}`);
      try {
        await this.query("SELECT 1");
        return;
      } catch (error) {
        if (Date.now() > deadline)
          throw new Error(`postgres did not start in ${timeoutMs} ms: ${(error as Error).message} ${this.#log}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  /** One statement on a connection of its own. */
  async query<T = Record<string, unknown>>(sql: string, values: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: this.url });
    await client.connect();
    try {
      return (await client.query(sql, values)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** A migration file, as psql -f would run it. */
  async run(file: string): Promise<void> {
    const { readFileSync } = await import("node:fs");
    await this.query(readFileSync(file, "utf8"));
  }

  async stop(): Promise<void> {
    if (this.#child.exitCode === null) {
      const exited = new Promise((resolve) => this.#child.once("exit", resolve));
      // SIGINT is the fast shutdown (postgres(1), "Signals"): clients are disconnected.
      this.#child.kill("SIGINT");
      await exited;
    }
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
