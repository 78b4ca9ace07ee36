package org.annotide.ui.login;

import java.io.IOException;
import java.util.Arrays;

import org.annotide.access.Account;
import org.annotide.access.AuthenticationException;
import org.annotide.access.UserDirectory;
import org.annotide.ui.UserSession;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Logs a user in to the workspace. Three forms: the first start of a workspace without users creates the Admin
 * (login, password twice); an ordinary login (login, password); an invited user's first login sets their password
 * (asked for twice) after the login was given. Errors are shown in the dialog, which stays open; Cancel leaves
 * the session as it was.
 */
public final class LoginDialog extends TitleAreaDialog {

    /** The data key tests find the fields by (the test support's Widgets.ROLE). */
    public static final String ROLE = "annotide.role";

    private enum Form {
        FIRST_ADMIN, LOGIN, FIRST_PASSWORD
    }

    private final UserSession session;
    private Form form;
    private Text login;
    private Text password;
    private Text repeat;
    private Label repeatLabel;
    private Account result;

    public LoginDialog(Shell parent, UserSession session) {
        super(parent);
        this.session = session;
        this.form = session.needsFirstAdmin() ? Form.FIRST_ADMIN : Form.LOGIN;
    }

    /** The account logged in by OK, or null. */
    public Account account() {
        return result;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Annotide: Log In");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        new Label(body, SWT.NONE).setText("&Login:");
        login = field(body, SWT.BORDER, "login");
        Account now = session.current();
        if (now != null) {
            login.setText(now.login());
            login.selectAll();
        }
        new Label(body, SWT.NONE).setText("&Password:");
        password = field(body, SWT.BORDER | SWT.PASSWORD, "password");
        repeatLabel = new Label(body, SWT.NONE);
        repeatLabel.setText("&Repeat password:");
        repeat = field(body, SWT.BORDER | SWT.PASSWORD, "repeat");
        showForm();
        return area;
    }

    private static Text field(Composite parent, int style, String role) {
        Text text = new Text(parent, style);
        text.setData(ROLE, role);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private void showForm() {
        boolean twice = form != Form.LOGIN;
        repeat.setVisible(twice);
        repeatLabel.setVisible(twice);
        ((org.eclipse.swt.layout.GridData) repeat.getLayoutData()).exclude = !twice;
        login.setEditable(form != Form.FIRST_PASSWORD);
        switch (form) {
            case FIRST_ADMIN -> {
                setTitle("Create the administrator");
                setMessage("This workspace has no users yet. Choose the Admin's login and password (at least "
                        + UserDirectory.MIN_PASSWORD_LENGTH + " characters).");
            }
            case LOGIN -> {
                setTitle("Log in");
                setMessage("Log in with your Annotide login and password.");
            }
            case FIRST_PASSWORD -> {
                setTitle("Set your password");
                setMessage(login.getText() + " logs in for the first time: choose a password (at least "
                        + UserDirectory.MIN_PASSWORD_LENGTH + " characters) and repeat it.");
            }
        }
        repeat.getParent().layout(true, true);
        if (form == Form.FIRST_PASSWORD) {
            password.setText("");
            password.setFocus();
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Log &In", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        String name = login.getText().trim();
        char[] secret = password.getText().toCharArray();
        try {
            switch (form) {
                case FIRST_ADMIN -> {
                    if (!sameRepeated()) {
                        return;
                    }
                    result = session.createFirstAdmin(name, name, secret);
                }
                case LOGIN -> {
                    UserDirectory users = session.directory();
                    if (users.find(name).isPresent() && !users.hasPassword(name)) {
                        form = Form.FIRST_PASSWORD;
                        setErrorMessage(null);
                        showForm();
                        return;
                    }
                    result = session.logIn(name, secret);
                }
                case FIRST_PASSWORD -> {
                    if (!sameRepeated()) {
                        return;
                    }
                    result = session.logInFirstTime(name, secret);
                }
            }
        } catch (AuthenticationException | IllegalArgumentException | IllegalStateException e) {
            setErrorMessage(capitalised(e.getMessage()));
            password.selectAll();
            password.setFocus();
            return;
        } catch (IOException e) {
            setErrorMessage("The users file cannot be read or written: " + e.getMessage());
            return;
        } finally {
            Arrays.fill(secret, '\0');
        }
        super.okPressed();
    }

    private boolean sameRepeated() {
        if (!password.getText().equals(repeat.getText())) {
            setErrorMessage("The two passwords differ.");
            repeat.selectAll();
            repeat.setFocus();
            return false;
        }
        return true;
    }

    private static String capitalised(String message) {
        if (message == null || message.isEmpty()) {
            return "Logging in failed.";
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1) + (message.endsWith(".") ? "" : ".");
    }
}
