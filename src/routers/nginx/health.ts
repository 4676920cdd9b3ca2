// Health of a color's servers. nginx OSS has no active health checks and no API to ask (the
// `health_check` directive is NGINX Plus only), so each server is probed on health-path directly.
import type { Server } from "./upstream-file.ts";

export interface ServerHealth {
  id: string;
  port?: number;
  state: "healthy" | "unhealthy" | "unavailable";
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

export async function probeServer(server: Server, healthPath: string, timeoutMs = PROBE_TIMEOUT_MS): Promise<ServerHealth> {
  const where = split(server.address);
  if (!where)
    return {
      id: server.address,
      state: "unavailable",
      reason: "NotProbeable",
      description: "a unix socket is not reachable from the runner",
    };
  const base = { id: where.host, ...(where.port ? { port: where.port } : {}) };
  const url = `http://${where.host}${where.port ? `:${where.port}` : ""}${healthPath}`;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { "user-agent": "cutover-health" } });
    await response.body?.cancel();
    if (response.ok) return { ...base, state: "healthy" };
    return { ...base, state: "unhealthy", reason: `HTTP ${response.status}`, description: `${url} answered ${response.status}` };
  } catch (error) {
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    return { ...base, state: "unhealthy", reason: "NoAnswer", description: `${url}: ${cause}` };
  }
}

export function probeServers(servers: Server[], healthPath: string): Promise<ServerHealth[]> {
  return Promise.all(servers.map((server) => probeServer(server, healthPath)));
}
