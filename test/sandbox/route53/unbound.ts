// A real caching resolver in front of the name servers: Debian's unbound, run unprivileged in a
// temporary directory on a loopback address. It caches each answer for its TTL, as the resolvers
// between Route 53 and real clients do; the load generator asks it for every new connection.
import { type ChildProcess, spawn } from "node:child_process";
import { createSocket } from "node:dgram";
import { Resolver } from "node:dns/promises";
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";

export function findUnbound(path = process.env.PATH ?? ""): string | undefined {
  for (const dir of [...path.split(delimiter), "/usr/sbin", "/sbin"]) {
    if (!dir) continue;
    try {
      accessSync(join(dir, "unbound"), constants.X_OK);
      return join(dir, "unbound");
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Outside CI a machine without unbound skips the Route 53 tests; under CI=true they fail. */
export function unboundOrSkip(): { skip: boolean } {
  return { skip: !findUnbound() && process.env.CI !== "true" };
}

export interface UnboundOptions {
  address: string;
  zone: string;
  /** The zone's name servers, each `address@port`, and their names for local-data. */
  nameServers: { name: string; address: string; port: number }[];
}

/** A free UDP port on `address`, for unbound's config (it cannot report the port it took). */
async function freePort(address: string): Promise<number> {
  const socket = createSocket("udp4");
  await new Promise<void>((resolve) => socket.bind(0, address, resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

export class Unbound {
  readonly dir = mkdtempSync(join(tmpdir(), "cutover-unbound-"));
  address = "";
  port = 0;
  #child?: ChildProcess;
  #log = "";

  get hostPort(): string {
    return `${this.address}:${this.port}`;
  }

  async start(options: UnboundOptions): Promise<this> {
    const binary = findUnbound();
    if (!binary)
      throw new Error("unbound is not on PATH: install Debian's unbound package (apt-get install unbound; .ci/run does it).");
    this.address = options.address;
    for (let attempt = 1; ; attempt++) {
      this.port = await freePort(options.address);
      writeFileSync(join(this.dir, "unbound.conf"), config(this.dir, this.address, this.port, options));
      this.#child = spawn(binary, ["-d", "-c", join(this.dir, "unbound.conf")], { stdio: ["ignore", "ignore", "pipe"] });
      this.#child.stderr?.on("data", (d: Buffer) => {
        this.#log += d.toString();
      });
      if (await this.#ready()) return this;
      await this.stop(false);
      if (attempt >= 3) throw new Error(`unbound did not start: ${this.#log}`);
    }
  }

  /** Until it answers for the zone's apex (its SOA, through the name servers), for up to 10 s. */
  async #ready(): Promise<boolean> {
    const resolver = new Resolver({ timeout: 500, tries: 1 });
    resolver.setServers([this.hostPort]);
    for (let i = 0; i < 40; i++) {
      if (this.#child?.exitCode !== null) return false;
      const ok = await resolver.resolveSoa("localhost").then(
        () => true,
        (error: NodeJS.ErrnoException) => error.code !== "ECONNREFUSED" && error.code !== "ETIMEOUT",
      );
      if (ok) return true;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return false;
  }

  /** Empties its cache: unbound-control is off, so a restart does it. */
  async flush(options: UnboundOptions): Promise<void> {
    await this.stop(false);
    await this.start(options);
  }

  async stop(remove = true): Promise<void> {
    const child = this.#child;
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    if (remove) rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * unbound.conf(5): no chroot or user switch (it runs as whoever starts it), no DNSSEC validation
 * (the iterator module alone), loopback queries allowed, and a stub zone whose name servers are
 * ours. `.test` is one of unbound's default local zones (RFC 6761), answered NXDOMAIN unless
 * `local-zone: "test." nodefault` lifts that.
 */
function config(dir: string, address: string, port: number, options: UnboundOptions): string {
  const stubs = options.nameServers.map((ns) => `  stub-addr: ${ns.address}@${ns.port}`).join("\n");
  const names = options.nameServers.map((ns) => `  local-data: "${ns.name}. 3600 IN A ${ns.address}"`).join("\n");
  const tld = options.zone.split(".").filter(Boolean).at(-1);
  return `server:
  username: ""
  chroot: ""
  directory: "${dir}"
  pidfile: "${dir}/unbound.pid"
  use-syslog: no
  logfile: ""
  verbosity: 0
  interface: ${address}
  port: ${port}
  do-ip6: no
  num-threads: 1
  so-reuseport: no
  outgoing-range: 64
  access-control: 127.0.0.0/8 allow
  do-not-query-localhost: no
  module-config: "iterator"
  qname-minimisation: no
  prefetch: no
  serve-expired: no
  local-zone: "${tld}." nodefault
  local-zone: "${options.zone}" nodefault
${names}
stub-zone:
  name: "${options.zone}"
${stubs}
remote-control:
  control-enable: no
`;
}
