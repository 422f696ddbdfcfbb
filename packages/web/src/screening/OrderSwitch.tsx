/** The queue order switch: AI (the model's ranking), random, or source order; radio buttons, keyboard-operable. */
import { useI18n } from '../i18n/context';
import { ORDERS, type QueueOrder } from './types';

export function OrderSwitch({ order, onChange }: { order: QueueOrder; onChange: (order: QueueOrder) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="order-switch">
      <legend className="label-text">{t('screen.order')}</legend>
      {ORDERS.map((o) => (
        <label key={o} className={o === order ? 'chosen' : undefined}>
          <input type="radio" name="screen-order" value={o} checked={o === order} onChange={() => onChange(o)} />
          {t(`screen.order.${o}`)}
        </label>
      ))}
    </fieldset>
  );
}
