#!/usr/bin/env bash
# Re-vendor the web workbench's front-end libraries from pinned npm packages into
# src/dateline/web/static/vendor/ (with their licenses). Needs node/npm and the npm registry;
# the server itself never goes online.
#   leaflet 1.9.4          (BSD-2-Clause)  the map
#   topojson-client 3.1.0  (ISC)           TopoJSON -> GeoJSON in the browser
#   world-atlas 2.0.2      (ISC; data: Natural Earth, public domain)  offline world boundaries
set -euo pipefail
cd "$(dirname "$0")/.."
dest=src/dateline/web/static/vendor
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent leaflet@1.9.4 topojson-client@3.1.0 world-atlas@2.0.2 >/dev/null)
for pkg in leaflet-1.9.4 topojson-client-3.1.0 world-atlas-2.0.2; do
  mkdir -p "$tmp/$pkg" && tar xzf "$tmp/$pkg.tgz" -C "$tmp/$pkg"
done
rm -rf "$dest" && mkdir -p "$dest/leaflet/images" "$dest/topojson-client" "$dest/world-atlas"
cp "$tmp/leaflet-1.9.4/package/dist/leaflet.js" "$tmp/leaflet-1.9.4/package/dist/leaflet.css" \
   "$tmp/leaflet-1.9.4/package/LICENSE" "$dest/leaflet/"
cp "$tmp/leaflet-1.9.4/package/dist/images/"*.png "$dest/leaflet/images/"
cp "$tmp/topojson-client-3.1.0/package/dist/topojson-client.min.js" \
   "$tmp/topojson-client-3.1.0/package/LICENSE" "$dest/topojson-client/"
cp "$tmp/world-atlas-2.0.2/package/countries-110m.json" \
   "$tmp/world-atlas-2.0.2/package/LICENSE" "$dest/world-atlas/"
cat > "$dest/NOTICE" <<'NOTE'
Vendored by scripts/vendor_assets.sh from pinned npm packages; each folder keeps its LICENSE.
  leaflet/          leaflet@1.9.4          BSD-2-Clause (c) Volodymyr Agafonkin, CloudMade
  topojson-client/  topojson-client@3.1.0  ISC (c) Michael Bostock
  world-atlas/      world-atlas@2.0.2      ISC (c) Michael Bostock; boundaries from Natural Earth
                                           (public domain), countries-110m.json
NOTE
echo "vendored into $dest:"
find "$dest" -type f | sort
