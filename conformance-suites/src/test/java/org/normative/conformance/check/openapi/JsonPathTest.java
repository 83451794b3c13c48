package org.normative.conformance.check.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.normative.conformance.check.Limits;
import org.normative.conformance.check.RecordingCheckContext;
import org.normative.conformance.input.json.HardenedJsonReader;
import org.normative.conformance.input.json.JsonFormat;

/** The JSONPath-plus dialect of Spectral's rule sets, on a small description. */
class JsonPathTest {

    private static final String API = """
            openapi: 3.0.3
            info: {title: T, version: "1", x-api-type: standard}
            paths:
              /a:
                parameters:
                  - {name: trace, in: header}
                get:
                  operationId: getA
                  parameters:
                    - {name: page, in: query}
                    - {name: id, in: path}
                  responses:
                    "200": {description: ok}
                    "404": {$ref: "#/components/responses/NotFound"}
                post:
                  responses:
                    "201": {description: created}
              /b:
                get:
                  operationId: getB
                  parameters:
                    - {$ref: "#/components/parameters/limit"}
            components:
              parameters:
                limit: {name: limit, in: query}
              responses:
                NotFound: {description: gone}
            """;

    private static List<String> select(String path) throws Exception {
        return select(path, ApiDocument.resolved(root()));
    }

    private static List<String> select(String path, ApiDocument document) throws Exception {
        return JsonPath.parse(path).select(document, document.root(), document.root(), RecordingCheckContext.standalone())
                .stream().map(node -> node.name ? "~" + node.key : node.pointer()).toList();
    }

    private static JsonNode root() throws Exception {
        return new HardenedJsonReader(Limits.DEFAULT)
                .read(new ByteArrayInputStream(API.getBytes(StandardCharsets.UTF_8)), JsonFormat.YAML, "api.yaml").root();
    }

    @Test
    void membersWildcardsUnionsAndIndexes() throws Exception {
        assertThat(select("$.paths.*~")).containsExactly("~/a", "~/b");
        assertThat(select("$.paths['/a'].get.parameters[1].name")).containsExactly("/paths/~1a/get/parameters/1/name");
        assertThat(select("$.paths[\"/a\"][get,post].responses.*~")).containsExactly("~200", "~404", "~201");
        assertThat(select("$.paths['/a'].get.parameters[-1:]")).containsExactly("/paths/~1a/get/parameters/1");
        assertThat(select("$.paths['/a'].get.parameters[0:1].name")).containsExactly("/paths/~1a/get/parameters/0/name");
        assertThat(select("$")).containsExactly("");
    }

    @Test
    void filtersAsRuleSetsWriteThem() throws Exception {
        assertThat(select("$.paths[*][?(@.operationId)]")).containsExactly("/paths/~1a/get", "/paths/~1b/get");
        assertThat(select("$..parameters[?(@.in == 'query')].name"))
                .containsExactly("/paths/~1a/get/parameters/0/name", "/paths/~1b/get/parameters/0/name");
        assertThat(select("$.paths.*[?(@property === 'get' && @root.info['x-api-type'] !== 'pygeoapi')]"))
                .containsExactly("/paths/~1a/get", "/paths/~1b/get");
        assertThat(select("$.paths.*.get.responses[?(@property >= '400' && @property < '600')]"))
                .containsExactly("/paths/~1a/get/responses/404");
        assertThat(select("$.paths.*[?(@property.match(/^(get|post)$/i) && !@.operationId)]"))
                .containsExactly("/paths/~1a/post");
        assertThat(select("$.paths.*.*.parameters[?(@path.includes('/a') && @.name.startsWith('p'))]"))
                .containsExactly("/paths/~1a/get/parameters/0");
        assertThat(select("$.info[?(@property === 'title')]^")).containsExactly("/info");
        assertThat(select("$..[?(@ && typeof @.in === 'string' && @.in != 'query')].name"))
                .containsExactly("/paths/~1a/parameters/0/name", "/paths/~1a/get/parameters/1/name");
    }

    @Test
    void referencesAreResolvedOnlyWhenTheRuleAsksForIt() throws Exception {
        assertThat(select("$.paths['/b'].get.parameters[0].name")).containsExactly("/paths/~1b/get/parameters/0/name");
        assertThat(select("$.paths['/b'].get.parameters[0].name", ApiDocument.raw(root()))).isEmpty();
        assertThat(select("$.paths['/b'].get.parameters[0].$ref", ApiDocument.raw(root()))).hasSize(1);
        // where the value lies in the file: the component
        ApiDocument resolved = ApiDocument.resolved(root());
        assertThat(JsonPath.parse("$.paths['/b'].get.parameters[0].name").select(resolved, resolved.root(), resolved.root(),
                RecordingCheckContext.standalone()).get(0).source).isEqualTo("/components/parameters/limit/name");
    }

    @Test
    void whatTheDialectDoesNotHaveIsRefusedWithThePosition() {
        assertThatThrownBy(() -> JsonPath.parse("$.paths[(@.length-1)]")).isInstanceOf(UnsupportedPathException.class);
        assertThatThrownBy(() -> JsonPath.parse("$.paths[?(@.x = 1)]")).isInstanceOf(UnsupportedPathException.class)
                .satisfies(e -> assertThat(((UnsupportedPathException) e).position).isPositive());
        assertThatThrownBy(() -> JsonPath.parse("$.paths[?(@.name.replace('a', 'b'))]")).isInstanceOf(UnsupportedPathException.class);
        assertThatThrownBy(() -> JsonPath.parse("paths.*")).isInstanceOf(UnsupportedPathException.class);
        assertThatThrownBy(() -> JsonPath.parse("$.paths[?(@.a == 'x')")).isInstanceOf(UnsupportedPathException.class);
    }

    @Test
    void javaScriptRegularExpressionsCompileForJava() {
        assertThat(JsRegex.compile("^(([\\/a-z][a-z0-9\\-\\/]*)?({[^}]*})?)+$").matcher("/results/{resultId}").matches()).isTrue();
        assertThat(JsRegex.compile("/V[0-9]+/i").matcher("/api/v2/x").find()).isTrue();
        assertThat(JsRegex.compile("//").matcher("/a//b").find()).isTrue();
        assertThat(JsRegex.compile("//").matcher("/a/b").find()).isFalse();
        assertThat(JsRegex.compile("^[^]*$").matcher("a\nb").find()).isTrue();
        assertThat(JsRegex.compile("a{2}").matcher("aa").matches()).isTrue();
        assertThat(JsRegex.compile("[[&]").matcher("&").matches()).isTrue();
    }
}
