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
import { MALFORMED } from "../support/malformed-environments.ts";
import { ROUTER_BLOCKS as ROUTERS } from "../support/router-blocks.ts";

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
