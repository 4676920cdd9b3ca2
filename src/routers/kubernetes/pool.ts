import type { Color } from "../../core/color.ts";
import { CutoverError } from "../../core/errors.ts";
import { pollUntil } from "../../core/poll.ts";
import * as core from "../../core/runner.ts";
import type { CallOptions, MemberHealth, PoolPort, Setting } from "../port.ts";
import type { DeploymentView, KubeClient, PodView } from "./client.ts";
import { annotationOf } from "./ledger.ts";
import { formatSelector, type WorkloadConfig } from "./workloads.ts";

/** Where teardown keeps the replicas it scaled away, for a restore. */
const REPLICAS_KEY = annotationOf("cutover:retired-replicas");

/** Reasons kubelet gives that no wait will cure on its own. */
const FAILING = new Set([
  "ImagePullBackOff",
  "ErrImagePull",
  "CrashLoopBackOff",
  "CreateContainerConfigError",
  "CreateContainerError",
  "InvalidImageName",
]);

/**
 * Rolled out as `kubectl rollout status` judges it (DeploymentStatusViewer in kubectl's
 * polymorphichelpers/rollout_status.go): the controller has observed the generation, every
 * wanted replica is updated, no old one is left, and every updated one is available.
 */
export function rolledOut(d: DeploymentView): boolean {
  return observed(d) && d.updated >= d.desired && d.replicas <= d.updated && d.available >= d.updated;
}

const observed = (d: DeploymentView): boolean => d.specObserved;

/**
 * How long health waits for the controller to observe a generation it has not. Annotations bump
 * a Deployment's generation (the apps registry's PrepareForUpdate): the ledger's own writes are
 * known not to change the spec (specObserved), but anyone else's are not, and the controller
 * observes them on its next sync, normally within milliseconds (10 s covers a busy controller).
 */
const OBSERVE_WAIT_MS = 10_000;

function podHealth(pod: PodView, listed: Map<string, boolean> | undefined): MemberHealth {
  const base = {
    id: pod.name,
    ...(pod.reason ? { reason: pod.reason } : {}),
    ...(pod.message ? { description: pod.message } : {}),
  };
  if (pod.terminating) return { ...base, state: "draining", reason: "Terminating" };
  if (!pod.ready) return { ...base, state: pod.reason && FAILING.has(pod.reason) ? "unhealthy" : "starting" };
  // A ready pod counts once the Service routing to its color lists it as a ready endpoint.
  if (listed && listed.get(pod.name) !== true)
    return {
      id: pod.name,
      state: "starting",
      reason: "NotInEndpointSlices",
      description: "ready, not yet a ready endpoint of the Service",
    };
  return { id: pod.name, state: "healthy" };
}

/** A rollout still going (or stalled) is one more target that is not healthy yet, with the counts. */
function rolloutHealth(d: DeploymentView): MemberHealth[] {
  if (rolledOut(d)) return [];
  const counts = `${d.updated} of ${d.desired} replicas updated, ${d.available} available${observed(d) ? "" : ", spec not yet observed"}`;
  // A paused Deployment starts no rollout, so no wait ends this one ("Deployments": Pausing and Resuming).
  if (d.paused) {
    return [
      {
        id: `deployment/${d.name}`,
        state: "unhealthy",
        reason: "DeploymentPaused",
        description: `spec.paused is true: nothing rolls out until it is resumed; ${counts}`,
      },
    ];
  }
  // ReplicaFailure (DeploymentConditionType): a pod the controller could not create, a quota or an
  // admission webhook's refusal. The controller keeps trying, but the reason is what to act on.
  if (d.replicaFailure) {
    return [
      {
        id: `deployment/${d.name}`,
        state: "unhealthy",
        reason: d.replicaFailure.reason,
        description: `${d.replicaFailure.message} ${counts}`,
      },
    ];
  }
  const stalled = d.progressing?.status === "False";
  return [
    {
      id: `deployment/${d.name}`,
      state: stalled ? "unhealthy" : "starting",
      reason: stalled ? d.progressing?.reason : "RolloutInProgress",
      description: stalled ? `${d.progressing?.message} ${counts}` : counts,
    },
  ];
}

/** How traffic reaches each color: a Service's selector (kubernetes), route objects (gateway-api, istio). */
export interface PoolRouting {
  /** The Services whose ready endpoints make a ready pod of `color` healthy; undefined when none routes to it. */
  services(color: Color, options?: CallOptions): Promise<string[] | undefined>;
  /** Why `color` may not be scaled to 0 because it carries traffic; undefined when it may. */
  busy(color: Color): Promise<string | undefined>;
}

/** Each color is a Deployment: its pods' readiness, its rollout, and its replicas. */
export class KubernetesPool implements PoolPort {
  readonly verbs = { retire: "Scale to 0", restore: "Scale back" };
  readonly #client: KubeClient;
  readonly #config: WorkloadConfig;
  readonly #routing: PoolRouting;

  constructor(client: KubeClient, config: WorkloadConfig, routing: PoolRouting) {
    this.#client = client;
    this.#config = config;
    this.#routing = routing;
  }

  async health(color: Color, options: CallOptions = {}): Promise<MemberHealth[]> {
    const deployment = await this.#observedDeployment(this.#config.deployments[color], options);
    const [pods, listed] = await Promise.all([
      this.#client.listPods(deployment.selector, options),
      this.#endpointsFor(color, options),
    ]);
    return [...rolloutHealth(deployment), ...pods.map((p) => podHealth(p, listed))];
  }

  /** The Deployment once its controller has observed its generation, or as it is after OBSERVE_WAIT_MS. */
  async #observedDeployment(name: string, options: CallOptions = {}): Promise<DeploymentView> {
    const polled = await pollUntil(
      async () => {
        const d = await this.#client.readDeployment(name, options);
        return { done: observed(d), value: d };
      },
      {
        timeoutMs: OBSERVE_WAIT_MS,
        pollMs: 100,
        signal: options.signal,
        progress: (d) => `Waiting for the controller to observe generation ${d.generation} of Deployment ${d.name}.`,
      },
    );
    return polled.value;
  }

  /** Ready endpoints of the Services that route to `color` now; undefined when none does. */
  async #endpointsFor(color: Color, options: CallOptions): Promise<Map<string, boolean> | undefined> {
    const services = await this.#routing.services(color, options);
    if (!services?.length) return undefined;
    const endpoints = (await Promise.all(services.map((s) => this.#client.endpoints(s, options)))).flat();
    return new Map(endpoints.map((e) => [e.pod, e.ready]));
  }

  async settings(color: Color): Promise<Setting[]> {
    const d = await this.#client.readDeployment(this.#config.deployments[color]);
    const { colorLabel } = this.#config;
    const others = (labels: Record<string, string>) =>
      formatSelector(Object.fromEntries(Object.entries(labels).filter(([k]) => k !== colorLabel)));
    return [
      { name: "selector (besides the color)", value: others(d.selector) },
      { name: "containers", value: d.containers.map((c) => c.name).join(",") },
      { name: "container ports", value: d.containers.map((c) => c.ports).join(";") },
      { name: "readiness probe", value: d.containers.map((c) => c.probe).join(";") },
      { name: "strategy", value: d.strategy },
    ];
  }

  /** Teardown: scale to 0, never a Deployment production sends traffic to; the replicas are kept for a restore. */
  async retire(color: Color): Promise<void> {
    const busy = await this.#routing.busy(color);
    if (busy) throw new CutoverError(`${busy}: its Deployment is not scaled down.`);
    const name = this.#config.deployments[color];
    const d = await this.#client.readDeployment(name);
    await this.#client.annotate(name, { [REPLICAS_KEY]: String(d.desired) }, []);
    await this.#client.scale(name, 0);
  }

  async restore(color: Color, targets: MemberHealth[]): Promise<void> {
    const name = this.#config.deployments[color];
    const d = await this.#client.readDeployment(name);
    const replicas = Number(d.annotations[REPLICAS_KEY] ?? targets.length) || 1;
    await this.#client.scale(name, replicas);
  }

  /**
   * deploy-standby: first gives back the replicas teardown scaled away (it saved the count on the
   * Deployment), then sets `image` on the standby's container; the health wait follows the rollout.
   * A paused Deployment is refused first, image or not (after deploy-command too): it would never
   * roll out, and the wait would only run out.
   */
  async deploy(color: Color): Promise<void> {
    const name = this.#config.deployments[color];
    let d = await this.#client.readDeployment(name);
    if (d.paused) {
      throw new CutoverError(
        `Deployment ${this.#config.namespace}/${name} is paused (spec.paused: true), so nothing rolls out: resume it with \`kubectl rollout resume deployment/${name} -n ${this.#config.namespace}\` and run deploy-standby again.`,
      );
    }
    d = (await this.#scaleBack(d)) ?? d;
    const wanted = this.#config.image;
    if (!wanted) return;
    const container = wanted.container ?? d.containers[0]?.name ?? "";
    const current = d.containers.find((c) => c.name === container);
    if (!current) {
      throw new CutoverError(
        `Deployment ${this.#config.namespace}/${name} has no container ${container} (it has ${d.containers.map((c) => c.name).join(", ")}); set image as container=image.`,
      );
    }
    const generation = await this.#client.setImage(name, d, container, wanted.image);
    core.info(
      `Patched Deployment ${name}: container ${container} ${current.image} → ${wanted.image} (generation ${generation}); waiting for the rollout.`,
    );
  }

  /** A Deployment at 0 replicas with the count teardown saved is scaled back to it; the re-read Deployment, or undefined when nothing was done. */
  async #scaleBack(d: DeploymentView): Promise<DeploymentView | undefined> {
    if (d.desired > 0) return undefined;
    const saved = Number(d.annotations[REPLICAS_KEY]);
    if (!Number.isInteger(saved) || saved < 1) {
      core.warning(
        `Deployment ${this.#config.namespace}/${d.name} has 0 replicas, and no count saved by teardown (${REPLICAS_KEY}) to restore: scale it up (kubectl scale) or let deploy-command do it.`,
      );
      return undefined;
    }
    await this.#client.scale(d.name, saved);
    await this.#client.annotate(d.name, {}, [REPLICAS_KEY]);
    core.info(`Scaled Deployment ${d.name} back to ${saved} replica(s), the count teardown saved; waiting for its pods.`);
    return this.#client.readDeployment(d.name);
  }
}
