import { describe, expect, it } from "vitest";
import { sniffFile } from "./sniff";

const bytes = (...b: number[]) => new Uint8Array([...b, ...new Array(16).fill(0)]);
const text = (s: string) => new TextEncoder().encode(s);

describe("sniffFile", () => {
  it("knows images and PDFs by their magic bytes", () => {
    expect(sniffFile(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe("png");
    expect(sniffFile(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("jpeg");
    expect(sniffFile(bytes(0x49, 0x49, 0x2a, 0x00))).toBe("tiff");
    expect(sniffFile(bytes(0x4d, 0x4d, 0x00, 0x2a))).toBe("tiff");
    expect(sniffFile(new Uint8Array([...text("RIFF"), 0, 0, 0, 0, ...text("WEBPVP8 ")]))).toBe("webp");
    expect(sniffFile(text("%PDF-1.7\n"))).toBe("pdf");
  });

  it("tells layers from OCR text that happens to start with a tag", () => {
    expect(sniffFile(text('<?xml version="1.0"?><alto/>'))).toBe("xml");
    expect(sniffFile(text("\uFEFF  <alto xmlns='x'>"))).toBe("xml");
    expect(sniffFile(text("<PcGts xmlns='x'>"))).toBe("xml");
    expect(sniffFile(text("<!DOCTYPE html>\n<html><body><div class='ocr_page'>"))).toBe("xml");
    expect(sniffFile(text("<b>SECRET</b>\nMEMORANDUM FOR THE RECORD"))).toBe("text");
    expect(sniffFile(text("<script>alert(1)</script>"))).toBe("text");
    expect(sniffFile(text("plain OCR"))).toBe("text");
  });
});
