Tue Nov 17 00:00:00 2026 Info: Begin Logfile
Tue Nov 17 00:00:00 2026 Info: Version: 15.5.1-055 SN: 42A3C1E8F7D2B9A6C4E1-5F8D0B3A7C2E
Tue Nov 17 00:00:00 2026 Info: Time offset from UTC: 0 seconds
Tue Nov 17 00:02:57 2026 Info: New SMTP ICID 415832 interface OutgoingMail (192.0.2.11) address 10.20.8.12 reverse dns host exch1.corp.example verified yes
Tue Nov 17 00:02:57 2026 Info: ICID 415832 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Tue Nov 17 00:02:57 2026 Info: Start MID 1040333 ICID 415832
Tue Nov 17 00:02:57 2026 Info: MID 1040333 ICID 415832 From: <eva.kowalski@corp.example>
Tue Nov 17 00:02:57 2026 Info: MID 1040333 ICID 415832 RID 0 To: <li.walsh@cloudapp.example>
Tue Nov 17 00:02:57 2026 Info: MID 1040333 ICID 415832 RID 1 To: <raj.obrien@partner.example>
Tue Nov 17 00:02:57 2026 Info: MID 1040333 ICID 415832 RID 2 To: <sofia.walsh@bank.example>
Tue Nov 17 00:02:58 2026 Info: MID 1040333 Message-ID '<c5a4b2af5cfb8ca5092f.71078@corp.example>'
Tue Nov 17 00:02:58 2026 Info: MID 1040333 Subject 'Reminder: timesheets due'
Tue Nov 17 00:02:58 2026 Info: MID 1040333 ready 27868 bytes from <eva.kowalski@corp.example>
Tue Nov 17 00:02:58 2026 Info: MID 1040333 DKIM: pass signature verified (d=corp.example s=s6 i=@corp.example)
Tue Nov 17 00:02:58 2026 Info: ICID 415832 close
Tue Nov 17 00:02:58 2026 Info: MID 1040333 using engine: CASE spam negative
Tue Nov 17 00:02:58 2026 Info: MID 1040333 SPF: mailfrom identity eva.kowalski@corp.example Pass (v=spf1)
Tue Nov 17 00:02:58 2026 Info: MID 1040333 DMARC: Verification passed
Tue Nov 17 00:02:58 2026 Info: MID 1040333 matched all recipients for per-recipient policy DEFAULT in the outbound table
Tue Nov 17 00:02:59 2026 Info: MID 1040333 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 00:03:00 2026 Info: MID 1040333 queued for delivery
Tue Nov 17 00:03:03 2026 Info: New SMTP DCID 203801 interface 192.0.2.20 address 203.0.113.131 port 25
Tue Nov 17 00:03:03 2026 Info: DCID 203801 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 00:03:03 2026 Info: Delivery start DCID 203801 MID 1040333 to RID [0]
Tue Nov 17 00:03:04 2026 Info: Message done DCID 203801 MID 1040333 to RID [0]
Tue Nov 17 00:03:04 2026 Info: MID 1040333 RID [0] Response '2.0.0 Ok: queued as 7j3DZ6zZQbXsoG2s'
Tue Nov 17 00:03:04 2026 Info: New SMTP DCID 203802 interface 192.0.2.20 address 203.0.113.217 port 25
Tue Nov 17 00:03:04 2026 Info: DCID 203802 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 00:03:04 2026 Info: Delivery start DCID 203802 MID 1040333 to RID [1]
Tue Nov 17 00:03:04 2026 Info: DCID 203801 close
Tue Nov 17 00:03:04 2026 Info: Message done DCID 203802 MID 1040333 to RID [1]
Tue Nov 17 00:03:04 2026 Info: MID 1040333 RID [1] Response '2.0.0 Ok: queued as mf3jCxErN7P8EChY'
Tue Nov 17 00:03:04 2026 Info: New SMTP DCID 203803 interface 192.0.2.20 address 203.0.113.192 port 25
Tue Nov 17 00:03:04 2026 Info: DCID 203803 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 00:03:04 2026 Info: Delivery start DCID 203803 MID 1040333 to RID [2]
Tue Nov 17 00:03:04 2026 Info: DCID 203802 close
Tue Nov 17 00:03:05 2026 Info: Message done DCID 203803 MID 1040333 to RID [2]
Tue Nov 17 00:03:05 2026 Info: MID 1040333 RID [2] Response '2.0.0 Ok: queued as M5tSNSYov7EMX7cr'
Tue Nov 17 00:03:05 2026 Info: Message finished MID 1040333 done
Tue Nov 17 00:03:05 2026 Info: DCID 203803 close
Tue Nov 17 06:06:01 2026 Info: New SMTP ICID 415833 interface IncomingMail (192.0.2.10) address 198.51.227.223 reverse dns host mail.newsletter.example verified yes
Tue Nov 17 06:06:01 2026 Info: ICID 415833 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.0
Tue Nov 17 06:06:01 2026 Info: ICID 415833 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 06:06:02 2026 Info: Start MID 1040334 ICID 415833
Tue Nov 17 06:06:02 2026 Info: MID 1040334 ICID 415833 From: <paul.smith@newsletter.example>
Tue Nov 17 06:06:02 2026 Info: MID 1040334 ICID 415833 RID 0 To: <ana.kowalski@corp.example>
Tue Nov 17 06:06:02 2026 Info: MID 1040334 Message-ID '<a3e4676d5f95c6ad7bac.57772@newsletter.example>'
Tue Nov 17 06:06:02 2026 Info: MID 1040334 Subject 'Re: Re: Re: hiring plan'
Tue Nov 17 06:06:02 2026 Info: MID 1040334 ready 25544 bytes from <paul.smith@newsletter.example>
Tue Nov 17 06:06:02 2026 Info: MID 1040334 interim AV verdict using Sophos CLEAN
Tue Nov 17 06:06:02 2026 Info: MID 1040334 DMARC: Verification passed
Tue Nov 17 06:06:02 2026 Info: MID 1040334 antivirus negative
Tue Nov 17 06:06:02 2026 Info: MID 1040334 SPF: mailfrom identity paul.smith@newsletter.example Pass (v=spf1)
Tue Nov 17 06:06:02 2026 Info: ICID 415833 close
Tue Nov 17 06:06:02 2026 Info: MID 1040334 using engine: CASE spam negative
Tue Nov 17 06:06:02 2026 Info: MID 1040334 DKIM: pass signature verified (d=newsletter.example s=s3 i=@newsletter.example)
Tue Nov 17 06:06:03 2026 Info: New SMTP ICID 415834 interface IncomingMail (192.0.2.10) address 198.51.14.254 reverse dns host mail.cloudapp.example verified yes
Tue Nov 17 06:06:03 2026 Info: ICID 415834 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.5
Tue Nov 17 06:06:03 2026 Info: ICID 415834 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 06:06:03 2026 Info: Start MID 1040335 ICID 415834
Tue Nov 17 06:06:03 2026 Info: MID 1040335 ICID 415834 From: <kofi.rossi@cloudapp.example>
Tue Nov 17 06:06:03 2026 Info: MID 1040335 ICID 415834 RID 0 To: <journal@corp.example>
Tue Nov 17 06:06:03 2026 Info: MID 1040335 ICID 415834 RID 1 To: <sofia.tanaka@corp-legacy.example>
Tue Nov 17 06:06:03 2026 Info: MID 1040334 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 06:06:03 2026 Info: MID 1040334 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 06:06:04 2026 Info: MID 1040335 Message-ID '<205039034600db39b22b.94439@cloudapp.example>'
Tue Nov 17 06:06:04 2026 Info: MID 1040335 Subject 'Re: [support #16404] FW: issue with the VPN client after the latest update (urgent)'
Tue Nov 17 06:06:04 2026 Info: MID 1040335 ready 35804 bytes from <kofi.rossi@cloudapp.example>
Tue Nov 17 06:06:04 2026 Info: MID 1040335 DMARC: Verification passed
Tue Nov 17 06:06:04 2026 Info: MID 1040335 antivirus negative
Tue Nov 17 06:06:04 2026 Info: MID 1040335 using engine: CASE spam negative
Tue Nov 17 06:06:04 2026 Info: ICID 415834 close
Tue Nov 17 06:06:04 2026 Info: MID 1040335 interim AV verdict using Sophos CLEAN
Tue Nov 17 06:06:04 2026 Info: MID 1040335 DKIM: pass signature verified (d=cloudapp.example s=s3 i=@cloudapp.example)
Tue Nov 17 06:06:04 2026 Info: MID 1040335 SPF: mailfrom identity kofi.rossi@cloudapp.example Pass (v=spf1)
Tue Nov 17 06:06:04 2026 Info: MID 1040335 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 06:06:04 2026 Info: MID 1040335 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 06:06:05 2026 Info: MID 1040334 queued for delivery
Tue Nov 17 06:06:06 2026 Info: MID 1040335 queued for delivery
Tue Nov 17 06:06:07 2026 Info: New SMTP DCID 203804 interface 192.0.2.20 address 52.101.133.99 port 25
Tue Nov 17 06:06:07 2026 Info: DCID 203804 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 06:06:07 2026 Info: Delivery start DCID 203804 MID 1040334 to RID [0]
Tue Nov 17 06:06:08 2026 Info: New SMTP DCID 203805 interface 192.0.2.20 address 52.101.223.190 port 25
Tue Nov 17 06:06:08 2026 Info: DCID 203805 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 06:06:08 2026 Info: Delivery start DCID 203805 MID 1040335 to RID [0]
Tue Nov 17 06:06:08 2026 Info: Message done DCID 203805 MID 1040335 to RID [0]
Tue Nov 17 06:06:08 2026 Info: MID 1040335 RID [0] Response '2.6.0 [InternalId=303025835012, Hostname=AM0PR01MB7574.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 06:06:08 2026 Info: New SMTP DCID 203806 interface 192.0.2.20 address 10.30.0.25 port 25
Tue Nov 17 06:06:08 2026 Info: DCID 203806 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 06:06:08 2026 Info: Delivery start DCID 203806 MID 1040335 to RID [1]
Tue Nov 17 06:06:08 2026 Info: DCID 203805 close
Tue Nov 17 06:06:10 2026 Info: Message done DCID 203804 MID 1040334 to RID [0]
Tue Nov 17 06:06:10 2026 Info: MID 1040334 RID [0] Response '2.6.0 [InternalId=812345031039, Hostname=AM0PR01MB7168.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 06:06:10 2026 Info: DCID 203804 close
Tue Nov 17 06:06:10 2026 Info: Message finished MID 1040334 done
Tue Nov 17 06:06:11 2026 Info: Message done DCID 203806 MID 1040335 to RID [1]
Tue Nov 17 06:06:11 2026 Info: MID 1040335 RID [1] Response '2.0.0 Ok: queued as KqA3xe7igC8krF9F'
Tue Nov 17 06:06:11 2026 Info: Message finished MID 1040335 done
Tue Nov 17 06:06:11 2026 Info: DCID 203806 close
Tue Nov 17 07:11:52 2026 Info: New SMTP ICID 415835 interface IncomingMail (192.0.2.10) address 198.51.129.229 reverse dns host mail.gmail.example verified yes
Tue Nov 17 07:11:52 2026 Info: ICID 415835 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.4
Tue Nov 17 07:11:52 2026 Info: ICID 415835 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 07:11:52 2026 Info: Start MID 1040336 ICID 415835
Tue Nov 17 07:11:52 2026 Info: MID 1040336 ICID 415835 From: <leo.jensen@gmail.example>
Tue Nov 17 07:11:52 2026 Info: MID 1040336 ICID 415835 RID 0 To: <ivan.okafor@corp-mail.example>
Tue Nov 17 07:11:53 2026 Info: MID 1040336 Message-ID '<773c5a042e55760df6b9.33374@gmail.example>'
Tue Nov 17 07:11:53 2026 Info: MID 1040336 Subject 'FW: contract draft'
Tue Nov 17 07:11:53 2026 Info: MID 1040336 ready 20175 bytes from <leo.jensen@gmail.example>
Tue Nov 17 07:11:53 2026 Info: MID 1040336 URL https://www.gmail.example/t/e8a96befb6 has reputation 7.9 matched Condition: URL Reputation Rule
Tue Nov 17 07:11:53 2026 Info: MID 1040336 using engine: CASE spam negative
Tue Nov 17 07:11:53 2026 Info: MID 1040336 SPF: mailfrom identity leo.jensen@gmail.example Pass (v=spf1)
Tue Nov 17 07:11:53 2026 Info: MID 1040336 Outbreak Filters: verdict negative
Tue Nov 17 07:11:53 2026 Info: ICID 415835 close
Tue Nov 17 07:11:54 2026 Info: MID 1040336 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 07:11:54 2026 Info: MID 1040336 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 07:11:55 2026 Info: MID 1040336 queued for delivery
Tue Nov 17 07:11:57 2026 Info: New SMTP DCID 203807 interface 192.0.2.20 address 52.101.166.240 port 25
Tue Nov 17 07:11:57 2026 Info: DCID 203807 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 07:11:57 2026 Info: Delivery start DCID 203807 MID 1040336 to RID [0]
Tue Nov 17 07:11:58 2026 Info: Message done DCID 203807 MID 1040336 to RID [0]
Tue Nov 17 07:11:58 2026 Info: MID 1040336 RID [0] Response '2.6.0 [InternalId=435085146883, Hostname=AM0PR01MB1417.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 07:11:58 2026 Info: DCID 203807 close
Tue Nov 17 07:11:58 2026 Info: Message finished MID 1040336 done
Tue Nov 17 07:40:03 2026 Info: New SMTP ICID 415836 interface IncomingMail (192.0.2.10) address 198.51.37.178 reverse dns host mail.gmail.example verified yes
Tue Nov 17 07:40:03 2026 Info: ICID 415836 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.4
Tue Nov 17 07:40:03 2026 Info: ICID 415836 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 07:40:04 2026 Info: Start MID 1040337 ICID 415836
Tue Nov 17 07:40:04 2026 Info: MID 1040337 ICID 415836 From: <marc.mendes@gmail.example>
Tue Nov 17 07:40:04 2026 Info: MID 1040337 ICID 415836 RID 0 To: <nora.mendes@corp.example>
Tue Nov 17 07:40:04 2026 Info: MID 1040337 Message-ID '<0ee07c56878f7fbd595a.9604@gmail.example>'
Tue Nov 17 07:40:04 2026 Info: MID 1040337 Subject 'Café menu for next week'
Tue Nov 17 07:40:04 2026 Info: MID 1040337 ready 34142 bytes from <marc.mendes@gmail.example>
Tue Nov 17 07:40:04 2026 Info: MID 1040337 DKIM: pass signature verified (d=gmail.example s=s5 i=@gmail.example)
Tue Nov 17 07:40:04 2026 Info: ICID 415836 close
Tue Nov 17 07:40:04 2026 Info: MID 1040337 using engine: CASE spam negative
Tue Nov 17 07:40:04 2026 Info: MID 1040337 DMARC: Verification passed
Tue Nov 17 07:40:04 2026 Info: MID 1040337 SPF: mailfrom identity marc.mendes@gmail.example Pass (v=spf1)
Tue Nov 17 07:40:04 2026 Info: MID 1040337 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 07:40:05 2026 Info: MID 1040337 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 07:40:06 2026 Info: MID 1040337 queued for delivery
Tue Nov 17 07:40:07 2026 Info: New SMTP DCID 203808 interface 192.0.2.20 address 52.101.46.241 port 25
Tue Nov 17 07:40:07 2026 Info: DCID 203808 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 07:40:07 2026 Info: Delivery start DCID 203808 MID 1040337 to RID [0]
Tue Nov 17 07:40:07 2026 Info: Message done DCID 203808 MID 1040337 to RID [0]
Tue Nov 17 07:40:07 2026 Info: MID 1040337 RID [0] Response '2.6.0 [InternalId=502897657645, Hostname=AM0PR01MB9362.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 07:40:07 2026 Info: DCID 203808 close
Tue Nov 17 07:40:07 2026 Info: Message finished MID 1040337 done
Tue Nov 17 07:40:52 2026 Info: New SMTP ICID 415837 interface IncomingMail (192.0.2.10) address 198.51.183.143 reverse dns host mail.cloudapp.example verified yes
Tue Nov 17 07:40:52 2026 Info: ICID 415837 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.2
Tue Nov 17 07:40:52 2026 Info: ICID 415837 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 07:40:52 2026 Info: Start MID 1040338 ICID 415837
Tue Nov 17 07:40:52 2026 Info: MID 1040338 ICID 415837 From: <li.walsh@cloudapp.example>
Tue Nov 17 07:40:52 2026 Info: MID 1040338 ICID 415837 RID 0 To: <marc.kowalski@corp.example>
Tue Nov 17 07:40:52 2026 Info: MID 1040338 ICID 415837 RID 1 To: <omar.garcia@corp.example>
Tue Nov 17 07:40:52 2026 Info: MID 1040338 ICID 415837 RID 2 To: <sara.novak23@corp.example>
Tue Nov 17 07:40:52 2026 Info: MID 1040338 ICID 415837 RID 3 To: <lucia.okafor@corp.example>
Tue Nov 17 07:40:52 2026 Info: MID 1040338 ICID 415837 RID 4 To: <paul.moreau@corp.example>
Tue Nov 17 07:40:52 2026 Info: MID 1040338 ICID 415837 RID 5 To: <omar.mendes@corp.example>
Tue Nov 17 07:40:53 2026 Info: MID 1040338 Message-ID '<eb2bc7f9cf0420eb0093.72860@cloudapp.example>'
Tue Nov 17 07:40:53 2026 Info: MID 1040338 Subject 'Invoice 11104'
Tue Nov 17 07:40:53 2026 Info: MID 1040338 ready 19853 bytes from <li.walsh@cloudapp.example>
Tue Nov 17 07:40:53 2026 Info: MID 1040338 using engine: CASE spam negative
Tue Nov 17 07:40:53 2026 Info: MID 1040338 SPF: mailfrom identity li.walsh@cloudapp.example Pass (v=spf1)
Tue Nov 17 07:40:53 2026 Info: ICID 415837 close
Tue Nov 17 07:40:53 2026 Info: MID 1040338 DMARC: Verification passed
Tue Nov 17 07:40:53 2026 Info: MID 1040338 DKIM: pass signature verified (d=cloudapp.example s=s3 i=@cloudapp.example)
Tue Nov 17 07:40:54 2026 Info: MID 1040338 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 07:40:54 2026 Info: MID 1040338 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 07:40:55 2026 Info: MID 1040338 queued for delivery
Tue Nov 17 07:40:55 2026 Info: New SMTP DCID 203809 interface 192.0.2.20 address 52.101.70.71 port 25
Tue Nov 17 07:40:55 2026 Info: DCID 203809 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 07:40:55 2026 Info: Delivery start DCID 203809 MID 1040338 to RID [0, 1, 2, 3, 4, 5]
Tue Nov 17 07:40:57 2026 Info: Message done DCID 203809 MID 1040338 to RID [0, 1, 2, 3, 4, 5]
Tue Nov 17 07:40:57 2026 Info: MID 1040338 RID [0, 1, 2, 3, 4, 5] Response '2.6.0 [InternalId=215894569046, Hostname=AM0PR01MB5361.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 07:40:57 2026 Info: Message finished MID 1040338 done
Tue Nov 17 07:40:57 2026 Info: DCID 203809 close
Tue Nov 17 07:44:29 2026 Info: New SMTP ICID 415838 interface IncomingMail (192.0.2.10) address 198.51.63.172 reverse dns host mail.partner.example verified yes
Tue Nov 17 07:44:29 2026 Info: ICID 415838 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.8
Tue Nov 17 07:44:29 2026 Info: ICID 415838 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 07:44:29 2026 Info: Start MID 1040339 ICID 415838
Tue Nov 17 07:44:29 2026 Info: MID 1040339 ICID 415838 From: <raj.obrien@partner.example>
Tue Nov 17 07:44:29 2026 Info: MID 1040339 ICID 415838 RID 0 To: <Ravi.Obrien@Corp.Example>
Tue Nov 17 07:44:29 2026 Info: MID 1040339 ICID 415838 RID 1 To: <sam.obrien@corp-mail.example>
Tue Nov 17 07:44:29 2026 Info: MID 1040339 ICID 415838 RID 2 To: <mia.garcia@corp.example>
Tue Nov 17 07:44:29 2026 Info: MID 1040339 ICID 415838 RID 3 To: <zoe.moreau@corp.example>
Tue Nov 17 07:44:30 2026 Info: MID 1040339 Message-ID '<6ba52b36643db5fd7299.25875@partner.example>'
Tue Nov 17 07:44:30 2026 Info: MID 1040339 Subject 'Invoice 69770'
Tue Nov 17 07:44:30 2026 Info: MID 1040339 ready 21459 bytes from <raj.obrien@partner.example>
Tue Nov 17 07:44:30 2026 Info: ICID 415838 close
Tue Nov 17 07:44:30 2026 Info: MID 1040339 using engine: CASE spam negative
Tue Nov 17 07:44:30 2026 Info: MID 1040339 DMARC: Verification passed
Tue Nov 17 07:44:30 2026 Info: MID 1040339 DKIM: pass signature verified (d=partner.example s=s1 i=@partner.example)
Tue Nov 17 07:44:30 2026 Info: MID 1040339 SPF: mailfrom identity raj.obrien@partner.example Pass (v=spf1)
Tue Nov 17 07:44:32 2026 Info: MID 1040339 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 07:44:32 2026 Info: MID 1040339 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 07:44:32 2026 Info: MID 1040339 queued for delivery
Tue Nov 17 07:44:33 2026 Info: New SMTP DCID 203810 interface 192.0.2.20 address 52.101.123.232 port 25
Tue Nov 17 07:44:33 2026 Info: DCID 203810 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 07:44:33 2026 Info: Delivery start DCID 203810 MID 1040339 to RID [0, 1, 2, 3]
Tue Nov 17 07:44:34 2026 Info: Message done DCID 203810 MID 1040339 to RID [0, 1, 2, 3]
Tue Nov 17 07:44:34 2026 Info: MID 1040339 RID [0, 1, 2, 3] Response '2.0.0 Ok: queued as TURkcHe82m2deqMj'
Tue Nov 17 07:44:34 2026 Info: Message finished MID 1040339 done
Tue Nov 17 07:44:34 2026 Info: DCID 203810 close
Tue Nov 17 07:50:27 2026 Info: New SMTP ICID 415839 interface IncomingMail (192.0.2.10) address 198.51.250.138 reverse dns host mail.partner.example verified yes
Tue Nov 17 07:50:27 2026 Info: ICID 415839 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.3
Tue Nov 17 07:50:27 2026 Info: ICID 415839 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 07:50:27 2026 Info: Start MID 1040340 ICID 415839
Tue Nov 17 07:50:27 2026 Info: MID 1040340 ICID 415839 From: <nora.okafor@partner.example>
Tue Nov 17 07:50:27 2026 Info: MID 1040340 ICID 415839 RID 0 To: <nora.mendes@corp.example>
Tue Nov 17 07:50:28 2026 Info: MID 1040340 Message-ID '<a486fd0298f22d8cc108.25528@partner.example>'
Tue Nov 17 07:50:28 2026 Info: MID 1040340 Subject 'FW: contract draft'
Tue Nov 17 07:50:28 2026 Info: MID 1040340 ready 3723 bytes from <nora.okafor@partner.example>
Tue Nov 17 07:50:28 2026 Info: MID 1040340 DKIM: pass signature verified (d=partner.example s=s9 i=@partner.example)
Tue Nov 17 07:50:28 2026 Info: MID 1040340 using engine: CASE spam negative
Tue Nov 17 07:50:28 2026 Info: MID 1040340 SPF: mailfrom identity nora.okafor@partner.example Pass (v=spf1)
Tue Nov 17 07:50:28 2026 Info: MID 1040340 antivirus negative
Tue Nov 17 07:50:28 2026 Info: ICID 415839 close
Tue Nov 17 07:50:28 2026 Info: MID 1040340 DMARC: Verification passed
Tue Nov 17 07:50:28 2026 Info: MID 1040340 interim AV verdict using Sophos CLEAN
Tue Nov 17 07:50:29 2026 Info: MID 1040340 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 07:50:29 2026 Info: MID 1040340 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 07:50:30 2026 Info: MID 1040340 queued for delivery
Tue Nov 17 07:50:31 2026 Info: New SMTP DCID 203811 interface 192.0.2.20 address 52.101.56.41 port 25
Tue Nov 17 07:50:31 2026 Info: DCID 203811 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 07:50:31 2026 Info: Delivery start DCID 203811 MID 1040340 to RID [0]
Tue Nov 17 07:50:32 2026 Info: Message done DCID 203811 MID 1040340 to RID [0]
Tue Nov 17 07:50:32 2026 Info: MID 1040340 RID [0] Response '2.6.0 [InternalId=231622980925, Hostname=AM0PR01MB7826.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 07:50:32 2026 Info: Message finished MID 1040340 done
Tue Nov 17 07:50:32 2026 Info: DCID 203811 close
Tue Nov 17 08:56:39 2026 Info: New SMTP ICID 415840 interface OutgoingMail (192.0.2.11) address 10.20.8.141 reverse dns host exch4.corp.example verified yes
Tue Nov 17 08:56:39 2026 Info: ICID 415840 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Tue Nov 17 08:56:40 2026 Info: Start MID 1040341 ICID 415840
Tue Nov 17 08:56:40 2026 Info: MID 1040341 ICID 415840 From: <sam.obrien@corp.example>
Tue Nov 17 08:56:40 2026 Info: MID 1040341 ICID 415840 RID 0 To: <ida.kim@partner.example>
Tue Nov 17 08:56:40 2026 Info: MID 1040341 Message-ID '<611603190fc7d5e2aa2b.91074@corp.example>'
Tue Nov 17 08:56:40 2026 Info: MID 1040341 Subject 'Budget 2027 – first numbers'
Tue Nov 17 08:56:40 2026 Info: MID 1040341 ready 14156 bytes from <sam.obrien@corp.example>
Tue Nov 17 08:56:40 2026 Info: MID 1040341 using engine: CASE spam negative
Tue Nov 17 08:56:40 2026 Info: ICID 415840 close
Tue Nov 17 08:56:40 2026 Info: MID 1040341 URL https://www.corp.example/t/1777d96c9c has reputation 4.5 matched Condition: URL Reputation Rule
Tue Nov 17 08:56:40 2026 Info: MID 1040341 Outbreak Filters: verdict negative
Tue Nov 17 08:56:40 2026 Info: MID 1040341 SPF: mailfrom identity sam.obrien@corp.example Pass (v=spf1)
Tue Nov 17 08:56:41 2026 Info: MID 1040341 matched all recipients for per-recipient policy DEFAULT in the outbound table
Tue Nov 17 08:56:41 2026 Info: MID 1040341 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 08:56:43 2026 Info: MID 1040341 queued for delivery
Tue Nov 17 08:56:46 2026 Info: New SMTP DCID 203812 interface 192.0.2.20 address 203.0.113.200 port 25
Tue Nov 17 08:56:46 2026 Info: DCID 203812 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 08:56:46 2026 Info: Delivery start DCID 203812 MID 1040341 to RID [0]
Tue Nov 17 08:56:49 2026 Info: Message done DCID 203812 MID 1040341 to RID [0]
Tue Nov 17 08:56:49 2026 Info: MID 1040341 RID [0] Response '2.0.0 Ok: queued as tDnqHUbQGJcAwZRQ'
Tue Nov 17 08:56:49 2026 Info: Message finished MID 1040341 done
Tue Nov 17 08:56:49 2026 Info: DCID 203812 close
Tue Nov 17 09:24:09 2026 Info: New SMTP ICID 415841 interface IncomingMail (192.0.2.10) address 198.51.97.253 reverse dns host mail.university.example verified yes
Tue Nov 17 09:24:09 2026 Info: ICID 415841 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.0
Tue Nov 17 09:24:09 2026 Info: ICID 415841 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 09:24:09 2026 Info: Start MID 1040342 ICID 415841
Tue Nov 17 09:24:09 2026 Info: MID 1040342 ICID 415841 From: <emma.larsen@university.example>
Tue Nov 17 09:24:09 2026 Info: MID 1040342 ICID 415841 RID 0 To: <ravi.nguyen48@corp-mail.example>
Tue Nov 17 09:24:09 2026 Info: MID 1040342 Message-ID '<b70822b0fcb56e1c6a1b.40183@university.example>'
Tue Nov 17 09:24:09 2026 Info: MID 1040342 Subject 'Reminder: timesheets due'
Tue Nov 17 09:24:09 2026 Info: MID 1040342 ready 503220 bytes from <emma.larsen@university.example>
Tue Nov 17 09:24:09 2026 Info: MID 1040342 DKIM: pass signature verified (d=university.example s=s9 i=@university.example)
Tue Nov 17 09:24:09 2026 Info: MID 1040342 using engine: CASE spam negative
Tue Nov 17 09:24:09 2026 Info: MID 1040342 SPF: mailfrom identity emma.larsen@university.example Pass (v=spf1)
Tue Nov 17 09:24:09 2026 Info: MID 1040342 interim AV verdict using Sophos CLEAN
Tue Nov 17 09:24:09 2026 Info: MID 1040342 antivirus negative
Tue Nov 17 09:24:09 2026 Info: ICID 415841 close
Tue Nov 17 09:24:09 2026 Info: MID 1040342 DMARC: Verification passed
Tue Nov 17 09:24:10 2026 Info: MID 1040342 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 09:24:11 2026 Info: MID 1040342 attachment 'Q1 Report 2026.pdf'
Tue Nov 17 09:24:11 2026 Info: MID 1040342 AMP file reputation verdict : UNKNOWN
Tue Nov 17 09:24:12 2026 Info: New SMTP ICID 415842 interface IncomingMail (192.0.2.10) address 198.51.178.226 reverse dns host mail.supplier.example verified yes
Tue Nov 17 09:24:12 2026 Info: ICID 415842 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.5
Tue Nov 17 09:24:12 2026 Info: ICID 415842 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 09:24:12 2026 Info: Start MID 1040343 ICID 415842
Tue Nov 17 09:24:12 2026 Info: MID 1040343 ICID 415842 From: <john.mendes@supplier.example>
Tue Nov 17 09:24:12 2026 Info: MID 1040343 ICID 415842 RID 0 To: <lena.sato@corp.example>
Tue Nov 17 09:24:12 2026 Info: New SMTP DCID 203813 interface 192.0.2.20 address 192.0.2.50 port 6025
Tue Nov 17 09:24:12 2026 Info: Delivery start DCID 203813 MID 1040342 to RID [0] to offbox IronPort Spam Quarantine
Tue Nov 17 09:24:12 2026 Info: Message done DCID 203813 MID 1040342 to RID [0] (external quarantine)
Tue Nov 17 09:24:12 2026 Info: Message finished MID 1040342 done
Tue Nov 17 09:24:12 2026 Info: DCID 203813 close
Tue Nov 17 09:24:13 2026 Info: MID 1040343 Message-ID "<o'brien.ccf5d1aef391@supplier.example>"
Tue Nov 17 09:24:13 2026 Info: MID 1040343 Subject 'Lunch on Friday?'
Tue Nov 17 09:24:13 2026 Info: MID 1040343 ready 15485 bytes from <john.mendes@supplier.example>
Tue Nov 17 09:24:13 2026 Info: MID 1040343 antivirus negative
Tue Nov 17 09:24:13 2026 Info: ICID 415842 close
Tue Nov 17 09:24:13 2026 Info: MID 1040343 interim AV verdict using Sophos CLEAN
Tue Nov 17 09:24:13 2026 Info: MID 1040343 using engine: CASE spam negative
Tue Nov 17 09:24:13 2026 Info: MID 1040343 DMARC: Verification passed
Tue Nov 17 09:24:13 2026 Info: MID 1040343 SPF: mailfrom identity john.mendes@supplier.example Pass (v=spf1)
Tue Nov 17 09:24:13 2026 Info: MID 1040343 DKIM: pass signature verified (d=supplier.example s=s9 i=@supplier.example)
Tue Nov 17 09:24:14 2026 Info: MID 1040343 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 09:24:14 2026 Info: MID 1040343 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 09:24:14 2026 Info: MID 1040343 queued for delivery
Tue Nov 17 09:24:15 2026 Info: New SMTP ICID 415843 interface OutgoingMail (192.0.2.11) address 10.20.3.145 reverse dns host exch2.corp.example verified yes
Tue Nov 17 09:24:15 2026 Info: ICID 415843 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Tue Nov 17 09:24:15 2026 Info: Start MID 1040344 ICID 415843
Tue Nov 17 09:24:15 2026 Info: MID 1040344 ICID 415843 From: <sam.obrien@corp.example>
Tue Nov 17 09:24:15 2026 Info: MID 1040344 ICID 415843 RID 0 To: <mary.moreau@logistics.example>
Tue Nov 17 09:24:16 2026 Info: MID 1040344 Message-ID '<3376de95d94507d317ee.54977@corp.example>'
Tue Nov 17 09:24:16 2026 Info: MID 1040344 Subject 'Candidate CV 55299'
Tue Nov 17 09:24:16 2026 Info: MID 1040344 ready 17204 bytes from <sam.obrien@corp.example>
Tue Nov 17 09:24:16 2026 Info: MID 1040344 DMARC: Verification passed
Tue Nov 17 09:24:16 2026 Info: MID 1040344 using engine: CASE spam negative
Tue Nov 17 09:24:16 2026 Info: ICID 415843 close
Tue Nov 17 09:24:16 2026 Info: MID 1040344 SPF: mailfrom identity sam.obrien@corp.example Pass (v=spf1)
Tue Nov 17 09:24:16 2026 Info: MID 1040344 DKIM: pass signature verified (d=corp.example s=s2 i=@corp.example)
Tue Nov 17 09:24:17 2026 Info: MID 1040344 matched all recipients for per-recipient policy DEFAULT in the outbound table
Tue Nov 17 09:24:17 2026 Info: MID 1040344 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 09:24:18 2026 Info: MID 1040344 queued for delivery
Tue Nov 17 09:24:18 2026 Info: New SMTP DCID 203814 interface 192.0.2.20 address 52.101.35.136 port 25
Tue Nov 17 09:24:18 2026 Info: DCID 203814 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 09:24:18 2026 Info: Delivery start DCID 203814 MID 1040343 to RID [0]
Tue Nov 17 09:24:19 2026 Info: Message done DCID 203814 MID 1040343 to RID [0]
Tue Nov 17 09:24:19 2026 Info: MID 1040343 RID [0] Response '2.0.0 Ok: queued as FTupqqBzCPTeFaHV'
Tue Nov 17 09:24:19 2026 Info: Message finished MID 1040343 done
Tue Nov 17 09:24:19 2026 Info: DCID 203814 close
Tue Nov 17 09:24:20 2026 Info: New SMTP DCID 203815 interface 192.0.2.20 address 203.0.113.97 port 25
Tue Nov 17 09:24:20 2026 Info: DCID 203815 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 09:24:20 2026 Info: Delivery start DCID 203815 MID 1040344 to RID [0]
Tue Nov 17 09:24:21 2026 Info: Message done DCID 203815 MID 1040344 to RID [0]
Tue Nov 17 09:24:21 2026 Info: MID 1040344 RID [0] Response '2.0.0 Ok: queued as vYvgoPvn9QYvQuzK'
Tue Nov 17 09:24:21 2026 Info: Message finished MID 1040344 done
Tue Nov 17 09:24:21 2026 Info: DCID 203815 close
Tue Nov 17 10:24:38 2026 Info: New SMTP ICID 415844 interface IncomingMail (192.0.2.10) address 198.51.83.53 reverse dns host mail.partner.example verified yes
Tue Nov 17 10:24:38 2026 Info: ICID 415844 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.3
Tue Nov 17 10:24:38 2026 Info: ICID 415844 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 10:24:38 2026 Info: Start MID 1040345 ICID 415844
Tue Nov 17 10:24:38 2026 Info: MID 1040345 ICID 415844 From: <ewa.obrien@partner.example>
Tue Nov 17 10:24:38 2026 Info: MID 1040345 ICID 415844 RID 0 To: <sam.obrien@corp.example>
Tue Nov 17 10:24:39 2026 Info: MID 1040345 Message-ID '<13fce0d35a218d60%78#&a35cb@partner.example>'
Tue Nov 17 10:24:39 2026 Info: MID 1040345 Subject 'Invoice 55246'
Tue Nov 17 10:24:39 2026 Info: MID 1040345 ready 23839 bytes from <ewa.obrien@partner.example>
Tue Nov 17 10:24:39 2026 Info: MID 1040345 SPF: mailfrom identity ewa.obrien@partner.example Pass (v=spf1)
Tue Nov 17 10:24:39 2026 Info: MID 1040345 URL https://www.partner.example/t/b436b4da83 has reputation 4.5 matched Condition: URL Reputation Rule
Tue Nov 17 10:24:39 2026 Info: ICID 415844 close
Tue Nov 17 10:24:39 2026 Info: MID 1040345 using engine: CASE spam negative
Tue Nov 17 10:24:39 2026 Info: MID 1040345 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 10:24:39 2026 Info: MID 1040345 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 10:24:41 2026 Info: MID 1040345 queued for delivery
Tue Nov 17 10:24:41 2026 Info: New SMTP ICID 415845 interface IncomingMail (192.0.2.10) address 198.51.96.166 reverse dns host mail.gmail.example verified yes
Tue Nov 17 10:24:41 2026 Info: ICID 415845 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.9
Tue Nov 17 10:24:41 2026 Info: ICID 415845 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 10:24:41 2026 Info: Start MID 1040346 ICID 415845
Tue Nov 17 10:24:41 2026 Info: MID 1040346 ICID 415845 From: <leo.jensen@gmail.example>
Tue Nov 17 10:24:41 2026 Info: MID 1040346 ICID 415845 RID 0 To: <nina.patel@corp.example>
Tue Nov 17 10:24:42 2026 Info: MID 1040346 Message-ID '<ac868816cad09aa2f230.83047@gmail.example>'
Tue Nov 17 10:24:42 2026 Info: MID 1040346 Subject 'Budget 2027 – first numbers'
Tue Nov 17 10:24:42 2026 Info: MID 1040346 ready 17443 bytes from <leo.jensen@gmail.example>
Tue Nov 17 10:24:42 2026 Info: MID 1040346 DMARC: Verification passed
Tue Nov 17 10:24:42 2026 Info: MID 1040346 using engine: CASE spam negative
Tue Nov 17 10:24:42 2026 Info: ICID 415845 close
Tue Nov 17 10:24:42 2026 Info: MID 1040346 DKIM: pass signature verified (d=gmail.example s=s8 i=@gmail.example)
Tue Nov 17 10:24:42 2026 Info: MID 1040346 SPF: mailfrom identity leo.jensen@gmail.example Pass (v=spf1)
Tue Nov 17 10:24:43 2026 Info: MID 1040346 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 10:24:43 2026 Info: MID 1040346 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 10:24:44 2026 Info: MID 1040346 queued for delivery
Tue Nov 17 10:24:44 2026 Info: New SMTP DCID 203816 interface 192.0.2.20 address 52.101.233.153 port 25
Tue Nov 17 10:24:44 2026 Info: DCID 203816 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 10:24:44 2026 Info: Delivery start DCID 203816 MID 1040345 to RID [0]
Tue Nov 17 10:24:45 2026 Info: New SMTP DCID 203817 interface 192.0.2.20 address 52.101.107.254 port 25
Tue Nov 17 10:24:45 2026 Info: DCID 203817 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 10:24:45 2026 Info: Delivery start DCID 203817 MID 1040346 to RID [0]
Tue Nov 17 10:24:45 2026 Info: Message done DCID 203817 MID 1040346 to RID [0]
Tue Nov 17 10:24:45 2026 Info: MID 1040346 RID [0] Response '2.0.0 Ok: queued as J6JfLqCHQXVTUmcN'
Tue Nov 17 10:24:45 2026 Info: Message finished MID 1040346 done
Tue Nov 17 10:24:45 2026 Info: DCID 203817 close
Tue Nov 17 10:24:46 2026 Info: Message done DCID 203816 MID 1040345 to RID [0]
Tue Nov 17 10:24:46 2026 Info: MID 1040345 RID [0] Response '2.6.0 [InternalId=500057893172, Hostname=AM0PR01MB2231.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 10:24:46 2026 Info: Message finished MID 1040345 done
Tue Nov 17 10:24:46 2026 Info: DCID 203816 close
Tue Nov 17 10:59:30 2026 Info: New SMTP ICID 415846 interface IncomingMail (192.0.2.10) address 198.51.131.59 reverse dns host mail.gmail.example verified yes
Tue Nov 17 10:59:30 2026 Info: ICID 415846 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.6
Tue Nov 17 10:59:30 2026 Info: ICID 415846 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 10:59:31 2026 Info: Start MID 1040347 ICID 415846
Tue Nov 17 10:59:31 2026 Info: MID 1040347 ICID 415846 From: <paul.moreau@gmail.example>
Tue Nov 17 10:59:31 2026 Info: MID 1040347 ICID 415846 RID 0 To: <ravi.nguyen48@corp-mail.example>
Tue Nov 17 10:59:31 2026 Info: MID 1040347 Message-ID '<0254c2f3a9cfcdc0814a.36092@gmail.example>'
Tue Nov 17 10:59:31 2026 Info: MID 1040347 Subject 'Meeting notes'
Tue Nov 17 10:59:31 2026 Info: MID 1040347 ready 25722 bytes from <paul.moreau@gmail.example>
Tue Nov 17 10:59:31 2026 Info: MID 1040347 SPF: mailfrom identity paul.moreau@gmail.example Pass (v=spf1)
Tue Nov 17 10:59:31 2026 Info: MID 1040347 DKIM: pass signature verified (d=gmail.example s=s2 i=@gmail.example)
Tue Nov 17 10:59:31 2026 Info: ICID 415846 close
Tue Nov 17 10:59:31 2026 Info: MID 1040347 using engine: CASE spam negative
Tue Nov 17 10:59:31 2026 Info: MID 1040347 DMARC: Verification passed
Tue Nov 17 10:59:32 2026 Info: MID 1040347 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 10:59:32 2026 Info: MID 1040347 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 10:59:33 2026 Info: MID 1040347 queued for delivery
Tue Nov 17 10:59:37 2026 Info: New SMTP DCID 203818 interface 192.0.2.20 address 52.101.187.60 port 25
Tue Nov 17 10:59:37 2026 Info: DCID 203818 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 10:59:37 2026 Info: Delivery start DCID 203818 MID 1040347 to RID [0]
Tue Nov 17 10:59:39 2026 Info: Message done DCID 203818 MID 1040347 to RID [0]
Tue Nov 17 10:59:39 2026 Info: MID 1040347 RID [0] Response '2.6.0 [InternalId=427164206371, Hostname=AM0PR01MB9424.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 10:59:39 2026 Info: Message finished MID 1040347 done
Tue Nov 17 10:59:39 2026 Info: DCID 203818 close
Tue Nov 17 11:06:07 2026 Info: New SMTP ICID 415847 interface IncomingMail (192.0.2.10) address 198.51.198.206 reverse dns host mail.gmail.example verified yes
Tue Nov 17 11:06:07 2026 Info: ICID 415847 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.4
Tue Nov 17 11:06:07 2026 Info: ICID 415847 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 11:06:08 2026 Info: Start MID 1040348 ICID 415847
Tue Nov 17 11:06:08 2026 Info: MID 1040348 ICID 415847 From: <sara.ivanova@gmail.example>
Tue Nov 17 11:06:08 2026 Info: MID 1040348 ICID 415847 RID 0 To: <yuki.ivanova@corp.example>
Tue Nov 17 11:06:08 2026 Info: MID 1040348 Message-ID '<3995fee865482e56460c.16901@gmail.example>'
Tue Nov 17 11:06:08 2026 Info: MID 1040348 Subject 'Café menu for next week'
Tue Nov 17 11:06:08 2026 Info: MID 1040348 ready 25247 bytes from <sara.ivanova@gmail.example>
Tue Nov 17 11:06:09 2026 Info: ICID 415847 close
Tue Nov 17 11:06:09 2026 Info: MID 1040348 DMARC: Verification passed
Tue Nov 17 11:06:09 2026 Info: MID 1040348 DKIM: pass signature verified (d=gmail.example s=s9 i=@gmail.example)
Tue Nov 17 11:06:09 2026 Info: MID 1040348 SPF: mailfrom identity sara.ivanova@gmail.example Pass (v=spf1)
Tue Nov 17 11:06:09 2026 Info: MID 1040348 using engine: CASE spam negative
Tue Nov 17 11:06:10 2026 Info: MID 1040348 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 11:06:10 2026 Info: MID 1040348 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 11:06:11 2026 Info: MID 1040348 queued for delivery
Tue Nov 17 11:06:13 2026 Info: New SMTP DCID 203819 interface 192.0.2.20 address 52.101.111.188 port 25
Tue Nov 17 11:06:13 2026 Info: DCID 203819 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 11:06:13 2026 Info: Delivery start DCID 203819 MID 1040348 to RID [0]
Tue Nov 17 11:06:15 2026 Info: Message done DCID 203819 MID 1040348 to RID [0]
Tue Nov 17 11:06:15 2026 Info: MID 1040348 RID [0] Response '2.6.0 [InternalId=935640901625, Hostname=AM0PR01MB9523.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 11:06:15 2026 Info: Message finished MID 1040348 done
Tue Nov 17 11:06:15 2026 Info: DCID 203819 close
Tue Nov 17 11:31:07 2026 Info: New SMTP ICID 415848 interface OutgoingMail (192.0.2.11) address 10.20.8.103 reverse dns host exch2.corp.example verified yes
Tue Nov 17 11:31:07 2026 Info: ICID 415848 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Tue Nov 17 11:31:08 2026 Info: Start MID 1040349 ICID 415848
Tue Nov 17 11:31:08 2026 Info: MID 1040349 ICID 415848 From: <noah.okafor90@corp.example>
Tue Nov 17 11:31:08 2026 Info: MID 1040349 ICID 415848 RID 0 To: <li.walsh@cloudapp.example>
Tue Nov 17 11:31:08 2026 Info: MID 1040349 Message-ID '<6cb4017fe1491e2fc330.16505@corp.example>'
Tue Nov 17 11:31:08 2026 Info: MID 1040349 Subject 'Scan from copier 31573'
Tue Nov 17 11:31:08 2026 Info: MID 1040349 ready 58894 bytes from <noah.okafor90@corp.example>
Tue Nov 17 11:31:08 2026 Info: New SMTP ICID 415849 interface IncomingMail (192.0.2.10) address 198.51.5.246 reverse dns host mail.client-b.example verified yes
Tue Nov 17 11:31:08 2026 Info: ICID 415849 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.8
Tue Nov 17 11:31:08 2026 Info: ICID 415849 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 11:31:08 2026 Info: Start MID 1040350 ICID 415849
Tue Nov 17 11:31:08 2026 Info: MID 1040350 ICID 415849 From: <max.larsen@client-b.example>
Tue Nov 17 11:31:08 2026 Info: MID 1040350 ICID 415849 RID 0 To: <zoe.kim@corp.example>
Tue Nov 17 11:31:08 2026 Info: MID 1040350 ICID 415849 RID 1 To: <ines.berg@corp.example>
Tue Nov 17 11:31:08 2026 Info: MID 1040350 ICID 415849 RID 2 To: <ana.kowalski@corp.example>
Tue Nov 17 11:31:08 2026 Info: MID 1040349 SPF: mailfrom identity noah.okafor90@corp.example Pass (v=spf1)
Tue Nov 17 11:31:08 2026 Info: MID 1040349 using engine: CASE spam negative
Tue Nov 17 11:31:08 2026 Info: ICID 415848 close
Tue Nov 17 11:31:08 2026 Info: MID 1040349 DKIM: pass signature verified (d=corp.example s=s9 i=@corp.example)
Tue Nov 17 11:31:08 2026 Info: MID 1040349 DMARC: Verification passed
Tue Nov 17 11:31:08 2026 Info: MID 1040350 Message-ID '<845095bccf6379790939.34831@client-b.example>'
Tue Nov 17 11:31:08 2026 Info: MID 1040350 Subject 'Café menu for next week'
Tue Nov 17 11:31:08 2026 Info: MID 1040350 ready 120179 bytes from <max.larsen@client-b.example>
Tue Nov 17 11:31:08 2026 Info: MID 1040350 using engine: CASE spam negative
Tue Nov 17 11:31:08 2026 Info: ICID 415849 close
Tue Nov 17 11:31:08 2026 Info: MID 1040350 interim AV verdict using Sophos CLEAN
Tue Nov 17 11:31:08 2026 Info: MID 1040350 DKIM: pass signature verified (d=client-b.example s=s9 i=@client-b.example)
Tue Nov 17 11:31:08 2026 Info: MID 1040350 SPF: mailfrom identity max.larsen@client-b.example Pass (v=spf1)
Tue Nov 17 11:31:08 2026 Info: MID 1040350 antivirus negative
Tue Nov 17 11:31:08 2026 Info: MID 1040350 DMARC: Verification passed
Tue Nov 17 11:31:09 2026 Info: MID 1040350 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 11:31:09 2026 Info: MID 1040350 attachment 'invoice_47300.pdf'
Tue Nov 17 11:31:09 2026 Info: MID 1040350 AMP file reputation verdict : UNKNOWN
Tue Nov 17 11:31:09 2026 Info: MID 1040349 matched all recipients for per-recipient policy DEFAULT in the outbound table
Tue Nov 17 11:31:09 2026 Info: MID 1040349 attachment 'minutes-82487.docx'
Tue Nov 17 11:31:09 2026 Info: File reputation query initiating. File Name = 'minutes-82487.docx', MID = 1040349, File Size = 33206 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Tue Nov 17 11:31:09 2026 Info: MID 1040349 attachment 'meeting.ics'
Tue Nov 17 11:31:09 2026 Info: File reputation query initiating. File Name = 'meeting.ics', MID = 1040349, File Size = 5992 bytes, File Type = text/calendar
Tue Nov 17 11:31:09 2026 Info: MID 1040349 AMP file reputation verdict : CLEAN
Tue Nov 17 11:31:09 2026 Info: Response received for file reputation query from Cloud. File Name = 'minutes-82487.docx', MID = 1040349, Disposition = CLEAN, Malware = None, Reputation Score = 0, sha256 = 430b91ed2954ba5cf81e54dd1c0502c6f02905313d0a270bb5a432cf86e3e726, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Tue Nov 17 11:31:10 2026 Info: Response received for file reputation query from Cloud. FileName = 'meeting.ics', MID = 1040349, Disposition = CLEAN, Malware = None,Reputation Score = 0, sha256 =4160a8d69141ba431e186d6ede249ff29290ea96a0b11353c99d877c8dd70184, upload_action = 2
Tue Nov 17 11:31:11 2026 Info: MID 1040350 queued for delivery
Tue Nov 17 11:31:11 2026 Info: MID 1040349 queued for delivery
Tue Nov 17 11:31:13 2026 Info: New SMTP DCID 203821 interface 192.0.2.20 address 52.101.159.84 port 25
Tue Nov 17 11:31:13 2026 Info: DCID 203821 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 11:31:13 2026 Info: Delivery start DCID 203821 MID 1040350 to RID [0, 1, 2]
Tue Nov 17 11:31:15 2026 Info: Message done DCID 203821 MID 1040350 to RID [0, 1, 2]
Tue Nov 17 11:31:15 2026 Info: MID 1040350 RID [0, 1, 2] Response '2.6.0 [InternalId=313475727958, Hostname=AM0PR01MB8314.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 11:31:15 2026 Info: Message finished MID 1040350 done
Tue Nov 17 11:31:15 2026 Info: DCID 203821 close
Tue Nov 17 11:31:15 2026 Info: New SMTP DCID 203820 interface 192.0.2.20 address 203.0.113.37 port 25
Tue Nov 17 11:31:15 2026 Info: DCID 203820 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 11:31:15 2026 Info: Delivery start DCID 203820 MID 1040349 to RID [0]
Tue Nov 17 11:31:17 2026 Info: Message done DCID 203820 MID 1040349 to RID [0]
Tue Nov 17 11:31:17 2026 Info: MID 1040349 RID [0] Response '2.0.0 Ok: queued as PwaQvuxeABhCmHvB'
Tue Nov 17 11:31:17 2026 Info: Message finished MID 1040349 done
Tue Nov 17 11:31:17 2026 Info: DCID 203820 close
Tue Nov 17 11:32:38 2026 Info: New SMTP ICID 415850 interface IncomingMail (192.0.2.10) address 198.51.161.141 reverse dns host mail.client-a.example verified yes
Tue Nov 17 11:32:38 2026 Info: ICID 415850 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.8
Tue Nov 17 11:32:38 2026 Info: ICID 415850 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 11:32:38 2026 Info: Start MID 1040351 ICID 415850
Tue Nov 17 11:32:38 2026 Info: MID 1040351 ICID 415850 From: <chen.haddad@client-a.example>
Tue Nov 17 11:32:38 2026 Info: MID 1040351 ICID 415850 RID 0 To: <ravi.nguyen@corp.example>
Tue Nov 17 11:32:39 2026 Info: MID 1040351 Message-ID '<e388548526975efb9d81.79934@client-a.example>'
Tue Nov 17 11:32:39 2026 Info: MID 1040351 Subject 'Re: project timeline'
Tue Nov 17 11:32:39 2026 Info: MID 1040351 ready 154907 bytes from <chen.haddad@client-a.example>
Tue Nov 17 11:32:39 2026 Info: MID 1040351 DMARC: Verification passed
Tue Nov 17 11:32:39 2026 Info: MID 1040351 antivirus negative
Tue Nov 17 11:32:39 2026 Info: ICID 415850 close
Tue Nov 17 11:32:39 2026 Info: MID 1040351 interim AV verdict using Sophos CLEAN
Tue Nov 17 11:32:39 2026 Info: MID 1040351 DKIM: pass signature verified (d=client-a.example s=s1 i=@client-a.example)
Tue Nov 17 11:32:39 2026 Info: MID 1040351 using engine: CASE spam negative
Tue Nov 17 11:32:39 2026 Info: MID 1040351 SPF: mailfrom identity chen.haddad@client-a.example Pass (v=spf1)
Tue Nov 17 11:32:40 2026 Info: MID 1040351 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 11:32:40 2026 Info: MID 1040351 attachment 'notes.txt'
Tue Nov 17 11:32:40 2026 Info: MID 1040351 attachment 'Report,Final=20Draft:=20Revenue=20(Q3),Approved.pdf'
Tue Nov 17 11:32:40 2026 Info: MID 1040351 AMP file reputation verdict : CLEAN
Tue Nov 17 11:32:42 2026 Info: MID 1040351 queued for delivery
Tue Nov 17 11:32:43 2026 Info: New SMTP DCID 203822 interface 192.0.2.20 address 52.101.91.3 port 25
Tue Nov 17 11:32:43 2026 Info: DCID 203822 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 11:32:43 2026 Info: Delivery start DCID 203822 MID 1040351 to RID [0]
Tue Nov 17 11:32:45 2026 Info: Message done DCID 203822 MID 1040351 to RID [0]
Tue Nov 17 11:32:45 2026 Info: MID 1040351 RID [0] Response '2.6.0 [InternalId=349050281190, Hostname=AM0PR01MB4493.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 11:32:45 2026 Info: Message finished MID 1040351 done
Tue Nov 17 11:32:45 2026 Info: DCID 203822 close
Tue Nov 17 11:34:03 2026 Info: New SMTP ICID 415851 interface IncomingMail (192.0.2.10) address 198.51.207.49 reverse dns host mail.gmail.example verified yes
Tue Nov 17 11:34:03 2026 Info: ICID 415851 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.1
Tue Nov 17 11:34:03 2026 Info: ICID 415851 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 11:34:03 2026 Info: Start MID 1040352 ICID 415851
Tue Nov 17 11:34:03 2026 Info: MID 1040352 ICID 415851 From: <marc.mendes@gmail.example>
Tue Nov 17 11:34:03 2026 Info: MID 1040352 ICID 415851 RID 0 To: <sam.obrien@corp.example>
Tue Nov 17 11:34:03 2026 Info: MID 1040352 ICID 415851 RID 1 To: <omar.garcia@corp-mail.example>
Tue Nov 17 11:34:03 2026 Info: MID 1040352 ICID 415851 RID 2 To: <ravi.obrien@corp.example>
Tue Nov 17 11:34:03 2026 Info: MID 1040352 ICID 415851 RID 3 To: <support@corp-mail.example>
Tue Nov 17 11:34:03 2026 Info: MID 1040352 ICID 415851 RID 4 To: <zoe.kim@corp-mail.example>
Tue Nov 17 11:34:03 2026 Info: MID 1040352 ICID 415851 RID 5 To: <nokafor@corp.example>
Tue Nov 17 11:34:03 2026 Info: MID 1040352 ICID 415851 RID 6 To: <li.larsen@corp.example>
Tue Nov 17 11:34:03 2026 Info: MID 1040352 ICID 415851 RID 7 To: <ivan.silva@corp-mail.example>
Tue Nov 17 11:34:03 2026 Info: MID 1040352 ICID 415851 RID 8 To: <noah.okafor90@corp.example>
Tue Nov 17 11:34:04 2026 Info: MID 1040352 Message-ID '<75f17bf72d4c7b0a79de.65272@gmail.example>'
Tue Nov 17 11:34:04 2026 Info: MID 1040352 Subject 'Your order 37446 has shipped'
Tue Nov 17 11:34:04 2026 Info: MID 1040352 ready 4152 bytes from <marc.mendes@gmail.example>
Tue Nov 17 11:34:04 2026 Info: MID 1040352 antivirus negative
Tue Nov 17 11:34:04 2026 Info: MID 1040352 SPF: mailfrom identity marc.mendes@gmail.example Pass (v=spf1)
Tue Nov 17 11:34:04 2026 Info: MID 1040352 DKIM: pass signature verified (d=gmail.example s=s4 i=@gmail.example)
Tue Nov 17 11:34:04 2026 Info: ICID 415851 close
Tue Nov 17 11:34:04 2026 Info: MID 1040352 using engine: CASE spam negative
Tue Nov 17 11:34:04 2026 Info: MID 1040352 DMARC: Verification passed
Tue Nov 17 11:34:04 2026 Info: MID 1040352 interim AV verdict using Sophos CLEAN
Tue Nov 17 11:34:05 2026 Info: MID 1040352 was split creating MID 1040353 due to a per-recipient policy Engineering in the inbound table
Tue Nov 17 11:34:05 2026 Info: MID 1040353 ICID 0 From: <marc.mendes@gmail.example>
Tue Nov 17 11:34:05 2026 Info: MID 1040353 ICID 0 RID 0 To: <zoe.kim@corp-mail.example>
Tue Nov 17 11:34:05 2026 Info: MID 1040353 ICID 0 RID 1 To: <ivan.silva@corp-mail.example>
Tue Nov 17 11:34:05 2026 Info: MID 1040352 was split creating MID 1040354 due to a per-recipient policy Executives in the inbound table
Tue Nov 17 11:34:05 2026 Info: MID 1040354 ICID 0 From: <marc.mendes@gmail.example>
Tue Nov 17 11:34:05 2026 Info: MID 1040354 ICID 0 RID 0 To: <nokafor@corp.example>
Tue Nov 17 11:34:05 2026 Info: MID 1040354 matched all recipients for per-recipient policy Executives in the inbound table
Tue Nov 17 11:34:05 2026 Info: MID 1040354 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 11:34:05 2026 Info: MID 1040353 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 11:34:05 2026 Info: MID 1040352 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 11:34:05 2026 Info: MID 1040353 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 11:34:05 2026 Info: MID 1040352 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 11:34:06 2026 Info: MID 1040352 queued for delivery
Tue Nov 17 11:34:06 2026 Info: New SMTP DCID 203823 interface 192.0.2.20 address 52.101.182.204 port 25
Tue Nov 17 11:34:06 2026 Info: DCID 203823 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 11:34:06 2026 Info: Delivery start DCID 203823 MID 1040352 to RID [0, 1, 2, 3, 6, 8]
Tue Nov 17 11:34:07 2026 Info: MID 1040353 queued for delivery
Tue Nov 17 11:34:07 2026 Info: MID 1040354 queued for delivery
Tue Nov 17 11:34:07 2026 Info: Bounced: DCID 203823 MID 1040352 From: <marc.mendes@gmail.example> To: <support@corp-mail.example> RID 3 - 5.2.2 - Mailbox full ('552', ['5.2.2 <support@corp-mail.example>: Mailbox full; quota exceeded'])
Tue Nov 17 11:34:07 2026 Info: Message done DCID 203823 MID 1040352 to RID [0, 1, 2, 6, 8]
Tue Nov 17 11:34:07 2026 Info: MID 1040352 RID [0, 1, 2, 6, 8] Response '2.6.0 [InternalId=793264098435, Hostname=AM0PR01MB8666.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 11:34:07 2026 Info: Message finished MID 1040352 done
Tue Nov 17 11:34:07 2026 Info: DCID 203823 close
Tue Nov 17 11:34:08 2026 Info: Start MID 1040355 ICID 0
Tue Nov 17 11:34:08 2026 Info: MID 1040355 was generated for bounce of MID 1040352
Tue Nov 17 11:34:08 2026 Info: MID 1040355 ICID 0 From: <>
Tue Nov 17 11:34:08 2026 Info: MID 1040355 ICID 0 RID 0 To: <marc.mendes@gmail.example>
Tue Nov 17 11:34:08 2026 Info: MID 1040355 matched all recipients for per-recipient policy DEFAULT in the outbound table
Tue Nov 17 11:34:08 2026 Info: MID 1040355 ready 4620 bytes from <>
Tue Nov 17 11:34:08 2026 Info: MID 1040355 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 11:34:08 2026 Info: MID 1040355 queued for delivery
Tue Nov 17 11:34:08 2026 Info: New SMTP DCID 203825 interface 192.0.2.20 address 52.101.250.59 port 25
Tue Nov 17 11:34:08 2026 Info: DCID 203825 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 11:34:08 2026 Info: Delivery start DCID 203825 MID 1040353 to RID [0, 1]
Tue Nov 17 11:34:09 2026 Info: Message done DCID 203825 MID 1040353 to RID [0, 1]
Tue Nov 17 11:34:09 2026 Info: MID 1040353 RID [0, 1] Response '2.6.0 [InternalId=232710371124, Hostname=AM0PR01MB5818.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 11:34:09 2026 Info: DCID 203825 close
Tue Nov 17 11:34:09 2026 Info: Message finished MID 1040353 done
Tue Nov 17 11:34:09 2026 Info: New SMTP DCID 203824 interface 192.0.2.20 address 203.0.113.146 port 25
Tue Nov 17 11:34:09 2026 Info: DCID 203824 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 11:34:09 2026 Info: Delivery start DCID 203824 MID 1040355 to RID [0]
Tue Nov 17 11:34:10 2026 Info: New SMTP DCID 203826 interface 192.0.2.20 address 52.101.100.240 port 25
Tue Nov 17 11:34:10 2026 Info: DCID 203826 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 11:34:10 2026 Info: Delivery start DCID 203826 MID 1040354 to RID [0]
Tue Nov 17 11:34:12 2026 Info: Message done DCID 203826 MID 1040354 to RID [0]
Tue Nov 17 11:34:12 2026 Info: MID 1040354 RID [0] Response '2.6.0 [InternalId=153926917975, Hostname=AM0PR01MB6842.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 11:34:12 2026 Info: Message done DCID 203824 MID 1040355 to RID [0]
Tue Nov 17 11:34:12 2026 Info: MID 1040355 RID [0] Response '2.0.0 Ok: queued as pwdJysZNDJosMNgV'
Tue Nov 17 11:34:12 2026 Info: Message finished MID 1040355 done
Tue Nov 17 11:34:12 2026 Info: Message finished MID 1040354 done
Tue Nov 17 11:34:12 2026 Info: DCID 203826 close
Tue Nov 17 11:34:12 2026 Info: DCID 203824 close
Tue Nov 17 11:46:42 2026 Info: New SMTP ICID 415852 interface IncomingMail (192.0.2.10) address 198.51.246.24 reverse dns host mail.lawfirm.example verified yes
Tue Nov 17 11:46:42 2026 Info: ICID 415852 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.6
Tue Nov 17 11:46:42 2026 Info: ICID 415852 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 11:46:43 2026 Info: Start MID 1040356 ICID 415852
Tue Nov 17 11:46:43 2026 Info: MID 1040356 ICID 415852 From: <tom.cohen@lawfirm.example>
Tue Nov 17 11:46:43 2026 Info: MID 1040356 ICID 415852 RID 0 To: <leo.dubois93@corp.example>
Tue Nov 17 11:46:43 2026 Info: MID 1040356 Message-ID '<0e7fb571ea3463f9d1da.35984@lawfirm.example>'
Tue Nov 17 11:46:43 2026 Info: MID 1040356 Subject 'Re: Re: Re: hiring plan'
Tue Nov 17 11:46:43 2026 Info: MID 1040356 ready 16690 bytes from <tom.cohen@lawfirm.example>
Tue Nov 17 11:46:43 2026 Info: MID 1040356 antivirus negative
Tue Nov 17 11:46:43 2026 Info: MID 1040356 DKIM: pass signature verified (d=lawfirm.example s=s2 i=@lawfirm.example)
Tue Nov 17 11:46:43 2026 Info: ICID 415852 close
Tue Nov 17 11:46:43 2026 Info: MID 1040356 using engine: CASE spam negative
Tue Nov 17 11:46:43 2026 Info: MID 1040356 DMARC: Verification passed
Tue Nov 17 11:46:43 2026 Info: MID 1040356 interim AV verdict using Sophos CLEAN
Tue Nov 17 11:46:43 2026 Info: MID 1040356 SPF: mailfrom identity tom.cohen@lawfirm.example Pass (v=spf1)
Tue Nov 17 11:46:43 2026 Info: MID 1040356 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 11:46:43 2026 Info: MID 1040356 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 11:46:45 2026 Info: MID 1040356 queued for delivery
Tue Nov 17 11:46:45 2026 Info: New SMTP ICID 415853 interface IncomingMail (192.0.2.10) address 198.51.82.208 reverse dns host mail.client-b.example verified yes
Tue Nov 17 11:46:45 2026 Info: ICID 415853 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.9
Tue Nov 17 11:46:45 2026 Info: ICID 415853 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 11:46:45 2026 Info: Start MID 1040357 ICID 415853
Tue Nov 17 11:46:45 2026 Info: MID 1040357 ICID 415853 From: <paul.dubois@client-b.example>
Tue Nov 17 11:46:45 2026 Info: MID 1040357 ICID 415853 RID 0 To: <ida.dubois@corp.example>
Tue Nov 17 11:46:46 2026 Info: New SMTP DCID 203827 interface 192.0.2.20 address 52.101.121.71 port 25
Tue Nov 17 11:46:46 2026 Info: DCID 203827 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 11:46:46 2026 Info: Delivery start DCID 203827 MID 1040356 to RID [0]
Tue Nov 17 11:46:46 2026 Info: MID 1040357 Message-ID '<4554800272db135b02e0.57333@client-b.example>'
Tue Nov 17 11:46:46 2026 Info: MID 1040357 Subject "Re: O'Brien account review"
Tue Nov 17 11:46:46 2026 Info: MID 1040357 ready 19599 bytes from <paul.dubois@client-b.example>
Tue Nov 17 11:46:46 2026 Info: ICID 415853 close
Tue Nov 17 11:46:46 2026 Info: MID 1040357 SPF: mailfrom identity paul.dubois@client-b.example Pass (v=spf1)
Tue Nov 17 11:46:46 2026 Info: MID 1040357 URL https://www.client-b.example/t/b02d907f7f has reputation 7.9 matched Condition: URL Reputation Rule
Tue Nov 17 11:46:46 2026 Info: MID 1040357 Outbreak Filters: verdict negative
Tue Nov 17 11:46:47 2026 Info: MID 1040357 using engine: CASE spam negative
Tue Nov 17 11:46:47 2026 Info: MID 1040357 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 11:46:47 2026 Info: MID 1040357 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 11:46:48 2026 Info: Message done DCID 203827 MID 1040356 to RID [0] [('from', 'tom.cohen@lawfirm.example'), ('to', 'leo.dubois93@corp.example')]
Tue Nov 17 11:46:48 2026 Info: MID 1040356 RID [0] Response '2.0.0 Ok: queued as 9H45Jf4WDzorXbWn'
Tue Nov 17 11:46:48 2026 Info: Message finished MID 1040356 done
Tue Nov 17 11:46:48 2026 Info: DCID 203827 close
Tue Nov 17 11:46:48 2026 Info: MID 1040357 queued for delivery
Tue Nov 17 11:46:48 2026 Info: New SMTP DCID 203828 interface 192.0.2.20 address 52.101.111.33 port 25
Tue Nov 17 11:46:48 2026 Info: DCID 203828 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 11:46:48 2026 Info: Delivery start DCID 203828 MID 1040357 to RID [0]
Tue Nov 17 11:46:49 2026 Info: Message done DCID 203828 MID 1040357 to RID [0]
Tue Nov 17 11:46:49 2026 Info: MID 1040357 RID [0] Response '2.6.0 [InternalId=805674296425, Hostname=AM0PR01MB8687.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 11:46:49 2026 Info: Message finished MID 1040357 done
Tue Nov 17 11:46:49 2026 Info: DCID 203828 close
Tue Nov 17 12:13:33 2026 Info: New SMTP ICID 415854 interface IncomingMail (192.0.2.10) address 198.51.4.131 reverse dns host mail.bank.example verified yes
Tue Nov 17 12:13:33 2026 Info: ICID 415854 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.9
Tue Nov 17 12:13:33 2026 Info: ICID 415854 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 12:13:33 2026 Info: Start MID 1040358 ICID 415854
Tue Nov 17 12:13:33 2026 Info: MID 1040358 ICID 415854 From: <tom.obrien@bank.example>
Tue Nov 17 12:13:33 2026 Info: MID 1040358 ICID 415854 RID 0 To: <kofi.nguyen@corp.example>
Tue Nov 17 12:13:34 2026 Info: MID 1040358 Message-ID '<4ff3cea0cf7149cade24.96601@bank.example>'
Tue Nov 17 12:13:34 2026 Info: MID 1040358 Subject 'Re: Re: Re: hiring plan'
Tue Nov 17 12:13:34 2026 Info: MID 1040358 ready 340956 bytes from <tom.obrien@bank.example>
Tue Nov 17 12:13:34 2026 Info: MID 1040358 antivirus negative
Tue Nov 17 12:13:34 2026 Info: MID 1040358 interim AV verdict using Sophos CLEAN
Tue Nov 17 12:13:34 2026 Info: MID 1040358 DKIM: pass signature verified (d=bank.example s=s9 i=@bank.example)
Tue Nov 17 12:13:34 2026 Info: MID 1040358 using engine: CASE spam negative
Tue Nov 17 12:13:34 2026 Info: MID 1040358 DMARC: Verification passed
Tue Nov 17 12:13:34 2026 Info: ICID 415854 close
Tue Nov 17 12:13:34 2026 Info: MID 1040358 SPF: mailfrom identity tom.obrien@bank.example Pass (v=spf1)
Tue Nov 17 12:13:35 2026 Info: MID 1040358 matched all recipients for per-recipient policy Finance in the inbound table
Tue Nov 17 12:13:35 2026 Info: MID 1040358 attachment 'Report,Final=20Draft:=20Revenue=20(Q1),Approved.pdf'
Tue Nov 17 12:13:35 2026 Info: MID 1040358 AMP file reputation verdict : CLEAN
Tue Nov 17 12:13:37 2026 Info: MID 1040358 queued for delivery
Tue Nov 17 12:13:38 2026 Info: New SMTP DCID 203829 interface 192.0.2.20 address 52.101.242.92 port 25
Tue Nov 17 12:13:38 2026 Info: DCID 203829 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 12:13:38 2026 Info: Delivery start DCID 203829 MID 1040358 to RID [0]
Tue Nov 17 12:13:40 2026 Info: Message done DCID 203829 MID 1040358 to RID [0]
Tue Nov 17 12:13:40 2026 Info: MID 1040358 RID [0] Response '2.6.0 [InternalId=919567888712, Hostname=AM0PR01MB7070.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 12:13:40 2026 Info: Message finished MID 1040358 done
Tue Nov 17 12:13:40 2026 Info: DCID 203829 close
Tue Nov 17 12:15:05 2026 Info: New SMTP ICID 415855 interface IncomingMail (192.0.2.10) address 198.51.204.193 reverse dns host mail.logistics.example verified yes
Tue Nov 17 12:15:05 2026 Info: ICID 415855 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.7
Tue Nov 17 12:15:05 2026 Info: ICID 415855 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 12:15:05 2026 Info: Start MID 1040359 ICID 415855
Tue Nov 17 12:15:05 2026 Info: MID 1040359 ICID 415855 From: <mary.moreau@logistics.example>
Tue Nov 17 12:15:05 2026 Info: MID 1040359 ICID 415855 RID 0 To: <nina.patel@corp.example>
Tue Nov 17 12:15:05 2026 Info: MID 1040359 Message-ID '<f2036768f32e7104c682.14808@logistics.example>'
Tue Nov 17 12:15:05 2026 Info: MID 1040359 Subject 'Your order 67010 has shipped'
Tue Nov 17 12:15:05 2026 Info: MID 1040359 ready 9563 bytes from <mary.moreau@logistics.example>
Tue Nov 17 12:15:05 2026 Info: MID 1040359 SPF: mailfrom identity mary.moreau@logistics.example Pass (v=spf1)
Tue Nov 17 12:15:05 2026 Info: MID 1040359 using engine: CASE spam negative
Tue Nov 17 12:15:05 2026 Info: ICID 415855 close
Tue Nov 17 12:15:05 2026 Info: MID 1040359 URL https://www.logistics.example/t/6562274328 has reputation 4.5 matched Condition: URL Reputation Rule
Tue Nov 17 12:15:06 2026 Info: MID 1040359 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 12:15:06 2026 Info: MID 1040359 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 12:15:07 2026 Info: MID 1040359 queued for delivery
Tue Nov 17 12:15:10 2026 Info: New SMTP DCID 203830 interface 192.0.2.20 address 52.101.175.155 port 25
Tue Nov 17 12:15:10 2026 Info: DCID 203830 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 12:15:10 2026 Info: Delivery start DCID 203830 MID 1040359 to RID [0]
Tue Nov 17 12:15:11 2026 Info: Message done DCID 203830 MID 1040359 to RID [0]
Tue Nov 17 12:15:11 2026 Info: MID 1040359 RID [0] Response '2.0.0 Ok: queued as UPWxtLx9VvqmPA2U'
Tue Nov 17 12:15:11 2026 Info: Message finished MID 1040359 done
Tue Nov 17 12:15:11 2026 Info: DCID 203830 close
Tue Nov 17 12:16:55 2026 Info: New SMTP ICID 415856 interface IncomingMail (192.0.2.10) address 198.51.130.223 reverse dns host mail.partner.example verified yes
Tue Nov 17 12:16:55 2026 Info: ICID 415856 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.0
Tue Nov 17 12:16:55 2026 Info: ICID 415856 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 12:16:55 2026 Info: Start MID 1040360 ICID 415856
Tue Nov 17 12:16:55 2026 Info: MID 1040360 ICID 415856 From: <tom.smith@partner.example>
Tue Nov 17 12:16:55 2026 Info: MID 1040360 ICID 415856 RID 0 To: <finance-archive@corp.example>
Tue Nov 17 12:16:56 2026 Info: MID 1040360 Message-ID '<b9e1bdc09d05bba69b37.36885@partner.example>'
Tue Nov 17 12:16:56 2026 Info: MID 1040360 Subject 'Scan from copier 99327'
Tue Nov 17 12:16:56 2026 Info: MID 1040360 ready 6664 bytes from <tom.smith@partner.example>
Tue Nov 17 12:16:56 2026 Info: MID 1040360 using engine: CASE spam negative
Tue Nov 17 12:16:56 2026 Info: ICID 415856 close
Tue Nov 17 12:16:56 2026 Info: MID 1040360 URL https://www.partner.example/t/918c069788 has reputation 4.5 matched Condition: URL Reputation Rule
Tue Nov 17 12:16:56 2026 Info: MID 1040360 SPF: mailfrom identity tom.smith@partner.example Pass (v=spf1)
Tue Nov 17 12:16:58 2026 Info: MID 1040360 matched all recipients for per-recipient policy Finance in the inbound table
Tue Nov 17 12:16:58 2026 Info: MID 1040360 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 12:17:00 2026 Info: MID 1040360 queued for delivery
Tue Nov 17 12:17:03 2026 Info: New SMTP DCID 203831 interface 192.0.2.20 address 52.101.72.51 port 25
Tue Nov 17 12:17:03 2026 Info: DCID 203831 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 12:17:03 2026 Info: Delivery start DCID 203831 MID 1040360 to RID [0]
Tue Nov 17 12:17:05 2026 Info: Message done DCID 203831 MID 1040360 to RID [0]
Tue Nov 17 12:17:05 2026 Info: MID 1040360 RID [0] Response '2.6.0 [InternalId=228806515156, Hostname=AM0PR01MB2228.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 12:17:05 2026 Info: DCID 203831 close
Tue Nov 17 12:17:05 2026 Info: Message finished MID 1040360 done
Tue Nov 17 12:20:52 2026 Info: New SMTP ICID 415857 interface IncomingMail (192.0.2.10) address 198.51.88.133 reverse dns host mail.travel.example verified yes
Tue Nov 17 12:20:52 2026 Info: ICID 415857 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.4
Tue Nov 17 12:20:52 2026 Info: ICID 415857 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 12:20:53 2026 Info: Start MID 1040361 ICID 415857
Tue Nov 17 12:20:53 2026 Info: MID 1040361 ICID 415857 From: <raj.kim@travel.example>
Tue Nov 17 12:20:53 2026 Info: MID 1040361 ICID 415857 RID 0 To: <li.haddad@corp-mail.example>
Tue Nov 17 12:20:53 2026 Info: MID 1040361 Message-ID '<01ffcb310f404542c5ce.42885@travel.example>'
Tue Nov 17 12:20:53 2026 Info: MID 1040361 Subject 'Candidate CV 98044'
Tue Nov 17 12:20:53 2026 Info: MID 1040361 ready 94028 bytes from <raj.kim@travel.example>
Tue Nov 17 12:20:53 2026 Info: MID 1040361 DMARC: Verification passed
Tue Nov 17 12:20:53 2026 Info: ICID 415857 close
Tue Nov 17 12:20:53 2026 Info: MID 1040361 SPF: mailfrom identity raj.kim@travel.example Pass (v=spf1)
Tue Nov 17 12:20:53 2026 Info: MID 1040361 DKIM: pass signature verified (d=travel.example s=s9 i=@travel.example)
Tue Nov 17 12:20:53 2026 Info: MID 1040361 using engine: CASE spam negative
Tue Nov 17 12:20:54 2026 Info: MID 1040361 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 12:20:54 2026 Info: MID 1040361 attachment 'image002.jpg'
Tue Nov 17 12:20:54 2026 Info: MID 1040361 AMP file reputation verdict : CLEAN
Tue Nov 17 12:20:55 2026 Info: New SMTP ICID 415858 interface IncomingMail (192.0.2.10) address 198.51.60.250 reverse dns host mail.bank.example verified yes
Tue Nov 17 12:20:55 2026 Info: ICID 415858 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.3
Tue Nov 17 12:20:55 2026 Info: ICID 415858 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 12:20:55 2026 Info: MID 1040361 queued for delivery
Tue Nov 17 12:20:55 2026 Info: Start MID 1040362 ICID 415858
Tue Nov 17 12:20:55 2026 Info: MID 1040362 ICID 415858 From: <lena.moreau@bank.example>
Tue Nov 17 12:20:55 2026 Info: MID 1040362 ICID 415858 RID 0 To: <ines.berg@corp.example>
Tue Nov 17 12:20:56 2026 Info: MID 1040362 Message-ID '<da0c736ca60b11a1465b.46484@bank.example>'
Tue Nov 17 12:20:56 2026 Info: MID 1040362 Subject 'Your order 59515 has shipped'
Tue Nov 17 12:20:56 2026 Info: MID 1040362 ready 4827 bytes from <lena.moreau@bank.example>
Tue Nov 17 12:20:56 2026 Info: MID 1040362 using engine: CASE spam negative
Tue Nov 17 12:20:56 2026 Info: MID 1040362 SPF: mailfrom identity lena.moreau@bank.example Pass (v=spf1)
Tue Nov 17 12:20:56 2026 Info: ICID 415858 close
Tue Nov 17 12:20:56 2026 Info: MID 1040362 DMARC: Verification passed
Tue Nov 17 12:20:56 2026 Info: MID 1040362 DKIM: pass signature verified (d=bank.example s=s5 i=@bank.example)
Tue Nov 17 12:20:57 2026 Info: New SMTP DCID 203832 interface 192.0.2.20 address 52.101.79.85 port 25
Tue Nov 17 12:20:57 2026 Info: DCID 203832 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 12:20:57 2026 Info: Delivery start DCID 203832 MID 1040361 to RID [0]
Tue Nov 17 12:20:57 2026 Info: MID 1040362 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 12:20:58 2026 Info: MID 1040362 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 12:20:58 2026 Info: MID 1040362 queued for delivery
Tue Nov 17 12:20:59 2026 Info: New SMTP DCID 203833 interface 192.0.2.20 address 52.101.25.133 port 25
Tue Nov 17 12:20:59 2026 Info: DCID 203833 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 12:20:59 2026 Info: Delivery start DCID 203833 MID 1040362 to RID [0]
Tue Nov 17 12:20:59 2026 Info: Message done DCID 203832 MID 1040361 to RID [0]
Tue Nov 17 12:20:59 2026 Info: MID 1040361 RID [0] Response '2.6.0 [InternalId=827819760330, Hostname=AM0PR01MB5934.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 12:20:59 2026 Info: Message finished MID 1040361 done
Tue Nov 17 12:20:59 2026 Info: DCID 203832 close
Tue Nov 17 12:20:59 2026 Info: Message done DCID 203833 MID 1040362 to RID [0]
Tue Nov 17 12:20:59 2026 Info: MID 1040362 RID [0] Response '2.0.0 Ok: queued as y7hCoWkKYPp6Wenu'
Tue Nov 17 12:20:59 2026 Info: Message finished MID 1040362 done
Tue Nov 17 12:20:59 2026 Info: DCID 203833 close
Tue Nov 17 12:58:30 2026 Info: New SMTP ICID 415859 interface IncomingMail (192.0.2.10) address 198.51.255.136 reverse dns host mail.partner.example verified yes
Tue Nov 17 12:58:30 2026 Info: ICID 415859 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.5
Tue Nov 17 12:58:30 2026 Info: ICID 415859 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 12:58:30 2026 Info: Start MID 1040363 ICID 415859
Tue Nov 17 12:58:30 2026 Info: MID 1040363 ICID 415859 From: <tom.smith@partner.example>
Tue Nov 17 12:58:30 2026 Info: MID 1040363 ICID 415859 RID 0 To: <zoe.kim@corp-mail.example>
Tue Nov 17 12:58:30 2026 Info: MID 1040363 Message-ID '<7f4680e3afb34f769d03.83381@partner.example>'
Tue Nov 17 12:58:30 2026 Info: MID 1040363 Subject 'Invoice 46679'
Tue Nov 17 12:58:30 2026 Info: MID 1040363 ready 254973 bytes from <tom.smith@partner.example>
Tue Nov 17 12:58:30 2026 Info: MID 1040363 URL https://www.partner.example/t/3c2f04f78a has reputation 7.9 matched Condition: URL Reputation Rule
Tue Nov 17 12:58:30 2026 Info: ICID 415859 close
Tue Nov 17 12:58:30 2026 Info: MID 1040363 using engine: CASE spam negative
Tue Nov 17 12:58:30 2026 Info: MID 1040363 SPF: mailfrom identity tom.smith@partner.example Pass (v=spf1)
Tue Nov 17 12:58:30 2026 Info: MID 1040363 Outbreak Filters: verdict negative
Tue Nov 17 12:58:32 2026 Info: MID 1040363 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 12:58:32 2026 Info: MID 1040363 attachment 'minutes-8540.docx'
Tue Nov 17 12:58:32 2026 Info: MID 1040363 attachment 'invoice_45299.pdf'
Tue Nov 17 12:58:32 2026 Info: MID 1040363 AMP file reputation verdict : CLEAN
Tue Nov 17 12:58:32 2026 Info: MID 1040363 queued for delivery
Tue Nov 17 12:58:33 2026 Info: New SMTP ICID 415860 interface IncomingMail (192.0.2.10) address 198.51.4.224 reverse dns host mail.gmail.example verified yes
Tue Nov 17 12:58:33 2026 Info: ICID 415860 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.1
Tue Nov 17 12:58:33 2026 Info: ICID 415860 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 12:58:33 2026 Info: Start MID 1040364 ICID 415860
Tue Nov 17 12:58:33 2026 Info: MID 1040364 ICID 415860 From: <chen.fischer@gmail.example>
Tue Nov 17 12:58:33 2026 Info: MID 1040364 ICID 415860 RID 0 To: <nora.mendes@corp.example>
Tue Nov 17 12:58:33 2026 Info: MID 1040364 Message-ID '<202c79869d4832a0%12#&bb7b2@gmail.example>'
Tue Nov 17 12:58:33 2026 Info: MID 1040364 Subject Re: [support #31671] FW: issue\r\n with the VPN client after the latest update (urgent)
Tue Nov 17 12:58:33 2026 Info: MID 1040364 ready 28672 bytes from <chen.fischer@gmail.example>
Tue Nov 17 12:58:33 2026 Info: MID 1040364 antivirus negative
Tue Nov 17 12:58:33 2026 Info: MID 1040364 interim AV verdict using Sophos CLEAN
Tue Nov 17 12:58:33 2026 Info: MID 1040364 DKIM: pass signature verified (d=gmail.example s=s4 i=@gmail.example)
Tue Nov 17 12:58:33 2026 Info: ICID 415860 close
Tue Nov 17 12:58:33 2026 Info: MID 1040364 DMARC: Verification passed
Tue Nov 17 12:58:33 2026 Info: MID 1040364 SPF: mailfrom identity chen.fischer@gmail.example Pass (v=spf1)
Tue Nov 17 12:58:33 2026 Info: MID 1040364 using engine: CASE spam negative
Tue Nov 17 12:58:34 2026 Info: MID 1040364 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 12:58:34 2026 Info: MID 1040364 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 12:58:36 2026 Info: MID 1040364 queued for delivery
Tue Nov 17 12:58:36 2026 Info: New SMTP DCID 203834 interface 192.0.2.20 address 52.101.116.118 port 25
Tue Nov 17 12:58:36 2026 Info: DCID 203834 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 12:58:36 2026 Info: Delivery start DCID 203834 MID 1040363 to RID [0]
Tue Nov 17 12:58:36 2026 Info: Message done DCID 203834 MID 1040363 to RID [0]
Tue Nov 17 12:58:36 2026 Info: MID 1040363 RID [0] Response '2.6.0 [InternalId=893619182871, Hostname=AM0PR01MB2072.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 12:58:36 2026 Info: Message finished MID 1040363 done
Tue Nov 17 12:58:36 2026 Info: DCID 203834 close
Tue Nov 17 12:58:37 2026 Info: New SMTP DCID 203835 interface 192.0.2.20 address 52.101.18.134 port 25
Tue Nov 17 12:58:37 2026 Info: DCID 203835 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 12:58:37 2026 Info: Delivery start DCID 203835 MID 1040364 to RID [0]
Tue Nov 17 12:58:39 2026 Info: Message done DCID 203835 MID 1040364 to RID [0]
Tue Nov 17 12:58:39 2026 Info: MID 1040364 RID [0] Response '2.6.0 [InternalId=923440716306, Hostname=AM0PR01MB1493.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 12:58:39 2026 Info: Message finished MID 1040364 done
Tue Nov 17 12:58:39 2026 Info: DCID 203835 close
Tue Nov 17 13:02:56 2026 Info: New SMTP ICID 415861 interface IncomingMail (192.0.2.10) address 198.51.9.252 reverse dns host mail.client-a.example verified yes
Tue Nov 17 13:02:56 2026 Info: ICID 415861 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.2
Tue Nov 17 13:02:56 2026 Info: ICID 415861 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 13:02:56 2026 Info: Start MID 1040365 ICID 415861
Tue Nov 17 13:02:56 2026 Info: MID 1040365 ICID 415861 From: <ivan.okafor@client-a.example>
Tue Nov 17 13:02:56 2026 Info: MID 1040365 ICID 415861 RID 0 To: <inovak@corp.example>
Tue Nov 17 13:02:57 2026 Info: MID 1040365 Message-ID '<c9efd3a2639b38e3eb5f.66154@client-a.example>'
Tue Nov 17 13:02:57 2026 Info: MID 1040365 Subject 'Scan from copier 65871'
Tue Nov 17 13:02:57 2026 Info: MID 1040365 ready 2946718 bytes from <ivan.okafor@client-a.example>
Tue Nov 17 13:02:57 2026 Info: MID 1040365 using engine: CASE spam negative
Tue Nov 17 13:02:57 2026 Info: ICID 415861 close
Tue Nov 17 13:02:57 2026 Info: MID 1040365 SPF: mailfrom identity ivan.okafor@client-a.example Pass (v=spf1)
Tue Nov 17 13:02:57 2026 Info: MID 1040365 DMARC: Verification passed
Tue Nov 17 13:02:57 2026 Info: MID 1040365 DKIM: pass signature verified (d=client-a.example s=s2 i=@client-a.example)
Tue Nov 17 13:02:57 2026 Info: MID 1040365 antivirus negative
Tue Nov 17 13:02:57 2026 Info: MID 1040365 interim AV verdict using Sophos CLEAN
Tue Nov 17 13:02:57 2026 Info: MID 1040365 matched all recipients for per-recipient policy Finance in the inbound table
Tue Nov 17 13:02:58 2026 Info: MID 1040365 attachment 'photo=2027553.heic'
Tue Nov 17 13:02:58 2026 Info: MID 1040365 AMP file reputation verdict : CLEAN
Tue Nov 17 13:02:58 2026 Info: MID 1040365 queued for delivery
Tue Nov 17 13:03:00 2026 Info: New SMTP DCID 203836 interface 192.0.2.20 address 52.101.92.23 port 25
Tue Nov 17 13:03:00 2026 Info: DCID 203836 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 13:03:00 2026 Info: Delivery start DCID 203836 MID 1040365 to RID [0]
Tue Nov 17 13:03:00 2026 Info: Message done DCID 203836 MID 1040365 to RID [0]
Tue Nov 17 13:03:00 2026 Info: MID 1040365 RID [0] Response '2.0.0 Ok: queued as A97jBrmAbBDpuUJR'
Tue Nov 17 13:03:00 2026 Info: DCID 203836 close
Tue Nov 17 13:03:00 2026 Info: Message finished MID 1040365 done
Tue Nov 17 13:06:15 2026 Info: New SMTP ICID 415862 interface OutgoingMail (192.0.2.11) address 10.20.0.48 reverse dns host exch4.corp.example verified yes
Tue Nov 17 13:06:15 2026 Info: ICID 415862 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Tue Nov 17 13:06:15 2026 Info: Start MID 1040366 ICID 415862
Tue Nov 17 13:06:15 2026 Info: MID 1040366 ICID 415862 From: <nora.mendes@corp.example>
Tue Nov 17 13:06:15 2026 Info: MID 1040366 ICID 415862 RID 0 To: <paul.dubois@client-b.example>
Tue Nov 17 13:06:16 2026 Info: MID 1040366 Message-ID '<3ade7bafbe6503f6ef04.55903@corp.example>'
Tue Nov 17 13:06:16 2026 Info: MID 1040366 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Tue Nov 17 13:06:16 2026 Info: MID 1040366 ready 2135603 bytes from <nora.mendes@corp.example>
Tue Nov 17 13:06:16 2026 Info: MID 1040366 SPF: mailfrom identity nora.mendes@corp.example Pass (v=spf1)
Tue Nov 17 13:06:16 2026 Info: MID 1040366 DMARC: Verification passed
Tue Nov 17 13:06:16 2026 Info: MID 1040366 using engine: CASE spam negative
Tue Nov 17 13:06:16 2026 Info: ICID 415862 close
Tue Nov 17 13:06:16 2026 Info: MID 1040366 DKIM: pass signature verified (d=corp.example s=s3 i=@corp.example)
Tue Nov 17 13:06:17 2026 Info: MID 1040366 matched all recipients for per-recipient policy DEFAULT in the outbound table
Tue Nov 17 13:06:17 2026 Info: MID 1040366 attachment 'specs-17556.zip'
Tue Nov 17 13:06:17 2026 Info: File reputation query initiating. File Name = 'specs-17556.zip', MID = 1040366, File Size = 1513194 bytes, File Type = application/zip
Tue Nov 17 13:06:18 2026 Info: MID 1040366 attachment 'invoice_45299.pdf'
Tue Nov 17 13:06:18 2026 Info: File reputation query initiating. File Name = 'invoice_45299.pdf', MID = 1040366, File Size = 73706 bytes, File Type = application/pdf
Tue Nov 17 13:06:18 2026 Info: MID 1040366 AMP file reputation verdict : CLEAN
Tue Nov 17 13:06:18 2026 Info: Response received for file reputation query from Cloud. FileName = 'specs-17556.zip', MID = 1040366, Disposition = CLEAN, Malware = None,Reputation Score = 5, sha256 =b5524dba53eb7bd1059453b509fcb4ac1fcd925e29133dbd0e5277cb1587fa0a, upload_action = 2
Tue Nov 17 13:06:18 2026 Info: Response received for file reputation query from Cache. File Name = invoice_45299.pdf, MID = 1040366, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = 83239ef54ba2e1619fb9af5084768b8c54dd0ba5626467ba04a10547b401ba85, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Tue Nov 17 13:06:20 2026 Info: MID 1040366 queued for delivery
Tue Nov 17 13:06:21 2026 Info: New SMTP DCID 203837 interface 192.0.2.20 address 203.0.113.97 port 25
Tue Nov 17 13:06:21 2026 Info: DCID 203837 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 13:06:21 2026 Info: Delivery start DCID 203837 MID 1040366 to RID [0]
Tue Nov 17 13:06:22 2026 Info: Message done DCID 203837 MID 1040366 to RID [0]
Tue Nov 17 13:06:22 2026 Info: MID 1040366 RID [0] Response '2.0.0 Ok: queued as mmTQN8V6fJykkHFp'
Tue Nov 17 13:06:22 2026 Info: Message finished MID 1040366 done
Tue Nov 17 13:06:22 2026 Info: DCID 203837 close
Tue Nov 17 13:15:50 2026 Info: New SMTP ICID 415863 interface IncomingMail (192.0.2.10) address 198.51.114.153 reverse dns host mail.gmail.example verified yes
Tue Nov 17 13:15:50 2026 Info: ICID 415863 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.4
Tue Nov 17 13:15:50 2026 Info: ICID 415863 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 13:15:50 2026 Info: Start MID 1040367 ICID 415863
Tue Nov 17 13:15:50 2026 Info: MID 1040367 ICID 415863 From: <paul.moreau@gmail.example>
Tue Nov 17 13:15:50 2026 Info: MID 1040367 ICID 415863 RID 0 To: <helpdesk@corp-mail.example>
Tue Nov 17 13:15:50 2026 Info: MID 1040367 ICID 415863 RID 1 To: <yuki.ivanova@corp.example>
Tue Nov 17 13:15:50 2026 Info: MID 1040367 ICID 415863 RID 2 To: <ida.dubois@corp.example>
Tue Nov 17 13:15:50 2026 Info: MID 1040367 ICID 415863 RID 3 To: <journal@corp.example>
Tue Nov 17 13:15:50 2026 Info: MID 1040367 Message-ID '<CA3=lA+PzgQvJgttdMenWPI2U_MM=F3-uPsXMNBj92K1@mail.gmail.example>'
Tue Nov 17 13:15:50 2026 Info: MID 1040367 Subject 'Candidate CV 13481'
Tue Nov 17 13:15:50 2026 Info: MID 1040367 ready 39553 bytes from <paul.moreau@gmail.example>
Tue Nov 17 13:15:50 2026 Info: MID 1040367 DMARC: Verification passed
Tue Nov 17 13:15:50 2026 Info: MID 1040367 using engine: CASE spam negative
Tue Nov 17 13:15:50 2026 Info: ICID 415863 close
Tue Nov 17 13:15:50 2026 Info: MID 1040367 DKIM: pass signature verified (d=gmail.example s=s5 i=@gmail.example)
Tue Nov 17 13:15:50 2026 Info: MID 1040367 SPF: mailfrom identity paul.moreau@gmail.example Pass (v=spf1)
Tue Nov 17 13:15:51 2026 Info: MID 1040367 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 13:15:51 2026 Info: MID 1040367 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 13:15:51 2026 Info: MID 1040367 queued for delivery
Tue Nov 17 13:15:53 2026 Info: New SMTP DCID 203838 interface 192.0.2.20 address 52.101.83.56 port 25
Tue Nov 17 13:15:53 2026 Info: DCID 203838 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 13:15:53 2026 Info: Delivery start DCID 203838 MID 1040367 to RID [0, 1, 2, 3]
Tue Nov 17 13:15:55 2026 Info: Message done DCID 203838 MID 1040367 to RID [0, 1, 2, 3]
Tue Nov 17 13:15:55 2026 Info: MID 1040367 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=554292709031, Hostname=AM0PR01MB5935.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 13:15:55 2026 Info: DCID 203838 close
Tue Nov 17 13:15:55 2026 Info: Message finished MID 1040367 done
Tue Nov 17 14:07:01 2026 Info: New SMTP ICID 415864 interface IncomingMail (192.0.2.10) address 198.51.109.232 reverse dns host mail.travel.example verified yes
Tue Nov 17 14:07:01 2026 Info: ICID 415864 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.8
Tue Nov 17 14:07:01 2026 Info: ICID 415864 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 14:07:01 2026 Info: Start MID 1040368 ICID 415864
Tue Nov 17 14:07:01 2026 Info: MID 1040368 ICID 415864 From: <ewa.patel@travel.example>
Tue Nov 17 14:07:01 2026 Info: MID 1040368 ICID 415864 RID 0 To: <engineering@corp.example>
Tue Nov 17 14:07:02 2026 Info: MID 1040368 Message-ID "<o'neill.d30e36ae41ae@travel.example>"
Tue Nov 17 14:07:02 2026 Info: MID 1040368 Subject 'Re: [support #5390] FW: issue with the VPN client after the latest update (urgent)'
Tue Nov 17 14:07:02 2026 Info: MID 1040368 ready 26138 bytes from <ewa.patel@travel.example>
Tue Nov 17 14:07:02 2026 Info: MID 1040368 using engine: CASE spam negative
Tue Nov 17 14:07:02 2026 Info: ICID 415864 close
Tue Nov 17 14:07:02 2026 Info: MID 1040368 DKIM: pass signature verified (d=travel.example s=s5 i=@travel.example)
Tue Nov 17 14:07:02 2026 Info: MID 1040368 DMARC: Verification passed
Tue Nov 17 14:07:02 2026 Info: MID 1040368 interim AV verdict using Sophos CLEAN
Tue Nov 17 14:07:02 2026 Info: MID 1040368 antivirus negative
Tue Nov 17 14:07:02 2026 Info: MID 1040368 SPF: mailfrom identity ewa.patel@travel.example Pass (v=spf1)
Tue Nov 17 14:07:02 2026 Info: MID 1040368 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 14:07:03 2026 Info: MID 1040368 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 14:07:04 2026 Info: MID 1040368 queued for delivery
Tue Nov 17 14:07:04 2026 Info: New SMTP DCID 203839 interface 192.0.2.20 address 52.101.73.30 port 25
Tue Nov 17 14:07:04 2026 Info: DCID 203839 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 14:07:04 2026 Info: Delivery start DCID 203839 MID 1040368 to RID [0]
Tue Nov 17 14:07:06 2026 Info: Message done DCID 203839 MID 1040368 to RID [0]
Tue Nov 17 14:07:06 2026 Info: MID 1040368 RID [0] Response '2.6.0 [InternalId=610822591171, Hostname=AM0PR01MB4748.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 14:07:06 2026 Info: Message finished MID 1040368 done
Tue Nov 17 14:07:06 2026 Info: DCID 203839 close
Tue Nov 17 14:42:03 2026 Info: New SMTP ICID 415865 interface IncomingMail (192.0.2.10) address 198.51.182.136 reverse dns host mail.lawfirm.example verified yes
Tue Nov 17 14:42:03 2026 Info: ICID 415865 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.7
Tue Nov 17 14:42:03 2026 Info: ICID 415865 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 14:42:03 2026 Info: New SMTP ICID 415866 interface IncomingMail (192.0.2.10) address 198.51.61.134 reverse dns host mail.partner.example verified yes
Tue Nov 17 14:42:03 2026 Info: ICID 415866 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.0
Tue Nov 17 14:42:03 2026 Info: ICID 415866 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 14:42:03 2026 Info: Start MID 1040369 ICID 415865
Tue Nov 17 14:42:03 2026 Info: MID 1040369 ICID 415865 From: <tom.cohen@lawfirm.example>
Tue Nov 17 14:42:03 2026 Info: MID 1040369 ICID 415865 RID 0 To: <ravi.nguyen48@corp.example>
Tue Nov 17 14:42:03 2026 Info: Start MID 1040370 ICID 415866
Tue Nov 17 14:42:03 2026 Info: MID 1040370 ICID 415866 From: <tom.smith@partner.example>
Tue Nov 17 14:42:03 2026 Info: MID 1040370 ICID 415866 RID 0 To: <noah.okafor90@corp.example>
Tue Nov 17 14:42:03 2026 Info: MID 1040370 ICID 415866 RID 1 To: <ida.dubois@corp.example>
Tue Nov 17 14:42:03 2026 Info: MID 1040370 ICID 415866 RID 2 To: <yuki.ivanova@corp.example>
Tue Nov 17 14:42:03 2026 Info: MID 1040369 Message-ID '<29c567cd6c425dea6aa5.87214@lawfirm.example>'
Tue Nov 17 14:42:03 2026 Info: MID 1040369 Subject 'Scan from copier 92684'
Tue Nov 17 14:42:03 2026 Info: MID 1040369 ready 5507 bytes from <tom.cohen@lawfirm.example>
Tue Nov 17 14:42:03 2026 Info: ICID 415865 close
Tue Nov 17 14:42:03 2026 Info: MID 1040369 SPF: mailfrom identity tom.cohen@lawfirm.example Pass (v=spf1)
Tue Nov 17 14:42:03 2026 Info: MID 1040369 using engine: CASE spam negative
Tue Nov 17 14:42:03 2026 Info: MID 1040370 Message-ID '<d0571c73f50470e00a23.56473@partner.example>'
Tue Nov 17 14:42:03 2026 Info: MID 1040370 Subject 'Lunch on Friday?'
Tue Nov 17 14:42:03 2026 Info: MID 1040370 ready 36736 bytes from <tom.smith@partner.example>
Tue Nov 17 14:42:03 2026 Info: MID 1040370 using engine: CASE spam negative
Tue Nov 17 14:42:03 2026 Info: ICID 415866 close
Tue Nov 17 14:42:03 2026 Info: MID 1040370 DKIM: pass signature verified (d=partner.example s=s1 i=@partner.example)
Tue Nov 17 14:42:03 2026 Info: MID 1040370 SPF: mailfrom identity tom.smith@partner.example Pass (v=spf1)
Tue Nov 17 14:42:04 2026 Info: MID 1040370 DMARC: Verification passed
Tue Nov 17 14:42:04 2026 Info: MID 1040369 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 14:42:04 2026 Info: MID 1040369 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 14:42:05 2026 Info: MID 1040370 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 14:42:05 2026 Info: MID 1040370 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 14:42:05 2026 Info: MID 1040369 queued for delivery
Tue Nov 17 14:42:06 2026 Info: MID 1040370 queued for delivery
Tue Nov 17 14:42:08 2026 Info: New SMTP DCID 203840 interface 192.0.2.20 address 52.101.163.242 port 25
Tue Nov 17 14:42:08 2026 Info: DCID 203840 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 14:42:08 2026 Info: Delivery start DCID 203840 MID 1040369 to RID [0]
Tue Nov 17 14:42:08 2026 Info: Message done DCID 203840 MID 1040369 to RID [0]
Tue Nov 17 14:42:08 2026 Info: MID 1040369 RID [0] Response '2.6.0 [InternalId=217281220682, Hostname=AM0PR01MB5160.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 14:42:08 2026 Info: Message finished MID 1040369 done
Tue Nov 17 14:42:08 2026 Info: DCID 203840 close
Tue Nov 17 14:42:09 2026 Info: New SMTP DCID 203841 interface 192.0.2.20 address 52.101.188.222 port 25
Tue Nov 17 14:42:09 2026 Info: DCID 203841 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 14:42:09 2026 Info: Delivery start DCID 203841 MID 1040370 to RID [0, 1, 2]
Tue Nov 17 14:42:10 2026 Info: Message done DCID 203841 MID 1040370 to RID [0, 1, 2]
Tue Nov 17 14:42:10 2026 Info: MID 1040370 RID [0, 1, 2] Response '2.0.0 Ok: queued as qVRSqcNJxLKgDZMz'
Tue Nov 17 14:42:10 2026 Info: Message finished MID 1040370 done
Tue Nov 17 14:42:10 2026 Info: DCID 203841 close
Tue Nov 17 14:47:00 2026 Info: New SMTP ICID 415867 interface IncomingMail (192.0.2.10) address 198.51.46.160 reverse dns host mail.bank.example verified yes
Tue Nov 17 14:47:00 2026 Info: ICID 415867 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.0
Tue Nov 17 14:47:00 2026 Info: ICID 415867 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 14:47:00 2026 Info: Start MID 1040371 ICID 415867
Tue Nov 17 14:47:00 2026 Info: MID 1040371 ICID 415867 From: <hugo.weber@bank.example>
Tue Nov 17 14:47:00 2026 Info: MID 1040371 ICID 415867 RID 0 To: <li.larsen@corp.example>
Tue Nov 17 14:47:00 2026 Info: MID 1040371 ICID 415867 RID 1 To: <ida.dubois@corp.example>
Tue Nov 17 14:47:00 2026 Info: MID 1040371 ICID 415867 RID 2 To: <noah.okafor90@corp.example>
Tue Nov 17 14:47:00 2026 Info: MID 1040371 ICID 415867 RID 3 To: <journal@corp.example>
Tue Nov 17 14:47:00 2026 Info: MID 1040371 ICID 415867 RID 4 To: <yuki.ivanova@corp.example>
Tue Nov 17 14:47:00 2026 Info: MID 1040371 ICID 415867 RID 5 To: <helpdesk@corp-mail.example>
Tue Nov 17 14:47:01 2026 Info: MID 1040371 Message-ID '<d7fd0b7aff8904b33959.12325@bank.example>'
Tue Nov 17 14:47:01 2026 Info: MID 1040371 Subject 'Reminder: timesheets due'
Tue Nov 17 14:47:01 2026 Info: MID 1040371 ready 38412 bytes from <hugo.weber@bank.example>
Tue Nov 17 14:47:01 2026 Info: MID 1040371 URL https://www.bank.example/t/6efc1abede has reputation 7.9 matched Condition: URL Reputation Rule
Tue Nov 17 14:47:01 2026 Info: ICID 415867 close
Tue Nov 17 14:47:01 2026 Info: MID 1040371 Outbreak Filters: verdict negative
Tue Nov 17 14:47:01 2026 Info: MID 1040371 SPF: mailfrom identity hugo.weber@bank.example Pass (v=spf1)
Tue Nov 17 14:47:02 2026 Info: MID 1040371 using engine: CASE spam negative
Tue Nov 17 14:47:03 2026 Info: MID 1040371 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 14:47:03 2026 Info: MID 1040371 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 14:47:04 2026 Info: MID 1040371 queued for delivery
Tue Nov 17 14:47:07 2026 Info: New SMTP DCID 203842 interface 192.0.2.20 address 52.101.230.11 port 25
Tue Nov 17 14:47:07 2026 Info: DCID 203842 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 14:47:07 2026 Info: Delivery start DCID 203842 MID 1040371 to RID [0, 1, 2, 3, 4, 5]
Tue Nov 17 14:47:09 2026 Info: Bounced: DCID 203842 MID 1040371 From: <hugo.weber@bank.example> To: <yuki.ivanova@corp.example> RID 4 - 5.2.2 - Mailbox full ('552', ['5.2.2 <yuki.ivanova@corp.example>: Mailbox full; quota exceeded'])
Tue Nov 17 14:47:09 2026 Info: Message done DCID 203842 MID 1040371 to RID [0, 1, 2, 3, 5]
Tue Nov 17 14:47:09 2026 Info: MID 1040371 RID [0, 1, 2, 3, 5] Response '2.6.0 [InternalId=477386015523, Hostname=AM0PR01MB3047.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 14:47:09 2026 Info: Message finished MID 1040371 done
Tue Nov 17 14:47:09 2026 Info: DCID 203842 close
Tue Nov 17 14:47:11 2026 Info: Start MID 1040372 ICID 0
Tue Nov 17 14:47:11 2026 Info: MID 1040372 was generated for bounce of MID 1040371
Tue Nov 17 14:47:11 2026 Info: MID 1040372 ICID 0 From: <>
Tue Nov 17 14:47:11 2026 Info: MID 1040372 ICID 0 RID 0 To: <hugo.weber@bank.example>
Tue Nov 17 14:47:11 2026 Info: MID 1040372 matched all recipients for per-recipient policy DEFAULT in the outbound table
Tue Nov 17 14:47:11 2026 Info: MID 1040372 ready 5741 bytes from <>
Tue Nov 17 14:47:11 2026 Info: MID 1040372 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 14:47:11 2026 Info: MID 1040372 queued for delivery
Tue Nov 17 14:47:14 2026 Info: New SMTP DCID 203843 interface 192.0.2.20 address 203.0.113.154 port 25
Tue Nov 17 14:47:14 2026 Info: DCID 203843 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 14:47:14 2026 Info: Delivery start DCID 203843 MID 1040372 to RID [0]
Tue Nov 17 14:47:14 2026 Info: Message done DCID 203843 MID 1040372 to RID [0]
Tue Nov 17 14:47:14 2026 Info: MID 1040372 RID [0] Response '2.0.0 Ok: queued as uiJ9t79v56KVgnJR'
Tue Nov 17 14:47:14 2026 Info: Message finished MID 1040372 done
Tue Nov 17 14:47:14 2026 Info: DCID 203843 close
Tue Nov 17 14:47:22 2026 Info: New SMTP ICID 415868 interface IncomingMail (192.0.2.10) address 198.51.183.29 reverse dns host mail.partner.example verified yes
Tue Nov 17 14:47:22 2026 Info: ICID 415868 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.4
Tue Nov 17 14:47:22 2026 Info: ICID 415868 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 14:47:23 2026 Info: Start MID 1040373 ICID 415868
Tue Nov 17 14:47:23 2026 Info: MID 1040373 ICID 415868 From: <raj.obrien@partner.example>
Tue Nov 17 14:47:23 2026 Info: MID 1040373 ICID 415868 RID 0 To: <tom.weber@corp.example>
Tue Nov 17 14:47:23 2026 Info: MID 1040373 Message-ID '<e006afe1411aeec0354d.40322@partner.example>'
Tue Nov 17 14:47:23 2026 Info: MID 1040373 Subject "Re: O'Brien account review"
Tue Nov 17 14:47:23 2026 Info: MID 1040373 ready 30097 bytes from <raj.obrien@partner.example>
Tue Nov 17 14:47:23 2026 Info: ICID 415868 close
Tue Nov 17 14:47:23 2026 Info: MID 1040373 DKIM: pass signature verified (d=partner.example s=s1 i=@partner.example)
Tue Nov 17 14:47:23 2026 Info: MID 1040373 using engine: CASE spam negative
Tue Nov 17 14:47:23 2026 Info: MID 1040373 SPF: mailfrom identity raj.obrien@partner.example Pass (v=spf1)
Tue Nov 17 14:47:23 2026 Info: MID 1040373 DMARC: Verification passed
Tue Nov 17 14:47:24 2026 Info: New SMTP ICID 415869 interface IncomingMail (192.0.2.10) address 198.51.33.140 reverse dns host mail.bank.example verified yes
Tue Nov 17 14:47:24 2026 Info: ICID 415869 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.3
Tue Nov 17 14:47:24 2026 Info: ICID 415869 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 14:47:24 2026 Info: Start MID 1040374 ICID 415869
Tue Nov 17 14:47:24 2026 Info: MID 1040374 ICID 415869 From: <leo.mendes@bank.example>
Tue Nov 17 14:47:24 2026 Info: MID 1040374 ICID 415869 RID 0 To: <zoe.kim@corp-mail.example>
Tue Nov 17 14:47:24 2026 Info: MID 1040373 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 14:47:24 2026 Info: MID 1040374 Message-ID '<a2c5ba0fa4add513efa0.27601@bank.example>'
Tue Nov 17 14:47:24 2026 Info: MID 1040374 Subject "Re: O'Brien account review"
Tue Nov 17 14:47:24 2026 Info: MID 1040374 ready 140780 bytes from <leo.mendes@bank.example>
Tue Nov 17 14:47:24 2026 Info: ICID 415869 close
Tue Nov 17 14:47:24 2026 Info: MID 1040374 using engine: CASE spam negative
Tue Nov 17 14:47:24 2026 Info: MID 1040373 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 14:47:24 2026 Info: MID 1040374 SPF: mailfrom identity leo.mendes@bank.example Pass (v=spf1)
Tue Nov 17 14:47:24 2026 Info: MID 1040374 interim AV verdict using Sophos CLEAN
Tue Nov 17 14:47:25 2026 Info: MID 1040374 DMARC: Verification passed
Tue Nov 17 14:47:25 2026 Info: MID 1040374 antivirus negative
Tue Nov 17 14:47:25 2026 Info: MID 1040374 DKIM: pass signature verified (d=bank.example s=s3 i=@bank.example)
Tue Nov 17 14:47:25 2026 Info: MID 1040373 queued for delivery
Tue Nov 17 14:47:25 2026 Info: MID 1040374 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 14:47:25 2026 Info: MID 1040374 attachment 'Report,Final Draft: Revenue (Q3),Approved.pdf'
Tue Nov 17 14:47:25 2026 Info: File reputation query initiating. File Name = Report,Final Draft: Revenue (Q3),Approved.pdf, MID = 1040374, File Size = 96903 bytes, File Type = application/pdf
Tue Nov 17 14:47:25 2026 Info: MID 1040374 AMP file reputation verdict : CLEAN
Tue Nov 17 14:47:25 2026 Info: Response received for file reputation query from Cache. File Name = Report,Final Draft: Revenue (Q3),Approved.pdf, MID = 1040374, Disposition = CLEAN, Malware = None, Analysis Score = 5, sha256 = 53b97377b34e8ece7e9ee51d9212824c83c8cb28eb4ed2e3895e8b6b263cfa5e, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Tue Nov 17 14:47:27 2026 Info: MID 1040374 queued for delivery
Tue Nov 17 14:47:27 2026 Info: New SMTP DCID 203844 interface 192.0.2.20 address 52.101.128.215 port 25
Tue Nov 17 14:47:27 2026 Info: DCID 203844 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 14:47:27 2026 Info: Delivery start DCID 203844 MID 1040373 to RID [0]
Tue Nov 17 14:47:29 2026 Info: Message done DCID 203844 MID 1040373 to RID [0]
Tue Nov 17 14:47:29 2026 Info: MID 1040373 RID [0] Response '2.0.0 Ok: queued as jD3vTghXstCeiYpe'
Tue Nov 17 14:47:29 2026 Info: Message finished MID 1040373 done
Tue Nov 17 14:47:29 2026 Info: DCID 203844 close
Tue Nov 17 14:47:31 2026 Info: New SMTP DCID 203845 interface 192.0.2.20 address 52.101.29.59 port 25
Tue Nov 17 14:47:31 2026 Info: DCID 203845 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 14:47:31 2026 Info: Delivery start DCID 203845 MID 1040374 to RID [0]
Tue Nov 17 14:47:32 2026 Info: Message done DCID 203845 MID 1040374 to RID [0]
Tue Nov 17 14:47:32 2026 Info: MID 1040374 RID [0] Response '2.6.0 [InternalId=535556970417, Hostname=AM0PR01MB5511.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 14:47:32 2026 Info: Message finished MID 1040374 done
Tue Nov 17 14:47:32 2026 Info: DCID 203845 close
Tue Nov 17 15:10:29 2026 Info: New SMTP ICID 415870 interface IncomingMail (192.0.2.10) address 198.51.213.176 reverse dns host mail.cloudapp.example verified yes
Tue Nov 17 15:10:29 2026 Info: ICID 415870 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.8
Tue Nov 17 15:10:29 2026 Info: ICID 415870 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 15:10:29 2026 Info: Start MID 1040375 ICID 415870
Tue Nov 17 15:10:29 2026 Info: MID 1040375 ICID 415870 From: <li.walsh@cloudapp.example>
Tue Nov 17 15:10:29 2026 Info: MID 1040375 ICID 415870 RID 0 To: <kofi.nguyen@corp.example>
Tue Nov 17 15:10:29 2026 Info: MID 1040375 ICID 415870 RID 1 To: <omar.weber@corp.example>
Tue Nov 17 15:10:29 2026 Info: MID 1040375 ICID 415870 RID 2 To: <eva.kowalski@corp.example>
Tue Nov 17 15:10:29 2026 Info: MID 1040375 ICID 415870 RID 3 To: <inovak@corp.example>
Tue Nov 17 15:10:29 2026 Info: MID 1040375 Message-ID '<CAEaqdk1KiRbLJo-/QNEkfqJxKPpLc=uqFju/v7=ZzoZ@mail.cloudapp.example>'
Tue Nov 17 15:10:29 2026 Info: MID 1040375 Subject 'Quarterly report'
Tue Nov 17 15:10:29 2026 Info: MID 1040375 ready 17865 bytes from <li.walsh@cloudapp.example>
Tue Nov 17 15:10:29 2026 Info: MID 1040375 DKIM: pass signature verified (d=cloudapp.example s=s7 i=@cloudapp.example)
Tue Nov 17 15:10:29 2026 Info: MID 1040375 DMARC: Verification passed
Tue Nov 17 15:10:30 2026 Info: ICID 415870 close
Tue Nov 17 15:10:30 2026 Info: MID 1040375 using engine: CASE spam negative
Tue Nov 17 15:10:30 2026 Info: MID 1040375 SPF: mailfrom identity li.walsh@cloudapp.example Pass (v=spf1)
Tue Nov 17 15:10:30 2026 Info: MID 1040375 antivirus negative
Tue Nov 17 15:10:30 2026 Info: MID 1040375 interim AV verdict using Sophos CLEAN
Tue Nov 17 15:10:31 2026 Info: MID 1040375 matched all recipients for per-recipient policy Finance in the inbound table
Tue Nov 17 15:10:31 2026 Info: MID 1040375 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 15:10:33 2026 Info: MID 1040375 queued for delivery
Tue Nov 17 15:10:33 2026 Info: MID 1040376 was generated based on MID 1040375 by bcc filter 'Finance_Archive'
Tue Nov 17 15:10:33 2026 Info: MID 1040376 ICID 0 From: <li.walsh@cloudapp.example>
Tue Nov 17 15:10:33 2026 Info: MID 1040376 ICID 0 RID 0 To: <finance-archive@corp.example>
Tue Nov 17 15:10:33 2026 Info: MID 1040376 Message-ID '<CAEaqdk1KiRbLJo-/QNEkfqJxKPpLc=uqFju/v7=ZzoZ@mail.cloudapp.example>'
Tue Nov 17 15:10:33 2026 Info: MID 1040376 matched all recipients for per-recipient policy Finance in the inbound table
Tue Nov 17 15:10:33 2026 Info: MID 1040376 queued for delivery
Tue Nov 17 15:10:34 2026 Info: New SMTP DCID 203847 interface 192.0.2.20 address 52.101.243.114 port 25
Tue Nov 17 15:10:34 2026 Info: DCID 203847 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 15:10:34 2026 Info: Delivery start DCID 203847 MID 1040376 to RID [0]
Tue Nov 17 15:10:35 2026 Info: New SMTP DCID 203846 interface 192.0.2.20 address 52.101.1.91 port 25
Tue Nov 17 15:10:35 2026 Info: DCID 203846 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 15:10:35 2026 Info: Delivery start DCID 203846 MID 1040375 to RID [0, 1, 2, 3]
Tue Nov 17 15:10:36 2026 Info: Message done DCID 203847 MID 1040376 to RID [0]
Tue Nov 17 15:10:36 2026 Info: MID 1040376 RID [0] Response '2.0.0 Ok: queued as 5x3RrGcAaMZpp36T'
Tue Nov 17 15:10:36 2026 Info: Message finished MID 1040376 done
Tue Nov 17 15:10:36 2026 Info: DCID 203847 close
Tue Nov 17 15:10:37 2026 Info: Message done DCID 203846 MID 1040375 to RID [0, 1, 2, 3] [('from', 'li.walsh@cloudapp.example'), ('to', 'kofi.nguyen@corp.example')]
Tue Nov 17 15:10:37 2026 Info: MID 1040375 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=664657628894, Hostname=AM0PR01MB1318.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 15:10:37 2026 Info: DCID 203846 close
Tue Nov 17 15:10:37 2026 Info: Message finished MID 1040375 done
Tue Nov 17 15:13:22 2026 Info: New SMTP ICID 415871 interface IncomingMail (192.0.2.10) address 198.51.156.187 reverse dns host mail.newsletter.example verified yes
Tue Nov 17 15:13:22 2026 Info: ICID 415871 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.8
Tue Nov 17 15:13:22 2026 Info: ICID 415871 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 15:13:22 2026 Info: Start MID 1040377 ICID 415871
Tue Nov 17 15:13:22 2026 Info: MID 1040377 ICID 415871 From: <paul.smith@newsletter.example>
Tue Nov 17 15:13:22 2026 Info: MID 1040377 ICID 415871 RID 0 To: <nina.lopez@corp.example>
Tue Nov 17 15:13:22 2026 Info: MID 1040377 ICID 415871 RID 1 To: <finance-archive@corp.example>
Tue Nov 17 15:13:22 2026 Info: MID 1040377 Message-ID '<50d699f9d7eb9a58%79#&a9e5c@newsletter.example>'
Tue Nov 17 15:13:22 2026 Info: MID 1040377 Subject 'Your order 56656 has shipped'
Tue Nov 17 15:13:22 2026 Info: MID 1040377 ready 538264 bytes from <paul.smith@newsletter.example>
Tue Nov 17 15:13:22 2026 Info: ICID 415871 close
Tue Nov 17 15:13:22 2026 Info: MID 1040377 interim AV verdict using Sophos CLEAN
Tue Nov 17 15:13:23 2026 Info: MID 1040377 DKIM: pass signature verified (d=newsletter.example s=s7 i=@newsletter.example)
Tue Nov 17 15:13:23 2026 Info: MID 1040377 using engine: CASE spam negative
Tue Nov 17 15:13:23 2026 Info: MID 1040377 antivirus negative
Tue Nov 17 15:13:23 2026 Info: MID 1040377 SPF: mailfrom identity paul.smith@newsletter.example Pass (v=spf1)
Tue Nov 17 15:13:23 2026 Info: MID 1040377 DMARC: Verification passed
Tue Nov 17 15:13:23 2026 Info: MID 1040377 matched all recipients for per-recipient policy Finance in the inbound table
Tue Nov 17 15:13:23 2026 Info: MID 1040377 attachment 'Q1 Report 2026.pdf'
Tue Nov 17 15:13:23 2026 Info: MID 1040377 AMP file reputation verdict : UNKNOWN
Tue Nov 17 15:13:25 2026 Info: MID 1040377 queued for delivery
Tue Nov 17 15:13:26 2026 Info: MID 1040378 was generated based on MID 1040377 by bcc filter 'Finance_Archive'
Tue Nov 17 15:13:26 2026 Info: MID 1040378 ICID 0 From: <paul.smith@newsletter.example>
Tue Nov 17 15:13:26 2026 Info: MID 1040378 ICID 0 RID 0 To: <finance-archive@corp.example>
Tue Nov 17 15:13:26 2026 Info: MID 1040378 Message-ID '<50d699f9d7eb9a58%79#&a9e5c@newsletter.example>'
Tue Nov 17 15:13:26 2026 Info: MID 1040378 matched all recipients for per-recipient policy Finance in the inbound table
Tue Nov 17 15:13:26 2026 Info: MID 1040378 queued for delivery
Tue Nov 17 15:13:28 2026 Info: New SMTP DCID 203849 interface 192.0.2.20 address 52.101.125.227 port 25
Tue Nov 17 15:13:28 2026 Info: DCID 203849 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 15:13:28 2026 Info: Delivery start DCID 203849 MID 1040378 to RID [0]
Tue Nov 17 15:13:29 2026 Info: New SMTP DCID 203848 interface 192.0.2.20 address 52.101.246.51 port 25
Tue Nov 17 15:13:29 2026 Info: DCID 203848 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 15:13:29 2026 Info: Delivery start DCID 203848 MID 1040377 to RID [0, 1]
Tue Nov 17 15:13:29 2026 Info: Message done DCID 203849 MID 1040378 to RID [0]
Tue Nov 17 15:13:29 2026 Info: MID 1040378 RID [0] Response '2.0.0 Ok: queued as MyhBcgHXdc5Y4StJ'
Tue Nov 17 15:13:29 2026 Info: Message finished MID 1040378 done
Tue Nov 17 15:13:29 2026 Info: DCID 203849 close
Tue Nov 17 15:13:29 2026 Info: Message done DCID 203848 MID 1040377 to RID [0, 1]
Tue Nov 17 15:13:29 2026 Info: MID 1040377 RID [0, 1] Response '2.6.0 [InternalId=228416076866, Hostname=AM0PR01MB6292.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 15:13:29 2026 Info: Message finished MID 1040377 done
Tue Nov 17 15:13:29 2026 Info: DCID 203848 close
Tue Nov 17 15:19:04 2026 Info: New SMTP ICID 415872 interface OutgoingMail (192.0.2.11) address 10.20.5.229 reverse dns host exch2.corp.example verified yes
Tue Nov 17 15:19:04 2026 Info: ICID 415872 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Tue Nov 17 15:19:05 2026 Info: Start MID 1040379 ICID 415872
Tue Nov 17 15:19:05 2026 Info: MID 1040379 ICID 415872 From: <sara.novak23@corp.example>
Tue Nov 17 15:19:05 2026 Info: MID 1040379 ICID 415872 RID 0 To: <chen.haddad@client-a.example>
Tue Nov 17 15:19:05 2026 Info: MID 1040379 Message-ID '<be7a5543244a0d41e821.73554@corp.example>'
Tue Nov 17 15:19:05 2026 Info: MID 1040379 Subject 'Lunch on Friday?'
Tue Nov 17 15:19:05 2026 Info: MID 1040379 ready 195481 bytes from <sara.novak23@corp.example>
Tue Nov 17 15:19:05 2026 Info: MID 1040379 interim AV verdict using Sophos CLEAN
Tue Nov 17 15:19:05 2026 Info: ICID 415872 close
Tue Nov 17 15:19:05 2026 Info: MID 1040379 using engine: CASE spam negative
Tue Nov 17 15:19:05 2026 Info: MID 1040379 DKIM: pass signature verified (d=corp.example s=s9 i=@corp.example)
Tue Nov 17 15:19:05 2026 Info: MID 1040379 SPF: mailfrom identity sara.novak23@corp.example Pass (v=spf1)
Tue Nov 17 15:19:05 2026 Info: MID 1040379 DMARC: Verification passed
Tue Nov 17 15:19:05 2026 Info: MID 1040379 antivirus negative
Tue Nov 17 15:19:06 2026 Info: MID 1040379 matched all recipients for per-recipient policy DEFAULT in the outbound table
Tue Nov 17 15:19:06 2026 Info: MID 1040379 attachment 'minutes-2388.docx'
Tue Nov 17 15:19:06 2026 Info: File reputation query initiating. File Name = 'minutes-2388.docx', MID = 1040379, File Size = 90409 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Tue Nov 17 15:19:06 2026 Info: MID 1040379 attachment 'image002.jpg'
Tue Nov 17 15:19:06 2026 Info: File reputation query initiating. File Name = 'image002.jpg', MID = 1040379, File Size = 45341 bytes, File Type = image/jpeg
Tue Nov 17 15:19:06 2026 Info: MID 1040379 AMP file reputation verdict : CLEAN
Tue Nov 17 15:19:06 2026 Info: Response received for file reputation query from Cache. File Name = 'image002.jpg', MID = 1040379, Disposition = CLEAN, Malware = None, Reputation Score = 0, sha256 = 81b62bb5f86664ae64a149f5e3838b9ed5a9422a8bc083117eb86c57a81100a1, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Tue Nov 17 15:19:06 2026 Info: Response received for file reputation query from Cloud. File Name = 'minutes-2388.docx', MID = 1040379, Disposition = CLEAN, Malware = None, Reputation Score = 0, sha256 = 690e3666b0b6b76554ac365e8c7ed09e483a17de8b419721742850f0a73282be, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Tue Nov 17 15:19:08 2026 Info: MID 1040379 queued for delivery
Tue Nov 17 15:19:09 2026 Info: New SMTP DCID 203850 interface 192.0.2.20 address 203.0.113.245 port 25
Tue Nov 17 15:19:09 2026 Info: DCID 203850 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 15:19:09 2026 Info: Delivery start DCID 203850 MID 1040379 to RID [0]
Tue Nov 17 15:19:11 2026 Info: Message done DCID 203850 MID 1040379 to RID [0] [('from', 'sara.novak23@corp.example'), ('to', 'chen.haddad@client-a.example')]
Tue Nov 17 15:19:11 2026 Info: MID 1040379 RID [0] Response '2.0.0 Ok: queued as 7wEBpKHRbSn9uyvj'
Tue Nov 17 15:19:11 2026 Info: Message finished MID 1040379 done
Tue Nov 17 15:19:12 2026 Info: DCID 203850 close
Tue Nov 17 15:52:24 2026 Info: New SMTP ICID 415873 interface IncomingMail (192.0.2.10) address 198.51.150.187 reverse dns host mail.partner.example verified yes
Tue Nov 17 15:52:24 2026 Info: ICID 415873 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.1
Tue Nov 17 15:52:24 2026 Info: ICID 415873 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 15:52:25 2026 Info: Start MID 1040380 ICID 415873
Tue Nov 17 15:52:25 2026 Info: MID 1040380 ICID 415873 From: <nora.okafor@partner.example>
Tue Nov 17 15:52:25 2026 Info: MID 1040380 ICID 415873 RID 0 To: <ldubois@corp.example>
Tue Nov 17 15:52:25 2026 Info: MID 1040380 Message-ID '<8a2e70c20ff5f871957d.73104@partner.example>'
Tue Nov 17 15:52:25 2026 Info: MID 1040380 Subject 'Welcome to the team!'
Tue Nov 17 15:52:25 2026 Info: MID 1040380 ready 35485 bytes from <nora.okafor@partner.example>
Tue Nov 17 15:52:25 2026 Info: MID 1040380 DMARC: Verification passed
Tue Nov 17 15:52:25 2026 Info: MID 1040380 using engine: CASE spam negative
Tue Nov 17 15:52:25 2026 Info: MID 1040380 DKIM: pass signature verified (d=partner.example s=s9 i=@partner.example)
Tue Nov 17 15:52:25 2026 Info: ICID 415873 close
Tue Nov 17 15:52:25 2026 Info: MID 1040380 SPF: mailfrom identity nora.okafor@partner.example Pass (v=spf1)
Tue Nov 17 15:52:25 2026 Info: MID 1040380 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 15:52:25 2026 Info: MID 1040380 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 15:52:27 2026 Info: New SMTP ICID 415874 interface IncomingMail (192.0.2.10) address 198.51.216.253 reverse dns host mail.partner.example verified yes
Tue Nov 17 15:52:27 2026 Info: ICID 415874 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.4
Tue Nov 17 15:52:27 2026 Info: ICID 415874 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 15:52:27 2026 Info: Start MID 1040381 ICID 415874
Tue Nov 17 15:52:27 2026 Info: MID 1040381 ICID 415874 From: <ewa.obrien@partner.example>
Tue Nov 17 15:52:27 2026 Info: MID 1040381 ICID 415874 RID 0 To: <omar.garcia@corp.example>
Tue Nov 17 15:52:27 2026 Info: MID 1040381 ICID 415874 RID 1 To: <omar.mendes@corp.example>
Tue Nov 17 15:52:27 2026 Info: MID 1040381 ICID 415874 RID 2 To: <dan.okafor@corp.example>
Tue Nov 17 15:52:27 2026 Info: MID 1040381 ICID 415874 RID 3 To: <marc.kowalski@corp.example>
Tue Nov 17 15:52:27 2026 Info: MID 1040381 Message-ID '<f05f5251319a6fda0d01.65251@partner.example>'
Tue Nov 17 15:52:27 2026 Info: MID 1040381 Subject 'Meeting notes'
Tue Nov 17 15:52:27 2026 Info: MID 1040381 ready 392944 bytes from <ewa.obrien@partner.example>
Tue Nov 17 15:52:27 2026 Info: MID 1040381 SPF: mailfrom identity ewa.obrien@partner.example Pass (v=spf1)
Tue Nov 17 15:52:27 2026 Info: MID 1040381 using engine: CASE spam negative
Tue Nov 17 15:52:27 2026 Info: ICID 415874 close
Tue Nov 17 15:52:27 2026 Info: MID 1040381 DMARC: Verification passed
Tue Nov 17 15:52:27 2026 Info: MID 1040381 DKIM: pass signature verified (d=partner.example s=s3 i=@partner.example)
Tue Nov 17 15:52:27 2026 Info: MID 1040381 antivirus negative
Tue Nov 17 15:52:27 2026 Info: MID 1040381 interim AV verdict using Sophos CLEAN
Tue Nov 17 15:52:28 2026 Info: MID 1040380 queued for delivery
Tue Nov 17 15:52:28 2026 Info: New SMTP DCID 203851 interface 192.0.2.20 address 52.101.64.213 port 25
Tue Nov 17 15:52:28 2026 Info: DCID 203851 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 15:52:28 2026 Info: Delivery start DCID 203851 MID 1040380 to RID [0]
Tue Nov 17 15:52:28 2026 Info: MID 1040381 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 15:52:28 2026 Info: MID 1040381 attachment 'invoice_77975.pdf'
Tue Nov 17 15:52:28 2026 Info: MID 1040381 AMP file reputation verdict : CLEAN
Tue Nov 17 15:52:30 2026 Info: MID 1040381 queued for delivery
Tue Nov 17 15:52:30 2026 Info: Message done DCID 203851 MID 1040380 to RID [0] [('from', 'nora.okafor@partner.example'), ('to', 'ldubois@corp.example')]
Tue Nov 17 15:52:30 2026 Info: MID 1040380 RID [0] Response '2.6.0 [InternalId=875842382947, Hostname=AM0PR01MB8330.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 15:52:30 2026 Info: Message finished MID 1040380 done
Tue Nov 17 15:52:30 2026 Info: DCID 203851 close
Tue Nov 17 15:52:30 2026 Info: New SMTP DCID 203852 interface 192.0.2.20 address 52.101.11.73 port 25
Tue Nov 17 15:52:30 2026 Info: DCID 203852 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 15:52:30 2026 Info: Delivery start DCID 203852 MID 1040381 to RID [0, 1, 2, 3]
Tue Nov 17 15:52:32 2026 Info: Message done DCID 203852 MID 1040381 to RID [0, 1, 2, 3]
Tue Nov 17 15:52:32 2026 Info: MID 1040381 RID [0, 1, 2, 3] Response '2.0.0 Ok: queued as 9uLj48y7skkikyhD'
Tue Nov 17 15:52:32 2026 Info: Message finished MID 1040381 done
Tue Nov 17 15:52:32 2026 Info: DCID 203852 close
Tue Nov 17 16:16:51 2026 Info: New SMTP ICID 415875 interface IncomingMail (192.0.2.10) address 198.51.9.138 reverse dns host mail.partner.example verified yes
Tue Nov 17 16:16:51 2026 Info: ICID 415875 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.1
Tue Nov 17 16:16:51 2026 Info: ICID 415875 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 16:16:51 2026 Info: Start MID 1040382 ICID 415875
Tue Nov 17 16:16:51 2026 Info: MID 1040382 ICID 415875 From: <nora.okafor@partner.example>
Tue Nov 17 16:16:51 2026 Info: MID 1040382 ICID 415875 RID 0 To: <lena.novak@corp.example>
Tue Nov 17 16:16:51 2026 Info: MID 1040382 Message-ID '<CAcNP3Wm7B8IYiw-rimsNYwNxyc7HM=Q_orzt9/60E83@mail.partner.example>'
Tue Nov 17 16:16:51 2026 Info: MID 1040382 Subject Re: [support #15090] FW: issue\r\n with the VPN client after the latest update (urgent)
Tue Nov 17 16:16:51 2026 Info: MID 1040382 ready 1517829 bytes from <nora.okafor@partner.example>
Tue Nov 17 16:16:51 2026 Info: ICID 415875 close
Tue Nov 17 16:16:51 2026 Info: MID 1040382 DMARC: Verification passed
Tue Nov 17 16:16:51 2026 Info: MID 1040382 SPF: mailfrom identity nora.okafor@partner.example Pass (v=spf1)
Tue Nov 17 16:16:51 2026 Info: MID 1040382 antivirus negative
Tue Nov 17 16:16:51 2026 Info: MID 1040382 DKIM: pass signature verified (d=partner.example s=s6 i=@partner.example)
Tue Nov 17 16:16:51 2026 Info: MID 1040382 interim AV verdict using Sophos CLEAN
Tue Nov 17 16:16:51 2026 Info: MID 1040382 using engine: CASE spam negative
Tue Nov 17 16:16:52 2026 Info: MID 1040382 matched all recipients for per-recipient policy Finance in the inbound table
Tue Nov 17 16:16:52 2026 Info: MID 1040382 attachment 'meeting.ics'
Tue Nov 17 16:16:52 2026 Info: MID 1040382 attachment 'specs-18086.zip'
Tue Nov 17 16:16:52 2026 Info: MID 1040382 AMP file reputation verdict : UNKNOWN
Tue Nov 17 16:16:53 2026 Info: New SMTP ICID 415876 interface IncomingMail (192.0.2.10) address 198.51.170.233 reverse dns host mail.newsletter.example verified yes
Tue Nov 17 16:16:53 2026 Info: ICID 415876 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.3
Tue Nov 17 16:16:53 2026 Info: ICID 415876 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 16:16:53 2026 Info: MID 1040382 queued for delivery
Tue Nov 17 16:16:53 2026 Info: Start MID 1040384 ICID 415876
Tue Nov 17 16:16:53 2026 Info: MID 1040384 ICID 415876 From: <paul.smith@newsletter.example>
Tue Nov 17 16:16:53 2026 Info: MID 1040384 ICID 415876 RID 0 To: <li.haddad@corp.example>
Tue Nov 17 16:16:54 2026 Info: MID 1040383 was generated based on MID 1040382 by bcc filter 'Finance_Archive'
Tue Nov 17 16:16:54 2026 Info: MID 1040383 ICID 0 From: <nora.okafor@partner.example>
Tue Nov 17 16:16:54 2026 Info: MID 1040383 ICID 0 RID 0 To: <finance-archive@corp.example>
Tue Nov 17 16:16:54 2026 Info: MID 1040383 Message-ID '<CAcNP3Wm7B8IYiw-rimsNYwNxyc7HM=Q_orzt9/60E83@mail.partner.example>'
Tue Nov 17 16:16:54 2026 Info: MID 1040383 matched all recipients for per-recipient policy Finance in the inbound table
Tue Nov 17 16:16:54 2026 Info: MID 1040383 queued for delivery
Tue Nov 17 16:16:54 2026 Info: MID 1040384 Message-ID '<2a17cf816d51f520116e.14799@newsletter.example>'
Tue Nov 17 16:16:54 2026 Info: MID 1040384 Subject 'The "new" travel policy'
Tue Nov 17 16:16:54 2026 Info: MID 1040384 ready 46978 bytes from <paul.smith@newsletter.example>
Tue Nov 17 16:16:54 2026 Info: MID 1040384 DKIM: pass signature verified (d=newsletter.example s=s1 i=@newsletter.example)
Tue Nov 17 16:16:54 2026 Info: ICID 415876 close
Tue Nov 17 16:16:54 2026 Info: New SMTP DCID 203854 interface 192.0.2.20 address 52.101.196.221 port 25
Tue Nov 17 16:16:54 2026 Info: DCID 203854 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 16:16:54 2026 Info: Delivery start DCID 203854 MID 1040383 to RID [0]
Tue Nov 17 16:16:54 2026 Info: MID 1040384 SPF: mailfrom identity paul.smith@newsletter.example Pass (v=spf1)
Tue Nov 17 16:16:54 2026 Info: MID 1040384 DMARC: Verification passed
Tue Nov 17 16:16:54 2026 Info: Message done DCID 203854 MID 1040383 to RID [0]
Tue Nov 17 16:16:54 2026 Info: MID 1040383 RID [0] Response '2.0.0 Ok: queued as 9huAMwqGREwnVieQ'
Tue Nov 17 16:16:54 2026 Info: Message finished MID 1040383 done
Tue Nov 17 16:16:54 2026 Info: DCID 203854 close
Tue Nov 17 16:16:54 2026 Info: MID 1040384 using engine: CASE spam negative
Tue Nov 17 16:16:54 2026 Info: New SMTP DCID 203853 interface 192.0.2.20 address 52.101.104.13 port 25
Tue Nov 17 16:16:54 2026 Info: DCID 203853 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 16:16:54 2026 Info: Delivery start DCID 203853 MID 1040382 to RID [0]
Tue Nov 17 16:16:55 2026 Info: MID 1040384 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 16:16:55 2026 Info: MID 1040384 attachment 'meeting.ics'
Tue Nov 17 16:16:55 2026 Info: File reputation query initiating. File Name = 'meeting.ics', MID = 1040384, File Size = 5221 bytes, File Type = text/calendar
Tue Nov 17 16:16:55 2026 Info: MID 1040384 AMP file reputation verdict : CLEAN
Tue Nov 17 16:16:55 2026 Info: Response received for file reputation query from Cloud. File Name = meeting.ics, MID = 1040384, Disposition = CLEAN, Malware = None, Analysis Score = 5, sha256 = e6960f2c261a6a859e4e349c892a98624e5c8db1dd199ec42bcf4a74348d066c, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Tue Nov 17 16:16:56 2026 Info: Message done DCID 203853 MID 1040382 to RID [0]
Tue Nov 17 16:16:56 2026 Info: MID 1040382 RID [0] Response '2.0.0 Ok: queued as c8NYZxH4pjKJNVn8'
Tue Nov 17 16:16:56 2026 Info: Message finished MID 1040382 done
Tue Nov 17 16:16:56 2026 Info: DCID 203853 close
Tue Nov 17 16:16:57 2026 Info: MID 1040384 queued for delivery
Tue Nov 17 16:16:58 2026 Info: New SMTP DCID 203855 interface 192.0.2.20 address 52.101.245.82 port 25
Tue Nov 17 16:16:58 2026 Info: DCID 203855 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 16:16:58 2026 Info: Delivery start DCID 203855 MID 1040384 to RID [0]
Tue Nov 17 16:17:00 2026 Info: Message done DCID 203855 MID 1040384 to RID [0] [('from', 'paul.smith@newsletter.example'), ('to', 'li.haddad@corp.example')]
Tue Nov 17 16:17:00 2026 Info: MID 1040384 RID [0] Response '2.6.0 [InternalId=434994948044, Hostname=AM0PR01MB3660.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 16:17:00 2026 Info: DCID 203855 close
Tue Nov 17 16:17:00 2026 Info: Message finished MID 1040384 done
Tue Nov 17 16:22:20 2026 Info: New SMTP ICID 415877 interface IncomingMail (192.0.2.10) address 198.51.1.118 reverse dns host mail.client-b.example verified yes
Tue Nov 17 16:22:20 2026 Info: ICID 415877 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.7
Tue Nov 17 16:22:20 2026 Info: ICID 415877 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 16:22:20 2026 Info: Start MID 1040385 ICID 415877
Tue Nov 17 16:22:20 2026 Info: MID 1040385 ICID 415877 From: <max.fischer@client-b.example>
Tue Nov 17 16:22:20 2026 Info: MID 1040385 ICID 415877 RID 0 To: <ines.berg@corp.example>
Tue Nov 17 16:22:20 2026 Info: MID 1040385 Message-ID '<699bc9b693a6b04b44ce.50269@client-b.example>'
Tue Nov 17 16:22:20 2026 Info: MID 1040385 Subject 'Scan from copier 95453'
Tue Nov 17 16:22:20 2026 Info: MID 1040385 ready 25164 bytes from <max.fischer@client-b.example>
Tue Nov 17 16:22:20 2026 Info: MID 1040385 DMARC: Verification passed
Tue Nov 17 16:22:20 2026 Info: MID 1040385 SPF: mailfrom identity max.fischer@client-b.example Pass (v=spf1)
Tue Nov 17 16:22:20 2026 Info: MID 1040385 using engine: CASE spam negative
Tue Nov 17 16:22:20 2026 Info: ICID 415877 close
Tue Nov 17 16:22:21 2026 Info: MID 1040385 DKIM: pass signature verified (d=client-b.example s=s4 i=@client-b.example)
Tue Nov 17 16:22:21 2026 Info: MID 1040385 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 16:22:21 2026 Info: MID 1040385 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 16:22:23 2026 Info: MID 1040385 queued for delivery
Tue Nov 17 16:22:27 2026 Info: New SMTP DCID 203856 interface 192.0.2.20 address 52.101.20.9 port 25
Tue Nov 17 16:22:27 2026 Info: DCID 203856 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 16:22:27 2026 Info: Delivery start DCID 203856 MID 1040385 to RID [0]
Tue Nov 17 16:22:28 2026 Info: Message done DCID 203856 MID 1040385 to RID [0]
Tue Nov 17 16:22:28 2026 Info: MID 1040385 RID [0] Response '2.6.0 [InternalId=969157261353, Hostname=AM0PR01MB6496.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 16:22:28 2026 Info: Message finished MID 1040385 done
Tue Nov 17 16:22:28 2026 Info: DCID 203856 close
Tue Nov 17 16:37:39 2026 Info: New SMTP ICID 415878 interface IncomingMail (192.0.2.10) address 198.51.152.55 reverse dns host mail.client-a.example verified yes
Tue Nov 17 16:37:39 2026 Info: ICID 415878 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.9
Tue Nov 17 16:37:39 2026 Info: ICID 415878 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 16:37:39 2026 Info: Start MID 1040386 ICID 415878
Tue Nov 17 16:37:39 2026 Info: MID 1040386 ICID 415878 From: <chen.haddad@client-a.example>
Tue Nov 17 16:37:39 2026 Info: MID 1040386 ICID 415878 RID 0 To: <ida.dubois@corp.example>
Tue Nov 17 16:37:39 2026 Info: MID 1040386 ICID 415878 RID 1 To: <support@corp-mail.example>
Tue Nov 17 16:37:39 2026 Info: MID 1040386 ICID 415878 RID 2 To: <noah.okafor90@corp.example>
Tue Nov 17 16:37:39 2026 Info: MID 1040386 ICID 415878 RID 3 To: <journal@corp.example>
Tue Nov 17 16:37:39 2026 Info: MID 1040386 ICID 415878 RID 4 To: <li.larsen@corp.example>
Tue Nov 17 16:37:39 2026 Info: MID 1040386 ICID 415878 RID 5 To: <yuki.ivanova@corp.example>
Tue Nov 17 16:37:39 2026 Info: MID 1040386 Message-ID '<9348db26c574c3314934.82425@client-a.example>'
Tue Nov 17 16:37:39 2026 Info: MID 1040386 Subject 'Re: Re: Re: hiring plan'
Tue Nov 17 16:37:39 2026 Info: MID 1040386 ready 11156 bytes from <chen.haddad@client-a.example>
Tue Nov 17 16:37:40 2026 Info: MID 1040386 using engine: CASE spam negative
Tue Nov 17 16:37:40 2026 Info: MID 1040386 SPF: mailfrom identity chen.haddad@client-a.example Pass (v=spf1)
Tue Nov 17 16:37:40 2026 Info: ICID 415878 close
Tue Nov 17 16:37:40 2026 Info: MID 1040386 URL https://www.client-a.example/t/79df99c6d1 has reputation 4.5 matched Condition: URL Reputation Rule
Tue Nov 17 16:37:40 2026 Info: MID 1040386 Outbreak Filters: verdict negative
Tue Nov 17 16:37:40 2026 Info: MID 1040386 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 16:37:40 2026 Info: MID 1040386 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 16:37:40 2026 Info: MID 1040386 queued for delivery
Tue Nov 17 16:37:44 2026 Info: New SMTP DCID 203857 interface 192.0.2.20 address 52.101.146.3 port 25
Tue Nov 17 16:37:44 2026 Info: DCID 203857 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 16:37:44 2026 Info: Delivery start DCID 203857 MID 1040386 to RID [0, 1, 2, 3, 4, 5]
Tue Nov 17 16:37:46 2026 Info: Message done DCID 203857 MID 1040386 to RID [0, 1, 2, 3, 4, 5]
Tue Nov 17 16:37:46 2026 Info: MID 1040386 RID [0, 1, 2, 3, 4, 5] Response '2.6.0 [InternalId=304542764708, Hostname=AM0PR01MB2324.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 16:37:46 2026 Info: DCID 203857 close
Tue Nov 17 16:37:46 2026 Info: Message finished MID 1040386 done
Tue Nov 17 17:10:29 2026 Info: New SMTP ICID 415879 interface IncomingMail (192.0.2.10) address 198.51.15.74 reverse dns host mail.newsletter.example verified yes
Tue Nov 17 17:10:29 2026 Info: ICID 415879 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.2
Tue Nov 17 17:10:29 2026 Info: ICID 415879 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 17:10:29 2026 Info: Start MID 1040387 ICID 415879
Tue Nov 17 17:10:29 2026 Info: MID 1040387 ICID 415879 From: <paul.smith@newsletter.example>
Tue Nov 17 17:10:29 2026 Info: MID 1040387 ICID 415879 RID 0 To: <lucia.okafor@corp.example>
Tue Nov 17 17:10:29 2026 Info: MID 1040387 ICID 415879 RID 1 To: <ewa.jensen@corp-mail.example>
Tue Nov 17 17:10:29 2026 Info: MID 1040387 ICID 415879 RID 2 To: <marc.kowalski@corp.example>
Tue Nov 17 17:10:29 2026 Info: MID 1040387 ICID 415879 RID 3 To: <leo.dubois@corp.example>
Tue Nov 17 17:10:30 2026 Info: MID 1040387 Message-ID "<o'neill.6f52672607e@newsletter.example>"
Tue Nov 17 17:10:30 2026 Info: MID 1040387 Subject 'Re: project timeline'
Tue Nov 17 17:10:30 2026 Info: MID 1040387 ready 26355 bytes from <paul.smith@newsletter.example>
Tue Nov 17 17:10:30 2026 Info: MID 1040387 DMARC: Verification passed
Tue Nov 17 17:10:30 2026 Info: ICID 415879 close
Tue Nov 17 17:10:30 2026 Info: MID 1040387 SPF: mailfrom identity paul.smith@newsletter.example Pass (v=spf1)
Tue Nov 17 17:10:30 2026 Info: MID 1040387 DKIM: pass signature verified (d=newsletter.example s=s6 i=@newsletter.example)
Tue Nov 17 17:10:30 2026 Info: MID 1040387 using engine: CASE spam negative
Tue Nov 17 17:10:31 2026 Info: MID 1040387 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 17:10:31 2026 Info: MID 1040387 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 17:10:32 2026 Info: New SMTP DCID 203858 interface 192.0.2.20 address 192.0.2.50 port 6025
Tue Nov 17 17:10:32 2026 Info: Delivery start DCID 203858 MID 1040387 to RID [0, 1, 2, 3] to offbox IronPort Spam Quarantine
Tue Nov 17 17:10:32 2026 Info: Message done DCID 203858 MID 1040387 to RID [0, 1, 2, 3] (external quarantine)
Tue Nov 17 17:10:32 2026 Info: Message finished MID 1040387 done
Tue Nov 17 17:10:32 2026 Info: DCID 203858 close
Tue Nov 17 17:59:58 2026 Info: New SMTP ICID 415880 interface IncomingMail (192.0.2.10) address 198.51.228.22 reverse dns host mail.client-b.example verified yes
Tue Nov 17 17:59:58 2026 Info: ICID 415880 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.5
Tue Nov 17 17:59:58 2026 Info: ICID 415880 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 17:59:59 2026 Info: Start MID 1040388 ICID 415880
Tue Nov 17 17:59:59 2026 Info: MID 1040388 ICID 415880 From: <max.fischer@client-b.example>
Tue Nov 17 17:59:59 2026 Info: MID 1040388 ICID 415880 RID 0 To: <kofi.moreau@corp.example>
Tue Nov 17 17:59:59 2026 Info: MID 1040388 ICID 415880 RID 1 To: <leo.dubois93@corp.example>
Tue Nov 17 17:59:59 2026 Info: MID 1040388 ICID 415880 RID 2 To: <ines.berg@corp.example>
Tue Nov 17 17:59:59 2026 Info: MID 1040388 ICID 415880 RID 3 To: <ivan.silva@corp.example>
Tue Nov 17 17:59:59 2026 Info: MID 1040388 ICID 415880 RID 4 To: <ivan.okafor@corp.example>
Tue Nov 17 17:59:59 2026 Info: MID 1040388 ICID 415880 RID 5 To: <ravi.nguyen@corp.example>
Tue Nov 17 17:59:59 2026 Info: MID 1040388 ICID 415880 RID 6 To: <sara.novak@corp.example>
Tue Nov 17 17:59:59 2026 Info: MID 1040388 Message-ID '<f087060eac421a2aaf1b.93746@client-b.example>'
Tue Nov 17 17:59:59 2026 Info: MID 1040388 Subject 'Quarterly report'
Tue Nov 17 17:59:59 2026 Info: MID 1040388 ready 42883 bytes from <max.fischer@client-b.example>
Tue Nov 17 17:59:59 2026 Info: ICID 415880 close
Tue Nov 17 17:59:59 2026 Info: MID 1040388 DMARC: Verification passed
Tue Nov 17 17:59:59 2026 Info: MID 1040388 DKIM: pass signature verified (d=client-b.example s=s2 i=@client-b.example)
Tue Nov 17 17:59:59 2026 Info: MID 1040388 using engine: CASE spam negative
Tue Nov 17 17:59:59 2026 Info: MID 1040388 SPF: mailfrom identity max.fischer@client-b.example Pass (v=spf1)
Tue Nov 17 18:00:01 2026 Info: MID 1040388 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 18:00:01 2026 Info: MID 1040388 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 18:00:02 2026 Info: MID 1040388 queued for delivery
Tue Nov 17 18:00:05 2026 Info: New SMTP DCID 203859 interface 192.0.2.20 address 52.101.59.179 port 25
Tue Nov 17 18:00:05 2026 Info: DCID 203859 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 18:00:05 2026 Info: Delivery start DCID 203859 MID 1040388 to RID [0, 1, 2, 3, 4, 5, 6]
Tue Nov 17 18:00:08 2026 Info: Message done DCID 203859 MID 1040388 to RID [0, 1, 2, 3, 4, 5, 6]
Tue Nov 17 18:00:08 2026 Info: MID 1040388 RID [0, 1, 2, 3, 4, 5, 6] Response '2.6.0 [InternalId=695709207543, Hostname=AM0PR01MB8305.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 18:00:08 2026 Info: Message finished MID 1040388 done
Tue Nov 17 18:00:08 2026 Info: DCID 203859 close
Tue Nov 17 19:11:13 2026 Info: New SMTP ICID 415881 interface OutgoingMail (192.0.2.11) address 10.20.8.134 reverse dns host exch2.corp.example verified yes
Tue Nov 17 19:11:13 2026 Info: ICID 415881 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Tue Nov 17 19:11:13 2026 Info: Start MID 1040389 ICID 415881
Tue Nov 17 19:11:13 2026 Info: MID 1040389 ICID 415881 From: <tom.weber@corp.example>
Tue Nov 17 19:11:13 2026 Info: MID 1040389 ICID 415881 RID 0 To: <ida.obrien@client-a.example>
Tue Nov 17 19:11:14 2026 Info: MID 1040389 Message-ID '<cbd6bb205facc25e9f02.39314@corp.example>'
Tue Nov 17 19:11:14 2026 Info: MID 1040389 Subject 'Invoice 61740'
Tue Nov 17 19:11:14 2026 Info: MID 1040389 ready 8546 bytes from <tom.weber@corp.example>
Tue Nov 17 19:11:14 2026 Info: ICID 415881 close
Tue Nov 17 19:11:14 2026 Info: MID 1040389 DMARC: Verification passed
Tue Nov 17 19:11:14 2026 Info: MID 1040389 SPF: mailfrom identity tom.weber@corp.example Pass (v=spf1)
Tue Nov 17 19:11:14 2026 Info: MID 1040389 DKIM: pass signature verified (d=corp.example s=s8 i=@corp.example)
Tue Nov 17 19:11:14 2026 Info: MID 1040389 interim AV verdict using Sophos CLEAN
Tue Nov 17 19:11:14 2026 Info: MID 1040389 antivirus negative
Tue Nov 17 19:11:14 2026 Info: MID 1040389 using engine: CASE spam negative
Tue Nov 17 19:11:15 2026 Info: MID 1040389 matched all recipients for per-recipient policy DEFAULT in the outbound table
Tue Nov 17 19:11:16 2026 Info: MID 1040389 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 19:11:18 2026 Info: MID 1040389 queued for delivery
Tue Nov 17 19:11:21 2026 Info: New SMTP DCID 203860 interface 192.0.2.20 address 203.0.113.8 port 25
Tue Nov 17 19:11:21 2026 Info: DCID 203860 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 19:11:21 2026 Info: Delivery start DCID 203860 MID 1040389 to RID [0]
Tue Nov 17 19:11:22 2026 Info: Message done DCID 203860 MID 1040389 to RID [0]
Tue Nov 17 19:11:22 2026 Info: MID 1040389 RID [0] Response '2.0.0 Ok: queued as T7657r8nZKo768bq'
Tue Nov 17 19:11:22 2026 Info: Message finished MID 1040389 done
Tue Nov 17 19:11:22 2026 Info: DCID 203860 close
Tue Nov 17 21:06:13 2026 Info: New SMTP ICID 415882 interface IncomingMail (192.0.2.10) address 198.51.61.66 reverse dns host mail.client-b.example verified yes
Tue Nov 17 21:06:13 2026 Info: ICID 415882 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.1
Tue Nov 17 21:06:13 2026 Info: ICID 415882 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 21:06:13 2026 Info: Start MID 1040390 ICID 415882
Tue Nov 17 21:06:13 2026 Info: MID 1040390 ICID 415882 From: <max.larsen@client-b.example>
Tue Nov 17 21:06:13 2026 Info: MID 1040390 ICID 415882 RID 0 To: <paul.moreau@corp.example>
Tue Nov 17 21:06:13 2026 Info: MID 1040390 Message-ID '<8e4b420d1bc5dea574b3.8541@client-b.example>'
Tue Nov 17 21:06:13 2026 Info: MID 1040390 Subject 'Re: [support #49918] FW: issue with the VPN client after the latest update (urgent)'
Tue Nov 17 21:06:13 2026 Info: MID 1040390 ready 28442 bytes from <max.larsen@client-b.example>
Tue Nov 17 21:06:13 2026 Info: MID 1040390 using engine: CASE spam negative
Tue Nov 17 21:06:14 2026 Info: ICID 415882 close
Tue Nov 17 21:06:14 2026 Info: MID 1040390 SPF: mailfrom identity max.larsen@client-b.example Pass (v=spf1)
Tue Nov 17 21:06:14 2026 Info: MID 1040390 DKIM: pass signature verified (d=client-b.example s=s8 i=@client-b.example)
Tue Nov 17 21:06:14 2026 Info: New SMTP ICID 415883 interface OutgoingMail (192.0.2.11) address 10.20.9.246 reverse dns host exch4.corp.example verified yes
Tue Nov 17 21:06:14 2026 Info: ICID 415883 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Tue Nov 17 21:06:14 2026 Info: MID 1040390 interim AV verdict using Sophos CLEAN
Tue Nov 17 21:06:14 2026 Info: MID 1040390 DMARC: Verification passed
Tue Nov 17 21:06:14 2026 Info: MID 1040390 antivirus negative
Tue Nov 17 21:06:14 2026 Info: MID 1040390 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 21:06:14 2026 Info: Start MID 1040391 ICID 415883
Tue Nov 17 21:06:14 2026 Info: MID 1040391 ICID 415883 From: <paul.moreau@corp.example>
Tue Nov 17 21:06:14 2026 Info: MID 1040391 ICID 415883 RID 0 To: <tom.cohen@lawfirm.example>
Tue Nov 17 21:06:14 2026 Info: MID 1040391 ICID 415883 RID 1 To: <max.larsen@client-b.example>
Tue Nov 17 21:06:14 2026 Info: MID 1040390 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 21:06:15 2026 Info: MID 1040390 queued for delivery
Tue Nov 17 21:06:15 2026 Info: MID 1040391 Message-ID '<CAPVcJq7RFkPpEj_8iQqjPGzZROZG0mt9R3OTU6jl9Xm@mail.corp.example>'
Tue Nov 17 21:06:15 2026 Info: MID 1040391 Subject 'Re: project timeline'
Tue Nov 17 21:06:15 2026 Info: MID 1040391 ready 36553 bytes from <paul.moreau@corp.example>
Tue Nov 17 21:06:15 2026 Info: MID 1040391 using engine: CASE spam negative
Tue Nov 17 21:06:15 2026 Info: MID 1040391 DMARC: Verification passed
Tue Nov 17 21:06:15 2026 Info: MID 1040391 DKIM: pass signature verified (d=corp.example s=s3 i=@corp.example)
Tue Nov 17 21:06:15 2026 Info: ICID 415883 close
Tue Nov 17 21:06:15 2026 Info: MID 1040391 SPF: mailfrom identity paul.moreau@corp.example Pass (v=spf1)
Tue Nov 17 21:06:16 2026 Info: MID 1040391 matched all recipients for per-recipient policy DEFAULT in the outbound table
Tue Nov 17 21:06:16 2026 Info: MID 1040391 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 21:06:17 2026 Info: MID 1040391 queued for delivery
Tue Nov 17 21:06:18 2026 Info: New SMTP DCID 203861 interface 192.0.2.20 address 52.101.49.126 port 25
Tue Nov 17 21:06:18 2026 Info: DCID 203861 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 21:06:18 2026 Info: Delivery start DCID 203861 MID 1040390 to RID [0]
Tue Nov 17 21:06:19 2026 Info: Message done DCID 203861 MID 1040390 to RID [0]
Tue Nov 17 21:06:19 2026 Info: MID 1040390 RID [0] Response '2.6.0 [InternalId=708471367029, Hostname=AM0PR01MB9880.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 21:06:19 2026 Info: Message finished MID 1040390 done
Tue Nov 17 21:06:19 2026 Info: DCID 203861 close
Tue Nov 17 21:06:19 2026 Info: New SMTP DCID 203862 interface 192.0.2.20 address 203.0.113.225 port 25
Tue Nov 17 21:06:19 2026 Info: DCID 203862 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 21:06:19 2026 Info: Delivery start DCID 203862 MID 1040391 to RID [0]
Tue Nov 17 21:06:20 2026 Info: Message done DCID 203862 MID 1040391 to RID [0]
Tue Nov 17 21:06:20 2026 Info: MID 1040391 RID [0] Response '2.0.0 Ok: queued as 3KnrYatqNd9LEnoc'
Tue Nov 17 21:06:20 2026 Info: New SMTP DCID 203863 interface 192.0.2.20 address 203.0.113.140 port 25
Tue Nov 17 21:06:20 2026 Info: DCID 203863 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 21:06:20 2026 Info: Delivery start DCID 203863 MID 1040391 to RID [1]
Tue Nov 17 21:06:20 2026 Info: DCID 203862 close
Tue Nov 17 21:06:21 2026 Info: Message done DCID 203863 MID 1040391 to RID [1]
Tue Nov 17 21:06:21 2026 Info: MID 1040391 RID [1] Response '2.0.0 Ok: queued as kBy3ne48jDfMckND'
Tue Nov 17 21:06:21 2026 Info: Message finished MID 1040391 done
Tue Nov 17 21:06:21 2026 Info: DCID 203863 close
Tue Nov 17 23:35:33 2026 Info: New SMTP ICID 415884 interface OutgoingMail (192.0.2.11) address 10.20.5.80 reverse dns host exch1.corp.example verified yes
Tue Nov 17 23:35:33 2026 Info: ICID 415884 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Tue Nov 17 23:35:33 2026 Info: Start MID 1040392 ICID 415884
Tue Nov 17 23:35:33 2026 Info: MID 1040392 ICID 415884 From: <ivan.silva@corp.example>
Tue Nov 17 23:35:33 2026 Info: MID 1040392 ICID 415884 RID 0 To: <mia.sato@logistics.example>
Tue Nov 17 23:35:33 2026 Info: MID 1040392 ICID 415884 RID 1 To: <ana.mendes@supplier.example>
Tue Nov 17 23:35:33 2026 Info: MID 1040392 Message-ID '<ff9ba57ee0aad0d5c54c.56356@corp.example>'
Tue Nov 17 23:35:33 2026 Info: MID 1040392 Subject 'Quarterly report'
Tue Nov 17 23:35:33 2026 Info: MID 1040392 ready 26673 bytes from <ivan.silva@corp.example>
Tue Nov 17 23:35:33 2026 Info: MID 1040392 DKIM: pass signature verified (d=corp.example s=s7 i=@corp.example)
Tue Nov 17 23:35:33 2026 Info: MID 1040392 DMARC: Verification passed
Tue Nov 17 23:35:34 2026 Info: ICID 415884 close
Tue Nov 17 23:35:34 2026 Info: MID 1040392 SPF: mailfrom identity ivan.silva@corp.example Pass (v=spf1)
Tue Nov 17 23:35:34 2026 Info: MID 1040392 using engine: CASE spam negative
Tue Nov 17 23:35:35 2026 Info: MID 1040392 matched all recipients for per-recipient policy DEFAULT in the outbound table
Tue Nov 17 23:35:35 2026 Info: MID 1040392 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 23:35:37 2026 Info: MID 1040392 queued for delivery
Tue Nov 17 23:35:39 2026 Info: New SMTP DCID 203864 interface 192.0.2.20 address 203.0.113.106 port 25
Tue Nov 17 23:35:39 2026 Info: DCID 203864 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 23:35:39 2026 Info: Delivery start DCID 203864 MID 1040392 to RID [0]
Tue Nov 17 23:35:40 2026 Info: Message done DCID 203864 MID 1040392 to RID [0]
Tue Nov 17 23:35:40 2026 Info: MID 1040392 RID [0] Response '2.0.0 Ok: queued as LV3tr5FpHUqnRDst'
Tue Nov 17 23:35:40 2026 Info: New SMTP DCID 203865 interface 192.0.2.20 address 203.0.113.11 port 25
Tue Nov 17 23:35:40 2026 Info: DCID 203865 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 23:35:40 2026 Info: Delivery start DCID 203865 MID 1040392 to RID [1]
Tue Nov 17 23:35:40 2026 Info: DCID 203864 close
Tue Nov 17 23:35:41 2026 Info: Message done DCID 203865 MID 1040392 to RID [1]
Tue Nov 17 23:35:41 2026 Info: MID 1040392 RID [1] Response '2.0.0 Ok: queued as afow6nyKM5DcPhT4'
Tue Nov 17 23:35:41 2026 Info: DCID 203865 close
Tue Nov 17 23:35:41 2026 Info: Message finished MID 1040392 done
Wed Nov 18 00:00:00 2026 Info: End Logfile
