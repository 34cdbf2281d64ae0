// The benchmark's library: realistic handouts (test data, a fictional surgeon) in a temp folder.
// Shared by `npm run bench` and by profiling runs (`node tests/tools/bench-library.mjs 24` prints the folder).
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TOPICS = ['knee', 'hip', 'shoulder', 'neck', 'lower back', 'wrist', 'ankle', 'elbow'];
const SENTENCES = [
  'Your care team will explain each step before it happens.',
  'Most people go home on the same day or the next morning.',
  'Rest for the first two days and then walk a little more each day.',
  'Take your pain relief as your doctor told you, and ask if you are unsure.',
  'Keep the wound clean and dry until your nurse checks it.',
  'Call the clinic if the pain gets worse instead of better.',
  'You can shower after two days if the dressing stays dry.',
  'Bring a list of your medicines to every appointment.',
  'A physiotherapist will show you exercises to do at home.',
  'Ask someone to stay with you for the first night.',
];
export function handoutText(n, SIZES) {
  const topic = TOPICS[n % TOPICS.length];
  const para = (k) => Array.from({ length: 5 }, (_, i) => SENTENCES[(n + k + i) % SENTENCES.length]).join(' ');
  const sections = [
    `## What is ${topic} surgery number ${n}?`, para(1), para(2),
    `## How do I get ready?`, para(3), '- Stop eating six hours before.\n- Wear loose clothes.\n  - Bring glasses, not contact lenses.\n- Leave jewellery at home.', para(4),
    `## What happens on the day?`, para(5), `:::stat{value="${(n % 40) + 5}%" source="Benchmark test data"}\n${para(6)}\n:::`, para(7),
    `## What happens afterwards?`, para(8), para(9), '| When | What |\n| --- | --- |\n| Day 1 | Rest |\n| Week 2 | Check-up |\n| Week 6 | Back to work |', para(10),
    `## When should I call?`, para(11), para(12),
  ];
  return `---\ntitle: "Benchmark handout ${n}: ${topic} surgery"\nsurgeon: bench-surgeon\nsizes: [${SIZES.join(', ')}]\nreviewed: 2026-01-01\nreview_due: 2028-01-01\ndoc_id: BENCH-${n}\nversion: "1.0"\n---\n\n${para(0)}\n\n${sections.join('\n\n')}\n`;
}
export async function makeLibrary(count, SIZES) {
  const dir = await mkdtemp(join(tmpdir(), 'handouts-bench-'));
  await mkdir(join(dir, 'handouts'), { recursive: true });
  await mkdir(join(dir, 'surgeons'));
  await writeFile(join(dir, 'surgeons/bench-surgeon.md'), '---\nname: Dr Bench Surgeon\nrole: Test data\n---\n\nA fictional surgeon for the benchmark.\n');
  for (let n = 1; n <= count; n += 1) await writeFile(join(dir, 'handouts', `bench-${String(n).padStart(3, '0')}.md`), handoutText(n, SIZES));
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = (process.argv[3] ?? 'a4,letter,a5,large-print,a5-booklet').split(',');
  console.log(await makeLibrary(Number(process.argv[2] ?? 24), sizes));
}
