Thu Nov 19 00:00:00 2026 Info: Begin Logfile
Thu Nov 19 00:00:00 2026 Info: Version: 15.5.1-055 SN: 42A3C1E8F7D2B9A6C4E1-5F8D0B3A7C2E
Thu Nov 19 00:00:00 2026 Info: Time offset from UTC: 0 seconds
Thu Nov 19 05:23:37 2026 Info: New SMTP ICID 415971 interface IncomingMail (192.0.2.10) address 198.51.232.72 reverse dns host mail.bank.example verified yes
Thu Nov 19 05:23:37 2026 Info: ICID 415971 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.3
Thu Nov 19 05:23:37 2026 Info: ICID 415971 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 05:23:38 2026 Info: Start MID 1040489 ICID 415971
Thu Nov 19 05:23:38 2026 Info: MID 1040489 ICID 415971 From: <mary.mendes@bank.example>
Thu Nov 19 05:23:38 2026 Info: MID 1040489 ICID 415971 RID 0 To: <ewa.jensen@corp-mail.example>
Thu Nov 19 05:23:38 2026 Info: MID 1040489 ICID 415971 RID 1 To: <paul.moreau@corp.example>
Thu Nov 19 05:23:38 2026 Info: MID 1040489 Message-ID '<72a0c21f48d5b9a64aea.33932@bank.example>'
Thu Nov 19 05:23:38 2026 Info: MID 1040489 Subject 'Weekly newsletter #34836'
Thu Nov 19 05:23:38 2026 Info: MID 1040489 ready 36719 bytes from <mary.mendes@bank.example>
Thu Nov 19 05:23:38 2026 Info: MID 1040489 DMARC: Verification passed
Thu Nov 19 05:23:38 2026 Info: MID 1040489 DKIM: pass signature verified (d=bank.example s=s8 i=@bank.example)
Thu Nov 19 05:23:38 2026 Info: ICID 415971 close
Thu Nov 19 05:23:38 2026 Info: MID 1040489 SPF: mailfrom identity mary.mendes@bank.example Pass (v=spf1)
Thu Nov 19 05:23:38 2026 Info: MID 1040489 using engine: CASE spam negative
Thu Nov 19 05:23:39 2026 Info: MID 1040489 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 05:23:40 2026 Info: MID 1040489 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 05:23:41 2026 Info: MID 1040489 queued for delivery
Thu Nov 19 05:23:41 2026 Info: New SMTP DCID 203963 interface 192.0.2.20 address 52.101.187.67 port 25
Thu Nov 19 05:23:41 2026 Info: DCID 203963 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 05:23:41 2026 Info: Delivery start DCID 203963 MID 1040489 to RID [0, 1]
Thu Nov 19 05:23:42 2026 Info: Message done DCID 203963 MID 1040489 to RID [0, 1]
Thu Nov 19 05:23:42 2026 Info: MID 1040489 RID [0, 1] Response '2.6.0 [InternalId=388084838264, Hostname=AM0PR01MB3133.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 05:23:42 2026 Info: DCID 203963 close
Thu Nov 19 05:23:42 2026 Info: Message finished MID 1040489 done
Thu Nov 19 05:53:39 2026 Info: New SMTP ICID 415972 interface OutgoingMail (192.0.2.11) address 10.20.9.115 reverse dns host exch3.corp.example verified yes
Thu Nov 19 05:53:39 2026 Info: ICID 415972 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 05:53:39 2026 Info: Start MID 1040490 ICID 415972
Thu Nov 19 05:53:39 2026 Info: MID 1040490 ICID 415972 From: <emma.garcia@corp.example>
Thu Nov 19 05:53:39 2026 Info: MID 1040490 ICID 415972 RID 0 To: <leo.mendes@bank.example>
Thu Nov 19 05:53:40 2026 Info: MID 1040490 Message-ID '<81bc629452d92fe8711f.49798@corp.example>'
Thu Nov 19 05:53:40 2026 Info: MID 1040490 Subject 'Price list 30018'
Thu Nov 19 05:53:40 2026 Info: MID 1040490 ready 3808 bytes from <emma.garcia@corp.example>
Thu Nov 19 05:53:40 2026 Info: MID 1040490 DKIM: pass signature verified (d=corp.example s=s5 i=@corp.example)
Thu Nov 19 05:53:40 2026 Info: MID 1040490 DMARC: Verification passed
Thu Nov 19 05:53:40 2026 Info: MID 1040490 using engine: CASE spam negative
Thu Nov 19 05:53:40 2026 Info: ICID 415972 close
Thu Nov 19 05:53:40 2026 Info: MID 1040490 SPF: mailfrom identity emma.garcia@corp.example Pass (v=spf1)
Thu Nov 19 05:53:41 2026 Info: MID 1040490 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 05:53:42 2026 Info: MID 1040490 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 05:53:42 2026 Info: New SMTP ICID 415973 interface IncomingMail (192.0.2.10) address 198.51.223.253 reverse dns host mail.client-a.example verified yes
Thu Nov 19 05:53:42 2026 Info: ICID 415973 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.8
Thu Nov 19 05:53:42 2026 Info: ICID 415973 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 05:53:42 2026 Info: Start MID 1040491 ICID 415973
Thu Nov 19 05:53:42 2026 Info: MID 1040491 ICID 415973 From: <ida.obrien@client-a.example>
Thu Nov 19 05:53:42 2026 Info: MID 1040491 ICID 415973 RID 0 To: <mia.garcia@corp.example>
Thu Nov 19 05:53:42 2026 Info: MID 1040491 ICID 415973 RID 1 To: <zoe.moreau@corp-mail.example>
Thu Nov 19 05:53:43 2026 Info: MID 1040491 Message-ID '<77d41650d2758751a536.37458@client-a.example>'
Thu Nov 19 05:53:43 2026 Info: MID 1040491 Subject "Re: O'Brien account review"
Thu Nov 19 05:53:43 2026 Info: MID 1040491 ready 34994 bytes from <ida.obrien@client-a.example>
Thu Nov 19 05:53:43 2026 Info: ICID 415973 close
Thu Nov 19 05:53:43 2026 Info: MID 1040491 DMARC: Verification passed
Thu Nov 19 05:53:43 2026 Info: MID 1040491 DKIM: pass signature verified (d=client-a.example s=s9 i=@client-a.example)
Thu Nov 19 05:53:43 2026 Info: MID 1040491 SPF: mailfrom identity ida.obrien@client-a.example Pass (v=spf1)
Thu Nov 19 05:53:43 2026 Info: MID 1040491 using engine: CASE spam negative
Thu Nov 19 05:53:43 2026 Info: MID 1040490 queued for delivery
Thu Nov 19 05:53:44 2026 Info: MID 1040491 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 05:53:44 2026 Info: MID 1040491 attachment 'image002.jpg'
Thu Nov 19 05:53:44 2026 Info: MID 1040491 AMP file reputation verdict : CLEAN
Thu Nov 19 05:53:45 2026 Info: MID 1040491 queued for delivery
Thu Nov 19 05:53:47 2026 Info: New SMTP DCID 203964 interface 192.0.2.20 address 203.0.113.251 port 25
Thu Nov 19 05:53:47 2026 Info: DCID 203964 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 05:53:47 2026 Info: Delivery start DCID 203964 MID 1040490 to RID [0]
Thu Nov 19 05:53:48 2026 Info: New SMTP DCID 203965 interface 192.0.2.20 address 52.101.16.170 port 25
Thu Nov 19 05:53:48 2026 Info: DCID 203965 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 05:53:48 2026 Info: Delivery start DCID 203965 MID 1040491 to RID [0, 1]
Thu Nov 19 05:53:48 2026 Info: Message done DCID 203964 MID 1040490 to RID [0]
Thu Nov 19 05:53:48 2026 Info: MID 1040490 RID [0] Response '2.0.0 Ok: queued as ivHVzrHC2Qvd6Z3T'
Thu Nov 19 05:53:48 2026 Info: Message finished MID 1040490 done
Thu Nov 19 05:53:48 2026 Info: DCID 203964 close
Thu Nov 19 05:53:49 2026 Info: Bounced: DCID 203965 MID 1040491 From: <ida.obrien@client-a.example> To: <zoe.moreau@corp-mail.example> RID 1 - 5.2.2 - Mailbox full ('552', ['5.2.2 <zoe.moreau@corp-mail.example>: Mailbox full; quota exceeded'])
Thu Nov 19 05:53:49 2026 Info: Message done DCID 203965 MID 1040491 to RID [0]
Thu Nov 19 05:53:49 2026 Info: MID 1040491 RID [0] Response '2.6.0 [InternalId=885088257380, Hostname=AM0PR01MB3264.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 05:53:49 2026 Info: Message finished MID 1040491 done
Thu Nov 19 05:53:49 2026 Info: DCID 203965 close
Thu Nov 19 05:53:51 2026 Info: Start MID 1040492 ICID 0
Thu Nov 19 05:53:51 2026 Info: MID 1040492 was generated for bounce of MID 1040491
Thu Nov 19 05:53:51 2026 Info: MID 1040492 ICID 0 From: <>
Thu Nov 19 05:53:51 2026 Info: MID 1040492 ICID 0 RID 0 To: <ida.obrien@client-a.example>
Thu Nov 19 05:53:51 2026 Info: MID 1040492 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 05:53:51 2026 Info: MID 1040492 ready 6873 bytes from <>
Thu Nov 19 05:53:51 2026 Info: MID 1040492 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 05:53:51 2026 Info: MID 1040492 queued for delivery
Thu Nov 19 05:53:53 2026 Info: New SMTP DCID 203966 interface 192.0.2.20 address 203.0.113.51 port 25
Thu Nov 19 05:53:53 2026 Info: DCID 203966 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 05:53:53 2026 Info: Delivery start DCID 203966 MID 1040492 to RID [0]
Thu Nov 19 05:53:53 2026 Info: Message done DCID 203966 MID 1040492 to RID [0]
Thu Nov 19 05:53:53 2026 Info: MID 1040492 RID [0] Response '2.0.0 Ok: queued as xPYUHktPd9aZcpZv'
Thu Nov 19 05:53:53 2026 Info: Message finished MID 1040492 done
Thu Nov 19 05:53:53 2026 Info: DCID 203966 close
Thu Nov 19 06:19:57 2026 Info: New SMTP ICID 415974 interface IncomingMail (192.0.2.10) address 198.51.177.190 reverse dns host mail.client-a.example verified yes
Thu Nov 19 06:19:57 2026 Info: ICID 415974 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.9
Thu Nov 19 06:19:57 2026 Info: ICID 415974 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 06:19:57 2026 Info: New SMTP ICID 415975 interface IncomingMail (192.0.2.10) address 198.51.15.224 reverse dns host mail.travel.example verified yes
Thu Nov 19 06:19:57 2026 Info: ICID 415975 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.0
Thu Nov 19 06:19:57 2026 Info: ICID 415975 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 06:19:57 2026 Info: Start MID 1040494 ICID 415975
Thu Nov 19 06:19:57 2026 Info: MID 1040494 ICID 415975 From: <ewa.patel@travel.example>
Thu Nov 19 06:19:57 2026 Info: MID 1040494 ICID 415975 RID 0 To: <omar.weber@corp.example>
Thu Nov 19 06:19:57 2026 Info: Start MID 1040493 ICID 415974
Thu Nov 19 06:19:57 2026 Info: MID 1040493 ICID 415974 From: <chen.haddad@client-a.example>
Thu Nov 19 06:19:57 2026 Info: MID 1040493 ICID 415974 RID 0 To: <ravi.obrien@corp.example>
Thu Nov 19 06:19:58 2026 Info: MID 1040494 Message-ID '<02cfc7cd2ed49405c849.49111@travel.example>'
Thu Nov 19 06:19:58 2026 Info: MID 1040494 Subject 'Café menu for next week'
Thu Nov 19 06:19:58 2026 Info: MID 1040494 ready 41717 bytes from <ewa.patel@travel.example>
Thu Nov 19 06:19:58 2026 Info: MID 1040494 SPF: mailfrom identity ewa.patel@travel.example Pass (v=spf1)
Thu Nov 19 06:19:58 2026 Info: ICID 415975 close
Thu Nov 19 06:19:58 2026 Info: MID 1040494 DKIM: pass signature verified (d=travel.example s=s4 i=@travel.example)
Thu Nov 19 06:19:58 2026 Info: MID 1040494 DMARC: Verification passed
Thu Nov 19 06:19:58 2026 Info: MID 1040494 using engine: CASE spam negative
Thu Nov 19 06:19:58 2026 Info: MID 1040493 Message-ID '<6e4b623b37a6862b2d9d.17667@client-a.example>'
Thu Nov 19 06:19:58 2026 Info: MID 1040493 Subject 'The "new" travel policy'
Thu Nov 19 06:19:58 2026 Info: MID 1040493 ready 30890 bytes from <chen.haddad@client-a.example>
Thu Nov 19 06:19:58 2026 Info: ICID 415974 close
Thu Nov 19 06:19:58 2026 Info: MID 1040493 DMARC: Verification passed
Thu Nov 19 06:19:58 2026 Info: MID 1040493 DKIM: pass signature verified (d=client-a.example s=s1 i=@client-a.example)
Thu Nov 19 06:19:58 2026 Info: MID 1040493 SPF: mailfrom identity chen.haddad@client-a.example Pass (v=spf1)
Thu Nov 19 06:19:58 2026 Info: MID 1040493 using engine: CASE spam negative
Thu Nov 19 06:19:58 2026 Info: MID 1040493 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 06:19:59 2026 Info: MID 1040493 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 06:19:59 2026 Info: MID 1040494 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 06:20:00 2026 Info: MID 1040493 queued for delivery
Thu Nov 19 06:20:00 2026 Info: MID 1040494 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 06:20:00 2026 Info: New SMTP ICID 415976 interface IncomingMail (192.0.2.10) address 198.51.248.132 reverse dns host mail.cloudapp.example verified yes
Thu Nov 19 06:20:00 2026 Info: ICID 415976 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.0
Thu Nov 19 06:20:00 2026 Info: ICID 415976 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 06:20:01 2026 Info: Start MID 1040495 ICID 415976
Thu Nov 19 06:20:01 2026 Info: MID 1040495 ICID 415976 From: <li.walsh@cloudapp.example>
Thu Nov 19 06:20:01 2026 Info: MID 1040495 ICID 415976 RID 0 To: <paul.moreau@corp.example>
Thu Nov 19 06:20:01 2026 Info: MID 1040495 ICID 415976 RID 1 To: <leo.dubois@corp.example>
Thu Nov 19 06:20:01 2026 Info: MID 1040495 ICID 415976 RID 2 To: <lucia.okafor@corp.example>
Thu Nov 19 06:20:01 2026 Info: MID 1040494 queued for delivery
Thu Nov 19 06:20:01 2026 Info: MID 1040495 Message-ID '<45c8aff3f367fc874e92.89415@cloudapp.example>'
Thu Nov 19 06:20:01 2026 Info: MID 1040495 Subject 'Invoice 45156'
Thu Nov 19 06:20:01 2026 Info: MID 1040495 ready 12612 bytes from <li.walsh@cloudapp.example>
Thu Nov 19 06:20:01 2026 Info: MID 1040495 DMARC: Verification passed
Thu Nov 19 06:20:02 2026 Info: MID 1040495 SPF: mailfrom identity li.walsh@cloudapp.example Pass (v=spf1)
Thu Nov 19 06:20:02 2026 Info: ICID 415976 close
Thu Nov 19 06:20:02 2026 Info: MID 1040495 using engine: CASE spam negative
Thu Nov 19 06:20:02 2026 Info: MID 1040495 interim AV verdict using Sophos CLEAN
Thu Nov 19 06:20:02 2026 Info: MID 1040495 DKIM: pass signature verified (d=cloudapp.example s=s8 i=@cloudapp.example)
Thu Nov 19 06:20:02 2026 Info: MID 1040495 antivirus negative
Thu Nov 19 06:20:02 2026 Info: New SMTP DCID 203967 interface 192.0.2.20 address 52.101.226.196 port 25
Thu Nov 19 06:20:02 2026 Info: DCID 203967 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 06:20:02 2026 Info: Delivery start DCID 203967 MID 1040493 to RID [0]
Thu Nov 19 06:20:03 2026 Info: MID 1040495 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 06:20:03 2026 Info: MID 1040495 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 06:20:04 2026 Info: MID 1040495 queued for delivery
Thu Nov 19 06:20:04 2026 Info: Message done DCID 203967 MID 1040493 to RID [0]
Thu Nov 19 06:20:04 2026 Info: MID 1040493 RID [0] Response '2.6.0 [InternalId=306493269591, Hostname=AM0PR01MB6664.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 06:20:04 2026 Info: Message finished MID 1040493 done
Thu Nov 19 06:20:04 2026 Info: DCID 203967 close
Thu Nov 19 06:20:05 2026 Info: New SMTP DCID 203968 interface 192.0.2.20 address 52.101.123.31 port 25
Thu Nov 19 06:20:05 2026 Info: DCID 203968 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 06:20:05 2026 Info: Delivery start DCID 203968 MID 1040494 to RID [0]
Thu Nov 19 06:20:05 2026 Info: New SMTP DCID 203969 interface 192.0.2.20 address 52.101.161.162 port 25
Thu Nov 19 06:20:05 2026 Info: DCID 203969 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 06:20:05 2026 Info: Delivery start DCID 203969 MID 1040495 to RID [0, 1, 2]
Thu Nov 19 06:20:06 2026 Info: Message done DCID 203968 MID 1040494 to RID [0]
Thu Nov 19 06:20:06 2026 Info: MID 1040494 RID [0] Response '2.6.0 [InternalId=636990183961, Hostname=AM0PR01MB8917.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 06:20:06 2026 Info: Message finished MID 1040494 done
Thu Nov 19 06:20:06 2026 Info: DCID 203968 close
Thu Nov 19 06:20:07 2026 Info: Message done DCID 203969 MID 1040495 to RID [0, 1, 2] [('from', 'li.walsh@cloudapp.example'), ('to', 'paul.moreau@corp.example')]
Thu Nov 19 06:20:07 2026 Info: MID 1040495 RID [0, 1, 2] Response '2.0.0 Ok: queued as 9sWoGJVPerjazWKz'
Thu Nov 19 06:20:07 2026 Info: Message finished MID 1040495 done
Thu Nov 19 06:20:07 2026 Info: DCID 203969 close
Thu Nov 19 07:08:58 2026 Info: New SMTP ICID 415977 interface IncomingMail (192.0.2.10) address 198.51.186.43 reverse dns host mail.client-b.example verified yes
Thu Nov 19 07:08:58 2026 Info: ICID 415977 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.2
Thu Nov 19 07:08:58 2026 Info: ICID 415977 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 07:08:58 2026 Info: Start MID 1040496 ICID 415977
Thu Nov 19 07:08:58 2026 Info: MID 1040496 ICID 415977 From: <noah.ivanova@client-b.example>
Thu Nov 19 07:08:58 2026 Info: MID 1040496 ICID 415977 RID 0 To: <support@corp-mail.example>
Thu Nov 19 07:08:59 2026 Info: MID 1040496 Message-ID '<cf0a754771dc106b1898.9373@client-b.example>'
Thu Nov 19 07:08:59 2026 Info: MID 1040496 Subject 'Candidate CV 10581'
Thu Nov 19 07:08:59 2026 Info: MID 1040496 ready 104188 bytes from <noah.ivanova@client-b.example>
Thu Nov 19 07:08:59 2026 Info: MID 1040496 DKIM: pass signature verified (d=client-b.example s=s2 i=@client-b.example)
Thu Nov 19 07:08:59 2026 Info: MID 1040496 DMARC: Verification passed
Thu Nov 19 07:08:59 2026 Info: MID 1040496 SPF: mailfrom identity noah.ivanova@client-b.example Pass (v=spf1)
Thu Nov 19 07:08:59 2026 Info: ICID 415977 close
Thu Nov 19 07:08:59 2026 Info: MID 1040496 using engine: CASE spam negative
Thu Nov 19 07:08:59 2026 Info: MID 1040496 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 07:09:00 2026 Info: MID 1040496 attachment 'image002.jpg'
Thu Nov 19 07:09:00 2026 Info: MID 1040496 AMP file reputation verdict : CLEAN
Thu Nov 19 07:09:02 2026 Info: New SMTP DCID 203970 interface 192.0.2.20 address 192.0.2.50 port 6025
Thu Nov 19 07:09:02 2026 Info: Delivery start DCID 203970 MID 1040496 to RID [0] to offbox IronPort Spam Quarantine
Thu Nov 19 07:09:02 2026 Info: Message done DCID 203970 MID 1040496 to RID [0] (external quarantine)
Thu Nov 19 07:09:02 2026 Info: Message finished MID 1040496 done
Thu Nov 19 07:09:02 2026 Info: DCID 203970 close
Thu Nov 19 07:13:30 2026 Info: New SMTP ICID 415978 interface OutgoingMail (192.0.2.11) address 10.20.0.151 reverse dns host exch1.corp.example verified yes
Thu Nov 19 07:13:30 2026 Info: ICID 415978 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 07:13:30 2026 Info: Start MID 1040497 ICID 415978
Thu Nov 19 07:13:30 2026 Info: MID 1040497 ICID 415978 From: <lucia.okafor@corp.example>
Thu Nov 19 07:13:30 2026 Info: MID 1040497 ICID 415978 RID 0 To: <nora.okafor@partner.example>
Thu Nov 19 07:13:30 2026 Info: MID 1040497 Message-ID '<465e079662ae4f18d0e5.83939@corp.example>'
Thu Nov 19 07:13:30 2026 Info: MID 1040497 Subject 'Reminder: timesheets due'
Thu Nov 19 07:13:30 2026 Info: MID 1040497 ready 4184 bytes from <lucia.okafor@corp.example>
Thu Nov 19 07:13:30 2026 Info: ICID 415978 close
Thu Nov 19 07:13:30 2026 Info: MID 1040497 Outbreak Filters: verdict negative
Thu Nov 19 07:13:31 2026 Info: MID 1040497 URL https://www.corp.example/t/f9aebe27f4 has reputation 0.0 matched Condition: URL Reputation Rule
Thu Nov 19 07:13:31 2026 Info: MID 1040497 using engine: CASE spam negative
Thu Nov 19 07:13:31 2026 Info: MID 1040497 SPF: mailfrom identity lucia.okafor@corp.example Pass (v=spf1)
Thu Nov 19 07:13:31 2026 Info: MID 1040497 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 07:13:31 2026 Info: MID 1040497 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 07:13:33 2026 Info: MID 1040497 queued for delivery
Thu Nov 19 07:13:33 2026 Info: New SMTP DCID 203971 interface 192.0.2.20 address 203.0.113.124 port 25
Thu Nov 19 07:13:33 2026 Info: DCID 203971 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 07:13:33 2026 Info: Delivery start DCID 203971 MID 1040497 to RID [0]
Thu Nov 19 07:13:34 2026 Info: Message done DCID 203971 MID 1040497 to RID [0]
Thu Nov 19 07:13:34 2026 Info: MID 1040497 RID [0] Response '2.0.0 Ok: queued as jHDPJgLEMEhEy5tq'
Thu Nov 19 07:13:34 2026 Info: Message finished MID 1040497 done
Thu Nov 19 07:13:34 2026 Info: DCID 203971 close
Thu Nov 19 07:44:57 2026 Info: New SMTP ICID 415979 interface IncomingMail (192.0.2.10) address 198.51.171.4 reverse dns host mail.supplier.example verified yes
Thu Nov 19 07:44:57 2026 Info: ICID 415979 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.9
Thu Nov 19 07:44:57 2026 Info: ICID 415979 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 07:44:58 2026 Info: Start MID 1040498 ICID 415979
Thu Nov 19 07:44:58 2026 Info: MID 1040498 ICID 415979 From: <ana.mendes@supplier.example>
Thu Nov 19 07:44:58 2026 Info: MID 1040498 ICID 415979 RID 0 To: <lena.novak@corp.example>
Thu Nov 19 07:44:58 2026 Info: MID 1040498 ICID 415979 RID 1 To: <kofi.nguyen@corp.example>
Thu Nov 19 07:44:58 2026 Info: MID 1040498 ICID 415979 RID 2 To: <emma.garcia@corp.example>
Thu Nov 19 07:44:58 2026 Info: MID 1040498 ICID 415979 RID 3 To: <nina.lopez@corp.example>
Thu Nov 19 07:44:59 2026 Info: MID 1040498 Message-ID '<CAd0Vb7eHsL636-Zj8SMsNfd1z660Rm0qkHSCYzihXfV@mail.supplier.example>'
Thu Nov 19 07:44:59 2026 Info: MID 1040498 Subject 'Reminder: timesheets due'
Thu Nov 19 07:44:59 2026 Info: MID 1040498 ready 422320 bytes from <ana.mendes@supplier.example>
Thu Nov 19 07:44:59 2026 Info: MID 1040498 interim AV verdict using Sophos CLEAN
Thu Nov 19 07:44:59 2026 Info: ICID 415979 close
Thu Nov 19 07:44:59 2026 Info: MID 1040498 antivirus negative
Thu Nov 19 07:44:59 2026 Info: MID 1040498 using engine: CASE spam negative
Thu Nov 19 07:44:59 2026 Info: MID 1040498 SPF: mailfrom identity ana.mendes@supplier.example Pass (v=spf1)
Thu Nov 19 07:44:59 2026 Info: MID 1040498 DKIM: pass signature verified (d=supplier.example s=s8 i=@supplier.example)
Thu Nov 19 07:44:59 2026 Info: MID 1040498 DMARC: Verification passed
Thu Nov 19 07:44:59 2026 Info: MID 1040498 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 07:44:59 2026 Info: MID 1040498 attachment 'Café menu 87099.pdf'
Thu Nov 19 07:44:59 2026 Info: MID 1040498 AMP file reputation verdict : CLEAN
Thu Nov 19 07:45:00 2026 Info: MID 1040498 queued for delivery
Thu Nov 19 07:45:01 2026 Info: MID 1040499 was generated based on MID 1040498 by bcc filter 'Finance_Archive'
Thu Nov 19 07:45:01 2026 Info: MID 1040499 ICID 0 From: <ana.mendes@supplier.example>
Thu Nov 19 07:45:01 2026 Info: MID 1040499 ICID 0 RID 0 To: <finance-archive@corp.example>
Thu Nov 19 07:45:01 2026 Info: MID 1040499 Message-ID '<CAd0Vb7eHsL636-Zj8SMsNfd1z660Rm0qkHSCYzihXfV@mail.supplier.example>'
Thu Nov 19 07:45:01 2026 Info: MID 1040499 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 07:45:01 2026 Info: MID 1040499 queued for delivery
Thu Nov 19 07:45:03 2026 Info: New SMTP DCID 203972 interface 192.0.2.20 address 52.101.114.116 port 25
Thu Nov 19 07:45:03 2026 Info: DCID 203972 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 07:45:03 2026 Info: Delivery start DCID 203972 MID 1040498 to RID [0, 1, 2, 3]
Thu Nov 19 07:45:03 2026 Info: New SMTP DCID 203973 interface 192.0.2.20 address 52.101.215.140 port 25
Thu Nov 19 07:45:03 2026 Info: DCID 203973 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 07:45:03 2026 Info: Delivery start DCID 203973 MID 1040499 to RID [0]
Thu Nov 19 07:45:04 2026 Info: Message done DCID 203973 MID 1040499 to RID [0]
Thu Nov 19 07:45:04 2026 Info: MID 1040499 RID [0] Response '2.6.0 [InternalId=323861312650, Hostname=AM0PR01MB9245.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 07:45:04 2026 Info: Message finished MID 1040499 done
Thu Nov 19 07:45:04 2026 Info: DCID 203973 close
Thu Nov 19 07:45:04 2026 Info: Message done DCID 203972 MID 1040498 to RID [0, 1, 2, 3]
Thu Nov 19 07:45:04 2026 Info: MID 1040498 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=120428716782, Hostname=AM0PR01MB6920.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 07:45:04 2026 Info: DCID 203972 close
Thu Nov 19 07:45:04 2026 Info: Message finished MID 1040498 done
Thu Nov 19 07:48:35 2026 Info: New SMTP ICID 415980 interface IncomingMail (192.0.2.10) address 198.51.54.116 reverse dns host mail.client-b.example verified yes
Thu Nov 19 07:48:35 2026 Info: ICID 415980 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.1
Thu Nov 19 07:48:35 2026 Info: ICID 415980 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 07:48:35 2026 Info: Start MID 1040500 ICID 415980
Thu Nov 19 07:48:35 2026 Info: MID 1040500 ICID 415980 From: <paul.dubois@client-b.example>
Thu Nov 19 07:48:35 2026 Info: MID 1040500 ICID 415980 RID 0 To: <kofi.nguyen@corp.example>
Thu Nov 19 07:48:36 2026 Info: MID 1040500 Message-ID '<e8b241e5739a47a6dc94.79893@client-b.example>'
Thu Nov 19 07:48:36 2026 Info: MID 1040500 Subject 'Budget 2027 – first numbers'
Thu Nov 19 07:48:36 2026 Info: MID 1040500 ready 28438 bytes from <paul.dubois@client-b.example>
Thu Nov 19 07:48:36 2026 Info: MID 1040500 DMARC: Verification passed
Thu Nov 19 07:48:36 2026 Info: ICID 415980 close
Thu Nov 19 07:48:36 2026 Info: MID 1040500 DKIM: pass signature verified (d=client-b.example s=s4 i=@client-b.example)
Thu Nov 19 07:48:37 2026 Info: MID 1040500 SPF: mailfrom identity paul.dubois@client-b.example Pass (v=spf1)
Thu Nov 19 07:48:37 2026 Info: MID 1040500 using engine: CASE spam negative
Thu Nov 19 07:48:38 2026 Info: MID 1040500 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 07:48:38 2026 Info: MID 1040500 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 07:48:38 2026 Info: MID 1040500 queued for delivery
Thu Nov 19 07:48:40 2026 Info: New SMTP DCID 203974 interface 192.0.2.20 address 52.101.58.156 port 25
Thu Nov 19 07:48:40 2026 Info: DCID 203974 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 07:48:40 2026 Info: Delivery start DCID 203974 MID 1040500 to RID [0]
Thu Nov 19 07:48:42 2026 Info: Message done DCID 203974 MID 1040500 to RID [0]
Thu Nov 19 07:48:42 2026 Info: MID 1040500 RID [0] Response '2.6.0 [InternalId=906364587321, Hostname=AM0PR01MB9163.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 07:48:42 2026 Info: Message finished MID 1040500 done
Thu Nov 19 07:48:42 2026 Info: DCID 203974 close
Thu Nov 19 08:14:52 2026 Info: New SMTP ICID 415981 interface IncomingMail (192.0.2.10) address 198.51.187.4 reverse dns host mail.bank.example verified yes
Thu Nov 19 08:14:52 2026 Info: ICID 415981 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.9
Thu Nov 19 08:14:52 2026 Info: ICID 415981 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 08:14:52 2026 Info: Start MID 1040501 ICID 415981
Thu Nov 19 08:14:52 2026 Info: MID 1040501 ICID 415981 From: <mary.mendes@bank.example>
Thu Nov 19 08:14:52 2026 Info: MID 1040501 ICID 415981 RID 0 To: <engineering@corp.example>
Thu Nov 19 08:14:53 2026 Info: MID 1040501 Message-ID '<f8c1f2adb2b5a37c8d7c.9537@bank.example>'
Thu Nov 19 08:14:53 2026 Info: MID 1040501 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Thu Nov 19 08:14:53 2026 Info: MID 1040501 ready 11649 bytes from <mary.mendes@bank.example>
Thu Nov 19 08:14:53 2026 Info: MID 1040501 using engine: CASE spam negative
Thu Nov 19 08:14:53 2026 Info: ICID 415981 close
Thu Nov 19 08:14:53 2026 Info: MID 1040501 SPF: mailfrom identity mary.mendes@bank.example Pass (v=spf1)
Thu Nov 19 08:14:54 2026 Info: MID 1040501 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 08:14:54 2026 Info: MID 1040501 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 08:14:56 2026 Info: MID 1040501 queued for delivery
Thu Nov 19 08:14:59 2026 Info: New SMTP DCID 203975 interface 192.0.2.20 address 52.101.32.83 port 25
Thu Nov 19 08:14:59 2026 Info: DCID 203975 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 08:14:59 2026 Info: Delivery start DCID 203975 MID 1040501 to RID [0]
Thu Nov 19 08:15:01 2026 Info: Message done DCID 203975 MID 1040501 to RID [0]
Thu Nov 19 08:15:01 2026 Info: MID 1040501 RID [0] Response '2.6.0 [InternalId=827304391511, Hostname=AM0PR01MB9853.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 08:15:01 2026 Info: Message finished MID 1040501 done
Thu Nov 19 08:15:01 2026 Info: DCID 203975 close
Thu Nov 19 08:19:04 2026 Info: New SMTP ICID 415982 interface IncomingMail (192.0.2.10) address 198.51.135.217 reverse dns host mail.partner.example verified yes
Thu Nov 19 08:19:04 2026 Info: ICID 415982 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.4
Thu Nov 19 08:19:04 2026 Info: ICID 415982 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 08:19:04 2026 Info: Start MID 1040502 ICID 415982
Thu Nov 19 08:19:04 2026 Info: MID 1040502 ICID 415982 From: <raj.obrien@partner.example>
Thu Nov 19 08:19:04 2026 Info: MID 1040502 ICID 415982 RID 0 To: <finance@corp.example>
Thu Nov 19 08:19:04 2026 Info: MID 1040502 ICID 415982 RID 1 To: <yuki.novak@corp-legacy.example>
Thu Nov 19 08:19:05 2026 Info: MID 1040502 Message-ID '<da9f488f689f6347331a.28587@partner.example>'
Thu Nov 19 08:19:05 2026 Info: MID 1040502 Subject 'Budget 2027 – first numbers'
Thu Nov 19 08:19:05 2026 Info: MID 1040502 ready 337244 bytes from <raj.obrien@partner.example>
Thu Nov 19 08:19:05 2026 Info: MID 1040502 using engine: CASE spam negative
Thu Nov 19 08:19:05 2026 Info: MID 1040502 SPF: mailfrom identity raj.obrien@partner.example Pass (v=spf1)
Thu Nov 19 08:19:05 2026 Info: ICID 415982 close
Thu Nov 19 08:19:05 2026 Info: MID 1040502 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 08:19:05 2026 Info: MID 1040502 attachment 'minutes-18990.docx'
Thu Nov 19 08:19:06 2026 Info: MID 1040502 attachment 'Report,Final Draft: Revenue (Q3),Approved.pdf'
Thu Nov 19 08:19:06 2026 Info: MID 1040502 AMP file reputation verdict : UNKNOWN
Thu Nov 19 08:19:06 2026 Info: New SMTP ICID 415983 interface OutgoingMail (192.0.2.11) address 10.20.1.41 reverse dns host exch4.corp.example verified yes
Thu Nov 19 08:19:06 2026 Info: ICID 415983 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 08:19:06 2026 Info: Start MID 1040503 ICID 415983
Thu Nov 19 08:19:06 2026 Info: MID 1040503 ICID 415983 From: <sara.novak@corp.example>
Thu Nov 19 08:19:06 2026 Info: MID 1040503 ICID 415983 RID 0 To: <tom.obrien@bank.example>
Thu Nov 19 08:19:06 2026 Info: MID 1040502 queued for delivery
Thu Nov 19 08:19:07 2026 Info: MID 1040503 Message-ID '<559accbc58bca9a94b08.77406@corp.example>'
Thu Nov 19 08:19:07 2026 Info: MID 1040503 Subject 'Re: project timeline'
Thu Nov 19 08:19:07 2026 Info: MID 1040503 ready 19743 bytes from <sara.novak@corp.example>
Thu Nov 19 08:19:07 2026 Info: ICID 415983 close
Thu Nov 19 08:19:07 2026 Info: MID 1040503 interim AV verdict using Sophos CLEAN
Thu Nov 19 08:19:07 2026 Info: MID 1040503 DMARC: Verification passed
Thu Nov 19 08:19:07 2026 Info: MID 1040503 SPF: mailfrom identity sara.novak@corp.example Pass (v=spf1)
Thu Nov 19 08:19:07 2026 Info: MID 1040503 DKIM: pass signature verified (d=corp.example s=s3 i=@corp.example)
Thu Nov 19 08:19:07 2026 Info: MID 1040503 antivirus negative
Thu Nov 19 08:19:07 2026 Info: MID 1040503 using engine: CASE spam negative
Thu Nov 19 08:19:07 2026 Info: New SMTP DCID 203976 interface 192.0.2.20 address 52.101.112.115 port 25
Thu Nov 19 08:19:07 2026 Info: DCID 203976 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 08:19:07 2026 Info: Delivery start DCID 203976 MID 1040502 to RID [0]
Thu Nov 19 08:19:07 2026 Info: MID 1040503 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 08:19:07 2026 Info: MID 1040503 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 08:19:08 2026 Info: MID 1040503 queued for delivery
Thu Nov 19 08:19:08 2026 Info: Message done DCID 203976 MID 1040502 to RID [0]
Thu Nov 19 08:19:08 2026 Info: MID 1040502 RID [0] Response '2.6.0 [InternalId=112132519163, Hostname=AM0PR01MB7760.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 08:19:08 2026 Info: New SMTP DCID 203977 interface 192.0.2.20 address 10.30.0.25 port 25
Thu Nov 19 08:19:08 2026 Info: DCID 203977 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 08:19:08 2026 Info: Delivery start DCID 203977 MID 1040502 to RID [1]
Thu Nov 19 08:19:08 2026 Info: DCID 203976 close
Thu Nov 19 08:19:09 2026 Info: New SMTP DCID 203978 interface 192.0.2.20 address 203.0.113.19 port 25
Thu Nov 19 08:19:09 2026 Info: DCID 203978 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 08:19:09 2026 Info: Delivery start DCID 203978 MID 1040503 to RID [0]
Thu Nov 19 08:19:10 2026 Info: Message done DCID 203978 MID 1040503 to RID [0]
Thu Nov 19 08:19:10 2026 Info: MID 1040503 RID [0] Response '2.0.0 Ok: queued as WLn4huXXnJrqV6xr'
Thu Nov 19 08:19:10 2026 Info: Message finished MID 1040503 done
Thu Nov 19 08:19:10 2026 Info: DCID 203978 close
Thu Nov 19 08:19:10 2026 Info: Message done DCID 203977 MID 1040502 to RID [1]
Thu Nov 19 08:19:10 2026 Info: MID 1040502 RID [1] Response '2.0.0 Ok: queued as qHpaZtpcL4fSaoSc'
Thu Nov 19 08:19:10 2026 Info: Message finished MID 1040502 done
Thu Nov 19 08:19:10 2026 Info: DCID 203977 close
Thu Nov 19 08:45:39 2026 Info: New SMTP ICID 415984 interface IncomingMail (192.0.2.10) address 198.51.175.61 reverse dns host mail.cloudapp.example verified yes
Thu Nov 19 08:45:39 2026 Info: ICID 415984 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.2
Thu Nov 19 08:45:39 2026 Info: ICID 415984 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 08:45:39 2026 Info: Start MID 1040504 ICID 415984
Thu Nov 19 08:45:39 2026 Info: MID 1040504 ICID 415984 From: <li.walsh@cloudapp.example>
Thu Nov 19 08:45:39 2026 Info: MID 1040504 ICID 415984 RID 0 To: <omar.mendes@corp.example>
Thu Nov 19 08:45:39 2026 Info: MID 1040504 ICID 415984 RID 1 To: <dan.okafor@corp.example>
Thu Nov 19 08:45:39 2026 Info: MID 1040504 ICID 415984 RID 2 To: <leo.dubois@corp.example>
Thu Nov 19 08:45:39 2026 Info: MID 1040504 Message-ID '<a466f59a60b2fea7d096.97253@cloudapp.example>'
Thu Nov 19 08:45:39 2026 Info: MID 1040504 Subject 'Meeting notes'
Thu Nov 19 08:45:39 2026 Info: MID 1040504 ready 42400 bytes from <li.walsh@cloudapp.example>
Thu Nov 19 08:45:39 2026 Info: MID 1040504 using engine: CASE spam negative
Thu Nov 19 08:45:39 2026 Info: ICID 415984 close
Thu Nov 19 08:45:39 2026 Info: MID 1040504 SPF: mailfrom identity li.walsh@cloudapp.example Pass (v=spf1)
Thu Nov 19 08:45:39 2026 Info: MID 1040504 URL https://www.cloudapp.example/t/f4e4567163 has reputation 7.9 matched Condition: URL Reputation Rule
Thu Nov 19 08:45:40 2026 Info: MID 1040504 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 08:45:40 2026 Info: MID 1040504 attachment 'image001.png'
Thu Nov 19 08:45:40 2026 Info: MID 1040504 AMP file reputation verdict : CLEAN
Thu Nov 19 08:45:41 2026 Info: MID 1040504 queued for delivery
Thu Nov 19 08:45:42 2026 Info: New SMTP DCID 203979 interface 192.0.2.20 address 52.101.140.149 port 25
Thu Nov 19 08:45:42 2026 Info: DCID 203979 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 08:45:42 2026 Info: Delivery start DCID 203979 MID 1040504 to RID [0, 1, 2]
Thu Nov 19 08:45:44 2026 Info: Message done DCID 203979 MID 1040504 to RID [0, 1, 2]
Thu Nov 19 08:45:44 2026 Info: MID 1040504 RID [0, 1, 2] Response '2.6.0 [InternalId=391964102109, Hostname=AM0PR01MB9446.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 08:45:44 2026 Info: DCID 203979 close
Thu Nov 19 08:45:44 2026 Info: Message finished MID 1040504 done
Thu Nov 19 08:48:03 2026 Info: New SMTP ICID 415985 interface IncomingMail (192.0.2.10) address 198.51.64.226 reverse dns host mail.client-b.example verified yes
Thu Nov 19 08:48:03 2026 Info: ICID 415985 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.8
Thu Nov 19 08:48:03 2026 Info: ICID 415985 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 08:48:04 2026 Info: Start MID 1040505 ICID 415985
Thu Nov 19 08:48:04 2026 Info: MID 1040505 ICID 415985 From: <max.larsen@client-b.example>
Thu Nov 19 08:48:04 2026 Info: MID 1040505 ICID 415985 RID 0 To: <journal@corp.example>
Thu Nov 19 08:48:04 2026 Info: MID 1040505 Message-ID '<d457e498c3e1e85437c1.67942@client-b.example>'
Thu Nov 19 08:48:04 2026 Info: MID 1040505 Subject 'Quarterly report'
Thu Nov 19 08:48:04 2026 Info: MID 1040505 ready 7269 bytes from <max.larsen@client-b.example>
Thu Nov 19 08:48:04 2026 Info: MID 1040505 SPF: mailfrom identity max.larsen@client-b.example Pass (v=spf1)
Thu Nov 19 08:48:04 2026 Info: MID 1040505 DKIM: pass signature verified (d=client-b.example s=s2 i=@client-b.example)
Thu Nov 19 08:48:04 2026 Info: MID 1040505 using engine: CASE spam negative
Thu Nov 19 08:48:04 2026 Info: ICID 415985 close
Thu Nov 19 08:48:04 2026 Info: MID 1040505 DMARC: Verification passed
Thu Nov 19 08:48:05 2026 Info: MID 1040505 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 08:48:06 2026 Info: MID 1040505 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 08:48:06 2026 Info: MID 1040505 queued for delivery
Thu Nov 19 08:48:07 2026 Info: New SMTP ICID 415986 interface IncomingMail (192.0.2.10) address 198.51.183.63 reverse dns host mail.travel.example verified yes
Thu Nov 19 08:48:07 2026 Info: ICID 415986 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.3
Thu Nov 19 08:48:07 2026 Info: ICID 415986 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 08:48:07 2026 Info: Start MID 1040506 ICID 415986
Thu Nov 19 08:48:07 2026 Info: MID 1040506 ICID 415986 From: <ines.kowalski@travel.example>
Thu Nov 19 08:48:07 2026 Info: MID 1040506 ICID 415986 RID 0 To: <lena.novak@corp.example>
Thu Nov 19 08:48:07 2026 Info: MID 1040506 ICID 415986 RID 1 To: <ewa.jensen@corp.example>
Thu Nov 19 08:48:07 2026 Info: New SMTP DCID 203980 interface 192.0.2.20 address 52.101.174.93 port 25
Thu Nov 19 08:48:07 2026 Info: DCID 203980 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 08:48:07 2026 Info: Delivery start DCID 203980 MID 1040505 to RID [0]
Thu Nov 19 08:48:07 2026 Info: MID 1040506 Message-ID '<CARxwibFhdKwQRVlixbcbA8Uzz4v6SuK/=cnQpqEE8Cd@mail.travel.example>'
Thu Nov 19 08:48:07 2026 Info: MID 1040506 Subject 'Candidate CV 6988'
Thu Nov 19 08:48:07 2026 Info: MID 1040506 ready 24721 bytes from <ines.kowalski@travel.example>
Thu Nov 19 08:48:07 2026 Info: MID 1040506 antivirus negative
Thu Nov 19 08:48:07 2026 Info: MID 1040506 SPF: mailfrom identity ines.kowalski@travel.example Pass (v=spf1)
Thu Nov 19 08:48:07 2026 Info: ICID 415986 close
Thu Nov 19 08:48:07 2026 Info: MID 1040506 DMARC: Verification passed
Thu Nov 19 08:48:07 2026 Info: MID 1040506 interim AV verdict using Sophos CLEAN
Thu Nov 19 08:48:07 2026 Info: MID 1040506 DKIM: pass signature verified (d=travel.example s=s8 i=@travel.example)
Thu Nov 19 08:48:07 2026 Info: MID 1040506 using engine: CASE spam negative
Thu Nov 19 08:48:08 2026 Info: MID 1040506 was split creating MID 1040507 due to a per-recipient policy DEFAULT in the inbound table
Thu Nov 19 08:48:08 2026 Info: MID 1040507 ICID 0 From: <ines.kowalski@travel.example>
Thu Nov 19 08:48:08 2026 Info: MID 1040507 ICID 0 RID 0 To: <ewa.jensen@corp.example>
Thu Nov 19 08:48:08 2026 Info: MID 1040507 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 08:48:08 2026 Info: MID 1040506 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 08:48:08 2026 Info: MID 1040506 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 08:48:09 2026 Info: MID 1040507 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 08:48:09 2026 Info: Message done DCID 203980 MID 1040505 to RID [0]
Thu Nov 19 08:48:09 2026 Info: MID 1040505 RID [0] Response '2.6.0 [InternalId=949828751423, Hostname=AM0PR01MB5679.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 08:48:09 2026 Info: DCID 203980 close
Thu Nov 19 08:48:09 2026 Info: Message finished MID 1040505 done
Thu Nov 19 08:48:10 2026 Info: New SMTP DCID 203982 interface 192.0.2.20 address 192.0.2.50 port 6025
Thu Nov 19 08:48:10 2026 Info: Delivery start DCID 203982 MID 1040507 to RID [0] to offbox IronPort Spam Quarantine
Thu Nov 19 08:48:10 2026 Info: Message done DCID 203982 MID 1040507 to RID [0] (external quarantine)
Thu Nov 19 08:48:10 2026 Info: Message finished MID 1040507 done
Thu Nov 19 08:48:10 2026 Info: DCID 203982 close
Thu Nov 19 08:48:11 2026 Info: New SMTP DCID 203981 interface 192.0.2.20 address 192.0.2.50 port 6025
Thu Nov 19 08:48:11 2026 Info: Delivery start DCID 203981 MID 1040506 to RID [0] to offbox IronPort Spam Quarantine
Thu Nov 19 08:48:11 2026 Info: Message done DCID 203981 MID 1040506 to RID [0] (external quarantine)
Thu Nov 19 08:48:11 2026 Info: Message finished MID 1040506 done
Thu Nov 19 08:48:11 2026 Info: DCID 203981 close
Thu Nov 19 09:28:51 2026 Info: New SMTP ICID 415987 interface IncomingMail (192.0.2.10) address 198.51.202.105 reverse dns host mail.m1crosoft-login.example verified yes
Thu Nov 19 09:28:51 2026 Info: ICID 415987 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.9
Thu Nov 19 09:28:51 2026 Info: ICID 415987 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 09:28:51 2026 Info: Start MID 1040508 ICID 415987
Thu Nov 19 09:28:51 2026 Info: MID 1040508 ICID 415987 From: <billing@m1crosoft-login.example>
Thu Nov 19 09:28:51 2026 Info: MID 1040508 ICID 415987 RID 0 To: <noah.okafor@corp.example>
Thu Nov 19 09:28:52 2026 Info: MID 1040508 Message-ID "<o'neill.25e51b4ae5d9@m1crosoft-login.example>"
Thu Nov 19 09:28:52 2026 Info: MID 1040508 Subject 'Action required: document shared with you'
Thu Nov 19 09:28:52 2026 Info: MID 1040508 ready 312449 bytes from <billing@m1crosoft-login.example>
Thu Nov 19 09:28:52 2026 Info: MID 1040508 using engine: CASE spam negative
Thu Nov 19 09:28:52 2026 Info: ICID 415987 close
Thu Nov 19 09:28:52 2026 Info: MID 1040508 antivirus negative
Thu Nov 19 09:28:52 2026 Info: MID 1040508 interim AV verdict using Sophos CLEAN
Thu Nov 19 09:28:52 2026 Info: MID 1040508 DKIM: pass signature verified (d=m1crosoft-login.example s=s5 i=@m1crosoft-login.example)
Thu Nov 19 09:28:52 2026 Info: MID 1040508 DMARC: Verification passed
Thu Nov 19 09:28:52 2026 Info: MID 1040508 SPF: mailfrom identity billing@m1crosoft-login.example Pass (v=spf1)
Thu Nov 19 09:28:53 2026 Info: MID 1040508 matched all recipients for per-recipient policy Executives in the inbound table
Thu Nov 19 09:28:53 2026 Info: MID 1040508 attachment 'Benefits update 2026.docm'
Thu Nov 19 09:28:54 2026 Info: MID 1040508 AMP file reputation verdict : UNKNOWN
Thu Nov 19 09:28:55 2026 Info: MID 1040508 queued for delivery
Thu Nov 19 09:28:58 2026 Info: New SMTP DCID 203983 interface 192.0.2.20 address 52.101.123.246 port 25
Thu Nov 19 09:28:58 2026 Info: DCID 203983 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 09:28:58 2026 Info: Delivery start DCID 203983 MID 1040508 to RID [0]
Thu Nov 19 09:29:01 2026 Info: Message done DCID 203983 MID 1040508 to RID [0]
Thu Nov 19 09:29:01 2026 Info: MID 1040508 RID [0] Response '2.0.0 Ok: queued as w4GXmZRXW5rWgWnx'
Thu Nov 19 09:29:01 2026 Info: Message finished MID 1040508 done
Thu Nov 19 09:29:01 2026 Info: DCID 203983 close
Thu Nov 19 09:49:38 2026 Info: New SMTP ICID 415988 interface IncomingMail (192.0.2.10) address 198.51.70.55 reverse dns host mail.m1crosoft-login.example verified yes
Thu Nov 19 09:49:38 2026 Info: ICID 415988 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.7
Thu Nov 19 09:49:38 2026 Info: ICID 415988 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 09:49:38 2026 Info: Start MID 1040509 ICID 415988
Thu Nov 19 09:49:38 2026 Info: MID 1040509 ICID 415988 From: <billing@m1crosoft-login.example>
Thu Nov 19 09:49:38 2026 Info: MID 1040509 ICID 415988 RID 0 To: <lena.novak@corp.example>
Thu Nov 19 09:49:38 2026 Info: MID 1040509 ICID 415988 RID 1 To: <nina.lopez@corp.example>
Thu Nov 19 09:49:38 2026 Info: MID 1040509 ICID 415988 RID 2 To: <sofia.tanaka@corp-legacy.example>
Thu Nov 19 09:49:39 2026 Info: MID 1040509 Message-ID '<51f45d4a0d4608e1d738.88810@m1crosoft-login.example>'
Thu Nov 19 09:49:39 2026 Info: MID 1040509 Subject 'Action required: document shared with you'
Thu Nov 19 09:49:39 2026 Info: MID 1040509 ready 3258164 bytes from <billing@m1crosoft-login.example>
Thu Nov 19 09:49:39 2026 Info: MID 1040509 using engine: CASE spam negative
Thu Nov 19 09:49:39 2026 Info: ICID 415988 close
Thu Nov 19 09:49:39 2026 Info: MID 1040509 Outbreak Filters: verdict negative
Thu Nov 19 09:49:39 2026 Info: MID 1040509 SPF: mailfrom identity billing@m1crosoft-login.example Pass (v=spf1)
Thu Nov 19 09:49:39 2026 Info: MID 1040509 URL https://www.m1crosoft-login.example/t/d90dbec64e has reputation 4.5 matched Condition: URL Reputation Rule
Thu Nov 19 09:49:39 2026 Info: New SMTP ICID 415989 interface IncomingMail (192.0.2.10) address 198.51.178.80 reverse dns host mail.bank.example verified yes
Thu Nov 19 09:49:39 2026 Info: ICID 415989 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.7
Thu Nov 19 09:49:39 2026 Info: ICID 415989 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 09:49:39 2026 Info: Start MID 1040511 ICID 415989
Thu Nov 19 09:49:39 2026 Info: MID 1040511 ICID 415989 From: <leo.mendes@bank.example>
Thu Nov 19 09:49:39 2026 Info: MID 1040511 ICID 415989 RID 0 To: <ravi.nguyen48@corp.example>
Thu Nov 19 09:49:40 2026 Info: MID 1040509 was split creating MID 1040510 due to a per-recipient policy DEFAULT in the inbound table
Thu Nov 19 09:49:40 2026 Info: MID 1040510 ICID 0 From: <billing@m1crosoft-login.example>
Thu Nov 19 09:49:40 2026 Info: MID 1040510 ICID 0 RID 0 To: <sofia.tanaka@corp-legacy.example>
Thu Nov 19 09:49:40 2026 Info: MID 1040511 Message-ID '<CAO9gmwEs_lkwqSvQSL--Gv69_O1stWfCBL8t97klvSk@mail.bank.example>'
Thu Nov 19 09:49:40 2026 Info: MID 1040511 Subject 'Lunch on Friday?'
Thu Nov 19 09:49:40 2026 Info: MID 1040511 ready 8050 bytes from <leo.mendes@bank.example>
Thu Nov 19 09:49:40 2026 Info: MID 1040511 DKIM: pass signature verified (d=bank.example s=s8 i=@bank.example)
Thu Nov 19 09:49:40 2026 Info: ICID 415989 close
Thu Nov 19 09:49:40 2026 Info: MID 1040511 SPF: mailfrom identity leo.mendes@bank.example Pass (v=spf1)
Thu Nov 19 09:49:40 2026 Info: MID 1040511 DMARC: Verification passed
Thu Nov 19 09:49:40 2026 Info: MID 1040511 using engine: CASE spam negative
Thu Nov 19 09:49:40 2026 Info: MID 1040509 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 09:49:40 2026 Info: MID 1040510 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 09:49:40 2026 Info: MID 1040510 AMP file reputation verdict : UNKNOWN
Thu Nov 19 09:49:40 2026 Info: MID 1040509 attachment 'Benefits=20update=202026.docm'
Thu Nov 19 09:49:40 2026 Info: MID 1040509 attachment 'photo 27553.heic'
Thu Nov 19 09:49:40 2026 Info: MID 1040509 AMP file reputation verdict : UNKNOWN
Thu Nov 19 09:49:41 2026 Info: MID 1040511 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 09:49:42 2026 Info: MID 1040511 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 09:49:42 2026 Info: New SMTP DCID 203985 interface 192.0.2.20 address 192.0.2.50 port 6025
Thu Nov 19 09:49:42 2026 Info: Delivery start DCID 203985 MID 1040510 to RID [0] to offbox IronPort Spam Quarantine
Thu Nov 19 09:49:42 2026 Info: Message done DCID 203985 MID 1040510 to RID [0] (external quarantine)
Thu Nov 19 09:49:42 2026 Info: Message finished MID 1040510 done
Thu Nov 19 09:49:42 2026 Info: DCID 203985 close
Thu Nov 19 09:49:43 2026 Info: New SMTP DCID 203984 interface 192.0.2.20 address 192.0.2.50 port 6025
Thu Nov 19 09:49:43 2026 Info: Delivery start DCID 203984 MID 1040509 to RID [0, 1] to offbox IronPort Spam Quarantine
Thu Nov 19 09:49:43 2026 Info: MID 1040511 queued for delivery
Thu Nov 19 09:49:43 2026 Info: New SMTP ICID 415990 interface IncomingMail (192.0.2.10) address 198.51.73.95 reverse dns host mail.cloudapp.example verified yes
Thu Nov 19 09:49:43 2026 Info: ICID 415990 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.9
Thu Nov 19 09:49:43 2026 Info: ICID 415990 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 09:49:43 2026 Info: Message done DCID 203984 MID 1040509 to RID [0, 1] (external quarantine)
Thu Nov 19 09:49:43 2026 Info: Message finished MID 1040509 done
Thu Nov 19 09:49:43 2026 Info: DCID 203984 close
Thu Nov 19 09:49:43 2026 Info: Start MID 1040512 ICID 415990
Thu Nov 19 09:49:43 2026 Info: MID 1040512 ICID 415990 From: <li.walsh@cloudapp.example>
Thu Nov 19 09:49:43 2026 Info: MID 1040512 ICID 415990 RID 0 To: <sara.novak23@corp.example>
Thu Nov 19 09:49:43 2026 Info: MID 1040512 Message-ID '<2b23d29e3ef8f97a7986.79717@cloudapp.example>'
Thu Nov 19 09:49:43 2026 Info: MID 1040512 Subject 'Meeting notes'
Thu Nov 19 09:49:43 2026 Info: MID 1040512 ready 45781 bytes from <li.walsh@cloudapp.example>
Thu Nov 19 09:49:43 2026 Info: MID 1040512 SPF: mailfrom identity li.walsh@cloudapp.example Pass (v=spf1)
Thu Nov 19 09:49:43 2026 Info: MID 1040512 using engine: CASE spam negative
Thu Nov 19 09:49:43 2026 Info: ICID 415990 close
Thu Nov 19 09:49:44 2026 Info: MID 1040512 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 09:49:44 2026 Info: MID 1040512 attachment 'meeting.ics'
Thu Nov 19 09:49:44 2026 Info: File reputation query initiating. File Name = 'meeting.ics', MID = 1040512, File Size = 2844 bytes, File Type = text/calendar
Thu Nov 19 09:49:44 2026 Info: MID 1040512 AMP file reputation verdict : LOWRISK
Thu Nov 19 09:49:45 2026 Info: New SMTP DCID 203986 interface 192.0.2.20 address 52.101.54.105 port 25
Thu Nov 19 09:49:45 2026 Info: DCID 203986 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 09:49:45 2026 Info: Delivery start DCID 203986 MID 1040511 to RID [0]
Thu Nov 19 09:49:45 2026 Info: Response received for file reputation query from Cloud. FileName = 'meeting.ics', MID = 1040512, Disposition = LOWRISK, Malware = None,Reputation Score = 0, sha256 =855b9df91bf76e53c349dc1abc4406c65aa72b97709d198ad596a703634c9328, upload_action = 2
Thu Nov 19 09:49:46 2026 Info: MID 1040512 queued for delivery
Thu Nov 19 09:49:47 2026 Info: Message done DCID 203986 MID 1040511 to RID [0]
Thu Nov 19 09:49:47 2026 Info: MID 1040511 RID [0] Response '2.0.0 Ok: queued as 3yaePNoxb98r2Y44'
Thu Nov 19 09:49:47 2026 Info: Message finished MID 1040511 done
Thu Nov 19 09:49:47 2026 Info: DCID 203986 close
Thu Nov 19 09:49:49 2026 Info: New SMTP DCID 203987 interface 192.0.2.20 address 52.101.23.174 port 25
Thu Nov 19 09:49:49 2026 Info: DCID 203987 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 09:49:49 2026 Info: Delivery start DCID 203987 MID 1040512 to RID [0]
Thu Nov 19 09:49:50 2026 Info: Message done DCID 203987 MID 1040512 to RID [0]
Thu Nov 19 09:49:50 2026 Info: MID 1040512 RID [0] Response '2.6.0 [InternalId=909364772159, Hostname=AM0PR01MB2793.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 09:49:50 2026 Info: Message finished MID 1040512 done
Thu Nov 19 09:49:50 2026 Info: DCID 203987 close
Thu Nov 19 10:01:05 2026 Info: New SMTP ICID 415991 interface IncomingMail (192.0.2.10) address 198.51.62.171 reverse dns host mail.m1crosoft-login.example verified yes
Thu Nov 19 10:01:05 2026 Info: ICID 415991 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.8
Thu Nov 19 10:01:05 2026 Info: ICID 415991 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 10:01:05 2026 Info: Start MID 1040513 ICID 415991
Thu Nov 19 10:01:05 2026 Info: MID 1040513 ICID 415991 From: <billing@m1crosoft-login.example>
Thu Nov 19 10:01:05 2026 Info: MID 1040513 ICID 415991 RID 0 To: <lena.novak@corp.example>
Thu Nov 19 10:01:05 2026 Info: MID 1040513 Message-ID '<CAvBZdxE-61pzugF4AjNnnaY/mUas3Vjnm3WuBbUmUYP@mail.m1crosoft-login.example>'
Thu Nov 19 10:01:05 2026 Info: MID 1040513 Subject 'Action required: document shared with you'
Thu Nov 19 10:01:05 2026 Info: MID 1040513 ready 317234 bytes from <billing@m1crosoft-login.example>
Thu Nov 19 10:01:05 2026 Info: MID 1040513 using engine: CASE spam negative
Thu Nov 19 10:01:05 2026 Info: MID 1040513 antivirus negative
Thu Nov 19 10:01:05 2026 Info: MID 1040513 SPF: mailfrom identity billing@m1crosoft-login.example Pass (v=spf1)
Thu Nov 19 10:01:05 2026 Info: MID 1040513 DMARC: Verification passed
Thu Nov 19 10:01:05 2026 Info: ICID 415991 close
Thu Nov 19 10:01:05 2026 Info: MID 1040513 DKIM: pass signature verified (d=m1crosoft-login.example s=s8 i=@m1crosoft-login.example)
Thu Nov 19 10:01:05 2026 Info: MID 1040513 interim AV verdict using Sophos CLEAN
Thu Nov 19 10:01:05 2026 Info: MID 1040513 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 10:01:06 2026 Info: MID 1040513 attachment 'Benefits update 2026.docm'
Thu Nov 19 10:01:06 2026 Info: MID 1040513 AMP file reputation verdict : UNKNOWN
Thu Nov 19 10:01:06 2026 Info: MID 1040513 queued for delivery
Thu Nov 19 10:01:09 2026 Info: New SMTP DCID 203988 interface 192.0.2.20 address 52.101.243.171 port 25
Thu Nov 19 10:01:09 2026 Info: DCID 203988 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 10:01:09 2026 Info: Delivery start DCID 203988 MID 1040513 to RID [0]
Thu Nov 19 10:01:11 2026 Info: Message done DCID 203988 MID 1040513 to RID [0]
Thu Nov 19 10:01:11 2026 Info: MID 1040513 RID [0] Response '2.6.0 [InternalId=835945632106, Hostname=AM0PR01MB6252.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 10:01:11 2026 Info: Message finished MID 1040513 done
Thu Nov 19 10:01:11 2026 Info: DCID 203988 close
Thu Nov 19 10:01:55 2026 Info: New SMTP ICID 415992 interface OutgoingMail (192.0.2.11) address 10.20.3.202 reverse dns host exch1.corp.example verified yes
Thu Nov 19 10:01:55 2026 Info: ICID 415992 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 10:01:55 2026 Info: Start MID 1040514 ICID 415992
Thu Nov 19 10:01:55 2026 Info: MID 1040514 ICID 415992 From: <lena.novak@corp.example>
Thu Nov 19 10:01:55 2026 Info: MID 1040514 ICID 415992 RID 0 To: <ewa.obrien@partner.example>
Thu Nov 19 10:01:55 2026 Info: MID 1040514 Message-ID '<d71b1c939b0856b6b795.6238@corp.example>'
Thu Nov 19 10:01:55 2026 Info: MID 1040514 Subject 'Welcome to the team!'
Thu Nov 19 10:01:55 2026 Info: MID 1040514 ready 562946 bytes from <lena.novak@corp.example>
Thu Nov 19 10:01:55 2026 Info: ICID 415992 close
Thu Nov 19 10:01:56 2026 Info: MID 1040514 URL https://www.corp.example/t/391495f9b7 has reputation 7.9 matched Condition: URL Reputation Rule
Thu Nov 19 10:01:56 2026 Info: MID 1040514 using engine: CASE spam negative
Thu Nov 19 10:01:56 2026 Info: MID 1040514 SPF: mailfrom identity lena.novak@corp.example Pass (v=spf1)
Thu Nov 19 10:01:57 2026 Info: MID 1040514 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 10:01:57 2026 Info: MID 1040514 attachment 'Q3 Report 2026.pdf'
Thu Nov 19 10:01:57 2026 Info: MID 1040514 AMP file reputation verdict : CLEAN
Thu Nov 19 10:01:59 2026 Info: MID 1040514 queued for delivery
Thu Nov 19 10:02:03 2026 Info: New SMTP DCID 203989 interface 192.0.2.20 address 203.0.113.17 port 25
Thu Nov 19 10:02:03 2026 Info: DCID 203989 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 10:02:03 2026 Info: Delivery start DCID 203989 MID 1040514 to RID [0]
Thu Nov 19 10:02:03 2026 Info: Message done DCID 203989 MID 1040514 to RID [0]
Thu Nov 19 10:02:03 2026 Info: MID 1040514 RID [0] Response '2.0.0 Ok: queued as CDSo2iuvkLcfK2N3'
Thu Nov 19 10:02:03 2026 Info: Message finished MID 1040514 done
Thu Nov 19 10:02:03 2026 Info: DCID 203989 close
Thu Nov 19 10:10:51 2026 Info: New SMTP ICID 415993 interface IncomingMail (192.0.2.10) address 198.51.184.202 reverse dns host mail.travel.example verified yes
Thu Nov 19 10:10:51 2026 Info: ICID 415993 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.7
Thu Nov 19 10:10:51 2026 Info: ICID 415993 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 10:10:52 2026 Info: Start MID 1040515 ICID 415993
Thu Nov 19 10:10:52 2026 Info: MID 1040515 ICID 415993 From: <ines.kowalski@travel.example>
Thu Nov 19 10:10:52 2026 Info: MID 1040515 ICID 415993 RID 0 To: <kofi.nguyen@corp.example>
Thu Nov 19 10:10:52 2026 Info: MID 1040515 ICID 415993 RID 1 To: <nina.lopez@corp.example>
Thu Nov 19 10:10:52 2026 Info: MID 1040515 ICID 415993 RID 2 To: <lena.novak@corp.example>
Thu Nov 19 10:10:52 2026 Info: MID 1040515 Message-ID '<32b4bab40bd13ec4cc99.97405@travel.example>'
Thu Nov 19 10:10:52 2026 Info: MID 1040515 Subject Re: [support #66846] FW: issue\r\n with the VPN client after the latest update (urgent)
Thu Nov 19 10:10:52 2026 Info: MID 1040515 ready 863953 bytes from <ines.kowalski@travel.example>
Thu Nov 19 10:10:52 2026 Info: MID 1040515 using engine: CASE spam negative
Thu Nov 19 10:10:52 2026 Info: ICID 415993 close
Thu Nov 19 10:10:52 2026 Info: MID 1040515 DKIM: pass signature verified (d=travel.example s=s7 i=@travel.example)
Thu Nov 19 10:10:52 2026 Info: MID 1040515 SPF: mailfrom identity ines.kowalski@travel.example Pass (v=spf1)
Thu Nov 19 10:10:52 2026 Info: MID 1040515 antivirus negative
Thu Nov 19 10:10:52 2026 Info: MID 1040515 interim AV verdict using Sophos CLEAN
Thu Nov 19 10:10:52 2026 Info: MID 1040515 DMARC: Verification passed
Thu Nov 19 10:10:53 2026 Info: MID 1040515 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 10:10:53 2026 Info: MID 1040515 attachment 'budget_2026_v3.xlsx'
Thu Nov 19 10:10:53 2026 Info: File reputation query initiating. File Name = 'budget_2026_v3.xlsx', MID = 1040515, File Size = 527822 bytes, File Type = application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
Thu Nov 19 10:10:53 2026 Info: MID 1040515 attachment 'minutes-3653.docx'
Thu Nov 19 10:10:53 2026 Info: File reputation query initiating. File Name = 'minutes-3653.docx', MID = 1040515, File Size = 104165 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Thu Nov 19 10:10:53 2026 Info: MID 1040515 AMP file reputation verdict : UNKNOWN
Thu Nov 19 10:10:53 2026 Info: MID 1040515 queued for delivery
Thu Nov 19 10:10:53 2026 Info: Response received for file reputation query from Cache. File Name = 'budget_2026_v3.xlsx', MID = 1040515, Disposition = FILE UNKNOWN, Malware = None, Reputation Score = 0, sha256 = 83a4e62930803889fa6197748d118e3781728a07bbab27f604b8157d03edb920, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Thu Nov 19 10:10:54 2026 Info: Response received for file reputation query from Cloud. File Name = 'minutes-3653.docx', MID = 1040515, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = c2e1212c1d33abec5f2c126abc5a0d1402d60749c836761e6118adf82f93d59d, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Thu Nov 19 10:10:54 2026 Info: New SMTP ICID 415994 interface IncomingMail (192.0.2.10) address 198.51.202.151 reverse dns host mail.gmail.example verified yes
Thu Nov 19 10:10:54 2026 Info: ICID 415994 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.1
Thu Nov 19 10:10:54 2026 Info: ICID 415994 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 10:10:54 2026 Info: Start MID 1040516 ICID 415994
Thu Nov 19 10:10:54 2026 Info: MID 1040516 ICID 415994 From: <leo.jensen@gmail.example>
Thu Nov 19 10:10:54 2026 Info: MID 1040516 ICID 415994 RID 0 To: <omar.weber@corp-mail.example>
Thu Nov 19 10:10:54 2026 Info: MID 1040516 Message-ID '<6d08adb75785a08d95cd.34992@gmail.example>'
Thu Nov 19 10:10:54 2026 Info: MID 1040516 Subject 'Candidate CV 84562'
Thu Nov 19 10:10:54 2026 Info: MID 1040516 ready 8467 bytes from <leo.jensen@gmail.example>
Thu Nov 19 10:10:54 2026 Info: ICID 415994 close
Thu Nov 19 10:10:54 2026 Info: MID 1040516 URL https://www.gmail.example/t/c397c4ba3c has reputation 0.0 matched Condition: URL Reputation Rule
Thu Nov 19 10:10:54 2026 Info: MID 1040516 Outbreak Filters: verdict negative
Thu Nov 19 10:10:55 2026 Info: MID 1040516 using engine: CASE spam negative
Thu Nov 19 10:10:55 2026 Info: MID 1040516 SPF: mailfrom identity leo.jensen@gmail.example Pass (v=spf1)
Thu Nov 19 10:10:55 2026 Info: MID 1040516 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 10:10:55 2026 Info: MID 1040516 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 10:10:56 2026 Info: New SMTP DCID 203990 interface 192.0.2.20 address 52.101.176.64 port 25
Thu Nov 19 10:10:56 2026 Info: DCID 203990 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 10:10:56 2026 Info: Delivery start DCID 203990 MID 1040515 to RID [0, 1, 2]
Thu Nov 19 10:10:56 2026 Info: Message done DCID 203990 MID 1040515 to RID [0, 1, 2]
Thu Nov 19 10:10:56 2026 Info: MID 1040515 RID [0, 1, 2] Response '2.6.0 [InternalId=970069956579, Hostname=AM0PR01MB7820.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 10:10:56 2026 Info: Message finished MID 1040515 done
Thu Nov 19 10:10:56 2026 Info: DCID 203990 close
Thu Nov 19 10:10:57 2026 Info: MID 1040516 queued for delivery
Thu Nov 19 10:10:58 2026 Info: MID 1040517 was generated based on MID 1040516 by bcc filter 'Finance_Archive'
Thu Nov 19 10:10:58 2026 Info: MID 1040517 ICID 0 From: <leo.jensen@gmail.example>
Thu Nov 19 10:10:58 2026 Info: MID 1040517 ICID 0 RID 0 To: <finance-archive@corp.example>
Thu Nov 19 10:10:58 2026 Info: MID 1040517 Message-ID '<6d08adb75785a08d95cd.34992@gmail.example>'
Thu Nov 19 10:10:58 2026 Info: MID 1040517 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 10:10:58 2026 Info: MID 1040517 queued for delivery
Thu Nov 19 10:10:58 2026 Info: New SMTP DCID 203991 interface 192.0.2.20 address 52.101.71.54 port 25
Thu Nov 19 10:10:58 2026 Info: DCID 203991 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 10:10:58 2026 Info: Delivery start DCID 203991 MID 1040516 to RID [0]
Thu Nov 19 10:10:59 2026 Info: Message done DCID 203991 MID 1040516 to RID [0] [('from', 'leo.jensen@gmail.example'), ('to', 'omar.weber@corp-mail.example')]
Thu Nov 19 10:10:59 2026 Info: MID 1040516 RID [0] Response '2.6.0 [InternalId=825395715425, Hostname=AM0PR01MB7477.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 10:11:00 2026 Info: Message finished MID 1040516 done
Thu Nov 19 10:11:00 2026 Info: New SMTP DCID 203992 interface 192.0.2.20 address 52.101.42.126 port 25
Thu Nov 19 10:11:00 2026 Info: DCID 203992 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 10:11:00 2026 Info: Delivery start DCID 203992 MID 1040517 to RID [0]
Thu Nov 19 10:11:00 2026 Info: DCID 203991 close
Thu Nov 19 10:11:00 2026 Info: Message done DCID 203992 MID 1040517 to RID [0]
Thu Nov 19 10:11:00 2026 Info: MID 1040517 RID [0] Response '2.6.0 [InternalId=114552121592, Hostname=AM0PR01MB4115.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 10:11:00 2026 Info: Message finished MID 1040517 done
Thu Nov 19 10:11:00 2026 Info: DCID 203992 close
Thu Nov 19 10:16:55 2026 Info: New SMTP ICID 415995 interface IncomingMail (192.0.2.10) address 198.51.243.98 reverse dns host mail.newsletter.example verified yes
Thu Nov 19 10:16:55 2026 Info: ICID 415995 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.1
Thu Nov 19 10:16:55 2026 Info: ICID 415995 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 10:16:55 2026 Info: Start MID 1040518 ICID 415995
Thu Nov 19 10:16:55 2026 Info: MID 1040518 ICID 415995 From: <marc.rossi@newsletter.example>
Thu Nov 19 10:16:55 2026 Info: MID 1040518 ICID 415995 RID 0 To: <sara.novak23@corp.example>
Thu Nov 19 10:16:55 2026 Info: MID 1040518 ICID 415995 RID 1 To: <paul.moreau@corp.example>
Thu Nov 19 10:16:55 2026 Info: MID 1040518 ICID 415995 RID 2 To: <omar.mendes@corp.example>
Thu Nov 19 10:16:55 2026 Info: MID 1040518 ICID 415995 RID 3 To: <dan.okafor@corp.example>
Thu Nov 19 10:16:55 2026 Info: MID 1040518 Message-ID '<8bf6c0e6f0aaec32dc9b.37366@newsletter.example>'
Thu Nov 19 10:16:55 2026 Info: MID 1040518 Subject 'Re: Re: Re: hiring plan'
Thu Nov 19 10:16:55 2026 Info: MID 1040518 ready 520987 bytes from <marc.rossi@newsletter.example>
Thu Nov 19 10:16:55 2026 Info: MID 1040518 DMARC: Verification passed
Thu Nov 19 10:16:55 2026 Info: MID 1040518 antivirus negative
Thu Nov 19 10:16:55 2026 Info: ICID 415995 close
Thu Nov 19 10:16:55 2026 Info: MID 1040518 using engine: CASE spam negative
Thu Nov 19 10:16:55 2026 Info: MID 1040518 DKIM: pass signature verified (d=newsletter.example s=s1 i=@newsletter.example)
Thu Nov 19 10:16:55 2026 Info: MID 1040518 interim AV verdict using Sophos CLEAN
Thu Nov 19 10:16:55 2026 Info: MID 1040518 SPF: mailfrom identity marc.rossi@newsletter.example Pass (v=spf1)
Thu Nov 19 10:16:56 2026 Info: MID 1040518 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 10:16:56 2026 Info: MID 1040518 attachment 'meeting.ics'
Thu Nov 19 10:16:56 2026 Info: MID 1040518 attachment 'Q1=20Report=202026.pdf'
Thu Nov 19 10:16:56 2026 Info: MID 1040518 AMP file reputation verdict : UNKNOWN
Thu Nov 19 10:16:57 2026 Info: MID 1040518 queued for delivery
Thu Nov 19 10:16:59 2026 Info: New SMTP DCID 203993 interface 192.0.2.20 address 52.101.97.172 port 25
Thu Nov 19 10:16:59 2026 Info: DCID 203993 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 10:16:59 2026 Info: Delivery start DCID 203993 MID 1040518 to RID [0, 1, 2, 3]
Thu Nov 19 10:16:59 2026 Info: Message done DCID 203993 MID 1040518 to RID [0, 1, 2, 3]
Thu Nov 19 10:16:59 2026 Info: MID 1040518 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=182572777745, Hostname=AM0PR01MB4435.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 10:16:59 2026 Info: DCID 203993 close
Thu Nov 19 10:16:59 2026 Info: Message finished MID 1040518 done
Thu Nov 19 11:01:36 2026 Info: New SMTP ICID 415996 interface IncomingMail (192.0.2.10) address 198.51.12.168 reverse dns host mail.client-b.example verified yes
Thu Nov 19 11:01:36 2026 Info: ICID 415996 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.6
Thu Nov 19 11:01:36 2026 Info: ICID 415996 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 11:01:36 2026 Info: Start MID 1040519 ICID 415996
Thu Nov 19 11:01:36 2026 Info: MID 1040519 ICID 415996 From: <max.fischer@client-b.example>
Thu Nov 19 11:01:36 2026 Info: MID 1040519 ICID 415996 RID 0 To: <sara.novak@corp.example>
Thu Nov 19 11:01:37 2026 Info: MID 1040519 Message-ID "<o'neill.662122d1fa3b@client-b.example>"
Thu Nov 19 11:01:37 2026 Info: MID 1040519 Subject 'Scan from copier 67803'
Thu Nov 19 11:01:37 2026 Info: MID 1040519 ready 13951 bytes from <max.fischer@client-b.example>
Thu Nov 19 11:01:37 2026 Info: MID 1040519 SPF: mailfrom identity max.fischer@client-b.example Pass (v=spf1)
Thu Nov 19 11:01:37 2026 Info: ICID 415996 close
Thu Nov 19 11:01:37 2026 Info: MID 1040519 using engine: CASE spam negative
Thu Nov 19 11:01:37 2026 Info: MID 1040519 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 11:01:37 2026 Info: MID 1040519 attachment 'meeting.ics'
Thu Nov 19 11:01:37 2026 Info: MID 1040519 AMP file reputation verdict : UNKNOWN
Thu Nov 19 11:01:38 2026 Info: MID 1040519 queued for delivery
Thu Nov 19 11:01:39 2026 Info: New SMTP DCID 203994 interface 192.0.2.20 address 52.101.115.142 port 25
Thu Nov 19 11:01:39 2026 Info: DCID 203994 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 11:01:39 2026 Info: Delivery start DCID 203994 MID 1040519 to RID [0]
Thu Nov 19 11:01:40 2026 Info: Message done DCID 203994 MID 1040519 to RID [0]
Thu Nov 19 11:01:40 2026 Info: MID 1040519 RID [0] Response '2.6.0 [InternalId=106505620178, Hostname=AM0PR01MB9331.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 11:01:40 2026 Info: Message finished MID 1040519 done
Thu Nov 19 11:01:40 2026 Info: DCID 203994 close
Thu Nov 19 11:39:45 2026 Info: New SMTP ICID 415997 interface IncomingMail (192.0.2.10) address 198.51.34.224 reverse dns host mail.bank.example verified yes
Thu Nov 19 11:39:45 2026 Info: ICID 415997 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.0
Thu Nov 19 11:39:45 2026 Info: ICID 415997 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 11:39:45 2026 Info: Start MID 1040520 ICID 415997
Thu Nov 19 11:39:45 2026 Info: MID 1040520 ICID 415997 From: <sofia.walsh@bank.example>
Thu Nov 19 11:39:45 2026 Info: MID 1040520 ICID 415997 RID 0 To: <lucia.okafor@corp.example>
Thu Nov 19 11:39:46 2026 Info: MID 1040520 Message-ID '<1563f34764dc4fba%37#&eee8f@bank.example>'
Thu Nov 19 11:39:46 2026 Info: MID 1040520 Subject 'Welcome to the team!'
Thu Nov 19 11:39:46 2026 Info: MID 1040520 ready 37845 bytes from <sofia.walsh@bank.example>
Thu Nov 19 11:39:46 2026 Info: MID 1040520 using engine: CASE spam negative
Thu Nov 19 11:39:46 2026 Info: ICID 415997 close
Thu Nov 19 11:39:46 2026 Info: MID 1040520 SPF: mailfrom identity sofia.walsh@bank.example Pass (v=spf1)
Thu Nov 19 11:39:46 2026 Info: MID 1040520 URL https://www.bank.example/t/a9795b0323 has reputation 0.0 matched Condition: URL Reputation Rule
Thu Nov 19 11:39:47 2026 Info: MID 1040520 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 11:39:48 2026 Info: MID 1040520 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 11:39:48 2026 Info: MID 1040520 queued for delivery
Thu Nov 19 11:39:52 2026 Info: New SMTP DCID 203995 interface 192.0.2.20 address 52.101.166.250 port 25
Thu Nov 19 11:39:52 2026 Info: DCID 203995 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 11:39:52 2026 Info: Delivery start DCID 203995 MID 1040520 to RID [0]
Thu Nov 19 11:39:53 2026 Info: Message done DCID 203995 MID 1040520 to RID [0]
Thu Nov 19 11:39:53 2026 Info: MID 1040520 RID [0] Response '2.6.0 [InternalId=134454929326, Hostname=AM0PR01MB6857.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 11:39:53 2026 Info: Message finished MID 1040520 done
Thu Nov 19 11:39:53 2026 Info: DCID 203995 close
Thu Nov 19 11:42:16 2026 Info: New SMTP ICID 415998 interface OutgoingMail (192.0.2.11) address 10.20.9.47 reverse dns host exch1.corp.example verified yes
Thu Nov 19 11:42:16 2026 Info: ICID 415998 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 11:42:16 2026 Info: Start MID 1040521 ICID 415998
Thu Nov 19 11:42:16 2026 Info: MID 1040521 ICID 415998 From: <ida.dubois@corp.example>
Thu Nov 19 11:42:16 2026 Info: MID 1040521 ICID 415998 RID 0 To: <marc.rossi@newsletter.example>
Thu Nov 19 11:42:16 2026 Info: MID 1040521 Message-ID '<f23e5619ccf96407cfe8.9365@corp.example>'
Thu Nov 19 11:42:16 2026 Info: MID 1040521 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Thu Nov 19 11:42:16 2026 Info: MID 1040521 ready 26399 bytes from <ida.dubois@corp.example>
Thu Nov 19 11:42:16 2026 Info: ICID 415998 close
Thu Nov 19 11:42:16 2026 Info: MID 1040521 using engine: CASE spam negative
Thu Nov 19 11:42:17 2026 Info: MID 1040521 SPF: mailfrom identity ida.dubois@corp.example Pass (v=spf1)
Thu Nov 19 11:42:18 2026 Info: MID 1040521 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 11:42:18 2026 Info: MID 1040521 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 11:42:20 2026 Info: New SMTP ICID 415999 interface IncomingMail (192.0.2.10) address 198.51.115.207 reverse dns host mail.travel.example verified yes
Thu Nov 19 11:42:20 2026 Info: ICID 415999 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.9
Thu Nov 19 11:42:20 2026 Info: ICID 415999 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 11:42:20 2026 Info: Start MID 1040522 ICID 415999
Thu Nov 19 11:42:20 2026 Info: MID 1040522 ICID 415999 From: <raj.kim@travel.example>
Thu Nov 19 11:42:20 2026 Info: MID 1040522 ICID 415999 RID 0 To: <yuki.ivanova@corp.example>
Thu Nov 19 11:42:20 2026 Info: MID 1040522 ICID 415999 RID 1 To: <ida.dubois@corp.example>
Thu Nov 19 11:42:20 2026 Info: MID 1040521 queued for delivery
Thu Nov 19 11:42:20 2026 Info: MID 1040522 Message-ID '<384e72c753a98d34%73#&65677@travel.example>'
Thu Nov 19 11:42:20 2026 Info: MID 1040522 Subject 'Invoice 47597'
Thu Nov 19 11:42:20 2026 Info: MID 1040522 ready 688777 bytes from <raj.kim@travel.example>
Thu Nov 19 11:42:20 2026 Info: ICID 415999 close
Thu Nov 19 11:42:20 2026 Info: New SMTP DCID 203996 interface 192.0.2.20 address 203.0.113.207 port 25
Thu Nov 19 11:42:20 2026 Info: DCID 203996 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 11:42:20 2026 Info: Delivery start DCID 203996 MID 1040521 to RID [0]
Thu Nov 19 11:42:20 2026 Info: MID 1040522 DKIM: pass signature verified (d=travel.example s=s8 i=@travel.example)
Thu Nov 19 11:42:20 2026 Info: MID 1040522 using engine: CASE spam negative
Thu Nov 19 11:42:20 2026 Info: MID 1040522 interim AV verdict using Sophos CLEAN
Thu Nov 19 11:42:20 2026 Info: MID 1040522 antivirus negative
Thu Nov 19 11:42:20 2026 Info: MID 1040522 DMARC: Verification passed
Thu Nov 19 11:42:20 2026 Info: MID 1040522 SPF: mailfrom identity raj.kim@travel.example Pass (v=spf1)
Thu Nov 19 11:42:21 2026 Info: New SMTP ICID 416000 interface IncomingMail (192.0.2.10) address 198.51.40.84 reverse dns host mail.logistics.example verified yes
Thu Nov 19 11:42:21 2026 Info: ICID 416000 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.2
Thu Nov 19 11:42:21 2026 Info: ICID 416000 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 11:42:21 2026 Info: Start MID 1040523 ICID 416000
Thu Nov 19 11:42:21 2026 Info: MID 1040523 ICID 416000 From: <yuki.sato@logistics.example>
Thu Nov 19 11:42:21 2026 Info: MID 1040523 ICID 416000 RID 0 To: <yuki.ivanova@corp.example>
Thu Nov 19 11:42:21 2026 Info: MID 1040523 Message-ID '<aabbaa7c63143abf5d1f.31056@logistics.example>'
Thu Nov 19 11:42:21 2026 Info: MID 1040523 Subject 'Candidate CV 87408'
Thu Nov 19 11:42:21 2026 Info: MID 1040523 ready 2154285 bytes from <yuki.sato@logistics.example>
Thu Nov 19 11:42:21 2026 Info: MID 1040523 DKIM: pass signature verified (d=logistics.example s=s3 i=@logistics.example)
Thu Nov 19 11:42:21 2026 Info: ICID 416000 close
Thu Nov 19 11:42:22 2026 Info: MID 1040523 SPF: mailfrom identity yuki.sato@logistics.example Pass (v=spf1)
Thu Nov 19 11:42:22 2026 Info: MID 1040523 using engine: CASE spam negative
Thu Nov 19 11:42:22 2026 Info: MID 1040523 DMARC: Verification passed
Thu Nov 19 11:42:22 2026 Info: MID 1040522 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 11:42:22 2026 Info: MID 1040522 attachment 'Report,Final=20Draft:=20Revenue=20(Q4),Approved.pdf'
Thu Nov 19 11:42:22 2026 Info: File reputation query initiating. File Name = 'Report,Final Draft: Revenue (Q4),Approved.pdf', MID = 1040522, File Size = 485487 bytes, File Type = application/pdf
Thu Nov 19 11:42:22 2026 Info: MID 1040523 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 11:42:22 2026 Info: MID 1040522 AMP file reputation verdict : LOWRISK
Thu Nov 19 11:42:22 2026 Info: Response received for file reputation query from Cloud. File Name = 'Report,Final Draft: Revenue (Q4),Approved.pdf', MID = 1040522, Disposition = LOWRISK, Malware = None, Reputation Score = 5, sha256 = db539aa1307fa3d19b4951a4fd11a9ddca6e324c81ba9efee04f311df4ae3e15, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Thu Nov 19 11:42:22 2026 Info: MID 1040523 attachment 'Caf=C3=A9=20menu=2055529.pdf'
Thu Nov 19 11:42:23 2026 Info: MID 1040523 attachment 'invoice_86799.pdf'
Thu Nov 19 11:42:23 2026 Info: Message done DCID 203996 MID 1040521 to RID [0] [('from', 'ida.dubois@corp.example'), ('to', 'marc.rossi@newsletter.example')]
Thu Nov 19 11:42:23 2026 Info: MID 1040521 RID [0] Response '2.0.0 Ok: queued as pT49mUS6BE66mzyt'
Thu Nov 19 11:42:23 2026 Info: Message finished MID 1040521 done
Thu Nov 19 11:42:23 2026 Info: MID 1040523 attachment 'Q2 Report 2026.pdf'
Thu Nov 19 11:42:23 2026 Info: MID 1040523 AMP file reputation verdict : UNKNOWN
Thu Nov 19 11:42:23 2026 Info: DCID 203996 close
Thu Nov 19 11:42:23 2026 Info: MID 1040523 queued for delivery
Thu Nov 19 11:42:24 2026 Info: MID 1040522 queued for delivery
Thu Nov 19 11:42:24 2026 Info: New SMTP DCID 203998 interface 192.0.2.20 address 52.101.217.78 port 25
Thu Nov 19 11:42:24 2026 Info: DCID 203998 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 11:42:24 2026 Info: Delivery start DCID 203998 MID 1040523 to RID [0]
Thu Nov 19 11:42:24 2026 Info: New SMTP DCID 203997 interface 192.0.2.20 address 52.101.121.193 port 25
Thu Nov 19 11:42:24 2026 Info: DCID 203997 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 11:42:24 2026 Info: Delivery start DCID 203997 MID 1040522 to RID [0, 1]
Thu Nov 19 11:42:26 2026 Info: Message done DCID 203997 MID 1040522 to RID [0, 1]
Thu Nov 19 11:42:26 2026 Info: MID 1040522 RID [0, 1] Response '2.6.0 [InternalId=311242492423, Hostname=AM0PR01MB1226.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 11:42:26 2026 Info: Message finished MID 1040522 done
Thu Nov 19 11:42:26 2026 Info: DCID 203997 close
Thu Nov 19 11:42:26 2026 Info: Message done DCID 203998 MID 1040523 to RID [0]
Thu Nov 19 11:42:26 2026 Info: MID 1040523 RID [0] Response '2.6.0 [InternalId=961489475698, Hostname=AM0PR01MB6763.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 11:42:26 2026 Info: Message finished MID 1040523 done
Thu Nov 19 11:42:26 2026 Info: DCID 203998 close
Thu Nov 19 11:47:38 2026 Info: New SMTP ICID 416001 interface IncomingMail (192.0.2.10) address 198.51.29.39 reverse dns host mail.logistics.example verified yes
Thu Nov 19 11:47:38 2026 Info: ICID 416001 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.6
Thu Nov 19 11:47:38 2026 Info: ICID 416001 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 11:47:38 2026 Info: Start MID 1040524 ICID 416001
Thu Nov 19 11:47:38 2026 Info: MID 1040524 ICID 416001 From: <mary.moreau@logistics.example>
Thu Nov 19 11:47:38 2026 Info: MID 1040524 ICID 416001 RID 0 To: <ravi.nguyen48@corp.example>
Thu Nov 19 11:47:38 2026 Info: MID 1040524 ICID 416001 RID 1 To: <lucia.okafor@corp.example>
Thu Nov 19 11:47:38 2026 Info: MID 1040524 ICID 416001 RID 2 To: <ewa.jensen@corp.example>
Thu Nov 19 11:47:39 2026 Info: MID 1040524 Message-ID '<d3b2170113e013b54500.68313@logistics.example>'
Thu Nov 19 11:47:39 2026 Info: MID 1040524 Subject 'Re: Re: Re: hiring plan'
Thu Nov 19 11:47:39 2026 Info: MID 1040524 ready 8803 bytes from <mary.moreau@logistics.example>
Thu Nov 19 11:47:39 2026 Info: MID 1040524 URL https://www.logistics.example/t/37f6f185e8 has reputation 0.0 matched Condition: URL Reputation Rule
Thu Nov 19 11:47:39 2026 Info: MID 1040524 using engine: CASE spam negative
Thu Nov 19 11:47:39 2026 Info: MID 1040524 SPF: mailfrom identity mary.moreau@logistics.example Pass (v=spf1)
Thu Nov 19 11:47:39 2026 Info: ICID 416001 close
Thu Nov 19 11:47:40 2026 Info: MID 1040524 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 11:47:40 2026 Info: MID 1040524 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 11:47:41 2026 Info: MID 1040524 queued for delivery
Thu Nov 19 11:47:42 2026 Info: New SMTP DCID 203999 interface 192.0.2.20 address 52.101.185.83 port 25
Thu Nov 19 11:47:42 2026 Info: DCID 203999 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 11:47:42 2026 Info: Delivery start DCID 203999 MID 1040524 to RID [0, 1, 2]
Thu Nov 19 11:47:43 2026 Info: Message done DCID 203999 MID 1040524 to RID [0, 1, 2]
Thu Nov 19 11:47:43 2026 Info: MID 1040524 RID [0, 1, 2] Response '2.6.0 [InternalId=183425653794, Hostname=AM0PR01MB7145.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 11:47:43 2026 Info: Message finished MID 1040524 done
Thu Nov 19 11:47:43 2026 Info: DCID 203999 close
Thu Nov 19 11:52:48 2026 Info: New SMTP ICID 416002 interface IncomingMail (192.0.2.10) address 198.51.174.158 reverse dns host mail.bank.example verified yes
Thu Nov 19 11:52:48 2026 Info: ICID 416002 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.5
Thu Nov 19 11:52:48 2026 Info: ICID 416002 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 11:52:48 2026 Info: Start MID 1040525 ICID 416002
Thu Nov 19 11:52:48 2026 Info: MID 1040525 ICID 416002 From: <sofia.walsh@bank.example>
Thu Nov 19 11:52:48 2026 Info: MID 1040525 ICID 416002 RID 0 To: <emma.garcia@corp.example>
Thu Nov 19 11:52:48 2026 Info: MID 1040525 Message-ID '<fddede79d290ea12c53e.78539@bank.example>'
Thu Nov 19 11:52:48 2026 Info: MID 1040525 Subject 'Invoice 57834'
Thu Nov 19 11:52:48 2026 Info: MID 1040525 ready 798933 bytes from <sofia.walsh@bank.example>
Thu Nov 19 11:52:48 2026 Info: MID 1040525 DKIM: pass signature verified (d=bank.example s=s4 i=@bank.example)
Thu Nov 19 11:52:48 2026 Info: ICID 416002 close
Thu Nov 19 11:52:48 2026 Info: MID 1040525 DMARC: Verification passed
Thu Nov 19 11:52:48 2026 Info: MID 1040525 SPF: mailfrom identity sofia.walsh@bank.example Pass (v=spf1)
Thu Nov 19 11:52:49 2026 Info: MID 1040525 using engine: CASE spam negative
Thu Nov 19 11:52:50 2026 Info: MID 1040525 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 11:52:50 2026 Info: MID 1040525 attachment 'Q1=20Report=202026.pdf'
Thu Nov 19 11:52:50 2026 Info: MID 1040525 AMP file reputation verdict : CLEAN
Thu Nov 19 11:52:51 2026 Info: MID 1040525 queued for delivery
Thu Nov 19 11:52:53 2026 Info: New SMTP DCID 204000 interface 192.0.2.20 address 52.101.46.239 port 25
Thu Nov 19 11:52:53 2026 Info: DCID 204000 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 11:52:53 2026 Info: Delivery start DCID 204000 MID 1040525 to RID [0]
Thu Nov 19 11:52:54 2026 Info: Message done DCID 204000 MID 1040525 to RID [0] [('from', 'sofia.walsh@bank.example'), ('to', 'emma.garcia@corp.example')]
Thu Nov 19 11:52:54 2026 Info: MID 1040525 RID [0] Response '2.6.0 [InternalId=735187150675, Hostname=AM0PR01MB6110.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 11:52:54 2026 Info: Message finished MID 1040525 done
Thu Nov 19 11:52:54 2026 Info: DCID 204000 close
Thu Nov 19 11:55:45 2026 Info: New SMTP ICID 416003 interface IncomingMail (192.0.2.10) address 198.51.88.86 reverse dns host mail.partner.example verified yes
Thu Nov 19 11:55:45 2026 Info: ICID 416003 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.3
Thu Nov 19 11:55:45 2026 Info: ICID 416003 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 11:55:46 2026 Info: Start MID 1040526 ICID 416003
Thu Nov 19 11:55:46 2026 Info: MID 1040526 ICID 416003 From: <ewa.obrien@partner.example>
Thu Nov 19 11:55:46 2026 Info: MID 1040526 ICID 416003 RID 0 To: <ravi.nguyen@corp.example>
Thu Nov 19 11:55:46 2026 Info: MID 1040526 Message-ID '<2e678826630e50f1%99#&6cd27@partner.example>'
Thu Nov 19 11:55:46 2026 Info: MID 1040526 Subject 'FW: contract draft'
Thu Nov 19 11:55:46 2026 Info: MID 1040526 ready 550672 bytes from <ewa.obrien@partner.example>
Thu Nov 19 11:55:46 2026 Info: MID 1040526 SPF: mailfrom identity ewa.obrien@partner.example Pass (v=spf1)
Thu Nov 19 11:55:46 2026 Info: MID 1040526 using engine: CASE spam negative
Thu Nov 19 11:55:46 2026 Info: MID 1040526 DMARC: Verification passed
Thu Nov 19 11:55:46 2026 Info: ICID 416003 close
Thu Nov 19 11:55:46 2026 Info: MID 1040526 DKIM: pass signature verified (d=partner.example s=s3 i=@partner.example)
Thu Nov 19 11:55:46 2026 Info: MID 1040526 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 11:55:46 2026 Info: MID 1040526 attachment 'Q3=20Report=202026.pdf'
Thu Nov 19 11:55:46 2026 Info: MID 1040526 AMP file reputation verdict : CLEAN
Thu Nov 19 11:55:47 2026 Info: MID 1040526 queued for delivery
Thu Nov 19 11:55:49 2026 Info: New SMTP DCID 204001 interface 192.0.2.20 address 52.101.26.208 port 25
Thu Nov 19 11:55:49 2026 Info: DCID 204001 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 11:55:49 2026 Info: Delivery start DCID 204001 MID 1040526 to RID [0]
Thu Nov 19 11:55:52 2026 Info: Message done DCID 204001 MID 1040526 to RID [0] [('from', 'ewa.obrien@partner.example'), ('to', 'ravi.nguyen@corp.example')]
Thu Nov 19 11:55:52 2026 Info: MID 1040526 RID [0] Response '2.6.0 [InternalId=681508537885, Hostname=AM0PR01MB3595.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 11:55:52 2026 Info: DCID 204001 close
Thu Nov 19 11:55:52 2026 Info: Message finished MID 1040526 done
Thu Nov 19 12:00:52 2026 Info: New SMTP ICID 416004 interface IncomingMail (192.0.2.10) address 198.51.35.250 reverse dns host mail.cloudapp.example verified yes
Thu Nov 19 12:00:52 2026 Info: ICID 416004 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.3
Thu Nov 19 12:00:52 2026 Info: ICID 416004 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 12:00:52 2026 Info: Start MID 1040527 ICID 416004
Thu Nov 19 12:00:52 2026 Info: MID 1040527 ICID 416004 From: <kofi.ivanova@cloudapp.example>
Thu Nov 19 12:00:52 2026 Info: MID 1040527 ICID 416004 RID 0 To: <journal@corp.example>
Thu Nov 19 12:00:52 2026 Info: MID 1040527 ICID 416004 RID 1 To: <sofia.tanaka@corp-legacy.example>
Thu Nov 19 12:00:53 2026 Info: MID 1040527 Message-ID '<CAoylFhlxX2CE0lP9EYUKN0qEGzikbqu-8T829Vu7vzK@mail.cloudapp.example>'
Thu Nov 19 12:00:53 2026 Info: MID 1040527 Subject 'Price list 96862'
Thu Nov 19 12:00:53 2026 Info: MID 1040527 ready 816572 bytes from <kofi.ivanova@cloudapp.example>
Thu Nov 19 12:00:53 2026 Info: MID 1040527 SPF: mailfrom identity kofi.ivanova@cloudapp.example Pass (v=spf1)
Thu Nov 19 12:00:53 2026 Info: MID 1040527 antivirus negative
Thu Nov 19 12:00:53 2026 Info: MID 1040527 interim AV verdict using Sophos CLEAN
Thu Nov 19 12:00:53 2026 Info: ICID 416004 close
Thu Nov 19 12:00:53 2026 Info: MID 1040527 using engine: CASE spam negative
Thu Nov 19 12:00:53 2026 Info: MID 1040527 DKIM: pass signature verified (d=cloudapp.example s=s3 i=@cloudapp.example)
Thu Nov 19 12:00:53 2026 Info: MID 1040527 DMARC: Verification passed
Thu Nov 19 12:00:54 2026 Info: MID 1040527 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 12:00:55 2026 Info: MID 1040527 attachment 'Report,Final=20Draft:=20Revenue=20(Q4),Approved.pdf'
Thu Nov 19 12:00:55 2026 Info: MID 1040527 attachment 'Café menu 17281.pdf'
Thu Nov 19 12:00:55 2026 Info: MID 1040527 AMP file reputation verdict : UNKNOWN
Thu Nov 19 12:00:55 2026 Info: MID 1040527 queued for delivery
Thu Nov 19 12:00:55 2026 Info: New SMTP DCID 204002 interface 192.0.2.20 address 52.101.242.181 port 25
Thu Nov 19 12:00:55 2026 Info: DCID 204002 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 12:00:55 2026 Info: Delivery start DCID 204002 MID 1040527 to RID [0]
Thu Nov 19 12:00:56 2026 Info: Message done DCID 204002 MID 1040527 to RID [0]
Thu Nov 19 12:00:56 2026 Info: MID 1040527 RID [0] Response '2.0.0 Ok: queued as N6CkLTabtJ997jJA'
Thu Nov 19 12:00:56 2026 Info: New SMTP DCID 204003 interface 192.0.2.20 address 10.30.0.25 port 25
Thu Nov 19 12:00:56 2026 Info: DCID 204003 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 12:00:56 2026 Info: Delivery start DCID 204003 MID 1040527 to RID [1]
Thu Nov 19 12:00:57 2026 Info: DCID 204002 close
Thu Nov 19 12:00:59 2026 Info: Message done DCID 204003 MID 1040527 to RID [1]
Thu Nov 19 12:00:59 2026 Info: MID 1040527 RID [1] Response '2.0.0 Ok: queued as rrgbXXZMxj8f77Fg'
Thu Nov 19 12:00:59 2026 Info: Message finished MID 1040527 done
Thu Nov 19 12:00:59 2026 Info: DCID 204003 close
Thu Nov 19 12:05:47 2026 Info: New SMTP ICID 416005 interface IncomingMail (192.0.2.10) address 198.51.36.158 reverse dns host mail.partner.example verified yes
Thu Nov 19 12:05:47 2026 Info: ICID 416005 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.4
Thu Nov 19 12:05:47 2026 Info: ICID 416005 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 12:05:47 2026 Info: Start MID 1040528 ICID 416005
Thu Nov 19 12:05:47 2026 Info: MID 1040528 ICID 416005 From: <nora.okafor@partner.example>
Thu Nov 19 12:05:47 2026 Info: MID 1040528 ICID 416005 RID 0 To: <kofi.moreau@corp.example>
Thu Nov 19 12:05:47 2026 Info: MID 1040528 ICID 416005 RID 1 To: <ida.dubois@corp.example>
Thu Nov 19 12:05:47 2026 Info: MID 1040528 Message-ID '<408377863e65c32c2fdf.46230@partner.example>'
Thu Nov 19 12:05:47 2026 Info: MID 1040528 Subject 'Lunch on Friday?'
Thu Nov 19 12:05:47 2026 Info: MID 1040528 ready 773942 bytes from <nora.okafor@partner.example>
Thu Nov 19 12:05:47 2026 Info: MID 1040528 URL https://www.partner.example/t/2b4ee63cc6 has reputation 4.5 matched Condition: URL Reputation Rule
Thu Nov 19 12:05:47 2026 Info: MID 1040528 using engine: CASE spam negative
Thu Nov 19 12:05:47 2026 Info: ICID 416005 close
Thu Nov 19 12:05:47 2026 Info: MID 1040528 SPF: mailfrom identity nora.okafor@partner.example Pass (v=spf1)
Thu Nov 19 12:05:48 2026 Info: MID 1040528 was split creating MID 1040529 due to a per-recipient policy DEFAULT in the inbound table
Thu Nov 19 12:05:48 2026 Info: MID 1040529 ICID 0 From: <nora.okafor@partner.example>
Thu Nov 19 12:05:48 2026 Info: MID 1040529 ICID 0 RID 0 To: <ida.dubois@corp.example>
Thu Nov 19 12:05:48 2026 Info: MID 1040528 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 12:05:48 2026 Info: MID 1040529 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 12:05:48 2026 Info: MID 1040528 attachment 'budget_2026_v3.xlsx'
Thu Nov 19 12:05:48 2026 Info: MID 1040528 attachment 'image002.jpg'
Thu Nov 19 12:05:49 2026 Info: MID 1040528 AMP file reputation verdict : UNKNOWN
Thu Nov 19 12:05:49 2026 Info: MID 1040529 AMP file reputation verdict : UNKNOWN
Thu Nov 19 12:05:49 2026 Info: MID 1040529 queued for delivery
Thu Nov 19 12:05:50 2026 Info: MID 1040528 queued for delivery
Thu Nov 19 12:05:51 2026 Info: New SMTP DCID 204005 interface 192.0.2.20 address 52.101.94.244 port 25
Thu Nov 19 12:05:51 2026 Info: DCID 204005 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 12:05:51 2026 Info: Delivery start DCID 204005 MID 1040529 to RID [0]
Thu Nov 19 12:05:52 2026 Info: Message done DCID 204005 MID 1040529 to RID [0]
Thu Nov 19 12:05:52 2026 Info: MID 1040529 RID [0] Response '2.0.0 Ok: queued as B6UwEejjxJz8ENiP'
Thu Nov 19 12:05:52 2026 Info: Message finished MID 1040529 done
Thu Nov 19 12:05:52 2026 Info: DCID 204005 close
Thu Nov 19 12:05:54 2026 Info: New SMTP DCID 204004 interface 192.0.2.20 address 52.101.193.95 port 25
Thu Nov 19 12:05:54 2026 Info: DCID 204004 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 12:05:54 2026 Info: Delivery start DCID 204004 MID 1040528 to RID [0]
Thu Nov 19 12:05:55 2026 Info: Message done DCID 204004 MID 1040528 to RID [0]
Thu Nov 19 12:05:55 2026 Info: MID 1040528 RID [0] Response '2.6.0 [InternalId=726030472344, Hostname=AM0PR01MB9175.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 12:05:55 2026 Info: Message finished MID 1040528 done
Thu Nov 19 12:05:55 2026 Info: DCID 204004 close
Thu Nov 19 12:14:49 2026 Info: New SMTP ICID 416006 interface IncomingMail (192.0.2.10) address 198.51.216.15 reverse dns host mail.partner.example verified yes
Thu Nov 19 12:14:49 2026 Info: ICID 416006 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.5
Thu Nov 19 12:14:49 2026 Info: ICID 416006 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 12:14:49 2026 Info: Start MID 1040530 ICID 416006
Thu Nov 19 12:14:49 2026 Info: MID 1040530 ICID 416006 From: <tom.smith@partner.example>
Thu Nov 19 12:14:49 2026 Info: MID 1040530 ICID 416006 RID 0 To: <nina.patel@corp.example>
Thu Nov 19 12:14:49 2026 Info: MID 1040530 ICID 416006 RID 1 To: <ivan.silva@corp.example>
Thu Nov 19 12:14:49 2026 Info: MID 1040530 ICID 416006 RID 2 To: <nora.mendes@corp.example>
Thu Nov 19 12:14:49 2026 Info: MID 1040530 ICID 416006 RID 3 To: <lena.sato@corp.example>
Thu Nov 19 12:14:49 2026 Info: MID 1040530 Message-ID '<CAG9D03hFToystvx661YdYewZevesoqaigrCB/21r3En@mail.partner.example>'
Thu Nov 19 12:14:49 2026 Info: MID 1040530 Subject 'Reminder: timesheets due'
Thu Nov 19 12:14:49 2026 Info: MID 1040530 ready 12189 bytes from <tom.smith@partner.example>
Thu Nov 19 12:14:49 2026 Info: MID 1040530 using engine: CASE spam negative
Thu Nov 19 12:14:49 2026 Info: MID 1040530 SPF: mailfrom identity tom.smith@partner.example Pass (v=spf1)
Thu Nov 19 12:14:49 2026 Info: ICID 416006 close
Thu Nov 19 12:14:50 2026 Info: MID 1040530 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 12:14:50 2026 Info: MID 1040530 attachment 'image001.png'
Thu Nov 19 12:14:50 2026 Info: MID 1040530 AMP file reputation verdict : UNKNOWN
Thu Nov 19 12:14:52 2026 Info: MID 1040530 queued for delivery
Thu Nov 19 12:14:54 2026 Info: New SMTP DCID 204006 interface 192.0.2.20 address 52.101.95.214 port 25
Thu Nov 19 12:14:54 2026 Info: DCID 204006 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 12:14:54 2026 Info: Delivery start DCID 204006 MID 1040530 to RID [0, 1, 2, 3]
Thu Nov 19 12:14:55 2026 Info: Message done DCID 204006 MID 1040530 to RID [0, 1, 2, 3]
Thu Nov 19 12:14:55 2026 Info: MID 1040530 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=873126008778, Hostname=AM0PR01MB4399.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 12:14:55 2026 Info: Message finished MID 1040530 done
Thu Nov 19 12:14:55 2026 Info: DCID 204006 close
Thu Nov 19 12:25:22 2026 Info: New SMTP ICID 416007 interface IncomingMail (192.0.2.10) address 198.51.173.191 reverse dns host mail.client-a.example verified yes
Thu Nov 19 12:25:22 2026 Info: ICID 416007 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.3
Thu Nov 19 12:25:22 2026 Info: ICID 416007 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 12:25:22 2026 Info: Start MID 1040531 ICID 416007
Thu Nov 19 12:25:22 2026 Info: MID 1040531 ICID 416007 From: <chen.haddad@client-a.example>
Thu Nov 19 12:25:22 2026 Info: MID 1040531 ICID 416007 RID 0 To: <sales-team@corp-mail.example>
Thu Nov 19 12:25:22 2026 Info: MID 1040531 Message-ID '<b5fd3dd5bc4e44733392.74687@client-a.example>'
Thu Nov 19 12:25:22 2026 Info: MID 1040531 Subject 'Café menu for next week'
Thu Nov 19 12:25:22 2026 Info: MID 1040531 ready 5575 bytes from <chen.haddad@client-a.example>
Thu Nov 19 12:25:22 2026 Info: MID 1040531 antivirus negative
Thu Nov 19 12:25:22 2026 Info: MID 1040531 DKIM: pass signature verified (d=client-a.example s=s5 i=@client-a.example)
Thu Nov 19 12:25:22 2026 Info: MID 1040531 SPF: mailfrom identity chen.haddad@client-a.example Pass (v=spf1)
Thu Nov 19 12:25:22 2026 Info: ICID 416007 close
Thu Nov 19 12:25:22 2026 Info: MID 1040531 DMARC: Verification passed
Thu Nov 19 12:25:22 2026 Info: MID 1040531 interim AV verdict using Sophos CLEAN
Thu Nov 19 12:25:22 2026 Info: MID 1040531 using engine: CASE spam negative
Thu Nov 19 12:25:23 2026 Info: MID 1040531 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 12:25:23 2026 Info: MID 1040531 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 12:25:24 2026 Info: New SMTP ICID 416008 interface OutgoingMail (192.0.2.11) address 10.20.4.167 reverse dns host exch2.corp.example verified yes
Thu Nov 19 12:25:24 2026 Info: ICID 416008 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 12:25:24 2026 Info: New SMTP ICID 416009 interface IncomingMail (192.0.2.10) address 198.51.145.225 reverse dns host mail.partner.example verified yes
Thu Nov 19 12:25:24 2026 Info: ICID 416009 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.3
Thu Nov 19 12:25:24 2026 Info: ICID 416009 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 12:25:24 2026 Info: Start MID 1040533 ICID 416009
Thu Nov 19 12:25:24 2026 Info: MID 1040533 ICID 416009 From: <ida.kim@partner.example>
Thu Nov 19 12:25:24 2026 Info: MID 1040533 ICID 416009 RID 0 To: <leo.dubois@corp.example>
Thu Nov 19 12:25:24 2026 Info: Start MID 1040532 ICID 416008
Thu Nov 19 12:25:24 2026 Info: MID 1040532 ICID 416008 From: <nina.lopez@corp.example>
Thu Nov 19 12:25:24 2026 Info: MID 1040532 ICID 416008 RID 0 To: <tom.obrien@bank.example>
Thu Nov 19 12:25:24 2026 Info: MID 1040533 Message-ID '<a348efe3c2da5303bef0.44418@partner.example>'
Thu Nov 19 12:25:24 2026 Info: MID 1040533 Subject 'Your order 13492 has shipped'
Thu Nov 19 12:25:24 2026 Info: MID 1040533 ready 28367 bytes from <ida.kim@partner.example>
Thu Nov 19 12:25:24 2026 Info: MID 1040533 interim AV verdict using Sophos CLEAN
Thu Nov 19 12:25:25 2026 Info: MID 1040533 DKIM: pass signature verified (d=partner.example s=s7 i=@partner.example)
Thu Nov 19 12:25:25 2026 Info: MID 1040533 antivirus negative
Thu Nov 19 12:25:25 2026 Info: MID 1040533 using engine: CASE spam negative
Thu Nov 19 12:25:25 2026 Info: ICID 416009 close
Thu Nov 19 12:25:25 2026 Info: MID 1040533 SPF: mailfrom identity ida.kim@partner.example Pass (v=spf1)
Thu Nov 19 12:25:25 2026 Info: MID 1040533 DMARC: Verification passed
Thu Nov 19 12:25:25 2026 Info: MID 1040533 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 12:25:25 2026 Info: MID 1040532 Message-ID '<0d30f10eb9b5a62cad76.28118@corp.example>'
Thu Nov 19 12:25:25 2026 Info: MID 1040532 Subject 'Price list 95866'
Thu Nov 19 12:25:25 2026 Info: MID 1040532 ready 12171 bytes from <nina.lopez@corp.example>
Thu Nov 19 12:25:25 2026 Info: MID 1040532 DMARC: Verification passed
Thu Nov 19 12:25:25 2026 Info: MID 1040532 SPF: mailfrom identity nina.lopez@corp.example Pass (v=spf1)
Thu Nov 19 12:25:25 2026 Info: MID 1040532 interim AV verdict using Sophos CLEAN
Thu Nov 19 12:25:25 2026 Info: ICID 416008 close
Thu Nov 19 12:25:25 2026 Info: MID 1040532 antivirus negative
Thu Nov 19 12:25:25 2026 Info: MID 1040532 using engine: CASE spam negative
Thu Nov 19 12:25:25 2026 Info: MID 1040532 DKIM: pass signature verified (d=corp.example s=s6 i=@corp.example)
Thu Nov 19 12:25:25 2026 Info: MID 1040533 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 12:25:26 2026 Info: MID 1040531 queued for delivery
Thu Nov 19 12:25:26 2026 Info: MID 1040533 queued for delivery
Thu Nov 19 12:25:26 2026 Info: MID 1040532 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 12:25:26 2026 Info: MID 1040532 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 12:25:26 2026 Info: New SMTP DCID 204009 interface 192.0.2.20 address 52.101.35.169 port 25
Thu Nov 19 12:25:26 2026 Info: DCID 204009 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 12:25:26 2026 Info: Delivery start DCID 204009 MID 1040533 to RID [0]
Thu Nov 19 12:25:26 2026 Info: Message done DCID 204009 MID 1040533 to RID [0]
Thu Nov 19 12:25:26 2026 Info: MID 1040533 RID [0] Response '2.6.0 [InternalId=257669278817, Hostname=AM0PR01MB4119.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 12:25:26 2026 Info: Message finished MID 1040533 done
Thu Nov 19 12:25:26 2026 Info: DCID 204009 close
Thu Nov 19 12:25:28 2026 Info: New SMTP ICID 416010 interface IncomingMail (192.0.2.10) address 198.51.229.217 reverse dns host mail.bank.example verified yes
Thu Nov 19 12:25:28 2026 Info: ICID 416010 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.4
Thu Nov 19 12:25:28 2026 Info: ICID 416010 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 12:25:28 2026 Info: Start MID 1040534 ICID 416010
Thu Nov 19 12:25:28 2026 Info: MID 1040534 ICID 416010 From: <mary.mendes@bank.example>
Thu Nov 19 12:25:28 2026 Info: MID 1040534 ICID 416010 RID 0 To: <ivan.okafor@corp.example>
Thu Nov 19 12:25:28 2026 Info: MID 1040532 queued for delivery
Thu Nov 19 12:25:28 2026 Info: MID 1040534 Message-ID '<CAqpR/fC_bmz3v9+-lVWrwqESbynv=tySw6uT+ZnYf4n@mail.bank.example>'
Thu Nov 19 12:25:28 2026 Info: MID 1040534 Subject 'FW: contract draft'
Thu Nov 19 12:25:28 2026 Info: MID 1040534 ready 35018 bytes from <mary.mendes@bank.example>
Thu Nov 19 12:25:28 2026 Info: MID 1040534 using engine: CASE spam negative
Thu Nov 19 12:25:28 2026 Info: MID 1040534 DKIM: pass signature verified (d=bank.example s=s2 i=@bank.example)
Thu Nov 19 12:25:28 2026 Info: ICID 416010 close
Thu Nov 19 12:25:28 2026 Info: MID 1040534 DMARC: Verification passed
Thu Nov 19 12:25:28 2026 Info: New SMTP DCID 204008 interface 192.0.2.20 address 203.0.113.18 port 25
Thu Nov 19 12:25:28 2026 Info: DCID 204008 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 12:25:28 2026 Info: Delivery start DCID 204008 MID 1040532 to RID [0]
Thu Nov 19 12:25:28 2026 Info: MID 1040534 SPF: mailfrom identity mary.mendes@bank.example Pass (v=spf1)
Thu Nov 19 12:25:29 2026 Info: New SMTP DCID 204007 interface 192.0.2.20 address 52.101.153.90 port 25
Thu Nov 19 12:25:29 2026 Info: DCID 204007 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 12:25:29 2026 Info: Delivery start DCID 204007 MID 1040531 to RID [0]
Thu Nov 19 12:25:29 2026 Info: MID 1040534 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 12:25:29 2026 Info: MID 1040534 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 12:25:29 2026 Info: Message done DCID 204007 MID 1040531 to RID [0]
Thu Nov 19 12:25:29 2026 Info: MID 1040531 RID [0] Response '2.6.0 [InternalId=820072701369, Hostname=AM0PR01MB4635.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 12:25:29 2026 Info: DCID 204007 close
Thu Nov 19 12:25:29 2026 Info: Message finished MID 1040531 done
Thu Nov 19 12:25:30 2026 Info: Message done DCID 204008 MID 1040532 to RID [0]
Thu Nov 19 12:25:30 2026 Info: MID 1040532 RID [0] Response '2.0.0 Ok: queued as q5bqdtShnaWLvyuA'
Thu Nov 19 12:25:30 2026 Info: Message finished MID 1040532 done
Thu Nov 19 12:25:30 2026 Info: DCID 204008 close
Thu Nov 19 12:25:31 2026 Info: MID 1040534 queued for delivery
Thu Nov 19 12:25:34 2026 Info: New SMTP DCID 204010 interface 192.0.2.20 address 52.101.113.170 port 25
Thu Nov 19 12:25:34 2026 Info: DCID 204010 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 12:25:34 2026 Info: Delivery start DCID 204010 MID 1040534 to RID [0]
Thu Nov 19 12:25:35 2026 Info: Message done DCID 204010 MID 1040534 to RID [0]
Thu Nov 19 12:25:35 2026 Info: MID 1040534 RID [0] Response '2.0.0 Ok: queued as Aa5fPoVFxgsN4FKT'
Thu Nov 19 12:25:35 2026 Info: Message finished MID 1040534 done
Thu Nov 19 12:25:35 2026 Info: DCID 204010 close
Thu Nov 19 12:36:10 2026 Info: New SMTP ICID 416011 interface OutgoingMail (192.0.2.11) address 10.20.4.111 reverse dns host exch2.corp.example verified yes
Thu Nov 19 12:36:10 2026 Info: ICID 416011 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 12:36:10 2026 Info: Start MID 1040535 ICID 416011
Thu Nov 19 12:36:10 2026 Info: MID 1040535 ICID 416011 From: <mia.garcia@corp.example>
Thu Nov 19 12:36:10 2026 Info: MID 1040535 ICID 416011 RID 0 To: <paul.dubois@client-b.example>
Thu Nov 19 12:36:10 2026 Info: MID 1040535 ICID 416011 RID 1 To: <max.fischer@client-b.example>
Thu Nov 19 12:36:10 2026 Info: MID 1040535 ICID 416011 RID 2 To: <ana.mendes@supplier.example>
Thu Nov 19 12:36:11 2026 Info: MID 1040535 Message-ID '<aee6505c94209db89a0d.71825@corp.example>'
Thu Nov 19 12:36:11 2026 Info: MID 1040535 Subject 'Café menu for next week'
Thu Nov 19 12:36:11 2026 Info: MID 1040535 ready 21974 bytes from <mia.garcia@corp.example>
Thu Nov 19 12:36:11 2026 Info: MID 1040535 DKIM: pass signature verified (d=corp.example s=s5 i=@corp.example)
Thu Nov 19 12:36:11 2026 Info: MID 1040535 antivirus negative
Thu Nov 19 12:36:11 2026 Info: ICID 416011 close
Thu Nov 19 12:36:11 2026 Info: MID 1040535 interim AV verdict using Sophos CLEAN
Thu Nov 19 12:36:11 2026 Info: MID 1040535 SPF: mailfrom identity mia.garcia@corp.example Pass (v=spf1)
Thu Nov 19 12:36:11 2026 Info: MID 1040535 using engine: CASE spam negative
Thu Nov 19 12:36:11 2026 Info: MID 1040535 DMARC: Verification passed
Thu Nov 19 12:36:12 2026 Info: MID 1040535 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 12:36:12 2026 Info: MID 1040535 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 12:36:12 2026 Info: MID 1040535 queued for delivery
Thu Nov 19 12:36:13 2026 Info: New SMTP DCID 204011 interface 192.0.2.20 address 203.0.113.111 port 25
Thu Nov 19 12:36:13 2026 Info: DCID 204011 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 12:36:13 2026 Info: Delivery start DCID 204011 MID 1040535 to RID [0, 1]
Thu Nov 19 12:36:15 2026 Info: Message done DCID 204011 MID 1040535 to RID [0, 1]
Thu Nov 19 12:36:15 2026 Info: MID 1040535 RID [0, 1] Response '2.0.0 Ok: queued as EDv4HjbBReJTL3VH'
Thu Nov 19 12:36:15 2026 Info: New SMTP DCID 204012 interface 192.0.2.20 address 203.0.113.253 port 25
Thu Nov 19 12:36:15 2026 Info: DCID 204012 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 12:36:15 2026 Info: Delivery start DCID 204012 MID 1040535 to RID [2]
Thu Nov 19 12:36:15 2026 Info: DCID 204011 close
Thu Nov 19 12:36:16 2026 Info: Message done DCID 204012 MID 1040535 to RID [2]
Thu Nov 19 12:36:16 2026 Info: MID 1040535 RID [2] Response '2.0.0 Ok: queued as pZPNec2k8Nbew3vB'
Thu Nov 19 12:36:16 2026 Info: Message finished MID 1040535 done
Thu Nov 19 12:36:16 2026 Info: DCID 204012 close
Thu Nov 19 12:41:24 2026 Info: New SMTP ICID 416012 interface IncomingMail (192.0.2.10) address 198.51.239.34 reverse dns host mail.bank.example verified yes
Thu Nov 19 12:41:24 2026 Info: ICID 416012 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.9
Thu Nov 19 12:41:24 2026 Info: ICID 416012 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 12:41:24 2026 Info: Start MID 1040536 ICID 416012
Thu Nov 19 12:41:24 2026 Info: MID 1040536 ICID 416012 From: <tom.obrien@bank.example>
Thu Nov 19 12:41:24 2026 Info: MID 1040536 ICID 416012 RID 0 To: <sara.novak23@corp.example>
Thu Nov 19 12:41:24 2026 Info: MID 1040536 ICID 416012 RID 1 To: <ewa.jensen@corp.example>
Thu Nov 19 12:41:24 2026 Info: MID 1040536 ICID 416012 RID 2 To: <omar.mendes@corp.example>
Thu Nov 19 12:41:25 2026 Info: MID 1040536 Message-ID '<32c202d6112647b1c001.24605@bank.example>'
Thu Nov 19 12:41:25 2026 Info: MID 1040536 Subject 'Weekly newsletter #80383'
Thu Nov 19 12:41:25 2026 Info: MID 1040536 ready 7911 bytes from <tom.obrien@bank.example>
Thu Nov 19 12:41:25 2026 Info: MID 1040536 SPF: mailfrom identity tom.obrien@bank.example Pass (v=spf1)
Thu Nov 19 12:41:25 2026 Info: MID 1040536 DMARC: Verification passed
Thu Nov 19 12:41:25 2026 Info: MID 1040536 using engine: CASE spam negative
Thu Nov 19 12:41:25 2026 Info: MID 1040536 DKIM: pass signature verified (d=bank.example s=s2 i=@bank.example)
Thu Nov 19 12:41:25 2026 Info: ICID 416012 close
Thu Nov 19 12:41:26 2026 Info: MID 1040536 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 12:41:26 2026 Info: MID 1040536 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 12:41:28 2026 Info: MID 1040536 queued for delivery
Thu Nov 19 12:41:31 2026 Info: New SMTP DCID 204013 interface 192.0.2.20 address 52.101.135.243 port 25
Thu Nov 19 12:41:31 2026 Info: DCID 204013 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 12:41:31 2026 Info: Delivery start DCID 204013 MID 1040536 to RID [0, 1, 2]
Thu Nov 19 12:41:32 2026 Info: Message done DCID 204013 MID 1040536 to RID [0, 1, 2]
Thu Nov 19 12:41:32 2026 Info: MID 1040536 RID [0, 1, 2] Response '2.0.0 Ok: queued as wAQ5iZmFfa9AnZYg'
Thu Nov 19 12:41:32 2026 Info: Message finished MID 1040536 done
Thu Nov 19 12:41:32 2026 Info: DCID 204013 close
Thu Nov 19 12:45:52 2026 Info: New SMTP ICID 416013 interface IncomingMail (192.0.2.10) address 198.51.12.127 reverse dns host mail.client-b.example verified yes
Thu Nov 19 12:45:52 2026 Info: ICID 416013 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.1
Thu Nov 19 12:45:52 2026 Info: ICID 416013 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 12:45:52 2026 Info: Start MID 1040537 ICID 416013
Thu Nov 19 12:45:52 2026 Info: MID 1040537 ICID 416013 From: <max.larsen@client-b.example>
Thu Nov 19 12:45:52 2026 Info: MID 1040537 ICID 416013 RID 0 To: <journal@corp.example>
Thu Nov 19 12:45:53 2026 Info: MID 1040537 Message-ID '<174a771136fa937caa33.19414@client-b.example>'
Thu Nov 19 12:45:53 2026 Info: MID 1040537 Subject 'Price list 60886'
Thu Nov 19 12:45:53 2026 Info: MID 1040537 ready 32028 bytes from <max.larsen@client-b.example>
Thu Nov 19 12:45:53 2026 Info: MID 1040537 DKIM: pass signature verified (d=client-b.example s=s3 i=@client-b.example)
Thu Nov 19 12:45:53 2026 Info: MID 1040537 DMARC: Verification passed
Thu Nov 19 12:45:53 2026 Info: ICID 416013 close
Thu Nov 19 12:45:53 2026 Info: MID 1040537 interim AV verdict using Sophos CLEAN
Thu Nov 19 12:45:53 2026 Info: MID 1040537 using engine: CASE spam negative
Thu Nov 19 12:45:53 2026 Info: MID 1040537 SPF: mailfrom identity max.larsen@client-b.example Pass (v=spf1)
Thu Nov 19 12:45:53 2026 Info: MID 1040537 antivirus negative
Thu Nov 19 12:45:54 2026 Info: MID 1040537 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 12:45:54 2026 Info: MID 1040537 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 12:45:55 2026 Info: MID 1040537 queued for delivery
Thu Nov 19 12:45:59 2026 Info: New SMTP DCID 204014 interface 192.0.2.20 address 52.101.223.142 port 25
Thu Nov 19 12:45:59 2026 Info: DCID 204014 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 12:45:59 2026 Info: Delivery start DCID 204014 MID 1040537 to RID [0]
Thu Nov 19 12:46:00 2026 Info: Message done DCID 204014 MID 1040537 to RID [0]
Thu Nov 19 12:46:00 2026 Info: MID 1040537 RID [0] Response '2.6.0 [InternalId=855945022682, Hostname=AM0PR01MB7711.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 12:46:00 2026 Info: Message finished MID 1040537 done
Thu Nov 19 12:46:00 2026 Info: DCID 204014 close
Thu Nov 19 13:03:04 2026 Info: New SMTP ICID 416014 interface IncomingMail (192.0.2.10) address 198.51.105.2 reverse dns host mail.cloudapp.example verified yes
Thu Nov 19 13:03:04 2026 Info: ICID 416014 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.8
Thu Nov 19 13:03:04 2026 Info: ICID 416014 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 13:03:04 2026 Info: Start MID 1040538 ICID 416014
Thu Nov 19 13:03:04 2026 Info: MID 1040538 ICID 416014 From: <kofi.rossi@cloudapp.example>
Thu Nov 19 13:03:04 2026 Info: MID 1040538 ICID 416014 RID 0 To: <marc.kowalski@corp.example>
Thu Nov 19 13:03:04 2026 Info: MID 1040538 Message-ID '<1e1965a7dd207ed78b88.58921@cloudapp.example>'
Thu Nov 19 13:03:04 2026 Info: MID 1040538 Subject 'Café menu for next week'
Thu Nov 19 13:03:04 2026 Info: MID 1040538 ready 37396 bytes from <kofi.rossi@cloudapp.example>
Thu Nov 19 13:03:04 2026 Info: ICID 416014 close
Thu Nov 19 13:03:05 2026 Info: MID 1040538 DKIM: pass signature verified (d=cloudapp.example s=s6 i=@cloudapp.example)
Thu Nov 19 13:03:05 2026 Info: MID 1040538 SPF: mailfrom identity kofi.rossi@cloudapp.example Pass (v=spf1)
Thu Nov 19 13:03:05 2026 Info: MID 1040538 using engine: CASE spam negative
Thu Nov 19 13:03:05 2026 Info: MID 1040538 DMARC: Verification passed
Thu Nov 19 13:03:06 2026 Info: MID 1040538 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 13:03:06 2026 Info: MID 1040538 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 13:03:07 2026 Info: MID 1040538 queued for delivery
Thu Nov 19 13:03:08 2026 Info: New SMTP DCID 204015 interface 192.0.2.20 address 52.101.90.122 port 25
Thu Nov 19 13:03:08 2026 Info: DCID 204015 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 13:03:08 2026 Info: Delivery start DCID 204015 MID 1040538 to RID [0]
Thu Nov 19 13:03:09 2026 Info: Message done DCID 204015 MID 1040538 to RID [0]
Thu Nov 19 13:03:09 2026 Info: MID 1040538 RID [0] Response '2.6.0 [InternalId=603484055655, Hostname=AM0PR01MB1240.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 13:03:09 2026 Info: Message finished MID 1040538 done
Thu Nov 19 13:03:09 2026 Info: DCID 204015 close
Thu Nov 19 13:06:08 2026 Info: New SMTP ICID 416015 interface IncomingMail (192.0.2.10) address 198.51.189.46 reverse dns host mail.logistics.example verified yes
Thu Nov 19 13:06:08 2026 Info: ICID 416015 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.7
Thu Nov 19 13:06:08 2026 Info: ICID 416015 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 13:06:08 2026 Info: Start MID 1040539 ICID 416015
Thu Nov 19 13:06:08 2026 Info: MID 1040539 ICID 416015 From: <sofia.weber@logistics.example>
Thu Nov 19 13:06:08 2026 Info: MID 1040539 ICID 416015 RID 0 To: <ravi.nguyen@corp.example>
Thu Nov 19 13:06:08 2026 Info: MID 1040539 ICID 416015 RID 1 To: <lena.sato@corp.example>
Thu Nov 19 13:06:08 2026 Info: MID 1040539 ICID 416015 RID 2 To: <zoe.kim@corp.example>
Thu Nov 19 13:06:09 2026 Info: MID 1040539 Message-ID '<a4ce063da775b325%25#&b0916@logistics.example>'
Thu Nov 19 13:06:09 2026 Info: MID 1040539 Subject 'The "new" travel policy'
Thu Nov 19 13:06:09 2026 Info: MID 1040539 ready 41621 bytes from <sofia.weber@logistics.example>
Thu Nov 19 13:06:09 2026 Info: ICID 416015 close
Thu Nov 19 13:06:09 2026 Info: MID 1040539 SPF: mailfrom identity sofia.weber@logistics.example Pass (v=spf1)
Thu Nov 19 13:06:09 2026 Info: MID 1040539 using engine: CASE spam negative
Thu Nov 19 13:06:10 2026 Info: MID 1040539 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 13:06:10 2026 Info: MID 1040539 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 13:06:11 2026 Info: New SMTP ICID 416016 interface IncomingMail (192.0.2.10) address 198.51.247.248 reverse dns host mail.supplier.example verified yes
Thu Nov 19 13:06:11 2026 Info: ICID 416016 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.9
Thu Nov 19 13:06:11 2026 Info: ICID 416016 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 13:06:11 2026 Info: Start MID 1040540 ICID 416016
Thu Nov 19 13:06:11 2026 Info: MID 1040540 ICID 416016 From: <ana.mendes@supplier.example>
Thu Nov 19 13:06:11 2026 Info: MID 1040540 ICID 416016 RID 0 To: <li.larsen@corp.example>
Thu Nov 19 13:06:11 2026 Info: MID 1040540 ICID 416016 RID 1 To: <journal@corp.example>
Thu Nov 19 13:06:11 2026 Info: MID 1040540 ICID 416016 RID 2 To: <ida.dubois@corp.example>
Thu Nov 19 13:06:11 2026 Info: MID 1040540 ICID 416016 RID 3 To: <helpdesk@corp-mail.example>
Thu Nov 19 13:06:12 2026 Info: MID 1040540 Message-ID "<o'hara.8f81c02faa8@supplier.example>"
Thu Nov 19 13:06:12 2026 Info: MID 1040540 Subject 'Price list 77092'
Thu Nov 19 13:06:12 2026 Info: MID 1040540 ready 36893 bytes from <ana.mendes@supplier.example>
Thu Nov 19 13:06:12 2026 Info: MID 1040539 queued for delivery
Thu Nov 19 13:06:12 2026 Info: MID 1040540 using engine: CASE spam negative
Thu Nov 19 13:06:12 2026 Info: MID 1040540 DKIM: pass signature verified (d=supplier.example s=s5 i=@supplier.example)
Thu Nov 19 13:06:12 2026 Info: ICID 416016 close
Thu Nov 19 13:06:12 2026 Info: MID 1040540 DMARC: Verification passed
Thu Nov 19 13:06:12 2026 Info: MID 1040540 SPF: mailfrom identity ana.mendes@supplier.example Pass (v=spf1)
Thu Nov 19 13:06:13 2026 Info: MID 1040540 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 13:06:13 2026 Info: MID 1040540 attachment 'image001.png'
Thu Nov 19 13:06:13 2026 Info: MID 1040540 AMP file reputation verdict : CLEAN
Thu Nov 19 13:06:14 2026 Info: New SMTP DCID 204016 interface 192.0.2.20 address 52.101.178.98 port 25
Thu Nov 19 13:06:14 2026 Info: DCID 204016 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 13:06:14 2026 Info: Delivery start DCID 204016 MID 1040539 to RID [0, 1, 2]
Thu Nov 19 13:06:14 2026 Info: MID 1040540 queued for delivery
Thu Nov 19 13:06:15 2026 Info: New SMTP DCID 204017 interface 192.0.2.20 address 52.101.41.226 port 25
Thu Nov 19 13:06:15 2026 Info: DCID 204017 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 13:06:15 2026 Info: Delivery start DCID 204017 MID 1040540 to RID [0, 1, 2, 3]
Thu Nov 19 13:06:15 2026 Info: Message done DCID 204016 MID 1040539 to RID [0, 1, 2]
Thu Nov 19 13:06:15 2026 Info: MID 1040539 RID [0, 1, 2] Response '2.6.0 [InternalId=390431843135, Hostname=AM0PR01MB8443.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 13:06:15 2026 Info: Message finished MID 1040539 done
Thu Nov 19 13:06:15 2026 Info: DCID 204016 close
Thu Nov 19 13:06:15 2026 Info: Message done DCID 204017 MID 1040540 to RID [0, 1, 2, 3]
Thu Nov 19 13:06:15 2026 Info: MID 1040540 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=102099892626, Hostname=AM0PR01MB1002.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 13:06:15 2026 Info: DCID 204017 close
Thu Nov 19 13:06:15 2026 Info: Message finished MID 1040540 done
Thu Nov 19 13:25:43 2026 Info: New SMTP ICID 416017 interface IncomingMail (192.0.2.10) address 198.51.133.186 reverse dns host mail.gmail.example verified yes
Thu Nov 19 13:25:43 2026 Info: ICID 416017 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.6
Thu Nov 19 13:25:43 2026 Info: ICID 416017 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 13:25:43 2026 Info: Start MID 1040541 ICID 416017
Thu Nov 19 13:25:43 2026 Info: MID 1040541 ICID 416017 From: <paul.moreau@gmail.example>
Thu Nov 19 13:25:43 2026 Info: MID 1040541 ICID 416017 RID 0 To: <lena.novak@corp.example>
Thu Nov 19 13:25:44 2026 Info: MID 1040541 Message-ID '<1a5b15b2393d27123ac9.6065@gmail.example>'
Thu Nov 19 13:25:44 2026 Info: MID 1040541 Subject "Re: O'Brien account review"
Thu Nov 19 13:25:44 2026 Info: MID 1040541 ready 40239 bytes from <paul.moreau@gmail.example>
Thu Nov 19 13:25:44 2026 Info: MID 1040541 DKIM: pass signature verified (d=gmail.example s=s2 i=@gmail.example)
Thu Nov 19 13:25:44 2026 Info: MID 1040541 DMARC: Verification passed
Thu Nov 19 13:25:44 2026 Info: MID 1040541 using engine: CASE spam negative
Thu Nov 19 13:25:44 2026 Info: MID 1040541 antivirus negative
Thu Nov 19 13:25:44 2026 Info: ICID 416017 close
Thu Nov 19 13:25:44 2026 Info: MID 1040541 interim AV verdict using Sophos CLEAN
Thu Nov 19 13:25:44 2026 Info: MID 1040541 SPF: mailfrom identity paul.moreau@gmail.example Pass (v=spf1)
Thu Nov 19 13:25:44 2026 Info: MID 1040541 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 13:25:44 2026 Info: MID 1040541 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 13:25:46 2026 Info: MID 1040541 queued for delivery
Thu Nov 19 13:25:49 2026 Info: New SMTP DCID 204018 interface 192.0.2.20 address 52.101.107.37 port 25
Thu Nov 19 13:25:49 2026 Info: DCID 204018 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 13:25:49 2026 Info: Delivery start DCID 204018 MID 1040541 to RID [0]
Thu Nov 19 13:25:50 2026 Info: Message done DCID 204018 MID 1040541 to RID [0]
Thu Nov 19 13:25:50 2026 Info: MID 1040541 RID [0] Response '2.6.0 [InternalId=612272156561, Hostname=AM0PR01MB6226.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 13:25:50 2026 Info: Message finished MID 1040541 done
Thu Nov 19 13:25:50 2026 Info: DCID 204018 close
Thu Nov 19 13:31:51 2026 Info: New SMTP ICID 416018 interface IncomingMail (192.0.2.10) address 198.51.199.78 reverse dns host mail.partner.example verified yes
Thu Nov 19 13:31:51 2026 Info: ICID 416018 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.1
Thu Nov 19 13:31:51 2026 Info: ICID 416018 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 13:31:51 2026 Info: Start MID 1040542 ICID 416018
Thu Nov 19 13:31:51 2026 Info: MID 1040542 ICID 416018 From: <nora.okafor@partner.example>
Thu Nov 19 13:31:51 2026 Info: MID 1040542 ICID 416018 RID 0 To: <lucia.okafor@corp.example>
Thu Nov 19 13:31:51 2026 Info: MID 1040542 Message-ID '<45f19cdf044a07fc4117.80207@partner.example>'
Thu Nov 19 13:31:51 2026 Info: MID 1040542 Subject 'Scan from copier 5846'
Thu Nov 19 13:31:51 2026 Info: MID 1040542 ready 36456 bytes from <nora.okafor@partner.example>
Thu Nov 19 13:31:51 2026 Info: ICID 416018 close
Thu Nov 19 13:31:52 2026 Info: MID 1040542 SPF: mailfrom identity nora.okafor@partner.example Pass (v=spf1)
Thu Nov 19 13:31:52 2026 Info: MID 1040542 DKIM: pass signature verified (d=partner.example s=s6 i=@partner.example)
Thu Nov 19 13:31:52 2026 Info: MID 1040542 using engine: CASE spam negative
Thu Nov 19 13:31:52 2026 Info: MID 1040542 DMARC: Verification passed
Thu Nov 19 13:31:53 2026 Info: MID 1040542 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 13:31:53 2026 Info: MID 1040542 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 13:31:54 2026 Info: MID 1040542 queued for delivery
Thu Nov 19 13:31:54 2026 Info: New SMTP DCID 204019 interface 192.0.2.20 address 52.101.185.148 port 25
Thu Nov 19 13:31:54 2026 Info: DCID 204019 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 13:31:54 2026 Info: Delivery start DCID 204019 MID 1040542 to RID [0]
Thu Nov 19 13:31:56 2026 Info: Message done DCID 204019 MID 1040542 to RID [0]
Thu Nov 19 13:31:56 2026 Info: MID 1040542 RID [0] Response '2.0.0 Ok: queued as qVsvdUyRb3qtmHur'
Thu Nov 19 13:31:56 2026 Info: Message finished MID 1040542 done
Thu Nov 19 13:31:56 2026 Info: DCID 204019 close
Thu Nov 19 14:01:27 2026 Info: New SMTP ICID 416019 interface OutgoingMail (192.0.2.11) address 10.20.6.142 reverse dns host exch1.corp.example verified yes
Thu Nov 19 14:01:27 2026 Info: ICID 416019 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 14:01:27 2026 Info: Start MID 1040543 ICID 416019
Thu Nov 19 14:01:27 2026 Info: MID 1040543 ICID 416019 From: <marc.kowalski@corp.example>
Thu Nov 19 14:01:27 2026 Info: MID 1040543 ICID 416019 RID 0 To: <chen.haddad@client-a.example>
Thu Nov 19 14:01:28 2026 Info: MID 1040543 Message-ID '<02e495da4256b8fed125.54980@corp.example>'
Thu Nov 19 14:01:28 2026 Info: MID 1040543 Subject 'Re: project timeline'
Thu Nov 19 14:01:28 2026 Info: MID 1040543 ready 16104 bytes from <marc.kowalski@corp.example>
Thu Nov 19 14:01:28 2026 Info: MID 1040543 DKIM: pass signature verified (d=corp.example s=s3 i=@corp.example)
Thu Nov 19 14:01:28 2026 Info: MID 1040543 interim AV verdict using Sophos CLEAN
Thu Nov 19 14:01:28 2026 Info: ICID 416019 close
Thu Nov 19 14:01:28 2026 Info: MID 1040543 DMARC: Verification passed
Thu Nov 19 14:01:28 2026 Info: MID 1040543 using engine: CASE spam negative
Thu Nov 19 14:01:28 2026 Info: MID 1040543 SPF: mailfrom identity marc.kowalski@corp.example Pass (v=spf1)
Thu Nov 19 14:01:28 2026 Info: MID 1040543 antivirus negative
Thu Nov 19 14:01:30 2026 Info: MID 1040543 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 14:01:30 2026 Info: MID 1040543 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 14:01:31 2026 Info: MID 1040543 queued for delivery
Thu Nov 19 14:01:35 2026 Info: New SMTP DCID 204020 interface 192.0.2.20 address 203.0.113.74 port 25
Thu Nov 19 14:01:35 2026 Info: DCID 204020 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 14:01:35 2026 Info: Delivery start DCID 204020 MID 1040543 to RID [0]
Thu Nov 19 14:01:36 2026 Info: Message done DCID 204020 MID 1040543 to RID [0]
Thu Nov 19 14:01:36 2026 Info: MID 1040543 RID [0] Response '2.0.0 Ok: queued as MaehbNk64iv5BjpB'
Thu Nov 19 14:01:36 2026 Info: DCID 204020 close
Thu Nov 19 14:01:37 2026 Info: Message finished MID 1040543 done
Thu Nov 19 14:05:26 2026 Info: New SMTP ICID 416020 interface IncomingMail (192.0.2.10) address 198.51.158.175 reverse dns host mail.client-a.example verified yes
Thu Nov 19 14:05:26 2026 Info: ICID 416020 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.3
Thu Nov 19 14:05:26 2026 Info: ICID 416020 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 14:05:26 2026 Info: Start MID 1040544 ICID 416020
Thu Nov 19 14:05:26 2026 Info: MID 1040544 ICID 416020 From: <chen.haddad@client-a.example>
Thu Nov 19 14:05:26 2026 Info: MID 1040544 ICID 416020 RID 0 To: <sam.obrien@corp.example>
Thu Nov 19 14:05:27 2026 Info: MID 1040544 Message-ID '<fee7b2d927fc46f66c48.22060@client-a.example>'
Thu Nov 19 14:05:27 2026 Info: MID 1040544 Subject 'Quarterly report'
Thu Nov 19 14:05:27 2026 Info: MID 1040544 ready 34290 bytes from <chen.haddad@client-a.example>
Thu Nov 19 14:05:27 2026 Info: ICID 416020 close
Thu Nov 19 14:05:27 2026 Info: MID 1040544 antivirus negative
Thu Nov 19 14:05:27 2026 Info: MID 1040544 interim AV verdict using Sophos CLEAN
Thu Nov 19 14:05:27 2026 Info: MID 1040544 DKIM: pass signature verified (d=client-a.example s=s7 i=@client-a.example)
Thu Nov 19 14:05:27 2026 Info: MID 1040544 using engine: CASE spam negative
Thu Nov 19 14:05:27 2026 Info: MID 1040544 DMARC: Verification passed
Thu Nov 19 14:05:27 2026 Info: MID 1040544 SPF: mailfrom identity chen.haddad@client-a.example Pass (v=spf1)
Thu Nov 19 14:05:28 2026 Info: MID 1040544 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 14:05:28 2026 Info: MID 1040544 attachment 'notes.txt'
Thu Nov 19 14:05:28 2026 Info: MID 1040544 AMP file reputation verdict : UNKNOWN
Thu Nov 19 14:05:29 2026 Info: MID 1040544 queued for delivery
Thu Nov 19 14:05:30 2026 Info: New SMTP DCID 204021 interface 192.0.2.20 address 52.101.214.190 port 25
Thu Nov 19 14:05:30 2026 Info: DCID 204021 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 14:05:30 2026 Info: Delivery start DCID 204021 MID 1040544 to RID [0]
Thu Nov 19 14:05:30 2026 Info: Message done DCID 204021 MID 1040544 to RID [0]
Thu Nov 19 14:05:30 2026 Info: MID 1040544 RID [0] Response '2.6.0 [InternalId=600355091997, Hostname=AM0PR01MB5280.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 14:05:30 2026 Info: Message finished MID 1040544 done
Thu Nov 19 14:05:30 2026 Info: DCID 204021 close
Thu Nov 19 14:12:56 2026 Info: New SMTP ICID 416021 interface OutgoingMail (192.0.2.11) address 10.20.8.222 reverse dns host exch2.corp.example verified yes
Thu Nov 19 14:12:56 2026 Info: ICID 416021 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 14:12:56 2026 Info: Start MID 1040545 ICID 416021
Thu Nov 19 14:12:56 2026 Info: MID 1040545 ICID 416021 From: <ana.kowalski@corp.example>
Thu Nov 19 14:12:56 2026 Info: MID 1040545 ICID 416021 RID 0 To: <raj.obrien@partner.example>
Thu Nov 19 14:12:56 2026 Info: MID 1040545 ICID 416021 RID 1 To: <nora.okafor@partner.example>
Thu Nov 19 14:12:57 2026 Info: MID 1040545 Message-ID '<8a0cd36a8b489225a00e.11671@corp.example>'
Thu Nov 19 14:12:57 2026 Info: MID 1040545 Subject 'Re: project timeline'
Thu Nov 19 14:12:57 2026 Info: MID 1040545 ready 96936 bytes from <ana.kowalski@corp.example>
Thu Nov 19 14:12:57 2026 Info: MID 1040545 using engine: CASE spam negative
Thu Nov 19 14:12:57 2026 Info: MID 1040545 DMARC: Verification passed
Thu Nov 19 14:12:57 2026 Info: MID 1040545 interim AV verdict using Sophos CLEAN
Thu Nov 19 14:12:57 2026 Info: MID 1040545 SPF: mailfrom identity ana.kowalski@corp.example Pass (v=spf1)
Thu Nov 19 14:12:57 2026 Info: ICID 416021 close
Thu Nov 19 14:12:57 2026 Info: MID 1040545 antivirus negative
Thu Nov 19 14:12:57 2026 Info: MID 1040545 DKIM: pass signature verified (d=corp.example s=s2 i=@corp.example)
Thu Nov 19 14:12:58 2026 Info: MID 1040545 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 14:12:58 2026 Info: MID 1040545 attachment 'minutes-48728.docx'
Thu Nov 19 14:12:58 2026 Info: MID 1040545 AMP file reputation verdict : CLEAN
Thu Nov 19 14:13:00 2026 Info: MID 1040545 queued for delivery
Thu Nov 19 14:13:03 2026 Info: New SMTP DCID 204022 interface 192.0.2.20 address 203.0.113.192 port 25
Thu Nov 19 14:13:03 2026 Info: DCID 204022 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 14:13:03 2026 Info: Delivery start DCID 204022 MID 1040545 to RID [0, 1]
Thu Nov 19 14:13:03 2026 Info: Message done DCID 204022 MID 1040545 to RID [0, 1]
Thu Nov 19 14:13:03 2026 Info: MID 1040545 RID [0, 1] Response '2.0.0 Ok: queued as BDF3u9sGCknu3Cgx'
Thu Nov 19 14:13:03 2026 Info: Message finished MID 1040545 done
Thu Nov 19 14:13:04 2026 Info: DCID 204022 close
Thu Nov 19 14:28:28 2026 Info: New SMTP ICID 416022 interface IncomingMail (192.0.2.10) address 198.51.6.158 reverse dns host mail.client-b.example verified yes
Thu Nov 19 14:28:28 2026 Info: ICID 416022 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.1
Thu Nov 19 14:28:28 2026 Info: ICID 416022 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 14:28:28 2026 Info: Start MID 1040546 ICID 416022
Thu Nov 19 14:28:28 2026 Info: MID 1040546 ICID 416022 From: <max.larsen@client-b.example>
Thu Nov 19 14:28:28 2026 Info: MID 1040546 ICID 416022 RID 0 To: <noah.okafor@corp.example>
Thu Nov 19 14:28:28 2026 Info: MID 1040546 Message-ID '<3391b5cf9172fe870106.38518@client-b.example>'
Thu Nov 19 14:28:28 2026 Info: MID 1040546 Subject 'Invoice 63045'
Thu Nov 19 14:28:28 2026 Info: MID 1040546 ready 26062 bytes from <max.larsen@client-b.example>
Thu Nov 19 14:28:28 2026 Info: MID 1040546 interim AV verdict using Sophos CLEAN
Thu Nov 19 14:28:28 2026 Info: MID 1040546 DKIM: pass signature verified (d=client-b.example s=s2 i=@client-b.example)
Thu Nov 19 14:28:28 2026 Info: MID 1040546 SPF: mailfrom identity max.larsen@client-b.example Pass (v=spf1)
Thu Nov 19 14:28:28 2026 Info: MID 1040546 using engine: CASE spam negative
Thu Nov 19 14:28:29 2026 Info: MID 1040546 antivirus negative
Thu Nov 19 14:28:29 2026 Info: ICID 416022 close
Thu Nov 19 14:28:29 2026 Info: MID 1040546 DMARC: Verification passed
Thu Nov 19 14:28:29 2026 Info: New SMTP ICID 416023 interface IncomingMail (192.0.2.10) address 198.51.149.174 reverse dns host mail.travel.example verified yes
Thu Nov 19 14:28:29 2026 Info: ICID 416023 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.7
Thu Nov 19 14:28:29 2026 Info: ICID 416023 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 14:28:29 2026 Info: Start MID 1040547 ICID 416023
Thu Nov 19 14:28:29 2026 Info: MID 1040547 ICID 416023 From: <ines.kowalski@travel.example>
Thu Nov 19 14:28:29 2026 Info: MID 1040547 ICID 416023 RID 0 To: <li.haddad@corp.example>
Thu Nov 19 14:28:29 2026 Info: MID 1040546 matched all recipients for per-recipient policy Executives in the inbound table
Thu Nov 19 14:28:30 2026 Info: MID 1040546 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 14:28:30 2026 Info: MID 1040547 Message-ID '<f02fbc513fee0cc03074.4483@travel.example>'
Thu Nov 19 14:28:30 2026 Info: MID 1040547 Subject 'Scan from copier 19804'
Thu Nov 19 14:28:30 2026 Info: MID 1040547 ready 271748 bytes from <ines.kowalski@travel.example>
Thu Nov 19 14:28:30 2026 Info: MID 1040547 using engine: CASE spam negative
Thu Nov 19 14:28:30 2026 Info: ICID 416023 close
Thu Nov 19 14:28:30 2026 Info: MID 1040547 Outbreak Filters: verdict negative
Thu Nov 19 14:28:30 2026 Info: MID 1040547 SPF: mailfrom identity ines.kowalski@travel.example Pass (v=spf1)
Thu Nov 19 14:28:30 2026 Info: MID 1040547 URL https://www.travel.example/t/5b4a1909a2 has reputation 7.9 matched Condition: URL Reputation Rule
Thu Nov 19 14:28:31 2026 Info: MID 1040547 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 14:28:31 2026 Info: MID 1040547 attachment 'minutes-18990.docx'
Thu Nov 19 14:28:31 2026 Info: MID 1040547 AMP file reputation verdict : UNKNOWN
Thu Nov 19 14:28:31 2026 Info: MID 1040546 queued for delivery
Thu Nov 19 14:28:32 2026 Info: MID 1040547 queued for delivery
Thu Nov 19 14:28:33 2026 Info: New SMTP ICID 416024 interface IncomingMail (192.0.2.10) address 198.51.87.152 reverse dns host mail.client-a.example verified yes
Thu Nov 19 14:28:33 2026 Info: ICID 416024 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.1
Thu Nov 19 14:28:33 2026 Info: ICID 416024 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 14:28:33 2026 Info: Start MID 1040548 ICID 416024
Thu Nov 19 14:28:33 2026 Info: MID 1040548 ICID 416024 From: <ida.obrien@client-a.example>
Thu Nov 19 14:28:33 2026 Info: MID 1040548 ICID 416024 RID 0 To: <mia.garcia@corp.example>
Thu Nov 19 14:28:33 2026 Info: MID 1040548 Message-ID '<68c671a7328694cc1d0f.38005@client-a.example>'
Thu Nov 19 14:28:33 2026 Info: MID 1040548 Subject 'Meeting notes'
Thu Nov 19 14:28:33 2026 Info: MID 1040548 ready 9939 bytes from <ida.obrien@client-a.example>
Thu Nov 19 14:28:33 2026 Info: MID 1040548 interim AV verdict using Sophos CLEAN
Thu Nov 19 14:28:33 2026 Info: MID 1040548 SPF: mailfrom identity ida.obrien@client-a.example Pass (v=spf1)
Thu Nov 19 14:28:33 2026 Info: MID 1040548 using engine: CASE spam negative
Thu Nov 19 14:28:33 2026 Info: MID 1040548 DMARC: Verification passed
Thu Nov 19 14:28:33 2026 Info: MID 1040548 antivirus negative
Thu Nov 19 14:28:33 2026 Info: ICID 416024 close
Thu Nov 19 14:28:33 2026 Info: MID 1040548 DKIM: pass signature verified (d=client-a.example s=s3 i=@client-a.example)
Thu Nov 19 14:28:33 2026 Info: New SMTP DCID 204024 interface 192.0.2.20 address 52.101.92.40 port 25
Thu Nov 19 14:28:33 2026 Info: DCID 204024 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 14:28:33 2026 Info: Delivery start DCID 204024 MID 1040547 to RID [0]
Thu Nov 19 14:28:34 2026 Info: New SMTP DCID 204023 interface 192.0.2.20 address 52.101.207.82 port 25
Thu Nov 19 14:28:34 2026 Info: DCID 204023 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 14:28:34 2026 Info: Delivery start DCID 204023 MID 1040546 to RID [0]
Thu Nov 19 14:28:35 2026 Info: Message done DCID 204024 MID 1040547 to RID [0]
Thu Nov 19 14:28:35 2026 Info: MID 1040547 RID [0] Response '2.6.0 [InternalId=259762097232, Hostname=AM0PR01MB6866.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 14:28:35 2026 Info: Message finished MID 1040547 done
Thu Nov 19 14:28:35 2026 Info: MID 1040548 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 14:28:35 2026 Info: DCID 204024 close
Thu Nov 19 14:28:35 2026 Info: MID 1040548 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 14:28:36 2026 Info: MID 1040548 queued for delivery
Thu Nov 19 14:28:36 2026 Info: Message done DCID 204023 MID 1040546 to RID [0]
Thu Nov 19 14:28:36 2026 Info: MID 1040546 RID [0] Response '2.6.0 [InternalId=208297757311, Hostname=AM0PR01MB5156.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 14:28:36 2026 Info: Message finished MID 1040546 done
Thu Nov 19 14:28:36 2026 Info: DCID 204023 close
Thu Nov 19 14:28:40 2026 Info: New SMTP DCID 204025 interface 192.0.2.20 address 52.101.183.100 port 25
Thu Nov 19 14:28:40 2026 Info: DCID 204025 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 14:28:40 2026 Info: Delivery start DCID 204025 MID 1040548 to RID [0]
Thu Nov 19 14:28:41 2026 Info: Message done DCID 204025 MID 1040548 to RID [0]
Thu Nov 19 14:28:41 2026 Info: MID 1040548 RID [0] Response '2.6.0 [InternalId=113804250524, Hostname=AM0PR01MB9918.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 14:28:42 2026 Info: Message finished MID 1040548 done
Thu Nov 19 14:28:42 2026 Info: DCID 204025 close
Thu Nov 19 14:33:49 2026 Info: New SMTP ICID 416025 interface IncomingMail (192.0.2.10) address 198.51.198.190 reverse dns host mail.logistics.example verified yes
Thu Nov 19 14:33:49 2026 Info: ICID 416025 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.2
Thu Nov 19 14:33:49 2026 Info: ICID 416025 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 14:33:49 2026 Info: Start MID 1040549 ICID 416025
Thu Nov 19 14:33:49 2026 Info: MID 1040549 ICID 416025 From: <mary.moreau@logistics.example>
Thu Nov 19 14:33:49 2026 Info: MID 1040549 ICID 416025 RID 0 To: <ravi.nguyen@corp-mail.example>
Thu Nov 19 14:33:49 2026 Info: MID 1040549 Message-ID '<47c592d44e70e6fb1e29.61716@logistics.example>'
Thu Nov 19 14:33:49 2026 Info: MID 1040549 Subject 'Welcome to the team!'
Thu Nov 19 14:33:49 2026 Info: MID 1040549 ready 17942 bytes from <mary.moreau@logistics.example>
Thu Nov 19 14:33:49 2026 Info: MID 1040549 DMARC: Verification passed
Thu Nov 19 14:33:49 2026 Info: MID 1040549 using engine: CASE spam negative
Thu Nov 19 14:33:49 2026 Info: MID 1040549 antivirus negative
Thu Nov 19 14:33:50 2026 Info: ICID 416025 close
Thu Nov 19 14:33:50 2026 Info: MID 1040549 SPF: mailfrom identity mary.moreau@logistics.example Pass (v=spf1)
Thu Nov 19 14:33:50 2026 Info: MID 1040549 DKIM: pass signature verified (d=logistics.example s=s7 i=@logistics.example)
Thu Nov 19 14:33:50 2026 Info: MID 1040549 interim AV verdict using Sophos CLEAN
Thu Nov 19 14:33:50 2026 Info: New SMTP ICID 416026 interface IncomingMail (192.0.2.10) address 198.51.48.48 reverse dns host mail.client-b.example verified yes
Thu Nov 19 14:33:50 2026 Info: ICID 416026 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.9
Thu Nov 19 14:33:50 2026 Info: ICID 416026 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 14:33:50 2026 Info: MID 1040549 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 14:33:50 2026 Info: Start MID 1040550 ICID 416026
Thu Nov 19 14:33:50 2026 Info: MID 1040550 ICID 416026 From: <max.fischer@client-b.example>
Thu Nov 19 14:33:50 2026 Info: MID 1040550 ICID 416026 RID 0 To: <ravi.nguyen48@corp-mail.example>
Thu Nov 19 14:33:50 2026 Info: MID 1040550 ICID 416026 RID 1 To: <li.haddad@corp.example>
Thu Nov 19 14:33:50 2026 Info: MID 1040550 ICID 416026 RID 2 To: <omar.garcia@corp.example>
Thu Nov 19 14:33:50 2026 Info: MID 1040550 ICID 416026 RID 3 To: <marc.kowalski@corp.example>
Thu Nov 19 14:33:50 2026 Info: MID 1040550 ICID 416026 RID 4 To: <leo.dubois@corp-mail.example>
Thu Nov 19 14:33:50 2026 Info: MID 1040550 ICID 416026 RID 5 To: <paul.moreau@corp.example>
Thu Nov 19 14:33:50 2026 Info: MID 1040550 ICID 416026 RID 6 To: <lucia.okafor@corp.example>
Thu Nov 19 14:33:50 2026 Info: MID 1040549 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 14:33:50 2026 Info: MID 1040550 Message-ID '<1888b02872a66224d58e.71146@client-b.example>'
Thu Nov 19 14:33:50 2026 Info: MID 1040550 Subject 'Re: project timeline'
Thu Nov 19 14:33:50 2026 Info: MID 1040550 ready 32629 bytes from <max.fischer@client-b.example>
Thu Nov 19 14:33:50 2026 Info: MID 1040550 antivirus negative
Thu Nov 19 14:33:50 2026 Info: MID 1040550 interim AV verdict using Sophos CLEAN
Thu Nov 19 14:33:51 2026 Info: MID 1040550 DMARC: Verification passed
Thu Nov 19 14:33:51 2026 Info: MID 1040550 DKIM: pass signature verified (d=client-b.example s=s3 i=@client-b.example)
Thu Nov 19 14:33:51 2026 Info: ICID 416026 close
Thu Nov 19 14:33:51 2026 Info: MID 1040550 SPF: mailfrom identity max.fischer@client-b.example Pass (v=spf1)
Thu Nov 19 14:33:51 2026 Info: MID 1040550 using engine: CASE spam negative
Thu Nov 19 14:33:52 2026 Info: MID 1040549 queued for delivery
Thu Nov 19 14:33:52 2026 Info: MID 1040550 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 14:33:52 2026 Info: MID 1040550 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 14:33:53 2026 Info: New SMTP DCID 204026 interface 192.0.2.20 address 52.101.125.68 port 25
Thu Nov 19 14:33:53 2026 Info: DCID 204026 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 14:33:53 2026 Info: Delivery start DCID 204026 MID 1040549 to RID [0]
Thu Nov 19 14:33:53 2026 Info: MID 1040550 queued for delivery
Thu Nov 19 14:33:55 2026 Info: Message done DCID 204026 MID 1040549 to RID [0]
Thu Nov 19 14:33:55 2026 Info: MID 1040549 RID [0] Response '2.0.0 Ok: queued as NDkgudQ2pTMiYVez'
Thu Nov 19 14:33:55 2026 Info: Message finished MID 1040549 done
Thu Nov 19 14:33:55 2026 Info: DCID 204026 close
Thu Nov 19 14:33:57 2026 Info: New SMTP DCID 204027 interface 192.0.2.20 address 52.101.64.202 port 25
Thu Nov 19 14:33:57 2026 Info: DCID 204027 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 14:33:57 2026 Info: Delivery start DCID 204027 MID 1040550 to RID [0, 1, 2, 3, 4, 5, 6]
Thu Nov 19 14:33:58 2026 Info: Message done DCID 204027 MID 1040550 to RID [0, 1, 2, 3, 4, 5, 6]
Thu Nov 19 14:33:58 2026 Info: MID 1040550 RID [0, 1, 2, 3, 4, 5, 6] Response '2.6.0 [InternalId=480013920603, Hostname=AM0PR01MB8604.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 14:33:58 2026 Info: Message finished MID 1040550 done
Thu Nov 19 14:33:58 2026 Info: DCID 204027 close
Thu Nov 19 14:34:44 2026 Info: New SMTP ICID 416027 interface IncomingMail (192.0.2.10) address 198.51.26.119 reverse dns host mail.travel.example verified yes
Thu Nov 19 14:34:44 2026 Info: ICID 416027 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.7
Thu Nov 19 14:34:44 2026 Info: ICID 416027 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 14:34:44 2026 Info: Start MID 1040551 ICID 416027
Thu Nov 19 14:34:44 2026 Info: MID 1040551 ICID 416027 From: <raj.kim@travel.example>
Thu Nov 19 14:34:44 2026 Info: MID 1040551 ICID 416027 RID 0 To: <finance-archive@corp.example>
Thu Nov 19 14:34:45 2026 Info: MID 1040551 Message-ID '<CAoi9USWPtAm-rn873Gn3vU0kP5TQ-pmLyOyLQnREgda@mail.travel.example>'
Thu Nov 19 14:34:45 2026 Info: MID 1040551 Subject 'Candidate CV 17946'
Thu Nov 19 14:34:45 2026 Info: MID 1040551 ready 10249 bytes from <raj.kim@travel.example>
Thu Nov 19 14:34:45 2026 Info: MID 1040551 SPF: mailfrom identity raj.kim@travel.example Pass (v=spf1)
Thu Nov 19 14:34:45 2026 Info: ICID 416027 close
Thu Nov 19 14:34:45 2026 Info: MID 1040551 using engine: CASE spam negative
Thu Nov 19 14:34:46 2026 Info: MID 1040551 DMARC: Verification passed
Thu Nov 19 14:34:46 2026 Info: MID 1040551 DKIM: pass signature verified (d=travel.example s=s3 i=@travel.example)
Thu Nov 19 14:34:47 2026 Info: MID 1040551 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 14:34:47 2026 Info: MID 1040551 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 14:34:47 2026 Info: MID 1040551 queued for delivery
Thu Nov 19 14:34:49 2026 Info: New SMTP DCID 204028 interface 192.0.2.20 address 52.101.210.219 port 25
Thu Nov 19 14:34:49 2026 Info: DCID 204028 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 14:34:49 2026 Info: Delivery start DCID 204028 MID 1040551 to RID [0]
Thu Nov 19 14:34:50 2026 Info: Message done DCID 204028 MID 1040551 to RID [0]
Thu Nov 19 14:34:50 2026 Info: MID 1040551 RID [0] Response '2.6.0 [InternalId=786884101201, Hostname=AM0PR01MB6272.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 14:34:50 2026 Info: Message finished MID 1040551 done
Thu Nov 19 14:34:50 2026 Info: DCID 204028 close
Thu Nov 19 14:50:18 2026 Info: New SMTP ICID 416028 interface IncomingMail (192.0.2.10) address 198.51.7.135 reverse dns host mail.client-a.example verified yes
Thu Nov 19 14:50:18 2026 Info: ICID 416028 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.1
Thu Nov 19 14:50:18 2026 Info: ICID 416028 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 14:50:18 2026 Info: Start MID 1040552 ICID 416028
Thu Nov 19 14:50:18 2026 Info: MID 1040552 ICID 416028 From: <chen.haddad@client-a.example>
Thu Nov 19 14:50:18 2026 Info: MID 1040552 ICID 416028 RID 0 To: <ravi.obrien@corp.example>
Thu Nov 19 14:50:18 2026 Info: MID 1040552 Message-ID '<41869d57997b6ffba67f.99849@client-a.example>'
Thu Nov 19 14:50:18 2026 Info: MID 1040552 Subject 'Price list 88953'
Thu Nov 19 14:50:18 2026 Info: MID 1040552 ready 2938381 bytes from <chen.haddad@client-a.example>
Thu Nov 19 14:50:18 2026 Info: MID 1040552 DKIM: pass signature verified (d=client-a.example s=s3 i=@client-a.example)
Thu Nov 19 14:50:18 2026 Info: MID 1040552 SPF: mailfrom identity chen.haddad@client-a.example Pass (v=spf1)
Thu Nov 19 14:50:18 2026 Info: ICID 416028 close
Thu Nov 19 14:50:18 2026 Info: MID 1040552 using engine: CASE spam negative
Thu Nov 19 14:50:19 2026 Info: MID 1040552 DMARC: Verification passed
Thu Nov 19 14:50:19 2026 Info: MID 1040552 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 14:50:19 2026 Info: MID 1040552 attachment 'specs-85320.zip'
Thu Nov 19 14:50:19 2026 Info: File reputation query initiating. File Name = 'specs-85320.zip', MID = 1040552, File Size = 1973111 bytes, File Type = application/zip
Thu Nov 19 14:50:19 2026 Info: MID 1040552 attachment 'Report,Final Draft: Revenue (Q4),Approved.pdf'
Thu Nov 19 14:50:19 2026 Info: File reputation query initiating. File Name = Report,Final Draft: Revenue (Q4),Approved.pdf, MID = 1040552, File Size = 201364 bytes, File Type = application/pdf
Thu Nov 19 14:50:19 2026 Info: Response received for file reputation query from Cloud. File Name = 'specs-85320.zip', MID = 1040552, Disposition = FILE UNKNOWN, Malware = None, Analysis Score = 0, sha256 = a56854eb1372d567865e4bd405741930e5474e2a4f62691e013945fc3ada5406, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Thu Nov 19 14:50:19 2026 Info: MID 1040552 AMP file reputation verdict : UNKNOWN
Thu Nov 19 14:50:20 2026 Info: Response received for file reputation query from Cloud. File Name = Report,Final Draft: Revenue (Q4),Approved.pdf, MID = 1040552, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = 6b7ba49dce8249925cdeae0d3eaa8e79d4f2f14cf097cd11ba0a262f72644741, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Thu Nov 19 14:50:20 2026 Info: MID 1040552 queued for delivery
Thu Nov 19 14:50:22 2026 Info: New SMTP ICID 416029 interface IncomingMail (192.0.2.10) address 198.51.153.145 reverse dns host mail.partner.example verified yes
Thu Nov 19 14:50:22 2026 Info: ICID 416029 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.7
Thu Nov 19 14:50:22 2026 Info: ICID 416029 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 14:50:22 2026 Info: Start MID 1040553 ICID 416029
Thu Nov 19 14:50:22 2026 Info: MID 1040553 ICID 416029 From: <raj.obrien@partner.example>
Thu Nov 19 14:50:22 2026 Info: MID 1040553 ICID 416029 RID 0 To: <ida.novak@corp.example>
Thu Nov 19 14:50:22 2026 Info: MID 1040553 Message-ID '<eeb792f1c324868a4cd6.23719@partner.example>'
Thu Nov 19 14:50:22 2026 Info: MID 1040553 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Thu Nov 19 14:50:22 2026 Info: MID 1040553 ready 20240 bytes from <raj.obrien@partner.example>
Thu Nov 19 14:50:22 2026 Info: MID 1040553 DMARC: Verification passed
Thu Nov 19 14:50:22 2026 Info: MID 1040553 DKIM: pass signature verified (d=partner.example s=s7 i=@partner.example)
Thu Nov 19 14:50:22 2026 Info: MID 1040553 SPF: mailfrom identity raj.obrien@partner.example Pass (v=spf1)
Thu Nov 19 14:50:22 2026 Info: ICID 416029 close
Thu Nov 19 14:50:22 2026 Info: MID 1040553 using engine: CASE spam negative
Thu Nov 19 14:50:23 2026 Info: New SMTP DCID 204029 interface 192.0.2.20 address 52.101.86.91 port 25
Thu Nov 19 14:50:23 2026 Info: DCID 204029 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 14:50:23 2026 Info: Delivery start DCID 204029 MID 1040552 to RID [0]
Thu Nov 19 14:50:23 2026 Info: MID 1040553 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 14:50:23 2026 Info: MID 1040553 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 14:50:25 2026 Info: Message done DCID 204029 MID 1040552 to RID [0]
Thu Nov 19 14:50:25 2026 Info: MID 1040552 RID [0] Response '2.6.0 [InternalId=655854862348, Hostname=AM0PR01MB4883.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 14:50:25 2026 Info: Message finished MID 1040552 done
Thu Nov 19 14:50:25 2026 Info: DCID 204029 close
Thu Nov 19 14:50:25 2026 Info: MID 1040553 queued for delivery
Thu Nov 19 14:50:29 2026 Info: New SMTP DCID 204030 interface 192.0.2.20 address 52.101.168.250 port 25
Thu Nov 19 14:50:29 2026 Info: DCID 204030 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 14:50:29 2026 Info: Delivery start DCID 204030 MID 1040553 to RID [0]
Thu Nov 19 14:50:30 2026 Info: Message done DCID 204030 MID 1040553 to RID [0] [('from', 'raj.obrien@partner.example'), ('to', 'ida.novak@corp.example')]
Thu Nov 19 14:50:30 2026 Info: MID 1040553 RID [0] Response '2.6.0 [InternalId=440824138121, Hostname=AM0PR01MB4910.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 14:50:30 2026 Info: Message finished MID 1040553 done
Thu Nov 19 14:50:30 2026 Info: DCID 204030 close
Thu Nov 19 14:57:43 2026 Info: New SMTP ICID 416030 interface IncomingMail (192.0.2.10) address 198.51.180.120 reverse dns host mail.travel.example verified yes
Thu Nov 19 14:57:43 2026 Info: ICID 416030 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.3
Thu Nov 19 14:57:43 2026 Info: ICID 416030 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 14:57:43 2026 Info: Start MID 1040554 ICID 416030
Thu Nov 19 14:57:43 2026 Info: MID 1040554 ICID 416030 From: <ewa.patel@travel.example>
Thu Nov 19 14:57:43 2026 Info: MID 1040554 ICID 416030 RID 0 To: <yuki.ivanova@corp.example>
Thu Nov 19 14:57:43 2026 Info: MID 1040554 Message-ID '<9b131fc15a893918ccee.55452@travel.example>'
Thu Nov 19 14:57:43 2026 Info: MID 1040554 Subject 'Welcome to the team!'
Thu Nov 19 14:57:43 2026 Info: MID 1040554 ready 17305 bytes from <ewa.patel@travel.example>
Thu Nov 19 14:57:43 2026 Info: MID 1040554 using engine: CASE spam negative
Thu Nov 19 14:57:44 2026 Info: MID 1040554 SPF: mailfrom identity ewa.patel@travel.example Pass (v=spf1)
Thu Nov 19 14:57:44 2026 Info: ICID 416030 close
Thu Nov 19 14:57:44 2026 Info: MID 1040554 DMARC: Verification passed
Thu Nov 19 14:57:44 2026 Info: MID 1040554 antivirus negative
Thu Nov 19 14:57:44 2026 Info: MID 1040554 DKIM: pass signature verified (d=travel.example s=s4 i=@travel.example)
Thu Nov 19 14:57:44 2026 Info: MID 1040554 interim AV verdict using Sophos CLEAN
Thu Nov 19 14:57:45 2026 Info: MID 1040554 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 14:57:45 2026 Info: MID 1040554 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 14:57:45 2026 Info: MID 1040554 queued for delivery
Thu Nov 19 14:57:48 2026 Info: New SMTP DCID 204031 interface 192.0.2.20 address 52.101.180.134 port 25
Thu Nov 19 14:57:48 2026 Info: DCID 204031 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 14:57:48 2026 Info: Delivery start DCID 204031 MID 1040554 to RID [0]
Thu Nov 19 14:57:50 2026 Info: Message done DCID 204031 MID 1040554 to RID [0]
Thu Nov 19 14:57:50 2026 Info: MID 1040554 RID [0] Response '2.0.0 Ok: queued as e72UGf9k4qtvEzJ9'
Thu Nov 19 14:57:50 2026 Info: Message finished MID 1040554 done
Thu Nov 19 14:57:50 2026 Info: DCID 204031 close
Thu Nov 19 15:10:19 2026 Info: New SMTP ICID 416031 interface IncomingMail (192.0.2.10) address 198.51.155.189 reverse dns host mail.newsletter.example verified yes
Thu Nov 19 15:10:19 2026 Info: ICID 416031 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.3
Thu Nov 19 15:10:19 2026 Info: ICID 416031 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 15:10:19 2026 Info: Start MID 1040555 ICID 416031
Thu Nov 19 15:10:19 2026 Info: MID 1040555 ICID 416031 From: <marc.rossi@newsletter.example>
Thu Nov 19 15:10:19 2026 Info: MID 1040555 ICID 416031 RID 0 To: <kofi.moreau@corp.example>
Thu Nov 19 15:10:19 2026 Info: MID 1040555 Message-ID '<CA2fyJJIx5sfBwT6k=CSA/kfHEhGI2UVAza9osRIIliS@mail.newsletter.example>'
Thu Nov 19 15:10:19 2026 Info: MID 1040555 Subject 'Lunch on Friday?'
Thu Nov 19 15:10:19 2026 Info: MID 1040555 ready 2739103 bytes from <marc.rossi@newsletter.example>
Thu Nov 19 15:10:19 2026 Info: MID 1040555 DMARC: Verification passed
Thu Nov 19 15:10:19 2026 Info: MID 1040555 using engine: CASE spam negative
Thu Nov 19 15:10:20 2026 Info: MID 1040555 SPF: mailfrom identity marc.rossi@newsletter.example Pass (v=spf1)
Thu Nov 19 15:10:20 2026 Info: ICID 416031 close
Thu Nov 19 15:10:20 2026 Info: MID 1040555 DKIM: pass signature verified (d=newsletter.example s=s3 i=@newsletter.example)
Thu Nov 19 15:10:21 2026 Info: MID 1040555 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 15:10:21 2026 Info: MID 1040555 attachment 'minutes-82487.docx'
Thu Nov 19 15:10:21 2026 Info: MID 1040555 attachment 'photo 28802.heic'
Thu Nov 19 15:10:22 2026 Info: MID 1040555 AMP file reputation verdict : CLEAN
Thu Nov 19 15:10:23 2026 Info: MID 1040555 queued for delivery
Thu Nov 19 15:10:25 2026 Info: New SMTP DCID 204032 interface 192.0.2.20 address 52.101.33.31 port 25
Thu Nov 19 15:10:25 2026 Info: DCID 204032 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 15:10:25 2026 Info: Delivery start DCID 204032 MID 1040555 to RID [0]
Thu Nov 19 15:10:25 2026 Info: Message done DCID 204032 MID 1040555 to RID [0]
Thu Nov 19 15:10:25 2026 Info: MID 1040555 RID [0] Response '2.6.0 [InternalId=231905419765, Hostname=AM0PR01MB8690.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 15:10:25 2026 Info: Message finished MID 1040555 done
Thu Nov 19 15:10:25 2026 Info: DCID 204032 close
Thu Nov 19 15:20:08 2026 Info: New SMTP ICID 416032 interface IncomingMail (192.0.2.10) address 198.51.68.104 reverse dns host mail.client-b.example verified yes
Thu Nov 19 15:20:08 2026 Info: ICID 416032 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.6
Thu Nov 19 15:20:08 2026 Info: ICID 416032 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 15:20:08 2026 Info: Start MID 1040556 ICID 416032
Thu Nov 19 15:20:08 2026 Info: MID 1040556 ICID 416032 From: <max.fischer@client-b.example>
Thu Nov 19 15:20:08 2026 Info: MID 1040556 ICID 416032 RID 0 To: <ravi.obrien@corp.example>
Thu Nov 19 15:20:08 2026 Info: MID 1040556 Message-ID '<221bba828d8351259ede.49281@client-b.example>'
Thu Nov 19 15:20:08 2026 Info: MID 1040556 Subject 'Re: Re: Re: hiring plan'
Thu Nov 19 15:20:08 2026 Info: MID 1040556 ready 79201 bytes from <max.fischer@client-b.example>
Thu Nov 19 15:20:08 2026 Info: MID 1040556 URL https://www.client-b.example/t/7773360727 has reputation 7.9 matched Condition: URL Reputation Rule
Thu Nov 19 15:20:08 2026 Info: MID 1040556 SPF: mailfrom identity max.fischer@client-b.example Pass (v=spf1)
Thu Nov 19 15:20:08 2026 Info: MID 1040556 using engine: CASE spam negative
Thu Nov 19 15:20:08 2026 Info: ICID 416032 close
Thu Nov 19 15:20:10 2026 Info: MID 1040556 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 15:20:10 2026 Info: MID 1040556 attachment 'image002.jpg'
Thu Nov 19 15:20:10 2026 Info: File reputation query initiating. File Name = 'image002.jpg', MID = 1040556, File Size = 52966 bytes, File Type = image/jpeg
Thu Nov 19 15:20:10 2026 Info: MID 1040556 AMP file reputation verdict : CLEAN
Thu Nov 19 15:20:10 2026 Info: Response received for file reputation query from Cache. File Name = image002.jpg, MID = 1040556, Disposition = CLEAN, Malware = None, Analysis Score = 5, sha256 = b8dee081179a071e518ae4525b4b1b75321c52966bd8c67656d050cd67601367, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Thu Nov 19 15:20:11 2026 Info: MID 1040556 queued for delivery
Thu Nov 19 15:20:13 2026 Info: New SMTP DCID 204033 interface 192.0.2.20 address 52.101.164.100 port 25
Thu Nov 19 15:20:13 2026 Info: DCID 204033 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 15:20:13 2026 Info: Delivery start DCID 204033 MID 1040556 to RID [0]
Thu Nov 19 15:20:13 2026 Info: Message done DCID 204033 MID 1040556 to RID [0]
Thu Nov 19 15:20:13 2026 Info: MID 1040556 RID [0] Response '2.6.0 [InternalId=927740864358, Hostname=AM0PR01MB1004.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 15:20:13 2026 Info: Message finished MID 1040556 done
Thu Nov 19 15:20:13 2026 Info: DCID 204033 close
Thu Nov 19 15:21:29 2026 Info: New SMTP ICID 416033 interface IncomingMail (192.0.2.10) address 198.51.28.156 reverse dns host mail.paymnt-notice.example verified yes
Thu Nov 19 15:21:29 2026 Info: ICID 416033 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.8
Thu Nov 19 15:21:29 2026 Info: ICID 416033 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 15:21:29 2026 Info: Start MID 1040557 ICID 416033
Thu Nov 19 15:21:29 2026 Info: MID 1040557 ICID 416033 From: <it@paymnt-notice.example>
Thu Nov 19 15:21:29 2026 Info: MID 1040557 ICID 416033 RID 0 To: <finance-archive@corp.example>
Thu Nov 19 15:21:29 2026 Info: MID 1040557 ICID 416033 RID 1 To: <emma.garcia@corp.example>
Thu Nov 19 15:21:29 2026 Info: MID 1040557 Message-ID '<2982951b6faebd2b69fe.50139@paymnt-notice.example>'
Thu Nov 19 15:21:29 2026 Info: MID 1040557 Subject 'Your document is ready'
Thu Nov 19 15:21:29 2026 Info: MID 1040557 ready 962325 bytes from <it@paymnt-notice.example>
Thu Nov 19 15:21:30 2026 Info: MID 1040557 antivirus negative
Thu Nov 19 15:21:30 2026 Info: MID 1040557 SPF: mailfrom identity it@paymnt-notice.example Pass (v=spf1)
Thu Nov 19 15:21:30 2026 Info: MID 1040557 DMARC: Verification passed
Thu Nov 19 15:21:30 2026 Info: ICID 416033 close
Thu Nov 19 15:21:30 2026 Info: MID 1040557 interim AV verdict using Sophos CLEAN
Thu Nov 19 15:21:30 2026 Info: MID 1040557 DKIM: pass signature verified (d=paymnt-notice.example s=s9 i=@paymnt-notice.example)
Thu Nov 19 15:21:30 2026 Info: MID 1040557 using engine: CASE spam negative
Thu Nov 19 15:21:31 2026 Info: MID 1040557 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 15:21:31 2026 Info: MID 1040557 attachment 'update_93913.js'
Thu Nov 19 15:21:31 2026 Info: MID 1040557 AMP file reputation verdict : MALICIOUS
Thu Nov 19 15:21:33 2026 Info: Message aborted MID 1040557 Dropped by amp
Thu Nov 19 15:21:33 2026 Info: Message finished MID 1040557 done
Thu Nov 19 15:25:58 2026 Info: New SMTP ICID 416034 interface IncomingMail (192.0.2.10) address 198.51.222.19 reverse dns host mail.gmail.example verified yes
Thu Nov 19 15:25:58 2026 Info: ICID 416034 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.7
Thu Nov 19 15:25:58 2026 Info: ICID 416034 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 15:25:58 2026 Info: Start MID 1040558 ICID 416034
Thu Nov 19 15:25:58 2026 Info: MID 1040558 ICID 416034 From: <sara.ivanova@gmail.example>
Thu Nov 19 15:25:58 2026 Info: MID 1040558 ICID 416034 RID 0 To: <tom.weber@corp.example>
Thu Nov 19 15:25:58 2026 Info: MID 1040558 Message-ID '<0c922943cd0fb952a6fe.13174@gmail.example>'
Thu Nov 19 15:25:58 2026 Info: MID 1040558 Subject 'Your order 80758 has shipped'
Thu Nov 19 15:25:58 2026 Info: MID 1040558 ready 13556 bytes from <sara.ivanova@gmail.example>
Thu Nov 19 15:25:58 2026 Info: MID 1040558 using engine: CASE spam negative
Thu Nov 19 15:25:58 2026 Info: MID 1040558 SPF: mailfrom identity sara.ivanova@gmail.example Pass (v=spf1)
Thu Nov 19 15:25:58 2026 Info: MID 1040558 DMARC: Verification passed
Thu Nov 19 15:25:58 2026 Info: ICID 416034 close
Thu Nov 19 15:25:59 2026 Info: MID 1040558 DKIM: pass signature verified (d=gmail.example s=s8 i=@gmail.example)
Thu Nov 19 15:26:00 2026 Info: MID 1040558 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 15:26:00 2026 Info: MID 1040558 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 15:26:00 2026 Info: MID 1040558 queued for delivery
Thu Nov 19 15:26:03 2026 Info: New SMTP DCID 204034 interface 192.0.2.20 address 52.101.54.211 port 25
Thu Nov 19 15:26:03 2026 Info: DCID 204034 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 15:26:03 2026 Info: Delivery start DCID 204034 MID 1040558 to RID [0]
Thu Nov 19 15:26:05 2026 Info: Message done DCID 204034 MID 1040558 to RID [0]
Thu Nov 19 15:26:05 2026 Info: MID 1040558 RID [0] Response '2.6.0 [InternalId=625126913945, Hostname=AM0PR01MB3329.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 15:26:05 2026 Info: Message finished MID 1040558 done
Thu Nov 19 15:26:05 2026 Info: DCID 204034 close
Thu Nov 19 15:30:29 2026 Info: New SMTP ICID 416035 interface IncomingMail (192.0.2.10) address 198.51.74.94 reverse dns host mail.university.example verified yes
Thu Nov 19 15:30:29 2026 Info: ICID 416035 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.1
Thu Nov 19 15:30:29 2026 Info: ICID 416035 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 15:30:29 2026 Info: Start MID 1040559 ICID 416035
Thu Nov 19 15:30:29 2026 Info: MID 1040559 ICID 416035 From: <emma.larsen@university.example>
Thu Nov 19 15:30:29 2026 Info: MID 1040559 ICID 416035 RID 0 To: <dan.okafor@corp.example>
Thu Nov 19 15:30:29 2026 Info: MID 1040559 Message-ID '<b3ef7b14dd58be824555.77130@university.example>'
Thu Nov 19 15:30:29 2026 Info: MID 1040559 Subject 'Quarterly report'
Thu Nov 19 15:30:29 2026 Info: MID 1040559 ready 1341489 bytes from <emma.larsen@university.example>
Thu Nov 19 15:30:29 2026 Info: MID 1040559 DKIM: pass signature verified (d=university.example s=s2 i=@university.example)
Thu Nov 19 15:30:29 2026 Info: ICID 416035 close
Thu Nov 19 15:30:29 2026 Info: MID 1040559 using engine: CASE spam negative
Thu Nov 19 15:30:29 2026 Info: MID 1040559 DMARC: Verification passed
Thu Nov 19 15:30:30 2026 Info: MID 1040559 SPF: mailfrom identity emma.larsen@university.example Pass (v=spf1)
Thu Nov 19 15:30:30 2026 Info: New SMTP ICID 416036 interface OutgoingMail (192.0.2.11) address 10.20.0.129 reverse dns host exch4.corp.example verified yes
Thu Nov 19 15:30:30 2026 Info: ICID 416036 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 15:30:30 2026 Info: Start MID 1040560 ICID 416036
Thu Nov 19 15:30:30 2026 Info: MID 1040560 ICID 416036 From: <noah.okafor@corp.example>
Thu Nov 19 15:30:30 2026 Info: MID 1040560 ICID 416036 RID 0 To: <ewa.obrien@partner.example>
Thu Nov 19 15:30:31 2026 Info: MID 1040560 Message-ID '<fb2fb8d136fd93533300.42220@corp.example>'
Thu Nov 19 15:30:31 2026 Info: MID 1040560 Subject 'Lunch on Friday?'
Thu Nov 19 15:30:31 2026 Info: MID 1040560 ready 17304 bytes from <noah.okafor@corp.example>
Thu Nov 19 15:30:31 2026 Info: MID 1040560 SPF: mailfrom identity noah.okafor@corp.example Pass (v=spf1)
Thu Nov 19 15:30:31 2026 Info: ICID 416036 close
Thu Nov 19 15:30:31 2026 Info: MID 1040560 using engine: CASE spam negative
Thu Nov 19 15:30:31 2026 Info: MID 1040559 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 15:30:31 2026 Info: MID 1040559 attachment 'Q2 Report 2026.pdf'
Thu Nov 19 15:30:31 2026 Info: MID 1040559 AMP file reputation verdict : UNKNOWN
Thu Nov 19 15:30:32 2026 Info: MID 1040560 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 15:30:32 2026 Info: MID 1040559 queued for delivery
Thu Nov 19 15:30:33 2026 Info: MID 1040560 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 15:30:35 2026 Info: MID 1040560 queued for delivery
Thu Nov 19 15:30:36 2026 Info: New SMTP DCID 204035 interface 192.0.2.20 address 52.101.247.56 port 25
Thu Nov 19 15:30:36 2026 Info: DCID 204035 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 15:30:36 2026 Info: Delivery start DCID 204035 MID 1040559 to RID [0]
Thu Nov 19 15:30:38 2026 Info: Message done DCID 204035 MID 1040559 to RID [0]
Thu Nov 19 15:30:38 2026 Info: MID 1040559 RID [0] Response '2.6.0 [InternalId=515064940835, Hostname=AM0PR01MB3127.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 15:30:38 2026 Info: DCID 204035 close
Thu Nov 19 15:30:38 2026 Info: Message finished MID 1040559 done
Thu Nov 19 15:30:38 2026 Info: New SMTP DCID 204036 interface 192.0.2.20 address 203.0.113.147 port 25
Thu Nov 19 15:30:38 2026 Info: DCID 204036 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 15:30:38 2026 Info: Delivery start DCID 204036 MID 1040560 to RID [0]
Thu Nov 19 15:30:38 2026 Info: Message done DCID 204036 MID 1040560 to RID [0]
Thu Nov 19 15:30:38 2026 Info: MID 1040560 RID [0] Response '2.0.0 Ok: queued as nizJRgqgjtvNdnEH'
Thu Nov 19 15:30:38 2026 Info: Message finished MID 1040560 done
Thu Nov 19 15:30:38 2026 Info: DCID 204036 close
Thu Nov 19 15:35:43 2026 Info: New SMTP ICID 416037 interface IncomingMail (192.0.2.10) address 198.51.149.234 reverse dns host mail.newsletter.example verified yes
Thu Nov 19 15:35:43 2026 Info: ICID 416037 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.4
Thu Nov 19 15:35:43 2026 Info: ICID 416037 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 15:35:43 2026 Info: Start MID 1040561 ICID 416037
Thu Nov 19 15:35:43 2026 Info: MID 1040561 ICID 416037 From: <paul.smith@newsletter.example>
Thu Nov 19 15:35:43 2026 Info: MID 1040561 ICID 416037 RID 0 To: <lena.sato@corp.example>
Thu Nov 19 15:35:44 2026 Info: MID 1040561 Message-ID '<f6cf175ef407416e%66#&b8733@newsletter.example>'
Thu Nov 19 15:35:44 2026 Info: MID 1040561 Subject 'Re: project timeline'
Thu Nov 19 15:35:44 2026 Info: MID 1040561 ready 36935 bytes from <paul.smith@newsletter.example>
Thu Nov 19 15:35:44 2026 Info: ICID 416037 close
Thu Nov 19 15:35:44 2026 Info: MID 1040561 using engine: CASE spam negative
Thu Nov 19 15:35:44 2026 Info: MID 1040561 SPF: mailfrom identity paul.smith@newsletter.example Pass (v=spf1)
Thu Nov 19 15:35:45 2026 Info: MID 1040561 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 15:35:45 2026 Info: MID 1040561 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 15:35:46 2026 Info: New SMTP ICID 416038 interface IncomingMail (192.0.2.10) address 198.51.14.92 reverse dns host mail.bank.example verified yes
Thu Nov 19 15:35:46 2026 Info: ICID 416038 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.7
Thu Nov 19 15:35:46 2026 Info: ICID 416038 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 15:35:46 2026 Info: Start MID 1040562 ICID 416038
Thu Nov 19 15:35:46 2026 Info: MID 1040562 ICID 416038 From: <tom.obrien@bank.example>
Thu Nov 19 15:35:46 2026 Info: MID 1040562 ICID 416038 RID 0 To: <inovak@corp.example>
Thu Nov 19 15:35:46 2026 Info: MID 1040562 ICID 416038 RID 1 To: <leo.sato@corp-legacy.example>
Thu Nov 19 15:35:46 2026 Info: MID 1040561 queued for delivery
Thu Nov 19 15:35:46 2026 Info: MID 1040562 Message-ID '<CAmRYxAQKRHXzAGiNghQZtAOlGe-HTmVjHre=4KGI0VN@mail.bank.example>'
Thu Nov 19 15:35:46 2026 Info: MID 1040562 Subject 'Your order 25470 has shipped'
Thu Nov 19 15:35:46 2026 Info: MID 1040562 ready 41998 bytes from <tom.obrien@bank.example>
Thu Nov 19 15:35:47 2026 Info: MID 1040562 DKIM: pass signature verified (d=bank.example s=s1 i=@bank.example)
Thu Nov 19 15:35:47 2026 Info: MID 1040562 SPF: mailfrom identity tom.obrien@bank.example Pass (v=spf1)
Thu Nov 19 15:35:47 2026 Info: ICID 416038 close
Thu Nov 19 15:35:47 2026 Info: MID 1040562 using engine: CASE spam negative
Thu Nov 19 15:35:47 2026 Info: MID 1040562 antivirus negative
Thu Nov 19 15:35:47 2026 Info: MID 1040562 DMARC: Verification passed
Thu Nov 19 15:35:47 2026 Info: MID 1040562 interim AV verdict using Sophos CLEAN
Thu Nov 19 15:35:47 2026 Info: New SMTP DCID 204037 interface 192.0.2.20 address 52.101.77.82 port 25
Thu Nov 19 15:35:47 2026 Info: DCID 204037 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 15:35:47 2026 Info: Delivery start DCID 204037 MID 1040561 to RID [0]
Thu Nov 19 15:35:47 2026 Info: MID 1040562 was split creating MID 1040563 due to a per-recipient policy DEFAULT in the inbound table
Thu Nov 19 15:35:47 2026 Info: MID 1040563 ICID 0 From: <tom.obrien@bank.example>
Thu Nov 19 15:35:47 2026 Info: MID 1040563 ICID 0 RID 0 To: <leo.sato@corp-legacy.example>
Thu Nov 19 15:35:48 2026 Info: New SMTP ICID 416039 interface IncomingMail (192.0.2.10) address 198.51.234.89 reverse dns host mail.bank.example verified yes
Thu Nov 19 15:35:48 2026 Info: ICID 416039 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.2
Thu Nov 19 15:35:48 2026 Info: ICID 416039 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 15:35:48 2026 Info: MID 1040563 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 15:35:48 2026 Info: Start MID 1040564 ICID 416039
Thu Nov 19 15:35:48 2026 Info: MID 1040564 ICID 416039 From: <hugo.weber@bank.example>
Thu Nov 19 15:35:48 2026 Info: MID 1040564 ICID 416039 RID 0 To: <kofi.nguyen@corp.example>
Thu Nov 19 15:35:48 2026 Info: MID 1040562 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 15:35:48 2026 Info: MID 1040563 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 15:35:48 2026 Info: MID 1040562 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 15:35:48 2026 Info: Message done DCID 204037 MID 1040561 to RID [0]
Thu Nov 19 15:35:48 2026 Info: MID 1040561 RID [0] Response '2.6.0 [InternalId=330701357735, Hostname=AM0PR01MB1503.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 15:35:48 2026 Info: Message finished MID 1040561 done
Thu Nov 19 15:35:48 2026 Info: DCID 204037 close
Thu Nov 19 15:35:48 2026 Info: New SMTP ICID 416040 interface IncomingMail (192.0.2.10) address 198.51.172.116 reverse dns host mail.cloudapp.example verified yes
Thu Nov 19 15:35:48 2026 Info: ICID 416040 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.1
Thu Nov 19 15:35:48 2026 Info: ICID 416040 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 15:35:48 2026 Info: MID 1040564 Message-ID '<80ea78e1b0970e3150b7.91540@bank.example>'
Thu Nov 19 15:35:48 2026 Info: MID 1040564 Subject 'Re: project timeline'
Thu Nov 19 15:35:48 2026 Info: MID 1040564 ready 37052 bytes from <hugo.weber@bank.example>
Thu Nov 19 15:35:48 2026 Info: MID 1040564 DMARC: Verification passed
Thu Nov 19 15:35:48 2026 Info: ICID 416039 close
Thu Nov 19 15:35:49 2026 Info: MID 1040564 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 15:35:49 2026 Info: MID 1040564 SPF: mailfrom identity hugo.weber@bank.example Pass (v=spf1)
Thu Nov 19 15:35:49 2026 Info: Start MID 1040565 ICID 416040
Thu Nov 19 15:35:49 2026 Info: MID 1040565 ICID 416040 From: <li.walsh@cloudapp.example>
Thu Nov 19 15:35:49 2026 Info: MID 1040565 ICID 416040 RID 0 To: <ivan.okafor@corp.example>
Thu Nov 19 15:35:49 2026 Info: MID 1040564 DKIM: pass signature verified (d=bank.example s=s5 i=@bank.example)
Thu Nov 19 15:35:49 2026 Info: MID 1040564 using engine: CASE spam negative
Thu Nov 19 15:35:49 2026 Info: MID 1040564 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 15:35:49 2026 Info: New SMTP DCID 204039 interface 192.0.2.20 address 192.0.2.50 port 6025
Thu Nov 19 15:35:49 2026 Info: Delivery start DCID 204039 MID 1040563 to RID [0] to offbox IronPort Spam Quarantine
Thu Nov 19 15:35:49 2026 Info: Message done DCID 204039 MID 1040563 to RID [0] (external quarantine)
Thu Nov 19 15:35:49 2026 Info: Message finished MID 1040563 done
Thu Nov 19 15:35:49 2026 Info: DCID 204039 close
Thu Nov 19 15:35:49 2026 Info: MID 1040564 queued for delivery
Thu Nov 19 15:35:49 2026 Info: MID 1040565 Message-ID '<1ebf27604877df8f1b85.39633@cloudapp.example>'
Thu Nov 19 15:35:49 2026 Info: MID 1040565 Subject 'Budget 2027 – first numbers'
Thu Nov 19 15:35:49 2026 Info: MID 1040565 ready 1049590 bytes from <li.walsh@cloudapp.example>
Thu Nov 19 15:35:49 2026 Info: MID 1040565 using engine: CASE spam negative
Thu Nov 19 15:35:49 2026 Info: New SMTP DCID 204038 interface 192.0.2.20 address 192.0.2.50 port 6025
Thu Nov 19 15:35:49 2026 Info: Delivery start DCID 204038 MID 1040562 to RID [0] to offbox IronPort Spam Quarantine
Thu Nov 19 15:35:50 2026 Info: MID 1040565 URL https://www.cloudapp.example/t/f14a587e39 has reputation 4.5 matched Condition: URL Reputation Rule
Thu Nov 19 15:35:50 2026 Info: Message done DCID 204038 MID 1040562 to RID [0] (external quarantine)
Thu Nov 19 15:35:50 2026 Info: Message finished MID 1040562 done
Thu Nov 19 15:35:50 2026 Info: DCID 204038 close
Thu Nov 19 15:35:50 2026 Info: ICID 416040 close
Thu Nov 19 15:35:50 2026 Info: MID 1040565 SPF: mailfrom identity li.walsh@cloudapp.example Pass (v=spf1)
Thu Nov 19 15:35:51 2026 Info: MID 1040565 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 15:35:51 2026 Info: MID 1040565 attachment 'Report,Final Draft: Revenue (Q3),Approved.pdf'
Thu Nov 19 15:35:51 2026 Info: File reputation query initiating. File Name = 'Report,Final Draft: Revenue (Q3),Approved.pdf', MID = 1040565, File Size = 477299 bytes, File Type = application/pdf
Thu Nov 19 15:35:51 2026 Info: MID 1040565 attachment 'budget_2026_v4.xlsx'
Thu Nov 19 15:35:51 2026 Info: File reputation query initiating. File Name = 'budget_2026_v4.xlsx', MID = 1040565, File Size = 302201 bytes, File Type = application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
Thu Nov 19 15:35:51 2026 Info: MID 1040565 attachment 'meeting.ics'
Thu Nov 19 15:35:51 2026 Info: File reputation query initiating. File Name = 'meeting.ics', MID = 1040565, File Size = 3202 bytes, File Type = text/calendar
Thu Nov 19 15:35:51 2026 Info: MID 1040565 AMP file reputation verdict : UNKNOWN
Thu Nov 19 15:35:51 2026 Info: New SMTP DCID 204040 interface 192.0.2.20 address 52.101.136.70 port 25
Thu Nov 19 15:35:51 2026 Info: DCID 204040 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 15:35:51 2026 Info: Delivery start DCID 204040 MID 1040564 to RID [0]
Thu Nov 19 15:35:52 2026 Info: Response received for file reputation query from Cloud. File Name = 'budget_2026_v4.xlsx', MID = 1040565, Disposition = FILE UNKNOWN, Malware = None, Analysis Score = 0, sha256 = 27ca2e5f829da890feb4219912ace4ddc6179ee1bfcb35f68eef1a887a123f68, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Thu Nov 19 15:35:52 2026 Info: Response received for file reputation query from Cloud. File Name = Report,Final Draft: Revenue (Q3),Approved.pdf, MID = 1040565, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = a1bf16df263b8a2504163cacd46f5616c082ab94d0bf2e814cf992833993f064, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Thu Nov 19 15:35:52 2026 Info: Response received for file reputation query from Cloud. File Name = meeting.ics, MID = 1040565, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = bc42918400f0c9dee15267c3bf50de615d1302e19e75d577e5130296775a0ad7, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Thu Nov 19 15:35:52 2026 Info: MID 1040565 queued for delivery
Thu Nov 19 15:35:52 2026 Info: Message done DCID 204040 MID 1040564 to RID [0]
Thu Nov 19 15:35:52 2026 Info: MID 1040564 RID [0] Response '2.6.0 [InternalId=929032671303, Hostname=AM0PR01MB3443.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 15:35:52 2026 Info: Message finished MID 1040564 done
Thu Nov 19 15:35:52 2026 Info: DCID 204040 close
Thu Nov 19 15:35:52 2026 Info: New SMTP DCID 204041 interface 192.0.2.20 address 52.101.150.148 port 25
Thu Nov 19 15:35:52 2026 Info: DCID 204041 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 15:35:52 2026 Info: Delivery start DCID 204041 MID 1040565 to RID [0]
Thu Nov 19 15:35:54 2026 Info: Message done DCID 204041 MID 1040565 to RID [0]
Thu Nov 19 15:35:54 2026 Info: MID 1040565 RID [0] Response '2.6.0 [InternalId=270498729739, Hostname=AM0PR01MB2995.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 15:35:54 2026 Info: Message finished MID 1040565 done
Thu Nov 19 15:35:54 2026 Info: DCID 204041 close
Thu Nov 19 15:37:36 2026 Info: New SMTP ICID 416041 interface IncomingMail (192.0.2.10) address 198.51.76.239 reverse dns host mail.partner.example verified yes
Thu Nov 19 15:37:36 2026 Info: ICID 416041 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.4
Thu Nov 19 15:37:36 2026 Info: ICID 416041 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 15:37:36 2026 Info: Start MID 1040566 ICID 416041
Thu Nov 19 15:37:36 2026 Info: MID 1040566 ICID 416041 From: <ewa.obrien@partner.example>
Thu Nov 19 15:37:36 2026 Info: MID 1040566 ICID 416041 RID 0 To: <sara.novak23@corp.example>
Thu Nov 19 15:37:36 2026 Info: MID 1040566 ICID 416041 RID 1 To: <raj.tanaka@corp-legacy.example>
Thu Nov 19 15:37:36 2026 Info: MID 1040566 Message-ID '<ea32b7089eb9da0d4e97.95261@partner.example>'
Thu Nov 19 15:37:36 2026 Info: MID 1040566 Subject 'Budget 2027 – first numbers'
Thu Nov 19 15:37:36 2026 Info: MID 1040566 ready 35544 bytes from <ewa.obrien@partner.example>
Thu Nov 19 15:37:36 2026 Info: MID 1040566 Outbreak Filters: verdict negative
Thu Nov 19 15:37:36 2026 Info: ICID 416041 close
Thu Nov 19 15:37:36 2026 Info: MID 1040566 URL https://www.partner.example/t/407eefe5fe has reputation 7.9 matched Condition: URL Reputation Rule
Thu Nov 19 15:37:36 2026 Info: MID 1040566 SPF: mailfrom identity ewa.obrien@partner.example Pass (v=spf1)
Thu Nov 19 15:37:36 2026 Info: MID 1040566 using engine: CASE spam negative
Thu Nov 19 15:37:37 2026 Info: MID 1040566 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 15:37:37 2026 Info: MID 1040566 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 15:37:39 2026 Info: New SMTP DCID 204042 interface 192.0.2.20 address 192.0.2.50 port 6025
Thu Nov 19 15:37:39 2026 Info: Delivery start DCID 204042 MID 1040566 to RID [0, 1] to offbox IronPort Spam Quarantine
Thu Nov 19 15:37:39 2026 Info: Message done DCID 204042 MID 1040566 to RID [0, 1] (external quarantine)
Thu Nov 19 15:37:39 2026 Info: Message finished MID 1040566 done
Thu Nov 19 15:37:39 2026 Info: DCID 204042 close
Thu Nov 19 15:39:51 2026 Info: New SMTP ICID 416042 interface OutgoingMail (192.0.2.11) address 10.20.4.102 reverse dns host exch1.corp.example verified yes
Thu Nov 19 15:39:51 2026 Info: ICID 416042 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 15:39:51 2026 Info: Start MID 1040567 ICID 416042
Thu Nov 19 15:39:51 2026 Info: MID 1040567 ICID 416042 From: <dan.okafor@corp.example>
Thu Nov 19 15:39:51 2026 Info: MID 1040567 ICID 416042 RID 0 To: <tom.smith@partner.example>
Thu Nov 19 15:39:52 2026 Info: MID 1040567 Message-ID '<998547a2487f60d02103.98253@corp.example>'
Thu Nov 19 15:39:52 2026 Info: MID 1040567 Subject 'Weekly newsletter #94056'
Thu Nov 19 15:39:52 2026 Info: MID 1040567 ready 13907 bytes from <dan.okafor@corp.example>
Thu Nov 19 15:39:52 2026 Info: MID 1040567 SPF: mailfrom identity dan.okafor@corp.example Pass (v=spf1)
Thu Nov 19 15:39:52 2026 Info: MID 1040567 interim AV verdict using Sophos CLEAN
Thu Nov 19 15:39:52 2026 Info: MID 1040567 DKIM: pass signature verified (d=corp.example s=s5 i=@corp.example)
Thu Nov 19 15:39:52 2026 Info: MID 1040567 DMARC: Verification passed
Thu Nov 19 15:39:52 2026 Info: MID 1040567 antivirus negative
Thu Nov 19 15:39:52 2026 Info: ICID 416042 close
Thu Nov 19 15:39:52 2026 Info: MID 1040567 using engine: CASE spam negative
Thu Nov 19 15:39:52 2026 Info: MID 1040567 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 15:39:53 2026 Info: MID 1040567 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 15:39:54 2026 Info: MID 1040567 queued for delivery
Thu Nov 19 15:39:55 2026 Info: New SMTP ICID 416043 interface IncomingMail (192.0.2.10) address 198.51.22.118 reverse dns host mail.university.example verified yes
Thu Nov 19 15:39:55 2026 Info: ICID 416043 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.0
Thu Nov 19 15:39:55 2026 Info: ICID 416043 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 15:39:55 2026 Info: Start MID 1040568 ICID 416043
Thu Nov 19 15:39:55 2026 Info: MID 1040568 ICID 416043 From: <emma.larsen@university.example>
Thu Nov 19 15:39:55 2026 Info: MID 1040568 ICID 416043 RID 0 To: <helpdesk@corp-mail.example>
Thu Nov 19 15:39:55 2026 Info: MID 1040568 ICID 416043 RID 1 To: <noah.okafor90@corp.example>
Thu Nov 19 15:39:56 2026 Info: MID 1040568 Message-ID '<868dbcba69d4f20b44f6.93031@university.example>'
Thu Nov 19 15:39:56 2026 Info: MID 1040568 Subject 'Lunch on Friday?'
Thu Nov 19 15:39:56 2026 Info: MID 1040568 ready 171961 bytes from <emma.larsen@university.example>
Thu Nov 19 15:39:56 2026 Info: ICID 416043 close
Thu Nov 19 15:39:56 2026 Info: MID 1040568 DMARC: Verification passed
Thu Nov 19 15:39:56 2026 Info: MID 1040568 DKIM: pass signature verified (d=university.example s=s4 i=@university.example)
Thu Nov 19 15:39:56 2026 Info: MID 1040568 using engine: CASE spam negative
Thu Nov 19 15:39:56 2026 Info: MID 1040568 SPF: mailfrom identity emma.larsen@university.example Pass (v=spf1)
Thu Nov 19 15:39:57 2026 Info: New SMTP DCID 204043 interface 192.0.2.20 address 203.0.113.28 port 25
Thu Nov 19 15:39:57 2026 Info: DCID 204043 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 15:39:57 2026 Info: Delivery start DCID 204043 MID 1040567 to RID [0]
Thu Nov 19 15:39:57 2026 Info: MID 1040568 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 15:39:57 2026 Info: MID 1040568 attachment 'Report,Final=20Draft:=20Revenue=20(Q3),Approved.pdf'
Thu Nov 19 15:39:57 2026 Info: MID 1040568 AMP file reputation verdict : CLEAN
Thu Nov 19 15:39:58 2026 Info: MID 1040568 queued for delivery
Thu Nov 19 15:39:59 2026 Info: Message done DCID 204043 MID 1040567 to RID [0]
Thu Nov 19 15:39:59 2026 Info: MID 1040567 RID [0] Response '2.0.0 Ok: queued as pzd6ESEQTtsNV4Ee'
Thu Nov 19 15:39:59 2026 Info: DCID 204043 close
Thu Nov 19 15:39:59 2026 Info: Message finished MID 1040567 done
Thu Nov 19 15:40:01 2026 Info: New SMTP DCID 204044 interface 192.0.2.20 address 52.101.73.40 port 25
Thu Nov 19 15:40:01 2026 Info: DCID 204044 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 15:40:01 2026 Info: Delivery start DCID 204044 MID 1040568 to RID [0, 1]
Thu Nov 19 15:40:02 2026 Info: Message done DCID 204044 MID 1040568 to RID [0, 1]
Thu Nov 19 15:40:02 2026 Info: MID 1040568 RID [0, 1] Response '2.6.0 [InternalId=851515787431, Hostname=AM0PR01MB3700.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 15:40:02 2026 Info: Message finished MID 1040568 done
Thu Nov 19 15:40:02 2026 Info: DCID 204044 close
Thu Nov 19 16:01:48 2026 Info: New SMTP ICID 416044 interface IncomingMail (192.0.2.10) address 198.51.119.138 reverse dns host mail.gmail.example verified yes
Thu Nov 19 16:01:48 2026 Info: ICID 416044 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.9
Thu Nov 19 16:01:48 2026 Info: ICID 416044 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 16:01:48 2026 Info: Start MID 1040569 ICID 416044
Thu Nov 19 16:01:48 2026 Info: MID 1040569 ICID 416044 From: <paul.moreau@gmail.example>
Thu Nov 19 16:01:48 2026 Info: MID 1040569 ICID 416044 RID 0 To: <li.larsen@corp.example>
Thu Nov 19 16:01:48 2026 Info: MID 1040569 Message-ID '<19b9410c786b34d210ed.78346@gmail.example>'
Thu Nov 19 16:01:48 2026 Info: MID 1040569 Subject 'FW: contract draft'
Thu Nov 19 16:01:48 2026 Info: MID 1040569 ready 529928 bytes from <paul.moreau@gmail.example>
Thu Nov 19 16:01:48 2026 Info: MID 1040569 interim AV verdict using Sophos CLEAN
Thu Nov 19 16:01:48 2026 Info: MID 1040569 DKIM: pass signature verified (d=gmail.example s=s9 i=@gmail.example)
Thu Nov 19 16:01:48 2026 Info: MID 1040569 SPF: mailfrom identity paul.moreau@gmail.example Pass (v=spf1)
Thu Nov 19 16:01:48 2026 Info: ICID 416044 close
Thu Nov 19 16:01:48 2026 Info: MID 1040569 using engine: CASE spam negative
Thu Nov 19 16:01:48 2026 Info: MID 1040569 antivirus negative
Thu Nov 19 16:01:48 2026 Info: MID 1040569 DMARC: Verification passed
Thu Nov 19 16:01:49 2026 Info: MID 1040569 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 16:01:49 2026 Info: MID 1040569 attachment 'invoice_18015.pdf'
Thu Nov 19 16:01:49 2026 Info: File reputation query initiating. File Name = 'invoice_18015.pdf', MID = 1040569, File Size = 388770 bytes, File Type = application/pdf
Thu Nov 19 16:01:49 2026 Info: MID 1040569 AMP file reputation verdict : UNKNOWN
Thu Nov 19 16:01:50 2026 Info: Response received for file reputation query from Cache. File Name = invoice_18015.pdf, MID = 1040569, Disposition = FILE UNKNOWN, Malware = None, Analysis Score = 0, sha256 = 15a0cce60e2ec40a29ca862d6e4505f5416e99b0e13e213ebdaaea00a01d616f, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Thu Nov 19 16:01:52 2026 Info: MID 1040569 queued for delivery
Thu Nov 19 16:01:54 2026 Info: New SMTP DCID 204045 interface 192.0.2.20 address 52.101.199.119 port 25
Thu Nov 19 16:01:54 2026 Info: DCID 204045 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 16:01:54 2026 Info: Delivery start DCID 204045 MID 1040569 to RID [0]
Thu Nov 19 16:01:56 2026 Info: Message done DCID 204045 MID 1040569 to RID [0]
Thu Nov 19 16:01:56 2026 Info: MID 1040569 RID [0] Response '2.0.0 Ok: queued as YgZfLxMP2MKhyFc3'
Thu Nov 19 16:01:56 2026 Info: Message finished MID 1040569 done
Thu Nov 19 16:01:56 2026 Info: DCID 204045 close
Thu Nov 19 17:32:28 2026 Info: New SMTP ICID 416045 interface IncomingMail (192.0.2.10) address 198.51.245.241 reverse dns host mail.client-b.example verified yes
Thu Nov 19 17:32:28 2026 Info: ICID 416045 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.1
Thu Nov 19 17:32:28 2026 Info: ICID 416045 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 17:32:28 2026 Info: Start MID 1040570 ICID 416045
Thu Nov 19 17:32:28 2026 Info: MID 1040570 ICID 416045 From: <ida.cohen@client-b.example>
Thu Nov 19 17:32:28 2026 Info: MID 1040570 ICID 416045 RID 0 To: <helpdesk@corp-mail.example>
Thu Nov 19 17:32:28 2026 Info: MID 1040570 ICID 416045 RID 1 To: <li.larsen@corp.example>
Thu Nov 19 17:32:28 2026 Info: MID 1040570 ICID 416045 RID 2 To: <ida.dubois@corp.example>
Thu Nov 19 17:32:28 2026 Info: MID 1040570 ICID 416045 RID 3 To: <yuki.ivanova@corp.example>
Thu Nov 19 17:32:28 2026 Info: MID 1040570 ICID 416045 RID 4 To: <noah.okafor90@corp.example>
Thu Nov 19 17:32:28 2026 Info: MID 1040570 ICID 416045 RID 5 To: <journal@corp.example>
Thu Nov 19 17:32:28 2026 Info: MID 1040570 Message-ID '<fd94357b783adf14dd08.93496@client-b.example>'
Thu Nov 19 17:32:28 2026 Info: MID 1040570 Subject 'Meeting notes'
Thu Nov 19 17:32:28 2026 Info: MID 1040570 ready 1336837 bytes from <ida.cohen@client-b.example>
Thu Nov 19 17:32:29 2026 Info: MID 1040570 DMARC: Verification passed
Thu Nov 19 17:32:29 2026 Info: MID 1040570 SPF: mailfrom identity ida.cohen@client-b.example Pass (v=spf1)
Thu Nov 19 17:32:29 2026 Info: MID 1040570 using engine: CASE spam negative
Thu Nov 19 17:32:29 2026 Info: ICID 416045 close
Thu Nov 19 17:32:29 2026 Info: MID 1040570 DKIM: pass signature verified (d=client-b.example s=s6 i=@client-b.example)
Thu Nov 19 17:32:30 2026 Info: MID 1040570 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 17:32:30 2026 Info: MID 1040570 attachment 'Q2 Report 2026.pdf'
Thu Nov 19 17:32:30 2026 Info: MID 1040570 AMP file reputation verdict : UNKNOWN
Thu Nov 19 17:32:31 2026 Info: MID 1040570 queued for delivery
Thu Nov 19 17:32:35 2026 Info: New SMTP DCID 204046 interface 192.0.2.20 address 52.101.200.56 port 25
Thu Nov 19 17:32:35 2026 Info: DCID 204046 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 17:32:35 2026 Info: Delivery start DCID 204046 MID 1040570 to RID [0, 1, 2, 3, 4, 5]
Thu Nov 19 17:32:35 2026 Info: Message done DCID 204046 MID 1040570 to RID [0, 1, 2, 3, 4, 5]
Thu Nov 19 17:32:35 2026 Info: MID 1040570 RID [0, 1, 2, 3, 4, 5] Response '2.6.0 [InternalId=952971973145, Hostname=AM0PR01MB9675.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 17:32:35 2026 Info: Message finished MID 1040570 done
Thu Nov 19 17:32:35 2026 Info: DCID 204046 close
Thu Nov 19 18:21:57 2026 Info: New SMTP ICID 416046 interface IncomingMail (192.0.2.10) address 198.51.80.32 reverse dns host mail.client-a.example verified yes
Thu Nov 19 18:21:57 2026 Info: ICID 416046 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.1
Thu Nov 19 18:21:57 2026 Info: ICID 416046 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 18:21:58 2026 Info: Start MID 1040571 ICID 416046
Thu Nov 19 18:21:58 2026 Info: MID 1040571 ICID 416046 From: <ida.obrien@client-a.example>
Thu Nov 19 18:21:58 2026 Info: MID 1040571 ICID 416046 RID 0 To: <leo.dubois@corp.example>
Thu Nov 19 18:21:58 2026 Info: MID 1040571 Message-ID '<fa764f8b7fb029f33afb.75077@client-a.example>'
Thu Nov 19 18:21:58 2026 Info: MID 1040571 Subject 'Budget 2027 – first numbers'
Thu Nov 19 18:21:58 2026 Info: MID 1040571 ready 5137 bytes from <ida.obrien@client-a.example>
Thu Nov 19 18:21:58 2026 Info: MID 1040571 SPF: mailfrom identity ida.obrien@client-a.example Pass (v=spf1)
Thu Nov 19 18:21:58 2026 Info: ICID 416046 close
Thu Nov 19 18:21:58 2026 Info: MID 1040571 DMARC: Verification passed
Thu Nov 19 18:21:58 2026 Info: MID 1040571 DKIM: pass signature verified (d=client-a.example s=s7 i=@client-a.example)
Thu Nov 19 18:21:58 2026 Info: MID 1040571 using engine: CASE spam negative
Thu Nov 19 18:21:58 2026 Info: New SMTP ICID 416047 interface IncomingMail (192.0.2.10) address 198.51.19.200 reverse dns host mail.bank.example verified yes
Thu Nov 19 18:21:58 2026 Info: ICID 416047 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.7
Thu Nov 19 18:21:58 2026 Info: ICID 416047 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 18:21:59 2026 Info: Start MID 1040572 ICID 416047
Thu Nov 19 18:21:59 2026 Info: MID 1040572 ICID 416047 From: <hugo.weber@bank.example>
Thu Nov 19 18:21:59 2026 Info: MID 1040572 ICID 416047 RID 0 To: <omar.mendes@corp.example>
Thu Nov 19 18:21:59 2026 Info: MID 1040571 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 18:21:59 2026 Info: New SMTP ICID 416048 interface IncomingMail (192.0.2.10) address 198.51.27.195 reverse dns host mail.bank.example verified yes
Thu Nov 19 18:21:59 2026 Info: ICID 416048 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.4
Thu Nov 19 18:21:59 2026 Info: ICID 416048 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 18:21:59 2026 Info: Start MID 1040573 ICID 416048
Thu Nov 19 18:21:59 2026 Info: MID 1040573 ICID 416048 From: <mary.mendes@bank.example>
Thu Nov 19 18:21:59 2026 Info: MID 1040573 ICID 416048 RID 0 To: <lena.sato@corp.example>
Thu Nov 19 18:21:59 2026 Info: MID 1040571 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 18:21:59 2026 Info: MID 1040573 Message-ID "<o'hara.423f38dfe52@bank.example>"
Thu Nov 19 18:21:59 2026 Info: MID 1040573 Subject 'Café menu for next week'
Thu Nov 19 18:21:59 2026 Info: MID 1040573 ready 681117 bytes from <mary.mendes@bank.example>
Thu Nov 19 18:21:59 2026 Info: ICID 416048 close
Thu Nov 19 18:21:59 2026 Info: MID 1040572 Message-ID '<ce5b09abfbcde6815151.23344@bank.example>'
Thu Nov 19 18:21:59 2026 Info: MID 1040572 Subject 'Budget 2027 – first numbers'
Thu Nov 19 18:21:59 2026 Info: MID 1040572 ready 109818 bytes from <hugo.weber@bank.example>
Thu Nov 19 18:21:59 2026 Info: MID 1040572 DMARC: Verification passed
Thu Nov 19 18:21:59 2026 Info: MID 1040573 DKIM: pass signature verified (d=bank.example s=s6 i=@bank.example)
Thu Nov 19 18:21:59 2026 Info: MID 1040573 interim AV verdict using Sophos CLEAN
Thu Nov 19 18:21:59 2026 Info: MID 1040573 antivirus negative
Thu Nov 19 18:21:59 2026 Info: MID 1040573 SPF: mailfrom identity mary.mendes@bank.example Pass (v=spf1)
Thu Nov 19 18:22:00 2026 Info: MID 1040573 DMARC: Verification passed
Thu Nov 19 18:22:00 2026 Info: ICID 416047 close
Thu Nov 19 18:22:00 2026 Info: MID 1040572 SPF: mailfrom identity hugo.weber@bank.example Pass (v=spf1)
Thu Nov 19 18:22:00 2026 Info: MID 1040573 using engine: CASE spam negative
Thu Nov 19 18:22:00 2026 Info: MID 1040572 DKIM: pass signature verified (d=bank.example s=s9 i=@bank.example)
Thu Nov 19 18:22:00 2026 Info: MID 1040572 using engine: CASE spam negative
Thu Nov 19 18:22:00 2026 Info: MID 1040572 interim AV verdict using Sophos CLEAN
Thu Nov 19 18:22:00 2026 Info: MID 1040572 antivirus negative
Thu Nov 19 18:22:00 2026 Info: MID 1040572 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 18:22:00 2026 Info: MID 1040572 attachment 'minutes-48728.docx'
Thu Nov 19 18:22:00 2026 Info: File reputation query initiating. File Name = 'minutes-48728.docx', MID = 1040572, File Size = 67961 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Thu Nov 19 18:22:00 2026 Info: Response received for file reputation query from Cache. File Name = 'minutes-48728.docx', MID = 1040572, Disposition = CLEAN, Malware = None, Reputation Score = 0, sha256 = 5b49156137c60e984f3e885ee1e437b7f735efe608d180113e940bb452d31e1b, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Thu Nov 19 18:22:00 2026 Info: MID 1040572 attachment 'image002.jpg'
Thu Nov 19 18:22:00 2026 Info: File reputation query initiating. File Name = 'image002.jpg', MID = 1040572, File Size = 10328 bytes, File Type = image/jpeg
Thu Nov 19 18:22:00 2026 Info: MID 1040572 AMP file reputation verdict : CLEAN
Thu Nov 19 18:22:00 2026 Info: MID 1040571 queued for delivery
Thu Nov 19 18:22:00 2026 Info: Response received for file reputation query from Cloud. File Name = 'image002.jpg', MID = 1040572, Disposition = CLEAN, Malware = None, Analysis Score = 5, sha256 = 679f2d9ec4445aaea01ac23acfd3bb743f7dc86b692a4f0ea1b49bf707c0909c, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Thu Nov 19 18:22:01 2026 Info: MID 1040573 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 18:22:01 2026 Info: New SMTP DCID 204047 interface 192.0.2.20 address 52.101.161.236 port 25
Thu Nov 19 18:22:01 2026 Info: DCID 204047 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 18:22:01 2026 Info: Delivery start DCID 204047 MID 1040571 to RID [0]
Thu Nov 19 18:22:01 2026 Info: MID 1040573 attachment 'Q3=20Report=202026.pdf'
Thu Nov 19 18:22:01 2026 Info: MID 1040573 attachment 'Report,Final=20Draft:=20Revenue=20(Q3),Approved.pdf'
Thu Nov 19 18:22:01 2026 Info: MID 1040573 AMP file reputation verdict : CLEAN
Thu Nov 19 18:22:01 2026 Info: MID 1040572 queued for delivery
Thu Nov 19 18:22:03 2026 Info: New SMTP DCID 204048 interface 192.0.2.20 address 52.101.94.189 port 25
Thu Nov 19 18:22:03 2026 Info: DCID 204048 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 18:22:03 2026 Info: Delivery start DCID 204048 MID 1040572 to RID [0]
Thu Nov 19 18:22:03 2026 Info: MID 1040573 queued for delivery
Thu Nov 19 18:22:03 2026 Info: Message done DCID 204047 MID 1040571 to RID [0]
Thu Nov 19 18:22:03 2026 Info: MID 1040571 RID [0] Response '2.6.0 [InternalId=213368343594, Hostname=AM0PR01MB5221.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 18:22:03 2026 Info: Message finished MID 1040571 done
Thu Nov 19 18:22:03 2026 Info: DCID 204047 close
Thu Nov 19 18:22:04 2026 Info: Message done DCID 204048 MID 1040572 to RID [0]
Thu Nov 19 18:22:04 2026 Info: MID 1040572 RID [0] Response '2.0.0 Ok: queued as RLHB8KdiP3Q3sjmD'
Thu Nov 19 18:22:04 2026 Info: Message finished MID 1040572 done
Thu Nov 19 18:22:04 2026 Info: New SMTP DCID 204049 interface 192.0.2.20 address 52.101.230.50 port 25
Thu Nov 19 18:22:04 2026 Info: DCID 204049 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 18:22:04 2026 Info: Delivery start DCID 204049 MID 1040573 to RID [0]
Thu Nov 19 18:22:04 2026 Info: DCID 204048 close
Thu Nov 19 18:22:06 2026 Info: Message done DCID 204049 MID 1040573 to RID [0]
Thu Nov 19 18:22:06 2026 Info: MID 1040573 RID [0] Response '2.6.0 [InternalId=542886475018, Hostname=AM0PR01MB5014.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 18:22:06 2026 Info: Message finished MID 1040573 done
Thu Nov 19 18:22:06 2026 Info: DCID 204049 close
Thu Nov 19 18:44:05 2026 Info: New SMTP ICID 416049 interface IncomingMail (192.0.2.10) address 198.51.140.134 reverse dns host mail.travel.example verified yes
Thu Nov 19 18:44:05 2026 Info: ICID 416049 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.8
Thu Nov 19 18:44:05 2026 Info: ICID 416049 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 18:44:05 2026 Info: Start MID 1040574 ICID 416049
Thu Nov 19 18:44:05 2026 Info: MID 1040574 ICID 416049 From: <raj.kim@travel.example>
Thu Nov 19 18:44:05 2026 Info: MID 1040574 ICID 416049 RID 0 To: <kofi.moreau@corp.example>
Thu Nov 19 18:44:05 2026 Info: MID 1040574 Message-ID '<c6cac6faffa1c2ced0b4.92342@travel.example>'
Thu Nov 19 18:44:05 2026 Info: MID 1040574 Subject 'Weekly newsletter #74855'
Thu Nov 19 18:44:05 2026 Info: MID 1040574 ready 37711 bytes from <raj.kim@travel.example>
Thu Nov 19 18:44:06 2026 Info: ICID 416049 close
Thu Nov 19 18:44:06 2026 Info: MID 1040574 DKIM: pass signature verified (d=travel.example s=s5 i=@travel.example)
Thu Nov 19 18:44:06 2026 Info: MID 1040574 interim AV verdict using Sophos CLEAN
Thu Nov 19 18:44:06 2026 Info: MID 1040574 antivirus negative
Thu Nov 19 18:44:06 2026 Info: MID 1040574 SPF: mailfrom identity raj.kim@travel.example Pass (v=spf1)
Thu Nov 19 18:44:06 2026 Info: MID 1040574 DMARC: Verification passed
Thu Nov 19 18:44:06 2026 Info: MID 1040574 using engine: CASE spam negative
Thu Nov 19 18:44:07 2026 Info: MID 1040574 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 18:44:07 2026 Info: MID 1040574 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 18:44:08 2026 Info: MID 1040574 queued for delivery
Thu Nov 19 18:44:09 2026 Info: New SMTP DCID 204050 interface 192.0.2.20 address 52.101.108.47 port 25
Thu Nov 19 18:44:09 2026 Info: DCID 204050 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 18:44:09 2026 Info: Delivery start DCID 204050 MID 1040574 to RID [0]
Thu Nov 19 18:44:11 2026 Info: Message done DCID 204050 MID 1040574 to RID [0]
Thu Nov 19 18:44:11 2026 Info: MID 1040574 RID [0] Response '2.6.0 [InternalId=712999992656, Hostname=AM0PR01MB2592.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 18:44:11 2026 Info: Message finished MID 1040574 done
Thu Nov 19 18:44:11 2026 Info: DCID 204050 close
Thu Nov 19 18:58:35 2026 Info: New SMTP ICID 416050 interface IncomingMail (192.0.2.10) address 198.51.238.222 reverse dns host mail.bank.example verified yes
Thu Nov 19 18:58:35 2026 Info: ICID 416050 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.4
Thu Nov 19 18:58:35 2026 Info: ICID 416050 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 18:58:36 2026 Info: Start MID 1040575 ICID 416050
Thu Nov 19 18:58:36 2026 Info: MID 1040575 ICID 416050 From: <sofia.walsh@bank.example>
Thu Nov 19 18:58:36 2026 Info: MID 1040575 ICID 416050 RID 0 To: <ravi.obrien@corp.example>
Thu Nov 19 18:58:36 2026 Info: MID 1040575 Message-ID '<CA/jxudfC3tFpxM5uWkx43Tk+zLJ+AICpCS+QdWzBcD_@mail.bank.example>'
Thu Nov 19 18:58:36 2026 Info: MID 1040575 Subject 'Lunch on Friday?'
Thu Nov 19 18:58:36 2026 Info: MID 1040575 ready 90556 bytes from <sofia.walsh@bank.example>
Thu Nov 19 18:58:36 2026 Info: MID 1040575 DKIM: pass signature verified (d=bank.example s=s6 i=@bank.example)
Thu Nov 19 18:58:36 2026 Info: ICID 416050 close
Thu Nov 19 18:58:36 2026 Info: MID 1040575 DMARC: Verification passed
Thu Nov 19 18:58:36 2026 Info: MID 1040575 SPF: mailfrom identity sofia.walsh@bank.example Pass (v=spf1)
Thu Nov 19 18:58:36 2026 Info: MID 1040575 using engine: CASE spam negative
Thu Nov 19 18:58:36 2026 Info: MID 1040575 antivirus negative
Thu Nov 19 18:58:36 2026 Info: MID 1040575 interim AV verdict using Sophos CLEAN
Thu Nov 19 18:58:36 2026 Info: New SMTP ICID 416051 interface OutgoingMail (192.0.2.11) address 10.20.0.178 reverse dns host exch1.corp.example verified yes
Thu Nov 19 18:58:36 2026 Info: ICID 416051 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 18:58:36 2026 Info: Start MID 1040576 ICID 416051
Thu Nov 19 18:58:36 2026 Info: MID 1040576 ICID 416051 From: <sara.novak23@corp.example>
Thu Nov 19 18:58:36 2026 Info: MID 1040576 ICID 416051 RID 0 To: <ana.mendes@supplier.example>
Thu Nov 19 18:58:36 2026 Info: MID 1040576 Message-ID '<2fcfdf0304d5fbcd4288.72056@corp.example>'
Thu Nov 19 18:58:36 2026 Info: MID 1040576 Subject 'Candidate CV 54956'
Thu Nov 19 18:58:36 2026 Info: MID 1040576 ready 820341 bytes from <sara.novak23@corp.example>
Thu Nov 19 18:58:36 2026 Info: MID 1040576 SPF: mailfrom identity sara.novak23@corp.example Pass (v=spf1)
Thu Nov 19 18:58:36 2026 Info: MID 1040576 DKIM: pass signature verified (d=corp.example s=s4 i=@corp.example)
Thu Nov 19 18:58:36 2026 Info: ICID 416051 close
Thu Nov 19 18:58:37 2026 Info: MID 1040576 using engine: CASE spam negative
Thu Nov 19 18:58:37 2026 Info: MID 1040576 DMARC: Verification passed
Thu Nov 19 18:58:37 2026 Info: MID 1040575 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 18:58:37 2026 Info: MID 1040575 attachment 'image002.jpg'
Thu Nov 19 18:58:37 2026 Info: MID 1040575 AMP file reputation verdict : CLEAN
Thu Nov 19 18:58:38 2026 Info: MID 1040576 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 18:58:38 2026 Info: MID 1040575 queued for delivery
Thu Nov 19 18:58:38 2026 Info: MID 1040576 attachment 'Q1=20Report=202026.pdf'
Thu Nov 19 18:58:38 2026 Info: File reputation query initiating. File Name = 'Q1 Report 2026.pdf', MID = 1040576, File Size = 588237 bytes, File Type = application/pdf
Thu Nov 19 18:58:38 2026 Info: MID 1040576 AMP file reputation verdict : CLEAN
Thu Nov 19 18:58:39 2026 Info: Response received for file reputation query from Cache. FileName = 'Q1 Report 2026.pdf', MID = 1040576, Disposition = CLEAN, Malware = None,Reputation Score = 0, sha256 =a1320b9d4de2f8ad4cb59aa705c22d3f64dbc8d30aaaaf81963892a766465d28, upload_action = 2
Thu Nov 19 18:58:40 2026 Info: MID 1040576 queued for delivery
Thu Nov 19 18:58:42 2026 Info: New SMTP DCID 204051 interface 192.0.2.20 address 52.101.243.199 port 25
Thu Nov 19 18:58:42 2026 Info: DCID 204051 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 18:58:42 2026 Info: Delivery start DCID 204051 MID 1040575 to RID [0]
Thu Nov 19 18:58:43 2026 Info: New SMTP DCID 204052 interface 192.0.2.20 address 203.0.113.140 port 25
Thu Nov 19 18:58:43 2026 Info: DCID 204052 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 18:58:43 2026 Info: Delivery start DCID 204052 MID 1040576 to RID [0]
Thu Nov 19 18:58:44 2026 Info: Message done DCID 204051 MID 1040575 to RID [0]
Thu Nov 19 18:58:44 2026 Info: MID 1040575 RID [0] Response '2.6.0 [InternalId=889432096251, Hostname=AM0PR01MB8400.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 18:58:44 2026 Info: Message finished MID 1040575 done
Thu Nov 19 18:58:44 2026 Info: DCID 204051 close
Thu Nov 19 18:58:44 2026 Info: Message done DCID 204052 MID 1040576 to RID [0]
Thu Nov 19 18:58:44 2026 Info: MID 1040576 RID [0] Response '2.0.0 Ok: queued as giGZzYkAmEW6cRvb'
Thu Nov 19 18:58:44 2026 Info: Message finished MID 1040576 done
Thu Nov 19 18:58:44 2026 Info: DCID 204052 close
Thu Nov 19 19:15:51 2026 Info: New SMTP ICID 416052 interface IncomingMail (192.0.2.10) address 198.51.125.164 reverse dns host mail.secure-docs.example verified yes
Thu Nov 19 19:15:51 2026 Info: ICID 416052 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.0
Thu Nov 19 19:15:51 2026 Info: ICID 416052 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 19:15:51 2026 Info: Start MID 1040577 ICID 416052
Thu Nov 19 19:15:51 2026 Info: MID 1040577 ICID 416052 From: <admin@secure-docs.example>
Thu Nov 19 19:15:51 2026 Info: MID 1040577 ICID 416052 RID 0 To: <finance-archive@corp.example>
Thu Nov 19 19:15:51 2026 Info: MID 1040577 ICID 416052 RID 1 To: <li.larsen@corp.example>
Thu Nov 19 19:15:51 2026 Info: MID 1040577 Message-ID '<aee28eca205b613f%51#&6b2a7@secure-docs.example>'
Thu Nov 19 19:15:51 2026 Info: MID 1040577 Subject 'Your document is ready'
Thu Nov 19 19:15:51 2026 Info: MID 1040577 ready 1447735 bytes from <admin@secure-docs.example>
Thu Nov 19 19:15:51 2026 Info: ICID 416052 close
Thu Nov 19 19:15:51 2026 Info: MID 1040577 using engine: CASE spam negative
Thu Nov 19 19:15:52 2026 Info: MID 1040577 SPF: mailfrom identity admin@secure-docs.example Pass (v=spf1)
Thu Nov 19 19:15:52 2026 Info: MID 1040577 URL https://www.secure-docs.example/t/72cf828bb7 has reputation 7.9 matched Condition: URL Reputation Rule
Thu Nov 19 19:15:52 2026 Info: MID 1040577 Outbreak Filters: verdict negative
Thu Nov 19 19:15:52 2026 Info: MID 1040577 was split creating MID 1040578 due to a per-recipient policy DEFAULT in the inbound table
Thu Nov 19 19:15:52 2026 Info: MID 1040578 ICID 0 From: <admin@secure-docs.example>
Thu Nov 19 19:15:52 2026 Info: MID 1040578 ICID 0 RID 0 To: <li.larsen@corp.example>
Thu Nov 19 19:15:52 2026 Info: MID 1040578 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 19:15:52 2026 Info: MID 1040577 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 19:15:52 2026 Info: MID 1040578 AMP file reputation verdict : MALICIOUS
Thu Nov 19 19:15:52 2026 Info: MID 1040577 attachment 'mod-2634.exe'
Thu Nov 19 19:15:52 2026 Info: File reputation query initiating. File Name = 'mod-2634.exe', MID = 1040577, File Size = 1076795 bytes, File Type = application/x-dosexec
Thu Nov 19 19:15:52 2026 Info: MID 1040577 AMP file reputation verdict : MALICIOUS
Thu Nov 19 19:15:53 2026 Info: Response received for file reputation query from Cloud. File Name = 'mod-2634.exe', MID = 1040577, Disposition = MALICIOUS, Malware = W32.ACFB2D5E37-100.SBX.TG, Reputation Score = 93, sha256 = acfb2d5e37bac233b1330c3f197a14e2ac084ba5f8f659ac44ce4ab37c5d42dc, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Thu Nov 19 19:15:53 2026 Info: Message aborted MID 1040578 Dropped by amp
Thu Nov 19 19:15:53 2026 Info: Message finished MID 1040578 done
Thu Nov 19 19:15:53 2026 Info: New SMTP DCID 204053 interface 192.0.2.20 address 192.0.2.50 port 6025
Thu Nov 19 19:15:53 2026 Info: Delivery start DCID 204053 MID 1040577 to RID [0] to offbox IronPort Spam Quarantine
Thu Nov 19 19:15:53 2026 Info: Message done DCID 204053 MID 1040577 to RID [0] (external quarantine)
Thu Nov 19 19:15:53 2026 Info: Message finished MID 1040577 done
Thu Nov 19 19:15:53 2026 Info: DCID 204053 close
Thu Nov 19 19:36:16 2026 Info: New SMTP ICID 416053 interface IncomingMail (192.0.2.10) address 198.51.13.45 reverse dns host mail.partner.example verified yes
Thu Nov 19 19:36:16 2026 Info: ICID 416053 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.0
Thu Nov 19 19:36:16 2026 Info: ICID 416053 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 19:36:16 2026 Info: Start MID 1040579 ICID 416053
Thu Nov 19 19:36:16 2026 Info: MID 1040579 ICID 416053 From: <ewa.obrien@partner.example>
Thu Nov 19 19:36:16 2026 Info: MID 1040579 ICID 416053 RID 0 To: <omar.mendes@corp.example>
Thu Nov 19 19:36:16 2026 Info: MID 1040579 Message-ID '<38fc2bedcbc2ad98115d.76934@partner.example>'
Thu Nov 19 19:36:16 2026 Info: MID 1040579 Subject 'Quarterly report'
Thu Nov 19 19:36:16 2026 Info: MID 1040579 ready 529615 bytes from <ewa.obrien@partner.example>
Thu Nov 19 19:36:16 2026 Info: ICID 416053 close
Thu Nov 19 19:36:17 2026 Info: MID 1040579 URL https://www.partner.example/t/4aca97f42c has reputation 0.0 matched Condition: URL Reputation Rule
Thu Nov 19 19:36:17 2026 Info: MID 1040579 SPF: mailfrom identity ewa.obrien@partner.example Pass (v=spf1)
Thu Nov 19 19:36:17 2026 Info: MID 1040579 using engine: CASE spam negative
Thu Nov 19 19:36:17 2026 Info: MID 1040579 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 19:36:17 2026 Info: MID 1040579 attachment 'image001.png'
Thu Nov 19 19:36:17 2026 Info: File reputation query initiating. File Name = 'image001.png', MID = 1040579, File Size = 18851 bytes, File Type = image/png
Thu Nov 19 19:36:17 2026 Info: MID 1040579 attachment 'Q1=20Report=202026.pdf'
Thu Nov 19 19:36:17 2026 Info: File reputation query initiating. File Name = 'Q1 Report 2026.pdf', MID = 1040579, File Size = 371697 bytes, File Type = application/pdf
Thu Nov 19 19:36:17 2026 Info: MID 1040579 AMP file reputation verdict : UNKNOWN
Thu Nov 19 19:36:17 2026 Info: Response received for file reputation query from Cache. File Name = 'Q1 Report 2026.pdf', MID = 1040579, Disposition = FILE UNKNOWN, Malware = None, Analysis Score = 0, sha256 = c17a9262453bf4912e7a26e9c76c603fe7e8f9f60a227385459c945c43fc0527, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Thu Nov 19 19:36:18 2026 Info: Response received for file reputation query from Cloud. File Name = 'image001.png', MID = 1040579, Disposition = LOWRISK, Malware = None, Reputation Score = 0, sha256 = 577c06be3f9d05fc64131dffc0cd4e3e48c849d7befb88fef2b52893b0cda2a5, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Thu Nov 19 19:36:19 2026 Info: MID 1040579 queued for delivery
Thu Nov 19 19:36:21 2026 Info: New SMTP DCID 204054 interface 192.0.2.20 address 52.101.209.79 port 25
Thu Nov 19 19:36:21 2026 Info: DCID 204054 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 19:36:21 2026 Info: Delivery start DCID 204054 MID 1040579 to RID [0]
Thu Nov 19 19:36:24 2026 Info: Message done DCID 204054 MID 1040579 to RID [0]
Thu Nov 19 19:36:24 2026 Info: MID 1040579 RID [0] Response '2.6.0 [InternalId=374726935467, Hostname=AM0PR01MB7629.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 19:36:24 2026 Info: DCID 204054 close
Thu Nov 19 19:36:24 2026 Info: Message finished MID 1040579 done
Thu Nov 19 20:26:55 2026 Info: New SMTP ICID 416054 interface IncomingMail (192.0.2.10) address 198.51.106.37 reverse dns host mail.client-b.example verified yes
Thu Nov 19 20:26:55 2026 Info: ICID 416054 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.0
Thu Nov 19 20:26:55 2026 Info: ICID 416054 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 20:26:55 2026 Info: Start MID 1040580 ICID 416054
Thu Nov 19 20:26:55 2026 Info: MID 1040580 ICID 416054 From: <noah.ivanova@client-b.example>
Thu Nov 19 20:26:55 2026 Info: MID 1040580 ICID 416054 RID 0 To: <ravi.nguyen48@corp.example>
Thu Nov 19 20:26:55 2026 Info: MID 1040580 ICID 416054 RID 1 To: <lena.novak@corp.example>
Thu Nov 19 20:26:55 2026 Info: MID 1040580 ICID 416054 RID 2 To: <journal@corp.example>
Thu Nov 19 20:26:55 2026 Info: MID 1040580 ICID 416054 RID 3 To: <ivan.okafor@corp.example>
Thu Nov 19 20:26:55 2026 Info: MID 1040580 ICID 416054 RID 4 To: <sara.novak@corp.example>
Thu Nov 19 20:26:55 2026 Info: MID 1040580 ICID 416054 RID 5 To: <tom.weber@corp.example>
Thu Nov 19 20:26:55 2026 Info: MID 1040580 ICID 416054 RID 6 To: <Ines.Berg@Corp.Example>
Thu Nov 19 20:26:56 2026 Info: MID 1040580 Message-ID '<3923a0e89378640de113.63356@client-b.example>'
Thu Nov 19 20:26:56 2026 Info: MID 1040580 Subject 'Budget 2027 – first numbers'
Thu Nov 19 20:26:56 2026 Info: MID 1040580 ready 8487 bytes from <noah.ivanova@client-b.example>
Thu Nov 19 20:26:56 2026 Info: MID 1040580 using engine: CASE spam negative
Thu Nov 19 20:26:56 2026 Info: MID 1040580 SPF: mailfrom identity noah.ivanova@client-b.example Pass (v=spf1)
Thu Nov 19 20:26:56 2026 Info: MID 1040580 DMARC: Verification passed
Thu Nov 19 20:26:56 2026 Info: ICID 416054 close
Thu Nov 19 20:26:56 2026 Info: MID 1040580 DKIM: pass signature verified (d=client-b.example s=s9 i=@client-b.example)
Thu Nov 19 20:26:57 2026 Info: MID 1040580 was split creating MID 1040581 due to a per-recipient policy Finance in the inbound table
Thu Nov 19 20:26:57 2026 Info: MID 1040581 ICID 0 From: <noah.ivanova@client-b.example>
Thu Nov 19 20:26:57 2026 Info: MID 1040581 ICID 0 RID 0 To: <lena.novak@corp.example>
Thu Nov 19 20:26:57 2026 Info: MID 1040580 was split creating MID 1040582 due to a per-recipient policy Engineering in the inbound table
Thu Nov 19 20:26:57 2026 Info: MID 1040582 ICID 0 From: <noah.ivanova@client-b.example>
Thu Nov 19 20:26:57 2026 Info: MID 1040582 ICID 0 RID 0 To: <ivan.okafor@corp.example>
Thu Nov 19 20:26:57 2026 Info: MID 1040582 ICID 0 RID 1 To: <sara.novak@corp.example>
Thu Nov 19 20:26:57 2026 Info: MID 1040582 ICID 0 RID 2 To: <tom.weber@corp.example>
Thu Nov 19 20:26:57 2026 Info: MID 1040582 ICID 0 RID 3 To: <Ines.Berg@Corp.Example>
Thu Nov 19 20:26:57 2026 Info: MID 1040581 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 20:26:57 2026 Info: MID 1040580 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 20:26:57 2026 Info: MID 1040580 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 20:26:57 2026 Info: MID 1040581 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 20:26:57 2026 Info: MID 1040582 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 20:26:57 2026 Info: MID 1040582 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 20:26:58 2026 Info: MID 1040582 queued for delivery
Thu Nov 19 20:26:58 2026 Info: MID 1040580 queued for delivery
Thu Nov 19 20:26:59 2026 Info: New SMTP ICID 416055 interface OutgoingMail (192.0.2.11) address 10.20.8.195 reverse dns host exch3.corp.example verified yes
Thu Nov 19 20:26:59 2026 Info: ICID 416055 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 20:26:59 2026 Info: MID 1040581 queued for delivery
Thu Nov 19 20:26:59 2026 Info: Start MID 1040584 ICID 416055
Thu Nov 19 20:26:59 2026 Info: MID 1040584 ICID 416055 From: <ines.berg@corp.example>
Thu Nov 19 20:26:59 2026 Info: MID 1040584 ICID 416055 RID 0 To: <leo.jensen@gmail.example>
Thu Nov 19 20:26:59 2026 Info: MID 1040583 was generated based on MID 1040581 by bcc filter 'Finance_Archive'
Thu Nov 19 20:26:59 2026 Info: MID 1040583 ICID 0 From: <noah.ivanova@client-b.example>
Thu Nov 19 20:26:59 2026 Info: MID 1040583 ICID 0 RID 0 To: <finance-archive@corp.example>
Thu Nov 19 20:26:59 2026 Info: MID 1040583 Message-ID '<3923a0e89378640de113.63356@client-b.example>'
Thu Nov 19 20:26:59 2026 Info: MID 1040583 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 20:26:59 2026 Info: MID 1040583 queued for delivery
Thu Nov 19 20:26:59 2026 Info: MID 1040584 Message-ID '<fff3ae38afb7181f62e1.95967@corp.example>'
Thu Nov 19 20:26:59 2026 Info: MID 1040584 Subject 'FW: contract draft'
Thu Nov 19 20:26:59 2026 Info: MID 1040584 ready 29167 bytes from <ines.berg@corp.example>
Thu Nov 19 20:26:59 2026 Info: MID 1040584 DKIM: pass signature verified (d=corp.example s=s8 i=@corp.example)
Thu Nov 19 20:26:59 2026 Info: ICID 416055 close
Thu Nov 19 20:26:59 2026 Info: MID 1040584 DMARC: Verification passed
Thu Nov 19 20:26:59 2026 Info: MID 1040584 SPF: mailfrom identity ines.berg@corp.example Pass (v=spf1)
Thu Nov 19 20:26:59 2026 Info: MID 1040584 using engine: CASE spam negative
Thu Nov 19 20:27:00 2026 Info: MID 1040584 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 20:27:00 2026 Info: MID 1040584 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 20:27:00 2026 Info: New SMTP DCID 204057 interface 192.0.2.20 address 52.101.133.51 port 25
Thu Nov 19 20:27:00 2026 Info: DCID 204057 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 20:27:00 2026 Info: Delivery start DCID 204057 MID 1040583 to RID [0]
Thu Nov 19 20:27:01 2026 Info: New SMTP DCID 204058 interface 192.0.2.20 address 52.101.80.176 port 25
Thu Nov 19 20:27:01 2026 Info: DCID 204058 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 20:27:01 2026 Info: Delivery start DCID 204058 MID 1040582 to RID [0, 1, 2, 3]
Thu Nov 19 20:27:01 2026 Info: Message done DCID 204058 MID 1040582 to RID [0, 1, 2, 3]
Thu Nov 19 20:27:01 2026 Info: MID 1040582 RID [0, 1, 2, 3] Response '2.0.0 Ok: queued as q56ce7ZQ8AZjs8tR'
Thu Nov 19 20:27:01 2026 Info: Message finished MID 1040582 done
Thu Nov 19 20:27:01 2026 Info: DCID 204058 close
Thu Nov 19 20:27:02 2026 Info: MID 1040584 queued for delivery
Thu Nov 19 20:27:02 2026 Info: New SMTP DCID 204056 interface 192.0.2.20 address 52.101.100.70 port 25
Thu Nov 19 20:27:02 2026 Info: DCID 204056 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 20:27:02 2026 Info: Delivery start DCID 204056 MID 1040581 to RID [0]
Thu Nov 19 20:27:02 2026 Info: New SMTP DCID 204055 interface 192.0.2.20 address 52.101.73.7 port 25
Thu Nov 19 20:27:02 2026 Info: DCID 204055 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 20:27:02 2026 Info: Delivery start DCID 204055 MID 1040580 to RID [0, 2]
Thu Nov 19 20:27:02 2026 Info: Message done DCID 204055 MID 1040580 to RID [0, 2]
Thu Nov 19 20:27:02 2026 Info: MID 1040580 RID [0, 2] Response '2.6.0 [InternalId=626351270597, Hostname=AM0PR01MB9849.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 20:27:02 2026 Info: Message finished MID 1040580 done
Thu Nov 19 20:27:02 2026 Info: DCID 204055 close
Thu Nov 19 20:27:02 2026 Info: Message done DCID 204056 MID 1040581 to RID [0]
Thu Nov 19 20:27:02 2026 Info: MID 1040581 RID [0] Response '2.6.0 [InternalId=958730893593, Hostname=AM0PR01MB9804.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 20:27:02 2026 Info: Message finished MID 1040581 done
Thu Nov 19 20:27:02 2026 Info: DCID 204056 close
Thu Nov 19 20:27:03 2026 Info: Message done DCID 204057 MID 1040583 to RID [0]
Thu Nov 19 20:27:03 2026 Info: MID 1040583 RID [0] Response '2.6.0 [InternalId=294515985236, Hostname=AM0PR01MB8738.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 20:27:03 2026 Info: Message finished MID 1040583 done
Thu Nov 19 20:27:03 2026 Info: DCID 204057 close
Thu Nov 19 20:27:05 2026 Info: New SMTP DCID 204059 interface 192.0.2.20 address 203.0.113.192 port 25
Thu Nov 19 20:27:05 2026 Info: DCID 204059 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 20:27:05 2026 Info: Delivery start DCID 204059 MID 1040584 to RID [0]
Thu Nov 19 20:27:07 2026 Info: Message done DCID 204059 MID 1040584 to RID [0]
Thu Nov 19 20:27:07 2026 Info: MID 1040584 RID [0] Response '2.0.0 Ok: queued as Ug3SM36s8xkph2Rv'
Thu Nov 19 20:27:07 2026 Info: Message finished MID 1040584 done
Thu Nov 19 20:27:07 2026 Info: DCID 204059 close
Thu Nov 19 21:26:23 2026 Info: New SMTP ICID 416056 interface IncomingMail (192.0.2.10) address 198.51.206.246 reverse dns host mail.logistics.example verified yes
Thu Nov 19 21:26:23 2026 Info: ICID 416056 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.0
Thu Nov 19 21:26:23 2026 Info: ICID 416056 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 21:26:23 2026 Info: Start MID 1040585 ICID 416056
Thu Nov 19 21:26:23 2026 Info: MID 1040585 ICID 416056 From: <mia.sato@logistics.example>
Thu Nov 19 21:26:23 2026 Info: MID 1040585 ICID 416056 RID 0 To: <ewa.jensen@corp.example>
Thu Nov 19 21:26:23 2026 Info: MID 1040585 Message-ID "<o'brien.e12713ca3d6c@logistics.example>"
Thu Nov 19 21:26:23 2026 Info: MID 1040585 Subject 'Scan from copier 21040'
Thu Nov 19 21:26:23 2026 Info: MID 1040585 ready 52415 bytes from <mia.sato@logistics.example>
Thu Nov 19 21:26:23 2026 Info: MID 1040585 DKIM: pass signature verified (d=logistics.example s=s8 i=@logistics.example)
Thu Nov 19 21:26:23 2026 Info: MID 1040585 SPF: mailfrom identity mia.sato@logistics.example Pass (v=spf1)
Thu Nov 19 21:26:23 2026 Info: MID 1040585 using engine: CASE spam negative
Thu Nov 19 21:26:23 2026 Info: ICID 416056 close
Thu Nov 19 21:26:23 2026 Info: MID 1040585 interim AV verdict using Sophos CLEAN
Thu Nov 19 21:26:23 2026 Info: MID 1040585 antivirus negative
Thu Nov 19 21:26:23 2026 Info: MID 1040585 DMARC: Verification passed
Thu Nov 19 21:26:24 2026 Info: MID 1040585 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 21:26:24 2026 Info: MID 1040585 attachment 'notes.txt'
Thu Nov 19 21:26:24 2026 Info: MID 1040585 AMP file reputation verdict : CLEAN
Thu Nov 19 21:26:25 2026 Info: MID 1040585 queued for delivery
Thu Nov 19 21:26:26 2026 Info: New SMTP DCID 204060 interface 192.0.2.20 address 52.101.30.51 port 25
Thu Nov 19 21:26:26 2026 Info: DCID 204060 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 21:26:26 2026 Info: Delivery start DCID 204060 MID 1040585 to RID [0]
Thu Nov 19 21:26:27 2026 Info: Message done DCID 204060 MID 1040585 to RID [0]
Thu Nov 19 21:26:27 2026 Info: MID 1040585 RID [0] Response '2.6.0 [InternalId=916664855004, Hostname=AM0PR01MB1613.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 21:26:27 2026 Info: DCID 204060 close
Thu Nov 19 21:26:27 2026 Info: Message finished MID 1040585 done
Thu Nov 19 21:27:03 2026 Info: New SMTP ICID 416057 interface IncomingMail (192.0.2.10) address 198.51.66.156 reverse dns host mail.partner.example verified yes
Thu Nov 19 21:27:03 2026 Info: ICID 416057 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.4
Thu Nov 19 21:27:03 2026 Info: ICID 416057 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 21:27:03 2026 Info: Start MID 1040586 ICID 416057
Thu Nov 19 21:27:03 2026 Info: MID 1040586 ICID 416057 From: <ida.kim@partner.example>
Thu Nov 19 21:27:03 2026 Info: MID 1040586 ICID 416057 RID 0 To: <zoe.moreau@corp.example>
Thu Nov 19 21:27:03 2026 Info: MID 1040586 ICID 416057 RID 1 To: <ravi.obrien@corp-mail.example>
Thu Nov 19 21:27:03 2026 Info: MID 1040586 ICID 416057 RID 2 To: <sam.obrien@corp-mail.example>
Thu Nov 19 21:27:03 2026 Info: MID 1040586 ICID 416057 RID 3 To: <mia.garcia@corp.example>
Thu Nov 19 21:27:04 2026 Info: MID 1040586 Message-ID '<8c21818d820fd96d12e0.94976@partner.example>'
Thu Nov 19 21:27:04 2026 Info: MID 1040586 Subject 'Welcome to the team!'
Thu Nov 19 21:27:04 2026 Info: MID 1040586 ready 13620 bytes from <ida.kim@partner.example>
Thu Nov 19 21:27:04 2026 Info: MID 1040586 SPF: mailfrom identity ida.kim@partner.example Pass (v=spf1)
Thu Nov 19 21:27:04 2026 Info: ICID 416057 close
Thu Nov 19 21:27:04 2026 Info: MID 1040586 URL https://www.partner.example/t/251cc3ef7d has reputation 0.0 matched Condition: URL Reputation Rule
Thu Nov 19 21:27:04 2026 Info: MID 1040586 using engine: CASE spam negative
Thu Nov 19 21:27:04 2026 Info: MID 1040586 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 21:27:04 2026 Info: MID 1040586 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 21:27:06 2026 Info: MID 1040586 queued for delivery
Thu Nov 19 21:27:08 2026 Info: New SMTP DCID 204061 interface 192.0.2.20 address 52.101.68.69 port 25
Thu Nov 19 21:27:08 2026 Info: DCID 204061 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 21:27:08 2026 Info: Delivery start DCID 204061 MID 1040586 to RID [0, 1, 2, 3]
Thu Nov 19 21:27:09 2026 Info: Message done DCID 204061 MID 1040586 to RID [0, 1, 2, 3]
Thu Nov 19 21:27:09 2026 Info: MID 1040586 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=280580107910, Hostname=AM0PR01MB6017.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 21:27:09 2026 Info: Message finished MID 1040586 done
Thu Nov 19 21:27:09 2026 Info: DCID 204061 close
Thu Nov 19 21:54:17 2026 Info: New SMTP ICID 416058 interface IncomingMail (192.0.2.10) address 198.51.209.223 reverse dns host mail.client-a.example verified yes
Thu Nov 19 21:54:17 2026 Info: ICID 416058 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.2
Thu Nov 19 21:54:17 2026 Info: ICID 416058 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 21:54:17 2026 Info: Start MID 1040587 ICID 416058
Thu Nov 19 21:54:17 2026 Info: MID 1040587 ICID 416058 From: <chen.haddad@client-a.example>
Thu Nov 19 21:54:17 2026 Info: MID 1040587 ICID 416058 RID 0 To: <emma.garcia@corp.example>
Thu Nov 19 21:54:17 2026 Info: MID 1040587 ICID 416058 RID 1 To: <kofi.nguyen@corp.example>
Thu Nov 19 21:54:18 2026 Info: MID 1040587 Message-ID '<CAyK3G/i5_zm_6sEhf/i/19F+NQil9dpInM9dWG-SQUN@mail.client-a.example>'
Thu Nov 19 21:54:18 2026 Info: MID 1040587 Subject 'Meeting notes'
Thu Nov 19 21:54:18 2026 Info: MID 1040587 ready 162052 bytes from <chen.haddad@client-a.example>
Thu Nov 19 21:54:18 2026 Info: MID 1040587 using engine: CASE spam negative
Thu Nov 19 21:54:18 2026 Info: MID 1040587 SPF: mailfrom identity chen.haddad@client-a.example Pass (v=spf1)
Thu Nov 19 21:54:18 2026 Info: ICID 416058 close
Thu Nov 19 21:54:18 2026 Info: MID 1040587 URL https://www.client-a.example/t/eb565070c has reputation 0.0 matched Condition: URL Reputation Rule
Thu Nov 19 21:54:19 2026 Info: MID 1040587 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 21:54:19 2026 Info: MID 1040587 attachment 'Report,Final=20Draft:=20Revenue=20(Q3),Approved.pdf'
Thu Nov 19 21:54:19 2026 Info: MID 1040587 AMP file reputation verdict : CLEAN
Thu Nov 19 21:54:20 2026 Info: MID 1040587 queued for delivery
Thu Nov 19 21:54:21 2026 Info: New SMTP DCID 204062 interface 192.0.2.20 address 52.101.251.239 port 25
Thu Nov 19 21:54:21 2026 Info: DCID 204062 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 21:54:21 2026 Info: Delivery start DCID 204062 MID 1040587 to RID [0, 1]
Thu Nov 19 21:54:21 2026 Info: Message done DCID 204062 MID 1040587 to RID [0, 1]
Thu Nov 19 21:54:21 2026 Info: MID 1040587 RID [0, 1] Response '2.6.0 [InternalId=342241754393, Hostname=AM0PR01MB3314.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 21:54:22 2026 Info: Message finished MID 1040587 done
Thu Nov 19 21:54:22 2026 Info: DCID 204062 close
Fri Nov 20 00:00:00 2026 Info: End Logfile
