/** focusQuestion: the question a chat message asks, out of its greeting, reasons and thanks. */
import { describe, expect, it } from "vitest";
import { focusQuestion } from "../../../src/engine/chat-padding.js";
import { bot } from "../../helpers/corpus.js";

describe("focusQuestion", () => {
  it("keeps the question sentences of a message that holds others", () => {
    expect(focusQuestion("Ciao a tutti! Qualcuno sa dirmi se Imparato è andato a Cassino il 31 maggio? Mi serve per il report, grazie mille")).toBe(
      "Qualcuno sa dirmi se Imparato è andato a Cassino il 31 maggio?",
    );
    expect(focusQuestion("Hi all, sorry to bother you. Is the big E-SUV going to be built in Melfi? Thanks in advance!")).toBe("Is the big E-SUV going to be built in Melfi?");
    expect(focusQuestion("Is Alfa Romeo up for sale? What did the CEO say?")).toBe("Is Alfa Romeo up for sale? What did the CEO say?");
  });

  it("asks about a claim the question points back to", () => {
    expect(focusQuestion("Someone in the meeting said Cassino will get more Alfa Romeo models. Is that actually confirmed?")).toBe(
      "Is it true that Cassino will get more Alfa Romeo models?",
    );
    expect(focusQuestion("Ho sentito dire che la Junior arriverà negli Stati Uniti. È vero?")).toBe("È vero che la Junior arriverà negli Stati Uniti?");
  });

  it("asks about a claim a closing tag points back to, after a dash or a comma", () => {
    expect(focusQuestion("I read somewhere that Imparato called the US the first market for the E-segment — did he really say that?")).toBe(
      "Is it true that Imparato called the US the first market for the E-segment?",
    );
    expect(focusQuestion("Quindi la nuova Giulia arriva nel 2026, confermato?")).toBe("È vero che la nuova Giulia arriva nel 2026?");
    expect(focusQuestion("La Junior ha quasi 50mila ordini, giusto?")).toBe("È vero che La Junior ha quasi 50mila ordini?");
    // A tag that asks something of its own is no claim pointed back to.
    expect(focusQuestion("The Stelvio is built in Cassino, where is the Tonale built?")).toBe("The Stelvio is built in Cassino, where is the Tonale built?");
  });

  it("drops a greeting or a word that only opens the turn", () => {
    expect(focusQuestion("ciao, ma Imparato è stato davvero a Cassino il 31 maggio?")).toBe("Imparato è stato davvero a Cassino il 31 maggio?");
    expect(focusQuestion("Hi, so where is the Tonale built?")).toBe("where is the Tonale built?");
    expect(focusQuestion("so where?")).toBe("so where?");
  });

  it("drops a lead-in that names nothing, and keeps one that names the subject or asks", () => {
    expect(focusQuestion("Quick check - did Imparato say the US is the first market?")).toBe("did Imparato say the US is the first market?");
    expect(focusQuestion("Buongiorno, scusate la domanda forse banale: chi è Davide Mele?")).toBe("chi è Davide Mele?");
    expect(focusQuestion("Alfa Romeo Junior: where is it built?")).toBe("Alfa Romeo Junior: where is it built?");
    expect(focusQuestion("who is the ceo - and since when?")).toBe("who is the ceo - and since when?");
    expect(focusQuestion("Where is the Giulia built?")).toBe("Where is the Giulia built?");
    // The pronoun "I" is capitalised and names nothing.
    expect(focusQuestion("As a dealer I need to plan stock: is the next-generation Stelvio coming in 2025?")).toBe("is the next-generation Stelvio coming in 2025?");
  });
});

describe("a padded message answered as its question (seed articles)", () => {
  it("answers with the question's verdict and shows the message as sent", () => {
    const message = "Hi all, sorry to bother you - I'm putting together a slide on the US lineup. Is the big E-SUV for the American market going to be built in Melfi? Thanks in advance!";
    const a = bot.answer(message);
    expect(a.question).toBe(message);
    expect(a.verdict).toBe("no");
    expect(a.citations[0]?.quote).toContain("Detroit");
  });

  it("settles a claim read elsewhere that the message asks to confirm", () => {
    const a = bot.answer("I read somewhere that Imparato called the US the number one market in the world for E-segment cars — did he actually say that?");
    expect(a.verdict).toBe("yes");
    expect(a.citations[0]?.quote).toMatch(/^“The first market in the world for the E-segment is the US market/u);
    const b = bot.answer("ciao, ma Imparato è stato davvero a Cassino il 31 maggio a vedere i lavori per la piattaforma STLA Large?");
    expect(b.verdict).toBe("yes");
    expect(b.citations[0]?.quote).toContain("visited the Cassino plant on May 31");
  });
});
