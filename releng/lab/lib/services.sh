# shellcheck shell=bash
# Sourced by releng/lab/run.sh: the lab's machinery. Packages, two network namespaces joined by one veth
# pair (no other interface, no route out), a Samba AD DC and an Apache httpd with mod_auth_gssapi standing in
# for IIS, all inside the namespaces; teardown by PID and a check that nothing is left behind.

lab_packages=(samba samba-ad-dc samba-ad-provision samba-dsdb-modules samba-vfs-modules winbind
  krb5-user krb5-config smbclient ldb-tools ldap-utils libsasl2-modules-gssapi-mit
  apache2 libapache2-mod-auth-gssapi curl dnsutils jq iproute2 procps)

# Installs the missing packages; no service may start on the host meanwhile (policy-rc.d exits 101).
install_packages() {
  local missing=() p own_policy=""
  for p in "${lab_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    echo "  packages present"
    return 0
  fi
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\n# CCF Workbench lab: no service starts while packages are installed.\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    own_policy=yes
  fi
  echo "  installing ${missing[*]}"
  local rc=0
  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"; } \
    >"$logs/apt.log" 2>&1 || rc=$?
  if [ -n "$own_policy" ]; then rm -f /usr/sbin/policy-rc.d; fi
  if [ "$rc" != 0 ]; then
    tail -n 20 "$logs/apt.log"
    return 1
  fi
  grep -E 'newly installed' "$logs/apt.log" | indent || true
}

create_namespaces() {
  local ns
  ip netns add "$ns_dc"
  ip netns add "$ns_client"
  # Created inside the namespaces, never in the host's.
  ip link add vlab-dc netns "$ns_dc" type veth peer name vlab-cli netns "$ns_client"
  for ns in "$ns_dc" "$ns_client"; do
    ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
    ip -n "$ns" link set lo up
    # `ip netns exec` bind-mounts this over /etc/resolv.conf for the commands it runs.
    mkdir -p "/etc/netns/$ns"
    printf 'search %s\nnameserver %s\n' "$zone" "$dc_ip" >"/etc/netns/$ns/resolv.conf"
  done
  ip -n "$ns_dc" addr add "$dc_ip/24" dev vlab-dc
  ip -n "$ns_dc" link set vlab-dc up
  ip -n "$ns_client" addr add "$client_ip/24" dev vlab-cli
  ip -n "$ns_client" link set vlab-cli up
  echo "  $ns_dc $dc_ip <-veth-> $ns_client $client_ip; routes in $ns_client: $(ip -n "$ns_client" route | tr '\n' ';')"
}

# The client's Kerberos configuration. No canonicalization: MIT would otherwise follow the alias's CNAME and ask
# for the real server's ticket, defeating the alias.
write_krb5_conf() {
  cat >"$KRB5_CONFIG" <<EOF
[libdefaults]
    default_realm = $realm
    dns_lookup_realm = false
    dns_lookup_kdc = false
    rdns = false
    dns_canonicalize_hostname = false
    udp_preference_limit = 1
[realms]
    $realm = {
        kdc = $dc_ip
        admin_server = $dc_ip
    }
[domain_realm]
    .$zone = $realm
    $zone = $realm
EOF
}

# Provisions the domain from an empty smb.conf (never /etc/samba/smb.conf), every path under the lab folder.
provision_domain() {
  mkdir -p "$dc_dir/etc" "$dc_dir/run" "$dc_dir/log"
  : >"$smb_conf"
  in_dc samba-tool domain provision -s "$smb_conf" --targetdir="$dc_dir" \
    --realm="$realm" --domain="$domain" --server-role=dc --dns-backend=SAMBA_INTERNAL \
    --host-name="$dc_host" --host-ip="$dc_ip" --adminpass="$admin_password" \
    --option="interfaces = $dc_ip 127.0.0.1" --option="bind interfaces only = yes" \
    --option="disable netbios = yes" \
    --option="pid directory = $dc_dir/run" --option="ncalrpc dir = $dc_dir/run/ncalrpc" \
    --option="winbindd socket directory = $dc_dir/run/winbindd" \
    --option="ntp signd socket directory = $dc_dir/run/ntp_signd" \
    --option="log file = $dc_dir/log/%m.log" >"$logs/provision.log" 2>&1 || {
    tail -n 20 "$logs/provision.log"
    return 1
  }
  # No DNS forwarding out of the lab; LDAP simple bind without TLS for `ccfw verify --bind-user` (lab only).
  sed -i '/dns forwarder/d' "$smb_conf"
  sed -i '/^\[global\]/a\	ldap server require strong auth = no' "$smb_conf"
  echo "  realm $realm, domain $domain, DC $dc_fqdn ($dc_ip), $(samba -V)"
}

start_samba() {
  (cd "$dc_dir" && exec ip netns exec "$ns_dc" samba -s "$smb_conf" --foreground --no-process-group \
    --debug-stdout -d 1) >"$logs/samba.out" 2>&1 &
  echo $! >"$lab/samba.pid"
  local i
  for i in $(seq 1 240); do
    if [ "$(in_client dig +short +time=1 +tries=1 "@$dc_ip" "$dc_fqdn" A 2>/dev/null)" = "$dc_ip" ] &&
      in_client ldapsearch -x -LLL -H "ldap://$dc_ip" -s base -b '' dnsHostName >/dev/null 2>&1 &&
      printf '%s\n' "$admin_password" | in_client kinit -c "FILE:$lab/ccache.admin" "Administrator@$realm" >/dev/null 2>&1; then
      echo "  samba PID $(cat "$lab/samba.pid"): DNS, LDAP and KDC answer after $i polls"
      return 0
    fi
    if ! kill -0 "$(cat "$lab/samba.pid")" 2>/dev/null; then
      tail -n 30 "$logs/samba.out"
      return 1
    fi
    sleep 0.5
  done
  echo "  samba not ready after 120 s"
  return 1
}

# The model's objects: the IIS server's computer account (joined, with keys and its own host/ SPNs) and its
# A record, the app-pool account, and an agent who calls the services.
create_objects() {
  local server_lower
  server_lower=$(printf '%s' "$server" | tr '[:upper:]' '[:lower:]')
  in_client samba-tool dns add "$dc_fqdn" "$zone" "${server_fqdn%%.*}" A "$dc_ip" -s "$smb_conf" \
    --use-kerberos=required --use-krb5-ccache="$lab/ccache.admin" >/dev/null
  in_dc samba-tool computer create "$server" --prepare-oldjoin -s "$smb_conf" \
    --service-principal-name="HOST/$server" --service-principal-name="HOST/$server_fqdn" >/dev/null
  in_dc samba-tool user create "$pool_account" "$pool_password" --description="CCF application pool identity" \
    -s "$smb_conf" >/dev/null
  in_dc samba-tool user setexpiry "$pool_account" --noexpiry -s "$smb_conf" >/dev/null
  in_dc samba-tool user create "$agent" "$agent_password" -s "$smb_conf" >/dev/null
  echo "  computer $server\$ (HOST/$server, HOST/$server_fqdn), A $server_fqdn -> $dc_ip, users $pool_account and $agent"
  echo "  $server_lower resolves to: $(in_client dig +short "$server_fqdn" A)"
}

# Apache as the IIS server: mod_auth_gssapi decrypts tickets with the app-pool account's keys, as IIS 7 does with
# useAppPoolCredentials="true".
start_apache() {
  mkdir -p "$apache_dir/htdocs" "$apache_dir/run" "$apache_dir/rcache"
  echo "CCF web service OK" >"$apache_dir/htdocs/index.html"
  in_dc samba-tool domain exportkeytab "$apache_dir/http.keytab" --principal="$pool_account@$realm" \
    -s "$smb_conf" >/dev/null 2>&1
  chown www-data "$apache_dir/http.keytab" "$apache_dir/rcache"
  chmod 600 "$apache_dir/http.keytab"
  cat >"$apache_dir/httpd.conf" <<EOF
ServerRoot $apache_dir
DefaultRuntimeDir $apache_dir/run
PidFile $apache_dir/run/httpd.pid
Mutex file:$apache_dir/run default
Listen $dc_ip:$http_port
ServerName $server_fqdn
User www-data
Group www-data
LoadModule mpm_event_module /usr/lib/apache2/modules/mod_mpm_event.so
LoadModule authn_core_module /usr/lib/apache2/modules/mod_authn_core.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule authz_user_module /usr/lib/apache2/modules/mod_authz_user.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule auth_gssapi_module /usr/lib/apache2/modules/mod_auth_gssapi.so
ErrorLog $apache_dir/error.log
LogLevel warn auth_gssapi:info
LogFormat "%h %{Host}i user=%u \"%r\" %>s" lab
CustomLog $apache_dir/access.log lab
DocumentRoot $apache_dir/htdocs
DirectoryIndex index.html
<Directory $apache_dir/htdocs>
    AuthType GSSAPI
    AuthName "CCF web services"
    GssapiCredStore keytab:$apache_dir/http.keytab
    GssapiAllowedMech krb5
    GssapiBasicAuth Off
    Require valid-user
</Directory>
EOF
  (exec env KRB5RCACHEDIR="$apache_dir/rcache" ip netns exec "$ns_dc" apache2 -f "$apache_dir/httpd.conf" -DFOREGROUND) \
    >"$logs/apache.out" 2>&1 &
  echo $! >"$lab/apache.pid"
  local i
  for i in $(seq 1 40); do
    if in_client curl -s -o /dev/null --max-time 2 "http://$dc_ip:$http_port/"; then
      echo "  apache PID $(cat "$lab/apache.pid") on $dc_ip:$http_port, keytab of $pool_account@$realm"
      return 0
    fi
    sleep 0.25
  done
  tail -n 20 "$logs/apache.out" "$apache_dir/error.log"
  return 1
}

# Stops what the lab started, by PID, ends anything still inside its namespaces, removes the namespaces and
# their resolv.conf. Safe to call twice, and for a half-built lab.
teardown() {
  local ns p
  stop_pid "$lab/apache.pid" apache
  stop_pid "$lab/samba.pid" samba
  for ns in "$ns_dc" "$ns_client"; do
    ip netns list | grep -qw "$ns" || continue
    for p in $(ip netns pids "$ns" 2>/dev/null); do
      echo "  left in $ns: PID $p ($(ps -o comm= -p "$p")), SIGKILL"
      kill -KILL "$p" 2>/dev/null || true
    done
    ip netns del "$ns"
  done
  for ns in "$ns_dc" "$ns_client"; do rm -rf "/etc/netns/$ns"; done
  rmdir /etc/netns 2>/dev/null || true
}

# Fails when a process, a namespace or a file outside the lab folder is left behind. Files: anything newer than
# the lab's start marker in the places the tools of the lab could write (the build elsewhere is not ours).
check_nothing_left() {
  local left=0 p f
  for p in $(pgrep -x samba || true) $(pgrep -x apache2 || true); do
    if [ "$(readlink -f "/proc/$p/cwd" 2>/dev/null)" = "$dc_dir" ] || grep -qF "$lab" "/proc/$p/cmdline" 2>/dev/null; then
      echo "  process left: $p $(ps -o args= -p "$p")"
      left=1
    fi
  done
  if ip netns list | grep -qwE "$ns_dc|$ns_client"; then
    echo "  namespace left: $(ip netns list | tr '\n' ' ')"
    left=1
  fi
  if ip link show vlab-dc >/dev/null 2>&1 || ip link show vlab-cli >/dev/null 2>&1; then
    echo "  veth left in the host's namespace"
    left=1
  fi
  for f in /etc/netns /etc/samba /etc/krb5.conf /etc/apache2 /var/lib/samba /var/cache/samba /var/log/samba \
    /var/log/apache2 /run/samba /run/apache2 /var/tmp /tmp; do
    [ -e "$f" ] || continue
    while IFS= read -r p; do
      echo "  file left: $p"
      left=1
    done < <(find "$f" -xdev -newer "$lab/started" \( -path "$lab" -prune -o -path '/tmp/hsperfdata_*' -prune -o -path '/tmp/.X*' -prune \
      -o -name '*.X*-lock' -prune -o -print \) 2>/dev/null | grep -E 'krb5|samba|apache|netns|ccache|rcache|ccflab|ldb|tdb|keytab' || true)
  done
  return "$left"
}
