/**
 * The head-office standard for outlet service and sales (edition HO-2026-01),
 * as seed data. Figures follow the bank's documents (checked against
 * /work/shared/domain/facts.yaml by test/seeds/bank-standard.test.ts); the
 * wording is our own. Data only: the API's seeder loads it.
 */
import type { SeedStandard } from './types.js';

export const bankStandard: SeedStandard = {
  edition: {
    code: 'HO-2026-01',
    title: {
      zh: '总行网点服务销售流程标准（2026年第1版）',
      en: 'Head-office standard for outlet service and sales (2026, edition 1)',
    },
    summary: {
      zh: '本标准由总行制定，规定各类网点的人员配置、岗位职责、功能分区与设施、自助设备、客户分层服务以及服务销售规范。各级分行可在标注的调整权限内结合本地实际细化，网点据此制定落地方案；标为核心内容的条款，任何层级都必须保留。',
      en: 'Written by head office, this standard sets out how each kind of outlet is staffed, what each post does, how the floor is divided into zones and equipped, which self-service devices it needs, how clients are served by tier, and the rules for service and sales. Branches may tailor it to local conditions within the latitude marked on each item, and each outlet plans its own implementation from it. Items marked as core must be kept at every level.',
    },
  },

  supportRoles: [
    { code: 'GUARD_OR_THIRD_PARTY', name: { zh: '保安及第三方派驻人员', en: 'Security guards and third-party staff' } },
    { code: 'ALL_STAFF', name: { zh: '网点全体员工', en: 'All outlet staff' } },
  ],

  positions: [
    {
      code: 'OUTLET_HEAD',
      name: { zh: '网点负责人（行长）', en: 'Outlet head (president)' },
      reportsTo: 'UPPER_BRANCH',
      summary: {
        zh: '网点经营管理的第一责任人，统筹本网点服务销售流程的运转，对客户增长和销售业绩负总责。',
        en: "First in charge of the outlet: keeps its service-and-sales process running and answers for client growth and sales results.",
      },
      duties: {
        value: [
          { zh: '做好自我管理，合理安排个人工作重点，给团队做表率。', en: 'Manages their own time and priorities and sets the example for the team.' },
          { zh: '统筹调配网点的营业场地、岗位、人员、费用和设备等资源。', en: "Allocates the outlet's floor space, posts, people, budget and equipment." },
          { zh: '抓好服务管理，为中高端个人客户和公司客户组织差异化服务。', en: 'Runs service management, including differentiated service for mid/high-end individuals and corporate clients.' },
          { zh: '把上级下达的经营和销售指标分解到岗、落实到人，并跟踪完成情况。', en: 'Splits the business and sales targets handed down into goals for each post and person, and sees them met.' },
          { zh: '亲自维护网点的重点客户关系。', en: "Personally looks after the outlet's key client relationships." },
          { zh: '负责日常考勤，关注员工培养和职业成长。', en: 'Keeps daily attendance and develops the staff.' },
        ],
        policy: 'EXTEND_ONLY',
      },
      capabilities: [
        { zh: '能分析本网点的客户结构和周边市场，并据此制定经营计划。', en: "Can analyse the outlet's client base and local market and turn the analysis into a business plan." },
        { zh: '具备带队伍、做辅导和主持晨夕会、例会的能力。', en: 'Can lead and coach a team and chair huddles and regular meetings.' },
        { zh: '熟悉产品、业务制度和合规要求，能在现场果断决策。', en: 'Knows products, operating rules and compliance limits well enough to decide on the spot.' },
      ],
    },
    {
      code: 'DEPUTY_HEAD',
      name: { zh: '副行长', en: 'Deputy head (vice-president)' },
      reportsTo: 'OUTLET_HEAD',
      summary: {
        zh: '协助行长管理网点，分管营销或服务条线，把服务销售流程落到日常工作中。',
        en: 'Assists the outlet head and leads the sales or service line, turning the service-and-sales process into daily practice.',
      },
      duties: {
        value: [
          { zh: '组织分管条线的日常营销和服务工作。', en: 'Organizes the day-to-day sales and service work of the line they lead.' },
          { zh: '带领厅堂和柜面人员执行服务规范，现场检查和纠正。', en: 'Leads lobby and counter staff in following the service rules, checking and correcting on the floor.' },
          { zh: '跟踪分管指标的进度，及时向行长汇报。', en: 'Tracks progress on the targets in their line and keeps the outlet head informed.' },
          { zh: '行长不在岗时代为履行管理职责。', en: 'Stands in for the outlet head when the head is away.' },
        ],
        policy: 'EXTEND_ONLY',
      },
      capabilities: [
        { zh: '熟悉网点各岗位的业务流程和服务标准。', en: 'Knows the procedures and service standards of every post in the outlet.' },
        { zh: '具备现场管理、营销组织和员工辅导能力。', en: 'Can manage the floor, organize sales efforts and coach staff.' },
      ],
    },
    {
      code: 'LOBBY_MANAGER',
      name: { zh: '大堂经理', en: 'Lobby manager' },
      reportsTo: 'OUTLET_HEAD',
      summary: {
        zh: '厅堂的组织者，串联各功能区的枢纽，负责从来访客户中发现中高端个人客户和公司客户。',
        en: 'Runs the lobby and links the zones together; spots mid/high-end and corporate clients among visitors.',
      },
      duties: {
        value: [
          { zh: '解答客户关于产品和业务的咨询。', en: 'Answers client questions about products and services.' },
          { zh: '识别客户层级，把客户引导到相应的功能区和服务人员。', en: "Recognizes each client's tier and directs them to the right zone and staff member." },
          { zh: '迎送客户、分流引导，推广电子渠道。', en: 'Welcomes and sees off clients, routes them, and promotes electronic channels.' },
          { zh: '在厅堂开展产品营销。', en: 'Sells products in the lobby.' },
          { zh: '维护厅堂秩序，管理保安、保洁等第三方人员。', en: 'Keeps order in the lobby and supervises guards, cleaners and other third-party staff.' },
          { zh: '处理客户投诉和厅堂突发事件。', en: 'Handles complaints and incidents in the lobby.' },
          { zh: '收集客户的需求和意见，反馈给网点。', en: 'Gathers client needs and feedback and passes them on.' },
        ],
        policy: 'EXTEND_ONLY',
      },
      capabilities: [
        { zh: '察言观色、快速判断客户层级和需求的能力。', en: "Reads people quickly and judges a client's tier and needs." },
        { zh: '熟悉全部产品和渠道，能做简明的推介。', en: 'Knows all products and channels and can pitch them briefly.' },
        { zh: '沟通协调和处理投诉、突发事件的能力。', en: 'Communicates well and stays in control of complaints and incidents.' },
      ],
    },
    {
      code: 'LOBBY_GUIDE',
      name: { zh: '大堂引导员', en: 'Lobby guide' },
      reportsTo: 'LOBBY_MANAGER',
      summary: {
        zh: '承担厅堂的分流和辅助工作，让大堂经理腾出精力做营销。',
        en: 'Takes routing and support work off the lobby manager so the manager can concentrate on selling.',
      },
      duties: {
        value: [
          { zh: '分流客户，协助客户取号。', en: 'Routes clients and helps them take a queue number.' },
          { zh: '指导客户使用自助设备和电子渠道。', en: 'Shows clients how to use self-service devices and electronic channels.' },
          { zh: '做好柜台前的预处理：指导填单、复印证件、预先核验身份。', en: 'Prepares clients before they reach the counter: helps fill in forms, copies ID documents and pre-checks identity.' },
          { zh: '保持厅堂整洁，及时补充宣传资料和空白凭条，确保设备正常运行。', en: 'Keeps the hall tidy, restocks leaflets and blank forms, and makes sure the devices work.' },
        ],
        policy: 'EXTEND_ONLY',
      },
      capabilities: [
        { zh: '熟练操作各类自助设备和电子渠道。', en: 'Operates every self-service device and electronic channel with ease.' },
        { zh: '热情耐心，善于引导和疏导客流。', en: 'Friendly and patient; good at steering the flow of clients.' },
      ],
    },
    {
      code: 'CLOSED_COUNTER_TELLER',
      name: { zh: '封闭式柜员（现金）', en: 'Closed-counter teller (cash)' },
      reportsTo: 'OUTLET_HEAD',
      summary: {
        zh: '快速准确地办理现金类业务，同时做好“一句话营销”。',
        en: 'Handles cash business quickly and accurately, adding a one-sentence product pitch.',
      },
      duties: {
        value: [
          { zh: '严格按照会计核算和内控制度办理业务。', en: 'Processes transactions strictly under the accounting and internal-control rules.' },
          { zh: '结合系统提示的客户信息，用一句话向客户推介合适的产品。', en: 'Uses what the system shows about the client to suggest a suitable product in a single sentence.' },
          { zh: '发现有潜力的客户，及时转介给客户经理。', en: 'Refers promising clients to a relationship manager without delay.' },
        ],
        policy: 'EXTEND_ONLY',
      },
      capabilities: [
        { zh: '业务操作熟练、差错率低。', en: 'Works fast with very few errors.' },
        { zh: '能抓住办业务的间隙自然地开展营销。', en: 'Can slip a natural sales remark into the transaction.' },
      ],
    },
    {
      code: 'OPEN_COUNTER_TELLER',
      name: { zh: '开放式柜员（非现金）', en: 'Open-counter teller (non-cash)' },
      reportsTo: 'OUTLET_HEAD',
      summary: {
        zh: '办理非现金业务，同时提供咨询和销售，沉淀和维护潜力客户。',
        en: 'Handles non-cash business while advising and selling, and holds on to potential clients.',
      },
      duties: {
        value: [
          { zh: '在了解客户的基础上办理非现金业务。', en: 'Processes non-cash transactions after the know-your-customer checks.' },
          { zh: '为客户提供产品咨询并促成销售。', en: 'Advises clients on products and closes sales.' },
          { zh: '引导客户把业务迁移到电子渠道。', en: 'Moves clients over to electronic channels.' },
          { zh: '积累潜力客户名单。', en: 'Builds up a base of potential clients.' },
          { zh: '把有价值的客户推荐给客户经理。', en: 'Passes valuable clients on to a relationship manager.' },
        ],
        policy: 'EXTEND_ONLY',
      },
      capabilities: [
        { zh: '掌握理财、信用卡、电子银行等主要产品知识。', en: 'Knows the main products: wealth management, credit cards, e-banking.' },
        { zh: '善于通过交谈发掘客户需求。', en: 'Draws out client needs through conversation.' },
      ],
    },
    {
      code: 'RELATIONSHIP_MANAGER',
      name: { zh: '客户经理', en: 'Relationship manager' },
      reportsTo: 'OUTLET_HEAD',
      summary: {
        zh: '负责开发和维护中高端个人客户及公司客户。',
        en: 'Wins and keeps mid/high-end individual clients and corporate clients.',
      },
      duties: {
        value: [
          { zh: '以一对一或一对多的方式维护客户关系，办理客户层级的升级和降级。', en: 'Looks after clients one-to-one or one-to-many, and moves clients up or down a tier.' },
          { zh: '为客户设计产品组合，开展交叉销售。', en: 'Builds product bundles for clients and cross-sells.' },
          { zh: '拓展新客户，并做好尽职调查。', en: 'Finds new clients and carries out due diligence on them.' },
          { zh: '向上级汇报营销进展和业务机会。', en: 'Reports sales progress and opportunities upward.' },
        ],
        policy: 'EXTEND_ONLY',
      },
      capabilities: [
        { zh: '具备资产配置和综合金融服务方案设计能力。', en: 'Can allocate assets and design full-service financial solutions.' },
        { zh: '具备客户开发、关系维护和风险识别能力。', en: 'Can develop clients, keep relationships and recognize risk.' },
      ],
    },
  ],

  zones: [
    {
      code: 'CONSULTATION',
      name: { zh: '咨询服务区', en: 'Consultation and reception zone' },
      purpose: {
        zh: '客户进门后的第一个接触点，负责迎候、解答咨询、分流和业务预处理。',
        en: 'The first point of contact inside the door: welcome, questions, routing and pre-processing.',
      },
      principles: [
        { zh: '设在入口附近的醒目位置，客户一进门就能看到。', en: 'Placed near the entrance where every client sees it on arrival.' },
        { zh: '标识清楚、动线顺畅，便于把客户引向各功能区。', en: 'Clear signs and an easy path onward to every other zone.' },
        { zh: '留出填单和预处理的空间，缩短客户在柜台前的等待。', en: 'Room for form filling and pre-processing, so less time is spent at the counter.' },
      ],
      positions: ['LOBBY_MANAGER', 'LOBBY_GUIDE', 'RELATIONSHIP_MANAGER', 'GUARD_OR_THIRD_PARTY'],
      equipment: {
        value: [
          { code: 'RECEPTION_DESK', name: { zh: '咨询接待台', en: 'Reception desk' } },
          { code: 'QUEUE_TICKET_MACHINE', name: { zh: '排队取号机', en: 'Queue-ticket machine' } },
          { code: 'FORM_DESK_OR_SMART_FORM_FILLER', name: { zh: '填单台或智能填单机', en: 'Form desk or smart form filler' } },
          { code: 'DIRECTION_SIGNS', name: { zh: '引导标识', en: 'Direction signs' } },
          { code: 'REMINDER_SIGNS', name: { zh: '温馨提示牌', en: 'Reminder signs' } },
          { code: 'FORMS', name: { zh: '各类空白凭条', en: 'Blank forms' } },
          { code: 'FILLED_IN_FORM_SAMPLES', name: { zh: '填单示范样本', en: 'Filled-in form samples' } },
          { code: 'MOBILE_SERVICE_FOLDER', name: { zh: '移动服务夹', en: 'Mobile service folder' } },
        ],
        policy: 'EXTEND_ONLY',
      },
    },
    {
      code: 'MARKETING_INFO',
      name: { zh: '营销信息发布区', en: 'Marketing information zone' },
      purpose: {
        zh: '在客户经过的路线上发布产品和活动信息。',
        en: 'Puts product and campaign news along the route clients walk.',
      },
      principles: [
        { zh: '布置在客户必经的动线上，让客户顺路就能看到。', en: 'Set along the path every client takes, so the news is seen in passing.' },
        { zh: '可以与等候区、咨询区等合并设置，不强求单独成区。', en: 'May share space with the waiting or consultation zone; it need not stand alone.' },
        { zh: '信息及时更新，过期的宣传品当即撤下。', en: 'Kept up to date; out-of-date material comes down at once.' },
      ],
      positions: ['LOBBY_MANAGER', 'RELATIONSHIP_MANAGER'],
      equipment: {
        value: [
          { code: 'LCD_LED_SCREENS', name: { zh: '液晶/LED显示屏', en: 'LCD/LED screens' } },
          { code: 'INFORMATION_BOARD', name: { zh: '信息公告栏', en: 'Information board' } },
          { code: 'PRODUCT_DISPLAY_STAND', name: { zh: '产品展示架', en: 'Product display stand' } },
          { code: 'GIFT_DISPLAY_STAND', name: { zh: '礼品展示架', en: 'Gift display stand' } },
          { code: 'PRECIOUS_METAL_SAMPLE_STAND', name: { zh: '贵金属样品展柜', en: 'Precious-metal sample stand' } },
        ],
        policy: 'EXTEND_ONLY',
      },
    },
    {
      code: 'WAITING',
      name: { zh: '客户休息等候区', en: 'Waiting and lounge zone' },
      purpose: {
        zh: '让等候的客户坐得舒适、有一定私密感，同时接触到营销信息。',
        en: 'Lets waiting clients sit in comfort and some privacy while taking in marketing news.',
      },
      principles: [
        { zh: '座椅朝向宣传屏幕，同时保证能看到叫号显示。', en: 'Seats face the promotional screens but keep the queue display in view.' },
        { zh: '与柜台和贵宾区保持一定距离。', en: 'Kept apart from the counters and the VIP zone.' },
        { zh: '环境整洁，茶水和读物随时补足。', en: 'Clean and tidy, with drinks and reading matter always topped up.' },
      ],
      positions: ['LOBBY_MANAGER', 'LOBBY_GUIDE', 'RELATIONSHIP_MANAGER'],
      equipment: {
        value: [
          { code: 'SEATS', name: { zh: '座椅', en: 'Seats' } },
          { code: 'BROCHURE_RACK', name: { zh: '宣传折页架', en: 'Brochure rack' } },
          { code: 'MAGAZINE_RACK', name: { zh: '书报架', en: 'Magazine rack' } },
          { code: 'TEA_AND_DRINKS', name: { zh: '茶水饮品', en: 'Tea and drinks' } },
          { code: 'LCD_BROADCAST_SCREEN', name: { zh: '液晶播放屏', en: 'LCD broadcast screen' } },
          { code: 'QUEUE_DISPLAY', name: { zh: '叫号显示屏', en: 'Queue display' } },
          { code: 'BANKNOTE_COUNTER', name: { zh: '点钞机', en: 'Banknote counter' } },
        ],
        policy: 'EXTEND_ONLY',
      },
    },
    {
      code: 'CLOSED_COUNTER',
      name: { zh: '封闭式柜台服务区', en: 'Closed-counter zone' },
      purpose: {
        zh: '办理现金类业务的区域。',
        en: 'Where cash business is done.',
      },
      principles: [
        { zh: '符合安全防范的各项要求。', en: 'Meets every security requirement.' },
        { zh: '开放窗口数与客流相匹配，高峰时段及时增开。', en: 'Windows open in line with client flow, with more opened at peak times.' },
        { zh: '柜台摆放营销资料，方便柜员做“一句话营销”。', en: "Marketing material sits on the counter to support the teller's one-sentence pitch." },
      ],
      positions: ['CLOSED_COUNTER_TELLER', 'LOBBY_MANAGER'],
      equipment: {
        value: [
          { code: 'COUNTER', name: { zh: '柜台', en: 'Counter' } },
          { code: 'MARKETING_MATERIALS', name: { zh: '营销宣传资料', en: 'Marketing materials' } },
          { code: 'SERVICE_RATING_DEVICE', name: { zh: '服务评价器', en: 'Service rating device' } },
          { code: 'PIN_PAD', name: { zh: '密码键盘', en: 'PIN pad' } },
          { code: 'PENS', name: { zh: '签字笔', en: 'Pens' } },
          { code: 'SEATS', name: { zh: '座椅', en: 'Seats' } },
        ],
        policy: 'EXTEND_ONLY',
      },
    },
    {
      code: 'OPEN_COUNTER',
      name: { zh: '开放式柜台服务区', en: 'Open-counter zone' },
      purpose: {
        zh: '办理非现金业务，并与客户坐下来面对面深入交流。',
        en: 'Where non-cash business is done and clients sit down for a proper conversation.',
      },
      principles: [
        { zh: '采用低柜，营造平等、轻松的交流氛围。', en: 'Low counters that make for a relaxed conversation between equals.' },
        { zh: '靠近等候区和营销信息区，便于引导有需求的客户。', en: 'Close to the waiting and marketing zones, so interested clients are easy to bring over.' },
        { zh: '座位之间保持适当间隔，保护客户隐私。', en: 'Enough space between seats to protect client privacy.' },
      ],
      positions: ['OPEN_COUNTER_TELLER', 'RELATIONSHIP_MANAGER'],
      equipment: {
        value: [
          { code: 'COUNTER', name: { zh: '柜台', en: 'Counter' } },
          { code: 'MARKETING_MATERIALS', name: { zh: '营销宣传资料', en: 'Marketing materials' } },
          { code: 'SERVICE_RATING_DEVICE', name: { zh: '服务评价器', en: 'Service rating device' } },
          { code: 'PIN_PAD', name: { zh: '密码键盘', en: 'PIN pad' } },
          { code: 'PENS', name: { zh: '签字笔', en: 'Pens' } },
          { code: 'SEATS', name: { zh: '座椅', en: 'Seats' } },
          { code: 'E_RECEIPT_BOX', name: { zh: '电子回单箱', en: 'E-receipt box' } },
        ],
        policy: 'EXTEND_ONLY',
      },
    },
    {
      code: 'VIP',
      name: { zh: '贵宾客户服务区', en: 'VIP zone' },
      purpose: {
        zh: '为中高端个人客户和公司客户提供一对一服务。',
        en: 'One-to-one service for mid/high-end individuals and corporate clients.',
      },
      principles: [
        { zh: '与大众客户区域相对隔离，体现专属感和私密性。', en: 'Set apart from the mass-client areas so it feels exclusive and private.' },
        { zh: '大中型网点的贵宾区要扩大，并单独设置等候、封闭式柜台和开放式柜台区域。', en: 'In large and medium outlets it is enlarged, with its own waiting, closed-counter and open-counter areas.' },
        { zh: '配备可以安静洽谈的理财室。', en: 'Includes a quiet room for wealth-management talks.' },
      ],
      positions: ['RELATIONSHIP_MANAGER', 'LOBBY_MANAGER', 'CLOSED_COUNTER_TELLER'],
      equipment: {
        value: [
          { code: 'VIP_ROOM', name: { zh: '贵宾室', en: 'VIP room' } },
          { code: 'SOFA', name: { zh: '沙发', en: 'Sofa' } },
          { code: 'COFFEE_TABLE_OR_COFFEE_MACHINE', name: { zh: '茶几或咖啡机', en: 'Coffee table or coffee machine' } },
          { code: 'PLANTS', name: { zh: '绿植', en: 'Plants' } },
          { code: 'CANDY_DISH', name: { zh: '糖果盘', en: 'Candy dish' } },
          { code: 'PRODUCT_BOARDS', name: { zh: '产品展板', en: 'Product boards' } },
          { code: 'FINANCE_MAGAZINES', name: { zh: '财经杂志', en: 'Finance magazines' } },
        ],
        policy: 'EXTEND_ONLY',
      },
    },
    {
      code: 'SELF_SERVICE',
      name: { zh: '自助服务区', en: 'Self-service zone' },
      purpose: {
        zh: '承接小额现金和标准化业务，为柜台分流减压。',
        en: 'Takes small cash and routine transactions off the counters.',
      },
      principles: [
        { zh: '靠近入口设置，24小时开放的部分与营业厅做好安全隔离。', en: 'Near the entrance; any part open round the clock is securely separated from the banking hall.' },
        { zh: '设备间距合理，留出排队和保护操作隐私的空间。', en: 'Devices spaced to leave room for queuing and to keep each user private.' },
        { zh: '配备监控和求助电话，有人负责日常巡查。', en: 'Covered by cameras and a help phone, and checked regularly by a named person.' },
      ],
      positions: ['LOBBY_GUIDE', 'LOBBY_MANAGER', 'GUARD_OR_THIRD_PARTY'],
      equipment: {
        value: [
          { code: 'ATM', name: { zh: '自动取款机', en: 'ATM' } },
          { code: 'CASH_RECYCLER', name: { zh: '存取款一体机', en: 'Cash recycler' } },
          { code: 'MULTI_FUNCTION_TERMINAL', name: { zh: '多功能自助终端', en: 'Multi-function terminal' } },
          { code: 'E_BANKING_TERMINAL', name: { zh: '网上银行体验终端', en: 'E-banking terminal' } },
          { code: 'PHONE_BANKING', name: { zh: '电话银行', en: 'Phone banking' } },
          { code: 'SERVICE_HOTLINE_PHONE', name: { zh: '客服热线电话', en: 'Service hotline phone' } },
        ],
        policy: 'EXTEND_ONLY',
      },
    },
    {
      code: 'SUPPORT',
      name: { zh: '辅助功能区', en: 'Support zone' },
      purpose: {
        zh: '后台办公和团队文化建设的区域，在这里公开销售目标和完成进度。',
        en: 'Back office and team space, where sales targets and progress are put on show.',
      },
      principles: [
        { zh: '与客户活动区域分开。', en: 'Separate from the areas clients use.' },
        { zh: '醒目展示团队目标和每个人的完成进度。', en: "Shows the team's targets and each person's progress where everyone can see them." },
        { zh: '营造积极向上的团队氛围。', en: 'Builds a positive team spirit.' },
      ],
      positions: ['OUTLET_HEAD', 'ALL_STAFF'],
      equipment: {
        value: [
          { code: 'CULTURE_WALL', name: { zh: '文化墙', en: 'Culture wall' } },
          { code: 'STAR_EMPLOYEE_WALL', name: { zh: '明星员工榜', en: 'Star-employee wall' } },
        ],
        policy: 'EXTEND_ONLY',
      },
    },
  ],

  deviceTypes: [
    { code: 'ATM', name: { zh: '自动取款机', en: 'ATM' }, kind: 'SELF_SERVICE' },
    { code: 'CASH_RECYCLER', name: { zh: '存取款一体机', en: 'Cash recycler' }, kind: 'SELF_SERVICE' },
    { code: 'MULTI_FUNCTION_TERMINAL', name: { zh: '多功能自助终端', en: 'Multi-function terminal' }, kind: 'SELF_SERVICE' },
    { code: 'SMART_QUEUE_MACHINE', name: { zh: '智能排队机', en: 'Smart queue machine' }, kind: 'SMART' },
    { code: 'SMART_FORM_FILLER', name: { zh: '智能填单机', en: 'Smart form filler' }, kind: 'SMART' },
    { code: 'FX_EXCHANGE_MACHINE', name: { zh: '外币兑换机', en: 'Foreign-exchange machine' }, kind: 'SMART' },
    { code: 'LOW_COUNTER_CASH_MACHINE', name: { zh: '低柜现金机', en: 'Low-counter cash machine' }, kind: 'SMART' },
    { code: 'CARD_ISSUING_MACHINE', name: { zh: '自助发卡机', en: 'Card-issuing machine' }, kind: 'SMART' },
    { code: 'SAFE_DEPOSIT_BOXES', name: { zh: '自助保管箱', en: 'Safe-deposit boxes' }, kind: 'SMART' },
  ],

  categories: [
    {
      code: 'LARGE_FULL_FUNCTION',
      name: { zh: '大型全功能网点', en: 'Large full-function outlet' },
      description: {
        zh: '功能最齐全的网点：营销服务团队不少于12人，贵宾区扩大并自成体系，自助和智能设备成套配置，全面走出去营销。',
        en: 'The most complete kind of outlet: a sales-and-service team of 12 or more, an enlarged self-contained VIP area, a full set of self-service and smart devices, and an active programme of outbound marketing.',
      },
      marketingStaffMin: { value: 12, policy: 'RAISE_ONLY' },
      salesServiceStaffMin: null,
      lobbyStaffTotal: { value: { min: 4, max: 6 }, policy: 'RAISE_ONLY' },
      staffing: [
        { position: 'OUTLET_HEAD', value: { min: 1, max: 1 }, policy: 'LOCKED' },
        {
          position: 'DEPUTY_HEAD',
          value: { min: 1, max: 2 },
          policy: 'LOCKED',
          note: { zh: '副行长分管营销和服务。', en: 'Deputies lead sales and service.' },
        },
        {
          position: 'LOBBY_MANAGER',
          value: { min: 2, max: 3 },
          policy: 'RAISE_ONLY',
          note: { zh: '大堂经理以营销和转介为主。', en: 'Lobby managers concentrate on selling and referrals.' },
        },
        {
          position: 'LOBBY_GUIDE',
          value: { min: 0, max: null },
          policy: 'RAISE_ONLY',
          note: {
            zh: '引导员人数按需配置，与大堂经理合计控制在厅堂人员总数内；引导员负责分流、指导使用自助设备和维持秩序。',
            en: 'Guides as needed, within the lobby staff total together with the managers; they route clients, teach the self-service devices and keep order.',
          },
        },
      ],
      devices: [
        { deviceType: 'ATM', value: 1, policy: 'RAISE_ONLY' },
        { deviceType: 'CASH_RECYCLER', value: 2, policy: 'RAISE_ONLY' },
        { deviceType: 'MULTI_FUNCTION_TERMINAL', value: 2, policy: 'RAISE_ONLY' },
      ],
      smartDevices: {
        value: ['SMART_QUEUE_MACHINE', 'SMART_FORM_FILLER', 'FX_EXCHANGE_MACHINE', 'LOW_COUNTER_CASH_MACHINE', 'CARD_ISSUING_MACHINE', 'SAFE_DEPOSIT_BOXES'],
        policy: 'EXTEND_ONLY',
      },
      zones: [
        { zone: 'CONSULTATION', value: 'REQUIRED', policy: 'LOCKED' },
        {
          zone: 'MARKETING_INFO',
          value: 'REQUIRED',
          policy: 'LOCKED',
          note: { zh: '可与其他功能区合并设置。', en: 'May be combined with other zones.' },
        },
        { zone: 'WAITING', value: 'REQUIRED', policy: 'LOCKED' },
        { zone: 'CLOSED_COUNTER', value: 'REQUIRED', policy: 'LOCKED' },
        { zone: 'OPEN_COUNTER', value: 'REQUIRED', policy: 'LOCKED' },
        {
          zone: 'VIP',
          value: 'REQUIRED',
          policy: 'LOCKED',
          note: {
            zh: '贵宾区扩大设置，自带等候区、封闭式柜台区和开放式柜台区，把大众客户与中高端客户分开服务。',
            en: 'Enlarged, with its own waiting, closed-counter and open-counter areas, so mass clients and mid/high-end clients are served apart.',
          },
        },
        { zone: 'SELF_SERVICE', value: 'REQUIRED', policy: 'LOCKED' },
        { zone: 'SUPPORT', value: 'REQUIRED', policy: 'LOCKED' },
      ],
      outboundMarketing: {
        value: {
          zh: '充分开展走出去营销，定期组织进城镇、进企业、进市场、进社区活动。',
          en: 'Makes full use of outbound marketing, with regular campaigns into towns, enterprises, markets and communities.',
        },
        policy: 'LOCKED',
      },
      notes: [
        {
          zh: '源文件只说明12人中除行长和副行长外其余为营销服务人员，未单列营销服务人员的最低人数（按1名行长、1至2名副行长推算为9至10人）。',
          en: 'The source only says that, of the 12, everyone besides the head and deputies does sales and service; it gives no separate minimum (9 to 10 follows from 1 head and 1-2 deputies).',
        },
      ],
    },
    {
      code: 'MEDIUM_FULL_FUNCTION',
      name: { zh: '中型全功能网点', en: 'Medium full-function outlet' },
      description: {
        zh: '功能齐全、规模适中的网点：营销服务团队不少于6人，贵宾区和设备配置要求与大型网点相同。',
        en: 'A complete outlet of moderate size: a sales-and-service team of 6 or more, with the same VIP area and device requirements as a large outlet.',
      },
      marketingStaffMin: { value: 6, policy: 'RAISE_ONLY' },
      salesServiceStaffMin: { value: 4, policy: 'RAISE_ONLY' },
      lobbyStaffTotal: { value: { min: 3, max: 4 }, policy: 'RAISE_ONLY' },
      staffing: [
        { position: 'OUTLET_HEAD', value: { min: 1, max: 1 }, policy: 'LOCKED' },
        { position: 'DEPUTY_HEAD', value: { min: 1, max: 1 }, policy: 'LOCKED' },
        { position: 'LOBBY_MANAGER', value: { min: 1, max: 2 }, policy: 'RAISE_ONLY' },
        {
          position: 'LOBBY_GUIDE',
          value: { min: 0, max: null },
          policy: 'RAISE_ONLY',
          note: {
            zh: '引导员按需配置，与大堂经理合计控制在厅堂人员总数内，具体分工由网点自行安排。',
            en: 'Guides as needed, within the lobby staff total together with the managers; the outlet decides how to split the work.',
          },
        },
      ],
      devices: [
        { deviceType: 'ATM', value: 1, policy: 'RAISE_ONLY' },
        { deviceType: 'CASH_RECYCLER', value: 2, policy: 'RAISE_ONLY' },
        { deviceType: 'MULTI_FUNCTION_TERMINAL', value: 2, policy: 'RAISE_ONLY' },
      ],
      smartDevices: {
        value: ['SMART_QUEUE_MACHINE', 'SMART_FORM_FILLER', 'FX_EXCHANGE_MACHINE', 'LOW_COUNTER_CASH_MACHINE', 'CARD_ISSUING_MACHINE', 'SAFE_DEPOSIT_BOXES'],
        policy: 'EXTEND_ONLY',
      },
      zones: [
        { zone: 'CONSULTATION', value: 'REQUIRED', policy: 'LOCKED' },
        {
          zone: 'MARKETING_INFO',
          value: 'REQUIRED',
          policy: 'LOCKED',
          note: { zh: '可与其他功能区合并设置。', en: 'May be combined with other zones.' },
        },
        { zone: 'WAITING', value: 'REQUIRED', policy: 'LOCKED' },
        { zone: 'CLOSED_COUNTER', value: 'REQUIRED', policy: 'LOCKED' },
        { zone: 'OPEN_COUNTER', value: 'REQUIRED', policy: 'LOCKED' },
        {
          zone: 'VIP',
          value: 'REQUIRED',
          policy: 'LOCKED',
          note: {
            zh: '贵宾区扩大设置，自带等候区、封闭式柜台区和开放式柜台区，把大众客户与中高端客户分开服务。',
            en: 'Enlarged, with its own waiting, closed-counter and open-counter areas, so mass clients and mid/high-end clients are served apart.',
          },
        },
        { zone: 'SELF_SERVICE', value: 'REQUIRED', policy: 'LOCKED' },
        { zone: 'SUPPORT', value: 'REQUIRED', policy: 'LOCKED' },
      ],
      outboundMarketing: {
        value: {
          zh: '与大型网点一样充分开展走出去营销，定期进城镇、进企业、进市场、进社区。',
          en: 'Like a large outlet, makes full use of outbound marketing, with regular campaigns into towns, enterprises, markets and communities.',
        },
        policy: 'LOCKED',
      },
      notes: [
        {
          zh: '源资料的数据摘要只为大型网点列出了智能设备清单，但网点分类对照表中型网点的设备一栏注明“同大型网点”，本标准按同一清单配置。',
          en: 'The source\'s figure summary lists smart devices only for large outlets, but its category table marks the medium outlet\'s devices "as large", so this standard applies the same list.',
        },
      ],
    },
    {
      code: 'GENERAL',
      name: { zh: '一般网点', en: 'General outlet' },
      description: {
        zh: '规模较小的基础网点：营销服务人员不少于4人，厅堂以分流和设备指导为主，营销主要围绕网点周边开展。',
        en: 'A smaller basic outlet: at least 4 sales-and-service staff, a lobby focused on routing and device help, and marketing mostly in the neighbourhood.',
      },
      marketingStaffMin: { value: 4, policy: 'RAISE_ONLY' },
      salesServiceStaffMin: { value: 3, policy: 'RAISE_ONLY' },
      lobbyStaffTotal: { value: { min: 1, max: 2 }, policy: 'RAISE_ONLY' },
      staffing: [
        { position: 'OUTLET_HEAD', value: { min: 1, max: 1 }, policy: 'LOCKED' },
        {
          position: 'DEPUTY_HEAD',
          value: { min: 0, max: 0 },
          policy: 'LOCKED',
          note: { zh: '一般网点不单设副行长。', en: 'A general outlet has no deputy head post.' },
        },
        {
          position: 'LOBBY_MANAGER',
          value: { min: 1, max: 1 },
          policy: 'RAISE_ONLY',
          note: {
            zh: '大堂经理先做好分流和设备指导，有余力时开展营销。',
            en: 'The lobby manager puts routing and device help first and sells when there is room to.',
          },
        },
        {
          position: 'LOBBY_GUIDE',
          value: { min: 0, max: null },
          policy: 'RAISE_ONLY',
          note: { zh: '视客流情况决定是否配置引导员。', en: 'A guide is added only if client traffic calls for one.' },
        },
      ],
      devices: [],
      smartDevices: null,
      zones: [
        { zone: 'CONSULTATION', value: 'REQUIRED', policy: 'LOCKED' },
        {
          zone: 'MARKETING_INFO',
          value: 'REQUIRED',
          policy: 'LOCKED',
          note: { zh: '可与其他功能区合并设置。', en: 'May be combined with other zones.' },
        },
        { zone: 'WAITING', value: 'REQUIRED', policy: 'LOCKED' },
        { zone: 'CLOSED_COUNTER', value: 'REQUIRED', policy: 'LOCKED' },
        { zone: 'OPEN_COUNTER', value: 'REQUIRED', policy: 'LOCKED' },
        {
          zone: 'VIP',
          value: 'OPTIONAL',
          policy: 'RAISE_ONLY',
          note: {
            zh: '不要求设置扩大的贵宾区；中高端客户较多的，可设贵宾室或贵宾服务专区。',
            en: 'No enlarged VIP area is required; an outlet with enough mid/high-end clients may set up a VIP room or corner.',
          },
        },
        { zone: 'SELF_SERVICE', value: 'REQUIRED', policy: 'LOCKED' },
        { zone: 'SUPPORT', value: 'REQUIRED', policy: 'LOCKED' },
      ],
      outboundMarketing: {
        value: {
          zh: '走出去营销以网点周边的社区、商户和单位为主。',
          en: 'Outbound marketing mainly targets the communities, shops and employers around the outlet.',
        },
        policy: 'LOCKED',
      },
      notes: [
        {
          zh: '注意：源文件表格中一般网点的标题写的是“（12人）”，而正文要求营销服务人员“不少于4人”。本标准以4人为准，标题中的12人疑为笔误，特此保留说明。',
          en: 'Note: in the source table the heading for the general outlet reads "(12 people)", while the body asks for "at least 4" sales-and-service staff. This standard takes 4 as the figure; the 12 in the heading looks like a slip and is recorded here so the discrepancy stays visible.',
        },
        {
          zh: '源文件没有规定一般网点的自助设备最低台数，由上级行结合实际确定。',
          en: 'The source sets no minimum number of self-service devices for a general outlet; the branch above decides.',
        },
      ],
    },
  ],

  customerTiers: [
    {
      code: 'MASS',
      segment: 'INDIVIDUAL',
      name: { zh: '大众客户', en: 'Mass client' },
      rule: { zh: '在我行的金融资产不足5万元。', en: 'Financial assets with the bank under CNY 50,000.' },
      assetsFrom: null,
      assetsBelow: { value: { amount: 50_000, currency: 'CNY' }, policy: 'FREE' },
      personalLoansFrom: null,
      thresholdPolicyReason: {
        zh: '各地居民收入和存款水平差别较大，分行可按本地实际调整分层金额；调整后各层级之间必须首尾相接、互不重叠。',
        en: 'Incomes and savings differ widely between regions, so a branch may set its own amounts; the tiers must still meet end to end without overlapping.',
      },
      principle: {
        zh: '以尽可能低的服务成本满足客户的基本金融需求，多引导使用自助和电子渠道。',
        en: 'Meet basic banking needs at the lowest cost to serve, steering clients towards self-service and electronic channels.',
      },
      positions: ['CLOSED_COUNTER_TELLER', 'LOBBY_MANAGER', 'LOBBY_GUIDE'],
      zones: ['SELF_SERVICE', 'CLOSED_COUNTER', 'WAITING'],
    },
    {
      code: 'POTENTIAL',
      segment: 'INDIVIDUAL',
      name: { zh: '潜力客户', en: 'Potential client' },
      rule: { zh: '在我行的金融资产在5万元（含）至20万元之间。', en: 'Financial assets with the bank from CNY 50,000 up to, but not including, CNY 200,000.' },
      assetsFrom: { value: { amount: 50_000, currency: 'CNY' }, policy: 'FREE' },
      assetsBelow: { value: { amount: 200_000, currency: 'CNY' }, policy: 'FREE' },
      personalLoansFrom: null,
      thresholdPolicyReason: {
        zh: '各地居民收入和存款水平差别较大，分行可按本地实际调整分层金额；调整后各层级之间必须首尾相接、互不重叠。',
        en: 'Incomes and savings differ widely between regions, so a branch may set its own amounts; the tiers must still meet end to end without overlapping.',
      },
      principle: {
        zh: '多和客户交流，摸清需求，通过电话、短信保持联系。',
        en: 'Talk with them, learn what they need, and stay in touch by phone and text message.',
      },
      positions: ['OPEN_COUNTER_TELLER', 'LOBBY_MANAGER', 'LOBBY_GUIDE'],
      zones: ['OPEN_COUNTER', 'WAITING', 'MARKETING_INFO'],
    },
    {
      code: 'MID_HIGH_END',
      segment: 'INDIVIDUAL',
      name: { zh: '个人中高端客户', en: 'Mid/high-end individual client' },
      rule: {
        zh: '在我行的金融资产达到20万元及以上，或个人贷款余额达到50万元及以上。',
        en: 'Financial assets with the bank of CNY 200,000 or more, or personal loans of CNY 500,000 or more.',
      },
      assetsFrom: { value: { amount: 200_000, currency: 'CNY' }, policy: 'FREE' },
      assetsBelow: null,
      personalLoansFrom: { value: { amount: 500_000, currency: 'CNY' }, policy: 'FREE' },
      thresholdPolicyReason: {
        zh: '各地居民收入和存款水平差别较大，分行可按本地实际调整分层金额；调整后各层级之间必须首尾相接、互不重叠。',
        en: 'Incomes and savings differ widely between regions, so a branch may set its own amounts; the tiers must still meet end to end without overlapping.',
      },
      principle: {
        zh: '作为重点客户，由专人建立长期的一对一服务关系。',
        en: 'Key clients: a named person keeps a lasting one-to-one relationship with each.',
      },
      positions: ['RELATIONSHIP_MANAGER', 'OUTLET_HEAD'],
      zones: ['VIP'],
    },
    {
      code: 'PROSPECTIVE',
      segment: 'INDIVIDUAL',
      name: { zh: '潜在客户', en: 'Prospective client' },
      rule: {
        zh: '目前资产未达到中高端标准，但经判断有能力成为中高端客户。',
        en: 'Judged able to become a mid/high-end client, though not one yet.',
      },
      assetsFrom: null,
      assetsBelow: null,
      personalLoansFrom: null,
      thresholdPolicyReason: {
        zh: '这一层级靠员工判断而非金额界定，判断依据由各级行自行细化。',
        en: 'This tier rests on staff judgement rather than an amount; each level may spell out its own criteria.',
      },
      principle: {
        zh: '列为重点开发对象，有计划地培育提升。',
        en: 'Key targets for development, cultivated to a plan.',
      },
      positions: ['OPEN_COUNTER_TELLER', 'RELATIONSHIP_MANAGER'],
      zones: ['OPEN_COUNTER', 'VIP'],
    },
    {
      code: 'SMALL_NO_LOAN',
      segment: 'CORPORATE',
      name: { zh: '无贷款小型公司客户', en: 'Small corporate client without loans' },
      rule: {
        zh: '按国家企业划型标准属于小型或微型、且在我行没有贷款的公司客户。',
        en: 'Corporate clients that are small or micro under the national size standard and have no loans with the bank.',
      },
      assetsFrom: null,
      assetsBelow: null,
      personalLoansFrom: null,
      thresholdPolicyReason: {
        zh: '公司客户还要结合行业、规模、等级和利润贡献综合分层，分行可按本地客户结构细化。',
        en: 'Corporate tiering also weighs industry, scale, grade and profit contribution, so a branch may refine it to fit its client base.',
      },
      principle: {
        zh: '采取批量维护方式，主要通过电话、短信和电子邮件保持联系；客户到网点时在柜台区或贵宾区接待。',
        en: 'Batch upkeep: kept in touch mainly by phone, SMS and e-mail; served at the counters or in the VIP zone when they come in.',
      },
      positions: ['OPEN_COUNTER_TELLER', 'CLOSED_COUNTER_TELLER', 'RELATIONSHIP_MANAGER', 'LOBBY_MANAGER'],
      zones: ['OPEN_COUNTER', 'CLOSED_COUNTER', 'VIP'],
    },
    {
      code: 'LARGE_MEDIUM_OR_CREDIT',
      segment: 'CORPORATE',
      name: { zh: '大中型及授信公司客户', en: 'Large, medium or credit corporate client' },
      rule: {
        zh: '按国家企业划型标准属于大型或中型的公司客户，以及在我行有授信或贷款的公司客户。',
        en: 'Corporate clients that are large or medium under the national size standard, and any corporate client with credit or loans from the bank.',
      },
      assetsFrom: null,
      assetsBelow: null,
      personalLoansFrom: null,
      thresholdPolicyReason: {
        zh: '公司客户还要结合行业、规模、等级和利润贡献综合分层，分行可按本地客户结构细化。',
        en: 'Corporate tiering also weighs industry, scale, grade and profit contribution, so a branch may refine it to fit its client base.',
      },
      principle: {
        zh: '作为重点客户管理，由客户经理专人维护，网点负责人亲自维系关键关系。',
        en: 'Managed as key accounts: a relationship manager looks after each one, and the outlet head keeps up the key relationships in person.',
      },
      positions: ['RELATIONSHIP_MANAGER', 'OUTLET_HEAD'],
      zones: ['VIP'],
    },
  ],

  corporateKinds: [
    { code: 'CORPORATE', name: { zh: '企业客户', en: 'Enterprise' } },
    { code: 'GOVERNMENT_PUBLIC_INSTITUTION', name: { zh: '机关事业单位', en: 'Government body or public institution' } },
    { code: 'FINANCIAL_INSTITUTION', name: { zh: '金融同业机构', en: 'Financial institution' } },
  ],

  corporateSizes: [
    { code: 'LARGE', name: { zh: '大型企业', en: 'Large enterprise' } },
    { code: 'MEDIUM', name: { zh: '中型企业', en: 'Medium enterprise' } },
    { code: 'SMALL', name: { zh: '小型企业', en: 'Small enterprise' } },
    { code: 'MICRO', name: { zh: '微型企业', en: 'Micro enterprise' } },
  ],

  serviceRules: [
    // ── Complaints ──────────────────────────────────────────────────────────
    {
      code: 'COMPLAINT_HANDLING',
      category: 'COMPLAINTS',
      title: { zh: '客户投诉处理', en: 'Handling client complaints' },
      text: {
        zh: '网点每一位员工都可能接到投诉，接到后不得推诿。投诉由大堂经理或网点指定的专人牵头处理：能当场解决的当场解决；当场解决不了的，在规定的工作日内给客户答复；超出网点权限的，及时向上级行报告。每次答复都要留下记录。电话答复安排在工作时间内；确需上门的，先与客户约好时间，由两名穿工装的员工一同前往。',
        en: "A complaint may reach any member of staff, and nobody may pass it off. The lobby manager, or someone the outlet names, owns the case: settle it on the spot where possible; otherwise answer the client within the set number of working days; and report to the upper-level branch anything beyond the outlet's authority. Keep a record of every answer. Phone clients back only during working hours; when a visit is needed, agree a time with the client first and send two staff in uniform.",
      },
      core: true,
      parameters: [
        {
          code: 'COMPLAINT_REPLY_WORKING_DAYS',
          name: { zh: '投诉答复时限', en: 'Deadline for answering a complaint' },
          policy: 'LOWER_ONLY',
          value: { type: 'INTEGER', value: 3, unit: 'WORKING_DAYS' },
        },
        {
          code: 'HOME_VISIT_STAFF',
          name: { zh: '上门回访人数', en: 'Staff sent on a home visit' },
          policy: 'RAISE_ONLY',
          value: { type: 'INTEGER', value: 2, unit: 'PEOPLE' },
        },
        {
          code: 'COMPLAINT_OWNER',
          name: { zh: '投诉牵头处理人', en: 'Who owns complaint handling' },
          policy: 'FREE',
          value: {
            type: 'CODE_LIST',
            value: ['LOBBY_MANAGER'],
            labels: {
              LOBBY_MANAGER: { zh: '大堂经理（网点也可另行指定专人）', en: 'Lobby manager (or another person the outlet names)' },
            },
          },
        },
        {
          code: 'COMPLAINT_HANDLING_STEPS',
          name: { zh: '投诉处理要点', en: 'Complaint handling checklist' },
          policy: 'EXTEND_ONLY',
          value: {
            type: 'TEXT_LIST',
            value: [
              { zh: '首位接到投诉的员工负责接待，不得推给他人。', en: 'Whoever receives the complaint first takes it in and does not pass it on.' },
              { zh: '能当场解决的，当场解决。', en: 'Resolve it there and then if you can.' },
              { zh: '当场解决不了的，在时限内答复客户。', en: 'If not, answer the client within the deadline.' },
              { zh: '超出网点权限的，及时上报上级行。', en: "Report anything beyond the outlet's authority to the branch above." },
              { zh: '每一次答复都登记在案。', en: 'Log every answer given.' },
              { zh: '电话答复只在工作时间拨打。', en: 'Make reply calls only during working hours.' },
              { zh: '上门需事先预约，两人同行并穿着工装。', en: 'Book home visits in advance; go in pairs and in uniform.' },
            ],
          },
        },
      ],
    },

    // ── Etiquette ───────────────────────────────────────────────────────────
    {
      code: 'TELLER_FOUR_VOICED',
      category: 'ETIQUETTE',
      title: { zh: '柜员服务“四个有声”', en: 'The teller\'s "four voiced" moments' },
      text: {
        zh: '柜员在四个环节必须开口：客户到柜台时主动招呼，客户提问时及时回应，客户离开时礼貌道别，收付现金时把金额清楚地念给客户听。',
        en: 'A teller must speak up at four moments: a greeting when the client arrives, an answer whenever the client asks something, a goodbye when the client leaves, and the amount read out clearly whenever cash is taken in or paid out.',
      },
      core: true,
      parameters: [
        {
          code: 'FOUR_VOICED_MOMENTS',
          name: { zh: '“四个有声”环节', en: 'The four voiced moments' },
          policy: 'EXTEND_ONLY',
          value: {
            type: 'CODE_LIST',
            value: ['GREET_ON_ARRIVAL', 'ANSWER_WHEN_ASKED', 'SEE_OFF_ON_LEAVING', 'CALL_OUT_AMOUNTS'],
            labels: {
              GREET_ON_ARRIVAL: { zh: '客户到来时主动问候', en: 'Greet the client on arrival' },
              ANSWER_WHEN_ASKED: { zh: '客户询问时有问必答', en: 'Answer every question the client asks' },
              SEE_OFF_ON_LEAVING: { zh: '客户离开时礼貌道别', en: 'Say goodbye when the client leaves' },
              CALL_OUT_AMOUNTS: { zh: '收付现金时唱收唱付', en: 'Say the amount aloud when taking or paying out cash' },
            },
          },
        },
      ],
    },
    {
      code: 'TELLER_COURTESY_LANGUAGE',
      category: 'ETIQUETTE',
      title: { zh: '文明用语和服务禁语', en: 'Courtesy phrases and things never to say' },
      text: {
        zh: '对客服务时常用五句文明用语，杜绝五类不当言语，让客户感到被尊重。',
        en: 'Staff use five courtesy phrases as a matter of habit and avoid five kinds of improper speech, so clients always feel respected.',
      },
      core: false,
      parameters: [
        {
          code: 'COURTESY_PHRASES',
          name: { zh: '五句文明用语', en: 'Five courtesy phrases' },
          policy: 'EXTEND_ONLY',
          value: {
            type: 'CODE_LIST',
            value: ['HELLO', 'PLEASE', 'THANK_YOU', 'SORRY', 'GOODBYE'],
            labels: {
              HELLO: { zh: '“您好”：见到客户先问好', en: '"Hello": greet every client first' },
              PLEASE: { zh: '“请”：提出要求时先说“请”', en: '"Please": say it before asking the client for anything' },
              THANK_YOU: { zh: '“谢谢”：客户配合后及时致谢', en: '"Thank you": thank the client for their cooperation' },
              SORRY: { zh: '“对不起”：让客户久等或出现差错时主动致歉', en: '"Sorry": apologise for a wait or a mistake without being prompted' },
              GOODBYE: { zh: '“再见”：业务办完后道别', en: '"Goodbye": say it once the business is done' },
            },
          },
        },
        {
          code: 'SPEECH_TABOOS',
          name: { zh: '五类服务禁语', en: 'Five things never to say' },
          policy: 'EXTEND_ONLY',
          value: {
            type: 'CODE_LIST',
            value: ['BRUSH_OFF', 'IMPATIENCE', 'BLAMING_CLIENT', 'ARGUING', 'RUDENESS_OR_MOCKERY'],
            labels: {
              BRUSH_OFF: { zh: '推诿搪塞，例如“这事不归我管”“我也不清楚”', en: 'Brushing the client off, such as "not my job" or "no idea"' },
              IMPATIENCE: { zh: '催促抱怨，例如“快点”“刚才不是说过了吗”', en: 'Hurrying or grumbling, such as "hurry up" or "I already told you"' },
              BLAMING_CLIENT: { zh: '指责客户，例如“你自己没看清楚”', en: 'Blaming the client, such as "you should have read it properly"' },
              ARGUING: { zh: '顶撞争辩，例如“有意见找领导去”', en: 'Arguing back, such as "go and complain to my boss, then"' },
              RUDENESS_OR_MOCKERY: { zh: '粗俗嘲讽：说粗话，或取笑、议论客户', en: 'Rudeness or mockery: coarse words, or joking and gossiping about clients' },
            },
          },
        },
      ],
    },
    {
      code: 'BUSINESS_HOURS_PROHIBITIONS',
      category: 'ETIQUETTE',
      title: { zh: '营业时间“四不准”', en: 'Four prohibitions during business hours' },
      text: {
        zh: '营业时间内，员工不得擅自离岗，不得吸烟或吃零食，不得在营业厅用餐，不得当着客户接打私人电话或摆弄手机。',
        en: 'During business hours no one may leave their post without cover, smoke or snack, eat a meal in the banking hall, or take personal calls or play with a phone in front of clients.',
      },
      core: false,
      parameters: [
        {
          code: 'BUSINESS_HOURS_PROHIBITIONS',
          name: { zh: '营业时间禁止行为', en: 'Prohibited during business hours' },
          policy: 'EXTEND_ONLY',
          value: {
            type: 'CODE_LIST',
            value: ['LEAVING_POST', 'SMOKING_OR_SNACKING', 'EATING_IN_HALL', 'PERSONAL_PHONE_USE'],
            labels: {
              LEAVING_POST: { zh: '擅自离开岗位', en: 'Leaving the post without cover' },
              SMOKING_OR_SNACKING: { zh: '吸烟、吃零食', en: 'Smoking or snacking' },
              EATING_IN_HALL: { zh: '在营业厅内用餐', en: 'Eating meals in the banking hall' },
              PERSONAL_PHONE_USE: { zh: '当着客户接打私人电话或玩手机', en: 'Personal calls or phone use in front of clients' },
            },
          },
        },
      ],
    },

    // ── Opening ─────────────────────────────────────────────────────────────
    {
      code: 'OPENING_RECEPTION',
      category: 'OPENING',
      title: { zh: '开门迎客', en: 'Receiving clients at opening time' },
      text: {
        zh: '每天开门营业时，大堂经理站在网点入口，迎接当天第一批客户并引导分流。',
        en: 'When the doors open each day, the lobby manager stands at the entrance to welcome the first clients and route them.',
      },
      core: false,
      parameters: [
        {
          code: 'OPENING_GREETERS',
          name: { zh: '开门迎客人员', en: 'Who greets at opening' },
          policy: 'EXTEND_ONLY',
          value: {
            type: 'CODE_LIST',
            value: ['LOBBY_MANAGER'],
            labels: { LOBBY_MANAGER: { zh: '大堂经理', en: 'Lobby manager' } },
          },
        },
      ],
    },

    // ── Emergency ───────────────────────────────────────────────────────────
    {
      code: 'EMERGENCY_PLANS',
      category: 'EMERGENCY',
      title: { zh: '网点应急预案', en: 'Outlet emergency plans' },
      text: {
        zh: '每个网点都要针对下列突发情况分别制定应急预案，写明责任人和处置步骤，并定期组织演练。',
        en: 'Every outlet keeps a separate emergency plan for each of the situations below, naming who is responsible and what to do, and rehearses them regularly.',
      },
      core: true,
      parameters: [
        {
          code: 'EMERGENCY_PLANS',
          name: { zh: '必备应急预案', en: 'Required emergency plans' },
          policy: 'EXTEND_ONLY',
          value: {
            type: 'CODE_LIST',
            value: [
              'BANK_RUN',
              'SYSTEM_FAILURE',
              'ROBBERY',
              'FIRE',
              'SIEGE',
              'DISTURBANCE',
              'CUSTOMER_SURGE',
              'CUSTOMER_ILLNESS',
              'CUSTOMER_INJURY',
              'MEDIA_REPORT',
              'LOST_PROPERTY',
              'LOCKED_IN_SELF_SERVICE_ROOM',
              'TAMPERED_DEVICE',
            ],
            labels: {
              BANK_RUN: { zh: '挤兑', en: 'Bank run' },
              SYSTEM_FAILURE: { zh: '业务系统故障', en: 'System failure' },
              ROBBERY: { zh: '抢劫', en: 'Robbery' },
              FIRE: { zh: '火灾', en: 'Fire' },
              SIEGE: { zh: '网点被围堵', en: 'Outlet besieged' },
              DISTURBANCE: { zh: '客户闹事', en: 'Disturbance in the outlet' },
              CUSTOMER_SURGE: { zh: '客流突然激增', en: 'Sudden surge of clients' },
              CUSTOMER_ILLNESS: { zh: '客户突发疾病', en: 'Client taken ill' },
              CUSTOMER_INJURY: { zh: '客户意外受伤', en: 'Client injured' },
              MEDIA_REPORT: { zh: '媒体负面报道', en: 'Media report' },
              LOST_PROPERTY: { zh: '客户遗失物品', en: 'Lost property' },
              LOCKED_IN_SELF_SERVICE_ROOM: { zh: '客户被困自助服务室', en: 'Client locked in the self-service room' },
              TAMPERED_DEVICE: { zh: '自助设备被不法分子改装', en: 'Tampered self-service device' },
            },
          },
        },
      ],
    },

    // ── Media ───────────────────────────────────────────────────────────────
    {
      code: 'MEDIA_ENQUIRIES',
      category: 'MEDIA',
      title: { zh: '媒体来访应对', en: 'Dealing with the press' },
      text: {
        zh: '未经授权，网点和员工一律不接受媒体采访，也不对外发表意见；遇到记者来访，礼貌接待，并请其与上级行办公室联系。',
        en: 'Without authorization neither the outlet nor any of its staff gives interviews or comments to the press. Reporters who turn up are received politely and referred to the office of the branch above.',
      },
      core: true,
      parameters: [],
    },

    // ── Promotion compliance ────────────────────────────────────────────────
    {
      code: 'WEALTH_PROMOTION_COMPLIANCE',
      category: 'PROMOTION_COMPLIANCE',
      title: { zh: '理财产品宣传合规', en: 'Promoting wealth products within the rules' },
      text: {
        zh: '宣传和销售理财产品时必须把风险讲清楚，不得使用“保本”“无风险”“高收益”之类承诺性或误导性的说法。',
        en: 'When promoting or selling wealth products, staff must spell out the risks and must never use promising or misleading words such as "guaranteed", "risk-free" or "high yield".',
      },
      core: true,
      parameters: [
        {
          code: 'FORBIDDEN_PROMISES',
          name: { zh: '禁用的承诺性用语', en: 'Forbidden promises' },
          policy: 'EXTEND_ONLY',
          value: {
            type: 'CODE_LIST',
            value: ['GUARANTEED', 'RISK_FREE', 'HIGH_YIELD', 'SURE_PROFIT'],
            labels: {
              GUARANTEED: { zh: '“保本”“保收益”等保证性说法', en: '"Guaranteed" principal or returns' },
              RISK_FREE: { zh: '“无风险”“零风险”', en: '"Risk-free" or "zero risk"' },
              HIGH_YIELD: { zh: '“高收益”等夸大收益的说法', en: '"High yield" and other inflated return claims' },
              SURE_PROFIT: { zh: '“稳赚不赔”“只赚不亏”', en: '"Can\'t lose" or "sure profit"' },
            },
          },
        },
        {
          code: 'RISK_DISCLOSURE_ITEMS',
          name: { zh: '风险揭示要求', en: 'Risk disclosure requirements' },
          policy: 'EXTEND_ONLY',
          value: {
            type: 'TEXT_LIST',
            value: [
              { zh: '宣传材料上醒目标注风险提示。', en: 'Promotional material carries a prominent risk warning.' },
              { zh: '向客户说明产品的风险等级，并与客户的风险承受能力相匹配。', en: "Tell the client the product's risk grade and match it to the client's risk tolerance." },
              { zh: '不把理财产品与存款混为一谈。', en: 'Never present a wealth product as if it were a deposit.' },
            ],
          },
        },
      ],
    },

    // ── Sales behaviours ────────────────────────────────────────────────────
    {
      code: 'LOBBY_PROSPECTING',
      category: 'SALES_BEHAVIOUR',
      title: { zh: '大堂揽客', en: 'Prospecting in the lobby' },
      text: {
        zh: '大堂经理和引导员在厅堂里主动与等候的客户攀谈，识别需求和层级，把有潜力的客户带到开放式柜台或贵宾区。',
        en: 'The lobby manager and guides start conversations with waiting clients, pick up their needs and tier, and bring promising clients to the open counter or the VIP zone.',
      },
      core: false,
      parameters: [],
    },
    {
      code: 'COLLEAGUE_REFERRAL',
      category: 'SALES_BEHAVIOUR',
      title: { zh: '岗位间引见', en: 'Referral between colleagues' },
      text: {
        zh: '柜员和厅堂人员发现有价值的客户，当面把客户引见给客户经理，简要交代客户情况和需求，做到服务不断档。',
        en: 'When a teller or lobby staff member finds a valuable client, they introduce the client to a relationship manager in person and brief them on the client and their needs, so the service never breaks off.',
      },
      core: false,
      parameters: [],
    },
    {
      code: 'APPOINTMENT_SETTING',
      category: 'SALES_BEHAVIOUR',
      title: { zh: '电话约见客户', en: 'Booking appointments with clients' },
      text: {
        zh: '约见客户按四步进行：先介绍自己，再讲清见面能给客户带来什么好处，然后说明机会难得、需要尽快，最后给出两个具体时间请客户选择。',
        en: 'An appointment call goes in four steps: introduce yourself, say what the meeting will do for the client, explain why it should happen soon, and offer two concrete times to choose from.',
      },
      core: false,
      parameters: [
        {
          code: 'APPOINTMENT_STEPS',
          name: { zh: '约见四步骤', en: 'The four steps of an appointment call' },
          policy: 'EXTEND_ONLY',
          value: {
            type: 'CODE_LIST',
            value: ['INTRODUCE', 'STATE_VALUE', 'CREATE_URGENCY', 'OFFER_TWO_TIMES'],
            labels: {
              INTRODUCE: { zh: '自我介绍', en: 'Introduce yourself' },
              STATE_VALUE: { zh: '说明见面对客户的价值', en: 'State the value to the client' },
              CREATE_URGENCY: { zh: '营造紧迫感', en: 'Create a sense of urgency' },
              OFFER_TWO_TIMES: { zh: '提供两个具体时间供客户选择', en: 'Offer two concrete times' },
            },
          },
        },
      ],
    },
    {
      code: 'CANVASSING',
      category: 'SALES_BEHAVIOUR',
      title: { zh: '跑市场', en: 'Canvassing outside the outlet' },
      text: {
        zh: '走出网点，到周边的社区、企业、商户和市场上门拜访，发掘新客户和新需求。',
        en: 'Go out of the outlet and call on nearby communities, companies, shops and markets to find new clients and new needs.',
      },
      core: false,
      parameters: [],
    },
    {
      code: 'RM_DAILY_ACTIVITY',
      category: 'SALES_BEHAVIOUR',
      title: { zh: '客户经理每日营销活动量', en: "Relationship managers' daily activity" },
      text: {
        zh: '客户经理每天要邀约一定数量的客户，并落实一定数量的见面预约。',
        en: 'Every day a relationship manager contacts a set number of clients and books a set number of meetings.',
      },
      core: false,
      parameters: [
        {
          code: 'RM_DAILY_INVITATIONS',
          name: { zh: '每日邀约客户数', en: 'Clients invited per day' },
          policy: 'RAISE_ONLY',
          value: { type: 'RANGE', value: { min: 10, max: 15 }, unit: 'CLIENTS_PER_DAY' },
        },
        {
          code: 'RM_DAILY_VISITS_BOOKED',
          name: { zh: '每日预约见面数', en: 'Meetings booked per day' },
          policy: 'RAISE_ONLY',
          value: { type: 'RANGE', value: { min: 5, max: 10 }, unit: 'VISITS_PER_DAY' },
        },
      ],
    },

    // ── Sales tools ─────────────────────────────────────────────────────────
    {
      code: 'SALES_TOOLS',
      category: 'SALES_TOOLS',
      title: { zh: '销售四宝', en: 'The four sales tools' },
      text: {
        zh: '营销人员随身备齐四样工具：日程表、准客户名单、客户信息表和展业夹，并坚持每天更新。',
        en: 'Sales staff keep four tools at hand and up to date every day: a schedule, a prospect list, client information sheets and a sales kit.',
      },
      core: false,
      parameters: [
        {
          code: 'SALES_TOOLS',
          name: { zh: '销售工具', en: 'Sales tools' },
          policy: 'EXTEND_ONLY',
          value: {
            type: 'CODE_LIST',
            value: ['SCHEDULE', 'PROSPECT_LIST', 'CLIENT_INFO_SHEET', 'SALES_KIT'],
            labels: {
              SCHEDULE: { zh: '日程表：安排每天的拜访和跟进', en: 'Schedule: plans each day\'s calls and follow-ups' },
              PROSPECT_LIST: { zh: '准客户名单：记录有待开发的客户', en: 'Prospect list: clients still to be won' },
              CLIENT_INFO_SHEET: { zh: '客户信息表：记录客户资料、需求和联系情况', en: 'Client information sheet: details, needs and contact history' },
              SALES_KIT: { zh: '展业夹：产品资料、计算工具和宣传折页', en: 'Sales kit: product sheets, calculators and leaflets' },
            },
          },
        },
      ],
    },

    // ── Meetings ────────────────────────────────────────────────────────────
    {
      code: 'MEETING_MORNING_HUDDLE',
      category: 'MEETINGS',
      title: { zh: '晨会', en: 'Morning huddle' },
      text: {
        zh: '每天营业前开一个简短的晨会：表扬前一天的好成绩，有针对性地辅导技能和话术，每个人当众说出当天的目标。',
        en: "A short meeting before opening every day: celebrate yesterday's wins, coach a specific skill or pitch, and have everyone state the day's commitment aloud.",
      },
      core: false,
      parameters: [
        {
          code: 'MORNING_HUDDLE_FREQUENCY',
          name: { zh: '晨会频次', en: 'Morning huddle frequency' },
          policy: 'RAISE_ONLY',
          value: { type: 'INTEGER', value: 1, unit: 'TIMES_PER_DAY' },
        },
        {
          code: 'MORNING_HUDDLE_AGENDA',
          name: { zh: '晨会内容', en: 'Morning huddle agenda' },
          policy: 'EXTEND_ONLY',
          value: {
            type: 'TEXT_LIST',
            value: [
              { zh: '表扬鼓励', en: 'Celebrate successes' },
              { zh: '技能辅导', en: 'Coach skills' },
              { zh: '当众承诺当天目标', en: "Commit to the day's targets" },
            ],
          },
        },
      ],
    },
    {
      code: 'MEETING_EVENING_HUDDLE',
      category: 'MEETINGS',
      title: { zh: '夕会', en: 'Evening huddle' },
      text: {
        zh: '每天营业结束后开夕会，逐一核对晨会上的承诺完成得怎样，找出差距，安排第二天的跟进。',
        en: "After closing every day: check each person's morning commitment against what was achieved, find the gaps and plan the next day's follow-up.",
      },
      core: false,
      parameters: [
        {
          code: 'EVENING_HUDDLE_FREQUENCY',
          name: { zh: '夕会频次', en: 'Evening huddle frequency' },
          policy: 'RAISE_ONLY',
          value: { type: 'INTEGER', value: 1, unit: 'TIMES_PER_DAY' },
        },
        {
          code: 'EVENING_HUDDLE_AGENDA',
          name: { zh: '夕会内容', en: 'Evening huddle agenda' },
          policy: 'EXTEND_ONLY',
          value: {
            type: 'TEXT_LIST',
            value: [
              { zh: '核对承诺完成情况', en: 'Check commitments against results' },
              { zh: '分析差距和原因', en: 'Analyse gaps and their causes' },
              { zh: '安排次日跟进', en: "Plan tomorrow's follow-up" },
            ],
          },
        },
      ],
    },
    {
      code: 'MEETING_WEEKLY',
      category: 'MEETINGS',
      title: { zh: '周例会', en: 'Weekly meeting' },
      text: {
        zh: '每周开一次例会：通报本周业绩，回放服务录像点评服务细节，对个别员工进行一对一辅导。',
        en: "Once a week: review the week's results, replay service video and discuss what it shows, and coach individual staff one to one.",
      },
      core: false,
      parameters: [
        {
          code: 'WEEKLY_MEETING_FREQUENCY',
          name: { zh: '周例会频次', en: 'Weekly meeting frequency' },
          policy: 'RAISE_ONLY',
          value: { type: 'INTEGER', value: 1, unit: 'TIMES_PER_WEEK' },
        },
        {
          code: 'WEEKLY_MEETING_AGENDA',
          name: { zh: '周例会内容', en: 'Weekly meeting agenda' },
          policy: 'EXTEND_ONLY',
          value: {
            type: 'TEXT_LIST',
            value: [
              { zh: '通报本周业绩', en: "Review the week's results" },
              { zh: '服务录像回看与点评', en: 'Review service video' },
              { zh: '一对一辅导', en: 'One-to-one coaching' },
            ],
          },
        },
      ],
    },
    {
      code: 'MEETING_MONTHLY_ANALYSIS',
      category: 'MEETINGS',
      title: { zh: '月度经营分析会', en: 'Monthly business analysis' },
      text: {
        zh: '每月开一次经营分析会，分析本月各项指标、客户结构变化和产品销售情况，查找问题，制定下个月的网点行动计划。',
        en: "Once a month: analyse the month's figures, shifts in the client base and product sales, pin down problems and draw up next month's outlet action plan.",
      },
      core: false,
      parameters: [
        {
          code: 'MONTHLY_ANALYSIS_FREQUENCY',
          name: { zh: '经营分析会频次', en: 'Business analysis frequency' },
          policy: 'RAISE_ONLY',
          value: { type: 'INTEGER', value: 1, unit: 'TIMES_PER_MONTH' },
        },
        {
          code: 'MONTHLY_ANALYSIS_AGENDA',
          name: { zh: '经营分析会内容', en: 'Business analysis agenda' },
          policy: 'EXTEND_ONLY',
          value: {
            type: 'TEXT_LIST',
            value: [
              { zh: '经营指标完成情况', en: 'Progress against business targets' },
              { zh: '客户结构变化', en: 'Changes in the client base' },
              { zh: '产品销售分析', en: 'Product sales analysis' },
              { zh: '制定下月行动计划', en: "Next month's action plan" },
            ],
          },
        },
      ],
    },
    {
      code: 'OUTLET_ACTION_PLAN',
      category: 'MEETINGS',
      title: { zh: '网点行动计划', en: 'Outlet action plan' },
      text: {
        zh: '会议定下的改进措施都要写进网点行动计划，每一项讲清楚由谁负责、什么时候完成、具体做什么、要达到什么效果。',
        en: 'Every improvement agreed at a meeting goes into the outlet action plan, and each item states who is responsible, by when, what exactly is to be done and what result is expected.',
      },
      core: false,
      parameters: [
        {
          code: 'ACTION_PLAN_FIELDS',
          name: { zh: '行动计划要素', en: 'Action plan elements' },
          policy: 'EXTEND_ONLY',
          value: {
            type: 'CODE_LIST',
            value: ['WHO', 'WHEN', 'WHAT', 'EXPECTED_EFFECT'],
            labels: {
              WHO: { zh: '由谁负责', en: 'Who is responsible' },
              WHEN: { zh: '什么时间完成', en: 'By when' },
              WHAT: { zh: '做什么事', en: 'What is to be done' },
              EXPECTED_EFFECT: { zh: '达到什么效果', en: 'Expected result' },
            },
          },
        },
      ],
    },

    // ── Rollout ─────────────────────────────────────────────────────────────
    {
      code: 'ROLLOUT_PLAN',
      category: 'ROLLOUT',
      title: { zh: '标准化推广步骤', en: 'How the standard is rolled out' },
      text: {
        zh: '标准化工作分六步推进：先设计方案，再选支行试点，根据试点情况完善，经全行验收后总结经验，最后在全行推广。',
        en: 'Standardization moves in six steps: design the scheme, pilot it in selected sub-branches, improve it from what the pilot shows, have the bank accept it, write up the lessons, and then promote it bank-wide.',
      },
      core: false,
      parameters: [
        {
          code: 'ROLLOUT_PHASES',
          name: { zh: '推广阶段', en: 'Rollout phases' },
          policy: 'LOCKED',
          value: {
            type: 'CODE_LIST',
            value: ['DESIGN', 'PILOT', 'IMPROVE', 'ACCEPTANCE', 'SUMMARY', 'PROMOTION'],
            labels: {
              DESIGN: { zh: '方案设计', en: 'Design' },
              PILOT: { zh: '试点运行', en: 'Pilot' },
              IMPROVE: { zh: '优化完善', en: 'Improve' },
              ACCEPTANCE: { zh: '全行验收', en: 'Acceptance' },
              SUMMARY: { zh: '总结提炼', en: 'Summary' },
              PROMOTION: { zh: '全行推广', en: 'Bank-wide promotion' },
            },
          },
        },
        {
          code: 'PILOT_SUB_BRANCHES',
          name: { zh: '试点支行数量', en: 'Number of pilot sub-branches' },
          policy: 'RAISE_ONLY',
          value: { type: 'INTEGER', value: 12, unit: 'SUB_BRANCHES' },
        },
      ],
    },
    {
      code: 'TOUCHPOINT_NORMS',
      category: 'ROLLOUT',
      title: { zh: '服务触点的三类规范', en: 'Three norms for every touchpoint' },
      text: {
        zh: '每个服务触点都要配齐三类规范：服务规范、资源规范和控制规范。',
        en: 'Every point where the client meets the bank gets three norms: a service norm, a resource norm and a control norm.',
      },
      core: false,
      parameters: [
        {
          code: 'TOUCHPOINT_NORM_KINDS',
          name: { zh: '规范类别', en: 'Kinds of norm' },
          policy: 'LOCKED',
          value: {
            type: 'CODE_LIST',
            value: ['SERVICE_NORM', 'RESOURCE_NORM', 'CONTROL_NORM'],
            labels: {
              SERVICE_NORM: { zh: '服务规范：服务范围、流程、技能和礼仪', en: 'Service norm: scope, procedure, skills and etiquette' },
              RESOURCE_NORM: { zh: '资源规范：人员、设施、物品和环境', en: 'Resource norm: people, facilities, supplies and surroundings' },
              CONTROL_NORM: { zh: '控制规范：监视测量、不合格处置、数据分析和持续改进', en: 'Control norm: monitoring and measurement, handling nonconformities, data analysis and continuous improvement' },
            },
          },
        },
      ],
    },
    {
      code: 'QUALITY_CHECKS',
      category: 'ROLLOUT',
      title: { zh: '服务质量检查', en: 'Checking service quality' },
      text: {
        zh: '通过内部审核、神秘人暗访和日常监控三种方式检查标准的执行质量。',
        en: 'How well the standard is applied is checked through internal audit, mystery shopping and routine monitoring.',
      },
      core: false,
      parameters: [
        {
          code: 'QUALITY_CHECK_METHODS',
          name: { zh: '检查方式', en: 'Checking methods' },
          policy: 'EXTEND_ONLY',
          value: {
            type: 'CODE_LIST',
            value: ['INTERNAL_AUDIT', 'MYSTERY_SHOPPING', 'MONITORING'],
            labels: {
              INTERNAL_AUDIT: { zh: '内部审核', en: 'Internal audit' },
              MYSTERY_SHOPPING: { zh: '神秘人暗访', en: 'Mystery shopping' },
              MONITORING: { zh: '日常监控', en: 'Routine monitoring' },
            },
          },
        },
      ],
    },

    // ── Service ─────────────────────────────────────────────────────────────
    {
      code: 'CLIENT_TIER_ROUTING',
      category: 'SERVICE',
      title: { zh: '按客户层级分流服务', en: 'Routing clients by tier' },
      text: {
        zh: '大堂经理和引导员先识别客户层级，再按分层标准把客户引到对应的功能区，交给对应岗位服务；公司客户按同样的思路分层服务。',
        en: "The lobby manager and guides first establish a client's tier, then take them to the zone and the staff the tiering standard assigns; corporate clients are tiered and served the same way.",
      },
      core: false,
      parameters: [],
    },
    {
      code: 'DIFFERENTIATED_SERVICE',
      category: 'SERVICE',
      title: { zh: '差异化服务', en: 'Differentiated service' },
      text: {
        zh: '按客户对网点的价值区别对待，从服务等级、流程、资源、价格、产品和人员能力六个方面提供不同的服务。',
        en: "Clients are treated according to their value to the outlet, with service differing along six lines: level of service, process, resources, pricing, products and staff skill.",
      },
      core: false,
      parameters: [
        {
          code: 'CLIENT_VALUE_GRADES',
          name: { zh: '客户价值等级', en: 'Client value grades' },
          policy: 'FREE',
          value: {
            type: 'CODE_LIST',
            value: ['HIGH_VALUE', 'VALUABLE', 'BREAK_EVEN', 'LOSS_MAKING'],
            labels: {
              HIGH_VALUE: { zh: '高价值客户', en: 'High-value client' },
              VALUABLE: { zh: '有价值客户', en: 'Valuable client' },
              BREAK_EVEN: { zh: '保本客户', en: 'Break-even client' },
              LOSS_MAKING: { zh: '亏损客户', en: 'Loss-making client' },
            },
          },
        },
        {
          code: 'DIFFERENTIATION_AXES',
          name: { zh: '差异化服务的六个方面', en: 'Six lines of differentiation' },
          policy: 'EXTEND_ONLY',
          value: {
            type: 'CODE_LIST',
            value: ['SERVICE_LEVEL', 'PROCESS', 'RESOURCES', 'PRICING', 'PRODUCTS', 'STAFF_SKILL'],
            labels: {
              SERVICE_LEVEL: { zh: '服务等级', en: 'Level of service' },
              PROCESS: { zh: '服务流程（如绿色通道）', en: 'Process (for example fast lanes)' },
              RESOURCES: { zh: '资源投入', en: 'Resources' },
              PRICING: { zh: '价格优惠', en: 'Pricing' },
              PRODUCTS: { zh: '专属产品', en: 'Products' },
              STAFF_SKILL: { zh: '服务人员能力', en: 'Staff skill' },
            },
          },
        },
      ],
    },
  ],
};
