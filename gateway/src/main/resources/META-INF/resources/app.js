'use strict';
// Ziar's web page: plain JavaScript, no build step. Safety rules:
// - article content, query text, facet values and errors are set as text (textContent), never as HTML;
// - titles and snippets come from the API as HTML with matches in <mark>: they are parsed in an inert
//   document and only their text and <mark> elements are copied over (anything else is dropped);
// - links are made only from http(s) URLs; ids go into URLs through encodeURIComponent.

const $ = id => document.getElementById(id);
const FACETS = ['person', 'org', 'gpe', 'loc', 'source', 'language'];
const FACET_PARAM = { source: 'source', language: 'lang', kind: 'kind' }; // the others filter by entity
const FILTER_PARAMS = ['lang', 'source', 'entity', 'from', 'to', 'sort', 'collapse'];
const ENTITY_CLASSES = ['PERSON', 'ORG', 'GPE', 'LOC'];
const FACET_TITLES = { person: 'People', org: 'Organisations', gpe: 'Places', loc: 'Locations', source: 'Sources', language: 'Languages',
  kind: 'Page kinds' };
// Page kinds: the search keeps articles unless the hash says otherwise. In the hash, no 'kind' is the
// default (articles only, sent as kind=article), 'kind=all' every kind (no kind sent), anything else
// (a value of the Page kinds facet) is sent as it is.
const ARTICLE_KIND = 'ARTICLE';
const ALL_KINDS = 'all';
const LABEL_WORDS = { PERSON: 'person', ORG: 'organisation', GPE: 'place', LOC: 'location' };
// Dates, amounts and numbers are entities too, but a page about "3" or "joi" says nothing.
const NOT_PROFILED = ['DATETIME', 'PERIOD', 'MONEY', 'QUANTITY', 'NUMERIC', 'ORDINAL'];
// The chart shows this many days at least (one busy day is a bar, not the whole chart) and at most
// (the latest ones).
const CHART_DAYS = { least: 30, most: 120 };

// ---- the API key ----
const keyInput = $('key');
const storedKey = () => sessionStorage.getItem('ziar-key') || '';
keyInput.value = storedKey();
showKeyState();
$('key-form').addEventListener('submit', event => {
  event.preventDefault();
  sessionStorage.setItem('ziar-key', keyInput.value.trim());
  showKeyState();
  route();
});

function showKeyState() {
  $('key-state').textContent = storedKey() ? 'key set' : 'no key';
}

class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
    this.status = status;
  }
}

// Reads (GETs) are retried on 503, after the Retry-After the gateway sends: a cold or briefly
// overloaded service answers 503 rather than hang, and the page should ride that out.
const READ_ATTEMPTS = 4;

async function api(path, options = {}) {
  const headers = Object.assign({ Authorization: 'Bearer ' + storedKey() }, options.headers || {});
  const retryable = !options.method || options.method === 'GET';
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(path, Object.assign({}, options, { headers }));
    const type = response.headers.get('Content-Type') || '';
    const body = type.includes('json') ? await response.json().catch(() => null) : null;
    if (response.ok) {
      return body;
    }
    if (!(retryable && response.status === 503 && attempt < READ_ATTEMPTS)) {
      throw new ApiError(response.status, body);
    }
    const seconds = Math.min(Number(response.headers.get('Retry-After')) || 1, 3);
    await new Promise(resolve => setTimeout(resolve, seconds * 1000));
  }
}

function showError(error) {
  let text = error ? error.message : '';
  if (error && error.status === 401) {
    text = 'The API key is missing or not valid: paste one above. (' + text + ')';
  }
  $('error').textContent = text;
}

// ---- safe rendering ----
function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  if (className) {
    node.className = className;
  }
  return node;
}

/** Copies the text and the <mark> elements of an HTML fragment into target; nothing else survives. */
function appendMarked(target, html) {
  const doc = new DOMParser().parseFromString('<body>' + (html || ''), 'text/html');
  const copy = (from, to) => {
    for (const node of from.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        to.append(document.createTextNode(node.nodeValue));
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        if (node.tagName === 'MARK') {
          const mark = document.createElement('mark');
          copy(node, mark);
          to.append(mark);
        } else if (!['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName)) {
          copy(node, to);
        }
      }
    }
  };
  copy(doc.body, target);
  return target;
}

function safeHttpUrl(value) {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch (e) {
    return null;
  }
}

function formatDate(value) {
  if (!value) {
    return null;
  }
  const date = new Date(value);
  return isNaN(date) ? String(value) : date.toISOString().slice(0, 10);
}

// ---- routing: #/search?..., #/article/<id>, #/entity/<canonical name>, #/ingest ----
window.addEventListener('hashchange', route);
route();

function route() {
  showError(null);
  const hash = location.hash || '#/search';
  for (const view of ['search-view', 'article-view', 'entity-view', 'ingest-view']) {
    $(view).hidden = true;
  }
  if (hash.startsWith('#/article/')) {
    $('article-view').hidden = false;
    showArticle(decodeURIComponent(hash.slice('#/article/'.length)));
  } else if (hash.startsWith('#/entity/')) {
    $('entity-view').hidden = false;
    showEntity(decodeURIComponent(hash.slice('#/entity/'.length)));
  } else if (hash.startsWith('#/ingest')) {
    $('ingest-view').hidden = false;
  } else {
    $('search-view').hidden = false;
    const params = new URLSearchParams(hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '');
    runSearch(params);
  }
}

// ---- search ----
let lastSearch = '';

$('search-form').addEventListener('submit', event => {
  event.preventDefault();
  const params = currentParams();
  params.set('q', $('q').value);
  for (const [id, name] of [['from', 'from'], ['to', 'to'], ['sort', 'sort']]) {
    if ($(id).value) {
      params.set(name, $(id).value);
    } else {
      params.delete(name);
    }
  }
  if ($('collapse').checked) {
    params.set('collapse', 'story');
  } else {
    params.delete('collapse');
  }
  setArticlesOnly(params, $('articles-only').checked);
  params.delete('cursor');
  go(params);
});

$('articles-only').addEventListener('change', () => {
  const params = currentParams();
  setArticlesOnly(params, $('articles-only').checked);
  params.delete('cursor');
  go(params);
});

/** The hash's kind for the toggle: on is the default; off keeps a kind chosen in the facet, else every kind. */
function setArticlesOnly(params, on) {
  if (on) {
    params.delete('kind');
  } else if (articlesOnly(params)) {
    params.set('kind', ALL_KINDS);
  }
}

function articlesOnly(params) {
  const kind = params.get('kind');
  return !kind || kind.toUpperCase() === ARTICLE_KIND;
}

/** The search's parameters for the API: the hash's, with its page kind translated (see ALL_KINDS). */
function apiParams(params) {
  const sent = new URLSearchParams(params);
  const kind = params.get('kind');
  if (!kind) {
    sent.set('kind', ARTICLE_KIND.toLowerCase());
  } else if (kind === ALL_KINDS) {
    sent.delete('kind');
  }
  return sent;
}

function currentParams() {
  const hash = location.hash || '';
  return new URLSearchParams(hash.startsWith('#/search?') ? hash.slice('#/search?'.length) : '');
}

function go(params) {
  const next = '#/search?' + params.toString();
  if (location.hash === next) {
    route();
  } else {
    location.hash = next;
  }
}

async function runSearch(params) {
  $('q').value = params.get('q') || '';
  $('from').value = params.get('from') || '';
  $('to').value = params.get('to') || '';
  $('sort').value = params.get('sort') || '';
  $('collapse').checked = params.get('collapse') === 'story';
  $('articles-only').checked = articlesOnly(params);
  renderActiveFilters(params);
  showEntityMatches(params.get('q') || '');
  if (!params.get('q') && !FILTER_PARAMS.some(name => params.get(name))) {
    $('hits').replaceChildren();
    $('facets').replaceChildren();
    $('total').textContent = '';
    $('more').hidden = true;
    return;
  }
  lastSearch = params.toString();
  $('hits').replaceChildren();
  $('total').textContent = 'Searching…';
  await loadPage(params, lastSearch);
}

async function loadPage(params, searchId) {
  try {
    const result = await api('/api/v1/search?' + apiParams(params).toString());
    if (searchId !== lastSearch) {
      return; // a newer search replaced this one
    }
    $('total').textContent = result.total + (result.totalIsExact === false ? '+' : '') + (articlesOnly(params) ? ' articles' : ' pages');
    for (const hit of result.hits || []) {
      $('hits').append(renderHit(hit));
    }
    if (!params.get('cursor')) {
      renderFacets(result.facets || {}, params);
    }
    const more = $('more');
    more.hidden = !result.next;
    more.onclick = () => {
      const nextParams = new URLSearchParams(params);
      nextParams.set('cursor', result.next);
      more.hidden = true;
      loadPage(nextParams, searchId);
    };
  } catch (error) {
    $('total').textContent = '';
    showError(error);
  }
}

function renderHit(hit) {
  const item = el('article', null, 'hit');
  const title = el('h3');
  const link = el('a', null, 'title');
  link.href = '#/article/' + encodeURIComponent(hit.id);
  appendMarked(link, hit.title || hit.id);
  title.append(link);
  if (hit.pageKind && hit.pageKind !== ARTICLE_KIND) {
    title.append(el('span', kindWord(hit.pageKind), 'kind'));
  }
  const meta = el('div', [hit.source, formatDate(hit.publishedAt), hit.language].filter(Boolean).join(' · '), 'meta');
  const snippet = appendMarked(el('p', null, 'snippet'), hit.snippet);
  item.append(title, meta, snippet);
  if (hit.storySize > 1 && hit.storyId) {
    item.append(storyLink(hit.storyId, hit.storySize + ' articles in this story'));
  }
  return item;
}

/** A link to the whole near-duplicate story: the search story:<id>. */
function storyLink(storyId, text) {
  const link = el('a', text, 'story');
  link.href = '#/search?' + new URLSearchParams({ q: 'story:' + storyId }).toString();
  return link;
}

/** A link to an entity's page. */
function entityLink(canonical, text, className) {
  const link = el('a', text, className);
  link.href = '#/entity/' + encodeURIComponent(canonical);
  return link;
}

function kindWord(kind) {
  return String(kind || '').toLowerCase();
}

function labelWord(label) {
  return LABEL_WORDS[label] || String(label || '').toLowerCase();
}

/**
 * For a query that could be a name (a few words, no field or operator), the entities with a word
 * starting so: a way from the results to the page of the person or organisation searched for.
 */
async function showEntityMatches(query) {
  const box = $('entity-matches');
  box.replaceChildren();
  const words = query.trim();
  if (!words || words.split(/\s+/).length > 4 || /[:"()*]/.test(words)) {
    return;
  }
  try {
    const found = await api('/api/v1/entities?' + new URLSearchParams({ prefix: words, size: '3' }).toString());
    const names = (found.entities || []).filter(entity => !NOT_PROFILED.includes(entity.label));
    if (names.length > 0 && $('q').value.trim() === words) {
      box.append(el('span', 'About:', 'meta'),
        ...names.map(entity => entityLink(entity.canonical, entity.canonical + ' (' + labelWord(entity.label) + ')', 'chip entity')));
    }
  } catch (error) {
    // Suggestions are a convenience: the results below stand without them.
  }
}

function renderFacets(facets, params) {
  const box = $('facets');
  box.replaceChildren();
  const names = FACETS.concat(Object.keys(facets).filter(name => !FACETS.includes(name)));
  for (const name of names) {
    const values = facets[name];
    // with articles only, the page kinds say nothing more than the toggle does
    if (!values || values.length === 0 || (name === 'kind' && articlesOnly(params))) {
      continue;
    }
    const section = el('section', null, 'facet');
    section.dataset.facet = name;
    const title = FACET_TITLES[name] || name;
    const filter = el('input');
    filter.type = 'search';
    filter.placeholder = 'Filter ' + title.toLowerCase();
    filter.setAttribute('aria-label', 'Filter ' + title.toLowerCase());
    const list = el('ul');
    for (const facet of values) {
      const li = el('li');
      const button = el('button', name === 'kind' ? kindWord(facet.value) : facet.value);
      button.type = 'button';
      button.append(el('span', facet.count, 'count'));
      button.addEventListener('click', () => {
        const next = new URLSearchParams(params);
        next.delete('cursor');
        next.set(FACET_PARAM[name] || 'entity', name === 'kind' ? kindWord(facet.value) : facet.value);
        go(next);
      });
      li.dataset.value = String(facet.value).toLowerCase();
      li.append(button);
      if (!FACET_PARAM[name]) {
        const profile = entityLink(facet.value, '↗', 'profile');
        profile.title = 'About ' + facet.value;
        li.append(profile);
      }
      list.append(li);
    }
    filter.addEventListener('input', () => {
      const wanted = filter.value.trim().toLowerCase();
      for (const li of list.children) {
        li.hidden = wanted !== '' && !li.dataset.value.includes(wanted);
      }
    });
    section.append(el('h4', title), filter, list);
    box.append(section);
  }
}

function renderActiveFilters(params) {
  const box = $('active-filters');
  box.replaceChildren();
  for (const name of FILTER_PARAMS) {
    const value = params.get(name);
    if (value) {
      box.append(filterChip(name + ': ' + value, params, next => next.delete(name)));
    }
  }
  // a kind chosen in the Page kinds facet; taking it back shows every kind, as the toggle is off
  const kind = params.get('kind');
  if (kind && kind !== ALL_KINDS && !articlesOnly(params)) {
    box.append(filterChip('kind: ' + kind, params, next => next.set('kind', ALL_KINDS)));
  }
}

/** A chip that takes a filter back: the same search with remove(parameters) applied. */
function filterChip(text, params, remove) {
  const chip = el('button', text + ' ✕', 'chip');
  chip.type = 'button';
  chip.title = 'Remove this filter';
  chip.addEventListener('click', () => {
    const next = new URLSearchParams(params);
    remove(next);
    next.delete('cursor');
    go(next);
  });
  return chip;
}

// ---- one article ----
async function showArticle(id) {
  for (const target of ['article-title', 'article-meta', 'article-link', 'article-body', 'quotes', 'legend']) {
    $(target).replaceChildren();
  }
  $('no-quotes').hidden = true;
  $('back').href = '#/search' + (lastSearch ? '?' + lastSearch : '');
  try {
    const article = await api('/api/v1/articles/' + encodeURIComponent(id));
    $('article-title').textContent = article.title || '(no title yet)';
    $('article-meta').textContent = [article.source || article.siteName, article.byline, formatDate(article.publishedAt),
      article.language, article.pageKind && article.pageKind !== ARTICLE_KIND ? kindWord(article.pageKind) + ' page' : null,
      'status ' + article.status, article.failureReason].filter(Boolean).join(' · ');
    const url = safeHttpUrl(article.url);
    if (url) {
      const link = el('a', url);
      link.href = url;
      link.rel = 'noopener noreferrer nofollow';
      link.target = '_blank';
      $('article-link').append(link);
    } else if (article.url) {
      $('article-link').textContent = article.url;
    }
    if (article.storyId && article.storyId !== article.id) {
      $('article-link').append(document.createTextNode(' '), storyLink(article.storyId, 'Other articles in this story'));
    }
    renderBody(article.body || '', article.entities || [], article.personalData || []);
    renderQuotes(article.quotes || []);
  } catch (error) {
    showError(error);
  }
}

function entityClass(label) {
  const clean = String(label || '').replace(/[^A-Z_]/g, '');
  return ENTITY_CLASSES.includes(clean) ? 'ent-' + clean : 'ent-other';
}

/**
 * The body as text with entities (by type, canonical name on hover) and personal data (by kind)
 * wrapped in spans; where spans overlap, the earlier (then the longer) one wins.
 */
function renderBody(body, entities, personalData) {
  const target = $('article-body');
  const valid = span => Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0
    && span.end <= body.length && span.start < span.end;
  const spans = entities.filter(valid).map(entity => ({
    start: entity.start, end: entity.end, legend: String(entity.label), className: 'ent ' + entityClass(entity.label),
    title: (entity.canonical || entity.text || '') + ' (' + entity.label + ')',
    canonical: entity.canonical && !NOT_PROFILED.includes(entity.label) ? entity.canonical : null
  })).concat(personalData.filter(valid).map(flag => ({
    start: flag.start, end: flag.end, legend: 'personal data', className: 'pii',
    title: 'Personal data: ' + String(flag.kind || '').toLowerCase()
  }))).sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  const legends = new Map();
  for (const span of spans) {
    if (span.start < at) {
      continue;
    }
    target.append(document.createTextNode(body.slice(at, span.start)));
    const node = span.canonical ? entityLink(span.canonical, body.slice(span.start, span.end), span.className)
      : el('span', body.slice(span.start, span.end), span.className);
    node.title = span.title;
    node.dataset.label = span.legend;
    target.append(node);
    legends.set(span.legend, span.className);
    at = span.end;
  }
  target.append(document.createTextNode(body.slice(at)));
  for (const [legend, className] of legends) {
    $('legend').append(el('span', legend, className));
  }
}

function renderQuotes(quotes) {
  $('no-quotes').hidden = quotes.length > 0;
  for (const quote of quotes) {
    const li = el('li');
    li.append(quote.speaker ? entityLink(quote.speaker, quote.speaker, 'speaker') : el('span', 'unknown speaker', 'speaker'),
      document.createTextNode(': '), el('q', quote.text));
    $('quotes').append(li);
  }
}

// ---- one entity ----
let shownEntity = 0;

async function showEntity(canonical) {
  const shown = ++shownEntity;
  for (const target of ['entity-name', 'entity-meta', 'entity-variants', 'entity-chart', 'entity-chart-caption',
    'entity-related', 'entity-latest', 'entity-quotes']) {
    $(target).replaceChildren();
  }
  $('entity-quotes-section').hidden = true;
  $('entity-back').href = '#/search' + (lastSearch ? '?' + lastSearch : '');
  $('entity-name').textContent = canonical;
  $('entity-search').href = '#/search?' + new URLSearchParams({ entity: canonical }).toString();
  try {
    const profile = await api('/api/v1/entities/' + encodeURIComponent(canonical));
    if (shown !== shownEntity) {
      return; // the page moved on to another entity meanwhile
    }
    $('entity-name').textContent = profile.canonical;
    $('entity-search').href = '#/search?' + new URLSearchParams({ entity: profile.canonical }).toString();
    $('entity-meta').textContent = [(profile.labels || []).map(labelWord).join(', '),
      profile.articles + (profile.articles === 1 ? ' article' : ' articles'),
      profile.mentions + (profile.mentions === 1 ? ' mention' : ' mentions')].filter(Boolean).join(' · ');
    const variants = (profile.variants || []).filter(variant => variant !== profile.canonical);
    $('entity-variants').textContent = variants.length ? 'Also written: ' + variants.join(', ') : '';
    drawDays(profile.days || []);
    for (const name of profile.coOccurring || []) {
      const li = el('li');
      li.append(entityLink(name.canonical, name.canonical), el('span', ' ' + labelWord(name.label) + ' · ' + name.articles, 'meta'));
      $('entity-related').append(li);
    }
    for (const article of profile.latest || []) {
      $('entity-latest').append(articleItem(article));
    }
    for (const quote of profile.quotes || []) {
      const li = articleItem(quote.article);
      li.prepend(el('q', quote.text), document.createTextNode(' — '));
      $('entity-quotes').append(li);
    }
    $('entity-quotes-section').hidden = (profile.quotes || []).length === 0;
  } catch (error) {
    if (shown === shownEntity) {
      showError(error);
    }
  }
}

/** A list item linking to an article: its title, then its source and date. */
function articleItem(article) {
  const li = el('li');
  const link = el('a', article.title || article.id);
  link.href = '#/article/' + encodeURIComponent(article.id);
  li.append(link, el('span', ' ' + [article.source, formatDate(article.publishedAt)].filter(Boolean).join(' · '), 'meta'));
  return li;
}

/** Mentions per day as bars, every day from the first to the last (within CHART_DAYS). */
function drawDays(days) {
  const svg = $('entity-chart');
  const counts = new Map(days.map(day => [day.date, day]));
  const dated = days.map(day => day.date).sort();
  if (dated.length === 0) {
    $('entity-chart-caption').textContent = 'No dated articles.';
    return;
  }
  const last = new Date(dated[dated.length - 1] + 'T00:00:00Z');
  const earliest = new Date(dated[0] + 'T00:00:00Z').getTime();
  const first = new Date(Math.min(Math.max(earliest, last - (CHART_DAYS.most - 1) * 86400000),
    last - (CHART_DAYS.least - 1) * 86400000));
  const range = [];
  for (let day = first; day <= last; day = new Date(day.getTime() + 86400000)) {
    range.push(day.toISOString().slice(0, 10));
  }
  const most = Math.max(1, ...range.map(date => (counts.get(date) || {}).mentions || 0));
  const width = 600, height = 120, bar = width / range.length;
  const ns = 'http://www.w3.org/2000/svg';
  svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
  svg.setAttribute('preserveAspectRatio', 'none');
  range.forEach((date, i) => {
    const day = counts.get(date) || { mentions: 0, articles: 0 };
    const rect = document.createElementNS(ns, 'rect');
    const tall = day.mentions === 0 ? 0 : Math.max(2, height * day.mentions / most);
    rect.setAttribute('x', String(i * bar + bar * 0.1));
    rect.setAttribute('width', String(Math.max(bar * 0.8, 0.5)));
    rect.setAttribute('y', String(height - tall));
    rect.setAttribute('height', String(tall));
    rect.setAttribute('class', 'day');
    const tip = document.createElementNS(ns, 'title');
    tip.textContent = date + ': ' + day.mentions + ' mentions in ' + day.articles + ' articles';
    rect.append(tip);
    svg.append(rect);
  });
  $('entity-chart-caption').textContent = 'Mentions per day, ' + range[0] + ' to ' + range[range.length - 1]
    + ' (at most ' + most + ' a day)';
}

// ---- ingest ----
const STEPS = ['RECEIVED', 'ANALYZED', 'INDEXED'];

$('ingest-form').addEventListener('submit', async event => {
  event.preventDefault();
  showError(null);
  const kind = document.querySelector('input[name=kind]:checked').value;
  const article = { [kind]: $('ingest-content').value };
  for (const [id, field] of [['ingest-url', 'url'], ['ingest-source', 'source'], ['ingest-language', 'language']]) {
    if ($(id).value.trim()) {
      article[field] = $(id).value.trim();
    }
  }
  $('progress').replaceChildren(...STEPS.map(step => el('li', step)));
  $('ingest-result').replaceChildren();
  try {
    const accepted = await api('/api/v1/articles', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(article)
    });
    await follow(accepted.id);
  } catch (error) {
    showError(error);
  }
});

async function follow(id) {
  const deadline = Date.now() + 180000;
  while (Date.now() < deadline) {
    const article = await api('/api/v1/articles/' + encodeURIComponent(id));
    const reached = STEPS.indexOf(article.status);
    [...$('progress').children].forEach((li, i) => li.classList.toggle('done', i <= reached));
    if (article.status === 'INDEXED' || article.status === 'FAILED') {
      const result = $('ingest-result');
      result.replaceChildren(document.createTextNode(article.status === 'INDEXED'
        ? 'Searchable: ' : 'Failed (' + (article.failureReason || 'no reason given') + '): '));
      const link = el('a', article.title || id);
      link.href = '#/article/' + encodeURIComponent(id);
      result.append(link);
      return;
    }
    await new Promise(resolve => setTimeout(resolve, 700));
  }
  $('ingest-result').textContent = 'Still not indexed after 3 minutes: ' + id;
}

// ---- bulk upload: the file is streamed to the bulk endpoint, then its job is followed ----
const COUNTS = ['received', 'accepted', 'rejected', 'duplicates', 'analyzed', 'indexed', 'failed'];

$('bulk-form').addEventListener('submit', async event => {
  event.preventDefault();
  showError(null);
  const file = $('bulk-file').files[0];
  if (!file) {
    showError(new Error('Choose an NDJSON file first.'));
    return;
  }
  const headers = { 'Content-Type': 'application/x-ndjson' };
  if (file.name.endsWith('.gz')) {
    headers['Content-Encoding'] = 'gzip';
  }
  $('bulk-errors').replaceChildren();
  $('bulk-status').textContent = 'Uploading ' + file.name + '…';
  try {
    const job = await api('/api/v1/articles:bulk', { method: 'POST', headers, body: file });
    showJob(job);
    await followJob(job.id);
  } catch (error) {
    $('bulk-status').textContent = '';
    showError(error);
  }
});

function showJob(job) {
  $('bulk-status').textContent = 'Job ' + job.id + ': ' + job.status;
  $('bulk-counts').hidden = false;
  $('bulk-counts').querySelector('tbody tr').replaceChildren(...COUNTS.map(name => el('td', job[name] ?? '')));
  $('bulk-errors').replaceChildren(...(job.errors || []).map(error => el('li', 'line ' + error.line + ': ' + error.reason)));
}

/** Polls the job until every accepted article is indexed or failed (or the job cannot go on). */
async function followJob(id) {
  for (;;) {
    const job = await api('/api/v1/jobs/' + encodeURIComponent(id));
    showJob(job);
    if (job.status === 'DONE' || (job.status === 'ABORTED' && job.indexed + job.failed >= job.accepted)) {
      $('bulk-status').textContent += ' — ' + job.indexed + ' searchable';
      return;
    }
    await new Promise(resolve => setTimeout(resolve, 1000));
  }
}
