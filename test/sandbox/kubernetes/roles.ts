// The Roles the docs publish, read from their YAML blocks, and bound to a ServiceAccount of the
// imitation with a token of its own: what the RBAC tests run cutover with.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { Cluster } from "./cluster.ts";
import { newToken, serviceAccount } from "./rbac.ts";
import type { Any, KubeObject } from "./store.ts";

export interface RoleRule {
  apiGroups: string[];
  resources: string[];
  resourceNames?: string[];
  verbs: string[];
}

/** The Role named `name` in a ```yaml block of a Markdown file. */
export function documentedRole(file: string, name: string): KubeObject & { rules: RoleRule[] } {
  const text = readFileSync(file, "utf8");
  for (const [, block] of text.matchAll(/```yaml\n([\s\S]*?)```/g)) {
    const doc = parse(block as string) as Any;
    if (doc?.kind === "Role" && doc.metadata?.name === name) return doc as KubeObject & { rules: RoleRule[] };
  }
  throw new Error(`${path.basename(file)} has no Role ${name}`);
}

/** Stores `role` and a RoleBinding of it to ServiceAccount `account`; returns that account's token. */
export function bindRole(cluster: Cluster, role: KubeObject, account: string): string {
  const ns = cluster.namespace;
  const named = { ...structuredClone(role), metadata: { name: `${role.metadata.name}-${account}`, namespace: ns } };
  cluster.store.create("roles", named);
  cluster.store.create("rolebindings", {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "RoleBinding",
    metadata: { name: named.metadata.name, namespace: ns },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: named.metadata.name },
    subjects: [{ kind: "ServiceAccount", name: account, namespace: ns }],
  });
  const token = newToken();
  cluster.api.identities.set(token, serviceAccount(ns, account));
  return token;
}

/** `role` without one verb of one rule (the rule goes when it has no verb left). */
export function withoutVerb(role: KubeObject & { rules: RoleRule[] }, rule: number, verb: string): KubeObject {
  const rules = role.rules
    .map((r, i) => (i === rule ? { ...r, verbs: r.verbs.filter((v) => v !== verb) } : r))
    .filter((r) => r.verbs.length > 0);
  return { ...role, rules };
}
