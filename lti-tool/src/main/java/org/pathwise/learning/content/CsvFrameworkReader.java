package org.pathwise.learning.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a competency framework from CSV with the header {@code id,name,parent_id} (parent empty at the top). Fields
 * may be double-quoted (RFC 4180, {@code ""} for a quote inside; no line breaks inside fields). Blank lines are skipped.
 */
public final class CsvFrameworkReader {

    private static final List<String> HEADER = List.of("id", "name", "parent_id");

    private CsvFrameworkReader() {}

    public static CompetencyFramework read(String title, Reader reader) {
        List<Competency> competencies = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String header = in.readLine();
            if (header == null || !fields(header.replace("\uFEFF", ""), 1).equals(HEADER)) {
                throw unreadable(1, "the header must be id,name,parent_id");
            }
            int lineNo = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = fields(line, lineNo);
                if (f.size() != 3) {
                    throw unreadable(lineNo, "expected 3 fields, found " + f.size());
                }
                competencies.add(new Competency(f.get(0), f.get(1), f.get(2)));
            }
        } catch (IOException e) {
            throw new ContentException(ContentException.Kind.UNREADABLE_FRAMEWORK, "CSV: " + e.getMessage());
        }
        return CompetencyFramework.of(title, competencies);
    }

    static List<String> fields(String line, int lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw unreadable(lineNo, "unterminated quote");
        }
        out.add(field.toString().trim());
        return out;
    }

    private static ContentException unreadable(int line, String message) {
        return new ContentException(ContentException.Kind.UNREADABLE_FRAMEWORK, "CSV line " + line + ": " + message);
    }
}
