import { afterEach, describe, expect, it } from "vitest";
import { formatDuration, parseDuration, readDuration } from "../../src/core/durations.ts";
import { ConfigurationError } from "../../src/core/errors.ts";
import { readBoolean, readInteger, readList, readUrl } from "../../src/core/inputs.ts";
import { readArn, readArnList } from "../../src/routers/alb/arn.ts";
import { clearInputs } from "../support/inputs.ts";

const set = (name: string, value: string) => {
  process.env[`INPUT_${name.toUpperCase()}`] = value;
};

afterEach(clearInputs);

describe("input readers", () => {
  it("reads durations in the units people write", () => {
    expect(parseDuration("90s")).toBe(90_000);
    expect(parseDuration("5m")).toBe(300_000);
    expect(parseDuration("24h")).toBe(86_400_000);
    expect(parseDuration("1h30m")).toBe(5_400_000);
    expect(parseDuration("250ms")).toBe(250);
    expect(parseDuration("0s")).toBe(0);
    expect(parseDuration("90")).toBeUndefined();
    expect(parseDuration("5 m")).toBeUndefined();
    expect(parseDuration("-5m")).toBeUndefined();
    expect(formatDuration(90_000)).toBe("1m30s");
  });

  it("names the input, the problem and an example", () => {
    set("verify-timeout", "soon");
    expect(() => readDuration("verify-timeout", "60s")).toThrow(
      new ConfigurationError(
        `Input 'verify-timeout' must be a duration such as 90s, 5m or 24h, got "soon". Example: verify-timeout: 60s`,
      ),
    );
  });

  it("takes YAML 1.2 booleans only", () => {
    set("dry-run", "True");
    expect(readBoolean("dry-run", false)).toBe(true);
    set("dry-run", "yes");
    expect(() => readBoolean("dry-run", false)).toThrow(/must be true or false, got "yes"/);
    delete process.env["INPUT_DRY-RUN"];
    expect(readBoolean("dry-run", false)).toBe(false);
  });

  it("reads lists split by commas or newlines", () => {
    set("paths", "/a, /b\n\n/c\n");
    expect(readList("paths")).toEqual(["/a", "/b", "/c"]);
  });

  it("checks integers against their range", () => {
    set("min-healthy-targets", "2.5");
    expect(() => readInteger("min-healthy-targets", 1, { min: 0, max: 10 })).toThrow(/whole number/);
    set("min-healthy-targets", "11");
    expect(() => readInteger("min-healthy-targets", 1, { min: 0, max: 10 })).toThrow(/between 0 and 10, got 11/);
  });

  it("checks ARNs by resource type", () => {
    set("listener-arn", "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/alb/50dc6c495c0c9188/f2f7dc8efc522ab2");
    expect(readArn("listener-arn", "listener")?.region).toBe("eu-west-1");
    set("listener-arn", "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/blue/50dc6c495c0c9188");
    expect(() => readArn("listener-arn", "listener")).toThrow(/is not an Application Load Balancer listener ARN/);
    set("rule-arns", "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/alb/50dc6c495c0c9188/f2f7dc8efc522ab2");
    expect(() => readArnList("rule-arns", "listener-rule")).toThrow(/listener rule ARN/);
  });

  it("wants a scheme on URLs", () => {
    set("probe-url", "example.com/health");
    expect(() => readUrl("probe-url")).toThrow(/scheme/);
    set("probe-url", "ftp://example.com/");
    expect(() => readUrl("probe-url")).toThrow(/http:\/\/ or https:\/\//);
  });
});
