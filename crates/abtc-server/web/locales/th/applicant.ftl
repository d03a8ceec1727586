# พอร์ทัลผู้ยื่นคำขอ: คำขอ ขั้นตอนการยื่นคำขอ หน้าสถานะ และหน้าบัตร
# ค่าที่อยู่ใน { $วงเล็บปีกกา } หน้าเว็บจะเติมให้ ต้องคงไว้ในคำแปล

## คำทั่วไป

applicant-optional = ไม่บังคับ
applicant-choose = เลือกหนึ่งรายการ
applicant-yes = ใช่
applicant-no = ไม่ใช่
applicant-not-given = ไม่ได้ระบุ
applicant-not-submitted = ยังไม่ได้ยื่น
applicant-back-to-portal = กลับไปที่คำขอและบัตรของฉัน

## พอร์ทัล

applicant-portal-title = คำขอและบัตรของฉัน
applicant-portal-apply = เริ่มคำขอใหม่
applicant-portal-applications = คำขอ
applicant-portal-cards = บัตร
applicant-portal-notifications = การแจ้งเตือน
applicant-portal-no-applications = คุณยังไม่มีคำขอ เริ่มคำขอเพื่อขอบัตรเดินทางนักธุรกิจเอเปคผ่านเขตเศรษฐกิจของคุณ
applicant-portal-no-cards = คุณยังไม่มีบัตร บัตรจะปรากฏที่นี่เมื่อเขตเศรษฐกิจของคุณออกบัตรให้
applicant-portal-no-notifications = ยังไม่มีการแจ้งเตือน ข่าวสารเกี่ยวกับคำขอและบัตรของคุณจะแสดงที่นี่ โดยเรียงจากล่าสุด
applicant-portal-continue = ทำคำขอ { $reference } ต่อ
applicant-portal-view = ดูคำขอ { $reference }

## คอลัมน์ตารางและข้อมูล

applicant-col-reference = เลขที่อ้างอิง
applicant-col-home = เขตเศรษฐกิจของคุณ
applicant-col-state = สถานะ
applicant-col-submitted = วันที่ยื่น
applicant-col-next = ขั้นต่อไป
applicant-col-card-number = หมายเลขบัตร
applicant-col-card-status = สถานะบัตร
applicant-col-issued = วันที่ออกบัตร
applicant-col-expires = ใช้ได้ถึง
applicant-col-economy = เขตเศรษฐกิจ
applicant-col-decision = ผลการพิจารณา
applicant-col-due = คาดว่าจะตัดสินภายใน
applicant-col-decided = วันที่ตัดสิน
applicant-col-stay = ระยะพำนักที่อนุญาตต่อครั้ง
applicant-col-date = วันที่
applicant-col-event = เหตุการณ์
applicant-col-by = โดย

## สถานะคำขอ

applicant-state-draft = ฉบับร่าง
applicant-state-submitted = ยื่นแล้ว
applicant-state-home_review = อยู่ระหว่างการพิจารณาของเขตเศรษฐกิจของคุณ
applicant-state-info_requested = ขอข้อมูลเพิ่มเติม
applicant-state-rejected = ถูกปฏิเสธ
applicant-state-withdrawn = ถอนแล้ว
applicant-state-pre_clearance = รอการอนุมัติล่วงหน้า
applicant-state-issued = ออกบัตรแล้ว

applicant-state-explain-draft = คำขอนี้เป็นฉบับร่าง ไม่มีผู้อื่นเห็นจนกว่าคุณจะยื่น
applicant-state-explain-submitted = คำขอของคุณส่งถึงเขตเศรษฐกิจของคุณแล้ว และจะเริ่มพิจารณาในไม่ช้า
applicant-state-explain-home_review = เขตเศรษฐกิจของคุณกำลังตรวจสอบคำขอของคุณ
applicant-state-explain-info_requested = เขตเศรษฐกิจของคุณต้องการข้อมูลเพิ่มเติมจากคุณ โปรดตอบคำถามด้านล่างเพื่อให้การพิจารณาดำเนินต่อไปได้
applicant-state-explain-rejected = เขตเศรษฐกิจของคุณไม่อนุมัติคำขอนี้
applicant-state-explain-withdrawn = คุณถอนคำขอนี้แล้ว คุณเริ่มคำขอใหม่ได้ทุกเมื่อ
applicant-state-explain-pre_clearance = เขตเศรษฐกิจของคุณอนุมัติคำขอของคุณแล้ว และขอให้เขตเศรษฐกิจสมาชิกอื่นอนุมัติล่วงหน้าให้คุณ แต่ละเขตเศรษฐกิจตัดสินตามกรอบเวลาของตนเอง
applicant-state-explain-issued = บัตรของคุณออกแล้ว เขตเศรษฐกิจที่อนุมัติให้คุณในภายหลังจะถูกเพิ่มลงในบัตรนี้หรือในบัตรทดแทน

## สถานะการอนุมัติล่วงหน้าและสถานะบัตร

applicant-pc-status-pending = รอผลการพิจารณา
applicant-pc-status-approved = อนุมัติแล้ว
applicant-pc-status-declined = ไม่อนุมัติ
applicant-pc-status-withdrawn = เพิกถอนการอนุมัติแล้ว
applicant-pc-status-closed = ปิดโดยไม่มีการตัดสิน

applicant-card-status-active = ใช้งานอยู่
applicant-card-status-replaced = ถูกแทนที่แล้ว
applicant-card-status-cancelled = ยกเลิกแล้ว
applicant-card-status-lost = แจ้งสูญหายแล้ว
applicant-card-status-expired = หมดอายุแล้ว

## การเริ่มคำขอ

applicant-apply-title = เริ่มคำขอ
applicant-apply-lead = คุณยื่นคำขอต่อเขตเศรษฐกิจของคุณ ซึ่งคือเขตเศรษฐกิจสมาชิกที่ออกหนังสือเดินทางให้คุณ เขตเศรษฐกิจนั้นจะตรวจสอบคำขอของคุณก่อน แล้วจึงขอให้เขตเศรษฐกิจอื่นอนุมัติล่วงหน้าให้คุณ
applicant-apply-need-passport = คุณต้องมีหนังสือเดินทางที่มีอายุเหลืออย่างน้อยหกเดือน
applicant-apply-need-travel = คุณจะถูกถามเกี่ยวกับนายจ้าง ตำแหน่งงาน และความถี่ในการเดินทางเพื่อธุรกิจ
applicant-apply-need-photo = คุณต้องมีรูปถ่ายแบบหนังสือเดินทางที่ถ่ายไม่นาน เป็นไฟล์ JPEG
applicant-apply-home = เขตเศรษฐกิจของคุณ
applicant-apply-home-hint = เขตเศรษฐกิจที่ออกหนังสือเดินทางให้คุณ ฮ่องกง จีน รับคำขอจากผู้มีถิ่นที่อยู่ถาวรด้วย
applicant-apply-transitional = เฉพาะช่องทางพิเศษ
applicant-apply-transitional-note = แคนาดาและสหรัฐอเมริกาเป็นสมาชิกในช่วงเปลี่ยนผ่าน: ผู้ถือบัตรของทั้งสองเขตเศรษฐกิจใช้ช่องทางพิเศษเอเปคได้ แต่ไม่ได้รับการอนุมัติล่วงหน้าจากเขตเศรษฐกิจอื่น
applicant-apply-start = เริ่มคำขอ
applicant-apply-error-home = โปรดเลือกเขตเศรษฐกิจของคุณจากรายการ

## ขั้นตอน

applicant-steps-label = ขั้นตอนการยื่นคำขอ
applicant-step-numbered = ขั้นตอนที่ { $number }: { $step }
applicant-step-context = คำขอ { $reference } ถึง { $home }
applicant-step-personal = ข้อมูลส่วนตัว
applicant-step-passport = หนังสือเดินทาง
applicant-step-employment = การทำงาน
applicant-step-travel = การเดินทางเพื่อธุรกิจ
applicant-step-photo = รูปถ่าย
applicant-step-review = ตรวจสอบและยื่น
applicant-step-save-later = หยุดไว้ตรงนี้แล้วทำต่อภายหลัง (ขั้นตอนที่บันทึกแล้วจะยังอยู่)
applicant-save-continue = บันทึกและดำเนินการต่อ
applicant-error-summary = คำตอบบางข้อต้องได้รับการแก้ไข

applicant-personal-lead = เขียนชื่อของคุณให้ตรงตามที่ปรากฏในหนังสือเดินทาง
applicant-passport-lead = กรอกข้อมูลหนังสือเดินทางที่คุณจะใช้เดินทาง บัตรของคุณใช้ได้กับหนังสือเดินทางเล่มนี้เท่านั้น
applicant-employment-lead = บอกเราเกี่ยวกับธุรกิจที่คุณเดินทางไปทำงานให้ ยินดีต้อนรับวิสาหกิจขนาดกลางและขนาดย่อม
applicant-travel-lead = บอกเราว่าคุณเดินทางเพื่อธุรกิจในภูมิภาคเอเปคบ่อยเพียงใด
applicant-photo-lead = อัปโหลดรูปถ่ายสีใบหน้าของคุณที่ถ่ายไม่นาน แบบเดียวกับรูปถ่ายหนังสือเดินทาง
applicant-review-lead = ตรวจสอบคำตอบของคุณก่อนยื่น เมื่อยื่นแล้วจะแก้ไขไม่ได้

## ป้ายกำกับช่องข้อมูล

applicant-field-family-name = นามสกุล (ตามส่วนที่เครื่องอ่านได้ของหนังสือเดินทาง)
applicant-field-given-names = ชื่อตัว (ตามส่วนที่เครื่องอ่านได้ของหนังสือเดินทาง)
applicant-field-native-name = ชื่อเต็มในอักษรของคุณเอง
applicant-field-sex = เพศ (ตามหนังสือเดินทาง)
applicant-field-date-of-birth = วันเกิด
applicant-field-place-of-birth = สถานที่เกิด
applicant-field-residential-address = ที่อยู่อาศัย
applicant-field-phone = หมายเลขโทรศัพท์
applicant-field-email = อีเมลสำหรับคำขอนี้
applicant-field-passport-number = หมายเลขหนังสือเดินทาง
applicant-field-issuing-state = รัฐที่ออกหนังสือเดินทาง (สัญชาติของคุณ)
applicant-field-issued-on = วันที่ออก
applicant-field-expires-on = วันหมดอายุ
applicant-field-employer-name = ชื่อนายจ้างหรือบริษัท
applicant-field-business-address = ที่อยู่ธุรกิจ
applicant-field-business-type = ประเภทธุรกิจ
applicant-field-registration-number = เลขทะเบียนธุรกิจ
applicant-field-sme = ธุรกิจนี้เป็นวิสาหกิจขนาดกลางและขนาดย่อมหรือไม่
applicant-field-position = ตำแหน่งของคุณ
applicant-field-trips-per-year = จำนวนการเดินทางเพื่อธุรกิจต่อปี
applicant-field-average-trip-days = ระยะเวลาเฉลี่ยต่อการเดินทางหนึ่งครั้ง (วัน)
applicant-field-priority-economies = เขตเศรษฐกิจที่ต้องรอก่อนออกบัตร
applicant-field-renewal-of = บัตรที่คำขอนี้ต่ออายุ
applicant-field-photo = รูปถ่าย (ไฟล์ JPEG)
applicant-field-consent = คำรับรองและความยินยอม
applicant-field-other = คำตอบ
applicant-section-passport = ข้อมูลหนังสือเดินทาง
applicant-section-employer = ข้อมูลนายจ้าง

## คำแนะนำ

applicant-hint-mrz-family = ตัวอักษรละติน A ถึง Z ตามที่พิมพ์ในสองบรรทัดล่างสุดของหน้ารูปถ่ายในหนังสือเดินทาง เช่น CHEN
applicant-hint-mrz-given = ตัวอักษรละติน A ถึง Z ตามที่พิมพ์ในส่วนที่เครื่องอ่านได้ เช่น TAI MAN เว้นว่างไว้หากหนังสือเดินทางไม่มีชื่อตัว
applicant-hint-native-name = เขียนด้วยอักษรที่คุณใช้เขียนชื่อ เช่น 陳大文
applicant-hint-sex = เลือก X หากหนังสือเดินทางของคุณระบุ X หรือไม่ระบุเพศ
applicant-hint-date = ปี เดือน และวัน เช่น 1985-04-23
applicant-hint-expires-on = ปี เดือน และวัน หนังสือเดินทางต้องมีอายุเหลืออย่างน้อยหกเดือน
applicant-hint-place-of-birth = เมืองหรืออำเภอ และประเทศหรือเขตเศรษฐกิจ
applicant-hint-address = เขียนที่อยู่แบบที่เขียนบนจดหมาย ด้วยอักษรใดก็ได้ เขียนหลายบรรทัดได้
applicant-hint-phone = ขึ้นต้นด้วย + และรหัสประเทศ เช่น +886 2 2345 6789
applicant-hint-email = รองรับที่อยู่อีเมลที่เขียนด้วยอักษรใดก็ได้ เช่น 葉士豪@例え.jp
applicant-hint-passport-number = ตัวอักษรและตัวเลขเท่านั้น ตามที่พิมพ์ในหน้ารูปถ่าย
applicant-hint-issuing-state = เขตเศรษฐกิจที่ออกหนังสือเดินทาง
applicant-hint-registration-number = เลขทะเบียนของธุรกิจ หากมี
applicant-hint-sme = โดยทั่วไปมีพนักงานน้อยกว่า 250 คน เขตเศรษฐกิจของคุณอาจใช้คำนิยามของตนเอง
applicant-hint-trips-per-year = จำนวนเต็มตั้งแต่ 1 ถึง 365
applicant-hint-average-trip-days = จำนวนวันเป็นจำนวนเต็มตั้งแต่ 1 ถึง 365
applicant-hint-priority-economies = เขตเศรษฐกิจของคุณออกบัตรให้ได้ทันทีที่เขตเศรษฐกิจที่คุณระบุไว้ที่นี่ตัดสินแล้ว ระบุได้ไม่เกิน { $max } แห่ง หรือไม่ระบุเลยเพื่อรอตามนโยบายปกติ
applicant-hint-renewal-of = หากคำขอนี้เป็นการต่ออายุบัตรที่คุณถืออยู่ ให้เลือกบัตรนั้น บัตรนั้นจะถูกยกเลิกเมื่อออกบัตรใหม่
applicant-renewal-none = ไม่ใช่การต่ออายุ
applicant-hint-photo = ไฟล์ JPEG ขนาดไม่เกิน { $kib } KiB และอย่างน้อย { $min_width } × { $min_height } พิกเซล

## ตัวเลือก

applicant-sex-F = หญิง
applicant-sex-M = ชาย
applicant-sex-X = ไม่ระบุ (X)

applicant-business-manufacturing = การผลิต
applicant-business-trade = การค้า
applicant-business-services = การบริการ
applicant-business-finance = การเงิน
applicant-business-technology = เทคโนโลยี
applicant-business-resources = เหมืองแร่และพลังงาน
applicant-business-agriculture = เกษตรกรรม
applicant-business-tourism = การท่องเที่ยว
applicant-business-education = การศึกษา
applicant-business-government = ภาครัฐ
applicant-business-other = อื่น ๆ

## ข้อความเกี่ยวกับคำตอบ

applicant-error-required = โปรดกรอกช่องนี้ด้วย เพราะเป็นส่วนหนึ่งของคำตอบอื่นในกลุ่มเดียวกัน
applicant-error-choose = โปรดเลือกหนึ่งในตัวเลือก
applicant-error-date = โปรดกรอกวันที่ที่มีอยู่จริงในรูปแบบปี เดือน และวัน เช่น 1985-04-23
applicant-error-date-of-birth-future = วันเกิดต้องเป็นวันในอดีต
applicant-error-date-of-birth-past = วันเกิดย้อนหลังไปกว่า 120 ปี โปรดตรวจสอบปี
applicant-error-too-young = ผู้ยื่นคำขอต้องมีอายุอย่างน้อย { $years } ปี
applicant-error-mrz-latin = ใช้เฉพาะตัวอักษร A ถึง Z ช่องว่าง และขีดกลาง ตามที่พิมพ์ในส่วนที่เครื่องอ่านได้ของหนังสือเดินทาง
applicant-error-mrz-too-long = ชื่อยาวเกิน { $max } ตัวอักษร โปรดเขียนตามที่พิมพ์ในส่วนที่เครื่องอ่านได้
applicant-error-native-character = อักขระที่ตำแหน่ง { $position } ไม่สามารถเป็นส่วนหนึ่งของชื่อได้
applicant-error-native-too-long = ชื่อยาวเกิน { $max } อักขระ
applicant-error-short-text = เขียนได้ไม่เกิน { $max } อักขระในหนึ่งบรรทัด
applicant-error-long-text = เขียนได้ไม่เกิน { $max } อักขระ
applicant-error-sex = โปรดเลือกหนึ่งในตัวเลือกของเพศ
applicant-error-phone = โปรดกรอกหมายเลขโทรศัพท์โดยขึ้นต้นด้วย + และรหัสประเทศ ใช้ตัวเลขเท่านั้น เช่น +886 2 2345 6789
applicant-error-email = อีเมลนี้ไม่ถูกต้อง โปรดตรวจสอบว่าพิมพ์ผิดหรือไม่
applicant-error-passport-number-character = ใช้เฉพาะตัวอักษร A ถึง Z และตัวเลข ตามที่พิมพ์ในหนังสือเดินทาง
applicant-error-passport-number-too-long = หมายเลขหนังสือเดินทางมีตัวอักษรและตัวเลขได้ไม่เกิน { $max } ตัว
applicant-error-issuing-state = โปรดเลือกเขตเศรษฐกิจที่ออกหนังสือเดินทาง
applicant-error-issuing-state-home = คุณยื่นคำขอต่อ { $home } ดังนั้นหนังสือเดินทางของคุณต้องออกโดย { $home } โปรดเริ่มคำขอใหม่ต่อเขตเศรษฐกิจที่ออกหนังสือเดินทางให้คุณ
applicant-error-issued-future = วันที่ออกต้องไม่เป็นวันในอนาคต
applicant-error-issued-after-expiry = วันที่ออกต้องอยู่ก่อนวันหมดอายุ
applicant-error-passport-validity = หนังสือเดินทางต้องมีอายุเหลืออย่างน้อย { $months } เดือน โปรดต่ออายุก่อนยื่นคำขอ
applicant-error-business-type = โปรดเลือกประเภทธุรกิจ
applicant-error-days = โปรดกรอกจำนวนเต็มตั้งแต่ 1 ถึง { $max }
applicant-error-priority-unknown = โปรดเลือกเฉพาะเขตเศรษฐกิจจากรายการ
applicant-error-priority-too-many = เลือกได้ไม่เกิน { $max } เขตเศรษฐกิจ
applicant-error-renewal = โปรดเลือกบัตรของคุณหนึ่งใบจากรายการ
applicant-error-consent = โปรดทำเครื่องหมายในช่องเพื่อยืนยันคำรับรองก่อนยื่น

## รูปถ่าย

applicant-photo-alt = รูปถ่ายของคุณสำหรับคำขอ
applicant-photo-current = รูปถ่ายปัจจุบันของคุณ: { $width } × { $height } พิกเซล
applicant-photo-none-yet = ยังไม่ได้อัปโหลดรูปถ่าย
applicant-photo-upload = อัปโหลดรูปถ่าย
applicant-photo-replace = เปลี่ยนรูปถ่าย
applicant-photo-keep = ใช้รูปถ่ายนี้และดำเนินการต่อ
applicant-photo-error-none = โปรดเลือกไฟล์ JPEG เพื่ออัปโหลด
applicant-photo-error-too-large = ไฟล์มีขนาดใหญ่กว่า { $kib } KiB โปรดเลือกรูปถ่ายที่เล็กกว่านี้
applicant-photo-error-not-jpeg = ไฟล์นี้ไม่ใช่รูปถ่าย JPEG โปรดบันทึกเป็น JPEG แล้วลองอีกครั้ง
applicant-photo-error-too-small = รูปถ่ายมีขนาด { $width } × { $height } พิกเซล ต้องมีขนาดอย่างน้อย { $min_width } × { $min_height }
applicant-photo-error-too-big = รูปถ่ายมีขนาด { $width } × { $height } พิกเซล ต้องมีขนาดไม่เกิน { $max_width } × { $max_height }

## ตรวจสอบและยื่น

applicant-review-missing-title = ยังขาดอยู่
applicant-review-missing = ยังไม่ได้กรอก { $field }
applicant-review-fix = ไปที่ขั้นตอนนั้นเพื่อแก้ไข
applicant-review-change-personal = แก้ไขข้อมูลส่วนตัว
applicant-review-change-passport = แก้ไขข้อมูลหนังสือเดินทาง
applicant-review-change-employment = แก้ไขข้อมูลการทำงาน
applicant-review-change-travel = แก้ไขข้อมูลการเดินทางเพื่อธุรกิจ
applicant-review-change-photo = เปลี่ยนรูปถ่าย
applicant-review-submit-title = ยื่นคำขอ
applicant-review-complete-first = โปรดกรอกคำตอบที่ยังขาดด้านบนให้ครบ แล้วจึงยื่นได้
applicant-consent-legend = คำรับรอง
applicant-consent-declaration = ข้าพเจ้าขอรับรองว่าข้อมูลในคำขอนี้เป็นความจริงและครบถ้วน ข้าพเจ้ายินยอมให้ { $home } เปิดเผยข้อมูลนี้แก่เขตเศรษฐกิจสมาชิกอื่นของโครงการบัตรเดินทางนักธุรกิจเอเปค เพื่อให้เขตเศรษฐกิจเหล่านั้นตัดสินว่าจะอนุมัติล่วงหน้าให้ข้าพเจ้าหรือไม่ และแก่หน่วยงานด่านพรมแดนของเขตเศรษฐกิจเหล่านั้นตลอดระยะเวลาที่ข้าพเจ้าถือบัตร
applicant-consent-label = ข้าพเจ้ายินยอมตามคำรับรองนี้
applicant-submit = ยื่นคำขอ
applicant-problem-missing = ยังยื่นคำขอไม่ได้: ยังไม่ได้กรอก { $field }
applicant-problem-invalid = ยังยื่นคำขอไม่ได้: โปรดตรวจสอบ { $field }
applicant-problem-not-eligible = คำขอยังไม่เป็นไปตามกฎของโครงการ: โปรดตรวจสอบวันที่ในหนังสือเดินทาง รัฐที่ออกหนังสือเดินทาง และวันเกิด
applicant-problem-other = ยังยื่นคำขอไม่ได้ในขณะนี้ โปรดโหลดหน้าใหม่แล้วลองอีกครั้ง

## หน้าสถานะ

applicant-status-title = คำขอ { $reference }
applicant-status-created = วันที่เริ่ม
applicant-status-review-target = กำหนดเสร็จการพิจารณา
applicant-status-review-target-text = { $home } ตั้งเป้าจะพิจารณาให้เสร็จภายใน { $date }
applicant-status-continue = ทำคำขอต่อ
applicant-status-question-title = { $home } ขอข้อมูลเพิ่มเติม
applicant-status-answer = คำตอบของคุณ
applicant-status-answer-hint = โปรดตอบคำถามให้ครบถ้วน เขียนได้หลายบรรทัด
applicant-status-send-answer = ส่งคำตอบ
applicant-status-new-photo = รูปถ่ายใหม่ (ไฟล์ JPEG)
applicant-status-new-photo-hint = เฉพาะในกรณีที่มีการขอรูปถ่ายใหม่จากคุณ
applicant-respond-error-empty = โปรดเขียนคำตอบก่อนส่ง
applicant-status-rejection-title = เหตุผลที่แจ้ง
applicant-status-pre-clearances = การอนุมัติล่วงหน้าโดยเขตเศรษฐกิจสมาชิก
applicant-status-pre-clearances-count = เขตเศรษฐกิจตัดสินแล้ว { $answered } จาก { $total } แห่ง
applicant-status-no-pre-clearances = คำขออนุมัติล่วงหน้าจะถูกส่งออกไปหลังจากเขตเศรษฐกิจของคุณอนุมัติคำขอของคุณ
applicant-status-overdue = (เกินกำหนดเวลาของเขตเศรษฐกิจนั้นเอง)
applicant-status-not-decided = ยังไม่ตัดสิน
applicant-status-issue-requested = คุณได้ขอให้ออกบัตรทันทีแล้ว
applicant-status-issue-title = รับบัตรของคุณทันที
applicant-status-issue-text = เขตเศรษฐกิจของคุณออกบัตรให้ได้ทันทีพร้อมการอนุมัติที่ได้รับจนถึงตอนนี้ การอนุมัติที่มาถึงในภายหลังจะทำให้คุณได้รับบัตรทดแทนโดยไม่มีค่าใช้จ่าย
applicant-status-issue-button = ออกบัตรให้ฉันทันที
applicant-status-history = ประวัติ
applicant-status-no-history = ยังไม่มีเหตุการณ์ใด
applicant-withdraw-title = ถอนคำขอ
applicant-withdraw-text = การถอนจะทำให้คำขอนี้สิ้นสุดลงอย่างถาวร คุณยื่นคำขอใหม่ได้ในภายหลัง
applicant-withdraw-confirm = ฉันต้องการถอนคำขอนี้
applicant-withdraw-button = ถอนคำขอ
applicant-withdraw-error-confirm = โปรดทำเครื่องหมายในช่องเพื่อยืนยันว่าคุณต้องการถอนคำขอ

applicant-done-submitted = ยื่นคำขอของคุณแล้ว เขตเศรษฐกิจของคุณจะพิจารณาคำขอนี้
applicant-done-answered = ส่งคำตอบของคุณถึงเขตเศรษฐกิจของคุณแล้ว
applicant-done-withdrawn = ถอนคำขอของคุณแล้ว
applicant-done-issue = บันทึกคำขอให้ออกบัตรทันทีของคุณแล้ว
applicant-done-photo = บันทึกรูปถ่ายใหม่ของคุณแล้ว

applicant-who-you = คุณ
applicant-who-economy = { $economy }
applicant-who-scheme = ฝ่ายบริหารโครงการ
applicant-who-system = การประมวลผลอัตโนมัติ

## ประวัติ

applicant-event-application_created = เริ่มคำขอแล้ว
applicant-event-draft_updated = บันทึกคำตอบแล้ว
applicant-event-photo_attached = อัปโหลดรูปถ่ายแล้ว
applicant-event-submitted = ยื่นคำขอแล้ว
applicant-event-review_started = เขตเศรษฐกิจของคุณเริ่มพิจารณาแล้ว
applicant-event-info_requested = เขตเศรษฐกิจของคุณขอข้อมูลเพิ่มเติม
applicant-event-info_provided = ส่งข้อมูลที่ขอแล้ว
applicant-event-rejected = เขตเศรษฐกิจของคุณปฏิเสธคำขอ
applicant-event-withdrawn = ถอนคำขอแล้ว
applicant-event-home_approved = { $requests ->
    [0] เขตเศรษฐกิจของคุณอนุมัติคำขอแล้ว
   *[other] เขตเศรษฐกิจของคุณอนุมัติคำขอแล้ว และขอให้เขตเศรษฐกิจ { $requests } แห่งอนุมัติล่วงหน้าให้คุณ
    }
applicant-event-pre_clearance_requested = มีการขอให้ { $economy } อนุมัติล่วงหน้าให้คุณ
applicant-event-pre_clearance_decided = { $economy } ตัดสินเรื่องการอนุมัติล่วงหน้าของคุณแล้ว
applicant-event-pre_clearance_approved = { $economy } อนุมัติล่วงหน้าให้คุณแล้ว
applicant-event-pre_clearance_declined = { $economy } ไม่อนุมัติล่วงหน้าให้คุณ
applicant-event-pre_clearance_withdrawn = { $economy } เพิกถอนการอนุมัติล่วงหน้าแล้ว
applicant-event-pre_clearance_closed = คำขอถึง { $economy } ถูกปิดโดยไม่มีการตัดสิน
applicant-event-issue_requested = คุณได้ขอให้ออกบัตรทันที
applicant-event-card_issued = ออกบัตร { $card } แล้ว
applicant-event-card_economies_changed = เขตเศรษฐกิจในบัตร { $card } มีการเปลี่ยนแปลง
applicant-event-card_replaced = บัตร { $old } ถูกแทนที่ด้วยบัตร { $new }
applicant-event-card_cancelled = บัตร { $card } ถูกยกเลิกแล้ว
applicant-event-card_expired = บัตร { $card } หมดอายุแล้ว

## การแจ้งเตือน

applicant-notice-submitted = ยื่นคำขอของคุณแล้ว
applicant-notice-review_started = เขตเศรษฐกิจของคุณเริ่มพิจารณาคำขอของคุณแล้ว
applicant-notice-info_requested = เขตเศรษฐกิจของคุณต้องการข้อมูลเพิ่มเติมจากคุณ
applicant-notice-info_provided = คำตอบของคุณส่งถึงเขตเศรษฐกิจของคุณแล้ว
applicant-notice-rejected = เขตเศรษฐกิจของคุณปฏิเสธคำขอของคุณ
applicant-notice-withdrawn = ถอนคำขอของคุณแล้ว
applicant-notice-home_approved = เขตเศรษฐกิจของคุณอนุมัติคำขอของคุณแล้ว คำขออนุมัติล่วงหน้ากำลังถูกส่งออกไป
applicant-notice-pre_clearance_decided = มีเขตเศรษฐกิจหนึ่งตัดสินเรื่องการอนุมัติล่วงหน้าของคุณแล้ว
applicant-notice-pre_clearance_withdrawn = มีเขตเศรษฐกิจหนึ่งเพิกถอนการอนุมัติล่วงหน้า
applicant-notice-issue_requested = บันทึกคำขอให้ออกบัตรทันทีของคุณแล้ว
applicant-notice-card_issued = ออกบัตรของคุณแล้ว
applicant-notice-card_economies_changed = เขตเศรษฐกิจในบัตรของคุณมีการเปลี่ยนแปลง
applicant-notice-card_replaced = บัตรของคุณถูกแทนที่ด้วยบัตรใหม่
applicant-notice-card_cancelled = บัตรของคุณถูกยกเลิกแล้ว
applicant-notice-card_expired = บัตรของคุณหมดอายุแล้ว
applicant-notice-other = มีข่าวสารเกี่ยวกับคำขอของคุณ

## หน้าบัตร

applicant-card-title = บัตร { $number }
applicant-card-home = ออกโดย
applicant-card-kind = รูปแบบ
applicant-card-virtual = บัตรเสมือน (ในโทรศัพท์ของคุณ)
applicant-card-physical = บัตรจริง
applicant-card-replaces = แทนที่บัตร
applicant-card-replaced-by = ถูกแทนที่ด้วยบัตร
applicant-card-not-active = บัตรนี้ใช้เดินทางไม่ได้อีกต่อไป
applicant-card-wallet = แสดงในโทรศัพท์ของฉัน
applicant-card-cleared = เขตเศรษฐกิจที่อนุมัติล่วงหน้าให้คุณแล้ว
applicant-card-stay-days = { $days ->
   *[other] พำนักได้ไม่เกิน { $days } วันต่อครั้ง
    }
applicant-card-stay-unknown = ตามที่เขตเศรษฐกิจตัดสินที่ด่านพรมแดน
applicant-card-none-yet = ยังไม่มีเขตเศรษฐกิจใดอนุมัติล่วงหน้าให้คุณ การอนุมัติจะปรากฏที่นี่เมื่อได้รับ
applicant-card-none-transitional = { $home } เป็นสมาชิกในช่วงเปลี่ยนผ่าน: ผู้ถือบัตรของเขตเศรษฐกิจนี้ไม่ได้รับการอนุมัติล่วงหน้า รายการนี้จึงว่างเปล่า
applicant-card-lanes = เมื่อมีบัตรที่ยังใช้ได้ คุณสามารถใช้ช่องทางเอเปคที่ท่าอากาศยานของทุกเขตเศรษฐกิจสมาชิก โปรดพกหนังสือเดินทางเล่มที่ใช้ออกบัตรไว้เสมอ แต่ละเขตเศรษฐกิจยังคงมีสิทธิ์ปฏิเสธการเข้าเมือง
applicant-card-application = ดูคำขอของบัตรนี้
