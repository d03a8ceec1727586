# Mail to applicants and cardholders: a notification on every status change of an application or a
# card, and notices from the scheme's or an economy's administration. The sentence that says what
# happened comes from applicant-event-* (applicant.ftl), as in the application's history.
mail-greeting = Hello { $name },
mail-status-subject = News about your APEC Business Travel Card application
mail-card-subject = News about your APEC Business Travel Card
mail-status-intro = There is news about your application { $reference }:
mail-status-link = The details, and anything you need to do, are in your account:
mail-notice-subject = APEC Business Travel Card notice: { $subject }
mail-notice-intro = A notice to APEC Business Travel Card holders from { $sender }:
mail-sender-scheme = the APEC Business Travel Card scheme administration
mail-notice-link = Your account:
mail-footer = This message was sent automatically by the APEC Business Travel Card system. Replies are not read.
