// The limit: the same markers as plain Leaflet circle markers on one L.canvas() renderer, moved with
// setLatLng (no icons, no glide, no layout): the simplest idiomatic way to draw many markers in Leaflet.
import * as L from 'leaflet';

import { STATUS_STYLES } from '../../../apps/web/src/app/features/floors/asset-markers/status-style';
import { runBenchPage, toLatLng } from './harness';

let markers: L.CircleMarker[] = [];

runBenchPage({
  name: 'bare-leaflet',
  addMarkers(map, fixture) {
    const renderer = L.canvas({ padding: 0.1, pane: 'markerPane' });
    markers = fixture.assets.map((asset, i) =>
      L.circleMarker(toLatLng(fixture.points[i]), {
        renderer,
        radius: 10,
        weight: 1.5,
        color: '#ffffff',
        fillColor: STATUS_STYLES[asset.status].fill,
        fillOpacity: 1,
      }),
    );
    L.layerGroup(markers).addTo(map);
  },
  applyMoves(moves) {
    for (const m of moves) {
      markers[m.index].setLatLng(toLatLng(m.point));
    }
  },
  drawnMarkers: () => null,
  paintCost: () => null,
});
