package org.normative.app.gui.task;

/** What background work sees of its task: where to report progress, and whether someone pressed cancel. */
public interface Progress {

    void update(long done, long total, String message);

    boolean isCancelled();

    /** For work that cannot report steps. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
