// 8-bit weight codes: a model's 16-bit quantised weights mapped onto 256 levels,
// 128 magnitudes from 1 to 32767 evenly spaced in log (each at least one above the
// last) and their negatives, so every weight keeps its size to within about 4%.
// The file stores one byte per weight and the levels; loading turns the codes back
// into 16-bit weights, so scoring is what it was.
//
// Measured on the committed tagger and parsers, side by side: a per-model k-means
// codebook (Lloyd, started at the density's cube root) has a third of the squared
// error of this one but cost more tags and arcs on news (tagger UPOS 0.9594 against
// 0.9603 here, beam parser UAS 0.8234 against 0.8281): a perceptron's decisions
// ride on relative precision, of the large weights too, not on the mean error.

export const CODE_LEVELS = 256;
const MAX_WEIGHT = 32767;

/** The log-spaced levels, ascending. */
export function logCodebook(): Int16Array {
  const half = CODE_LEVELS / 2;
  const magnitudes = new Int16Array(half);
  for (let k = 0; k < half; k++) {
    const m = Math.round(MAX_WEIGHT ** (k / (half - 1)));
    magnitudes[k] = k ? Math.max(m, magnitudes[k - 1] + 1) : m;
  }
  const levels = new Int16Array(CODE_LEVELS);
  for (let k = 0; k < half; k++) {
    levels[half - 1 - k] = -magnitudes[k];
    levels[half + k] = magnitudes[k];
  }
  return levels;
}

/** The levels for these weights: their distinct values when there are few enough (lossless), else the log levels. */
export function buildCodebook(weights: Int16Array): Int16Array {
  const distinct = [...new Set(weights)];
  return distinct.length <= CODE_LEVELS ? Int16Array.from(distinct).sort() : logCodebook();
}

/** Each weight's nearest level (ties to the lower one); the levels ascending. */
export function encodeWeights(weights: Int16Array, codebook: Int16Array): Uint8Array {
  if (codebook.length === 0 || codebook.length > CODE_LEVELS) throw new RangeError("codebook needs 1-256 levels");
  const codeOf = new Uint8Array(65536);
  let j = 0;
  for (let v = -32768; v <= 32767; v++) {
    while (j + 1 < codebook.length && v - codebook[j] > codebook[j + 1] - v) j++;
    codeOf[v + 32768] = j;
  }
  const codes = new Uint8Array(weights.length);
  for (let i = 0; i < weights.length; i++) codes[i] = codeOf[weights[i] + 32768];
  return codes;
}

export function decodeWeights(codes: Uint8Array, codebook: Int16Array): Int16Array {
  const out = new Int16Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = codebook[codes[i]];
  return out;
}
