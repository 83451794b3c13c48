package org.normative.conformance.check.table;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Table Schema field types this kind checks, each turning a cell's text into a value to compare, or null when
 * the text is not of the type. Numbers become {@link BigDecimal} (or a {@link Double} for NaN and the infinities),
 * dates {@link LocalDate}, datetimes {@link LocalDateTime} in UTC where the text has an offset.
 */
enum FieldType {
    STRING {
        @Override
        Object parse(String text, TableField field, boolean typed) {
            return switch (field.format()) {
                case "email" -> EMAIL.matcher(text).matches() ? text : null;
                case "uri" -> isUri(text) ? text : null;
                case "uuid" -> UUID.matcher(text).matches() ? text : null;
                case "binary" -> isBase64(text) ? text : null;
                default -> text;
            };
        }
    },
    INTEGER {
        @Override
        Object parse(String text, TableField field, boolean typed) {
            String plain = field.bareNumber() ? text : stripNonNumeric(text);
            if (field.groupChar() != null) {
                plain = plain.replace(field.groupChar(), "");
            }
            return isInteger(plain) ? integer(plain) : null;
        }
    },
    NUMBER {
        @Override
        Object parse(String text, TableField field, boolean typed) {
            switch (text) {
                case "NaN":
                    return Double.NaN;
                case "INF":
                    return Double.POSITIVE_INFINITY;
                case "-INF":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
            String plain = field.bareNumber() ? text : stripNonNumeric(text);
            if (field.groupChar() != null) {
                plain = plain.replace(field.groupChar(), "");
            }
            if (!typed && !".".equals(field.decimalChar())) {
                plain = plain.replace(".", "\u0000").replace(field.decimalChar(), ".");
            }
            if (!isNumberText(plain)) {
                return null;
            }
            BigDecimal number = new BigDecimal(plain);
            // arithmetic on 1e999999999 would take the heap; no real value has such an exponent
            return Math.abs((long) number.scale()) > MAX_SCALE ? null : number;
        }
    },
    BOOLEAN {
        @Override
        Object parse(String text, TableField field, boolean typed) {
            if (field.trueValues().contains(text) || typed && "true".equals(text)) {
                return Boolean.TRUE;
            }
            if (field.falseValues().contains(text) || typed && "false".equals(text)) {
                return Boolean.FALSE;
            }
            return null;
        }
    },
    DATE {
        @Override
        Object parse(String text, TableField field, boolean typed) {
            if (typed || field.dateFormats().get(0) == DateTimeFormatter.ISO_LOCAL_DATE) {
                LocalDate date = isoDate(text);
                if (date != null || typed) {
                    return date;
                }
            }
            return parseWithAny(text, field, LocalDate::from);
        }
    },
    DATETIME {
        @Override
        Object parse(String text, TableField field, boolean typed) {
            if (typed) {
                LocalDateTime datetime = parseWith(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME, LocalDateTime::from);
                return datetime != null ? datetime : parseWith(text, DateTimeFormatter.ISO_LOCAL_DATE, t -> LocalDate.from(t).atStartOfDay());
            }
            return parseWithAny(text, field, FieldType::utc);
        }
    },
    TIME {
        @Override
        Object parse(String text, TableField field, boolean typed) {
            return parseWithAny(text, field, LocalTime::from);
        }
    },
    YEAR {
        @Override
        Object parse(String text, TableField field, boolean typed) {
            return YEAR_TEXT.matcher(text).matches() ? Integer.valueOf(text) : null;
        }
    },
    ANY {
        @Override
        Object parse(String text, TableField field, boolean typed) {
            return text;
        }
    };

    static final int MAX_SCALE = 10_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern YEAR_TEXT = Pattern.compile("[0-9]{4}");

    /**
     * The value of the text, or null when it is not of this type.
     *
     * @param typed true for a spreadsheet cell that held a number, date or boolean, whose text is canonical
     */
    abstract Object parse(String text, TableField field, boolean typed);

    /** The type a schema names, or null for one this kind does not check. */
    static FieldType of(String name) {
        for (FieldType type : values()) {
            if (type.schemaName().equals(name)) {
                return type;
            }
        }
        return null;
    }

    String schemaName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Orders two values of one type; numbers compare across BigDecimal and the special doubles. */
    static int compare(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        @SuppressWarnings("unchecked")
        Comparable<Object> comparable = (Comparable<Object>) a;
        return comparable.compareTo(b);
    }

    /** The value as a key for uniqueness and enumerations: 1.0 and 1 are one number. */
    static Object canonical(Object value) {
        return value instanceof BigDecimal number ? number.stripTrailingZeros() : value;
    }

    /** An ISO 8601 calendar date (yyyy-MM-dd) without the formatter's machinery: the common case, read fast. */
    private static LocalDate isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The number the digits from..to spell, or -1 when one is no digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * {@code [+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]{1,9})?}, scanned by hand: this runs on every number cell,
     * and a regular expression's matcher costs more than the rest of the cell's checks together.
     */
    static boolean isNumberText(String text) {
        int length = text.length();
        int i = length > 0 && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
        int integerDigits = 0;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
            integerDigits++;
        }
        int fractionDigits = 0;
        if (i < length && text.charAt(i) == '.') {
            i++;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
                fractionDigits++;
            }
        }
        if (integerDigits == 0 && fractionDigits == 0) {
            return false;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0 || exponentDigits > 9) {
                return false;
            }
        }
        return i == length;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** An optional sign and 1 to 1,000 digits. */
    private static boolean isInteger(String text) {
        int start = !text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
        if (text.length() == start || text.length() - start > 1000) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal integer(String text) {
        return text.length() < 19 ? BigDecimal.valueOf(Long.parseLong(text)) : new BigDecimal(text);
    }

    /** The value in the first of the field's formats that reads the text, or null. */
    private static <T> T parseWithAny(String text, TableField field, java.util.function.Function<TemporalAccessor, T> as) {
        for (DateTimeFormatter formatter : field.dateFormats()) {
            T value = parseWith(text, formatter, as);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static <T> T parseWith(String text, DateTimeFormatter formatter, java.util.function.Function<TemporalAccessor, T> as) {
        try {
            return as.apply(formatter.parse(text));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static LocalDateTime utc(TemporalAccessor parsed) {
        if (parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)) {
            return java.time.OffsetDateTime.from(parsed).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        return LocalDateTime.from(parsed);
    }

    private static String stripNonNumeric(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && !isNumberChar(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isDigit(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isNumberChar(char c) {
        return Character.isDigit(c) || c == '-' || c == '+' || c == '.';
    }

    private static boolean isUri(String text) {
        try {
            return new URI(text).getScheme() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isBase64(String text) {
        try {
            Base64.getDecoder().decode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
