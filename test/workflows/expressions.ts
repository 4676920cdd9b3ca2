// GitHub's expression engine (@actions/expressions) over the runner's contexts. Where GitHub would
// quietly give null, this one fails the run: a job output, step, input or matrix key that is not
// defined is a bug in the workflow, and a test should say so instead of passing an empty string on.
import { data, Evaluator, type Expr, Lexer, Parser } from "@actions/expressions";
import type { IndexAccess } from "@actions/expressions/ast";
import type { FunctionDefinition } from "@actions/expressions/funcs/info";

/** An expression found in a workflow or action file (`${{ }}` already taken off). */
export class Expression {
  readonly expr: string;
  /** The text as the file has it, for errors. */
  readonly source: string;
  constructor(expr: string, source?: string) {
    this.expr = expr;
    this.source = source ?? `\${{ ${expr} }}`;
  }
}

/** A context part whose keys are all known: reading any other key is an error, named by `label`. */
export class Known {
  readonly label: string;
  readonly value: Record<string, unknown>;
  constructor(label: string, value: Record<string, unknown>) {
    this.label = label;
    this.value = value;
  }
}

export type Contexts = Record<string, unknown>;

/** What the status functions read: the state of the job (for steps) or of the needed jobs (for jobs). */
export interface Status {
  success(): boolean;
  failure(): boolean;
  cancelled(): boolean;
}

export class ExpressionFailure extends Error {}

const labels = new WeakMap<object, string>();

function toData(value: unknown): data.ExpressionData {
  if (value instanceof Known) {
    const dict = toData(value.value) as data.Dictionary;
    labels.set(dict, value.label);
    return dict;
  }
  if (value === null || value === undefined) return new data.Null();
  if (typeof value === "string") return new data.StringData(value);
  if (typeof value === "number") return new data.NumberData(value);
  if (typeof value === "boolean") return new data.BooleanData(value);
  if (Array.isArray(value)) return new data.Array(...value.map(toData));
  return new data.Dictionary(...Object.entries(value).map(([key, v]) => ({ key, value: toData(v) })));
}

function fromData(value: data.ExpressionData): unknown {
  switch (value.kind) {
    case data.Kind.Null:
      return null;
    case data.Kind.Boolean:
    case data.Kind.Number:
    case data.Kind.String:
      return (value as data.BooleanData | data.NumberData | data.StringData).value;
    case data.Kind.Array:
      return (value as data.Array).values().map(fromData);
    default:
      return Object.fromEntries((value as data.Dictionary).pairs().map((p) => [p.key, fromData(p.value)]));
  }
}

/** Refuses a key that a Known part lacks, where GitHub's evaluator would give null. */
class StrictEvaluator extends Evaluator {
  override visitIndexAccess(ia: IndexAccess): data.ExpressionData {
    const object = this.eval(ia.expr);
    const label = labels.get(object);
    if (label && object.kind === data.Kind.Dictionary && "literal" in ia.index) {
      const key = this.eval(ia.index);
      if (key.kind === data.Kind.String && (object as data.Dictionary).get(key.coerceString()) === undefined) {
        const known = (object as data.Dictionary).pairs().map((p) => p.key);
        throw new ExpressionFailure(`${label}.${key.coerceString()} is not defined (defined: ${known.join(", ") || "none"})`);
      }
    }
    return super.visitIndexAccess(ia);
  }
}

function statusFunctions(status: Status): FunctionDefinition[] {
  const fn = (name: string, call: () => boolean): FunctionDefinition => ({
    name,
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(call()),
  });
  return [
    fn("success", () => status.success()),
    fn("failure", () => status.failure()),
    fn("cancelled", () => status.cancelled()),
    fn("always", () => true),
  ];
}

const NO_STATUS: Status = {
  success: () => {
    throw new ExpressionFailure("success() is not allowed here");
  },
  failure: () => {
    throw new ExpressionFailure("failure() is not allowed here");
  },
  cancelled: () => {
    throw new ExpressionFailure("cancelled() is not allowed here");
  },
};

/** Evaluates one expression; `where` names it in an error (job, step and key). */
export function evaluate(
  expr: string,
  contexts: Contexts,
  where: string,
  status: Status = NO_STATUS,
  source = `\${{ ${expr} }}`,
): unknown {
  try {
    const functions = statusFunctions(status);
    const tree: Expr = new Parser(new Lexer(expr).lex().tokens, Object.keys(contexts), functions).parse();
    const dict = toData(Object.fromEntries(Object.entries(contexts))) as data.Dictionary;
    const evaluator = new StrictEvaluator(tree, dict, new Map(functions.map((f) => [f.name, f])));
    return fromData(evaluator.evaluate());
  } catch (error) {
    throw new ExpressionFailure(`${where}: ${source}: ${(error as Error).message}`);
  }
}

/** A value as a string, the way GitHub writes an expression's result into a string field. */
export function asString(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "object") return JSON.stringify(value, null, 2);
  return String(value);
}

/** Every expression in a plain value (from a parsed file) replaced by its result. */
export function resolve(value: unknown, contexts: Contexts, where: string, status?: Status): unknown {
  if (value instanceof Expression) return evaluate(value.expr, contexts, where, status, value.source);
  if (typeof value === "string") return interpolate(value, contexts, where);
  if (Array.isArray(value)) return value.map((v, i) => resolve(v, contexts, `${where}[${i}]`, status));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, contexts, `${where}.${k}`, status)]));
  return value;
}

/** `${{ }}` inside a string that no parser turned into an Expression (composite steps' text). */
export function interpolate(text: string, contexts: Contexts, where: string): string {
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_, expr: string) => asString(evaluate(expr.trim(), contexts, where)));
}

/** A condition's truth, as GitHub reads `if:` (truthy: not false, 0, '', null). */
export function truthy(value: unknown): boolean {
  return !(value === false || value === 0 || value === "" || value === null || value === undefined || Number.isNaN(value));
}
