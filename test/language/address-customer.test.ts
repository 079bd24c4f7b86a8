import { describe, expect, it } from "vitest";
import { speak } from "../../src/language/index.js";

const sv = (said: string, customer: string | null) => speak("sv").addressCustomer(said, customer);
const en = (said: string, customer: string | null) => speak("en").addressCustomer(said, customer);

describe("the customer's draft speaks to the customer", () => {
  it("in Swedish, for each kind of promise", () => {
    expect(sv("skicka offerten till Acme", "Acme")).toBe("skicka offerten till er");
    expect(sv("ringa Scania", "Scania")).toBe("ringa er");
    expect(sv("boka ett möte med Husqvarna AB", "Husqvarna AB")).toBe("boka ett möte med er");
    expect(sv("höra av mig till Spotify om priset", "Spotify")).toBe("höra av oss till er om priset");
    expect(sv("leverera till kunden Ikea", "Ikea")).toBe("leverera till er");
    expect(sv("återkomma om min offert", null)).toBe("återkomma om vår offert");
    expect(sv("skicka avtalet", "Volvo")).toBe("skicka avtalet");
  });

  it("in English, for each kind of promise", () => {
    expect(en("send the report to Acme", "Acme")).toBe("send the report to you");
    expect(en("call Scania", "Scania")).toBe("call you");
    expect(en("share the roadmap with Ericsson", "Ericsson")).toBe("share the roadmap with you");
    expect(en("get back to Globex Inc. about my pricing", "Globex Inc.")).toBe("get back to you about our pricing");
    expect(en("review Acme's contract", "Acme")).toBe("review your contract");
    expect(en("deliver to the customer Ikea", "Ikea")).toBe("deliver to you");
  });

  it("falls back to a neutral phrase when the promise is about someone else", () => {
    expect(sv("påminna Anna om offerten till Acme", "Acme")).toBeNull();
    expect(sv("kolla med <@U0LEGAL> om avtalet", null)).toBeNull();
    expect(en("remind legal about the Acme contract", "Acme")).toBeNull();
    expect(en("ask <@U0BOB> for the numbers", null)).toBeNull();
  });

  it("reads the neutral phrase as a whole sentence in each language", () => {
    const words = { toYou: null, deadline: "fredag 27 november kl 17:00", late: false };
    expect(speak("sv").messages.reminders.draftSlipping(words)).toContain(
      "det vi lovade er senast fredag 27 november kl 17:00 blir tyvärr inte klart i tid",
    );
    expect(speak("en").messages.reminders.draftSlipping({ ...words, deadline: "Friday 27 November at 17:00" })).toContain(
      "what we promised you by Friday 27 November at 17:00 won't be ready in time",
    );
  });

  it("tells a slip in the past once the deadline has passed", () => {
    const words = { toYou: "ringa er", deadline: "måndag 7 december kl 17:00", late: true };
    expect(speak("sv").messages.reminders.draftSlipping(words)).toContain(
      "vi lovade att ringa er senast måndag 7 december kl 17:00, men det har vi tyvärr inte hunnit.",
    );
    expect(speak("en").messages.reminders.draftSlipping({ ...words, toYou: "call you", deadline: "Monday 7 December at 17:00" })).toContain(
      "we promised to call you by Monday 7 December at 17:00, but it isn't done yet.",
    );
    expect(speak("sv").messages.reminders.draftSlipping({ ...words, toYou: null })).toContain(
      "det vi lovade er senast måndag 7 december kl 17:00 är tyvärr inte klart än.",
    );
  });
});
