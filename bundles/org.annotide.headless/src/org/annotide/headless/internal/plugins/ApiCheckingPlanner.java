package org.annotide.headless.internal.plugins;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.query.IQueryResult;

/**
 * p2's planner with Annotide's API check: a plan p2 cannot make because a plug-in needs a package or bundle version
 * the product lacks gets, first in its status, the lines of {@link ApiCheck} naming both versions (p2's own
 * explanation names only the range asked for). Everything else is p2's planner unchanged. The workbench's Install
 * New Software wizard asks the running agent's planner for every plan, so it shows these lines and cannot finish;
 * {@link PlannerGuard} puts this planner there.
 */
public final class ApiCheckingPlanner implements IPlanner {

    /** The plug-in id of the statuses this planner adds. */
    public static final String PLUGIN_ID = "org.annotide.headless";

    private final IPlanner delegate;

    public ApiCheckingPlanner(IPlanner delegate) {
        this.delegate = delegate;
    }

    IPlanner delegate() {
        return delegate;
    }

    @Override
    public IProvisioningPlan getProvisioningPlan(IProfileChangeRequest request, ProvisioningContext context,
            IProgressMonitor monitor) {
        IProvisioningPlan plan = delegate.getProvisioningPlan(request, context, monitor);
        if (plan == null || plan.getStatus() == null || plan.getStatus().getSeverity() != IStatus.ERROR
                || request.getAdditions().isEmpty()) {
            return plan;
        }
        List<String> problems = ApiCheck.unmet(request.getAdditions(), context.getMetadata(null), plan.getProfile());
        if (!problems.isEmpty()) {
            plan.setStatus(refusal(problems, plan.getStatus()));
        }
        return plan;
    }

    /** The error status of a refused change: one child per problem, then p2's own explanation. */
    static IStatus refusal(List<String> problems, IStatus p2Status) {
        MultiStatus status = new MultiStatus(PLUGIN_ID, 0,
                "Annotide cannot install this: nothing was installed:\n  " + String.join("\n  ", problems), null);
        for (String problem : problems) {
            status.add(new Status(IStatus.ERROR, PLUGIN_ID, problem));
        }
        if (p2Status != null) {
            status.add(p2Status);
        }
        return status;
    }

    @Override
    public IProvisioningPlan getDiffPlan(IProfile current, IProfile target, IProgressMonitor monitor) {
        return delegate.getDiffPlan(current, target, monitor);
    }

    @Override
    public IProfileChangeRequest createChangeRequest(IProfile profile) {
        return delegate.createChangeRequest(profile);
    }

    @Override
    public IQueryResult<IInstallableUnit> updatesFor(IInstallableUnit unit, ProvisioningContext context,
            IProgressMonitor monitor) {
        return delegate.updatesFor(unit, context, monitor);
    }
}
