// The router inputs that name the routes the sandbox seeds (seed.ts): production `shop`, the
// preview `shop-preview`, and each color's Service or subset. One table for every test.
export const SEEDED_ROUTES = {
  kubernetes: { service: "shop", "test-service": "shop-preview" },
  "gateway-api": {
    httproute: "shop",
    "test-httproute": "shop-preview",
    "blue-service": "shop-blue",
    "green-service": "shop-green",
  },
  istio: {
    virtualservice: "shop",
    "test-virtualservice": "shop-preview",
    host: "shop-all",
    "blue-subset": "blue",
    "green-subset": "green",
  },
} as const satisfies Record<string, Record<string, string>>;
