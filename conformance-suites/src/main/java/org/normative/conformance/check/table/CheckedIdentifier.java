package org.normative.conformance.check.table;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * Identifiers with a check character, named in a Table Schema field's {@code constraints} by the Normative
 * extension {@code "checksum"}. Each tells what is wrong with a value as the rule id a finding carries, or null
 * when the value is right.
 */
enum CheckedIdentifier {

    /**
     * GB 32100-2015 unified social credit code: 18 characters of {@code 0-9 A-H J-N P-R T U W-Y}; positions 3-8 the
     * GB/T 2260 division (digits); the last the MOD 31 check character. Letters are allowed in positions 1 and 2,
     * as the standard's registration authority codes have them (A, N, Y), though some validators want digits there.
     */
    USCC("gb32100") {
        @Override
        String violation(String value) {
            if (value.length() != 18 || !inAlphabet(value) || !digits(value, 2, 8)) {
                return "uscc-format";
            }
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += USCC_VALUES[value.charAt(i)] * USCC_WEIGHTS[i];
            }
            char expected = USCC_ALPHABET.charAt((31 - sum % 31) % 31);
            return value.charAt(17) == expected ? null : "uscc-checksum";
        }
    },

    /**
     * GB 11643-1999 citizen identification number: 17 digits and an ISO 7064 MOD 11-2 check character (0-9 or an
     * upper-case X); digits 7-14 a date of birth that exists and is not in the future; digits 1-2 a province-level
     * division of GB/T 2260.
     */
    RIC("gb11643") {
        @Override
        String violation(String value) {
            if (value.length() != 18 || !digits(value, 0, 17) || !checkCharacter(value.charAt(17))) {
                return "ric-format";
            }
            if (mod11x2(value) != 1) {
                return "ric-checksum";
            }
            if (!plausibleBirthDate(value.substring(6, 14))) {
                return "ric-birth-date";
            }
            return PROVINCES.contains(value.substring(0, 2)) ? null : "ric-division";
        }
    },

    /** ISO 7064 MOD 11-2 on its own: digits and a check character 0-9 or X. */
    MOD_11_2("iso7064-mod11-2") {
        @Override
        String violation(String value) {
            int last = value.length() - 1;
            if (last < 1 || !digits(value, 0, last) || !checkCharacter(value.charAt(last))) {
                return "mod11-2-format";
            }
            return mod11x2(value) == 1 ? null : "mod11-2-checksum";
        }
    },

    /** The Luhn (mod 10) check digit of payment card and many other numbers: digits only, the last the check. */
    LUHN("luhn") {
        @Override
        String violation(String value) {
            if (value.length() < 2 || !digits(value, 0, value.length())) {
                return "luhn-format";
            }
            int sum = 0;
            boolean twice = false;
            for (int i = value.length() - 1; i >= 0; i--) {
                int digit = value.charAt(i) - '0';
                if (twice) {
                    digit *= 2;
                    if (digit > 9) {
                        digit -= 9;
                    }
                }
                sum += digit;
                twice = !twice;
            }
            return sum % 10 == 0 ? null : "luhn-checksum";
        }
    };

    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Each character's value in the alphabet, -1 for one outside it: a lookup per character, not a search. */
    private static final byte[] USCC_VALUES = values(USCC_ALPHABET);
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** Province-level codes of GB/T 2260 (first two digits), including Taiwan, Hong Kong and Macao. */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
            "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63",
            "64", "65", "71", "81", "82");
    /** The oldest birth year taken as plausible. */
    private static final int FIRST_BIRTH_YEAR = 1850;

    private final String id;

    CheckedIdentifier(String id) {
        this.id = id;
    }

    /** The rule id of what is wrong with the value, or null when it is a valid identifier. */
    abstract String violation(String value);

    /** The name a schema uses: gb32100, gb11643, iso7064-mod11-2, luhn. */
    String id() {
        return id;
    }

    static CheckedIdentifier of(String id) {
        for (CheckedIdentifier identifier : values()) {
            if (identifier.id.equals(id.strip().toLowerCase(Locale.ROOT))) {
                return identifier;
            }
        }
        return null;
    }

    static String ids() {
        StringBuilder ids = new StringBuilder();
        for (CheckedIdentifier identifier : values()) {
            ids.append(ids.length() == 0 ? "" : ", ").append(identifier.id);
        }
        return ids.toString();
    }

    /** ISO 7064 MOD 11-2 over every character, check included: 1 for a valid number. */
    private static int mod11x2(String value) {
        int check = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            check = (2 * check + (c == 'X' ? 10 : c - '0')) % 11;
        }
        return check;
    }

    private static byte[] values(String alphabet) {
        byte[] values = new byte[128];
        java.util.Arrays.fill(values, (byte) -1);
        for (int i = 0; i < alphabet.length(); i++) {
            values[alphabet.charAt(i)] = (byte) i;
        }
        return values;
    }

    private static boolean inAlphabet(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= USCC_VALUES.length || USCC_VALUES[c] < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean checkCharacter(char c) {
        return c >= '0' && c <= '9' || c == 'X';
    }

    private static boolean plausibleBirthDate(String yyyymmdd) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)), Integer.parseInt(yyyymmdd.substring(4, 6)),
                    Integer.parseInt(yyyymmdd.substring(6, 8)));
            return date.getYear() >= FIRST_BIRTH_YEAR && !date.isAfter(LocalDate.now());
        } catch (DateTimeException e) {
            return false;
        }
    }
}
