// The Kubernetes sandbox's control endpoint: change the apps of a color, inject API faults, read
// the API call log and the cluster's state (see test/sandbox/README.md).
import type { IncomingMessage, ServerResponse } from "node:http";
import { BEHAVIOUR_KEYS } from "../apps/app.ts";
import { ControlEndpoint, json, reply } from "../control.ts";
import type { ApiFault } from "./api.ts";
import type { Cluster } from "./cluster.ts";

export class KubeControl extends ControlEndpoint {
  readonly #cluster: Cluster;

  constructor(cluster: Cluster) {
    super();
    this.#cluster = cluster;
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://control").pathname;
    const app = /^\/apps\/(blue|green)$/.exec(path);
    if (req.method === "POST" && app) {
      const body = await json(req);
      const unknown = Object.keys(body).filter((k) => !BEHAVIOUR_KEYS.includes(k) || k === "version");
      if (unknown.length)
        return reply(res, 400, { error: `unknown keys ${unknown.join(", ")}; the version comes from the image` });
      this.#cluster.setApps(app[1] as "blue" | "green", body);
      return reply(res, 200, { color: app[1], behaviour: this.#cluster.behaviour[app[1] as string] });
    }
    if (req.method === "POST" && path === "/kubernetes/faults") {
      const fault = (await json(req)) as unknown as ApiFault;
      if (!fault.verb || !fault.resource || !["error", "throttle", "latency", "conflict"].includes(fault.mode)) {
        return reply(res, 400, {
          error:
            'expected {"verb": "patch", "resource": "services", "mode": "error"|"throttle"|"latency"|"conflict", "count": n, "latencyMs": n}',
        });
      }
      this.#cluster.api.faults.push({ ...fault, count: fault.count ?? 1 });
      return reply(res, 200, { faults: this.#cluster.api.faults });
    }
    if (req.method === "GET" && path === "/kubernetes/calls") return reply(res, 200, this.#cluster.api.calls);
    if (req.method === "GET" && path === "/state") return reply(res, 200, this.#cluster.describe());
    reply(res, 404, { error: `no ${req.method} ${path}; see test/sandbox/README.md` });
  }
}
