import { normalizeDenseRows } from './embed';
import { type DensePoints, sphericalKMeans, subsetPoints } from './kmeans';
import type { Rng } from './rng';
import { sampleIndices } from './sample';

export interface KChoice {
  k: number;
  /** Candidate k values with their mean silhouette, for reporting. */
  curve: Array<{ k: number; silhouette: number }>;
}

export interface ChooseKOptions {
  minK?: number;
  maxK?: number;
  /** Silhouettes are computed on at most this many points (cost grows with its square). */
  sampleSize?: number;
}

/** The first `dims` coordinates of each point, re-normalised (LSA coordinates come in order of importance). */
function leadingDims(p: DensePoints, dims: number): DensePoints {
  if (p.dims <= dims) return p;
  const values = new Float64Array(p.n * dims);
  for (let i = 0; i < p.n; i++) values.set(p.values.subarray(i * p.dims, i * p.dims + dims), i * dims);
  normalizeDenseRows(values, p.n, dims);
  return { n: p.n, dims, values };
}

/** Largest k tried automatically: about √(2n), never more than 40 themes for people to review. */
export function defaultMaxK(n: number): number {
  return Math.max(2, Math.min(40, Math.round(Math.sqrt(2 * n))));
}

/** Candidate k values from min to max, spaced about 20 % apart. */
export function candidateKs(minK: number, maxK: number): number[] {
  const out: number[] = [];
  for (let k = minK; k <= maxK; k = Math.max(k + 1, Math.round(k * 1.2))) out.push(k);
  if (out[out.length - 1] !== maxK && maxK >= minK) out.push(maxK);
  return out;
}

/** Mean silhouette (cosine distance) of a labelling, from a precomputed similarity matrix. */
export function meanSilhouette(sim: Float64Array, n: number, labels: Int32Array, k: number): number {
  const sizes = new Int32Array(k);
  for (let i = 0; i < n; i++) sizes[labels[i]!]!++;
  const sums = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) {
    sums.fill(0);
    for (let j = 0; j < n; j++) if (j !== i) sums[labels[j]!]! += 1 - sim[i * n + j]!;
    const own = labels[i]!;
    if (sizes[own]! <= 1) continue; // silhouette of a singleton is 0
    const a = sums[own]! / (sizes[own]! - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && sizes[c]! > 0) b = Math.min(b, sums[c]! / sizes[c]!);
    if (!Number.isFinite(b)) continue;
    const m = Math.max(a, b);
    if (m > 0) total += (b - a) / m;
  }
  return total / n;
}

/**
 * Knee of a rising curve (Satopää et al. 2011, "Kneedle"): both axes scaled
 * to [0, 1], the point furthest above the diagonal. Falls back to the
 * maximum when the curve never rises above the diagonal.
 */
export function kneeIndex(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length <= 2) return ys.indexOf(Math.max(...ys));
  const x0 = xs[0]!;
  const x1 = xs[xs.length - 1]!;
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  if (y1 - y0 < 1e-12 || x1 === x0) return 0;
  let best = -1;
  let bestGap = 0;
  xs.forEach((x, i) => {
    const gap = (ys[i]! - y0) / (y1 - y0) - (x - x0) / (x1 - x0);
    if (gap > bestGap) {
      bestGap = gap;
      best = i;
    }
  });
  return best >= 0 ? best : ys.indexOf(y1);
}

/**
 * Chooses the number of themes: spherical k-means for each candidate k on a
 * sample (in the leading 50 LSA dimensions, to keep it cheap), mean cosine
 * silhouette per k, then the knee of its running maximum against k.
 * Silhouette alone keeps creeping up with k on text; the knee is where extra
 * themes stop separating the texts noticeably better.
 */
export function chooseK(p: DensePoints, rng: Rng, options: ChooseKOptions = {}): KChoice {
  const minK = Math.max(2, options.minK ?? 2);
  const maxK = Math.min(options.maxK ?? defaultMaxK(p.n), p.n - 1);
  if (maxK < minK) return { k: Math.max(1, Math.min(p.n, minK)), curve: [] };
  const rows = sampleIndices(p.n, options.sampleSize ?? 800, rng);
  const s = leadingDims(subsetPoints(p, rows), 50);
  const n = s.n;
  const sim = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let d = 0;
      for (let t = 0; t < s.dims; t++) d += s.values[i * s.dims + t]! * s.values[j * s.dims + t]!;
      sim[i * n + j] = d;
      sim[j * n + i] = d;
    }
  }
  const ks = candidateKs(minK, Math.min(maxK, n - 1));
  const raw = ks.map((k) => {
    const km = sphericalKMeans(s, k, rng, { restarts: 1, tolerance: 0.005, maxIterations: 20 });
    return meanSilhouette(sim, n, km.labels, km.k);
  });
  // Running maximum: removes k-means noise dips and keeps a sharp early peak as the knee.
  let best = -Infinity;
  const envelope = raw.map((v) => (best = Math.max(best, v)));
  const index = kneeIndex(ks, envelope);
  return { k: ks[index]!, curve: ks.map((k, i) => ({ k, silhouette: raw[i]! })) };
}
