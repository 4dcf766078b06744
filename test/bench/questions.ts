/**
 * The questions the benchmark asks. Copied here (not read from ../shared or the test
 * fixtures at run time) so the benchmark measures the same work on every clone.
 */

/** The 30 development questions (answerable and not), in the scorer's order. */
export const devQuestions: readonly string[] = [
  "Where are the Giulia and Stelvio made?",
  "Where is the Tonale made?",
  "What is Alfa Romeo's sales target for 2024?",
  "What did Marchionne promise?",
  "Who is Alfa Romeo's CEO?",
  "Where might Alfa Romeo's US factory be?",
  "What platform is coming to Cassino?",
  "How many Juniors have been ordered?",
  "When is the new Giulia coming?",
  "What happened to US sales in 2025?",
  "Who is the Stellantis CEO?",
  "Where will the E-SUV be built?",
  "Chi ha scelto Imparato?",
  "Dove si trova il Museo Storico Alfa Romeo?",
  "How many cars did Alfa sell in H1 2025?",
  "Is the Junior coming to America?",
  "Will Alfa Romeo make electric sedans?",
  "Which Maserati model will be built in Cassino from 2027?",
  "What segment is the Junior in?",
  "Which older models' owners is the Junior aimed at?",
  "Where is the Tonale successor going to be built?",
  "who heads alfa in north america",
  "Dove vengono costruite Giulia e Stelvio?",
  "what does the STLA Large platform bring",
  "How much does the Stelvio cost?",
  "Who founded Alfa Romeo?",
  "Where is the Jeep Compass built?",
  "What is the top speed of the Junior?",
  "Chi è il presidente della Ferrari?",
  "tell me a joke",
];

/**
 * Questions for the synthetic archive: the common shapes (where, who, when, how many,
 * what segment) over the entities every synthetic article mentions, so candidate lists
 * are as long as they get, plus declines and a misspelling.
 */
export const scaleQuestions: readonly string[] = [
  "Where is the Giulia built?",
  "Who is Alfa Romeo's CEO?",
  "When is the new Stelvio coming?",
  "How many Juniors have been ordered?",
  "What is Alfa Romeo's sales target for 2024?",
  "Dove vengono costruite Giulia e Stelvio?",
  "Chi ha scelto Imparato?",
  "What platform is coming to Cassino?",
  "What segment is the Junior in?",
  "Where might Alfa Romeo's US factory be?",
  "Where is the Giula built?",
  "How much does the Stelvio cost?",
];
