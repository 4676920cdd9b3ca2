// Malformed environment files, four per router kind: YAML errors, wrong types, unknown keys,
// mistakes in a routers: list. Each is a function of a valid router block (two-space indented
// settings of `production`), so that the same mistake is made in front of a sandbox (end to end)
// and of the documented example values (the schema's test). `at` is the key path the product's
// one error line names, as the file's YAML path reads.
export type RouterKind = "alb" | "nginx" | "kubernetes" | "gateway-api" | "istio";

export interface Malformed {
  kind: RouterKind;
  what: string;
  /** The key path (or the line and column, for a YAML error) that the error line names. */
  at: string | RegExp;
  /** The key path in the parsed document, as a JSON pointer; none for a file that is no YAML. */
  pointer?: string;
  file(router: string): string;
}

const production = (router: string, extra = "") => `production:\n${router}${extra}`;

export const MALFORMED: Malformed[] = [
  {
    kind: "alb",
    what: "an unknown key",
    at: "production.listener-arns",
    pointer: "/production/listener-arns",
    file: (r) => production(r, "  listener-arns: x\n"),
  },
  {
    kind: "alb",
    what: "a string for a number",
    at: "production.max-attempts",
    pointer: "/production/max-attempts",
    file: (r) => production(r, '  max-attempts: "5"\n'),
  },
  {
    kind: "alb",
    what: "a list that does not close",
    at: /^line \d+, column \d+: is not valid YAML/,
    file: (r) => production(r, "  warm-paths: [/, /products\n"),
  },
  {
    kind: "alb",
    what: "routers: with one entry",
    at: "production.routers",
    pointer: "/production/routers",
    file: (r) => `production:\n  routers:\n${r.replace(/^ {2}(\S)/, "    - $1").replace(/\n {2}(?=\S)/g, "\n      ")}`,
  },
  {
    kind: "nginx",
    what: "a number for a duration",
    at: "production.nginx-exec-timeout",
    pointer: "/production/nginx-exec-timeout",
    file: (r) => production(r, "  nginx-exec-timeout: 30\n"),
  },
  {
    kind: "nginx",
    what: "a string for a boolean",
    at: "production.nginx-allow-symlink",
    pointer: "/production/nginx-allow-symlink",
    file: (r) => production(r, '  nginx-allow-symlink: "yes"\n'),
  },
  {
    kind: "nginx",
    what: "a misspelt key",
    at: "production.nginx-upstreams",
    pointer: "/production/nginx-upstreams",
    file: (r) => production(r, "  nginx-upstreams: backend\n"),
  },
  {
    kind: "nginx",
    what: "a tab as indentation",
    at: /^line \d+, column \d+: is not valid YAML/,
    file: (r) => production(r, "\tnginx-upstream: backend\n"),
  },
  {
    kind: "kubernetes",
    what: "a misspelt key",
    at: "production.services",
    pointer: "/production/services",
    file: (r) => production(r, "  services: shop\n"),
  },
  {
    kind: "kubernetes",
    what: "a number for a percentage",
    at: "production.min-capacity-percent",
    pointer: "/production/min-capacity-percent",
    file: (r) => production(r, "  min-capacity-percent: 50\n"),
  },
  {
    kind: "kubernetes",
    what: "a list for a string",
    at: "production.color-label",
    pointer: "/production/color-label",
    file: (r) => production(r, "  color-label: [version]\n"),
  },
  {
    kind: "kubernetes",
    what: "a routers: entry that is a name, not settings",
    at: "production.routers[0]",
    pointer: "/production/routers/0",
    file: (r) =>
      `production:\n  routers:\n    - kubernetes\n${r.replace(/^ {2}(\S)/, "    - $1").replace(/\n {2}(?=\S)/g, "\n      ")}`,
  },
  {
    kind: "gateway-api",
    what: "a router kind that does not exist",
    at: "production.router",
    pointer: "/production/router",
    file: (r) => r.replace("router: gateway-api", "router: gateway").replace(/^/, "production:\n"),
  },
  {
    kind: "gateway-api",
    what: "a misspelt key",
    at: "production.http-route",
    pointer: "/production/http-route",
    file: (r) => production(r, "  http-route: shop\n"),
  },
  {
    kind: "gateway-api",
    what: "a mapping for a string",
    at: "production.httproute-rules",
    pointer: "/production/httproute-rules",
    file: (r) => production(r, "  httproute-rules: { 0: x }\n"),
  },
  {
    kind: "gateway-api",
    what: "a number for a duration",
    at: "production.settle-time",
    pointer: "/production/settle-time",
    file: (r) => production(r, "  settle-time: 5\n"),
  },
  {
    kind: "istio",
    what: "a list for a duration",
    at: "production.settle-time",
    pointer: "/production/settle-time",
    file: (r) => production(r, "  settle-time: [10s]\n"),
  },
  {
    kind: "istio",
    what: "a router's setting beside routers:",
    at: "production.virtualservice",
    pointer: "/production/virtualservice",
    file: (r) =>
      `production:\n  virtualservice: shop\n  routers:\n${[r, r].map((x) => x.replace(/^ {2}(\S)/, "    - $1").replace(/\n {2}(?=\S)/g, "\n      ")).join("")}`,
  },
  {
    kind: "istio",
    what: "a mapping for a string",
    at: "production.blue-host",
    pointer: "/production/blue-host",
    file: (r) => production(r, "  blue-host: { name: shop-blue }\n"),
  },
  // The whole file is checked, not only the environment a step works on.
  {
    kind: "istio",
    what: "another environment's mistake",
    at: "staging.virtualservice-routes",
    pointer: "/staging/virtualservice-routes",
    file: (r) => `${production(r)}staging:\n${r}  virtualservice-routes: { shop: 1 }\n`,
  },
];
