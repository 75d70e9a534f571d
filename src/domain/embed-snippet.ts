/**
 * The `<iframe>` another site pastes to show a pledge's card (the build writes the cards:
 * src/build/open-data/embed.ts): 320 px of height holds every card at any width from 320 to
 * 600 px, and it loads only when scrolled near. Attribute values are escaped, so a title with
 * a quote cannot break the element.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const attr = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/** The card's path in a language, under the app's base: `embed/pledges/20/`, `en/embed/pledges/20/`. */
export const embedCardPath = (id: string): string => `/embed/pledges/${id}/`;

export function embedSnippet(src: string, title: string): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="320" style="max-width: 600px; border: 0" loading="lazy"></iframe>`;
}
