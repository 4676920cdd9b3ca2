import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/** Listens on a free loopback port: the sandbox never listens anywhere else. */
export async function listenLocal(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Closes the server and its kept-alive connections, so that a test's end is not held up. */
export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
