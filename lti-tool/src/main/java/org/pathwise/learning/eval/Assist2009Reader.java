package org.pathwise.learning.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pathwise.learning.model.LearnerModelException;

/** Reads the DKVMN-split ASSISTments files: three lines per learner (count, skill ids, correctness), comma separated. */
public final class Assist2009Reader {

    private Assist2009Reader() {}

    public static List<LearnerSequence> read(Path file, String learnerPrefix) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
        if (lines.size() % 3 != 0) {
            throw unreadable(file, "line count " + lines.size() + " is not a multiple of 3");
        }
        List<LearnerSequence> out = new ArrayList<>(lines.size() / 3);
        for (int i = 0; i < lines.size(); i += 3) {
            int count = Integer.parseInt(lines.get(i));
            int[] skills = numbers(lines.get(i + 1));
            int[] correct = numbers(lines.get(i + 2));
            if (skills.length != count || correct.length != count) {
                throw unreadable(file, "learner at line " + (i + 1) + " announces " + count + " answers");
            }
            out.add(new LearnerSequence(learnerPrefix + (i / 3), skills, correct));
        }
        return out;
    }

    private static int[] numbers(String line) {
        return Arrays.stream(line.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .mapToInt(Integer::parseInt)
                .toArray();
    }

    private static LearnerModelException unreadable(Path file, String why) {
        return new LearnerModelException(LearnerModelException.Kind.UNREADABLE_DATA, file + ": " + why);
    }
}
