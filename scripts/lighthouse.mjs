// Lighthouse (mobile preset: simulated slow 4G and a 4× slower CPU) on the release build in dist/,
// served on 127.0.0.1 as the README's server settings serve it (the release build's precompressed
// `.br` copies, which Chromium accepts; `--gzip` sends gzip -9 instead, as a host that compresses
// on the fly without brotli would) with Debian's Chromium. Runs five times,
// prints every run and the median, and exits non-zero when the median accessibility or
// best-practices score is below 95 or the median performance score below 90.
//
// Why performance has its own floor: its score follows the machine. Lighthouse multiplies the CPU
// time it observes by four, so a slower or busier machine scores lower for the same page: 96–97
// here (benchmark index 1600–2800) and 93 on the 2-core CI machine for the same build. The floor
// of 90 catches a real regression without failing on the machine; the score itself is printed, and
// the speed targets are measured against the anchor (scripts/bench.sh), not here.
//   node scripts/lighthouse.mjs [--runs 5] [--min 95] [--min-performance 90] [--gzip]
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve, CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('--runs', 5);
const MIN = arg('--min', 95);
const MIN_PERFORMANCE = arg('--min-performance', 90);
const GATED = ['performance', 'accessibility', 'best-practices'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const GZIP = process.argv.includes('--gzip');
const server = await serve(undefined, {}, {}, { precompressed: !GZIP });
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    });
    try {
      const { lhr } = await lighthouse(server.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...GATED, 'seo'],
      });
      runs.push(lhr);
    } finally {
      await chrome.kill();
    }
  }
} finally {
  await server.close();
}

const categories = Object.keys(runs[0].categories);
console.log(`\nLighthouse ${runs[0].lighthouseVersion} (mobile preset) on dist/, ${GZIP ? 'gzip -9 on the fly' : 'precompressed .br copies'}, ${RUNS} runs`);
console.log(`| category | ${runs.map((_, i) => `run ${i + 1}`).join(' | ')} | median |`);
console.log(`|---|${runs.map(() => '---:|').join('')}---:|`);
const medians = {};
for (const c of categories) {
  const scores = runs.map((r) => Math.round(r.categories[c].score * 100));
  medians[c] = median(scores);
  console.log(`| ${runs[0].categories[c].title} | ${scores.join(' | ')} | ${medians[c]} |`);
}
console.log(`\n| metric (median) | value |`);
console.log('|---|---:|');
for (const id of METRICS) {
  const values = runs.map((r) => r.audits[id].numericValue);
  const unit = runs[0].audits[id].numericUnit;
  const v = median(values);
  console.log(`| ${runs[0].audits[id].title} | ${unit === 'millisecond' ? `${Math.round(v)} ms` : v.toFixed(3)} |`);
}
// How fast this machine is by Lighthouse's own yardstick (its docs: a high-end desktop is about
// 1500–2000; below 1000 Lighthouse warns that its 4x CPU slowdown simulates a slower phone than
// intended). Printed so that a score from another machine can be read against it.
const bench = runs.map((r) => Math.round(r.environment?.benchmarkIndex ?? 0));
console.log(`\nBenchmark index of this machine (Lighthouse's CPU yardstick), per run: ${bench.join(', ')}`);
const warnings = [...new Set(runs.flatMap((r) => r.runWarnings ?? []))];
for (const w of warnings) console.log(`Lighthouse warning: ${w}`);
const notPassed = new Set();
for (const r of runs) {
  for (const a of Object.values(r.audits)) {
    if (a.score !== null && a.score < 0.9 && !['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode)) notPassed.add(a.id);
  }
}
if (notPassed.size) console.log(`\nAudits below 90 in some run: ${[...notPassed].join(', ')}`);
let failed = false;
for (const c of GATED) {
  const min = c === 'performance' ? MIN_PERFORMANCE : MIN;
  if (medians[c] < min) {
    console.error(`Lighthouse ${c}: median ${medians[c]} is below ${min}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
