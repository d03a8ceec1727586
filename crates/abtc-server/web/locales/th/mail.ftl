mail-greeting = เรียน คุณ{ $name }
mail-status-subject = ความคืบหน้าของคำขอบัตรเดินทางนักธุรกิจเอเปคของคุณ
mail-card-subject = ข่าวสารเกี่ยวกับบัตรเดินทางนักธุรกิจเอเปคของคุณ
mail-status-intro = คำขอ { $reference } ของคุณมีความคืบหน้า:
mail-status-link = ดูรายละเอียดและสิ่งที่คุณต้องดำเนินการได้ในบัญชีของคุณ:
mail-notice-subject = ประกาศเกี่ยวกับบัตรเดินทางนักธุรกิจเอเปค: { $subject }
mail-notice-intro = ประกาศถึงผู้ถือบัตรเดินทางนักธุรกิจเอเปคจาก { $sender }:
mail-sender-scheme = ฝ่ายบริหารโครงการบัตรเดินทางนักธุรกิจเอเปค
mail-notice-link = บัญชีของคุณ:
mail-footer = ข้อความนี้ส่งโดยอัตโนมัติจากระบบบัตรเดินทางนักธุรกิจเอเปค จะไม่มีผู้อ่านข้อความตอบกลับ

# อีเมลถึงช่องทางของเจ้าหน้าที่: ผู้ติดต่อของเขตเศรษฐกิจ และช่องทางด้านประสิทธิภาพของผู้ดูแลระบบของโครงการ
# การแจ้งเตือนเกินกำหนดของคำขออนุมัติล่วงหน้าที่เลยวันครบกำหนด และสรุปผลการดำเนินการรายสัปดาห์
mail-staff-greeting = เรียน ท่านผู้เกี่ยวข้อง
mail-staff-footer = ท่านได้รับข้อความนี้ในฐานะผู้ติดต่อของ { $channel } ในระบบบัตรเดินทางนักธุรกิจเอเปค
mail-channel-efficiency = ช่องทางด้านประสิทธิภาพของโครงการ
mail-escalation-subject = คำขออนุมัติล่วงหน้าถึง { $economy } เกินกำหนด { $count } รายการ
mail-escalation-intro = คำขออนุมัติล่วงหน้าที่ส่งถึง { $economy } จำนวน { $count } รายการเลยวันครบกำหนดแล้วโดยยังไม่มีการตัดสิน
mail-escalation-open = เกินกำหนดและยังไม่ได้ตัดสิน: { $open } รายการ โดยรายการที่เก่าที่สุดครบกำหนดเมื่อ { $oldest }
mail-escalation-references = คำขอ:
mail-escalation-more = …และอีก { $count } รายการ
mail-escalation-link = รายการคำขอ เรียงจากวันครบกำหนดที่เก่าที่สุดก่อน:
mail-efficiency-subject = แจ้งเตือนเกินกำหนด: คำขออนุมัติล่วงหน้า { $count } รายการเลยวันครบกำหนดแล้ว
mail-efficiency-intro = เขตเศรษฐกิจต่อไปนี้มีคำขออนุมัติล่วงหน้าที่เพิ่งเลยวันครบกำหนด:
mail-efficiency-row = { $economy }: ใหม่ { $raised } รายการ เกินกำหนดทั้งหมด { $open } รายการ รายการที่เก่าที่สุดครบกำหนดเมื่อ { $oldest }
mail-digest-subject = สรุปผลการดำเนินการรายสัปดาห์ของ { $economy } ตั้งแต่ { $from } ถึง { $to }
mail-digest-intro = ผลการดำเนินการอนุมัติล่วงหน้าของ { $economy } ในสัปดาห์ตั้งแต่ { $from } ถึง { $to }:
mail-digest-received = คำขอที่ได้รับ: { $count } รายการ
mail-digest-decided = ตัดสินแล้ว: อนุมัติ { $approved } รายการ ไม่อนุมัติ { $declined } รายการ
mail-digest-times = ระยะเวลาการตัดสิน: มัธยฐาน { $median } วัน เปอร์เซ็นไทล์ที่ 90 { $p90 } วัน; { $share } อยู่ภายในเป้าหมาย { $target } วัน
mail-digest-no-decisions = ไม่มีการตัดสินในสัปดาห์นี้
mail-digest-backlog = รอดำเนินการขณะนี้: { $pending } รายการ ในจำนวนนี้เกินกำหนด: { $overdue } รายการ
mail-digest-escalations = การแจ้งเตือนเกินกำหนดที่เกิดขึ้นในสัปดาห์นี้: { $raised } รายการ; ยังไม่ปิด: { $open } รายการ
mail-digest-link = รายงานฉบับเต็ม:
mail-scheme-digest-subject = สรุปผลการดำเนินการรายสัปดาห์ของโครงการ ตั้งแต่ { $from } ถึง { $to }
mail-scheme-digest-intro = ผลการดำเนินการอนุมัติล่วงหน้าแยกตามเขตเศรษฐกิจ ในสัปดาห์ตั้งแต่ { $from } ถึง { $to }:
mail-scheme-digest-row = { $economy }: ตัดสินแล้ว { $decided } รายการ มัธยฐาน { $median } วัน; รอดำเนินการ { $pending } รายการ เกินกำหนด { $overdue } รายการ; การแจ้งเตือนเกินกำหนดที่ยังไม่ปิด { $open } รายการ

# Mail to a cardholder when the economy acts on their ticket.
mail-ticket-subject = บัตรเดินทางนักธุรกิจเอเปค: ความคืบหน้าเรื่อง “{ $subject }”
mail-ticket-reply = { $economy } ตอบกลับเรื่อง “{ $subject }” ({ $kind }) แล้ว
mail-ticket-refund-approved = { $economy } อนุมัติการคืนเงินที่คุณขอไว้ในเรื่อง “{ $subject }” แล้ว
mail-ticket-refund-declined = { $economy } ไม่อนุมัติการคืนเงินที่คุณขอไว้ในเรื่อง “{ $subject }” ดูเหตุผลได้ที่หน้าของเรื่องนี้
mail-ticket-closed = { $economy } ปิดเรื่อง “{ $subject }” ({ $kind }) แล้ว หากต้องการความช่วยเหลือเพิ่มเติม คุณเปิดเรื่องอีกครั้งได้ที่หน้าของเรื่องนี้
mail-ticket-link = อ่านและตอบกลับได้ในบัญชีของคุณ:
