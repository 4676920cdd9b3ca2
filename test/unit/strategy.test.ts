// The strategy inputs: which steps a flip takes, and the combinations that are refused before anything is read.
import { afterEach, describe, expect, it } from "vitest";
import { ConfigurationError } from "../../src/core/errors.ts";
import { readStrategy } from "../../src/flip/strategy.ts";
import type { RouterConfig } from "../../src/routers/port.ts";
import { albConfig } from "../support/alb.ts";
import { clearInputs, setInputs } from "../support/inputs.ts";

const weighted = albConfig([]);
const allAtOnceOnly: RouterConfig = {
  ...weighted,
  kind: "kubernetes",
  capabilities: { weighted: false, finestStepPercent: 100, cloudWatch: false },
};

afterEach(clearInputs);

function strategy(inputs: Record<string, string>, router = weighted) {
  setInputs(inputs);
  return readStrategy(router);
}

describe("readStrategy", () => {
  it("moves everything in one step by default", () => {
    expect(strategy({})).toEqual({ name: "all-at-once", steps: [100], stepIntervalMs: undefined });
  });

  it("steps linearly by linear-percent, ending at 100", () => {
    expect(strategy({ strategy: "linear", "step-interval": "2m" })).toEqual({
      name: "linear",
      steps: [10, 20, 30, 40, 50, 60, 70, 80, 90, 100],
      stepIntervalMs: 120_000,
    });
    expect(strategy({ strategy: "linear", "linear-percent": "30", "step-interval": "1m" }).steps).toEqual([30, 60, 90, 100]);
    expect(strategy({ strategy: "linear", "linear-percent": "100", "step-interval": "1m" }).steps).toEqual([100]);
  });

  it("takes listed steps as percentages, with or without %, and adds the final 100", () => {
    expect(strategy({ strategy: "steps", steps: "5%, 25\n50", "step-interval": "30s" })).toEqual({
      name: "steps",
      steps: [5, 25, 50, 100],
      stepIntervalMs: 30_000,
    });
    expect(strategy({ strategy: "steps", steps: "10,100", "step-interval": "30s" }).steps).toEqual([10, 100]);
  });

  it("refuses steps that do not increase, or are not whole percentages", () => {
    expect(() => strategy({ strategy: "steps", steps: "10,50,50", "step-interval": "1m" })).toThrow(
      new ConfigurationError("Input 'steps' must increase step by step, but 50 follows 50. Example: steps: 10,50,100"),
    );
    expect(() => strategy({ strategy: "steps", steps: "10,2.5", "step-interval": "1m" })).toThrow(
      /Input 'steps' must be whole percentages from 1 to 100, got "2.5"/,
    );
    expect(() => strategy({ strategy: "steps", steps: "0,50", "step-interval": "1m" })).toThrow(/got "0"/);
    expect(() => strategy({ strategy: "steps", steps: "101", "step-interval": "1m" })).toThrow(/got "101"/);
    expect(() => strategy({ strategy: "steps", "step-interval": "1m" })).toThrow(
      /Input 'steps' is required with strategy: steps, and was empty/,
    );
  });

  it("refuses steps without strategy: steps, and gradual strategies without step-interval", () => {
    expect(() => strategy({ strategy: "linear", steps: "10,50", "step-interval": "1m" })).toThrow(
      new ConfigurationError(
        "Input 'steps' is only used with strategy: steps, but strategy is linear. Example: steps: 10,50,100 together with strategy: steps",
      ),
    );
    expect(() => strategy({ strategy: "steps", steps: "10,50" })).toThrow(
      /Input 'step-interval' is required with strategy: steps: it is how long each step runs before the next. Example: step-interval: 2m/,
    );
    expect(() => strategy({ strategy: "linear", "step-interval": "25h" })).toThrow(/Input 'step-interval' must be at most 24h/);
  });

  it("refuses an unknown strategy and an out-of-range linear-percent", () => {
    expect(() => strategy({ strategy: "canary" })).toThrow(
      /Input 'strategy' must be one of all-at-once, linear, steps, got "canary"/,
    );
    expect(() => strategy({ strategy: "linear", "linear-percent": "0", "step-interval": "1m" })).toThrow(
      /Input 'linear-percent' must be between 1 and 100, got 0/,
    );
  });

  it("refuses gradual strategies on a router that is not weighted, and keeps all-at-once", () => {
    for (const name of ["linear", "steps"]) {
      expect(() =>
        strategy({ strategy: name, steps: name === "steps" ? "10,50" : "", "step-interval": "1m" }, allAtOnceOnly),
      ).toThrow(
        new ConfigurationError(
          `Input 'strategy' is ${name}, but the kubernetes router moves traffic all at once: it cannot split it by weight (gateway-api, istio, nginx and alb can). Example: strategy: all-at-once`,
        ),
      );
    }
    expect(strategy({}, allAtOnceOnly).steps).toEqual([100]);
  });
});
