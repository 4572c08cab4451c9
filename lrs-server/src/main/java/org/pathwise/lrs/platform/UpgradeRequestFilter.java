package org.pathwise.lrs.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Requests that ask for a protocol upgrade ({@code Upgrade: h2c} from HTTP/2-preferring clients such as the JDK's
 * {@code HttpClient}) are answered over HTTP/1.1: the launcher turns cleartext HTTP/2 off (ADR 0012), and Payara
 * Micro's Grizzly then hands such a request's body over unframed and never marks its end (Grizzly #1972/#2117), so
 * reading it to the end would wait for the read time-out. Here the body is read up to its {@code Content-Length}
 * and no further, and the connection is closed after the answer, so that no byte of a later request can be taken
 * for part of this one. A chunked body with an upgrade request cannot be delimited: 411 (send a length).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class UpgradeRequestFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getHeader("Upgrade") == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Connection", "close");
        Long length = length(request);
        if (length == null) {
            refuse(response, 411, "Content-Length: needed on a request that asks for a protocol upgrade");
            return;
        }
        if (length < 0) {
            refuse(response, 400, "Content-Length: must be a non-negative number");
            return;
        }
        chain.doFilter(new Delimited(request, length), response);
    }

    /** The body's length: 0 without a body, null when it is chunked, -1 when the header is not a number. */
    static Long length(HttpServletRequest request) {
        String length = request.getHeader("Content-Length");
        if (length == null) {
            return request.getHeader("Transfer-Encoding") == null ? 0L : null;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
    }

    /** The request with its body cut at {@code length} bytes. */
    private static final class Delimited extends HttpServletRequestWrapper {
        private final DelimitedInput input;

        Delimited(HttpServletRequest request, long length) throws IOException {
            super(request);
            this.input = new DelimitedInput(request.getInputStream(), length);
        }

        @Override
        public ServletInputStream getInputStream() {
            return input;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(input, charset));
        }
    }

    /** Reads at most {@code remaining} bytes of the container's stream, then reports the end of the body. */
    static final class DelimitedInput extends ServletInputStream {
        private final ServletInputStream in;
        private long remaining;

        DelimitedInput(ServletInputStream in, long length) {
            this.in = in;
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(in.available(), remaining);
        }

        @Override
        public boolean isFinished() {
            return remaining <= 0;
        }

        @Override
        public boolean isReady() {
            return remaining <= 0 || in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
