// A trained parser: the move classifier and the label classifier as frozen
// sparse perceptrons, the label names and each word class's possible labels,
// packed into one model file.
import { pack, unpack, ModelFormatError } from "../model/container";
import type { SparseModel } from "../model/perceptron";
import { sparseArrays, sparseFrom, sparseMeta, type SparseMeta } from "../model/sparse-file";
import { FEATURE_VERSION, FeatureScratch, labelFeatures, moveFeatures } from "./features";
import { Beam, type StepScorer } from "./beam";
import { InlineModel } from "./inline";
import { CandidateIndex, bestCandidate, type Candidates } from "./labels";
import { Config, LEFT, MOVES, RIGHT } from "./transition";
import { encodeSentence, type EncodedSentence, type ParserWord } from "./words";

export const ROOT_LABEL = "root";
const KIND = "newsgraph-parser";

export interface ParserModel {
  moves: SparseModel;
  labels: SparseModel;
  /** label names by id, most frequent first */
  labelNames: string[];
  candidates: Candidates;
  meta: Record<string, unknown>;
  /** the beam widths a parse uses when it is not told one (beamDefaults) */
  beams: BeamDefaults;
}

export interface ParseOptions {
  /** beam width: 1 parses greedily; default the model's `beams.parse` */
  beam?: number;
}

export interface BeamDefaults {
  /** for `parse` without a width, and so for `newsgraph parse` and eval:syntax: the width the model was trained with */
  parse: number;
  /** for `newsgraph build`, which parses every sentence holding an event word and must stay fast (README, "How fast") */
  build: number;
}

/**
 * The widest beam build uses on a beam-trained model alone: 1, since even a beam of 2 makes build slower than
 * compromise's NER pass (README, "Beam search"); the model set builds with the greedy model instead when it has it.
 */
export const BUILD_BEAM = 1;

/** A model trained with a beam of width k (meta.beam; greedy models have none) parses with k, builds with at most BUILD_BEAM. */
export function beamDefaults(meta: Record<string, unknown>): BeamDefaults {
  const trained = typeof meta.beam === "number" && meta.beam >= 1 ? Math.floor(meta.beam) : 1;
  return { parse: trained, build: Math.min(trained, BUILD_BEAM) };
}

export interface ParseResult {
  /** 1-based heads, 0 = root */
  head: number[];
  deprel: string[];
}

export function packParser(m: ParserModel): Uint8Array {
  return pack({
    meta: {
      ...m.meta,
      kind: KIND,
      featureVersion: FEATURE_VERSION,
      labelNames: m.labelNames,
      candidates: m.candidates,
      moves: sparseMeta(m.moves.data),
      labels: sparseMeta(m.labels.data),
    },
    arrays: { ...sparseArrays("moves", m.moves.data), ...sparseArrays("labels", m.labels.data) },
  });
}

export function loadParser(bytes: Uint8Array): ParserModel {
  const c = unpack(bytes);
  const meta = c.meta as Record<string, unknown> & {
    kind?: string;
    featureVersion?: string;
    labelNames?: string[];
    candidates?: Candidates;
  };
  if (meta.kind !== KIND) throw new ModelFormatError(`not a parser model (kind ${String(meta.kind)})`);
  if (meta.featureVersion !== FEATURE_VERSION)
    throw new ModelFormatError(
      `parser model was trained with other feature templates (${meta.featureVersion}, code has ${FEATURE_VERSION}); retrain it`,
    );
  return {
    moves: sparseFrom(c, "moves", meta.moves as SparseMeta | undefined),
    labels: sparseFrom(c, "labels", meta.labels as SparseMeta | undefined),
    labelNames: meta.labelNames ?? [],
    candidates: meta.candidates ?? {},
    meta,
    beams: beamDefaults(meta),
  };
}

/** Index of the best-scoring legal move. */
export function bestLegal(c: Config, scores: Float64Array): number {
  let best = -1;
  for (let k = 0; k < MOVES; k++) if (c.canDo(k) && (best < 0 || scores[k] > scores[best])) best = k;
  return best;
}

/** A loaded model with its scratch space: parses sentence after sentence without allocating much. */
export class Parser implements StepScorer {
  private readonly x = new FeatureScratch();
  private readonly moveScores = new Float64Array(MOVES);
  private readonly labelScores: Float64Array;
  private readonly rootId: number;
  private readonly candidates: CandidateIndex;
  private readonly moves: InlineModel;
  private readonly beams = new Map<number, Beam>();
  /** the sentence being parsed (for the beam's callbacks) */
  private sent: EncodedSentence | null = null;

  constructor(readonly model: ParserModel) {
    this.labelScores = new Float64Array(model.labelNames.length);
    this.rootId = model.labelNames.indexOf(ROOT_LABEL);
    this.candidates = new CandidateIndex(model.candidates, model.labelNames.length, this.rootId);
    this.moves = new InlineModel(model.moves.data);
  }

  /** Parses one sentence: every word gets a head, exactly one word has the root. */
  parse(words: readonly ParserWord[], options: ParseOptions = {}): ParseResult {
    const n = words.length;
    if (n === 0) return { head: [], deprel: [] };
    const width = Math.max(1, Math.floor(options.beam ?? this.model.beams.parse));
    const sent = encodeSentence(words);
    this.sent = sent;
    const c = width === 1 ? this.greedy(sent) : this.beamOf(width).run(this);
    this.sent = null;
    const head: number[] = [];
    const deprel: string[] = [];
    for (let i = 0; i < n; i++) {
      head.push(c.head[i] === n ? 0 : c.head[i] + 1);
      deprel.push(this.model.labelNames[c.label[i]]);
    }
    return { head, deprel };
  }

  /** Greedy: the best legal move at every step (what a beam of 1 does, without copying states). */
  private greedy(sent: EncodedSentence): Config {
    const c = new Config(sent.n);
    while (!c.done) {
      let move = -1;
      let options = 0;
      for (let k = 0; k < MOVES; k++) if (c.canDo(k)) (options++, (move = k));
      if (options > 1) {
        this.scoreMoves(c, this.moveScores);
        move = bestLegal(c, this.moveScores);
      }
      let label = -1;
      // the arc's ends as c.arc(move) gives them, without allocating a pair
      if (move === LEFT) label = this.chooseLabel(c, c.b, c.s(0));
      else if (move === RIGHT) label = this.chooseLabel(c, c.s(1), c.s(0));
      c.apply(move, label);
    }
    return c;
  }

  private beamOf(width: number): Beam {
    let b = this.beams.get(width);
    if (!b) this.beams.set(width, (b = new Beam(width)));
    b.start(this.sent!.n);
    return b;
  }

  scoreMoves(c: Config, out: Float64Array): void {
    const f = moveFeatures(this.sent!, c, this.x);
    out.fill(0);
    this.moves.score(f.data, f.length, out);
  }

  chooseLabel(c: Config, head: number, dep: number): number {
    const sent = this.sent!;
    if (head === sent.n) return this.rootId;
    const f = labelFeatures(sent, c, head, dep, this.x);
    const cands = this.candidates.get(head < dep, sent.upos[dep]);
    const scores = this.labelScores;
    for (let j = 0; j < cands.length; j++) scores[cands[j]] = 0;
    this.model.labels.score(f.data, f.length, scores);
    return bestCandidate(scores, cands);
  }
}

const parsers = new WeakMap<ParserModel, Parser>();

/** Parses one sentence with a loaded model (see Parser), with a beam of `options.beam` (default the model's `beams.parse`). */
export function parse(m: ParserModel, words: readonly ParserWord[], options: ParseOptions = {}): ParseResult {
  let p = parsers.get(m);
  if (!p) parsers.set(m, (p = new Parser(m)));
  return p.parse(words, options);
}
