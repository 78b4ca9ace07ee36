package org.annotide.ui.internal;

import org.annotide.ui.AnnotideUi;
import org.annotide.ui.ProjectService;
import org.annotide.ui.UserSession;
import org.annotide.ui.login.LoginDialog;
import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.ide.IDE;

/** Workbench life cycle: the Annotide perspective, the demo project on first start, clean shutdown. */
public final class AnnotideWorkbenchAdvisor extends WorkbenchAdvisor {

    /** The IDE's Welcome (intro) command. */
    static final String WELCOME_COMMAND = "org.eclipse.ui.help.quickStartAction";

    private ContributionProblemNotifier problems;

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
        IDE.registerAdapters();
        WorkbenchImages.declare(configurer);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return AnnotideUi.PERSPECTIVE_ID;
    }

    @Override
    public org.eclipse.core.runtime.IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    /**
     * Opens the windows as the base class does, with a {@link WakeUpHeartbeat} meanwhile: the base class waits for its
     * start thread in {@code Display.sleep()} until that thread calls {@code Display.wake()}, which SWT on GTK can lose.
     * Without it a restart took 5 s longer in 5 of 35 (a thread dump showed the UI thread asleep there, the start
     * thread gone); with it in none of 35, the others as fast.
     */
    @Override
    public boolean openWindows() {
        return WakeUpHeartbeat.during(getWorkbenchConfigurer().getWorkbench().getDisplay(), OPENING_HEARTBEAT_MS,
                super::openWindows);
    }

    /** How long a lost wake-up can hold the UI thread while the windows open. */
    static final int OPENING_HEARTBEAT_MS = 20;

    @Override
    public void preStartup() {
        DemoWorkspace.ensureDemoProject();
        // a restored window's parts, before they are rendered: their tabs draw no SVG icon, so jsvg is not loaded for
        // the first frame (AnnotideWindowAdvisor.postWindowCreate does the same for what the window adds)
        MApplication application = PlatformUI.getWorkbench().getService(MApplication.class);
        if (application != null) {
            PngIcons.preferPng(application);
        }
    }

    @Override
    public void postStartup() {
        removeWelcomeCommand();
        DemoWorkspace.showDemoIfNew(PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        problems = ContributionProblemNotifier.start(PlatformUI.getWorkbench().getDisplay());
        // from the event loop, not before postStartup returns: the workbench starts its early-startup contributions
        // (the editor's first-image warm-up) only after postStartup, so they now run while the user types a password
        PlatformUI.getWorkbench().getDisplay().asyncExec(AnnotideWorkbenchAdvisor::logInAtStart);
        // the mirrors of kept server logins connect again without asking (in a job: the servers may be slow or away)
        org.annotide.ui.internal.server.ServerLogins.reconnect(PlatformUI.getWorkbench().getDisplay()).schedule();
    }

    /**
     * Ctrl+3 lists every defined command that has a handler, whatever the activities hide: its "Welcome - Show help
     * for beginning users" only said "no welcome content". Annotide has no intro, so the command is undefined.
     */
    private static void removeWelcomeCommand() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        Command welcome = commands == null ? null : commands.getCommand(WELCOME_COMMAND);
        if (welcome != null && welcome.isDefined()) {
            welcome.undefine();
        }
    }

    /**
     * Log in at start; on the first start of a workspace the dialog creates the Admin. Not while a test harness
     * drives the workbench (the UI tests log in through the same dialog themselves, and a modal dialog at start
     * would block every other test); -Dannotide.login=ask asks even then.
     */
    private static void logInAtStart() {
        boolean harness = PlatformUI.getTestableObject().getTestHarness() != null;
        if (PlatformUI.getWorkbench().isClosing() || harness && !"ask".equals(System.getProperty("annotide.login"))) {
            return;
        }
        UserSession session = PlatformUI.getWorkbench().getService(UserSession.class);
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (session != null && session.current() == null && window != null) {
            new LoginDialog(window.getShell(), session).open();
        }
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new AnnotideWindowAdvisor(configurer);
    }

    @Override
    public boolean preShutdown() {
        if (problems != null) {
            problems.stop();
        }
        ProjectService projects = PlatformUI.getWorkbench().getService(ProjectService.class);
        if (projects != null) {
            projects.closeAll();
        }
        return true;
    }

    @Override
    public void postShutdown() {
        try {
            ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
        } catch (CoreException e) {
            ILog.of(getClass()).error("Saving the workspace failed", e);
        }
    }
}
