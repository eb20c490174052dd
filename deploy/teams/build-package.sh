#!/usr/bin/env bash
# Builds the Teams app package (protocol doc §6.7): manifest.json with the bot's Microsoft App ID
# (or user-assigned managed identity client id) filled in, plus the two icons, all at the zip root.
#
#   deploy/teams/build-package.sh APP_ID [OUTPUT_ZIP] [BOT_HOSTNAME]
#
# OUTPUT_ZIP defaults to deploy/teams/build/framework-advisor.zip. BOT_HOSTNAME (e.g.
# advisor.azurewebsites.net) is added to validDomains when given. Needs jq and zip.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

app_id="${1:-}"
output="${2:-$here/build/framework-advisor.zip}"
hostname="${3:-}"
guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
if [[ ! "$app_id" =~ $guid ]]; then
  echo "usage: $0 APP_ID [OUTPUT_ZIP] [BOT_HOSTNAME]  (APP_ID: the bot's Microsoft App ID, a GUID)" >&2
  exit 2
fi
if [[ -n "$hostname" && ! "$hostname" =~ ^[A-Za-z0-9*.-]+$ ]]; then
  echo "BOT_HOSTNAME must be a host name such as advisor.azurewebsites.net" >&2
  exit 2
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
jq --arg id "$app_id" --arg host "$hostname" '
  .bots[0].botId = $id
  | if $host == "" then . else .validDomains = ([$host] + .validDomains | unique) end
' "$here/manifest.json" > "$staging/manifest.json"
cp "$here/color.png" "$here/outline.png" "$staging/"

mkdir -p "$(dirname "$output")"
output="$(cd "$(dirname "$output")" && pwd)/$(basename "$output")"
rm -f "$output"
(cd "$staging" && zip -q -X "$output" manifest.json color.png outline.png)
echo "$output"
