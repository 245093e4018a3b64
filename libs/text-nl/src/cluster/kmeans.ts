import type { Rng } from './rng';
import { sampleIndices as sampleIndicesSorted } from './sample';

/** Dense, row-major points (n × dims), each row L2-normalised (or zero). */
export interface DensePoints {
  n: number;
  dims: number;
  values: Float64Array;
}

export interface KMeansResult {
  k: number;
  labels: Int32Array;
  /** Unit-length centroids, row-major (k × dims). */
  centroids: Float64Array;
  /** Sum over points of the cosine with their centroid (Euclidean mode: of x·c − ‖c‖²/2); higher is better. */
  cohesion: number;
}

export interface KMeansOptions {
  restarts?: number;
  maxIterations?: number;
  /** Stop when at most this fraction of points changed cluster in an iteration. */
  tolerance?: number;
  /** false = plain Euclidean k-means (centroids are means, not unit vectors), as scikit-learn's KMeans. */
  spherical?: boolean;
}

function dot(a: Float64Array, ao: number, b: Float64Array, bo: number, dims: number): number {
  let s = 0;
  for (let t = 0; t < dims; t++) s += a[ao + t]! * b[bo + t]!;
  return s;
}

/** k-means++ seeding with cosine distance (1 − cos), as in Arthur & Vassilvitskii 2007. */
function seedCentroids(p: DensePoints, k: number, rng: Rng): Float64Array {
  const { n, dims, values } = p;
  const centroids = new Float64Array(k * dims);
  const dist = new Float64Array(n).fill(Infinity);
  let chosen = rng.int(n);
  for (let c = 0; c < k; c++) {
    centroids.set(values.subarray(chosen * dims, chosen * dims + dims), c * dims);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const d = Math.max(0, 1 - dot(values, i * dims, centroids, c * dims, dims));
      if (d < dist[i]!) dist[i] = d;
      total += dist[i]!;
    }
    if (total <= 0) {
      chosen = rng.int(n);
      continue;
    }
    let r = rng.next() * total;
    chosen = n - 1;
    for (let i = 0; i < n; i++) {
      r -= dist[i]!;
      if (r <= 0) {
        chosen = i;
        break;
      }
    }
  }
  return centroids;
}

/** Assigns each point to its most similar centroid; returns the cohesion. */
export function assignToCentroids(
  p: DensePoints,
  centroids: Float64Array,
  k: number,
  labels: Int32Array,
  spherical = true,
): number {
  const { n, dims, values } = p;
  // Euclidean: argmin ‖x − c‖² = argmax (x·c − ‖c‖²/2); for unit centroids the offset is constant.
  const offset = new Float64Array(k);
  if (!spherical)
    for (let c = 0; c < k; c++) offset[c] = dot(centroids, c * dims, centroids, c * dims, dims) / 2;
  let cohesion = 0;
  for (let i = 0; i < n; i++) {
    let best = -Infinity;
    let bestC = 0;
    const io = i * dims;
    for (let c = 0; c < k; c++) {
      const s = dot(values, io, centroids, c * dims, dims) - offset[c]!;
      if (s > best) {
        best = s;
        bestC = c;
      }
    }
    labels[i] = bestC;
    cohesion += best;
  }
  return cohesion;
}

/** Recomputes unit-length centroids; an empty cluster takes the point worst served by its own centroid. */
function updateCentroids(
  p: DensePoints,
  labels: Int32Array,
  k: number,
  centroids: Float64Array,
  spherical: boolean,
): void {
  const { n, dims, values } = p;
  const sums = new Float64Array(k * dims);
  const counts = new Int32Array(k);
  for (let i = 0; i < n; i++) {
    const c = labels[i]!;
    counts[c]!++;
    const so = c * dims;
    const io = i * dims;
    for (let t = 0; t < dims; t++) sums[so + t]! += values[io + t]!;
  }
  for (let c = 0; c < k; c++) {
    if (counts[c] === 0) {
      let worst = 0;
      let worstSim = Infinity;
      for (let i = 0; i < n; i++) {
        const s = dot(values, i * dims, centroids, labels[i]! * dims, dims);
        if (s < worstSim && counts[labels[i]!]! > 1) {
          worstSim = s;
          worst = i;
        }
      }
      counts[labels[worst]!]!--;
      labels[worst] = c;
      counts[c] = 1;
      sums.set(values.subarray(worst * dims, worst * dims + dims), c * dims);
    }
    let norm = 0;
    for (let t = 0; t < dims; t++) norm += sums[c * dims + t]! ** 2;
    norm = spherical ? Math.sqrt(norm) || 1 : counts[c]!;
    for (let t = 0; t < dims; t++) centroids[c * dims + t] = sums[c * dims + t]! / norm;
  }
}

/** Lloyd iterations from given centroids until assignments stop changing. */
export function refine(
  p: DensePoints,
  centroids: Float64Array,
  k: number,
  maxIterations: number,
  spherical = true,
  tolerance = 0,
): KMeansResult {
  const labels = new Int32Array(p.n).fill(-1);
  const previous = new Int32Array(p.n);
  let cohesion = assignToCentroids(p, centroids, k, labels, spherical);
  for (let it = 0; it < maxIterations; it++) {
    previous.set(labels);
    updateCentroids(p, labels, k, centroids, spherical);
    cohesion = assignToCentroids(p, centroids, k, labels, spherical);
    let changed = 0;
    for (let i = 0; i < p.n; i++) if (labels[i] !== previous[i]) changed++;
    if (changed <= tolerance * p.n) break;
  }
  return { k, labels, centroids, cohesion };
}

/**
 * Spherical k-means (Dhillon & Modha 2001): cosine similarity, unit centroids,
 * k-means++ seeding, best of several restarts by cohesion.
 */
export function sphericalKMeans(
  p: DensePoints,
  k: number,
  rng: Rng,
  options: KMeansOptions = {},
): KMeansResult {
  const kk = Math.max(1, Math.min(k, p.n));
  let best: KMeansResult | undefined;
  const restarts = Math.max(1, options.restarts ?? 10);
  for (let r = 0; r < restarts; r++) {
    const result = refine(
      p,
      seedCentroids(p, kk, rng),
      kk,
      options.maxIterations ?? 100,
      options.spherical ?? true,
      options.tolerance ?? 0,
    );
    if (!best || result.cohesion > best.cohesion) best = result;
  }
  return best!;
}

function subset(p: DensePoints, rows: readonly number[]): DensePoints {
  const values = new Float64Array(rows.length * p.dims);
  rows.forEach((r, i) => values.set(p.values.subarray(r * p.dims, (r + 1) * p.dims), i * p.dims));
  return { n: rows.length, dims: p.dims, values };
}

export interface FitOptions extends KMeansOptions {
  /** Restarts run on a random sample of at most this many points; the winner is then refined on all points. */
  sampleSize?: number;
}

/**
 * Spherical k-means that stays linear in n: the restarts (the costly part)
 * run on a sample, then Lloyd iterations on all points polish the best one.
 */
export function fitKMeans(p: DensePoints, k: number, rng: Rng, options: FitOptions = {}): KMeansResult {
  const sampleSize = options.sampleSize ?? 2000;
  if (p.n <= sampleSize) return sphericalKMeans(p, k, rng, options);
  const rows = sampleIndicesSorted(p.n, sampleSize, rng);
  const best = sphericalKMeans(subset(p, rows), k, rng, options);
  return refine(
    p,
    best.centroids,
    best.k,
    options.maxIterations ?? 100,
    options.spherical ?? true,
    options.tolerance ?? 0,
  );
}

export { subset as subsetPoints };
