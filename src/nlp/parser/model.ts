// A trained parser: the move classifier and the label classifier as frozen
// sparse perceptrons, the label names, packed into one model file.
import { pack, unpack, sparseArrays, sparseMeta, sparseFrom, ModelFormatError } from "../model/container";
import { argmax, type SparseModel } from "../model/perceptron";
import { FEATURE_VERSION, FeatureScratch, labelFeatures, moveFeatures } from "./features";
import { Config, LEFT, MOVES, RIGHT } from "./transition";
import { encodeSentence, type ParserWord } from "./words";

export const ROOT_LABEL = "root";
const KIND = "newsgraph-parser";

export interface ParserModel {
  moves: SparseModel;
  labels: SparseModel;
  /** label names by id, most frequent first */
  labelNames: string[];
  meta: Record<string, unknown>;
}

export interface ParseResult {
  /** 1-based heads, 0 = root */
  head: number[];
  deprel: string[];
}

export function packParser(m: ParserModel): Uint8Array {
  return pack({
    meta: { ...m.meta, kind: KIND, featureVersion: FEATURE_VERSION, labelNames: m.labelNames, moves: sparseMeta(m.moves.data), labels: sparseMeta(m.labels.data) },
    arrays: { ...sparseArrays("moves", m.moves.data), ...sparseArrays("labels", m.labels.data) },
  });
}

export function loadParser(bytes: Uint8Array): ParserModel {
  const c = unpack(bytes);
  const meta = c.meta as Record<string, unknown> & { kind?: string; featureVersion?: string; labelNames?: string[] };
  if (meta.kind !== KIND) throw new ModelFormatError(`not a parser model (kind ${String(meta.kind)})`);
  if (meta.featureVersion !== FEATURE_VERSION)
    throw new ModelFormatError(`parser model was trained with other feature templates (${meta.featureVersion}, code has ${FEATURE_VERSION}); retrain it`);
  const labelNames = meta.labelNames ?? [];
  return {
    moves: sparseFrom(c, "moves", meta.moves as never),
    labels: sparseFrom(c, "labels", meta.labels as never),
    labelNames,
    meta,
  };
}

/** Picks the label of the arc head→dep; the root arc is always "root". */
export function chooseLabel(m: ParserModel, sent: ReturnType<typeof encodeSentence>, c: Config, head: number, dep: number, x: FeatureScratch, scores: Float64Array): number {
  const rootId = m.labelNames.indexOf(ROOT_LABEL);
  if (head === sent.n) return rootId;
  const f = labelFeatures(sent, c, head, dep, x);
  scores.fill(0);
  m.labels.score(f.data, f.length, scores);
  return argmax(scores, m.labelNames.length, (k) => k !== rootId);
}

/** Greedy parse of one sentence: every word gets a head, exactly one word has the root. */
export function parse(m: ParserModel, words: readonly ParserWord[]): ParseResult {
  const n = words.length;
  if (n === 0) return { head: [], deprel: [] };
  const sent = encodeSentence(words);
  const c = new Config(n);
  const x = new FeatureScratch();
  const moveScores = new Float64Array(MOVES);
  const labelScores = new Float64Array(m.labelNames.length);
  const legal = (k: number) => c.canDo(k);
  while (!c.done) {
    let move = -1;
    let options = 0;
    for (let k = 0; k < MOVES; k++) if (c.canDo(k)) (options++, (move = k));
    if (options > 1) {
      const f = moveFeatures(sent, c, x);
      moveScores.fill(0);
      m.moves.score(f.data, f.length, moveScores);
      move = argmax(moveScores, MOVES, legal);
    }
    let label = -1;
    if (move === LEFT || move === RIGHT) {
      const [h, d] = c.arc(move)!;
      label = chooseLabel(m, sent, c, h, d, x, labelScores);
    }
    c.apply(move, label);
  }
  const head: number[] = [];
  const deprel: string[] = [];
  for (let i = 0; i < n; i++) {
    head.push(c.head[i] === n ? 0 : c.head[i] + 1);
    deprel.push(m.labelNames[c.label[i]]);
  }
  return { head, deprel };
}
