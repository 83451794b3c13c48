package org.normative.standards.review;

import java.util.Locale;
import java.util.Optional;

/** The type of a comment in the ISO commenting template: general, technical or editorial. */
public enum CommentType {
    GENERAL("ge"),
    TECHNICAL("te"),
    EDITORIAL("ed");

    private final String code;

    CommentType(String code) {
        this.code = code;
    }

    /** As the template writes it: ge, te, ed. */
    public String code() {
        return code;
    }

    /**
     * Reads the type as people write it in real templates: {@code te}, {@code TE}, {@code technical}, {@code te/ed}
     * is not one type and is refused; the Chinese names (一般, 技术, 编辑) are understood too.
     */
    public static Optional<CommentType> parse(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(".", "");
        for (CommentType type : values()) {
            if (value.equals(type.code) || value.equals(type.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return switch (value) {
            case "general comment", "一般", "一般性" -> Optional.of(GENERAL);
            case "technical comment", "技术", "技术性" -> Optional.of(TECHNICAL);
            case "editorial comment", "编辑", "编辑性" -> Optional.of(EDITORIAL);
            default -> Optional.empty();
        };
    }
}
