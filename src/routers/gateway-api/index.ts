// The gateway-api router: an HTTPRoute's backendRef weights split traffic between the colors'
// Services; Deployments and their ready endpoints are the pools, their annotations the ledger.
import { connectWeighted } from "../kubernetes/weighted.ts";
import type { RouterConfig, RouterKind, RouterPorts } from "../port.ts";
import { type GatewayApiConfig, readGatewayApiConfig } from "./config.ts";
import { gatewayDialect } from "./dialect.ts";
import { GATEWAY_API_INPUTS } from "./inputs.ts";

export const gatewayApi: RouterKind = {
  kind: "gateway-api",
  inputs: GATEWAY_API_INPUTS,
  readConfig: readGatewayApiConfig,
  connect(config: RouterConfig): RouterPorts {
    const c = config as GatewayApiConfig;
    return connectWeighted(c, gatewayDialect(c.services));
  },
};
