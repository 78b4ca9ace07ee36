package org.annotide.ui.training.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/** The wizard's dialog, whose Finish button says what it does: Start Training. */
final class TrainingWizardDialog extends WizardDialog {

    static final String START = "Start Training";

    TrainingWizardDialog(Shell parent, NewTrainingJobWizard wizard) {
        super(parent, wizard);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        Button finish = getButton(IDialogConstants.FINISH_ID);
        if (finish != null) {
            finish.setText(START);
            setButtonLayoutData(finish);
        }
    }
}
