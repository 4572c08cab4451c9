package org.pathwise.lrs.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.pathwise.lrs.platform.ApiException;
import org.pathwise.lrs.platform.ApiException.Kind;

/** An input stream that answers 413 once more than a given number of bytes have been read. */
final class BodyLimit extends FilterInputStream {
    private final long limit;
    private long count;

    BodyLimit(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    static ApiException tooLarge(long limit) {
        return new ApiException(
                Kind.TOO_LARGE, "The request body is larger than this LRS accepts (" + limit + " bytes)");
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) {
        count += n;
        if (count > limit) {
            throw tooLarge(limit);
        }
    }
}
