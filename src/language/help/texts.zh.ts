import type { HelpTexts } from './help-texts.js';

/** 服务旅程的深入概念：前台系统、文字与视频接触、等候点、预期感受、by 与 for。 */
const journeyTerms: Pick<HelpTexts['terms'], 'chat' | 'video' | 'wait' | 'feeling' | 'by' | 'for'> = {
    chat: {
        name: '文字接触',
        text: '隔着距离的文字对话，对面可能是人，也可能是机器人：网页客服、即时通讯、应用里的在线客服。'
            + '和电话接触一样，回复的速度、语气和专业程度决定了印象。只有机器人应答时，要给客户留一条转人工的路。'
    },
    video: {
        name: '视频接触',
        text: '镜头里的一个人：视频问诊、屏幕上的顾问。表情、声音和举止都像当面一样重要，画面和声音也一样：'
            + '画面一卡住，再亲切的声音也打了折扣。'
    },
    wait: {
        name: '等候点',
        text: '客户不得不等的地方，以及这段等待怎样交代、怎样填满：让客户看到进度，告诉他原因，给他点事做。'
            + '没有交代的等待比有交代的显得长，焦虑的等待比安心的显得长。用 `within` 写明最多等多久。',
        questions: [
            '客户知道自己为什么等、要等多久吗？',
            '客户看得到等待在推进吗：叫号、进度条、一条消息？',
            '等的时候，客户可以做点什么？'
        ],
        example: '火锅店把前面还有几桌显示在门口的屏幕和手机上，排队时还送小吃：等的时间没变，但有了交代，也不再空等。',
        usage: 'wait "屏幕显示前面还有几桌；等候时有小吃和茶" within 30 min'
    },
    feeling: {
        name: '预期感受',
        text: '设计希望客户在这一刻的感受，从 -3（很糟）到 +3（很好），再用一句话说明原因：这是客户旅程情绪曲线上的一个点。'
            + '低谷处最需要关怀和补救；旅程若在低谷收尾，客户记住的也是低谷。',
        usage: 'feeling -2 "焦虑：航班取消，今晚的安排全乱了"'
    },
    by: {
        name: '由谁补救',
        text: '写明由谁来补救（一位演员或一个系统），风险发生时才有人负责。再用 `within` 写明多快让客户恢复正常。',
        usage: 'recovery "改签下一班航班，并送上餐券" by 登机口地勤 within 15 min'
    },
    for: {
        name: '服务对象',
        text: '这个触点服务的观众。不写 `for` 时，触点服务这项服务的全部观众。'
            + '节奏规则据此判断：为赶时间的观众设的触点需要时限，为从容的观众设的触点不需要。',
        usage: 'touchpoint 快速通道 face-to-face for 商务旅客 "优先办理入住" { … }'
    }
};

/** 中文帮助：悬停提示、补全说明和声明摘要。 */
export const chineseTexts: HelpTexts = {
    categories: {
        element: '服务体验五要素',
        declaration: '声明',
        statement: '语句',
        channel: '接触方式',
        moment: '关键时刻',
        stage: '舞台位置',
        pace: '客户节奏',
        unit: '时间单位'
    },
    colon: '：',
    headings: {
        judges: '客户在评判',
        questions: '对照剧本问一问',
        example: '例子',
        rules: '相关规则'
    },
    friendlinessNote: '`friendliness`（友好性）是种子资料里的叫法，与 `assurance` 指同一个要素，覆盖检查时算作一个。',

    elements: {
        reliability: {
            name: '可靠性',
            judges: '服务有没有做对、做稳。不出差错；万一出错，马上纠正；服务人员技能熟练，遇到突发情况也能专业应对。',
            questions: [
                '这一步哪里绝不能出错？剧本有没有写清“做对”是什么样子？',
                '一旦出错，谁最先发现，多快能补救？',
                '客户在哪一刻能看出自己遇到的是行家？'
            ],
            example: '代驾司机到场后，先亮出工牌，让车主确认来的是谁；途中乘客想吐，他先稳住对方情绪，再靠边停车、打开车门。'
                + '客户记住的，是一位靠得住的司机。'
        },
        responsiveness: {
            name: '响应性',
            judges: '服务反应快不快。等待要短；实在免不了等，客户想知道为什么、要等多久，能看到进度，还要有事可做，少些焦虑。',
            questions: [
                '这个时刻客户最多能等多久？用 `within` 写下来。',
                '等待期间，客户看得到进度吗，还是只能干等？',
                '什么能让等待显得短一些：排号、说明原因、吃点东西或找点事做？'
            ],
            example: '生意火爆的火锅店门口，排队的客人拿到号码牌，有水果零食，甚至能免费美甲。等待还在，但有了交代，也有了事情做。'
        },
        assurance: {
            name: '友好性',
            judges: '礼貌、热情，以及服务人员给人的信任感：客户觉得自己受欢迎、被妥善照顾。'
                + '种子资料称之为友好性，SERVQUAL 模型称为保证性（assurance）。',
            questions: [
                '客户到来后，多久、以什么方式被招呼？',
                '服务出了问题，由谁道歉，怎么说？',
                '服务人员的哪些言谈举止，让客户愿意信任他们？'
            ],
            example: '火锅吃完结账，刷卡机两次没有信号。服务员连声道歉，看出客人着急，客气地问能否改用现金，结完账又再次致歉。'
                + '几周过去，客人仍记得这位服务员。'
        },
        empathy: {
            name: '移情性',
            judges: '服务人员能否设身处地：留意客户的情绪和个别需要，跟着客户的节奏走，而不是让客户迁就自己。',
            questions: [
                '此刻客户可能是什么心情：着急、担心，还是尴尬？',
                '客户赶时间和不赶时间时，剧本有没有不同的做法？',
                '有哪些个人需要，服务人员不等客户开口就能察觉？'
            ],
            example: '新加坡航空教导空乘：专业服务要与客户保持同样的节奏。客户着急时，要表现出紧迫感；客户从容时，适度提醒即可，不要直接催促。'
        },
        tangibles: {
            name: '有形性',
            judges: '客户看得见、摸得着的一切：场所、设备、资料、员工的仪表。看不见的服务质量，客户往往从这些有形证据去推断。',
            questions: [
                '这里客户看到或接触到什么？用 `evidence` 写出来。',
                '客户到来时，设备能正常使用、物品齐备吗？',
                '哪一件小物品能让这个时刻更顺手？'
            ],
            example: '火锅店给戴眼镜的客人递上擦镜布，给放在桌上的手机套一个小袋子防溅。'
                + '反过来，自动柜员机旁的笔用完了没人补，没有谁怠慢客户，体验照样打了折扣。'
        }
    },

    terms: {
        ...journeyTerms,
        service: {
            name: '服务',
            text: '一项服务，写成一出剧（服务剧本）：观众、演员、道具和场景，按客户经历的先后排列。'
                + '每一步都从客户的角度写。一个文件里可以有多项服务和多个规范。',
            usage: 'service 火锅晚餐 "周末火锅晚餐" { … }'
        },
        audience: {
            name: '观众',
            text: '一类客户画像：接受服务的人。用 `pace`（urgent、normal 或 relaxed）写明他们的节奏，剧本才能跟着客户的节奏走。',
            usage: 'audience 食客 "周末来吃火锅的客人" { pace relaxed }'
        },
        pace: {
            name: '客户节奏',
            text: '这类客户希望的快慢：`urgent`（着急）、`normal`（一般）或 `relaxed`（从容）。好的服务跟随客户的节奏，而不是自己的节奏。',
            example: '新加坡航空的准则：客户着急时表现出紧迫感，客户从容时适度提醒。',
            usage: 'pace urgent'
        },
        urgent: {
            name: '着急',
            text: '这类客户赶时间。要表现出紧迫感、缩短每一步，并给每个触点写一条带 `within` 时限的响应性期待。'
        },
        normal: {
            name: '一般节奏',
            text: '不赶时间，也不闲散。等待要短，并且有交代。'
        },
        relaxed: {
            name: '从容',
            text: '这类客户有时间，也想好好享受。适度提醒，不要催促；用心的慢，胜过匆忙的快。'
        },
        actor: {
            name: '演员',
            text: '舞台上的人：为观众提供服务的员工。`frontstage` 演员与客户直接接触，`backstage` 演员在客户看不到的地方工作。'
                + '在触点里，演员按名字出场表演。',
            usage: 'actor 迎宾 frontstage "门口迎客的服务员"'
        },
        system: {
            name: '支持系统',
            text: '支持流程或系统：支付通道、预订系统、后厨出单屏。它为服务客户的员工提供支持，'
                + '在当面或电话接触中不能单独面对客户。'
                + '`frontstage` 系统则是客户自己操作的技术（应用、自助终端、语音导航、聊天机器人、自动柜员机），也就是自助服务。',
            usage: 'system 收银系统 support "刷卡机和银行通道"'
        },
        support: {
            name: '支持',
            text: '把系统标为支持流程：服务蓝图最下面的一条泳道，在内部互动线之下。“前台服务客户，后台服务前台。”'
        },
        frontstage: {
            name: '前台',
            text: '台前接触：这个演员做的事，客户看得见、听得到。前台行为位于可视线之上；当面和电话接触都需要前台演员。'
        },
        backstage: {
            name: '后台',
            text: '客户看不到的地方，在可视线之下：后厨、调度、做准备的团队。每个后台演员都应支持某个客户接触到的触点，且不单独面对客户。'
        },
        prop: {
            name: '道具',
            text: '有形证据：客户看到或接触到的东西，如设备、资料、场所本身。先在这里声明，再在触点里用 `evidence` 展示；'
                + '有形性就是靠道具写进剧本的。',
            usage: 'prop 刷卡机 "POS 刷卡机"'
        },
        scene: {
            name: '场景',
            text: '客户旅程中的一个阶段，按先后排列：排队、点菜、结账。场景按发生顺序包含触点，还可以写明 `setting`（布景）和时间 `budget`（预算）。',
            usage: 'scene 排队等位 "等位" { budget 20 min … }'
        },
        setting: {
            name: '布景',
            text: '这一幕在哪里上演：哪个房间、哪个柜台、哪块屏幕。舞台给人的印象，不亚于演员的表演。',
            usage: 'setting "门口等位区，有长凳和零食台"'
        },
        budget: {
            name: '时间预算',
            text: '客户在整个场景里愿意接受的等待。每个触点最长的 `within` 时限，加起来不能超过它。',
            example: '点菜最多 5 min、上第一道菜最多 15 min，场景预算却只有 15 min：还没开吃，预算就用完了。',
            usage: 'budget 20 min'
        },
        touchpoint: {
            name: '触点（真实瞬间）',
            text: '真实瞬间（关键时刻）：客户与企业的一次接触，客户在这一刻评判整个企业。这一刻出的问题，往往当场无法挽回，只能在下一刻补救。'
                + '写明接触方式、客户行为、员工行为、有形证据，以及客户的期待。',
            questions: [
                '在这里，客户最起码期待什么？',
                '什么会毁掉这一刻？服务如何补救？'
            ],
            example: '迪士尼乐园每位游客一次游玩约有 74 个接触点：74 次可能让人失望，也是 74 次做得更好的机会。',
            usage: 'touchpoint 刷卡结账 face-to-face { … }'
        },
        'face-to-face': {
            name: '当面接触',
            text: '客户和员工面对面。说什么很重要，没说出口的同样重要：着装、姿态、表情、手里用的工具。'
        },
        phone: {
            name: '电话接触',
            text: '客户只听得到声音：语气、背后的专业知识和应答速度决定了印象。'
        },
        remote: {
            name: '遥距接触',
            text: '客户面对的是机器或资料，而不是人：自动柜员机、货架、自动售货机、应用程序。'
                + '设备好不好用、有没有维护好，决定了印象，所以要用 `evidence` 写明。',
            example: '自动柜员机旁的笔用完了，一直没人补上。没有谁态度不好，客户却对银行一肚子气。'
        },
        moment: {
            name: '关键时刻',
            text: '这个触点属于哪一类关键时刻：`buy-or-not`、`value-judgement`、`feedback`、`bad-news` 或 `repeated`；'
                + '同时属于几类时用逗号隔开。若是考验时刻，再加上 `trial`。',
            usage: 'moment bad-news trial'
        },
        'buy-or-not': {
            name: '买与不买的关键时刻',
            text: '客户决定买还是不买。任何挡在“买”前面的东西，比如等待、说不清的价格、没人回答的问题，都会让生意跑掉。'
        },
        'value-judgement': {
            name: '价值评判的关键时刻',
            text: '客户掂量自己得到的和付出的：账单、结果、花掉的时间。要让价值看得见。'
        },
        feedback: {
            name: '反馈的关键时刻',
            text: '客户告诉你感受如何，或者投诉。服务怎样倾听和回应，决定了客户下次还愿不愿意开口。'
        },
        'bad-news': {
            name: '坏消息的关键时刻',
            text: '服务不得不告诉客户不想听的事：延误、故障、拒绝。要用心安排：写一条移情性期待，或写明风险及其补救。',
            example: '结账时刷卡机坏了，服务员道歉，提出用现金结账作为出路，并感谢客人的耐心等待。'
        },
        repeated: {
            name: '永远重复的关键时刻',
            text: '每次光顾都会发生的时刻：招呼、排队、结账。小毛病在这里会累积，始终如一的好也会。'
        },
        trial: {
            name: '考验时刻',
            text: '决定忠诚的时刻：处理得好，客户可能一辈子忠诚；处理不好，客户可能永远离开。这类时刻要最先写、写得最细。'
        },
        customer: {
            name: '客户行为',
            text: '客户在这个触点里做什么，用客户自己的话来写。它构成服务蓝图的客户行为泳道；每个触点都需要一条。',
            usage: 'customer "到店，报出用餐人数"'
        },
        evidence: {
            name: '有形证据',
            text: '客户在这个触点看到或接触到的道具。在遥距接触中，这就是客户面对的全部。',
            usage: 'evidence 刷卡机, 小票'
        },
        expect: {
            name: '标准期待值',
            text: '客户在这一刻最起码的期待，标明五要素中的一个；加上 `within` 可以写时限。'
                + '每个触点至少要有一条（自己写的或来自规范），整项服务应覆盖全部五个要素。',
            usage: 'expect responsiveness "结账完成" within 2 min'
        },
        within: {
            name: '时限',
            text: '期待的结果最多可以花多长时间：一个数字加一个单位（`s`、`min`、`h`、`d`）。'
                + '响应性期待需要时限；每个触点最长的时限计入场景的时间预算。',
            usage: 'within 2 min'
        },
        risk: {
            name: '体验破坏因素',
            text: '可能毁掉这一刻的事：机器故障、等得太久、客户不想听的消息。每个风险都要有补救，因为 100 − 1 = 0：'
                + '一次糟糕的接触，就能抵消客户喜欢的其他一切。',
            usage: 'risk 刷卡机无信号 "刷卡机没有信号" { recovery "…" }'
        },
        recovery: {
            name: '复原性',
            text: '风险发生时，服务如何把事情扳回来：真诚地承认错误，并立即恢复服务。用 `by` 写明由谁补救，用 `within` 写明多快。',
            example: '乘客上船才发现，订票系统出错，他的三等舱铺位没有了。船员向他道歉，按三等舱的票价给他安排了二等舱铺位，乘客的怨气一下子就消了。',
            usage: 'recovery "道歉，提供现金或手机支付"'
        },
        delight: {
            name: '自发性',
            text: '客户没要求、也没想到的额外服务，或者满足客户不好意思开口的需要。它让这一刻超出标准期待。',
            example: '火锅店排队时的免费美甲；热气升起之前递上的擦镜布。',
            usage: 'delight "等位时免费美甲"'
        },
        adapt: {
            name: '适应性',
            text: '服务如何满足标准剧本没有涵盖的特殊或个人需要：轮椅、小孩、外语、过敏。大多数服务规范在这里是空白，所以要写下来。',
            usage: 'adapt "为小朋友准备儿童椅和塑料碗"'
        },
        applies: {
            name: '引用规范',
            text: '把一个规范里的期待带进这个触点，就像直接写在这里一样。规范可以写在工作区的另一个文件里。',
            usage: 'applies 标准问候'
        },
        norm: {
            name: '模块化服务规范',
            text: '有名字、可重复使用的一组期待，在触点里用 `applies` 引用：写一次，在同类时刻处处一致，再由各个触点补充个性化的内容。',
            example: '中国移动“沟通100”营业厅把一本厚厚的服务规范拆成对应各个关键时刻的模块：公司层面标准化，按地区、营业厅和关键时刻个性化。',
            usage: 'norm 标准问候 "标准问候" { expect assurance "目光接触，微笑" }'
        },
        s: { name: '秒', text: '时间单位：秒，例如 `within 10 s`。' },
        min: { name: '分钟', text: '时间单位：分钟，例如 `within 2 min` 或 `budget 20 min`。' },
        h: { name: '小时', text: '时间单位：小时，例如 `within 1 h`。' },
        d: { name: '天', text: '时间单位：天，例如 `within 3 d`。' }
    },

    journey: {
        frontstageSystem: '前台系统',
        labels: { audience: '服务对象', feeling: '预期感受', waits: '等候点', recoveredBy: '补救人' },
        allAudiences: '这项服务的全部观众',
        withinBound: bound => `${bound} 内`
    },

    declarations: {
        kinds: {
            service: '服务',
            audience: '观众',
            actor: '演员',
            system: '支持系统',
            prop: '道具',
            scene: '场景',
            touchpoint: '触点',
            risk: '体验破坏因素',
            norm: '规范'
        },
        scenePosition: (position, total, service) => `${service} 的第 ${position} 个场景（共 ${total} 个）`,
        inScene: scene => `属于场景 ${scene}`,
        actsIn: (touchpoints, scenes) => `在 ${scenes} 个场景的 ${touchpoints} 个触点中出场。`,
        shownIn: (touchpoints, scenes) => `在 ${scenes} 个场景的 ${touchpoints} 个触点中作为有形证据出现。`,
        appliedIn: (touchpoints, files) => `被 ${files} 个文件中的 ${touchpoints} 个触点引用。`,
        unused: '还没有触点用到它。',
        serviceSize: (scenes, touchpoints) => `${scenes} 个场景，${touchpoints} 个触点。`,
        sceneTouchpoints: (touchpoints, names) => touchpoints === 0
            ? '还没有触点。'
            : `${touchpoints} 个触点：${names}。`,
        risks: (total, withoutRecovery) => withoutRecovery > 0
            ? `${total} 个风险，其中 ${withoutRecovery} 个没有补救。`
            : `${total} 个风险，都有补救。`,
        delights: n => `${n} 个自发性惊喜。`,
        labels: {
            pace: '节奏',
            setting: '布景',
            budget: '时间预算',
            moment: '关键时刻',
            expectations: '期待',
            covers: '已覆盖',
            missing: '尚未覆盖',
            recovery: '补救'
        },
        trial: '考验时刻',
        noExpectation: '还没有期待：用 `expect` 或 `applies` 至少写一条。',
        noRecovery: '还没有补救：100 − 1 = 0。',
        listSeparator: '、'
    }
};
