// Farmguard dashboard: a read-only view over the query API. The token lives in sessionStorage only.
'use strict';

const TOKEN_KEY = 'farmguard.token';
const REFRESH_MS = 15000;
const state = { devices: [], timer: null };

const $ = (id) => document.getElementById(id);

function token() { return sessionStorage.getItem(TOKEN_KEY); }

async function api(path) {
  const response = await fetch(path, { headers: { Authorization: 'Bearer ' + token() } });
  if (response.status === 401) { signOut('Your token was not accepted.'); throw new Error('unauthorized'); }
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function text(tag, value, className) {
  const el = document.createElement(tag);
  el.textContent = value == null || value === '' ? '—' : String(value);
  if (className) el.className = className;
  return el;
}

function badge(verdict) {
  const el = text('span', verdict.replace('_', ' '), 'badge ' + verdict);
  el.dataset.verdict = verdict;
  return el;
}

function riskBar(risk) {
  const cell = document.createElement('td');
  const bar = document.createElement('span');
  bar.className = 'risk';
  const fill = document.createElement('span');
  fill.style.width = Math.max(0, Math.min(100, risk)) + '%';
  bar.appendChild(fill);
  cell.append(bar, String(risk));
  return cell;
}

function matches(device, query, verdict) {
  if (verdict && device.verdict !== verdict) return false;
  if (!query) return true;
  const haystack = [device.deviceId, device.hostname, device.publicIp,
    ...device.findings.map((f) => f.rule + ' ' + f.summary)].join(' ').toLowerCase();
  return haystack.includes(query.toLowerCase());
}

function renderSummary(devices) {
  for (const verdict of ['laptop_farm', 'review', 'ok']) {
    $('count-' + verdict).textContent = devices.filter((d) => d.verdict === verdict).length;
  }
}

function renderTable() {
  const tbody = document.querySelector('#devices tbody');
  tbody.replaceChildren();
  const query = $('filter').value.trim();
  const verdict = $('verdict-filter').value;
  const shown = state.devices.filter((d) => matches(d, query, verdict));
  for (const device of shown) {
    const row = document.createElement('tr');
    row.dataset.deviceId = device.deviceId;
    const verdictCell = document.createElement('td');
    verdictCell.appendChild(badge(device.verdict));
    row.append(verdictCell, riskBar(device.risk), text('td', device.hostname),
      text('td', device.deviceId, 'mono'), text('td', device.publicIp, 'mono'),
      text('td', device.lastSeen ? new Date(device.lastSeen).toLocaleString() : ''),
      text('td', device.findings.length));
    row.addEventListener('click', () => showDetail(device.deviceId));
    tbody.appendChild(row);
  }
  $('empty').hidden = state.devices.length > 0;
}

function fact(list, name, value) {
  list.append(text('dt', name), text('dd', value));
}

async function showDetail(deviceId) {
  const device = await api('/api/v1/devices/' + encodeURIComponent(deviceId));
  $('detail-title').textContent = device.hostname || device.deviceId;
  const facts = $('detail-facts');
  facts.replaceChildren();
  fact(facts, 'Device', device.deviceId);
  fact(facts, 'Verdict', device.verdict.replace('_', ' '));
  fact(facts, 'Risk', device.risk);
  fact(facts, 'Public IP', device.publicIp);
  fact(facts, 'Last seen', device.lastSeen ? new Date(device.lastSeen).toLocaleString() : '');
  const findings = $('detail-findings');
  findings.replaceChildren();
  for (const finding of device.findings) {
    const item = document.createElement('li');
    item.append(text('span', finding.severity, 'sev ' + String(finding.severity).toLowerCase()),
      text('strong', finding.summary), text('div', finding.rule, 'mono'));
    const evidence = document.createElement('pre');
    evidence.className = 'evidence';
    evidence.textContent = JSON.stringify(finding.evidence, null, 2);
    item.appendChild(evidence);
    findings.appendChild(item);
  }
  if (device.findings.length === 0) findings.appendChild(text('li', 'No findings: nothing about this device looks like a laptop farm.'));
  $('detail').hidden = false;
}

async function refresh() {
  try {
    // every page of the list, 500 devices at a time (the API pages with an opaque cursor)
    const devices = [];
    let cursor = null;
    do {
      const body = await api('/api/v1/devices?limit=500' + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''));
      devices.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    state.devices = devices;
    state.devices.sort((a, b) => b.risk - a.risk || String(a.hostname).localeCompare(String(b.hostname)));
    renderSummary(state.devices);
    renderTable();
    $('status').textContent = 'Updated ' + new Date().toLocaleTimeString();
  } catch (error) {
    $('status').textContent = 'Could not load devices: ' + error.message;
  }
}

function signIn(value) {
  sessionStorage.setItem(TOKEN_KEY, value);
  $('login').hidden = true;
  $('app').hidden = false;
  refresh();
  state.timer = setInterval(refresh, REFRESH_MS);
}

function signOut(message) {
  sessionStorage.removeItem(TOKEN_KEY);
  clearInterval(state.timer);
  $('app').hidden = true;
  $('login').hidden = false;
  $('login-error').textContent = message || '';
}

document.addEventListener('DOMContentLoaded', () => {
  $('login-form').addEventListener('submit', (event) => {
    event.preventDefault();
    signIn($('token').value.trim());
  });
  $('filter').addEventListener('input', renderTable);
  $('verdict-filter').addEventListener('change', renderTable);
  $('refresh').addEventListener('click', refresh);
  $('sign-out').addEventListener('click', () => signOut());
  $('close-detail').addEventListener('click', () => { $('detail').hidden = true; });
  if (token()) signIn(token()); else signOut();
});
