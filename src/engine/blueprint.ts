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
  const weightSum = domains.reduce((sum, d) => sum + d.weight, 0);
  const result: Record<string, number> = {};
  if (weightSum <= 0 || total <= 0) {
    for (const d of domains) result[d.id] = 0;
    return result;
  }
  const shares = domains.map((d, index) => {
    const exact = (total * d.weight) / weightSum;
    return { id: d.id, index, floor: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = total - shares.reduce((sum, s) => sum + s.floor, 0);
  const byRemainder = [...shares].sort((x, y) => y.remainder - x.remainder || x.index - y.index);
  for (const share of byRemainder) {
    if (left <= 0) break;
    share.floor += 1;
    left -= 1;
  }
  for (const s of shares) result[s.id] = s.floor;
  return result;
}
