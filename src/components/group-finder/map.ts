// The optional map, loaded only when the person asks for it: Leaflet, with tiles from the URL the
// host configured (never a default tile server) and its attribution shown. The list stays the
// main way to read results; each numbered marker matches a numbered group in the list and is a
// keyboard-reachable button that opens that group there.
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import { safeHttpUrl } from '../../core/safe-url.js';
import type { LatLon } from '../../data/directory/geo.js';
import type { DirectoryGroup } from '../../data/directory/model.js';
import type { GroupResult } from '../../data/directory/search.js';
import { mapStyles } from './map.styles.js';

export interface MapOptions {
  results: readonly GroupResult[];
  origin: LatLon | null;
  tileUrl: string;
  attribution: string;
  label: string;
  markerLabel: (index: number, group: DirectoryGroup) => string;
  onSelect: (index: number, group: DirectoryGroup) => void;
}

interface Mounted {
  map: L.Map;
  markers: L.LayerGroup;
  tiles: string;
  /** What the markers show, so a re-render with the same list keeps them (and keyboard focus). */
  key: string;
}

const mounted = new WeakMap<HTMLElement, Mounted>();
let latest: MapOptions | null = null;
let container: HTMLElement | undefined;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function adoptStyles(el: HTMLElement) {
  const root = el.getRootNode();
  const sheet = mapStyles.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

function sync(el: HTMLElement, options: MapOptions) {
  let state = mounted.get(el);
  const tiles = safeHttpUrl(options.tileUrl.replace(/[{}]/g, ''), document.baseURI) ? options.tileUrl : '';
  adoptStyles(el);
  if (!state) {
    const map = L.map(el, { zoomControl: true, attributionControl: true, scrollWheelZoom: false });
    map.attributionControl.setPrefix(false);
    state = { map, markers: L.layerGroup().addTo(map), tiles: '', key: '' };
    mounted.set(el, state);
  }
  if (state.tiles !== tiles) {
    state.map.eachLayer((layer) => {
      if (layer instanceof L.TileLayer) layer.remove();
    });
    if (tiles)
      L.tileLayer(tiles, { attribution: escapeHtml(options.attribution), maxZoom: 18 }).addTo(state.map);
    state.tiles = tiles;
  }
  const key = JSON.stringify([
    options.origin,
    options.results.map((r, i) => [r.group.id, options.markerLabel(i, r.group)]),
  ]);
  if (state.key === key) return;
  state.key = key;
  state.markers.clearLayers();
  const points: L.LatLngExpression[] = [];
  const added: [L.Marker, string, () => void][] = [];
  options.results.forEach((result, index) => {
    const venue = result.group.venue;
    if (venue?.lat === undefined || venue.lon === undefined) return;
    const label = options.markerLabel(index, result.group);
    const marker = L.marker([venue.lat, venue.lon], {
      keyboard: true,
      title: label,
      icon: L.divIcon({
        className: 'marker',
        html: `<span aria-hidden="true">${escapeHtml(label.split('.')[0] ?? '')}</span>`,
        iconSize: [32, 32],
        iconAnchor: [16, 16],
      }),
    });
    const select = () => options.onSelect(index, result.group);
    marker.on('click', select);
    added.push([marker, label, select]);
    points.push([venue.lat, venue.lon]);
  });
  if (options.origin) points.push([options.origin.lat, options.origin.lon]);
  // The view first: Leaflet creates marker elements only on a map that has one.
  if (points.length) state.map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 15 });
  else state.map.setView([54.5, -3], 5);
  for (const [marker, label, select] of added) {
    marker.addTo(state.markers);
    const el = marker.getElement();
    el?.setAttribute('aria-label', label);
    // Leaflet makes markers focusable buttons but fires no click for the keyboard.
    el?.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      select();
    });
  }
}

// Lit calls this while the new container may still sit in a detached fragment, so the map is
// made (and the styles adopted) from the microtask in renderMap, once it is in the shadow root.
const mount = (el: Element | undefined) => {
  container = el as HTMLElement | undefined;
};

/** The map for the current results; markers follow the list on every render. */
export function renderMap(options: MapOptions) {
  latest = options;
  // The container exists once Lit has committed this render.
  queueMicrotask(() => {
    if (container?.isConnected && latest === options) sync(container, options);
  });
  return html`<div
    class="map"
    part="map"
    dir="ltr"
    role="region"
    aria-label=${options.label}
    ${ref(mount)}
  ></div>`;
}
