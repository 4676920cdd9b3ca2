// The istio router: a VirtualService's relative destination weights split traffic between the
// colors, as subsets of one host or a host each; Deployments and their ready endpoints are the
// pools, their annotations the ledger.

import { defineRouter } from "../define.ts";
import { KUBERNETES_WORDS } from "../kubernetes/index.ts";
import { connectWeighted } from "../kubernetes/weighted.ts";
import { type IstioConfig, readIstioConfig } from "./config.ts";
import { istioDialect } from "./dialect.ts";
import { ISTIO_INPUTS } from "./inputs.ts";

export const istio = defineRouter<IstioConfig>({
  kind: "istio",
  inputs: ISTIO_INPUTS,
  words: { ...KUBERNETES_WORDS, testRoute: "test VirtualService" },
  readConfig: readIstioConfig,
  connect: (c) => connectWeighted(c, istioDialect(c.colors)),
});
