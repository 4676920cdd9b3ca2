import { COLORS, type Color } from "../../core/color.ts";
import { formatDuration } from "../../core/durations.ts";
import { ConfigurationError, CutoverError } from "../../core/errors.ts";
import { pollUntil } from "../../core/poll.ts";
import * as core from "../../core/runner.ts";
import type { CallOptions, RouteChange, RouteRef, RouteState, TrafficPort, Weights } from "../port.ts";
import type { KubeClient, ServiceView } from "./client.ts";
import type { KubernetesConfig } from "./config.ts";
import { readyPods } from "./pool.ts";

/** `app=shop,version=blue`, as kubectl prints a selector. */
export function formatSelector(selector: Record<string, string>): string {
  return (
    Object.entries(selector)
      .map(([k, v]) => `${k}=${v}`)
      .join(",") || "(empty)"
  );
}

/** The route's Service name: the last part of `service/<namespace>/<name>`. */
export function serviceName(ref: RouteRef): string {
  return ref.id.split("/").pop() ?? ref.id;
}

/**
 * Each route is a Service whose selector names one color by the color label: all of the traffic
 * on that color. The switch patches that one key, guarded by the resourceVersion it was read at.
 */
export class KubernetesTraffic implements TrafficPort {
  readonly #client: KubeClient;
  readonly #config: KubernetesConfig;
  /** Per route, the versions this run read or wrote, and the one its last write produced. */
  readonly #versions = new Map<string, { known: Set<string>; latest?: string }>();

  constructor(client: KubeClient, config: KubernetesConfig) {
    this.#client = client;
    this.#config = config;
  }

  async read(): Promise<RouteState[]> {
    return Promise.all(
      this.#config.routes.map(async (ref) => {
        const service = await this.#client.readService(serviceName(ref));
        this.#seen(ref.id).known.add(service.resourceVersion);
        return { ref, weights: this.#weightsOf(ref, service), raw: service };
      }),
    );
  }

  #seen(id: string): { known: Set<string>; latest?: string } {
    const seen = this.#versions.get(id) ?? { known: new Set<string>() };
    this.#versions.set(id, seen);
    return seen;
  }

  #weightsOf(ref: RouteRef, service: ServiceView): Weights {
    const { colorLabel: label } = this.#config;
    const value = service.selector[label];
    if (value === undefined) {
      throw new ConfigurationError(
        `${ref.name} selects no color: its selector ${formatSelector(service.selector)} has no ${label} key, so it sends traffic to the pods of both Deployments. Add ${label}: blue (or green) to its selector first, or set color-label to the key that tells the colors apart.`,
      );
    }
    if (!(COLORS as readonly string[]).includes(value)) {
      throw new ConfigurationError(
        `${ref.name} selects ${label}=${value}, which is neither blue nor green. The Deployments' pods must carry ${label}: blue and ${label}: green.`,
      );
    }
    return value === "blue" ? { blue: 100, green: 0 } : { blue: 0, green: 100 };
  }

  withWeights(route: RouteState, weights: Weights): RouteState {
    if (weights.blue > 0 && weights.green > 0) {
      throw new CutoverError(
        `A Service selector names one color, so ${route.ref.name} cannot carry ${weights.blue}/${weights.green}: use strategy all-at-once, or the gateway-api or istio router for weights.`,
      );
    }
    const color: Color = weights.green > 0 ? "green" : weights.blue > 0 ? "blue" : (this.named(route)[0] ?? "blue");
    const service = route.raw as ServiceView;
    return { ...route, weights, raw: { ...service, selector: { ...service.selector, [this.#config.colorLabel]: color } } };
  }

  /**
   * Patches the color key only. The guard is the version this run read, or, for a route this run
   * wrote since (a put-back), the version its own write produced: a write by anyone else in
   * between is a 409, and the run stops without writing over it.
   */
  async write(route: RouteState, options: CallOptions = {}): Promise<void> {
    const service = route.raw as ServiceView;
    const seen = this.#seen(route.ref.id);
    const guard = seen.known.has(service.resourceVersion) ? (seen.latest ?? service.resourceVersion) : service.resourceVersion;
    const label = this.#config.colorLabel;
    const written = await this.#client.patchSelector(service.name, guard, { [label]: service.selector[label] as string });
    seen.known.add(written.resourceVersion);
    seen.latest = written.resourceVersion;
    // A put-back must land inside the cancel's grace: it does not wait for the endpoints.
    if (!options.urgent) await this.#endpointsFollow(route.ref, written, options.signal);
  }

  /**
   * Read-back beyond the selector: the EndpointSlice controller lists the newly selected pods a
   * moment after the write, and kube-proxy routes by the slices. Waits until they list only pods
   * the new selector picks; the write has landed either way, so a slow controller is a warning.
   */
  async #endpointsFollow(ref: RouteRef, service: ServiceView, signal?: AbortSignal): Promise<void> {
    const selected = new Set((await this.#client.listPods(service.selector)).map((p) => p.name));
    const polled = await pollUntil(
      async () => {
        const endpoints = await this.#client.endpoints(service.name);
        const stray = endpoints.filter((e) => !selected.has(e.pod)).map((e) => e.pod);
        const ready = endpoints.filter((e) => e.ready && selected.has(e.pod)).length;
        return { done: stray.length === 0 && ready > 0, value: { stray, ready } };
      },
      {
        timeoutMs: Math.min(this.#config.verifyTimeoutMs, 30_000),
        pollMs: 250,
        signal,
        progress: (v, left) =>
          `Waiting for the EndpointSlices of ${ref.name} to follow its selector: ${v.stray.length} other pod(s) still listed; ${left} left.`,
      },
    );
    const color = service.selector[this.#config.colorLabel];
    if (polled.done)
      core.info(`Read back: the EndpointSlices of ${ref.name} list only ${color}'s pods (${polled.value.ready} ready).`);
    else if (!signal?.aborted) {
      core.warning(
        `The EndpointSlices of ${ref.name} still list ${polled.value.stray.join(", ") || "no ready pod"} ${formatDuration(polled.ms)} after its selector moved to ${color}; the requests that follow are the proof.`,
      );
    }
  }

  named(route: RouteState): Color[] {
    const value = (route.raw as ServiceView).selector[this.#config.colorLabel];
    return value === "blue" || value === "green" ? [value] : [];
  }

  writeVerb(): string {
    return "Patch selector of";
  }

  /**
   * Capacity parity: the color production moves to must have at least min-capacity-percent of the
   * other color's ready pods, so that it can carry the load at once (seed 004 scales it up first).
   */
  async checkChanges(changes: RouteChange[]): Promise<void> {
    const production = changes.find((c) => c.ref.role === "production");
    if (!production) return;
    const to: Color = production.after.green > 0 ? "green" : "blue";
    const from: Color = to === "blue" ? "green" : "blue";
    if (production.before.weights[to] > 0) return;
    const [target, current] = await Promise.all([to, from].map((c) => readyPods(this.#client, this.#config, c as Color)));
    const needed = Math.ceil((current ?? 0) * this.#config.minCapacity);
    if ((target ?? 0) >= needed) return;
    const share = Math.round(this.#config.minCapacity * 100);
    throw new CutoverError(
      `Capacity parity: ${to} (Deployment ${this.#config.deployments[to]}) has ${target} ready pod(s), fewer than ${needed} (${share}% of ${from}'s ${current}, min-capacity-percent). Scale ${this.#config.deployments[to]} up first. Nothing was written.`,
    );
  }

  planReference(): RouteChange[] {
    return [];
  }

  async testUrl(): Promise<URL | undefined> {
    return undefined;
  }
}
