#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# The KB 969803 remediation proven against a real Active Directory: a Samba AD DC (LDAP, Kerberos KDC, DNS) and an
# Apache httpd with mod_auth_gssapi standing in for IIS, inside two network namespaces of their own. The names come
# from the model (the plan.json that `ccfw generate` writes for it); the DNS and SPN changes are made by the
# GENERATED samba-tool scripts; `ccfw verify` checks the directory at each stage.
#
#   releng/lab/run.sh [MODEL.ccf]     (root, Debian; default examples/kb969803-fabrikam.ccf)
#
# Everything it writes stays in releng/lab/target/ (CCF_LAB_DIR), apart from /etc/netns/<namespace>/resolv.conf
# while the namespaces exist. Exit code 0 when every expectation held, 1 otherwise.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here="$root/releng/lab"
# shellcheck source=lib/common.sh
. "$here/lib/common.sh"
# shellcheck source=lib/model.sh
. "$here/lib/model.sh"
# shellcheck source=lib/services.sh
. "$here/lib/services.sh"

model=$(readlink -f "${1:-$root/examples/kb969803-fabrikam.ccf}")
lab=${CCF_LAB_DIR:-$here/target}
lab_started=$(date +%s.%N)
ns_dc=ccflab-dc
ns_client=ccflab-client
dc_ip=10.77.0.1
client_ip=10.77.0.2
http_port=8080
agent=ccfagent
# Throw-away passwords of a directory that lives for a minute inside namespaces; they never reach a command line
# of ccfw (files of mode 600).
admin_password="Lab.Admin-$RANDOM$RANDOM"
pool_password="Lab.Pool-$RANDOM$RANDOM"
agent_password="Lab.Agent-$RANDOM$RANDOM"

if [ "$(id -u)" != 0 ]; then
  echo "releng/lab/run.sh: run as root (it installs packages and creates network namespaces)." >&2
  exit 2
fi
[ -r "$model" ] || { echo "releng/lab/run.sh: cannot read the model '${1:-}'." >&2; exit 2; }

logs="$lab/logs"
dc_dir="$lab/dc"
apache_dir="$lab/apache"
smb_conf="$dc_dir/etc/smb.conf"
auth_file="$lab/admin.auth"
password_file="$lab/admin.password"
remediation="$lab/remediation"
export KRB5_CONFIG="$lab/krb5.conf"
export KRB5CCNAME="FILE:$lab/ccache.agent"

say "install (no service starts on the host: policy-rc.d)"
mkdir -p "$logs"
install_packages

# Leftovers of an aborted run: only our own namespaces and PID files.
teardown >/dev/null 2>&1 || true
rm -rf "${lab:?}/dc" "$apache_dir" "$remediation" "$lab/snapshots" "$lab"/ccache.* "$lab"/*.pid
mkdir -p "$lab/snapshots"
touch "$lab/started"
trap 'rc=$?; say "teardown"; teardown; exit $rc' EXIT
trap 'exit 130' INT TERM

say "generate the remediation of $(basename "$model") (ccfw generate --dialect samba)"
# shellcheck source=../tools/product.sh
. "$root/releng/tools/product.sh"
ccfw="$CCF_PRODUCT/ccfw"
"$ccfw" generate "$model" -o "$remediation" --dialect samba | tail -n 1 | indent
model_names "$remediation/plan.json"
echo "  from the model: domain $domain ($zone), DC $dc_fqdn, IIS server $server ($server_fqdn), alias $alias_name ($alias_fqdn),"
echo "  app-pool account $domain\\$pool_account, SPNs: ${spns[*]}; lab-only: agent $agent"

say "network namespaces, Samba AD DC, objects, Apache (the IIS stand-in)"
create_namespaces
write_krb5_conf
provision_domain
printf 'username=Administrator\npassword=%s\ndomain=%s\n' "$admin_password" "$domain" >"$auth_file"
printf '%s' "$admin_password" >"$password_file"
chmod 600 "$auth_file" "$password_file"
start_samba
create_objects
start_apache
echo "  ready after $(elapsed) s"

# --- helpers of the proof ---------------------------------------------------------------------------------------
agent_login() {
  in_client kdestroy -A 2>/dev/null || true
  printf '%s\n' "$agent_password" | in_client kinit "$agent@$realm" >/dev/null
}
http_code() { in_client curl -s -o /dev/null -w '%{http_code}' --max-time 10 --negotiate -u : "$1" || true; }
expect_http() {
  local code
  code=$(http_code "$2")
  if [ "$code" = "$1" ]; then ok "curl --negotiate $2 -> HTTP $code"; else bad "curl --negotiate $2 -> HTTP $code, expected $1"; fi
}
# The SPNs of every account and the live DNS nodes of the zone, as an LDAP search sees them (no change stamps). The zone's
# apex is left out: its SOA serial counts every update, as on Windows.
snapshot() {
  local ldap=(ldapsearch -x -LLL -o ldif-wrap=no -H "ldap://$dc_ip" -D "Administrator@$zone" -y "$password_file")
  {
    in_client "${ldap[@]}" -b "$base_dn" '(servicePrincipalName=*)' servicePrincipalName
    in_client "${ldap[@]}" -b "DC=$zone,CN=MicrosoftDNS,DC=DomainDnsZones,$base_dn" \
      '(&(objectClass=dnsNode)(!(dNSTombstoned=TRUE))(!(name=@)))' dnsRecord
  } | awk '/^dn: / { dn = $0; next } NF { print dn " | " $0 }' | LC_ALL=C sort >"$lab/snapshots/$1"
}
verify() { # ccfw verify with a simple bind, or --gssapi with the agent's tickets
  if [ "${1:-}" = --gssapi ]; then
    in_client "$ccfw" verify "$model" --ldap "ldap://$dc_fqdn" --dns "$dc_ip" --gssapi
  else
    in_client "$ccfw" verify "$model" --ldap "ldap://$dc_fqdn" --dns "$dc_ip" \
      --bind-user "Administrator@$zone" --password-file "$password_file"
  fi
}
remediate() { # remediate.sh or rollback.sh, from the client, over LDAP and RPC, with an auth file or with Kerberos
  local script=$1 credentials=$2
  if [ "$credentials" = kerberos ]; then
    in_client env KRB5CCNAME="FILE:$lab/ccache.admin" SAMBA_CONF="$smb_conf" SAMBA_URL="ldap://$dc_fqdn" \
      bash "$remediation/samba/$script"
  else
    in_client env SAMBA_AUTH_FILE="$auth_file" SAMBA_CONF="$smb_conf" SAMBA_URL="ldap://$dc_fqdn" \
      bash "$remediation/samba/$script"
  fi
}
expect_script() { # DESCRIPTION SCRIPT CREDENTIALS LOG: the script succeeds; its step lines are shown
  local out rc=0
  out=$(remediate "$2" "$3" 2>&1) || rc=$?
  printf '%s\n' "$out" >"$logs/$4"
  if [ "$rc" = 0 ]; then ok "$1"; else bad "$1 (exit $rc)"; fi
  printf '%s\n' "$out" | cut -c1-160 | indent
}

say "1. BEFORE: the article's failure (agent $agent@$realm in $ns_client)"
agent_login && ok "kinit $agent@$realm"
expect_fail "kvno host/$alias_fqdn" in_client kvno "host/$alias_fqdn"
expect_http 401 "http://$server_fqdn:$http_port/"
headers=$(in_client curl -s -i --negotiate -u : "http://$server_fqdn:$http_port/" | tr -d '\r' | grep -iE '^(HTTP/|WWW-Authenticate)' || true)
if grep -qE '^WWW-Authenticate: Negotiate( |$)' <<<"$headers"; then ok "the server answers WWW-Authenticate: Negotiate"; else bad "no WWW-Authenticate: Negotiate"; fi
cut -c1-60 <<<"$headers" | indent
grep -o 'GSS ERROR.*' "$apache_dir/error.log" | tail -n 1 | cut -c1-160 | indent || true
echo "  curl http://$alias_fqdn:$http_port/ -> $(http_code "http://$alias_fqdn:$http_port/") (000: the alias does not resolve)"
expect_exit 1 "ccfw verify (simple bind)" verify
snapshot before

say "2. REMEDIATE: the generated samba/remediate.sh (auth file, SAMBA_URL=ldap://$dc_fqdn)"
expect_script "remediate.sh" remediate.sh auth-file remediate-1.log
snapshot remediated
expect_differ "the directory changed" "$lab/snapshots/before" "$lab/snapshots/remediated"

say "3. AFTER: Kerberos to the alias works, the real name still fails"
agent_login && ok "kdestroy -A; kinit $agent@$realm (the article's klist purge)"
for spn in "${spns[@]}"; do expect_ok "kvno $spn" in_client kvno "$spn"; done
expect_http 200 "http://$alias_fqdn:$http_port/"
tail -n 1 "$apache_dir/access.log" | sed 's/^/         access.log: /'
expect_http 401 "http://$server_fqdn:$http_port/"
expect_exit 0 "ccfw verify (simple bind)" verify
expect_exit 0 "ccfw verify --gssapi (the agent's tickets)" verify --gssapi

say "4. AGAIN: the generated script a second time (Kerberos credentials of Administrator) changes nothing"
expect_script "remediate.sh again" remediate.sh kerberos remediate-2.log
if grep -q 'already' "$logs/remediate-2.log" && ! grep -qE '^FAILED' "$logs/remediate-2.log" &&
  [ "$(grep -c '^Step' "$logs/remediate-2.log")" = "$(grep -cE '^  (already|the CNAME already)' "$logs/remediate-2.log")" ]; then
  ok "every step says it was already done"
else
  bad "a step did something on the second run"
fi
snapshot again
expect_same "the directory is unchanged" "$lab/snapshots/remediated" "$lab/snapshots/again"

say "4b. HIJACK: HTTP/$alias_fqdn on another account ($agent) breaks the alias; ccfw verify finds it"
expect_ok "samba-tool spn add HTTP/$alias_fqdn $agent: the directory accepts it" in_dc samba-tool spn add "HTTP/$alias_fqdn" "$agent" -s "$smb_conf"
agent_login
expect_http 401 "http://$alias_fqdn:$http_port/"
expect_exit 1 "ccfw verify" verify
expect_ok "samba-tool spn delete HTTP/$alias_fqdn $agent" in_dc samba-tool spn delete "HTTP/$alias_fqdn" "$agent" -s "$smb_conf"
agent_login
expect_http 200 "http://$alias_fqdn:$http_port/"
expect_exit 0 "ccfw verify" verify

say "5. ROLLBACK: the generated samba/rollback.sh returns the directory to its prior state"
expect_script "rollback.sh" rollback.sh auth-file rollback.log
snapshot rolled-back
expect_same "LDAP search after the rollback = before the remediation" "$lab/snapshots/before" "$lab/snapshots/rolled-back"
agent_login
expect_fail "kvno host/$alias_fqdn" in_client kvno "host/$alias_fqdn"
expect_exit 1 "ccfw verify" verify

say "6. TEARDOWN by PID"
trap - EXIT INT TERM
teardown
if check_nothing_left; then ok "no process, namespace or file outside $lab left"; else bad "something was left behind"; fi

say "lab done in $(elapsed) s: $failures unexpected results"
[ "$failures" = 0 ]
