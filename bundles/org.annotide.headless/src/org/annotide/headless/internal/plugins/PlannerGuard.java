package org.annotide.headless.internal.plugins;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.planner.IPlanner;

/**
 * Declarative Services component: puts {@link ApiCheckingPlanner} in front of the running p2 agent's planner, the one
 * the workbench's Install New Software and Check for Updates ask (through p2's operations), so that an install
 * from the workbench gets the same API check with both versions as {@code annotide-cli plugins install}; takes it
 * away again when the agent goes.
 */
public final class PlannerGuard {

    private IProvisioningAgent agent;
    private IPlanner original;

    public void setAgent(IProvisioningAgent agent) {
        this.agent = agent;
    }

    public void unsetAgent(IProvisioningAgent agent) {
        if (this.agent == agent) {
            this.agent = null;
        }
    }

    public void activate() {
        IPlanner planner = agent.getService(IPlanner.class);
        if (planner == null || planner instanceof ApiCheckingPlanner) {
            return;
        }
        original = planner;
        agent.registerService(IPlanner.SERVICE_NAME, new ApiCheckingPlanner(planner));
    }

    public void deactivate() {
        if (agent != null && original != null && agent.getService(IPlanner.class) instanceof ApiCheckingPlanner) {
            agent.registerService(IPlanner.SERVICE_NAME, original);
        }
        original = null;
    }
}
