package org.pathwise.lrs.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The LRS's REST application, at the root of its context ({@code /xapi}). */
@ApplicationPath("/")
public class LrsApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.jsonFeature", "JacksonFeature");
    }
}
