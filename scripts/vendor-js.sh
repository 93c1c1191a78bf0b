#!/usr/bin/env bash
# Fetches the drawing library of the HTML view from npm at its pinned version and copies the minified
# build and its licence into src/KnowledgeGraph.Core/Export/Vendor/ (committed, embedded in the Core assembly).
# Run it only to change the version; then update the version and SHA-256 in Vendor/README.md.
set -euo pipefail
version="${1:-3.34.4}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
vendor="$root/src/KnowledgeGraph.Core/Export/Vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "cytoscape@$version" >/dev/null)
tar -xzf "$work/cytoscape-$version.tgz" -C "$work"
cp "$work/package/dist/cytoscape.min.js" "$vendor/cytoscape.min.js"
cp "$work/package/LICENSE" "$vendor/cytoscape.LICENSE"
echo "cytoscape $version"
sha256sum "$vendor/cytoscape.min.js" | awk '{print "sha256 " $1}'
