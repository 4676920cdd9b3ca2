// Writes schema/cutover.schema.json, the JSON Schema of the environment file, from the settings
// table that the steps validate the file with and the descriptions in the action.yml files, so
// that an editor completes and checks the same file the steps accept.
// Usage: node scripts/schema.ts [--check]
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { DURATION_PATTERN } from "../src/core/durations.ts";
import { PERCENT_PATTERN, type Shape } from "../src/core/shapes.ts";
import { exampleOf } from "../src/environment/parse.ts";
import { ROUTER_SETTINGS, SETTING_NAMES, SETTINGS } from "../src/environment/settings.ts";
import { routerKind, routerKindNames } from "../src/routers/registry.ts";
import { actionDir, STEP_NAMES } from "../src/step-names.ts";
import { defaultOf, PUBLISHED_AS } from "./docs.ts";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const SCHEMA_FILE = "schema/cutover.schema.json";

type Json = Record<string, unknown>;

const OWN_DESCRIPTIONS: Record<string, string> = {
  router: "The router kind that sends each request to a color.",
  role: "The IAM role the reusable workflows' jobs assume through GitHub's OIDC provider (output by the environment step).",
};

/** Each setting's description and default, from the action.yml of a step that reads it. */
function documented(): Map<string, { description: string; default?: string }> {
  const found = new Map<string, { description: string; default?: string }>();
  for (const step of STEP_NAMES) {
    const yml = parse(readFileSync(path.join(root, actionDir(step), "action.yml"), "utf8")) as {
      inputs: Record<string, { description: string; default?: string }>;
    };
    for (const [name, input] of Object.entries(yml.inputs)) {
      const setting = step === "cutover" ? name : (SETTING_NAMES[step]?.[name] ?? name);
      if (found.has(setting)) continue;
      const description = input.description
        .replace(/ Default: `[^`]*`\./, "")
        .replace(/ \[[a-z, -]+\]/, "")
        .replace(/ Leave empty to skip [a-z-]+\./, "")
        .replace(/ Required, as an input or in the environment file\./, "");
      found.set(setting, { description, default: defaultOf(input) });
    }
  }
  return found;
}

function shapeSchema(shape: Shape): Json {
  const source = (pattern: RegExp) => pattern.source;
  switch (shape.type) {
    case "string":
      return shape.pattern ? { type: "string", pattern: source(shape.pattern) } : { type: "string" };
    case "integer":
      return { type: "integer" };
    case "boolean":
      return { type: "boolean" };
    case "duration":
      return { type: "string", pattern: source(DURATION_PATTERN) };
    case "percent":
      return {
        oneOf: [
          { type: "string", pattern: source(PERCENT_PATTERN) },
          { type: "number", minimum: 0, maximum: 1 },
        ],
      };
    case "choice":
      return { enum: [...shape.choices] };
    case "list": {
      if (shape.item === "integer") return { oneOf: [{ type: "string" }, { type: "array", items: { type: "integer" } }] };
      const item = shape.pattern ? { type: "string", pattern: source(shape.pattern) } : { type: "string" };
      return { oneOf: [item, { type: "array", items: item }] };
    }
    case "checks":
      return { oneOf: [{ type: "string" }, { type: "array", items: { type: "object" } }] };
  }
}

export function environmentSchema(): Json {
  const docs = documented();
  const properties: Json = {};
  for (const [name, shape] of Object.entries(SETTINGS)) {
    const doc = docs.get(name);
    const fallback = doc?.default;
    properties[name] = {
      description: OWN_DESCRIPTIONS[name] ?? doc?.description,
      ...shapeSchema(shape),
      ...(fallback === undefined
        ? {}
        : { default: shape.type === "integer" ? Number(fallback) : shape.type === "boolean" ? fallback === "true" : fallback }),
      examples: [
        // A list's own items: in YAML, [0, canary] would make the rule index a number.
        shape.type === "list"
          ? shape.example
          : shape.type === "checks"
            ? parse(exampleOf(shape))
            : shape.type === "choice"
              ? shape.choices[0]
              : shape.example,
      ],
    };
  }
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `https://raw.githubusercontent.com/${PUBLISHED_AS}/v1/${SCHEMA_FILE}`,
    title: "cutover environment file",
    description:
      "Each environment's settings, keyed by the environment's name (the `environment` input). A setting fills the step input of the same name (as the one-step root action names it) when that input is not given.",
    type: "object",
    additionalProperties: { $ref: "#/$defs/environment" },
    $defs: {
      environment: {
        type: "object",
        additionalProperties: false,
        properties: { ...properties, routers: ROUTERS_SCHEMA },
        // One router by its settings, or several in routers: (whose settings are then in each entry).
        oneOf: [
          { required: ["router"], properties: { router: true, routers: false } },
          {
            required: ["routers"],
            properties: { routers: true, ...Object.fromEntries(Object.keys(ROUTER_SETTINGS).map((name) => [name, false])) },
          },
        ],
      },
      router: {
        type: "object",
        required: ["router"],
        additionalProperties: false,
        properties: Object.fromEntries(Object.keys(ROUTER_SETTINGS).map((name) => [name, properties[name]])),
        // An entry of routers: holds all its router's settings, so what that router requires is required.
        allOf: requiredByRouter(),
      },
    },
  };
}

/** Per router kind, the settings its kind declares required. */
function requiredByRouter(): Json[] {
  return routerKindNames().flatMap((name) => {
    const required = routerKind(name)
      .inputs.filter((input) => input.required)
      .map((input) => input.name);
    // Each required name is declared in the same subschema, as a strict validator wants it.
    const then = { properties: Object.fromEntries(required.map((input) => [input, true])), required };
    return required.length ? [{ if: { properties: { router: { const: name } } }, then }] : [];
  });
}

const ROUTERS_SCHEMA = {
  description:
    "Several routers that move as one (one ALB per region behind latency routing, say): each entry is one router's settings. A switch writes every route of every router and puts them all back if one write fails.",
  type: "array",
  minItems: 2,
  items: { $ref: "#/$defs/router" },
};

const text = () => `${JSON.stringify(environmentSchema(), null, 2)}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = path.join(root, SCHEMA_FILE);
  if (process.argv.includes("--check")) {
    if (readFileSync(file, "utf8") !== text()) {
      console.error(`${SCHEMA_FILE} is stale: run node scripts/schema.ts`);
      process.exitCode = 1;
    }
  } else {
    writeFileSync(file, text());
    console.log(`Wrote ${SCHEMA_FILE}`);
  }
}
