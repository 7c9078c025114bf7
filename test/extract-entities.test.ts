import { describe, expect, it } from "vitest";
import type { ExtractionRecord } from "../src/schema/extraction.js";
import { extract, seed } from "./helpers.js";

const entity = (r: ExtractionRecord, id: string) => r.entities.find((e) => e.id === id);
const mentioned = (r: ExtractionRecord, text: string, id: string, form: string) =>
  entity(r, id)?.mentions.some((m) => text.slice(m.start, m.end) === form) ?? false;

describe("actors", () => {
  it("merges full names, surnames, honorifics and spelling variants into one id", () => {
    const r = seed("002_c7d11fd597b20de1.txt");
    const trump = entity(r, "person:donald-trump");
    expect(trump?.aliases).toEqual(expect.arrayContaining(["Trump", "Mr Trump"]));
    const zelenskyy = entity(r, "person:volodymyr-zelenskyy");
    expect(zelenskyy?.aliases).toEqual(expect.arrayContaining(["Mr Zelenskyy"]));
    expect(r.entities.filter((e) => e.type === "person" && /trump/i.test(e.name))).toHaveLength(1);
    const variants = extract("Volodymyr Zelensky met donors. Later Zelenskiy said he was grateful.", { published: "2025-03-01" });
    expect(variants.entities.filter((e) => e.type === "person").map((e) => e.id)).toEqual(["person:volodymyr-zelenskyy"]);
  });

  it("finds people never seen before by shape, and marks authors and photo credits", () => {
    const r = seed("001_8bd0fe5be1de002a.txt");
    expect(entity(r, "person:timothy-ash")?.role).toBe("actor");
    expect(entity(r, "person:olena-goncharova")?.role).toBe("author");
    expect(entity(r, "person:nic-antaya")?.role).toBe("credit");
  });

  it("takes a given name hyphenated to one word for a place or a line, and one with a surname after a space for a person", () => {
    const text = "The Charlotte-Mecklenburg police chief spoke in Winston-Salem, south of the Mason-Dixon line. Jean-Pierre Raffarin and Mary-Kate Olsen listened.";
    const people = extract(text, { published: "2017-09-20" }).entities.filter((e) => e.type === "person").map((e) => e.name);
    expect(people.sort()).toEqual(["Jean-Pierre Raffarin", "Mary-Kate Olsen"]);
  });

  it("does not run a name across a full stop, except after an initial or a title", () => {
    // From allsides articles: a sentence ending in a name, the next beginning with one.
    const text = "The attack killed Ambassador Chris Stevens. Trump blamed Hillary Clinton. Jerry Falwell. Progressive groups objected, Donald J. Trump said, and Sen. Cruz agreed.";
    const r = extract(text, { published: "2016-09-01" });
    const people = r.entities.filter((e) => e.type === "person").map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(["Chris Stevens", "Jerry Falwell", "Donald Trump"]));
    expect(people.filter((name) => name.includes(". ") && !/\b\p{Lu}\. /u.test(name))).toEqual([]);
    expect(mentioned(r, text, "person:donald-trump", "Donald J. Trump")).toBe(true);
  });

  it("reads The Hill's name cards (in 1 of 20 allsides articles) as the person they follow, and none of their teasers", () => {
    // As scraped: the full name glued to teaser headlines of other stories, up to "MORE".
    const text =
      "House Intelligence Committee Chairman Adam Schiff Adam Bennett SchiffGraham: Senate trial 'must expose the whistleblower' " +
      "Graham says Schiff should be a witness in Trump impeachment trial MORE (D-Calif.) said the report was ready. " +
      "Trump has yet to replace John Kelly John Francis KellyMORE as chief of staff. Rep. Ed Perlmutter Edwin (Ed) George PerlmutterMORE (D-Colo.) agreed. " +
      "A card that lost its end: Rep. Gwen Moore Gwen Sophia MooreWhite House aides skipped the hearing.";
    const r = extract(text, { published: "2019-12-03" });
    const cards = r.doc.boilerplate.filter((b) => b.reason === "name card").map((b) => text.slice(b.start, b.end));
    expect(cards).toEqual([expect.stringMatching(/^ Adam Bennett SchiffGraham: .* trial MORE$/), " John Francis KellyMORE", " Edwin (Ed) George PerlmutterMORE"]);
    // The statement is the name's, across the card; the teasers' names and quotes are not read.
    const ready = r.quotes.find((q) => q.text.includes("the report was ready"));
    expect(ready?.speaker).toBe("person:adam-schiff");
    expect(r.quotes.some((q) => q.text.includes("whistleblower"))).toBe(false);
    expect(entity(r, "person:lindsey-graham")).toBeUndefined();
    expect(entity(r, "person:adam-schiff")?.mentions).toHaveLength(1);
    expect(r.entities.filter((e) => e.type === "person").map((e) => e.id)).toEqual(
      expect.arrayContaining(["person:john-kelly", "person:ed-perlmutter", "person:gwen-moore"]),
    );
    // Without its "MORE" a card is not cut out, but its restated name is still the person's.
    expect(mentioned(r, text, "person:gwen-moore", "Gwen Sophia Moore")).toBe(true);
  });

  it("finds a card whose first teaser begins with a name like McCarthy", () => {
    // From a 2016 debate article on The Hill: the teaser glued to the card's "Clinton" starts "McCarthy".
    const text =
      "Trump attacked Clinton over the women who have accused former President Bill Clinton William (Bill) Jefferson ClintonMcCarthy shares " +
      "'Stranger Things' parody video criticizing impeachment Chelsea Clinton on Trump: 'His whole life has been a scam' MORE of harassment.";
    const r = extract(text, { published: "2016-10-10" });
    const cards = r.doc.boilerplate.filter((b) => b.reason === "name card").map((b) => text.slice(b.start, b.end));
    expect(cards).toEqual([expect.stringMatching(/^ William \(Bill\) Jefferson ClintonMcCarthy shares .* MORE$/)]);
    expect(entity(r, "person:kevin-mccarthy")).toBeUndefined();
    expect(r.quotes).toEqual([]);
  });

  it("gives a bare surname borne by a man and a woman to the one its pronoun or honorific says", () => {
    // From the same debate article: Bill Clinton is the Clinton named in full last, but the bare
    // "Clinton" of the debate is the one the text calls "herself" and "she".
    const text =
      "The debate started with Donald Trump and Hillary Clinton delving into their private lives. " +
      "The women sat in the same auditorium as Bill Clinton and daughter Chelsea Clinton. " +
      "Clinton has struggled to explain or defend herself on the matter. " +
      "“It's good that somebody with the temperament of Donald Trump is not running this country,” Clinton responded. " +
      "Raddatz asked Clinton if she was “two-faced.” " +
      "Mr. Clinton said nothing.";
    const r = extract(text, { published: "2016-10-10" });
    const bare = (form: string) => r.entities.filter((e) => e.mentions.some((m) => text.slice(m.start, m.end) === form)).map((e) => e.id);
    expect(bare("Clinton")).toEqual(["person:hillary-clinton"]);
    expect(bare("Mr. Clinton")).toEqual(["person:bill-clinton"]);
    expect(r.quotes.find((q) => q.text.includes("temperament"))?.speaker).toBe("person:hillary-clinton");
  });

  it("takes an unlisted first name before a known surname as a new person, but not a verb opening a sentence or a name after an article", () => {
    // From 2016 campaign coverage: "Khizr" is in no list of given names, "Khan" is Sadiq Khan's surname.
    const text =
      "Khizr Khan, whose son died in Iraq, spoke at the convention. Mr. Khan said Trump had sacrificed nothing. " +
      "Contradicted Trump's denials, the aides said nothing. Futures for the Dow Jones industrial average fell.";
    const r = extract(text, { published: "2016-08-01" });
    const people = r.entities.filter((e) => e.type === "person").map((e) => e.name);
    expect(people).toContain("Khizr Khan");
    expect(people).not.toContain("Sadiq Khan");
    expect(people.some((name) => name.startsWith("Contradicted") || name.startsWith("Dow"))).toBe(false);
    expect(mentioned(r, text, "person:khizr-khan", "Mr. Khan")).toBe(true);
  });

  it("cuts words a scraper glued together, but not a name or brand written as one word", () => {
    const text =
      "Rep. Sheila Jackson Lee said the ExxonMobil deal was bad. John KellyWhite House aides said ObamaCare would stay, and Ron DeSantis and Mitch McConnell agreed.";
    const r = extract(text, { published: "2019-12-03" });
    const people = r.entities.filter((e) => e.type === "person").map((e) => e.name);
    expect(people.filter((name) => /\p{Ll}\p{Lu}/u.test(name) && !/\b(Mc|De)\p{Lu}/u.test(name))).toEqual([]);
    // A name that merely ends in a given name is not cut there.
    expect(people).toEqual(expect.arrayContaining(["John Kelly", "Sheila Jackson Lee", "Ron DeSantis", "Mitch McConnell"]));
    expect(mentioned(r, text, "organization:exxonmobil", "ExxonMobil")).toBe(true);
    // "Obama" of "ObamaCare" is part of another word.
    expect(entity(r, "person:barack-obama")).toBeUndefined();
  });

  it("reads 'the president' as the one person the document titles President, after a sentence ending in a name too", () => {
    // As allsides articles write it: the sentence before ends in a capitalised word.
    const text = "President Joe Biden spoke on Fox. The president said the talks had failed. The Texas president said nothing.";
    const biden = entity(extract(text, { published: "2023-09-21" }), "person:joe-biden");
    expect(biden?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["Joe Biden", "The president"]);
  });

  it("reads 'the governor', 'the senator', 'the congressman' and 'the mayor' as the one person the document titles so", () => {
    // As allsides articles write it: abbreviated titles, a title inside the name ("Rep. Devin Nunes").
    const text =
      "North Carolina Gov. Pat McCrory sued. “Let me repeat that,” the governor said. " +
      "Sen. Ted Cruz agreed, and the senator said the law was clear. Rep. Devin Nunes objected; the congressman said it was wrong. " +
      "New York Mayor Bill de Blasio was asked, and the mayor said no.";
    const r = extract(text, { published: "2016-05-13" });
    const roleOf = (id: string) => entity(r, id)?.mentions.map((m) => text.slice(m.start, m.end)).filter((form) => /^the /i.test(form));
    expect(roleOf("person:pat-mccrory")).toEqual(["the governor"]);
    expect(roleOf("person:ted-cruz")).toEqual(["the senator"]);
    expect(roleOf("person:devin-nunes")).toEqual(["the congressman"]);
    expect(roleOf("person:bill-de-blasio")).toEqual(["the mayor"]);
    // "Vice President Joe Biden" is no president, so "the president" is the one president titled.
    const two = "Vice President Joe Biden and President Barack Obama met. The president said the talks failed.";
    expect(entity(extract(two, { published: "2013-09-21" }), "person:barack-obama")?.mentions.map((m) => two.slice(m.start, m.end))).toEqual(["Barack Obama", "The president"]);
  });

  it("finds people by common given names, but not in a place's name or a case's", () => {
    // From allsides articles: given names the list once lacked, and the counties they also name.
    const text =
      "Devin Watkins of the Competitive Enterprise Institute, Janet Street-Porter and Vicki Zakrzewski spoke. " +
      "Shelby County v. Holder was decided in Shelby County, and Los Angeles County sheriffs patrol the San Joaquin Valley.";
    const people = extract(text, { published: "2016-09-01" }).entities.filter((e) => e.type === "person").map((e) => e.name);
    // The case's other party is a person: Eric Holder, the attorney general it was brought against.
    expect(people.sort()).toEqual(["Devin Watkins", "Eric Holder", "Janet Street-Porter", "Vicki Zakrzewski"]);
  });

  it("names an organization by its last word without running back across a comma", () => {
    // From PolNeAR and allsides articles: a sentence adverb, a list, a place before the name.
    const text = "Apparently, Hofstra University security saw the tweet. Also, the Oklahoma Supreme Court ruled. Donors include Vox Media Inc., Nike Inc. and others.";
    const organizations = extract(text, { published: "2016-09-26" }).entities.filter((e) => e.type === "organization").map((e) => e.name);
    expect(organizations.sort()).toEqual(["Hofstra University", "Nike Inc", "Oklahoma Supreme Court", "Vox Media Inc"]);
  });

  it("reads a school, hospital, clinic, museum or embassy as an organization, not a person named for someone", () => {
    const text = "Students at Marjory Stoneman Douglas High School marched. Doctors at Walter Reed Hospital and the Mayo Clinic agreed, as did Harvard Law School.";
    const r = extract(text, { published: "2018-03-01" });
    expect(r.entities.filter((e) => e.type === "person")).toEqual([]);
    expect(r.entities.filter((e) => e.type === "organization").map((e) => e.name).sort()).toEqual([
      "Harvard Law School",
      "Marjory Stoneman Douglas High School",
      "Mayo Clinic",
      "Walter Reed Hospital",
    ]);
  });

  it("reads a full name the knowledge base does not know as a new person, not as its known surname or country", () => {
    // From allsides articles: Rep. Devin Nunes is not Aloysio Nunes (Brazil's foreign minister), Rep. Steve Israel not Israel.
    const text =
      "“We don’t have 218 votes,” said Rep. Devin Nunes (Calif.). Mr. Nunes said the panel would wait. " +
      "“This is absurd,” said Rep. Steve Israel of New York. Will Israel strike? \"Crooked Hillary!\" Trump tweeted.";
    const r = extract(text, { published: "2018-03-01" });
    expect(r.quotes.map((q) => q.speaker)).toEqual(["person:devin-nunes", "person:devin-nunes", "person:steve-israel", "person:donald-trump"]);
    expect(entity(r, "person:aloysio-nunes")).toBeUndefined();
    expect(mentioned(r, text, "country:IL", "Israel")).toBe(true);
  });

  it("reads a name after an office title, the last of stacked titles, and a surname that is also a title", () => {
    const text =
      "Committee Chairman Eliot Engel said the memo was absurd. However, NSA Director Gen. Keith Alexander disagreed. " +
      "House Majority Leader Steny Hoyer agreed. Rep. King said nothing.";
    const r = extract(text, { published: "2020-01-10" });
    const people = r.entities.filter((e) => e.type === "person").map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(["Eliot Engel", "Keith Alexander", "Steny Hoyer", "King"]));
    expect(people).not.toContain("Gen");
    expect(r.quotes.find((q) => q.text.includes("absurd"))?.speaker).toBe("person:eliot-engel");
  });

  it("does not give a bare surname to the known bearer, or the one of several who held office, long after that office", () => {
    // As allsides articles write it, no full name in the document. Michael Cohen has no office in
    // the knowledge base, William Cohen was secretary of defense from 1997 to 2001.
    const cohen = "Cohen said he paid the money.";
    const people = (text: string, published: string) => extract(text, { published }).entities.filter((e) => e.type === "person").map((e) => e.id);
    expect(people(cohen, "1999-05-01")).toEqual(["person:william-cohen"]);
    expect(people(cohen, "2018-04-10")).not.toContain("person:william-cohen");
    // Before a first office: the 2016 campaign's "Trump" (Ivanka Trump held none).
    expect(people("Trump said he would win.", "2016-03-01")).toEqual(["person:donald-trump"]);
    // The only Green the knowledge base knows was Mexico's foreign minister until 2000.
    const green = "Green Party candidate Jill Stein said she would sue. Green said it was unfair.";
    expect(people(green, "1999-05-01")).toContain("person:rosario-green");
    expect(people(green, "2016-09-26")).not.toContain("person:rosario-green");
    // A country's leader stays in the news for life: France's president until 2007, in 2019.
    expect(people("Chirac said the war was wrong.", "2019-09-27")).toEqual(["person:jacques-chirac"]);
    // Sarah Huckabee Sanders is no longer the only Sanders with an office: Bernie Sanders has his seat.
    expect(people("Sanders said he would stay in the race.", "2016-03-01")).not.toContain("person:sarah-huckabee-sanders");
  });

  it("does not read a surname hyphenated to a name nobody known bears as that person", () => {
    // From allsides articles, beside names the knowledge base knows hyphenated ("Ocasio-Cortez").
    const text = "Cohen-Watnick was fired. Graham-Cassidy failed. Miller-Meeks won. The Trump-Putin summit and the Trump-Russia probe went ahead. Ocasio-Cortez objected.";
    const r = extract(text, { published: "2017-09-20" });
    expect(r.entities.map((e) => e.id).filter((id) => /cohen|graham|miller/.test(id))).toEqual([]);
    expect(entity(r, "person:donald-trump")?.mentions).toHaveLength(2);
    expect(r.entities.map((e) => e.id)).toEqual(expect.arrayContaining(["person:vladimir-putin", "country:RU", "person:alexandria-ocasio-cortez"]));
  });

  it("keeps two people who share a surname and both held office apart, each surname going to the nearest full name", () => {
    const text = "Bill Clinton spoke first. Clinton was cheered. Then Hillary Clinton took the stage, and Clinton said she would win.";
    const r = extract(text, { published: "2016-09-01" });
    const bill = entity(r, "person:bill-clinton");
    const hillary = entity(r, "person:hillary-clinton");
    expect(bill && hillary).toBeTruthy();
    expect(bill?.mentions.some((m) => m.start === text.indexOf("Clinton was"))).toBe(true);
    expect(hillary?.mentions.some((m) => m.start === text.lastIndexOf("Clinton said"))).toBe(true);
  });

  it("gives a bare surname to the one bearer who held office, and a titled one to the bearer who held that office", () => {
    // As allsides articles write it: a family member named in full between the office holder and his surname.
    const text =
      "President Donald Trump and first lady Melania Trump visited the hospital. " +
      "Trump said the staff were heroes. Mrs. Trump thanked them. Later, President Trump flew home.";
    const r = extract(text, { published: "2019-08-07" });
    expect(mentioned(r, text, "person:donald-trump", "Trump")).toBe(true);
    expect(entity(r, "person:donald-trump")?.mentions.some((m) => m.start === text.indexOf("Trump said"))).toBe(true);
    expect(mentioned(r, text, "person:donald-trump", "President Trump")).toBe(true);
    expect(mentioned(r, text, "person:melania-trump", "Mrs. Trump")).toBe(true);
    // The same when the office holder is only ever named by his title: "President Trump" names him as fully as "Donald".
    const titled = text.replace("President Donald Trump", "President Trump");
    const byTitle = extract(titled, { published: "2019-08-07" });
    expect(entity(byTitle, "person:donald-trump")?.mentions.some((m) => m.start === titled.indexOf("Trump said"))).toBe(true);
    expect(mentioned(byTitle, titled, "person:melania-trump", "Mrs. Trump")).toBe(true);
    // Unless the document is about the other bearer: an interview of Hunter Biden.
    const hunter = "Hunter Biden spoke to ABC. Hunter Biden said his father, Joe Biden, never asked. Biden said he regretted nothing.";
    expect(entity(extract(hunter, { published: "2019-10-15" }), "person:hunter-biden")?.mentions.some((m) => m.start === hunter.indexOf("Biden said he"))).toBe(true);
    // Two bearers who both held office, the nearest full name the secretary of state's: the title decides.
    const clintons = "Bill Clinton and Hillary Clinton arrived in Little Rock. President Clinton spoke first.";
    expect(mentioned(extract(clintons, { published: "2016-09-01" }), clintons, "person:bill-clinton", "President Clinton")).toBe(true);
  });

  it("recognises countries by name, short form, demonym and acting capital, and capitals as places otherwise", () => {
    const text = "Moscow's expulsion from the G8 angered the Kremlin. U.S. officials met Ukrainian troops. The envoy flew to Moscow.";
    const r = extract(text);
    expect(mentioned(r, text, "country:RU", "Moscow")).toBe(true);
    expect(mentioned(r, text, "country:RU", "Kremlin")).toBe(true);
    expect(mentioned(r, text, "country:US", "U.S.")).toBe(true);
    expect(mentioned(r, text, "country:UA", "Ukrainian")).toBe(true);
    expect(entity(r, "country:RU")?.mentions).toHaveLength(2);
    expect(entity(r, "organization:g8")).toBeDefined();
  });

  it("resolves role nouns by the date: the US president in 2022 and in 2025", () => {
    const text = "The US president said the talks were useful.";
    expect(mentioned(extract(text, { published: "2022-06-01" }), text, "person:joe-biden", "The US president")).toBe(true);
    expect(mentioned(extract(text, { published: "2025-02-13" }), text, "person:donald-trump", "The US president")).toBe(true);
    // A British article of 2005: the prime minister was Tony Blair.
    const pm = "Britain's prime minister said the vote would go ahead.";
    expect(mentioned(extract(pm, { published: "2005-03-01" }), pm, "person:tony-blair", "Britain's prime minister")).toBe(true);
  });

  it("reads an affiliation from an apposition as a dated fact", () => {
    const r = seed("001_8bd0fe5be1de002a.txt");
    expect(r.facts).toEqual(
      expect.arrayContaining([expect.objectContaining({ subject: "person:timothy-ash", relation: "member_of", object: "organization:chatham-house", label: "associate fellow", date: "2025-02-01" })]),
    );
  });

  it("prefers a title the document gives over the knowledge base", () => {
    const r = seed("002_c7d11fd597b20de1.txt");
    expect(r.facts).toEqual(
      expect.arrayContaining([expect.objectContaining({ subject: "person:alexander-lukashenko", object: "country:BY", relation: "holds_role" })]),
    );
  });
});
