// What cutover must fully manage before it writes: every upstream in the file is one that a switch
// moves, and every server in it is one the inputs list, in its color. A block no switch moves could
// keep sending traffic to a color that teardown then marks down; a server the inputs do not list
// would be dropped by the first write. Either is refused, named with its line, before any write.
import { COLORS, type Color } from "../../core/color.ts";
import type { NginxConfig } from "./config.ts";
import { FileError, type ManagedFile } from "./upstream-file.ts";

function refuse(file: string, line: number, problem: string): FileError {
  return new FileError(`The managed upstream file ${file} at line ${line}: ${problem}. Nothing was written.`);
}

export function checkManaged(managed: ManagedFile, config: NginxConfig): void {
  const names = [config.upstream, ...(config.testUpstream ? [config.testUpstream] : [])];
  for (const block of managed.upstreams) {
    const at = managed.layout?.blocks.get(block.name);
    const line = (at?.open ?? 0) + 1;
    if (!names.includes(block.name)) {
      throw refuse(
        config.file,
        line,
        `upstream ${block.name} is neither nginx-upstream (${config.upstream}) nor nginx-test-upstream${config.testUpstream ? ` (${config.testUpstream})` : ""}, so no switch moves it, and a color it sends traffic to could be torn down under it. Move it out of the managed file, or name it in nginx-test-upstream`,
      );
    }
    const seen = new Set<string>();
    for (const { line: index, server } of at?.servers ?? []) {
      const input = `${server.color}-servers`;
      const listed = config.servers[server.color].some((s) => s.address === server.address);
      const other = COLORS.find((c: Color) => c !== server.color) as Color;
      if (!listed) {
        const elsewhere = config.servers[other].some((s) => s.address === server.address);
        throw refuse(
          config.file,
          index + 1,
          `server ${server.address} in upstream ${block.name} is marked '# ${server.color}' but ${elsewhere ? `${other}-servers lists it` : `${input} does not list it`}; cutover would drop or move it on its first write. List it in ${input}, or take it out of the file`,
        );
      }
      if (seen.has(server.address)) {
        throw refuse(config.file, index + 1, `server ${server.address} is in upstream ${block.name} twice`);
      }
      seen.add(server.address);
    }
  }
}
