import { COLORS, type Color } from "../../core/color.ts";
import { formatDuration } from "../../core/durations.ts";
import { ConfigurationError, CutoverError } from "../../core/errors.ts";
import { pollUntil } from "../../core/poll.ts";
import * as core from "../../core/runner.ts";
import type { CallOptions, RouteChange, RouteRef, RouteState, TrafficPort, Weights, WriteOptions } from "../port.ts";
import { AnotherWriterError, type KubeClient, type ServiceView, writeToken } from "./client.ts";
import type { KubernetesConfig } from "./config.ts";
import type { PoolRouting } from "./pool.ts";
import { formatSelector, Workloads } from "./workloads.ts";

export { formatSelector } from "./workloads.ts";

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
  readonly #workloads: Workloads;
  /** Per route, the versions this run read or wrote, and the one its last write produced. */
  readonly #versions = new Map<string, { known: Set<string>; latest?: string }>();
  /** Per route, the selector each of this run's writes meant to leave, by its WRITE_KEY token. */
  readonly #sent = new Map<string, Map<string, string>>();

  constructor(client: KubeClient, config: KubernetesConfig, workloads = new Workloads(client, config)) {
    this.#client = client;
    this.#config = config;
    this.#workloads = workloads;
  }

  async read(options: CallOptions = {}): Promise<RouteState[]> {
    return Promise.all(
      this.#config.routes.map(async (ref) => {
        const service = await this.#client.readService(serviceName(ref), options);
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
   * between is a 409, and the run stops without writing over it. A 409 over a write of this run's
   * own that landed after its answer was lost (timed out, cancelled) is not another writer's:
   * the Service then reads exactly as that write left it, and is written again from there.
   */
  async write(route: RouteState, options: CallOptions = {}): Promise<void> {
    const service = route.raw as ServiceView;
    const seen = this.#seen(route.ref.id);
    const guard = seen.known.has(service.resourceVersion) ? (seen.latest ?? service.resourceVersion) : service.resourceVersion;
    const label = this.#config.colorLabel;
    const selector = { [label]: service.selector[label] as string };
    const written = await this.#patch(route.ref, service, guard, selector, options).catch(async (error: unknown) => {
      if (!(error instanceof AnotherWriterError)) throw error;
      const now = await this.#client.readService(service.name, options);
      if (!this.#ownWrite(route.ref, now)) throw error;
      return this.#patch(route.ref, service, now.resourceVersion, selector, options);
    });
    seen.known.add(written.resourceVersion);
    seen.latest = written.resourceVersion;
    // A put-back must land inside the cancel's grace: it does not wait for the endpoints.
    if (!options.urgent) await this.#endpointsFollow(route.ref, written, options.signal);
  }

  #patch(ref: RouteRef, service: ServiceView, guard: string, selector: Record<string, string>, options: CallOptions) {
    const token = writeToken();
    const sent = this.#sent.get(ref.id) ?? new Map<string, string>();
    this.#sent.set(ref.id, sent);
    sent.set(token, JSON.stringify({ ...service.selector, ...selector }));
    return this.#client.patchSelector(service.name, guard, selector, token, options);
  }

  /** The Service shows one of this run's writes, and nothing since: its selector is what that write meant. */
  #ownWrite(ref: RouteRef, now: ServiceView): boolean {
    const meant = now.written && this.#sent.get(ref.id)?.get(now.written);
    return meant !== undefined && meant === JSON.stringify(now.selector);
  }

  /**
   * Read-back beyond the selector: the EndpointSlice controller lists the newly selected pods a
   * moment after the write, and kube-proxy routes by the slices. Waits until they list only pods
   * the new selector picks, one of them ready. No ready endpoint at the end fails a production
   * route's write (the Service would send its users nowhere); old pods still listed beside ready
   * new ones are a slow controller, and a warning.
   */
  async #endpointsFollow(ref: RouteRef, service: ServiceView, signal?: AbortSignal): Promise<void> {
    const selected = new Set((await this.#client.listPods(service.selector, { signal })).map((p) => p.name));
    const polled = await pollUntil(
      async () => {
        const endpoints = await this.#client.endpoints(service.name, { signal });
        const stray = endpoints.filter((e) => !selected.has(e.pod)).map((e) => e.pod);
        const ready = endpoints.filter((e) => e.ready && selected.has(e.pod)).length;
        return { done: stray.length === 0 && ready > 0, value: { stray, ready } };
      },
      {
        timeoutMs: Math.min(this.#config.verifyTimeoutMs, 30_000),
        pollMs: 250,
        signal,
        progress: (v, left) =>
          `Waiting for the EndpointSlices of ${ref.name} to follow its selector: ${v.ready} ready pod(s) of its new color, ${v.stray.length} other pod(s) still listed; ${left} left.`,
      },
    );
    const color = service.selector[this.#config.colorLabel];
    if (polled.done)
      core.info(`Read back: the EndpointSlices of ${ref.name} list only ${color}'s pods (${polled.value.ready} ready).`);
    else if (signal?.aborted) return;
    // A test route may point at a broken color (a switch away from it): only production fails.
    else if (polled.value.ready === 0 && ref.role === "production") {
      throw new CutoverError(
        `Read back failed: ${formatDuration(polled.ms)} after its selector moved to ${color}, the EndpointSlices of ${ref.name} list no ready pod of ${color} (${selected.size} pod(s) match ${formatSelector(service.selector)}), so the Service sends its traffic nowhere`,
      );
    } else {
      const listed = polled.value.ready === 0 ? `no ready pod of ${color}` : polled.value.stray.join(", ");
      core.warning(
        `The EndpointSlices of ${ref.name} still list ${listed} ${formatDuration(polled.ms)} after its selector moved to ${color}; the requests that follow are the proof.`,
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
   * Refuses a move to a color whose pods lack a label the Service selects by (it would select no
   * pod), and checks capacity parity for the color production moves to: on a switch a shortfall
   * refuses it, on a rollback it is a warning.
   */
  async checkChanges(changes: RouteChange[], options: WriteOptions = {}): Promise<void> {
    const label = this.#config.colorLabel;
    await this.#workloads.refuseUnselectable(
      changes.map((c) => {
        const color: Color = c.after.green > 0 ? "green" : "blue";
        const service = c.before.raw as ServiceView;
        return { ref: c.ref, color, selector: { ...service.selector, [label]: color } };
      }),
    );
    const production = changes.find((c) => c.ref.role === "production");
    if (!production) return;
    const to: Color = production.after.green > 0 ? "green" : "blue";
    if (production.before.weights[to] > 0) return;
    await this.#workloads.checkCapacity(to, options.verb);
  }

  planReference(): RouteChange[] {
    return [];
  }

  async testUrl(): Promise<URL | undefined> {
    return undefined;
  }
}

/** The pool's view of a Service router: the Services that select a color, and whether production does. */
export function serviceRouting(client: KubeClient, config: KubernetesConfig): PoolRouting {
  const read = (options?: CallOptions) =>
    Promise.all([config.service, ...(config.testService ? [config.testService] : [])].map((n) => client.readService(n, options)));
  return {
    services: async (color, options) => {
      const selecting = (await read(options)).filter((s) => s.selector[config.colorLabel] === color).map((s) => s.name);
      return selecting.length > 0 ? selecting : undefined;
    },
    busy: async (color) => {
      const service = await client.readService(config.service);
      return service.selector[config.colorLabel] === color
        ? `Service ${config.namespace}/${config.service} selects ${color} (${formatSelector(service.selector)})`
        : undefined;
    },
  };
}
