package fr.stages.directions.control;

import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.MessageTemplate;
import fr.stages.directions.entity.TemplateKind;
import java.util.List;

/**
 * The platform's own templates, which a direction uses until its correspondent writes the direction's (the
 * first one written starts from a copy of these). They are data, in both languages, not interface texts.
 */
public final class StandardTemplates {

    private StandardTemplates() {
    }

    /** New, unsaved templates of that kind for the direction. */
    public static List<MessageTemplate> of(Direction direction, TemplateKind kind) {
        return switch (kind) {
            case REJECTION -> List.of(
                    new MessageTemplate(direction, kind, "Profil différent de celui recherché",
                            "Nous vous remercions de l'intérêt que vous portez à nos missions. Après un examen "
                                    + "attentif de votre candidature, nous ne pouvons malheureusement pas y donner "
                                    + "une suite favorable : le profil retenu pour ce stage est différent du vôtre."
                                    + "\n\nNous vous souhaitons une pleine réussite dans votre recherche de stage.",
                            "Thank you for your interest in our work. After careful consideration of your "
                                    + "application, we are unfortunately unable to take it further: the profile "
                                    + "chosen for this internship differs from yours.\n\nWe wish you every success "
                                    + "in your search for an internship."),
                    new MessageTemplate(direction, kind, "Dates incompatibles",
                            "Nous vous remercions de votre candidature. Les dates de stage que vous indiquez ne "
                                    + "correspondent pas à la période prévue pour cette mission ; nous ne pouvons "
                                    + "donc pas y donner suite.\n\nNous vous souhaitons une pleine réussite dans "
                                    + "votre recherche de stage.",
                            "Thank you for your application. The dates you give do not match the period planned "
                                    + "for this internship, so we are unable to take your application further.\n\n"
                                    + "We wish you every success in your search for an internship."));
            case CLOSING -> List.of(
                    new MessageTemplate(direction, kind, "Stage pourvu",
                            // not "other offers are published every week": the mail around it says so already
                            "Nous vous remercions de votre candidature. Le stage proposé est désormais pourvu : "
                                    + "nous ne pouvons donc pas y donner suite.\n\nNous vous souhaitons une pleine "
                                    + "réussite dans votre recherche de stage.",
                            "Thank you for your application. The internship has now been filled, so we are unable "
                                    + "to take your application further.\n\nWe wish you every success in your "
                                    + "search for an internship."));
            case INVITATION -> List.of(
                    new MessageTemplate(direction, kind, "Entretien sur place",
                            "Merci de vous présenter à l'accueil quelques minutes avant l'heure prévue, avec une "
                                    + "pièce d'identité. L'entretien dure environ une demi-heure, avec votre futur "
                                    + "tuteur ou votre future tutrice.",
                            "Please come to the reception desk a few minutes before the time given, with an "
                                    + "identity document. The interview lasts about half an hour, with your future "
                                    + "tutor."),
                    new MessageTemplate(direction, kind, "Entretien en visioconférence",
                            "L'entretien a lieu en visioconférence, au lien indiqué ci-dessus. Vérifiez votre "
                                    + "micro et votre caméra avant l'heure prévue ; en cas de difficulté, répondez "
                                    + "à ce courriel.",
                            "The interview takes place by video call, at the link given above. Please check your "
                                    + "microphone and camera beforehand; if anything goes wrong, reply to this "
                                    + "e-mail."));
        };
    }
}
