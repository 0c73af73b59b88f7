package fr.stages.web;

import fr.stages.platform.NotFoundException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.ResponseStateManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.primefaces.csp.CspException;

/**
 * Faces wraps what a page throws (FacesException, EL exceptions…), so web.xml's error pages by exception type
 * never see a ViewExpiredException or a NotFoundException. This handler looks at the root cause: an expired
 * view goes to the "page expired" page, something not found answers 404; anything else is left to the
 * container's 500 page.
 */
public class ErrorPagesHandlerFactory extends ExceptionHandlerFactory {

    public ErrorPagesHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator(); it.hasNext(); ) {
                ExceptionQueuedEventContext event = it.next().getContext();
                Throwable root = root(event.getException());
                ExternalContext external = faces.getExternalContext();
                try {
                    if (isForgedStatelessPostback(event, external) && !external.isResponseCommitted()) {
                        // a page of the back office or the sign-in (views with state) sent back as if it had none:
                        // not a browser's doing, a malformed request
                        it.remove();
                        external.responseSendError(400, "vue sans état refusée");
                        faces.responseComplete();
                        continue;
                    }
                    if (root instanceof CspException) {
                        // a back-office page sent again without the nonce it was given (BackOfficeScripts): a
                        // browser running the page's scripts always sends it. PrimeFaces asks for the nonce, and
                        // fails, in the render phase's listener then again in the page's head: one answer for both
                        it.remove();
                        if (!external.isResponseCommitted()) {
                            external.responseSendError(400, "jeton de la page absent ou faux");
                            faces.responseComplete();
                        }
                        continue;
                    }
                    if (root instanceof ViewExpiredException && !external.isResponseCommitted()) {
                        it.remove();
                        external.redirect(external.getRequestContextPath() + "/errors/expired.xhtml");
                        faces.responseComplete();
                    } else if (root instanceof NotFoundException && !external.isResponseCommitted()) {
                        it.remove();
                        NotFoundPages.send();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            getWrapped().handle();
        }

        /** Mojarra's answer to "jakarta.faces.ViewState=stateless" sent to a view that has state. */
        private static boolean isForgedStatelessPostback(ExceptionQueuedEventContext event, ExternalContext external) {
            return event.getPhaseId() == PhaseId.RESTORE_VIEW && event.getException().getClass() == FacesException.class
                    && "stateless".equals(external.getRequestParameterMap().get(ResponseStateManager.VIEW_STATE_PARAM));
        }

        private static Throwable root(Throwable e) {
            Throwable root = e;
            while ((root instanceof FacesException || root instanceof jakarta.el.ELException
                    || root instanceof jakarta.ejb.EJBException) && root.getCause() != null) {
                root = root.getCause();
            }
            return root;
        }
    }
}
