import * as assert from 'assert';
import { describeDate, describeFigure, valueName, weekdayOf } from './values';

describe('values', () => {
  it('names the weekday of full dates and unanchored weekdays', () => {
    assert.strictEqual(weekdayOf('2025-05-15'), 'Thursday');
    assert.strictEqual(weekdayOf('2024-09-15'), 'Sunday');
    assert.strictEqual(weekdayOf('XXXX-WXX-6'), 'Saturday');
    assert.strictEqual(weekdayOf('XXXX-WXX-7'), 'Sunday');
    assert.strictEqual(weekdayOf('2025-05'), undefined);
  });

  it('describes dates', () => {
    assert.strictEqual(describeDate('2025-05-15'), '2025-05-15, Thursday');
    assert.strictEqual(describeDate('2023'), '2023');
    assert.strictEqual(describeDate('2025-05'), '2025-05, May 2025');
    assert.strictEqual(describeDate('XXXX-WXX-6'), 'Saturday (no date fixed)');
  });

  it('describes figures in plain words', () => {
    assert.strictEqual(describeFigure(98_400_000_000, 'USD'), '98,400,000,000 USD');
    assert.strictEqual(describeFigure(94, '%'), '94 %');
    assert.strictEqual(describeFigure(7000, 'count', 'over'), 'over 7,000');
    assert.strictEqual(describeFigure(1200, 'count', 'about'), 'about 1,200');
    assert.strictEqual(describeFigure(30, 'count', 'under'), 'under 30');
    assert.strictEqual(describeFigure(4, 'decade'), '4 decades');
    assert.strictEqual(describeFigure(1, 'year'), '1 year');
    assert.strictEqual(describeFigure(2.5, 'century'), '2.5 centuries');
  });

  it('groups by value without the approximation', () => {
    assert.strictEqual(valueName({ start: 0, end: 10, text: 'über 7.000', kind: 'figure', value: 7000, unit: 'count', approx: 'over' }), '7,000');
    assert.strictEqual(valueName({ start: 0, end: 4, text: '2023', kind: 'date', value: '2023' }), '2023');
    assert.strictEqual(valueName({ start: 0, end: 3, text: 'PwC', kind: 'organization', id: 'organization:pwc' }), undefined);
  });
});
