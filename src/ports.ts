// The ports a step talks to, below the engine (flip, soak) and the steps that use them: the
// router's, and CloudWatch and CloudFront beside it. src/step.ts creates them after the inputs.
import type { CdnPort } from "./cdn/cloudfront.ts";
import type { MetricsPort } from "./metrics/cloudwatch.ts";
import type { RouterPorts } from "./routers/port.ts";

/** What a step may talk to: its router's ports, and AWS's CloudWatch and CloudFront. Created only after inputs are valid. */
export interface Ports {
  router: RouterPorts;
  /** CloudWatch, loaded only by the steps that use it. */
  metrics(): Promise<MetricsPort>;
  /** CloudFront, likewise. */
  cdn(): Promise<CdnPort>;
}
