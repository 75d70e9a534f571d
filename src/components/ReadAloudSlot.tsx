import { Suspense, createSignal, onCleanup, onMount } from 'solid-js';
import { lang, lazyWithStrings } from '../i18n';

const ReadAloud = lazyWithStrings(() => import('./ReadAloud'));

/**
 * Where read aloud goes on a pledge page. Nothing in the prerendered HTML or the first client
 * render: whether the device can speak the page's language is only known on the device, and
 * often only after `voiceschanged` (Chrome lists its voices late). The control and its strings
 * are a chunk of their own, loaded only where a voice exists. Kept this small because it is in
 * the pledge page's first download.
 */
export function ReadAloudSlot() {
  const [ok, setOk] = createSignal(false);
  onMount(() => {
    const s = window.speechSynthesis as SpeechSynthesis | undefined;
    if (!s) return;
    // Voice languages are BCP 47 tags ("ja-JP", Android's "ja_JP"): the language subtag is lower case.
    const check = () => s.getVoices().some((v) => v.lang.startsWith(lang())) && setOk(true);
    check();
    // The handler property, not a listener: a few bytes less in the first download, and nothing
    // else on the page listens to the voices.
    s.onvoiceschanged = check;
    onCleanup(() => (s.onvoiceschanged = null));
  });
  return <Suspense>{ok() && <ReadAloud />}</Suspense>;
}
