// The traffic port of the weighted Kubernetes routers: a route object (HTTPRoute, VirtualService)
// whose chosen rules split requests between a blue and a green backend by weight. Each dialect
// says how its kind names backends and weights, and how its controller reports a generation.
import { COLORS, type Color } from "../../core/color.ts";
import { formatDuration } from "../../core/durations.ts";
import { ConfigurationError, CutoverError } from "../../core/errors.ts";
import { loadedOnFirstCall } from "../../core/lazy.ts";
import { pollUntil } from "../../core/poll.ts";
import { formatWeights, sameSplit } from "../../routing/routes.ts";
import type { CallOptions, RouteChange, RouteRef, RouterPorts, RouteState, TrafficPort, Weights, WriteOptions } from "../port.ts";
import type { KubeClient } from "./client.ts";
import { callPolicy } from "./config.ts";
import { checkCapacity } from "./guards.ts";
import { KubernetesLedger } from "./ledger.ts";
import type { Json, ObjectType, RouteObject, RouteObjects } from "./objects.ts";
import { KubernetesPool, type PoolRouting } from "./pool.ts";
import type { WeightedConfig } from "./weighted-config.ts";

/** What the route's controller says about a generation of it. */
export type Verdict = { state: "pending" | "accepted" | "unreported" } | { state: "refused"; detail: string };

export interface Dialect {
  type: ObjectType;
  /** The spec field that lists the rules: `rules`, `http`. */
  field: string;
  /** The input that picks rules by name or index. */
  rulesInput: string;
  backends(rule: Json): Json[];
  colorOf(backend: Json, namespace: string): Color | undefined;
  /** A backend's share as the kind counts it when its weight is unset. */
  weightOf(backend: Json, all: Json[]): number;
  setWeight(backend: Json, weight: number): Json;
  /** A backend for `color` shaped like `like` (the other color's). */
  backendFor(color: Color, like: Json): Json;
  /** Why cutover cannot move this rule's weights, such as a third destination holding some; undefined when it can. */
  refuse(rule: Json, colors: Json[], all: Json[]): string | undefined;
  verdict(object: RouteObject, generation: number): Verdict;
}

/** 409s in a row (the controller writing status meanwhile) before a write gives up. */
const CONFLICT_ATTEMPTS = 5;

/** The route object's name: the last part of `<kind>/<namespace>/<name>`. */
const objectName = (ref: RouteRef): string => ref.id.split("/").pop() ?? ref.id;

function ruleName(rule: Json, index: number): string {
  return rule?.name ? `${index} (${rule.name})` : String(index);
}

export class WeightedTraffic implements TrafficPort {
  readonly #objects: RouteObjects;
  readonly #client: KubeClient;
  readonly #config: WeightedConfig;
  readonly #dialect: Dialect;
  /** Per route, its rules as this run's last write stored them. */
  readonly #written = new Map<string, string>();
  /** Per route, every rules field this run sent: one whose answer was lost may have landed since. */
  readonly #sent = new Map<string, Set<string>>();

  constructor(objects: RouteObjects, client: KubeClient, config: WeightedConfig, dialect: Dialect) {
    this.#objects = objects;
    this.#client = client;
    this.#config = config;
    this.#dialect = dialect;
  }

  async read(options: CallOptions = {}): Promise<RouteState[]> {
    return Promise.all(
      this.#config.routes.map(async (ref) => {
        const object = await this.#objects.read(this.#dialect.type, objectName(ref), options);
        // What the rules were when read: a write goes ahead only while they still are (or are this run's).
        const raw = { ...object, base: JSON.stringify(this.#rules(object)) };
        return { ref, weights: this.#weightsOf(ref, object), raw };
      }),
    );
  }

  #rules(object: RouteObject): Json[] {
    return (object.spec?.[this.#dialect.field] ?? []) as Json[];
  }

  #colored(rule: Json, color: Color): Json[] {
    return this.#dialect.backends(rule).filter((b) => this.#dialect.colorOf(b, this.#config.namespace) === color);
  }

  /** The indexes of the rules cutover moves: those named by the rules input, or every rule naming both colors. */
  #moved(ref: RouteRef, object: RouteObject): number[] {
    const rules = this.#rules(object);
    const listed = rules.map((r, i) => ruleName(r, i)).join(", ") || "none";
    if (this.#config.rules.length > 0) {
      return this.#config.rules.map((wanted) => {
        const at = rules.findIndex((r, i) => r?.name === wanted || String(i) === wanted);
        if (at < 0)
          throw new ConfigurationError(
            `${ref.name} has no rule ${wanted} (${this.#dialect.rulesInput}); its rules are ${listed}.`,
          );
        if (COLORS.every((c) => this.#colored(rules[at], c).length === 0))
          throw new ConfigurationError(`${ref.name} rule ${ruleName(rules[at], at)} names neither color's backend.`);
        return at;
      });
    }
    const both = rules.flatMap((r, i) => (COLORS.every((c) => this.#colored(r, c).length > 0) ? [i] : []));
    if (both.length === 0) {
      throw new ConfigurationError(
        `${ref.name} has no rule that names both colors' backends (its rules: ${listed}). Add the other color with weight 0 to the rules to move, or name them in ${this.#dialect.rulesInput}.`,
      );
    }
    return both;
  }

  #ruleWeights(rule: Json): Weights {
    const all = this.#dialect.backends(rule);
    const sum = (c: Color) => this.#colored(rule, c).reduce((n, b) => n + this.#dialect.weightOf(b, all), 0);
    return { blue: sum("blue"), green: sum("green") };
  }

  /** Every moved rule must split alike: cutover moves them as one. */
  #weightsOf(ref: RouteRef, object: RouteObject): Weights {
    const rules = this.#rules(object);
    const moved = this.#moved(ref, object);
    const weights = moved.map((i) => {
      const colors = COLORS.flatMap((c) => this.#colored(rules[i], c));
      const refused = this.#dialect.refuse(rules[i], colors, this.#dialect.backends(rules[i]));
      if (refused) throw new ConfigurationError(`${ref.name} rule ${ruleName(rules[i], i)}: ${refused}`);
      return this.#ruleWeights(rules[i]);
    });
    const first = weights[0] as Weights;
    const odd = weights.findIndex((w) => !sameSplit(w, first) || w.blue + w.green === 0);
    if (odd >= 0) {
      const at = moved[odd] as number;
      throw new ConfigurationError(
        `${ref.name} rule ${ruleName(rules[at], at)} splits ${formatWeights(weights[odd] as Weights)}, unlike rule ${ruleName(rules[moved[0] as number], moved[0] as number)} (${formatWeights(first)}): cutover moves its rules as one. Set them alike, or pick rules with ${this.#dialect.rulesInput}.`,
      );
    }
    return first;
  }

  /** The moved rules with the new weights; every other rule, backend and field stays as read. */
  withWeights(route: RouteState, weights: Weights): RouteState {
    const object = route.raw as RouteObject;
    const rules = structuredClone(this.#rules(object));
    for (const i of this.#moved(route.ref, object)) {
      const rule = rules[i];
      const backends = this.#dialect.backends(rule);
      for (const color of COLORS) {
        const own = this.#colored(rule, color);
        const other = this.#colored(rule, color === "blue" ? "green" : "blue")[0];
        if (own.length === 0 && weights[color] > 0 && other) backends.push(this.#dialect.backendFor(color, other));
        this.#colored(rule, color).forEach((b, n) => {
          backends[backends.indexOf(b)] = this.#dialect.setWeight(b, n === 0 ? weights[color] : 0);
        });
      }
    }
    return { ...route, weights, raw: { ...object, spec: { ...object.spec, [this.#dialect.field]: rules } } };
  }

  /**
   * Patches the rules field when they still read as this run read them, or as its own last write
   * left them (a put-back): anything else is another writer's, never written over. The patch carries
   * the resourceVersion of that check, so nothing can slip in between; a 409 from the controller's
   * status write in between is checked again. Then waits, within verify-timeout, for the route's
   * controller to report the generation (read-back).
   */
  async write(route: RouteState, options: CallOptions = {}): Promise<void> {
    const object = route.raw as RouteObject & { base?: string };
    const rules = this.#rules(object);
    const sent = this.#sent.get(route.ref.id) ?? new Set<string>();
    this.#sent.set(route.ref.id, sent);
    let written: RouteObject | "conflict" = "conflict";
    for (let attempt = 1; written === "conflict"; attempt++) {
      const now = await this.#objects.read(this.#dialect.type, object.name, options);
      const current = JSON.stringify(this.#rules(now));
      if (current !== object.base && current !== this.#written.get(route.ref.id) && !sent.has(current)) {
        throw new CutoverError(
          `Another writer changed the ${this.#dialect.field} of ${route.ref.name} after this run read them (now resourceVersion ${now.resourceVersion}). This run stops without writing over them; read the route before running again.`,
        );
      }
      sent.add(JSON.stringify(rules));
      written = await this.#objects.patchSpec(
        this.#dialect.type,
        object.name,
        now.resourceVersion,
        { [this.#dialect.field]: rules },
        options,
      );
      if (written === "conflict" && attempt >= CONFLICT_ATTEMPTS) {
        throw new CutoverError(`${route.ref.name} kept changing while this run wrote it: ${attempt} conflicts in a row.`);
      }
    }
    this.#written.set(route.ref.id, JSON.stringify(this.#rules(written)));
    // An urgent write (a put-back) must land inside a cancel's grace: it does not wait for the controller.
    if (!options.urgent) await this.#reported(route.ref, written, options.signal);
  }

  async #reported(ref: RouteRef, written: RouteObject, signal?: AbortSignal): Promise<void> {
    const generation = written.generation;
    let verdict = this.#dialect.verdict(written, generation);
    const polled = await pollUntil(
      async () => {
        verdict = this.#dialect.verdict(await this.#objects.read(this.#dialect.type, written.name, { signal }), generation);
        return { done: verdict.state !== "pending", value: verdict };
      },
      {
        timeoutMs: this.#config.verifyTimeoutMs,
        pollMs: 100,
        signal,
        progress: (_, left) => `Waiting for ${ref.name} generation ${generation} to be reported by its controller; ${left} left.`,
      },
    );
    if (verdict.state === "refused") {
      throw new CutoverError(`${ref.name} generation ${generation} was stored but not accepted: ${verdict.detail}`);
    }
    if (!polled.done && !signal?.aborted) {
      throw new CutoverError(
        `${ref.name}'s controller did not report generation ${generation} within ${formatDuration(this.#config.verifyTimeoutMs)} (verify-timeout)`,
      );
    }
  }

  named(route: RouteState): Color[] {
    const object = route.raw as RouteObject;
    const first = this.#rules(object)[this.#moved(route.ref, object)[0] as number];
    return COLORS.filter((c) => this.#colored(first, c).length > 0);
  }

  writeVerb(): string {
    return "Patch weights of";
  }

  /**
   * Capacity parity for the color production starts sending to (it must have min-capacity-percent
   * of the other color's ready pods): a switch that falls short is refused, a rollback warned about.
   */
  async checkChanges(changes: RouteChange[], options: WriteOptions = {}): Promise<void> {
    const production = changes.find((c) => c.ref.role === "production");
    const to = COLORS.find((c) => production && production.before.weights[c] === 0 && production.after[c] > 0);
    if (to) await checkCapacity(this.#client, this.#config, to, options.verb);
  }

  planReference(): RouteChange[] {
    return [];
  }

  async testUrl(): Promise<URL | undefined> {
    return undefined;
  }
}

/** The pool's view of the routes: each color's Services, and whether production sends it any share. */
export function weightedRouting(traffic: TrafficPort, config: WeightedConfig): PoolRouting {
  return {
    services: async (color) => config.colorServices[color],
    busy: async (color) => {
      const routes = await traffic.read();
      const live = routes.find((r) => r.ref.role === "production" && r.weights[color] > 0);
      return live && `${live.ref.name} sends ${color} ${formatWeights(live.weights)}`;
    },
  };
}

/** The ports of a weighted router; the official client loads on the first call to the cluster. */
export function connectWeighted(config: WeightedConfig, dialect: Dialect): RouterPorts {
  let loading: Promise<{ kube: KubeClient; objects: RouteObjects }> | undefined;
  const load = () =>
    (loading ??= Promise.all([import("./client.ts"), import("./objects.ts")]).then(([c, o]) => {
      const kube = new c.KubeClient({
        kubeconfig: config.kubeconfig,
        context: config.context,
        namespace: config.namespace,
        policy: callPolicy(config),
      });
      return { kube, objects: new o.RouteObjects(kube) };
    }));
  const client = loadedOnFirstCall<KubeClient>(() => load().then((l) => l.kube));
  const objects = loadedOnFirstCall<RouteObjects>(() => load().then((l) => l.objects));
  return weightedPorts(config, dialect, client, objects);
}

/** Over any clients: the official ones, or a test's. */
export function weightedPorts(config: WeightedConfig, dialect: Dialect, client: KubeClient, objects: RouteObjects): RouterPorts {
  const traffic = new WeightedTraffic(objects, client, config, dialect);
  return {
    traffic,
    pool: new KubernetesPool(client, config, weightedRouting(traffic, config)),
    ledger: new KubernetesLedger(client, config),
  };
}
