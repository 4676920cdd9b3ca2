// One local endpoint for the AWS services. The real SDK clients reach it through the
// AWS_ENDPOINT_URL_* variables; each request is routed by the service its SigV4 signature names.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { closeServer, listenLocal } from "../serve.ts";
import type { CloudFront } from "./cloudfront.ts";
import { CLOUDWATCH_TARGET_PREFIX, CLOUDWATCH_XMLNS, type CloudWatch, fromQuery, toQueryResult } from "./cloudwatch.ts";
import type { Elbv2 } from "./elbv2.ts";
import { AwsFault } from "./faults.ts";
import { decodeQuery, queryError, queryResponse } from "./query.ts";

export interface Services {
  elbv2: Elbv2;
  cloudfront: CloudFront;
  cloudwatch: CloudWatch;
}

/** What one service answers to one request. */
interface Answer {
  status: number;
  contentType: string;
  body: string;
  headers?: Record<string, string>;
}

export interface CallRecord {
  service: string;
  action: string;
  params: unknown;
  write: boolean;
  at: number;
  /** When the answer was sent: a call that arrived before another's answer ran alongside it. */
  answeredAt?: number;
  error?: string;
}

export interface Fault {
  action: string;
  mode: "throttle" | "error" | "latency";
  /** How many calls it hits; it is gone after that. */
  count: number;
  /** How many matching calls to let through before it starts hitting. */
  after?: number;
  latencyMs?: number;
  /** Only calls whose parameters name this ARN (one route, one target group). */
  arn?: string;
  /**
   * Hits every matching call until this time (epoch ms), whatever `count` says: throttling that
   * lasts a while, as ELBv2's per-account API rate limits do ("Quotas for your Application Load
   * Balancers": API requests are throttled per account and region, with no fixed end).
   */
  until?: number;
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
  readonly #services: Services;
  readonly #server: Server;

  constructor(services: Services) {
    this.#services = services;
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
  }

  listen(): Promise<string> {
    return listenLocal(this.#server);
  }

  close(): Promise<void> {
    return closeServer(this.#server);
  }

  /** The first fault armed for this action, used up by one call. */
  #takeFault(action: string, params: unknown): Fault | undefined {
    const named = (f: Fault) => !f.arn || JSON.stringify(params).includes(f.arn);
    const live = (f: Fault) => (f.until === undefined ? f.count > 0 : Date.now() < f.until);
    const fault = this.faults.find((f) => f.action === action && live(f) && named(f));
    if (!fault) return undefined;
    if (fault.until !== undefined) return fault;
    if (fault.after) {
      fault.after -= 1;
      return undefined;
    }
    fault.count -= 1;
    return fault;
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const service = signedService(req);
    const raw = await body(req);
    const requestId = randomUUID();
    const parsed = this.#parse(service, req, raw);
    if (!parsed) {
      res
        .writeHead(400, { "content-type": "text/plain" })
        .end(`The sandbox does not serve the service '${service || "unsigned"}'.`);
      return;
    }
    const record: CallRecord = {
      service: parsed.service,
      action: parsed.action,
      params: parsed.params,
      write: isWrite(parsed.action),
      at: Date.now(),
    };
    this.calls.push(record);
    let answer: Answer;
    try {
      const fault = this.#takeFault(parsed.action, parsed.params);
      if (fault?.mode === "latency") {
        await new Promise((resolve) => setTimeout(resolve, fault.latencyMs ?? 1_000));
        // A slow call is one not yet dispatched to the service: a client that gave up on it closed
        // the connection, and the front end drops it (it was never acknowledged, so never done).
        if (res.destroyed || req.socket.destroyed) {
          record.error = "ClientClosed";
          return;
        }
      }
      if (fault?.mode === "throttle") throw new AwsFault("Throttling", "Rate exceeded");
      if (fault?.mode === "error") {
        throw new AwsFault(
          "InternalFailure",
          "The request processing has failed because of an unknown error, exception or failure.",
          500,
        );
      }
      answer = parsed.run();
    } catch (error) {
      if (!(error instanceof AwsFault)) throw error;
      record.error = error.code;
      answer = parsed.xmlns
        ? { status: error.status, contentType: "text/xml", body: queryError(error.code, error.message, requestId, parsed.xmlns) }
        : this.#error(parsed.service, error, requestId);
    }
    record.answeredAt = Date.now();
    res
      .writeHead(answer.status, { "content-type": answer.contentType, "x-amzn-requestid": requestId, ...answer.headers })
      .end(answer.body);
  }

  /** Which service and action a request is for, and how to answer it. */
  #parse(
    service: string,
    req: IncomingMessage,
    raw: string,
  ): { service: string; action: string; params: unknown; run: () => Answer; xmlns?: string } | undefined {
    const { elbv2, cloudfront, cloudwatch } = this.#services;
    if (service === "elasticloadbalancing") {
      const { Action, Version: _v, ...params } = decodeQuery(raw);
      const action = String(Action ?? "");
      const run = () => ({
        status: 200,
        contentType: "text/xml",
        body: queryResponse(action, elbv2.handle(action, params), randomUUID(), ELBV2_XMLNS),
      });
      return { service: "elbv2", action, params, run };
    }
    if (service === "monitoring" && !req.headers["x-amz-target"]) {
      const { Action, Version: _v, ...query } = decodeQuery(raw);
      const action = String(Action ?? "");
      const params = fromQuery(query);
      const run = () => ({
        status: 200,
        contentType: "text/xml",
        body: queryResponse(action, toQueryResult(cloudwatch.handle(action, params)), randomUUID(), CLOUDWATCH_XMLNS),
      });
      return { service: "cloudwatch", action, params, run, xmlns: CLOUDWATCH_XMLNS };
    }
    if (service === "monitoring") {
      const action = String(req.headers["x-amz-target"] ?? "").replace(CLOUDWATCH_TARGET_PREFIX, "");
      const params = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      const run = () => ({
        status: 200,
        contentType: "application/x-amz-json-1.0",
        body: JSON.stringify(cloudwatch.handle(action, params)),
      });
      return { service: "cloudwatch", action, params, run };
    }
    if (service === "cloudfront") {
      // The action is known only once the path is matched; a failed match still records the call.
      const path = req.url ?? "/";
      const method = req.method ?? "GET";
      const action =
        method === "POST" ? "CreateInvalidation" : /\/invalidation\/[^/?]+/.test(path) ? "GetInvalidation" : "ListInvalidations";
      const run = () => {
        const out = cloudfront.handle(method, path, raw);
        const location =
          out.action === "CreateInvalidation"
            ? { location: `https://cloudfront.amazonaws.com${path.split("?")[0]}/${/<Id>([^<]+)<\/Id>/.exec(out.xml)?.[1]}` }
            : undefined;
        return { status: out.status, contentType: "text/xml", body: `<?xml version="1.0"?>\n${out.xml}`, headers: location };
      };
      return { service: "cloudfront", action, params: { path, body: raw }, run };
    }
    return undefined;
  }

  #error(service: string, error: AwsFault, requestId: string): Answer {
    if (service === "cloudwatch") {
      const type = error.status >= 500 ? "Receiver" : "Sender";
      return {
        status: error.status,
        contentType: "application/x-amz-json-1.0",
        body: JSON.stringify({ __type: error.code, message: error.message }),
        headers: { "x-amzn-query-error": `${error.code};${type}` },
      };
    }
    if (service === "cloudfront") {
      return {
        status: error.status,
        contentType: "text/xml",
        body: this.#services.cloudfront.errorXml(error.code, error.message, requestId),
      };
    }
    return { status: error.status, contentType: "text/xml", body: queryError(error.code, error.message, requestId, ELBV2_XMLNS) };
  }
}
