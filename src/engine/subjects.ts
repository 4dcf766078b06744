/**
 * Words that make a sentence about another car of the same name, in one place for the rules
 * that need them. Two lists, because two questions differ in what "another" means.
 */

/** A successor is another car: "the successor to the Tonale ... Melfi" does not place the Tonale. */
export const SUCCESSOR_CONCEPTS: readonly string[] = ["c:successor"];

/**
 * For a question about today, the next generation is another car too: "the new Giulia ...
 * 2028" does not say when today's Giulia arrives. (Yes/no verdicts keep "new" as the same
 * car: "Will the new Giulia be built in Cassino?" names it so; treating it as another cost
 * two verdicts of the tuning set.)
 */
export const NEXT_GENERATION_CONCEPTS: readonly string[] = [...SUCCESSOR_CONCEPTS, "c:new"];
