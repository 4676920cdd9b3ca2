// A valid router block per router kind, from the documented examples (examples/environments/, the
// README): the settings of `production`, indented by two spaces. The malformed files start from
// them, and the schema's examples are each tried inside them.
import type { RouterKind } from "./malformed-environments.ts";

export const ROUTER_BLOCKS: Record<RouterKind | "route53", string> = {
  alb: [
    "  router: alb",
    "  listener-arn: arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2",
    "  blue-target-group-arn: arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop-blue/6d0ecf831eec9f09",
    "  green-target-group-arn: arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop-green/7a2232595e5f1002",
    "",
  ].join("\n"),
  nginx: [
    "  router: nginx",
    "  nginx-upstream-file: /etc/nginx/conf.d/cutover-upstreams.conf",
    "  nginx-test-upstream: backend-test",
    "  blue-servers: 10.0.1.10:3000, 10.0.1.11:3000",
    "  green-servers: 10.0.2.10:3000, 10.0.2.11:3000",
    "",
  ].join("\n"),
  kubernetes: "  router: kubernetes\n  namespace: shop\n  service: shop\n  test-service: shop-preview\n",
  "gateway-api":
    "  router: gateway-api\n  namespace: shop\n  httproute: shop\n  test-httproute: shop-preview\n  blue-service: shop-blue\n  green-service: shop-green\n",
  istio:
    "  router: istio\n  namespace: shop\n  virtualservice: shop\n  test-virtualservice: shop-preview\n  host: shop\n  blue-subset: blue\n  green-subset: green\n",
  route53: "  router: route53\n  hosted-zone-id: Z0123456789ABCDEFGHIJ\n  record-name: app.example.com\n",
};
