/** Link-preview fields (Open Graph / Twitter card) for a pledge or any other page. */
import type { Pledge } from '../domain/schema';
import { lang, t } from '../i18n';
import type { SocialMeta } from './page-meta';
import type { useNames } from './names';

/** A preview shows about two lines: the summary's first sentence, shortened if need be. */
const SUMMARY_CHARS = 90;

function firstLine(text: string): string {
  const line = text.split('\n')[0]!.trim();
  return line.length > SUMMARY_CHARS ? `${line.slice(0, SUMMARY_CHARS - 1)}…` : line;
}

/** The preview images of the page's language (scripts/social-images.ts draws both). */
const imageDir = () => (lang() === 'en' ? 'social/en/' : 'social/');

export function pledgeSocial(p: Pledge, names: ReturnType<typeof useNames>): SocialMeta {
  const status = names.status(p.status);
  return {
    title: t('pledge.socialTitle', { id: p.id, title: names.title(p), status }),
    description: t('pledge.socialDescription', { policy: p.policy, policyName: names.policy(p.policy), status, summary: firstLine(p.summary) }),
    // One image per status (scripts/social-images.ts): the status is what a preview should say.
    image: `${imageDir()}${p.status}.png`,
    imageAlt: t('social.imageAlt', { status }),
  };
}

export function siteSocial(title: string, description: string): SocialMeta {
  return { title, description, image: `${imageDir()}site.png`, imageAlt: t('social.siteImageAlt') };
}
