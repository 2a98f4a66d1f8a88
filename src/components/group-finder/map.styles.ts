import { css } from 'lit';

// The parts of Leaflet's layout the map needs, in the shadow root (a page's own copy of
// leaflet.css cannot reach inside it).
export const mapStyles = css`
  .map {
    position: relative;
    overflow: hidden;
    block-size: 20em;
    border: 1px solid var(--_hm-border);
    border-radius: var(--_hm-radius);
    background: var(--_hm-surface-alt);
    touch-action: pan-x pan-y;
    -webkit-tap-highlight-color: transparent;
  }
  .leaflet-pane,
  .leaflet-tile,
  .leaflet-marker-icon,
  .leaflet-tile-container,
  .leaflet-pane > svg,
  .leaflet-pane > canvas,
  .leaflet-layer {
    position: absolute;
    left: 0;
    top: 0;
  }
  .leaflet-tile,
  .leaflet-marker-icon {
    user-select: none;
  }
  .leaflet-tile {
    visibility: hidden;
    border: 0;
  }
  .leaflet-tile-loaded {
    visibility: inherit;
  }
  .map img {
    max-inline-size: none;
    max-block-size: none;
  }
  .leaflet-pane {
    z-index: 400;
  }
  .leaflet-tile-pane {
    z-index: 200;
  }
  .leaflet-overlay-pane {
    z-index: 400;
  }
  .leaflet-shadow-pane {
    z-index: 500;
  }
  .leaflet-marker-pane {
    z-index: 600;
  }
  .leaflet-tooltip-pane {
    z-index: 650;
  }
  .leaflet-popup-pane {
    z-index: 700;
  }
  .leaflet-zoom-animated {
    transform-origin: 0 0;
  }
  .leaflet-zoom-anim .leaflet-zoom-animated {
    transition: transform 0.25s cubic-bezier(0, 0, 0.25, 1);
  }
  .leaflet-zoom-anim .leaflet-tile,
  .leaflet-pan-anim .leaflet-tile {
    transition: none;
  }
  .leaflet-interactive,
  .leaflet-marker-icon {
    cursor: pointer;
  }
  .leaflet-grab {
    cursor: grab;
  }
  .leaflet-dragging .leaflet-grab {
    cursor: grabbing;
  }
  .leaflet-top,
  .leaflet-bottom {
    position: absolute;
    z-index: 1000;
    pointer-events: none;
  }
  .leaflet-top {
    top: 0;
  }
  .leaflet-bottom {
    bottom: 0;
  }
  .leaflet-left {
    left: 0;
  }
  .leaflet-right {
    right: 0;
  }
  .leaflet-control {
    position: relative;
    z-index: 800;
    pointer-events: auto;
    float: left;
    clear: both;
  }
  .leaflet-right .leaflet-control {
    float: right;
  }
  .leaflet-top .leaflet-control {
    margin-top: 10px;
  }
  .leaflet-left .leaflet-control {
    margin-left: 10px;
  }
  .leaflet-right .leaflet-control {
    margin-right: 0;
  }
  .leaflet-bottom .leaflet-control {
    margin-bottom: 0;
  }
  .leaflet-control-zoom {
    border: 2px solid #333;
    border-radius: 4px;
    background: #fff;
  }
  .leaflet-control-zoom a {
    display: block;
    inline-size: 2.75em;
    block-size: 2.75em;
    line-height: 2.75em;
    text-align: center;
    color: #000;
    text-decoration: none;
    font:
      bold 1.25em/2.75em system-ui,
      sans-serif;
  }
  .leaflet-control-zoom a + a {
    border-top: 1px solid #333;
  }
  .leaflet-control-attribution {
    margin: 0;
    padding: 0 0.4em;
    background: rgba(255, 255, 255, 0.92);
    color: #222;
    font-size: 0.8em;
  }
  .marker {
    display: grid;
    place-items: center;
    border: 2px solid #fff;
    border-radius: 50%;
    background: var(--_hm-accent);
    color: var(--_hm-accent-text);
    font-weight: 700;
    box-shadow: 0 0 0 1px #000;
  }
  .marker:focus-visible {
    outline: 3px solid var(--_hm-focus-text);
    box-shadow: 0 0 0 6px var(--_hm-focus);
  }
  @media (forced-colors: active) {
    .marker {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
      border-color: ButtonFace;
    }
  }
  @media print {
    .map {
      display: none;
    }
  }
`;
