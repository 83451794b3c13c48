package org.normative.app.cli;

import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The two languages of the product: {@code en} and {@code zh-CN} (also {@code zh}, {@code zh_CN}). */
final class LanguageConverter implements ITypeConverter<Locale> {

    @Override
    public Locale convert(String value) {
        return switch (value.replace('_', '-').toLowerCase(Locale.ROOT)) {
            case "en", "en-gb", "en-us" -> Locale.ENGLISH;
            case "zh", "zh-cn", "zh-hans", "zh-hans-cn" -> Locale.SIMPLIFIED_CHINESE;
            default -> throw new TypeConversionException("'" + value + "' is not a supported language; use en or zh-CN");
        };
    }
}
