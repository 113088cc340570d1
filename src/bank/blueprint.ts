/** Exam blueprint math: how many questions each domain gets. */

export interface WeightedDomain {
  id: string;
  weight: number;
}

/**
 * Splits `total` over domains by weight with largest-remainder (Hamilton) rounding: each domain gets the floor of its
 * exact share, and the seats left go to the largest remainders (ties to the earlier domain), so the counts always sum
 * to `total`. 59 at 44/44/12 gives 26/26/7.
 */
export function allocateByWeight(total: number, domains: readonly WeightedDomain[]): Record<string, number> {
  // Weights that are not finite non-negative numbers count as 0, and the total is a whole number, so the counts
  // always sum to the total.
  const weights = domains.map((d) => (Number.isFinite(d.weight) && d.weight > 0 ? d.weight : 0));
  const count = Number.isFinite(total) && total > 0 ? Math.floor(total) : 0;
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  const result: Record<string, number> = {};
  if (weightSum <= 0 || count <= 0) {
    for (const d of domains) result[d.id] = 0;
    return result;
  }
  // Remainders as exact numerators (count × weight mod weightSum) rather than fractions: with floating-point
  // fractions, equal remainders can differ in the last bit and break the tie rule (2 at 1/48/51 gave the tie to the
  // last domain).
  const shares = domains.map((d, index) => {
    const scaled = count * weights[index]!;
    const remainder = scaled % weightSum;
    return { id: d.id, index, floor: Math.round((scaled - remainder) / weightSum), remainder };
  });
  let left = count - shares.reduce((sum, s) => sum + s.floor, 0);
  const byRemainder = [...shares].sort((x, y) => y.remainder - x.remainder || x.index - y.index);
  for (const share of byRemainder) {
    if (left <= 0) break;
    share.floor += 1;
    left -= 1;
  }
  for (const s of shares) result[s.id] = s.floor;
  return result;
}
