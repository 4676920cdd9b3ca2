// Health of a color's servers. nginx OSS has no active health checks and no API to ask (the
// `health_check` directive is NGINX Plus only), so each server is probed on health-path directly.
import { Prober } from "../../probe/http.ts";
import type { Server } from "./upstream-file.ts";

export interface ServerHealth {
  id: string;
  port?: number;
  state: "healthy" | "unhealthy" | "unknown";
  reason?: string;
  description?: string;
}

const PROBE_TIMEOUT_MS = 5_000;

/** `host:port` as a URL authority; a unix: socket cannot be probed from here. */
function split(address: string): { host: string; port?: number } | undefined {
  if (address.startsWith("unix:")) return undefined;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(address);
  if (!match) return undefined;
  return { host: match[1] as string, ...(match[2] ? { port: Number(match[2]) } : {}) };
}

export async function probeServer(server: Server, healthPath: string, prober: Prober): Promise<ServerHealth> {
  const where = split(server.address);
  if (!where) {
    return {
      id: server.address,
      state: "unknown",
      reason: "NotProbeable",
      description: "a unix socket is not reachable from the runner",
    };
  }
  const base = { id: where.host, ...(where.port ? { port: where.port } : {}) };
  const url = new URL(`http://${where.host}${where.port ? `:${where.port}` : ""}${healthPath}`);
  const answer = await prober.send({ url, headers: { "user-agent": "cutover-health" } });
  if (answer.status >= 200 && answer.status < 300) return { ...base, state: "healthy" };
  if (answer.status > 0) {
    return {
      ...base,
      state: "unhealthy",
      reason: `HTTP ${answer.status}`,
      description: `${answer.url} answered ${answer.status}`,
    };
  }
  return { ...base, state: "unhealthy", reason: "NoAnswer", description: `${answer.url}: ${answer.error ?? "no answer"}` };
}

/** Probes every server at once, each with its own deadline. */
export async function probeServers(servers: Server[], healthPath: string): Promise<ServerHealth[]> {
  const prober = new Prober({ timeoutMs: PROBE_TIMEOUT_MS, concurrency: Math.max(1, servers.length) });
  try {
    return await Promise.all(servers.map((server) => probeServer(server, healthPath, prober)));
  } finally {
    prober.close();
  }
}
