import { describe, expect, it } from "vitest";
import { importFile } from "./import-text";
import { decodeLegacy, suggestLegacyEncoding } from "./legacy-encoding";

// "Café – Genserslov’s report" in Windows-1252: é = E9, – = 96, ’ = 92.
const CP1252 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x47, 0x65, 0x6e, 0x73, 0x65, 0x72, 0x73, 0x6c, 0x6f, 0x76, 0x92, 0x73]);

describe("legacy encodings", () => {
  it("refuses a Windows-1252 file as UTF-8, naming the encoding it reads as, and imports it converted on request", () => {
    const refused = importFile(CP1252, "memo.txt");
    expect(refused).toMatchObject({ ok: false, error: { code: "invalid_utf8", offset: 3, suggestedEncoding: "windows-1252" } });
    if (!refused.ok) expect(refused.error.message).toMatch(/reads as Windows-1252/);
    const converted = importFile(CP1252, "memo.txt", undefined, "windows-1252");
    expect(converted).toMatchObject({ ok: true, value: { text: "Café – Genserslov’s", facts: { convertedFrom: "windows-1252", byteLength: CP1252.length } } });
  });

  it("decodes Latin-1 byte for code point, unlike WHATWG's windows-1252 alias", () => {
    expect(decodeLegacy(new Uint8Array([0x43, 0xe9, 0x96]), "iso-8859-1")).toBe("C\u00e9\u0096");
    expect(decodeLegacy(new Uint8Array([0x43, 0xe9, 0x96]), "windows-1252")).toBe("Cé–");
  });

  it("offers nothing for bytes undefined in Windows-1252 or NUL", () => {
    expect(suggestLegacyEncoding(new Uint8Array([0x41, 0x81]))).toBeNull();
    expect(suggestLegacyEncoding(new Uint8Array([0x41, 0x00]))).toBeNull();
    expect(suggestLegacyEncoding(new Uint8Array([0x41, 0xe9]))).toBe("windows-1252");
  });
});
