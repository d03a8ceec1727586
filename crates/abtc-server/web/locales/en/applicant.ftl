# The applicant portal: applications, the application steps, the status page and the card.
# Values in { $braces } are filled in by the pages; keep them in translations.

## General words

applicant-optional = optional
applicant-choose = Choose one
applicant-yes = Yes
applicant-no = No
applicant-not-given = Not given
applicant-not-submitted = Not submitted yet
applicant-back-to-portal = Back to my applications and cards

## Portal

applicant-portal-title = My applications and cards
applicant-portal-apply = Start a new application
applicant-portal-applications = Applications
applicant-portal-cards = Cards
applicant-portal-notifications = Notifications
applicant-portal-no-applications = You have no applications yet. Start one to apply for an APEC Business Travel Card through your home economy.
applicant-portal-no-cards = You have no cards yet. A card appears here when your home economy issues it.
applicant-portal-no-notifications = No notifications yet. You will find news about your applications and cards here, newest first.
applicant-portal-continue = Continue application { $reference }
applicant-portal-view = View application { $reference }

## Table columns and facts

applicant-col-reference = Reference
applicant-col-home = Home economy
applicant-col-state = Status
applicant-col-submitted = Submitted
applicant-col-next = Next
applicant-col-card-number = Card number
applicant-col-card-status = Card status
applicant-col-issued = Issued
applicant-col-expires = Valid until
applicant-col-economy = Economy
applicant-col-decision = Decision
applicant-col-due = Decision expected by
applicant-col-decided = Decided
applicant-col-stay = Stay allowed per visit
applicant-col-date = Date
applicant-col-event = What happened
applicant-col-by = By

## Application states

applicant-state-draft = Draft
applicant-state-submitted = Submitted
applicant-state-home_review = In review at your home economy
applicant-state-info_requested = Information requested
applicant-state-rejected = Rejected
applicant-state-withdrawn = Withdrawn
applicant-state-pre_clearance = Waiting for pre-clearance
applicant-state-issued = Card issued

applicant-state-explain-draft = This application is a draft. Nobody else can see it until you submit it.
applicant-state-explain-submitted = Your application was sent to your home economy, which will start its review soon.
applicant-state-explain-home_review = Your home economy is checking your application.
applicant-state-explain-info_requested = Your home economy needs more information from you. Answer the question below so that the review can continue.
applicant-state-explain-rejected = Your home economy did not approve this application.
applicant-state-explain-withdrawn = You withdrew this application. You can start a new one at any time.
applicant-state-explain-pre_clearance = Your home economy approved your application and asked the other member economies to pre-clear you. Each economy decides in its own time.
applicant-state-explain-issued = Your card was issued. Economies that approve you later are added to it or to a replacement card.

## Pre-clearance and card statuses

applicant-pc-status-pending = Waiting for a decision
applicant-pc-status-approved = Approved
applicant-pc-status-declined = Declined
applicant-pc-status-withdrawn = Approval withdrawn
applicant-pc-status-closed = Closed without a decision

applicant-card-status-active = Active
applicant-card-status-replaced = Replaced
applicant-card-status-cancelled = Cancelled
applicant-card-status-lost = Reported lost
applicant-card-status-expired = Expired

## Starting an application

applicant-apply-title = Start an application
applicant-apply-lead = You apply to your home economy: the member economy that issued your passport. It checks your application first and then asks the other economies to pre-clear you.
applicant-apply-need-passport = You need your passport, valid for at least six more months.
applicant-apply-need-travel = You will be asked about your employer, your position and how often you travel for business.
applicant-apply-need-photo = You need a recent passport-style photo as a JPEG file.
applicant-apply-home = Your home economy
applicant-apply-home-hint = The economy that issued your passport. Hong Kong, China also accepts its permanent residents.
applicant-apply-transitional = fast-track lanes only
applicant-apply-transitional-note = Canada and the United States are transitional members: their cardholders use the APEC fast-track lanes but receive no pre-clearance from other economies.
applicant-apply-start = Start the application
applicant-apply-error-home = Choose your home economy from the list.

## The steps

applicant-steps-label = Application steps
applicant-step-numbered = Step { $number }: { $step }
applicant-step-context = Application { $reference } to { $home }
applicant-step-personal = Personal details
applicant-step-passport = Passport
applicant-step-employment = Employment
applicant-step-travel = Business travel
applicant-step-photo = Photo
applicant-step-review = Check and submit
applicant-step-save-later = Stop here and continue later (saved steps are kept)
applicant-save-continue = Save and continue
applicant-error-summary = Some answers need your attention

applicant-personal-lead = Write your names exactly as they appear in your passport.
applicant-passport-lead = Enter the passport you will travel with. Your card is valid only with this passport.
applicant-employment-lead = Tell us about the business you travel for. Small and medium enterprises are welcome.
applicant-travel-lead = Tell us how often you travel for business in the APEC region.
applicant-photo-lead = Upload a recent colour photo of your face, as for a passport.
applicant-review-lead = Check your answers before you submit them. You cannot change them after submitting.

## Field labels

applicant-field-family-name = Family name (as in the passport's machine-readable zone)
applicant-field-given-names = Given names (as in the passport's machine-readable zone)
applicant-field-native-name = Full name in your own script
applicant-field-sex = Sex (as in your passport)
applicant-field-date-of-birth = Date of birth
applicant-field-place-of-birth = Place of birth
applicant-field-residential-address = Residential address
applicant-field-phone = Phone number
applicant-field-email = Email address for this application
applicant-field-passport-number = Passport number
applicant-field-issuing-state = Issuing state (your nationality)
applicant-field-issued-on = Date of issue
applicant-field-expires-on = Date of expiry
applicant-field-employer-name = Employer or company name
applicant-field-business-address = Business address
applicant-field-business-type = Type of business
applicant-field-registration-number = Business registration number
applicant-field-sme = Is the business a small or medium enterprise?
applicant-field-position = Your position
applicant-field-trips-per-year = Business trips per year
applicant-field-average-trip-days = Average length of a trip, in days
applicant-field-priority-economies = Economies to wait for before the card is issued
applicant-field-renewal-of = Card this application renews
applicant-field-photo = Photo (JPEG file)
applicant-field-consent = Declaration and consent
applicant-field-other = An answer
applicant-section-passport = Passport details
applicant-section-employer = Employer details

## Hints

applicant-hint-mrz-family = Latin letters A to Z as printed in the two lines at the bottom of the passport's photo page, for example CHEN.
applicant-hint-mrz-given = Latin letters A to Z as printed in the machine-readable zone, for example TAI MAN. Leave empty if your passport shows none.
applicant-hint-native-name = In the script you write it in, for example 陳大文.
applicant-hint-sex = Choose X if your passport shows X or an unspecified sex.
applicant-hint-date = Year, month and day, for example 1985-04-23.
applicant-hint-expires-on = Year, month and day. The passport must be valid for at least six more months.
applicant-hint-place-of-birth = City or town, and country or economy.
applicant-hint-address = Write the address as you would on a letter, in any script; several lines are fine.
applicant-hint-phone = Start with + and the country code, for example +886 2 2345 6789.
applicant-hint-email = Addresses in any script are accepted, for example 葉士豪@例え.jp.
applicant-hint-passport-number = Letters and digits only, as printed on the photo page.
applicant-hint-issuing-state = The economy that issued the passport.
applicant-hint-registration-number = The number under which the business is registered, if it has one.
applicant-hint-sme = Usually fewer than 250 employees; your home economy may use its own definition.
applicant-hint-trips-per-year = A whole number from 1 to 365.
applicant-hint-average-trip-days = A whole number of days from 1 to 365.
applicant-hint-priority-economies = Your home economy can issue your card as soon as the economies you name here have decided. Name up to { $max }, or none to wait for the usual policy.
applicant-hint-renewal-of = If this application renews a card you hold, choose it: that card is cancelled when the new one is issued.
applicant-renewal-none = This is not a renewal
applicant-hint-photo = A JPEG file of at most { $kib } KiB and at least { $min_width } × { $min_height } pixels.

## Choices

applicant-sex-F = Female
applicant-sex-M = Male
applicant-sex-X = Unspecified (X)

applicant-business-manufacturing = Manufacturing
applicant-business-trade = Trade
applicant-business-services = Services
applicant-business-finance = Finance
applicant-business-technology = Technology
applicant-business-resources = Mining and energy
applicant-business-agriculture = Agriculture
applicant-business-tourism = Tourism
applicant-business-education = Education
applicant-business-government = Government
applicant-business-other = Other

## Messages about answers

applicant-error-required = Enter this too: it belongs with the other answers of this group.
applicant-error-choose = Choose one of the options.
applicant-error-date = Enter a real date as year, month and day, for example 1985-04-23.
applicant-error-date-of-birth-future = The date of birth must be in the past.
applicant-error-date-of-birth-past = The date of birth is more than 120 years ago. Check the year.
applicant-error-too-young = Applicants must be at least { $years } years old.
applicant-error-mrz-latin = Use only the letters A to Z, spaces and hyphens, as printed in the passport's machine-readable zone.
applicant-error-mrz-too-long = The name is longer than { $max } letters. Write it as printed in the machine-readable zone.
applicant-error-native-character = The character at position { $position } cannot be part of a name.
applicant-error-native-too-long = The name is longer than { $max } characters.
applicant-error-short-text = Write at most { $max } characters on one line.
applicant-error-long-text = Write at most { $max } characters.
applicant-error-sex = Choose one of the options for sex.
applicant-error-phone = Enter the phone number with + and the country code, using digits only, for example +886 2 2345 6789.
applicant-error-email = This email address is not valid. Check it for typing errors.
applicant-error-passport-number-character = Use only letters A to Z and digits, as printed in the passport.
applicant-error-passport-number-too-long = A passport number has at most { $max } letters and digits.
applicant-error-issuing-state = Choose the economy that issued the passport.
applicant-error-issuing-state-home = You apply to { $home }, so your passport must have been issued by { $home }. Start a new application to the economy that issued your passport.
applicant-error-issued-future = The date of issue must not be in the future.
applicant-error-issued-after-expiry = The date of issue must be before the date of expiry.
applicant-error-passport-validity = The passport must be valid for at least { $months } more months. Renew it before you apply.
applicant-error-business-type = Choose the type of business.
applicant-error-days = Enter a whole number from 1 to { $max }.
applicant-error-priority-unknown = Choose only economies from the list.
applicant-error-priority-too-many = Choose at most { $max } economies.
applicant-error-renewal = Choose one of your cards from the list.
applicant-error-consent = Tick the box to confirm the declaration before you submit.

## Photo

applicant-photo-alt = Your photo for the application
applicant-photo-current = Your current photo: { $width } × { $height } pixels.
applicant-photo-none-yet = No photo uploaded yet.
applicant-photo-upload = Upload the photo
applicant-photo-replace = Replace the photo
applicant-photo-keep = Keep this photo and continue
applicant-photo-error-none = Choose a JPEG file to upload.
applicant-photo-error-too-large = The file is larger than { $kib } KiB. Choose a smaller photo.
applicant-photo-error-not-jpeg = The file is not a JPEG photo. Save it as JPEG and try again.
applicant-photo-error-too-small = The photo is { $width } × { $height } pixels; it must be at least { $min_width } × { $min_height }.
applicant-photo-error-too-big = The photo is { $width } × { $height } pixels; it must be at most { $max_width } × { $max_height }.

## Check and submit

applicant-review-missing-title = Still missing
applicant-review-missing = { $field } is missing.
applicant-review-fix = Go to the step to correct it
applicant-review-change-personal = Change personal details
applicant-review-change-passport = Change passport details
applicant-review-change-employment = Change employment details
applicant-review-change-travel = Change business travel details
applicant-review-change-photo = Change the photo
applicant-review-submit-title = Submit the application
applicant-review-complete-first = Complete the missing answers above; then you can submit.
applicant-consent-legend = Declaration
applicant-consent-declaration = I declare that the information in this application is true and complete. I agree that { $home } may disclose it to the other member economies of the APEC Business Travel Card scheme, so that they can decide whether to pre-clear me, and to their border authorities while I hold a card.
applicant-consent-label = I agree to this declaration
applicant-submit = Submit the application
applicant-problem-missing = The application cannot be submitted yet: { $field } is missing.
applicant-problem-invalid = The application cannot be submitted yet: check { $field }.
applicant-problem-not-eligible = The application does not meet the scheme's rules yet: check the passport dates, the issuing state and the date of birth.
applicant-problem-other = The application cannot be submitted right now. Reload the page and try again.

## Status page

applicant-status-title = Application { $reference }
applicant-status-created = Started
applicant-status-review-target = Review target
applicant-status-review-target-text = { $home } aims to finish its review by { $date }.
applicant-status-continue = Continue the application
applicant-status-question-title = { $home } asks for more information
applicant-status-answer = Your answer
applicant-status-answer-hint = Answer the question in full. You can write several lines.
applicant-status-send-answer = Send the answer
applicant-status-new-photo = New photo (JPEG file)
applicant-status-new-photo-hint = Only if you were asked for a new photo.
applicant-respond-error-empty = Write your answer before you send it.
applicant-status-rejection-title = Reason given
applicant-status-pre-clearances = Pre-clearance by the member economies
applicant-status-pre-clearances-count = { $answered } of { $total } economies have decided.
applicant-status-no-pre-clearances = Pre-clearance requests are sent after your home economy approves your application.
applicant-status-overdue = (later than the economy's own target)
applicant-status-not-decided = Not yet
applicant-status-issue-requested = You asked for your card to be issued now.
applicant-status-issue-title = Get your card now
applicant-status-issue-text = Your home economy can issue your card now with the approvals received so far. Approvals that arrive later bring you a free replacement card.
applicant-status-issue-button = Issue my card now
applicant-status-history = History
applicant-status-no-history = Nothing has happened yet.
applicant-withdraw-title = Withdraw the application
applicant-withdraw-text = Withdrawing ends this application for good. You can apply again later with a new application.
applicant-withdraw-confirm = I want to withdraw this application
applicant-withdraw-button = Withdraw the application
applicant-withdraw-error-confirm = Tick the box to confirm that you want to withdraw.

applicant-done-submitted = Your application was submitted. Your home economy will review it.
applicant-done-answered = Your answer was sent to your home economy.
applicant-done-withdrawn = Your application was withdrawn.
applicant-done-issue = Your request to issue the card now was recorded.
applicant-done-photo = Your new photo was saved.

applicant-who-you = You
applicant-who-economy = { $economy }
applicant-who-scheme = The scheme's administration
applicant-who-system = Automatic processing

## History

applicant-event-application_created = The application was started.
applicant-event-draft_updated = Answers were saved.
applicant-event-photo_attached = A photo was uploaded.
applicant-event-submitted = The application was submitted.
applicant-event-review_started = The home economy started its review.
applicant-event-info_requested = The home economy asked for more information.
applicant-event-info_provided = The requested information was sent.
applicant-event-rejected = The home economy rejected the application.
applicant-event-withdrawn = The application was withdrawn.
applicant-event-home_approved = { $requests ->
    [0] The home economy approved the application.
    [one] The home economy approved the application and asked one economy to pre-clear you.
   *[other] The home economy approved the application and asked { $requests } economies to pre-clear you.
}
applicant-event-pre_clearance_requested = { $economy } was asked to pre-clear you.
applicant-event-pre_clearance_decided = { $economy } decided on your pre-clearance.
applicant-event-pre_clearance_approved = { $economy } pre-cleared you.
applicant-event-pre_clearance_declined = { $economy } declined to pre-clear you.
applicant-event-pre_clearance_withdrawn = { $economy } withdrew its pre-clearance.
applicant-event-pre_clearance_closed = The request to { $economy } was closed without a decision.
applicant-event-issue_requested = You asked for the card to be issued now.
applicant-event-card_issued = Card { $card } was issued.
applicant-event-card_economies_changed = The economies on card { $card } changed.
applicant-event-card_replaced = Card { $old } was replaced by card { $new }.
applicant-event-card_cancelled = Card { $card } was cancelled.
applicant-event-card_expired = Card { $card } expired.

## Notifications

applicant-notice-submitted = Your application was submitted.
applicant-notice-review_started = Your home economy started reviewing your application.
applicant-notice-info_requested = Your home economy needs more information from you.
applicant-notice-info_provided = Your answer reached your home economy.
applicant-notice-rejected = Your home economy rejected your application.
applicant-notice-withdrawn = Your application was withdrawn.
applicant-notice-home_approved = Your home economy approved your application; pre-clearance requests are on their way.
applicant-notice-pre_clearance_decided = An economy decided on your pre-clearance.
applicant-notice-pre_clearance_withdrawn = An economy withdrew its pre-clearance.
applicant-notice-issue_requested = Your request to issue the card now was recorded.
applicant-notice-card_issued = Your card was issued.
applicant-notice-card_economies_changed = The economies on your card changed.
applicant-notice-card_replaced = Your card was replaced by a new one.
applicant-notice-card_cancelled = Your card was cancelled.
applicant-notice-card_expired = Your card expired.
applicant-notice-other = There is news about your application.

## Card page

applicant-card-title = Card { $number }
applicant-card-home = Issued by
applicant-card-kind = Form
applicant-card-virtual = Virtual card (on your phone)
applicant-card-physical = Physical card
applicant-card-replaces = Replaces card
applicant-card-replaced-by = Replaced by card
applicant-card-not-active = This card is no longer valid for travel.
applicant-card-wallet = Show on my phone
applicant-card-cleared = Economies that pre-cleared you
applicant-card-stay-days = { $days ->
    [one] Up to { $days } day per stay
   *[other] Up to { $days } days per stay
}
applicant-card-stay-unknown = As the economy decides at the border
applicant-card-none-yet = No economy has pre-cleared you yet. Approvals appear here as they arrive.
applicant-card-none-transitional = { $home } is a transitional member: its cardholders receive no pre-clearance, so this list stays empty.
applicant-card-lanes = With a valid card you may use the APEC lanes at every member economy's airports. Always carry the passport the card was issued for; each economy keeps the right to refuse entry.
applicant-card-application = View the application for this card
