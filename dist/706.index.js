export const id = 706;
export const ids = [706];
export const modules = {

/***/ 2706:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RouteObjects: () => (/* binding */ RouteObjects)
/* harmony export */ });
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2430);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61454);
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
    #client;
    #api;
    constructor(client) {
        this.namespace = client.namespace;
        this.#client = client;
        this.#api = client.kubeConfig.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .CustomObjectsApi */ .aVm);
    }
    async read(type, name, options = {}) {
        const o = await this.#client.call(`get ${type.kind} ${this.namespace}/${name}`, options, (c) => this.#api.getNamespacedCustomObject({ ...this.#where(type), name }, c));
        return viewOf(name, o);
    }
    /**
     * Replaces one field of the spec (`rules`, `http`) with a merge patch carrying the resourceVersion
     * it was read at: the API server answers 409 Conflict when anyone wrote the object since
     * ("Kubernetes API Concepts": Resource versions), its controller's status included. The rest of
     * the spec stays as it is. "conflict" for a 409.
     */
    async patchSpec(type, name, resourceVersion, spec, options = {}) {
        // A new WRITE_KEY on every write moves the resourceVersion even when the spec already reads so:
        // a write of this run's that lands late after it is then a 409, never a silent overwrite.
        const body = { metadata: { resourceVersion, annotations: { [_client_js__WEBPACK_IMPORTED_MODULE_1__.WRITE_KEY]: (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.writeToken)() } }, spec };
        try {
            const o = await this.#client.call(`patch ${type.kind} ${this.namespace}/${name}`, options, (c) => this.#api.patchNamespacedCustomObject({ ...this.#where(type), name, body }, _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .setHeaderOptions */ .OkF("Content-Type", _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .PatchStrategy */ .Qve.MergePatch, c)));
            return viewOf(name, o);
        }
        catch (error) {
            if (error instanceof _client_js__WEBPACK_IMPORTED_MODULE_1__.ConflictError)
                return "conflict";
            throw error;
        }
    }
    /**
     * Any object of another kind, for checks before a write: a parent Gateway, its GatewayClass
     * (cluster-scoped: namespace null), a DestinationRule. Undefined when the API server has none (404).
     */
    async find(type, name, namespace = this.namespace, options = {}) {
        const where = namespace === null ? `${type.kind} ${name}` : `${type.kind} ${namespace}/${name}`;
        try {
            return await this.#client.call(`get ${where}`, options, (c) => namespace === null
                ? this.#api.getClusterCustomObject({ group: type.group, version: type.version, plural: type.plural, name }, c)
                : this.#api.getNamespacedCustomObject({ ...this.#where(type), namespace, name }, c));
        }
        catch (error) {
            if (error instanceof _client_js__WEBPACK_IMPORTED_MODULE_1__.KubeCallError && error.status === 404)
                return undefined;
            throw error;
        }
    }
    /** Every object of a kind in the route's namespace: the DestinationRules whose host a route names. */
    async list(type, options = {}) {
        const list = (await this.#client.call(`list ${type.kind} in ${this.namespace}`, options, (c) => this.#api.listNamespacedCustomObject(this.#where(type), c)));
        return list.items ?? [];
    }
    #where(type) {
        return { group: type.group, version: type.version, namespace: this.namespace, plural: type.plural };
    }
}


/***/ })

};
