import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Listens on a free loopback port: the sandbox never listens anywhere else. A pod of the
 * Kubernetes imitation takes an address of its own in 127.0.0.0/8 and its container's port.
 */
export async function listenLocal(server: Server, host = "127.0.0.1", port = 0): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return `http://${host}:${(server.address() as AddressInfo).port}`;
}

/** Closes the server and its kept-alive connections, so that a test's end is not held up. */
export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
