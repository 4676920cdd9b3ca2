// The weighted pair behind one name: each color's record, checked as cutover needs the zone set up.
import { COLORS, type Color } from "../../core/color.ts";
import { ConfigurationError } from "../../core/errors.ts";
import type { Weights } from "../port.ts";
import type { Route53Config } from "./config.ts";

/** A resource record set as cutover reads and writes it. */
export interface RecordSet {
  name: string;
  type: string;
  setId?: string;
  weight?: number;
  ttl?: number;
  values: string[];
  alias?: { zoneId: string; dnsName: string; evaluateHealth: boolean };
  healthCheckId?: string;
  /** Routing-policy fields other than Weight that the record carries: Region, Failover, … */
  other: string[];
}

/** What cutover needs from Route 53, and nothing more. Tests can stand in for it. */
export interface Route53Api {
  listRecords(zoneId: string, name: string, type: string, signal?: AbortSignal): Promise<RecordSet[]>;
  /** One ChangeResourceRecordSets batch of UPSERTs: the change's ID for GetChange, and the attempts it took. */
  upsert(zoneId: string, sets: RecordSet[], comment: string, signal?: AbortSignal): Promise<Accepted>;
  /** GetChange: PENDING or INSYNC. */
  changeStatus(id: string, signal?: AbortSignal): Promise<string>;
  /** GetHostedZone's DelegationSet: the zone's name servers. */
  nameServers(zoneId: string, signal?: AbortSignal): Promise<string[]>;
}

export type Pair = Record<Color, RecordSet>;

/** A change Route 53 accepted; more than one attempt means throttling or PriorRequestNotComplete was retried. */
export interface Accepted {
  id: string;
  attempts: number;
}

/** An alias record takes its target's TTL; for an ELB that is a fixed 60 s (Route 53 Developer Guide, alias records). */
export const ALIAS_TTL_SECONDS = 60;

function shown(name: string): string {
  return name.slice(0, -1);
}

function refuse(what: string, fix: string): ConfigurationError {
  return new ConfigurationError(`${what}. ${fix} Nothing was written.`);
}

/**
 * The two colors' records among every record set of `name` and `type`, refused unless the zone is
 * set up as cutover needs it: both there, both weighted, alike in kind, and nothing else beside them.
 */
export function pairOf(sets: RecordSet[], name: string, config: Route53Config, input: string): Pair {
  const where = `${config.type} records of ${shown(name)} (${input}) in hosted zone ${config.zoneId}`;
  const ids = config.setIds;
  const example = `{ Name: ${shown(name)}, Type: ${config.type}, SetIdentifier: ${ids.green}, Weight: 0, TTL: 60, ResourceRecords: [...] }`;
  if (sets.length === 0) {
    throw refuse(
      `The zone has no ${where}`,
      `Create both weighted records (${ids.blue} and ${ids.green}) before the first run: cutover never creates records, since resolvers would cache the NXDOMAIN. Example: ${example}`,
    );
  }
  const simple = sets.find((s) => s.setId === undefined);
  if (simple) {
    throw refuse(
      `The ${where} include a simple record with no SetIdentifier`,
      `Make it one of two weighted records. Example: ${example}`,
    );
  }
  const pair = {} as Pair;
  for (const color of COLORS) {
    const found = sets.find((s) => s.setId === ids[color]);
    if (!found) {
      throw refuse(
        `The ${where} have no record with SetIdentifier ${JSON.stringify(ids[color])} (${color}-set-identifier); found ${sets.map((s) => JSON.stringify(s.setId)).join(", ")}`,
        `Create it at weight 0 before the first run (cutover never creates records at switch time), or name the existing one in ${color}-set-identifier. Example: ${example}`,
      );
    }
    pair[color] = found;
  }
  const third = sets.find((s) => s.setId !== ids.blue && s.setId !== ids.green);
  if (third) {
    throw refuse(
      `The ${where} have a third record, SetIdentifier ${JSON.stringify(third.setId)}, beside ${ids.blue} and ${ids.green}`,
      "It would keep a share of the answers that cutover does not move: delete it or fold it into one color.",
    );
  }
  checkAlike(pair, where);
  return pair;
}

function policy(s: RecordSet): string {
  return s.other.length ? s.other.join("+") : s.weight === undefined ? "no Weight" : "weighted";
}

function checkAlike(pair: Pair, where: string): void {
  const { blue, green } = pair;
  if (policy(blue) !== "weighted" || policy(green) !== "weighted") {
    throw refuse(
      `The ${where} mix routing policies: blue's record is ${policy(blue)}, green's ${policy(green)}`,
      "Both must be weighted records (Weight 0-255) and carry no other routing policy.",
    );
  }
  for (const color of COLORS) {
    const s = pair[color];
    if (s.alias && s.ttl !== undefined) {
      throw refuse(
        `The ${where}: ${color}'s record is an alias and also has a TTL (${s.ttl})`,
        "An alias record takes its target's TTL: give it no TTL.",
      );
    }
    if (!s.alias && s.values.length === 0) {
      throw refuse(`The ${where}: ${color}'s record has no values and is no alias`, "Give it the color's addresses.");
    }
  }
  if (Boolean(blue.alias) !== Boolean(green.alias)) {
    throw refuse(
      `The ${where} mix an alias record and a record with values`,
      "Make both aliases or both plain records, so that both colors' TTLs are alike.",
    );
  }
}

/** The TTL a resolver may cache the answer for: the record's, or its alias target's. */
export function ttlOf(pair: Pair): number {
  return Math.max(...COLORS.map((c) => pair[c].ttl ?? ALIAS_TTL_SECONDS));
}

/**
 * Route 53's split as cutover's percentages. The share is the weight over the sum; when every
 * weight is 0 Route 53 answers all of them equally ("Weighted routing", Developer Guide).
 */
export function sharesOf(pair: Pair): Weights {
  const blue = pair.blue.weight ?? 0;
  const green = pair.green.weight ?? 0;
  if (blue + green === 0) return { blue: 50, green: 50 };
  if ((blue * 100) % (blue + green) === 0)
    return { blue: (blue * 100) / (blue + green), green: 100 - (blue * 100) / (blue + green) };
  return { blue, green };
}

/** The pair with cutover's percentages (0-100, within Route 53's 0-255) as the records' weights. */
export function weighed(pair: Pair, weights: Weights): Pair {
  return { blue: { ...pair.blue, weight: weights.blue }, green: { ...pair.green, weight: weights.green } };
}

/** The answers a color's record gives: its values, or its alias target's name. */
export function answersOf(s: RecordSet): string[] {
  return s.alias ? [] : s.values.map((v) => v.toLowerCase().replace(/\.$/, ""));
}

/** Health settings that make Route 53 answer with the zero-weight color when the live one fails. */
export function fallbackWarnings(pair: Pair): string[] {
  return COLORS.flatMap((color) => {
    const s = pair[color];
    const how = s.healthCheckId ? `health check ${s.healthCheckId}` : s.alias?.evaluateHealth ? "EvaluateTargetHealth" : "";
    return how
      ? [
          `${color}'s record has ${how}: when every record with weight is unhealthy, Route 53 answers with the zero-weight one, so the standby can take traffic without a switch. Set allow-fallback: true if that is wanted.`,
        ]
      : [];
  });
}
