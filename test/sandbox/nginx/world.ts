// The nginx sandbox: blue and green app servers (two each, v1 and v2) behind a real nginx whose
// nginx.conf includes the managed upstream file. Blue starts live; the test upstream points at green.
import { type AppBehaviour, AppServer, SessionStore } from "../apps/app.ts";
import { ControlServer } from "../control.ts";
import { DEFAULT_BEHAVIOUR, type SandboxColor } from "../world.ts";
import { findNginx, initialUpstreams, NginxProxy, TEST_UPSTREAM, UPSTREAM } from "./proxy.ts";

export interface NginxWorldOptions {
  targetsPerColor?: number;
}

const COLORS = ["blue", "green"] as const;

export class NginxWorld {
  readonly proxy: NginxProxy;
  readonly sessions = new SessionStore();
  readonly apps: Record<SandboxColor, AppServer[]> = { blue: [], green: [] };
  readonly #targets: number;
  control?: ControlServer;
  controlUrl = "";

  constructor(options: NginxWorldOptions = {}) {
    const binary = findNginx();
    if (!binary) {
      throw new Error("nginx is not on PATH: install Debian's nginx package (apt-get install nginx; .ci/run does it).");
    }
    this.proxy = new NginxProxy(binary);
    this.#targets = options.targetsPerColor ?? 2;
  }

  async start(): Promise<this> {
    for (const color of COLORS) {
      for (let i = 0; i < this.#targets; i++) {
        const app = new AppServer(color, DEFAULT_BEHAVIOUR[color], this.sessions, new SessionStore());
        await app.listen();
        this.apps[color].push(app);
      }
    }
    await this.proxy.start(initialUpstreams(this.servers));
    this.control = new ControlServer(this);
    this.controlUrl = await this.control.listen();
    return this;
  }

  /** Each color's servers as `host:port`, as the blue-servers and green-servers inputs list them. */
  get servers(): Record<SandboxColor, string[]> {
    return {
      blue: this.apps.blue.map((a) => `127.0.0.1:${a.port}`),
      green: this.apps.green.map((a) => `127.0.0.1:${a.port}`),
    };
  }

  get urls(): { prod: string; test: string; extra: string } {
    return this.proxy.urls;
  }

  /** The router inputs every step takes for this sandbox. */
  get inputs(): Record<string, string> {
    return {
      router: "nginx",
      "nginx-upstream-file": this.proxy.file,
      "nginx-upstream": UPSTREAM,
      "nginx-test-upstream": TEST_UPSTREAM,
      "blue-servers": this.servers.blue.join("\n"),
      "green-servers": this.servers.green.join("\n"),
      "nginx-test-command": this.proxy.testCommand,
      "nginx-reload-command": this.proxy.reloadCommand,
      "health-path": "/health",
    };
  }

  /** The KEY=VALUE lines `npm run sandbox -- --router nginx --env-file` writes. */
  get envFile(): Record<string, string> {
    return {
      CUTOVER_ROUTER: "nginx",
      CUTOVER_ROUTER_INPUTS: JSON.stringify(this.inputs),
      CUTOVER_PROD_URL: this.urls.prod,
      CUTOVER_TEST_URL: this.urls.test,
      CUTOVER_BLUE_APP_URL: `http://${this.servers.blue[0]}`,
      CUTOVER_GREEN_APP_URL: `http://${this.servers.green[0]}`,
      CUTOVER_SANDBOX_CONTROL_URL: this.controlUrl,
      CUTOVER_NGINX_PREFIX: this.proxy.dir,
    };
  }

  describe(): unknown {
    return { servers: this.servers, upstreamFile: this.proxy.file, upstreams: this.proxy.readFile(), urls: this.urls };
  }

  setApps(color: SandboxColor, behaviour: Partial<AppBehaviour>): void {
    for (const app of this.apps[color]) Object.assign(app.behaviour, behaviour);
  }

  /** Back to the start: the hand-written file with blue live, reloaded; apps as built. */
  async reset(): Promise<void> {
    this.sessions.clear();
    for (const color of COLORS) for (const app of this.apps[color]) app.behaviour = { ...DEFAULT_BEHAVIOUR[color] };
    await this.proxy.replace(initialUpstreams(this.servers));
  }

  async stop(): Promise<void> {
    await this.control?.close();
    await this.proxy.stop();
    await Promise.all(COLORS.flatMap((c) => this.apps[c].map((a) => a.close())));
  }
}

export async function startNginxWorld(options: NginxWorldOptions = {}): Promise<NginxWorld> {
  return new NginxWorld(options).start();
}
