import { boolean, choice, duration, integer, string } from "../../core/shapes.ts";
import type { RouterInput } from "../port.ts";

/** The Route 53 router's inputs, as every step's action.yml declares them. */
export const ROUTE53_INPUTS: RouterInput[] = [
  {
    name: "hosted-zone-id",
    description: "router route53 (required): the hosted zone that holds the weighted records, such as `Z0123456789ABCDEFGHIJ`.",
    required: true,
    shape: string("Z0123456789ABCDEFGHIJ", /^(\/hostedzone\/)?Z[A-Z0-9]{1,31}$/),
  },
  {
    name: "record-name",
    description:
      "router route53 (required): the name both weighted records answer, such as `app.example.com`. Both records must exist before the first switch: cutover never creates one.",
    required: true,
    shape: string("app.example.com", /^[A-Za-z0-9_*.-]+\.?$/),
  },
  { name: "record-type", description: "router route53: A, AAAA or CNAME.", default: "A", shape: choice("A", "AAAA", "CNAME") },
  {
    name: "blue-set-identifier",
    description: "router route53: the SetIdentifier of blue's weighted record.",
    default: "blue",
    shape: string("blue"),
  },
  {
    name: "green-set-identifier",
    description: "router route53: the SetIdentifier of green's weighted record.",
    default: "green",
    shape: string("green"),
  },
  {
    name: "test-record-name",
    description:
      "router route53: a second pair of weighted records (same set identifiers) that always answers the standby, for smoke-test and warm-caches.",
    shape: string("test.app.example.com", /^[A-Za-z0-9_*.-]+\.?$/),
  },
  {
    name: "max-ttl",
    description:
      "router route53: the longest TTL a switch accepts. deploy-standby lowers a record's TTL above it, and switch waits one old TTL after that.",
    default: "60s",
    shape: duration("60s"),
  },
  {
    name: "dns-resolver",
    description:
      "router route53: the resolver (`host:port`) that finds the zone's name servers' addresses; empty: CUTOVER_DNS_RESOLVER, else the runner's own.",
    shape: string("10.0.0.2:53"),
  },
  {
    name: "name-server-port",
    description: "router route53: the port the zone's name servers answer on; 53 on Route 53, another only for a test double.",
    default: "53",
    shape: integer(53),
  },
  {
    name: "authority-queries",
    description: "router route53: how often each name server is asked after INSYNC; every answer must name a color with weight.",
    default: "5",
    shape: integer(5),
  },
  {
    name: "health-port",
    description: "router route53: the port each record value answers health-path on, probed with the record name as Host.",
    default: "80",
    shape: integer(80),
  },
  {
    name: "allow-fallback",
    description:
      "router route53: `true` when Route 53 falling back to the zero-weight color (health checks, EvaluateTargetHealth) is wanted; otherwise cutover warns about it.",
    default: "false",
    shape: boolean(false),
  },
];
