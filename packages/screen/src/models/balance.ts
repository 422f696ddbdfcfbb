/**
 * Class weights for training sets with few relevant records. Reviews include 1–5 % of what they screen, so unweighted a
 * model learns mostly what irrelevant records look like. ASReview's "double" strategy resamples the training set so
 * that relevant records are drawn more often (Van de Schoot et al. 2021, Nature Machine Intelligence 3:125); Evidens
 * weights instead, which is the same in expectation as oversampling, needs no random draws, and keeps updates
 * incremental. With "balanced" each class carries half the total weight (sklearn's `class_weight="balanced"`):
 *
 *   w₁ = n / (2·n₁),   w₀ = n / (2·n₀),   n = n₀ + n₁
 *
 * so that w₁·n₁ = w₀·n₀ = n/2. With "none" both weights are 1.
 *
 * With "double" the weights are the expected number of copies of each record in ASReview's "double" resample
 * (asreview/models/balance/double.py, defaults a = 2.155, α = 0.94, b = 0.789, β = 1): the training set keeps its size
 * n, and the relevant class takes the share
 *
 *   s = v₁·n₁ / (v₁·n₁ + v₀·n₀),   v₁ = a·(n₁/n₀)^(−α),   v₀ = 1 − (1 − b)·(1 + ln n)^(−β)
 *
 * so w₁ = s·n/n₁ and w₀ = (1 − s)·n/n₀. The fewer relevant records there are among those screened, the larger their
 * share: about 64 % with 10 of 500, 62 % with 5 of 1,000.
 */
export const BALANCES = ['balanced', 'double', 'none'] as const;
export type Balance = (typeof BALANCES)[number];

/** ASReview's defaults for the "double" balance. */
const DOUBLE = { a: 2.155, alpha: 0.94, b: 0.789, beta: 1 };

export interface ClassWeights {
  relevant: number;
  irrelevant: number;
}

/**
 * The class weights for a training set of `relevant` and `irrelevant` records.
 *
 * @example
 * classWeights(2, 98, 'balanced'); // { relevant: 25, irrelevant: 0.5102… } (25·2 = 0.5102·98 = 50)
 */
export function classWeights(relevant: number, irrelevant: number, balance: Balance): ClassWeights {
  if (balance === 'none' || relevant === 0 || irrelevant === 0) return { relevant: 1, irrelevant: 1 };
  const n = relevant + irrelevant;
  if (balance === 'double') {
    const v1 = DOUBLE.a * (relevant / irrelevant) ** -DOUBLE.alpha;
    const v0 = 1 - (1 - DOUBLE.b) * (1 + Math.log(n)) ** -DOUBLE.beta;
    const share = (v1 * relevant) / (v1 * relevant + v0 * irrelevant);
    return { relevant: (share * n) / relevant, irrelevant: ((1 - share) * n) / irrelevant };
  }
  return { relevant: n / (2 * relevant), irrelevant: n / (2 * irrelevant) };
}
