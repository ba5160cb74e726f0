package org.flowboard.dashboard.ingest;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body up to a limit, so that a sender cannot make us buffer an unbounded body;
 * Spring's own limits cover only form posts.
 */
final class BoundedBody {

    /** The body is over the limit; nothing of it is used. */
    static final class TooLargeException extends Exception {
        TooLargeException(String message) {
            super(message, null, false, false);
        }
    }

    private BoundedBody() {}

    static byte[] read(HttpServletRequest request, int limit)
            throws IOException, TooLargeException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(declared, limit);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = request.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (out.size() + n > limit) {
                    throw tooLarge(-1, limit);
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    private static TooLargeException tooLarge(long size, int limit) {
        return new TooLargeException(
                "the request body"
                        + (size >= 0 ? " is " + size + " bytes," : " is")
                        + " over this endpoint's limit of "
                        + limit
                        + " bytes: send fewer events per request");
    }
}
