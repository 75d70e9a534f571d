/**
 * What the floating offers and the offline indicator read: the service worker's state, the
 * install offer, the language offer and the online state. Created once by the entry and passed
 * in; the server and views rendered without it get `inertOffers` (nothing on offer, online).
 */
import { createContext, useContext, type Accessor, type ParentProps } from 'solid-js';
import type { WorkerBridge } from '../pwa/worker';
import type { InstallOffer } from '../pwa/install';
import type { LangOffer } from './lang-offer';

export interface Offers {
  worker: WorkerBridge;
  install: InstallOffer;
  lang: LangOffer;
  online: Accessor<boolean>;
}

const no = () => false;
const nothing = async () => {};

export const inertOffers: Offers = {
  worker: {
    updateWaiting: no,
    offlineReady: no,
    register: nothing,
    checkForUpdate: () => {},
    applyUpdate: nothing,
    dismissUpdate: () => {},
    dismissOfflineReady: () => {},
  },
  install: { canInstall: no, prompt: nothing },
  lang: { offered: () => null, offer: nothing, accept: () => {}, decline: () => {} },
  online: () => true,
};

const Ctx = createContext<Offers>(inertOffers);

export function OffersProvider(props: ParentProps<{ offers: Offers }>) {
  // The entry creates the offers once; the provider never gets another object.
  // eslint-disable-next-line solid/reactivity
  return <Ctx.Provider value={props.offers}>{props.children}</Ctx.Provider>;
}

export const useOffers = (): Offers => useContext(Ctx);
