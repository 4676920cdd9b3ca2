import type { CallOptions, RouterConfig } from "../port.ts";
import type { LoadBalancerPort } from "./elbv2.ts";

/** What each of the ALB's ports holds: the ELBv2 client, its urgent twin, and the router's config. */
export class AlbClient {
  protected readonly lb: LoadBalancerPort;
  protected readonly config: RouterConfig;
  readonly #urgent: LoadBalancerPort;

  constructor(lb: LoadBalancerPort, urgent: LoadBalancerPort, config: RouterConfig) {
    this.lb = lb;
    this.#urgent = urgent;
    this.config = config;
  }

  /** The urgent client (a short retry budget, for calls inside a cancel's grace) when the call asks for it. */
  protected client(options: CallOptions = {}): LoadBalancerPort {
    return options.urgent ? this.#urgent : this.lb;
  }
}
