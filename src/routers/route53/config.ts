// The Route 53 router's inputs, read and checked before any call to Route 53 or DNS.
import { readDuration } from "../../core/durations.ts";
import { inputError, quoted, readBoolean, readInteger, readString } from "../../core/inputs.ts";
import { regionBesideRouter } from "../neutral.ts";
import type { NeutralSettings, RouteRef, RouterConfig } from "../port.ts";

export const RECORD_TYPES = ["A", "AAAA", "CNAME"] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export interface Route53Config {
  zoneId: string;
  name: string;
  type: RecordType;
  testName?: string;
  setIds: { blue: string; green: string };
  maxTtlSeconds: number;
  resolver?: string;
  nameServerPort: number;
  authorityQueries: number;
  healthPort: number;
  healthPath: string;
  allowFallback: boolean;
}

export interface Route53RouterConfig extends RouterConfig {
  route53: Route53Config;
}

/** What every summary says: DNS moves clients as their caches expire, not at the write. */
const TAIL =
  "**DNS tail:** clients move as their resolvers' caches expire: a switch or a rollback takes Route 53's propagation (INSYNC, generally within 60 s) plus the record's TTL, and kept-alive connections stay where they are until they close. Some clients (older JVMs) cache longer.";

// Route 53 hosted zone IDs: upper-case letters and digits after a Z (the console's `Z...`); the SDK strips `/hostedzone/`.
const ZONE_ID = /^(\/hostedzone\/)?(Z[A-Z0-9]{1,31})$/;
// RFC 1035 labels, as Route 53 takes them in a record name (`*` for a wildcard's first label).
const LABEL = /^(\*|[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)$/;

function readZoneId(): string {
  const value = readString("hosted-zone-id");
  if (!value)
    throw inputError("hosted-zone-id", "is required: the hosted zone that holds the weighted records", "Z0123456789ABCDEFGHIJ");
  const match = ZONE_ID.exec(value);
  if (!match) throw inputError("hosted-zone-id", `is not a hosted zone ID, got ${quoted(value)}`, "Z0123456789ABCDEFGHIJ");
  return match[2] as string;
}

/** A DNS name as Route 53 lists it: lower case, with the trailing dot. */
export function readRecordName(input: string, required: boolean): string | undefined {
  const value = readString(input).toLowerCase();
  if (!value) {
    if (required) throw inputError(input, "is required: the name both weighted records answer", "app.example.com");
    return undefined;
  }
  const name = value.endsWith(".") ? value : `${value}.`;
  const labels = name.slice(0, -1).split(".");
  if (name.length > 255 || labels.length < 2 || !labels.every((l) => LABEL.test(l)) || labels.slice(1).includes("*")) {
    throw inputError(input, `is not a DNS name in a zone, got ${quoted(value)}`, "app.example.com");
  }
  return name;
}

function readType(): RecordType {
  const value = readString("record-type", "A").toUpperCase();
  if (!(RECORD_TYPES as readonly string[]).includes(value)) {
    throw inputError(
      "record-type",
      `must be A, AAAA or CNAME (the weighted records cutover moves), got ${quoted(readString("record-type"))}`,
      "A",
    );
  }
  return value as RecordType;
}

// SetIdentifier: 1 to 128 characters (API reference, ResourceRecordSet).
function readSetId(input: string, fallback: string): string {
  const value = readString(input, fallback);
  if (value.length > 128 || /[\r\n]/.test(value)) {
    throw inputError(
      input,
      `must be one line of 1 to 128 characters, the record's SetIdentifier, got ${quoted(value)}`,
      fallback,
    );
  }
  return value;
}

function readMaxTtl(): number {
  const ms = readDuration("max-ttl", "60s", 2 * 86_400_000);
  if (ms < 1_000 || ms % 1_000 !== 0)
    throw inputError("max-ttl", "must be whole seconds, 1s or more (a TTL is in seconds)", "60s");
  return ms / 1_000;
}

function readResolver(): string | undefined {
  const value = readString("dns-resolver") || process.env.CUTOVER_DNS_RESOLVER?.trim() || "";
  if (!value) return undefined;
  const match = /^(\[[0-9a-fA-F:.]+\]|[0-9.]+)(?::(\d{1,5}))?$/.exec(value);
  const port = Number(match?.[2] ?? 53);
  if (!match || port < 1 || port > 65535) {
    throw inputError("dns-resolver", `must be an IP address with an optional port, got ${quoted(value)}`, "10.0.0.2:53");
  }
  return value;
}

function readHealthPath(): string {
  const value = readString("health-path", "/health");
  if (!/^\/[^\s#]*$/.test(value))
    throw inputError("health-path", `must be a path that starts with /, got ${quoted(value)}`, "/health");
  return value;
}

export function readRoute53(): Route53Config {
  const zoneId = readZoneId();
  const name = readRecordName("record-name", true) as string;
  const type = readType();
  const testName = readRecordName("test-record-name", false);
  if (testName === name)
    throw inputError("test-record-name", `must differ from record-name (${name})`, `test.${name.slice(0, -1)}`);
  const setIds = { blue: readSetId("blue-set-identifier", "blue"), green: readSetId("green-set-identifier", "green") };
  if (setIds.blue === setIds.green) {
    throw inputError("green-set-identifier", `must differ from blue-set-identifier (both ${quoted(setIds.blue)})`, "green");
  }
  return {
    zoneId,
    name,
    type,
    ...(testName ? { testName } : {}),
    setIds,
    maxTtlSeconds: readMaxTtl(),
    ...optional("resolver", readResolver()),
    nameServerPort: readInteger("name-server-port", 53, { min: 1, max: 65535 }),
    authorityQueries: readInteger("authority-queries", 5, { min: 1, max: 50 }),
    healthPort: readInteger("health-port", 80, { min: 1, max: 65535 }),
    healthPath: readHealthPath(),
    allowFallback: readBoolean("allow-fallback", false),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function recordRoute(name: string, role: "production" | "test", input: string): RouteRef {
  const shown = name.slice(0, -1);
  // routeName() puts "test " before a test route's name itself.
  return { id: name, role, name: `record ${shown}`, short: shown, input };
}

export function readRoute53RouterConfig(neutral: NeutralSettings): Route53RouterConfig {
  const route53 = readRoute53();
  const { verifyTimeoutMs, maxAttempts } = neutral;
  const routes = [
    recordRoute(route53.name, "production", "record-name"),
    ...(route53.testName ? [recordRoute(route53.testName, "test", "test-record-name")] : []),
  ];
  const pool = (color: "blue" | "green") => `${route53.name.slice(0, -1)} ${route53.type} ${route53.setIds[color]}`;
  return {
    kind: "route53",
    description: `Route 53 weighted ${route53.type} records ${route53.name.slice(0, -1)}${route53.testName ? ` and test ${route53.testName.slice(0, -1)}` : ""} in hosted zone ${route53.zoneId}`,
    routes,
    pools: { blue: pool("blue"), green: pool("green") },
    verifyTimeoutMs,
    testUrlKnown: false,
    testRouteInputs: ["test-record-name"],
    // Weights 0-255 per record: cutover writes whole percentages, 0 to 100.
    capabilities: { weighted: true, finestStepPercent: 1, cloudWatch: false },
    splitUnseen:
      "Route 53 splits by DNS answer, and one client's resolver keeps one answer for the record's TTL: the step rests on every Route 53 name server answering the new weights, checked before",
    // The region of the AWS services beside the router (CloudWatch, say); Route 53's own client signs for us-east-1.
    aws: { region: regionBesideRouter(neutral), partition: "aws", maxAttempts },
    notes: [TAIL],
    route53,
  };
}
