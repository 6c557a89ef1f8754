Sat Nov 21 00:00:00 2026 Info: Begin Logfile
Sat Nov 21 00:00:00 2026 Info: Version: 15.5.1-055 SN: 42A3C1E8F7D2B9A6C4E1-5F8D0B3A7C2E
Sat Nov 21 00:00:00 2026 Info: Time offset from UTC: 0 seconds
Sat Nov 21 01:04:05 2026 Info: New SMTP ICID 433681 interface IncomingMail (192.0.2.10) address 198.51.80.159 reverse dns host mail.client-a.example verified yes
Sat Nov 21 01:04:05 2026 Info: ICID 433681 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.7
Sat Nov 21 01:04:05 2026 Info: ICID 433681 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 01:04:05 2026 Info: Start MID 1010643 ICID 433681
Sat Nov 21 01:04:05 2026 Info: MID 1010643 ICID 433681 From: <ivan.okafor@client-a.example>
Sat Nov 21 01:04:05 2026 Info: MID 1010643 ICID 433681 RID 0 To: <Ines.Berg@Corp.Example>
Sat Nov 21 01:04:06 2026 Info: MID 1010643 Message-ID '<182a5f2cf87b8a0dee75.2321@client-a.example>'
Sat Nov 21 01:04:06 2026 Info: MID 1010643 Subject 'Your order 40628 has shipped'
Sat Nov 21 01:04:06 2026 Info: MID 1010643 ready 568289 bytes from <ivan.okafor@client-a.example>
Sat Nov 21 01:04:06 2026 Info: ICID 433681 close
Sat Nov 21 01:04:06 2026 Info: MID 1010643 antivirus negative
Sat Nov 21 01:04:06 2026 Info: MID 1010643 DMARC: Verification passed
Sat Nov 21 01:04:06 2026 Info: MID 1010643 DKIM: pass signature verified (d=client-a.example s=s6 i=@client-a.example)
Sat Nov 21 01:04:06 2026 Info: MID 1010643 using engine: CASE spam negative
Sat Nov 21 01:04:06 2026 Info: MID 1010643 SPF: mailfrom identity ivan.okafor@client-a.example Pass (v=spf1)
Sat Nov 21 01:04:06 2026 Info: MID 1010643 interim AV verdict using Sophos CLEAN
Sat Nov 21 01:04:06 2026 Info: MID 1010643 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 01:04:07 2026 Info: MID 1010643 attachment 'Q3 Report 2026.pdf'
Sat Nov 21 01:04:07 2026 Info: MID 1010643 attachment 'image001.png'
Sat Nov 21 01:04:07 2026 Info: MID 1010643 AMP file reputation verdict : CLEAN
Sat Nov 21 01:04:07 2026 Info: MID 1010643 queued for delivery
Sat Nov 21 01:04:10 2026 Info: New SMTP DCID 209554 interface 192.0.2.20 address 52.101.197.129 port 25
Sat Nov 21 01:04:10 2026 Info: DCID 209554 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 01:04:10 2026 Info: Delivery start DCID 209554 MID 1010643 to RID [0]
Sat Nov 21 01:04:11 2026 Info: Message done DCID 209554 MID 1010643 to RID [0]
Sat Nov 21 01:04:11 2026 Info: MID 1010643 RID [0] Response '2.6.0 [InternalId=699430661139, Hostname=AM0PR01MB6530.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 01:04:11 2026 Info: Message finished MID 1010643 done
Sat Nov 21 01:04:11 2026 Info: DCID 209554 close
Sat Nov 21 03:17:44 2026 Info: New SMTP ICID 433682 interface OutgoingMail (192.0.2.11) address 10.20.2.161 reverse dns host exch2.corp.example verified yes
Sat Nov 21 03:17:44 2026 Info: ICID 433682 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 03:17:44 2026 Info: Start MID 1010644 ICID 433682
Sat Nov 21 03:17:44 2026 Info: MID 1010644 ICID 433682 From: <helpdesk@corp-mail.example>
Sat Nov 21 03:17:44 2026 Info: MID 1010644 ICID 433682 RID 0 To: <noah.ivanova@client-b.example>
Sat Nov 21 03:17:44 2026 Info: MID 1010644 Message-ID '<ec81a134a7eaa2f84c9a.97072@corp-mail.example>'
Sat Nov 21 03:17:44 2026 Info: MID 1010644 Subject 'Quarterly report'
Sat Nov 21 03:17:44 2026 Info: MID 1010644 ready 5190 bytes from <helpdesk@corp-mail.example>
Sat Nov 21 03:17:44 2026 Info: MID 1010644 DMARC: Verification passed
Sat Nov 21 03:17:44 2026 Info: MID 1010644 DKIM: pass signature verified (d=corp-mail.example s=s2 i=@corp-mail.example)
Sat Nov 21 03:17:44 2026 Info: ICID 433682 close
Sat Nov 21 03:17:44 2026 Info: MID 1010644 interim AV verdict using Sophos CLEAN
Sat Nov 21 03:17:44 2026 Info: MID 1010644 antivirus negative
Sat Nov 21 03:17:44 2026 Info: MID 1010644 SPF: mailfrom identity helpdesk@corp-mail.example Pass (v=spf1)
Sat Nov 21 03:17:44 2026 Info: MID 1010644 using engine: CASE spam negative
Sat Nov 21 03:17:45 2026 Info: MID 1010644 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 03:17:45 2026 Info: MID 1010644 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 03:17:47 2026 Info: MID 1010644 queued for delivery
Sat Nov 21 03:17:50 2026 Info: New SMTP DCID 209555 interface 192.0.2.20 address 203.0.113.17 port 25
Sat Nov 21 03:17:50 2026 Info: DCID 209555 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 03:17:50 2026 Info: Delivery start DCID 209555 MID 1010644 to RID [0]
Sat Nov 21 03:17:52 2026 Info: Message done DCID 209555 MID 1010644 to RID [0]
Sat Nov 21 03:17:52 2026 Info: MID 1010644 RID [0] Response '2.0.0 Ok: queued as HDFKNX5FCguXd5HV'
Sat Nov 21 03:17:52 2026 Info: DCID 209555 close
Sat Nov 21 03:17:52 2026 Info: Message finished MID 1010644 done
Sat Nov 21 05:44:29 2026 Info: New SMTP ICID 433683 interface OutgoingMail (192.0.2.11) address 10.20.8.84 reverse dns host exch2.corp.example verified yes
Sat Nov 21 05:44:29 2026 Info: ICID 433683 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 05:44:29 2026 Info: Start MID 1010645 ICID 433683
Sat Nov 21 05:44:29 2026 Info: MID 1010645 ICID 433683 From: <tom.weber@corp.example>
Sat Nov 21 05:44:29 2026 Info: MID 1010645 ICID 433683 RID 0 To: <paul.moreau@gmail.example>
Sat Nov 21 05:44:29 2026 Info: MID 1010645 ICID 433683 RID 1 To: <ewa.obrien@partner.example>
Sat Nov 21 05:44:30 2026 Info: MID 1010645 Message-ID '<dc2492c425bba3b090ad.36893@corp.example>'
Sat Nov 21 05:44:30 2026 Info: MID 1010645 Subject 'Meeting notes'
Sat Nov 21 05:44:30 2026 Info: MID 1010645 ready 14176 bytes from <tom.weber@corp.example>
Sat Nov 21 05:44:30 2026 Info: MID 1010645 SPF: mailfrom identity tom.weber@corp.example Pass (v=spf1)
Sat Nov 21 05:44:30 2026 Info: ICID 433683 close
Sat Nov 21 05:44:30 2026 Info: MID 1010645 antivirus negative
Sat Nov 21 05:44:30 2026 Info: MID 1010645 using engine: CASE spam negative
Sat Nov 21 05:44:30 2026 Info: MID 1010645 interim AV verdict using Sophos CLEAN
Sat Nov 21 05:44:30 2026 Info: MID 1010645 DMARC: Verification passed
Sat Nov 21 05:44:30 2026 Info: MID 1010645 DKIM: pass signature verified (d=corp.example s=s2 i=@corp.example)
Sat Nov 21 05:44:30 2026 Info: MID 1010645 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 05:44:30 2026 Info: MID 1010645 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 05:44:32 2026 Info: MID 1010645 queued for delivery
Sat Nov 21 05:44:35 2026 Info: New SMTP DCID 209556 interface 192.0.2.20 address 203.0.113.225 port 25
Sat Nov 21 05:44:35 2026 Info: DCID 209556 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 05:44:35 2026 Info: Delivery start DCID 209556 MID 1010645 to RID [0]
Sat Nov 21 05:44:37 2026 Info: Message done DCID 209556 MID 1010645 to RID [0]
Sat Nov 21 05:44:37 2026 Info: MID 1010645 RID [0] Response '2.0.0 Ok: queued as c6VGdqxMhUvsZQbJ'
Sat Nov 21 05:44:37 2026 Info: New SMTP DCID 209557 interface 192.0.2.20 address 203.0.113.135 port 25
Sat Nov 21 05:44:37 2026 Info: DCID 209557 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 05:44:37 2026 Info: Delivery start DCID 209557 MID 1010645 to RID [1]
Sat Nov 21 05:44:37 2026 Info: DCID 209556 close
Sat Nov 21 05:44:38 2026 Info: Message done DCID 209557 MID 1010645 to RID [1]
Sat Nov 21 05:44:38 2026 Info: MID 1010645 RID [1] Response '2.0.0 Ok: queued as w4kF6RgfC8F3uoyk'
Sat Nov 21 05:44:38 2026 Info: DCID 209557 close
Sat Nov 21 05:44:38 2026 Info: Message finished MID 1010645 done
Sat Nov 21 06:18:48 2026 Info: New SMTP ICID 433684 interface IncomingMail (192.0.2.10) address 198.51.57.249 reverse dns host mail.client-b.example verified yes
Sat Nov 21 06:18:48 2026 Info: ICID 433684 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.4
Sat Nov 21 06:18:48 2026 Info: ICID 433684 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 06:18:48 2026 Info: Start MID 1010646 ICID 433684
Sat Nov 21 06:18:48 2026 Info: MID 1010646 ICID 433684 From: <paul.dubois@client-b.example>
Sat Nov 21 06:18:48 2026 Info: MID 1010646 ICID 433684 RID 0 To: <li.larsen@corp.example>
Sat Nov 21 06:18:48 2026 Info: MID 1010646 Message-ID '<c76548a08c0098e988f5.84074@client-b.example>'
Sat Nov 21 06:18:48 2026 Info: MID 1010646 Subject 'The "new" travel policy'
Sat Nov 21 06:18:48 2026 Info: MID 1010646 ready 40729 bytes from <paul.dubois@client-b.example>
Sat Nov 21 06:18:48 2026 Info: ICID 433684 close
Sat Nov 21 06:18:48 2026 Info: MID 1010646 DKIM: pass signature verified (d=client-b.example s=s1 i=@client-b.example)
Sat Nov 21 06:18:48 2026 Info: MID 1010646 DMARC: Verification passed
Sat Nov 21 06:18:48 2026 Info: MID 1010646 using engine: CASE spam negative
Sat Nov 21 06:18:48 2026 Info: MID 1010646 SPF: mailfrom identity paul.dubois@client-b.example Pass (v=spf1)
Sat Nov 21 06:18:49 2026 Info: MID 1010646 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 06:18:49 2026 Info: MID 1010646 attachment 'image001.png'
Sat Nov 21 06:18:49 2026 Info: File reputation query initiating. File Name = 'image001.png', MID = 1010646, File Size = 19728 bytes, File Type = image/png
Sat Nov 21 06:18:49 2026 Info: MID 1010646 AMP file reputation verdict : CLEAN
Sat Nov 21 06:18:49 2026 Info: MID 1010646 queued for delivery
Sat Nov 21 06:18:49 2026 Info: Response received for file reputation query from Cache. File Name = 'image001.png', MID = 1010646, Disposition = CLEAN, Malware = None, Reputation Score = 0, sha256 = 2d8ad8c0ac127e938005ce74721888ff4a3adf9934b3ff60c26e7a4287f53ddd, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Sat Nov 21 06:18:51 2026 Info: New SMTP DCID 209558 interface 192.0.2.20 address 52.101.2.103 port 25
Sat Nov 21 06:18:51 2026 Info: DCID 209558 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 06:18:51 2026 Info: Delivery start DCID 209558 MID 1010646 to RID [0]
Sat Nov 21 06:18:53 2026 Info: Message done DCID 209558 MID 1010646 to RID [0]
Sat Nov 21 06:18:53 2026 Info: MID 1010646 RID [0] Response '2.6.0 [InternalId=741073586858, Hostname=AM0PR01MB2763.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 06:18:53 2026 Info: DCID 209558 close
Sat Nov 21 06:18:53 2026 Info: Message finished MID 1010646 done
Sat Nov 21 06:26:19 2026 Info: New SMTP ICID 433685 interface IncomingMail (192.0.2.10) address 198.51.183.95 reverse dns host mail.cloudapp.example verified yes
Sat Nov 21 06:26:19 2026 Info: ICID 433685 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.1
Sat Nov 21 06:26:19 2026 Info: ICID 433685 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 06:26:19 2026 Info: Start MID 1010647 ICID 433685
Sat Nov 21 06:26:19 2026 Info: MID 1010647 ICID 433685 From: <li.walsh@cloudapp.example>
Sat Nov 21 06:26:19 2026 Info: MID 1010647 ICID 433685 RID 0 To: <ravi.obrien@corp.example>
Sat Nov 21 06:26:19 2026 Info: MID 1010647 ICID 433685 RID 1 To: <mia.garcia@corp.example>
Sat Nov 21 06:26:19 2026 Info: MID 1010647 ICID 433685 RID 2 To: <zoe.moreau@corp-mail.example>
Sat Nov 21 06:26:19 2026 Info: MID 1010647 ICID 433685 RID 3 To: <sam.obrien@corp.example>
Sat Nov 21 06:26:20 2026 Info: MID 1010647 Message-ID '<f2267cb1fe9c3accc3f1.90077@cloudapp.example>'
Sat Nov 21 06:26:20 2026 Info: MID 1010647 Subject 'Re: Re: Re: hiring plan'
Sat Nov 21 06:26:20 2026 Info: MID 1010647 ready 24903 bytes from <li.walsh@cloudapp.example>
Sat Nov 21 06:26:20 2026 Info: ICID 433685 close
Sat Nov 21 06:26:20 2026 Info: MID 1010647 using engine: CASE spam negative
Sat Nov 21 06:26:20 2026 Info: MID 1010647 URL https://www.cloudapp.example/t/273f6bc3f1 has reputation 0.0 matched Condition: URL Reputation Rule
Sat Nov 21 06:26:20 2026 Info: MID 1010647 Outbreak Filters: verdict negative
Sat Nov 21 06:26:20 2026 Info: MID 1010647 SPF: mailfrom identity li.walsh@cloudapp.example Pass (v=spf1)
Sat Nov 21 06:26:21 2026 Info: MID 1010647 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 06:26:21 2026 Info: MID 1010647 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 06:26:23 2026 Info: MID 1010647 queued for delivery
Sat Nov 21 06:26:24 2026 Info: New SMTP DCID 209559 interface 192.0.2.20 address 52.101.191.137 port 25
Sat Nov 21 06:26:24 2026 Info: DCID 209559 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 06:26:24 2026 Info: Delivery start DCID 209559 MID 1010647 to RID [0, 1, 2, 3]
Sat Nov 21 06:26:25 2026 Info: Message done DCID 209559 MID 1010647 to RID [0, 1, 2, 3]
Sat Nov 21 06:26:25 2026 Info: MID 1010647 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=329718272821, Hostname=AM0PR01MB6768.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 06:26:25 2026 Info: Message finished MID 1010647 done
Sat Nov 21 06:26:25 2026 Info: DCID 209559 close
Sat Nov 21 07:00:27 2026 Info: New SMTP ICID 433686 interface IncomingMail (192.0.2.10) address 198.51.239.177 reverse dns host mail.partner.example verified yes
Sat Nov 21 07:00:27 2026 Info: ICID 433686 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.3
Sat Nov 21 07:00:27 2026 Info: ICID 433686 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 07:00:27 2026 Info: Start MID 1010648 ICID 433686
Sat Nov 21 07:00:27 2026 Info: MID 1010648 ICID 433686 From: <nora.okafor@partner.example>
Sat Nov 21 07:00:27 2026 Info: MID 1010648 ICID 433686 RID 0 To: <li.haddad@corp.example>
Sat Nov 21 07:00:27 2026 Info: MID 1010648 Message-ID '<0f0f5888d77cb8555a50.60900@partner.example>'
Sat Nov 21 07:00:27 2026 Info: MID 1010648 Subject "Re: O'Brien account review"
Sat Nov 21 07:00:27 2026 Info: MID 1010648 ready 210882 bytes from <nora.okafor@partner.example>
Sat Nov 21 07:00:27 2026 Info: MID 1010648 DMARC: Verification passed
Sat Nov 21 07:00:27 2026 Info: ICID 433686 close
Sat Nov 21 07:00:27 2026 Info: MID 1010648 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 07:00:27 2026 Info: MID 1010648 using engine: CASE spam negative
Sat Nov 21 07:00:27 2026 Info: MID 1010648 DKIM: pass signature verified (d=partner.example s=s3 i=@partner.example)
Sat Nov 21 07:00:27 2026 Info: MID 1010648 SPF: mailfrom identity nora.okafor@partner.example Pass (v=spf1)
Sat Nov 21 07:00:28 2026 Info: MID 1010648 attachment 'budget_2026_v1.xlsx'
Sat Nov 21 07:00:28 2026 Info: MID 1010648 AMP file reputation verdict : CLEAN
Sat Nov 21 07:00:29 2026 Info: MID 1010648 queued for delivery
Sat Nov 21 07:00:30 2026 Info: New SMTP DCID 209560 interface 192.0.2.20 address 52.101.146.38 port 25
Sat Nov 21 07:00:30 2026 Info: DCID 209560 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 07:00:30 2026 Info: Delivery start DCID 209560 MID 1010648 to RID [0]
Sat Nov 21 07:00:31 2026 Info: Message done DCID 209560 MID 1010648 to RID [0] [('from', 'nora.okafor@partner.example'), ('to', 'li.haddad@corp.example')]
Sat Nov 21 07:00:31 2026 Info: MID 1010648 RID [0] Response '2.6.0 [InternalId=413832662366, Hostname=AM0PR01MB7029.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 07:00:31 2026 Info: DCID 209560 close
Sat Nov 21 07:00:31 2026 Info: Message finished MID 1010648 done
Sat Nov 21 07:11:09 2026 Info: New SMTP ICID 433687 interface IncomingMail (192.0.2.10) address 198.51.204.109 reverse dns host mail.logistics.example verified yes
Sat Nov 21 07:11:09 2026 Info: ICID 433687 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.4
Sat Nov 21 07:11:09 2026 Info: ICID 433687 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 07:11:10 2026 Info: Start MID 1010649 ICID 433687
Sat Nov 21 07:11:10 2026 Info: MID 1010649 ICID 433687 From: <yuki.sato@logistics.example>
Sat Nov 21 07:11:10 2026 Info: MID 1010649 ICID 433687 RID 0 To: <nina.lopez@corp.example>
Sat Nov 21 07:11:10 2026 Info: MID 1010649 Message-ID "<o'hara.f2ba84a8d7ae@logistics.example>"
Sat Nov 21 07:11:10 2026 Info: MID 1010649 Subject 'Reminder: timesheets due'
Sat Nov 21 07:11:10 2026 Info: MID 1010649 ready 16683 bytes from <yuki.sato@logistics.example>
Sat Nov 21 07:11:10 2026 Info: MID 1010649 DMARC: Verification passed
Sat Nov 21 07:11:10 2026 Info: MID 1010649 SPF: mailfrom identity yuki.sato@logistics.example Pass (v=spf1)
Sat Nov 21 07:11:10 2026 Info: ICID 433687 close
Sat Nov 21 07:11:10 2026 Info: MID 1010649 using engine: CASE spam negative
Sat Nov 21 07:11:10 2026 Info: MID 1010649 antivirus negative
Sat Nov 21 07:11:10 2026 Info: MID 1010649 DKIM: pass signature verified (d=logistics.example s=s2 i=@logistics.example)
Sat Nov 21 07:11:10 2026 Info: MID 1010649 interim AV verdict using Sophos CLEAN
Sat Nov 21 07:11:11 2026 Info: MID 1010649 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 07:11:11 2026 Info: MID 1010649 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 07:11:13 2026 Info: MID 1010649 queued for delivery
Sat Nov 21 07:11:16 2026 Info: New SMTP DCID 209561 interface 192.0.2.20 address 52.101.53.205 port 25
Sat Nov 21 07:11:16 2026 Info: DCID 209561 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 07:11:16 2026 Info: Delivery start DCID 209561 MID 1010649 to RID [0]
Sat Nov 21 07:11:17 2026 Info: Message done DCID 209561 MID 1010649 to RID [0]
Sat Nov 21 07:11:17 2026 Info: MID 1010649 RID [0] Response '2.6.0 [InternalId=639008934245, Hostname=AM0PR01MB9506.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 07:11:17 2026 Info: Message finished MID 1010649 done
Sat Nov 21 07:11:17 2026 Info: DCID 209561 close
Sat Nov 21 07:13:09 2026 Info: New SMTP ICID 433688 interface IncomingMail (192.0.2.10) address 198.51.68.194 reverse dns host mail.client-a.example verified yes
Sat Nov 21 07:13:09 2026 Info: ICID 433688 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.4
Sat Nov 21 07:13:09 2026 Info: ICID 433688 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 07:13:10 2026 Info: Start MID 1010650 ICID 433688
Sat Nov 21 07:13:10 2026 Info: MID 1010650 ICID 433688 From: <chen.haddad@client-a.example>
Sat Nov 21 07:13:10 2026 Info: MID 1010650 ICID 433688 RID 0 To: <marc.kowalski@corp.example>
Sat Nov 21 07:13:10 2026 Info: MID 1010650 ICID 433688 RID 1 To: <dan.okafor@corp.example>
Sat Nov 21 07:13:10 2026 Info: MID 1010650 ICID 433688 RID 2 To: <paul.moreau@corp.example>
Sat Nov 21 07:13:10 2026 Info: MID 1010650 ICID 433688 RID 3 To: <sara.novak23@corp.example>
Sat Nov 21 07:13:10 2026 Info: MID 1010650 ICID 433688 RID 4 To: <omar.mendes@corp.example>
Sat Nov 21 07:13:10 2026 Info: MID 1010650 Message-ID '<894aabdff6e610c11c43.58518@client-a.example>'
Sat Nov 21 07:13:10 2026 Info: MID 1010650 Subject 'Meeting notes'
Sat Nov 21 07:13:10 2026 Info: MID 1010650 ready 514382 bytes from <chen.haddad@client-a.example>
Sat Nov 21 07:13:10 2026 Info: MID 1010650 using engine: CASE spam negative
Sat Nov 21 07:13:10 2026 Info: MID 1010650 DKIM: pass signature verified (d=client-a.example s=s7 i=@client-a.example)
Sat Nov 21 07:13:10 2026 Info: MID 1010650 SPF: mailfrom identity chen.haddad@client-a.example Pass (v=spf1)
Sat Nov 21 07:13:10 2026 Info: ICID 433688 close
Sat Nov 21 07:13:10 2026 Info: MID 1010650 DMARC: Verification passed
Sat Nov 21 07:13:11 2026 Info: MID 1010650 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 07:13:11 2026 Info: MID 1010650 attachment 'Q1=20Report=202026.pdf'
Sat Nov 21 07:13:11 2026 Info: File reputation query initiating. File Name = 'Q1 Report 2026.pdf', MID = 1010650, File Size = 371697 bytes, File Type = application/pdf
Sat Nov 21 07:13:11 2026 Info: MID 1010650 AMP file reputation verdict : UNKNOWN
Sat Nov 21 07:13:11 2026 Info: Response received for file reputation query from Cache. FileName = 'Q1 Report 2026.pdf', MID = 1010650, Disposition = FILE UNKNOWN, Malware = None,Reputation Score = 5, sha256 =c17a9262453bf4912e7a26e9c76c603fe7e8f9f60a227385459c945c43fc0527, upload_action = 2
Sat Nov 21 07:13:12 2026 Info: MID 1010650 queued for delivery
Sat Nov 21 07:13:14 2026 Info: New SMTP DCID 209562 interface 192.0.2.20 address 52.101.150.21 port 25
Sat Nov 21 07:13:14 2026 Info: DCID 209562 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 07:13:14 2026 Info: Delivery start DCID 209562 MID 1010650 to RID [0, 1, 2, 3, 4]
Sat Nov 21 07:13:14 2026 Info: Message done DCID 209562 MID 1010650 to RID [0, 1, 2, 3, 4]
Sat Nov 21 07:13:14 2026 Info: MID 1010650 RID [0, 1, 2, 3, 4] Response '2.6.0 [InternalId=267679097017, Hostname=AM0PR01MB8220.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 07:13:14 2026 Info: Message finished MID 1010650 done
Sat Nov 21 07:13:14 2026 Info: DCID 209562 close
Sat Nov 21 07:49:51 2026 Info: New SMTP ICID 433689 interface IncomingMail (192.0.2.10) address 198.51.79.155 reverse dns host mail.client-b.example verified yes
Sat Nov 21 07:49:51 2026 Info: ICID 433689 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.9
Sat Nov 21 07:49:51 2026 Info: ICID 433689 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 07:49:51 2026 Info: Start MID 1010651 ICID 433689
Sat Nov 21 07:49:51 2026 Info: MID 1010651 ICID 433689 From: <ida.cohen@client-b.example>
Sat Nov 21 07:49:51 2026 Info: MID 1010651 ICID 433689 RID 0 To: <zoe.kim@corp.example>
Sat Nov 21 07:49:51 2026 Info: MID 1010651 Message-ID '<1c4427b67fdc343b9c18.38998@client-b.example>'
Sat Nov 21 07:49:51 2026 Info: MID 1010651 Subject 'Quarterly report'
Sat Nov 21 07:49:51 2026 Info: MID 1010651 ready 3079677 bytes from <ida.cohen@client-b.example>
Sat Nov 21 07:49:51 2026 Info: MID 1010651 SPF: mailfrom identity ida.cohen@client-b.example Pass (v=spf1)
Sat Nov 21 07:49:51 2026 Info: MID 1010651 DKIM: pass signature verified (d=client-b.example s=s1 i=@client-b.example)
Sat Nov 21 07:49:51 2026 Info: ICID 433689 close
Sat Nov 21 07:49:51 2026 Info: MID 1010651 antivirus negative
Sat Nov 21 07:49:51 2026 Info: MID 1010651 interim AV verdict using Sophos CLEAN
Sat Nov 21 07:49:51 2026 Info: MID 1010651 using engine: CASE spam negative
Sat Nov 21 07:49:51 2026 Info: MID 1010651 DMARC: Verification passed
Sat Nov 21 07:49:52 2026 Info: MID 1010651 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 07:49:52 2026 Info: MID 1010651 attachment 'photo=2027553.heic'
Sat Nov 21 07:49:52 2026 Info: MID 1010651 attachment 'Report,Final=20Draft:=20Revenue=20(Q3),Approved.pdf'
Sat Nov 21 07:49:52 2026 Info: MID 1010651 AMP file reputation verdict : CLEAN
Sat Nov 21 07:49:53 2026 Info: MID 1010651 queued for delivery
Sat Nov 21 07:49:53 2026 Info: New SMTP DCID 209563 interface 192.0.2.20 address 52.101.0.183 port 25
Sat Nov 21 07:49:53 2026 Info: DCID 209563 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 07:49:53 2026 Info: Delivery start DCID 209563 MID 1010651 to RID [0]
Sat Nov 21 07:49:56 2026 Info: Message done DCID 209563 MID 1010651 to RID [0]
Sat Nov 21 07:49:56 2026 Info: MID 1010651 RID [0] Response '2.6.0 [InternalId=660363880133, Hostname=AM0PR01MB9855.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 07:49:56 2026 Info: Message finished MID 1010651 done
Sat Nov 21 07:49:56 2026 Info: DCID 209563 close
Sat Nov 21 08:01:23 2026 Info: New SMTP ICID 433690 interface IncomingMail (192.0.2.10) address 198.51.41.12 reverse dns host mail.client-a.example verified yes
Sat Nov 21 08:01:23 2026 Info: ICID 433690 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.8
Sat Nov 21 08:01:23 2026 Info: ICID 433690 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 08:01:23 2026 Info: Start MID 1010652 ICID 433690
Sat Nov 21 08:01:23 2026 Info: MID 1010652 ICID 433690 From: <ida.obrien@client-a.example>
Sat Nov 21 08:01:23 2026 Info: MID 1010652 ICID 433690 RID 0 To: <executives@corp.example>
Sat Nov 21 08:01:24 2026 Info: MID 1010652 Message-ID '<ea8b8b13dc73bf9a5a2d.57875@client-a.example>'
Sat Nov 21 08:01:24 2026 Info: MID 1010652 Subject 'Lunch on Friday?'
Sat Nov 21 08:01:24 2026 Info: MID 1010652 ready 51260 bytes from <ida.obrien@client-a.example>
Sat Nov 21 08:01:24 2026 Info: MID 1010652 using engine: CASE spam negative
Sat Nov 21 08:01:24 2026 Info: MID 1010652 DMARC: Verification passed
Sat Nov 21 08:01:24 2026 Info: MID 1010652 SPF: mailfrom identity ida.obrien@client-a.example Pass (v=spf1)
Sat Nov 21 08:01:24 2026 Info: ICID 433690 close
Sat Nov 21 08:01:24 2026 Info: MID 1010652 DKIM: pass signature verified (d=client-a.example s=s6 i=@client-a.example)
Sat Nov 21 08:01:25 2026 Info: MID 1010652 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 08:01:25 2026 Info: MID 1010652 attachment 'minutes-82487.docx'
Sat Nov 21 08:01:25 2026 Info: MID 1010652 AMP file reputation verdict : CLEAN
Sat Nov 21 08:01:27 2026 Info: MID 1010652 queued for delivery
Sat Nov 21 08:01:29 2026 Info: New SMTP DCID 209564 interface 192.0.2.20 address 52.101.99.250 port 25
Sat Nov 21 08:01:29 2026 Info: DCID 209564 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 08:01:29 2026 Info: Delivery start DCID 209564 MID 1010652 to RID [0]
Sat Nov 21 08:01:29 2026 Info: Message done DCID 209564 MID 1010652 to RID [0]
Sat Nov 21 08:01:29 2026 Info: MID 1010652 RID [0] Response '2.6.0 [InternalId=223953882888, Hostname=AM0PR01MB9139.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 08:01:29 2026 Info: Message finished MID 1010652 done
Sat Nov 21 08:01:29 2026 Info: DCID 209564 close
Sat Nov 21 08:02:51 2026 Info: New SMTP ICID 433691 interface OutgoingMail (192.0.2.11) address 10.20.1.206 reverse dns host exch3.corp.example verified yes
Sat Nov 21 08:02:51 2026 Info: ICID 433691 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 08:02:52 2026 Info: Start MID 1010653 ICID 433691
Sat Nov 21 08:02:52 2026 Info: MID 1010653 ICID 433691 From: <dan.okafor@corp.example>
Sat Nov 21 08:02:52 2026 Info: MID 1010653 ICID 433691 RID 0 To: <chen.obrien@client-b.example>
Sat Nov 21 08:02:52 2026 Info: MID 1010653 ICID 433691 RID 1 To: <sofia.weber@logistics.example>
Sat Nov 21 08:02:52 2026 Info: MID 1010653 Message-ID '<e8269d5c555bfe67b534.27082@corp.example>'
Sat Nov 21 08:02:52 2026 Info: MID 1010653 Subject 'Your order 10378 has shipped'
Sat Nov 21 08:02:52 2026 Info: MID 1010653 ready 412667 bytes from <dan.okafor@corp.example>
Sat Nov 21 08:02:52 2026 Info: ICID 433691 close
Sat Nov 21 08:02:52 2026 Info: MID 1010653 SPF: mailfrom identity dan.okafor@corp.example Pass (v=spf1)
Sat Nov 21 08:02:52 2026 Info: MID 1010653 using engine: CASE spam negative
Sat Nov 21 08:02:53 2026 Info: MID 1010653 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 08:02:53 2026 Info: MID 1010653 attachment 'Report,Final=20Draft:=20Revenue=20(Q2),Approved.pdf'
Sat Nov 21 08:02:53 2026 Info: MID 1010653 AMP file reputation verdict : CLEAN
Sat Nov 21 08:02:55 2026 Info: MID 1010653 queued for delivery
Sat Nov 21 08:02:59 2026 Info: New SMTP DCID 209565 interface 192.0.2.20 address 203.0.113.32 port 25
Sat Nov 21 08:02:59 2026 Info: DCID 209565 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 08:02:59 2026 Info: Delivery start DCID 209565 MID 1010653 to RID [0]
Sat Nov 21 08:02:59 2026 Info: Message done DCID 209565 MID 1010653 to RID [0]
Sat Nov 21 08:02:59 2026 Info: MID 1010653 RID [0] Response '2.0.0 Ok: queued as RLmm68SEnVCqXyHq'
Sat Nov 21 08:02:59 2026 Info: New SMTP DCID 209566 interface 192.0.2.20 address 203.0.113.131 port 25
Sat Nov 21 08:02:59 2026 Info: DCID 209566 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 08:02:59 2026 Info: Delivery start DCID 209566 MID 1010653 to RID [1]
Sat Nov 21 08:02:59 2026 Info: DCID 209565 close
Sat Nov 21 08:03:00 2026 Info: Message done DCID 209566 MID 1010653 to RID [1]
Sat Nov 21 08:03:00 2026 Info: MID 1010653 RID [1] Response '2.0.0 Ok: queued as iKd49PvjwXwp6gy9'
Sat Nov 21 08:03:00 2026 Info: Message finished MID 1010653 done
Sat Nov 21 08:03:00 2026 Info: DCID 209566 close
Sat Nov 21 08:52:49 2026 Info: New SMTP ICID 433692 interface IncomingMail (192.0.2.10) address 198.51.136.153 reverse dns host mail.client-b.example verified yes
Sat Nov 21 08:52:49 2026 Info: ICID 433692 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.3
Sat Nov 21 08:52:49 2026 Info: ICID 433692 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 08:52:49 2026 Info: Start MID 1010654 ICID 433692
Sat Nov 21 08:52:49 2026 Info: MID 1010654 ICID 433692 From: <max.larsen@client-b.example>
Sat Nov 21 08:52:49 2026 Info: MID 1010654 ICID 433692 RID 0 To: <omar.mendes@corp.example>
Sat Nov 21 08:52:49 2026 Info: MID 1010654 Message-ID '<e48b13f4fde889fa6f41.93174@client-b.example>'
Sat Nov 21 08:52:49 2026 Info: MID 1010654 Subject 'Scan from copier 34572'
Sat Nov 21 08:52:49 2026 Info: MID 1010654 ready 177531 bytes from <max.larsen@client-b.example>
Sat Nov 21 08:52:49 2026 Info: MID 1010654 SPF: mailfrom identity max.larsen@client-b.example Pass (v=spf1)
Sat Nov 21 08:52:49 2026 Info: ICID 433692 close
Sat Nov 21 08:52:50 2026 Info: MID 1010654 URL https://www.client-b.example/t/c14db60b9a has reputation 7.9 matched Condition: URL Reputation Rule
Sat Nov 21 08:52:50 2026 Info: MID 1010654 using engine: CASE spam negative
Sat Nov 21 08:52:50 2026 Info: MID 1010654 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 08:52:50 2026 Info: MID 1010654 attachment 'budget_2026_v1.xlsx'
Sat Nov 21 08:52:50 2026 Info: MID 1010654 attachment 'Report,Final=20Draft:=20Revenue=20(Q3),Approved.pdf'
Sat Nov 21 08:52:50 2026 Info: MID 1010654 AMP file reputation verdict : UNKNOWN
Sat Nov 21 08:52:51 2026 Info: MID 1010654 queued for delivery
Sat Nov 21 08:52:54 2026 Info: New SMTP DCID 209567 interface 192.0.2.20 address 52.101.91.230 port 25
Sat Nov 21 08:52:54 2026 Info: DCID 209567 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 08:52:54 2026 Info: Delivery start DCID 209567 MID 1010654 to RID [0]
Sat Nov 21 08:52:56 2026 Info: Message done DCID 209567 MID 1010654 to RID [0]
Sat Nov 21 08:52:56 2026 Info: MID 1010654 RID [0] Response '2.0.0 Ok: queued as dhd7UNkno9ML2Mrk'
Sat Nov 21 08:52:56 2026 Info: DCID 209567 close
Sat Nov 21 08:52:56 2026 Info: Message finished MID 1010654 done
Sat Nov 21 08:54:50 2026 Info: New SMTP ICID 433693 interface IncomingMail (192.0.2.10) address 198.51.62.44 reverse dns host mail.bank.example verified yes
Sat Nov 21 08:54:50 2026 Info: ICID 433693 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.4
Sat Nov 21 08:54:50 2026 Info: ICID 433693 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 08:54:51 2026 Info: Start MID 1010655 ICID 433693
Sat Nov 21 08:54:51 2026 Info: MID 1010655 ICID 433693 From: <leo.mendes@bank.example>
Sat Nov 21 08:54:51 2026 Info: MID 1010655 ICID 433693 RID 0 To: <kofi.nguyen@corp.example>
Sat Nov 21 08:54:51 2026 Info: MID 1010655 ICID 433693 RID 1 To: <omar.weber@corp.example>
Sat Nov 21 08:54:51 2026 Info: MID 1010655 ICID 433693 RID 2 To: <lena.novak@corp.example>
Sat Nov 21 08:54:51 2026 Info: MID 1010655 Message-ID "<o'hara.cc71beffa4a8@bank.example>"
Sat Nov 21 08:54:51 2026 Info: MID 1010655 Subject 'Meeting notes'
Sat Nov 21 08:54:51 2026 Info: MID 1010655 ready 14561 bytes from <leo.mendes@bank.example>
Sat Nov 21 08:54:52 2026 Info: ICID 433693 close
Sat Nov 21 08:54:52 2026 Info: MID 1010655 DMARC: Verification passed
Sat Nov 21 08:54:52 2026 Info: MID 1010655 DKIM: pass signature verified (d=bank.example s=s7 i=@bank.example)
Sat Nov 21 08:54:52 2026 Info: MID 1010655 using engine: CASE spam negative
Sat Nov 21 08:54:52 2026 Info: MID 1010655 SPF: mailfrom identity leo.mendes@bank.example Pass (v=spf1)
Sat Nov 21 08:54:53 2026 Info: MID 1010655 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 08:54:53 2026 Info: MID 1010655 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 08:54:55 2026 Info: MID 1010655 queued for delivery
Sat Nov 21 08:54:56 2026 Info: New SMTP DCID 209568 interface 192.0.2.20 address 52.101.108.77 port 25
Sat Nov 21 08:54:56 2026 Info: DCID 209568 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 08:54:56 2026 Info: Delivery start DCID 209568 MID 1010655 to RID [0, 1, 2]
Sat Nov 21 08:54:57 2026 Info: Message done DCID 209568 MID 1010655 to RID [0, 1, 2]
Sat Nov 21 08:54:57 2026 Info: MID 1010655 RID [0, 1, 2] Response '2.6.0 [InternalId=407906485337, Hostname=AM0PR01MB9745.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 08:54:57 2026 Info: Message finished MID 1010655 done
Sat Nov 21 08:54:57 2026 Info: DCID 209568 close
Sat Nov 21 08:56:03 2026 Info: New SMTP ICID 433694 interface IncomingMail (192.0.2.10) address 198.51.75.120 reverse dns host mail.logistics.example verified yes
Sat Nov 21 08:56:03 2026 Info: ICID 433694 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.5
Sat Nov 21 08:56:03 2026 Info: ICID 433694 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 08:56:03 2026 Info: Start MID 1010656 ICID 433694
Sat Nov 21 08:56:03 2026 Info: MID 1010656 ICID 433694 From: <mary.moreau@logistics.example>
Sat Nov 21 08:56:03 2026 Info: MID 1010656 ICID 433694 RID 0 To: <ida.dubois@corp.example>
Sat Nov 21 08:56:03 2026 Info: MID 1010656 ICID 433694 RID 1 To: <tom.weber@corp.example>
Sat Nov 21 08:56:03 2026 Info: MID 1010656 ICID 433694 RID 2 To: <sara.novak23@corp.example>
Sat Nov 21 08:56:04 2026 Info: MID 1010656 Message-ID '<3eebc229109364d6f4b8.46638@logistics.example>'
Sat Nov 21 08:56:04 2026 Info: MID 1010656 Subject 'Price list 43621'
Sat Nov 21 08:56:04 2026 Info: MID 1010656 ready 39435 bytes from <mary.moreau@logistics.example>
Sat Nov 21 08:56:04 2026 Info: ICID 433694 close
Sat Nov 21 08:56:04 2026 Info: MID 1010656 DKIM: pass signature verified (d=logistics.example s=s3 i=@logistics.example)
Sat Nov 21 08:56:04 2026 Info: MID 1010656 DMARC: Verification passed
Sat Nov 21 08:56:04 2026 Info: MID 1010656 using engine: CASE spam negative
Sat Nov 21 08:56:04 2026 Info: MID 1010656 SPF: mailfrom identity mary.moreau@logistics.example Pass (v=spf1)
Sat Nov 21 08:56:05 2026 Info: MID 1010656 was split creating MID 1010657 due to a per-recipient policy Engineering in the inbound table
Sat Nov 21 08:56:05 2026 Info: MID 1010657 ICID 0 From: <mary.moreau@logistics.example>
Sat Nov 21 08:56:05 2026 Info: MID 1010657 ICID 0 RID 0 To: <tom.weber@corp.example>
Sat Nov 21 08:56:05 2026 Info: MID 1010657 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 08:56:05 2026 Info: MID 1010657 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 08:56:05 2026 Info: MID 1010656 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 08:56:05 2026 Info: MID 1010656 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 08:56:06 2026 Info: MID 1010657 queued for delivery
Sat Nov 21 08:56:07 2026 Info: MID 1010656 queued for delivery
Sat Nov 21 08:56:09 2026 Info: New SMTP DCID 209570 interface 192.0.2.20 address 52.101.80.164 port 25
Sat Nov 21 08:56:09 2026 Info: DCID 209570 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 08:56:09 2026 Info: Delivery start DCID 209570 MID 1010657 to RID [0]
Sat Nov 21 08:56:09 2026 Info: New SMTP DCID 209569 interface 192.0.2.20 address 52.101.20.208 port 25
Sat Nov 21 08:56:09 2026 Info: DCID 209569 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 08:56:09 2026 Info: Delivery start DCID 209569 MID 1010656 to RID [0, 2]
Sat Nov 21 08:56:09 2026 Info: Message done DCID 209570 MID 1010657 to RID [0]
Sat Nov 21 08:56:09 2026 Info: MID 1010657 RID [0] Response '2.0.0 Ok: queued as PGqL6sFuizFy8zNP'
Sat Nov 21 08:56:09 2026 Info: Message finished MID 1010657 done
Sat Nov 21 08:56:10 2026 Info: DCID 209570 close
Sat Nov 21 08:56:10 2026 Info: Message done DCID 209569 MID 1010656 to RID [0, 2]
Sat Nov 21 08:56:10 2026 Info: MID 1010656 RID [0, 2] Response '2.0.0 Ok: queued as ouByg7URJenBCLYa'
Sat Nov 21 08:56:10 2026 Info: Message finished MID 1010656 done
Sat Nov 21 08:56:10 2026 Info: DCID 209569 close
Sat Nov 21 08:59:22 2026 Info: New SMTP ICID 433695 interface IncomingMail (192.0.2.10) address 198.51.238.22 reverse dns host mail.client-b.example verified yes
Sat Nov 21 08:59:22 2026 Info: ICID 433695 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.3
Sat Nov 21 08:59:22 2026 Info: ICID 433695 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 08:59:22 2026 Info: Start MID 1010658 ICID 433695
Sat Nov 21 08:59:22 2026 Info: MID 1010658 ICID 433695 From: <noah.silva@client-b.example>
Sat Nov 21 08:59:22 2026 Info: MID 1010658 ICID 433695 RID 0 To: <sales-team@corp-mail.example>
Sat Nov 21 08:59:23 2026 Info: MID 1010658 Message-ID '<749a9c7b8ee7784c1a42.24308@client-b.example>'
Sat Nov 21 08:59:23 2026 Info: MID 1010658 Subject 'Your order 85885 has shipped'
Sat Nov 21 08:59:23 2026 Info: MID 1010658 ready 1120793 bytes from <noah.silva@client-b.example>
Sat Nov 21 08:59:23 2026 Info: MID 1010658 DKIM: pass signature verified (d=client-b.example s=s1 i=@client-b.example)
Sat Nov 21 08:59:23 2026 Info: MID 1010658 DMARC: Verification passed
Sat Nov 21 08:59:23 2026 Info: ICID 433695 close
Sat Nov 21 08:59:23 2026 Info: MID 1010658 antivirus negative
Sat Nov 21 08:59:23 2026 Info: MID 1010658 interim AV verdict using Sophos CLEAN
Sat Nov 21 08:59:23 2026 Info: MID 1010658 using engine: CASE spam negative
Sat Nov 21 08:59:23 2026 Info: MID 1010658 SPF: mailfrom identity noah.silva@client-b.example Pass (v=spf1)
Sat Nov 21 08:59:25 2026 Info: MID 1010658 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 08:59:25 2026 Info: MID 1010658 attachment 'Q3 Report 2026.pdf'
Sat Nov 21 08:59:25 2026 Info: MID 1010658 AMP file reputation verdict : CLEAN
Sat Nov 21 08:59:25 2026 Info: MID 1010658 queued for delivery
Sat Nov 21 08:59:28 2026 Info: New SMTP DCID 209571 interface 192.0.2.20 address 52.101.214.58 port 25
Sat Nov 21 08:59:28 2026 Info: DCID 209571 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 08:59:28 2026 Info: Delivery start DCID 209571 MID 1010658 to RID [0]
Sat Nov 21 08:59:31 2026 Info: Message done DCID 209571 MID 1010658 to RID [0]
Sat Nov 21 08:59:31 2026 Info: MID 1010658 RID [0] Response '2.6.0 [InternalId=953701752654, Hostname=AM0PR01MB6470.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 08:59:31 2026 Info: Message finished MID 1010658 done
Sat Nov 21 08:59:31 2026 Info: DCID 209571 close
Sat Nov 21 09:20:05 2026 Info: New SMTP ICID 433696 interface IncomingMail (192.0.2.10) address 198.51.173.161 reverse dns host mail.supplier.example verified yes
Sat Nov 21 09:20:05 2026 Info: ICID 433696 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.2
Sat Nov 21 09:20:05 2026 Info: ICID 433696 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 09:20:05 2026 Info: Start MID 1010659 ICID 433696
Sat Nov 21 09:20:05 2026 Info: MID 1010659 ICID 433696 From: <ana.mendes@supplier.example>
Sat Nov 21 09:20:05 2026 Info: MID 1010659 ICID 433696 RID 0 To: <ravi.nguyen48@corp.example>
Sat Nov 21 09:20:05 2026 Info: MID 1010659 ICID 433696 RID 1 To: <lucia.okafor@corp.example>
Sat Nov 21 09:20:05 2026 Info: MID 1010659 ICID 433696 RID 2 To: <marc.kowalski@corp.example>
Sat Nov 21 09:20:06 2026 Info: MID 1010659 Message-ID '<74eabc53d587c219%85#&c44ef@supplier.example>'
Sat Nov 21 09:20:06 2026 Info: MID 1010659 Subject 'Quarterly report'
Sat Nov 21 09:20:06 2026 Info: MID 1010659 ready 22862 bytes from <ana.mendes@supplier.example>
Sat Nov 21 09:20:06 2026 Info: MID 1010659 DKIM: pass signature verified (d=supplier.example s=s2 i=@supplier.example)
Sat Nov 21 09:20:06 2026 Info: ICID 433696 close
Sat Nov 21 09:20:06 2026 Info: MID 1010659 SPF: mailfrom identity ana.mendes@supplier.example Pass (v=spf1)
Sat Nov 21 09:20:06 2026 Info: MID 1010659 antivirus negative
Sat Nov 21 09:20:06 2026 Info: MID 1010659 using engine: CASE spam negative
Sat Nov 21 09:20:06 2026 Info: MID 1010659 DMARC: Verification passed
Sat Nov 21 09:20:06 2026 Info: MID 1010659 interim AV verdict using Sophos CLEAN
Sat Nov 21 09:20:07 2026 Info: MID 1010659 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 09:20:07 2026 Info: MID 1010659 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 09:20:09 2026 Info: MID 1010659 queued for delivery
Sat Nov 21 09:20:12 2026 Info: New SMTP DCID 209572 interface 192.0.2.20 address 52.101.65.103 port 25
Sat Nov 21 09:20:12 2026 Info: DCID 209572 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 09:20:12 2026 Info: Delivery start DCID 209572 MID 1010659 to RID [0, 1, 2]
Sat Nov 21 09:20:13 2026 Info: Message done DCID 209572 MID 1010659 to RID [0, 1, 2]
Sat Nov 21 09:20:13 2026 Info: MID 1010659 RID [0, 1, 2] Response '2.0.0 Ok: queued as 52ptAgkMej6Wmxje'
Sat Nov 21 09:20:13 2026 Info: Message finished MID 1010659 done
Sat Nov 21 09:20:13 2026 Info: DCID 209572 close
Sat Nov 21 09:30:14 2026 Info: New SMTP ICID 433697 interface IncomingMail (192.0.2.10) address 198.51.131.236 reverse dns host mail.gmail.example verified yes
Sat Nov 21 09:30:14 2026 Info: ICID 433697 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.4
Sat Nov 21 09:30:14 2026 Info: ICID 433697 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 09:30:14 2026 Info: Start MID 1010660 ICID 433697
Sat Nov 21 09:30:14 2026 Info: MID 1010660 ICID 433697 From: <sara.ivanova@gmail.example>
Sat Nov 21 09:30:14 2026 Info: MID 1010660 ICID 433697 RID 0 To: <marc.kowalski@corp.example>
Sat Nov 21 09:30:14 2026 Info: MID 1010660 ICID 433697 RID 1 To: <leo.dubois@corp.example>
Sat Nov 21 09:30:14 2026 Info: MID 1010660 ICID 433697 RID 2 To: <ravi.nguyen48@corp.example>
Sat Nov 21 09:30:14 2026 Info: MID 1010660 ICID 433697 RID 3 To: <paul.moreau@corp.example>
Sat Nov 21 09:30:14 2026 Info: MID 1010660 Message-ID '<26e050fb7886a334e655.81585@gmail.example>'
Sat Nov 21 09:30:14 2026 Info: MID 1010660 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Sat Nov 21 09:30:14 2026 Info: MID 1010660 ready 22150 bytes from <sara.ivanova@gmail.example>
Sat Nov 21 09:30:14 2026 Info: ICID 433697 close
Sat Nov 21 09:30:14 2026 Info: MID 1010660 using engine: CASE spam negative
Sat Nov 21 09:30:14 2026 Info: MID 1010660 SPF: mailfrom identity sara.ivanova@gmail.example Pass (v=spf1)
Sat Nov 21 09:30:14 2026 Info: MID 1010660 URL https://www.gmail.example/t/d8fe0b7e6d has reputation 0.0 matched Condition: URL Reputation Rule
Sat Nov 21 09:30:15 2026 Info: MID 1010660 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 09:30:15 2026 Info: MID 1010660 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 09:30:17 2026 Info: MID 1010660 queued for delivery
Sat Nov 21 09:30:20 2026 Info: New SMTP DCID 209573 interface 192.0.2.20 address 52.101.139.66 port 25
Sat Nov 21 09:30:20 2026 Info: DCID 209573 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 09:30:20 2026 Info: Delivery start DCID 209573 MID 1010660 to RID [0, 1, 2, 3]
Sat Nov 21 09:30:21 2026 Info: Message done DCID 209573 MID 1010660 to RID [0, 1, 2, 3]
Sat Nov 21 09:30:21 2026 Info: MID 1010660 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=841514057754, Hostname=AM0PR01MB3898.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 09:30:21 2026 Info: Message finished MID 1010660 done
Sat Nov 21 09:30:21 2026 Info: DCID 209573 close
Sat Nov 21 09:32:31 2026 Info: New SMTP ICID 433698 interface IncomingMail (192.0.2.10) address 198.51.69.246 reverse dns host mail.client-b.example verified yes
Sat Nov 21 09:32:31 2026 Info: ICID 433698 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.2
Sat Nov 21 09:32:31 2026 Info: ICID 433698 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 09:32:31 2026 Info: Start MID 1010661 ICID 433698
Sat Nov 21 09:32:31 2026 Info: MID 1010661 ICID 433698 From: <chen.obrien@client-b.example>
Sat Nov 21 09:32:31 2026 Info: MID 1010661 ICID 433698 RID 0 To: <omar.weber@corp.example>
Sat Nov 21 09:32:31 2026 Info: MID 1010661 ICID 433698 RID 1 To: <emma.garcia@corp.example>
Sat Nov 21 09:32:31 2026 Info: MID 1010661 Message-ID '<e25ac1badfaceec3%3#&49d11@client-b.example>'
Sat Nov 21 09:32:31 2026 Info: MID 1010661 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Sat Nov 21 09:32:31 2026 Info: MID 1010661 ready 158418 bytes from <chen.obrien@client-b.example>
Sat Nov 21 09:32:31 2026 Info: MID 1010661 DMARC: Verification passed
Sat Nov 21 09:32:31 2026 Info: MID 1010661 SPF: mailfrom identity chen.obrien@client-b.example Pass (v=spf1)
Sat Nov 21 09:32:31 2026 Info: ICID 433698 close
Sat Nov 21 09:32:31 2026 Info: MID 1010661 DKIM: pass signature verified (d=client-b.example s=s1 i=@client-b.example)
Sat Nov 21 09:32:31 2026 Info: MID 1010661 using engine: CASE spam negative
Sat Nov 21 09:32:32 2026 Info: MID 1010661 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 09:32:32 2026 Info: MID 1010661 attachment 'budget_2026_v3.xlsx'
Sat Nov 21 09:32:32 2026 Info: File reputation query initiating. File Name = 'budget_2026_v3.xlsx', MID = 1010661, File Size = 93443 bytes, File Type = application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
Sat Nov 21 09:32:32 2026 Info: Response received for file reputation query from Cloud. File Name = 'budget_2026_v3.xlsx', MID = 1010661, Disposition = CLEAN, Malware = None, Reputation Score = 0, sha256 = 252622a5ea3a07d375902838c914f43cb7158a2db4900e7cfc362b1dd1441b15, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Sat Nov 21 09:32:32 2026 Info: MID 1010661 attachment 'notes.txt'
Sat Nov 21 09:32:32 2026 Info: File reputation query initiating. File Name = 'notes.txt', MID = 1010661, File Size = 5894 bytes, File Type = text/plain
Sat Nov 21 09:32:33 2026 Info: MID 1010661 AMP file reputation verdict : CLEAN
Sat Nov 21 09:32:33 2026 Info: Response received for file reputation query from Cache. FileName = 'notes.txt', MID = 1010661, Disposition = CLEAN, Malware = None,Reputation Score = 0, sha256 =679a44dd23c49caea2cf62baba958810b4ebf4b6e1c60aa3d510bb0432d90dcd, upload_action = 2
Sat Nov 21 09:32:34 2026 Info: MID 1010661 queued for delivery
Sat Nov 21 09:32:35 2026 Info: New SMTP DCID 209574 interface 192.0.2.20 address 52.101.204.66 port 25
Sat Nov 21 09:32:35 2026 Info: DCID 209574 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 09:32:35 2026 Info: Delivery start DCID 209574 MID 1010661 to RID [0, 1]
Sat Nov 21 09:32:35 2026 Info: Message done DCID 209574 MID 1010661 to RID [0, 1]
Sat Nov 21 09:32:35 2026 Info: MID 1010661 RID [0, 1] Response '2.6.0 [InternalId=658248300982, Hostname=AM0PR01MB4360.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 09:32:35 2026 Info: Message finished MID 1010661 done
Sat Nov 21 09:32:35 2026 Info: DCID 209574 close
Sat Nov 21 09:39:55 2026 Info: New SMTP ICID 433699 interface IncomingMail (192.0.2.10) address 198.51.224.207 reverse dns host mail.travel.example verified yes
Sat Nov 21 09:39:55 2026 Info: ICID 433699 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.0
Sat Nov 21 09:39:55 2026 Info: ICID 433699 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 09:39:55 2026 Info: Start MID 1010662 ICID 433699
Sat Nov 21 09:39:55 2026 Info: MID 1010662 ICID 433699 From: <ewa.patel@travel.example>
Sat Nov 21 09:39:55 2026 Info: MID 1010662 ICID 433699 RID 0 To: <yuki.ivanova@corp.example>
Sat Nov 21 09:39:55 2026 Info: MID 1010662 Message-ID '<e1e099b9ad391e23c650.24014@travel.example>'
Sat Nov 21 09:39:55 2026 Info: MID 1010662 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Sat Nov 21 09:39:55 2026 Info: MID 1010662 ready 12926 bytes from <ewa.patel@travel.example>
Sat Nov 21 09:39:55 2026 Info: MID 1010662 SPF: mailfrom identity ewa.patel@travel.example Pass (v=spf1)
Sat Nov 21 09:39:55 2026 Info: MID 1010662 DKIM: pass signature verified (d=travel.example s=s9 i=@travel.example)
Sat Nov 21 09:39:55 2026 Info: ICID 433699 close
Sat Nov 21 09:39:55 2026 Info: MID 1010662 using engine: CASE spam negative
Sat Nov 21 09:39:55 2026 Info: MID 1010662 DMARC: Verification passed
Sat Nov 21 09:39:55 2026 Info: MID 1010662 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 09:39:56 2026 Info: MID 1010662 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 09:39:57 2026 Info: MID 1010662 queued for delivery
Sat Nov 21 09:40:00 2026 Info: New SMTP DCID 209575 interface 192.0.2.20 address 52.101.90.252 port 25
Sat Nov 21 09:40:00 2026 Info: DCID 209575 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 09:40:00 2026 Info: Delivery start DCID 209575 MID 1010662 to RID [0]
Sat Nov 21 09:40:00 2026 Info: Message done DCID 209575 MID 1010662 to RID [0]
Sat Nov 21 09:40:00 2026 Info: MID 1010662 RID [0] Response '2.6.0 [InternalId=835091768398, Hostname=AM0PR01MB8228.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 09:40:01 2026 Info: DCID 209575 close
Sat Nov 21 09:40:01 2026 Info: Message finished MID 1010662 done
Sat Nov 21 09:41:23 2026 Info: New SMTP ICID 433700 interface IncomingMail (192.0.2.10) address 198.51.160.87 reverse dns host mail.client-b.example verified yes
Sat Nov 21 09:41:23 2026 Info: ICID 433700 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.5
Sat Nov 21 09:41:23 2026 Info: ICID 433700 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 09:41:23 2026 Info: Start MID 1010663 ICID 433700
Sat Nov 21 09:41:23 2026 Info: MID 1010663 ICID 433700 From: <max.fischer@client-b.example>
Sat Nov 21 09:41:23 2026 Info: MID 1010663 ICID 433700 RID 0 To: <li.haddad@corp-mail.example>
Sat Nov 21 09:41:23 2026 Info: MID 1010663 ICID 433700 RID 1 To: <marc.kowalski@corp.example>
Sat Nov 21 09:41:23 2026 Info: MID 1010663 ICID 433700 RID 2 To: <sara.novak23@corp.example>
Sat Nov 21 09:41:23 2026 Info: MID 1010663 ICID 433700 RID 3 To: <paul.moreau@corp.example>
Sat Nov 21 09:41:23 2026 Info: MID 1010663 ICID 433700 RID 4 To: <dan.okafor@corp.example>
Sat Nov 21 09:41:23 2026 Info: MID 1010663 ICID 433700 RID 5 To: <lucia.okafor@corp.example>
Sat Nov 21 09:41:23 2026 Info: MID 1010663 ICID 433700 RID 6 To: <ewa.jensen@corp-mail.example>
Sat Nov 21 09:41:23 2026 Info: MID 1010663 ICID 433700 RID 7 To: <leo.dubois@corp.example>
Sat Nov 21 09:41:23 2026 Info: MID 1010663 Message-ID '<6fb2c3d082ed070ec603.35531@client-b.example>'
Sat Nov 21 09:41:23 2026 Info: MID 1010663 Subject 'Meeting notes'
Sat Nov 21 09:41:23 2026 Info: MID 1010663 ready 95693 bytes from <max.fischer@client-b.example>
Sat Nov 21 09:41:23 2026 Info: MID 1010663 antivirus negative
Sat Nov 21 09:41:23 2026 Info: ICID 433700 close
Sat Nov 21 09:41:23 2026 Info: MID 1010663 interim AV verdict using Sophos CLEAN
Sat Nov 21 09:41:24 2026 Info: MID 1010663 DKIM: pass signature verified (d=client-b.example s=s5 i=@client-b.example)
Sat Nov 21 09:41:24 2026 Info: MID 1010663 using engine: CASE spam negative
Sat Nov 21 09:41:24 2026 Info: MID 1010663 DMARC: Verification passed
Sat Nov 21 09:41:24 2026 Info: MID 1010663 SPF: mailfrom identity max.fischer@client-b.example Pass (v=spf1)
Sat Nov 21 09:41:25 2026 Info: MID 1010663 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 09:41:25 2026 Info: MID 1010663 attachment 'meeting.ics'
Sat Nov 21 09:41:25 2026 Info: MID 1010663 attachment 'invoice_44952.pdf'
Sat Nov 21 09:41:25 2026 Info: MID 1010663 AMP file reputation verdict : UNKNOWN
Sat Nov 21 09:41:27 2026 Info: MID 1010663 queued for delivery
Sat Nov 21 09:41:30 2026 Info: New SMTP DCID 209576 interface 192.0.2.20 address 52.101.147.50 port 25
Sat Nov 21 09:41:30 2026 Info: DCID 209576 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 09:41:30 2026 Info: Delivery start DCID 209576 MID 1010663 to RID [0, 1, 2, 3, 4, 5, 6, 7]
Sat Nov 21 09:41:30 2026 Info: Message done DCID 209576 MID 1010663 to RID [0, 1, 2, 3, 4, 5, 6, 7]
Sat Nov 21 09:41:30 2026 Info: MID 1010663 RID [0, 1, 2, 3, 4, 5, 6, 7] Response '2.0.0 Ok: queued as rgq6bJa8oi5pfJtv'
Sat Nov 21 09:41:30 2026 Info: DCID 209576 close
Sat Nov 21 09:41:30 2026 Info: Message finished MID 1010663 done
Sat Nov 21 09:42:43 2026 Info: New SMTP ICID 433701 interface IncomingMail (192.0.2.10) address 198.51.112.150 reverse dns host mail.logistics.example verified yes
Sat Nov 21 09:42:43 2026 Info: ICID 433701 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.7
Sat Nov 21 09:42:43 2026 Info: ICID 433701 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 09:42:43 2026 Info: Start MID 1010664 ICID 433701
Sat Nov 21 09:42:43 2026 Info: MID 1010664 ICID 433701 From: <mary.moreau@logistics.example>
Sat Nov 21 09:42:43 2026 Info: MID 1010664 ICID 433701 RID 0 To: <nina.patel@corp.example>
Sat Nov 21 09:42:43 2026 Info: MID 1010664 Message-ID '<09218004ff630d0011f6.72995@logistics.example>'
Sat Nov 21 09:42:43 2026 Info: MID 1010664 Subject 'Your order 67010 has shipped'
Sat Nov 21 09:42:43 2026 Info: MID 1010664 ready 6324 bytes from <mary.moreau@logistics.example>
Sat Nov 21 09:42:43 2026 Info: MID 1010664 using engine: CASE spam negative
Sat Nov 21 09:42:43 2026 Info: MID 1010664 interim AV verdict using Sophos CLEAN
Sat Nov 21 09:42:43 2026 Info: MID 1010664 SPF: mailfrom identity mary.moreau@logistics.example Pass (v=spf1)
Sat Nov 21 09:42:43 2026 Info: ICID 433701 close
Sat Nov 21 09:42:43 2026 Info: MID 1010664 antivirus negative
Sat Nov 21 09:42:44 2026 Info: MID 1010664 DKIM: pass signature verified (d=logistics.example s=s7 i=@logistics.example)
Sat Nov 21 09:42:44 2026 Info: MID 1010664 DMARC: Verification passed
Sat Nov 21 09:42:44 2026 Info: MID 1010664 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 09:42:44 2026 Info: MID 1010664 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 09:42:46 2026 Info: MID 1010664 queued for delivery
Sat Nov 21 09:42:49 2026 Info: New SMTP DCID 209577 interface 192.0.2.20 address 52.101.22.95 port 25
Sat Nov 21 09:42:49 2026 Info: DCID 209577 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 09:42:49 2026 Info: Delivery start DCID 209577 MID 1010664 to RID [0]
Sat Nov 21 09:42:50 2026 Info: Message done DCID 209577 MID 1010664 to RID [0]
Sat Nov 21 09:42:50 2026 Info: MID 1010664 RID [0] Response '2.6.0 [InternalId=487602980709, Hostname=AM0PR01MB8604.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 09:42:50 2026 Info: DCID 209577 close
Sat Nov 21 09:42:50 2026 Info: Message finished MID 1010664 done
Sat Nov 21 10:20:55 2026 Info: New SMTP ICID 433702 interface OutgoingMail (192.0.2.11) address 10.20.4.234 reverse dns host exch4.corp.example verified yes
Sat Nov 21 10:20:55 2026 Info: ICID 433702 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 10:20:56 2026 Info: Start MID 1010665 ICID 433702
Sat Nov 21 10:20:56 2026 Info: MID 1010665 ICID 433702 From: <sara.novak@corp.example>
Sat Nov 21 10:20:56 2026 Info: MID 1010665 ICID 433702 RID 0 To: <kofi.rossi@cloudapp.example>
Sat Nov 21 10:20:56 2026 Info: MID 1010665 Message-ID '<675085fff0e5c9963e5f.26634@corp.example>'
Sat Nov 21 10:20:56 2026 Info: MID 1010665 Subject 'Café menu for next week'
Sat Nov 21 10:20:56 2026 Info: MID 1010665 ready 26659 bytes from <sara.novak@corp.example>
Sat Nov 21 10:20:56 2026 Info: MID 1010665 DMARC: Verification passed
Sat Nov 21 10:20:56 2026 Info: MID 1010665 DKIM: pass signature verified (d=corp.example s=s2 i=@corp.example)
Sat Nov 21 10:20:56 2026 Info: MID 1010665 using engine: CASE spam negative
Sat Nov 21 10:20:56 2026 Info: ICID 433702 close
Sat Nov 21 10:20:56 2026 Info: MID 1010665 SPF: mailfrom identity sara.novak@corp.example Pass (v=spf1)
Sat Nov 21 10:20:57 2026 Info: MID 1010665 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 10:20:57 2026 Info: MID 1010665 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 10:20:59 2026 Info: MID 1010665 queued for delivery
Sat Nov 21 10:21:00 2026 Info: New SMTP DCID 209578 interface 192.0.2.20 address 203.0.113.155 port 25
Sat Nov 21 10:21:00 2026 Info: DCID 209578 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 10:21:00 2026 Info: Delivery start DCID 209578 MID 1010665 to RID [0]
Sat Nov 21 10:21:01 2026 Info: Message done DCID 209578 MID 1010665 to RID [0] [('from', 'sara.novak@corp.example'), ('to', 'kofi.rossi@cloudapp.example')]
Sat Nov 21 10:21:01 2026 Info: MID 1010665 RID [0] Response '2.0.0 Ok: queued as D8WBAZrH2R4NaUBL'
Sat Nov 21 10:21:01 2026 Info: Message finished MID 1010665 done
Sat Nov 21 10:21:01 2026 Info: DCID 209578 close
Sat Nov 21 10:26:41 2026 Info: New SMTP ICID 433703 interface IncomingMail (192.0.2.10) address 198.51.193.171 reverse dns host mail.cloudapp.example verified yes
Sat Nov 21 10:26:41 2026 Info: ICID 433703 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.2
Sat Nov 21 10:26:41 2026 Info: ICID 433703 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 10:26:42 2026 Info: Start MID 1010666 ICID 433703
Sat Nov 21 10:26:42 2026 Info: MID 1010666 ICID 433703 From: <li.walsh@cloudapp.example>
Sat Nov 21 10:26:42 2026 Info: MID 1010666 ICID 433703 RID 0 To: <ines.berg@corp.example>
Sat Nov 21 10:26:42 2026 Info: MID 1010666 Message-ID '<CAKl3w+57ftIk4S1vHIZQLmy9+q8U5H_F/37=t0kzxH=@mail.cloudapp.example>'
Sat Nov 21 10:26:42 2026 Info: MID 1010666 Subject 'Re: project timeline'
Sat Nov 21 10:26:42 2026 Info: MID 1010666 ready 19238 bytes from <li.walsh@cloudapp.example>
Sat Nov 21 10:26:42 2026 Info: MID 1010666 SPF: mailfrom identity li.walsh@cloudapp.example Pass (v=spf1)
Sat Nov 21 10:26:42 2026 Info: MID 1010666 using engine: CASE spam negative
Sat Nov 21 10:26:42 2026 Info: ICID 433703 close
Sat Nov 21 10:26:43 2026 Info: MID 1010666 URL https://www.cloudapp.example/t/b5237a55a0 has reputation 7.9 matched Condition: URL Reputation Rule
Sat Nov 21 10:26:43 2026 Info: MID 1010666 Outbreak Filters: verdict negative
Sat Nov 21 10:26:43 2026 Info: MID 1010666 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 10:26:43 2026 Info: MID 1010666 attachment 'notes.txt'
Sat Nov 21 10:26:43 2026 Info: MID 1010666 AMP file reputation verdict : CLEAN
Sat Nov 21 10:26:44 2026 Info: MID 1010666 queued for delivery
Sat Nov 21 10:26:45 2026 Info: New SMTP DCID 209579 interface 192.0.2.20 address 52.101.113.80 port 25
Sat Nov 21 10:26:45 2026 Info: DCID 209579 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 10:26:45 2026 Info: Delivery start DCID 209579 MID 1010666 to RID [0]
Sat Nov 21 10:26:46 2026 Info: Message done DCID 209579 MID 1010666 to RID [0]
Sat Nov 21 10:26:46 2026 Info: MID 1010666 RID [0] Response '2.6.0 [InternalId=248599296675, Hostname=AM0PR01MB1187.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 10:26:46 2026 Info: Message finished MID 1010666 done
Sat Nov 21 10:26:46 2026 Info: DCID 209579 close
Sat Nov 21 10:35:12 2026 Info: New SMTP ICID 433704 interface IncomingMail (192.0.2.10) address 198.51.126.136 reverse dns host mail.gmail.example verified yes
Sat Nov 21 10:35:12 2026 Info: ICID 433704 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.4
Sat Nov 21 10:35:12 2026 Info: ICID 433704 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 10:35:12 2026 Info: Start MID 1010667 ICID 433704
Sat Nov 21 10:35:12 2026 Info: MID 1010667 ICID 433704 From: <chen.fischer@gmail.example>
Sat Nov 21 10:35:12 2026 Info: MID 1010667 ICID 433704 RID 0 To: <sales-team@corp-mail.example>
Sat Nov 21 10:35:13 2026 Info: MID 1010667 Message-ID '<d85137396934f0694366.52304@gmail.example>'
Sat Nov 21 10:35:13 2026 Info: MID 1010667 Subject 'Reminder: timesheets due'
Sat Nov 21 10:35:13 2026 Info: MID 1010667 ready 20284 bytes from <chen.fischer@gmail.example>
Sat Nov 21 10:35:13 2026 Info: ICID 433704 close
Sat Nov 21 10:35:13 2026 Info: MID 1010667 using engine: CASE spam negative
Sat Nov 21 10:35:13 2026 Info: MID 1010667 URL https://www.gmail.example/t/ac914ce608 has reputation 0.0 matched Condition: URL Reputation Rule
Sat Nov 21 10:35:13 2026 Info: MID 1010667 SPF: mailfrom identity chen.fischer@gmail.example Pass (v=spf1)
Sat Nov 21 10:35:14 2026 Info: MID 1010667 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 10:35:15 2026 Info: MID 1010667 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 10:35:16 2026 Info: MID 1010667 queued for delivery
Sat Nov 21 10:35:19 2026 Info: New SMTP DCID 209580 interface 192.0.2.20 address 52.101.144.148 port 25
Sat Nov 21 10:35:19 2026 Info: DCID 209580 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 10:35:19 2026 Info: Delivery start DCID 209580 MID 1010667 to RID [0]
Sat Nov 21 10:35:20 2026 Info: Message done DCID 209580 MID 1010667 to RID [0]
Sat Nov 21 10:35:20 2026 Info: MID 1010667 RID [0] Response '2.0.0 Ok: queued as VEQBhNWdwF3xaZdw'
Sat Nov 21 10:35:20 2026 Info: DCID 209580 close
Sat Nov 21 10:35:20 2026 Info: Message finished MID 1010667 done
Sat Nov 21 10:43:40 2026 Info: New SMTP ICID 433705 interface OutgoingMail (192.0.2.11) address 10.20.3.205 reverse dns host exch3.corp.example verified yes
Sat Nov 21 10:43:40 2026 Info: ICID 433705 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 10:43:41 2026 Info: Start MID 1010668 ICID 433705
Sat Nov 21 10:43:41 2026 Info: MID 1010668 ICID 433705 From: <nora.mendes@corp.example>
Sat Nov 21 10:43:41 2026 Info: MID 1010668 ICID 433705 RID 0 To: <ewa.obrien@partner.example>
Sat Nov 21 10:43:41 2026 Info: MID 1010668 Message-ID "<o'hara.a4860e1c38cd@corp.example>"
Sat Nov 21 10:43:41 2026 Info: MID 1010668 Subject 'Your order 86508 has shipped'
Sat Nov 21 10:43:41 2026 Info: MID 1010668 ready 17827 bytes from <nora.mendes@corp.example>
Sat Nov 21 10:43:41 2026 Info: MID 1010668 DKIM: pass signature verified (d=corp.example s=s6 i=@corp.example)
Sat Nov 21 10:43:41 2026 Info: MID 1010668 using engine: CASE spam negative
Sat Nov 21 10:43:41 2026 Info: MID 1010668 DMARC: Verification passed
Sat Nov 21 10:43:41 2026 Info: MID 1010668 SPF: mailfrom identity nora.mendes@corp.example Pass (v=spf1)
Sat Nov 21 10:43:41 2026 Info: ICID 433705 close
Sat Nov 21 10:43:42 2026 Info: MID 1010668 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 10:43:42 2026 Info: MID 1010668 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 10:43:43 2026 Info: MID 1010668 queued for delivery
Sat Nov 21 10:43:44 2026 Info: New SMTP DCID 209581 interface 192.0.2.20 address 203.0.113.139 port 25
Sat Nov 21 10:43:44 2026 Info: DCID 209581 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 10:43:44 2026 Info: Delivery start DCID 209581 MID 1010668 to RID [0]
Sat Nov 21 10:43:45 2026 Info: Message done DCID 209581 MID 1010668 to RID [0]
Sat Nov 21 10:43:45 2026 Info: MID 1010668 RID [0] Response '2.0.0 Ok: queued as v4GFFAGhkzvt63Nb'
Sat Nov 21 10:43:45 2026 Info: Message finished MID 1010668 done
Sat Nov 21 10:43:45 2026 Info: DCID 209581 close
Sat Nov 21 11:06:01 2026 Info: New SMTP ICID 433706 interface IncomingMail (192.0.2.10) address 198.51.4.66 reverse dns host mail.client-b.example verified yes
Sat Nov 21 11:06:01 2026 Info: ICID 433706 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.1
Sat Nov 21 11:06:01 2026 Info: ICID 433706 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 11:06:01 2026 Info: Start MID 1010669 ICID 433706
Sat Nov 21 11:06:01 2026 Info: MID 1010669 ICID 433706 From: <ida.cohen@client-b.example>
Sat Nov 21 11:06:01 2026 Info: MID 1010669 ICID 433706 RID 0 To: <ines.berg@corp.example>
Sat Nov 21 11:06:01 2026 Info: MID 1010669 ICID 433706 RID 1 To: <kofi.moreau@corp.example>
Sat Nov 21 11:06:01 2026 Info: MID 1010669 ICID 433706 RID 2 To: <ivan.okafor@corp.example>
Sat Nov 21 11:06:01 2026 Info: MID 1010669 ICID 433706 RID 3 To: <tom.weber@corp.example>
Sat Nov 21 11:06:02 2026 Info: MID 1010669 Message-ID '<141edbe75feb77e25146.98679@client-b.example>'
Sat Nov 21 11:06:02 2026 Info: MID 1010669 Subject 'Café menu for next week'
Sat Nov 21 11:06:02 2026 Info: MID 1010669 ready 579604 bytes from <ida.cohen@client-b.example>
Sat Nov 21 11:06:02 2026 Info: MID 1010669 DMARC: Verification passed
Sat Nov 21 11:06:02 2026 Info: ICID 433706 close
Sat Nov 21 11:06:02 2026 Info: MID 1010669 using engine: CASE spam negative
Sat Nov 21 11:06:02 2026 Info: MID 1010669 SPF: mailfrom identity ida.cohen@client-b.example Pass (v=spf1)
Sat Nov 21 11:06:02 2026 Info: MID 1010669 DKIM: pass signature verified (d=client-b.example s=s8 i=@client-b.example)
Sat Nov 21 11:06:02 2026 Info: MID 1010669 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 11:06:02 2026 Info: MID 1010669 attachment 'meeting.ics'
Sat Nov 21 11:06:02 2026 Info: MID 1010669 attachment 'Q3 Report 2026.pdf'
Sat Nov 21 11:06:03 2026 Info: MID 1010669 AMP file reputation verdict : CLEAN
Sat Nov 21 11:06:04 2026 Info: MID 1010669 queued for delivery
Sat Nov 21 11:06:06 2026 Info: New SMTP DCID 209582 interface 192.0.2.20 address 52.101.170.62 port 25
Sat Nov 21 11:06:06 2026 Info: DCID 209582 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 11:06:06 2026 Info: Delivery start DCID 209582 MID 1010669 to RID [0, 1, 2, 3]
Sat Nov 21 11:06:07 2026 Info: Message done DCID 209582 MID 1010669 to RID [0, 1, 2, 3]
Sat Nov 21 11:06:07 2026 Info: MID 1010669 RID [0, 1, 2, 3] Response '2.0.0 Ok: queued as fgM9Pa2ZMi7Lufkm'
Sat Nov 21 11:06:07 2026 Info: Message finished MID 1010669 done
Sat Nov 21 11:06:07 2026 Info: DCID 209582 close
Sat Nov 21 11:08:47 2026 Info: New SMTP ICID 433707 interface IncomingMail (192.0.2.10) address 198.51.98.158 reverse dns host mail.logistics.example verified yes
Sat Nov 21 11:08:47 2026 Info: ICID 433707 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.3
Sat Nov 21 11:08:47 2026 Info: ICID 433707 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 11:08:47 2026 Info: Start MID 1010670 ICID 433707
Sat Nov 21 11:08:47 2026 Info: MID 1010670 ICID 433707 From: <yuki.sato@logistics.example>
Sat Nov 21 11:08:47 2026 Info: MID 1010670 ICID 433707 RID 0 To: <li.larsen@corp.example>
Sat Nov 21 11:08:48 2026 Info: MID 1010670 Message-ID '<e8622f2e300a96e6baa5.45529@logistics.example>'
Sat Nov 21 11:08:48 2026 Info: MID 1010670 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Sat Nov 21 11:08:48 2026 Info: MID 1010670 ready 38501 bytes from <yuki.sato@logistics.example>
Sat Nov 21 11:08:48 2026 Info: ICID 433707 close
Sat Nov 21 11:08:48 2026 Info: MID 1010670 DMARC: Verification passed
Sat Nov 21 11:08:48 2026 Info: MID 1010670 SPF: mailfrom identity yuki.sato@logistics.example Pass (v=spf1)
Sat Nov 21 11:08:48 2026 Info: MID 1010670 using engine: CASE spam negative
Sat Nov 21 11:08:48 2026 Info: MID 1010670 DKIM: pass signature verified (d=logistics.example s=s1 i=@logistics.example)
Sat Nov 21 11:08:48 2026 Info: MID 1010670 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 11:08:48 2026 Info: MID 1010670 attachment 'image001.png'
Sat Nov 21 11:08:48 2026 Info: File reputation query initiating. File Name = 'image001.png', MID = 1010670, File Size = 19728 bytes, File Type = image/png
Sat Nov 21 11:08:48 2026 Info: MID 1010670 AMP file reputation verdict : CLEAN
Sat Nov 21 11:08:49 2026 Info: MID 1010670 queued for delivery
Sat Nov 21 11:08:49 2026 Info: Response received for file reputation query from Cache. File Name = 'image001.png', MID = 1010670, Disposition = CLEAN, Malware = None, Analysis Score = 5, sha256 = 2d8ad8c0ac127e938005ce74721888ff4a3adf9934b3ff60c26e7a4287f53ddd, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Sat Nov 21 11:08:51 2026 Info: New SMTP DCID 209583 interface 192.0.2.20 address 52.101.121.166 port 25
Sat Nov 21 11:08:51 2026 Info: DCID 209583 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 11:08:51 2026 Info: Delivery start DCID 209583 MID 1010670 to RID [0]
Sat Nov 21 11:08:52 2026 Info: Message done DCID 209583 MID 1010670 to RID [0]
Sat Nov 21 11:08:52 2026 Info: MID 1010670 RID [0] Response '2.6.0 [InternalId=281523926862, Hostname=AM0PR01MB8640.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 11:08:52 2026 Info: Message finished MID 1010670 done
Sat Nov 21 11:08:52 2026 Info: DCID 209583 close
Sat Nov 21 11:18:15 2026 Info: New SMTP ICID 433708 interface IncomingMail (192.0.2.10) address 198.51.41.131 reverse dns host mail.bank.example verified yes
Sat Nov 21 11:18:15 2026 Info: ICID 433708 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.4
Sat Nov 21 11:18:15 2026 Info: ICID 433708 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 11:18:15 2026 Info: Start MID 1010671 ICID 433708
Sat Nov 21 11:18:15 2026 Info: MID 1010671 ICID 433708 From: <hugo.weber@bank.example>
Sat Nov 21 11:18:15 2026 Info: MID 1010671 ICID 433708 RID 0 To: <li.larsen@corp.example>
Sat Nov 21 11:18:15 2026 Info: MID 1010671 Message-ID '<CAjo=2u+hRTCTegcC8o28G0o+B+g9SwgrL2yoilXMIvB@mail.bank.example>'
Sat Nov 21 11:18:15 2026 Info: MID 1010671 Subject 'Candidate CV 17829'
Sat Nov 21 11:18:15 2026 Info: MID 1010671 ready 14362 bytes from <hugo.weber@bank.example>
Sat Nov 21 11:18:15 2026 Info: MID 1010671 DMARC: Verification passed
Sat Nov 21 11:18:15 2026 Info: MID 1010671 antivirus negative
Sat Nov 21 11:18:15 2026 Info: MID 1010671 DKIM: pass signature verified (d=bank.example s=s3 i=@bank.example)
Sat Nov 21 11:18:15 2026 Info: MID 1010671 using engine: CASE spam negative
Sat Nov 21 11:18:15 2026 Info: MID 1010671 SPF: mailfrom identity hugo.weber@bank.example Pass (v=spf1)
Sat Nov 21 11:18:16 2026 Info: ICID 433708 close
Sat Nov 21 11:18:16 2026 Info: MID 1010671 interim AV verdict using Sophos CLEAN
Sat Nov 21 11:18:16 2026 Info: MID 1010671 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 11:18:16 2026 Info: MID 1010671 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 11:18:17 2026 Info: MID 1010671 queued for delivery
Sat Nov 21 11:18:21 2026 Info: New SMTP DCID 209584 interface 192.0.2.20 address 52.101.182.49 port 25
Sat Nov 21 11:18:21 2026 Info: DCID 209584 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 11:18:21 2026 Info: Delivery start DCID 209584 MID 1010671 to RID [0]
Sat Nov 21 11:18:23 2026 Info: Message done DCID 209584 MID 1010671 to RID [0]
Sat Nov 21 11:18:23 2026 Info: MID 1010671 RID [0] Response '2.0.0 Ok: queued as zRqJf428M2cyJDEb'
Sat Nov 21 11:18:23 2026 Info: Message finished MID 1010671 done
Sat Nov 21 11:18:23 2026 Info: DCID 209584 close
Sat Nov 21 11:29:34 2026 Info: New SMTP ICID 433709 interface IncomingMail (192.0.2.10) address 198.51.27.101 reverse dns host mail.client-a.example verified yes
Sat Nov 21 11:29:34 2026 Info: ICID 433709 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.5
Sat Nov 21 11:29:34 2026 Info: ICID 433709 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 11:29:34 2026 Info: Start MID 1010672 ICID 433709
Sat Nov 21 11:29:34 2026 Info: MID 1010672 ICID 433709 From: <ida.obrien@client-a.example>
Sat Nov 21 11:29:34 2026 Info: MID 1010672 ICID 433709 RID 0 To: <journal@corp.example>
Sat Nov 21 11:29:34 2026 Info: MID 1010672 ICID 433709 RID 1 To: <ana.kowalski@corp.example>
Sat Nov 21 11:29:34 2026 Info: MID 1010672 ICID 433709 RID 2 To: <lucia.okafor@corp.example>
Sat Nov 21 11:29:34 2026 Info: MID 1010672 ICID 433709 RID 3 To: <omar.mendes@corp.example>
Sat Nov 21 11:29:35 2026 Info: MID 1010672 Message-ID "<o'hara.3f1809777774@client-a.example>"
Sat Nov 21 11:29:35 2026 Info: MID 1010672 Subject 'Re: project timeline'
Sat Nov 21 11:29:35 2026 Info: MID 1010672 ready 4654 bytes from <ida.obrien@client-a.example>
Sat Nov 21 11:29:35 2026 Info: MID 1010672 using engine: CASE spam negative
Sat Nov 21 11:29:35 2026 Info: ICID 433709 close
Sat Nov 21 11:29:35 2026 Info: MID 1010672 DMARC: Verification passed
Sat Nov 21 11:29:35 2026 Info: MID 1010672 SPF: mailfrom identity ida.obrien@client-a.example Pass (v=spf1)
Sat Nov 21 11:29:35 2026 Info: MID 1010672 DKIM: pass signature verified (d=client-a.example s=s9 i=@client-a.example)
Sat Nov 21 11:29:36 2026 Info: MID 1010672 was split creating MID 1010673 due to a per-recipient policy Engineering in the inbound table
Sat Nov 21 11:29:36 2026 Info: MID 1010673 ICID 0 From: <ida.obrien@client-a.example>
Sat Nov 21 11:29:36 2026 Info: MID 1010673 ICID 0 RID 0 To: <ana.kowalski@corp.example>
Sat Nov 21 11:29:36 2026 Info: MID 1010673 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 11:29:36 2026 Info: MID 1010673 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 11:29:36 2026 Info: MID 1010672 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 11:29:37 2026 Info: MID 1010672 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 11:29:38 2026 Info: MID 1010673 queued for delivery
Sat Nov 21 11:29:38 2026 Info: MID 1010672 queued for delivery
Sat Nov 21 11:29:40 2026 Info: New SMTP DCID 209587 interface 192.0.2.20 address 52.101.15.3 port 25
Sat Nov 21 11:29:40 2026 Info: DCID 209587 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 11:29:40 2026 Info: Delivery start DCID 209587 MID 1010673 to RID [0]
Sat Nov 21 11:29:40 2026 Info: New SMTP DCID 209585 interface 192.0.2.20 address 52.101.39.99 port 25
Sat Nov 21 11:29:40 2026 Info: DCID 209585 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 11:29:40 2026 Info: Delivery start DCID 209585 MID 1010672 to RID [0, 2, 3]
Sat Nov 21 11:29:41 2026 Info: Bounced: DCID 209585 MID 1010672 From: <ida.obrien@client-a.example> To: <journal@corp.example> RID 0 - 5.2.2 - Mailbox full ('552', ['5.2.2 <journal@corp.example>: Mailbox full; quota exceeded'])
Sat Nov 21 11:29:41 2026 Info: Message done DCID 209585 MID 1010672 to RID [2, 3]
Sat Nov 21 11:29:41 2026 Info: MID 1010672 RID [2, 3] Response '2.0.0 Ok: queued as rBMciNGwyeK9Qakn'
Sat Nov 21 11:29:41 2026 Info: Message finished MID 1010672 done
Sat Nov 21 11:29:41 2026 Info: DCID 209585 close
Sat Nov 21 11:29:41 2026 Info: Start MID 1010674 ICID 0
Sat Nov 21 11:29:41 2026 Info: MID 1010674 was generated for bounce of MID 1010672
Sat Nov 21 11:29:41 2026 Info: MID 1010674 ICID 0 From: <>
Sat Nov 21 11:29:41 2026 Info: MID 1010674 ICID 0 RID 0 To: <ida.obrien@client-a.example>
Sat Nov 21 11:29:41 2026 Info: MID 1010674 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 11:29:41 2026 Info: MID 1010674 ready 2328 bytes from <>
Sat Nov 21 11:29:41 2026 Info: MID 1010674 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 11:29:41 2026 Info: MID 1010674 queued for delivery
Sat Nov 21 11:29:41 2026 Info: Message done DCID 209587 MID 1010673 to RID [0]
Sat Nov 21 11:29:41 2026 Info: MID 1010673 RID [0] Response '2.6.0 [InternalId=935559449342, Hostname=AM0PR01MB2491.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 11:29:41 2026 Info: Message finished MID 1010673 done
Sat Nov 21 11:29:41 2026 Info: DCID 209587 close
Sat Nov 21 11:29:42 2026 Info: New SMTP DCID 209586 interface 192.0.2.20 address 203.0.113.191 port 25
Sat Nov 21 11:29:42 2026 Info: DCID 209586 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 11:29:42 2026 Info: Delivery start DCID 209586 MID 1010674 to RID [0]
Sat Nov 21 11:29:44 2026 Info: Message done DCID 209586 MID 1010674 to RID [0]
Sat Nov 21 11:29:44 2026 Info: MID 1010674 RID [0] Response '2.0.0 Ok: queued as akaChy49iMohfFWx'
Sat Nov 21 11:29:44 2026 Info: Message finished MID 1010674 done
Sat Nov 21 11:29:44 2026 Info: DCID 209586 close
Sat Nov 21 11:32:39 2026 Info: New SMTP ICID 433710 interface IncomingMail (192.0.2.10) address 198.51.12.198 reverse dns host mail.logistics.example verified yes
Sat Nov 21 11:32:39 2026 Info: ICID 433710 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.5
Sat Nov 21 11:32:39 2026 Info: ICID 433710 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 11:32:39 2026 Info: Start MID 1010675 ICID 433710
Sat Nov 21 11:32:39 2026 Info: MID 1010675 ICID 433710 From: <mia.sato@logistics.example>
Sat Nov 21 11:32:39 2026 Info: MID 1010675 ICID 433710 RID 0 To: <sam.obrien@corp-mail.example>
Sat Nov 21 11:32:39 2026 Info: MID 1010675 Message-ID '<CAhJI=0k8vZoK4UQHHt1tPws5OCR=SYMI8jsQo3cpG+U@mail.logistics.example>'
Sat Nov 21 11:32:39 2026 Info: MID 1010675 Subject 'Weekly newsletter #84561'
Sat Nov 21 11:32:39 2026 Info: MID 1010675 ready 36281 bytes from <mia.sato@logistics.example>
Sat Nov 21 11:32:39 2026 Info: MID 1010675 SPF: mailfrom identity mia.sato@logistics.example Pass (v=spf1)
Sat Nov 21 11:32:39 2026 Info: ICID 433710 close
Sat Nov 21 11:32:39 2026 Info: MID 1010675 DMARC: Verification passed
Sat Nov 21 11:32:40 2026 Info: MID 1010675 DKIM: pass signature verified (d=logistics.example s=s4 i=@logistics.example)
Sat Nov 21 11:32:40 2026 Info: MID 1010675 using engine: CASE spam negative
Sat Nov 21 11:32:40 2026 Info: MID 1010675 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 11:32:40 2026 Info: MID 1010675 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 11:32:42 2026 Info: MID 1010675 queued for delivery
Sat Nov 21 11:32:45 2026 Info: New SMTP DCID 209588 interface 192.0.2.20 address 52.101.255.45 port 25
Sat Nov 21 11:32:45 2026 Info: DCID 209588 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 11:32:45 2026 Info: Delivery start DCID 209588 MID 1010675 to RID [0]
Sat Nov 21 11:32:45 2026 Info: Message done DCID 209588 MID 1010675 to RID [0] [('from', 'mia.sato@logistics.example'), ('to', 'sam.obrien@corp-mail.example')]
Sat Nov 21 11:32:45 2026 Info: MID 1010675 RID [0] Response '2.6.0 [InternalId=323927717786, Hostname=AM0PR01MB7719.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 11:32:45 2026 Info: Message finished MID 1010675 done
Sat Nov 21 11:32:45 2026 Info: DCID 209588 close
Sat Nov 21 11:40:21 2026 Info: New SMTP ICID 433711 interface IncomingMail (192.0.2.10) address 198.51.227.28 reverse dns host mail.logistics.example verified yes
Sat Nov 21 11:40:21 2026 Info: ICID 433711 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.4
Sat Nov 21 11:40:21 2026 Info: ICID 433711 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 11:40:21 2026 Info: Start MID 1010676 ICID 433711
Sat Nov 21 11:40:21 2026 Info: MID 1010676 ICID 433711 From: <sofia.weber@logistics.example>
Sat Nov 21 11:40:21 2026 Info: MID 1010676 ICID 433711 RID 0 To: <leo.dubois@corp-mail.example>
Sat Nov 21 11:40:21 2026 Info: MID 1010676 ICID 433711 RID 1 To: <raj.tanaka@corp-legacy.example>
Sat Nov 21 11:40:22 2026 Info: MID 1010676 Message-ID '<ea3b0a17f787d1b6ce2c.86698@logistics.example>'
Sat Nov 21 11:40:22 2026 Info: MID 1010676 Subject 'Quarterly report'
Sat Nov 21 11:40:22 2026 Info: MID 1010676 ready 16083 bytes from <sofia.weber@logistics.example>
Sat Nov 21 11:40:22 2026 Info: MID 1010676 using engine: CASE spam negative
Sat Nov 21 11:40:22 2026 Info: ICID 433711 close
Sat Nov 21 11:40:22 2026 Info: MID 1010676 SPF: mailfrom identity sofia.weber@logistics.example Pass (v=spf1)
Sat Nov 21 11:40:22 2026 Info: MID 1010676 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 11:40:22 2026 Info: MID 1010676 attachment 'notes.txt'
Sat Nov 21 11:40:22 2026 Info: MID 1010676 AMP file reputation verdict : CLEAN
Sat Nov 21 11:40:24 2026 Info: MID 1010676 queued for delivery
Sat Nov 21 11:40:28 2026 Info: New SMTP DCID 209589 interface 192.0.2.20 address 52.101.154.241 port 25
Sat Nov 21 11:40:28 2026 Info: DCID 209589 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 11:40:28 2026 Info: Delivery start DCID 209589 MID 1010676 to RID [0]
Sat Nov 21 11:40:29 2026 Info: Message done DCID 209589 MID 1010676 to RID [0]
Sat Nov 21 11:40:29 2026 Info: MID 1010676 RID [0] Response '2.0.0 Ok: queued as NsXcHVWhjLfcxfFw'
Sat Nov 21 11:40:29 2026 Info: New SMTP DCID 209590 interface 192.0.2.20 address 10.30.0.25 port 25
Sat Nov 21 11:40:29 2026 Info: DCID 209590 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 11:40:29 2026 Info: Delivery start DCID 209590 MID 1010676 to RID [1]
Sat Nov 21 11:40:29 2026 Info: DCID 209589 close
Sat Nov 21 11:40:29 2026 Info: Message done DCID 209590 MID 1010676 to RID [1]
Sat Nov 21 11:40:29 2026 Info: MID 1010676 RID [1] Response '2.0.0 Ok: queued as cyt2jwETtnBAKMxH'
Sat Nov 21 11:40:29 2026 Info: Message finished MID 1010676 done
Sat Nov 21 11:40:29 2026 Info: DCID 209590 close
Sat Nov 21 11:58:36 2026 Info: New SMTP ICID 433712 interface IncomingMail (192.0.2.10) address 198.51.44.206 reverse dns host mail.bank.example verified yes
Sat Nov 21 11:58:36 2026 Info: ICID 433712 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.9
Sat Nov 21 11:58:36 2026 Info: ICID 433712 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 11:58:37 2026 Info: Start MID 1010677 ICID 433712
Sat Nov 21 11:58:37 2026 Info: MID 1010677 ICID 433712 From: <tom.obrien@bank.example>
Sat Nov 21 11:58:37 2026 Info: MID 1010677 ICID 433712 RID 0 To: <ravi.nguyen@corp.example>
Sat Nov 21 11:58:37 2026 Info: MID 1010677 ICID 433712 RID 1 To: <sara.novak@corp.example>
Sat Nov 21 11:58:37 2026 Info: MID 1010677 ICID 433712 RID 2 To: <Kofi.Moreau@Corp.Example>
Sat Nov 21 11:58:37 2026 Info: MID 1010677 ICID 433712 RID 3 To: <ivan.okafor@corp.example>
Sat Nov 21 11:58:37 2026 Info: MID 1010677 Message-ID '<CAZ0X1HQZ/JFAuF7RPEaBDr1HgTPjXuaBHi4UxB8rBkf@mail.bank.example>'
Sat Nov 21 11:58:37 2026 Info: MID 1010677 Subject 'Re: project timeline'
Sat Nov 21 11:58:37 2026 Info: MID 1010677 ready 21820 bytes from <tom.obrien@bank.example>
Sat Nov 21 11:58:38 2026 Info: MID 1010677 SPF: mailfrom identity tom.obrien@bank.example Pass (v=spf1)
Sat Nov 21 11:58:38 2026 Info: ICID 433712 close
Sat Nov 21 11:58:38 2026 Info: MID 1010677 DKIM: pass signature verified (d=bank.example s=s1 i=@bank.example)
Sat Nov 21 11:58:38 2026 Info: MID 1010677 DMARC: Verification passed
Sat Nov 21 11:58:38 2026 Info: MID 1010677 using engine: CASE spam negative
Sat Nov 21 11:58:39 2026 Info: MID 1010677 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 11:58:39 2026 Info: MID 1010677 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 11:58:39 2026 Info: New SMTP DCID 209591 interface 192.0.2.20 address 192.0.2.50 port 6025
Sat Nov 21 11:58:39 2026 Info: Delivery start DCID 209591 MID 1010677 to RID [0, 1, 2, 3] to offbox IronPort Spam Quarantine
Sat Nov 21 11:58:39 2026 Info: Message done DCID 209591 MID 1010677 to RID [0, 1, 2, 3] (external quarantine)
Sat Nov 21 11:58:39 2026 Info: Message finished MID 1010677 done
Sat Nov 21 11:58:39 2026 Info: DCID 209591 close
Sat Nov 21 12:00:49 2026 Info: New SMTP ICID 433713 interface IncomingMail (192.0.2.10) address 198.51.35.121 reverse dns host mail.newsletter.example verified yes
Sat Nov 21 12:00:49 2026 Info: ICID 433713 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.5
Sat Nov 21 12:00:49 2026 Info: ICID 433713 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 12:00:49 2026 Info: Start MID 1010678 ICID 433713
Sat Nov 21 12:00:49 2026 Info: MID 1010678 ICID 433713 From: <marc.rossi@newsletter.example>
Sat Nov 21 12:00:49 2026 Info: MID 1010678 ICID 433713 RID 0 To: <zoe.moreau@corp.example>
Sat Nov 21 12:00:50 2026 Info: MID 1010678 Message-ID '<2395b242b048a2207855.63019@newsletter.example>'
Sat Nov 21 12:00:50 2026 Info: MID 1010678 Subject 'Re: project timeline'
Sat Nov 21 12:00:50 2026 Info: MID 1010678 ready 390187 bytes from <marc.rossi@newsletter.example>
Sat Nov 21 12:00:50 2026 Info: ICID 433713 close
Sat Nov 21 12:00:50 2026 Info: MID 1010678 DKIM: pass signature verified (d=newsletter.example s=s2 i=@newsletter.example)
Sat Nov 21 12:00:50 2026 Info: MID 1010678 interim AV verdict using Sophos CLEAN
Sat Nov 21 12:00:50 2026 Info: MID 1010678 SPF: mailfrom identity marc.rossi@newsletter.example Pass (v=spf1)
Sat Nov 21 12:00:50 2026 Info: MID 1010678 DMARC: Verification passed
Sat Nov 21 12:00:50 2026 Info: MID 1010678 antivirus negative
Sat Nov 21 12:00:50 2026 Info: MID 1010678 using engine: CASE spam negative
Sat Nov 21 12:00:51 2026 Info: MID 1010678 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 12:00:51 2026 Info: MID 1010678 attachment 'image002.jpg'
Sat Nov 21 12:00:51 2026 Info: MID 1010678 attachment 'minutes-8540.docx'
Sat Nov 21 12:00:51 2026 Info: MID 1010678 attachment 'budget_2026_v3.xlsx'
Sat Nov 21 12:00:51 2026 Info: MID 1010678 AMP file reputation verdict : CLEAN
Sat Nov 21 12:00:53 2026 Info: New SMTP DCID 209592 interface 192.0.2.20 address 192.0.2.50 port 6025
Sat Nov 21 12:00:53 2026 Info: Delivery start DCID 209592 MID 1010678 to RID [0] to offbox IronPort Spam Quarantine
Sat Nov 21 12:00:53 2026 Info: Message done DCID 209592 MID 1010678 to RID [0] (external quarantine)
Sat Nov 21 12:00:53 2026 Info: Message finished MID 1010678 done
Sat Nov 21 12:00:53 2026 Info: DCID 209592 close
Sat Nov 21 12:14:50 2026 Info: New SMTP ICID 433714 interface IncomingMail (192.0.2.10) address 198.51.17.111 reverse dns host mail.supplier.example verified yes
Sat Nov 21 12:14:50 2026 Info: ICID 433714 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.7
Sat Nov 21 12:14:50 2026 Info: ICID 433714 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 12:14:50 2026 Info: Start MID 1010679 ICID 433714
Sat Nov 21 12:14:50 2026 Info: MID 1010679 ICID 433714 From: <john.mendes@supplier.example>
Sat Nov 21 12:14:50 2026 Info: MID 1010679 ICID 433714 RID 0 To: <ravi.nguyen48@corp-mail.example>
Sat Nov 21 12:14:51 2026 Info: MID 1010679 Message-ID '<de15d50ea7653696b6c5.11310@supplier.example>'
Sat Nov 21 12:14:51 2026 Info: MID 1010679 Subject 'Café menu for next week'
Sat Nov 21 12:14:51 2026 Info: MID 1010679 ready 506096 bytes from <john.mendes@supplier.example>
Sat Nov 21 12:14:51 2026 Info: ICID 433714 close
Sat Nov 21 12:14:51 2026 Info: MID 1010679 SPF: mailfrom identity john.mendes@supplier.example Pass (v=spf1)
Sat Nov 21 12:14:51 2026 Info: MID 1010679 using engine: CASE spam negative
Sat Nov 21 12:14:51 2026 Info: MID 1010679 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 12:14:51 2026 Info: MID 1010679 attachment 'invoice_75525.pdf'
Sat Nov 21 12:14:51 2026 Info: File reputation query initiating. File Name = 'invoice_75525.pdf', MID = 1010679, File Size = 358059 bytes, File Type = application/pdf
Sat Nov 21 12:14:52 2026 Info: MID 1010679 AMP file reputation verdict : CLEAN
Sat Nov 21 12:14:52 2026 Info: Response received for file reputation query from Cloud. File Name = 'invoice_75525.pdf', MID = 1010679, Disposition = CLEAN, Malware = None, Reputation Score = 5, sha256 = 420246a0cfcd57ca9b879cad27a1b02e000a58d9d642e0f6d3f99e2d3d09f26a, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Sat Nov 21 12:14:54 2026 Info: MID 1010679 queued for delivery
Sat Nov 21 12:14:55 2026 Info: New SMTP DCID 209593 interface 192.0.2.20 address 52.101.58.49 port 25
Sat Nov 21 12:14:55 2026 Info: DCID 209593 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 12:14:55 2026 Info: Delivery start DCID 209593 MID 1010679 to RID [0]
Sat Nov 21 12:14:55 2026 Info: Message done DCID 209593 MID 1010679 to RID [0] [('from', 'john.mendes@supplier.example'), ('to', 'ravi.nguyen48@corp-mail.example')]
Sat Nov 21 12:14:55 2026 Info: MID 1010679 RID [0] Response '2.6.0 [InternalId=441274918749, Hostname=AM0PR01MB5106.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 12:14:55 2026 Info: Message finished MID 1010679 done
Sat Nov 21 12:14:55 2026 Info: DCID 209593 close
Sat Nov 21 12:29:00 2026 Info: New SMTP ICID 433715 interface IncomingMail (192.0.2.10) address 198.51.99.222 reverse dns host mail.bank.example verified yes
Sat Nov 21 12:29:00 2026 Info: ICID 433715 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.3
Sat Nov 21 12:29:00 2026 Info: ICID 433715 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 12:29:00 2026 Info: Start MID 1010680 ICID 433715
Sat Nov 21 12:29:00 2026 Info: MID 1010680 ICID 433715 From: <hugo.weber@bank.example>
Sat Nov 21 12:29:00 2026 Info: MID 1010680 ICID 433715 RID 0 To: <lucia.okafor@corp.example>
Sat Nov 21 12:29:01 2026 Info: MID 1010680 Message-ID '<b8501303afc6d55b539a.31387@bank.example>'
Sat Nov 21 12:29:01 2026 Info: MID 1010680 Subject 'FW: contract draft'
Sat Nov 21 12:29:01 2026 Info: MID 1010680 ready 23524 bytes from <hugo.weber@bank.example>
Sat Nov 21 12:29:01 2026 Info: MID 1010680 DMARC: Verification passed
Sat Nov 21 12:29:01 2026 Info: ICID 433715 close
Sat Nov 21 12:29:01 2026 Info: MID 1010680 DKIM: pass signature verified (d=bank.example s=s5 i=@bank.example)
Sat Nov 21 12:29:01 2026 Info: MID 1010680 SPF: mailfrom identity hugo.weber@bank.example Pass (v=spf1)
Sat Nov 21 12:29:01 2026 Info: MID 1010680 using engine: CASE spam negative
Sat Nov 21 12:29:01 2026 Info: MID 1010680 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 12:29:02 2026 Info: MID 1010680 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 12:29:02 2026 Info: MID 1010680 queued for delivery
Sat Nov 21 12:29:05 2026 Info: New SMTP DCID 209594 interface 192.0.2.20 address 52.101.93.61 port 25
Sat Nov 21 12:29:05 2026 Info: DCID 209594 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 12:29:05 2026 Info: Delivery start DCID 209594 MID 1010680 to RID [0]
Sat Nov 21 12:29:07 2026 Info: Message done DCID 209594 MID 1010680 to RID [0]
Sat Nov 21 12:29:07 2026 Info: MID 1010680 RID [0] Response '2.6.0 [InternalId=244159603568, Hostname=AM0PR01MB2770.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 12:29:07 2026 Info: DCID 209594 close
Sat Nov 21 12:29:07 2026 Info: Message finished MID 1010680 done
Sat Nov 21 12:35:40 2026 Info: New SMTP ICID 433716 interface IncomingMail (192.0.2.10) address 198.51.215.47 reverse dns host mail.bank.example verified yes
Sat Nov 21 12:35:40 2026 Info: ICID 433716 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.4
Sat Nov 21 12:35:40 2026 Info: ICID 433716 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 12:35:40 2026 Info: Start MID 1010681 ICID 433716
Sat Nov 21 12:35:40 2026 Info: MID 1010681 ICID 433716 From: <lena.moreau@bank.example>
Sat Nov 21 12:35:40 2026 Info: MID 1010681 ICID 433716 RID 0 To: <zoe.moreau@corp.example>
Sat Nov 21 12:35:40 2026 Info: MID 1010681 ICID 433716 RID 1 To: <sam.obrien@corp.example>
Sat Nov 21 12:35:40 2026 Info: MID 1010681 ICID 433716 RID 2 To: <ravi.obrien@corp.example>
Sat Nov 21 12:35:40 2026 Info: MID 1010681 ICID 433716 RID 3 To: <mia.garcia@corp.example>
Sat Nov 21 12:35:40 2026 Info: MID 1010681 Message-ID '<a511d2330b0c253e227a.66998@bank.example>'
Sat Nov 21 12:35:40 2026 Info: MID 1010681 Subject 'Weekly newsletter #14069'
Sat Nov 21 12:35:40 2026 Info: MID 1010681 ready 29133 bytes from <lena.moreau@bank.example>
Sat Nov 21 12:35:40 2026 Info: MID 1010681 using engine: CASE spam negative
Sat Nov 21 12:35:40 2026 Info: ICID 433716 close
Sat Nov 21 12:35:40 2026 Info: MID 1010681 DMARC: Verification passed
Sat Nov 21 12:35:40 2026 Info: MID 1010681 DKIM: pass signature verified (d=bank.example s=s3 i=@bank.example)
Sat Nov 21 12:35:40 2026 Info: MID 1010681 SPF: mailfrom identity lena.moreau@bank.example Pass (v=spf1)
Sat Nov 21 12:35:41 2026 Info: MID 1010681 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 12:35:42 2026 Info: MID 1010681 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 12:35:44 2026 Info: MID 1010681 queued for delivery
Sat Nov 21 12:35:44 2026 Info: New SMTP DCID 209595 interface 192.0.2.20 address 52.101.57.17 port 25
Sat Nov 21 12:35:44 2026 Info: DCID 209595 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 12:35:44 2026 Info: Delivery start DCID 209595 MID 1010681 to RID [0, 1, 2, 3]
Sat Nov 21 12:35:45 2026 Info: Message done DCID 209595 MID 1010681 to RID [0, 1, 2, 3]
Sat Nov 21 12:35:45 2026 Info: MID 1010681 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=384915989997, Hostname=AM0PR01MB5269.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 12:35:45 2026 Info: Message finished MID 1010681 done
Sat Nov 21 12:35:45 2026 Info: DCID 209595 close
Sat Nov 21 12:42:29 2026 Info: New SMTP ICID 433717 interface IncomingMail (192.0.2.10) address 198.51.150.34 reverse dns host mail.travel.example verified yes
Sat Nov 21 12:42:29 2026 Info: ICID 433717 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.5
Sat Nov 21 12:42:29 2026 Info: ICID 433717 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 12:42:29 2026 Info: Start MID 1010682 ICID 433717
Sat Nov 21 12:42:29 2026 Info: MID 1010682 ICID 433717 From: <raj.kim@travel.example>
Sat Nov 21 12:42:29 2026 Info: MID 1010682 ICID 433717 RID 0 To: <nina.lopez@corp.example>
Sat Nov 21 12:42:29 2026 Info: MID 1010682 Message-ID '<CA_CAWyf+6DaOV3pX/ORkIQdlJbGbA0qY/1GiaVrw+CZ@mail.travel.example>'
Sat Nov 21 12:42:29 2026 Info: MID 1010682 Subject 'Re: [support #15431] FW: issue with the VPN client after the latest update (urgent)'
Sat Nov 21 12:42:29 2026 Info: MID 1010682 ready 33478 bytes from <raj.kim@travel.example>
Sat Nov 21 12:42:29 2026 Info: ICID 433717 close
Sat Nov 21 12:42:30 2026 Info: MID 1010682 SPF: mailfrom identity raj.kim@travel.example Pass (v=spf1)
Sat Nov 21 12:42:30 2026 Info: MID 1010682 using engine: CASE spam negative
Sat Nov 21 12:42:31 2026 Info: MID 1010682 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 12:42:31 2026 Info: MID 1010682 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 12:42:33 2026 Info: MID 1010682 queued for delivery
Sat Nov 21 12:42:36 2026 Info: New SMTP DCID 209596 interface 192.0.2.20 address 52.101.112.77 port 25
Sat Nov 21 12:42:36 2026 Info: DCID 209596 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 12:42:36 2026 Info: Delivery start DCID 209596 MID 1010682 to RID [0]
Sat Nov 21 12:42:37 2026 Info: Message done DCID 209596 MID 1010682 to RID [0]
Sat Nov 21 12:42:37 2026 Info: MID 1010682 RID [0] Response '2.6.0 [InternalId=897266572078, Hostname=AM0PR01MB5564.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 12:42:37 2026 Info: Message finished MID 1010682 done
Sat Nov 21 12:42:37 2026 Info: DCID 209596 close
Sat Nov 21 13:10:45 2026 Info: New SMTP ICID 433718 interface IncomingMail (192.0.2.10) address 198.51.102.32 reverse dns host mail.newsletter.example verified yes
Sat Nov 21 13:10:45 2026 Info: ICID 433718 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.6
Sat Nov 21 13:10:45 2026 Info: ICID 433718 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 13:10:45 2026 Info: Start MID 1010683 ICID 433718
Sat Nov 21 13:10:45 2026 Info: MID 1010683 ICID 433718 From: <lena.berg@newsletter.example>
Sat Nov 21 13:10:45 2026 Info: MID 1010683 ICID 433718 RID 0 To: <omar.mendes@corp.example>
Sat Nov 21 13:10:46 2026 Info: MID 1010683 Message-ID '<d118503d8d14493c5e40.89439@newsletter.example>'
Sat Nov 21 13:10:46 2026 Info: MID 1010683 Subject 'Weekly newsletter #51414'
Sat Nov 21 13:10:46 2026 Info: MID 1010683 ready 38776 bytes from <lena.berg@newsletter.example>
Sat Nov 21 13:10:46 2026 Info: ICID 433718 close
Sat Nov 21 13:10:46 2026 Info: MID 1010683 DKIM: pass signature verified (d=newsletter.example s=s5 i=@newsletter.example)
Sat Nov 21 13:10:46 2026 Info: MID 1010683 using engine: CASE spam negative
Sat Nov 21 13:10:46 2026 Info: MID 1010683 SPF: mailfrom identity lena.berg@newsletter.example Pass (v=spf1)
Sat Nov 21 13:10:46 2026 Info: MID 1010683 DMARC: Verification passed
Sat Nov 21 13:10:47 2026 Info: MID 1010683 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 13:10:47 2026 Info: MID 1010683 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 13:10:49 2026 Info: MID 1010683 queued for delivery
Sat Nov 21 13:10:50 2026 Info: New SMTP DCID 209597 interface 192.0.2.20 address 52.101.129.104 port 25
Sat Nov 21 13:10:50 2026 Info: DCID 209597 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 13:10:50 2026 Info: Delivery start DCID 209597 MID 1010683 to RID [0]
Sat Nov 21 13:10:51 2026 Info: Message done DCID 209597 MID 1010683 to RID [0]
Sat Nov 21 13:10:51 2026 Info: MID 1010683 RID [0] Response '2.0.0 Ok: queued as WgqAhV9XB9kms7GG'
Sat Nov 21 13:10:51 2026 Info: DCID 209597 close
Sat Nov 21 13:10:51 2026 Info: Message finished MID 1010683 done
Sat Nov 21 13:16:53 2026 Info: New SMTP ICID 433719 interface OutgoingMail (192.0.2.11) address 10.20.7.240 reverse dns host exch4.corp.example verified yes
Sat Nov 21 13:16:53 2026 Info: ICID 433719 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 13:16:54 2026 Info: Start MID 1010684 ICID 433719
Sat Nov 21 13:16:54 2026 Info: MID 1010684 ICID 433719 From: <helpdesk@corp-mail.example>
Sat Nov 21 13:16:54 2026 Info: MID 1010684 ICID 433719 RID 0 To: <ines.kowalski@travel.example>
Sat Nov 21 13:16:54 2026 Info: MID 1010684 Message-ID '<57cce0a227790cb4bcf5.8348@corp-mail.example>'
Sat Nov 21 13:16:54 2026 Info: MID 1010684 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Sat Nov 21 13:16:54 2026 Info: MID 1010684 ready 63434 bytes from <helpdesk@corp-mail.example>
Sat Nov 21 13:16:54 2026 Info: MID 1010684 SPF: mailfrom identity helpdesk@corp-mail.example Pass (v=spf1)
Sat Nov 21 13:16:54 2026 Info: ICID 433719 close
Sat Nov 21 13:16:54 2026 Info: MID 1010684 DKIM: pass signature verified (d=corp-mail.example s=s2 i=@corp-mail.example)
Sat Nov 21 13:16:54 2026 Info: MID 1010684 DMARC: Verification passed
Sat Nov 21 13:16:54 2026 Info: MID 1010684 using engine: CASE spam negative
Sat Nov 21 13:16:55 2026 Info: MID 1010684 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 13:16:55 2026 Info: MID 1010684 attachment 'image001.png'
Sat Nov 21 13:16:55 2026 Info: File reputation query initiating. File Name = 'image001.png', MID = 1010684, File Size = 19728 bytes, File Type = image/png
Sat Nov 21 13:16:56 2026 Info: MID 1010684 AMP file reputation verdict : CLEAN
Sat Nov 21 13:16:56 2026 Info: Response received for file reputation query from Cache. FileName = 'image001.png', MID = 1010684, Disposition = CLEAN, Malware = None,Reputation Score = 0, sha256 =2d8ad8c0ac127e938005ce74721888ff4a3adf9934b3ff60c26e7a4287f53ddd, upload_action = 2
Sat Nov 21 13:16:56 2026 Info: MID 1010684 queued for delivery
Sat Nov 21 13:16:58 2026 Info: New SMTP DCID 209598 interface 192.0.2.20 address 203.0.113.148 port 25
Sat Nov 21 13:16:58 2026 Info: DCID 209598 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 13:16:58 2026 Info: Delivery start DCID 209598 MID 1010684 to RID [0]
Sat Nov 21 13:17:01 2026 Info: Message done DCID 209598 MID 1010684 to RID [0]
Sat Nov 21 13:17:01 2026 Info: MID 1010684 RID [0] Response '2.0.0 Ok: queued as 5w7btEhCjDyQXz3J'
Sat Nov 21 13:17:01 2026 Info: Message finished MID 1010684 done
Sat Nov 21 13:17:01 2026 Info: DCID 209598 close
Sat Nov 21 13:53:40 2026 Info: New SMTP ICID 433720 interface IncomingMail (192.0.2.10) address 198.51.140.170 reverse dns host mail.client-b.example verified yes
Sat Nov 21 13:53:40 2026 Info: ICID 433720 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.9
Sat Nov 21 13:53:40 2026 Info: ICID 433720 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 13:53:40 2026 Info: Start MID 1010685 ICID 433720
Sat Nov 21 13:53:40 2026 Info: MID 1010685 ICID 433720 From: <chen.obrien@client-b.example>
Sat Nov 21 13:53:40 2026 Info: MID 1010685 ICID 433720 RID 0 To: <finance-archive@corp.example>
Sat Nov 21 13:53:40 2026 Info: MID 1010685 ICID 433720 RID 1 To: <lena.novak@corp.example>
Sat Nov 21 13:53:40 2026 Info: MID 1010685 ICID 433720 RID 2 To: <eva.kowalski@corp.example>
Sat Nov 21 13:53:40 2026 Info: MID 1010685 Message-ID '<2529a5f277b5fba0902a.4539@client-b.example>'
Sat Nov 21 13:53:40 2026 Info: MID 1010685 Subject 'Re: project timeline'
Sat Nov 21 13:53:40 2026 Info: MID 1010685 ready 40661 bytes from <chen.obrien@client-b.example>
Sat Nov 21 13:53:40 2026 Info: MID 1010685 URL https://www.client-b.example/t/141c723fd9 has reputation 7.9 matched Condition: URL Reputation Rule
Sat Nov 21 13:53:40 2026 Info: ICID 433720 close
Sat Nov 21 13:53:40 2026 Info: MID 1010685 Outbreak Filters: verdict negative
Sat Nov 21 13:53:40 2026 Info: MID 1010685 using engine: CASE spam negative
Sat Nov 21 13:53:40 2026 Info: MID 1010685 SPF: mailfrom identity chen.obrien@client-b.example Pass (v=spf1)
Sat Nov 21 13:53:41 2026 Info: MID 1010685 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 13:53:41 2026 Info: MID 1010685 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 13:53:41 2026 Info: MID 1010685 queued for delivery
Sat Nov 21 13:53:42 2026 Info: New SMTP DCID 209599 interface 192.0.2.20 address 52.101.171.249 port 25
Sat Nov 21 13:53:42 2026 Info: DCID 209599 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 13:53:42 2026 Info: Delivery start DCID 209599 MID 1010685 to RID [0, 1, 2]
Sat Nov 21 13:53:42 2026 Info: Message done DCID 209599 MID 1010685 to RID [0, 1, 2] [('from', 'chen.obrien@client-b.example'), ('to', 'finance-archive@corp.example')]
Sat Nov 21 13:53:42 2026 Info: MID 1010685 RID [0, 1, 2] Response '2.0.0 Ok: queued as 6DCYZaFH2WeP85eH'
Sat Nov 21 13:53:42 2026 Info: DCID 209599 close
Sat Nov 21 13:53:42 2026 Info: Message finished MID 1010685 done
Sat Nov 21 14:03:02 2026 Info: New SMTP ICID 433721 interface IncomingMail (192.0.2.10) address 198.51.142.39 reverse dns host mail.bank.example verified yes
Sat Nov 21 14:03:02 2026 Info: ICID 433721 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.8
Sat Nov 21 14:03:02 2026 Info: ICID 433721 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 14:03:03 2026 Info: Start MID 1010686 ICID 433721
Sat Nov 21 14:03:03 2026 Info: MID 1010686 ICID 433721 From: <lena.moreau@bank.example>
Sat Nov 21 14:03:03 2026 Info: MID 1010686 ICID 433721 RID 0 To: <journal@corp.example>
Sat Nov 21 14:03:03 2026 Info: MID 1010686 Message-ID '<3a1f02e2d37c542340cc.81790@bank.example>'
Sat Nov 21 14:03:03 2026 Info: MID 1010686 Subject 'Candidate CV 62536'
Sat Nov 21 14:03:03 2026 Info: MID 1010686 ready 4951354 bytes from <lena.moreau@bank.example>
Sat Nov 21 14:03:03 2026 Info: MID 1010686 DKIM: pass signature verified (d=bank.example s=s5 i=@bank.example)
Sat Nov 21 14:03:03 2026 Info: MID 1010686 using engine: CASE spam negative
Sat Nov 21 14:03:03 2026 Info: MID 1010686 interim AV verdict using Sophos CLEAN
Sat Nov 21 14:03:03 2026 Info: MID 1010686 antivirus negative
Sat Nov 21 14:03:03 2026 Info: ICID 433721 close
Sat Nov 21 14:03:03 2026 Info: MID 1010686 DMARC: Verification passed
Sat Nov 21 14:03:03 2026 Info: MID 1010686 SPF: mailfrom identity lena.moreau@bank.example Pass (v=spf1)
Sat Nov 21 14:03:05 2026 Info: MID 1010686 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 14:03:05 2026 Info: MID 1010686 attachment 'budget_2026_v3.xlsx'
Sat Nov 21 14:03:05 2026 Info: MID 1010686 attachment 'Q2 Report 2026.pdf'
Sat Nov 21 14:03:05 2026 Info: MID 1010686 attachment 'photo 27553.heic'
Sat Nov 21 14:03:05 2026 Info: MID 1010686 AMP file reputation verdict : UNKNOWN
Sat Nov 21 14:03:06 2026 Info: MID 1010686 queued for delivery
Sat Nov 21 14:03:09 2026 Info: New SMTP DCID 209600 interface 192.0.2.20 address 52.101.233.228 port 25
Sat Nov 21 14:03:09 2026 Info: DCID 209600 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 14:03:09 2026 Info: Delivery start DCID 209600 MID 1010686 to RID [0]
Sat Nov 21 14:03:11 2026 Info: Message done DCID 209600 MID 1010686 to RID [0]
Sat Nov 21 14:03:11 2026 Info: MID 1010686 RID [0] Response '2.0.0 Ok: queued as CkVFL9pfBpUhDRJd'
Sat Nov 21 14:03:11 2026 Info: Message finished MID 1010686 done
Sat Nov 21 14:03:11 2026 Info: DCID 209600 close
Sat Nov 21 14:05:58 2026 Info: New SMTP ICID 433722 interface OutgoingMail (192.0.2.11) address 10.20.0.162 reverse dns host exch2.corp.example verified yes
Sat Nov 21 14:05:58 2026 Info: ICID 433722 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 14:05:59 2026 Info: Start MID 1010687 ICID 433722
Sat Nov 21 14:05:59 2026 Info: MID 1010687 ICID 433722 From: <ida.novak@corp.example>
Sat Nov 21 14:05:59 2026 Info: MID 1010687 ICID 433722 RID 0 To: <kofi.ivanova@cloudapp.example>
Sat Nov 21 14:05:59 2026 Info: MID 1010687 Message-ID '<CAqbwWUghjvF+jF87b_fmssK-uDlc-=ZJ_DEdFr3BvfS@mail.corp.example>'
Sat Nov 21 14:05:59 2026 Info: MID 1010687 Subject 'Re: [support #15164] FW: issue with the VPN client after the latest update (urgent)'
Sat Nov 21 14:05:59 2026 Info: MID 1010687 ready 1367818 bytes from <ida.novak@corp.example>
Sat Nov 21 14:05:59 2026 Info: MID 1010687 using engine: CASE spam negative
Sat Nov 21 14:05:59 2026 Info: MID 1010687 antivirus negative
Sat Nov 21 14:05:59 2026 Info: MID 1010687 DKIM: pass signature verified (d=corp.example s=s5 i=@corp.example)
Sat Nov 21 14:05:59 2026 Info: MID 1010687 DMARC: Verification passed
Sat Nov 21 14:05:59 2026 Info: MID 1010687 SPF: mailfrom identity ida.novak@corp.example Pass (v=spf1)
Sat Nov 21 14:05:59 2026 Info: ICID 433722 close
Sat Nov 21 14:05:59 2026 Info: MID 1010687 interim AV verdict using Sophos CLEAN
Sat Nov 21 14:06:00 2026 Info: MID 1010687 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 14:06:00 2026 Info: MID 1010687 attachment 'Q2=20Report=202026.pdf'
Sat Nov 21 14:06:00 2026 Info: MID 1010687 attachment 'image002.jpg'
Sat Nov 21 14:06:00 2026 Info: MID 1010687 AMP file reputation verdict : UNKNOWN
Sat Nov 21 14:06:02 2026 Info: MID 1010687 queued for delivery
Sat Nov 21 14:06:03 2026 Info: New SMTP DCID 209601 interface 192.0.2.20 address 203.0.113.130 port 25
Sat Nov 21 14:06:03 2026 Info: DCID 209601 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 14:06:03 2026 Info: Delivery start DCID 209601 MID 1010687 to RID [0]
Sat Nov 21 14:06:04 2026 Info: Message done DCID 209601 MID 1010687 to RID [0]
Sat Nov 21 14:06:04 2026 Info: MID 1010687 RID [0] Response '2.0.0 Ok: queued as jiSM4sTB78HAqdgZ'
Sat Nov 21 14:06:04 2026 Info: Message finished MID 1010687 done
Sat Nov 21 14:06:04 2026 Info: DCID 209601 close
Sat Nov 21 14:13:24 2026 Info: New SMTP ICID 433723 interface IncomingMail (192.0.2.10) address 198.51.109.221 reverse dns host mail.cloudapp.example verified yes
Sat Nov 21 14:13:24 2026 Info: ICID 433723 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.6
Sat Nov 21 14:13:24 2026 Info: ICID 433723 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 14:13:24 2026 Info: Start MID 1010688 ICID 433723
Sat Nov 21 14:13:24 2026 Info: MID 1010688 ICID 433723 From: <li.walsh@cloudapp.example>
Sat Nov 21 14:13:24 2026 Info: MID 1010688 ICID 433723 RID 0 To: <lena.sato@corp.example>
Sat Nov 21 14:13:24 2026 Info: MID 1010688 ICID 433723 RID 1 To: <ana.kowalski@corp.example>
Sat Nov 21 14:13:25 2026 Info: MID 1010688 Message-ID '<CAr8PdkfxQcLpunc8BqeVhvQOVASAMA1KNeTiVtq=pnT@mail.cloudapp.example>'
Sat Nov 21 14:13:25 2026 Info: MID 1010688 Subject 'Café menu for next week'
Sat Nov 21 14:13:25 2026 Info: MID 1010688 ready 530199 bytes from <li.walsh@cloudapp.example>
Sat Nov 21 14:13:25 2026 Info: ICID 433723 close
Sat Nov 21 14:13:25 2026 Info: MID 1010688 using engine: CASE spam negative
Sat Nov 21 14:13:25 2026 Info: MID 1010688 DMARC: Verification passed
Sat Nov 21 14:13:25 2026 Info: MID 1010688 interim AV verdict using Sophos CLEAN
Sat Nov 21 14:13:25 2026 Info: MID 1010688 SPF: mailfrom identity li.walsh@cloudapp.example Pass (v=spf1)
Sat Nov 21 14:13:25 2026 Info: MID 1010688 DKIM: pass signature verified (d=cloudapp.example s=s6 i=@cloudapp.example)
Sat Nov 21 14:13:25 2026 Info: MID 1010688 antivirus negative
Sat Nov 21 14:13:26 2026 Info: MID 1010688 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 14:13:26 2026 Info: MID 1010688 attachment 'invoice_18015.pdf'
Sat Nov 21 14:13:26 2026 Info: MID 1010688 AMP file reputation verdict : UNKNOWN
Sat Nov 21 14:13:27 2026 Info: MID 1010688 queued for delivery
Sat Nov 21 14:13:28 2026 Info: New SMTP DCID 209602 interface 192.0.2.20 address 52.101.194.115 port 25
Sat Nov 21 14:13:28 2026 Info: DCID 209602 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 14:13:28 2026 Info: Delivery start DCID 209602 MID 1010688 to RID [0, 1]
Sat Nov 21 14:13:29 2026 Info: Message done DCID 209602 MID 1010688 to RID [0, 1]
Sat Nov 21 14:13:29 2026 Info: MID 1010688 RID [0, 1] Response '2.6.0 [InternalId=883599541438, Hostname=AM0PR01MB5552.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 14:13:29 2026 Info: Message finished MID 1010688 done
Sat Nov 21 14:13:29 2026 Info: DCID 209602 close
Sat Nov 21 14:17:34 2026 Info: New SMTP ICID 433724 interface IncomingMail (192.0.2.10) address 198.51.247.220 reverse dns host mail.partner.example verified yes
Sat Nov 21 14:17:34 2026 Info: ICID 433724 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.3
Sat Nov 21 14:17:34 2026 Info: ICID 433724 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 14:17:34 2026 Info: Start MID 1010689 ICID 433724
Sat Nov 21 14:17:34 2026 Info: MID 1010689 ICID 433724 From: <ewa.obrien@partner.example>
Sat Nov 21 14:17:34 2026 Info: MID 1010689 ICID 433724 RID 0 To: <ravi.nguyen@corp-mail.example>
Sat Nov 21 14:17:34 2026 Info: MID 1010689 Message-ID "<o'neill.f689d3280e9@partner.example>"
Sat Nov 21 14:17:34 2026 Info: MID 1010689 Subject 'Your order 83737 has shipped'
Sat Nov 21 14:17:34 2026 Info: MID 1010689 ready 30519 bytes from <ewa.obrien@partner.example>
Sat Nov 21 14:17:34 2026 Info: MID 1010689 SPF: mailfrom identity ewa.obrien@partner.example Pass (v=spf1)
Sat Nov 21 14:17:35 2026 Info: ICID 433724 close
Sat Nov 21 14:17:35 2026 Info: MID 1010689 Outbreak Filters: verdict negative
Sat Nov 21 14:17:35 2026 Info: MID 1010689 using engine: CASE spam negative
Sat Nov 21 14:17:35 2026 Info: MID 1010689 URL https://www.partner.example/t/f60fd7fa84 has reputation 7.9 matched Condition: URL Reputation Rule
Sat Nov 21 14:17:35 2026 Info: MID 1010689 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 14:17:35 2026 Info: MID 1010689 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 14:17:37 2026 Info: MID 1010689 queued for delivery
Sat Nov 21 14:17:38 2026 Info: New SMTP DCID 209603 interface 192.0.2.20 address 52.101.145.33 port 25
Sat Nov 21 14:17:38 2026 Info: DCID 209603 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 14:17:38 2026 Info: Delivery start DCID 209603 MID 1010689 to RID [0]
Sat Nov 21 14:17:39 2026 Info: Message done DCID 209603 MID 1010689 to RID [0]
Sat Nov 21 14:17:39 2026 Info: MID 1010689 RID [0] Response '2.0.0 Ok: queued as dnMRw8Ts5wrXTgBS'
Sat Nov 21 14:17:39 2026 Info: Message finished MID 1010689 done
Sat Nov 21 14:17:39 2026 Info: DCID 209603 close
Sat Nov 21 14:24:23 2026 Info: New SMTP ICID 433725 interface IncomingMail (192.0.2.10) address 198.51.94.250 reverse dns host mail.bank.example verified yes
Sat Nov 21 14:24:23 2026 Info: ICID 433725 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5
Sat Nov 21 14:24:23 2026 Info: ICID 433725 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 14:24:24 2026 Info: Start MID 1010690 ICID 433725
Sat Nov 21 14:24:24 2026 Info: MID 1010690 ICID 433725 From: <hugo.weber@bank.example>
Sat Nov 21 14:24:24 2026 Info: MID 1010690 ICID 433725 RID 0 To: <nina.patel@corp.example>
Sat Nov 21 14:24:24 2026 Info: MID 1010690 ICID 433725 RID 1 To: <lena.sato@corp.example>
Sat Nov 21 14:24:24 2026 Info: MID 1010690 ICID 433725 RID 2 To: <ravi.nguyen@corp.example>
Sat Nov 21 14:24:24 2026 Info: MID 1010690 ICID 433725 RID 3 To: <nora.mendes@corp.example>
Sat Nov 21 14:24:24 2026 Info: MID 1010690 Message-ID '<71216225321155bcebf1.7475@bank.example>'
Sat Nov 21 14:24:24 2026 Info: MID 1010690 Subject 'The "new" travel policy'
Sat Nov 21 14:24:24 2026 Info: MID 1010690 ready 32822 bytes from <hugo.weber@bank.example>
Sat Nov 21 14:24:24 2026 Info: MID 1010690 interim AV verdict using Sophos CLEAN
Sat Nov 21 14:24:24 2026 Info: MID 1010690 antivirus negative
Sat Nov 21 14:24:24 2026 Info: MID 1010690 DMARC: Verification passed
Sat Nov 21 14:24:24 2026 Info: MID 1010690 SPF: mailfrom identity hugo.weber@bank.example Pass (v=spf1)
Sat Nov 21 14:24:24 2026 Info: ICID 433725 close
Sat Nov 21 14:24:24 2026 Info: MID 1010690 using engine: CASE spam negative
Sat Nov 21 14:24:24 2026 Info: MID 1010690 DKIM: pass signature verified (d=bank.example s=s2 i=@bank.example)
Sat Nov 21 14:24:25 2026 Info: MID 1010690 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 14:24:25 2026 Info: MID 1010690 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 14:24:27 2026 Info: MID 1010690 rewritten to MID 1010691 by url-rewrite filter 'Rewrite_URLs'
Sat Nov 21 14:24:27 2026 Info: Message finished MID 1010690 done
Sat Nov 21 14:24:27 2026 Info: MID 1010691 ICID 0 From: <hugo.weber@bank.example>
Sat Nov 21 14:24:27 2026 Info: MID 1010691 ICID 0 RID 0 To: <nina.patel@corp.example>
Sat Nov 21 14:24:27 2026 Info: MID 1010691 ICID 0 RID 1 To: <lena.sato@corp.example>
Sat Nov 21 14:24:27 2026 Info: MID 1010691 ICID 0 RID 2 To: <ravi.nguyen@corp.example>
Sat Nov 21 14:24:27 2026 Info: MID 1010691 ICID 0 RID 3 To: <nora.mendes@corp.example>
Sat Nov 21 14:24:27 2026 Info: MID 1010691 Message-ID '<71216225321155bcebf1.7475@bank.example>'
Sat Nov 21 14:24:27 2026 Info: MID 1010691 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 14:24:27 2026 Info: MID 1010691 queued for delivery
Sat Nov 21 14:24:28 2026 Info: New SMTP DCID 209604 interface 192.0.2.20 address 52.101.203.98 port 25
Sat Nov 21 14:24:28 2026 Info: DCID 209604 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 14:24:28 2026 Info: Delivery start DCID 209604 MID 1010691 to RID [0, 1, 2, 3]
Sat Nov 21 14:24:30 2026 Info: Message done DCID 209604 MID 1010691 to RID [0, 1, 2, 3]
Sat Nov 21 14:24:30 2026 Info: MID 1010691 RID [0, 1, 2, 3] Response '2.0.0 Ok: queued as CEWwNw5ffSR248DG'
Sat Nov 21 14:24:30 2026 Info: Message finished MID 1010691 done
Sat Nov 21 14:24:30 2026 Info: DCID 209604 close
Sat Nov 21 14:25:35 2026 Info: New SMTP ICID 433726 interface IncomingMail (192.0.2.10) address 198.51.67.130 reverse dns host mail.cloudapp.example verified yes
Sat Nov 21 14:25:35 2026 Info: ICID 433726 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.0
Sat Nov 21 14:25:35 2026 Info: ICID 433726 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 14:25:35 2026 Info: Start MID 1010692 ICID 433726
Sat Nov 21 14:25:35 2026 Info: MID 1010692 ICID 433726 From: <kofi.ivanova@cloudapp.example>
Sat Nov 21 14:25:35 2026 Info: MID 1010692 ICID 433726 RID 0 To: <nora.mendes@corp.example>
Sat Nov 21 14:25:35 2026 Info: MID 1010692 ICID 433726 RID 1 To: <zoe.kim@corp.example>
Sat Nov 21 14:25:35 2026 Info: MID 1010692 ICID 433726 RID 2 To: <tom.weber@corp.example>
Sat Nov 21 14:25:36 2026 Info: MID 1010692 Message-ID '<fe172db212b470b5187c.33953@cloudapp.example>'
Sat Nov 21 14:25:36 2026 Info: MID 1010692 Subject 'Weekly newsletter #12555'
Sat Nov 21 14:25:36 2026 Info: MID 1010692 ready 55398 bytes from <kofi.ivanova@cloudapp.example>
Sat Nov 21 14:25:36 2026 Info: MID 1010692 DMARC: Verification passed
Sat Nov 21 14:25:36 2026 Info: ICID 433726 close
Sat Nov 21 14:25:36 2026 Info: MID 1010692 DKIM: pass signature verified (d=cloudapp.example s=s4 i=@cloudapp.example)
Sat Nov 21 14:25:36 2026 Info: MID 1010692 SPF: mailfrom identity kofi.ivanova@cloudapp.example Pass (v=spf1)
Sat Nov 21 14:25:36 2026 Info: MID 1010692 using engine: CASE spam negative
Sat Nov 21 14:25:37 2026 Info: MID 1010692 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 14:25:37 2026 Info: MID 1010692 attachment 'budget_2026_v3.xlsx'
Sat Nov 21 14:25:37 2026 Info: File reputation query initiating. File Name = 'budget_2026_v3.xlsx', MID = 1010692, File Size = 37355 bytes, File Type = application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
Sat Nov 21 14:25:37 2026 Info: MID 1010692 AMP file reputation verdict : CLEAN
Sat Nov 21 14:25:37 2026 Info: Response received for file reputation query from Cloud. File Name = 'budget_2026_v3.xlsx', MID = 1010692, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = 2e31394563436ffbf573a4118816e92dba8b4bdff410660af6ca72e8eb4e09ff, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Sat Nov 21 14:25:38 2026 Info: MID 1010692 queued for delivery
Sat Nov 21 14:25:39 2026 Info: New SMTP DCID 209605 interface 192.0.2.20 address 52.101.167.58 port 25
Sat Nov 21 14:25:39 2026 Info: DCID 209605 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 14:25:39 2026 Info: Delivery start DCID 209605 MID 1010692 to RID [0, 1, 2]
Sat Nov 21 14:25:41 2026 Info: Message done DCID 209605 MID 1010692 to RID [0, 1, 2]
Sat Nov 21 14:25:41 2026 Info: MID 1010692 RID [0, 1, 2] Response '2.6.0 [InternalId=557371428685, Hostname=AM0PR01MB8692.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 14:25:41 2026 Info: Message finished MID 1010692 done
Sat Nov 21 14:25:41 2026 Info: DCID 209605 close
Sat Nov 21 14:26:22 2026 Info: New SMTP ICID 433727 interface OutgoingMail (192.0.2.11) address 10.20.8.105 reverse dns host exch4.corp.example verified yes
Sat Nov 21 14:26:22 2026 Info: ICID 433727 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 14:26:23 2026 Info: Start MID 1010693 ICID 433727
Sat Nov 21 14:26:23 2026 Info: MID 1010693 ICID 433727 From: <sam.obrien@corp.example>
Sat Nov 21 14:26:23 2026 Info: MID 1010693 ICID 433727 RID 0 To: <marc.rossi@newsletter.example>
Sat Nov 21 14:26:23 2026 Info: MID 1010693 Message-ID '<CAEz9WBl93zetvTx/H_lEKLxb2j3FWbXTIigqBDBLO22@mail.corp.example>'
Sat Nov 21 14:26:23 2026 Info: MID 1010693 Subject 'The "new" travel policy'
Sat Nov 21 14:26:23 2026 Info: MID 1010693 ready 20380 bytes from <sam.obrien@corp.example>
Sat Nov 21 14:26:23 2026 Info: ICID 433727 close
Sat Nov 21 14:26:23 2026 Info: MID 1010693 DKIM: pass signature verified (d=corp.example s=s6 i=@corp.example)
Sat Nov 21 14:26:23 2026 Info: MID 1010693 using engine: CASE spam negative
Sat Nov 21 14:26:23 2026 Info: MID 1010693 interim AV verdict using Sophos CLEAN
Sat Nov 21 14:26:23 2026 Info: MID 1010693 SPF: mailfrom identity sam.obrien@corp.example Pass (v=spf1)
Sat Nov 21 14:26:23 2026 Info: MID 1010693 antivirus negative
Sat Nov 21 14:26:23 2026 Info: MID 1010693 DMARC: Verification passed
Sat Nov 21 14:26:24 2026 Info: MID 1010693 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 14:26:24 2026 Info: MID 1010693 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 14:26:26 2026 Info: MID 1010693 queued for delivery
Sat Nov 21 14:26:28 2026 Info: New SMTP DCID 209606 interface 192.0.2.20 address 203.0.113.126 port 25
Sat Nov 21 14:26:28 2026 Info: DCID 209606 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 14:26:28 2026 Info: Delivery start DCID 209606 MID 1010693 to RID [0]
Sat Nov 21 14:26:29 2026 Info: Message done DCID 209606 MID 1010693 to RID [0]
Sat Nov 21 14:26:29 2026 Info: MID 1010693 RID [0] Response '2.0.0 Ok: queued as dH6zG3DToc7MDJrQ'
Sat Nov 21 14:26:29 2026 Info: Message finished MID 1010693 done
Sat Nov 21 14:26:29 2026 Info: DCID 209606 close
Sat Nov 21 14:28:44 2026 Info: New SMTP ICID 433728 interface IncomingMail (192.0.2.10) address 198.51.228.81 reverse dns host mail.cloudapp.example verified yes
Sat Nov 21 14:28:44 2026 Info: ICID 433728 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.7
Sat Nov 21 14:28:44 2026 Info: ICID 433728 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 14:28:44 2026 Info: Start MID 1010694 ICID 433728
Sat Nov 21 14:28:44 2026 Info: MID 1010694 ICID 433728 From: <li.walsh@cloudapp.example>
Sat Nov 21 14:28:44 2026 Info: MID 1010694 ICID 433728 RID 0 To: <omar.mendes@corp.example>
Sat Nov 21 14:28:44 2026 Info: MID 1010694 ICID 433728 RID 1 To: <dan.okafor@corp.example>
Sat Nov 21 14:28:44 2026 Info: MID 1010694 ICID 433728 RID 2 To: <leo.dubois@corp.example>
Sat Nov 21 14:28:44 2026 Info: MID 1010694 Message-ID '<1e78e13b1569d994%26#&c6b65@cloudapp.example>'
Sat Nov 21 14:28:44 2026 Info: MID 1010694 Subject 'Meeting notes'
Sat Nov 21 14:28:44 2026 Info: MID 1010694 ready 65829 bytes from <li.walsh@cloudapp.example>
Sat Nov 21 14:28:44 2026 Info: MID 1010694 antivirus negative
Sat Nov 21 14:28:44 2026 Info: ICID 433728 close
Sat Nov 21 14:28:44 2026 Info: MID 1010694 using engine: CASE spam negative
Sat Nov 21 14:28:44 2026 Info: MID 1010694 interim AV verdict using Sophos CLEAN
Sat Nov 21 14:28:44 2026 Info: MID 1010694 DMARC: Verification passed
Sat Nov 21 14:28:44 2026 Info: MID 1010694 SPF: mailfrom identity li.walsh@cloudapp.example Pass (v=spf1)
Sat Nov 21 14:28:44 2026 Info: MID 1010694 DKIM: pass signature verified (d=cloudapp.example s=s4 i=@cloudapp.example)
Sat Nov 21 14:28:45 2026 Info: MID 1010694 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 14:28:45 2026 Info: MID 1010694 attachment 'image001.png'
Sat Nov 21 14:28:45 2026 Info: MID 1010694 AMP file reputation verdict : CLEAN
Sat Nov 21 14:28:47 2026 Info: MID 1010694 queued for delivery
Sat Nov 21 14:28:49 2026 Info: New SMTP DCID 209607 interface 192.0.2.20 address 52.101.57.32 port 25
Sat Nov 21 14:28:49 2026 Info: DCID 209607 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 14:28:49 2026 Info: Delivery start DCID 209607 MID 1010694 to RID [0, 1, 2]
Sat Nov 21 14:28:51 2026 Info: Message done DCID 209607 MID 1010694 to RID [0, 1, 2]
Sat Nov 21 14:28:51 2026 Info: MID 1010694 RID [0, 1, 2] Response '2.6.0 [InternalId=143677660173, Hostname=AM0PR01MB1833.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 14:28:51 2026 Info: Message finished MID 1010694 done
Sat Nov 21 14:28:51 2026 Info: DCID 209607 close
Sat Nov 21 14:34:40 2026 Info: New SMTP ICID 433729 interface IncomingMail (192.0.2.10) address 198.51.40.194 reverse dns host mail.client-b.example verified yes
Sat Nov 21 14:34:40 2026 Info: ICID 433729 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.0
Sat Nov 21 14:34:40 2026 Info: ICID 433729 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 14:34:40 2026 Info: Start MID 1010695 ICID 433729
Sat Nov 21 14:34:40 2026 Info: MID 1010695 ICID 433729 From: <noah.ivanova@client-b.example>
Sat Nov 21 14:34:40 2026 Info: MID 1010695 ICID 433729 RID 0 To: <dan.okafor@corp.example>
Sat Nov 21 14:34:41 2026 Info: MID 1010695 Message-ID '<CAYCPZ_loPml_VpHiAAdRCk2m6fev28e0DeL0GgYXFHB@mail.client-b.example>'
Sat Nov 21 14:34:41 2026 Info: MID 1010695 Subject 'Reminder: timesheets due'
Sat Nov 21 14:34:41 2026 Info: MID 1010695 ready 712258 bytes from <noah.ivanova@client-b.example>
Sat Nov 21 14:34:41 2026 Info: MID 1010695 antivirus negative
Sat Nov 21 14:34:41 2026 Info: MID 1010695 DMARC: Verification passed
Sat Nov 21 14:34:41 2026 Info: MID 1010695 DKIM: pass signature verified (d=client-b.example s=s3 i=@client-b.example)
Sat Nov 21 14:34:41 2026 Info: MID 1010695 using engine: CASE spam negative
Sat Nov 21 14:34:41 2026 Info: MID 1010695 interim AV verdict using Sophos CLEAN
Sat Nov 21 14:34:41 2026 Info: ICID 433729 close
Sat Nov 21 14:34:41 2026 Info: MID 1010695 SPF: mailfrom identity noah.ivanova@client-b.example Pass (v=spf1)
Sat Nov 21 14:34:41 2026 Info: MID 1010695 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 14:34:41 2026 Info: MID 1010695 attachment 'budget_2026_v3.xlsx'
Sat Nov 21 14:34:41 2026 Info: File reputation query initiating. File Name = 'budget_2026_v3.xlsx', MID = 1010695, File Size = 527822 bytes, File Type = application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
Sat Nov 21 14:34:41 2026 Info: Response received for file reputation query from Cache. FileName = 'budget_2026_v3.xlsx', MID = 1010695, Disposition = FILE UNKNOWN, Malware = None,Reputation Score = 0, sha256 =83a4e62930803889fa6197748d118e3781728a07bbab27f604b8157d03edb920, upload_action = 2
Sat Nov 21 14:34:41 2026 Info: MID 1010695 AMP file reputation verdict : UNKNOWN
Sat Nov 21 14:34:43 2026 Info: MID 1010695 queued for delivery
Sat Nov 21 14:34:46 2026 Info: New SMTP DCID 209608 interface 192.0.2.20 address 52.101.143.186 port 25
Sat Nov 21 14:34:46 2026 Info: DCID 209608 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 14:34:46 2026 Info: Delivery start DCID 209608 MID 1010695 to RID [0]
Sat Nov 21 14:34:48 2026 Info: Message done DCID 209608 MID 1010695 to RID [0]
Sat Nov 21 14:34:48 2026 Info: MID 1010695 RID [0] Response '2.6.0 [InternalId=803269677312, Hostname=AM0PR01MB3580.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 14:34:48 2026 Info: Message finished MID 1010695 done
Sat Nov 21 14:34:48 2026 Info: DCID 209608 close
Sat Nov 21 14:39:50 2026 Info: New SMTP ICID 433730 interface IncomingMail (192.0.2.10) address 198.51.178.178 reverse dns host mail.logistics.example verified yes
Sat Nov 21 14:39:50 2026 Info: ICID 433730 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.7
Sat Nov 21 14:39:50 2026 Info: ICID 433730 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 14:39:50 2026 Info: Start MID 1010696 ICID 433730
Sat Nov 21 14:39:50 2026 Info: MID 1010696 ICID 433730 From: <yuki.sato@logistics.example>
Sat Nov 21 14:39:50 2026 Info: MID 1010696 ICID 433730 RID 0 To: <ravi.nguyen48@corp.example>
Sat Nov 21 14:39:51 2026 Info: MID 1010696 Message-ID '<ff092f95315fd302%66#&f0998@logistics.example>'
Sat Nov 21 14:39:51 2026 Info: MID 1010696 Subject 'Café menu for next week'
Sat Nov 21 14:39:51 2026 Info: MID 1010696 ready 7458131 bytes from <yuki.sato@logistics.example>
Sat Nov 21 14:39:51 2026 Info: MID 1010696 SPF: mailfrom identity yuki.sato@logistics.example Pass (v=spf1)
Sat Nov 21 14:39:51 2026 Info: ICID 433730 close
Sat Nov 21 14:39:51 2026 Info: MID 1010696 using engine: CASE spam negative
Sat Nov 21 14:39:51 2026 Info: MID 1010696 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 14:39:51 2026 Info: MID 1010696 attachment 'Q1 Report 2026.pdf'
Sat Nov 21 14:39:51 2026 Info: File reputation query initiating. File Name = 'Q1 Report 2026.pdf', MID = 1010696, File Size = 588237 bytes, File Type = application/pdf
Sat Nov 21 14:39:51 2026 Info: MID 1010696 attachment 'specs-91178.zip'
Sat Nov 21 14:39:51 2026 Info: File reputation query initiating. File Name = 'specs-91178.zip', MID = 1010696, File Size = 4911793 bytes, File Type = application/zip
Sat Nov 21 14:39:52 2026 Info: MID 1010696 attachment 'minutes-8540.docx'
Sat Nov 21 14:39:52 2026 Info: File reputation query initiating. File Name = 'minutes-8540.docx', MID = 1010696, File Size = 88302 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Sat Nov 21 14:39:52 2026 Info: MID 1010696 AMP file reputation verdict : UNKNOWN
Sat Nov 21 14:39:52 2026 Info: Response received for file reputation query from Cloud. File Name = specs-91178.zip, MID = 1010696, Disposition = FILE UNKNOWN, Malware = None, Analysis Score = 0, sha256 = 28907c275639b9419c62e34ccd12667d43256b898f525c79c1ef1ec5a47a1869, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Sat Nov 21 14:39:52 2026 Info: Response received for file reputation query from Cache. File Name = Q1 Report 2026.pdf, MID = 1010696, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = a1320b9d4de2f8ad4cb59aa705c22d3f64dbc8d30aaaaf81963892a766465d28, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Sat Nov 21 14:39:52 2026 Info: Response received for file reputation query from Cache. File Name = minutes-8540.docx, MID = 1010696, Disposition = CLEAN, Malware = None, Analysis Score = 5, sha256 = cd37880e16ac4191a26aa0ae044f1574f037afc644d82a531289bafae5316960, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Sat Nov 21 14:39:52 2026 Info: MID 1010696 queued for delivery
Sat Nov 21 14:39:55 2026 Info: New SMTP DCID 209609 interface 192.0.2.20 address 52.101.238.96 port 25
Sat Nov 21 14:39:55 2026 Info: DCID 209609 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 14:39:55 2026 Info: Delivery start DCID 209609 MID 1010696 to RID [0]
Sat Nov 21 14:39:56 2026 Info: Message done DCID 209609 MID 1010696 to RID [0]
Sat Nov 21 14:39:56 2026 Info: MID 1010696 RID [0] Response '2.6.0 [InternalId=863447934614, Hostname=AM0PR01MB2460.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 14:39:56 2026 Info: DCID 209609 close
Sat Nov 21 14:39:56 2026 Info: Message finished MID 1010696 done
Sat Nov 21 14:46:43 2026 Info: New SMTP ICID 433731 interface IncomingMail (192.0.2.10) address 198.51.91.244 reverse dns host mail.partner.example verified yes
Sat Nov 21 14:46:43 2026 Info: ICID 433731 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.9
Sat Nov 21 14:46:43 2026 Info: ICID 433731 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 14:46:43 2026 Info: Start MID 1010697 ICID 433731
Sat Nov 21 14:46:43 2026 Info: MID 1010697 ICID 433731 From: <nora.okafor@partner.example>
Sat Nov 21 14:46:43 2026 Info: MID 1010697 ICID 433731 RID 0 To: <sara.novak23@corp.example>
Sat Nov 21 14:46:43 2026 Info: MID 1010697 ICID 433731 RID 1 To: <paul.moreau@corp.example>
Sat Nov 21 14:46:44 2026 Info: MID 1010697 Message-ID '<22f63a6ee7f3d227a536.15955@partner.example>'
Sat Nov 21 14:46:44 2026 Info: MID 1010697 Subject 'Café menu for next week'
Sat Nov 21 14:46:44 2026 Info: MID 1010697 ready 14212 bytes from <nora.okafor@partner.example>
Sat Nov 21 14:46:44 2026 Info: MID 1010697 SPF: mailfrom identity nora.okafor@partner.example Pass (v=spf1)
Sat Nov 21 14:46:44 2026 Info: MID 1010697 DMARC: Verification passed
Sat Nov 21 14:46:44 2026 Info: MID 1010697 DKIM: pass signature verified (d=partner.example s=s7 i=@partner.example)
Sat Nov 21 14:46:44 2026 Info: ICID 433731 close
Sat Nov 21 14:46:44 2026 Info: MID 1010697 using engine: CASE spam negative
Sat Nov 21 14:46:46 2026 Info: MID 1010697 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 14:46:46 2026 Info: MID 1010697 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 14:46:46 2026 Info: MID 1010697 queued for delivery
Sat Nov 21 14:46:49 2026 Info: New SMTP DCID 209610 interface 192.0.2.20 address 52.101.118.37 port 25
Sat Nov 21 14:46:49 2026 Info: DCID 209610 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 14:46:49 2026 Info: Delivery start DCID 209610 MID 1010697 to RID [0, 1]
Sat Nov 21 14:46:51 2026 Info: Message done DCID 209610 MID 1010697 to RID [0, 1]
Sat Nov 21 14:46:51 2026 Info: MID 1010697 RID [0, 1] Response '2.6.0 [InternalId=589514880437, Hostname=AM0PR01MB5698.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 14:46:51 2026 Info: Message finished MID 1010697 done
Sat Nov 21 14:46:51 2026 Info: DCID 209610 close
Sat Nov 21 14:51:23 2026 Info: New SMTP ICID 433732 interface OutgoingMail (192.0.2.11) address 10.20.8.235 reverse dns host exch4.corp.example verified yes
Sat Nov 21 14:51:23 2026 Info: ICID 433732 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 14:51:23 2026 Info: Start MID 1010698 ICID 433732
Sat Nov 21 14:51:23 2026 Info: MID 1010698 ICID 433732 From: <sara.novak@corp.example>
Sat Nov 21 14:51:23 2026 Info: MID 1010698 ICID 433732 RID 0 To: <max.fischer@client-b.example>
Sat Nov 21 14:51:23 2026 Info: MID 1010698 Message-ID '<e004a8382b8416b7dbbe.46976@corp.example>'
Sat Nov 21 14:51:23 2026 Info: MID 1010698 Subject 'Café menu for next week'
Sat Nov 21 14:51:23 2026 Info: MID 1010698 ready 4430 bytes from <sara.novak@corp.example>
Sat Nov 21 14:51:23 2026 Info: MID 1010698 DMARC: Verification passed
Sat Nov 21 14:51:23 2026 Info: ICID 433732 close
Sat Nov 21 14:51:23 2026 Info: MID 1010698 using engine: CASE spam negative
Sat Nov 21 14:51:23 2026 Info: MID 1010698 interim AV verdict using Sophos CLEAN
Sat Nov 21 14:51:23 2026 Info: MID 1010698 DKIM: pass signature verified (d=corp.example s=s6 i=@corp.example)
Sat Nov 21 14:51:24 2026 Info: MID 1010698 antivirus negative
Sat Nov 21 14:51:24 2026 Info: MID 1010698 SPF: mailfrom identity sara.novak@corp.example Pass (v=spf1)
Sat Nov 21 14:51:24 2026 Info: MID 1010698 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 14:51:24 2026 Info: MID 1010698 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 14:51:26 2026 Info: MID 1010698 queued for delivery
Sat Nov 21 14:51:29 2026 Info: New SMTP DCID 209611 interface 192.0.2.20 address 203.0.113.85 port 25
Sat Nov 21 14:51:29 2026 Info: DCID 209611 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 14:51:29 2026 Info: Delivery start DCID 209611 MID 1010698 to RID [0]
Sat Nov 21 14:51:29 2026 Info: Message done DCID 209611 MID 1010698 to RID [0]
Sat Nov 21 14:51:29 2026 Info: MID 1010698 RID [0] Response '2.0.0 Ok: queued as pZhMr27xQXqVt53w'
Sat Nov 21 14:51:30 2026 Info: Message finished MID 1010698 done
Sat Nov 21 14:51:30 2026 Info: DCID 209611 close
Sat Nov 21 14:56:32 2026 Info: New SMTP ICID 433733 interface IncomingMail (192.0.2.10) address 198.51.119.126 reverse dns host mail.university.example verified yes
Sat Nov 21 14:56:32 2026 Info: ICID 433733 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.2
Sat Nov 21 14:56:32 2026 Info: ICID 433733 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 14:56:32 2026 Info: Start MID 1010699 ICID 433733
Sat Nov 21 14:56:32 2026 Info: MID 1010699 ICID 433733 From: <emma.larsen@university.example>
Sat Nov 21 14:56:32 2026 Info: MID 1010699 ICID 433733 RID 0 To: <nora.mendes@corp.example>
Sat Nov 21 14:56:33 2026 Info: MID 1010699 Message-ID '<af30e75ab439e228b4a4.16276@university.example>'
Sat Nov 21 14:56:33 2026 Info: MID 1010699 Subject 'Budget 2027 – first numbers'
Sat Nov 21 14:56:33 2026 Info: MID 1010699 ready 15253 bytes from <emma.larsen@university.example>
Sat Nov 21 14:56:33 2026 Info: MID 1010699 SPF: mailfrom identity emma.larsen@university.example Pass (v=spf1)
Sat Nov 21 14:56:33 2026 Info: ICID 433733 close
Sat Nov 21 14:56:33 2026 Info: MID 1010699 DKIM: pass signature verified (d=university.example s=s4 i=@university.example)
Sat Nov 21 14:56:33 2026 Info: MID 1010699 using engine: CASE spam negative
Sat Nov 21 14:56:33 2026 Info: MID 1010699 DMARC: Verification passed
Sat Nov 21 14:56:34 2026 Info: MID 1010699 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 14:56:34 2026 Info: MID 1010699 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 14:56:35 2026 Info: MID 1010699 queued for delivery
Sat Nov 21 14:56:36 2026 Info: New SMTP DCID 209612 interface 192.0.2.20 address 52.101.48.78 port 25
Sat Nov 21 14:56:36 2026 Info: DCID 209612 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 14:56:36 2026 Info: Delivery start DCID 209612 MID 1010699 to RID [0]
Sat Nov 21 14:56:36 2026 Info: Message done DCID 209612 MID 1010699 to RID [0]
Sat Nov 21 14:56:36 2026 Info: MID 1010699 RID [0] Response '2.6.0 [InternalId=303267150462, Hostname=AM0PR01MB1611.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 14:56:36 2026 Info: DCID 209612 close
Sat Nov 21 14:56:36 2026 Info: Message finished MID 1010699 done
Sat Nov 21 15:02:50 2026 Info: New SMTP ICID 433734 interface IncomingMail (192.0.2.10) address 198.51.252.147 reverse dns host mail.client-b.example verified yes
Sat Nov 21 15:02:50 2026 Info: ICID 433734 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.2
Sat Nov 21 15:02:50 2026 Info: ICID 433734 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 15:02:50 2026 Info: Start MID 1010700 ICID 433734
Sat Nov 21 15:02:50 2026 Info: MID 1010700 ICID 433734 From: <noah.silva@client-b.example>
Sat Nov 21 15:02:50 2026 Info: MID 1010700 ICID 433734 RID 0 To: <mia.garcia@corp.example>
Sat Nov 21 15:02:51 2026 Info: MID 1010700 Message-ID '<ac0864e0e6eeb7d0a8e3.36745@client-b.example>'
Sat Nov 21 15:02:51 2026 Info: MID 1010700 Subject 'Café menu for next week'
Sat Nov 21 15:02:51 2026 Info: MID 1010700 ready 614260 bytes from <noah.silva@client-b.example>
Sat Nov 21 15:02:51 2026 Info: MID 1010700 using engine: CASE spam negative
Sat Nov 21 15:02:51 2026 Info: ICID 433734 close
Sat Nov 21 15:02:51 2026 Info: MID 1010700 SPF: mailfrom identity noah.silva@client-b.example Pass (v=spf1)
Sat Nov 21 15:02:51 2026 Info: MID 1010700 DMARC: Verification passed
Sat Nov 21 15:02:51 2026 Info: MID 1010700 DKIM: pass signature verified (d=client-b.example s=s7 i=@client-b.example)
Sat Nov 21 15:02:52 2026 Info: MID 1010700 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 15:02:52 2026 Info: MID 1010700 attachment 'minutes-98837.docx'
Sat Nov 21 15:02:52 2026 Info: File reputation query initiating. File Name = 'minutes-98837.docx', MID = 1010700, File Size = 37126 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Sat Nov 21 15:02:52 2026 Info: Response received for file reputation query from Cloud. FileName = 'minutes-98837.docx', MID = 1010700, Disposition = CLEAN, Malware = None,Reputation Score = 5, sha256 =a24c8407ce3fa028ea9d18b298772790c1726f06b8b8f27000f72d3c4c22cab7, upload_action = 2
Sat Nov 21 15:02:52 2026 Info: MID 1010700 attachment 'invoice_18015.pdf'
Sat Nov 21 15:02:52 2026 Info: File reputation query initiating. File Name = 'invoice_18015.pdf', MID = 1010700, File Size = 388770 bytes, File Type = application/pdf
Sat Nov 21 15:02:52 2026 Info: MID 1010700 attachment 'meeting.ics'
Sat Nov 21 15:02:52 2026 Info: File reputation query initiating. File Name = 'meeting.ics', MID = 1010700, File Size = 7049 bytes, File Type = text/calendar
Sat Nov 21 15:02:52 2026 Info: MID 1010700 AMP file reputation verdict : UNKNOWN
Sat Nov 21 15:02:52 2026 Info: Response received for file reputation query from Cache. File Name = invoice_18015.pdf, MID = 1010700, Disposition = FILE UNKNOWN, Malware = None, Analysis Score = 0, sha256 = 15a0cce60e2ec40a29ca862d6e4505f5416e99b0e13e213ebdaaea00a01d616f, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Sat Nov 21 15:02:53 2026 Info: Response received for file reputation query from Cloud. FileName = 'meeting.ics', MID = 1010700, Disposition = CLEAN, Malware = None,Reputation Score = 0, sha256 =cd751e08023a80a22ed51b127f1d490eed97ec7621f91a997e544d56d096bfd6, upload_action = 2
Sat Nov 21 15:02:54 2026 Info: MID 1010700 queued for delivery
Sat Nov 21 15:02:56 2026 Info: New SMTP DCID 209613 interface 192.0.2.20 address 52.101.128.72 port 25
Sat Nov 21 15:02:56 2026 Info: DCID 209613 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 15:02:56 2026 Info: Delivery start DCID 209613 MID 1010700 to RID [0]
Sat Nov 21 15:02:58 2026 Info: Message done DCID 209613 MID 1010700 to RID [0]
Sat Nov 21 15:02:58 2026 Info: MID 1010700 RID [0] Response '2.0.0 Ok: queued as wiqwRr4NyN85tjrL'
Sat Nov 21 15:02:58 2026 Info: Message finished MID 1010700 done
Sat Nov 21 15:02:58 2026 Info: DCID 209613 close
Sat Nov 21 15:04:07 2026 Info: New SMTP ICID 433735 interface IncomingMail (192.0.2.10) address 198.51.107.111 reverse dns host mail.lawfirm.example verified yes
Sat Nov 21 15:04:07 2026 Info: ICID 433735 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.5
Sat Nov 21 15:04:07 2026 Info: ICID 433735 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 15:04:07 2026 Info: Start MID 1010701 ICID 433735
Sat Nov 21 15:04:07 2026 Info: MID 1010701 ICID 433735 From: <tom.cohen@lawfirm.example>
Sat Nov 21 15:04:07 2026 Info: MID 1010701 ICID 433735 RID 0 To: <nina.lopez@corp.example>
Sat Nov 21 15:04:07 2026 Info: MID 1010701 ICID 433735 RID 1 To: <Eva.Kowalski@Corp.Example>
Sat Nov 21 15:04:07 2026 Info: MID 1010701 Message-ID '<5f21001a65c22bf61de7.46674@lawfirm.example>'
Sat Nov 21 15:04:07 2026 Info: MID 1010701 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Sat Nov 21 15:04:07 2026 Info: MID 1010701 ready 30623 bytes from <tom.cohen@lawfirm.example>
Sat Nov 21 15:04:07 2026 Info: MID 1010701 antivirus negative
Sat Nov 21 15:04:07 2026 Info: MID 1010701 DKIM: pass signature verified (d=lawfirm.example s=s7 i=@lawfirm.example)
Sat Nov 21 15:04:07 2026 Info: MID 1010701 DMARC: Verification passed
Sat Nov 21 15:04:08 2026 Info: MID 1010701 SPF: mailfrom identity tom.cohen@lawfirm.example Pass (v=spf1)
Sat Nov 21 15:04:08 2026 Info: ICID 433735 close
Sat Nov 21 15:04:08 2026 Info: MID 1010701 interim AV verdict using Sophos CLEAN
Sat Nov 21 15:04:08 2026 Info: MID 1010701 using engine: CASE spam negative
Sat Nov 21 15:04:09 2026 Info: MID 1010701 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 15:04:09 2026 Info: MID 1010701 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 15:04:11 2026 Info: MID 1010701 queued for delivery
Sat Nov 21 15:04:12 2026 Info: New SMTP DCID 209614 interface 192.0.2.20 address 52.101.222.54 port 25
Sat Nov 21 15:04:12 2026 Info: DCID 209614 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 15:04:12 2026 Info: Delivery start DCID 209614 MID 1010701 to RID [0, 1]
Sat Nov 21 15:04:14 2026 Info: Message done DCID 209614 MID 1010701 to RID [0, 1]
Sat Nov 21 15:04:14 2026 Info: MID 1010701 RID [0, 1] Response '2.6.0 [InternalId=720762526115, Hostname=AM0PR01MB3115.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 15:04:14 2026 Info: Message finished MID 1010701 done
Sat Nov 21 15:04:14 2026 Info: DCID 209614 close
Sat Nov 21 15:10:49 2026 Info: New SMTP ICID 433736 interface OutgoingMail (192.0.2.11) address 10.20.7.193 reverse dns host exch3.corp.example verified yes
Sat Nov 21 15:10:49 2026 Info: ICID 433736 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 15:10:49 2026 Info: Start MID 1010702 ICID 433736
Sat Nov 21 15:10:49 2026 Info: MID 1010702 ICID 433736 From: <ana.kowalski@corp.example>
Sat Nov 21 15:10:49 2026 Info: MID 1010702 ICID 433736 RID 0 To: <lena.berg@newsletter.example>
Sat Nov 21 15:10:50 2026 Info: MID 1010702 Message-ID '<f709fc54898e88c5f6c5.74145@corp.example>'
Sat Nov 21 15:10:50 2026 Info: MID 1010702 Subject 'Your order 70674 has shipped'
Sat Nov 21 15:10:50 2026 Info: MID 1010702 ready 42909 bytes from <ana.kowalski@corp.example>
Sat Nov 21 15:10:50 2026 Info: ICID 433736 close
Sat Nov 21 15:10:50 2026 Info: MID 1010702 DKIM: pass signature verified (d=corp.example s=s9 i=@corp.example)
Sat Nov 21 15:10:50 2026 Info: MID 1010702 SPF: mailfrom identity ana.kowalski@corp.example Pass (v=spf1)
Sat Nov 21 15:10:50 2026 Info: MID 1010702 using engine: CASE spam negative
Sat Nov 21 15:10:50 2026 Info: MID 1010702 DMARC: Verification passed
Sat Nov 21 15:10:51 2026 Info: MID 1010702 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 15:10:51 2026 Info: MID 1010702 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 15:10:53 2026 Info: MID 1010702 queued for delivery
Sat Nov 21 15:10:53 2026 Info: New SMTP DCID 209615 interface 192.0.2.20 address 203.0.113.221 port 25
Sat Nov 21 15:10:53 2026 Info: DCID 209615 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 15:10:53 2026 Info: Delivery start DCID 209615 MID 1010702 to RID [0]
Sat Nov 21 15:10:55 2026 Info: Message done DCID 209615 MID 1010702 to RID [0]
Sat Nov 21 15:10:55 2026 Info: MID 1010702 RID [0] Response '2.0.0 Ok: queued as pTWDMCL3Xdb8dJYi'
Sat Nov 21 15:10:55 2026 Info: Message finished MID 1010702 done
Sat Nov 21 15:10:55 2026 Info: DCID 209615 close
Sat Nov 21 15:20:21 2026 Info: New SMTP ICID 433737 interface IncomingMail (192.0.2.10) address 198.51.216.147 reverse dns host mail.gmail.example verified yes
Sat Nov 21 15:20:21 2026 Info: ICID 433737 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.1
Sat Nov 21 15:20:21 2026 Info: ICID 433737 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 15:20:21 2026 Info: Start MID 1010703 ICID 433737
Sat Nov 21 15:20:21 2026 Info: MID 1010703 ICID 433737 From: <chen.fischer@gmail.example>
Sat Nov 21 15:20:21 2026 Info: MID 1010703 ICID 433737 RID 0 To: <li.larsen@corp.example>
Sat Nov 21 15:20:22 2026 Info: MID 1010703 Message-ID '<29916a2c11c8ee70d7ee.84983@gmail.example>'
Sat Nov 21 15:20:22 2026 Info: MID 1010703 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Sat Nov 21 15:20:22 2026 Info: MID 1010703 ready 10606 bytes from <chen.fischer@gmail.example>
Sat Nov 21 15:20:22 2026 Info: ICID 433737 close
Sat Nov 21 15:20:22 2026 Info: MID 1010703 Outbreak Filters: verdict negative
Sat Nov 21 15:20:22 2026 Info: MID 1010703 SPF: mailfrom identity chen.fischer@gmail.example Pass (v=spf1)
Sat Nov 21 15:20:22 2026 Info: MID 1010703 URL https://www.gmail.example/t/cb955bf678 has reputation 0.0 matched Condition: URL Reputation Rule
Sat Nov 21 15:20:22 2026 Info: MID 1010703 using engine: CASE spam negative
Sat Nov 21 15:20:22 2026 Info: MID 1010703 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 15:20:22 2026 Info: MID 1010703 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 15:20:24 2026 Info: MID 1010703 queued for delivery
Sat Nov 21 15:20:27 2026 Info: New SMTP DCID 209616 interface 192.0.2.20 address 52.101.248.216 port 25
Sat Nov 21 15:20:27 2026 Info: DCID 209616 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 15:20:27 2026 Info: Delivery start DCID 209616 MID 1010703 to RID [0]
Sat Nov 21 15:20:27 2026 Info: Message done DCID 209616 MID 1010703 to RID [0]
Sat Nov 21 15:20:27 2026 Info: MID 1010703 RID [0] Response '2.6.0 [InternalId=787362339700, Hostname=AM0PR01MB8669.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 15:20:27 2026 Info: Message finished MID 1010703 done
Sat Nov 21 15:20:27 2026 Info: DCID 209616 close
Sat Nov 21 15:23:27 2026 Info: New SMTP ICID 433738 interface IncomingMail (192.0.2.10) address 198.51.249.15 reverse dns host mail.client-a.example verified yes
Sat Nov 21 15:23:27 2026 Info: ICID 433738 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.4
Sat Nov 21 15:23:27 2026 Info: ICID 433738 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 15:23:28 2026 Info: Start MID 1010704 ICID 433738
Sat Nov 21 15:23:28 2026 Info: MID 1010704 ICID 433738 From: <chen.haddad@client-a.example>
Sat Nov 21 15:23:28 2026 Info: MID 1010704 ICID 433738 RID 0 To: <nora.mendes@corp.example>
Sat Nov 21 15:23:28 2026 Info: MID 1010704 Message-ID '<CArIezN8E3sIxs6zIvQdwfuyXXCEJe/35t7hS6KcvSar@mail.client-a.example>'
Sat Nov 21 15:23:28 2026 Info: MID 1010704 Subject 'Meeting notes'
Sat Nov 21 15:23:28 2026 Info: MID 1010704 ready 3840 bytes from <chen.haddad@client-a.example>
Sat Nov 21 15:23:28 2026 Info: MID 1010704 SPF: mailfrom identity chen.haddad@client-a.example Pass (v=spf1)
Sat Nov 21 15:23:28 2026 Info: MID 1010704 DMARC: Verification passed
Sat Nov 21 15:23:28 2026 Info: ICID 433738 close
Sat Nov 21 15:23:28 2026 Info: MID 1010704 DKIM: pass signature verified (d=client-a.example s=s7 i=@client-a.example)
Sat Nov 21 15:23:29 2026 Info: MID 1010704 using engine: CASE spam negative
Sat Nov 21 15:23:29 2026 Info: MID 1010704 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 15:23:29 2026 Info: MID 1010704 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 15:23:31 2026 Info: MID 1010704 queued for delivery
Sat Nov 21 15:23:32 2026 Info: New SMTP DCID 209617 interface 192.0.2.20 address 52.101.45.176 port 25
Sat Nov 21 15:23:32 2026 Info: DCID 209617 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 15:23:32 2026 Info: Delivery start DCID 209617 MID 1010704 to RID [0]
Sat Nov 21 15:23:33 2026 Info: Message done DCID 209617 MID 1010704 to RID [0]
Sat Nov 21 15:23:33 2026 Info: MID 1010704 RID [0] Response '2.6.0 [InternalId=626538369506, Hostname=AM0PR01MB1623.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 15:23:33 2026 Info: Message finished MID 1010704 done
Sat Nov 21 15:23:33 2026 Info: DCID 209617 close
Sat Nov 21 15:29:02 2026 Info: New SMTP ICID 433739 interface IncomingMail (192.0.2.10) address 198.51.184.16 reverse dns host mail.newsletter.example verified yes
Sat Nov 21 15:29:02 2026 Info: ICID 433739 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.7
Sat Nov 21 15:29:02 2026 Info: ICID 433739 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 15:29:02 2026 Info: Start MID 1010705 ICID 433739
Sat Nov 21 15:29:02 2026 Info: MID 1010705 ICID 433739 From: <marc.rossi@newsletter.example>
Sat Nov 21 15:29:02 2026 Info: MID 1010705 ICID 433739 RID 0 To: <helpdesk@corp-mail.example>
Sat Nov 21 15:29:02 2026 Info: MID 1010705 Message-ID "<o'hara.fb3992c988a3@newsletter.example>"
Sat Nov 21 15:29:02 2026 Info: MID 1010705 Subject 'Re: project timeline'
Sat Nov 21 15:29:02 2026 Info: MID 1010705 ready 228835 bytes from <marc.rossi@newsletter.example>
Sat Nov 21 15:29:03 2026 Info: ICID 433739 close
Sat Nov 21 15:29:03 2026 Info: MID 1010705 SPF: mailfrom identity marc.rossi@newsletter.example Pass (v=spf1)
Sat Nov 21 15:29:03 2026 Info: MID 1010705 interim AV verdict using Sophos CLEAN
Sat Nov 21 15:29:03 2026 Info: MID 1010705 using engine: CASE spam negative
Sat Nov 21 15:29:03 2026 Info: MID 1010705 antivirus negative
Sat Nov 21 15:29:03 2026 Info: MID 1010705 DMARC: Verification passed
Sat Nov 21 15:29:03 2026 Info: MID 1010705 DKIM: pass signature verified (d=newsletter.example s=s5 i=@newsletter.example)
Sat Nov 21 15:29:04 2026 Info: MID 1010705 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 15:29:04 2026 Info: MID 1010705 attachment 'minutes-20534.docx'
Sat Nov 21 15:29:04 2026 Info: MID 1010705 AMP file reputation verdict : CLEAN
Sat Nov 21 15:29:06 2026 Info: MID 1010705 queued for delivery
Sat Nov 21 15:29:09 2026 Info: New SMTP DCID 209618 interface 192.0.2.20 address 52.101.230.101 port 25
Sat Nov 21 15:29:09 2026 Info: DCID 209618 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 15:29:09 2026 Info: Delivery start DCID 209618 MID 1010705 to RID [0]
Sat Nov 21 15:29:11 2026 Info: Message done DCID 209618 MID 1010705 to RID [0]
Sat Nov 21 15:29:11 2026 Info: MID 1010705 RID [0] Response '2.6.0 [InternalId=662698185172, Hostname=AM0PR01MB8481.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 15:29:11 2026 Info: Message finished MID 1010705 done
Sat Nov 21 15:29:11 2026 Info: DCID 209618 close
Sat Nov 21 15:56:02 2026 Info: New SMTP ICID 433740 interface IncomingMail (192.0.2.10) address 198.51.46.44 reverse dns host mail.logistics.example verified yes
Sat Nov 21 15:56:02 2026 Info: ICID 433740 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.1
Sat Nov 21 15:56:02 2026 Info: ICID 433740 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 15:56:02 2026 Info: Start MID 1010706 ICID 433740
Sat Nov 21 15:56:02 2026 Info: MID 1010706 ICID 433740 From: <yuki.sato@logistics.example>
Sat Nov 21 15:56:02 2026 Info: MID 1010706 ICID 433740 RID 0 To: <sam.obrien@corp.example>
Sat Nov 21 15:56:02 2026 Info: MID 1010706 ICID 433740 RID 1 To: <zmoreau@corp.example>
Sat Nov 21 15:56:02 2026 Info: MID 1010706 ICID 433740 RID 2 To: <mia.garcia@corp.example>
Sat Nov 21 15:56:03 2026 Info: MID 1010706 Message-ID '<61e826d219d3d38a8cc4.53002@logistics.example>'
Sat Nov 21 15:56:03 2026 Info: MID 1010706 Subject 'Budget 2027 – first numbers'
Sat Nov 21 15:56:03 2026 Info: MID 1010706 ready 284912 bytes from <yuki.sato@logistics.example>
Sat Nov 21 15:56:03 2026 Info: MID 1010706 SPF: mailfrom identity yuki.sato@logistics.example Pass (v=spf1)
Sat Nov 21 15:56:03 2026 Info: MID 1010706 using engine: CASE spam negative
Sat Nov 21 15:56:03 2026 Info: ICID 433740 close
Sat Nov 21 15:56:04 2026 Info: MID 1010706 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 15:56:04 2026 Info: MID 1010706 attachment 'minutes-33994.docx'
Sat Nov 21 15:56:04 2026 Info: File reputation query initiating. File Name = 'minutes-33994.docx', MID = 1010706, File Size = 197902 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Sat Nov 21 15:56:04 2026 Info: Response received for file reputation query from Cloud. File Name = minutes-33994.docx, MID = 1010706, Disposition = CLEAN, Malware = None, Analysis Score = 5, sha256 = bff9689ac3cecc1a488b194be46690f5f038fcd8747b4177e252c666a47465ab, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Sat Nov 21 15:56:04 2026 Info: MID 1010706 AMP file reputation verdict : CLEAN
Sat Nov 21 15:56:05 2026 Info: MID 1010706 queued for delivery
Sat Nov 21 15:56:07 2026 Info: New SMTP DCID 209619 interface 192.0.2.20 address 52.101.152.219 port 25
Sat Nov 21 15:56:07 2026 Info: DCID 209619 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 15:56:07 2026 Info: Delivery start DCID 209619 MID 1010706 to RID [0, 1, 2]
Sat Nov 21 15:56:08 2026 Info: Message done DCID 209619 MID 1010706 to RID [0, 1, 2]
Sat Nov 21 15:56:08 2026 Info: MID 1010706 RID [0, 1, 2] Response '2.6.0 [InternalId=481823228406, Hostname=AM0PR01MB1659.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 15:56:08 2026 Info: Message finished MID 1010706 done
Sat Nov 21 15:56:08 2026 Info: DCID 209619 close
Sat Nov 21 15:56:44 2026 Info: New SMTP ICID 433741 interface IncomingMail (192.0.2.10) address 198.51.182.99 reverse dns host mail.bank.example verified yes
Sat Nov 21 15:56:44 2026 Info: ICID 433741 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5
Sat Nov 21 15:56:44 2026 Info: ICID 433741 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 15:56:44 2026 Info: Start MID 1010707 ICID 433741
Sat Nov 21 15:56:44 2026 Info: MID 1010707 ICID 433741 From: <leo.mendes@bank.example>
Sat Nov 21 15:56:44 2026 Info: MID 1010707 ICID 433741 RID 0 To: <li.haddad@corp.example>
Sat Nov 21 15:56:44 2026 Info: MID 1010707 Message-ID '<19abd4a56b5e9a1a%71#&35d75@bank.example>'
Sat Nov 21 15:56:44 2026 Info: MID 1010707 Subject 'Meeting notes'
Sat Nov 21 15:56:44 2026 Info: MID 1010707 ready 6601 bytes from <leo.mendes@bank.example>
Sat Nov 21 15:56:44 2026 Info: MID 1010707 using engine: CASE spam negative
Sat Nov 21 15:56:44 2026 Info: ICID 433741 close
Sat Nov 21 15:56:44 2026 Info: MID 1010707 Outbreak Filters: verdict negative
Sat Nov 21 15:56:44 2026 Info: MID 1010707 URL https://www.bank.example/t/af9a55b01d has reputation 7.9 matched Condition: URL Reputation Rule
Sat Nov 21 15:56:44 2026 Info: MID 1010707 SPF: mailfrom identity leo.mendes@bank.example Pass (v=spf1)
Sat Nov 21 15:56:45 2026 Info: MID 1010707 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 15:56:45 2026 Info: MID 1010707 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 15:56:47 2026 Info: MID 1010707 queued for delivery
Sat Nov 21 15:56:48 2026 Info: New SMTP DCID 209620 interface 192.0.2.20 address 52.101.9.122 port 25
Sat Nov 21 15:56:48 2026 Info: DCID 209620 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 15:56:48 2026 Info: Delivery start DCID 209620 MID 1010707 to RID [0]
Sat Nov 21 15:56:50 2026 Info: Message done DCID 209620 MID 1010707 to RID [0]
Sat Nov 21 15:56:50 2026 Info: MID 1010707 RID [0] Response '2.6.0 [InternalId=919371223226, Hostname=AM0PR01MB6384.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 15:56:50 2026 Info: DCID 209620 close
Sat Nov 21 15:56:50 2026 Info: Message finished MID 1010707 done
Sat Nov 21 16:10:00 2026 Info: New SMTP ICID 433742 interface IncomingMail (192.0.2.10) address 198.51.182.192 reverse dns host mail.newsletter.example verified yes
Sat Nov 21 16:10:00 2026 Info: ICID 433742 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.6
Sat Nov 21 16:10:00 2026 Info: ICID 433742 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 16:10:00 2026 Info: Start MID 1010708 ICID 433742
Sat Nov 21 16:10:00 2026 Info: MID 1010708 ICID 433742 From: <marc.rossi@newsletter.example>
Sat Nov 21 16:10:00 2026 Info: MID 1010708 ICID 433742 RID 0 To: <paul.moreau@corp.example>
Sat Nov 21 16:10:00 2026 Info: MID 1010708 ICID 433742 RID 1 To: <lucia.okafor@corp.example>
Sat Nov 21 16:10:00 2026 Info: MID 1010708 ICID 433742 RID 2 To: <marc.kowalski@corp.example>
Sat Nov 21 16:10:00 2026 Info: MID 1010708 Message-ID '<aae1fc612154081fc5a7.9424@newsletter.example>'
Sat Nov 21 16:10:00 2026 Info: MID 1010708 Subject 'Quarterly report'
Sat Nov 21 16:10:00 2026 Info: MID 1010708 ready 14918 bytes from <marc.rossi@newsletter.example>
Sat Nov 21 16:10:00 2026 Info: MID 1010708 DMARC: Verification passed
Sat Nov 21 16:10:00 2026 Info: MID 1010708 interim AV verdict using Sophos CLEAN
Sat Nov 21 16:10:00 2026 Info: MID 1010708 DKIM: pass signature verified (d=newsletter.example s=s7 i=@newsletter.example)
Sat Nov 21 16:10:00 2026 Info: MID 1010708 SPF: mailfrom identity marc.rossi@newsletter.example Pass (v=spf1)
Sat Nov 21 16:10:00 2026 Info: ICID 433742 close
Sat Nov 21 16:10:00 2026 Info: MID 1010708 using engine: CASE spam negative
Sat Nov 21 16:10:00 2026 Info: MID 1010708 antivirus negative
Sat Nov 21 16:10:01 2026 Info: New SMTP ICID 433743 interface IncomingMail (192.0.2.10) address 198.51.37.112 reverse dns host mail.logistics.example verified yes
Sat Nov 21 16:10:01 2026 Info: ICID 433743 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.2
Sat Nov 21 16:10:01 2026 Info: ICID 433743 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 16:10:01 2026 Info: MID 1010708 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 16:10:01 2026 Info: MID 1010708 attachment 'meeting.ics'
Sat Nov 21 16:10:01 2026 Info: MID 1010708 AMP file reputation verdict : UNKNOWN
Sat Nov 21 16:10:02 2026 Info: Start MID 1010709 ICID 433743
Sat Nov 21 16:10:02 2026 Info: MID 1010709 ICID 433743 From: <mia.sato@logistics.example>
Sat Nov 21 16:10:02 2026 Info: MID 1010709 ICID 433743 RID 0 To: <lena.novak@corp.example>
Sat Nov 21 16:10:03 2026 Info: MID 1010709 Message-ID '<CABEswO0HA6sP1S35siWr58JvQMvMrFMvgdL23r7JtEJ@mail.logistics.example>'
Sat Nov 21 16:10:03 2026 Info: MID 1010709 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Sat Nov 21 16:10:03 2026 Info: MID 1010709 ready 13493 bytes from <mia.sato@logistics.example>
Sat Nov 21 16:10:03 2026 Info: MID 1010709 SPF: mailfrom identity mia.sato@logistics.example Pass (v=spf1)
Sat Nov 21 16:10:03 2026 Info: MID 1010709 URL https://www.logistics.example/t/cdb25ffc has reputation 0.0 matched Condition: URL Reputation Rule
Sat Nov 21 16:10:03 2026 Info: MID 1010709 using engine: CASE spam negative
Sat Nov 21 16:10:03 2026 Info: ICID 433743 close
Sat Nov 21 16:10:03 2026 Info: MID 1010708 queued for delivery
Sat Nov 21 16:10:04 2026 Info: MID 1010709 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 16:10:04 2026 Info: MID 1010709 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 16:10:05 2026 Info: MID 1010709 queued for delivery
Sat Nov 21 16:10:07 2026 Info: New SMTP DCID 209622 interface 192.0.2.20 address 52.101.171.2 port 25
Sat Nov 21 16:10:07 2026 Info: DCID 209622 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 16:10:07 2026 Info: Delivery start DCID 209622 MID 1010709 to RID [0]
Sat Nov 21 16:10:07 2026 Info: New SMTP DCID 209621 interface 192.0.2.20 address 52.101.26.224 port 25
Sat Nov 21 16:10:07 2026 Info: DCID 209621 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 16:10:07 2026 Info: Delivery start DCID 209621 MID 1010708 to RID [0, 1, 2]
Sat Nov 21 16:10:08 2026 Info: Message done DCID 209621 MID 1010708 to RID [0, 1, 2]
Sat Nov 21 16:10:08 2026 Info: MID 1010708 RID [0, 1, 2] Response '2.6.0 [InternalId=108115473672, Hostname=AM0PR01MB5390.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 16:10:08 2026 Info: DCID 209621 close
Sat Nov 21 16:10:08 2026 Info: Message finished MID 1010708 done
Sat Nov 21 16:10:08 2026 Info: Message done DCID 209622 MID 1010709 to RID [0]
Sat Nov 21 16:10:08 2026 Info: MID 1010709 RID [0] Response '2.6.0 [InternalId=797479543440, Hostname=AM0PR01MB6314.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 16:10:08 2026 Info: Message finished MID 1010709 done
Sat Nov 21 16:10:08 2026 Info: DCID 209622 close
Sat Nov 21 16:12:53 2026 Info: New SMTP ICID 433744 interface IncomingMail (192.0.2.10) address 198.51.128.16 reverse dns host mail.bank.example verified yes
Sat Nov 21 16:12:53 2026 Info: ICID 433744 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.5
Sat Nov 21 16:12:53 2026 Info: ICID 433744 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 16:12:54 2026 Info: Start MID 1010710 ICID 433744
Sat Nov 21 16:12:54 2026 Info: MID 1010710 ICID 433744 From: <sofia.walsh@bank.example>
Sat Nov 21 16:12:54 2026 Info: MID 1010710 ICID 433744 RID 0 To: <kofi.nguyen@corp.example>
Sat Nov 21 16:12:54 2026 Info: MID 1010710 Message-ID '<CAti_-y3hfqC4_9pOAADc6vghQ2x3cUFG35qd9bsfg6X@mail.bank.example>'
Sat Nov 21 16:12:54 2026 Info: MID 1010710 Subject 'Budget 2027 – first numbers'
Sat Nov 21 16:12:54 2026 Info: MID 1010710 ready 27055 bytes from <sofia.walsh@bank.example>
Sat Nov 21 16:12:55 2026 Info: ICID 433744 close
Sat Nov 21 16:12:55 2026 Info: MID 1010710 using engine: CASE spam negative
Sat Nov 21 16:12:55 2026 Info: MID 1010710 Outbreak Filters: verdict negative
Sat Nov 21 16:12:55 2026 Info: MID 1010710 SPF: mailfrom identity sofia.walsh@bank.example Pass (v=spf1)
Sat Nov 21 16:12:55 2026 Info: MID 1010710 URL https://www.bank.example/t/67a41dda9 has reputation 0.0 matched Condition: URL Reputation Rule
Sat Nov 21 16:12:55 2026 Info: MID 1010710 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 16:12:55 2026 Info: MID 1010710 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 16:12:56 2026 Info: MID 1010710 queued for delivery
Sat Nov 21 16:12:58 2026 Info: New SMTP DCID 209623 interface 192.0.2.20 address 52.101.77.141 port 25
Sat Nov 21 16:12:58 2026 Info: DCID 209623 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 16:12:58 2026 Info: Delivery start DCID 209623 MID 1010710 to RID [0]
Sat Nov 21 16:12:59 2026 Info: Message done DCID 209623 MID 1010710 to RID [0]
Sat Nov 21 16:12:59 2026 Info: MID 1010710 RID [0] Response '2.6.0 [InternalId=637303072502, Hostname=AM0PR01MB5563.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 16:12:59 2026 Info: DCID 209623 close
Sat Nov 21 16:12:59 2026 Info: Message finished MID 1010710 done
Sat Nov 21 16:26:28 2026 Info: New SMTP ICID 433745 interface IncomingMail (192.0.2.10) address 198.51.207.12 reverse dns host mail.university.example verified yes
Sat Nov 21 16:26:28 2026 Info: ICID 433745 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.1
Sat Nov 21 16:26:28 2026 Info: ICID 433745 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 16:26:29 2026 Info: Start MID 1010711 ICID 433745
Sat Nov 21 16:26:29 2026 Info: MID 1010711 ICID 433745 From: <emma.larsen@university.example>
Sat Nov 21 16:26:29 2026 Info: MID 1010711 ICID 433745 RID 0 To: <kofi.moreau@corp.example>
Sat Nov 21 16:26:29 2026 Info: MID 1010711 Message-ID '<169feacafd2133e1e6ca.32870@university.example>'
Sat Nov 21 16:26:29 2026 Info: MID 1010711 Subject 'Re: project timeline'
Sat Nov 21 16:26:29 2026 Info: MID 1010711 ready 27163 bytes from <emma.larsen@university.example>
Sat Nov 21 16:26:29 2026 Info: ICID 433745 close
Sat Nov 21 16:26:29 2026 Info: MID 1010711 using engine: CASE spam negative
Sat Nov 21 16:26:29 2026 Info: MID 1010711 DKIM: pass signature verified (d=university.example s=s7 i=@university.example)
Sat Nov 21 16:26:29 2026 Info: MID 1010711 antivirus negative
Sat Nov 21 16:26:29 2026 Info: MID 1010711 interim AV verdict using Sophos CLEAN
Sat Nov 21 16:26:29 2026 Info: MID 1010711 SPF: mailfrom identity emma.larsen@university.example Pass (v=spf1)
Sat Nov 21 16:26:29 2026 Info: MID 1010711 DMARC: Verification passed
Sat Nov 21 16:26:30 2026 Info: MID 1010711 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 16:26:30 2026 Info: MID 1010711 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 16:26:32 2026 Info: MID 1010711 queued for delivery
Sat Nov 21 16:26:35 2026 Info: New SMTP DCID 209624 interface 192.0.2.20 address 52.101.43.17 port 25
Sat Nov 21 16:26:35 2026 Info: DCID 209624 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 16:26:35 2026 Info: Delivery start DCID 209624 MID 1010711 to RID [0]
Sat Nov 21 16:26:36 2026 Info: Message done DCID 209624 MID 1010711 to RID [0]
Sat Nov 21 16:26:36 2026 Info: MID 1010711 RID [0] Response '2.6.0 [InternalId=468912196323, Hostname=AM0PR01MB4197.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 16:26:36 2026 Info: Message finished MID 1010711 done
Sat Nov 21 16:26:36 2026 Info: DCID 209624 close
Sat Nov 21 16:35:51 2026 Info: New SMTP ICID 433746 interface IncomingMail (192.0.2.10) address 198.51.90.224 reverse dns host mail.supplier.example verified yes
Sat Nov 21 16:35:51 2026 Info: ICID 433746 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.0
Sat Nov 21 16:35:51 2026 Info: ICID 433746 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 16:35:51 2026 Info: Start MID 1010712 ICID 433746
Sat Nov 21 16:35:51 2026 Info: MID 1010712 ICID 433746 From: <john.mendes@supplier.example>
Sat Nov 21 16:35:51 2026 Info: MID 1010712 ICID 433746 RID 0 To: <finance-archive@corp.example>
Sat Nov 21 16:35:51 2026 Info: MID 1010712 Message-ID "<o'hara.f1d8654aac1a@supplier.example>"
Sat Nov 21 16:35:51 2026 Info: MID 1010712 Subject 'Scan from copier 34858'
Sat Nov 21 16:35:51 2026 Info: MID 1010712 ready 1474114 bytes from <john.mendes@supplier.example>
Sat Nov 21 16:35:51 2026 Info: ICID 433746 close
Sat Nov 21 16:35:51 2026 Info: MID 1010712 SPF: mailfrom identity john.mendes@supplier.example Pass (v=spf1)
Sat Nov 21 16:35:51 2026 Info: MID 1010712 URL https://www.supplier.example/t/f6eb07f489 has reputation 4.5 matched Condition: URL Reputation Rule
Sat Nov 21 16:35:51 2026 Info: MID 1010712 Outbreak Filters: verdict negative
Sat Nov 21 16:35:51 2026 Info: MID 1010712 using engine: CASE spam negative
Sat Nov 21 16:35:52 2026 Info: MID 1010712 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 16:35:52 2026 Info: MID 1010712 attachment 'Q3=20Report=202026.pdf'
Sat Nov 21 16:35:52 2026 Info: MID 1010712 attachment 'Q1 Report 2026.pdf'
Sat Nov 21 16:35:52 2026 Info: MID 1010712 AMP file reputation verdict : UNKNOWN
Sat Nov 21 16:35:53 2026 Info: MID 1010712 queued for delivery
Sat Nov 21 16:35:54 2026 Info: MID 1010713 was generated based on MID 1010712 by bcc filter 'Finance_Archive'
Sat Nov 21 16:35:54 2026 Info: MID 1010713 ICID 0 From: <john.mendes@supplier.example>
Sat Nov 21 16:35:54 2026 Info: MID 1010713 ICID 0 RID 0 To: <finance-archive@corp.example>
Sat Nov 21 16:35:54 2026 Info: MID 1010713 Message-ID "<o'hara.f1d8654aac1a@supplier.example>"
Sat Nov 21 16:35:54 2026 Info: MID 1010713 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 16:35:54 2026 Info: MID 1010713 queued for delivery
Sat Nov 21 16:35:55 2026 Info: New SMTP DCID 209626 interface 192.0.2.20 address 52.101.196.107 port 25
Sat Nov 21 16:35:55 2026 Info: DCID 209626 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 16:35:55 2026 Info: Delivery start DCID 209626 MID 1010713 to RID [0]
Sat Nov 21 16:35:56 2026 Info: Message done DCID 209626 MID 1010713 to RID [0]
Sat Nov 21 16:35:56 2026 Info: MID 1010713 RID [0] Response '2.6.0 [InternalId=379729321538, Hostname=AM0PR01MB3309.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 16:35:56 2026 Info: Message finished MID 1010713 done
Sat Nov 21 16:35:56 2026 Info: DCID 209626 close
Sat Nov 21 16:35:57 2026 Info: New SMTP DCID 209625 interface 192.0.2.20 address 52.101.240.144 port 25
Sat Nov 21 16:35:57 2026 Info: DCID 209625 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 16:35:57 2026 Info: Delivery start DCID 209625 MID 1010712 to RID [0]
Sat Nov 21 16:35:58 2026 Info: Message done DCID 209625 MID 1010712 to RID [0]
Sat Nov 21 16:35:58 2026 Info: MID 1010712 RID [0] Response '2.6.0 [InternalId=590285958357, Hostname=AM0PR01MB9246.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 16:35:58 2026 Info: Message finished MID 1010712 done
Sat Nov 21 16:35:58 2026 Info: DCID 209625 close
Sat Nov 21 16:48:48 2026 Info: New SMTP ICID 433747 interface IncomingMail (192.0.2.10) address 198.51.21.72 reverse dns host mail.gmail.example verified yes
Sat Nov 21 16:48:48 2026 Info: ICID 433747 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.1
Sat Nov 21 16:48:48 2026 Info: ICID 433747 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 16:48:48 2026 Info: Start MID 1010714 ICID 433747
Sat Nov 21 16:48:48 2026 Info: MID 1010714 ICID 433747 From: <sara.ivanova@gmail.example>
Sat Nov 21 16:48:48 2026 Info: MID 1010714 ICID 433747 RID 0 To: <lena.novak@corp.example>
Sat Nov 21 16:48:48 2026 Info: MID 1010714 ICID 433747 RID 1 To: <sofia.tanaka@corp-legacy.example>
Sat Nov 21 16:48:48 2026 Info: MID 1010714 Message-ID '<a5b9d57c05a336f86b06.13410@gmail.example>'
Sat Nov 21 16:48:48 2026 Info: MID 1010714 Subject 'Candidate CV 10341'
Sat Nov 21 16:48:48 2026 Info: MID 1010714 ready 10620 bytes from <sara.ivanova@gmail.example>
Sat Nov 21 16:48:48 2026 Info: ICID 433747 close
Sat Nov 21 16:48:48 2026 Info: MID 1010714 using engine: CASE spam negative
Sat Nov 21 16:48:48 2026 Info: MID 1010714 DMARC: Verification passed
Sat Nov 21 16:48:49 2026 Info: MID 1010714 SPF: mailfrom identity sara.ivanova@gmail.example Pass (v=spf1)
Sat Nov 21 16:48:49 2026 Info: MID 1010714 DKIM: pass signature verified (d=gmail.example s=s1 i=@gmail.example)
Sat Nov 21 16:48:49 2026 Info: MID 1010714 was split creating MID 1010715 due to a per-recipient policy DEFAULT in the inbound table
Sat Nov 21 16:48:49 2026 Info: MID 1010715 ICID 0 From: <sara.ivanova@gmail.example>
Sat Nov 21 16:48:49 2026 Info: MID 1010715 ICID 0 RID 0 To: <sofia.tanaka@corp-legacy.example>
Sat Nov 21 16:48:49 2026 Info: MID 1010714 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 16:48:49 2026 Info: MID 1010714 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 16:48:49 2026 Info: MID 1010715 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 16:48:49 2026 Info: MID 1010715 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 16:48:51 2026 Info: MID 1010714 queued for delivery
Sat Nov 21 16:48:51 2026 Info: MID 1010715 queued for delivery
Sat Nov 21 16:48:51 2026 Info: New SMTP DCID 209627 interface 192.0.2.20 address 52.101.233.196 port 25
Sat Nov 21 16:48:51 2026 Info: DCID 209627 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 16:48:51 2026 Info: Delivery start DCID 209627 MID 1010714 to RID [0]
Sat Nov 21 16:48:53 2026 Info: Message done DCID 209627 MID 1010714 to RID [0]
Sat Nov 21 16:48:53 2026 Info: MID 1010714 RID [0] Response '2.6.0 [InternalId=413522092697, Hostname=AM0PR01MB4822.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 16:48:53 2026 Info: Message finished MID 1010714 done
Sat Nov 21 16:48:53 2026 Info: DCID 209627 close
Sat Nov 21 16:48:54 2026 Info: New SMTP DCID 209628 interface 192.0.2.20 address 10.30.0.25 port 25
Sat Nov 21 16:48:54 2026 Info: DCID 209628 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 16:48:54 2026 Info: Delivery start DCID 209628 MID 1010715 to RID [0]
Sat Nov 21 16:48:55 2026 Info: Message done DCID 209628 MID 1010715 to RID [0]
Sat Nov 21 16:48:55 2026 Info: MID 1010715 RID [0] Response '2.0.0 Ok: queued as ckuQK6Ht9X5af2aY'
Sat Nov 21 16:48:55 2026 Info: Message finished MID 1010715 done
Sat Nov 21 16:48:55 2026 Info: DCID 209628 close
Sat Nov 21 17:03:01 2026 Info: New SMTP ICID 433748 interface IncomingMail (192.0.2.10) address 198.51.47.47 reverse dns host mail.bank.example verified yes
Sat Nov 21 17:03:01 2026 Info: ICID 433748 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.5
Sat Nov 21 17:03:01 2026 Info: ICID 433748 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 17:03:01 2026 Info: Start MID 1010716 ICID 433748
Sat Nov 21 17:03:01 2026 Info: MID 1010716 ICID 433748 From: <mary.mendes@bank.example>
Sat Nov 21 17:03:01 2026 Info: MID 1010716 ICID 433748 RID 0 To: <zoe.kim@corp-mail.example>
Sat Nov 21 17:03:01 2026 Info: MID 1010716 ICID 433748 RID 1 To: <ines.berg@corp.example>
Sat Nov 21 17:03:01 2026 Info: MID 1010716 ICID 433748 RID 2 To: <tom.weber@corp.example>
Sat Nov 21 17:03:01 2026 Info: MID 1010716 Message-ID '<CAY9kskZtg-coj/qCN+gzUd6GI6Psb5tevJehL5=DNzw@mail.bank.example>'
Sat Nov 21 17:03:01 2026 Info: MID 1010716 Subject "Re: O'Brien account review"
Sat Nov 21 17:03:01 2026 Info: MID 1010716 ready 542273 bytes from <mary.mendes@bank.example>
Sat Nov 21 17:03:01 2026 Info: MID 1010716 using engine: CASE spam negative
Sat Nov 21 17:03:01 2026 Info: MID 1010716 SPF: mailfrom identity mary.mendes@bank.example Pass (v=spf1)
Sat Nov 21 17:03:01 2026 Info: MID 1010716 DMARC: Verification passed
Sat Nov 21 17:03:02 2026 Info: ICID 433748 close
Sat Nov 21 17:03:02 2026 Info: MID 1010716 DKIM: pass signature verified (d=bank.example s=s1 i=@bank.example)
Sat Nov 21 17:03:02 2026 Info: MID 1010716 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 17:03:03 2026 Info: MID 1010716 attachment 'invoice_18015.pdf'
Sat Nov 21 17:03:03 2026 Info: MID 1010716 AMP file reputation verdict : UNKNOWN
Sat Nov 21 17:03:03 2026 Info: MID 1010716 queued for delivery
Sat Nov 21 17:03:03 2026 Info: New SMTP ICID 433749 interface IncomingMail (192.0.2.10) address 198.51.108.244 reverse dns host mail.gmail.example verified yes
Sat Nov 21 17:03:03 2026 Info: ICID 433749 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.3
Sat Nov 21 17:03:03 2026 Info: ICID 433749 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 17:03:04 2026 Info: Start MID 1010717 ICID 433749
Sat Nov 21 17:03:04 2026 Info: MID 1010717 ICID 433749 From: <chen.fischer@gmail.example>
Sat Nov 21 17:03:04 2026 Info: MID 1010717 ICID 433749 RID 0 To: <dan.okafor@corp.example>
Sat Nov 21 17:03:04 2026 Info: New SMTP DCID 209629 interface 192.0.2.20 address 52.101.171.131 port 25
Sat Nov 21 17:03:04 2026 Info: DCID 209629 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 17:03:04 2026 Info: Delivery start DCID 209629 MID 1010716 to RID [0, 1, 2]
Sat Nov 21 17:03:04 2026 Info: MID 1010717 Message-ID '<b1ae7645b6fbab53b226.65225@gmail.example>'
Sat Nov 21 17:03:04 2026 Info: MID 1010717 Subject "Re: O'Brien account review"
Sat Nov 21 17:03:04 2026 Info: MID 1010717 ready 24201 bytes from <chen.fischer@gmail.example>
Sat Nov 21 17:03:04 2026 Info: MID 1010717 antivirus negative
Sat Nov 21 17:03:04 2026 Info: MID 1010717 DMARC: Verification passed
Sat Nov 21 17:03:04 2026 Info: MID 1010717 using engine: CASE spam negative
Sat Nov 21 17:03:04 2026 Info: MID 1010717 SPF: mailfrom identity chen.fischer@gmail.example Pass (v=spf1)
Sat Nov 21 17:03:05 2026 Info: ICID 433749 close
Sat Nov 21 17:03:05 2026 Info: MID 1010717 DKIM: pass signature verified (d=gmail.example s=s7 i=@gmail.example)
Sat Nov 21 17:03:05 2026 Info: MID 1010717 interim AV verdict using Sophos CLEAN
Sat Nov 21 17:03:05 2026 Info: MID 1010717 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 17:03:05 2026 Info: MID 1010717 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 17:03:06 2026 Info: MID 1010717 queued for delivery
Sat Nov 21 17:03:07 2026 Info: Message done DCID 209629 MID 1010716 to RID [0, 1, 2]
Sat Nov 21 17:03:07 2026 Info: MID 1010716 RID [0, 1, 2] Response '2.6.0 [InternalId=965913537424, Hostname=AM0PR01MB3440.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 17:03:07 2026 Info: Message finished MID 1010716 done
Sat Nov 21 17:03:07 2026 Info: DCID 209629 close
Sat Nov 21 17:03:10 2026 Info: New SMTP DCID 209630 interface 192.0.2.20 address 52.101.147.254 port 25
Sat Nov 21 17:03:10 2026 Info: DCID 209630 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 17:03:10 2026 Info: Delivery start DCID 209630 MID 1010717 to RID [0]
Sat Nov 21 17:03:12 2026 Info: Message done DCID 209630 MID 1010717 to RID [0]
Sat Nov 21 17:03:12 2026 Info: MID 1010717 RID [0] Response '2.6.0 [InternalId=385657043983, Hostname=AM0PR01MB6391.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 17:03:12 2026 Info: Message finished MID 1010717 done
Sat Nov 21 17:03:12 2026 Info: DCID 209630 close
Sat Nov 21 17:09:48 2026 Info: New SMTP ICID 433750 interface IncomingMail (192.0.2.10) address 198.51.245.104 reverse dns host mail.client-b.example verified yes
Sat Nov 21 17:09:48 2026 Info: ICID 433750 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.0
Sat Nov 21 17:09:48 2026 Info: ICID 433750 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 17:09:48 2026 Info: Start MID 1010718 ICID 433750
Sat Nov 21 17:09:48 2026 Info: MID 1010718 ICID 433750 From: <ida.cohen@client-b.example>
Sat Nov 21 17:09:48 2026 Info: MID 1010718 ICID 433750 RID 0 To: <leo.dubois93@corp.example>
Sat Nov 21 17:09:49 2026 Info: MID 1010718 Message-ID '<424754b3279a1877f255.12752@client-b.example>'
Sat Nov 21 17:09:49 2026 Info: MID 1010718 Subject 'Candidate CV 38679'
Sat Nov 21 17:09:49 2026 Info: MID 1010718 ready 576246 bytes from <ida.cohen@client-b.example>
Sat Nov 21 17:09:49 2026 Info: MID 1010718 DKIM: pass signature verified (d=client-b.example s=s2 i=@client-b.example)
Sat Nov 21 17:09:49 2026 Info: ICID 433750 close
Sat Nov 21 17:09:49 2026 Info: MID 1010718 DMARC: Verification passed
Sat Nov 21 17:09:49 2026 Info: MID 1010718 interim AV verdict using Sophos CLEAN
Sat Nov 21 17:09:49 2026 Info: MID 1010718 SPF: mailfrom identity ida.cohen@client-b.example Pass (v=spf1)
Sat Nov 21 17:09:49 2026 Info: MID 1010718 using engine: CASE spam negative
Sat Nov 21 17:09:49 2026 Info: MID 1010718 antivirus negative
Sat Nov 21 17:09:51 2026 Info: MID 1010718 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 17:09:51 2026 Info: MID 1010718 attachment 'Q3 Report 2026.pdf'
Sat Nov 21 17:09:51 2026 Info: MID 1010718 attachment 'notes.txt'
Sat Nov 21 17:09:51 2026 Info: MID 1010718 AMP file reputation verdict : CLEAN
Sat Nov 21 17:09:52 2026 Info: New SMTP DCID 209631 interface 192.0.2.20 address 192.0.2.50 port 6025
Sat Nov 21 17:09:52 2026 Info: Delivery start DCID 209631 MID 1010718 to RID [0] to offbox IronPort Spam Quarantine
Sat Nov 21 17:09:52 2026 Info: Message done DCID 209631 MID 1010718 to RID [0] (external quarantine)
Sat Nov 21 17:09:52 2026 Info: Message finished MID 1010718 done
Sat Nov 21 17:09:52 2026 Info: DCID 209631 close
Sat Nov 21 17:38:50 2026 Info: New SMTP ICID 433751 interface IncomingMail (192.0.2.10) address 198.51.46.121 reverse dns host mail.client-b.example verified yes
Sat Nov 21 17:38:50 2026 Info: ICID 433751 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.0
Sat Nov 21 17:38:50 2026 Info: ICID 433751 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 17:38:51 2026 Info: Start MID 1010719 ICID 433751
Sat Nov 21 17:38:51 2026 Info: MID 1010719 ICID 433751 From: <max.larsen@client-b.example>
Sat Nov 21 17:38:51 2026 Info: MID 1010719 ICID 433751 RID 0 To: <lena.sato@corp.example>
Sat Nov 21 17:38:51 2026 Info: MID 1010719 ICID 433751 RID 1 To: <tom.weber@corp.example>
Sat Nov 21 17:38:51 2026 Info: MID 1010719 ICID 433751 RID 2 To: <ivan.silva@corp-mail.example>
Sat Nov 21 17:38:51 2026 Info: MID 1010719 Message-ID '<CA9FMc82+f=rC/IsgGeI=2i=kTk/KyCrEZEBh0Iyw/Ml@mail.client-b.example>'
Sat Nov 21 17:38:51 2026 Info: MID 1010719 Subject 'Welcome to the team!'
Sat Nov 21 17:38:51 2026 Info: MID 1010719 ready 129647 bytes from <max.larsen@client-b.example>
Sat Nov 21 17:38:51 2026 Info: MID 1010719 DMARC: Verification passed
Sat Nov 21 17:38:51 2026 Info: MID 1010719 interim AV verdict using Sophos CLEAN
Sat Nov 21 17:38:51 2026 Info: ICID 433751 close
Sat Nov 21 17:38:51 2026 Info: MID 1010719 antivirus negative
Sat Nov 21 17:38:51 2026 Info: MID 1010719 DKIM: pass signature verified (d=client-b.example s=s5 i=@client-b.example)
Sat Nov 21 17:38:51 2026 Info: MID 1010719 SPF: mailfrom identity max.larsen@client-b.example Pass (v=spf1)
Sat Nov 21 17:38:51 2026 Info: MID 1010719 using engine: CASE spam negative
Sat Nov 21 17:38:52 2026 Info: MID 1010719 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 17:38:52 2026 Info: MID 1010719 attachment 'minutes-48728.docx'
Sat Nov 21 17:38:52 2026 Info: MID 1010719 attachment 'notes.txt'
Sat Nov 21 17:38:52 2026 Info: MID 1010719 AMP file reputation verdict : UNKNOWN
Sat Nov 21 17:38:53 2026 Info: MID 1010719 queued for delivery
Sat Nov 21 17:38:54 2026 Info: New SMTP DCID 209632 interface 192.0.2.20 address 52.101.242.191 port 25
Sat Nov 21 17:38:54 2026 Info: DCID 209632 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 17:38:54 2026 Info: Delivery start DCID 209632 MID 1010719 to RID [0, 1, 2]
Sat Nov 21 17:38:55 2026 Info: Message done DCID 209632 MID 1010719 to RID [0, 1, 2]
Sat Nov 21 17:38:55 2026 Info: MID 1010719 RID [0, 1, 2] Response '2.0.0 Ok: queued as xRFdyGPsSxPePKAR'
Sat Nov 21 17:38:55 2026 Info: Message finished MID 1010719 done
Sat Nov 21 17:38:55 2026 Info: DCID 209632 close
Sat Nov 21 17:42:16 2026 Info: New SMTP ICID 433752 interface IncomingMail (192.0.2.10) address 198.51.255.35 reverse dns host mail.partner.example verified yes
Sat Nov 21 17:42:16 2026 Info: ICID 433752 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.7
Sat Nov 21 17:42:16 2026 Info: ICID 433752 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 17:42:17 2026 Info: Start MID 1010720 ICID 433752
Sat Nov 21 17:42:17 2026 Info: MID 1010720 ICID 433752 From: <raj.obrien@partner.example>
Sat Nov 21 17:42:17 2026 Info: MID 1010720 ICID 433752 RID 0 To: <lena.novak@corp.example>
Sat Nov 21 17:42:17 2026 Info: MID 1010720 ICID 433752 RID 1 To: <inovak@corp.example>
Sat Nov 21 17:42:17 2026 Info: MID 1010720 ICID 433752 RID 2 To: <raj.tanaka@corp-legacy.example>
Sat Nov 21 17:42:17 2026 Info: MID 1010720 Message-ID '<ab5175aa78b05cbf2fec.70025@partner.example>'
Sat Nov 21 17:42:17 2026 Info: MID 1010720 Subject 'Candidate CV 60708'
Sat Nov 21 17:42:17 2026 Info: MID 1010720 ready 10559 bytes from <raj.obrien@partner.example>
Sat Nov 21 17:42:17 2026 Info: ICID 433752 close
Sat Nov 21 17:42:17 2026 Info: MID 1010720 using engine: CASE spam negative
Sat Nov 21 17:42:17 2026 Info: MID 1010720 URL https://www.partner.example/t/66820c0f2d has reputation 0.0 matched Condition: URL Reputation Rule
Sat Nov 21 17:42:17 2026 Info: MID 1010720 SPF: mailfrom identity raj.obrien@partner.example Pass (v=spf1)
Sat Nov 21 17:42:17 2026 Info: MID 1010720 Outbreak Filters: verdict negative
Sat Nov 21 17:42:18 2026 Info: MID 1010720 was split creating MID 1010721 due to a per-recipient policy DEFAULT in the inbound table
Sat Nov 21 17:42:18 2026 Info: MID 1010721 ICID 0 From: <raj.obrien@partner.example>
Sat Nov 21 17:42:18 2026 Info: MID 1010721 ICID 0 RID 0 To: <raj.tanaka@corp-legacy.example>
Sat Nov 21 17:42:19 2026 Info: MID 1010720 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 17:42:19 2026 Info: MID 1010721 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 17:42:19 2026 Info: MID 1010721 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 17:42:19 2026 Info: MID 1010720 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 17:42:20 2026 Info: MID 1010721 queued for delivery
Sat Nov 21 17:42:20 2026 Info: MID 1010720 queued for delivery
Sat Nov 21 17:42:23 2026 Info: New SMTP DCID 209633 interface 192.0.2.20 address 52.101.46.166 port 25
Sat Nov 21 17:42:23 2026 Info: DCID 209633 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 17:42:23 2026 Info: Delivery start DCID 209633 MID 1010720 to RID [0, 1]
Sat Nov 21 17:42:23 2026 Info: New SMTP DCID 209634 interface 192.0.2.20 address 10.30.0.25 port 25
Sat Nov 21 17:42:23 2026 Info: DCID 209634 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 17:42:23 2026 Info: Delivery start DCID 209634 MID 1010721 to RID [0]
Sat Nov 21 17:42:24 2026 Info: Message done DCID 209634 MID 1010721 to RID [0]
Sat Nov 21 17:42:24 2026 Info: MID 1010721 RID [0] Response '2.0.0 Ok: queued as v3xxVYjSvmCPDZQ7'
Sat Nov 21 17:42:24 2026 Info: DCID 209634 close
Sat Nov 21 17:42:24 2026 Info: Message finished MID 1010721 done
Sat Nov 21 17:42:25 2026 Info: Message done DCID 209633 MID 1010720 to RID [0, 1]
Sat Nov 21 17:42:25 2026 Info: MID 1010720 RID [0, 1] Response '2.6.0 [InternalId=506592351732, Hostname=AM0PR01MB7908.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 17:42:25 2026 Info: Message finished MID 1010720 done
Sat Nov 21 17:42:25 2026 Info: DCID 209633 close
Sat Nov 21 17:51:13 2026 Info: New SMTP ICID 433753 interface OutgoingMail (192.0.2.11) address 10.20.9.26 reverse dns host exch4.corp.example verified yes
Sat Nov 21 17:51:13 2026 Info: ICID 433753 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 17:51:13 2026 Info: Start MID 1010722 ICID 433753
Sat Nov 21 17:51:13 2026 Info: MID 1010722 ICID 433753 From: <nina.lopez@corp.example>
Sat Nov 21 17:51:13 2026 Info: MID 1010722 ICID 433753 RID 0 To: <marc.mendes@gmail.example>
Sat Nov 21 17:51:13 2026 Info: MID 1010722 ICID 433753 RID 1 To: <ivan.okafor@client-a.example>
Sat Nov 21 17:51:13 2026 Info: MID 1010722 ICID 433753 RID 2 To: <ines.kowalski@travel.example>
Sat Nov 21 17:51:14 2026 Info: MID 1010722 Message-ID '<978455ec6b91c245%6#&36719@corp.example>'
Sat Nov 21 17:51:14 2026 Info: MID 1010722 Subject 'Candidate CV 97920'
Sat Nov 21 17:51:14 2026 Info: MID 1010722 ready 25300 bytes from <nina.lopez@corp.example>
Sat Nov 21 17:51:14 2026 Info: MID 1010722 DMARC: Verification passed
Sat Nov 21 17:51:14 2026 Info: MID 1010722 SPF: mailfrom identity nina.lopez@corp.example Pass (v=spf1)
Sat Nov 21 17:51:14 2026 Info: MID 1010722 using engine: CASE spam negative
Sat Nov 21 17:51:14 2026 Info: ICID 433753 close
Sat Nov 21 17:51:14 2026 Info: MID 1010722 DKIM: pass signature verified (d=corp.example s=s4 i=@corp.example)
Sat Nov 21 17:51:14 2026 Info: MID 1010722 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 17:51:14 2026 Info: MID 1010722 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 17:51:15 2026 Info: MID 1010722 queued for delivery
Sat Nov 21 17:51:19 2026 Info: New SMTP DCID 209635 interface 192.0.2.20 address 203.0.113.24 port 25
Sat Nov 21 17:51:19 2026 Info: DCID 209635 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 17:51:19 2026 Info: Delivery start DCID 209635 MID 1010722 to RID [0]
Sat Nov 21 17:51:20 2026 Info: Message done DCID 209635 MID 1010722 to RID [0]
Sat Nov 21 17:51:20 2026 Info: MID 1010722 RID [0] Response '2.0.0 Ok: queued as U3MQPNsUFzS6Czib'
Sat Nov 21 17:51:20 2026 Info: New SMTP DCID 209636 interface 192.0.2.20 address 203.0.113.194 port 25
Sat Nov 21 17:51:20 2026 Info: DCID 209636 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 17:51:20 2026 Info: Delivery start DCID 209636 MID 1010722 to RID [1]
Sat Nov 21 17:51:20 2026 Info: DCID 209635 close
Sat Nov 21 17:51:20 2026 Info: Message done DCID 209636 MID 1010722 to RID [1]
Sat Nov 21 17:51:20 2026 Info: MID 1010722 RID [1] Response '2.0.0 Ok: queued as omLd3B39x4NQiUfZ'
Sat Nov 21 17:51:20 2026 Info: New SMTP DCID 209637 interface 192.0.2.20 address 203.0.113.167 port 25
Sat Nov 21 17:51:20 2026 Info: DCID 209637 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 17:51:20 2026 Info: Delivery start DCID 209637 MID 1010722 to RID [2]
Sat Nov 21 17:51:20 2026 Info: DCID 209636 close
Sat Nov 21 17:51:21 2026 Info: Message done DCID 209637 MID 1010722 to RID [2]
Sat Nov 21 17:51:21 2026 Info: MID 1010722 RID [2] Response '2.0.0 Ok: queued as YLwJZTLE6Y3BDCfz'
Sat Nov 21 17:51:21 2026 Info: DCID 209637 close
Sat Nov 21 17:51:21 2026 Info: Message finished MID 1010722 done
Sat Nov 21 17:53:04 2026 Info: New SMTP ICID 433754 interface IncomingMail (192.0.2.10) address 198.51.43.106 reverse dns host mail.travel.example verified yes
Sat Nov 21 17:53:04 2026 Info: ICID 433754 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.6
Sat Nov 21 17:53:04 2026 Info: ICID 433754 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 17:53:05 2026 Info: Start MID 1010723 ICID 433754
Sat Nov 21 17:53:05 2026 Info: MID 1010723 ICID 433754 From: <ines.kowalski@travel.example>
Sat Nov 21 17:53:05 2026 Info: MID 1010723 ICID 433754 RID 0 To: <zoe.moreau@corp.example>
Sat Nov 21 17:53:05 2026 Info: MID 1010723 ICID 433754 RID 1 To: <ravi.obrien@corp.example>
Sat Nov 21 17:53:05 2026 Info: MID 1010723 ICID 433754 RID 2 To: <sam.obrien@corp.example>
Sat Nov 21 17:53:05 2026 Info: MID 1010723 ICID 433754 RID 3 To: <mia.garcia@corp.example>
Sat Nov 21 17:53:05 2026 Info: MID 1010723 Message-ID '<82020304318d5a60ca29.24514@travel.example>'
Sat Nov 21 17:53:05 2026 Info: MID 1010723 Subject 'Reminder: timesheets due'
Sat Nov 21 17:53:05 2026 Info: MID 1010723 ready 2881701 bytes from <ines.kowalski@travel.example>
Sat Nov 21 17:53:05 2026 Info: ICID 433754 close
Sat Nov 21 17:53:05 2026 Info: MID 1010723 SPF: mailfrom identity ines.kowalski@travel.example Pass (v=spf1)
Sat Nov 21 17:53:05 2026 Info: MID 1010723 DMARC: Verification passed
Sat Nov 21 17:53:05 2026 Info: MID 1010723 DKIM: pass signature verified (d=travel.example s=s4 i=@travel.example)
Sat Nov 21 17:53:05 2026 Info: MID 1010723 using engine: CASE spam negative
Sat Nov 21 17:53:05 2026 Info: MID 1010723 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 17:53:05 2026 Info: MID 1010723 attachment 'photo=204650.heic'
Sat Nov 21 17:53:05 2026 Info: MID 1010723 attachment 'Q3=20Report=202026.pdf'
Sat Nov 21 17:53:05 2026 Info: MID 1010723 AMP file reputation verdict : LOWRISK
Sat Nov 21 17:53:07 2026 Info: MID 1010723 queued for delivery
Sat Nov 21 17:53:08 2026 Info: New SMTP DCID 209638 interface 192.0.2.20 address 52.101.174.7 port 25
Sat Nov 21 17:53:08 2026 Info: DCID 209638 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 17:53:08 2026 Info: Delivery start DCID 209638 MID 1010723 to RID [0, 1, 2, 3]
Sat Nov 21 17:53:10 2026 Info: Message done DCID 209638 MID 1010723 to RID [0, 1, 2, 3]
Sat Nov 21 17:53:10 2026 Info: MID 1010723 RID [0, 1, 2, 3] Response '2.0.0 Ok: queued as EqWRXDwfQpHvyoJE'
Sat Nov 21 17:53:10 2026 Info: Message finished MID 1010723 done
Sat Nov 21 17:53:10 2026 Info: DCID 209638 close
Sat Nov 21 18:22:39 2026 Info: New SMTP ICID 433755 interface IncomingMail (192.0.2.10) address 198.51.26.20 reverse dns host mail.gmail.example verified yes
Sat Nov 21 18:22:39 2026 Info: ICID 433755 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.3
Sat Nov 21 18:22:39 2026 Info: ICID 433755 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 18:22:40 2026 Info: Start MID 1010724 ICID 433755
Sat Nov 21 18:22:40 2026 Info: MID 1010724 ICID 433755 From: <sara.ivanova@gmail.example>
Sat Nov 21 18:22:40 2026 Info: MID 1010724 ICID 433755 RID 0 To: <mia.garcia@corp.example>
Sat Nov 21 18:22:40 2026 Info: MID 1010724 Message-ID '<CAilLoiiINetXATaHhdfWP=bgk1fxG7hsfMOPUtggSC5@mail.gmail.example>'
Sat Nov 21 18:22:40 2026 Info: MID 1010724 Subject 'Candidate CV 8180'
Sat Nov 21 18:22:40 2026 Info: MID 1010724 ready 3646015 bytes from <sara.ivanova@gmail.example>
Sat Nov 21 18:22:40 2026 Info: MID 1010724 URL https://www.gmail.example/t/7da46f89ef has reputation 7.9 matched Condition: URL Reputation Rule
Sat Nov 21 18:22:40 2026 Info: ICID 433755 close
Sat Nov 21 18:22:40 2026 Info: MID 1010724 using engine: CASE spam negative
Sat Nov 21 18:22:40 2026 Info: MID 1010724 SPF: mailfrom identity sara.ivanova@gmail.example Pass (v=spf1)
Sat Nov 21 18:22:40 2026 Info: MID 1010724 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 18:22:40 2026 Info: MID 1010724 attachment 'Q2=20Report=202026.pdf'
Sat Nov 21 18:22:41 2026 Info: MID 1010724 attachment 'specs-40011.zip'
Sat Nov 21 18:22:41 2026 Info: MID 1010724 AMP file reputation verdict : UNKNOWN
Sat Nov 21 18:22:42 2026 Info: MID 1010724 queued for delivery
Sat Nov 21 18:22:46 2026 Info: New SMTP DCID 209639 interface 192.0.2.20 address 52.101.123.73 port 25
Sat Nov 21 18:22:46 2026 Info: DCID 209639 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 18:22:46 2026 Info: Delivery start DCID 209639 MID 1010724 to RID [0]
Sat Nov 21 18:22:46 2026 Info: Message done DCID 209639 MID 1010724 to RID [0]
Sat Nov 21 18:22:46 2026 Info: MID 1010724 RID [0] Response '2.6.0 [InternalId=216274418988, Hostname=AM0PR01MB5580.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 18:22:46 2026 Info: Message finished MID 1010724 done
Sat Nov 21 18:22:46 2026 Info: DCID 209639 close
Sat Nov 21 18:38:05 2026 Info: New SMTP ICID 433756 interface IncomingMail (192.0.2.10) address 198.51.148.253 reverse dns host mail.supplier.example verified yes
Sat Nov 21 18:38:05 2026 Info: ICID 433756 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.1
Sat Nov 21 18:38:05 2026 Info: ICID 433756 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 18:38:05 2026 Info: Start MID 1010725 ICID 433756
Sat Nov 21 18:38:05 2026 Info: MID 1010725 ICID 433756 From: <john.mendes@supplier.example>
Sat Nov 21 18:38:05 2026 Info: MID 1010725 ICID 433756 RID 0 To: <noah.okafor90@corp.example>
Sat Nov 21 18:38:05 2026 Info: MID 1010725 ICID 433756 RID 1 To: <li.larsen@corp.example>
Sat Nov 21 18:38:06 2026 Info: MID 1010725 Message-ID '<75741a6eaf9471fd893a.90194@supplier.example>'
Sat Nov 21 18:38:06 2026 Info: MID 1010725 Subject 'The "new" travel policy'
Sat Nov 21 18:38:06 2026 Info: MID 1010725 ready 39683 bytes from <john.mendes@supplier.example>
Sat Nov 21 18:38:06 2026 Info: ICID 433756 close
Sat Nov 21 18:38:06 2026 Info: MID 1010725 interim AV verdict using Sophos CLEAN
Sat Nov 21 18:38:06 2026 Info: MID 1010725 SPF: mailfrom identity john.mendes@supplier.example Pass (v=spf1)
Sat Nov 21 18:38:06 2026 Info: MID 1010725 DKIM: pass signature verified (d=supplier.example s=s9 i=@supplier.example)
Sat Nov 21 18:38:06 2026 Info: MID 1010725 antivirus negative
Sat Nov 21 18:38:06 2026 Info: MID 1010725 using engine: CASE spam negative
Sat Nov 21 18:38:06 2026 Info: MID 1010725 DMARC: Verification passed
Sat Nov 21 18:38:07 2026 Info: MID 1010725 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 18:38:07 2026 Info: MID 1010725 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 18:38:10 2026 Info: New SMTP DCID 209640 interface 192.0.2.20 address 192.0.2.50 port 6025
Sat Nov 21 18:38:10 2026 Info: Delivery start DCID 209640 MID 1010725 to RID [0, 1] to offbox IronPort Spam Quarantine
Sat Nov 21 18:38:10 2026 Info: Message done DCID 209640 MID 1010725 to RID [0, 1] (external quarantine)
Sat Nov 21 18:38:10 2026 Info: Message finished MID 1010725 done
Sat Nov 21 18:38:10 2026 Info: DCID 209640 close
Sat Nov 21 19:17:20 2026 Info: New SMTP ICID 433757 interface IncomingMail (192.0.2.10) address 198.51.190.202 reverse dns host mail.bank.example verified yes
Sat Nov 21 19:17:20 2026 Info: ICID 433757 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.6
Sat Nov 21 19:17:20 2026 Info: ICID 433757 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 19:17:20 2026 Info: Start MID 1010726 ICID 433757
Sat Nov 21 19:17:20 2026 Info: MID 1010726 ICID 433757 From: <sofia.walsh@bank.example>
Sat Nov 21 19:17:20 2026 Info: MID 1010726 ICID 433757 RID 0 To: <ravi.nguyen@corp-mail.example>
Sat Nov 21 19:17:20 2026 Info: MID 1010726 Message-ID '<188d16f853ba19650e9e.74594@bank.example>'
Sat Nov 21 19:17:20 2026 Info: MID 1010726 Subject 'Budget 2027 – first numbers'
Sat Nov 21 19:17:20 2026 Info: MID 1010726 ready 11742 bytes from <sofia.walsh@bank.example>
Sat Nov 21 19:17:20 2026 Info: MID 1010726 SPF: mailfrom identity sofia.walsh@bank.example Pass (v=spf1)
Sat Nov 21 19:17:20 2026 Info: ICID 433757 close
Sat Nov 21 19:17:20 2026 Info: MID 1010726 DKIM: pass signature verified (d=bank.example s=s5 i=@bank.example)
Sat Nov 21 19:17:20 2026 Info: MID 1010726 DMARC: Verification passed
Sat Nov 21 19:17:20 2026 Info: MID 1010726 using engine: CASE spam negative
Sat Nov 21 19:17:21 2026 Info: MID 1010726 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 19:17:21 2026 Info: MID 1010726 attachment 'notes.txt'
Sat Nov 21 19:17:22 2026 Info: MID 1010726 AMP file reputation verdict : CLEAN
Sat Nov 21 19:17:24 2026 Info: MID 1010726 queued for delivery
Sat Nov 21 19:17:27 2026 Info: New SMTP DCID 209641 interface 192.0.2.20 address 52.101.37.244 port 25
Sat Nov 21 19:17:27 2026 Info: DCID 209641 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 19:17:27 2026 Info: Delivery start DCID 209641 MID 1010726 to RID [0]
Sat Nov 21 19:17:28 2026 Info: Message done DCID 209641 MID 1010726 to RID [0]
Sat Nov 21 19:17:28 2026 Info: MID 1010726 RID [0] Response '2.0.0 Ok: queued as 7YNXJ2Dr7FDgT4vq'
Sat Nov 21 19:17:28 2026 Info: Message finished MID 1010726 done
Sat Nov 21 19:17:28 2026 Info: DCID 209641 close
Sat Nov 21 19:40:14 2026 Info: New SMTP ICID 433758 interface IncomingMail (192.0.2.10) address 198.51.79.246 reverse dns host mail.gmail.example verified yes
Sat Nov 21 19:40:14 2026 Info: ICID 433758 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.5
Sat Nov 21 19:40:14 2026 Info: ICID 433758 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 19:40:14 2026 Info: Start MID 1010727 ICID 433758
Sat Nov 21 19:40:14 2026 Info: MID 1010727 ICID 433758 From: <chen.fischer@gmail.example>
Sat Nov 21 19:40:14 2026 Info: MID 1010727 ICID 433758 RID 0 To: <ravi.nguyen@corp.example>
Sat Nov 21 19:40:15 2026 Info: MID 1010727 Message-ID '<7f4ad72adb6ca84835f0.33053@gmail.example>'
Sat Nov 21 19:40:15 2026 Info: MID 1010727 Subject 'Welcome to the team!'
Sat Nov 21 19:40:15 2026 Info: MID 1010727 ready 2248859 bytes from <chen.fischer@gmail.example>
Sat Nov 21 19:40:15 2026 Info: MID 1010727 using engine: CASE spam negative
Sat Nov 21 19:40:15 2026 Info: ICID 433758 close
Sat Nov 21 19:40:15 2026 Info: MID 1010727 interim AV verdict using Sophos CLEAN
Sat Nov 21 19:40:15 2026 Info: MID 1010727 SPF: mailfrom identity chen.fischer@gmail.example Pass (v=spf1)
Sat Nov 21 19:40:15 2026 Info: MID 1010727 DMARC: Verification passed
Sat Nov 21 19:40:15 2026 Info: MID 1010727 DKIM: pass signature verified (d=gmail.example s=s3 i=@gmail.example)
Sat Nov 21 19:40:15 2026 Info: MID 1010727 antivirus negative
Sat Nov 21 19:40:16 2026 Info: MID 1010727 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 19:40:16 2026 Info: MID 1010727 attachment 'Q3=20Report=202026.pdf'
Sat Nov 21 19:40:16 2026 Info: MID 1010727 attachment 'meeting.ics'
Sat Nov 21 19:40:16 2026 Info: MID 1010727 AMP file reputation verdict : LOWRISK
Sat Nov 21 19:40:18 2026 Info: MID 1010727 rewritten to MID 1010728 by url-rewrite filter 'Rewrite_URLs'
Sat Nov 21 19:40:18 2026 Info: Message finished MID 1010727 done
Sat Nov 21 19:40:18 2026 Info: MID 1010728 ICID 0 From: <chen.fischer@gmail.example>
Sat Nov 21 19:40:18 2026 Info: MID 1010728 ICID 0 RID 0 To: <ravi.nguyen@corp.example>
Sat Nov 21 19:40:18 2026 Info: MID 1010728 Message-ID '<7f4ad72adb6ca84835f0.33053@gmail.example>'
Sat Nov 21 19:40:18 2026 Info: MID 1010728 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 19:40:18 2026 Info: MID 1010728 queued for delivery
Sat Nov 21 19:40:19 2026 Info: New SMTP DCID 209642 interface 192.0.2.20 address 52.101.17.76 port 25
Sat Nov 21 19:40:19 2026 Info: DCID 209642 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 19:40:19 2026 Info: Delivery start DCID 209642 MID 1010728 to RID [0]
Sat Nov 21 19:40:19 2026 Info: Message done DCID 209642 MID 1010728 to RID [0]
Sat Nov 21 19:40:19 2026 Info: MID 1010728 RID [0] Response '2.6.0 [InternalId=623201147829, Hostname=AM0PR01MB4205.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 19:40:19 2026 Info: DCID 209642 close
Sat Nov 21 19:40:19 2026 Info: Message finished MID 1010728 done
Sat Nov 21 21:50:53 2026 Info: New SMTP ICID 433759 interface OutgoingMail (192.0.2.11) address 10.20.9.211 reverse dns host exch3.corp.example verified yes
Sat Nov 21 21:50:53 2026 Info: ICID 433759 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 21:50:54 2026 Info: Start MID 1010729 ICID 433759
Sat Nov 21 21:50:54 2026 Info: MID 1010729 ICID 433759 From: <li.haddad@corp.example>
Sat Nov 21 21:50:54 2026 Info: MID 1010729 ICID 433759 RID 0 To: <paul.smith@newsletter.example>
Sat Nov 21 21:50:54 2026 Info: MID 1010729 Message-ID '<e1659e3ac96b67cd3771.75569@corp.example>'
Sat Nov 21 21:50:54 2026 Info: MID 1010729 Subject 'Quarterly report'
Sat Nov 21 21:50:54 2026 Info: MID 1010729 ready 39888 bytes from <li.haddad@corp.example>
Sat Nov 21 21:50:54 2026 Info: MID 1010729 DMARC: Verification passed
Sat Nov 21 21:50:55 2026 Info: ICID 433759 close
Sat Nov 21 21:50:55 2026 Info: MID 1010729 DKIM: pass signature verified (d=corp.example s=s7 i=@corp.example)
Sat Nov 21 21:50:55 2026 Info: MID 1010729 SPF: mailfrom identity li.haddad@corp.example Pass (v=spf1)
Sat Nov 21 21:50:55 2026 Info: MID 1010729 using engine: CASE spam negative
Sat Nov 21 21:50:56 2026 Info: MID 1010729 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 21:50:56 2026 Info: MID 1010729 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 21:50:57 2026 Info: MID 1010729 queued for delivery
Sat Nov 21 21:51:01 2026 Info: New SMTP DCID 209643 interface 192.0.2.20 address 203.0.113.107 port 25
Sat Nov 21 21:51:01 2026 Info: DCID 209643 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 21:51:01 2026 Info: Delivery start DCID 209643 MID 1010729 to RID [0]
Sat Nov 21 21:51:03 2026 Info: Message done DCID 209643 MID 1010729 to RID [0]
Sat Nov 21 21:51:03 2026 Info: MID 1010729 RID [0] Response '2.0.0 Ok: queued as 9Ej79HwzxPpF849V'
Sat Nov 21 21:51:03 2026 Info: Message finished MID 1010729 done
Sat Nov 21 21:51:03 2026 Info: DCID 209643 close
Sat Nov 21 23:41:39 2026 Info: New SMTP ICID 433760 interface IncomingMail (192.0.2.10) address 198.51.10.157 reverse dns host mail.bank.example verified yes
Sat Nov 21 23:41:39 2026 Info: ICID 433760 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.3
Sat Nov 21 23:41:39 2026 Info: ICID 433760 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 23:41:39 2026 Info: Start MID 1010730 ICID 433760
Sat Nov 21 23:41:39 2026 Info: MID 1010730 ICID 433760 From: <sofia.walsh@bank.example>
Sat Nov 21 23:41:39 2026 Info: MID 1010730 ICID 433760 RID 0 To: <sam.obrien@corp.example>
Sat Nov 21 23:41:39 2026 Info: MID 1010730 ICID 433760 RID 1 To: <mia.garcia@corp.example>
Sat Nov 21 23:41:39 2026 Info: MID 1010730 ICID 433760 RID 2 To: <zoe.moreau@corp.example>
Sat Nov 21 23:41:39 2026 Info: MID 1010730 ICID 433760 RID 3 To: <ravi.obrien@corp.example>
Sat Nov 21 23:41:39 2026 Info: MID 1010730 Message-ID '<CAfPxq6K5-JC1rr0BMkw=L6c-xq5ZnO7sx+JewGIQdFs@mail.bank.example>'
Sat Nov 21 23:41:39 2026 Info: MID 1010730 Subject 'Your order 30451 has shipped'
Sat Nov 21 23:41:39 2026 Info: MID 1010730 ready 101110 bytes from <sofia.walsh@bank.example>
Sat Nov 21 23:41:39 2026 Info: ICID 433760 close
Sat Nov 21 23:41:40 2026 Info: MID 1010730 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 23:41:40 2026 Info: MID 1010730 using engine: CASE spam negative
Sat Nov 21 23:41:40 2026 Info: MID 1010730 attachment 'minutes-48728.docx'
Sat Nov 21 23:41:40 2026 Info: File reputation query initiating. File Name = 'minutes-48728.docx', MID = 1010730, File Size = 67961 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Sat Nov 21 23:41:40 2026 Info: MID 1010730 SPF: mailfrom identity sofia.walsh@bank.example Pass (v=spf1)
Sat Nov 21 23:41:40 2026 Info: MID 1010730 AMP file reputation verdict : CLEAN
Sat Nov 21 23:41:40 2026 Info: MID 1010730 antivirus negative
Sat Nov 21 23:41:40 2026 Info: MID 1010730 DMARC: Verification passed
Sat Nov 21 23:41:40 2026 Info: MID 1010730 DKIM: pass signature verified (d=bank.example s=s2 i=@bank.example)
Sat Nov 21 23:41:40 2026 Info: MID 1010730 interim AV verdict using Sophos CLEAN
Sat Nov 21 23:41:40 2026 Info: Response received for file reputation query from Cache. FileName = 'minutes-48728.docx', MID = 1010730, Disposition = CLEAN, Malware = None,Reputation Score = 5, sha256 =5b49156137c60e984f3e885ee1e437b7f735efe608d180113e940bb452d31e1b, upload_action = 2
Sat Nov 21 23:41:40 2026 Info: MID 1010730 queued for delivery
Sat Nov 21 23:41:41 2026 Info: New SMTP DCID 209644 interface 192.0.2.20 address 52.101.240.148 port 25
Sat Nov 21 23:41:41 2026 Info: DCID 209644 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 23:41:41 2026 Info: Delivery start DCID 209644 MID 1010730 to RID [0, 1, 2, 3]
Sat Nov 21 23:41:41 2026 Info: Message done DCID 209644 MID 1010730 to RID [0, 1, 2, 3]
Sat Nov 21 23:41:41 2026 Info: MID 1010730 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=752082255013, Hostname=AM0PR01MB7549.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 23:41:41 2026 Info: Message finished MID 1010730 done
Sat Nov 21 23:41:41 2026 Info: DCID 209644 close
Sun Nov 22 00:00:00 2026 Info: End Logfile
