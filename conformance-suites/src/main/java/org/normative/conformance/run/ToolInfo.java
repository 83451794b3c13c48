package org.normative.conformance.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The tool's name and version and the versions of the engines behind the checks, as a run record states them
 * (written into {@code tool.properties} by the build).
 */
public record ToolInfo(String name, String version, Map<String, String> engines) {

    public ToolInfo {
        engines = Map.copyOf(engines);
    }

    public static ToolInfo current() {
        Properties properties = new Properties();
        try (InputStream in = ToolInfo.class.getResourceAsStream("/org/normative/conformance/tool.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // a build without the file still runs; it says "development"
        }
        Map<String, String> engines = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("engine.")) {
                engines.put(key.substring("engine.".length()), properties.getProperty(key));
            }
        }
        engines.put("Java", System.getProperty("java.version"));
        return new ToolInfo(properties.getProperty("name", "Normative"), properties.getProperty("version", "development"), engines);
    }
}
