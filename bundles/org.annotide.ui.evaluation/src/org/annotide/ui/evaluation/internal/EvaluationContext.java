package org.annotide.ui.evaluation.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.annotide.access.Account;
import org.annotide.access.Action;
import org.annotide.benchmark.TrainingProjects;
import org.annotide.benchmark.TrainingSession;
import org.annotide.client.RemoteProject;
import org.annotide.core.store.ProjectStore;
import org.annotide.metrics.SimilarityRegistry;
import org.annotide.model.AnnotidePackage;
import org.annotide.ui.ProjectService;
import org.annotide.ui.Selections;
import org.annotide.ui.UserSession;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;

/**
 * What the trainer-evaluation views show: the training project picked in the explorer (the last one selected), as
 * a {@link TrainingSession} over the workbench's own store of it, and the logged-in user. The views listen here
 * and rebuild when either changes, or when the project's model changes (a submission, a re-scoring, a trainee).
 * A team server's project whose mirror holds a training project ({@link RemoteProject}) is shown through a
 * {@link TrainingSession#mirrored mirrored} session, for the user the mirror works for (the server's login and the
 * role held in that project: what the mirror holds is what the server shows that user), and follows the server's
 * changes, which reach the model outside the command stack. One per workbench, inside this bundle; lives on the UI thread.
 */
public final class EvaluationContext {

    private static EvaluationContext instance;

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final UserSession users;
    private final ProjectService projects;
    private IProject project;
    private TrainingSession session;
    private final CommandStackListener modelListener = event -> changed();
    /**
     * The mirror shown, whose server account (with the role held in that project) the views act for; null for a
     * local training project.
     */
    private RemoteProject mirror;
    /** Whether a refresh for the server's changes is queued on the UI thread: one for a burst of changes. */
    private boolean queued;
    /** Follows a mirror's training project, which the sync engine changes outside the command stack. */
    private final EContentAdapter serverChanges = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                serverChanged();
            }
        }
    };
    /**
     * Follows a mirror's project metadata, where the training settings are (skill bands, instructions, the saved
     * function): the sync engine replaces an entry the server changed, which the project itself tells.
     */
    private final Adapter serverSettings = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (!notification.isTouch() && notification.getFeature() == AnnotidePackage.Literals.PROJECT__METADATA) {
                serverChanged();
            }
        }
    };

    private void serverChanged() {
        if (!queued) {
            queued = true;
            Display.getDefault().asyncExec(() -> {
                queued = false;
                changed();
            });
        }
    }

    private final ISelectionListener selectionListener = (IWorkbenchPart part, ISelection selection) -> {
        IProject picked = trainingProjectIn(selection);
        if (picked != null && picked != project) {
            show(picked);
        }
    };

    private final ProjectService.Listener closing = new ProjectService.Listener() {
        @Override
        public void opened(IProject opened, ProjectStore store) {
        }

        @Override
        public void closed(IProject closed) {
            if (closed.equals(project)) {
                Display.getDefault().asyncExec(() -> show(null));
            }
        }
    };

    private final UserSession.Listener userListener = user -> changed();

    private EvaluationContext() {
        users = PlatformUI.getWorkbench().getService(UserSession.class);
        projects = PlatformUI.getWorkbench().getService(ProjectService.class);
        users.addListener(userListener);
        projects.addListener(closing);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getSelectionService().addPostSelectionListener(
                selectionListener);
    }

    /** The workbench's context (made on first use, on the UI thread). */
    public static synchronized EvaluationContext get() {
        if (instance == null) {
            instance = new EvaluationContext();
        }
        return instance;
    }

    public UserSession users() {
        return users;
    }

    /** Who the views act for: the logged-in user, or for a server's training project the mirror's server account. */
    public Account user() {
        return mirror != null ? mirror.account() : users.current(); // asked each time: a connection may change the role
    }

    public boolean may(Action action) {
        return session != null && users.permissions().may(user(), action, session.trainingProject());
    }

    /** The permission service's reason why the views' user may not do this to the target. */
    public String denial(Action action, Object target) {
        return users.permissions().denial(user(), action, target);
    }

    /** The training project shown, or null. */
    public TrainingSession session() {
        return session;
    }

    public IProject project() {
        return project;
    }

    /** Shows a workspace project (a training project), or nothing with null. */
    public void show(IProject next) {
        if (session != null) {
            session.store().commandStack().removeCommandStackListener(modelListener);
            session.trainingProject().eAdapters().remove(serverChanges);
            session.store().project().eAdapters().remove(serverSettings);
            session.close();
            session = null;
        }
        project = null;
        mirror = null;
        if (next != null && isTrainingProject(next)) {
            ProjectStore store = projects.store(next);
            session = TrainingSession.over(store.folder(), store, users.permissions(),
                    SimilarityRegistry.fromExtensions());
            store.commandStack().addCommandStackListener(modelListener);
            project = next;
        } else if (next != null && mirrorWithTraining(next) != null) {
            RemoteProject remote = mirrorWithTraining(next);
            session = TrainingSession.mirrored(remote.store(), users.permissions(), remote.trainingServer());
            mirror = remote;
            remote.store().commandStack().addCommandStackListener(modelListener);
            session.trainingProject().eAdapters().add(serverChanges);
            remote.store().project().eAdapters().add(serverSettings);
            project = next;
        }
        changed();
    }

    /** The connected mirror of a project whose model holds a server's training project, or null. */
    private RemoteProject mirrorWithTraining(IProject candidate) {
        if (candidate == null || !candidate.isOpen() || candidate.getLocation() == null
                || !RemoteProject.isMirror(Path.of(candidate.getLocation().toOSString()))) {
            return null;
        }
        RemoteProject remote;
        try {
            remote = RemoteProject.of(projects.store(candidate)); // null while not connected (read-only)
        } catch (RuntimeException e) {
            return null; // it does not open: the explorer says why
        }
        return remote != null && !remote.store().project().getTrainingProjects().isEmpty() ? remote : null;
    }

    static boolean isTrainingProject(IProject project) {
        return project != null && project.isOpen() && project.getLocation() != null
                && TrainingProjects.isTrainingProject(Path.of(project.getLocation().toOSString()));
    }

    private IProject trainingProjectIn(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return null;
        }
        Object first = structured.getFirstElement();
        if (first instanceof IProject candidate) {
            return isTrainingProject(candidate) || mirrorWithTraining(candidate) != null ? candidate : null;
        }
        ProjectStore store = Selections.store(selection);
        IProject owner = store == null ? null : projects.project(store);
        return isTrainingProject(owner) || mirrorWithTraining(owner) != null ? owner : null;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        Display display = Display.getDefault();
        Runnable notify = () -> listeners.forEach(Runnable::run);
        if (display.getThread() == Thread.currentThread()) {
            notify.run();
        } else {
            display.asyncExec(notify);
        }
    }

    /** One line for the views' headers: who is logged in and which training project is shown. */
    public String header() {
        Account user = user();
        String who = user == null ? "Nobody is logged in (File > Switch User...)"
                : (mirror != null ? "On the server as " : "Logged in as ") + user.login() + " ("
                        + Account.roleName(user.role()) + ")";
        String what = session == null ? "no training project selected (pick one in the Project Explorer)"
                : "training project " + session.trainingProject().getName();
        return who + "  \u2014  " + what;
    }
}
