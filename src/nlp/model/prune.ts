// Shrinking a frozen model to a size budget: keep the features whose weights
// matter most (largest sum of |weight| over classes), drop the rest. Rare
// features end training with small averaged weights, so most of them go at
// little cost in accuracy. Deterministic: ties go to the smaller key.
import { SparseModel, type SparseModelData } from "./perceptron";

export function pruneSparse(model: SparseModel, keep: number): SparseModel {
  const d = model.data;
  const nFeatures = d.keys.length;
  if (keep >= nFeatures) return model;
  const mass = new Float64Array(nFeatures);
  for (let f = 0; f < nFeatures; f++) {
    let m = 0;
    for (let e = d.offsets[f]; e < d.offsets[f + 1]; e++) m += Math.abs(d.weights[e]);
    mass[f] = m;
  }
  const order = Array.from({ length: nFeatures }, (_, f) => f).sort(
    (a, b) => mass[b] - mass[a] || d.keys[a] - d.keys[b],
  );
  const kept = order.slice(0, keep).sort((a, b) => a - b); // back in key order
  let entries = 0;
  for (const f of kept) entries += d.offsets[f + 1] - d.offsets[f];
  const out: SparseModelData = {
    nClasses: d.nClasses,
    scale: d.scale,
    keys: new Int32Array(kept.length),
    offsets: new Uint32Array(kept.length + 1),
    classes: d.classes instanceof Uint8Array ? new Uint8Array(entries) : new Uint16Array(entries),
    weights: new Int16Array(entries),
  };
  let e = 0;
  kept.forEach((f, i) => {
    out.keys[i] = d.keys[f];
    for (let k = d.offsets[f]; k < d.offsets[f + 1]; k++, e++) {
      out.classes[e] = d.classes[k];
      out.weights[e] = d.weights[k];
    }
    out.offsets[i + 1] = e;
  });
  return new SparseModel(out);
}
