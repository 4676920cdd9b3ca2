// The Route 53 router: a weighted pair of records per name, moved in one change batch and followed
// through INSYNC, the name servers and the TTL tail; the ledger in a TXT record beside them.
import { loadedOnFirstCall } from "../../core/lazy.ts";
import { defineRouter } from "../define.ts";
import type { RouterPorts } from "../port.ts";
import { type Route53RouterConfig, readRoute53RouterConfig } from "./config.ts";
import { ROUTE53_INPUTS } from "./inputs.ts";
import { Route53Ledger } from "./ledger.ts";
import { Route53Pool } from "./pool.ts";
import type { Route53Api } from "./records.ts";
import { Route53Traffic } from "./traffic.ts";
import { Zone } from "./zone.ts";

export const route53 = defineRouter<Route53RouterConfig>({
  kind: "route53",
  inputs: ROUTE53_INPUTS,
  words: {
    member: "record",
    pool: "weighted record",
    retire: "weight to 0",
    restore: "weight back",
    retired: "set to weight 0",
    restored: "given its weight back",
    testRoute: "test record",
  },
  readConfig: readRoute53RouterConfig,
  connect(config): RouterPorts {
    // Route 53 is a global service whose API is signed for us-east-1, whatever region the rest uses.
    const options = { region: "us-east-1", maxAttempts: config.aws.maxAttempts };
    const api = loadedOnFirstCall<Route53Api>(() => import("./api.ts").then((m) => m.createRoute53Api(options)));
    const urgent = loadedOnFirstCall<Route53Api>(() => import("./api.ts").then((m) => m.createUrgentRoute53Api(options)));
    return connectRoute53(config, api, urgent);
  },
});

/** The ports over any Route 53 client: the SDK's, or a test's. */
export function connectRoute53(config: Route53RouterConfig, api: Route53Api, urgent: Route53Api = api): RouterPorts {
  const zone = new Zone(config.route53, api, urgent);
  return { traffic: new Route53Traffic(zone, config), pool: new Route53Pool(zone, config), ledger: new Route53Ledger(zone) };
}
