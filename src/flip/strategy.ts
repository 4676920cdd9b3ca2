import { readDuration } from "../core/durations.ts";
import { inputError, readChoice, readInteger, readList, readString } from "../core/inputs.ts";
import type { RouterConfig } from "../routers/port.ts";

export const STRATEGIES = ["all-at-once", "linear", "steps"] as const;
export type StrategyName = (typeof STRATEGIES)[number];

export interface Strategy {
  name: StrategyName;
  /** Percent of production traffic on the new color after each step; always ends at 100. */
  steps: number[];
  stepIntervalMs?: number;
}

/** Reads strategy, linear-percent, steps and step-interval, and checks that they fit together and the router. */
export function readStrategy(router: RouterConfig): Strategy {
  const name = readChoice("strategy", STRATEGIES, "all-at-once");
  if (name !== "all-at-once" && !router.capabilities.weighted) {
    throw inputError(
      "strategy",
      `is ${name}, but the ${router.kind} router moves traffic all at once: it cannot split it by weight (gateway-api, istio, nginx and alb can)`,
      "all-at-once",
    );
  }
  const percent = readInteger("linear-percent", 10, { min: 1, max: 100 });
  const listed = readList("steps");
  const interval = readString("step-interval") ? readDuration("step-interval", "1m", 24 * 3_600_000) : undefined;
  if (name !== "steps" && listed.length) {
    throw inputError(
      "steps",
      `is only used with strategy: steps, but strategy is ${name}`,
      "10,50,100 together with strategy: steps",
    );
  }
  if (name !== "all-at-once" && interval === undefined) {
    throw inputError("step-interval", `is required with strategy: ${name}: it is how long each step runs before the next`, "2m");
  }
  if (name === "all-at-once") return { name, steps: [100], stepIntervalMs: interval };
  if (name === "linear") return { name, steps: linear(percent), stepIntervalMs: interval };
  return { name, steps: explicitSteps(listed), stepIntervalMs: interval };
}

function linear(percent: number): number[] {
  const steps: number[] = [];
  for (let p = percent; p < 100; p += percent) steps.push(p);
  return [...steps, 100];
}

function explicitSteps(listed: string[]): number[] {
  const example = "10,50,100";
  if (listed.length === 0) throw inputError("steps", "is required with strategy: steps, and was empty", example);
  const steps = listed.map((item) => {
    const value = Number(item.replace(/%$/, ""));
    if (!Number.isInteger(value) || value < 1 || value > 100) {
      throw inputError("steps", `must be whole percentages from 1 to 100, got ${JSON.stringify(item)}`, example);
    }
    return value;
  });
  for (let i = 1; i < steps.length; i++) {
    if ((steps[i] as number) <= (steps[i - 1] as number)) {
      throw inputError("steps", `must increase step by step, but ${steps[i]} follows ${steps[i - 1]}`, example);
    }
  }
  return steps.at(-1) === 100 ? steps : [...steps, 100];
}
