package fr.stages.web.backoffice;

import jakarta.faces.FacesException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextFactory;
import jakarta.faces.context.FacesContextWrapper;
import jakarta.faces.lifecycle.Lifecycle;
import jakarta.servlet.http.HttpServletRequest;
import org.primefaces.context.PrimeFacesContext;

/**
 * Keeps PrimeFaces' CSP mode (web.xml, {@code primefaces.CSP}) to the back office.
 * <p>
 * In that mode PrimeFaces moves every event attribute into one script at the end of the page, gives each script a
 * nonce drawn for the answer and adds {@code script-src 'self' 'nonce-…'} to the answer's headers: the back
 * office's pages then run no script an offer or a candidate could have slipped in. The mode is global, but the
 * public pages need none of it: they have no inline script (SecurityHeaders gives them {@code script-src 'self'}),
 * they are kept and served again from memory (a nonce would be stale there), and their forms post back without
 * PrimeFaces' script, which is what sends the nonce back (PrimeFaces refuses such a sending: "Missing CSP nonce").
 * So outside the back office this factory, outermost (declared by the application), hands Faces the context
 * PrimeFaces wrapped: its CSP writer is then never installed. The public pages use no PrimeFaces component.
 */
public class BackOfficeScripts extends FacesContextFactory {

    public BackOfficeScripts(FacesContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public FacesContext getFacesContext(Object context, Object request, Object response, Lifecycle lifecycle)
            throws FacesException {
        FacesContext faces = getWrapped().getFacesContext(context, request, response, lifecycle);
        if (faces instanceof PrimeFacesContext prime && !backOffice(request)) {
            FacesContext plain = prime.getWrapped();
            // and its phase listener, which still runs, finds its work done: no header, no nonce asked for
            PrimeFacesContext.getCspState(plain).setInitialized(true);
            Current.set(plain);
            return plain;
        }
        return faces;
    }

    private static boolean backOffice(Object request) {
        return request instanceof HttpServletRequest http
                && http.getRequestURI().startsWith(http.getContextPath() + "/backoffice/");
    }

    /** FacesContext's setter of the thread's context is protected: reached from a subclass, never made. */
    private abstract static class Current extends FacesContextWrapper {

        private Current() {
            super(null);
        }

        static void set(FacesContext context) {
            setCurrentInstance(context);
        }
    }
}
