import { describe, expect, it } from "vitest";
import { clientAddress, compileTrust } from "./client-address";

describe("clientAddress", () => {
  it("ignores X-Forwarded-For from anyone when no proxy is trusted", () => {
    for (const setting of [undefined, "", "false"]) {
      expect(clientAddress("203.0.113.9", "10.9.9.9", compileTrust(setting))).toBe("203.0.113.9");
      expect(clientAddress("203.0.113.9", ["10.9.9.9", "10.8.8.8"], compileTrust(setting))).toBe("203.0.113.9");
    }
  });

  it("takes the hop in front of a trusted proxy list, and no further", () => {
    const trust = compileTrust("loopback, 10.0.0.0/8");
    expect(clientAddress("127.0.0.1", "198.51.100.7", trust)).toBe("198.51.100.7");
    // A spoofed first entry behind the real client is not believed: the client's own address is.
    expect(clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.7, 10.1.2.3", trust)).toBe("198.51.100.7");
    // A request that reaches the app directly from an untrusted address speaks for itself.
    expect(clientAddress("198.51.100.7", "6.6.6.6", trust)).toBe("198.51.100.7");
  });

  it("counts hops as Express does: 1 trusts the socket peer only", () => {
    expect(clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.7", compileTrust("1"))).toBe("198.51.100.7");
    expect(clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.7", compileTrust("2"))).toBe("6.6.6.6");
    expect(clientAddress("127.0.0.1", undefined, compileTrust("1"))).toBe("127.0.0.1");
  });
});
