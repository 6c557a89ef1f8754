Fri Nov 20 00:00:00 2026 Info: Begin Logfile
Fri Nov 20 00:00:00 2026 Info: Version: 15.5.1-055 SN: 42A3C1E8F7D2B9A6C4E1-5F8D0B3A7C2E
Fri Nov 20 00:00:00 2026 Info: Time offset from UTC: 0 seconds
Fri Nov 20 02:16:32 2026 Info: New SMTP ICID 433605 interface IncomingMail (192.0.2.10) address 198.51.131.98 reverse dns host mail.gmail.example verified yes
Fri Nov 20 02:16:32 2026 Info: ICID 433605 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.4
Fri Nov 20 02:16:32 2026 Info: ICID 433605 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 02:16:32 2026 Info: Start MID 1010549 ICID 433605
Fri Nov 20 02:16:32 2026 Info: MID 1010549 ICID 433605 From: <leo.jensen@gmail.example>
Fri Nov 20 02:16:32 2026 Info: MID 1010549 ICID 433605 RID 0 To: <yuki.ivanova@corp.example>
Fri Nov 20 02:16:33 2026 Info: MID 1010549 Message-ID '<92d4e6fb1e292ddb4a05.28755@gmail.example>'
Fri Nov 20 02:16:33 2026 Info: MID 1010549 Subject 'Price list 67442'
Fri Nov 20 02:16:33 2026 Info: MID 1010549 ready 17942 bytes from <leo.jensen@gmail.example>
Fri Nov 20 02:16:33 2026 Info: MID 1010549 DMARC: Verification passed
Fri Nov 20 02:16:33 2026 Info: MID 1010549 using engine: CASE spam negative
Fri Nov 20 02:16:33 2026 Info: MID 1010549 antivirus negative
Fri Nov 20 02:16:33 2026 Info: ICID 433605 close
Fri Nov 20 02:16:33 2026 Info: MID 1010549 SPF: mailfrom identity leo.jensen@gmail.example Pass (v=spf1)
Fri Nov 20 02:16:33 2026 Info: MID 1010549 DKIM: pass signature verified (d=gmail.example s=s7 i=@gmail.example)
Fri Nov 20 02:16:33 2026 Info: MID 1010549 interim AV verdict using Sophos CLEAN
Fri Nov 20 02:16:33 2026 Info: MID 1010549 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 02:16:34 2026 Info: MID 1010549 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 02:16:35 2026 Info: MID 1010549 queued for delivery
Fri Nov 20 02:16:36 2026 Info: New SMTP DCID 209457 interface 192.0.2.20 address 52.101.125.68 port 25
Fri Nov 20 02:16:36 2026 Info: DCID 209457 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 02:16:36 2026 Info: Delivery start DCID 209457 MID 1010549 to RID [0]
Fri Nov 20 02:16:39 2026 Info: Message done DCID 209457 MID 1010549 to RID [0]
Fri Nov 20 02:16:39 2026 Info: MID 1010549 RID [0] Response '2.0.0 Ok: queued as NDkgudQ2pTMiYVez'
Fri Nov 20 02:16:39 2026 Info: Message finished MID 1010549 done
Fri Nov 20 02:16:39 2026 Info: DCID 209457 close
Fri Nov 20 02:17:30 2026 Info: New SMTP ICID 433606 interface IncomingMail (192.0.2.10) address 198.51.48.48 reverse dns host mail.lawfirm.example verified yes
Fri Nov 20 02:17:30 2026 Info: ICID 433606 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.9
Fri Nov 20 02:17:30 2026 Info: ICID 433606 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 02:17:30 2026 Info: Start MID 1010550 ICID 433606
Fri Nov 20 02:17:30 2026 Info: MID 1010550 ICID 433606 From: <tom.cohen@lawfirm.example>
Fri Nov 20 02:17:30 2026 Info: MID 1010550 ICID 433606 RID 0 To: <kofi.nguyen@corp.example>
Fri Nov 20 02:17:30 2026 Info: MID 1010550 ICID 433606 RID 1 To: <leo.sato@corp-legacy.example>
Fri Nov 20 02:17:30 2026 Info: MID 1010550 Message-ID '<1888b02872a66224d58e.71146@lawfirm.example>'
Fri Nov 20 02:17:30 2026 Info: MID 1010550 Subject 'Café menu for next week'
Fri Nov 20 02:17:30 2026 Info: MID 1010550 ready 3089620 bytes from <tom.cohen@lawfirm.example>
Fri Nov 20 02:17:30 2026 Info: MID 1010550 antivirus negative
Fri Nov 20 02:17:30 2026 Info: MID 1010550 interim AV verdict using Sophos CLEAN
Fri Nov 20 02:17:30 2026 Info: MID 1010550 DMARC: Verification passed
Fri Nov 20 02:17:30 2026 Info: MID 1010550 DKIM: pass signature verified (d=lawfirm.example s=s3 i=@lawfirm.example)
Fri Nov 20 02:17:30 2026 Info: ICID 433606 close
Fri Nov 20 02:17:30 2026 Info: MID 1010550 SPF: mailfrom identity tom.cohen@lawfirm.example Pass (v=spf1)
Fri Nov 20 02:17:30 2026 Info: MID 1010550 using engine: CASE spam negative
Fri Nov 20 02:17:32 2026 Info: MID 1010550 was split creating MID 1010551 due to a per-recipient policy DEFAULT in the inbound table
Fri Nov 20 02:17:32 2026 Info: MID 1010551 ICID 0 From: <tom.cohen@lawfirm.example>
Fri Nov 20 02:17:32 2026 Info: MID 1010551 ICID 0 RID 0 To: <leo.sato@corp-legacy.example>
Fri Nov 20 02:17:32 2026 Info: MID 1010550 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 02:17:32 2026 Info: MID 1010550 attachment 'image002.jpg'
Fri Nov 20 02:17:32 2026 Info: MID 1010551 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 02:17:32 2026 Info: File reputation query initiating. File Name = 'image002.jpg', MID = 1010551, File Size = 52966 bytes, File Type = image/jpeg
Fri Nov 20 02:17:32 2026 Info: MID 1010550 attachment 'photo=2036056.heic'
Fri Nov 20 02:17:32 2026 Info: MID 1010550 AMP file reputation verdict : CLEAN
Fri Nov 20 02:17:32 2026 Info: File reputation query initiating. File Name = 'photo 36056.heic', MID = 1010551, File Size = 2239778 bytes, File Type = image/heic
Fri Nov 20 02:17:32 2026 Info: MID 1010551 AMP file reputation verdict : CLEAN
Fri Nov 20 02:17:32 2026 Info: Response received for file reputation query from Cache. File Name = image002.jpg, MID = 1010551, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = b8dee081179a071e518ae4525b4b1b75321c52966bd8c67656d050cd67601367, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Fri Nov 20 02:17:33 2026 Info: Response received for file reputation query from Cache. File Name = 'photo 36056.heic', MID = 1010551, Disposition = CLEAN, Malware = None, Reputation Score = 0, sha256 = 431268fd4b0df45027f15d31b9cbf014c844e04a725860d34690a084af0f839f, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Fri Nov 20 02:17:33 2026 Info: MID 1010551 queued for delivery
Fri Nov 20 02:17:33 2026 Info: New SMTP DCID 209460 interface 192.0.2.20 address 10.30.0.25 port 25
Fri Nov 20 02:17:33 2026 Info: DCID 209460 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 02:17:33 2026 Info: Delivery start DCID 209460 MID 1010551 to RID [0]
Fri Nov 20 02:17:34 2026 Info: MID 1010550 queued for delivery
Fri Nov 20 02:17:34 2026 Info: MID 1010552 was generated based on MID 1010550 by bcc filter 'Finance_Archive'
Fri Nov 20 02:17:34 2026 Info: MID 1010552 ICID 0 From: <tom.cohen@lawfirm.example>
Fri Nov 20 02:17:34 2026 Info: MID 1010552 ICID 0 RID 0 To: <finance-archive@corp.example>
Fri Nov 20 02:17:34 2026 Info: MID 1010552 Message-ID '<1888b02872a66224d58e.71146@lawfirm.example>'
Fri Nov 20 02:17:34 2026 Info: MID 1010552 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 02:17:34 2026 Info: MID 1010552 queued for delivery
Fri Nov 20 02:17:35 2026 Info: New SMTP DCID 209459 interface 192.0.2.20 address 52.101.246.200 port 25
Fri Nov 20 02:17:35 2026 Info: DCID 209459 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 02:17:35 2026 Info: Delivery start DCID 209459 MID 1010552 to RID [0]
Fri Nov 20 02:17:35 2026 Info: Message done DCID 209460 MID 1010551 to RID [0]
Fri Nov 20 02:17:35 2026 Info: MID 1010551 RID [0] Response '2.0.0 Ok: queued as 7uCH3UXFDV6sZXzM'
Fri Nov 20 02:17:35 2026 Info: Message finished MID 1010551 done
Fri Nov 20 02:17:35 2026 Info: DCID 209460 close
Fri Nov 20 02:17:35 2026 Info: Message done DCID 209459 MID 1010552 to RID [0]
Fri Nov 20 02:17:35 2026 Info: MID 1010552 RID [0] Response '2.6.0 [InternalId=980963585943, Hostname=AM0PR01MB6544.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 02:17:35 2026 Info: Message finished MID 1010552 done
Fri Nov 20 02:17:36 2026 Info: DCID 209459 close
Fri Nov 20 02:17:36 2026 Info: New SMTP DCID 209458 interface 192.0.2.20 address 52.101.200.215 port 25
Fri Nov 20 02:17:36 2026 Info: DCID 209458 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 02:17:36 2026 Info: Delivery start DCID 209458 MID 1010550 to RID [0]
Fri Nov 20 02:17:37 2026 Info: Message done DCID 209458 MID 1010550 to RID [0]
Fri Nov 20 02:17:37 2026 Info: MID 1010550 RID [0] Response '2.0.0 Ok: queued as HtNCiNj35ue3ShP3'
Fri Nov 20 02:17:37 2026 Info: Message finished MID 1010550 done
Fri Nov 20 02:17:37 2026 Info: DCID 209458 close
Fri Nov 20 05:02:34 2026 Info: New SMTP ICID 433607 interface IncomingMail (192.0.2.10) address 198.51.208.107 reverse dns host mail.lawfirm.example verified yes
Fri Nov 20 05:02:34 2026 Info: ICID 433607 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.6
Fri Nov 20 05:02:34 2026 Info: ICID 433607 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 05:02:34 2026 Info: Start MID 1010553 ICID 433607
Fri Nov 20 05:02:34 2026 Info: MID 1010553 ICID 433607 From: <tom.cohen@lawfirm.example>
Fri Nov 20 05:02:34 2026 Info: MID 1010553 ICID 433607 RID 0 To: <lena.sato@corp.example>
Fri Nov 20 05:02:34 2026 Info: MID 1010553 Message-ID '<4489dc86e7feb57fc40e.11658@lawfirm.example>'
Fri Nov 20 05:02:34 2026 Info: MID 1010553 Subject "Re: O'Brien account review"
Fri Nov 20 05:02:34 2026 Info: MID 1010553 ready 102323 bytes from <tom.cohen@lawfirm.example>
Fri Nov 20 05:02:34 2026 Info: ICID 433607 close
Fri Nov 20 05:02:34 2026 Info: MID 1010553 using engine: CASE spam negative
Fri Nov 20 05:02:34 2026 Info: MID 1010553 DMARC: Verification passed
Fri Nov 20 05:02:34 2026 Info: MID 1010553 DKIM: pass signature verified (d=lawfirm.example s=s9 i=@lawfirm.example)
Fri Nov 20 05:02:34 2026 Info: MID 1010553 SPF: mailfrom identity tom.cohen@lawfirm.example Pass (v=spf1)
Fri Nov 20 05:02:35 2026 Info: MID 1010553 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 05:02:35 2026 Info: MID 1010553 attachment 'image001.png'
Fri Nov 20 05:02:35 2026 Info: File reputation query initiating. File Name = 'image001.png', MID = 1010553, File Size = 21763 bytes, File Type = image/png
Fri Nov 20 05:02:35 2026 Info: MID 1010553 attachment 'invoice_44952.pdf'
Fri Nov 20 05:02:35 2026 Info: File reputation query initiating. File Name = 'invoice_44952.pdf', MID = 1010553, File Size = 42595 bytes, File Type = application/pdf
Fri Nov 20 05:02:35 2026 Info: MID 1010553 AMP file reputation verdict : UNKNOWN
Fri Nov 20 05:02:35 2026 Info: Response received for file reputation query from Cloud. File Name = 'image001.png', MID = 1010553, Disposition = FILE UNKNOWN, Malware = None, Analysis Score = 0, sha256 = 7b5647573a38b3b88a42abe537cb7edc4d6031b2db2bf83f0f21434b7765547d, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Fri Nov 20 05:02:35 2026 Info: Response received for file reputation query from Cache. File Name = invoice_44952.pdf, MID = 1010553, Disposition = FILE UNKNOWN, Malware = None, Analysis Score = 0, sha256 = c6b789ef81365acc3f88af5933736dcca7f0c99e80b5244a4767e1fa79823eb2, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Fri Nov 20 05:02:37 2026 Info: MID 1010553 queued for delivery
Fri Nov 20 05:02:38 2026 Info: New SMTP DCID 209461 interface 192.0.2.20 address 52.101.67.245 port 25
Fri Nov 20 05:02:38 2026 Info: DCID 209461 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 05:02:38 2026 Info: Delivery start DCID 209461 MID 1010553 to RID [0]
Fri Nov 20 05:02:39 2026 Info: Message done DCID 209461 MID 1010553 to RID [0]
Fri Nov 20 05:02:39 2026 Info: MID 1010553 RID [0] Response '2.6.0 [InternalId=421601755642, Hostname=AM0PR01MB1020.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 05:02:39 2026 Info: Message finished MID 1010553 done
Fri Nov 20 05:02:39 2026 Info: DCID 209461 close
Fri Nov 20 05:31:26 2026 Info: New SMTP ICID 433608 interface IncomingMail (192.0.2.10) address 198.51.115.243 reverse dns host mail.bank.example verified yes
Fri Nov 20 05:31:26 2026 Info: ICID 433608 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.6
Fri Nov 20 05:31:26 2026 Info: ICID 433608 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 05:31:26 2026 Info: Start MID 1010554 ICID 433608
Fri Nov 20 05:31:26 2026 Info: MID 1010554 ICID 433608 From: <lena.moreau@bank.example>
Fri Nov 20 05:31:26 2026 Info: MID 1010554 ICID 433608 RID 0 To: <nina.lopez@corp.example>
Fri Nov 20 05:31:26 2026 Info: MID 1010554 ICID 433608 RID 1 To: <emma.garcia@corp.example>
Fri Nov 20 05:31:27 2026 Info: MID 1010554 Message-ID '<3f299e1c1da4598a37f3.43716@bank.example>'
Fri Nov 20 05:31:27 2026 Info: MID 1010554 Subject 'Budget 2027 – first numbers'
Fri Nov 20 05:31:27 2026 Info: MID 1010554 ready 26994 bytes from <lena.moreau@bank.example>
Fri Nov 20 05:31:27 2026 Info: MID 1010554 SPF: mailfrom identity lena.moreau@bank.example Pass (v=spf1)
Fri Nov 20 05:31:27 2026 Info: ICID 433608 close
Fri Nov 20 05:31:27 2026 Info: MID 1010554 DMARC: Verification passed
Fri Nov 20 05:31:27 2026 Info: MID 1010554 DKIM: pass signature verified (d=bank.example s=s9 i=@bank.example)
Fri Nov 20 05:31:27 2026 Info: MID 1010554 interim AV verdict using Sophos CLEAN
Fri Nov 20 05:31:27 2026 Info: MID 1010554 antivirus negative
Fri Nov 20 05:31:27 2026 Info: MID 1010554 using engine: CASE spam negative
Fri Nov 20 05:31:28 2026 Info: MID 1010554 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 05:31:28 2026 Info: MID 1010554 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 05:31:29 2026 Info: MID 1010554 queued for delivery
Fri Nov 20 05:31:31 2026 Info: New SMTP DCID 209462 interface 192.0.2.20 address 52.101.130.217 port 25
Fri Nov 20 05:31:31 2026 Info: DCID 209462 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 05:31:31 2026 Info: Delivery start DCID 209462 MID 1010554 to RID [0, 1]
Fri Nov 20 05:31:33 2026 Info: Message done DCID 209462 MID 1010554 to RID [0, 1]
Fri Nov 20 05:31:33 2026 Info: MID 1010554 RID [0, 1] Response '2.6.0 [InternalId=399092060621, Hostname=AM0PR01MB1230.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 05:31:33 2026 Info: DCID 209462 close
Fri Nov 20 05:31:33 2026 Info: Message finished MID 1010554 done
Fri Nov 20 05:41:18 2026 Info: New SMTP ICID 433609 interface IncomingMail (192.0.2.10) address 198.51.174.32 reverse dns host mail.gmail.example verified yes
Fri Nov 20 05:41:18 2026 Info: ICID 433609 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.2
Fri Nov 20 05:41:18 2026 Info: ICID 433609 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 05:41:18 2026 Info: Start MID 1010555 ICID 433609
Fri Nov 20 05:41:18 2026 Info: MID 1010555 ICID 433609 From: <chen.fischer@gmail.example>
Fri Nov 20 05:41:18 2026 Info: MID 1010555 ICID 433609 RID 0 To: <leo.dubois@corp.example>
Fri Nov 20 05:41:18 2026 Info: MID 1010555 ICID 433609 RID 1 To: <kofi.moreau@corp.example>
Fri Nov 20 05:41:18 2026 Info: MID 1010555 ICID 433609 RID 2 To: <sara.novak23@corp.example>
Fri Nov 20 05:41:18 2026 Info: MID 1010555 Message-ID '<72869002a65666171a9e.98990@gmail.example>'
Fri Nov 20 05:41:18 2026 Info: MID 1010555 Subject 'Weekly newsletter #48167'
Fri Nov 20 05:41:18 2026 Info: MID 1010555 ready 34251 bytes from <chen.fischer@gmail.example>
Fri Nov 20 05:41:18 2026 Info: MID 1010555 using engine: CASE spam negative
Fri Nov 20 05:41:18 2026 Info: MID 1010555 antivirus negative
Fri Nov 20 05:41:18 2026 Info: MID 1010555 DKIM: pass signature verified (d=gmail.example s=s3 i=@gmail.example)
Fri Nov 20 05:41:18 2026 Info: ICID 433609 close
Fri Nov 20 05:41:18 2026 Info: MID 1010555 interim AV verdict using Sophos CLEAN
Fri Nov 20 05:41:19 2026 Info: MID 1010555 SPF: mailfrom identity chen.fischer@gmail.example Pass (v=spf1)
Fri Nov 20 05:41:19 2026 Info: MID 1010555 DMARC: Verification passed
Fri Nov 20 05:41:20 2026 Info: MID 1010555 was split creating MID 1010556 due to a per-recipient policy Engineering in the inbound table
Fri Nov 20 05:41:20 2026 Info: MID 1010556 ICID 0 From: <chen.fischer@gmail.example>
Fri Nov 20 05:41:20 2026 Info: MID 1010556 ICID 0 RID 0 To: <kofi.moreau@corp.example>
Fri Nov 20 05:41:20 2026 Info: MID 1010555 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 05:41:20 2026 Info: MID 1010555 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 05:41:20 2026 Info: MID 1010556 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 05:41:20 2026 Info: MID 1010556 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 05:41:21 2026 Info: MID 1010556 queued for delivery
Fri Nov 20 05:41:22 2026 Info: MID 1010555 queued for delivery
Fri Nov 20 05:41:23 2026 Info: New SMTP DCID 209464 interface 192.0.2.20 address 52.101.170.178 port 25
Fri Nov 20 05:41:23 2026 Info: DCID 209464 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 05:41:23 2026 Info: Delivery start DCID 209464 MID 1010556 to RID [0]
Fri Nov 20 05:41:24 2026 Info: New SMTP DCID 209463 interface 192.0.2.20 address 52.101.237.148 port 25
Fri Nov 20 05:41:24 2026 Info: DCID 209463 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 05:41:24 2026 Info: Delivery start DCID 209463 MID 1010555 to RID [0, 2]
Fri Nov 20 05:41:25 2026 Info: Message done DCID 209464 MID 1010556 to RID [0]
Fri Nov 20 05:41:25 2026 Info: MID 1010556 RID [0] Response '2.6.0 [InternalId=968342421165, Hostname=AM0PR01MB5436.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 05:41:25 2026 Info: DCID 209464 close
Fri Nov 20 05:41:25 2026 Info: Message finished MID 1010556 done
Fri Nov 20 05:41:26 2026 Info: Message done DCID 209463 MID 1010555 to RID [0, 2]
Fri Nov 20 05:41:26 2026 Info: MID 1010555 RID [0, 2] Response '2.0.0 Ok: queued as QvYAcgjaC453vscQ'
Fri Nov 20 05:41:26 2026 Info: Message finished MID 1010555 done
Fri Nov 20 05:41:26 2026 Info: DCID 209463 close
Fri Nov 20 06:08:33 2026 Info: New SMTP ICID 433610 interface IncomingMail (192.0.2.10) address 198.51.241.9 reverse dns host mail.partner.example verified yes
Fri Nov 20 06:08:33 2026 Info: ICID 433610 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.2
Fri Nov 20 06:08:33 2026 Info: ICID 433610 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 06:08:33 2026 Info: Start MID 1010557 ICID 433610
Fri Nov 20 06:08:33 2026 Info: MID 1010557 ICID 433610 From: <tom.smith@partner.example>
Fri Nov 20 06:08:33 2026 Info: MID 1010557 ICID 433610 RID 0 To: <ewa.jensen@corp-mail.example>
Fri Nov 20 06:08:33 2026 Info: MID 1010557 ICID 433610 RID 1 To: <li.haddad@corp-mail.example>
Fri Nov 20 06:08:33 2026 Info: MID 1010557 ICID 433610 RID 2 To: <omar.garcia@corp.example>
Fri Nov 20 06:08:33 2026 Info: MID 1010557 ICID 433610 RID 3 To: <Ravi.Nguyen48@Corp.Example>
Fri Nov 20 06:08:33 2026 Info: MID 1010557 Message-ID '<7b7cdfdc684eb7452fe9.55205@partner.example>'
Fri Nov 20 06:08:33 2026 Info: MID 1010557 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Fri Nov 20 06:08:33 2026 Info: MID 1010557 ready 645738 bytes from <tom.smith@partner.example>
Fri Nov 20 06:08:33 2026 Info: MID 1010557 SPF: mailfrom identity tom.smith@partner.example Pass (v=spf1)
Fri Nov 20 06:08:33 2026 Info: ICID 433610 close
Fri Nov 20 06:08:33 2026 Info: MID 1010557 using engine: CASE spam negative
Fri Nov 20 06:08:33 2026 Info: MID 1010557 DKIM: pass signature verified (d=partner.example s=s4 i=@partner.example)
Fri Nov 20 06:08:34 2026 Info: MID 1010557 DMARC: Verification passed
Fri Nov 20 06:08:35 2026 Info: MID 1010557 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 06:08:35 2026 Info: MID 1010557 attachment 'budget_2026_v2.xlsx'
Fri Nov 20 06:08:35 2026 Info: MID 1010557 AMP file reputation verdict : CLEAN
Fri Nov 20 06:08:35 2026 Info: MID 1010557 queued for delivery
Fri Nov 20 06:08:38 2026 Info: New SMTP DCID 209465 interface 192.0.2.20 address 52.101.69.155 port 25
Fri Nov 20 06:08:38 2026 Info: DCID 209465 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 06:08:38 2026 Info: Delivery start DCID 209465 MID 1010557 to RID [0, 1, 2, 3]
Fri Nov 20 06:08:39 2026 Info: Message done DCID 209465 MID 1010557 to RID [0, 1, 2, 3]
Fri Nov 20 06:08:39 2026 Info: MID 1010557 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=362053053798, Hostname=AM0PR01MB2867.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 06:08:39 2026 Info: Message finished MID 1010557 done
Fri Nov 20 06:08:39 2026 Info: DCID 209465 close
Fri Nov 20 06:13:23 2026 Info: New SMTP ICID 433611 interface IncomingMail (192.0.2.10) address 198.51.46.114 reverse dns host mail.logistics.example verified yes
Fri Nov 20 06:13:23 2026 Info: ICID 433611 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.2
Fri Nov 20 06:13:23 2026 Info: ICID 433611 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 06:13:24 2026 Info: Start MID 1010558 ICID 433611
Fri Nov 20 06:13:24 2026 Info: MID 1010558 ICID 433611 From: <mary.moreau@logistics.example>
Fri Nov 20 06:13:24 2026 Info: MID 1010558 ICID 433611 RID 0 To: <engineering@corp.example>
Fri Nov 20 06:13:24 2026 Info: MID 1010558 Message-ID '<CA-f1_a0Eg351osY8mGhIHBiGUY=-I4ewgSbow5T=-Af@mail.logistics.example>'
Fri Nov 20 06:13:24 2026 Info: MID 1010558 Subject 'Welcome to the team!'
Fri Nov 20 06:13:24 2026 Info: MID 1010558 ready 2936848 bytes from <mary.moreau@logistics.example>
Fri Nov 20 06:13:24 2026 Info: MID 1010558 SPF: mailfrom identity mary.moreau@logistics.example Pass (v=spf1)
Fri Nov 20 06:13:24 2026 Info: ICID 433611 close
Fri Nov 20 06:13:24 2026 Info: MID 1010558 using engine: CASE spam negative
Fri Nov 20 06:13:25 2026 Info: MID 1010558 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 06:13:25 2026 Info: MID 1010558 attachment 'photo=2027553.heic'
Fri Nov 20 06:13:25 2026 Info: MID 1010558 AMP file reputation verdict : CLEAN
Fri Nov 20 06:13:26 2026 Info: MID 1010558 queued for delivery
Fri Nov 20 06:13:30 2026 Info: New SMTP DCID 209466 interface 192.0.2.20 address 52.101.0.195 port 25
Fri Nov 20 06:13:30 2026 Info: DCID 209466 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 06:13:30 2026 Info: Delivery start DCID 209466 MID 1010558 to RID [0]
Fri Nov 20 06:13:31 2026 Info: Message done DCID 209466 MID 1010558 to RID [0]
Fri Nov 20 06:13:31 2026 Info: MID 1010558 RID [0] Response '2.6.0 [InternalId=198612580225, Hostname=AM0PR01MB6521.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 06:13:31 2026 Info: Message finished MID 1010558 done
Fri Nov 20 06:13:31 2026 Info: DCID 209466 close
Fri Nov 20 06:20:14 2026 Info: New SMTP ICID 433612 interface IncomingMail (192.0.2.10) address 198.51.70.238 reverse dns host mail.supplier.example verified yes
Fri Nov 20 06:20:14 2026 Info: ICID 433612 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.7
Fri Nov 20 06:20:14 2026 Info: ICID 433612 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 06:20:14 2026 Info: Start MID 1010559 ICID 433612
Fri Nov 20 06:20:14 2026 Info: MID 1010559 ICID 433612 From: <ana.mendes@supplier.example>
Fri Nov 20 06:20:14 2026 Info: MID 1010559 ICID 433612 RID 0 To: <mia.garcia@corp.example>
Fri Nov 20 06:20:15 2026 Info: MID 1010559 Message-ID '<5e2d8760995fbaad14b3.93991@supplier.example>'
Fri Nov 20 06:20:15 2026 Info: MID 1010559 Subject 'Your order 34509 has shipped'
Fri Nov 20 06:20:15 2026 Info: MID 1010559 ready 101421 bytes from <ana.mendes@supplier.example>
Fri Nov 20 06:20:15 2026 Info: ICID 433612 close
Fri Nov 20 06:20:15 2026 Info: MID 1010559 using engine: CASE spam negative
Fri Nov 20 06:20:15 2026 Info: MID 1010559 SPF: mailfrom identity ana.mendes@supplier.example Pass (v=spf1)
Fri Nov 20 06:20:16 2026 Info: MID 1010559 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 06:20:16 2026 Info: MID 1010559 attachment 'Report,Final=20Draft:=20Revenue=20(Q3),Approved.pdf'
Fri Nov 20 06:20:16 2026 Info: MID 1010559 AMP file reputation verdict : CLEAN
Fri Nov 20 06:20:16 2026 Info: MID 1010559 queued for delivery
Fri Nov 20 06:20:20 2026 Info: New SMTP DCID 209467 interface 192.0.2.20 address 52.101.90.159 port 25
Fri Nov 20 06:20:20 2026 Info: DCID 209467 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 06:20:20 2026 Info: Delivery start DCID 209467 MID 1010559 to RID [0]
Fri Nov 20 06:20:21 2026 Info: Message done DCID 209467 MID 1010559 to RID [0]
Fri Nov 20 06:20:21 2026 Info: MID 1010559 RID [0] Response '2.0.0 Ok: queued as YSzUbHwkNyLx5yRb'
Fri Nov 20 06:20:21 2026 Info: Message finished MID 1010559 done
Fri Nov 20 06:20:21 2026 Info: DCID 209467 close
Fri Nov 20 07:18:08 2026 Info: New SMTP ICID 433613 interface IncomingMail (192.0.2.10) address 198.51.66.170 reverse dns host mail.logistics.example verified yes
Fri Nov 20 07:18:08 2026 Info: ICID 433613 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.8
Fri Nov 20 07:18:08 2026 Info: ICID 433613 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 07:18:09 2026 Info: Start MID 1010560 ICID 433613
Fri Nov 20 07:18:09 2026 Info: MID 1010560 ICID 433613 From: <mary.moreau@logistics.example>
Fri Nov 20 07:18:09 2026 Info: MID 1010560 ICID 433613 RID 0 To: <leo.dubois@corp.example>
Fri Nov 20 07:18:09 2026 Info: MID 1010560 Message-ID '<CAugzTYtkwrJbLyVr3-zsqsh6du7W0lohomKbePBtcm-@mail.logistics.example>'
Fri Nov 20 07:18:09 2026 Info: MID 1010560 Subject 'Lunch on Friday?'
Fri Nov 20 07:18:09 2026 Info: MID 1010560 ready 34099 bytes from <mary.moreau@logistics.example>
Fri Nov 20 07:18:09 2026 Info: MID 1010560 SPF: mailfrom identity mary.moreau@logistics.example Pass (v=spf1)
Fri Nov 20 07:18:09 2026 Info: MID 1010560 DKIM: pass signature verified (d=logistics.example s=s1 i=@logistics.example)
Fri Nov 20 07:18:09 2026 Info: MID 1010560 using engine: CASE spam negative
Fri Nov 20 07:18:09 2026 Info: MID 1010560 DMARC: Verification passed
Fri Nov 20 07:18:09 2026 Info: ICID 433613 close
Fri Nov 20 07:18:11 2026 Info: MID 1010560 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 07:18:11 2026 Info: MID 1010560 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 07:18:12 2026 Info: MID 1010560 rewritten to MID 1010561 by url-rewrite filter 'Rewrite_URLs'
Fri Nov 20 07:18:12 2026 Info: Message finished MID 1010560 done
Fri Nov 20 07:18:12 2026 Info: MID 1010561 ICID 0 From: <mary.moreau@logistics.example>
Fri Nov 20 07:18:12 2026 Info: MID 1010561 ICID 0 RID 0 To: <leo.dubois@corp.example>
Fri Nov 20 07:18:12 2026 Info: MID 1010561 Message-ID '<CAugzTYtkwrJbLyVr3-zsqsh6du7W0lohomKbePBtcm-@mail.logistics.example>'
Fri Nov 20 07:18:12 2026 Info: MID 1010561 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 07:18:12 2026 Info: MID 1010561 queued for delivery
Fri Nov 20 07:18:13 2026 Info: New SMTP DCID 209468 interface 192.0.2.20 address 52.101.229.161 port 25
Fri Nov 20 07:18:13 2026 Info: DCID 209468 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 07:18:13 2026 Info: Delivery start DCID 209468 MID 1010561 to RID [0]
Fri Nov 20 07:18:13 2026 Info: Message done DCID 209468 MID 1010561 to RID [0]
Fri Nov 20 07:18:13 2026 Info: MID 1010561 RID [0] Response '2.0.0 Ok: queued as zUABgKi9s5wME87W'
Fri Nov 20 07:18:13 2026 Info: Message finished MID 1010561 done
Fri Nov 20 07:18:13 2026 Info: DCID 209468 close
Fri Nov 20 07:38:20 2026 Info: New SMTP ICID 433614 interface IncomingMail (192.0.2.10) address 198.51.217.17 reverse dns host mail.partner.example verified yes
Fri Nov 20 07:38:20 2026 Info: ICID 433614 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.6
Fri Nov 20 07:38:20 2026 Info: ICID 433614 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 07:38:20 2026 Info: Start MID 1010562 ICID 433614
Fri Nov 20 07:38:20 2026 Info: MID 1010562 ICID 433614 From: <raj.obrien@partner.example>
Fri Nov 20 07:38:20 2026 Info: MID 1010562 ICID 433614 RID 0 To: <sam.obrien@corp.example>
Fri Nov 20 07:38:20 2026 Info: MID 1010562 ICID 433614 RID 1 To: <ravi.obrien@corp-mail.example>
Fri Nov 20 07:38:20 2026 Info: MID 1010562 ICID 433614 RID 2 To: <mia.garcia@corp.example>
Fri Nov 20 07:38:20 2026 Info: MID 1010562 ICID 433614 RID 3 To: <zoe.moreau@corp.example>
Fri Nov 20 07:38:20 2026 Info: MID 1010562 ICID 433614 RID 4 To: <sofia.tanaka@corp-legacy.example>
Fri Nov 20 07:38:21 2026 Info: MID 1010562 Message-ID '<840ced556009631bf062.78071@partner.example>'
Fri Nov 20 07:38:21 2026 Info: MID 1010562 Subject 'Re: project timeline'
Fri Nov 20 07:38:21 2026 Info: MID 1010562 ready 17149 bytes from <raj.obrien@partner.example>
Fri Nov 20 07:38:21 2026 Info: ICID 433614 close
Fri Nov 20 07:38:21 2026 Info: MID 1010562 using engine: CASE spam negative
Fri Nov 20 07:38:21 2026 Info: MID 1010562 SPF: mailfrom identity raj.obrien@partner.example Pass (v=spf1)
Fri Nov 20 07:38:21 2026 Info: MID 1010562 DKIM: pass signature verified (d=partner.example s=s7 i=@partner.example)
Fri Nov 20 07:38:21 2026 Info: MID 1010562 DMARC: Verification passed
Fri Nov 20 07:38:22 2026 Info: MID 1010562 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 07:38:22 2026 Info: MID 1010562 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 07:38:23 2026 Info: MID 1010562 queued for delivery
Fri Nov 20 07:38:26 2026 Info: New SMTP DCID 209469 interface 192.0.2.20 address 52.101.37.153 port 25
Fri Nov 20 07:38:26 2026 Info: DCID 209469 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 07:38:26 2026 Info: Delivery start DCID 209469 MID 1010562 to RID [0, 1, 2, 3]
Fri Nov 20 07:38:28 2026 Info: Message done DCID 209469 MID 1010562 to RID [0, 1, 2, 3]
Fri Nov 20 07:38:28 2026 Info: MID 1010562 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=339101322659, Hostname=AM0PR01MB1958.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 07:38:28 2026 Info: New SMTP DCID 209470 interface 192.0.2.20 address 10.30.0.25 port 25
Fri Nov 20 07:38:28 2026 Info: DCID 209470 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 07:38:28 2026 Info: Delivery start DCID 209470 MID 1010562 to RID [4]
Fri Nov 20 07:38:28 2026 Info: DCID 209469 close
Fri Nov 20 07:38:28 2026 Info: Message done DCID 209470 MID 1010562 to RID [4]
Fri Nov 20 07:38:28 2026 Info: MID 1010562 RID [4] Response '2.0.0 Ok: queued as MdePXpAMhFb8GSiT'
Fri Nov 20 07:38:28 2026 Info: Message finished MID 1010562 done
Fri Nov 20 07:38:28 2026 Info: DCID 209470 close
Fri Nov 20 08:09:12 2026 Info: New SMTP ICID 433615 interface IncomingMail (192.0.2.10) address 198.51.246.159 reverse dns host mail.gmail.example verified yes
Fri Nov 20 08:09:12 2026 Info: ICID 433615 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.2
Fri Nov 20 08:09:12 2026 Info: ICID 433615 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 08:09:12 2026 Info: Start MID 1010563 ICID 433615
Fri Nov 20 08:09:12 2026 Info: MID 1010563 ICID 433615 From: <marc.mendes@gmail.example>
Fri Nov 20 08:09:12 2026 Info: MID 1010563 ICID 433615 RID 0 To: <lucia.okafor@corp.example>
Fri Nov 20 08:09:13 2026 Info: MID 1010563 Message-ID '<f1f0d620d48973e9ffb0.49474@gmail.example>'
Fri Nov 20 08:09:13 2026 Info: MID 1010563 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Fri Nov 20 08:09:13 2026 Info: MID 1010563 ready 11272 bytes from <marc.mendes@gmail.example>
Fri Nov 20 08:09:13 2026 Info: ICID 433615 close
Fri Nov 20 08:09:13 2026 Info: MID 1010563 DKIM: pass signature verified (d=gmail.example s=s6 i=@gmail.example)
Fri Nov 20 08:09:13 2026 Info: MID 1010563 DMARC: Verification passed
Fri Nov 20 08:09:13 2026 Info: MID 1010563 SPF: mailfrom identity marc.mendes@gmail.example Pass (v=spf1)
Fri Nov 20 08:09:13 2026 Info: MID 1010563 using engine: CASE spam negative
Fri Nov 20 08:09:13 2026 Info: MID 1010563 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 08:09:13 2026 Info: MID 1010563 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 08:09:14 2026 Info: MID 1010563 queued for delivery
Fri Nov 20 08:09:17 2026 Info: New SMTP DCID 209471 interface 192.0.2.20 address 52.101.83.184 port 25
Fri Nov 20 08:09:17 2026 Info: DCID 209471 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 08:09:17 2026 Info: Delivery start DCID 209471 MID 1010563 to RID [0]
Fri Nov 20 08:09:17 2026 Info: Message done DCID 209471 MID 1010563 to RID [0]
Fri Nov 20 08:09:17 2026 Info: MID 1010563 RID [0] Response '2.6.0 [InternalId=630465379049, Hostname=AM0PR01MB2837.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 08:09:17 2026 Info: DCID 209471 close
Fri Nov 20 08:09:17 2026 Info: Message finished MID 1010563 done
Fri Nov 20 08:10:54 2026 Info: New SMTP ICID 433616 interface IncomingMail (192.0.2.10) address 198.51.244.192 reverse dns host mail.cloudapp.example verified yes
Fri Nov 20 08:10:54 2026 Info: ICID 433616 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.3
Fri Nov 20 08:10:54 2026 Info: ICID 433616 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 08:10:54 2026 Info: Start MID 1010564 ICID 433616
Fri Nov 20 08:10:54 2026 Info: MID 1010564 ICID 433616 From: <li.walsh@cloudapp.example>
Fri Nov 20 08:10:54 2026 Info: MID 1010564 ICID 433616 RID 0 To: <yuki.ivanova@corp.example>
Fri Nov 20 08:10:54 2026 Info: MID 1010564 Message-ID '<CAEyf99X_s-mdZw5MoDnvvTEp07tNRWT9Sqeqd6ITdTa@mail.cloudapp.example>'
Fri Nov 20 08:10:54 2026 Info: MID 1010564 Subject 'Lunch on Friday?'
Fri Nov 20 08:10:54 2026 Info: MID 1010564 ready 16197 bytes from <li.walsh@cloudapp.example>
Fri Nov 20 08:10:54 2026 Info: ICID 433616 close
Fri Nov 20 08:10:54 2026 Info: MID 1010564 using engine: CASE spam negative
Fri Nov 20 08:10:54 2026 Info: MID 1010564 DKIM: pass signature verified (d=cloudapp.example s=s9 i=@cloudapp.example)
Fri Nov 20 08:10:54 2026 Info: MID 1010564 SPF: mailfrom identity li.walsh@cloudapp.example Pass (v=spf1)
Fri Nov 20 08:10:55 2026 Info: MID 1010564 DMARC: Verification passed
Fri Nov 20 08:10:56 2026 Info: MID 1010564 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 08:10:56 2026 Info: MID 1010564 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 08:10:58 2026 Info: MID 1010564 queued for delivery
Fri Nov 20 08:11:02 2026 Info: New SMTP DCID 209472 interface 192.0.2.20 address 52.101.247.173 port 25
Fri Nov 20 08:11:02 2026 Info: DCID 209472 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 08:11:02 2026 Info: Delivery start DCID 209472 MID 1010564 to RID [0]
Fri Nov 20 08:11:03 2026 Info: Message done DCID 209472 MID 1010564 to RID [0]
Fri Nov 20 08:11:03 2026 Info: MID 1010564 RID [0] Response '2.6.0 [InternalId=771194471003, Hostname=AM0PR01MB7440.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 08:11:03 2026 Info: Message finished MID 1010564 done
Fri Nov 20 08:11:03 2026 Info: DCID 209472 close
Fri Nov 20 08:13:09 2026 Info: New SMTP ICID 433617 interface IncomingMail (192.0.2.10) address 198.51.252.58 reverse dns host mail.client-b.example verified yes
Fri Nov 20 08:13:09 2026 Info: ICID 433617 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.2
Fri Nov 20 08:13:09 2026 Info: ICID 433617 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 08:13:09 2026 Info: Start MID 1010565 ICID 433617
Fri Nov 20 08:13:09 2026 Info: MID 1010565 ICID 433617 From: <paul.dubois@client-b.example>
Fri Nov 20 08:13:09 2026 Info: MID 1010565 ICID 433617 RID 0 To: <lena.sato@corp.example>
Fri Nov 20 08:13:10 2026 Info: MID 1010565 Message-ID '<CAGnmj1bgTgB71mv=T+LprF1HJQs=pDdwDqgqZoIGGa9@mail.client-b.example>'
Fri Nov 20 08:13:10 2026 Info: MID 1010565 Subject 'Candidate CV 97940'
Fri Nov 20 08:13:10 2026 Info: MID 1010565 ready 16525 bytes from <paul.dubois@client-b.example>
Fri Nov 20 08:13:10 2026 Info: MID 1010565 DMARC: Verification passed
Fri Nov 20 08:13:10 2026 Info: MID 1010565 SPF: mailfrom identity paul.dubois@client-b.example Pass (v=spf1)
Fri Nov 20 08:13:10 2026 Info: MID 1010565 DKIM: pass signature verified (d=client-b.example s=s3 i=@client-b.example)
Fri Nov 20 08:13:10 2026 Info: MID 1010565 using engine: CASE spam negative
Fri Nov 20 08:13:10 2026 Info: MID 1010565 antivirus negative
Fri Nov 20 08:13:10 2026 Info: ICID 433617 close
Fri Nov 20 08:13:10 2026 Info: MID 1010565 interim AV verdict using Sophos CLEAN
Fri Nov 20 08:13:11 2026 Info: MID 1010565 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 08:13:11 2026 Info: MID 1010565 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 08:13:12 2026 Info: MID 1010565 queued for delivery
Fri Nov 20 08:13:15 2026 Info: New SMTP DCID 209473 interface 192.0.2.20 address 52.101.47.9 port 25
Fri Nov 20 08:13:15 2026 Info: DCID 209473 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 08:13:15 2026 Info: Delivery start DCID 209473 MID 1010565 to RID [0]
Fri Nov 20 08:13:18 2026 Info: Message done DCID 209473 MID 1010565 to RID [0]
Fri Nov 20 08:13:18 2026 Info: MID 1010565 RID [0] Response '2.6.0 [InternalId=561756475848, Hostname=AM0PR01MB2448.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 08:13:18 2026 Info: Message finished MID 1010565 done
Fri Nov 20 08:13:18 2026 Info: DCID 209473 close
Fri Nov 20 08:45:13 2026 Info: New SMTP ICID 433618 interface IncomingMail (192.0.2.10) address 198.51.8.149 reverse dns host mail.paymnt-notice.example verified yes
Fri Nov 20 08:45:13 2026 Info: ICID 433618 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.8
Fri Nov 20 08:45:13 2026 Info: ICID 433618 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 08:45:13 2026 Info: Start MID 1010566 ICID 433618
Fri Nov 20 08:45:13 2026 Info: MID 1010566 ICID 433618 From: <accounts@paymnt-notice.example>
Fri Nov 20 08:45:13 2026 Info: MID 1010566 ICID 433618 RID 0 To: <emma.garcia@corp.example>
Fri Nov 20 08:45:13 2026 Info: MID 1010566 Message-ID '<bb8b14216412b882914d.51113@paymnt-notice.example>'
Fri Nov 20 08:45:13 2026 Info: MID 1010566 Subject 'Updated benefits for 2027'
Fri Nov 20 08:45:13 2026 Info: MID 1010566 ready 3651784 bytes from <accounts@paymnt-notice.example>
Fri Nov 20 08:45:13 2026 Info: ICID 433618 close
Fri Nov 20 08:45:13 2026 Info: MID 1010566 DMARC: Verification passed
Fri Nov 20 08:45:13 2026 Info: MID 1010566 interim AV verdict using Sophos CLEAN
Fri Nov 20 08:45:14 2026 Info: MID 1010566 using engine: CASE spam negative
Fri Nov 20 08:45:14 2026 Info: MID 1010566 SPF: mailfrom identity accounts@paymnt-notice.example Pass (v=spf1)
Fri Nov 20 08:45:14 2026 Info: MID 1010566 DKIM: pass signature verified (d=paymnt-notice.example s=s4 i=@paymnt-notice.example)
Fri Nov 20 08:45:14 2026 Info: MID 1010566 antivirus negative
Fri Nov 20 08:45:14 2026 Info: MID 1010566 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 08:45:14 2026 Info: MID 1010566 attachment 'Scan_2026-11-24.zip'
Fri Nov 20 08:45:14 2026 Info: MID 1010566 attachment 'photo 27553.heic'
Fri Nov 20 08:45:15 2026 Info: MID 1010566 AMP file reputation verdict : CLEAN
Fri Nov 20 08:45:15 2026 Info: MID 1010566 queued for delivery
Fri Nov 20 08:45:16 2026 Info: New SMTP DCID 209474 interface 192.0.2.20 address 52.101.39.213 port 25
Fri Nov 20 08:45:16 2026 Info: DCID 209474 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 08:45:16 2026 Info: Delivery start DCID 209474 MID 1010566 to RID [0]
Fri Nov 20 08:45:17 2026 Info: Message done DCID 209474 MID 1010566 to RID [0]
Fri Nov 20 08:45:17 2026 Info: MID 1010566 RID [0] Response '2.6.0 [InternalId=543079644825, Hostname=AM0PR01MB3451.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 08:45:17 2026 Info: Message finished MID 1010566 done
Fri Nov 20 08:45:17 2026 Info: DCID 209474 close
Fri Nov 20 09:02:52 2026 Info: New SMTP ICID 433619 interface IncomingMail (192.0.2.10) address 198.51.237.132 reverse dns host mail.client-b.example verified yes
Fri Nov 20 09:02:52 2026 Info: ICID 433619 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.0
Fri Nov 20 09:02:52 2026 Info: ICID 433619 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 09:02:52 2026 Info: Start MID 1010567 ICID 433619
Fri Nov 20 09:02:52 2026 Info: MID 1010567 ICID 433619 From: <noah.silva@client-b.example>
Fri Nov 20 09:02:52 2026 Info: MID 1010567 ICID 433619 RID 0 To: <kofi.moreau@corp.example>
Fri Nov 20 09:02:52 2026 Info: MID 1010567 ICID 433619 RID 1 To: <lena.sato@corp.example>
Fri Nov 20 09:02:52 2026 Info: MID 1010567 ICID 433619 RID 2 To: <zoe.kim@corp.example>
Fri Nov 20 09:02:52 2026 Info: MID 1010567 ICID 433619 RID 3 To: <nina.patel@corp.example>
Fri Nov 20 09:02:52 2026 Info: MID 1010567 ICID 433619 RID 4 To: <ines.berg@corp.example>
Fri Nov 20 09:02:52 2026 Info: MID 1010567 ICID 433619 RID 5 To: <sara.novak@corp.example>
Fri Nov 20 09:02:52 2026 Info: MID 1010567 Message-ID '<c80119b97c38410c786b.52069@client-b.example>'
Fri Nov 20 09:02:52 2026 Info: MID 1010567 Subject 'Meeting notes'
Fri Nov 20 09:02:52 2026 Info: MID 1010567 ready 11568 bytes from <noah.silva@client-b.example>
Fri Nov 20 09:02:52 2026 Info: MID 1010567 interim AV verdict using Sophos CLEAN
Fri Nov 20 09:02:52 2026 Info: MID 1010567 DKIM: pass signature verified (d=client-b.example s=s9 i=@client-b.example)
Fri Nov 20 09:02:52 2026 Info: MID 1010567 SPF: mailfrom identity noah.silva@client-b.example Pass (v=spf1)
Fri Nov 20 09:02:53 2026 Info: ICID 433619 close
Fri Nov 20 09:02:53 2026 Info: MID 1010567 using engine: CASE spam negative
Fri Nov 20 09:02:53 2026 Info: MID 1010567 antivirus negative
Fri Nov 20 09:02:53 2026 Info: MID 1010567 DMARC: Verification passed
Fri Nov 20 09:02:54 2026 Info: MID 1010567 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 09:02:54 2026 Info: MID 1010567 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 09:02:54 2026 Info: MID 1010567 queued for delivery
Fri Nov 20 09:02:55 2026 Info: New SMTP DCID 209475 interface 192.0.2.20 address 52.101.251.89 port 25
Fri Nov 20 09:02:55 2026 Info: DCID 209475 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 09:02:55 2026 Info: Delivery start DCID 209475 MID 1010567 to RID [0, 1, 2, 3, 4, 5]
Fri Nov 20 09:02:56 2026 Info: Message done DCID 209475 MID 1010567 to RID [0, 1, 2, 3, 4, 5]
Fri Nov 20 09:02:56 2026 Info: MID 1010567 RID [0, 1, 2, 3, 4, 5] Response '2.6.0 [InternalId=730486494078, Hostname=AM0PR01MB2236.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 09:02:56 2026 Info: Message finished MID 1010567 done
Fri Nov 20 09:02:56 2026 Info: DCID 209475 close
Fri Nov 20 09:18:51 2026 Info: New SMTP ICID 433620 interface IncomingMail (192.0.2.10) address 198.51.120.64 reverse dns host mail.paymnt-notice.example verified yes
Fri Nov 20 09:18:51 2026 Info: ICID 433620 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.3
Fri Nov 20 09:18:51 2026 Info: ICID 433620 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 09:18:51 2026 Info: Start MID 1010568 ICID 433620
Fri Nov 20 09:18:51 2026 Info: MID 1010568 ICID 433620 From: <accounts@paymnt-notice.example>
Fri Nov 20 09:18:51 2026 Info: MID 1010568 ICID 433620 RID 0 To: <emma.garcia@corp.example>
Fri Nov 20 09:18:52 2026 Info: MID 1010568 Message-ID '<CAnhIJyruVnVbUK=FgN+_=Rip4tboa18lPf29htK3=Ea@mail.paymnt-notice.example>'
Fri Nov 20 09:18:52 2026 Info: MID 1010568 Subject 'Updated benefits for 2027'
Fri Nov 20 09:18:52 2026 Info: MID 1010568 ready 3673414 bytes from <accounts@paymnt-notice.example>
Fri Nov 20 09:18:52 2026 Info: MID 1010568 DKIM: pass signature verified (d=paymnt-notice.example s=s8 i=@paymnt-notice.example)
Fri Nov 20 09:18:52 2026 Info: MID 1010568 SPF: mailfrom identity accounts@paymnt-notice.example Pass (v=spf1)
Fri Nov 20 09:18:52 2026 Info: MID 1010568 using engine: CASE spam negative
Fri Nov 20 09:18:52 2026 Info: MID 1010568 DMARC: Verification passed
Fri Nov 20 09:18:52 2026 Info: ICID 433620 close
Fri Nov 20 09:18:54 2026 Info: MID 1010568 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 09:18:54 2026 Info: MID 1010568 attachment 'Scan_2026-11-24.zip'
Fri Nov 20 09:18:54 2026 Info: MID 1010568 attachment 'photo 27553.heic'
Fri Nov 20 09:18:54 2026 Info: MID 1010568 AMP file reputation verdict : CLEAN
Fri Nov 20 09:18:56 2026 Info: MID 1010568 queued for delivery
Fri Nov 20 09:18:57 2026 Info: New SMTP DCID 209476 interface 192.0.2.20 address 52.101.18.3 port 25
Fri Nov 20 09:18:57 2026 Info: DCID 209476 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 09:18:57 2026 Info: Delivery start DCID 209476 MID 1010568 to RID [0]
Fri Nov 20 09:18:59 2026 Info: Message done DCID 209476 MID 1010568 to RID [0]
Fri Nov 20 09:18:59 2026 Info: MID 1010568 RID [0] Response '2.6.0 [InternalId=160984807259, Hostname=AM0PR01MB6676.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 09:18:59 2026 Info: Message finished MID 1010568 done
Fri Nov 20 09:18:59 2026 Info: DCID 209476 close
Fri Nov 20 09:29:45 2026 Info: New SMTP ICID 433621 interface IncomingMail (192.0.2.10) address 198.51.120.115 reverse dns host mail.paymnt-notice.example verified yes
Fri Nov 20 09:29:45 2026 Info: ICID 433621 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.8
Fri Nov 20 09:29:45 2026 Info: ICID 433621 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 09:29:45 2026 Info: Start MID 1010569 ICID 433621
Fri Nov 20 09:29:45 2026 Info: MID 1010569 ICID 433621 From: <accounts@paymnt-notice.example>
Fri Nov 20 09:29:45 2026 Info: MID 1010569 ICID 433621 RID 0 To: <lena.novak@corp.example>
Fri Nov 20 09:29:45 2026 Info: MID 1010569 ICID 433621 RID 1 To: <raj.tanaka@corp-legacy.example>
Fri Nov 20 09:29:46 2026 Info: MID 1010569 Message-ID '<71eeeedb748d6dd%53#&c8567@paymnt-notice.example>'
Fri Nov 20 09:29:46 2026 Info: MID 1010569 Subject 'Updated benefits for 2027'
Fri Nov 20 09:29:46 2026 Info: MID 1010569 ready 718746 bytes from <accounts@paymnt-notice.example>
Fri Nov 20 09:29:46 2026 Info: ICID 433621 close
Fri Nov 20 09:29:46 2026 Info: MID 1010569 using engine: CASE spam negative
Fri Nov 20 09:29:46 2026 Info: MID 1010569 SPF: mailfrom identity accounts@paymnt-notice.example Pass (v=spf1)
Fri Nov 20 09:29:48 2026 Info: MID 1010569 was split creating MID 1010570 due to a per-recipient policy DEFAULT in the inbound table
Fri Nov 20 09:29:48 2026 Info: MID 1010570 ICID 0 From: <accounts@paymnt-notice.example>
Fri Nov 20 09:29:48 2026 Info: MID 1010570 ICID 0 RID 0 To: <raj.tanaka@corp-legacy.example>
Fri Nov 20 09:29:48 2026 Info: MID 1010569 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 09:29:48 2026 Info: MID 1010570 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 09:29:48 2026 Info: MID 1010570 AMP file reputation verdict : CLEAN
Fri Nov 20 09:29:48 2026 Info: MID 1010569 attachment 'Scan_2026-11-24.zip'
Fri Nov 20 09:29:48 2026 Info: File reputation query initiating. File Name = 'Scan_2026-11-24.zip', MID = 1010569, File Size = 533062 bytes, File Type = application/zip
Fri Nov 20 09:29:48 2026 Info: MID 1010569 AMP file reputation verdict : CLEAN
Fri Nov 20 09:29:48 2026 Info: Response received for file reputation query from Cache. File Name = 'Scan_2026-11-24.zip', MID = 1010569, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = 3e9b768fae4001e3880cb401a050609804d2be09a0b558640cfff0548efba442, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Fri Nov 20 09:29:49 2026 Info: MID 1010569 queued for delivery
Fri Nov 20 09:29:49 2026 Info: MID 1010570 queued for delivery
Fri Nov 20 09:29:52 2026 Info: New SMTP DCID 209477 interface 192.0.2.20 address 52.101.55.115 port 25
Fri Nov 20 09:29:52 2026 Info: DCID 209477 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 09:29:52 2026 Info: Delivery start DCID 209477 MID 1010569 to RID [0]
Fri Nov 20 09:29:52 2026 Info: New SMTP DCID 209478 interface 192.0.2.20 address 10.30.0.25 port 25
Fri Nov 20 09:29:52 2026 Info: DCID 209478 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 09:29:52 2026 Info: Delivery start DCID 209478 MID 1010570 to RID [0]
Fri Nov 20 09:29:53 2026 Info: Message done DCID 209477 MID 1010569 to RID [0]
Fri Nov 20 09:29:53 2026 Info: MID 1010569 RID [0] Response '2.6.0 [InternalId=857311556221, Hostname=AM0PR01MB8659.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 09:29:53 2026 Info: Message finished MID 1010569 done
Fri Nov 20 09:29:53 2026 Info: DCID 209477 close
Fri Nov 20 09:29:54 2026 Info: Message done DCID 209478 MID 1010570 to RID [0]
Fri Nov 20 09:29:54 2026 Info: MID 1010570 RID [0] Response '2.0.0 Ok: queued as vRLHB8KdiP3Q3sjm'
Fri Nov 20 09:29:54 2026 Info: DCID 209478 close
Fri Nov 20 09:29:54 2026 Info: Message finished MID 1010570 done
Fri Nov 20 09:33:15 2026 Info: New SMTP ICID 433622 interface IncomingMail (192.0.2.10) address 198.51.223.12 reverse dns host mail.bank.example verified yes
Fri Nov 20 09:33:15 2026 Info: ICID 433622 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.1
Fri Nov 20 09:33:15 2026 Info: ICID 433622 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 09:33:15 2026 Info: Start MID 1010571 ICID 433622
Fri Nov 20 09:33:15 2026 Info: MID 1010571 ICID 433622 From: <tom.obrien@bank.example>
Fri Nov 20 09:33:15 2026 Info: MID 1010571 ICID 433622 RID 0 To: <helpdesk@corp-mail.example>
Fri Nov 20 09:33:15 2026 Info: MID 1010571 ICID 433622 RID 1 To: <ida.dubois@corp.example>
Fri Nov 20 09:33:15 2026 Info: MID 1010571 ICID 433622 RID 2 To: <noah.okafor90@corp.example>
Fri Nov 20 09:33:15 2026 Info: MID 1010571 Message-ID '<CAB+jBRdQXeaWBmoex/kkr44eEcJHJJnn3dCzfX8ME6_@mail.bank.example>'
Fri Nov 20 09:33:15 2026 Info: MID 1010571 Subject 'Price list 46692'
Fri Nov 20 09:33:15 2026 Info: MID 1010571 ready 37836 bytes from <tom.obrien@bank.example>
Fri Nov 20 09:33:15 2026 Info: MID 1010571 using engine: CASE spam negative
Fri Nov 20 09:33:16 2026 Info: ICID 433622 close
Fri Nov 20 09:33:16 2026 Info: MID 1010571 SPF: mailfrom identity tom.obrien@bank.example Pass (v=spf1)
Fri Nov 20 09:33:16 2026 Info: MID 1010571 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 09:33:16 2026 Info: MID 1010571 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 09:33:17 2026 Info: MID 1010571 queued for delivery
Fri Nov 20 09:33:18 2026 Info: New SMTP DCID 209479 interface 192.0.2.20 address 52.101.14.116 port 25
Fri Nov 20 09:33:18 2026 Info: DCID 209479 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 09:33:18 2026 Info: Delivery start DCID 209479 MID 1010571 to RID [0, 1, 2]
Fri Nov 20 09:33:20 2026 Info: Message done DCID 209479 MID 1010571 to RID [0, 1, 2]
Fri Nov 20 09:33:20 2026 Info: MID 1010571 RID [0, 1, 2] Response '2.6.0 [InternalId=470575653521, Hostname=AM0PR01MB8850.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 09:33:20 2026 Info: Message finished MID 1010571 done
Fri Nov 20 09:33:20 2026 Info: DCID 209479 close
Fri Nov 20 09:39:53 2026 Info: New SMTP ICID 433623 interface IncomingMail (192.0.2.10) address 198.51.27.47 reverse dns host mail.bank.example verified yes
Fri Nov 20 09:39:53 2026 Info: ICID 433623 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.2
Fri Nov 20 09:39:53 2026 Info: ICID 433623 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 09:39:53 2026 Info: Start MID 1010572 ICID 433623
Fri Nov 20 09:39:53 2026 Info: MID 1010572 ICID 433623 From: <sofia.walsh@bank.example>
Fri Nov 20 09:39:53 2026 Info: MID 1010572 ICID 433623 RID 0 To: <zoe.moreau@corp.example>
Fri Nov 20 09:39:53 2026 Info: MID 1010572 Message-ID '<13af6cda57f3493f5104.19046@bank.example>'
Fri Nov 20 09:39:53 2026 Info: MID 1010572 Subject 'Reminder: timesheets due'
Fri Nov 20 09:39:53 2026 Info: MID 1010572 ready 10076 bytes from <sofia.walsh@bank.example>
Fri Nov 20 09:39:53 2026 Info: MID 1010572 SPF: mailfrom identity sofia.walsh@bank.example Pass (v=spf1)
Fri Nov 20 09:39:54 2026 Info: ICID 433623 close
Fri Nov 20 09:39:54 2026 Info: MID 1010572 using engine: CASE spam negative
Fri Nov 20 09:39:55 2026 Info: MID 1010572 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 09:39:55 2026 Info: MID 1010572 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 09:39:56 2026 Info: MID 1010572 queued for delivery
Fri Nov 20 09:39:56 2026 Info: New SMTP DCID 209480 interface 192.0.2.20 address 52.101.211.171 port 25
Fri Nov 20 09:39:56 2026 Info: DCID 209480 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 09:39:56 2026 Info: Delivery start DCID 209480 MID 1010572 to RID [0]
Fri Nov 20 09:39:59 2026 Info: Message done DCID 209480 MID 1010572 to RID [0]
Fri Nov 20 09:39:59 2026 Info: MID 1010572 RID [0] Response '2.0.0 Ok: queued as qf9Xy9ohNT8osAJp'
Fri Nov 20 09:39:59 2026 Info: Message finished MID 1010572 done
Fri Nov 20 09:39:59 2026 Info: DCID 209480 close
Fri Nov 20 09:41:49 2026 Info: New SMTP ICID 433624 interface IncomingMail (192.0.2.10) address 198.51.113.87 reverse dns host mail.logistics.example verified yes
Fri Nov 20 09:41:49 2026 Info: ICID 433624 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.8
Fri Nov 20 09:41:49 2026 Info: ICID 433624 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 09:41:49 2026 Info: Start MID 1010573 ICID 433624
Fri Nov 20 09:41:49 2026 Info: MID 1010573 ICID 433624 From: <mia.sato@logistics.example>
Fri Nov 20 09:41:49 2026 Info: MID 1010573 ICID 433624 RID 0 To: <lena.sato@corp.example>
Fri Nov 20 09:41:49 2026 Info: MID 1010573 ICID 433624 RID 1 To: <omar.mendes@corp.example>
Fri Nov 20 09:41:49 2026 Info: MID 1010573 ICID 433624 RID 2 To: <paul.moreau@corp.example>
Fri Nov 20 09:41:49 2026 Info: MID 1010573 ICID 433624 RID 3 To: <ida.novak@corp.example>
Fri Nov 20 09:41:49 2026 Info: MID 1010573 ICID 433624 RID 4 To: <journal@corp.example>
Fri Nov 20 09:41:49 2026 Info: MID 1010573 ICID 433624 RID 5 To: <helpdesk@corp-mail.example>
Fri Nov 20 09:41:49 2026 Info: MID 1010573 ICID 433624 RID 6 To: <nokafor@corp.example>
Fri Nov 20 09:41:50 2026 Info: MID 1010573 Message-ID '<3373ed509759ea620dbb.25973@logistics.example>'
Fri Nov 20 09:41:50 2026 Info: MID 1010573 Subject 'Candidate CV 90189'
Fri Nov 20 09:41:50 2026 Info: MID 1010573 ready 1063109 bytes from <mia.sato@logistics.example>
Fri Nov 20 09:41:50 2026 Info: MID 1010573 URL https://www.logistics.example/t/72ad153d32 has reputation 7.9 matched Condition: URL Reputation Rule
Fri Nov 20 09:41:50 2026 Info: ICID 433624 close
Fri Nov 20 09:41:50 2026 Info: MID 1010573 using engine: CASE spam negative
Fri Nov 20 09:41:50 2026 Info: MID 1010573 SPF: mailfrom identity mia.sato@logistics.example Pass (v=spf1)
Fri Nov 20 09:41:50 2026 Info: MID 1010573 was split creating MID 1010574 due to a per-recipient policy DEFAULT in the inbound table
Fri Nov 20 09:41:50 2026 Info: MID 1010574 ICID 0 From: <mia.sato@logistics.example>
Fri Nov 20 09:41:50 2026 Info: MID 1010574 ICID 0 RID 0 To: <omar.mendes@corp.example>
Fri Nov 20 09:41:50 2026 Info: MID 1010574 ICID 0 RID 1 To: <paul.moreau@corp.example>
Fri Nov 20 09:41:50 2026 Info: MID 1010574 ICID 0 RID 2 To: <journal@corp.example>
Fri Nov 20 09:41:50 2026 Info: MID 1010574 ICID 0 RID 3 To: <helpdesk@corp-mail.example>
Fri Nov 20 09:41:50 2026 Info: MID 1010573 was split creating MID 1010575 due to a per-recipient policy Finance in the inbound table
Fri Nov 20 09:41:50 2026 Info: MID 1010575 ICID 0 From: <mia.sato@logistics.example>
Fri Nov 20 09:41:50 2026 Info: MID 1010575 ICID 0 RID 0 To: <ida.novak@corp.example>
Fri Nov 20 09:41:50 2026 Info: MID 1010573 was split creating MID 1010576 due to a per-recipient policy Executives in the inbound table
Fri Nov 20 09:41:50 2026 Info: MID 1010576 ICID 0 From: <mia.sato@logistics.example>
Fri Nov 20 09:41:50 2026 Info: MID 1010576 ICID 0 RID 0 To: <nokafor@corp.example>
Fri Nov 20 09:41:50 2026 Info: MID 1010573 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 09:41:51 2026 Info: MID 1010574 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 09:41:51 2026 Info: MID 1010576 matched all recipients for per-recipient policy Executives in the inbound table
Fri Nov 20 09:41:51 2026 Info: MID 1010573 attachment 'Report,Final Draft: Revenue (Q4),Approved.pdf'
Fri Nov 20 09:41:51 2026 Info: MID 1010573 attachment 'budget_2026_v3.xlsx'
Fri Nov 20 09:41:51 2026 Info: MID 1010576 AMP file reputation verdict : UNKNOWN
Fri Nov 20 09:41:51 2026 Info: MID 1010575 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 09:41:51 2026 Info: MID 1010573 AMP file reputation verdict : UNKNOWN
Fri Nov 20 09:41:51 2026 Info: MID 1010574 AMP file reputation verdict : UNKNOWN
Fri Nov 20 09:41:51 2026 Info: MID 1010575 AMP file reputation verdict : UNKNOWN
Fri Nov 20 09:41:51 2026 Info: MID 1010575 queued for delivery
Fri Nov 20 09:41:52 2026 Info: MID 1010576 queued for delivery
Fri Nov 20 09:41:52 2026 Info: MID 1010574 queued for delivery
Fri Nov 20 09:41:52 2026 Info: MID 1010573 queued for delivery
Fri Nov 20 09:41:52 2026 Info: New SMTP DCID 209483 interface 192.0.2.20 address 52.101.14.142 port 25
Fri Nov 20 09:41:52 2026 Info: DCID 209483 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 09:41:52 2026 Info: Delivery start DCID 209483 MID 1010575 to RID [0]
Fri Nov 20 09:41:53 2026 Info: New SMTP DCID 209484 interface 192.0.2.20 address 52.101.8.146 port 25
Fri Nov 20 09:41:53 2026 Info: DCID 209484 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 09:41:53 2026 Info: Delivery start DCID 209484 MID 1010576 to RID [0]
Fri Nov 20 09:41:54 2026 Info: Message done DCID 209483 MID 1010575 to RID [0]
Fri Nov 20 09:41:54 2026 Info: MID 1010575 RID [0] Response '2.6.0 [InternalId=213754909596, Hostname=AM0PR01MB5609.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 09:41:54 2026 Info: Message finished MID 1010575 done
Fri Nov 20 09:41:54 2026 Info: DCID 209483 close
Fri Nov 20 09:41:54 2026 Info: New SMTP DCID 209481 interface 192.0.2.20 address 52.101.243.242 port 25
Fri Nov 20 09:41:54 2026 Info: DCID 209481 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 09:41:54 2026 Info: Delivery start DCID 209481 MID 1010573 to RID [0]
Fri Nov 20 09:41:54 2026 Info: New SMTP DCID 209482 interface 192.0.2.20 address 52.101.17.37 port 25
Fri Nov 20 09:41:54 2026 Info: DCID 209482 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 09:41:54 2026 Info: Delivery start DCID 209482 MID 1010574 to RID [0, 1, 2, 3]
Fri Nov 20 09:41:54 2026 Info: Message done DCID 209481 MID 1010573 to RID [0]
Fri Nov 20 09:41:54 2026 Info: MID 1010573 RID [0] Response '2.6.0 [InternalId=674909064840, Hostname=AM0PR01MB1690.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 09:41:54 2026 Info: Message finished MID 1010573 done
Fri Nov 20 09:41:54 2026 Info: DCID 209481 close
Fri Nov 20 09:41:55 2026 Info: Message done DCID 209484 MID 1010576 to RID [0] [('from', 'mia.sato@logistics.example'), ('to', 'nokafor@corp.example')]
Fri Nov 20 09:41:55 2026 Info: MID 1010576 RID [0] Response '2.6.0 [InternalId=270082669898, Hostname=AM0PR01MB7660.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 09:41:55 2026 Info: DCID 209484 close
Fri Nov 20 09:41:55 2026 Info: Message finished MID 1010576 done
Fri Nov 20 09:41:55 2026 Info: Message done DCID 209482 MID 1010574 to RID [0, 1, 2, 3]
Fri Nov 20 09:41:55 2026 Info: MID 1010574 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=783239271572, Hostname=AM0PR01MB9693.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 09:41:55 2026 Info: Message finished MID 1010574 done
Fri Nov 20 09:41:55 2026 Info: DCID 209482 close
Fri Nov 20 09:44:41 2026 Info: New SMTP ICID 433625 interface IncomingMail (192.0.2.10) address 198.51.71.101 reverse dns host mail.bank.example verified yes
Fri Nov 20 09:44:41 2026 Info: ICID 433625 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.1
Fri Nov 20 09:44:41 2026 Info: ICID 433625 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 09:44:41 2026 Info: Start MID 1010577 ICID 433625
Fri Nov 20 09:44:41 2026 Info: MID 1010577 ICID 433625 From: <sofia.walsh@bank.example>
Fri Nov 20 09:44:41 2026 Info: MID 1010577 ICID 433625 RID 0 To: <nora.mendes@corp.example>
Fri Nov 20 09:44:41 2026 Info: MID 1010577 ICID 433625 RID 1 To: <sara.novak@corp.example>
Fri Nov 20 09:44:41 2026 Info: MID 1010577 ICID 433625 RID 2 To: <ines.berg@corp.example>
Fri Nov 20 09:44:41 2026 Info: MID 1010577 ICID 433625 RID 3 To: <nina.patel@corp.example>
Fri Nov 20 09:44:41 2026 Info: MID 1010577 ICID 433625 RID 4 To: <tom.weber@corp.example>
Fri Nov 20 09:44:41 2026 Info: MID 1010577 ICID 433625 RID 5 To: <ivan.silva@corp-mail.example>
Fri Nov 20 09:44:41 2026 Info: MID 1010577 ICID 433625 RID 6 To: <kofi.moreau@corp.example>
Fri Nov 20 09:44:41 2026 Info: MID 1010577 Message-ID '<CA3bXhI28OHVaLzDL+2wdJL210s6rTmVOtaZDhOHEGGA@mail.bank.example>'
Fri Nov 20 09:44:41 2026 Info: MID 1010577 Subject 'Budget 2027 – first numbers'
Fri Nov 20 09:44:41 2026 Info: MID 1010577 ready 82767 bytes from <sofia.walsh@bank.example>
Fri Nov 20 09:44:41 2026 Info: ICID 433625 close
Fri Nov 20 09:44:41 2026 Info: MID 1010577 SPF: mailfrom identity sofia.walsh@bank.example Pass (v=spf1)
Fri Nov 20 09:44:42 2026 Info: MID 1010577 DMARC: Verification passed
Fri Nov 20 09:44:42 2026 Info: MID 1010577 using engine: CASE spam negative
Fri Nov 20 09:44:42 2026 Info: MID 1010577 DKIM: pass signature verified (d=bank.example s=s7 i=@bank.example)
Fri Nov 20 09:44:42 2026 Info: MID 1010577 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 09:44:42 2026 Info: MID 1010577 attachment 'image001.png'
Fri Nov 20 09:44:42 2026 Info: MID 1010577 AMP file reputation verdict : UNKNOWN
Fri Nov 20 09:44:44 2026 Info: MID 1010577 queued for delivery
Fri Nov 20 09:44:47 2026 Info: New SMTP DCID 209485 interface 192.0.2.20 address 52.101.219.124 port 25
Fri Nov 20 09:44:47 2026 Info: DCID 209485 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 09:44:47 2026 Info: Delivery start DCID 209485 MID 1010577 to RID [0, 1, 2, 3, 4, 5, 6]
Fri Nov 20 09:44:49 2026 Info: Message done DCID 209485 MID 1010577 to RID [0, 1, 2, 3, 4, 5, 6]
Fri Nov 20 09:44:49 2026 Info: MID 1010577 RID [0, 1, 2, 3, 4, 5, 6] Response '2.0.0 Ok: queued as Demj9QShLrqYRUeb'
Fri Nov 20 09:44:49 2026 Info: Message finished MID 1010577 done
Fri Nov 20 09:44:49 2026 Info: DCID 209485 close
Fri Nov 20 09:54:28 2026 Info: New SMTP ICID 433626 interface IncomingMail (192.0.2.10) address 198.51.0.116 reverse dns host mail.travel.example verified yes
Fri Nov 20 09:54:28 2026 Info: ICID 433626 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.8
Fri Nov 20 09:54:28 2026 Info: ICID 433626 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 09:54:28 2026 Info: Start MID 1010578 ICID 433626
Fri Nov 20 09:54:28 2026 Info: MID 1010578 ICID 433626 From: <ewa.patel@travel.example>
Fri Nov 20 09:54:28 2026 Info: MID 1010578 ICID 433626 RID 0 To: <paul.moreau@corp.example>
Fri Nov 20 09:54:28 2026 Info: MID 1010578 ICID 433626 RID 1 To: <omar.garcia@corp.example>
Fri Nov 20 09:54:28 2026 Info: MID 1010578 ICID 433626 RID 2 To: <ana.kowalski@corp.example>
Fri Nov 20 09:54:28 2026 Info: MID 1010578 ICID 433626 RID 3 To: <tom.weber@corp.example>
Fri Nov 20 09:54:28 2026 Info: MID 1010578 ICID 433626 RID 4 To: <nora.mendes@corp.example>
Fri Nov 20 09:54:28 2026 Info: MID 1010578 ICID 433626 RID 5 To: <leo.dubois@corp.example>
Fri Nov 20 09:54:28 2026 Info: MID 1010578 ICID 433626 RID 6 To: <ivan.silva@corp-mail.example>
Fri Nov 20 09:54:28 2026 Info: MID 1010578 ICID 433626 RID 7 To: <nina.lopez@corp.example>
Fri Nov 20 09:54:28 2026 Info: MID 1010578 ICID 433626 RID 8 To: <ravi.nguyen@corp.example>
Fri Nov 20 09:54:29 2026 Info: MID 1010578 Message-ID '<2c45c9166d39f35e4c1f.67218@travel.example>'
Fri Nov 20 09:54:29 2026 Info: MID 1010578 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Fri Nov 20 09:54:29 2026 Info: MID 1010578 ready 43705 bytes from <ewa.patel@travel.example>
Fri Nov 20 09:54:29 2026 Info: MID 1010578 using engine: CASE spam negative
Fri Nov 20 09:54:29 2026 Info: MID 1010578 DMARC: Verification passed
Fri Nov 20 09:54:29 2026 Info: MID 1010578 SPF: mailfrom identity ewa.patel@travel.example Pass (v=spf1)
Fri Nov 20 09:54:29 2026 Info: ICID 433626 close
Fri Nov 20 09:54:29 2026 Info: MID 1010578 DKIM: pass signature verified (d=travel.example s=s5 i=@travel.example)
Fri Nov 20 09:54:30 2026 Info: MID 1010578 was split creating MID 1010579 due to a per-recipient policy Engineering in the inbound table
Fri Nov 20 09:54:30 2026 Info: MID 1010579 ICID 0 From: <ewa.patel@travel.example>
Fri Nov 20 09:54:30 2026 Info: MID 1010579 ICID 0 RID 0 To: <ana.kowalski@corp.example>
Fri Nov 20 09:54:30 2026 Info: MID 1010579 ICID 0 RID 1 To: <tom.weber@corp.example>
Fri Nov 20 09:54:30 2026 Info: MID 1010579 ICID 0 RID 2 To: <nora.mendes@corp.example>
Fri Nov 20 09:54:30 2026 Info: MID 1010579 ICID 0 RID 3 To: <ivan.silva@corp-mail.example>
Fri Nov 20 09:54:30 2026 Info: MID 1010579 ICID 0 RID 4 To: <ravi.nguyen@corp.example>
Fri Nov 20 09:54:30 2026 Info: MID 1010578 was split creating MID 1010580 due to a per-recipient policy Finance in the inbound table
Fri Nov 20 09:54:30 2026 Info: MID 1010580 ICID 0 From: <ewa.patel@travel.example>
Fri Nov 20 09:54:30 2026 Info: MID 1010580 ICID 0 RID 0 To: <nina.lopez@corp.example>
Fri Nov 20 09:54:30 2026 Info: MID 1010579 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 09:54:30 2026 Info: MID 1010578 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 09:54:30 2026 Info: MID 1010578 attachment 'notes.txt'
Fri Nov 20 09:54:30 2026 Info: MID 1010580 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 09:54:30 2026 Info: MID 1010578 AMP file reputation verdict : UNKNOWN
Fri Nov 20 09:54:31 2026 Info: File reputation query initiating. File Name = 'notes.txt', MID = 1010579, File Size = 655 bytes, File Type = text/plain
Fri Nov 20 09:54:31 2026 Info: MID 1010579 AMP file reputation verdict : UNKNOWN
Fri Nov 20 09:54:31 2026 Info: Response received for file reputation query from Cache. File Name = notes.txt, MID = 1010579, Disposition = FILE UNKNOWN, Malware = None, Analysis Score = 5, sha256 = e7920c6d8d869707e71aeba50f2cc3465a1d6349f0f058c541802f2ff11425e4, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Fri Nov 20 09:54:31 2026 Info: MID 1010580 AMP file reputation verdict : UNKNOWN
Fri Nov 20 09:54:31 2026 Info: MID 1010578 queued for delivery
Fri Nov 20 09:54:32 2026 Info: MID 1010579 queued for delivery
Fri Nov 20 09:54:32 2026 Info: MID 1010580 queued for delivery
Fri Nov 20 09:54:33 2026 Info: New SMTP DCID 209486 interface 192.0.2.20 address 52.101.251.175 port 25
Fri Nov 20 09:54:33 2026 Info: DCID 209486 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 09:54:33 2026 Info: Delivery start DCID 209486 MID 1010578 to RID [0, 1, 5]
Fri Nov 20 09:54:35 2026 Info: New SMTP DCID 209488 interface 192.0.2.20 address 52.101.104.6 port 25
Fri Nov 20 09:54:35 2026 Info: DCID 209488 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 09:54:35 2026 Info: Delivery start DCID 209488 MID 1010580 to RID [0]
Fri Nov 20 09:54:35 2026 Info: Message done DCID 209486 MID 1010578 to RID [0, 1, 5]
Fri Nov 20 09:54:35 2026 Info: MID 1010578 RID [0, 1, 5] Response '2.6.0 [InternalId=972786174134, Hostname=AM0PR01MB1029.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 09:54:35 2026 Info: Message finished MID 1010578 done
Fri Nov 20 09:54:35 2026 Info: DCID 209486 close
Fri Nov 20 09:54:36 2026 Info: Message done DCID 209488 MID 1010580 to RID [0]
Fri Nov 20 09:54:36 2026 Info: MID 1010580 RID [0] Response '2.6.0 [InternalId=978090123046, Hostname=AM0PR01MB1840.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 09:54:36 2026 Info: DCID 209488 close
Fri Nov 20 09:54:36 2026 Info: Message finished MID 1010580 done
Fri Nov 20 09:54:36 2026 Info: New SMTP DCID 209487 interface 192.0.2.20 address 52.101.214.91 port 25
Fri Nov 20 09:54:36 2026 Info: DCID 209487 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 09:54:36 2026 Info: Delivery start DCID 209487 MID 1010579 to RID [0, 1, 2, 3, 4]
Fri Nov 20 09:54:38 2026 Info: Message done DCID 209487 MID 1010579 to RID [0, 1, 2, 3, 4]
Fri Nov 20 09:54:38 2026 Info: MID 1010579 RID [0, 1, 2, 3, 4] Response '2.0.0 Ok: queued as qQotnQDbtt5xdUg3'
Fri Nov 20 09:54:38 2026 Info: Message finished MID 1010579 done
Fri Nov 20 09:54:38 2026 Info: DCID 209487 close
Fri Nov 20 09:57:52 2026 Info: New SMTP ICID 433627 interface OutgoingMail (192.0.2.11) address 10.20.0.65 reverse dns host exch3.corp.example verified yes
Fri Nov 20 09:57:52 2026 Info: ICID 433627 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 09:57:52 2026 Info: Start MID 1010581 ICID 433627
Fri Nov 20 09:57:52 2026 Info: MID 1010581 ICID 433627 From: <lucia.okafor@corp.example>
Fri Nov 20 09:57:52 2026 Info: MID 1010581 ICID 433627 RID 0 To: <ana.mendes@supplier.example>
Fri Nov 20 09:57:53 2026 Info: MID 1010581 Message-ID '<27f36ae9cbdb9f6e%30#&19133@corp.example>'
Fri Nov 20 09:57:53 2026 Info: MID 1010581 Subject 'Candidate CV 26581'
Fri Nov 20 09:57:53 2026 Info: MID 1010581 ready 567539 bytes from <lucia.okafor@corp.example>
Fri Nov 20 09:57:53 2026 Info: MID 1010581 DKIM: pass signature verified (d=corp.example s=s7 i=@corp.example)
Fri Nov 20 09:57:53 2026 Info: ICID 433627 close
Fri Nov 20 09:57:53 2026 Info: MID 1010581 using engine: CASE spam negative
Fri Nov 20 09:57:53 2026 Info: MID 1010581 SPF: mailfrom identity lucia.okafor@corp.example Pass (v=spf1)
Fri Nov 20 09:57:53 2026 Info: MID 1010581 DMARC: Verification passed
Fri Nov 20 09:57:53 2026 Info: MID 1010581 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 09:57:53 2026 Info: MID 1010581 attachment 'image001.png'
Fri Nov 20 09:57:53 2026 Info: File reputation query initiating. File Name = 'image001.png', MID = 1010581, File Size = 19728 bytes, File Type = image/png
Fri Nov 20 09:57:53 2026 Info: MID 1010581 attachment 'invoice_18015.pdf'
Fri Nov 20 09:57:53 2026 Info: File reputation query initiating. File Name = 'invoice_18015.pdf', MID = 1010581, File Size = 388770 bytes, File Type = application/pdf
Fri Nov 20 09:57:53 2026 Info: MID 1010581 AMP file reputation verdict : UNKNOWN
Fri Nov 20 09:57:53 2026 Info: Response received for file reputation query from Cache. File Name = image001.png, MID = 1010581, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = 2d8ad8c0ac127e938005ce74721888ff4a3adf9934b3ff60c26e7a4287f53ddd, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Fri Nov 20 09:57:54 2026 Info: Response received for file reputation query from Cache. File Name = invoice_18015.pdf, MID = 1010581, Disposition = FILE UNKNOWN, Malware = None, Analysis Score = 5, sha256 = 15a0cce60e2ec40a29ca862d6e4505f5416e99b0e13e213ebdaaea00a01d616f, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Fri Nov 20 09:57:55 2026 Info: MID 1010581 queued for delivery
Fri Nov 20 09:57:58 2026 Info: New SMTP DCID 209489 interface 192.0.2.20 address 203.0.113.168 port 25
Fri Nov 20 09:57:58 2026 Info: DCID 209489 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 09:57:58 2026 Info: Delivery start DCID 209489 MID 1010581 to RID [0]
Fri Nov 20 09:58:00 2026 Info: Message done DCID 209489 MID 1010581 to RID [0]
Fri Nov 20 09:58:00 2026 Info: MID 1010581 RID [0] Response '2.0.0 Ok: queued as pXmwRPJJ9yJGFnuf'
Fri Nov 20 09:58:00 2026 Info: Message finished MID 1010581 done
Fri Nov 20 09:58:00 2026 Info: DCID 209489 close
Fri Nov 20 10:02:12 2026 Info: New SMTP ICID 433628 interface IncomingMail (192.0.2.10) address 198.51.84.142 reverse dns host mail.client-b.example verified yes
Fri Nov 20 10:02:12 2026 Info: ICID 433628 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.7
Fri Nov 20 10:02:12 2026 Info: ICID 433628 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 10:02:13 2026 Info: Start MID 1010582 ICID 433628
Fri Nov 20 10:02:13 2026 Info: MID 1010582 ICID 433628 From: <paul.dubois@client-b.example>
Fri Nov 20 10:02:13 2026 Info: MID 1010582 ICID 433628 RID 0 To: <eva.kowalski@corp.example>
Fri Nov 20 10:02:13 2026 Info: MID 1010582 Message-ID '<CAkC6za97lClU1m0PQPYje_rqTxBo/H6SWZY+eYF+i/P@mail.client-b.example>'
Fri Nov 20 10:02:13 2026 Info: MID 1010582 Subject 'Price list 2650'
Fri Nov 20 10:02:13 2026 Info: MID 1010582 ready 22446 bytes from <paul.dubois@client-b.example>
Fri Nov 20 10:02:13 2026 Info: MID 1010582 SPF: mailfrom identity paul.dubois@client-b.example Pass (v=spf1)
Fri Nov 20 10:02:13 2026 Info: ICID 433628 close
Fri Nov 20 10:02:13 2026 Info: MID 1010582 using engine: CASE spam negative
Fri Nov 20 10:02:14 2026 Info: MID 1010582 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 10:02:14 2026 Info: MID 1010582 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 10:02:15 2026 Info: MID 1010582 queued for delivery
Fri Nov 20 10:02:19 2026 Info: New SMTP DCID 209490 interface 192.0.2.20 address 52.101.191.154 port 25
Fri Nov 20 10:02:19 2026 Info: DCID 209490 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 10:02:19 2026 Info: Delivery start DCID 209490 MID 1010582 to RID [0]
Fri Nov 20 10:02:21 2026 Info: Message done DCID 209490 MID 1010582 to RID [0]
Fri Nov 20 10:02:21 2026 Info: MID 1010582 RID [0] Response '2.6.0 [InternalId=264127633112, Hostname=AM0PR01MB7845.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 10:02:21 2026 Info: Message finished MID 1010582 done
Fri Nov 20 10:02:21 2026 Info: DCID 209490 close
Fri Nov 20 10:07:02 2026 Info: New SMTP ICID 433629 interface IncomingMail (192.0.2.10) address 198.51.47.172 reverse dns host mail.logistics.example verified yes
Fri Nov 20 10:07:02 2026 Info: ICID 433629 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.9
Fri Nov 20 10:07:02 2026 Info: ICID 433629 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 10:07:02 2026 Info: Start MID 1010583 ICID 433629
Fri Nov 20 10:07:02 2026 Info: MID 1010583 ICID 433629 From: <sofia.weber@logistics.example>
Fri Nov 20 10:07:02 2026 Info: MID 1010583 ICID 433629 RID 0 To: <eva.kowalski@corp.example>
Fri Nov 20 10:07:03 2026 Info: MID 1010583 Message-ID '<a9818f78914ef63eec51.28757@logistics.example>'
Fri Nov 20 10:07:03 2026 Info: MID 1010583 Subject 'Re: project timeline'
Fri Nov 20 10:07:03 2026 Info: MID 1010583 ready 42267 bytes from <sofia.weber@logistics.example>
Fri Nov 20 10:07:03 2026 Info: MID 1010583 DKIM: pass signature verified (d=logistics.example s=s2 i=@logistics.example)
Fri Nov 20 10:07:03 2026 Info: MID 1010583 SPF: mailfrom identity sofia.weber@logistics.example Pass (v=spf1)
Fri Nov 20 10:07:03 2026 Info: ICID 433629 close
Fri Nov 20 10:07:03 2026 Info: MID 1010583 using engine: CASE spam negative
Fri Nov 20 10:07:03 2026 Info: MID 1010583 DMARC: Verification passed
Fri Nov 20 10:07:04 2026 Info: MID 1010583 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 10:07:04 2026 Info: MID 1010583 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 10:07:06 2026 Info: MID 1010583 queued for delivery
Fri Nov 20 10:07:08 2026 Info: New SMTP DCID 209491 interface 192.0.2.20 address 52.101.105.48 port 25
Fri Nov 20 10:07:08 2026 Info: DCID 209491 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 10:07:08 2026 Info: Delivery start DCID 209491 MID 1010583 to RID [0]
Fri Nov 20 10:07:08 2026 Info: Message done DCID 209491 MID 1010583 to RID [0]
Fri Nov 20 10:07:08 2026 Info: MID 1010583 RID [0] Response '2.0.0 Ok: queued as ksSeQakgShcVKcQE'
Fri Nov 20 10:07:08 2026 Info: Message finished MID 1010583 done
Fri Nov 20 10:07:08 2026 Info: DCID 209491 close
Fri Nov 20 10:09:33 2026 Info: New SMTP ICID 433630 interface OutgoingMail (192.0.2.11) address 10.20.3.31 reverse dns host exch1.corp.example verified yes
Fri Nov 20 10:09:33 2026 Info: ICID 433630 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 10:09:33 2026 Info: Start MID 1010584 ICID 433630
Fri Nov 20 10:09:33 2026 Info: MID 1010584 ICID 433630 From: <sara.novak23@corp.example>
Fri Nov 20 10:09:33 2026 Info: MID 1010584 ICID 433630 RID 0 To: <ana.mendes@supplier.example>
Fri Nov 20 10:09:34 2026 Info: MID 1010584 Message-ID '<9e549f0c237ddc478ae0.12366@corp.example>'
Fri Nov 20 10:09:34 2026 Info: MID 1010584 Subject 'Café menu for next week'
Fri Nov 20 10:09:34 2026 Info: MID 1010584 ready 288340 bytes from <sara.novak23@corp.example>
Fri Nov 20 10:09:34 2026 Info: ICID 433630 close
Fri Nov 20 10:09:34 2026 Info: MID 1010584 using engine: CASE spam negative
Fri Nov 20 10:09:34 2026 Info: MID 1010584 SPF: mailfrom identity sara.novak23@corp.example Pass (v=spf1)
Fri Nov 20 10:09:35 2026 Info: MID 1010584 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 10:09:35 2026 Info: MID 1010584 attachment 'Caf=C3=A9=20menu=2064743.pdf'
Fri Nov 20 10:09:36 2026 Info: MID 1010584 AMP file reputation verdict : UNKNOWN
Fri Nov 20 10:09:37 2026 Info: MID 1010584 queued for delivery
Fri Nov 20 10:09:40 2026 Info: New SMTP DCID 209492 interface 192.0.2.20 address 203.0.113.100 port 25
Fri Nov 20 10:09:40 2026 Info: DCID 209492 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 10:09:40 2026 Info: Delivery start DCID 209492 MID 1010584 to RID [0]
Fri Nov 20 10:09:41 2026 Info: Message done DCID 209492 MID 1010584 to RID [0]
Fri Nov 20 10:09:41 2026 Info: MID 1010584 RID [0] Response '2.0.0 Ok: queued as PMEsdSG2zPQYGisf'
Fri Nov 20 10:09:41 2026 Info: Message finished MID 1010584 done
Fri Nov 20 10:09:41 2026 Info: DCID 209492 close
Fri Nov 20 10:16:40 2026 Info: New SMTP ICID 433631 interface IncomingMail (192.0.2.10) address 198.51.166.169 reverse dns host mail.client-b.example verified yes
Fri Nov 20 10:16:40 2026 Info: ICID 433631 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.9
Fri Nov 20 10:16:40 2026 Info: ICID 433631 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 10:16:40 2026 Info: Start MID 1010585 ICID 433631
Fri Nov 20 10:16:40 2026 Info: MID 1010585 ICID 433631 From: <max.fischer@client-b.example>
Fri Nov 20 10:16:40 2026 Info: MID 1010585 ICID 433631 RID 0 To: <zoe.kim@corp.example>
Fri Nov 20 10:16:40 2026 Info: MID 1010585 Message-ID '<cabb4382ba2c4e57c277.85156@client-b.example>'
Fri Nov 20 10:16:40 2026 Info: MID 1010585 Subject 'Quarterly report'
Fri Nov 20 10:16:40 2026 Info: MID 1010585 ready 24313 bytes from <max.fischer@client-b.example>
Fri Nov 20 10:16:40 2026 Info: MID 1010585 SPF: mailfrom identity max.fischer@client-b.example Pass (v=spf1)
Fri Nov 20 10:16:40 2026 Info: ICID 433631 close
Fri Nov 20 10:16:40 2026 Info: MID 1010585 DKIM: pass signature verified (d=client-b.example s=s1 i=@client-b.example)
Fri Nov 20 10:16:40 2026 Info: MID 1010585 using engine: CASE spam negative
Fri Nov 20 10:16:40 2026 Info: MID 1010585 DMARC: Verification passed
Fri Nov 20 10:16:41 2026 Info: MID 1010585 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 10:16:41 2026 Info: MID 1010585 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 10:16:41 2026 Info: MID 1010585 queued for delivery
Fri Nov 20 10:16:43 2026 Info: New SMTP DCID 209493 interface 192.0.2.20 address 52.101.241.137 port 25
Fri Nov 20 10:16:43 2026 Info: DCID 209493 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 10:16:43 2026 Info: Delivery start DCID 209493 MID 1010585 to RID [0]
Fri Nov 20 10:16:46 2026 Info: Message done DCID 209493 MID 1010585 to RID [0]
Fri Nov 20 10:16:46 2026 Info: MID 1010585 RID [0] Response '2.6.0 [InternalId=210058658793, Hostname=AM0PR01MB5257.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 10:16:46 2026 Info: Message finished MID 1010585 done
Fri Nov 20 10:16:46 2026 Info: DCID 209493 close
Fri Nov 20 10:26:15 2026 Info: New SMTP ICID 433632 interface IncomingMail (192.0.2.10) address 198.51.240.214 reverse dns host mail.bank.example verified yes
Fri Nov 20 10:26:15 2026 Info: ICID 433632 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.6
Fri Nov 20 10:26:15 2026 Info: ICID 433632 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 10:26:15 2026 Info: Start MID 1010586 ICID 433632
Fri Nov 20 10:26:15 2026 Info: MID 1010586 ICID 433632 From: <tom.obrien@bank.example>
Fri Nov 20 10:26:15 2026 Info: MID 1010586 ICID 433632 RID 0 To: <sara.novak23@corp.example>
Fri Nov 20 10:26:15 2026 Info: MID 1010586 ICID 433632 RID 1 To: <leo.dubois@corp-mail.example>
Fri Nov 20 10:26:15 2026 Info: MID 1010586 Message-ID '<f0480b9494e9c543%71#&2bb84@bank.example>'
Fri Nov 20 10:26:15 2026 Info: MID 1010586 Subject 'Re: Re: Re: hiring plan'
Fri Nov 20 10:26:15 2026 Info: MID 1010586 ready 14497 bytes from <tom.obrien@bank.example>
Fri Nov 20 10:26:15 2026 Info: MID 1010586 DMARC: Verification passed
Fri Nov 20 10:26:16 2026 Info: MID 1010586 interim AV verdict using Sophos CLEAN
Fri Nov 20 10:26:16 2026 Info: MID 1010586 DKIM: pass signature verified (d=bank.example s=s3 i=@bank.example)
Fri Nov 20 10:26:16 2026 Info: MID 1010586 antivirus negative
Fri Nov 20 10:26:16 2026 Info: ICID 433632 close
Fri Nov 20 10:26:16 2026 Info: MID 1010586 SPF: mailfrom identity tom.obrien@bank.example Pass (v=spf1)
Fri Nov 20 10:26:16 2026 Info: MID 1010586 using engine: CASE spam negative
Fri Nov 20 10:26:16 2026 Info: MID 1010586 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 10:26:16 2026 Info: MID 1010586 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 10:26:17 2026 Info: MID 1010586 queued for delivery
Fri Nov 20 10:26:17 2026 Info: New SMTP DCID 209494 interface 192.0.2.20 address 52.101.163.158 port 25
Fri Nov 20 10:26:17 2026 Info: DCID 209494 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 10:26:17 2026 Info: Delivery start DCID 209494 MID 1010586 to RID [0, 1]
Fri Nov 20 10:26:18 2026 Info: Message done DCID 209494 MID 1010586 to RID [0, 1]
Fri Nov 20 10:26:18 2026 Info: MID 1010586 RID [0, 1] Response '2.6.0 [InternalId=246787829629, Hostname=AM0PR01MB1758.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 10:26:18 2026 Info: Message finished MID 1010586 done
Fri Nov 20 10:26:18 2026 Info: DCID 209494 close
Fri Nov 20 10:29:49 2026 Info: New SMTP ICID 433633 interface IncomingMail (192.0.2.10) address 198.51.24.86 reverse dns host mail.university.example verified yes
Fri Nov 20 10:29:49 2026 Info: ICID 433633 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.4
Fri Nov 20 10:29:49 2026 Info: ICID 433633 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 10:29:49 2026 Info: Start MID 1010587 ICID 433633
Fri Nov 20 10:29:49 2026 Info: MID 1010587 ICID 433633 From: <emma.larsen@university.example>
Fri Nov 20 10:29:49 2026 Info: MID 1010587 ICID 433633 RID 0 To: <nina.lopez@corp.example>
Fri Nov 20 10:29:49 2026 Info: MID 1010587 Message-ID "<o'neill.43cab357faa3@university.example>"
Fri Nov 20 10:29:49 2026 Info: MID 1010587 Subject 'Reminder: timesheets due'
Fri Nov 20 10:29:49 2026 Info: MID 1010587 ready 216630 bytes from <emma.larsen@university.example>
Fri Nov 20 10:29:49 2026 Info: MID 1010587 URL https://www.university.example/t/43f1a49157 has reputation 0.0 matched Condition: URL Reputation Rule
Fri Nov 20 10:29:49 2026 Info: MID 1010587 Outbreak Filters: verdict negative
Fri Nov 20 10:29:49 2026 Info: MID 1010587 using engine: CASE spam negative
Fri Nov 20 10:29:49 2026 Info: ICID 433633 close
Fri Nov 20 10:29:50 2026 Info: MID 1010587 SPF: mailfrom identity emma.larsen@university.example Pass (v=spf1)
Fri Nov 20 10:29:50 2026 Info: MID 1010587 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 10:29:50 2026 Info: MID 1010587 attachment 'Café menu 31793.pdf'
Fri Nov 20 10:29:50 2026 Info: MID 1010587 AMP file reputation verdict : CLEAN
Fri Nov 20 10:29:52 2026 Info: MID 1010587 queued for delivery
Fri Nov 20 10:29:54 2026 Info: New SMTP DCID 209495 interface 192.0.2.20 address 52.101.210.78 port 25
Fri Nov 20 10:29:54 2026 Info: DCID 209495 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 10:29:54 2026 Info: Delivery start DCID 209495 MID 1010587 to RID [0]
Fri Nov 20 10:29:54 2026 Info: Bounced: DCID 209495 MID 1010587 From: <emma.larsen@university.example> To: <nina.lopez@corp.example> RID 0 - 5.2.2 - Mailbox full ('552', ['5.2.2 <nina.lopez@corp.example>: Mailbox full; quota exceeded'])
Fri Nov 20 10:29:54 2026 Info: Message finished MID 1010587 done
Fri Nov 20 10:29:54 2026 Info: DCID 209495 close
Fri Nov 20 10:29:56 2026 Info: Start MID 1010588 ICID 0
Fri Nov 20 10:29:56 2026 Info: MID 1010588 was generated for bounce of MID 1010587
Fri Nov 20 10:29:56 2026 Info: MID 1010588 ICID 0 From: <>
Fri Nov 20 10:29:56 2026 Info: MID 1010588 ICID 0 RID 0 To: <emma.larsen@university.example>
Fri Nov 20 10:29:56 2026 Info: MID 1010588 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 10:29:56 2026 Info: MID 1010588 ready 8368 bytes from <>
Fri Nov 20 10:29:56 2026 Info: MID 1010588 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 10:29:56 2026 Info: MID 1010588 queued for delivery
Fri Nov 20 10:29:59 2026 Info: New SMTP DCID 209496 interface 192.0.2.20 address 203.0.113.252 port 25
Fri Nov 20 10:29:59 2026 Info: DCID 209496 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 10:29:59 2026 Info: Delivery start DCID 209496 MID 1010588 to RID [0]
Fri Nov 20 10:29:59 2026 Info: Message done DCID 209496 MID 1010588 to RID [0]
Fri Nov 20 10:29:59 2026 Info: MID 1010588 RID [0] Response '2.0.0 Ok: queued as Vyfn2XfdTfjEiWMp'
Fri Nov 20 10:29:59 2026 Info: Message finished MID 1010588 done
Fri Nov 20 10:29:59 2026 Info: DCID 209496 close
Fri Nov 20 10:34:23 2026 Info: New SMTP ICID 433634 interface OutgoingMail (192.0.2.11) address 10.20.7.217 reverse dns host exch1.corp.example verified yes
Fri Nov 20 10:34:23 2026 Info: ICID 433634 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 10:34:23 2026 Info: Start MID 1010589 ICID 433634
Fri Nov 20 10:34:23 2026 Info: MID 1010589 ICID 433634 From: <sam.obrien@corp.example>
Fri Nov 20 10:34:23 2026 Info: MID 1010589 ICID 433634 RID 0 To: <mia.sato@logistics.example>
Fri Nov 20 10:34:24 2026 Info: MID 1010589 Message-ID '<CAbPEsJ3id5V6vs2iYuLwH9=TWu=gdiH5rw3ITuLkiUF@mail.corp.example>'
Fri Nov 20 10:34:24 2026 Info: MID 1010589 Subject 'Candidate CV 78504'
Fri Nov 20 10:34:24 2026 Info: MID 1010589 ready 1388866 bytes from <sam.obrien@corp.example>
Fri Nov 20 10:34:24 2026 Info: MID 1010589 DKIM: pass signature verified (d=corp.example s=s9 i=@corp.example)
Fri Nov 20 10:34:24 2026 Info: MID 1010589 antivirus negative
Fri Nov 20 10:34:24 2026 Info: ICID 433634 close
Fri Nov 20 10:34:24 2026 Info: MID 1010589 DMARC: Verification passed
Fri Nov 20 10:34:24 2026 Info: MID 1010589 using engine: CASE spam negative
Fri Nov 20 10:34:24 2026 Info: MID 1010589 interim AV verdict using Sophos CLEAN
Fri Nov 20 10:34:24 2026 Info: MID 1010589 SPF: mailfrom identity sam.obrien@corp.example Pass (v=spf1)
Fri Nov 20 10:34:25 2026 Info: MID 1010589 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 10:34:26 2026 Info: MID 1010589 attachment 'Q2=20Report=202026.pdf'
Fri Nov 20 10:34:26 2026 Info: MID 1010589 attachment 'image002.jpg'
Fri Nov 20 10:34:26 2026 Info: MID 1010589 AMP file reputation verdict : UNKNOWN
Fri Nov 20 10:34:27 2026 Info: MID 1010589 queued for delivery
Fri Nov 20 10:34:30 2026 Info: New SMTP DCID 209497 interface 192.0.2.20 address 203.0.113.203 port 25
Fri Nov 20 10:34:30 2026 Info: DCID 209497 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 10:34:30 2026 Info: Delivery start DCID 209497 MID 1010589 to RID [0]
Fri Nov 20 10:34:33 2026 Info: Message done DCID 209497 MID 1010589 to RID [0]
Fri Nov 20 10:34:33 2026 Info: MID 1010589 RID [0] Response '2.0.0 Ok: queued as nABmM9puuSaq4KTt'
Fri Nov 20 10:34:33 2026 Info: Message finished MID 1010589 done
Fri Nov 20 10:34:33 2026 Info: DCID 209497 close
Fri Nov 20 10:36:17 2026 Info: New SMTP ICID 433635 interface OutgoingMail (192.0.2.11) address 10.20.4.246 reverse dns host exch4.corp.example verified yes
Fri Nov 20 10:36:17 2026 Info: ICID 433635 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 10:36:17 2026 Info: Start MID 1010590 ICID 433635
Fri Nov 20 10:36:17 2026 Info: MID 1010590 ICID 433635 From: <nina.patel@corp.example>
Fri Nov 20 10:36:17 2026 Info: MID 1010590 ICID 433635 RID 0 To: <tom.smith@partner.example>
Fri Nov 20 10:36:17 2026 Info: MID 1010590 ICID 433635 RID 1 To: <paul.smith@newsletter.example>
Fri Nov 20 10:36:17 2026 Info: MID 1010590 ICID 433635 RID 2 To: <noah.silva@client-b.example>
Fri Nov 20 10:36:17 2026 Info: MID 1010590 Message-ID '<CAUtUBTUhuM-2pWDUZhG1CeMn7oCLPGUMHI-WpKc8b8N@mail.corp.example>'
Fri Nov 20 10:36:17 2026 Info: MID 1010590 Subject 'Re: Re: Re: hiring plan'
Fri Nov 20 10:36:17 2026 Info: MID 1010590 ready 729163 bytes from <nina.patel@corp.example>
Fri Nov 20 10:36:17 2026 Info: MID 1010590 using engine: CASE spam negative
Fri Nov 20 10:36:17 2026 Info: MID 1010590 DKIM: pass signature verified (d=corp.example s=s2 i=@corp.example)
Fri Nov 20 10:36:17 2026 Info: ICID 433635 close
Fri Nov 20 10:36:17 2026 Info: MID 1010590 DMARC: Verification passed
Fri Nov 20 10:36:17 2026 Info: MID 1010590 SPF: mailfrom identity nina.patel@corp.example Pass (v=spf1)
Fri Nov 20 10:36:18 2026 Info: MID 1010590 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 10:36:18 2026 Info: MID 1010590 attachment 'budget_2026_v3.xlsx'
Fri Nov 20 10:36:18 2026 Info: MID 1010590 AMP file reputation verdict : UNKNOWN
Fri Nov 20 10:36:20 2026 Info: MID 1010590 queued for delivery
Fri Nov 20 10:36:23 2026 Info: New SMTP DCID 209498 interface 192.0.2.20 address 203.0.113.117 port 25
Fri Nov 20 10:36:23 2026 Info: DCID 209498 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 10:36:23 2026 Info: Delivery start DCID 209498 MID 1010590 to RID [0]
Fri Nov 20 10:36:24 2026 Info: Message done DCID 209498 MID 1010590 to RID [0]
Fri Nov 20 10:36:24 2026 Info: MID 1010590 RID [0] Response '2.0.0 Ok: queued as CEqefUp9cvZcfyVC'
Fri Nov 20 10:36:24 2026 Info: New SMTP DCID 209499 interface 192.0.2.20 address 203.0.113.224 port 25
Fri Nov 20 10:36:24 2026 Info: DCID 209499 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 10:36:24 2026 Info: Delivery start DCID 209499 MID 1010590 to RID [1]
Fri Nov 20 10:36:24 2026 Info: DCID 209498 close
Fri Nov 20 10:36:25 2026 Info: Message done DCID 209499 MID 1010590 to RID [1]
Fri Nov 20 10:36:25 2026 Info: MID 1010590 RID [1] Response '2.0.0 Ok: queued as EQhUaqcWKyBff5Xo'
Fri Nov 20 10:36:25 2026 Info: New SMTP DCID 209500 interface 192.0.2.20 address 203.0.113.204 port 25
Fri Nov 20 10:36:25 2026 Info: DCID 209500 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 10:36:25 2026 Info: Delivery start DCID 209500 MID 1010590 to RID [2]
Fri Nov 20 10:36:25 2026 Info: DCID 209499 close
Fri Nov 20 10:36:27 2026 Info: Message done DCID 209500 MID 1010590 to RID [2]
Fri Nov 20 10:36:27 2026 Info: MID 1010590 RID [2] Response '2.0.0 Ok: queued as sNwv5VV8a5RzVSRo'
Fri Nov 20 10:36:27 2026 Info: Message finished MID 1010590 done
Fri Nov 20 10:36:27 2026 Info: DCID 209500 close
Fri Nov 20 10:52:38 2026 Info: New SMTP ICID 433636 interface IncomingMail (192.0.2.10) address 198.51.47.150 reverse dns host mail.partner.example verified yes
Fri Nov 20 10:52:38 2026 Info: ICID 433636 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.2
Fri Nov 20 10:52:38 2026 Info: ICID 433636 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 10:52:39 2026 Info: Start MID 1010591 ICID 433636
Fri Nov 20 10:52:39 2026 Info: MID 1010591 ICID 433636 From: <ida.kim@partner.example>
Fri Nov 20 10:52:39 2026 Info: MID 1010591 ICID 433636 RID 0 To: <support@corp-mail.example>
Fri Nov 20 10:52:39 2026 Info: MID 1010591 ICID 433636 RID 1 To: <noah.okafor90@corp.example>
Fri Nov 20 10:52:39 2026 Info: MID 1010591 ICID 433636 RID 2 To: <journal@corp.example>
Fri Nov 20 10:52:39 2026 Info: MID 1010591 ICID 433636 RID 3 To: <yuki.ivanova@corp.example>
Fri Nov 20 10:52:39 2026 Info: MID 1010591 Message-ID '<cfa3ac7e2c607ebc3364.35719@partner.example>'
Fri Nov 20 10:52:39 2026 Info: MID 1010591 Subject 'Scan from copier 95835'
Fri Nov 20 10:52:39 2026 Info: MID 1010591 ready 27166 bytes from <ida.kim@partner.example>
Fri Nov 20 10:52:39 2026 Info: MID 1010591 DKIM: pass signature verified (d=partner.example s=s1 i=@partner.example)
Fri Nov 20 10:52:39 2026 Info: ICID 433636 close
Fri Nov 20 10:52:39 2026 Info: MID 1010591 using engine: CASE spam negative
Fri Nov 20 10:52:39 2026 Info: MID 1010591 DMARC: Verification passed
Fri Nov 20 10:52:39 2026 Info: MID 1010591 SPF: mailfrom identity ida.kim@partner.example Pass (v=spf1)
Fri Nov 20 10:52:40 2026 Info: MID 1010591 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 10:52:40 2026 Info: MID 1010591 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 10:52:42 2026 Info: MID 1010591 queued for delivery
Fri Nov 20 10:52:45 2026 Info: New SMTP DCID 209501 interface 192.0.2.20 address 52.101.32.65 port 25
Fri Nov 20 10:52:45 2026 Info: DCID 209501 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 10:52:45 2026 Info: Delivery start DCID 209501 MID 1010591 to RID [0, 1, 2, 3]
Fri Nov 20 10:52:46 2026 Info: Message done DCID 209501 MID 1010591 to RID [0, 1, 2, 3]
Fri Nov 20 10:52:46 2026 Info: MID 1010591 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=138334895655, Hostname=AM0PR01MB8976.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 10:52:46 2026 Info: Message finished MID 1010591 done
Fri Nov 20 10:52:46 2026 Info: DCID 209501 close
Fri Nov 20 10:59:18 2026 Info: New SMTP ICID 433637 interface IncomingMail (192.0.2.10) address 198.51.221.72 reverse dns host mail.supplier.example verified yes
Fri Nov 20 10:59:18 2026 Info: ICID 433637 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.0
Fri Nov 20 10:59:18 2026 Info: ICID 433637 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 10:59:18 2026 Info: Start MID 1010592 ICID 433637
Fri Nov 20 10:59:18 2026 Info: MID 1010592 ICID 433637 From: <john.mendes@supplier.example>
Fri Nov 20 10:59:18 2026 Info: MID 1010592 ICID 433637 RID 0 To: <kofi.nguyen@corp.example>
Fri Nov 20 10:59:18 2026 Info: MID 1010592 ICID 433637 RID 1 To: <finance-archive@corp.example>
Fri Nov 20 10:59:19 2026 Info: MID 1010592 Message-ID '<61cf77a028928bf724ca.71587@supplier.example>'
Fri Nov 20 10:59:19 2026 Info: MID 1010592 Subject 'Lunch on Friday?'
Fri Nov 20 10:59:19 2026 Info: MID 1010592 ready 128888 bytes from <john.mendes@supplier.example>
Fri Nov 20 10:59:19 2026 Info: MID 1010592 DKIM: pass signature verified (d=supplier.example s=s5 i=@supplier.example)
Fri Nov 20 10:59:19 2026 Info: MID 1010592 DMARC: Verification passed
Fri Nov 20 10:59:19 2026 Info: ICID 433637 close
Fri Nov 20 10:59:19 2026 Info: MID 1010592 antivirus negative
Fri Nov 20 10:59:19 2026 Info: MID 1010592 interim AV verdict using Sophos CLEAN
Fri Nov 20 10:59:19 2026 Info: MID 1010592 SPF: mailfrom identity john.mendes@supplier.example Pass (v=spf1)
Fri Nov 20 10:59:19 2026 Info: MID 1010592 using engine: CASE spam negative
Fri Nov 20 10:59:19 2026 Info: MID 1010592 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 10:59:20 2026 Info: MID 1010592 attachment 'minutes-8540.docx'
Fri Nov 20 10:59:20 2026 Info: File reputation query initiating. File Name = 'minutes-8540.docx', MID = 1010592, File Size = 88302 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Fri Nov 20 10:59:20 2026 Info: MID 1010592 AMP file reputation verdict : CLEAN
Fri Nov 20 10:59:20 2026 Info: Response received for file reputation query from Cache. FileName = 'minutes-8540.docx', MID = 1010592, Disposition = CLEAN, Malware = None,Reputation Score = 0, sha256 =cd37880e16ac4191a26aa0ae044f1574f037afc644d82a531289bafae5316960, upload_action = 2
Fri Nov 20 10:59:21 2026 Info: MID 1010592 queued for delivery
Fri Nov 20 10:59:22 2026 Info: New SMTP DCID 209502 interface 192.0.2.20 address 52.101.194.2 port 25
Fri Nov 20 10:59:22 2026 Info: DCID 209502 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 10:59:22 2026 Info: Delivery start DCID 209502 MID 1010592 to RID [0, 1]
Fri Nov 20 10:59:23 2026 Info: Message done DCID 209502 MID 1010592 to RID [0, 1]
Fri Nov 20 10:59:23 2026 Info: MID 1010592 RID [0, 1] Response '2.6.0 [InternalId=841882452989, Hostname=AM0PR01MB7476.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 10:59:23 2026 Info: Message finished MID 1010592 done
Fri Nov 20 10:59:23 2026 Info: DCID 209502 close
Fri Nov 20 10:59:27 2026 Info: New SMTP ICID 433638 interface OutgoingMail (192.0.2.11) address 10.20.9.62 reverse dns host exch3.corp.example verified yes
Fri Nov 20 10:59:27 2026 Info: ICID 433638 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 10:59:27 2026 Info: Start MID 1010593 ICID 433638
Fri Nov 20 10:59:27 2026 Info: MID 1010593 ICID 433638 From: <noah.okafor90@corp.example>
Fri Nov 20 10:59:27 2026 Info: MID 1010593 ICID 433638 RID 0 To: <max.larsen@client-b.example>
Fri Nov 20 10:59:28 2026 Info: MID 1010593 Message-ID '<b1ed3becd288ca2102b6.9432@corp.example>'
Fri Nov 20 10:59:28 2026 Info: MID 1010593 Subject 'Budget 2027 – first numbers'
Fri Nov 20 10:59:28 2026 Info: MID 1010593 ready 42456 bytes from <noah.okafor90@corp.example>
Fri Nov 20 10:59:28 2026 Info: MID 1010593 DMARC: Verification passed
Fri Nov 20 10:59:28 2026 Info: MID 1010593 SPF: mailfrom identity noah.okafor90@corp.example Pass (v=spf1)
Fri Nov 20 10:59:28 2026 Info: ICID 433638 close
Fri Nov 20 10:59:28 2026 Info: MID 1010593 interim AV verdict using Sophos CLEAN
Fri Nov 20 10:59:28 2026 Info: MID 1010593 antivirus negative
Fri Nov 20 10:59:28 2026 Info: MID 1010593 DKIM: pass signature verified (d=corp.example s=s2 i=@corp.example)
Fri Nov 20 10:59:28 2026 Info: MID 1010593 using engine: CASE spam negative
Fri Nov 20 10:59:29 2026 Info: MID 1010593 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 10:59:29 2026 Info: MID 1010593 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 10:59:31 2026 Info: MID 1010593 queued for delivery
Fri Nov 20 10:59:35 2026 Info: New SMTP DCID 209503 interface 192.0.2.20 address 203.0.113.74 port 25
Fri Nov 20 10:59:35 2026 Info: DCID 209503 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 10:59:35 2026 Info: Delivery start DCID 209503 MID 1010593 to RID [0]
Fri Nov 20 10:59:36 2026 Info: Message done DCID 209503 MID 1010593 to RID [0]
Fri Nov 20 10:59:36 2026 Info: MID 1010593 RID [0] Response '2.0.0 Ok: queued as qjDiYVYTJ2S9sCPz'
Fri Nov 20 10:59:36 2026 Info: DCID 209503 close
Fri Nov 20 10:59:36 2026 Info: Message finished MID 1010593 done
Fri Nov 20 11:05:26 2026 Info: New SMTP ICID 433639 interface IncomingMail (192.0.2.10) address 198.51.226.236 reverse dns host mail.client-b.example verified yes
Fri Nov 20 11:05:26 2026 Info: ICID 433639 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.1
Fri Nov 20 11:05:26 2026 Info: ICID 433639 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 11:05:26 2026 Info: Start MID 1010594 ICID 433639
Fri Nov 20 11:05:26 2026 Info: MID 1010594 ICID 433639 From: <noah.silva@client-b.example>
Fri Nov 20 11:05:26 2026 Info: MID 1010594 ICID 433639 RID 0 To: <helpdesk@corp-mail.example>
Fri Nov 20 11:05:26 2026 Info: MID 1010594 ICID 433639 RID 1 To: <ida.dubois@corp.example>
Fri Nov 20 11:05:26 2026 Info: MID 1010594 ICID 433639 RID 2 To: <li.larsen@corp.example>
Fri Nov 20 11:05:26 2026 Info: MID 1010594 ICID 433639 RID 3 To: <yuki.ivanova@corp.example>
Fri Nov 20 11:05:26 2026 Info: MID 1010594 ICID 433639 RID 4 To: <noah.okafor90@corp.example>
Fri Nov 20 11:05:26 2026 Info: MID 1010594 ICID 433639 RID 5 To: <journal@corp.example>
Fri Nov 20 11:05:26 2026 Info: MID 1010594 Message-ID '<7aaaf679d7737d38f6ad.33936@client-b.example>'
Fri Nov 20 11:05:26 2026 Info: MID 1010594 Subject 'Weekly newsletter #92491'
Fri Nov 20 11:05:26 2026 Info: MID 1010594 ready 21097 bytes from <noah.silva@client-b.example>
Fri Nov 20 11:05:27 2026 Info: MID 1010594 using engine: CASE spam negative
Fri Nov 20 11:05:27 2026 Info: ICID 433639 close
Fri Nov 20 11:05:27 2026 Info: MID 1010594 SPF: mailfrom identity noah.silva@client-b.example Pass (v=spf1)
Fri Nov 20 11:05:28 2026 Info: MID 1010594 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 11:05:28 2026 Info: MID 1010594 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 11:05:29 2026 Info: MID 1010594 queued for delivery
Fri Nov 20 11:05:30 2026 Info: New SMTP DCID 209504 interface 192.0.2.20 address 52.101.209.122 port 25
Fri Nov 20 11:05:30 2026 Info: DCID 209504 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 11:05:30 2026 Info: Delivery start DCID 209504 MID 1010594 to RID [0, 1, 2, 3, 4, 5]
Fri Nov 20 11:05:33 2026 Info: Message done DCID 209504 MID 1010594 to RID [0, 1, 2, 3, 4, 5]
Fri Nov 20 11:05:33 2026 Info: MID 1010594 RID [0, 1, 2, 3, 4, 5] Response '2.0.0 Ok: queued as MdcUdHingvznbWV5'
Fri Nov 20 11:05:33 2026 Info: Message finished MID 1010594 done
Fri Nov 20 11:05:33 2026 Info: DCID 209504 close
Fri Nov 20 11:11:49 2026 Info: New SMTP ICID 433640 interface IncomingMail (192.0.2.10) address 198.51.193.162 reverse dns host mail.partner.example verified yes
Fri Nov 20 11:11:49 2026 Info: ICID 433640 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.0
Fri Nov 20 11:11:49 2026 Info: ICID 433640 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 11:11:49 2026 Info: Start MID 1010595 ICID 433640
Fri Nov 20 11:11:49 2026 Info: MID 1010595 ICID 433640 From: <ida.kim@partner.example>
Fri Nov 20 11:11:49 2026 Info: MID 1010595 ICID 433640 RID 0 To: <ewa.jensen@corp.example>
Fri Nov 20 11:11:50 2026 Info: MID 1010595 Message-ID '<a73854964ddf2f8e7a33.87281@partner.example>'
Fri Nov 20 11:11:50 2026 Info: MID 1010595 Subject 'Budget 2027 – first numbers'
Fri Nov 20 11:11:50 2026 Info: MID 1010595 ready 149203 bytes from <ida.kim@partner.example>
Fri Nov 20 11:11:50 2026 Info: MID 1010595 SPF: mailfrom identity ida.kim@partner.example Pass (v=spf1)
Fri Nov 20 11:11:50 2026 Info: MID 1010595 using engine: CASE spam negative
Fri Nov 20 11:11:50 2026 Info: ICID 433640 close
Fri Nov 20 11:11:50 2026 Info: MID 1010595 antivirus negative
Fri Nov 20 11:11:50 2026 Info: MID 1010595 DKIM: pass signature verified (d=partner.example s=s2 i=@partner.example)
Fri Nov 20 11:11:50 2026 Info: MID 1010595 interim AV verdict using Sophos CLEAN
Fri Nov 20 11:11:50 2026 Info: MID 1010595 DMARC: Verification passed
Fri Nov 20 11:11:50 2026 Info: MID 1010595 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 11:11:50 2026 Info: MID 1010595 attachment 'minutes-8540.docx'
Fri Nov 20 11:11:51 2026 Info: MID 1010595 AMP file reputation verdict : CLEAN
Fri Nov 20 11:11:51 2026 Info: MID 1010595 queued for delivery
Fri Nov 20 11:11:52 2026 Info: New SMTP DCID 209505 interface 192.0.2.20 address 52.101.65.43 port 25
Fri Nov 20 11:11:52 2026 Info: DCID 209505 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 11:11:52 2026 Info: Delivery start DCID 209505 MID 1010595 to RID [0]
Fri Nov 20 11:11:52 2026 Info: Message done DCID 209505 MID 1010595 to RID [0]
Fri Nov 20 11:11:52 2026 Info: MID 1010595 RID [0] Response '2.6.0 [InternalId=867325466036, Hostname=AM0PR01MB5001.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 11:11:52 2026 Info: Message finished MID 1010595 done
Fri Nov 20 11:11:52 2026 Info: DCID 209505 close
Fri Nov 20 11:12:30 2026 Info: New SMTP ICID 433641 interface IncomingMail (192.0.2.10) address 198.51.188.242 reverse dns host mail.travel.example verified yes
Fri Nov 20 11:12:30 2026 Info: ICID 433641 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.6
Fri Nov 20 11:12:30 2026 Info: ICID 433641 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 11:12:30 2026 Info: Start MID 1010596 ICID 433641
Fri Nov 20 11:12:30 2026 Info: MID 1010596 ICID 433641 From: <raj.kim@travel.example>
Fri Nov 20 11:12:30 2026 Info: MID 1010596 ICID 433641 RID 0 To: <zoe.moreau@corp.example>
Fri Nov 20 11:12:31 2026 Info: MID 1010596 Message-ID '<59e04efd2653779ca574.82764@travel.example>'
Fri Nov 20 11:12:31 2026 Info: MID 1010596 Subject 'Re: Re: Re: hiring plan'
Fri Nov 20 11:12:31 2026 Info: MID 1010596 ready 47383 bytes from <raj.kim@travel.example>
Fri Nov 20 11:12:31 2026 Info: MID 1010596 using engine: CASE spam negative
Fri Nov 20 11:12:31 2026 Info: MID 1010596 SPF: mailfrom identity raj.kim@travel.example Pass (v=spf1)
Fri Nov 20 11:12:31 2026 Info: MID 1010596 URL https://www.travel.example/t/32613fff66 has reputation 0.0 matched Condition: URL Reputation Rule
Fri Nov 20 11:12:31 2026 Info: ICID 433641 close
Fri Nov 20 11:12:31 2026 Info: MID 1010596 Outbreak Filters: verdict negative
Fri Nov 20 11:12:32 2026 Info: MID 1010596 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 11:12:32 2026 Info: MID 1010596 attachment 'image002.jpg'
Fri Nov 20 11:12:32 2026 Info: File reputation query initiating. File Name = 'image002.jpg', MID = 1010596, File Size = 30748 bytes, File Type = image/jpeg
Fri Nov 20 11:12:32 2026 Info: MID 1010596 AMP file reputation verdict : CLEAN
Fri Nov 20 11:12:33 2026 Info: Response received for file reputation query from Cloud. File Name = 'image002.jpg', MID = 1010596, Disposition = CLEAN, Malware = None, Reputation Score = 0, sha256 = 0b0ead10f761201b11a4cb7a44dd6f2c43bffd7603e49d262d5e449eb41dfe5e, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Fri Nov 20 11:12:34 2026 Info: MID 1010596 queued for delivery
Fri Nov 20 11:12:37 2026 Info: New SMTP DCID 209506 interface 192.0.2.20 address 52.101.5.204 port 25
Fri Nov 20 11:12:37 2026 Info: DCID 209506 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 11:12:37 2026 Info: Delivery start DCID 209506 MID 1010596 to RID [0]
Fri Nov 20 11:12:39 2026 Info: Message done DCID 209506 MID 1010596 to RID [0]
Fri Nov 20 11:12:39 2026 Info: MID 1010596 RID [0] Response '2.6.0 [InternalId=159627018338, Hostname=AM0PR01MB9588.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 11:12:39 2026 Info: Message finished MID 1010596 done
Fri Nov 20 11:12:39 2026 Info: DCID 209506 close
Fri Nov 20 11:22:30 2026 Info: New SMTP ICID 433642 interface OutgoingMail (192.0.2.11) address 10.20.9.221 reverse dns host exch1.corp.example verified yes
Fri Nov 20 11:22:30 2026 Info: ICID 433642 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 11:22:30 2026 Info: Start MID 1010597 ICID 433642
Fri Nov 20 11:22:30 2026 Info: MID 1010597 ICID 433642 From: <kofi.nguyen@corp.example>
Fri Nov 20 11:22:30 2026 Info: MID 1010597 ICID 433642 RID 0 To: <leo.mendes@bank.example>
Fri Nov 20 11:22:31 2026 Info: MID 1010597 Message-ID '<e2c1eefaec6073754bfb.11471@corp.example>'
Fri Nov 20 11:22:31 2026 Info: MID 1010597 Subject 'Your order 70469 has shipped'
Fri Nov 20 11:22:31 2026 Info: MID 1010597 ready 94728 bytes from <kofi.nguyen@corp.example>
Fri Nov 20 11:22:31 2026 Info: MID 1010597 DKIM: pass signature verified (d=corp.example s=s5 i=@corp.example)
Fri Nov 20 11:22:31 2026 Info: MID 1010597 antivirus negative
Fri Nov 20 11:22:31 2026 Info: MID 1010597 SPF: mailfrom identity kofi.nguyen@corp.example Pass (v=spf1)
Fri Nov 20 11:22:31 2026 Info: ICID 433642 close
Fri Nov 20 11:22:31 2026 Info: MID 1010597 DMARC: Verification passed
Fri Nov 20 11:22:31 2026 Info: MID 1010597 using engine: CASE spam negative
Fri Nov 20 11:22:31 2026 Info: MID 1010597 interim AV verdict using Sophos CLEAN
Fri Nov 20 11:22:33 2026 Info: MID 1010597 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 11:22:33 2026 Info: MID 1010597 attachment 'invoice_44952.pdf'
Fri Nov 20 11:22:33 2026 Info: File reputation query initiating. File Name = 'invoice_44952.pdf', MID = 1010597, File Size = 42595 bytes, File Type = application/pdf
Fri Nov 20 11:22:33 2026 Info: MID 1010597 AMP file reputation verdict : UNKNOWN
Fri Nov 20 11:22:33 2026 Info: MID 1010597 queued for delivery
Fri Nov 20 11:22:33 2026 Info: Response received for file reputation query from Cache. File Name = 'invoice_44952.pdf', MID = 1010597, Disposition = FILE UNKNOWN, Malware = None, Reputation Score = 5, sha256 = c6b789ef81365acc3f88af5933736dcca7f0c99e80b5244a4767e1fa79823eb2, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Fri Nov 20 11:22:34 2026 Info: New SMTP DCID 209507 interface 192.0.2.20 address 203.0.113.174 port 25
Fri Nov 20 11:22:34 2026 Info: DCID 209507 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 11:22:34 2026 Info: Delivery start DCID 209507 MID 1010597 to RID [0]
Fri Nov 20 11:22:35 2026 Info: Message done DCID 209507 MID 1010597 to RID [0]
Fri Nov 20 11:22:35 2026 Info: MID 1010597 RID [0] Response '2.0.0 Ok: queued as 8PgyLRQD6VdPym39'
Fri Nov 20 11:22:35 2026 Info: Message finished MID 1010597 done
Fri Nov 20 11:22:35 2026 Info: DCID 209507 close
Fri Nov 20 11:32:23 2026 Info: New SMTP ICID 433643 interface IncomingMail (192.0.2.10) address 198.51.216.185 reverse dns host mail.gmail.example verified yes
Fri Nov 20 11:32:23 2026 Info: ICID 433643 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.3
Fri Nov 20 11:32:23 2026 Info: ICID 433643 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 11:32:23 2026 Info: Start MID 1010598 ICID 433643
Fri Nov 20 11:32:23 2026 Info: MID 1010598 ICID 433643 From: <chen.fischer@gmail.example>
Fri Nov 20 11:32:23 2026 Info: MID 1010598 ICID 433643 RID 0 To: <nina.lopez@corp.example>
Fri Nov 20 11:32:23 2026 Info: MID 1010598 ICID 433643 RID 1 To: <eva.kowalski@corp.example>
Fri Nov 20 11:32:23 2026 Info: MID 1010598 ICID 433643 RID 2 To: <emma.garcia@corp.example>
Fri Nov 20 11:32:23 2026 Info: MID 1010598 ICID 433643 RID 3 To: <omar.weber@corp.example>
Fri Nov 20 11:32:23 2026 Info: MID 1010598 ICID 433643 RID 4 To: <lena.novak@corp.example>
Fri Nov 20 11:32:23 2026 Info: MID 1010598 ICID 433643 RID 5 To: <finance-archive@corp.example>
Fri Nov 20 11:32:23 2026 Info: MID 1010598 ICID 433643 RID 6 To: <kofi.nguyen@corp.example>
Fri Nov 20 11:32:23 2026 Info: MID 1010598 ICID 433643 RID 7 To: <inovak@corp.example>
Fri Nov 20 11:32:24 2026 Info: MID 1010598 Message-ID '<9498be5b85b5d356c8a2.7061@gmail.example>'
Fri Nov 20 11:32:24 2026 Info: MID 1010598 Subject 'Re: Re: Re: hiring plan'
Fri Nov 20 11:32:24 2026 Info: MID 1010598 ready 24233 bytes from <chen.fischer@gmail.example>
Fri Nov 20 11:32:24 2026 Info: MID 1010598 using engine: CASE spam negative
Fri Nov 20 11:32:24 2026 Info: MID 1010598 DKIM: pass signature verified (d=gmail.example s=s8 i=@gmail.example)
Fri Nov 20 11:32:24 2026 Info: MID 1010598 DMARC: Verification passed
Fri Nov 20 11:32:24 2026 Info: ICID 433643 close
Fri Nov 20 11:32:24 2026 Info: MID 1010598 SPF: mailfrom identity chen.fischer@gmail.example Pass (v=spf1)
Fri Nov 20 11:32:25 2026 Info: MID 1010598 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 11:32:26 2026 Info: MID 1010598 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 11:32:27 2026 Info: MID 1010598 queued for delivery
Fri Nov 20 11:32:31 2026 Info: New SMTP DCID 209508 interface 192.0.2.20 address 52.101.120.214 port 25
Fri Nov 20 11:32:31 2026 Info: DCID 209508 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 11:32:31 2026 Info: Delivery start DCID 209508 MID 1010598 to RID [0, 1, 2, 3, 4, 5, 6, 7]
Fri Nov 20 11:32:33 2026 Info: Message done DCID 209508 MID 1010598 to RID [0, 1, 2, 3, 4, 5, 6, 7]
Fri Nov 20 11:32:33 2026 Info: MID 1010598 RID [0, 1, 2, 3, 4, 5, 6, 7] Response '2.6.0 [InternalId=738085472323, Hostname=AM0PR01MB6182.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 11:32:33 2026 Info: DCID 209508 close
Fri Nov 20 11:32:33 2026 Info: Message finished MID 1010598 done
Fri Nov 20 11:37:16 2026 Info: New SMTP ICID 433644 interface IncomingMail (192.0.2.10) address 198.51.236.55 reverse dns host mail.client-b.example verified yes
Fri Nov 20 11:37:16 2026 Info: ICID 433644 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.7
Fri Nov 20 11:37:16 2026 Info: ICID 433644 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 11:37:16 2026 Info: Start MID 1010599 ICID 433644
Fri Nov 20 11:37:16 2026 Info: MID 1010599 ICID 433644 From: <chen.obrien@client-b.example>
Fri Nov 20 11:37:16 2026 Info: MID 1010599 ICID 433644 RID 0 To: <ravi.nguyen@corp-mail.example>
Fri Nov 20 11:37:17 2026 Info: MID 1010599 Message-ID '<CAzJifcFwb8CU5iH6JkijQPgl8tDzsa=yiQJyw6AreDZ@mail.client-b.example>'
Fri Nov 20 11:37:17 2026 Info: MID 1010599 Subject 'Reminder: timesheets due'
Fri Nov 20 11:37:17 2026 Info: MID 1010599 ready 273127 bytes from <chen.obrien@client-b.example>
Fri Nov 20 11:37:17 2026 Info: ICID 433644 close
Fri Nov 20 11:37:17 2026 Info: MID 1010599 using engine: CASE spam negative
Fri Nov 20 11:37:17 2026 Info: MID 1010599 SPF: mailfrom identity chen.obrien@client-b.example Pass (v=spf1)
Fri Nov 20 11:37:17 2026 Info: MID 1010599 URL https://www.client-b.example/t/a7315604f6 has reputation 7.9 matched Condition: URL Reputation Rule
Fri Nov 20 11:37:18 2026 Info: MID 1010599 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 11:37:18 2026 Info: MID 1010599 attachment 'Caf=C3=A9=20menu=2035181.pdf'
Fri Nov 20 11:37:18 2026 Info: File reputation query initiating. File Name = 'Café menu 35181.pdf', MID = 1010599, File Size = 192360 bytes, File Type = application/pdf
Fri Nov 20 11:37:18 2026 Info: MID 1010599 AMP file reputation verdict : CLEAN
Fri Nov 20 11:37:18 2026 Info: Response received for file reputation query from Cloud. File Name = Café menu 35181.pdf, MID = 1010599, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = b75e1edeb43fd19cd3b5b60a56c1525ec57579e076828aae39ef8ace0fe090d3, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Fri Nov 20 11:37:19 2026 Info: MID 1010599 queued for delivery
Fri Nov 20 11:37:23 2026 Info: New SMTP DCID 209509 interface 192.0.2.20 address 52.101.246.226 port 25
Fri Nov 20 11:37:23 2026 Info: DCID 209509 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 11:37:23 2026 Info: Delivery start DCID 209509 MID 1010599 to RID [0]
Fri Nov 20 11:37:24 2026 Info: Message done DCID 209509 MID 1010599 to RID [0]
Fri Nov 20 11:37:24 2026 Info: MID 1010599 RID [0] Response '2.6.0 [InternalId=236246174669, Hostname=AM0PR01MB4268.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 11:37:24 2026 Info: Message finished MID 1010599 done
Fri Nov 20 11:37:24 2026 Info: DCID 209509 close
Fri Nov 20 11:39:34 2026 Info: New SMTP ICID 433645 interface IncomingMail (192.0.2.10) address 198.51.214.157 reverse dns host mail.logistics.example verified yes
Fri Nov 20 11:39:34 2026 Info: ICID 433645 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.0
Fri Nov 20 11:39:34 2026 Info: ICID 433645 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 11:39:34 2026 Info: Start MID 1010600 ICID 433645
Fri Nov 20 11:39:34 2026 Info: MID 1010600 ICID 433645 From: <yuki.sato@logistics.example>
Fri Nov 20 11:39:34 2026 Info: MID 1010600 ICID 433645 RID 0 To: <ewa.jensen@corp.example>
Fri Nov 20 11:39:34 2026 Info: MID 1010600 Message-ID '<a5e0d38b9f8631ff%40#&26fbf@logistics.example>'
Fri Nov 20 11:39:34 2026 Info: MID 1010600 Subject 'Invoice 81796'
Fri Nov 20 11:39:34 2026 Info: MID 1010600 ready 6142 bytes from <yuki.sato@logistics.example>
Fri Nov 20 11:39:34 2026 Info: MID 1010600 SPF: mailfrom identity yuki.sato@logistics.example Pass (v=spf1)
Fri Nov 20 11:39:34 2026 Info: MID 1010600 using engine: CASE spam negative
Fri Nov 20 11:39:34 2026 Info: MID 1010600 antivirus negative
Fri Nov 20 11:39:34 2026 Info: MID 1010600 DMARC: Verification passed
Fri Nov 20 11:39:34 2026 Info: MID 1010600 interim AV verdict using Sophos CLEAN
Fri Nov 20 11:39:35 2026 Info: ICID 433645 close
Fri Nov 20 11:39:35 2026 Info: MID 1010600 DKIM: pass signature verified (d=logistics.example s=s3 i=@logistics.example)
Fri Nov 20 11:39:36 2026 Info: MID 1010600 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 11:39:36 2026 Info: MID 1010600 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 11:39:37 2026 Info: MID 1010600 queued for delivery
Fri Nov 20 11:39:40 2026 Info: New SMTP DCID 209510 interface 192.0.2.20 address 52.101.212.98 port 25
Fri Nov 20 11:39:40 2026 Info: DCID 209510 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 11:39:40 2026 Info: Delivery start DCID 209510 MID 1010600 to RID [0]
Fri Nov 20 11:39:41 2026 Info: Message done DCID 209510 MID 1010600 to RID [0]
Fri Nov 20 11:39:41 2026 Info: MID 1010600 RID [0] Response '2.6.0 [InternalId=314666885228, Hostname=AM0PR01MB7925.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 11:39:41 2026 Info: Message finished MID 1010600 done
Fri Nov 20 11:39:41 2026 Info: DCID 209510 close
Fri Nov 20 11:40:09 2026 Info: New SMTP ICID 433646 interface IncomingMail (192.0.2.10) address 198.51.175.24 reverse dns host mail.logistics.example verified yes
Fri Nov 20 11:40:09 2026 Info: ICID 433646 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.8
Fri Nov 20 11:40:09 2026 Info: ICID 433646 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 11:40:09 2026 Info: Start MID 1010601 ICID 433646
Fri Nov 20 11:40:09 2026 Info: MID 1010601 ICID 433646 From: <mia.sato@logistics.example>
Fri Nov 20 11:40:09 2026 Info: MID 1010601 ICID 433646 RID 0 To: <ldubois@corp.example>
Fri Nov 20 11:40:10 2026 Info: MID 1010601 Message-ID '<c348990d71b1b1f62e91.47643@logistics.example>'
Fri Nov 20 11:40:10 2026 Info: MID 1010601 Subject 'Candidate CV 67031'
Fri Nov 20 11:40:10 2026 Info: MID 1010601 ready 2893419 bytes from <mia.sato@logistics.example>
Fri Nov 20 11:40:10 2026 Info: ICID 433646 close
Fri Nov 20 11:40:10 2026 Info: MID 1010601 DMARC: Verification passed
Fri Nov 20 11:40:10 2026 Info: MID 1010601 SPF: mailfrom identity mia.sato@logistics.example Pass (v=spf1)
Fri Nov 20 11:40:10 2026 Info: MID 1010601 using engine: CASE spam negative
Fri Nov 20 11:40:10 2026 Info: MID 1010601 DKIM: pass signature verified (d=logistics.example s=s5 i=@logistics.example)
Fri Nov 20 11:40:10 2026 Info: MID 1010601 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 11:40:10 2026 Info: MID 1010601 attachment 'photo 23819.heic'
Fri Nov 20 11:40:10 2026 Info: MID 1010601 AMP file reputation verdict : UNKNOWN
Fri Nov 20 11:40:12 2026 Info: MID 1010601 queued for delivery
Fri Nov 20 11:40:15 2026 Info: New SMTP DCID 209511 interface 192.0.2.20 address 52.101.108.67 port 25
Fri Nov 20 11:40:15 2026 Info: DCID 209511 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 11:40:15 2026 Info: Delivery start DCID 209511 MID 1010601 to RID [0]
Fri Nov 20 11:40:15 2026 Info: Message done DCID 209511 MID 1010601 to RID [0]
Fri Nov 20 11:40:15 2026 Info: MID 1010601 RID [0] Response '2.6.0 [InternalId=500838562331, Hostname=AM0PR01MB4133.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 11:40:15 2026 Info: Message finished MID 1010601 done
Fri Nov 20 11:40:15 2026 Info: DCID 209511 close
Fri Nov 20 11:52:48 2026 Info: New SMTP ICID 433647 interface IncomingMail (192.0.2.10) address 198.51.132.11 reverse dns host mail.client-b.example verified yes
Fri Nov 20 11:52:48 2026 Info: ICID 433647 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.2
Fri Nov 20 11:52:48 2026 Info: ICID 433647 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 11:52:48 2026 Info: Start MID 1010602 ICID 433647
Fri Nov 20 11:52:48 2026 Info: MID 1010602 ICID 433647 From: <max.larsen@client-b.example>
Fri Nov 20 11:52:48 2026 Info: MID 1010602 ICID 433647 RID 0 To: <kofi.moreau@corp.example>
Fri Nov 20 11:52:49 2026 Info: MID 1010602 Message-ID '<CATXhi4U0uou51pEGFCMacjjtYz5Kvd5dMpZ-Kvs3pHz@mail.client-b.example>'
Fri Nov 20 11:52:49 2026 Info: MID 1010602 Subject 'Invoice 72001'
Fri Nov 20 11:52:49 2026 Info: MID 1010602 ready 3251 bytes from <max.larsen@client-b.example>
Fri Nov 20 11:52:49 2026 Info: MID 1010602 DMARC: Verification passed
Fri Nov 20 11:52:49 2026 Info: ICID 433647 close
Fri Nov 20 11:52:49 2026 Info: MID 1010602 SPF: mailfrom identity max.larsen@client-b.example Pass (v=spf1)
Fri Nov 20 11:52:49 2026 Info: MID 1010602 DKIM: pass signature verified (d=client-b.example s=s4 i=@client-b.example)
Fri Nov 20 11:52:49 2026 Info: MID 1010602 using engine: CASE spam negative
Fri Nov 20 11:52:50 2026 Info: MID 1010602 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 11:52:50 2026 Info: MID 1010602 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 11:52:52 2026 Info: MID 1010602 queued for delivery
Fri Nov 20 11:52:55 2026 Info: New SMTP DCID 209512 interface 192.0.2.20 address 52.101.71.249 port 25
Fri Nov 20 11:52:55 2026 Info: DCID 209512 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 11:52:55 2026 Info: Delivery start DCID 209512 MID 1010602 to RID [0]
Fri Nov 20 11:52:56 2026 Info: Message done DCID 209512 MID 1010602 to RID [0]
Fri Nov 20 11:52:56 2026 Info: MID 1010602 RID [0] Response '2.0.0 Ok: queued as v27DPWEkpk2imuu7'
Fri Nov 20 11:52:56 2026 Info: DCID 209512 close
Fri Nov 20 11:52:56 2026 Info: Message finished MID 1010602 done
Fri Nov 20 11:58:27 2026 Info: New SMTP ICID 433648 interface IncomingMail (192.0.2.10) address 198.51.210.248 reverse dns host mail.cloudapp.example verified yes
Fri Nov 20 11:58:27 2026 Info: ICID 433648 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.9
Fri Nov 20 11:58:27 2026 Info: ICID 433648 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 11:58:27 2026 Info: Start MID 1010603 ICID 433648
Fri Nov 20 11:58:27 2026 Info: MID 1010603 ICID 433648 From: <kofi.rossi@cloudapp.example>
Fri Nov 20 11:58:27 2026 Info: MID 1010603 ICID 433648 RID 0 To: <yuki.ivanova@corp.example>
Fri Nov 20 11:58:28 2026 Info: MID 1010603 Message-ID '<CA22zCJL-54vnye9uaQogSJ7=VAFrpzxpt6ksdPSE_0f@mail.cloudapp.example>'
Fri Nov 20 11:58:28 2026 Info: MID 1010603 Subject 'Welcome to the team!'
Fri Nov 20 11:58:28 2026 Info: MID 1010603 ready 36395 bytes from <kofi.rossi@cloudapp.example>
Fri Nov 20 11:58:28 2026 Info: MID 1010603 DMARC: Verification passed
Fri Nov 20 11:58:28 2026 Info: ICID 433648 close
Fri Nov 20 11:58:28 2026 Info: MID 1010603 using engine: CASE spam negative
Fri Nov 20 11:58:28 2026 Info: MID 1010603 SPF: mailfrom identity kofi.rossi@cloudapp.example Pass (v=spf1)
Fri Nov 20 11:58:28 2026 Info: MID 1010603 interim AV verdict using Sophos CLEAN
Fri Nov 20 11:58:28 2026 Info: MID 1010603 DKIM: pass signature verified (d=cloudapp.example s=s7 i=@cloudapp.example)
Fri Nov 20 11:58:28 2026 Info: MID 1010603 antivirus negative
Fri Nov 20 11:58:29 2026 Info: MID 1010603 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 11:58:29 2026 Info: MID 1010603 attachment 'notes.txt'
Fri Nov 20 11:58:29 2026 Info: MID 1010603 AMP file reputation verdict : CLEAN
Fri Nov 20 11:58:31 2026 Info: MID 1010603 queued for delivery
Fri Nov 20 11:58:31 2026 Info: New SMTP DCID 209513 interface 192.0.2.20 address 52.101.14.34 port 25
Fri Nov 20 11:58:31 2026 Info: DCID 209513 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 11:58:31 2026 Info: Delivery start DCID 209513 MID 1010603 to RID [0]
Fri Nov 20 11:58:32 2026 Info: Message done DCID 209513 MID 1010603 to RID [0]
Fri Nov 20 11:58:32 2026 Info: MID 1010603 RID [0] Response '2.6.0 [InternalId=460551051337, Hostname=AM0PR01MB4791.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 11:58:32 2026 Info: Message finished MID 1010603 done
Fri Nov 20 11:58:32 2026 Info: DCID 209513 close
Fri Nov 20 12:07:52 2026 Info: New SMTP ICID 433649 interface IncomingMail (192.0.2.10) address 198.51.227.161 reverse dns host mail.cloudapp.example verified yes
Fri Nov 20 12:07:52 2026 Info: ICID 433649 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.8
Fri Nov 20 12:07:52 2026 Info: ICID 433649 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 12:07:53 2026 Info: Start MID 1010604 ICID 433649
Fri Nov 20 12:07:53 2026 Info: MID 1010604 ICID 433649 From: <li.walsh@cloudapp.example>
Fri Nov 20 12:07:53 2026 Info: MID 1010604 ICID 433649 RID 0 To: <tom.weber@corp.example>
Fri Nov 20 12:07:53 2026 Info: MID 1010604 ICID 433649 RID 1 To: <zoe.kim@corp-mail.example>
Fri Nov 20 12:07:53 2026 Info: MID 1010604 ICID 433649 RID 2 To: <ivan.silva@corp.example>
Fri Nov 20 12:07:53 2026 Info: MID 1010604 ICID 433649 RID 3 To: <kofi.moreau@corp.example>
Fri Nov 20 12:07:53 2026 Info: MID 1010604 ICID 433649 RID 4 To: <ravi.nguyen@corp.example>
Fri Nov 20 12:07:53 2026 Info: MID 1010604 ICID 433649 RID 5 To: <lena.sato@corp.example>
Fri Nov 20 12:07:53 2026 Info: MID 1010604 ICID 433649 RID 6 To: <leo.dubois93@corp.example>
Fri Nov 20 12:07:53 2026 Info: MID 1010604 ICID 433649 RID 7 To: <ines.berg@corp.example>
Fri Nov 20 12:07:53 2026 Info: MID 1010604 Message-ID '<CA7M607lTYgE0Xy8lQ+PjpAx/FwVUAZnPsQUdpsEZuOa@mail.cloudapp.example>'
Fri Nov 20 12:07:53 2026 Info: MID 1010604 Subject 'Your order 29282 has shipped'
Fri Nov 20 12:07:53 2026 Info: MID 1010604 ready 29905 bytes from <li.walsh@cloudapp.example>
Fri Nov 20 12:07:53 2026 Info: MID 1010604 DMARC: Verification passed
Fri Nov 20 12:07:53 2026 Info: ICID 433649 close
Fri Nov 20 12:07:53 2026 Info: MID 1010604 DKIM: pass signature verified (d=cloudapp.example s=s3 i=@cloudapp.example)
Fri Nov 20 12:07:53 2026 Info: MID 1010604 SPF: mailfrom identity li.walsh@cloudapp.example Pass (v=spf1)
Fri Nov 20 12:07:53 2026 Info: MID 1010604 using engine: CASE spam negative
Fri Nov 20 12:07:54 2026 Info: MID 1010604 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 12:07:54 2026 Info: MID 1010604 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 12:07:54 2026 Info: MID 1010604 queued for delivery
Fri Nov 20 12:07:57 2026 Info: New SMTP DCID 209514 interface 192.0.2.20 address 52.101.192.141 port 25
Fri Nov 20 12:07:57 2026 Info: DCID 209514 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 12:07:57 2026 Info: Delivery start DCID 209514 MID 1010604 to RID [0, 1, 2, 3, 4, 5, 6, 7]
Fri Nov 20 12:07:59 2026 Info: Message done DCID 209514 MID 1010604 to RID [0, 1, 2, 3, 4, 5, 6, 7]
Fri Nov 20 12:07:59 2026 Info: MID 1010604 RID [0, 1, 2, 3, 4, 5, 6, 7] Response '2.6.0 [InternalId=903615150647, Hostname=AM0PR01MB3406.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 12:07:59 2026 Info: Message finished MID 1010604 done
Fri Nov 20 12:07:59 2026 Info: DCID 209514 close
Fri Nov 20 12:13:05 2026 Info: New SMTP ICID 433650 interface IncomingMail (192.0.2.10) address 198.51.179.15 reverse dns host mail.client-b.example verified yes
Fri Nov 20 12:13:05 2026 Info: ICID 433650 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.5
Fri Nov 20 12:13:05 2026 Info: ICID 433650 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 12:13:05 2026 Info: Start MID 1010605 ICID 433650
Fri Nov 20 12:13:05 2026 Info: MID 1010605 ICID 433650 From: <paul.dubois@client-b.example>
Fri Nov 20 12:13:05 2026 Info: MID 1010605 ICID 433650 RID 0 To: <support@corp-mail.example>
Fri Nov 20 12:13:06 2026 Info: MID 1010605 Message-ID '<f1a72402863c4544%90#&2a55d@client-b.example>'
Fri Nov 20 12:13:06 2026 Info: MID 1010605 Subject 'Quarterly report'
Fri Nov 20 12:13:06 2026 Info: MID 1010605 ready 731631 bytes from <paul.dubois@client-b.example>
Fri Nov 20 12:13:06 2026 Info: ICID 433650 close
Fri Nov 20 12:13:06 2026 Info: MID 1010605 SPF: mailfrom identity paul.dubois@client-b.example Pass (v=spf1)
Fri Nov 20 12:13:06 2026 Info: MID 1010605 URL https://www.client-b.example/t/c781d0a8e2 has reputation 4.5 matched Condition: URL Reputation Rule
Fri Nov 20 12:13:06 2026 Info: MID 1010605 using engine: CASE spam negative
Fri Nov 20 12:13:06 2026 Info: MID 1010605 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 12:13:07 2026 Info: MID 1010605 attachment 'budget_2026_v3.xlsx'
Fri Nov 20 12:13:07 2026 Info: File reputation query initiating. File Name = 'budget_2026_v3.xlsx', MID = 1010605, File Size = 527822 bytes, File Type = application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
Fri Nov 20 12:13:07 2026 Info: MID 1010605 AMP file reputation verdict : UNKNOWN
Fri Nov 20 12:13:07 2026 Info: Response received for file reputation query from Cache. File Name = budget_2026_v3.xlsx, MID = 1010605, Disposition = FILE UNKNOWN, Malware = None, Analysis Score = 0, sha256 = 83a4e62930803889fa6197748d118e3781728a07bbab27f604b8157d03edb920, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Fri Nov 20 12:13:09 2026 Info: MID 1010605 queued for delivery
Fri Nov 20 12:13:10 2026 Info: New SMTP DCID 209515 interface 192.0.2.20 address 52.101.157.87 port 25
Fri Nov 20 12:13:10 2026 Info: DCID 209515 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 12:13:10 2026 Info: Delivery start DCID 209515 MID 1010605 to RID [0]
Fri Nov 20 12:13:11 2026 Info: Message done DCID 209515 MID 1010605 to RID [0]
Fri Nov 20 12:13:11 2026 Info: MID 1010605 RID [0] Response '2.0.0 Ok: queued as VSKxKQxmFQLGitW5'
Fri Nov 20 12:13:11 2026 Info: DCID 209515 close
Fri Nov 20 12:13:11 2026 Info: Message finished MID 1010605 done
Fri Nov 20 12:37:22 2026 Info: New SMTP ICID 433651 interface IncomingMail (192.0.2.10) address 198.51.35.59 reverse dns host mail.partner.example verified yes
Fri Nov 20 12:37:22 2026 Info: ICID 433651 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.8
Fri Nov 20 12:37:22 2026 Info: ICID 433651 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 12:37:22 2026 Info: Start MID 1010606 ICID 433651
Fri Nov 20 12:37:22 2026 Info: MID 1010606 ICID 433651 From: <ida.kim@partner.example>
Fri Nov 20 12:37:22 2026 Info: MID 1010606 ICID 433651 RID 0 To: <zoe.moreau@corp.example>
Fri Nov 20 12:37:22 2026 Info: MID 1010606 ICID 433651 RID 1 To: <ravi.obrien@corp.example>
Fri Nov 20 12:37:22 2026 Info: MID 1010606 ICID 433651 RID 2 To: <sam.obrien@corp.example>
Fri Nov 20 12:37:22 2026 Info: MID 1010606 ICID 433651 RID 3 To: <mia.garcia@corp-mail.example>
Fri Nov 20 12:37:23 2026 Info: MID 1010606 Message-ID '<644bd84db05c23797673.51653@partner.example>'
Fri Nov 20 12:37:23 2026 Info: MID 1010606 Subject 'Re: project timeline'
Fri Nov 20 12:37:23 2026 Info: MID 1010606 ready 34564 bytes from <ida.kim@partner.example>
Fri Nov 20 12:37:23 2026 Info: MID 1010606 SPF: mailfrom identity ida.kim@partner.example Pass (v=spf1)
Fri Nov 20 12:37:23 2026 Info: ICID 433651 close
Fri Nov 20 12:37:23 2026 Info: MID 1010606 DMARC: Verification passed
Fri Nov 20 12:37:23 2026 Info: MID 1010606 DKIM: pass signature verified (d=partner.example s=s2 i=@partner.example)
Fri Nov 20 12:37:23 2026 Info: MID 1010606 using engine: CASE spam negative
Fri Nov 20 12:37:24 2026 Info: MID 1010606 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 12:37:24 2026 Info: MID 1010606 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 12:37:25 2026 Info: MID 1010606 queued for delivery
Fri Nov 20 12:37:26 2026 Info: New SMTP DCID 209516 interface 192.0.2.20 address 52.101.47.120 port 25
Fri Nov 20 12:37:26 2026 Info: DCID 209516 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 12:37:26 2026 Info: Delivery start DCID 209516 MID 1010606 to RID [0, 1, 2, 3]
Fri Nov 20 12:37:27 2026 Info: Message done DCID 209516 MID 1010606 to RID [0, 1, 2, 3]
Fri Nov 20 12:37:27 2026 Info: MID 1010606 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=366147247875, Hostname=AM0PR01MB8043.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 12:37:27 2026 Info: DCID 209516 close
Fri Nov 20 12:37:27 2026 Info: Message finished MID 1010606 done
Fri Nov 20 12:43:25 2026 Info: New SMTP ICID 433652 interface OutgoingMail (192.0.2.11) address 10.20.8.45 reverse dns host exch1.corp.example verified yes
Fri Nov 20 12:43:25 2026 Info: ICID 433652 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 12:43:25 2026 Info: Start MID 1010607 ICID 433652
Fri Nov 20 12:43:25 2026 Info: MID 1010607 ICID 433652 From: <leo.dubois93@corp.example>
Fri Nov 20 12:43:25 2026 Info: MID 1010607 ICID 433652 RID 0 To: <chen.fischer@gmail.example>
Fri Nov 20 12:43:26 2026 Info: MID 1010607 Message-ID '<38588149992156d62721.8864@corp.example>'
Fri Nov 20 12:43:26 2026 Info: MID 1010607 Subject 'The "new" travel policy'
Fri Nov 20 12:43:26 2026 Info: MID 1010607 ready 23221 bytes from <leo.dubois93@corp.example>
Fri Nov 20 12:43:26 2026 Info: ICID 433652 close
Fri Nov 20 12:43:26 2026 Info: MID 1010607 using engine: CASE spam negative
Fri Nov 20 12:43:26 2026 Info: MID 1010607 SPF: mailfrom identity leo.dubois93@corp.example Pass (v=spf1)
Fri Nov 20 12:43:26 2026 Info: MID 1010607 antivirus negative
Fri Nov 20 12:43:26 2026 Info: MID 1010607 DMARC: Verification passed
Fri Nov 20 12:43:26 2026 Info: MID 1010607 DKIM: pass signature verified (d=corp.example s=s2 i=@corp.example)
Fri Nov 20 12:43:26 2026 Info: MID 1010607 interim AV verdict using Sophos CLEAN
Fri Nov 20 12:43:26 2026 Info: MID 1010607 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 12:43:27 2026 Info: MID 1010607 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 12:43:28 2026 Info: MID 1010607 queued for delivery
Fri Nov 20 12:43:31 2026 Info: New SMTP DCID 209517 interface 192.0.2.20 address 203.0.113.41 port 25
Fri Nov 20 12:43:31 2026 Info: DCID 209517 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 12:43:31 2026 Info: Delivery start DCID 209517 MID 1010607 to RID [0]
Fri Nov 20 12:43:31 2026 Info: Message done DCID 209517 MID 1010607 to RID [0]
Fri Nov 20 12:43:31 2026 Info: MID 1010607 RID [0] Response '2.0.0 Ok: queued as mMA9hvAGkf58BcBk'
Fri Nov 20 12:43:31 2026 Info: Message finished MID 1010607 done
Fri Nov 20 12:43:31 2026 Info: DCID 209517 close
Fri Nov 20 12:50:14 2026 Info: New SMTP ICID 433653 interface OutgoingMail (192.0.2.11) address 10.20.0.226 reverse dns host exch3.corp.example verified yes
Fri Nov 20 12:50:14 2026 Info: ICID 433653 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 12:50:14 2026 Info: Start MID 1010608 ICID 433653
Fri Nov 20 12:50:14 2026 Info: MID 1010608 ICID 433653 From: <lucia.okafor@corp.example>
Fri Nov 20 12:50:14 2026 Info: MID 1010608 ICID 433653 RID 0 To: <sofia.weber@logistics.example>
Fri Nov 20 12:50:15 2026 Info: MID 1010608 Message-ID '<6f0034e67f19a148%66#&d9dad@corp.example>'
Fri Nov 20 12:50:15 2026 Info: MID 1010608 Subject 'Your order 18007 has shipped'
Fri Nov 20 12:50:15 2026 Info: MID 1010608 ready 32020 bytes from <lucia.okafor@corp.example>
Fri Nov 20 12:50:15 2026 Info: MID 1010608 using engine: CASE spam negative
Fri Nov 20 12:50:15 2026 Info: MID 1010608 SPF: mailfrom identity lucia.okafor@corp.example Pass (v=spf1)
Fri Nov 20 12:50:15 2026 Info: ICID 433653 close
Fri Nov 20 12:50:15 2026 Info: MID 1010608 DMARC: Verification passed
Fri Nov 20 12:50:15 2026 Info: MID 1010608 DKIM: pass signature verified (d=corp.example s=s1 i=@corp.example)
Fri Nov 20 12:50:15 2026 Info: MID 1010608 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 12:50:16 2026 Info: MID 1010608 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 12:50:17 2026 Info: MID 1010608 queued for delivery
Fri Nov 20 12:50:21 2026 Info: New SMTP DCID 209518 interface 192.0.2.20 address 203.0.113.27 port 25
Fri Nov 20 12:50:21 2026 Info: DCID 209518 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 12:50:21 2026 Info: Delivery start DCID 209518 MID 1010608 to RID [0]
Fri Nov 20 12:50:21 2026 Info: Message done DCID 209518 MID 1010608 to RID [0]
Fri Nov 20 12:50:21 2026 Info: MID 1010608 RID [0] Response '2.0.0 Ok: queued as omUKLpGausqAVYmE'
Fri Nov 20 12:50:21 2026 Info: Message finished MID 1010608 done
Fri Nov 20 12:50:21 2026 Info: DCID 209518 close
Fri Nov 20 13:04:20 2026 Info: New SMTP ICID 433654 interface OutgoingMail (192.0.2.11) address 10.20.3.142 reverse dns host exch1.corp.example verified yes
Fri Nov 20 13:04:20 2026 Info: ICID 433654 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 13:04:20 2026 Info: Start MID 1010609 ICID 433654
Fri Nov 20 13:04:20 2026 Info: MID 1010609 ICID 433654 From: <noah.okafor@corp.example>
Fri Nov 20 13:04:20 2026 Info: MID 1010609 ICID 433654 RID 0 To: <ida.cohen@client-b.example>
Fri Nov 20 13:04:20 2026 Info: MID 1010609 Message-ID '<6c89825ed5047056b887.65648@corp.example>'
Fri Nov 20 13:04:20 2026 Info: MID 1010609 Subject Re: [support #47762] FW: issue\r\n with the VPN client after the latest update (urgent)
Fri Nov 20 13:04:20 2026 Info: MID 1010609 ready 41876 bytes from <noah.okafor@corp.example>
Fri Nov 20 13:04:20 2026 Info: ICID 433654 close
Fri Nov 20 13:04:20 2026 Info: MID 1010609 SPF: mailfrom identity noah.okafor@corp.example Pass (v=spf1)
Fri Nov 20 13:04:20 2026 Info: MID 1010609 using engine: CASE spam negative
Fri Nov 20 13:04:21 2026 Info: MID 1010609 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 13:04:21 2026 Info: MID 1010609 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 13:04:22 2026 Info: MID 1010609 queued for delivery
Fri Nov 20 13:04:26 2026 Info: New SMTP DCID 209519 interface 192.0.2.20 address 203.0.113.47 port 25
Fri Nov 20 13:04:26 2026 Info: DCID 209519 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 13:04:26 2026 Info: Delivery start DCID 209519 MID 1010609 to RID [0]
Fri Nov 20 13:04:26 2026 Info: Message done DCID 209519 MID 1010609 to RID [0]
Fri Nov 20 13:04:26 2026 Info: MID 1010609 RID [0] Response '2.0.0 Ok: queued as H7sTgfXuruV2EUmd'
Fri Nov 20 13:04:26 2026 Info: DCID 209519 close
Fri Nov 20 13:04:26 2026 Info: Message finished MID 1010609 done
Fri Nov 20 13:10:22 2026 Info: New SMTP ICID 433655 interface IncomingMail (192.0.2.10) address 198.51.81.78 reverse dns host mail.gmail.example verified yes
Fri Nov 20 13:10:22 2026 Info: ICID 433655 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.8
Fri Nov 20 13:10:22 2026 Info: ICID 433655 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 13:10:22 2026 Info: Start MID 1010610 ICID 433655
Fri Nov 20 13:10:22 2026 Info: MID 1010610 ICID 433655 From: <paul.moreau@gmail.example>
Fri Nov 20 13:10:22 2026 Info: MID 1010610 ICID 433655 RID 0 To: <sara.novak23@corp.example>
Fri Nov 20 13:10:23 2026 Info: MID 1010610 Message-ID '<30f085acb4629d3e03c9.66440@gmail.example>'
Fri Nov 20 13:10:23 2026 Info: MID 1010610 Subject "Re: O'Brien account review"
Fri Nov 20 13:10:23 2026 Info: MID 1010610 ready 29762 bytes from <paul.moreau@gmail.example>
Fri Nov 20 13:10:23 2026 Info: MID 1010610 using engine: CASE spam negative
Fri Nov 20 13:10:23 2026 Info: MID 1010610 SPF: mailfrom identity paul.moreau@gmail.example Pass (v=spf1)
Fri Nov 20 13:10:23 2026 Info: MID 1010610 DKIM: pass signature verified (d=gmail.example s=s5 i=@gmail.example)
Fri Nov 20 13:10:23 2026 Info: ICID 433655 close
Fri Nov 20 13:10:23 2026 Info: MID 1010610 antivirus negative
Fri Nov 20 13:10:23 2026 Info: MID 1010610 DMARC: Verification passed
Fri Nov 20 13:10:23 2026 Info: MID 1010610 interim AV verdict using Sophos CLEAN
Fri Nov 20 13:10:24 2026 Info: MID 1010610 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 13:10:24 2026 Info: MID 1010610 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 13:10:25 2026 Info: MID 1010610 queued for delivery
Fri Nov 20 13:10:28 2026 Info: New SMTP DCID 209520 interface 192.0.2.20 address 52.101.211.53 port 25
Fri Nov 20 13:10:28 2026 Info: DCID 209520 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 13:10:28 2026 Info: Delivery start DCID 209520 MID 1010610 to RID [0]
Fri Nov 20 13:10:30 2026 Info: Message done DCID 209520 MID 1010610 to RID [0]
Fri Nov 20 13:10:30 2026 Info: MID 1010610 RID [0] Response '2.6.0 [InternalId=460052604583, Hostname=AM0PR01MB3382.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 13:10:30 2026 Info: DCID 209520 close
Fri Nov 20 13:10:30 2026 Info: Message finished MID 1010610 done
Fri Nov 20 13:19:51 2026 Info: New SMTP ICID 433656 interface IncomingMail (192.0.2.10) address 198.51.32.61 reverse dns host mail.lawfirm.example verified yes
Fri Nov 20 13:19:51 2026 Info: ICID 433656 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.2
Fri Nov 20 13:19:51 2026 Info: ICID 433656 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 13:19:51 2026 Info: Start MID 1010611 ICID 433656
Fri Nov 20 13:19:51 2026 Info: MID 1010611 ICID 433656 From: <tom.cohen@lawfirm.example>
Fri Nov 20 13:19:51 2026 Info: MID 1010611 ICID 433656 RID 0 To: <ivan.okafor@corp-mail.example>
Fri Nov 20 13:19:51 2026 Info: MID 1010611 ICID 433656 RID 1 To: <zoe.moreau@corp.example>
Fri Nov 20 13:19:51 2026 Info: MID 1010611 ICID 433656 RID 2 To: <eva.kowalski@corp.example>
Fri Nov 20 13:19:51 2026 Info: MID 1010611 ICID 433656 RID 3 To: <paul.moreau@corp.example>
Fri Nov 20 13:19:51 2026 Info: MID 1010611 ICID 433656 RID 4 To: <tom.weber@corp.example>
Fri Nov 20 13:19:51 2026 Info: MID 1010611 ICID 433656 RID 5 To: <lena.novak@corp.example>
Fri Nov 20 13:19:51 2026 Info: MID 1010611 ICID 433656 RID 6 To: <ravi.obrien@corp.example>
Fri Nov 20 13:19:52 2026 Info: MID 1010611 Message-ID '<503ec6f17683d23f481f.90274@lawfirm.example>'
Fri Nov 20 13:19:52 2026 Info: MID 1010611 Subject 'Reminder: timesheets due'
Fri Nov 20 13:19:52 2026 Info: MID 1010611 ready 33702 bytes from <tom.cohen@lawfirm.example>
Fri Nov 20 13:19:52 2026 Info: ICID 433656 close
Fri Nov 20 13:19:52 2026 Info: MID 1010611 using engine: CASE spam negative
Fri Nov 20 13:19:52 2026 Info: MID 1010611 was split creating MID 1010612 due to a per-recipient policy DEFAULT in the inbound table
Fri Nov 20 13:19:52 2026 Info: MID 1010612 ICID 0 From: <tom.cohen@lawfirm.example>
Fri Nov 20 13:19:52 2026 Info: MID 1010612 ICID 0 RID 0 To: <zoe.moreau@corp.example>
Fri Nov 20 13:19:52 2026 Info: MID 1010612 ICID 0 RID 1 To: <paul.moreau@corp.example>
Fri Nov 20 13:19:52 2026 Info: MID 1010612 ICID 0 RID 2 To: <ravi.obrien@corp.example>
Fri Nov 20 13:19:52 2026 Info: MID 1010611 was split creating MID 1010613 due to a per-recipient policy Finance in the inbound table
Fri Nov 20 13:19:52 2026 Info: MID 1010613 ICID 0 From: <tom.cohen@lawfirm.example>
Fri Nov 20 13:19:52 2026 Info: MID 1010613 ICID 0 RID 0 To: <eva.kowalski@corp.example>
Fri Nov 20 13:19:52 2026 Info: MID 1010613 ICID 0 RID 1 To: <lena.novak@corp.example>
Fri Nov 20 13:19:52 2026 Info: MID 1010611 SPF: mailfrom identity tom.cohen@lawfirm.example Pass (v=spf1)
Fri Nov 20 13:19:52 2026 Info: MID 1010613 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 13:19:52 2026 Info: MID 1010613 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 13:19:52 2026 Info: MID 1010611 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 13:19:52 2026 Info: MID 1010611 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 13:19:52 2026 Info: MID 1010612 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 13:19:52 2026 Info: MID 1010612 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 13:19:53 2026 Info: MID 1010612 queued for delivery
Fri Nov 20 13:19:53 2026 Info: MID 1010611 queued for delivery
Fri Nov 20 13:19:54 2026 Info: MID 1010613 queued for delivery
Fri Nov 20 13:19:55 2026 Info: New SMTP DCID 209523 interface 192.0.2.20 address 52.101.31.83 port 25
Fri Nov 20 13:19:55 2026 Info: DCID 209523 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 13:19:55 2026 Info: Delivery start DCID 209523 MID 1010612 to RID [0, 1, 2]
Fri Nov 20 13:19:56 2026 Info: New SMTP DCID 209524 interface 192.0.2.20 address 52.101.60.133 port 25
Fri Nov 20 13:19:56 2026 Info: DCID 209524 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 13:19:56 2026 Info: Delivery start DCID 209524 MID 1010613 to RID [0, 1]
Fri Nov 20 13:19:56 2026 Info: New SMTP DCID 209521 interface 192.0.2.20 address 52.101.9.243 port 25
Fri Nov 20 13:19:56 2026 Info: DCID 209521 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 13:19:56 2026 Info: Delivery start DCID 209521 MID 1010611 to RID [0, 4]
Fri Nov 20 13:19:56 2026 Info: Bounced: DCID 209521 MID 1010611 From: <tom.cohen@lawfirm.example> To: <ivan.okafor@corp-mail.example> RID 0 - 5.2.2 - Mailbox full ('552', ['5.2.2 <ivan.okafor@corp-mail.example>: Mailbox full; quota exceeded'])
Fri Nov 20 13:19:56 2026 Info: Message done DCID 209521 MID 1010611 to RID [4]
Fri Nov 20 13:19:56 2026 Info: MID 1010611 RID [4] Response '2.0.0 Ok: queued as dxtxREcj4gNBK6Ao'
Fri Nov 20 13:19:56 2026 Info: Message finished MID 1010611 done
Fri Nov 20 13:19:56 2026 Info: DCID 209521 close
Fri Nov 20 13:19:57 2026 Info: Message done DCID 209524 MID 1010613 to RID [0, 1] [('from', 'tom.cohen@lawfirm.example'), ('to', 'eva.kowalski@corp.example')]
Fri Nov 20 13:19:57 2026 Info: MID 1010613 RID [0, 1] Response '2.6.0 [InternalId=376457551231, Hostname=AM0PR01MB7812.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 13:19:57 2026 Info: Message finished MID 1010613 done
Fri Nov 20 13:19:57 2026 Info: DCID 209524 close
Fri Nov 20 13:19:57 2026 Info: Message done DCID 209523 MID 1010612 to RID [0, 1, 2]
Fri Nov 20 13:19:57 2026 Info: MID 1010612 RID [0, 1, 2] Response '2.6.0 [InternalId=986069940549, Hostname=AM0PR01MB7932.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 13:19:57 2026 Info: DCID 209523 close
Fri Nov 20 13:19:57 2026 Info: Message finished MID 1010612 done
Fri Nov 20 13:19:58 2026 Info: Start MID 1010614 ICID 0
Fri Nov 20 13:19:58 2026 Info: MID 1010614 was generated for bounce of MID 1010611
Fri Nov 20 13:19:58 2026 Info: MID 1010614 ICID 0 From: <>
Fri Nov 20 13:19:58 2026 Info: MID 1010614 ICID 0 RID 0 To: <tom.cohen@lawfirm.example>
Fri Nov 20 13:19:58 2026 Info: MID 1010614 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 13:19:58 2026 Info: MID 1010614 ready 6333 bytes from <>
Fri Nov 20 13:19:58 2026 Info: MID 1010614 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 13:19:58 2026 Info: MID 1010614 queued for delivery
Fri Nov 20 13:19:59 2026 Info: New SMTP DCID 209522 interface 192.0.2.20 address 203.0.113.97 port 25
Fri Nov 20 13:19:59 2026 Info: DCID 209522 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 13:19:59 2026 Info: Delivery start DCID 209522 MID 1010614 to RID [0]
Fri Nov 20 13:20:01 2026 Info: Message done DCID 209522 MID 1010614 to RID [0]
Fri Nov 20 13:20:01 2026 Info: MID 1010614 RID [0] Response '2.0.0 Ok: queued as MQNkbh7DQxXrD8f3'
Fri Nov 20 13:20:01 2026 Info: Message finished MID 1010614 done
Fri Nov 20 13:20:01 2026 Info: DCID 209522 close
Fri Nov 20 13:29:46 2026 Info: New SMTP ICID 433657 interface IncomingMail (192.0.2.10) address 198.51.59.121 reverse dns host mail.logistics.example verified yes
Fri Nov 20 13:29:46 2026 Info: ICID 433657 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.0
Fri Nov 20 13:29:46 2026 Info: ICID 433657 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 13:29:46 2026 Info: Start MID 1010615 ICID 433657
Fri Nov 20 13:29:46 2026 Info: MID 1010615 ICID 433657 From: <mary.moreau@logistics.example>
Fri Nov 20 13:29:46 2026 Info: MID 1010615 ICID 433657 RID 0 To: <dan.okafor@corp.example>
Fri Nov 20 13:29:46 2026 Info: MID 1010615 ICID 433657 RID 1 To: <yuki.novak@corp-legacy.example>
Fri Nov 20 13:29:47 2026 Info: MID 1010615 Message-ID '<823bdff6d2912b6c083a.18009@logistics.example>'
Fri Nov 20 13:29:47 2026 Info: MID 1010615 Subject 'Welcome to the team!'
Fri Nov 20 13:29:47 2026 Info: MID 1010615 ready 37830 bytes from <mary.moreau@logistics.example>
Fri Nov 20 13:29:47 2026 Info: MID 1010615 antivirus negative
Fri Nov 20 13:29:47 2026 Info: ICID 433657 close
Fri Nov 20 13:29:47 2026 Info: MID 1010615 using engine: CASE spam negative
Fri Nov 20 13:29:47 2026 Info: MID 1010615 SPF: mailfrom identity mary.moreau@logistics.example Pass (v=spf1)
Fri Nov 20 13:29:47 2026 Info: MID 1010615 DKIM: pass signature verified (d=logistics.example s=s6 i=@logistics.example)
Fri Nov 20 13:29:47 2026 Info: MID 1010615 interim AV verdict using Sophos CLEAN
Fri Nov 20 13:29:47 2026 Info: MID 1010615 DMARC: Verification passed
Fri Nov 20 13:29:48 2026 Info: MID 1010615 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 13:29:48 2026 Info: MID 1010615 attachment 'image001.png'
Fri Nov 20 13:29:48 2026 Info: MID 1010615 AMP file reputation verdict : CLEAN
Fri Nov 20 13:29:49 2026 Info: MID 1010615 queued for delivery
Fri Nov 20 13:29:52 2026 Info: New SMTP DCID 209525 interface 192.0.2.20 address 52.101.73.173 port 25
Fri Nov 20 13:29:52 2026 Info: DCID 209525 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 13:29:52 2026 Info: Delivery start DCID 209525 MID 1010615 to RID [0]
Fri Nov 20 13:29:55 2026 Info: Message done DCID 209525 MID 1010615 to RID [0]
Fri Nov 20 13:29:55 2026 Info: MID 1010615 RID [0] Response '2.6.0 [InternalId=252108428705, Hostname=AM0PR01MB8757.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 13:29:55 2026 Info: New SMTP DCID 209526 interface 192.0.2.20 address 10.30.0.25 port 25
Fri Nov 20 13:29:55 2026 Info: DCID 209526 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 13:29:55 2026 Info: Delivery start DCID 209526 MID 1010615 to RID [1]
Fri Nov 20 13:29:55 2026 Info: DCID 209525 close
Fri Nov 20 13:29:57 2026 Info: Message done DCID 209526 MID 1010615 to RID [1]
Fri Nov 20 13:29:57 2026 Info: MID 1010615 RID [1] Response '2.0.0 Ok: queued as vPokgxFYrqGXBeC5'
Fri Nov 20 13:29:57 2026 Info: Message finished MID 1010615 done
Fri Nov 20 13:29:57 2026 Info: DCID 209526 close
Fri Nov 20 13:31:24 2026 Info: New SMTP ICID 433658 interface IncomingMail (192.0.2.10) address 198.51.12.111 reverse dns host mail.university.example verified yes
Fri Nov 20 13:31:24 2026 Info: ICID 433658 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.6
Fri Nov 20 13:31:24 2026 Info: ICID 433658 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 13:31:25 2026 Info: Start MID 1010616 ICID 433658
Fri Nov 20 13:31:25 2026 Info: MID 1010616 ICID 433658 From: <emma.larsen@university.example>
Fri Nov 20 13:31:25 2026 Info: MID 1010616 ICID 433658 RID 0 To: <kofi.moreau@corp-mail.example>
Fri Nov 20 13:31:25 2026 Info: MID 1010616 ICID 433658 RID 1 To: <tom.weber@corp.example>
Fri Nov 20 13:31:25 2026 Info: MID 1010616 ICID 433658 RID 2 To: <ravi.nguyen@corp.example>
Fri Nov 20 13:31:25 2026 Info: MID 1010616 Message-ID '<CAbKam3-X139QzEn9RXnXsHGENkPX7w99ULm1LZF3Udv@mail.university.example>'
Fri Nov 20 13:31:25 2026 Info: MID 1010616 Subject 'Weekly newsletter #13588'
Fri Nov 20 13:31:25 2026 Info: MID 1010616 ready 31098 bytes from <emma.larsen@university.example>
Fri Nov 20 13:31:25 2026 Info: ICID 433658 close
Fri Nov 20 13:31:25 2026 Info: MID 1010616 SPF: mailfrom identity emma.larsen@university.example Pass (v=spf1)
Fri Nov 20 13:31:25 2026 Info: MID 1010616 using engine: CASE spam negative
Fri Nov 20 13:31:25 2026 Info: MID 1010616 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 13:31:25 2026 Info: MID 1010616 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 13:31:27 2026 Info: MID 1010616 queued for delivery
Fri Nov 20 13:31:28 2026 Info: New SMTP DCID 209527 interface 192.0.2.20 address 52.101.2.158 port 25
Fri Nov 20 13:31:28 2026 Info: DCID 209527 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 13:31:28 2026 Info: Delivery start DCID 209527 MID 1010616 to RID [0, 1, 2]
Fri Nov 20 13:31:29 2026 Info: Message done DCID 209527 MID 1010616 to RID [0, 1, 2]
Fri Nov 20 13:31:29 2026 Info: MID 1010616 RID [0, 1, 2] Response '2.6.0 [InternalId=452606959606, Hostname=AM0PR01MB8066.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 13:31:29 2026 Info: Message finished MID 1010616 done
Fri Nov 20 13:31:29 2026 Info: DCID 209527 close
Fri Nov 20 14:31:50 2026 Info: New SMTP ICID 433659 interface IncomingMail (192.0.2.10) address 198.51.127.144 reverse dns host mail.supplier.example verified yes
Fri Nov 20 14:31:50 2026 Info: ICID 433659 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.3
Fri Nov 20 14:31:50 2026 Info: ICID 433659 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 14:31:50 2026 Info: Start MID 1010617 ICID 433659
Fri Nov 20 14:31:50 2026 Info: MID 1010617 ICID 433659 From: <ana.mendes@supplier.example>
Fri Nov 20 14:31:50 2026 Info: MID 1010617 ICID 433659 RID 0 To: <finance-archive@corp.example>
Fri Nov 20 14:31:51 2026 Info: MID 1010617 Message-ID '<CAfnaaigvTYRE0YH8QIq9eHxXz1AX22R5VliQiPT/ZwU@mail.supplier.example>'
Fri Nov 20 14:31:51 2026 Info: MID 1010617 Subject 'Welcome to the team!'
Fri Nov 20 14:31:51 2026 Info: MID 1010617 ready 6097 bytes from <ana.mendes@supplier.example>
Fri Nov 20 14:31:51 2026 Info: MID 1010617 URL https://www.supplier.example/t/4e3ad33444 has reputation 0.0 matched Condition: URL Reputation Rule
Fri Nov 20 14:31:51 2026 Info: ICID 433659 close
Fri Nov 20 14:31:51 2026 Info: MID 1010617 using engine: CASE spam negative
Fri Nov 20 14:31:51 2026 Info: MID 1010617 SPF: mailfrom identity ana.mendes@supplier.example Pass (v=spf1)
Fri Nov 20 14:31:51 2026 Info: MID 1010617 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 14:31:52 2026 Info: MID 1010617 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 14:31:52 2026 Info: MID 1010617 queued for delivery
Fri Nov 20 14:31:52 2026 Info: MID 1010618 was generated based on MID 1010617 by bcc filter 'Finance_Archive'
Fri Nov 20 14:31:52 2026 Info: MID 1010618 ICID 0 From: <ana.mendes@supplier.example>
Fri Nov 20 14:31:52 2026 Info: MID 1010618 ICID 0 RID 0 To: <finance-archive@corp.example>
Fri Nov 20 14:31:52 2026 Info: MID 1010618 Message-ID '<CAfnaaigvTYRE0YH8QIq9eHxXz1AX22R5VliQiPT/ZwU@mail.supplier.example>'
Fri Nov 20 14:31:52 2026 Info: MID 1010618 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 14:31:52 2026 Info: MID 1010618 queued for delivery
Fri Nov 20 14:31:54 2026 Info: New SMTP DCID 209529 interface 192.0.2.20 address 52.101.27.77 port 25
Fri Nov 20 14:31:54 2026 Info: DCID 209529 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 14:31:54 2026 Info: Delivery start DCID 209529 MID 1010618 to RID [0]
Fri Nov 20 14:31:56 2026 Info: New SMTP DCID 209528 interface 192.0.2.20 address 52.101.83.201 port 25
Fri Nov 20 14:31:56 2026 Info: DCID 209528 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 14:31:56 2026 Info: Delivery start DCID 209528 MID 1010617 to RID [0]
Fri Nov 20 14:31:56 2026 Info: Message done DCID 209529 MID 1010618 to RID [0]
Fri Nov 20 14:31:56 2026 Info: MID 1010618 RID [0] Response '2.6.0 [InternalId=287880290634, Hostname=AM0PR01MB4527.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 14:31:56 2026 Info: Message finished MID 1010618 done
Fri Nov 20 14:31:56 2026 Info: DCID 209529 close
Fri Nov 20 14:31:56 2026 Info: Message done DCID 209528 MID 1010617 to RID [0]
Fri Nov 20 14:31:56 2026 Info: MID 1010617 RID [0] Response '2.6.0 [InternalId=753175133555, Hostname=AM0PR01MB9791.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 14:31:56 2026 Info: DCID 209528 close
Fri Nov 20 14:31:56 2026 Info: Message finished MID 1010617 done
Fri Nov 20 14:36:29 2026 Info: New SMTP ICID 433660 interface IncomingMail (192.0.2.10) address 198.51.7.7 reverse dns host mail.client-b.example verified yes
Fri Nov 20 14:36:29 2026 Info: ICID 433660 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.8
Fri Nov 20 14:36:29 2026 Info: ICID 433660 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 14:36:30 2026 Info: Start MID 1010619 ICID 433660
Fri Nov 20 14:36:30 2026 Info: MID 1010619 ICID 433660 From: <max.larsen@client-b.example>
Fri Nov 20 14:36:30 2026 Info: MID 1010619 ICID 433660 RID 0 To: <ana.kowalski@corp.example>
Fri Nov 20 14:36:30 2026 Info: MID 1010619 ICID 433660 RID 1 To: <omar.mendes@corp.example>
Fri Nov 20 14:36:30 2026 Info: MID 1010619 ICID 433660 RID 2 To: <ravi.nguyen48@corp.example>
Fri Nov 20 14:36:30 2026 Info: MID 1010619 ICID 433660 RID 3 To: <nina.lopez@corp.example>
Fri Nov 20 14:36:30 2026 Info: MID 1010619 ICID 433660 RID 4 To: <finance-archive@corp.example>
Fri Nov 20 14:36:30 2026 Info: MID 1010619 ICID 433660 RID 5 To: <lena.novak@corp.example>
Fri Nov 20 14:36:30 2026 Info: MID 1010619 ICID 433660 RID 6 To: <noah.okafor90@corp.example>
Fri Nov 20 14:36:30 2026 Info: MID 1010619 ICID 433660 RID 7 To: <li.haddad@corp.example>
Fri Nov 20 14:36:30 2026 Info: MID 1010619 Message-ID '<7ca5e78c2473dacaf1cb.31320@client-b.example>'
Fri Nov 20 14:36:30 2026 Info: MID 1010619 Subject 'Candidate CV 76983'
Fri Nov 20 14:36:30 2026 Info: MID 1010619 ready 3811 bytes from <max.larsen@client-b.example>
Fri Nov 20 14:36:30 2026 Info: MID 1010619 using engine: CASE spam negative
Fri Nov 20 14:36:30 2026 Info: MID 1010619 DMARC: Verification passed
Fri Nov 20 14:36:30 2026 Info: MID 1010619 SPF: mailfrom identity max.larsen@client-b.example Pass (v=spf1)
Fri Nov 20 14:36:30 2026 Info: MID 1010619 DKIM: pass signature verified (d=client-b.example s=s3 i=@client-b.example)
Fri Nov 20 14:36:30 2026 Info: ICID 433660 close
Fri Nov 20 14:36:31 2026 Info: MID 1010619 was split creating MID 1010620 due to a per-recipient policy DEFAULT in the inbound table
Fri Nov 20 14:36:31 2026 Info: MID 1010620 ICID 0 From: <max.larsen@client-b.example>
Fri Nov 20 14:36:31 2026 Info: MID 1010620 ICID 0 RID 0 To: <omar.mendes@corp.example>
Fri Nov 20 14:36:31 2026 Info: MID 1010620 ICID 0 RID 1 To: <ravi.nguyen48@corp.example>
Fri Nov 20 14:36:31 2026 Info: MID 1010620 ICID 0 RID 2 To: <noah.okafor90@corp.example>
Fri Nov 20 14:36:31 2026 Info: MID 1010620 ICID 0 RID 3 To: <li.haddad@corp.example>
Fri Nov 20 14:36:31 2026 Info: MID 1010619 was split creating MID 1010621 due to a per-recipient policy Finance in the inbound table
Fri Nov 20 14:36:31 2026 Info: MID 1010621 ICID 0 From: <max.larsen@client-b.example>
Fri Nov 20 14:36:31 2026 Info: MID 1010621 ICID 0 RID 0 To: <nina.lopez@corp.example>
Fri Nov 20 14:36:31 2026 Info: MID 1010621 ICID 0 RID 1 To: <finance-archive@corp.example>
Fri Nov 20 14:36:31 2026 Info: MID 1010621 ICID 0 RID 2 To: <lena.novak@corp.example>
Fri Nov 20 14:36:31 2026 Info: MID 1010619 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 14:36:31 2026 Info: MID 1010619 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 14:36:31 2026 Info: MID 1010620 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 14:36:31 2026 Info: MID 1010621 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 14:36:31 2026 Info: MID 1010620 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 14:36:31 2026 Info: MID 1010621 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 14:36:32 2026 Info: MID 1010620 queued for delivery
Fri Nov 20 14:36:32 2026 Info: MID 1010621 queued for delivery
Fri Nov 20 14:36:33 2026 Info: MID 1010619 queued for delivery
Fri Nov 20 14:36:33 2026 Info: New SMTP DCID 209531 interface 192.0.2.20 address 52.101.67.59 port 25
Fri Nov 20 14:36:33 2026 Info: DCID 209531 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 14:36:33 2026 Info: Delivery start DCID 209531 MID 1010620 to RID [0, 1, 2, 3]
Fri Nov 20 14:36:35 2026 Info: Message done DCID 209531 MID 1010620 to RID [0, 1, 2, 3]
Fri Nov 20 14:36:35 2026 Info: MID 1010620 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=795652766815, Hostname=AM0PR01MB5634.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 14:36:35 2026 Info: Message finished MID 1010620 done
Fri Nov 20 14:36:35 2026 Info: DCID 209531 close
Fri Nov 20 14:36:35 2026 Info: New SMTP DCID 209530 interface 192.0.2.20 address 52.101.51.86 port 25
Fri Nov 20 14:36:35 2026 Info: DCID 209530 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 14:36:35 2026 Info: Delivery start DCID 209530 MID 1010619 to RID [0]
Fri Nov 20 14:36:36 2026 Info: New SMTP DCID 209532 interface 192.0.2.20 address 52.101.70.29 port 25
Fri Nov 20 14:36:36 2026 Info: DCID 209532 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 14:36:36 2026 Info: Delivery start DCID 209532 MID 1010621 to RID [0, 1, 2]
Fri Nov 20 14:36:37 2026 Info: Message done DCID 209530 MID 1010619 to RID [0]
Fri Nov 20 14:36:37 2026 Info: MID 1010619 RID [0] Response '2.6.0 [InternalId=274070578161, Hostname=AM0PR01MB4566.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 14:36:37 2026 Info: Message finished MID 1010619 done
Fri Nov 20 14:36:37 2026 Info: DCID 209530 close
Fri Nov 20 14:36:38 2026 Info: Message done DCID 209532 MID 1010621 to RID [0, 1, 2]
Fri Nov 20 14:36:38 2026 Info: MID 1010621 RID [0, 1, 2] Response '2.6.0 [InternalId=162896282175, Hostname=AM0PR01MB9670.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 14:36:38 2026 Info: Message finished MID 1010621 done
Fri Nov 20 14:36:38 2026 Info: DCID 209532 close
Fri Nov 20 14:47:13 2026 Info: New SMTP ICID 433661 interface IncomingMail (192.0.2.10) address 198.51.53.155 reverse dns host mail.client-a.example verified yes
Fri Nov 20 14:47:13 2026 Info: ICID 433661 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.8
Fri Nov 20 14:47:13 2026 Info: ICID 433661 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 14:47:14 2026 Info: Start MID 1010622 ICID 433661
Fri Nov 20 14:47:14 2026 Info: MID 1010622 ICID 433661 From: <chen.haddad@client-a.example>
Fri Nov 20 14:47:14 2026 Info: MID 1010622 ICID 433661 RID 0 To: <kofi.nguyen@corp.example>
Fri Nov 20 14:47:14 2026 Info: MID 1010622 Message-ID '<ad97d4ad8ef33c6312c3.97965@client-a.example>'
Fri Nov 20 14:47:14 2026 Info: MID 1010622 Subject 'Your order 64190 has shipped'
Fri Nov 20 14:47:14 2026 Info: MID 1010622 ready 28340 bytes from <chen.haddad@client-a.example>
Fri Nov 20 14:47:14 2026 Info: ICID 433661 close
Fri Nov 20 14:47:14 2026 Info: MID 1010622 DMARC: Verification passed
Fri Nov 20 14:47:14 2026 Info: MID 1010622 SPF: mailfrom identity chen.haddad@client-a.example Pass (v=spf1)
Fri Nov 20 14:47:14 2026 Info: MID 1010622 using engine: CASE spam negative
Fri Nov 20 14:47:14 2026 Info: MID 1010622 DKIM: pass signature verified (d=client-a.example s=s2 i=@client-a.example)
Fri Nov 20 14:47:14 2026 Info: MID 1010622 antivirus negative
Fri Nov 20 14:47:14 2026 Info: MID 1010622 interim AV verdict using Sophos CLEAN
Fri Nov 20 14:47:15 2026 Info: MID 1010622 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 14:47:15 2026 Info: MID 1010622 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 14:47:18 2026 Info: MID 1010622 queued for delivery
Fri Nov 20 14:47:20 2026 Info: New SMTP DCID 209533 interface 192.0.2.20 address 52.101.205.195 port 25
Fri Nov 20 14:47:20 2026 Info: DCID 209533 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 14:47:20 2026 Info: Delivery start DCID 209533 MID 1010622 to RID [0]
Fri Nov 20 14:47:22 2026 Info: Message done DCID 209533 MID 1010622 to RID [0]
Fri Nov 20 14:47:22 2026 Info: MID 1010622 RID [0] Response '2.6.0 [InternalId=429251672153, Hostname=AM0PR01MB1223.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 14:47:22 2026 Info: Message finished MID 1010622 done
Fri Nov 20 14:47:22 2026 Info: DCID 209533 close
Fri Nov 20 14:52:13 2026 Info: New SMTP ICID 433662 interface OutgoingMail (192.0.2.11) address 10.20.7.220 reverse dns host exch1.corp.example verified yes
Fri Nov 20 14:52:13 2026 Info: ICID 433662 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 14:52:13 2026 Info: Start MID 1010623 ICID 433662
Fri Nov 20 14:52:13 2026 Info: MID 1010623 ICID 433662 From: <yuki.ivanova@corp.example>
Fri Nov 20 14:52:13 2026 Info: MID 1010623 ICID 433662 RID 0 To: <mary.moreau@logistics.example>
Fri Nov 20 14:52:14 2026 Info: MID 1010623 Message-ID '<CAYn/zz0/4-Im9mYD+wb6cguAFgWz8Ct6Sfo-peuCLRW@mail.corp.example>'
Fri Nov 20 14:52:14 2026 Info: MID 1010623 Subject 'Invoice 39893'
Fri Nov 20 14:52:14 2026 Info: MID 1010623 ready 41157 bytes from <yuki.ivanova@corp.example>
Fri Nov 20 14:52:14 2026 Info: ICID 433662 close
Fri Nov 20 14:52:14 2026 Info: MID 1010623 DKIM: pass signature verified (d=corp.example s=s5 i=@corp.example)
Fri Nov 20 14:52:14 2026 Info: MID 1010623 SPF: mailfrom identity yuki.ivanova@corp.example Pass (v=spf1)
Fri Nov 20 14:52:14 2026 Info: MID 1010623 using engine: CASE spam negative
Fri Nov 20 14:52:14 2026 Info: MID 1010623 interim AV verdict using Sophos CLEAN
Fri Nov 20 14:52:14 2026 Info: MID 1010623 antivirus negative
Fri Nov 20 14:52:14 2026 Info: MID 1010623 DMARC: Verification passed
Fri Nov 20 14:52:15 2026 Info: MID 1010623 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 14:52:15 2026 Info: MID 1010623 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 14:52:15 2026 Info: MID 1010623 queued for delivery
Fri Nov 20 14:52:17 2026 Info: New SMTP DCID 209534 interface 192.0.2.20 address 203.0.113.241 port 25
Fri Nov 20 14:52:17 2026 Info: DCID 209534 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 14:52:17 2026 Info: Delivery start DCID 209534 MID 1010623 to RID [0]
Fri Nov 20 14:52:18 2026 Info: Message done DCID 209534 MID 1010623 to RID [0]
Fri Nov 20 14:52:18 2026 Info: MID 1010623 RID [0] Response '2.0.0 Ok: queued as GBTgxPTdjVvWcVev'
Fri Nov 20 14:52:18 2026 Info: Message finished MID 1010623 done
Fri Nov 20 14:52:18 2026 Info: DCID 209534 close
Fri Nov 20 14:53:01 2026 Info: New SMTP ICID 433663 interface IncomingMail (192.0.2.10) address 198.51.240.17 reverse dns host mail.partner.example verified yes
Fri Nov 20 14:53:01 2026 Info: ICID 433663 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.6
Fri Nov 20 14:53:01 2026 Info: ICID 433663 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 14:53:01 2026 Info: Start MID 1010624 ICID 433663
Fri Nov 20 14:53:01 2026 Info: MID 1010624 ICID 433663 From: <ewa.obrien@partner.example>
Fri Nov 20 14:53:01 2026 Info: MID 1010624 ICID 433663 RID 0 To: <kofi.moreau@corp-mail.example>
Fri Nov 20 14:53:01 2026 Info: MID 1010624 ICID 433663 RID 1 To: <lena.sato@corp.example>
Fri Nov 20 14:53:02 2026 Info: MID 1010624 Message-ID '<48be391175b49b62e689.31557@partner.example>'
Fri Nov 20 14:53:02 2026 Info: MID 1010624 Subject 'Budget 2027 – first numbers'
Fri Nov 20 14:53:02 2026 Info: MID 1010624 ready 737393 bytes from <ewa.obrien@partner.example>
Fri Nov 20 14:53:02 2026 Info: MID 1010624 using engine: CASE spam negative
Fri Nov 20 14:53:02 2026 Info: MID 1010624 interim AV verdict using Sophos CLEAN
Fri Nov 20 14:53:02 2026 Info: MID 1010624 DMARC: Verification passed
Fri Nov 20 14:53:02 2026 Info: ICID 433663 close
Fri Nov 20 14:53:02 2026 Info: MID 1010624 DKIM: pass signature verified (d=partner.example s=s7 i=@partner.example)
Fri Nov 20 14:53:02 2026 Info: MID 1010624 antivirus negative
Fri Nov 20 14:53:02 2026 Info: MID 1010624 SPF: mailfrom identity ewa.obrien@partner.example Pass (v=spf1)
Fri Nov 20 14:53:03 2026 Info: MID 1010624 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 14:53:03 2026 Info: MID 1010624 attachment 'budget_2026_v3.xlsx'
Fri Nov 20 14:53:03 2026 Info: MID 1010624 AMP file reputation verdict : UNKNOWN
Fri Nov 20 14:53:05 2026 Info: MID 1010624 queued for delivery
Fri Nov 20 14:53:06 2026 Info: New SMTP DCID 209535 interface 192.0.2.20 address 52.101.243.49 port 25
Fri Nov 20 14:53:06 2026 Info: DCID 209535 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 14:53:06 2026 Info: Delivery start DCID 209535 MID 1010624 to RID [0, 1]
Fri Nov 20 14:53:09 2026 Info: Message done DCID 209535 MID 1010624 to RID [0, 1]
Fri Nov 20 14:53:09 2026 Info: MID 1010624 RID [0, 1] Response '2.6.0 [InternalId=724209751177, Hostname=AM0PR01MB7861.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 14:53:09 2026 Info: Message finished MID 1010624 done
Fri Nov 20 14:53:09 2026 Info: DCID 209535 close
Fri Nov 20 15:15:35 2026 Info: New SMTP ICID 433664 interface IncomingMail (192.0.2.10) address 198.51.193.205 reverse dns host mail.gmail.example verified yes
Fri Nov 20 15:15:35 2026 Info: ICID 433664 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.5
Fri Nov 20 15:15:35 2026 Info: ICID 433664 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 15:15:35 2026 Info: Start MID 1010625 ICID 433664
Fri Nov 20 15:15:35 2026 Info: MID 1010625 ICID 433664 From: <chen.fischer@gmail.example>
Fri Nov 20 15:15:35 2026 Info: MID 1010625 ICID 433664 RID 0 To: <dan.okafor@corp.example>
Fri Nov 20 15:15:35 2026 Info: MID 1010625 ICID 433664 RID 1 To: <omar.mendes@corp.example>
Fri Nov 20 15:15:35 2026 Info: MID 1010625 ICID 433664 RID 2 To: <paul.moreau@corp.example>
Fri Nov 20 15:15:36 2026 Info: MID 1010625 Message-ID '<5cb0e810b13315fc2f42.19038@gmail.example>'
Fri Nov 20 15:15:36 2026 Info: MID 1010625 Subject 'Weekly newsletter #87487'
Fri Nov 20 15:15:36 2026 Info: MID 1010625 ready 34769 bytes from <chen.fischer@gmail.example>
Fri Nov 20 15:15:36 2026 Info: ICID 433664 close
Fri Nov 20 15:15:36 2026 Info: MID 1010625 interim AV verdict using Sophos CLEAN
Fri Nov 20 15:15:36 2026 Info: MID 1010625 antivirus negative
Fri Nov 20 15:15:36 2026 Info: MID 1010625 SPF: mailfrom identity chen.fischer@gmail.example Pass (v=spf1)
Fri Nov 20 15:15:36 2026 Info: MID 1010625 DMARC: Verification passed
Fri Nov 20 15:15:36 2026 Info: MID 1010625 using engine: CASE spam negative
Fri Nov 20 15:15:36 2026 Info: MID 1010625 DKIM: pass signature verified (d=gmail.example s=s9 i=@gmail.example)
Fri Nov 20 15:15:37 2026 Info: MID 1010625 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 15:15:37 2026 Info: MID 1010625 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 15:15:39 2026 Info: MID 1010625 queued for delivery
Fri Nov 20 15:15:41 2026 Info: New SMTP DCID 209536 interface 192.0.2.20 address 52.101.104.165 port 25
Fri Nov 20 15:15:41 2026 Info: DCID 209536 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 15:15:41 2026 Info: Delivery start DCID 209536 MID 1010625 to RID [0, 1, 2]
Fri Nov 20 15:15:42 2026 Info: Message done DCID 209536 MID 1010625 to RID [0, 1, 2]
Fri Nov 20 15:15:42 2026 Info: MID 1010625 RID [0, 1, 2] Response '2.6.0 [InternalId=666500381210, Hostname=AM0PR01MB6210.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 15:15:42 2026 Info: Message finished MID 1010625 done
Fri Nov 20 15:15:42 2026 Info: DCID 209536 close
Fri Nov 20 15:18:20 2026 Info: New SMTP ICID 433665 interface IncomingMail (192.0.2.10) address 198.51.206.215 reverse dns host mail.partner.example verified yes
Fri Nov 20 15:18:20 2026 Info: ICID 433665 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.3
Fri Nov 20 15:18:20 2026 Info: ICID 433665 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 15:18:20 2026 Info: Start MID 1010626 ICID 433665
Fri Nov 20 15:18:20 2026 Info: MID 1010626 ICID 433665 From: <nora.okafor@partner.example>
Fri Nov 20 15:18:20 2026 Info: MID 1010626 ICID 433665 RID 0 To: <ravi.nguyen48@corp-mail.example>
Fri Nov 20 15:18:20 2026 Info: MID 1010626 ICID 433665 RID 1 To: <leo.dubois@corp.example>
Fri Nov 20 15:18:20 2026 Info: MID 1010626 ICID 433665 RID 2 To: <marc.kowalski@corp.example>
Fri Nov 20 15:18:20 2026 Info: MID 1010626 Message-ID '<489d7f3bf8bad78fc825.75148@partner.example>'
Fri Nov 20 15:18:20 2026 Info: MID 1010626 Subject 'Reminder: timesheets due'
Fri Nov 20 15:18:20 2026 Info: MID 1010626 ready 3439 bytes from <nora.okafor@partner.example>
Fri Nov 20 15:18:20 2026 Info: MID 1010626 SPF: mailfrom identity nora.okafor@partner.example Pass (v=spf1)
Fri Nov 20 15:18:21 2026 Info: ICID 433665 close
Fri Nov 20 15:18:21 2026 Info: MID 1010626 interim AV verdict using Sophos CLEAN
Fri Nov 20 15:18:21 2026 Info: MID 1010626 antivirus negative
Fri Nov 20 15:18:21 2026 Info: MID 1010626 using engine: CASE spam negative
Fri Nov 20 15:18:21 2026 Info: MID 1010626 DKIM: pass signature verified (d=partner.example s=s5 i=@partner.example)
Fri Nov 20 15:18:21 2026 Info: MID 1010626 DMARC: Verification passed
Fri Nov 20 15:18:21 2026 Info: MID 1010626 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 15:18:21 2026 Info: MID 1010626 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 15:18:22 2026 Info: MID 1010626 queued for delivery
Fri Nov 20 15:18:23 2026 Info: New SMTP DCID 209537 interface 192.0.2.20 address 52.101.111.70 port 25
Fri Nov 20 15:18:23 2026 Info: DCID 209537 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 15:18:23 2026 Info: Delivery start DCID 209537 MID 1010626 to RID [0, 1, 2]
Fri Nov 20 15:18:23 2026 Info: Message done DCID 209537 MID 1010626 to RID [0, 1, 2] [('from', 'nora.okafor@partner.example'), ('to', 'ravi.nguyen48@corp-mail.example')]
Fri Nov 20 15:18:23 2026 Info: MID 1010626 RID [0, 1, 2] Response '2.0.0 Ok: queued as wdsbiP3viDTcYC6e'
Fri Nov 20 15:18:23 2026 Info: Message finished MID 1010626 done
Fri Nov 20 15:18:23 2026 Info: DCID 209537 close
Fri Nov 20 16:19:39 2026 Info: New SMTP ICID 433666 interface IncomingMail (192.0.2.10) address 198.51.139.123 reverse dns host mail.newsletter.example verified yes
Fri Nov 20 16:19:39 2026 Info: ICID 433666 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.1
Fri Nov 20 16:19:39 2026 Info: ICID 433666 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 16:19:39 2026 Info: Start MID 1010627 ICID 433666
Fri Nov 20 16:19:39 2026 Info: MID 1010627 ICID 433666 From: <marc.rossi@newsletter.example>
Fri Nov 20 16:19:39 2026 Info: MID 1010627 ICID 433666 RID 0 To: <zoe.kim@corp-mail.example>
Fri Nov 20 16:19:39 2026 Info: MID 1010627 ICID 433666 RID 1 To: <ivan.silva@corp-mail.example>
Fri Nov 20 16:19:39 2026 Info: MID 1010627 ICID 433666 RID 2 To: <kofi.moreau@corp-mail.example>
Fri Nov 20 16:19:39 2026 Info: MID 1010627 ICID 433666 RID 3 To: <ivan.okafor@corp-mail.example>
Fri Nov 20 16:19:39 2026 Info: MID 1010627 ICID 433666 RID 4 To: <lena.sato@corp.example>
Fri Nov 20 16:19:39 2026 Info: MID 1010627 ICID 433666 RID 5 To: <ravi.nguyen@corp-mail.example>
Fri Nov 20 16:19:39 2026 Info: MID 1010627 ICID 433666 RID 6 To: <leo.dubois93@corp.example>
Fri Nov 20 16:19:39 2026 Info: MID 1010627 ICID 433666 RID 7 To: <tom.weber@corp.example>
Fri Nov 20 16:19:40 2026 Info: MID 1010627 Message-ID '<96d17fccf710918785c3.55359@newsletter.example>'
Fri Nov 20 16:19:40 2026 Info: MID 1010627 Subject 'Quarterly report'
Fri Nov 20 16:19:40 2026 Info: MID 1010627 ready 13023 bytes from <marc.rossi@newsletter.example>
Fri Nov 20 16:19:40 2026 Info: MID 1010627 SPF: mailfrom identity marc.rossi@newsletter.example Pass (v=spf1)
Fri Nov 20 16:19:40 2026 Info: ICID 433666 close
Fri Nov 20 16:19:40 2026 Info: MID 1010627 using engine: CASE spam negative
Fri Nov 20 16:19:41 2026 Info: MID 1010627 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 16:19:41 2026 Info: MID 1010627 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 16:19:42 2026 Info: MID 1010627 queued for delivery
Fri Nov 20 16:19:43 2026 Info: New SMTP DCID 209538 interface 192.0.2.20 address 52.101.171.240 port 25
Fri Nov 20 16:19:43 2026 Info: DCID 209538 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 16:19:43 2026 Info: Delivery start DCID 209538 MID 1010627 to RID [0, 1, 2, 3, 4, 5, 6, 7]
Fri Nov 20 16:19:43 2026 Info: Message done DCID 209538 MID 1010627 to RID [0, 1, 2, 3, 4, 5, 6, 7]
Fri Nov 20 16:19:43 2026 Info: MID 1010627 RID [0, 1, 2, 3, 4, 5, 6, 7] Response '2.6.0 [InternalId=870925455840, Hostname=AM0PR01MB5163.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 16:19:43 2026 Info: Message finished MID 1010627 done
Fri Nov 20 16:19:43 2026 Info: DCID 209538 close
Fri Nov 20 16:33:06 2026 Info: New SMTP ICID 433667 interface OutgoingMail (192.0.2.11) address 10.20.5.153 reverse dns host exch4.corp.example verified yes
Fri Nov 20 16:33:06 2026 Info: ICID 433667 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 16:33:06 2026 Info: Start MID 1010628 ICID 433667
Fri Nov 20 16:33:06 2026 Info: MID 1010628 ICID 433667 From: <li.haddad@corp.example>
Fri Nov 20 16:33:06 2026 Info: MID 1010628 ICID 433667 RID 0 To: <ida.cohen@client-b.example>
Fri Nov 20 16:33:06 2026 Info: MID 1010628 Message-ID '<f6f1e7aa6cd95a139e77.87555@corp.example>'
Fri Nov 20 16:33:06 2026 Info: MID 1010628 Subject 'Quarterly report'
Fri Nov 20 16:33:06 2026 Info: MID 1010628 ready 129644 bytes from <li.haddad@corp.example>
Fri Nov 20 16:33:06 2026 Info: MID 1010628 URL https://www.corp.example/t/418c9a9c99 has reputation 0.0 matched Condition: URL Reputation Rule
Fri Nov 20 16:33:06 2026 Info: ICID 433667 close
Fri Nov 20 16:33:06 2026 Info: MID 1010628 Outbreak Filters: verdict negative
Fri Nov 20 16:33:06 2026 Info: MID 1010628 using engine: CASE spam negative
Fri Nov 20 16:33:06 2026 Info: MID 1010628 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 16:33:06 2026 Info: MID 1010628 SPF: mailfrom identity li.haddad@corp.example Pass (v=spf1)
Fri Nov 20 16:33:07 2026 Info: MID 1010628 attachment 'notes.txt'
Fri Nov 20 16:33:07 2026 Info: MID 1010628 attachment 'minutes-8540.docx'
Fri Nov 20 16:33:07 2026 Info: MID 1010628 AMP file reputation verdict : CLEAN
Fri Nov 20 16:33:08 2026 Info: MID 1010628 queued for delivery
Fri Nov 20 16:33:12 2026 Info: New SMTP DCID 209539 interface 192.0.2.20 address 203.0.113.252 port 25
Fri Nov 20 16:33:12 2026 Info: DCID 209539 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 16:33:12 2026 Info: Delivery start DCID 209539 MID 1010628 to RID [0]
Fri Nov 20 16:33:13 2026 Info: Message done DCID 209539 MID 1010628 to RID [0]
Fri Nov 20 16:33:13 2026 Info: MID 1010628 RID [0] Response '2.0.0 Ok: queued as stHeJuK6rUwEW8Cr'
Fri Nov 20 16:33:13 2026 Info: Message finished MID 1010628 done
Fri Nov 20 16:33:13 2026 Info: DCID 209539 close
Fri Nov 20 16:35:51 2026 Info: New SMTP ICID 433668 interface IncomingMail (192.0.2.10) address 198.51.159.65 reverse dns host mail.client-b.example verified yes
Fri Nov 20 16:35:51 2026 Info: ICID 433668 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.9
Fri Nov 20 16:35:51 2026 Info: ICID 433668 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 16:35:51 2026 Info: Start MID 1010629 ICID 433668
Fri Nov 20 16:35:51 2026 Info: MID 1010629 ICID 433668 From: <chen.obrien@client-b.example>
Fri Nov 20 16:35:51 2026 Info: MID 1010629 ICID 433668 RID 0 To: <mia.garcia@corp.example>
Fri Nov 20 16:35:51 2026 Info: MID 1010629 ICID 433668 RID 1 To: <ravi.obrien@corp.example>
Fri Nov 20 16:35:52 2026 Info: MID 1010629 Message-ID '<c5274aa95e96adc01808.12833@client-b.example>'
Fri Nov 20 16:35:52 2026 Info: MID 1010629 Subject 'Reminder: timesheets due'
Fri Nov 20 16:35:52 2026 Info: MID 1010629 ready 36616 bytes from <chen.obrien@client-b.example>
Fri Nov 20 16:35:52 2026 Info: MID 1010629 SPF: mailfrom identity chen.obrien@client-b.example Pass (v=spf1)
Fri Nov 20 16:35:52 2026 Info: ICID 433668 close
Fri Nov 20 16:35:52 2026 Info: MID 1010629 interim AV verdict using Sophos CLEAN
Fri Nov 20 16:35:52 2026 Info: MID 1010629 antivirus negative
Fri Nov 20 16:35:52 2026 Info: MID 1010629 DKIM: pass signature verified (d=client-b.example s=s8 i=@client-b.example)
Fri Nov 20 16:35:52 2026 Info: MID 1010629 using engine: CASE spam negative
Fri Nov 20 16:35:52 2026 Info: MID 1010629 DMARC: Verification passed
Fri Nov 20 16:35:53 2026 Info: MID 1010629 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 16:35:53 2026 Info: MID 1010629 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 16:35:55 2026 Info: New SMTP DCID 209540 interface 192.0.2.20 address 192.0.2.50 port 6025
Fri Nov 20 16:35:55 2026 Info: Delivery start DCID 209540 MID 1010629 to RID [0, 1] to offbox IronPort Spam Quarantine
Fri Nov 20 16:35:55 2026 Info: Message done DCID 209540 MID 1010629 to RID [0, 1] (external quarantine)
Fri Nov 20 16:35:55 2026 Info: Message finished MID 1010629 done
Fri Nov 20 16:35:55 2026 Info: DCID 209540 close
Fri Nov 20 16:46:23 2026 Info: New SMTP ICID 433669 interface IncomingMail (192.0.2.10) address 198.51.250.154 reverse dns host mail.logistics.example verified yes
Fri Nov 20 16:46:23 2026 Info: ICID 433669 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.4
Fri Nov 20 16:46:23 2026 Info: ICID 433669 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 16:46:23 2026 Info: Start MID 1010630 ICID 433669
Fri Nov 20 16:46:23 2026 Info: MID 1010630 ICID 433669 From: <sofia.weber@logistics.example>
Fri Nov 20 16:46:23 2026 Info: MID 1010630 ICID 433669 RID 0 To: <nora.mendes@corp.example>
Fri Nov 20 16:46:24 2026 Info: MID 1010630 Message-ID '<17ca7a61ccd2893c74ab.58538@logistics.example>'
Fri Nov 20 16:46:24 2026 Info: MID 1010630 Subject 'Café menu for next week'
Fri Nov 20 16:46:24 2026 Info: MID 1010630 ready 41831 bytes from <sofia.weber@logistics.example>
Fri Nov 20 16:46:24 2026 Info: MID 1010630 SPF: mailfrom identity sofia.weber@logistics.example Pass (v=spf1)
Fri Nov 20 16:46:24 2026 Info: MID 1010630 using engine: CASE spam negative
Fri Nov 20 16:46:24 2026 Info: MID 1010630 DKIM: pass signature verified (d=logistics.example s=s4 i=@logistics.example)
Fri Nov 20 16:46:24 2026 Info: ICID 433669 close
Fri Nov 20 16:46:24 2026 Info: MID 1010630 antivirus negative
Fri Nov 20 16:46:24 2026 Info: MID 1010630 interim AV verdict using Sophos CLEAN
Fri Nov 20 16:46:24 2026 Info: MID 1010630 DMARC: Verification passed
Fri Nov 20 16:46:25 2026 Info: MID 1010630 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 16:46:25 2026 Info: MID 1010630 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 16:46:27 2026 Info: MID 1010630 queued for delivery
Fri Nov 20 16:46:28 2026 Info: New SMTP DCID 209541 interface 192.0.2.20 address 52.101.54.3 port 25
Fri Nov 20 16:46:28 2026 Info: DCID 209541 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 16:46:28 2026 Info: Delivery start DCID 209541 MID 1010630 to RID [0]
Fri Nov 20 16:46:28 2026 Info: Message done DCID 209541 MID 1010630 to RID [0]
Fri Nov 20 16:46:28 2026 Info: MID 1010630 RID [0] Response '2.0.0 Ok: queued as EtdnJnUv8ZiLuiJY'
Fri Nov 20 16:46:28 2026 Info: DCID 209541 close
Fri Nov 20 16:46:28 2026 Info: Message finished MID 1010630 done
Fri Nov 20 17:22:00 2026 Info: New SMTP ICID 433670 interface OutgoingMail (192.0.2.11) address 10.20.0.34 reverse dns host exch4.corp.example verified yes
Fri Nov 20 17:22:00 2026 Info: ICID 433670 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 17:22:00 2026 Info: Start MID 1010631 ICID 433670
Fri Nov 20 17:22:00 2026 Info: MID 1010631 ICID 433670 From: <ravi.nguyen48@corp.example>
Fri Nov 20 17:22:00 2026 Info: MID 1010631 ICID 433670 RID 0 To: <sofia.weber@logistics.example>
Fri Nov 20 17:22:01 2026 Info: MID 1010631 Message-ID "<o'neill.e547483d8d24@corp.example>"
Fri Nov 20 17:22:01 2026 Info: MID 1010631 Subject "Re: O'Brien account review"
Fri Nov 20 17:22:01 2026 Info: MID 1010631 ready 14591 bytes from <ravi.nguyen48@corp.example>
Fri Nov 20 17:22:01 2026 Info: MID 1010631 using engine: CASE spam negative
Fri Nov 20 17:22:01 2026 Info: MID 1010631 interim AV verdict using Sophos CLEAN
Fri Nov 20 17:22:01 2026 Info: MID 1010631 DMARC: Verification passed
Fri Nov 20 17:22:01 2026 Info: MID 1010631 DKIM: pass signature verified (d=corp.example s=s9 i=@corp.example)
Fri Nov 20 17:22:01 2026 Info: ICID 433670 close
Fri Nov 20 17:22:01 2026 Info: MID 1010631 SPF: mailfrom identity ravi.nguyen48@corp.example Pass (v=spf1)
Fri Nov 20 17:22:01 2026 Info: MID 1010631 antivirus negative
Fri Nov 20 17:22:02 2026 Info: MID 1010631 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 17:22:03 2026 Info: MID 1010631 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 17:22:03 2026 Info: MID 1010631 queued for delivery
Fri Nov 20 17:22:06 2026 Info: New SMTP DCID 209542 interface 192.0.2.20 address 203.0.113.154 port 25
Fri Nov 20 17:22:06 2026 Info: DCID 209542 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 17:22:06 2026 Info: Delivery start DCID 209542 MID 1010631 to RID [0]
Fri Nov 20 17:22:07 2026 Info: Message done DCID 209542 MID 1010631 to RID [0]
Fri Nov 20 17:22:07 2026 Info: MID 1010631 RID [0] Response '2.0.0 Ok: queued as 5xb7MfAAbQbXHqeG'
Fri Nov 20 17:22:07 2026 Info: Message finished MID 1010631 done
Fri Nov 20 17:22:07 2026 Info: DCID 209542 close
Fri Nov 20 19:25:09 2026 Info: New SMTP ICID 433671 interface IncomingMail (192.0.2.10) address 198.51.99.137 reverse dns host mail.gmail.example verified yes
Fri Nov 20 19:25:09 2026 Info: ICID 433671 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.3
Fri Nov 20 19:25:09 2026 Info: ICID 433671 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 19:25:09 2026 Info: Start MID 1010632 ICID 433671
Fri Nov 20 19:25:09 2026 Info: MID 1010632 ICID 433671 From: <sara.ivanova@gmail.example>
Fri Nov 20 19:25:09 2026 Info: MID 1010632 ICID 433671 RID 0 To: <omar.garcia@corp-mail.example>
Fri Nov 20 19:25:10 2026 Info: MID 1010632 Message-ID '<83bfa6fb51ac7337aaf3.27369@gmail.example>'
Fri Nov 20 19:25:10 2026 Info: MID 1010632 Subject 'FW: contract draft'
Fri Nov 20 19:25:10 2026 Info: MID 1010632 ready 38847 bytes from <sara.ivanova@gmail.example>
Fri Nov 20 19:25:10 2026 Info: MID 1010632 using engine: CASE spam negative
Fri Nov 20 19:25:10 2026 Info: MID 1010632 SPF: mailfrom identity sara.ivanova@gmail.example Pass (v=spf1)
Fri Nov 20 19:25:10 2026 Info: MID 1010632 Outbreak Filters: verdict negative
Fri Nov 20 19:25:11 2026 Info: ICID 433671 close
Fri Nov 20 19:25:11 2026 Info: MID 1010632 URL https://www.gmail.example/t/3a039d2fad has reputation 7.9 matched Condition: URL Reputation Rule
Fri Nov 20 19:25:12 2026 Info: MID 1010632 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 19:25:12 2026 Info: MID 1010632 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 19:25:14 2026 Info: MID 1010632 queued for delivery
Fri Nov 20 19:25:17 2026 Info: New SMTP DCID 209543 interface 192.0.2.20 address 52.101.107.160 port 25
Fri Nov 20 19:25:17 2026 Info: DCID 209543 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 19:25:17 2026 Info: Delivery start DCID 209543 MID 1010632 to RID [0]
Fri Nov 20 19:25:18 2026 Info: Message done DCID 209543 MID 1010632 to RID [0]
Fri Nov 20 19:25:18 2026 Info: MID 1010632 RID [0] Response '2.6.0 [InternalId=454859682457, Hostname=AM0PR01MB6652.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 19:25:18 2026 Info: Message finished MID 1010632 done
Fri Nov 20 19:25:18 2026 Info: DCID 209543 close
Fri Nov 20 19:28:32 2026 Info: New SMTP ICID 433672 interface IncomingMail (192.0.2.10) address 198.51.126.135 reverse dns host mail.client-b.example verified yes
Fri Nov 20 19:28:32 2026 Info: ICID 433672 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5
Fri Nov 20 19:28:32 2026 Info: ICID 433672 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 19:28:32 2026 Info: Start MID 1010633 ICID 433672
Fri Nov 20 19:28:32 2026 Info: MID 1010633 ICID 433672 From: <chen.obrien@client-b.example>
Fri Nov 20 19:28:32 2026 Info: MID 1010633 ICID 433672 RID 0 To: <helpdesk@corp-mail.example>
Fri Nov 20 19:28:32 2026 Info: MID 1010633 ICID 433672 RID 1 To: <noah.okafor90@corp.example>
Fri Nov 20 19:28:32 2026 Info: MID 1010633 Message-ID '<2a4983d32184a31d0465.4869@client-b.example>'
Fri Nov 20 19:28:32 2026 Info: MID 1010633 Subject 'Your order 75391 has shipped'
Fri Nov 20 19:28:32 2026 Info: MID 1010633 ready 1328230 bytes from <chen.obrien@client-b.example>
Fri Nov 20 19:28:32 2026 Info: ICID 433672 close
Fri Nov 20 19:28:33 2026 Info: MID 1010633 using engine: CASE spam negative
Fri Nov 20 19:28:33 2026 Info: MID 1010633 DKIM: pass signature verified (d=client-b.example s=s4 i=@client-b.example)
Fri Nov 20 19:28:33 2026 Info: MID 1010633 SPF: mailfrom identity chen.obrien@client-b.example Pass (v=spf1)
Fri Nov 20 19:28:33 2026 Info: MID 1010633 DMARC: Verification passed
Fri Nov 20 19:28:33 2026 Info: MID 1010633 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 19:28:33 2026 Info: MID 1010633 attachment 'Q2=20Report=202026.pdf'
Fri Nov 20 19:28:33 2026 Info: File reputation query initiating. File Name = 'Q2 Report 2026.pdf', MID = 1010633, File Size = 976106 bytes, File Type = application/pdf
Fri Nov 20 19:28:33 2026 Info: MID 1010633 AMP file reputation verdict : UNKNOWN
Fri Nov 20 19:28:33 2026 Info: Response received for file reputation query from Cache. FileName = 'Q2 Report 2026.pdf', MID = 1010633, Disposition = FILE UNKNOWN, Malware = None,Reputation Score = 0, sha256 =8d959c31fe8ad4a156d2a68c02f4b342742a80631f2642aadcded20443b30f66, upload_action = 2
Fri Nov 20 19:28:35 2026 Info: MID 1010633 queued for delivery
Fri Nov 20 19:28:37 2026 Info: New SMTP DCID 209544 interface 192.0.2.20 address 52.101.108.24 port 25
Fri Nov 20 19:28:37 2026 Info: DCID 209544 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 19:28:37 2026 Info: Delivery start DCID 209544 MID 1010633 to RID [0, 1]
Fri Nov 20 19:28:39 2026 Info: Message done DCID 209544 MID 1010633 to RID [0, 1]
Fri Nov 20 19:28:39 2026 Info: MID 1010633 RID [0, 1] Response '2.6.0 [InternalId=659160782511, Hostname=AM0PR01MB5978.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 19:28:39 2026 Info: Message finished MID 1010633 done
Fri Nov 20 19:28:39 2026 Info: DCID 209544 close
Fri Nov 20 19:39:10 2026 Info: New SMTP ICID 433673 interface IncomingMail (192.0.2.10) address 198.51.238.219 reverse dns host mail.partner.example verified yes
Fri Nov 20 19:39:10 2026 Info: ICID 433673 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.2
Fri Nov 20 19:39:10 2026 Info: ICID 433673 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 19:39:10 2026 Info: Start MID 1010634 ICID 433673
Fri Nov 20 19:39:10 2026 Info: MID 1010634 ICID 433673 From: <ida.kim@partner.example>
Fri Nov 20 19:39:10 2026 Info: MID 1010634 ICID 433673 RID 0 To: <nora.mendes@corp.example>
Fri Nov 20 19:39:10 2026 Info: MID 1010634 ICID 433673 RID 1 To: <ines.berg@corp.example>
Fri Nov 20 19:39:10 2026 Info: MID 1010634 ICID 433673 RID 2 To: <ana.kowalski@corp.example>
Fri Nov 20 19:39:11 2026 Info: MID 1010634 Message-ID '<b06c6f8bd449071ece16.14267@partner.example>'
Fri Nov 20 19:39:11 2026 Info: MID 1010634 Subject 'Reminder: timesheets due'
Fri Nov 20 19:39:11 2026 Info: MID 1010634 ready 40024 bytes from <ida.kim@partner.example>
Fri Nov 20 19:39:11 2026 Info: ICID 433673 close
Fri Nov 20 19:39:11 2026 Info: MID 1010634 DMARC: Verification passed
Fri Nov 20 19:39:11 2026 Info: MID 1010634 DKIM: pass signature verified (d=partner.example s=s6 i=@partner.example)
Fri Nov 20 19:39:11 2026 Info: MID 1010634 using engine: CASE spam negative
Fri Nov 20 19:39:11 2026 Info: MID 1010634 SPF: mailfrom identity ida.kim@partner.example Pass (v=spf1)
Fri Nov 20 19:39:12 2026 Info: MID 1010634 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 19:39:12 2026 Info: MID 1010634 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 19:39:13 2026 Info: MID 1010634 queued for delivery
Fri Nov 20 19:39:14 2026 Info: New SMTP DCID 209545 interface 192.0.2.20 address 52.101.1.92 port 25
Fri Nov 20 19:39:14 2026 Info: DCID 209545 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 19:39:14 2026 Info: Delivery start DCID 209545 MID 1010634 to RID [0, 1, 2]
Fri Nov 20 19:39:14 2026 Info: Message done DCID 209545 MID 1010634 to RID [0, 1, 2]
Fri Nov 20 19:39:14 2026 Info: MID 1010634 RID [0, 1, 2] Response '2.0.0 Ok: queued as U3Cf6XeYFeZwLD5H'
Fri Nov 20 19:39:14 2026 Info: Message finished MID 1010634 done
Fri Nov 20 19:39:14 2026 Info: DCID 209545 close
Fri Nov 20 20:18:40 2026 Info: New SMTP ICID 433674 interface OutgoingMail (192.0.2.11) address 10.20.8.142 reverse dns host exch3.corp.example verified yes
Fri Nov 20 20:18:40 2026 Info: ICID 433674 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 20:18:41 2026 Info: Start MID 1010635 ICID 433674
Fri Nov 20 20:18:41 2026 Info: MID 1010635 ICID 433674 From: <ana.kowalski@corp.example>
Fri Nov 20 20:18:41 2026 Info: MID 1010635 ICID 433674 RID 0 To: <raj.kim@travel.example>
Fri Nov 20 20:18:41 2026 Info: MID 1010635 Message-ID '<7613b58b5d502b886fd8.46841@corp.example>'
Fri Nov 20 20:18:41 2026 Info: MID 1010635 Subject 'Budget 2027 – first numbers'
Fri Nov 20 20:18:41 2026 Info: MID 1010635 ready 49479 bytes from <ana.kowalski@corp.example>
Fri Nov 20 20:18:41 2026 Info: ICID 433674 close
Fri Nov 20 20:18:41 2026 Info: MID 1010635 DKIM: pass signature verified (d=corp.example s=s2 i=@corp.example)
Fri Nov 20 20:18:41 2026 Info: MID 1010635 SPF: mailfrom identity ana.kowalski@corp.example Pass (v=spf1)
Fri Nov 20 20:18:41 2026 Info: MID 1010635 DMARC: Verification passed
Fri Nov 20 20:18:42 2026 Info: MID 1010635 using engine: CASE spam negative
Fri Nov 20 20:18:42 2026 Info: MID 1010635 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 20:18:42 2026 Info: MID 1010635 attachment 'notes.txt'
Fri Nov 20 20:18:42 2026 Info: MID 1010635 AMP file reputation verdict : UNKNOWN
Fri Nov 20 20:18:43 2026 Info: MID 1010635 queued for delivery
Fri Nov 20 20:18:44 2026 Info: New SMTP DCID 209546 interface 192.0.2.20 address 203.0.113.234 port 25
Fri Nov 20 20:18:44 2026 Info: DCID 209546 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 20:18:44 2026 Info: Delivery start DCID 209546 MID 1010635 to RID [0]
Fri Nov 20 20:18:45 2026 Info: Message done DCID 209546 MID 1010635 to RID [0]
Fri Nov 20 20:18:45 2026 Info: MID 1010635 RID [0] Response '2.0.0 Ok: queued as fzzRT9Nave8KWaSg'
Fri Nov 20 20:18:45 2026 Info: Message finished MID 1010635 done
Fri Nov 20 20:18:45 2026 Info: DCID 209546 close
Fri Nov 20 20:46:28 2026 Info: New SMTP ICID 433675 interface IncomingMail (192.0.2.10) address 198.51.169.160 reverse dns host mail.bank.example verified yes
Fri Nov 20 20:46:28 2026 Info: ICID 433675 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.2
Fri Nov 20 20:46:28 2026 Info: ICID 433675 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 20:46:28 2026 Info: Start MID 1010636 ICID 433675
Fri Nov 20 20:46:28 2026 Info: MID 1010636 ICID 433675 From: <mary.mendes@bank.example>
Fri Nov 20 20:46:28 2026 Info: MID 1010636 ICID 433675 RID 0 To: <nora.mendes@corp.example>
Fri Nov 20 20:46:29 2026 Info: MID 1010636 Message-ID '<f1aa1ab3c422860e4cba.61355@bank.example>'
Fri Nov 20 20:46:29 2026 Info: MID 1010636 Subject 'Weekly newsletter #93068'
Fri Nov 20 20:46:29 2026 Info: MID 1010636 ready 19547 bytes from <mary.mendes@bank.example>
Fri Nov 20 20:46:29 2026 Info: ICID 433675 close
Fri Nov 20 20:46:29 2026 Info: MID 1010636 DKIM: pass signature verified (d=bank.example s=s6 i=@bank.example)
Fri Nov 20 20:46:29 2026 Info: MID 1010636 using engine: CASE spam negative
Fri Nov 20 20:46:29 2026 Info: MID 1010636 DMARC: Verification passed
Fri Nov 20 20:46:29 2026 Info: MID 1010636 SPF: mailfrom identity mary.mendes@bank.example Pass (v=spf1)
Fri Nov 20 20:46:30 2026 Info: MID 1010636 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 20:46:30 2026 Info: MID 1010636 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 20:46:31 2026 Info: MID 1010636 queued for delivery
Fri Nov 20 20:46:32 2026 Info: New SMTP DCID 209547 interface 192.0.2.20 address 52.101.27.218 port 25
Fri Nov 20 20:46:32 2026 Info: DCID 209547 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 20:46:32 2026 Info: Delivery start DCID 209547 MID 1010636 to RID [0]
Fri Nov 20 20:46:33 2026 Info: Message done DCID 209547 MID 1010636 to RID [0]
Fri Nov 20 20:46:33 2026 Info: MID 1010636 RID [0] Response '2.0.0 Ok: queued as zugNWRiM3Xe7pqC5'
Fri Nov 20 20:46:33 2026 Info: Message finished MID 1010636 done
Fri Nov 20 20:46:33 2026 Info: DCID 209547 close
Fri Nov 20 21:04:42 2026 Info: New SMTP ICID 433676 interface IncomingMail (192.0.2.10) address 198.51.6.152 reverse dns host mail.client-b.example verified yes
Fri Nov 20 21:04:42 2026 Info: ICID 433676 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.5
Fri Nov 20 21:04:42 2026 Info: ICID 433676 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 21:04:42 2026 Info: Start MID 1010637 ICID 433676
Fri Nov 20 21:04:42 2026 Info: MID 1010637 ICID 433676 From: <noah.ivanova@client-b.example>
Fri Nov 20 21:04:42 2026 Info: MID 1010637 ICID 433676 RID 0 To: <kofi.nguyen@corp.example>
Fri Nov 20 21:04:42 2026 Info: MID 1010637 ICID 433676 RID 1 To: <inovak@corp.example>
Fri Nov 20 21:04:43 2026 Info: MID 1010637 Message-ID '<64719b5a2fb9fc369b71.33240@client-b.example>'
Fri Nov 20 21:04:43 2026 Info: MID 1010637 Subject 'The "new" travel policy'
Fri Nov 20 21:04:43 2026 Info: MID 1010637 ready 36740 bytes from <noah.ivanova@client-b.example>
Fri Nov 20 21:04:43 2026 Info: MID 1010637 DMARC: Verification passed
Fri Nov 20 21:04:43 2026 Info: ICID 433676 close
Fri Nov 20 21:04:43 2026 Info: MID 1010637 using engine: CASE spam negative
Fri Nov 20 21:04:43 2026 Info: MID 1010637 SPF: mailfrom identity noah.ivanova@client-b.example Pass (v=spf1)
Fri Nov 20 21:04:43 2026 Info: MID 1010637 DKIM: pass signature verified (d=client-b.example s=s2 i=@client-b.example)
Fri Nov 20 21:04:44 2026 Info: MID 1010637 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 21:04:44 2026 Info: MID 1010637 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 21:04:46 2026 Info: MID 1010637 queued for delivery
Fri Nov 20 21:04:49 2026 Info: New SMTP DCID 209548 interface 192.0.2.20 address 52.101.191.193 port 25
Fri Nov 20 21:04:49 2026 Info: DCID 209548 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 21:04:49 2026 Info: Delivery start DCID 209548 MID 1010637 to RID [0, 1]
Fri Nov 20 21:04:50 2026 Info: Message done DCID 209548 MID 1010637 to RID [0, 1]
Fri Nov 20 21:04:50 2026 Info: MID 1010637 RID [0, 1] Response '2.6.0 [InternalId=354539147092, Hostname=AM0PR01MB4735.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 21:04:51 2026 Info: Message finished MID 1010637 done
Fri Nov 20 21:04:51 2026 Info: DCID 209548 close
Fri Nov 20 21:54:34 2026 Info: New SMTP ICID 433677 interface IncomingMail (192.0.2.10) address 198.51.59.106 reverse dns host mail.corp-invoices.example verified yes
Fri Nov 20 21:54:34 2026 Info: ICID 433677 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.4
Fri Nov 20 21:54:34 2026 Info: ICID 433677 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 21:54:35 2026 Info: Start MID 1010638 ICID 433677
Fri Nov 20 21:54:35 2026 Info: MID 1010638 ICID 433677 From: <no-reply@corp-invoices.example>
Fri Nov 20 21:54:35 2026 Info: MID 1010638 ICID 433677 RID 0 To: <finance-archive@corp.example>
Fri Nov 20 21:54:35 2026 Info: MID 1010638 ICID 433677 RID 1 To: <kofi.nguyen@corp.example>
Fri Nov 20 21:54:35 2026 Info: MID 1010638 ICID 433677 RID 2 To: <eva.kowalski@corp.example>
Fri Nov 20 21:54:35 2026 Info: MID 1010638 Message-ID '<32a7bbd3b01e25295afd.9112@corp-invoices.example>'
Fri Nov 20 21:54:35 2026 Info: MID 1010638 Subject 'RE: Contract for review'
Fri Nov 20 21:54:35 2026 Info: MID 1010638 ready 3825085 bytes from <no-reply@corp-invoices.example>
Fri Nov 20 21:54:35 2026 Info: MID 1010638 using engine: CASE spam negative
Fri Nov 20 21:54:35 2026 Info: MID 1010638 URL https://www.corp-invoices.example/t/2a36c0b491 has reputation 4.5 matched Condition: URL Reputation Rule
Fri Nov 20 21:54:35 2026 Info: ICID 433677 close
Fri Nov 20 21:54:35 2026 Info: MID 1010638 SPF: mailfrom identity no-reply@corp-invoices.example Pass (v=spf1)
Fri Nov 20 21:54:35 2026 Info: MID 1010638 Outbreak Filters: verdict negative
Fri Nov 20 21:54:36 2026 Info: MID 1010638 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 21:54:36 2026 Info: MID 1010638 attachment 'Invoice_12073.xlsm'
Fri Nov 20 21:54:36 2026 Info: MID 1010638 attachment 'photo=2027553.heic'
Fri Nov 20 21:54:36 2026 Info: MID 1010638 AMP file reputation verdict : LOWRISK
Fri Nov 20 21:54:37 2026 Info: New SMTP DCID 209549 interface 192.0.2.20 address 192.0.2.50 port 6025
Fri Nov 20 21:54:37 2026 Info: Delivery start DCID 209549 MID 1010638 to RID [0, 1, 2] to offbox IronPort Spam Quarantine
Fri Nov 20 21:54:37 2026 Info: Message done DCID 209549 MID 1010638 to RID [0, 1, 2] (external quarantine)
Fri Nov 20 21:54:37 2026 Info: Message finished MID 1010638 done
Fri Nov 20 21:54:37 2026 Info: DCID 209549 close
Fri Nov 20 21:56:56 2026 Info: New SMTP ICID 433678 interface IncomingMail (192.0.2.10) address 198.51.142.205 reverse dns host mail.corp-invoices.example verified yes
Fri Nov 20 21:56:56 2026 Info: ICID 433678 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.2
Fri Nov 20 21:56:56 2026 Info: ICID 433678 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 21:56:57 2026 Info: Start MID 1010639 ICID 433678
Fri Nov 20 21:56:57 2026 Info: MID 1010639 ICID 433678 From: <no-reply@corp-invoices.example>
Fri Nov 20 21:56:57 2026 Info: MID 1010639 ICID 433678 RID 0 To: <eva.kowalski@corp.example>
Fri Nov 20 21:56:57 2026 Info: MID 1010639 ICID 433678 RID 1 To: <lena.novak@corp.example>
Fri Nov 20 21:56:57 2026 Info: MID 1010639 ICID 433678 RID 2 To: <emma.garcia@corp.example>
Fri Nov 20 21:56:57 2026 Info: MID 1010639 ICID 433678 RID 3 To: <nina.lopez@corp.example>
Fri Nov 20 21:56:57 2026 Info: MID 1010639 ICID 433678 RID 4 To: <finance-archive@corp.example>
Fri Nov 20 21:56:57 2026 Info: MID 1010639 ICID 433678 RID 5 To: <all-staff@corp.example>
Fri Nov 20 21:56:57 2026 Info: MID 1010639 ICID 433678 RID 6 To: <omar.mendes@corp.example>
Fri Nov 20 21:56:57 2026 Info: MID 1010639 Message-ID '<5d4e0fc1c327227398dc.48331@corp-invoices.example>'
Fri Nov 20 21:56:57 2026 Info: MID 1010639 Subject 'RE: Contract for review'
Fri Nov 20 21:56:57 2026 Info: MID 1010639 ready 3859339 bytes from <no-reply@corp-invoices.example>
Fri Nov 20 21:56:57 2026 Info: MID 1010639 SPF: mailfrom identity no-reply@corp-invoices.example Pass (v=spf1)
Fri Nov 20 21:56:57 2026 Info: ICID 433678 close
Fri Nov 20 21:56:57 2026 Info: MID 1010639 using engine: CASE spam negative
Fri Nov 20 21:56:58 2026 Info: MID 1010639 was split creating MID 1010640 due to a per-recipient policy DEFAULT in the inbound table
Fri Nov 20 21:56:58 2026 Info: MID 1010640 ICID 0 From: <no-reply@corp-invoices.example>
Fri Nov 20 21:56:58 2026 Info: MID 1010640 ICID 0 RID 0 To: <all-staff@corp.example>
Fri Nov 20 21:56:58 2026 Info: MID 1010640 ICID 0 RID 1 To: <omar.mendes@corp.example>
Fri Nov 20 21:56:58 2026 Info: MID 1010640 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 21:56:58 2026 Info: MID 1010639 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 21:56:58 2026 Info: MID 1010639 attachment 'Invoice_12073.xlsm'
Fri Nov 20 21:56:58 2026 Info: MID 1010639 attachment 'photo=2027553.heic'
Fri Nov 20 21:56:58 2026 Info: MID 1010639 AMP file reputation verdict : LOWRISK
Fri Nov 20 21:56:58 2026 Info: MID 1010640 AMP file reputation verdict : LOWRISK
Fri Nov 20 21:56:59 2026 Info: MID 1010639 queued for delivery
Fri Nov 20 21:56:59 2026 Info: MID 1010640 queued for delivery
Fri Nov 20 21:57:00 2026 Info: New SMTP DCID 209550 interface 192.0.2.20 address 52.101.118.64 port 25
Fri Nov 20 21:57:00 2026 Info: DCID 209550 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 21:57:00 2026 Info: Delivery start DCID 209550 MID 1010639 to RID [0, 1, 2, 3, 4]
Fri Nov 20 21:57:02 2026 Info: Message done DCID 209550 MID 1010639 to RID [0, 1, 2, 3, 4]
Fri Nov 20 21:57:02 2026 Info: MID 1010639 RID [0, 1, 2, 3, 4] Response '2.6.0 [InternalId=529523329715, Hostname=AM0PR01MB9137.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 21:57:02 2026 Info: Message finished MID 1010639 done
Fri Nov 20 21:57:02 2026 Info: DCID 209550 close
Fri Nov 20 21:57:02 2026 Info: New SMTP DCID 209551 interface 192.0.2.20 address 52.101.11.131 port 25
Fri Nov 20 21:57:02 2026 Info: DCID 209551 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 21:57:02 2026 Info: Delivery start DCID 209551 MID 1010640 to RID [0, 1]
Fri Nov 20 21:57:03 2026 Info: Message done DCID 209551 MID 1010640 to RID [0, 1]
Fri Nov 20 21:57:03 2026 Info: MID 1010640 RID [0, 1] Response '2.6.0 [InternalId=617322821725, Hostname=AM0PR01MB7759.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 21:57:03 2026 Info: Message finished MID 1010640 done
Fri Nov 20 21:57:03 2026 Info: DCID 209551 close
Fri Nov 20 22:31:08 2026 Info: New SMTP ICID 433679 interface IncomingMail (192.0.2.10) address 198.51.140.242 reverse dns host mail.corp-invoices.example verified yes
Fri Nov 20 22:31:08 2026 Info: ICID 433679 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.7
Fri Nov 20 22:31:08 2026 Info: ICID 433679 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 22:31:08 2026 Info: Start MID 1010641 ICID 433679
Fri Nov 20 22:31:08 2026 Info: MID 1010641 ICID 433679 From: <no-reply@corp-invoices.example>
Fri Nov 20 22:31:08 2026 Info: MID 1010641 ICID 433679 RID 0 To: <zoe.kim@corp.example>
Fri Nov 20 22:31:08 2026 Info: MID 1010641 ICID 433679 RID 1 To: <ravi.nguyen@corp.example>
Fri Nov 20 22:31:08 2026 Info: MID 1010641 ICID 433679 RID 2 To: <ines.berg@corp.example>
Fri Nov 20 22:31:09 2026 Info: MID 1010641 Message-ID '<3a68b23ceb7958b90329.21929@corp-invoices.example>'
Fri Nov 20 22:31:09 2026 Info: MID 1010641 Subject 'RE: Contract for review'
Fri Nov 20 22:31:09 2026 Info: MID 1010641 ready 895777 bytes from <no-reply@corp-invoices.example>
Fri Nov 20 22:31:09 2026 Info: MID 1010641 DKIM: pass signature verified (d=corp-invoices.example s=s2 i=@corp-invoices.example)
Fri Nov 20 22:31:09 2026 Info: ICID 433679 close
Fri Nov 20 22:31:09 2026 Info: MID 1010641 using engine: CASE spam negative
Fri Nov 20 22:31:09 2026 Info: MID 1010641 DMARC: Verification passed
Fri Nov 20 22:31:09 2026 Info: MID 1010641 antivirus negative
Fri Nov 20 22:31:09 2026 Info: MID 1010641 SPF: mailfrom identity no-reply@corp-invoices.example Pass (v=spf1)
Fri Nov 20 22:31:09 2026 Info: MID 1010641 interim AV verdict using Sophos CLEAN
Fri Nov 20 22:31:10 2026 Info: MID 1010641 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 22:31:10 2026 Info: MID 1010641 attachment 'Invoice_12073.xlsm'
Fri Nov 20 22:31:10 2026 Info: MID 1010641 AMP file reputation verdict : LOWRISK
Fri Nov 20 22:31:13 2026 Info: New SMTP DCID 209552 interface 192.0.2.20 address 192.0.2.50 port 6025
Fri Nov 20 22:31:13 2026 Info: Delivery start DCID 209552 MID 1010641 to RID [0, 1, 2] to offbox IronPort Spam Quarantine
Fri Nov 20 22:31:13 2026 Info: Message done DCID 209552 MID 1010641 to RID [0, 1, 2] (external quarantine)
Fri Nov 20 22:31:13 2026 Info: Message finished MID 1010641 done
Fri Nov 20 22:31:13 2026 Info: DCID 209552 close
Fri Nov 20 22:57:55 2026 Info: New SMTP ICID 433680 interface OutgoingMail (192.0.2.11) address 10.20.4.190 reverse dns host exch1.corp.example verified yes
Fri Nov 20 22:57:55 2026 Info: ICID 433680 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 22:57:56 2026 Info: Start MID 1010642 ICID 433680
Fri Nov 20 22:57:56 2026 Info: MID 1010642 ICID 433680 From: <journal@corp.example>
Fri Nov 20 22:57:56 2026 Info: MID 1010642 ICID 433680 RID 0 To: <max.larsen@client-b.example>
Fri Nov 20 22:57:56 2026 Info: MID 1010642 Message-ID '<969d2693053e3db6bb3a.52634@corp.example>'
Fri Nov 20 22:57:56 2026 Info: MID 1010642 Subject 'Candidate CV 67893'
Fri Nov 20 22:57:56 2026 Info: MID 1010642 ready 2934094 bytes from <journal@corp.example>
Fri Nov 20 22:57:57 2026 Info: MID 1010642 antivirus negative
Fri Nov 20 22:57:57 2026 Info: MID 1010642 interim AV verdict using Sophos CLEAN
Fri Nov 20 22:57:57 2026 Info: MID 1010642 using engine: CASE spam negative
Fri Nov 20 22:57:57 2026 Info: MID 1010642 DMARC: Verification passed
Fri Nov 20 22:57:57 2026 Info: ICID 433680 close
Fri Nov 20 22:57:57 2026 Info: MID 1010642 SPF: mailfrom identity journal@corp.example Pass (v=spf1)
Fri Nov 20 22:57:57 2026 Info: MID 1010642 DKIM: pass signature verified (d=corp.example s=s2 i=@corp.example)
Fri Nov 20 22:57:58 2026 Info: MID 1010642 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 22:57:58 2026 Info: MID 1010642 attachment 'photo 27553.heic'
Fri Nov 20 22:57:58 2026 Info: MID 1010642 AMP file reputation verdict : CLEAN
Fri Nov 20 22:57:58 2026 Info: MID 1010642 queued for delivery
Fri Nov 20 22:58:01 2026 Info: New SMTP DCID 209553 interface 192.0.2.20 address 203.0.113.117 port 25
Fri Nov 20 22:58:01 2026 Info: DCID 209553 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 22:58:01 2026 Info: Delivery start DCID 209553 MID 1010642 to RID [0]
Fri Nov 20 22:58:04 2026 Info: Message done DCID 209553 MID 1010642 to RID [0]
Fri Nov 20 22:58:04 2026 Info: MID 1010642 RID [0] Response '2.0.0 Ok: queued as K2kBGCRsHtaorv23'
Fri Nov 20 22:58:04 2026 Info: Message finished MID 1010642 done
Fri Nov 20 22:58:04 2026 Info: DCID 209553 close
Sat Nov 21 00:00:00 2026 Info: End Logfile
