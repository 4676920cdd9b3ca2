import { boolean, duration, list, string } from "../../core/shapes.ts";
import type { RouterInput } from "../port.ts";
import { HEALTH_PATH, NAME } from "./config.ts";

/** The nginx router's inputs, as every step's action.yml declares them. */
export const NGINX_INPUTS: RouterInput[] = [
  {
    name: "nginx-upstream-file",
    description:
      "router nginx (required): the file cutover owns and your nginx.conf includes, as a path where nginx-exec runs. It holds the upstream blocks and, in comments, each color's version and times.",
    required: true,
    shape: string("/etc/nginx/conf.d/cutover-upstreams.conf", /^\/.*[^/]$/),
  },
  {
    name: "nginx-upstream",
    description: "router nginx: the production upstream's name.",
    default: "backend",
    shape: string("backend", NAME),
  },
  {
    name: "nginx-test-upstream",
    description:
      "router nginx: a second upstream in the same file that always points at the standby, flipped the other way: its test route.",
    shape: string("backend-test", NAME),
  },
  {
    name: "blue-servers",
    description:
      "router nginx (required): blue's servers as host:port, one per line (or comma-separated); parameters such as max_fails=3 are kept. cutover sets weight and down itself.",
    required: true,
    shape: list(["10.0.1.10:3000 max_fails=3 fail_timeout=10s", "10.0.1.11:3000"]),
  },
  {
    name: "green-servers",
    description: "router nginx (required): green's servers, as blue-servers.",
    required: true,
    shape: list(["10.0.2.10:3000 max_fails=3 fail_timeout=10s", "10.0.2.11:3000"]),
  },
  {
    name: "nginx-exec",
    description:
      "router nginx: a command prefix that reaches the proxy, such as `docker exec -i proxy` or `ssh deploy@proxy`; every read, write, test and reload goes through it as a script on stdin. Empty: here.",
    shape: string("docker exec -i proxy"),
  },
  {
    name: "nginx-exec-timeout",
    description:
      "router nginx: how long one read, write, test or reload through nginx-exec may take; past it, the command is stopped and tried again (a dropped connection is tried again too).",
    default: "30s",
    shape: duration("30s"),
  },
  {
    name: "nginx-allow-symlink",
    description:
      "router nginx: `true` writes the file that a symlinked nginx-upstream-file points to; by default a managed path that is a symlink is refused, so that a planted link cannot redirect the write.",
    default: "false",
    shape: boolean(false),
  },
  {
    name: "env-passthrough",
    description:
      "The environment variables, besides PATH, HOME, CI, GITHUB_* and RUNNER_*, that the commands cutover runs are given: nginx-exec (router nginx), deploy-command and teardown-command. Names or NAME_* prefixes, comma- or newline-separated, such as `AWS_*, KUBECONFIG, SSH_AUTH_SOCK`. A step's inputs (INPUT_*) are never passed.",
    shape: list(["AWS_*", "KUBECONFIG", "SSH_AUTH_SOCK"]),
  },
  {
    name: "nginx-test-command",
    description: "router nginx: checks the configuration before a reload.",
    default: "nginx -t",
    shape: string("nginx -t"),
  },
  {
    name: "nginx-reload-command",
    description: "router nginx: the graceful reload.",
    default: "nginx -s reload",
    shape: string("nginx -s reload"),
  },
  {
    name: "health-path",
    description: "router nginx: the path each server answers 2xx on when healthy.",
    default: "/health",
    shape: string("/health", HEALTH_PATH),
  },
];
