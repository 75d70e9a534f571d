/**
 * The first sentence of a printed text, as printed: up to and including the first 。 (or ．),
 * else the first line. Used where a page has room for one sentence of a longer text.
 */
export function firstSentence(text: string | null | undefined): string | null {
  if (text == null) return null;
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const end = trimmed.search(/[。．]/);
  const line = trimmed.split('\n')[0].trim();
  if (end === -1) return line;
  const sentence = trimmed.slice(0, end + 1);
  return sentence.length <= line.length ? sentence : line;
}
