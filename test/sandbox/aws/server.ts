// One local endpoint for the AWS services. The real SDK clients reach it through the
// AWS_ENDPOINT_URL_* variables; each request is routed by the service its SigV4 signature names.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { AwsFault, type Elbv2 } from "./elbv2.ts";
import { decodeQuery, queryError, queryResponse } from "./query.ts";

export interface CallRecord {
  service: string;
  action: string;
  params: unknown;
  write: boolean;
  at: number;
  error?: string;
}

export interface Fault {
  action: string;
  mode: "throttle" | "error" | "latency";
  /** How many calls it hits; it is gone after that. */
  count: number;
  latencyMs?: number;
}

const ELBV2_XMLNS = "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/";
const READ_PREFIXES = ["Describe", "Get", "List"];

export function isWrite(action: string): boolean {
  return !READ_PREFIXES.some((prefix) => action.startsWith(prefix));
}

function signedService(req: IncomingMessage): string {
  const match = /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\/aws4_request/.exec(req.headers.authorization ?? "");
  return match?.[1] ?? "";
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export class AwsServer {
  readonly calls: CallRecord[] = [];
  readonly faults: Fault[] = [];
  readonly #elbv2: Elbv2;
  readonly #server: Server;

  constructor(elbv2: Elbv2) {
    this.#elbv2 = elbv2;
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
  }

  async listen(port = 0): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(port, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }

  /** The first fault armed for this action, used up by one call. */
  #takeFault(action: string): Fault | undefined {
    const fault = this.faults.find((f) => f.action === action && f.count > 0);
    if (fault) fault.count -= 1;
    return fault;
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const service = signedService(req);
    const raw = await body(req);
    if (service !== "elasticloadbalancing") {
      res
        .writeHead(400, { "content-type": "text/plain" })
        .end(`The sandbox does not serve the service '${service || "unsigned"}'.`);
      return;
    }
    const params = decodeQuery(raw);
    const action = String(params.Action ?? "");
    const { Action: _a, Version: _v, ...rest } = params;
    const record: CallRecord = { service: "elbv2", action, params: rest, write: isWrite(action), at: Date.now() };
    this.calls.push(record);
    const requestId = randomUUID();
    try {
      const fault = this.#takeFault(action);
      if (fault?.mode === "latency") await new Promise((resolve) => setTimeout(resolve, fault.latencyMs ?? 1_000));
      if (fault?.mode === "throttle") throw new AwsFault("Throttling", "Rate exceeded");
      if (fault?.mode === "error")
        throw new AwsFault(
          "InternalFailure",
          "The request processing has failed because of an unknown error, exception or failure.",
          500,
        );
      const result = this.#elbv2.handle(action, rest);
      res
        .writeHead(200, { "content-type": "text/xml", "x-amzn-requestid": requestId })
        .end(queryResponse(action, result, requestId, ELBV2_XMLNS));
    } catch (error) {
      if (!(error instanceof AwsFault)) throw error;
      record.error = error.code;
      res
        .writeHead(error.status, { "content-type": "text/xml", "x-amzn-requestid": requestId })
        .end(queryError(error.code, error.message, requestId, ELBV2_XMLNS));
    }
  }
}
