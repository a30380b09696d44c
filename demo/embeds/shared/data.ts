// Sample data for the React and Vue embedding demos, typed by the contract. In a portal it comes
// from your own API; these are the contract test fixtures (src/contract), trimmed.
import type { CarePlan, LedgerEntry, Resident, StatDataset } from '../../../src/contract/index.js';
import type { ChoiceOption } from '../../../src/base/primitives/choice-control.js';

export const resident: Resident = {
  id: 'r-0001',
  fullName: 'Nguyễn Văn An',
  birthDate: '1948-03-12',
  sex: 'male',
  beneficiaryCategory: {
    code: 'nguoi-cao-tuoi',
    legalBasis: 'Khoản 5 Điều 5 Nghị định 20/2021/NĐ-CP'
  },
  admission: {
    decisionNumber: '125/QĐ-TTBTXH',
    date: '2023-09-01',
    type: 'regular'
  },
  room: 'Nhà B, phòng 204',
  address: {
    provinceCode: '24',
    provinceName: 'Bắc Ninh',
    communeCode: '07210',
    communeName: 'Xã Tân Yên',
    legacyAddress: 'Xã Cao Xá, huyện Tân Yên, tỉnh Bắc Giang'
  },
  consent: {
    photo: true,
    publishName: false,
    shareHealthData: true,
    recordedAt: '2023-09-01T09:00:00+07:00'
  },
  publishable: [
    'fullName',
    'room'
  ],
  flags: {
    diet: [
      'Ăn nhạt'
    ],
    allergy: [],
    fallRisk: true,
    custom: [
      {
        code: 'hearing',
        label: {
          vi: 'Nghe kém, nói to và chậm',
          en: 'Hard of hearing'
        },
        severity: 'info'
      }
    ]
  },
  currentCarePlanStep: 'implementing'
};

export const carePlan: CarePlan = {
  id: 'cp-0001',
  residentId: 'r-0001',
  status: 'implementing',
  title: 'Kế hoạch trợ giúp năm 2026',
  period: {
    start: '2026-01-05',
    end: '2026-12-31'
  },
  transitions: [
    {
      from: 'intake',
      to: 'planning',
      by: 'Trần Thu Hà',
      at: '2026-01-05T10:00:00+07:00'
    },
    {
      from: 'planning',
      to: 'implementing',
      by: 'Trần Thu Hà',
      at: '2026-01-12T14:30:00+07:00',
      note: 'Giám đốc đã duyệt'
    }
  ],
  needsAssessment: [
    {
      domain: 'rehabilitation',
      summary: 'Đi lại khó khăn, cần hỗ trợ khi di chuyển',
      priority: 'high',
      assessedAt: '2026-01-05',
      assessedBy: 'Lê Minh Tuấn'
    },
    {
      domain: 'nutrition',
      summary: 'Cần chế độ ăn ít muối',
      priority: 'medium'
    }
  ],
  goals: [
    {
      id: 'g1',
      domain: 'rehabilitation',
      description: 'Tự đi lại trong phòng với khung tập đi',
      measure: 'Số mét đi được không cần người đỡ',
      target: '20 m',
      dueDate: '2026-06-30',
      status: 'active',
      achievement: 'improving'
    }
  ],
  activities: [
    {
      id: 'a1',
      domain: 'rehabilitation',
      what: 'Tập vận động chi dưới',
      goalIds: [
        'g1'
      ],
      schedule: 'Thứ 2, 4, 6 lúc 8:00',
      responsibleStaff: 'ct-2',
      start: '2026-01-13',
      status: 'in-progress',
      progressNotes: [
        {
          at: '2026-02-02T09:15:00+07:00',
          author: 'Lê Minh Tuấn',
          text: 'Đi được 5 m với khung.'
        }
      ]
    },
    {
      id: 'a2',
      domain: 'traditional-massage',
      what: 'Xoa bóp bấm huyệt',
      schedule: 'Hằng ngày',
      status: 'scheduled',
      progressNotes: []
    }
  ],
  careTeam: [
    {
      id: 'ct-1',
      name: 'Trần Thu Hà',
      role: 'social-worker'
    },
    {
      id: 'ct-2',
      name: 'Lê Minh Tuấn',
      role: 'rehabilitation-technician'
    }
  ],
  signOffs: [
    {
      role: 'team',
      name: 'Trần Thu Hà',
      at: '2026-01-12T09:00:00+07:00',
      memberId: 'ct-1'
    },
    {
      role: 'director',
      name: 'Phạm Văn Dũng',
      at: '2026-01-12T14:00:00+07:00'
    }
  ],
  reviews: [
    {
      dueDate: '2026-04-12'
    }
  ],
  notes: ''
};

export const dataset: StatDataset = {
  id: 'residents-by-category-2025',
  title: {
    vi: 'Đối tượng đang nuôi dưỡng theo diện',
    en: 'Residents by category'
  },
  indicator: {
    code: 'residents',
    name: {
      vi: 'Số đối tượng đang nuôi dưỡng',
      en: 'Residents in care'
    },
    unit: 'count'
  },
  periods: [
    {
      id: '2025Q1',
      start: '2024-12-15',
      end: '2025-03-14'
    },
    {
      id: '2025S1'
    },
    {
      id: '2025M01-M09',
      label: {
        vi: '9 tháng 2025'
      }
    },
    {
      id: '2025'
    },
    {
      id: '2025M03'
    }
  ],
  orgUnits: [
    {
      id: 'ttbtxh-hue',
      name: {
        vi: 'Trung tâm Bảo trợ xã hội Huế'
      },
      adminUnit: {
        provinceCode: '46',
        provinceName: 'Huế'
      }
    }
  ],
  disaggregations: [
    {
      id: 'sex',
      name: {
        vi: 'Giới tính'
      },
      categories: [
        {
          id: 'male',
          name: {
            vi: 'Nam'
          }
        },
        {
          id: 'female',
          name: {
            vi: 'Nữ'
          }
        }
      ]
    }
  ],
  values: [
    {
      period: '2025',
      orgUnit: 'ttbtxh-hue',
      value: 532
    },
    {
      period: '2025',
      orgUnit: 'ttbtxh-hue',
      category: 'female',
      value: 3
    },
    {
      period: '2025Q1',
      orgUnit: 'ttbtxh-hue',
      value: null
    }
  ],
  targets: [
    {
      value: 80,
      direction: 'at-least'
    }
  ],
  suppressionThreshold: 5
};

/** A hash-chained ledger: each prevHash is ledgerEntryHash() of the entry before. */
export const ledgerEntries: LedgerEntry[] = [
  {
    id: 'e1',
    kind: 'donation',
    channel: 'cash',
    receiptNumber: 'PT-2026-0001',
    date: '2026-11-01',
    receivingUnit: 'Phòng Công tác xã hội, Bệnh viện Đa khoa Mẫu',
    fundId: 'quy-bua-an',
    prevHash: null,
    donor: {
      type: 'person',
      name: 'Trần Văn Bình',
      publishConsent: true
    },
    amountVnd: 2000000
  },
  {
    id: 'e2',
    kind: 'donation',
    channel: 'bank-transfer',
    receiptNumber: 'PT-2026-0002',
    date: '2026-11-02',
    receivingUnit: 'Phòng CTXH',
    fundId: 'quy-bua-an',
    prevHash: '4ca6203bc1be7ab6f9674a70ecb923fab45eaf35c332f1b8adfe2772cd29775a',
    donor: {
      type: 'business',
      name: 'Công ty TNHH Ánh Dương',
      publishConsent: true
    },
    amountVnd: 15000000,
    bankReference: 'FT26306123456'
  },
  {
    id: 'e5',
    kind: 'distribution',
    receiptNumber: 'PC-2026-0001',
    date: '2026-11-05',
    receivingUnit: 'Phòng CTXH',
    fundId: 'quy-bua-an',
    prevHash: '5e69af54b630341eb33be34d4d7c976f78f9d38ec77230fc2b4d7f02715a5543',
    beneficiary: {
      pseudonym: 'Bệnh nhân N.V.A., khoa Thận nhân tạo',
      id: 'bn-778'
    },
    amountVnd: 3000000,
    approver: 'Phó Giám đốc Nguyễn Hữu Tâm',
    handoverRecord: 'BB-2026-015'
  }
];

export const provinces: ChoiceOption[] = [
  { value: '24', label: 'Bắc Ninh' },
  { value: '46', label: 'Huế' },
  { value: '79', label: 'Thành phố Hồ Chí Minh' },
];

/** Data that fails the contract: the element shows its error state and fires ansinh-invalid. */
export const brokenResident = { id: 'r-x', fullName: '', birthDate: '31/02/1948' } as unknown as Resident;
