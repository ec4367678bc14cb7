/**
 * The phrase classifier: what remote servers write, mapped to a reason. Rules are tried in
 * order and the first rule with a phrase in the text wins, so specific reasons (a full mailbox,
 * a rate limit, a missing PTR) come before the broad ones (a user unknown, a block). Phrases are
 * lower case with single spaces (the text is normalised the same way) and are plain substrings;
 * the few patterns are anchored on words and have no nested quantifiers.
 *
 * The phrases were collected from real bounces (the Sisimai test corpus, provider documentation,
 * the seed notes) and written here in our own lists.
 */
import type { Reason } from '../vocabulary';

/** One reason and the phrases that prove it. */
export interface PhraseRule {
  reason: Reason;
  phrases: string[];
  /** Word-bounded patterns for short tokens (`spf`, `rbl`) that would match inside other words. */
  patterns?: RegExp[];
  /** Generic words ("try again later"): they decide only when no status code says more. */
  weak?: boolean;
  /** Words that can only be said of the recipient address (not after a content filter ran). */
  definite?: boolean;
  /**
   * Words precise enough to beat even a precise status code's default ("550 5.2.2 Submission
   * quota exceeded" is the sender's sending limit, not a full mailbox).
   */
  beatsStatus?: boolean;
}

export const PHRASE_RULES: PhraseRule[] = [
  {
    // The sender's own volume (Gmail's receiving-rate and sending limits, Microsoft's submission
    // quota): said before any "quota" of a full mailbox and any "suspended" of an account.
    beatsStatus: true,
    reason: 'speeding',
    phrases: [
      'receiving email too quickly', 'receiving mail too quickly', 'receiving email at a rate', 'receiving mail at a rate',
      'rate that prevents additional messages', 'submission quota', 'submissionquotaexceeded', 'sending quota', 'daily user sending limit',
      'sending limit exceeded', 'relay limit exceeded', 'relay sending limit', 'daily sending limit', 'daily sending quota', 'too many recent messages',
      'sending rate limit', 'message rate limit', 'recipient rate limit', 'exceeded the maximum number of messages', 'too many messages sent',
      // Localised: Korean, Japanese, Chinese, German, French, Spanish, Portuguese, Russian.
      '발송량', '발송 한도', '전송 한도', '送信数の上限', '送信制限', '发送频率', '发信频率', '发送数量超过', '发送过于频繁',
      'zu viele nachrichten', 'zu viele e-mails', 'trop de messages', 'trop de courriels', 'demasiados mensajes', 'muitas mensagens', 'слишком много сообщений', 'слишком много писем',
    ],
  },
  {
    // The sending account itself is suspended or blocked: the sender's side, not the recipient's mailbox.
    beatsStatus: true,
    reason: 'rejected',
    phrases: [
      'sending email account has been', 'sending account has been suspended', 'sending account is suspended', 'sending account has been disabled',
      'sender account has been suspended', 'sender account is disabled', 'sender account is suspended', 'your account has been suspended',
      'your account is suspended', 'your account has been disabled', 'you are not a member', 'are not member', 'not a member of', "'send mail as'", 'send mail as',
      'from: domain is invalid', 'an address that has been blacklisted',
    ],
  },
  {
    // Mail loops: "Message exceeded 50 hops" must not read as a message that is too large.
    beatsStatus: true,
    reason: 'networkerror',
    phrases: ['exceeded 50 hops', 'hops, this may indicate', 'hop count exceeded', 'too many hops', 'email loop', 'mail loop', 'message loop', 'routing loop', 'loop detected', 'looping', 'loops back to myself'],
  },
  {
    // Spam filtering said in words of checks, before "authentication checks".
    beatsStatus: true,
    reason: 'spamdetected',
    phrases: ['antispam checks', 'anti-spam checks', 'failed several antispam', '스팸', 'スパム', '垃圾邮件', '垃圾郵件', 'spamverdacht', 'pourriel', 'correo no deseado', 'спам'],
  },
  {
    reason: 'virusdetected',
    phrases: ['virus', 'malware', 'infected', 'eicar', 'trojan', 'malicious content', 'harmful content'],
  },
  {
    reason: 'mailboxfull',
    phrases: [
      'mailbox exceeds allowed size', 'exceeds allowed size',
      'mailbox full', 'mailbox is full', 'mail box full', 'mailbox is over quota', 'mailbox has exceeded', 'mailbox size limit exceeded',
      'mailbox quota', 'quota exceeded', 'quota exceed', 'over quota', 'overquota', 'over the quota', 'exceeded storage allocation',
      'exceeds quota', 'exceeded its quota', 'exceed the quota', 'exceeding the quota', 'disk quota', 'user quota', 'quota full',
      'inbox is full', 'account is full', 'mailfolder is full', 'mail folder is full', 'mailbox exceeded', 'mailbox would exceed',
      'would exceed mailbox quota', 'storage limit', 'exceeded its storage', 'not enough storage space in', 'insufficient storage space for user',
      'recipient storage full', 'box is full', 'maildir over quota', 'mailbox size exceeded', 'has exceeded the max emails per hour', 'too much mail data',
      'is over its storage limit', 'maximum mailbox size', 'no space left for this user', 'quota violation', 'mailbox is too full',
      '메일함이 가득', '메일함 용량', '용량 초과', '용량이 초과', '用量超過', 'メールボックスが一杯', 'メールボックスがいっぱい', '容量超過', '容量オーバー', '邮箱已满', '邮箱空间不足', '邮箱容量', '信箱已滿', '信箱容量',
      'postfach ist voll', 'postfach voll', 'postfach des empfängers ist voll', 'speicherplatz', 'boîte pleine', 'boite pleine', 'boîte aux lettres pleine', 'boite aux lettres pleine', 'boite du destinataire pleine',
      'buzón lleno', 'buzon lleno', 'buzón está lleno', 'caixa postal cheia', 'caixa de correio cheia', 'caixa postal está cheia', 'ящик переполнен', 'квота превышена', 'превышена квота',
    ],
  },
  {
    reason: 'mesgtoobig',
    phrases: [
      'message too large', 'message too big', 'message is too large', 'message is too big', 'message size exceeds', 'message size limit',
      'message exceeds maximum', 'message exceeded', 'exceeds the maximum message size', 'exceeds maximum message size', 'message file too big',
      'maximum message size', 'size exceeds the limit', 'size exceeds fixed maximum', 'message length exceeds', 'too large for this system',
      'exceeded google\'s message size', 'exceeds the size limit', 'email is too large', 'mail size limit', 'size limit exceeded',
      'message size is too large', 'data size exceeded', 'message exceeds the', 'session size exceeds', 'inbound message size', 'message size',
      'line limit exceeded', '크기 초과', '메일 크기', 'サイズが大き', '邮件过大', '邮件大小', 'zu groß', 'trop volumineux', 'demasiado grande', 'muito grande', 'слишком большое',
    ],
  },
  {
    reason: 'suspend',
    phrases: [
      'tried to reach is inactive', 'tried to reach is disabled',
      'mailbox is frozen', 'account is blocked', 'account is frozen', 'temporary locked', 'temporarily locked', 'no longer in use', 'is disabled.',
      'account disabled', 'account has been disabled', 'account is disabled', 'mailbox disabled', 'mailbox is disabled', 'account suspended',
      'account is suspended', 'account has been suspended', 'mailbox is inactive', 'inactive account', 'account inactive', 'account is inactive',
      'user suspended', 'mailbox currently suspended', 'mailbox has been suspended', 'account has been locked', 'account is locked', 'account expired',
      'account has expired', 'deactivated', 'recipient suspended', 'been temporarily suspended', 'is temporarily suspended', 'is disabled', 'has been disabled', 'mailbox unavailable: suspended',
      'not an active', 'is not active', 'user not active', 'mailbox not active', 'account is not active', 'this account is currently not available',
      'recipient account is disabled', 'boite du destinataire archivee',
      '휴면', '정지된 계정', '사용 중지', 'アカウントが停止', '利用停止', '帐户已冻结', '账户已冻结', '账户已停用', '帐号已停用', 'konto gesperrt', 'postfach gesperrt', 'deaktiviert',
      'compte désactivé', 'compte desactive', 'cuenta desactivada', 'cuenta suspendida', 'conta desativada', 'conta suspensa', 'заблокирован', 'отключен',
    ],
  },
  {
    reason: 'hasmoved',
    phrases: ['has been moved', 'mailbox has moved', 'address has changed', 'no longer with', "user not local; please try", 'has moved to', 'this address is no longer valid, please use'],
  },
  {
    reason: 'norelaying',
    phrases: [
      'insecure mail relay', 'configured to relay', 'email address is not verified',
      'relay access denied', 'relaying denied', 'relay denied', 'relay not permitted', 'not permitted to relay', 'we do not relay',
      'relaying not allowed', 'relay not allowed', 'unable to relay', 'not allowed to relay', 'relaying mail to', 'relay prohibited',
      'mail relay denied', 'relaying is prohibited', 'relay not authorized', 'relaying not permitted', 'no relaying allowed', 'no relaying', 'relaying to',
      "isn't allowed to relay", 'is not permitted to relay', 'relay rejected', 'not relaying', "isn't in my list of allowed rcpthosts", 'not in my list of allowed rcpthosts',
    ],
  },
  {
    reason: 'notcompliantrfc',
    phrases: [
      'duplicate header',
      'rfc 5322', 'rfc5322', 'rfc 2822', 'rfc2822', 'rfc 822', 'not rfc compliant', 'not compliant with rfc', 'multiple addresses in from',
      'duplicate header', 'multiple from', 'multiple subject', 'multiple message-id', 'multiple date', 'headers are not rfc', 'is not rfc',
      'line length exceeded', 'bare lf', 'bare <lf>', 'improperly formatted', 'malformed header', 'header is malformed',
    ],
  },
  {
    reason: 'badreputation',
    phrases: [
      'poor reputation', 'low reputation', 'bad reputation', 'ip reputation', 'sender reputation', 'domain reputation', 'reputation',
      'senderbase', 'sender score', 'senderscore',
    ],
  },
  {
    reason: 'spamdetected',
    phrases: [
      'spam classification', 'blacklisted url', 'uribl', 'surbl', 'scored as spam',
      'spam message', 'detected as spam', 'looks like spam', 'considered spam', 'classified as spam', 'identified as spam', 'rejected as spam',
      'is spam', 'spam content', 'spam score', 'spamassassin', 'spam filter', 'spam detected', 'content rejected', 'message content rejected',
      'junk mail', 'bulk mail', 'unsolicited', 'high probability of being spam', 'likely spam', 'suspected spam', 'spam-like',
      'message has been blocked', 'scored as spam', 'spam policy', 'spam signature', 'spammy', 'contains spam', 'spam rejected',
      'rejected due to spam', 'message looked like spam', 'x-spam',
    ],
  },
  {
    reason: 'authfailure',
    phrases: [
      'dmarc', 'dkim', 'sender policy framework', 'does not have authentication information', 'fails to pass authentication',
      'unauthenticated email', 'sender is unauthenticated', 'not pass authentication', 'authentication checks', 'spf check',
      'spf validation', 'spf record', 'spf fail', 'spf: ', 'spf policy', 'failed spf', 'openspf', 'domain authentication', 'message authentication',
      'not authenticated by', 'dkim signature', 'fails spf',
    ],
    patterns: [/\bspf\b/],
  },
  {
    reason: 'requireptr',
    phrases: [
      'unverifyable sending ip', 'unverifiable sending ip',
      'mismatches client ip',
      'reverse dns', 'reverse lookup', 'reverse-dns', 'ptr record', 'no ptr', 'rdns', 'cannot find your hostname', 'can not find your hostname',
      'cannot find your reverse hostname', "doesn't match with your ip", "dosen't match with your ip", 'does not match with your ip',
      'ip name lookup failed', 'no reverse', 'reverse mapping', 'reverse hostname', 'reverse name', 'hostname does not match', 'unresolvable ip',
      'unresolvable address', 'client host name', 'cannot resolve your address', 'cannot resolve your hostname', 'fcrdns', 'not have a ptr',
      'reverse dns entry', 'no dns ptr', 'ptr lookup', 'resolve your ip', 'your hostname does not', 'unknown client host', 'client host rejected: cannot find',
      'no rdns', 'is not resolvable', 'ptr does not', 'forward-confirmed',
    ],
  },
  {
    reason: 'contenterror',
    phrases: [
      'invalid header', 'illegal header', 'message header', 'invalid mime', 'mime error', 'illegal character',
      'contains invalid', 'message contains nul', 'content error', 'bad message format', 'invalid message', 'improper use of 8-bit',
      'requires \'from\' header', 'invalid \'from\' header', 'from header', 'missing from', 'no from header',
    ],
  },
  {
    reason: 'securityerror',
    phrases: [
      'required for requested authentication',
      'delivery not authorized',
      'unauthenticated senders', 'smtp authentication', 'turn on smtp auth',
      'authentication required', 'must authenticate', 'authentication failed', 'authentication credentials invalid', 'auth required',
      'security error', 'insecure', 'must be authenticated', 'login denied', 'requires authentication',
    ],
  },
  {
    reason: 'rejected',
    phrases: [
      'all recipient addresses rejected', 'mail rejected by destination domain',
      'sender rejected', 'sender address rejected', 'sender denied', 'sender not allowed', 'sender is not allowed', 'invalid sender',
      'domain of sender address', 'sender domain', 'sender verify failed', 'sender verification', 'sender address is', 'envelope sender',
      'bad sender', 'sender unknown', 'unknown sender', 'your sender address', 'sender blocked', 'sender ip', 'sender is blacklisted',
      'sender was rejected', 'mail from address', 'from address', 'return address', 'address verification failed', 'sender check',
      'rdeny', 'the receiver denied your mail', 'refused by the recipient', 'rule imposed mailbox access', 'not accepting mail from',
      'sender address verification', 'sender\'s address', 'sender email', 'unauthorized sender', 'sender domain does not exist',
      'sender not permitted', 'mail from rejected', 'no such user: sender', 'sender address must exist', 'null sender',
      'sender is on my block list', 'sender is on the blacklist', 'domain does not resolve', 'senders address', 'blacklisted sender',
      'has been blocked by the recipient', 'the recipient has blocked', 'recipient refuses',
      // Sender ID (RFC 4407): the purported responsible address is the sender's.
      'purported responsible address',
    ],
  },
  {
    reason: 'notaccept',
    phrases: [
      "doesn't receive email", 'does not receive email',
      'no mx found', 'no mx record found', 'no smtp service', 'host does not accept mail','does not accept mail', "doesn't accept mail", 'accepts no mail', 'not accepting mail', 'null mx', 'no mail service', 'does not receive mail', 'not accept any mail', 'mail is not accepted'],
  },
  {
    reason: 'networkerror',
    phrases: ['host name lookup failure', 'malformed or unexpected name server reply', 'host not found, try again', 'dns error', 'dns query failed', 'temporary failure in name resolution', 'name server timeout', 'dns timeout', 'servfail'],
  },
  {
    reason: 'hostunknown',
    phrases: [
      'host unknown', 'host not found', 'unknown host', 'domain not found', 'no such domain', 'domain does not exist', 'unrouteable address',
      'unroutable address', 'name service error', 'host or domain name not found', "couldn't find any host", 'could not find any host',
      "couldn't find a mail exchanger", 'could not find a mail exchanger', 'no mail exchanger', 'unknown domain', 'domain name not found',
      'invalid domain', 'nxdomain', 'domaine inconnu', 'dominio inexistente', 'домен не найден', '域名不存在', 'ドメインが存在しない', '도메인이 존재하지', 'domain is not', 'no route for', 'host or domain', 'not a valid domain', 'no such host', 'mx record',
      'domain must exist', 'unable to route', 'does not exist in dns', 'domain not exist', 'host does not exist',
      'no valid mx', 'non-existent domain', 'nonexistent domain', 'unknown or invalid domain', 'domain lookup failed',
      // cPanel's Exim: "The account or domain may not exist, they may be blacklisted, or missing the proper dns entries."
      'account or domain may not exist',
    ],
    patterns: [
      /\bhost [a-z0-9.-]{1,253}\.[a-z]{2,63} not found/,
      // "553 mx.example.com does not exist": a host name (no local part before it), not a mailbox.
      /(?<![\w.@%+-])[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,63} does not exist/,
    ],
  },
  {
    // The recipient exists but chose not to take this mail (Facebook's RCP-P2 and the like).
    reason: 'filtered',
    phrases: ['due to recipient preferences', 'refused due to recipient', "due to the recipient's policy", 'only accepting mail from specific email addresses'],
  },
  {
    reason: 'userunknown',
    phrases: [
      'recipient name is not recognized', 'invalid final delivery userid', 'invalid recipient', 'no valid recipients',
      'requested action not taken: mailbox unavailable', 'recipientnotfound', 'recipnotfound', 'account that you tried to reach does not exist',
      "because the address couldn't be found", 'because the address could not be found',
      'please check if address is correct', 'check if the address is correct',
      // Lotus Domino's own directory lookup.
      'not listed in domino directory', 'not listed in public name',
      // The verdict, then the user it is about (IMail's "Unknown user: kim@example.com", mail.local's
      // "unknown user: kim"): a directory lookup of the address.
      'unknown user:',
    ],
    definite: true,
  },
  {
    reason: 'userunknown',
    phrases: [
      'recipient address rejected: access denied',
      'user unknown', 'unknown user', 'no such user', 'no such recipient', 'no such mailbox', 'no such person', 'no such address',
      'mailbox not found', 'mailbox does not exist', 'mailbox doesn\'t exist', 'mailbox not present', 'mailbox unavailable', 'mailbox is unavailable',
      'user does not exist', 'user doesn\'t exist', 'user not found', 'user not exist', 'user not known', 'user is unknown', 'unknown recipient',
      'recipient not found', 'recipient unknown', 'recipient does not exist', 'recipient not exist', 'invalid recipient', 'not a valid recipient',
      'invalid mailbox', 'unknown mailbox', 'bad destination mailbox', 'address does not exist', 'address unknown', 'unknown address',
      'address not present', 'account does not exist', 'account that you tried to reach does not exist', 'recipnotfound', 'recipientnotfound',
      'no mailbox', 'unknown local part', 'unknown local-part', 'no account by that name', 'is not a valid mailbox', 'this user doesn\'t have a',
      'does not have an account', 'no valid recipients', 'badrcptto', 'not our customer', 'address invalid', 'invalid address', 'is not a known user',
      'not a local address', 'no one at this address', 'not a valid user', 'recipient is not local', 'unknown or illegal alias', 'addressee unknown',
      'email account does not exist', 'email address does not exist', 'email address could not be found', 'recipient name is not recognized', 'invalid final delivery userid', 'not listed in public name',
      'no such local user', 'unknown e-mail address', 'unknown email address', 'could not be found', 'does not exist', 'doesn\'t exist',
      'invalid mail address', 'not found in directory', 'mailbox not available', 'user invalid', 'not listed in', 'addr not found',
      'nicht vorhanden', 'unbekannt', 'utilisateur inconnu', 'destinataire inconnu', 'usuario desconocido', 'inexistente', 'sconosciuto',
      '존재하지 않는', '없는 사용자', '없는 계정', '받는 사람이 없', '存在しない', 'ユーザが存在', 'ユーザーが存在', '宛先不明', '用户不存在', '收件人不存在', '帐户不存在', '账户不存在', '帳號不存在', '收件人地址不存在',
      'empfänger unbekannt', 'unbekannter empfänger', 'existiert nicht', 'gibt es nicht', 'adresse inconnue', "n'existe pas", 'no existe', 'não existe', 'nao existe',
      'нет такого пользователя', 'не существует', 'пользователь не найден', 'несуществующ', 'адрес не найден',

    ],
  },
  {
    reason: 'toomanyconn',
    phrases: [
      'connection rate limit',
      'too many connections', 'too many concurrent', 'connection limit', 'out of connection slots', 'too many simultaneous', 'too many sessions',
      'connections from your host', 'max connections', 'maximum connections', 'too many open connections', 'concurrent smtp connections',
      'too many smtp sessions', 'connection count', 'too many rcpt',
    ],
  },
  {
    reason: 'speeding',
    phrases: [
      'rate limit', 'rate-limit', 'ratelimit', 'rate limited', 'too many messages', 'too many mails', 'sent too many', 'sending rate',
      'frequency limited', 'too many recipients this hour', 'exceeded the rate', 'unexpected volume', 'unusual rate', 'too fast', 'throttl',
      'message rate', 'too much mail', 'too many emails', 'sending limit', 'exceeded the allowed', 'mail flood', 'max emails per',
      'messages per hour', 'messages per day', 'recipients per hour', 'has exceeded the', 'temporarily deferred', 'too many recipients in',
      'received too many', 'receiving mail at a rate', 'too many requests', 'please slow down', 'slow down',
    ],
  },
  {
    reason: 'toomanyconn',
    phrases: ['too many recipients'],
  },
  {
    reason: 'blocked',
    phrases: [
      'service refused', 'service refuse', 'not accepting connections', "weren't sent", 'invalid ip for sending', 'open relay',
      'blocked using', 'blacklisted', 'blacklist', 'blocklist', 'block list', 'black list', 'dnsbl', 'spamhaus', 'spamcop', 'sorbs',
      'barracuda', 'listed in', 'listed on', 'listed at', 'your ip address is blocked', 'ip blocked', 'ip is blocked', 'ip address is blocked',
      'ip has been blocked', 'ip address has been blocked', 'client host rejected', 'your host is not allowed', 'not allowed to send',
      'banned', 'rejected because your ip', 'dynamic ip', 'dial-up', 'dialup', 'dynamic address', 'residential', 'blocked by', 'has been blocked',
      'blocked automatically', 'anti-spam system', 'use the smtp server of your isp', 'refused to talk to me', 'access denied',
      'your access to this mail system', 'not allowed to connect', 'ip address rejected', 'client ip', 'your ip', 'from your ip', 'blocked for',
      'on our block list', 'temporarily blocked', 'permanently blocked', 'block ip', 'service unavailable; client host', 'das51',
      'connections not accepted from', 'not accepting connections from', 'mail from your server', 'your server', 'cbl.abuseat',
    ],
    patterns: [/\brbl\b/, /\bblocked\b/],
  },
  {
    reason: 'spamdetected',
    phrases: [],
    patterns: [/\bspam\b/],
  },
  {
    reason: 'policyviolation',
    phrases: [
      'header error', 'protocol violation', 'security policies',
      'policy violation', 'violates', 'violation of', 'local policy', 'content policy', 'security policies', 'email policy', 'policy reasons',
      'prohibited attachment', 'attachment not allowed', 'attachments are not allowed', 'not allowed attachment', 'potential security issue',
      'executable', 'forbidden attachment', 'blocked attachment', 'due to policy', 'by policy', 'policy restrictions', 'against policy',
      'not authorized to send', 'restricted', 'denied by policy',
    ],
  },
  {
    reason: 'failedstarttls',
    phrases: [
      'does not support tls', 'support tls', 'tls is not supported','starttls', 'tls connect failed', 'tls negotiation', 'tls handshake', 'ssl routines', 'tls required', 'requires tls', 'encryption required', 'tls is required', 'must use tls'],
  },
  {
    reason: 'systemfull',
    phrases: ['system full', 'out of disk space', 'disk full', 'disk is full', 'insufficient system storage', 'queue is full', 'not enough disk', 'no space left on device', 'mail system full', 'insufficient disk space', 'out of storage', 'out of memory', 'system storage'],
  },
  {
    reason: 'syntaxerror',
    phrases: [
      'syntax error', 'command unrecognized', 'command not recognized', 'unrecognized command', 'bad sequence of commands', 'command not implemented',
      'need rcpt', 'need mail', 'mail command required', 'rcpt command required', 'command line too long', 'invalid command', 'unknown command',
      'line too long', 'command argument', 'sender already specified', 'requires domain name', 'bad command', 'incorrectly constructed',
    ],
  },
  {
    reason: 'expired',
    phrases: [
      'retry timeout exceeded', 'have been failing for a long time', 'queue too long', 'been in the queue too long', 'could not be delivered for', 'delivery time expired', 'message expired',
      'too old', 'retry time not reached', 'could not be delivered within', 'delivery expired', 'giving up', 'will not try again', 'not going to try again',
      'delivery attempts failed', 'retry period', 'message timed out', 'envelope expired', 'not delivered within', 'was aborted after',
      'delay in the delivery', 'still undelivered', 'will be retried', 'will keep trying', 'has been delayed', 'delivery is delayed', 'delivery delayed',
      'connection timed out', 'timed out', 'did not accept our requests to connect', "wasn't able to establish an smtp connection",
      'was not able to establish an smtp connection', 'host not reachable', 'is not responding', 'not responding', 'unable to connect', 'could not connect',
      'connection refused by', 'failed attempts', 'delivery failed 20 attempts', 'no answer from host', 'unable to deliver in',
    ],
  },
  {
    reason: 'networkerror',
    phrases: [
      'timeout', 'no route to host', 'network is unreachable', 'host is unreachable', 'connection reset',
      'lost connection', 'network error', 'dns error', 'name server', 'too many hops', 'hop count exceeded', 'loops back to myself', 'routing loop',
      'mail loop', 'loop detected', 'network is busy', 'could not be connected',
      'connection closed', 'connection dropped', 'broken pipe', 'cname lookup failed', 'dns lookup', 'temporary lookup failure', 'malformed or unexpected name server reply',
      'error delivering to', 'conversation with', 'connection failure',
    ],
  },
  {
    reason: 'systemerror',
    phrases: [
      'transaction failed',
      'system error', 'internal error', 'local error', 'server error', 'unable to contact ldap', 'ldap', 'database error', 'temporary local problem',
      'local configuration error', 'configuration error', 'unexpected failure', 'fork failed', 'downstream server error',
      'internal server error', 'system failure', 'mail system error', 'system problem',
      'server busy', 'server is busy', 'too busy',
      'ports are busy', 'home error', 'queue file write error', 'host not responding',
      // fml: a post whose Message-ID the list server has already seen is refused.
      'duplicated message-id',
    ],
  },
  {
    reason: 'systemerror',
    // (Yahoo's "Resources temporarily unavailable": its servers are busy for now.)
    phrases: ['try again later', 'temporarily unavailable', 'resources temporarily unavailable', 'currently unavailable', 'temporary failure', 'temporary error', 'please try later'],
    weak: true,
  },
  {
    reason: 'mailererror',
    phrases: ['command output', 'procmail', 'mail delivery agent', 'exit code', 'command died with status', 'pipe to |', 'unknown mailer error', 'x-unix', 'mailer error', 'local delivery failed'],
  },
  {
    reason: 'vacation',
    phrases: ['out of office', 'out of the office', 'on vacation', 'auto-reply', 'autoreply', 'away from the office', 'automatic reply', 'auto reply'],
  },
];
