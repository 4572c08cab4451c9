package org.pathwise.scorm.sequencing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathwise.scorm.manifest.Item;
import org.pathwise.scorm.manifest.Organization;
import org.pathwise.scorm.manifest.ScormManifest;

/** The activity tree of a package's default organization, indexed by identifier. */
public final class ActivityTree {

    private final Activity root;
    private final Map<String, Activity> byId = new LinkedHashMap<>();

    private ActivityTree(Activity root) {
        this.root = root;
        index(root);
    }

    public static ActivityTree of(ScormManifest manifest) {
        Organization org = manifest.organization();
        Activity root = new Activity(org.identifier(), org.title(), true, false, org.sequencing());
        org.items().forEach(i -> root.add(activity(i)));
        return new ActivityTree(root);
    }

    private static Activity activity(Item item) {
        Activity a =
                new Activity(item.identifier(), item.title(), item.visible(), item.isLaunchable(), item.sequencing());
        item.children().forEach(c -> a.add(activity(c)));
        return a;
    }

    private void index(Activity a) {
        byId.put(a.id(), a);
        a.children().forEach(this::index);
    }

    public Activity root() {
        return root;
    }

    public Optional<Activity> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** Every activity, root first, depth first in manifest order. */
    public List<Activity> all() {
        return List.copyOf(byId.values());
    }
}
