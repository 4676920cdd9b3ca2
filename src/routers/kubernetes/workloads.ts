// The workloads behind the colors, as all three Kubernetes routers see them: each color is a
// Deployment whose pods carry the color label. One reader that the kubernetes router's Service
// selector and the weighted routers' route objects each hold (composition, not a base config):
// ready pods, capacity parity, and whether a selector still selects the new color's pods.
import type { Color, PerColor } from "../../core/color.ts";
import { CutoverError } from "../../core/errors.ts";
import * as core from "../../core/runner.ts";
import type { CallOptions, RouteRef, RouterConfig, WriteOptions } from "../port.ts";
import type { KubeClient } from "./client.ts";

/** What every Kubernetes router reads about its workloads and its cluster, whatever routes the traffic. */
export interface WorkloadConfig extends RouterConfig {
  namespace: string;
  colorLabel: string;
  /** Deployment names per color; also `pools`. */
  deployments: PerColor<string>;
  kubeconfig: string;
  context: string;
  /** deploy-standby's `image`: the container to set (the first when not named) and the image. */
  image?: { container?: string; image: string };
  /** The standby's ready pods must reach this fraction of the active color's before a switch. */
  minCapacity: number;
}

/** `app=shop,version=blue`, as kubectl prints a selector. */
export function formatSelector(selector: Record<string, string>): string {
  return (
    Object.entries(selector)
      .map(([k, v]) => `${k}=${v}`)
      .join(",") || "(empty)"
  );
}

export interface SelectorMove {
  ref: RouteRef;
  color: Color;
  /** The Service's whole selector once it names `color`. */
  selector: Record<string, string>;
}

/** Rollbacks already warned about, so that each is said once however often its changes are checked. */
const warned = new Set<string>();

export class Workloads {
  readonly #client: KubeClient;
  readonly #config: WorkloadConfig;

  constructor(client: KubeClient, config: WorkloadConfig) {
    this.#client = client;
    this.#config = config;
  }

  async readyPods(color: Color, options: CallOptions = {}): Promise<number> {
    const deployment = await this.#client.readDeployment(this.#config.deployments[color], options);
    return (await this.#client.listPods(deployment.selector, options)).filter((p) => p.ready && !p.terminating).length;
  }

  /**
   * A Service selects the pods that carry every label of its selector ("Labels and Selectors"). A
   * label besides the color key that the new color's pod template lacks (say tier: web, on the live
   * color's pods only) would leave the Service with no endpoint at all: refused before any write.
   */
  async refuseUnselectable(moves: SelectorMove[]): Promise<void> {
    const client = this.#client;
    const config = this.#config;
    const colors = [...new Set(moves.map((m) => m.color))];
    const templates = new Map(
      await Promise.all(colors.map(async (c) => [c, (await client.readDeployment(config.deployments[c])).podLabels] as const)),
    );
    for (const move of moves) {
      const labels = templates.get(move.color) ?? {};
      const missing = Object.entries(move.selector).filter(([k, v]) => labels[k] !== v);
      if (missing.length === 0) continue;
      const deployment = config.deployments[move.color];
      const what = missing
        .map(([k, v]) => `${k}=${v} (${move.color}'s pods ${k in labels ? `carry ${k}=${labels[k]}` : `have no ${k} label`})`)
        .join(", ");
      throw new CutoverError(
        `${move.ref.name} selects ${formatSelector(move.selector)} once it names ${move.color}, and the pods of Deployment ${deployment} do not match ${what}: it would select no pod and send its traffic nowhere. Give ${deployment}'s pod template ${missing.map(([k, v]) => `${k}: ${v}`).join(", ")}, or take ${missing.map(([k]) => k).join(", ")} out of the Service's selector. Nothing was written.`,
      );
    }
  }

  /**
   * Capacity parity: the color production moves to must have at least min-capacity-percent of the
   * other color's ready pods, so that it can carry the load at once (seed 004 scales it up first).
   * A switch that falls short is refused; a rollback is warned about and goes on, since the color
   * it leaves is the one that failed.
   */
  async checkCapacity(to: Color, verb: WriteOptions["verb"]): Promise<void> {
    const config = this.#config;
    const from: Color = to === "blue" ? "green" : "blue";
    const [target, current] = await Promise.all([to, from].map((c) => this.readyPods(c)));
    const needed = Math.ceil((current ?? 0) * config.minCapacity);
    if ((target ?? 0) >= needed) return;
    const share = Math.round(config.minCapacity * 100);
    const shortfall = `${to} (Deployment ${config.deployments[to]}) has ${target} ready pod(s), fewer than ${needed} (${share}% of ${from}'s ${current}, min-capacity-percent)`;
    if (verb === "rollback") {
      if (!warned.has(to))
        core.warning(`Capacity: ${shortfall}. A rollback goes ahead anyway; scale ${config.deployments[to]} up now.`);
      warned.add(to);
      return;
    }
    throw new CutoverError(`Capacity parity: ${shortfall}. Scale ${config.deployments[to]} up first. Nothing was written.`);
  }
}
