import { describe, expect, it } from "vitest";
import { foldName, isCapitalised, nameKey } from "../src/extract/words.js";

describe("name keys", () => {
  it("folds accents, curly apostrophes, dashes and runs of space, and leaves plain ASCII as it is", () => {
    expect(foldName("Recep Tayyip Erdoğan")).toBe("Recep Tayyip Erdogan");
    expect(foldName("O’Rourke")).toBe("O'Rourke");
    expect(foldName("Al‑Sisi")).toBe("Al-Sisi");
    expect(foldName("Kim\u00a0Jong Un")).toBe("Kim Jong Un");
    expect(foldName("Kim  Jong\tUn")).toBe("Kim Jong Un");
    // The gaps between words are folded too: a lone space or a trailing one stays.
    expect(foldName(" ")).toBe(" ");
    expect(foldName("U.S. ")).toBe("U.S. ");
    expect(foldName("")).toBe("");
    expect(nameKey("  Donald   Trump ")).toBe("Donald Trump");
  });

  it("tells a capitalised word by its first letter, in any script", () => {
    expect(["Zelensky", "Élysée", "Łukasz", "Ωmega", "Путин"].map(isCapitalised)).toEqual([true, true, true, true, true]);
    expect(["élan", "putin", "1st", "’s", "", "@POTUS"].map(isCapitalised)).toEqual([false, false, false, false, false, false]);
  });
});
