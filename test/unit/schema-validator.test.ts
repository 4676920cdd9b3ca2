// The environment file's JSON Schema, compiled by ajv into standalone code (scripts/schema-validator.ts):
// the committed validator is what the schema compiles to; it accepts every environment file the
// docs and examples show, and refuses each malformed file of test/support/malformed-environments.ts
// at the key path the product's own one-line error names.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { VALIDATOR_FILE, validatorSource } from "../../scripts/schema-validator.ts";
import { parseAll } from "../../src/environment/parse.ts";
import { ROOT } from "../sandbox/run-action.ts";
import { fileBlocks } from "../support/file-blocks.ts";
import { MALFORMED, type RouterKind } from "../support/malformed-environments.ts";

interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
type Validate = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

const { validate } = (await import(path.join(ROOT, VALIDATOR_FILE))) as { validate: Validate };

/** Where a schema error points, as a JSON pointer: an unknown key's own path, not its parent's. */
function pointerOf(error: SchemaError): string {
  const key = error.params.additionalProperty ?? error.params.unevaluatedProperty;
  return key === undefined ? error.instancePath : `${error.instancePath}/${String(key)}`;
}

/**
 * The most specific place the schema refuses: ajv stops at the first failing keyword, and a oneOf
 * (one router, or routers:) reports each branch's first error, the shallowest first.
 */
function refusedAt(errors: SchemaError[]): string {
  return errors.map(pointerOf).reduce((a, b) => (b.split("/").length > a.split("/").length ? b : a), "");
}

/** A valid router block per kind, from the documented examples (examples/environments/, the README). */
const ROUTERS: Record<RouterKind, string> = {
  alb: [
    "  router: alb",
    "  listener-arn: arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2",
    "  blue-target-group-arn: arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop-blue/6d0ecf831eec9f09",
    "  green-target-group-arn: arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop-green/7a2232595e5f1002",
    "",
  ].join("\n"),
  nginx: [
    "  router: nginx",
    "  nginx-upstream-file: /etc/nginx/conf.d/cutover-upstreams.conf",
    "  nginx-test-upstream: backend-test",
    "  blue-servers: 10.0.1.10:3000, 10.0.1.11:3000",
    "  green-servers: 10.0.2.10:3000, 10.0.2.11:3000",
    "",
  ].join("\n"),
  kubernetes: "  router: kubernetes\n  namespace: shop\n  service: shop\n  test-service: shop-preview\n",
  "gateway-api":
    "  router: gateway-api\n  namespace: shop\n  httproute: shop\n  test-httproute: shop-preview\n  blue-service: shop-blue\n  green-service: shop-green\n",
  istio:
    "  router: istio\n  namespace: shop\n  virtualservice: shop\n  test-virtualservice: shop-preview\n  host: shop\n  blue-subset: blue\n  green-subset: green\n",
};

describe("schema/cutover.validate.js", () => {
  it("is what schema/cutover.schema.json compiles to", () => {
    expect(readFileSync(path.join(ROOT, VALIDATOR_FILE), "utf8")).toBe(validatorSource());
  });

  it.each(fileBlocks(ROOT).map((b) => [b.where, b] as const))("accepts %s", (_, block) => {
    expect(validate(parse(block.text)), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(Object.entries(ROUTERS))("accepts the %s router block the malformed files start from", (_, router) => {
    const text = `production:\n${router}`;
    expect(() => parseAll(text, ".github/cutover.yml")).not.toThrow();
    expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(MALFORMED.map((m, i) => ({ i, ...m })))(
    "#$i $kind: refuses $what where the product does",
    ({ kind, at, pointer, file }) => {
      const text = file(ROUTERS[kind]);
      let product = "";
      try {
        parseAll(text, ".github/cutover.yml");
      } catch (error) {
        product = (error as Error).message;
      }
      expect(product.startsWith(".github/cutover.yml: "), product).toBe(true);
      if (typeof at === "string") expect(product).toContain(`: ${at} `);
      if (!pointer) {
        // Not YAML: neither gets a document to check.
        expect(() => parse(text)).toThrow();
        return;
      }
      expect(validate(parse(text))).toBe(false);
      expect(refusedAt(validate.errors ?? []), JSON.stringify(validate.errors)).toBe(pointer);
    },
  );
});
