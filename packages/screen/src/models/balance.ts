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
 */
export const BALANCES = ['balanced', 'none'] as const;
export type Balance = (typeof BALANCES)[number];

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
  return { relevant: n / (2 * relevant), irrelevant: n / (2 * irrelevant) };
}
