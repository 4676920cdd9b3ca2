export const id = 357;
export const ids = [357];
export const modules = {

/***/ 60357:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exampleOf: () => (/* binding */ exampleOf),
/* harmony export */   parseAll: () => (/* binding */ parseAll),
/* harmony export */   parseEnvironmentFile: () => (/* binding */ parseEnvironmentFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _core_durations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15427);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);
/* harmony import */ var _core_shapes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55862);
/* harmony import */ var _routers_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35851);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55853);
// The environment file's parser: every environment checked as a whole, each problem reported with
// its key path and an example. Loaded (with the YAML parser) only by a step that has a file to read.






const MAX_BYTES = 256 * 1024;
/** YAML alias expansions a file may use: enough for anchors shared between environments. */
const MAX_ALIASES = 100;
class FileError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1 {
    constructor(file, at, problem, example) {
        super(`${file}: ${at} ${problem}. Example: ${example}`);
    }
}
/** Checks every environment in the file; returns the named one's settings as input values. */
function parseEnvironmentFile(text, file, environment) {
    const all = parseAll(text, file);
    const settings = all.get(environment);
    if (!settings) {
        const known = [...all.keys()].join(", ") || "none";
        throw new FileError(file, environment, `is not an environment in the file (it has: ${known})`, `${environment}: { router: alb, ... }`);
    }
    return settings;
}
/** Every environment's settings; throws on the first problem, with its key path. */
function parseAll(text, file) {
    if (Buffer.byteLength(text) > MAX_BYTES) {
        throw new FileError(file, "the file", `is larger than ${MAX_BYTES / 1024} KiB`, "one entry per environment");
    }
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { merge: true, uniqueKeys: true, prettyErrors: false, lineCounter: lines });
    const [error] = doc.errors;
    if (error) {
        const { line, col } = lines.linePos(error.pos[0]);
        const at = `line ${line}, column ${col}:`;
        throw new FileError(file, at, `is not valid YAML: ${error.message.split("\n")[0]}`, "production: { router: alb }");
    }
    const top = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(top)) {
        throw new FileError(file, "the top level", "must map each environment's name to its settings", "production: { router: alb }");
    }
    const environments = toPlain(doc, file);
    const all = new Map();
    for (const [name, entry] of Object.entries(environments))
        all.set(name, checkEnvironment(file, name, entry));
    return all;
}
/**
 * The document as plain values. The parser refuses a document whose aliases expand past the limit
 * (an "alias bomb": a few lines that grow to gigabytes); that is a file error, not a crash.
 */
function toPlain(doc, file) {
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (error) {
        if (!(error instanceof ReferenceError))
            throw error;
        throw new FileError(file, "the file", `expands its YAML aliases (*name) more than ${MAX_ALIASES} times, which cutover refuses: write the settings out`, "production: { router: alb, ... }");
    }
}
/** A setting's shape by its name: only the table's own names, never an object's built-ins (toString, __proto__). */
function shapeOf(table, key) {
    return Object.hasOwn(table, key) ? table[key] : undefined;
}
function checkEnvironment(file, name, entry) {
    if (!isPlainObject(entry)) {
        throw new FileError(file, name, `must be a mapping of settings, got ${describe(entry)}`, `${name}: { router: alb, ... }`);
    }
    const settings = new Map();
    for (const [key, value] of Object.entries(entry)) {
        const at = `${name}.${key}`;
        if (key === "routers") {
            settings.routers = checkRouters(file, at, value);
            continue;
        }
        const shape = shapeOf(_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .SETTINGS */ .yy, key);
        if (!shape)
            throw unknownSetting(file, at, key);
        settings.set(key, checkValue(file, at, key, shape, value));
    }
    if (settings.routers) {
        const alongside = [...settings.keys()].find((key) => shapeOf(_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .ROUTER_SETTINGS */ .U5, key));
        if (alongside) {
            throw new FileError(file, `${name}.${alongside}`, "is a router's setting, which goes in each entry of routers: when the environment has several", `routers: [{ router: alb, ${alongside}: ... }]`);
        }
        return settings;
    }
    if (!settings.has("router")) {
        throw new FileError(file, `${name}.router`, "is required: it names the router kind", "router: alb");
    }
    return settings;
}
/** Several routers that move as one: a list of entries, each one router's settings. */
function checkRouters(file, at, value) {
    const example = "routers: [{ router: alb, ... }, { router: nginx, ... }]";
    if (!Array.isArray(value) || value.length < 2) {
        throw new FileError(file, at, `must be a list of two or more routers, got ${describe(value)}`, example);
    }
    const routers = value.map((entry, i) => {
        const here = `${at}[${i}]`;
        if (!isPlainObject(entry))
            throw new FileError(file, here, `must be one router's settings, got ${describe(entry)}`, example);
        const router = new Map();
        for (const [key, setting] of Object.entries(entry)) {
            const shape = shapeOf(_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .ROUTER_SETTINGS */ .U5, key);
            if (!shape) {
                const problem = shapeOf(_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .SETTINGS */ .yy, key)
                    ? "is not a router's setting: give it beside routers:"
                    : "is not a router's setting";
                throw new FileError(file, `${here}.${key}`, problem, `${here.split(".").pop()}: { router: alb, ... }`);
            }
            router.set(key, checkValue(file, `${here}.${key}`, key, shape, setting));
        }
        if (!router.has("router"))
            throw new FileError(file, `${here}.router`, "is required: it names the router kind", "router: alb");
        return router;
    });
    refuseSharedArns(file, at, routers);
    return routers;
}
/**
 * The same router listed twice would be written twice and counted twice; each one is listed once.
 * Each kind declares the inputs whose values only one router owns (src/routers/port.ts, identityInputs).
 */
function refuseSharedArns(file, at, routers) {
    const seen = new Map();
    for (const [i, router] of routers.entries()) {
        const kind = router.get("router") ?? "";
        for (const key of (0,_routers_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .identityInputs */ .g_)(kind)) {
            for (const value of (router.get(key) ?? "").split(/[\s,]+/).filter(Boolean)) {
                const first = seen.get(value);
                if (first) {
                    throw new FileError(file, `${at}[${i}].${key}`, `names ${value}, which ${first} names too: the same ${kind} router is listed twice. List each router once`, `routers: [{ router: ${kind}, ${key}: <first> }, { router: ${kind}, ${key}: <second> }]`);
                }
                seen.set(value, `routers[${i}].${key}`);
            }
        }
    }
}
function unknownSetting(file, at, key) {
    if (key === "headers" || key === "github-token") {
        const secret = ["$", "{{ secrets.NAME }}"].join("");
        return new FileError(file, at, "is a secret, which a committed file must not hold: give it as the step's input", `${key}: ${secret}`);
    }
    if (_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .PER_RUN_INPUTS */ .cy.includes(key)) {
        return new FileError(file, at, "belongs to one run, not to the environment: give it as the step's input", `with: { ${key}: ... }`);
    }
    const near = Object.keys(_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .SETTINGS */ .yy).find((known) => distance(known, key) <= 2);
    const hint = near ? ` (did you mean ${near}?)` : "";
    const example = near ?? "verify-timeout";
    return new FileError(file, at, `is not a setting${hint}`, `${example}: ${exampleOf(_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .SETTINGS */ .yy[example])}`);
}
/** The value as the step would have received it as an input; throws when its type is wrong. */
function checkValue(file, at, key, shape, value) {
    const wrong = (what) => new FileError(file, at, `must be ${what}, got ${describe(value)}`, `${key}: ${exampleOf(shape)}`);
    switch (shape.type) {
        case "string":
            if (typeof value !== "string" || (shape.pattern && !shape.pattern.test(value)))
                throw wrong(`a string like ${shape.example}`);
            return value;
        case "integer":
            if (!Number.isInteger(value))
                throw wrong("a whole number");
            return String(value);
        case "boolean":
            if (typeof value !== "boolean")
                throw wrong("true or false");
            return String(value);
        case "duration":
            if (typeof value !== "string" || !_core_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .DURATION_PATTERN */ .Cq.test(value))
                throw wrong("a duration such as 90s, 5m or 24h");
            return value;
        case "percent":
            if (typeof value === "number" && value >= 0 && value <= 1)
                return String(value);
            if (typeof value !== "string" || !_core_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .PERCENT_PATTERN */ .FT.test(value))
                throw wrong("a percentage such as 1% or a fraction such as 0.01");
            return value;
        case "choice":
            if (typeof value !== "string" || !shape.choices.includes(value))
                throw wrong(`one of ${shape.choices.join(", ")}`);
            return value;
        case "list":
            return checkList(shape, value, wrong);
        case "checks":
            if (typeof value === "string")
                return value;
            if (!Array.isArray(value) || !value.every(isPlainObject))
                throw wrong("a list of checks, or the path of a checks file");
            return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)({ checks: value });
    }
}
/** A list: one string (comma- or newline-separated, as an input), or a YAML list of its items. */
function checkList(shape, value, wrong) {
    if (shape.item === "integer") {
        if (typeof value === "string")
            return value;
        if (!Array.isArray(value) || !value.every(Number.isInteger))
            throw wrong("a list of whole numbers");
        return value.join("\n");
    }
    const items = Array.isArray(value) ? value : [value];
    if (!items.every((item) => typeof item === "string" && (!shape.pattern || shape.pattern.test(item)))) {
        throw wrong(shape.pattern ? `a list of strings like ${shape.example[0]}` : "a list of strings");
    }
    return items.join("\n");
}
function exampleOf(shape) {
    switch (shape.type) {
        case "choice":
            return shape.choices[0];
        case "list":
            return `[${shape.example.join(", ")}]`;
        case "checks":
            return "[{ name: home, path: /, expect: { status: 200 } }]";
        default:
            return String(shape.example);
    }
}
function describe(value) {
    if (value === null || value === undefined)
        return "nothing";
    if (Array.isArray(value))
        return "a list";
    if (typeof value === "object")
        return "a mapping";
    const shown = JSON.stringify(value);
    return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}
function isPlainObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** Edit distance, for a hint at a misspelt setting; stops counting past 3. */
function distance(a, b) {
    if (Math.abs(a.length - b.length) > 2)
        return 3;
    let row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++) {
            next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        row = next;
    }
    return row[b.length];
}


/***/ })

};
