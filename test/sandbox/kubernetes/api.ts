// Over 300 lines: the one HTTP surface for every verb both clients use, so that a request reads top to bottom here.
// The Kubernetes API server imitation over real HTTPS: discovery, get, list, watch, create, update,
// patch and delete of the kinds in resources.ts, with bearer-token authentication, resourceVersion
// preconditions, Status errors and server-side Tables for kubectl. Sources: "Kubernetes API
// Concepts" (verbs, watch, patch types, Receiving resources as Tables) and the API reference.
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { admitCustom, type FieldValidation, fieldValidationOf } from "./crd-schemas.ts";
import { openapiAt } from "./openapi.ts";
import { jsonPatch, mergePatch, strategicMergePatch } from "./patch.ts";
import { ADMIN, authorize, forbidden, type Identity, selfSubjectAccessReview } from "./rbac.ts";
import {
  apiGroup,
  apiGroupList,
  apiResourceList,
  apiVersions,
  findType,
  groupVersion,
  hasStatus,
  RESOURCES,
  type ResourceType,
  table,
} from "./resources.ts";
import { matches } from "./selectors.ts";
import {
  type Any,
  alreadyExists,
  badRequest,
  conflict,
  type KubeObject,
  notFound,
  StatusError,
  type Store,
  unconditionalUpdate,
} from "./store.ts";
import type { ServingCert } from "./tls.ts";
import { validate } from "./validate.ts";

export interface ApiCall {
  /** Who the bearer token authenticated as. */
  user?: string;
  verb: string;
  resource: string;
  namespace?: string;
  name?: string;
  subresource?: string;
  /** create, update, patch, delete: anything that was meant to change an object (a dry run is not). */
  write: boolean;
  dryRun?: boolean;
  status: number;
  contentType?: string;
  userAgent?: string;
  at: number;
}

/**
 * A fault on the next `count` calls of `verb` on `resource` (`*` for any), or of one object by
 * `name`. `race` runs `before` first: another writer that gets in between a read and this write.
 */
export interface ApiFault {
  verb: string;
  resource: string;
  name?: string;
  mode: "error" | "throttle" | "latency" | "conflict" | "race";
  count: number;
  /** Let this many matching calls through first (teardown's scale is its third patch of the Deployment). */
  after?: number;
  latencyMs?: number;
  before?: () => void;
}

interface Target {
  type: ResourceType;
  namespace?: string;
  name?: string;
  subresource?: string;
  /** ?fieldValidation= of a write, and the Warning header values its admission adds. */
  admission?: { directive: FieldValidation; warnings: string[] };
}

const BUILT_IN_GROUPS = ["", "apps", "discovery.k8s.io"];

function parsePath(path: string): Target | "discovery" | undefined {
  const parts = path.split("/").filter(Boolean);
  let group = "";
  let rest: string[];
  if (parts[0] === "api" && parts[1] === "v1") rest = parts.slice(2);
  else if (parts[0] === "apis" && parts.length >= 4) {
    group = parts[1] as string;
    rest = parts.slice(3);
  } else return undefined;
  const version = parts[0] === "api" ? "v1" : (parts[2] as string);
  let namespace: string | undefined;
  if (rest[0] === "namespaces" && rest.length >= 3) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const type = findType(group, version, rest[0] ?? "");
  if (!type) return undefined;
  return { type, namespace, name: rest[1], subresource: rest[2] };
}

/**
 * `?dryRun=All`: the request is admitted and validated, and the answer is the object as it would
 * be stored, but nothing is stored ("Kubernetes API Concepts": Dry-run). "All" is the only value;
 * any other is refused as the options' validation does (ValidateDryRun in apimachinery).
 */
function dryRunOf(url: URL): boolean {
  const values = url.searchParams.getAll("dryRun");
  if (values.length === 0) return false;
  if (values.every((v) => v === "All")) return true;
  throw new StatusError(
    422,
    "Invalid",
    `dryRun: Unsupported value: []string{${values.map((v) => JSON.stringify(v)).join(", ")}}: supported values: "All"`,
  );
}

/** Bodies read ahead of a request's faults, by request. */
const bodies = new WeakMap<IncomingMessage, unknown>();

async function body(req: IncomingMessage): Promise<unknown> {
  if (bodies.has(req)) return bodies.get(req);
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw badRequest(`the server could not read the request body: invalid JSON`);
  }
}

export class KubeApi {
  readonly store: Store;
  readonly token: string;
  /** Bearer tokens and who each is: the sandbox's own token is in system:masters. */
  readonly identities = new Map<string, Identity>();
  readonly calls: ApiCall[] = [];
  readonly faults: ApiFault[] = [];
  /** A pod's container log as text: the kubelet's, which serves pods/log on a real node. */
  podLogs: (pod: string) => string = () => "";
  readonly #server: Server;
  readonly #watches = new Set<ServerResponse>();

  constructor(store: Store, token: string, tls: ServingCert) {
    this.store = store;
    this.token = token;
    this.identities.set(token, ADMIN);
    this.#server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
      void this.#handle(req, res);
    });
    // kube-apiserver keeps an idle connection 90 s (k8s.io/apiserver pkg/server/secure_serving.go:
    // `IdleTimeout: 90 * time.Second`, to match http.DefaultTransport). Node's 5 s default closes a
    // socket the client may be reusing at that moment: "socket hang up", which no cluster gives.
    this.#server.keepAliveTimeout = 90_000;
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(0, "127.0.0.1", resolve));
    return `https://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    for (const res of this.#watches) res.end();
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }

  /** Writes that reached storage or were refused, for tests that prove nothing was written. */
  writes(): ApiCall[] {
    return this.calls.filter((c) => c.write);
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://kube");
    const started = Date.now();
    const target = parsePath(url.pathname);
    const call: ApiCall = { verb: (req.method ?? "GET").toLowerCase(), resource: "", write: false, status: 200, at: started };
    if (req.headers["content-type"]) call.contentType = String(req.headers["content-type"]);
    if (req.headers["user-agent"]) call.userAgent = String(req.headers["user-agent"]);
    try {
      const who = this.identities.get(String(req.headers.authorization ?? "").replace(/^Bearer /, ""));
      if (!who) throw new StatusError(401, "Unauthorized", "Unauthorized");
      call.user = who.user;
      // system:basic-user lets every authenticated user review its own access.
      if (url.pathname === "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews" && req.method === "POST") {
        res.writeHead(201, { "content-type": "application/json" });
        res.end(JSON.stringify(selfSubjectAccessReview(this.store, who, (await body(req)) as Any)));
        return;
      }
      // system:discovery lets every authenticated user read discovery, /version and /openapi.
      if (!target || target === "discovery") return this.#discovery(url.pathname, res);
      Object.assign(call, {
        resource: target.type.plural,
        namespace: target.namespace,
        name: target.name,
        subresource: target.subresource,
        verb: this.#verb(req.method ?? "GET", target, url),
      });
      const attributes = {
        verb: call.verb,
        group: target.type.group,
        resource: target.type.plural,
        subresource: target.subresource,
        name: call.verb === "create" ? undefined : target.name,
        namespace: target.namespace,
      };
      if (!authorize(this.store, who, attributes).allowed) throw forbidden(who, attributes);
      const dryRun = dryRunOf(url);
      call.write = ["create", "update", "patch", "delete"].includes(call.verb) && !dryRun;
      if (dryRun) call.dryRun = true;
      // The whole body is read before anything else, and a write goes on to storage even when its
      // client has gone meanwhile: the API server runs the storage call apart from the request
      // (k8s.io/apiserver endpoints/handlers/rest.go, finishRequest), so a write that timed out
      // on the client may still land; the harsher case.
      if (call.write && call.verb !== "delete") bodies.set(req, await body(req));
      await this.#fault(call);
      target.admission = { directive: fieldValidationOf(url), warnings: [] };
      const out = await this.#serve(call.verb, target, req, url, res, dryRun);
      if (out === undefined) return;
      call.status = out.status;
      // "Kubernetes API Concepts", Field validation: Warn names each unknown field in a Warning header.
      const warnings = target.admission.warnings.map((w) => `299 - ${JSON.stringify(w)}`);
      if (warnings.length > 0) res.setHeader("warning", warnings);
      res.writeHead(out.status, { "content-type": "application/json" }).end(JSON.stringify(out.body));
    } catch (error) {
      const status = error instanceof StatusError ? error : new StatusError(500, "InternalError", String(error));
      call.status = status.code;
      if (!res.headersSent) res.writeHead(status.code, { "content-type": "application/json" });
      res.end(JSON.stringify(status.body));
    } finally {
      if (call.resource) this.calls.push(call);
    }
  }

  #verb(method: string, target: Target, url: URL): string {
    if (method === "GET") {
      if (target.name) return "get";
      return ["true", "1"].includes(url.searchParams.get("watch") ?? "") ? "watch" : "list";
    }
    return { POST: "create", PUT: "update", PATCH: "patch", DELETE: "delete" }[method] ?? method.toLowerCase();
  }

  async #fault(call: ApiCall): Promise<void> {
    const at = this.faults.findIndex(
      (f) =>
        (f.verb === "*" || f.verb === call.verb) &&
        (f.resource === "*" || f.resource === call.resource) &&
        (!f.name || f.name === call.name),
    );
    const fault = this.faults[at];
    if (!fault) return;
    if (fault.after) {
      fault.after -= 1;
      return;
    }
    fault.count -= 1;
    if (fault.count <= 0) this.faults.splice(at, 1);
    if (fault.mode === "race") fault.before?.();
    if (fault.mode === "latency") await new Promise((resolve) => setTimeout(resolve, fault.latencyMs ?? 1000));
    // "API Priority and Fairness": an overloaded server answers 429 TooManyRequests with Retry-After.
    if (fault.mode === "throttle")
      throw new StatusError(429, "TooManyRequests", "Too many requests, please try again later.", { retryAfterSeconds: 1 });
    // Another writer got there first: what a stale resourceVersion gets.
    if (fault.mode === "conflict") {
      const type = RESOURCES.find((r) => r.plural === call.resource) as ResourceType;
      throw conflict(type, call.name ?? "");
    }
    if (fault.mode === "error")
      throw new StatusError(500, "InternalError", "Internal error occurred: etcdserver: request timed out");
  }

  #discovery(path: string, res: ServerResponse): void {
    const trimmed = path.replace(/\/$/, "");
    const parts = trimmed.split("/").filter(Boolean);
    let doc: unknown;
    if (trimmed === "/version") doc = { major: "1", minor: "33", gitVersion: "v1.33.0-sandbox", platform: "linux/amd64" };
    else if (trimmed === "/api") doc = apiVersions();
    else if (trimmed === "/apis") doc = apiGroupList();
    else if (trimmed === "/api/v1") doc = apiResourceList("", "v1");
    else if (parts[0] === "apis" && parts.length === 2 && RESOURCES.some((r) => r.group === parts[1]))
      doc = apiGroup(parts[1] as string);
    else if (parts[0] === "apis" && parts.length === 3) doc = apiResourceList(parts[1] as string, parts[2] as string);
    else if (parts[0] === "openapi" && parts[1] === "v3") doc = openapiAt(trimmed);
    if (doc === undefined) {
      // /openapi/v2 is not served: kubectl 1.27 and later read v3 (openapi.ts).
      const status = new StatusError(404, "NotFound", "the server could not find the requested resource", {});
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify(status.body));
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(doc));
  }

  async #serve(
    verb: string,
    target: Target,
    req: IncomingMessage,
    url: URL,
    res: ServerResponse,
    dryRun: boolean,
  ): Promise<{ status: number; body: unknown } | undefined> {
    const { type } = target;
    if (verb === "list") return { status: 200, body: this.#list(target, url, req) };
    if (verb === "watch") return this.#watch(target, url, res);
    if (verb === "create") return { status: 201, body: this.#create(target, (await body(req)) as KubeObject, dryRun) };
    const name = target.name as string;
    const current = this.store.get(type.plural, target.namespace, name);
    if (verb === "delete") {
      if (!current) throw notFound(type, name);
      if (!dryRun) this.store.delete(type.plural, current);
      return {
        status: 200,
        body: {
          kind: "Status",
          apiVersion: "v1",
          metadata: {},
          status: "Success",
          details: { name, kind: type.plural, uid: current.metadata.uid },
        },
      };
    }
    if (!current) throw notFound(type, name);
    if (target.subresource === "scale") return this.#scale(verb, target, current, req, dryRun);
    if (target.subresource === "log" && type.plural === "pods" && verb === "get") return this.#log(current, res);
    if (verb === "get") return { status: 200, body: this.#shown(type, current) };
    const input = await body(req);
    const next =
      verb === "update" ? (input as KubeObject) : this.#patched(type, current, input, req.headers["content-type"] ?? "");
    if (!next || typeof next !== "object" || !(next as KubeObject).metadata) throw badRequest("Object 'metadata' is missing");
    if (verb === "update" && next.metadata.name !== name) {
      throw badRequest(`the name of the object (${next.metadata.name}) does not match the name on the URL (${name})`);
    }
    if (verb === "update" && !BUILT_IN_GROUPS.includes(type.group) && !next.metadata.resourceVersion) {
      throw unconditionalUpdate(type, name);
    }
    return { status: 200, body: this.#shown(type, this.#update(target, current, next, dryRun)) };
  }

  #patched(type: ResourceType, current: KubeObject, patch: unknown, contentType: string): KubeObject {
    const media = contentType.split(";")[0]?.trim();
    if (media === "application/json-patch+json") return jsonPatch(current, patch) as KubeObject;
    if (media === "application/merge-patch+json") return mergePatch(current, patch) as KubeObject;
    if (media === "application/strategic-merge-patch+json" && BUILT_IN_GROUPS.includes(type.group)) {
      return strategicMergePatch(current, patch) as KubeObject;
    }
    // Custom resources take no strategic merge patch ("Kubernetes API Concepts": Patch).
    throw new StatusError(
      415,
      "UnsupportedMediaType",
      `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json${BUILT_IN_GROUPS.includes(type.group) ? ", application/strategic-merge-patch+json" : ""}`,
    );
  }

  /**
   * A write with a resourceVersion must name the stored one, or it is a 409 ("Kubernetes API
   * Concepts": Resource versions); without one, update and patch are unconditional. The main
   * resource keeps the stored status and the status subresource the stored spec.
   */
  #update(target: Target, current: KubeObject, next: KubeObject, dryRun: boolean): KubeObject {
    const { type } = target;
    const precondition = next.metadata.resourceVersion;
    if (precondition && precondition !== current.metadata.resourceVersion) throw conflict(type, current.metadata.name);
    const merged: KubeObject = {
      ...next,
      apiVersion: groupVersion(type),
      kind: type.kind,
      metadata: { ...next.metadata, name: current.metadata.name, namespace: current.metadata.namespace },
    };
    if (hasStatus(type)) {
      if (target.subresource === "status") {
        merged.spec = current.spec;
        merged.metadata = { ...current.metadata, resourceVersion: current.metadata.resourceVersion };
      } else if (current.status !== undefined) merged.status = current.status;
      else delete merged.status;
    }
    const admitted = this.#admitted(target, merged);
    validate(type, admitted, current);
    return this.store.update(type.plural, admitted, dryRun);
  }

  #create(target: Target, input: KubeObject, dryRun: boolean): KubeObject {
    const { type } = target;
    const name = input?.metadata?.name;
    if (!name)
      throw new StatusError(
        422,
        "Invalid",
        `${type.kind} "" is invalid: metadata.name: Required value: name or generateName is required`,
      );
    if (this.store.get(type.plural, target.namespace, name)) throw alreadyExists(type, name);
    const object: KubeObject = {
      ...input,
      apiVersion: groupVersion(type),
      kind: type.kind,
      metadata: { ...input.metadata, namespace: target.namespace },
    };
    const admitted = this.#admitted(target, object);
    validate(type, admitted, undefined);
    return this.store.create(type.plural, admitted, dryRun);
  }

  /** A custom resource pruned, defaulted and checked against its CRD's schema (crd-schemas.ts). */
  #admitted(target: Target, object: KubeObject): KubeObject {
    const admission = target.admission ?? { directive: "Warn", warnings: [] };
    const { object: admitted, warnings } = admitCustom(target.type, object, admission.directive);
    admission.warnings.push(...warnings);
    return admitted;
  }

  /**
   * pods/log: the container's output as text/plain ("Kubernetes API Concepts": subresources;
   * PodLogOptions); 400 while the container has not started, with the waiting reason.
   */
  #log(pod: KubeObject, res: ServerResponse): undefined {
    const text = this.podLogs(pod.metadata.name);
    const container = (pod.status as Any)?.containerStatuses?.[0];
    if (!text && container?.state?.waiting) {
      throw badRequest(
        `container "${container.name}" in pod "${pod.metadata.name}" is waiting to start: ${container.state.waiting.reason}`,
      );
    }
    res.writeHead(200, { "content-type": "text/plain" }).end(text);
    return undefined;
  }

  /** deployments/scale as autoscaling/v1 Scale: `kubectl scale` reads and patches this. */
  async #scale(
    verb: string,
    target: Target,
    current: KubeObject,
    req: IncomingMessage,
    dryRun: boolean,
  ): Promise<{ status: number; body: unknown }> {
    const scale = (d: KubeObject) => ({
      kind: "Scale",
      apiVersion: "autoscaling/v1",
      metadata: {
        name: d.metadata.name,
        namespace: d.metadata.namespace,
        uid: d.metadata.uid,
        resourceVersion: d.metadata.resourceVersion,
        creationTimestamp: d.metadata.creationTimestamp,
      },
      spec: { replicas: (d.spec as { replicas?: number }).replicas ?? 1 },
      status: {
        replicas: (d.status as { replicas?: number } | undefined)?.replicas ?? 0,
        selector: Object.entries((d.spec as Any).selector?.matchLabels ?? {})
          .map(([k, v]) => `${k}=${v}`)
          .join(","),
      },
    });
    if (verb === "get") return { status: 200, body: scale(current) };
    const input = await body(req);
    const asked =
      verb === "update"
        ? input
        : this.#patched(target.type, scale(current) as unknown as KubeObject, input, req.headers["content-type"] ?? "");
    const wanted = asked as { metadata?: { resourceVersion?: string }; spec?: { replicas?: number } };
    const next = structuredClone(current);
    (next.spec as { replicas?: number }).replicas = wanted.spec?.replicas;
    next.metadata.resourceVersion = wanted.metadata?.resourceVersion;
    return { status: 200, body: scale(this.#update({ ...target, subresource: undefined }, current, next, dryRun)) };
  }

  #selected(target: Target, url: URL): KubeObject[] {
    const label = url.searchParams.get("labelSelector") ?? "";
    const field = url.searchParams.get("fieldSelector") ?? "";
    return this.store.list(target.type.plural, target.namespace).filter((o) => matches(o, label, field));
  }

  /** Built-in lists carry items without kind and apiVersion; custom resources keep them. */
  #shown(type: ResourceType, object: KubeObject, inList = false): KubeObject {
    if (!inList || !BUILT_IN_GROUPS.includes(type.group)) return object;
    const { kind: _k, apiVersion: _a, ...rest } = object;
    return rest as KubeObject;
  }

  #list(target: Target, url: URL, req: IncomingMessage): unknown {
    const items = this.#selected(target, url);
    const rv = this.store.resourceVersion;
    if (String(req.headers.accept ?? "").includes("as=Table")) {
      return table(target.type, items, rv, url.searchParams.get("includeObject") === "Object");
    }
    return {
      kind: `${target.type.kind}List`,
      apiVersion: groupVersion(target.type),
      metadata: { resourceVersion: rv },
      items: items.map((o) => this.#shown(target.type, o, true)),
    };
  }

  /**
   * A watch streams one JSON event per line. From resourceVersion "" or "0" it starts with an
   * ADDED event per object; from a version, with the changes after it ("Efficient detection of
   * changes"). It ends after timeoutSeconds.
   */
  #watch(target: Target, url: URL, res: ServerResponse): undefined {
    const from = url.searchParams.get("resourceVersion") ?? "";
    const label = url.searchParams.get("labelSelector") ?? "";
    const field = url.searchParams.get("fieldSelector") ?? "";
    const lines: string[] = [];
    let started = false;
    const send = (type: string, object: KubeObject) => {
      const line = `${JSON.stringify({ type, object })}\n`;
      if (started) res.write(line);
      else lines.push(line);
    };
    const initial = from === "" || from === "0";
    if (initial) for (const object of this.#selected(target, url)) send("ADDED", object);
    const stop = this.store.watch(initial ? Number(this.store.resourceVersion) : Number(from), (event) => {
      if (event.resource !== target.type.plural) return;
      if (target.namespace && event.object.metadata.namespace !== target.namespace) return;
      if (matches(event.object, label, field)) send(event.type, event.object);
    });
    res.writeHead(200, { "content-type": "application/json", "transfer-encoding": "chunked" });
    // Headers go out now: a client waits for them before it reads the first event.
    res.flushHeaders();
    started = true;
    for (const line of lines) res.write(line);
    this.#watches.add(res);
    const timeout = Number(url.searchParams.get("timeoutSeconds") ?? 1800);
    const timer = setTimeout(() => res.end(), timeout * 1000);
    res.on("close", () => {
      clearTimeout(timer);
      stop();
      this.#watches.delete(res);
    });
    return undefined;
  }
}
