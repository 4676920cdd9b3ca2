// The traffic port of the weighted Kubernetes routers: a route object (HTTPRoute, VirtualService)
// whose chosen rules split requests between a blue and a green backend by weight. Each dialect
// says how its kind names backends and weights, and how its controller reports a generation.
import { COLORS, type Color } from "../../core/color.ts";
import { formatDuration } from "../../core/durations.ts";
import { CutoverError } from "../../core/errors.ts";
import { loadedOnFirstCall } from "../../core/lazy.ts";
import { pollUntil } from "../../core/poll.ts";
import * as core from "../../core/runner.ts";
import type { CallOptions, RouteChange, RouteRef, RouterPorts, RouteState, TrafficPort, Weights, WriteOptions } from "../port.ts";
import { formatWeights } from "../routes.ts";
import type { KubeClient } from "./client.ts";
import { callPolicy } from "./config.ts";
import { KubernetesLedger } from "./ledger.ts";
import type { Json, RouteObject, RouteObjects } from "./objects.ts";
import { beforeFirstWrite, checkPermissions, KUBE_WRITES, routePermissions } from "./permissions.ts";
import { KubernetesPool, type PoolRouting } from "./pool.ts";
import type { WeightedConfig } from "./weighted-config.ts";
import { type Dialect, RuleReader, type Unmoved } from "./weighted-rules.ts";
import { Workloads } from "./workloads.ts";

export type { Dialect, Verdict } from "./weighted-rules.ts";

/** 409s in a row (the controller writing status meanwhile) before a write gives up. */
const CONFLICT_ATTEMPTS = 5;

/** The route object's name: the last part of `<kind>/<namespace>/<name>`. */
const objectName = (ref: RouteRef): string => ref.id.split("/").pop() ?? ref.id;

/** `blue 100%` or `blue 50%, green 50%` of a rule's traffic. */
function describeShares(rule: Unmoved): string {
  const parts = COLORS.filter((c) => rule.shares[c] > 0).map((c) => `${c} ${Math.round(rule.shares[c] * 100)}%`);
  return `${parts.join(", ")} of its traffic`;
}

export class WeightedTraffic implements TrafficPort {
  readonly #objects: RouteObjects;
  readonly #workloads: Workloads;
  readonly #config: WeightedConfig;
  readonly #dialect: Dialect;
  readonly #reader: RuleReader;
  /** Per route, its rules as this run's last write stored them. */
  readonly #written = new Map<string, string>();
  readonly #warned = new Set<string>();
  /** Per route, every rules field this run sent: one whose answer was lost may have landed since. */
  readonly #sent = new Map<string, Set<string>>();

  constructor(objects: RouteObjects, client: KubeClient, config: WeightedConfig, dialect: Dialect) {
    this.#objects = objects;
    this.#workloads = new Workloads(client, config);
    this.#config = config;
    this.#dialect = dialect;
    this.#reader = new RuleReader(dialect, config.namespace, config.rules);
  }

  /** The rules of a route as read that cutover does not move but that send a color traffic. */
  unmoved(route: RouteState): Unmoved[] {
    return this.#reader.unmoved(route.ref, route.raw as RouteObject);
  }

  async read(options: CallOptions = {}): Promise<RouteState[]> {
    return Promise.all(
      this.#config.routes.map(async (ref) => {
        const object = await this.#objects.read(this.#dialect.type, objectName(ref), options);
        // What the rules were when read: a write goes ahead only while they still are (or are this run's).
        const raw = { ...object, base: JSON.stringify(this.#rules(object)) };
        const weights = this.#weightsOf(ref, object);
        this.#warnUnmoved(ref, object);
        return { ref, weights, raw };
      }),
    );
  }

  #rules(object: RouteObject): Json[] {
    return this.#reader.rules(object);
  }

  #colored(rule: Json, color: Color): Json[] {
    return this.#reader.colored(rule, color);
  }

  #moved(ref: RouteRef, object: RouteObject): number[] {
    return this.#reader.moved(ref, object);
  }

  #weightsOf(ref: RouteRef, object: RouteObject): Weights {
    return this.#reader.weights(ref, object);
  }

  /** Says once per route, in every step's log (status included), which rules cutover leaves as they are. */
  #warnUnmoved(ref: RouteRef, object: RouteObject): void {
    if (this.#warned.has(ref.id)) return;
    const unmoved = this.#reader.unmoved(ref, object);
    if (unmoved.length === 0 || ref.role !== "production") return;
    this.#warned.add(ref.id);
    core.warning(
      `${ref.name}: ${unmoved.map((u) => `rule ${u.label} sends ${describeShares(u)}`).join("; ")}, and cutover does not move ${unmoved.length > 1 ? "these rules" : "this rule"}. A color it sends to is never torn down.`,
    );
  }

  /** The moved rules with the new weights; every other rule, backend and field stays as read. */
  withWeights(route: RouteState, weights: Weights): RouteState {
    const object = route.raw as RouteObject;
    const rules = structuredClone(this.#rules(object));
    for (const i of this.#moved(route.ref, object)) {
      const rule = rules[i];
      const backends = this.#dialect.backends(rule);
      const scale = this.#reader.scale(rule);
      for (const color of COLORS) {
        const own = this.#colored(rule, color);
        const other = this.#colored(rule, color === "blue" ? "green" : "blue")[0];
        if (own.length === 0 && weights[color] > 0 && other) backends.push(this.#dialect.backendFor(color, other));
        this.#colored(rule, color).forEach((b, n) => {
          backends[backends.indexOf(b)] = this.#dialect.setWeight(b, n === 0 ? weights[color] * scale : 0);
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
    const namespace = this.#config.namespace;
    let verdict = this.#dialect.verdict(written, generation, namespace);
    const polled = await pollUntil(
      async () => {
        verdict = this.#dialect.verdict(
          await this.#objects.read(this.#dialect.type, written.name, { signal }),
          generation,
          namespace,
        );
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
        `${ref.name}'s controller did not report generation ${generation} within ${formatDuration(this.#config.verifyTimeoutMs)} (verify-timeout)${this.#dialect.silence ? `: ${this.#dialect.silence}` : ""}`,
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
   * Before any write: every rule of a production route that sends a color traffic is one cutover
   * moves (else the switch would leave it behind, and a teardown would cut it off); the dialect's
   * own checks (parent Gateways ready, subsets defined); then capacity parity.
   */
  async checkChanges(changes: RouteChange[], options: WriteOptions = {}): Promise<void> {
    for (const change of changes) await this.#checkRoute(change);
    await this.#checkCapacity(changes, options);
  }

  async #checkRoute(change: RouteChange): Promise<void> {
    const object = change.before.raw as RouteObject;
    const unmoved = change.ref.role === "production" && !this.#reader.picked ? this.#reader.unmoved(change.ref, object) : [];
    if (unmoved.length > 0) {
      const rules = unmoved.map((u) => `rule ${u.label} sends ${describeShares(u)}`).join("; ");
      throw new CutoverError(
        `${change.ref.name}: ${rules}. cutover moves only the rules that name both colors, so that traffic would stay where it is, and a teardown would cut it off. Add the other color's backend with weight 0 to that rule (cutover then moves it with the others), send it to a backend that is neither color, or list the rules to move in ${this.#dialect.rulesInput} to keep it as it is. This write was not made.`,
      );
    }
    const colors = COLORS.filter((c) => change.after[c] > 0);
    const problems = (await this.#dialect.preflight?.(object, this.#objects, colors, this.#config.namespace)) ?? [];
    if (problems.length > 0) {
      throw new CutoverError(`${change.ref.name} cannot take this write: ${problems.join("; ")}. This write was not made.`);
    }
  }

  /**
   * Capacity parity for the color production starts sending to (it must have min-capacity-percent
   * of the other color's ready pods): a switch that falls short is refused, a rollback warned about.
   */
  async #checkCapacity(changes: RouteChange[], options: WriteOptions): Promise<void> {
    const production = changes.find((c) => c.ref.role === "production");
    const to = COLORS.find((c) => production && production.before.weights[c] === 0 && production.after[c] > 0);
    if (to) await this.#workloads.checkCapacity(to, options.verb);
  }

  planReference(): RouteChange[] {
    return [];
  }

  async testUrl(): Promise<URL | undefined> {
    return undefined;
  }
}

/** The pool's view of the routes: each color's Services, and whether production sends it any share. */
export function weightedRouting(traffic: WeightedTraffic, config: WeightedConfig): PoolRouting {
  return {
    services: async (color) => config.colorServices[color],
    busy: async (color) => {
      const routes = await traffic.read();
      const production = routes.filter((r) => r.ref.role === "production");
      const live = production.find((r) => r.weights[color] > 0);
      if (live) return `${live.ref.name} sends ${color} ${formatWeights(live.weights)}`;
      // A rule cutover does not move still reaches the color: it is not retired.
      for (const route of production) {
        const rule = traffic.unmoved(route).find((u) => u.shares[color] > 0);
        if (rule)
          return `${route.ref.name} rule ${rule.label} sends ${color} ${Math.round(rule.shares[color] * 100)}% of its traffic`;
      }
      return undefined;
    },
  };
}

/** A route object's name: the last part of its ref's id, `<kind>/<namespace>/<name>`. */
const routeName = (ref: RouteRef): string => ref.id.split("/").pop() ?? "";

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
      const needs = routePermissions(dialect.type, config.routes.map(routeName), config.deployments, dialect.reads);
      let checked: Promise<void> | undefined;
      const check = () => (checked ??= checkPermissions((a) => kube.canI(a), config.namespace, needs));
      return {
        kube: beforeFirstWrite(kube, KUBE_WRITES, check),
        objects: beforeFirstWrite(new o.RouteObjects(kube), ["patchSpec"], check),
      };
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
