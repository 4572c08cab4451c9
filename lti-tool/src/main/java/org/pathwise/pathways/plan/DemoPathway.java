package org.pathwise.pathways.plan;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.lti.demo.DemoPlatform;
import org.pathwise.lti.platforms.PlatformStore;
import org.pathwise.pathways.content.CourseContent.ModuleTags;
import org.pathwise.pathways.content.CourseContent.NodeRef;
import org.pathwise.pathways.content.CourseContent.Prerequisite;
import org.pathwise.pathways.content.CourseKey;
import org.pathwise.pathways.content.CourseService;
import org.pathwise.pathways.content.LibraryUnit;
import org.pathwise.pathways.content.PathwayRecord;
import org.pathwise.pathways.content.PathwayStore;
import org.pathwise.player.content.ContentLibrary;

/**
 * With the demo on, gives the demo LMS's course a personalized pathway over the sample Golf package
 * ({@code ContentPackagingOneFilePerSCO_SCORM12}, imported here if the library lacks it): a small golf competency framework,
 * each lesson and quiz tagged, Handicapping building on Playing, and two pathways: {@value #ID} for new players (every
 * lesson and quiz) and {@code demo-experienced} (the quizzes, which are pre-tests, first: passing one skips its lessons).
 */
@Singleton
@Startup
@DependsOn({"DemoContent", "DemoBootstrap"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoPathway {

    private static final Logger LOG = Logger.getLogger(DemoPathway.class.getName());
    public static final String ID = "demo";
    static final String SAMPLE = "scorm12/ContentPackagingOneFilePerSCO_SCORM12";
    static final String PACKAGE_TITLE = "Golf Explained - CP One File Per SCO";
    static final String FRAMEWORK = "id,name,parent_id\n"
            + "golf,Golf,\n"
            + "golf.playing,Playing the game,golf\n"
            + "golf.etiquette,Golf etiquette,golf\n"
            + "golf.handicapping,Handicapping,golf\n"
            + "golf.fun,Enjoying golf,golf\n";
    /** Item id prefix in the package to competency. */
    static final Map<String, String> TOPICS = Map.of(
            "playing_", "golf.playing",
            "etiquette_", "golf.etiquette",
            "handicapping_", "golf.handicapping",
            "havingfun_", "golf.fun");

    @Inject
    DemoPlatform demo;

    @Inject
    PlatformStore platforms;

    @Inject
    CourseService courses;

    @Inject
    PathwayStore pathways;

    @Inject
    ContentLibrary library;

    @Inject
    @ConfigProperty(name = "pathwise.demo.content-dir")
    Optional<String> contentDir;

    @PostConstruct
    void create() {
        if (!demo.enabled() || pathways.find(ID).isPresent()) {
            return;
        }
        try {
            Optional<CourseKey> course = platforms
                    .byIssuerAndClient(demo.issuer(), DemoPlatform.CLIENT_ID)
                    .map(p -> new CourseKey(p.id(), "demo-course"));
            List<LibraryUnit> units = golfUnits();
            if (units.isEmpty() && contentDir.isPresent()) {
                Path folder = Path.of(contentDir.get(), SAMPLE);
                if (Files.isDirectory(folder)) {
                    library.importFolder(folder, "demo");
                    units = golfUnits();
                }
            }
            if (course.isEmpty() || units.isEmpty()) {
                LOG.info("Demo pathway not created: the demo LMS or the sample Golf package is missing");
                return;
            }
            build(course.get(), units);
            int count = units.size();
            LOG.info(() -> "Demo pathway ready over " + count + " Golf units");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo pathway not created: " + e.getMessage(), e);
        }
    }

    private List<LibraryUnit> golfUnits() {
        return courses.units().values().stream()
                .filter(u -> PACKAGE_TITLE.equals(u.packageTitle()))
                .toList();
    }

    void build(CourseKey course, List<LibraryUnit> units) {
        courses.importFramework(course, FRAMEWORK.getBytes(StandardCharsets.UTF_8), true, "Golf basics");
        List<String> all = new ArrayList<>();
        List<String> quizzesFirst = new ArrayList<>();
        Map<String, String> quizOf = new LinkedHashMap<>();
        for (LibraryUnit u : units) {
            String topic = topic(u);
            if (topic == null) {
                continue;
            }
            boolean quiz = u.title().toLowerCase().contains("quiz");
            courses.tag(
                    course,
                    u.unitId(),
                    new ModuleTags(
                            quiz ? "PRE_TEST" : "LESSON", List.of(topic), quiz ? 0.5 : null, quiz ? 5 : 10, null));
            all.add(u.unitId());
            if (quiz) {
                quizOf.put(topic, u.unitId());
            }
        }
        courses.setPrerequisites(
                course,
                List.of(new Prerequisite(
                        new NodeRef("competency", "golf.handicapping"), new NodeRef("competency", "golf.playing"))));
        quizzesFirst.addAll(quizOf.values());
        all.stream().filter(u -> !quizOf.containsValue(u)).forEach(quizzesFirst::add);
        pathways.insert(new PathwayRecord(
                ID,
                course,
                "Demo pathway",
                "new-hire",
                all,
                PathwayRecord.Overrides.NONE,
                PathwayRecord.GradeMode.MASTERY,
                null));
        pathways.insert(new PathwayRecord(
                "demo-experienced",
                course,
                "Demo pathway for experienced players",
                "experienced",
                quizzesFirst,
                new PathwayRecord.Overrides(Map.of(), List.of(), new ArrayList<>(quizOf.values()), Map.of()),
                PathwayRecord.GradeMode.SCORE,
                null));
    }

    private static String topic(LibraryUnit u) {
        for (Map.Entry<String, String> e : TOPICS.entrySet()) {
            if (u.activityId().contains("/" + e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }
}
