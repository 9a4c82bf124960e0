package org.knime.core.data.filestore.internal;

import org.knime.core.data.IDataRepository;

/** Stand-in for the knime-core data repository used outside a workflow, for example in tests. */
public final class NotInWorkflowDataRepository implements IDataRepository {

    private NotInWorkflowDataRepository() {
    }

    public static NotInWorkflowDataRepository newInstance() {
        return new NotInWorkflowDataRepository();
    }
}
