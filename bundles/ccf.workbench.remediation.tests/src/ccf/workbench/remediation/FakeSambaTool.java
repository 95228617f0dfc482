/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ccf.workbench.remediation.Artifact;

/**
 * A {@code samba-tool} stand-in on PATH for running the generated samba scripts without a domain controller: it
 * records each call's arguments (NUL-separated, so any byte arrives as it was) and keeps the CNAMEs and SPNs it was
 * given in files, answering {@code dns query} and {@code spn list} the way samba-tool prints them, refusing an SPN
 * another account holds (case-insensitively, like samba-tool and setspn -S). It also records the {@code PASSWD}
 * variable of each call's environment, where Samba's credentials take a password from.
 */
final class FakeSambaTool {

	private static final String SCRIPT = """
			#!/bin/bash
			set -u
			{ printf '%s\\0' "$@"; printf '\\036'; } >>"$FAKE_SAMBA_LOG"
			printf '%s\\n' "${PASSWD-(unset)}" >>"$FAKE_SAMBA_LOG.passwd"
			key() { printf '%s' "$*" | md5sum | cut -c1-16; }
			state=$FAKE_SAMBA_STATE
			case "$1 $2" in
			  "dns query")
			    f=$state/dns-$(key "$4" "$5")
			    if [ -f "$f" ]; then
			      echo "  Name=, Records=1, Children=0"
			      echo "    CNAME: $(cat "$f"). (flags=f0, serial=2, ttl=900)"
			    else
			      echo "ERROR: Record or zone does not exist." >&2; exit 255
			    fi ;;
			  "dns add")
			    f=$state/dns-$(key "$4" "$5")
			    if [ -f "$f" ]; then echo "ERROR: Record already exists" >&2; exit 255; fi
			    printf '%s' "$7" >"$f" ;;
			  "dns delete")
			    rm -f "$state/dns-$(key "$4" "$5")" ;;
			  "spn list")
			    echo "$3"
			    echo "User CN=$3,CN=Users,DC=fabrikam,DC=com has the following servicePrincipalName:"
			    f=$state/spn-$(key "$3")
			    if [ -f "$f" ]; then sed 's/^/\\t /' "$f"; fi ;;
			  "spn add")
			    if cat "$state"/spn-* 2>/dev/null | grep -qixF -- "$3"; then
			      echo "ERROR: Service principal name $3 already affected to another user" >&2; exit 255
			    fi
			    printf '%s\\n' "$3" >>"$state/spn-$(key "$4")" ;;
			  "spn delete")
			    f=$state/spn-$(key "$4")
			    grep -vixF -- "$3" "$f" >"$f.new" || true
			    mv "$f.new" "$f" ;;
			  *) echo "fake samba-tool: unexpected call: $*" >&2; exit 2 ;;
			esac
			""";

	private final Path dir;
	private final Path log;
	private final Path state;

	FakeSambaTool(Path dir) throws IOException {
		this.dir = dir;
		this.log = dir.resolve("calls.log");
		this.state = Files.createDirectories(dir.resolve("state"));
		Path bin = Files.createDirectories(dir.resolve("bin"));
		Path tool = Files.writeString(bin.resolve("samba-tool"), SCRIPT);
		Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	/** Runs a generated script (artifact) with the fake samba-tool first on PATH and the given environment. */
	Bash.Result run(Artifact script, Map<String, String> environment) throws IOException, InterruptedException {
		Path file = dir.resolve(script.path().replace('/', '-'));
		Files.write(file, script.content());
		Map<String, String> env = new java.util.HashMap<>(environment);
		env.put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
		env.put("FAKE_SAMBA_LOG", log.toString());
		env.put("FAKE_SAMBA_STATE", state.toString());
		return Bash.run(List.of("/bin/bash", file.toString()), env, dir);
	}

	/** Registers an SPN on an account, as if someone had done it before. */
	void holds(String account, String spn) throws IOException, InterruptedException {
		Bash.Result result = Bash.run(List.of(dir.resolve("bin/samba-tool").toString(), "spn", "add", spn, account),
				Map.of("FAKE_SAMBA_LOG", dir.resolve("setup.log").toString(), "FAKE_SAMBA_STATE", state.toString()), dir);
		if (result.code() != 0) {
			throw new IOException(result.out());
		}
	}

	/** The {@code PASSWD} each call so far saw in its environment, or {@code (unset)}; the log is emptied. */
	List<String> takePasswords() throws IOException {
		Path passwords = Path.of(log + ".passwd");
		if (!Files.exists(passwords)) {
			return List.of();
		}
		List<String> lines = Files.readAllLines(passwords, StandardCharsets.UTF_8);
		Files.delete(passwords);
		return lines;
	}

	/** Every call so far, each as its arguments; the log is emptied. */
	List<List<String>> takeCalls() throws IOException {
		if (!Files.exists(log)) {
			return List.of();
		}
		String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
		Files.delete(log);
		List<List<String>> calls = new ArrayList<>();
		for (String call : text.split("\036")) {
			if (!call.isEmpty()) {
				calls.add(Arrays.asList(call.substring(0, call.length() - 1).split("\0", -1)));
			}
		}
		return calls;
	}
}
