/** Least-squares slope of log(seconds) against log(n): the empirical growth exponent of run time. */
export function growthExponent(points: ReadonlyArray<{ n: number; seconds: number }>): number {
  const xs = points.map((p) => Math.log(p.n));
  const ys = points.map((p) => Math.log(Math.max(p.seconds, 1e-6)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i]! - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? 0 : num / den;
}

/** Exponent n·log n shows over the same range of n (slightly above 1), for comparison. */
export function nLogNExponent(ns: readonly number[]): number {
  return growthExponent(ns.map((n) => ({ n, seconds: n * Math.log(n) })));
}
