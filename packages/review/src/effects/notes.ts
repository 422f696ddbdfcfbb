/** Short report sentences for the engine's conversion methods. */

const SUMMARIES: Record<string, string> = {
  'luo2018-wan2014-iqr': 'mean and SD estimated from the median and IQR (Luo et al. 2018; Wan et al. 2014)',
  'luo2018-wan2014-range': 'mean and SD estimated from the median and range (Luo et al. 2018; Wan et al. 2014)',
  'luo2018-wan2014-range-iqr':
    'mean and SD estimated from the median, IQR and range (Luo et al. 2018; Wan et al. 2014)',
  'sd-from-se': 'SD from the standard error of the mean (SD = SE·√n)',
  'sd-from-mean-ci-normal': 'SD from the confidence interval of the mean (normal quantile)',
  'sd-from-mean-ci-t': 'SD from the confidence interval of the mean (t quantile)',
  'ci-normal': 'SE from the confidence interval (normal quantile)',
  'ci-t': 'SE from the confidence interval (t quantile)',
  'ratio-ci-normal': 'SE of the log ratio from the confidence interval (normal quantile)',
  'ratio-ci-t': 'SE of the log ratio from the confidence interval (t quantile)',
  'p-normal': 'SE from the exact P value (normal distribution)',
  'p-t': 'SE from the exact P value (t distribution)',
  'ratio-p-normal': 'SE of the log ratio from the exact P value (normal distribution)',
  'ratio-p-t': 'SE of the log ratio from the exact P value (t distribution)',
  'paired-sd': 'paired SE from the SD of the within-person differences',
  'paired-se': 'paired SE as reported',
  'paired-ci-normal': 'paired SE from the confidence interval of the mean difference (normal quantile)',
  'paired-ci-t': 'paired SE from the confidence interval of the mean difference (t quantile)',
  'paired-t': 'paired SE from the paired t statistic',
  'paired-p': 'paired SE from the exact P value of the paired t test',
  'paired-imputed-correlation': 'paired SE from per-treatment SDs with an assumed within-person correlation',
  'paired-smd-arms': 'crossover SMD from per-treatment means and SDs with an assumed within-person correlation',
  'paired-smd-difference': 'crossover SMD from the paired difference with an assumed within-person correlation',
};

/** The short sentence for an engine method, or the method name itself when it has none. */
export function methodSummary(method: string): string {
  return SUMMARIES[method] ?? method;
}
