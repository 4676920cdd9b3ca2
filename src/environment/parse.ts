// The environment file's parser: every environment checked as a whole, each problem reported with
// its key path and an example. Loaded (with the YAML parser) only by a step that has a file to read.
import { isMap, LineCounter, type Node, parseDocument, stringify } from "yaml";
import { DURATION_PATTERN } from "../core/durations.ts";
import { ConfigurationError } from "../core/errors.ts";
import { PERCENT_PATTERN, type Shape } from "../core/shapes.ts";
import { identityInputs } from "../routers/registry.ts";
import { PER_RUN_INPUTS, ROUTER_SETTINGS, SETTINGS } from "./settings.ts";

const MAX_BYTES = 256 * 1024;
/** YAML alias expansions a file may use: enough for anchors shared between environments. */
const MAX_ALIASES = 100;

/**
 * One environment's settings as input values, by setting name; with several routers, each one's
 * settings (its entry in `routers:`) in order.
 */
export type Settings = Map<string, string> & { routers?: Map<string, string>[] };

class FileError extends ConfigurationError {
  constructor(file: string, at: string, problem: string, example: string) {
    super(`${file}: ${at} ${problem}. Example: ${example}`);
  }
}

/** Checks every environment in the file; returns the named one's settings as input values. */
export function parseEnvironmentFile(text: string, file: string, environment: string): Settings {
  const all = parseAll(text, file);
  const settings = all.get(environment);
  if (!settings) {
    const known = [...all.keys()].join(", ") || "none";
    throw new FileError(
      file,
      environment,
      `is not an environment in the file (it has: ${known})`,
      `${environment}: { router: alb, ... }`,
    );
  }
  return settings;
}

/** Every environment's settings; throws on the first problem, with its key path. */
export function parseAll(text: string, file: string): Map<string, Settings> {
  if (Buffer.byteLength(text) > MAX_BYTES) {
    throw new FileError(file, "the file", `is larger than ${MAX_BYTES / 1024} KiB`, "one entry per environment");
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { merge: true, uniqueKeys: true, prettyErrors: false, lineCounter: lines });
  const [error] = doc.errors;
  if (error) {
    const { line, col } = lines.linePos(error.pos[0]);
    const at = `line ${line}, column ${col}:`;
    throw new FileError(file, at, `is not valid YAML: ${error.message.split("\n")[0]}`, "production: { router: alb }");
  }
  const top = doc.contents as Node | null;
  if (!isMap(top)) {
    throw new FileError(file, "the top level", "must map each environment's name to its settings", "production: { router: alb }");
  }
  const environments = toPlain(doc, file);
  const all = new Map<string, Settings>();
  for (const [name, entry] of Object.entries(environments)) all.set(name, checkEnvironment(file, name, entry));
  return all;
}

/**
 * The document as plain values. The parser refuses a document whose aliases expand past the limit
 * (an "alias bomb": a few lines that grow to gigabytes); that is a file error, not a crash.
 */
function toPlain(doc: ReturnType<typeof parseDocument>, file: string): Record<string, unknown> {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIASES }) as Record<string, unknown>;
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    throw new FileError(
      file,
      "the file",
      `expands its YAML aliases (*name) more than ${MAX_ALIASES} times, which cutover refuses: write the settings out`,
      "production: { router: alb, ... }",
    );
  }
}

/** A setting's shape by its name: only the table's own names, never an object's built-ins (toString, __proto__). */
function shapeOf(table: Record<string, Shape>, key: string): Shape | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function checkEnvironment(file: string, name: string, entry: unknown): Settings {
  if (!isPlainObject(entry)) {
    throw new FileError(file, name, `must be a mapping of settings, got ${describe(entry)}`, `${name}: { router: alb, ... }`);
  }
  const settings: Settings = new Map();
  for (const [key, value] of Object.entries(entry)) {
    const at = `${name}.${key}`;
    if (key === "routers") {
      settings.routers = checkRouters(file, at, value);
      continue;
    }
    const shape = shapeOf(SETTINGS, key);
    if (!shape) throw unknownSetting(file, at, key);
    settings.set(key, checkValue(file, at, key, shape, value));
  }
  if (settings.routers) {
    const alongside = [...settings.keys()].find((key) => shapeOf(ROUTER_SETTINGS, key));
    if (alongside) {
      throw new FileError(
        file,
        `${name}.${alongside}`,
        "is a router's setting, which goes in each entry of routers: when the environment has several",
        `routers: [{ router: alb, ${alongside}: ... }]`,
      );
    }
    return settings;
  }
  if (!settings.has("router")) {
    throw new FileError(file, `${name}.router`, "is required: it names the router kind", "router: alb");
  }
  return settings;
}

/** Several routers that move as one: a list of entries, each one router's settings. */
function checkRouters(file: string, at: string, value: unknown): Map<string, string>[] {
  const example = "routers: [{ router: alb, ... }, { router: nginx, ... }]";
  if (!Array.isArray(value) || value.length < 2) {
    throw new FileError(file, at, `must be a list of two or more routers, got ${describe(value)}`, example);
  }
  const routers = value.map((entry, i) => {
    const here = `${at}[${i}]`;
    if (!isPlainObject(entry)) throw new FileError(file, here, `must be one router's settings, got ${describe(entry)}`, example);
    const router = new Map<string, string>();
    for (const [key, setting] of Object.entries(entry)) {
      const shape = shapeOf(ROUTER_SETTINGS, key);
      if (!shape) {
        const problem = shapeOf(SETTINGS, key)
          ? "is not a router's setting: give it beside routers:"
          : "is not a router's setting";
        throw new FileError(file, `${here}.${key}`, problem, `${here.split(".").pop()}: { router: alb, ... }`);
      }
      router.set(key, checkValue(file, `${here}.${key}`, key, shape, setting));
    }
    if (!router.has("router"))
      throw new FileError(file, `${here}.router`, "is required: it names the router kind", "router: alb");
    return router;
  });
  refuseSharedArns(file, at, routers);
  return routers;
}

/**
 * The same router listed twice would be written twice and counted twice; each one is listed once.
 * Each kind declares the inputs whose values only one router owns (src/routers/port.ts, identityInputs).
 */
function refuseSharedArns(file: string, at: string, routers: Map<string, string>[]): void {
  const seen = new Map<string, string>();
  for (const [i, router] of routers.entries()) {
    const kind = router.get("router") ?? "";
    for (const key of identityInputs(kind)) {
      for (const value of (router.get(key) ?? "").split(/[\s,]+/).filter(Boolean)) {
        const first = seen.get(value);
        if (first) {
          throw new FileError(
            file,
            `${at}[${i}].${key}`,
            `names ${value}, which ${first} names too: the same ${kind} router is listed twice. List each router once`,
            `routers: [{ router: ${kind}, ${key}: <first> }, { router: ${kind}, ${key}: <second> }]`,
          );
        }
        seen.set(value, `routers[${i}].${key}`);
      }
    }
  }
}

function unknownSetting(file: string, at: string, key: string): FileError {
  if (key === "headers" || key === "github-token") {
    const secret = ["$", "{{ secrets.NAME }}"].join("");
    return new FileError(
      file,
      at,
      "is a secret, which a committed file must not hold: give it as the step's input",
      `${key}: ${secret}`,
    );
  }
  if ((PER_RUN_INPUTS as readonly string[]).includes(key)) {
    return new FileError(
      file,
      at,
      "belongs to one run, not to the environment: give it as the step's input",
      `with: { ${key}: ... }`,
    );
  }
  const near = Object.keys(SETTINGS).find((known) => distance(known, key) <= 2);
  const hint = near ? ` (did you mean ${near}?)` : "";
  const example = near ?? "verify-timeout";
  return new FileError(file, at, `is not a setting${hint}`, `${example}: ${exampleOf(SETTINGS[example] as Shape)}`);
}

/** The value as the step would have received it as an input; throws when its type is wrong. */
function checkValue(file: string, at: string, key: string, shape: Shape, value: unknown): string {
  const wrong = (what: string) =>
    new FileError(file, at, `must be ${what}, got ${describe(value)}`, `${key}: ${exampleOf(shape)}`);
  switch (shape.type) {
    case "string":
      if (typeof value !== "string" || (shape.pattern && !shape.pattern.test(value)))
        throw wrong(`a string like ${shape.example}`);
      return value;
    case "integer":
      if (!Number.isInteger(value)) throw wrong("a whole number");
      return String(value);
    case "boolean":
      if (typeof value !== "boolean") throw wrong("true or false");
      return String(value);
    case "duration":
      if (typeof value !== "string" || !DURATION_PATTERN.test(value)) throw wrong("a duration such as 90s, 5m or 24h");
      return value;
    case "percent":
      if (typeof value === "number" && value >= 0 && value <= 1) return String(value);
      if (typeof value !== "string" || !PERCENT_PATTERN.test(value))
        throw wrong("a percentage such as 1% or a fraction such as 0.01");
      return value;
    case "choice":
      if (typeof value !== "string" || !shape.choices.includes(value)) throw wrong(`one of ${shape.choices.join(", ")}`);
      return value;
    case "list":
      return checkList(shape, value, wrong);
    case "checks":
      if (typeof value === "string") return value;
      if (!Array.isArray(value) || !value.every(isPlainObject)) throw wrong("a list of checks, or the path of a checks file");
      return stringify({ checks: value });
  }
}

/** A list: one string (comma- or newline-separated, as an input), or a YAML list of its items. */
function checkList(shape: Extract<Shape, { type: "list" }>, value: unknown, wrong: (what: string) => Error): string {
  if (shape.item === "integer") {
    if (typeof value === "string") return value;
    if (!Array.isArray(value) || !value.every(Number.isInteger)) throw wrong("a list of whole numbers");
    return value.join("\n");
  }
  const items = Array.isArray(value) ? value : [value];
  if (!items.every((item) => typeof item === "string" && (!shape.pattern || shape.pattern.test(item)))) {
    throw wrong(shape.pattern ? `a list of strings like ${shape.example[0]}` : "a list of strings");
  }
  return items.join("\n");
}

export function exampleOf(shape: Shape): string {
  switch (shape.type) {
    case "choice":
      return shape.choices[0] as string;
    case "list":
      return `[${shape.example.join(", ")}]`;
    case "checks":
      return "[{ name: home, path: /, expect: { status: 200 } }]";
    default:
      return String(shape.example);
  }
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  const shown = JSON.stringify(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Edit distance, for a hint at a misspelt setting; stops counting past 3. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        (row[j] as number) + 1,
        (next[j - 1] as number) + 1,
        (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length] as number;
}
