package org.annotide.ui.training.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** Two models side by side: metrics and configuration, one row each; rows that differ are bold. */
final class CompareDialog extends Dialog {

    private final List<String[]> rows;

    CompareDialog(Shell parent, List<String[]> rows) {
        super(parent);
        this.rows = rows;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Compare Models");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
        table.setData(Roles.KEY, "comparison");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] titles = {"", rows.get(0)[1], rows.get(0)[2]};
        for (String title : titles) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(title);
            column.setWidth(180);
        }
        org.eclipse.swt.graphics.Font bold = org.eclipse.jface.resource.JFaceResources.getFontRegistry()
                .getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT);
        for (String[] row : rows.subList(1, rows.size())) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(row);
            if (!row[1].equals(row[2])) {
                item.setFont(bold);
            }
        }
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 560;
        data.heightHint = 400;
        table.setLayoutData(data);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
