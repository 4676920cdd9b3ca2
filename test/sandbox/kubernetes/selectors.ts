// Label and field selectors as list and watch take them ("Labels and Selectors": equality-based
// `=`, `==`, `!=` and set-based `in`, `notin`, `key`, `!key`; "Field Selectors": metadata.name,
// metadata.namespace).
import type { KubeObject } from "./store.ts";

/** Splits on commas outside parentheses: `a in (x,y),b=c` is two requirements. */
function requirements(selector: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of selector) {
    if (ch === "(") depth += 1;
    if (ch === ")") depth -= 1;
    if (ch === "," && depth === 0) {
      out.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

function requirementHolds(requirement: string, values: Record<string, string | undefined>): boolean {
  const set = /^(\S+)\s+(in|notin)\s+\((.*)\)$/.exec(requirement);
  if (set) {
    const [, key, op, list] = set as unknown as [string, string, string, string];
    const options = list.split(",").map((v) => v.trim());
    const value = values[key];
    return op === "in" ? value !== undefined && options.includes(value) : value === undefined || !options.includes(value);
  }
  const equality = /^([^!=]+?)\s*(==|=|!=)\s*(.*)$/.exec(requirement);
  if (equality) {
    const [, key, op, value] = equality as unknown as [string, string, string, string];
    return op === "!=" ? values[key.trim()] !== value.trim() : values[key.trim()] === value.trim();
  }
  if (requirement.startsWith("!")) return values[requirement.slice(1)] === undefined;
  return values[requirement] !== undefined;
}

export function labelsMatch(selector: string, labels: Record<string, string> | undefined): boolean {
  return requirements(selector).every((r) => requirementHolds(r, labels ?? {}));
}

/** A map selector (a Service's spec.selector, matchLabels): every pair must be among the labels. */
export function selects(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

export function matches(object: KubeObject, labelSelector: string, fieldSelector: string): boolean {
  const fields: Record<string, string | undefined> = {
    "metadata.name": object.metadata.name,
    "metadata.namespace": object.metadata.namespace,
  };
  // Events select by their involved object, reason and type too (core/event/strategy.go ToSelectableFields).
  if (object.kind === "Event") {
    const involved = (object.involvedObject ?? {}) as Record<string, string>;
    for (const key of ["kind", "name", "namespace", "uid"]) fields[`involvedObject.${key}`] = involved[key];
    Object.assign(fields, { reason: object.reason, type: object.type });
  }
  return (
    labelsMatch(labelSelector, object.metadata.labels) && requirements(fieldSelector).every((r) => requirementHolds(r, fields))
  );
}
