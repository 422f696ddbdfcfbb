/** The queue order a reviewer chose, remembered per review in the browser's storage. Pure apart from the storage given. */
import { ORDERS, type QueueOrder } from './types';

/** The storage key of the order for a review. */
export const orderKey = (reviewId: string): string => `evidens.screening.order.${reviewId}`;

/**
 * The remembered order, or "ai" when none is stored (or the stored text is not an order, or there is no storage).
 * @example
 * readOrder(localStorage, 'R1'); // → 'ai'
 */
export function readOrder(storage: Pick<Storage, 'getItem'> | undefined, reviewId: string): QueueOrder {
  try {
    const saved = storage?.getItem(orderKey(reviewId));
    return (ORDERS as readonly string[]).includes(saved ?? '') ? (saved as QueueOrder) : 'ai';
  } catch {
    // Storage can be switched off (private windows, policies): the default order then.
    return 'ai';
  }
}

/** Remembers `order` for the review; a storage that refuses is ignored (the choice then lasts for the visit). */
export function saveOrder(storage: Pick<Storage, 'setItem'> | undefined, reviewId: string, order: QueueOrder): void {
  try {
    storage?.setItem(orderKey(reviewId), order);
  } catch {
    // As above: nothing to remember it in.
  }
}
