package org.enforcement.rules.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers part of {@link PersonalDataScrubber}: finds runs of digits however they are grouped and replaces
 * those that identify a person or an account (phones, national ID numbers, 12 digits or more) by their marker,
 * keeping amounts, dates, times and case numbers.
 */
final class PersonalNumbers {

    /** At most this many separators in a row still join digits into one number. */
    private static final int MAX_SEPARATORS = 3;

    private PersonalNumbers() {
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19';
    }

    private static int digit(char c) {
        return c <= '9' ? c - '0' : c - '\uFF10';
    }

    /** Characters people put between the digits of one number. */
    private static boolean isSeparator(char c) {
        return switch (c) {
            case ' ', '\u3000', '\u00A0', '-', '\uFF0D', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212',
                 '.', '\uFF0E', '/', '\uFF0F', '(', ')', '\uFF08', '\uFF09', '_', '\u200B', '\u200C', '\u200D',
                 '\u2060', '\uFEFF', '\u00B7', '\u30FB' -> true;
            default -> false;
        };
    }

    private static boolean isX(char c) {
        return c == 'X' || c == 'x' || c == '\uFF38' || c == '\uFF58';
    }

    /** The text with every personal number replaced by its marker. */
    static String scrub(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                out.append(c);
                i++;
                continue;
            }
            // One run: digit groups joined by at most MAX_SEPARATORS separators.
            int start = i;
            int end = i; // exclusive, after the last digit
            StringBuilder digits = new StringBuilder();
            List<Integer> groups = new ArrayList<>();
            int group = 0;
            int j = i;
            while (j < n) {
                if (isDigit(text.charAt(j))) {
                    digits.append((char) ('0' + digit(text.charAt(j))));
                    group++;
                    j++;
                    end = j;
                    continue;
                }
                int k = j;
                while (k < n && k - j < MAX_SEPARATORS && isSeparator(text.charAt(k))) {
                    k++;
                }
                if (k > j && k < n && isDigit(text.charAt(k))) {
                    groups.add(group);
                    group = 0;
                    j = k;
                    continue;
                }
                break;
            }
            groups.add(group);
            boolean trailingX = digits.length() == 17 && end < n && isX(text.charAt(end));
            String marker = marker(digits.toString(), trailingX, groups);
            if (marker == null) {
                out.append(text, start, end);
            } else {
                // A "+" or an opening parenthesis right before the number belongs to it.
                int from = start;
                while (from > 0 && out.length() > 0 && "+\uFF0B(\uFF08".indexOf(text.charAt(from - 1)) >= 0) {
                    out.setLength(out.length() - 1);
                    from--;
                }
                out.append(marker);
                if (trailingX) {
                    end++;
                }
            }
            i = end;
        }
        return out.toString();
    }

    /** What a run of digits is, or {@code null} when it is no personal number. */
    private static String marker(String digits, boolean trailingX, List<Integer> groups) {
        int count = digits.length();
        if (trailingX || count == 18 && idLike(digits) || count == 15 && idLike(digits)) {
            return PersonalDataScrubber.ID;
        }
        if (isMobile(digits) || count == 13 && digits.startsWith("86") && isMobile(digits.substring(2))
                || count == 15 && digits.startsWith("0086") && isMobile(digits.substring(4))) {
            return PersonalDataScrubber.PHONE;
        }
        if (datesOnly(digits, groups)) {
            return null;
        }
        if (count >= 10 && count <= 12 && digits.charAt(0) == '0' && digits.charAt(1) != '0') {
            return PersonalDataScrubber.PHONE;
        }
        if (count >= 12) {
            return PersonalDataScrubber.NUMBER;
        }
        return null;
    }

    private static boolean isMobile(String digits) {
        return digits.length() == 11 && digits.charAt(0) == '1' && digits.charAt(1) >= '3';
    }

    /** Six digits of region (first not 0), then a birth date of 19xx or 20xx. */
    private static boolean idLike(String digits) {
        if (digits.charAt(0) == '0') {
            return false;
        }
        if (digits.length() == 15) {
            return true;
        }
        String century = digits.substring(6, 8);
        return century.equals("19") || century.equals("20");
    }

    /** Groups that read as dates one after another: year, month, day (2023.02.02-2023.03.31, 2024-4-7). */
    private static boolean datesOnly(String digits, List<Integer> groups) {
        if (groups.size() < 3 || groups.size() % 3 != 0) {
            return false;
        }
        int at = 0;
        for (int g = 0; g < groups.size(); g += 3) {
            int yearLength = groups.get(g);
            int monthLength = groups.get(g + 1);
            int dayLength = groups.get(g + 2);
            if (yearLength != 4 || monthLength < 1 || monthLength > 2 || dayLength < 1 || dayLength > 2) {
                return false;
            }
            int year = Integer.parseInt(digits.substring(at, at + 4));
            int month = Integer.parseInt(digits.substring(at + 4, at + 4 + monthLength));
            int day = Integer.parseInt(digits.substring(at + 4 + monthLength, at + 4 + monthLength + dayLength));
            if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > 31) {
                return false;
            }
            at += yearLength + monthLength + dayLength;
        }
        return true;
    }
}
