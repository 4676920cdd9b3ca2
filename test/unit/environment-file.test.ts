// The environment file: the published JSON Schema is what scripts/schema.ts makes of the settings
// table, and the schema and the steps' own check accept and refuse the same files.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { environmentSchema, SCHEMA_FILE } from "../../scripts/schema.ts";
import { ConfigurationError } from "../../src/core/errors.ts";
import { parseAll, parseEnvironmentFile } from "../../src/environment/parse.ts";
import { ROOT } from "../sandbox/run-action.ts";

const TG = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup";
const ROUTER = `router: alb
  listener-arn: arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2
  blue-target-group-arn: ${TG}/shop-blue/6d0ecf831eec9f09
  green-target-group-arn: ${TG}/shop-green/7a2232595e5f1002`;

/** One entry of a routers: list. */
const ENTRY = `    - ${ROUTER.replaceAll("\n  ", "\n      ")}`;
const TWO_ROUTERS = `production:\n  routers:\n${ENTRY}\n${ENTRY.replaceAll("eu-west-1", "us-east-1")}\n  min-healthy-targets: 2\n`;

/** Files both must accept. */
const ACCEPTED: Record<string, string> = {
  "the shipped example": readFileSync(path.join(ROOT, "examples/cutover.yml"), "utf8"),
  "a router only": `production:\n  ${ROUTER}\n`,
  "no environment at all": "{}\n",
  "lists as strings": `production:\n  ${ROUTER}\n  warm-paths: /,/products\n  steps: 10,50,100\n  alarm-names: shop-5xx\n`,
  "lists as lists": `production:\n  ${ROUTER}\n  warm-paths: [/, /products]\n  steps: [10, 50, 100]\n  distribution-id: [E2QWRUHAPOMQZL]\n`,
  "percentages both ways": `production:\n  ${ROUTER}\n  max-error-rate: 0.5%\n  warm-max-error-rate: 0.05\n`,
  "checks inline": `production:\n  ${ROUTER}\n  checks:\n    - name: home\n      path: /\n`,
  "checks from a file": `production:\n  ${ROUTER}\n  checks: .github/smoke.yml\n`,
  "two routers that move as one": TWO_ROUTERS,
  "shared settings through an anchor and a merge key": `staging: &shared\n  ${ROUTER}\n  soak-duration: 5m\nproduction:\n  <<: *shared\n  soak-duration: 15m\n`,
};

/** Files both must refuse (each parses as YAML: a file that does not is the steps' alone to judge). */
const REFUSED: Record<string, string> = {
  "an unknown setting": `production:\n  ${ROUTER}\n  listener-arns: x\n`,
  "a run's own input": `production:\n  ${ROUTER}\n  version: v1.4.2\n`,
  "no router": "production:\n  listener-arn: arn:aws:elasticloadbalancing:eu-west-1:1:listener/app/a/1/2\n",
  "an unknown router": `production:\n  ${ROUTER.replace("alb", "haproxy")}\n`,
  "a duration without a unit": `production:\n  ${ROUTER}\n  verify-timeout: 60\n`,
  "a number as a string": `production:\n  ${ROUTER}\n  max-attempts: "5"\n`,
  "a boolean as a word": `production:\n  ${ROUTER}\n  insecure-tls: yes\n`,
  "a percentage above 1 as a fraction": `production:\n  ${ROUTER}\n  max-error-rate: 1.5\n`,
  "a choice it does not have": `production:\n  ${ROUTER}\n  strategy: canary\n`,
  "an ARN of another service": `production:\n  ${ROUTER}\n  test-listener-arn: arn:aws:ec2:eu-west-1:123456789012:instance/i-1\n`,
  "a URL without a scheme": `production:\n  ${ROUTER}\n  probe-url: shop.example.com/health\n`,
  "a mapping where a list goes": `production:\n  ${ROUTER}\n  alarm-names: { a: b }\n`,
  "an environment that is a list": "production:\n  - router: alb\n",
  "a top level that is a list": "- production\n",
  "an empty file": "",
  "a role that is not an IAM role": `production:\n  ${ROUTER}\n  role: cutover-release\n`,
  "a router's setting beside routers:": TWO_ROUTERS.replace("  routers:", "  verify-timeout: 30s\n  routers:"),
  "routers: with one router": `production:\n  routers:\n${ENTRY}\n`,
  "a step's setting in a routers: entry": TWO_ROUTERS.replace("    - router: alb", "    - strategy: linear\n      router: alb"),
  "a routers: entry without its router": TWO_ROUTERS.replace("    - router: alb\n      ", "    - "),
  "a routers: entry with an ARN of another service": TWO_ROUTERS.replace(":elasticloadbalancing:", ":ec2:"),
  "checks that are strings": `production:\n  ${ROUTER}\n  checks: [/, /health]\n`,
};

const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(environmentSchema());

function codeAccepts(text: string): boolean {
  try {
    parseAll(text, ".github/cutover.yml");
    return true;
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    return false;
  }
}

/** The file as an editor's YAML support hands it to the schema: aliases and merge keys resolved. */
const schemaAccepts = (text: string) => validate(parseDocument(text, { merge: true }).toJS()) as boolean;

it(`${SCHEMA_FILE} is what scripts/schema.ts makes of the settings`, () => {
  expect(readFileSync(path.join(ROOT, SCHEMA_FILE), "utf8")).toBe(`${JSON.stringify(environmentSchema(), null, 2)}\n`);
});

describe("the schema and the steps agree", () => {
  it.each(Object.entries(ACCEPTED))("both accept %s", (_, text) => {
    expect(codeAccepts(text)).toBe(true);
    expect(schemaAccepts(text), JSON.stringify(validate.errors)).toBe(true);
  });
  it.each(Object.entries(REFUSED))("both refuse %s", (_, text) => {
    expect(codeAccepts(text)).toBe(false);
    expect(schemaAccepts(text)).toBe(false);
  });
});

describe("the settings as the steps receive them", () => {
  it("turns lists, numbers and booleans into input values", () => {
    const settings = parseEnvironmentFile(ACCEPTED["lists as lists"] as string, "f.yml", "production");
    expect(settings.get("warm-paths")).toBe("/\n/products");
    expect(settings.get("steps")).toBe("10\n50\n100");
    const merged = parseEnvironmentFile(
      ACCEPTED["shared settings through an anchor and a merge key"] as string,
      "f.yml",
      "production",
    );
    expect(merged.get("soak-duration")).toBe("15m");
    expect(merged.get("blue-target-group-arn")).toBe(`${TG}/shop-blue/6d0ecf831eec9f09`);
  });

  it("keeps each of several routers' settings apart, in order", () => {
    const settings = parseEnvironmentFile(TWO_ROUTERS, "f.yml", "production");
    expect(settings.get("min-healthy-targets")).toBe("2");
    expect(settings.has("listener-arn")).toBe(false);
    expect(settings.routers?.map((router) => router.get("listener-arn")?.split(":")[3])).toEqual(["eu-west-1", "us-east-1"]);
    expect(settings.routers?.map((router) => router.get("router"))).toEqual(["alb", "alb"]);
  });

  it("names the file, the key path and an example in one line", () => {
    expect(() =>
      parseEnvironmentFile(REFUSED["a duration without a unit"] as string, ".github/cutover.yml", "production"),
    ).toThrow(
      ".github/cutover.yml: production.verify-timeout must be a duration such as 90s, 5m or 24h, got 60. Example: verify-timeout: 60s",
    );
    expect(() => parseEnvironmentFile(REFUSED["an unknown setting"] as string, "f.yml", "production")).toThrow(
      /^f\.yml: production\.listener-arns is not a setting \(did you mean listener-arn\?\)\. Example: listener-arn: arn:aws:/,
    );
    expect(() => parseEnvironmentFile(REFUSED["a router's setting beside routers:"] as string, "f.yml", "production")).toThrow(
      "f.yml: production.verify-timeout is a router's setting, which goes in each entry of routers: when the environment has several. Example: routers: [{ router: alb, verify-timeout: ... }]",
    );
    expect(() =>
      parseEnvironmentFile(
        TWO_ROUTERS.replace(/(- router: alb[\s\S]*?- router: alb\n {6}listener-arn: )/, "$1x"),
        "f.yml",
        "production",
      ),
    ).toThrow(/^f\.yml: production\.routers\[1\]\.listener-arn must be a string like arn:aws:/);
    expect(() => parseEnvironmentFile(ACCEPTED["a router only"] as string, "f.yml", "prod")).toThrow(
      "f.yml: prod is not an environment in the file (it has: production). Example: prod: { router: alb, ... }",
    );
  });
});
