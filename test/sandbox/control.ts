// The sandbox's control endpoint: change the apps, inject AWS faults, read the AWS call log. The
// nginx sandbox has no AWS: it answers the apps, reset and state calls.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { type AppBehaviour, BEHAVIOUR_KEYS } from "./apps/app.ts";
import type { Fault } from "./aws/server.ts";
import { closeServer, listenLocal } from "./serve.ts";
import type { SandboxColor, World } from "./world.ts";

/** What every sandbox world answers to; the AWS calls need the ALB world. */
export interface ControlledWorld {
  apps: Record<SandboxColor, { behaviour: AppBehaviour }[]>;
  setApps(color: SandboxColor, behaviour: Partial<AppBehaviour>): void;
  reset(): Promise<void>;
  describe(): unknown;
}

/** A request's JSON body; {} when empty. */
export async function json(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

export function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(`${JSON.stringify(body)}\n`);
}

/** A control endpoint on a loopback port: a handler's failure is a 400 with the error. */
export abstract class ControlEndpoint {
  readonly #server: Server;

  constructor() {
    this.#server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => reply(res, 400, { error: String(error) }));
    });
  }

  listen(): Promise<string> {
    return listenLocal(this.#server);
  }

  close(): Promise<void> {
    return closeServer(this.#server);
  }

  protected abstract handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

export class ControlServer extends ControlEndpoint {
  readonly #world: ControlledWorld;
  readonly #aws?: World;

  constructor(world: ControlledWorld, aws?: World) {
    super();
    this.#aws = aws;
    this.#world = world;
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://control").pathname;
    const app = /^\/apps\/(blue|green)$/.exec(path);
    if (req.method === "POST" && app) {
      const body = await json(req);
      const allowed = BEHAVIOUR_KEYS;
      const unknown = Object.keys(body).filter((k) => !allowed.includes(k));
      if (unknown.length) return reply(res, 400, { error: `unknown keys ${unknown.join(", ")}; allowed: ${allowed.join(", ")}` });
      this.#world.setApps(app[1] as "blue" | "green", body);
      return reply(res, 200, { color: app[1], behaviour: this.#world.apps[app[1] as "blue" | "green"][0]?.behaviour });
    }
    const aws = this.#aws;
    if (aws && req.method === "POST" && path === "/aws/faults") {
      const fault = (await json(req)) as unknown as Fault;
      if (!fault.action || !["throttle", "error", "latency"].includes(fault.mode)) {
        return reply(res, 400, {
          error: 'expected {"action": "ModifyRule", "mode": "throttle"|"error"|"latency", "count": n, "latencyMs": n}',
        });
      }
      aws.aws.faults.push({ ...fault, count: fault.count ?? 1 });
      return reply(res, 200, { faults: aws.aws.faults });
    }
    if (aws && req.method === "GET" && path === "/aws/calls") return reply(res, 200, aws.aws.calls);
    if (aws && req.method === "POST" && path === "/aws/alarms") {
      const { name, state, type } = (await json(req)) as {
        name?: string;
        state?: "OK" | "ALARM" | "INSUFFICIENT_DATA";
        type?: "metric" | "composite";
      };
      if (!name || !state || (type && !["metric", "composite"].includes(type)))
        return reply(res, 400, {
          error: 'expected {"name": "...", "state": "OK"|"ALARM"|"INSUFFICIENT_DATA", "type": "metric"|"composite"}',
        });
      const kind = type === "composite" ? "CompositeAlarm" : type === "metric" ? "MetricAlarm" : undefined;
      aws.cloudwatch.setAlarm(name, state, undefined, kind);
      return reply(res, 200, { name, state, type: aws.cloudwatch.alarms.get(name)?.type });
    }
    if (req.method === "POST" && path === "/reset") {
      await this.#world.reset();
      return reply(res, 200, { reset: true });
    }
    if (req.method === "GET" && path === "/state") return reply(res, 200, this.#world.describe());
    reply(res, 404, { error: `no ${req.method} ${path}; see test/sandbox/README.md` });
  }
}
