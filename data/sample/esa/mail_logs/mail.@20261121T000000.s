Sat Nov 21 00:00:00 2026 Info: Begin Logfile
Sat Nov 21 00:00:00 2026 Info: Version: 15.5.1-055 SN: 42A3C1E8F7D2B9A6C4E1-5F8D0B3A7C2E
Sat Nov 21 00:00:00 2026 Info: Time offset from UTC: 0 seconds
Sat Nov 21 05:08:30 2026 Info: New SMTP ICID 416126 interface IncomingMail (192.0.2.10) address 198.51.94.243 reverse dns host mail.partner.example verified yes
Sat Nov 21 05:08:30 2026 Info: ICID 416126 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.7
Sat Nov 21 05:08:30 2026 Info: ICID 416126 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 05:08:30 2026 Info: Start MID 1040665 ICID 416126
Sat Nov 21 05:08:30 2026 Info: MID 1040665 ICID 416126 From: <ida.kim@partner.example>
Sat Nov 21 05:08:30 2026 Info: MID 1040665 ICID 416126 RID 0 To: <lena.novak@corp.example>
Sat Nov 21 05:08:31 2026 Info: MID 1040665 Message-ID "<o'neill.4891ce05334e@partner.example>"
Sat Nov 21 05:08:31 2026 Info: MID 1040665 Subject 'Budget 2027 – first numbers'
Sat Nov 21 05:08:31 2026 Info: MID 1040665 ready 26467 bytes from <ida.kim@partner.example>
Sat Nov 21 05:08:31 2026 Info: ICID 416126 close
Sat Nov 21 05:08:31 2026 Info: MID 1040665 using engine: CASE spam negative
Sat Nov 21 05:08:31 2026 Info: MID 1040665 SPF: mailfrom identity ida.kim@partner.example Pass (v=spf1)
Sat Nov 21 05:08:31 2026 Info: MID 1040665 URL https://www.partner.example/t/2eb9095204 has reputation 4.5 matched Condition: URL Reputation Rule
Sat Nov 21 05:08:32 2026 Info: MID 1040665 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 05:08:32 2026 Info: New SMTP ICID 416127 interface IncomingMail (192.0.2.10) address 198.51.30.143 reverse dns host mail.cloudapp.example verified yes
Sat Nov 21 05:08:32 2026 Info: ICID 416127 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5
Sat Nov 21 05:08:32 2026 Info: ICID 416127 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 05:08:32 2026 Info: MID 1040665 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 05:08:32 2026 Info: Start MID 1040666 ICID 416127
Sat Nov 21 05:08:32 2026 Info: MID 1040666 ICID 416127 From: <li.walsh@cloudapp.example>
Sat Nov 21 05:08:32 2026 Info: MID 1040666 ICID 416127 RID 0 To: <eva.kowalski@corp.example>
Sat Nov 21 05:08:32 2026 Info: MID 1040666 ICID 416127 RID 1 To: <noah.okafor90@corp.example>
Sat Nov 21 05:08:32 2026 Info: MID 1040666 ICID 416127 RID 2 To: <sara.novak@corp.example>
Sat Nov 21 05:08:32 2026 Info: MID 1040666 ICID 416127 RID 3 To: <ida.dubois@corp.example>
Sat Nov 21 05:08:32 2026 Info: MID 1040666 ICID 416127 RID 4 To: <emma.garcia@corp.example>
Sat Nov 21 05:08:32 2026 Info: MID 1040666 ICID 416127 RID 5 To: <ldubois@corp.example>
Sat Nov 21 05:08:33 2026 Info: MID 1040665 queued for delivery
Sat Nov 21 05:08:33 2026 Info: MID 1040666 Message-ID '<1a917ed988b11c8c%12#&b363b@cloudapp.example>'
Sat Nov 21 05:08:33 2026 Info: MID 1040666 Subject 'Budget 2027 – first numbers'
Sat Nov 21 05:08:33 2026 Info: MID 1040666 ready 48722 bytes from <li.walsh@cloudapp.example>
Sat Nov 21 05:08:33 2026 Info: MID 1040666 interim AV verdict using Sophos CLEAN
Sat Nov 21 05:08:33 2026 Info: MID 1040666 antivirus negative
Sat Nov 21 05:08:33 2026 Info: MID 1040666 using engine: CASE spam negative
Sat Nov 21 05:08:33 2026 Info: MID 1040666 DKIM: pass signature verified (d=cloudapp.example s=s4 i=@cloudapp.example)
Sat Nov 21 05:08:33 2026 Info: ICID 416127 close
Sat Nov 21 05:08:33 2026 Info: MID 1040666 SPF: mailfrom identity li.walsh@cloudapp.example Pass (v=spf1)
Sat Nov 21 05:08:33 2026 Info: MID 1040666 DMARC: Verification passed
Sat Nov 21 05:08:33 2026 Info: New SMTP DCID 204143 interface 192.0.2.20 address 52.101.156.244 port 25
Sat Nov 21 05:08:33 2026 Info: DCID 204143 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 05:08:33 2026 Info: Delivery start DCID 204143 MID 1040665 to RID [0]
Sat Nov 21 05:08:34 2026 Info: New SMTP ICID 416128 interface IncomingMail (192.0.2.10) address 198.51.18.53 reverse dns host mail.supplier.example verified yes
Sat Nov 21 05:08:34 2026 Info: ICID 416128 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.4
Sat Nov 21 05:08:34 2026 Info: ICID 416128 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 05:08:34 2026 Info: Start MID 1040669 ICID 416128
Sat Nov 21 05:08:34 2026 Info: MID 1040669 ICID 416128 From: <john.mendes@supplier.example>
Sat Nov 21 05:08:34 2026 Info: MID 1040669 ICID 416128 RID 0 To: <nokafor@corp.example>
Sat Nov 21 05:08:34 2026 Info: Message done DCID 204143 MID 1040665 to RID [0]
Sat Nov 21 05:08:34 2026 Info: MID 1040665 RID [0] Response '2.6.0 [InternalId=511072310965, Hostname=AM0PR01MB5024.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 05:08:34 2026 Info: Message finished MID 1040665 done
Sat Nov 21 05:08:34 2026 Info: DCID 204143 close
Sat Nov 21 05:08:34 2026 Info: MID 1040669 Message-ID '<c0d2aebe6956c1af%14#&246cc@supplier.example>'
Sat Nov 21 05:08:34 2026 Info: MID 1040669 Subject 'Meeting notes'
Sat Nov 21 05:08:34 2026 Info: MID 1040669 ready 34791 bytes from <john.mendes@supplier.example>
Sat Nov 21 05:08:34 2026 Info: ICID 416128 close
Sat Nov 21 05:08:35 2026 Info: MID 1040669 SPF: mailfrom identity john.mendes@supplier.example Pass (v=spf1)
Sat Nov 21 05:08:35 2026 Info: MID 1040669 using engine: CASE spam negative
Sat Nov 21 05:08:35 2026 Info: MID 1040669 DMARC: Verification passed
Sat Nov 21 05:08:35 2026 Info: MID 1040666 was split creating MID 1040667 due to a per-recipient policy DEFAULT in the inbound table
Sat Nov 21 05:08:35 2026 Info: MID 1040667 ICID 0 From: <li.walsh@cloudapp.example>
Sat Nov 21 05:08:35 2026 Info: MID 1040667 ICID 0 RID 0 To: <noah.okafor90@corp.example>
Sat Nov 21 05:08:35 2026 Info: MID 1040667 ICID 0 RID 1 To: <ida.dubois@corp.example>
Sat Nov 21 05:08:35 2026 Info: MID 1040666 was split creating MID 1040668 due to a per-recipient policy Engineering in the inbound table
Sat Nov 21 05:08:35 2026 Info: MID 1040668 ICID 0 From: <li.walsh@cloudapp.example>
Sat Nov 21 05:08:35 2026 Info: MID 1040668 ICID 0 RID 0 To: <sara.novak@corp.example>
Sat Nov 21 05:08:35 2026 Info: MID 1040668 ICID 0 RID 1 To: <ldubois@corp.example>
Sat Nov 21 05:08:35 2026 Info: MID 1040668 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 05:08:35 2026 Info: MID 1040666 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 05:08:35 2026 Info: MID 1040669 DKIM: pass signature verified (d=supplier.example s=s2 i=@supplier.example)
Sat Nov 21 05:08:35 2026 Info: MID 1040667 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 05:08:35 2026 Info: MID 1040667 AMP file reputation verdict : CLEAN
Sat Nov 21 05:08:35 2026 Info: MID 1040666 attachment 'notes.txt'
Sat Nov 21 05:08:35 2026 Info: MID 1040666 AMP file reputation verdict : CLEAN
Sat Nov 21 05:08:35 2026 Info: MID 1040668 AMP file reputation verdict : CLEAN
Sat Nov 21 05:08:36 2026 Info: MID 1040669 matched all recipients for per-recipient policy Executives in the inbound table
Sat Nov 21 05:08:36 2026 Info: MID 1040669 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 05:08:36 2026 Info: MID 1040668 queued for delivery
Sat Nov 21 05:08:36 2026 Info: MID 1040667 queued for delivery
Sat Nov 21 05:08:37 2026 Info: MID 1040669 queued for delivery
Sat Nov 21 05:08:37 2026 Info: MID 1040666 queued for delivery
Sat Nov 21 05:08:38 2026 Info: New SMTP DCID 204145 interface 192.0.2.20 address 52.101.170.62 port 25
Sat Nov 21 05:08:38 2026 Info: DCID 204145 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 05:08:38 2026 Info: Delivery start DCID 204145 MID 1040667 to RID [0, 1]
Sat Nov 21 05:08:39 2026 Info: New SMTP DCID 204146 interface 192.0.2.20 address 52.101.105.50 port 25
Sat Nov 21 05:08:39 2026 Info: DCID 204146 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 05:08:39 2026 Info: Delivery start DCID 204146 MID 1040668 to RID [0, 1]
Sat Nov 21 05:08:40 2026 Info: Message done DCID 204145 MID 1040667 to RID [0, 1]
Sat Nov 21 05:08:40 2026 Info: MID 1040667 RID [0, 1] Response '2.6.0 [InternalId=315966818438, Hostname=AM0PR01MB8091.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 05:08:40 2026 Info: Message finished MID 1040667 done
Sat Nov 21 05:08:40 2026 Info: DCID 204145 close
Sat Nov 21 05:08:40 2026 Info: New SMTP DCID 204147 interface 192.0.2.20 address 52.101.180.42 port 25
Sat Nov 21 05:08:40 2026 Info: DCID 204147 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 05:08:40 2026 Info: Delivery start DCID 204147 MID 1040669 to RID [0]
Sat Nov 21 05:08:40 2026 Info: Message done DCID 204146 MID 1040668 to RID [0, 1]
Sat Nov 21 05:08:40 2026 Info: MID 1040668 RID [0, 1] Response '2.0.0 Ok: queued as jmQ7MLbXm8BCW4Z6'
Sat Nov 21 05:08:40 2026 Info: Message finished MID 1040668 done
Sat Nov 21 05:08:40 2026 Info: DCID 204146 close
Sat Nov 21 05:08:40 2026 Info: New SMTP DCID 204144 interface 192.0.2.20 address 52.101.19.129 port 25
Sat Nov 21 05:08:40 2026 Info: DCID 204144 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 05:08:40 2026 Info: Delivery start DCID 204144 MID 1040666 to RID [0, 4]
Sat Nov 21 05:08:41 2026 Info: Message done DCID 204147 MID 1040669 to RID [0]
Sat Nov 21 05:08:41 2026 Info: MID 1040669 RID [0] Response '2.6.0 [InternalId=806323379559, Hostname=AM0PR01MB3865.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 05:08:41 2026 Info: Message finished MID 1040669 done
Sat Nov 21 05:08:41 2026 Info: DCID 204147 close
Sat Nov 21 05:08:42 2026 Info: Message done DCID 204144 MID 1040666 to RID [0, 4]
Sat Nov 21 05:08:42 2026 Info: MID 1040666 RID [0, 4] Response '2.6.0 [InternalId=308906800408, Hostname=AM0PR01MB9043.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 05:08:42 2026 Info: Message finished MID 1040666 done
Sat Nov 21 05:08:42 2026 Info: DCID 204144 close
Sat Nov 21 05:21:44 2026 Info: New SMTP ICID 416129 interface IncomingMail (192.0.2.10) address 198.51.125.107 reverse dns host mail.gmail.example verified yes
Sat Nov 21 05:21:44 2026 Info: ICID 416129 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.6
Sat Nov 21 05:21:44 2026 Info: ICID 416129 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 05:21:44 2026 Info: Start MID 1040670 ICID 416129
Sat Nov 21 05:21:44 2026 Info: MID 1040670 ICID 416129 From: <sara.ivanova@gmail.example>
Sat Nov 21 05:21:44 2026 Info: MID 1040670 ICID 416129 RID 0 To: <ines.berg@corp.example>
Sat Nov 21 05:21:44 2026 Info: MID 1040670 ICID 416129 RID 1 To: <Tom.Weber@Corp.Example>
Sat Nov 21 05:21:44 2026 Info: MID 1040670 ICID 416129 RID 2 To: <kofi.moreau@corp.example>
Sat Nov 21 05:21:44 2026 Info: MID 1040670 ICID 416129 RID 3 To: <nina.patel@corp.example>
Sat Nov 21 05:21:44 2026 Info: MID 1040670 ICID 416129 RID 4 To: <leo.sato@corp-legacy.example>
Sat Nov 21 05:21:44 2026 Info: MID 1040670 Message-ID '<eed2490c42f9baf2aa6e.46581@gmail.example>'
Sat Nov 21 05:21:44 2026 Info: MID 1040670 Subject 'Weekly newsletter #89369'
Sat Nov 21 05:21:44 2026 Info: MID 1040670 ready 1136691 bytes from <sara.ivanova@gmail.example>
Sat Nov 21 05:21:44 2026 Info: MID 1040670 DMARC: Verification passed
Sat Nov 21 05:21:44 2026 Info: ICID 416129 close
Sat Nov 21 05:21:44 2026 Info: MID 1040670 interim AV verdict using Sophos CLEAN
Sat Nov 21 05:21:44 2026 Info: MID 1040670 antivirus negative
Sat Nov 21 05:21:44 2026 Info: MID 1040670 DKIM: pass signature verified (d=gmail.example s=s6 i=@gmail.example)
Sat Nov 21 05:21:44 2026 Info: MID 1040670 SPF: mailfrom identity sara.ivanova@gmail.example Pass (v=spf1)
Sat Nov 21 05:21:44 2026 Info: MID 1040670 using engine: CASE spam negative
Sat Nov 21 05:21:45 2026 Info: MID 1040670 was split creating MID 1040671 due to a per-recipient policy DEFAULT in the inbound table
Sat Nov 21 05:21:45 2026 Info: MID 1040671 ICID 0 From: <sara.ivanova@gmail.example>
Sat Nov 21 05:21:45 2026 Info: MID 1040671 ICID 0 RID 0 To: <leo.sato@corp-legacy.example>
Sat Nov 21 05:21:45 2026 Info: MID 1040671 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 05:21:45 2026 Info: MID 1040670 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 05:21:45 2026 Info: MID 1040671 AMP file reputation verdict : CLEAN
Sat Nov 21 05:21:45 2026 Info: MID 1040670 attachment 'image001.png'
Sat Nov 21 05:21:45 2026 Info: MID 1040670 attachment 'Q4=20Report=202026.pdf'
Sat Nov 21 05:21:45 2026 Info: MID 1040670 AMP file reputation verdict : CLEAN
Sat Nov 21 05:21:46 2026 Info: MID 1040670 queued for delivery
Sat Nov 21 05:21:47 2026 Info: MID 1040671 queued for delivery
Sat Nov 21 05:21:47 2026 Info: New SMTP DCID 204148 interface 192.0.2.20 address 52.101.164.195 port 25
Sat Nov 21 05:21:47 2026 Info: DCID 204148 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 05:21:47 2026 Info: Delivery start DCID 204148 MID 1040670 to RID [0, 1, 2, 3]
Sat Nov 21 05:21:47 2026 Info: New SMTP DCID 204149 interface 192.0.2.20 address 10.30.0.25 port 25
Sat Nov 21 05:21:47 2026 Info: DCID 204149 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 05:21:47 2026 Info: Delivery start DCID 204149 MID 1040671 to RID [0]
Sat Nov 21 05:21:47 2026 Info: Message done DCID 204149 MID 1040671 to RID [0]
Sat Nov 21 05:21:47 2026 Info: MID 1040671 RID [0] Response '2.0.0 Ok: queued as D94rMKuq4ZKhPGqb'
Sat Nov 21 05:21:47 2026 Info: Message finished MID 1040671 done
Sat Nov 21 05:21:47 2026 Info: DCID 204149 close
Sat Nov 21 05:21:48 2026 Info: Message done DCID 204148 MID 1040670 to RID [0, 1, 2, 3]
Sat Nov 21 05:21:48 2026 Info: MID 1040670 RID [0, 1, 2, 3] Response '2.0.0 Ok: queued as JCUTj48rLtWdic9h'
Sat Nov 21 05:21:48 2026 Info: Message finished MID 1040670 done
Sat Nov 21 05:21:48 2026 Info: DCID 204148 close
Sat Nov 21 07:11:09 2026 Info: New SMTP ICID 416130 interface IncomingMail (192.0.2.10) address 198.51.5.20 reverse dns host mail.bank.example verified yes
Sat Nov 21 07:11:09 2026 Info: ICID 416130 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.2
Sat Nov 21 07:11:09 2026 Info: ICID 416130 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 07:11:09 2026 Info: Start MID 1040672 ICID 416130
Sat Nov 21 07:11:09 2026 Info: MID 1040672 ICID 416130 From: <leo.mendes@bank.example>
Sat Nov 21 07:11:09 2026 Info: MID 1040672 ICID 416130 RID 0 To: <emma.garcia@corp.example>
Sat Nov 21 07:11:09 2026 Info: MID 1040672 ICID 416130 RID 1 To: <ravi.obrien@corp.example>
Sat Nov 21 07:11:09 2026 Info: MID 1040672 ICID 416130 RID 2 To: <ldubois@corp.example>
Sat Nov 21 07:11:09 2026 Info: MID 1040672 ICID 416130 RID 3 To: <ida.novak@corp.example>
Sat Nov 21 07:11:09 2026 Info: MID 1040672 ICID 416130 RID 4 To: <noah.okafor@corp.example>
Sat Nov 21 07:11:10 2026 Info: MID 1040672 Message-ID '<CAOJdck0mgNkUrlFknB=IZl00n_cocDl48/lNskiGX3w@mail.bank.example>'
Sat Nov 21 07:11:10 2026 Info: MID 1040672 Subject 'Reminder: timesheets due'
Sat Nov 21 07:11:10 2026 Info: MID 1040672 ready 21480 bytes from <leo.mendes@bank.example>
Sat Nov 21 07:11:10 2026 Info: ICID 416130 close
Sat Nov 21 07:11:10 2026 Info: MID 1040672 URL https://www.bank.example/t/c959de61f3 has reputation 7.9 matched Condition: URL Reputation Rule
Sat Nov 21 07:11:10 2026 Info: MID 1040672 SPF: mailfrom identity leo.mendes@bank.example Pass (v=spf1)
Sat Nov 21 07:11:10 2026 Info: MID 1040672 using engine: CASE spam negative
Sat Nov 21 07:11:11 2026 Info: MID 1040672 was split creating MID 1040673 due to a per-recipient policy DEFAULT in the inbound table
Sat Nov 21 07:11:11 2026 Info: MID 1040673 ICID 0 From: <leo.mendes@bank.example>
Sat Nov 21 07:11:11 2026 Info: MID 1040673 ICID 0 RID 0 To: <ravi.obrien@corp.example>
Sat Nov 21 07:11:11 2026 Info: MID 1040672 was split creating MID 1040674 due to a per-recipient policy Engineering in the inbound table
Sat Nov 21 07:11:11 2026 Info: MID 1040674 ICID 0 From: <leo.mendes@bank.example>
Sat Nov 21 07:11:11 2026 Info: MID 1040674 ICID 0 RID 0 To: <ldubois@corp.example>
Sat Nov 21 07:11:11 2026 Info: MID 1040672 was split creating MID 1040675 due to a per-recipient policy Executives in the inbound table
Sat Nov 21 07:11:11 2026 Info: MID 1040675 ICID 0 From: <leo.mendes@bank.example>
Sat Nov 21 07:11:11 2026 Info: MID 1040675 ICID 0 RID 0 To: <noah.okafor@corp.example>
Sat Nov 21 07:11:11 2026 Info: MID 1040674 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 07:11:11 2026 Info: MID 1040674 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 07:11:11 2026 Info: MID 1040673 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 07:11:11 2026 Info: MID 1040673 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 07:11:11 2026 Info: MID 1040675 matched all recipients for per-recipient policy Executives in the inbound table
Sat Nov 21 07:11:11 2026 Info: MID 1040672 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 07:11:11 2026 Info: MID 1040674 queued for delivery
Sat Nov 21 07:11:11 2026 Info: MID 1040675 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 07:11:11 2026 Info: MID 1040672 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 07:11:11 2026 Info: MID 1040673 queued for delivery
Sat Nov 21 07:11:12 2026 Info: MID 1040672 queued for delivery
Sat Nov 21 07:11:12 2026 Info: MID 1040676 was generated based on MID 1040672 by bcc filter 'Finance_Archive'
Sat Nov 21 07:11:12 2026 Info: MID 1040676 ICID 0 From: <leo.mendes@bank.example>
Sat Nov 21 07:11:12 2026 Info: MID 1040676 ICID 0 RID 0 To: <finance-archive@corp.example>
Sat Nov 21 07:11:12 2026 Info: MID 1040676 Message-ID '<CAOJdck0mgNkUrlFknB=IZl00n_cocDl48/lNskiGX3w@mail.bank.example>'
Sat Nov 21 07:11:12 2026 Info: MID 1040676 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 07:11:12 2026 Info: MID 1040676 queued for delivery
Sat Nov 21 07:11:13 2026 Info: New SMTP DCID 204151 interface 192.0.2.20 address 52.101.174.202 port 25
Sat Nov 21 07:11:13 2026 Info: DCID 204151 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 07:11:13 2026 Info: Delivery start DCID 204151 MID 1040676 to RID [0]
Sat Nov 21 07:11:13 2026 Info: MID 1040675 queued for delivery
Sat Nov 21 07:11:14 2026 Info: Message done DCID 204151 MID 1040676 to RID [0]
Sat Nov 21 07:11:14 2026 Info: MID 1040676 RID [0] Response '2.6.0 [InternalId=198834957912, Hostname=AM0PR01MB1144.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 07:11:14 2026 Info: Message finished MID 1040676 done
Sat Nov 21 07:11:14 2026 Info: New SMTP DCID 204154 interface 192.0.2.20 address 52.101.221.227 port 25
Sat Nov 21 07:11:14 2026 Info: DCID 204154 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 07:11:14 2026 Info: Delivery start DCID 204154 MID 1040675 to RID [0]
Sat Nov 21 07:11:14 2026 Info: DCID 204151 close
Sat Nov 21 07:11:14 2026 Info: Message done DCID 204154 MID 1040675 to RID [0]
Sat Nov 21 07:11:14 2026 Info: MID 1040675 RID [0] Response '2.6.0 [InternalId=275364670288, Hostname=AM0PR01MB4731.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 07:11:14 2026 Info: Message finished MID 1040675 done
Sat Nov 21 07:11:14 2026 Info: DCID 204154 close
Sat Nov 21 07:11:14 2026 Info: New SMTP DCID 204150 interface 192.0.2.20 address 52.101.161.155 port 25
Sat Nov 21 07:11:14 2026 Info: DCID 204150 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 07:11:14 2026 Info: Delivery start DCID 204150 MID 1040672 to RID [0, 3]
Sat Nov 21 07:11:14 2026 Info: New SMTP DCID 204152 interface 192.0.2.20 address 52.101.35.216 port 25
Sat Nov 21 07:11:14 2026 Info: DCID 204152 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 07:11:14 2026 Info: Delivery start DCID 204152 MID 1040673 to RID [0]
Sat Nov 21 07:11:15 2026 Info: New SMTP DCID 204153 interface 192.0.2.20 address 52.101.215.185 port 25
Sat Nov 21 07:11:15 2026 Info: DCID 204153 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 07:11:15 2026 Info: Delivery start DCID 204153 MID 1040674 to RID [0]
Sat Nov 21 07:11:16 2026 Info: Message done DCID 204152 MID 1040673 to RID [0]
Sat Nov 21 07:11:16 2026 Info: MID 1040673 RID [0] Response '2.0.0 Ok: queued as amF5TCvUh3B6Wswm'
Sat Nov 21 07:11:16 2026 Info: Message finished MID 1040673 done
Sat Nov 21 07:11:16 2026 Info: DCID 204152 close
Sat Nov 21 07:11:16 2026 Info: Message done DCID 204150 MID 1040672 to RID [0, 3]
Sat Nov 21 07:11:16 2026 Info: MID 1040672 RID [0, 3] Response '2.6.0 [InternalId=647777308545, Hostname=AM0PR01MB2356.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 07:11:16 2026 Info: Message finished MID 1040672 done
Sat Nov 21 07:11:16 2026 Info: DCID 204150 close
Sat Nov 21 07:11:17 2026 Info: Message done DCID 204153 MID 1040674 to RID [0]
Sat Nov 21 07:11:17 2026 Info: MID 1040674 RID [0] Response '2.6.0 [InternalId=853059762189, Hostname=AM0PR01MB9834.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 07:11:17 2026 Info: Message finished MID 1040674 done
Sat Nov 21 07:11:17 2026 Info: DCID 204153 close
Sat Nov 21 07:13:09 2026 Info: New SMTP ICID 416131 interface OutgoingMail (192.0.2.11) address 10.20.9.200 reverse dns host exch1.corp.example verified yes
Sat Nov 21 07:13:09 2026 Info: ICID 416131 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 07:13:10 2026 Info: Start MID 1040677 ICID 416131
Sat Nov 21 07:13:10 2026 Info: MID 1040677 ICID 416131 From: <nina.lopez@corp.example>
Sat Nov 21 07:13:10 2026 Info: MID 1040677 ICID 416131 RID 0 To: <emma.larsen@university.example>
Sat Nov 21 07:13:10 2026 Info: MID 1040677 Message-ID '<adb4460f2d1e2c8b9c47.17487@corp.example>'
Sat Nov 21 07:13:10 2026 Info: MID 1040677 Subject 'Your order 87309 has shipped'
Sat Nov 21 07:13:10 2026 Info: MID 1040677 ready 2227989 bytes from <nina.lopez@corp.example>
Sat Nov 21 07:13:10 2026 Info: ICID 416131 close
Sat Nov 21 07:13:10 2026 Info: MID 1040677 using engine: CASE spam negative
Sat Nov 21 07:13:10 2026 Info: MID 1040677 SPF: mailfrom identity nina.lopez@corp.example Pass (v=spf1)
Sat Nov 21 07:13:10 2026 Info: MID 1040677 URL https://www.corp.example/t/da9a20663b has reputation 4.5 matched Condition: URL Reputation Rule
Sat Nov 21 07:13:12 2026 Info: MID 1040677 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 07:13:12 2026 Info: MID 1040677 attachment 'Q3=20Report=202026.pdf'
Sat Nov 21 07:13:12 2026 Info: MID 1040677 AMP file reputation verdict : UNKNOWN
Sat Nov 21 07:13:13 2026 Info: New SMTP ICID 416132 interface IncomingMail (192.0.2.10) address 198.51.210.32 reverse dns host mail.partner.example verified yes
Sat Nov 21 07:13:13 2026 Info: ICID 416132 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.7
Sat Nov 21 07:13:13 2026 Info: ICID 416132 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 07:13:13 2026 Info: Start MID 1040678 ICID 416132
Sat Nov 21 07:13:13 2026 Info: MID 1040678 ICID 416132 From: <ida.kim@partner.example>
Sat Nov 21 07:13:13 2026 Info: MID 1040678 ICID 416132 RID 0 To: <ana.kowalski@corp.example>
Sat Nov 21 07:13:13 2026 Info: MID 1040678 Message-ID '<86c02ad4a4111b506442.20429@partner.example>'
Sat Nov 21 07:13:13 2026 Info: MID 1040678 Subject 'Scan from copier 94300'
Sat Nov 21 07:13:13 2026 Info: MID 1040678 ready 34461 bytes from <ida.kim@partner.example>
Sat Nov 21 07:13:13 2026 Info: MID 1040677 queued for delivery
Sat Nov 21 07:13:13 2026 Info: ICID 416132 close
Sat Nov 21 07:13:13 2026 Info: MID 1040678 URL https://www.partner.example/t/901dd01462 has reputation 0.0 matched Condition: URL Reputation Rule
Sat Nov 21 07:13:13 2026 Info: MID 1040678 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 07:13:14 2026 Info: MID 1040678 using engine: CASE spam negative
Sat Nov 21 07:13:14 2026 Info: MID 1040678 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 07:13:14 2026 Info: MID 1040678 SPF: mailfrom identity ida.kim@partner.example Pass (v=spf1)
Sat Nov 21 07:13:14 2026 Info: New SMTP DCID 204156 interface 192.0.2.20 address 192.0.2.50 port 6025
Sat Nov 21 07:13:14 2026 Info: Delivery start DCID 204156 MID 1040678 to RID [0] to offbox IronPort Spam Quarantine
Sat Nov 21 07:13:14 2026 Info: New SMTP DCID 204155 interface 192.0.2.20 address 203.0.113.132 port 25
Sat Nov 21 07:13:14 2026 Info: DCID 204155 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 07:13:14 2026 Info: Delivery start DCID 204155 MID 1040677 to RID [0]
Sat Nov 21 07:13:14 2026 Info: Message done DCID 204156 MID 1040678 to RID [0] (external quarantine)
Sat Nov 21 07:13:14 2026 Info: Message finished MID 1040678 done
Sat Nov 21 07:13:14 2026 Info: DCID 204156 close
Sat Nov 21 07:13:16 2026 Info: Message done DCID 204155 MID 1040677 to RID [0]
Sat Nov 21 07:13:16 2026 Info: MID 1040677 RID [0] Response '2.0.0 Ok: queued as wLCocezVZf3D4rbK'
Sat Nov 21 07:13:16 2026 Info: Message finished MID 1040677 done
Sat Nov 21 07:13:16 2026 Info: DCID 204155 close
Sat Nov 21 07:20:20 2026 Info: New SMTP ICID 416133 interface IncomingMail (192.0.2.10) address 198.51.99.7 reverse dns host mail.travel.example verified yes
Sat Nov 21 07:20:20 2026 Info: ICID 416133 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.5
Sat Nov 21 07:20:20 2026 Info: ICID 416133 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 07:20:20 2026 Info: Start MID 1040679 ICID 416133
Sat Nov 21 07:20:20 2026 Info: MID 1040679 ICID 416133 From: <ines.kowalski@travel.example>
Sat Nov 21 07:20:20 2026 Info: MID 1040679 ICID 416133 RID 0 To: <emma.garcia@corp.example>
Sat Nov 21 07:20:20 2026 Info: MID 1040679 ICID 416133 RID 1 To: <omar.weber@corp.example>
Sat Nov 21 07:20:20 2026 Info: MID 1040679 ICID 416133 RID 2 To: <lena.novak@corp.example>
Sat Nov 21 07:20:20 2026 Info: MID 1040679 ICID 416133 RID 3 To: <kofi.nguyen@corp.example>
Sat Nov 21 07:20:20 2026 Info: MID 1040679 ICID 416133 RID 4 To: <finance-archive@corp.example>
Sat Nov 21 07:20:21 2026 Info: MID 1040679 Message-ID '<8d203bb8e00f7e5cb6c2.8001@travel.example>'
Sat Nov 21 07:20:21 2026 Info: MID 1040679 Subject 'Re: project timeline'
Sat Nov 21 07:20:21 2026 Info: MID 1040679 ready 128401 bytes from <ines.kowalski@travel.example>
Sat Nov 21 07:20:21 2026 Info: MID 1040679 using engine: CASE spam negative
Sat Nov 21 07:20:21 2026 Info: MID 1040679 DKIM: pass signature verified (d=travel.example s=s4 i=@travel.example)
Sat Nov 21 07:20:21 2026 Info: MID 1040679 SPF: mailfrom identity ines.kowalski@travel.example Pass (v=spf1)
Sat Nov 21 07:20:21 2026 Info: ICID 416133 close
Sat Nov 21 07:20:21 2026 Info: MID 1040679 DMARC: Verification passed
Sat Nov 21 07:20:21 2026 Info: MID 1040679 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 07:20:21 2026 Info: MID 1040679 attachment 'image002.jpg'
Sat Nov 21 07:20:21 2026 Info: MID 1040679 AMP file reputation verdict : CLEAN
Sat Nov 21 07:20:22 2026 Info: MID 1040679 queued for delivery
Sat Nov 21 07:20:24 2026 Info: New SMTP DCID 204157 interface 192.0.2.20 address 52.101.44.206 port 25
Sat Nov 21 07:20:24 2026 Info: DCID 204157 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 07:20:24 2026 Info: Delivery start DCID 204157 MID 1040679 to RID [0, 1, 2, 3, 4]
Sat Nov 21 07:20:24 2026 Info: Message done DCID 204157 MID 1040679 to RID [0, 1, 2, 3, 4]
Sat Nov 21 07:20:24 2026 Info: MID 1040679 RID [0, 1, 2, 3, 4] Response '2.6.0 [InternalId=687815791109, Hostname=AM0PR01MB6379.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 07:20:24 2026 Info: Message finished MID 1040679 done
Sat Nov 21 07:20:24 2026 Info: DCID 204157 close
Sat Nov 21 07:31:19 2026 Info: New SMTP ICID 416134 interface OutgoingMail (192.0.2.11) address 10.20.1.53 reverse dns host exch3.corp.example verified yes
Sat Nov 21 07:31:19 2026 Info: ICID 416134 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 07:31:19 2026 Info: Start MID 1040680 ICID 416134
Sat Nov 21 07:31:19 2026 Info: MID 1040680 ICID 416134 From: <li.larsen@corp.example>
Sat Nov 21 07:31:19 2026 Info: MID 1040680 ICID 416134 RID 0 To: <ivan.okafor@client-a.example>
Sat Nov 21 07:31:19 2026 Info: MID 1040680 ICID 416134 RID 1 To: <ewa.patel@travel.example>
Sat Nov 21 07:31:19 2026 Info: MID 1040680 Message-ID '<da880be38054a4088dcb.13571@corp.example>'
Sat Nov 21 07:31:19 2026 Info: MID 1040680 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Sat Nov 21 07:31:19 2026 Info: MID 1040680 ready 787214 bytes from <li.larsen@corp.example>
Sat Nov 21 07:31:19 2026 Info: ICID 416134 close
Sat Nov 21 07:31:19 2026 Info: MID 1040680 DKIM: pass signature verified (d=corp.example s=s2 i=@corp.example)
Sat Nov 21 07:31:19 2026 Info: MID 1040680 SPF: mailfrom identity li.larsen@corp.example Pass (v=spf1)
Sat Nov 21 07:31:19 2026 Info: MID 1040680 using engine: CASE spam negative
Sat Nov 21 07:31:19 2026 Info: MID 1040680 DMARC: Verification passed
Sat Nov 21 07:31:20 2026 Info: MID 1040680 interim AV verdict using Sophos CLEAN
Sat Nov 21 07:31:20 2026 Info: MID 1040680 antivirus negative
Sat Nov 21 07:31:20 2026 Info: MID 1040680 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 07:31:20 2026 Info: MID 1040680 attachment 'budget_2026_v3.xlsx'
Sat Nov 21 07:31:21 2026 Info: MID 1040680 attachment 'image002.jpg'
Sat Nov 21 07:31:21 2026 Info: MID 1040680 AMP file reputation verdict : UNKNOWN
Sat Nov 21 07:31:22 2026 Info: MID 1040680 queued for delivery
Sat Nov 21 07:31:26 2026 Info: New SMTP DCID 204158 interface 192.0.2.20 address 203.0.113.116 port 25
Sat Nov 21 07:31:26 2026 Info: DCID 204158 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 07:31:26 2026 Info: Delivery start DCID 204158 MID 1040680 to RID [0]
Sat Nov 21 07:31:28 2026 Info: Message done DCID 204158 MID 1040680 to RID [0]
Sat Nov 21 07:31:28 2026 Info: MID 1040680 RID [0] Response '2.0.0 Ok: queued as xMM2q5CrN2kxwKCr'
Sat Nov 21 07:31:28 2026 Info: New SMTP DCID 204159 interface 192.0.2.20 address 203.0.113.44 port 25
Sat Nov 21 07:31:28 2026 Info: DCID 204159 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 07:31:28 2026 Info: Delivery start DCID 204159 MID 1040680 to RID [1]
Sat Nov 21 07:31:28 2026 Info: DCID 204158 close
Sat Nov 21 07:31:28 2026 Info: Message done DCID 204159 MID 1040680 to RID [1]
Sat Nov 21 07:31:28 2026 Info: MID 1040680 RID [1] Response '2.0.0 Ok: queued as dCWSdXDehttJFCL8'
Sat Nov 21 07:31:28 2026 Info: DCID 204159 close
Sat Nov 21 07:31:28 2026 Info: Message finished MID 1040680 done
Sat Nov 21 07:39:33 2026 Info: New SMTP ICID 416135 interface IncomingMail (192.0.2.10) address 198.51.17.159 reverse dns host mail.travel.example verified yes
Sat Nov 21 07:39:33 2026 Info: ICID 416135 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.4
Sat Nov 21 07:39:33 2026 Info: ICID 416135 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 07:39:34 2026 Info: Start MID 1040681 ICID 416135
Sat Nov 21 07:39:34 2026 Info: MID 1040681 ICID 416135 From: <ewa.patel@travel.example>
Sat Nov 21 07:39:34 2026 Info: MID 1040681 ICID 416135 RID 0 To: <li.larsen@corp.example>
Sat Nov 21 07:39:34 2026 Info: MID 1040681 ICID 416135 RID 1 To: <kofi.moreau@corp.example>
Sat Nov 21 07:39:34 2026 Info: MID 1040681 Message-ID '<50888c0919cd74cc16c2.1278@travel.example>'
Sat Nov 21 07:39:34 2026 Info: MID 1040681 Subject 'Scan from copier 70909'
Sat Nov 21 07:39:34 2026 Info: MID 1040681 ready 19533 bytes from <ewa.patel@travel.example>
Sat Nov 21 07:39:34 2026 Info: ICID 416135 close
Sat Nov 21 07:39:34 2026 Info: MID 1040681 DKIM: pass signature verified (d=travel.example s=s7 i=@travel.example)
Sat Nov 21 07:39:35 2026 Info: MID 1040681 DMARC: Verification passed
Sat Nov 21 07:39:35 2026 Info: MID 1040681 using engine: CASE spam negative
Sat Nov 21 07:39:35 2026 Info: MID 1040681 SPF: mailfrom identity ewa.patel@travel.example Pass (v=spf1)
Sat Nov 21 07:39:36 2026 Info: MID 1040681 was split creating MID 1040682 due to a per-recipient policy Engineering in the inbound table
Sat Nov 21 07:39:36 2026 Info: MID 1040682 ICID 0 From: <ewa.patel@travel.example>
Sat Nov 21 07:39:36 2026 Info: MID 1040682 ICID 0 RID 0 To: <kofi.moreau@corp.example>
Sat Nov 21 07:39:36 2026 Info: MID 1040681 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 07:39:36 2026 Info: MID 1040681 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 07:39:36 2026 Info: MID 1040682 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 07:39:36 2026 Info: MID 1040682 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 07:39:38 2026 Info: MID 1040682 queued for delivery
Sat Nov 21 07:39:38 2026 Info: MID 1040681 queued for delivery
Sat Nov 21 07:39:40 2026 Info: New SMTP DCID 204160 interface 192.0.2.20 address 52.101.205.76 port 25
Sat Nov 21 07:39:40 2026 Info: DCID 204160 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 07:39:40 2026 Info: Delivery start DCID 204160 MID 1040681 to RID [0]
Sat Nov 21 07:39:40 2026 Info: New SMTP DCID 204161 interface 192.0.2.20 address 52.101.164.209 port 25
Sat Nov 21 07:39:40 2026 Info: DCID 204161 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 07:39:40 2026 Info: Delivery start DCID 204161 MID 1040682 to RID [0]
Sat Nov 21 07:39:41 2026 Info: Message done DCID 204161 MID 1040682 to RID [0]
Sat Nov 21 07:39:41 2026 Info: MID 1040682 RID [0] Response '2.6.0 [InternalId=369867639251, Hostname=AM0PR01MB3116.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 07:39:41 2026 Info: Message finished MID 1040682 done
Sat Nov 21 07:39:41 2026 Info: DCID 204161 close
Sat Nov 21 07:39:42 2026 Info: Message done DCID 204160 MID 1040681 to RID [0]
Sat Nov 21 07:39:42 2026 Info: MID 1040681 RID [0] Response '2.6.0 [InternalId=636578930185, Hostname=AM0PR01MB7595.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 07:39:42 2026 Info: Message finished MID 1040681 done
Sat Nov 21 07:39:42 2026 Info: DCID 204160 close
Sat Nov 21 07:44:21 2026 Info: New SMTP ICID 416136 interface IncomingMail (192.0.2.10) address 198.51.37.156 reverse dns host mail.newsletter.example verified yes
Sat Nov 21 07:44:21 2026 Info: ICID 416136 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.2
Sat Nov 21 07:44:21 2026 Info: ICID 416136 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 07:44:22 2026 Info: Start MID 1040683 ICID 416136
Sat Nov 21 07:44:22 2026 Info: MID 1040683 ICID 416136 From: <paul.smith@newsletter.example>
Sat Nov 21 07:44:22 2026 Info: MID 1040683 ICID 416136 RID 0 To: <paul.moreau@corp.example>
Sat Nov 21 07:44:22 2026 Info: MID 1040683 Message-ID '<898bb47d602f45f29e78.4224@newsletter.example>'
Sat Nov 21 07:44:22 2026 Info: MID 1040683 Subject 'Weekly newsletter #81724'
Sat Nov 21 07:44:22 2026 Info: MID 1040683 ready 45979 bytes from <paul.smith@newsletter.example>
Sat Nov 21 07:44:22 2026 Info: MID 1040683 SPF: mailfrom identity paul.smith@newsletter.example Pass (v=spf1)
Sat Nov 21 07:44:22 2026 Info: MID 1040683 using engine: CASE spam negative
Sat Nov 21 07:44:22 2026 Info: MID 1040683 antivirus negative
Sat Nov 21 07:44:22 2026 Info: ICID 416136 close
Sat Nov 21 07:44:22 2026 Info: MID 1040683 DKIM: pass signature verified (d=newsletter.example s=s3 i=@newsletter.example)
Sat Nov 21 07:44:22 2026 Info: MID 1040683 DMARC: Verification passed
Sat Nov 21 07:44:22 2026 Info: MID 1040683 interim AV verdict using Sophos CLEAN
Sat Nov 21 07:44:22 2026 Info: MID 1040683 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 07:44:22 2026 Info: MID 1040683 attachment 'meeting.ics'
Sat Nov 21 07:44:22 2026 Info: File reputation query initiating. File Name = 'meeting.ics', MID = 1040683, File Size = 3126 bytes, File Type = text/calendar
Sat Nov 21 07:44:23 2026 Info: MID 1040683 AMP file reputation verdict : UNKNOWN
Sat Nov 21 07:44:23 2026 Info: Response received for file reputation query from Cache. File Name = 'meeting.ics', MID = 1040683, Disposition = FILE UNKNOWN, Malware = None, Analysis Score = 0, sha256 = ed84e91ef132bf2de040015ce064a11485f1115bb2fff17b3f665edef10637ce, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Sat Nov 21 07:44:23 2026 Info: MID 1040683 rewritten to MID 1040684 by url-rewrite filter 'Rewrite_URLs'
Sat Nov 21 07:44:23 2026 Info: Message finished MID 1040683 done
Sat Nov 21 07:44:23 2026 Info: MID 1040684 ICID 0 From: <paul.smith@newsletter.example>
Sat Nov 21 07:44:23 2026 Info: MID 1040684 ICID 0 RID 0 To: <paul.moreau@corp.example>
Sat Nov 21 07:44:23 2026 Info: MID 1040684 Message-ID '<898bb47d602f45f29e78.4224@newsletter.example>'
Sat Nov 21 07:44:23 2026 Info: MID 1040684 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 07:44:23 2026 Info: MID 1040684 queued for delivery
Sat Nov 21 07:44:24 2026 Info: New SMTP DCID 204162 interface 192.0.2.20 address 52.101.193.120 port 25
Sat Nov 21 07:44:24 2026 Info: DCID 204162 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 07:44:24 2026 Info: Delivery start DCID 204162 MID 1040684 to RID [0]
Sat Nov 21 07:44:26 2026 Info: Message done DCID 204162 MID 1040684 to RID [0]
Sat Nov 21 07:44:26 2026 Info: MID 1040684 RID [0] Response '2.6.0 [InternalId=391917757748, Hostname=AM0PR01MB8453.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 07:44:26 2026 Info: Message finished MID 1040684 done
Sat Nov 21 07:44:26 2026 Info: DCID 204162 close
Sat Nov 21 07:46:11 2026 Info: New SMTP ICID 416137 interface IncomingMail (192.0.2.10) address 198.51.73.209 reverse dns host mail.partner.example verified yes
Sat Nov 21 07:46:11 2026 Info: ICID 416137 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.6
Sat Nov 21 07:46:11 2026 Info: ICID 416137 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 07:46:11 2026 Info: Start MID 1040685 ICID 416137
Sat Nov 21 07:46:11 2026 Info: MID 1040685 ICID 416137 From: <tom.smith@partner.example>
Sat Nov 21 07:46:11 2026 Info: MID 1040685 ICID 416137 RID 0 To: <li.larsen@corp.example>
Sat Nov 21 07:46:11 2026 Info: MID 1040685 Message-ID '<42a1805dd4fa380b92b8.81904@partner.example>'
Sat Nov 21 07:46:11 2026 Info: MID 1040685 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Sat Nov 21 07:46:11 2026 Info: MID 1040685 ready 31719 bytes from <tom.smith@partner.example>
Sat Nov 21 07:46:11 2026 Info: ICID 416137 close
Sat Nov 21 07:46:11 2026 Info: MID 1040685 DKIM: pass signature verified (d=partner.example s=s5 i=@partner.example)
Sat Nov 21 07:46:11 2026 Info: MID 1040685 DMARC: Verification passed
Sat Nov 21 07:46:11 2026 Info: MID 1040685 interim AV verdict using Sophos CLEAN
Sat Nov 21 07:46:11 2026 Info: MID 1040685 antivirus negative
Sat Nov 21 07:46:11 2026 Info: MID 1040685 SPF: mailfrom identity tom.smith@partner.example Pass (v=spf1)
Sat Nov 21 07:46:12 2026 Info: MID 1040685 using engine: CASE spam negative
Sat Nov 21 07:46:13 2026 Info: MID 1040685 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 07:46:13 2026 Info: MID 1040685 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 07:46:13 2026 Info: MID 1040685 queued for delivery
Sat Nov 21 07:46:17 2026 Info: New SMTP DCID 204163 interface 192.0.2.20 address 52.101.29.26 port 25
Sat Nov 21 07:46:17 2026 Info: DCID 204163 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 07:46:17 2026 Info: Delivery start DCID 204163 MID 1040685 to RID [0]
Sat Nov 21 07:46:18 2026 Info: Message done DCID 204163 MID 1040685 to RID [0]
Sat Nov 21 07:46:18 2026 Info: MID 1040685 RID [0] Response '2.6.0 [InternalId=769868851140, Hostname=AM0PR01MB5260.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 07:46:18 2026 Info: Message finished MID 1040685 done
Sat Nov 21 07:46:18 2026 Info: DCID 204163 close
Sat Nov 21 07:49:13 2026 Info: New SMTP ICID 416138 interface OutgoingMail (192.0.2.11) address 10.20.6.50 reverse dns host exch3.corp.example verified yes
Sat Nov 21 07:49:13 2026 Info: ICID 416138 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 07:49:13 2026 Info: Start MID 1040686 ICID 416138
Sat Nov 21 07:49:13 2026 Info: MID 1040686 ICID 416138 From: <paul.moreau@corp.example>
Sat Nov 21 07:49:13 2026 Info: MID 1040686 ICID 416138 RID 0 To: <paul.dubois@client-b.example>
Sat Nov 21 07:49:13 2026 Info: MID 1040686 Message-ID '<08c0e9a660de0873e024.97427@corp.example>'
Sat Nov 21 07:49:13 2026 Info: MID 1040686 Subject 'Reminder: timesheets due'
Sat Nov 21 07:49:13 2026 Info: MID 1040686 ready 3986 bytes from <paul.moreau@corp.example>
Sat Nov 21 07:49:13 2026 Info: ICID 416138 close
Sat Nov 21 07:49:13 2026 Info: MID 1040686 using engine: CASE spam negative
Sat Nov 21 07:49:13 2026 Info: MID 1040686 SPF: mailfrom identity paul.moreau@corp.example Pass (v=spf1)
Sat Nov 21 07:49:14 2026 Info: MID 1040686 Outbreak Filters: verdict negative
Sat Nov 21 07:49:14 2026 Info: MID 1040686 URL https://www.corp.example/t/7c39451b40 has reputation 7.9 matched Condition: URL Reputation Rule
Sat Nov 21 07:49:15 2026 Info: MID 1040686 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 07:49:15 2026 Info: MID 1040686 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 07:49:17 2026 Info: MID 1040686 queued for delivery
Sat Nov 21 07:49:20 2026 Info: New SMTP DCID 204164 interface 192.0.2.20 address 203.0.113.84 port 25
Sat Nov 21 07:49:20 2026 Info: DCID 204164 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 07:49:20 2026 Info: Delivery start DCID 204164 MID 1040686 to RID [0]
Sat Nov 21 07:49:22 2026 Info: Message done DCID 204164 MID 1040686 to RID [0]
Sat Nov 21 07:49:22 2026 Info: MID 1040686 RID [0] Response '2.0.0 Ok: queued as iAxYGm3KAhFUceyo'
Sat Nov 21 07:49:22 2026 Info: Message finished MID 1040686 done
Sat Nov 21 07:49:22 2026 Info: DCID 204164 close
Sat Nov 21 07:54:44 2026 Info: New SMTP ICID 416139 interface IncomingMail (192.0.2.10) address 198.51.210.90 reverse dns host mail.cloudapp.example verified yes
Sat Nov 21 07:54:44 2026 Info: ICID 416139 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.1
Sat Nov 21 07:54:44 2026 Info: ICID 416139 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 07:54:45 2026 Info: Start MID 1040687 ICID 416139
Sat Nov 21 07:54:45 2026 Info: MID 1040687 ICID 416139 From: <kofi.ivanova@cloudapp.example>
Sat Nov 21 07:54:45 2026 Info: MID 1040687 ICID 416139 RID 0 To: <zoe.kim@corp.example>
Sat Nov 21 07:54:45 2026 Info: MID 1040687 Message-ID '<1d17f83534c4d8e6ecfa.53418@cloudapp.example>'
Sat Nov 21 07:54:45 2026 Info: MID 1040687 Subject 'Meeting notes'
Sat Nov 21 07:54:45 2026 Info: MID 1040687 ready 6442 bytes from <kofi.ivanova@cloudapp.example>
Sat Nov 21 07:54:45 2026 Info: MID 1040687 using engine: CASE spam negative
Sat Nov 21 07:54:46 2026 Info: MID 1040687 DKIM: pass signature verified (d=cloudapp.example s=s3 i=@cloudapp.example)
Sat Nov 21 07:54:46 2026 Info: ICID 416139 close
Sat Nov 21 07:54:46 2026 Info: MID 1040687 interim AV verdict using Sophos CLEAN
Sat Nov 21 07:54:46 2026 Info: MID 1040687 DMARC: Verification passed
Sat Nov 21 07:54:46 2026 Info: MID 1040687 SPF: mailfrom identity kofi.ivanova@cloudapp.example Pass (v=spf1)
Sat Nov 21 07:54:46 2026 Info: MID 1040687 antivirus negative
Sat Nov 21 07:54:47 2026 Info: MID 1040687 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 07:54:47 2026 Info: MID 1040687 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 07:54:49 2026 Info: MID 1040687 queued for delivery
Sat Nov 21 07:54:52 2026 Info: New SMTP DCID 204165 interface 192.0.2.20 address 52.101.19.10 port 25
Sat Nov 21 07:54:52 2026 Info: DCID 204165 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 07:54:52 2026 Info: Delivery start DCID 204165 MID 1040687 to RID [0]
Sat Nov 21 07:54:53 2026 Info: Message done DCID 204165 MID 1040687 to RID [0]
Sat Nov 21 07:54:53 2026 Info: MID 1040687 RID [0] Response '2.6.0 [InternalId=257270850661, Hostname=AM0PR01MB5542.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 07:54:53 2026 Info: Message finished MID 1040687 done
Sat Nov 21 07:54:53 2026 Info: DCID 204165 close
Sat Nov 21 08:01:54 2026 Info: New SMTP ICID 416140 interface IncomingMail (192.0.2.10) address 198.51.186.241 reverse dns host mail.partner.example verified yes
Sat Nov 21 08:01:54 2026 Info: ICID 416140 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.5
Sat Nov 21 08:01:54 2026 Info: ICID 416140 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 08:01:54 2026 Info: Start MID 1040688 ICID 416140
Sat Nov 21 08:01:54 2026 Info: MID 1040688 ICID 416140 From: <ewa.obrien@partner.example>
Sat Nov 21 08:01:54 2026 Info: MID 1040688 ICID 416140 RID 0 To: <omar.mendes@corp.example>
Sat Nov 21 08:01:54 2026 Info: MID 1040688 Message-ID '<de13256adcf2af320ed1.55904@partner.example>'
Sat Nov 21 08:01:54 2026 Info: MID 1040688 Subject 'Quarterly report'
Sat Nov 21 08:01:54 2026 Info: MID 1040688 ready 110181 bytes from <ewa.obrien@partner.example>
Sat Nov 21 08:01:54 2026 Info: ICID 416140 close
Sat Nov 21 08:01:55 2026 Info: MID 1040688 antivirus negative
Sat Nov 21 08:01:55 2026 Info: MID 1040688 using engine: CASE spam negative
Sat Nov 21 08:01:55 2026 Info: MID 1040688 SPF: mailfrom identity ewa.obrien@partner.example Pass (v=spf1)
Sat Nov 21 08:01:55 2026 Info: MID 1040688 interim AV verdict using Sophos CLEAN
Sat Nov 21 08:01:55 2026 Info: MID 1040688 DMARC: Verification passed
Sat Nov 21 08:01:55 2026 Info: MID 1040688 DKIM: pass signature verified (d=partner.example s=s7 i=@partner.example)
Sat Nov 21 08:01:56 2026 Info: MID 1040688 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 08:01:56 2026 Info: MID 1040688 attachment 'image001.png'
Sat Nov 21 08:01:57 2026 Info: MID 1040688 AMP file reputation verdict : CLEAN
Sat Nov 21 08:01:57 2026 Info: MID 1040688 queued for delivery
Sat Nov 21 08:02:01 2026 Info: New SMTP DCID 204166 interface 192.0.2.20 address 52.101.54.66 port 25
Sat Nov 21 08:02:01 2026 Info: DCID 204166 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 08:02:01 2026 Info: Delivery start DCID 204166 MID 1040688 to RID [0]
Sat Nov 21 08:02:01 2026 Info: Message done DCID 204166 MID 1040688 to RID [0]
Sat Nov 21 08:02:01 2026 Info: MID 1040688 RID [0] Response '2.6.0 [InternalId=984626876440, Hostname=AM0PR01MB2306.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 08:02:01 2026 Info: Message finished MID 1040688 done
Sat Nov 21 08:02:01 2026 Info: DCID 204166 close
Sat Nov 21 08:13:27 2026 Info: New SMTP ICID 416141 interface OutgoingMail (192.0.2.11) address 10.20.3.160 reverse dns host exch1.corp.example verified yes
Sat Nov 21 08:13:27 2026 Info: ICID 416141 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 08:13:27 2026 Info: Start MID 1040689 ICID 416141
Sat Nov 21 08:13:27 2026 Info: MID 1040689 ICID 416141 From: <eva.kowalski@corp.example>
Sat Nov 21 08:13:27 2026 Info: MID 1040689 ICID 416141 RID 0 To: <tom.obrien@bank.example>
Sat Nov 21 08:13:28 2026 Info: MID 1040689 Message-ID '<CA/DNp02DFreLde6jGZDs-N/E2oAx+t4a/sOeXcGpdyS@mail.corp.example>'
Sat Nov 21 08:13:28 2026 Info: MID 1040689 Subject 'Lunch on Friday?'
Sat Nov 21 08:13:28 2026 Info: MID 1040689 ready 25270 bytes from <eva.kowalski@corp.example>
Sat Nov 21 08:13:28 2026 Info: ICID 416141 close
Sat Nov 21 08:13:28 2026 Info: MID 1040689 SPF: mailfrom identity eva.kowalski@corp.example Pass (v=spf1)
Sat Nov 21 08:13:28 2026 Info: MID 1040689 using engine: CASE spam negative
Sat Nov 21 08:13:29 2026 Info: MID 1040689 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 08:13:29 2026 Info: New SMTP ICID 416142 interface IncomingMail (192.0.2.10) address 198.51.39.29 reverse dns host mail.logistics.example verified yes
Sat Nov 21 08:13:29 2026 Info: ICID 416142 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5
Sat Nov 21 08:13:29 2026 Info: ICID 416142 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 08:13:29 2026 Info: MID 1040689 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 08:13:30 2026 Info: Start MID 1040690 ICID 416142
Sat Nov 21 08:13:30 2026 Info: MID 1040690 ICID 416142 From: <sofia.weber@logistics.example>
Sat Nov 21 08:13:30 2026 Info: MID 1040690 ICID 416142 RID 0 To: <li.haddad@corp-mail.example>
Sat Nov 21 08:13:30 2026 Info: MID 1040690 Message-ID '<59200530a057052f587e.89195@logistics.example>'
Sat Nov 21 08:13:30 2026 Info: MID 1040690 Subject 'Budget 2027 – first numbers'
Sat Nov 21 08:13:30 2026 Info: MID 1040690 ready 41586 bytes from <sofia.weber@logistics.example>
Sat Nov 21 08:13:30 2026 Info: MID 1040690 DKIM: pass signature verified (d=logistics.example s=s6 i=@logistics.example)
Sat Nov 21 08:13:30 2026 Info: MID 1040690 DMARC: Verification passed
Sat Nov 21 08:13:30 2026 Info: MID 1040690 SPF: mailfrom identity sofia.weber@logistics.example Pass (v=spf1)
Sat Nov 21 08:13:30 2026 Info: ICID 416142 close
Sat Nov 21 08:13:30 2026 Info: MID 1040690 antivirus negative
Sat Nov 21 08:13:30 2026 Info: MID 1040690 interim AV verdict using Sophos CLEAN
Sat Nov 21 08:13:30 2026 Info: MID 1040690 using engine: CASE spam negative
Sat Nov 21 08:13:30 2026 Info: MID 1040689 queued for delivery
Sat Nov 21 08:13:30 2026 Info: MID 1040690 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 08:13:30 2026 Info: MID 1040690 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 08:13:31 2026 Info: New SMTP DCID 204167 interface 192.0.2.20 address 203.0.113.28 port 25
Sat Nov 21 08:13:31 2026 Info: DCID 204167 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 08:13:31 2026 Info: Delivery start DCID 204167 MID 1040689 to RID [0]
Sat Nov 21 08:13:32 2026 Info: MID 1040690 queued for delivery
Sat Nov 21 08:13:33 2026 Info: Message done DCID 204167 MID 1040689 to RID [0]
Sat Nov 21 08:13:33 2026 Info: MID 1040689 RID [0] Response '2.0.0 Ok: queued as VXz6ycZ6Xa7Ag3ep'
Sat Nov 21 08:13:33 2026 Info: Message finished MID 1040689 done
Sat Nov 21 08:13:33 2026 Info: DCID 204167 close
Sat Nov 21 08:13:33 2026 Info: New SMTP DCID 204168 interface 192.0.2.20 address 52.101.37.123 port 25
Sat Nov 21 08:13:33 2026 Info: DCID 204168 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 08:13:33 2026 Info: Delivery start DCID 204168 MID 1040690 to RID [0]
Sat Nov 21 08:13:35 2026 Info: Message done DCID 204168 MID 1040690 to RID [0]
Sat Nov 21 08:13:35 2026 Info: MID 1040690 RID [0] Response '2.6.0 [InternalId=668097077701, Hostname=AM0PR01MB1357.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 08:13:35 2026 Info: Message finished MID 1040690 done
Sat Nov 21 08:13:35 2026 Info: DCID 204168 close
Sat Nov 21 08:25:09 2026 Info: New SMTP ICID 416143 interface IncomingMail (192.0.2.10) address 198.51.19.239 reverse dns host mail.partner.example verified yes
Sat Nov 21 08:25:09 2026 Info: ICID 416143 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.1
Sat Nov 21 08:25:09 2026 Info: ICID 416143 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 08:25:09 2026 Info: Start MID 1040691 ICID 416143
Sat Nov 21 08:25:09 2026 Info: MID 1040691 ICID 416143 From: <nora.okafor@partner.example>
Sat Nov 21 08:25:09 2026 Info: MID 1040691 ICID 416143 RID 0 To: <dan.okafor@corp.example>
Sat Nov 21 08:25:10 2026 Info: MID 1040691 Message-ID '<fadc88e9865fadc7c9e4.71306@partner.example>'
Sat Nov 21 08:25:10 2026 Info: MID 1040691 Subject 'Lunch on Friday?'
Sat Nov 21 08:25:10 2026 Info: MID 1040691 ready 6958 bytes from <nora.okafor@partner.example>
Sat Nov 21 08:25:10 2026 Info: MID 1040691 URL https://www.partner.example/t/92d014efe8 has reputation 7.9 matched Condition: URL Reputation Rule
Sat Nov 21 08:25:10 2026 Info: ICID 416143 close
Sat Nov 21 08:25:10 2026 Info: MID 1040691 SPF: mailfrom identity nora.okafor@partner.example Pass (v=spf1)
Sat Nov 21 08:25:10 2026 Info: MID 1040691 using engine: CASE spam negative
Sat Nov 21 08:25:11 2026 Info: MID 1040691 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 08:25:11 2026 Info: MID 1040691 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 08:25:13 2026 Info: MID 1040691 queued for delivery
Sat Nov 21 08:25:17 2026 Info: New SMTP DCID 204169 interface 192.0.2.20 address 52.101.242.99 port 25
Sat Nov 21 08:25:17 2026 Info: DCID 204169 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 08:25:17 2026 Info: Delivery start DCID 204169 MID 1040691 to RID [0]
Sat Nov 21 08:25:18 2026 Info: Message done DCID 204169 MID 1040691 to RID [0]
Sat Nov 21 08:25:18 2026 Info: MID 1040691 RID [0] Response '2.6.0 [InternalId=329033164453, Hostname=AM0PR01MB1200.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 08:25:18 2026 Info: Message finished MID 1040691 done
Sat Nov 21 08:25:18 2026 Info: DCID 204169 close
Sat Nov 21 08:35:55 2026 Info: New SMTP ICID 416144 interface OutgoingMail (192.0.2.11) address 10.20.6.29 reverse dns host exch4.corp.example verified yes
Sat Nov 21 08:35:55 2026 Info: ICID 416144 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 08:35:55 2026 Info: Start MID 1040692 ICID 416144
Sat Nov 21 08:35:55 2026 Info: MID 1040692 ICID 416144 From: <finance-archive@corp.example>
Sat Nov 21 08:35:55 2026 Info: MID 1040692 ICID 416144 RID 0 To: <chen.obrien@client-b.example>
Sat Nov 21 08:35:55 2026 Info: MID 1040692 Message-ID '<CARgnkrflG7DrWBtzpilKNRDuLpHMsWC38W/_AzIfOia@mail.corp.example>'
Sat Nov 21 08:35:55 2026 Info: MID 1040692 Subject "Re: O'Brien account review"
Sat Nov 21 08:35:55 2026 Info: MID 1040692 ready 75891 bytes from <finance-archive@corp.example>
Sat Nov 21 08:35:55 2026 Info: MID 1040692 DKIM: pass signature verified (d=corp.example s=s9 i=@corp.example)
Sat Nov 21 08:35:55 2026 Info: MID 1040692 using engine: CASE spam negative
Sat Nov 21 08:35:55 2026 Info: ICID 416144 close
Sat Nov 21 08:35:55 2026 Info: MID 1040692 DMARC: Verification passed
Sat Nov 21 08:35:55 2026 Info: MID 1040692 SPF: mailfrom identity finance-archive@corp.example Pass (v=spf1)
Sat Nov 21 08:35:56 2026 Info: MID 1040692 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 08:35:56 2026 Info: MID 1040692 attachment 'image002.jpg'
Sat Nov 21 08:35:56 2026 Info: File reputation query initiating. File Name = 'image002.jpg', MID = 1040692, File Size = 45341 bytes, File Type = image/jpeg
Sat Nov 21 08:35:56 2026 Info: MID 1040692 AMP file reputation verdict : CLEAN
Sat Nov 21 08:35:57 2026 Info: Response received for file reputation query from Cache. FileName = 'image002.jpg', MID = 1040692, Disposition = CLEAN, Malware = None,Reputation Score = 0, sha256 =81b62bb5f86664ae64a149f5e3838b9ed5a9422a8bc083117eb86c57a81100a1, upload_action = 2
Sat Nov 21 08:35:58 2026 Info: MID 1040692 queued for delivery
Sat Nov 21 08:36:00 2026 Info: New SMTP DCID 204170 interface 192.0.2.20 address 203.0.113.123 port 25
Sat Nov 21 08:36:00 2026 Info: DCID 204170 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 08:36:00 2026 Info: Delivery start DCID 204170 MID 1040692 to RID [0]
Sat Nov 21 08:36:02 2026 Info: Message done DCID 204170 MID 1040692 to RID [0]
Sat Nov 21 08:36:02 2026 Info: MID 1040692 RID [0] Response '2.0.0 Ok: queued as gHSaCLiyaionvDxf'
Sat Nov 21 08:36:02 2026 Info: Message finished MID 1040692 done
Sat Nov 21 08:36:02 2026 Info: DCID 204170 close
Sat Nov 21 09:02:42 2026 Info: New SMTP ICID 416145 interface IncomingMail (192.0.2.10) address 198.51.38.50 reverse dns host mail.client-b.example verified yes
Sat Nov 21 09:02:42 2026 Info: ICID 416145 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.5
Sat Nov 21 09:02:42 2026 Info: ICID 416145 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 09:02:42 2026 Info: Start MID 1040693 ICID 416145
Sat Nov 21 09:02:42 2026 Info: MID 1040693 ICID 416145 From: <chen.obrien@client-b.example>
Sat Nov 21 09:02:42 2026 Info: MID 1040693 ICID 416145 RID 0 To: <mia.garcia@corp.example>
Sat Nov 21 09:02:42 2026 Info: MID 1040693 ICID 416145 RID 1 To: <omar.garcia@corp.example>
Sat Nov 21 09:02:42 2026 Info: MID 1040693 Message-ID '<2e8e2858493a46c%51#&30a35@client-b.example>'
Sat Nov 21 09:02:42 2026 Info: MID 1040693 Subject 'Invoice 41739'
Sat Nov 21 09:02:42 2026 Info: MID 1040693 ready 23056 bytes from <chen.obrien@client-b.example>
Sat Nov 21 09:02:42 2026 Info: MID 1040693 using engine: CASE spam negative
Sat Nov 21 09:02:42 2026 Info: MID 1040693 SPF: mailfrom identity chen.obrien@client-b.example Pass (v=spf1)
Sat Nov 21 09:02:42 2026 Info: ICID 416145 close
Sat Nov 21 09:02:42 2026 Info: MID 1040693 DKIM: pass signature verified (d=client-b.example s=s3 i=@client-b.example)
Sat Nov 21 09:02:42 2026 Info: MID 1040693 DMARC: Verification passed
Sat Nov 21 09:02:43 2026 Info: MID 1040693 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 09:02:43 2026 Info: MID 1040693 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 09:02:45 2026 Info: MID 1040693 queued for delivery
Sat Nov 21 09:02:45 2026 Info: New SMTP DCID 204171 interface 192.0.2.20 address 52.101.47.160 port 25
Sat Nov 21 09:02:45 2026 Info: DCID 204171 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 09:02:45 2026 Info: Delivery start DCID 204171 MID 1040693 to RID [0, 1]
Sat Nov 21 09:02:48 2026 Info: Message done DCID 204171 MID 1040693 to RID [0, 1]
Sat Nov 21 09:02:48 2026 Info: MID 1040693 RID [0, 1] Response '2.6.0 [InternalId=194456195574, Hostname=AM0PR01MB6354.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 09:02:48 2026 Info: Message finished MID 1040693 done
Sat Nov 21 09:02:48 2026 Info: DCID 204171 close
Sat Nov 21 09:25:36 2026 Info: New SMTP ICID 416146 interface IncomingMail (192.0.2.10) address 198.51.221.107 reverse dns host mail.university.example verified yes
Sat Nov 21 09:25:36 2026 Info: ICID 416146 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.5
Sat Nov 21 09:25:36 2026 Info: ICID 416146 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 09:25:36 2026 Info: Start MID 1040694 ICID 416146
Sat Nov 21 09:25:36 2026 Info: MID 1040694 ICID 416146 From: <emma.larsen@university.example>
Sat Nov 21 09:25:36 2026 Info: MID 1040694 ICID 416146 RID 0 To: <Leo.Dubois@Corp.Example>
Sat Nov 21 09:25:36 2026 Info: MID 1040694 ICID 416146 RID 1 To: <omar.garcia@corp.example>
Sat Nov 21 09:25:36 2026 Info: MID 1040694 Message-ID '<22bafc767d07b85c6ffb.55730@university.example>'
Sat Nov 21 09:25:36 2026 Info: MID 1040694 Subject 'Your order 61114 has shipped'
Sat Nov 21 09:25:36 2026 Info: MID 1040694 ready 31532 bytes from <emma.larsen@university.example>
Sat Nov 21 09:25:36 2026 Info: ICID 416146 close
Sat Nov 21 09:25:36 2026 Info: MID 1040694 SPF: mailfrom identity emma.larsen@university.example Pass (v=spf1)
Sat Nov 21 09:25:36 2026 Info: MID 1040694 DKIM: pass signature verified (d=university.example s=s7 i=@university.example)
Sat Nov 21 09:25:36 2026 Info: MID 1040694 using engine: CASE spam negative
Sat Nov 21 09:25:36 2026 Info: MID 1040694 DMARC: Verification passed
Sat Nov 21 09:25:37 2026 Info: MID 1040694 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 09:25:37 2026 Info: MID 1040694 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 09:25:39 2026 Info: MID 1040694 queued for delivery
Sat Nov 21 09:25:39 2026 Info: New SMTP DCID 204172 interface 192.0.2.20 address 52.101.65.179 port 25
Sat Nov 21 09:25:39 2026 Info: DCID 204172 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 09:25:39 2026 Info: Delivery start DCID 204172 MID 1040694 to RID [0, 1]
Sat Nov 21 09:25:41 2026 Info: Message done DCID 204172 MID 1040694 to RID [0, 1]
Sat Nov 21 09:25:41 2026 Info: MID 1040694 RID [0, 1] Response '2.6.0 [InternalId=966108315512, Hostname=AM0PR01MB1925.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 09:25:41 2026 Info: Message finished MID 1040694 done
Sat Nov 21 09:25:41 2026 Info: DCID 204172 close
Sat Nov 21 09:30:00 2026 Info: New SMTP ICID 416147 interface IncomingMail (192.0.2.10) address 198.51.51.16 reverse dns host mail.travel.example verified yes
Sat Nov 21 09:30:00 2026 Info: ICID 416147 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.5
Sat Nov 21 09:30:00 2026 Info: ICID 416147 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 09:30:00 2026 Info: Start MID 1040695 ICID 416147
Sat Nov 21 09:30:00 2026 Info: MID 1040695 ICID 416147 From: <ines.kowalski@travel.example>
Sat Nov 21 09:30:00 2026 Info: MID 1040695 ICID 416147 RID 0 To: <yuki.ivanova@corp.example>
Sat Nov 21 09:30:00 2026 Info: MID 1040695 ICID 416147 RID 1 To: <yuki.novak@corp-legacy.example>
Sat Nov 21 09:30:00 2026 Info: MID 1040695 Message-ID '<794b9745db9e73a7f93a.98355@travel.example>'
Sat Nov 21 09:30:00 2026 Info: MID 1040695 Subject 'Re: Re: Re: hiring plan'
Sat Nov 21 09:30:00 2026 Info: MID 1040695 ready 80812 bytes from <ines.kowalski@travel.example>
Sat Nov 21 09:30:00 2026 Info: ICID 416147 close
Sat Nov 21 09:30:00 2026 Info: MID 1040695 using engine: CASE spam negative
Sat Nov 21 09:30:00 2026 Info: MID 1040695 SPF: mailfrom identity ines.kowalski@travel.example Pass (v=spf1)
Sat Nov 21 09:30:00 2026 Info: MID 1040695 DKIM: pass signature verified (d=travel.example s=s2 i=@travel.example)
Sat Nov 21 09:30:00 2026 Info: MID 1040695 DMARC: Verification passed
Sat Nov 21 09:30:01 2026 Info: MID 1040695 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 09:30:01 2026 Info: MID 1040695 attachment 'image001.png'
Sat Nov 21 09:30:01 2026 Info: File reputation query initiating. File Name = 'image001.png', MID = 1040695, File Size = 43019 bytes, File Type = image/png
Sat Nov 21 09:30:01 2026 Info: MID 1040695 AMP file reputation verdict : CLEAN
Sat Nov 21 09:30:01 2026 Info: Response received for file reputation query from Cloud. File Name = 'image001.png', MID = 1040695, Disposition = CLEAN, Malware = None, Reputation Score = 5, sha256 = cff9792d68d3dddd31bf6ae88b8721fdf4b7cff18dd11683cea1df031851c9fa, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Sat Nov 21 09:30:02 2026 Info: MID 1040695 queued for delivery
Sat Nov 21 09:30:06 2026 Info: New SMTP DCID 204173 interface 192.0.2.20 address 52.101.176.28 port 25
Sat Nov 21 09:30:06 2026 Info: DCID 204173 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 09:30:06 2026 Info: Delivery start DCID 204173 MID 1040695 to RID [0]
Sat Nov 21 09:30:08 2026 Info: Message done DCID 204173 MID 1040695 to RID [0]
Sat Nov 21 09:30:08 2026 Info: MID 1040695 RID [0] Response '2.0.0 Ok: queued as BQctyQNX2SnBEXMc'
Sat Nov 21 09:30:08 2026 Info: New SMTP DCID 204174 interface 192.0.2.20 address 10.30.0.25 port 25
Sat Nov 21 09:30:08 2026 Info: DCID 204174 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 09:30:08 2026 Info: Delivery start DCID 204174 MID 1040695 to RID [1]
Sat Nov 21 09:30:08 2026 Info: DCID 204173 close
Sat Nov 21 09:30:10 2026 Info: Message done DCID 204174 MID 1040695 to RID [1]
Sat Nov 21 09:30:10 2026 Info: MID 1040695 RID [1] Response '2.0.0 Ok: queued as h8hYEMHcxCEWwNw5'
Sat Nov 21 09:30:10 2026 Info: Message finished MID 1040695 done
Sat Nov 21 09:30:10 2026 Info: DCID 204174 close
Sat Nov 21 09:41:23 2026 Info: New SMTP ICID 416148 interface IncomingMail (192.0.2.10) address 198.51.44.186 reverse dns host mail.bank.example verified yes
Sat Nov 21 09:41:23 2026 Info: ICID 416148 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.5
Sat Nov 21 09:41:23 2026 Info: ICID 416148 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 09:41:24 2026 Info: Start MID 1040696 ICID 416148
Sat Nov 21 09:41:24 2026 Info: MID 1040696 ICID 416148 From: <leo.mendes@bank.example>
Sat Nov 21 09:41:24 2026 Info: MID 1040696 ICID 416148 RID 0 To: <marc.kowalski@corp.example>
Sat Nov 21 09:41:24 2026 Info: MID 1040696 Message-ID '<d80293af47305323%87#&e52c4@bank.example>'
Sat Nov 21 09:41:24 2026 Info: MID 1040696 Subject 'Welcome to the team!'
Sat Nov 21 09:41:24 2026 Info: MID 1040696 ready 120289 bytes from <leo.mendes@bank.example>
Sat Nov 21 09:41:25 2026 Info: MID 1040696 Outbreak Filters: verdict negative
Sat Nov 21 09:41:25 2026 Info: ICID 416148 close
Sat Nov 21 09:41:25 2026 Info: MID 1040696 URL https://www.bank.example/t/434ea15e9c has reputation 7.9 matched Condition: URL Reputation Rule
Sat Nov 21 09:41:25 2026 Info: MID 1040696 SPF: mailfrom identity leo.mendes@bank.example Pass (v=spf1)
Sat Nov 21 09:41:25 2026 Info: MID 1040696 using engine: CASE spam negative
Sat Nov 21 09:41:26 2026 Info: MID 1040696 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 09:41:26 2026 Info: New SMTP ICID 416149 interface OutgoingMail (192.0.2.11) address 10.20.8.238 reverse dns host exch2.corp.example verified yes
Sat Nov 21 09:41:26 2026 Info: ICID 416149 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 09:41:26 2026 Info: MID 1040696 attachment 'minutes-48728.docx'
Sat Nov 21 09:41:26 2026 Info: MID 1040696 AMP file reputation verdict : CLEAN
Sat Nov 21 09:41:26 2026 Info: Start MID 1040697 ICID 416149
Sat Nov 21 09:41:26 2026 Info: MID 1040697 ICID 416149 From: <omar.weber@corp.example>
Sat Nov 21 09:41:26 2026 Info: MID 1040697 ICID 416149 RID 0 To: <kofi.rossi@cloudapp.example>
Sat Nov 21 09:41:26 2026 Info: MID 1040697 Message-ID '<fab12ea7f27aae9249ad.9508@corp.example>'
Sat Nov 21 09:41:26 2026 Info: MID 1040697 Subject 'Quarterly report'
Sat Nov 21 09:41:26 2026 Info: MID 1040697 ready 696206 bytes from <omar.weber@corp.example>
Sat Nov 21 09:41:26 2026 Info: MID 1040697 SPF: mailfrom identity omar.weber@corp.example Pass (v=spf1)
Sat Nov 21 09:41:26 2026 Info: ICID 416149 close
Sat Nov 21 09:41:26 2026 Info: MID 1040697 using engine: CASE spam negative
Sat Nov 21 09:41:26 2026 Info: MID 1040697 DMARC: Verification passed
Sat Nov 21 09:41:27 2026 Info: MID 1040697 DKIM: pass signature verified (d=corp.example s=s1 i=@corp.example)
Sat Nov 21 09:41:27 2026 Info: MID 1040696 queued for delivery
Sat Nov 21 09:41:27 2026 Info: MID 1040697 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 09:41:27 2026 Info: MID 1040697 attachment 'image001.png'
Sat Nov 21 09:41:27 2026 Info: File reputation query initiating. File Name = 'image001.png', MID = 1040697, File Size = 18942 bytes, File Type = image/png
Sat Nov 21 09:41:28 2026 Info: Response received for file reputation query from Cloud. File Name = 'image001.png', MID = 1040697, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = dff056177a95693abf5d99046ad9dba34ab1673451f5f5705953d3cf85b71280, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Sat Nov 21 09:41:28 2026 Info: MID 1040697 attachment 'minutes-22293.docx'
Sat Nov 21 09:41:28 2026 Info: File reputation query initiating. File Name = 'minutes-22293.docx', MID = 1040697, File Size = 106154 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Sat Nov 21 09:41:28 2026 Info: MID 1040697 attachment 'Q1 Report 2026.pdf'
Sat Nov 21 09:41:28 2026 Info: File reputation query initiating. File Name = 'Q1 Report 2026.pdf', MID = 1040697, File Size = 371697 bytes, File Type = application/pdf
Sat Nov 21 09:41:28 2026 Info: MID 1040697 AMP file reputation verdict : UNKNOWN
Sat Nov 21 09:41:28 2026 Info: Response received for file reputation query from Cloud. File Name = minutes-22293.docx, MID = 1040697, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = caaf746a21bb5a464350b833f93b3d89b25628570d6561db9fc1f048103b24ee, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Sat Nov 21 09:41:28 2026 Info: Response received for file reputation query from Cache. File Name = 'Q1 Report 2026.pdf', MID = 1040697, Disposition = FILE UNKNOWN, Malware = None, Analysis Score = 0, sha256 = c17a9262453bf4912e7a26e9c76c603fe7e8f9f60a227385459c945c43fc0527, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Sat Nov 21 09:41:29 2026 Info: MID 1040697 queued for delivery
Sat Nov 21 09:41:30 2026 Info: New SMTP DCID 204175 interface 192.0.2.20 address 52.101.4.48 port 25
Sat Nov 21 09:41:30 2026 Info: DCID 204175 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 09:41:30 2026 Info: Delivery start DCID 204175 MID 1040696 to RID [0]
Sat Nov 21 09:41:31 2026 Info: Message done DCID 204175 MID 1040696 to RID [0]
Sat Nov 21 09:41:31 2026 Info: MID 1040696 RID [0] Response '2.6.0 [InternalId=688296681918, Hostname=AM0PR01MB3034.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 09:41:31 2026 Info: Message finished MID 1040696 done
Sat Nov 21 09:41:31 2026 Info: DCID 204175 close
Sat Nov 21 09:41:31 2026 Info: New SMTP DCID 204176 interface 192.0.2.20 address 203.0.113.83 port 25
Sat Nov 21 09:41:31 2026 Info: DCID 204176 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 09:41:31 2026 Info: Delivery start DCID 204176 MID 1040697 to RID [0]
Sat Nov 21 09:41:33 2026 Info: Message done DCID 204176 MID 1040697 to RID [0]
Sat Nov 21 09:41:33 2026 Info: MID 1040697 RID [0] Response '2.0.0 Ok: queued as mBCBKNxxXGyZ5eRa'
Sat Nov 21 09:41:33 2026 Info: Message finished MID 1040697 done
Sat Nov 21 09:41:33 2026 Info: DCID 204176 close
Sat Nov 21 09:54:41 2026 Info: New SMTP ICID 416150 interface IncomingMail (192.0.2.10) address 198.51.190.208 reverse dns host mail.client-b.example verified yes
Sat Nov 21 09:54:41 2026 Info: ICID 416150 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.4
Sat Nov 21 09:54:41 2026 Info: ICID 416150 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 09:54:41 2026 Info: Start MID 1040698 ICID 416150
Sat Nov 21 09:54:41 2026 Info: MID 1040698 ICID 416150 From: <noah.ivanova@client-b.example>
Sat Nov 21 09:54:41 2026 Info: MID 1040698 ICID 416150 RID 0 To: <ravi.obrien@corp-mail.example>
Sat Nov 21 09:54:41 2026 Info: MID 1040698 Message-ID '<2bd4240e6ab076819303.98272@client-b.example>'
Sat Nov 21 09:54:41 2026 Info: MID 1040698 Subject 'Café menu for next week'
Sat Nov 21 09:54:41 2026 Info: MID 1040698 ready 567870 bytes from <noah.ivanova@client-b.example>
Sat Nov 21 09:54:41 2026 Info: MID 1040698 DKIM: pass signature verified (d=client-b.example s=s5 i=@client-b.example)
Sat Nov 21 09:54:41 2026 Info: MID 1040698 DMARC: Verification passed
Sat Nov 21 09:54:41 2026 Info: MID 1040698 using engine: CASE spam negative
Sat Nov 21 09:54:41 2026 Info: ICID 416150 close
Sat Nov 21 09:54:42 2026 Info: MID 1040698 SPF: mailfrom identity noah.ivanova@client-b.example Pass (v=spf1)
Sat Nov 21 09:54:42 2026 Info: MID 1040698 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 09:54:42 2026 Info: MID 1040698 attachment 'invoice_18015.pdf'
Sat Nov 21 09:54:42 2026 Info: File reputation query initiating. File Name = 'invoice_18015.pdf', MID = 1040698, File Size = 388770 bytes, File Type = application/pdf
Sat Nov 21 09:54:42 2026 Info: MID 1040698 attachment 'image001.png'
Sat Nov 21 09:54:42 2026 Info: File reputation query initiating. File Name = 'image001.png', MID = 1040698, File Size = 23857 bytes, File Type = image/png
Sat Nov 21 09:54:42 2026 Info: MID 1040698 AMP file reputation verdict : UNKNOWN
Sat Nov 21 09:54:42 2026 Info: Response received for file reputation query from Cache. File Name = 'invoice_18015.pdf', MID = 1040698, Disposition = FILE UNKNOWN, Malware = None, Analysis Score = 0, sha256 = 15a0cce60e2ec40a29ca862d6e4505f5416e99b0e13e213ebdaaea00a01d616f, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Sat Nov 21 09:54:43 2026 Info: Response received for file reputation query from Cloud. File Name = 'image001.png', MID = 1040698, Disposition = CLEAN, Malware = None, Reputation Score = 5, sha256 = 867d7d3dea95b25bfa5251f42d2264da402a75c8a50629e7ebd8b732d38ae589, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Sat Nov 21 09:54:43 2026 Info: MID 1040698 rewritten to MID 1040699 by url-rewrite filter 'Rewrite_URLs'
Sat Nov 21 09:54:43 2026 Info: Message finished MID 1040698 done
Sat Nov 21 09:54:43 2026 Info: MID 1040699 ICID 0 From: <noah.ivanova@client-b.example>
Sat Nov 21 09:54:43 2026 Info: MID 1040699 ICID 0 RID 0 To: <ravi.obrien@corp-mail.example>
Sat Nov 21 09:54:43 2026 Info: MID 1040699 Message-ID '<2bd4240e6ab076819303.98272@client-b.example>'
Sat Nov 21 09:54:43 2026 Info: MID 1040699 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 09:54:43 2026 Info: MID 1040699 queued for delivery
Sat Nov 21 09:54:43 2026 Info: New SMTP DCID 204177 interface 192.0.2.20 address 52.101.135.184 port 25
Sat Nov 21 09:54:43 2026 Info: DCID 204177 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 09:54:43 2026 Info: Delivery start DCID 204177 MID 1040699 to RID [0]
Sat Nov 21 09:54:44 2026 Info: Message done DCID 204177 MID 1040699 to RID [0]
Sat Nov 21 09:54:44 2026 Info: MID 1040699 RID [0] Response '2.0.0 Ok: queued as doxfaDAskLseRyJz'
Sat Nov 21 09:54:44 2026 Info: Message finished MID 1040699 done
Sat Nov 21 09:54:44 2026 Info: DCID 204177 close
Sat Nov 21 10:14:33 2026 Info: New SMTP ICID 416151 interface IncomingMail (192.0.2.10) address 198.51.21.238 reverse dns host mail.logistics.example verified yes
Sat Nov 21 10:14:33 2026 Info: ICID 416151 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.0
Sat Nov 21 10:14:33 2026 Info: ICID 416151 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 10:14:33 2026 Info: Start MID 1040700 ICID 416151
Sat Nov 21 10:14:33 2026 Info: MID 1040700 ICID 416151 From: <sofia.weber@logistics.example>
Sat Nov 21 10:14:33 2026 Info: MID 1040700 ICID 416151 RID 0 To: <Ravi.Nguyen48@Corp.Example>
Sat Nov 21 10:14:33 2026 Info: MID 1040700 ICID 416151 RID 1 To: <omar.mendes@corp.example>
Sat Nov 21 10:14:33 2026 Info: MID 1040700 ICID 416151 RID 2 To: <eva.kowalski@corp.example>
Sat Nov 21 10:14:34 2026 Info: MID 1040700 Message-ID '<4e5c64b55a9d0a1e9523.98520@logistics.example>'
Sat Nov 21 10:14:34 2026 Info: MID 1040700 Subject 'Reminder: timesheets due'
Sat Nov 21 10:14:34 2026 Info: MID 1040700 ready 30612 bytes from <sofia.weber@logistics.example>
Sat Nov 21 10:14:34 2026 Info: MID 1040700 DKIM: pass signature verified (d=logistics.example s=s8 i=@logistics.example)
Sat Nov 21 10:14:34 2026 Info: ICID 416151 close
Sat Nov 21 10:14:34 2026 Info: MID 1040700 DMARC: Verification passed
Sat Nov 21 10:14:34 2026 Info: MID 1040700 was split creating MID 1040701 due to a per-recipient policy Finance in the inbound table
Sat Nov 21 10:14:34 2026 Info: MID 1040701 ICID 0 From: <sofia.weber@logistics.example>
Sat Nov 21 10:14:34 2026 Info: MID 1040701 ICID 0 RID 0 To: <eva.kowalski@corp.example>
Sat Nov 21 10:14:34 2026 Info: MID 1040700 using engine: CASE spam negative
Sat Nov 21 10:14:34 2026 Info: MID 1040700 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 10:14:34 2026 Info: MID 1040701 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 10:14:34 2026 Info: MID 1040700 SPF: mailfrom identity sofia.weber@logistics.example Pass (v=spf1)
Sat Nov 21 10:14:34 2026 Info: MID 1040700 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 10:14:34 2026 Info: MID 1040701 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 10:14:36 2026 Info: MID 1040700 queued for delivery
Sat Nov 21 10:14:36 2026 Info: MID 1040701 queued for delivery
Sat Nov 21 10:14:37 2026 Info: New SMTP ICID 416152 interface IncomingMail (192.0.2.10) address 198.51.123.166 reverse dns host mail.client-b.example verified yes
Sat Nov 21 10:14:37 2026 Info: ICID 416152 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.0
Sat Nov 21 10:14:37 2026 Info: ICID 416152 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 10:14:37 2026 Info: Start MID 1040702 ICID 416152
Sat Nov 21 10:14:37 2026 Info: MID 1040702 ICID 416152 From: <max.fischer@client-b.example>
Sat Nov 21 10:14:37 2026 Info: MID 1040702 ICID 416152 RID 0 To: <sam.obrien@corp.example>
Sat Nov 21 10:14:37 2026 Info: MID 1040702 Message-ID '<c9410b13605072c65aad.50330@client-b.example>'
Sat Nov 21 10:14:37 2026 Info: MID 1040702 Subject 'Invoice 22769'
Sat Nov 21 10:14:37 2026 Info: MID 1040702 ready 74245 bytes from <max.fischer@client-b.example>
Sat Nov 21 10:14:37 2026 Info: MID 1040702 SPF: mailfrom identity max.fischer@client-b.example Pass (v=spf1)
Sat Nov 21 10:14:37 2026 Info: MID 1040702 DKIM: pass signature verified (d=client-b.example s=s2 i=@client-b.example)
Sat Nov 21 10:14:37 2026 Info: ICID 416152 close
Sat Nov 21 10:14:37 2026 Info: MID 1040702 antivirus negative
Sat Nov 21 10:14:37 2026 Info: MID 1040702 using engine: CASE spam negative
Sat Nov 21 10:14:37 2026 Info: MID 1040702 interim AV verdict using Sophos CLEAN
Sat Nov 21 10:14:37 2026 Info: New SMTP DCID 204178 interface 192.0.2.20 address 52.101.8.61 port 25
Sat Nov 21 10:14:37 2026 Info: DCID 204178 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 10:14:37 2026 Info: Delivery start DCID 204178 MID 1040700 to RID [0, 1]
Sat Nov 21 10:14:37 2026 Info: MID 1040702 DMARC: Verification passed
Sat Nov 21 10:14:38 2026 Info: MID 1040702 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 10:14:38 2026 Info: MID 1040702 attachment 'invoice_44952.pdf'
Sat Nov 21 10:14:39 2026 Info: MID 1040702 AMP file reputation verdict : UNKNOWN
Sat Nov 21 10:14:39 2026 Info: Message done DCID 204178 MID 1040700 to RID [0, 1]
Sat Nov 21 10:14:39 2026 Info: MID 1040700 RID [0, 1] Response '2.6.0 [InternalId=131700415196, Hostname=AM0PR01MB9058.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 10:14:39 2026 Info: Message finished MID 1040700 done
Sat Nov 21 10:14:39 2026 Info: DCID 204178 close
Sat Nov 21 10:14:39 2026 Info: New SMTP DCID 204179 interface 192.0.2.20 address 52.101.57.234 port 25
Sat Nov 21 10:14:39 2026 Info: DCID 204179 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 10:14:39 2026 Info: Delivery start DCID 204179 MID 1040701 to RID [0]
Sat Nov 21 10:14:39 2026 Info: Message done DCID 204179 MID 1040701 to RID [0]
Sat Nov 21 10:14:39 2026 Info: MID 1040701 RID [0] Response '2.6.0 [InternalId=880757817275, Hostname=AM0PR01MB5188.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 10:14:39 2026 Info: Message finished MID 1040701 done
Sat Nov 21 10:14:39 2026 Info: DCID 204179 close
Sat Nov 21 10:14:40 2026 Info: MID 1040702 queued for delivery
Sat Nov 21 10:14:40 2026 Info: New SMTP DCID 204180 interface 192.0.2.20 address 52.101.254.24 port 25
Sat Nov 21 10:14:40 2026 Info: DCID 204180 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 10:14:40 2026 Info: Delivery start DCID 204180 MID 1040702 to RID [0]
Sat Nov 21 10:14:41 2026 Info: Message done DCID 204180 MID 1040702 to RID [0]
Sat Nov 21 10:14:41 2026 Info: MID 1040702 RID [0] Response '2.0.0 Ok: queued as Q6sqnzzJtVvSSVQL'
Sat Nov 21 10:14:41 2026 Info: Message finished MID 1040702 done
Sat Nov 21 10:14:41 2026 Info: DCID 204180 close
Sat Nov 21 10:33:02 2026 Info: New SMTP ICID 416153 interface OutgoingMail (192.0.2.11) address 10.20.9.74 reverse dns host exch4.corp.example verified yes
Sat Nov 21 10:33:02 2026 Info: ICID 416153 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 10:33:02 2026 Info: Start MID 1040703 ICID 416153
Sat Nov 21 10:33:02 2026 Info: MID 1040703 ICID 416153 From: <ravi.obrien@corp.example>
Sat Nov 21 10:33:02 2026 Info: MID 1040703 ICID 416153 RID 0 To: <chen.obrien@client-b.example>
Sat Nov 21 10:33:03 2026 Info: MID 1040703 Message-ID '<b53836d21e0030255e1f.41337@corp.example>'
Sat Nov 21 10:33:03 2026 Info: MID 1040703 Subject 'Café menu for next week'
Sat Nov 21 10:33:03 2026 Info: MID 1040703 ready 10569 bytes from <ravi.obrien@corp.example>
Sat Nov 21 10:33:03 2026 Info: MID 1040703 SPF: mailfrom identity ravi.obrien@corp.example Pass (v=spf1)
Sat Nov 21 10:33:03 2026 Info: MID 1040703 DKIM: pass signature verified (d=corp.example s=s9 i=@corp.example)
Sat Nov 21 10:33:03 2026 Info: MID 1040703 using engine: CASE spam negative
Sat Nov 21 10:33:03 2026 Info: ICID 416153 close
Sat Nov 21 10:33:03 2026 Info: MID 1040703 DMARC: Verification passed
Sat Nov 21 10:33:03 2026 Info: MID 1040703 antivirus negative
Sat Nov 21 10:33:03 2026 Info: MID 1040703 interim AV verdict using Sophos CLEAN
Sat Nov 21 10:33:04 2026 Info: MID 1040703 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 10:33:04 2026 Info: MID 1040703 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 10:33:07 2026 Info: MID 1040703 queued for delivery
Sat Nov 21 10:33:10 2026 Info: New SMTP DCID 204181 interface 192.0.2.20 address 203.0.113.239 port 25
Sat Nov 21 10:33:10 2026 Info: DCID 204181 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 10:33:10 2026 Info: Delivery start DCID 204181 MID 1040703 to RID [0]
Sat Nov 21 10:33:12 2026 Info: Message done DCID 204181 MID 1040703 to RID [0]
Sat Nov 21 10:33:12 2026 Info: MID 1040703 RID [0] Response '2.0.0 Ok: queued as vsKcn6X7GVenMB3R'
Sat Nov 21 10:33:12 2026 Info: Message finished MID 1040703 done
Sat Nov 21 10:33:12 2026 Info: DCID 204181 close
Sat Nov 21 10:51:22 2026 Info: New SMTP ICID 416154 interface IncomingMail (192.0.2.10) address 198.51.227.133 reverse dns host mail.client-a.example verified yes
Sat Nov 21 10:51:22 2026 Info: ICID 416154 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.8
Sat Nov 21 10:51:22 2026 Info: ICID 416154 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 10:51:22 2026 Info: Start MID 1040704 ICID 416154
Sat Nov 21 10:51:22 2026 Info: MID 1040704 ICID 416154 From: <ida.obrien@client-a.example>
Sat Nov 21 10:51:22 2026 Info: MID 1040704 ICID 416154 RID 0 To: <ewa.jensen@corp.example>
Sat Nov 21 10:51:22 2026 Info: MID 1040704 Message-ID '<CAKX_Zs6W86+6E80W2Ub9b61j471O2rkirTxF6ALf7j-@mail.client-a.example>'
Sat Nov 21 10:51:22 2026 Info: MID 1040704 Subject 'Price list 42396'
Sat Nov 21 10:51:22 2026 Info: MID 1040704 ready 662774 bytes from <ida.obrien@client-a.example>
Sat Nov 21 10:51:22 2026 Info: MID 1040704 using engine: CASE spam negative
Sat Nov 21 10:51:22 2026 Info: MID 1040704 DMARC: Verification passed
Sat Nov 21 10:51:22 2026 Info: ICID 416154 close
Sat Nov 21 10:51:22 2026 Info: MID 1040704 SPF: mailfrom identity ida.obrien@client-a.example Pass (v=spf1)
Sat Nov 21 10:51:22 2026 Info: MID 1040704 DKIM: pass signature verified (d=client-a.example s=s3 i=@client-a.example)
Sat Nov 21 10:51:22 2026 Info: MID 1040704 antivirus negative
Sat Nov 21 10:51:22 2026 Info: MID 1040704 interim AV verdict using Sophos CLEAN
Sat Nov 21 10:51:23 2026 Info: MID 1040704 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 10:51:24 2026 Info: MID 1040704 attachment 'notes.txt'
Sat Nov 21 10:51:24 2026 Info: MID 1040704 attachment 'Report,Final=20Draft:=20Revenue=20(Q1),Approved.pdf'
Sat Nov 21 10:51:24 2026 Info: MID 1040704 AMP file reputation verdict : LOWRISK
Sat Nov 21 10:51:25 2026 Info: MID 1040704 queued for delivery
Sat Nov 21 10:51:28 2026 Info: New SMTP DCID 204182 interface 192.0.2.20 address 52.101.234.224 port 25
Sat Nov 21 10:51:28 2026 Info: DCID 204182 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 10:51:28 2026 Info: Delivery start DCID 204182 MID 1040704 to RID [0]
Sat Nov 21 10:51:30 2026 Info: Message done DCID 204182 MID 1040704 to RID [0]
Sat Nov 21 10:51:30 2026 Info: MID 1040704 RID [0] Response '2.0.0 Ok: queued as q9jZwdcTHVWEZyr7'
Sat Nov 21 10:51:30 2026 Info: Message finished MID 1040704 done
Sat Nov 21 10:51:30 2026 Info: DCID 204182 close
Sat Nov 21 11:03:32 2026 Info: New SMTP ICID 416155 interface IncomingMail (192.0.2.10) address 198.51.89.67 reverse dns host mail.client-b.example verified yes
Sat Nov 21 11:03:32 2026 Info: ICID 416155 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.7
Sat Nov 21 11:03:32 2026 Info: ICID 416155 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 11:03:32 2026 Info: Start MID 1040705 ICID 416155
Sat Nov 21 11:03:32 2026 Info: MID 1040705 ICID 416155 From: <paul.dubois@client-b.example>
Sat Nov 21 11:03:32 2026 Info: MID 1040705 ICID 416155 RID 0 To: <yuki.ivanova@corp.example>
Sat Nov 21 11:03:32 2026 Info: MID 1040705 ICID 416155 RID 1 To: <noah.okafor90@corp.example>
Sat Nov 21 11:03:32 2026 Info: MID 1040705 ICID 416155 RID 2 To: <journal@corp.example>
Sat Nov 21 11:03:32 2026 Info: MID 1040705 Message-ID '<CAQLMUfG9UDmSRkTaY/mtnsyAldULUbPW_n-mfOD8Ay2@mail.client-b.example>'
Sat Nov 21 11:03:32 2026 Info: MID 1040705 Subject 'Meeting notes'
Sat Nov 21 11:03:32 2026 Info: MID 1040705 ready 33743 bytes from <paul.dubois@client-b.example>
Sat Nov 21 11:03:32 2026 Info: MID 1040705 SPF: mailfrom identity paul.dubois@client-b.example Pass (v=spf1)
Sat Nov 21 11:03:32 2026 Info: ICID 416155 close
Sat Nov 21 11:03:32 2026 Info: MID 1040705 Outbreak Filters: verdict negative
Sat Nov 21 11:03:32 2026 Info: MID 1040705 using engine: CASE spam negative
Sat Nov 21 11:03:32 2026 Info: MID 1040705 URL https://www.client-b.example/t/262553c329 has reputation 4.5 matched Condition: URL Reputation Rule
Sat Nov 21 11:03:33 2026 Info: MID 1040705 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 11:03:33 2026 Info: MID 1040705 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 11:03:35 2026 Info: MID 1040705 queued for delivery
Sat Nov 21 11:03:38 2026 Info: New SMTP DCID 204183 interface 192.0.2.20 address 52.101.38.118 port 25
Sat Nov 21 11:03:38 2026 Info: DCID 204183 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 11:03:38 2026 Info: Delivery start DCID 204183 MID 1040705 to RID [0, 1, 2]
Sat Nov 21 11:03:38 2026 Info: Message done DCID 204183 MID 1040705 to RID [0, 1, 2]
Sat Nov 21 11:03:38 2026 Info: MID 1040705 RID [0, 1, 2] Response '2.6.0 [InternalId=747862151818, Hostname=AM0PR01MB2255.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 11:03:38 2026 Info: Message finished MID 1040705 done
Sat Nov 21 11:03:38 2026 Info: DCID 204183 close
Sat Nov 21 11:32:39 2026 Info: New SMTP ICID 416156 interface IncomingMail (192.0.2.10) address 198.51.43.95 reverse dns host mail.logistics.example verified yes
Sat Nov 21 11:32:39 2026 Info: ICID 416156 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.3
Sat Nov 21 11:32:39 2026 Info: ICID 416156 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 11:32:39 2026 Info: Start MID 1040706 ICID 416156
Sat Nov 21 11:32:39 2026 Info: MID 1040706 ICID 416156 From: <mia.sato@logistics.example>
Sat Nov 21 11:32:39 2026 Info: MID 1040706 ICID 416156 RID 0 To: <sam.obrien@corp-mail.example>
Sat Nov 21 11:32:39 2026 Info: MID 1040706 Message-ID '<26567178800532aedb56.89520@logistics.example>'
Sat Nov 21 11:32:39 2026 Info: MID 1040706 Subject 'Weekly newsletter #84561'
Sat Nov 21 11:32:39 2026 Info: MID 1040706 ready 12043 bytes from <mia.sato@logistics.example>
Sat Nov 21 11:32:39 2026 Info: MID 1040706 DKIM: pass signature verified (d=logistics.example s=s9 i=@logistics.example)
Sat Nov 21 11:32:39 2026 Info: MID 1040706 using engine: CASE spam negative
Sat Nov 21 11:32:39 2026 Info: ICID 416156 close
Sat Nov 21 11:32:39 2026 Info: MID 1040706 DMARC: Verification passed
Sat Nov 21 11:32:39 2026 Info: MID 1040706 SPF: mailfrom identity mia.sato@logistics.example Pass (v=spf1)
Sat Nov 21 11:32:39 2026 Info: MID 1040706 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 11:32:39 2026 Info: MID 1040706 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 11:32:41 2026 Info: MID 1040706 queued for delivery
Sat Nov 21 11:32:44 2026 Info: New SMTP DCID 204184 interface 192.0.2.20 address 52.101.66.148 port 25
Sat Nov 21 11:32:44 2026 Info: DCID 204184 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 11:32:44 2026 Info: Delivery start DCID 204184 MID 1040706 to RID [0]
Sat Nov 21 11:32:44 2026 Info: Message done DCID 204184 MID 1040706 to RID [0]
Sat Nov 21 11:32:44 2026 Info: MID 1040706 RID [0] Response '2.6.0 [InternalId=547128049493, Hostname=AM0PR01MB4431.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 11:32:44 2026 Info: Message finished MID 1040706 done
Sat Nov 21 11:32:44 2026 Info: DCID 204184 close
Sat Nov 21 11:40:21 2026 Info: New SMTP ICID 416157 interface IncomingMail (192.0.2.10) address 198.51.124.114 reverse dns host mail.logistics.example verified yes
Sat Nov 21 11:40:21 2026 Info: ICID 416157 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.3
Sat Nov 21 11:40:21 2026 Info: ICID 416157 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 11:40:21 2026 Info: Start MID 1040707 ICID 416157
Sat Nov 21 11:40:21 2026 Info: MID 1040707 ICID 416157 From: <mia.sato@logistics.example>
Sat Nov 21 11:40:21 2026 Info: MID 1040707 ICID 416157 RID 0 To: <zoe.kim@corp.example>
Sat Nov 21 11:40:21 2026 Info: MID 1040707 ICID 416157 RID 1 To: <raj.tanaka@corp-legacy.example>
Sat Nov 21 11:40:21 2026 Info: New SMTP ICID 416158 interface IncomingMail (192.0.2.10) address 198.51.218.155 reverse dns host mail.logistics.example verified yes
Sat Nov 21 11:40:21 2026 Info: ICID 416158 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.8
Sat Nov 21 11:40:21 2026 Info: ICID 416158 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 11:40:21 2026 Info: Start MID 1040709 ICID 416158
Sat Nov 21 11:40:21 2026 Info: MID 1040709 ICID 416158 From: <mary.moreau@logistics.example>
Sat Nov 21 11:40:21 2026 Info: MID 1040709 ICID 416158 RID 0 To: <ines.berg@corp.example>
Sat Nov 21 11:40:21 2026 Info: MID 1040709 ICID 416158 RID 1 To: <sara.novak@corp.example>
Sat Nov 21 11:40:21 2026 Info: MID 1040709 ICID 416158 RID 2 To: <lena.sato@corp.example>
Sat Nov 21 11:40:22 2026 Info: MID 1040707 Message-ID '<CAlr9cMed/xkVyzxA_/TV=eP2rUup+C651KtUYDNCM7Z@mail.logistics.example>'
Sat Nov 21 11:40:22 2026 Info: MID 1040707 Subject 'Quarterly report'
Sat Nov 21 11:40:22 2026 Info: MID 1040707 ready 21791 bytes from <mia.sato@logistics.example>
Sat Nov 21 11:40:22 2026 Info: MID 1040707 SPF: mailfrom identity mia.sato@logistics.example Pass (v=spf1)
Sat Nov 21 11:40:22 2026 Info: MID 1040707 antivirus negative
Sat Nov 21 11:40:22 2026 Info: ICID 416157 close
Sat Nov 21 11:40:22 2026 Info: MID 1040707 DKIM: pass signature verified (d=logistics.example s=s4 i=@logistics.example)
Sat Nov 21 11:40:22 2026 Info: MID 1040707 interim AV verdict using Sophos CLEAN
Sat Nov 21 11:40:22 2026 Info: MID 1040707 using engine: CASE spam negative
Sat Nov 21 11:40:22 2026 Info: MID 1040707 DMARC: Verification passed
Sat Nov 21 11:40:22 2026 Info: MID 1040709 Message-ID '<c1d76b3e7ae1b2ae55d8.30642@logistics.example>'
Sat Nov 21 11:40:22 2026 Info: MID 1040709 Subject 'Price list 3343'
Sat Nov 21 11:40:22 2026 Info: MID 1040709 ready 2128773 bytes from <mary.moreau@logistics.example>
Sat Nov 21 11:40:22 2026 Info: MID 1040709 using engine: CASE spam negative
Sat Nov 21 11:40:22 2026 Info: MID 1040709 SPF: mailfrom identity mary.moreau@logistics.example Pass (v=spf1)
Sat Nov 21 11:40:22 2026 Info: ICID 416158 close
Sat Nov 21 11:40:22 2026 Info: MID 1040709 URL https://www.logistics.example/t/4eaf5d1409 has reputation 4.5 matched Condition: URL Reputation Rule
Sat Nov 21 11:40:22 2026 Info: MID 1040709 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 11:40:23 2026 Info: MID 1040709 attachment 'Q1=20Report=202026.pdf'
Sat Nov 21 11:40:23 2026 Info: File reputation query initiating. File Name = 'Q1 Report 2026.pdf', MID = 1040709, File Size = 588237 bytes, File Type = application/pdf
Sat Nov 21 11:40:23 2026 Info: MID 1040709 attachment 'Q2=20Report=202026.pdf'
Sat Nov 21 11:40:23 2026 Info: File reputation query initiating. File Name = 'Q2 Report 2026.pdf', MID = 1040709, File Size = 976106 bytes, File Type = application/pdf
Sat Nov 21 11:40:23 2026 Info: Response received for file reputation query from Cache. File Name = 'Q1 Report 2026.pdf', MID = 1040709, Disposition = CLEAN, Malware = None, Reputation Score = 0, sha256 = a1320b9d4de2f8ad4cb59aa705c22d3f64dbc8d30aaaaf81963892a766465d28, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Sat Nov 21 11:40:23 2026 Info: MID 1040709 AMP file reputation verdict : UNKNOWN
Sat Nov 21 11:40:23 2026 Info: MID 1040707 was split creating MID 1040708 due to a per-recipient policy DEFAULT in the inbound table
Sat Nov 21 11:40:23 2026 Info: MID 1040708 ICID 0 From: <mia.sato@logistics.example>
Sat Nov 21 11:40:23 2026 Info: MID 1040708 ICID 0 RID 0 To: <raj.tanaka@corp-legacy.example>
Sat Nov 21 11:40:23 2026 Info: MID 1040707 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 11:40:23 2026 Info: Response received for file reputation query from Cache. File Name = Q2 Report 2026.pdf, MID = 1040709, Disposition = FILE UNKNOWN, Malware = None, Analysis Score = 0, sha256 = 8d959c31fe8ad4a156d2a68c02f4b342742a80631f2642aadcded20443b30f66, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Sat Nov 21 11:40:23 2026 Info: MID 1040707 attachment 'notes.txt'
Sat Nov 21 11:40:23 2026 Info: File reputation query initiating. File Name = 'notes.txt', MID = 1040707, File Size = 5894 bytes, File Type = text/plain
Sat Nov 21 11:40:23 2026 Info: MID 1040707 AMP file reputation verdict : CLEAN
Sat Nov 21 11:40:23 2026 Info: MID 1040708 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 11:40:23 2026 Info: MID 1040709 queued for delivery
Sat Nov 21 11:40:23 2026 Info: MID 1040708 AMP file reputation verdict : CLEAN
Sat Nov 21 11:40:24 2026 Info: Response received for file reputation query from Cache. File Name = 'notes.txt', MID = 1040707, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = 679a44dd23c49caea2cf62baba958810b4ebf4b6e1c60aa3d510bb0432d90dcd, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Sat Nov 21 11:40:24 2026 Info: MID 1040707 queued for delivery
Sat Nov 21 11:40:25 2026 Info: MID 1040708 queued for delivery
Sat Nov 21 11:40:25 2026 Info: New SMTP DCID 204187 interface 192.0.2.20 address 52.101.204.63 port 25
Sat Nov 21 11:40:25 2026 Info: DCID 204187 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 11:40:25 2026 Info: Delivery start DCID 204187 MID 1040709 to RID [0, 1, 2]
Sat Nov 21 11:40:26 2026 Info: New SMTP DCID 204185 interface 192.0.2.20 address 52.101.187.177 port 25
Sat Nov 21 11:40:26 2026 Info: DCID 204185 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 11:40:26 2026 Info: Delivery start DCID 204185 MID 1040707 to RID [0]
Sat Nov 21 11:40:26 2026 Info: Message done DCID 204185 MID 1040707 to RID [0]
Sat Nov 21 11:40:26 2026 Info: MID 1040707 RID [0] Response '2.6.0 [InternalId=974106031665, Hostname=AM0PR01MB8637.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 11:40:26 2026 Info: Message finished MID 1040707 done
Sat Nov 21 11:40:26 2026 Info: DCID 204185 close
Sat Nov 21 11:40:27 2026 Info: Message done DCID 204187 MID 1040709 to RID [0, 1, 2]
Sat Nov 21 11:40:27 2026 Info: MID 1040709 RID [0, 1, 2] Response '2.6.0 [InternalId=271409078324, Hostname=AM0PR01MB1709.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 11:40:27 2026 Info: Message finished MID 1040709 done
Sat Nov 21 11:40:27 2026 Info: DCID 204187 close
Sat Nov 21 11:40:29 2026 Info: New SMTP DCID 204186 interface 192.0.2.20 address 10.30.0.25 port 25
Sat Nov 21 11:40:29 2026 Info: DCID 204186 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 11:40:29 2026 Info: Delivery start DCID 204186 MID 1040708 to RID [0]
Sat Nov 21 11:40:32 2026 Info: Message done DCID 204186 MID 1040708 to RID [0]
Sat Nov 21 11:40:32 2026 Info: MID 1040708 RID [0] Response '2.0.0 Ok: queued as GbuM4EyoHto2uHqP'
Sat Nov 21 11:40:32 2026 Info: Message finished MID 1040708 done
Sat Nov 21 11:40:32 2026 Info: DCID 204186 close
Sat Nov 21 11:40:33 2026 Info: New SMTP ICID 416159 interface OutgoingMail (192.0.2.11) address 10.20.8.144 reverse dns host exch3.corp.example verified yes
Sat Nov 21 11:40:33 2026 Info: ICID 416159 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 11:40:33 2026 Info: Start MID 1040710 ICID 416159
Sat Nov 21 11:40:33 2026 Info: MID 1040710 ICID 416159 From: <nina.lopez@corp.example>
Sat Nov 21 11:40:33 2026 Info: MID 1040710 ICID 416159 RID 0 To: <li.walsh@cloudapp.example>
Sat Nov 21 11:40:34 2026 Info: MID 1040710 Message-ID '<11bcf495b7a395c55a91.21202@corp.example>'
Sat Nov 21 11:40:34 2026 Info: MID 1040710 Subject 'Invoice 3464'
Sat Nov 21 11:40:34 2026 Info: MID 1040710 ready 16907 bytes from <nina.lopez@corp.example>
Sat Nov 21 11:40:34 2026 Info: MID 1040710 using engine: CASE spam negative
Sat Nov 21 11:40:34 2026 Info: ICID 416159 close
Sat Nov 21 11:40:34 2026 Info: MID 1040710 antivirus negative
Sat Nov 21 11:40:34 2026 Info: MID 1040710 SPF: mailfrom identity nina.lopez@corp.example Pass (v=spf1)
Sat Nov 21 11:40:34 2026 Info: MID 1040710 interim AV verdict using Sophos CLEAN
Sat Nov 21 11:40:34 2026 Info: MID 1040710 DKIM: pass signature verified (d=corp.example s=s2 i=@corp.example)
Sat Nov 21 11:40:34 2026 Info: MID 1040710 DMARC: Verification passed
Sat Nov 21 11:40:35 2026 Info: MID 1040710 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 11:40:35 2026 Info: MID 1040710 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 11:40:36 2026 Info: MID 1040710 queued for delivery
Sat Nov 21 11:40:38 2026 Info: New SMTP DCID 204188 interface 192.0.2.20 address 203.0.113.159 port 25
Sat Nov 21 11:40:38 2026 Info: DCID 204188 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 11:40:38 2026 Info: Delivery start DCID 204188 MID 1040710 to RID [0]
Sat Nov 21 11:40:38 2026 Info: Message done DCID 204188 MID 1040710 to RID [0]
Sat Nov 21 11:40:38 2026 Info: MID 1040710 RID [0] Response '2.0.0 Ok: queued as Ckwnt4YGtqdUfg46'
Sat Nov 21 11:40:38 2026 Info: Message finished MID 1040710 done
Sat Nov 21 11:40:38 2026 Info: DCID 204188 close
Sat Nov 21 11:44:26 2026 Info: New SMTP ICID 416160 interface IncomingMail (192.0.2.10) address 198.51.31.54 reverse dns host mail.cloudapp.example verified yes
Sat Nov 21 11:44:26 2026 Info: ICID 416160 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.5
Sat Nov 21 11:44:26 2026 Info: ICID 416160 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 11:44:27 2026 Info: Start MID 1040711 ICID 416160
Sat Nov 21 11:44:27 2026 Info: MID 1040711 ICID 416160 From: <kofi.rossi@cloudapp.example>
Sat Nov 21 11:44:27 2026 Info: MID 1040711 ICID 416160 RID 0 To: <marc.kowalski@corp.example>
Sat Nov 21 11:44:27 2026 Info: MID 1040711 ICID 416160 RID 1 To: <sara.novak@corp.example>
Sat Nov 21 11:44:27 2026 Info: MID 1040711 ICID 416160 RID 2 To: <lucia.okafor@corp.example>
Sat Nov 21 11:44:27 2026 Info: MID 1040711 ICID 416160 RID 3 To: <omar.garcia@corp.example>
Sat Nov 21 11:44:27 2026 Info: MID 1040711 Message-ID '<2c201c5634672e019b31.28744@cloudapp.example>'
Sat Nov 21 11:44:27 2026 Info: MID 1040711 Subject 'Meeting notes'
Sat Nov 21 11:44:27 2026 Info: MID 1040711 ready 22292 bytes from <kofi.rossi@cloudapp.example>
Sat Nov 21 11:44:27 2026 Info: MID 1040711 DKIM: pass signature verified (d=cloudapp.example s=s2 i=@cloudapp.example)
Sat Nov 21 11:44:27 2026 Info: MID 1040711 SPF: mailfrom identity kofi.rossi@cloudapp.example Pass (v=spf1)
Sat Nov 21 11:44:27 2026 Info: MID 1040711 interim AV verdict using Sophos CLEAN
Sat Nov 21 11:44:27 2026 Info: ICID 416160 close
Sat Nov 21 11:44:27 2026 Info: MID 1040711 DMARC: Verification passed
Sat Nov 21 11:44:27 2026 Info: MID 1040711 antivirus negative
Sat Nov 21 11:44:27 2026 Info: MID 1040711 using engine: CASE spam negative
Sat Nov 21 11:44:28 2026 Info: MID 1040711 was split creating MID 1040712 due to a per-recipient policy Engineering in the inbound table
Sat Nov 21 11:44:28 2026 Info: MID 1040712 ICID 0 From: <kofi.rossi@cloudapp.example>
Sat Nov 21 11:44:28 2026 Info: MID 1040712 ICID 0 RID 0 To: <sara.novak@corp.example>
Sat Nov 21 11:44:29 2026 Info: MID 1040711 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 11:44:29 2026 Info: MID 1040712 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 11:44:29 2026 Info: MID 1040711 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 11:44:29 2026 Info: MID 1040712 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 11:44:30 2026 Info: MID 1040711 queued for delivery
Sat Nov 21 11:44:30 2026 Info: New SMTP DCID 204189 interface 192.0.2.20 address 52.101.132.30 port 25
Sat Nov 21 11:44:30 2026 Info: DCID 204189 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 11:44:30 2026 Info: Delivery start DCID 204189 MID 1040711 to RID [0, 2, 3]
Sat Nov 21 11:44:30 2026 Info: Message done DCID 204189 MID 1040711 to RID [0, 2, 3]
Sat Nov 21 11:44:30 2026 Info: MID 1040711 RID [0, 2, 3] Response '2.6.0 [InternalId=870873236241, Hostname=AM0PR01MB6795.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 11:44:30 2026 Info: Message finished MID 1040711 done
Sat Nov 21 11:44:30 2026 Info: DCID 204189 close
Sat Nov 21 11:44:31 2026 Info: MID 1040712 queued for delivery
Sat Nov 21 11:44:32 2026 Info: New SMTP DCID 204190 interface 192.0.2.20 address 52.101.52.220 port 25
Sat Nov 21 11:44:32 2026 Info: DCID 204190 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 11:44:32 2026 Info: Delivery start DCID 204190 MID 1040712 to RID [0]
Sat Nov 21 11:44:34 2026 Info: Message done DCID 204190 MID 1040712 to RID [0]
Sat Nov 21 11:44:34 2026 Info: MID 1040712 RID [0] Response '2.0.0 Ok: queued as qyRwrLfN8BDCdz57'
Sat Nov 21 11:44:34 2026 Info: Message finished MID 1040712 done
Sat Nov 21 11:44:34 2026 Info: DCID 204190 close
Sat Nov 21 12:05:47 2026 Info: New SMTP ICID 416161 interface IncomingMail (192.0.2.10) address 198.51.169.215 reverse dns host mail.gmail.example verified yes
Sat Nov 21 12:05:47 2026 Info: ICID 416161 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.4
Sat Nov 21 12:05:47 2026 Info: ICID 416161 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 12:05:47 2026 Info: Start MID 1040713 ICID 416161
Sat Nov 21 12:05:47 2026 Info: MID 1040713 ICID 416161 From: <leo.jensen@gmail.example>
Sat Nov 21 12:05:47 2026 Info: MID 1040713 ICID 416161 RID 0 To: <ana.kowalski@corp.example>
Sat Nov 21 12:05:47 2026 Info: MID 1040713 Message-ID '<67fa8cf2c71e992684be.50696@gmail.example>'
Sat Nov 21 12:05:47 2026 Info: MID 1040713 Subject 'Scan from copier 78740'
Sat Nov 21 12:05:47 2026 Info: MID 1040713 ready 296604 bytes from <leo.jensen@gmail.example>
Sat Nov 21 12:05:47 2026 Info: MID 1040713 Outbreak Filters: verdict negative
Sat Nov 21 12:05:47 2026 Info: MID 1040713 URL https://www.gmail.example/t/43d88bd1a5 has reputation 0.0 matched Condition: URL Reputation Rule
Sat Nov 21 12:05:47 2026 Info: MID 1040713 SPF: mailfrom identity leo.jensen@gmail.example Pass (v=spf1)
Sat Nov 21 12:05:47 2026 Info: ICID 416161 close
Sat Nov 21 12:05:47 2026 Info: MID 1040713 using engine: CASE spam negative
Sat Nov 21 12:05:49 2026 Info: MID 1040713 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 12:05:49 2026 Info: MID 1040713 attachment 'minutes-18990.docx'
Sat Nov 21 12:05:49 2026 Info: File reputation query initiating. File Name = 'minutes-18990.docx', MID = 1040713, File Size = 195068 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Sat Nov 21 12:05:49 2026 Info: MID 1040713 AMP file reputation verdict : UNKNOWN
Sat Nov 21 12:05:49 2026 Info: Response received for file reputation query from Cache. FileName = 'minutes-18990.docx', MID = 1040713, Disposition = FILE UNKNOWN, Malware = None,Reputation Score = 0, sha256 =fd68373b29acf1a57cbd1f5ae28af60465f4298618189af4f3d74f82bf268ea0, upload_action = 2
Sat Nov 21 12:05:50 2026 Info: MID 1040713 queued for delivery
Sat Nov 21 12:05:52 2026 Info: New SMTP DCID 204191 interface 192.0.2.20 address 52.101.31.112 port 25
Sat Nov 21 12:05:52 2026 Info: DCID 204191 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 12:05:52 2026 Info: Delivery start DCID 204191 MID 1040713 to RID [0]
Sat Nov 21 12:05:53 2026 Info: Message done DCID 204191 MID 1040713 to RID [0]
Sat Nov 21 12:05:53 2026 Info: MID 1040713 RID [0] Response '2.0.0 Ok: queued as P9DbERXCAdEcPBEo'
Sat Nov 21 12:05:53 2026 Info: Message finished MID 1040713 done
Sat Nov 21 12:05:53 2026 Info: DCID 204191 close
Sat Nov 21 12:21:56 2026 Info: New SMTP ICID 416162 interface IncomingMail (192.0.2.10) address 198.51.181.120 reverse dns host mail.partner.example verified yes
Sat Nov 21 12:21:56 2026 Info: ICID 416162 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.3
Sat Nov 21 12:21:56 2026 Info: ICID 416162 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 12:21:57 2026 Info: Start MID 1040714 ICID 416162
Sat Nov 21 12:21:57 2026 Info: MID 1040714 ICID 416162 From: <nora.okafor@partner.example>
Sat Nov 21 12:21:57 2026 Info: MID 1040714 ICID 416162 RID 0 To: <omar.mendes@corp.example>
Sat Nov 21 12:21:57 2026 Info: MID 1040714 ICID 416162 RID 1 To: <leo.dubois@corp.example>
Sat Nov 21 12:21:57 2026 Info: MID 1040714 Message-ID '<00a220120e7f1cfb3584.9571@partner.example>'
Sat Nov 21 12:21:57 2026 Info: MID 1040714 Subject 'Weekly newsletter #88163'
Sat Nov 21 12:21:57 2026 Info: MID 1040714 ready 123379 bytes from <nora.okafor@partner.example>
Sat Nov 21 12:21:57 2026 Info: ICID 416162 close
Sat Nov 21 12:21:57 2026 Info: MID 1040714 SPF: mailfrom identity nora.okafor@partner.example Pass (v=spf1)
Sat Nov 21 12:21:57 2026 Info: MID 1040714 using engine: CASE spam negative
Sat Nov 21 12:21:57 2026 Info: MID 1040714 DMARC: Verification passed
Sat Nov 21 12:21:57 2026 Info: MID 1040714 DKIM: pass signature verified (d=partner.example s=s3 i=@partner.example)
Sat Nov 21 12:21:57 2026 Info: MID 1040714 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 12:21:58 2026 Info: MID 1040714 attachment 'image001.png'
Sat Nov 21 12:21:58 2026 Info: MID 1040714 attachment 'minutes-48728.docx'
Sat Nov 21 12:21:58 2026 Info: MID 1040714 AMP file reputation verdict : CLEAN
Sat Nov 21 12:21:59 2026 Info: New SMTP ICID 416163 interface IncomingMail (192.0.2.10) address 198.51.57.127 reverse dns host mail.gmail.example verified yes
Sat Nov 21 12:21:59 2026 Info: ICID 416163 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.6
Sat Nov 21 12:21:59 2026 Info: ICID 416163 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 12:21:59 2026 Info: Start MID 1040715 ICID 416163
Sat Nov 21 12:21:59 2026 Info: MID 1040715 ICID 416163 From: <paul.moreau@gmail.example>
Sat Nov 21 12:21:59 2026 Info: MID 1040715 ICID 416163 RID 0 To: <li.haddad@corp-mail.example>
Sat Nov 21 12:21:59 2026 Info: MID 1040715 ICID 416163 RID 1 To: <leo.dubois@corp.example>
Sat Nov 21 12:21:59 2026 Info: MID 1040715 ICID 416163 RID 2 To: <kofi.moreau@corp.example>
Sat Nov 21 12:21:59 2026 Info: MID 1040715 Message-ID '<26a5e352c7fbc57aa2db.28841@gmail.example>'
Sat Nov 21 12:21:59 2026 Info: MID 1040715 Subject 'Café menu for next week'
Sat Nov 21 12:21:59 2026 Info: MID 1040715 ready 544545 bytes from <paul.moreau@gmail.example>
Sat Nov 21 12:22:00 2026 Info: MID 1040714 queued for delivery
Sat Nov 21 12:22:00 2026 Info: ICID 416163 close
Sat Nov 21 12:22:00 2026 Info: MID 1040715 using engine: CASE spam negative
Sat Nov 21 12:22:00 2026 Info: MID 1040715 DKIM: pass signature verified (d=gmail.example s=s9 i=@gmail.example)
Sat Nov 21 12:22:00 2026 Info: MID 1040715 DMARC: Verification passed
Sat Nov 21 12:22:00 2026 Info: MID 1040715 SPF: mailfrom identity paul.moreau@gmail.example Pass (v=spf1)
Sat Nov 21 12:22:00 2026 Info: MID 1040715 was split creating MID 1040716 due to a per-recipient policy Engineering in the inbound table
Sat Nov 21 12:22:00 2026 Info: MID 1040716 ICID 0 From: <paul.moreau@gmail.example>
Sat Nov 21 12:22:00 2026 Info: MID 1040716 ICID 0 RID 0 To: <kofi.moreau@corp.example>
Sat Nov 21 12:22:00 2026 Info: MID 1040715 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 12:22:00 2026 Info: MID 1040715 attachment 'Q3 Report 2026.pdf'
Sat Nov 21 12:22:01 2026 Info: MID 1040716 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 12:22:01 2026 Info: MID 1040715 AMP file reputation verdict : CLEAN
Sat Nov 21 12:22:01 2026 Info: MID 1040716 AMP file reputation verdict : CLEAN
Sat Nov 21 12:22:02 2026 Info: New SMTP DCID 204194 interface 192.0.2.20 address 192.0.2.50 port 6025
Sat Nov 21 12:22:02 2026 Info: Delivery start DCID 204194 MID 1040716 to RID [0] to offbox IronPort Spam Quarantine
Sat Nov 21 12:22:03 2026 Info: Message done DCID 204194 MID 1040716 to RID [0] (external quarantine)
Sat Nov 21 12:22:03 2026 Info: Message finished MID 1040716 done
Sat Nov 21 12:22:03 2026 Info: DCID 204194 close
Sat Nov 21 12:22:03 2026 Info: New SMTP DCID 204193 interface 192.0.2.20 address 192.0.2.50 port 6025
Sat Nov 21 12:22:03 2026 Info: Delivery start DCID 204193 MID 1040715 to RID [0, 1] to offbox IronPort Spam Quarantine
Sat Nov 21 12:22:03 2026 Info: Message done DCID 204193 MID 1040715 to RID [0, 1] (external quarantine)
Sat Nov 21 12:22:03 2026 Info: Message finished MID 1040715 done
Sat Nov 21 12:22:03 2026 Info: DCID 204193 close
Sat Nov 21 12:22:03 2026 Info: New SMTP DCID 204192 interface 192.0.2.20 address 52.101.35.173 port 25
Sat Nov 21 12:22:03 2026 Info: DCID 204192 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 12:22:03 2026 Info: Delivery start DCID 204192 MID 1040714 to RID [0, 1]
Sat Nov 21 12:22:05 2026 Info: Message done DCID 204192 MID 1040714 to RID [0, 1]
Sat Nov 21 12:22:05 2026 Info: MID 1040714 RID [0, 1] Response '2.0.0 Ok: queued as 69QuwwHNNjhJrGoq'
Sat Nov 21 12:22:05 2026 Info: Message finished MID 1040714 done
Sat Nov 21 12:22:05 2026 Info: DCID 204192 close
Sat Nov 21 12:22:36 2026 Info: New SMTP ICID 416164 interface IncomingMail (192.0.2.10) address 198.51.106.169 reverse dns host mail.gmail.example verified yes
Sat Nov 21 12:22:36 2026 Info: ICID 416164 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.5
Sat Nov 21 12:22:36 2026 Info: ICID 416164 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 12:22:36 2026 Info: Start MID 1040717 ICID 416164
Sat Nov 21 12:22:36 2026 Info: MID 1040717 ICID 416164 From: <chen.fischer@gmail.example>
Sat Nov 21 12:22:36 2026 Info: MID 1040717 ICID 416164 RID 0 To: <nina.patel@corp.example>
Sat Nov 21 12:22:37 2026 Info: New SMTP ICID 416165 interface IncomingMail (192.0.2.10) address 198.51.191.56 reverse dns host mail.bank.example verified yes
Sat Nov 21 12:22:37 2026 Info: ICID 416165 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.2
Sat Nov 21 12:22:37 2026 Info: ICID 416165 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 12:22:37 2026 Info: Start MID 1040719 ICID 416165
Sat Nov 21 12:22:37 2026 Info: MID 1040719 ICID 416165 From: <hugo.weber@bank.example>
Sat Nov 21 12:22:37 2026 Info: MID 1040719 ICID 416165 RID 0 To: <kofi.nguyen@corp.example>
Sat Nov 21 12:22:37 2026 Info: MID 1040719 Message-ID '<0de75c19c6304fb116fd.57388@bank.example>'
Sat Nov 21 12:22:37 2026 Info: MID 1040719 Subject 'Re: Re: Re: hiring plan'
Sat Nov 21 12:22:37 2026 Info: MID 1040719 ready 3063 bytes from <hugo.weber@bank.example>
Sat Nov 21 12:22:37 2026 Info: MID 1040719 DKIM: pass signature verified (d=bank.example s=s9 i=@bank.example)
Sat Nov 21 12:22:37 2026 Info: ICID 416165 close
Sat Nov 21 12:22:37 2026 Info: MID 1040719 using engine: CASE spam negative
Sat Nov 21 12:22:37 2026 Info: MID 1040719 SPF: mailfrom identity hugo.weber@bank.example Pass (v=spf1)
Sat Nov 21 12:22:37 2026 Info: MID 1040717 Message-ID '<1cde6fb5bc954f5fb862.92346@gmail.example>'
Sat Nov 21 12:22:37 2026 Info: MID 1040717 Subject "Re: O'Brien account review"
Sat Nov 21 12:22:37 2026 Info: MID 1040717 ready 335694 bytes from <chen.fischer@gmail.example>
Sat Nov 21 12:22:37 2026 Info: MID 1040719 DMARC: Verification passed
Sat Nov 21 12:22:37 2026 Info: MID 1040717 antivirus negative
Sat Nov 21 12:22:37 2026 Info: MID 1040717 SPF: mailfrom identity chen.fischer@gmail.example Pass (v=spf1)
Sat Nov 21 12:22:37 2026 Info: MID 1040717 using engine: CASE spam negative
Sat Nov 21 12:22:37 2026 Info: ICID 416164 close
Sat Nov 21 12:22:37 2026 Info: MID 1040717 DMARC: Verification passed
Sat Nov 21 12:22:38 2026 Info: MID 1040717 DKIM: pass signature verified (d=gmail.example s=s4 i=@gmail.example)
Sat Nov 21 12:22:38 2026 Info: MID 1040717 interim AV verdict using Sophos CLEAN
Sat Nov 21 12:22:39 2026 Info: MID 1040719 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 12:22:39 2026 Info: MID 1040717 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 12:22:39 2026 Info: MID 1040719 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 12:22:39 2026 Info: MID 1040717 attachment 'invoice_8136.pdf'
Sat Nov 21 12:22:39 2026 Info: MID 1040717 AMP file reputation verdict : UNKNOWN
Sat Nov 21 12:22:40 2026 Info: MID 1040717 rewritten to MID 1040718 by url-rewrite filter 'Rewrite_URLs'
Sat Nov 21 12:22:40 2026 Info: Message finished MID 1040717 done
Sat Nov 21 12:22:40 2026 Info: MID 1040718 ICID 0 From: <chen.fischer@gmail.example>
Sat Nov 21 12:22:40 2026 Info: MID 1040718 ICID 0 RID 0 To: <nina.patel@corp.example>
Sat Nov 21 12:22:40 2026 Info: MID 1040718 Message-ID '<1cde6fb5bc954f5fb862.92346@gmail.example>'
Sat Nov 21 12:22:40 2026 Info: MID 1040718 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 12:22:40 2026 Info: MID 1040718 queued for delivery
Sat Nov 21 12:22:40 2026 Info: MID 1040719 queued for delivery
Sat Nov 21 12:22:40 2026 Info: New SMTP ICID 416166 interface OutgoingMail (192.0.2.11) address 10.20.2.212 reverse dns host exch3.corp.example verified yes
Sat Nov 21 12:22:40 2026 Info: ICID 416166 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 12:22:41 2026 Info: Start MID 1040720 ICID 416166
Sat Nov 21 12:22:41 2026 Info: MID 1040720 ICID 416166 From: <ivan.okafor@corp.example>
Sat Nov 21 12:22:41 2026 Info: MID 1040720 ICID 416166 RID 0 To: <ewa.obrien@partner.example>
Sat Nov 21 12:22:41 2026 Info: MID 1040720 Message-ID '<42c0ac60fb14ef97f882.31977@corp.example>'
Sat Nov 21 12:22:41 2026 Info: MID 1040720 Subject 'Re: Re: Re: hiring plan'
Sat Nov 21 12:22:41 2026 Info: MID 1040720 ready 77670 bytes from <ivan.okafor@corp.example>
Sat Nov 21 12:22:41 2026 Info: MID 1040720 DMARC: Verification passed
Sat Nov 21 12:22:41 2026 Info: MID 1040720 SPF: mailfrom identity ivan.okafor@corp.example Pass (v=spf1)
Sat Nov 21 12:22:41 2026 Info: MID 1040720 using engine: CASE spam negative
Sat Nov 21 12:22:41 2026 Info: ICID 416166 close
Sat Nov 21 12:22:41 2026 Info: MID 1040720 DKIM: pass signature verified (d=corp.example s=s3 i=@corp.example)
Sat Nov 21 12:22:42 2026 Info: MID 1040720 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 12:22:42 2026 Info: New SMTP DCID 204195 interface 192.0.2.20 address 52.101.106.20 port 25
Sat Nov 21 12:22:42 2026 Info: DCID 204195 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 12:22:42 2026 Info: Delivery start DCID 204195 MID 1040718 to RID [0]
Sat Nov 21 12:22:42 2026 Info: MID 1040720 attachment 'image002.jpg'
Sat Nov 21 12:22:42 2026 Info: New SMTP DCID 204196 interface 192.0.2.20 address 52.101.225.99 port 25
Sat Nov 21 12:22:42 2026 Info: DCID 204196 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 12:22:42 2026 Info: Delivery start DCID 204196 MID 1040719 to RID [0]
Sat Nov 21 12:22:42 2026 Info: MID 1040720 AMP file reputation verdict : CLEAN
Sat Nov 21 12:22:42 2026 Info: MID 1040720 queued for delivery
Sat Nov 21 12:22:43 2026 Info: New SMTP ICID 416167 interface IncomingMail (192.0.2.10) address 198.51.152.129 reverse dns host mail.bank.example verified yes
Sat Nov 21 12:22:43 2026 Info: ICID 416167 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.1
Sat Nov 21 12:22:43 2026 Info: ICID 416167 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 12:22:43 2026 Info: Start MID 1040721 ICID 416167
Sat Nov 21 12:22:43 2026 Info: MID 1040721 ICID 416167 From: <leo.mendes@bank.example>
Sat Nov 21 12:22:43 2026 Info: MID 1040721 ICID 416167 RID 0 To: <emma.garcia@corp.example>
Sat Nov 21 12:22:44 2026 Info: Message done DCID 204195 MID 1040718 to RID [0]
Sat Nov 21 12:22:44 2026 Info: MID 1040718 RID [0] Response '2.0.0 Ok: queued as p295UxC7bzK8vMH6'
Sat Nov 21 12:22:44 2026 Info: Message finished MID 1040718 done
Sat Nov 21 12:22:44 2026 Info: DCID 204195 close
Sat Nov 21 12:22:44 2026 Info: MID 1040721 Message-ID '<CAS2igTYysn9/zjM8wn1PDS1tteXcNBUwNvqlJcOUtc4@mail.bank.example>'
Sat Nov 21 12:22:44 2026 Info: MID 1040721 Subject 'Budget 2027 – first numbers'
Sat Nov 21 12:22:44 2026 Info: MID 1040721 ready 3471986 bytes from <leo.mendes@bank.example>
Sat Nov 21 12:22:44 2026 Info: ICID 416167 close
Sat Nov 21 12:22:44 2026 Info: MID 1040721 DKIM: pass signature verified (d=bank.example s=s8 i=@bank.example)
Sat Nov 21 12:22:44 2026 Info: MID 1040721 SPF: mailfrom identity leo.mendes@bank.example Pass (v=spf1)
Sat Nov 21 12:22:44 2026 Info: Message done DCID 204196 MID 1040719 to RID [0]
Sat Nov 21 12:22:44 2026 Info: MID 1040719 RID [0] Response '2.6.0 [InternalId=967917529295, Hostname=AM0PR01MB9262.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 12:22:44 2026 Info: DCID 204196 close
Sat Nov 21 12:22:44 2026 Info: Message finished MID 1040719 done
Sat Nov 21 12:22:44 2026 Info: MID 1040721 DMARC: Verification passed
Sat Nov 21 12:22:44 2026 Info: MID 1040721 using engine: CASE spam negative
Sat Nov 21 12:22:44 2026 Info: MID 1040721 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 12:22:45 2026 Info: MID 1040721 attachment 'Report,Final Draft: Revenue (Q1),Approved.pdf'
Sat Nov 21 12:22:45 2026 Info: MID 1040721 attachment 'photo=2027553.heic'
Sat Nov 21 12:22:45 2026 Info: MID 1040721 AMP file reputation verdict : UNKNOWN
Sat Nov 21 12:22:45 2026 Info: New SMTP DCID 204197 interface 192.0.2.20 address 203.0.113.149 port 25
Sat Nov 21 12:22:45 2026 Info: DCID 204197 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 12:22:45 2026 Info: Delivery start DCID 204197 MID 1040720 to RID [0]
Sat Nov 21 12:22:45 2026 Info: MID 1040721 queued for delivery
Sat Nov 21 12:22:47 2026 Info: Message done DCID 204197 MID 1040720 to RID [0]
Sat Nov 21 12:22:47 2026 Info: MID 1040720 RID [0] Response '2.0.0 Ok: queued as 7ErjuZWANiT9jcji'
Sat Nov 21 12:22:47 2026 Info: Message finished MID 1040720 done
Sat Nov 21 12:22:47 2026 Info: DCID 204197 close
Sat Nov 21 12:22:48 2026 Info: New SMTP DCID 204198 interface 192.0.2.20 address 52.101.58.150 port 25
Sat Nov 21 12:22:48 2026 Info: DCID 204198 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 12:22:48 2026 Info: Delivery start DCID 204198 MID 1040721 to RID [0]
Sat Nov 21 12:22:50 2026 Info: Message done DCID 204198 MID 1040721 to RID [0]
Sat Nov 21 12:22:50 2026 Info: MID 1040721 RID [0] Response '2.6.0 [InternalId=666814855264, Hostname=AM0PR01MB1266.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 12:22:50 2026 Info: DCID 204198 close
Sat Nov 21 12:22:50 2026 Info: Message finished MID 1040721 done
Sat Nov 21 12:44:46 2026 Info: New SMTP ICID 416168 interface IncomingMail (192.0.2.10) address 198.51.44.219 reverse dns host mail.partner.example verified yes
Sat Nov 21 12:44:46 2026 Info: ICID 416168 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.1
Sat Nov 21 12:44:46 2026 Info: ICID 416168 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 12:44:46 2026 Info: Start MID 1040722 ICID 416168
Sat Nov 21 12:44:46 2026 Info: MID 1040722 ICID 416168 From: <tom.smith@partner.example>
Sat Nov 21 12:44:46 2026 Info: MID 1040722 ICID 416168 RID 0 To: <tom.weber@corp.example>
Sat Nov 21 12:44:46 2026 Info: MID 1040722 ICID 416168 RID 1 To: <ana.kowalski@corp.example>
Sat Nov 21 12:44:47 2026 Info: MID 1040722 Message-ID "<o'neill.bf5c8121749a@partner.example>"
Sat Nov 21 12:44:47 2026 Info: MID 1040722 Subject 'Candidate CV 68434'
Sat Nov 21 12:44:47 2026 Info: MID 1040722 ready 1305315 bytes from <tom.smith@partner.example>
Sat Nov 21 12:44:47 2026 Info: ICID 416168 close
Sat Nov 21 12:44:47 2026 Info: MID 1040722 using engine: CASE spam negative
Sat Nov 21 12:44:47 2026 Info: MID 1040722 SPF: mailfrom identity tom.smith@partner.example Pass (v=spf1)
Sat Nov 21 12:44:48 2026 Info: MID 1040722 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 12:44:48 2026 Info: MID 1040722 attachment 'Q2=20Report=202026.pdf'
Sat Nov 21 12:44:48 2026 Info: File reputation query initiating. File Name = 'Q2 Report 2026.pdf', MID = 1040722, File Size = 976106 bytes, File Type = application/pdf
Sat Nov 21 12:44:48 2026 Info: MID 1040722 AMP file reputation verdict : UNKNOWN
Sat Nov 21 12:44:49 2026 Info: Response received for file reputation query from Cache. FileName = 'Q2 Report 2026.pdf', MID = 1040722, Disposition = FILE UNKNOWN, Malware = None,Reputation Score = 0, sha256 =8d959c31fe8ad4a156d2a68c02f4b342742a80631f2642aadcded20443b30f66, upload_action = 2
Sat Nov 21 12:44:50 2026 Info: MID 1040722 queued for delivery
Sat Nov 21 12:44:52 2026 Info: New SMTP DCID 204199 interface 192.0.2.20 address 52.101.79.108 port 25
Sat Nov 21 12:44:52 2026 Info: DCID 204199 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 12:44:52 2026 Info: Delivery start DCID 204199 MID 1040722 to RID [0, 1]
Sat Nov 21 12:44:54 2026 Info: Message done DCID 204199 MID 1040722 to RID [0, 1]
Sat Nov 21 12:44:54 2026 Info: MID 1040722 RID [0, 1] Response '2.6.0 [InternalId=166556617552, Hostname=AM0PR01MB3653.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 12:44:54 2026 Info: Message finished MID 1040722 done
Sat Nov 21 12:44:54 2026 Info: DCID 204199 close
Sat Nov 21 13:09:08 2026 Info: New SMTP ICID 416169 interface IncomingMail (192.0.2.10) address 198.51.244.183 reverse dns host mail.newsletter.example verified yes
Sat Nov 21 13:09:08 2026 Info: ICID 416169 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.0
Sat Nov 21 13:09:08 2026 Info: ICID 416169 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 13:09:08 2026 Info: Start MID 1040723 ICID 416169
Sat Nov 21 13:09:08 2026 Info: MID 1040723 ICID 416169 From: <marc.rossi@newsletter.example>
Sat Nov 21 13:09:08 2026 Info: MID 1040723 ICID 416169 RID 0 To: <kofi.moreau@corp.example>
Sat Nov 21 13:09:08 2026 Info: MID 1040723 ICID 416169 RID 1 To: <lena.sato@corp.example>
Sat Nov 21 13:09:08 2026 Info: MID 1040723 ICID 416169 RID 2 To: <nora.mendes@corp.example>
Sat Nov 21 13:09:08 2026 Info: MID 1040723 ICID 416169 RID 3 To: <sofia.tanaka@corp-legacy.example>
Sat Nov 21 13:09:08 2026 Info: MID 1040723 Message-ID '<b3407975cd4672d36e78.44396@newsletter.example>'
Sat Nov 21 13:09:08 2026 Info: MID 1040723 Subject 'Re: [support #15530] FW: issue with the VPN client after the latest update (urgent)'
Sat Nov 21 13:09:08 2026 Info: MID 1040723 ready 42561 bytes from <marc.rossi@newsletter.example>
Sat Nov 21 13:09:08 2026 Info: MID 1040723 using engine: CASE spam negative
Sat Nov 21 13:09:08 2026 Info: MID 1040723 DMARC: Verification passed
Sat Nov 21 13:09:08 2026 Info: ICID 416169 close
Sat Nov 21 13:09:08 2026 Info: MID 1040723 SPF: mailfrom identity marc.rossi@newsletter.example Pass (v=spf1)
Sat Nov 21 13:09:08 2026 Info: MID 1040723 was split creating MID 1040724 due to a per-recipient policy DEFAULT in the inbound table
Sat Nov 21 13:09:08 2026 Info: MID 1040724 ICID 0 From: <marc.rossi@newsletter.example>
Sat Nov 21 13:09:08 2026 Info: MID 1040724 ICID 0 RID 0 To: <sofia.tanaka@corp-legacy.example>
Sat Nov 21 13:09:09 2026 Info: MID 1040723 DKIM: pass signature verified (d=newsletter.example s=s7 i=@newsletter.example)
Sat Nov 21 13:09:09 2026 Info: MID 1040723 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 13:09:09 2026 Info: MID 1040724 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 13:09:09 2026 Info: MID 1040723 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 13:09:09 2026 Info: MID 1040724 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 13:09:10 2026 Info: MID 1040723 queued for delivery
Sat Nov 21 13:09:10 2026 Info: New SMTP DCID 204200 interface 192.0.2.20 address 52.101.252.78 port 25
Sat Nov 21 13:09:10 2026 Info: DCID 204200 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 13:09:10 2026 Info: Delivery start DCID 204200 MID 1040723 to RID [0, 1, 2]
Sat Nov 21 13:09:10 2026 Info: New SMTP ICID 416170 interface IncomingMail (192.0.2.10) address 198.51.141.174 reverse dns host mail.client-b.example verified yes
Sat Nov 21 13:09:10 2026 Info: ICID 416170 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.8
Sat Nov 21 13:09:10 2026 Info: ICID 416170 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 13:09:11 2026 Info: Start MID 1040725 ICID 416170
Sat Nov 21 13:09:11 2026 Info: MID 1040725 ICID 416170 From: <ida.cohen@client-b.example>
Sat Nov 21 13:09:11 2026 Info: MID 1040725 ICID 416170 RID 0 To: <zoe.kim@corp.example>
Sat Nov 21 13:09:11 2026 Info: MID 1040724 queued for delivery
Sat Nov 21 13:09:11 2026 Info: Message done DCID 204200 MID 1040723 to RID [0, 1, 2]
Sat Nov 21 13:09:11 2026 Info: MID 1040723 RID [0, 1, 2] Response '2.6.0 [InternalId=610179132130, Hostname=AM0PR01MB4870.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 13:09:11 2026 Info: Message finished MID 1040723 done
Sat Nov 21 13:09:11 2026 Info: DCID 204200 close
Sat Nov 21 13:09:11 2026 Info: MID 1040725 Message-ID '<dd99408939dd8aad7fb4.90656@client-b.example>'
Sat Nov 21 13:09:11 2026 Info: MID 1040725 Subject 'Café menu for next week'
Sat Nov 21 13:09:11 2026 Info: MID 1040725 ready 577090 bytes from <ida.cohen@client-b.example>
Sat Nov 21 13:09:12 2026 Info: MID 1040725 antivirus negative
Sat Nov 21 13:09:12 2026 Info: MID 1040725 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 13:09:12 2026 Info: MID 1040725 SPF: mailfrom identity ida.cohen@client-b.example Pass (v=spf1)
Sat Nov 21 13:09:12 2026 Info: ICID 416170 close
Sat Nov 21 13:09:12 2026 Info: MID 1040725 DKIM: pass signature verified (d=client-b.example s=s4 i=@client-b.example)
Sat Nov 21 13:09:12 2026 Info: MID 1040725 attachment 'invoice_18015.pdf'
Sat Nov 21 13:09:12 2026 Info: MID 1040725 interim AV verdict using Sophos CLEAN
Sat Nov 21 13:09:12 2026 Info: MID 1040725 DMARC: Verification passed
Sat Nov 21 13:09:12 2026 Info: MID 1040725 using engine: CASE spam negative
Sat Nov 21 13:09:12 2026 Info: MID 1040725 attachment 'image002.jpg'
Sat Nov 21 13:09:12 2026 Info: MID 1040725 AMP file reputation verdict : UNKNOWN
Sat Nov 21 13:09:12 2026 Info: MID 1040725 queued for delivery
Sat Nov 21 13:09:13 2026 Info: New SMTP DCID 204202 interface 192.0.2.20 address 52.101.43.234 port 25
Sat Nov 21 13:09:13 2026 Info: DCID 204202 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 13:09:13 2026 Info: Delivery start DCID 204202 MID 1040725 to RID [0]
Sat Nov 21 13:09:14 2026 Info: Message done DCID 204202 MID 1040725 to RID [0]
Sat Nov 21 13:09:14 2026 Info: MID 1040725 RID [0] Response '2.6.0 [InternalId=511851455220, Hostname=AM0PR01MB2137.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 13:09:14 2026 Info: Message finished MID 1040725 done
Sat Nov 21 13:09:14 2026 Info: DCID 204202 close
Sat Nov 21 13:09:14 2026 Info: New SMTP DCID 204201 interface 192.0.2.20 address 10.30.0.25 port 25
Sat Nov 21 13:09:14 2026 Info: DCID 204201 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 13:09:14 2026 Info: Delivery start DCID 204201 MID 1040724 to RID [0]
Sat Nov 21 13:09:15 2026 Info: Message done DCID 204201 MID 1040724 to RID [0]
Sat Nov 21 13:09:15 2026 Info: MID 1040724 RID [0] Response '2.0.0 Ok: queued as VXjFQNQTYz7wZFGo'
Sat Nov 21 13:09:15 2026 Info: DCID 204201 close
Sat Nov 21 13:09:15 2026 Info: Message finished MID 1040724 done
Sat Nov 21 13:58:26 2026 Info: New SMTP ICID 416171 interface IncomingMail (192.0.2.10) address 198.51.110.164 reverse dns host mail.client-a.example verified yes
Sat Nov 21 13:58:26 2026 Info: ICID 416171 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.8
Sat Nov 21 13:58:26 2026 Info: ICID 416171 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 13:58:27 2026 Info: Start MID 1040726 ICID 416171
Sat Nov 21 13:58:27 2026 Info: MID 1040726 ICID 416171 From: <chen.haddad@client-a.example>
Sat Nov 21 13:58:27 2026 Info: MID 1040726 ICID 416171 RID 0 To: <nina.patel@corp.example>
Sat Nov 21 13:58:27 2026 Info: MID 1040726 ICID 416171 RID 1 To: <ana.kowalski@corp.example>
Sat Nov 21 13:58:27 2026 Info: MID 1040726 Message-ID '<8d33b5b42113f403b6dc.62157@client-a.example>'
Sat Nov 21 13:58:27 2026 Info: MID 1040726 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Sat Nov 21 13:58:27 2026 Info: MID 1040726 ready 48785 bytes from <chen.haddad@client-a.example>
Sat Nov 21 13:58:27 2026 Info: MID 1040726 SPF: mailfrom identity chen.haddad@client-a.example Pass (v=spf1)
Sat Nov 21 13:58:27 2026 Info: ICID 416171 close
Sat Nov 21 13:58:27 2026 Info: MID 1040726 using engine: CASE spam negative
Sat Nov 21 13:58:27 2026 Info: MID 1040726 DKIM: pass signature verified (d=client-a.example s=s1 i=@client-a.example)
Sat Nov 21 13:58:27 2026 Info: MID 1040726 DMARC: Verification passed
Sat Nov 21 13:58:28 2026 Info: MID 1040726 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 13:58:28 2026 Info: MID 1040726 attachment 'image002.jpg'
Sat Nov 21 13:58:28 2026 Info: File reputation query initiating. File Name = 'image002.jpg', MID = 1040726, File Size = 14850 bytes, File Type = image/jpeg
Sat Nov 21 13:58:28 2026 Info: MID 1040726 AMP file reputation verdict : LOWRISK
Sat Nov 21 13:58:29 2026 Info: Response received for file reputation query from Cloud. FileName = 'image002.jpg', MID = 1040726, Disposition = LOWRISK, Malware = None,Reputation Score = 0, sha256 =7818f71d35dbc5e6f28076051d9664058c30d4b9fb189246be22ab217ca7ee3c, upload_action = 2
Sat Nov 21 13:58:29 2026 Info: New SMTP ICID 416172 interface OutgoingMail (192.0.2.11) address 10.20.7.230 reverse dns host exch1.corp.example verified yes
Sat Nov 21 13:58:29 2026 Info: ICID 416172 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 13:58:29 2026 Info: MID 1040726 queued for delivery
Sat Nov 21 13:58:30 2026 Info: Start MID 1040727 ICID 416172
Sat Nov 21 13:58:30 2026 Info: MID 1040727 ICID 416172 From: <kofi.nguyen@corp.example>
Sat Nov 21 13:58:30 2026 Info: MID 1040727 ICID 416172 RID 0 To: <nora.okafor@partner.example>
Sat Nov 21 13:58:30 2026 Info: MID 1040727 ICID 416172 RID 1 To: <ewa.obrien@partner.example>
Sat Nov 21 13:58:30 2026 Info: New SMTP DCID 204203 interface 192.0.2.20 address 52.101.198.73 port 25
Sat Nov 21 13:58:30 2026 Info: DCID 204203 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 13:58:30 2026 Info: Delivery start DCID 204203 MID 1040726 to RID [0, 1]
Sat Nov 21 13:58:30 2026 Info: MID 1040727 Message-ID "<o'brien.9dbafb70e757@corp.example>"
Sat Nov 21 13:58:30 2026 Info: MID 1040727 Subject 'Re: Re: Re: hiring plan'
Sat Nov 21 13:58:30 2026 Info: MID 1040727 ready 2946237 bytes from <kofi.nguyen@corp.example>
Sat Nov 21 13:58:30 2026 Info: MID 1040727 using engine: CASE spam negative
Sat Nov 21 13:58:30 2026 Info: MID 1040727 SPF: mailfrom identity kofi.nguyen@corp.example Pass (v=spf1)
Sat Nov 21 13:58:30 2026 Info: ICID 416172 close
Sat Nov 21 13:58:30 2026 Info: Message done DCID 204203 MID 1040726 to RID [0, 1]
Sat Nov 21 13:58:30 2026 Info: MID 1040726 RID [0, 1] Response '2.6.0 [InternalId=961910353222, Hostname=AM0PR01MB5215.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 13:58:30 2026 Info: DCID 204203 close
Sat Nov 21 13:58:31 2026 Info: MID 1040727 URL https://www.corp.example/t/357a7fd62 has reputation 4.5 matched Condition: URL Reputation Rule
Sat Nov 21 13:58:31 2026 Info: Message finished MID 1040726 done
Sat Nov 21 13:58:32 2026 Info: MID 1040727 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 13:58:32 2026 Info: MID 1040727 attachment 'photo=2027553.heic'
Sat Nov 21 13:58:32 2026 Info: File reputation query initiating. File Name = 'photo 27553.heic', MID = 1040727, File Size = 2196582 bytes, File Type = image/heic
Sat Nov 21 13:58:32 2026 Info: MID 1040727 AMP file reputation verdict : CLEAN
Sat Nov 21 13:58:32 2026 Info: Response received for file reputation query from Cache. File Name = 'photo 27553.heic', MID = 1040727, Disposition = CLEAN, Malware = None, Analysis Score = 5, sha256 = 3d9a8079abd0d7fb1292618550e40d54712ea6b36471fde41f229dd06aa8b9e0, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Sat Nov 21 13:58:33 2026 Info: MID 1040727 queued for delivery
Sat Nov 21 13:58:36 2026 Info: New SMTP DCID 204204 interface 192.0.2.20 address 203.0.113.30 port 25
Sat Nov 21 13:58:36 2026 Info: DCID 204204 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 13:58:36 2026 Info: Delivery start DCID 204204 MID 1040727 to RID [0, 1]
Sat Nov 21 13:58:39 2026 Info: Message done DCID 204204 MID 1040727 to RID [0, 1]
Sat Nov 21 13:58:39 2026 Info: MID 1040727 RID [0, 1] Response '2.0.0 Ok: queued as gbZWTD5AT2ucq9Hu'
Sat Nov 21 13:58:39 2026 Info: Message finished MID 1040727 done
Sat Nov 21 13:58:39 2026 Info: DCID 204204 close
Sat Nov 21 14:01:26 2026 Info: New SMTP ICID 416173 interface IncomingMail (192.0.2.10) address 198.51.182.102 reverse dns host mail.gmail.example verified yes
Sat Nov 21 14:01:26 2026 Info: ICID 416173 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.0
Sat Nov 21 14:01:26 2026 Info: ICID 416173 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 14:01:26 2026 Info: Start MID 1040728 ICID 416173
Sat Nov 21 14:01:26 2026 Info: MID 1040728 ICID 416173 From: <marc.mendes@gmail.example>
Sat Nov 21 14:01:26 2026 Info: MID 1040728 ICID 416173 RID 0 To: <marc.kowalski@corp.example>
Sat Nov 21 14:01:26 2026 Info: MID 1040728 ICID 416173 RID 1 To: <li.haddad@corp.example>
Sat Nov 21 14:01:26 2026 Info: MID 1040728 Message-ID '<2ba1ee8a3a813061d6d1.92584@gmail.example>'
Sat Nov 21 14:01:26 2026 Info: MID 1040728 Subject Re: [support #44836] FW: issue\r\n with the VPN client after the latest update (urgent)
Sat Nov 21 14:01:26 2026 Info: MID 1040728 ready 17760 bytes from <marc.mendes@gmail.example>
Sat Nov 21 14:01:26 2026 Info: MID 1040728 using engine: CASE spam negative
Sat Nov 21 14:01:26 2026 Info: MID 1040728 Outbreak Filters: verdict negative
Sat Nov 21 14:01:26 2026 Info: ICID 416173 close
Sat Nov 21 14:01:26 2026 Info: MID 1040728 SPF: mailfrom identity marc.mendes@gmail.example Pass (v=spf1)
Sat Nov 21 14:01:26 2026 Info: MID 1040728 URL https://www.gmail.example/t/19f5b0f3a5 has reputation 7.9 matched Condition: URL Reputation Rule
Sat Nov 21 14:01:27 2026 Info: MID 1040728 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 14:01:27 2026 Info: MID 1040728 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 14:01:28 2026 Info: MID 1040728 queued for delivery
Sat Nov 21 14:01:29 2026 Info: New SMTP DCID 204205 interface 192.0.2.20 address 52.101.33.53 port 25
Sat Nov 21 14:01:29 2026 Info: DCID 204205 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 14:01:29 2026 Info: Delivery start DCID 204205 MID 1040728 to RID [0, 1]
Sat Nov 21 14:01:31 2026 Info: Message done DCID 204205 MID 1040728 to RID [0, 1]
Sat Nov 21 14:01:31 2026 Info: MID 1040728 RID [0, 1] Response '2.0.0 Ok: queued as s2ofpjyHj4XZk68P'
Sat Nov 21 14:01:31 2026 Info: Message finished MID 1040728 done
Sat Nov 21 14:01:31 2026 Info: DCID 204205 close
Sat Nov 21 14:07:52 2026 Info: New SMTP ICID 416174 interface IncomingMail (192.0.2.10) address 198.51.66.107 reverse dns host mail.partner.example verified yes
Sat Nov 21 14:07:52 2026 Info: ICID 416174 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.5
Sat Nov 21 14:07:52 2026 Info: ICID 416174 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 14:07:52 2026 Info: Start MID 1040729 ICID 416174
Sat Nov 21 14:07:52 2026 Info: MID 1040729 ICID 416174 From: <nora.okafor@partner.example>
Sat Nov 21 14:07:52 2026 Info: MID 1040729 ICID 416174 RID 0 To: <finance-archive@corp.example>
Sat Nov 21 14:07:52 2026 Info: MID 1040729 ICID 416174 RID 1 To: <nina.lopez@corp.example>
Sat Nov 21 14:07:52 2026 Info: MID 1040729 ICID 416174 RID 2 To: <lena.novak@corp.example>
Sat Nov 21 14:07:53 2026 Info: MID 1040729 Message-ID '<82c1040aa36b2e8695cf.68255@partner.example>'
Sat Nov 21 14:07:53 2026 Info: MID 1040729 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Sat Nov 21 14:07:53 2026 Info: MID 1040729 ready 137787 bytes from <nora.okafor@partner.example>
Sat Nov 21 14:07:53 2026 Info: ICID 416174 close
Sat Nov 21 14:07:53 2026 Info: MID 1040729 using engine: CASE spam negative
Sat Nov 21 14:07:53 2026 Info: MID 1040729 SPF: mailfrom identity nora.okafor@partner.example Pass (v=spf1)
Sat Nov 21 14:07:53 2026 Info: MID 1040729 URL https://www.partner.example/t/2b14fb86db has reputation 7.9 matched Condition: URL Reputation Rule
Sat Nov 21 14:07:53 2026 Info: MID 1040729 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 14:07:54 2026 Info: MID 1040729 attachment 'minutes-48728.docx'
Sat Nov 21 14:07:54 2026 Info: File reputation query initiating. File Name = 'minutes-48728.docx', MID = 1040729, File Size = 67961 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Sat Nov 21 14:07:54 2026 Info: Response received for file reputation query from Cache. File Name = 'minutes-48728.docx', MID = 1040729, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = 5b49156137c60e984f3e885ee1e437b7f735efe608d180113e940bb452d31e1b, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Sat Nov 21 14:07:54 2026 Info: MID 1040729 attachment 'meeting.ics'
Sat Nov 21 14:07:54 2026 Info: File reputation query initiating. File Name = 'meeting.ics', MID = 1040729, File Size = 5241 bytes, File Type = text/calendar
Sat Nov 21 14:07:54 2026 Info: MID 1040729 AMP file reputation verdict : CLEAN
Sat Nov 21 14:07:54 2026 Info: Response received for file reputation query from Cloud. File Name = meeting.ics, MID = 1040729, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = 7fb15d7f9e2fa6fa66758425f7c7ec33aba51b8a86b74e38bc23f6182ae06659, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Sat Nov 21 14:07:55 2026 Info: MID 1040729 queued for delivery
Sat Nov 21 14:07:59 2026 Info: New SMTP DCID 204206 interface 192.0.2.20 address 52.101.53.64 port 25
Sat Nov 21 14:07:59 2026 Info: DCID 204206 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 14:07:59 2026 Info: Delivery start DCID 204206 MID 1040729 to RID [0, 1, 2]
Sat Nov 21 14:08:00 2026 Info: Message done DCID 204206 MID 1040729 to RID [0, 1, 2]
Sat Nov 21 14:08:00 2026 Info: MID 1040729 RID [0, 1, 2] Response '2.6.0 [InternalId=945090071495, Hostname=AM0PR01MB6255.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 14:08:00 2026 Info: DCID 204206 close
Sat Nov 21 14:08:00 2026 Info: Message finished MID 1040729 done
Sat Nov 21 14:13:26 2026 Info: New SMTP ICID 416175 interface IncomingMail (192.0.2.10) address 198.51.7.31 reverse dns host mail.university.example verified yes
Sat Nov 21 14:13:26 2026 Info: ICID 416175 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.1
Sat Nov 21 14:13:26 2026 Info: ICID 416175 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 14:13:26 2026 Info: Start MID 1040730 ICID 416175
Sat Nov 21 14:13:26 2026 Info: MID 1040730 ICID 416175 From: <emma.larsen@university.example>
Sat Nov 21 14:13:26 2026 Info: MID 1040730 ICID 416175 RID 0 To: <zmoreau@corp.example>
Sat Nov 21 14:13:26 2026 Info: MID 1040730 ICID 416175 RID 1 To: <sam.obrien@corp.example>
Sat Nov 21 14:13:26 2026 Info: MID 1040730 ICID 416175 RID 2 To: <ravi.obrien@corp.example>
Sat Nov 21 14:13:26 2026 Info: MID 1040730 ICID 416175 RID 3 To: <mia.garcia@corp.example>
Sat Nov 21 14:13:26 2026 Info: MID 1040730 Message-ID '<17b0c287aac91785fd30.66110@university.example>'
Sat Nov 21 14:13:26 2026 Info: MID 1040730 Subject 'Re: [support #75455] FW: issue with the VPN client after the latest update (urgent)'
Sat Nov 21 14:13:26 2026 Info: MID 1040730 ready 3901 bytes from <emma.larsen@university.example>
Sat Nov 21 14:13:26 2026 Info: MID 1040730 SPF: mailfrom identity emma.larsen@university.example Pass (v=spf1)
Sat Nov 21 14:13:26 2026 Info: MID 1040730 using engine: CASE spam negative
Sat Nov 21 14:13:26 2026 Info: MID 1040730 Outbreak Filters: verdict negative
Sat Nov 21 14:13:26 2026 Info: MID 1040730 URL https://www.university.example/t/67cec9e9a4 has reputation 7.9 matched Condition: URL Reputation Rule
Sat Nov 21 14:13:26 2026 Info: ICID 416175 close
Sat Nov 21 14:13:27 2026 Info: New SMTP ICID 416176 interface IncomingMail (192.0.2.10) address 198.51.202.39 reverse dns host mail.cloudapp.example verified yes
Sat Nov 21 14:13:27 2026 Info: ICID 416176 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.2
Sat Nov 21 14:13:27 2026 Info: ICID 416176 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 14:13:27 2026 Info: Start MID 1040731 ICID 416176
Sat Nov 21 14:13:27 2026 Info: MID 1040731 ICID 416176 From: <li.walsh@cloudapp.example>
Sat Nov 21 14:13:27 2026 Info: MID 1040731 ICID 416176 RID 0 To: <Zoe.Moreau@Corp.Example>
Sat Nov 21 14:13:27 2026 Info: MID 1040731 ICID 416176 RID 1 To: <mia.garcia@corp.example>
Sat Nov 21 14:13:27 2026 Info: MID 1040731 ICID 416176 RID 2 To: <sam.obrien@corp-mail.example>
Sat Nov 21 14:13:27 2026 Info: MID 1040730 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 14:13:27 2026 Info: MID 1040730 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 14:13:28 2026 Info: MID 1040731 Message-ID '<a6aa63cd259b529987da.19503@cloudapp.example>'
Sat Nov 21 14:13:28 2026 Info: MID 1040731 Subject 'FW: contract draft'
Sat Nov 21 14:13:28 2026 Info: MID 1040731 ready 309373 bytes from <li.walsh@cloudapp.example>
Sat Nov 21 14:13:28 2026 Info: MID 1040731 DKIM: pass signature verified (d=cloudapp.example s=s3 i=@cloudapp.example)
Sat Nov 21 14:13:28 2026 Info: MID 1040731 DMARC: Verification passed
Sat Nov 21 14:13:28 2026 Info: MID 1040731 SPF: mailfrom identity li.walsh@cloudapp.example Pass (v=spf1)
Sat Nov 21 14:13:28 2026 Info: MID 1040731 using engine: CASE spam negative
Sat Nov 21 14:13:28 2026 Info: ICID 416176 close
Sat Nov 21 14:13:28 2026 Info: MID 1040731 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 14:13:29 2026 Info: MID 1040731 attachment 'minutes-18990.docx'
Sat Nov 21 14:13:29 2026 Info: File reputation query initiating. File Name = 'minutes-18990.docx', MID = 1040731, File Size = 195068 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Sat Nov 21 14:13:29 2026 Info: MID 1040731 attachment 'notes.txt'
Sat Nov 21 14:13:29 2026 Info: File reputation query initiating. File Name = 'notes.txt', MID = 1040731, File Size = 7477 bytes, File Type = text/plain
Sat Nov 21 14:13:29 2026 Info: MID 1040731 AMP file reputation verdict : UNKNOWN
Sat Nov 21 14:13:29 2026 Info: Response received for file reputation query from Cache. FileName = 'minutes-18990.docx', MID = 1040731, Disposition = FILE UNKNOWN, Malware = None,Reputation Score = 0, sha256 =fd68373b29acf1a57cbd1f5ae28af60465f4298618189af4f3d74f82bf268ea0, upload_action = 2
Sat Nov 21 14:13:29 2026 Info: New SMTP DCID 204207 interface 192.0.2.20 address 192.0.2.50 port 6025
Sat Nov 21 14:13:29 2026 Info: Delivery start DCID 204207 MID 1040730 to RID [0, 1, 2, 3] to offbox IronPort Spam Quarantine
Sat Nov 21 14:13:29 2026 Info: Message done DCID 204207 MID 1040730 to RID [0, 1, 2, 3] (external quarantine)
Sat Nov 21 14:13:29 2026 Info: Message finished MID 1040730 done
Sat Nov 21 14:13:29 2026 Info: DCID 204207 close
Sat Nov 21 14:13:29 2026 Info: New SMTP ICID 416177 interface IncomingMail (192.0.2.10) address 198.51.142.146 reverse dns host mail.bank.example verified yes
Sat Nov 21 14:13:29 2026 Info: ICID 416177 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.5
Sat Nov 21 14:13:29 2026 Info: ICID 416177 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 14:13:29 2026 Info: Start MID 1040732 ICID 416177
Sat Nov 21 14:13:29 2026 Info: MID 1040732 ICID 416177 From: <lena.moreau@bank.example>
Sat Nov 21 14:13:29 2026 Info: MID 1040732 ICID 416177 RID 0 To: <lena.novak@corp.example>
Sat Nov 21 14:13:29 2026 Info: MID 1040732 Message-ID '<5a9eac45396954f15c52.22448@bank.example>'
Sat Nov 21 14:13:29 2026 Info: MID 1040732 Subject 'Welcome to the team!'
Sat Nov 21 14:13:29 2026 Info: MID 1040732 ready 36794 bytes from <lena.moreau@bank.example>
Sat Nov 21 14:13:29 2026 Info: Response received for file reputation query from Cloud. FileName = 'notes.txt', MID = 1040731, Disposition = CLEAN, Malware = None,Reputation Score = 0, sha256 =b3e090aa3d05a4cb85dd835876c4c74f93945beda307c31e99722a0ed65b6171, upload_action = 2
Sat Nov 21 14:13:29 2026 Info: ICID 416177 close
Sat Nov 21 14:13:29 2026 Info: MID 1040732 SPF: mailfrom identity lena.moreau@bank.example Pass (v=spf1)
Sat Nov 21 14:13:30 2026 Info: MID 1040732 using engine: CASE spam negative
Sat Nov 21 14:13:30 2026 Info: MID 1040732 URL https://www.bank.example/t/1032be074a has reputation 7.9 matched Condition: URL Reputation Rule
Sat Nov 21 14:13:30 2026 Info: MID 1040732 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 14:13:30 2026 Info: MID 1040731 queued for delivery
Sat Nov 21 14:13:30 2026 Info: MID 1040732 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 14:13:31 2026 Info: MID 1040732 queued for delivery
Sat Nov 21 14:13:31 2026 Info: MID 1040733 was generated based on MID 1040732 by bcc filter 'Finance_Archive'
Sat Nov 21 14:13:31 2026 Info: MID 1040733 ICID 0 From: <lena.moreau@bank.example>
Sat Nov 21 14:13:31 2026 Info: MID 1040733 ICID 0 RID 0 To: <finance-archive@corp.example>
Sat Nov 21 14:13:31 2026 Info: MID 1040733 Message-ID '<5a9eac45396954f15c52.22448@bank.example>'
Sat Nov 21 14:13:31 2026 Info: MID 1040733 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 14:13:31 2026 Info: MID 1040733 queued for delivery
Sat Nov 21 14:13:32 2026 Info: New SMTP DCID 204209 interface 192.0.2.20 address 52.101.246.66 port 25
Sat Nov 21 14:13:32 2026 Info: DCID 204209 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 14:13:32 2026 Info: Delivery start DCID 204209 MID 1040732 to RID [0]
Sat Nov 21 14:13:32 2026 Info: New SMTP ICID 416178 interface IncomingMail (192.0.2.10) address 198.51.227.128 reverse dns host mail.logistics.example verified yes
Sat Nov 21 14:13:32 2026 Info: ICID 416178 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.0
Sat Nov 21 14:13:32 2026 Info: ICID 416178 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 14:13:32 2026 Info: Message done DCID 204209 MID 1040732 to RID [0]
Sat Nov 21 14:13:32 2026 Info: MID 1040732 RID [0] Response '2.0.0 Ok: queued as yoJEwsPfiLkffHMb'
Sat Nov 21 14:13:32 2026 Info: Message finished MID 1040732 done
Sat Nov 21 14:13:32 2026 Info: DCID 204209 close
Sat Nov 21 14:13:32 2026 Info: Start MID 1040734 ICID 416178
Sat Nov 21 14:13:32 2026 Info: MID 1040734 ICID 416178 From: <mary.moreau@logistics.example>
Sat Nov 21 14:13:32 2026 Info: MID 1040734 ICID 416178 RID 0 To: <kofi.moreau@corp.example>
Sat Nov 21 14:13:32 2026 Info: MID 1040734 ICID 416178 RID 1 To: <akowalski@corp.example>
Sat Nov 21 14:13:32 2026 Info: MID 1040734 ICID 416178 RID 2 To: <noah.okafor90@corp.example>
Sat Nov 21 14:13:32 2026 Info: MID 1040734 ICID 416178 RID 3 To: <mia.garcia@corp.example>
Sat Nov 21 14:13:33 2026 Info: New SMTP DCID 204210 interface 192.0.2.20 address 52.101.28.129 port 25
Sat Nov 21 14:13:33 2026 Info: DCID 204210 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 14:13:33 2026 Info: Delivery start DCID 204210 MID 1040733 to RID [0]
Sat Nov 21 14:13:33 2026 Info: MID 1040734 Message-ID '<44a6be2b9a4a4704d5ce.10093@logistics.example>'
Sat Nov 21 14:13:33 2026 Info: MID 1040734 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Sat Nov 21 14:13:33 2026 Info: MID 1040734 ready 787710 bytes from <mary.moreau@logistics.example>
Sat Nov 21 14:13:33 2026 Info: MID 1040734 DKIM: pass signature verified (d=logistics.example s=s7 i=@logistics.example)
Sat Nov 21 14:13:33 2026 Info: ICID 416178 close
Sat Nov 21 14:13:33 2026 Info: MID 1040734 using engine: CASE spam negative
Sat Nov 21 14:13:33 2026 Info: MID 1040734 SPF: mailfrom identity mary.moreau@logistics.example Pass (v=spf1)
Sat Nov 21 14:13:33 2026 Info: MID 1040734 DMARC: Verification passed
Sat Nov 21 14:13:34 2026 Info: New SMTP DCID 204208 interface 192.0.2.20 address 52.101.60.59 port 25
Sat Nov 21 14:13:34 2026 Info: DCID 204208 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 14:13:34 2026 Info: Delivery start DCID 204208 MID 1040731 to RID [0, 1, 2]
Sat Nov 21 14:13:34 2026 Info: MID 1040734 was split creating MID 1040735 due to a per-recipient policy DEFAULT in the inbound table
Sat Nov 21 14:13:34 2026 Info: MID 1040735 ICID 0 From: <mary.moreau@logistics.example>
Sat Nov 21 14:13:34 2026 Info: MID 1040735 ICID 0 RID 0 To: <noah.okafor90@corp.example>
Sat Nov 21 14:13:34 2026 Info: MID 1040735 ICID 0 RID 1 To: <mia.garcia@corp.example>
Sat Nov 21 14:13:35 2026 Info: MID 1040734 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 14:13:35 2026 Info: MID 1040735 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 14:13:35 2026 Info: MID 1040734 attachment 'budget_2026_v4.xlsx'
Sat Nov 21 14:13:35 2026 Info: MID 1040734 AMP file reputation verdict : CLEAN
Sat Nov 21 14:13:35 2026 Info: Message done DCID 204210 MID 1040733 to RID [0]
Sat Nov 21 14:13:35 2026 Info: MID 1040733 RID [0] Response '2.6.0 [InternalId=273985258972, Hostname=AM0PR01MB1397.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 14:13:35 2026 Info: Message finished MID 1040733 done
Sat Nov 21 14:13:35 2026 Info: DCID 204210 close
Sat Nov 21 14:13:35 2026 Info: MID 1040735 AMP file reputation verdict : CLEAN
Sat Nov 21 14:13:35 2026 Info: MID 1040734 queued for delivery
Sat Nov 21 14:13:36 2026 Info: Message done DCID 204208 MID 1040731 to RID [0, 1, 2]
Sat Nov 21 14:13:36 2026 Info: MID 1040731 RID [0, 1, 2] Response '2.6.0 [InternalId=863465049803, Hostname=AM0PR01MB1562.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 14:13:36 2026 Info: DCID 204208 close
Sat Nov 21 14:13:36 2026 Info: Message finished MID 1040731 done
Sat Nov 21 14:13:36 2026 Info: MID 1040735 queued for delivery
Sat Nov 21 14:13:39 2026 Info: New SMTP DCID 204211 interface 192.0.2.20 address 52.101.202.54 port 25
Sat Nov 21 14:13:39 2026 Info: DCID 204211 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 14:13:39 2026 Info: Delivery start DCID 204211 MID 1040734 to RID [0, 1]
Sat Nov 21 14:13:39 2026 Info: New SMTP DCID 204212 interface 192.0.2.20 address 52.101.146.88 port 25
Sat Nov 21 14:13:39 2026 Info: DCID 204212 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 14:13:39 2026 Info: Delivery start DCID 204212 MID 1040735 to RID [0, 1]
Sat Nov 21 14:13:40 2026 Info: Message done DCID 204211 MID 1040734 to RID [0, 1]
Sat Nov 21 14:13:40 2026 Info: MID 1040734 RID [0, 1] Response '2.6.0 [InternalId=446515009091, Hostname=AM0PR01MB1311.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 14:13:40 2026 Info: Message finished MID 1040734 done
Sat Nov 21 14:13:40 2026 Info: DCID 204211 close
Sat Nov 21 14:13:40 2026 Info: Message done DCID 204212 MID 1040735 to RID [0, 1]
Sat Nov 21 14:13:40 2026 Info: MID 1040735 RID [0, 1] Response '2.6.0 [InternalId=509305404993, Hostname=AM0PR01MB2410.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 14:13:40 2026 Info: Message finished MID 1040735 done
Sat Nov 21 14:13:40 2026 Info: DCID 204212 close
Sat Nov 21 14:23:57 2026 Info: New SMTP ICID 416179 interface IncomingMail (192.0.2.10) address 198.51.225.100 reverse dns host mail.partner.example verified yes
Sat Nov 21 14:23:57 2026 Info: ICID 416179 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.2
Sat Nov 21 14:23:57 2026 Info: ICID 416179 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 14:23:57 2026 Info: Start MID 1040736 ICID 416179
Sat Nov 21 14:23:57 2026 Info: MID 1040736 ICID 416179 From: <ewa.obrien@partner.example>
Sat Nov 21 14:23:57 2026 Info: MID 1040736 ICID 416179 RID 0 To: <tom.weber@corp.example>
Sat Nov 21 14:23:57 2026 Info: MID 1040736 Message-ID '<1a6e71fd893a6e3a3c55.46422@partner.example>'
Sat Nov 21 14:23:57 2026 Info: MID 1040736 Subject 'The "new" travel policy'
Sat Nov 21 14:23:57 2026 Info: MID 1040736 ready 299773 bytes from <ewa.obrien@partner.example>
Sat Nov 21 14:23:58 2026 Info: ICID 416179 close
Sat Nov 21 14:23:58 2026 Info: MID 1040736 interim AV verdict using Sophos CLEAN
Sat Nov 21 14:23:58 2026 Info: MID 1040736 SPF: mailfrom identity ewa.obrien@partner.example Pass (v=spf1)
Sat Nov 21 14:23:58 2026 Info: MID 1040736 DKIM: pass signature verified (d=partner.example s=s9 i=@partner.example)
Sat Nov 21 14:23:58 2026 Info: MID 1040736 antivirus negative
Sat Nov 21 14:23:58 2026 Info: MID 1040736 using engine: CASE spam negative
Sat Nov 21 14:23:58 2026 Info: MID 1040736 DMARC: Verification passed
Sat Nov 21 14:23:59 2026 Info: MID 1040736 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 14:23:59 2026 Info: MID 1040736 attachment 'minutes-18990.docx'
Sat Nov 21 14:23:59 2026 Info: MID 1040736 AMP file reputation verdict : UNKNOWN
Sat Nov 21 14:24:00 2026 Info: MID 1040736 queued for delivery
Sat Nov 21 14:24:04 2026 Info: New SMTP DCID 204213 interface 192.0.2.20 address 52.101.86.207 port 25
Sat Nov 21 14:24:04 2026 Info: DCID 204213 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 14:24:04 2026 Info: Delivery start DCID 204213 MID 1040736 to RID [0]
Sat Nov 21 14:24:06 2026 Info: Message done DCID 204213 MID 1040736 to RID [0]
Sat Nov 21 14:24:06 2026 Info: MID 1040736 RID [0] Response '2.6.0 [InternalId=675683047041, Hostname=AM0PR01MB3992.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 14:24:06 2026 Info: Message finished MID 1040736 done
Sat Nov 21 14:24:06 2026 Info: DCID 204213 close
Sat Nov 21 14:25:17 2026 Info: New SMTP ICID 416180 interface IncomingMail (192.0.2.10) address 198.51.99.126 reverse dns host mail.travel.example verified yes
Sat Nov 21 14:25:17 2026 Info: ICID 416180 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.3
Sat Nov 21 14:25:17 2026 Info: ICID 416180 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 14:25:17 2026 Info: Start MID 1040737 ICID 416180
Sat Nov 21 14:25:17 2026 Info: MID 1040737 ICID 416180 From: <raj.kim@travel.example>
Sat Nov 21 14:25:17 2026 Info: MID 1040737 ICID 416180 RID 0 To: <journal@corp.example>
Sat Nov 21 14:25:17 2026 Info: MID 1040737 Message-ID '<d420c59cdd7206648ab7.38830@travel.example>'
Sat Nov 21 14:25:17 2026 Info: MID 1040737 Subject 'Re: Re: Re: hiring plan'
Sat Nov 21 14:25:17 2026 Info: MID 1040737 ready 3964 bytes from <raj.kim@travel.example>
Sat Nov 21 14:25:17 2026 Info: MID 1040737 URL https://www.travel.example/t/ac709d489c has reputation 0.0 matched Condition: URL Reputation Rule
Sat Nov 21 14:25:17 2026 Info: ICID 416180 close
Sat Nov 21 14:25:17 2026 Info: MID 1040737 using engine: CASE spam negative
Sat Nov 21 14:25:17 2026 Info: MID 1040737 SPF: mailfrom identity raj.kim@travel.example Pass (v=spf1)
Sat Nov 21 14:25:18 2026 Info: MID 1040737 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 14:25:18 2026 Info: MID 1040737 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 14:25:19 2026 Info: MID 1040737 queued for delivery
Sat Nov 21 14:25:22 2026 Info: New SMTP DCID 204214 interface 192.0.2.20 address 52.101.232.72 port 25
Sat Nov 21 14:25:22 2026 Info: DCID 204214 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 14:25:22 2026 Info: Delivery start DCID 204214 MID 1040737 to RID [0]
Sat Nov 21 14:25:24 2026 Info: Message done DCID 204214 MID 1040737 to RID [0]
Sat Nov 21 14:25:24 2026 Info: MID 1040737 RID [0] Response '2.0.0 Ok: queued as FDgT4vqsvroeQRrv'
Sat Nov 21 14:25:24 2026 Info: Message finished MID 1040737 done
Sat Nov 21 14:25:24 2026 Info: DCID 204214 close
Sat Nov 21 14:45:31 2026 Info: New SMTP ICID 416181 interface IncomingMail (192.0.2.10) address 198.51.215.87 reverse dns host mail.cloudapp.example verified yes
Sat Nov 21 14:45:31 2026 Info: ICID 416181 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.0
Sat Nov 21 14:45:31 2026 Info: ICID 416181 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 14:45:31 2026 Info: Start MID 1040738 ICID 416181
Sat Nov 21 14:45:31 2026 Info: MID 1040738 ICID 416181 From: <li.walsh@cloudapp.example>
Sat Nov 21 14:45:31 2026 Info: MID 1040738 ICID 416181 RID 0 To: <omar.weber@corp-mail.example>
Sat Nov 21 14:45:31 2026 Info: MID 1040738 ICID 416181 RID 1 To: <kofi.nguyen@corp.example>
Sat Nov 21 14:45:31 2026 Info: MID 1040738 ICID 416181 RID 2 To: <lena.novak@corp.example>
Sat Nov 21 14:45:31 2026 Info: MID 1040738 ICID 416181 RID 3 To: <yuki.novak@corp-legacy.example>
Sat Nov 21 14:45:31 2026 Info: MID 1040738 Message-ID '<2e20635bf469698d97a1.93999@cloudapp.example>'
Sat Nov 21 14:45:31 2026 Info: MID 1040738 Subject 'Invoice 25204'
Sat Nov 21 14:45:31 2026 Info: MID 1040738 ready 575421 bytes from <li.walsh@cloudapp.example>
Sat Nov 21 14:45:31 2026 Info: MID 1040738 DKIM: pass signature verified (d=cloudapp.example s=s5 i=@cloudapp.example)
Sat Nov 21 14:45:31 2026 Info: MID 1040738 DMARC: Verification passed
Sat Nov 21 14:45:31 2026 Info: ICID 416181 close
Sat Nov 21 14:45:31 2026 Info: MID 1040738 using engine: CASE spam negative
Sat Nov 21 14:45:31 2026 Info: MID 1040738 SPF: mailfrom identity li.walsh@cloudapp.example Pass (v=spf1)
Sat Nov 21 14:45:32 2026 Info: MID 1040738 was split creating MID 1040739 due to a per-recipient policy DEFAULT in the inbound table
Sat Nov 21 14:45:32 2026 Info: MID 1040739 ICID 0 From: <li.walsh@cloudapp.example>
Sat Nov 21 14:45:32 2026 Info: MID 1040739 ICID 0 RID 0 To: <yuki.novak@corp-legacy.example>
Sat Nov 21 14:45:32 2026 Info: MID 1040738 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 14:45:32 2026 Info: MID 1040739 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 14:45:32 2026 Info: MID 1040738 attachment 'Q3=20Report=202026.pdf'
Sat Nov 21 14:45:32 2026 Info: MID 1040738 AMP file reputation verdict : CLEAN
Sat Nov 21 14:45:33 2026 Info: MID 1040739 AMP file reputation verdict : CLEAN
Sat Nov 21 14:45:33 2026 Info: MID 1040738 queued for delivery
Sat Nov 21 14:45:34 2026 Info: New SMTP DCID 204215 interface 192.0.2.20 address 52.101.70.232 port 25
Sat Nov 21 14:45:34 2026 Info: DCID 204215 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 14:45:34 2026 Info: Delivery start DCID 204215 MID 1040738 to RID [0, 1, 2]
Sat Nov 21 14:45:35 2026 Info: Message done DCID 204215 MID 1040738 to RID [0, 1, 2]
Sat Nov 21 14:45:35 2026 Info: MID 1040738 RID [0, 1, 2] Response '2.6.0 [InternalId=462124760348, Hostname=AM0PR01MB4649.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 14:45:35 2026 Info: Message finished MID 1040738 done
Sat Nov 21 14:45:35 2026 Info: MID 1040739 queued for delivery
Sat Nov 21 14:45:35 2026 Info: DCID 204215 close
Sat Nov 21 14:45:37 2026 Info: New SMTP DCID 204216 interface 192.0.2.20 address 10.30.0.25 port 25
Sat Nov 21 14:45:37 2026 Info: DCID 204216 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 14:45:37 2026 Info: Delivery start DCID 204216 MID 1040739 to RID [0]
Sat Nov 21 14:45:39 2026 Info: Message done DCID 204216 MID 1040739 to RID [0]
Sat Nov 21 14:45:39 2026 Info: MID 1040739 RID [0] Response '2.0.0 Ok: queued as kB7vwJg5Zort9BXH'
Sat Nov 21 14:45:39 2026 Info: Message finished MID 1040739 done
Sat Nov 21 14:45:39 2026 Info: DCID 204216 close
Sat Nov 21 15:10:08 2026 Info: New SMTP ICID 416182 interface IncomingMail (192.0.2.10) address 198.51.172.26 reverse dns host mail.partner.example verified yes
Sat Nov 21 15:10:08 2026 Info: ICID 416182 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.3
Sat Nov 21 15:10:08 2026 Info: ICID 416182 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 15:10:08 2026 Info: Start MID 1040740 ICID 416182
Sat Nov 21 15:10:08 2026 Info: MID 1040740 ICID 416182 From: <ewa.obrien@partner.example>
Sat Nov 21 15:10:08 2026 Info: MID 1040740 ICID 416182 RID 0 To: <yuki.ivanova@corp.example>
Sat Nov 21 15:10:08 2026 Info: MID 1040740 ICID 416182 RID 1 To: <helpdesk@corp-mail.example>
Sat Nov 21 15:10:09 2026 Info: MID 1040740 Message-ID '<bbbad103d9b83ff303e0.23883@partner.example>'
Sat Nov 21 15:10:09 2026 Info: MID 1040740 Subject 'Re: project timeline'
Sat Nov 21 15:10:09 2026 Info: MID 1040740 ready 739143 bytes from <ewa.obrien@partner.example>
Sat Nov 21 15:10:09 2026 Info: ICID 416182 close
Sat Nov 21 15:10:09 2026 Info: MID 1040740 using engine: CASE spam negative
Sat Nov 21 15:10:09 2026 Info: MID 1040740 DKIM: pass signature verified (d=partner.example s=s3 i=@partner.example)
Sat Nov 21 15:10:09 2026 Info: MID 1040740 SPF: mailfrom identity ewa.obrien@partner.example Pass (v=spf1)
Sat Nov 21 15:10:09 2026 Info: MID 1040740 DMARC: Verification passed
Sat Nov 21 15:10:10 2026 Info: MID 1040740 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 15:10:10 2026 Info: MID 1040740 attachment 'budget_2026_v3.xlsx'
Sat Nov 21 15:10:10 2026 Info: File reputation query initiating. File Name = 'budget_2026_v3.xlsx', MID = 1040740, File Size = 527822 bytes, File Type = application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
Sat Nov 21 15:10:10 2026 Info: MID 1040740 AMP file reputation verdict : UNKNOWN
Sat Nov 21 15:10:11 2026 Info: MID 1040740 queued for delivery
Sat Nov 21 15:10:11 2026 Info: Response received for file reputation query from Cache. FileName = 'budget_2026_v3.xlsx', MID = 1040740, Disposition = FILE UNKNOWN, Malware = None,Reputation Score = 5, sha256 =83a4e62930803889fa6197748d118e3781728a07bbab27f604b8157d03edb920, upload_action = 2
Sat Nov 21 15:10:13 2026 Info: New SMTP DCID 204217 interface 192.0.2.20 address 52.101.184.240 port 25
Sat Nov 21 15:10:13 2026 Info: DCID 204217 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 15:10:13 2026 Info: Delivery start DCID 204217 MID 1040740 to RID [0, 1]
Sat Nov 21 15:10:15 2026 Info: Message done DCID 204217 MID 1040740 to RID [0, 1]
Sat Nov 21 15:10:15 2026 Info: MID 1040740 RID [0, 1] Response '2.0.0 Ok: queued as gPreNB3ffmm7nBYJ'
Sat Nov 21 15:10:15 2026 Info: Message finished MID 1040740 done
Sat Nov 21 15:10:15 2026 Info: DCID 204217 close
Sat Nov 21 15:18:47 2026 Info: New SMTP ICID 416183 interface OutgoingMail (192.0.2.11) address 10.20.1.61 reverse dns host exch1.corp.example verified yes
Sat Nov 21 15:18:47 2026 Info: ICID 416183 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 15:18:47 2026 Info: Start MID 1040741 ICID 416183
Sat Nov 21 15:18:47 2026 Info: MID 1040741 ICID 416183 From: <yuki.ivanova@corp.example>
Sat Nov 21 15:18:47 2026 Info: MID 1040741 ICID 416183 RID 0 To: <paul.dubois@client-b.example>
Sat Nov 21 15:18:47 2026 Info: MID 1040741 ICID 416183 RID 1 To: <paul.moreau@gmail.example>
Sat Nov 21 15:18:47 2026 Info: MID 1040741 ICID 416183 RID 2 To: <nora.okafor@partner.example>
Sat Nov 21 15:18:47 2026 Info: MID 1040741 Message-ID '<31d5147c617c6874a86a.89067@corp.example>'
Sat Nov 21 15:18:47 2026 Info: MID 1040741 Subject 'Meeting notes'
Sat Nov 21 15:18:47 2026 Info: MID 1040741 ready 5958619 bytes from <yuki.ivanova@corp.example>
Sat Nov 21 15:18:48 2026 Info: ICID 416183 close
Sat Nov 21 15:18:48 2026 Info: MID 1040741 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 15:18:48 2026 Info: MID 1040741 attachment 'specs-52454.zip'
Sat Nov 21 15:18:48 2026 Info: File reputation query initiating. File Name = 'specs-52454.zip', MID = 1040741, File Size = 4436888 bytes, File Type = application/zip
Sat Nov 21 15:18:48 2026 Info: MID 1040741 AMP file reputation verdict : CLEAN
Sat Nov 21 15:18:48 2026 Info: MID 1040741 using engine: CASE spam negative
Sat Nov 21 15:18:48 2026 Info: MID 1040741 SPF: mailfrom identity yuki.ivanova@corp.example Pass (v=spf1)
Sat Nov 21 15:18:48 2026 Info: Response received for file reputation query from Cloud. FileName = 'specs-52454.zip', MID = 1040741, Disposition = CLEAN, Malware = None,Reputation Score = 5, sha256 =9c606004f53a1344df7e44253aad711f64b6eaaa72d69b79d8593f6fb1632468, upload_action = 2
Sat Nov 21 15:18:48 2026 Info: MID 1040741 queued for delivery
Sat Nov 21 15:18:50 2026 Info: New SMTP DCID 204218 interface 192.0.2.20 address 203.0.113.28 port 25
Sat Nov 21 15:18:50 2026 Info: DCID 204218 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 15:18:50 2026 Info: Delivery start DCID 204218 MID 1040741 to RID [0]
Sat Nov 21 15:18:52 2026 Info: Message done DCID 204218 MID 1040741 to RID [0]
Sat Nov 21 15:18:52 2026 Info: MID 1040741 RID [0] Response '2.0.0 Ok: queued as 4AJKsRFJ4EPSENfJ'
Sat Nov 21 15:18:52 2026 Info: New SMTP DCID 204219 interface 192.0.2.20 address 203.0.113.212 port 25
Sat Nov 21 15:18:52 2026 Info: DCID 204219 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 15:18:52 2026 Info: Delivery start DCID 204219 MID 1040741 to RID [1]
Sat Nov 21 15:18:52 2026 Info: DCID 204218 close
Sat Nov 21 15:18:54 2026 Info: Message done DCID 204219 MID 1040741 to RID [1]
Sat Nov 21 15:18:54 2026 Info: MID 1040741 RID [1] Response '2.0.0 Ok: queued as 24rPABJNvVCMg6GB'
Sat Nov 21 15:18:54 2026 Info: New SMTP DCID 204220 interface 192.0.2.20 address 203.0.113.212 port 25
Sat Nov 21 15:18:54 2026 Info: DCID 204220 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 15:18:54 2026 Info: Delivery start DCID 204220 MID 1040741 to RID [2]
Sat Nov 21 15:18:54 2026 Info: DCID 204219 close
Sat Nov 21 15:18:55 2026 Info: Message done DCID 204220 MID 1040741 to RID [2]
Sat Nov 21 15:18:55 2026 Info: MID 1040741 RID [2] Response '2.0.0 Ok: queued as Nhc7BSL3bXwxD7Z7'
Sat Nov 21 15:18:55 2026 Info: Message finished MID 1040741 done
Sat Nov 21 15:18:55 2026 Info: DCID 204220 close
Sat Nov 21 15:24:36 2026 Info: New SMTP ICID 416184 interface OutgoingMail (192.0.2.11) address 10.20.1.32 reverse dns host exch1.corp.example verified yes
Sat Nov 21 15:24:36 2026 Info: ICID 416184 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 15:24:37 2026 Info: Start MID 1040742 ICID 416184
Sat Nov 21 15:24:37 2026 Info: MID 1040742 ICID 416184 From: <eva.kowalski@corp.example>
Sat Nov 21 15:24:37 2026 Info: MID 1040742 ICID 416184 RID 0 To: <paul.smith@newsletter.example>
Sat Nov 21 15:24:37 2026 Info: MID 1040742 ICID 416184 RID 1 To: <kofi.ivanova@cloudapp.example>
Sat Nov 21 15:24:37 2026 Info: MID 1040742 Message-ID '<74d0e7aeea7d92bf%18#&cd10c@corp.example>'
Sat Nov 21 15:24:37 2026 Info: MID 1040742 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Sat Nov 21 15:24:37 2026 Info: MID 1040742 ready 357284 bytes from <eva.kowalski@corp.example>
Sat Nov 21 15:24:37 2026 Info: ICID 416184 close
Sat Nov 21 15:24:37 2026 Info: MID 1040742 DKIM: pass signature verified (d=corp.example s=s1 i=@corp.example)
Sat Nov 21 15:24:37 2026 Info: MID 1040742 DMARC: Verification passed
Sat Nov 21 15:24:37 2026 Info: MID 1040742 using engine: CASE spam negative
Sat Nov 21 15:24:37 2026 Info: MID 1040742 SPF: mailfrom identity eva.kowalski@corp.example Pass (v=spf1)
Sat Nov 21 15:24:38 2026 Info: MID 1040742 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 15:24:38 2026 Info: MID 1040742 attachment 'Caf=C3=A9=20menu=2026319.pdf'
Sat Nov 21 15:24:38 2026 Info: File reputation query initiating. File Name = 'Café menu 26319.pdf', MID = 1040742, File Size = 246681 bytes, File Type = application/pdf
Sat Nov 21 15:24:38 2026 Info: MID 1040742 AMP file reputation verdict : CLEAN
Sat Nov 21 15:24:38 2026 Info: Response received for file reputation query from Cloud. File Name = 'Café menu 26319.pdf', MID = 1040742, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = a3882a8aaa8173cf5a66d71a257185b5f6bfce1ad08c33c839da457ab8801b29, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Sat Nov 21 15:24:39 2026 Info: MID 1040742 queued for delivery
Sat Nov 21 15:24:40 2026 Info: New SMTP ICID 416185 interface IncomingMail (192.0.2.10) address 198.51.104.103 reverse dns host mail.cloudapp.example verified yes
Sat Nov 21 15:24:40 2026 Info: ICID 416185 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.0
Sat Nov 21 15:24:40 2026 Info: ICID 416185 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 15:24:40 2026 Info: Start MID 1040743 ICID 416185
Sat Nov 21 15:24:40 2026 Info: MID 1040743 ICID 416185 From: <kofi.ivanova@cloudapp.example>
Sat Nov 21 15:24:40 2026 Info: MID 1040743 ICID 416185 RID 0 To: <ivan.silva@corp.example>
Sat Nov 21 15:24:41 2026 Info: MID 1040743 Message-ID '<93e3bb640b23cabf739a.9894@cloudapp.example>'
Sat Nov 21 15:24:41 2026 Info: MID 1040743 Subject 'Re: Re: Re: hiring plan'
Sat Nov 21 15:24:41 2026 Info: MID 1040743 ready 11742 bytes from <kofi.ivanova@cloudapp.example>
Sat Nov 21 15:24:41 2026 Info: ICID 416185 close
Sat Nov 21 15:24:41 2026 Info: MID 1040743 DMARC: Verification passed
Sat Nov 21 15:24:41 2026 Info: MID 1040743 using engine: CASE spam negative
Sat Nov 21 15:24:41 2026 Info: MID 1040743 SPF: mailfrom identity kofi.ivanova@cloudapp.example Pass (v=spf1)
Sat Nov 21 15:24:41 2026 Info: MID 1040743 DKIM: pass signature verified (d=cloudapp.example s=s2 i=@cloudapp.example)
Sat Nov 21 15:24:42 2026 Info: MID 1040743 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 15:24:42 2026 Info: MID 1040743 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 15:24:42 2026 Info: MID 1040743 queued for delivery
Sat Nov 21 15:24:43 2026 Info: New SMTP DCID 204221 interface 192.0.2.20 address 203.0.113.169 port 25
Sat Nov 21 15:24:43 2026 Info: DCID 204221 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 15:24:43 2026 Info: Delivery start DCID 204221 MID 1040742 to RID [0]
Sat Nov 21 15:24:45 2026 Info: Message done DCID 204221 MID 1040742 to RID [0]
Sat Nov 21 15:24:45 2026 Info: MID 1040742 RID [0] Response '2.0.0 Ok: queued as n65UdJMn3P2KwJmS'
Sat Nov 21 15:24:45 2026 Info: New SMTP DCID 204222 interface 192.0.2.20 address 203.0.113.127 port 25
Sat Nov 21 15:24:45 2026 Info: DCID 204222 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 15:24:45 2026 Info: Delivery start DCID 204222 MID 1040742 to RID [1]
Sat Nov 21 15:24:45 2026 Info: DCID 204221 close
Sat Nov 21 15:24:45 2026 Info: New SMTP DCID 204223 interface 192.0.2.20 address 52.101.23.250 port 25
Sat Nov 21 15:24:45 2026 Info: DCID 204223 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 15:24:45 2026 Info: Delivery start DCID 204223 MID 1040743 to RID [0]
Sat Nov 21 15:24:46 2026 Info: Message done DCID 204222 MID 1040742 to RID [1]
Sat Nov 21 15:24:46 2026 Info: MID 1040742 RID [1] Response '2.0.0 Ok: queued as eoQLQy7Keg8zUmNi'
Sat Nov 21 15:24:46 2026 Info: Message finished MID 1040742 done
Sat Nov 21 15:24:46 2026 Info: DCID 204222 close
Sat Nov 21 15:24:46 2026 Info: Message done DCID 204223 MID 1040743 to RID [0]
Sat Nov 21 15:24:46 2026 Info: MID 1040743 RID [0] Response '2.0.0 Ok: queued as qcZFcvoTeyUZedVi'
Sat Nov 21 15:24:46 2026 Info: Message finished MID 1040743 done
Sat Nov 21 15:24:46 2026 Info: DCID 204223 close
Sat Nov 21 15:27:23 2026 Info: New SMTP ICID 416186 interface IncomingMail (192.0.2.10) address 198.51.22.148 reverse dns host mail.gmail.example verified yes
Sat Nov 21 15:27:23 2026 Info: ICID 416186 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.1
Sat Nov 21 15:27:23 2026 Info: ICID 416186 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 15:27:23 2026 Info: Start MID 1040744 ICID 416186
Sat Nov 21 15:27:23 2026 Info: MID 1040744 ICID 416186 From: <sara.ivanova@gmail.example>
Sat Nov 21 15:27:23 2026 Info: MID 1040744 ICID 416186 RID 0 To: <ana.kowalski@corp.example>
Sat Nov 21 15:27:24 2026 Info: MID 1040744 Message-ID '<e5cf467d65250add37ba.44822@gmail.example>'
Sat Nov 21 15:27:24 2026 Info: MID 1040744 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Sat Nov 21 15:27:24 2026 Info: MID 1040744 ready 9687 bytes from <sara.ivanova@gmail.example>
Sat Nov 21 15:27:24 2026 Info: MID 1040744 SPF: mailfrom identity sara.ivanova@gmail.example Pass (v=spf1)
Sat Nov 21 15:27:24 2026 Info: MID 1040744 using engine: CASE spam negative
Sat Nov 21 15:27:24 2026 Info: ICID 416186 close
Sat Nov 21 15:27:25 2026 Info: MID 1040744 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 15:27:25 2026 Info: MID 1040744 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 15:27:26 2026 Info: New SMTP ICID 416187 interface IncomingMail (192.0.2.10) address 198.51.10.45 reverse dns host mail.client-b.example verified yes
Sat Nov 21 15:27:26 2026 Info: ICID 416187 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.3
Sat Nov 21 15:27:26 2026 Info: ICID 416187 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 15:27:26 2026 Info: MID 1040744 queued for delivery
Sat Nov 21 15:27:26 2026 Info: Start MID 1040745 ICID 416187
Sat Nov 21 15:27:26 2026 Info: MID 1040745 ICID 416187 From: <max.fischer@client-b.example>
Sat Nov 21 15:27:26 2026 Info: MID 1040745 ICID 416187 RID 0 To: <leo.dubois93@corp.example>
Sat Nov 21 15:27:26 2026 Info: MID 1040745 ICID 416187 RID 1 To: <sara.novak@corp.example>
Sat Nov 21 15:27:26 2026 Info: MID 1040745 ICID 416187 RID 2 To: <ivan.silva@corp.example>
Sat Nov 21 15:27:26 2026 Info: MID 1040745 ICID 416187 RID 3 To: <kofi.moreau@corp-mail.example>
Sat Nov 21 15:27:27 2026 Info: MID 1040745 Message-ID '<410a02c73540a83b17ca.86215@client-b.example>'
Sat Nov 21 15:27:27 2026 Info: MID 1040745 Subject "Re: O'Brien account review"
Sat Nov 21 15:27:27 2026 Info: MID 1040745 ready 25530 bytes from <max.fischer@client-b.example>
Sat Nov 21 15:27:27 2026 Info: ICID 416187 close
Sat Nov 21 15:27:27 2026 Info: MID 1040745 SPF: mailfrom identity max.fischer@client-b.example Pass (v=spf1)
Sat Nov 21 15:27:27 2026 Info: MID 1040745 using engine: CASE spam negative
Sat Nov 21 15:27:28 2026 Info: MID 1040745 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 15:27:28 2026 Info: MID 1040745 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 15:27:28 2026 Info: New SMTP DCID 204224 interface 192.0.2.20 address 52.101.243.98 port 25
Sat Nov 21 15:27:28 2026 Info: DCID 204224 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 15:27:28 2026 Info: Delivery start DCID 204224 MID 1040744 to RID [0]
Sat Nov 21 15:27:29 2026 Info: New SMTP DCID 204225 interface 192.0.2.20 address 192.0.2.50 port 6025
Sat Nov 21 15:27:29 2026 Info: Delivery start DCID 204225 MID 1040745 to RID [0, 1, 2, 3] to offbox IronPort Spam Quarantine
Sat Nov 21 15:27:29 2026 Info: Message done DCID 204225 MID 1040745 to RID [0, 1, 2, 3] (external quarantine)
Sat Nov 21 15:27:29 2026 Info: Message finished MID 1040745 done
Sat Nov 21 15:27:29 2026 Info: DCID 204225 close
Sat Nov 21 15:27:30 2026 Info: Message done DCID 204224 MID 1040744 to RID [0]
Sat Nov 21 15:27:30 2026 Info: MID 1040744 RID [0] Response '2.0.0 Ok: queued as ub2oiZwSQrDMWoQb'
Sat Nov 21 15:27:30 2026 Info: Message finished MID 1040744 done
Sat Nov 21 15:27:31 2026 Info: DCID 204224 close
Sat Nov 21 15:41:13 2026 Info: New SMTP ICID 416188 interface IncomingMail (192.0.2.10) address 198.51.230.220 reverse dns host mail.travel.example verified yes
Sat Nov 21 15:41:13 2026 Info: ICID 416188 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.8
Sat Nov 21 15:41:13 2026 Info: ICID 416188 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 15:41:13 2026 Info: Start MID 1040746 ICID 416188
Sat Nov 21 15:41:13 2026 Info: MID 1040746 ICID 416188 From: <ewa.patel@travel.example>
Sat Nov 21 15:41:13 2026 Info: MID 1040746 ICID 416188 RID 0 To: <ivan.okafor@corp.example>
Sat Nov 21 15:41:14 2026 Info: MID 1040746 Message-ID '<69d5fa9d16ae7dcf717c.28048@travel.example>'
Sat Nov 21 15:41:14 2026 Info: MID 1040746 Subject 'Your order 57953 has shipped'
Sat Nov 21 15:41:14 2026 Info: MID 1040746 ready 324256 bytes from <ewa.patel@travel.example>
Sat Nov 21 15:41:14 2026 Info: ICID 416188 close
Sat Nov 21 15:41:14 2026 Info: MID 1040746 SPF: mailfrom identity ewa.patel@travel.example Pass (v=spf1)
Sat Nov 21 15:41:14 2026 Info: MID 1040746 using engine: CASE spam negative
Sat Nov 21 15:41:16 2026 Info: MID 1040746 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 15:41:16 2026 Info: MID 1040746 attachment 'invoice_62328.pdf'
Sat Nov 21 15:41:16 2026 Info: MID 1040746 AMP file reputation verdict : UNKNOWN
Sat Nov 21 15:41:17 2026 Info: MID 1040746 queued for delivery
Sat Nov 21 15:41:21 2026 Info: New SMTP DCID 204226 interface 192.0.2.20 address 52.101.251.131 port 25
Sat Nov 21 15:41:21 2026 Info: DCID 204226 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 15:41:21 2026 Info: Delivery start DCID 204226 MID 1040746 to RID [0]
Sat Nov 21 15:41:22 2026 Info: Message done DCID 204226 MID 1040746 to RID [0]
Sat Nov 21 15:41:22 2026 Info: MID 1040746 RID [0] Response '2.6.0 [InternalId=236113528588, Hostname=AM0PR01MB2439.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 15:41:22 2026 Info: Message finished MID 1040746 done
Sat Nov 21 15:41:22 2026 Info: DCID 204226 close
Sat Nov 21 15:46:51 2026 Info: New SMTP ICID 416189 interface IncomingMail (192.0.2.10) address 198.51.154.124 reverse dns host mail.supplier.example verified yes
Sat Nov 21 15:46:51 2026 Info: ICID 416189 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.3
Sat Nov 21 15:46:51 2026 Info: ICID 416189 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 15:46:51 2026 Info: Start MID 1040747 ICID 416189
Sat Nov 21 15:46:51 2026 Info: MID 1040747 ICID 416189 From: <ana.mendes@supplier.example>
Sat Nov 21 15:46:51 2026 Info: MID 1040747 ICID 416189 RID 0 To: <emma.garcia@corp.example>
Sat Nov 21 15:46:52 2026 Info: MID 1040747 Message-ID '<4a813e17b62ce14510f8.33254@supplier.example>'
Sat Nov 21 15:46:52 2026 Info: MID 1040747 Subject 'Budget 2027 – first numbers'
Sat Nov 21 15:46:52 2026 Info: MID 1040747 ready 26389 bytes from <ana.mendes@supplier.example>
Sat Nov 21 15:46:52 2026 Info: ICID 416189 close
Sat Nov 21 15:46:52 2026 Info: MID 1040747 using engine: CASE spam negative
Sat Nov 21 15:46:52 2026 Info: MID 1040747 SPF: mailfrom identity ana.mendes@supplier.example Pass (v=spf1)
Sat Nov 21 15:46:53 2026 Info: MID 1040747 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 15:46:53 2026 Info: MID 1040747 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 15:46:55 2026 Info: MID 1040747 queued for delivery
Sat Nov 21 15:46:57 2026 Info: New SMTP DCID 204227 interface 192.0.2.20 address 52.101.37.198 port 25
Sat Nov 21 15:46:57 2026 Info: DCID 204227 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 15:46:57 2026 Info: Delivery start DCID 204227 MID 1040747 to RID [0]
Sat Nov 21 15:46:58 2026 Info: Message done DCID 204227 MID 1040747 to RID [0]
Sat Nov 21 15:46:58 2026 Info: MID 1040747 RID [0] Response '2.6.0 [InternalId=748330307595, Hostname=AM0PR01MB1538.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 15:46:58 2026 Info: Message finished MID 1040747 done
Sat Nov 21 15:46:58 2026 Info: DCID 204227 close
Sat Nov 21 15:51:45 2026 Info: New SMTP ICID 416190 interface IncomingMail (192.0.2.10) address 198.51.55.247 reverse dns host mail.logistics.example verified yes
Sat Nov 21 15:51:45 2026 Info: ICID 416190 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.0
Sat Nov 21 15:51:45 2026 Info: ICID 416190 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 15:51:45 2026 Info: Start MID 1040748 ICID 416190
Sat Nov 21 15:51:45 2026 Info: MID 1040748 ICID 416190 From: <yuki.sato@logistics.example>
Sat Nov 21 15:51:45 2026 Info: MID 1040748 ICID 416190 RID 0 To: <kofi.nguyen@corp.example>
Sat Nov 21 15:51:46 2026 Info: MID 1040748 Message-ID '<95d80ea0255ac031f725.82367@logistics.example>'
Sat Nov 21 15:51:46 2026 Info: MID 1040748 Subject 'Invoice 67244'
Sat Nov 21 15:51:46 2026 Info: MID 1040748 ready 7859 bytes from <yuki.sato@logistics.example>
Sat Nov 21 15:51:46 2026 Info: ICID 416190 close
Sat Nov 21 15:51:46 2026 Info: MID 1040748 DKIM: pass signature verified (d=logistics.example s=s5 i=@logistics.example)
Sat Nov 21 15:51:46 2026 Info: MID 1040748 using engine: CASE spam negative
Sat Nov 21 15:51:46 2026 Info: MID 1040748 DMARC: Verification passed
Sat Nov 21 15:51:46 2026 Info: MID 1040748 SPF: mailfrom identity yuki.sato@logistics.example Pass (v=spf1)
Sat Nov 21 15:51:48 2026 Info: MID 1040748 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 15:51:48 2026 Info: New SMTP ICID 416191 interface IncomingMail (192.0.2.10) address 198.51.211.87 reverse dns host mail.travel.example verified yes
Sat Nov 21 15:51:48 2026 Info: ICID 416191 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.5
Sat Nov 21 15:51:48 2026 Info: ICID 416191 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 15:51:48 2026 Info: MID 1040748 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 15:51:48 2026 Info: Start MID 1040749 ICID 416191
Sat Nov 21 15:51:48 2026 Info: MID 1040749 ICID 416191 From: <ines.kowalski@travel.example>
Sat Nov 21 15:51:48 2026 Info: MID 1040749 ICID 416191 RID 0 To: <ewa.jensen@corp.example>
Sat Nov 21 15:51:48 2026 Info: MID 1040749 ICID 416191 RID 1 To: <ravi.nguyen48@corp.example>
Sat Nov 21 15:51:48 2026 Info: MID 1040749 ICID 416191 RID 2 To: <tom.weber@corp.example>
Sat Nov 21 15:51:49 2026 Info: MID 1040748 queued for delivery
Sat Nov 21 15:51:49 2026 Info: MID 1040749 Message-ID '<8b0c5300da940684c35e.43688@travel.example>'
Sat Nov 21 15:51:49 2026 Info: MID 1040749 Subject 'Your order 11711 has shipped'
Sat Nov 21 15:51:49 2026 Info: MID 1040749 ready 53636 bytes from <ines.kowalski@travel.example>
Sat Nov 21 15:51:49 2026 Info: ICID 416191 close
Sat Nov 21 15:51:49 2026 Info: MID 1040749 SPF: mailfrom identity ines.kowalski@travel.example Pass (v=spf1)
Sat Nov 21 15:51:49 2026 Info: MID 1040749 using engine: CASE spam negative
Sat Nov 21 15:51:49 2026 Info: MID 1040749 DMARC: Verification passed
Sat Nov 21 15:51:49 2026 Info: MID 1040749 DKIM: pass signature verified (d=travel.example s=s6 i=@travel.example)
Sat Nov 21 15:51:50 2026 Info: MID 1040749 was split creating MID 1040750 due to a per-recipient policy Engineering in the inbound table
Sat Nov 21 15:51:50 2026 Info: MID 1040750 ICID 0 From: <ines.kowalski@travel.example>
Sat Nov 21 15:51:50 2026 Info: MID 1040750 ICID 0 RID 0 To: <tom.weber@corp.example>
Sat Nov 21 15:51:50 2026 Info: MID 1040749 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 15:51:50 2026 Info: MID 1040750 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 15:51:50 2026 Info: New SMTP DCID 204228 interface 192.0.2.20 address 52.101.147.18 port 25
Sat Nov 21 15:51:50 2026 Info: DCID 204228 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 15:51:50 2026 Info: Delivery start DCID 204228 MID 1040748 to RID [0]
Sat Nov 21 15:51:50 2026 Info: MID 1040749 attachment 'minutes-82487.docx'
Sat Nov 21 15:51:50 2026 Info: File reputation query initiating. File Name = 'minutes-82487.docx', MID = 1040749, File Size = 33206 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Sat Nov 21 15:51:50 2026 Info: MID 1040749 AMP file reputation verdict : CLEAN
Sat Nov 21 15:51:50 2026 Info: MID 1040750 AMP file reputation verdict : CLEAN
Sat Nov 21 15:51:50 2026 Info: MID 1040749 queued for delivery
Sat Nov 21 15:51:50 2026 Info: Message done DCID 204228 MID 1040748 to RID [0]
Sat Nov 21 15:51:50 2026 Info: MID 1040748 RID [0] Response '2.0.0 Ok: queued as BX2KUtqXq39DjCAF'
Sat Nov 21 15:51:50 2026 Info: DCID 204228 close
Sat Nov 21 15:51:50 2026 Info: Message finished MID 1040748 done
Sat Nov 21 15:51:50 2026 Info: MID 1040750 queued for delivery
Sat Nov 21 15:51:51 2026 Info: Response received for file reputation query from Cache. File Name = 'minutes-82487.docx', MID = 1040749, Disposition = CLEAN, Malware = None, Analysis Score = 5, sha256 = 430b91ed2954ba5cf81e54dd1c0502c6f02905313d0a270bb5a432cf86e3e726, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Sat Nov 21 15:51:51 2026 Info: New SMTP DCID 204229 interface 192.0.2.20 address 52.101.87.20 port 25
Sat Nov 21 15:51:51 2026 Info: DCID 204229 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 15:51:51 2026 Info: Delivery start DCID 204229 MID 1040749 to RID [0, 1]
Sat Nov 21 15:51:52 2026 Info: Message done DCID 204229 MID 1040749 to RID [0, 1]
Sat Nov 21 15:51:52 2026 Info: MID 1040749 RID [0, 1] Response '2.6.0 [InternalId=757489775746, Hostname=AM0PR01MB2384.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 15:51:52 2026 Info: Message finished MID 1040749 done
Sat Nov 21 15:51:52 2026 Info: DCID 204229 close
Sat Nov 21 15:51:53 2026 Info: New SMTP DCID 204230 interface 192.0.2.20 address 52.101.21.76 port 25
Sat Nov 21 15:51:53 2026 Info: DCID 204230 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 15:51:53 2026 Info: Delivery start DCID 204230 MID 1040750 to RID [0]
Sat Nov 21 15:51:55 2026 Info: Message done DCID 204230 MID 1040750 to RID [0]
Sat Nov 21 15:51:55 2026 Info: MID 1040750 RID [0] Response '2.6.0 [InternalId=177889656573, Hostname=AM0PR01MB1945.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 15:51:55 2026 Info: Message finished MID 1040750 done
Sat Nov 21 15:51:55 2026 Info: DCID 204230 close
Sat Nov 21 16:24:05 2026 Info: New SMTP ICID 416192 interface IncomingMail (192.0.2.10) address 198.51.14.48 reverse dns host mail.client-b.example verified yes
Sat Nov 21 16:24:05 2026 Info: ICID 416192 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.6
Sat Nov 21 16:24:05 2026 Info: ICID 416192 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 16:24:06 2026 Info: Start MID 1040751 ICID 416192
Sat Nov 21 16:24:06 2026 Info: MID 1040751 ICID 416192 From: <chen.obrien@client-b.example>
Sat Nov 21 16:24:06 2026 Info: MID 1040751 ICID 416192 RID 0 To: <ines.berg@corp.example>
Sat Nov 21 16:24:06 2026 Info: MID 1040751 ICID 416192 RID 1 To: <ivan.okafor@corp-mail.example>
Sat Nov 21 16:24:06 2026 Info: MID 1040751 ICID 416192 RID 2 To: <sara.novak@corp.example>
Sat Nov 21 16:24:06 2026 Info: MID 1040751 ICID 416192 RID 3 To: <lena.sato@corp.example>
Sat Nov 21 16:24:06 2026 Info: MID 1040751 ICID 416192 RID 4 To: <ana.kowalski@corp.example>
Sat Nov 21 16:24:06 2026 Info: MID 1040751 ICID 416192 RID 5 To: <Kofi.Moreau@Corp-Mail.Example>
Sat Nov 21 16:24:06 2026 Info: MID 1040751 ICID 416192 RID 6 To: <ivan.silva@corp.example>
Sat Nov 21 16:24:06 2026 Info: MID 1040751 ICID 416192 RID 7 To: <nina.patel@corp.example>
Sat Nov 21 16:24:06 2026 Info: MID 1040751 Message-ID '<548f4102f8428a05cbf7.52816@client-b.example>'
Sat Nov 21 16:24:06 2026 Info: MID 1040751 Subject 'Your order 29374 has shipped'
Sat Nov 21 16:24:06 2026 Info: MID 1040751 ready 5794 bytes from <chen.obrien@client-b.example>
Sat Nov 21 16:24:06 2026 Info: MID 1040751 DKIM: pass signature verified (d=client-b.example s=s4 i=@client-b.example)
Sat Nov 21 16:24:06 2026 Info: MID 1040751 SPF: mailfrom identity chen.obrien@client-b.example Pass (v=spf1)
Sat Nov 21 16:24:06 2026 Info: ICID 416192 close
Sat Nov 21 16:24:06 2026 Info: MID 1040751 using engine: CASE spam negative
Sat Nov 21 16:24:06 2026 Info: MID 1040751 interim AV verdict using Sophos CLEAN
Sat Nov 21 16:24:06 2026 Info: MID 1040751 antivirus negative
Sat Nov 21 16:24:06 2026 Info: MID 1040751 DMARC: Verification passed
Sat Nov 21 16:24:06 2026 Info: MID 1040751 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 16:24:06 2026 Info: MID 1040751 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 16:24:07 2026 Info: MID 1040751 queued for delivery
Sat Nov 21 16:24:08 2026 Info: New SMTP DCID 204231 interface 192.0.2.20 address 52.101.230.131 port 25
Sat Nov 21 16:24:08 2026 Info: DCID 204231 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 16:24:08 2026 Info: Delivery start DCID 204231 MID 1040751 to RID [0, 1, 2, 3, 4, 5, 6, 7]
Sat Nov 21 16:24:08 2026 Info: Message done DCID 204231 MID 1040751 to RID [0, 1, 2, 3, 4, 5, 6, 7] [('from', 'chen.obrien@client-b.example'), ('to', 'ines.berg@corp.example')]
Sat Nov 21 16:24:08 2026 Info: MID 1040751 RID [0, 1, 2, 3, 4, 5, 6, 7] Response '2.6.0 [InternalId=546814555532, Hostname=AM0PR01MB3845.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 16:24:08 2026 Info: Message finished MID 1040751 done
Sat Nov 21 16:24:08 2026 Info: DCID 204231 close
Sat Nov 21 16:30:34 2026 Info: New SMTP ICID 416193 interface OutgoingMail (192.0.2.11) address 10.20.6.78 reverse dns host exch3.corp.example verified yes
Sat Nov 21 16:30:34 2026 Info: ICID 416193 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 16:30:34 2026 Info: Start MID 1040752 ICID 416193
Sat Nov 21 16:30:34 2026 Info: MID 1040752 ICID 416193 From: <sam.obrien@corp.example>
Sat Nov 21 16:30:34 2026 Info: MID 1040752 ICID 416193 RID 0 To: <chen.obrien@client-b.example>
Sat Nov 21 16:30:34 2026 Info: MID 1040752 ICID 416193 RID 1 To: <chen.haddad@client-a.example>
Sat Nov 21 16:30:35 2026 Info: MID 1040752 Message-ID '<35cf58589dc21e005490.15197@corp.example>'
Sat Nov 21 16:30:35 2026 Info: MID 1040752 Subject 'Budget 2027 – first numbers'
Sat Nov 21 16:30:35 2026 Info: MID 1040752 ready 110936 bytes from <sam.obrien@corp.example>
Sat Nov 21 16:30:35 2026 Info: MID 1040752 SPF: mailfrom identity sam.obrien@corp.example Pass (v=spf1)
Sat Nov 21 16:30:35 2026 Info: ICID 416193 close
Sat Nov 21 16:30:35 2026 Info: MID 1040752 using engine: CASE spam negative
Sat Nov 21 16:30:36 2026 Info: MID 1040752 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 16:30:36 2026 Info: MID 1040752 attachment 'invoice_45299.pdf'
Sat Nov 21 16:30:36 2026 Info: File reputation query initiating. File Name = 'invoice_45299.pdf', MID = 1040752, File Size = 73706 bytes, File Type = application/pdf
Sat Nov 21 16:30:36 2026 Info: MID 1040752 AMP file reputation verdict : CLEAN
Sat Nov 21 16:30:36 2026 Info: Response received for file reputation query from Cache. FileName = 'invoice_45299.pdf', MID = 1040752, Disposition = CLEAN, Malware = None,Reputation Score = 0, sha256 =83239ef54ba2e1619fb9af5084768b8c54dd0ba5626467ba04a10547b401ba85, upload_action = 2
Sat Nov 21 16:30:37 2026 Info: MID 1040752 queued for delivery
Sat Nov 21 16:30:38 2026 Info: New SMTP DCID 204232 interface 192.0.2.20 address 203.0.113.19 port 25
Sat Nov 21 16:30:38 2026 Info: DCID 204232 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 16:30:38 2026 Info: Delivery start DCID 204232 MID 1040752 to RID [0]
Sat Nov 21 16:30:40 2026 Info: Message done DCID 204232 MID 1040752 to RID [0]
Sat Nov 21 16:30:40 2026 Info: MID 1040752 RID [0] Response '2.0.0 Ok: queued as Gs9AccLgzYm7kBs5'
Sat Nov 21 16:30:40 2026 Info: New SMTP DCID 204233 interface 192.0.2.20 address 203.0.113.201 port 25
Sat Nov 21 16:30:40 2026 Info: DCID 204233 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 16:30:40 2026 Info: Delivery start DCID 204233 MID 1040752 to RID [1]
Sat Nov 21 16:30:40 2026 Info: DCID 204232 close
Sat Nov 21 16:30:41 2026 Info: Message done DCID 204233 MID 1040752 to RID [1]
Sat Nov 21 16:30:41 2026 Info: MID 1040752 RID [1] Response '2.0.0 Ok: queued as FpJay6nYjdZTax5L'
Sat Nov 21 16:30:41 2026 Info: Message finished MID 1040752 done
Sat Nov 21 16:30:41 2026 Info: DCID 204233 close
Sat Nov 21 16:48:48 2026 Info: New SMTP ICID 416194 interface IncomingMail (192.0.2.10) address 198.51.250.196 reverse dns host mail.logistics.example verified yes
Sat Nov 21 16:48:48 2026 Info: ICID 416194 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.1
Sat Nov 21 16:48:48 2026 Info: ICID 416194 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 16:48:48 2026 Info: Start MID 1040753 ICID 416194
Sat Nov 21 16:48:48 2026 Info: MID 1040753 ICID 416194 From: <yuki.sato@logistics.example>
Sat Nov 21 16:48:48 2026 Info: MID 1040753 ICID 416194 RID 0 To: <akowalski@corp.example>
Sat Nov 21 16:48:48 2026 Info: MID 1040753 Message-ID '<f395b02dc1c095015a5f.83899@logistics.example>'
Sat Nov 21 16:48:48 2026 Info: MID 1040753 Subject 'Welcome to the team!'
Sat Nov 21 16:48:48 2026 Info: MID 1040753 ready 79037 bytes from <yuki.sato@logistics.example>
Sat Nov 21 16:48:48 2026 Info: MID 1040753 using engine: CASE spam negative
Sat Nov 21 16:48:48 2026 Info: MID 1040753 DKIM: pass signature verified (d=logistics.example s=s8 i=@logistics.example)
Sat Nov 21 16:48:48 2026 Info: ICID 416194 close
Sat Nov 21 16:48:48 2026 Info: MID 1040753 SPF: mailfrom identity yuki.sato@logistics.example Pass (v=spf1)
Sat Nov 21 16:48:48 2026 Info: MID 1040753 DMARC: Verification passed
Sat Nov 21 16:48:49 2026 Info: MID 1040753 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 16:48:49 2026 Info: MID 1040753 attachment 'minutes-82487.docx'
Sat Nov 21 16:48:49 2026 Info: MID 1040753 AMP file reputation verdict : CLEAN
Sat Nov 21 16:48:50 2026 Info: MID 1040753 queued for delivery
Sat Nov 21 16:48:53 2026 Info: New SMTP DCID 204234 interface 192.0.2.20 address 52.101.112.97 port 25
Sat Nov 21 16:48:53 2026 Info: DCID 204234 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 16:48:53 2026 Info: Delivery start DCID 204234 MID 1040753 to RID [0]
Sat Nov 21 16:48:54 2026 Info: Message done DCID 204234 MID 1040753 to RID [0]
Sat Nov 21 16:48:54 2026 Info: MID 1040753 RID [0] Response '2.6.0 [InternalId=410987984048, Hostname=AM0PR01MB3484.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 16:48:54 2026 Info: Message finished MID 1040753 done
Sat Nov 21 16:48:54 2026 Info: DCID 204234 close
Sat Nov 21 17:15:06 2026 Info: New SMTP ICID 416195 interface IncomingMail (192.0.2.10) address 198.51.28.158 reverse dns host mail.university.example verified yes
Sat Nov 21 17:15:06 2026 Info: ICID 416195 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.5
Sat Nov 21 17:15:06 2026 Info: ICID 416195 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 17:15:06 2026 Info: Start MID 1040754 ICID 416195
Sat Nov 21 17:15:06 2026 Info: MID 1040754 ICID 416195 From: <emma.larsen@university.example>
Sat Nov 21 17:15:06 2026 Info: MID 1040754 ICID 416195 RID 0 To: <ivan.okafor@corp.example>
Sat Nov 21 17:15:06 2026 Info: MID 1040754 ICID 416195 RID 1 To: <ana.kowalski@corp.example>
Sat Nov 21 17:15:06 2026 Info: MID 1040754 ICID 416195 RID 2 To: <leo.dubois93@corp.example>
Sat Nov 21 17:15:06 2026 Info: MID 1040754 ICID 416195 RID 3 To: <sara.novak@corp.example>
Sat Nov 21 17:15:07 2026 Info: MID 1040754 Message-ID '<CAm7g2FXkDNJnID01kCe=HATX9Rb2Et-VUFx7a5pyKpn@mail.university.example>'
Sat Nov 21 17:15:07 2026 Info: MID 1040754 Subject 'Welcome to the team!'
Sat Nov 21 17:15:07 2026 Info: MID 1040754 ready 22241 bytes from <emma.larsen@university.example>
Sat Nov 21 17:15:07 2026 Info: MID 1040754 using engine: CASE spam negative
Sat Nov 21 17:15:07 2026 Info: ICID 416195 close
Sat Nov 21 17:15:07 2026 Info: MID 1040754 SPF: mailfrom identity emma.larsen@university.example Pass (v=spf1)
Sat Nov 21 17:15:07 2026 Info: MID 1040754 matched all recipients for per-recipient policy Engineering in the inbound table
Sat Nov 21 17:15:07 2026 Info: MID 1040754 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 17:15:08 2026 Info: MID 1040754 queued for delivery
Sat Nov 21 17:15:08 2026 Info: New SMTP DCID 204235 interface 192.0.2.20 address 52.101.162.185 port 25
Sat Nov 21 17:15:08 2026 Info: DCID 204235 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 17:15:08 2026 Info: Delivery start DCID 204235 MID 1040754 to RID [0, 1, 2, 3]
Sat Nov 21 17:15:09 2026 Info: Message done DCID 204235 MID 1040754 to RID [0, 1, 2, 3]
Sat Nov 21 17:15:09 2026 Info: MID 1040754 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=766628585891, Hostname=AM0PR01MB3521.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 17:15:09 2026 Info: DCID 204235 close
Sat Nov 21 17:15:09 2026 Info: Message finished MID 1040754 done
Sat Nov 21 19:59:05 2026 Info: New SMTP ICID 416196 interface OutgoingMail (192.0.2.11) address 10.20.3.216 reverse dns host exch4.corp.example verified yes
Sat Nov 21 19:59:05 2026 Info: ICID 416196 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 19:59:05 2026 Info: Start MID 1040755 ICID 416196
Sat Nov 21 19:59:05 2026 Info: MID 1040755 ICID 416196 From: <helpdesk@corp-mail.example>
Sat Nov 21 19:59:05 2026 Info: MID 1040755 ICID 416196 RID 0 To: <mia.sato@logistics.example>
Sat Nov 21 19:59:06 2026 Info: MID 1040755 Message-ID "<o'brien.6f40a3cfc9e6@corp-mail.example>"
Sat Nov 21 19:59:06 2026 Info: MID 1040755 Subject 'Candidate CV 34872'
Sat Nov 21 19:59:06 2026 Info: MID 1040755 ready 3074739 bytes from <helpdesk@corp-mail.example>
Sat Nov 21 19:59:06 2026 Info: MID 1040755 interim AV verdict using Sophos CLEAN
Sat Nov 21 19:59:06 2026 Info: ICID 416196 close
Sat Nov 21 19:59:06 2026 Info: MID 1040755 DMARC: Verification passed
Sat Nov 21 19:59:06 2026 Info: MID 1040755 SPF: mailfrom identity helpdesk@corp-mail.example Pass (v=spf1)
Sat Nov 21 19:59:06 2026 Info: MID 1040755 antivirus negative
Sat Nov 21 19:59:06 2026 Info: MID 1040755 DKIM: pass signature verified (d=corp-mail.example s=s4 i=@corp-mail.example)
Sat Nov 21 19:59:06 2026 Info: MID 1040755 using engine: CASE spam negative
Sat Nov 21 19:59:07 2026 Info: MID 1040755 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 19:59:07 2026 Info: MID 1040755 attachment 'Q1 Report 2026.pdf'
Sat Nov 21 19:59:07 2026 Info: MID 1040755 attachment 'budget_2026_v3.xlsx'
Sat Nov 21 19:59:07 2026 Info: MID 1040755 attachment 'Report,Final Draft: Revenue (Q3),Approved.pdf'
Sat Nov 21 19:59:07 2026 Info: MID 1040755 AMP file reputation verdict : UNKNOWN
Sat Nov 21 19:59:07 2026 Info: MID 1040755 queued for delivery
Sat Nov 21 19:59:09 2026 Info: New SMTP DCID 204236 interface 192.0.2.20 address 203.0.113.87 port 25
Sat Nov 21 19:59:09 2026 Info: DCID 204236 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 19:59:09 2026 Info: Delivery start DCID 204236 MID 1040755 to RID [0]
Sat Nov 21 19:59:10 2026 Info: Message done DCID 204236 MID 1040755 to RID [0]
Sat Nov 21 19:59:10 2026 Info: MID 1040755 RID [0] Response '2.0.0 Ok: queued as JD59J5sGw23LtYo2'
Sat Nov 21 19:59:11 2026 Info: Message finished MID 1040755 done
Sat Nov 21 19:59:11 2026 Info: DCID 204236 close
Sat Nov 21 20:33:02 2026 Info: New SMTP ICID 416197 interface OutgoingMail (192.0.2.11) address 10.20.1.12 reverse dns host exch3.corp.example verified yes
Sat Nov 21 20:33:02 2026 Info: ICID 416197 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Sat Nov 21 20:33:03 2026 Info: Start MID 1040756 ICID 416197
Sat Nov 21 20:33:03 2026 Info: MID 1040756 ICID 416197 From: <sara.novak@corp.example>
Sat Nov 21 20:33:03 2026 Info: MID 1040756 ICID 416197 RID 0 To: <leo.jensen@gmail.example>
Sat Nov 21 20:33:03 2026 Info: MID 1040756 ICID 416197 RID 1 To: <chen.obrien@client-b.example>
Sat Nov 21 20:33:03 2026 Info: MID 1040756 Message-ID '<7a0c734c48ede033c6fc.22775@corp.example>'
Sat Nov 21 20:33:03 2026 Info: MID 1040756 Subject 'Price list 71003'
Sat Nov 21 20:33:03 2026 Info: MID 1040756 ready 30502 bytes from <sara.novak@corp.example>
Sat Nov 21 20:33:04 2026 Info: ICID 416197 close
Sat Nov 21 20:33:04 2026 Info: MID 1040756 Outbreak Filters: verdict negative
Sat Nov 21 20:33:04 2026 Info: MID 1040756 using engine: CASE spam negative
Sat Nov 21 20:33:04 2026 Info: MID 1040756 URL https://www.corp.example/t/40fc53fbcd has reputation 7.9 matched Condition: URL Reputation Rule
Sat Nov 21 20:33:04 2026 Info: MID 1040756 SPF: mailfrom identity sara.novak@corp.example Pass (v=spf1)
Sat Nov 21 20:33:04 2026 Info: MID 1040756 matched all recipients for per-recipient policy DEFAULT in the outbound table
Sat Nov 21 20:33:04 2026 Info: MID 1040756 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 20:33:05 2026 Info: MID 1040756 queued for delivery
Sat Nov 21 20:33:07 2026 Info: New SMTP DCID 204237 interface 192.0.2.20 address 203.0.113.120 port 25
Sat Nov 21 20:33:07 2026 Info: DCID 204237 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 20:33:07 2026 Info: Delivery start DCID 204237 MID 1040756 to RID [0]
Sat Nov 21 20:33:09 2026 Info: Message done DCID 204237 MID 1040756 to RID [0]
Sat Nov 21 20:33:09 2026 Info: MID 1040756 RID [0] Response '2.0.0 Ok: queued as VWq64ocf8L57rWpY'
Sat Nov 21 20:33:09 2026 Info: New SMTP DCID 204238 interface 192.0.2.20 address 203.0.113.138 port 25
Sat Nov 21 20:33:09 2026 Info: DCID 204238 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 20:33:09 2026 Info: Delivery start DCID 204238 MID 1040756 to RID [1]
Sat Nov 21 20:33:09 2026 Info: DCID 204237 close
Sat Nov 21 20:33:10 2026 Info: Message done DCID 204238 MID 1040756 to RID [1]
Sat Nov 21 20:33:10 2026 Info: MID 1040756 RID [1] Response '2.0.0 Ok: queued as faR4aBs3vzACtU7z'
Sat Nov 21 20:33:10 2026 Info: Message finished MID 1040756 done
Sat Nov 21 20:33:10 2026 Info: DCID 204238 close
Sat Nov 21 20:54:16 2026 Info: New SMTP ICID 416198 interface IncomingMail (192.0.2.10) address 198.51.72.165 reverse dns host mail.logistics.example verified yes
Sat Nov 21 20:54:16 2026 Info: ICID 416198 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.3
Sat Nov 21 20:54:16 2026 Info: ICID 416198 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sat Nov 21 20:54:16 2026 Info: Start MID 1040757 ICID 416198
Sat Nov 21 20:54:16 2026 Info: MID 1040757 ICID 416198 From: <mia.sato@logistics.example>
Sat Nov 21 20:54:16 2026 Info: MID 1040757 ICID 416198 RID 0 To: <leo.dubois@corp.example>
Sat Nov 21 20:54:16 2026 Info: MID 1040757 ICID 416198 RID 1 To: <noah.okafor@corp.example>
Sat Nov 21 20:54:17 2026 Info: MID 1040757 Message-ID '<eb3a42653f5a309897ed.41568@logistics.example>'
Sat Nov 21 20:54:17 2026 Info: MID 1040757 Subject 'Café menu for next week'
Sat Nov 21 20:54:17 2026 Info: MID 1040757 ready 23203 bytes from <mia.sato@logistics.example>
Sat Nov 21 20:54:17 2026 Info: ICID 416198 close
Sat Nov 21 20:54:17 2026 Info: MID 1040757 URL https://www.logistics.example/t/9dfafe6860 has reputation 0.0 matched Condition: URL Reputation Rule
Sat Nov 21 20:54:17 2026 Info: MID 1040757 using engine: CASE spam negative
Sat Nov 21 20:54:17 2026 Info: MID 1040757 Outbreak Filters: verdict negative
Sat Nov 21 20:54:17 2026 Info: MID 1040757 SPF: mailfrom identity mia.sato@logistics.example Pass (v=spf1)
Sat Nov 21 20:54:18 2026 Info: MID 1040757 was split creating MID 1040758 due to a per-recipient policy Executives in the inbound table
Sat Nov 21 20:54:18 2026 Info: MID 1040758 ICID 0 From: <mia.sato@logistics.example>
Sat Nov 21 20:54:18 2026 Info: MID 1040758 ICID 0 RID 0 To: <noah.okafor@corp.example>
Sat Nov 21 20:54:18 2026 Info: MID 1040757 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sat Nov 21 20:54:18 2026 Info: MID 1040757 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 20:54:18 2026 Info: MID 1040758 matched all recipients for per-recipient policy Executives in the inbound table
Sat Nov 21 20:54:18 2026 Info: MID 1040758 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 20:54:18 2026 Info: MID 1040758 queued for delivery
Sat Nov 21 20:54:19 2026 Info: MID 1040757 queued for delivery
Sat Nov 21 20:54:20 2026 Info: New SMTP DCID 204239 interface 192.0.2.20 address 52.101.141.25 port 25
Sat Nov 21 20:54:20 2026 Info: DCID 204239 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Sat Nov 21 20:54:20 2026 Info: Delivery start DCID 204239 MID 1040757 to RID [0]
Sat Nov 21 20:54:20 2026 Info: New SMTP DCID 204240 interface 192.0.2.20 address 52.101.105.166 port 25
Sat Nov 21 20:54:20 2026 Info: DCID 204240 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 20:54:20 2026 Info: Delivery start DCID 204240 MID 1040758 to RID [0]
Sat Nov 21 20:54:20 2026 Info: Message done DCID 204240 MID 1040758 to RID [0]
Sat Nov 21 20:54:20 2026 Info: MID 1040758 RID [0] Response '2.6.0 [InternalId=321094195958, Hostname=AM0PR01MB1605.eurprd01.prod.outlook.com] Queued mail for delivery'
Sat Nov 21 20:54:20 2026 Info: Message finished MID 1040758 done
Sat Nov 21 20:54:20 2026 Info: DCID 204240 close
Sat Nov 21 20:54:22 2026 Info: Message done DCID 204239 MID 1040757 to RID [0]
Sat Nov 21 20:54:22 2026 Info: MID 1040757 RID [0] Response '2.0.0 Ok: queued as dHsTBBHhuRHSkmwu'
Sat Nov 21 20:54:22 2026 Info: Message finished MID 1040757 done
Sat Nov 21 20:54:22 2026 Info: DCID 204239 close
Sat Nov 21 22:33:39 2026 Info: New SMTP ICID 416199 interface IncomingMail (192.0.2.10) address 198.51.113.248 reverse dns host mail.bank.example verified yes
Sat Nov 21 22:33:39 2026 Info: ICID 416199 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.1
Sat Nov 21 22:33:39 2026 Info: ICID 416199 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 22:33:40 2026 Info: Start MID 1040759 ICID 416199
Sat Nov 21 22:33:40 2026 Info: MID 1040759 ICID 416199 From: <tom.obrien@bank.example>
Sat Nov 21 22:33:40 2026 Info: MID 1040759 ICID 416199 RID 0 To: <kofi.nguyen@corp.example>
Sat Nov 21 22:33:40 2026 Info: MID 1040759 Message-ID '<c45b0e4a76c267e5e9bd.78574@bank.example>'
Sat Nov 21 22:33:40 2026 Info: MID 1040759 Subject 'Meeting notes'
Sat Nov 21 22:33:40 2026 Info: MID 1040759 ready 10655 bytes from <tom.obrien@bank.example>
Sat Nov 21 22:33:40 2026 Info: MID 1040759 SPF: mailfrom identity tom.obrien@bank.example Pass (v=spf1)
Sat Nov 21 22:33:40 2026 Info: ICID 416199 close
Sat Nov 21 22:33:40 2026 Info: MID 1040759 using engine: CASE spam negative
Sat Nov 21 22:33:40 2026 Info: MID 1040759 DKIM: pass signature verified (d=bank.example s=s6 i=@bank.example)
Sat Nov 21 22:33:40 2026 Info: MID 1040759 DMARC: Verification passed
Sat Nov 21 22:33:41 2026 Info: MID 1040759 matched all recipients for per-recipient policy Finance in the inbound table
Sat Nov 21 22:33:41 2026 Info: MID 1040759 AMP file reputation verdict : SKIPPED (no attachment in message)
Sat Nov 21 22:33:42 2026 Info: MID 1040759 queued for delivery
Sat Nov 21 22:33:43 2026 Info: New SMTP DCID 204241 interface 192.0.2.20 address 52.101.60.117 port 25
Sat Nov 21 22:33:43 2026 Info: DCID 204241 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sat Nov 21 22:33:43 2026 Info: Delivery start DCID 204241 MID 1040759 to RID [0]
Sat Nov 21 22:33:45 2026 Info: Message done DCID 204241 MID 1040759 to RID [0]
Sat Nov 21 22:33:45 2026 Info: MID 1040759 RID [0] Response '2.0.0 Ok: queued as MZukmMmeDx9UpFA2'
Sat Nov 21 22:33:45 2026 Info: Message finished MID 1040759 done
Sat Nov 21 22:33:45 2026 Info: DCID 204241 close
Sun Nov 22 00:00:00 2026 Info: End Logfile
