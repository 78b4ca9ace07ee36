package org.annotide.ui.internal.server;

import java.util.Arrays;

import org.annotide.client.ServerConnection;
import org.annotide.client.ServerException;
import org.annotide.ui.login.LoginDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * File &gt; Connect to Server...: the server's address, a user and a password. OK logs in; what goes wrong (a wrong
 * password, a server that does not answer, an address that is none) is shown in the dialog, which stays open.
 */
public final class ConnectToServerDialog extends TitleAreaDialog {

    private final String lastUrl;
    private final String lastUser;
    private Text url;
    private Text user;
    private Text password;
    private Button keep;
    private ServerConnection connection;
    /** The address and user that Connect logged in with: the fields are gone once the dialog closed. */
    private String connectedUrl;
    private String connectedUser;

    public ConnectToServerDialog(Shell parent, String lastUrl, String lastUser) {
        super(parent);
        this.lastUrl = lastUrl;
        this.lastUser = lastUser;
    }

    /** The connection OK opened, or null. */
    public ServerConnection connection() {
        return connection;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Connect to Server");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        new Label(body, SWT.NONE).setText("&Server:");
        url = field(body, SWT.BORDER, "url", lastUrl == null ? "http://" : lastUrl);
        new Label(body, SWT.NONE).setText("&User:");
        user = field(body, SWT.BORDER, "user", lastUser == null ? "" : lastUser);
        new Label(body, SWT.NONE).setText("&Password:");
        password = field(body, SWT.BORDER | SWT.PASSWORD, "password", "");
        new Label(body, SWT.NONE);
        keep = new Button(body, SWT.CHECK);
        keep.setText("&Keep me logged in on this computer");
        keep.setToolTipText("Connects this server's projects again when the workbench starts, without asking. Only a "
                + "token the server can revoke is kept (never the password), readable by you alone; "
                + "File > Disconnect from Server forgets it.");
        keep.setData(LoginDialog.ROLE, "keep");
        keep.setSelection(true);
        setTitle("Connect to a team server");
        setMessage("The server's projects appear in the Project Explorer; your edits go to the server, "
                + "others' arrive as they make them.");
        (lastUser == null || lastUser.isEmpty() ? user : password).setFocus();
        return area;
    }

    private static Text field(Composite parent, int style, String role, String value) {
        Text text = new Text(parent, style);
        text.setData(LoginDialog.ROLE, role);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Connect", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** The server's address Connect logged in to (null before), readable after the dialog closed. */
    public String url() {
        return connectedUrl;
    }

    /** The user Connect logged in as (null before), readable after the dialog closed. */
    public String user() {
        return connectedUser;
    }

    /** Whether the login is to be kept for the next start. */
    private boolean keep() {
        return keep.getSelection();
    }

    @Override
    protected void okPressed() {
        String address = url.getText().trim();
        String login = user.getText().trim();
        if (login.isEmpty()) {
            setErrorMessage("Type your user name on the server.");
            return;
        }
        char[] secret = password.getText().toCharArray();
        boolean remember = keep();
        ServerException[] failure = new ServerException[1];
        BusyIndicator.showWhile(getShell().getDisplay(), () -> { // at most the connect timeout (5 s)
            try {
                connection = ServerConnection.login(address, login, secret, remember);
            } catch (ServerException e) {
                failure[0] = e;
            }
        });
        Arrays.fill(secret, '\0');
        if (failure[0] != null) {
            setErrorMessage(failure[0].getMessage());
            return;
        }
        connectedUrl = address;
        connectedUser = login;
        super.okPressed();
    }
}
