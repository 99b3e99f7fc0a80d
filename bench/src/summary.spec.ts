import { describe, expect, it } from 'vitest';
import { cells, consoleTable, HEADER, markdown, ratio, type Row, stampOf, type Summary, verdict } from './summary.ts';

const row = (over: Partial<Row> = {}): Row => ({
  scenario: 'search: common words', concurrency: 16, throughput: 421, unit: 'req/s', p50: 36.5, p95: 58.9, p99: 83.4, errors: 0,
  statements: 5, cpuMsPerRequest: 1.03, rssMiB: 539.2, ...over,
});

const summary = (over: Partial<Summary> = {}): Summary => ({
  stamp: '2026-11-23-22-55',
  machine: { cpu: 'AMD EPYC', cores: 2, memoryGiB: 24, node: 'v24.21.0', postgres: '15.18', load: [0.4, 0.5, 0.6] },
  loadAfter: [1.9, 1, 0.8], forced: false, busyMessage: 'load average 0.40 ≤ 1.2: recording', scale: 20000, seed: 0, quick: true,
  generation: [{ part: 'schema', seconds: 1.5 }, { part: 'search documents', seconds: 2.6 }, { part: 'of which rank recompute', seconds: 1 }], rows: [row()], ratios: [], command: 'bench/run --quick', ...over,
});

describe('verdict', () => {
  it('is ok within the target and MISSED beyond it', () => {
    expect(verdict(row({ target: { metric: 'p95', max: 60, label: '' } }))).toBe('ok');
    expect(verdict(row({ target: { metric: 'p95', max: 30, label: '' } }))).toBe('MISSED');
    expect(verdict(row({ target: { metric: 'throughput', min: 500, label: '' } }))).toBe('MISSED');
    expect(verdict(row({ value: 27.5, target: { metric: 'value', max: 60, label: '' } }))).toBe('ok');
    expect(verdict(row({ rssGrowthPercent: 5.2, target: { metric: 'rssGrowth', max: 5, label: '' } }))).toBe('MISSED');
  });

  it('has none without a target or without the figure', () => {
    expect(verdict(row())).toBe('—');
    expect(verdict(row({ p95: null, target: { metric: 'p95', max: 30, label: '' } }))).toBe('—');
    expect(verdict(row({ p95: NaN, target: { metric: 'p95', max: 30, label: '' } }))).toBe('—');
  });
});

describe('ratio', () => {
  it('divides to three places and judges a minimum', () => {
    expect(ratio('orders', 67.7, 176.1, 0.1)).toMatchObject({ value: 0.384, target: '≥ 0.1', verdict: 'ok' });
    expect(ratio('orders', 5, 176.1, 0.1).verdict).toBe('MISSED');
    expect(ratio('tax', 639, 14209)).toEqual({ name: 'tax', numerator: 639, denominator: 14209, value: 0.045 });
  });

  it('has no value over zero', () => {
    expect(ratio('x', 1, 0, 0.1)).toMatchObject({ value: NaN, verdict: '—' });
  });
});

describe('cells', () => {
  it('shows missing figures as a dash and thousands with separators', () => {
    const c = cells(row({ throughput: 14209, p99: null, statements: null }));
    expect(c).toHaveLength(HEADER.length);
    expect(c[2]).toBe('14,209 req/s');
    expect(c[5]).toBe('—');
    expect(c[7]).toBe('—');
  });

  it('puts a background bench headline in the throughput column, and RSS growth beside RSS', () => {
    expect(cells(row({ throughput: null, value: 27.46, valueUnit: 's' }))[2]).toBe('27.46 s');
    expect(cells(row({ rssMiB: 600, rssGrowthPercent: 2.5 }))[9]).toBe('600 (+2.5 %)');
    expect(cells(row({ rssMiB: 600, rssGrowthPercent: -1 }))[9]).toBe('600 (-1 %)');
  });
});

describe('markdown', () => {
  it('has one row per scenario, the ratios and the machine', () => {
    const md = markdown(summary({ ratios: [ratio('API orders/s ÷ pgbench TPS', 67.7, 176.1, 0.1)] }));
    const table = md.split('\n').filter((l) => l.startsWith('| '));
    expect(table[0]).toBe(`| ${HEADER.join(' | ')} |`);
    expect(table).toContain('| search: common words | 16 | 421 req/s | 36.5 | 58.9 | 83.4 | 0 | 5 | 1.03 | 539.2 | — | — |');
    expect(md).toContain('| API orders/s ÷ pgbench TPS (67.7 ÷ 176.1) | 0.384 | ≥ 0.1 | ok |');
    expect(md).toContain('load average before 0.4 / 0.5 / 0.6');
    expect(md).toContain('generated in 4.1 s');
    expect(md).not.toContain('busy machine');
  });

  it('marks a table recorded on a busy machine', () => {
    expect(markdown(summary({ forced: true, busyMessage: 'machine busy (load average 5.94 > 1.2)' }))).toContain('**Recorded on a busy machine (--force): machine busy (load average 5.94 > 1.2)');
  });

  it('keeps a pipe in a scenario name from breaking the table', () => {
    expect(markdown(summary({ rows: [row({ scenario: 'a | b' })] }))).toContain('| a / b | 16 |');
  });
});

describe('consoleTable', () => {
  it('aligns columns, counting Chinese characters as two wide', () => {
    const lines = consoleTable([row({ scenario: '办公' }), row({ scenario: 'ab' })]).split('\n');
    expect(lines).toHaveLength(4);
    // '办公' is two characters four columns wide: its line is two characters shorter, same display width.
    expect(lines[3].length - lines[2].length).toBe(2);
    expect(lines[2].slice(2)).toBe(lines[3].slice(4));
  });
});

describe('stampOf', () => {
  it('names results by the minute, UTC', () => {
    expect(stampOf(new Date('2026-11-23T22:55:41Z'))).toBe('2026-11-23-22-55');
  });
});
