// Registers the dependency parser's loader with the model set (kept apart so
// src/nlp/models.ts does not depend on the parser's code).
import { registerParserLoader } from "./models";
import { loadParser, parse } from "./parser/index";

// A width of 1 goes to the greedy model (trained for greedy parsing: a beam-trained model needs its
// beam), wider ones to the beam model; build asks for 1 when the greedy model is there (README, "Beam search").
registerParserLoader(({ beam, greedy }) => {
  const wide = beam ? loadParser(beam) : undefined;
  const fast = greedy ? loadParser(greedy) : undefined;
  const beams = { parse: wide?.beams.parse ?? 1, build: fast ? 1 : wide!.beams.build };
  return {
    beams,
    parse(words, options) {
      const width = options?.beam ?? beams.parse;
      return width <= 1 && fast ? parse(fast, words, { beam: 1 }) : parse(wide ?? fast!, words, { beam: width });
    },
  };
});
