// A local GitHub API for the deployments endpoints cutover uses, so that deployment records are
// proven here too. Steps reach it through GITHUB_API_URL, as on a GitHub Enterprise Server.
import { createServer, type Server } from "node:http";
import { closeServer, listenLocal } from "./serve.ts";

export interface Deployment {
  id: number;
  environment: string;
  ref: string;
  payload: unknown;
  statuses: { state: string; description: string; environment_url?: string }[];
}

export class FakeGitHub {
  readonly deployments: Deployment[] = [];
  /** When set, every call answers 403, as for a token without deployments: write. */
  forbidden = false;
  readonly #server: Server;

  constructor() {
    this.#server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>) : {};
      const reply = (status: number, data: unknown) =>
        res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(data));
      if (this.forbidden) return reply(403, { message: "Resource not accessible by integration" });
      const url = new URL(req.url ?? "/", "http://github");
      const statuses = /^\/repos\/[^/]+\/[^/]+\/deployments\/(\d+)\/statuses$/.exec(url.pathname);
      if (req.method === "POST" && statuses) {
        const deployment = this.deployments.find((d) => d.id === Number(statuses[1]));
        if (!deployment) return reply(404, { message: "Not Found" });
        const status = {
          state: String(body.state),
          description: String(body.description ?? ""),
          environment_url: body.environment_url as string | undefined,
        };
        deployment.statuses.push(status);
        if (body.auto_inactive && status.state === "success") {
          for (const other of this.deployments)
            if (other !== deployment && other.environment === deployment.environment)
              other.statuses.push({ state: "inactive", description: "" });
        }
        return reply(201, { id: deployment.statuses.length, ...status });
      }
      if (/^\/repos\/[^/]+\/[^/]+\/deployments$/.test(url.pathname)) {
        if (req.method === "POST") {
          const deployment: Deployment = {
            id: 1000 + this.deployments.length,
            environment: String(body.environment),
            ref: String(body.ref),
            payload: body.payload,
            statuses: [],
          };
          this.deployments.push(deployment);
          return reply(201, { id: deployment.id, environment: deployment.environment, ref: deployment.ref });
        }
        const environment = url.searchParams.get("environment");
        return reply(
          200,
          this.deployments
            .filter((d) => !environment || d.environment === environment)
            .map((d) => ({ id: d.id, environment: d.environment }))
            .reverse(),
        );
      }
      reply(404, { message: "Not Found" });
    });
  }

  listen(): Promise<string> {
    return listenLocal(this.#server);
  }

  close(): Promise<void> {
    return closeServer(this.#server);
  }
}
