import { COLORS, type Color, type PerColor } from "../../core/color.ts";
import type { CallOptions, Ledger, LedgerPort } from "../port.ts";
import type { KubeClient } from "./client.ts";
import type { WorkloadConfig } from "./workloads.ts";

/** `cutover:version` is kept as the annotation `cutover/version`: an annotation key takes one `/`, no `:`. */
export const annotationOf = (key: string): string => key.replace(/^cutover:/, "cutover/");
const keyOf = (annotation: string): string => annotation.replace(/^cutover\//, "cutover:");

/** The ledger lives in annotations on each color's Deployment. */
export class KubernetesLedger implements LedgerPort {
  readonly #client: KubeClient;
  readonly #config: WorkloadConfig;

  constructor(client: KubeClient, config: WorkloadConfig) {
    this.#client = client;
    this.#config = config;
  }

  async read(options: CallOptions = {}): Promise<PerColor<Ledger>> {
    const [blue, green] = await Promise.all(COLORS.map((c) => this.#client.readDeployment(this.#config.deployments[c], options)));
    const ledger = (annotations: Record<string, string>): Ledger =>
      Object.fromEntries(
        Object.entries(annotations)
          .filter(([k]) => k.startsWith("cutover/"))
          .map(([k, v]) => [keyOf(k), v]),
      );
    return { blue: ledger(blue?.annotations ?? {}), green: ledger(green?.annotations ?? {}) };
  }

  async write(color: Color, set: Ledger, remove: string[] = [], options: CallOptions = {}): Promise<void> {
    const annotations = Object.fromEntries(Object.entries(set).map(([k, v]) => [annotationOf(k), v]));
    await this.#client.annotate(this.#config.deployments[color], annotations, remove.map(annotationOf), options);
  }
}
