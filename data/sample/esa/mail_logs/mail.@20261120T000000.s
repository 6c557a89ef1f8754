Fri Nov 20 00:00:00 2026 Info: Begin Logfile
Fri Nov 20 00:00:00 2026 Info: Version: 15.5.1-055 SN: 42A3C1E8F7D2B9A6C4E1-5F8D0B3A7C2E
Fri Nov 20 00:00:00 2026 Info: Time offset from UTC: 0 seconds
Fri Nov 20 01:14:09 2026 Info: New SMTP ICID 416059 interface IncomingMail (192.0.2.10) address 198.51.59.192 reverse dns host mail.client-b.example verified yes
Fri Nov 20 01:14:09 2026 Info: ICID 416059 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.0
Fri Nov 20 01:14:09 2026 Info: ICID 416059 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 01:14:09 2026 Info: Start MID 1040588 ICID 416059
Fri Nov 20 01:14:09 2026 Info: MID 1040588 ICID 416059 From: <noah.ivanova@client-b.example>
Fri Nov 20 01:14:09 2026 Info: MID 1040588 ICID 416059 RID 0 To: <zoe.kim@corp.example>
Fri Nov 20 01:14:09 2026 Info: MID 1040588 ICID 416059 RID 1 To: <tom.weber@corp.example>
Fri Nov 20 01:14:10 2026 Info: MID 1040588 Message-ID '<89f9690e2f85f185922e.19384@client-b.example>'
Fri Nov 20 01:14:10 2026 Info: MID 1040588 Subject 'FW: contract draft'
Fri Nov 20 01:14:10 2026 Info: MID 1040588 ready 564990 bytes from <noah.ivanova@client-b.example>
Fri Nov 20 01:14:10 2026 Info: ICID 416059 close
Fri Nov 20 01:14:10 2026 Info: MID 1040588 using engine: CASE spam negative
Fri Nov 20 01:14:10 2026 Info: MID 1040588 SPF: mailfrom identity noah.ivanova@client-b.example Pass (v=spf1)
Fri Nov 20 01:14:10 2026 Info: MID 1040588 DMARC: Verification passed
Fri Nov 20 01:14:10 2026 Info: MID 1040588 DKIM: pass signature verified (d=client-b.example s=s3 i=@client-b.example)
Fri Nov 20 01:14:11 2026 Info: MID 1040588 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 01:14:11 2026 Info: MID 1040588 attachment 'Q3=20Report=202026.pdf'
Fri Nov 20 01:14:11 2026 Info: File reputation query initiating. File Name = 'Q3 Report 2026.pdf', MID = 1040588, File Size = 399848 bytes, File Type = application/pdf
Fri Nov 20 01:14:11 2026 Info: MID 1040588 AMP file reputation verdict : CLEAN
Fri Nov 20 01:14:12 2026 Info: Response received for file reputation query from Cache. File Name = 'Q3 Report 2026.pdf', MID = 1040588, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = 5dbe3023a906922fa4b9a9c4b753a1eef08360852789d059c6e50df2e5a3863e, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Fri Nov 20 01:14:13 2026 Info: MID 1040588 queued for delivery
Fri Nov 20 01:14:16 2026 Info: New SMTP DCID 204063 interface 192.0.2.20 address 52.101.29.168 port 25
Fri Nov 20 01:14:16 2026 Info: DCID 204063 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 01:14:16 2026 Info: Delivery start DCID 204063 MID 1040588 to RID [0, 1]
Fri Nov 20 01:14:17 2026 Info: Message done DCID 204063 MID 1040588 to RID [0, 1]
Fri Nov 20 01:14:17 2026 Info: MID 1040588 RID [0, 1] Response '2.0.0 Ok: queued as SKsZR4Jm7FjEmEhj'
Fri Nov 20 01:14:17 2026 Info: Message finished MID 1040588 done
Fri Nov 20 01:14:17 2026 Info: DCID 204063 close
Fri Nov 20 05:02:34 2026 Info: New SMTP ICID 416060 interface IncomingMail (192.0.2.10) address 198.51.218.61 reverse dns host mail.lawfirm.example verified yes
Fri Nov 20 05:02:34 2026 Info: ICID 416060 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.5
Fri Nov 20 05:02:34 2026 Info: ICID 416060 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 05:02:34 2026 Info: Start MID 1040589 ICID 416060
Fri Nov 20 05:02:34 2026 Info: MID 1040589 ICID 416060 From: <tom.cohen@lawfirm.example>
Fri Nov 20 05:02:34 2026 Info: MID 1040589 ICID 416060 RID 0 To: <lena.sato@corp.example>
Fri Nov 20 05:02:34 2026 Info: MID 1040589 Message-ID '<CA8rsh+kPfwfdVSYXunAXAvR4rs0nx0Et4RZ5+PhgmNZ@mail.lawfirm.example>'
Fri Nov 20 05:02:34 2026 Info: MID 1040589 Subject "Re: O'Brien account review"
Fri Nov 20 05:02:34 2026 Info: MID 1040589 ready 106924 bytes from <tom.cohen@lawfirm.example>
Fri Nov 20 05:02:34 2026 Info: MID 1040589 SPF: mailfrom identity tom.cohen@lawfirm.example Pass (v=spf1)
Fri Nov 20 05:02:35 2026 Info: ICID 416060 close
Fri Nov 20 05:02:35 2026 Info: MID 1040589 using engine: CASE spam negative
Fri Nov 20 05:02:35 2026 Info: MID 1040589 DKIM: pass signature verified (d=lawfirm.example s=s5 i=@lawfirm.example)
Fri Nov 20 05:02:35 2026 Info: MID 1040589 DMARC: Verification passed
Fri Nov 20 05:02:36 2026 Info: MID 1040589 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 05:02:36 2026 Info: MID 1040589 attachment 'image001.png'
Fri Nov 20 05:02:36 2026 Info: MID 1040589 attachment 'invoice_44952.pdf'
Fri Nov 20 05:02:36 2026 Info: MID 1040589 AMP file reputation verdict : UNKNOWN
Fri Nov 20 05:02:38 2026 Info: New SMTP ICID 416061 interface IncomingMail (192.0.2.10) address 198.51.21.15 reverse dns host mail.client-b.example verified yes
Fri Nov 20 05:02:38 2026 Info: ICID 416061 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.3
Fri Nov 20 05:02:38 2026 Info: ICID 416061 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 05:02:38 2026 Info: New SMTP ICID 416062 interface IncomingMail (192.0.2.10) address 198.51.241.96 reverse dns host mail.cloudapp.example verified yes
Fri Nov 20 05:02:38 2026 Info: ICID 416062 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.5
Fri Nov 20 05:02:38 2026 Info: ICID 416062 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 05:02:38 2026 Info: Start MID 1040592 ICID 416062
Fri Nov 20 05:02:38 2026 Info: MID 1040592 ICID 416062 From: <kofi.rossi@cloudapp.example>
Fri Nov 20 05:02:38 2026 Info: MID 1040592 ICID 416062 RID 0 To: <ldubois@corp.example>
Fri Nov 20 05:02:38 2026 Info: MID 1040592 ICID 416062 RID 1 To: <lena.sato@corp.example>
Fri Nov 20 05:02:38 2026 Info: MID 1040592 ICID 416062 RID 2 To: <raj.tanaka@corp-legacy.example>
Fri Nov 20 05:02:38 2026 Info: Start MID 1040591 ICID 416061
Fri Nov 20 05:02:38 2026 Info: MID 1040591 ICID 416061 From: <ida.cohen@client-b.example>
Fri Nov 20 05:02:38 2026 Info: MID 1040591 ICID 416061 RID 0 To: <ines.berg@corp.example>
Fri Nov 20 05:02:38 2026 Info: MID 1040592 Message-ID '<CAZfY1c7OQ58vE_+2TA/s78z/KkiEDb3u_Ece/giToeg@mail.cloudapp.example>'
Fri Nov 20 05:02:38 2026 Info: MID 1040592 Subject 'Re: project timeline'
Fri Nov 20 05:02:38 2026 Info: MID 1040592 ready 42912 bytes from <kofi.rossi@cloudapp.example>
Fri Nov 20 05:02:38 2026 Info: MID 1040592 antivirus negative
Fri Nov 20 05:02:38 2026 Info: MID 1040592 interim AV verdict using Sophos CLEAN
Fri Nov 20 05:02:38 2026 Info: MID 1040592 DMARC: Verification passed
Fri Nov 20 05:02:38 2026 Info: ICID 416062 close
Fri Nov 20 05:02:38 2026 Info: MID 1040592 SPF: mailfrom identity kofi.rossi@cloudapp.example Pass (v=spf1)
Fri Nov 20 05:02:38 2026 Info: MID 1040592 using engine: CASE spam negative
Fri Nov 20 05:02:38 2026 Info: MID 1040589 rewritten to MID 1040590 by url-rewrite filter 'Rewrite_URLs'
Fri Nov 20 05:02:38 2026 Info: Message finished MID 1040589 done
Fri Nov 20 05:02:38 2026 Info: MID 1040590 ICID 0 From: <tom.cohen@lawfirm.example>
Fri Nov 20 05:02:38 2026 Info: MID 1040590 ICID 0 RID 0 To: <lena.sato@corp.example>
Fri Nov 20 05:02:38 2026 Info: MID 1040590 Message-ID '<CA8rsh+kPfwfdVSYXunAXAvR4rs0nx0Et4RZ5+PhgmNZ@mail.lawfirm.example>'
Fri Nov 20 05:02:38 2026 Info: MID 1040590 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 05:02:38 2026 Info: MID 1040590 queued for delivery
Fri Nov 20 05:02:38 2026 Info: MID 1040592 DKIM: pass signature verified (d=cloudapp.example s=s2 i=@cloudapp.example)
Fri Nov 20 05:02:38 2026 Info: MID 1040591 Message-ID '<1bb766f94218466f0d71.17146@client-b.example>'
Fri Nov 20 05:02:38 2026 Info: MID 1040591 Subject 'Quarterly report'
Fri Nov 20 05:02:38 2026 Info: MID 1040591 ready 6794 bytes from <ida.cohen@client-b.example>
Fri Nov 20 05:02:38 2026 Info: MID 1040592 was split creating MID 1040593 due to a per-recipient policy DEFAULT in the inbound table
Fri Nov 20 05:02:38 2026 Info: MID 1040593 ICID 0 From: <kofi.rossi@cloudapp.example>
Fri Nov 20 05:02:38 2026 Info: MID 1040593 ICID 0 RID 0 To: <raj.tanaka@corp-legacy.example>
Fri Nov 20 05:02:38 2026 Info: ICID 416061 close
Fri Nov 20 05:02:39 2026 Info: MID 1040591 SPF: mailfrom identity ida.cohen@client-b.example Pass (v=spf1)
Fri Nov 20 05:02:39 2026 Info: MID 1040591 URL https://www.client-b.example/t/a6b2ac47f4 has reputation 4.5 matched Condition: URL Reputation Rule
Fri Nov 20 05:02:39 2026 Info: MID 1040591 using engine: CASE spam negative
Fri Nov 20 05:02:39 2026 Info: MID 1040592 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 05:02:39 2026 Info: MID 1040591 Outbreak Filters: verdict negative
Fri Nov 20 05:02:39 2026 Info: MID 1040593 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 05:02:39 2026 Info: MID 1040592 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 05:02:39 2026 Info: MID 1040593 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 05:02:39 2026 Info: MID 1040592 queued for delivery
Fri Nov 20 05:02:39 2026 Info: MID 1040593 queued for delivery
Fri Nov 20 05:02:40 2026 Info: New SMTP ICID 416063 interface IncomingMail (192.0.2.10) address 198.51.191.203 reverse dns host mail.bank.example verified yes
Fri Nov 20 05:02:40 2026 Info: ICID 416063 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.0
Fri Nov 20 05:02:40 2026 Info: ICID 416063 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 05:02:40 2026 Info: Start MID 1040594 ICID 416063
Fri Nov 20 05:02:40 2026 Info: MID 1040594 ICID 416063 From: <hugo.weber@bank.example>
Fri Nov 20 05:02:40 2026 Info: MID 1040594 ICID 416063 RID 0 To: <engineering@corp.example>
Fri Nov 20 05:02:40 2026 Info: New SMTP DCID 204064 interface 192.0.2.20 address 52.101.114.20 port 25
Fri Nov 20 05:02:40 2026 Info: DCID 204064 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 05:02:40 2026 Info: Delivery start DCID 204064 MID 1040590 to RID [0]
Fri Nov 20 05:02:40 2026 Info: MID 1040591 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 05:02:40 2026 Info: MID 1040591 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 05:02:40 2026 Info: Message done DCID 204064 MID 1040590 to RID [0] [('from', 'tom.cohen@lawfirm.example'), ('to', 'lena.sato@corp.example')]
Fri Nov 20 05:02:40 2026 Info: MID 1040590 RID [0] Response '2.6.0 [InternalId=658086096513, Hostname=AM0PR01MB3066.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 05:02:40 2026 Info: DCID 204064 close
Fri Nov 20 05:02:40 2026 Info: Message finished MID 1040590 done
Fri Nov 20 05:02:40 2026 Info: MID 1040594 Message-ID '<9602683f568daac%66#&bffb9@bank.example>'
Fri Nov 20 05:02:40 2026 Info: MID 1040594 Subject 'Lunch on Friday?'
Fri Nov 20 05:02:40 2026 Info: MID 1040594 ready 42538 bytes from <hugo.weber@bank.example>
Fri Nov 20 05:02:40 2026 Info: New SMTP DCID 204065 interface 192.0.2.20 address 192.0.2.50 port 6025
Fri Nov 20 05:02:40 2026 Info: Delivery start DCID 204065 MID 1040591 to RID [0] to offbox IronPort Spam Quarantine
Fri Nov 20 05:02:40 2026 Info: ICID 416063 close
Fri Nov 20 05:02:40 2026 Info: MID 1040594 SPF: mailfrom identity hugo.weber@bank.example Pass (v=spf1)
Fri Nov 20 05:02:40 2026 Info: MID 1040594 DMARC: Verification passed
Fri Nov 20 05:02:40 2026 Info: MID 1040594 DKIM: pass signature verified (d=bank.example s=s6 i=@bank.example)
Fri Nov 20 05:02:40 2026 Info: Message done DCID 204065 MID 1040591 to RID [0] (external quarantine)
Fri Nov 20 05:02:40 2026 Info: Message finished MID 1040591 done
Fri Nov 20 05:02:40 2026 Info: DCID 204065 close
Fri Nov 20 05:02:41 2026 Info: MID 1040594 using engine: CASE spam negative
Fri Nov 20 05:02:42 2026 Info: MID 1040594 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 05:02:42 2026 Info: MID 1040594 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 05:02:42 2026 Info: New SMTP ICID 416064 interface IncomingMail (192.0.2.10) address 198.51.71.238 reverse dns host mail.bank.example verified yes
Fri Nov 20 05:02:42 2026 Info: ICID 416064 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.4
Fri Nov 20 05:02:42 2026 Info: ICID 416064 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 05:02:42 2026 Info: New SMTP DCID 204067 interface 192.0.2.20 address 10.30.0.25 port 25
Fri Nov 20 05:02:42 2026 Info: DCID 204067 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 05:02:42 2026 Info: Delivery start DCID 204067 MID 1040593 to RID [0]
Fri Nov 20 05:02:42 2026 Info: Start MID 1040595 ICID 416064
Fri Nov 20 05:02:42 2026 Info: MID 1040595 ICID 416064 From: <leo.mendes@bank.example>
Fri Nov 20 05:02:42 2026 Info: MID 1040595 ICID 416064 RID 0 To: <lena.novak@corp.example>
Fri Nov 20 05:02:43 2026 Info: New SMTP DCID 204066 interface 192.0.2.20 address 52.101.51.226 port 25
Fri Nov 20 05:02:43 2026 Info: DCID 204066 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 05:02:43 2026 Info: Delivery start DCID 204066 MID 1040592 to RID [0, 1]
Fri Nov 20 05:02:43 2026 Info: MID 1040595 Message-ID '<fa706d6604172edacdcb.87794@bank.example>'
Fri Nov 20 05:02:43 2026 Info: MID 1040595 Subject 'Lunch on Friday?'
Fri Nov 20 05:02:43 2026 Info: MID 1040595 ready 23223 bytes from <leo.mendes@bank.example>
Fri Nov 20 05:02:43 2026 Info: MID 1040595 using engine: CASE spam negative
Fri Nov 20 05:02:43 2026 Info: ICID 416064 close
Fri Nov 20 05:02:43 2026 Info: MID 1040595 DKIM: pass signature verified (d=bank.example s=s3 i=@bank.example)
Fri Nov 20 05:02:43 2026 Info: MID 1040595 DMARC: Verification passed
Fri Nov 20 05:02:43 2026 Info: MID 1040595 SPF: mailfrom identity leo.mendes@bank.example Pass (v=spf1)
Fri Nov 20 05:02:43 2026 Info: MID 1040594 queued for delivery
Fri Nov 20 05:02:44 2026 Info: Message done DCID 204067 MID 1040593 to RID [0]
Fri Nov 20 05:02:44 2026 Info: MID 1040593 RID [0] Response '2.0.0 Ok: queued as bgfmxEmusQgHf2fk'
Fri Nov 20 05:02:44 2026 Info: Message finished MID 1040593 done
Fri Nov 20 05:02:44 2026 Info: DCID 204067 close
Fri Nov 20 05:02:45 2026 Info: MID 1040595 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 05:02:45 2026 Info: MID 1040595 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 05:02:45 2026 Info: Message done DCID 204066 MID 1040592 to RID [0, 1]
Fri Nov 20 05:02:45 2026 Info: MID 1040592 RID [0, 1] Response '2.0.0 Ok: queued as dbfGznsyHSqLhfTE'
Fri Nov 20 05:02:45 2026 Info: Message finished MID 1040592 done
Fri Nov 20 05:02:45 2026 Info: DCID 204066 close
Fri Nov 20 05:02:46 2026 Info: New SMTP DCID 204068 interface 192.0.2.20 address 52.101.145.45 port 25
Fri Nov 20 05:02:46 2026 Info: DCID 204068 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 05:02:46 2026 Info: Delivery start DCID 204068 MID 1040594 to RID [0]
Fri Nov 20 05:02:46 2026 Info: Message done DCID 204068 MID 1040594 to RID [0]
Fri Nov 20 05:02:46 2026 Info: MID 1040594 RID [0] Response '2.6.0 [InternalId=122994510136, Hostname=AM0PR01MB3605.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 05:02:46 2026 Info: Message finished MID 1040594 done
Fri Nov 20 05:02:46 2026 Info: DCID 204068 close
Fri Nov 20 05:02:47 2026 Info: MID 1040595 queued for delivery
Fri Nov 20 05:02:47 2026 Info: MID 1040596 was generated based on MID 1040595 by bcc filter 'Finance_Archive'
Fri Nov 20 05:02:47 2026 Info: MID 1040596 ICID 0 From: <leo.mendes@bank.example>
Fri Nov 20 05:02:47 2026 Info: MID 1040596 ICID 0 RID 0 To: <finance-archive@corp.example>
Fri Nov 20 05:02:47 2026 Info: MID 1040596 Message-ID '<fa706d6604172edacdcb.87794@bank.example>'
Fri Nov 20 05:02:47 2026 Info: MID 1040596 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 05:02:47 2026 Info: MID 1040596 queued for delivery
Fri Nov 20 05:02:49 2026 Info: New SMTP DCID 204070 interface 192.0.2.20 address 52.101.105.250 port 25
Fri Nov 20 05:02:49 2026 Info: DCID 204070 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 05:02:49 2026 Info: Delivery start DCID 204070 MID 1040596 to RID [0]
Fri Nov 20 05:02:50 2026 Info: New SMTP DCID 204069 interface 192.0.2.20 address 52.101.50.211 port 25
Fri Nov 20 05:02:50 2026 Info: DCID 204069 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 05:02:50 2026 Info: Delivery start DCID 204069 MID 1040595 to RID [0]
Fri Nov 20 05:02:51 2026 Info: Message done DCID 204070 MID 1040596 to RID [0]
Fri Nov 20 05:02:51 2026 Info: MID 1040596 RID [0] Response '2.6.0 [InternalId=684658779119, Hostname=AM0PR01MB2681.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 05:02:51 2026 Info: Message finished MID 1040596 done
Fri Nov 20 05:02:51 2026 Info: DCID 204070 close
Fri Nov 20 05:02:52 2026 Info: Message done DCID 204069 MID 1040595 to RID [0]
Fri Nov 20 05:02:52 2026 Info: MID 1040595 RID [0] Response '2.6.0 [InternalId=481378952788, Hostname=AM0PR01MB9153.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 05:02:52 2026 Info: Message finished MID 1040595 done
Fri Nov 20 05:02:52 2026 Info: DCID 204069 close
Fri Nov 20 06:10:11 2026 Info: New SMTP ICID 416065 interface OutgoingMail (192.0.2.11) address 10.20.7.63 reverse dns host exch4.corp.example verified yes
Fri Nov 20 06:10:11 2026 Info: ICID 416065 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 06:10:11 2026 Info: Start MID 1040597 ICID 416065
Fri Nov 20 06:10:11 2026 Info: MID 1040597 ICID 416065 From: <noah.okafor90@corp.example>
Fri Nov 20 06:10:11 2026 Info: MID 1040597 ICID 416065 RID 0 To: <paul.moreau@gmail.example>
Fri Nov 20 06:10:12 2026 Info: MID 1040597 Message-ID '<683d3492713169ff0f44.94358@corp.example>'
Fri Nov 20 06:10:12 2026 Info: MID 1040597 Subject "Re: O'Brien account review"
Fri Nov 20 06:10:12 2026 Info: MID 1040597 ready 38064 bytes from <noah.okafor90@corp.example>
Fri Nov 20 06:10:12 2026 Info: MID 1040597 DMARC: Verification passed
Fri Nov 20 06:10:12 2026 Info: MID 1040597 using engine: CASE spam negative
Fri Nov 20 06:10:12 2026 Info: MID 1040597 SPF: mailfrom identity noah.okafor90@corp.example Pass (v=spf1)
Fri Nov 20 06:10:12 2026 Info: ICID 416065 close
Fri Nov 20 06:10:12 2026 Info: MID 1040597 DKIM: pass signature verified (d=corp.example s=s8 i=@corp.example)
Fri Nov 20 06:10:13 2026 Info: MID 1040597 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 06:10:13 2026 Info: MID 1040597 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 06:10:14 2026 Info: MID 1040597 queued for delivery
Fri Nov 20 06:10:17 2026 Info: New SMTP DCID 204071 interface 192.0.2.20 address 203.0.113.252 port 25
Fri Nov 20 06:10:17 2026 Info: DCID 204071 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 06:10:17 2026 Info: Delivery start DCID 204071 MID 1040597 to RID [0]
Fri Nov 20 06:10:18 2026 Info: Message done DCID 204071 MID 1040597 to RID [0]
Fri Nov 20 06:10:18 2026 Info: MID 1040597 RID [0] Response '2.0.0 Ok: queued as CpPrLxEzf2QzjDBP'
Fri Nov 20 06:10:18 2026 Info: DCID 204071 close
Fri Nov 20 06:10:18 2026 Info: Message finished MID 1040597 done
Fri Nov 20 06:55:32 2026 Info: New SMTP ICID 416066 interface IncomingMail (192.0.2.10) address 198.51.133.130 reverse dns host mail.client-b.example verified yes
Fri Nov 20 06:55:32 2026 Info: ICID 416066 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.9
Fri Nov 20 06:55:32 2026 Info: ICID 416066 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 06:55:32 2026 Info: Start MID 1040598 ICID 416066
Fri Nov 20 06:55:32 2026 Info: MID 1040598 ICID 416066 From: <max.fischer@client-b.example>
Fri Nov 20 06:55:32 2026 Info: MID 1040598 ICID 416066 RID 0 To: <eva.kowalski@corp.example>
Fri Nov 20 06:55:32 2026 Info: MID 1040598 ICID 416066 RID 1 To: <ida.novak@corp.example>
Fri Nov 20 06:55:32 2026 Info: MID 1040598 ICID 416066 RID 2 To: <emma.garcia@corp.example>
Fri Nov 20 06:55:33 2026 Info: MID 1040598 Message-ID '<b20cd6e338e409131533.3500@client-b.example>'
Fri Nov 20 06:55:33 2026 Info: MID 1040598 Subject 'Re: [support #64258] FW: issue with the VPN client after the latest update (urgent)'
Fri Nov 20 06:55:33 2026 Info: MID 1040598 ready 38428 bytes from <max.fischer@client-b.example>
Fri Nov 20 06:55:33 2026 Info: MID 1040598 SPF: mailfrom identity max.fischer@client-b.example Pass (v=spf1)
Fri Nov 20 06:55:33 2026 Info: ICID 416066 close
Fri Nov 20 06:55:33 2026 Info: MID 1040598 DMARC: Verification passed
Fri Nov 20 06:55:33 2026 Info: MID 1040598 DKIM: pass signature verified (d=client-b.example s=s7 i=@client-b.example)
Fri Nov 20 06:55:33 2026 Info: MID 1040598 using engine: CASE spam negative
Fri Nov 20 06:55:33 2026 Info: MID 1040598 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 06:55:34 2026 Info: MID 1040598 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 06:55:35 2026 Info: MID 1040598 queued for delivery
Fri Nov 20 06:55:36 2026 Info: New SMTP DCID 204072 interface 192.0.2.20 address 52.101.217.85 port 25
Fri Nov 20 06:55:36 2026 Info: DCID 204072 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 06:55:36 2026 Info: Delivery start DCID 204072 MID 1040598 to RID [0, 1, 2]
Fri Nov 20 06:55:36 2026 Info: Message done DCID 204072 MID 1040598 to RID [0, 1, 2]
Fri Nov 20 06:55:36 2026 Info: MID 1040598 RID [0, 1, 2] Response '2.6.0 [InternalId=706420232579, Hostname=AM0PR01MB4156.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 06:55:36 2026 Info: DCID 204072 close
Fri Nov 20 06:55:36 2026 Info: Message finished MID 1040598 done
Fri Nov 20 07:13:47 2026 Info: New SMTP ICID 416067 interface IncomingMail (192.0.2.10) address 198.51.92.92 reverse dns host mail.client-b.example verified yes
Fri Nov 20 07:13:47 2026 Info: ICID 416067 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.7
Fri Nov 20 07:13:47 2026 Info: ICID 416067 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 07:13:47 2026 Info: Start MID 1040599 ICID 416067
Fri Nov 20 07:13:47 2026 Info: MID 1040599 ICID 416067 From: <max.larsen@client-b.example>
Fri Nov 20 07:13:47 2026 Info: MID 1040599 ICID 416067 RID 0 To: <ana.kowalski@corp.example>
Fri Nov 20 07:13:48 2026 Info: MID 1040599 Message-ID '<ea204da9116d28381e34.60811@client-b.example>'
Fri Nov 20 07:13:48 2026 Info: MID 1040599 Subject 'The "new" travel policy'
Fri Nov 20 07:13:48 2026 Info: MID 1040599 ready 39655 bytes from <max.larsen@client-b.example>
Fri Nov 20 07:13:48 2026 Info: MID 1040599 URL https://www.client-b.example/t/dcc938e84c has reputation 0.0 matched Condition: URL Reputation Rule
Fri Nov 20 07:13:48 2026 Info: MID 1040599 Outbreak Filters: verdict negative
Fri Nov 20 07:13:48 2026 Info: MID 1040599 SPF: mailfrom identity max.larsen@client-b.example Pass (v=spf1)
Fri Nov 20 07:13:48 2026 Info: ICID 416067 close
Fri Nov 20 07:13:48 2026 Info: MID 1040599 using engine: CASE spam negative
Fri Nov 20 07:13:49 2026 Info: MID 1040599 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 07:13:49 2026 Info: MID 1040599 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 07:13:50 2026 Info: MID 1040599 queued for delivery
Fri Nov 20 07:13:54 2026 Info: New SMTP DCID 204073 interface 192.0.2.20 address 52.101.174.177 port 25
Fri Nov 20 07:13:54 2026 Info: DCID 204073 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 07:13:54 2026 Info: Delivery start DCID 204073 MID 1040599 to RID [0]
Fri Nov 20 07:13:55 2026 Info: Message done DCID 204073 MID 1040599 to RID [0]
Fri Nov 20 07:13:55 2026 Info: MID 1040599 RID [0] Response '2.6.0 [InternalId=443863290859, Hostname=AM0PR01MB7703.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 07:13:55 2026 Info: Message finished MID 1040599 done
Fri Nov 20 07:13:55 2026 Info: DCID 204073 close
Fri Nov 20 07:38:20 2026 Info: New SMTP ICID 416068 interface IncomingMail (192.0.2.10) address 198.51.84.115 reverse dns host mail.lawfirm.example verified yes
Fri Nov 20 07:38:20 2026 Info: ICID 416068 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.3
Fri Nov 20 07:38:20 2026 Info: ICID 416068 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 07:38:20 2026 Info: Start MID 1040600 ICID 416068
Fri Nov 20 07:38:20 2026 Info: MID 1040600 ICID 416068 From: <tom.cohen@lawfirm.example>
Fri Nov 20 07:38:20 2026 Info: MID 1040600 ICID 416068 RID 0 To: <ravi.obrien@corp.example>
Fri Nov 20 07:38:21 2026 Info: MID 1040600 Message-ID '<CAbT3WkaF9swV=faDtrrIeeBBjHtO1VYXwo6V8O43vPF@mail.lawfirm.example>'
Fri Nov 20 07:38:21 2026 Info: MID 1040600 Subject 'Invoice 8298'
Fri Nov 20 07:38:21 2026 Info: MID 1040600 ready 4172 bytes from <tom.cohen@lawfirm.example>
Fri Nov 20 07:38:21 2026 Info: ICID 416068 close
Fri Nov 20 07:38:21 2026 Info: MID 1040600 antivirus negative
Fri Nov 20 07:38:21 2026 Info: MID 1040600 interim AV verdict using Sophos CLEAN
Fri Nov 20 07:38:21 2026 Info: MID 1040600 DMARC: Verification passed
Fri Nov 20 07:38:21 2026 Info: MID 1040600 DKIM: pass signature verified (d=lawfirm.example s=s5 i=@lawfirm.example)
Fri Nov 20 07:38:21 2026 Info: MID 1040600 using engine: CASE spam negative
Fri Nov 20 07:38:21 2026 Info: MID 1040600 SPF: mailfrom identity tom.cohen@lawfirm.example Pass (v=spf1)
Fri Nov 20 07:38:23 2026 Info: MID 1040600 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 07:38:23 2026 Info: MID 1040600 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 07:38:25 2026 Info: MID 1040600 queued for delivery
Fri Nov 20 07:38:28 2026 Info: New SMTP DCID 204074 interface 192.0.2.20 address 52.101.130.71 port 25
Fri Nov 20 07:38:28 2026 Info: DCID 204074 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 07:38:28 2026 Info: Delivery start DCID 204074 MID 1040600 to RID [0]
Fri Nov 20 07:38:30 2026 Info: Message done DCID 204074 MID 1040600 to RID [0]
Fri Nov 20 07:38:30 2026 Info: MID 1040600 RID [0] Response '2.6.0 [InternalId=838912578790, Hostname=AM0PR01MB6325.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 07:38:30 2026 Info: Message finished MID 1040600 done
Fri Nov 20 07:38:30 2026 Info: DCID 204074 close
Fri Nov 20 08:01:17 2026 Info: New SMTP ICID 416069 interface OutgoingMail (192.0.2.11) address 10.20.7.12 reverse dns host exch1.corp.example verified yes
Fri Nov 20 08:01:17 2026 Info: ICID 416069 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 08:01:17 2026 Info: Start MID 1040601 ICID 416069
Fri Nov 20 08:01:17 2026 Info: MID 1040601 ICID 416069 From: <ivan.silva@corp.example>
Fri Nov 20 08:01:17 2026 Info: MID 1040601 ICID 416069 RID 0 To: <marc.rossi@newsletter.example>
Fri Nov 20 08:01:17 2026 Info: New SMTP ICID 416070 interface IncomingMail (192.0.2.10) address 198.51.162.224 reverse dns host mail.bank.example verified yes
Fri Nov 20 08:01:17 2026 Info: ICID 416070 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.2
Fri Nov 20 08:01:17 2026 Info: ICID 416070 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 08:01:17 2026 Info: MID 1040601 Message-ID '<d05b279b5862ba223539.87350@corp.example>'
Fri Nov 20 08:01:17 2026 Info: MID 1040601 Subject 'Café menu for next week'
Fri Nov 20 08:01:17 2026 Info: MID 1040601 ready 41383 bytes from <ivan.silva@corp.example>
Fri Nov 20 08:01:17 2026 Info: ICID 416069 close
Fri Nov 20 08:01:17 2026 Info: MID 1040601 DKIM: pass signature verified (d=corp.example s=s5 i=@corp.example)
Fri Nov 20 08:01:17 2026 Info: MID 1040601 DMARC: Verification passed
Fri Nov 20 08:01:17 2026 Info: MID 1040601 using engine: CASE spam negative
Fri Nov 20 08:01:18 2026 Info: MID 1040601 SPF: mailfrom identity ivan.silva@corp.example Pass (v=spf1)
Fri Nov 20 08:01:18 2026 Info: Start MID 1040602 ICID 416070
Fri Nov 20 08:01:18 2026 Info: MID 1040602 ICID 416070 From: <mary.mendes@bank.example>
Fri Nov 20 08:01:18 2026 Info: MID 1040602 ICID 416070 RID 0 To: <tom.weber@corp.example>
Fri Nov 20 08:01:18 2026 Info: MID 1040601 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 08:01:18 2026 Info: MID 1040601 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 08:01:18 2026 Info: MID 1040602 Message-ID '<795fdcde6c01554faae5.37371@bank.example>'
Fri Nov 20 08:01:18 2026 Info: MID 1040602 Subject 'Reminder: timesheets due'
Fri Nov 20 08:01:18 2026 Info: MID 1040602 ready 21077 bytes from <mary.mendes@bank.example>
Fri Nov 20 08:01:18 2026 Info: MID 1040602 SPF: mailfrom identity mary.mendes@bank.example Pass (v=spf1)
Fri Nov 20 08:01:18 2026 Info: MID 1040602 DKIM: pass signature verified (d=bank.example s=s9 i=@bank.example)
Fri Nov 20 08:01:18 2026 Info: MID 1040602 using engine: CASE spam negative
Fri Nov 20 08:01:18 2026 Info: ICID 416070 close
Fri Nov 20 08:01:18 2026 Info: MID 1040602 DMARC: Verification passed
Fri Nov 20 08:01:20 2026 Info: MID 1040602 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 08:01:20 2026 Info: MID 1040601 queued for delivery
Fri Nov 20 08:01:20 2026 Info: MID 1040602 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 08:01:21 2026 Info: MID 1040602 queued for delivery
Fri Nov 20 08:01:23 2026 Info: New SMTP DCID 204075 interface 192.0.2.20 address 203.0.113.228 port 25
Fri Nov 20 08:01:23 2026 Info: DCID 204075 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 08:01:23 2026 Info: Delivery start DCID 204075 MID 1040601 to RID [0]
Fri Nov 20 08:01:23 2026 Info: New SMTP DCID 204076 interface 192.0.2.20 address 52.101.128.181 port 25
Fri Nov 20 08:01:23 2026 Info: DCID 204076 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 08:01:23 2026 Info: Delivery start DCID 204076 MID 1040602 to RID [0]
Fri Nov 20 08:01:23 2026 Info: Message done DCID 204075 MID 1040601 to RID [0]
Fri Nov 20 08:01:23 2026 Info: MID 1040601 RID [0] Response '2.0.0 Ok: queued as TrAZddf9zXDMxrgt'
Fri Nov 20 08:01:23 2026 Info: Message finished MID 1040601 done
Fri Nov 20 08:01:23 2026 Info: DCID 204075 close
Fri Nov 20 08:01:24 2026 Info: Message done DCID 204076 MID 1040602 to RID [0]
Fri Nov 20 08:01:24 2026 Info: MID 1040602 RID [0] Response '2.6.0 [InternalId=759822966259, Hostname=AM0PR01MB1498.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 08:01:24 2026 Info: Message finished MID 1040602 done
Fri Nov 20 08:01:24 2026 Info: DCID 204076 close
Fri Nov 20 08:13:23 2026 Info: New SMTP ICID 416071 interface IncomingMail (192.0.2.10) address 198.51.235.75 reverse dns host mail.client-b.example verified yes
Fri Nov 20 08:13:23 2026 Info: ICID 416071 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5
Fri Nov 20 08:13:23 2026 Info: ICID 416071 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 08:13:23 2026 Info: Start MID 1040603 ICID 416071
Fri Nov 20 08:13:23 2026 Info: MID 1040603 ICID 416071 From: <ida.cohen@client-b.example>
Fri Nov 20 08:13:23 2026 Info: MID 1040603 ICID 416071 RID 0 To: <lena.sato@corp.example>
Fri Nov 20 08:13:24 2026 Info: MID 1040603 Message-ID '<dd0f2289511ef0bf022a.77120@client-b.example>'
Fri Nov 20 08:13:24 2026 Info: MID 1040603 Subject Re: [support #5570] FW: issue with\r\n the VPN client after the latest update (urgent)
Fri Nov 20 08:13:24 2026 Info: MID 1040603 ready 1305017 bytes from <ida.cohen@client-b.example>
Fri Nov 20 08:13:24 2026 Info: MID 1040603 SPF: mailfrom identity ida.cohen@client-b.example Pass (v=spf1)
Fri Nov 20 08:13:24 2026 Info: MID 1040603 DMARC: Verification passed
Fri Nov 20 08:13:24 2026 Info: MID 1040603 DKIM: pass signature verified (d=client-b.example s=s7 i=@client-b.example)
Fri Nov 20 08:13:24 2026 Info: ICID 416071 close
Fri Nov 20 08:13:24 2026 Info: MID 1040603 using engine: CASE spam negative
Fri Nov 20 08:13:25 2026 Info: MID 1040603 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 08:13:25 2026 Info: MID 1040603 attachment 'Q2=20Report=202026.pdf'
Fri Nov 20 08:13:25 2026 Info: MID 1040603 AMP file reputation verdict : UNKNOWN
Fri Nov 20 08:13:26 2026 Info: MID 1040603 rewritten to MID 1040604 by url-rewrite filter 'Rewrite_URLs'
Fri Nov 20 08:13:26 2026 Info: Message finished MID 1040603 done
Fri Nov 20 08:13:26 2026 Info: MID 1040604 ICID 0 From: <ida.cohen@client-b.example>
Fri Nov 20 08:13:26 2026 Info: MID 1040604 ICID 0 RID 0 To: <lena.sato@corp.example>
Fri Nov 20 08:13:26 2026 Info: MID 1040604 Message-ID '<dd0f2289511ef0bf022a.77120@client-b.example>'
Fri Nov 20 08:13:26 2026 Info: MID 1040604 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 08:13:26 2026 Info: MID 1040604 queued for delivery
Fri Nov 20 08:13:27 2026 Info: New SMTP DCID 204077 interface 192.0.2.20 address 52.101.171.199 port 25
Fri Nov 20 08:13:27 2026 Info: DCID 204077 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 08:13:27 2026 Info: Delivery start DCID 204077 MID 1040604 to RID [0]
Fri Nov 20 08:13:28 2026 Info: Message done DCID 204077 MID 1040604 to RID [0]
Fri Nov 20 08:13:28 2026 Info: MID 1040604 RID [0] Response '2.6.0 [InternalId=156202137997, Hostname=AM0PR01MB2882.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 08:13:28 2026 Info: Message finished MID 1040604 done
Fri Nov 20 08:13:28 2026 Info: DCID 204077 close
Fri Nov 20 08:22:41 2026 Info: New SMTP ICID 416072 interface IncomingMail (192.0.2.10) address 198.51.19.225 reverse dns host mail.bank.example verified yes
Fri Nov 20 08:22:41 2026 Info: ICID 416072 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.6
Fri Nov 20 08:22:41 2026 Info: ICID 416072 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 08:22:41 2026 Info: Start MID 1040605 ICID 416072
Fri Nov 20 08:22:41 2026 Info: MID 1040605 ICID 416072 From: <sofia.walsh@bank.example>
Fri Nov 20 08:22:41 2026 Info: MID 1040605 ICID 416072 RID 0 To: <lena.sato@corp.example>
Fri Nov 20 08:22:41 2026 Info: MID 1040605 Message-ID '<4a036150eb19b40262f0.90383@bank.example>'
Fri Nov 20 08:22:41 2026 Info: MID 1040605 Subject 'Candidate CV 2178'
Fri Nov 20 08:22:41 2026 Info: MID 1040605 ready 1293459 bytes from <sofia.walsh@bank.example>
Fri Nov 20 08:22:41 2026 Info: MID 1040605 URL https://www.bank.example/t/7305dc59c7 has reputation 4.5 matched Condition: URL Reputation Rule
Fri Nov 20 08:22:41 2026 Info: MID 1040605 Outbreak Filters: verdict negative
Fri Nov 20 08:22:41 2026 Info: ICID 416072 close
Fri Nov 20 08:22:41 2026 Info: MID 1040605 SPF: mailfrom identity sofia.walsh@bank.example Pass (v=spf1)
Fri Nov 20 08:22:42 2026 Info: MID 1040605 using engine: CASE spam negative
Fri Nov 20 08:22:43 2026 Info: MID 1040605 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 08:22:43 2026 Info: MID 1040605 attachment 'minutes-48728.docx'
Fri Nov 20 08:22:43 2026 Info: File reputation query initiating. File Name = 'minutes-48728.docx', MID = 1040605, File Size = 67961 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Fri Nov 20 08:22:43 2026 Info: MID 1040605 attachment 'budget_2026_v4.xlsx'
Fri Nov 20 08:22:43 2026 Info: File reputation query initiating. File Name = 'budget_2026_v4.xlsx', MID = 1040605, File Size = 796444 bytes, File Type = application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
Fri Nov 20 08:22:43 2026 Info: Response received for file reputation query from Cloud. File Name = budget_2026_v4.xlsx, MID = 1040605, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = aeafc568ccd180bdb2ab9ea332526b5dba7b3121693e3729fedf0d8077ec25ba, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Fri Nov 20 08:22:43 2026 Info: MID 1040605 attachment 'image002.jpg'
Fri Nov 20 08:22:43 2026 Info: File reputation query initiating. File Name = 'image002.jpg', MID = 1040605, File Size = 87997 bytes, File Type = image/jpeg
Fri Nov 20 08:22:43 2026 Info: MID 1040605 AMP file reputation verdict : CLEAN
Fri Nov 20 08:22:44 2026 Info: New SMTP ICID 416073 interface IncomingMail (192.0.2.10) address 198.51.247.62 reverse dns host mail.client-b.example verified yes
Fri Nov 20 08:22:44 2026 Info: ICID 416073 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.1
Fri Nov 20 08:22:44 2026 Info: ICID 416073 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 08:22:44 2026 Info: Start MID 1040606 ICID 416073
Fri Nov 20 08:22:44 2026 Info: MID 1040606 ICID 416073 From: <max.larsen@client-b.example>
Fri Nov 20 08:22:44 2026 Info: MID 1040606 ICID 416073 RID 0 To: <ida.dubois@corp.example>
Fri Nov 20 08:22:44 2026 Info: Response received for file reputation query from Cloud. FileName = 'image002.jpg', MID = 1040605, Disposition = CLEAN, Malware = None,Reputation Score = 5, sha256 =745202a5f1f4fd4baf9b59e3e3e8fcd0a97894e793959efe5f20df3c6a28a689, upload_action = 2
Fri Nov 20 08:22:44 2026 Info: Response received for file reputation query from Cache. File Name = 'minutes-48728.docx', MID = 1040605, Disposition = CLEAN, Malware = None, Reputation Score = 0, sha256 = 5b49156137c60e984f3e885ee1e437b7f735efe608d180113e940bb452d31e1b, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Fri Nov 20 08:22:44 2026 Info: MID 1040606 Message-ID '<fe4b3f76fdf412e4bfdc.22614@client-b.example>'
Fri Nov 20 08:22:44 2026 Info: MID 1040606 Subject 'Welcome to the team!'
Fri Nov 20 08:22:44 2026 Info: MID 1040606 ready 13490 bytes from <max.larsen@client-b.example>
Fri Nov 20 08:22:44 2026 Info: ICID 416073 close
Fri Nov 20 08:22:44 2026 Info: MID 1040606 Outbreak Filters: verdict negative
Fri Nov 20 08:22:44 2026 Info: MID 1040606 using engine: CASE spam negative
Fri Nov 20 08:22:44 2026 Info: MID 1040606 SPF: mailfrom identity max.larsen@client-b.example Pass (v=spf1)
Fri Nov 20 08:22:44 2026 Info: MID 1040606 URL https://www.client-b.example/t/2d559ca16d has reputation 4.5 matched Condition: URL Reputation Rule
Fri Nov 20 08:22:45 2026 Info: MID 1040606 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 08:22:45 2026 Info: MID 1040606 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 08:22:45 2026 Info: MID 1040605 queued for delivery
Fri Nov 20 08:22:47 2026 Info: MID 1040606 queued for delivery
Fri Nov 20 08:22:49 2026 Info: New SMTP DCID 204078 interface 192.0.2.20 address 52.101.46.89 port 25
Fri Nov 20 08:22:49 2026 Info: DCID 204078 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 08:22:49 2026 Info: Delivery start DCID 204078 MID 1040605 to RID [0]
Fri Nov 20 08:22:50 2026 Info: New SMTP DCID 204079 interface 192.0.2.20 address 52.101.15.215 port 25
Fri Nov 20 08:22:50 2026 Info: DCID 204079 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 08:22:50 2026 Info: Delivery start DCID 204079 MID 1040606 to RID [0]
Fri Nov 20 08:22:50 2026 Info: Message done DCID 204078 MID 1040605 to RID [0]
Fri Nov 20 08:22:50 2026 Info: MID 1040605 RID [0] Response '2.6.0 [InternalId=753817372490, Hostname=AM0PR01MB4011.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 08:22:50 2026 Info: DCID 204078 close
Fri Nov 20 08:22:50 2026 Info: Message finished MID 1040605 done
Fri Nov 20 08:22:51 2026 Info: Message done DCID 204079 MID 1040606 to RID [0]
Fri Nov 20 08:22:51 2026 Info: MID 1040606 RID [0] Response '2.0.0 Ok: queued as gvh25LbFtS2jj9cy'
Fri Nov 20 08:22:51 2026 Info: DCID 204079 close
Fri Nov 20 08:22:51 2026 Info: Message finished MID 1040606 done
Fri Nov 20 08:37:10 2026 Info: New SMTP ICID 416074 interface OutgoingMail (192.0.2.11) address 10.20.3.88 reverse dns host exch4.corp.example verified yes
Fri Nov 20 08:37:10 2026 Info: ICID 416074 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 08:37:10 2026 Info: Start MID 1040607 ICID 416074
Fri Nov 20 08:37:10 2026 Info: MID 1040607 ICID 416074 From: <helpdesk@corp-mail.example>
Fri Nov 20 08:37:10 2026 Info: MID 1040607 ICID 416074 RID 0 To: <mary.mendes@bank.example>
Fri Nov 20 08:37:10 2026 Info: MID 1040607 ICID 416074 RID 1 To: <paul.smith@newsletter.example>
Fri Nov 20 08:37:11 2026 Info: MID 1040607 Message-ID '<CAjhKJLqnO=qET_aKNWI2=hJTOBs6RRX1XL9E9=83B04@mail.corp-mail.example>'
Fri Nov 20 08:37:11 2026 Info: MID 1040607 Subject 'Re: Re: Re: hiring plan'
Fri Nov 20 08:37:11 2026 Info: MID 1040607 ready 26276 bytes from <helpdesk@corp-mail.example>
Fri Nov 20 08:37:11 2026 Info: MID 1040607 DKIM: pass signature verified (d=corp-mail.example s=s1 i=@corp-mail.example)
Fri Nov 20 08:37:11 2026 Info: MID 1040607 interim AV verdict using Sophos CLEAN
Fri Nov 20 08:37:11 2026 Info: ICID 416074 close
Fri Nov 20 08:37:11 2026 Info: MID 1040607 DMARC: Verification passed
Fri Nov 20 08:37:11 2026 Info: MID 1040607 using engine: CASE spam negative
Fri Nov 20 08:37:12 2026 Info: MID 1040607 antivirus negative
Fri Nov 20 08:37:12 2026 Info: MID 1040607 SPF: mailfrom identity helpdesk@corp-mail.example Pass (v=spf1)
Fri Nov 20 08:37:12 2026 Info: MID 1040607 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 08:37:12 2026 Info: MID 1040607 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 08:37:13 2026 Info: MID 1040607 queued for delivery
Fri Nov 20 08:37:15 2026 Info: New SMTP DCID 204080 interface 192.0.2.20 address 203.0.113.206 port 25
Fri Nov 20 08:37:15 2026 Info: DCID 204080 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 08:37:15 2026 Info: Delivery start DCID 204080 MID 1040607 to RID [0]
Fri Nov 20 08:37:17 2026 Info: Message done DCID 204080 MID 1040607 to RID [0]
Fri Nov 20 08:37:17 2026 Info: MID 1040607 RID [0] Response '2.0.0 Ok: queued as aQmMuJtdk2Zjk287'
Fri Nov 20 08:37:17 2026 Info: New SMTP DCID 204081 interface 192.0.2.20 address 203.0.113.165 port 25
Fri Nov 20 08:37:17 2026 Info: DCID 204081 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 08:37:17 2026 Info: Delivery start DCID 204081 MID 1040607 to RID [1]
Fri Nov 20 08:37:17 2026 Info: DCID 204080 close
Fri Nov 20 08:37:18 2026 Info: Message done DCID 204081 MID 1040607 to RID [1]
Fri Nov 20 08:37:18 2026 Info: MID 1040607 RID [1] Response '2.0.0 Ok: queued as EJWjkSmYJ2DG6UE5'
Fri Nov 20 08:37:18 2026 Info: DCID 204081 close
Fri Nov 20 08:37:18 2026 Info: Message finished MID 1040607 done
Fri Nov 20 08:45:13 2026 Info: New SMTP ICID 416075 interface IncomingMail (192.0.2.10) address 198.51.14.234 reverse dns host mail.paymnt-notice.example verified yes
Fri Nov 20 08:45:13 2026 Info: ICID 416075 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.2
Fri Nov 20 08:45:13 2026 Info: ICID 416075 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 08:45:13 2026 Info: Start MID 1040608 ICID 416075
Fri Nov 20 08:45:13 2026 Info: MID 1040608 ICID 416075 From: <accounts@paymnt-notice.example>
Fri Nov 20 08:45:13 2026 Info: MID 1040608 ICID 416075 RID 0 To: <emma.garcia@corp.example>
Fri Nov 20 08:45:13 2026 Info: MID 1040608 Message-ID '<CArVRVS-7yRVs3ZxIbVoPZm7PoftGYfLdQR/i5rCemj3@mail.paymnt-notice.example>'
Fri Nov 20 08:45:13 2026 Info: MID 1040608 Subject 'Updated benefits for 2027'
Fri Nov 20 08:45:13 2026 Info: MID 1040608 ready 3657800 bytes from <accounts@paymnt-notice.example>
Fri Nov 20 08:45:13 2026 Info: MID 1040608 using engine: CASE spam negative
Fri Nov 20 08:45:13 2026 Info: ICID 416075 close
Fri Nov 20 08:45:13 2026 Info: MID 1040608 DKIM: pass signature verified (d=paymnt-notice.example s=s1 i=@paymnt-notice.example)
Fri Nov 20 08:45:13 2026 Info: MID 1040608 SPF: mailfrom identity accounts@paymnt-notice.example Pass (v=spf1)
Fri Nov 20 08:45:13 2026 Info: MID 1040608 antivirus negative
Fri Nov 20 08:45:13 2026 Info: MID 1040608 DMARC: Verification passed
Fri Nov 20 08:45:13 2026 Info: MID 1040608 interim AV verdict using Sophos CLEAN
Fri Nov 20 08:45:14 2026 Info: MID 1040608 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 08:45:14 2026 Info: MID 1040608 attachment 'Scan_2026-11-24.zip'
Fri Nov 20 08:45:14 2026 Info: MID 1040608 attachment 'photo=2027553.heic'
Fri Nov 20 08:45:14 2026 Info: MID 1040608 AMP file reputation verdict : CLEAN
Fri Nov 20 08:45:15 2026 Info: MID 1040608 queued for delivery
Fri Nov 20 08:45:16 2026 Info: New SMTP DCID 204082 interface 192.0.2.20 address 52.101.55.96 port 25
Fri Nov 20 08:45:16 2026 Info: DCID 204082 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 08:45:16 2026 Info: Delivery start DCID 204082 MID 1040608 to RID [0]
Fri Nov 20 08:45:17 2026 Info: Message done DCID 204082 MID 1040608 to RID [0] [('from', 'accounts@paymnt-notice.example'), ('to', 'emma.garcia@corp.example')]
Fri Nov 20 08:45:17 2026 Info: MID 1040608 RID [0] Response '2.6.0 [InternalId=453548557298, Hostname=AM0PR01MB4883.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 08:45:17 2026 Info: Message finished MID 1040608 done
Fri Nov 20 08:45:17 2026 Info: DCID 204082 close
Fri Nov 20 08:50:07 2026 Info: New SMTP ICID 416076 interface IncomingMail (192.0.2.10) address 198.51.241.15 reverse dns host mail.gmail.example verified yes
Fri Nov 20 08:50:07 2026 Info: ICID 416076 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.7
Fri Nov 20 08:50:07 2026 Info: ICID 416076 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 08:50:07 2026 Info: Start MID 1040609 ICID 416076
Fri Nov 20 08:50:07 2026 Info: MID 1040609 ICID 416076 From: <marc.mendes@gmail.example>
Fri Nov 20 08:50:07 2026 Info: MID 1040609 ICID 416076 RID 0 To: <Nora.Mendes@Corp.Example>
Fri Nov 20 08:50:07 2026 Info: MID 1040609 ICID 416076 RID 1 To: <tom.weber@corp.example>
Fri Nov 20 08:50:07 2026 Info: MID 1040609 ICID 416076 RID 2 To: <Ravi.Nguyen@Corp.Example>
Fri Nov 20 08:50:07 2026 Info: MID 1040609 ICID 416076 RID 3 To: <zoe.kim@corp.example>
Fri Nov 20 08:50:07 2026 Info: MID 1040609 ICID 416076 RID 4 To: <lena.sato@corp.example>
Fri Nov 20 08:50:07 2026 Info: MID 1040609 ICID 416076 RID 5 To: <Nina.Patel@Corp.Example>
Fri Nov 20 08:50:07 2026 Info: MID 1040609 ICID 416076 RID 6 To: <ivan.silva@corp-mail.example>
Fri Nov 20 08:50:07 2026 Info: MID 1040609 Message-ID '<dbfd4b8de4aac65e68e0.76749@gmail.example>'
Fri Nov 20 08:50:07 2026 Info: MID 1040609 Subject 'Weekly newsletter #58873'
Fri Nov 20 08:50:07 2026 Info: MID 1040609 ready 3547924 bytes from <marc.mendes@gmail.example>
Fri Nov 20 08:50:07 2026 Info: MID 1040609 SPF: mailfrom identity marc.mendes@gmail.example Pass (v=spf1)
Fri Nov 20 08:50:07 2026 Info: ICID 416076 close
Fri Nov 20 08:50:07 2026 Info: MID 1040609 URL https://www.gmail.example/t/bd286c12d6 has reputation 7.9 matched Condition: URL Reputation Rule
Fri Nov 20 08:50:08 2026 Info: MID 1040609 Outbreak Filters: verdict negative
Fri Nov 20 08:50:08 2026 Info: MID 1040609 using engine: CASE spam negative
Fri Nov 20 08:50:09 2026 Info: MID 1040609 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 08:50:09 2026 Info: MID 1040609 attachment 'photo 27553.heic'
Fri Nov 20 08:50:09 2026 Info: MID 1040609 attachment 'Q1=20Report=202026.pdf'
Fri Nov 20 08:50:09 2026 Info: MID 1040609 attachment 'image001.png'
Fri Nov 20 08:50:10 2026 Info: MID 1040609 AMP file reputation verdict : UNKNOWN
Fri Nov 20 08:50:11 2026 Info: MID 1040609 queued for delivery
Fri Nov 20 08:50:15 2026 Info: New SMTP DCID 204083 interface 192.0.2.20 address 52.101.71.4 port 25
Fri Nov 20 08:50:15 2026 Info: DCID 204083 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 08:50:15 2026 Info: Delivery start DCID 204083 MID 1040609 to RID [0, 1, 2, 3, 4, 5, 6]
Fri Nov 20 08:50:17 2026 Info: Message done DCID 204083 MID 1040609 to RID [0, 1, 2, 3, 4, 5, 6]
Fri Nov 20 08:50:17 2026 Info: MID 1040609 RID [0, 1, 2, 3, 4, 5, 6] Response '2.6.0 [InternalId=712757262352, Hostname=AM0PR01MB6376.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 08:50:17 2026 Info: Message finished MID 1040609 done
Fri Nov 20 08:50:17 2026 Info: DCID 204083 close
Fri Nov 20 08:53:06 2026 Info: New SMTP ICID 416077 interface IncomingMail (192.0.2.10) address 198.51.69.9 reverse dns host mail.client-b.example verified yes
Fri Nov 20 08:53:06 2026 Info: ICID 416077 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.3
Fri Nov 20 08:53:06 2026 Info: ICID 416077 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 08:53:07 2026 Info: Start MID 1040610 ICID 416077
Fri Nov 20 08:53:07 2026 Info: MID 1040610 ICID 416077 From: <ida.cohen@client-b.example>
Fri Nov 20 08:53:07 2026 Info: MID 1040610 ICID 416077 RID 0 To: <helpdesk@corp-mail.example>
Fri Nov 20 08:53:07 2026 Info: MID 1040610 ICID 416077 RID 1 To: <journal@corp.example>
Fri Nov 20 08:53:07 2026 Info: MID 1040610 ICID 416077 RID 2 To: <noah.okafor90@corp.example>
Fri Nov 20 08:53:07 2026 Info: MID 1040610 ICID 416077 RID 3 To: <ida.dubois@corp.example>
Fri Nov 20 08:53:07 2026 Info: MID 1040610 ICID 416077 RID 4 To: <yuki.ivanova@corp.example>
Fri Nov 20 08:53:07 2026 Info: MID 1040610 ICID 416077 RID 5 To: <li.larsen@corp.example>
Fri Nov 20 08:53:07 2026 Info: MID 1040610 Message-ID '<c55bf1f2d777c1294ff7.29223@client-b.example>'
Fri Nov 20 08:53:07 2026 Info: MID 1040610 Subject 'Welcome to the team!'
Fri Nov 20 08:53:07 2026 Info: MID 1040610 ready 3243264 bytes from <ida.cohen@client-b.example>
Fri Nov 20 08:53:07 2026 Info: ICID 416077 close
Fri Nov 20 08:53:07 2026 Info: MID 1040610 interim AV verdict using Sophos CLEAN
Fri Nov 20 08:53:07 2026 Info: MID 1040610 using engine: CASE spam negative
Fri Nov 20 08:53:07 2026 Info: MID 1040610 antivirus negative
Fri Nov 20 08:53:08 2026 Info: MID 1040610 DMARC: Verification passed
Fri Nov 20 08:53:08 2026 Info: MID 1040610 DKIM: pass signature verified (d=client-b.example s=s2 i=@client-b.example)
Fri Nov 20 08:53:08 2026 Info: MID 1040610 SPF: mailfrom identity ida.cohen@client-b.example Pass (v=spf1)
Fri Nov 20 08:53:08 2026 Info: MID 1040610 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 08:53:09 2026 Info: MID 1040610 attachment 'photo=2028606.heic'
Fri Nov 20 08:53:09 2026 Info: MID 1040610 AMP file reputation verdict : LOWRISK
Fri Nov 20 08:53:10 2026 Info: MID 1040610 queued for delivery
Fri Nov 20 08:53:11 2026 Info: New SMTP DCID 204084 interface 192.0.2.20 address 52.101.200.254 port 25
Fri Nov 20 08:53:11 2026 Info: DCID 204084 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 08:53:11 2026 Info: Delivery start DCID 204084 MID 1040610 to RID [0, 1, 2, 3, 4, 5]
Fri Nov 20 08:53:13 2026 Info: Message done DCID 204084 MID 1040610 to RID [0, 1, 2, 3, 4, 5]
Fri Nov 20 08:53:13 2026 Info: MID 1040610 RID [0, 1, 2, 3, 4, 5] Response '2.6.0 [InternalId=495641176578, Hostname=AM0PR01MB3134.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 08:53:13 2026 Info: Message finished MID 1040610 done
Fri Nov 20 08:53:13 2026 Info: DCID 204084 close
Fri Nov 20 09:11:02 2026 Info: New SMTP ICID 416078 interface IncomingMail (192.0.2.10) address 198.51.185.159 reverse dns host mail.logistics.example verified yes
Fri Nov 20 09:11:02 2026 Info: ICID 416078 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.2
Fri Nov 20 09:11:02 2026 Info: ICID 416078 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 09:11:02 2026 Info: Start MID 1040611 ICID 416078
Fri Nov 20 09:11:02 2026 Info: MID 1040611 ICID 416078 From: <mary.moreau@logistics.example>
Fri Nov 20 09:11:02 2026 Info: MID 1040611 ICID 416078 RID 0 To: <leo.dubois93@corp.example>
Fri Nov 20 09:11:02 2026 Info: MID 1040611 Message-ID '<799eecac7e7cc7d5339a.97395@logistics.example>'
Fri Nov 20 09:11:02 2026 Info: MID 1040611 Subject 'Budget 2027 – first numbers'
Fri Nov 20 09:11:02 2026 Info: MID 1040611 ready 706239 bytes from <mary.moreau@logistics.example>
Fri Nov 20 09:11:02 2026 Info: MID 1040611 using engine: CASE spam negative
Fri Nov 20 09:11:02 2026 Info: ICID 416078 close
Fri Nov 20 09:11:02 2026 Info: MID 1040611 SPF: mailfrom identity mary.moreau@logistics.example Pass (v=spf1)
Fri Nov 20 09:11:03 2026 Info: MID 1040611 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 09:11:03 2026 Info: MID 1040611 attachment 'budget_2026_v4.xlsx'
Fri Nov 20 09:11:03 2026 Info: File reputation query initiating. File Name = 'budget_2026_v4.xlsx', MID = 1040611, File Size = 523808 bytes, File Type = application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
Fri Nov 20 09:11:03 2026 Info: MID 1040611 AMP file reputation verdict : CLEAN
Fri Nov 20 09:11:03 2026 Info: Response received for file reputation query from Cloud. FileName = 'budget_2026_v4.xlsx', MID = 1040611, Disposition = CLEAN, Malware = None,Reputation Score = 0, sha256 =b20c393a12cbc16f2ed9a196957bb07c859561fa353f7f3eaa2bb6d4cd115b63, upload_action = 2
Fri Nov 20 09:11:04 2026 Info: MID 1040611 queued for delivery
Fri Nov 20 09:11:05 2026 Info: New SMTP DCID 204085 interface 192.0.2.20 address 52.101.55.62 port 25
Fri Nov 20 09:11:05 2026 Info: DCID 204085 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 09:11:05 2026 Info: Delivery start DCID 204085 MID 1040611 to RID [0]
Fri Nov 20 09:11:05 2026 Info: Message done DCID 204085 MID 1040611 to RID [0]
Fri Nov 20 09:11:05 2026 Info: MID 1040611 RID [0] Response '2.0.0 Ok: queued as 4TYaWJN3M2v4iSXd'
Fri Nov 20 09:11:05 2026 Info: DCID 204085 close
Fri Nov 20 09:11:05 2026 Info: Message finished MID 1040611 done
Fri Nov 20 09:18:51 2026 Info: New SMTP ICID 416079 interface IncomingMail (192.0.2.10) address 198.51.232.175 reverse dns host mail.paymnt-notice.example verified yes
Fri Nov 20 09:18:51 2026 Info: ICID 416079 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.8
Fri Nov 20 09:18:51 2026 Info: ICID 416079 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 09:18:52 2026 Info: Start MID 1040612 ICID 416079
Fri Nov 20 09:18:52 2026 Info: MID 1040612 ICID 416079 From: <accounts@paymnt-notice.example>
Fri Nov 20 09:18:52 2026 Info: MID 1040612 ICID 416079 RID 0 To: <emma.garcia@corp.example>
Fri Nov 20 09:18:52 2026 Info: MID 1040612 Message-ID '<e6f05d3020cac09a2d2d.85529@paymnt-notice.example>'
Fri Nov 20 09:18:52 2026 Info: MID 1040612 Subject 'Updated benefits for 2027'
Fri Nov 20 09:18:52 2026 Info: MID 1040612 ready 3642764 bytes from <accounts@paymnt-notice.example>
Fri Nov 20 09:18:52 2026 Info: MID 1040612 using engine: CASE spam negative
Fri Nov 20 09:18:52 2026 Info: MID 1040612 URL https://www.paymnt-notice.example/t/8e135fbab6 has reputation 7.9 matched Condition: URL Reputation Rule
Fri Nov 20 09:18:52 2026 Info: ICID 416079 close
Fri Nov 20 09:18:52 2026 Info: MID 1040612 SPF: mailfrom identity accounts@paymnt-notice.example Pass (v=spf1)
Fri Nov 20 09:18:53 2026 Info: MID 1040612 Outbreak Filters: verdict negative
Fri Nov 20 09:18:53 2026 Info: MID 1040612 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 09:18:54 2026 Info: MID 1040612 attachment 'Scan_2026-11-24.zip'
Fri Nov 20 09:18:54 2026 Info: File reputation query initiating. File Name = 'Scan_2026-11-24.zip', MID = 1040612, File Size = 533062 bytes, File Type = application/zip
Fri Nov 20 09:18:54 2026 Info: MID 1040612 attachment 'photo=2027553.heic'
Fri Nov 20 09:18:54 2026 Info: File reputation query initiating. File Name = 'photo 27553.heic', MID = 1040612, File Size = 2196582 bytes, File Type = image/heic
Fri Nov 20 09:18:54 2026 Info: MID 1040612 AMP file reputation verdict : CLEAN
Fri Nov 20 09:18:54 2026 Info: Response received for file reputation query from Cache. File Name = 'photo 27553.heic', MID = 1040612, Disposition = CLEAN, Malware = None, Reputation Score = 0, sha256 = 3d9a8079abd0d7fb1292618550e40d54712ea6b36471fde41f229dd06aa8b9e0, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Fri Nov 20 09:18:54 2026 Info: Response received for file reputation query from Cache. File Name = 'Scan_2026-11-24.zip', MID = 1040612, Disposition = CLEAN, Malware = None, Reputation Score = 0, sha256 = 3e9b768fae4001e3880cb401a050609804d2be09a0b558640cfff0548efba442, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Fri Nov 20 09:18:55 2026 Info: MID 1040612 queued for delivery
Fri Nov 20 09:18:58 2026 Info: New SMTP DCID 204086 interface 192.0.2.20 address 52.101.181.137 port 25
Fri Nov 20 09:18:58 2026 Info: DCID 204086 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 09:18:58 2026 Info: Delivery start DCID 204086 MID 1040612 to RID [0]
Fri Nov 20 09:18:59 2026 Info: Message done DCID 204086 MID 1040612 to RID [0]
Fri Nov 20 09:18:59 2026 Info: MID 1040612 RID [0] Response '2.6.0 [InternalId=576450712569, Hostname=AM0PR01MB3534.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 09:18:59 2026 Info: Message finished MID 1040612 done
Fri Nov 20 09:18:59 2026 Info: DCID 204086 close
Fri Nov 20 09:21:55 2026 Info: New SMTP ICID 416080 interface IncomingMail (192.0.2.10) address 198.51.191.192 reverse dns host mail.partner.example verified yes
Fri Nov 20 09:21:55 2026 Info: ICID 416080 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.2
Fri Nov 20 09:21:55 2026 Info: ICID 416080 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 09:21:55 2026 Info: Start MID 1040613 ICID 416080
Fri Nov 20 09:21:55 2026 Info: MID 1040613 ICID 416080 From: <ida.kim@partner.example>
Fri Nov 20 09:21:55 2026 Info: MID 1040613 ICID 416080 RID 0 To: <dan.okafor@corp.example>
Fri Nov 20 09:21:55 2026 Info: New SMTP ICID 416081 interface IncomingMail (192.0.2.10) address 198.51.67.118 reverse dns host mail.partner.example verified yes
Fri Nov 20 09:21:55 2026 Info: ICID 416081 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.5
Fri Nov 20 09:21:55 2026 Info: ICID 416081 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 09:21:55 2026 Info: Start MID 1040614 ICID 416081
Fri Nov 20 09:21:55 2026 Info: MID 1040614 ICID 416081 From: <ida.kim@partner.example>
Fri Nov 20 09:21:55 2026 Info: MID 1040614 ICID 416081 RID 0 To: <eva.kowalski@corp.example>
Fri Nov 20 09:21:56 2026 Info: MID 1040613 Message-ID '<238902c17366551467e6.75278@partner.example>'
Fri Nov 20 09:21:56 2026 Info: MID 1040613 Subject 'The "new" travel policy'
Fri Nov 20 09:21:56 2026 Info: MID 1040613 ready 37534 bytes from <ida.kim@partner.example>
Fri Nov 20 09:21:56 2026 Info: ICID 416080 close
Fri Nov 20 09:21:56 2026 Info: MID 1040613 using engine: CASE spam negative
Fri Nov 20 09:21:56 2026 Info: MID 1040613 DKIM: pass signature verified (d=partner.example s=s6 i=@partner.example)
Fri Nov 20 09:21:56 2026 Info: MID 1040613 DMARC: Verification passed
Fri Nov 20 09:21:56 2026 Info: MID 1040614 Message-ID '<9e73f545129493c82361.67551@partner.example>'
Fri Nov 20 09:21:56 2026 Info: MID 1040614 Subject 'Candidate CV 99520'
Fri Nov 20 09:21:56 2026 Info: MID 1040614 ready 16993 bytes from <ida.kim@partner.example>
Fri Nov 20 09:21:56 2026 Info: MID 1040613 interim AV verdict using Sophos CLEAN
Fri Nov 20 09:21:56 2026 Info: MID 1040613 SPF: mailfrom identity ida.kim@partner.example Pass (v=spf1)
Fri Nov 20 09:21:56 2026 Info: MID 1040614 DKIM: pass signature verified (d=partner.example s=s9 i=@partner.example)
Fri Nov 20 09:21:56 2026 Info: MID 1040614 SPF: mailfrom identity ida.kim@partner.example Pass (v=spf1)
Fri Nov 20 09:21:56 2026 Info: MID 1040613 antivirus negative
Fri Nov 20 09:21:56 2026 Info: MID 1040614 using engine: CASE spam negative
Fri Nov 20 09:21:56 2026 Info: MID 1040614 antivirus negative
Fri Nov 20 09:21:56 2026 Info: ICID 416081 close
Fri Nov 20 09:21:56 2026 Info: MID 1040614 interim AV verdict using Sophos CLEAN
Fri Nov 20 09:21:56 2026 Info: MID 1040614 DMARC: Verification passed
Fri Nov 20 09:21:56 2026 Info: MID 1040613 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 09:21:57 2026 Info: MID 1040613 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 09:21:57 2026 Info: MID 1040614 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 09:21:57 2026 Info: MID 1040614 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 09:21:57 2026 Info: MID 1040613 queued for delivery
Fri Nov 20 09:21:58 2026 Info: MID 1040614 queued for delivery
Fri Nov 20 09:22:01 2026 Info: New SMTP DCID 204088 interface 192.0.2.20 address 52.101.56.130 port 25
Fri Nov 20 09:22:01 2026 Info: DCID 204088 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 09:22:01 2026 Info: Delivery start DCID 204088 MID 1040614 to RID [0]
Fri Nov 20 09:22:01 2026 Info: New SMTP DCID 204087 interface 192.0.2.20 address 52.101.42.75 port 25
Fri Nov 20 09:22:01 2026 Info: DCID 204087 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 09:22:01 2026 Info: Delivery start DCID 204087 MID 1040613 to RID [0]
Fri Nov 20 09:22:02 2026 Info: Message done DCID 204087 MID 1040613 to RID [0]
Fri Nov 20 09:22:02 2026 Info: MID 1040613 RID [0] Response '2.6.0 [InternalId=659549059463, Hostname=AM0PR01MB1662.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 09:22:02 2026 Info: Message finished MID 1040613 done
Fri Nov 20 09:22:02 2026 Info: DCID 204087 close
Fri Nov 20 09:22:03 2026 Info: Message done DCID 204088 MID 1040614 to RID [0]
Fri Nov 20 09:22:03 2026 Info: MID 1040614 RID [0] Response '2.6.0 [InternalId=264576626838, Hostname=AM0PR01MB2021.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 09:22:03 2026 Info: Message finished MID 1040614 done
Fri Nov 20 09:22:03 2026 Info: DCID 204088 close
Fri Nov 20 09:29:45 2026 Info: New SMTP ICID 416082 interface IncomingMail (192.0.2.10) address 198.51.153.215 reverse dns host mail.paymnt-notice.example verified yes
Fri Nov 20 09:29:45 2026 Info: ICID 416082 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.9
Fri Nov 20 09:29:45 2026 Info: ICID 416082 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 09:29:45 2026 Info: Start MID 1040615 ICID 416082
Fri Nov 20 09:29:45 2026 Info: MID 1040615 ICID 416082 From: <accounts@paymnt-notice.example>
Fri Nov 20 09:29:45 2026 Info: MID 1040615 ICID 416082 RID 0 To: <lena.novak@corp.example>
Fri Nov 20 09:29:45 2026 Info: MID 1040615 ICID 416082 RID 1 To: <raj.tanaka@corp-legacy.example>
Fri Nov 20 09:29:46 2026 Info: MID 1040615 Message-ID '<69dc1d61ca1d06762d64.50559@paymnt-notice.example>'
Fri Nov 20 09:29:46 2026 Info: MID 1040615 Subject 'Updated benefits for 2027'
Fri Nov 20 09:29:46 2026 Info: MID 1040615 ready 732079 bytes from <accounts@paymnt-notice.example>
Fri Nov 20 09:29:46 2026 Info: MID 1040615 using engine: CASE spam negative
Fri Nov 20 09:29:46 2026 Info: MID 1040615 DMARC: Verification passed
Fri Nov 20 09:29:46 2026 Info: MID 1040615 DKIM: pass signature verified (d=paymnt-notice.example s=s8 i=@paymnt-notice.example)
Fri Nov 20 09:29:46 2026 Info: ICID 416082 close
Fri Nov 20 09:29:46 2026 Info: MID 1040615 antivirus negative
Fri Nov 20 09:29:46 2026 Info: MID 1040615 interim AV verdict using Sophos CLEAN
Fri Nov 20 09:29:46 2026 Info: MID 1040615 SPF: mailfrom identity accounts@paymnt-notice.example Pass (v=spf1)
Fri Nov 20 09:29:47 2026 Info: MID 1040615 was split creating MID 1040616 due to a per-recipient policy DEFAULT in the inbound table
Fri Nov 20 09:29:47 2026 Info: MID 1040616 ICID 0 From: <accounts@paymnt-notice.example>
Fri Nov 20 09:29:47 2026 Info: MID 1040616 ICID 0 RID 0 To: <raj.tanaka@corp-legacy.example>
Fri Nov 20 09:29:47 2026 Info: MID 1040616 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 09:29:47 2026 Info: MID 1040616 AMP file reputation verdict : CLEAN
Fri Nov 20 09:29:47 2026 Info: MID 1040615 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 09:29:47 2026 Info: MID 1040615 attachment 'Scan_2026-11-24.zip'
Fri Nov 20 09:29:47 2026 Info: MID 1040615 AMP file reputation verdict : CLEAN
Fri Nov 20 09:29:49 2026 Info: MID 1040616 queued for delivery
Fri Nov 20 09:29:49 2026 Info: MID 1040615 queued for delivery
Fri Nov 20 09:29:50 2026 Info: New SMTP DCID 204090 interface 192.0.2.20 address 10.30.0.25 port 25
Fri Nov 20 09:29:50 2026 Info: DCID 204090 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 09:29:50 2026 Info: Delivery start DCID 204090 MID 1040616 to RID [0]
Fri Nov 20 09:29:51 2026 Info: Message done DCID 204090 MID 1040616 to RID [0]
Fri Nov 20 09:29:51 2026 Info: MID 1040616 RID [0] Response '2.0.0 Ok: queued as NNyJoAeCneMMJ8eC'
Fri Nov 20 09:29:51 2026 Info: Message finished MID 1040616 done
Fri Nov 20 09:29:51 2026 Info: DCID 204090 close
Fri Nov 20 09:29:53 2026 Info: New SMTP DCID 204089 interface 192.0.2.20 address 52.101.43.78 port 25
Fri Nov 20 09:29:53 2026 Info: DCID 204089 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 09:29:53 2026 Info: Delivery start DCID 204089 MID 1040615 to RID [0]
Fri Nov 20 09:29:55 2026 Info: Message done DCID 204089 MID 1040615 to RID [0]
Fri Nov 20 09:29:55 2026 Info: MID 1040615 RID [0] Response '2.6.0 [InternalId=366905675554, Hostname=AM0PR01MB6263.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 09:29:55 2026 Info: Message finished MID 1040615 done
Fri Nov 20 09:29:55 2026 Info: DCID 204089 close
Fri Nov 20 09:43:59 2026 Info: New SMTP ICID 416083 interface IncomingMail (192.0.2.10) address 198.51.76.184 reverse dns host mail.client-a.example verified yes
Fri Nov 20 09:43:59 2026 Info: ICID 416083 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.5
Fri Nov 20 09:43:59 2026 Info: ICID 416083 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 09:43:59 2026 Info: Start MID 1040617 ICID 416083
Fri Nov 20 09:43:59 2026 Info: MID 1040617 ICID 416083 From: <ida.obrien@client-a.example>
Fri Nov 20 09:43:59 2026 Info: MID 1040617 ICID 416083 RID 0 To: <sara.novak23@corp.example>
Fri Nov 20 09:43:59 2026 Info: MID 1040617 ICID 416083 RID 1 To: <leo.dubois@corp.example>
Fri Nov 20 09:44:00 2026 Info: MID 1040617 Message-ID '<000d95d51b9533b9eb7c.87633@client-a.example>'
Fri Nov 20 09:44:00 2026 Info: MID 1040617 Subject 'Meeting notes'
Fri Nov 20 09:44:00 2026 Info: MID 1040617 ready 284022 bytes from <ida.obrien@client-a.example>
Fri Nov 20 09:44:00 2026 Info: MID 1040617 URL https://www.client-a.example/t/4105c40d24 has reputation 4.5 matched Condition: URL Reputation Rule
Fri Nov 20 09:44:00 2026 Info: MID 1040617 Outbreak Filters: verdict negative
Fri Nov 20 09:44:00 2026 Info: ICID 416083 close
Fri Nov 20 09:44:00 2026 Info: MID 1040617 SPF: mailfrom identity ida.obrien@client-a.example Pass (v=spf1)
Fri Nov 20 09:44:00 2026 Info: MID 1040617 using engine: CASE spam negative
Fri Nov 20 09:44:01 2026 Info: MID 1040617 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 09:44:01 2026 Info: MID 1040617 attachment 'minutes-18990.docx'
Fri Nov 20 09:44:01 2026 Info: MID 1040617 AMP file reputation verdict : UNKNOWN
Fri Nov 20 09:44:03 2026 Info: MID 1040617 queued for delivery
Fri Nov 20 09:44:05 2026 Info: New SMTP DCID 204091 interface 192.0.2.20 address 52.101.134.185 port 25
Fri Nov 20 09:44:05 2026 Info: DCID 204091 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 09:44:05 2026 Info: Delivery start DCID 204091 MID 1040617 to RID [0, 1]
Fri Nov 20 09:44:06 2026 Info: Message done DCID 204091 MID 1040617 to RID [0, 1]
Fri Nov 20 09:44:06 2026 Info: MID 1040617 RID [0, 1] Response '2.6.0 [InternalId=605926760718, Hostname=AM0PR01MB2972.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 09:44:06 2026 Info: Message finished MID 1040617 done
Fri Nov 20 09:44:06 2026 Info: DCID 204091 close
Fri Nov 20 10:10:26 2026 Info: New SMTP ICID 416084 interface IncomingMail (192.0.2.10) address 198.51.27.132 reverse dns host mail.client-a.example verified yes
Fri Nov 20 10:10:26 2026 Info: ICID 416084 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.0
Fri Nov 20 10:10:26 2026 Info: ICID 416084 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 10:10:26 2026 Info: Start MID 1040618 ICID 416084
Fri Nov 20 10:10:26 2026 Info: MID 1040618 ICID 416084 From: <ida.obrien@client-a.example>
Fri Nov 20 10:10:26 2026 Info: MID 1040618 ICID 416084 RID 0 To: <yuki.ivanova@corp.example>
Fri Nov 20 10:10:27 2026 Info: MID 1040618 Message-ID "<o'brien.d9ebe0e7d3c4@client-a.example>"
Fri Nov 20 10:10:27 2026 Info: MID 1040618 Subject 'Re: Re: Re: hiring plan'
Fri Nov 20 10:10:27 2026 Info: MID 1040618 ready 16082 bytes from <ida.obrien@client-a.example>
Fri Nov 20 10:10:27 2026 Info: MID 1040618 antivirus negative
Fri Nov 20 10:10:27 2026 Info: MID 1040618 SPF: mailfrom identity ida.obrien@client-a.example Pass (v=spf1)
Fri Nov 20 10:10:27 2026 Info: ICID 416084 close
Fri Nov 20 10:10:27 2026 Info: MID 1040618 DKIM: pass signature verified (d=client-a.example s=s7 i=@client-a.example)
Fri Nov 20 10:10:27 2026 Info: MID 1040618 interim AV verdict using Sophos CLEAN
Fri Nov 20 10:10:27 2026 Info: MID 1040618 using engine: CASE spam negative
Fri Nov 20 10:10:27 2026 Info: MID 1040618 DMARC: Verification passed
Fri Nov 20 10:10:27 2026 Info: MID 1040618 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 10:10:28 2026 Info: MID 1040618 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 10:10:28 2026 Info: MID 1040618 queued for delivery
Fri Nov 20 10:10:32 2026 Info: New SMTP DCID 204092 interface 192.0.2.20 address 52.101.247.112 port 25
Fri Nov 20 10:10:32 2026 Info: DCID 204092 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 10:10:32 2026 Info: Delivery start DCID 204092 MID 1040618 to RID [0]
Fri Nov 20 10:10:34 2026 Info: Message done DCID 204092 MID 1040618 to RID [0]
Fri Nov 20 10:10:34 2026 Info: MID 1040618 RID [0] Response '2.6.0 [InternalId=607528034689, Hostname=AM0PR01MB1477.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 10:10:34 2026 Info: Message finished MID 1040618 done
Fri Nov 20 10:10:34 2026 Info: DCID 204092 close
Fri Nov 20 10:14:13 2026 Info: New SMTP ICID 416085 interface IncomingMail (192.0.2.10) address 198.51.186.187 reverse dns host mail.gmail.example verified yes
Fri Nov 20 10:14:13 2026 Info: ICID 416085 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.8
Fri Nov 20 10:14:13 2026 Info: ICID 416085 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 10:14:13 2026 Info: Start MID 1040619 ICID 416085
Fri Nov 20 10:14:13 2026 Info: MID 1040619 ICID 416085 From: <marc.mendes@gmail.example>
Fri Nov 20 10:14:13 2026 Info: MID 1040619 ICID 416085 RID 0 To: <lucia.okafor@corp.example>
Fri Nov 20 10:14:14 2026 Info: MID 1040619 Message-ID "<o'hara.d0c0a6e6d2d3@gmail.example>"
Fri Nov 20 10:14:14 2026 Info: MID 1040619 Subject 'Re: project timeline'
Fri Nov 20 10:14:14 2026 Info: MID 1040619 ready 68889 bytes from <marc.mendes@gmail.example>
Fri Nov 20 10:14:14 2026 Info: ICID 416085 close
Fri Nov 20 10:14:14 2026 Info: MID 1040619 DMARC: Verification passed
Fri Nov 20 10:14:14 2026 Info: MID 1040619 SPF: mailfrom identity marc.mendes@gmail.example Pass (v=spf1)
Fri Nov 20 10:14:14 2026 Info: MID 1040619 using engine: CASE spam negative
Fri Nov 20 10:14:14 2026 Info: MID 1040619 DKIM: pass signature verified (d=gmail.example s=s8 i=@gmail.example)
Fri Nov 20 10:14:15 2026 Info: MID 1040619 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 10:14:15 2026 Info: MID 1040619 attachment 'invoice_44952.pdf'
Fri Nov 20 10:14:15 2026 Info: MID 1040619 AMP file reputation verdict : UNKNOWN
Fri Nov 20 10:14:17 2026 Info: New SMTP ICID 416086 interface IncomingMail (192.0.2.10) address 198.51.119.170 reverse dns host mail.logistics.example verified yes
Fri Nov 20 10:14:17 2026 Info: ICID 416086 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.5
Fri Nov 20 10:14:17 2026 Info: ICID 416086 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 10:14:17 2026 Info: MID 1040619 queued for delivery
Fri Nov 20 10:14:17 2026 Info: Start MID 1040620 ICID 416086
Fri Nov 20 10:14:17 2026 Info: MID 1040620 ICID 416086 From: <yuki.sato@logistics.example>
Fri Nov 20 10:14:17 2026 Info: MID 1040620 ICID 416086 RID 0 To: <kofi.nguyen@corp.example>
Fri Nov 20 10:14:18 2026 Info: MID 1040620 Message-ID '<6712854eefa3a38a3d8e.50205@logistics.example>'
Fri Nov 20 10:14:18 2026 Info: MID 1040620 Subject 'Price list 19374'
Fri Nov 20 10:14:18 2026 Info: MID 1040620 ready 23472 bytes from <yuki.sato@logistics.example>
Fri Nov 20 10:14:18 2026 Info: MID 1040620 DMARC: Verification passed
Fri Nov 20 10:14:18 2026 Info: MID 1040620 using engine: CASE spam negative
Fri Nov 20 10:14:18 2026 Info: MID 1040620 SPF: mailfrom identity yuki.sato@logistics.example Pass (v=spf1)
Fri Nov 20 10:14:18 2026 Info: ICID 416086 close
Fri Nov 20 10:14:18 2026 Info: MID 1040620 DKIM: pass signature verified (d=logistics.example s=s2 i=@logistics.example)
Fri Nov 20 10:14:19 2026 Info: MID 1040620 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 10:14:19 2026 Info: MID 1040620 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 10:14:20 2026 Info: New SMTP ICID 416087 interface IncomingMail (192.0.2.10) address 198.51.221.158 reverse dns host mail.travel.example verified yes
Fri Nov 20 10:14:20 2026 Info: ICID 416087 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.1
Fri Nov 20 10:14:20 2026 Info: ICID 416087 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 10:14:20 2026 Info: Start MID 1040621 ICID 416087
Fri Nov 20 10:14:20 2026 Info: MID 1040621 ICID 416087 From: <ines.kowalski@travel.example>
Fri Nov 20 10:14:20 2026 Info: MID 1040621 ICID 416087 RID 0 To: <leo.dubois@corp.example>
Fri Nov 20 10:14:20 2026 Info: New SMTP DCID 204093 interface 192.0.2.20 address 52.101.18.85 port 25
Fri Nov 20 10:14:20 2026 Info: DCID 204093 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 10:14:20 2026 Info: Delivery start DCID 204093 MID 1040619 to RID [0]
Fri Nov 20 10:14:21 2026 Info: MID 1040621 Message-ID '<CACg-7rzBznOCtEhBqC=zDA=30g2x3SFfn8jOBL=Ar+g@mail.travel.example>'
Fri Nov 20 10:14:21 2026 Info: MID 1040621 Subject 'Quarterly report'
Fri Nov 20 10:14:21 2026 Info: MID 1040621 ready 41195 bytes from <ines.kowalski@travel.example>
Fri Nov 20 10:14:21 2026 Info: MID 1040621 interim AV verdict using Sophos CLEAN
Fri Nov 20 10:14:21 2026 Info: ICID 416087 close
Fri Nov 20 10:14:21 2026 Info: MID 1040621 antivirus negative
Fri Nov 20 10:14:21 2026 Info: MID 1040621 DKIM: pass signature verified (d=travel.example s=s3 i=@travel.example)
Fri Nov 20 10:14:21 2026 Info: MID 1040621 DMARC: Verification passed
Fri Nov 20 10:14:21 2026 Info: MID 1040621 SPF: mailfrom identity ines.kowalski@travel.example Pass (v=spf1)
Fri Nov 20 10:14:21 2026 Info: MID 1040621 using engine: CASE spam negative
Fri Nov 20 10:14:21 2026 Info: MID 1040620 queued for delivery
Fri Nov 20 10:14:21 2026 Info: Message done DCID 204093 MID 1040619 to RID [0]
Fri Nov 20 10:14:21 2026 Info: MID 1040619 RID [0] Response '2.6.0 [InternalId=518778749204, Hostname=AM0PR01MB5699.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 10:14:21 2026 Info: Message finished MID 1040619 done
Fri Nov 20 10:14:22 2026 Info: DCID 204093 close
Fri Nov 20 10:14:22 2026 Info: MID 1040621 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 10:14:22 2026 Info: MID 1040621 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 10:14:23 2026 Info: MID 1040621 queued for delivery
Fri Nov 20 10:14:24 2026 Info: New SMTP DCID 204094 interface 192.0.2.20 address 52.101.160.138 port 25
Fri Nov 20 10:14:24 2026 Info: DCID 204094 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 10:14:24 2026 Info: Delivery start DCID 204094 MID 1040620 to RID [0]
Fri Nov 20 10:14:25 2026 Info: New SMTP DCID 204095 interface 192.0.2.20 address 52.101.226.253 port 25
Fri Nov 20 10:14:25 2026 Info: DCID 204095 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 10:14:25 2026 Info: Delivery start DCID 204095 MID 1040621 to RID [0]
Fri Nov 20 10:14:26 2026 Info: Message done DCID 204094 MID 1040620 to RID [0]
Fri Nov 20 10:14:26 2026 Info: MID 1040620 RID [0] Response '2.6.0 [InternalId=243938472235, Hostname=AM0PR01MB6148.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 10:14:26 2026 Info: DCID 204094 close
Fri Nov 20 10:14:26 2026 Info: Message finished MID 1040620 done
Fri Nov 20 10:14:27 2026 Info: Message done DCID 204095 MID 1040621 to RID [0]
Fri Nov 20 10:14:27 2026 Info: MID 1040621 RID [0] Response '2.6.0 [InternalId=264117986784, Hostname=AM0PR01MB1918.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 10:14:27 2026 Info: Message finished MID 1040621 done
Fri Nov 20 10:14:27 2026 Info: DCID 204095 close
Fri Nov 20 11:52:48 2026 Info: New SMTP ICID 416088 interface IncomingMail (192.0.2.10) address 198.51.163.29 reverse dns host mail.cloudapp.example verified yes
Fri Nov 20 11:52:48 2026 Info: ICID 416088 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.2
Fri Nov 20 11:52:48 2026 Info: ICID 416088 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 11:52:48 2026 Info: Start MID 1040622 ICID 416088
Fri Nov 20 11:52:48 2026 Info: MID 1040622 ICID 416088 From: <li.walsh@cloudapp.example>
Fri Nov 20 11:52:48 2026 Info: MID 1040622 ICID 416088 RID 0 To: <kofi.moreau@corp.example>
Fri Nov 20 11:52:49 2026 Info: MID 1040622 Message-ID '<CAdoGH-zJ-dN6aPi-QojBGUyuGp1LimnOul_OOIsbktK@mail.cloudapp.example>'
Fri Nov 20 11:52:49 2026 Info: MID 1040622 Subject 'Invoice 72001'
Fri Nov 20 11:52:49 2026 Info: MID 1040622 ready 18764 bytes from <li.walsh@cloudapp.example>
Fri Nov 20 11:52:49 2026 Info: MID 1040622 interim AV verdict using Sophos CLEAN
Fri Nov 20 11:52:49 2026 Info: MID 1040622 DMARC: Verification passed
Fri Nov 20 11:52:49 2026 Info: ICID 416088 close
Fri Nov 20 11:52:49 2026 Info: MID 1040622 using engine: CASE spam negative
Fri Nov 20 11:52:49 2026 Info: MID 1040622 SPF: mailfrom identity li.walsh@cloudapp.example Pass (v=spf1)
Fri Nov 20 11:52:49 2026 Info: MID 1040622 DKIM: pass signature verified (d=cloudapp.example s=s9 i=@cloudapp.example)
Fri Nov 20 11:52:49 2026 Info: MID 1040622 antivirus negative
Fri Nov 20 11:52:50 2026 Info: MID 1040622 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 11:52:50 2026 Info: MID 1040622 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 11:52:51 2026 Info: MID 1040622 queued for delivery
Fri Nov 20 11:52:52 2026 Info: New SMTP DCID 204096 interface 192.0.2.20 address 52.101.163.234 port 25
Fri Nov 20 11:52:52 2026 Info: DCID 204096 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 11:52:52 2026 Info: Delivery start DCID 204096 MID 1040622 to RID [0]
Fri Nov 20 11:52:52 2026 Info: Message done DCID 204096 MID 1040622 to RID [0]
Fri Nov 20 11:52:52 2026 Info: MID 1040622 RID [0] Response '2.0.0 Ok: queued as LqZdy5S7FYMEcnw6'
Fri Nov 20 11:52:52 2026 Info: DCID 204096 close
Fri Nov 20 11:52:52 2026 Info: Message finished MID 1040622 done
Fri Nov 20 12:09:34 2026 Info: New SMTP ICID 416089 interface IncomingMail (192.0.2.10) address 198.51.88.203 reverse dns host mail.client-b.example verified yes
Fri Nov 20 12:09:34 2026 Info: ICID 416089 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.3
Fri Nov 20 12:09:34 2026 Info: ICID 416089 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 12:09:34 2026 Info: Start MID 1040623 ICID 416089
Fri Nov 20 12:09:34 2026 Info: MID 1040623 ICID 416089 From: <noah.ivanova@client-b.example>
Fri Nov 20 12:09:34 2026 Info: MID 1040623 ICID 416089 RID 0 To: <omar.weber@corp.example>
Fri Nov 20 12:09:34 2026 Info: New SMTP ICID 416090 interface IncomingMail (192.0.2.10) address 198.51.100.200 reverse dns host mail.bank.example verified yes
Fri Nov 20 12:09:34 2026 Info: ICID 416090 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.1
Fri Nov 20 12:09:34 2026 Info: ICID 416090 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 12:09:34 2026 Info: Start MID 1040625 ICID 416090
Fri Nov 20 12:09:34 2026 Info: MID 1040625 ICID 416090 From: <sofia.walsh@bank.example>
Fri Nov 20 12:09:34 2026 Info: MID 1040625 ICID 416090 RID 0 To: <Marc.Kowalski@Corp.Example>
Fri Nov 20 12:09:34 2026 Info: MID 1040625 ICID 416090 RID 1 To: <ravi.nguyen48@corp.example>
Fri Nov 20 12:09:34 2026 Info: MID 1040625 ICID 416090 RID 2 To: <sara.novak23@corp.example>
Fri Nov 20 12:09:35 2026 Info: MID 1040623 Message-ID '<c509d44ef80eee1a21bb.97406@client-b.example>'
Fri Nov 20 12:09:35 2026 Info: MID 1040623 Subject 'FW: contract draft'
Fri Nov 20 12:09:35 2026 Info: MID 1040623 ready 5537 bytes from <noah.ivanova@client-b.example>
Fri Nov 20 12:09:35 2026 Info: MID 1040623 SPF: mailfrom identity noah.ivanova@client-b.example Pass (v=spf1)
Fri Nov 20 12:09:35 2026 Info: MID 1040623 URL https://www.client-b.example/t/314146df0b has reputation 4.5 matched Condition: URL Reputation Rule
Fri Nov 20 12:09:35 2026 Info: ICID 416089 close
Fri Nov 20 12:09:35 2026 Info: MID 1040625 Message-ID '<173d80481de28f42bbf6.37279@bank.example>'
Fri Nov 20 12:09:35 2026 Info: MID 1040625 Subject 'Candidate CV 11313'
Fri Nov 20 12:09:35 2026 Info: MID 1040625 ready 33437 bytes from <sofia.walsh@bank.example>
Fri Nov 20 12:09:35 2026 Info: MID 1040623 using engine: CASE spam negative
Fri Nov 20 12:09:35 2026 Info: MID 1040623 Outbreak Filters: verdict negative
Fri Nov 20 12:09:35 2026 Info: MID 1040625 interim AV verdict using Sophos CLEAN
Fri Nov 20 12:09:35 2026 Info: MID 1040625 antivirus negative
Fri Nov 20 12:09:35 2026 Info: MID 1040625 using engine: CASE spam negative
Fri Nov 20 12:09:35 2026 Info: MID 1040625 DMARC: Verification passed
Fri Nov 20 12:09:35 2026 Info: MID 1040625 DKIM: pass signature verified (d=bank.example s=s3 i=@bank.example)
Fri Nov 20 12:09:35 2026 Info: ICID 416090 close
Fri Nov 20 12:09:35 2026 Info: MID 1040625 SPF: mailfrom identity sofia.walsh@bank.example Pass (v=spf1)
Fri Nov 20 12:09:36 2026 Info: MID 1040625 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 12:09:36 2026 Info: MID 1040625 attachment 'image001.png'
Fri Nov 20 12:09:36 2026 Info: File reputation query initiating. File Name = 'image001.png', MID = 1040625, File Size = 19728 bytes, File Type = image/png
Fri Nov 20 12:09:36 2026 Info: MID 1040625 AMP file reputation verdict : CLEAN
Fri Nov 20 12:09:36 2026 Info: Response received for file reputation query from Cache. File Name = image001.png, MID = 1040625, Disposition = CLEAN, Malware = None, Analysis Score = 5, sha256 = 2d8ad8c0ac127e938005ce74721888ff4a3adf9934b3ff60c26e7a4287f53ddd, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Fri Nov 20 12:09:36 2026 Info: MID 1040623 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 12:09:37 2026 Info: MID 1040623 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 12:09:37 2026 Info: MID 1040625 queued for delivery
Fri Nov 20 12:09:38 2026 Info: MID 1040623 queued for delivery
Fri Nov 20 12:09:38 2026 Info: MID 1040624 was generated based on MID 1040623 by bcc filter 'Finance_Archive'
Fri Nov 20 12:09:38 2026 Info: MID 1040624 ICID 0 From: <noah.ivanova@client-b.example>
Fri Nov 20 12:09:38 2026 Info: MID 1040624 ICID 0 RID 0 To: <finance-archive@corp.example>
Fri Nov 20 12:09:38 2026 Info: MID 1040624 Message-ID '<c509d44ef80eee1a21bb.97406@client-b.example>'
Fri Nov 20 12:09:38 2026 Info: MID 1040624 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 12:09:38 2026 Info: MID 1040624 queued for delivery
Fri Nov 20 12:09:38 2026 Info: New SMTP DCID 204097 interface 192.0.2.20 address 52.101.236.132 port 25
Fri Nov 20 12:09:38 2026 Info: DCID 204097 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 12:09:38 2026 Info: Delivery start DCID 204097 MID 1040623 to RID [0]
Fri Nov 20 12:09:39 2026 Info: New SMTP DCID 204098 interface 192.0.2.20 address 52.101.114.181 port 25
Fri Nov 20 12:09:39 2026 Info: DCID 204098 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 12:09:39 2026 Info: Delivery start DCID 204098 MID 1040624 to RID [0]
Fri Nov 20 12:09:40 2026 Info: Message done DCID 204098 MID 1040624 to RID [0]
Fri Nov 20 12:09:40 2026 Info: MID 1040624 RID [0] Response '2.0.0 Ok: queued as GRrWrcfMcXYxWAmU'
Fri Nov 20 12:09:40 2026 Info: DCID 204098 close
Fri Nov 20 12:09:40 2026 Info: Message finished MID 1040624 done
Fri Nov 20 12:09:40 2026 Info: New SMTP DCID 204099 interface 192.0.2.20 address 52.101.231.81 port 25
Fri Nov 20 12:09:40 2026 Info: DCID 204099 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 12:09:40 2026 Info: Delivery start DCID 204099 MID 1040625 to RID [0, 1, 2]
Fri Nov 20 12:09:41 2026 Info: Message done DCID 204097 MID 1040623 to RID [0]
Fri Nov 20 12:09:41 2026 Info: MID 1040623 RID [0] Response '2.6.0 [InternalId=615569486330, Hostname=AM0PR01MB8185.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 12:09:41 2026 Info: Message finished MID 1040623 done
Fri Nov 20 12:09:41 2026 Info: DCID 204097 close
Fri Nov 20 12:09:42 2026 Info: Bounced: DCID 204099 MID 1040625 From: <sofia.walsh@bank.example> To: <Marc.Kowalski@Corp.Example> RID 0 - 5.2.2 - Mailbox full ('552', ['5.2.2 <Marc.Kowalski@Corp.Example>: Mailbox full; quota exceeded'])
Fri Nov 20 12:09:42 2026 Info: Message done DCID 204099 MID 1040625 to RID [1, 2]
Fri Nov 20 12:09:42 2026 Info: MID 1040625 RID [1, 2] Response '2.6.0 [InternalId=871124747767, Hostname=AM0PR01MB3934.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 12:09:42 2026 Info: Message finished MID 1040625 done
Fri Nov 20 12:09:42 2026 Info: DCID 204099 close
Fri Nov 20 12:09:43 2026 Info: Start MID 1040626 ICID 0
Fri Nov 20 12:09:43 2026 Info: MID 1040626 was generated for bounce of MID 1040625
Fri Nov 20 12:09:43 2026 Info: MID 1040626 ICID 0 From: <>
Fri Nov 20 12:09:43 2026 Info: MID 1040626 ICID 0 RID 0 To: <sofia.walsh@bank.example>
Fri Nov 20 12:09:43 2026 Info: MID 1040626 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 12:09:43 2026 Info: MID 1040626 ready 5600 bytes from <>
Fri Nov 20 12:09:43 2026 Info: MID 1040626 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 12:09:43 2026 Info: MID 1040626 queued for delivery
Fri Nov 20 12:09:44 2026 Info: New SMTP DCID 204100 interface 192.0.2.20 address 203.0.113.76 port 25
Fri Nov 20 12:09:44 2026 Info: DCID 204100 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 12:09:44 2026 Info: Delivery start DCID 204100 MID 1040626 to RID [0]
Fri Nov 20 12:09:45 2026 Info: Message done DCID 204100 MID 1040626 to RID [0]
Fri Nov 20 12:09:45 2026 Info: MID 1040626 RID [0] Response '2.0.0 Ok: queued as TeiEodsFQKT2wPTQ'
Fri Nov 20 12:09:45 2026 Info: Message finished MID 1040626 done
Fri Nov 20 12:09:45 2026 Info: DCID 204100 close
Fri Nov 20 12:13:05 2026 Info: New SMTP ICID 416091 interface IncomingMail (192.0.2.10) address 198.51.62.32 reverse dns host mail.logistics.example verified yes
Fri Nov 20 12:13:05 2026 Info: ICID 416091 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.3
Fri Nov 20 12:13:05 2026 Info: ICID 416091 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 12:13:05 2026 Info: Start MID 1040627 ICID 416091
Fri Nov 20 12:13:05 2026 Info: MID 1040627 ICID 416091 From: <yuki.sato@logistics.example>
Fri Nov 20 12:13:05 2026 Info: MID 1040627 ICID 416091 RID 0 To: <ravi.obrien@corp-mail.example>
Fri Nov 20 12:13:05 2026 Info: MID 1040627 ICID 416091 RID 1 To: <raj.tanaka@corp-legacy.example>
Fri Nov 20 12:13:06 2026 Info: MID 1040627 Message-ID '<53db49b5f0daf59ff7a7.43602@logistics.example>'
Fri Nov 20 12:13:06 2026 Info: MID 1040627 Subject 'The "new" travel policy'
Fri Nov 20 12:13:06 2026 Info: MID 1040627 ready 3524 bytes from <yuki.sato@logistics.example>
Fri Nov 20 12:13:06 2026 Info: MID 1040627 URL https://www.logistics.example/t/2ee5d949ea has reputation 4.5 matched Condition: URL Reputation Rule
Fri Nov 20 12:13:06 2026 Info: MID 1040627 using engine: CASE spam negative
Fri Nov 20 12:13:06 2026 Info: ICID 416091 close
Fri Nov 20 12:13:06 2026 Info: MID 1040627 SPF: mailfrom identity yuki.sato@logistics.example Pass (v=spf1)
Fri Nov 20 12:13:07 2026 Info: MID 1040627 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 12:13:07 2026 Info: MID 1040627 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 12:13:08 2026 Info: MID 1040627 queued for delivery
Fri Nov 20 12:13:09 2026 Info: New SMTP DCID 204101 interface 192.0.2.20 address 52.101.53.100 port 25
Fri Nov 20 12:13:09 2026 Info: DCID 204101 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 12:13:09 2026 Info: Delivery start DCID 204101 MID 1040627 to RID [0]
Fri Nov 20 12:13:10 2026 Info: Message done DCID 204101 MID 1040627 to RID [0]
Fri Nov 20 12:13:10 2026 Info: MID 1040627 RID [0] Response '2.0.0 Ok: queued as TBBPZs4Tkc4Pmnwv'
Fri Nov 20 12:13:10 2026 Info: New SMTP DCID 204102 interface 192.0.2.20 address 10.30.0.25 port 25
Fri Nov 20 12:13:10 2026 Info: DCID 204102 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 12:13:10 2026 Info: Delivery start DCID 204102 MID 1040627 to RID [1]
Fri Nov 20 12:13:10 2026 Info: DCID 204101 close
Fri Nov 20 12:13:12 2026 Info: Message done DCID 204102 MID 1040627 to RID [1]
Fri Nov 20 12:13:12 2026 Info: MID 1040627 RID [1] Response '2.0.0 Ok: queued as MV8sTuAMYkBmWRMQ'
Fri Nov 20 12:13:12 2026 Info: DCID 204102 close
Fri Nov 20 12:13:12 2026 Info: Message finished MID 1040627 done
Fri Nov 20 12:37:22 2026 Info: New SMTP ICID 416092 interface IncomingMail (192.0.2.10) address 198.51.26.71 reverse dns host mail.client-b.example verified yes
Fri Nov 20 12:37:22 2026 Info: ICID 416092 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.9
Fri Nov 20 12:37:22 2026 Info: ICID 416092 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 12:37:22 2026 Info: Start MID 1040628 ICID 416092
Fri Nov 20 12:37:22 2026 Info: MID 1040628 ICID 416092 From: <max.fischer@client-b.example>
Fri Nov 20 12:37:22 2026 Info: MID 1040628 ICID 416092 RID 0 To: <zoe.moreau@corp.example>
Fri Nov 20 12:37:22 2026 Info: MID 1040628 ICID 416092 RID 1 To: <ravi.obrien@corp.example>
Fri Nov 20 12:37:22 2026 Info: MID 1040628 ICID 416092 RID 2 To: <sam.obrien@corp.example>
Fri Nov 20 12:37:22 2026 Info: MID 1040628 ICID 416092 RID 3 To: <mia.garcia@corp-mail.example>
Fri Nov 20 12:37:23 2026 Info: MID 1040628 Message-ID '<CA3SA=Fu2O1DF5TDdd_G0eRFE_BB6nPtjy/A_OqAIKLZ@mail.client-b.example>'
Fri Nov 20 12:37:23 2026 Info: MID 1040628 Subject 'Re: project timeline'
Fri Nov 20 12:37:23 2026 Info: MID 1040628 ready 12020 bytes from <max.fischer@client-b.example>
Fri Nov 20 12:37:23 2026 Info: MID 1040628 DKIM: pass signature verified (d=client-b.example s=s6 i=@client-b.example)
Fri Nov 20 12:37:23 2026 Info: MID 1040628 antivirus negative
Fri Nov 20 12:37:23 2026 Info: ICID 416092 close
Fri Nov 20 12:37:23 2026 Info: MID 1040628 interim AV verdict using Sophos CLEAN
Fri Nov 20 12:37:23 2026 Info: MID 1040628 SPF: mailfrom identity max.fischer@client-b.example Pass (v=spf1)
Fri Nov 20 12:37:23 2026 Info: MID 1040628 DMARC: Verification passed
Fri Nov 20 12:37:23 2026 Info: MID 1040628 using engine: CASE spam negative
Fri Nov 20 12:37:24 2026 Info: MID 1040628 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 12:37:25 2026 Info: MID 1040628 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 12:37:25 2026 Info: MID 1040628 queued for delivery
Fri Nov 20 12:37:27 2026 Info: New SMTP DCID 204103 interface 192.0.2.20 address 52.101.145.13 port 25
Fri Nov 20 12:37:27 2026 Info: DCID 204103 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 12:37:27 2026 Info: Delivery start DCID 204103 MID 1040628 to RID [0, 1, 2, 3]
Fri Nov 20 12:37:29 2026 Info: Message done DCID 204103 MID 1040628 to RID [0, 1, 2, 3]
Fri Nov 20 12:37:29 2026 Info: MID 1040628 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=630549096949, Hostname=AM0PR01MB4041.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 12:37:29 2026 Info: Message finished MID 1040628 done
Fri Nov 20 12:37:29 2026 Info: DCID 204103 close
Fri Nov 20 12:55:49 2026 Info: New SMTP ICID 416093 interface OutgoingMail (192.0.2.11) address 10.20.4.220 reverse dns host exch2.corp.example verified yes
Fri Nov 20 12:55:49 2026 Info: ICID 416093 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 12:55:50 2026 Info: Start MID 1040629 ICID 416093
Fri Nov 20 12:55:50 2026 Info: MID 1040629 ICID 416093 From: <nina.patel@corp.example>
Fri Nov 20 12:55:50 2026 Info: MID 1040629 ICID 416093 RID 0 To: <ida.cohen@client-b.example>
Fri Nov 20 12:55:50 2026 Info: MID 1040629 ICID 416093 RID 1 To: <chen.haddad@client-a.example>
Fri Nov 20 12:55:50 2026 Info: MID 1040629 ICID 416093 RID 2 To: <tom.smith@partner.example>
Fri Nov 20 12:55:50 2026 Info: MID 1040629 Message-ID '<2f8e5df37d872e04c485.5616@corp.example>'
Fri Nov 20 12:55:50 2026 Info: MID 1040629 Subject 'Scan from copier 19244'
Fri Nov 20 12:55:50 2026 Info: MID 1040629 ready 3239 bytes from <nina.patel@corp.example>
Fri Nov 20 12:55:50 2026 Info: MID 1040629 DMARC: Verification passed
Fri Nov 20 12:55:50 2026 Info: ICID 416093 close
Fri Nov 20 12:55:50 2026 Info: MID 1040629 using engine: CASE spam negative
Fri Nov 20 12:55:51 2026 Info: MID 1040629 SPF: mailfrom identity nina.patel@corp.example Pass (v=spf1)
Fri Nov 20 12:55:51 2026 Info: MID 1040629 DKIM: pass signature verified (d=corp.example s=s4 i=@corp.example)
Fri Nov 20 12:55:52 2026 Info: MID 1040629 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 12:55:52 2026 Info: MID 1040629 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 12:55:53 2026 Info: MID 1040629 queued for delivery
Fri Nov 20 12:55:57 2026 Info: New SMTP DCID 204104 interface 192.0.2.20 address 203.0.113.160 port 25
Fri Nov 20 12:55:57 2026 Info: DCID 204104 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 12:55:57 2026 Info: Delivery start DCID 204104 MID 1040629 to RID [0]
Fri Nov 20 12:55:59 2026 Info: Message done DCID 204104 MID 1040629 to RID [0]
Fri Nov 20 12:55:59 2026 Info: MID 1040629 RID [0] Response '2.0.0 Ok: queued as ZqFWC7J3mJa7ZPhi'
Fri Nov 20 12:55:59 2026 Info: New SMTP DCID 204105 interface 192.0.2.20 address 203.0.113.200 port 25
Fri Nov 20 12:55:59 2026 Info: DCID 204105 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 12:55:59 2026 Info: Delivery start DCID 204105 MID 1040629 to RID [1]
Fri Nov 20 12:55:59 2026 Info: DCID 204104 close
Fri Nov 20 12:56:01 2026 Info: Message done DCID 204105 MID 1040629 to RID [1]
Fri Nov 20 12:56:01 2026 Info: MID 1040629 RID [1] Response '2.0.0 Ok: queued as ZGEDb7AhiehGeAqS'
Fri Nov 20 12:56:01 2026 Info: New SMTP DCID 204106 interface 192.0.2.20 address 203.0.113.111 port 25
Fri Nov 20 12:56:01 2026 Info: DCID 204106 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 12:56:01 2026 Info: Delivery start DCID 204106 MID 1040629 to RID [2]
Fri Nov 20 12:56:01 2026 Info: DCID 204105 close
Fri Nov 20 12:56:03 2026 Info: Message done DCID 204106 MID 1040629 to RID [2]
Fri Nov 20 12:56:03 2026 Info: MID 1040629 RID [2] Response '2.0.0 Ok: queued as cVevNaTkSmWXyVex'
Fri Nov 20 12:56:03 2026 Info: Message finished MID 1040629 done
Fri Nov 20 12:56:03 2026 Info: DCID 204106 close
Fri Nov 20 12:56:08 2026 Info: New SMTP ICID 416094 interface IncomingMail (192.0.2.10) address 198.51.200.121 reverse dns host mail.bank.example verified yes
Fri Nov 20 12:56:08 2026 Info: ICID 416094 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.1
Fri Nov 20 12:56:08 2026 Info: ICID 416094 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 12:56:08 2026 Info: Start MID 1040630 ICID 416094
Fri Nov 20 12:56:08 2026 Info: MID 1040630 ICID 416094 From: <lena.moreau@bank.example>
Fri Nov 20 12:56:08 2026 Info: MID 1040630 ICID 416094 RID 0 To: <sam.obrien@corp-mail.example>
Fri Nov 20 12:56:08 2026 Info: MID 1040630 ICID 416094 RID 1 To: <zoe.moreau@corp.example>
Fri Nov 20 12:56:08 2026 Info: MID 1040630 ICID 416094 RID 2 To: <mia.garcia@corp-mail.example>
Fri Nov 20 12:56:08 2026 Info: MID 1040630 ICID 416094 RID 3 To: <ravi.obrien@corp.example>
Fri Nov 20 12:56:08 2026 Info: MID 1040630 Message-ID '<b8c630d106afe6a6c121.33871@bank.example>'
Fri Nov 20 12:56:08 2026 Info: MID 1040630 Subject 'Scan from copier 57338'
Fri Nov 20 12:56:08 2026 Info: MID 1040630 ready 162099 bytes from <lena.moreau@bank.example>
Fri Nov 20 12:56:09 2026 Info: MID 1040630 using engine: CASE spam negative
Fri Nov 20 12:56:09 2026 Info: MID 1040630 Outbreak Filters: verdict negative
Fri Nov 20 12:56:09 2026 Info: ICID 416094 close
Fri Nov 20 12:56:09 2026 Info: MID 1040630 SPF: mailfrom identity lena.moreau@bank.example Pass (v=spf1)
Fri Nov 20 12:56:09 2026 Info: MID 1040630 URL https://www.bank.example/t/d27c11d16e has reputation 0.0 matched Condition: URL Reputation Rule
Fri Nov 20 12:56:09 2026 Info: MID 1040630 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 12:56:09 2026 Info: MID 1040630 attachment 'minutes-82487.docx'
Fri Nov 20 12:56:09 2026 Info: MID 1040630 attachment 'Report,Final Draft: Revenue (Q2),Approved.pdf'
Fri Nov 20 12:56:10 2026 Info: MID 1040630 AMP file reputation verdict : CLEAN
Fri Nov 20 12:56:10 2026 Info: MID 1040630 queued for delivery
Fri Nov 20 12:56:13 2026 Info: New SMTP DCID 204107 interface 192.0.2.20 address 52.101.82.67 port 25
Fri Nov 20 12:56:13 2026 Info: DCID 204107 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 12:56:13 2026 Info: Delivery start DCID 204107 MID 1040630 to RID [0, 1, 2, 3]
Fri Nov 20 12:56:15 2026 Info: Message done DCID 204107 MID 1040630 to RID [0, 1, 2, 3]
Fri Nov 20 12:56:15 2026 Info: MID 1040630 RID [0, 1, 2, 3] Response '2.0.0 Ok: queued as qqUUuaUoLeZofLJF'
Fri Nov 20 12:56:16 2026 Info: DCID 204107 close
Fri Nov 20 12:56:16 2026 Info: Message finished MID 1040630 done
Fri Nov 20 13:09:43 2026 Info: New SMTP ICID 416095 interface OutgoingMail (192.0.2.11) address 10.20.7.145 reverse dns host exch1.corp.example verified yes
Fri Nov 20 13:09:43 2026 Info: ICID 416095 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 13:09:43 2026 Info: Start MID 1040631 ICID 416095
Fri Nov 20 13:09:43 2026 Info: MID 1040631 ICID 416095 From: <zoe.kim@corp.example>
Fri Nov 20 13:09:43 2026 Info: MID 1040631 ICID 416095 RID 0 To: <ewa.patel@travel.example>
Fri Nov 20 13:09:43 2026 Info: MID 1040631 ICID 416095 RID 1 To: <ivan.okafor@client-a.example>
Fri Nov 20 13:09:43 2026 Info: MID 1040631 ICID 416095 RID 2 To: <mia.sato@logistics.example>
Fri Nov 20 13:09:43 2026 Info: MID 1040631 Message-ID '<CAF-YpIhy24vY5XH_Id_8/cKcL=LzNyo/G02FB21gxel@mail.corp.example>'
Fri Nov 20 13:09:43 2026 Info: MID 1040631 Subject 'Welcome to the team!'
Fri Nov 20 13:09:43 2026 Info: MID 1040631 ready 772226 bytes from <zoe.kim@corp.example>
Fri Nov 20 13:09:44 2026 Info: ICID 416095 close
Fri Nov 20 13:09:44 2026 Info: MID 1040631 SPF: mailfrom identity zoe.kim@corp.example Pass (v=spf1)
Fri Nov 20 13:09:44 2026 Info: MID 1040631 using engine: CASE spam negative
Fri Nov 20 13:09:44 2026 Info: MID 1040631 URL https://www.corp.example/t/fc7e5f63c9 has reputation 4.5 matched Condition: URL Reputation Rule
Fri Nov 20 13:09:44 2026 Info: MID 1040631 Outbreak Filters: verdict negative
Fri Nov 20 13:09:45 2026 Info: MID 1040631 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 13:09:45 2026 Info: MID 1040631 attachment 'image002.jpg'
Fri Nov 20 13:09:45 2026 Info: MID 1040631 attachment 'budget_2026_v3.xlsx'
Fri Nov 20 13:09:45 2026 Info: MID 1040631 AMP file reputation verdict : UNKNOWN
Fri Nov 20 13:09:45 2026 Info: MID 1040631 queued for delivery
Fri Nov 20 13:09:48 2026 Info: New SMTP DCID 204108 interface 192.0.2.20 address 203.0.113.227 port 25
Fri Nov 20 13:09:48 2026 Info: DCID 204108 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 13:09:48 2026 Info: Delivery start DCID 204108 MID 1040631 to RID [0]
Fri Nov 20 13:09:50 2026 Info: Message done DCID 204108 MID 1040631 to RID [0]
Fri Nov 20 13:09:50 2026 Info: MID 1040631 RID [0] Response '2.0.0 Ok: queued as nN3SVozWf6mgzcyX'
Fri Nov 20 13:09:50 2026 Info: New SMTP DCID 204109 interface 192.0.2.20 address 203.0.113.90 port 25
Fri Nov 20 13:09:50 2026 Info: DCID 204109 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 13:09:50 2026 Info: Delivery start DCID 204109 MID 1040631 to RID [1]
Fri Nov 20 13:09:50 2026 Info: DCID 204108 close
Fri Nov 20 13:09:50 2026 Info: Message done DCID 204109 MID 1040631 to RID [1]
Fri Nov 20 13:09:50 2026 Info: MID 1040631 RID [1] Response '2.0.0 Ok: queued as wGiLfqCVQxrRnEDq'
Fri Nov 20 13:09:50 2026 Info: New SMTP DCID 204110 interface 192.0.2.20 address 203.0.113.90 port 25
Fri Nov 20 13:09:50 2026 Info: DCID 204110 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 13:09:50 2026 Info: Delivery start DCID 204110 MID 1040631 to RID [2]
Fri Nov 20 13:09:50 2026 Info: DCID 204109 close
Fri Nov 20 13:09:52 2026 Info: Message done DCID 204110 MID 1040631 to RID [2]
Fri Nov 20 13:09:52 2026 Info: MID 1040631 RID [2] Response '2.0.0 Ok: queued as R7fgD49v29Hugqbu'
Fri Nov 20 13:09:52 2026 Info: Message finished MID 1040631 done
Fri Nov 20 13:09:52 2026 Info: DCID 204110 close
Fri Nov 20 13:22:43 2026 Info: New SMTP ICID 416096 interface IncomingMail (192.0.2.10) address 198.51.164.141 reverse dns host mail.gmail.example verified yes
Fri Nov 20 13:22:43 2026 Info: ICID 416096 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.6
Fri Nov 20 13:22:43 2026 Info: ICID 416096 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 13:22:43 2026 Info: Start MID 1040632 ICID 416096
Fri Nov 20 13:22:43 2026 Info: MID 1040632 ICID 416096 From: <marc.mendes@gmail.example>
Fri Nov 20 13:22:43 2026 Info: MID 1040632 ICID 416096 RID 0 To: <lena.sato@corp.example>
Fri Nov 20 13:22:44 2026 Info: MID 1040632 Message-ID '<CA0ooOOSb1wNtYiTIpRi+-x4SM4Kv/yRS7EChoujGxie@mail.gmail.example>'
Fri Nov 20 13:22:44 2026 Info: MID 1040632 Subject "Re: O'Brien account review"
Fri Nov 20 13:22:44 2026 Info: MID 1040632 ready 111339 bytes from <marc.mendes@gmail.example>
Fri Nov 20 13:22:44 2026 Info: ICID 416096 close
Fri Nov 20 13:22:44 2026 Info: MID 1040632 SPF: mailfrom identity marc.mendes@gmail.example Pass (v=spf1)
Fri Nov 20 13:22:44 2026 Info: MID 1040632 antivirus negative
Fri Nov 20 13:22:44 2026 Info: MID 1040632 DMARC: Verification passed
Fri Nov 20 13:22:44 2026 Info: MID 1040632 DKIM: pass signature verified (d=gmail.example s=s7 i=@gmail.example)
Fri Nov 20 13:22:44 2026 Info: MID 1040632 interim AV verdict using Sophos CLEAN
Fri Nov 20 13:22:44 2026 Info: MID 1040632 using engine: CASE spam negative
Fri Nov 20 13:22:45 2026 Info: MID 1040632 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 13:22:45 2026 Info: MID 1040632 attachment 'minutes-48728.docx'
Fri Nov 20 13:22:45 2026 Info: File reputation query initiating. File Name = 'minutes-48728.docx', MID = 1040632, File Size = 67961 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Fri Nov 20 13:22:45 2026 Info: MID 1040632 AMP file reputation verdict : CLEAN
Fri Nov 20 13:22:45 2026 Info: Response received for file reputation query from Cache. FileName = 'minutes-48728.docx', MID = 1040632, Disposition = CLEAN, Malware = None,Reputation Score = 0, sha256 =5b49156137c60e984f3e885ee1e437b7f735efe608d180113e940bb452d31e1b, upload_action = 2
Fri Nov 20 13:22:46 2026 Info: New SMTP ICID 416097 interface OutgoingMail (192.0.2.11) address 10.20.8.116 reverse dns host exch2.corp.example verified yes
Fri Nov 20 13:22:46 2026 Info: ICID 416097 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 13:22:46 2026 Info: Start MID 1040633 ICID 416097
Fri Nov 20 13:22:46 2026 Info: MID 1040633 ICID 416097 From: <nora.mendes@corp.example>
Fri Nov 20 13:22:46 2026 Info: MID 1040633 ICID 416097 RID 0 To: <ida.cohen@client-b.example>
Fri Nov 20 13:22:47 2026 Info: MID 1040633 Message-ID '<a56da043998f7ad0618f.73332@corp.example>'
Fri Nov 20 13:22:47 2026 Info: MID 1040633 Subject 'Invoice 40879'
Fri Nov 20 13:22:47 2026 Info: MID 1040633 ready 277460 bytes from <nora.mendes@corp.example>
Fri Nov 20 13:22:47 2026 Info: MID 1040633 URL https://www.corp.example/t/64560321c1 has reputation 0.0 matched Condition: URL Reputation Rule
Fri Nov 20 13:22:47 2026 Info: MID 1040633 SPF: mailfrom identity nora.mendes@corp.example Pass (v=spf1)
Fri Nov 20 13:22:47 2026 Info: MID 1040633 using engine: CASE spam negative
Fri Nov 20 13:22:47 2026 Info: ICID 416097 close
Fri Nov 20 13:22:47 2026 Info: MID 1040633 Outbreak Filters: verdict negative
Fri Nov 20 13:22:47 2026 Info: New SMTP DCID 204111 interface 192.0.2.20 address 192.0.2.50 port 6025
Fri Nov 20 13:22:47 2026 Info: Delivery start DCID 204111 MID 1040632 to RID [0] to offbox IronPort Spam Quarantine
Fri Nov 20 13:22:47 2026 Info: Message done DCID 204111 MID 1040632 to RID [0] (external quarantine)
Fri Nov 20 13:22:47 2026 Info: Message finished MID 1040632 done
Fri Nov 20 13:22:47 2026 Info: DCID 204111 close
Fri Nov 20 13:22:48 2026 Info: MID 1040633 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 13:22:48 2026 Info: MID 1040633 attachment 'minutes-18990.docx'
Fri Nov 20 13:22:48 2026 Info: File reputation query initiating. File Name = 'minutes-18990.docx', MID = 1040633, File Size = 195068 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Fri Nov 20 13:22:48 2026 Info: MID 1040633 AMP file reputation verdict : UNKNOWN
Fri Nov 20 13:22:48 2026 Info: Response received for file reputation query from Cache. File Name = 'minutes-18990.docx', MID = 1040633, Disposition = FILE UNKNOWN, Malware = None, Analysis Score = 0, sha256 = fd68373b29acf1a57cbd1f5ae28af60465f4298618189af4f3d74f82bf268ea0, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Fri Nov 20 13:22:49 2026 Info: MID 1040633 queued for delivery
Fri Nov 20 13:22:51 2026 Info: New SMTP DCID 204112 interface 192.0.2.20 address 203.0.113.197 port 25
Fri Nov 20 13:22:51 2026 Info: DCID 204112 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 13:22:51 2026 Info: Delivery start DCID 204112 MID 1040633 to RID [0]
Fri Nov 20 13:22:51 2026 Info: Message done DCID 204112 MID 1040633 to RID [0]
Fri Nov 20 13:22:51 2026 Info: MID 1040633 RID [0] Response '2.0.0 Ok: queued as xByAfLbYxueLVa5x'
Fri Nov 20 13:22:51 2026 Info: Message finished MID 1040633 done
Fri Nov 20 13:22:51 2026 Info: DCID 204112 close
Fri Nov 20 14:24:21 2026 Info: New SMTP ICID 416098 interface IncomingMail (192.0.2.10) address 198.51.174.1 reverse dns host mail.client-b.example verified yes
Fri Nov 20 14:24:21 2026 Info: ICID 416098 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.0
Fri Nov 20 14:24:21 2026 Info: ICID 416098 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 14:24:21 2026 Info: Start MID 1040634 ICID 416098
Fri Nov 20 14:24:21 2026 Info: MID 1040634 ICID 416098 From: <noah.ivanova@client-b.example>
Fri Nov 20 14:24:21 2026 Info: MID 1040634 ICID 416098 RID 0 To: <eva.kowalski@corp.example>
Fri Nov 20 14:24:22 2026 Info: MID 1040634 Message-ID '<CAiBAdRdYJuhHol9eifh2lD-839A-NDuR=+Sw0zcqzOl@mail.client-b.example>'
Fri Nov 20 14:24:22 2026 Info: MID 1040634 Subject "Re: O'Brien account review"
Fri Nov 20 14:24:22 2026 Info: MID 1040634 ready 46328 bytes from <noah.ivanova@client-b.example>
Fri Nov 20 14:24:22 2026 Info: MID 1040634 SPF: mailfrom identity noah.ivanova@client-b.example Pass (v=spf1)
Fri Nov 20 14:24:22 2026 Info: MID 1040634 DKIM: pass signature verified (d=client-b.example s=s1 i=@client-b.example)
Fri Nov 20 14:24:22 2026 Info: MID 1040634 DMARC: Verification passed
Fri Nov 20 14:24:22 2026 Info: ICID 416098 close
Fri Nov 20 14:24:22 2026 Info: MID 1040634 using engine: CASE spam negative
Fri Nov 20 14:24:24 2026 Info: MID 1040634 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 14:24:24 2026 Info: MID 1040634 attachment 'notes.txt'
Fri Nov 20 14:24:24 2026 Info: MID 1040634 AMP file reputation verdict : LOWRISK
Fri Nov 20 14:24:25 2026 Info: New SMTP ICID 416099 interface IncomingMail (192.0.2.10) address 198.51.224.12 reverse dns host mail.travel.example verified yes
Fri Nov 20 14:24:25 2026 Info: ICID 416099 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.9
Fri Nov 20 14:24:25 2026 Info: ICID 416099 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 14:24:25 2026 Info: Start MID 1040635 ICID 416099
Fri Nov 20 14:24:25 2026 Info: MID 1040635 ICID 416099 From: <ewa.patel@travel.example>
Fri Nov 20 14:24:25 2026 Info: MID 1040635 ICID 416099 RID 0 To: <support@corp-mail.example>
Fri Nov 20 14:24:26 2026 Info: MID 1040635 Message-ID '<CAPrkZdr1TH4HdI+5TqbGJvNSfhe5TYJMpUYENp_qb7W@mail.travel.example>'
Fri Nov 20 14:24:26 2026 Info: MID 1040635 Subject 'Budget 2027 – first numbers'
Fri Nov 20 14:24:26 2026 Info: MID 1040635 ready 278549 bytes from <ewa.patel@travel.example>
Fri Nov 20 14:24:26 2026 Info: MID 1040635 DMARC: Verification passed
Fri Nov 20 14:24:26 2026 Info: ICID 416099 close
Fri Nov 20 14:24:26 2026 Info: MID 1040635 DKIM: pass signature verified (d=travel.example s=s4 i=@travel.example)
Fri Nov 20 14:24:26 2026 Info: MID 1040635 SPF: mailfrom identity ewa.patel@travel.example Pass (v=spf1)
Fri Nov 20 14:24:26 2026 Info: MID 1040635 using engine: CASE spam negative
Fri Nov 20 14:24:26 2026 Info: MID 1040634 queued for delivery
Fri Nov 20 14:24:26 2026 Info: MID 1040635 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 14:24:26 2026 Info: MID 1040635 attachment 'minutes-18990.docx'
Fri Nov 20 14:24:27 2026 Info: MID 1040635 AMP file reputation verdict : UNKNOWN
Fri Nov 20 14:24:27 2026 Info: New SMTP DCID 204113 interface 192.0.2.20 address 52.101.146.62 port 25
Fri Nov 20 14:24:27 2026 Info: DCID 204113 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 14:24:27 2026 Info: Delivery start DCID 204113 MID 1040634 to RID [0]
Fri Nov 20 14:24:28 2026 Info: Message done DCID 204113 MID 1040634 to RID [0]
Fri Nov 20 14:24:28 2026 Info: MID 1040634 RID [0] Response '2.6.0 [InternalId=427670723513, Hostname=AM0PR01MB8537.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 14:24:28 2026 Info: DCID 204113 close
Fri Nov 20 14:24:28 2026 Info: Message finished MID 1040634 done
Fri Nov 20 14:24:29 2026 Info: MID 1040635 queued for delivery
Fri Nov 20 14:24:31 2026 Info: New SMTP DCID 204114 interface 192.0.2.20 address 52.101.185.203 port 25
Fri Nov 20 14:24:31 2026 Info: DCID 204114 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 14:24:31 2026 Info: Delivery start DCID 204114 MID 1040635 to RID [0]
Fri Nov 20 14:24:31 2026 Info: Message done DCID 204114 MID 1040635 to RID [0]
Fri Nov 20 14:24:31 2026 Info: MID 1040635 RID [0] Response '2.6.0 [InternalId=123260146410, Hostname=AM0PR01MB2630.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 14:24:31 2026 Info: Message finished MID 1040635 done
Fri Nov 20 14:24:31 2026 Info: DCID 204114 close
Fri Nov 20 15:03:53 2026 Info: New SMTP ICID 416100 interface IncomingMail (192.0.2.10) address 198.51.135.49 reverse dns host mail.gmail.example verified yes
Fri Nov 20 15:03:53 2026 Info: ICID 416100 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.5
Fri Nov 20 15:03:53 2026 Info: ICID 416100 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 15:03:53 2026 Info: Start MID 1040636 ICID 416100
Fri Nov 20 15:03:53 2026 Info: MID 1040636 ICID 416100 From: <leo.jensen@gmail.example>
Fri Nov 20 15:03:53 2026 Info: MID 1040636 ICID 416100 RID 0 To: <kofi.nguyen@corp.example>
Fri Nov 20 15:03:53 2026 Info: MID 1040636 Message-ID '<ca62b271be8f94dc3f35.56840@gmail.example>'
Fri Nov 20 15:03:53 2026 Info: MID 1040636 Subject 'Weekly newsletter #60623'
Fri Nov 20 15:03:53 2026 Info: MID 1040636 ready 30933 bytes from <leo.jensen@gmail.example>
Fri Nov 20 15:03:53 2026 Info: MID 1040636 DKIM: pass signature verified (d=gmail.example s=s1 i=@gmail.example)
Fri Nov 20 15:03:54 2026 Info: MID 1040636 DMARC: Verification passed
Fri Nov 20 15:03:54 2026 Info: MID 1040636 using engine: CASE spam negative
Fri Nov 20 15:03:54 2026 Info: ICID 416100 close
Fri Nov 20 15:03:54 2026 Info: MID 1040636 SPF: mailfrom identity leo.jensen@gmail.example Pass (v=spf1)
Fri Nov 20 15:03:55 2026 Info: MID 1040636 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 15:03:55 2026 Info: MID 1040636 attachment 'notes.txt'
Fri Nov 20 15:03:55 2026 Info: MID 1040636 AMP file reputation verdict : CLEAN
Fri Nov 20 15:03:57 2026 Info: MID 1040636 queued for delivery
Fri Nov 20 15:03:58 2026 Info: New SMTP DCID 204115 interface 192.0.2.20 address 52.101.96.71 port 25
Fri Nov 20 15:03:58 2026 Info: DCID 204115 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 15:03:58 2026 Info: Delivery start DCID 204115 MID 1040636 to RID [0]
Fri Nov 20 15:04:00 2026 Info: Message done DCID 204115 MID 1040636 to RID [0]
Fri Nov 20 15:04:00 2026 Info: MID 1040636 RID [0] Response '2.0.0 Ok: queued as f6m2tcanZaWi8h3i'
Fri Nov 20 15:04:00 2026 Info: Message finished MID 1040636 done
Fri Nov 20 15:04:00 2026 Info: DCID 204115 close
Fri Nov 20 15:11:05 2026 Info: New SMTP ICID 416101 interface IncomingMail (192.0.2.10) address 198.51.62.170 reverse dns host mail.client-b.example verified yes
Fri Nov 20 15:11:05 2026 Info: ICID 416101 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.2
Fri Nov 20 15:11:05 2026 Info: ICID 416101 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 15:11:05 2026 Info: Start MID 1040637 ICID 416101
Fri Nov 20 15:11:05 2026 Info: MID 1040637 ICID 416101 From: <noah.silva@client-b.example>
Fri Nov 20 15:11:05 2026 Info: MID 1040637 ICID 416101 RID 0 To: <kofi.nguyen@corp.example>
Fri Nov 20 15:11:06 2026 Info: MID 1040637 Message-ID '<3a10c46ca848a17a65ed.18686@client-b.example>'
Fri Nov 20 15:11:06 2026 Info: MID 1040637 Subject 'Welcome to the team!'
Fri Nov 20 15:11:06 2026 Info: MID 1040637 ready 16324 bytes from <noah.silva@client-b.example>
Fri Nov 20 15:11:06 2026 Info: MID 1040637 Outbreak Filters: verdict negative
Fri Nov 20 15:11:06 2026 Info: MID 1040637 using engine: CASE spam negative
Fri Nov 20 15:11:06 2026 Info: MID 1040637 SPF: mailfrom identity noah.silva@client-b.example Pass (v=spf1)
Fri Nov 20 15:11:06 2026 Info: ICID 416101 close
Fri Nov 20 15:11:06 2026 Info: MID 1040637 URL https://www.client-b.example/t/38f75f5506 has reputation 7.9 matched Condition: URL Reputation Rule
Fri Nov 20 15:11:08 2026 Info: MID 1040637 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 15:11:08 2026 Info: MID 1040637 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 15:11:10 2026 Info: MID 1040637 queued for delivery
Fri Nov 20 15:11:13 2026 Info: New SMTP DCID 204116 interface 192.0.2.20 address 52.101.10.235 port 25
Fri Nov 20 15:11:13 2026 Info: DCID 204116 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 15:11:13 2026 Info: Delivery start DCID 204116 MID 1040637 to RID [0]
Fri Nov 20 15:11:13 2026 Info: Message done DCID 204116 MID 1040637 to RID [0]
Fri Nov 20 15:11:13 2026 Info: MID 1040637 RID [0] Response '2.6.0 [InternalId=393098621917, Hostname=AM0PR01MB1229.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 15:11:13 2026 Info: Message finished MID 1040637 done
Fri Nov 20 15:11:13 2026 Info: DCID 204116 close
Fri Nov 20 15:52:05 2026 Info: New SMTP ICID 416102 interface IncomingMail (192.0.2.10) address 198.51.233.81 reverse dns host mail.client-b.example verified yes
Fri Nov 20 15:52:05 2026 Info: ICID 416102 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.9
Fri Nov 20 15:52:05 2026 Info: ICID 416102 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 15:52:05 2026 Info: Start MID 1040638 ICID 416102
Fri Nov 20 15:52:05 2026 Info: MID 1040638 ICID 416102 From: <max.fischer@client-b.example>
Fri Nov 20 15:52:05 2026 Info: MID 1040638 ICID 416102 RID 0 To: <yuki.ivanova@corp.example>
Fri Nov 20 15:52:06 2026 Info: MID 1040638 Message-ID '<d7ee32368f80b77524ff.28581@client-b.example>'
Fri Nov 20 15:52:06 2026 Info: MID 1040638 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Fri Nov 20 15:52:06 2026 Info: MID 1040638 ready 35350 bytes from <max.fischer@client-b.example>
Fri Nov 20 15:52:06 2026 Info: MID 1040638 DKIM: pass signature verified (d=client-b.example s=s7 i=@client-b.example)
Fri Nov 20 15:52:06 2026 Info: MID 1040638 DMARC: Verification passed
Fri Nov 20 15:52:06 2026 Info: ICID 416102 close
Fri Nov 20 15:52:06 2026 Info: MID 1040638 using engine: CASE spam negative
Fri Nov 20 15:52:06 2026 Info: MID 1040638 SPF: mailfrom identity max.fischer@client-b.example Pass (v=spf1)
Fri Nov 20 15:52:07 2026 Info: MID 1040638 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 15:52:07 2026 Info: MID 1040638 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 15:52:09 2026 Info: New SMTP ICID 416103 interface IncomingMail (192.0.2.10) address 198.51.87.245 reverse dns host mail.cloudapp.example verified yes
Fri Nov 20 15:52:09 2026 Info: ICID 416103 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.2
Fri Nov 20 15:52:09 2026 Info: ICID 416103 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 15:52:09 2026 Info: MID 1040638 queued for delivery
Fri Nov 20 15:52:09 2026 Info: Start MID 1040639 ICID 416103
Fri Nov 20 15:52:09 2026 Info: MID 1040639 ICID 416103 From: <kofi.rossi@cloudapp.example>
Fri Nov 20 15:52:09 2026 Info: MID 1040639 ICID 416103 RID 0 To: <sam.obrien@corp.example>
Fri Nov 20 15:52:09 2026 Info: MID 1040639 Message-ID '<ee1c1874a399cb792798.21001@cloudapp.example>'
Fri Nov 20 15:52:09 2026 Info: MID 1040639 Subject 'Budget 2027 – first numbers'
Fri Nov 20 15:52:09 2026 Info: MID 1040639 ready 38977 bytes from <kofi.rossi@cloudapp.example>
Fri Nov 20 15:52:09 2026 Info: New SMTP DCID 204117 interface 192.0.2.20 address 52.101.72.106 port 25
Fri Nov 20 15:52:09 2026 Info: DCID 204117 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 15:52:09 2026 Info: Delivery start DCID 204117 MID 1040638 to RID [0]
Fri Nov 20 15:52:09 2026 Info: MID 1040639 DKIM: pass signature verified (d=cloudapp.example s=s9 i=@cloudapp.example)
Fri Nov 20 15:52:09 2026 Info: MID 1040639 DMARC: Verification passed
Fri Nov 20 15:52:09 2026 Info: MID 1040639 SPF: mailfrom identity kofi.rossi@cloudapp.example Pass (v=spf1)
Fri Nov 20 15:52:09 2026 Info: MID 1040639 interim AV verdict using Sophos CLEAN
Fri Nov 20 15:52:09 2026 Info: MID 1040639 using engine: CASE spam negative
Fri Nov 20 15:52:09 2026 Info: ICID 416103 close
Fri Nov 20 15:52:09 2026 Info: MID 1040639 antivirus negative
Fri Nov 20 15:52:10 2026 Info: MID 1040639 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 15:52:10 2026 Info: MID 1040639 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 15:52:11 2026 Info: Message done DCID 204117 MID 1040638 to RID [0]
Fri Nov 20 15:52:11 2026 Info: MID 1040638 RID [0] Response '2.6.0 [InternalId=760328961746, Hostname=AM0PR01MB1737.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 15:52:11 2026 Info: Message finished MID 1040638 done
Fri Nov 20 15:52:11 2026 Info: DCID 204117 close
Fri Nov 20 15:52:12 2026 Info: MID 1040639 queued for delivery
Fri Nov 20 15:52:15 2026 Info: New SMTP DCID 204118 interface 192.0.2.20 address 52.101.217.135 port 25
Fri Nov 20 15:52:15 2026 Info: DCID 204118 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 15:52:15 2026 Info: Delivery start DCID 204118 MID 1040639 to RID [0]
Fri Nov 20 15:52:17 2026 Info: Message done DCID 204118 MID 1040639 to RID [0]
Fri Nov 20 15:52:17 2026 Info: MID 1040639 RID [0] Response '2.6.0 [InternalId=530289326737, Hostname=AM0PR01MB6005.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 15:52:17 2026 Info: Message finished MID 1040639 done
Fri Nov 20 15:52:17 2026 Info: DCID 204118 close
Fri Nov 20 15:55:20 2026 Info: New SMTP ICID 416104 interface IncomingMail (192.0.2.10) address 198.51.90.247 reverse dns host mail.travel.example verified yes
Fri Nov 20 15:55:20 2026 Info: ICID 416104 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.5
Fri Nov 20 15:55:20 2026 Info: ICID 416104 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 15:55:20 2026 Info: Start MID 1040640 ICID 416104
Fri Nov 20 15:55:20 2026 Info: MID 1040640 ICID 416104 From: <raj.kim@travel.example>
Fri Nov 20 15:55:20 2026 Info: MID 1040640 ICID 416104 RID 0 To: <ivan.silva@corp.example>
Fri Nov 20 15:55:20 2026 Info: MID 1040640 ICID 416104 RID 1 To: <ines.berg@corp.example>
Fri Nov 20 15:55:21 2026 Info: MID 1040640 Message-ID '<CAs-2uMgHk52ZT_vjsCylzLhM1MKNfQY8WBI9AJEowyS@mail.travel.example>'
Fri Nov 20 15:55:21 2026 Info: MID 1040640 Subject 'Lunch on Friday?'
Fri Nov 20 15:55:21 2026 Info: MID 1040640 ready 771854 bytes from <raj.kim@travel.example>
Fri Nov 20 15:55:21 2026 Info: MID 1040640 URL https://www.travel.example/t/220f9dc4eb has reputation 4.5 matched Condition: URL Reputation Rule
Fri Nov 20 15:55:21 2026 Info: MID 1040640 SPF: mailfrom identity raj.kim@travel.example Pass (v=spf1)
Fri Nov 20 15:55:21 2026 Info: ICID 416104 close
Fri Nov 20 15:55:21 2026 Info: MID 1040640 Outbreak Filters: verdict negative
Fri Nov 20 15:55:21 2026 Info: MID 1040640 using engine: CASE spam negative
Fri Nov 20 15:55:21 2026 Info: MID 1040640 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 15:55:21 2026 Info: MID 1040640 attachment 'budget_2026_v3.xlsx'
Fri Nov 20 15:55:21 2026 Info: MID 1040640 AMP file reputation verdict : CLEAN
Fri Nov 20 15:55:22 2026 Info: New SMTP ICID 416105 interface IncomingMail (192.0.2.10) address 198.51.38.133 reverse dns host mail.newsletter.example verified yes
Fri Nov 20 15:55:22 2026 Info: ICID 416105 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5
Fri Nov 20 15:55:22 2026 Info: ICID 416105 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 15:55:22 2026 Info: Start MID 1040641 ICID 416105
Fri Nov 20 15:55:22 2026 Info: MID 1040641 ICID 416105 From: <paul.smith@newsletter.example>
Fri Nov 20 15:55:22 2026 Info: MID 1040641 ICID 416105 RID 0 To: <sam.obrien@corp-mail.example>
Fri Nov 20 15:55:23 2026 Info: MID 1040641 Message-ID '<59707b9e0005a08ea8a1.73979@newsletter.example>'
Fri Nov 20 15:55:23 2026 Info: MID 1040641 Subject "Re: O'Brien account review"
Fri Nov 20 15:55:23 2026 Info: MID 1040641 ready 816697 bytes from <paul.smith@newsletter.example>
Fri Nov 20 15:55:23 2026 Info: MID 1040641 SPF: mailfrom identity paul.smith@newsletter.example Pass (v=spf1)
Fri Nov 20 15:55:23 2026 Info: MID 1040641 using engine: CASE spam negative
Fri Nov 20 15:55:23 2026 Info: MID 1040640 queued for delivery
Fri Nov 20 15:55:23 2026 Info: ICID 416105 close
Fri Nov 20 15:55:23 2026 Info: New SMTP ICID 416106 interface OutgoingMail (192.0.2.11) address 10.20.1.14 reverse dns host exch2.corp.example verified yes
Fri Nov 20 15:55:23 2026 Info: ICID 416106 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 15:55:23 2026 Info: MID 1040641 URL https://www.newsletter.example/t/e35943012 has reputation 7.9 matched Condition: URL Reputation Rule
Fri Nov 20 15:55:23 2026 Info: Start MID 1040642 ICID 416106
Fri Nov 20 15:55:23 2026 Info: MID 1040642 ICID 416106 From: <mia.garcia@corp.example>
Fri Nov 20 15:55:23 2026 Info: MID 1040642 ICID 416106 RID 0 To: <mary.mendes@bank.example>
Fri Nov 20 15:55:24 2026 Info: MID 1040642 Message-ID '<CA5oBIDRwJydrw067t_ekG1NZjEwW56GBo73X1GyHTWn@mail.corp.example>'
Fri Nov 20 15:55:24 2026 Info: MID 1040642 Subject 'Reminder: timesheets due'
Fri Nov 20 15:55:24 2026 Info: MID 1040642 ready 23928 bytes from <mia.garcia@corp.example>
Fri Nov 20 15:55:24 2026 Info: MID 1040642 DMARC: Verification passed
Fri Nov 20 15:55:24 2026 Info: ICID 416106 close
Fri Nov 20 15:55:24 2026 Info: MID 1040642 DKIM: pass signature verified (d=corp.example s=s7 i=@corp.example)
Fri Nov 20 15:55:24 2026 Info: MID 1040642 using engine: CASE spam negative
Fri Nov 20 15:55:24 2026 Info: MID 1040642 SPF: mailfrom identity mia.garcia@corp.example Pass (v=spf1)
Fri Nov 20 15:55:24 2026 Info: MID 1040641 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 15:55:25 2026 Info: MID 1040641 attachment 'Q1=20Report=202026.pdf'
Fri Nov 20 15:55:25 2026 Info: MID 1040641 AMP file reputation verdict : CLEAN
Fri Nov 20 15:55:26 2026 Info: MID 1040642 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 15:55:26 2026 Info: MID 1040642 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 15:55:26 2026 Info: New SMTP DCID 204119 interface 192.0.2.20 address 52.101.178.54 port 25
Fri Nov 20 15:55:26 2026 Info: DCID 204119 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 15:55:26 2026 Info: Delivery start DCID 204119 MID 1040640 to RID [0, 1]
Fri Nov 20 15:55:26 2026 Info: MID 1040641 queued for delivery
Fri Nov 20 15:55:27 2026 Info: MID 1040642 queued for delivery
Fri Nov 20 15:55:27 2026 Info: New SMTP DCID 204121 interface 192.0.2.20 address 203.0.113.243 port 25
Fri Nov 20 15:55:27 2026 Info: DCID 204121 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 15:55:27 2026 Info: Delivery start DCID 204121 MID 1040642 to RID [0]
Fri Nov 20 15:55:28 2026 Info: Message done DCID 204119 MID 1040640 to RID [0, 1]
Fri Nov 20 15:55:28 2026 Info: MID 1040640 RID [0, 1] Response '2.0.0 Ok: queued as BTQKkEVQpYsudgtM'
Fri Nov 20 15:55:28 2026 Info: Message finished MID 1040640 done
Fri Nov 20 15:55:28 2026 Info: DCID 204119 close
Fri Nov 20 15:55:28 2026 Info: Message done DCID 204121 MID 1040642 to RID [0]
Fri Nov 20 15:55:28 2026 Info: MID 1040642 RID [0] Response '2.0.0 Ok: queued as 5fNdoc8nRvyJoxtR'
Fri Nov 20 15:55:28 2026 Info: DCID 204121 close
Fri Nov 20 15:55:28 2026 Info: Message finished MID 1040642 done
Fri Nov 20 15:55:30 2026 Info: New SMTP DCID 204120 interface 192.0.2.20 address 52.101.184.94 port 25
Fri Nov 20 15:55:30 2026 Info: DCID 204120 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 15:55:30 2026 Info: Delivery start DCID 204120 MID 1040641 to RID [0]
Fri Nov 20 15:55:31 2026 Info: Message done DCID 204120 MID 1040641 to RID [0] [('from', 'paul.smith@newsletter.example'), ('to', 'sam.obrien@corp-mail.example')]
Fri Nov 20 15:55:31 2026 Info: MID 1040641 RID [0] Response '2.6.0 [InternalId=513969257506, Hostname=AM0PR01MB8105.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 15:55:31 2026 Info: Message finished MID 1040641 done
Fri Nov 20 15:55:31 2026 Info: DCID 204120 close
Fri Nov 20 15:58:00 2026 Info: New SMTP ICID 416107 interface IncomingMail (192.0.2.10) address 198.51.179.205 reverse dns host mail.client-b.example verified yes
Fri Nov 20 15:58:00 2026 Info: ICID 416107 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.4
Fri Nov 20 15:58:00 2026 Info: ICID 416107 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 15:58:00 2026 Info: Start MID 1040643 ICID 416107
Fri Nov 20 15:58:00 2026 Info: MID 1040643 ICID 416107 From: <noah.ivanova@client-b.example>
Fri Nov 20 15:58:00 2026 Info: MID 1040643 ICID 416107 RID 0 To: <noah.okafor@corp.example>
Fri Nov 20 15:58:00 2026 Info: MID 1040643 Message-ID '<8b71b2ede2cbf4fff7f3.42840@client-b.example>'
Fri Nov 20 15:58:00 2026 Info: MID 1040643 Subject 'Meeting notes'
Fri Nov 20 15:58:00 2026 Info: MID 1040643 ready 8274 bytes from <noah.ivanova@client-b.example>
Fri Nov 20 15:58:00 2026 Info: MID 1040643 interim AV verdict using Sophos CLEAN
Fri Nov 20 15:58:00 2026 Info: ICID 416107 close
Fri Nov 20 15:58:00 2026 Info: MID 1040643 using engine: CASE spam negative
Fri Nov 20 15:58:00 2026 Info: MID 1040643 SPF: mailfrom identity noah.ivanova@client-b.example Pass (v=spf1)
Fri Nov 20 15:58:00 2026 Info: MID 1040643 DKIM: pass signature verified (d=client-b.example s=s2 i=@client-b.example)
Fri Nov 20 15:58:00 2026 Info: MID 1040643 antivirus negative
Fri Nov 20 15:58:01 2026 Info: MID 1040643 DMARC: Verification passed
Fri Nov 20 15:58:02 2026 Info: MID 1040643 matched all recipients for per-recipient policy Executives in the inbound table
Fri Nov 20 15:58:02 2026 Info: MID 1040643 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 15:58:04 2026 Info: MID 1040643 queued for delivery
Fri Nov 20 15:58:05 2026 Info: New SMTP DCID 204122 interface 192.0.2.20 address 52.101.46.160 port 25
Fri Nov 20 15:58:05 2026 Info: DCID 204122 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 15:58:05 2026 Info: Delivery start DCID 204122 MID 1040643 to RID [0]
Fri Nov 20 15:58:08 2026 Info: Message done DCID 204122 MID 1040643 to RID [0]
Fri Nov 20 15:58:08 2026 Info: MID 1040643 RID [0] Response '2.6.0 [InternalId=298280622130, Hostname=AM0PR01MB8823.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 15:58:08 2026 Info: Message finished MID 1040643 done
Fri Nov 20 15:58:08 2026 Info: DCID 204122 close
Fri Nov 20 16:13:06 2026 Info: New SMTP ICID 416108 interface OutgoingMail (192.0.2.11) address 10.20.3.94 reverse dns host exch3.corp.example verified yes
Fri Nov 20 16:13:06 2026 Info: ICID 416108 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 16:13:06 2026 Info: Start MID 1040644 ICID 416108
Fri Nov 20 16:13:06 2026 Info: MID 1040644 ICID 416108 From: <ivan.okafor@corp.example>
Fri Nov 20 16:13:06 2026 Info: MID 1040644 ICID 416108 RID 0 To: <mia.sato@logistics.example>
Fri Nov 20 16:13:07 2026 Info: MID 1040644 Message-ID '<4786a3d87cd1d3971920.91140@corp.example>'
Fri Nov 20 16:13:07 2026 Info: MID 1040644 Subject 'Lunch on Friday?'
Fri Nov 20 16:13:07 2026 Info: MID 1040644 ready 16831 bytes from <ivan.okafor@corp.example>
Fri Nov 20 16:13:07 2026 Info: MID 1040644 SPF: mailfrom identity ivan.okafor@corp.example Pass (v=spf1)
Fri Nov 20 16:13:07 2026 Info: MID 1040644 using engine: CASE spam negative
Fri Nov 20 16:13:07 2026 Info: ICID 416108 close
Fri Nov 20 16:13:07 2026 Info: MID 1040644 DKIM: pass signature verified (d=corp.example s=s6 i=@corp.example)
Fri Nov 20 16:13:07 2026 Info: MID 1040644 DMARC: Verification passed
Fri Nov 20 16:13:08 2026 Info: MID 1040644 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 16:13:08 2026 Info: MID 1040644 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 16:13:11 2026 Info: MID 1040644 queued for delivery
Fri Nov 20 16:13:12 2026 Info: New SMTP DCID 204123 interface 192.0.2.20 address 203.0.113.31 port 25
Fri Nov 20 16:13:12 2026 Info: DCID 204123 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 16:13:12 2026 Info: Delivery start DCID 204123 MID 1040644 to RID [0]
Fri Nov 20 16:13:13 2026 Info: Message done DCID 204123 MID 1040644 to RID [0]
Fri Nov 20 16:13:13 2026 Info: MID 1040644 RID [0] Response '2.0.0 Ok: queued as U9yB3dAoSzYzjfw4'
Fri Nov 20 16:13:13 2026 Info: Message finished MID 1040644 done
Fri Nov 20 16:13:13 2026 Info: DCID 204123 close
Fri Nov 20 16:19:05 2026 Info: New SMTP ICID 416109 interface IncomingMail (192.0.2.10) address 198.51.0.139 reverse dns host mail.bank.example verified yes
Fri Nov 20 16:19:05 2026 Info: ICID 416109 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.3
Fri Nov 20 16:19:05 2026 Info: ICID 416109 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 16:19:05 2026 Info: Start MID 1040645 ICID 416109
Fri Nov 20 16:19:05 2026 Info: MID 1040645 ICID 416109 From: <leo.mendes@bank.example>
Fri Nov 20 16:19:05 2026 Info: MID 1040645 ICID 416109 RID 0 To: <ida.dubois@corp.example>
Fri Nov 20 16:19:06 2026 Info: MID 1040645 Message-ID '<8a74d50a0a6e43b8de7c.12364@bank.example>'
Fri Nov 20 16:19:06 2026 Info: MID 1040645 Subject 'Re: [support #3156] FW: issue with the VPN client after the latest update (urgent)'
Fri Nov 20 16:19:06 2026 Info: MID 1040645 ready 36666 bytes from <leo.mendes@bank.example>
Fri Nov 20 16:19:06 2026 Info: ICID 416109 close
Fri Nov 20 16:19:06 2026 Info: MID 1040645 SPF: mailfrom identity leo.mendes@bank.example Pass (v=spf1)
Fri Nov 20 16:19:06 2026 Info: MID 1040645 DKIM: pass signature verified (d=bank.example s=s4 i=@bank.example)
Fri Nov 20 16:19:06 2026 Info: MID 1040645 interim AV verdict using Sophos CLEAN
Fri Nov 20 16:19:06 2026 Info: MID 1040645 antivirus negative
Fri Nov 20 16:19:06 2026 Info: MID 1040645 DMARC: Verification passed
Fri Nov 20 16:19:06 2026 Info: MID 1040645 using engine: CASE spam negative
Fri Nov 20 16:19:07 2026 Info: New SMTP ICID 416110 interface OutgoingMail (192.0.2.11) address 10.20.0.102 reverse dns host exch2.corp.example verified yes
Fri Nov 20 16:19:07 2026 Info: ICID 416110 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 16:19:07 2026 Info: MID 1040645 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 16:19:07 2026 Info: MID 1040645 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 16:19:08 2026 Info: Start MID 1040646 ICID 416110
Fri Nov 20 16:19:08 2026 Info: MID 1040646 ICID 416110 From: <sara.novak23@corp.example>
Fri Nov 20 16:19:08 2026 Info: MID 1040646 ICID 416110 RID 0 To: <noah.ivanova@client-b.example>
Fri Nov 20 16:19:08 2026 Info: MID 1040646 Message-ID '<af7ed5dcadf6f42b9d6b.1260@corp.example>'
Fri Nov 20 16:19:08 2026 Info: MID 1040646 Subject 'Welcome to the team!'
Fri Nov 20 16:19:08 2026 Info: MID 1040646 ready 17674 bytes from <sara.novak23@corp.example>
Fri Nov 20 16:19:08 2026 Info: ICID 416110 close
Fri Nov 20 16:19:08 2026 Info: MID 1040646 DMARC: Verification passed
Fri Nov 20 16:19:08 2026 Info: MID 1040646 using engine: CASE spam negative
Fri Nov 20 16:19:08 2026 Info: MID 1040646 SPF: mailfrom identity sara.novak23@corp.example Pass (v=spf1)
Fri Nov 20 16:19:08 2026 Info: MID 1040646 DKIM: pass signature verified (d=corp.example s=s6 i=@corp.example)
Fri Nov 20 16:19:08 2026 Info: MID 1040645 queued for delivery
Fri Nov 20 16:19:09 2026 Info: MID 1040646 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 16:19:10 2026 Info: MID 1040646 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 16:19:10 2026 Info: New SMTP DCID 204124 interface 192.0.2.20 address 52.101.7.137 port 25
Fri Nov 20 16:19:10 2026 Info: DCID 204124 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 16:19:10 2026 Info: Delivery start DCID 204124 MID 1040645 to RID [0]
Fri Nov 20 16:19:10 2026 Info: MID 1040646 queued for delivery
Fri Nov 20 16:19:12 2026 Info: Message done DCID 204124 MID 1040645 to RID [0]
Fri Nov 20 16:19:12 2026 Info: MID 1040645 RID [0] Response '2.6.0 [InternalId=824770189786, Hostname=AM0PR01MB2628.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 16:19:12 2026 Info: DCID 204124 close
Fri Nov 20 16:19:12 2026 Info: Message finished MID 1040645 done
Fri Nov 20 16:19:14 2026 Info: New SMTP DCID 204125 interface 192.0.2.20 address 203.0.113.58 port 25
Fri Nov 20 16:19:14 2026 Info: DCID 204125 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 16:19:14 2026 Info: Delivery start DCID 204125 MID 1040646 to RID [0]
Fri Nov 20 16:19:16 2026 Info: Message done DCID 204125 MID 1040646 to RID [0]
Fri Nov 20 16:19:16 2026 Info: MID 1040646 RID [0] Response '2.0.0 Ok: queued as xdJ5dgwtzEqUJtgq'
Fri Nov 20 16:19:16 2026 Info: Message finished MID 1040646 done
Fri Nov 20 16:19:16 2026 Info: DCID 204125 close
Fri Nov 20 16:20:21 2026 Info: New SMTP ICID 416111 interface IncomingMail (192.0.2.10) address 198.51.160.65 reverse dns host mail.client-b.example verified yes
Fri Nov 20 16:20:21 2026 Info: ICID 416111 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.8
Fri Nov 20 16:20:21 2026 Info: ICID 416111 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 16:20:21 2026 Info: Start MID 1040647 ICID 416111
Fri Nov 20 16:20:21 2026 Info: MID 1040647 ICID 416111 From: <max.larsen@client-b.example>
Fri Nov 20 16:20:21 2026 Info: MID 1040647 ICID 416111 RID 0 To: <sam.obrien@corp.example>
Fri Nov 20 16:20:21 2026 Info: MID 1040647 ICID 416111 RID 1 To: <ravi.obrien@corp.example>
Fri Nov 20 16:20:21 2026 Info: MID 1040647 ICID 416111 RID 2 To: <zoe.moreau@corp.example>
Fri Nov 20 16:20:21 2026 Info: MID 1040647 ICID 416111 RID 3 To: <Mia.Garcia@Corp.Example>
Fri Nov 20 16:20:22 2026 Info: MID 1040647 Message-ID '<0252a6d05f0dea081856.79870@client-b.example>'
Fri Nov 20 16:20:22 2026 Info: MID 1040647 Subject 'Your order 47333 has shipped'
Fri Nov 20 16:20:22 2026 Info: MID 1040647 ready 30153 bytes from <max.larsen@client-b.example>
Fri Nov 20 16:20:22 2026 Info: MID 1040647 using engine: CASE spam negative
Fri Nov 20 16:20:22 2026 Info: MID 1040647 DKIM: pass signature verified (d=client-b.example s=s9 i=@client-b.example)
Fri Nov 20 16:20:22 2026 Info: ICID 416111 close
Fri Nov 20 16:20:22 2026 Info: MID 1040647 DMARC: Verification passed
Fri Nov 20 16:20:22 2026 Info: MID 1040647 SPF: mailfrom identity max.larsen@client-b.example Pass (v=spf1)
Fri Nov 20 16:20:23 2026 Info: MID 1040647 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 16:20:23 2026 Info: MID 1040647 attachment 'notes.txt'
Fri Nov 20 16:20:23 2026 Info: MID 1040647 AMP file reputation verdict : CLEAN
Fri Nov 20 16:20:23 2026 Info: MID 1040647 rewritten to MID 1040648 by url-rewrite filter 'Rewrite_URLs'
Fri Nov 20 16:20:23 2026 Info: Message finished MID 1040647 done
Fri Nov 20 16:20:23 2026 Info: MID 1040648 ICID 0 From: <max.larsen@client-b.example>
Fri Nov 20 16:20:23 2026 Info: MID 1040648 ICID 0 RID 0 To: <sam.obrien@corp.example>
Fri Nov 20 16:20:23 2026 Info: MID 1040648 ICID 0 RID 1 To: <ravi.obrien@corp.example>
Fri Nov 20 16:20:23 2026 Info: MID 1040648 ICID 0 RID 2 To: <zoe.moreau@corp.example>
Fri Nov 20 16:20:23 2026 Info: MID 1040648 ICID 0 RID 3 To: <Mia.Garcia@Corp.Example>
Fri Nov 20 16:20:23 2026 Info: MID 1040648 Message-ID '<0252a6d05f0dea081856.79870@client-b.example>'
Fri Nov 20 16:20:23 2026 Info: MID 1040648 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 16:20:23 2026 Info: MID 1040648 queued for delivery
Fri Nov 20 16:20:26 2026 Info: New SMTP DCID 204126 interface 192.0.2.20 address 52.101.166.76 port 25
Fri Nov 20 16:20:26 2026 Info: DCID 204126 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 16:20:26 2026 Info: Delivery start DCID 204126 MID 1040648 to RID [0, 1, 2, 3]
Fri Nov 20 16:20:28 2026 Info: Message done DCID 204126 MID 1040648 to RID [0, 1, 2, 3]
Fri Nov 20 16:20:28 2026 Info: MID 1040648 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=231874498738, Hostname=AM0PR01MB8348.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 16:20:28 2026 Info: Message finished MID 1040648 done
Fri Nov 20 16:20:28 2026 Info: DCID 204126 close
Fri Nov 20 17:16:05 2026 Info: New SMTP ICID 416112 interface IncomingMail (192.0.2.10) address 198.51.203.14 reverse dns host mail.client-a.example verified yes
Fri Nov 20 17:16:05 2026 Info: ICID 416112 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.4
Fri Nov 20 17:16:05 2026 Info: ICID 416112 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 17:16:05 2026 Info: Start MID 1040649 ICID 416112
Fri Nov 20 17:16:05 2026 Info: MID 1040649 ICID 416112 From: <ida.obrien@client-a.example>
Fri Nov 20 17:16:05 2026 Info: MID 1040649 ICID 416112 RID 0 To: <lena.novak@corp.example>
Fri Nov 20 17:16:05 2026 Info: MID 1040649 Message-ID "<o'neill.59444a3ffb15@client-a.example>"
Fri Nov 20 17:16:05 2026 Info: MID 1040649 Subject 'Lunch on Friday?'
Fri Nov 20 17:16:05 2026 Info: MID 1040649 ready 40927 bytes from <ida.obrien@client-a.example>
Fri Nov 20 17:16:05 2026 Info: ICID 416112 close
Fri Nov 20 17:16:05 2026 Info: MID 1040649 SPF: mailfrom identity ida.obrien@client-a.example Pass (v=spf1)
Fri Nov 20 17:16:05 2026 Info: MID 1040649 using engine: CASE spam negative
Fri Nov 20 17:16:06 2026 Info: MID 1040649 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 17:16:06 2026 Info: MID 1040649 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 17:16:06 2026 Info: MID 1040649 queued for delivery
Fri Nov 20 17:16:08 2026 Info: New SMTP DCID 204127 interface 192.0.2.20 address 52.101.223.76 port 25
Fri Nov 20 17:16:08 2026 Info: DCID 204127 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 17:16:08 2026 Info: Delivery start DCID 204127 MID 1040649 to RID [0]
Fri Nov 20 17:16:09 2026 Info: Message done DCID 204127 MID 1040649 to RID [0]
Fri Nov 20 17:16:09 2026 Info: MID 1040649 RID [0] Response '2.0.0 Ok: queued as NEZ3xafTvGNk6AE5'
Fri Nov 20 17:16:09 2026 Info: Message finished MID 1040649 done
Fri Nov 20 17:16:09 2026 Info: DCID 204127 close
Fri Nov 20 17:29:21 2026 Info: New SMTP ICID 416113 interface OutgoingMail (192.0.2.11) address 10.20.0.226 reverse dns host exch4.corp.example verified yes
Fri Nov 20 17:29:21 2026 Info: ICID 416113 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 17:29:21 2026 Info: Start MID 1040650 ICID 416113
Fri Nov 20 17:29:21 2026 Info: MID 1040650 ICID 416113 From: <lena.novak@corp.example>
Fri Nov 20 17:29:21 2026 Info: MID 1040650 ICID 416113 RID 0 To: <tom.smith@partner.example>
Fri Nov 20 17:29:21 2026 Info: MID 1040650 Message-ID '<CAtX9RnaibvWCZBU2xTbbMq+X=4b_F5KRcCTCM1bSrNH@mail.corp.example>'
Fri Nov 20 17:29:21 2026 Info: MID 1040650 Subject Re: [support #74792] FW: issue\r\n with the VPN client after the latest update (urgent)
Fri Nov 20 17:29:21 2026 Info: MID 1040650 ready 132689 bytes from <lena.novak@corp.example>
Fri Nov 20 17:29:21 2026 Info: MID 1040650 SPF: mailfrom identity lena.novak@corp.example Pass (v=spf1)
Fri Nov 20 17:29:21 2026 Info: MID 1040650 DKIM: pass signature verified (d=corp.example s=s1 i=@corp.example)
Fri Nov 20 17:29:21 2026 Info: ICID 416113 close
Fri Nov 20 17:29:22 2026 Info: MID 1040650 antivirus negative
Fri Nov 20 17:29:22 2026 Info: MID 1040650 interim AV verdict using Sophos CLEAN
Fri Nov 20 17:29:22 2026 Info: MID 1040650 using engine: CASE spam negative
Fri Nov 20 17:29:22 2026 Info: MID 1040650 DMARC: Verification passed
Fri Nov 20 17:29:22 2026 Info: MID 1040650 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 17:29:22 2026 Info: MID 1040650 attachment 'invoice_45299.pdf'
Fri Nov 20 17:29:22 2026 Info: MID 1040650 attachment 'image002.jpg'
Fri Nov 20 17:29:22 2026 Info: MID 1040650 AMP file reputation verdict : CLEAN
Fri Nov 20 17:29:23 2026 Info: MID 1040650 queued for delivery
Fri Nov 20 17:29:23 2026 Info: New SMTP DCID 204128 interface 192.0.2.20 address 203.0.113.235 port 25
Fri Nov 20 17:29:23 2026 Info: DCID 204128 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 17:29:23 2026 Info: Delivery start DCID 204128 MID 1040650 to RID [0]
Fri Nov 20 17:29:24 2026 Info: Message done DCID 204128 MID 1040650 to RID [0]
Fri Nov 20 17:29:24 2026 Info: MID 1040650 RID [0] Response '2.0.0 Ok: queued as CAsNJV49rUqkYgiK'
Fri Nov 20 17:29:24 2026 Info: DCID 204128 close
Fri Nov 20 17:29:24 2026 Info: Message finished MID 1040650 done
Fri Nov 20 17:29:25 2026 Info: New SMTP ICID 416114 interface IncomingMail (192.0.2.10) address 198.51.62.111 reverse dns host mail.gmail.example verified yes
Fri Nov 20 17:29:25 2026 Info: ICID 416114 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.8
Fri Nov 20 17:29:25 2026 Info: ICID 416114 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 17:29:25 2026 Info: Start MID 1040651 ICID 416114
Fri Nov 20 17:29:25 2026 Info: MID 1040651 ICID 416114 From: <paul.moreau@gmail.example>
Fri Nov 20 17:29:25 2026 Info: MID 1040651 ICID 416114 RID 0 To: <nora.mendes@corp.example>
Fri Nov 20 17:29:26 2026 Info: MID 1040651 Message-ID '<cd22e6d2b38e10c178f7.80581@gmail.example>'
Fri Nov 20 17:29:26 2026 Info: MID 1040651 Subject 'Welcome to the team!'
Fri Nov 20 17:29:26 2026 Info: MID 1040651 ready 17572 bytes from <paul.moreau@gmail.example>
Fri Nov 20 17:29:26 2026 Info: MID 1040651 SPF: mailfrom identity paul.moreau@gmail.example Pass (v=spf1)
Fri Nov 20 17:29:26 2026 Info: ICID 416114 close
Fri Nov 20 17:29:26 2026 Info: MID 1040651 using engine: CASE spam negative
Fri Nov 20 17:29:27 2026 Info: MID 1040651 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 17:29:27 2026 Info: MID 1040651 attachment 'notes.txt'
Fri Nov 20 17:29:27 2026 Info: File reputation query initiating. File Name = 'notes.txt', MID = 1040651, File Size = 5188 bytes, File Type = text/plain
Fri Nov 20 17:29:27 2026 Info: MID 1040651 AMP file reputation verdict : CLEAN
Fri Nov 20 17:29:27 2026 Info: Response received for file reputation query from Cloud. File Name = 'notes.txt', MID = 1040651, Disposition = CLEAN, Malware = None, Reputation Score = 5, sha256 = eac29dbf010072718d8cf9a8b0d1937ab5ec5c294e868ac300b62052c9a27dd4, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Fri Nov 20 17:29:28 2026 Info: MID 1040651 queued for delivery
Fri Nov 20 17:29:28 2026 Info: New SMTP ICID 416115 interface IncomingMail (192.0.2.10) address 198.51.204.172 reverse dns host mail.partner.example verified yes
Fri Nov 20 17:29:28 2026 Info: ICID 416115 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.0
Fri Nov 20 17:29:28 2026 Info: ICID 416115 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 17:29:28 2026 Info: Start MID 1040652 ICID 416115
Fri Nov 20 17:29:28 2026 Info: MID 1040652 ICID 416115 From: <tom.smith@partner.example>
Fri Nov 20 17:29:28 2026 Info: MID 1040652 ICID 416115 RID 0 To: <ida.dubois@corp.example>
Fri Nov 20 17:29:28 2026 Info: MID 1040652 ICID 416115 RID 1 To: <nora.mendes@corp.example>
Fri Nov 20 17:29:28 2026 Info: MID 1040652 ICID 416115 RID 2 To: <li.larsen@corp.example>
Fri Nov 20 17:29:28 2026 Info: MID 1040652 ICID 416115 RID 3 To: <ravi.obrien@corp-mail.example>
Fri Nov 20 17:29:28 2026 Info: MID 1040652 Message-ID '<CAHz0g4r1+Ix2qq4Bk4aqvyb/ggHy3LYFsmLg8/P0n1Y@mail.partner.example>'
Fri Nov 20 17:29:28 2026 Info: MID 1040652 Subject 'Re: Re: Re: hiring plan'
Fri Nov 20 17:29:28 2026 Info: MID 1040652 ready 29565 bytes from <tom.smith@partner.example>
Fri Nov 20 17:29:28 2026 Info: New SMTP DCID 204129 interface 192.0.2.20 address 52.101.169.35 port 25
Fri Nov 20 17:29:28 2026 Info: DCID 204129 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 17:29:28 2026 Info: Delivery start DCID 204129 MID 1040651 to RID [0]
Fri Nov 20 17:29:28 2026 Info: MID 1040652 using engine: CASE spam negative
Fri Nov 20 17:29:28 2026 Info: MID 1040652 Outbreak Filters: verdict negative
Fri Nov 20 17:29:28 2026 Info: ICID 416115 close
Fri Nov 20 17:29:28 2026 Info: MID 1040652 URL https://www.partner.example/t/899edcadd4 has reputation 0.0 matched Condition: URL Reputation Rule
Fri Nov 20 17:29:28 2026 Info: MID 1040652 SPF: mailfrom identity tom.smith@partner.example Pass (v=spf1)
Fri Nov 20 17:29:30 2026 Info: MID 1040652 was split creating MID 1040653 due to a per-recipient policy Engineering in the inbound table
Fri Nov 20 17:29:30 2026 Info: MID 1040653 ICID 0 From: <tom.smith@partner.example>
Fri Nov 20 17:29:30 2026 Info: MID 1040653 ICID 0 RID 0 To: <nora.mendes@corp.example>
Fri Nov 20 17:29:30 2026 Info: MID 1040653 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 17:29:30 2026 Info: MID 1040653 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 17:29:30 2026 Info: MID 1040652 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 17:29:30 2026 Info: MID 1040652 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 17:29:31 2026 Info: Message done DCID 204129 MID 1040651 to RID [0]
Fri Nov 20 17:29:31 2026 Info: MID 1040651 RID [0] Response '2.0.0 Ok: queued as 44SZAAYPieVTXX8o'
Fri Nov 20 17:29:31 2026 Info: Message finished MID 1040651 done
Fri Nov 20 17:29:31 2026 Info: DCID 204129 close
Fri Nov 20 17:29:31 2026 Info: MID 1040653 queued for delivery
Fri Nov 20 17:29:32 2026 Info: MID 1040652 queued for delivery
Fri Nov 20 17:29:34 2026 Info: New SMTP DCID 204131 interface 192.0.2.20 address 52.101.193.167 port 25
Fri Nov 20 17:29:34 2026 Info: DCID 204131 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 17:29:34 2026 Info: Delivery start DCID 204131 MID 1040653 to RID [0]
Fri Nov 20 17:29:34 2026 Info: Message done DCID 204131 MID 1040653 to RID [0]
Fri Nov 20 17:29:34 2026 Info: MID 1040653 RID [0] Response '2.6.0 [InternalId=985218993954, Hostname=AM0PR01MB2737.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 17:29:34 2026 Info: DCID 204131 close
Fri Nov 20 17:29:34 2026 Info: Message finished MID 1040653 done
Fri Nov 20 17:29:35 2026 Info: New SMTP DCID 204130 interface 192.0.2.20 address 52.101.77.189 port 25
Fri Nov 20 17:29:35 2026 Info: DCID 204130 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 17:29:35 2026 Info: Delivery start DCID 204130 MID 1040652 to RID [0, 2, 3]
Fri Nov 20 17:29:37 2026 Info: Message done DCID 204130 MID 1040652 to RID [0, 2, 3]
Fri Nov 20 17:29:37 2026 Info: MID 1040652 RID [0, 2, 3] Response '2.0.0 Ok: queued as NQfPCttXL5MtzW4W'
Fri Nov 20 17:29:37 2026 Info: DCID 204130 close
Fri Nov 20 17:29:37 2026 Info: Message finished MID 1040652 done
Fri Nov 20 17:32:13 2026 Info: New SMTP ICID 416116 interface OutgoingMail (192.0.2.11) address 10.20.3.54 reverse dns host exch1.corp.example verified yes
Fri Nov 20 17:32:13 2026 Info: ICID 416116 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 17:32:13 2026 Info: Start MID 1040654 ICID 416116
Fri Nov 20 17:32:13 2026 Info: MID 1040654 ICID 416116 From: <mia.garcia@corp.example>
Fri Nov 20 17:32:13 2026 Info: MID 1040654 ICID 416116 RID 0 To: <tom.smith@partner.example>
Fri Nov 20 17:32:14 2026 Info: MID 1040654 Message-ID '<CAvoC4Am19kIX/TbYy2gVv74fgzacU/dZBRbLW-bQUwa@mail.corp.example>'
Fri Nov 20 17:32:14 2026 Info: MID 1040654 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Fri Nov 20 17:32:14 2026 Info: MID 1040654 ready 13095 bytes from <mia.garcia@corp.example>
Fri Nov 20 17:32:14 2026 Info: MID 1040654 SPF: mailfrom identity mia.garcia@corp.example Pass (v=spf1)
Fri Nov 20 17:32:14 2026 Info: MID 1040654 antivirus negative
Fri Nov 20 17:32:14 2026 Info: ICID 416116 close
Fri Nov 20 17:32:14 2026 Info: MID 1040654 DKIM: pass signature verified (d=corp.example s=s7 i=@corp.example)
Fri Nov 20 17:32:14 2026 Info: MID 1040654 interim AV verdict using Sophos CLEAN
Fri Nov 20 17:32:14 2026 Info: MID 1040654 DMARC: Verification passed
Fri Nov 20 17:32:14 2026 Info: New SMTP ICID 416117 interface IncomingMail (192.0.2.10) address 198.51.46.9 reverse dns host mail.university.example verified yes
Fri Nov 20 17:32:14 2026 Info: ICID 416117 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.1
Fri Nov 20 17:32:14 2026 Info: ICID 416117 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 17:32:14 2026 Info: MID 1040654 using engine: CASE spam negative
Fri Nov 20 17:32:14 2026 Info: Start MID 1040655 ICID 416117
Fri Nov 20 17:32:14 2026 Info: MID 1040655 ICID 416117 From: <emma.larsen@university.example>
Fri Nov 20 17:32:14 2026 Info: MID 1040655 ICID 416117 RID 0 To: <dan.okafor@corp.example>
Fri Nov 20 17:32:14 2026 Info: MID 1040655 Message-ID '<e7b0f17775951916%20#&5abf5@university.example>'
Fri Nov 20 17:32:14 2026 Info: MID 1040655 Subject 'Lunch on Friday?'
Fri Nov 20 17:32:14 2026 Info: MID 1040655 ready 770362 bytes from <emma.larsen@university.example>
Fri Nov 20 17:32:14 2026 Info: ICID 416117 close
Fri Nov 20 17:32:14 2026 Info: MID 1040655 SPF: mailfrom identity emma.larsen@university.example Pass (v=spf1)
Fri Nov 20 17:32:14 2026 Info: MID 1040654 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 17:32:14 2026 Info: MID 1040655 using engine: CASE spam negative
Fri Nov 20 17:32:14 2026 Info: MID 1040655 URL https://www.university.example/t/616ed3862d has reputation 0.0 matched Condition: URL Reputation Rule
Fri Nov 20 17:32:15 2026 Info: MID 1040654 AMP file reputation verdict : SKIPPED (no attachment in message)
Fri Nov 20 17:32:15 2026 Info: MID 1040655 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 17:32:15 2026 Info: MID 1040654 queued for delivery
Fri Nov 20 17:32:15 2026 Info: MID 1040655 attachment 'meeting.ics'
Fri Nov 20 17:32:16 2026 Info: MID 1040655 attachment 'budget_2026_v3.xlsx'
Fri Nov 20 17:32:16 2026 Info: MID 1040655 attachment 'image002.jpg'
Fri Nov 20 17:32:16 2026 Info: MID 1040655 AMP file reputation verdict : UNKNOWN
Fri Nov 20 17:32:17 2026 Info: MID 1040655 queued for delivery
Fri Nov 20 17:32:18 2026 Info: New SMTP DCID 204132 interface 192.0.2.20 address 203.0.113.32 port 25
Fri Nov 20 17:32:18 2026 Info: DCID 204132 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 17:32:18 2026 Info: Delivery start DCID 204132 MID 1040654 to RID [0]
Fri Nov 20 17:32:19 2026 Info: New SMTP DCID 204133 interface 192.0.2.20 address 52.101.29.141 port 25
Fri Nov 20 17:32:19 2026 Info: DCID 204133 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 17:32:19 2026 Info: Delivery start DCID 204133 MID 1040655 to RID [0]
Fri Nov 20 17:32:19 2026 Info: Message done DCID 204132 MID 1040654 to RID [0]
Fri Nov 20 17:32:19 2026 Info: MID 1040654 RID [0] Response '2.0.0 Ok: queued as xbkZeCtnK2yVuFVq'
Fri Nov 20 17:32:19 2026 Info: DCID 204132 close
Fri Nov 20 17:32:19 2026 Info: Message finished MID 1040654 done
Fri Nov 20 17:32:20 2026 Info: Message done DCID 204133 MID 1040655 to RID [0]
Fri Nov 20 17:32:20 2026 Info: MID 1040655 RID [0] Response '2.6.0 [InternalId=860911349645, Hostname=AM0PR01MB3609.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 17:32:20 2026 Info: Message finished MID 1040655 done
Fri Nov 20 17:32:20 2026 Info: DCID 204133 close
Fri Nov 20 19:25:09 2026 Info: New SMTP ICID 416118 interface IncomingMail (192.0.2.10) address 198.51.56.176 reverse dns host mail.client-b.example verified yes
Fri Nov 20 19:25:09 2026 Info: ICID 416118 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.5
Fri Nov 20 19:25:09 2026 Info: ICID 416118 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 19:25:10 2026 Info: Start MID 1040656 ICID 416118
Fri Nov 20 19:25:10 2026 Info: MID 1040656 ICID 416118 From: <max.fischer@client-b.example>
Fri Nov 20 19:25:10 2026 Info: MID 1040656 ICID 416118 RID 0 To: <ines.berg@corp.example>
Fri Nov 20 19:25:10 2026 Info: MID 1040656 Message-ID '<5437f7c25f825e83373d.98260@client-b.example>'
Fri Nov 20 19:25:10 2026 Info: MID 1040656 Subject 'Scan from copier 98383'
Fri Nov 20 19:25:10 2026 Info: MID 1040656 ready 399134 bytes from <max.fischer@client-b.example>
Fri Nov 20 19:25:10 2026 Info: ICID 416118 close
Fri Nov 20 19:25:10 2026 Info: MID 1040656 using engine: CASE spam negative
Fri Nov 20 19:25:10 2026 Info: MID 1040656 DMARC: Verification passed
Fri Nov 20 19:25:10 2026 Info: MID 1040656 DKIM: pass signature verified (d=client-b.example s=s6 i=@client-b.example)
Fri Nov 20 19:25:10 2026 Info: MID 1040656 SPF: mailfrom identity max.fischer@client-b.example Pass (v=spf1)
Fri Nov 20 19:25:11 2026 Info: MID 1040656 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 19:25:12 2026 Info: MID 1040656 attachment 'minutes-18990.docx'
Fri Nov 20 19:25:12 2026 Info: File reputation query initiating. File Name = 'minutes-18990.docx', MID = 1040656, File Size = 195068 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Fri Nov 20 19:25:12 2026 Info: MID 1040656 attachment 'minutes-8540.docx'
Fri Nov 20 19:25:12 2026 Info: File reputation query initiating. File Name = 'minutes-8540.docx', MID = 1040656, File Size = 88302 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Fri Nov 20 19:25:12 2026 Info: MID 1040656 AMP file reputation verdict : UNKNOWN
Fri Nov 20 19:25:12 2026 Info: Response received for file reputation query from Cache. File Name = minutes-8540.docx, MID = 1040656, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = cd37880e16ac4191a26aa0ae044f1574f037afc644d82a531289bafae5316960, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Fri Nov 20 19:25:12 2026 Info: Response received for file reputation query from Cache. File Name = 'minutes-18990.docx', MID = 1040656, Disposition = FILE UNKNOWN, Malware = None, Reputation Score = 0, sha256 = fd68373b29acf1a57cbd1f5ae28af60465f4298618189af4f3d74f82bf268ea0, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Fri Nov 20 19:25:13 2026 Info: MID 1040656 queued for delivery
Fri Nov 20 19:25:14 2026 Info: New SMTP DCID 204134 interface 192.0.2.20 address 52.101.155.234 port 25
Fri Nov 20 19:25:14 2026 Info: DCID 204134 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 19:25:14 2026 Info: Delivery start DCID 204134 MID 1040656 to RID [0]
Fri Nov 20 19:25:16 2026 Info: Message done DCID 204134 MID 1040656 to RID [0]
Fri Nov 20 19:25:16 2026 Info: MID 1040656 RID [0] Response '2.0.0 Ok: queued as cw3rQYKP63UNAubU'
Fri Nov 20 19:25:16 2026 Info: Message finished MID 1040656 done
Fri Nov 20 19:25:16 2026 Info: DCID 204134 close
Fri Nov 20 19:39:10 2026 Info: New SMTP ICID 416119 interface IncomingMail (192.0.2.10) address 198.51.149.237 reverse dns host mail.logistics.example verified yes
Fri Nov 20 19:39:10 2026 Info: ICID 416119 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.7
Fri Nov 20 19:39:10 2026 Info: ICID 416119 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 19:39:10 2026 Info: Start MID 1040657 ICID 416119
Fri Nov 20 19:39:10 2026 Info: MID 1040657 ICID 416119 From: <mia.sato@logistics.example>
Fri Nov 20 19:39:10 2026 Info: MID 1040657 ICID 416119 RID 0 To: <ravi.nguyen@corp-mail.example>
Fri Nov 20 19:39:11 2026 Info: MID 1040657 Message-ID '<96b633d7a721f5979266.50309@logistics.example>'
Fri Nov 20 19:39:11 2026 Info: MID 1040657 Subject 'Welcome to the team!'
Fri Nov 20 19:39:11 2026 Info: MID 1040657 ready 180651 bytes from <mia.sato@logistics.example>
Fri Nov 20 19:39:11 2026 Info: MID 1040657 DKIM: pass signature verified (d=logistics.example s=s6 i=@logistics.example)
Fri Nov 20 19:39:11 2026 Info: New SMTP ICID 416120 interface OutgoingMail (192.0.2.11) address 10.20.8.155 reverse dns host exch2.corp.example verified yes
Fri Nov 20 19:39:11 2026 Info: ICID 416120 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 19:39:11 2026 Info: MID 1040657 SPF: mailfrom identity mia.sato@logistics.example Pass (v=spf1)
Fri Nov 20 19:39:11 2026 Info: MID 1040657 using engine: CASE spam negative
Fri Nov 20 19:39:11 2026 Info: ICID 416119 close
Fri Nov 20 19:39:11 2026 Info: MID 1040657 DMARC: Verification passed
Fri Nov 20 19:39:11 2026 Info: Start MID 1040658 ICID 416120
Fri Nov 20 19:39:11 2026 Info: MID 1040658 ICID 416120 From: <kofi.moreau@corp.example>
Fri Nov 20 19:39:11 2026 Info: MID 1040658 ICID 416120 RID 0 To: <tom.obrien@bank.example>
Fri Nov 20 19:39:11 2026 Info: MID 1040658 Message-ID '<3cfd69235ccf526f2a55.7393@corp.example>'
Fri Nov 20 19:39:11 2026 Info: MID 1040658 Subject 'Reminder: timesheets due'
Fri Nov 20 19:39:11 2026 Info: MID 1040658 ready 295918 bytes from <kofi.moreau@corp.example>
Fri Nov 20 19:39:11 2026 Info: MID 1040658 DMARC: Verification passed
Fri Nov 20 19:39:12 2026 Info: ICID 416120 close
Fri Nov 20 19:39:12 2026 Info: MID 1040658 antivirus negative
Fri Nov 20 19:39:12 2026 Info: MID 1040658 DKIM: pass signature verified (d=corp.example s=s6 i=@corp.example)
Fri Nov 20 19:39:12 2026 Info: MID 1040658 using engine: CASE spam negative
Fri Nov 20 19:39:12 2026 Info: MID 1040658 SPF: mailfrom identity kofi.moreau@corp.example Pass (v=spf1)
Fri Nov 20 19:39:12 2026 Info: MID 1040658 interim AV verdict using Sophos CLEAN
Fri Nov 20 19:39:12 2026 Info: MID 1040657 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 19:39:12 2026 Info: MID 1040657 attachment 'image002.jpg'
Fri Nov 20 19:39:12 2026 Info: MID 1040657 attachment 'minutes-8540.docx'
Fri Nov 20 19:39:13 2026 Info: MID 1040657 AMP file reputation verdict : UNKNOWN
Fri Nov 20 19:39:13 2026 Info: MID 1040658 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 19:39:13 2026 Info: MID 1040658 attachment 'Caf=C3=A9=20menu=2035181.pdf'
Fri Nov 20 19:39:13 2026 Info: MID 1040658 AMP file reputation verdict : CLEAN
Fri Nov 20 19:39:15 2026 Info: MID 1040657 queued for delivery
Fri Nov 20 19:39:15 2026 Info: MID 1040658 queued for delivery
Fri Nov 20 19:39:16 2026 Info: New SMTP DCID 204136 interface 192.0.2.20 address 203.0.113.49 port 25
Fri Nov 20 19:39:16 2026 Info: DCID 204136 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 19:39:16 2026 Info: Delivery start DCID 204136 MID 1040658 to RID [0]
Fri Nov 20 19:39:17 2026 Info: Message done DCID 204136 MID 1040658 to RID [0]
Fri Nov 20 19:39:17 2026 Info: MID 1040658 RID [0] Response '2.0.0 Ok: queued as bYTwQxJcEQqmXwHS'
Fri Nov 20 19:39:17 2026 Info: Message finished MID 1040658 done
Fri Nov 20 19:39:17 2026 Info: DCID 204136 close
Fri Nov 20 19:39:18 2026 Info: New SMTP DCID 204135 interface 192.0.2.20 address 52.101.218.139 port 25
Fri Nov 20 19:39:18 2026 Info: DCID 204135 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 19:39:18 2026 Info: Delivery start DCID 204135 MID 1040657 to RID [0]
Fri Nov 20 19:39:19 2026 Info: Message done DCID 204135 MID 1040657 to RID [0]
Fri Nov 20 19:39:19 2026 Info: MID 1040657 RID [0] Response '2.6.0 [InternalId=735164248700, Hostname=AM0PR01MB1590.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 19:39:19 2026 Info: Message finished MID 1040657 done
Fri Nov 20 19:39:19 2026 Info: DCID 204135 close
Fri Nov 20 20:44:58 2026 Info: New SMTP ICID 416121 interface OutgoingMail (192.0.2.11) address 10.20.1.212 reverse dns host exch2.corp.example verified yes
Fri Nov 20 20:44:58 2026 Info: ICID 416121 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Fri Nov 20 20:44:58 2026 Info: Start MID 1040659 ICID 416121
Fri Nov 20 20:44:58 2026 Info: MID 1040659 ICID 416121 From: <li.haddad@corp.example>
Fri Nov 20 20:44:58 2026 Info: MID 1040659 ICID 416121 RID 0 To: <max.fischer@client-b.example>
Fri Nov 20 20:44:58 2026 Info: MID 1040659 Message-ID '<e739e05e33bd66121025.81334@corp.example>'
Fri Nov 20 20:44:58 2026 Info: MID 1040659 Subject 'Budget 2027 – first numbers'
Fri Nov 20 20:44:58 2026 Info: MID 1040659 ready 60320 bytes from <li.haddad@corp.example>
Fri Nov 20 20:44:58 2026 Info: MID 1040659 using engine: CASE spam negative
Fri Nov 20 20:44:59 2026 Info: ICID 416121 close
Fri Nov 20 20:44:59 2026 Info: MID 1040659 SPF: mailfrom identity li.haddad@corp.example Pass (v=spf1)
Fri Nov 20 20:44:59 2026 Info: MID 1040659 URL https://www.corp.example/t/b3e79ed24e has reputation 0.0 matched Condition: URL Reputation Rule
Fri Nov 20 20:44:59 2026 Info: MID 1040659 matched all recipients for per-recipient policy DEFAULT in the outbound table
Fri Nov 20 20:45:00 2026 Info: MID 1040659 attachment 'image001.png'
Fri Nov 20 20:45:00 2026 Info: MID 1040659 AMP file reputation verdict : CLEAN
Fri Nov 20 20:45:00 2026 Info: MID 1040659 queued for delivery
Fri Nov 20 20:45:03 2026 Info: New SMTP DCID 204137 interface 192.0.2.20 address 203.0.113.137 port 25
Fri Nov 20 20:45:03 2026 Info: DCID 204137 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 20:45:03 2026 Info: Delivery start DCID 204137 MID 1040659 to RID [0]
Fri Nov 20 20:45:05 2026 Info: Message done DCID 204137 MID 1040659 to RID [0]
Fri Nov 20 20:45:05 2026 Info: MID 1040659 RID [0] Response '2.0.0 Ok: queued as mVD3qnXHMrPkgC5p'
Fri Nov 20 20:45:05 2026 Info: Message finished MID 1040659 done
Fri Nov 20 20:45:05 2026 Info: DCID 204137 close
Fri Nov 20 20:46:28 2026 Info: New SMTP ICID 416122 interface IncomingMail (192.0.2.10) address 198.51.114.213 reverse dns host mail.logistics.example verified yes
Fri Nov 20 20:46:28 2026 Info: ICID 416122 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.2
Fri Nov 20 20:46:28 2026 Info: ICID 416122 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 20:46:29 2026 Info: Start MID 1040660 ICID 416122
Fri Nov 20 20:46:29 2026 Info: MID 1040660 ICID 416122 From: <sofia.weber@logistics.example>
Fri Nov 20 20:46:29 2026 Info: MID 1040660 ICID 416122 RID 0 To: <sara.novak23@corp.example>
Fri Nov 20 20:46:29 2026 Info: MID 1040660 Message-ID '<b9cb63683a30db77eec5.34460@logistics.example>'
Fri Nov 20 20:46:29 2026 Info: MID 1040660 Subject 'Welcome to the team!'
Fri Nov 20 20:46:29 2026 Info: MID 1040660 ready 89583 bytes from <sofia.weber@logistics.example>
Fri Nov 20 20:46:29 2026 Info: ICID 416122 close
Fri Nov 20 20:46:30 2026 Info: MID 1040660 URL https://www.logistics.example/t/33658a7941 has reputation 7.9 matched Condition: URL Reputation Rule
Fri Nov 20 20:46:30 2026 Info: MID 1040660 Outbreak Filters: verdict negative
Fri Nov 20 20:46:30 2026 Info: MID 1040660 SPF: mailfrom identity sofia.weber@logistics.example Pass (v=spf1)
Fri Nov 20 20:46:30 2026 Info: MID 1040660 using engine: CASE spam negative
Fri Nov 20 20:46:30 2026 Info: MID 1040660 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 20:46:30 2026 Info: MID 1040660 attachment 'Report,Final=20Draft:=20Revenue=20(Q3),Approved.pdf'
Fri Nov 20 20:46:30 2026 Info: MID 1040660 AMP file reputation verdict : CLEAN
Fri Nov 20 20:46:32 2026 Info: MID 1040660 queued for delivery
Fri Nov 20 20:46:35 2026 Info: New SMTP DCID 204138 interface 192.0.2.20 address 52.101.239.115 port 25
Fri Nov 20 20:46:35 2026 Info: DCID 204138 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 20:46:35 2026 Info: Delivery start DCID 204138 MID 1040660 to RID [0]
Fri Nov 20 20:46:36 2026 Info: Message done DCID 204138 MID 1040660 to RID [0]
Fri Nov 20 20:46:36 2026 Info: MID 1040660 RID [0] Response '2.6.0 [InternalId=397862482246, Hostname=AM0PR01MB9858.eurprd01.prod.outlook.com] Queued mail for delivery'
Fri Nov 20 20:46:36 2026 Info: Message finished MID 1040660 done
Fri Nov 20 20:46:36 2026 Info: DCID 204138 close
Fri Nov 20 21:54:34 2026 Info: New SMTP ICID 416123 interface IncomingMail (192.0.2.10) address 198.51.242.150 reverse dns host mail.corp-invoices.example verified yes
Fri Nov 20 21:54:34 2026 Info: ICID 416123 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.5
Fri Nov 20 21:54:34 2026 Info: ICID 416123 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 21:54:35 2026 Info: Start MID 1040661 ICID 416123
Fri Nov 20 21:54:35 2026 Info: MID 1040661 ICID 416123 From: <no-reply@corp-invoices.example>
Fri Nov 20 21:54:35 2026 Info: MID 1040661 ICID 416123 RID 0 To: <finance-archive@corp.example>
Fri Nov 20 21:54:35 2026 Info: MID 1040661 ICID 416123 RID 1 To: <kofi.nguyen@corp.example>
Fri Nov 20 21:54:35 2026 Info: MID 1040661 ICID 416123 RID 2 To: <eva.kowalski@corp.example>
Fri Nov 20 21:54:35 2026 Info: MID 1040661 Message-ID '<2043c709637eef0d1916.38353@corp-invoices.example>'
Fri Nov 20 21:54:35 2026 Info: MID 1040661 Subject 'RE: Contract for review'
Fri Nov 20 21:54:35 2026 Info: MID 1040661 ready 3847008 bytes from <no-reply@corp-invoices.example>
Fri Nov 20 21:54:35 2026 Info: MID 1040661 interim AV verdict using Sophos CLEAN
Fri Nov 20 21:54:35 2026 Info: MID 1040661 DKIM: pass signature verified (d=corp-invoices.example s=s8 i=@corp-invoices.example)
Fri Nov 20 21:54:35 2026 Info: MID 1040661 using engine: CASE spam negative
Fri Nov 20 21:54:35 2026 Info: ICID 416123 close
Fri Nov 20 21:54:35 2026 Info: MID 1040661 DMARC: Verification passed
Fri Nov 20 21:54:35 2026 Info: MID 1040661 antivirus negative
Fri Nov 20 21:54:35 2026 Info: MID 1040661 SPF: mailfrom identity no-reply@corp-invoices.example Pass (v=spf1)
Fri Nov 20 21:54:36 2026 Info: MID 1040661 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 21:54:36 2026 Info: MID 1040661 attachment 'Invoice_12073.xlsm'
Fri Nov 20 21:54:36 2026 Info: MID 1040661 attachment 'photo 27553.heic'
Fri Nov 20 21:54:36 2026 Info: MID 1040661 AMP file reputation verdict : LOWRISK
Fri Nov 20 21:54:37 2026 Info: New SMTP DCID 204139 interface 192.0.2.20 address 192.0.2.50 port 6025
Fri Nov 20 21:54:37 2026 Info: Delivery start DCID 204139 MID 1040661 to RID [0, 1, 2] to offbox IronPort Spam Quarantine
Fri Nov 20 21:54:37 2026 Info: Message done DCID 204139 MID 1040661 to RID [0, 1, 2] (external quarantine)
Fri Nov 20 21:54:37 2026 Info: Message finished MID 1040661 done
Fri Nov 20 21:54:37 2026 Info: DCID 204139 close
Fri Nov 20 21:56:56 2026 Info: New SMTP ICID 416124 interface IncomingMail (192.0.2.10) address 198.51.216.12 reverse dns host mail.corp-invoices.example verified yes
Fri Nov 20 21:56:56 2026 Info: ICID 416124 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.7
Fri Nov 20 21:56:56 2026 Info: ICID 416124 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Fri Nov 20 21:56:57 2026 Info: Start MID 1040662 ICID 416124
Fri Nov 20 21:56:57 2026 Info: MID 1040662 ICID 416124 From: <no-reply@corp-invoices.example>
Fri Nov 20 21:56:57 2026 Info: MID 1040662 ICID 416124 RID 0 To: <eva.kowalski@corp.example>
Fri Nov 20 21:56:57 2026 Info: MID 1040662 ICID 416124 RID 1 To: <lena.novak@corp.example>
Fri Nov 20 21:56:57 2026 Info: MID 1040662 ICID 416124 RID 2 To: <emma.garcia@corp.example>
Fri Nov 20 21:56:57 2026 Info: MID 1040662 ICID 416124 RID 3 To: <nina.lopez@corp.example>
Fri Nov 20 21:56:57 2026 Info: MID 1040662 ICID 416124 RID 4 To: <finance-archive@corp.example>
Fri Nov 20 21:56:57 2026 Info: MID 1040662 ICID 416124 RID 5 To: <all-staff@corp.example>
Fri Nov 20 21:56:57 2026 Info: MID 1040662 ICID 416124 RID 6 To: <omar.mendes@corp.example>
Fri Nov 20 21:56:57 2026 Info: MID 1040662 Message-ID '<7ee75f3f0d7bff19e3ef.43636@corp-invoices.example>'
Fri Nov 20 21:56:57 2026 Info: MID 1040662 Subject 'RE: Contract for review'
Fri Nov 20 21:56:57 2026 Info: MID 1040662 ready 3833814 bytes from <no-reply@corp-invoices.example>
Fri Nov 20 21:56:57 2026 Info: ICID 416124 close
Fri Nov 20 21:56:57 2026 Info: MID 1040662 using engine: CASE spam negative
Fri Nov 20 21:56:57 2026 Info: MID 1040662 interim AV verdict using Sophos CLEAN
Fri Nov 20 21:56:57 2026 Info: MID 1040662 antivirus negative
Fri Nov 20 21:56:57 2026 Info: MID 1040662 DKIM: pass signature verified (d=corp-invoices.example s=s5 i=@corp-invoices.example)
Fri Nov 20 21:56:57 2026 Info: MID 1040662 SPF: mailfrom identity no-reply@corp-invoices.example Pass (v=spf1)
Fri Nov 20 21:56:57 2026 Info: MID 1040662 DMARC: Verification passed
Fri Nov 20 21:56:58 2026 Info: MID 1040662 was split creating MID 1040663 due to a per-recipient policy DEFAULT in the inbound table
Fri Nov 20 21:56:58 2026 Info: MID 1040663 ICID 0 From: <no-reply@corp-invoices.example>
Fri Nov 20 21:56:58 2026 Info: MID 1040663 ICID 0 RID 0 To: <all-staff@corp.example>
Fri Nov 20 21:56:58 2026 Info: MID 1040663 ICID 0 RID 1 To: <omar.mendes@corp.example>
Fri Nov 20 21:56:58 2026 Info: MID 1040662 matched all recipients for per-recipient policy Finance in the inbound table
Fri Nov 20 21:56:58 2026 Info: MID 1040663 matched all recipients for per-recipient policy DEFAULT in the inbound table
Fri Nov 20 21:56:58 2026 Info: MID 1040662 attachment 'Invoice_12073.xlsm'
Fri Nov 20 21:56:58 2026 Info: File reputation query initiating. File Name = 'Invoice_12073.xlsm', MID = 1040662, File Size = 668761 bytes, File Type = application/vnd.ms-excel.sheet.macroEnabled.12
Fri Nov 20 21:56:58 2026 Info: File reputation query initiating. File Name = 'Invoice_12073.xlsm', MID = 1040663, File Size = 668761 bytes, File Type = application/vnd.ms-excel.sheet.macroEnabled.12
Fri Nov 20 21:56:58 2026 Info: File reputation query initiating. File Name = 'photo 27553.heic', MID = 1040663, File Size = 2196582 bytes, File Type = image/heic
Fri Nov 20 21:56:58 2026 Info: MID 1040662 attachment 'photo=2027553.heic'
Fri Nov 20 21:56:58 2026 Info: File reputation query initiating. File Name = 'photo 27553.heic', MID = 1040662, File Size = 2196582 bytes, File Type = image/heic
Fri Nov 20 21:56:58 2026 Info: MID 1040662 AMP file reputation verdict : LOWRISK
Fri Nov 20 21:56:58 2026 Info: MID 1040663 AMP file reputation verdict : LOWRISK
Fri Nov 20 21:56:58 2026 Info: MID 1040662 queued for delivery
Fri Nov 20 21:56:58 2026 Info: Response received for file reputation query from Cache. File Name = 'Invoice_12073.xlsm', MID = 1040663, Disposition = LOWRISK, Malware = None, Reputation Score = 5, sha256 = b96245d348bfcbcf264337987e834904fc173498b87e4e2b537d9128c3a9e889, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Fri Nov 20 21:56:59 2026 Info: Response received for file reputation query from Cache. File Name = Invoice_12073.xlsm, MID = 1040662, Disposition = LOWRISK, Malware = None, Analysis Score = 0, sha256 = b96245d348bfcbcf264337987e834904fc173498b87e4e2b537d9128c3a9e889, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Fri Nov 20 21:56:59 2026 Info: Response received for file reputation query from Cache. File Name = photo 27553.heic, MID = 1040662, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = 3d9a8079abd0d7fb1292618550e40d54712ea6b36471fde41f229dd06aa8b9e0, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Fri Nov 20 21:56:59 2026 Info: Response received for file reputation query from Cache. FileName = 'photo 27553.heic', MID = 1040663, Disposition = CLEAN, Malware = None,Reputation Score = 0, sha256 =3d9a8079abd0d7fb1292618550e40d54712ea6b36471fde41f229dd06aa8b9e0, upload_action = 2
Fri Nov 20 21:57:00 2026 Info: MID 1040663 queued for delivery
Fri Nov 20 21:57:02 2026 Info: New SMTP DCID 204141 interface 192.0.2.20 address 52.101.219.29 port 25
Fri Nov 20 21:57:02 2026 Info: DCID 204141 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 21:57:02 2026 Info: Delivery start DCID 204141 MID 1040663 to RID [0, 1]
Fri Nov 20 21:57:02 2026 Info: Message done DCID 204141 MID 1040663 to RID [0, 1]
Fri Nov 20 21:57:02 2026 Info: MID 1040663 RID [0, 1] Response '2.0.0 Ok: queued as pvgutG6upxHTUBTF'
Fri Nov 20 21:57:02 2026 Info: Message finished MID 1040663 done
Fri Nov 20 21:57:02 2026 Info: DCID 204141 close
Fri Nov 20 21:57:02 2026 Info: New SMTP DCID 204140 interface 192.0.2.20 address 52.101.94.7 port 25
Fri Nov 20 21:57:02 2026 Info: DCID 204140 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Fri Nov 20 21:57:02 2026 Info: Delivery start DCID 204140 MID 1040662 to RID [0, 1, 2, 3, 4]
Fri Nov 20 21:57:04 2026 Info: Message done DCID 204140 MID 1040662 to RID [0, 1, 2, 3, 4]
Fri Nov 20 21:57:04 2026 Info: MID 1040662 RID [0, 1, 2, 3, 4] Response '2.0.0 Ok: queued as m7AZXqdUq8pUbQ2e'
Fri Nov 20 21:57:04 2026 Info: Message finished MID 1040662 done
Fri Nov 20 21:57:04 2026 Info: DCID 204140 close
Fri Nov 20 22:31:08 2026 Info: New SMTP ICID 416125 interface IncomingMail (192.0.2.10) address 198.51.29.226 reverse dns host mail.corp-invoices.example verified yes
Fri Nov 20 22:31:08 2026 Info: ICID 416125 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.5
Fri Nov 20 22:31:08 2026 Info: ICID 416125 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Fri Nov 20 22:31:08 2026 Info: Start MID 1040664 ICID 416125
Fri Nov 20 22:31:08 2026 Info: MID 1040664 ICID 416125 From: <no-reply@corp-invoices.example>
Fri Nov 20 22:31:08 2026 Info: MID 1040664 ICID 416125 RID 0 To: <zoe.kim@corp.example>
Fri Nov 20 22:31:08 2026 Info: MID 1040664 ICID 416125 RID 1 To: <ravi.nguyen@corp.example>
Fri Nov 20 22:31:08 2026 Info: MID 1040664 ICID 416125 RID 2 To: <ines.berg@corp.example>
Fri Nov 20 22:31:08 2026 Info: MID 1040664 Message-ID '<CAz8dtKVxn=myRyOdVcE+BvVLdSvOihjwxcw5/St7Th=@mail.corp-invoices.example>'
Fri Nov 20 22:31:08 2026 Info: MID 1040664 Subject 'RE: Contract for review'
Fri Nov 20 22:31:08 2026 Info: MID 1040664 ready 906838 bytes from <no-reply@corp-invoices.example>
Fri Nov 20 22:31:08 2026 Info: MID 1040664 antivirus negative
Fri Nov 20 22:31:08 2026 Info: MID 1040664 using engine: CASE spam negative
Fri Nov 20 22:31:09 2026 Info: MID 1040664 interim AV verdict using Sophos CLEAN
Fri Nov 20 22:31:09 2026 Info: ICID 416125 close
Fri Nov 20 22:31:09 2026 Info: MID 1040664 DMARC: Verification passed
Fri Nov 20 22:31:09 2026 Info: MID 1040664 SPF: mailfrom identity no-reply@corp-invoices.example Pass (v=spf1)
Fri Nov 20 22:31:09 2026 Info: MID 1040664 DKIM: pass signature verified (d=corp-invoices.example s=s8 i=@corp-invoices.example)
Fri Nov 20 22:31:09 2026 Info: MID 1040664 matched all recipients for per-recipient policy Engineering in the inbound table
Fri Nov 20 22:31:10 2026 Info: MID 1040664 attachment 'Invoice_12073.xlsm'
Fri Nov 20 22:31:10 2026 Info: MID 1040664 AMP file reputation verdict : LOWRISK
Fri Nov 20 22:31:11 2026 Info: New SMTP DCID 204142 interface 192.0.2.20 address 192.0.2.50 port 6025
Fri Nov 20 22:31:11 2026 Info: Delivery start DCID 204142 MID 1040664 to RID [0, 1, 2] to offbox IronPort Spam Quarantine
Fri Nov 20 22:31:11 2026 Info: Message done DCID 204142 MID 1040664 to RID [0, 1, 2] (external quarantine)
Fri Nov 20 22:31:11 2026 Info: Message finished MID 1040664 done
Fri Nov 20 22:31:11 2026 Info: DCID 204142 close
Sat Nov 21 00:00:00 2026 Info: End Logfile
