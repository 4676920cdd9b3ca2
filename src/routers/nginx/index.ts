// The nginx router: upstream blocks in a file cutover owns, a test and a graceful reload to move
// traffic, each color's servers probed for health, and the ledger in the file's comments.
import { defineRouter } from "../define.ts";
import type { RouterPorts } from "../port.ts";
import { type NginxRouterConfig, readNginxRouterConfig } from "./config.ts";
import { execShell, type Shell } from "./exec.ts";
import { NGINX_INPUTS } from "./inputs.ts";
import { NginxLedger } from "./ledger.ts";
import { NginxPool } from "./pool.ts";
import { NginxProxy } from "./proxy.ts";
import { NginxTraffic } from "./traffic.ts";

export const nginx = defineRouter<NginxRouterConfig>({
  kind: "nginx",
  inputs: NGINX_INPUTS,
  words: {
    member: "server",
    pool: "server list",
    retire: "mark down",
    restore: "mark up",
    retired: "marked down",
    restored: "marked up",
    testRoute: "test upstream",
  },
  readConfig: readNginxRouterConfig,
  connect: (config) => connectNginx(config),
});

/** The ports over one proxy, reached through nginx-exec, or a test's shell. */
export function connectNginx(
  config: NginxRouterConfig,
  shell: Shell = execShell(config.nginx.exec, config.nginx.execTimeoutMs, config.nginx.envPassthrough),
): RouterPorts {
  const proxy = new NginxProxy(config.nginx, shell);
  return { traffic: new NginxTraffic(proxy, config), pool: new NginxPool(proxy, config), ledger: new NginxLedger(proxy) };
}
