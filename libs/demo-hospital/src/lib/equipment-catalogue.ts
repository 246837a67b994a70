import type { DepartmentKind } from './departments';

/**
 * Equipment categories and the makes and models a US hospital typically owns in each.
 * Serial patterns: '#' a digit, '@' a capital letter, anything else as written.
 * GTINs are demo values (13 digits before the check digit); company prefixes are illustrative.
 */
export interface EquipmentModel {
  manufacturer: string;
  model: string;
  /** Relative share of the fleet. */
  share: number;
  serialPattern: string;
  gtin13: string;
  /** Only used in these kinds of department (e.g. ICU beds); any department when left out. */
  departments?: readonly DepartmentKind[];
}

/** How the unit is used: mobile kit moves and gets cleaned; fixed units (fridges) run all the time. */
export type UsageProfile = 'mobile' | 'bed' | 'fixed';

export interface EquipmentCategory {
  code: string;
  name: string;
  usage: UsageProfile;
  /** The unit's tag is its temperature probe: a fixed environment sensor in the unit's room. */
  monitoredUnit: boolean;
  models: readonly EquipmentModel[];
}

const mobile = (code: string, name: string, models: EquipmentModel[]): EquipmentCategory => ({
  code,
  name,
  usage: 'mobile',
  monitoredUnit: false,
  models,
});

const temperatureControlled = (code: string, name: string, models: EquipmentModel[]): EquipmentCategory => ({
  code,
  name,
  usage: 'fixed',
  monitoredUnit: true,
  models,
});

const m = (
  manufacturer: string,
  model: string,
  share: number,
  serialPattern: string,
  gtin13: string,
  departments?: readonly DepartmentKind[],
): EquipmentModel =>
  departments === undefined
    ? { manufacturer, model, share, serialPattern, gtin13 }
    : { manufacturer, model, share, serialPattern, gtin13, departments };

export const EQUIPMENT_CATALOGUE: readonly EquipmentCategory[] = [
  mobile('infusion-pump', 'Infusion pump (large-volume)', [
    m('BD', 'Alaris 8015 PC Unit + 8100 LVP Module', 55, '1#######', '0088540381001'),
    m('Baxter', 'Spectrum IQ 35700BAX3', 20, 'SIQ######', '0008541235700'),
    m('ICU Medical', 'Plum 360', 15, '20######', '0084061930001'),
    m('B. Braun', 'Infusomat Space', 10, '######', '0404696387105'),
  ]),
  mobile('syringe-pump', 'Syringe pump', [
    m('BD', 'Alaris 8110 Syringe Module', 60, '1#######', '0088540381101'),
    m('Smiths Medical', 'Medfusion 4000', 25, 'MF4######', '0061058640001'),
    m('B. Braun', 'Perfusor Space', 15, '######', '0404696387101'),
  ]),
  mobile('pca-pump', 'PCA pump', [
    m('BD', 'Alaris 8120 PCA Module', 70, '1#######', '0088540381201'),
    m('ICU Medical', 'CADD-Solis 2110', 30, '########', '0084061921101'),
  ]),
  mobile('feeding-pump', 'Enteral feeding pump', [
    m('Cardinal Health', 'Kangaroo ePump', 70, 'EP#######', '0088452138200'),
    m('Cardinal Health', 'Kangaroo OMNI', 30, 'KO#######', '0088452138300'),
  ]),
  mobile('patient-monitor', 'Patient monitor', [
    m('Philips', 'IntelliVue MX450', 35, 'DE########', '0088483886545'),
    m('Philips', 'IntelliVue MX750', 25, 'DE########', '0088483886675'),
    m('GE HealthCare', 'CARESCAPE B450', 25, 'SD@########GA', '0084068245001'),
    m('Mindray', 'ePM 12M', 15, '@@-########', '6936083120001'),
  ]),
  mobile('ventilator', 'Ventilator', [
    m('Hamilton Medical', 'HAMILTON-C6', 45, '#####', '7630002160600'),
    m('Dräger', 'Evita V800', 30, '@@@@-####', '4048675080001'),
    m('Medtronic', 'Puritan Bennett 980', 25, '35B#######', '0076300098001'),
  ]),
  mobile('defibrillator', 'Defibrillator / monitor', [
    m('ZOLL', 'R Series ALS', 45, 'AF##@######', '0084794630101'),
    m('Philips', 'HeartStart MRx', 25, 'US########', '0088483886101'),
    m('Stryker', 'LIFEPAK 15', 30, '4#######', '0078278015001'),
  ]),
  mobile('scd-pump', 'Sequential compression device', [
    m('Cardinal Health', 'Kendall SCD 700', 100, '#########@', '0088452170001'),
  ]),
  mobile('bladder-scanner', 'Bladder scanner', [
    m('Verathon', 'BladderScan Prime Plus', 100, 'BVI########', '0081143698001'),
  ]),
  mobile('portable-ultrasound', 'Portable ultrasound', [
    m('Fujifilm Sonosite', 'Edge II', 60, '03@###', '0081530512001'),
    m('Butterfly Network', 'Butterfly iQ3', 40, 'BN########', '0085000603001'),
  ]),
  mobile('telemetry-pack', 'Telemetry transmitter', [
    m('Philips', 'IntelliVue MX40', 80, 'DE########', '0088483886540'),
    m('GE HealthCare', 'ApexPro CH', 20, 'SD@########GA', '0084068246001'),
  ]),
  mobile('wheelchair', 'Wheelchair', [
    m('Invacare', 'Tracer SX5', 70, '##@@######', '0004415500501'),
    m('Drive Medical', 'Silver Sport 2', 30, '####@######', '0082226200201'),
  ]),
  mobile('stretcher', 'Stretcher', [
    m('Stryker', 'Prime Series 1115', 70, '##########', '0078278011151'),
    m('Stryker', 'Prime X 1115', 30, '##########', '0078278011152'),
  ]),
  {
    code: 'bed',
    name: 'Hospital bed',
    usage: 'bed',
    monitoredUnit: false,
    models: [
      m('Hillrom', 'Centrella Smart+ Bed', 55, '@###@@####', '0088776130001', ['ward']),
      m('Stryker', 'ProCuity Bed', 45, '##########', '0078278030001', ['ward']),
      m('Hillrom', 'Progressa+ Bed', 100, '@###@@####', '0088776140001', ['icu']),
    ],
  },
  mobile('iv-pole', 'IV pole', [
    m('Pryor Products', 'Infusion Management System IV pole', 60, 'PP######', '0081012700101'),
    m('Blickman', '7780SS IV Pole', 40, 'BL######', '0081012800201'),
  ]),
  temperatureControlled('medication-refrigerator', 'Medication refrigerator', [
    m('Helmer Scientific', 'i.Series iPR120 Pharmacy Refrigerator', 50, '####@###', '0085001112001'),
    m('Thermo Scientific', 'TSX Series TSX2305PA', 30, '############', '0084133923051'),
    m('PHCbi', 'MPR-S150H', 20, '########', '4953170150001'),
  ]),
  temperatureControlled('vaccine-freezer', 'Vaccine freezer', [
    m('Helmer Scientific', 'i.Series iPF105 Pharmacy Freezer', 60, '####@###', '0085001112101'),
    m('PHCbi', 'MDF-MU339HL', 40, '########', '4953170339001'),
  ]),
  temperatureControlled('blood-bank-refrigerator', 'Blood bank refrigerator', [
    m('Helmer Scientific', 'i.Series iB125 Blood Bank Refrigerator', 65, '####@###', '0085001112501'),
    m('Thermo Scientific', 'TSX Series TSX5005SA Blood Bank', 35, '############', '0084133950051'),
  ]),
  temperatureControlled('plasma-freezer', 'Plasma freezer', [
    m('Helmer Scientific', 'i.Series iPF125 Plasma Freezer', 60, '####@###', '0085001112601'),
    m('Thermo Scientific', 'TSX Series TSX3030FA Plasma', 40, '############', '0084133930301'),
  ]),
  temperatureControlled('platelet-incubator', 'Platelet incubator and agitator', [
    m('Helmer Scientific', 'PC900i Platelet Incubator', 100, '####@###', '0085001190001'),
  ]),
  temperatureControlled('warming-cabinet', 'Blanket and fluid warming cabinet', [
    m('STERIS', 'AMSCO Warming Cabinet', 55, '0########', '0072499510001'),
    m('Enthermics Medical Systems', 'EC1000L', 45, 'EC######', '0085512410001'),
  ]),
];

export function equipmentCategory(code: string): EquipmentCategory {
  const category = EQUIPMENT_CATALOGUE.find((c) => c.code === code);
  if (category === undefined) {
    throw new Error(`Unknown equipment category '${code}'`);
  }
  return category;
}
