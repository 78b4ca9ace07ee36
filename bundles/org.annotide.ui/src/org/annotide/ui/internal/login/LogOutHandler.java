package org.annotide.ui.internal.login;

import org.annotide.ui.UserSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;

/**
 * File &gt; Log Out: nobody is logged in any more; the views that follow the user empty themselves and every action
 * that needs a user is refused until someone logs in again (File &gt; Switch User...).
 */
public final class LogOutHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        UserSession session = PlatformUI.getWorkbench().getService(UserSession.class);
        session.logOut();
        return null;
    }
}
