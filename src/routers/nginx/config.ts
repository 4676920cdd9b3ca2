// The nginx router's inputs, read and checked before anything reaches the proxy.

import { readDuration } from "../../core/durations.ts";
import { inputError, readBoolean, readList, readString } from "../../core/inputs.ts";
import { readEnvPassthrough } from "../../core/shell.ts";
import { regionBesideRouter } from "../neutral.ts";
import type { NeutralSettings, RouteRef, RouterConfig } from "../port.ts";
import { type Color, OWNED_PARAMS, type Server } from "./upstream-file.ts";

export interface NginxConfig {
  /** The managed file, as a path on the proxy (where nginx-exec runs). */
  file: string;
  upstream: string;
  testUpstream?: string;
  servers: Record<Color, Server[]>;
  /** A command prefix that reaches the proxy; empty runs here. */
  exec: string;
  /** What env-passthrough adds to nginx-exec's environment. */
  envPassthrough?: string[];
  testCommand: string;
  reloadCommand: string;
  healthPath: string;
  /** How long one command through nginx-exec may take before it is stopped and tried again. */
  execTimeoutMs: number;
  /** Write the file a symlinked nginx-upstream-file points to, rather than refuse it. */
  allowSymlink: boolean;
}

export const NAME = /^[A-Za-z0-9_.-]{1,64}$/;
export const HEALTH_PATH = /^\/[^\s#]*$/;
/** Seed 000's common mistake: taking a reload for the end of the old color's traffic. */
const LONG_TAIL =
  "**Long-lived connections:** nginx reloads gracefully, so the old workers keep their WebSocket and SSE connections, and the requests on them, on the previous color until those close or `worker_shutdown_timeout` ends them. Keep the previous color up until then, and set `worker_shutdown_timeout` in nginx.conf to bound that tail.";
const SERVERS_EXAMPLE = "10.0.1.10:3000 max_fails=3 fail_timeout=10s (one server per line)";

function readOneLine(name: string, fallback: string, example: string): string {
  const value = readString(name, fallback);
  if (/[\r\n]/.test(value)) throw inputError(name, "must be one line", example);
  return value;
}

function readUpstreamName(name: string, fallback: string): string {
  const value = readString(name, fallback);
  if (value && !NAME.test(value)) {
    throw inputError(
      name,
      `must be an nginx upstream name (letters, digits, '_', '.', '-'), got ${JSON.stringify(value)}`,
      "backend",
    );
  }
  return value;
}

function readFile(): string {
  const example = "/etc/nginx/conf.d/cutover-upstreams.conf";
  const file = readOneLine("nginx-upstream-file", "", example);
  if (!file) throw inputError("nginx-upstream-file", "is required: the file cutover owns and your nginx.conf includes", example);
  if (!file.startsWith("/") || file.endsWith("/")) {
    throw inputError(
      "nginx-upstream-file",
      `must be an absolute path to a file on the proxy, got ${JSON.stringify(file)}`,
      example,
    );
  }
  return file;
}

/** `host:port`, `[v6]:port` or `unix:/path`, as nginx's `server` directive takes it. */
function checkAddress(name: string, address: string): void {
  if (/^unix:\/\S+$/.test(address)) return;
  const match = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/.exec(address);
  const port = Number(match?.[2]);
  if (!match || port < 1 || port > 65535) {
    throw inputError(name, `lists ${JSON.stringify(address)}, which is not host:port (a port from 1 to 65535)`, SERVERS_EXAMPLE);
  }
}

function checkParam(name: string, address: string, param: string): void {
  const owned = OWNED_PARAMS.find((p) => param === p || (p.endsWith("=") && param.startsWith(p)));
  if (owned) {
    throw inputError(
      name,
      `gives ${address} '${param}': cutover sets weight and down itself to move traffic, and a backup server would take no share`,
      SERVERS_EXAMPLE,
    );
  }
  if (!/^[a-z_]+(=[^\s;{}#]+)?$/.test(param)) {
    throw inputError(
      name,
      `gives ${address} the parameter ${JSON.stringify(param)}, which is not name or name=value`,
      SERVERS_EXAMPLE,
    );
  }
}

function readServers(name: string): Server[] {
  const lines = readList(name);
  if (lines.length === 0) throw inputError(name, "is required: the color's servers as host:port, one per line", SERVERS_EXAMPLE);
  return lines.map((line) => {
    const [address = "", ...params] = line.split(/\s+/);
    checkAddress(name, address);
    for (const param of params) checkParam(name, address, param);
    return { address, params };
  });
}

function checkNoServerTwice(servers: Record<Color, Server[]>): void {
  const seen = new Map<string, Color>();
  for (const color of ["blue", "green"] as const) {
    for (const { address } of servers[color]) {
      const before = seen.get(address);
      if (before) {
        const where = before === color ? `twice in ${color}-servers` : "in both blue-servers and green-servers";
        throw inputError(
          `${color}-servers`,
          `lists ${address} ${where}; each server belongs to one color, once`,
          SERVERS_EXAMPLE,
        );
      }
      seen.set(address, color);
    }
  }
}

export interface NginxRouterConfig extends RouterConfig {
  nginx: NginxConfig;
}

function upstreamRoute(name: string, role: "production" | "test", input: string): RouteRef {
  return {
    id: name,
    role,
    // routeName and shortRouteName put "test " before a test route's name themselves.
    name: `upstream ${name}`,
    short: name,
    input,
  };
}

/** The router's config: the upstreams as routes, the servers as pools, and the region CloudFront and alarms use. */
export function readNginxRouterConfig(neutral: NeutralSettings): NginxRouterConfig {
  const nginx = readNginxConfig();
  const { verifyTimeoutMs, maxAttempts } = neutral;
  const region = regionBesideRouter(neutral);
  const routes = [
    upstreamRoute(nginx.upstream, "production", "nginx-upstream"),
    ...(nginx.testUpstream ? [upstreamRoute(nginx.testUpstream, "test", "nginx-test-upstream")] : []),
  ];
  const pool = (color: Color) => nginx.servers[color].map((s) => s.address).join(",");
  return {
    kind: "nginx",
    description: `nginx upstream ${nginx.upstream}${nginx.testUpstream ? ` and test upstream ${nginx.testUpstream}` : ""} in ${nginx.file}${nginx.exec ? ` (through ${nginx.exec})` : ""}`,
    routes,
    pools: { blue: pool("blue"), green: pool("green") },
    verifyTimeoutMs,
    testUrlKnown: false,
    testRouteInputs: ["nginx-test-upstream"],
    // Any integer weight of 1 or more per server, and `down`: a split to the percent.
    capabilities: { weighted: true, finestStepPercent: 1, cloudWatch: false },
    aws: { region, partition: "aws", maxAttempts },
    notes: [LONG_TAIL],
    nginx,
  };
}

export function readNginxConfig(): NginxConfig {
  const file = readFile();
  const upstream = readUpstreamName("nginx-upstream", "backend");
  const testUpstream = readUpstreamName("nginx-test-upstream", "");
  if (testUpstream === upstream) {
    throw inputError(
      "nginx-test-upstream",
      `must differ from nginx-upstream (${upstream}): it always points at the standby`,
      "backend-test",
    );
  }
  const servers = { blue: readServers("blue-servers"), green: readServers("green-servers") };
  checkNoServerTwice(servers);
  const exec = readOneLine("nginx-exec", "", "docker exec -i proxy");
  const testCommand = readOneLine("nginx-test-command", "nginx -t", "nginx -t");
  const reloadCommand = readOneLine("nginx-reload-command", "nginx -s reload", "nginx -s reload");
  const healthPath = readString("health-path", "/health");
  if (!HEALTH_PATH.test(healthPath)) {
    throw inputError("health-path", `must be a path that starts with /, got ${JSON.stringify(healthPath)}`, "/health");
  }
  const execTimeoutMs = readDuration("nginx-exec-timeout", "30s", 10 * 60_000);
  if (execTimeoutMs < 1_000) throw inputError("nginx-exec-timeout", "must be 1s or more", "30s");
  const allowSymlink = readBoolean("nginx-allow-symlink", false);
  return {
    file,
    upstream,
    ...(testUpstream ? { testUpstream } : {}),
    servers,
    exec,
    ...passthrough(),
    testCommand,
    reloadCommand,
    healthPath,
    execTimeoutMs,
    allowSymlink,
  };
}

function passthrough(): { envPassthrough?: string[] } {
  const names = readEnvPassthrough();
  return names.length ? { envPassthrough: names } : {};
}
