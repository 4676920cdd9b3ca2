// The Route 53 REST-XML API (version 2013-04-01) for one hosted zone, behind
// AWS_ENDPOINT_URL_ROUTE_53: ChangeResourceRecordSets, ListResourceRecordSets, GetChange,
// GetHostedZone and TestDNSAnswer, with the faults a caller must survive.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { AwsFault } from "../aws/faults.ts";
import { closeServer, listenLocal } from "../serve.ts";
import type { Change, ChangeInfo, HostedZone, StoredRecord } from "./hosted-zone.ts";
import type { NameServer } from "./name-server.ts";
import { child, children, type Element, escapeXml, parseXml, text, toXml } from "./xml.ts";

const XMLNS = "https://route53.amazonaws.com/doc/2013-04-01/";

export interface Route53Fault {
  operation: string;
  /** Throttling (400, "Rate exceeded"), PriorRequestNotComplete (400), InvalidChangeBatch (400), AccessDenied (403). */
  code: "Throttling" | "PriorRequestNotComplete" | "InvalidChangeBatch" | "AccessDenied";
  /** How many calls it hits; it is gone after that. */
  count: number;
}

export interface Route53Call {
  operation: string;
  at: number;
  error?: string;
  comment?: string;
}

const STATUS: Record<Route53Fault["code"], number> = {
  Throttling: 400,
  PriorRequestNotComplete: 400,
  InvalidChangeBatch: 400,
  AccessDenied: 403,
};

export class Route53Api {
  readonly zone: HostedZone;
  readonly nameServers: NameServer[];
  readonly faults: Route53Fault[] = [];
  readonly calls: Route53Call[] = [];
  url = "";
  readonly #server: Server;

  constructor(zone: HostedZone, nameServers: NameServer[]) {
    this.zone = zone;
    this.nameServers = nameServers;
    this.#server = createServer((req, res) => void this.#handle(req, res));
  }

  async listen(): Promise<string> {
    this.url = await listenLocal(this.#server);
    return this.url;
  }

  close(): Promise<void> {
    return closeServer(this.#server);
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://route53");
    const call: Route53Call = { operation: "", at: Date.now() };
    try {
      const { operation, run } = this.#route(req.method ?? "GET", url, Buffer.concat(chunks).toString("utf8"));
      call.operation = operation;
      this.calls.push(call);
      this.#fault(operation);
      const body = run(call);
      res.writeHead(200, { "content-type": "text/xml", "x-amzn-requestid": randomUUID() }).end(body);
    } catch (error) {
      const fault = error instanceof AwsFault ? error : new AwsFault("InternalFailure", String(error), 500);
      call.error = fault.code;
      if (!call.operation) this.calls.push(call);
      // Route 53's error document: ErrorResponse/Error with Type, Code and Message ("Route 53 API errors").
      // InvalidChangeBatch comes with the same Code; its list of messages is joined into Message here.
      const body = `<?xml version="1.0"?>\n<ErrorResponse xmlns="${XMLNS}"><Error><Type>Sender</Type><Code>${fault.code}</Code><Message>${escapeXml(fault.message)}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`;
      res.writeHead(fault.status, { "content-type": "text/xml" }).end(body);
    }
  }

  #fault(operation: string): void {
    const fault = this.faults.find((f) => f.operation === operation && f.count > 0);
    if (!fault) return;
    fault.count -= 1;
    const messages: Record<Route53Fault["code"], string> = {
      Throttling: "Rate exceeded",
      PriorRequestNotComplete: "The request was rejected because Route 53 was still processing a prior request.",
      InvalidChangeBatch: "[RRSet with DNS name is not permitted because a conflicting RRSet exists]",
      AccessDenied: `User: arn:aws:sts::123456789012:assumed-role/deploy/cutover is not authorized to perform: route53:${operation}`,
    };
    throw new AwsFault(fault.code, messages[fault.code], STATUS[fault.code]);
  }

  #route(method: string, url: URL, body: string): { operation: string; run: (call: Route53Call) => string } {
    const path = url.pathname.replace(/\/$/, "");
    const zonePath = `/2013-04-01/hostedzone/${this.zone.id}`;
    if (method === "POST" && path === `${zonePath}/rrset`)
      return { operation: "ChangeResourceRecordSets", run: (call) => this.#change(body, call) };
    if (method === "GET" && path === `${zonePath}/rrset`)
      return { operation: "ListResourceRecordSets", run: () => this.#list(url.searchParams) };
    if (method === "GET" && path.startsWith("/2013-04-01/change/"))
      return { operation: "GetChange", run: () => this.#getChange(path.slice("/2013-04-01".length)) };
    if (method === "GET" && path === zonePath) return { operation: "GetHostedZone", run: () => this.#getZone() };
    if (method === "GET" && path === "/2013-04-01/testdnsanswer")
      return { operation: "TestDNSAnswer", run: () => this.#testAnswer(url.searchParams) };
    if (path.startsWith("/2013-04-01/hostedzone/"))
      throw new AwsFault("NoSuchHostedZone", `No hosted zone found with ID: ${path.split("/")[3]}`, 404);
    throw new AwsFault("InvalidAction", `${method} ${path} is not an action this imitation knows`, 400);
  }

  /** POST /2013-04-01/hostedzone/Id/rrset: the batch applies whole or not at all; the answer is PENDING. */
  #change(body: string, call: Route53Call): string {
    const batch = child(parseXml(body), "ChangeBatch");
    const comment = text(batch, "Comment");
    if (comment !== undefined) call.comment = comment;
    const changes = children(child(batch, "Changes"), "Change").map(changeOf);
    // ChangeBatch: "A request cannot contain more than 1,000 ResourceRecord elements" and at least one change.
    if (changes.length === 0)
      throw new AwsFault(
        "InvalidInput",
        "1 validation error detected: Value null at 'changeBatch.changes' failed to satisfy constraint",
      );
    const info = this.zone.apply(changes, comment);
    return response("ChangeResourceRecordSetsResponse", { ChangeInfo: changeInfo(info) });
  }

  /**
   * GET …/rrset?name&type&identifier&maxitems: from the first set at or after name (and type, and
   * identifier), up to maxitems (default 300); IsTruncated with NextRecordName/Type/Identifier
   * when more follow. Strongly consistent with the caller's own accepted changes.
   */
  #list(query: URLSearchParams): string {
    const name = query.get("name");
    const type = query.get("type");
    const identifier = query.get("identifier");
    const max = Number(query.get("maxitems") ?? 300);
    const sorted = this.zone.sorted();
    const key = (r: StoredRecord) => [r.Name.split(".").reverse().join("."), r.Type, r.SetIdentifier ?? ""];
    const start = name ? [name.toLowerCase().endsWith(".") ? name.toLowerCase() : `${name.toLowerCase()}.`] : [];
    const from = start[0] ? [start[0].split(".").reverse().join("."), type ?? "", identifier ?? ""] : ["", "", ""];
    const rest = sorted.filter((r) => compare(key(r), from) >= 0);
    const page = rest.slice(0, max);
    const next = rest[max];
    return response("ListResourceRecordSetsResponse", {
      ResourceRecordSets: { ResourceRecordSet: page.map(recordXml) },
      IsTruncated: String(Boolean(next)),
      ...(next ? { NextRecordName: next.Name, NextRecordType: next.Type, NextRecordIdentifier: next.SetIdentifier } : {}),
      MaxItems: String(max),
    });
  }

  /** GET /2013-04-01/change/Id: PENDING, then INSYNC once every name server carries it. */
  #getChange(id: string): string {
    const info = this.zone.changes.get(id) ?? this.zone.changes.get(`/change/${id.replace(/^\/change\//, "")}`);
    if (!info) throw new AwsFault("NoSuchChange", `A change with the specified change ID does not exist: ${id}`, 404);
    return response("GetChangeResponse", { ChangeInfo: changeInfo(info) });
  }

  /** GET /2013-04-01/hostedzone/Id: the zone and its DelegationSet's four name servers. */
  #getZone(): string {
    return response("GetHostedZoneResponse", {
      HostedZone: {
        Id: `/hostedzone/${this.zone.id}`,
        Name: this.zone.name,
        CallerReference: "cutover-sandbox",
        Config: { PrivateZone: "false" },
        ResourceRecordSetCount: String(this.zone.records.length),
      },
      DelegationSet: { NameServers: { NameServer: this.zone.nameServers } },
    });
  }

  /**
   * GET /2013-04-01/testdnsanswer?hostedzoneid&recordname&recordtype: what one of the zone's name
   * servers answers now ("the values that Route 53 returns in response to a DNS request").
   */
  #testAnswer(query: URLSearchParams): string {
    const name = (query.get("recordname") ?? "").toLowerCase().replace(/\.?$/, ".");
    const type = query.get("recordtype") ?? "A";
    const server = this.nameServers[0] as NameServer;
    const sets = server.snapshot().filter((r) => r.Name === name && r.Type === type);
    const chosen = sets.length ? (sets[Math.floor(Math.random() * sets.length)] as StoredRecord) : undefined;
    return response("TestDNSAnswerResponse", {
      Nameserver: server.name,
      RecordName: name,
      RecordType: type,
      RecordData: { RecordDataEntry: chosen?.ResourceRecords ?? [] },
      ResponseCode: chosen ? "NOERROR" : "NXDOMAIN",
      Protocol: "UDP",
    });
  }
}

function compare(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) {
    if ((a[i] ?? "") < (b[i] ?? "")) return -1;
    if ((a[i] ?? "") > (b[i] ?? "")) return 1;
  }
  return 0;
}

function response(root: string, body: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="${XMLNS}">${toXml(body)}</${root}>`;
}

function changeInfo(info: ChangeInfo): Record<string, unknown> {
  return { Id: info.Id, Status: info.Status, SubmittedAt: info.SubmittedAt, Comment: info.Comment };
}

function changeOf(element: Element): Change {
  const action = text(element, "Action") as Change["Action"];
  if (!["CREATE", "DELETE", "UPSERT"].includes(action)) throw new AwsFault("InvalidInput", `Invalid Action: ${action}`);
  const set = child(element, "ResourceRecordSet");
  const alias = child(set, "AliasTarget");
  const number = (name: string) => (text(set, name) === undefined ? undefined : Number(text(set, name)));
  const record: StoredRecord = {
    Name: (text(set, "Name") ?? "").toLowerCase().replace(/\.?$/, "."),
    Type: text(set, "Type") ?? "",
  };
  const optional: Partial<StoredRecord> = {
    SetIdentifier: text(set, "SetIdentifier"),
    Weight: number("Weight"),
    TTL: number("TTL"),
    HealthCheckId: text(set, "HealthCheckId"),
    Region: text(set, "Region"),
    Failover: text(set, "Failover"),
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) (record as unknown as Record<string, unknown>)[k] = v;
  const values = children(child(set, "ResourceRecords"), "ResourceRecord").map((r) => text(r, "Value") ?? "");
  if (values.length) record.ResourceRecords = values;
  if (alias) {
    record.AliasTarget = {
      HostedZoneId: text(alias, "HostedZoneId") ?? "",
      DNSName: text(alias, "DNSName") ?? "",
      EvaluateTargetHealth: text(alias, "EvaluateTargetHealth") === "true",
    };
  }
  return { Action: action, ResourceRecordSet: record };
}

function recordXml(r: StoredRecord): Record<string, unknown> {
  return {
    Name: r.Name,
    Type: r.Type,
    SetIdentifier: r.SetIdentifier,
    Weight: r.Weight,
    Region: r.Region,
    Failover: r.Failover,
    TTL: r.TTL,
    ResourceRecords: r.ResourceRecords ? { ResourceRecord: r.ResourceRecords.map((Value) => ({ Value })) } : undefined,
    AliasTarget: r.AliasTarget
      ? { ...r.AliasTarget, EvaluateTargetHealth: String(r.AliasTarget.EvaluateTargetHealth) }
      : undefined,
    HealthCheckId: r.HealthCheckId,
  };
}
