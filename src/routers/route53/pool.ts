// Each color is its weighted record. DNS has no targets to deregister: retiring a color is making
// sure it is out of every answer (weight 0) and out of every cache (its TTL tail passed); health is
// each record value probed, as Route 53's own health checks would.
import { type Color, otherColor } from "../../core/color.ts";
import { CutoverError } from "../../core/errors.ts";
import * as core from "../../core/runner.ts";
import { Prober } from "../../probe/http.ts";
import { LEDGER } from "../ledger-keys.ts";
import type { CallOptions, MemberHealth, PoolPort, RouterConfig, Setting } from "../port.ts";
import type { Route53Config } from "./config.ts";
import { waitInSync } from "./propagation.ts";
import { type Pair, type RecordSet, ttlOf } from "./records.ts";
import { loweredEntry } from "./ttl.ts";
import { ZONE_KEY, type Zone } from "./zone.ts";

const PROBE_TIMEOUT_MS = 5_000;

export class Route53Pool implements PoolPort {
  readonly verbs = { retire: "Confirm out of DNS", restore: "Nothing to give back in DNS for" };
  readonly #zone: Zone;
  readonly #config: RouterConfig;

  constructor(zone: Zone, config: RouterConfig) {
    this.#zone = zone;
    this.#config = config;
  }

  #production(options: CallOptions = {}): Promise<Pair> {
    const ref = this.#config.routes[0];
    return this.#zone.pair(ref?.id ?? "", ref?.input ?? "record-name", options);
  }

  /** A color at weight 0 whose teardown began answers no one: its values are `unused`. */
  async health(color: Color, options: CallOptions = {}): Promise<MemberHealth[]> {
    const [pair, ledger] = await Promise.all([this.#production(options), this.#zone.readLedger(options)]);
    const record = pair[color];
    if ((record.weight ?? 0) === 0 && ledger[color][LEDGER.teardownStarted]) {
      return targetsOf(record).map((id) => ({ id, state: "idle", reason: "Weight0", description: "weight 0 in Route 53" }));
    }
    return probe(record, this.#zone.config, options.signal);
  }

  async settings(color: Color, options: CallOptions = {}): Promise<Setting[]> {
    const record = (await this.#production(options))[color];
    return [
      { name: "TTL", value: record.alias ? "alias" : String(record.ttl) },
      {
        name: "health check",
        value: record.healthCheckId ? "yes" : record.alias?.evaluateHealth ? "EvaluateTargetHealth" : "none",
      },
    ];
  }

  /** Refuses a color DNS still sends anyone to: weight above 0, or answers still inside their TTL. */
  async retire(color: Color, _targets: MemberHealth[], options: CallOptions = {}): Promise<void> {
    const [pair, ledger] = await Promise.all([this.#production(options), this.#zone.readLedger(options)]);
    if ((pair[color].weight ?? 0) > 0) {
      throw new CutoverError(`${color}'s record still has weight ${pair[color].weight}: Route 53 answers with it.`);
    }
    const retired = Date.parse(ledger[color][LEDGER.retiredAt] ?? "");
    const ends = retired + ttlOf(pair) * 1_000;
    if (Number.isNaN(retired) || ends > Date.now()) {
      throw new CutoverError(
        Number.isNaN(retired)
          ? `${color} has no ${LEDGER.retiredAt}, so its TTL tail cannot be dated.`
          : `${color}'s TTL tail lasts until ${new Date(ends).toISOString()}: resolvers may still send clients to it.`,
      );
    }
    core.info(
      `${color} is at weight 0 and its TTL tail ended at ${new Date(ends).toISOString()}; ${otherColor(color)} answers alone.`,
    );
    const live = pair[otherColor(color)];
    if (live.healthCheckId || live.alias?.evaluateHealth) {
      core.warning(
        `${otherColor(color)}'s record is health-checked: if it fails, Route 53 answers with ${color}'s zero-weight record, whose stack this teardown removes. Point ${color}'s record at a standby that can serve, or drop the health check from ${otherColor(color)}'s record.`,
      );
    }
  }

  async restore(_color: Color, _targets: MemberHealth[]): Promise<void> {}

  /** deploy-standby's part for DNS: the TTL, as prepare. */
  async deploy(_color: Color, options: CallOptions = {}): Promise<void> {
    await this.prepare(options);
  }

  /**
   * A TTL above max-ttl is lowered now, on both records in one batch, so that the switch waits
   * out the old TTL once rather than the clients for hours.
   */
  async prepare(options: CallOptions = {}): Promise<string[]> {
    const max = this.#zone.config.maxTtlSeconds;
    const pairs = await Promise.all(this.#config.routes.map((r) => this.#zone.pair(r.id, r.input, options)));
    const high = pairs.filter((p) => !p.blue.alias && ttlOf(p) > max);
    if (high.length === 0) return [];
    const from = Math.max(...high.map(ttlOf));
    const sets = high.flatMap((p) => [
      { ...p.blue, ttl: max },
      { ...p.green, ttl: max },
    ]);
    const { id } = await this.#zone.exclusive(() =>
      this.#zone
        .api(options)
        .upsert(this.#zone.config.zoneId, sets, `cutover: TTL ${from} s to ${max} s (max-ttl)`, options.signal),
    );
    await waitInSync(this.#zone.api(options), id, this.#config.verifyTimeoutMs, options.signal);
    const at = new Date();
    await this.#zone.editLedger(ZONE_KEY, loweredEntry(at, from), [], options);
    const done = `Lowered the records' TTL from ${from} s to ${max} s (max-ttl); a switch can start once the old TTL has passed, at ${new Date(at.getTime() + from * 1_000).toISOString()}.`;
    core.info(done);
    return [done];
  }
}

function targetsOf(record: RecordSet): string[] {
  return record.alias ? [record.alias.dnsName.replace(/\.$/, "")] : record.values.map((v) => v.replace(/\.$/, ""));
}

/** Each value on health-port and health-path, with the record name as Host, as a client would reach it. */
async function probe(record: RecordSet, config: Route53Config, signal?: AbortSignal): Promise<MemberHealth[]> {
  const targets = targetsOf(record);
  const host = config.name.slice(0, -1);
  const prober = new Prober({ timeoutMs: PROBE_TIMEOUT_MS, concurrency: Math.max(1, targets.length), hostHeader: host });
  try {
    return await Promise.all(
      targets.map(async (id) => {
        const address = id.includes(":") ? `[${id}]` : id;
        const url = new URL(`http://${address}:${config.healthPort}${config.healthPath}`);
        const answer = await prober.send({ url }, { ...(signal ? { signal } : {}) });
        const base = { id, port: config.healthPort };
        if (answer.status >= 200 && answer.status < 300) return { ...base, state: "healthy" };
        const reason = answer.status > 0 ? `HTTP ${answer.status}` : "NoAnswer";
        return { ...base, state: "unhealthy", reason, description: `${answer.url}: ${answer.error ?? reason}` };
      }),
    );
  } finally {
    prober.close();
  }
}
