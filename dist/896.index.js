export const id = 896;
export const ids = [896];
export const modules = {

/***/ 1273:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ otherColor),
/* harmony export */   l: () => (/* binding */ COLORS)
/* harmony export */ });
const COLORS = ["blue", "green"];
function otherColor(color) {
    return color === "blue" ? "green" : "blue";
}


/***/ }),

/***/ 978:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   Et: () => (/* binding */ setCommonOutputs),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   XJ: () => (/* binding */ logSnapshot),
/* harmony export */   az: () => (/* binding */ routeTable),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   uG: () => (/* binding */ leadingColor)
/* harmony export */ });
/* unused harmony exports percent, colorRows, colorTable, SUMMARY_LIMIT, fitSummary */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6257);
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1273);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8229);
/* harmony import */ var _router_routes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1054);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6437);






/** The color that holds the traffic; while shifting, the one with the larger share. */
function leadingColor(state) {
    if (state.active)
        return state.active;
    const weights = state.production ?? state.routes[0].weights;
    return weights.green > weights.blue ? "green" : "blue";
}
function percent(weights, color) {
    const total = weights.blue + weights.green;
    return total === 0 ? 0 : Math.round((weights[color] / total) * 100);
}
/** The outputs DESIGN.md promises from every step: how jobs hand the colors to each other. */
function setCommonOutputs(snapshot) {
    const active = leadingColor(snapshot.state);
    const standby = (0,_color_js__WEBPACK_IMPORTED_MODULE_5__/* .otherColor */ .I)(active);
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("active-color", active);
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("standby-color", standby);
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("active-target-group-arn", snapshot.config.targetGroups[active]);
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("standby-target-group-arn", snapshot.config.targetGroups[standby]);
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("active-version", (0,_tags_js__WEBPACK_IMPORTED_MODULE_4__/* .versionOf */ .E4)(snapshot.tags[active]));
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("standby-version", (0,_tags_js__WEBPACK_IMPORTED_MODULE_4__/* .versionOf */ .E4)(snapshot.tags[standby]));
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("shifting", snapshot.state.active ? "false" : "true");
}
function role(state, color) {
    if (!state.production)
        return "routes disagree";
    if (!state.active)
        return "shifting";
    return state.active === color ? "active" : "standby";
}
function healthCell(verdict) {
    if (!verdict)
        return "not read";
    return `${verdict.healthy}/${verdict.serving.length} healthy`;
}
function colorRows(snapshot) {
    const { state, tags } = snapshot;
    const weights = state.production ?? state.routes[0].weights;
    return _color_js__WEBPACK_IMPORTED_MODULE_5__/* .COLORS */ .l.map((color) => [
        color,
        role(state, color),
        `${percent(weights, color)}%`,
        (0,_tags_js__WEBPACK_IMPORTED_MODULE_4__/* .versionOf */ .E4)(tags[color]) || "—",
        tags[color][_tags_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG */ .Dk.liveSince] ?? "—",
        tags[color][_tags_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG */ .Dk.retiredAt] ?? "—",
        healthCell(snapshot.health?.[color]),
    ]);
}
function logSnapshot(snapshot) {
    for (const route of snapshot.state.routes) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`  ${(0,_router_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(route.ref).padEnd(40)} ${(0,_router_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(route.weights)}`);
    }
    for (const [color, ...rest] of colorRows(snapshot)) {
        const [roleText, share, version, liveSince, retiredAt, health] = rest;
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`  ${color?.padEnd(6)} ${roleText?.padEnd(8)} ${share?.padStart(4)}  version ${version}  live-since ${liveSince}  retired-at ${retiredAt}  ${health}`);
    }
}
const COLOR_HEADER = ["Color", "Role", "Traffic", "Version", "Live since", "Retired at", "Targets"];
function table(header, rows) {
    const line = (cells) => `| ${cells.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`;
    return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
function colorTable(snapshot) {
    return table(COLOR_HEADER, colorRows(snapshot));
}
function routeTable(rows) {
    return table(["Route", "Before", "After"], rows.map((r) => [r.route, r.before, r.after]));
}
/**
 * Appends to the job summary: every step's block starts the same way (colors, versions, weights,
 * the step's time), then says what that step did. Off Actions (no GITHUB_STEP_SUMMARY) it is skipped.
 */
async function writeSummary(title, snapshot, sections) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    const routes = snapshot.state.routes.map((r) => `\`${(0,_router_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(r.ref)}\` ${(0,_router_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(r.weights)}`).join(" · ");
    const header = [colorTable(snapshot), `Routes: ${routes}`, `Step time: ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(performance.now())}`];
    const block = `### ${title}\n\n${[...header, ...sections.filter(Boolean)].join("\n\n")}\n`;
    const used = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size : 0;
    await _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .summary */ .z.addRaw(fitSummary(block, SUMMARY_LIMIT - used), true).write();
}
/** GitHub refuses a step's summary over 1 MiB ("Job summaries": each step is limited to 1 MiB). */
const SUMMARY_LIMIT = 1024 * 1024;
const CUT_NOTE_ROOM = 300;
/** The block as it fits in `room` bytes: whole lines up to a point, then a note that it was cut. */
function fitSummary(block, room) {
    const size = Buffer.byteLength(block);
    if (size <= room)
        return block;
    const kept = Buffer.from(block)
        .subarray(0, Math.max(0, room - CUT_NOTE_ROOM))
        .toString("utf8");
    const cut = kept.slice(0, Math.max(0, kept.lastIndexOf("\n")));
    return `${cut}\n\n> **Cut here**: this summary would be ${Math.round(size / 1024)} KiB, over GitHub's 1 MiB limit for a step's summary. The step's log has every line.\n`;
}
/** A value shown in a line or a cell, cut to `max` characters. */
function clip(text, max = 200) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}


/***/ }),

/***/ 2102:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ readRouterConfig)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8229);

/** Reads and cross-checks the inputs that every step shares: the routes and the two colors. */
function readRouterConfig() {
    const listener = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readArn */ .MD)("listener-arn", "listener");
    const rules = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readArnList */ ._m)("rule-arns", "listener-rule");
    const testListener = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readArn */ .MD)("test-listener-arn", "listener");
    const testRules = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readArnList */ ._m)("test-rule-arns", "listener-rule");
    const blue = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRequiredArn */ .fO)("blue-target-group-arn", "targetgroup");
    const green = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRequiredArn */ .fO)("green-target-group-arn", "targetgroup");
    const regionInput = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRegion */ .XP)("aws-region");
    const verifyTimeoutMs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readDuration */ .$7)("verify-timeout", "60s", 15 * 60_000);
    const maxAttempts = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readInteger */ .JI)("max-attempts", 5, { min: 1, max: 20 });
    if (!listener && rules.length === 0) {
        throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)("listener-arn", "is required when rule-arns is empty: name the production listener, its rules, or both", "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/my-alb/50dc6c495c0c9188/f2f7dc8efc522ab2");
    }
    if (blue.value === green.value) {
        throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)("green-target-group-arn", "must differ from blue-target-group-arn", "the ARN of a second target group");
    }
    const routes = [
        ...(listener ? [route("listener", "production", listener, "listener-arn")] : []),
        ...rules.map((arn) => route("rule", "production", arn, "rule-arns")),
        ...(testListener ? [route("listener", "test", testListener, "test-listener-arn")] : []),
        ...testRules.map((arn) => route("rule", "test", arn, "test-rule-arns")),
    ];
    checkNoRouteTwice(routes);
    const region = resolveRegion(regionInput, [blue, green, listener, testListener, ...rules, ...testRules]);
    return { region, targetGroups: { blue: blue.value, green: green.value }, routes, verifyTimeoutMs, maxAttempts };
}
function route(kind, role, arn, input) {
    return { kind, role, arn: arn.value, input };
}
function checkNoRouteTwice(routes) {
    const seen = new Map();
    for (const r of routes) {
        const earlier = seen.get(r.arn);
        if (earlier) {
            throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(r.input, `names ${r.arn}, which ${earlier.input} names already`, "a route listed once only");
        }
        seen.set(r.arn, r);
    }
}
/** The ARNs carry their region; the input and the environment must agree with them. */
function resolveRegion(input, arns) {
    const known = arns.filter((arn) => arn !== undefined);
    const [first] = known;
    for (const arn of known) {
        if (arn.region !== first.region || arn.account !== first.account) {
            throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)("blue-target-group-arn", `and the routes must be in one account and region: ${first.value} is in ${first.account}/${first.region}, ${arn.value} is in ${arn.account}/${arn.region}`, "ARNs from the same load balancer's account and region");
        }
    }
    if (input && input !== first.region) {
        throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)("aws-region", `is ${input}, but the ARNs are in ${first.region}`, first.region);
    }
    return first.region;
}


/***/ }),

/***/ 4797:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ix: () => (/* binding */ Router),
/* harmony export */   Ms: () => (/* binding */ RouterChangedError),
/* harmony export */   oK: () => (/* binding */ describeRoutes),
/* harmony export */   t2: () => (/* binding */ RouteWriteError),
/* harmony export */   y: () => (/* binding */ productionRoutes)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2027);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8229);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1889);
/* harmony import */ var _routes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1054);





/** Some route writes failed or never showed; `written` are the ones ELBv2 accepted. */
class RouteWriteError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB {
    name = "RouteWriteError";
    written;
    constructor(message, written) {
        super(message);
        this.written = written;
    }
}
/** Someone else wrote the routes while this run was moving them: stop, and do not fight them. */
class RouterChangedError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB {
    name = "RouterChangedError";
}
const POLL_MS = 1_000;
const PROGRESS_MS = 5_000;
function productionRoutes(state) {
    return state.routes.filter((r) => r.ref.role === "production");
}
function describeRoutes(routes) {
    return routes.map((r) => `${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(r.ref)}: ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(r.weights)}`).join("; ");
}
/** Reads and writes the weights of every configured route as one unit. */
class Router {
    #lb;
    #config;
    constructor(lb, config) {
        this.#lb = lb;
        this.#config = config;
    }
    async read() {
        const actions = await this.#readActions(this.#config.routes);
        const routes = this.#config.routes.map((ref) => {
            const list = actions.get(ref.arn) ?? [];
            return { ref, actions: list, weights: (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .readWeights */ .oQ)(ref, list, this.#config.targetGroups) };
        });
        const production = routes.filter((r) => r.ref.role === "production");
        const first = production[0].weights;
        const agreed = production.every((r) => (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .sameSplit */ .xY)(r.weights, first));
        return { routes, production: agreed ? first : undefined, active: agreed ? (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .soleColor */ .Nl)(first) : undefined };
    }
    /** The changes that put production routes on `production` and test routes on `test`. */
    plan(state, production, test) {
        return state.routes
            .map((before) => ({ ref: before.ref, before, after: before.ref.role === "production" ? production : test }))
            .filter((change) => !(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .sameWeights */ .ML)(change.before.weights, change.after));
    }
    /**
     * Writes every change in parallel, then reads back until ELBv2 shows them all. On any failure it
     * throws a RouteWriteError naming the routes it did write, so the caller can put them back.
     */
    async apply(changes, options = {}) {
        if (changes.length === 0)
            return;
        for (const change of changes) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${writeName(change.ref)} ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(change.ref)}: ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(change.before.weights)} → ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(change.after)}`);
        }
        const results = await Promise.allSettled(changes.map((c) => this.#write(c.ref, (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .withWeights */ .cY)(c.before.actions, this.#config.targetGroups, c.after, options))));
        const failures = results.flatMap((r, i) => r.status === "rejected" ? [`${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(changes[i].ref)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(r.reason)}`] : []);
        if (failures.length > 0) {
            const written = changes.filter((_, i) => results[i]?.status === "fulfilled");
            throw new RouteWriteError(`Writing the new weights failed on ${failures.join("; ")}`, written);
        }
        const lagging = await this.#waitUntilShown(changes);
        if (lagging.length > 0) {
            const names = lagging.map((c) => (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(c.ref)).join(", ");
            const timeout = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(this.#config.verifyTimeoutMs);
            throw new RouteWriteError(`ELBv2 still did not show the new weights on ${names} after ${timeout} (verify-timeout)`, changes);
        }
    }
    /** Writes each route back as it was read at the start, then says exactly where every route stands. */
    async putBack(baseline, what) {
        const results = await Promise.allSettled(baseline.map((r) => this.#write(r.ref, (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .writable */ .T5)(r.actions))));
        const stuck = baseline.filter((_, i) => results[i]?.status === "rejected");
        for (const [i, route] of baseline.entries()) {
            const result = results[i];
            if (result?.status === "fulfilled")
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Put back ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(route.ref)}: ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(route.weights)}`);
            else
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`Could not put back ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(route.ref)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(result?.reason)}`);
        }
        const now = await this.read().then((state) => `Routes now: ${describeRoutes(state.routes)}.`, (error) => `The routes could not be read back (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}); check them in the console.`);
        if (stuck.length === 0) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB(`${what}. Every route was put back as it was before this run. ${now}`);
        }
        const fix = stuck.map((r) => `${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(r.ref)} to ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(r.weights)}`).join("; ");
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB(`${what}. Putting the routes back failed too, so the router is split. ${now} To fix it, run rollback with force: true and the intended color in to, or set by hand: ${fix}.`);
    }
    async #readActions(refs) {
        const listeners = refs.filter((r) => r.kind === "listener").map((r) => r.arn);
        const rules = refs.filter((r) => r.kind === "rule").map((r) => r.arn);
        const [a, b] = await Promise.all([
            listeners.length ? this.#lb.describeListenerActions(listeners) : new Map(),
            rules.length ? this.#lb.describeRuleActions(rules) : new Map(),
        ]);
        return new Map([...a, ...b]);
    }
    #write(ref, actions) {
        return ref.kind === "listener"
            ? this.#lb.modifyListenerActions(ref.arn, actions)
            : this.#lb.modifyRuleActions(ref.arn, actions);
    }
    /** ELBv2 is eventually consistent: a write it accepted may not show in the next describe. */
    async #waitUntilShown(changes) {
        const deadline = Date.now() + this.#config.verifyTimeoutMs;
        let nextProgress = Date.now() + PROGRESS_MS;
        let lagging = changes;
        for (;;) {
            const actions = await this.#readActions(lagging.map((c) => c.ref));
            const shown = new Map(lagging.map((c) => [c, (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .readWeights */ .oQ)(c.ref, actions.get(c.ref.arn) ?? [], this.#config.targetGroups)]));
            // Eventual consistency shows the old weights or the new ones; anything else is another writer.
            const foreign = lagging.find((c) => !(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .sameWeights */ .ML)(shown.get(c), c.after) && !(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .sameWeights */ .ML)(shown.get(c), c.before.weights));
            if (foreign) {
                throw new RouterChangedError(`The router changed under this run: ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(foreign.ref)} shows ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(shown.get(foreign))}, neither ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(foreign.before.weights)} nor the ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(foreign.after)} just written. Another run or a person is moving it; this run stops without writing more.`);
            }
            lagging = lagging.filter((c) => !(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .sameWeights */ .ML)(shown.get(c), c.after));
            if (lagging.length === 0) {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Read back: all ${changes.length} route(s) show the new weights.`);
                return [];
            }
            if (Date.now() >= deadline)
                return lagging;
            if (Date.now() >= nextProgress) {
                const left = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(deadline - Date.now());
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Waiting for ELBv2 to show the new weights on ${lagging.map((c) => (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(c.ref)).join(", ")}; ${left} left.`);
                nextProgress += PROGRESS_MS;
            }
            await (0,_time_js__WEBPACK_IMPORTED_MODULE_4__/* .sleep */ .yy)(Math.min(POLL_MS, Math.max(0, deadline - Date.now())));
        }
    }
}
function writeName(ref) {
    return ref.kind === "listener" ? "ModifyListener" : "ModifyRule";
}


/***/ }),

/***/ 1054:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ML: () => (/* binding */ sameWeights),
/* harmony export */   Nl: () => (/* binding */ soleColor),
/* harmony export */   PT: () => (/* binding */ allOn),
/* harmony export */   T5: () => (/* binding */ writable),
/* harmony export */   V7: () => (/* binding */ formatWeights),
/* harmony export */   cY: () => (/* binding */ withWeights),
/* harmony export */   oQ: () => (/* binding */ readWeights),
/* harmony export */   xG: () => (/* binding */ routeName),
/* harmony export */   xY: () => (/* binding */ sameSplit)
/* harmony export */ });
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1273);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8229);


/** `listener/app/my-alb/…/…`: the part of the ARN an operator recognises. */
function routeName(ref) {
    const resource = ref.arn.split(":").slice(5).join(":");
    return `${ref.role === "test" ? "test " : ""}${resource || ref.arn}`;
}
function formatWeights(weights) {
    return `blue ${weights.blue} / green ${weights.green}`;
}
function sameWeights(a, b) {
    return a.blue === b.blue && a.green === b.green;
}
/** Two routes agree when they split traffic in the same proportion, whatever their scale. */
function sameSplit(a, b) {
    return a.blue * b.green === a.green * b.blue;
}
/** The color holding all the weight, or undefined while both hold some. */
function soleColor(weights) {
    if (weights.blue > 0 && weights.green === 0)
        return "blue";
    if (weights.green > 0 && weights.blue === 0)
        return "green";
    return undefined;
}
function allOn(color) {
    return color === "blue" ? { blue: 100, green: 0 } : { blue: 0, green: 100 };
}
/**
 * Reads how a route's forward action splits traffic between the two colors. A forward that names
 * only one of them (the `TargetGroupArn` shorthand, say) gives the other weight 0. Anything else in
 * the forward is a layout cutover does not own, and is refused rather than overwritten.
 */
function readWeights(ref, actions, targetGroups) {
    const forwards = actions.filter((a) => a.Type === "forward");
    const where = `${routeName(ref)} (from ${ref.input})`;
    if (forwards.length !== 1) {
        const types = actions.map((a) => a.Type).join(", ") || "none";
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where} must have exactly one forward action to the blue and green target groups; its actions are: ${types}.`);
    }
    const forward = forwards[0];
    const groups = forward.ForwardConfig?.TargetGroups?.length
        ? forward.ForwardConfig.TargetGroups.map((g) => ({ arn: g.TargetGroupArn ?? "", weight: g.Weight ?? 1 }))
        : [{ arn: forward.TargetGroupArn ?? "", weight: 1 }];
    const weights = { blue: 0, green: 0 };
    for (const group of groups) {
        const color = _color_js__WEBPACK_IMPORTED_MODULE_1__/* .COLORS */ .l.find((c) => targetGroups[c] === group.arn);
        if (!color) {
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where} forwards to ${group.arn || "no target group"}, which is neither blue-target-group-arn nor green-target-group-arn. cutover only moves routes that forward to exactly these two target groups.`);
        }
        weights[color] = group.weight;
    }
    if (weights.blue + weights.green === 0) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where} gives weight 0 to both colors, so it sends no traffic to either.`);
    }
    return weights;
}
/**
 * The route's whole action list with new weights. ModifyListener and ModifyRule replace the list,
 * so every other action (authentication, its Order) goes back as it was read.
 */
function withWeights(actions, targetGroups, weights, options = {}) {
    return writable(actions.map((action) => {
        if (action.Type !== "forward")
            return action;
        // The shorthand ARN must go: next to a two-group ForwardConfig, ELBv2 refuses it.
        const { TargetGroupArn: _shorthand, ...rest } = action;
        // A sticky cookie keeps naming its group while that group is in the forward, even at weight
        // 0; only leaving the group out releases those clients.
        const release = options.releaseSticky && action.ForwardConfig?.TargetGroupStickinessConfig?.Enabled;
        const colors = release ? _color_js__WEBPACK_IMPORTED_MODULE_1__/* .COLORS */ .l.filter((c) => weights[c] > 0) : _color_js__WEBPACK_IMPORTED_MODULE_1__/* .COLORS */ .l;
        return {
            ...rest,
            ForwardConfig: {
                ...action.ForwardConfig,
                // Explicit weights always: a missing weight would count as 1, not 0.
                TargetGroups: colors.map((color) => ({ TargetGroupArn: targetGroups[color], Weight: weights[color] })),
            },
        };
    }));
}
/**
 * Describe calls never return an OIDC client secret; writing the action back without one fails
 * unless ELBv2 is told to keep the secret it has.
 */
function writable(actions) {
    return actions.map((action) => {
        if (action.Type !== "authenticate-oidc" || !action.AuthenticateOidcConfig)
            return action;
        const { ClientSecret: _secret, ...config } = action.AuthenticateOidcConfig;
        return { ...action, AuthenticateOidcConfig: { ...config, UseExistingClientSecret: true } };
    });
}


/***/ }),

/***/ 4380:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RA: () => (/* binding */ readSnapshot),
/* harmony export */   RK: () => (/* binding */ readColorTags),
/* harmony export */   w8: () => (/* binding */ settledColors)
/* harmony export */ });
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1273);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2027);
/* harmony import */ var _router_router_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4797);



async function readColorTags(lb, config) {
    const tags = await lb.describeTags(_color_js__WEBPACK_IMPORTED_MODULE_2__/* .COLORS */ .l.map((c) => config.targetGroups[c]));
    return { blue: tags.get(config.targetGroups.blue) ?? {}, green: tags.get(config.targetGroups.green) ?? {} };
}
/** The routes and both colors' tags, read in parallel: what every step starts from. */
async function readSnapshot(lb, config) {
    const [state, tags] = await Promise.all([new _router_router_js__WEBPACK_IMPORTED_MODULE_1__/* .Router */ .Ix(lb, config).read(), readColorTags(lb, config)]);
    return { config, state, tags };
}
/** The colors of a settled router; deploying next to a shift in progress is refused. */
function settledColors(snapshot, step) {
    const { state } = snapshot;
    if (!state.active) {
        const why = state.production ? "the router is shifting between both colors" : "the production routes disagree";
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB(`${step} needs a settled router, but ${why} (${(0,_router_router_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRoutes */ .oK)((0,_router_router_js__WEBPACK_IMPORTED_MODULE_1__/* .productionRoutes */ .y)(state))}). Finish or roll back that switch first.`);
    }
    return { active: state.active, standby: (0,_color_js__WEBPACK_IMPORTED_MODULE_2__/* .otherColor */ .I)(state.active) };
}


/***/ }),

/***/ 6437:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ TAG),
/* harmony export */   E4: () => (/* binding */ versionOf),
/* harmony export */   EZ: () => (/* binding */ tagValue),
/* harmony export */   GC: () => (/* binding */ stampColors),
/* harmony export */   eZ: () => (/* binding */ runTag)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1273);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2027);



const TAG = {
    color: "cutover:color",
    version: "cutover:version",
    deployedAt: "cutover:deployed-at",
    liveSince: "cutover:live-since",
    retiredAt: "cutover:retired-at",
    tornDownAt: "cutover:torn-down-at",
    run: "cutover:run",
    rollbackReason: "cutover:rollback-reason",
};
const MAX_VALUE = 256;
/** AWS tag values allow letters, digits, spaces and `_ . : / = + - @`; anything else becomes `_`. */
function tagValue(text) {
    return text.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, "_").slice(0, MAX_VALUE);
}
/** The run that made a change, as `owner/repo/actions/runs/ID/attempts/N`, or `local` off Actions. */
function runTag(env = process.env) {
    const { GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id, GITHUB_RUN_ATTEMPT: attempt } = env;
    if (!repo || !id)
        return "local";
    return tagValue(`${repo}/actions/runs/${id}/attempts/${attempt ?? "1"}`);
}
function versionOf(tags) {
    return tags?.[TAG.version] ?? "";
}
/**
 * Stamps the colors once traffic has moved: live-since on the new one, retired-at (and the reason,
 * for a rollback) on the old one. Traffic is already where it should be, so a tag that fails to
 * write is a warning: teardown skips a color it cannot date rather than guess.
 */
async function stampColors(lb, config, tags, target, reason, 
/** When traffic moved: live-since and retired-at say that, not when the tags were written. */
now) {
    const run = runTag();
    const previous = (0,_color_js__WEBPACK_IMPORTED_MODULE_2__/* .otherColor */ .I)(target);
    const why = reason ? { [TAG.rollbackReason]: tagValue(reason) } : {};
    const edits = [
        {
            color: target,
            add: { [TAG.liveSince]: now, [TAG.run]: run },
            remove: [TAG.retiredAt, TAG.tornDownAt].filter((k) => k in tags[target]),
        },
        { color: previous, add: { [TAG.retiredAt]: now, [TAG.run]: run, ...why }, remove: [] },
    ];
    const result = { blue: { ...tags.blue }, green: { ...tags.green } };
    await Promise.all(edits.map(async ({ color, add, remove }) => {
        const arn = config.targetGroups[color];
        try {
            await lb.addTags(arn, add);
            if (remove.length)
                await lb.removeTags(arn, remove);
        }
        catch (error) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Traffic moved, but tagging ${color} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`);
            return;
        }
        for (const [key, value] of Object.entries(add))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Tag ${color} ${key}: ${result[color][key] ?? "(none)"} → ${value}`);
        for (const key of remove)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Tag ${color} ${key}: ${result[color][key]} → (removed)`);
        for (const key of remove)
            delete result[color][key];
        Object.assign(result[color], add);
    }));
    return result;
}


/***/ }),

/***/ 1889:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Si: () => (/* binding */ every),
/* harmony export */   nE: () => (/* binding */ isoSeconds),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/** Waits `ms`, or less when `signal` aborts first. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener("abort", done);
            resolve();
        }
        signal?.addEventListener("abort", done, { once: true });
    });
}
/** ISO-8601 UTC to the second: within the AWS tag charset, and what humans read in the console. */
function isoSeconds(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
/**
 * Calls `tick` every `ms` until the returned stop is called: a progress line that keeps its pace
 * whatever the loop it reports on is waiting for.
 */
function every(ms, tick) {
    const timer = setInterval(tick, ms);
    return () => clearInterval(timer);
}


/***/ })

};
