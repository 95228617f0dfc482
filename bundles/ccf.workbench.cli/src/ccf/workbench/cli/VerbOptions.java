/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options and arguments of one verb: {@code --name value} (or {@code --name=value}), flags, and the rest in
 * order. {@code --} ends the options.
 */
final class VerbOptions {

	/** Wrong usage, with the message to print. */
	static final class UsageException extends Exception {

		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	private final Map<String, String> values = new LinkedHashMap<>();
	private final List<String> arguments = new ArrayList<>();

	private VerbOptions() {
	}

	/**
	 * @param withValue options that take a value, e.g. {@code --server}; a short alias is given as {@code -o=--output}
	 * @param flags     options without a value
	 */
	static VerbOptions parse(String verb, List<String> args, Set<String> withValue, Set<String> flags)
			throws UsageException {
		VerbOptions options = new VerbOptions();
		boolean optionsEnded = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
				options.arguments.add(arg);
				continue;
			}
			if (arg.equals("--")) {
				optionsEnded = true;
				continue;
			}
			String name = arg;
			String value = null;
			int equals = arg.indexOf('=');
			if (arg.startsWith("--") && equals > 0) {
				name = arg.substring(0, equals);
				value = arg.substring(equals + 1);
			}
			name = canonical(name, withValue);
			if (withValue.contains(name)) {
				if (value == null) {
					if (i + 1 >= args.size()) {
						throw new UsageException("ccfw " + verb + ": " + name + " needs a value. Run 'ccfw " + verb
								+ " --help'.");
					}
					value = args.get(++i);
				}
				if (options.values.put(name, value) != null) {
					throw new UsageException("ccfw " + verb + ": " + name + " is given twice.");
				}
			} else if (flags.contains(name) && value == null) {
				options.values.put(name, "");
			} else {
				throw new UsageException("ccfw " + verb + ": unknown option '" + arg + "'. Run 'ccfw " + verb
						+ " --help'.");
			}
		}
		return options;
	}

	private static String canonical(String name, Set<String> withValue) {
		for (String option : withValue) {
			int equals = option.indexOf('=');
			if (equals > 0 && option.substring(0, equals).equals(name)) {
				return option.substring(equals + 1);
			}
		}
		return name;
	}

	String value(String name) {
		return values.get(name);
	}

	String required(String verb, String name) throws UsageException {
		String value = values.get(name);
		if (value == null || value.isBlank()) {
			throw new UsageException("ccfw " + verb + ": " + name + " is required. Run 'ccfw " + verb + " --help'.");
		}
		return value;
	}

	boolean has(String name) {
		return values.containsKey(name);
	}

	List<String> arguments() {
		return arguments;
	}
}
