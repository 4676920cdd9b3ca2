export const id = 706;
export const ids = [706,957];
export const modules = {

/***/ 77957:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AnotherWriterError: () => (/* binding */ AnotherWriterError),
  KubeCallError: () => (/* binding */ KubeCallError),
  KubeClient: () => (/* binding */ KubeClient),
  statusOf: () => (/* binding */ statusOf)
});

// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 875 modules
var dist = __webpack_require__(87010);
// EXTERNAL MODULE: ./build/core/cancel.js
var cancel = __webpack_require__(16590);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/runner.js + 4 modules
var runner = __webpack_require__(36506);
;// CONCATENATED MODULE: ./build/routers/kubernetes/credentials.js

/**
 * Why the kubeconfig could not be loaded, without quoting it: js-yaml's message carries a snippet
 * of the lines around the mistake (its `mark.snippet`), so only `reason` and `mark`'s line and
 * column are used. Any other error is named by its code or its first line, cut short.
 */
function kubeconfigProblem(error) {
    const parsed = error;
    if (error && typeof error === "object" && typeof parsed.reason === "string" && parsed.mark) {
        const { line, column } = parsed.mark;
        const where = typeof line === "number" && typeof column === "number" ? ` at line ${line + 1}, column ${column + 1}` : "";
        return `it is not valid YAML: ${parsed.reason}${where} (the file's content is not shown, as it holds credentials)`;
    }
    const code = error?.code;
    if (typeof code === "string")
        return `${code} reading the file`;
    const first = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    return first.length > 120 ? `${first.slice(0, 119)}…` : first;
}
/** Every token, password, key and certificate in the loaded kubeconfig, masked from here on. */
function maskCredentials(config) {
    for (const user of config.getUsers()) {
        const values = [user.token, user.password, user.keyData, user.certData];
        const provider = user.authProvider;
        values.push(...Object.values(provider?.config ?? {}).map((v) => (typeof v === "string" ? v : undefined)));
        const exec = user.exec;
        values.push(...(exec?.env ?? []).map((e) => (typeof e.value === "string" ? e.value : undefined)));
        for (const value of values)
            if (value)
                maskWithDecoded(value);
    }
}
/** client-key-data and client-certificate-data are base64 of a PEM: the PEM is masked too, line by line. */
function maskWithDecoded(value) {
    runner/* setSecret */.Pq(value);
    if (!/^[A-Za-z0-9+/=\s]+$/.test(value) || value.length < 16)
        return;
    const decoded = Buffer.from(value, "base64").toString("utf8");
    if (decoded.includes("-----BEGIN"))
        runner/* setSecret */.Pq(decoded);
}

;// CONCATENATED MODULE: ./build/routers/kubernetes/client.js
// Over 300 lines: one client for every object the Kubernetes routers read and write, kept together.
// The Kubernetes API as this router uses it, through the official client (@kubernetes/client-node):
// read Services, Deployments, pods and EndpointSlices, patch them with a resourceVersion guard,
// scale, and annotate. Loaded only when a step first talks to the cluster.




/** The API refused a write because the object changed since it was read: someone else wrote it. */
class AnotherWriterError extends errors/* CutoverError */.DB {
    name = "AnotherWriterError";
}
/** A Kubernetes API call that failed, with the HTTP status and the API server's message. */
class KubeCallError extends errors/* CutoverError */.DB {
    name = "KubeCallError";
    status;
    constructor(what, status, message, cause) {
        const hint = status === 403
            ? " The credentials need RBAC permission for this verb on this resource (see the router's README for the Role)."
            : "";
        super(`Kubernetes ${what} failed: ${status ? `${status} ` : ""}${message.replace(/\.$/, "")}.${hint}`, { cause });
        this.status = status;
    }
}
/** The API server's Status message, from the client's ApiException (its body is the JSON text). */
function statusOf(error) {
    if (error instanceof dist/* ApiException */.UJ4) {
        let message = String(error.message).split("\n")[0] ?? "";
        try {
            const body = typeof error.body === "string" ? JSON.parse(error.body) : error.body;
            if (body?.message)
                message = String(body.message);
        }
        catch {
            // Not JSON: the first line of the client's message says enough.
        }
        return { code: error.code, message };
    }
    const cause = error?.cause?.code;
    return { code: 0, message: `${error instanceof Error ? error.message : String(error)}${cause ? ` (${cause})` : ""}` };
}
async function call(what, send) {
    try {
        return await send();
    }
    catch (error) {
        if (error instanceof cancel/* Cancelled */.cJ)
            throw error;
        const { code, message } = statusOf(error);
        throw new KubeCallError(what, code, message, error);
    }
}
const merge = dist/* setHeaderOptions */.OkF("Content-Type", dist/* PatchStrategy */.Qve.MergePatch);
function podReason(pod) {
    for (const c of pod.status?.containerStatuses ?? []) {
        const waiting = c.state?.waiting;
        if (waiting?.reason && waiting.reason !== "ContainerCreating")
            return { reason: waiting.reason, message: waiting.message };
        if (c.state?.running && !c.ready)
            return { reason: "NotReady", message: "readiness probe failing" };
    }
    const ready = pod.status?.conditions?.find((c) => c.type === "Ready");
    if (pod.status?.phase === "Pending")
        return { reason: "Pending", message: ready?.message };
    return ready?.status === "True" ? {} : { reason: ready?.reason, message: ready?.message };
}
function probeOf(c) {
    const p = c.readinessProbe;
    if (!p)
        return "";
    const how = p.httpGet ? `GET ${p.httpGet.path ?? "/"}:${p.httpGet.port}` : p.tcpSocket ? `tcp ${p.tcpSocket.port}` : "exec";
    return `${how} every ${p.periodSeconds ?? 10}s, ${p.failureThreshold ?? 3} failures`;
}
class KubeClient {
    namespace;
    /** The loaded kubeconfig, for clients of other API groups (the weighted routers' route objects). */
    kubeConfig;
    #core;
    #apps;
    #discovery;
    #authorization;
    constructor(target) {
        const config = new dist/* KubeConfig */.ypW();
        try {
            if (target.kubeconfig)
                config.loadFromFile(target.kubeconfig);
            else
                config.loadFromDefault();
            if (target.context)
                config.setCurrentContext(target.context);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`Could not load the kubeconfig: ${kubeconfigProblem(error)}`);
        }
        maskCredentials(config);
        if (!config.getCurrentCluster()) {
            throw new errors/* ConfigurationError */.j1("No Kubernetes cluster to talk to: give kubeconfig (a file), set KUBECONFIG, or run inside a cluster with a ServiceAccount.");
        }
        this.namespace = target.namespace;
        this.kubeConfig = config;
        this.#core = config.makeApiClient(dist/* CoreV1Api */.f5Y);
        this.#apps = config.makeApiClient(dist/* AppsV1Api */.eY6);
        this.#discovery = config.makeApiClient(dist/* DiscoveryV1Api */.oNq);
        this.#authorization = config.makeApiClient(dist/* AuthorizationV1Api */.NwU);
    }
    /** Whether these credentials may do a verb in the namespace: a SelfSubjectAccessReview. */
    async canI(a) {
        const review = await call(`review access to ${a.verb} ${a.resource}`, () => this.#authorization.createSelfSubjectAccessReview({
            body: { spec: { resourceAttributes: { namespace: this.namespace, ...a } } },
        }));
        return review.status?.allowed === true;
    }
    async readService(name) {
        const s = await call(`get service ${this.namespace}/${name}`, () => this.#core.readNamespacedService({ name, namespace: this.namespace }));
        return { name, resourceVersion: s.metadata?.resourceVersion ?? "", selector: { ...s.spec?.selector } };
    }
    /**
     * Writes a Service's selector as a merge patch that carries the resourceVersion it was read at:
     * the API server refuses it with 409 Conflict when anyone wrote the Service since ("Kubernetes
     * API Concepts": Resource versions). Keys not in `selector` stay as they are.
     */
    async patchSelector(name, resourceVersion, selector) {
        const what = `patch service ${this.namespace}/${name}`;
        try {
            const s = await this.#core.patchNamespacedService({ name, namespace: this.namespace, body: { metadata: { resourceVersion }, spec: { selector } } }, merge);
            return { name, resourceVersion: s.metadata?.resourceVersion ?? "", selector: { ...s.spec?.selector } };
        }
        catch (error) {
            if (error instanceof cancel/* Cancelled */.cJ)
                throw error;
            const { code, message } = statusOf(error);
            if (code === 409) {
                throw new AnotherWriterError(`Another writer changed Service ${this.namespace}/${name} after this run read it (resourceVersion ${resourceVersion}): ${message.replace(/\.$/, "")}. This run stops without writing over it; read the Service's selector before running again.`, { cause: error });
            }
            throw new KubeCallError(what, code, message, error);
        }
    }
    async readDeployment(name) {
        const d = await call(`get deployment ${this.namespace}/${name}`, () => this.#apps.readNamespacedDeployment({ name, namespace: this.namespace }));
        const s = d.status ?? {};
        const progressing = s.conditions?.find((c) => c.type === "Progressing");
        return {
            name,
            resourceVersion: d.metadata?.resourceVersion ?? "",
            generation: d.metadata?.generation ?? 0,
            desired: d.spec?.replicas ?? 1,
            paused: d.spec?.paused === true,
            observedGeneration: s.observedGeneration ?? 0,
            replicas: s.replicas ?? 0,
            updated: s.updatedReplicas ?? 0,
            ready: s.readyReplicas ?? 0,
            available: s.availableReplicas ?? 0,
            progressing: progressing && {
                status: progressing.status,
                reason: progressing.reason ?? "",
                message: progressing.message ?? "",
            },
            selector: { ...d.spec?.selector?.matchLabels },
            podLabels: { ...d.spec?.template?.metadata?.labels },
            annotations: { ...d.metadata?.annotations },
            containers: (d.spec?.template?.spec?.containers ?? []).map((c) => ({
                name: c.name,
                image: c.image ?? "",
                ports: (c.ports ?? []).map((p) => `${p.containerPort}/${p.protocol ?? "TCP"}`).join(","),
                probe: probeOf(c),
            })),
            strategy: d.spec?.strategy?.type ?? "RollingUpdate",
        };
    }
    /** The pods a label selector picks, with why each is not ready. */
    async listPods(selector) {
        const labelSelector = Object.entries(selector)
            .map(([k, v]) => `${k}=${v}`)
            .join(",");
        const list = await call(`list pods in ${this.namespace}`, () => this.#core.listNamespacedPod({ namespace: this.namespace, labelSelector }));
        return list.items.map((p) => ({
            name: p.metadata?.name ?? "",
            ip: p.status?.podIP ?? "",
            ready: p.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") ?? false,
            terminating: Boolean(p.metadata?.deletionTimestamp),
            phase: p.status?.phase ?? "",
            labels: { ...p.metadata?.labels },
            ...podReason(p),
        }));
    }
    /** The endpoints of a Service, from its EndpointSlices (label kubernetes.io/service-name). */
    async endpoints(service) {
        const list = await call(`list endpointslices of ${this.namespace}/${service}`, () => this.#discovery.listNamespacedEndpointSlice({
            namespace: this.namespace,
            labelSelector: `kubernetes.io/service-name=${service}`,
        }));
        return list.items.flatMap((slice) => (slice.endpoints ?? []).map((e) => ({
            pod: e.targetRef?.name ?? "",
            ip: e.addresses[0] ?? "",
            ready: e.conditions?.ready === true,
        })));
    }
    /** Sets and removes annotations with a merge patch; null removes a key (RFC 7386). */
    async annotate(deployment, set, remove) {
        const annotations = { ...set };
        for (const key of remove)
            annotations[key] = null;
        await call(`annotate deployment ${this.namespace}/${deployment}`, () => this.#apps.patchNamespacedDeployment({ name: deployment, namespace: this.namespace, body: { metadata: { annotations } } }, merge));
    }
    /** Sets the replicas through the scale subresource, as `kubectl scale` does. */
    async scale(deployment, replicas) {
        await call(`scale deployment ${this.namespace}/${deployment}`, () => this.#apps.patchNamespacedDeploymentScale({ name: deployment, namespace: this.namespace, body: { spec: { replicas } } }, merge));
    }
    /** Sets a container's image, guarded by the resourceVersion the Deployment was read at. */
    async setImage(deployment, resourceVersion, container, image) {
        const strategic = dist/* setHeaderOptions */.OkF("Content-Type", dist/* PatchStrategy */.Qve.StrategicMergePatch);
        try {
            const d = await this.#apps.patchNamespacedDeployment({
                name: deployment,
                namespace: this.namespace,
                body: { metadata: { resourceVersion }, spec: { template: { spec: { containers: [{ name: container, image }] } } } },
            }, strategic);
            return d.metadata?.generation ?? 0;
        }
        catch (error) {
            if (error instanceof cancel/* Cancelled */.cJ)
                throw error;
            const { code, message } = statusOf(error);
            if (code === 409) {
                throw new AnotherWriterError(`Another writer changed Deployment ${this.namespace}/${deployment} while this run was setting its image: ${message}. Nothing was overwritten; re-run deploy-standby.`, { cause: error });
            }
            throw new KubeCallError(`patch deployment ${this.namespace}/${deployment}`, code, message, error);
        }
    }
}


/***/ }),

/***/ 2706:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RouteObjects: () => (/* binding */ RouteObjects)
/* harmony export */ });
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87010);
/* harmony import */ var _core_cancel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16590);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77957);
// Route objects of other API groups (Gateway API HTTPRoutes, Istio VirtualServices) through the
// official client's CustomObjectsApi: read one, and merge-patch its spec guarded by the
// resourceVersion it was read at. Loaded with the client, on the first call to the cluster.



function viewOf(name, o) {
    return {
        name,
        resourceVersion: o?.metadata?.resourceVersion ?? "",
        generation: o?.metadata?.generation ?? 0,
        spec: o?.spec ?? {},
        status: o?.status ?? {},
    };
}
class RouteObjects {
    namespace;
    #api;
    constructor(client) {
        this.namespace = client.namespace;
        this.#api = client.kubeConfig.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .CustomObjectsApi */ .aVm);
    }
    async read(type, name) {
        try {
            const o = await this.#api.getNamespacedCustomObject({ ...this.#where(type), name });
            return viewOf(name, o);
        }
        catch (error) {
            throw this.#failure(`get ${type.kind} ${this.namespace}/${name}`, error);
        }
    }
    /**
     * Replaces one field of the spec (`rules`, `http`) with a merge patch carrying the resourceVersion
     * it was read at: the API server answers 409 Conflict when anyone wrote the object since
     * ("Kubernetes API Concepts": Resource versions), its controller's status included. The rest of
     * the spec stays as it is. "conflict" for a 409.
     */
    async patchSpec(type, name, resourceVersion, spec) {
        const what = `${type.kind} ${this.namespace}/${name}`;
        try {
            const o = await this.#api.patchNamespacedCustomObject({ ...this.#where(type), name, body: { metadata: { resourceVersion }, spec } }, _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .setHeaderOptions */ .OkF("Content-Type", _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .PatchStrategy */ .Qve.MergePatch));
            return viewOf(name, o);
        }
        catch (error) {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_2__.statusOf)(error).code === 409)
                return "conflict";
            throw this.#failure(`patch ${what}`, error);
        }
    }
    /**
     * Any object of another kind, for checks before a write: a parent Gateway, its GatewayClass
     * (cluster-scoped: namespace null), a DestinationRule. Undefined when the API server has none (404).
     */
    async find(type, name, namespace = this.namespace) {
        const where = namespace === null ? `${type.kind} ${name}` : `${type.kind} ${namespace}/${name}`;
        try {
            if (namespace === null)
                return await this.#api.getClusterCustomObject({ group: type.group, version: type.version, plural: type.plural, name });
            return await this.#api.getNamespacedCustomObject({ ...this.#where(type), namespace, name });
        }
        catch (error) {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_2__.statusOf)(error).code === 404)
                return undefined;
            throw this.#failure(`get ${where}`, error);
        }
    }
    /** Every object of a kind in the route's namespace: the DestinationRules whose host a route names. */
    async list(type) {
        try {
            const list = (await this.#api.listNamespacedCustomObject(this.#where(type)));
            return list.items ?? [];
        }
        catch (error) {
            throw this.#failure(`list ${type.kind} in ${this.namespace}`, error);
        }
    }
    #where(type) {
        return { group: type.group, version: type.version, namespace: this.namespace, plural: type.plural };
    }
    #failure(what, error) {
        if (error instanceof _core_cancel_js__WEBPACK_IMPORTED_MODULE_1__/* .Cancelled */ .cJ)
            return error;
        const { code, message } = (0,_client_js__WEBPACK_IMPORTED_MODULE_2__.statusOf)(error);
        return new _client_js__WEBPACK_IMPORTED_MODULE_2__.KubeCallError(what, code, message, error);
    }
}


/***/ })

};
