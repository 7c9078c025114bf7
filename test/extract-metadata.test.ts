import { describe, expect, it } from "vitest";
import { extract, seed, seedText } from "./helpers.js";

describe("document metadata", () => {
  it("reads title, dateline and byline from a scraped news page", () => {
    const { doc } = seed("000_7dc1d3c8e85c7c77.txt");
    expect(doc.title).toBe("Donald Trump says he trusts Putin and that Russia should return to G7 - labelling Moscow's expulsion 'a mistake'");
    expect(doc.published).toBe("2025-02-13");
    expect(doc.authors).toEqual(["Kit Heren"]);
    expect(doc.kind).toBe("article");
  });

  it("skips navigation and promos before the headline, and reads a byline that runs into its date", () => {
    const { doc } = seed("001_8bd0fe5be1de002a.txt");
    expect(doc.title).toBe("Trump claims he and Putin could take 'significant' steps to end Russia’s war in Ukraine");
    expect(doc.authors).toEqual(["Olena Goncharova"]);
    expect(doc.published).toBe("2025-02-01");
  });

  it("takes a scraper's date marker in front of the headline as the publication date", () => {
    const { doc } = seed("002_c7d11fd597b20de1.txt");
    expect(doc.published).toBe("2025-03-14");
    expect(doc.title).toMatch(/^Trump hails 'good and productive' talks/);
  });

  it("never invents a date or a title: a page that opens with a caption has neither", () => {
    const { doc } = seed("003_618c86af730bc66f.txt");
    expect(doc.published).toBeNull();
    expect(doc.title).toBeNull();
    expect(doc.authors).toEqual([]);
  });

  it("recognises a position page and its stated position", () => {
    const record = seed("004_f27fcb169ba7fe07.txt");
    expect(record.doc.kind).toBe("profile");
    expect(record.doc.title).toBe("Donald Trump on Russia Relations");
    expect(record.positions).toEqual([{ holder: "person:donald-trump", label: "Transactional Engagement", strength: "strong", topic: "Russia Relations" }]);
  });

  it.each([
    ["a headline with a middle initial", "Mary J. Blige sings to a candidate in a preview clip\n\nThe clip has faced ridicule online since Tuesday.", "Mary J. Blige sings to a candidate in a preview clip"],
    ["a headline of two short sentences", "Virginian could make history. Again.\n\nNEWPORT NEWS, Va. - In a tradition he has kept for 40 years, the congressman threw open his yard. It was hot.", "Virginian could make history. Again."],
    ["a headline and its deck, as news databases print them", "Lawmaker urges retaliation on Russia; \nMember of House panel says U.S. has to keep Moscow out of elections.\n\nThe lawmaker spoke on Wednesday.", "Lawmaker urges retaliation on Russia; Member of House panel says U.S. has to keep Moscow out of elections"],
    ["a deck of two sentences", "My father would have loved the candidate; \nI grew up in a survivalist household. I know all about normalizing hate.\n\nI know all about him.", "My father would have loved the candidate; I grew up in a survivalist household. I know all about normalizing hate"],
  ])("reads the title of %s", (_, text, title) => {
    expect(extract(text, { source: "article.txt" }).doc.title).toBe(title);
  });

  it("takes no body paragraph of several long sentences for a headline", () => {
    const text = "In a tradition he has kept for 40 years, the congressman threw open his family's back yard. An undercurrent of intrigue pulsed through the gathering.";
    expect(extract(text, { source: "article.txt" }).doc.title).toBeNull();
  });

  it("prefers a record's own fields and falls back on a dated file name", () => {
    const fromRecord = extract("Some text here that says things.", { title: "Given", published: "2019-07-15", authors: ["A B"] });
    expect(fromRecord.doc).toMatchObject({ title: "Given", published: "2019-07-15", authors: ["A B"] });
    const fromName = extract("Headline of the day\n\nBody sentence here.", { source: "nyt_2016-09-08_obama-on-climate.txt" });
    expect(fromName.doc.published).toBe("2016-09-08");
  });
});

describe("boilerplate", () => {
  it("marks captions, credits, prompts and teasers without moving the text", () => {
    const text = seedText("000_7dc1d3c8e85c7c77.txt");
    const { doc } = seed("000_7dc1d3c8e85c7c77.txt");
    const marked = doc.boilerplate.map((b) => text.slice(b.start, b.end));
    expect(marked).toEqual(
      expect.arrayContaining([
        "President Donald Trump. Picture: Alamy",
        "Listen to this article",
        "Loading audio...",
        "Trump’s former security adviser speaks to Andrew Marr about the President’s call with Putin",
      ]),
    );
    expect(marked.some((m) => m.startsWith("Read more: UK 'at risk of £24bn tariffs'"))).toBe(true);
    expect(marked).not.toContain("He told reporters: \"I'd love to have them back. I think it was a mistake to throw them out. Look, it's not a question of liking Russia or not liking Russia. It was the G8.");
  });

  it("cuts off the news feed and subscription furniture after an article", () => {
    const text = seedText("001_8bd0fe5be1de002a.txt");
    const { doc, quotes } = seed("001_8bd0fe5be1de002a.txt");
    const feed = text.indexOf("News Feed");
    expect(doc.boilerplate.some((b) => b.start === feed)).toBe(true);
    expect(quotes.every((q) => q.start < feed)).toBe(true);
  });

  it("keeps every statement out of boilerplate (a headline's own quotes aside)", () => {
    for (const file of ["000_7dc1d3c8e85c7c77.txt", "001_8bd0fe5be1de002a.txt", "002_c7d11fd597b20de1.txt"]) {
      const { doc, quotes } = seed(file);
      const furniture = doc.boilerplate.filter((b) => b.reason !== "title");
      for (const q of quotes) expect(furniture.some((b) => q.start >= b.start && q.end <= b.end)).toBe(false);
    }
  });
});
