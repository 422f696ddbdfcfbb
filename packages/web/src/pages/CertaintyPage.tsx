/**
 * The certainty section: GRADE per planned analysis (Evidens's proposals, the reviewer's decisions from grade.yaml,
 * the certainty they give) and the summary-of-findings table, all recomputed in the page as decisions change.
 */
import type { Review } from '@evidens/review';
import { useMemo, useState } from 'react';
import { type GradeItem, gradePath } from '../api/certainty';
import { seg } from '../api/client';
import type { ModelAnswer, ReviewDetail } from '../api/types';
import { useApi } from '../api/use-api';
import { gradeAll } from '../certainty/compute';
import { type GradeDoc, newGradeDoc } from '../certainty/entry';
import { GradeCard } from '../certainty/GradeCard';
import { SofTable } from '../certainty/SofTable';
import { Load } from '../components/status';
import { useI18n } from '../i18n/context';
import { inLanguage } from '../rob/local-model';
import '../styles/certainty.css';

export function CertaintyPage({ detail }: { detail: ReviewDetail }) {
  const { t } = useI18n();
  const model = useApi<ModelAnswer>(`/api/reviews/${seg(detail.id)}/model`);
  const items = useApi<{ items: GradeItem[] }>(gradePath(detail.id));
  return (
    <section aria-labelledby="certainty-h" data-review={detail.id} className="certainty">
      <h2 id="certainty-h">{t('nav.certainty')}</h2>
      <p className="muted">{t('certainty.intro')}</p>
      <Load state={model}>
        {(m) => <Load state={items}>{(it) => <Grading detail={detail} review={m.review} initial={it.items} />}</Load>}
      </Load>
    </section>
  );
}

/** The saved item and the doc as last saved, per analysis (a blank doc for an analysis without an entry). */
function basesOf(review: Review, items: GradeItem[]): Record<string, { item?: GradeItem; doc: GradeDoc }> {
  const out: Record<string, { item?: GradeItem; doc: GradeDoc }> = {};
  for (const a of review.analyses) {
    const item = items.find((i) => i.doc.analysis === a.id);
    out[a.id] = item ? { item, doc: item.doc } : { doc: newGradeDoc(a.id) };
  }
  return out;
}

function Grading(props: { detail: ReviewDetail; review: Review; initial: GradeItem[] }) {
  const { t, lang } = useI18n();
  const [bases, setBases] = useState(() => basesOf(props.review, props.initial));
  const [docs, setDocs] = useState<Record<string, GradeDoc>>(() =>
    Object.fromEntries(Object.entries(bases).map(([id, b]) => [id, b.doc])),
  );
  const review = useMemo(
    () => inLanguage(props.review, props.detail.protocol, lang),
    [props.review, props.detail, lang],
  );
  const graded = useMemo(() => gradeAll(review, Object.values(docs), lang), [review, docs, lang]);
  const readOnly = props.detail.role === 'viewer';
  if (props.review.analyses.length === 0) return <p>{t('certainty.none')}</p>;

  const saved = (id: string, item: GradeItem) => {
    setBases((b) => ({ ...b, [id]: { item, doc: item.doc } }));
    setDocs((d) => ({ ...d, [id]: item.doc }));
  };
  return (
    <>
      {readOnly && <p className="muted">{t('certainty.readOnly')}</p>}
      <SofTable graded={graded} docs={docs} />
      {graded.map((g) => (
        <GradeCard
          key={g.id}
          reviewId={props.detail.id}
          graded={g}
          item={bases[g.id]?.item}
          base={bases[g.id]?.doc ?? newGradeDoc(g.id)}
          doc={docs[g.id] ?? newGradeDoc(g.id)}
          readOnly={readOnly}
          onDoc={(doc) => setDocs((d) => ({ ...d, [g.id]: doc }))}
          onSaved={(item) => saved(g.id, item)}
        />
      ))}
    </>
  );
}
