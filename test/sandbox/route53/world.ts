// The Route 53 sandbox: the Route 53 API imitation for one hosted zone, its four authoritative
// name servers, unbound as the caching resolver in front, and each color's app on its own loopback
// address (same port), so that the DNS answer alone decides where a new connection goes. Blue
// starts live at weight 100, green at 0; the test record answers the standby.
import { type AppBehaviour, AppServer, SessionStore } from "../apps/app.ts";
import { claimPodNet, type PodNet } from "../kubernetes/pod-net.ts";
import { DEFAULT_BEHAVIOUR, type SandboxColor } from "../world.ts";
import { Route53Api } from "./api.ts";
import { HostedZone, type StoredRecord } from "./hosted-zone.ts";
import { NameServer } from "./name-server.ts";
import { Unbound } from "./unbound.ts";

export const ZONE = "cutover.test.";
export const RECORD = `app.${ZONE}`;
export const TEST_RECORD = `test.${ZONE}`;
export const ZONE_ID = "Z0SANDBOX53CUTOVER";
const COLORS = ["blue", "green"] as const;

export interface Route53WorldOptions {
  /** Each record's TTL, in seconds (real ones are 60 s or more; the sandbox scales it down). */
  ttl?: number;
  /** From a change's acceptance to INSYNC, in ms (Route 53: "generally within 60 seconds"). */
  syncMs?: number;
  /** Records to start with instead of the usual pair: bad zone setups. */
  records?: (world: Route53World) => StoredRecord[];
}

export class Route53World {
  readonly net: PodNet = claimPodNet();
  readonly sessions = new SessionStore();
  readonly apps: Record<SandboxColor, AppServer> = {
    blue: new AppServer("blue", DEFAULT_BEHAVIOUR.blue, this.sessions, new SessionStore()),
    green: new AppServer("green", DEFAULT_BEHAVIOUR.green, this.sessions, new SessionStore()),
  };
  readonly nameServers: NameServer[];
  readonly zone: HostedZone;
  readonly api: Route53Api;
  readonly unbound = new Unbound();
  readonly options: Required<Omit<Route53WorldOptions, "records">> & Pick<Route53WorldOptions, "records">;
  port = 0;
  nameServerPort = 0;

  constructor(options: Route53WorldOptions = {}) {
    this.options = { ttl: 1, syncMs: 1_000, ...options };
    const names = [1, 2, 3, 4].map((i) => `ns-${i}.awsdns-sandbox.test`);
    this.nameServers = names.map((name, i) => new NameServer(name, `${this.net.prefix}.${i + 1}`, ZONE, () => names));
    this.zone = new HostedZone(ZONE_ID, ZONE, names, [], { syncMs: this.options.syncMs });
    this.api = new Route53Api(this.zone, this.nameServers);
  }

  address(color: SandboxColor): string {
    return `${this.net.prefix}.${color === "blue" ? 10 : 20}`;
  }

  async start(): Promise<this> {
    this.port = await this.apps.blue.listen(this.address("blue"));
    await this.apps.green.listen(this.address("green"), this.port);
    this.nameServerPort = await (this.nameServers[0] as NameServer).listen(0);
    for (const ns of this.nameServers.slice(1)) await ns.listen(this.nameServerPort);
    this.zone.attach(this.nameServers);
    this.zone.reset(this.initialRecords());
    await this.api.listen();
    await this.unbound.start(this.#unboundOptions());
    return this;
  }

  #unboundOptions() {
    return {
      address: `${this.net.prefix}.53`,
      zone: ZONE,
      nameServers: this.nameServers.map((ns) => ({ name: ns.name, address: ns.address, port: this.nameServerPort })),
    };
  }

  /** The weighted pair at the record and at the test record, blue live, and the ledger's TXT record. */
  initialRecords(): StoredRecord[] {
    if (this.options.records) return this.options.records(this);
    return [...this.pair(RECORD, { blue: 100, green: 0 }), ...this.pair(TEST_RECORD, { blue: 0, green: 100 })];
  }

  pair(name: string, weights: Record<SandboxColor, number>, ttl = this.options.ttl): StoredRecord[] {
    return COLORS.map((color) => ({
      Name: name,
      Type: "A",
      SetIdentifier: color,
      Weight: weights[color],
      TTL: ttl,
      ResourceRecords: [this.address(color)],
    }));
  }

  /** The ledger's TXT record as the router writes it: one `"<color> <key>=<value>"` string per entry. */
  ledger(entries: Partial<Record<SandboxColor, Record<string, string>>>): StoredRecord {
    const values = ['"cutover ledger"'];
    for (const color of COLORS) for (const [k, v] of Object.entries(entries[color] ?? {})) values.push(`"${color} ${k}=${v}"`);
    return { Name: `_cutover.${RECORD}`, Type: "TXT", TTL: 60, ResourceRecords: values };
  }

  /** Green live since `at`, blue retired then: what a switch leaves, without waiting for one. */
  greenLive(at = new Date(), ttl = this.options.ttl): StoredRecord[] {
    const iso = at.toISOString();
    return [
      ...this.pair(RECORD, { blue: 0, green: 100 }, ttl),
      ...this.pair(TEST_RECORD, { blue: 100, green: 0 }, ttl),
      this.ledger({
        blue: { "cutover:version": "v1", "cutover:retired-at": iso },
        green: { "cutover:version": "v2", "cutover:live-since": iso },
      }),
    ];
  }

  /** The records' weights as Route 53 holds them now. */
  weights(name = RECORD): Record<SandboxColor, number> {
    const of = (color: SandboxColor) => this.zone.records.find((r) => r.Name === name && r.SetIdentifier === color)?.Weight ?? -1;
    return { blue: of("blue"), green: of("green") };
  }

  get urls(): { prod: string; test: string } {
    return { prod: `http://${RECORD.slice(0, -1)}:${this.port}`, test: `http://${TEST_RECORD.slice(0, -1)}:${this.port}` };
  }

  /** The router inputs every step takes for this sandbox. */
  get inputs(): Record<string, string> {
    return {
      router: "route53",
      "hosted-zone-id": ZONE_ID,
      "record-name": RECORD.slice(0, -1),
      "record-type": "A",
      "test-record-name": TEST_RECORD.slice(0, -1),
      "max-ttl": `${Math.max(this.options.ttl, 1)}s`,
      "name-server-port": String(this.nameServerPort),
      "dns-resolver": this.unbound.hostPort,
      "health-port": String(this.port),
      "authority-queries": "3",
      "verify-timeout": "20s",
    };
  }

  /** What a step's process needs beside its inputs: the API endpoint and test credentials. */
  get env(): Record<string, string> {
    return {
      AWS_ENDPOINT_URL_ROUTE_53: this.api.url,
      AWS_ACCESS_KEY_ID: "AKIDSANDBOX",
      AWS_SECRET_ACCESS_KEY: "sandbox-secret",
      AWS_REGION: "us-east-1",
      CUTOVER_DNS_RESOLVER: this.unbound.hostPort,
    };
  }

  /** The KEY=VALUE lines `npm run sandbox -- --router route53 --env-file` writes. */
  get envFile(): Record<string, string> {
    const { "dns-resolver": _, ...inputs } = this.inputs;
    return {
      ...this.env,
      CUTOVER_ROUTER: "route53",
      CUTOVER_ROUTER_INPUTS: JSON.stringify(inputs),
      CUTOVER_PROD_URL: this.urls.prod,
      CUTOVER_TEST_URL: this.urls.test,
      CUTOVER_BLUE_APP_URL: `http://${this.address("blue")}:${this.port}`,
      CUTOVER_GREEN_APP_URL: `http://${this.address("green")}:${this.port}`,
    };
  }

  setApps(color: SandboxColor, behaviour: Partial<AppBehaviour>): void {
    Object.assign(this.apps[color].behaviour, behaviour);
  }

  /** Back to the start: records, faults, apps, and an empty resolver cache. */
  async reset(records = this.initialRecords()): Promise<void> {
    this.sessions.clear();
    this.api.faults.length = 0;
    this.api.calls.length = 0;
    this.zone.propagation.holdPending = false;
    for (const ns of this.nameServers) {
      ns.down = false;
      ns.release();
    }
    for (const color of COLORS) this.apps[color].behaviour = { ...DEFAULT_BEHAVIOUR[color] };
    this.zone.reset(records);
    await this.unbound.flush(this.#unboundOptions());
  }

  async stop(): Promise<void> {
    this.zone.stop();
    await this.unbound.stop();
    await this.api.close();
    await Promise.all(this.nameServers.map((ns) => ns.close()));
    await Promise.all(COLORS.map((c) => this.apps[c].close()));
    this.net.release();
  }
}

export async function startRoute53World(options: Route53WorldOptions = {}): Promise<Route53World> {
  return new Route53World(options).start();
}
