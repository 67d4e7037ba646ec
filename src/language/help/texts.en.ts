import type { HelpTexts } from './help-texts.js';

function count(n: number, one: string, many: string): string {
    return `${n} ${n === 1 ? one : many}`;
}

/** Terms for the journey's depth: frontstage systems, the chat and video channels, waits, feelings, `by` and `for`. */
const journeyTerms: Pick<HelpTexts['terms'], 'chat' | 'video' | 'wait' | 'feeling' | 'by' | 'for'> = {
    chat: {
        name: 'Chat contact',
        text: 'A text conversation at a distance, with a person or a bot: a web chat, a messenger, the chat inside an app. '
            + 'As on the phone, the speed, tone and knowledge of the replies make the impression. '
            + 'When only a bot answers, give the customer a way to reach a person.'
    },
    video: {
        name: 'Video contact',
        text: 'A person on camera: a video consultation, an advisor on a screen. Face, voice and manner all count, as in person, '
            + 'and so do the picture and the sound: a frozen image undoes a warm voice.'
    },
    wait: {
        name: 'Wait point',
        text: 'A point where the customer has to wait, and how the wait is explained or filled: progress shown, a reason given, '
            + 'something to do. An unexplained wait feels longer than an explained one, an anxious wait longer than a calm one. '
            + 'Add `within` for how long it may last.',
        questions: [
            'Does the customer know why they wait, and for how long?',
            'Can they see the wait move: a number called, a bar that fills, a message?',
            'What can they do meanwhile?'
        ],
        example: 'A hotpot restaurant shows the tables ahead on a board and on the phone, and hands out snacks in the queue: '
            + 'the wait is just as long, but it is explained and filled.',
        usage: 'wait "the board shows the tables ahead; snacks and tea meanwhile" within 30 min'
    },
    feeling: {
        name: 'Intended feeling',
        text: 'The feeling the design aims for at this moment, from -3 (very bad) to +3 (very good), with a word on why: '
            + 'one point of the journey\'s emotion curve. The low points are where care and recovery matter most, '
            + 'and a journey that ends low is remembered low.',
        usage: 'feeling -2 "anxious: the flight is cancelled and the evening is at stake"'
    },
    by: {
        name: 'Who recovers',
        text: 'Names who carries out the recovery, an actor or a system, so that somebody owns it when the risk happens. '
            + 'Add `within` to say how fast the customer is put right.',
        usage: 'recovery "rebook on the next flight and hand over a meal voucher" by GateAgent within 15 min'
    },
    for: {
        name: 'For an audience',
        text: 'The audience this touchpoint serves. Without `for`, a touchpoint serves every audience of its service. '
            + 'The pace rules follow it: a touchpoint for an audience in a hurry needs a time bound, one for a relaxed audience does not.',
        usage: 'touchpoint FastLane face-to-face for BusinessTraveller "Priority check-in" { … }'
    }
};

/** English help: hovers, completion documentation and declaration summaries. */
export const englishTexts: HelpTexts = {
    categories: {
        element: 'element of service experience',
        declaration: 'declaration',
        statement: 'statement',
        channel: 'channel',
        moment: 'key moment',
        stage: 'stage',
        pace: 'customer pace',
        unit: 'time unit'
    },
    colon: ': ',
    headings: {
        judges: 'What the customer judges',
        questions: 'Ask of your script',
        example: 'Example',
        rules: 'Related rules'
    },
    friendlinessNote: '`friendliness` and `assurance` are two keywords for one element (友好性): they count as one when the five elements are checked.',

    elements: {
        reliability: {
            name: 'Reliability',
            judges: 'whether the service is done right and safely. No mistakes; a mistake that does happen is put right at once; '
                + 'staff know their craft and stay professional when something unexpected happens.',
            questions: [
                'Which step here must never go wrong, and does the script say what "right" looks like?',
                'When it does go wrong, who notices first, and how quickly is it put right?',
                'How does the customer see, early on, that they are in skilled hands?'
            ],
            example: 'A television programme filmed a designated driver at work. Before anything else he handed the car owner his staff badge to look at. '
                + 'Halfway home the owner felt sick: the driver talked him calm, stopped at the kerb and opened his door. '
                + 'Two small routines, and the owner knew his car was in skilled hands.'
        },
        responsiveness: {
            name: 'Responsiveness',
            judges: 'how quickly the service reacts. Waits are short; when a wait cannot be avoided, the customer learns why and for how long, '
                + 'sees progress, and has something to do meanwhile.',
            questions: [
                'How long may the customer wait at this moment? Write it with `within`.',
                'Does the customer see progress while waiting, or only a closed door?',
                'What would make the wait feel shorter: a queue number, a reason, something to eat or do?'
            ],
            example: 'Guests queuing for a table at a busy hotpot restaurant get a queue number, fruit and snacks, even a free manicure. '
                + 'The wait is still there, but it is explained and filled.'
        },
        assurance: {
            name: 'Assurance',
            judges: 'courtesy, warmth and the trust staff inspire: the customer feels welcome and in good hands. '
                + 'Chinese writing on service experience calls this element friendliness (友好性); in SERVQUAL it is assurance. '
                + 'The keywords `assurance` and `friendliness` both name it.',
            questions: [
                'How, and how soon, is the customer greeted?',
                'When something fails, who apologises, and with what words?',
                'What in the staff\'s manner tells the customer they can be trusted?'
            ],
            example: 'At the end of a hotpot dinner the card reader loses its signal twice. The waiter apologises, sees that the guest '
                + 'is in a hurry, asks politely whether he could pay in cash, and says sorry once more after the bill is settled. '
                + 'Weeks later, the guest still remembers that waiter.'
        },
        empathy: {
            name: 'Empathy',
            judges: 'whether staff put themselves in the customer\'s place: they notice feelings and personal needs, '
                + 'and follow the customer\'s pace rather than their own.',
            questions: [
                'What might the customer feel at this moment: hurried, worried, embarrassed?',
                'Does the script change when the customer is in a hurry, or at ease?',
                'Which personal need could staff notice before the customer has to ask?'
            ],
            example: 'A senior Singapore Airlines instructor once told a training class that professional service keeps the customer\'s pace: '
                + 'when the customer is in a hurry, let them see that you hurry too; when they have time, a gentle reminder is enough, never a push.'
        },
        tangibles: {
            name: 'Tangibles',
            judges: 'everything the customer can see and touch: the place, the equipment, printed material, how staff look. '
                + 'From this physical evidence the customer infers the quality they cannot see.',
            questions: [
                'What does the customer see or touch here? Name it with `evidence`.',
                'Does the equipment work, and is it stocked, when the customer arrives?',
                'Which small object would make this moment easier?'
            ],
            example: 'Diners who wear glasses are handed a cloth for the steam; a phone left on the table gets a small bag against splashes. '
                + 'The other way round: an ATM with no pen left for the slips spoils the visit, though nobody was rude.'
        }
    },

    terms: {
        ...journeyTerms,
        service: {
            name: 'Service',
            text: 'One service written as a drama (服务剧本): its audience, cast, props and scenes, in the order the customer lives them. '
                + 'Write every step from the customer\'s side. A file may hold several services and norms.',
            usage: 'service HotpotDinner "Hotpot dinner" { … }'
        },
        audience: {
            name: 'Audience',
            text: 'A customer persona: the people who receive the service. Give it a `pace` (urgent, normal or relaxed) '
                + 'so the script can follow the customer\'s rhythm.',
            usage: 'audience Diner "Weekend diner" { pace relaxed }'
        },
        pace: {
            name: 'Customer pace',
            text: 'How fast this audience wants to move: `urgent`, `normal` or `relaxed`. Good service keeps the customer\'s rhythm, not its own.',
            example: 'As a senior Singapore Airlines instructor put it to a class: hurry when the customer is in a hurry, remind gently when they are at ease.',
            usage: 'pace urgent'
        },
        urgent: {
            name: 'In a hurry',
            text: 'This audience is pressed for time. Show urgency, keep steps short, and bound every touchpoint with a responsiveness expectation '
                + '`within` a time the customer accepts.'
        },
        normal: {
            name: 'Ordinary pace',
            text: 'Neither hurried nor idle. Keep waits short and explained.'
        },
        relaxed: {
            name: 'At ease',
            text: 'This audience has time and wants to enjoy it. Remind gently and never rush; an attentive moment is worth more than a quick one.'
        },
        actor: {
            name: 'Actor',
            text: 'A person on the stage: staff who produce the service for the audience. `frontstage` actors meet the customer, '
                + '`backstage` actors work out of sight. In a touchpoint an actor performs by name.',
            usage: 'actor Host frontstage "Greeter at the door"'
        },
        system: {
            name: 'Support system',
            text: 'A support process or system: the payment link, the booking database, the kitchen display. '
                + 'It serves the staff who serve the customer and never faces the customer alone in person or on the phone. '
                + 'A `frontstage` system is technology the customer operates (an app, a kiosk, a phone menu, a chatbot, an ATM): self-service.',
            usage: 'system Payments support "Card terminal and bank link"'
        },
        support: {
            name: 'Support',
            text: 'Marks a system as a support process, the lowest lane of the blueprint, below the line of internal interaction. '
                + '"The front serves the customer, the back serves the front."'
        },
        frontstage: {
            name: 'Frontstage',
            text: 'Onstage contact: what this actor does, the customer sees and hears. Frontstage actions sit above the line of visibility; '
                + 'face-to-face and phone touchpoints need one.'
        },
        backstage: {
            name: 'Backstage',
            text: 'Out of the customer\'s sight, below the line of visibility: the kitchen, the dispatcher, the team that prepares. '
                + 'Each backstage actor should support a touchpoint the customer meets, and never face the customer alone.'
        },
        prop: {
            name: 'Prop',
            text: 'Physical evidence (有形证据): something the customer sees or touches, such as equipment, material or the room itself. '
                + 'Declare it here and show it in a touchpoint with `evidence`; props are how tangibles enter the script.',
            usage: 'prop CardReader "Card reader"'
        },
        scene: {
            name: 'Scene',
            text: 'A stage of the customer\'s journey, in order: waiting, ordering, paying. A scene holds its touchpoints in the order they happen '
                + 'and may state its `setting` and a `budget` of time.',
            usage: 'scene Waiting "Waiting for a table" { budget 20 min … }'
        },
        setting: {
            name: 'Setting',
            text: 'Where the scene plays: the room, the counter, the screen. The stage shapes the impression as much as the actors do.',
            usage: 'setting "Entrance with benches and a snack table"'
        },
        budget: {
            name: 'Time budget',
            text: 'The waiting the audience accepts in the whole scene. Each touchpoint\'s longest `within`, added up over the scene, must fit in it.',
            example: 'If ordering may take 5 min and the first dish 15 min, a 15 min budget for the scene is spent before the meal starts.',
            usage: 'budget 20 min'
        },
        touchpoint: {
            name: 'Touchpoint (moment of truth)',
            text: 'A moment of truth: one contact in which the customer judges the whole organisation. A failure inside it can rarely be repaired '
                + 'in the same moment, only in the next. Give it a channel, the customer\'s action, the staff\'s actions, the evidence, '
                + 'and what the customer expects.',
            questions: [
                'What does the customer expect here, at the very least?',
                'What could spoil this moment, and how would the service recover?'
            ],
            example: 'Disney counts about 74 contacts in one park visit: 74 chances to disappoint, and as many to do better.',
            usage: 'touchpoint PayByCard face-to-face { … }'
        },
        'face-to-face': {
            name: 'Face-to-face contact',
            text: 'Customer and staff meet in person. Words count, and so does everything unspoken: dress, posture, expression, the tools in hand.'
        },
        phone: {
            name: 'Phone contact',
            text: 'The customer only hears a voice: its tone, the knowledge behind it and the speed of the answer make the impression.'
        },
        remote: {
            name: 'Remote contact',
            text: 'The customer meets a machine or material, not a person: an ATM, a shelf, a vending machine, an app. '
                + 'How the equipment works and is kept makes the impression, so name it with `evidence`.',
            example: 'An ATM whose pen has run out: nobody was unkind, yet the customer leaves annoyed with the bank.'
        },
        moment: {
            name: 'Key moment',
            text: 'Which kind of key moment this touchpoint is: `buy-or-not`, `value-judgement`, `feedback`, `bad-news` or `repeated`; '
                + 'several kinds are separated by commas. Add `trial` when it is a moment of trial.',
            usage: 'moment bad-news trial'
        },
        'buy-or-not': {
            name: 'Buy-or-not moment',
            text: 'The customer decides whether to buy at all. Anything in the way of a clear yes (a wait, an unclear price, an unanswered question) costs the sale.'
        },
        'value-judgement': {
            name: 'Value-judgement moment',
            text: 'The customer weighs what they got against what they gave: the bill, the result, the time spent. Make the value visible.'
        },
        feedback: {
            name: 'Feedback moment',
            text: 'The customer tells you how it went, or complains. How the service listens and answers decides whether they bother next time.'
        },
        'bad-news': {
            name: 'Bad-news moment',
            text: 'The service must tell the customer something unwelcome: a delay, a failure, a refusal. '
                + 'Script it with care: an empathy expectation, or a risk with its recovery.',
            example: 'The card reader fails at checkout; the waiter apologises, offers cash as a way out and thanks the guest for waiting.'
        },
        repeated: {
            name: 'Repeated moment',
            text: 'A moment that happens on every visit: the greeting, the queue, the bill. Small flaws add up here, and so does consistency.'
        },
        trial: {
            name: 'Moment of trial',
            text: 'A moment that decides loyalty: handled well it can win the customer for life, handled badly it can lose them for good. '
                + 'Script these first and most carefully.'
        },
        customer: {
            name: 'Customer action',
            text: 'What the customer does in this touchpoint, in their own terms. It fills the customer-actions lane of the blueprint; every touchpoint needs one.',
            usage: 'customer "arrives and gives the party size"'
        },
        evidence: {
            name: 'Physical evidence',
            text: 'The props the customer sees or touches in this touchpoint. In a remote touchpoint they are all the customer meets.',
            usage: 'evidence CardReader, Receipt'
        },
        expect: {
            name: 'Standard expectation',
            text: 'The least the customer expects at this moment, tagged with one of the five elements; add `within` for a time bound. '
                + 'Every touchpoint needs at least one, its own or from a norm, and a service should cover all five elements.',
            usage: 'expect responsiveness "bill settled" within 2 min'
        },
        within: {
            name: 'Time bound',
            text: 'How long the expected result may take: a number and a unit (`s`, `min`, `h`, `d`). '
                + 'Responsiveness expectations need one, and the longest in each touchpoint counts against the scene\'s budget.',
            usage: 'within 2 min'
        },
        risk: {
            name: 'Risk',
            text: 'Something that can ruin this moment, an experience destroyer: a machine that fails, a wait that drags, news the customer does not want. '
                + 'Each risk needs its recovery, because 100 − 1 = 0: one bad contact can undo everything else the customer liked.',
            usage: 'risk ReaderOffline "card reader has no signal" { recovery "…" }'
        },
        recovery: {
            name: 'Recovery',
            text: 'How the service puts things right when the risk happens: admit the mistake sincerely and restore the service at once. '
                + 'Say who does it with `by` and how fast with `within`.',
            example: 'The booking system slipped, and a passenger came aboard to find no third-class berth in his name. '
                + 'The ship\'s staff said sorry and moved him straight to a second-class berth at the third-class fare. '
                + 'His anger was gone, and what stayed with him was a good impression of the service on board.',
            usage: 'recovery "apologise, offer cash or mobile payment"'
        },
        delight: {
            name: 'Delight',
            text: 'Something extra the customer neither asked for nor expected, or a need they were too shy to mention. '
                + 'The theory of service encounters calls this initiative spontaneity; delight is what the customer feels. Delights lift a moment above the standard.',
            example: 'A free manicure in the hotpot queue; a glasses cloth handed over before the steam rises.',
            usage: 'delight "free manicure while waiting"'
        },
        adapt: {
            name: 'Adaptation',
            text: 'How the service meets a special or personal need that the standard script does not cover: a wheelchair, a small child, '
                + 'another language, an allergy. Rule books are mostly silent here, so write it down.',
            usage: 'adapt "high chair and a plastic bowl for small children"'
        },
        applies: {
            name: 'Applies a norm',
            text: 'Takes a norm\'s expectations into this touchpoint as if they were written here. The norm may live in another file of the workspace.',
            usage: 'applies WarmGreeting'
        },
        norm: {
            name: 'Service norm',
            text: 'A named, reusable module of expectations (模块化服务规范), taken into touchpoints with `applies`: '
                + 'written once, kept the same wherever that moment happens, and tailored by what each touchpoint adds.',
            example: 'China Mobile\'s 沟通100 service halls cut one thick rule book into modules tied to key moments: '
                + 'standard for the company, personal for each region, hall and moment.',
            usage: 'norm WarmGreeting "Standard greeting" { expect assurance "eye contact and a smile" }'
        },
        s: { name: 'Seconds', text: 'Time unit: seconds, as in `within 10 s`.' },
        min: { name: 'Minutes', text: 'Time unit: minutes, as in `within 2 min` or `budget 20 min`.' },
        h: { name: 'Hours', text: 'Time unit: hours, as in `within 1 h`.' },
        d: { name: 'Days', text: 'Time unit: days, as in `within 3 d`.' }
    },

    journey: {
        frontstageSystem: 'frontstage system',
        labels: { audience: 'For', feeling: 'Intended feeling', waits: 'Wait points', recoveredBy: 'Recovered by' },
        allAudiences: 'every audience of the service',
        withinBound: bound => `within ${bound}`,
        waitBound: bound => ` (${bound})`
    },

    declarations: {
        kinds: {
            service: 'service',
            audience: 'audience',
            actor: 'actor',
            system: 'support system',
            prop: 'prop',
            scene: 'scene',
            touchpoint: 'touchpoint',
            risk: 'risk',
            norm: 'norm'
        },
        scenePosition: (position, total, service) => `scene ${position} of ${total} in ${service}`,
        inScene: scene => `in scene ${scene}`,
        actsIn: (touchpoints, scenes) => `Acts in ${count(touchpoints, 'touchpoint', 'touchpoints')} across ${count(scenes, 'scene', 'scenes')}.`,
        shownIn: (touchpoints, scenes) => `Shown as evidence in ${count(touchpoints, 'touchpoint', 'touchpoints')} across ${count(scenes, 'scene', 'scenes')}.`,
        appliedIn: (touchpoints, files) => `Applied in ${count(touchpoints, 'touchpoint', 'touchpoints')} across ${count(files, 'file', 'files')}.`,
        unused: 'No touchpoint uses it yet.',
        serviceSize: (scenes, touchpoints) => `${count(scenes, 'scene', 'scenes')}, ${count(touchpoints, 'touchpoint', 'touchpoints')}.`,
        sceneTouchpoints: (touchpoints, names) => touchpoints === 0
            ? 'No touchpoints yet.'
            : `${count(touchpoints, 'touchpoint', 'touchpoints')}: ${names}.`,
        risks: (total, withoutRecovery) => withoutRecovery > 0
            ? `${count(total, 'risk', 'risks')}, ${withoutRecovery} without recovery.`
            : `${count(total, 'risk', 'risks')}, each with its recovery.`,
        delights: n => `${count(n, 'delight', 'delights')}.`,
        labels: {
            pace: 'Pace',
            setting: 'Setting',
            budget: 'Time budget',
            moment: 'Key moment',
            expectations: 'Expectations',
            covers: 'Covers',
            missing: 'Not yet covered',
            recovery: 'Recovery'
        },
        trial: 'a moment of trial',
        noExpectation: 'No expectation yet: state at least one with `expect` or `applies`.',
        noRecovery: 'No recovery yet: 100 − 1 = 0.',
        listSeparator: ', '
    },
    rename: {
        nothingToRename: 'Only a declared name, or a reference to one, can be renamed.',
        notAName: name => `'${name}' is not a name: a name starts with a letter or _ and goes on with letters, digits or _ (no spaces, quotes or other signs).`,
        keyword: (name, twin) => `'${name}' is a keyword of the language (${twin}), so it cannot be a name.`,
        taken: (kind, name, where) => `${name} is already the name of the ${kind} at ${where}: two with one name could not be told apart.`,
        onLine: line => `line ${line}`,
        inFile: (file, line) => `${file}, line ${line}`
    },

    studio: {
        title: 'Service Drama Studio',
        specs: 'Specs',
        open: 'Open…',
        save: 'Save',
        download: 'Download .drama',
        exportBlueprint: 'Export the blueprint',
        language: 'Language',
        service: 'Service',
        saved: file => `${file} saved`,
        saveFailed: (file, reason) => `${file} could not be saved: ${reason}`,
        openFailed: (file, reason) => `${file} could not be opened: ${reason}`,
        unsaved: 'unsaved changes',
        problems: (errors, warnings, infos) => [count(errors, 'error', 'errors'), count(warnings, 'warning', 'warnings'), count(infos, 'note', 'notes')].join(', '),
        noProblems: 'No problems',
        drawing: 'Drawing the blueprint…',
        drawFailed: reason => `The blueprint could not be drawn: ${reason}`,
        singleSpec: 'Opened from disk: one spec at a time. Save downloads it; nothing is sent anywhere.',
        folder: name => `Folder ${name}`
    },

    editor: {
        fixAll: 'Fix all Service Drama problems that need no judgement',
        sceneTotal: (total, budget) => `Σ ${total} of ${budget}`,
        sceneTotalTooltip: "The longest 'within' bound of each touchpoint, added up: what the scene-budget rule checks against the budget.",
        normAdds: n => `+${count(n, 'expectation', 'expectations')}`,
        pickTemplate: 'Pick a template for the new spec',
        templates: {
            'first-service': { label: 'A first service: coffee to go', detail: 'A small, complete script with comments: cast, props, a scene budget, a norm and a risk with its recovery' },
            'empty-service': { label: 'An empty service', detail: 'One audience, one actor, one scene and one touchpoint to fill in' }
        }
    },

    blueprint: {
        languageTag: 'en',
        title: service => `Service blueprint: ${service}`,
        rows: {
            evidence: 'Physical evidence',
            customer: 'Customer actions',
            frontstage: 'Frontstage',
            backstage: 'Backstage',
            support: 'Support processes',
            expectations: 'Standard expectations',
            risks: 'Risks and recovery',
            notes: 'Delights and adaptations',
            feeling: 'Emotion curve'
        },
        lines: {
            interaction: 'Line of interaction',
            visibility: 'Line of visibility',
            internal: 'Line of internal interaction'
        },
        chips: { reliability: 'REL', responsiveness: 'RES', assurance: 'ASR', empathy: 'EMP', tangibles: 'TAN' },
        chipTooltip: (element, covered) => `${element}: ${covered ? 'covered' : 'not covered'}`,
        // The header shows the keywords as the spec writes them: they are short and they are English.
        keyword: keyword => keyword,
        separator: ' · ',
        serviceName: name => `service ${name}`,
        budget: duration => `budget ${duration}`,
        within: duration => `within ${duration}`,
        fromNorm: norm => `from norm ${norm}`,
        recovery: 'Recovery',
        recoveryDetails: (by, within) => [by && `by ${by}`, within && `within ${within}`].filter(Boolean).join(' '),
        noRecovery: 'No recovery',
        forAudience: audience => `For ${audience}`,
        delight: '★ Delight',
        adaptation: '◆ Adaptation',
        finding: (severity, message, rule) => `${severity}: ${message}${rule ? ` (${rule})` : ''}`,
        audience: (name, pace) => `Audience ${name}${pace ? ` (pace ${pace})` : ''}`,
        runningTime: (from, to) => `${from} → ${to} into the journey`,
        timeBounds: (total, budget) => budget ? `Time bounds ${total} of ${budget}` : `Time bounds ${total}`,
        overBudget: 'over budget',
        badges: { fail: 'F', wait: 'W', conflict: '≠' },
        failPoint: (risk, recovered) => `Fail point: ${risk}, ${recovered ? 'with a recovery' : 'no recovery'}`,
        waitPoint: (within, text) => `Wait point: up to ${within} for "${text}"`,
        boundConflict: (here, inNorm, norm) => `Conflicting bounds: ${here} on this touchpoint, ${inNorm} in norm ${norm}; keep one promise`,
        feelingPoint: (score, text) => `Feeling ${score}: ${text}`,
        legend: {
            boxes: 'Boxes',
            lines: 'Lines',
            elements: 'Elements covered (filled) at a touchpoint',
            findings: 'Findings',
            expectation: 'Standard expectation',
            risk: 'Risk (experience destroyer) and its recovery',
            delight: '★ Delight',
            adaptation: '◆ Adaptation to special needs',
            marker: severity => `A finding at ${severity} level (hover for the message)`,
            flow: 'Flow and time',
            step: 'Step of the performance and the arrow to the next',
            handoff: 'From one touchpoint to the next',
            marks: 'Fail points, waits and moments',
            failRecovered: 'Fail point with a recovery (circle)',
            failUnrecovered: 'Fail point without a recovery (red diamond)',
            wait: threshold => `Wait point (square): a bounded wait, or else a responsiveness bound over ${threshold}`,
            runningTime: 'When a touchpoint runs, counted from the start of the journey by the bounds before it',
            timeWithin: 'Time bounds of a scene within its budget',
            timeOver: 'Time bounds over the budget (hatched)',
            trial: 'Moment of trial (thick border, hatched column)',
            conflict: 'Conflicting bounds: the touchpoint and an applied norm promise the same thing in different times (hexagon, on both cards)',
            emotion: 'Emotion curve',
            feelingCurve: 'The feeling the design aims for at each touchpoint, from −3 to +3 (hover a point for its words)',
            feelingShapes: 'A pleasant feeling is a circle, an unpleasant one a triangle pointing down, a neutral one a square',
            feelingZero: 'Neutral (0)',
            feelingGap: 'Dotted across touchpoints that state no feeling'
        },
        openBlueprint: 'Open blueprint',
        preview: {
            title: 'Blueprint',
            tab: name => `Blueprint: ${name}`,
            service: 'Service',
            zoomIn: 'Zoom in',
            zoomOut: 'Zoom out',
            zoomReset: 'Actual size',
            loading: 'Drawing the blueprint…',
            noService: 'This file has no service yet. Write `service Name { … }` and the blueprint appears here.',
            normsOnly: norms => `This file holds norms (${norms}) and no service. A norm has no blueprint of its own: `
                + 'its expectations show in the "Standard expectations" lane of each touchpoint that applies it.',
            listSeparator: ', ',
            failed: 'The blueprint could not be drawn: ',
            openSpecFirst: 'Open a Service Drama file (.drama) to see its blueprint.',
            export: 'Export…',
            exportTypes: { svg: 'SVG drawing', png: 'PNG picture', html: 'HTML page with a legend' },
            exported: file => `Blueprint saved to ${file}`,
            exportFailed: 'The blueprint could not be saved: '
        }
    },

    cli: {
        noProblems: files => `✓ ${count(files, 'file', 'files')} checked, no problems`,
        problems: ({ problems, errors, warnings, infos, files }) => {
            const counts = [count(errors, 'error', 'errors'), count(warnings, 'warning', 'warnings'), ...(infos > 0 ? [count(infos, 'info', 'infos')] : [])];
            return `✖ ${count(problems, 'problem', 'problems')} (${counts.join(', ')}) in ${count(files, 'file', 'files')}`;
        },
        tooManyWarnings: (warnings, allowed) => `Too many warnings: ${warnings}, at most ${allowed} allowed (--max-warnings).`,
        blueprintWritten: (service, file) => `Blueprint of ${service} written to ${file}`,
        reportTitle: 'Service Drama lint report',
        columns: { where: 'Where', severity: 'Severity', rule: 'Rule', message: 'Message' },
        fixed: files => `Fixed ${count(files, 'file', 'files')}.`,
        ignoredFiles: files => `${count(files, 'file', 'files')} left out by ignores (--no-ignore checks them).`,
        reportWritten: (format, file) => `${format} report written to ${file}`,
        initWritten: file => `Created ${file}`,
        initComments: {
            header: 'Service Drama: the settings of `service-drama lint` and of the editor for the specs below this folder.\nA spec follows the nearest .servicedrama.json above it. Comments like this one are allowed.',
            extends: 'Configurations to start from, read first: a path relative to this file, or an npm package.',
            rules: 'A severity for each rule: "error", "warning", "info" or "off". Here each has its default.',
            overrides: 'Other severities for some specs: globs relative to this folder; later entries win.',
            ignores: 'Specs that lint never checks (globs relative to this folder), besides those .gitignore names.'
        },
        noCjkFont: 'warning: no installed font draws Chinese, so the PNG leaves its Chinese characters out; '
            + 'install one (e.g. fonts-noto-cjk) or give a font file with --font'
    },

    survey: {
        problems: {
            unreadable: reason => `cannot read the survey file${reason ? ` (${reason})` : ''}: it is missing, or cannot be read here`,
            syntax: reason => `not valid CSV or JSON: ${reason}`,
            notAList: 'a JSON survey holds a list of rows, [{ "service": …, "touchpoint": …, … }], or { "rows": [ … ] }',
            notAnObject: 'each row of a JSON survey is an object with the fields service, touchpoint, element, expectation, perception, respondents',
            missingColumn: column => `the column '${column}' is missing (the columns are service, touchpoint, element, expectation, perception, respondents and, if you like, wave)`,
            empty: column => `'${column}' is empty`,
            unknownElement: value => `'${value}' is not one of the five elements: reliability, responsiveness, assurance (friendliness), empathy, tangibles`,
            notAScore: (column, value) => `${column} '${value}' is not a score from 1 to 7`,
            badRespondents: value => `respondents '${value}' is not a whole number above 0`,
            duplicate: line => `the same row as line ${line}: its respondents would count twice`,
            unknownService: (service, known) => `no spec declares the service '${service}'${known ? ` (the specs declare ${known})` : ''}`,
            unknownTouchpoint: (service, touchpoint) => `the service ${service} has no touchpoint '${touchpoint}'`
        },
        problemsFound: problems => `${count(problems, 'problem', 'problems')} in the survey: fix the rows, or leave them out with --lenient`,
        lintProblems: problems => `${count(problems, 'problem', 'problems')} in the survey the configuration names: fix the rows (service-drama gaps --lenient shows the scores without them)`,
        skipped: problems => `${count(problems, 'row', 'rows')} of the survey left out for the problems above (--lenient)`,
        noSuchWave: (wave, waves) => `the survey has no wave '${wave}'; its waves: ${waves}`,
        nothingMeasured: 'the survey has no row for a service of these specs',
        wave: wave => wave === '' ? 'the survey' : `wave ${wave}`,
        serviceHeading: (service, wave) => `${service}: gaps between perception and expectation, ${wave}`,
        columns: { touchpoint: 'Touchpoint', score: 'Score', respondents: 'Respondents' },
        serviceLevel: '(whole service)',
        elementScores: 'Element scores',
        servqualScore: (gap, respondents) => `SERVQUAL score (perception − expectation): ${gap}, ${count(respondents, 'respondent', 'respondents')}`,
        scoreChange: (change, previous) => ` (${change} since ${previous})`,
        weakest: (touchpoint, gap, element, trial) => `Weakest moment: ${touchpoint} (${gap}, lowest on ${element})`
            + (trial ? ' — a moment of trial: one bad moment here undoes many good ones (100 − 1 = 0)' : ''),
        unmeasuredHeading: 'Designed but not measured',
        undesignedHeading: 'Measured but not designed (the script promises nothing there)',
        worseHeading: previous => `Worse than ${previous}`,
        noneWorse: previous => `No touchpoint is worse than ${previous}.`,
        trialMark: '◆',
        hoverHeading: wave => `Measured quality (${wave})`,
        hoverCell: (element, gap, expectation, perception, respondents) => `${element}: gap ${gap} (expected ${expectation}, perceived ${perception}, ${count(respondents, 'respondent', 'respondents')})`,
        hoverNotMeasured: elements => `Designed but not measured: ${elements}`,
        hoverNoData: 'The survey has no scores for this touchpoint.',
        chipTooltip: (element, gap, expectation, perception, respondents) => `${element}: gap ${gap} (expected ${expectation}, perceived ${perception}, ${count(respondents, 'respondent', 'respondents')})`,
        legend: {
            title: 'Measured gap (perception − expectation)',
            bins: ['−1.5 or lower: far below expectation', '−1.5 to −0.5: below', '−0.5 to +0.5: as expected', '+0.5 to +1.5: above', '+1.5 or higher: far above'],
            notMeasured: 'designed, not measured',
            undesigned: 'measured, not designed',
            column: 'tint of a column: the touchpoint\'s mean gap'
        }
    },

    messages: {
        grammarNames: {
            Element: 'element',
            Channel: 'channel',
            MomentKind: 'moment kind',
            Stage: 'stage',
            Pace: 'pace',
            TimeUnit: 'time unit',
            Score: 'feeling (a whole number from -3 to +3)',
            ID: 'a name',
            STRING: 'a quoted text',
            NUMBER: 'a number',
            EOF: 'the end of the file'
        },
        mismatch: (expected, found) => `Expected ${expected} but found ${found}.`,
        topLevel: (found, service, norm) => `Unexpected ${found}: a file holds only '${service}' and '${norm}' blocks at the top level.`,
        unknownValue: (what, found, choices) => `Unknown ${what} ${found}: use one of ${choices}.`,
        unexpected: (found, choices) => `Unexpected ${found}: expected one of ${choices}.`,
        choiceSeparator: ', ',
        unknownSuppressedRule: (directive, id) => `unknown rule id '${id}' in ${directive}`,
        settingProblem: problem => `Setting ${problem}. The default rule severities apply.`,
        configFileProblem: (file, problem) => `${file}: ${problem}. The default rule severities apply until it is fixed.`,
        unexpectedCharacter: (shown, more) => more > 0 ? `Unexpected character ${shown} (and ${more} more after it).` : `Unexpected character ${shown}.`,
        feelingOutOfRange: written => `feeling ${written} is out of range: use a whole number from -3 (very bad) to +3 (very good)`,
        oneFeeling: (touchpoint, first) => `touchpoint ${touchpoint}: one feeling per touchpoint; this moment already aims for ${first}`
    },
    convert: {
        to: {
            zh: {
                action: 'Use Chinese keywords',
                converted: (file, keywords) => `${file}: ${keywords} ${keywords === 1 ? 'keyword' : 'keywords'} now in Chinese`,
                written: (file, output, keywords) => `${file}: written with Chinese keywords to ${output} (${keywords} ${keywords === 1 ? 'keyword' : 'keywords'} rewritten)`,
                unchanged: file => `${file}: already uses Chinese keywords only, left as it is`
            },
            en: {
                action: 'Use English keywords',
                converted: (file, keywords) => `${file}: ${keywords} ${keywords === 1 ? 'keyword' : 'keywords'} now in English`,
                written: (file, output, keywords) => `${file}: written with English keywords to ${output} (${keywords} ${keywords === 1 ? 'keyword' : 'keywords'} rewritten)`,
                unchanged: file => `${file}: already uses English keywords only, left as it is`
            }
        },
        syntaxErrorReason: line => `The file has a syntax error on line ${line}; the keywords can be converted once it parses.`,
        syntaxError: (file, line, column, message) => `${file}:${line}:${column}: not converted, the file has a syntax error: ${message}`,
        usage: `Usage: service-drama convert --keywords zh|en FILE... [-o OUT]

Rewrites every keyword of the specs in Chinese (zh) or in English (en): 服务 for service, 当面 for
face-to-face, 10 分钟 for 10 min. Names, texts, comments, quotation marks, separators and spacing stay
as written, so converting back gives the same file (the alias 分 comes back as 分钟). FILE may be a
spec, a folder or a glob. Without -o, each file is rewritten in place.

Options:
  --keywords LANG     the keyword language to write: zh (Chinese) or en (English)
  -o, --output OUT    write the converted specs there instead: a file for one spec, a folder for
                      several (created when missing; each spec keeps its path below the folder
                      that holds them all)
  --locale LOCALE     language of the messages: en or zh-CN
                      (default: from LC_ALL, LC_MESSAGES or LANG, else en)
  -h, --help          show this help

A spec with a syntax error is left as it is: which words are keywords is only sure once it parses.

Exit codes: 0 converted, 1 a spec has a syntax error (not converted), 2 usage or file error.`
    },
    keywordNames: {
        isKeyword: (name, twin) => `'${name}' is a keyword (${twin}) and cannot be a name: choose another name, or add a word to this one.`,
        missingSpace: (written, keyword, separated) => `'${written}' runs into the keyword ${keyword}: put a space before it ('${separated}').`
    }
};
