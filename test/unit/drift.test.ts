// Drift: where the standby's pool is set up differently from the active one's.
import { describe, expect, it } from "vitest";
import { compareSettings } from "../../src/routing/drift.ts";

describe("compareSettings", () => {
  it("finds nothing between equal settings, whatever their order", () => {
    const active = [
      { name: "port", value: "8080" },
      { name: "health-check-path", value: "/health" },
    ];
    expect(compareSettings(active, [...active].reverse())).toEqual([]);
  });

  it("lists each differing setting once, active's first, then the standby's own", () => {
    const active = [
      { name: "port", value: "8080" },
      { name: "protocol", value: "HTTP" },
      { name: "stickiness", value: "true" },
    ];
    const standby = [
      { name: "slow-start", value: "30" },
      { name: "protocol", value: "HTTP" },
      { name: "port", value: "9090" },
    ];
    expect(compareSettings(active, standby)).toEqual([
      { setting: "port", active: "8080", standby: "9090" },
      { setting: "stickiness", active: "true", standby: "(unset)" },
      { setting: "slow-start", active: "(unset)", standby: "30" },
    ]);
  });

  it("counts an empty value as unset", () => {
    expect(compareSettings([{ name: "deregistration-delay", value: "" }], [])).toEqual([]);
    expect(
      compareSettings([{ name: "deregistration-delay", value: "" }], [{ name: "deregistration-delay", value: "300" }]),
    ).toEqual([{ setting: "deregistration-delay", active: "(unset)", standby: "300" }]);
  });
});
