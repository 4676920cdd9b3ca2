import { inputError, readList } from "../../core/inputs.ts";
import type { TargetRef } from "./elbv2.ts";

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const INSTANCE = /^i-[0-9a-f]{8,17}$/;

/** `10.0.1.12:8080`, `10.0.1.12`, `i-0abc12345def67890` or `i-0abc12345def67890:8080`. */
export function readTargets(name: string): TargetRef[] {
  return readList(name).map((item) => {
    const [id = "", port, extra] = item.split(":");
    const portNumber = port === undefined ? undefined : Number(port);
    const badPort = portNumber !== undefined && (!Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65535);
    if (extra !== undefined || badPort || !(IPV4.test(id) || INSTANCE.test(id))) {
      throw inputError(
        name,
        `has ${JSON.stringify(item)}, which is neither ip:port nor an instance id`,
        "10.0.1.12:8080, i-0abc12345def67890",
      );
    }
    return { id, port: portNumber };
  });
}

export function targetKey(t: { id: string; port?: number }): string {
  return t.port ? `${t.id}:${t.port}` : t.id;
}
