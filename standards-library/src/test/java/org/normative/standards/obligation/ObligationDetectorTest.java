package org.normative.standards.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.normative.standards.library.Obligation;

class ObligationDetectorTest {

    private final ObligationDetector detector = new ObligationDetector();

    /** English provisions: text | obligation | deciding phrase (empty when none). */
    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The server shall return the status 404.                                   | SHALL      | shall
            The server shall not store passwords.                                     | SHALL_NOT  | shall not
            The server SHALL NOT store passwords.                                     | SHALL_NOT  | SHALL NOT
            Passwords shall never be written to the log.                              | SHALL_NOT  | shall never
            The client shan't retry a signed request.                                 | SHALL_NOT  | shan't
            The issuing body is required to sign the file.                            | SHALL      | is required to
            It is required that the file be signed.                                   | SHALL      | It is required that
            It is necessary to renew the certificate every year.                      | SHALL      | It is necessary to
            Plain HTTP is not allowed.                                                | SHALL_NOT  | is not allowed
            Self-signed certificates are not permitted.                               | SHALL_NOT  | are not permitted
            Responses should be compressed.                                           | SHOULD     | should
            Clients SHOULD retry after the interval given.                            | SHOULD     | SHOULD
            Responses should not exceed one megabyte.                                 | SHOULD_NOT | should not
            Clients shouldn’t poll more than once a minute.                           | SHOULD_NOT | shouldn’t
            It is recommended that clients cache the catalogue.                       | SHOULD     | It is recommended that
            It is not recommended that clients poll.                                  | SHOULD_NOT | It is not recommended that
            Retries are not recommended for signed requests.                          | SHOULD_NOT | are not recommended
            Clients ought to send the header.                                         | SHOULD     | ought to
            Clients ought not to send cookies.                                        | SHOULD_NOT | ought not to
            Clients may request a smaller page size.                                  | MAY        | may
            Clients need not send the header.                                         | NEED_NOT   | need not
            Compression of the response body is permitted.                            | MAY        | is permitted
            Extensions are allowed in the header.                                     | MAY        | are allowed
            It is not required that the field be present.                             | NEED_NOT   | It is not required that
            The field is not required to be present.                                  | NEED_NOT   | is not required to
            The service can handle 1000 requests per second.                          | CAN        | can
            The service cannot process files larger than ten megabytes.               | CANNOT     | cannot
            The service can not process files larger than ten megabytes.              | CANNOT     | can not
            A holder can’t change the identifier.                                     | CANNOT     | can’t
            Users are able to export their data.                                      | CAN        | are able to
            Users are unable to delete a signed record.                               | CANNOT     | are unable to
            It is possible to filter the catalogue by date.                           | CAN        | It is possible to
            It is not possible to undo a signature.                                   | CANNOT     | It is not possible to
            The server must return the status 404.                                    | NONE       |
            The server must not return the status 500.                                | NONE       |
            The value may not be empty.                                               | NONE       |
            Clients may request a smaller page and the server shall honour it.        | SHALL      | shall
            The catalogue was first published in May 2024.                           | NONE       |
            The rules took effect on 1 May 2025.                                      | NONE       |
            Shallow copies of the mayor's records are kept in Canada.                 | NONE       |
            There are no normative references in this document.                      | NONE       |
            Data collected or produced by a government body in performing its duties. | NONE       |
            The operator, not the vendor, must have the final say, so it can decide.  | CAN        | can
            `Every data API shall be described in an OpenAPI 3.0 document published together with the API.` | SHALL | shall
            `Collections shall be paged. A response should contain at most 1000 items; clients may request a smaller page size with the limit parameter.` | SHALL | shall
            `The catalogue shall be published as CSV in UTF-8 and may also be published as XLSX.` | SHALL | shall
            `This document specifies requirements for the application programming interfaces through which government bodies open data to the public.` | NONE |
            """)
    void readsEnglishVerbalForms(String text, Obligation expected, String phrase) {
        Detection detection = detector.detect(text);

        assertThat(detection.obligation()).isEqualTo(expected);
        assertThat(detection.phrase()).isEqualTo(phrase == null ? "" : phrase);
        if (detection.found()) {
            assertThat(detection.language()).isEqualTo(Language.EN);
            assertThat(text.substring(detection.offset(), detection.offset() + detection.length()))
                    .isEqualTo(detection.phrase());
        }
    }

    /** Chinese provisions: text | obligation | deciding phrase (empty when none). */
    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            数据元名称应由对象类词、特性词和表示词组成。               | SHALL      | 应
            数据元名称应使用简体中文，不应超过 20 个汉字。             | SHALL      | 应
            系统不应以明文形式存储口令。                               | SHALL_NOT  | 不应
            标识符一经分配不得重用。                                   | SHALL_NOT  | 不得
            不允许匿名访问开放数据接口。                               | SHALL_NOT  | 不允许
            用户应当妥善保管口令。                                     | SHALL      | 应当
            申请人应该提交纸质材料。                                   | SHALL      | 应该
            日志宜保存六个月。                                         | SHOULD     | 宜
            不宜使用默认口令。                                         | SHOULD_NOT | 不宜
            推荐使用 UTF-8 编码。                                      | SHOULD     | 推荐
            不建议在 URL 中传递口令。                                  | SHOULD_NOT | 不建议
            系统可支持短信验证码认证。                                 | MAY        | 可
            客户端可以请求较小的分页。                                 | MAY        | 可以
            允许使用国密算法签名。                                     | MAY        | 允许
            客户端不必发送该字段。                                     | NEED_NOT   | 不必
            无须提供纸质材料。                                         | NEED_NOT   | 无须
            同一事项不需要重复提交。                                   | NEED_NOT   | 不需要
            可以不提供英文名称。                                       | NEED_NOT   | 可以不
            多个版本的数据元名称可以不同。                             | MAY        | 可以
            系统能够处理每秒 1000 次请求。                             | CAN        | 能够
            该接口不能返回二进制数据。                                 | CANNOT     | 不能
            不可能在离线状态下完成验证。                               | CANNOT     | 不可能
            高峰时段可能出现网络延迟。                                 | CAN        | 可能
            系统必须支持数字证书认证。                                 | NONE       |
            口令不可以明文形式存储。                                   | NONE       |
            该证书不可用于签名。                                       | NONE       |
            服务不可用时，客户端宜重试。                               | SHOULD     | 宜
            应用程序接口的响应时间见附录 A。                           | NONE       |
            政务数据开放 应用程序接口规范                              | NONE       |
            表示词与数据类型相对应。                                   | NONE       |
            供应商提供系统的适应性说明。                               | NONE       |
            应急预案由相关部门另行制定。                               | NONE       |
            系统的可靠性和可用性见第 5 章。                            | NONE       |
            电子证照的许可证号经主管部门认可。                         | NONE       |
            数据可视化平台的建设事宜由主管部门另行规定。               | NONE       |
            系统的功能和性能满足业务需要。                             | NONE       |
            智能客服的能力评估采用能源消耗统计。                       | NONE       |
            不可否认性是电子签名不可或缺的性质。                       | NONE       |
            本标准是推荐性国家标准，参见相关建议书。                   | NONE       |
            职能部门删除不必要的账户。                                 | NONE       |
            系统应具备身份认证能力。                                   | SHALL      | 应
            系统应能记录审计日志。                                     | SHALL      | 应
            应尽可能减少个人信息的采集。                               | SHALL      | 应
            本方法不应用于涉密信息系统。                               | SHALL_NOT  | 不应
            系统应支持数字证书认证和电子身份标识认证，可支持短信验证码认证。 | SHALL | 应
            办理涉及个人敏感信息的事项时，系统应要求二级及以上认证等级。 | SHALL   | 应
            会话空闲超过 30 分钟后应失效。                             | SHALL      | 应
            数据元宜同时给出英文名称，英文名称应采用 lowerCamelCase 形式。 | SHALL  | 应
            本文件规定了政务数据元的命名规则和标识规则。本文件适用于政务数据元目录的编制和维护。 | NONE |
            """)
    void readsChineseVerbalForms(String text, Obligation expected, String phrase) {
        Detection detection = detector.detect(text);

        assertThat(detection.obligation()).isEqualTo(expected);
        assertThat(detection.phrase()).isEqualTo(phrase == null ? "" : phrase);
        if (detection.found()) {
            assertThat(detection.language()).isEqualTo(Language.ZH);
            assertThat(text.substring(detection.offset(), detection.offset() + detection.length()))
                    .isEqualTo(detection.phrase());
        }
    }

    @Test
    void findAllGivesEveryFormWithItsOffsetInTextOrder() {
        String text = "Collections shall be paged. A response should contain at most 1000 items; clients may ask.";

        List<Match> matches = detector.findAll(text);

        assertThat(matches).extracting(Match::obligation)
                .containsExactly(Obligation.SHALL, Obligation.SHOULD, Obligation.MAY);
        assertThat(matches).allSatisfy(m -> assertThat(text.substring(m.offset(), m.end())).isEqualTo(m.phrase()));
        assertThat(matches.get(0).offset()).isEqualTo(12);
        assertThat(matches.get(1).offset()).isEqualTo(text.indexOf("should"));
    }

    @Test
    void findAllGivesChineseOffsetsInUtf16Chars() {
        String text = "系统不应以明文形式存储口令，可支持短信验证码认证。";

        List<Match> matches = detector.findAll(text);

        assertThat(matches).extracting(Match::phrase, Match::offset, Match::length)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("不应", 2, 2),
                        org.assertj.core.groups.Tuple.tuple("可", 14, 1));
    }

    @Test
    void negativeFormIsOneMatchNotTwo() {
        assertThat(detector.findAll("Passwords shall not be logged."))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.obligation()).isEqualTo(Obligation.SHALL_NOT);
                    assertThat(m.length()).isEqualTo("shall not".length());
                });
        assertThat(detector.findAll("口令不应以明文存储。")).singleElement()
                .extracting(Match::obligation).isEqualTo(Obligation.SHALL_NOT);
    }

    @Test
    void findAllHandlesTextsInBothLanguages() {
        String text = "The value shall be UTF-8（取值宜为 UTF-8）.";

        assertThat(detector.findAll(text)).extracting(Match::language, Match::obligation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Language.EN, Obligation.SHALL),
                        org.assertj.core.groups.Tuple.tuple(Language.ZH, Obligation.SHOULD));
    }

    @Test
    void mustIsAWarningNotAnObligation() {
        Detection english = detector.detect("The server must reject the request.");
        Detection chinese = detector.detect("系统必须支持数字证书认证。");

        assertThat(english.found()).isFalse();
        assertThat(english.warnings()).containsExactly(VerbalFormWarning.MUST_USED);
        assertThat(english.language()).isEqualTo(Language.EN);
        assertThat(chinese.found()).isFalse();
        assertThat(chinese.warnings()).containsExactly(VerbalFormWarning.MUST_USED);
        assertThat(chinese.language()).isEqualTo(Language.ZH);
        assertThat(detector.findAll("Servers MUST NOT cache it.")).singleElement()
                .satisfies(m -> {
                    assertThat(m.isVerbalForm()).isFalse();
                    assertThat(m.phrase()).isEqualTo("MUST NOT");
                });
    }

    @Test
    void mustBesideShallKeepsTheObligationAndTheWarning() {
        Detection detection = detector.detect("The server shall sign responses; keys must be kept in an HSM.");

        assertThat(detection.obligation()).isEqualTo(Obligation.SHALL);
        assertThat(detection.warnings()).containsExactly(VerbalFormWarning.MUST_USED);
    }

    @Test
    void mayNotAndBuKeAreWarningsForProhibitions() {
        assertThat(detector.detect("Clients may not cache the token.").warnings())
                .containsExactly(VerbalFormWarning.MAY_NOT_USED);
        assertThat(detector.detect("该证书不可用于签名。").warnings()).containsExactly(VerbalFormWarning.MAY_NOT_USED);
        assertThat(detector.detect("服务不可用时返回 503。").warnings()).isEmpty();
    }

    @Test
    void strongestLevelDecidesAndMixedLevelsAreFlagged() {
        Detection detection = detector.detect("Clients may ask for a smaller page; a response should be small "
                + "and the server shall not exceed 1000 items.");

        assertThat(detection.obligation()).isEqualTo(Obligation.SHALL_NOT);
        assertThat(detection.warnings()).containsExactly(VerbalFormWarning.MIXED_LEVELS);
    }

    @Test
    void firstOccurrenceDecidesWithinALevel() {
        assertThat(detector.detect("Tokens shall not be logged and shall expire.").obligation())
                .isEqualTo(Obligation.SHALL_NOT);
        assertThat(detector.detect("令牌应过期，不应写入日志。").obligation()).isEqualTo(Obligation.SHALL);
        assertThat(detector.detect("令牌应过期，不应写入日志。").warnings()).isEmpty();
    }

    @Test
    void textWithoutFormHasNoOffsetAndAGuessedLanguage() {
        Detection english = detector.detect("Scope of this document.");
        Detection chinese = detector.detect("范围");

        assertThat(english.offset()).isEqualTo(-1);
        assertThat(english.phrase()).isEmpty();
        assertThat(english.language()).isEqualTo(Language.EN);
        assertThat(chinese.language()).isEqualTo(Language.ZH);
    }

    @Test
    void nullAndEmptyTextHaveNoForm() {
        assertThat(detector.detect(null).obligation()).isEqualTo(Obligation.NONE);
        assertThat(detector.detect("").obligation()).isEqualTo(Obligation.NONE);
        assertThat(detector.findAll(null)).isEmpty();
    }

    @Test
    void wordsOnlyMatchWhole() {
        assertThat(detector.findAll("Shallow mayors of Canada, musters and canned cans-cannot")).extracting(Match::phrase)
                .containsExactly("cannot");
    }
}
