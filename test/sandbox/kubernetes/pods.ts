// The kubelet's part: each pod is a real app server on an address of its own (127.x.y.z, the
// container's port), started after its image is pulled, probed for readiness, and stopped with a
// grace period. Pod status follows "Pod Lifecycle" (phases, conditions, container states) and the
// waiting reasons kubelet reports (ErrImagePull, ImagePullBackOff, CrashLoopBackOff).
import { type AppBehaviour, AppServer, type SessionStore } from "../apps/app.ts";
import { afterRunning } from "../stalls.ts";
import { claimPodNet } from "./pod-net.ts";
import type { Any, KubeObject, Store } from "./store.ts";

/** What the sandbox's registry holds: `sandbox/shop:<tag>` runs as version <tag>; `-crash` tags exit at start. */
export function pullResult(image: string): "ok" | "crash" | "missing" {
  const match = /^(?:docker\.io\/)?sandbox\/shop:([A-Za-z0-9._-]+)$/.exec(image);
  if (!match) return "missing";
  return match[1]?.endsWith("-crash") ? "crash" : "ok";
}

export function versionOf(image: string): string {
  return image.split(":").pop() ?? image;
}

export interface PodTimes {
  /** From scheduled to running (image pull and container start). */
  startMs: number;
  /** Readiness probe period. */
  probeMs: number;
  /** terminationGracePeriodSeconds, in real time. */
  graceMs: number;
}

interface RunningPod {
  app?: AppServer;
  failures: number;
  timer?: NodeJS.Timeout;
  terminating?: boolean;
}

export class Kubelet {
  readonly #store: Store;
  readonly #times: PodTimes;
  readonly #pods = new Map<string, RunningPod>();
  /** What each pod's container wrote to stdout: what `kubectl logs` reads (pods/log). */
  readonly #logs = new Map<string, string[]>();
  readonly #sessions: SessionStore;
  readonly #ownSessions: (color: string) => SessionStore;
  /** Behaviour of the apps of a color (the pod's color label), changed by the control endpoint. */
  readonly behaviour: (color: string) => AppBehaviour;
  readonly #colorLabel: string;
  #nextIp = 1;
  readonly #net = claimPodNet();

  constructor(
    store: Store,
    times: PodTimes,
    colorLabel: string,
    sessions: SessionStore,
    ownSessions: (color: string) => SessionStore,
    behaviour: (color: string) => AppBehaviour,
  ) {
    this.#store = store;
    this.#times = times;
    this.#colorLabel = colorLabel;
    this.#sessions = sessions;
    this.#ownSessions = ownSessions;
    this.behaviour = behaviour;
  }

  /** Every running app server, with the pod it belongs to. */
  apps(): { pod: KubeObject; app: AppServer }[] {
    return this.#store
      .list("pods")
      .map((pod) => ({ pod, app: this.#pods.get(pod.metadata.name)?.app }))
      .filter((p): p is { pod: KubeObject; app: AppServer } => p.app !== undefined);
  }

  /** Schedules a new pod: Pending, ContainerCreating, then its image decides. */
  create(pod: KubeObject): void {
    const ip = `${this.#net.prefix}.${this.#nextIp++}`;
    const container = ((pod.spec as Any).containers as Any[])[0] as Any;
    pod.status = {
      phase: "Pending",
      hostIP: "10.0.0.10",
      podIP: ip,
      podIPs: [{ ip }],
      conditions: [
        { type: "PodScheduled", status: "True" },
        {
          type: "Ready",
          status: "False",
          reason: "ContainersNotReady",
          message: `containers with unready status: [${container.name}]`,
        },
      ],
      containerStatuses: [
        {
          name: container.name,
          image: container.image,
          ready: false,
          restartCount: 0,
          started: false,
          state: { waiting: { reason: "ContainerCreating" } },
        },
      ],
    };
    const created = this.#store.create("pods", pod);
    const running: RunningPod = { failures: 0 };
    this.#pods.set(created.metadata.name, running);
    running.timer = setTimeout(() => void this.#start(created.metadata.name, container), this.#times.startMs);
  }

  async #start(name: string, container: Any): Promise<void> {
    const running = this.#pods.get(name);
    if (!running || running.terminating) return;
    const result = pullResult(container.image);
    if (result === "missing") {
      // kubelet first reports ErrImagePull, then backs off: ImagePullBackOff ("Images": Image pull backoff).
      this.#container(name, {
        ready: false,
        state: {
          waiting: {
            reason: "ErrImagePull",
            message: `rpc error: code = NotFound desc = failed to pull and unpack image "${container.image}": not found`,
          },
        },
      });
      running.timer = setTimeout(
        () =>
          this.#container(name, {
            ready: false,
            state: { waiting: { reason: "ImagePullBackOff", message: `Back-off pulling image "${container.image}"` } },
          }),
        this.#times.startMs,
      );
      return;
    }
    if (result === "crash") {
      const restartCount = (this.#status(name)?.containerStatuses?.[0]?.restartCount ?? -1) + 1;
      this.#container(
        name,
        {
          ready: false,
          restartCount,
          lastState: { terminated: { exitCode: 1, reason: "Error" } },
          state: {
            waiting: {
              reason: "CrashLoopBackOff",
              message: `back-off 10s restarting failed container=${container.name} pod=${name}`,
            },
          },
        },
        "Running",
      );
      running.timer = setTimeout(() => void this.#start(name, container), this.#times.startMs * 2);
      return;
    }
    const pod = this.#store.get("pods", undefined, name) ?? this.#store.list("pods").find((p) => p.metadata.name === name);
    if (!pod) return;
    const color = pod.metadata.labels?.[this.#colorLabel] ?? "";
    const app = new AppServer(
      color,
      { ...this.behaviour(color), version: versionOf(container.image) },
      this.#sessions,
      this.#ownSessions(color),
    );
    const port = Number(((container.ports ?? []) as Any[])[0]?.containerPort ?? 8080);
    await app.listen((pod.status as Any).podIP, port);
    running.app = app;
    this.#log(name, `listening on ${(pod.status as Any).podIP}:${port}, version ${versionOf(container.image)}`);
    this.#container(
      name,
      { ready: false, started: true, state: { running: { startedAt: new Date().toISOString() } } },
      "Running",
    );
    running.timer = setInterval(() => void this.#probe(name), this.#times.probeMs);
    void this.#probe(name);
  }

  /** Readiness: an HTTP GET of /health; failureThreshold 3, successThreshold 1 (the probe defaults). */
  async #probe(name: string): Promise<void> {
    const running = this.#pods.get(name);
    if (!running?.app || running.terminating) return;
    const ip = this.#status(name)?.podIP;
    let ok = false;
    // timeoutSeconds 1 (the probe default) of the time this process ran: the kubelet and the app
    // share it here, and a stalled process is no app that failed to answer (stalls.ts).
    const timeout = afterRunning(1000);
    try {
      const res = await fetch(`http://${ip}:${running.app.port}/health`, { signal: timeout.signal });
      ok = res.status >= 200 && res.status < 400;
    } catch {
      ok = false;
    } finally {
      timeout.clear();
    }
    if (running.terminating) return;
    running.failures = ok ? 0 : running.failures + 1;
    const ready = (this.#status(name)?.containerStatuses?.[0]?.ready as boolean) ?? false;
    if (ok && !ready) this.#container(name, { ready: true }, "Running");
    if (!ok && ready && running.failures >= 3) this.#container(name, { ready: false }, "Running");
  }

  #status(name: string): Any | undefined {
    return this.#store.list("pods").find((p) => p.metadata.name === name)?.status as Any | undefined;
  }

  /** Updates the one container's status, and the pod's Ready and ContainersReady conditions with it. */
  #container(name: string, change: Any, phase?: string): void {
    const pod = this.#store.list("pods").find((p) => p.metadata.name === name);
    if (!pod || pod.metadata.deletionTimestamp) return;
    const status = pod.status as Any;
    const container = { ...status.containerStatuses[0], ...change };
    if (change.state) container.state = change.state;
    status.containerStatuses = [container];
    if (phase) status.phase = phase;
    const ready = container.ready === true;
    // PodCondition.lastTransitionTime: when Ready last changed; minReadySeconds counts from it.
    const before = (status.conditions as Any[] | undefined)?.find((c) => c.type === "Ready");
    const since =
      before && before.status === (ready ? "True" : "False") && before.lastTransitionTime
        ? before.lastTransitionTime
        : new Date().toISOString();
    const readyCondition = ready
      ? { type: "Ready", status: "True", lastTransitionTime: since }
      : {
          type: "Ready",
          status: "False",
          lastTransitionTime: since,
          reason: "ContainersNotReady",
          message: `containers with unready status: [${container.name}]`,
        };
    status.conditions = [
      { type: "PodScheduled", status: "True" },
      { type: "ContainersReady", status: ready ? "True" : "False" },
      readyCondition,
    ];
    this.#store.update("pods", pod);
  }

  /** Deletes a pod gracefully: marked with a deletionTimestamp, its app stops, then the object goes. */
  async terminate(pod: KubeObject): Promise<void> {
    const running = this.#pods.get(pod.metadata.name);
    if (!running || running.terminating) return;
    running.terminating = true;
    clearTimeout(running.timer);
    clearInterval(running.timer);
    const current = this.#store.list("pods").find((p) => p.metadata.name === pod.metadata.name);
    if (current) {
      current.metadata.deletionTimestamp = new Date().toISOString();
      current.metadata.deletionGracePeriodSeconds = 30;
      this.#store.update("pods", current);
    }
    this.#log(pod.metadata.name, "SIGTERM: no new connections; answering the ones in flight");
    await running.app?.terminate(this.#times.graceMs);
    this.#pods.delete(pod.metadata.name);
    this.#logs.delete(pod.metadata.name);
    if (current) this.#store.delete("pods", current);
  }

  #log(name: string, line: string): void {
    const lines = this.#logs.get(name) ?? [];
    lines.push(`${new Date().toISOString()} ${line}`);
    this.#logs.set(name, lines);
  }

  /** The container's log as text, one line each; empty for a pod whose container never started. */
  logs(name: string): string {
    return (this.#logs.get(name) ?? []).map((l) => `${l}\n`).join("");
  }

  /** Changes the apps of a color at once, as the control endpoint does for the ALB world. */
  setApps(color: string, behaviour: Partial<AppBehaviour>): void {
    for (const { pod, app } of this.apps()) {
      if (pod.metadata.labels?.[this.#colorLabel] === color)
        Object.assign(app.behaviour, behaviour, { version: app.behaviour.version });
    }
  }

  async stop(): Promise<void> {
    for (const running of this.#pods.values()) {
      running.terminating = true;
      clearTimeout(running.timer);
      clearInterval(running.timer);
    }
    await Promise.all([...this.#pods.values()].map((p) => p.app?.close()));
    this.#pods.clear();
    this.#net.release();
  }
}
