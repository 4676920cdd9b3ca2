/**
 * Stands in for a port until its first call, which loads it: the client behind it is loaded only
 * when a step first talks to the outside, never while inputs are read.
 */
export function loadedOnFirstCall<Port extends object>(load: () => Promise<Port>): Port {
  let port: Promise<Port> | undefined;
  return new Proxy({} as Port, {
    // Not a promise itself: `then` stays undefined, so that awaiting the port is harmless.
    get: (_, method) =>
      method === "then"
        ? undefined
        : async (...args: unknown[]) => {
            port ??= load();
            const loaded = (await port) as Record<string | symbol, (...a: unknown[]) => unknown>;
            return loaded[method]?.(...args);
          },
  });
}
