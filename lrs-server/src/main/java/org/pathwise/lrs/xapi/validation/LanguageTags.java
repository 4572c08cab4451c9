package org.pathwise.lrs.xapi.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Well-formedness of language tags per RFC 5646 (BCP 47) section 2.1, including its duplicate-subtag rules. */
public final class LanguageTags {
    private static final Set<String> GRANDFATHERED = Set.of(
            "en-gb-oed",
            "i-ami",
            "i-bnn",
            "i-default",
            "i-enochian",
            "i-hak",
            "i-klingon",
            "i-lux",
            "i-mingo",
            "i-navajo",
            "i-pwn",
            "i-tao",
            "i-tay",
            "i-tsu",
            "sgn-be-fr",
            "sgn-be-nl",
            "sgn-ch-de",
            "art-lojban",
            "cel-gaulish",
            "no-bok",
            "no-nyn",
            "zh-guoyu",
            "zh-hakka",
            "zh-min",
            "zh-min-nan",
            "zh-xiang");

    private LanguageTags() {}

    public static boolean isWellFormed(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        if (GRANDFATHERED.contains(lower)) {
            return true;
        }
        if (lower.isEmpty() || lower.startsWith("-") || lower.endsWith("-") || lower.contains("--")) {
            return false;
        }
        List<String> parts = List.of(lower.split("-"));
        if (!parts.stream().allMatch(p -> p.chars().allMatch(LanguageTags::alnum))) {
            return false;
        }
        if ("x".equals(parts.get(0))) {
            return privateUse(parts, 0);
        }
        return langtag(parts);
    }

    private static boolean langtag(List<String> p) {
        int i = 0;
        String language = p.get(i++);
        if (!alpha(language) || language.length() < 2 || language.length() > 8) {
            return false;
        }
        if (language.length() <= 3) {
            for (int ext = 0;
                    ext < 3 && i < p.size() && alpha(p.get(i)) && p.get(i).length() == 3;
                    ext++) {
                i++;
            }
        }
        if (i < p.size() && alpha(p.get(i)) && p.get(i).length() == 4) {
            i++;
        }
        if (i < p.size() && isRegion(p.get(i))) {
            i++;
        }
        Set<String> variants = new HashSet<>();
        while (i < p.size() && isVariant(p.get(i))) {
            if (!variants.add(p.get(i++))) {
                return false;
            }
        }
        return extensions(p, i);
    }

    private static boolean extensions(List<String> p, int start) {
        Set<String> singletons = new HashSet<>();
        int i = start;
        while (i < p.size() && p.get(i).length() == 1 && !"x".equals(p.get(i))) {
            if (!singletons.add(p.get(i++))) {
                return false;
            }
            int subtags = 0;
            while (i < p.size() && p.get(i).length() >= 2 && p.get(i).length() <= 8) {
                i++;
                subtags++;
            }
            if (subtags == 0) {
                return false;
            }
        }
        return i == p.size() || privateUse(p, i);
    }

    private static boolean privateUse(List<String> p, int start) {
        if (!"x".equals(p.get(start)) || start + 1 >= p.size()) {
            return false;
        }
        return p.subList(start + 1, p.size()).stream().allMatch(s -> s.length() <= 8);
    }

    private static boolean isRegion(String s) {
        return (s.length() == 2 && alpha(s)) || (s.length() == 3 && s.chars().allMatch(Character::isDigit));
    }

    private static boolean isVariant(String s) {
        return (s.length() >= 5 && s.length() <= 8) || (s.length() == 4 && Character.isDigit(s.charAt(0)));
    }

    private static boolean alpha(String s) {
        return s.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    private static boolean alnum(int c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
