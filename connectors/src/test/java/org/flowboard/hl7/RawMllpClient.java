package org.flowboard.hl7;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends arbitrary bytes in an MLLP frame and reads one framed answer: for messages HAPI's client
 * cannot send (unparseable ones, fuzzed bytes). Well-formed messages go through HAPI's client.
 */
final class RawMllpClient implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawMllpClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(60_000);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    String send(String message) throws IOException {
        return send(message.getBytes(StandardCharsets.UTF_8));
    }

    /** The ACK text, segments separated by CR. */
    String send(byte[] payload) throws IOException {
        byte[] frame = new byte[payload.length + 3];
        frame[0] = 0x0B;
        System.arraycopy(payload, 0, frame, 1, payload.length);
        frame[frame.length - 2] = 0x1C;
        frame[frame.length - 1] = 0x0D;
        out.write(frame);
        out.flush();
        return readAnswer();
    }

    /** -1 when the server closed the connection. */
    int readByte() throws IOException {
        return in.read();
    }

    private String readAnswer() throws IOException {
        int b;
        while ((b = in.read()) != 0x0B) {
            if (b < 0) {
                throw new EOFException("connection closed before an answer");
            }
        }
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        while ((b = in.read()) != 0x1C) {
            if (b < 0) {
                throw new EOFException("connection closed inside an answer");
            }
            answer.write(b);
        }
        in.read(); // the trailing CR
        return answer.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** Field n (1-based, as numbered in HL7 for non-MSH segments) of the named segment. */
    static String field(String ack, String segment, int n) {
        for (String s : ack.split("\r")) {
            if (s.startsWith(segment + "|")) {
                String[] fields = s.split("\\|", -1);
                int index = segment.equals("MSH") ? n - 1 : n;
                return index < fields.length ? fields[index] : "";
            }
        }
        return "";
    }
}
