import { CutoverError } from "../core/errors.ts";
import * as core from "../core/runner.ts";
import { shownUrl } from "../core/urls.ts";
import type { RouterConfig, TrafficPort } from "../routers/port.ts";

/** The standby's URL through the test route: always pointed at the standby, off the user's path. */
export async function standbyUrl(traffic: TrafficPort, router: RouterConfig): Promise<URL> {
  const url = await traffic.testUrl?.();
  if (!url) throw new CutoverError("No URL for the standby: give url, or a test route whose URL can be looked up.");
  core.info(`The standby is reached through the ${router.words?.testRoute ?? "test route"} at ${shownUrl(url)}`);
  return url;
}
