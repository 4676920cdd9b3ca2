// Every router kind as the registry holds it: inputs declared with real shapes, the router-neutral
// inputs read once for all of them, and configs that reach connect with their own type.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { environmentSchema } from "../../scripts/schema.ts";
import { ConfigurationError } from "../../src/core/errors.ts";
import { type Fallback, useFallback } from "../../src/core/inputs.ts";
import type { Shape } from "../../src/core/shapes.ts";
import { readRouterConfig, routerInputs, routerKind, routerKindNames } from "../../src/routers/registry.ts";
import { step as smokeTest } from "../../src/steps/smoke-test.ts";
import { ROOT } from "../sandbox/run-action.ts";
import { clearInputs, setInputs } from "../support/inputs.ts";

const TG = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup";
/** What each router needs to be read at all. */
const MINIMAL: Record<string, Record<string, string>> = {
  alb: {
    "listener-arn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/alb/50dc6c495c0c9188/f2f7dc8efc522ab2",
    "blue-target-group-arn": `${TG}/blue/6d0ecf831eec9f09`,
    "green-target-group-arn": `${TG}/green/6d0ecf831eec9f0a`,
  },
  nginx: {
    "nginx-upstream-file": "/etc/nginx/conf.d/cutover-upstreams.conf",
    "blue-servers": "10.0.1.10:3000",
    "green-servers": "10.0.2.10:3000",
  },
  kubernetes: { service: "shop" },
  "gateway-api": { httproute: "shop", "blue-service": "shop-blue", "green-service": "shop-green" },
  istio: { virtualservice: "shop", host: "shop", "blue-subset": "blue", "green-subset": "green" },
  route53: { "hosted-zone-id": "Z0123456789ABCDEFGHIJ", "record-name": "app.example.com" },
};
const BUILT_IN = Object.keys(MINIMAL);

const read = (router: string, inputs: Record<string, string>) => {
  setInputs({ router, ...inputs });
  useFallback(undefined);
  return readRouterConfig();
};

/** An environment file's `routers:` list, as src/environment/file.ts hands it to the inputs. */
function severalRouters(entries: Record<string, string>[]): Fallback {
  const entry = (settings: Record<string, string>, i: number): Fallback => ({
    setting: (input) => input,
    value: (input) => settings[input],
    where: (input) => `cutover.yml: production.routers[${i}].${input}`,
  });
  return { ...entry({}, 0), where: (input) => `cutover.yml: production.${input}`, routers: entries.map(entry) };
}

afterEach(() => {
  clearInputs();
  useFallback(undefined);
});

it("knows every built-in router", () => {
  expect(routerKindNames()).toEqual(expect.arrayContaining(BUILT_IN));
});

describe.each(BUILT_IN)("router %s", (router) => {
  const kind = routerKind(router);

  it("declares each input with a shape and a real example that fits it", () => {
    for (const input of kind.inputs) {
      expect(input.shape, input.name).toBeDefined();
      const shape = input.shape as Shape;
      const examples: readonly unknown[] =
        shape.type === "list"
          ? shape.example
          : "example" in shape
            ? [shape.example]
            : shape.type === "choice"
              ? shape.choices
              : [];
      expect(examples.length, input.name).toBeGreaterThan(0);
      for (const example of examples) {
        expect(["", "value"], input.name).not.toContain(example);
        const pattern = "pattern" in shape ? shape.pattern : undefined;
        if (pattern) expect(String(example), input.name).toMatch(pattern);
      }
    }
  });

  it("refuses to start without each input it declares required, naming it", () => {
    const required = kind.inputs.filter((input) => input.required);
    expect(required.length).toBeGreaterThan(0);
    for (const input of required) {
      const { [input.name]: _left, ...rest } = MINIMAL[router] as Record<string, string>;
      expect(() => read(router, rest), input.name).toThrow(new RegExp(`^Input '${input.name}' `));
    }
  });

  it("refuses aws-region: not a region, before anything else", () => {
    expect(() => read(router, { ...MINIMAL[router], "aws-region": "not a region" })).toThrow(
      new ConfigurationError(`Input 'aws-region' is not an AWS region, got "not a region". Example: aws-region: eu-west-1`),
    );
  });

  it("refuses aws-region: not a region in an entry of routers:, naming that entry", () => {
    const other = router === "alb" ? "nginx" : "alb";
    setInputs({});
    useFallback(
      severalRouters([
        { router: other, ...MINIMAL[other] },
        { router, ...MINIMAL[router], "aws-region": "not a region" },
      ]),
    );
    expect(() => readRouterConfig()).toThrow(
      new ConfigurationError(
        `cutover.yml: production.routers[1].aws-region is not an AWS region, got "not a region". Example: aws-region: eu-west-1`,
      ),
    );
  });

  it("reads verify-timeout and max-attempts alike", () => {
    const config = read(router, { ...MINIMAL[router], "verify-timeout": "2m", "max-attempts": "7", "aws-region": "us-east-1" });
    expect(config.verifyTimeoutMs).toBe(120_000);
    expect(config.aws.maxAttempts).toBe(7);
    expect(() => read(router, { ...MINIMAL[router], "max-attempts": "0" })).toThrow(/^Input 'max-attempts' /);
  });

  it("speaks its own words, and connects the config it read", () => {
    const config = read(router, MINIMAL[router] as Record<string, string>);
    expect(config.words?.member).toBeTruthy();
    expect(config.words?.testRoute).toBeTruthy();
    // The kind connects the config its readConfig returned, whatever its type.
    expect(() => kind.connect(config)).not.toThrow();
  });
});

it("declares the router-neutral inputs once, among the router inputs", () => {
  const names = routerInputs().map((input) => input.name);
  for (const name of ["aws-region", "verify-timeout", "max-attempts"]) expect(names.filter((n) => n === name)).toEqual([name]);
  for (const router of BUILT_IN) expect(routerKind(router).inputs.map((input) => input.name)).not.toContain("verify-timeout");
});

it("has no router that casts its config", () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (file.endsWith(".ts")) files.push(file);
    }
  };
  walk(path.join(ROOT, "src/routers"));
  const casts = files.flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => /\bas [A-Za-z]*Config\b/.test(line))
      .map((line) => `${path.relative(ROOT, file)}: ${line.trim()}`),
  );
  expect(casts).toEqual([]);
});

it("publishes every router setting in the schema with its type, a real example, and what each router requires", () => {
  const schema = environmentSchema() as {
    $defs: { router: { properties: Record<string, Record<string, unknown>>; allOf: { then: { required: string[] } }[] } };
  };
  const { properties, allOf } = schema.$defs.router;
  for (const input of routerInputs()) {
    const property = properties[input.name] as Record<string, unknown>;
    expect(property, input.name).toBeDefined();
    expect(
      ["type", "oneOf", "enum"].some((key) => key in property),
      input.name,
    ).toBe(true);
    if (input.name === "router") continue;
    const [example] = property.examples as unknown[];
    expect(["", "value", undefined], input.name).not.toContain(example);
  }
  expect(properties["httproute-rules"]?.examples).toEqual([["0", "canary"]]);
  const required = allOf.flatMap((rule) => rule.then.required);
  for (const router of BUILT_IN)
    for (const input of routerKind(router).inputs.filter((i) => i.required)) expect(required).toContain(input.name);
});

describe.each(BUILT_IN)("smoke-test without url on router %s", (router) => {
  it("names the router's own test route, and no ALB word unless it is ALB", () => {
    setInputs({ router, ...MINIMAL[router] });
    useFallback(undefined);
    const words = routerKind(router).words;
    expect(() => smokeTest.readInputs()).toThrow(
      new RegExp(
        `^Input 'url' is required to reach the standby: the ${router} router cannot look up where its ${words?.testRoute}`,
      ),
    );
    if (router !== "alb") expect(() => smokeTest.readInputs()).not.toThrow(/listener|ALB|target group/);
  });
});
