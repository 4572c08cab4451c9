package org.pathwise.player.runtime;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.pathwise.player.launch.Attempt;
import org.pathwise.scorm.runtime.CmiData;

/** An attempt as the API shows it: status, score, bookmark and the stored run-time data. */
public record AttemptView(
        String id,
        String unitId,
        String registration,
        int number,
        Instant startedAt,
        Instant endedAt,
        String lastExit,
        boolean terminated,
        String completion,
        String success,
        BigDecimal scoreScaled,
        BigDecimal scoreRaw,
        String location,
        String suspendData,
        long totalMillis,
        Map<String, String> cmi) {

    static AttemptView of(Attempt a, long totalMillis) {
        CmiData cmi = a.cmi();
        String location = cmi.get("cmi.core.lesson_location")
                .or(() -> cmi.get("cmi.location"))
                .orElse("");
        return new AttemptView(
                a.id(),
                a.unitId(),
                a.registration(),
                a.number(),
                a.startedAt(),
                a.endedAt(),
                a.lastExit(),
                a.terminated(),
                a.completion().name(),
                a.success().name(),
                a.scoreScaled(),
                a.scoreRaw(),
                location,
                cmi.getOrEmpty("cmi.suspend_data"),
                totalMillis,
                cmi.values());
    }
}
