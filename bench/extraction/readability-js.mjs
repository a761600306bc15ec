// Readability.js (Mozilla) on every DIR/*.html: prints {"<id>": {"articleBody": ...}} on stdout and
// its speed on stderr. One thread; files read first; one warm-up pass, then a timed pass (jsdom parse included).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const dir = process.argv[2];
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort()
  .map((f) => [f.slice(0, -5), readFileSync(join(dir, f), 'utf8')]);
const BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'TD', 'BR',
  'UL', 'OL', 'TABLE', 'SECTION', 'ARTICLE', 'FIGURE', 'FIGCAPTION', 'DD', 'DT']);
const quiet = new VirtualConsole();

// Text with a line break around every block, so that words of adjacent paragraphs do not run together.
function text(node) {
  if (node.nodeType === 3) return node.nodeValue;
  if (node.nodeType !== 1) return '';
  let out = '';
  for (const child of node.childNodes) out += text(child);
  return BLOCKS.has(node.nodeName) ? `\n${out}\n` : out;
}

function extract(html) {
  const dom = new JSDOM(html, { virtualConsole: quiet });
  const article = new Readability(dom.window.document).parse();
  if (!article) return '';
  const content = new JSDOM(article.content, { virtualConsole: quiet }).window.document.body;
  return text(content).split(/\n\s*\n*/).map((l) => l.trim()).filter(Boolean).join('\n\n');
}

function run() {
  const result = {};
  for (const [id, html] of pages) {
    try { result[id] = { articleBody: extract(html) }; } catch (e) { result[id] = { articleBody: '' }; }
  }
  return result;
}

run();
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const result = run();
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
process.stdout.write(JSON.stringify(result));
process.stderr.write(`readability.js: ${pages.length} pages, ${(pages.length / cpuSeconds).toFixed(1)} pages/s by CPU time, `
  + `${(pages.length / seconds).toFixed(1)} pages/s by wall clock\n`);
