// Deterministic generators of Service Drama workspaces for the benchmarks.
// The specs are realistic in shape: several services per file, audiences with a pace, cast and props,
// scenes with budgets, touchpoints on three of the channels with actions, evidence, expectations on all
// five elements, risks with recoveries, delights, adaptations, and norms applied across files.
// They are written to pass every lint rule, so a build of them reports nothing unless a rule misfires;
// `faultySample()` is the opposite: one spec with known mistakes and the findings they must produce.

/** A small seeded generator (mulberry32): the same seed always yields the same workspace. */
export function createRandom(seed) {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6D2B79F5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return {
        next,
        int: (min, max) => min + Math.floor(next() * (max - min + 1)),
        pick: items => items[Math.floor(next() * items.length)],
        chance: probability => next() < probability
    };
}

const SERVICE_NAMES = ['HotpotDinner', 'HotelCheckIn', 'BankLoan', 'ClinicVisit', 'AirportTransfer', 'PhoneRepair',
    'GymMembership', 'ParcelDelivery', 'CarRental', 'CinemaNight', 'Haircut', 'InsuranceClaim', '火锅晚餐', '酒店入住', '快递上门'];
const AUDIENCES = [['Diner', 'Weekend diner'], ['Traveller', '出差的旅客'], ['Patient', 'First-time patient'],
    ['Member', '老会员'], ['Family', 'Family with a toddler'], ['Student', 'Student on a budget']];
const FRONTSTAGE = ['Host', 'Waiter', 'Receptionist', 'Advisor', 'Driver', 'Nurse', 'Cashier', '领班', '服务员'];
const BACKSTAGE = ['Kitchen', 'Housekeeping', 'Dispatcher', 'Pharmacist', 'Warehouse', '后厨'];
const SYSTEMS = ['Payments', 'Booking', 'Ledger', 'Tracking', 'Messaging', '会员系统'];
const PROPS = ['CardReader', 'QueueTicket', 'Menu', 'Kiosk', 'Receipt', 'Signboard', 'App', 'Uniform', '小食'];
const SCENES = ['Arrival', 'Waiting', 'Ordering', 'Service', 'Checkout', 'FollowUp', 'Handover', '等位', '结账'];
const TOUCHPOINTS = ['Greet', 'Register', 'Explain', 'Confirm', 'Deliver', 'Pay', 'Remind', 'Survey', 'Return', '问候', '确认'];
const CUSTOMER_ACTS = ['arrives and gives the party size', 'asks how long the wait will be', 'shows the booking code',
    'chooses from the menu', 'pays by card', 'signs for the parcel', '扫码点餐', '说明来意', 'rates the visit'];
const CAST_ACTS = ['greets and hands over a queue number', 'explains the options in plain words', 'confirms the details',
    'brings the order to the table', 'prepares the order', 'checks the stock', '微笑问好并引导入座', 'authorises the payment',
    'sends a confirmation message'];
const EXPECT_TEXT = {
    reliability: ['the order is right the first time', 'the booking is found', '账单准确无误'],
    responsiveness: ['greeted on arrival', 'the wait is shown', 'the bill is settled', '及时响应'],
    assurance: ['staff answer with confidence', 'eye contact and a smile', '专业可信'],
    friendliness: ['a warm greeting', '热情友好'],
    empathy: ['notices the guest is in a hurry', 'remembers the usual order', '体贴入微'],
    tangibles: ['a clean, tidy counter', 'clear signs to the door', '环境整洁']
};
const NORM_RESPONSIVENESS = ['someone says hello', 'the phone is picked up', '主动打招呼'];
const ELEMENTS = ['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles'];
const BOUNDS = [[10, 's'], [30, 's'], [1, 'min'], [2, 'min'], [5, 'min']];
const RISKS = [['ReaderOffline', 'the card reader has no signal', 'apologise and offer another way to pay'],
    ['LongQueue', 'the queue is longer than promised', 'update the wait time and offer a drink'],
    ['WrongOrder', 'the order is wrong', 'replace it at once and take it off the bill'],
    ['断网', '网络中断', '致歉并改用纸质登记']];
const DELIGHTS = ['a free snack while waiting', 'a handwritten thank-you note', '生日小惊喜'];
const ADAPTS = ['a high chair for a toddler', 'large print for older guests', '为轮椅顾客预留通道'];
const MOMENTS = ['buy-or-not', 'value-judgement', 'feedback', 'bad-news', 'repeated'];

function seconds([value, unit]) {
    return value * { s: 1, min: 60, h: 3600, d: 86400 }[unit];
}

/** Norms of one file: a reusable set of expectations, applied by touchpoints in another file. */
function normText(name, random) {
    const lines = [`norm ${name} "${random.pick(['Standard greeting', '标准问候', 'Clear bill', 'Polite farewell'])}" {`];
    lines.push(`    expect ${random.pick(['assurance', 'friendliness'])} "${random.pick(EXPECT_TEXT.assurance)}"`);
    // Worded apart from the touchpoints' responsiveness texts, so that no bound conflicts with a norm's (conflicting-bounds).
    lines.push(`    expect responsiveness "${random.pick(NORM_RESPONSIVENESS)}" within ${random.pick([10, 20, 30])} s`);
    lines.push('}', '');
    return lines;
}

/**
 * One service of about `touchpointCount` touchpoints. `normsToApply` are norms (from any file) that
 * some of its touchpoints apply; the longest norm bound is 30 s, which the scene budgets allow for.
 */
function serviceText(name, touchpointCount, normsToApply, random, marks = false) {
    const [audience, audienceText] = random.pick(AUDIENCES);
    const pace = random.pick(['urgent', 'normal', 'normal', 'relaxed']);
    const frontstage = pickDistinct(FRONTSTAGE, random.int(2, 3), random);
    const backstage = pickDistinct(BACKSTAGE, random.int(1, 2), random);
    const systems = pickDistinct(SYSTEMS, random.int(1, 2), random);
    const props = pickDistinct(PROPS, random.int(2, 3), random);
    const lines = [`service ${name} "${name} / 服务剧本" {`, `    audience ${audience} "${audienceText}" {`, `        pace ${pace}`, '    }'];
    frontstage.forEach(actor => lines.push(`    actor ${actor} frontstage "${random.pick(['at the front desk', '门口迎宾', 'on the floor'])}"`));
    backstage.forEach(actor => lines.push(`    actor ${actor} backstage`));
    systems.forEach(system => lines.push(`    system ${system} support "${random.pick(['bank link', 'booking records', '后台数据'])}"`));
    props.forEach(prop => lines.push(`    prop ${prop} "${random.pick(['seen at the counter', '顾客可见', 'handed to the guest'])}"`));
    lines.push('');

    // Everything declared must be used, every element covered: hand out the backstage cast, the props
    // and the five elements round-robin over the touchpoints before choosing freely.
    const behind = [...backstage, ...systems];
    const norms = [...normsToApply];
    const sceneCount = Math.max(1, Math.round(touchpointCount / random.int(2, 4)));
    let made = 0;
    for (let s = 0; s < sceneCount; s++) {
        const inScene = s === sceneCount - 1 ? touchpointCount - made : Math.max(1, Math.round((touchpointCount - made) / (sceneCount - s)));
        const sceneLines = [];
        let longestBounds = 0;
        for (let t = 0; t < inScene; t++, made++) {
            const touchpoint = touchpointText(made, { frontstage, behind, props, pace, norm: norms.shift(), marks }, random);
            sceneLines.push(...touchpoint.lines);
            longestBounds += touchpoint.longestBound;
        }
        lines.push(`    scene ${random.pick(SCENES)}${s + 1} "${random.pick(['Waiting for a table', 'At the counter', '结账离店', 'After the visit'])}" {`);
        if (random.chance(0.4)) {
            lines.push(`        setting "${random.pick(['the pavement outside the door', 'a quiet corner', '大堂'])}"`);
        }
        if (random.chance(0.6)) {
            lines.push(`        budget ${Math.ceil(longestBounds * 2 / 60) + 1} min`);
        }
        lines.push(...sceneLines, '    }');
    }
    lines.push('}', '');
    return lines;
}

function touchpointText(index, cast, random) {
    const channel = random.pick(['face-to-face', 'face-to-face', 'phone', 'remote']);
    const lines = [`        touchpoint ${random.pick(TOUCHPOINTS)}${index + 1} ${channel} {`];
    const moment = random.chance(0.3) ? random.pick(MOMENTS) : undefined;
    const trial = moment !== undefined && random.chance(0.2);
    if (moment) {
        lines.push(`            moment ${moment}${trial ? ' trial' : ''}`);
    }
    lines.push(`            customer "${random.pick(CUSTOMER_ACTS)}"`);
    if (channel !== 'remote' || index < cast.frontstage.length || random.chance(0.3)) {
        lines.push(`            ${cast.frontstage[index % cast.frontstage.length]} "${random.pick(CAST_ACTS)}"`);
    }
    lines.push(`            ${cast.behind[index % cast.behind.length]} "${random.pick(CAST_ACTS)}"`);
    const evidence = `            evidence ${cast.props[index % cast.props.length]}`;
    const shown = index < cast.props.length || channel === 'remote' || random.chance(0.3);
    if (shown) lines.push(evidence);
    if (index % 7 === 3) {
        lines.push('            // the part guests remember');
    }
    const elements = [ELEMENTS[index % ELEMENTS.length]];
    if (cast.pace === 'urgent' || random.chance(0.5)) {
        elements.push('responsiveness');
    }
    if (moment === 'bad-news' || random.chance(0.2)) {
        elements.push('empathy');
    }
    // A tangibles expectation names what the customer sees (tangibles-need-evidence).
    if (!shown && elements.includes('tangibles')) lines.push(evidence);
    let longestBound = 30; // room for an applied norm's bound
    for (const element of new Set(elements)) {
        const spoken = element === 'assurance' && random.chance(0.3) ? 'friendliness' : element;
        let expectation = `            expect ${spoken} "${random.pick(EXPECT_TEXT[spoken])}"`;
        if (element === 'responsiveness' || random.chance(0.2)) {
            const bound = random.pick(BOUNDS);
            longestBound = Math.max(longestBound, seconds(bound));
            expectation += ` within ${bound[0]} ${bound[1]}`;
        }
        lines.push(expectation);
    }
    if (cast.norm) {
        lines.push(`            applies ${cast.norm}`);
    }
    // A moment of trial always names a risk (trial-has-risk); every recovery has its owner and time (recovery-is-concrete).
    const risky = random.chance(0.3);
    if (risky || trial) {
        const [name, description, recovery] = random.pick(RISKS);
        lines.push(`            risk ${name} "${description}" {`, `                recovery "${recovery}" by ${cast.frontstage[0]} within 2 min`, '            }');
    }
    if (cast.marks) longestBound = Math.max(longestBound, markLines(index, cast, lines));
    if (random.chance(0.2)) {
        lines.push(`            delight "${random.pick(DELIGHTS)}"`);
    }
    if (random.chance(0.15)) {
        lines.push(`            adapt "${random.pick(ADAPTS)}"`);
    }
    lines.push('        }');
    return { lines, longestBound };
}

/** The norm whose bound some touchpoints of the blueprint's service contradict, so that conflicts are marked. */
const MARK_NORM = 'MarkNorm';
const MARK_NORM_TEXT = 'the guest hears how long the wait will be';

/**
 * The blueprint's marks beyond the random script, by the touchpoint's index (drawing no random numbers,
 * so that the other benchmarks' workspaces stay as they were): a feeling at three touchpoints in four
 * (the fourth a gap in the curve), a bounded wait, a risk without recovery, a bound that conflicts with
 * a norm's. Returns the longest bound added, for the scene's budget.
 */
function markLines(index, cast, lines) {
    let longest = 0;
    if (index % 4 !== 3) lines.push(`            feeling ${(index * 5) % 7 - 3} "${['anxious at the door', '放心了', 'pleasantly surprised', 'a little bored'][index % 4]}"`);
    if (index % 6 === 2) lines.push(`            wait "the screen shows the place in the queue" within ${10 + index % 3 * 5} min`);
    if (index % 11 === 5) lines.push(`            risk Unrecovered${index} "the ${cast.behind[0]} link drops"`);
    if (index % 9 === 4) {
        lines.push(`            applies ${MARK_NORM}`, `            expect responsiveness "${MARK_NORM_TEXT}" within 90 s`);
        longest = 90;
    }
    return longest;
}

function pickDistinct(items, count, random) {
    const pool = [...items];
    const picked = [];
    while (picked.length < count && pool.length > 0) {
        picked.push(pool.splice(Math.floor(random.next() * pool.length), 1)[0]);
    }
    return picked;
}

/**
 * The text of file `fileIndex` of a workspace of `fileCount` files, about `lines` lines long.
 * Each file declares a norm that the next file applies, so references cross files everywhere.
 */
export function generateSpec(fileIndex, fileCount, lines, seed = 1) {
    const random = createRandom(seed * 100003 + fileIndex);
    const ownNorm = `Norm${fileIndex}`;
    const previousNorm = `Norm${(fileIndex + fileCount - 1) % fileCount}`;
    const out = [`// Benchmark spec ${fileIndex + 1} of ${fileCount}`, '', ...normText(ownNorm, random)];
    let serviceIndex = 0;
    // About 10 lines per touchpoint and 14 for the service around them; big files get many services.
    // Six touchpoints at least, so that every actor, system and prop of a service has a part.
    while (serviceIndex === 0 || lines - out.length >= 60) {
        const remaining = lines - out.length;
        const touchpoints = Math.max(6, Math.min(random.int(6, 24), Math.round((remaining - 14) / 10)));
        const name = `${SERVICE_NAMES[(fileIndex + serviceIndex) % SERVICE_NAMES.length]}F${fileIndex}S${serviceIndex}`;
        out.push(...serviceText(name, touchpoints, serviceIndex === 0 ? [previousNorm] : [], random));
        serviceIndex++;
    }
    return out.join('\n');
}

/** A workspace of `fileCount` files of about `linesPerFile` lines each: [{ name, text }]. */
export function generateWorkspace(fileCount, linesPerFile, seed = 1) {
    return Array.from({ length: fileCount }, (_, index) => ({
        name: `spec-${String(index).padStart(4, '0')}.drama`,
        text: generateSpec(index, fileCount, linesPerFile, seed)
    }));
}

/**
 * One service of exactly `touchpoints` touchpoints, for the blueprint benchmark: with feelings (the
 * emotion curve), waits, unrecovered risks and conflicting bounds, so that every mark is drawn.
 */
export function generateLargeService(touchpoints, seed = 1) {
    const random = createRandom(seed);
    const markNorm = [`norm ${MARK_NORM} "Wait times told" {`, `    expect responsiveness "${MARK_NORM_TEXT}" within 1 min`, '}', ''];
    return [...normText('BlueprintNorm', random), ...markNorm, ...serviceText('BigService', touchpoints, ['BlueprintNorm'], random, true)].join('\n');
}

/**
 * A spec with deliberate mistakes and the findings a correct build must report for it: rule ids
 * (the diagnostic `code`) and, for the unknown actor, the linking error that names it.
 */
export function faultySample() {
    const text = `service Faulty "Spec with known mistakes" {
    audience Guest {
        pace normal
    }
    actor Host frontstage
    actor Host frontstage
    prop NeverShown "a prop nothing uses"

    scene Empty {
    }

    scene Counter {
        touchpoint Greet face-to-face {
            customer "arrives"
            Host "greets"
            Ghost "does something nobody declared"
            expect responsiveness "greeted quickly"
            risk NoSignal "the reader has no signal"
        }
        touchpoint Silent face-to-face {
            Host "waits for the guest"
        }
    }
}
`;
    const lineOf = fragment => text.split('\n').findIndex(line => line.includes(fragment)) + 1;
    return {
        text,
        expected: [
            { code: 'risk-has-recovery', line: lineOf('risk NoSignal') },
            { linkingError: 'Ghost', line: lineOf('Ghost "') },
            { code: 'measurable-responsiveness', line: lineOf('expect responsiveness') },
            { code: 'touchpoint-has-expectation', line: lineOf('touchpoint Silent') },
            { code: 'customer-acts', line: lineOf('touchpoint Silent') },
            { code: 'scene-has-touchpoint', line: lineOf('scene Empty') },
            { code: 'five-elements-coverage', line: lineOf('service Faulty') },
            { code: 'unique-names', line: lineOf('actor Host frontstage') + 1 },
            { code: 'unused-declaration', line: lineOf('prop NeverShown') }
        ]
    };
}

/** The expected findings of `faultySample()` that `diagnostics` lack, each named by its rule id or linking error. */
export function missingFindings(expected, diagnostics) {
    return expected.filter(finding => !diagnostics.some(d => d.range.start.line + 1 === finding.line && (finding.code
        ? d.code === finding.code
        : d.severity === 1 && d.message.includes(finding.linkingError))))
        .map(finding => `${finding.code ?? `linking error for ${finding.linkingError}`} at line ${finding.line}`);
}
