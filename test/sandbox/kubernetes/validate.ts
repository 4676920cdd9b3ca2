// What the API server refuses with 422 Invalid before it stores a write: the checks the
// imitation's kinds have in the real validation (core and apps validation, Istio's webhook on
// weights), with the same field paths and messages. The CRDs' schemas are crd-schemas.ts's.
import type { ResourceType } from "./resources.ts";
import { type Any, type Cause, invalid, type KubeObject } from "./store.ts";

// "Labels and Selectors": a value is 63 characters or less, alphanumeric at both ends, with -_. between.
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const LABEL_NAME =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const LABEL_VALUE_HELP =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

function labels(map: unknown, field: string): Cause[] {
  if (map === undefined || map === null) return [];
  const causes: Cause[] = [];
  for (const [key, value] of Object.entries(map as Record<string, unknown>)) {
    if (!LABEL_NAME.test(key) || key.length > 317) {
      causes.push({
        field,
        reason: "FieldValueInvalid",
        message: `Invalid value: "${key}": name part must consist of alphanumeric characters, '-', '_' or '.'`,
      });
    }
    if (typeof value !== "string" || value.length > 63 || !LABEL_VALUE.test(value)) {
      causes.push({ field, reason: "FieldValueInvalid", message: `Invalid value: "${String(value)}": ${LABEL_VALUE_HELP}` });
    }
  }
  return causes;
}

function service(o: KubeObject): Cause[] {
  const spec = (o.spec ?? {}) as Any;
  const causes = labels(spec.selector, "spec.selector");
  const ports = (spec.ports ?? []) as Any[];
  if (ports.length === 0) causes.push({ field: "spec.ports", reason: "FieldValueRequired", message: "Required value" });
  ports.forEach((p, i) => {
    if (!Number.isInteger(p.port) || p.port < 1 || p.port > 65535) {
      causes.push({
        field: `spec.ports[${i}].port`,
        reason: "FieldValueInvalid",
        message: `Invalid value: ${p.port}: must be between 1 and 65535, inclusive`,
      });
    }
  });
  return causes;
}

function deployment(o: KubeObject, old: KubeObject | undefined): Cause[] {
  const spec = (o.spec ?? {}) as Any;
  const causes = labels(o.metadata.labels, "metadata.labels");
  if (spec.replicas !== undefined && (!Number.isInteger(spec.replicas) || spec.replicas < 0)) {
    causes.push({
      field: "spec.replicas",
      reason: "FieldValueInvalid",
      message: `Invalid value: ${spec.replicas}: must be greater than or equal to 0`,
    });
  }
  const matchLabels = (spec.selector?.matchLabels ?? {}) as Record<string, string>;
  const templateLabels = (spec.template?.metadata?.labels ?? {}) as Record<string, string>;
  causes.push(...labels(templateLabels, "spec.template.metadata.labels"));
  if (Object.entries(matchLabels).some(([k, v]) => templateLabels[k] !== v)) {
    causes.push({
      field: "spec.template.metadata.labels",
      reason: "FieldValueInvalid",
      message: `Invalid value: ${JSON.stringify(templateLabels)}: \`selector\` does not match template \`labels\``,
    });
  }
  if (old && JSON.stringify((old.spec as Any).selector) !== JSON.stringify(spec.selector)) {
    causes.push({
      field: "spec.selector",
      reason: "FieldValueInvalid",
      message: `Invalid value: ${JSON.stringify(spec.selector)}: field is immutable`,
    });
  }
  const containers = (spec.template?.spec?.containers ?? []) as Any[];
  if (containers.length === 0)
    causes.push({ field: "spec.template.spec.containers", reason: "FieldValueRequired", message: "Required value" });
  containers.forEach((c, i) => {
    if (!c.image || typeof c.image !== "string" || c.image.trim() !== c.image) {
      causes.push({
        field: `spec.template.spec.containers[${i}].image`,
        reason: "FieldValueRequired",
        message: "Required value",
      });
    }
  });
  return causes;
}

/**
 * Istio's validating webhook on route weights as 1.15 and later have it (pkg/config/validation,
 * validateHTTPRouteDestinations): weights are relative, any integer >= 0; only a route of several
 * destinations whose weights total 0 is refused ("total destination weight = 0"). It answers as an
 * admission webhook denial would.
 */
function virtualService(o: KubeObject): Cause[] {
  const causes: Cause[] = [];
  ((o.spec as Any)?.http ?? []).forEach((route: Any, r: number) => {
    const destinations = (route.route ?? []) as Any[];
    const total = destinations.reduce((n, d) => n + (Number.isInteger(d.weight) ? d.weight : 0), 0);
    if (destinations.length > 1 && total === 0)
      causes.push({ field: `spec.http[${r}].route`, reason: "FieldValueInvalid", message: "total destination weight = 0" });
    destinations.forEach((dest, d) => {
      const w = dest.weight;
      if (w !== undefined && (!Number.isInteger(w) || w < 0)) {
        causes.push({
          field: `spec.http[${r}].route[${d}].weight`,
          reason: "FieldValueInvalid",
          message: `Invalid value: ${w}: weight ${w} < 0`,
        });
      }
      if (!dest.destination?.host)
        causes.push({
          field: `spec.http[${r}].route[${d}].destination.host`,
          reason: "FieldValueRequired",
          message: "Required value",
        });
    });
  });
  return causes;
}

/** Throws the 422 the API server would answer for this write, or returns. */
export function validate(type: ResourceType, object: KubeObject, old: KubeObject | undefined): void {
  const causes = [...labels(object.metadata.labels, "metadata.labels")];
  if (type.kind === "Service") causes.push(...service(object));
  if (type.kind === "Deployment") causes.push(...deployment(object, old));
  if (type.kind === "VirtualService") causes.push(...virtualService(object));
  const unique = causes.filter((c, i) => causes.findIndex((d) => d.field === c.field && d.message === c.message) === i);
  if (unique.length > 0) throw invalid(type, object.metadata.name, unique);
}
