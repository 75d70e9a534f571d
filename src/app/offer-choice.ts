/**
 * Which floating offer the bar shows. One at a time, the most urgent first — but an offer already
 * on screen stays until it no longer applies (acted on, dismissed, withdrawn). Swapping it for a
 * more urgent one that arrives later would move the button the reader is reaching for: the
 * install card turning into "ready offline" under a thumb, for example.
 */
export type Offer = 'update' | 'lang' | 'ready' | 'install';

/** Most urgent first: a new version, then the reader's language, then the one-time notices. */
export const OFFER_ORDER: readonly Offer[] = ['update', 'lang', 'ready', 'install'];

/** The offer to show next, given the one on screen and which offers currently apply. */
export function chooseOffer(shown: Offer | null, applies: (offer: Offer) => boolean): Offer | null {
  if (shown !== null && applies(shown)) return shown;
  return OFFER_ORDER.find(applies) ?? null;
}
