package fr.stages.web.candidates;

import fr.stages.applications.control.PdfCheck;
import fr.stages.candidates.boundary.CandidateAccounts;
import fr.stages.candidates.entity.Profile;
import fr.stages.candidates.entity.StoredCv;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.platform.FieldError;
import fr.stages.platform.InvalidInputException;
import fr.stages.platform.NotFoundException;
import fr.stages.web.FormState;
import fr.stages.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * compte/profil.xhtml (« Mon profil et mes CV »): the profile the application forms start from, and the CVs the
 * candidate keeps to apply with in one step (up to StoredCv.MAX_PER_ACCOUNT). Stateless like « Mes candidatures »:
 * a confirmation asked in one request is answered by the confirmation form itself (supprimer = the CV's id). A new
 * CV comes as a multipart sending, read by {@link StoredCvHandler} before Faces, which tells this page what it
 * refused. Every action takes the account from the caller: another person's CV is not found.
 */
@Named("compteProfilPage")
@RequestScoped
public class CompteProfilPage {

    /** On the page's address after a CV was kept. */
    static final String CV_STORED = "cv";

    @Inject
    CandidateAccounts accounts;

    @Inject
    FormState form;

    @Inject
    Texts texts;

    private String email;
    private String firstName;
    private String lastName;
    private String phone;
    private String school;
    private String course;
    private EducationLevel educationLevel;
    private List<StoredCv> cvs;
    private Long deleting;
    private final Map<Long, String> renameErrors = new HashMap<>();
    private final Map<String, String> uploadErrors = new HashMap<>();
    private String uploadName;

    /** The profile as saved (a sending of the profile form then replaces the fields with its answers). */
    @PostConstruct
    void load() {
        Profile profile = accounts.profile();
        email = profile.email();
        firstName = profile.firstName();
        lastName = profile.lastName();
        phone = profile.phone();
        school = profile.school();
        course = profile.course();
        educationLevel = profile.educationLevel();
        String asked = FacesContext.getCurrentInstance() == null ? null
                : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("supprimer");
        deleting = asked != null && asked.matches("[0-9]{1,18}") ? Long.valueOf(asked) : null;
    }

    public void save() {
        try {
            accounts.saveProfile(new Profile(email, firstName, lastName, phone, school, course, educationLevel));
            form.done("candidate.profile.saved");
        } catch (InvalidInputException e) {
            form.errors("profile", e);
        }
    }

    /** The CVs kept, oldest first. */
    public List<StoredCv> getCvs() {
        if (cvs == null) {
            cvs = accounts.storedCvs();
        }
        return cvs;
    }

    /** Whether another CV may be kept. */
    public boolean isRoomLeft() {
        return getCvs().size() < StoredCv.MAX_PER_ACCOUNT;
    }

    /** « 2 CV sur 3 ». */
    public String getCvsTitle() {
        return texts.get("candidate.cvs.title", getCvs().size(), StoredCv.MAX_PER_ACCOUNT);
    }

    /** A CV's file as the list describes it: its name, size and date. */
    public String describe(StoredCv cv) {
        return texts.get("candidate.cvs.file", Math.max(1, (cv.getDocument().getSize() + 512) / 1024),
                cv.getDocument().getFileName(), texts.date(cv.getStoredAt().toLocalDate()));
    }

    /** Renames a CV to the name typed next to it (field nom-ID of the same form). */
    public void rename(long cvId) {
        String name = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("nom-" + cvId);
        try {
            StoredCv cv = accounts.renameCv(cvId, name);
            form.done("candidate.cvs.renamed", cv.getName());
        } catch (InvalidInputException e) {
            FieldError error = e.errors().get(0);
            renameErrors.put(cvId, texts.error(error.key(), error.arguments()));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (NotFoundException e) {
            form.error(null, texts.get("candidate.cvs.gone"));
        }
        cvs = null;
    }

    /** The error of that CV's new name, or null. */
    public String renameError(long cvId) {
        return renameErrors.get(cvId);
    }

    /** The candidate asked to delete that CV: the page asks them to confirm. */
    public void askDelete(long cvId) {
        deleting = cvId;
    }

    public Long getDeleting() {
        return deleting;
    }

    public void delete(long cvId) {
        try {
            form.done("candidate.cvs.deleted", accounts.deleteCv(cvId).getName());
        } catch (NotFoundException e) {
            form.error(null, texts.get("candidate.cvs.gone"));
        }
        cvs = null;
        deleting = null;
    }

    public void cancel() {
        deleting = null;
    }

    /** The new CV's sending was refused (StoredCv handler): its messages by field (cvName, cvFile, or "" on top). */
    void uploadRefused(String name, Map<String, String> errors) {
        uploadName = name;
        uploadErrors.putAll(errors);
    }

    public String uploadError(String field) {
        return uploadErrors.get(field);
    }

    /** "true" when that field of the new CV's form has an error, for aria-invalid. */
    public String uploadInvalid(String field) {
        return uploadErrors.containsKey(field) ? "true" : "false";
    }

    public String getUploadName() {
        return uploadName;
    }

    public int getMaxMegabytes() {
        return PdfCheck.MAX_MEGABYTES;
    }

    public int getNameLength() {
        return StoredCv.NAME_LENGTH;
    }

    public EducationLevel[] getLevels() {
        return EducationLevel.values();
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public EducationLevel getEducationLevel() {
        return educationLevel;
    }

    public void setEducationLevel(EducationLevel educationLevel) {
        this.educationLevel = educationLevel;
    }
}
