// Converts a TopoJSON land layer (world-atlas land-110m.json) to one SVG path in an equirectangular
// projection on a 360 x 180 view box (x = longitude + 180, y = 90 - latitude), 1 decimal.
const fs = require('fs');
const topo = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
const arcs = topo.arcs.map(arc => { let x = 0, y = 0; return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; }); });
function ring(indices) {
  const pts = [];
  for (const i of indices) {
    let a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    a.forEach((p, k) => { if (k > 0 || pts.length === 0) pts.push(p); });
  }
  return pts;
}
const f = v => (Math.round(v * 10) / 10).toString();
let d = '';
// A ring crossing the antimeridian jumps from +180 to -180: unwrap its longitudes so it stays one shape, and draw
// it once more a full turn over so both sides of the map show their part (the view box clips the rest).
function unwrap(pts) {
  const out = [pts[0].slice()];
  for (let k = 1; k < pts.length; k++) {
    let lon = pts[k][0];
    const prev = out[k - 1][0];
    while (lon - prev > 180) lon -= 360;
    while (prev - lon > 180) lon += 360;
    out.push([lon, pts[k][1]]);
  }
  return out;
}
function emit(pts, shift) { d += 'M' + pts.map(([lon, lat]) => f(lon + 180 + shift) + ' ' + f(90 - lat)).join('L') + 'Z'; }
function polygon(rings) {
  for (const r of rings) {
    const pts = unwrap(ring(r));
    const min = Math.min(...pts.map(p => p[0])), max = Math.max(...pts.map(p => p[0]));
    if (max - min >= 359) continue; // Antarctica circles the pole: below the map's 60 degrees south crop anyway
    emit(pts, 0);
    if (max > 180) emit(pts, -360);
    if (min < -180) emit(pts, 360);
  }
}
for (const g of topo.objects.land.geometries) {
  if (g.type === 'Polygon') polygon(g.arcs); else if (g.type === 'MultiPolygon') g.arcs.forEach(polygon);
}
process.stdout.write(d + '\n');
