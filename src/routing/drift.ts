import type { Setting } from "../routers/port.ts";

export interface Difference {
  setting: string;
  active: string;
  standby: string;
}

/** Every setting where the standby's pool differs from the active one's. */
export function compareSettings(active: Setting[], standby: Setting[]): Difference[] {
  const theirs = new Map(standby.map((s) => [s.name, s.value]));
  const names = [...new Set([...active.map((s) => s.name), ...theirs.keys()])];
  const ours = new Map(active.map((s) => [s.name, s.value]));
  return names
    .filter((name) => (ours.get(name) ?? "") !== (theirs.get(name) ?? ""))
    .map((setting) => ({
      setting,
      active: ours.get(setting) || "(unset)",
      standby: theirs.get(setting) || "(unset)",
    }));
}
