import { describe, expect, it } from 'vitest';
import { spokenText } from '../../src/domain/spoken-text';

describe('spokenText (Japanese)', () => {
  const ja = (s: string) => spokenText(s, 'ja');

  it('reads R-years as 令和 fiscal years, without a second 年度', () => {
    expect(ja('R5')).toBe('令和5年度');
    expect(ja('R5年度において')).toBe('令和5年度において');
    expect(ja('Ｒ５')).toBe('令和5年度');
    expect(ja('Ｒ７年度についても')).toBe('令和7年度についても');
    expect(ja('R７年度予算編成には未計上')).toBe('令和7年度予算編成には未計上');
    expect(ja('R6予算の査定')).toBe('令和6年度予算の査定');
    expect(ja('2023年度（R5）と読んだ')).toBe('2023年度（令和5年度）と読んだ');
    expect(ja('H30')).toBe('平成30年度');
  });

  it('reads ranges of R-years', () => {
    expect(ja('建設事業改良計画（R7～R16）の策定')).toBe('建設事業改良計画（令和7年度から令和16年度まで）の策定');
    expect(ja('R5〜9')).toBe('令和5年度から令和9年度まで');
    expect(ja('R5年度～R9年度')).toBe('令和5年度から令和9年度まで');
    expect(ja('R7～道道美唄富良野線開通の周知')).toBe('令和7年度～道道美唄富良野線開通の周知');
  });

  it('reads R-dates and R-calendar years as dates', () => {
    expect(ja('R6.8.26開通に合わせ')).toBe('令和6年8月26日開通に合わせ');
    expect(ja('R6. 6.18　美唄市医師会主催')).toBe('令和6年6月18日　美唄市医師会主催');
    expect(ja('R6.８～空知総合振興局')).toBe('令和6年8月～空知総合振興局');
    expect(ja('R6年10月から12月まで')).toBe('令和6年10月から12月まで');
  });

  it('leaves letters that are not years alone', () => {
    expect(ja('PR動画制作')).toBe('PR動画制作');
    expect(ja('ALT2名')).toBe('ALT2名');
    expect(ja('令和７年３月')).toBe('令和７年３月');
  });

  it('reads ISO dates and FY years', () => {
    expect(ja('2024-11時点')).toBe('2024年11月時点');
    expect(ja('2024-11-05に公開')).toBe('2024年11月5日に公開');
    expect(ja('FY2024')).toBe('2024年度');
    expect(ja('FY2023–FY2027')).toBe('2023年度から2027年度まで');
    expect(ja('電話 0126-63-0111')).toBe('電話 0126-63-0111');
  });

  it('reads circled numbers and percent signs', () => {
    expect(ja('①各施設の実態把握')).toBe('1、各施設の実態把握');
    expect(ja('①と②')).toBe('1と2');
    expect(ja('⑩')).toBe('10');
    expect(ja('①登録率100％')).toBe('1、登録率100パーセント');
    expect(ja('支給率 98.8%')).toBe('支給率 98.8パーセント');
  });

  it('keeps every other text as it is', () => {
    const s = '令和8年度の実施に向けて、保育料の無償化を検討する。';
    expect(ja(s)).toBe(s);
  });
});

describe('spokenText (English)', () => {
  const en = (s: string) => spokenText(s, 'en');

  it('reads fiscal years, dates and signs', () => {
    expect(en('FY2024')).toBe('fiscal year 2024');
    expect(en('FY2023–FY2027')).toBe('fiscal years 2023 to 2027');
    expect(en('as of 2024-11')).toBe('as of November 2024');
    expect(en('2024-11-05')).toBe('5 November 2024');
    expect(en('FY2023 (R5)')).toBe('fiscal year 2023 (Reiwa 5)');
    expect(en('rate 98%')).toBe('rate 98 percent');
    expect(en('①first')).toBe('(1) first');
  });

  it('keeps plain English as it is', () => {
    expect(en('Status and its reason')).toBe('Status and its reason');
  });
});
