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
}

const mounted = new WeakMap<HTMLElement, Mounted>();
let latest: MapOptions | null = null;
let container: HTMLElement | undefined;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

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
  if (!state) {
    adoptStyles(el);
    const map = L.map(el, { zoomControl: true, attributionControl: true, scrollWheelZoom: false });
    map.attributionControl.setPrefix(false);
    state = { map, markers: L.layerGroup().addTo(map), tiles: '' };
    mounted.set(el, state);
  }
  if (state.tiles !== tiles) {
    state.map.eachLayer((layer) => {
      if (layer instanceof L.TileLayer) layer.remove();
    });
    if (tiles) L.tileLayer(tiles, { attribution: escapeHtml(options.attribution), maxZoom: 18 }).addTo(state.map);
    state.tiles = tiles;
  }
  state.markers.clearLayers();
  const points: L.LatLngExpression[] = [];
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
    marker.on('click', () => options.onSelect(index, result.group));
    marker.addTo(state.markers);
    marker.getElement()?.setAttribute('aria-label', label);
    points.push([venue.lat, venue.lon]);
  });
  if (options.origin) points.push([options.origin.lat, options.origin.lon]);
  if (points.length) state.map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 15 });
  else state.map.setView([54.5, -3], 5);
}

const mount = (el: Element | undefined) => {
  container = el as HTMLElement | undefined;
  if (container && latest) sync(container, latest);
};

/** The map for the current results; markers follow the list on every render. */
export function renderMap(options: MapOptions) {
  latest = options;
  // The container exists once Lit has committed this render.
  queueMicrotask(() => {
    if (container?.isConnected && latest === options) sync(container, options);
  });
  return html`<div class="map" part="map" dir="ltr" role="region" aria-label=${options.label} ${ref(mount)}></div>`;
}
