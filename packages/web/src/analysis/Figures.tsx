/** The report's SVG figures in the page: the forest plot, and the funnel plot or the sentence saying why there is none. */
import { memo, useLayoutEffect, useRef } from 'react';
import { useI18n } from '../i18n/context';
import type { FunnelView } from './funnel';
import { patchSvg } from './svg-patch';

/**
 * An SVG of @evidens/report in the DOM; memoised on the SVG text, so an unchanged figure is not written again, and a
 * changed one is patched in place (svg-patch.ts) rather than rebuilt.
 */
export const SvgFigure = memo(function SvgFigure(props: { svg: string; caption: string; className: string }) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (box.current) patchSvg(box.current, props.svg);
  }, [props.svg]);
  return (
    <figure className={`card ${props.className}`}>
      <figcaption className="sr-only">{props.caption}</figcaption>
      <div className="svg-box" ref={box} />
    </figure>
  );
});

export function FunnelPanel({ funnel }: { funnel: FunnelView }) {
  const { t } = useI18n();
  if (funnel.svg !== undefined) return <SvgFigure svg={funnel.svg} caption={t('analysis.funnel')} className="funnel" />;
  return (
    <section className="card funnel-none" aria-labelledby="funnel-h">
      <h2 id="funnel-h">{t('analysis.funnel')}</h2>
      <p className="muted">{t('analysis.funnelFew', { min: funnel.min, k: funnel.k })}</p>
    </section>
  );
}
