/**
 * The walk through a domain's decision tree: each step reads one answer, the path taken is kept, and a question the
 * tree needs but that is unanswered (or answered NA) stops the walk with no judgement.
 */
import type { RobAnswer, RobDomain, RobJudgement } from '../model/rob.js';

/** Answers grouped as the algorithms read them: Y/PY, N/PN, or NI. */
export type Reading = 'yes' | 'no' | 'ni';

/** A domain's proposed judgement and how the algorithm reached it. */
export interface DomainResult {
  domain: RobDomain;
  /** The proposed judgement; undefined when a question the algorithm needs is unanswered. */
  judgement: RobJudgement | undefined;
  /** The answers read, in order: ["1.2 PY", "1.1 NI", "1.3 PN"]. */
  path: string[];
  /** Why the judgement follows, in words. */
  rule: string;
  /** Questions the algorithm needed that are unanswered or answered NA. */
  missing: string[];
}

/** Reads answers for one domain and records the path. */
export class Walk {
  readonly path: string[] = [];
  readonly missing: string[] = [];

  constructor(
    readonly domain: RobDomain,
    private readonly answers: Readonly<Record<string, RobAnswer>>,
  ) {}

  /** The reading of question `id`, or undefined (and noted as missing) when it is unanswered or NA. */
  read(id: string): Reading | undefined {
    const answer = this.answers[id]?.answer;
    if (answer === undefined || answer === 'NA') {
      this.missing.push(id);
      return undefined;
    }
    this.path.push(`${id} ${answer}`);
    if (answer === 'Y' || answer === 'PY') return 'yes';
    if (answer === 'N' || answer === 'PN') return 'no';
    return 'ni';
  }

  judge(judgement: RobJudgement, rule: string): DomainResult {
    return { domain: this.domain, judgement, path: [...this.path], rule, missing: [] };
  }

  incomplete(): DomainResult {
    const rule = `cannot be judged: ${this.missing.join(', ')} unanswered`;
    return { domain: this.domain, judgement: undefined, path: [...this.path], rule, missing: [...this.missing] };
  }
}
