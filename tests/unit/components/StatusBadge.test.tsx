import { describe, expect, it } from 'vitest';
import { For } from 'solid-js';
import { screen } from '@solidjs/testing-library';
import { StatusBadge } from '../../../src/components/StatusBadge';
import { useNames } from '../../../src/app/names';
import { STATUS_IDS } from '../../../src/domain/ids';
import { inLang, renderInApp, spokenText } from './harness';

/** Every status as the list and pledge pages show it: the badge with the dataset's name. */
function AllBadges() {
  const names = useNames();
  return <For each={STATUS_IDS}>{(s) => <StatusBadge status={s} label={names.status(s)} />}</For>;
}

const badgeText = () => Object.fromEntries(screen.getAllByTestId('status-badge').map((b) => [b.dataset.status, spokenText(b)]));

describe('StatusBadge', () => {
  it('says each status in words in Japanese, including the one the source leaves unnamed', () => {
    renderInApp(AllBadges);
    expect(badgeText()).toEqual({
      ahead: '計画よりも進んでいる',
      'on-track': '計画通りに進んでいる',
      delayed: '計画よりも遅れている',
      'not-started': '取り組めていない',
      unreported: '記載なし',
    });
  });

  it('says each status in words in English', () => {
    inLang('en');
    renderInApp(AllBadges);
    expect(badgeText()).toEqual({
      ahead: 'Ahead of plan',
      'on-track': 'On track',
      delayed: 'Behind plan',
      'not-started': 'Not started',
      unreported: 'No status reported',
    });
  });

  it('keeps the coloured mark out of what is read, so the words alone carry the status', () => {
    renderInApp(() => <StatusBadge status="delayed" label="計画よりも遅れている" />);
    const badge = screen.getByTestId('status-badge');
    const mark = badge.querySelector('.badge__mark');
    expect(mark?.getAttribute('aria-hidden')).toBe('true');
    expect(mark?.textContent).toBe('');
    expect(badge.textContent).toBe('計画よりも遅れている');
  });
});
