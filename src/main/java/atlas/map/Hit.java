package atlas.map;

import atlas.state.FeatureRef;

/** Something under the pointer: what, how far from it in pixels, and how much it outranks others (higher wins). */
record Hit(FeatureRef ref, String label, double distancePx, int priority) {
    boolean beats(Hit o) {
        return o == null || priority > o.priority || (priority == o.priority && distancePx < o.distancePx);
    }
}
