package org.annotide.ui.evaluation.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annotide.access.Account;
import org.annotide.access.Action;
import org.annotide.access.PermissionDeniedException;
import org.annotide.access.UserDirectory;
import org.annotide.benchmark.Ontology;
import org.annotide.benchmark.ScoringFunctionSpec;
import org.annotide.benchmark.ScoringFunctionSpec.Weights;
import org.annotide.benchmark.SourceStatus;
import org.annotide.benchmark.TrainingProjects;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Role;
import org.annotide.model.ScoringMode;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.ProjectService;
import org.annotide.ui.UserSession;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * New Training Project, the seed's steps: (1) name and description; (2) one or more source projects, whose
 * ontologies must be exactly the same (the page lists every difference and refuses to go on) and which are fixed
 * once the project is created; (3) the benchmark (scoring) function: mode and the weights per class; (4) the
 * trainees, Annotators of the workspace ticked individually or all at once, and new ones by login (they set a
 * password at their first login). Finish creates the project folder in the workspace (the ground truth frozen in
 * its {@code ground-truth/}, a copy of every benchmark task per trainee) and adds it to the Project Explorer.
 */
public final class NewTrainingProjectWizard extends Wizard {

    static final String ROLE = EvaluationViewPart.ROLE;

    private final UserSession users;
    private final ProjectService projects;
    final NamePage namePage = new NamePage();
    final SourcesPage sourcesPage = new SourcesPage();
    final FunctionPage functionPage = new FunctionPage();
    final TraineesPage traineesPage = new TraineesPage();
    /** The workspace project made by Finish. */
    IProject created;

    public NewTrainingProjectWizard(UserSession users, ProjectService projects) {
        this.users = users;
        this.projects = projects;
        setWindowTitle("New Training Project");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(namePage);
        addPage(sourcesPage);
        addPage(functionPage);
        addPage(traineesPage);
    }

    static Text text(Composite parent, int style, String role) {
        Text text = new Text(parent, style);
        text.setData(ROLE, role);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        return text;
    }

    /** Step 1: name and description. */
    final class NamePage extends WizardPage {
        Text name;
        Text description;

        NamePage() {
            super("name", "Name and description", null);
            setDescription("The training project's name (its folder in the workspace) and what it trains.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite page = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
            new Label(page, SWT.NONE).setText("&Name:");
            name = text(page, SWT.BORDER, "wizard.name");
            new Label(page, SWT.NONE).setText("&Description:");
            description = text(page, SWT.BORDER | SWT.MULTI | SWT.WRAP, "wizard.description");
            ((org.eclipse.swt.layout.GridData) description.getLayoutData()).heightHint = 60;
            name.addListener(SWT.Modify, e -> validate());
            setControl(page);
            validate();
        }

        private void validate() {
            String value = name.getText().trim();
            String problem = null;
            if (value.isEmpty()) {
                problem = "Name the training project.";
            } else {
                IWorkspace workspace = ResourcesPlugin.getWorkspace();
                var valid = workspace.validateName(value, IResource.PROJECT);
                if (!valid.isOK()) {
                    problem = valid.getMessage();
                } else if (workspace.getRoot().getProject(value).exists()
                        || workspace.getRoot().getLocation().append(value).toFile().exists()) {
                    problem = "There is already a project or folder named " + value + " in the workspace.";
                }
            }
            setErrorMessage(value.isEmpty() ? null : problem);
            setPageComplete(problem == null);
        }
    }

    /** Step 2: the source projects; their ontologies must be equal. */
    final class SourcesPage extends WizardPage {
        Table table;
        Label ontology;

        SourcesPage() {
            super("sources", "Source projects", null);
            setDescription("The projects whose In review and Completed tasks are the ground truth. Their ontologies "
                    + "must be exactly the same. They are fixed once the project is created.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite page = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().applyTo(page);
            table = new Table(page, SWT.BORDER | SWT.CHECK | SWT.V_SCROLL);
            table.setData(ROLE, "wizard.sources");
            GridDataFactory.fillDefaults().grab(true, true).hint(400, 150).applyTo(table);
            for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
                if (!isSourceCandidate(project)) {
                    continue;
                }
                TableItem item = new TableItem(table, SWT.NONE);
                item.setData(project);
                item.setText(project.getName() + "  (" + groundTruthTasks(project) + " ground-truth tasks)");
            }
            table.addListener(SWT.Selection, e -> validate());
            ontology = new Label(page, SWT.WRAP);
            ontology.setData(ROLE, "wizard.ontology");
            GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(ontology);
            setControl(page);
            validate();
        }

        private boolean isSourceCandidate(IProject project) {
            try {
                return project.isOpen() && project.hasNature(AnnotideUi.PROJECT_NATURE_ID)
                        && !EvaluationContext.isTrainingProject(project);
            } catch (CoreException e) {
                return false;
            }
        }

        private int groundTruthTasks(IProject project) {
            try {
                int count = 0;
                for (ImageAsset image : projects.store(project).project().getImages()) {
                    count += SourceStatus.of(image).isGroundTruth() ? 1 : 0;
                }
                return count;
            } catch (RuntimeException e) {
                return 0;
            }
        }

        List<IProject> checked() {
            List<IProject> sources = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                if (item.getChecked()) {
                    sources.add((IProject) item.getData());
                }
            }
            return sources;
        }

        /** The ontology of the first checked source, or none. */
        List<LabelClass> classes() {
            List<IProject> sources = checked();
            return sources.isEmpty() ? List.of() : projects.store(sources.get(0)).project().getLabelClasses();
        }

        void validate() {
            List<IProject> sources = checked();
            List<String> differences = new ArrayList<>();
            for (int i = 1; i < sources.size(); i++) {
                differences.addAll(Ontology.differences(classes(), sources.get(0).getName(),
                        projects.store(sources.get(i)).project().getLabelClasses(), sources.get(i).getName()));
            }
            if (sources.isEmpty()) {
                ontology.setText("");
                setErrorMessage(null);
                setPageComplete(false);
            } else if (!differences.isEmpty()) {
                ontology.setText("The ontologies differ:\n" + String.join("\n", differences));
                setErrorMessage("The source projects must have exactly the same ontology (see below).");
                setPageComplete(false);
            } else {
                ontology.setText("Ontology: " + String.join(", ", classes().stream().map(LabelClass::getName)
                        .toList()));
                setErrorMessage(null);
                setPageComplete(true);
            }
            ((Composite) getControl()).layout(true, true);
        }

        @Override
        public void setVisible(boolean visible) {
            super.setVisible(visible);
        }
    }

    /** Step 3: the benchmark function. */
    final class FunctionPage extends WizardPage {
        Combo mode;
        Composite grid;
        final Map<String, Text[]> weights = new LinkedHashMap<>();

        FunctionPage() {
            super("function", "Benchmark function", null);
            setDescription("How submissions are scored: per class an IoU weight and a category weight (100 and 100 "
                    + "by default), or single frame-level classification only.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite page = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().applyTo(page);
            mode = new Combo(page, SWT.READ_ONLY);
            mode.setItems("Dynamic (shape similarity and category)", "Single frame-level classification only");
            mode.select(0);
            mode.setData(ROLE, "wizard.mode");
            grid = new Composite(page, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(3).applyTo(grid);
            GridDataFactory.fillDefaults().grab(true, true).applyTo(grid);
            setControl(page);
        }

        @Override
        public void setVisible(boolean visible) {
            if (visible) {
                List<String> names = sourcesPage.classes().stream().map(LabelClass::getName).toList();
                if (!names.equals(new ArrayList<>(weights.keySet()))) {
                    for (Control child : grid.getChildren()) {
                        child.dispose();
                    }
                    weights.clear();
                    new Label(grid, SWT.NONE).setText("Class");
                    new Label(grid, SWT.NONE).setText("IoU weight");
                    new Label(grid, SWT.NONE).setText("Category weight");
                    for (String name : names) {
                        new Label(grid, SWT.NONE).setText(name);
                        weights.put(name, new Text[] {text(grid, SWT.BORDER | SWT.RIGHT, "wizard.iou." + name),
                                text(grid, SWT.BORDER | SWT.RIGHT, "wizard.category." + name)});
                        weights.get(name)[0].setText("100");
                        weights.get(name)[1].setText("100");
                    }
                    grid.layout(true, true);
                }
            }
            super.setVisible(visible);
        }

        ScoringFunctionSpec function() {
            Map<String, Weights> classes = new LinkedHashMap<>();
            for (Map.Entry<String, Text[]> entry : weights.entrySet()) {
                try {
                    classes.put(entry.getKey(), new Weights(Double.parseDouble(entry.getValue()[0].getText().trim()),
                            Double.parseDouble(entry.getValue()[1].getText().trim())));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("the weights of " + entry.getKey() + " must be numbers");
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(entry.getKey() + ": " + e.getMessage());
                }
            }
            return new ScoringFunctionSpec(mode.getSelectionIndex() == 1 ? ScoringMode.CLASSIFICATION
                    : ScoringMode.DYNAMIC, classes);
        }
    }

    /** Step 4: the trainees. */
    final class TraineesPage extends WizardPage {
        Table table;
        Text invite;

        TraineesPage() {
            super("trainees", "Trainees", null);
            setDescription("The Annotators to train: tick them one by one, or all with the first row's box; new "
                    + "ones by login, separated by commas (they set a password at their first login).");
        }

        @Override
        public void createControl(Composite parent) {
            Composite page = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
            table = new Table(page, SWT.BORDER | SWT.CHECK | SWT.V_SCROLL);
            table.setData(ROLE, "wizard.trainees");
            GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(400, 150).applyTo(table);
            TableItem everyone = new TableItem(table, SWT.NONE);
            everyone.setText("All Annotators");
            try {
                for (Account account : users.directory().accounts()) {
                    if (account.role() == Role.ANNOTATOR) {
                        TableItem item = new TableItem(table, SWT.NONE);
                        item.setText(account.login() + (account.displayName().equals(account.login()) ? ""
                                : " (" + account.displayName() + ")"));
                        item.setData(account);
                    }
                }
            } catch (IOException e) {
                setErrorMessage("The workspace's users cannot be read: " + e.getMessage());
            }
            table.addListener(SWT.Selection, e -> {
                if (e.detail == SWT.CHECK && e.item == everyone) {
                    for (TableItem item : table.getItems()) {
                        item.setChecked(everyone.getChecked());
                    }
                }
            });
            new Label(page, SWT.NONE).setText("&New trainees:");
            invite = text(page, SWT.BORDER, "wizard.invite");
            setControl(page);
        }

        List<Account> checked() {
            List<Account> accounts = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                if (item.getChecked() && item.getData() instanceof Account account) {
                    accounts.add(account);
                }
            }
            return accounts;
        }

        List<String> invited() {
            List<String> logins = new ArrayList<>();
            for (String login : invite.getText().split(",")) {
                if (!login.isBlank()) {
                    logins.add(login.trim());
                }
            }
            return logins;
        }
    }

    @Override
    public boolean canFinish() {
        return namePage.isPageComplete() && sourcesPage.isPageComplete() && getContainer().getCurrentPage()
                == traineesPage;
    }

    @Override
    public boolean performFinish() {
        WizardPage page = (WizardPage) getContainer().getCurrentPage();
        Account creator = users.current();
        try {
            users.permissions().check(creator, Action.VIEW_BENCHMARK_SOURCE, null);
            ScoringFunctionSpec function = functionPage.function();
            List<Account> trainees = new ArrayList<>(traineesPage.checked());
            UserDirectory directory = users.directory();
            for (String login : traineesPage.invited()) {
                Account existing = directory.find(login).orElse(null);
                if (existing == null) {
                    Account invited = new Account(login, Role.ANNOTATOR);
                    users.permissions().check(creator, Action.INVITE_TEAM_MEMBERS, invited);
                    existing = directory.add(invited, null);
                }
                if (trainees.stream().noneMatch(t -> t.login().equals(login))) {
                    trainees.add(existing);
                }
            }
            List<Path> sources = new ArrayList<>();
            for (IProject source : sourcesPage.checked()) {
                sources.add(Path.of(source.getLocation().toOSString()));
            }
            String name = namePage.name.getText().trim();
            IWorkspace workspace = ResourcesPlugin.getWorkspace();
            Path folder = Path.of(workspace.getRoot().getLocation().toOSString()).resolve(name);
            TrainingProjects.create(folder, name, namePage.description.getText(), sources, function, trainees,
                    creator, users.permissions());
            IProject project = workspace.getRoot().getProject(name);
            IProjectDescription description = workspace.newProjectDescription(name);
            description.setNatureIds(new String[] {AnnotideUi.PROJECT_NATURE_ID});
            project.create(description, null);
            project.open(null);
            created = project;
            return true;
        } catch (PermissionDeniedException | IllegalArgumentException e) {
            page.setErrorMessage(e.getMessage());
        } catch (IOException | CoreException | org.annotide.core.store.StoreException e) {
            page.setErrorMessage("The training project could not be created: " + e.getMessage());
        }
        return false;
    }

    /** The workbench's project store of a project (for tests). */
    ProjectStore store(IProject project) {
        return projects.store(project);
    }
}
