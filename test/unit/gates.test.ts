// The gates' inputs, how they are described, and the probes gate's verdict on a set of answers.
import { afterEach, describe, expect, it } from "vitest";
import { ConfigurationError } from "../../src/core/errors.ts";
import { describeGates, type GateConfig, hasWindowGates, judgeProbes, readGateConfig } from "../../src/flip/gates.ts";
import type { Outcome } from "../../src/probe/stats.ts";
import { clearInputs, setInputs } from "../support/inputs.ts";

afterEach(clearInputs);

function gates(inputs: Record<string, string>): GateConfig {
  setInputs(inputs);
  return readGateConfig(true, 2);
}

describe("readGateConfig", () => {
  it("has the health gate alone by default", () => {
    const config = gates({});
    expect(config).toEqual({ requireHealthy: true, minHealthy: 2, probe: undefined, alarms: [], cloudwatch: true });
    expect(hasWindowGates(config)).toBe(false);
    expect(describeGates(config)).toBe("health (≥ 2 healthy)");
  });

  it("reads the probe gate with its defaults and limits", () => {
    const config = gates({ "probe-url": "https://shop.example.com/health" });
    expect(config.probe).toEqual({
      url: new URL("https://shop.example.com/health"),
      everyMs: 250,
      maxErrorRate: 0.01,
      maxP95Ms: 2_000,
    });
    expect(hasWindowGates(config)).toBe(true);
    const tuned = gates({
      "probe-url": "https://shop.example.com/health",
      "probe-interval": "1s",
      "max-error-rate": "0.5%",
      "max-p95-latency": "800ms",
    });
    expect(tuned.probe).toMatchObject({ everyMs: 1_000, maxErrorRate: 0.005, maxP95Ms: 800 });
  });

  it("reads alarm names as a window gate", () => {
    const config = gates({ "alarm-names": "shop-5xx-rate, shop-latency" });
    expect(config.alarms).toEqual(["shop-5xx-rate", "shop-latency"]);
    expect(hasWindowGates(config)).toBe(true);
  });

  it("refuses alarms without CloudWatch, and probes more often than every 10ms", () => {
    expect(() => gates({ "alarm-names": "shop-5xx-rate", cloudwatch: "false" })).toThrow(
      new ConfigurationError(
        "Input 'alarm-names' needs CloudWatch, but cloudwatch is false: remove the alarms or allow CloudWatch. Example: alarm-names: shop-5xx-rate",
      ),
    );
    expect(() => gates({ "probe-url": "https://shop.example.com/health", "probe-interval": "5ms" })).toThrow(
      "Input 'probe-interval' must be at least 10ms. Example: probe-interval: 250ms",
    );
    expect(() => gates({ "probe-url": "ftp://shop.example.com/health" })).toThrow(
      /Input 'probe-url' must be an http:\/\/ or https:\/\/ URL/,
    );
    expect(() => gates({ "max-error-rate": "150%" })).toThrow(/Input 'max-error-rate' must be a percentage/);
  });
});

describe("describeGates", () => {
  it("names every gate with its thresholds, and says none when there is none", () => {
    const config: GateConfig = {
      requireHealthy: true,
      minHealthy: 1,
      probe: { url: new URL("https://shop.example.com/health"), everyMs: 250, maxErrorRate: 0.015, maxP95Ms: 1_500 },
      alarms: ["a", "b"],
      cloudwatch: true,
    };
    expect(describeGates(config)).toBe(
      "health (≥ 1 healthy); probes of https://shop.example.com/health (error rate ≤ 1.5%, p95 ≤ 1.5s); alarms a, b",
    );
    expect(describeGates({ requireHealthy: false, minHealthy: 1, alarms: [], cloudwatch: false })).toBe("none");
  });
});

describe("judgeProbes", () => {
  const config: GateConfig = {
    requireHealthy: false,
    minHealthy: 1,
    probe: { url: new URL("https://shop.example.com/health"), everyMs: 250, maxErrorRate: 0.1, maxP95Ms: 500 },
    alarms: [],
    cloudwatch: false,
  };
  const answers = (ok: number, failed: number, latencyMs = 20): Outcome[] => [
    ...Array.from({ length: ok }, () => ({ status: 200, latencyMs, failed: false })),
    ...Array.from({ length: failed }, () => ({ status: 503, latencyMs, failed: true })),
  ];

  it("waits for the minimum number of probes before failing early", () => {
    expect(judgeProbes(config, answers(0, 5), 20, false)).toBeUndefined();
    expect(judgeProbes(config, answers(15, 5), 20, false)).toMatchObject({
      ok: false,
      gate: "probes",
      probes: { count: 20, errors: 5 },
    });
  });

  it("fails on an error rate above max-error-rate, and passes at it", () => {
    expect(judgeProbes(config, answers(18, 2), 1, true)).toBeUndefined();
    const verdict = judgeProbes(config, answers(17, 3), 1, true);
    expect(verdict?.detail).toMatch(/^error rate 15\.0% > max-error-rate 10\.0%: 20 probes \(2xx 17, 5xx 3\)/);
  });

  it("judges latency only at the end of the window", () => {
    const slow = answers(20, 0, 900);
    expect(judgeProbes(config, slow, 1, false)).toBeUndefined();
    expect(judgeProbes(config, slow, 1, true)?.detail).toMatch(/^p95 900 ms > max-p95-latency 500 ms/);
  });

  it("fails a window in which no probe was sent, and has nothing to say without a probe gate", () => {
    expect(judgeProbes(config, [], 1, true)).toMatchObject({
      ok: false,
      gate: "probes",
      detail: "no probe was sent in the window",
    });
    expect(judgeProbes({ ...config, probe: undefined }, [], 1, true)).toBeUndefined();
  });
});
