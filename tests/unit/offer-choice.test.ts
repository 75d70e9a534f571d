import { describe, expect, it } from 'vitest';
import { chooseOffer, type Offer } from '../../src/app/offer-choice';

const only = (...offers: Offer[]) => (offer: Offer) => offers.includes(offer);

describe('chooseOffer', () => {
  it('shows nothing when no offer applies', () => {
    expect(chooseOffer(null, only())).toBeNull();
  });

  it('picks the most urgent offer when none is on screen', () => {
    expect(chooseOffer(null, only('install', 'ready'))).toBe('ready');
    expect(chooseOffer(null, only('install', 'lang', 'update'))).toBe('update');
    expect(chooseOffer(null, only('install'))).toBe('install');
  });

  it('keeps the offer on screen when a more urgent one arrives', () => {
    expect(chooseOffer('install', only('install', 'ready'))).toBe('install');
    expect(chooseOffer('ready', only('ready', 'update'))).toBe('ready');
  });

  it('moves to the next most urgent once the one on screen is gone', () => {
    expect(chooseOffer('install', only('ready', 'lang'))).toBe('lang');
    expect(chooseOffer('ready', only())).toBeNull();
  });
});
