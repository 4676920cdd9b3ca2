// A listener's traffic plane: a real local port that routes each request as ALB does, by the
// listener's rules, the forward weights, the group stickiness cookie and target health.
import { Agent, createServer, type IncomingMessage, request, type Server, type ServerResponse } from "node:http";
import type { Elbv2, Listener, StoredAction } from "../aws/elbv2.ts";
import type { Target, TargetGroup } from "../aws/target-groups.ts";
import { closeServer, listenLocal } from "../serve.ts";
import type { MetricStore } from "./metrics.ts";

interface ForwardGroup {
  TargetGroupArn: string;
  Weight: number;
}

interface Forward {
  TargetGroups: ForwardGroup[];
  TargetGroupStickinessConfig?: { Enabled?: boolean; DurationSeconds?: number };
}

export const STICKY_COOKIE = "AWSALBTG";

function cookies(req: IncomingMessage): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0) jar.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return jar;
}

/**
 * The group a stickiness cookie pins the client to, while its pin lasts. TargetGroupStickinessConfig
 * (ELBv2 API reference): DurationSeconds is "the time period during which requests from a client
 * should be routed to the same target group". The guide does not say whether answers extend that
 * period, nor whether a group at weight 0 keeps its pinned clients; the sandbox takes a pin to last
 * DurationSeconds (real seconds, not scaled) from the request that made it, and keeps routing pinned
 * clients to a weight-0 group that is still in the forward: the harsher case for a teardown.
 */
function pinOf(forward: Forward, req: IncomingMessage): { arn: string; since: number } | undefined {
  const stickiness = forward.TargetGroupStickinessConfig;
  const cookie = stickiness?.Enabled ? cookies(req).get(STICKY_COOKIE) : undefined;
  if (!cookie) return undefined;
  const [arn = "", since = ""] = Buffer.from(cookie, "base64url").toString("utf8").split(" ");
  const started = Number(since);
  const lasts = (stickiness?.DurationSeconds ?? 3600) * 1000;
  return Number.isFinite(started) && Date.now() < started + lasts ? { arn, since: started } : undefined;
}

function pathMatches(patterns: string[], path: string): boolean {
  return patterns.some((p) =>
    new RegExp(
      `^${p
        .replace(/[.+^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*")
        .replace(/\?/g, ".")}$`,
    ).test(path),
  );
}

/** `targetgroup/name/id`, `app/name/id`: the CloudWatch dimension forms of the ARNs. */
export function dimension(arn: string): string {
  const resource = arn.split(":").slice(5).join(":");
  return resource.replace(/^loadbalancer\//, "");
}

export class ListenerPlane {
  readonly #elbv2: Elbv2;
  readonly #listener: Listener;
  readonly #metrics: MetricStore;
  readonly #server: Server;
  readonly #agent = new Agent({ keepAlive: true, maxSockets: 256 });
  readonly #next = new Map<string, number>();

  constructor(elbv2: Elbv2, listener: Listener, metrics: MetricStore) {
    this.#elbv2 = elbv2;
    this.#listener = listener;
    this.#metrics = metrics;
    this.#server = createServer((req, res) => this.#route(req, res));
    this.#server.keepAliveTimeout = 30_000;
  }

  listen(): Promise<string> {
    return listenLocal(this.#server);
  }

  close(): Promise<void> {
    this.#agent.destroy();
    return closeServer(this.#server);
  }

  /** The listener's rules by priority, then its default action. */
  #actions(req: IncomingMessage): StoredAction[] {
    const path = new URL(req.url ?? "/", "http://lb").pathname;
    const host = (req.headers.host ?? "").split(":")[0] ?? "";
    const rules = [...this.#elbv2.rules.values()]
      .filter((r) => r.listenerArn === this.#listener.arn)
      .sort((a, b) => Number(a.priority) - Number(b.priority));
    for (const rule of rules) {
      const conditions = rule.conditions as {
        Field?: string;
        PathPatternConfig?: { Values?: string[] };
        HostHeaderConfig?: { Values?: string[] };
      }[];
      const ok = conditions.every((c) => {
        if (c.Field === "path-pattern") return pathMatches(c.PathPatternConfig?.Values ?? [], path);
        if (c.Field === "host-header") return pathMatches(c.HostHeaderConfig?.Values ?? [], host);
        return false;
      });
      if (ok) return this.#elbv2.routingActions(rule);
    }
    return this.#elbv2.routingActions(this.#listener);
  }

  /** Stickiness wins over weights while the cookie's group is still in the forward, whatever its weight. */
  #chooseGroup(forward: Forward, req: IncomingMessage): TargetGroup | undefined {
    const pin = pinOf(forward, req);
    if (pin && forward.TargetGroups.some((g) => g.TargetGroupArn === pin.arn)) return this.#elbv2.targetGroups.get(pin.arn);
    const weighted = forward.TargetGroups.filter((g) => g.Weight > 0);
    const total = weighted.reduce((sum, g) => sum + g.Weight, 0);
    let roll = Math.random() * total;
    for (const group of weighted) {
      roll -= group.Weight;
      if (roll < 0) return this.#elbv2.targetGroups.get(group.TargetGroupArn);
    }
    return undefined;
  }

  /** Round robin over healthy targets; when none is healthy, ALB fails open to all of them. */
  #chooseTarget(group: TargetGroup): Target | undefined {
    const serving = this.#elbv2.groups.targetsOf(group).filter((t) => t.state !== "draining");
    const healthy = serving.filter((t) => t.state === "healthy");
    const pool = healthy.length > 0 ? healthy : serving.filter((t) => t.state === "unhealthy");
    if (pool.length === 0) return undefined;
    const n = this.#next.get(group.arn) ?? 0;
    this.#next.set(group.arn, n + 1);
    return pool[n % pool.length];
  }

  #route(req: IncomingMessage, res: ServerResponse): void {
    const started = performance.now();
    const forward = this.#actions(req).find((a) => a.Type === "forward")?.ForwardConfig as Forward | undefined;
    const group = forward && this.#chooseGroup(forward, req);
    const target = group && this.#chooseTarget(group);
    if (!forward || !group || !target) {
      this.#record(group, 503, started, false, false);
      res
        .writeHead(503, { "content-type": "text/html", server: "awselb/2.0" })
        .end("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>\n");
      return;
    }
    const headers = { ...req.headers, "x-forwarded-for": req.socket.remoteAddress ?? "127.0.0.1", "x-forwarded-proto": "http" };
    const upstream = request(
      { host: target.id, port: target.port, method: req.method, path: req.url, headers, agent: this.#agent },
      (answer) => {
        const status = answer.statusCode ?? 502;
        this.#record(group, status, started, true, true);
        const out = { ...answer.headers };
        const stickiness = forward.TargetGroupStickinessConfig;
        if (stickiness?.Enabled) {
          const pin = pinOf(forward, req);
          const since = pin?.arn === group.arn ? pin.since : Date.now();
          const value = Buffer.from(`${group.arn} ${since}`).toString("base64url");
          out["set-cookie"] = [
            ...(answer.headers["set-cookie"] ?? []),
            // ALB's stickiness cookies carry Expires, not Max-Age ("Sticky sessions for your ALB").
            `${STICKY_COOKIE}=${value}; Expires=${new Date(since + (stickiness.DurationSeconds ?? 3600) * 1000).toUTCString()}; Path=/`,
          ];
        }
        res.writeHead(status, out);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      this.#record(group, 502, started, false, true);
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/html", server: "awselb/2.0" });
      res.end("<html><body><h1>502 Bad Gateway</h1></body></html>\n");
    });
    req.pipe(upstream);
  }

  #record(group: TargetGroup | undefined, status: number, started: number, fromTarget: boolean, targetChosen: boolean): void {
    this.#metrics.record({
      at: Date.now(),
      targetGroup: group ? dimension(group.arn) : "",
      loadBalancer: dimension(this.#listener.loadBalancerArn),
      status,
      responseTime: (performance.now() - started) / 1000,
      fromTarget,
      targetChosen,
    });
  }
}
