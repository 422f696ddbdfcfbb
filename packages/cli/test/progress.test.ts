import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byteSize, meter, progress } from '../src/progress.js';

test('the meter shows the fraction as a bar and a percentage, clamped to 0–100 %', () => {
  assert.equal(meter(0.42, 10), '[####......] 42%');
  assert.equal(meter(0, 4), '[....] 0%');
  assert.equal(meter(1, 4), '[####] 100%');
  assert.equal(meter(1.7, 4), '[####] 100%');
  assert.equal(meter(Number.NaN, 4), '[....] 0%');
});

test('sizes read as kB, MB and GB', () => {
  assert.deepEqual(
    [byteSize(120), byteSize(812_000), byteSize(558_600_000), byteSize(1_230_000_000)],
    ['1 kB', '812 kB', '559 MB', '1.2 GB'],
  );
});

test('progress is drawn on a terminal only after a second, at most four times a second, and cleared', () => {
  let clock = 0;
  const written: string[] = [];
  const bar = progress({ write: (s: string) => written.push(s), isTTY: true }, () => clock);
  bar.update('early');
  clock = 1200;
  bar.update('first');
  clock = 1300;
  bar.update('too soon');
  clock = 1500;
  bar.update('second');
  bar.done();
  assert.deepEqual(written, ['\r\x1b[2Kfirst', '\r\x1b[2Ksecond', '\r\x1b[2K']);
  // Not a terminal (a pipe, a file): nothing at all.
  const piped: string[] = [];
  const quiet = progress({ write: (s: string) => piped.push(s) }, () => 5000);
  quiet.update('x');
  quiet.done();
  assert.deepEqual(piped, []);
});
