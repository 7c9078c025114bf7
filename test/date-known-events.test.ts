import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../src/build/package-root.js";
import { dateKnownEvents, loadKnownEvents } from "../src/extract/date-known-events.js";
import type { Event } from "../src/schema/extraction.js";
import { extract } from "./helpers.js";

const known = loadKnownEvents(join(packageRoot(), "data", "kb", "known-events.json"));
const event = (type: string, participants: string[]): Event => ({ id: `event:${type}:undated:${participants.join("+")}`, type, cameo: "19", participants, date: null, place: null, start: 0, end: 10 });

describe("known events", () => {
  it("dates an undated mention of a landmark event, and puts the date in its id", () => {
    const [dated] = dateKnownEvents([event("invasion", ["country:RU", "country:UA"])], known, "Russia's full-scale invasion of Ukraine", "2023-05-01");
    expect(dated).toMatchObject({ date: "2022-02-24", id: "event:invasion:2022-02-24:country:RU+country:UA" });
  });

  it("never dates an event by one that happened after the document, or without its keywords, or when two fit", () => {
    expect(dateKnownEvents([event("invasion", ["country:RU", "country:UA"])], known, "the invasion", "2015-01-10")[0]?.date).toBeNull();
    expect(dateKnownEvents([event("summit", ["person:donald-trump", "person:vladimir-putin"])], known, "the summit", null)[0]?.date).toBeNull();
    expect(dateKnownEvents([event("summit", ["person:donald-trump", "person:vladimir-putin"])], known, "the Helsinki summit", null)[0]?.date).toBe("2018-07-16");
  });

  it("works in the pipeline: a profile that never writes the year of the invasion", () => {
    const r = extract("Trump on Russia\n\nFollowing Russia's full-scale invasion of Ukraine, Trump called Putin 'pretty smart'.", { published: "2024-06-01" });
    expect(r.events.find((e) => e.type === "invasion")?.date).toBe("2022-02-24");
  });
});
