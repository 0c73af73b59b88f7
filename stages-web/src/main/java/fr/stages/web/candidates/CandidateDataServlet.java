package fr.stages.web.candidates;

import fr.stages.candidates.boundary.CandidateAccounts;
import fr.stages.candidates.entity.CandidateExport;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * « Télécharger mes données »: the signed-in candidate's data as a ZIP archive, donnees.json and their files
 * (web.xml guards /compte/* for the candidate role; the business answers for the caller only). Never kept by a
 * cache: personal data.
 */
@WebServlet("/compte/mes-donnees.zip")
public class CandidateDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CandidateAccounts accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CandidateExport export = accounts.export();
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"stages-mes-donnees.zip\"");
        response.setHeader("Cache-Control", "no-store");
        try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream())) {
            zip.putNextEntry(new ZipEntry("donnees.json"));
            zip.write(export.json());
            zip.closeEntry();
            for (CandidateExport.File file : export.files()) {
                zip.putNextEntry(new ZipEntry(file.name()));
                zip.write(file.content());
                zip.closeEntry();
            }
        }
    }
}
