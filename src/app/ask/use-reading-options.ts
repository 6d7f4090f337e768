import { useState } from 'react';
import { READING_ORDERS, STRIDE_MODES, type ReadingOrder, type StrideMode } from '../../shared/answers';
import { isBoolean, usePersistedState } from '../common/use-persisted-state';
import { startupParams } from '../model/url-params';

export interface ReadingOptions {
  strideMode: StrideMode;
  order: ReadingOrder;
  stopWhenConfident: boolean;
}

const isStrideMode = (v: unknown): v is StrideMode => STRIDE_MODES.includes(v as StrideMode);
const isOrder = (v: unknown): v is ReadingOrder => READING_ORDERS.includes(v as ReadingOrder);

/**
 * How a document is read: saved between visits; a shared link's ?stride-mode= / ?order= win for
 * this visit without overwriting what the user saved. Stopping early is opt-in: it trades a
 * possible better answer in an unread passage for speed, so the user chooses it.
 */
export function useReadingOptions() {
  const [savedStride, setStride] = usePersistedState<StrideMode>('stride-mode', 'overlap', isStrideMode);
  const [savedOrder, setOrder] = usePersistedState<ReadingOrder>('reading-order', 'relevance', isOrder);
  const [stopWhenConfident, setStopWhenConfident] = usePersistedState('stop-when-confident', false, isBoolean);
  const [fromUrl, setFromUrl] = useState({ strideMode: startupParams.strideMode, order: startupParams.order });
  const options: ReadingOptions = {
    strideMode: fromUrl.strideMode ?? savedStride,
    order: fromUrl.order ?? savedOrder,
    stopWhenConfident,
  };
  const update = (patch: Partial<ReadingOptions>) => {
    if (patch.strideMode) setStride(patch.strideMode);
    if (patch.order) setOrder(patch.order);
    if (patch.stopWhenConfident !== undefined) setStopWhenConfident(patch.stopWhenConfident);
    setFromUrl((f) => ({ strideMode: patch.strideMode ? null : f.strideMode, order: patch.order ? null : f.order }));
  };
  return { options, update };
}
