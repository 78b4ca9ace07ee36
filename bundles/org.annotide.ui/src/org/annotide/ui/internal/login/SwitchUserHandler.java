package org.annotide.ui.internal.login;

import org.annotide.ui.UserSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.annotide.ui.login.LoginDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; Switch User...: the login dialog; the user who logs in becomes the current one. */
public final class SwitchUserHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        UserSession session = PlatformUI.getWorkbench().getService(UserSession.class);
        new LoginDialog(HandlerUtil.getActiveShell(event), session).open();
        return null;
    }
}
