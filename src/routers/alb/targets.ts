import { inputError, readList } from "../../core/inputs.ts";
import type { TargetRef } from "./elbv2.ts";

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const INSTANCE = /^i-[0-9a-f]{8,17}$/;

/** `10.0.1.12:8080`, `10.0.1.12`, `i-0abc12345def67890` or `i-0abc12345def67890:8080`; undefined for anything else. */
export function parseTarget(item: string): TargetRef | undefined {
  const [id = "", port, extra] = item.split(":");
  const portNumber = port === undefined ? undefined : Number(port);
  const badPort = portNumber !== undefined && (!Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65535);
  if (extra !== undefined || badPort || !(IPV4.test(id) || INSTANCE.test(id))) return undefined;
  return { id, port: portNumber };
}

/** The targets an input lists, each checked. */
export function readTargets(name: string): string[] {
  const items = readList(name);
  const bad = items.find((item) => !parseTarget(item));
  if (bad !== undefined) {
    throw inputError(
      name,
      `has ${JSON.stringify(bad)}, which is neither ip:port nor an instance id`,
      "10.0.1.12:8080, i-0abc12345def67890",
    );
  }
  return items;
}
