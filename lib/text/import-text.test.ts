import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importFile, importText, normalizeLineEndings, titleFromFileName } from "./import-text";
import { findInvalidUtf8 } from "./utf8";

const bytes = (...b: number[]) => new Uint8Array(b);
const enc = (s: string) => new TextEncoder().encode(s);

describe("findInvalidUtf8", () => {
  it("accepts valid UTF-8 of every width", () => expect(findInvalidUtf8(enc("aé€😀ж"))).toBe(-1));
  it("names the offset of a bad continuation", () => expect(findInvalidUtf8(bytes(0x61, 0x62, 0xc3, 0x28))).toBe(2));
  it("rejects overlong forms, surrogates and truncation", () => {
    expect(findInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0);
    expect(findInvalidUtf8(bytes(0x41, 0xed, 0xa0, 0x80))).toBe(1);
    expect(findInvalidUtf8(bytes(0x41, 0xf0, 0x9f, 0x98))).toBe(1);
    expect(findInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
  });
  it("agrees with TextDecoder's fatal mode on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (b) => {
        let valid = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(b);
        } catch {
          valid = false;
        }
        return valid === (findInvalidUtf8(b) === -1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("importFile", () => {
  it("strips a BOM and normalises CRLF, recording both", () => {
    const result = importFile(enc("\uFEFFline one\r\nline two\rthree"), "a.txt");
    expect(result).toEqual({
      ok: true,
      value: {
        text: "line one\nline two\nthree",
        facts: { fileName: "a.txt", byteLength: 27, bomStripped: true, lineEndings: { crlf: 1, cr: 1 } },
      },
    });
  });
  it("names the file and byte offset of invalid UTF-8", () => {
    const result = importFile(bytes(0x61, 0xff), "bad.txt");
    expect(result).toMatchObject({ ok: false, error: { code: "invalid_utf8", offset: 1 } });
    if (!result.ok) expect(result.error.message).toContain("bad.txt");
  });
  it("refuses NUL bytes, binary noise, empty files and oversize files", () => {
    expect(importFile(bytes(0x61, 0, 0x62), "n.txt")).toMatchObject({ ok: false, error: { code: "binary_content" } });
    expect(importFile(bytes(...Array(100).fill(0x01)), "b.txt")).toMatchObject({ ok: false, error: { code: "binary_content" } });
    expect(importFile(enc(" \n\t\n"), "e.txt")).toMatchObject({ ok: false, error: { code: "empty_text" } });
    expect(importFile(enc("abcdef"), "big.txt", 5)).toMatchObject({ ok: false, error: { code: "too_large" } });
  });
  it("keeps tabs, form feeds and runs of spaces untouched", () => {
    const text = "A\t\tB   C\n\n\fD";
    expect(importFile(enc(text), "t.txt")).toMatchObject({ ok: true, value: { text } });
  });
});

describe("importText", () => {
  it("refuses lone surrogates from JSON", () => {
    expect(importText("a\uD800b")).toMatchObject({ ok: false, error: { code: "lone_surrogate" } });
  });
  it("keeps markup as plain characters", () => {
    expect(importText("<script>alert(1)</script>")).toMatchObject({ ok: true, value: { text: "<script>alert(1)</script>" } });
  });
});

describe("normalizeLineEndings", () => {
  it("leaves no CR behind", () => {
    fc.assert(fc.property(fc.string(), (s) => !normalizeLineEndings(s).text.includes("\r")));
  });
});

it("derives a title from a file name", () => {
  expect(titleFromFileName("/x/csdb-18851.ocr.txt")).toBe("csdb-18851.ocr");
});
