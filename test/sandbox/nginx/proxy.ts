// A real nginx (Debian's `nginx` package, found on PATH) with its own prefix, config, pid and logs
// in a temporary folder, listening on local ports in front of the sandbox's app servers. Its
// nginx.conf includes the managed upstream file, as a user's would. The test and reload commands
// carry -p/-c/-e, so they reach this nginx only. Flags and signals: nginx(8) and "Controlling nginx"
// (nginx.org/en/docs/control.html); `daemon off` keeps the master in the foreground, as under a
// supervisor ("Core functionality": daemon).
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import {
  accessSync,
  chmodSync,
  constants,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer, Socket } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";

export const UPSTREAM = "backend";
export const TEST_UPSTREAM = "backend-test";
/** An upstream that no input names: a user's third block, reached on its own port once a test adds it. */
export const EXTRA_UPSTREAM = "api";

/** nginx on PATH; Debian puts it in /usr/sbin, which a non-root PATH may lack. */
export function findNginx(path = process.env.PATH ?? ""): string | undefined {
  for (const dir of [...path.split(delimiter), "/usr/sbin", "/sbin"]) {
    if (!dir) continue;
    const candidate = join(dir, "nginx");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Under CI a missing nginx is a failure, never a skip; elsewhere the nginx tests may be skipped. */
export function nginxOrSkip(): { nginx?: string; skip: boolean } {
  const nginx = findNginx();
  return nginx ? { nginx, skip: false } : { skip: process.env.CI !== "true" };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once("connect", () => done(true)).once("error", () => done(false));
    socket.connect(port, "127.0.0.1");
  });
}

/**
 * nginx.conf includes the managed file's whole folder with a glob, as Debian's stock nginx.conf
 * does with conf.d/*.conf and sites-enabled/*: whatever else lands in that folder is loaded too.
 * The third server reaches EXTRA_UPSTREAM through a variable, so that nginx starts without that
 * block: a name in a variable is looked up among the upstream groups at request time
 * (ngx_http_proxy_module, proxy_pass).
 */
function mainConfig(dir: string, folder: string, ports: { prod: number; test: number; extra: number }): string {
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((k) => `  ${k}_temp_path ${dir}/temp/${k};`);
  return `daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log notice;
worker_processes 2;
events { worker_connections 1024; }
http {
  access_log off;
${temp.join("\n")}
  include ${folder}/*;
  server {
    listen 127.0.0.1:${ports.prod};
    location / { proxy_pass http://${UPSTREAM}; proxy_set_header Host $host; }
  }
  server {
    listen 127.0.0.1:${ports.test};
    location / { proxy_pass http://${TEST_UPSTREAM}; proxy_set_header Host $host; }
  }
  server {
    listen 127.0.0.1:${ports.extra};
    location / { set $extra ${EXTRA_UPSTREAM}; proxy_pass http://$extra; proxy_set_header Host $host; }
  }
}
`;
}

/** The file as a user writes it by hand before cutover's first run: blue live, the test upstream on green. */
export function initialUpstreams(servers: Record<"blue" | "green", string[]>): string {
  const block = (name: string, live: "blue" | "green") =>
    [
      `upstream ${name} {`,
      ...(["blue", "green"] as const).flatMap((color) =>
        servers[color].map((s) => `    server ${s}${color === live ? "" : " down"}; # ${color}`),
      ),
      "}",
    ].join("\n");
  return `# Included by nginx.conf; managed by cutover.\n${block(UPSTREAM, "blue")}\n\n${block(TEST_UPSTREAM, "green")}\n`;
}

export class NginxProxy {
  readonly binary: string;
  readonly dir: string;
  /** The managed upstream file, alone in the folder that nginx.conf includes with a glob. */
  readonly file: string;
  readonly folder: string;
  readonly config: string;
  ports = { prod: 0, test: 0, extra: 0 };
  #process?: ChildProcess;
  #exited?: Promise<void>;

  constructor(binary: string) {
    this.binary = binary;
    this.dir = mkdtempSync(join(tmpdir(), "cutover-nginx-"));
    // Workers run as nobody when the master is root: they need to reach the temp paths.
    chmodSync(this.dir, 0o755);
    for (const sub of ["logs", "temp", "conf.d"]) mkdirSync(join(this.dir, sub));
    this.folder = join(this.dir, "conf.d");
    this.file = join(this.folder, "upstreams.conf");
    this.config = join(this.dir, "nginx.conf");
  }

  #command(extra: string): string {
    return `${this.binary} -p ${this.dir}/ -c ${this.config} -e ${this.dir}/logs/error.log ${extra}`;
  }

  get testCommand(): string {
    return this.#command("-t");
  }

  get reloadCommand(): string {
    return this.#command("-s reload");
  }

  get urls(): { prod: string; test: string; extra: string } {
    return {
      prod: `http://127.0.0.1:${this.ports.prod}`,
      test: `http://127.0.0.1:${this.ports.test}`,
      extra: `http://127.0.0.1:${this.ports.extra}`,
    };
  }

  /** Starts nginx on two free ports; a port taken in between is retried on new ones. */
  async start(upstreams: string): Promise<this> {
    writeFileSync(this.file, upstreams);
    let lastError = "";
    for (let attempt = 0; attempt < 3; attempt++) {
      this.ports = { prod: await freePort(), test: await freePort(), extra: await freePort() };
      writeFileSync(this.config, mainConfig(this.dir, this.folder, this.ports));
      const started = await this.#spawn();
      if (started === true) return this;
      lastError = started;
    }
    throw new Error(`nginx did not start: ${lastError}`);
  }

  async #spawn(): Promise<true | string> {
    const child = spawn(this.binary, ["-p", `${this.dir}/`, "-c", this.config, "-e", `${this.dir}/logs/error.log`], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    let exited = false;
    const done = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    void done.then(() => {
      exited = true;
    });
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && !exited) {
      if ((await accepts(this.ports.prod)) && (await accepts(this.ports.test)) && (await accepts(this.ports.extra))) {
        this.#process = child;
        this.#exited = done;
        return true;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    if (!exited) child.kill("SIGKILL");
    await done;
    return stderr.trim() || this.errorLog().slice(-500) || "no output";
  }

  errorLog(): string {
    try {
      return readFileSync(join(this.dir, "logs/error.log"), "utf8");
    } catch {
      return "";
    }
  }

  /** The master's worker processes, from /proc (each /proc/PID/stat names its parent). */
  workers(): number[] {
    const master = this.#process?.pid;
    if (!master) return [];
    const pids: number[] = [];
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
        if (ppid === master) pids.push(Number(entry));
      } catch {
        // gone meanwhile
      }
    }
    return pids;
  }

  /** Waits until no worker of `old` is left and new ones serve: a reload has taken effect. */
  async waitReloaded(old: number[], timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const now = this.workers();
      if (now.length > 0 && !now.some((pid) => old.includes(pid))) return;
      if (Date.now() > deadline)
        throw new Error(`nginx did not finish reloading: workers ${now.join(", ")}, old ${old.join(", ")}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Puts `upstreams` in place as a person would (write, reload) and waits for the new workers. */
  async replace(upstreams: string): Promise<void> {
    const old = this.workers();
    writeFileSync(this.file, upstreams);
    execFileSync("sh", ["-c", this.reloadCommand], { stdio: "pipe" });
    await this.waitReloaded(old);
  }

  /** Reloads the master has taken: each logs a line ending in ": reconfiguring" at notice level (ngx_process_cycle.c), after the one naming the signal. */
  reloads(): number {
    return this.errorLog()
      .split("\n")
      .filter((line) => line.endsWith(": reconfiguring")).length;
  }

  /**
   * The reload count once the master has logged every reload signalled so far: `nginx -s reload`
   * returns once the signal is sent, and the master logs "reconfiguring" a moment later.
   */
  async settledReloads(quietMs = 500, timeoutMs = 10_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    let count = this.reloads();
    let since = Date.now();
    while (Date.now() - since < quietMs && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const now = this.reloads();
      if (now !== count) [count, since] = [now, Date.now()];
    }
    return count;
  }

  readFile(): string {
    return readFileSync(this.file, "utf8");
  }

  /** Fast shutdown (SIGTERM): the master stops its workers and exits; the folder goes with it. */
  async stop(): Promise<void> {
    const child = this.#process;
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await this.#exited;
      clearTimeout(timer);
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
