/**
 * The live preview page: the handouts on the left (each with its sizes), the chosen PDF
 * on the right in the browser's own PDF viewer, and the last build's problems above it.
 * Its script asks `/api/state` for the list and listens to `/events` (Server-Sent Events):
 * after each rebuild it fetches the state again and reloads the PDF if its file changed
 * (the PDF's address carries its hash, so an unchanged PDF keeps its scroll position).
 * @returns The HTML (the same for every request; the state comes from the API).
 */
export function previewHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Handouts preview</title>
<style>
html, body { height: 100%; margin: 0; font-family: system-ui, sans-serif; color: #1a1a1a; }
body { display: grid; grid-template-columns: 20rem 1fr; }
nav { overflow: auto; border-right: 1px solid #ccd; padding: .8rem; }
nav h1 { font-size: 1.1rem; margin: 0 0 .3rem; }
nav .status { font-size: .8rem; color: #555; margin: 0 0 .8rem; }
nav ul { list-style: none; padding: 0; margin: 0; }
nav li.handout { margin-bottom: .7rem; }
nav li.handout > a { font-weight: 600; color: #1f4e79; text-decoration: none; }
nav li.current > a { text-decoration: underline; }
nav .sizes { display: flex; flex-wrap: wrap; gap: .3rem; margin-top: .2rem; }
nav .sizes a { font-size: .8rem; border: 1px solid #ccd; border-radius: 3px; padding: 0 .3rem; color: #333; text-decoration: none; }
nav .sizes a.current { background: #1f4e79; color: #fff; }
main { display: flex; flex-direction: column; min-width: 0; }
#problems { background: #fff4e0; font-size: .8rem; padding: .4rem .8rem; }
#problems[hidden] { display: none; }
#problems summary { cursor: pointer; font-weight: 600; }
#problems pre { margin: .4rem 0 0; white-space: pre-wrap; max-height: 30vh; overflow: auto; }
iframe { flex: 1; border: 0; width: 100%; }
.empty { padding: 2rem; color: #555; }
</style>
</head>
<body>
<nav>
<h1>Handouts</h1>
<p class="status" id="status">Loading…</p>
<ul id="list"></ul>
<p class="status"><a href="/files/index.html" target="_blank">Gallery of every handout</a></p>
</nav>
<main>
<details id="problems" hidden><summary></summary><pre></pre></details>
<iframe id="pdf" title="The chosen handout as a PDF"></iframe>
</main>
<script>
const params = new URLSearchParams(location.search);
let chosen = { slug: params.get('handout'), file: params.get('file') };
let state = null;

function choose(slug, file) {
  chosen = { slug, file };
  history.replaceState(null, '', '?handout=' + encodeURIComponent(slug) + '&file=' + encodeURIComponent(file));
  render();
}

function render() {
  const list = document.getElementById('list');
  list.replaceChildren();
  const handouts = state.handouts;
  if (!handouts.some((h) => h.slug === chosen.slug) && handouts.length > 0) chosen = { slug: handouts[0].slug, file: null };
  for (const handout of handouts) {
    const item = document.createElement('li');
    item.className = 'handout' + (handout.slug === chosen.slug ? ' current' : '');
    item.dataset.slug = handout.slug;
    const title = document.createElement('a');
    title.href = '#';
    title.textContent = handout.title;
    title.addEventListener('click', (event) => { event.preventDefault(); choose(handout.slug, handout.preview); });
    const sizes = document.createElement('div');
    sizes.className = 'sizes';
    for (const output of handout.outputs) {
      const link = document.createElement('a');
      link.href = '#';
      link.textContent = output.name;
      link.title = output.label;
      if (handout.slug === chosen.slug && output.file === (chosen.file || handout.preview)) link.className = 'current';
      link.addEventListener('click', (event) => { event.preventDefault(); choose(handout.slug, output.file); });
      sizes.append(link);
    }
    item.append(title, sizes);
    list.append(item);
  }
  document.getElementById('status').textContent = state.building ? 'Building…' : 'Build ' + state.build + ' · ' + handouts.length + (handouts.length === 1 ? ' handout' : ' handouts') + ' · watching for changes';
  // The problems' last line is their summary ("1 error, 3 warnings in 2 files"); errors open the list.
  const problems = document.getElementById('problems');
  const lines = state.problems.trim().split('\\n');
  problems.hidden = state.problems.trim() === '';
  problems.querySelector('summary').textContent = lines.at(-1);
  problems.querySelector('pre').textContent = lines.slice(0, -1).join('\\n');
  if (/^[1-9]\\d* error/.test(lines.at(-1))) problems.open = true;
  const handout = handouts.find((h) => h.slug === chosen.slug);
  const output = handout && (handout.outputs.find((o) => o.file === chosen.file) || handout.outputs.find((o) => o.file === handout.preview));
  const frame = document.getElementById('pdf');
  const src = output ? '/files/' + output.file + '?v=' + output.hash : 'about:blank';
  // Reload only when the PDF changed, so an unchanged one keeps its place.
  if (frame.getAttribute('src') !== src) frame.setAttribute('src', src);
}

async function refresh() {
  state = await (await fetch('/api/state')).json();
  render();
}

new EventSource('/events').addEventListener('build', refresh);
refresh();
</script>
</body>
</html>
`;
}
