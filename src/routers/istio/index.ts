// The istio router: a VirtualService's relative destination weights split traffic between the
// colors, as subsets of one host or a host each; Deployments and their ready endpoints are the
// pools, their annotations the ledger.
import { connectWeighted } from "../kubernetes/weighted.ts";
import type { RouterConfig, RouterKind, RouterPorts } from "../port.ts";
import { type IstioConfig, readIstioConfig } from "./config.ts";
import { istioDialect } from "./dialect.ts";
import { ISTIO_INPUTS } from "./inputs.ts";

export const istio: RouterKind = {
  kind: "istio",
  inputs: ISTIO_INPUTS,
  readConfig: readIstioConfig,
  connect(config: RouterConfig): RouterPorts {
    const c = config as IstioConfig;
    return connectWeighted(c, istioDialect(c.colors));
  },
};
