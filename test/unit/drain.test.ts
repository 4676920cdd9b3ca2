// Drain confirmation from CloudWatch's per-minute figures: only complete minutes that CloudWatch
// has reported count, never missing data.
import { describe, expect, it } from "vitest";
import { judgeDrain } from "../../src/metrics/drain-proof.ts";

const MINUTE = 60_000;
const since = 10 * MINUTE + 5_000;
const at = (minute: number, value: number) => ({ at: minute * MINUTE, value });

describe("judgeDrain", () => {
  it("never reads missing data as drained", () => {
    const report = judgeDrain([], [], since);
    expect(report.drained).toBe(false);
    expect(report.detail).toBe("CloudWatch has not reported a complete period with traffic since the switch yet");
  });

  it("is drained by two reported minutes after the switch that show no request to the old color", () => {
    const old = [at(10, 40)];
    expect(judgeDrain(old, [at(10, 100), at(11, 90)], since).drained).toBe(false);
    const report = judgeDrain(old, [at(10, 100), at(11, 90), at(12, 95)], since);
    expect(report).toMatchObject({ drained: true, requestsAfter: 0, reported: 2 });
    expect(report.detail).toContain("none in the last 2 complete periods, while the load balancer served 185");
  });

  it("is not drained while the latest minutes still show requests to the old color", () => {
    const report = judgeDrain([at(11, 3), at(12, 1)], [at(11, 50), at(12, 50), at(13, 40)], since);
    expect(report).toMatchObject({ drained: false, requestsAfter: 4, lastSeenAt: 12 * MINUTE });
  });
});
