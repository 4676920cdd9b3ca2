// What an environment file may hold: every setting, by the name the one-step root action gives the
// input, with the shape its value must have. The routers' settings are the inputs the registry
// lists, so a new router's inputs are settings as soon as it is registered. The validator, the
// published JSON Schema and the tests all read this table, so that they cannot disagree.
import { boolean, choice, duration, integer, list, percent, type Shape, string, url } from "../core/shapes.ts";
import { routerInputs, routerKindNames } from "../routers/registry.ts";
import type { StepName } from "../step-names.ts";

/** The IAM role the workflows assume: no step's input but the environment step's. */
const ROLE = string("arn:aws:iam::123456789012:role/cutover-production", /^arn:aws[a-z-]*:iam::\d{12}:role\/\S+$/);

/** The steps' other settings, under the root action's names (unique across the steps). */
const STEPS: Record<string, Shape> = {
  "deploy-command": string("./deploy/ecs-update.sh"),
  "deploy-timeout": duration("30m"),
  "register-targets": list(["10.0.1.12:8080", "10.0.2.12:8080"]),
  "replace-targets": boolean(false),
  "min-healthy-targets": integer(1),
  "health-timeout": duration("10m"),
  drift: choice("warn", "fail", "off"),
  "smoke-target": choice("standby", "active", "both"),
  "standby-url": url("https://test.shop.example.com:8443"),
  "active-url": url("https://shop.example.com"),
  checks: { type: "checks" },
  "cdn-origins": list(["https://cdn.shop.example.com"]),
  "credential-origins": list(["https://cdn.shop.example.com"]),
  "smoke-report-path": string("reports/smoke.json"),
  "host-header": string("shop.example.com"),
  "insecure-tls": boolean(true),
  "request-timeout": duration("10s"),
  "smoke-retries": integer(0),
  "smoke-concurrency": integer(4),
  "warm-paths": list(["/", "/products"]),
  "warm-paths-file": string(".github/warm-paths.txt"),
  sitemap: url("https://shop.example.com/sitemap.xml"),
  "requests-per-path": integer(1),
  "warm-concurrency": integer(8),
  "warm-duration": duration("1m"),
  "warm-max-error-rate": percent("5%"),
  "warm-retries": integer(0),
  "require-healthy": boolean(true),
  strategy: choice("all-at-once", "linear", "steps"),
  "linear-percent": integer(10),
  steps: { type: "list", item: "integer", example: [10, 50, 100] },
  "step-interval": duration("2m"),
  "probe-url": url("https://shop.example.com/health"),
  "probe-interval": duration("250ms"),
  "max-p95-latency": duration("2s"),
  "max-error-rate": percent("1%"),
  "alarm-names": list(["shop-5xx-rate"]),
  cloudwatch: boolean(true),
  "sticky-sessions": choice("keep", "release"),
  "verify-url": url("https://shop.example.com/version"),
  "version-header": string("x-app-version"),
  "version-field": string("version"),
  "drain-timeout": duration("0s"),
  "metric-period": duration("60s"),
  "environment-url": url("https://shop.example.com"),
  "distribution-id": list(["E2QWRUHAPOMQZL"]),
  "purge-paths": list(["/", "/index.html"]),
  "purge-wait": boolean(true),
  "purge-timeout": duration("10m"),
  "cdn-verify-url": url("https://shop.example.com/version"),
  "soak-duration": duration("10m"),
  "soak-window": duration("30s"),
  "soak-probe-interval": duration("100ms"),
  "probe-timeout": duration("5s"),
  "cloudwatch-metrics": boolean(true),
  "poll-interval": duration("10s"),
  "metrics-url": url("https://shop.example.com/metrics.json"),
  "metrics-path": string("errorRate"),
  "min-samples": integer(10),
  "consecutive-breaches": integer(2),
  "max-error-rate-increase": percent("0.5%"),
  "require-traffic": boolean(true),
  "prometheus-url": url("http://prometheus.monitoring:9090"),
  "prometheus-error-query": string(
    '(sum(increase(http_requests_total{version="{{version}}",code=~"5.."}[{{window}}])) or vector(0)) / sum(increase(http_requests_total{version="{{version}}"}[{{window}}]))',
  ),
  "prometheus-requests-query": string('sum(increase(http_requests_total{version="{{version}}"}[{{window}}]))'),
  "prometheus-latency-query": string(
    'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{version="{{version}}"}[{{window}}])))',
  ),
  "prometheus-scrape-interval": duration("15s"),
  "prometheus-no-data": choice("fail", "warn"),
  "prometheus-no-data-after": duration("1m"),
  "on-breach": choice("rollback", "fail"),
  ttl: duration("24h"),
  "deregister-targets": boolean(true),
  "teardown-command": string("./deploy/scale-to-zero.sh"),
  "teardown-timeout": duration("30m"),
  "teardown-drain-timeout": duration("15m"),
  migrations: list(["db/migrations/*.sql"]),
  "lint-config": string(".squawk.toml"),
  "pg-version": string("15", /^\d{1,2}(\.\d{1,2})?$/),
  squawk: string("/usr/local/bin/squawk"),
  "migrate-command": string("npx prisma migrate deploy"),
  "migrate-rollback-command": string("./db/down.sh"),
  "contract-command": string("pgroll complete"),
  "lock-timeout": duration("5m"),
  "migrate-timeout": duration("30m"),
  "gate-soak-duration": duration("30s"),
  "gate-soak-path": string("/orders"),
  "gate-max-error-rate": percent("1%"),
};

/** The routers' settings, which an entry of `routers:` holds. */
export const ROUTER_SETTINGS: Record<string, Shape> = Object.fromEntries([
  ["router", choice(...routerKindNames())],
  ...routerInputs()
    .filter((input) => input.name !== "router")
    .map((input) => [input.name, input.shape ?? string(input.default ?? "")]),
]);

export const SETTINGS: Record<string, Shape> = {
  router: ROUTER_SETTINGS.router as Shape,
  role: ROLE,
  "read-role": ROLE,
  ...ROUTER_SETTINGS,
  ...STEPS,
};

/**
 * Inputs that belong to one run, never to an environment: what is released, where to, why, and
 * secrets (a token or a header belongs in the repository's secrets, not in a committed file).
 */
export const PER_RUN_INPUTS = [
  "environment",
  "environment-file",
  "version",
  "to",
  "expected-active-color",
  "expected-version",
  "reason",
  "force",
  "dry-run",
  "prepare",
  "deployment-id",
  "github-token",
  "headers",
  "prometheus-headers",
  "schema-version",
  "allow-contract",
  "database-url",
] as const;

const REQUEST = { timeout: "request-timeout" };
const PURGE = { paths: "purge-paths", wait: "purge-wait", timeout: "purge-timeout", "verify-url": "cdn-verify-url" };

/**
 * Step input → setting, where a step's input means something else in another step (`paths` of
 * warm-caches is `warm-paths`). The one-step root action reads its phases under these names too.
 */
export const SETTING_NAMES: Partial<Record<StepName, Record<string, string>>> = {
  "smoke-test": {
    ...REQUEST,
    target: "smoke-target",
    url: "standby-url",
    "report-path": "smoke-report-path",
    retries: "smoke-retries",
    concurrency: "smoke-concurrency",
  },
  "warm-caches": {
    ...REQUEST,
    url: "standby-url",
    paths: "warm-paths",
    "paths-file": "warm-paths-file",
    concurrency: "warm-concurrency",
    duration: "warm-duration",
    "max-error-rate": "warm-max-error-rate",
    retries: "warm-retries",
  },
  "purge-cdn": PURGE,
  "soak-monitor": { ...PURGE, duration: "soak-duration", window: "soak-window", "probe-interval": "soak-probe-interval" },
  rollback: PURGE,
  teardown: { "drain-timeout": "teardown-drain-timeout" },
  migrate: { ...REQUEST, retries: "smoke-retries", concurrency: "smoke-concurrency" },
};
