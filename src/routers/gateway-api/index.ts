// The gateway-api router: an HTTPRoute's backendRef weights split traffic between the colors'
// Services; Deployments and their ready endpoints are the pools, their annotations the ledger.

import { defineRouter } from "../define.ts";
import { KUBERNETES_WORDS } from "../kubernetes/index.ts";
import { connectWeighted } from "../kubernetes/weighted.ts";
import { type GatewayApiConfig, readGatewayApiConfig } from "./config.ts";
import { gatewayDialect } from "./dialect.ts";
import { GATEWAY_API_INPUTS } from "./inputs.ts";

export const gatewayApi = defineRouter<GatewayApiConfig>({
  kind: "gateway-api",
  inputs: GATEWAY_API_INPUTS,
  words: { ...KUBERNETES_WORDS, testRoute: "test HTTPRoute" },
  readConfig: readGatewayApiConfig,
  connect: (c) => connectWeighted(c, gatewayDialect(c.services)),
});
