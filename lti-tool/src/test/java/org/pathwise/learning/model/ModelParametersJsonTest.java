package org.pathwise.learning.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModelParametersJsonTest {

    @Test
    void fittedParametersSurviveAJsonRoundTrip() throws Exception {
        ModelParameters params =
                new LearnerModelFitter(FitSettings.DEFAULT).fit(LearnerModelFitterTest.syntheticRecord(new Random(2)));
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

        String json = mapper.writeValueAsString(params);

        assertThat(mapper.readValue(json, ModelParameters.class)).isEqualTo(params);
        assertThat(json).contains("\"pInit\"", "\"baseHalfLife\"");
    }
}
