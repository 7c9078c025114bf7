// Dates in running news text, resolved against the article's date; sentences from the seed corpus.
import { afterEach, describe, expect, it } from "vitest";
import { findDates, parseIsoDay, toIsoDate } from "../src/text/resolve-dates.js";

/** The dates alone, as [text, date, precision]: what most checks care about. */
function dates(text: string, reference: string | null, tense?: "past" | "any") {
  return findDates(text, reference, { tense }).map((m) => [m.text, m.date, m.precision]);
}

describe("findDates against an article date", () => {
  it("places a month and day without a year in the past of the article", () => {
    const text = "Former U.S. President Donald Trump said on Jan. 31 that his team";
    const [mention] = findDates(text, "2025-02-01");
    expect(mention).toEqual({ start: 43, end: 50, text: "Jan. 31", date: "2025-01-31", precision: "day" });
    expect(text.slice(mention!.start, mention!.end)).toBe("Jan. 31");
  });

  it("resolves a weekday to the latest such day on or before the article", () => {
    expect(dates("Trump suggested Russia should return to the G7 on Thursday", "2025-02-13")).toEqual([
      ["Thursday", "2025-02-13", "day"],
    ]);
    expect(dates("after his press conference at the White House on Thursday night", "2025-03-14")).toEqual([
      ["Thursday night", "2025-03-13", "day"],
    ]);
    expect(dates("He said so on Friday.", "2025-03-14")).toEqual([["Friday", "2025-03-14", "day"]]);
    expect(findDates('On Thursday, Zelenskyy announced he was "grateful"', "2025-02-13")).toEqual([
      { start: 3, end: 11, text: "Thursday", date: "2025-02-13", precision: "day" },
    ]);
    expect(dates("He said so on Saturday.", "2025-03-14")).toEqual([["Saturday", "2025-03-08", "day"]]);
  });

  it("leaves a future weekday where chrono puts it when the tense is any", () => {
    expect(dates("They meet on Saturday.", "2025-03-14", "any")).toEqual([["Saturday", "2025-03-15", "day"]]);
  });

  it("does not move a weekday the text places itself", () => {
    expect(dates("They meet next Thursday.", "2025-02-13")).toEqual([["next Thursday", "2025-02-20", "day"]]);
  });

  it("takes no date from a duration before the weekday", () => {
    expect(dates("following a 90-minute phone call on Wednesday", "2025-02-13")).toEqual([
      ["Wednesday", "2025-02-12", "day"],
    ]);
  });

  it("resolves yesterday and last night", () => {
    expect(dates('Trump said: "I believe President Putin when I spoke to him yesterday"', "2025-02-13")).toEqual([
      ["yesterday", "2025-02-12", "day"],
    ]);
    expect(dates("he spoke up for the first time last night", "2025-02-19")).toEqual([
      ["last night", "2025-02-18", "day"],
    ]);
  });

  it("gives year precision to years ago", () => {
    expect(dates("Putin’s land grab three years ago", "2025-02-20")).toEqual([["three years ago", "2022", "year"]]);
  });

  it("puts a bare month in the latest such month on or before the article", () => {
    expect(dates("The talks began in March.", "2025-02-01")).toEqual([["March", "2024-03", "month"]]);
    expect(dates("The talks began in March.", "2025-03-14")).toEqual([["March", "2025-03", "month"]]);
    expect(dates("He visited Kyiv earlier this month.", "2025-02-13")).toEqual([["this month", "2025-02", "month"]]);
  });

  it("gives a week month precision, never a day", () => {
    expect(dates("Vance met Zelensky last week.", "2025-02-13")).toEqual([["last week", "2025-02", "month"]]);
    expect(dates("Troops moved over the weekend.", "2025-03-03")).toEqual([["weekend", "2025-03", "month"]]);
  });

  it("finds years that chrono does not", () => {
    expect(dates("Russia was a member of the group, then known as the G8, until its invasion of Crimea in 2014.", "2025-02-13")).toEqual([
      ["2014", "2014", "year"],
    ]);
    expect(dates("Fighting since 2014 and the 2022 invasion, between 2014 and 2022", null)).toEqual([
      ["2014", "2014", "year"],
      ["2022", "2022", "year"],
      ["2014", "2014", "year"],
      ["2022", "2022", "year"],
    ]);
  });

  it("takes no date from numbers, durations and times alone", () => {
    for (const text of [
      "a 30-day ceasefire",
      "a 90-minute call",
      "support fell to 50%",
      "2 min read",
      "7:14 PM",
      "at 1930 GMT",
      "a 2000-strong force",
      "cost £2000",
      "in the 1990s",
      "It began in 1990s Russia",
      "open 24/7 since 9/11",
      "a truce for 10 days",
      "protesters march on the capital",
      "The Sun reported",
      "right now",
    ]) {
      expect(findDates(text, "2025-02-13"), text).toEqual([]);
    }
  });

  it("takes no date from a time counted from an event in the story", () => {
    // chrono counts each from the article's date: "Three years later" came out two years ahead of it.
    for (const text of [
      "Later in the day, officials said the talks had ended.",
      "He resigned a day after the vote.",
      "A week later, he was gone.",
      "Three years later, the party split.",
      "The rally came a year after the invasion.",
      "He had said so the day before.",
    ]) {
      expect(findDates(text, "2025-03-06"), text).toEqual([]);
    }
    expect(dates("Two days earlier, on Monday, they met.", "2025-03-06")).toEqual([["Monday", "2025-03-03", "day"]]);
    expect(dates("He called two days ago.", "2025-03-06")).toEqual([["two days ago", "2025-03-04", "day"]]);
    expect(dates("They will meet in a week.", "2025-03-06")).toEqual([["in a week", "2025-03", "month"]]);
  });

  it("reads dates written in digits alone, whatever other numbers a text holds", () => {
    // findDates asks chrono only of a text with a cue: digits count around a separator or before a unit.
    const cases: [string, string[]][] = [
      ["Posted 07/25/2014 06:33 PM by staff", ["07/25/2014 06:33 PM", "2014-07-25", "day"]],
      ["The report, dated 2025-03-04, cost $5 million.", ["2025-03-04", "2025-03-04", "day"]],
      ["Published 2019 10 12", ["2019 10 12", "2019-10-12", "day"]],
      ["It will be over in 5d, he said", ["in 5d", "2025-03-11", "day"]],
    ];
    for (const [text, date] of cases) expect(dates(text, "2025-03-06"), text).toEqual([date]);
  });

  it("returns mentions sorted and apart", () => {
    const text = "Moscow, Russia. 13th Mar, 2025. He spoke on Thursday about the 2022 invasion and 13 February 2025, 21:30.";
    const mentions = findDates(text, "2025-03-14");
    expect(mentions.map((m) => [m.text, m.date])).toEqual([
      ["13th Mar, 2025", "2025-03-13"],
      ["Thursday", "2025-03-13"],
      ["2022", "2022"],
      ["13 February 2025, 21:30", "2025-02-13"],
    ]);
    for (const [i, m] of mentions.entries()) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    }
  });

  it("treats a reference coarser than a day as no reference", () => {
    expect(dates("He said so on Thursday.", "2025-02")).toEqual([]);
  });
});

describe("findDates without an article date", () => {
  it("keeps dates that carry their own year", () => {
    expect(dates("Moscow, Russia. 13th Mar, 2025.", null)).toEqual([["13th Mar, 2025", "2025-03-13", "day"]]);
    expect(dates("Truth Social post May 1, 2025", null)).toEqual([["May 1, 2025", "2025-05-01", "day"]]);
    expect(dates("until its invasion of Crimea in 2014", null)).toEqual([["2014", "2014", "year"]]);
  });

  it("reads an all-numeric date month-first unless the day cannot be a month", () => {
    expect(dates("Published 13/03/25", null)).toEqual([["13/03/25", "2025-03-13", "day"]]);
    expect(dates("Published 03/04/25", null)).toEqual([["03/04/25", "2025-03-04", "day"]]);
  });

  it("never invents a year or a day", () => {
    for (const text of ["on Thursday", "Jan. 31", "in March", "yesterday", "three years ago", "this year", "last week"]) {
      expect(findDates(text, null), text).toEqual([]);
    }
  });
});

describe("time zone independence", () => {
  const saved = process.env.TZ;
  afterEach(() => {
    process.env.TZ = saved;
  });

  const cases: [string, string, string][] = [
    ["when I spoke to him yesterday", "2025-02-13", "2025-02-12"],
    ["he spoke up for the first time last night", "2025-02-19", "2025-02-18"],
    ["after his press conference on Thursday night", "2025-03-14", "2025-03-13"],
    ["on Saturday", "2025-03-10", "2025-03-08"],
    ["the day before yesterday", "2025-10-27", "2025-10-25"],
    ["said on Jan. 31", "2025-02-01", "2025-01-31"],
  ];

  for (const zone of ["America/Los_Angeles", "Asia/Tokyo", "Pacific/Kiritimati"]) {
    it(`gives the same days with TZ=${zone}`, () => {
      process.env.TZ = zone;
      // The zone really took effect: noon UTC is another hour on the wall clock there.
      expect(new Date(Date.UTC(2025, 0, 15, 12)).getHours()).not.toBe(12);
      for (const [text, reference, expected] of cases) {
        expect(findDates(text, reference).map((m) => m.date), `${text} @ ${reference}`).toEqual([expected]);
      }
    });
  }
});

describe("ISO day helpers", () => {
  it("parses a full day at UTC noon and formats to a precision", () => {
    const day = parseIsoDay("2025-02-13");
    expect(day.toISOString()).toBe("2025-02-13T12:00:00.000Z");
    expect(toIsoDate(day, "day")).toBe("2025-02-13");
    expect(toIsoDate(day, "month")).toBe("2025-02");
    expect(toIsoDate(day, "year")).toBe("2025");
  });

  it("rejects what is not a real full day", () => {
    expect(() => parseIsoDay("2025-02")).toThrow(/full ISO day/);
    expect(() => parseIsoDay("2025-02-30")).toThrow(/no such day/);
  });
});
