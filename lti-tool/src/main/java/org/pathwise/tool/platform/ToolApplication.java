package org.pathwise.tool.platform;

import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The tool's REST application and pages, at the root of the server. It runs as a servlet filter (see web.xml) so
 * that static files fall through to the default servlet.
 */
public class ToolApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.jsonFeature", "JacksonFeature");
    }
}
