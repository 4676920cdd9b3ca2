// Authentication by bearer token and RBAC authorization, as the API server has them: who a token
// is, whether a Role bound to it allows a request, the 403 Status otherwise, and the
// SelfSubjectAccessReview any authenticated user may ask. Sources: "Using RBAC Authorization"
// (Role and RoleBinding, resourceNames, subresources, subjects), kubernetes
// pkg/apis/rbac/v1/evaluation_helpers.go (VerbMatches, APIGroupMatches, ResourceMatches,
// ResourceNameMatches), pkg/registry/rbac/validation/rule.go (appliesTo: User, Group,
// ServiceAccount), apiserver's responsewriters/errors.go (the Forbidden message) and the
// authorization.k8s.io/v1 API reference (SelfSubjectAccessReview).
import { randomBytes } from "node:crypto";
import { type Any, StatusError, type Store } from "./store.ts";

export interface Identity {
  user: string;
  groups: string[];
}

/** The sandbox's own token: in system:masters, which the authorizer allows everything. */
export const ADMIN: Identity = { user: "sandbox-admin", groups: ["system:masters", "system:authenticated"] };

/** What a ServiceAccount's token authenticates as ("Service account tokens"). */
export function serviceAccount(namespace: string, name: string): Identity {
  return {
    user: `system:serviceaccount:${namespace}:${name}`,
    groups: ["system:serviceaccounts", `system:serviceaccounts:${namespace}`, "system:authenticated"],
  };
}

export function newToken(): string {
  return `sandbox-${randomBytes(12).toString("hex")}`;
}

/** A request as the authorizer sees it (RequestInfo): no name for create, list and watch. */
export interface Attributes {
  verb: string;
  group: string;
  resource: string;
  subresource?: string;
  name?: string;
  namespace?: string;
}

interface Rule {
  verbs?: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
}

const has = (list: string[] | undefined, value: string) => (list ?? []).some((v) => v === "*" || v === value);

function ruleAllows(rule: Rule, a: Attributes): boolean {
  const combined = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const resource = (rule.resources ?? []).some(
    (r) => r === "*" || r === combined || (a.subresource !== undefined && r === `*/${a.subresource}`),
  );
  const names = rule.resourceNames ?? [];
  const named = names.length === 0 || (a.name !== undefined && names.includes(a.name));
  return has(rule.verbs, a.verb) && has(rule.apiGroups, a.group) && resource && named;
}

function appliesTo(subject: Any, who: Identity, bindingNamespace: string): boolean {
  if (subject.kind === "User") return subject.name === who.user;
  if (subject.kind === "Group") return who.groups.includes(subject.name);
  if (subject.kind === "ServiceAccount") {
    return who.user === `system:serviceaccount:${subject.namespace ?? bindingNamespace}:${subject.name}`;
  }
  return false;
}

/** Allowed when the identity is in system:masters, or a RoleBinding in the namespace binds it to a Role with a matching rule. */
export function authorize(store: Store, who: Identity, a: Attributes): { allowed: boolean; reason: string } {
  if (who.groups.includes("system:masters")) return { allowed: true, reason: "" };
  if (!a.namespace) return { allowed: false, reason: "" };
  for (const binding of store.list("rolebindings", a.namespace)) {
    const ref = binding.roleRef as Any;
    if (ref?.kind !== "Role" || !((binding.subjects ?? []) as Any[]).some((s) => appliesTo(s, who, a.namespace as string)))
      continue;
    const role = store.get("roles", a.namespace, ref.name);
    if (((role?.rules ?? []) as Rule[]).some((rule) => ruleAllows(rule, a))) {
      return {
        allowed: true,
        reason: `RBAC: allowed by RoleBinding "${binding.metadata.name}/${a.namespace}" of Role "${ref.name}" to ${who.user}`,
      };
    }
  }
  return { allowed: false, reason: "" };
}

/** 403 as the API server words it: `<resource>.<group> "<name>" is forbidden: User "<u>" cannot <verb> resource ...`. */
export function forbidden(who: Identity, a: Attributes): StatusError {
  const combined = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const qualified = a.group ? `${a.resource}.${a.group}` : a.resource;
  const subject = a.name ? `${qualified} "${a.name}"` : qualified;
  const scope = a.namespace ? ` in the namespace "${a.namespace}"` : " at the cluster scope";
  const message = `${subject} is forbidden: User "${who.user}" cannot ${a.verb} resource "${combined}" in API group "${a.group}"${scope}`;
  return new StatusError(403, "Forbidden", message, {
    ...(a.name ? { name: a.name } : {}),
    ...(a.group ? { group: a.group } : {}),
    kind: a.resource,
  });
}

/** POST selfsubjectaccessreviews: whether the caller may do what spec.resourceAttributes says. */
export function selfSubjectAccessReview(store: Store, who: Identity, review: Any): Any {
  const r = (review?.spec?.resourceAttributes ?? {}) as Any;
  if (!r.verb || !r.resource) {
    throw new StatusError(
      422,
      "Invalid",
      'SelfSubjectAccessReview.authorization.k8s.io "" is invalid: spec.resourceAttributes: Required value: exactly one of nonResourceAttributes or resourceAttributes must be specified',
    );
  }
  const { allowed, reason } = authorize(store, who, {
    verb: r.verb,
    group: r.group ?? "",
    resource: r.resource,
    subresource: r.subresource || undefined,
    name: r.name || undefined,
    namespace: r.namespace || undefined,
  });
  return {
    kind: "SelfSubjectAccessReview",
    apiVersion: "authorization.k8s.io/v1",
    metadata: { creationTimestamp: null },
    spec: review.spec,
    status: { allowed, ...(reason ? { reason } : {}) },
  };
}
