/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A DNS server on a UDP port of the loopback interface that knows a few CNAME records and other names: a CNAME
 * question gets the record, NOERROR without answers for a name without one, or NXDOMAIN (RFC 1035 wire format).
 */
final class TinyDnsServer implements AutoCloseable {

	private static final int TYPE_CNAME = 5;

	private final DatagramSocket socket;
	private final Map<String, String> cnames;
	private final Set<String> otherNames;
	private final Thread thread;

	TinyDnsServer(Map<String, String> cnames, Set<String> otherNames) throws IOException {
		this.socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
		this.cnames = cnames;
		this.otherNames = otherNames;
		this.thread = new Thread(this::serve, "tiny-dns");
		thread.setDaemon(true);
		thread.start();
	}

	String address() {
		return "127.0.0.1:" + socket.getLocalPort();
	}

	private void serve() {
		byte[] buffer = new byte[512];
		while (!socket.isClosed()) {
			DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
			try {
				socket.receive(packet);
				byte[] answer = answer(ByteBuffer.wrap(packet.getData(), 0, packet.getLength()));
				socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
			} catch (SocketException closed) {
				return;
			} catch (IOException | RuntimeException e) {
				// A query this server does not understand gets no answer.
			}
		}
	}

	private byte[] answer(ByteBuffer query) throws IOException {
		short id = query.getShort(0);
		query.position(12);
		StringBuilder name = new StringBuilder();
		for (int length = query.get() & 0xff; length > 0; length = query.get() & 0xff) {
			byte[] label = new byte[length];
			query.get(label);
			name.append(name.isEmpty() ? "" : ".").append(new String(label, StandardCharsets.US_ASCII));
		}
		int type = query.getShort() & 0xffff;
		query.getShort();
		int questionEnd = query.position();
		String key = name.toString().toLowerCase(Locale.ROOT);
		String target = type == TYPE_CNAME ? cnames.get(key) : null;
		boolean exists = cnames.containsKey(key) || otherNames.contains(key);

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteBuffer header = ByteBuffer.allocate(12);
		header.putShort(id).putShort((short) (exists ? 0x8580 : 0x8583)).putShort((short) 1).putShort((short) (target == null ? 0 : 1))
				.putShort((short) 0).putShort((short) 0);
		out.write(header.array());
		out.write(query.array(), 12, questionEnd - 12);
		if (target != null) {
			byte[] data = encode(target);
			ByteBuffer record = ByteBuffer.allocate(12 + data.length);
			record.putShort((short) 0xc00c).putShort((short) TYPE_CNAME).putShort((short) 1).putInt(900).putShort((short) data.length).put(data);
			out.write(record.array());
		}
		return out.toByteArray();
	}

	private static byte[] encode(String name) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (String label : name.split("\\.")) {
			out.write(label.length());
			out.writeBytes(label.getBytes(StandardCharsets.US_ASCII));
		}
		out.write(0);
		return out.toByteArray();
	}

	@Override
	public void close() throws InterruptedException {
		socket.close();
		thread.join(2000);
	}
}
