# shellcheck shell=bash
# Sourced by releng/lab/run.sh: the names of the lab's directory, read from the plan.json that
# `ccfw generate` wrote for the model (the same plan the generated scripts execute), never typed in here.

# model_names PLAN_JSON: sets zone, realm, domain, dc_host, dc_fqdn, server, server_fqdn, alias_name,
# alias_fqdn, pool_account and spns (array) from the plan's DNS, SPN and IIS steps.
model_names() {
  local plan=$1
  jq -e '.groups | length > 0' "$plan" >/dev/null || return 1
  zone=$(jq -er '[.groups[].steps[].action | select(.kind == "add-cname")][0].zone' "$plan")
  alias_name=$(jq -er '.hostRewrites[0].newHost' "$plan")
  alias_fqdn=$(jq -er '[.groups[].steps[].action | select(.kind == "add-cname")][0].aliasFqdn' "$plan")
  server_fqdn=$(jq -er '[.groups[].steps[].action | select(.kind == "add-cname")][0].canonicalName' "$plan")
  dc_fqdn=$(jq -er '[.groups[].steps[].action | select(.kind == "add-cname")][0].dnsServer' "$plan")
  server=$(jq -er '[.groups[] | select(.performer.role == "iis-server")][0].performer.name' "$plan")
  domain=$(jq -er '[.groups[] | select(.performer.role == "domain-admin")][0].performer.name' "$plan")
  pool_account=$(jq -er '[.groups[].steps[].action | select(.kind == "register-spn")][0].samAccountName' "$plan")
  mapfile -t spns < <(jq -r '.groups[].steps[].action | select(.kind == "register-spn") | .spn' "$plan")
  dc_host=${dc_fqdn%%.*}
  realm=$(printf '%s' "$zone" | tr '[:lower:]' '[:upper:]')
  base_dn=$(printf 'DC=%s' "$zone" | sed 's/\./,DC=/g')
  [ ${#spns[@]} -gt 0 ] || return 1
}
