// The route53 router without I/O: its inputs, the zone setups it refuses, Route 53's weights as
// cutover's shares, and when a lowered TTL lets a switch start.
import { afterEach, describe, expect, it } from "vitest";
import { ConfigurationError } from "../../src/core/errors.ts";
import { readNeutralSettings } from "../../src/routers/neutral.ts";
import { readRoute53RouterConfig } from "../../src/routers/route53/config.ts";
import { type Pair, pairOf, type RecordSet, sharesOf, weighed } from "../../src/routers/route53/records.ts";
import { ttlProblem } from "../../src/routers/route53/ttl.ts";
import { BAD_ROUTE53_INPUTS } from "../sandbox/route53/bad-inputs.ts";

const GOOD = { "hosted-zone-id": "/hostedzone/Z0123456789ABCDEFGHIJ", "record-name": "App.Example.com" };

function given(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries({ ...GOOD, ...inputs })) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith("INPUT_")) delete process.env[key];
});

function record(setId: string, weight: number, extra: Partial<RecordSet> = {}): RecordSet {
  return { name: "app.example.com.", type: "A", setId, weight, ttl: 60, values: [`10.0.0.${weight}`], other: [], ...extra };
}

describe("route53 inputs", () => {
  it("reads the zone, the record as Route 53 lists it, the set identifiers and the defaults", () => {
    given({});
    const config = readRoute53RouterConfig(readNeutralSettings());
    expect(config.route53).toMatchObject({
      zoneId: "Z0123456789ABCDEFGHIJ",
      name: "app.example.com.",
      type: "A",
      setIds: { blue: "blue", green: "green" },
      maxTtlSeconds: 60,
      nameServerPort: 53,
      authorityQueries: 5,
    });
    expect(config.routes.map((r) => r.id)).toEqual(["app.example.com."]);
    expect(config.aws.region).toBe("us-east-1");
  });

  for (const [what, inputs, line] of BAD_ROUTE53_INPUTS) {
    it(`refuses ${what} with one line that names the input and gives an example`, () => {
      given(inputs);
      let error: unknown;
      try {
        readRoute53RouterConfig(readNeutralSettings());
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigurationError);
      const message = (error as Error).message;
      expect(message).toMatch(line);
      expect(message).toMatch(/Example: /);
      expect(message).not.toContain("\n");
    });
  }
});

describe("route53 zone setup", () => {
  const config = () => {
    given({});
    return readRoute53RouterConfig(readNeutralSettings()).route53;
  };

  it("takes the two weighted records, whatever their order", () => {
    const pair = pairOf([record("green", 0), record("blue", 100)], "app.example.com.", config(), "record-name");
    expect(pair.blue.weight).toBe(100);
    expect(sharesOf(pair)).toEqual({ blue: 100, green: 0 });
  });

  it.each([
    ["no records", [], /The zone has no A records of app\.example\.com .*cutover never creates records.*Nothing was written\.$/],
    ["a third record", [record("blue", 1), record("green", 1), record("canary", 1)], /a third record, SetIdentifier "canary"/],
    [
      "a latency record",
      [record("blue", 1), record("green", 1, { other: ["Region"] })],
      /mix routing policies: blue's record is weighted, green's Region/,
    ],
    [
      "an alias and a plain record",
      [
        record("blue", 1),
        record("green", 1, { ttl: undefined, values: [], alias: { zoneId: "Z1", dnsName: "x.", evaluateHealth: false } }),
      ],
      /mix an alias record and a record with values/,
    ],
  ] as [string, RecordSet[], RegExp][])("refuses %s with one line", (_, sets, line) => {
    expect(() => pairOf(sets, "app.example.com.", config(), "record-name")).toThrow(line);
  });

  it("reads Route 53's weights as shares, all at 0 as an even split, and writes percentages as weights", () => {
    const pair: Pair = { blue: record("blue", 3), green: record("green", 1) };
    expect(sharesOf(pair)).toEqual({ blue: 75, green: 25 });
    expect(sharesOf({ blue: record("blue", 0), green: record("green", 0) })).toEqual({ blue: 50, green: 50 });
    expect(sharesOf({ blue: record("blue", 2), green: record("green", 1) })).toEqual({ blue: 2, green: 1 });
    const written = weighed(pair, { blue: 10, green: 90 });
    expect([written.blue.weight, written.green.weight]).toEqual([10, 90]);
  });

  it("lets a switch start only once a lowered TTL's old value has passed, and says when", () => {
    const pair: Pair = { blue: record("blue", 100), green: record("green", 0) };
    const lowered = { "cutover:ttl-lowered": "2026-01-01T00:00:00.000Z from 300" };
    const at = Date.parse("2026-01-01T00:00:00.000Z");
    expect(ttlProblem([pair], lowered, 60, at + 100_000)).toMatch(
      /until 2026-01-01T00:05:00\.000Z: switch after that \(200 s from now\)/,
    );
    expect(ttlProblem([pair], lowered, 60, at + 300_000)).toBeUndefined();
    expect(ttlProblem([{ blue: record("blue", 1, { ttl: 300 }), green: record("green", 0) }], {}, 60, at)).toMatch(
      /TTL is 300 s, above max-ttl \(60 s\)/,
    );
  });
});
