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

# Mail to staff channels: an economy's contacts and the scheme administrator's efficiency channel.
# Escalations of pre-clearance requests past their due date, and the weekly digest of processing.
mail-staff-greeting = Hello,
mail-staff-footer = You receive this as a contact for { $channel } in the APEC Business Travel Card system.
mail-channel-efficiency = the scheme's efficiency channel
mail-escalation-subject = Overdue pre-clearance requests for { $economy }: { $count }
mail-escalation-intro = Pre-clearance requests addressed to { $economy } that have just passed their due date without a decision: { $count }.
mail-escalation-open = Overdue and still undecided: { $open }; the oldest was due on { $oldest }.
mail-escalation-references = Applications:
mail-escalation-more = …and { $count } more.
mail-escalation-link = The requests, oldest due first:
mail-efficiency-subject = Escalation: pre-clearance requests past their due date: { $count }
mail-efficiency-intro = These economies have pre-clearance requests that have just passed their due date:
mail-efficiency-row = { $economy }: { $raised } new, { $open } overdue in all, the oldest due on { $oldest }
mail-digest-subject = Weekly processing digest for { $economy }, { $from } to { $to }
mail-digest-intro = Pre-clearance processing by { $economy } in the week from { $from } to { $to }:
mail-digest-received = Requests received: { $count }
mail-digest-decided = Decided: { $approved } approved, { $declined } declined
mail-digest-times = Decision time: median { $median } days, 90th percentile { $p90 } days; { $share } within the { $target }-day target
mail-digest-no-decisions = No decisions this week.
mail-digest-backlog = Pending now: { $pending }, of which overdue: { $overdue }
mail-digest-escalations = Escalations raised this week: { $raised }; still open: { $open }
mail-digest-link = The full report:
mail-scheme-digest-subject = Weekly processing digest of the scheme, { $from } to { $to }
mail-scheme-digest-intro = Pre-clearance processing per economy in the week from { $from } to { $to }:
mail-scheme-digest-row = { $economy }: { $decided } decided, median { $median } days; { $pending } pending, { $overdue } overdue; { $open } open escalations

# Mail to a cardholder when the economy acts on their ticket.
mail-ticket-subject = APEC Business Travel Card: news on “{ $subject }”
mail-ticket-reply = { $economy } replied to “{ $subject }” ({ $kind }).
mail-ticket-refund-approved = { $economy } approved the refund you asked for in “{ $subject }”.
mail-ticket-refund-declined = { $economy } declined the refund you asked for in “{ $subject }”. The reason is on the ticket's page.
mail-ticket-closed = { $economy } closed “{ $subject }” ({ $kind }). If you need more help, you can reopen it on its page.
mail-ticket-link = Read it, and answer, in your account:
