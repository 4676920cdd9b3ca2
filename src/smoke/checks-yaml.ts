// The checks' YAML read node by node: every value keeps the line it came from, so that every
// error can point at that line.
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { parseDuration } from "../core/durations.ts";
import { ConfigurationError } from "../core/errors.ts";

const EXAMPLE = "checks: |\n  - name: home\n    path: /\n    expect: { status: 200, body-contains: <html }";

/** Where a value came from, so that every error can point at its line. */
export class Source {
  readonly #lines = new LineCounter();
  readonly origin: string;
  readonly text: string;

  constructor(text: string, origin: string) {
    this.text = text;
    this.origin = origin;
  }

  parse(): Node | null {
    const doc = parseDocument(this.text, { lineCounter: this.#lines, prettyErrors: false, uniqueKeys: true });
    const [first] = doc.errors;
    if (first) throw this.error(first.linePos?.[0]?.line ?? 1, `is not valid YAML: ${first.message.split("\n")[0]}`);
    return doc.contents as Node | null;
  }

  line(node: Node | null | undefined): number {
    return node?.range ? this.#lines.linePos(node.range[0]).line : 1;
  }

  error(line: number, problem: string): ConfigurationError {
    return new ConfigurationError(
      `Input 'checks' (${this.origin}) line ${line}: ${problem}. Example: ${EXAMPLE.replaceAll("\n", " ⏎ ")}`,
    );
  }
}

export type Entries = Map<string, { value: Node | null; line: number }>;

export function mapEntries(source: Source, node: Node | null, where: string): Entries {
  if (!isMap(node)) throw source.error(source.line(node), `${where} must be a mapping of keys to values`);
  const entries: Entries = new Map();
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    entries.set(key, { value: pair.value as Node | null, line: source.line(pair.key as Node) });
  }
  return entries;
}

export function unknownKeys(source: Source, entries: Entries, allowed: string[], where: string): void {
  for (const [key, { line }] of entries) {
    if (!allowed.includes(key))
      throw source.error(line, `unknown key ${JSON.stringify(key)} in ${where}; allowed: ${allowed.join(", ")}`);
  }
}

export function text(source: Source, node: Node | null | undefined, where: string): string {
  if (isScalar(node) && (typeof node.value === "string" || typeof node.value === "number" || typeof node.value === "boolean")) {
    return String(node.value);
  }
  throw source.error(source.line(node), `${where} must be a string`);
}

export function strings(source: Source, node: Node | null | undefined, where: string): string[] {
  if (isSeq(node)) return node.items.map((item) => text(source, item as Node, where));
  return [text(source, node, where)];
}

export function stringMap(source: Source, node: Node | null | undefined, where: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, { value }] of mapEntries(source, node ?? null, where)) out[key] = text(source, value, `${where}.${key}`);
  return out;
}

export function regex(source: Source, node: Node | null | undefined, where: string): RegExp {
  const pattern = text(source, node, where);
  try {
    return new RegExp(pattern);
  } catch (error) {
    throw source.error(source.line(node), `${where} is not a valid regular expression: ${(error as Error).message}`);
  }
}

export function duration(source: Source, node: Node | null | undefined, where: string): number {
  const value = text(source, node, where);
  const ms = parseDuration(value);
  if (ms === undefined)
    throw source.error(source.line(node), `${where} must be a duration such as 500ms or 2s, got ${JSON.stringify(value)}`);
  return ms;
}
