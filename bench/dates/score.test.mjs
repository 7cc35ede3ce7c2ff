// The scoring rules of score.mjs: node --test bench/dates/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestMention, cutValue, dateLevelEqual, strictEqual, Tally } from './score.mjs';

test('values are cut to the expected grain, no finer than the day', () => {
  assert.equal(cutValue('2013-02-15T17:00:00', 'hour'), '2013-02-15');
  assert.equal(cutValue('2013-02-15', 'month'), '2013-02');
  assert.equal(cutValue('2013-02-15', 'week'), '2013-W07');
  assert.equal(cutValue('2012-12-31', 'week'), '2013-W01'); // ISO week-year
  assert.equal(cutValue('2013-W07', 'month'), '2013-02');
  assert.equal(cutValue('2013-05-12', 'quarter'), '2013-Q2');
  assert.equal(cutValue('2013-Q2', 'year'), '2013');
  assert.equal(cutValue('1985', 'decade'), '198X');
  assert.equal(cutValue('1985-03-01', 'century'), '19');
  assert.equal(cutValue('2013-02', 'day'), null); // too coarse to be cut to the day
  assert.equal(cutValue('2013-W07', 'day'), null);
  assert.equal(cutValue('-2014', 'year'), '-2014');
});

test('intervals: both ends cut, open sides kept, equal ends are one value', () => {
  assert.equal(cutValue('2013-02-10/2013-02-11', 'day'), '2013-02-10/2013-02-11');
  assert.equal(cutValue('2013-02-12T14:00:00/', 'hour'), '2013-02-12/');
  assert.equal(cutValue('/2014', 'year'), '/2014');
  assert.equal(cutValue('2013-02-11T18:00:00/2013-02-11T23:00:00', 'hour'), '2013-02-11');
  assert.ok(dateLevelEqual('2013-02-11T18:00:00/2013-02-11T23:00:00', '2013-02-11', 'hour'));
  assert.ok(!dateLevelEqual('2013-02-10/2013-02-11', '2013-02-10', 'day'));
  assert.ok(!dateLevelEqual('2013-02-12T14:00:00/', '2013-02-12T14:00', 'hour'));
});

test('date level and strict', () => {
  assert.ok(dateLevelEqual('2013-02-13T17:00:00', '2013-02-13T09:00', 'hour'));
  assert.ok(!strictEqual('2013-02-13T17:00:00', '2013-02-13T09:00'));
  assert.ok(strictEqual('2013-02-13T17:00:00', '2013-02-13T17:00'));
  assert.ok(strictEqual('2013-02-12T04:30:00/2013-02-12T13:59:59', '2013-02-12T04:30/2013-02-12T13:59:59'));
  assert.ok(!strictEqual('2013-02-13T17:00:30', '2013-02-13T17:00'));
  assert.ok(dateLevelEqual('2013-02', '2013-02-15', 'month')); // finer predictions are cut
  assert.ok(!dateLevelEqual('2013-02-15', '2013-02', 'day'));
  assert.ok(!dateLevelEqual('2013-02-15', 'P3D', 'day'));
});

test('the prediction is the mention covering most of the phrase; durations are no dates', () => {
  const mentions = [
    { begin: 0, end: 4, value: '2013' },
    { begin: 5, end: 20, value: '2013-03-01' },
    { begin: 0, end: 25, value: 'P3D' },
  ];
  assert.equal(bestMention(mentions, 0, 25).value, '2013-03-01');
  assert.equal(bestMention(mentions, 0, 4).value, '2013');
  assert.equal(bestMention(mentions, 21, 25), null);
  const tally = new Tally();
  tally.add({ begin: 0, end: 25, value: '2013-03-01', grain: 'day' }, mentions);
  tally.add({ begin: 0, end: 25, value: '2013-03-01/2013-03-03', grain: 'day' }, mentions);
  assert.deepEqual(tally.row('all'), { n: 2, detected: 2, date: 1, strict: 1 });
  assert.deepEqual(tally.row('interval'), { n: 1, detected: 1, date: 0, strict: 0 });
  assert.deepEqual(tally.addNegative([{ begin: 0, end: 3, value: 'P70Y' }]), []);
  assert.equal(tally.falsePositives, 0);
});
