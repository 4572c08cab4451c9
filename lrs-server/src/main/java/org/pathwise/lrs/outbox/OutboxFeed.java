package org.pathwise.lrs.outbox;

import java.util.List;
import org.pathwise.lrs.statements.StoredStatement;

/** Renders outbox entries as JSON without re-parsing the stored statements. */
final class OutboxFeed {
    private OutboxFeed() {}

    /** {@code {"store":1,"entries":[{"seq":5,"statement":{…}}],"last":5}}; {@code last} is {@code after} if empty. */
    static String json(long storeId, long after, List<StoredStatement> entries) {
        StringBuilder json = new StringBuilder("{\"store\":").append(storeId).append(",\"entries\":[");
        long last = after;
        for (int i = 0; i < entries.size(); i++) {
            StoredStatement s = entries.get(i);
            json.append(i == 0 ? "" : ",")
                    .append("{\"seq\":")
                    .append(s.seq())
                    .append(",\"statement\":")
                    .append(s.body())
                    .append('}');
            last = s.seq();
        }
        return json.append("],\"last\":").append(last).append('}').toString();
    }
}
