import { describe, expect, it } from "vitest";
import { whatReplaced } from "./what-replaced";

const TEXT = "Shimura had previously sounded out the Soviet attitude through Georgiy Pavlychev and Fedor Kunov.";
/** An orphan of `quote` in TEXT, as the anchoring stores its context. */
const orphanOf = (quote: string) => {
  const start = TEXT.indexOf(quote);
  return { start, prefix: TEXT.slice(Math.max(0, start - 32), start), suffix: TEXT.slice(start + quote.length, start + quote.length + 32) };
};

describe("whatReplaced", () => {
  it("names the words that now stand where the orphan's stood", () => {
    expect(whatReplaced(TEXT.replace("Georgiy Pavlychev", "G. I. Pavlychev"), orphanOf("Georgiy Pavlychev"))).toBe("G. I. Pavlychev");
  });
  it("answers nothing for a sentence deleted with the space after it", () => {
    const sentence = "Shimura had previously sounded out the Soviet attitude.";
    const text = `Prince Higashi-Kuni led it. ${sentence} The initial meeting was arranged.`;
    const start = text.indexOf(sentence);
    const orphan = { start, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + sentence.length, start + sentence.length + 32) };
    expect(whatReplaced(text.replace(`${sentence} `, ""), orphan)).toBe("");
  });

  it("answers nothing at all for words deleted", () => {
    expect(whatReplaced(TEXT.replace(" through Georgiy Pavlychev and Fedor Kunov", ""), orphanOf(" through Georgiy Pavlychev and Fedor Kunov"))).toBe("");
  });
  it("answers null when the context changed too", () => {
    expect(whatReplaced("A new paragraph altogether.", orphanOf("Georgiy Pavlychev"))).toBeNull();
  });
  it("takes the occurrence of the context nearest the orphan's last place", () => {
    const twice = `${TEXT} ${TEXT}`;
    const second = { ...orphanOf("Georgiy Pavlychev"), start: TEXT.length + 1 + TEXT.indexOf("Georgiy Pavlychev") };
    const fixed = `${TEXT} ${TEXT.replace("Georgiy Pavlychev", "Georgiy I. Pavlychev")}`;
    expect(whatReplaced(fixed, second)).toBe("Georgiy I. Pavlychev");
    expect(whatReplaced(twice, orphanOf("Georgiy Pavlychev"))).toBe("Georgiy Pavlychev");
  });
});
