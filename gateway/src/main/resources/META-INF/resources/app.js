'use strict';
// Snippets and titles come from the API as safe HTML (matches in <mark>, the rest escaped);
// everything else is set as text, never as HTML.
const keyInput = document.getElementById('key');
keyInput.value = sessionStorage.getItem('ziar-key') || '';

document.getElementById('key-form').addEventListener('submit', event => {
  event.preventDefault();
  sessionStorage.setItem('ziar-key', keyInput.value.trim());
});

document.getElementById('search-form').addEventListener('submit', async event => {
  event.preventDefault();
  const error = document.getElementById('error');
  const hits = document.getElementById('hits');
  error.textContent = '';
  hits.replaceChildren();
  const query = new URLSearchParams({ q: document.getElementById('q').value });
  const response = await fetch('/api/v1/search?' + query, {
    headers: { Authorization: 'Bearer ' + (sessionStorage.getItem('ziar-key') || '') }
  });
  const body = await response.json();
  if (!response.ok) {
    error.textContent = body.detail || body.title || ('HTTP ' + response.status);
    return;
  }
  document.getElementById('total').textContent = body.total + (body.totalIsExact ? '' : '+') + ' articles';
  for (const hit of body.hits) {
    const item = document.createElement('article');
    item.className = 'hit';
    const title = document.createElement('h3');
    title.innerHTML = hit.title || '';
    const meta = document.createElement('div');
    meta.className = 'meta';
    meta.textContent = [hit.source, hit.language, hit.publishedAt].filter(Boolean).join(' · ');
    const snippet = document.createElement('p');
    snippet.innerHTML = hit.snippet || '';
    item.append(title, meta, snippet);
    hits.append(item);
  }
});
