import { type Color, otherColor } from "../core/color.ts";
import { CutoverError, type Explanation } from "../core/errors.ts";
import type { DrainCheck, DrainReport } from "../metrics/drain-proof.ts";
import type { VersionCheck, VersionReport } from "../probe/version.ts";
import type { HealthVerdict } from "../routers/health.ts";
import type { Weights } from "../routers/routes.ts";
import type { RouteChange } from "../routing/router.ts";
import type { Snapshot } from "../routing/state.ts";
import type { GateConfig, GateVerdict } from "./gates.ts";
export interface FlipRequest {
  verb: "switch" | "rollback";
  /** A color, or the other color than the active one (`standby`, or `previous` for rollback). */
  to: Color | "standby";
  expectedActive?: Color;
  requireHealthy: boolean;
  minHealthy: number;
  dryRun: boolean;
  reason?: string;
  /** Percent of production traffic on the target after each step; all at once is [100]. */
  steps: number[];
  /** How long the gates watch after each step (and after the last one). */
  stepIntervalMs?: number;
  gates?: GateConfig;
  releaseSticky?: boolean;
  verify?: Omit<VersionCheck, "expected"> & { expected?: string };
  drain?: Omit<DrainCheck, "old" | "since">;
}

export interface TimelineEntry {
  /** Milliseconds since the flip started. */
  t: number;
  weights: Weights;
  event: string;
}

export interface FlipOutcome {
  before: Snapshot;
  after: Snapshot;
  target: Color;
  previous: Color;
  /** The changes of the final step, from the state as read. */
  changes: RouteChange[];
  /** Traffic moved in this run (false when already there, or on dry-run). */
  moved: boolean;
  movedAt?: string;
  health?: HealthVerdict;
  timeline: TimelineEntry[];
  gates: GateVerdict[];
  version?: VersionReport;
  drain?: DrainReport;
  ms: { read: number; write: number; total: number };
}

/**
 * A flip that failed, with the router as it stands after it: the outputs are set from `after`, so
 * that the next job sees the colors the routes really show.
 */
export class FlipError extends CutoverError {
  override name = "FlipError";
  readonly after: Snapshot;
  readonly target: Color;
  readonly previous: Color;
  /** Whether the production routes are no longer as this run read them at its start. */
  readonly moved: boolean;
  constructor(message: string, context: { after: Snapshot; target: Color; moved: boolean }, explanation: Explanation = {}) {
    super(message, explanation);
    this.after = context.after;
    this.target = context.target;
    this.previous = otherColor(context.target);
    this.moved = context.moved;
    this.outputsSet = true;
  }
}

/** When gates are set but all-at-once has no step interval, they still watch this long. */
export const DEFAULT_GATE_WINDOW_MS = 30_000;
