// A workflow's inputs and secrets as GitHub checks them when it is dispatched or called: an input it
// does not declare, a required one missing, a choice outside its options or a value of the wrong
// type fails the run before any job starts ("Workflow syntax": on.workflow_call.inputs,
// on.workflow_dispatch.inputs). Defaults fill the rest, typed as declared.
import { asString, type Contexts, resolve } from "./expressions.ts";
import type { Plain } from "./load.ts";
import { WorkflowFailure } from "./steps.ts";

export function triggerOf(workflow: Plain, event: string): Plain {
  const on = workflow.on;
  const events =
    typeof on === "string" ? { [on]: null } : Array.isArray(on) ? Object.fromEntries(on.map((e) => [e, null])) : (on as Plain);
  if (!(event in events))
    throw new WorkflowFailure(`the workflow has no on: ${event} (it has ${Object.keys(events).join(", ")})`);
  return (events[event] ?? {}) as Plain;
}

function typed(name: string, spec: Plain, value: unknown): unknown {
  const type = String(spec.type ?? "string");
  if (type === "boolean") {
    if (typeof value === "boolean") return value;
    if (value === "true" || value === "false") return value === "true";
    throw new WorkflowFailure(`input ${name} is a boolean, and was given ${JSON.stringify(value)}`);
  }
  if (type === "number") {
    const n = typeof value === "number" ? value : Number(value);
    if (Number.isNaN(n)) throw new WorkflowFailure(`input ${name} is a number, and was given ${JSON.stringify(value)}`);
    return n;
  }
  const text = asString(value);
  const options = spec.options as string[] | undefined;
  if (type === "choice" && options && !options.includes(text))
    throw new WorkflowFailure(`input ${name} is one of ${options.join(", ")}, and was given ${JSON.stringify(text)}`);
  return text;
}

/** The inputs context: given values checked against the declarations, then the defaults. */
export function checkInputs(
  declared: Plain,
  given: Record<string, unknown>,
  contexts: Contexts,
  where: string,
): Record<string, unknown> {
  const unknown = Object.keys(given).filter((k) => !(k in declared));
  if (unknown.length)
    throw new WorkflowFailure(`${where}: no input ${unknown.join(", ")} (declared: ${Object.keys(declared).join(", ")})`);
  const inputs: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(declared)) {
    const spec = (raw ?? {}) as Plain;
    if (name in given) inputs[name] = typed(name, spec, given[name]);
    else if (spec.required === true && spec.default === undefined)
      throw new WorkflowFailure(`${where}: input ${name} is required`);
    else if (spec.default !== undefined)
      inputs[name] = typed(name, spec, resolve(spec.default, contexts, `${where} default of ${name}`));
    else inputs[name] = spec.type === "boolean" ? false : spec.type === "number" ? 0 : "";
  }
  return inputs;
}

/** The secrets a called workflow gets: `inherit`, or those it declares and no other. */
export function checkSecrets(
  declared: Plain,
  given: Record<string, string> | "inherit",
  caller: Record<string, string>,
  where: string,
): Record<string, string> {
  if (given === "inherit") return { ...caller };
  const unknown = Object.keys(given).filter((k) => !(k in declared));
  if (unknown.length)
    throw new WorkflowFailure(
      `${where}: no secret ${unknown.join(", ")} (declared: ${Object.keys(declared).join(", ") || "none"})`,
    );
  for (const [name, raw] of Object.entries(declared))
    if ((raw as Plain | null)?.required === true && !given[name])
      throw new WorkflowFailure(`${where}: secret ${name} is required`);
  return { ...Object.fromEntries(Object.keys(declared).map((k) => [k, ""])), ...given };
}
