package org.normative.standards.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.normative.standards.library.Obligation;

class ChangeDetailsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "heading|标题",
            "text|文本",
            "definition|定义",
            "obligation SHOULD -> SHALL|能愿动词 SHOULD（宜） -> SHALL（应）",
            "obligation MAY -> NEED_NOT|能愿动词 MAY（可） -> NEED_NOT（不必）",
            "class /conf/core -> none|要求类 /conf/core -> 无",
            "moved from 4.2 to 5.1|从 4.2 移至 5.1",
            "code GB/T 1 -> GB/T 2|代号 GB/T 1 -> GB/T 2",
            "edition 2019 -> 2022 (dated reference)|版本 2019 -> 2022（注日期引用）",
            "dated 2019 -> undated|注日期 2019 -> 不注日期",
            "undated -> dated 2022|不注日期 -> 注日期 2022",
            "normative -> informative|规范性 -> 资料性"})
    void everyDetailReadsInChinese(String english, String chinese) {
        assertThat(ChangeDetails.in(english, Locale.SIMPLIFIED_CHINESE)).isEqualTo(chinese);
        assertThat(ChangeDetails.in(english, Locale.ENGLISH)).isEqualTo(english);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2019|2022", "2019|", "|2022"})
    void everyEditionChangeHasATranslation(String before, String after) {
        String detail = ChangeDetails.edition(before, after);

        assertThat(ChangeDetails.in(detail, Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(detail);
    }

    @ParameterizedTest
    @CsvSource({"SHALL,SHALL_NOT", "SHOULD,SHALL", "CAN,NONE", "MAY,NEED_NOT"})
    void everyObligationChangeHasATranslation(Obligation before, Obligation after) {
        assertThat(ChangeDetails.in(ChangeDetails.obligation(before, after), Locale.SIMPLIFIED_CHINESE))
                .doesNotContain("obligation").contains("（");
    }
}
