// What cutover needs from the Route 53 API, over @aws-sdk/client-route-53 (loaded on first call).
import {
  ChangeResourceRecordSetsCommand,
  GetChangeCommand,
  GetHostedZoneCommand,
  ListResourceRecordSetsCommand,
  type ResourceRecordSet,
  Route53Client,
} from "@aws-sdk/client-route-53";
import { URGENT_ATTEMPT_MS, untilAborted } from "../../core/cancel.ts";
import { awsCall } from "../../core/errors.ts";
import type { ClientOptions } from "../port.ts";
import type { Accepted, RecordSet, Route53Api } from "./records.ts";

/** Route 53 answers in well under a second; 10 s without an answer is an attempt to give up on. */
const REQUEST_TIMEOUT_MS = 10_000;

/**
 * Adaptive retries, as for ELBv2: the SDK retries Throttling and PriorRequestNotComplete (it
 * lists the latter among its throttling errors) with backoff. The endpoint comes from
 * AWS_ENDPOINT_URL_ROUTE_53 when set, which the SDK reads itself.
 */
export function createRoute53Api(options: ClientOptions): Route53Api {
  return new SdkRoute53(
    new Route53Client({
      region: options.region,
      maxAttempts: options.maxAttempts,
      retryMode: "adaptive",
      requestHandler: { requestTimeout: REQUEST_TIMEOUT_MS, connectionTimeout: 3_000, throwOnRequestTimeout: true },
    }),
  );
}

/** For calls inside a cancel's grace: one bounded attempt each; the engine retries them itself. */
export function createUrgentRoute53Api(options: ClientOptions): Route53Api {
  return new SdkRoute53(
    new Route53Client({
      region: options.region,
      maxAttempts: 1,
      retryMode: "standard",
      requestHandler: { requestTimeout: URGENT_ATTEMPT_MS, connectionTimeout: 1_000, throwOnRequestTimeout: true },
    }),
  );
}

class SdkRoute53 implements Route53Api {
  readonly #client: Route53Client;

  constructor(client: Route53Client) {
    this.#client = client;
  }

  #send<T>(operation: string, send: (options: { abortSignal?: AbortSignal }) => Promise<T>, signal?: AbortSignal): Promise<T> {
    return awsCall("Route53", operation, () => untilAborted(send({ abortSignal: signal }), signal));
  }

  /** Every record set of `name` and `type`: the listing starts there, sorted by name then type, and pages on. */
  async listRecords(zoneId: string, name: string, type: string, signal?: AbortSignal): Promise<RecordSet[]> {
    const found: RecordSet[] = [];
    let next: { StartRecordName?: string; StartRecordType?: string; StartRecordIdentifier?: string } = {
      StartRecordName: name,
      StartRecordType: type,
    };
    for (;;) {
      const out = await this.#send(
        "ListResourceRecordSets",
        (o) => this.#client.send(new ListResourceRecordSetsCommand({ HostedZoneId: zoneId, ...next, MaxItems: 100 } as never), o),
        signal,
      );
      const sets = (out.ResourceRecordSets ?? []).map(fromSdk);
      const mine = sets.filter((s) => s.name === name && s.type === type);
      found.push(...mine);
      if (!out.IsTruncated || mine.length < sets.length) return found;
      next = {
        StartRecordName: out.NextRecordName,
        StartRecordType: out.NextRecordType,
        ...(out.NextRecordIdentifier ? { StartRecordIdentifier: out.NextRecordIdentifier } : {}),
      };
    }
  }

  async upsert(zoneId: string, sets: RecordSet[], comment: string, signal?: AbortSignal): Promise<Accepted> {
    const Changes = sets.map((s) => ({ Action: "UPSERT" as const, ResourceRecordSet: toSdk(s) }));
    const out = await this.#send(
      "ChangeResourceRecordSets",
      (o) =>
        this.#client.send(
          new ChangeResourceRecordSetsCommand({ HostedZoneId: zoneId, ChangeBatch: { Comment: comment, Changes } }),
          o,
        ),
      signal,
    );
    return { id: out.ChangeInfo?.Id ?? "", attempts: out.$metadata.attempts ?? 1 };
  }

  async changeStatus(id: string, signal?: AbortSignal): Promise<string> {
    const out = await this.#send("GetChange", (o) => this.#client.send(new GetChangeCommand({ Id: id }), o), signal);
    return out.ChangeInfo?.Status ?? "";
  }

  async nameServers(zoneId: string, signal?: AbortSignal): Promise<string[]> {
    const out = await this.#send("GetHostedZone", (o) => this.#client.send(new GetHostedZoneCommand({ Id: zoneId }), o), signal);
    return out.DelegationSet?.NameServers ?? [];
  }
}

function fromSdk(s: ResourceRecordSet): RecordSet {
  return {
    name: (s.Name ?? "").toLowerCase().replace(/\\052/g, "*"),
    type: s.Type ?? "",
    ...(s.SetIdentifier !== undefined ? { setId: s.SetIdentifier } : {}),
    ...(s.Weight !== undefined ? { weight: s.Weight } : {}),
    ...(s.TTL !== undefined ? { ttl: s.TTL } : {}),
    values: (s.ResourceRecords ?? []).map((r) => r.Value ?? ""),
    ...(s.AliasTarget
      ? {
          alias: {
            zoneId: s.AliasTarget.HostedZoneId ?? "",
            dnsName: s.AliasTarget.DNSName ?? "",
            evaluateHealth: Boolean(s.AliasTarget.EvaluateTargetHealth),
          },
        }
      : {}),
    ...(s.HealthCheckId ? { healthCheckId: s.HealthCheckId } : {}),
    other: [
      s.Region && "Region",
      s.Failover && "Failover",
      s.GeoLocation && "GeoLocation",
      s.MultiValueAnswer !== undefined && "MultiValueAnswer",
      s.CidrRoutingConfig && "CidrRoutingConfig",
      s.GeoProximityLocation && "GeoProximityLocation",
    ].filter((x): x is string => Boolean(x)),
  };
}

function toSdk(s: RecordSet): ResourceRecordSet {
  return {
    Name: s.name,
    Type: s.type as ResourceRecordSet["Type"],
    ...(s.setId !== undefined ? { SetIdentifier: s.setId } : {}),
    ...(s.weight !== undefined ? { Weight: s.weight } : {}),
    ...(s.alias
      ? {
          AliasTarget: { HostedZoneId: s.alias.zoneId, DNSName: s.alias.dnsName, EvaluateTargetHealth: s.alias.evaluateHealth },
        }
      : { TTL: s.ttl, ResourceRecords: s.values.map((Value) => ({ Value })) }),
    ...(s.healthCheckId ? { HealthCheckId: s.healthCheckId } : {}),
  };
}
