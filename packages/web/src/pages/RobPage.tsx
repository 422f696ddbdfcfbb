/**
 * The risk-of-bias section: the report's RoB 2 figures, then each assessment of rob.yaml, opened one at a time to
 * answer the signalling questions with the algorithm's proposals recomputed as the answers change.
 */
import type { Design, Review } from '@evidens/review';
import { useMemo, useState } from 'react';
import { seg } from '../api/client';
import { type RobItem, robPath } from '../api/rob';
import type { ModelAnswer, ReviewDetail } from '../api/types';
import { useApi } from '../api/use-api';
import { Load } from '../components/status';
import { useI18n } from '../i18n/context';
import { inLanguage } from '../rob/local-model';
import { NewAssessment } from '../rob/NewAssessment';
import { ResultEditor } from '../rob/ResultEditor';
import { ResultRow } from '../rob/ResultRow';
import { RobFigures } from '../rob/RobFigures';
import '../styles/rob.css';

export function RobPage({ detail }: { detail: ReviewDetail }) {
  const { t } = useI18n();
  const model = useApi<ModelAnswer>(`/api/reviews/${seg(detail.id)}/model`);
  const items = useApi<{ items: RobItem[] }>(robPath(detail.id));
  return (
    <section aria-labelledby="rob-h" data-review={detail.id} className="rob">
      <h2 id="rob-h">{t('nav.rob')}</h2>
      <p className="muted">{t('rob.intro')}</p>
      <Load state={model}>
        {(m) => (
          <Load state={items}>{(it) => <Assessments detail={detail} review={m.review} initial={it.items} />}</Load>
        )}
      </Load>
    </section>
  );
}

function Assessments(props: { detail: ReviewDetail; review: Review; initial: RobItem[] }) {
  const { t, lang } = useI18n();
  const review = useMemo(
    () => inLanguage(props.review, props.detail.protocol, lang),
    [props.review, props.detail, lang],
  );
  const [items, setItems] = useState(props.initial);
  const [open, setOpen] = useState<string>();
  const docs = useMemo(() => items.map((i) => i.doc), [items]);
  const readOnly = props.detail.role === 'viewer';
  const study = (id: unknown) => review.studies.find((s) => s.id === id);
  const outcome = (id: unknown) => review.outcomes.find((o) => o.id === id)?.name ?? String(id);
  const saved = (item: RobItem) => setItems((list) => list.map((i) => (i.id === item.id ? item : i)));

  return (
    <>
      <RobFigures review={review} docs={docs} />
      <section className="card" aria-labelledby="rob-list-h">
        <h3 id="rob-list-h">{t('rob.results', { n: items.length })}</h3>
        {readOnly && <p className="muted">{t('rob.readOnly')}</p>}
        {items.length === 0 && <p>{t('rob.none')}</p>}
        {!readOnly && (
          <NewAssessment
            reviewId={props.detail.id}
            review={review}
            onCreated={(item) => {
              setItems((list) => [...list, item]);
              setOpen(item.id);
            }}
          />
        )}
        <ul className="rob-list">
          {items.map((item) => {
            const s = study(item.doc.study);
            const design = s?.design as Design | undefined;
            const isOpen = open === item.id;
            return (
              <li key={item.id} className={isOpen ? 'open' : undefined}>
                <ResultRow
                  item={item}
                  studyLabel={s?.label ?? String(item.doc.study)}
                  outcomeName={outcome(item.doc.outcome)}
                  design={design}
                  open={isOpen}
                  onToggle={() => setOpen(isOpen ? undefined : item.id)}
                />
                {isOpen && (
                  <div id={`rob-${item.id}-body`}>
                    <ResultEditor
                      reviewId={props.detail.id}
                      item={item}
                      design={design}
                      readOnly={readOnly}
                      onSaved={saved}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
