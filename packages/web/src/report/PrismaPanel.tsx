/** The PRISMA 2020 flow diagram from the server's counts, drawn by @evidens/report as in the report. */
import { prismaFigure } from '@evidens/report/browser';
import type { PrismaCounts } from '@evidens/review';
import { useMemo } from 'react';
import { SvgFigure } from '../analysis/Figures';
import { useI18n } from '../i18n/context';

export function PrismaPanel({ counts }: { counts: PrismaCounts }) {
  const { t, lang } = useI18n();
  const caption = t('report.prismaCaption');
  const drawn = useMemo(() => {
    try {
      return { svg: prismaFigure(counts, lang, caption).svg };
    } catch (e) {
      return { failed: e instanceof Error ? e.message : String(e) };
    }
  }, [counts, lang, caption]);
  return (
    <section className="card report-prisma" aria-labelledby="report-prisma-h">
      <h3 id="report-prisma-h">{t('report.prisma')}</h3>
      {drawn.svg !== undefined ? (
        <SvgFigure svg={drawn.svg} caption={caption} className="prisma" />
      ) : (
        <p className="error-text">{t('report.prismaFailed', { reason: drawn.failed ?? '' })}</p>
      )}
    </section>
  );
}
