// Several routers that move as one: one ALB per region behind latency routing, say. Their routes
// join one list, so the Router engine writes them as one unit and puts every one back if any
// write fails, exactly as it does the routes of one ALB.
import { COLORS, type Color, type PerColor } from "../core/color.ts";
import type {
  CallOptions,
  Colors,
  Ledger,
  LedgerPort,
  MemberHealth,
  PoolPort,
  RouteChange,
  RouteRef,
  RouterConfig,
  RouterKind,
  RouterPorts,
  RouterWords,
  RouteState,
  Setting,
  TrafficPort,
  Weights,
  WriteOptions,
} from "./port.ts";
import { NEUTRAL_WORDS } from "./words.ts";

export interface Member {
  config: RouterConfig;
  ports: RouterPorts;
}

/** Several routers as one router kind: each entry of `routers:` read by its own kind, and connected by it. */
export function severalRouters(members: { read(): RouterConfig[]; connect(config: RouterConfig): RouterPorts }): RouterKind {
  return {
    kind: "routers",
    // Each entry's inputs are its own kind's; the kinds declare them.
    inputs: [],
    words: NEUTRAL_WORDS,
    readConfig: () => composeConfig(members.read()),
    connect: (config) =>
      composePorts((config.members ?? [config]).map((member) => ({ config: member, ports: members.connect(member) }))),
  };
}

/** The members' routes as one router's: each route id is prefixed with its member's number. */
export function composeConfig(configs: RouterConfig[]): RouterConfig {
  const [first] = configs as [RouterConfig];
  if (configs.length === 1) return first;
  return {
    kind: configs.map((c) => c.kind).join("+"),
    description: configs.map((c, i) => `#${i + 1} ${c.description}`).join("; "),
    routes: configs.flatMap((c, i) => c.routes.map((r) => memberRef(r, i))),
    pools: Object.fromEntries(COLORS.map((color) => [color, configs.map((c) => c.pools[color]).join(",")])) as PerColor<string>,
    verifyTimeoutMs: Math.max(...configs.map((c) => c.verifyTimeoutMs)),
    // The slowest member's data plane: gates start once every member carries the weights.
    settleMs: Math.max(0, ...configs.map((c) => c.settleMs ?? 0)),
    // verify-url answers through every member: one that splits by DNS hides the split from it.
    splitUnseen: configs.find((c) => c.splitUnseen)?.splitUnseen,
    testUrlKnown: configs.some((c) => c.testUrlKnown),
    testRouteInputs: [...new Set(configs.flatMap((c) => c.testRouteInputs))] as [string, ...string[]],
    capabilities: {
      weighted: configs.every((c) => c.capabilities.weighted),
      finestStepPercent: Math.max(...configs.map((c) => c.capabilities.finestStepPercent)),
      // CloudWatch figures (drain, soak) come from the first member.
      cloudWatch: first.capabilities.cloudWatch,
    },
    aws: first.aws,
    commandEnv: (standby) => joined(configs.map((c) => c.commandEnv?.(standby) ?? {})),
    outputs: (colors: Colors) => joined(configs.map((c) => c.outputs?.(colors) ?? {})),
    words: sameWords(configs) ?? NEUTRAL_WORDS,
    notes: memberNotes(configs),
    members: configs,
  };
}

/** Each name once, its members' values in member order, comma-separated (each distinct value once). */
function joined(records: Record<string, string>[]): Record<string, string> {
  const names = [...new Set(records.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(
    names.map((name) => [name, [...new Set(records.flatMap((r) => (name in r ? [r[name] as string] : [])))].join(",")]),
  );
}

function sameWords(configs: RouterConfig[]): RouterWords | undefined {
  const [first, ...rest] = configs.map((c) => JSON.stringify(c.words ?? null));
  return rest.every((w) => w === first) ? configs[0]?.words : undefined;
}

/** Each member's notes once, named by member: nginx's long tail still shows beside an ALB. */
function memberNotes(configs: RouterConfig[]): string[] | undefined {
  const notes = configs.flatMap((c, i) => (c.notes ?? []).map((note) => `#${i + 1} ${c.kind}: ${note}`));
  return notes.length ? notes : undefined;
}

/** One set of ports over the members', in member order. */
export function composePorts(members: Member[]): RouterPorts {
  const [first] = members as [Member];
  if (members.length === 1) return first.ports;
  return {
    traffic: new CompositeTraffic(members),
    pool: new CompositePool(members),
    ledger: new CompositeLedger(members),
    metrics: first.ports.metrics,
  };
}

const SEPARATOR = "|";

function memberRef(ref: RouteRef, member: number): RouteRef {
  return {
    ...ref,
    id: `${member}${SEPARATOR}${ref.id}`,
    name: `#${member + 1} ${ref.name}`,
    short: `#${member + 1} ${ref.short}`,
  };
}

/** Which member a composite route belongs to, and the route as that member knows it. */
function split(members: Member[], ref: RouteRef): { member: Member; index: number; ref: RouteRef } {
  const index = Number(ref.id.slice(0, ref.id.indexOf(SEPARATOR)));
  const member = members[index] as Member;
  const own = member.config.routes.find((r) => memberRef(r, index).id === ref.id) as RouteRef;
  return { member, index, ref: own };
}

class CompositeTraffic implements TrafficPort {
  readonly #members: Member[];

  constructor(members: Member[]) {
    this.#members = members;
  }

  async read(options?: CallOptions): Promise<RouteState[]> {
    const all = await Promise.all(this.#members.map((m) => m.ports.traffic.read(options)));
    return all.flatMap((routes, i) => routes.map((r) => ({ ...r, ref: memberRef(r.ref, i) })));
  }

  withWeights(route: RouteState, weights: Weights, options?: WriteOptions): RouteState {
    const { member, ref } = split(this.#members, route.ref);
    return { ...member.ports.traffic.withWeights({ ...route, ref }, weights, options), ref: route.ref };
  }

  write(route: RouteState, options?: CallOptions): Promise<void> {
    const { member, ref } = split(this.#members, route.ref);
    return member.ports.traffic.write({ ...route, ref }, options);
  }

  named(route: RouteState): Color[] {
    const { member, ref } = split(this.#members, route.ref);
    return member.ports.traffic.named({ ...route, ref });
  }

  pinnedFor(route: RouteState, color: Color): number | undefined {
    const { member, ref } = split(this.#members, route.ref);
    return member.ports.traffic.pinnedFor?.({ ...route, ref }, color);
  }

  writeVerb(ref: RouteRef): string {
    const own = split(this.#members, ref);
    return own.member.ports.traffic.writeVerb(own.ref);
  }

  async checkChanges(changes: RouteChange[], options?: WriteOptions, call?: CallOptions): Promise<void> {
    await Promise.all(
      this.#members.map((member, i) =>
        member.ports.traffic.checkChanges(
          changes.filter((c) => split(this.#members, c.ref).index === i).map((c) => this.#own(c)),
          options,
          call,
        ),
      ),
    );
  }

  planReference(routes: RouteState[], color: Color): RouteChange[] {
    return this.#members.flatMap((member, i) => {
      const own = routes.filter((r) => split(this.#members, r.ref).index === i).map((r) => this.#ownRoute(r));
      return (member.ports.traffic.planReference?.(own, color) ?? []).map((c) => ({
        ...c,
        ref: memberRef(c.ref, i),
        before: { ...c.before, ref: memberRef(c.before.ref, i) },
      }));
    });
  }

  async testUrl(): Promise<URL | undefined> {
    for (const member of this.#members) {
      const url = await member.ports.traffic.testUrl?.();
      if (url) return url;
    }
    return undefined;
  }

  #ownRoute(route: RouteState): RouteState {
    return { ...route, ref: split(this.#members, route.ref).ref };
  }

  #own(change: RouteChange): RouteChange {
    const ref = split(this.#members, change.ref).ref;
    return { ...change, ref, before: { ...change.before, ref } };
  }
}

/** Each color is its pools in every member: healthy only when healthy in all of them. */
class CompositePool implements PoolPort {
  readonly #members: Member[];
  readonly verbs: PoolPort["verbs"];
  readonly members: number;

  constructor(members: Member[]) {
    this.#members = members;
    this.members = members.length;
    this.verbs = (members[0] as Member).ports.pool.verbs;
  }

  async health(color: Color, options?: CallOptions): Promise<MemberHealth[]> {
    const all = await Promise.all(this.#members.map((m) => m.ports.pool.health(color, options)));
    return all.flatMap((targets, i) => targets.map((t) => ({ ...t, member: i })));
  }

  async settings(color: Color): Promise<Setting[]> {
    const all = await Promise.all(this.#members.map((m) => m.ports.pool.settings(color)));
    return all.flatMap((settings, i) => settings.map((s) => ({ ...s, name: `#${i + 1} ${s.name}` })));
  }

  async retire(color: Color, targets: MemberHealth[]): Promise<void> {
    await this.#each(targets, (pool, own) => pool.retire(color, own));
  }

  async restore(color: Color, targets: MemberHealth[]): Promise<void> {
    await this.#each(targets, (pool, own) => pool.restore(color, own));
  }

  /** Each member that readies itself ahead of a switch (route53: TTLs) does, each saying what it did. */
  async prepare(options?: CallOptions): Promise<string[]> {
    const done = await Promise.all(this.#members.map((m) => m.ports.pool.prepare?.(options) ?? []));
    return done.flat();
  }

  /** Each member that deploys (kubernetes: an image) rolls its own standby. */
  async deploy(color: Color): Promise<void> {
    await Promise.all(this.#members.map((m) => m.ports.pool.deploy?.(color)));
  }

  async #each(targets: MemberHealth[], act: (pool: PoolPort, own: MemberHealth[]) => Promise<void>): Promise<void> {
    await Promise.all(
      this.#members.map((m, i) => {
        const own = targets.filter((t) => t.member === i).map(({ member: _, ...t }) => t);
        return own.length ? act(m.ports.pool, own) : undefined;
      }),
    );
  }
}

/** Written to every member; read from all, the first member's entry winning where they differ. */
class CompositeLedger implements LedgerPort {
  readonly #members: Member[];

  constructor(members: Member[]) {
    this.#members = members;
  }

  async read(options?: CallOptions): Promise<PerColor<Ledger>> {
    const all = await Promise.all(this.#members.map((m) => m.ports.ledger.read(options)));
    const merged = (color: Color) => Object.assign({}, ...all.map((l) => l[color]).reverse()) as Ledger;
    return { blue: merged("blue"), green: merged("green") };
  }

  async write(color: Color, set: Ledger, remove?: string[], options?: CallOptions): Promise<void> {
    await Promise.all(this.#members.map((m) => m.ports.ledger.write(color, set, remove, options)));
  }
}
