package org.pathwise.learning.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
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
        assertThat(json).contains("\"pInit\"", "\"baseHalfLife\"", "\"easiness\"");
    }

    @Test
    void perSkillWeightsSurviveAJsonRoundTrip() throws Exception {
        ModelParameters params =
                new LearnerModelFitter(FitSettings.DEFAULT).fit(LearnerModelFitterTest.syntheticRecord(new Random(3)));
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

        ModelParameters back = mapper.readValue(mapper.writeValueAsString(params), ModelParameters.class);

        assertThat(params.skills().values())
                .extracting(SkillParameters::weights)
                .doesNotContain(SkillWeights.NONE);
        assertThat(back.skill("s1").weights()).isEqualTo(params.skill("s1").weights());
    }

    @Test
    void skillWithoutWeightsInJsonReadsAsTheAverageSkill() throws Exception {
        String json = new String(
                getClass()
                        .getResourceAsStream("/model-parameters/skill-without-weights.json")
                        .readAllBytes(),
                StandardCharsets.UTF_8);

        SkillParameters skill = new ObjectMapper().readValue(json, SkillParameters.class);

        assertThat(skill.weights()).isEqualTo(SkillWeights.NONE);
    }
}
