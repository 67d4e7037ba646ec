import type { HelpTexts } from './help-texts.js';

/** 服务旅程的深入概念：前台系统、在线接触与视频接触、等待、预期感受、by 与 for。 */
const journeyTerms: Pick<HelpTexts['terms'], 'chat' | 'video' | 'wait' | 'feeling' | 'by' | 'for'> = {
    chat: {
        name: '在线接触',
        text: '隔着距离的文字对话，对面可能是人，也可能是机器人：网页客服、即时通讯、应用里的在线客服。'
            + '和电话接触一样，回复的速度、语气和专业程度决定了印象。只有机器人应答时，要给客户留一条转人工的路。'
    },
    video: {
        name: '视频接触',
        text: '镜头里的一个人：视频问诊、屏幕上的顾问。表情、声音和举止都像当面一样重要，画面和声音也一样：'
            + '画面一卡住，再亲切的声音也打了折扣。'
    },
    wait: {
        name: '等待',
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
        judges: '客户看重什么',
        questions: '对照剧本问一问',
        example: '例子',
        rules: '相关规则'
    },
    friendlinessNote: '`friendliness` 和 `assurance` 是同一个要素（友好性）的两种写法，检查五要素是否覆盖时只算一个。',

    elements: {
        reliability: {
            name: '可靠性',
            judges: '服务有没有做对、做稳：不出差错，万一出了错能马上纠正；服务人员手艺熟练，碰上意外也应付得专业。',
            questions: [
                '这一步哪里绝不能出错？剧本有没有写清“做对”是什么样子？',
                '一旦出错，谁最先发现，多快能补救？',
                '客户在哪一刻能看出自己遇到的是行家？'
            ],
            example: '一档电视节目里拍到这样一段：代驾师傅赶到后，头一件事是把工牌递给车主看，好让对方知道来的是谁。'
                + '车开到半路，客人一阵反胃，师傅一边好言安抚，一边把车停到路边，拉开车门。两个细节下来，客人觉得这位师傅够专业，车交给他放心。'
        },
        responsiveness: {
            name: '响应性',
            judges: '服务反应快不快。等待要短；实在免不了等，就告诉客户为什么要等、还要等多久，让他看得到进度，手上也有事可做，心里少些焦虑。',
            questions: [
                '这个时刻客户最多能等多久？用 `within` 写下来。',
                '等待期间，客户看得到进度吗，还是只能干等？',
                '什么能让等待显得短一些：排号、说明原因、吃点东西或找点事做？'
            ],
            example: '一家生意火爆的火锅店，等位的客人手里有号码牌，旁边有水果和小零食，还能顺便做个免费美甲。'
                + '该等的还是要等，可客人知道还要等多久，这段时间也不难熬。'
        },
        assurance: {
            name: '友好性',
            judges: '服务人员是否礼貌、热情、让人信得过：客户觉得自己受欢迎，被照顾得妥妥当当。'
                + '中文的服务体验文章多把这个要素叫作友好性；SERVQUAL 模型里与它对应的是保证性（assurance）。关键字 `assurance` 和 `friendliness` 都指它。',
            questions: [
                '客户进门后，多久有人招呼？怎么招呼？',
                '服务出了问题，由谁道歉，怎么说？',
                '服务人员的哪些言谈举止，让客户愿意信任他们？'
            ],
            example: '吃完火锅去结账，刷卡机接连两次连不上信号。朋友还在门口等着，客人有些不耐烦；服务员看在眼里，一再赔不是，'
                + '客气地问能不能改付现金，收完钱又道了一次歉。过了好几个星期，客人说起这件事还记得清清楚楚。'
        },
        empathy: {
            name: '移情性',
            judges: '服务人员能不能设身处地：留意客户的情绪和个人需要，跟着客户的节奏走，而不是让客户迁就自己。',
            questions: [
                '此刻客户可能是什么心情：着急、担心，还是尴尬？',
                '客户赶时间和不赶时间时，剧本有没有不同的做法？',
                '有哪些个人需要，服务人员不等客户开口就能察觉？'
            ],
            example: '新加坡航空的一位资深教员在一堂培训课上讲过：专业的服务，要跟上客户的节奏。'
                + '客户急，你就得让他看到你也在替他着急；客户不急，提醒一句就够了，别去催。'
        },
        tangibles: {
            name: '有形性',
            judges: '客户看得见、摸得着的一切：场所、设备、资料、员工的仪表。看不见的服务质量，客户往往从这些有形证据去推断。',
            questions: [
                '这里客户看到或接触到什么？用 `evidence` 写出来。',
                '客户到来时，设备能正常使用、物品齐备吗？',
                '哪一件小物品能让这个时刻更顺手？'
            ],
            example: '在一家火锅店里，戴眼镜的客人会收到一块擦镜布，搁在桌上的手机有个塑料袋套着，不怕溅上汤汁。'
                + '反过来，银行自动柜员机旁的笔早就没了，也没人补上：谁都没有怠慢客户，印象照样打了折扣。'
        }
    },

    terms: {
        ...journeyTerms,
        service: {
            name: '服务',
            text: '把一项服务写成一出戏，就是一份服务剧本：有观众、演员、道具和场景，按客户经历的先后顺序展开。'
                + '每一步都站在客户的角度来写。一个文件里可以写多项服务和多个规范。',
            usage: 'service 火锅晚餐 "周末火锅晚餐" { … }'
        },
        audience: {
            name: '观众',
            text: '观众就是接受服务的客户，一个观众代表一类客户。用 `pace` 写明他们的节奏（`urgent`、`normal` 或 `relaxed`），剧本才能跟上客户。',
            usage: 'audience 食客 "周末来吃火锅的客人" { pace relaxed }'
        },
        pace: {
            name: '客户节奏',
            text: '这类客户希望多快：`urgent`（着急）、`normal`（正常）或 `relaxed`（从容）。好的服务跟着客户的节奏走，而不是按自己的节奏来。',
            example: '新加坡航空的一位资深教员在课上这样讲：客户急，你也要急客户之所急；客户不急，轻轻提醒就好。',
            usage: 'pace urgent'
        },
        urgent: {
            name: '着急',
            text: '这类客户赶时间。要让他们看到你也着急，每一步都尽量短，每个触点都写一条带 `within` 时限的响应性期待。'
        },
        normal: {
            name: '正常节奏',
            text: '不赶时间，也不磨蹭。等待要短，还要向客户交代清楚。'
        },
        relaxed: {
            name: '从容',
            text: '这类客户有时间，也想好好享受。适度提醒，不要催促；用心的慢，胜过匆忙的快。'
        },
        actor: {
            name: '演员',
            text: '在台上为观众提供服务的员工。前台（`frontstage`）演员直接和客户打交道，后台（`backstage`）演员在客户看不到的地方做事。'
                + '在触点里写上演员的名字，就是让他出场。',
            usage: 'actor 迎宾 frontstage "门口迎客的服务员"'
        },
        system: {
            name: '支持系统',
            text: '支撑服务的系统或流程，比如支付通道、预订系统、后厨的出单屏。它为直接服务客户的员工提供支持；'
                + '在当面、电话、在线和视频接触中，不能让它单独面对客户。'
                + '`frontstage` 系统则是客户自己操作的技术，比如应用、自助终端、语音导航、聊天机器人、自动柜员机，也就是自助服务。',
            usage: 'system 收银系统 support "刷卡机和银行通道"'
        },
        support: {
            name: '支持',
            text: '把系统标为支持过程：它画在服务蓝图最底下的泳道里，位于内部互动分界线之下。“前台服务客户，后台服务前台。”'
        },
        frontstage: {
            name: '前台',
            text: '这个演员做的事，客户看得见、听得到。前台行为画在可视分界线之上；当面接触和电话接触都少不了前台演员。'
        },
        backstage: {
            name: '后台',
            text: '在客户看不到的地方做事，画在可视分界线之下：后厨、调度、做准备工作的团队。每个后台演员都应当支持某个有客户参与的触点，而且不单独面对客户。'
        },
        prop: {
            name: '道具',
            text: '道具就是有形证据：客户看得到、碰得到的东西，比如设备、印刷品，乃至场所本身。先在这里声明，再在触点里用 `evidence` 把它摆出来；'
                + '有形性就是靠道具写进剧本的。',
            usage: 'prop 刷卡机 "POS 刷卡机"'
        },
        scene: {
            name: '场景',
            text: '客户旅程中的一个阶段，比如排队、点菜、结账，按先后顺序排列。场景里的触点也按发生的顺序来写；还可以写明布景（`setting`）和时间预算（`budget`）。',
            usage: 'scene 排队等位 "等位" { budget 20 min … }'
        },
        setting: {
            name: '布景',
            text: '这个场景在哪里上演：哪个房间、哪个柜台、哪块屏幕。舞台给客户的印象，不亚于演员的表演。',
            usage: 'setting "门口等位区，有长凳和零食台"'
        },
        budget: {
            name: '时间预算',
            text: '客户在整个场景里愿意等多久。场景中每个触点最长的 `within` 时限，加起来不能超过它。',
            example: '点菜最多 5 分钟，上第一道菜最多 15 分钟，场景的预算却只有 15 分钟：还没开吃，预算就用完了。',
            usage: 'budget 20 min'
        },
        touchpoint: {
            name: '触点',
            text: '触点是客户与服务方的一次接触，也就是服务管理里说的“真实瞬间”：客户在这一刻评判的是整个企业。'
                + '这一刻出了问题，往往当场无法挽回，只能在下一次接触中补救。写明接触方式、客户行为、员工行为、有形证据，以及客户的期待。',
            questions: [
                '在这里，客户最起码期待什么？',
                '什么会毁掉这一刻？服务如何补救？'
            ],
            example: '迪士尼乐园算过，一位游客玩一趟，平均要和乐园接触 74 次左右：74 次可能让人失望，也就有 74 次做得更好的机会。',
            usage: 'touchpoint 刷卡结账 face-to-face { … }'
        },
        'face-to-face': {
            name: '当面接触',
            text: '客户和员工面对面。说什么很重要，没说出口的同样重要：着装、姿态、表情、手里用的工具。'
        },
        phone: {
            name: '电话接触',
            text: '客户只听得到声音：语气如何、懂不懂行、回答得快不快，决定了客户的印象。'
        },
        remote: {
            name: '远程接触',
            text: '客户面对的是机器或资料，而不是人：自动柜员机、货架、自动售货机、应用程序。'
                + '设备好不好用、有没有维护好，决定了客户的印象，所以要用 `evidence` 写明。',
            example: '自动柜员机旁的笔用完了，一直没人补上。没有谁态度不好，客户却对银行一肚子气。'
        },
        moment: {
            name: '关键时刻',
            text: '这个触点属于哪一类关键时刻：买与不买（`buy-or-not`）、价值评判（`value-judgement`）、反馈（`feedback`）、'
                + '坏消息（`bad-news`）或重复（`repeated`）；同时属于几类时，用逗号隔开。如果它还是考验时刻，再加上 `trial`。',
            usage: 'moment bad-news trial'
        },
        'buy-or-not': {
            name: '买与不买时刻',
            text: '客户决定买还是不买。任何挡在“买”前面的东西，比如等待、说不清的价格、没人回答的问题，都会让生意跑掉。'
        },
        'value-judgement': {
            name: '价值评判时刻',
            text: '客户掂量自己得到的和付出的：账单、结果、花掉的时间。要让价值看得见。'
        },
        feedback: {
            name: '反馈时刻',
            text: '客户告诉你感受如何，或者投诉。服务怎样倾听和回应，决定了客户下次还愿不愿意开口。'
        },
        'bad-news': {
            name: '坏消息时刻',
            text: '服务不得不告诉客户不想听的事：延误、故障、拒绝。要用心安排：写一条移情性期待，或写明风险及其补救。',
            example: '结账时刷卡机坏了。服务员先道歉，再请客人改付现金，最后谢谢客人耐心等待。'
        },
        repeated: {
            name: '重复时刻',
            text: '每次光顾都少不了的时刻：打招呼、排队、结账。小毛病在这里越积越多，始终如一的好也一样会积累下来。'
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
            text: '客户在这个触点看到或接触到的道具。在远程接触中，这就是客户面对的全部。',
            usage: 'evidence 刷卡机, 小票'
        },
        expect: {
            name: '期待',
            text: '客户在这一刻最起码的期待（评估关键时刻时所说的“标准期待值”），并标明它属于五要素中的哪一个；加上 `within` 可以写时限。'
                + '每个触点至少要有一条期待（自己写的，或来自规范），整项服务的期待应覆盖全部五个要素。',
            usage: 'expect responsiveness "结账完成" within 2 min'
        },
        within: {
            name: '时限',
            text: '期待的结果最多可以花多长时间：一个数字加一个单位（`s`、`min`、`h`、`d`）。'
                + '响应性期待需要时限；每个触点最长的时限计入场景的时间预算。',
            usage: 'within 2 min'
        },
        risk: {
            name: '风险',
            text: '可能毁掉这一刻的事，也就是评估关键时刻时所说的“体验破坏因素”：机器故障、等得太久、客户不想听的消息。'
                + '每个风险都要有补救，因为 100 − 1 = 0：一次糟糕的接触，就能抵消客户喜欢的其他一切。',
            usage: 'risk 刷卡机无信号 "刷卡机没有信号" { recovery "…" }'
        },
        recovery: {
            name: '补救',
            text: '风险真的发生时，服务怎样补救、把局面扳回来：真诚认错，马上把该给客户的服务补上。服务接触的技巧里把这叫作“复原性”。'
                + '用 `by` 写明由谁补救，用 `within` 写明多快补救到位。',
            example: '订票系统出了差错，一位旅客上了船，三等舱里却没有他的铺位。船上的管理人员先赔了不是，当即把他安排进二等舱，只收三等舱的钱。'
                + '他原本憋着一肚子火，这下气全消了，对船上的服务反倒印象不错。',
            usage: 'recovery "道歉，提供现金或手机支付"'
        },
        delight: {
            name: '惊喜',
            text: '客户没要求、也没想到的额外服务，或者客户不好意思开口、却被服务人员想到了的需要。'
                + '服务接触的技巧里，这种主动多做一点叫作“自发性”（spontaneity）；客户感受到的，就是惊喜。惊喜让这一刻超出客户的期待。',
            example: '火锅店排队时的免费美甲；热气升起之前递上的擦镜布。',
            usage: 'delight "等位时免费美甲"'
        },
        adapt: {
            name: '适应',
            text: '标准剧本没写到的特殊需要或个人需要，服务怎样去满足：轮椅、小孩、外语、过敏。服务接触的技巧里把这叫作“适应性”。'
                + '大多数服务规范在这里是一片空白，所以要写下来。',
            usage: 'adapt "为小朋友准备儿童椅和塑料碗"'
        },
        applies: {
            name: '采用规范',
            text: '把一个规范里的期待带进这个触点，就像直接写在这里一样。规范可以写在工作区的另一个文件里。',
            usage: 'applies 标准问候'
        },
        norm: {
            name: '规范',
            text: '有名字、可以反复使用的一组期待（即“模块化服务规范”），在触点里用 `applies` 采用：写一次，同类时刻处处一致，各个触点再补上自己的内容。',
            example: '中国移动的“沟通100”营业厅，把原来厚厚一本服务规范按关键时刻拆成一个个模块：全公司统一的部分讲标准，各地区、各营业厅、各个时刻再体现各自的特点。',
            usage: 'norm 标准问候 "标准问候" { expect assurance "目光接触，微笑" }'
        },
        s: { name: '秒', text: '时间单位：秒，例如 `within 10 s`。' },
        min: { name: '分钟', text: '时间单位：分钟，例如 `within 2 min` 或 `budget 20 min`。' },
        h: { name: '小时', text: '时间单位：小时，例如 `within 1 h`。' },
        d: { name: '天', text: '时间单位：天，例如 `within 3 d`。' }
    },

    journey: {
        frontstageSystem: '前台系统',
        labels: { audience: '服务对象', feeling: '预期感受', waits: '等待', recoveredBy: '补救人' },
        allAudiences: '这项服务的全部观众',
        withinBound: bound => `${bound} 内`,
        waitBound: bound => `（最多 ${bound}）`
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
            risk: '风险',
            norm: '规范'
        },
        scenePosition: (position, total, service) => `${service} 的第 ${position} 个场景（共 ${total} 个）`,
        inScene: scene => `属于场景 ${scene}`,
        actsIn: (touchpoints, scenes) => `在 ${scenes} 个场景的 ${touchpoints} 个触点中出场。`,
        shownIn: (touchpoints, scenes) => `在 ${scenes} 个场景的 ${touchpoints} 个触点中作为有形证据出现。`,
        appliedIn: (touchpoints, files) => `被 ${files} 个文件中的 ${touchpoints} 个触点采用。`,
        unused: '还没有触点用到它。',
        serviceSize: (scenes, touchpoints) => `${scenes} 个场景，${touchpoints} 个触点。`,
        sceneTouchpoints: (touchpoints, names) => touchpoints === 0
            ? '还没有触点。'
            : `${touchpoints} 个触点：${names}。`,
        risks: (total, withoutRecovery) => withoutRecovery > 0
            ? `${total} 个风险，其中 ${withoutRecovery} 个没有补救。`
            : `${total} 个风险，都有补救。`,
        delights: n => `${n} 个惊喜。`,
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
    },
    rename: {
        nothingToRename: '只有声明过的名字，或用到这个名字的地方，才能重命名。',
        notAName: name => `“${name}”不能用作名字：名字以字母或下划线开头，后面只能是字母、数字或下划线（不能有空格、引号或其他符号）。`,
        keyword: (name, twin) => `“${name}”是本语言的关键字（${twin}），不能用作名字。`,
        taken: (kind, name, where) => `${name} 已被使用（${kind}，${where}）：重名之后就分不清是哪一个了。`,
        onLine: line => `第 ${line} 行`,
        inFile: (file, line) => `${file} 第 ${line} 行`
    },

    studio: {
        title: '服务剧本工作室',
        specs: '剧本',
        open: '打开…',
        save: '保存',
        download: '下载 .drama',
        exportBlueprint: '导出蓝图',
        language: '语言',
        service: '服务',
        saved: file => `${file} 已保存`,
        saveFailed: (file, reason) => `${file} 保存失败：${reason}`,
        openFailed: (file, reason) => `${file} 打开失败：${reason}`,
        unsaved: '有未保存的修改',
        problems: (errors, warnings, infos) => `${errors} 个错误，${warnings} 个警告，${infos} 条提示`,
        noProblems: '没有问题',
        drawing: '正在绘制服务蓝图…',
        drawFailed: reason => `无法绘制服务蓝图：${reason}`,
        singleSpec: '从本地文件打开：一次编辑一个剧本。“保存”会把它下载到本机，不会发送到任何地方。',
        folder: name => `文件夹 ${name}`
    },

    editor: {
        fixAll: '修复所有无需斟酌的 Service Drama 问题',
        sceneTotal: (total, budget) => `合计 ${total}（预算 ${budget}）`,
        sceneTotalTooltip: '各触点最长的 within 时限之和：scene-budget 规则拿它与预算比较。',
        normAdds: n => `+${n} 条期待`,
        pickTemplate: '为新剧本选一个模板',
        templates: {
            'first-service': { label: '第一份剧本：外带咖啡', detail: '一份带注释的完整小剧本：演员、道具、场景时间预算、规范，以及带补救的风险' },
            'empty-service': { label: '空白服务', detail: '一个观众、一个演员、一个场景、一个触点，等你来填' }
        }
    },

    blueprint: {
        languageTag: 'zh-CN',
        title: service => `服务蓝图：${service}`,
        rows: {
            evidence: '有形证据',
            customer: '客户行为',
            frontstage: '前台行为',
            backstage: '后台行为',
            support: '支持过程',
            expectations: '期待',
            risks: '风险与补救',
            notes: '惊喜与适应',
            feeling: '情绪曲线'
        },
        lines: {
            interaction: '互动分界线',
            visibility: '可视分界线',
            internal: '内部互动分界线'
        },
        chips: { reliability: '可靠', responsiveness: '响应', assurance: '友好', empathy: '移情', tangibles: '有形' },
        chipTooltip: (element, covered) => `${element}：${covered ? '已覆盖' : '尚未覆盖'}`,
        keyword: keyword => chineseTexts.terms[keyword].name,
        separator: ' · ',
        serviceName: name => `服务 ${name}`,
        budget: duration => `预算 ${duration}`,
        within: duration => `限时 ${duration}`,
        fromNorm: norm => `来自规范 ${norm}`,
        recovery: '补救',
        recoveryDetails: (by, within) => [by && `由 ${by} 负责`, within && `限时 ${within}`].filter(Boolean).join('，'),
        noRecovery: '没有补救',
        forAudience: audience => `只面向观众 ${audience}`,
        delight: '★ 惊喜',
        adaptation: '◆ 适应',
        finding: (severity, message, rule) => `${{ error: '错误', warning: '警告', info: '提示', hint: '提示' }[severity]}：${message}${rule ? `（${rule}）` : ''}`,
        audience: (name, pace) => `观众 ${name}${pace ? `（${pace}）` : ''}`,
        runningTime: (from, to) => `开始后 ${from} → ${to}`,
        timeBounds: (total, budget) => budget ? `时限合计 ${total}，预算 ${budget}` : `时限合计 ${total}`,
        overBudget: '超出预算',
        badges: { fail: '失', wait: '等', conflict: '冲' },
        failPoint: (risk, recovered) => `失误点：${risk}，${recovered ? '有补救' : '没有补救'}`,
        waitPoint: (within, text) => `等待点：“${text}”最多要等 ${within}`,
        boundConflict: (here, inNorm, norm) => `时限冲突：这个触点写 ${here}，规范 ${norm} 写 ${inNorm}；请只保留一个承诺`,
        feelingPoint: (score, text) => `情绪 ${score}：${text}`,
        legend: {
            boxes: '图例',
            lines: '分界线',
            elements: '触点覆盖的五要素（实心为已覆盖）',
            findings: '检查结果',
            expectation: '期待',
            risk: '风险及其补救',
            delight: '★ 惊喜',
            adaptation: '◆ 适应特殊需要',
            marker: severity => `${{ error: '错误', warning: '警告', info: '提示' }[severity]}（鼠标悬停可看详情）`,
            flow: '流程与时间',
            step: '表演的步骤，箭头指向下一步',
            handoff: '从一个触点到下一个触点',
            marks: '失误点、等待点与关键时刻',
            failRecovered: '有补救的失误点（圆形）',
            failUnrecovered: '没有补救的失误点（红色菱形）',
            wait: threshold => `等待点（方形）：写了时限的 wait；没有时，则是超过 ${threshold} 的响应性时限`,
            runningTime: '触点在旅程开始后何时开始、何时结束，按之前各触点的时限累计',
            timeWithin: '场景的时限合计在预算之内',
            timeOver: '时限合计超出预算（斜线）',
            trial: '考验时刻（粗边框，斜线标出整列）',
            conflict: '时限冲突：触点和所采用的规范对同一件事承诺了不同的时限（六边形，两张卡片上都有）',
            emotion: '情绪曲线',
            feelingCurve: '设计希望客户在每个触点的感受，从 −3 到 +3（鼠标悬停在点上可看文字）',
            feelingShapes: '正面情绪画成圆形，负面情绪画成向下的三角形，中性画成方形',
            feelingZero: '中性（0）',
            feelingGap: '没写情绪的触点之间用点线相连'
        },
        openBlueprint: '打开服务蓝图',
        preview: {
            title: '服务蓝图',
            tab: name => `服务蓝图：${name}`,
            service: '服务',
            zoomIn: '放大',
            zoomOut: '缩小',
            zoomReset: '原始大小',
            loading: '正在绘制服务蓝图…',
            noService: '这个文件还没有服务。写下 `service 名称 { … }`，蓝图就会出现在这里。',
            normsOnly: norms => `这个文件只有规范（${norms}），没有服务。规范本身不画蓝图：它的期待会出现在采用它的每个触点的“期待”一栏里。`,
            listSeparator: '、',
            failed: '无法绘制服务蓝图：',
            openSpecFirst: '请先打开一个服务剧本文件（.drama），再查看它的蓝图。',
            export: '导出…',
            exportTypes: { svg: 'SVG 矢量图', png: 'PNG 图片', html: '带图例的 HTML 网页' },
            exported: file => `服务蓝图已保存到 ${file}`,
            exportFailed: '服务蓝图保存失败：'
        }
    },

    cli: {
        noProblems: files => `✓ 检查了 ${files} 个文件，没有发现问题`,
        problems: ({ problems, errors, warnings, infos, files }) =>
            `✖ ${files} 个文件中有 ${problems} 个问题（${errors} 个错误，${warnings} 个警告${infos > 0 ? `，${infos} 条提示` : ''}）`,
        tooManyWarnings: (warnings, allowed) => `警告太多：${warnings} 个，最多允许 ${allowed} 个（--max-warnings）。`,
        blueprintWritten: (service, file) => `服务蓝图已写入 ${file}（服务：${service}）`,
        reportTitle: 'Service Drama 检查报告',
        columns: { where: '位置', severity: '严重程度', rule: '规则', message: '问题' },
        fixed: files => `已修复 ${files} 个文件。`,
        ignoredFiles: files => `按忽略规则略过了 ${files} 个文件（加 --no-ignore 可一并检查）。`,
        reportWritten: (format, file) => `${format} 报告已写入 ${file}`,
        initWritten: file => `已创建 ${file}`,
        initComments: {
            header: 'Service Drama：本文件夹下的剧本在 `service-drama lint` 和编辑器里的校验设置。\n每个剧本采用离它最近的上层 .servicedrama.json。可以像这样写注释。',
            extends: '先读取的基础配置：相对于本文件的路径，或一个 npm 包。',
            rules: '每条规则的严重程度："error"、"warning"、"info" 或 "off"。下面都是默认值。',
            overrides: '为部分剧本另设严重程度：glob 相对于本文件夹，后写的优先。',
            ignores: '不检查的剧本（glob，相对于本文件夹）；.gitignore 里列出的也不检查。'
        },
        noCjkFont: '警告：没有找到能显示中文的字体，PNG 里的中文字会缺失；请安装一种中文字体（例如 fonts-noto-cjk），或用 --font 指定字体文件'
    },

    survey: {
        problems: {
            unreadable: reason => `无法读取调查文件${reason ? `（${reason}）` : ''}：文件不存在，或在这里无法读取`,
            syntax: reason => `不是有效的 CSV 或 JSON：${reason}`,
            notAList: 'JSON 调查文件应是一个行的列表 [{ "service": …, "touchpoint": …, … }]，或 { "rows": [ … ] }',
            notAnObject: 'JSON 调查文件的每一行应是一个对象，字段为 service、touchpoint、element、expectation、perception、respondents',
            missingColumn: column => `缺少 ${column} 列（各列为 service、touchpoint、element、expectation、perception、respondents，可另加 wave）`,
            empty: column => `${column} 是空的`,
            unknownElement: value => `“${value}”不是五要素之一：可靠性、响应性、友好性、移情性、有形性（或 reliability、responsiveness、assurance、empathy、tangibles）`,
            notAScore: (column, value) => `${column} 的值“${value}”不是 1 到 7 之间的分数`,
            badRespondents: value => `respondents 的值“${value}”不是大于 0 的整数`,
            duplicate: line => `与第 ${line} 行完全相同：同一批受访者会被算两次`,
            unknownService: (service, known) => `没有剧本声明服务 ${service}${known ? `（剧本里的服务有 ${known}）` : ''}`,
            unknownTouchpoint: (service, touchpoint) => `服务 ${service} 里没有触点 ${touchpoint}`
        },
        problemsFound: problems => `调查文件里有 ${problems} 个问题：请修正这些行，或用 --lenient 跳过它们`,
        lintProblems: problems => `配置指定的调查文件里有 ${problems} 个问题：请修正这些行（service-drama gaps --lenient 可以跳过它们显示得分）`,
        skipped: problems => `调查文件里有 ${problems} 行因上述问题被跳过（--lenient）`,
        noSuchWave: (wave, waves) => `调查里没有 ${wave} 这一期；现有的各期：${waves}`,
        nothingMeasured: '调查文件里没有这些剧本中任何服务的数据',
        wave: wave => wave === '' ? '本次调查' : `第 ${wave} 期`,
        serviceHeading: (service, wave) => `${service}：感知与期待之差，${wave}`,
        columns: { touchpoint: '触点', score: '得分', respondents: '受访人数' },
        serviceLevel: '（整个服务）',
        elementScores: '各要素得分',
        servqualScore: (gap, respondents) => `SERVQUAL 得分（感知 − 期待）：${gap}，共 ${respondents} 位受访者`,
        scoreChange: (change, previous) => `（与${previous}相比 ${change}）`,
        weakest: (touchpoint, gap, element, trial) => `最弱的时刻：${touchpoint}（${gap}，${element}最低）`
            + (trial ? '——这是考验时刻：这里一次糟糕的体验会抵消许多好的体验（100 − 1 = 0）' : ''),
        unmeasuredHeading: '设计了但没有测量',
        undesignedHeading: '测量了但没有设计（剧本在这里没有承诺什么）',
        worseHeading: previous => `比${previous}变差的触点`,
        noneWorse: previous => `没有触点比${previous}变差。`,
        trialMark: '◆',
        hoverHeading: wave => `测得的服务质量（${wave}）`,
        hoverCell: (element, gap, expectation, perception, respondents) => `${element}：差距 ${gap}（期待 ${expectation}，感知 ${perception}，${respondents} 位受访者）`,
        hoverNotMeasured: elements => `设计了但没有测量：${elements}`,
        hoverNoData: '调查里没有这个触点的分数。',
        chipTooltip: (element, gap, expectation, perception, respondents) => `${element}：差距 ${gap}（期待 ${expectation}，感知 ${perception}，${respondents} 位受访者）`,
        legend: {
            title: '测得的差距（感知 − 期待）',
            bins: ['−1.5 及以下：远低于期待', '−1.5 到 −0.5：低于期待', '−0.5 到 +0.5：符合期待', '+0.5 到 +1.5：高于期待', '+1.5 及以上：远高于期待'],
            notMeasured: '设计了但未测量',
            undesigned: '测量了但未设计',
            column: '整列的底色：该触点的平均差距'
        }
    },

    messages: {
        grammarNames: {
            Element: '服务要素',
            Channel: '接触方式',
            MomentKind: '关键时刻类型',
            Stage: '舞台位置',
            Pace: '客户节奏',
            TimeUnit: '时间单位',
            Score: '感受（-3 到 +3 之间的整数）',
            ID: '名称',
            STRING: '带引号的文字',
            NUMBER: '数字',
            EOF: '文件结尾'
        },
        mismatch: (expected, found) => `此处应为 ${expected}，实际是 ${found}。`,
        topLevel: (found, service, norm) => `多余的 ${found}：文件顶层只能写 \`${service}\` 或 \`${norm}\`。`,
        unknownValue: (what, found, choices) => `未知的${what} ${found}，可以用：${choices}。`,
        unexpected: (found, choices) => `此处不能出现 ${found}，应为以下之一：${choices}。`,
        choiceSeparator: '、',
        unknownSuppressedRule: (directive, id) => `${directive} 里的规则 id '${id}' 不存在`,
        settingProblem: problem => `设置 ${problem}。规则使用默认的严重程度。`,
        configFileProblem: (file, problem) => `${file}：${problem}。修正之前，规则使用默认的严重程度。`,
        unexpectedCharacter: (shown, more) => more > 0 ? `无法识别的字符 ${shown}（其后还有 ${more} 个）。` : `无法识别的字符 ${shown}。`,
        feelingOutOfRange: written => `感受 ${written} 超出范围：请用 -3（很糟）到 +3（很好）之间的整数`,
        oneFeeling: (touchpoint, first) => `触点 ${touchpoint}：每个触点只写一个预期感受；这一刻已经写了 ${first}`
    },
    convert: {
        to: {
            zh: {
                action: '改用中文关键字',
                converted: (file, keywords) => `${file}：${keywords} 个关键字已改为中文`,
                written: (file, output, keywords) => `${file}：已用中文关键字写入 ${output}（改写了 ${keywords} 个关键字）`,
                unchanged: file => `${file}：已全部使用中文关键字，未作改动`
            },
            en: {
                action: '改用英文关键字',
                converted: (file, keywords) => `${file}：${keywords} 个关键字已改为英文`,
                written: (file, output, keywords) => `${file}：已用英文关键字写入 ${output}（改写了 ${keywords} 个关键字）`,
                unchanged: file => `${file}：已全部使用英文关键字，未作改动`
            }
        },
        syntaxErrorReason: line => `文件第 ${line} 行有语法错误；改正之后才能转换关键字。`,
        syntaxError: (file, line, column, message) => `${file}:${line}:${column}：文件有语法错误，未转换：${message}`,
        usage: `用法：service-drama convert --keywords zh|en 文件... [-o 输出]

把剧本里的每个关键字改写成中文（zh）或英文（en）：service 写作 服务，face-to-face 写作 当面，
10 min 写作 10 分钟。名字、文字、注释、引号、分隔符和空白都保持原样，所以再转换回来就得到原来的文件
（只有简写 分 会变回 分钟）。文件可以是剧本、文件夹或 glob。不加 -o 时，直接改写原文件。

选项：
  --keywords 语言     要写成的关键字语言：zh（中文）或 en（英文）
  -o, --output 输出   把转换后的剧本写到别处：一个剧本时是文件，多个剧本时是文件夹
                      （不存在就新建；每个剧本保持它在共同上层文件夹下的相对路径）
  --locale 语言       提示信息的语言：en 或 zh-CN
                      （默认取 LC_ALL、LC_MESSAGES 或 LANG，否则为 en）
  -h, --help          显示本帮助

有语法错误的剧本不作改动：只有能解析的文件，才能确定哪些词是关键字。

退出码：0 已转换，1 有剧本存在语法错误（未转换），2 用法或文件错误。`
    },
    keywordNames: {
        isKeyword: (name, twin) => `“${name}”是关键字（${twin}），不能用作名字：请换一个名字，或在它前后加几个字。`,
        missingSpace: (written, keyword, separated) => `“${written}”和后面的关键字 ${keyword} 连在了一起：请在 ${keyword} 前加一个空格（${separated}）。`
    }
};
