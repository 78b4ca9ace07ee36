package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.activities.IActivityManager;
import org.eclipse.ui.activities.WorkbenchActivityHelper;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.Test;

/**
 * What the Eclipse IDE left in Annotide's workbench: a Welcome view that only failed ("introPart is null"),
 * General, Appearance and Keys listed twice in Preferences, and a Keys page (and Ctrl+3) full of a programming
 * IDE's commands. None of them is offered any more; Annotide's own and the general commands are.
 */
class WorkbenchLeftoversTest {

    @Test
    void noWelcomeViewIsOffered() {
        IViewDescriptor welcome = PlatformUI.getWorkbench().getViewRegistry().find("org.eclipse.ui.internal.introview");
        assertTrue(welcome == null || WorkbenchActivityHelper.filterItem(welcome), "Welcome is not offered");
        IViewDescriptor explorer = PlatformUI.getWorkbench().getViewRegistry().find("org.annotide.ui.views.explorer");
        assertFalse(WorkbenchActivityHelper.filterItem(explorer));
        IViewDescriptor properties = PlatformUI.getWorkbench().getViewRegistry()
                .find("org.eclipse.ui.views.PropertySheet");
        assertFalse(WorkbenchActivityHelper.filterItem(properties), "general views stay");
        for (String ideView : List.of("org.eclipse.ui.views.TaskList", "org.eclipse.ui.views.BookmarkView")) {
            IViewDescriptor view = PlatformUI.getWorkbench().getViewRegistry().find(ideView);
            assertTrue(view == null || WorkbenchActivityHelper.filterItem(view), ideView + " is not offered");
        }
        IViewDescriptor problems = PlatformUI.getWorkbench().getViewRegistry().find("org.eclipse.ui.views.ProblemView");
        assertFalse(WorkbenchActivityHelper.filterItem(problems), "Problems stays: markers are Annotide's");
    }

    @Test
    void theKeysPageAndQuickAccessOfferAnnotidesCommandsNotTheIdes() {
        IActivityManager activities = PlatformUI.getWorkbench().getActivitySupport().getActivityManager();
        for (String ide : List.of("org.eclipse.ui.project.buildAll", "org.eclipse.ui.edit.text.contentAssist.proposals",
                "org.eclipse.ui.edit.addTask", "org.eclipse.ui.edit.addBookmark", "org.eclipse.ui.edit.findReplace",
                "org.eclipse.ui.help.quickStartAction", "org.eclipse.ui.navigate.addToWorkingSet")) {
            assertFalse(activities.getIdentifier(ide).isEnabled(), ide + " is hidden");
        }
        for (String kept : List.of("org.annotide.ui.commands.newTrainingSet", "org.annotide.ui.commands.importImages",
                "org.eclipse.ui.edit.undo", "org.eclipse.ui.edit.redo", "org.eclipse.ui.edit.delete",
                "org.eclipse.ui.edit.rename", "org.eclipse.ui.file.exit", "org.eclipse.ui.window.quickAccess",
                "org.eclipse.ui.window.preferences", "org.eclipse.ui.help.helpContents")) {
            assertTrue(activities.getIdentifier(kept).isEnabled(), kept + " is offered");
        }
        // Ctrl+3 lists defined, handled commands whatever the activities say: Welcome must not be defined at all
        org.eclipse.ui.commands.ICommandService commands = PlatformUI.getWorkbench()
                .getService(org.eclipse.ui.commands.ICommandService.class);
        assertFalse(commands.getCommand("org.eclipse.ui.help.quickStartAction").isDefined(), "Ctrl+3 offers no Welcome");
    }

    @Test
    void preferencesListGeneralAppearanceAndKeysOnce() {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "org.eclipse.ui.preferencePages.Keys",
                null, null);
        assertNotNull(dialog);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Tree pages = Widgets.find(dialog.getShell(), Tree.class, tree -> tree.getItemCount() > 0);
            Spin.idle(200);
            List<String> top = new ArrayList<>();
            for (TreeItem item : pages.getItems()) {
                top.add(item.getText());
            }
            assertEquals(1, top.stream().filter("General"::equals).count(), top.toString());
            TreeItem general = Workbench.child(pages.getItems(), "General");
            general.setExpanded(true);
            List<String> underGeneral = new ArrayList<>();
            for (TreeItem item : general.getItems()) {
                underGeneral.add(item.getText());
            }
            assertEquals(1, underGeneral.stream().filter("Keys"::equals).count(), underGeneral.toString());
            assertEquals(1, underGeneral.stream().filter("Appearance"::equals).count(), underGeneral.toString());
            assertFalse(underGeneral.contains("Workspace"), underGeneral.toString());
            assertFalse(underGeneral.contains("Compare/Patch"), underGeneral.toString());
            assertFalse(top.stream().anyMatch(page -> page.startsWith("Version Control")), top.toString());
            Workbench.screenshot("preferences-keys");
        } finally {
            dialog.close();
        }
        Workbench.activateMainWindow();
    }
}
